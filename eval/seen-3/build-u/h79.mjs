// h79 (negative): a language-tutoring marketplace, mobile 390x844. Personal
// calendar and payout links only; no business software is connected.
import { Doc, go, back, close, url, canvas, finish, WRITTEN_BY } from './lib.mjs';

const d = new Doc(79);
const W = 390;
const H = 844;
const INK = '#10243e';
const MUTED = '#5f6f82';
const TEAL = '#0f766e';

d.setPage(2, 3);
const cBtn = d.component('Button/Primary', 0, 0, 342, 52, [d.T('Label', 0, 15, { size: 17, weight: 600, color: '#ffffff', w: 342, align: 'CENTER' })], { fill: TEAL, radius: 12 });
const cBtnHover = d.component('Button/Primary hover', 0, 70, 342, 52, [d.T('Label', 0, 15, { size: 17, weight: 600, color: '#ffffff', w: 342, align: 'CENTER' })], { fill: '#115e59', radius: 12 });
const libPage = canvas(d, 'Library', [d.componentSet('Button', 40, 40, 382, 162, [cBtn, cBtnHover])]);

d.setPage(1);
const scr = (n) => d.F(n, 0, 0, W, H, { fill: '#ffffff' });
const S = {
  welcome: scr('Welcome'), signup: scr('Sign up'), lang: scr('Choose language'), tutors: scr('Tutors'), profile: scr('Tutor profile'),
  book: scr('Book a time'), pay: scr('Checkout'), sync: scr('Syncing'), lessons: scr('My lessons'), payouts: scr('Teach — payouts'),
  help: scr('Help'), settings: scr('Settings'),
};
const btn = (label, x, y, dest) => {
  const b = d.btnInst(label, cBtn.id, x, y, 342, 52, { fill: TEAL, radius: 12, size: 17, name: 'Button/Primary' });
  if (dest) go(b, dest);
  return b;
};
const backArrow = () => back(d.V('arrow-left', 20, 58, 18, 16, { fill: INK }));
const top = (title) => [d.statusBar(W), backArrow(), d.T(title, 24, 96, { size: 24, weight: 700, color: INK, w: 342 })];

// welcome
{
  const b = btn('Get started', 24, 700, S.signup);
  go(b, cBtnHover, 'CHANGE_TO', 'ON_HOVER');
  S.welcome.children.push(d.statusBar(W),
    d.R('Hero photo', 0, 44, W, 360, { image: '9c0d1e2f3a4b5c6d' }),
    d.T('Speak Spanish with a real tutor, not a robot 🇪🇸', 24, 430, { size: 26, weight: 700, color: INK, w: 342 }),
    d.T('1-on-1 video lessons from $9. Book in minutes.', 24, 510, { size: 16, color: MUTED, w: 342 }),
    d.T('★ 4.8  ·  Trusted by 500k learners in 180 countries', 24, 560, { size: 14, weight: 600, color: TEAL }),
    b, d.T('I already have an account', 24, 770, { size: 15, color: TEAL, w: 342, align: 'CENTER' }));
}
// sign-up
S.signup.children.push(...top('Create your account'), d.AL('Form', 24, 150, 342, 400, 'VERTICAL', { gap: 14 }, [
  d.btnFrame('Continue with Google', 0, 0, 342, 50, { fill: '#ffffff', color: INK, stroke: '#d0d7de', radius: 12, weight: 500 }),
  d.input('Email', 'ana.k@gmail.com', 0, 64, 342, { radius: 10 }),
  d.input('Password', '••••••••', 0, 140, 342, { radius: 10 }),
]), btn('Sign up', 24, 720, S.lang));
// language
{
  const row = (flag, name, n) => d.F(d.auto('Frame'), 0, 0, 342, 56, { fill: '#f7f9fb', radius: 12 }, [d.T(`${flag}  ${name}`, 16, 17, { size: 16, weight: 600, color: INK }), d.T(`${n} tutors`, 240, 19, { size: 13, color: MUTED, w: 90, align: 'RIGHT' })]);
  const es = row('🇪🇸', 'Spanish', '4,120');
  go(es, S.tutors);
  S.lang.children.push(...top('What do you want to learn?'), d.searchField('Search languages', 24, 140, 342, 44, { radius: 22 }),
    d.AL('Lists', 24, 200, 342, 600, 'VERTICAL', { gap: 10 }, [
      d.T('Popular', 0, 0, { size: 18, weight: 700, color: INK }), es, row('🇫🇷', 'French', '2,870'), row('🇯🇵', 'Japanese', '1,960'),
      d.T('More languages', 0, 0, { size: 18, weight: 700, color: INK }), row('🇵🇹', 'Portuguese', '1,210'), row('🇰🇷', 'Korean', '990'), row('🇮🇹', 'Italian', '1,050'),
    ]));
}
// tutors
{
  const card = (name, meta, price, img) => d.F(d.auto('Frame'), 0, 0, 342, 96, { fill: '#ffffff', stroke: '#e3e8ee', radius: 14 }, [
    d.R(null, 14, 18, 60, 60, { image: img, radius: 30 }),
    d.T(name, 88, 18, { size: 16, weight: 700, color: INK }),
    d.T(meta, 88, 42, { size: 13, color: MUTED }),
    d.T(price, 88, 64, { size: 14, weight: 600, color: TEAL }),
  ]);
  const lucia = card('Lucía M.', '★ 4.9 · 1,204 lessons · Madrid', '$14 / 50 min', 'aa01bb02cc03');
  go(lucia, S.profile);
  S.tutors.children.push(...top('Spanish tutors'), d.AL('List', 24, 150, 342, 640, 'VERTICAL', { gap: 12 }, [
    lucia, card('Diego R.', '★ 4.8 · 860 lessons · Bogotá', '$11 / 50 min', 'aa04bb05cc06'), card('Carmen V.', '★ 5.0 · 312 lessons · Sevilla', '$18 / 50 min', 'aa07bb08cc09'),
    card('Mateo F.', 'New tutor · Buenos Aires', '$9 / 50 min', 'aa10bb11cc12'),
  ]));
}
// profile
S.profile.children.push(...top('Lucía M.'),
  d.T('“Lucía made me stop translating in my head. After 10 lessons I ordered\ndinner in Madrid without panicking.” — Tom, learner since 2023', 24, 150, { size: 14, color: INK, w: 342 }),
  d.T('About\nI teach conversational Spanish and DELE prep. Relaxed, lots of talking.', 24, 240, { size: 14, color: MUTED, w: 342 }),
  btn('Book a trial lesson', 24, 720, S.book));
// booking + calendar
{
  const conn = d.btnFrame('Connect your calendar', 0, 0, 342, 48, { fill: '#ffffff', color: TEAL, stroke: TEAL, radius: 12 });
  go(conn, S.sync, 'OVERLAY');
  const slots = ['Tue 18:00', 'Tue 19:00', 'Wed 07:30', 'Thu 20:00'].map((t, i) => d.F(d.auto('Frame'), (i % 2) * 176, Math.floor(i / 2) * 56, 166, 46, { fill: i === 0 ? '#ccfbf1' : '#f7f9fb', radius: 10 }, [d.T(t, 0, 13, { size: 15, weight: 600, color: INK, w: 166, align: 'CENTER' })]));
  S.book.children.push(...top('Pick a time'), d.AL('Auto layout', 24, 150, 342, 560, 'VERTICAL', { gap: 16 }, [
    d.F(d.auto('Frame'), 0, 0, 342, 110, { layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP' }, slots),
    d.T('Avoid double-booking: we’ll add lessons to your calendar and hide times you’re busy.', 0, 130, { size: 14, color: MUTED, w: 342 }),
    conn,
    d.T('Google Calendar · Outlook · Apple Calendar', 0, 240, { size: 13, color: MUTED }),
  ]), btn('Continue to payment', 24, 740, S.pay));
}
// checkout
{
  const rm = d.T('Remove card', 250, 16, { size: 13, color: '#b91c1c' });
  S.pay.children.push(...top('Checkout'), d.AL('Auto layout', 24, 150, 342, 500, 'VERTICAL', { gap: 14 }, [
    d.T('Trial lesson with Lucía M.\nTue 18:00 · 50 min', 0, 0, { size: 15, color: INK }),
    d.F(d.auto('Frame'), 0, 60, 342, 52, { fill: '#f7f9fb', radius: 12 }, [d.T('💳 Visa •• 4242', 16, 16, { size: 15, color: INK }), rm]),
    d.T('+ Add PayPal or another card', 0, 124, { size: 14, color: TEAL }),
    d.T('Lesson packages renew monthly — cancel anytime.', 0, 160, { size: 13, color: MUTED }),
  ]), btn('Pay $14.00', 24, 740, S.lessons));
}
// syncing overlay
{
  const done = d.T('Done', 24, 560, { size: 16, weight: 600, color: TEAL, w: 342, align: 'CENTER' });
  close(done);
  S.sync.children.push(d.R('Dim', 0, 0, W, H, { fill: '#0b1220' }), d.F('Card', 24, 300, 342, 300, { fill: '#ffffff', radius: 18 }, [
    d.G('spinner', 141, 40, 60, 60, [d.R(null, 0, 0, 60, 60, { fill: '#ccfbf1', ellipse: true }), d.V('Vector', 30, 0, 30, 30, { fill: TEAL })]),
    d.T('Syncing lessons…', 0, 120, { size: 18, weight: 700, color: INK, w: 342, align: 'CENTER' }),
    d.T('Adding your booked lessons to Google Calendar.', 0, 150, { size: 14, color: MUTED, w: 342, align: 'CENTER' }),
  ]));
  S.sync.children[0].fills[0].color.a = 0.5;
  S.sync.children[1].children.push(done);
  done._x = 0; done._y = 240;
}
// lessons
{
  const teach = d.T('Speak two languages? Teach on Lingora ›', 24, 640, { size: 14, weight: 600, color: TEAL });
  go(teach, S.payouts);
  const helpTab = d.T('Help', 300, 790, { size: 12, color: MUTED });
  go(helpTab, S.help);
  const settingsTab = d.T('Settings', 200, 790, { size: 12, color: MUTED });
  go(settingsTab, S.settings);
  S.lessons.children.push(d.statusBar(W), d.T('My lessons', 24, 70, { size: 26, weight: 700, color: INK }),
    d.AL('Upcoming', 24, 120, 342, 300, 'VERTICAL', { gap: 10 }, [
      d.F(d.auto('Frame'), 0, 0, 342, 80, { fill: '#f0fdfa', radius: 14 }, [d.T('Tue 18:00 · Lucía M.', 16, 16, { size: 16, weight: 700, color: INK }), d.T('Trial · Spanish · video link sent', 16, 44, { size: 13, color: MUTED })]),
      d.F(d.auto('Frame'), 0, 90, 342, 80, { fill: '#f7f9fb', radius: 14 }, [d.T('Thu 20:00 · Lucía M.', 16, 16, { size: 16, weight: 700, color: INK }), d.T('Conversation · 50 min', 16, 44, { size: 13, color: MUTED })]),
    ]),
    teach,
    d.F('Tab bar', 0, H - 80, W, 80, { fill: '#ffffff', stroke: '#e3e8ee' }, [d.T('Lessons', 24, 30, { size: 12, weight: 600, color: TEAL }), d.T('Messages', 100, 30, { size: 12, color: MUTED }), settingsTab, helpTab]),
  );
  settingsTab._y = 30; helpTab._y = 30;
}
// payouts for tutors (personal)
S.payouts.children.push(...top('Get paid for teaching'), d.AL('Auto layout', 24, 150, 342, 560, 'VERTICAL', { gap: 14 }, [
  d.T('Tutors keep 82% of every lesson. Payouts go out every Friday.', 0, 0, { size: 15, color: INK, w: 342 }),
  d.btnFrame('Link PayPal to get paid', 0, 40, 342, 50, { fill: '#003087', radius: 12 }),
  d.T('Or add a personal bank account (IBAN)', 0, 104, { size: 14, color: TEAL }),
  d.T('Your teaching profile', 0, 150, { size: 18, weight: 700, color: INK }),
  d.input('Languages you teach', 'Polish, English', 0, 180, 342, { radius: 10 }),
  d.input('Hourly rate', '$16', 0, 256, 342, { radius: 10 }),
]));
// help
{
  const contact = d.btnFrame('Contact us', 24, 640, 342, 50, { fill: '#ffffff', color: TEAL, stroke: TEAL, radius: 12 });
  url(contact, 'https://lingora.com/contact');
  S.help.children.push(...top('Help'), d.searchField('Search help articles', 24, 140, 342, 44, { radius: 22 }),
    d.AL('FAQ', 24, 200, 342, 400, 'VERTICAL', { gap: 8 }, ['How do trial lessons work?', 'Rescheduling and refunds', 'My video call won’t start', 'How tutors are vetted'].map((q) => d.F(d.auto('Frame'), 0, 0, 342, 52, { fill: '#f7f9fb', radius: 10 }, [d.T(q, 14, 16, { size: 15, color: INK })]))),
    contact);
}
// settings
S.settings.children.push(...top('Settings'), d.AL('Auto layout', 24, 150, 342, 600, 'VERTICAL', { gap: 0 }, [
  ['Calendar', 'Google Calendar · ana.k@gmail.com', 'Disconnect'], ['Payment method', 'Visa •• 4242', 'Remove card'], ['Notifications', 'Lesson reminders on', ''], ['Language', 'English (US)', ''],
].map(([t, v, a]) => d.F(d.auto('Frame'), 0, 0, 342, 72, { fill: '#ffffff', stroke: '#eef1f4' }, [
  d.T(t, 0, 14, { size: 15, weight: 600, color: INK }), d.T(v, 0, 40, { size: 13, color: MUTED }), ...(a ? [d.T(a, 250, 26, { size: 13, weight: 600, color: '#b91c1c', w: 92, align: 'RIGHT' })] : []),
])).concat([d.T('Delete account', 0, 320, { size: 14, color: '#b91c1c' })])));

const frames = Object.values(S);
frames.forEach((f, i) => { f._x = (i % 6) * 500; f._y = Math.floor(i / 6) * 1000; });
const flowPage = canvas(d, 'Learner app', frames, { starts: [['Learner onboarding', S.welcome]], device: 'IPHONE_14' });

const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const truth = {
  file: 'h79-negative-language-tutor.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Mobile language-tutoring marketplace: learner sign-up, language and tutor choice, booking with a personal calendar link, checkout, a tutor payout screen (Link PayPal) and settings. No business accounting, banking or commerce software is connected anywhere.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 500k learners" and a learner quote praise the product, but there is no connection flow for them to support.',
    'privacy.statistics': 'Left unlabelled: "500k learners" is a crowd figure, not about trusting a data connection.',
    'connection.delete': 'Only "Disconnect" of a personal calendar and "Remove card".',
    'connection.syncing-indicator': '"Syncing lessons…" is a personal calendar sync.',
    'privacy.support-contacts': 'A single "Contact us" link.',
  },
  flow: { startFrameId: S.welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
finish(d, 'Lingora — learner app', [flowPage, libPage], '2025-01-22T13:40:02Z', truth);

// h69-negative-school-parent-app: a school app for parents (390x844). No business software is connected.
import { frame, group, rect, vector, ellipse, text, instance, component, canvas, finish, write, image, go, overlay, back, close, changeTo } from './lib.mjs';

const W = 390, H = 844;
const GREEN = '#1F6F5C', INK = '#17202A', SOFT = '#5F6B76', PALE = '#EEF5F2', RULE = '#DCE3E0';
const t = (s, x, y, w, h, o = {}) => text(s, x, y, w, h, { family: 'Nunito', size: 15, color: INK, ...o });
const status = () => frame('Status bar', 0, 0, W, 47, {}, [t('9:41', 28, 16, 50, 18, { weight: 700 }), vector('Levels', 310, 18, 66, 12, { fill: INK })]);
const primary = (label, y, on) => instance('Button', 'btn', 20, y, 350, 52, { fill: GREEN, radius: 26, on }, [t(label, 16, 15, 318, 22, { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER' })]);
const input = (ph, y, o = {}) => frame('Input', 0, y, 350, 52, { fill: '#FFFFFF', radius: 12, stroke: RULE, layout: 'HORIZONTAL', padX: 14, gap: 10 }, [...(o.icon ? [vector('Vector', 14, 16, 20, 20, { fill: SOFT })] : []), t(ph, 44, 15, 280, 22, { color: o.filled ? INK : '#9AA5AE' })]);
const nav = (active, on) => frame('Tab bar', 0, H - 84, W, 84, { fill: '#FFFFFF', stroke: RULE, layout: 'HORIZONTAL', padX: 12, gap: 0 }, ['Home', 'Messages', 'Calendar', 'Payments', 'More'].map((n) => frame('Tab', 0, 8, 73, 52, { layout: 'VERTICAL', gap: 4, on: on[n] }, [vector('Icon', 24, 4, 24, 24, { fill: n === active ? GREEN : '#9AA5AE' }), t(n, 0, 32, 73, 16, { size: 11, weight: n === active ? 700 : 400, color: n === active ? GREEN : SOFT, align: 'CENTER' })])));
const screen = (name, i, key, kids) => frame(name, i * (W + 100), 0, W, H, { fill: '#FFFFFF', key, clip: true }, [status(), ...kids]);
const stepper = (n) => frame('Frame 7', 20, 60, 350, 40, { layout: 'VERTICAL', gap: 8 }, [t(`Step ${n} of 3`, 0, 0, 350, 18, { size: 13, weight: 700, color: GREEN }), group('Progress', 0, 26, 350, 6, [rect('Track', 0, 0, 350, 6, { fill: RULE, radius: 3 }), rect('Fill', 0, 0, Math.round(350 * n / 3), 6, { fill: GREEN, radius: 3 })])]);
const tabs = { Home: go('home'), Messages: go('messages'), Calendar: go('calendar'), Payments: go('payments'), More: go('more') };

const compPage = canvas('Components', [
  component('Button', 0, 0, 350, 52, { key: 'btn', fill: GREEN, radius: 26, on: changeTo('btnPressed', 'ON_PRESS') }, [t('Button', 16, 15, 318, 22, { weight: 700, color: '#FFFFFF' })]),
  component('Button / Pressed', 0, 80, 350, 52, { key: 'btnPressed', fill: '#15503F', radius: 26 }, [t('Button', 16, 15, 318, 22, { weight: 700, color: '#FFFFFF' })]),
]);

const s1 = screen('Sign up 1', 0, 's1', [
  stepper(1),
  frame('Form', 20, 130, 350, 520, { layout: 'VERTICAL', gap: 14 }, [
    t('Welcome to Schoolbag', 0, 0, 350, 34, { size: 26, weight: 800 }),
    t('Newsletters, messages and trip payments from your child\u2019s school, all in one place.', 0, 0, 350, 44, { color: SOFT }),
    input('Your first name', 0), input('Your surname', 0), input('Email address', 0), input('Mobile number', 0),
  ]),
  primary('Next', 740, go('s2')),
]);

const s2 = screen('Sign up 2', 1, 's2', [
  stepper(2),
  frame('Form', 20, 130, 350, 520, { layout: 'VERTICAL', gap: 14 }, [
    t('Find your school', 0, 0, 350, 34, { size: 26, weight: 800 }),
    input('Search by school name or postcode', 0, { icon: true }),
    ...['St Aidan\u2019s C of E Primary · Leeds LS8', 'Roundhay St John\u2019s Primary · Leeds LS8', 'Talbot Primary School · Leeds LS17'].map((s, i) => frame('Result', 0, 0, 350, 56, { fill: i === 0 ? PALE : '#FFFFFF', radius: 12, stroke: i === 0 ? GREEN : RULE }, [t(s, 14, 17, 320, 22)])),
    t('School not listed? Ask the office for your invite code.', 0, 0, 350, 40, { size: 13, color: SOFT }),
  ]),
  primary('Next', 740, go('s3')),
]);

const s3 = screen('Sign up 3', 2, 's3', [
  stepper(3),
  frame('Form', 20, 130, 350, 560, { layout: 'VERTICAL', gap: 14 }, [
    t('Add your children', 0, 0, 350, 34, { size: 26, weight: 800 }),
    frame('Child', 0, 0, 350, 72, { fill: PALE, radius: 12, layout: 'HORIZONTAL', padX: 14, gap: 12 }, [ellipse('Avatar', 0, 0, 44, 44, { fill: image('kidavatar1') }), t('Maisie Ahmed\nYear 4 · Class Rowan', 0, 0, 260, 44)]),
    frame('Link another child', 0, 0, 350, 56, { radius: 12, stroke: GREEN, layout: 'HORIZONTAL', padX: 14, gap: 10 }, [vector('plus', 0, 0, 18, 18, { fill: GREEN }), t('Link another child', 0, 0, 280, 22, { weight: 700, color: GREEN })]),
    t('Each child needs the 6-letter code from their welcome letter.', 0, 0, 350, 40, { size: 13, color: SOFT }),
  ]),
  primary('Finish', 740, go('home')),
]);

const card = (title, body, y, o = {}) => frame('Card', 0, y, 350, o.h ?? 120, { fill: o.fill ?? '#FFFFFF', radius: 16, stroke: RULE, layout: 'VERTICAL', padX: 16, padY: 14, gap: 6, on: o.on }, [t(title, 0, 0, 318, 22, { weight: 800 }), t(body, 0, 0, 318, (o.h ?? 120) - 60, { size: 14, color: SOFT }), ...(o.cta ? [t(o.cta, 0, 0, 318, 20, { size: 14, weight: 700, color: GREEN })] : [])]);

const home = screen('Home', 3, 'home', [
  frame('Header', 20, 56, 350, 60, { layout: 'HORIZONTAL', gap: 12 }, [ellipse('Crest', 0, 0, 44, 44, { fill: image('schoolcrest') }), t('St Aidan\u2019s Primary\nGood morning, Rana', 0, 0, 280, 44, { size: 14 })]),
  frame('Feed', 20, 130, 350, 620, { layout: 'VERTICAL', gap: 12 }, [
    card('📅 Sync the school calendar', 'Term dates, INSET days and class events straight into the calendar on your phone.', 0, { fill: PALE, cta: 'Set it up', on: go('calendar'), h: 130 }),
    card('Spring newsletter', 'Book fair, Year 6 SATs timetable and the new lunch menu.', 0),
    card('Year 4 trip: Eureka! museum', '£12.50 due by Fri 14 March. Consent form needed.', 0, { cta: 'Pay for trips', on: go('trip') }),
  ]),
  nav('Home', tabs),
]);

const messages = screen('Messages', 4, 'messages', [
  t('Messages', 20, 60, 350, 34, { size: 26, weight: 800 }),
  frame('List', 20, 110, 350, 560, { layout: 'VERTICAL', gap: 10 }, [
    frame('Banner', 0, 0, 350, 100, { fill: PALE, radius: 16, layout: 'VERTICAL', padX: 16, padY: 14, gap: 6 }, [t('Connect with your child\u2019s teacher', 0, 0, 318, 22, { weight: 800 }), t('Mrs Okafor (Class Rowan) replies during school hours.', 0, 0, 318, 40, { size: 14, color: SOFT })]),
    ...[['Mrs Okafor', 'Thanks for letting me know about the dentist!'], ['School office', 'Reminder: non-uniform day Friday £1'], ['PTA', 'Volunteers needed for the summer fair']].map(([a, b]) => frame('Thread', 0, 0, 350, 68, { layout: 'HORIZONTAL', gap: 12 }, [ellipse('Avatar', 0, 0, 40, 40, { fill: image('av' + a.length) }), t(a + '\n' + b, 0, 0, 290, 44, { size: 14 })])),
  ]),
  nav('Messages', tabs),
]);

const calendar = screen('Calendar', 5, 'calendar', [
  frame('Top', 20, 56, 350, 40, {}, [vector('back', 0, 8, 12, 20, { fill: INK, on: back() }), t('Calendar', 30, 4, 300, 30, { size: 22, weight: 800 })]),
  frame('Body', 20, 110, 350, 600, { layout: 'VERTICAL', gap: 12 }, [
    frame('Sync', 0, 0, 350, 200, { fill: PALE, radius: 16, layout: 'VERTICAL', padX: 16, padY: 16, gap: 10 }, [
      t('Sync the school calendar', 0, 0, 318, 22, { weight: 800 }),
      t('Add St Aidan\u2019s events to your phone\u2019s calendar. Updates appear automatically.', 0, 0, 318, 40, { size: 14, color: SOFT }),
      frame('Button', 0, 0, 318, 44, { fill: GREEN, radius: 22 }, [t('Add to Apple Calendar', 0, 11, 318, 22, { weight: 700, color: '#FFFFFF', align: 'CENTER' })]),
      t('Or copy the iCal link', 0, 0, 318, 20, { size: 14, weight: 700, color: GREEN, deco: 'UNDERLINE' }),
    ]),
    ...[['Mon 3 Mar', 'World Book Day — dress up!'], ['Fri 14 Mar', 'Year 4 trip to Eureka!'], ['Fri 4 Apr', 'Last day of spring term']].map(([d, e]) => frame('Event', 0, 0, 350, 56, { layout: 'HORIZONTAL', gap: 12 }, [t(d, 0, 0, 90, 20, { size: 13, weight: 700, color: GREEN }), t(e, 0, 0, 240, 20)])),
  ]),
  nav('Calendar', tabs),
]);

const payments = screen('Payments', 6, 'payments', [
  t('Payments', 20, 60, 350, 34, { size: 26, weight: 800 }),
  frame('Body', 20, 110, 350, 600, { layout: 'VERTICAL', gap: 12 }, [
    frame('Balance', 0, 0, 350, 90, { fill: PALE, radius: 16, layout: 'VERTICAL', padX: 16, padY: 14, gap: 4 }, [t('Dinner money balance', 0, 0, 318, 18, { size: 13, color: SOFT }), t('£18.40', 0, 0, 318, 34, { size: 28, weight: 800 })]),
    ...[['Year 4 trip: Eureka!', '£12.50 · due 14 Mar', 'trip'], ['Spring clubs: Football', '£24.00 · due 21 Mar'], ['Top up dinner money', 'From £5']].map(([a, b, k]) => frame('Item', 0, 0, 350, 64, { radius: 12, stroke: RULE, layout: 'HORIZONTAL', padX: 14, on: k ? go(k) : undefined }, [t(a + '\n' + b, 0, 0, 300, 40, { size: 14 })])),
    t('Saved card: Visa •••• 4821 · Change', 0, 0, 350, 20, { size: 13, color: SOFT }),
  ]),
  nav('Payments', tabs),
]);

const trip = screen('Trip consent', 7, 'trip', [
  frame('Top', 20, 56, 350, 40, {}, [vector('back', 0, 8, 12, 20, { fill: INK, on: back() }), t('Eureka! trip', 30, 4, 300, 30, { size: 22, weight: 800 })]),
  frame('Body', 20, 110, 350, 560, { layout: 'VERTICAL', gap: 14 }, [
    rect('Photo', 0, 0, 350, 160, { fill: image('eurekamuseum'), radius: 16 }),
    t('Friday 14 March · coach leaves 9:00, back by 15:15\nPacked lunch needed', 0, 0, 350, 44, { size: 14 }),
    frame('Permission', 0, 0, 350, 64, { layout: 'HORIZONTAL', gap: 12 }, [rect('Rectangle 3', 0, 0, 20, 20, { radius: 4, stroke: GREEN, strokeWeight: 2 }), t('I give permission for Maisie to go on this trip and agree to the school\u2019s code of conduct.', 0, 0, 310, 60, { size: 14 })]),
    t('Medical info we hold: none · Update', 0, 0, 350, 20, { size: 13, color: SOFT }),
  ]),
  primary('Pay £12.50', 740, overlay('paid')),
]);

const paid = screen('Paid', 8, 'paid', [
  frame('Sheet', 0, 480, W, 364, { fill: '#FFFFFF', radius: 24, stroke: RULE, layout: 'VERTICAL', padX: 20, padY: 28, gap: 12 }, [
    ellipse('Tick', 0, 0, 56, 56, { fill: GREEN }),
    t('Paid — thank you!', 0, 0, 350, 28, { size: 22, weight: 800 }),
    t('A receipt is in your email. The class teacher can see Maisie\u2019s consent.', 0, 0, 350, 40, { size: 14, color: SOFT }),
    frame('Done', 0, 0, 350, 52, { fill: GREEN, radius: 26, on: close() }, [t('Done', 0, 15, 350, 22, { weight: 700, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
]);

const more = screen('More', 9, 'more', [
  t('More', 20, 60, 350, 34, { size: 26, weight: 800 }),
  frame('Body', 20, 110, 350, 640, { layout: 'VERTICAL', gap: 8 }, [
    ...['My children', 'Notifications', 'Privacy & data', 'Language: English'].map((r) => frame('Row', 0, 0, 350, 52, { radius: 12, fill: '#F7F9F8' }, [t(r, 14, 15, 300, 22)])),
    frame('Help', 0, 0, 350, 92, { radius: 12, fill: PALE, layout: 'VERTICAL', padX: 14, padY: 12, gap: 4 }, [t('Need help? Call the office', 0, 0, 320, 22, { weight: 800 }), t('0113 496 0882 (8:15–4pm) · office@staidans.leeds.sch.uk', 0, 0, 320, 40, { size: 13, color: SOFT })]),
    t('Remove a child', 0, 0, 350, 22, { size: 14, weight: 700, color: GREEN }),
    t('Delete account', 0, 0, 350, 22, { size: 14, weight: 700, color: '#B42318' }),
  ]),
  nav('More', tabs),
]);

const flowPage = canvas('App', [s1, s2, s3, home, messages, calendar, payments, trip, paid, more], { start: [['s1', 'Parent sign up']] });
const cover = canvas('Cover', [frame('Cover', 0, 0, 1600, 900, { fill: GREEN }, [t('Schoolbag — parent app', 100, 380, 1200, 80, { size: 64, weight: 800, color: '#FFFFFF' })])]);

const file = finish('h69-negative-school-parent-app', [cover, flowPage, compPage], { name: 'Schoolbag parent app', lastModified: '2026-01-30T14:12:40Z', version: '4901223314' });
const all = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
write('h69-negative-school-parent-app', file, {
  kind: 'negative',
  description: 'Schoolbag, a parent app for a primary school (390x844): three-step sign-up with a step counter and school search, linking children, a home feed, teacher messages, a school calendar to sync to the phone, trip payments with a permission tick box, and a More screen with the office phone number and account deletion. Nothing connects a business\u2019s accounting, banking or commerce software.',
  present: [],
  absent: all,
  notes: {
    'value.progress-meter': '"Step 1 of 3" bar belongs to parent sign-up, not to connecting data sources.',
    'privacy.consent-action': 'The tick box is trip permission, not consent to share business data.',
    'platform.search': 'The search field finds a school, not an integration.',
    'platform.multiple-connections': '"Link another child" adds a child, not a software connection.',
    'connection.delete': '"Remove a child" and "Delete account" are not about revoking a data connection.',
  },
  flow: { start: 's1', connect: null, steps: null, deadEnds: [] },
});

// h139 (negative): consumer home-cleaning booking app, mobile 390x844, UK English.
import { Doc, writeTruth } from './lib.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'h139-negative-home-cleaning-booking.json');
const d = new Doc('h139', {
  title: 'Homebright — booking app',
  lastModified: '2026-01-20T13:55:02Z',
  version: '4650023117',
  font: 'Nunito',
});
const W = 390;
const H = 844;
const INK = '#14213d';
const MUTED = '#6c7489';
const TEAL = '#0e9f9a';
const img = (ref) => [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

d.page('Cover');
d.cur.children.push(d.F('Cover', 0, 0, 1440, 900, { fill: TEAL }, [d.T('Homebright · booking flow', 100, 380, 1200, 90, { size: 72, weight: 800, color: '#fff' })]));

d.page('Components');
const btnDef = d.C('btn', 'Button/Primary/Default', 0, 0, 342, 54, { fill: TEAL, radius: 14 }, [d.T('Button', 16, 16, 310, 22, { size: 17, weight: 700, color: '#fff', align: 'CENTER' })]);
const btnPressed = d.C('btnP', 'Button/Primary/Pressed', 0, 70, 342, 54, { fill: '#0b7e7a', radius: 14 }, [d.T('Button', 16, 16, 310, 22, { size: 17, weight: 700, color: '#fff', align: 'CENTER' })]);
d.cur.children.push(d.CS('Button/Primary', 0, 0, 360, 140, [btnDef, btnPressed]));

const flow = d.page('Flow — first booking', { key: 'welcome', name: 'First booking' });
const sb = () => d.F('Status Bar', 0, 0, W, 47, {}, [d.T('9:41', 32, 15, 50, 18, { size: 16, weight: 600 }), d.V('Levels', W - 96, 19, 70, 12, { fill: INK })]);
const btn = (label, x, y, w = 342) => d.I('btn', 'Button/Primary', x, y, w, 54, {}, [d.T(label, 16, 16, w - 32, 22, { size: 17, weight: 700, color: '#fff', align: 'CENTER' })]);
const at = (i, row = 0) => [i * (W + 100), row * (H + 160)];
const tabs = (active) =>
  d.F('Tabs', 0, H - 83, W, 83, { fill: '#fff', stroke: '#e8eaf0', layout: 'HORIZONTAL', gap: 0 }, ['Bookings', 'Messages', 'Account'].map((t, i) =>
    d.F(null, i * 130, 6, 130, 50, {}, [d.V(null, 53, 2, 24, 24, { fill: t === active ? TEAL : MUTED }), d.T(t, 0, 30, 130, 16, { size: 11, color: t === active ? TEAL : MUTED, align: 'CENTER' })]),
  ));

// welcome
const skip = d.T('Skip', W - 70, 60, 46, 20, { size: 15, weight: 600, color: MUTED });
const go = btn('Get started', 24, 740);
const welcome = d.screen('welcome', 'Welcome', ...at(0), W, H, { fill: '#effaf9' }, [
  sb(),
  skip,
  d.R(null, 24, 100, 342, 320, { radius: 24, fills: img('c1ea9e3f01') }),
  d.T('A spotless home, booked in 60 seconds', 24, 450, 342, 70, { size: 26, weight: 800 }),
  d.T('Vetted, insured cleaners from £16/hour.', 24, 528, 342, 22, { size: 15, color: MUTED }),
  d.F(null, 24, 580, 342, 64, { fill: '#fff', radius: 14, layout: 'HORIZONTAL', gap: 10, padX: 14 }, [
    d.T('★ 4.8', 14, 20, 60, 24, { size: 17, weight: 800, color: '#f4a300' }),
    d.T('Trusted by 200k homes across the UK', 84, 21, 244, 22, { size: 14, weight: 600 }),
  ]),
  go,
]);
flow.children.push(welcome);

// sign up
const create = btn('Create account', 24, 460);
const signup = d.screen('signup', 'Sign up', ...at(1), W, H, {}, [
  sb(),
  d.T('Create your account', 24, 80, 342, 34, { size: 26, weight: 800 }),
  d.F(null, 24, 140, 342, 54, { fill: '#000', radius: 14 }, [d.T(' Continue with Apple', 16, 16, 310, 22, { size: 16, weight: 600, color: '#fff', align: 'CENTER' })]),
  d.T('or use email', 24, 212, 342, 18, { size: 13, color: MUTED, align: 'CENTER' }),
  d.F(null, 24, 246, 342, 54, { stroke: '#d5d9e2', radius: 14 }, [d.T('Email address', 16, 16, 300, 22, { size: 16, color: '#9aa1b2' })]),
  d.F(null, 24, 316, 342, 54, { stroke: '#d5d9e2', radius: 14 }, [d.T('Password', 16, 16, 300, 22, { size: 16, color: '#9aa1b2' })]),
  create,
]);
flow.children.push(signup);
d.go(skip, 'signup');
d.go(go, 'signup');

// home details
const homeNext = btn('Next', 24, 740);
const counter = (label, val, y) =>
  d.F(null, 0, y, 342, 56, { stroke: '#e8eaf0', radius: 12 }, [
    d.T(label, 16, 17, 180, 22, { size: 16 }),
    d.T('–', 230, 14, 28, 28, { size: 20, align: 'CENTER' }),
    d.T(val, 262, 17, 30, 22, { size: 16, weight: 700, align: 'CENTER' }),
    d.T('+', 298, 14, 28, 28, { size: 20, align: 'CENTER' }),
  ]);
const home = d.screen('home', 'Your home', ...at(2), W, H, {}, [
  sb(),
  d.T('Step 1 of 3', 24, 64, 200, 18, { size: 13, weight: 700, color: TEAL }),
  d.F(null, 24, 88, 342, 6, { fill: '#e8eaf0', radius: 3 }, [d.R(null, 0, 0, 114, 6, { fill: TEAL, radius: 3 })]),
  d.F(null, 24, 120, 342, 400, { layout: 'VERTICAL', gap: 14 }, [
    d.T('Tell us about your home', 0, 0, 342, 32, { size: 24, weight: 800 }),
    d.F(null, 0, 50, 342, 56, { stroke: '#d5d9e2', radius: 12 }, [d.T('Postcode — e.g. BS6 5QA', 16, 17, 300, 22, { size: 16, color: '#9aa1b2' })]),
    counter('Bedrooms', '2', 120),
    counter('Bathrooms', '1', 190),
    d.T('Extras: oven · inside fridge · ironing', 0, 262, 342, 20, { size: 14, color: MUTED }),
  ]),
  homeNext,
]);
flow.children.push(home);
d.go(create, 'home');

// schedule
const schedNext = btn('Next', 24, 740);
const freq = (t, sub, y, on) =>
  d.F(null, 0, y, 342, 64, on ? { stroke: TEAL, strokeWeight: 2, radius: 12, fill: '#effaf9' } : { stroke: '#e8eaf0', radius: 12 }, [
    d.T(t, 16, 12, 300, 20, { size: 16, weight: 700 }),
    d.T(sub, 16, 36, 300, 18, { size: 13, color: MUTED }),
  ]);
const schedule = d.screen('schedule', 'When', ...at(3), W, H, {}, [
  sb(),
  d.T('Step 2 of 3', 24, 64, 200, 18, { size: 13, weight: 700, color: TEAL }),
  d.F(null, 24, 88, 342, 6, { fill: '#e8eaf0', radius: 3 }, [d.R(null, 0, 0, 228, 6, { fill: TEAL, radius: 3 })]),
  d.F(null, 24, 120, 342, 560, { layout: 'VERTICAL', gap: 12 }, [
    d.T('How often?', 0, 0, 342, 32, { size: 24, weight: 800 }),
    freq('Weekly', '£16/hr · cancel anytime, no fees', 48, true),
    freq('Fortnightly', '£17/hr · cancel anytime', 124),
    freq('One-off', '£21/hr', 200),
    d.T('First visit', 0, 290, 342, 20, { size: 15, weight: 700 }),
    d.T('Thu 29 Jan · 09:00–12:00', 0, 318, 342, 22, { size: 16 }),
  ]),
  schedNext,
]);
flow.children.push(schedule);
d.go(homeNext, 'schedule');

// choose cleaner
const chatBtn = d.F('Frame 61', 16, 120, 150, 40, { stroke: TEAL, radius: 20 }, [d.T('Connect with your cleaner', 8, 11, 134, 18, { size: 11, weight: 700, color: TEAL, align: 'CENTER' })]);
const bookMaria = btn('Book Maria', 24, 740);
const cleanerCard = (nm, rate, y, extra) =>
  d.F(null, 24, y, 342, 176, { fill: '#fff', stroke: '#e8eaf0', radius: 16 }, [
    d.E(null, 16, 16, 56, 56, { fills: img('cl' + y) }),
    d.T(nm, 84, 18, 240, 22, { size: 17, weight: 700 }),
    d.T(rate, 84, 44, 240, 18, { size: 13, color: MUTED }),
    d.T('“Always on time and the flat smells amazing.” — Tom, Clifton', 16, 84, 310, 30, { size: 12, color: MUTED }),
    extra,
  ]);
const cleaner = d.screen('cleaner', 'Choose cleaner', ...at(4), W, H, { fill: '#f7f8fb' }, [
  sb(),
  d.T('Step 3 of 3', 24, 64, 200, 18, { size: 13, weight: 700, color: TEAL }),
  d.T('Pick your cleaner', 24, 90, 342, 32, { size: 24, weight: 800 }),
  cleanerCard('Maria S.', '★ 4.9 · 312 cleans · DBS checked', 140, chatBtn),
  cleanerCard('Kwame A.', '★ 4.8 · 188 cleans · DBS checked', 330),
  bookMaria,
]);
flow.children.push(cleaner);
d.go(schedNext, 'cleaner');

// chat overlay
const chatClose = d.V('close', 340, 16, 20, 20, { fill: INK });
d.act(chatClose, { type: 'CLOSE' });
const chat = d.screen('chat', 'Chat — Maria', ...at(5), W, 520, { radius: 20 }, [
  d.T('Maria S.', 24, 16, 250, 24, { size: 18, weight: 800 }),
  chatClose,
  d.F(null, 24, 60, 260, 60, { fill: '#eef1f6', radius: 14 }, [d.T('Hi! Any pets or areas to avoid? 🐶', 12, 10, 236, 40, { size: 14 })]),
  d.F(null, 106, 134, 260, 60, { fill: TEAL, radius: 14 }, [d.T('One cat, very shy. Spare key under the pot.', 12, 10, 236, 40, { size: 14, color: '#fff' })]),
  d.F(null, 24, 450, 342, 48, { stroke: '#d5d9e2', radius: 24 }, [d.T('Message Maria…', 16, 14, 280, 20, { size: 14, color: '#9aa1b2' })]),
]);
flow.children.push(chat);
d.go(chatBtn, 'chat', 'OVERLAY');

// link card
const pay = btn('Pay £48 & book', 24, 740);
const card = d.screen('card', 'Payment', ...at(0, 1), W, H, {}, [
  sb(),
  d.T('Link your card', 24, 70, 342, 32, { size: 24, weight: 800 }),
  d.T('You’re only charged after each clean.', 24, 110, 342, 20, { size: 14, color: MUTED }),
  d.F(null, 24, 150, 342, 54, { fill: '#000', radius: 14 }, [d.T(' Pay', 16, 16, 310, 22, { size: 17, weight: 600, color: '#fff', align: 'CENTER' })]),
  d.F(null, 24, 224, 342, 200, { layout: 'VERTICAL', gap: 12 }, [
    d.F(null, 0, 0, 342, 54, { stroke: '#d5d9e2', radius: 12 }, [d.T('Card number', 16, 16, 300, 22, { size: 16, color: '#9aa1b2' })]),
    d.F(null, 0, 66, 342, 54, { layout: 'HORIZONTAL', gap: 12 }, [
      d.F(null, 0, 0, 165, 54, { stroke: '#d5d9e2', radius: 12 }, [d.T('MM / YY', 16, 16, 130, 22, { size: 16, color: '#9aa1b2' })]),
      d.F(null, 177, 0, 165, 54, { stroke: '#d5d9e2', radius: 12 }, [d.T('CVC', 16, 16, 130, 22, { size: 16, color: '#9aa1b2' })]),
    ]),
    d.F(null, 0, 132, 342, 54, { stroke: '#d5d9e2', radius: 12 }, [d.T('Billing postcode', 16, 16, 300, 22, { size: 16, color: '#9aa1b2' })]),
  ]),
  d.T('Weekly plan · cancel anytime before 6pm the day before.', 24, 660, 342, 40, { size: 13, color: MUTED }),
  pay,
]);
flow.children.push(card);
d.go(bookMaria, 'card');

// confirmed
const done = btn('Done', 24, 740);
const confirmed = d.screen('confirmed', 'Booked', ...at(1, 1), W, H, { fill: '#effaf9' }, [
  sb(),
  d.V('check circle', 155, 160, 80, 80, { fill: TEAL }),
  d.T('You’re booked! ✨', 24, 270, 342, 34, { size: 26, weight: 800, align: 'CENTER' }),
  d.T('Maria · Thu 29 Jan, 09:00', 24, 314, 342, 22, { size: 16, align: 'CENTER' }),
  d.G(null, [d.E('spinner', 120, 380, 18, 18, { stroke: TEAL, strokeWeight: 2 }), d.T('Syncing booking…', 146, 380, 160, 18, { size: 13, color: MUTED })]),
  d.T('Add to Google Calendar · Add to iCal', 24, 420, 342, 18, { size: 13, color: TEAL, deco: 'UNDERLINE', align: 'CENTER' }),
  done,
]);
flow.children.push(confirmed);
d.go(pay, 'confirmed');

// bookings
const bTabs = tabs('Bookings');
const bookings = d.screen('bookings', 'Bookings', ...at(2, 1), W, H, { fill: '#f7f8fb' }, [
  sb(),
  d.T('Upcoming', 24, 64, 342, 32, { size: 26, weight: 800 }),
  ...['Thu 29 Jan · Maria · 3h', 'Thu 5 Feb · Maria · 3h', 'Thu 12 Feb · Maria · 3h'].map((t, i) =>
    d.F(null, 24, 116 + i * 84, 342, 72, { fill: '#fff', radius: 14 }, [d.T(t, 16, 14, 300, 20, { size: 15, weight: 700 }), d.T('Reschedule · Skip this week', 16, 40, 300, 18, { size: 13, color: TEAL })]),
  ),
  bTabs,
]);
flow.children.push(bookings);
d.go(done, 'bookings');

// account
const aTabs = tabs('Account');
const helpRow = d.F(null, 0, 168, 342, 56, { stroke: '#f0f1f5' }, [d.T('Help', 16, 17, 260, 22, { size: 16 })]);
const account = d.screen('account', 'Account', ...at(3, 1), W, H, { fill: '#f7f8fb' }, [
  sb(),
  d.T('Account', 24, 64, 342, 32, { size: 26, weight: 800 }),
  d.F(null, 24, 116, 342, 280, { fill: '#fff', radius: 14, layout: 'VERTICAL', gap: 0 }, [
    d.F(null, 0, 0, 342, 56, { stroke: '#f0f1f5' }, [d.T('Visa •• 4242', 16, 17, 200, 22, { size: 16 }), d.T('Remove', 260, 17, 66, 22, { size: 14, color: '#c0392b', align: 'RIGHT' })]),
    d.F(null, 0, 56, 342, 56, { stroke: '#f0f1f5' }, [d.T('Homebright Plus — £4.99/mo, cancel anytime', 16, 17, 310, 22, { size: 14 })]),
    d.F(null, 0, 112, 342, 56, { stroke: '#f0f1f5' }, [d.T('Refer a friend, get £10', 16, 17, 260, 22, { size: 16 })]),
    helpRow,
    d.F(null, 0, 224, 342, 56, {}, [d.T('Delete account', 16, 17, 260, 22, { size: 16, color: '#c0392b' })]),
  ]),
  aTabs,
]);
flow.children.push(account);

// help
const hBack = d.T('‹ Account', 24, 58, 120, 20, { size: 15, color: TEAL });
d.act(hBack, { type: 'BACK' });
const help = d.screen('help', 'Help', ...at(4, 1), W, H, {}, [
  sb(),
  hBack,
  d.T('How can we help?', 24, 92, 342, 32, { size: 26, weight: 800 }),
  d.T('1  Changing or skipping a clean\n2  What if something gets broken?\n3  Paying your cleaner a tip', 24, 140, 342, 90, { size: 15 }),
  d.T('Still stuck? Call 0330 088 2141 · help@homebright.co.uk · Live chat 8am–8pm', 24, 260, 342, 44, { size: 13, color: MUTED }),
]);
flow.children.push(help);
for (const t of [bTabs, aTabs]) {
  d.go(t.children[0], 'bookings');
  d.go(t.children[2], 'account');
}
d.go(helpRow, 'help');

d.finish(out);

const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
writeTruth(d, out.replace('.json', '.truth.json'), {
  kind: 'negative',
  description:
    'Homebright, a consumer app for booking a home cleaner, mobile 390x844, UK English. Welcome, sign-up, a three-step booking (home, frequency, cleaner), a chat overlay with the cleaner, card payment, confirmation, bookings, account and help. Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.cta-visible': '"Link your card" is a payment card form and "Connect with your cleaner" opens a chat; there is no call to connect business software.',
    'value.progress-meter': '"Step 1 of 3" tracks the booking, not connected sources.',
    'connection.syncing-indicator': '"Syncing booking…" is a calendar sync of an appointment, not connected business data.',
    'connection.delete': '"Remove" deletes a saved card; "Delete account" closes the user account.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the cleaning subscription.',
    'funnel.social-proof': 'Left unlabelled: ratings and "Trusted by 200k homes" are shown, but not around any connection.',
    'privacy.statistics': 'Left unlabelled: the 200k homes figure is a general customer count, not about data or encryption.',
    'privacy.support-contacts': 'Left unlabelled: the Help screen lists phone, email and chat, but there is no connection flow.',
  },
  flow: { start: 'welcome', connect: null, steps: null, deadEnds: [] },
});

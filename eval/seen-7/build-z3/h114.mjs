// h114 — negative: a renters' app for personal tenants (mobile 390x844). No business-software connection.
import {
  reset, onPage, frame, rect, ellipse, vector, line, instance, text,
  component, canvas, writeFile, writeTruth, WRITTEN_BY,
} from './lib.mjs';

reset();
const W = 390;
const H = 844;
const CORAL = '#E85D4A';
const DARK = '#202124';
const MID = '#70757A';

onPage(5);
const pillBtn = component('button-lg', 0, 0, 342, 54, { fill: CORAL, radius: 14 }, [text('Label', 0, 17, 342, 20, { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const rowC = component('Cell', 0, 80, 342, 60, { fill: '#FFFFFF' }, []);

onPage(2);
const sb = () => frame('Status bar', 0, 0, W, 47, {}, [
  text('9:41', 30, 16, 50, 18, { size: 16, weight: 600, family: 'SF Pro Text' }),
  vector('Vector', 300, 19, 70, 12, { fill: DARK }),
]);
const home = () => rect('Home Indicator', 128, H - 13, 134, 5, { fill: DARK, radius: 3 });
const big = (label, y, go) => instance('button-lg', pillBtn.id, 24, y, 342, 54, { go }, [text(label, 0, 17, 342, 20, { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const TAB = { Home: 'home', Rent: 'rent', Repairs: 'repairs', Me: 'me' };
const tabs = (act) => frame('Tabbar', 0, H - 84, W, 84, { fill: '#FFFFFF', stroke: '#ECECEC' }, ['Home', 'Rent', 'Repairs', 'Me'].map((t, i) =>
  frame('Frame ' + (70 + i), 12 + i * 92, 8, 80, 46, { go: TAB[t] === act ? undefined : TAB[t] }, [
    vector('Vector', 28, 0, 24, 24, { fill: TAB[t] === act ? CORAL : MID }),
    text(t, 0, 28, 80, 14, { size: 11, align: 'CENTER', color: MID }),
  ])));
const scr = (name, key, x, kids) => frame(name, x, 0, W, H, { fill: '#FFFFFF', key, clip: true }, [sb(), ...kids, home()]);
const stepHead = (n, title) => frame('Auto layout', 24, 64, 342, 90, { layout: 'VERTICAL', gap: 8 }, [
  text(`Step ${n} of 3`, 0, 0, 200, 16, { size: 13, weight: 600, color: CORAL }),
  frame('Frame 9', 0, 22, 342, 4, { layout: 'HORIZONTAL', gap: 4 }, [0, 1, 2].map((i) => rect('Rectangle ' + i, i * 115, 0, 111, 4, { fill: i < n ? CORAL : '#EEE', radius: 2 }))),
  text(title, 0, 40, 342, 34, { size: 26, weight: 700 }),
]);
const input = (ph, y) => frame('Frame 31', 24, y, 342, 52, { fill: '#F6F6F7', radius: 12 }, [text(ph, 16, 16, 310, 20, { size: 16, color: '#A0A4A8' })]);

const welcome = scr('Welcome', 'welcome', 0, [
  rect('Rectangle 1', 0, 0, W, 480, { fill: 'img:5e5d1a90c3' }),
  frame('Auto layout', 24, 510, 342, 180, { layout: 'VERTICAL', gap: 10 }, [
    text('Renting, minus the hassle 🏠', 0, 0, 342, 34, { size: 28, weight: 700 }),
    text('Pay rent, report repairs and keep every message with your landlord in one place.', 0, 44, 342, 44, { size: 15, color: MID }),
    text('Trusted by 400k renters', 0, 100, 342, 18, { size: 13, weight: 600, color: CORAL }),
  ]),
  big('Get started', 720, 'signup'),
]);
const signup = scr('Sign up', 'signup', 490, [
  stepHead(1, 'Create your account'),
  input('Full name', 180), input('Email', 244), input('Password', 308),
  big('Next', 720, 'homeDetails'),
]);
const homeDetails = scr('Your home', 'homeDetails', 980, [
  stepHead(2, 'Where do you live?'),
  input('Street address', 180), input('Apt / unit', 244),
  frame('Frame 40', 24, 320, 342, 110, { fill: '#FFF3F1', radius: 14 }, [
    text('Connect with your landlord', 16, 16, 310, 22, { size: 16, weight: 600 }),
    text('We’ll email them an invite so repairs and notices come through the app.', 16, 44, 310, 40, { size: 14, color: MID }),
    input('Landlord’s email', 130),
  ]),
  big('Next', 720, 'payRent'),
]);
const payRent = scr('Pay rent', 'payRent', 1470, [
  stepHead(3, 'Pay rent your way'),
  frame('Auto layout', 24, 180, 342, 300, { layout: 'VERTICAL', gap: 12 }, [
    text('Link your bank to pay rent straight from your checking account — no card fees.', 0, 0, 342, 44, { size: 15, color: MID }),
    frame('Frame 51', 0, 60, 342, 60, { fill: '#F6F6F7', radius: 12, go: 'bankPick' }, [
      vector('Vector', 16, 18, 24, 24, { fill: DARK }), text('Link your bank', 52, 20, 250, 20, { size: 16, weight: 600 }),
    ]),
    frame('Frame 52', 0, 132, 342, 60, { fill: '#F6F6F7', radius: 12, go: 'home' }, [
      vector('Vector', 16, 18, 24, 24, { fill: DARK }), text('Debit card (2.9% fee)', 52, 20, 250, 20, { size: 16, weight: 600 }),
    ]),
  ]),
  text('Set up later', 24, 740, 342, 20, { size: 15, weight: 600, color: CORAL, align: 'CENTER', go: 'home' }),
]);
const bankPick = scr('Choose bank', 'bankPick', 1960, [
  vector('Vector', 20, 60, 12, 20, { fill: DARK, back: true }),
  frame('Auto layout', 24, 96, 342, 600, { layout: 'VERTICAL', gap: 10 }, [
    text('Your bank', 0, 0, 342, 30, { size: 24, weight: 700 }),
    ...['Chase', 'Bank of America', 'Wells Fargo', 'Capital One 360', 'Ally Bank'].map((b, i) => instance('Cell', rowC.id, 0, 44 + i * 64, 342, 60, { go: 'autopay' }, [
      ellipse('Ellipse 1', 0, 12, 36, 36, { fill: 'img:bk' + i }), text(b, 52, 20, 250, 20, { size: 16 }),
    ])),
  ]),
]);
const autopay = scr('Autopay on', 'autopay', 2450, [
  frame('Auto layout', 24, 260, 342, 240, { layout: 'VERTICAL', gap: 12 }, [
    ellipse('Ellipse 9', 141, 0, 60, 60, { fill: '#E6F4EA' }),
    text('Autopay is on', 0, 80, 342, 30, { size: 24, weight: 700, align: 'CENTER' }),
    text('$1,850.00 leaves Chase ··2290 on the 1st of each month.', 0, 120, 342, 40, { size: 15, color: MID, align: 'CENTER' }),
  ]),
  big('Go to home', 720, 'home'),
]);
const homeScr = scr('Home', 'home', 2940, [
  frame('Auto layout', 24, 64, 342, 640, { layout: 'VERTICAL', gap: 14 }, [
    text('Hi, Jordan', 0, 0, 342, 30, { size: 24, weight: 700 }),
    frame('Frame 80', 0, 44, 342, 120, { fill: '#FFF3F1', radius: 16 }, [
      text('Rent due Apr 1', 16, 16, 300, 18, { size: 13, color: MID }),
      text('$1,850.00', 16, 40, 300, 36, { size: 30, weight: 700 }),
      text('Autopay on ✓', 16, 86, 300, 18, { size: 13, color: '#1E8E3E' }),
    ]),
    frame('Frame 81', 0, 180, 342, 48, { layout: 'HORIZONTAL', gap: 10 }, [
      ellipse('spinner', 0, 12, 22, 22, { stroke: CORAL, strokeWeight: 3 }),
      text('Syncing maintenance requests…', 32, 14, 300, 20, { size: 14, color: MID }),
    ]),
  ]),
  tabs('home'),
]);
const rent = scr('Rent history', 'rent', 3430, [
  frame('Auto layout', 24, 64, 342, 600, { layout: 'VERTICAL', gap: 10 }, [
    text('Rent', 0, 0, 342, 30, { size: 24, weight: 700 }),
    text('Mar 1 · $1,850.00 · Paid\nFeb 1 · $1,850.00 · Paid\nJan 1 · $1,850.00 · Paid', 0, 44, 342, 70, { size: 15 }),
  ]),
  tabs('rent'),
]);
const repairs = scr('Repairs', 'repairs', 3920, [
  frame('Auto layout', 24, 64, 342, 600, { layout: 'VERTICAL', gap: 10 }, [
    text('Repairs', 0, 0, 342, 30, { size: 24, weight: 700 }),
    text('Kitchen tap dripping — Scheduled Thu\nBedroom window won’t latch — Sent to landlord', 0, 44, 342, 50, { size: 15 }),
    big('Report a problem', 120, undefined),
  ]),
  tabs('repairs'),
]);
const me = scr('Me', 'me', 4410, [
  frame('Auto layout', 24, 64, 342, 600, { layout: 'VERTICAL', gap: 0 }, [
    text('Me', 0, 0, 342, 30, { size: 24, weight: 700 }),
    ...['Personal info', 'Payment methods', 'Notifications', 'Contact support', 'Delete account'].map((t, i) =>
      instance('Cell', rowC.id, 0, 50 + i * 60, 342, 60, {}, [text(t, 0, 20, 300, 20, { size: 16, color: t.startsWith('Delete') ? '#D93025' : DARK })])),
    line(0, 360, 342),
    text('Sign out', 0, 380, 342, 20, { size: 16, color: CORAL }),
  ]),
  tabs('me'),
]);

onPage(1);
const cover = frame('cover', 0, 0, 1440, 900, { fill: CORAL }, [text('Renter app — onboarding refresh', 80, 380, 1200, 70, { size: 56, weight: 700, color: '#FFFFFF' })]);

writeFile('h114-negative-tenant-app.json', { name: 'Renter app 2026', lastModified: '2026-04-02T12:00:09Z', version: '4102995518' }, [
  canvas(1, 'Cover', [cover]),
  canvas(2, 'Onboarding + home', [welcome, signup, homeDetails, payRent, bankPick, autopay, homeScr, rent, repairs, me],
    { start: { flow: [['welcome', 'New renter']] } }),
  canvas(5, 'Components', [pillBtn, rowC]),
]);

const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
writeTruth('h114-negative-tenant-app.truth.json', {
  file: 'h114-negative-tenant-app.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Mobile (390x844) app for personal renters: pay rent, report repairs, message the landlord. A tenant links a personal checking account for rent autopay and invites a landlord; no business connects accounting, banking or commerce software.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.cta-visible': '"Link your bank to pay rent" is a personal payment method, not a business data connection.',
    'value.progress-meter': '"Step 1 of 3" is a sign-up step bar, not a meter for connected sources.',
    'connection.syncing-indicator': 'The spinner is about maintenance requests, not connected financial data.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

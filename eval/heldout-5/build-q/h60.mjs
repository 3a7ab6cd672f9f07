// h60 (negative): consumer car-pooling app for drivers, mobile 390x844. Card, car and trip links only.
import { onPage, F, R, V, E, T, C, SEC, VS, HS, go, act, btnI, btnF, btnG, link, checkbox, solid, finish, doc, canvas, writeOut } from './lib.mjs';

const W = 390;
const H = 844;
const OUT = new URL('..', import.meta.url).pathname;
const ink = '101828';
const green = '12B76A';
const grey = '667085';
const t = (c, x, y, w, s = 15, wt = 400, o = {}) => T(c, x, y, w, s, wt, { family: 'Manrope', color: ink, ...o });

onPage(2);
const btn = C('Property 1=Primary', 20, 20, 342, 56, { fills: solid(green), cornerRadius: 28 }, [t('Label', 20, 17, 302, 16, 700, { color: 'FFFFFF' })]);
const componentsPage = canvas(2, '⚙️ Components', [btn]);
const components = { [btn.id]: { key: '9d0c7e5511', name: 'Property 1=Primary', description: 'Main button' } };

onPage(1);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1600, 960, { fills: solid(green) }, [t('Poolr Driver — onboarding', 100, 400, 1300, 72, 800, { color: 'FFFFFF' })])]);

onPage(3);
const screen = (name, kids) => F(name, 0, 0, W, H, { fills: solid('FFFFFF'), clipsContent: true }, [F('Frame 1', 0, 0, W, 47, { fills: [] }, [t('9:41', 28, 14, 60, 16, 700)]), ...kids]);
const body = (kids, gap = 16) => VS('Auto layout', 24, 80, 342, kids, { gap });
const primary = (label, dest) => go(btnI(label, btn.id, 0, 0, 342, 56, 'Property 1=Primary', { bg: green }), dest);

const welcome = screen('Welcome', [
  R('Rectangle 3', 0, 47, W, 380, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: '0c4r9001' }] }),
  VS('Auto layout', 24, 450, 342, [
    t('Share your commute,\nsplit the cost.', 0, 0, 342, 28, 800),
    t('Trusted by 2M commuters across 40 cities', 0, 0, 342, 14, 600, { color: grey }),
    primary('Start driving', '@Sign up'),
    t('I already have an account', 0, 0, 342, 14, 600, { color: green, textAlignHorizontal: 'CENTER' }),
  ], { gap: 16 }),
]);

const signUp = screen('Sign up', [body([
  t('Your phone number', 0, 0, 342, 24, 800),
  F('Frame 10', 0, 0, 342, 56, { strokes: solid('D0D5DD'), cornerRadius: 12, fills: solid('FFFFFF') }, [t('🇺🇸 +1  (555) 014-2231', 16, 17, 300, 16, 500)]),
  HS('Frame 11', 0, 0, [checkbox(0, 0, 'vector'), t('I agree to the Terms and Community Guidelines', 0, 0, 300, 13, 400, { h: 36 })], { gap: 10 }),
  primary('Send code', '@Driver licence'),
])]);

const licence = screen('Driver licence', [body([
  t('Add your driver’s licence', 0, 0, 342, 24, 800),
  R('Rectangle 20', 0, 0, 342, 200, { fills: solid('F2F4F7'), cornerRadius: 16, strokes: solid('D0D5DD') }),
  t('Front of licence · make sure all four corners are visible', 0, 0, 342, 13, 400, { color: grey, h: 36 }),
  primary('Take photo', '@Link your bank card'),
])]);

const card = screen('Link your bank card', [body([
  t('Link your bank card', 0, 0, 342, 24, 800),
  t('Riders’ shares are paid out to this card every Monday.', 0, 0, 342, 15, 400, { color: grey, h: 42 }),
  F('Frame 30', 0, 0, 342, 56, { strokes: solid('D0D5DD'), cornerRadius: 12, fills: solid('FFFFFF') }, [V('Vector', 16, 20, 24, 16, { fills: solid(grey) }), t('Card number', 52, 17, 260, 16, 400, { color: '98A2B3' })]),
  HS('Frame 31', 0, 0, [
    F('Frame 32', 0, 0, 163, 56, { strokes: solid('D0D5DD'), cornerRadius: 12, fills: solid('FFFFFF') }, [t('MM / YY', 16, 17, 130, 16, 400, { color: '98A2B3' })]),
    F('Frame 33', 0, 0, 163, 56, { strokes: solid('D0D5DD'), cornerRadius: 12, fills: solid('FFFFFF') }, [t('CVC', 16, 17, 130, 16, 400, { color: '98A2B3' })]),
  ], { gap: 16 }),
  primary('Save card', '@Connect your car'),
  go(t('Do this later', 0, 0, 342, 14, 600, { color: green, textAlignHorizontal: 'CENTER' }), '@Connect your car'),
])]);

const car = screen('Connect your car', [body([
  t('Connect your car', 0, 0, 342, 24, 800),
  t('Pair over Bluetooth so trips start and stop on their own.', 0, 0, 342, 15, 400, { color: grey, h: 42 }),
  ...['Tesla Model 3 · “Blue Moon”', 'Toyota Corolla Hybrid'].map((n) => HS(`Frame ${n.length + 40}`, 0, 0, [V('Vector', 0, 4, 20, 20, { fills: solid(grey) }), t(n, 0, 4, 240, 15, 600), t('Pair', 0, 4, 40, 14, 700, { color: green })], { gap: 12, pad: 14, strokes: solid('EAECF0'), cornerRadius: 14 })),
  primary('Continue', '@Home'),
])]);

const home = screen('Home', [
  R('Rectangle 50', 0, 47, W, 520, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'map0tile77' }] }),
  E('Ellipse 51', 180, 280, 28, 28, { fills: solid(green) }),
  VS('Auto layout', 0, 560, W, [
    t('Morning route · 3 riders nearby', 0, 0, W - 48, 18, 800),
    t('Leaves 8:05 · Oak St → Downtown · est. $14.50 back', 0, 0, W - 48, 14, 400, { color: grey }),
    HS('Frame 55', 0, 0, [E('Ellipse 56', 0, 0, 16, 16, { strokes: solid(green), strokeWeight: 3, fills: [] }), t('Syncing your trips…', 0, 0, 200, 13, 500, { color: grey })], { gap: 8 }),
    HS('Frame 57', 0, 0, [
      go(t('Earnings', 0, 0, 80, 14, 700, { color: green }), '@Earnings'),
      go(t('Support', 0, 0, 80, 14, 700, { color: green }), '@Contact support'),
      go(t('Account', 0, 0, 80, 14, 700, { color: green }), '@Account'),
    ], { gap: 24 }),
  ], { gap: 10, pad: 24, fills: solid('FFFFFF'), cornerRadius: 24 }),
]);

const earnings = screen('Earnings', [body([
  t('Earnings', 0, 0, 342, 24, 800),
  t('This week  $86.40', 0, 0, 342, 20, 700),
  ...[['Mon', '4 riders', '$18.20'], ['Tue', '3 riders', '$14.50'], ['Wed', '4 riders', '$19.10'], ['Thu', '2 riders', '$11.00'], ['Fri', '5 riders', '$23.60']].map((r) => HS(`Frame ${r[0].length + 60}`, 0, 0, r.map((c) => t(c, 0, 0, 100, 14, 500)), { gap: 12 })),
  t('Paid to Visa ••4471 on Mondays', 0, 0, 342, 13, 400, { color: grey }),
  go(link('Back to map', 0, 0, 120, { color: green }), '@Home'),
], 12)]);

const support = screen('Contact support', [body([
  t('Contact support', 0, 0, 342, 24, 800),
  t('Safety line 24/7: (800) 555-0199\nEmail: drivers@poolr.example\nOr chat with us below.', 0, 0, 342, 15, 400, { h: 84 }),
  btnF('Start chat', 0, 0, 342, 52, 'Frame 70', { bg: green, r: 26 }),
  act(link('Back', 0, 0, 60, { color: green, underline: false }), { type: 'BACK' }),
])]);

const account = screen('Account', [body([
  t('Account', 0, 0, 342, 24, 800),
  ...['Personal info', 'Payout card · Visa ••4471', 'Vehicles', 'Notifications', 'Privacy'].map((l) => t(l, 0, 0, 342, 15, 500)),
  t('Sign out', 0, 0, 342, 15, 600, { color: grey }),
  btnG('Delete account', 0, 0, 342, 48, 'Group 9', { bg: 'FEE4E2', fg: 'B42318', r: 24 }),
  go(link('Done', 0, 0, 60, { color: green, underline: false }), '@Home'),
], 14)]);

const screens = [welcome, signUp, licence, card, car, home, earnings, support, account];
screens.forEach((s, i) => { s._x = i * 460; s._y = 0; });
const flowPage = canvas(3, 'Driver flow', [SEC('Driver onboarding', 0, 0, 4200, 1000, screens)], { flowStartingPoints: [{ nodeId: '@Welcome', name: 'Driver sign-up' }], prototypeStartNodeID: '@Welcome' });

const file = doc('Poolr Driver', '2026-02-11T08:30:12Z', [cover, componentsPage, flowPage], components, {});
const { count } = finish(file);
writeOut(OUT, 'h60-negative-ride-sharing-driver', file, {
  kind: 'negative',
  description: `Consumer car-pooling app for drivers (mobile 390x844): welcome, phone sign-up, licence photo, payout card, pairing a car, map home with trip sync, earnings, support and account screens. Nothing connects accounting, banking or commerce software. ${count} nodes.`,
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.cta-visible': '“Link your bank card” is a personal payout card form and “Connect your car” is Bluetooth pairing; neither is business software.',
    'privacy.consent-action': 'The sign-up checkbox accepts terms of use, not a data-sharing consent for a connection.',
    'connection.syncing-indicator': '“Syncing your trips…” is trip history, not connected business data.',
    'connection.delete': '“Delete account” removes the user account.',
    'platform.non-linear': '“Do this later” skips a payout card, not a software connection.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log('h60', count);

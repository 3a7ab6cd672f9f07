// h74 (negative): a consumer running app, iPhone 375x812. Watch pairing, Strava and
// Garmin imports, a premium paywall; no business-software connection.
import { F, V, H, G, R, VEC, E, I, C, S, T, img, build, write, auto, resetAuto, WRITTEN_BY } from './lib.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

resetAuto(59);
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = 'h74-negative-fitness-wearable';
const INK = '#F5F7FA';
const MUTED = '#9AA3B2';
const LIME = '#C6F432';
const BG = '#0E1116';
const CARD = '#1A1F27';

const statusBar = () => F('Status Bar', { w: 375, h: 44 }, [T('9:41', { x: 28, y: 13, size: 15, weight: 600, color: INK }), VEC('Right Side', { x: 293, y: 17, w: 67, h: 12, fill: INK })]);
const screen = (name, ref, body, extra = []) => F(name, { ref, w: 375, h: 812, fill: BG, clip: true }, [statusBar(), V(auto('Frame'), { x: 0, y: 44, w: 375, pad: [12, 20, 16, 20], gap: 16 }, body), ...extra]);
const btn = (label, p = {}) => I('cta', p.name ?? 'Property 1=Default', { w: 'fill', h: 54, r: 27, fill: LIME, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 17, weight: 700, color: BG })]);
const ghost = (label, p = {}) => H(auto('Frame'), { w: 'fill', h: 54, r: 27, stroke: '#3A4250', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 16, weight: 600, color: INK })]);
const btnG = (label, p = {}) => G(auto('Group'), { w: 335, h: 54, ...p }, [R(auto('Rectangle'), { x: 0, y: 0, w: 335, h: 54, r: 27, fill: '#FC4C02' }), T(label, { x: Math.round(167 - label.length * 4.8), y: 16, size: 17, weight: 700, color: '#FFFFFF' })]);
const txt = (c, p = {}) => T(c, { color: INK, size: 15, ...p });
const sub = (c, p = {}) => T(c, { color: MUTED, size: 14, w: 'fill', ...p });
const tabBar = () => H('Tab Bar', { x: 0, y: 728, w: 375, h: 84, pad: [8, 16, 30, 16], justify: 'SPACE_BETWEEN', fill: '#12161C' }, [['Today', 'home'], ['Plan'], ['Record'], ['Clubs'], ['You', 'profile']].map(([l, to]) => V(auto('Frame'), { w: 60, h: 46, gap: 4, align: 'CENTER', ...(to ? { go: to } : {}) }, [VEC('icon', { w: 22, h: 22, fill: MUTED }), T(l, { size: 11, color: MUTED })])));
const field = (ph) => H(auto('Frame'), { w: 'fill', h: 52, pad: [0, 16, 0, 16], r: 12, fill: CARD, align: 'CENTER' }, [T(ph, { size: 16, color: '#6B7383' })]);

const welcome = screen('Welcome', 'welcome', [
  R(auto('Rectangle'), { w: 'fill', h: 330, r: 20, fills: [img('9f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6')] }),
  txt('Run further.\nTogether.', { size: 34, weight: 800 }),
  sub('Adaptive training plans that listen to your legs.'),
  H(auto('Frame'), { gap: 8, align: 'CENTER' }, [VEC('stars', { w: 70, h: 12, fill: LIME }), txt('Trusted by 3M runners', { size: 13, weight: 600 })]),
  btn('Get started', { go: 'signup', hover: 'ctaPressed' }),
  T('I already have an account', { size: 15, weight: 600, color: LIME }),
]);
const signup = screen('Create account', 'signup', [
  VEC('chevron', { w: 10, h: 18, fill: INK, on: [{ type: 'BACK' }] }),
  txt('Create your account', { size: 26, weight: 700 }),
  field('Email'), field('Password'),
  btn('Continue', { go: 'goal' }),
  ghost('\uf8ff  Continue with Apple', { go: 'goal' }),
  sub('By continuing you agree to the Terms and Privacy Policy.', { size: 12 }),
]);
const chip = (l, on) => H(auto('Frame'), { w: 'fill', h: 60, pad: [0, 18, 0, 18], r: 14, fill: on ? '#2A3314' : CARD, stroke: on ? LIME : undefined, align: 'CENTER' }, [txt(l, { size: 16, weight: 600 })]);
const goal = screen('Goal', 'goal', [
  txt('What are you training for?', { size: 26, weight: 700, w: 'fill' }),
  chip('First 5K'), chip('10K', true), chip('Half marathon'), chip('Marathon'), chip('Just staying fit'),
  btn('Next', { go: 'watch' }),
]);
const watchCard = (n, k, p = {}) => H(auto('Frame'), { w: 'fill', h: 64, pad: [0, 14, 0, 14], gap: 12, r: 14, fill: CARD, align: 'CENTER', ...p }, [R(auto('Rectangle'), { w: 36, h: 36, r: 8, fills: [img(k)] }), txt(n, { size: 16, weight: 600, w: 'fill' }), VEC('chevron-right', { w: 8, h: 14, fill: MUTED })]);
const watch = screen('Connect watch', 'watch', [
  txt('Connect your watch', { size: 26, weight: 700 }),
  sub('Pace, heart rate and cadence flow straight into your plan.'),
  watchCard('Garmin', 'aa11bb22cc33dd44ee55ff6677889900aabbccdd', { go: 'pairing' }),
  watchCard('Apple Watch', 'bb22cc33dd44ee55ff6677889900aabbccddeeff'),
  watchCard('COROS', 'cc33dd44ee55ff6677889900aabbccddeeff0011'),
  watchCard('Polar', 'dd44ee55ff6677889900aabbccddeeff00112233'),
  watchCard('Suunto', 'ee55ff6677889900aabbccddeeff001122334455'),
  T('Skip \u2014 I run with my phone', { size: 15, weight: 600, color: MUTED, go: 'strava' }),
]);
const toggle = (on) => G(auto('Group'), { w: 51, h: 31 }, [R(auto('Rectangle'), { x: 0, y: 0, w: 51, h: 31, r: 16, fill: on ? LIME : '#3A4250' }), E(auto('Ellipse'), { x: on ? 22 : 2, y: 2, w: 27, h: 27, fill: '#FFFFFF' })]);
const pairing = screen('Pairing', 'pairing', [
  E('pulse', { w: 160, h: 160, stroke: LIME }),
  txt('Looking for your Garmin\u2026', { size: 22, weight: 700 }),
  sub('Open Garmin Connect on your phone and keep the watch nearby.'),
  V(auto('Frame'), { w: 'fill', pad: 16, gap: 12, r: 14, fill: CARD }, [
    H(auto('Frame'), { w: 'fill', gap: 12, align: 'CENTER' }, [txt('Import runs from Garmin', { size: 15, weight: 600, w: 'fill' }), toggle(true)]),
    sub('Brings in your last 90 days so your first plan starts at the right level.', { size: 13 }),
  ]),
  btn('Done', { go: 'strava' }),
]);
const strava = screen('Strava', 'strava', [
  R(auto('Rectangle'), { w: 'fill', h: 200, r: 20, fills: [img('1122334455667788990011223344556677889900')] }),
  txt('Sync with Strava', { size: 26, weight: 700 }),
  sub('Post finished runs to Strava automatically, with your splits and route.'),
  btnG('Connect with Strava', { on: [{ type: 'URL', url: 'https://www.strava.com/oauth/mobile/authorize' }] }),
  T('Not now', { size: 15, weight: 600, color: MUTED, go: 'premium' }),
]);
const premium = screen('Paywall', 'premium', [
  VEC('close', { w: 14, h: 14, fill: MUTED, go: 'home' }),
  txt('Stride Premium', { size: 28, weight: 800 }),
  sub('Adaptive plans \u00b7 Race predictor \u00b7 Audio coaching'),
  V(auto('Frame'), { w: 'fill', pad: 18, gap: 10, r: 16, fill: CARD }, [
    T('\u201cThe adaptive plan got three of my athletes under 3 hours in Boston.\u201d', { size: 16, italic: true, color: INK, w: 'fill' }),
    sub('\u2014 Elena Ruiz, head coach, Back Bay Track Club', { size: 13 }),
  ]),
  H(auto('Frame'), { w: 'fill', gap: 10 }, [
    V(auto('Frame'), { w: 'fill', pad: 14, gap: 4, r: 14, stroke: LIME }, [txt('Yearly', { size: 14, weight: 600 }), txt('$59.99', { size: 20, weight: 700 })]),
    V(auto('Frame'), { w: 'fill', pad: 14, gap: 4, r: 14, fill: CARD }, [txt('Monthly', { size: 14, weight: 600 }), txt('$9.99', { size: 20, weight: 700 })]),
  ]),
  btn('Start 7-day free trial', { go: 'home' }),
  sub('Premium \u2014 cancel anytime in your App Store settings.', { size: 12 }),
]);
const home = screen('Today', 'home', [
  txt('Today', { size: 28, weight: 800 }),
  V(auto('Frame'), { w: 'fill', pad: 18, gap: 8, r: 18, fill: CARD }, [sub('Week 3 of 12 \u00b7 10K plan', { size: 13 }), txt('Easy run \u00b7 6 km', { size: 22, weight: 700 }), sub('Keep it conversational. Zone 2.', { size: 13 })]),
  V(auto('Frame'), { w: 'fill', pad: 18, gap: 8, r: 18, fill: CARD }, [txt('Last run', { size: 15, weight: 600 }), txt('8.2 km \u00b7 5:41 /km \u00b7 46:37', { size: 15 }), sub('Synced from Garmin Forerunner 265', { size: 12 })]),
  btn('Start run'),
], [tabBar()]);
const row = (l, r, p = {}) => H(auto('Frame'), { w: 'fill', h: 48, align: 'CENTER', justify: 'SPACE_BETWEEN' }, [txt(l, { size: 15, ...p }), ...(r ? [r] : [])]);
const profile = screen('You / Settings', 'profile', [
  txt('Settings', { size: 28, weight: 800 }),
  sub('DEVICES', { size: 12 }),
  V(auto('Frame'), { w: 'fill', pad: [4, 16, 4, 16], r: 14, fill: CARD }, [
    row('Garmin Forerunner 265', T('Sync now', { size: 14, weight: 600, color: LIME })),
    sub('Last synced 7:02 am', { size: 12 }),
    row('Unpair watch', null, { color: '#FF6B6B' }),
  ]),
  sub('APPS', { size: 12 }),
  V(auto('Frame'), { w: 'fill', pad: [4, 16, 4, 16], r: 14, fill: CARD }, [row('Strava', T('Disconnect', { size: 14, weight: 600, color: '#FF6B6B' })), row('Apple Health', T('On', { size: 14, color: MUTED }))]),
  V(auto('Frame'), { w: 'fill', pad: [4, 16, 4, 16], r: 14, fill: CARD }, [row('Contact support', null, { go: 'support' }), row('Privacy'), row('Delete account', null, { color: '#FF6B6B' })]),
], [tabBar()]);
const support = screen('Support', 'support', [
  VEC('chevron', { w: 10, h: 18, fill: INK, on: [{ type: 'BACK' }] }),
  txt('Contact support', { size: 26, weight: 700 }),
  sub('Tell us what\u2019s up and we\u2019ll reply by email within a day.'),
  V(auto('Frame'), { w: 'fill', h: 180, pad: 16, r: 12, fill: CARD }, [T('Describe the problem\u2026', { size: 15, color: '#6B7383' })]),
  btn('Send', { on: [{ type: 'BACK' }] }),
]);

const lay = (fs, x0, y0) => fs.map((f, i) => Object.assign(f, { x: x0 + i * 455, y: y0 }));
const flowPage = {
  name: 'Onboarding', prefix: '1', first: 20,
  starts: [{ ref: 'welcome', name: 'New runner' }],
  bg: '#1E1E1E',
  children: [
    S('First run', { x: 0, y: 0, w: 455 * 7 + 40, h: 1000 }, lay([welcome, signup, goal, watch, pairing, strava, premium], 40, 100)),
    S('App', { x: 0, y: 1100, w: 455 * 3 + 40, h: 1000 }, lay([home, profile, support], 40, 100)),
  ],
};
const coverPage = { name: 'Cover', prefix: '0', first: 2, children: [F('Cover', { x: 0, y: 0, w: 1600, h: 900, fill: BG }, [T('Stride \u2014 onboarding 2025', { x: 100, y: 380, size: 64, weight: 800, color: LIME })])] };
const compPage = {
  name: 'Components', prefix: '5', first: 9,
  children: [
    C('Property 1=Default', { ref: 'cta', x: 0, y: 0, w: 335, h: 54, r: 27, fill: LIME, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Label', { size: 17, weight: 700, color: BG })]),
    C('Property 1=Pressed', { ref: 'ctaPressed', x: 0, y: 80, w: 335, h: 54, r: 27, fill: '#A7D11F', layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Label', { size: 17, weight: 700, color: BG })]),
  ],
};

const { file, refs } = build({ name: 'Stride \u2014 Onboarding', lastModified: '2025-02-27T19:20:31Z', version: '5211870344', pages: [coverPage, flowPage, compPage] });
const ALL = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill value.three-part value.contextual-ctas value.faq-link value.progress-meter privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives platform.non-linear platform.multiple-connections connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(' ');
const unlabelled = ['funnel.social-proof', 'privacy.statistics'];
const truth = {
  file: BASE + '.json', kind: 'negative', writtenBy: WRITTEN_BY,
  description: 'Stride, a consumer running app (iPhone 375x812, dark UI). Welcome with "Trusted by 3M runners", sign-up, goal picker, "Connect your watch", Garmin pairing with "Import runs from Garmin", "Sync with Strava", a premium paywall with a coach\u2019s quote and "cancel anytime", a Today screen, settings with device sync, Strava disconnect, Contact support and Delete account, and a support form. No business accounting, banking or commerce connection anywhere.',
  present: [],
  absent: ALL.filter((id) => !unlabelled.includes(id)),
  notes: {
    'funnel.three-actions': 'There is no business-software connect prompt; the watch and Strava screens connect consumer fitness services.',
    'connection.view-live': 'Settings lists a paired watch and Strava, which are personal fitness connections, not business data connections.',
    'connection.refresh': '"Sync now" refreshes a watch, not connected business data.',
    'privacy.support-contacts': 'Only a single "Contact support" form in settings, unrelated to any data connection.',
    'platform.explain-redirect': 'No redirect explanation; the Strava button just opens Strava.',
  },
  flow: { startFrameId: refs.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
write(OUT, BASE, file, truth);

// h89-negative-sleep-tracker: consumer sleep tracker (ring + Apple Health + Fitbit). No business-software connection.
import { T, F, N, R, V, go, hover, image, buildFile, save, countNodes, WRITTEN_BY } from './lib.mjs';
import { fr, rc, btnI, btnF, btnG, link, field, logoImg, spinner, badge } from './kit.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 393;
const H = 852;
const NIGHT = '#0B1026';
const MOON = '#A5B4FC';

const phone = (name, key, x, y, children, o = {}) => F(name, { key, x, y, w: W, h: H, fill: o.fill ?? NIGHT, clipsContent: true }, [
  F(fr(), { x: 0, y: 0, w: W, h: 54, layout: 'H', pad: [0, 28, 0, 32], justify: 'SPACE_BETWEEN' }, [T('22:41', { size: 16, weight: 600, color: '#FFFFFF' }), R('Battery', { w: 26, h: 12, radius: 3, stroke: '#FFFFFF' })]),
  F('Auto layout', { x: 0, y: 64, w: W, layout: 'V', gap: o.gap ?? 18, pad: [12, 24, 24, 24] }, children),
]);
const txt = (s, o = {}) => T(s, { color: '#E5E7F5', w: 345, ...o });
const primary = (label, to) => btnI(label, '@cta', { w: 345, fill: MOON, color: NIGHT, radius: 28, py: 15, interactions: to ? [go(to)] : undefined });

const components = [
  N('COMPONENT_SET', 'cta', { key: 'ctaset', x: 0, y: 0, layout: 'V', gap: 12, pad: 12, stroke: '#9747FF' }, [
    N('COMPONENT', 'Property 1=Default', { key: 'cta', layout: 'H', pad: [15, 24, 15, 24], radius: 28, fill: MOON, interactions: [hover('@ctahover')] }, [T('Continue', { size: 16, weight: 600, color: NIGHT })]),
    N('COMPONENT', 'Property 1=Pressed', { key: 'ctahover', layout: 'H', pad: [15, 24, 15, 24], radius: 28, fill: '#818CF8' }, [T('Continue', { size: 16, weight: 600, color: NIGHT })]),
  ]),
];

const welcome = phone('Welcome', 'welcome', 0, 0, [
  R(rc(), { w: 345, h: 300, radius: 24, fill: image('51ee9000ab12cd34') }),
  txt('Sleep better, starting tonight', { size: 30, weight: 700 }),
  txt('Trusted by 800k sleepers in 40 countries', { size: 14, color: MOON }),
  primary('Get started', '@account'),
  txt('I already have an account', { size: 15, align: 'CENTER' }),
]);

const account = phone('Sign up', 'account', 493, 0, [
  txt('Create your account', { size: 26, weight: 700 }),
  field('Email', 'sam@fastmail.com', { w: 345 }),
  field('Password', '••••••••', { w: 345 }),
  primary('Continue', '@goals'),
  txt('By continuing you agree to our Terms and Privacy Policy.', { size: 12, color: '#8B93B8' }),
]);

const goals = phone('Goals', 'goals', 986, 0, [
  txt('What would you like to improve?', { size: 24, weight: 700 }),
  ...['😴  Fall asleep faster', '🌙  Wake up less at night', '☀️  Feel rested in the morning', '⏰  Keep a steady schedule'].map((g, i) =>
    F(fr(), { layout: 'H', pad: 16, w: 345, radius: 14, fill: i === 0 ? '#1E2550' : '#141A3A', stroke: i === 0 ? MOON : '#2A3163' }, [txt(g, { size: 15, w: 300 })])),
  primary('Next', '@ring'),
]);

const ring = phone('Connect ring', 'ring', 1479, 0, [
  txt('Connect your\u00a0ring', { size: 26, weight: 700 }),
  txt('Put your Lumen Ring on the charger and keep your phone close. Bluetooth needs to be on.', { size: 15, color: '#B8BFE0' }),
  F(fr(), { layout: 'V', align: 'CENTER', gap: 14, pad: 24, w: 345, radius: 20, fill: '#141A3A' }, [V('Ring', { w: 120, h: 120, stroke: MOON, strokeWeight: 8 }), F(fr(), { layout: 'H', gap: 8 }, [spinner(16), txt('Searching for your ring…', { size: 14, w: 200 })])]),
  btnF('Pair Lumen Ring', { fill: MOON, color: NIGHT, radius: 28, w: 345, py: 15, interactions: [go('@paired')] }),
  txt('Don’t have a ring? Track with your phone instead', { size: 13, color: MOON }),
]);

const paired = phone('Ring paired', 'paired', 1972, 0, [
  V('Check', { w: 64, h: 64, fill: '#34D399' }),
  txt('Ring connected ✓', { size: 26, weight: 700 }),
  txt('Battery 84% · Firmware 3.2.1', { size: 14, color: '#8B93B8' }),
  primary('Continue', '@health'),
]);

const health = phone('Apple Health', 'health', 0, 1000, [
  txt('Sync with Apple Health', { size: 26, weight: 700 }),
  txt('Share sleep with Health so your other apps see it too, and bring in your workouts to spot how exercise affects your nights.', { size: 15, color: '#B8BFE0' }),
  ...[['Sleep analysis', 'Read & write'], ['Heart rate', 'Read'], ['Workouts', 'Read'], ['Mindful minutes', 'Write']].map(([a, b]) =>
    F(fr(), { layout: 'H', pad: 14, w: 345, radius: 12, fill: '#141A3A', justify: 'SPACE_BETWEEN' }, [txt(a, { size: 15, w: 180 }), txt(b, { size: 13, color: '#8B93B8', w: 100 })])),
  primary('Turn on syncing', '@paywall'),
  F(fr(), { layout: 'H', gap: 10, pad: 14, w: 345, radius: 12, stroke: '#2A3163', interactions: [go('@fitbit')] }, [logoImg('f17b17f17b17f17b', 24), txt('Import from Fitbit', { size: 15, w: 260 })]),
  link('Not now', { color: '#8B93B8', underline: false, interactions: [go('@paywall')] }),
]);

const fitbit = phone('Fitbit import', 'fitbit', 493, 1000, [
  txt('Import from Fitbit', { size: 26, weight: 700 }),
  txt('We’ll open Fitbit so you can sign in, then bring over up to two years of sleep history. It can take a few minutes.', { size: 15, color: '#B8BFE0' }),
  F(fr(), { layout: 'H', gap: 10, pad: 14, w: 345, radius: 12, fill: '#141A3A' }, [spinner(16), txt('Importing 612 nights…', { size: 14, w: 260 })]),
  primary('Done', '@paywall'),
]);

const paywall = phone('Paywall', 'paywall', 986, 1000, [
  txt('Sleepwise Pro', { size: 28, weight: 700 }),
  txt('Pro — $6.99/month after a 7-day free trial. Cancel anytime.', { size: 15, color: MOON }),
  ...['Personal wind-down plan', 'Snore and sleep-talk detection', 'Unlimited sleep history'].map((f) => txt('✓  ' + f, { size: 15 })),
  F('Quote', { layout: 'V', gap: 10, pad: 18, w: 345, radius: 16, fill: '#141A3A' }, [
    txt('“A consistent bedtime is the single most useful habit I recommend to patients. Sleepwise makes it easy to stick to.”', { size: 14, w: 309 }),
    F(fr(), { layout: 'H', gap: 10 }, [R(rc(), { w: 36, h: 36, radius: 18, fill: image('d0c70d0c70d0c70d') }), F(fr(), { layout: 'V', gap: 2 }, [txt('Dr. Alana Reyes, MD', { size: 12, weight: 600, w: 240 }), txt('Board-certified sleep physician', { size: 12, color: '#8B93B8', w: 240 })])]),
  ]),
  primary('Start free trial', '@home'),
  link('Maybe later', { color: '#8B93B8', underline: false, interactions: [go('@home')] }),
]);

const tabs = (active) => F('Tab bar', { layout: 'H', w: 345, pad: [12, 8, 0, 8], justify: 'SPACE_BETWEEN' }, [['Tonight', '@home'], ['Trends', '@trends'], ['Settings', '@settings']].map(([t, to]) =>
  txt(t, { size: 12, w: 80, align: 'CENTER', color: t === active ? MOON : '#8B93B8', interactions: t === active ? undefined : [go(to)] })));

const home = phone('Tonight', 'home', 1479, 1000, [
  txt('Good evening, Sam', { size: 24, weight: 700 }),
  F(fr(), { layout: 'H', gap: 8, pad: 12, w: 345, radius: 12, fill: '#141A3A' }, [spinner(14), txt('Syncing last night from your ring…', { size: 13, w: 280 })]),
  F('Score', { layout: 'V', align: 'CENTER', gap: 6, pad: 24, w: 345, radius: 20, fill: '#141A3A' }, [txt('82', { size: 56, weight: 700, align: 'CENTER', w: 120 }), txt('Sleep score · Good', { size: 14, align: 'CENTER', color: MOON, w: 200 })]),
  F(fr(), { layout: 'H', gap: 12 }, [['7h 12m', 'Asleep'], ['14 min', 'To fall asleep'], ['2', 'Wake-ups']].map(([a, b]) => F(fr(), { layout: 'V', gap: 4, pad: 12, w: 107, radius: 12, fill: '#141A3A' }, [txt(a, { size: 16, weight: 700, w: 83 }), txt(b, { size: 11, color: '#8B93B8', w: 83 })]))),
  btnG('Start wind-down', { w: 345, h: 52, fill: '#1E2550', color: MOON, radius: 26 }),
  tabs('Tonight'),
]);

const trends = phone('Trends', 'trends', 1972, 1000, [
  txt('Trends', { size: 24, weight: 700 }),
  F('Chart', { w: 345, h: 220, radius: 16, fill: '#141A3A' }, [V('Line', { x: 16, y: 40, w: 313, h: 150, stroke: MOON, strokeWeight: 2 }), txt('Sleep score, last 30 nights', { x: 16, y: 12, size: 13, w: 300 })]),
  txt('You fall asleep 9 minutes faster on days you walk 8,000+ steps.', { size: 14, color: '#B8BFE0' }),
  tabs('Trends'),
]);

const settings = phone('Settings', 'settings', 2465, 1000, [
  txt('Settings', { size: 24, weight: 700 }),
  txt('Devices & apps', { size: 13, weight: 600, color: '#8B93B8' }),
  F(fr(), { layout: 'H', pad: 14, w: 345, radius: 12, fill: '#141A3A', justify: 'SPACE_BETWEEN' }, [txt('Lumen Ring · last synced 07:02', { size: 14, w: 230 }), badge('Paired', '#1E3A2F', '#6EE7B7')]),
  F(fr(), { layout: 'H', pad: 14, w: 345, radius: 12, fill: '#141A3A', justify: 'SPACE_BETWEEN' }, [txt('Apple Health', { size: 14, w: 230 }), badge('On', '#1E3A2F', '#6EE7B7')]),
  txt('Forget this ring', { size: 14, color: MOON }),
  txt('Account', { size: 13, weight: 600, color: '#8B93B8' }),
  ...['Subscription', 'Notifications', 'Help & feedback'].map((s) => F(fr(), { layout: 'H', pad: 14, w: 345, radius: 12, fill: '#141A3A' }, [txt(s, { size: 14, w: 300 })])),
  txt('Delete account', { size: 14, color: '#F87171' }),
  tabs('Settings'),
]);

const cover = F('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: NIGHT }, [T('Sleepwise — iOS v2 onboarding', { x: 100, y: 400, size: 56, weight: 700, color: '#FFFFFF', w: 1200 })]);

const { doc } = buildFile({
  name: 'Sleepwise iOS',
  lastModified: '2026-11-18T22:05:31Z',
  version: '4390012766',
  pages: [
    { name: 'Cover', base: 1, children: [cover] },
    { name: 'Onboarding + core', base: 14, children: [welcome, account, goals, ring, paired, health, fitbit, paywall, home, trends, settings], flowStarts: [{ key: 'welcome', name: 'First launch' }], device: { type: 'PRESET', size: { width: W, height: H }, presetIdentifier: 'APPLE_IPHONE_15', rotation: 'NONE' } },
    { name: 'Components', base: 8, children: components },
  ],
});

const IDS_ABSENT = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const truth = {
  file: 'h89-negative-sleep-tracker.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Consumer sleep-tracking iPhone app: welcome, sign-up, goals, pairing a smart ring over Bluetooth, Apple Health permissions, Fitbit history import, a Pro paywall with a physician quote, tonight/trends/settings. Nobody connects accounting, banking or commerce software.',
  present: [],
  absent: IDS_ABSENT,
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 800k sleepers" and a physician quote are consumer social proof, with no business connection for them to support.',
    'privacy.statistics': 'Left unlabelled: the 800k figure is a user count, not about trusting a business-data connection.',
    'funnel.cta-visible': '"Connect your ring" pairs a wearable; it is not a business connecting its software.',
    'platform.explain-redirect': 'The Fitbit screen says it will open Fitbit to sign in, but it imports personal sleep history, not business data.',
    'privacy.data-scope': 'Apple Health read/write rows describe personal health data, not business data.',
    'connection.view-live': 'Settings lists a paired ring and Apple Health, not connections to business software.',
    'connection.syncing-indicator': '"Syncing last night from your ring…" is device syncing.',
    'privacy.disconnect-anytime': '"Cancel anytime" refers to the Pro subscription.',
    'connection.delete': '"Delete account" and "Forget this ring" are not revoking a business-data connection.',
  },
  flow: { startFrameId: doc.document.children[1].children[0].id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
save(OUT, 'h89-negative-sleep-tracker', doc, truth);
console.log('h89 nodes', countNodes(doc.document));

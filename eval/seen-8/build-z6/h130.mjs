// h130 (negative): a consumer travel-rewards app, Android 360x800, UK copy.
// Travellers link loyalty programmes and a personal card; no business software is connected.
import { builder, solid, image, go, act, writeFile, WRITTEN_BY } from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const { id, setPage, F, T, R, V, I, E, SEC, col, row, screen } = builder();
const W = 360;
const H = 800;
const TEAL = '#00796b';
const INK = '#14201f';
const GREY = '#5f6b6a';

setPage(2);
const cvComp = id();
const cFab = id();
const cRowDefault = id();
const cRowPressed = id();
const rowSet = {
  ...F('List row', 40, 140, 640, 72, { fills: [] }, [
    go({ ...F('State=Enabled', 0, 0, 312, 64, { id: cRowDefault, fills: solid('#ffffff') }, [T('Row', 16, 22, 260, 20, 16, 400, INK)]), type: 'COMPONENT' }, cRowPressed, 'CHANGE_TO', 'ON_PRESS'),
    { ...F('State=Pressed', 328, 0, 312, 64, { id: cRowPressed, fills: solid('#e0f2f1') }, [T('Row', 16, 22, 260, 20, 16, 400, INK)]), type: 'COMPONENT' },
  ]),
  type: 'COMPONENT_SET',
};
const compPage = [
  { ...F('Btn', 40, 40, 312, 48, { id: cFab, cornerRadius: 24, fills: solid(TEAL) }, [T('Label', 0, 14, 312, 20, 15, 600, '#ffffff')]), type: 'COMPONENT' },
  rowSet,
];

setPage(3);
const cvFlow = id();
const S = {};
for (const k of ['start', 'profile', 'airlines', 'card', 'importing', 'home', 'rewards', 'account', 'contact']) S[k] = id();

const status = () => F('Status bar', 0, 0, W, 24, { fills: solid(TEAL) }, [T('12:30', 16, 4, 50, 16, 12, 500, '#ffffff'), V('Icons', 290, 6, 54, 12, '#ffffff')]);
const appBar = (title, back = true) => F('Top app bar', 0, 24, W, 56, { fills: solid('#ffffff') }, [...(back ? [act(V('arrow_back', 16, 16, 24, 24, INK), { type: 'BACK' })] : []), T(title, back ? 56 : 16, 16, 260, 24, 20, 500, INK)]);
const btn = (label, dest, w = 312) => go(I('Btn', cFab, 0, 0, w, 48, [T(label, 0, 14, w, 20, 15, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), dest);
const stepLabel = (s) => T(s, 0, 0, 312, 18, 13, 600, TEAL);
const navBar = (active, links) => F('Navigation bar', 0, H - 80, W, 80, { fills: solid('#f3f7f6') }, ['Home', 'Rewards', 'Account'].map((s, i) => {
  const it = F('Frame 9' + i, i * 120, 0, 120, 80, { fills: [] }, [V('icon', 48, 14, 24, 24, s === active ? TEAL : GREY), T(s, 0, 46, 120, 16, 12, s === active ? 700 : 500, s === active ? TEAL : GREY, { textAlignHorizontal: 'CENTER' })]);
  return links[s] ? go(it, links[s]) : it;
}));

let sx = 0;
const at = () => { const x = sx; sx += W + 60; return x; };

const start = screen('Get started', S.start, at(), 0, W, H, [
  status(),
  R('Rectangle 3', 0, 24, W, 380, image('hero-wing-sunset')),
  col('Auto layout', 8, 420, 344, [
    T('Every trip earns more.', 0, 0, 312, 34, 28, 700, INK),
    T('Stack airline miles with card points and spend them on lounges, upgrades and hotel nights.', 0, 0, 312, 44, 15, 400, GREY),
    row('Frame 4', 0, 0, 20, [V('Star', 0, 2, 16, 16, '#ffb300'), T('4.8 \u00b7 Trusted by 2M travellers', 0, 0, 280, 20, 14, 600, INK)], 8),
    btn('Sign up with email', S.profile),
    T('Sign in', 0, 0, 312, 20, 15, 600, TEAL, { textAlignHorizontal: 'CENTER' }),
  ], 16, 16),
]);

const profile = screen('Step 1', S.profile, at(), 0, W, H, [
  status(), appBar('Your travel'),
  col('Auto layout', 8, 88, 344, [
    stepLabel('Step 1 of 3'),
    T('Where do you usually fly from?', 0, 0, 312, 56, 22, 700, INK),
    F('Frame 20', 0, 0, 312, 56, { cornerRadius: 4, strokes: solid('#8a9a98') }, [T('Home airport', 12, -8, 100, 14, 11, 500, TEAL), T('London Heathrow (LHR)', 16, 18, 280, 20, 16, 400, INK)]),
    T('How often do you fly?', 0, 0, 312, 20, 15, 600, INK),
    row('Frame 21', 0, 0, 36, ['Few times a year', 'Monthly', 'Weekly'].map((s, i) => F('Chip', 0, 0, i ? 80 : 130, 36, { cornerRadius: 8, strokes: solid('#8a9a98'), fills: solid(i === 1 ? '#e0f2f1' : '#ffffff') }, [T(s, 0, 9, i ? 80 : 130, 18, 13, 500, INK, { textAlignHorizontal: 'CENTER' })])), 8),
    btn('Next', S.airlines),
  ], 16, 16),
]);

const prog = (name, ref, linked) => F('Frame 30', 0, 0, 312, 64, { cornerRadius: 12, strokes: solid('#d7e3e1') }, [R('Rectangle 31', 12, 12, 40, 40, image(ref), 20), T(name, 64, 12, 180, 40, 14, 600, INK), T(linked ? 'Linked \u2713' : 'Link', 240, 22, 60, 20, 14, 600, linked ? '#2e7d32' : TEAL)]);
const airlines = screen('Step 2', S.airlines, at(), 0, W, H, [
  status(), appBar('Airline accounts'),
  col('Auto layout', 8, 88, 344, [
    stepLabel('Step 2 of 3'),
    T('Link your airline accounts', 0, 0, 312, 30, 22, 700, INK),
    T('We\u2019ll pull in your miles so you see one balance.', 0, 0, 312, 40, 14, 400, GREY),
    prog('British Airways Executive Club', 'al-ba', true),
    prog('Virgin Atlantic Flying Club', 'al-vs', false),
    prog('Emirates Skywards', 'al-ek', false),
    prog('KLM Flying Blue', 'al-kl', false),
    T('+ Add another programme', 0, 0, 312, 20, 14, 600, TEAL),
    btn('Continue', S.card),
  ], 12, 16),
]);

const card = screen('Step 3', S.card, at(), 0, W, H, [
  status(), appBar('Your card'),
  col('Auto layout', 8, 88, 344, [
    stepLabel('Step 3 of 3'),
    T('Connect your card to earn points', 0, 0, 312, 56, 22, 700, INK),
    T('Earn 2 points per \u00a31 on flights and hotels booked with your linked debit or credit card.', 0, 0, 312, 44, 14, 400, GREY),
    F('Frame 40', 0, 0, 312, 56, { cornerRadius: 4, strokes: solid('#8a9a98') }, [V('card icon', 12, 18, 28, 20, GREY), T('Card number', 52, 18, 240, 20, 16, 400, '#9aa5a4')]),
    row('Frame 41', 0, 0, 56, [F('Frame 42', 0, 0, 150, 56, { cornerRadius: 4, strokes: solid('#8a9a98') }, [T('MM/YY', 16, 18, 100, 20, 16, 400, '#9aa5a4')]), F('Frame 43', 0, 0, 150, 56, { cornerRadius: 4, strokes: solid('#8a9a98') }, [T('Postcode', 16, 18, 100, 20, 16, 400, '#9aa5a4')])], 12),
    btn('Connect card', S.importing),
    T('Skip for now', 0, 0, 312, 20, 15, 600, TEAL, { textAlignHorizontal: 'CENTER' }),
  ], 14, 16),
]);

const importing = screen('Importing', S.importing, at(), 0, W, H, [
  status(),
  col('Auto layout', 40, 300, 280, [
    F('Progress indicator', 108, 0, 48, 48, { fills: [] }, [E('Track', 0, 0, 48, 48, '#e0f2f1'), V('Arc', 24, 0, 24, 24, TEAL)]),
    T('\u200bImporting trips\u2026', 0, 0, 248, 28, 20, 700, INK, { textAlignHorizontal: 'CENTER' }),
    T('Found 14 flights from your Executive Club history', 0, 0, 248, 40, 14, 400, GREY, { textAlignHorizontal: 'CENTER' }),
  ], 16, 16),
]);
importing.interactions = [{ trigger: { type: 'AFTER_TIMEOUT', timeout: 2 }, actions: [{ type: 'NODE', destinationId: S.home, navigation: 'NAVIGATE', transition: null }] }];

const home = screen('Home', S.home, at(), 0, W, H, [
  status(), appBar('Wayfarer', false),
  col('Auto layout', 8, 88, 344, [
    F('Frame 50', 0, 0, 312, 140, { cornerRadius: 16, fills: solid(TEAL) }, [T('Total points', 20, 18, 200, 18, 13, 500, '#b2dfdb'), T('48,210', 20, 44, 260, 44, 38, 700, '#ffffff'), T('\u2248 2 lounge visits or 1 upgrade', 20, 100, 260, 18, 13, 400, '#e0f2f1')]),
    T('Upcoming trips', 0, 0, 312, 24, 18, 700, INK),
    ...['LHR \u2192 LIS \u00b7 12 Jul \u00b7 +1,240 pts', 'LIS \u2192 LHR \u00b7 19 Jul \u00b7 +1,240 pts', 'LHR \u2192 JFK \u00b7 3 Sep \u00b7 +6,800 pts'].map((s) => I('List row', cRowDefault, 0, 0, 312, 64, [V('flight', 16, 20, 24, 24, TEAL), T(s, 56, 22, 240, 20, 14, 500, INK)])),
  ], 12, 16),
  navBar('Home', { Rewards: S.rewards, Account: S.account }),
]);

const rewards = screen('Rewards', S.rewards, at(), 0, W, H, [
  status(), appBar('Rewards', false),
  col('Auto layout', 8, 88, 344, [
    ...[['Lounge pass', '18,000 pts', 'rw-lounge'], ['Seat upgrade', '35,000 pts', 'rw-seat'], ['Hotel night', '22,500 pts', 'rw-hotel']].map(([a, b, r]) => F('Frame 60', 0, 0, 312, 96, { cornerRadius: 12, strokes: solid('#d7e3e1') }, [R('Rectangle 61', 12, 12, 72, 72, image(r), 8), T(a, 100, 22, 190, 22, 16, 700, INK), T(b, 100, 50, 190, 20, 14, 500, TEAL)])),
  ], 12, 16),
  navBar('Rewards', { Home: S.home, Account: S.account }),
]);

const account = screen('Account', S.account, at(), 0, W, H, [
  status(), appBar('Account', false),
  col('Auto layout', 8, 88, 344, [
    row('Frame 70', 0, 0, 56, [F('Avatar', 0, 0, 56, 56, { cornerRadius: 28, fills: solid('#b2dfdb') }, [T('JP', 0, 16, 56, 24, 18, 700, TEAL, { textAlignHorizontal: 'CENTER' })]), T('Jess Patel\njess.patel@gmail.com', 0, 8, 230, 40, 14, 500, INK)], 16),
    ...['Airline programmes (1)', 'Payment cards', 'Notifications', 'Privacy'].map((s) => F('Frame 71', 0, 0, 312, 52, { strokes: solid('#e3ecea') }, [T(s, 0, 16, 280, 20, 15, 400, INK), V('chevron', 300, 20, 8, 12, GREY)])),
    go(F('Frame 72', 0, 0, 312, 52, { strokes: solid('#e3ecea') }, [T('Contact us', 0, 16, 280, 20, 15, 400, INK), V('chevron', 300, 20, 8, 12, GREY)]), S.contact),
    T('Sign out', 0, 0, 312, 20, 15, 600, TEAL),
    T('Delete account', 0, 0, 312, 20, 15, 600, '#c62828'),
  ], 10, 16),
  navBar('Account', { Home: S.home, Rewards: S.rewards }),
]);

const contact = screen('Contact us', S.contact, at(), 0, W, H, [
  status(), appBar('Contact us'),
  col('Auto layout', 8, 88, 344, [
    T('Tell us what\u2019s up and we\u2019ll email you back within 2 working days.', 0, 0, 312, 44, 15, 400, INK),
    F('Frame 80', 0, 0, 312, 56, { cornerRadius: 4, strokes: solid('#8a9a98') }, [T('Topic', 16, 18, 200, 20, 16, 400, '#9aa5a4')]),
    F('Frame 81', 0, 0, 312, 140, { cornerRadius: 4, strokes: solid('#8a9a98') }, [T('Message', 16, 16, 200, 20, 16, 400, '#9aa5a4')]),
    go(I('Btn', cFab, 0, 0, 312, 48, [T('Send', 0, 14, 312, 20, 15, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), S.account),
  ], 14, 16),
]);

const flowCanvas = {
  id: cvFlow, name: 'Android \u2014 onboarding', type: 'CANVAS',
  flowStartingPoints: [{ nodeId: S.start, name: 'First run' }],
  children: [
    SEC('First run', 0, 0, 5 * (W + 60) + 120, H + 160, [start, profile, airlines, card, importing].map((s, i) => Object.assign(s, { _x: 60 + i * (W + 60), _y: 80 }))),
    SEC('Main app', 0, 1100, 4 * (W + 60) + 120, H + 160, [home, rewards, account, contact].map((s, i) => Object.assign(s, { _x: 60 + i * (W + 60), _y: 80 }))),
  ],
};
setPage(1);
const cvCover = id();
const cover = F('Cover', 0, 0, 1600, 960, { fills: solid(TEAL) }, [T('Wayfarer Rewards', 100, 360, 1200, 100, 80, 700, '#ffffff'), T('Android first-run \u00b7 Q3', 100, 480, 1000, 48, 36, 500, '#b2dfdb')]);

const doc = {
  name: 'Wayfarer \u2014 Android first run',
  lastModified: '2026-07-21T09:05:12Z',
  version: '5733190027',
  role: 'viewer',
  editorType: 'figma',
  schemaVersion: 0,
  document: {
    id: '0:0', type: 'DOCUMENT', name: 'Document',
    children: [
      { id: cvCover, name: 'Cover', type: 'CANVAS', flowStartingPoints: [], children: [cover] },
      { id: cvComp, name: 'Components', type: 'CANVAS', flowStartingPoints: [], children: compPage },
      flowCanvas,
    ],
  },
  components: {
    [cFab]: { key: 'wf-btn', name: 'Btn', description: 'Filled button' },
    [cRowDefault]: { key: 'wf-row-e', name: 'State=Enabled', description: '', componentSetId: rowSet.id },
    [cRowPressed]: { key: 'wf-row-p', name: 'State=Pressed', description: '', componentSetId: rowSet.id },
  },
  componentSets: { [rowSet.id]: { key: 'wf-row', name: 'List row', description: '' } },
  styles: {},
};

const truth = {
  file: 'h130-negative-travel-rewards.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Wayfarer, a consumer travel-rewards app (Android 360x800, UK). First run links airline loyalty programmes and a personal payment card, imports trips, then shows points and rewards. No business accounting, banking or commerce software is connected.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear',
    'connection.view-live', 'connection.delete', 'connection.refresh',
  ],
  notes: {
    'funnel.cta-visible': '"Link your airline accounts" and "Connect your card to earn points" are personal loyalty and payment links, not business software.',
    'privacy.support-contacts': 'Only a "Contact us" form; no phone or email shown.',
    'connection.delete': '"Delete account" deletes the traveller\'s account; there is no control to remove a connection.',
    'platform.non-linear': '"Skip for now" only skips adding a personal card.',
  },
  flow: { startFrameId: S.start, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};

writeFile(OUT, 'h130-negative-travel-rewards', doc, truth);

// h128: sales insights for food-market traders, iPad landscape 1194x834, UK copy.
// No prototype starting point is set on any page.
import { builder, solid, image, go, act, writeFile, WRITTEN_BY } from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const { id, setPage, F, T, R, V, G, I, E, col, row, screen } = builder();
const W = 1194;
const H = 834;
const GREEN = '#1e7a4c';
const INK = '#1c2321';
const GREY = '#66706c';
const CREAM = '#fbf7ef';

// ---------- page 2: components ----------
setPage(2);
const cvComp = id();
const cTileDefault = id();
const cTileHover = id();
const cRail = id();
const tileSet = {
  ...F('Tile', 40, 40, 420, 140, { fills: [] }, [
    go({ ...F('Property 1=Default', 0, 0, 180, 120, { id: cTileDefault, cornerRadius: 16, fills: solid('#ffffff'), strokes: solid('#e6e0d4') }, [R('Rectangle 1', 62, 20, 56, 56, '#eeeeee', 12), T('Name', 0, 88, 180, 20, 15, 600, INK)]), type: 'COMPONENT' }, cTileHover, 'CHANGE_TO', 'ON_HOVER'),
    { ...F('Property 1=Hover', 220, 0, 180, 120, { id: cTileHover, cornerRadius: 16, fills: solid('#eef7f1'), strokes: solid(GREEN) }, [R('Rectangle 1', 62, 20, 56, 56, '#eeeeee', 12), T('Name', 0, 88, 180, 20, 15, 600, GREEN)]), type: 'COMPONENT' },
  ]),
  type: 'COMPONENT_SET',
};
const compPage = [
  tileSet,
  { ...F('rail-icon', 40, 220, 72, 64, { id: cRail, fills: [] }, [V('icon', 24, 8, 24, 24, GREY), T('Label', 0, 38, 72, 14, 11, 500, GREY)]), type: 'COMPONENT' },
];

// ---------- page 3: flow ----------
setPage(3);
const cvFlow = id();
const S = {};
for (const k of ['signup', 'sell', 'days', 'home', 'picker', 'square', 'syncing', 'linked', 'insights', 'settings', 'help']) S[k] = id();

const status = () => F('Status bar', 0, 0, W, 24, { fills: [] }, [T('09:41  Sat 14 Jun', 20, 4, 200, 16, 12, 600, INK), V('Wifi', 1110, 6, 16, 12, INK), R('Battery', 1136, 6, 26, 12, INK, 3)]);
const rail = (active, links) => F('Rail', 0, 24, 96, H - 24, { fills: solid('#ffffff'), strokes: solid('#ece6da') }, [
  R('Rectangle 2', 24, 16, 48, 48, image('mm-logo'), 12),
  col('Auto layout', 12, 96, 72, ['Today', 'Insights', 'Stock', 'Settings'].map((s) => {
    const it = I(s === active ? 'rail-icon' : 'rail-icon', cRail, 0, 0, 72, 64, [V('icon', 24, 8, 24, 24, s === active ? GREEN : GREY), T(s, 0, 38, 72, 14, 11, s === active ? 700 : 500, s === active ? GREEN : GREY)]);
    return links[s] ? go(it, links[s]) : it;
  }), 8, 0),
]);
const chip = (s, on = false) => F('Frame 30', 0, 0, 16 + s.length * 8, 40, { cornerRadius: 20, fills: solid(on ? GREEN : '#ffffff'), strokes: solid(on ? GREEN : '#ddd5c6') }, [T(s, 0, 10, 16 + s.length * 8, 20, 14, 500, on ? '#ffffff' : INK, { textAlignHorizontal: 'CENTER' })]);
const bigBtn = (label, w = 360) => G('Group 5', 0, 0, w, 56, [R('Rectangle 40', 0, 0, w, 56, GREEN, 14), T(label, 0, 18, w, 20, 17, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]);

let sx = 0;
const at = () => { const x = sx; sx += W + 150; return x; };

const signup = screen('Start free', S.signup, at(), 0, W, H, [
  status(),
  F('Frame 10', 0, 24, 560, H - 24, { fills: image('stall-photo-01') }, [
    F('Frame 11', 40, 560, 480, 180, { cornerRadius: 16, fills: solid('#ffffff', 0.92) }, [
      T('\u201cDoubled my Saturday takings once I could see which hour actually sells.\u201d', 24, 20, 432, 72, 18, 500, INK),
      T('Priya \u00b7 Dosa Deli, Broadway Market', 24, 120, 432, 20, 14, 600, GREEN),
      row('Stars', 24, 146, 16, [0, 1, 2, 3, 4].map(() => V('Star', 0, 0, 16, 16, '#e0a526')), 4),
    ]),
  ]),
  col('Auto layout', 620, 120, 520, [
    T('Know what sells, stall by stall', 0, 0, 488, 40, 32, 700, INK),
    T('Free for 30 days, cancel anytime.', 0, 0, 488, 22, 16, 400, GREY),
    ...[['Your name', 'Sam Okafor'], ['Mobile', '07700 900 481'], ['Email', 'sam@jollofjoint.co.uk']].map(([l, p]) => col('Auto layout', 0, 0, 488, [T(l, 0, 0, 456, 18, 13, 600, INK), F('Frame 12', 0, 0, 488, 48, { cornerRadius: 12, strokes: solid('#ddd5c6'), fills: solid('#ffffff') }, [T(p, 16, 14, 440, 20, 16, 400, '#a59d8f')])], 6, 0)),
    go(bigBtn('Get started', 488), S.sell),
  ], 18, 16),
]);

const sell = screen('What do you sell', S.sell, at(), 0, W, H, [
  status(),
  col('Auto layout', 160, 100, 874, [
    T('What\u2019s on your stall?', 0, 0, 842, 40, 32, 700, INK),
    T('Pick all that fit.', 0, 0, 842, 22, 16, 400, GREY),
    row('Frame 20', 0, 0, 40, [chip('Hot food', true), chip('Street food'), chip('Bakery'), chip('Fruit & veg'), chip('Cheese')], 10),
    row('Frame 21', 0, 0, 40, [chip('Coffee', true), chip('Flowers'), chip('Preserves'), chip('Crafts')], 10),
    go(bigBtn('Next'), S.days),
  ], 20, 16),
]);

const days = screen('Market days', S.days, at(), 0, W, H, [
  status(),
  col('Auto layout', 160, 100, 874, [
    T('Where and when do you trade?', 0, 0, 842, 40, 32, 700, INK),
    row('Frame 22', 0, 0, 40, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => chip(d, d === 'Sat' || d === 'Sun')), 10),
    T('Markets', 0, 0, 842, 24, 18, 700, INK),
    row('Frame 23', 0, 0, 40, [chip('Broadway Market', true), chip('Netil Market'), chip('Maltby Street'), chip('LinkLane Night Market')], 10),
    go(bigBtn('Take me to my stall'), S.home),
  ], 20, 16),
]);

const home = screen('Today', S.home, at(), 0, W, H, [
  status(),
  rail('Today', { Insights: S.insights, Settings: S.settings }),
  col('Auto layout', 120, 40, 1050, [
    row('Frame 40', 0, 0, 56, [T('Saturday at Broadway Market \u2600\ufe0f', 0, 12, 760, 36, 28, 700, INK), go(bigBtn('Connect card\u00a0reader', 250), S.picker)], 24),
    F('Frame 41', 0, 0, 1018, 320, { cornerRadius: 20, fills: solid(CREAM) }, [
      T('Takings by hour', 24, 20, 400, 24, 18, 700, INK),
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => R('Rectangle ' + (60 + i), 40 + i * 70, 120 + (i % 3) * 30, 44, 140 - (i % 3) * 30, '#e4dccb', 6)),
      F('Frame 42', 620, 100, 360, 150, { cornerRadius: 16, fills: solid('#ffffff') }, [
        T('This fills in once your card reader is plugged in.', 20, 20, 320, 48, 16, 600, INK),
        go(F('Frame 43', 20, 84, 200, 44, { cornerRadius: 12, fills: solid(GREEN) }, [T('Plug it in', 0, 12, 200, 20, 15, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), S.picker),
      ]),
    ]),
    row('Frame 44', 0, 0, 120, [
      F('Frame 45', 0, 0, 330, 120, { cornerRadius: 16, strokes: solid('#ece6da') }, [T('Cash tin', 20, 16, 200, 18, 14, 500, GREY), T('\u00a3146.50', 20, 44, 280, 36, 30, 700, INK)]),
      F('Frame 46', 0, 0, 330, 120, { cornerRadius: 16, strokes: solid('#ece6da') }, [T('Card', 20, 16, 200, 18, 14, 500, GREY), T('\u2014', 20, 44, 280, 36, 30, 700, '#b8b0a2')]),
      F('Frame 47', 0, 0, 330, 120, { cornerRadius: 16, strokes: solid('#ece6da') }, [T('Weather', 20, 16, 200, 18, 14, 500, GREY), T('19\u00b0 sunny spells', 20, 44, 280, 36, 24, 700, INK)]),
    ], 14),
    go(T('Questions? Message us', 0, 0, 300, 20, 14, 600, GREEN), S.help, 'OVERLAY'),
  ], 20, 16),
]);

const tile = (name, ref, dest) => {
  const t = I('Tile', cTileDefault, 0, 0, 180, 120, [R('Rectangle 1', 62, 20, 56, 56, image(ref), 12), T(name, 0, 88, 180, 20, 15, 600, INK, { textAlignHorizontal: 'CENTER' })]);
  return dest ? go(t, dest) : t;
};
const picker = screen('Connect', S.picker, at(), 0, W, H, [
  status(),
  rail('Today', { Today: S.home }),
  col('Auto layout', 140, 60, 1000, [
    T('Connect', 0, 0, 968, 40, 32, 700, INK),
    T('We only read your sales totals and items \u2014 never your customers\u2019 card numbers.', 0, 0, 968, 22, 16, 400, GREY),
    row('Frame 50', 0, 0, 120, [tile('SumUp', 'sumup-1'), tile('Square', 'square-1', S.square), tile('Zettle', 'zettle-1'), tile('Xero', 'xero-1')], 16),
    row('Frame 51', 0, 0, 120, [tile('QuickBooks', 'qb-1'), tile('Sage', 'sage-1'), tile('Dojo', 'dojo-1')], 16),
  ], 20, 16),
]);

const square = screen('Square auth', S.square, at(), 0, W, H, [
  status(),
  F('Frame 60', 0, 24, W, 56, { fills: solid('#000000') }, [R('Rectangle 61', 24, 12, 32, 32, image('square-1'), 6), T('squareup.com', 520, 18, 200, 20, 14, 500, '#ffffff')]),
  col('Auto layout', 347, 140, 500, [
    T('Market Mate would like to see:', 0, 0, 468, 30, 22, 700, INK),
    T('\u2022 Payments\n\u2022 Items and categories\n\u2022 Locations', 0, 0, 468, 84, 16, 400, INK, { lineHeightPx: 28 }),
    row('Frame 62', 0, 0, 48, [F('Frame 63', 0, 0, 220, 48, { cornerRadius: 8, strokes: solid('#cccccc') }, [T('Deny', 0, 14, 220, 20, 15, 600, INK, { textAlignHorizontal: 'CENTER' })]), go(F('Frame 64', 0, 0, 220, 48, { cornerRadius: 8, fills: solid('#006aff') }, [T('Allow', 0, 14, 220, 20, 15, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), S.syncing)], 16),
  ], 20, 16, { cornerRadius: 12, strokes: solid('#e5e5e5') }),
]);

const syncing = screen('Pulling sales', S.syncing, at(), 0, W, H, [
  status(),
  col('Auto layout', 397, 300, 400, [
    F('Spinner', 168, 0, 64, 64, { fills: [] }, [E('Ellipse 1', 0, 0, 64, 64, '#e4dccb'), V('Arc', 32, 0, 32, 32, GREEN)]),
    T('Pulling in today\u2019s sales\u2026', 0, 0, 368, 28, 22, 700, INK, { textAlignHorizontal: 'CENTER' }),
  ], 16, 16),
]);
syncing.interactions = [{ trigger: { type: 'AFTER_TIMEOUT', timeout: 1.5 }, actions: [{ type: 'NODE', destinationId: S.linked, navigation: 'NAVIGATE', transition: null }] }];

const linked = screen('Reader linked', S.linked, at(), 0, W, H, [
  status(),
  col('Auto layout', 297, 120, 600, [
    V('Tick', 0, 0, 64, 64, GREEN),
    T('Square is plugged in', 0, 0, 568, 40, 30, 700, INK),
    F('Frame 70', 0, 0, 568, 72, { cornerRadius: 14, strokes: solid('#ece6da') }, [R('Rectangle 71', 16, 16, 40, 40, image('square-1'), 8), T('Square', 72, 24, 300, 24, 17, 600, INK), T('\u2713 Connected', 430, 26, 120, 20, 14, 600, GREEN)]),
    T('Add your books too so VAT is done for you.', 0, 0, 568, 22, 16, 400, GREY),
    go(T('+ Add another', 0, 0, 200, 22, 16, 600, GREEN), S.picker),
    go(bigBtn('See my insights', 568), S.insights),
  ], 18, 16),
]);

const insights = screen('Insights', S.insights, at(), 0, W, H, [
  status(),
  rail('Insights', { Today: S.home, Settings: S.settings }),
  col('Auto layout', 120, 40, 1050, [
    T('Insights', 0, 0, 1018, 40, 32, 700, INK),
    row('Frame 80', 0, 0, 220, [
      F('Frame 81', 0, 0, 500, 220, { cornerRadius: 16, fills: solid(CREAM) }, [T('Best sellers', 20, 16, 300, 22, 17, 700, INK), T('1  Jollof rice + chicken\n2  Puff puff (6)\n3  Suya wrap', 20, 52, 440, 90, 16, 400, INK, { lineHeightPx: 28 })]),
      F('Frame 82', 0, 0, 500, 220, { cornerRadius: 16, fills: solid(CREAM) }, [T('Busiest hour', 20, 16, 300, 22, 17, 700, INK), T('12\u20131pm', 20, 60, 300, 48, 40, 700, GREEN), T('\u00a3212 card \u00b7 38 sales', 20, 120, 300, 20, 14, 400, GREY)]),
    ], 16),
    F('Frame 83', 0, 0, 1018, 200, { cornerRadius: 16, strokes: solid('#ece6da') }, [T('Last 4 Saturdays', 20, 16, 300, 22, 17, 700, INK), V('Line chart', 20, 60, 970, 120, GREEN)]),
  ], 20, 16),
]);

const settings = screen('Settings', S.settings, at(), 0, W, H, [
  status(),
  rail('Settings', { Today: S.home, Insights: S.insights }),
  col('Auto layout', 120, 40, 700, [
    T('Settings', 0, 0, 668, 40, 32, 700, INK),
    T('Connected apps', 0, 0, 668, 24, 18, 700, INK),
    F('Frame 90', 0, 0, 668, 80, { cornerRadius: 14, strokes: solid('#ece6da') }, [
      R('Rectangle 91', 16, 20, 40, 40, image('square-1'), 8), T('Square', 72, 16, 300, 22, 17, 600, INK), T('Connected \u00b7 last updated 2 mins ago', 72, 42, 320, 18, 13, 400, GREY),
      F('Frame 92', 540, 20, 110, 40, { cornerRadius: 10, strokes: solid('#d33') }, [T('Remove', 0, 10, 110, 20, 14, 600, '#c22', { textAlignHorizontal: 'CENTER' })]),
      F('Frame 93', 420, 20, 110, 40, { cornerRadius: 10, strokes: solid(GREEN), visible: false }, [T('Refresh', 0, 10, 110, 20, 14, 600, GREEN, { textAlignHorizontal: 'CENTER' })]),
    ]),
    go(T('+ Connect something else', 0, 0, 300, 20, 15, 600, GREEN), S.picker),
    T('Stall', 0, 0, 668, 24, 18, 700, INK),
    ...['Stall name & logo', 'Market days', 'Receipt footer', 'Subscription'].map((s) => F('Frame 94', 0, 0, 668, 48, { strokes: solid('#ece6da') }, [T(s, 16, 14, 500, 20, 16, 400, INK), V('chevron', 640, 18, 8, 12, GREY)])),
    go(T('Help', 0, 0, 100, 20, 15, 600, GREEN), S.help, 'OVERLAY'),
    T('Delete account', 0, 0, 200, 20, 15, 600, '#c22'),
  ], 14, 16),
]);

const help = screen('Help popover', S.help, at(), 0, W, H, [
  R('Dim', 0, 0, W, H, solid('#000000', 0.35)),
  F('Frame 100', 397, 260, 400, 240, { cornerRadius: 20, fills: solid('#ffffff') }, [
    T('Stuck at the stall?', 24, 24, 352, 28, 22, 700, INK),
    T('Message us on WhatsApp \u2014 we reply within the hour on market days.', 24, 64, 352, 48, 16, 400, INK),
    act(F('Frame 101', 24, 160, 352, 52, { cornerRadius: 12, fills: solid('#25d366') }, [T('Open WhatsApp', 0, 16, 352, 20, 16, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), { type: 'URL', url: 'https://wa.me/447700900123' }),
    act(V('Close', 360, 20, 16, 16, GREY), { type: 'CLOSE' }),
  ]),
]);

const flowCanvas = {
  id: cvFlow, name: 'iPad flow', type: 'CANVAS', backgroundColor: { r: 0.93, g: 0.92, b: 0.9, a: 1 },
  flowStartingPoints: [],
  children: [signup, sell, days, home, picker, square, syncing, linked, insights, settings, help],
};

setPage(1);
const cvCover = id();
const cover = F('Cover', 0, 0, 1600, 900, { fills: solid(GREEN) }, [T('Market Mate', 100, 320, 1200, 100, 88, 700, '#ffffff'), T('iPad \u2014 trader onboarding', 100, 440, 1200, 48, 36, 500, '#d9efe3')]);
setPage(4);
const cvArchive = id();
const archive = [
  F('Welcome carousel 1', 0, 0, W, H, { fills: solid(CREAM) }, [T('Your stall, in numbers.', 120, 340, 800, 60, 48, 700, INK), T('Skip', 1090, 40, 60, 20, 16, 600, GREEN), R('Rectangle 1', 120, 700, 240, 56, GREEN, 14), T('Next', 120, 718, 240, 20, 17, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]),
  F('Picker with categories (parked)', 1300, 0, W, H, { visible: false }, [T('Card readers', 140, 100, 300, 24, 18, 700, INK), T('Accounting', 140, 300, 300, 24, 18, 700, INK)]),
];

const doc = {
  name: 'Market Mate \u2014 iPad',
  lastModified: '2026-06-02T08:11:40Z',
  version: '5599014420',
  role: 'viewer',
  editorType: 'figma',
  schemaVersion: 0,
  document: {
    id: '0:0', type: 'DOCUMENT', name: 'Document',
    children: [
      { id: cvCover, name: 'Cover', type: 'CANVAS', flowStartingPoints: [], children: [cover] },
      flowCanvas,
      { id: cvComp, name: '\u2699\ufe0f Components', type: 'CANVAS', flowStartingPoints: [], children: compPage },
      { id: cvArchive, name: 'Archive', type: 'CANVAS', flowStartingPoints: [], children: archive },
    ],
  },
  components: {
    [cTileDefault]: { key: 'e0a9tile-d', name: 'Property 1=Default', description: '', componentSetId: tileSet.id },
    [cTileHover]: { key: 'e0a9tile-h', name: 'Property 1=Hover', description: '', componentSetId: tileSet.id },
    [cRail]: { key: 'e0a9rail', name: 'rail-icon', description: '' },
  },
  componentSets: { [tileSet.id]: { key: 'e0a9tile', name: 'Tile', description: '' } },
  styles: {},
};

const truth = {
  file: 'h128-food-market-stall-tablet.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Market Mate, sales insights for UK food-market traders (iPad landscape 1194x834). The trader plugs in a card reader (SumUp, Square, Zettle, Dojo) and accounting (Xero, QuickBooks, Sage) from one flat grid. A thin flow: quick to the prompt, little explanation. No prototype starting point is set.',
  present: [
    'funnel.social-proof', 'funnel.three-actions', 'funnel.cta-visible', 'value.contextual-ctas', 'privacy.data-scope',
    'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics',
    'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear',
    'connection.refresh',
  ],
  notes: {
    'funnel.social-proof': 'Trader quote with five stars on the sign-up screen.',
    'funnel.three-actions': 'Start free -> What do you sell -> Market days -> Today (connect prompt): three taps.',
    'funnel.cta-visible': '"Connect card reader" button in the Today header plus a "Plug it in" card over the chart.',
    'value.contextual-ctas': 'Empty "Takings by hour" chart with "This fills in once your card reader is plugged in" and a button.',
    'value.three-part': 'Only a one-line benefit on the chart card; no data-use explanation next to the prompt.',
    'privacy.data-scope': '"We only read your sales totals and items, never your customers\' card numbers."',
    'privacy.trust-language': 'No reassurance about security or third-party sharing.',
    'privacy.consent-action': 'Tapping a tile goes straight to the provider page; no checkbox or policy link.',
    'privacy.support-contacts': 'Only one channel (WhatsApp).',
    'platform.explain-redirect': 'The Square page appears with no explanation beforehand.',
    'platform.grouped-categories': 'Card readers and accounting mixed in one grid (the grouped picker on Archive is hidden).',
    'platform.accurate-branding': 'Bare names "QuickBooks" and "Sage" without product editions.',
    'platform.multiple-connections': '"Square \u2713 Connected" with "+ Add another" after linking.',
    'connection.view-live': 'Settings > Connected apps: Square, connected, last updated 2 mins ago.',
    'connection.delete': '"Remove" on the Square row ("Delete account" is separate).',
    'connection.refresh': 'The only Refresh button is a hidden layer.',
    'connection.syncing-indicator': 'Spinner with "Pulling in today\'s sales..." after allowing access.',
    'funnel.prefill': 'Nothing is shown prefilled from connected data.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.home, stepsToConnect: 3, deadEnds: [] },
};

writeFile(OUT, 'h128-food-market-stall-tablet', doc, truth);

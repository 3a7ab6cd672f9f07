// h80 (negative): a UK home-energy web app, 1440x1024. A household links its
// smart meter and energy supplier account; no business software is involved.
import { Doc, go, back, url, canvas, finish, WRITTEN_BY } from './lib.mjs';

const d = new Doc(80);
const W = 1440;
const H = 1024;
const INK = '#0f172a';
const MUTED = '#64748b';
const GREEN = '#15803d';

d.setPage(1);
const scr = (n) => d.F(n, 0, 0, W, H, { fill: '#f8fafc' });
const S = {
  landing: scr('Landing'), account: scr('Create account'), home: scr('Set-up · home'), meter: scr('Set-up · meter'), supplier: scr('Set-up · supplier'),
  importing: scr('Importing'), dash: scr('Dashboard'), tariffs: scr('Tariffs'), help: scr('Help & support'), settings: scr('Settings'),
};
const nav = (active) => {
  const items = ['Dashboard', 'Tariffs', 'Help & support', 'Settings'];
  const dest = { Dashboard: S.dash, Tariffs: S.tariffs, 'Help & support': S.help, Settings: S.settings };
  return d.F('Header', 0, 0, W, 72, { fill: '#ffffff', stroke: '#e2e8f0' }, [
    d.V('Vector', 40, 22, 28, 28, { fill: GREEN }), d.T('Hearthly', 76, 24, { size: 20, weight: 700, color: INK }),
    d.AL(d.auto('Frame'), 820, 24, 580, 24, 'HORIZONTAL', { gap: 32 }, items.map((t) => go(d.T(t, 0, 0, { size: 15, weight: t === active ? 600 : 400, color: t === active ? GREEN : INK }), dest[t]))),
  ]);
};
const stepper = (n, title) => d.AL('Stepper', 420, 120, 600, 60, 'VERTICAL', { gap: 8 }, [
  d.T(`Step ${n} of 3`, 0, 0, { size: 13, weight: 600, color: GREEN }),
  d.T(title, 0, 20, { size: 26, weight: 700, color: INK }),
  d.G('bar', 0, 60, 600, 6, [d.R(null, 0, 0, 600, 6, { fill: '#e2e8f0', radius: 3 }), d.R(null, 0, 0, 200 * n, 6, { fill: GREEN, radius: 3 })]),
]);
const primary = (label, x, y, w, dest) => { const b = d.btnFrame(label, x, y, w, 52, { fill: GREEN, radius: 10, size: 16 }); if (dest) go(b, dest); return b; };

// landing
S.landing.children.push(
  d.F('Header', 0, 0, W, 72, { fill: '#ffffff' }, [d.V('Vector', 40, 22, 28, 28, { fill: GREEN }), d.T('Hearthly', 76, 24, { size: 20, weight: 700, color: INK }), d.T('Log in', 1340, 26, { size: 15, color: INK })]),
  d.T('Know what your home really uses — and what it costs', 120, 260, { size: 48, weight: 700, color: INK, w: 700 }),
  d.T('Half-hourly readings from your smart meter, plain-English tips, and a heads-up before bills spike.', 120, 420, { size: 19, color: MUTED, w: 640 }),
  primary('Get started — it’s free', 120, 500, 260, S.account),
  d.R('Hero image', 860, 160, 480, 600, { image: '0e1f2a3b4c5d6e7f', radius: 24 }),
);
// create account
S.account.children.push(d.F('Header', 0, 0, W, 72, { fill: '#ffffff' }, [d.T('Hearthly', 76, 24, { size: 20, weight: 700, color: INK })]),
  d.AL('Form', 520, 160, 400, 520, 'VERTICAL', { gap: 16 }, [
    d.T('Create your account', 0, 0, { size: 28, weight: 700, color: INK }),
    d.input('Full name', 'Sam Okafor', 0, 50, 400),
    d.input('Email', 'sam.okafor@outlook.com', 0, 126, 400),
    d.input('Postcode', 'BS6 5QA', 0, 202, 400),
    d.input('Password', '••••••••••', 0, 278, 400),
    primary('Create account', 0, 360, 400, S.home),
  ]));
// set-up 1
S.home.children.push(nav(''), stepper(1, 'About your home'), d.AL('Fields', 420, 240, 600, 480, 'VERTICAL', { gap: 16 }, [
  d.input('Property type', 'Semi-detached house', 0, 0, 600),
  d.input('Bedrooms', '3', 0, 76, 600),
  d.input('How is your home heated?', 'Gas boiler', 0, 152, 600),
  d.input('People living here', '4', 0, 228, 600),
]), primary('Next', 420, 800, 160, S.meter));
// set-up 2: smart meter
S.meter.children.push(nav(''), stepper(2, 'Connect your smart meter'), d.AL('Fields', 420, 240, 600, 480, 'VERTICAL', { gap: 16 }, [
  d.T('Find the 13-digit MPAN on your electricity bill, or on the meter itself under the barcode.', 0, 0, { size: 15, color: MUTED, w: 600 }),
  d.input('Electricity MPAN', '1200 0123 4567 8', 0, 40, 600),
  d.input('Gas MPRN (optional)', '7654321', 0, 116, 600),
  d.G(d.auto('Group'), 0, 200, 600, 40, [d.checkbox(0, 2), d.T('I’m the bill payer or have their permission to access this meter’s data', 30, 2, { size: 14, color: INK })]),
]), primary('Connect meter', 420, 800, 200, S.supplier), back(d.T('Back', 650, 816, { size: 15, color: MUTED })));
// set-up 3: supplier
{
  const tile = (n, img) => d.F(d.auto('Frame'), 0, 0, 290, 72, { fill: '#ffffff', stroke: '#e2e8f0', radius: 10 }, [d.logoImg(img, 16, 16, 40), d.T(n, 68, 26, { size: 15, weight: 600, color: INK })]);
  const octo = tile('Octopus Energy', 'f0a1b2c3d4e5');
  go(octo, S.importing);
  S.supplier.children.push(nav(''), stepper(3, 'Link your energy account'), d.AL('Content', 420, 240, 600, 620, 'VERTICAL', { gap: 16 }, [
    d.T('See your real tariff and bills alongside your usage. You’ll be redirected to your supplier to sign in.', 0, 0, { size: 15, color: MUTED, w: 600 }),
    d.searchField('Search suppliers', 0, 44, 600, 44),
    d.F(d.auto('Frame'), 0, 104, 600, 330, { layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 20 }, [
      octo, tile('British Gas', 'f0a2b2c3d4e5'), tile('EDF', 'f0a3b2c3d4e5'), tile('OVO Energy', 'f0a4b2c3d4e5'), tile('E.ON Next', 'f0a5b2c3d4e5'), tile('Scottish Power', 'f0a6b2c3d4e5'),
    ]),
    go(d.T('Skip for now', 0, 460, { size: 15, color: MUTED, deco: 'UNDERLINE' }), S.dash),
  ]));
}
// importing
{
  const sp = d.G('spinner', 688, 380, 64, 64, [d.R(null, 0, 0, 64, 64, { fill: '#dcfce7', ellipse: true }), d.V('Vector', 32, 0, 32, 32, { fill: GREEN })]);
  go(sp, S.dash, 'NAVIGATE', 'AFTER_TIMEOUT');
  sp.interactions[0].trigger.timeout = 2;
  S.importing.children.push(nav(''), sp,
    d.T('Importing readings…', 520, 470, { size: 24, weight: 700, color: INK, w: 400, align: 'CENTER' }),
    d.T('Fetching 13 months of half-hourly electricity and gas data from your meter.', 470, 510, { size: 15, color: MUTED, w: 500, align: 'CENTER' }));
}
// dashboard
S.dash.children.push(nav('Dashboard'), d.AL('Grid', 40, 104, 1360, 880, 'VERTICAL', { gap: 24 }, [
  d.T('Good evening, Sam', 0, 0, { size: 28, weight: 700, color: INK }),
  d.AL(d.auto('Frame'), 0, 50, 1360, 380, 'HORIZONTAL', { gap: 24 }, [
    d.F(d.auto('Frame'), 0, 0, 880, 380, { fill: '#ffffff', radius: 14, stroke: '#e2e8f0' }, [
      d.T('Electricity this week', 24, 20, { size: 16, weight: 600, color: INK }), d.T('64.2 kWh  ·  £15.88', 24, 48, { size: 24, weight: 700, color: INK }), d.V('Bars', 24, 110, 830, 240, { fill: '#86efac' }),
    ]),
    d.F(d.auto('Frame'), 904, 0, 456, 380, { fill: '#ffffff', radius: 14, stroke: '#e2e8f0' }, [
      d.T('Tips for you', 24, 20, { size: 16, weight: 600, color: INK }),
      d.T('• Your baseload is 210 W — higher than similar homes\n• Running the dishwasher after 10pm could save £4/month', 24, 56, { size: 14, color: INK, w: 400 }),
    ]),
  ]),
  d.T('Readings updated every 30 minutes. Last reading 19:30.', 0, 460, { size: 13, color: MUTED }),
]));
// tariffs
S.tariffs.children.push(nav('Tariffs'), d.T('Compare tariffs', 40, 110, { size: 28, weight: 700, color: INK }),
  d.AL('Cards', 40, 170, 1360, 360, 'HORIZONTAL', { gap: 24 }, [['Octopus Agile', 'Follows wholesale prices every half hour', 'Est. £1,082 / yr'], ['Octopus Flexible', 'Variable, price-capped', 'Est. £1,214 / yr'], ['EDF Fixed 12M', 'Fixed for 12 months, £75 exit fee', 'Est. £1,166 / yr']].map(([n, s, p], i) => d.F(d.auto('Frame'), i * 450, 0, 430, 360, { fill: '#ffffff', radius: 14, stroke: '#e2e8f0' }, [
    d.T(n, 24, 24, { size: 20, weight: 700, color: INK }), d.T(s, 24, 60, { size: 14, color: MUTED }), d.T(p, 24, 120, { size: 26, weight: 700, color: GREEN }),
    d.btnGroup('Switch tariff — cancel anytime', 24, 280, 382, 48, { fill: GREEN, radius: 10, size: 15 }),
  ]))));
// help & support
{
  const contact = d.btnFrame('Send us a message', 40, 560, 220, 48, { fill: '#ffffff', color: GREEN, stroke: GREEN, radius: 10 });
  url(contact, 'https://hearthly.co.uk/help/contact');
  S.help.children.push(nav('Help & support'), d.T('Help & support', 40, 110, { size: 28, weight: 700, color: INK }),
    d.AL('Articles', 40, 170, 700, 360, 'VERTICAL', { gap: 10 }, ['Why is my smart meter not sending readings?', 'What is an MPAN?', 'Understanding the price cap', 'Moving home with a smart meter'].map((q) => d.F(d.auto('Frame'), 0, 0, 700, 56, { fill: '#ffffff', radius: 10, stroke: '#e2e8f0' }, [d.T(q, 20, 18, { size: 15, color: INK })]))),
    contact);
}
// settings
S.settings.children.push(nav('Settings'), d.T('Settings', 40, 110, { size: 28, weight: 700, color: INK }),
  d.AL('Rows', 40, 170, 800, 500, 'VERTICAL', { gap: 0 }, [
    ['Smart meter', 'Electricity MPAN 1200 0123 4567 8  ·  gas MPRN 7654321', 'Remove meter'],
    ['Energy account', 'Octopus Energy  ·  A-3F9C21D0', 'Unlink'],
    ['Email alerts', 'Weekly summary, spike alerts', ''],
  ].map(([t, v, a]) => d.F(d.auto('Frame'), 0, 0, 800, 80, { fill: '#ffffff', stroke: '#e2e8f0' }, [
    d.T(t, 20, 16, { size: 16, weight: 600, color: INK }), d.T(v, 20, 44, { size: 14, color: MUTED }), ...(a ? [d.T(a, 640, 28, { size: 14, weight: 600, color: '#b91c1c', w: 140, align: 'RIGHT' })] : []),
  ])).concat([d.T('Delete account', 0, 300, { size: 14, color: '#b91c1c' })])));

const frames = Object.values(S);
frames.forEach((f, i) => { f._x = (i % 5) * 1600; f._y = Math.floor(i / 5) * 1200; });
const section = d.SECTION('Household set-up', 0, 0, 8000, 2400, frames);
const page = canvas(d, 'Web app', [section], { starts: [['Sign-up', S.landing]] });
d.setPage(2);
const notes = d.F('Notes', 0, 0, 800, 600, { fill: '#fef9c3' }, [d.T('Open questions\n- DCC consent copy needs legal review\n- Should supplier linking move after first dashboard view?', 40, 40, { size: 18, color: INK })]);
const notesPage = canvas(d, 'Notes', [notes]);

const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const truth = {
  file: 'h80-negative-home-energy.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'UK home-energy web app: a household signs up, describes the home, connects its smart meter and links its energy supplier account in a three-step set-up, then sees usage, tariffs, help and settings. No business accounting, banking or commerce software is involved.',
  present: [],
  absent: ALL,
  notes: {
    'value.progress-meter': '"Step 1 of 3" is a household set-up stepper, not a meter of connected business sources.',
    'platform.explain-redirect': 'The redirect line is about signing in to a home energy supplier.',
    'connection.delete': '"Remove meter" and "Unlink" of a personal energy account.',
    'connection.syncing-indicator': '"Importing readings…" is smart-meter data.',
    'privacy.disconnect-anytime': '"cancel anytime" is about switching tariff.',
  },
  flow: { startFrameId: S.landing.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
finish(d, 'Hearthly — web set-up', [page, notesPage], '2025-04-02T08:05:44Z', truth);

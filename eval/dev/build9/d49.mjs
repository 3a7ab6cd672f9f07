// d49: fulfilment for online shops, iPad landscape (1194x834). Connect prompt is a tile grid.
import { makeDoc, writeTruth, WRITTEN_BY } from './lib.mjs';

const NAME = 'd49-ecommerce-fulfilment-tablet';
const d = makeDoc(NAME);
const { F, T, R, V, E, I, go, hover, back, url, old, component, componentSet, newPage, addPage, chip, btnFrame, btnInst, btnGroup, linkText, searchField, logo } = d;
const W = 1194; const H = 834;
const INK = '#111827'; const TEAL = '#0D9488';

newPage();
addPage('📦 Cover', [F('Thumbnail', 0, 0, 1600, 960, { fill: TEAL }, [
  T('ShipNest · iPad onboarding', 100, 380, 1200, 72, { size: 60, weight: 700, color: '#FFFFFF' }),
  chip('Ready for dev', 100, 480, { fill: '#CCFBF1', color: '#115E59' }),
])]);

newPage();
const pillDefault = component('State=Default', 'Pill button', 20, 20, 160, 40, { fill: TEAL, r: 20 }, [T('Label', 16, 11, 128, 18, { color: '#FFFFFF', weight: 600 })]);
const pillPressed = component('State=Pressed', 'Pill button pressed', 20, 80, 160, 40, { fill: '#0F766E', r: 20 }, [T('Label', 16, 11, 128, 18, { color: '#FFFFFF', weight: 600 })]);
hover(pillDefault, pillPressed);
const tagComp = component('Tag', 'Status tag', 240, 20, 80, 24, { fill: '#F1F5F9', r: 4 }, [T('Tag', 8, 4, 64, 16, { size: 12 })]);
addPage('Components', [componentSet('Btn', 40, 40, 200, 140, [pillDefault, pillPressed]), tagComp]);

newPage();
addPage('Archive — v1 onboarding', [F('iPad Pro 11" - 1 (old)', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Welcome to ShipNest', 80, 80, 600, 40, { size: 32, weight: 700 }),
  R('Rectangle 1', 80, 160, 600, 400, { fill: '#E2E8F0' }),
])]);

newPage();
const scr = (name, x, y) => F(name, x, y, W, H, { fill: '#F8FAFC' });
const welcome = scr('iPad Pro 11" - 2', 0, 0);
const plan = scr('iPad Pro 11" - 3', 1300, 0);
const store = scr('iPad Pro 11" - 4', 2600, 0);
const grid = scr('Integrations', 3900, 0);
const shop = scr('Shopify OAuth', 5200, 0);
const after = scr('Integrations / connected', 6500, 0);
const upload = scr('Upload CSV', 3900, 1000);
const orders = scr('Orders', 0, 1000);
const channels = scr('Settings – Channels', 1300, 1000);
const compare = scr('Compare plans', 2600, 1000);
const returns = scr('Returns', 5200, 1000);

const top = (title, tabs = []) => F('Top bar', 0, 0, W, 64, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 24, gap: 16 }, [
  V('Vector', 24, 18, 28, 28, { fill: TEAL }), T(title, 64, 20, 300, 24, { size: 18, weight: 600 }),
  F('Frame 88', 600, 16, 560, 32, { layout: 'HORIZONTAL', gap: 8 }, tabs.map((t, i) => chip(t, i * 110, 2, { fill: i === 0 ? '#CCFBF1' : '#F1F5F9' }))),
]);

// 1 welcome
const start = btnInst('Get started', pillDefault, 0, 0, 240, 48, { fill: TEAL, name: 'Btn' });
go(start, plan);
welcome.children = [
  R('Rectangle 40', 597, 0, 597, H, { image: 'warehousehero' }),
  F('Auto layout', 64, 180, 480, 460, { layout: 'VERTICAL', gap: 20 }, [
    F('Frame 2', 0, 0, 400, 28, { layout: 'HORIZONTAL', gap: 8 }, [chip('New', 0, 0, { fill: '#FEF3C7', color: '#92400E' }), chip('Same-day pick & pack', 60, 0)]),
    T('Every order packed, labelled and out the door', 0, 48, 480, 96, { size: 36, weight: 700 }),
    T('Pick lists, carrier labels and stock counts for online shops — in one tablet app your packers will actually like.', 0, 160, 460, 60, { size: 16, color: '#475569' }),
    start,
    T('12,000+ merchants ship with ShipNest every day', 0, 320, 460, 20, { size: 14, weight: 600, color: TEAL }),
  ]),
];

// 2 plan
const growth = btnFrame('Continue with Growth', 0, 0, 260, 48, { fill: TEAL, r: 24 });
go(growth, store);
const cmp = linkText('Compare all plans', 0, 0, 160, { underline: true });
go(cmp, compare);
const planCard = (nm, price, tag, x) => F('Frame', x, 0, 320, 300, { fill: '#FFFFFF', stroke: tag ? TEAL : '#E5E7EB', r: 12, layout: 'VERTICAL', pad: 24, gap: 12 }, [
  F('Frame', 24, 24, 272, 28, { layout: 'HORIZONTAL', gap: 8 }, [T(nm, 0, 4, 120, 20, { size: 18, weight: 600 }), ...(tag ? [chip(tag, 140, 0, { fill: '#CCFBF1', color: '#115E59' })] : [])]),
  T(price, 24, 64, 272, 36, { size: 28, weight: 700 }),
  F('Frame', 24, 120, 272, 60, { layout: 'HORIZONTAL', gap: 6 }, ['Labels', 'Batch pick', 'Returns'].map((t, i) => chip(t, i * 86, 0))),
]);
plan.children = [
  top('Pick a plan'),
  F('Auto layout', 64, 110, 1066, 680, { layout: 'VERTICAL', gap: 24 }, [
    F('Frame 5', 0, 0, 300, 32, { layout: 'HORIZONTAL', gap: 4 }, [chip('Monthly', 0, 0, { fill: INK, color: '#FFFFFF' }), chip('Annual · save 15%', 80, 0)]),
    F('Frame 6', 0, 56, 1066, 300, { layout: 'HORIZONTAL', gap: 24 }, [planCard('Starter', '$29/mo', null, 0), planCard('Growth', '$79/mo', 'Most popular', 344), planCard('Scale', '$199/mo', null, 688)]),
    F('Frame 7', 0, 400, 600, 48, { layout: 'HORIZONTAL', gap: 24 }, [growth, cmp]),
  ]),
];

// 3 store info
const next3 = btnGroup('Next', 0, 0, 160, 48, { fill: TEAL, r: 24 });
old(next3.children[0], grid);
store.children = [
  top('About your shop'),
  F('Auto layout', 64, 110, 800, 680, { layout: 'VERTICAL', gap: 24 }, [
    T('Orders per month', 0, 0, 400, 20, { size: 15, weight: 600 }),
    F('Frame 9', 0, 28, 800, 32, { layout: 'HORIZONTAL', gap: 8 }, ['< 100', '100–1k', '1k–10k', '10k+'].map((t, i) => chip(t, i * 90, 0, { fill: i === 1 ? '#CCFBF1' : '#F1F5F9' }))),
    T('What do you sell?', 0, 90, 400, 20, { size: 15, weight: 600 }),
    F('Frame 10', 0, 118, 800, 32, { layout: 'HORIZONTAL', gap: 8 }, ['Apparel', 'Beauty', 'Home', 'Food & drink', 'Other'].map((t, i) => chip(t, i * 110, 0))),
    T('Where do you ship from?', 0, 180, 400, 20, { size: 15, weight: 600 }),
    F('Frame 11', 0, 208, 800, 32, { layout: 'HORIZONTAL', gap: 8 }, ['Home', 'Own warehouse', '3PL'].map((t, i) => chip(t, i * 130, 0))),
    F('Frame', 0, 280, 200, 48, { layout: 'HORIZONTAL' }, [next3]),
  ]),
];

// 4 integrations grid (connect frame)
const tile = (nm, sub, x, y, dest, state) => {
  const t = F('Frame', x, y, 240, 120, { fill: '#FFFFFF', stroke: '#E5E7EB', r: 12, layout: 'VERTICAL', pad: 16, gap: 8 }, [
    F('Frame', 16, 16, 208, 32, { layout: 'HORIZONTAL', gap: 10 }, [logo(nm, 0, 0), T(nm, 42, 6, 166, 20, { size: 15, weight: 600 })]),
    T(sub, 16, 56, 208, 16, { size: 12, color: '#64748B' }),
    state ? chip(state[0], 16, 80, { fill: state[1], color: state[2] }) : T('Connect  →', 16, 84, 120, 18, { size: 13, weight: 600, color: TEAL }),
  ]);
  if (dest) go(t, dest);
  return t;
};
const csv = linkText('Don\u2019t see your platform? Upload orders as a CSV', 0, 0, 380, { underline: true });
go(csv, upload);
const skipNow = linkText('Skip for now', 0, 0, 110, { color: '#64748B' });
go(skipNow, orders);
const share = F('Frame', 0, 0, 210, 32, { stroke: '#CBD5E1', r: 16, layout: 'HORIZONTAL', pad: 10 }, [T('✉︎ Send to a teammate', 10, 7, 190, 18, { size: 13 })]);
const guide = linkText('Setup guide: connecting WooCommerce (5 min)', 0, 0, 340);
url(guide, 'https://help.shipnest.io/guides/woocommerce');
const faq = linkText('Integration FAQ', 0, 0, 130);
url(faq, 'https://help.shipnest.io/faq/integrations');
const meter = (filled) => F('Setup strength', 0, 0, 300, 40, { layout: 'VERTICAL', gap: 6 }, [
  T(`Setup strength · ${filled} of 3 sources`, 0, 0, 300, 16, { size: 12, weight: 600 }),
  F('Frame', 0, 22, 300, 8, { fill: '#E5E7EB', r: 4 }, [R('Rectangle', 0, 0, filled * 100, 8, { fill: TEAL, r: 4 })]),
]);
const gridBody = (states) => [
  top('Integrations', ['All', 'Sales channels', 'Accounting', 'Carriers']),
  F('Auto layout', 40, 84, 1114, 730, { layout: 'VERTICAL', gap: 14 }, [
    F('Frame 20', 0, 0, 1114, 44, { layout: 'HORIZONTAL', gap: 16 }, [
      T('Add your sales channels', 0, 6, 500, 32, { size: 26, weight: 700 }), meter(states ? 1 : 0),
    ]),
    T('We pull orders, SKUs and stock levels from your store, and push tracking numbers back once a label is printed. Picking a tile opens that platform in a new tab to approve access; you land back here afterwards.', 0, 52, 1000, 40, { size: 14, color: '#475569' }),
    searchField('Search 60+ apps', 0, 100, 420),
    T('SALES CHANNELS', 0, 152, 300, 16, { size: 12, weight: 700, color: '#64748B' }),
    F('Frame 21', 0, 174, 1114, 120, { layout: 'HORIZONTAL', gap: 16 }, [
      tile('Shopify', 'shopify.com', 0, 0, states ? null : shop, states?.[0]),
      tile('WooCommerce', 'woocommerce.com', 256, 0, shop, states?.[1]),
      tile('BigCommerce', 'bigcommerce.com', 512, 0, shop),
      tile('Amazon Seller Central', 'sellercentral.amazon.com', 768, 0, shop),
    ]),
    T('ACCOUNTING', 0, 310, 300, 16, { size: 12, weight: 700, color: '#64748B' }),
    F('Frame 22', 0, 332, 1114, 120, { layout: 'HORIZONTAL', gap: 16 }, [
      tile('QuickBooks Online', 'quickbooks.intuit.com', 0, 0, shop), tile('Xero', 'xero.com', 256, 0, shop),
    ]),
  ]),
];
const gridFoot = F('Frame 23', 40, 600, 1114, 200, { layout: 'VERTICAL', gap: 10 }, [
  csv,
  F('Frame 24', 0, 30, 1114, 32, { layout: 'HORIZONTAL', gap: 16 }, [share, skipNow]),
  F('Frame 25', 0, 76, 1114, 20, { layout: 'HORIZONTAL', gap: 24 }, [guide, faq]),
  T('Stuck? support@shipnest.io · +1 (888) 555-0199', 0, 106, 600, 18, { size: 13, color: '#64748B' }),
]);
const chatFab = F('Chat', W - 88, H - 88, 56, 56, { fill: INK, r: 28 }, [V('Vector', 16, 16, 24, 24, { fill: '#FFFFFF' })]);
grid.children = [...gridBody(null), gridFoot, chatFab];

// 5 shopify approval (third-party)
const install = btnFrame('Install app', 0, 0, 180, 44, { fill: '#008060', r: 6 });
go(install, after);
const cancel5 = linkText('Cancel', 0, 0, 80, { color: '#202223' });
back(cancel5);
shop.children = [
  F('Auto layout', 297, 100, 600, 620, { fill: '#FFFFFF', stroke: '#E1E3E5', r: 12, layout: 'VERTICAL', pad: 32, gap: 16 }, [
    logo('Shopify', 32, 32, 'image', 40),
    T('Install ShipNest on Pine & Pebble?', 32, 88, 536, 28, { size: 22, weight: 600 }),
    T('ShipNest will be able to:\n•  View and edit orders\n•  View products and inventory\n•  Manage fulfillments', 32, 130, 536, 100, { size: 14 }),
    F('Frame', 32, 540, 536, 44, { layout: 'HORIZONTAL', gap: 16 }, [cancel5, install]),
  ]),
];

// 6 grid after connect: badges, add another, syncing
const done = btnInst('Go to orders', pillDefault, 0, 0, 200, 44, { fill: TEAL });
go(done, orders);
const addStore = F('Frame', 0, 0, 190, 36, { stroke: TEAL, r: 18, layout: 'HORIZONTAL', pad: 12 }, [T('+ Add another store', 12, 9, 170, 18, { size: 13, weight: 600, color: TEAL })]);
go(addStore, shop);
after.children = [
  ...gridBody([['Connected ✓', '#DCFCE7', '#166534'], ['Pending authorisation', '#FEF3C7', '#92400E']]),
  F('Frame 30', 40, 620, 1114, 160, { layout: 'VERTICAL', gap: 12 }, [
    F('Frame 31', 0, 0, 600, 24, { layout: 'HORIZONTAL', gap: 8 }, [E('Spinner', 0, 2, 20, 20, { stroke: TEAL }), T('Importing 1,284 orders from Shopify…', 28, 3, 400, 18, { size: 14 })]),
    F('Frame 32', 0, 40, 600, 44, { layout: 'HORIZONTAL', gap: 16 }, [addStore, done]),
  ]),
];

// 7 upload csv
const uploaded = btnFrame('Upload file', 0, 0, 180, 44, { fill: TEAL, r: 22 });
go(uploaded, orders);
upload.children = [
  top('Import orders'),
  F('Auto layout', 197, 120, 800, 560, { layout: 'VERTICAL', gap: 16 }, [
    T('Import orders from a spreadsheet', 0, 0, 800, 32, { size: 26, weight: 700 }),
    F('Drop zone', 0, 48, 800, 240, { stroke: '#94A3B8', r: 12 }, [V('Vector', 376, 80, 48, 48, { fill: '#94A3B8' }), T('Drag a .csv or .xlsx here', 300, 140, 200, 20, { size: 14, color: '#64748B' })]),
    F('Frame', 0, 310, 400, 28, { layout: 'HORIZONTAL', gap: 8 }, [chip('.csv', 0, 0), chip('.xlsx', 60, 0), chip('Max 20 MB', 120, 0)]),
    uploaded,
  ]),
];

// 8 orders dashboard with contextual prompt
const xeroCta = btnFrame('Connect accounting', 0, 0, 200, 40, { fill: INK, r: 20 });
go(xeroCta, grid);
const toSettings = V('Settings', 1120, 18, 28, 28, { fill: '#64748B' });
go(toSettings, channels);
const toReturns = chip('Returns', 0, 0);
go(toReturns, returns);
const orderRow = (no, tags) => F('Frame', 0, 0, 700, 56, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 12, gap: 12 }, [
  T(no, 12, 18, 100, 20, { weight: 600 }), ...tags.map((t, i) => I('Tag', tagComp, 130 + i * 100, 16, 90, 24, { fill: '#F1F5F9', r: 4 }, [T(t, 8, 4, 74, 16, { size: 12 })])),
]);
orders.children = [
  F('Top bar', 0, 0, W, 64, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 24, gap: 16 }, [
    V('Vector', 24, 18, 28, 28, { fill: TEAL }), T('Orders', 64, 20, 200, 24, { size: 18, weight: 600 }),
    F('Frame 40', 400, 16, 500, 32, { layout: 'HORIZONTAL', gap: 8 }, [chip('Unfulfilled · 42', 0, 0, { fill: '#CCFBF1' }), chip('On hold', 130, 0), toReturns]),
    toSettings,
  ]),
  F('Auto layout', 24, 88, 1146, 720, { layout: 'HORIZONTAL', gap: 24 }, [
    F('Frame 41', 0, 0, 700, 720, { layout: 'VERTICAL', gap: 8 }, [
      orderRow('#1042', ['Priority', 'Label printed']), orderRow('#1041', ['Gift wrap']), orderRow('#1040', ['Backorder', 'Split']), orderRow('#1039', ['Express']),
    ]),
    F('Frame 42', 724, 0, 422, 300, { fill: '#FFFFFF', stroke: '#E5E7EB', r: 12, layout: 'VERTICAL', pad: 20, gap: 12 }, [
      F('Frame', 20, 20, 382, 24, { layout: 'HORIZONTAL', gap: 8 }, [T('Margin by SKU', 0, 2, 200, 20, { size: 16, weight: 600 }), chip('Beta', 300, 0, { fill: '#EDE9FE', color: '#5B21B6' })]),
      R('Rectangle 50', 20, 56, 382, 120, { fill: '#F1F5F9', r: 8 }),
      T('Connect QuickBooks Online or Xero to see landed cost and margin for every SKU.', 20, 188, 382, 40, { size: 13, color: '#475569' }),
      F('Frame', 20, 240, 200, 40, { layout: 'HORIZONTAL' }, [xeroCta]),
    ]),
  ]),
];

// 9 settings channels (view-live, sync now, disconnect)
const backO = V('Back', 24, 20, 24, 24, { stroke: INK });
go(backO, orders);
const chRow = (nm, first, last, extra) => F('Frame', 0, 0, 1000, 64, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 16, gap: 16 }, [
  logo(nm, 16, 16), F('Frame', 60, 12, 300, 40, { layout: 'VERTICAL', gap: 2 }, [T(nm, 0, 0, 300, 20, { weight: 600 }), T(extra, 0, 22, 300, 16, { size: 12, color: '#64748B' })]),
  T(first, 380, 22, 180, 18, { size: 13 }), T(last, 580, 22, 180, 18, { size: 13 }),
  F('Frame', 780, 14, 100, 36, { fill: '#F1F5F9', r: 18 }, [T('↻ Sync now', 12, 9, 80, 18, { size: 13, weight: 600 })]),
  T('Disconnect', 900, 22, 90, 18, { size: 13, weight: 600, color: '#DC2626' }),
]);
channels.children = [
  F('Top bar', 0, 0, W, 64, { fill: '#FFFFFF', stroke: '#E5E7EB' }, [backO, T('Settings', 64, 20, 200, 24, { size: 18, weight: 600 })]),
  F('Auto layout', 40, 88, 1114, 700, { layout: 'VERTICAL', gap: 12 }, [
    F('Frame 60', 0, 0, 800, 32, { layout: 'HORIZONTAL', gap: 8 }, ['Account', 'Channels', 'Carriers', 'Team', 'Billing'].map((t, i) => chip(t, i * 100, 0, { fill: t === 'Channels' ? INK : '#F1F5F9', color: t === 'Channels' ? '#FFFFFF' : '#33415C' }))),
    F('Frame 61', 0, 48, 1000, 24, { layout: 'HORIZONTAL' }, [T('Channel', 60, 4, 200, 16, { size: 12, color: '#64748B' }), T('Connected', 380, 4, 160, 16, { size: 12, color: '#64748B' }), T('Last sync', 580, 4, 160, 16, { size: 12, color: '#64748B' })]),
    chRow('Shopify', '2 Jun 2025, 10:14', '4 min ago', 'pine-and-pebble.myshopify.com · USD'),
    chRow('WooCommerce', '9 Jun 2025, 16:30', '1 h ago', 'shop.pineandpebble.co · USD'),
    chRow('Xero', '9 Jun 2025, 16:41', 'Yesterday 23:00', 'Pine & Pebble Ltd'),
    T('Delete store', 0, 400, 120, 18, { size: 13, color: '#DC2626' }),
  ]),
];

// 10 compare plans (dead end)
const x10 = V('Close', W - 56, 24, 24, 24, { stroke: INK });
back(x10);
compare.children = [
  x10,
  F('Auto layout', 64, 80, 1066, 700, { layout: 'VERTICAL', gap: 8 }, [
    T('Compare plans', 0, 0, 600, 32, { size: 26, weight: 700 }),
    ...['Orders / month', 'Users', 'Batch picking', 'Returns portal', 'Priority support'].map((f) =>
      F('Frame', 0, 0, 1066, 44, { stroke: '#E5E7EB', layout: 'HORIZONTAL', gap: 0 }, [T(f, 12, 12, 300, 20), T('✓', 420, 12, 40, 20), T('✓', 640, 12, 40, 20), T('✓', 860, 12, 40, 20)])),
    T('Prices in USD. Cancel anytime.', 0, 300, 400, 18, { size: 13, color: '#64748B' }),
  ]),
];

// 11 returns (look-alikes)
const backR = V('Back', 24, 20, 24, 24, { stroke: INK });
go(backR, orders);
returns.children = [
  F('Top bar', 0, 0, W, 64, { fill: '#FFFFFF', stroke: '#E5E7EB' }, [backR, T('Returns', 64, 20, 200, 24, { size: 18, weight: 600 })]),
  F('Auto layout', 40, 88, 1114, 600, { layout: 'VERTICAL', gap: 12 }, [
    F('Frame', 0, 0, 1000, 32, { layout: 'HORIZONTAL', gap: 8 }, [chip('Requested', 0, 0), chip('In transit', 100, 0), chip('Refunded', 200, 0)]),
    F('Frame', 0, 48, 1000, 64, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 16, gap: 16 }, [
      T('RMA-2207 · #1019', 16, 22, 200, 20, { weight: 600 }), chip('LinkPost Couriers', 240, 18), T('Link label to order', 760, 22, 160, 18, { size: 13, color: TEAL }),
    ]),
  ]),
];

addPage('Flow — iPad', [welcome, plan, store, grid, shop, after, upload, orders, channels, compare, returns], { startNode: welcome });

d.write(new URL(`../${NAME}.json`, import.meta.url), { name: 'ShipNest — iPad onboarding', lastModified: '2025-06-18T09:03:44Z', version: '6011823907' });

writeTruth(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'iPad landscape onboarding for an order-fulfilment app: welcome, plan, shop questions, then a tile grid of sales channels and accounting apps with search, categories, a setup-strength meter, CSV fallback, teammate hand-off, and channel settings with sync and disconnect. Chips and tags on every screen; start set only by prototypeStartNodeID.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect',
    'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear',
    'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'privacy.trust-language', 'privacy.consent-action',
    'privacy.disconnect-anytime', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'Welcome → plan → shop questions → integrations grid: three taps.',
    'value.three-part': 'The grid says which data moves and has tiles, but states no benefit to the merchant; no value message at the decision point.',
    'value.progress-meter': '"Setup strength · n of 3 sources" bar grows as channels are connected.',
    'privacy.statistics': '"12,000+ merchants ship with ShipNest every day" on the welcome screen.',
    'privacy.data-scope': 'Orders, SKUs and stock pulled from the store; tracking numbers pushed back.',
    'privacy.consent-action': 'No checkbox or consent wording before the grid or the third-party approval.',
    'platform.non-linear': '"Send to a teammate" and "Skip for now" on the grid.',
    'connection.delete': '"Disconnect" per channel row; "Delete store" is a look-alike.',
    'funnel.social-proof': 'Left unlabelled: a usage count only, no testimonial or rating.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: grid.id, stepsToConnect: 3, deadEnds: [compare.id] },
});

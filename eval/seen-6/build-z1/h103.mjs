// h103 — e-commerce analytics for farm shops, iPad landscape 1194x834, UK copy.
// Older prototype style: prototypeStartNodeID only, some transitionNodeID links.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  page, setFont, nid, T, F, col, row, I, G, R, V, E, screen, section, canvas, writeFile, writeTruth,
  nav, swap, overlay, changeTo, BACK, CLOSE, btnFrame, btnGroup, linkText, spacer,
} from './lib.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h103-farm-shop-ecommerce-tablet';
setFont('Work Sans');
const SERIF = 'Recoleta';
const MOSS = '#2F5233';
const CREAM = '#FBF7EE';
const SOIL = '#6B5B45';
const LINE = '#E7DFCF';

// ---- components (page 4)
page(4, 1);
const cTileSet = nid();
const cTile = nid();
const cTileOn = nid();
const cChk = nid();
const comps = {
  [cTile]: { key: 'd20b7e11aa01', name: 'State=Default', description: '', componentSetId: cTileSet },
  [cTileOn]: { key: 'd20b7e11aa02', name: 'State=Pressed', description: '', componentSetId: cTileSet },
  [cChk]: { key: '6a0c33b9e4f8', name: 'checkbox', description: '20px' },
};
const sets = { [cTileSet]: { key: 'e91f04c2bb70', name: 'source tile', description: 'Source picker tile' } };
const compPage = canvas('0:4', 'Components', [
  F('source tile', { id: cTileSet, type: 'COMPONENT_SET', x: 0, y: 0, w: 500, h: 140, stroke: '#9747FF', r: 5 }, [
    col('State=Default', { id: cTile, type: 'COMPONENT', x: 20, y: 20, w: 200, pad: 16, gap: 8, r: 12, stroke: LINE, fill: '#FFFFFF', hover: [changeTo(cTileOn)] }, [V('Vector', { w: 32, h: 32, fill: SOIL }), T('Source', { size: 15, weight: 600 })]),
    col('State=Pressed', { id: cTileOn, type: 'COMPONENT', x: 260, y: 20, w: 200, pad: 16, gap: 8, r: 12, stroke: MOSS, fill: '#EEF3EC' }, [V('Vector', { w: 32, h: 32, fill: MOSS }), T('Source', { size: 15, weight: 600 })]),
  ]),
  F('checkbox', { id: cChk, type: 'COMPONENT', x: 560, y: 0, w: 20, h: 20, r: 4, stroke: SOIL, sw: 1.5 }, [V('tick', { x: 4, y: 5, w: 12, h: 9, fill: '#FFFFFF', visible: false })]),
]);

// ---- flow page (page 2)
page(2, 1);
const S = {};
for (const k of ['signup', 'tour1', 'tour2', 'plug', 'shopify', 'importing', 'plug2', 'dash', 'sources', 'remove', 'till']) S[k] = nid();
page(2, 300);
const W = 1194;
const H = 834;
const head = (s, o = {}) => T(s, { font: SERIF, size: o.size ?? 28, weight: 700, color: o.color ?? MOSS, ...o });
const tile = (label, o = {}) =>
  I(cTile, 'source tile', { layout: 'V', w: 170, pad: 16, gap: 8, r: 12, stroke: o.stroke ?? LINE, fill: '#FFFFFF', on: o.on, tid: o.tid }, [
    V('Vector', { w: 32, h: 32, fill: o.logo ?? SOIL }),
    T(label, { size: 15, weight: 600 }),
    ...(o.sub ? [T(o.sub, { size: 12, color: o.subColor ?? SOIL })] : []),
  ]);
const topbar = (title, o = {}) =>
  row('Top bar', { x: 0, y: 0, w: W, h: 64, pad: [0, 32], main: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: LINE }, [
    row('Frame 5', { gap: 10, hug: true }, [V('Vector', { w: 26, h: 26, fill: MOSS }), T('Hedgerow', { font: SERIF, size: 20, weight: 700, color: MOSS, hug: true })]),
    T(title, { size: 14, color: SOIL, hug: true }),
    row('Frame 6', { gap: 20, hug: true }, (o.links ?? []).map(([t, to]) => T(t, { size: 14, color: MOSS, weight: 600, hug: true, on: [nav(to)] }))),
  ]);
const bar = (done, of) =>
  col('Frame 30', { gap: 6, w: 360 }, [
    T(`${done} of ${of} sources plugged in`, { size: 13, weight: 600, color: SOIL }),
    F('Track', { w: 360, h: 10, r: 5, fill: '#EFE7D6' }, done ? [R('Fill', { x: 0, y: 0, w: Math.round((360 * done) / of), h: 10, r: 5, fill: MOSS })] : []),
  ]);

// section 1
const s1 = [
  screen(S.signup, 'Sign up', 0, 80, W, H, { fill: CREAM }, [
    G('Group 2', [R('Rectangle 1', { w: 560, h: H, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'f4rmsh0p9' }] }), T('Photo: Bramble Farm Shop, Herefordshire', { x: 24, y: 790, size: 11, color: '#FFFFFF', w: 300 })], { x: 634, y: 0 }),
    col('Auto layout', { x: 0, y: 0, w: 634, h: H, pad: [110, 72], gap: 18 }, [
      head('Start your free 14-day trial', { size: 34 }),
      T('Sales insights for farm shops — online, at the till and at the market stall.', { size: 16, color: SOIL }),
      col('Input', { gap: 6 }, [T('Shop name', { size: 13, color: SOIL }), row('Frame 11', { pad: [12, 14], r: 8, stroke: LINE, fill: '#FFFFFF' }, [T('e.g. Bramble Farm Shop', { size: 15, color: '#A79C88', grow: 1 })])]),
      col('Input', { gap: 6 }, [T('Email', { size: 13, color: SOIL }), row('Frame 12', { pad: [12, 14], r: 8, stroke: LINE, fill: '#FFFFFF' }, [T('you@yourfarm.co.uk', { size: 15, color: '#A79C88', grow: 1 })])]),
      col('Input', { gap: 6 }, [T('Password', { size: 13, color: SOIL }), row('Frame 13', { pad: [12, 14], r: 8, stroke: LINE, fill: '#FFFFFF' }, [T('At least 10 characters', { size: 15, color: '#A79C88', grow: 1 })])]),
      btnFrame('Create my shop account', { fill: MOSS, r: 10, name: 'Frame 14', tid: S.tour1 }),
      T('No card needed. Plans from £19/month after the trial — cancel anytime.', { size: 13, color: SOIL }),
    ]),
  ]),
  screen(S.tour1, 'Tour 1', 1294, 80, W, H, { fill: CREAM }, [
    row('Frame 20', { x: 0, y: 24, w: W, pad: [0, 32], main: 'MAX' }, [T('Skip', { size: 15, color: SOIL, weight: 600, hug: true, on: [nav(S.plug)] })]),
    col('Auto layout', { x: 197, y: 160, w: 800, gap: 22, cross: 'CENTER' }, [
      R('Illustration', { w: 420, h: 260, r: 20, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'ill0st1' }] }),
      head('Know what sells, from the egg stall to the online shop', { size: 30, align: 'CENTER' }),
      T('Hedgerow puts every sale in one place so you can order smarter and waste less.', { size: 16, color: SOIL, align: 'CENTER' }),
      row('Dots', { gap: 8, hug: true }, [E('Ellipse 1', { w: 8, h: 8, fill: MOSS }), E('Ellipse 2', { w: 8, h: 8, fill: LINE })]),
      btnGroup('Next', 240, 48, { fill: MOSS, r: 24, num: 21, on: [nav(S.tour2)] }),
    ]),
  ]),
  screen(S.tour2, 'Tour 2', 2588, 80, W, H, { fill: CREAM }, [
    col('Auto layout', { x: 197, y: 150, w: 800, gap: 22, cross: 'CENTER' }, [
      head('Farm shops like yours', { size: 30, align: 'CENTER' }),
      col('Quote', { w: 620, pad: 28, gap: 10, r: 16, fill: '#FFFFFF' }, [
        T('★★★★★', { size: 16, color: '#D9A21B' }),
        T('“Finally know which cheeses pay the rent. We cut our chiller waste by a third in one season.”', { font: SERIF, size: 20, weight: 500 }),
        T('Hannah Pryce, owner — Bramble Farm Shop', { size: 13, color: SOIL }),
      ]),
      row('Dots', { gap: 8, hug: true }, [E('Ellipse 1', { w: 8, h: 8, fill: LINE }), E('Ellipse 2', { w: 8, h: 8, fill: MOSS })]),
      btnGroup('Next', 240, 48, { fill: MOSS, r: 24, num: 22, vector: true, on: [nav(S.plug)] }),
    ]),
  ]),
];

// section 2
const plugBody = (done) => [
  topbar('Set-up', { links: [['Dashboard', S.dash]] }),
  col('Auto layout', { x: 0, y: 64, w: W, pad: [28, 48], gap: 18 }, [
    row('Frame 40', { main: 'SPACE_BETWEEN', cross: 'MIN' }, [
      col('Frame 41', { gap: 8, w: 640 }, [
        head(done ? 'Shopify’s in. Two to go.' : 'See what sells, stall by stall'),
        T(done ? 'Plug in your till and your accounts for the full picture.' : 'Bring your online orders, till sales and accounts together and Hedgerow shows your best and worst lines each week.', { size: 15, color: SOIL }),
      ]),
      bar(done, 3),
    ]),
    row('Search', { w: 420, pad: [10, 14], gap: 10, r: 20, stroke: LINE, fill: '#FFFFFF' }, [V('Vector', { w: 16, h: 16, stroke: SOIL, sw: 2, name: 'magnifier' }), T('Find your shop, till or accounts software', { size: 14, color: '#A79C88', grow: 1 })]),
    row('Groups', { gap: 28, cross: 'MIN' }, [
      col('Online shop', { gap: 10, hug: true }, [
        T('Online shop', { size: 18, weight: 700 }),
        done
          ? tile('Shopify', { logo: '#95BF47', sub: 'Plugged in ✓', subColor: MOSS, stroke: MOSS })
          : tile('Shopify', { logo: '#95BF47', on: [nav(S.shopify)] }),
        tile('Squarespace', { logo: '#000000' }),
      ]),
      col('Till', { gap: 10, hug: true }, [
        T('Till', { size: 18, weight: 700 }),
        done ? tile('Epos Now', { logo: '#00A3E0', sub: 'Pending — finish on the till', subColor: '#A8661B', stroke: '#E0B46A', on: [nav(S.till)] }) : tile('Epos Now', { logo: '#00A3E0', on: [nav(S.till)] }),
        tile('Square', { logo: '#3E4348' }),
        tile('SumUp', { logo: '#1A1A1A' }),
      ]),
      col('Accounts', { gap: 10, hug: true }, [
        T('Accounts', { size: 18, weight: 700 }),
        tile('QuickBooks', { logo: '#2CA01C' }),
        tile('Sage', { logo: '#00D639' }),
        tile('Xero', { logo: '#13B5EA' }),
      ]),
      col('Aside', { gap: 12, w: 300, pad: 18, r: 12, fill: '#FFFFFF' }, [
        T('Before you plug in', { size: 15, weight: 700 }),
        row('Consent', { gap: 10, cross: 'MIN' }, [
          I(cChk, 'checkbox', { w: 20, h: 20, r: 4, stroke: SOIL, sw: 1.5 }, []),
          T('I’m happy for Hedgerow to read my sales data. See our Privacy notice.', { size: 13, grow: 1 }),
        ]),
        T('Your data travels securely and stays yours. Unplug any source whenever you like.', { size: 13, color: SOIL }),
        linkText('Step-by-step: connecting your Epos Now till', { size: 13, color: MOSS, deco: 'UNDERLINE', w: 264 }),
        T('Need a hand? 01632 960 123 · hello@hedgerow.farm · Live chat', { size: 12, color: SOIL }),
        ...(done ? [] : [btnFrame('Plug in Shopify', { fill: MOSS, r: 10, size: 15, name: 'cta', on: [nav(S.shopify)] })]),
      ]),
    ]),
    row('Frame 48', { gap: 28 }, [
      T('Use a till we don’t list? Upload a CSV export instead', { size: 14, color: MOSS, deco: 'UNDERLINE', hug: true }),
      T('Save and come back later', { size: 14, color: SOIL, hug: true, on: done ? [nav(S.dash)] : undefined }),
      ...(done ? [btnFrame('Go to dashboard', { fill: MOSS, r: 10, size: 15, name: 'Frame 49', tid: S.dash })] : []),
    ]),
  ]),
];
const s2 = [
  screen(S.plug, 'Plug in sources', 0, 80, W, H, { fill: CREAM }, plugBody(0)),
  screen(S.shopify, 'Shopify – install', 1294, 80, W, H, { fill: '#F1F2F4' }, [
    col('Card', { x: 297, y: 120, w: 600, pad: 36, gap: 16, r: 12, fill: '#FFFFFF' }, [
      row('Frame 60', { gap: 10 }, [V('shopify bag', { w: 30, h: 34, fill: '#95BF47' }), T('brambleshop.myshopify.com', { size: 14, color: '#6D7175', grow: 1 })]),
      T('Install Hedgerow Insights', { size: 22, weight: 600 }),
      T('Hedgerow will read orders, products, customers and refunds from Shopify. It will not change anything in your shop.', { size: 14, color: '#6D7175' }),
      row('Frame 61', { gap: 12, main: 'MAX' }, [T('Cancel', { size: 14, hug: true, on: [BACK] }), btnFrame('Install app', { fill: '#008060', r: 8, size: 14, name: 'Button', on: [nav(S.importing)] })]),
    ]),
  ]),
  screen(S.importing, 'Importing', 2588, 80, W, H, { fill: CREAM }, [
    col('Auto layout', { x: 297, y: 280, w: 600, gap: 18, cross: 'CENTER' }, [
      G('Group 9', [E('Ellipse 3', { w: 64, h: 64, stroke: LINE, sw: 6 }), V('Vector', { w: 32, h: 32, stroke: MOSS, sw: 6 })], { tid: S.plug2 }),
      head('Importing 2,418 orders…', { size: 26, align: 'CENTER' }),
      T('Keep this open or come back later — we’ll email you when it’s done.', { size: 15, color: SOIL, align: 'CENTER' }),
    ]),
  ]),
  screen(S.plug2, 'Plug in sources – 1 of 3', 3882, 80, W, H, { fill: CREAM }, plugBody(1)),
  screen(S.till, 'Epos Now – pairing', 5176, 80, W, H, { fill: CREAM }, [
    topbar('Set-up'),
    col('Auto layout', { x: 247, y: 140, w: 700, gap: 16 }, [
      head('Finish on your till'),
      T('1  On the Epos Now back office, open Apps\n2  Find Hedgerow and tap Install\n3  Enter this code: 7Q4-KD2', { size: 16 }),
      T('Not at the shop? Send these steps to whoever’s on the till today.', { size: 14, color: SOIL }),
      row('Frame 70', { gap: 16 }, [btnFrame('Send steps', { fill: MOSS, r: 10, size: 15 }), T('Back to sources', { size: 14, color: MOSS, hug: true, on: [nav(S.plug2)] })]),
    ]),
  ]),
];

// section 3
const kpi = (l, v) => col('Frame ' + (80 + l.length), { w: 250, pad: 18, gap: 6, r: 12, fill: '#FFFFFF' }, [T(l, { size: 13, color: SOIL }), T(v, { font: SERIF, size: 26, weight: 700 })]);
const srcRow = (nm, linked, last, data) =>
  col('Row', { pad: 18, gap: 6, r: 12, fill: '#FFFFFF' }, [
    row('Frame 90', { gap: 14 }, [V('Vector', { w: 28, h: 28, fill: SOIL }), T(nm, { size: 16, weight: 600, grow: 1 }), T('Refresh now', { size: 14, color: MOSS, weight: 600, hug: true }), T('Remove', { size: 14, color: '#A8321B', hug: true, on: nm === 'Shopify' ? [overlay(S.remove)] : undefined })]),
    T(`${linked} · ${last}`, { size: 13, color: SOIL }),
    T(data, { size: 13, color: SOIL }),
  ]);
const s3 = [
  screen(S.dash, 'Dashboard', 0, 80, W, H, { fill: CREAM }, [
    topbar('This week', { links: [['Data sources', S.sources]] }),
    col('Auto layout', { x: 0, y: 64, w: W, pad: [28, 48], gap: 18 }, [
      head('Good morning, Hannah'),
      row('KPIs', { gap: 16 }, [kpi('Online sales', '£3,482'), kpi('Orders', '211'), kpi('Avg. basket', '£16.50'), kpi('Refunds', '£42')]),
      row('Charts', { gap: 16, cross: 'MIN' }, [
        col('Frame 84', { w: 540, pad: 18, gap: 10, r: 12, fill: '#FFFFFF' }, [
          T('Best sellers online', { size: 16, weight: 700 }),
          T('Free-range eggs (12)\nSourdough boule\nHereford beef mince 500g\nWye Valley cider', { size: 14, color: SOIL }),
        ]),
        col('Frame 85', { w: 490, pad: 18, gap: 10, r: 12, fill: '#FFFFFF', stroke: LINE }, [
          T('Best sellers in the shop', { size: 16, weight: 700 }),
          F('Placeholder', { h: 90, r: 8, fill: '#F4EFE4' }, [V('Vector', { x: 210, y: 25, w: 40, h: 40, fill: LINE })]),
          T('Plug in your till to see what sells over the counter.', { size: 13, color: SOIL }),
          btnFrame('Plug in till', { fill: MOSS, r: 10, size: 14, name: 'Frame 86', on: [nav(S.plug2)] }),
        ]),
      ]),
    ]),
  ]),
  screen(S.sources, 'Data sources', 1294, 80, W, H, { fill: CREAM }, [
    topbar('Data sources', { links: [['Dashboard', S.dash]] }),
    col('Auto layout', { x: 0, y: 64, w: W, pad: [28, 48], gap: 14 }, [
      head('Data sources'),
      srcRow('Shopify', 'Plugged in 12 May 2025', 'last refreshed today 10:42', 'Orders, products, customers, refunds'),
      srcRow('Epos Now', 'Plugged in 13 May 2025', 'last refreshed today 10:40', 'Till sales by product and by hour'),
      T('+ Plug in another source', { size: 14, color: MOSS, weight: 600, on: [nav(S.plug2)] }),
      spacer(40),
      T('Plan', { size: 13, weight: 700, color: SOIL }),
      T('Growing plan · £29/month · cancel anytime', { size: 14 }),
      T('Delete account', { size: 14, color: '#A8321B' }),
    ]),
  ]),
  screen(S.remove, 'Modal – remove', 2588, 80, 480, 280, { r: 14 }, [
    col('Auto layout', { x: 0, y: 0, w: 480, pad: 28, gap: 14 }, [
      head('Remove Shopify?', { size: 22 }),
      T('We’ll stop importing orders and revoke Hedgerow’s access. Past reports stay.', { size: 14, color: SOIL }),
      row('Frame 95', { gap: 12, main: 'MAX' }, [T('Keep', { size: 14, hug: true, on: [CLOSE] }), btnFrame('Remove', { fill: '#A8321B', r: 10, size: 14, on: [swap(S.sources)] })]),
    ]),
  ]),
];

const flowPage = canvas(
  '0:2',
  'iPad flow',
  [
    section('1 · Sign up', 0, 0, 3882, 1000, s1),
    section('2 · Connect', 0, 1200, 6470, 1000, s2),
    section('3 · Dashboard', 0, 2400, 3882, 1000, s3),
    T('Notes: tiles use the "source tile" set. Till pairing copy TBC with Epos Now.', { x: 0, y: 3500, size: 24, w: 1400, name: 'Sticky' }),
  ],
  { start: S.signup, noFlowKey: true },
);

// archive (page 3) and cover (page 1)
page(3, 1);
const archive = canvas('0:3', 'Old explorations', [
  screen(nid(), 'Connect v0', 0, 0, W, H, { fill: '#FFFFFF' }, [
    col('Auto layout', { x: 0, y: 0, w: W, pad: 60, gap: 16 }, [
      T('Connect your shop', { size: 30, weight: 700 }),
      T('Powered by OpenLedger · 10,000 shops trust us', { size: 14 }),
      btnFrame('Connect Shopify', { fill: '#000000', r: 4 }),
      T('FAQ', { size: 14, deco: 'UNDERLINE' }),
    ]),
  ]),
]);
page(1, 1);
const cover = canvas('0:1', '📌 Cover', [
  screen(nid(), 'Cover', 0, 0, 1600, 900, { fill: MOSS }, [
    T('Hedgerow — iPad onboarding', { x: 100, y: 360, font: SERIF, size: 72, weight: 700, color: CREAM, w: 1300 }),
    T('v2 · tablet landscape · handoff', { x: 100, y: 470, size: 28, color: '#CFE0C3', w: 700 }),
  ]),
]);

const count = writeFile(DIR, NAME, { title: 'Hedgerow iPad', lastModified: '2025-05-20T13:05:51Z', version: '5518840021', role: 'owner' }, [cover, flowPage, archive, compPage], comps, sets);

writeTruth(DIR, NAME, {
  kind: 'onboarding',
  description:
    'Hedgerow, sales analytics for farm shops (iPad landscape 1194x834). Sign-up, two tour screens (with Skip), a source picker grouped into online shop / till / accounts, a Shopify install mock, an importing state, the picker with statuses, till pairing, a dashboard with an in-context till prompt, data sources and a remove modal. Start set only through prototypeStartNodeID; some links use transitionNodeID.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.grouped-categories', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.accurate-branding'],
  notes: {
    'funnel.three-actions': 'Sign up → tour 1 → Skip → source picker: 2 steps.',
    'funnel.cta-visible': 'Picker is the main set-up screen with a "Plug in Shopify" button beside the tiles.',
    'funnel.social-proof': 'Five-star quote from a farm shop owner on tour 2.',
    'value.three-part': 'The picker has the benefit and a button but says nothing there about how the data is used; that appears only on the Shopify install mock.',
    'value.contextual-ctas': 'Dashboard card "Best sellers in the shop" with "Plug in till".',
    'value.progress-meter': '"1 of 3 sources plugged in" bar.',
    'value.faq-link': 'No FAQ/learn-more link in the flow (only on an archived screen).',
    'privacy.data-scope': 'Install screen: reads orders, products, customers, refunds from Shopify; will not change anything.',
    'privacy.trust-language': '"Your data travels securely and stays yours."',
    'privacy.consent-action': 'Checkbox instance beside "I’m happy for Hedgerow to read my sales data. See our Privacy notice."',
    'privacy.disconnect-anytime': '"Unplug any source whenever you like."',
    'privacy.connection-guide': '"Step-by-step: connecting your Epos Now till".',
    'privacy.support-contacts': 'Phone, email and live chat in the picker aside.',
    'privacy.statistics': 'No figures in the flow (one only on an archived screen; "2,418 orders" is an import count).',
    'privacy.powered-by': 'No provider mark in the flow.',
    'platform.explain-redirect': 'Choosing Shopify goes straight to the install screen with no word about leaving and coming back.',
    'platform.grouped-categories': '"Online shop", "Till", "Accounts" columns.',
    'platform.accurate-branding': 'Bare, ambiguous names ("QuickBooks", "Sage") and flat vector blobs instead of logos.',
    'platform.search': 'Rounded search field with magnifier over the tiles.',
    'platform.alternatives': 'Upload a CSV export for an unlisted till.',
    'platform.non-linear': '"Save and come back later"; send till steps to whoever is on the till.',
    'platform.multiple-connections': 'Shopify "Plugged in ✓", Epos Now "Pending", "+ Plug in another source".',
    'connection.view-live': 'Data sources: names, plugged-in dates, last refreshed times, data types.',
    'connection.delete': '"Remove" with a revoke-access confirmation.',
    'connection.refresh': '"Refresh now" per source.',
    'connection.syncing-indicator': 'Spinner with "Importing 2,418 orders…".',
    'funnel.greeting-email': 'No email frame.',
    'funnel.prefill': 'Nothing shown filled from connected data.',
    'privacy.mutual-nda': 'Not offered.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.plug, stepsToConnect: 2, deadEnds: [] },
});
console.log(NAME, count, 'nodes');

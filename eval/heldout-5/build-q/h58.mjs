// h58: demand forecasting for small manufacturers, desktop 1440x900, settings-first; no prototype start set.
import { onPage, F, R, V, E, T, I, C, CS, SEC, VS, HS, go, act, btnI, btnF, btnG, link, checkbox, searchField, logo, solid, finish, doc, canvas, writeOut } from './lib.mjs';

const W = 1440;
const H = 900;
const OUT = new URL('..', import.meta.url).pathname;
const ink = '14171F';
const teal = '0E7C86';
const grey = '646B7A';
const t = (c, x, y, w, s = 14, wt = 400, o = {}) => T(c, x, y, w, s, wt, { family: 'IBM Plex Sans', color: ink, ...o });

// ---- components page
onPage(2);
const small = C('Property 1=Default', 0, 0, 96, 32, { fills: solid('FFFFFF'), strokes: solid(teal), cornerRadius: 4 }, [t('Connect', 12, 7, 72, 13, 600, { color: teal })]);
const smallHover = C('Property 1=Hover', 120, 0, 96, 32, { fills: solid('E6F4F5'), strokes: solid(teal), cornerRadius: 4 }, [t('Connect', 12, 7, 72, 13, 600, { color: teal })]);
const smallSet = CS('button/secondary/sm', 40, 40, 240, 60, {}, [small, smallHover]);
const primary = C('button/primary', 40, 140, 200, 40, { fills: solid(teal), cornerRadius: 4 }, [t('Label', 16, 10, 168, 14, 600, { color: 'FFFFFF' })]);
const componentsPage = canvas(2, 'Components', [smallSet, primary]);
const components = {
  [small.id]: { key: '7e20aa01', name: 'Property 1=Default', description: '', componentSetId: smallSet.id },
  [smallHover.id]: { key: '7e20aa02', name: 'Property 1=Hover', description: '', componentSetId: smallSet.id },
  [primary.id]: { key: '7e20aa03', name: 'button/primary', description: '' },
};
const componentSets = { [smallSet.id]: { key: '7e20aa09', name: 'button/secondary/sm', description: '' } };

onPage(1);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1920, 1080, { fills: solid(ink) }, [t('Forecastly · Workspace setup', 120, 420, 1400, 72, 700, { color: 'FFFFFF' }), t('Settings-first onboarding · design review 2', 120, 520, 1400, 28, 400, { color: '9AA3B5' })])]);

// ---- flow
onPage(3);
const topbar = () => F('Frame 2', 0, 0, W, 56, { fills: solid('FFFFFF'), strokes: solid('E4E7EC') }, [
  V('Vector', 24, 16, 24, 24, { fills: solid(teal) }), t('Forecastly', 56, 16, 200, 17, 700),
  HS('Frame 3', 600, 16, [t('Forecasts', 0, 0, 80, 14, 500, { color: grey }), t('Products', 0, 0, 80, 14, 500, { color: grey }), t('Purchase plans', 0, 0, 120, 14, 500, { color: grey })], { gap: 24 }),
  E('Ellipse 4', 1384, 12, 32, 32, { fills: solid('D8DDE6') }),
]);
const settingsNav = (active) => VS('Frame 10', 24, 96, 220, ['General', 'Data sources', 'Members', 'Billing'].map((l) => {
  const n = t(l, 0, 0, 200, 14, l === active ? 700 : 500, { color: l === active ? teal : grey });
  if (l === 'Data sources' && l !== active) go(n, '@Settings — Data sources');
  if (l === 'Billing' && l !== active) go(n, '@Settings — Billing');
  return n;
}), { gap: 14 });
const screen = (name, kids) => F(name, 0, 0, W, H, { fills: solid('F7F8FA'), clipsContent: true }, kids);
const input = (label, ph) => VS(`Frame ${label.length + 30}`, 0, 0, 420, [t(label, 0, 0, 420, 13, 600), F('Frame 31', 0, 0, 420, 40, { fills: solid('FFFFFF'), strokes: solid('CCD2DC'), cornerRadius: 4 }, [t(ph, 12, 10, 396, 14, 400, { color: '9AA3B5' })])], { gap: 6 });

const signup = screen('Create your workspace', [
  VS('Auto layout', 510, 140, 420, [
    t('Create your workspace', 0, 0, 420, 26, 700),
    t('Forecast demand by SKU and plan purchases 12 weeks out.', 0, 0, 420, 15, 400, { color: grey }),
    input('Company', 'Acme Tooling Inc.'), input('Work email', 'name@company.com'), input('Password', 'At least 12 characters'),
    go(btnI('Create workspace', primary.id, 0, 0, 420, 44, 'button/primary', { bg: teal }), '@Settings — General'),
    go(link('Compare plans', 0, 0, 140, { color: teal }), '@Pricing'),
  ], { gap: 14 }),
]);

const pricing = screen('Pricing', [
  VS('Auto layout', 220, 100, 1000, [
    t('Plans', 0, 0, 1000, 28, 700),
    HS('Frame 40', 0, 0, [['Starter', '$290/mo', 'Up to 500 SKUs'], ['Plant', '$690/mo', 'Up to 5,000 SKUs, 3 sites'], ['Group', 'Talk to us', 'Multi-entity, SSO']].map(([n, p, d]) =>
      VS(`Frame ${n.length + 41}`, 0, 0, 320, [t(n, 0, 0, 280, 18, 700), t(p, 0, 0, 280, 24, 700, { color: teal }), t(d, 0, 0, 280, 14, 400, { color: grey })], { gap: 8, pad: 20, fills: solid('FFFFFF'), cornerRadius: 6 })), { gap: 20 }),
    t('14-day trial on every plan — cancel anytime before it ends and you won’t be billed.', 0, 0, 1000, 14, 400, { color: grey }),
    go(btnF('Start free trial', 0, 0, 180, 44, 'Frame 48', { bg: teal, r: 4 }), '@Create your workspace'),
  ], { gap: 20 }),
]);

const general = screen('Settings — General', [
  topbar(),
  t('Settings', 24, 72, 200, 12, 700, { color: grey }),
  settingsNav('General'),
  VS('Auto layout', 300, 88, 700, [
    t('General', 0, 0, 700, 22, 700),
    input('Company name', 'Acme Tooling Inc.'), input('Fiscal year starts', 'January'), input('Units of measure', 'Imperial (lb, in)'), input('Planning horizon', '12 weeks'),
    go(btnI('Save & continue', primary.id, 0, 0, 180, 40, 'button/primary', { bg: teal }), '@Settings — Data sources'),
  ], { gap: 16 }),
]);

const srcRow = (name, host, dest) => HS(`Frame ${name.length + 60}`, 0, 0, [
  logo(`src${name.length}`, 0, 0, 32),
  VS('Frame 61', 0, 0, 560, [t(name, 0, 0, 560, 14, 600), t(host, 0, 0, 560, 12, 400, { color: grey })], { gap: 2 }),
  go(I('Property 1=Default', small.id, 0, 0, 96, 32, { fills: solid('FFFFFF'), strokes: solid(teal), cornerRadius: 4 }, [t('Connect', 12, 7, 72, 13, 600, { color: teal })]), dest),
], { gap: 16, pad: 12, fills: solid('FFFFFF') });
const dataSources = screen('Settings — Data sources', [
  topbar(),
  t('Settings', 24, 72, 200, 12, 700, { color: grey }),
  settingsNav('Data sources'),
  VS('Auto layout', 300, 88, 760, [
    HS('Frame 70', 0, 0, [t('Data\u200Bsources', 0, 0, 420, 22, 700), go(btnF('Send to a teammate', 0, 0, 170, 36, 'Frame 71', { bg: 'FFFFFF', fg: teal, stroke: teal, r: 4, size: 13 }), '@Invite teammate', 'OVERLAY'), go(link('Finish later', 0, 8, 100, { color: grey }), '@Forecasts')], { gap: 20 }),
    searchField('Search ERPs, accounting and marketplaces', 0, 0, 420, 'Frame 72'),
    t('ERP & accounting', 0, 0, 760, 16, 700),
    VS('Frame 74', 0, 0, 760, [
      srcRow('Microsoft Dynamics 365 Business Central', 'dynamics.microsoft.com', '@Authorize Business Central'),
      srcRow('SAP Business One', 'sap.com', '@Authorize Business Central'),
      srcRow('Oracle NetSuite', 'netsuite.com', '@Authorize Business Central'),
      srcRow('QuickBooks Online Advanced', 'quickbooks.intuit.com', '@Authorize Business Central'),
      srcRow('Katana Cloud Inventory', 'katanamrp.com', '@Authorize Business Central'),
    ], { gap: 1 }),
    t('Marketplaces', 0, 0, 760, 16, 700),
    VS('Frame 76', 0, 0, 760, [
      srcRow('Amazon Seller Central (US)', 'sellercentral.amazon.com', '@Authorize Amazon'),
      srcRow('Walmart Marketplace', 'seller.walmart.com', '@Authorize Amazon'),
      srcRow('Faire', 'faire.com', '@Authorize Amazon'),
    ], { gap: 1 }),
    t('Not listed? Import orders, BOMs and inventory from CSV or Excel', 0, 0, 760, 13, 500, { color: teal, deco: 'UNDERLINE' }),
    go(link('Guide: connecting Business Central, NetSuite and Amazon step by step', 0, 0, 760, { color: teal, size: 13 }), '@Help & docs'),
  ], { gap: 12 }),
]);
dataSources._h = 1240;

const authorize = (name, brand, site, scope) => screen(name, [
  R('Rectangle 80', 0, 0, W, H, { fills: solid('14171F'), opacity: 0.45 }),
  F('Frame 81', 460, 120, 520, 600, { fills: solid('FFFFFF'), cornerRadius: 8 }, [
    VS('Auto layout', 32, 28, 456, [
      HS('Frame 82', 0, 0, [logo(`a${brand.length}`, 0, 0, 40), t(`Authorize ${brand}`, 0, 8, 360, 20, 700)], { gap: 12 }),
      t(`Next you’ll sign in at ${site} and approve access. ${brand} then sends you back to this page.`, 0, 0, 456, 14, 400, { h: 42 }),
      t(scope, 0, 0, 456, 14, 400, { h: 60 }),
      t('Read-only. Encrypted in transit and at rest. Forecastly never shares your sales or inventory data with third parties unless you ask us to.', 0, 0, 456, 13, 400, { color: grey, h: 56 }),
      HS('Frame 86', 0, 0, [checkbox(0, 0, 'vector'), t('I have read the Data Processing Addendum and consent to this access.', 0, 0, 420, 13, 400, { h: 36 })], { gap: 10 }),
      HS('Frame 87', 0, 0, [link('Data Processing Addendum', 0, 0, 200, { color: teal, size: 13 }), t('·', 0, 0, 10, 13, 400), link('Request a mutual NDA', 0, 0, 160, { color: teal, size: 13 })], { gap: 8 }),
      HS('Frame 88', 0, 0, [
        go(btnG(`Continue to ${brand.split(' ')[0]}`, 0, 0, 220, 44, 'Group 5', { bg: teal, r: 4 }), '@Syncing'),
        act(btnF('Cancel', 0, 0, 100, 44, 'Frame 89', { bg: 'FFFFFF', fg: ink, stroke: 'CCD2DC', r: 4 }), { type: 'CLOSE' }),
      ], { gap: 12 }),
      HS('Frame 90', 0, 0, [t('Powered by', 0, 0, 80, 11, 400, { color: grey }), t('Codat', 0, 0, 60, 11, 700)], { gap: 4, visible: false }),
    ], { gap: 16 }),
  ]),
]);
const authAmazon = authorize('Authorize Amazon', 'Amazon Seller Central', 'sellercentral.amazon.com', 'We import orders, returns and FBA inventory levels from Seller Central to forecast demand per SKU. Nothing is sent back to Amazon.');
const authBC = authorize('Authorize Business Central', 'Business Central', 'login.microsoftonline.com', 'We read items, bills of materials, sales history and open purchase orders from Business Central. We never write to your ERP.');

const syncing = screen('Syncing', [
  topbar(),
  VS('Auto layout', 520, 300, 400, [
    E('Ellipse 100', 176, 0, 48, 48, { strokes: solid(teal), strokeWeight: 4, fills: [], arcData: { startingAngle: 0, endingAngle: 4.7, innerRadius: 0.85 } }),
    t('Importing 3 years of orders…', 0, 0, 400, 18, 700, { textAlignHorizontal: 'CENTER' }),
    t('You can leave this page; we’ll email you when the first forecast is ready.', 0, 0, 400, 13, 400, { color: grey, textAlignHorizontal: 'CENTER', h: 36 }),
    go(btnF('Continue', 140, 0, 120, 40, 'Frame 104', { bg: teal, r: 4 }), '@Data sources — connected'),
  ], { gap: 16 }),
]);

const liveRow = (cells, status, color) => HS(`Frame ${cells[0].length + 110}`, 0, 0, [
  ...cells.map((c, i) => t(c, 0, 6, [250, 120, 150, 150, 130][i], 13, i === 0 ? 600 : 400)),
  t(status, 0, 6, 130, 12, 700, { color }),
  t('Sync now', 0, 6, 70, 13, 600, { color: teal }),
  t('Revoke', 0, 6, 60, 13, 600, { color: 'B42318' }),
], { gap: 12, pad: 10, fills: solid('FFFFFF') });
const connectedPage = screen('Data sources — connected', [
  topbar(),
  t('Settings', 24, 72, 200, 12, 700, { color: grey }),
  settingsNav('Data sources'),
  VS('Auto layout', 280, 88, 1130, [
    t('Data sources', 0, 0, 1000, 22, 700),
    VS('Table', 0, 0, 1130, [
      HS('Frame 111', 0, 0, ['Source', 'Type', 'Connected', 'Last sync', 'Records', 'Status', '', ''].map((h, i) => t(h, 0, 0, [250, 120, 150, 150, 130, 130, 70, 60][i], 12, 700, { color: grey })), { gap: 12, pad: 10, fills: solid('EEF1F5') }),
      liveRow(['Amazon Seller Central (US)', 'Marketplace', 'Apr 2, 2026 10:41', 'Today 06:00', '48,210 orders'], 'Connected', '067647'),
      liveRow(['Microsoft Dynamics 365 Business Central', 'ERP', '—', '—', '—'], 'Awaiting approval', 'B54708'),
      liveRow(['Faire', 'Marketplace', 'Apr 2, 2026 10:55', 'Today 06:00', '1,904 orders'], 'Connected', '067647'),
    ], { gap: 1 }),
    go(link('+ Add another source', 0, 0, 200, { color: teal, underline: false, weight: 600 }), '@Settings — Data sources'),
    go(btnI('Go to forecasts', primary.id, 0, 0, 180, 40, 'button/primary', { bg: teal }), '@Forecasts'),
  ], { gap: 16 }),
]);

const skuRows = [['BRK-1042', 'Steel bracket 4"', '1,240', '1,380', '+11%'], ['HNG-220', 'Hinge, zinc', '3,900', '3,610', '−7%'], ['LinkPoint LP-8', 'Chain link 8mm', '620', '910', '+47%'], ['CLP-09', 'Pipe clamp', '2,050', '2,120', '+3%'], ['SPR-33', 'Die spring', '480', '505', '+5%'], ['BLT-M10', 'Bolt M10x40', '12,400', '11,980', '−3%']];
const forecasts = screen('Forecasts', [
  topbar(),
  VS('Auto layout', 40, 80, 1360, [
    t('Demand forecast · next 12 weeks', 0, 0, 800, 22, 700),
    F('Frame 120', 0, 0, 1360, 300, { fills: solid('FFFFFF'), cornerRadius: 6 }, [
      V('Vector', 24, 60, 1000, 200, { strokes: solid(teal), strokeWeight: 2, fills: [] }),
      VS('Frame 121', 1060, 60, 280, [
        t('By channel', 0, 0, 280, 15, 700),
        t('Connect a marketplace to split this forecast into Amazon, Walmart and wholesale demand.', 0, 0, 280, 13, 400, { h: 56 }),
        go(I('Property 1=Default', small.id, 0, 0, 96, 32, { fills: solid('FFFFFF'), strokes: solid(teal), cornerRadius: 4 }, [t('Connect', 12, 7, 72, 13, 600, { color: teal })]), '@Settings — Data sources'),
      ], { gap: 10 }),
    ]),
    VS('Table', 0, 0, 1360, [
      HS('Frame 130', 0, 0, ['SKU', 'Item', 'Last 12 wks', 'Next 12 wks', 'Change'].map((h) => t(h, 0, 0, 250, 12, 700, { color: grey })), { gap: 12, pad: 10, fills: solid('EEF1F5') }),
      ...skuRows.map((r, i) => HS(`Frame ${131 + i}`, 0, 0, r.map((c) => t(c, 0, 0, 250, 13, 400)), { gap: 12, pad: 10, fills: solid('FFFFFF') })),
    ], { gap: 1 }),
  ], { gap: 16 }),
]);
// hover variant on the contextual button
act(forecasts.children[1].children[1].children[1].children[2], { type: 'NODE', destinationId: smallHover.id, navigation: 'CHANGE_TO', transition: null }, 'ON_HOVER');

const invite = screen('Invite teammate', [
  R('Rectangle 140', 0, 0, W, H, { fills: solid('14171F'), opacity: 0.45 }),
  F('Frame 141', 520, 240, 400, 320, { fills: solid('FFFFFF'), cornerRadius: 8 }, [
    VS('Auto layout', 24, 24, 352, [
      t('Hand this step to someone else', 0, 0, 352, 18, 700),
      t('Your ERP admin or ops lead can connect the systems they own. You’ll see each source turn green as they finish.', 0, 0, 352, 13, 400, { color: grey, h: 56 }),
      input('Their email', 'ops@acmetooling.com'),
      HS('Frame 146', 0, 0, [btnF('Send invite', 0, 0, 130, 40, 'Frame 147', { bg: teal, r: 4 }), act(link('Close', 0, 10, 60, { color: grey, underline: false }), { type: 'CLOSE' })], { gap: 16 }),
    ], { gap: 14 }),
  ]),
]);

const helpDocs = screen('Help & docs', [
  topbar(),
  VS('Auto layout', 240, 100, 960, [
    t('Help & docs', 0, 0, 960, 24, 700),
    VS('Frame 150', 0, 0, 960, ['Connecting Microsoft Dynamics 365 Business Central (admin permissions, 6 steps)', 'Connecting Amazon Seller Central: which regions and reports we use', 'Importing BOMs from a spreadsheet', 'Why is my forecast flat? Data history requirements'].map((l) => link(l, 0, 0, 900, { color: teal })), { gap: 10 }),
    t('Still stuck? Email support@forecastly.example or submit a request and an engineer replies within one business day.', 0, 0, 960, 14, 400, { h: 40 }),
    btnF('Submit a request', 0, 0, 170, 40, 'Frame 156', { bg: teal, r: 4 }),
    act(link('← Back', 0, 0, 80, { color: grey, underline: false }), { type: 'BACK' }),
  ], { gap: 16 }),
]);

const billing = screen('Settings — Billing', [
  topbar(),
  t('Settings', 24, 72, 200, 12, 700, { color: grey }),
  settingsNav('Billing'),
  VS('Auto layout', 300, 88, 700, [
    t('Billing', 0, 0, 700, 22, 700),
    t('Trial · 11 days left. Cancel anytime from this page.', 0, 0, 700, 14, 400),
    F('Frame 160', 0, 0, 700, 110, { strokes: solid('F4C7C3'), fills: solid('FFFBFA'), cornerRadius: 6 }, [t('Delete workspace', 16, 14, 400, 15, 700, { color: 'B42318' }), t('Removes forecasts, users and all imported data. This cannot be undone.', 16, 40, 660, 13, 400), btnF('Delete workspace', 16, 66, 160, 32, 'Frame 163', { bg: 'B42318', r: 4, size: 13 })]),
  ], { gap: 16 }),
]);

const place = (arr, y0) => arr.forEach((s, i) => { s._x = i * 1540; s._y = y0; });
const secA = [signup, pricing, general, dataSources, authBC, authAmazon];
const secB = [syncing, connectedPage, forecasts, invite, helpDocs, billing];
place(secA, 0); place(secB, 0);
const flowPage = canvas(3, 'Setup flow', [SEC('Section 1 — account & settings', 0, 0, 9300, 1400, secA), SEC('Section 2 — after connecting', 0, 1600, 9300, 1100, secB)]);

onPage(4);
const archive = canvas(4, 'Archive — Q1 ideas', [
  F('Onboarding wizard (rejected)', 0, 0, W, H, { fills: solid('FFFFFF') }, [t('Step 2 of 4 · Connect your ERP', 100, 100, 800, 26, 700), t('Trusted by 900 manufacturers · Powered by Codat', 100, 150, 800, 14, 400), btnF('Connect ERP', 100, 200, 160, 44, 'Frame 2')]),
  F('Welcome email (draft)', 1600, 0, 640, 1000, { fills: solid('FFFFFF') }, [t('Welcome to Forecastly!\n1  Confirm your email\n2  Connect your ERP\n3  See your first forecast', 40, 40, 560, 16, 400)]),
]);

const file = doc('Forecastly — Setup (settings-first)', '2026-04-09T13:22:05Z', [cover, componentsPage, flowPage, archive], components, componentSets);
const { count } = finish(file);
writeOut(OUT, 'h58-manufacturer-forecasting-desktop', file, {
  kind: 'onboarding',
  description: `Desktop (1440x900) setup for a demand-forecasting product for small manufacturers. After creating a workspace the user lands in Settings: General, then Settings — Data sources, where ERP/accounting systems and marketplaces are connected through per-provider authorization modals, a syncing screen, a connected-sources table, a forecasts dashboard, an invite overlay, help docs and billing. No prototype starting point is set. ${count} nodes.`,
  present: [
    'funnel.three-actions', 'value.contextual-ctas',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.progress-meter', 'privacy.statistics', 'privacy.powered-by'],
  notes: {
    'funnel.three-actions': 'Create your workspace → Settings — General → Settings — Data sources: two clicks.',
    'value.three-part': 'The data sources page is a bare settings list; no statement of what the manufacturer gains before the connect buttons.',
    'value.contextual-ctas': 'Forecast chart’s “By channel” panel asks to connect a marketplace.',
    'privacy.mutual-nda': '“Request a mutual NDA” link in the authorization modal.',
    'privacy.powered-by': 'The Powered by row in the modal is hidden; the archive frame is off-flow.',
    'privacy.statistics': 'Only on the rejected archive frame.',
    'funnel.greeting-email': 'The welcome email draft sits on the archive page, outside the flow.',
    'privacy.support-contacts': 'Support email and a request form on Help & docs.',
    'platform.non-linear': '“Send to a teammate” overlay and “Finish later” on the data sources page.',
    'connection.refresh': '“Sync now” on each connected source.',
  },
  flow: { startFrameId: signup.id, connectFrameId: dataSources.id, stepsToConnect: 2, deadEnds: [] },
});
console.log('h58', count);

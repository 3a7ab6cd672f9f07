// d66 — wholesale ordering for coffee roasters, desktop 1280x800, US English.
import { setPage, reseed, F, S, T, R, V, I, C, E, canvas, finish, countNodes, flowFacts, writeOut, fileShell, WRITTEN_BY, btnFrame, btnGroup, btnInst, link, field, logo, searchBox, spinner, divider, auto } from './lib.mjs';

const NAME = 'd66-coffee-roaster-wholesale-desktop';
const W = 1280, H = 800;
reseed(66);
const BROWN = '#6B3F1F', MUTED = '#786A5E', CREAM = '#FBF7F2';

setPage(6, 1);
const cDef = C('COMPONENT', 'State=Default', [0, 0, 220, 150], { fill: '#FFFFFF', stroke: '#E8DFD5', radius: 12 }, [R('logo', [16, 16, 40, 40], { fill: '#EEEEEE' }), T('App', [16, 68, 188, 22], { s: 16, w: 600 }), T('Category', [16, 96, 188, 18], { s: 13, c: MUTED })]);
const cHover = C('COMPONENT', 'State=Hover', [0, 170, 220, 150], { key: 'cardHover', fill: '#FFFFFF', stroke: BROWN, sw: 2, radius: 12 }, [R('logo', [16, 16, 40, 40], { fill: '#EEEEEE' }), T('App', [16, 68, 188, 22], { s: 16, w: 600 }), T('View details →', [16, 96, 188, 18], { s: 13, c: BROWN })]);
const cardSet = C('COMPONENT_SET', 'Card', [40, 40, 260, 360], { stroke: '#9747FF' }, [cDef, cHover]);
const cAction = C('COMPONENT', 'Comp / Action / Large', [340, 40, 220, 48], { fill: BROWN, radius: 8 }, [T('Action', [16, 14, 188, 20], { s: 15, w: 600, c: '#FFFFFF', align: 'CENTER' })]);
const cBox = C('COMPONENT', 'Checkbox', [340, 120, 20, 20], { stroke: '#8A7B6E', radius: 4 }, []);
const compPage = canvas('6:1', 'Components', [cardSet, cAction, cBox]);
const components = {
  [cDef.id]: { key: 'k66cd', name: cDef.name, description: 'Marketplace card', componentSetId: cardSet.id, documentationLinks: [] },
  [cHover.id]: { key: 'k66ch', name: cHover.name, description: 'Marketplace card hover', componentSetId: cardSet.id, documentationLinks: [] },
  [cAction.id]: { key: 'k66act', name: cAction.name, description: '', documentationLinks: [] },
  [cBox.id]: { key: 'k66box', name: cBox.name, description: '20px box', documentationLinks: [] },
};
const componentSets = { [cardSet.id]: { key: 'k66cardset', name: 'Card', description: '' } };
const ACT = cAction.id, CARD = cDef.id, BOX = cBox.id;

setPage(2, 1);
const nav = (active) => F('Nav', [0, 0, 220, H], { fill: '#2B1C10', layout: 'VERTICAL', padX: 16, padY: 24, gap: 6 }, [
  V('Vector', [20, 24, 120, 26], { fill: '#F3E3CF', name: 'beanline' }),
  ...[['Home', 'home'], ['Orders', 'orders'], ['Cafés'], ['Reports', 'reports'], ['Integrations', 'market'], ['Connected apps', 'apps']].map(([l, k], i) => F(auto('Frame'), [12, 80 + i * 44, 196, 40], { fill: l === active ? '#4A3020' : undefined, radius: 8, go: k ? [k] : undefined }, [T(l, [14, 10, 170, 20], { s: 15, w: l === active ? 600 : 400, c: '#F3E3CF' })])),
]);
const helpLine = (y) => T('Questions? Call (503) 555-0142 · wholesale-help@beanline.com · Open a support request', [252, y, 900, 20], { s: 13, c: MUTED });

const signup = F('Sign up', [0, 0, W, H], { key: 'signup', fill: CREAM }, [
  F(auto('Frame'), [390, 100, 500, 600], { fill: '#FFFFFF', radius: 16, layout: 'VERTICAL', padX: 40, padY: 36, gap: 18 }, [
    V('Vector', [40, 36, 120, 26], { fill: BROWN }),
    T('Open your wholesale account', [40, 80, 420, 34], { s: 26, w: 700 }),
    field('Roastery name', 'e.g. Ridgeback Coffee Roasters', [40, 130, 420, 68], { placeholder: true }),
    field('Work email', 'name@roastery.com', [40, 214, 420, 68], { placeholder: true }),
    field('Password', '••••••••', [40, 298, 420, 68]),
    btnInst('Create account', [40, 390, 420, 48], ACT, { go: ['verify'] }),
    T('Free for 30 days. Cancel your plan anytime.', [40, 454, 420, 20], { s: 13, c: MUTED }),
  ]),
]);
const verify = F('Frame 501', [0, 0, W, H], { key: 'verify', fill: CREAM }, [
  F(auto('Frame'), [390, 180, 500, 400], { fill: '#FFFFFF', radius: 16, layout: 'VERTICAL', padX: 40, padY: 36, gap: 18 }, [
    T('Check your inbox', [40, 36, 420, 32], { s: 24, w: 700 }),
    T('We sent a 6-digit code to sam@ridgebackcoffee.com', [40, 80, 420, 22], { s: 15, c: MUTED }),
    F(auto('Frame'), [40, 120, 420, 56], { layout: 'HORIZONTAL', gap: 10 }, [0, 1, 2, 3, 4, 5].map((i) => R(auto('Rectangle'), [i * 66, 0, 56, 56], { stroke: '#D8CFC4', radius: 8, fill: '#FFFFFF' }))),
    btnFrame('Verify', [40, 200, 420, 48], BROWN, { go: ['roastery'] }),
  ]),
]);
const roastery = F('Frame 502', [0, 0, W, H], { key: 'roastery', fill: CREAM }, [
  F(auto('Frame'), [340, 80, 600, 640], { layout: 'VERTICAL', gap: 18 }, [
    T('About your roastery', [0, 0, 600, 34], { s: 26, w: 700 }),
    field('Monthly green coffee volume', '1,000–5,000 lb', [0, 56, 600, 68]),
    field('Who do you sell to?', 'Cafés, grocers, offices', [0, 140, 600, 68]),
    btnFrame('Continue', [0, 240, 200, 48], BROWN, { go: ['home'] }),
  ]),
]);

const home = F('Home', [0, 0, W, H], { key: 'home', fill: CREAM }, [
  nav('Home'),
  F(auto('Frame'), [252, 32, 996, 736], { layout: 'VERTICAL', gap: 20 }, [
    T('Welcome, Sam ☕', [0, 0, 600, 34], { s: 26, w: 700 }),
    F(auto('Frame'), [0, 56, 996, 220], { fill: '#FFFFFF', radius: 14, stroke: '#E8DFD5', layout: 'HORIZONTAL', padX: 28, padY: 28, gap: 28 }, [
      R(auto('Rectangle'), [28, 28, 164, 164], { fill: { type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img66apps' }, radius: 12 }),
      F(auto('Frame'), [220, 28, 600, 164], { layout: 'VERTICAL', gap: 10 }, [
        T('Bring your books and your store into Beanline', [0, 0, 600, 28], { s: 20, w: 700 }),
        T('Hook up the tools you already run the roastery on.', [0, 36, 600, 22], { s: 15, c: MUTED }),
        btnInst('Connect your tools', [0, 80, 220, 48], ACT, { go: ['market'] }),
        link('Skip for now', [240, 94, 120, 20], MUTED, { go: ['orders'] }),
      ]),
    ]),
    F(auto('Frame'), [0, 296, 996, 140], { layout: 'HORIZONTAL', gap: 16 }, ['Open orders|0', 'Cafés|3', 'This month|$0'].map((s, i) => F(auto('Frame'), [i * 332, 0, 316, 140], { fill: '#FFFFFF', radius: 12, stroke: '#E8DFD5' }, [T(s.split('|')[0], [20, 20, 276, 20], { s: 14, c: MUTED }), T(s.split('|')[1], [20, 56, 276, 40], { s: 30, w: 700 })]))),
    link('Starter plan · see pricing', [0, 460, 220, 20], BROWN, { go: ['pricing'] }),
  ]),
  helpLine(770),
]);

const appCard = (name, cat, ref, x, y, to) => I(name, [x, y, 220, 150], CARD, { go: to ? [to] : undefined, hover: 'cardHover' }, [logo([16, 16, 40, 40], ref), T(name, [16, 68, 188, 22], { s: 16, w: 600 }), T(cat, [16, 96, 188, 18], { s: 13, c: MUTED })]);
const market = F('Integrations', [0, 0, W, H], { key: 'market', fill: CREAM }, [
  nav('Integrations'),
  F(auto('Frame'), [252, 32, 996, 736], { layout: 'VERTICAL', gap: 16 }, [
    F(auto('Frame'), [0, 0, 996, 48], { layout: 'HORIZONTAL', gap: 16 }, [T('App marketplace', [0, 6, 400, 34], { s: 26, w: 700 }), searchBox('Search 40+ integrations', [596, 0, 400, 44])]),
    F(auto('Frame'), [0, 64, 996, 190], { layout: 'VERTICAL', gap: 10 }, [
      T('Accounting', [0, 0, 300, 24], { s: 18, w: 700 }),
      F(auto('Frame'), [0, 34, 996, 150], { layout: 'HORIZONTAL', gap: 16 }, [appCard('QuickBooks', 'Accounting', 'img66qb', 0, 0, 'detail'), appCard('Xero', 'Accounting', 'img66xero', 236, 0, 'detail'), appCard('Sage', 'Accounting', 'img66sage', 472, 0, 'detail')]),
    ]),
    F(auto('Frame'), [0, 270, 996, 190], { layout: 'VERTICAL', gap: 10 }, [
      T('Sales channels', [0, 0, 300, 24], { s: 18, w: 700 }),
      F(auto('Frame'), [0, 34, 996, 150], { layout: 'HORIZONTAL', gap: 16 }, [appCard('Shopify', 'E-commerce', 'img66shopify', 0, 0, 'detail'), appCard('Square', 'Point of sale', 'img66square', 236, 0, 'detail'), appCard('WooCommerce', 'E-commerce', 'img66woo', 472, 0, 'detail'), appCard('ShipLink', 'Shipping labels', 'img66shiplink', 708, 0)]),
    ]),
    F(auto('Frame'), [0, 476, 996, 130], { fill: '#F3E9DD', radius: 12, layout: 'HORIZONTAL', padX: 20, padY: 20, gap: 24 }, [
      F(auto('Frame'), [20, 20, 560, 90], { layout: 'VERTICAL', gap: 6 }, [T('“We haven’t typed a wholesale invoice into QuickBooks since March.”', [0, 0, 560, 44], { s: 16, f: 'Lora' }), T('Priya N., operations lead, Ridgeback Coffee Roasters', [0, 52, 560, 18], { s: 13, c: MUTED })]),
      T('2,400 roasters sync 1.1M orders a month through Beanline, all protected with AES-256 encryption.', [600, 24, 360, 60], { s: 14, w: 600, c: BROWN }),
    ]),
    F(auto('Frame'), [0, 622, 996, 40], { layout: 'HORIZONTAL', gap: 28 }, [
      link('Can’t find your tool? Import orders from a CSV', [0, 10, 380, 20], BROWN, { go: ['importcsv'] }),
      link('Send this to your bookkeeper', [420, 10, 240, 20], BROWN, { url: 'mailto:?subject=Connect%20our%20books%20to%20Beanline' }),
    ]),
  ]),
  helpLine(770),
]);

const detail = F('Integrations / QuickBooks', [0, 0, W, H], { key: 'detail', fill: CREAM }, [
  nav('Integrations'),
  F(auto('Frame'), [252, 32, 640, 736], { layout: 'VERTICAL', gap: 14 }, [
    link('← All integrations', [0, 0, 200, 20], BROWN, { back: true, u: false }),
    F(auto('Frame'), [0, 32, 640, 56], { layout: 'HORIZONTAL', gap: 16 }, [logo([0, 0, 56, 56], 'img66qb'), T('QuickBooks', [72, 14, 400, 30], { s: 24, w: 700 })]),
    T('What syncs', [0, 104, 640, 22], { s: 17, w: 600 }),
    T('Beanline → QuickBooks: wholesale invoices and payments received\nQuickBooks → Beanline: customer list and product items', [0, 132, 640, 48], { s: 15 }),
    T('Your data is encrypted in transit and at rest, and we never sell it or share it with third parties without your consent.', [0, 196, 640, 44], { s: 14, c: MUTED }),
    F(auto('Frame'), [0, 256, 640, 44], { layout: 'HORIZONTAL', gap: 12 }, [
      I('Checkbox', [0, 2, 20, 20], BOX, {}, []),
      T('I allow Beanline to exchange this data with QuickBooks under the Beanline Privacy Policy.', [32, 0, 600, 40], { s: 14 }),
    ]),
    link('Privacy Policy', [32, 304, 120, 20], BROWN, { url: 'https://beanline.com/privacy' }),
    btnInst('Connect', [0, 340, 200, 48], ACT, { go: ['authorizing'] }),
    F(auto('Frame'), [0, 404, 640, 60], { layout: 'VERTICAL', gap: 8 }, [
      link('QuickBooks setup guide', [0, 0, 220, 20], BROWN, { url: 'https://help.beanline.com/integrations/quickbooks-setup' }),
      link('Need an MNDA first? Request a mutual NDA', [0, 28, 360, 20], BROWN, { url: 'https://beanline.com/legal/mnda-request' }),
    ]),
  ]),
  F(auto('Frame'), [940, 32, 300, 300], { fill: '#FFFFFF', radius: 12, stroke: '#E8DFD5', layout: 'VERTICAL', padX: 20, padY: 20, gap: 10 }, [
    T('Built by Beanline', [20, 20, 260, 20], { s: 14, w: 600 }),
    T('Two-way sync · every 15 min', [20, 48, 260, 20], { s: 13, c: MUTED }),
    divider([20, 80, 260, 1]),
    F(auto('Frame'), [20, 96, 260, 28], { layout: 'HORIZONTAL', gap: 8 }, [T('Powered by', [0, 4, 80, 20], { s: 12, c: MUTED }), V('Vector', [86, 2, 24, 24], { fill: '#2D6CDF' }), T('Mortar', [116, 4, 100, 20], { s: 14, w: 700 })]),
  ]),
  helpLine(770),
]);

const authorizing = F('Frame 505', [0, 0, W, H], { key: 'authorizing', fill: CREAM }, [
  F(auto('Frame'), [440, 280, 400, 200], { layout: 'VERTICAL', gap: 16 }, [
    spinner([176, 0, 48, 48]),
    T('Authorizing QuickBooks…', [0, 72, 400, 28], { s: 20, w: 600, align: 'CENTER' }),
    btnGroup('Done', [140, 120, 120, 44], BROWN, { go: ['apps'] }),
  ]),
]);

const appRow = (name, ref, meta, right, y) => F(auto('Frame'), [0, y, 996, 88], { fill: '#FFFFFF', radius: 12, stroke: '#E8DFD5', layout: 'HORIZONTAL', padX: 20, gap: 16 }, [
  logo([20, 20, 48, 48], ref),
  F(auto('Frame'), [84, 16, 520, 56], { layout: 'VERTICAL', gap: 4 }, [T(name, [0, 0, 520, 22], { s: 17, w: 600 }), T(meta, [0, 28, 520, 20], { s: 13, c: MUTED })]),
  ...right,
]);
const apps = F('Connected apps', [0, 0, W, H], { key: 'apps', fill: CREAM }, [
  nav('Connected apps'),
  F(auto('Frame'), [252, 32, 996, 736], { layout: 'VERTICAL', gap: 14 }, [
    T('Connected apps', [0, 0, 600, 34], { s: 26, w: 700 }),
    appRow('QuickBooks', 'img66qb', 'Connected ✓ · First sync Mar 2, 10:04 AM · Last sync 12 min ago · 184 invoices', [btnFrame('Sync now', [640, 22, 120, 44], '#FFFFFF', { stroke: BROWN }, BROWN), btnFrame('Disconnect', [780, 22, 130, 44], '#FFFFFF', { stroke: '#A33A2B' }, '#A33A2B')], 56),
    appRow('Square', 'img66square', 'Connected Mar 2, 10:20 AM', [F(auto('Frame'), [640, 30, 260, 28], { layout: 'HORIZONTAL', gap: 8 }, [spinner([0, 4, 20, 20]), T('Syncing 318 orders…', [28, 4, 220, 20], { s: 13, c: MUTED })])], 158),
    appRow('Shopify', 'img66shopify', 'Waiting for you to approve in Shopify', [F(auto('Frame'), [640, 30, 140, 28], { fill: '#FFF1D0', radius: 14 }, [T('Pending', [10, 4, 120, 20], { s: 13, w: 600, align: 'CENTER' })])], 260),
    btnInst('+ Add another app', [0, 366, 220, 48], ACT, { go: ['market'] }),
    btnFrame('Continue setup', [240, 366, 200, 48], '#FFFFFF', { stroke: BROWN, go: ['acct'] }, BROWN),
  ]),
  helpLine(770),
]);

const acct = F('Frame 507', [0, 0, W, H], { key: 'acct', fill: CREAM }, [
  nav('Home'),
  F(auto('Frame'), [252, 32, 700, 736], { layout: 'VERTICAL', gap: 16 }, [
    T('Wholesale account details', [0, 0, 700, 34], { s: 26, w: 700 }),
    field('Legal business name', 'Legal name', [0, 56, 700, 68], { placeholder: true }),
    field('EIN', 'XX-XXXXXXX', [0, 140, 700, 68], { placeholder: true }),
    field('Resale certificate #', 'Optional', [0, 224, 700, 68], { placeholder: true }),
    field('Billing address', 'Street, city, state', [0, 308, 700, 68], { placeholder: true }),
    btnInst('Save', [0, 400, 160, 48], ACT, { go: ['orders'] }),
  ]),
]);

const orders = F('Orders', [0, 0, W, H], { key: 'orders', fill: CREAM }, [
  nav('Orders'),
  F(auto('Frame'), [252, 32, 996, 736], { layout: 'VERTICAL', gap: 16 }, [
    T('Orders', [0, 0, 600, 34], { s: 26, w: 700 }),
    F(auto('Frame'), [0, 52, 996, 64], { fill: '#EEF3FF', radius: 10, layout: 'HORIZONTAL', padX: 16, gap: 16 }, [
      T('Stop re-keying invoices — send each order to your books automatically.', [16, 22, 620, 20], { s: 15 }),
      btnFrame('Connect accounting', [780, 10, 200, 44], BROWN, { go: ['market'] }),
    ]),
    ...['#1042  Little Fern Café  ·  40 lb Ethiopia Guji  ·  $412.00', '#1041  Oak & Ash Grocers  ·  24 lb House Blend  ·  $228.00', '#1040  Northpoint Offices  ·  12 lb Decaf  ·  $132.00'].map((l, i) => F(auto('Frame'), [0, 132 + i * 60, 996, 52], { fill: '#FFFFFF', radius: 8 }, [T(l, [16, 16, 900, 20], { s: 14 })])),
  ]),
]);

const reports = F('Reports', [0, 0, W, H], { key: 'reports', fill: CREAM }, [
  nav('Reports'),
  F(auto('Frame'), [252, 32, 996, 736], { layout: 'VERTICAL', gap: 16 }, [
    T('Reports', [0, 0, 600, 34], { s: 26, w: 700 }),
    F(auto('Frame'), [0, 52, 996, 360], { fill: '#FFFFFF', radius: 12, stroke: '#E8DFD5' }, [
      T('Wholesale vs. retail revenue', [24, 24, 600, 24], { s: 18, w: 600 }),
      R(auto('Rectangle'), [24, 64, 948, 220], { fill: '#F6F1EA', radius: 8 }),
      T('Connect your online store to fill in the retail side of this chart.', [24, 160, 948, 22], { s: 15, c: MUTED, align: 'CENTER' }),
      btnInst('Connect Shopify', [388, 296, 220, 44], ACT, { go: ['detail'] }),
    ]),
  ]),
]);

const importcsv = F('Frame 510', [0, 0, W, H], { key: 'importcsv', fill: CREAM }, [
  nav('Integrations'),
  F(auto('Frame'), [252, 32, 700, 600], { layout: 'VERTICAL', gap: 16 }, [
    T('Import from a spreadsheet', [0, 0, 700, 34], { s: 26, w: 700 }),
    T('Upload a CSV of orders or customers. Template: date, café, SKU, quantity, price.', [0, 44, 700, 44], { s: 15, c: MUTED }),
    F(auto('Frame'), [0, 100, 700, 200], { stroke: '#CDBFAF', radius: 12, fill: '#FFFFFF' }, [T('Drop CSV here', [0, 90, 700, 20], { s: 15, align: 'CENTER' })]),
    link('Request an integration', [0, 320, 200, 20], BROWN, { url: 'https://beanline.com/integrations/request' }),
    btnFrame('Import', [0, 360, 160, 48], BROWN, { go: ['apps'] }),
  ]),
]);

const pricing = F('Pricing', [0, 0, W, H], { key: 'pricing', fill: '#FFFFFF' }, [
  T('Plans', [100, 60, 400, 40], { s: 32, w: 700 }),
  ...['Starter|$0|Up to 10 cafés', 'Growth|$79/mo|Unlimited cafés + integrations', 'Roaster Pro|$199/mo|Multi-site, priority support'].map((s, i) => F(auto('Frame'), [100 + i * 370, 140, 340, 300], { fill: CREAM, radius: 14, layout: 'VERTICAL', padX: 24, padY: 24, gap: 10 }, [T(s.split('|')[0], [24, 24, 292, 26], { s: 20, w: 700 }), T(s.split('|')[1], [24, 60, 292, 36], { s: 28, w: 700, c: BROWN }), T(s.split('|')[2], [24, 108, 292, 40], { s: 14, c: MUTED })])),
  T('Cancel your plan anytime. No contracts.', [100, 470, 600, 20], { s: 14, c: MUTED }),
]);

const email = F('Email — Welcome', [0, 0, 640, 860], { fill: '#FFFFFF' }, [
  V('Vector', [40, 40, 120, 26], { fill: BROWN }),
  T('Your wholesale account is open ☕', [40, 96, 560, 34], { s: 24, w: 700 }),
  T('Hi Sam — here’s how to be taking café orders by Friday:', [40, 146, 560, 22], { s: 16 }),
  T('1. Add your price list\n2. Plug in QuickBooks Online or Shopify so orders and invoices flow on their own\n3. Invite your first café', [40, 186, 560, 100], { s: 16 }),
  btnFrame('Connect your tools', [40, 306, 240, 48], BROWN, { url: 'https://app.beanline.com/integrations' }),
  link('Or add your price list first', [40, 372, 260, 20], BROWN, { url: 'https://app.beanline.com/catalog' }),
  divider([40, 420, 560, 1]),
  T('Beanline, Inc. · 2200 NW Front Ave, Portland, OR · Unsubscribe', [40, 440, 560, 20], { s: 12, c: MUTED }),
]);

[signup, verify, roastery].forEach((f, i) => { f._b = [80 + i * (W + 80), 80, W, H]; });
[home, market, detail, authorizing, apps, acct, orders, reports, importcsv, pricing].forEach((f, i) => { f._b = [80 + (i % 5) * (W + 80), 80 + Math.floor(i / 5) * (H + 120), W, H]; });
email._b = [80, 4 * (H + 120) + 200, 640, 860];
const flowPage = canvas('2:1', 'Flow', [
  S('1 · Sign-up', [0, 0, 3 * (W + 80) + 80, H + 160], [signup, verify, roastery]),
  S('2 · App', [0, H + 300, 5 * (W + 80) + 80, 2 * (H + 120) + 80], [home, market, detail, authorizing, apps, acct, orders, reports, importcsv, pricing]),
  email,
], { flowStartingPoints: [{ nodeId: signup.id, name: 'Flow 1' }, { nodeId: home.id, name: 'Returning user' }], prototypeStartNodeID: signup.id });

setPage(0, 1);
const cover = canvas('0:1', 'Cover', [F('Cover', [0, 0, 1600, 900], { fill: '#2B1C10' }, [T('Beanline Wholesale\nIntegrations onboarding — v2', [100, 340, 1300, 180], { s: 64, w: 700, c: '#F3E3CF' })])]);
setPage(8, 1);
const archive = canvas('8:1', 'Archive', [F('old marketplace', [0, 0, W, H], { fill: '#FFFFFF' }, [T('Integrations (old)', [40, 40, 400, 30], { s: 24 }), T('You can disconnect at any time.', [40, 90, 400, 20], { s: 14 }), E(auto('Ellipse'), [40, 140, 40, 40], { fill: '#DDDDDD' })])]);

const document = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [cover, flowPage, compPage, archive] };
finish(document);
const facts = flowFacts(flowPage, signup.id, home.id);
const file = fileShell(NAME, '2026-03-09T21:15:50Z', document, components, componentSets);

const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.grouped-categories', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const absent = ['funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.disconnect-anytime', 'platform.explain-redirect', 'platform.accurate-branding'];
const notes = {
  'funnel.three-actions': 'Sign up -> verify code -> roastery questions -> Home with the "Connect your tools" card: three steps.',
  'funnel.cta-visible': 'Central card on Home plus permanent "Integrations" and "Connected apps" entries in the sidebar.',
  'funnel.greeting-email': 'Welcome email frame: numbered list with "Plug in QuickBooks Online or Shopify" as step 2 and a "Connect your tools" button.',
  'value.three-part': 'Home card is only a headline and a one-line benefit; no statement of how data is used at the decision point.',
  'value.contextual-ctas': '"Connect accounting" banner on Orders and "Connect Shopify" inside the Reports chart.',
  'value.faq-link': 'The only help links are the per-app setup guide, MNDA request and integration request; nothing about why connecting pays off.',
  'privacy.data-scope': '"What syncs" with direction arrows on the QuickBooks page.',
  'privacy.statistics': '"2,400 roasters sync 1.1M orders a month ... AES-256".',
  'privacy.disconnect-anytime': 'No copy about disconnecting later in the flow; the only such line is on the Archive page. "Cancel your plan anytime" is about billing.',
  'platform.accurate-branding': 'Cards read bare "QuickBooks" and "Sage" (Online/Desktop, which Sage product is not said).',
  'platform.explain-redirect': 'Connect goes to an "Authorizing…" spinner without saying the user will sign in at QuickBooks.',
  'platform.non-linear': '"Skip for now" on Home and "Send this to your bookkeeper".',
  'funnel.prefill': 'Account details form after connecting is empty placeholders.',
};
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Desktop (1280x800) wholesale ordering for US coffee roasters. An app marketplace with search, category headings and a hover variant lets the roaster connect accounting (QuickBooks, Xero, Sage) and sales channels (Shopify, Square, WooCommerce). Connect prompt sits centrally on Home after sign-up, verify and roastery questions; app page with sync direction, consent checkbox, guide, MNDA and powered-by mark; connected apps list with Sync now, Disconnect, pending and syncing states.',
  present, absent, notes,
  flow: { startFrameId: signup.id, connectFrameId: home.id, stepsToConnect: facts.stepsToConnect, deadEnds: facts.deadEnds },
};
writeOut(new URL('..', import.meta.url).pathname, NAME, file, truth);
console.log(NAME, 'nodes', countNodes(document), 'flow', JSON.stringify(truth.flow));

// h26: franchise reporting, desktop 1280x800, POS per location + accounting, table-heavy.
import { createDoc, solid, image, write, WRITTEN_BY } from './lib.mjs';

const d = createDoc('Franchlytics — Owner onboarding v3', { lastModified: '2026-02-11T16:42:09Z', version: '3918877215' });
const W = 1280;
const H = 800;
const INK = '#17202A';
const MUTED = '#5D6B7A';
const BRAND = '#E0592A';

// ---------- Cover ----------
const cover = d.canvas('Cover');
cover.children.push(
  d.frame('Cover', { w: 1920, h: 1080, fills: solid('#17202A') }, [
    d.text('Franchlytics', { x: 120, y: 380, size: 96, weight: 700, color: '#FFFFFF' }),
    d.text('Owner onboarding · v3 · Feb', { x: 124, y: 520, size: 32, color: '#F2B8A2' }),
    d.text('Status: ready for dev review', { x: 124, y: 600, size: 24, color: '#9FB1C4' }),
  ]),
);

// ---------- Components ----------
const comps = d.canvas('🧱 Components');
const btnDefault = d.component('Property 1=Default', { w: 160, h: 40, fills: solid(BRAND), cornerRadius: 6 }, [
  d.text('Label', { x: 20, y: 11, size: 14, weight: 600, color: '#FFFFFF', w: 120, align: 'CENTER' }),
]);
const btnHover = d.component('Property 1=Hover', { x: 200, w: 160, h: 40, fills: solid('#C4461B'), cornerRadius: 6 }, [
  d.text('Label', { x: 20, y: 11, size: 14, weight: 600, color: '#FFFFFF', w: 120, align: 'CENTER' }),
]);
const btnSet = d.componentSet('Comp / Action / Large', { x: 40, y: 40, w: 400, h: 80 }, [btnDefault, btnHover]);
const tick = d.component('tick', { x: 40, y: 160, w: 20, h: 20, fills: solid('#FFFFFF'), strokes: solid('#8A97A6'), strokeWeight: 1.5, cornerRadius: 4 }, [
  d.vector('Vector', { x: 4, y: 5, w: 12, h: 10, strokes: solid(BRAND), strokeWeight: 2, visible: false }),
]);
const pill = d.component('Badge', { x: 100, y: 160, w: 96, h: 22, fills: solid('#E4F5EA'), cornerRadius: 11 }, [
  d.text('Connected', { x: 10, y: 3, size: 12, weight: 600, color: '#1E7A45' }),
]);
comps.children.push(btnSet, tick, pill);
d.link(btnDefault, btnHover, 'CHANGE_TO', 'ON_HOVER');

// ---------- Flow ----------
const flow = d.canvas('Onboarding — owner');
const names = ['Sign up', 'Your locations', 'Plug in your systems', 'Pick software', 'Before you go to Toast', 'Importing', 'Overview', 'Settings / Integrations', 'Pricing', 'Product tour 1'];
const S = names.map((n, i) => d.frame(n, { x: (i % 5) * 1400, y: Math.floor(i / 5) * 1000, w: W, h: H, fills: solid('#FFFFFF'), clipsContent: true }));
const [signup, locations, hub, picker, redirect, importing, overview, integrations, pricing, tour] = S;

const btn = (label, w = 180, name = 'Frame 12') => d.instance(btnDefault, name, { w, h: 40, fills: solid(BRAND), cornerRadius: 6 }, [
  d.text(label, { x: 12, y: 11, size: 14, weight: 600, color: '#FFFFFF', w: w - 24, align: 'CENTER' }),
]);
const ghost = (label, w = 160) => d.frame('Frame 88', { w, h: 40, cornerRadius: 6, strokes: solid('#C9D1DA'), strokeWeight: 1, fills: solid('#FFFFFF') }, [
  d.text(label, { x: 12, y: 11, size: 14, weight: 500, color: INK, w: w - 24, align: 'CENTER' }),
]);
const field = (label, value, w = 360) => d.col('Auto layout', [
  d.text(label, { size: 12, weight: 500, color: MUTED }),
  d.frame('Rectangle 4', { w, h: 40, cornerRadius: 6, strokes: solid('#C9D1DA'), strokeWeight: 1, fills: solid('#FFFFFF') }, [
    d.text(value, { x: 12, y: 11, size: 14, color: value.startsWith('e.g.') ? '#98A3AF' : INK }),
  ]),
], { gap: 6 });
const sidebar = (active) => {
  const items = ['Overview', 'Locations', 'Royalties', 'Labour', 'Integrations', 'Settings'];
  const kids = items.map((it) => d.row('Frame 5', [
    d.vector('Vector', { w: 16, h: 16, fills: solid(it === active ? BRAND : '#8A97A6') }),
    d.text(it, { size: 14, weight: it === active ? 600 : 400, color: it === active ? BRAND : '#D5DCE3' }),
  ], { gap: 10, pad: 10, w: 200 }));
  return d.frame('Sidebar', { x: 0, y: 0, w: 220, h: H, fills: solid('#17202A') }, [
    d.text('Franchlytics', { x: 20, y: 22, size: 18, weight: 700, color: '#FFFFFF' }),
    d.at(d.col('Nav', kids, { gap: 2 }), 10, 80),
  ]);
};

// 1 Sign up
const createBtn = btn('Create account', 360);
const pricingLink = d.text('See plans & pricing', { size: 13, color: BRAND, deco: 'UNDERLINE' });
const tourLink = d.text('Take the 60-second tour', { size: 13, color: MUTED });
signup.children.push(
  d.frame('Left', { x: 0, y: 0, w: 560, h: H, fills: solid('#FCEDE6') }, [
    d.text('One screen for\nevery one of your stores.', { x: 56, y: 140, size: 32, weight: 700, color: INK, w: 450 }),
    d.text('Daily sales, labour and royalties across all your franchise\nlocations — without the Monday-morning spreadsheet.', { x: 56, y: 240, size: 15, color: MUTED, w: 460 }),
    d.col('Frame 31', [
      d.text('“Before this I was texting 9 managers for their Z-reports. Now I\nopen one tab at 7am and I know which store needs me.”', { size: 15, color: INK, w: 440 }),
      d.row('Frame 32', [
        d.ellipse('Ellipse 2', { w: 40, h: 40, fills: image('b7c1f0aa31de9e0c2e5f6a19d3b44c0e7a1d2f3b') }),
        d.col('Frame 33', [
          d.text('Marisol Vega', { size: 14, weight: 600, color: INK }),
          d.text('Multi-unit owner, 9 locations · Sunny Side Bagels', { size: 12, color: MUTED }),
        ], { gap: 2 }),
      ], { gap: 12 }),
    ], { x: 56, y: 480, gap: 16, pad: 24, fills: solid('#FFFFFF'), cornerRadius: 10 }),
  ]),
  d.at(d.col('Form', [
    d.text('Create your owner account', { size: 24, weight: 700, color: INK }),
    field('Work email', 'e.g. marisol@sunnysidebagels.com'),
    field('Password', '••••••••••'),
    field('How many locations do you own?', '9'),
    d.link(createBtn, locations),
    d.row('Frame 40', [pricingLink, d.text('·', { size: 13, color: MUTED }), tourLink], { gap: 8 }),
  ], { gap: 18 }), 680, 180),
);
d.link(pricingLink, pricing);
d.link(tourLink, tour);

// 2 Your locations (table)
const locRows = [
  ['#0112', 'Sunny Side Bagels — Elm St', 'Austin, TX', 'Toast'],
  ['#0148', 'Sunny Side Bagels — LinkStop Plaza', 'Round Rock, TX', 'Toast'],
  ['#0203', 'Sunny Side Bagels — Congress Ave', 'Austin, TX', 'Square'],
  ['#0231', 'Sunny Side Bagels — Airport T2', 'Austin, TX', 'Not sure'],
];
const table = (cols, rows, widths, name = 'Table') => d.col(name, [
  d.row('Header', cols.map((c, i) => d.text(c, { size: 12, weight: 600, color: MUTED, w: widths[i] })), { gap: 0, pad: 12, fills: solid('#F4F6F8') }),
  ...rows.map((r) => d.row('Row', r.map((c, i) => (typeof c === 'string' ? d.text(c, { size: 13, color: INK, w: widths[i] }) : c)), { gap: 0, pad: 12, strokes: solid('#E6E8EC'), strokeWeight: 1 })),
], { gap: 0, cornerRadius: 8, strokes: solid('#E6E8EC'), strokeWeight: 1 });
const locNext = btn('Looks right, continue', 220);
locations.children.push(
  d.at(d.col('Content', [
    d.text('Step 1 of 2', { size: 12, weight: 600, color: BRAND }),
    d.text('We found 4 of your 9 stores', { size: 26, weight: 700, color: INK }),
    d.text('From the franchisor directory. Add the rest now or later.', { size: 15, color: MUTED }),
    table(['Store #', 'Name', 'City', 'Till system'], locRows, [100, 360, 200, 160]),
    d.text('+ Add a store', { size: 14, weight: 600, color: BRAND }),
    d.row('Frame 61', [d.link(locNext, hub)], { gap: 12 }),
  ], { gap: 16 }), 200, 80),
);

// 3 Hub — the decision point
const plugBtn = btn('Connect a point-of-sale', 240, 'cta/primary');
const acctBtn = ghost('Link accounting', 180);
const consent = d.row('Frame 70', [
  d.instance(tick, 'tick', { w: 20, h: 20, fills: solid('#FFFFFF'), strokes: solid('#8A97A6'), strokeWeight: 1.5, cornerRadius: 4 }),
  d.text('I allow Franchlytics to read sales and ledger data for my stores, as set out in the ', { size: 13, color: INK, w: 520 }),
  d.text('Privacy Notice', { size: 13, color: BRAND, deco: 'UNDERLINE' }),
], { gap: 10 });
const guide = d.text('Setup guide for Toast, Square, Clover & others ↗', { size: 13, color: BRAND, deco: 'UNDERLINE' });
d.action(guide, { type: 'URL', url: 'https://help.franchlytics.example/pos-setup' });
hub.children.push(
  d.at(d.col('Auto layout', [
    d.text('Step 2 of 2', { size: 12, weight: 600, color: BRAND }),
    d.text('Plug in your tills and your books', { size: 28, weight: 700, color: INK }),
    d.col('Frame 71', [
      d.row('Frame 72', [d.text('📈', { size: 20 }), d.text('See same-store sales, labour % and royalty due for all 9 stores side by side, updated every morning.', { size: 15, color: INK, w: 640 })], { gap: 12 }),
      d.row('Frame 73', [d.text('🔒', { size: 20 }), d.text('We pull daily sales totals, refunds and item mix from each store\'s POS, and your P&L from accounting.\nRead-only: nothing is ever written back to your systems.', { size: 15, color: INK, w: 640 })], { gap: 12 }),
      d.row('Frame 74', [d.text('🛡', { size: 20 }), d.text('Connections are encrypted end to end and your numbers are never passed to the franchisor or any third party unless you say so.', { size: 15, color: INK, w: 640 })], { gap: 12 }),
      d.row('Frame 75', [d.text('↩︎', { size: 20 }), d.text('Change your mind? You can unlink any system whenever you like under Integrations.', { size: 15, color: INK, w: 640 })], { gap: 12 }),
    ], { gap: 14, pad: 24, fills: solid('#F7F9FB'), cornerRadius: 12 }),
    consent,
    d.row('Frame 76', [d.link(plugBtn, picker), d.link(acctBtn, picker)], { gap: 12 }),
    guide,
    d.text('Powered by Codat', { size: 11, color: MUTED, visible: false, name: 'powered-by (hidden until legal ok)' }),
  ], { gap: 20 }), 200, 60),
  d.frame('Help strip', { x: 0, y: 744, w: W, h: 56, fills: solid('#F4F6F8') }, [
    d.text('Stuck? Chat with us · Call 1-800-555-0142 (7am–7pm CT) · owners@franchlytics.example', { x: 200, y: 18, size: 13, color: MUTED }),
  ]),
);

// 4 Picker — grouped, searchable, per-location
const card = (brand, sub, ref) => d.row('Frame 90', [
  d.rect('Rectangle 12', { w: 36, h: 36, cornerRadius: 6, fills: image(ref) }),
  d.col('Frame 93', [d.text(brand, { size: 14, weight: 600, color: INK }), d.text(sub, { size: 12, color: MUTED })], { gap: 2 }),
], { w: 260, h: 64, gap: 12, pad: 12, cornerRadius: 8, strokes: solid('#DDE2E8'), strokeWeight: 1, fills: solid('#FFFFFF') });
const toastCard = card('Toast POS', 'toasttab.com', 'a1f0c33e9b7d2a5410aa');
const squareCard = card('Square for Restaurants', 'squareup.com', 'b2e1d44f0c8e3b6521bb');
const qboCard = card('QuickBooks Online', 'quickbooks.intuit.com', 'e5b4a770f3b16e9854ee');
d.link(toastCard, redirect, 'OVERLAY');
d.link(squareCard, redirect, 'OVERLAY');
d.link(qboCard, redirect, 'OVERLAY');
const grid = (cards) => d.col('Auto layout', [d.row('Frame 91', cards.slice(0, 3), { gap: 12 }), d.row('Frame 92', cards.slice(3), { gap: 12 })], { gap: 12 });
const statusRow = (store, pos, state) => d.row('Row', [
  d.text(store, { size: 13, color: INK, w: 300 }),
  d.text(pos, { size: 13, color: INK, w: 200 }),
  state === 'ok'
    ? d.instance(pill, 'Badge', { w: 96, h: 22, fills: solid('#E4F5EA'), cornerRadius: 11 }, [d.text('Connected ✓', { x: 10, y: 3, size: 12, weight: 600, color: '#1E7A45' })])
    : d.frame('Frame 95', { w: 150, h: 22, fills: solid('#FFF4D6'), cornerRadius: 11 }, [d.text('Waiting for sign-in', { x: 10, y: 3, size: 12, weight: 600, color: '#8A6100' })]),
], { gap: 0, pad: 10, strokes: solid('#E6E8EC'), strokeWeight: 1 });
const later = d.text('Finish later', { size: 13, color: MUTED, deco: 'UNDERLINE' });
d.link(later, overview);
picker.children.push(
  d.at(d.col('Auto layout', [
    d.row('Frame 80', [
      d.text('Choose each store\'s software', { size: 24, weight: 700, color: INK }),
      d.text('Send this step to my bookkeeper · ', { size: 13, color: BRAND }),
      later,
    ], { gap: 24 }),
    d.frame('Frame 81', { w: 560, h: 40, cornerRadius: 20, fills: solid('#F4F6F8') }, [
      d.vector('Vector', { x: 14, y: 12, w: 16, h: 16, strokes: solid('#8A97A6'), strokeWeight: 2 }),
      d.text('Find your POS or accounting package', { x: 40, y: 11, size: 14, color: '#98A3AF' }),
    ]),
    d.text('Point of sale', { size: 18, weight: 600, color: INK }),
    grid([toastCard, squareCard, card('Clover POS', 'clover.com', 'c3a2e55a1d9f4c7632cc'), card('Lightspeed Restaurant (K-Series)', 'lightspeedhq.com', 'd4f3b66e2a0a5d8743dd')]),
    d.text('Accounting', { size: 18, weight: 600, color: INK }),
    grid([qboCard, card('Xero', 'xero.com', 'f6c5b881a4c27f0965ff'), card('Sage Intacct', 'sageintacct.com', 'a7d6c992b5d38a1a7600')]),
    d.text('POS not here? Upload a weekly sales export (CSV or XLSX) instead →', { size: 13, color: BRAND }),
    d.text('Store status', { size: 14, weight: 600, color: MUTED }),
    d.col('Frame 96', [
      statusRow('Elm St (#0112)', 'Toast POS', 'ok'),
      statusRow('LinkStop Plaza (#0148)', 'Toast POS', 'wait'),
      statusRow('Congress Ave (#0203)', 'Square for Restaurants', 'wait'),
    ], { gap: 0 }),
    d.row('Frame 97', [
      d.text('2 of 9 stores reporting', { size: 12, color: MUTED }),
      d.frame('Frame 98', { w: 240, h: 8, cornerRadius: 4, fills: solid('#E6E8EC') }, [d.rect('Rectangle 19', { w: 53, h: 8, cornerRadius: 4, fills: solid(BRAND) })]),
      d.text('+ Add another store\'s POS', { size: 13, weight: 600, color: BRAND }),
    ], { gap: 16 }),
  ], { gap: 14 }), 140, 24),
);

// 5 Redirect explainer (overlay)
const goToast = btn('Continue to Toast', 200);
d.link(goToast, importing);
const backLink = d.text('Back', { size: 14, color: MUTED });
d.action(backLink, { type: 'BACK' });
redirect.fills = solid('#17202A', 0.5);
redirect.children.push(
  d.col('Modal', [
    d.text('Next stop: Toast', { size: 22, weight: 700, color: INK }),
    d.text('1  Toast opens in a new tab\n2  Log in with the owner login for Elm St (#0112)\n3  Approve "Franchlytics (read only)"\n4  You\'ll be sent straight back here', { size: 14, color: INK, w: 440 }),
    d.row('Frame 101', [backLink, goToast], { gap: 16 }),
  ], { x: 400, y: 220, w: 480, gap: 18, pad: 28, fills: solid('#FFFFFF'), cornerRadius: 12 }),
);

// 6 Importing
const skipWait = d.text('Go to my dashboard while this runs', { size: 13, color: BRAND, deco: 'UNDERLINE' });
d.link(skipWait, overview);
importing.children.push(
  d.at(d.col('Auto layout', [
    d.vector('spinner', { w: 48, h: 48, strokes: solid(BRAND), strokeWeight: 4 }),
    d.text('Pulling 13 months of sales from Toast POS…', { size: 22, weight: 600, color: INK }),
    d.text('Elm St (#0112) · about 2 minutes', { size: 14, color: MUTED }),
    skipWait,
  ], { gap: 16 }), 380, 280),
);

// 7 Overview dashboard (table + contextual prompt)
const chartCta = btn('Link accounting', 180);
d.link(chartCta, picker);
const integNav = d.text('Manage systems', { size: 13, color: BRAND });
d.link(integNav, integrations);
overview.children.push(
  sidebar('Overview'),
  d.at(d.col('Main', [
    d.row('Frame 120', [d.text('All stores · yesterday', { size: 24, weight: 700, color: INK }), integNav], { gap: 500 }),
    table(['Store', 'Net sales', 'vs LW', 'Labour %', 'Tickets'], [
      ['Elm St', '$6,412', '+4.1%', '24.8%', '512'],
      ['LinkStop Plaza', '—', '—', '—', '—'],
      ['Congress Ave', '—', '—', '—', '—'],
    ], [200, 160, 120, 120, 120], 'Frame 121'),
    d.frame('Royalty card', { w: 720, h: 200, cornerRadius: 10, strokes: solid('#E6E8EC'), strokeWeight: 1, fills: solid('#FFFFFF') }, [
      d.text('Royalty & ad-fund forecast', { x: 20, y: 16, size: 16, weight: 600, color: INK }),
      d.rect('Rectangle 40', { x: 20, y: 50, w: 400, h: 130, fills: solid('#F4F6F8') }),
      d.text('This chart needs your P&L.\nLink your accounting system to fill it in.', { x: 440, y: 60, size: 14, color: INK, w: 260 }),
      d.at(chartCta, 440, 120),
    ]),
  ], { gap: 20 }), 250, 28),
);

// 8 Settings / Integrations
const syncBtn = (s) => d.text(s, { size: 13, weight: 600, color: BRAND });
const unlink = () => d.text('Disconnect', { size: 13, color: '#C0392B' });
integrations.children.push(
  sidebar('Integrations'),
  d.at(d.col('Main', [
    d.text('Connected systems', { size: 24, weight: 700, color: INK }),
    table(['System', 'Store', 'First synced', 'Last synced', '', ''], [
      ['Toast POS', 'Elm St (#0112)', '11 Feb 2026, 09:14', 'Today, 06:02', syncBtn('Sync now'), unlink()],
      ['Toast POS', 'LinkStop Plaza (#0148)', '—', 'Waiting for sign-in', syncBtn('Resend'), unlink()],
      ['QuickBooks Online', 'All stores', '11 Feb 2026, 09:31', 'Today, 06:05', syncBtn('Sync now'), unlink()],
    ], [170, 200, 170, 170, 80, 90], 'Frame 130'),
    d.row('Frame 131', [d.vector('Vector', { w: 14, h: 14, strokes: solid(BRAND), strokeWeight: 2 }), d.text('QuickBooks Online is syncing…', { size: 13, color: MUTED })], { gap: 8 }),
    d.frame('Danger zone', { w: 720, h: 80, cornerRadius: 8, strokes: solid('#F3C4BE'), strokeWeight: 1 }, [
      d.text('Delete account', { x: 20, y: 16, size: 14, weight: 600, color: '#C0392B' }),
      d.text('Removes your owner login and all store history. This cannot be undone.', { x: 20, y: 42, size: 12, color: MUTED }),
    ]),
  ], { gap: 18 }), 250, 28),
);

// 9 Pricing — dead end
pricing.children.push(
  d.at(d.col('Auto layout', [
    d.text('Plans', { size: 28, weight: 700, color: INK }),
    d.row('Frame 140', ['Starter · $39 / store / mo', 'Growth · $59 / store / mo', 'Network · talk to us'].map((p) => d.frame('Frame 141', { w: 300, h: 220, cornerRadius: 10, strokes: solid('#E6E8EC'), strokeWeight: 1 }, [d.text(p, { x: 20, y: 20, size: 16, weight: 600, color: INK })])), { gap: 20 }),
    d.text('Billed monthly. Cancel anytime.', { size: 13, color: MUTED }),
  ], { gap: 24 }), 160, 120),
);

// 10 Product tour (marketing) — Skip goes back to sign up
const skipTour = d.text('Skip', { size: 14, color: MUTED });
d.link(skipTour, signup);
tour.children.push(
  d.rect('Rectangle 60', { x: 0, y: 0, w: W, h: 480, fills: image('0f9e8d7c6b5a49382716') }),
  d.text('Spot the store that\'s slipping before month-end.', { x: 160, y: 520, size: 28, weight: 700, color: INK }),
  d.at(skipTour, 1180, 40),
);

flow.flowStartingPoints.push({ nodeId: signup.id, name: 'Owner sign-up' });
flow.children.push(d.section('Happy path', { x: -40, y: -80, w: 7000, h: 2000 }, [signup, locations, hub, picker, redirect, importing, overview, integrations]), pricing, tour);
// sizes of frames inside the section are relative to it
for (const f of [signup, locations, hub, picker, redirect, importing, overview, integrations]) { d.size(f).x += 40; d.size(f).y += 80; }
d.size(pricing).x = 0; d.size(pricing).y = 2200;
d.size(tour).x = 1400; d.size(tour).y = 2200;

// ---------- Archive ----------
const archive = d.canvas('Archive (old)');
archive.children.push(
  d.frame('Sign up — v2', { w: W, h: H, fills: solid('#FFFFFF') }, [
    d.text('Start your 30-day trial', { x: 680, y: 200, size: 24, weight: 700, color: INK }),
    d.rect('Rectangle 2', { x: 680, y: 260, w: 360, h: 40, cornerRadius: 4 }),
    d.frame('Btn', { x: 680, y: 320, w: 360, h: 40, fills: solid('#888888'), cornerRadius: 4 }, [d.text('Next', { x: 160, y: 11, size: 14, color: '#FFFFFF' })]),
  ]),
);

const fig = d.finish();
write('h26-franchise-reporting-desktop', fig, {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1280x800) onboarding for a franchise reporting product: an owner signs up, confirms their store list, reaches a decision screen to plug in each store\'s point-of-sale and the accounting package, picks software per store, is told about the hand-off to the POS site, waits for an import, then lands on a table-heavy dashboard and an integrations table.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.faq-link', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'Sign up → store list → decision screen is two clicks.',
    'funnel.social-proof': 'Named multi-unit owner quote on the sign-up screen.',
    'value.three-part': 'Decision screen: benefit line, what is read from POS/accounting, one main "Connect a point-of-sale" button.',
    'value.contextual-ctas': 'Royalty forecast card on the dashboard asks to link accounting to fill the chart.',
    'value.progress-meter': '"2 of 9 stores reporting" bar on the picker.',
    'privacy.disconnect-anytime': '"You can unlink any system whenever you like under Integrations."',
    'privacy.connection-guide': 'Link to the app\'s own POS setup guide.',
    'privacy.support-contacts': 'Chat, phone number and email strip on the decision screen.',
    'privacy.powered-by': 'The only "Powered by" layer is hidden.',
    'value.faq-link': 'No FAQ / learn-more link; the guide link is a how-to, not a benefits FAQ.',
    'privacy.statistics': 'No figures about customers or encryption.',
    'funnel.prefill': 'Store list comes from a franchisor directory before any connection; nothing is prefilled from connected data.',
    'platform.non-linear': '"Send this step to my bookkeeper" and "Finish later" on the picker.',
    'platform.multiple-connections': 'Per-store status with Connected ✓ / Waiting for sign-in and "+ Add another store\'s POS".',
    'connection.syncing-indicator': 'Spinner on the import screen and "is syncing…" on the integrations table.',
  },
  flow: { startFrameId: signup.id, connectFrameId: hub.id, stepsToConnect: 2, deadEnds: [pricing.id] },
}, { connectFrames: [hub.id, picker.id, overview.id] });

// h123: online-sales analytics for independent bookshops, iPad portrait (834x1194).
// No prototype starting point is set on any page.
import { newDoc, page, finish, write, F, G, S, R, V, T, I, C, CS, LINE, WRITTEN_BY } from './lib.mjs';
import { btnInst, btnFrame, btnGroup, link, searchField, logo, spinner } from './kit.mjs';

const D = newDoc('Shelfwise iPad — onboarding + sources', '2025-06-19T09:27:33Z');
D.font = 'Work Sans';
const GREEN = '#2E5E4E', CREAM = '#FBF7EF', INK = '#22201C', GREY = '#77716A', BRICK = '#A8432A';
const W = 834, H = 1194;

const cover = page('📕 Cover');
cover.children.push(F('Cover', 0, 0, 1920, 1080, { fill: GREEN }, [
  T('Shelfwise', 160, 200, 1000, 96, 700, { color: CREAM, font: 'Lora' }),
  T('iPad onboarding · sources · June', 160, 340, 1000, 36, 400, { color: '#D6E2DC' }),
]));

const comps = page('Components');
comps.children.push(
  CS('Button', 0, 0, 500, 120, { stroke: '#9747FF', radius: 5 }, [
    C('Type=Primary, State=Default', 'primary', 20, 20, 220, 56, { fill: GREEN, radius: 28, change: 'primaryHover' }, [T('Button', 0, 18, 220, 16, 600, { center: true, color: '#FFFFFF', h: 20 })]),
    C('Type=Primary, State=Hover', 'primaryHover', 260, 20, 220, 56, { fill: '#234A3D', radius: 28, key: 'primaryHover' }, [T('Button', 0, 18, 220, 16, 600, { center: true, color: '#FFFFFF', h: 20 })]),
  ]),
  C('Checkbox', 'cb', 0, 160, 20, 20, { stroke: GREY, radius: 4 }, [R('Rectangle 3', 0, 0, 20, 20, { stroke: GREY, radius: 4 })]),
  C('Tile', 'tile', 60, 160, 238, 120, { fill: '#FFFFFF', radius: 14 }, []),
);

const flow = page('iPad flow');

const status = () => G('Status bar', 0, 0, W, 24, [T('9:41  Thu 19 Jun', 20, 4, 200, 12, 600), V('Vector', 750, 6, 64, 12, { fill: INK })]);
const field = (l, v, x, y, w, i) => F('Frame ' + (30 + i), x, y, w, 80, { layout: 'VERTICAL', gap: 8 }, [
  T(l, 0, 0, w, 14, 600), F('Frame ' + (50 + i), 0, 28, w, 50, { fill: '#FFFFFF', stroke: '#DDD5C8', radius: 10 }, [T(v, 16, 14, w - 32, 16, 400, { color: v ? INK : GREY })]),
]);
const side = (active) => F('Frame 5', 0, 24, 220, H - 24, { fill: '#F2ECE0', layout: 'VERTICAL', pad: 20, gap: 6 }, [
  T('Shelfwise', 24, 24, 160, 22, 700, { color: GREEN, font: 'Lora' }),
  ...['Dashboard', 'Titles', 'Sources', 'Settings'].map((l, i) => F('Frame ' + (6 + i), 12, 80 + i * 48, 196, 42, { fill: l === active ? '#E3DACB' : undefined, radius: 10, layout: 'HORIZONTAL', pad: 10, gap: 10, go: { Dashboard: 'dash', Sources: 'sources', Settings: 'settings' }[l] }, [
    V('Vector', 12, 11, 20, 20, { fill: GREEN }), T(l, 44, 11, 140, 16, 500),
  ])),
]);

const signup = F('iPad Pro 11" - 1', 0, 0, W, H, { fill: CREAM, key: 'signup' }, [
  status(),
  F('Auto layout', 96, 120, 642, 960, { layout: 'VERTICAL', gap: 24 }, [
    T('Shelfwise', 0, 0, 300, 28, 700, { color: GREEN, font: 'Lora' }),
    T('Create your account', 0, 60, 642, 28, 700),
    T('See what sells on the website and on the shop floor, side by side.', 0, 104, 642, 17, 400, { color: GREY }),
    field('Your name', '', 0, 160, 642, 1), field('Shop email', '', 0, 260, 642, 2), field('Password', '', 0, 360, 642, 3),
    btnInst('Start free trial', 'primary', 0, 470, 642, 56, { name: 'Button', go: 'shop' }),
    G('Group 4', 0, 546, 642, 22, [T('Already a member? Sign in', 0, 0, 300, 15, 400, { color: GREY }), link('Pricing', 560, 0, 80, GREEN, { underline: true, go: 'pricing' })]),
    F('Frame 60', 0, 620, 642, 200, { fill: '#FFFFFF', radius: 16, layout: 'VERTICAL', pad: 28, gap: 16 }, [
      T('“I finally know whether the website or the shop floor sells more poetry — and it took one Sunday to set up.”', 28, 28, 586, 19, 500, { font: 'Lora' }),
      T('Jo Whitlock, owner, The Lamp Bookshop, Hay-on-Wye', 28, 140, 586, 14, 400, { color: GREY }),
    ]),
  ]),
]);

const email = F('Welcome email', 940, 0, 600, 1000, { fill: '#FFFFFF', key: 'email' }, [
  R('Rectangle 20', 0, 0, 600, 100, { fill: GREEN }),
  T('Shelfwise', 40, 36, 300, 26, 700, { color: CREAM, font: 'Lora' }),
  T('Welcome to Shelfwise, Jo', 40, 140, 520, 24, 700),
  T('Your 14-day trial has started. A few ideas for your first week:', 40, 190, 520, 16, 400),
  T('1\u00a0\u00a0Have a look around the demo shop\n2\u00a0\u00a0Set your opening hours\n3\u00a0\u00a0Invite your staff', 40, 240, 520, 16, 400),
  btnFrame('Open Shelfwise', 40, 360, 220, 52, GREEN, { radius: 26 }),
  LINE(40, 900, 520),
  T('Shelfwise Ltd · 4 Castle Street, Hay-on-Wye · Unsubscribe', 40, 920, 520, 11, 400, { color: GREY }),
]);

const pricing = F('iPad Pro 11" - 2', 0, 1300, W, H, { fill: CREAM, key: 'pricing' }, [
  status(),
  T('One plan. Every source.', 96, 120, 642, 32, 700, { font: 'Lora' }),
  F('Frame 70', 96, 200, 642, 320, { fill: '#FFFFFF', radius: 16, layout: 'VERTICAL', pad: 32, gap: 12 }, [
    T('£19 a month', 32, 32, 500, 36, 700, { color: GREEN }), T('Unlimited titles and staff logins. 14 days free, then monthly — cancel anytime.', 32, 100, 560, 16, 400),
  ]),
]);

const shop = F('iPad Pro 11" - 3', 0, 2600, W, H, { fill: CREAM, key: 'shop' }, [
  status(),
  F('Auto layout', 96, 120, 642, 800, { layout: 'VERTICAL', gap: 24 }, [
    T('About your shop', 0, 0, 642, 28, 700),
    field('Shop name', 'The Lamp Bookshop', 0, 60, 642, 4), field('Postcode', 'HR3 5AE', 0, 160, 300, 5),
    F('Frame 80', 0, 270, 642, 150, { layout: 'VERTICAL', gap: 10 }, [
      T('Where do you sell?', 0, 0, 642, 14, 600),
      ...['In the shop', 'On our own website', 'At events and fairs'].map((t, i) => F('Frame ' + (81 + i), 0, 28 + i * 40, 642, 32, { layout: 'HORIZONTAL', gap: 12 }, [R('Rectangle ' + (8 + i), 0, 6, 20, 20, { radius: 4, fill: i < 2 ? GREEN : '#FFFFFF', stroke: GREEN }), T(t, 32, 6, 400, 16, 400)])),
    ]),
    btnInst('Continue', 'primary', 0, 460, 642, 56, { go: 'hub' }),
  ]),
]);

const tile = (name, x, y) => I('Tile', 'tile', x, y, 200, 120, { overlay: 'consent' }, [logo(20, 20, 44, name, { radius: 10 }), T(name, 20, 78, 170, 16, 600)]);
const hub = F('iPad Pro 11" - 4', 940, 2600, W, 1400, { fill: CREAM, key: 'hub' }, [
  status(),
  F('Auto layout', 64, 96, 706, 1240, { layout: 'VERTICAL', gap: 28 }, [
    F('Frame 90', 0, 0, 706, 150, { layout: 'VERTICAL', gap: 10 }, [
      T('Plug in where you sell', 0, 0, 706, 28, 700),
      T('Pick everywhere you sell books.', 0, 46, 706, 17, 400, { color: GREY }),
      btnInst('Connect Shopify', 'primary', 0, 90, 260, 56, { overlay: 'consent' }),
    ]),
    searchField('Find your till, shop or accounts software', 0, 180, 706, 52),
    ...[['Online shop', ['Shopify', 'WooCommerce', 'Squarespace']], ['In-store till', ['Lightspeed', 'Square', 'Bookmanager']], ['Accounting', ['QuickBooks', 'Xero', 'Sage']]].map(([h, list], i) =>
      F('Frame ' + (100 + i), 0, 260 + i * 200, 706, 180, { layout: 'VERTICAL', gap: 14 }, [
        T(h, 0, 0, 400, 20, 700),
        F('Frame ' + (110 + i), 0, 40, 706, 120, { layout: 'HORIZONTAL', gap: 16 }, list.map((n, j) => tile(n, j * 216, 0))),
      ])),
    F('Frame 120', 0, 880, 706, 110, { fill: '#F2ECE0', radius: 14, layout: 'VERTICAL', pad: 20, gap: 8 }, [
      T('No till integration?', 20, 20, 600, 16, 600),
      link('Drop in a CSV export from your till instead', 20, 52, 500, GREEN, { underline: true, go: 'upload' }),
    ]),
    F('Frame 121', 0, 1010, 706, 40, { layout: 'HORIZONTAL', gap: 20 }, [
      link('Help: connecting your till, step by step', 0, 10, 360, GREEN, { go: 'guide' }),
    ]),
    F('Frame 122', 0, 1070, 706, 40, { layout: 'HORIZONTAL', gap: 8 }, [
      T('Someone else keeps the books?', 0, 10, 240, 15, 400, { color: GREY }),
      link('Invite your bookkeeper', 250, 10, 200, GREEN, { go: 'invite' }),
      T('·', 452, 10, 12, 15, 400, { color: GREY }),
      link('Do this later', 470, 10, 140, GREEN, { go: 'dash' }),
    ]),
  ]),
]);

const consent = F('Sheet / Shopify', 1880, 2600, 540, 620, { fill: '#FFFFFF', radius: 20, key: 'consent' }, [
  G('Group 20', 32, 32, 476, 48, [logo(0, 0, 48, 'Shopify'), T('Shopify', 64, 12, 300, 20, 700)]),
  T('Shelfwise will read orders, products and refunds from your Shopify store. We never write anything back to your store.', 32, 110, 476, 16, 400),
  T('Read-only access, encrypted in transit and at rest.', 32, 200, 476, 14, 500, { color: GREEN }),
  T('You can disconnect a source whenever you like.', 32, 230, 476, 14, 400, { hidden: true }),
  G('Group 21', 32, 290, 476, 48, [
    I('Checkbox', 'cb', 0, 2, 20, 20, {}, [R('Rectangle 3', 0, 0, 20, 20, { stroke: GREY, radius: 4 })]),
    T('I’ve read the', 32, 0, 100, 15, 400), link('Privacy Notice', 128, 0, 130, GREEN, { underline: true, url: 'https://shelfwise.co/privacy' }), T('and agree to share order data with Shelfwise', 32, 22, 440, 15, 400),
  ]),
  btnInst('Authorise', 'primary', 32, 520, 230, 56, { go: 'status' }),
  btnGroup('Not now', 278, 520, 230, 56, '#FFFFFF', { close: true, stroke: '#DDD5C8', radius: 28 }, INK),
]);

const statusF = F('iPad Pro 11" - 5', 0, 4100, W, H, { fill: CREAM, key: 'status' }, [
  status(),
  F('Auto layout', 96, 120, 642, 900, { layout: 'VERTICAL', gap: 20 }, [
    T('Your sources', 0, 0, 642, 28, 700),
    F('Frame 130', 0, 50, 642, 60, { layout: 'VERTICAL', gap: 8 }, [T('2 of 3 sources connected', 0, 0, 642, 14, 600), R('Rectangle 30', 0, 30, 642, 10, { fill: '#E3DACB', radius: 5 }), R('Rectangle 31', 0, 30, 428, 10, { fill: GREEN, radius: 5 })]),
    ...[['Shopify', 'Connected ✓', GREEN], ['Square', 'Awaiting approval in Square', '#B7791F'], ['Xero', 'Not connected', GREY]].map(([n, s, c], i) =>
      F('Frame ' + (131 + i), 0, 130 + i * 90, 642, 76, { fill: '#FFFFFF', radius: 14, layout: 'HORIZONTAL', pad: 14, gap: 14 }, [logo(14, 14, 48, n), T(n, 76, 14, 300, 17, 600), T(s, 76, 42, 400, 14, 500, { color: c })])),
    btnGroup('+ Add another source', 0, 420, 300, 52, '#F2ECE0', { go: 'hub', radius: 26 }, GREEN),
    btnInst('Go to dashboard', 'primary', 0, 500, 300, 56, { go: 'dash' }),
  ]),
]);

const invite = F('iPad Pro 11" - 6', 940, 4100, W, H, { fill: CREAM, key: 'invite' }, [
  status(),
  F('Auto layout', 96, 120, 642, 700, { layout: 'VERTICAL', gap: 20 }, [
    T('Invite your bookkeeper', 0, 0, 642, 28, 700),
    T('We’ll email them a link to connect your accounts software. Your trial carries on meanwhile.', 0, 50, 642, 16, 400, { color: GREY }),
    field('Their email', 'accounts@wyeledger.co.uk', 0, 110, 642, 6),
    btnInst('Send invite', 'primary', 0, 220, 240, 56, { go: 'status' }),
  ]),
]);

const upload = F('iPad Pro 11" - 7', 1880, 4100, W, H, { fill: CREAM, key: 'upload' }, [
  status(),
  T('Upload a till export', 96, 120, 642, 28, 700),
  F('Frame 140', 96, 200, 642, 300, { stroke: '#C9BFAF', radius: 16, layout: 'VERTICAL', align: 'CENTER', gap: 12 }, [V('Vector', 297, 90, 48, 48, { fill: GREY }), T('Drag a .csv here or tap to choose', 0, 160, 642, 16, 500, { center: true })]),
  btnInst('Done', 'primary', 96, 540, 240, 56, { go: 'status' }),
]);

const guide = F('iPad Pro 11" - 8', 2820, 4100, W, H, { fill: '#FFFFFF', key: 'guide' }, [
  status(),
  T('Connecting your till', 96, 120, 642, 28, 700),
  T('1\u00a0\u00a0Open your till’s back office on a computer\n2\u00a0\u00a0Find Apps or Integrations and search “Shelfwise”\n3\u00a0\u00a0Approve read access to sales and products\n4\u00a0\u00a0Come back here — the tile turns green within a minute', 96, 190, 642, 17, 400),
  R('Rectangle 40', 96, 420, 642, 400, { img: 'tillbackoffice' }),
  link('← Back to sources', 96, 860, 300, GREEN, { go: 'hub' }),
]);

const dash = F('iPad Pro 11" - 9', 0, 5400, W, H, { fill: CREAM, key: 'dash' }, [
  status(), side('Dashboard'),
  F('Auto layout', 244, 56, 566, 1100, { layout: 'VERTICAL', gap: 20 }, [
    T('Sales this week', 0, 0, 566, 24, 700),
    F('Frame 150', 0, 44, 566, 300, { fill: '#FFFFFF', radius: 14, layout: 'VERTICAL', pad: 20 }, [R('Rectangle 50', 20, 20, 526, 260, { fill: '#EEF3F0', radius: 8 })]),
    F('Frame 151', 0, 364, 566, 220, { fill: '#FFFFFF', radius: 14, layout: 'VERTICAL', pad: 20, gap: 12 }, [
      T('In-shop vs online', 20, 20, 400, 18, 700),
      T('Connect your till to compare shop-floor sales with the website.', 20, 56, 500, 15, 400, { color: GREY }),
      btnFrame('Connect your till', 20, 110, 220, 48, GREEN, { go: 'hub', radius: 24 }),
    ]),
    F('Frame 152', 0, 604, 566, 260, { fill: '#FFFFFF', radius: 14, layout: 'VERTICAL', pad: 20, gap: 8 }, [
      T('Top titles', 20, 20, 400, 18, 700),
      T('1\u00a0\u00a0Orbital — Samantha Harvey · 31\n2\u00a0\u00a0The Hare — Melanie Finn · 18\n3\u00a0\u00a0Wild Service — Nick Hayes · 12', 20, 56, 526, 15, 400),
    ]),
  ]),
]);

const sources = F('iPad Pro 11" - 10', 940, 5400, W, H, { fill: CREAM, key: 'sources' }, [
  status(), side('Sources'),
  F('Auto layout', 244, 56, 566, 1000, { layout: 'VERTICAL', gap: 16 }, [
    F('Frame 160', 0, 0, 566, 52, { layout: 'HORIZONTAL' }, [T('Sources', 0, 10, 300, 24, 700), btnGroup('Refresh', 430, 0, 136, 48, '#FFFFFF', { stroke: '#DDD5C8', radius: 24 }, INK)]),
    ...[['Shopify', 'Connected 12 Jan 2025 · last synced 4 min ago', false], ['Square', 'Connected 14 Jan 2025 · Syncing orders…', true], ['Xero', 'Connected 2 Feb 2025 · last synced 06:00', false]].map(([n, s, sync], i) =>
      F('Frame ' + (161 + i), 0, 70 + i * 110, 566, 96, { fill: '#FFFFFF', radius: 14, layout: 'HORIZONTAL', pad: 16, gap: 14 }, [
        logo(16, 24, 48, n), F('Frame ' + (170 + i), 78, 18, 340, 60, { layout: 'VERTICAL', gap: 6 }, [T(n, 0, 0, 340, 17, 600), T(s, 0, 28, 340, 13, 400, { color: GREY })]),
        sync ? spinner(430, 40, 18) : null,
        link('Revoke access', 460, 38, 100, BRICK, { size: 13 }),
      ])),
    btnGroup('+ Add source', 0, 420, 220, 48, '#F2ECE0', { go: 'hub', radius: 24 }, GREEN),
  ]),
]);

const settings = F('iPad Pro 11" - 11', 1880, 5400, W, H, { fill: CREAM, key: 'settings' }, [
  status(), side('Settings'),
  F('Auto layout', 244, 56, 566, 900, { layout: 'VERTICAL', gap: 20 }, [
    T('Settings', 0, 0, 300, 24, 700),
    field('Shop name', 'The Lamp Bookshop', 0, 50, 566, 7),
    field('Wholesaler account', 'Gardners · BookConnect EDI', 0, 150, 566, 8),
    field('Week starts on', 'Monday', 0, 250, 566, 9),
    btnFrame('Delete account', 0, 380, 200, 48, BRICK, { radius: 24 }),
  ]),
]);

flow.children.push(
  S('Sign up', -60, -80, 1660, 2680, [signup, email, pricing].map(shift)),
  shop, hub, consent, statusF, invite, upload, guide, dash, sources, settings,
);
function shift(n) { n._b[0] += 60; n._b[1] += 80; return n; }

const arch = page('Archive');
arch.children.push(F('Old hub (May)', 0, 0, W, H, { fill: '#FFFFFF', opacity: 0.5 }, [T('Connect Shopify', 96, 200, 600, 28, 700), T('superseded', 96, 260, 400, 14, 400, { color: GREY })]));

const keys = finish();
write('h123-bookshop-ecommerce-tablet', {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iPad portrait (834x1194) onboarding for an online-sales analytics product for independent bookshops. Sign-up with a bookseller quote, a shop-details step, a "Plug in where you sell" hub grouping online shop, in-store till and accounting tiles with a search field, a Shopify consent sheet, a sources status screen with a connected-count bar, bookkeeper invite, CSV upload, a till connection guide, a dashboard with an in-context till prompt, a Sources management screen and settings. Welcome email without a connect prompt; pricing is a dead end. No prototype starting point is set.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'platform.grouped-categories', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.accurate-branding'],
  notes: {
    'funnel.greeting-email': 'The welcome email has a numbered list, but none of its steps or its button is about connecting a source.',
    'value.three-part': 'The hub says only "Pick everywhere you sell books" above a "Connect Shopify" button: no benefit and no word on how the data is used at the decision point.',
    'privacy.disconnect-anytime': 'The only "disconnect whenever you like" line, on the Shopify sheet, is a hidden layer.',
    'platform.accurate-branding': 'Tiles use bare names: "Lightspeed", "Square", "QuickBooks", "Sage".',
    'platform.explain-redirect': 'The consent sheet goes straight to "Authorise" without saying the user will sign in on Shopify and come back.',
    'value.progress-meter': '"2 of 3 sources connected" with a bar on Your sources.',
    'platform.non-linear': '"Invite your bookkeeper · Do this later" on the hub.',
    'privacy.support-contacts': 'No phone, email or contact form anywhere; only a how-to guide.',
    'funnel.three-actions': 'Sign-up → About your shop → hub: two steps.',
  },
  flow: { startFrameId: 'signup', connectFrameId: 'hub', stepsToConnect: 2, deadEnds: ['pricing'] },
}, keys);

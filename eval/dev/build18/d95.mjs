// d95 — stock control for garden centres, iPad landscape 1194x834, UK English. Start set by prototypeStartNodeID only.
import { F, G, R, V, E, T, I, node, btnFrame, btnGroup, btnInst, link, checkbox, logo, divider, pill, finalize, writeOut, WRITER } from './lib.mjs';

export const NAME = 'd95-garden-centre-inventory-tablet';
export const connectFrames = ['Apps & data feeds', 'Frame 5120'];

const W = 1194; const H = 834;
const leaf = '#2E6B3F'; const soil = '#3B2F2A'; const muted = '#6F6A64'; const cream = '#FBF8F2'; const line = '#E4DED3';
let col = 0;
const scr = (key, name, kids, o = {}) => { const x = (col % 4) * 1300; const y = Math.floor(col / 4) * 1000; col += 1; return F(name, x, y, W, H, { key, fill: cream, ...o }, kids); };

function rail(active) {
  const items = [['Stock', 'dash'], ['Orders', null], ['Suppliers', null], ['Reports', null], ['Settings', 'settings']];
  return F('Frame 4001', 0, 0, 96, H, { fill: soil, layout: 'VERTICAL', gap: 12, py: 24 }, [
    V('Vector', 28, 24, 40, 40, { fill: '#8BC34A' }),
    ...items.map(([t, to], k) => F('Frame ' + (4010 + k), 8, 96 + k * 80, 80, 68, { fill: to === active ? '#54453D' : undefined, radius: 12, layout: 'VERTICAL', gap: 4, py: 10, to: to && to !== active ? to : undefined }, [
      V('Vector', 28, 10, 24, 24, { fill: to === active ? '#FFFFFF' : '#BFB3A8' }),
      T(t, 0, 40, 80, 16, { size: 12, align: 'CENTER', color: to === active ? '#FFFFFF' : '#BFB3A8' }),
    ])),
  ]);
}
const title = (t, sub) => F('Frame 4100', 128, 32, 1000, 64, { layout: 'VERTICAL', gap: 4 }, [T(t, 0, 0, 800, 34, { size: 26, weight: 700, color: soil }), sub ? T(sub, 0, 40, 900, 20, { size: 15, color: muted }) : null]);
const back = (to) => T('‹ Back', 128, 12, 80, 20, { size: 15, color: leaf, ...(to ? { to } : { actions: [{ type: 'BACK' }] }) });

function build() {
  const cover = [F('Cover', 0, 0, 1920, 1080, { fill: leaf }, [
    T('Greenhouse Stock', 140, 400, 1200, 90, { size: 80, weight: 700, color: '#FFFFFF' }),
    T('iPad app · onboarding + till/web-shop feeds · spring release', 140, 510, 1200, 40, { size: 30, color: '#D7EBD9' }),
  ])];

  const comps = [
    node('COMPONENT_SET', 'Tab', 0, 0, 500, 160, { stroke: '#9747FF', radius: 5 }, [
      node('COMPONENT', 'State=Selected', 20, 20, 200, 40, { key: 'c_tab_on', fill: '#FFFFFF', radius: 10 }, [T('Tab', 10, 10, 180, 20, { size: 15, weight: 600, align: 'CENTER' })]),
      node('COMPONENT', 'State=Default', 260, 20, 200, 40, { key: 'c_tab', radius: 10, links: [['c_tab_hover', 'CHANGE_TO']] }, [T('Tab', 10, 10, 180, 20, { size: 15, align: 'CENTER' })]),
      node('COMPONENT', 'State=Hover', 260, 90, 200, 40, { key: 'c_tab_hover', fill: '#EDE7DC', radius: 10 }, [T('Tab', 10, 10, 180, 20, { size: 15, align: 'CENTER' })]),
    ]),
    node('COMPONENT', 'cta/primary', 0, 220, 240, 52, { key: 'c_btn', fill: leaf, radius: 12 }, [T('Label', 12, 16, 216, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    node('COMPONENT', 'tile', 0, 320, 300, 96, { key: 'c_tile', fill: '#FFFFFF', stroke: line, radius: 14 }, []),
  ];

  const fieldT = (label, val, x, y, w, n) => F('Frame ' + n, x, y, w, 74, { layout: 'VERTICAL', gap: 6 }, [
    T(label, 0, 0, w, 18, { size: 14, weight: 600, color: soil }),
    F('Frame ' + (n + 1), 0, 26, w, 48, { fill: '#FFFFFF', stroke: line, radius: 10, layout: 'HORIZONTAL', px: 14 }, [T(val, 14, 14, w - 28, 20, { size: 16, color: val.startsWith('e.g') ? '#A8A199' : soil })]),
  ]);

  const signup = scr('signup', 'Create account', [
    R('Rectangle 3', 0, 0, 520, H, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'gr33nh0use' }] }),
    F('Auto layout', 600, 140, 480, 560, { layout: 'VERTICAL', gap: 20 }, [
      T('Let’s get your centre set up', 0, 0, 480, 36, { size: 28, weight: 700, color: soil }),
      F('Auto layout', 0, 60, 480, 260, { layout: 'VERTICAL', gap: 14 }, [
        fieldT('Garden centre name', 'e.g. Bramble Lane Nurseries', 0, 0, 480, 4200),
        fieldT('Your email', 'e.g. helen@bramblelane.co.uk', 0, 88, 480, 4202),
        fieldT('Password', '••••••••••', 0, 176, 480, 4204),
      ]),
      btnInst('Create account', 'c_btn', 0, 350, 480, 52, { name: 'cta/primary', bg: leaf, radius: 12, to: 'tour' }),
      T('Already using Greenhouse? Sign in', 0, 420, 480, 20, { size: 14, color: muted, align: 'CENTER' }),
    ]),
  ]);

  const tour = scr('tour', 'Welcome tour', [
    T('Skip', 1110, 24, 60, 20, { size: 16, color: muted, to: 'dash' }),
    G('Group 14', 97, 100, 1000, 420, [R('Rectangle 6', 0, 0, 1000, 420, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'b3dd1ng' }], radius: 24 })]),
    T('Every pot, tray and bag of compost — counted', 97, 560, 1000, 40, { size: 30, weight: 700, color: soil, align: 'CENTER' }),
    T('Scan deliveries, print shelf labels and see what’s selling before the weekend rush.', 97, 608, 1000, 24, { size: 17, color: muted, align: 'CENTER' }),
    btnGroup('Next', 477, 680, 240, 52, { n: 4300, bg: leaf, radius: 12, to: 'dash' }),
    link('See pricing', 547, 752, 100, { align: 'CENTER', color: leaf, to: 'pricing' }),
  ]);

  const dash = scr('dash', 'Stock overview', [
    rail('dash'),
    title('Stock', 'Thursday 16 April · spring bedding week'),
    F('Auto layout', 128, 120, 1034, 120, { layout: 'HORIZONTAL', gap: 16 }, [['Lines in stock', '2,314'], ['Low stock', '41'], ['Arriving this week', '6 deliveries'], ['Dead stock (90 days)', '£3,920']].map(([a, b], k) =>
      I('tile', 'c_tile', k * 262, 0, 246, 120, { fill: '#FFFFFF', stroke: line, radius: 14 }, [T(a, 18, 18, 210, 18, { size: 14, color: muted }), T(b, 18, 48, 210, 36, { size: 28, weight: 700, color: soil })]))),
    F('Frame 4400', 128, 264, 1034, 520, { fill: '#FFFFFF', stroke: line, radius: 14, layout: 'VERTICAL', gap: 0, px: 20, py: 16 }, [
      T('Running low', 20, 16, 400, 24, { size: 18, weight: 700, color: soil }),
      ...[['Lavandula ‘Hidcote’ 2L', '4 left', '#FDE2E0', '#A3261B'], ['Multi-purpose compost 50L', '12 left', '#FFF1D6', '#8A5A00'], ['Acer palmatum ‘Bloodgood’ 10L', '1 left', '#FDE2E0', '#A3261B'], ['Terracotta pot 30cm', '9 left', '#FFF1D6', '#8A5A00'], ['Bird seed mix 2kg', '15 left', '#FFF1D6', '#8A5A00']].map(([n, q, bg, fg], j) =>
        F('Frame ' + (4410 + j), 20, 56 + j * 64, 994, 64, { layout: 'HORIZONTAL', gap: 16 }, [
          R('Rectangle ' + (70 + j), 0, 10, 44, 44, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'pl4nt' + j }], radius: 8 }),
          T(n, 60, 22, 600, 20, { size: 15, color: soil }),
          pill(q, 880, 21, 80, bg, fg),
        ])),
    ]),
  ]);

  const setRow = (label, val, y, n, o = {}) => F('Frame ' + n, 0, y, 700, 60, { fill: '#FFFFFF', layout: 'HORIZONTAL', px: 20, ...o }, [
    T(label, 20, 20, 400, 20, { size: 16, color: soil }), T(val, 480, 20, 190, 20, { size: 15, color: muted, align: 'RIGHT' }),
  ]);
  const settings = scr('settings', 'Settings', [
    rail('settings'),
    title('Settings', null),
    F('Auto layout', 128, 110, 700, 420, { radius: 14, stroke: line, layout: 'VERTICAL', gap: 1 }, [
      setRow('Centre details', 'Bramble Lane Nurseries ›', 0, 4500),
      setRow('Staff & roles', '7 people ›', 61, 4502),
      setRow('VAT & pricing rules', '20% standard ›', 122, 4504),
      setRow('Label printer', 'Connect via Bluetooth ›', 183, 4506),
      setRow('Subscription', 'Grower plan ›', 244, 4508),
      setRow('Advanced', '›', 305, 4510, { to: 'advanced' }),
    ]),
    T('Delete centre and all stock data', 128, 560, 400, 20, { size: 14, color: '#A3261B', underline: true }),
  ]);

  const advanced = scr('advanced', 'Settings / Advanced', [
    rail('settings'),
    back('settings'),
    title('Advanced', null),
    F('Auto layout', 128, 110, 700, 300, { radius: 14, stroke: line, layout: 'VERTICAL', gap: 1 }, [
      setRow('Barcode formats', 'EAN-13, Code 128 ›', 0, 4600),
      setRow('Apps & data feeds', '›', 61, 4602, { to: 'apps' }),
      setRow('Export everything (CSV)', '›', 122, 4604),
      setRow('Developer API keys', '›', 183, 4606),
    ]),
  ]);

  const tile = (name, ref, sub, x, y, extra, o = {}) => I('tile', 'c_tile', x, y, 320, 96, { fill: '#FFFFFF', stroke: line, radius: 14, ...o }, [
    logo(ref, 16, 20, 56, { radius: 12 }),
    T(name, 88, 24, 220, 20, { size: 16, weight: 600, color: soil }),
    T(sub, 88, 50, 220, 18, { size: 13, color: muted }),
    extra,
  ].filter(Boolean));
  const tabs = () => F('Frame 4700', 128, 332, 420, 48, { fill: '#EDE7DC', radius: 12, layout: 'HORIZONTAL', gap: 4, px: 4, py: 4 }, [
    I('Tab', 'c_tab_on', 4, 4, 204, 40, { fill: '#FFFFFF', radius: 10 }, [T('Tills & POS', 10, 10, 184, 20, { size: 15, weight: 600, color: soil, align: 'CENTER' })]),
    I('Tab', 'c_tab', 212, 4, 204, 40, { radius: 10 }, [T('Online shop', 10, 10, 184, 20, { size: 15, color: muted, align: 'CENTER' })]),
  ]);
  const hero = () => F('Frame 4710', 128, 96, 1034, 216, { fill: '#EAF3EA', radius: 18, layout: 'HORIZONTAL', gap: 24, px: 24, py: 20 }, [
    F('Frame 4711', 24, 20, 300, 176, { layout: 'VERTICAL', gap: 8 }, [
      R('Illustration', 0, 0, 300, 130, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 't1llsh0p' }], radius: 12 }),
      T('Hook up your tills and web shop and stock updates itself after every sale — no more selling the last olive tree twice.', 0, 136, 300, 40, { size: 12, color: leaf }),
    ]),
    F('Frame 4712', 348, 20, 640, 176, { layout: 'VERTICAL', gap: 10 }, [
      T('Bring your sales in', 0, 0, 640, 30, { size: 24, weight: 700, color: soil }),
      T('We pull item sales and stock counts from your tills, and online orders from your web shop. Stock levels are sent back to the web shop so it never oversells.', 0, 38, 640, 48, { size: 15, color: muted }),
      F('Frame 4713', 0, 100, 640, 52, { layout: 'HORIZONTAL', gap: 20 }, [
        btnInst('Add a till system', 'c_btn', 0, 0, 220, 52, { name: 'cta/primary', bg: leaf, radius: 12, links: [['auth', 'OVERLAY']] }),
        link('Why connect? Read the FAQ', 240, 17, 220, { color: leaf, underline: true }),
      ]),
    ]),
  ]);
  const quote = () => F('Frame 4720', 128, 720, 1034, 70, { layout: 'HORIZONTAL', gap: 12 }, [
    E('Avatar', 0, 11, 48, 48, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'h3l3n' }] }),
    T('“Our Saturday rush no longer breaks the stock count.”  — Helen Marsh, owner, Bramble Lane Nurseries', 64, 24, 900, 22, { size: 15, color: soil }),
  ]);

  const apps = scr('apps', 'Apps & data feeds', [
    back('advanced'),
    hero(),
    tabs(),
    F('Auto layout', 128, 400, 1034, 96, { layout: 'HORIZONTAL', gap: 16 }, [
      tile('Epos Now', 'ep0s', 'Till system', 0, 0, null, { links: [['auth', 'OVERLAY']] }),
      tile('Lightspeed Retail (X-Series)', 'l1ghtx', 'Till system', 336, 0, null),
      tile('Square Point of Sale', 'sqp0s', 'Till system', 672, 0, null),
    ]),
    F('Auto layout', 128, 512, 1034, 96, { layout: 'HORIZONTAL', gap: 16 }, [
      tile('ICRTouch TouchPoint', 'icrt', 'Till system', 0, 0, null),
      tile('SumUp POS (formerly Goodtill)', 'sum4p', 'Till system', 336, 0, null),
    ]),
    quote(),
  ]);

  const auth = scr('auth', 'Frame 5111', [
    R('Rectangle 90', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.12, g: 0.1, b: 0.08, a: 0.5 } }] }),
    F('Frame 5112', 297, 117, 600, 600, { fill: '#FFFFFF', radius: 20, layout: 'VERTICAL', gap: 16, px: 36, py: 36 }, [
      logo('ep0s', 36, 36, 64, { radius: 14 }),
      T('Link Epos Now', 36, 116, 528, 30, { size: 24, weight: 700, color: soil }),
      T('Epos Now will open and ask you to log in and allow Greenhouse in. Afterwards you’ll land back here on this screen.', 36, 156, 528, 44, { size: 15, color: muted }),
      T('Your till data travels over an encrypted connection and is never sold or shared with other businesses.', 36, 212, 528, 44, { size: 15, color: muted }),
      F('Frame 5113', 36, 276, 528, 44, { layout: 'HORIZONTAL', gap: 12 }, [
        checkbox(0, 2, { kind: 'vector' }),
        F('Frame 5114', 32, 0, 496, 44, { layout: 'HORIZONTAL', gap: 4 }, [
          T('I agree to Greenhouse reading sales and stock from Epos Now under the', 0, 0, 420, 40, { size: 14, color: soil }),
          T('Data Policy', 420, 20, 80, 18, { size: 14, color: leaf, underline: true }),
        ]),
      ]),
      btnFrame('Agree & continue', 36, 348, 528, 52, { n: 5120, bg: leaf, radius: 12, to: 'after' }),
      T('Cancel', 36, 416, 528, 20, { size: 15, align: 'CENTER', color: muted, actions: [{ type: 'CLOSE' }] }),
      divider(36, 460, 528),
      F('Frame 5121', 36, 480, 528, 60, { layout: 'HORIZONTAL', gap: 24 }, [
        link('How to link Epos Now (step-by-step)', 0, 20, 300, { size: 13, color: leaf }),
        G('Powered by', 360, 14, 168, 32, [T('Powered by', 0, 8, 76, 16, { size: 11, color: muted }), V('Railyard mark', 80, 4, 24, 24, { fill: soil }), T('Railyard', 108, 6, 60, 20, { size: 13, weight: 700, color: soil })]),
      ]),
    ]),
  ]);

  const statusTile = (name, ref, label, bg, fg, x, o = {}) => tile(name, ref, 'Till system', x, 0, pill(label, 200, 62, 104, bg, fg), o);
  const after = scr('after', 'Apps & data feeds — linked', [
    back('advanced'),
    title('Apps & data feeds', 'Tills and web shop'),
    tabs(),
    F('Auto layout', 128, 400, 1034, 96, { layout: 'HORIZONTAL', gap: 16 }, [
      statusTile('Epos Now', 'ep0s', 'Connected', '#DFF0E2', '#1F6A34', 0, { links: [['detail', 'NAVIGATE']] }),
      statusTile('Shopify', 'sh0p', 'Needs sign-in', '#FFF1D6', '#8A5A00', 336),
      statusTile('WooCommerce', 'w00', 'Not linked', '#EFEDE9', '#6F6A64', 672),
    ]),
    btnGroup('＋ Add another till', 128, 520, 220, 48, { n: 5200, bg: '#FFFFFF', fg: leaf, to: 'apps' }),
    btnInst('Done', 'c_btn', 942, 740, 220, 52, { name: 'cta/primary', bg: leaf, radius: 12, to: 'dash' }),
  ]);

  const detail = scr('detail', 'Epos Now — detail', [
    back('after'),
    F('Frame 5300', 128, 60, 1034, 80, { layout: 'HORIZONTAL', gap: 16 }, [logo('ep0s', 0, 8, 64, { radius: 14 }), T('Epos Now', 80, 16, 400, 32, { size: 26, weight: 700, color: soil }), pill('Connected', 80, 52, 96, '#DFF0E2', '#1F6A34')]),
    F('Auto layout', 128, 170, 620, 300, { fill: '#FFFFFF', stroke: line, radius: 14, layout: 'VERTICAL', gap: 1 }, [
      setRow('Linked since', '14 Apr 2026, 09:12', 0, 5310),
      setRow('Last sync', 'Today, 10:42', 61, 5312),
      setRow('Tills', 'Till 1 · Till 2 · Café till', 122, 5314),
      setRow('Products matched', '2,314 of 2,330', 183, 5316),
    ]),
    F('Frame 5330', 128, 500, 620, 52, { layout: 'HORIZONTAL', gap: 16 }, [
      btnFrame('Sync now', 0, 0, 180, 52, { n: 5331, bg: leaf, radius: 12 }),
      btnFrame('Remove connection', 196, 0, 220, 52, { n: 5333, bg: '#FFFFFF', fg: '#A3261B', stroke: '#A3261B', radius: 12, to: 'after' }),
    ]),
  ]);

  const email = scr('email', 'Welcome email (iPad Mail)', [
    F('Frame 5400', 0, 0, 360, H, { fill: '#F2F2F7' }, [T('Inbox', 20, 40, 200, 30, { size: 24, weight: 700 }), T('Greenhouse Stock\nWelcome to Greenhouse, Helen', 20, 100, 320, 40, { size: 14 })]),
    F('Frame 5401', 360, 0, 834, H, { fill: '#FFFFFF', layout: 'VERTICAL', gap: 16, px: 48, py: 48 }, [
      T('Welcome to Greenhouse, Helen 🌱', 48, 48, 738, 34, { size: 26, weight: 700, color: soil }),
      T('Three quick jobs to get your centre running:\n1  Add or scan your first 20 plants\n2  Invite your staff\n3  Print shelf labels for the bedding tables', 48, 100, 738, 110, { size: 16, color: soil }),
      btnFrame('Open Greenhouse', 48, 240, 220, 48, { n: 5410, bg: leaf, radius: 12 }),
      T('Greenhouse Stock Ltd · Unit 4, Hartley Business Park, Hampshire', 48, 760, 738, 18, { size: 12, color: muted }),
    ]),
  ]);

  const pricing = scr('pricing', 'Pricing', [
    T('Plans for every size of centre', 97, 60, 1000, 40, { size: 30, weight: 700, color: soil, align: 'CENTER' }),
    F('Auto layout', 97, 140, 1000, 480, { layout: 'HORIZONTAL', gap: 20 }, [['Seedling', '£29', 'Up to 500 lines'], ['Grower', '£79', 'Up to 5,000 lines · 3 tills'], ['Estate', '£149', 'Unlimited lines and sites']].map(([n, p, d], k) =>
      F('Frame ' + (5500 + k), k * 340, 0, 320, 480, { fill: '#FFFFFF', stroke: line, radius: 18, layout: 'VERTICAL', gap: 10, px: 24, py: 24 }, [
        T(n, 24, 24, 272, 26, { size: 20, weight: 700, color: soil }),
        T(p + '/month', 24, 60, 272, 40, { size: 32, weight: 700, color: leaf }),
        T(d + '\nMonthly billing, cancel anytime', 24, 112, 272, 44, { size: 14, color: muted }),
      ]))),
    T('All prices exclude VAT.', 97, 660, 1000, 18, { size: 13, color: muted, align: 'CENTER' }),
  ]);

  const archive = [F('Feeds v0', 0, 0, W, H, { fill: '#FFFFFF' }, [T('Connect your till — 1,100 centres already have', 100, 100, 800, 30, { size: 24 }), T('Search apps', 100, 160, 300, 20)])];

  return finalize({ name: 'Greenhouse Stock — iPad', lastModified: '2026-04-17T08:31:02Z', version: '5302218840' }, [
    { name: 'Cover', children: cover },
    { name: 'iPad — onboarding', children: [signup, tour, dash, settings, advanced, apps, auth, after, detail, email, pricing], start: 'signup', startMode: 'proto' },
    { name: '🧩 Components', children: comps },
    { name: 'Archive (do not use)', children: archive },
  ]);
}

export function run() {
  const { doc, id, count } = build();
  const truth = {
    file: NAME + '.json', kind: 'onboarding', writtenBy: WRITER,
    description: 'iPad landscape (1194x834, UK) stock app for garden centres: sign-up, a welcome tour with Skip and a dead-end pricing page, stock overview, Settings › Advanced › Apps & data feeds (the only place to link a till or web shop), segmented Tills/Online shop tabs, an authorise modal with tick box and powered-by mark, linked/pending pills and a connection detail page; a welcome email without any linking prompt.',
    present: ['funnel.social-proof', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
    absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.contextual-ctas', 'value.progress-meter', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'connection.syncing-indicator'],
    notes: {
      'funnel.social-proof': 'Owner quote under the apps page.',
      'value.three-part': 'Illustration caption gives the benefit, the paragraph says what is pulled/pushed, one main button "Add a till system".',
      'value.faq-link': '"Why connect? Read the FAQ" beside the main button.',
      'privacy.data-scope': 'Item sales and stock counts from tills, online orders from the web shop, stock levels sent back to the web shop.',
      'privacy.trust-language': '"travels over an encrypted connection and is never sold or shared".',
      'privacy.consent-action': 'Vector tick box beside consent sentence and a Data Policy link.',
      'privacy.connection-guide': '"How to link Epos Now (step-by-step)".',
      'privacy.powered-by': '"Powered by Railyard" mark in the modal.',
      'platform.explain-redirect': '"Epos Now will open and ask you to log in ... you’ll land back here".',
      'platform.grouped-categories': 'Segmented tabs "Tills & POS" / "Online shop" act as the category headings.',
      'platform.accurate-branding': 'Full names with logos: Lightspeed Retail (X-Series), Square Point of Sale, ICRTouch TouchPoint, SumUp POS (formerly Goodtill).',
      'platform.multiple-connections': 'Connected / Needs sign-in / Not linked pills and "＋ Add another till".',
      'connection.view-live': 'Detail: linked since, last sync, tills, products matched.',
      'connection.delete': '"Remove connection".',
      'connection.refresh': '"Sync now".',
      'funnel.greeting-email': 'The welcome email’s 1-2-3 list and button never mention linking a till or shop.',
      'funnel.three-actions': 'Sign-up → tour → stock → Settings → Advanced → Apps: 5 taps.',
      'funnel.cta-visible': 'Linking lives only in Settings › Advanced; no main-menu entry or central prompt.',
      'funnel.prefill': 'No prefilled forms from connected data.',
      'value.contextual-ctas': 'Stock screens carry no linking prompts.',
      'value.progress-meter': 'No progress or step indicator.',
      'privacy.disconnect-anytime': 'Nothing says the link can be removed later (only the remove button on the detail page).',
      'privacy.statistics': 'No figures (the "1,100 centres" line is on the archive page).',
      'privacy.support-contacts': 'No phone, email or chat anywhere in the flow.',
      'privacy.mutual-nda': 'No NDA offer.',
      'platform.search': 'No search over the till list.',
      'platform.alternatives': 'No route for an unlisted till (CSV export in Advanced is an export, not an import).',
      'platform.non-linear': 'No save-for-later, invite or skip around the linking step.',
      'connection.syncing-indicator': 'No syncing state; the modal goes straight to the linked list.',
    },
    flow: { startFrameId: id('signup'), connectFrameId: id('apps'), stepsToConnect: 5, deadEnds: [id('pricing')] },
  };
  writeOut(NAME, doc, truth);
  return { name: NAME, count, truth };
}

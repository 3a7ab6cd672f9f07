// h91: invoicing for landscaping firms, iPhone 375x812, US English, terse copy.
import { T, R, V, F, S, C, CS, E, buildFile, writeOut, go, back, close, url, WRITTEN_BY } from './lib.mjs';
import { statusBar, btnInst, btnFrame, btnGroup, link, checkRow, searchField, logo, homeIndicator } from './ui.mjs';

const W = 375, H = 812;
const GREEN = '#1F6F43';
const dir = new URL('..', import.meta.url).pathname;

function screen(name, key, x, y, body, extra = []) {
  return F(name, { key, x, y, w: W, h: H, fill: '#FFFFFF', clips: true }, [
    statusBar(W),
    F('Auto layout', { x: 0, y: 44, w: W, layout: 'VERTICAL', pad: 20, gap: 16 }, body),
    ...extra,
    F('Frame 9', { x: 0, y: H - 34, w: W, h: 34 }, [homeIndicator(W)]),
  ]);
}
const h1 = (t) => T(t, { size: 26, weight: 700, color: '#0F1F17', w: 335 });
const sub = (t) => T(t, { size: 15, color: '#4B5563', w: 335 });
const field = (label, value, filled = false) => F('Frame 61', { w: 335, layout: 'VERTICAL', gap: 6 }, [
  T(label, { size: 12, weight: 500, color: '#6B7280' }),
  F('Rectangle 7', { w: 335, h: 44, radius: 8, stroke: '#D1D5DB', fill: filled ? '#F0FAF4' : '#FFFFFF', layout: 'HORIZONTAL', padX: 12, padY: 12 }, [T(value, { size: 15, color: filled ? '#111827' : '#9CA3AF', w: 300 })]),
]);
const navBar = (title, onBack) => F('Frame 14', { w: 335, layout: 'HORIZONTAL', gap: 12, align: 'CENTER' }, [
  V('Vector', { w: 10, h: 18, color: '#111111', on: onBack }),
  T(title, { size: 17, weight: 600, w: 280 }),
]);
const platformRow = (nameTxt, ref, o = {}) => F(o.name ?? 'Frame 302', { w: 335, h: 60, radius: 12, stroke: '#E5E7EB', layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, align: 'CENTER', on: o.on }, [
  logo(ref, { s: 36 }),
  F('Frame 303', { layout: 'VERTICAL', gap: 2, w: 220 }, [T(nameTxt, { size: 15, weight: 600, w: 220 }), ...(o.note ? [T(o.note, { size: 12, color: '#6B7280', w: 220 })] : [])]),
  V('Vector', { w: 8, h: 14, color: '#9CA3AF' }),
]);

// ---------- pages ----------
const cover = { name: 'Cover', children: [F('Cover', { x: 0, y: 0, w: 1920, h: 960, fill: '#0F1F17' }, [
  T('Mowbook', { x: 120, y: 320, size: 96, weight: 800, color: '#FFFFFF', w: 700 }),
  T('Onboarding + integrations · v3 · Ready for dev', { x: 120, y: 460, size: 32, color: '#A7F3D0', w: 1000 }),
  R('image 2', { x: 1200, y: 180, w: 560, h: 600, image: '7f1c0a9e3b2d4c58a1e6', radius: 24 }),
])] };

const components = { name: '🧩 Components', children: [
  CS('Button', { x: 0, y: 0, w: 420, h: 200, stroke: '#9747FF', radius: 5 }, [
    C('Property 1=Primary', { key: 'c_btn', x: 20, y: 20, w: 335, h: 48, fill: GREEN, radius: 10 }, [T('Label', { x: 16, y: 14, w: 303, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    C('Property 1=Pressed', { key: 'c_btn_p', x: 20, y: 90, w: 335, h: 48, fill: '#17573A', radius: 10 }, [T('Label', { x: 16, y: 14, w: 303, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
  C('check', { key: 'c_check', x: 500, y: 20, w: 20, h: 20, stroke: '#6B7280', radius: 4 }, []),
  C('tab item', { key: 'c_tab', x: 560, y: 20, w: 75, h: 50 }, [V('Vector', { x: 26, y: 4, w: 22, h: 22 }), T('Tab', { x: 0, y: 30, w: 75, size: 11, align: 'CENTER' })]),
] };

const tabBar = (active) => F('Tab bar', { x: 0, y: H - 84, w: W, h: 50, fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', padX: 0 }, ['Home', 'Invoices', 'Clients', 'Settings'].map((t) =>
  F(`tab / ${t.toLowerCase()}`, { w: 93, h: 50, layout: 'VERTICAL', padY: 6, gap: 4, on: t === 'Settings' ? go('f_conns') : t === 'Home' ? go('f_home') : undefined }, [
    V('Vector', { w: 22, h: 22, color: t === active ? GREEN : '#9CA3AF' }),
    T(t, { size: 11, color: t === active ? GREEN : '#6B7280', w: 81, align: 'CENTER' }),
  ])));

const signup = screen('Sign up', 'f_signup', 0, 0, [
  F('Frame 2', { w: 335, layout: 'HORIZONTAL', gap: 8, align: 'CENTER' }, [V('Vector', { w: 28, h: 28, fill: GREEN, radius: 6 }), T('Mowbook', { size: 20, weight: 700, color: GREEN })]),
  h1('Invoice from the truck.'),
  sub('Bill the job before you leave the yard.'),
  field('Work email', 'dana@greenacres.co'),
  field('Password', '••••••••'),
  btnInst('Create account', 'c_btn', { on: go('f_biz') }),
  T('Have an account? Log in', { size: 14, color: '#4B5563', w: 335, align: 'CENTER' }),
  link('See plans', { on: go('f_pricing'), align: 'CENTER', w: 335 }),
]);

const biz = screen('Business info', 'f_biz', 455, 0, [
  navBar('', back()),
  h1('Your business'),
  field('Business name', 'Green Acres Lawn & Landscape'),
  T('What do you do?', { size: 14, weight: 600 }),
  F('Frame 77', { w: 335, layout: 'HORIZONTAL', gap: 8 }, ['Lawn care', 'Hardscape', 'Trees', 'Snow'].map((c, i) =>
    F('Frame 78', { h: 34, radius: 17, fill: i === 0 ? '#DCFCE7' : '#F3F4F6', layout: 'HORIZONTAL', padX: 12, padY: 8 }, [T(c, { size: 13, color: i === 0 ? GREEN : '#374151' })]))),
  field('Crew size', '4–10'),
  btnFrame('Next', { on: go('f_connect'), radius: 10 }),
]);

const connect = screen('Connect – books', 'f_connect', 910, 0, [
  navBar('', back()),
  R('illustration', { w: 335, h: 150, image: 'a33d91c0f7b2e4410b6c', radius: 16 }),
  h1('Hook up your books'),
  F('Auto layout', { w: 335, layout: 'VERTICAL', gap: 10 }, [
    F('Frame 120', { w: 335, layout: 'HORIZONTAL', gap: 10 }, [V('Vector', { w: 18, h: 18, color: GREEN }), T('Get paid faster. Payments match to invoices on their own.', { size: 14, w: 305 })]),
    F('Frame 121', { w: 335, layout: 'HORIZONTAL', gap: 10 }, [V('Vector', { w: 18, h: 18, color: GREEN }), T('We read customers, items and paid invoices from your accounting app. We never post back to it.', { size: 14, w: 305 })]),
    F('Frame 122', { w: 335, layout: 'HORIZONTAL', gap: 10 }, [V('Vector', { w: 18, h: 18, color: GREEN }), T('Unlink anytime in\u00a0Settings.', { size: 14, w: 305 })]),
  ]),
  T('🔒 Bank-level encryption. Never shared with third parties unless you say so.', { size: 12, color: '#4B5563', w: 335 }),
  checkRow('', { kind: 'instance', comp: 'c_check', parts: [F('Frame 90', { w: 305, layout: 'HORIZONTAL', gap: 4 }, [T('I agree to the', { size: 13, color: '#374151', w: 92 }), link('Data Policy', { size: 13, on: url('https://mowbook.com/legal/data') })])] }),
  btnInst('Connect accounting', 'c_btn', { name: 'cta/primary', on: go('f_pick') }),
  T('Need help? Call (208) 555-0143 or email help@mowbook.com', { size: 12, color: '#6B7280', w: 335, visible: false }),
]);

const pick = screen('Pick software', 'f_pick', 1365, 0, [
  navBar('Connect', back()),
  searchField('Search apps'),
  T('Accounting', { size: 18, weight: 700 }),
  platformRow('QuickBooks Online', 'qbo0a1', { on: go('f_redirect', 'OVERLAY') }),
  platformRow('Xero', 'xero0b2', { on: go('f_redirect', 'OVERLAY') }),
  platformRow('FreshBooks', 'fb0c3', { on: go('f_redirect') }),
  platformRow('Wave Accounting', 'wave0d4'),
  T('Bank', { size: 18, weight: 700 }),
  platformRow('Chase', 'chase1', { note: 'Business checking', on: go('f_redirect') }),
  platformRow('Bank of America', 'boa2', { note: 'Business Advantage' }),
  platformRow('Wells Fargo', 'wf3'),
  link("Don't see yours? Upload a CSV", { on: go('f_upload'), w: 335, align: 'CENTER' }),
]);

const redirect = F('Redirect sheet', { key: 'f_redirect', x: 1820, y: 0, w: W, h: H, fill: '#000000', opacity: 0.4 }, [
  F('Frame 400', { x: 0, y: 452, w: W, layout: 'VERTICAL', pad: 20, gap: 14, fill: '#FFFFFF', radius: 20 }, [
    F('Frame 401', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T('Heads up', { size: 20, weight: 700, w: 200 }), V('Vector', { name: 'x', w: 14, h: 14, on: close() })]),
    T("You'll jump to Intuit to sign in and say yes. Then you land back here.", { size: 15, color: '#374151', w: 335 }),
    btnGroup('Continue to Intuit', { on: go('f_status'), rectName: 'Rectangle 19' }),
    link('Cancel', { underline: false, color: '#6B7280', on: close(), w: 335, align: 'CENTER' }),
  ]),
]);

const status = screen('Connected', 'f_status', 2275, 0, [
  h1('Nice. Books linked.'),
  F('Frame 510', { w: 335, layout: 'VERTICAL', gap: 6 }, [
    T('1 of 2 linked', { size: 13, weight: 600, color: GREEN }),
    F('progress', { w: 335, h: 8, radius: 4, fill: '#E5E7EB' }, [R('Rectangle 5', { x: 0, y: 0, w: 168, h: 8, radius: 4, fill: GREEN })]),
  ]),
  F('Frame 511', { w: 335, h: 64, radius: 12, stroke: '#E5E7EB', layout: 'HORIZONTAL', padX: 14, padY: 14, gap: 12, align: 'CENTER' }, [
    logo('qbo0a1'), T('QuickBooks Online', { size: 15, weight: 600, w: 150 }),
    F('Frame 512', { radius: 10, fill: '#DCFCE7', layout: 'HORIZONTAL', padX: 8, padY: 4 }, [T('Connected ✓', { size: 12, weight: 600, color: GREEN })]),
  ]),
  F('Frame 513', { w: 335, h: 64, radius: 12, stroke: '#E5E7EB', layout: 'HORIZONTAL', padX: 14, padY: 14, gap: 12, align: 'CENTER' }, [
    logo('chase1'), T('Chase', { size: 15, weight: 600, w: 150 }),
    F('Frame 514', { radius: 10, fill: '#FEF3C7', layout: 'HORIZONTAL', padX: 8, padY: 4 }, [T('Pending', { size: 12, weight: 600, color: '#92400E' })]),
  ]),
  link('+ Add a bank', { on: go('f_pick'), underline: false, weight: 600 }),
  btnInst('Go to dashboard', 'c_btn', { on: go('f_home') }),
]);

const home = screen('Home', 'f_home', 2730, 0, [
  T('Morning, Dana 👋', { size: 22, weight: 700 }),
  F('Frame 601', { w: 335, layout: 'HORIZONTAL', gap: 12 }, [
    F('Frame 602', { w: 161, layout: 'VERTICAL', pad: 12, gap: 4, radius: 12, fill: '#F0FAF4' }, [T('Open', { size: 12, color: '#6B7280' }), T('$4,820', { size: 20, weight: 700 })]),
    F('Frame 603', { w: 161, layout: 'VERTICAL', pad: 12, gap: 4, radius: 12, fill: '#FEF2F2' }, [T('Overdue', { size: 12, color: '#6B7280' }), T('$610', { size: 20, weight: 700 })]),
  ]),
  F('Card / cash', { w: 335, layout: 'VERTICAL', pad: 16, gap: 10, radius: 14, stroke: '#E5E7EB' }, [
    T('Cash flow', { size: 16, weight: 600 }),
    F('chart', { w: 303, h: 110, fill: '#F9FAFB', radius: 8 }, [V('Vector', { x: 10, y: 60, w: 280, h: 30, color: '#D1D5DB' })]),
    T('Link your bank to see what’s coming in and going out.', { size: 13, color: '#4B5563', w: 303 }),
    btnFrame('Link bank', { w: 303, h: 40, fill: '#FFFFFF', color: GREEN, stroke: GREEN, on: go('f_pick') }),
  ]),
  T('Recent', { size: 16, weight: 600 }),
  F('Frame 620', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T('Hillcrest HOA · Spring cleanup', { size: 14, w: 240 }), T('$1,250', { size: 14, weight: 600 })]),
  F('Frame 621', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T('M. Okafor · Weekly mow', { size: 14, w: 240 }), T('$85', { size: 14, weight: 600 })]),
], [tabBar('Home')]);

const connRow = (n, ref, lines, syncing) => F('Frame 710', { w: 335, layout: 'VERTICAL', pad: 14, gap: 8, radius: 12, stroke: '#E5E7EB' }, [
  F('Frame 711', { w: 307, layout: 'HORIZONTAL', gap: 10, align: 'CENTER' }, [logo(ref, { s: 32 }), T(n, { size: 15, weight: 600, w: 200 }),
    ...(syncing ? [E('Ellipse 3', { w: 16, h: 16, stroke: GREEN })] : [])]),
  T(lines, { size: 12, color: '#6B7280', w: 307 }),
  F('Frame 712', { w: 307, layout: 'HORIZONTAL', gap: 16 }, [
    F('Btn', { layout: 'HORIZONTAL', padX: 10, padY: 6, radius: 6, fill: '#F0FAF4' }, [link('Sync now', { size: 13, underline: false, weight: 600 })]),
    F('Frame 713', { layout: 'HORIZONTAL', padX: 10, padY: 6, radius: 6, stroke: '#FCA5A5' }, [T('Disconnect', { size: 13, weight: 600, color: '#B91C1C' })]),
  ]),
]);
const conns = screen('Settings / Connections', 'f_conns', 3185, 0, [
  T('Settings', { size: 26, weight: 700 }),
  T('Connected apps', { size: 13, weight: 600, color: '#6B7280' }),
  connRow('QuickBooks Online', 'qbo0a1', 'Last sync 9:42 AM today\nFirst sync Mar 3, 2025'),
  connRow('Chase ••4410', 'chase1', 'USD · Syncing…', true),
  T('Company', { size: 13, weight: 600, color: '#6B7280' }),
  F('Frame 730', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', on: go('f_prefill') }, [T('Business details', { size: 15, w: 200 }), V('Vector', { w: 8, h: 14 })]),
  F('Frame 731', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T('Plan', { size: 15, w: 200 }), T('Crew', { size: 15, color: '#6B7280' })]),
  T('Delete account', { size: 15, color: '#B91C1C' }),
], [tabBar('Settings')]);

const prefill = screen('Business details', 'f_prefill', 3640, 0, [
  navBar('Business details', back()),
  F('Frame 801', { w: 335, radius: 8, fill: '#F0FAF4', layout: 'HORIZONTAL', pad: 10, gap: 8 }, [V('Vector', { w: 14, h: 14, color: GREEN }), T('Filled in from QuickBooks Online', { size: 13, color: GREEN, w: 290 })]),
  field('Legal name', 'Green Acres Lawn & Landscape LLC', true),
  field('EIN', '84-2231907', true),
  field('Address', '1420 Alder St, Boise, ID 83702', true),
  field('Owner', 'Dana Ruiz', true),
  btnInst('Save', 'c_btn', { on: back() }),
]);

const pricing = screen('Pricing', 'f_pricing', 0, 1000, [
  navBar('Plans', back()),
  ...[['Solo', '$19/mo', '1 user · unlimited invoices'], ['Crew', '$49/mo', 'Up to 10 users · job costing'], ['Company', '$99/mo', 'Unlimited users · priority routing']].map(([a, b, c]) =>
    F('Frame 901', { w: 335, layout: 'VERTICAL', pad: 16, gap: 4, radius: 12, stroke: '#E5E7EB' }, [
      F('Frame 902', { w: 303, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T(a, { size: 17, weight: 700, w: 150 }), T(b, { size: 17, weight: 700 })]),
      T(c, { size: 13, color: '#6B7280', w: 303 }),
    ])),
  T('Save 20% yearly. Cancel anytime.', { size: 13, color: '#4B5563', w: 335 }),
]);

const upload = screen('Upload file', 'f_upload', 455, 1000, [
  navBar('Upload', back()),
  F('Frame 950', { w: 335, h: 180, radius: 12, stroke: '#9CA3AF', layout: 'VERTICAL', pad: 24, gap: 8 }, [V('Vector', { w: 28, h: 28 }), T('Drop a CSV or IIF export', { size: 15, weight: 600, w: 287, align: 'CENTER' }), T('Customers, items, open invoices', { size: 12, color: '#6B7280', w: 287, align: 'CENTER' })]),
  btnFrame('Choose file', { radius: 10 }),
]);

const email = F('Email / welcome', { key: 'f_email', x: 910, y: 1000, w: 600, h: 900, fill: '#F3F4F6' }, [
  F('Auto layout', { x: 40, y: 40, w: 520, layout: 'VERTICAL', pad: 32, gap: 18, fill: '#FFFFFF', radius: 8 }, [
    V('Vector', { w: 120, h: 28, fill: GREEN }),
    T("You're in, Dana.", { size: 24, weight: 700 }),
    T('3 quick things and your first invoice is out the door:', { size: 15, color: '#374151', w: 456 }),
    T('1  Add your logo\n2  Connect QuickBooks or Xero\n3  Send your first invoice', { size: 15, w: 456 }),
    btnGroup('Connect my books', { w: 240, on: url('https://app.mowbook.com/connect'), radius: 6 }),
    T('Mowbook · 900 W Main St, Boise, ID · Unsubscribe', { size: 11, color: '#9CA3AF', w: 456 }),
  ]),
]);

const flowPage = { name: '📱 Onboarding', starts: [['f_signup', 'Onboarding']], children: [
  S('Happy path', { x: -40, y: -80, w: 4100, h: 960 }, [signup, biz, connect, pick, redirect, status, home, conns, prefill]),
  pricing, upload, email,
] };

const archive = { name: 'Archive', children: [
  F('Intro carousel (old)', { x: 0, y: 0, w: W, h: H, fill: GREEN }, [
    T('Skip', { x: 315, y: 56, size: 15, color: '#FFFFFF' }),
    T('Every job. Every invoice. One app.', { x: 20, y: 420, size: 28, weight: 700, color: '#FFFFFF', w: 335 }),
    F('dots', { x: 150, y: 700, w: 76, layout: 'HORIZONTAL', gap: 8 }, [E('Ellipse 1', { w: 8, h: 8, fill: '#FFFFFF' }), E('Ellipse 2', { w: 8, h: 8, fill: '#FFFFFF', opacity: 0.4 }), E('Ellipse 3', { w: 8, h: 8, fill: '#FFFFFF', opacity: 0.4 })]),
  ]),
  F('Sign up v1', { x: 455, y: 0, w: W, h: H, fill: '#FFFFFF' }, [T('Start free trial', { x: 20, y: 120, size: 26, weight: 700 })]),
] };

const built = buildFile({ name: 'Mowbook – Onboarding v3', lastModified: '2025-04-14T16:22:09Z', version: '5123804417', pages: [cover, flowPage, components, archive] });

writeOut(dir, 'h91-landscaping-invoicing-mobile', built, {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Mobile (375x812, US) onboarding for an invoicing app for landscaping firms; links an accounting app (QuickBooks Online, Xero, FreshBooks, Wave) and a business bank account. Terse copy.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.social-proof', 'value.faq-link', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.non-linear'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame: numbered 1-2-3 list with "Connect QuickBooks or Xero" as step 2 and a "Connect my books" button.',
    'funnel.three-actions': 'Sign up -> Business info -> "Hook up your books": the connect prompt is 2 taps from sign-up.',
    'funnel.cta-visible': 'Full-width primary "Connect accounting" button on its own onboarding screen.',
    'funnel.prefill': 'Business details screen shows legal name, EIN, address and owner "Filled in from QuickBooks Online".',
    'value.three-part': 'Benefit (get paid faster), data use (customers, items, paid invoices read, nothing posted back), one main CTA.',
    'value.contextual-ctas': 'Home cash-flow card: "Link your bank to see what’s coming in and going out" with "Link bank".',
    'value.progress-meter': '"1 of 2 linked" progress bar after the first connection.',
    'privacy.data-scope': 'Names the data read (customers, items, paid invoices) and its direction (read only, never posted back).',
    'privacy.trust-language': '"Bank-level encryption. Never shared with third parties unless you say so."',
    'privacy.consent-action': 'Checkbox "I agree to the Data Policy" with a link, above the connect button.',
    'privacy.disconnect-anytime': '"Unlink anytime in Settings."',
    'platform.explain-redirect': 'Sheet: "You\'ll jump to Intuit to sign in and say yes. Then you land back here."',
    'platform.grouped-categories': '"Accounting" and "Bank" headings over their cards on the picker.',
    'platform.accurate-branding': 'Full names with logos (QuickBooks Online, Wave Accounting, Bank of America...).',
    'platform.search': '"Search apps" field above the list.',
    'platform.alternatives': '"Don\'t see yours? Upload a CSV" leads to an upload screen.',
    'platform.multiple-connections': 'Connected ✓ / Pending badges plus "+ Add a bank".',
    'connection.view-live': 'Settings lists QuickBooks Online with last and first sync, and a bank with account mask and currency.',
    'connection.delete': '"Disconnect" on each connection row.',
    'connection.refresh': '"Sync now" on each connection row.',
    'connection.syncing-indicator': 'Bank row shows a spinner ring and "Syncing…".',
    'funnel.social-proof': 'No testimonial, rating or trusted-by copy anywhere.',
    'value.faq-link': 'No FAQ or learn-more link near the value message.',
    'privacy.connection-guide': 'No how-to-connect guide or help article.',
    'privacy.statistics': 'No customer counts or trust figures; "Save 20% yearly" on pricing is a discount.',
    'privacy.support-contacts': 'The only phone/email line is a hidden layer on the connect screen.',
    'privacy.powered-by': 'No provider mark.',
    'privacy.mutual-nda': 'No NDA.',
    'platform.non-linear': 'No skip, save-for-later or invite-a-teammate in the connect flow; the only "Skip" is on an archived marketing carousel.',
  },
  flow: { startFrameId: 'f_signup', connectFrameId: 'f_connect', stepsToConnect: 2, deadEnds: ['f_pricing'] },
}, { connectCandidates: ['f_connect', 'f_pick', 'f_status', 'f_home', 'f_email'] });

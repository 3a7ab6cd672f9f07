// h67-saas-revenue-financing-desktop: revenue-based financing for SaaS companies, 1440 desktop.
// The flow page deliberately has no prototype starting point.
import { frame, section, group, rect, vector, ellipse, text, instance, component, componentSet, canvas, finish, write, image, go, overlay, swap, back, close, changeTo, scrollTo, url } from './lib.mjs';

const W = 1440, H = 1024;
const NAVY = '#0E1A2B', TEAL = '#0F8C7E', GREY = '#5D6B7C', LINE = '#E2E6EC', BG = '#F6F8FA';
const t = (s, x, y, w, h, o = {}) => text(s, x, y, w, h, { family: 'IBM Plex Sans', size: 13, color: NAVY, ...o });
const btn = (label, x, y, w, o = {}) => instance(o.name ?? 'Button', o.ghost ? 'btnGhost' : 'btnSolid', x, y, w, 36, { fill: o.ghost ? '#FFFFFF' : TEAL, radius: 6, stroke: o.ghost ? LINE : undefined, on: o.on }, [t(label, 12, 9, w - 24, 18, { weight: 600, color: o.ghost ? NAVY : '#FFFFFF', align: 'CENTER' })]);
const logo = (nm, x, y, s = 32) => rect(nm, x, y, s, s, { fill: image('logo' + nm.replace(/\W/g, '').toLowerCase()), radius: 6 });

const sidebar = (active, on = {}, h = H) => frame('Sidebar', 0, 0, 232, h, { fill: NAVY, layout: 'VERTICAL', padX: 16, padY: 20, gap: 4 }, [
  vector('Tideway logo', 16, 20, 120, 28, { fill: '#3FD1C0' }),
  ...['Overview', 'Application', 'Insights', 'Data sources', 'Payments', 'Settings'].map((s, i) => frame(s === active ? 'Nav item / active' : 'Nav item', 16, 80 + i * 40, 200, 36, { fill: s === active ? '#1D2C42' : undefined, radius: 6, layout: 'HORIZONTAL', padX: 10, gap: 10, on: on[s] }, [t(s, 10, 9, 170, 18, { size: 14, color: s === active ? '#FFFFFF' : '#B7C4D3', weight: s === active ? 600 : 400 })])),
  t('Maya Kowalski\nLoopcast Inc.', 16, 940, 200, 36, { size: 12, color: '#B7C4D3' }),
]);
const topbar = (title, o = {}) => frame('Top bar', 232, 0, W - 232, 64, { fill: '#FFFFFF', stroke: LINE, layout: 'HORIZONTAL', padX: 32 }, [
  t(title, 32, 20, 600, 24, { size: 18, weight: 600 }),
  t('Help', 1020, 23, 40, 18, { color: GREY, on: o.help }),
  t('Invite teammate', 1070, 23, 110, 18, { weight: 600, color: TEAL, on: o.invite }),
]);
const app = (name, key, x, y, active, title, kids, o = {}) => frame(name, x, y, W, o.h ?? H, { fill: BG, key, clip: true }, [sidebar(active, o.nav ?? {}, o.h ?? H), topbar(title, o), frame('Content', 232, 64, W - 232, (o.h ?? H) - 64, { layout: 'VERTICAL', padX: 32, padY: 24, gap: 20 }, kids)]);

// ---------- Components page
const compPage = canvas('Components', [
  componentSet('Button', 0, 0, 320, 160, { stroke: '#9747FF', description: 'Solid / ghost' }, [
    component('Type=Solid, State=Default', 20, 20, 200, 36, { key: 'btnSolid', fill: TEAL, radius: 6, on: changeTo('btnSolidHover') }, [t('Button', 12, 9, 176, 18, { weight: 600, color: '#FFFFFF' })]),
    component('Type=Solid, State=Hover', 20, 66, 200, 36, { key: 'btnSolidHover', fill: '#0B6F64', radius: 6 }, [t('Button', 12, 9, 176, 18, { weight: 600, color: '#FFFFFF' })]),
    component('Type=Ghost, State=Default', 20, 112, 200, 36, { key: 'btnGhost', fill: '#FFFFFF', radius: 6, stroke: LINE }, [t('Button', 12, 9, 176, 18, { weight: 600 })]),
  ]),
  component('Checkbox', 400, 0, 16, 16, { key: 'cb', radius: 3, stroke: GREY, strokeWeight: 1.5 }, []),
  component('Status pill', 460, 0, 96, 22, { key: 'pill', radius: 11, fill: '#E3F6F1' }, [t('Status', 8, 3, 80, 16, { size: 11 })]),
]);

// ---------- Flow page frames
const col = (i) => i * (W + 200);
const row = (r) => r * (H + 700);

const signup = frame('Sign up', col(0), row(0), W, H, { fill: '#FFFFFF', key: 'signup' }, [
  frame('Left', 0, 0, 720, H, { fill: NAVY, layout: 'VERTICAL', padX: 80, padY: 80, gap: 32 }, [
    group('Group 2', 80, 80, 160, 32, [vector('Vector', 0, 0, 32, 32, { fill: '#3FD1C0' }), t('Tideway', 42, 4, 110, 24, { size: 20, weight: 700, color: '#FFFFFF' })]),
    t('Non-dilutive capital for\nrecurring-revenue businesses', 80, 200, 560, 100, { size: 36, weight: 700, color: '#FFFFFF', family: 'Söhne' }),
    t('Advance up to 60% of your ARR. Repay as a share of monthly revenue. No warrants, no personal guarantees.', 80, 320, 540, 48, { size: 16, color: '#B7C4D3' }),
    frame('Testimonial', 80, 460, 560, 200, { fill: '#1D2C42', radius: 12, layout: 'VERTICAL', padX: 24, padY: 24, gap: 14 }, [
      t('★★★★★', 24, 24, 100, 18, { color: '#F5C451' }),
      t('“We closed a $2.4M facility in nine days and kept every point of equity. Tideway\u2019s team understood net revenue retention better than most VCs we\u2019ve pitched.”', 24, 52, 512, 72, { size: 15, color: '#FFFFFF' }),
      frame('Frame 12', 24, 140, 512, 40, { layout: 'HORIZONTAL', gap: 12 }, [ellipse('Ellipse 1', 0, 0, 40, 40, { fill: image('avatarpn') }), t('\u200BPriya Natarajan — CFO, Loopcast', 52, 11, 400, 18, { weight: 600, color: '#FFFFFF' })]),
    ]),
    frame('Logos', 80, 860, 560, 40, { layout: 'HORIZONTAL', gap: 32, opacity: 0.7 }, ['Northbeam', 'LinkPath', 'Quanta HR', 'Sendwise'].map((n, i) => rect(n, i * 140, 0, 110, 32, { fill: image('cust' + i) }))),
  ]),
  frame('Form', 820, 180, 500, 680, { layout: 'VERTICAL', gap: 16 }, [
    t('Create your account', 0, 0, 500, 36, { size: 28, weight: 700 }),
    t('Already have one? Log in', 0, 44, 300, 18, { color: TEAL }),
    ...[['Work email', 'maya@loopcast.io'], ['Company name', 'Loopcast Inc.'], ['Annual recurring revenue', '$1M – $5M'], ['Password', '••••••••••••']].map(([l, v], i) => frame('Field', 0, 90 + i * 84, 500, 72, { layout: 'VERTICAL', gap: 6 }, [t(l, 0, 0, 500, 18, { weight: 600, color: GREY }), frame('Input', 0, 24, 500, 44, { fill: '#FFFFFF', radius: 6, stroke: LINE }, [t(v, 12, 13, 440, 18, { size: 14 })])])),
    frame('Primary', 0, 440, 500, 48, { fill: TEAL, radius: 6, on: go('verify') }, [t('Create account', 0, 14, 500, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    frame('Legal', 0, 504, 500, 36, { layout: 'HORIZONTAL', gap: 4 }, [t('By continuing you agree to our', 0, 0, 200, 18, { size: 12, color: GREY }), t('Terms of Service', 204, 0, 110, 18, { size: 12, color: TEAL, deco: 'UNDERLINE', on: go('terms') })]),
  ]),
]);

const verify = frame('Verify email', col(1), row(0), W, H, { fill: '#FFFFFF', key: 'verify' }, [
  frame('Card', 470, 260, 500, 420, { layout: 'VERTICAL', gap: 18 }, [
    vector('mail', 226, 0, 48, 48, { fill: TEAL }),
    t('Check your inbox', 0, 72, 500, 32, { size: 24, weight: 700, align: 'CENTER' }),
    t('We sent a 6-digit code to maya@loopcast.io', 0, 112, 500, 20, { size: 14, color: GREY, align: 'CENTER' }),
    frame('Code', 70, 160, 360, 56, { radius: 6, stroke: LINE }, [t('4  1  9  0  _  _', 0, 16, 360, 24, { size: 20, weight: 600, align: 'CENTER', family: 'IBM Plex Mono' })]),
    btn('Verify', 70, 240, 360, { on: go('app') }),
    t('Resend code', 0, 300, 500, 18, { color: TEAL, align: 'CENTER' }),
  ]),
]);

const terms = frame('Terms', col(2), row(0), W, H, { fill: '#FFFFFF', key: 'terms' }, [
  frame('Article', 320, 80, 800, 860, { layout: 'VERTICAL', gap: 16 }, [
    t('Terms of Service', 0, 0, 800, 40, { size: 32, weight: 700 }),
    t('Last updated 4 January 2026', 0, 52, 800, 18, { color: GREY }),
    t('1. Definitions\n2. Eligibility\n3. Revenue share and remittance\n4. Events of default\n5. Confidentiality\n6. Governing law', 0, 100, 800, 140, { size: 15 }),
    t('← Back', 0, 480, 100, 18, { color: TEAL, on: back() }),
    t('These terms govern your use of the Tideway platform and any revenue purchase agreement entered into with Tideway Capital LLC…', 0, 260, 800, 200, { size: 14, color: GREY }),
  ]),
]);

const srcCard = (nm, sub, x, y, o = {}) => frame(o.name ?? 'Source card', x, y, 262, 132, { fill: '#FFFFFF', radius: 8, stroke: o.selected ? TEAL : LINE, layout: 'VERTICAL', padX: 16, padY: 16, gap: 8, on: o.hover }, [
  logo(nm, 16, 16),
  t(nm, 16, 54, 230, 18, { size: 14, weight: 600 }),
  t(sub, 16, 54, 230, 32, { size: 12, color: GREY }),
  o.status ? instance('Status pill', 'pill', 16, 96, 110, 22, { radius: 11, fill: o.statusFill ?? '#E3F6F1' }, [t(o.status, 8, 3, 94, 16, { size: 11, weight: 600, color: o.statusColor ?? '#0B6F64' })])
    : btn('Connect', 16, 90, 100, { ghost: true, on: o.on, name: 'Btn' }),
]);

const group3 = (title, note, y, cards) => frame('Category', 0, y, 1112, 190, { layout: 'VERTICAL', gap: 10 }, [
  frame('Frame 40', 0, 0, 1112, 24, { layout: 'HORIZONTAL', gap: 12 }, [t(title, 0, 0, 300, 22, { size: 16, weight: 700 }), t(note, 320, 3, 780, 18, { size: 12, color: GREY })]),
  frame('Row', 0, 36, 1112, 132, { layout: 'HORIZONTAL', gap: 16 }, cards),
]);

const meter = (pct, label) => frame('Strength', 0, 0, 1112, 88, { fill: '#FFFFFF', radius: 8, stroke: LINE, layout: 'VERTICAL', padX: 20, padY: 16, gap: 10 }, [
  frame('Frame 21', 20, 16, 1072, 20, { layout: 'HORIZONTAL' }, [t('Application strength', 0, 0, 300, 20, { size: 14, weight: 600 }), t(label, 600, 0, 472, 20, { size: 13, color: GREY, align: 'RIGHT' })]),
  group('Bar', 20, 48, 1072, 10, [rect('Track', 0, 0, 1072, 10, { fill: '#E9EDF2', radius: 5 }), rect('Fill', 0, 0, Math.round(1072 * pct / 100), 10, { fill: TEAL, radius: 5 })]),
  t(`${pct}%`, 20, 62, 60, 16, { size: 12, weight: 700, color: TEAL }),
]);

const valueBox = () => frame('Why connect', 0, 0, 1112, 132, { fill: '#EAF6F4', radius: 8, layout: 'HORIZONTAL', padX: 24, padY: 20, gap: 32 }, [
  frame('Frame 23', 24, 20, 330, 92, { layout: 'VERTICAL', gap: 6 }, [t('Get a term sheet in 24 hours', 0, 0, 330, 20, { size: 14, weight: 700 }), t('Offers are sized from live MRR and churn, not a pitch deck — so you can be funded in days.', 0, 26, 330, 54, { size: 12, color: GREY })]),
  frame('Frame 24', 386, 20, 360, 92, { layout: 'VERTICAL', gap: 6 }, [t('What we read', 0, 0, 360, 20, { size: 14, weight: 700 }), t('Billing: subscriptions, invoices, refunds (read-only).\nBank: balances and transactions to check cash runway.\nAccounting: P&L and balance sheet for a risk score.', 0, 26, 360, 60, { size: 12, color: GREY })]),
  frame('Frame 25', 778, 20, 310, 92, { layout: 'VERTICAL', gap: 8 }, [
    t('Start with your billing system', 0, 0, 310, 20, { size: 14, weight: 700 }),
    btn('Connect billing\u00A0system', 0, 30, 220, { on: overlay('stripeModal'), name: 'cta' }),
    t('How underwriting uses your data — FAQ', 0, 74, 310, 16, { size: 12, color: TEAL, deco: 'UNDERLINE', on: url('https://tideway.capital/faq/data') }),
  ]),
]);

const dataSources = (key, name, x, y, stripeConnected) => app(name, key, x, y, 'Application', 'Financing application', [
  meter(stripeConnected ? 55 : 20, stripeConnected ? 'Connect a bank account to reach 80%' : 'Each connected source strengthens your offer'),
  valueBox(),
  frame('Search', 0, 0, 420, 40, { fill: '#FFFFFF', radius: 6, stroke: LINE, layout: 'HORIZONTAL', padX: 12, gap: 8 }, [vector('Vector', 12, 11, 18, 18, { fill: GREY }), t('Search 40+ integrations', 40, 11, 300, 18, { size: 14, color: '#9AA5B1' })]),
  group3('Revenue', 'Subscription billing and payments', 0, [
    srcCard('Stripe', 'Subscriptions & invoices', 0, 0, stripeConnected ? { status: 'Connected ✓' } : { on: overlay('stripeModal'), selected: true }),
    srcCard('Chargebee', 'Subscription billing', 0, 0, stripeConnected ? { status: 'Awaiting approval', statusFill: '#FFF4DB', statusColor: '#8A5A00' } : {}),
    srcCard('Recurly', 'Subscription billing', 0, 0),
  ]),
  group3('Bank accounts', 'Business checking and savings', 0, [
    srcCard('Chase Business', 'Checking, savings', 0, 0, { on: overlay('bankModal') }),
    srcCard('Mercury', 'Business banking', 0, 0, { on: overlay('bankModal') }),
    srcCard('Silicon Valley Bank', 'A division of First Citizens Bank', 0, 0, { on: overlay('bankModal') }),
  ]),
  group3('Accounting', 'General ledger', 0, [
    srcCard('QuickBooks Online', 'Intuit', 0, 0),
    srcCard('Xero', 'Cloud accounting', 0, 0),
    srcCard('Oracle NetSuite', 'ERP', 0, 0),
  ]),
  frame('Footer', 0, 0, 1112, 36, { layout: 'HORIZONTAL', gap: 24 }, [
    t('Not the right person? Invite a teammate to connect the bank or accounts', 0, 9, 500, 18, { color: TEAL, on: overlay('invite') }),
    t('Save and finish later', 540, 9, 200, 18, { color: GREY, deco: 'UNDERLINE' }),
    t('Upload a CSV instead', 780, 9, 200, 18, { color: GREY, visible: false }),
  ]),
], { h: 1480, help: overlay('help'), invite: overlay('invite'), nav: { Insights: go('insights'), 'Data sources': go('settings') } });

const app0 = dataSources('app', 'Application – data sources', col(0), row(1), false);
const app1 = dataSources('app1', 'Application – 1 source connected', col(4), row(1), true);

const modal = (name, key, x, y, kids) => frame(name, x, y, W, H, { fill: '#0E1A2B80', key }, [frame('Modal', 440, 120, 560, 784, { fill: '#FFFFFF', radius: 12, layout: 'VERTICAL', padX: 32, padY: 28, gap: 16 }, [vector('x', 508, 20, 20, 20, { fill: GREY, on: close() }), ...kids])]);

const stripeModal = modal('Modal – Connect Stripe', 'stripeModal', col(1), row(1), [
  group('Group 14', 32, 28, 140, 48, [logo('Stripe', 0, 0, 48), vector('Vector', 60, 18, 20, 12, { fill: GREY }), rect('Tideway mark', 92, 0, 48, 48, { fill: NAVY, radius: 8 })]),
  t('Connect Stripe', 32, 92, 496, 30, { size: 22, weight: 700 }),
  t('Tideway will read subscriptions, invoices, refunds and payouts from your Stripe account. Access is read-only: we can\u2019t create charges or change anything in Stripe.', 32, 134, 496, 60, { size: 14, color: GREY }),
  frame('Next', 32, 208, 496, 96, { fill: BG, radius: 8, layout: 'VERTICAL', padX: 16, padY: 14, gap: 6 }, [
    t('What happens next', 16, 14, 460, 18, { weight: 700 }),
    t('You\u2019ll be sent to stripe.com to sign in and approve read-only access. When you\u2019re done, Stripe returns you to this page.', 16, 38, 460, 40, { color: GREY }),
  ]),
  t('🔒 256-bit TLS in transit, AES-256 at rest. We never share your data with investors or any third party without your written consent.', 32, 320, 496, 40, { size: 12, color: GREY }),
  t('2,400+ SaaS finance teams connect their billing through Tideway every quarter.', 32, 372, 496, 18, { size: 12, weight: 600, color: NAVY }),
  frame('Consent', 32, 410, 496, 44, { layout: 'HORIZONTAL', gap: 10 }, [
    instance('Checkbox', 'cb', 0, 2, 16, 16, { radius: 3, stroke: GREY, strokeWeight: 1.5 }),
    t('I authorise Tideway to access my Stripe data for underwriting as described in the', 26, 0, 380, 36, { size: 12 }),
    t('Data Processing Addendum', 26, 18, 170, 16, { size: 12, color: TEAL, deco: 'UNDERLINE', on: url('https://tideway.capital/legal/dpa') }),
  ]),
  frame('Buttons', 32, 480, 496, 40, { layout: 'HORIZONTAL', gap: 12 }, [btn('Cancel', 0, 0, 120, { ghost: true, on: close() }), btn('Continue to Stripe', 132, 0, 200, { on: go('stripeAuth') })]),
  frame('Powered', 32, 560, 496, 24, { layout: 'HORIZONTAL', gap: 6 }, [t('Powered by', 0, 4, 80, 16, { size: 11, color: GREY }), vector('Railyard wordmark', 84, 2, 70, 18, { fill: NAVY })]),
]);

const stripeAuth = frame('stripe.com – authorize', col(2), row(1), W, H, { fill: '#F6F9FC', key: 'stripeAuth' }, [
  frame('Browser bar', 0, 0, W, 40, { fill: '#E9ECEF' }, [t('https://connect.stripe.com/oauth/authorize?client_id=ca_…', 120, 11, 600, 18, { size: 12, color: GREY })]),
  frame('Panel', 520, 180, 400, 460, { fill: '#FFFFFF', radius: 8, layout: 'VERTICAL', padX: 32, padY: 32, gap: 16 }, [
    vector('stripe', 32, 32, 60, 26, { fill: '#635BFF' }),
    t('Tideway would like read-only access to Loopcast Inc.', 32, 80, 336, 44, { size: 17, weight: 600 }),
    t('• View customers, subscriptions and invoices\n• View balance and payouts', 32, 140, 336, 44, { color: GREY }),
    frame('Connect', 32, 380, 336, 40, { fill: '#635BFF', radius: 6, on: go('app1') }, [t('Connect', 0, 11, 336, 18, { weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
]);

const bankModal = modal('Modal – bank', 'bankModal', col(5), row(1), [
  t('Link a bank account', 32, 60, 496, 30, { size: 22, weight: 700 }),
  t('We use 90 days of balances and transactions to check cash burn and runway. Read-only — we can\u2019t move money.', 32, 100, 496, 40, { color: GREY }),
  frame('Search', 32, 160, 496, 40, { radius: 6, stroke: LINE }, [vector('Vector', 12, 11, 18, 18, { fill: GREY }), t('Search for your bank', 40, 11, 300, 18, { size: 14, color: '#9AA5B1' })]),
  frame('Banks', 32, 216, 496, 300, { layout: 'VERTICAL', gap: 0 }, ['Chase Business', 'Mercury', 'Silicon Valley Bank', 'Brex', 'Bank of America Business'].map((b, i) => frame('Row', 0, i * 56, 496, 56, { stroke: LINE, on: b === 'Mercury' ? swap('offer') : undefined }, [logo(b, 12, 12), t(b, 56, 19, 400, 18, { size: 14 })]))),
  frame('Powered', 32, 700, 496, 24, { layout: 'HORIZONTAL', gap: 6 }, [t('Bank connections powered by', 0, 4, 180, 16, { size: 11, color: GREY }), vector('Railyard wordmark', 184, 2, 70, 18, { fill: NAVY })]),
]);

const kv = (l, v, x, y) => frame('Field', x, y, 340, 56, { layout: 'VERTICAL', gap: 4 }, [t(l, 0, 0, 340, 16, { size: 12, color: GREY }), frame('Input', 0, 20, 340, 36, { radius: 6, stroke: LINE, fill: '#FFFFFF' }, [t(v, 10, 9, 300, 18)])]);
const offer = app('Offer', 'offer', col(0), row(2), 'Application', 'Your offer', [
  frame('Offer card', 0, 0, 1112, 200, { fill: NAVY, radius: 10, layout: 'HORIZONTAL', padX: 32, padY: 28, gap: 60 }, [
    frame('Frame 70', 32, 28, 300, 140, { layout: 'VERTICAL', gap: 6 }, [t('Available capital', 0, 0, 300, 18, { color: '#B7C4D3' }), t('$1,240,000', 0, 26, 300, 48, { size: 40, weight: 700, color: '#FFFFFF' })]),
    frame('Frame 71', 392, 28, 600, 140, { layout: 'VERTICAL', gap: 4 }, [t('Revenue share 6.5% · Term 24 months · Cap 1.12×\nBased on $3.1M ARR, 118% NRR, 21 months runway', 0, 0, 600, 44, { size: 14, color: '#FFFFFF' }), btn('Accept offer', 0, 80, 160, { on: go('insights') })]),
  ]),
  t('Company details', 0, 0, 1112, 22, { size: 16, weight: 700 }),
  t('Imported from QuickBooks Online and Stripe — review before you sign.', 0, 0, 1112, 18, { color: GREY }),
  frame('Grid', 0, 0, 1112, 200, { layout: 'HORIZONTAL', gap: 20 }, [
    kv('Legal name', 'Loopcast, Inc.', 0, 0), kv('EIN', '84-2219034', 360, 0), kv('State of incorporation', 'Delaware', 720, 0),
    kv('Registered address', '548 Market St #33012, San Francisco, CA', 0, 76), kv('Trailing-12-month revenue', '$2,884,120', 720, 76),
  ]),
]);

const tableRow = (cells, y, o = {}) => frame(o.name ?? 'Row', 0, y, 1112, 52, { fill: o.head ? BG : '#FFFFFF', stroke: LINE, layout: 'HORIZONTAL', padX: 16, on: o.hover }, cells.map(([c, w, co], i) => (typeof c === 'string' ? t(c, 16 + cells.slice(0, i).reduce((s, x) => s + x[1], 0), 17, w, 18, { size: o.head ? 11 : 13, weight: o.head ? 700 : 400, color: co ?? (o.head ? GREY : NAVY) }) : c)));
const settings = app('Settings – Data sources', 'settings', col(1), row(2), 'Data sources', 'Data sources', [
  frame('Frame 80', 0, 0, 1112, 40, { layout: 'HORIZONTAL', gap: 12 }, [t('4 sources · underwriting refreshes nightly at 02:00 UTC', 0, 11, 600, 18, { color: GREY }), btn('Add data source', 952, 0, 160, { on: go('app1') })]),
  frame('Table', 0, 0, 1112, 320, { radius: 8, stroke: LINE, layout: 'VERTICAL', gap: 0 }, [
    tableRow([['SOURCE', 220], ['ACCOUNT', 220], ['CONNECTED', 160], ['LAST SYNC', 170], ['STATUS', 120], ['', 190]], 0, { head: true }),
    ...[['Stripe', 'acct_1Mx…Loopcast (USD)', 'Feb 3, 2026 09:14', 'Today 02:00'], ['Chargebee', 'loopcast-test', 'Feb 3, 2026 09:20', 'Awaiting approval'], ['Mercury', 'Checking ••4410 (USD)', 'Feb 3, 2026 09:31', 'Today 02:01'], ['QuickBooks Online', 'Loopcast, Inc.', 'Feb 4, 2026 16:02', 'Yesterday 02:03']].map(([a, b, c, d], i) => tableRow([
      [a, 220], [b, 220], [c, 160], [d, 170], [d.startsWith('Awaiting') ? 'Pending' : 'Healthy', 120, d.startsWith('Awaiting') ? '#8A5A00' : '#0B6F64'],
      [frame('Actions', 906, 8, 190, 36, { layout: 'HORIZONTAL', gap: 8 }, [btn('Sync now', 0, 0, 90, { ghost: true }), t('Disconnect', 100, 9, 80, 18, { weight: 600, color: '#C0352B', on: overlay('disconnect') })]), 190],
    ], 52 + i * 52, { hover: i === 0 ? changeTo('settings') : undefined })),
  ]),
  t('Sync history', 0, 0, 1112, 22, { size: 16, weight: 700 }),
  t('Today 02:00  Stripe  3,412 invoices, 22 refunds\nToday 02:01  Mercury  188 transactions\nYesterday 02:03  QuickBooks Online  P&L, balance sheet (Jan 2026)', 0, 0, 1112, 60, { color: GREY, family: 'IBM Plex Mono', size: 12 }),
  frame('Danger zone', 0, 0, 1112, 60, { radius: 8, stroke: '#F1C7C3' }, [t('Delete workspace', 16, 20, 200, 18, { weight: 600, color: '#C0352B' })]),
], { help: overlay('help'), invite: overlay('invite'), nav: { Application: go('app1'), Insights: go('insights') } });
settings.children[2].children[1].children[0].interactions = [scrollTo('settings')];

const disconnect = frame('Dialog – disconnect', col(2), row(2), W, H, { fill: '#0E1A2B80', key: 'disconnect' }, [
  frame('Dialog', 520, 340, 400, 240, { fill: '#FFFFFF', radius: 10, layout: 'VERTICAL', padX: 24, padY: 24, gap: 12 }, [
    t('Disconnect Stripe?', 24, 24, 352, 24, { size: 18, weight: 700 }),
    t('Tideway\u2019s access token will be revoked and no new data will be pulled. Your active facility may be reviewed.', 24, 60, 352, 60, { color: GREY }),
    frame('Buttons', 24, 160, 352, 40, { layout: 'HORIZONTAL', gap: 8 }, [btn('Keep', 0, 0, 120, { ghost: true, on: close() }), frame('Danger', 132, 0, 200, 36, { fill: '#C0352B', radius: 6, on: go('settings') }, [t('Disconnect and revoke', 0, 9, 200, 18, { weight: 600, color: '#FFFFFF', align: 'CENTER' })])]),
  ]),
]);

const insights = app('Insights', 'insights', col(3), row(2), 'Insights', 'Insights', [
  frame('KPIs', 0, 0, 1112, 110, { layout: 'HORIZONTAL', gap: 16 }, [['MRR', '$258.4k', '+4.1%'], ['NRR', '118%', '+2 pts'], ['Logo churn', '1.9%', '−0.3 pts']].map(([a, b, c], i) => frame('KPI', i * 282, 0, 266, 110, { fill: '#FFFFFF', radius: 8, stroke: LINE, layout: 'VERTICAL', padX: 16, padY: 16, gap: 4 }, [t(a, 16, 16, 200, 16, { size: 12, color: GREY }), t(b, 16, 38, 200, 32, { size: 26, weight: 700 }), t(c, 16, 76, 200, 16, { size: 12, color: TEAL })]))),
  frame('Charts', 0, 0, 1112, 360, { layout: 'HORIZONTAL', gap: 16 }, [
    frame('Chart', 0, 0, 548, 360, { fill: '#FFFFFF', radius: 8, stroke: LINE }, [t('MRR movements', 16, 16, 300, 20, { size: 15, weight: 700 }), vector('Bars', 16, 60, 516, 260, { fill: '#BFE6E0' })]),
    frame('Chart', 564, 0, 548, 360, { fill: '#FFFFFF', radius: 8, stroke: LINE }, [
      t('Burn & runway', 16, 16, 300, 20, { size: 15, weight: 700 }),
      rect('Empty', 16, 60, 516, 200, { fill: BG, radius: 6 }),
      t('Connect your accounting system to chart monthly burn and months of runway.', 40, 140, 468, 36, { color: GREY, align: 'CENTER' }),
      btn('Connect QuickBooks Online, Xero or NetSuite', 84, 290, 380, { on: go('app1') }),
    ]),
  ]),
  t('Take the product tour', 0, 0, 300, 18, { color: TEAL, on: overlay('tour') }),
], { help: overlay('help'), invite: overlay('invite'), nav: { Application: go('app1'), 'Data sources': go('settings') } });

const help = frame('Panel – help', col(4), row(2), W, H, { fill: '#0E1A2B40', key: 'help' }, [
  frame('Drawer', W - 420, 0, 420, H, { fill: '#FFFFFF', layout: 'VERTICAL', padX: 24, padY: 24, gap: 14 }, [
    vector('x', 372, 24, 20, 20, { fill: GREY, on: close() }),
    t('Talk to us', 24, 24, 300, 26, { size: 20, weight: 700 }),
    t('Your funding analyst: Dev Anand\ndev.anand@tideway.capital\n+1 (415) 555-0148 (Mon–Fri, 8am–6pm PT)', 24, 64, 372, 60, { size: 14 }),
    btn('Open a support ticket', 24, 140, 220, { ghost: true }),
    btn('Book a call', 24, 188, 220, { ghost: true, on: url('https://cal.tideway.capital/dev') }),
    t('Popular questions', 24, 260, 372, 20, { size: 15, weight: 700 }),
    t('What is revenue-based financing?\nHow is my revenue share calculated?\nCan I repay early?', 24, 290, 372, 66, { color: TEAL }),
  ]),
]);

const invite = frame('Modal – invite', col(5), row(2), W, H, { fill: '#0E1A2B80', key: 'invite' }, [
  frame('Modal', 470, 280, 500, 360, { fill: '#FFFFFF', radius: 12, layout: 'VERTICAL', padX: 28, padY: 28, gap: 14 }, [
    t('Invite a teammate', 28, 28, 444, 26, { size: 20, weight: 700 }),
    t('Your controller or finance lead can connect the bank and ledger. Your progress is saved.', 28, 64, 444, 40, { color: GREY }),
    frame('Input', 28, 120, 444, 40, { radius: 6, stroke: LINE }, [t('name@company.com', 12, 11, 300, 18, { color: '#9AA5B1' })]),
    frame('Chips', 28, 176, 444, 28, { layout: 'HORIZONTAL', gap: 8 }, ['Bank', 'Accounting', 'Billing'].map((c, i) => frame('Chip', i * 100, 0, 90, 28, { radius: 14, stroke: LINE }, [t(c, 0, 6, 90, 16, { size: 12, align: 'CENTER' })]))),
    frame('Buttons', 28, 290, 444, 40, { layout: 'HORIZONTAL', gap: 8 }, [btn('Cancel', 0, 0, 120, { ghost: true, on: close() }), btn('Send invite', 132, 0, 160, { on: close() })]),
  ]),
]);

const tour = frame('Overlay – tour', col(6), row(2), W, H, { fill: '#0E1A2B80', key: 'tour' }, [
  frame('Card', 520, 300, 400, 300, { fill: '#FFFFFF', radius: 12, layout: 'VERTICAL', padX: 24, padY: 24, gap: 12 }, [
    t('Track MRR, NRR and churn in one place', 24, 48, 352, 50, { size: 18, weight: 700 }),
    frame('Frame 95', 24, 240, 352, 36, { layout: 'HORIZONTAL', gap: 8 }, [t('Skip', 0, 9, 60, 18, { color: GREY, on: close() }), btn('Next', 240, 0, 110)]),
  ]),
]);

const flowPage = canvas('Product – financing flow', [
  section('Acquisition', -100, -100, col(3) + 100, H + 200, [signup, verify, terms].map((f) => { f._x += 100; f._y += 100; return f; })),
  app0, stripeModal, stripeAuth, app1, bankModal,
  section('In-app', -100, row(2) - 100, col(7) + 100, H + 200, [offer, settings, disconnect, insights, help, invite, tour].map((f) => { f._x += 100; f._y = 100; return f; })),
]);

const archive = canvas('Archive (do not use)', [
  frame('v1 – Connect data', 0, 0, W, H, { fill: '#FFFFFF' }, [t('Connect your data to get funded', 200, 200, 800, 40, { size: 32, weight: 700 }), btn('Connect Stripe', 200, 280, 200)]),
]);

const file = finish('h67-saas-revenue-financing-desktop', [flowPage, compPage, archive], { name: 'Tideway — Financing onboarding (desktop)', lastModified: '2026-02-24T09:02:51Z', version: '5198803321' });

write('h67-saas-revenue-financing-desktop', file, {
  kind: 'onboarding',
  description: 'Tideway, revenue-based financing for SaaS companies, 1440 desktop, dense data screens. Sign-up with testimonial, email verification, a financing application that groups data sources into revenue, bank and accounting with a strength meter and search, a Stripe connect modal with consent and a mock stripe.com approval page, a bank picker, an offer with imported company details, an insights dashboard, a data-sources table with sync and disconnect, and help, invite and tour overlays. No prototype starting point is set.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.greeting-email', 'privacy.disconnect-anytime', 'privacy.mutual-nda', 'platform.alternatives', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Sign up → Verify email → Application – data sources: two steps (no start set, so the sign-up frame is the start).',
    'funnel.cta-visible': '"Connect billing system" in the value box at the top of the application, plus a permanent "Data sources" sidebar entry.',
    'funnel.social-proof': 'CFO testimonial with stars on the sign-up screen.',
    'funnel.prefill': 'Offer screen: company details imported from QuickBooks Online and Stripe.',
    'value.three-part': 'Why-connect box: value (term sheet in 24 hours), use per source type, next step (Connect billing system).',
    'value.contextual-ctas': 'Insights "Burn & runway" chart empty state asks to connect accounting.',
    'value.progress-meter': 'Application strength bar rising with each connected source.',
    'privacy.statistics': '"2,400+ SaaS finance teams connect their billing through Tideway".',
    'privacy.powered-by': '"Powered by" with a provider wordmark in the Stripe and bank modals.',
    'privacy.disconnect-anytime': 'The disconnect control exists in settings, but no copy tells the user up front that they can disconnect later.',
    'platform.alternatives': 'The only "Upload a CSV instead" line is a hidden layer.',
    'connection.syncing-indicator': 'Sync times and a history log, but no in-progress state.',
  },
  flow: { start: 'signup', connect: 'app', steps: 2, deadEnds: ['terms'] },
});

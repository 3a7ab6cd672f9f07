// h92: revenue operations for B2B SaaS, desktop 1440, dense copy; CRM + billing + accounting.
import { T, R, V, F, S, C, CS, E, buildFile, writeOut, go, back, close, url, hover, WRITTEN_BY } from './lib.mjs';
import { btnInst, btnFrame, btnGroup, link, checkRow, searchField, logo } from './ui.mjs';

const W = 1440, H = 960;
const INK = '#0B1324', MUTED = '#5B6478', BRAND = '#4338CA';
const dir = new URL('..', import.meta.url).pathname;

const sidebar = (active) => F('Sidebar', { x: 0, y: 0, w: 232, h: H, fill: '#0B1324', layout: 'VERTICAL', pad: 16, gap: 4 }, [
  F('Frame 1', { w: 200, layout: 'HORIZONTAL', gap: 8, padY: 8, align: 'CENTER' }, [V('Vector', { w: 22, h: 22, fill: '#818CF8', radius: 6 }), T('Quotient', { size: 17, weight: 700, color: '#FFFFFF' })]),
  R('Rectangle 3', { w: 200, h: 1, fill: '#1F2A44' }),
  ...[['Overview', 'f_dashboard'], ['Pipeline', null], ['Billing', null], ['Forecast', null], ['Data sources', 'f_hub'], ['Settings', 'f_sources']].map(([t, dest]) =>
    F(t === active ? 'nav/item=active' : 'Frame 4', { w: 200, h: 36, radius: 6, fill: t === active ? '#1E293B' : undefined, layout: 'HORIZONTAL', padX: 10, padY: 9, gap: 10, align: 'CENTER', on: dest ? go(dest) : undefined }, [
      V('Vector', { w: 16, h: 16, color: t === active ? '#A5B4FC' : '#94A3B8' }),
      T(t === 'Data sources' ? 'Data sources  ·  Connect' : t, { size: 14, weight: t === active ? 600 : 400, color: t === active ? '#FFFFFF' : '#CBD5E1', w: 160 }),
    ])),
]);
const appScreen = (name, key, x, y, active, body) => F(name, { key, x, y, w: W, h: H, fill: '#F8FAFC', clips: true }, [
  sidebar(active),
  F('Main', { x: 232, y: 0, w: W - 232, layout: 'VERTICAL', padX: 40, padY: 32, gap: 20 }, body),
]);
const authScreen = (name, key, x, y, body, side) => F(name, { key, x, y, w: W, h: H, fill: '#FFFFFF' }, [
  F('Frame 10', { x: 0, y: 0, w: 720, h: H, layout: 'VERTICAL', padX: 140, padY: 120, gap: 18 }, [
    F('Frame 11', { w: 440, layout: 'HORIZONTAL', gap: 8, align: 'CENTER' }, [V('Vector', { w: 24, h: 24, fill: BRAND, radius: 6 }), T('Quotient', { size: 18, weight: 700, color: INK })]),
    ...body,
  ]),
  F('Frame 12', { x: 720, y: 0, w: 720, h: H, fill: '#EEF2FF', layout: 'VERTICAL', padX: 96, padY: 160, gap: 20 }, side),
]);
const input = (label, value, w = 440) => F('Input', { w, layout: 'VERTICAL', gap: 6 }, [
  T(label, { size: 13, weight: 500, color: MUTED, w }),
  F('Frame 20', { w, h: 42, radius: 6, stroke: '#CBD5E1', fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 12, padY: 11 }, [T(value, { size: 14, color: '#94A3B8', w: w - 24 })]),
]);
const steps = (n) => F('Frame 30', { w: 440, layout: 'HORIZONTAL', gap: 6 }, [1, 2, 3, 4, 5].map((i) => R(`Rectangle ${30 + i}`, { w: 84, h: 4, radius: 2, fill: i <= n ? BRAND : '#E2E8F0' })));

// ---------- components ----------
const components = { name: 'Components', children: [
  CS('Btn', { x: 0, y: 0, w: 560, h: 220, stroke: '#9747FF', radius: 5 }, [
    C('State=Default, Size=Large', { key: 'c_btn', x: 20, y: 20, w: 240, h: 44, fill: BRAND, radius: 6 }, [T('Button', { x: 16, y: 12, w: 208, size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    C('State=Hover, Size=Large', { key: 'c_btn_h', x: 20, y: 90, w: 240, h: 44, fill: '#3730A3', radius: 6 }, [T('Button', { x: 16, y: 12, w: 208, size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    C('State=Default, Size=Small', { key: 'c_btn_s', x: 300, y: 20, w: 120, h: 32, fill: BRAND, radius: 6 }, [T('Button', { x: 8, y: 8, w: 104, size: 13, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
  C('Comp / Badge', { key: 'c_badge', x: 620, y: 20, w: 90, h: 22, radius: 11, fill: '#DCFCE7' }, [T('Badge', { x: 8, y: 4, w: 74, size: 11, weight: 600 })]),
  C('Comp / Logo tile', { key: 'c_logo', x: 740, y: 20, w: 40, h: 40, radius: 8, stroke: '#E2E8F0' }, []),
] };

// ---------- screens ----------
const quote = F('Frame 40', { w: 528, layout: 'VERTICAL', gap: 14 }, [
  T('★★★★★', { size: 18, color: '#F59E0B' }),
  T('“Board prep went from a week of spreadsheet archaeology to one afternoon. Our CRO and I finally quote the same ARR.”', { size: 20, weight: 500, color: INK, w: 528 }),
  F('Frame 41', { w: 528, layout: 'HORIZONTAL', gap: 12, align: 'CENTER' }, [E('Ellipse 7', { w: 40, h: 40, image: 'ph_avatar_92a' }), T('Marisol Ortega — VP Finance, Northbeam Analytics', { size: 14, color: MUTED, w: 400 })]),
]);

const signup = authScreen('01 Sign up', 'f_signup', 0, 0, [
  T('Start your 14‑day trial', { size: 28, weight: 700, color: INK, w: 440 }),
  T('No card needed. Cancel your trial anytime.', { size: 15, color: MUTED, w: 440 }),
  btnFrame('Continue with Google', { w: 440, h: 44, fill: '#FFFFFF', color: INK, stroke: '#CBD5E1', radius: 6, weight: 500 }),
  T('or', { size: 13, color: '#94A3B8', w: 440, align: 'CENTER' }),
  input('Work email', 'you@company.com'),
  input('Password', 'At least 12 characters'),
  checkRow('Keep me signed in', { w: 440, boxName: 'Rectangle 22' }),
  btnInst('Create workspace', 'c_btn', { w: 440, h: 44, fill: BRAND, radius: 6, on: go('f_verify') }),
  F('Frame 13', { w: 440, layout: 'HORIZONTAL', gap: 4 }, [T('By continuing you accept the', { size: 12, color: MUTED, w: 170 }), link('Terms of Service', { size: 12, color: BRAND, on: go('f_terms') })]),
], [quote]);

const verify = authScreen('02 Verify email', 'f_verify', 1540, 0, [
  steps(1),
  T('Check your inbox', { size: 28, weight: 700, color: INK }),
  T('We sent a 6-digit code to you@company.com.', { size: 15, color: MUTED, w: 440 }),
  F('Frame 50', { w: 440, layout: 'HORIZONTAL', gap: 10 }, [1, 2, 3, 4, 5, 6].map(() => R('Rectangle 51', { w: 56, h: 56, radius: 8, stroke: '#CBD5E1', fill: '#FFFFFF' }))),
  btnInst('Verify', 'c_btn', { w: 440, h: 44, fill: BRAND, radius: 6, on: go('f_workspace') }),
  link('Resend code', { size: 13, color: BRAND }),
], [T('Almost there.', { size: 24, weight: 600, color: INK })]);

const workspace = authScreen('03 Workspace', 'f_workspace', 3080, 0, [
  steps(2),
  T('Set up your workspace', { size: 28, weight: 700, color: INK, w: 440 }),
  input('Company name', 'Acme Cloud, Inc.'),
  input('Company domain', 'acme.io'),
  F('Frame 60', { w: 440, layout: 'HORIZONTAL', gap: 16 }, [input('Reporting currency', 'USD', 212), input('Fiscal year starts', 'February', 212)]),
  btnInst('Continue', 'c_btn', { w: 440, h: 44, fill: BRAND, radius: 6, on: go('f_role') }),
], [T('Your workspace is where finance, sales and CS share one revenue number.', { size: 22, weight: 600, color: INK, w: 528 })]);

const role = authScreen('04 Role', 'f_role', 4620, 0, [
  steps(3),
  T('What best describes you?', { size: 28, weight: 700, color: INK, w: 440 }),
  ...['Revenue operations', 'Finance / FP&A', 'Sales leadership', 'Founder / CEO'].map((r, i) =>
    F('Frame 70', { w: 440, h: 52, radius: 8, stroke: i === 0 ? BRAND : '#CBD5E1', fill: i === 0 ? '#EEF2FF' : '#FFFFFF', layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 12, align: 'CENTER' }, [
      E('Ellipse 2', { w: 16, h: 16, stroke: i === 0 ? BRAND : '#94A3B8' }), T(r, { size: 15, weight: 500, w: 360 })])),
  btnInst('Continue', 'c_btn', { w: 440, h: 44, fill: BRAND, radius: 6, on: go('f_invite') }),
], [T('We tailor the default dashboards to your role.', { size: 22, weight: 600, color: INK, w: 528 })]);

const invite = authScreen('05 Invite', 'f_invite', 6160, 0, [
  steps(4),
  T('Bring in your team', { size: 28, weight: 700, color: INK }),
  T('Sales, finance and CS leads see the same numbers.', { size: 15, color: MUTED, w: 440 }),
  input('Emails, comma separated', 'cro@acme.io, controller@acme.io'),
  F('Frame 80', { w: 440, layout: 'HORIZONTAL', gap: 12 }, [
    btnInst('Send invites', 'c_btn', { w: 214, h: 44, fill: BRAND, radius: 6, on: go('f_hub') }),
    btnFrame('Skip', { w: 214, h: 44, fill: '#FFFFFF', color: INK, stroke: '#CBD5E1', radius: 6, on: go('f_hub') }),
  ]),
], [T('Tip: admins can change roles later in Settings.', { size: 18, color: MUTED, w: 528 })]);

const card = (nm, ref, o = {}) => F('Frame 210', { w: 336, h: 56, radius: 8, stroke: o.sel ? BRAND : '#E2E8F0', fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 12, padY: 10, gap: 10, align: 'CENTER', on: o.on }, [
  logo(ref, { s: 32 }), T(nm, { size: 14, weight: 600, w: o.badge ? 160 : 260, color: INK }),
  ...(o.badge ? [F('Frame 211', { radius: 10, fill: o.badge.startsWith('Connected') ? '#DCFCE7' : '#FEF3C7', layout: 'HORIZONTAL', padX: 8, padY: 3 }, [T(o.badge, { size: 11, weight: 600, color: o.badge.startsWith('Connected') ? '#166534' : '#92400E' })])] : []),
]);
const column = (title, blurb, cards, extra = []) => F('Auto layout', { w: 360, layout: 'VERTICAL', pad: 12, gap: 10, radius: 10, fill: '#FFFFFF', stroke: '#E2E8F0' }, [
  T(title, { size: 18, weight: 700, color: INK, w: 336 }),
  T(blurb, { size: 12, color: MUTED, w: 336 }),
  ...cards, ...extra,
]);
const hub = appScreen('06 Data sources – connect', 'f_hub', 0, 1100, 'Data sources', [
  F('Frame 200', { w: 1128, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [
    T('Plug in your revenue stack', { size: 26, weight: 700, color: INK, w: 520 }),
    F('Frame 201', { w: 380, layout: 'VERTICAL', gap: 6 }, [T('Coverage: 1 of 3 source types', { size: 12, weight: 600, color: MUTED, w: 380 }), F('meter', { w: 380, h: 8, radius: 4, fill: '#E2E8F0' }, [R('Rectangle 202', { x: 0, y: 0, w: 127, h: 8, radius: 4, fill: BRAND })])]),
  ]),
  F('Frame 205', { w: 1128, layout: 'HORIZONTAL', gap: 24 }, [
    F('Frame 206', { w: 700, layout: 'VERTICAL', gap: 8 }, [
      T('One ARR number everyone signs off on: bookings from your CRM, billings from Stripe or Chargebee and recognized revenue from your GL, reconciled every night.', { size: 15, color: INK, w: 700 }),
      T('CRM → we read opportunities, accounts and close dates.  Billing → we pull subscriptions, invoices and refunds to compute MRR, churn and expansion.  Accounting → we read the general ledger and AR aging to tie revenue to the books. Read-only: nothing is written back to any system.', { size: 13, color: MUTED, w: 700 }),
      F('Frame 207', { w: 700, layout: 'HORIZONTAL', gap: 16 }, [link('Why connect? Read the FAQ →', { size: 13, color: BRAND, on: url('https://quotient.io/help/faq-data-sources') }), link('Setup guides for each integration', { size: 13, color: BRAND, on: url('https://quotient.io/help/guides/connect') })]),
    ]),
    F('Frame 208', { w: 404, layout: 'VERTICAL', pad: 14, gap: 6, radius: 10, fill: '#EEF2FF' }, [
      T('“Connected Salesforce and NetSuite before lunch. Our forecast call now starts from the same number.” — Dev Patel, Head of RevOps, Brightloop', { size: 12, color: INK, w: 376 }),
      T('4,200+ finance and RevOps teams sync through Quotient', { size: 12, weight: 600, color: BRAND, w: 376 }),
    ]),
  ]),
  F('Frame 209', { w: 1128, layout: 'HORIZONTAL', gap: 12, align: 'CENTER' }, [
    searchField('Search 40+ integrations', { w: 420, h: 40, radius: 6, fill: '#FFFFFF', stroke: '#CBD5E1', name: 'Search' }),
    btnInst('Connect a source', 'c_btn', { name: 'Comp / Action / Large', w: 200, h: 40, fill: BRAND, radius: 6, size: 14, on: [go('f_authorize', 'OVERLAY'), hover('c_btn_h')] }),
    link('Save and finish later', { size: 13, color: MUTED, on: go('f_dashboard') }),
    link('Send this step to a teammate', { size: 13, color: MUTED }),
  ]),
  F('Frame 220', { w: 1128, layout: 'HORIZONTAL', gap: 24 }, [
    column('CRM', 'Pipeline, bookings, renewals', [
      card('Salesforce Sales Cloud', 'sfdc_01', { badge: 'Connected ✓' }),
      card('HubSpot CRM', 'hubspot_02', { on: go('f_authorize', 'OVERLAY') }),
      card('Pipedrive', 'pipedrive_03', { on: go('f_authorize', 'OVERLAY') }),
    ]),
    column('Billing & subscriptions', 'Invoices, MRR, churn', [
      card('Stripe Billing', 'stripe_04', { badge: 'Awaiting auth', sel: true }),
      card('Chargebee', 'chargebee_05', { on: go('f_authorize', 'OVERLAY') }),
      card('Recurly', 'recurly_06', { on: go('f_authorize', 'OVERLAY') }),
    ], [link('+ Add another Stripe account', { size: 13, color: BRAND, underline: false, weight: 600 })]),
    column('Accounting & ERP', 'GL, revenue recognition, AR', [
      card('Oracle NetSuite', 'netsuite_07', { on: go('f_authorize', 'OVERLAY') }),
      card('QuickBooks Online', 'qbo_08', { on: go('f_authorize', 'OVERLAY') }),
      card('Xero', 'xero_09', { on: go('f_authorize', 'OVERLAY') }),
      card('Sage Intacct', 'intacct_10', { on: go('f_authorize', 'OVERLAY') }),
    ], [link('Not listed? Import a CSV of your GL or send us an API spec', { size: 12, color: BRAND, w: 336 })]),
  ]),
  F('Footer', { w: 1128, layout: 'HORIZONTAL', gap: 24, align: 'CENTER', padY: 8 }, [
    T('🔒 SOC 2 Type II · encrypted in transit and at rest · never sold or shared with third parties without your consent', { size: 12, color: MUTED, w: 560 }),
    F('Frame 230', { layout: 'HORIZONTAL', gap: 6, align: 'CENTER' }, [T('Connections powered by', { size: 11, color: MUTED }), R('codat-logo', { w: 54, h: 14, image: 'b8e21f0c44aa' })]),
  ]),
  F('Frame 240', { w: 1128, layout: 'HORIZONTAL', gap: 16 }, [
    T('Stuck? Solutions engineering: +1 (415) 555‑0134 · support@quotient.io ·', { size: 12, color: MUTED, w: 420 }),
    link('Open a ticket', { size: 12, color: BRAND, on: url('https://quotient.io/support/new') }),
    T('Security review first?', { size: 12, color: MUTED }),
    link('Request our mutual NDA', { size: 12, color: BRAND, on: url('https://quotient.io/legal/mnda') }),
  ]),
]);

const authorize = F('07 Authorize modal', { key: 'f_authorize', x: 1540, y: 1100, w: W, h: H, fill: '#0B1324', opacity: 0.5 }, [
  F('Modal', { x: 470, y: 250, w: 500, layout: 'VERTICAL', pad: 28, gap: 16, radius: 12, fill: '#FFFFFF' }, [
    F('Frame 300', { w: 444, layout: 'HORIZONTAL', gap: 12, align: 'CENTER', justify: 'SPACE_BETWEEN' }, [T('Connect Stripe Billing', { size: 20, weight: 700, w: 380 }), V('close', { w: 14, h: 14, on: close() })]),
    T('Pick the Stripe account that bills your customers.', { size: 14, color: MUTED, w: 444 }),
    ...['Acme Cloud, Inc. — acct_1NxT…Q2 (USD)', 'Acme Cloud EU — acct_1Pb8…7K (EUR)'].map((a, i) => F('Frame 301', { w: 444, h: 44, radius: 6, stroke: i === 0 ? BRAND : '#E2E8F0', layout: 'HORIZONTAL', padX: 12, padY: 12, gap: 10 }, [E('Ellipse 4', { w: 16, h: 16, stroke: BRAND }), T(a, { size: 13, w: 380 })])),
    F('Frame 302', { w: 444, layout: 'HORIZONTAL', gap: 12 }, [
      btnFrame('Cancel', { w: 216, h: 40, fill: '#FFFFFF', color: INK, stroke: '#CBD5E1', radius: 6, on: close() }),
      btnInst('Authorize', 'c_btn', { w: 216, h: 40, fill: BRAND, radius: 6, size: 14, on: go('f_sources') }),
    ]),
  ]),
]);

const kpi = (a, b, c) => F('Frame 400', { w: 264, layout: 'VERTICAL', pad: 16, gap: 4, radius: 10, fill: '#FFFFFF', stroke: '#E2E8F0' }, [T(a, { size: 12, color: MUTED }), T(b, { size: 24, weight: 700, color: INK }), T(c, { size: 12, color: '#16A34A' })]);
const dashboard = appScreen('08 Overview', 'f_dashboard', 3080, 1100, 'Overview', [
  T('Revenue overview', { size: 26, weight: 700, color: INK }),
  F('Frame 401', { w: 1128, layout: 'HORIZONTAL', gap: 24 }, [kpi('ARR', '$18.4M', '+3.1% MoM'), kpi('Net new MRR', '$96.2k', '+$12k vs plan'), kpi('Gross churn', '1.2%', '−0.3 pts'), kpi('Pipeline coverage', '3.4×', 'Q3')]),
  F('Frame 410', { w: 1128, layout: 'HORIZONTAL', gap: 24 }, [
    F('Card 1', { w: 700, layout: 'VERTICAL', pad: 20, gap: 12, radius: 10, fill: '#FFFFFF', stroke: '#E2E8F0' }, [T('ARR bridge', { size: 16, weight: 600 }), F('chart', { w: 660, h: 240, fill: '#F1F5F9', radius: 6 }, [V('Vector', { x: 20, y: 40, w: 620, h: 160, color: '#818CF8' })])]),
    F('Card 2', { w: 404, layout: 'VERTICAL', pad: 20, gap: 12, radius: 10, fill: '#FFFFFF', stroke: '#E2E8F0' }, [
      T('Net revenue retention', { size: 16, weight: 600 }),
      F('Frame 411', { w: 364, h: 120, fill: '#F8FAFC', radius: 6 }, [T('—', { x: 170, y: 40, size: 28, color: '#CBD5E1' })]),
      T('Connect HubSpot or Salesforce to break NRR down by segment and owner.', { size: 13, color: MUTED, w: 364 }),
      btnFrame('Connect CRM', { w: 160, h: 36, radius: 6, fill: BRAND, size: 13, on: go('f_hub') }),
    ]),
  ]),
  F('Table', { w: 1128, layout: 'VERTICAL', pad: 16, gap: 8, radius: 10, fill: '#FFFFFF', stroke: '#E2E8F0' }, [
    T('Top expansion accounts', { size: 16, weight: 600 }),
    ...[['Linkwise Inc.', '$412k', '+18%'], ['ConnectPoint Health', '$288k', '+9%'], ['Syncline Logistics', '$201k', '+6%'], ['Orbital Freight', '$150k', '+4%']].map(([a, b, c]) =>
      F('Row', { w: 1096, layout: 'HORIZONTAL', gap: 0, padY: 6 }, [T(a, { size: 13, w: 600 }), T(b, { size: 13, w: 300 }), T(c, { size: 13, color: '#16A34A', w: 100 })])),
  ]),
]);

const th = (cols) => F('Header row', { w: 1128, layout: 'HORIZONTAL', padX: 12, padY: 10, fill: '#F1F5F9' }, cols.map(([t, w]) => T(t, { size: 12, weight: 600, color: MUTED, w })));
const COLS = [['Source', 220], ['Account', 250], ['First sync', 160], ['Last sync', 150], ['Status', 110], ['', 214]];
const trow = (vals) => F('Row', { w: 1128, layout: 'HORIZONTAL', padX: 12, padY: 12, stroke: '#E2E8F0' }, [
  F('Frame 501', { w: 220, layout: 'HORIZONTAL', gap: 8, align: 'CENTER' }, [logo(vals[0][1], { s: 24, radius: 4 }), T(vals[0][0], { size: 13, weight: 600, w: 180 })]),
  T(vals[1], { size: 13, w: 250 }), T(vals[2], { size: 13, w: 160 }), T(vals[3], { size: 13, w: 150 }),
  F('Frame 502', { w: 110, layout: 'HORIZONTAL' }, [F('Frame 503', { radius: 10, fill: '#DCFCE7', layout: 'HORIZONTAL', padX: 8, padY: 3 }, [T(vals[4], { size: 11, weight: 600, color: '#166534' })])]),
  F('Frame 504', { w: 214, layout: 'HORIZONTAL', gap: 14 }, [link('Resync', { size: 13, color: BRAND, underline: false }), link('History', { size: 13, color: BRAND, underline: false }), T('Revoke access', { size: 13, weight: 500, color: '#B91C1C' })]),
]);
const sources = appScreen('09 Settings · Data sources', 'f_sources', 4620, 1100, 'Settings', [
  T('Settings', { size: 26, weight: 700, color: INK }),
  F('Tabs', { w: 1128, layout: 'HORIZONTAL', gap: 24 }, ['General', 'Members', 'Data sources', 'Billing', 'Security'].map((t) => T(t, { size: 14, weight: t === 'Data sources' ? 600 : 400, color: t === 'Data sources' ? BRAND : MUTED }))),
  F('Frame 510', { w: 1128, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [T('3 connected sources', { size: 16, weight: 600, w: 400 }), btnInst('Add source', 'c_btn_s', { w: 120, h: 32, fill: BRAND, radius: 6, size: 13, on: go('f_hub') })]),
  F('Table', { w: 1128, layout: 'VERTICAL', radius: 8, fill: '#FFFFFF', stroke: '#E2E8F0' }, [
    th(COLS),
    trow([['Salesforce Sales Cloud', 'sfdc_01'], 'acme.my.salesforce.com', '12 Feb 2025, 09:14', '4 min ago', 'Healthy']),
    trow([['Stripe Billing', 'stripe_04'], 'acct_1NxT…Q2 · USD', '12 Feb 2025, 09:31', '11 min ago', 'Healthy']),
    trow([['Oracle NetSuite', 'netsuite_07'], 'Acme Cloud (US) · sub 2', '14 Feb 2025, 16:02', '1 h ago', 'Healthy']),
  ]),
  T('Danger zone', { size: 14, weight: 600, color: '#B91C1C' }),
  btnFrame('Delete workspace', { w: 180, h: 36, fill: '#FFFFFF', color: '#B91C1C', stroke: '#FCA5A5', radius: 6, size: 13 }),
]);

const terms = F('10 Terms of Service', { key: 'f_terms', x: 1540, y: 2200, w: W, h: H, fill: '#FFFFFF' }, [
  F('Auto layout', { x: 320, y: 80, w: 800, layout: 'VERTICAL', gap: 16 }, [
    V('arrow-left', { w: 16, h: 16, on: back() }),
    T('Terms of Service', { size: 32, weight: 700, color: INK }),
    T('Last updated 2 January 2025', { size: 13, color: MUTED }),
    ...['1. Acceptance', '2. Your account', '3. Customer data', '4. Fees and payment', '5. Term and termination'].map((h) => F('Frame 600', { w: 800, layout: 'VERTICAL', gap: 6 }, [
      T(h, { size: 16, weight: 600, w: 800 }),
      T('Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer posuere erat a ante venenatis dapibus posuere velit aliquet. Cras mattis consectetur purus sit amet fermentum.', { size: 14, color: MUTED, w: 800 }),
    ])),
  ]),
]);

const flowPage = { name: 'Flows – Onboarding', starts: [['f_signup', 'Trial sign-up'], ['f_dashboard', 'Returning user']], children: [
  S('Sign-up', { x: -60, y: -100, w: 7800, h: 1120 }, [signup, verify, workspace, role, invite]),
  hub, authorize, dashboard, sources, terms,
] };

const cover = { name: 'Cover', children: [F('Thumbnail', { x: 0, y: 0, w: 1600, h: 960, fill: BRAND }, [
  T('Quotient — Activation 2025', { x: 100, y: 380, size: 72, weight: 800, color: '#FFFFFF', w: 1300 }),
  T('Owner: Growth design · Status: In review', { x: 100, y: 500, size: 28, color: '#C7D2FE', w: 900 }),
])] };

const archive = { name: '🗄 Archive', children: [
  F('Data sources v1 (deprecated)', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
    T('Integrations', { x: 80, y: 80, size: 28, weight: 700 }),
    T('Powered by Codat', { x: 80, y: 140, size: 12, color: MUTED, visible: false }),
    btnGroup('Connect', { w: 160, h: 40, radius: 6, fill: BRAND, name: 'Group 14' }),
  ]),
] };

const built = buildFile({ name: 'Quotient – Activation', lastModified: '2025-06-03T09:12:44Z', version: '6029918120', pages: [cover, flowPage, components, archive],
  componentMeta: { 'State=Default, Size=Large': { description: 'Primary action' } } });

writeOut(dir, 'h92-b2b-saas-revenue-ops-desktop', built, {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1440) trial onboarding for a revenue-operations product for B2B SaaS companies; connects a CRM (Salesforce Sales Cloud, HubSpot CRM, Pipedrive), billing (Stripe Billing, Chargebee, Recurly) and accounting/ERP (Oracle NetSuite, QuickBooks Online, Xero, Sage Intacct). Dense copy.',
  present: ['funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'privacy.consent-action', 'privacy.disconnect-anytime', 'platform.explain-redirect', 'connection.syncing-indicator'],
  notes: {
    'funnel.cta-visible': '"Data sources · Connect" is a permanent sidebar entry and the hub has a primary "Connect a source" button.',
    'funnel.social-proof': 'Named testimonials (VP Finance on sign-up; Head of RevOps on the hub) with a star rating.',
    'value.three-part': 'Benefit (one agreed ARR number), per-category data use (CRM, billing, accounting), one main "Connect a source" CTA.',
    'value.contextual-ctas': 'Overview NRR card: "Connect HubSpot or Salesforce to break NRR down by segment" with "Connect CRM".',
    'value.faq-link': '"Why connect? Read the FAQ →" beside the value copy.',
    'value.progress-meter': '"Coverage: 1 of 3 source types" meter.',
    'privacy.data-scope': 'Per category it says what is read and that it is read-only, nothing written back.',
    'privacy.trust-language': '"encrypted in transit and at rest · never sold or shared with third parties without your consent".',
    'privacy.connection-guide': '"Setup guides for each integration" link.',
    'privacy.statistics': '"4,200+ finance and RevOps teams sync through Quotient".',
    'privacy.support-contacts': 'Phone, support email and "Open a ticket" on the hub.',
    'privacy.powered-by': '"Connections powered by" with the provider logo in the hub footer.',
    'privacy.mutual-nda': '"Request our mutual NDA".',
    'platform.grouped-categories': 'Columns headed CRM / Billing & subscriptions / Accounting & ERP.',
    'platform.accurate-branding': 'Full names: Salesforce Sales Cloud, HubSpot CRM, Stripe Billing, Oracle NetSuite, QuickBooks Online, Sage Intacct.',
    'platform.search': '"Search 40+ integrations" field above the cards.',
    'platform.alternatives': '"Not listed? Import a CSV of your GL or send us an API spec".',
    'platform.non-linear': '"Save and finish later" and "Send this step to a teammate" on the hub.',
    'platform.multiple-connections': 'Connected ✓ and "Awaiting auth" badges plus "+ Add another Stripe account".',
    'connection.view-live': 'Settings table: source, account (with currency), first sync, last sync, status.',
    'connection.delete': '"Revoke access" per row.',
    'connection.refresh': '"Resync" per row.',
    'funnel.greeting-email': 'No welcome-email frame; the verify screen is an in-app code entry.',
    'funnel.three-actions': 'Sign up, verify, workspace, role and invite come first: the connect hub is 5 steps from sign-up.',
    'funnel.prefill': 'Nothing is shown prefilled from connected data.',
    'privacy.consent-action': 'No consent checkbox before connecting; the only checkbox is "Keep me signed in" on sign-up.',
    'privacy.disconnect-anytime': 'Never says a source can be disconnected later; "Cancel your trial anytime" is about the subscription.',
    'platform.explain-redirect': 'The authorize modal never says the user will go to the platform to sign in and come back.',
    'connection.syncing-indicator': 'No syncing spinner or in-progress state; rows only show "Healthy".',
  },
  flow: { startFrameId: 'f_signup', connectFrameId: 'f_hub', stepsToConnect: 5, deadEnds: ['f_terms'] },
}, { connectCandidates: ['f_hub', 'f_dashboard', 'f_sources'] });

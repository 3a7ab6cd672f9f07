// d81 — Meterline: billing for IT managed-service providers, desktop 1280x800, US English.
// The flow page has no prototype starting point on purpose.
import { writeFileSync } from 'node:fs';
import { createKit, countNodes } from './kit.mjs';

const NAME = 'd81-it-msp-billing-desktop';
const K = createKit(NAME);
const { t, btn, col, row, vec, rect, logo, ellipse, divider, hide } = K;
const W = 1280;
const H = 800;
const INDIGO = '#4338CA';
const INK = '#111827';
const MUTED = '#6B7280';
const LINE = '#E5E7EB';

const sidebar = (active) => col('Sidebar', [
  row('Frame 1', [logo('vec', 24, { fill: INDIGO, name: 'meterline' }), t('Meterline', { size: 16, weight: 700 })], { gap: 8, widths: [24, 140] }),
  ...['Dashboard', 'Clients', 'Agreements', 'Invoices', 'Settings'].map((l) => row('Frame 2', [vec('Vector', 16), t(l, { size: 14, weight: l === active ? 600 : 400, color: l === active ? INDIGO : '#374151' })], { pad: 8, gap: 10, widths: [16, 150], fill: l === active ? '#EEF2FF' : undefined, radius: 6, to: l === 'Dashboard' ? 'dash' : l === 'Settings' ? 'settings' : undefined })),
  rect('Spacer', 300, { w: 200 }),
  t('Help · (888) 555-0142 · help@meterline.example', { size: 11, color: MUTED }),
], { pad: 16, gap: 4, w: 232, h: H, stroke: LINE });
const app = (active, items) => [row('Frame 3', [sidebar(active), col('Auto layout', items, { pad: 32, gap: 16 })], { widths: [232, 1048], h: H })];
const tabs = (active) => row('Tabs', [['PSA', 'psa'], ['Accounting', 'acct'], ['RMM', null], ['Payments', null], ['Connected', 'list']].map(([l, to]) => col('Frame 5', [t(l, { size: 14, weight: 600, color: l === active ? INDIGO : MUTED, w: 100 }), rect('Rectangle 3', 2, { fill: l === active ? INDIGO : '#FFFFFF', w: 100 })], { gap: 8, to: to || undefined, nav: 'SWAP' })), { gap: 24, stroke: LINE });
const card = (nm, sub, ref, state, to) => col('Frame 10', [
  row('Frame 11', [logo('img', 40, { ref }), col('Frame 12', [t(nm, { size: 15, weight: 600 }), t(sub, { size: 12, color: MUTED })], { gap: 2 })], { gap: 12, widths: [40, 220] }),
  state === 'connected' ? t('Connected ✓', { size: 13, weight: 600, color: '#047857' })
    : state === 'pending' ? t('Pending authorization', { size: 13, weight: 600, color: '#B45309' })
      : btn('Connect', { kind: 'inst', comp: 'btnSm', bg: INDIGO, h: 36, w: 110, size: 13, to, nav: 'OVERLAY', name: 'Btn' }),
], { pad: 16, gap: 12, stroke: LINE, radius: 10 });

K.startPage(1);
K.page('Cover', [K.screen('cover', 'Cover', 0, 0, 1600, 900, [col('Frame 1', [t('Meterline · Onboarding + Integrations', { size: 56, weight: 700, color: '#FFFFFF' }), t('Desktop 1280 · US · status: in review', { size: 22, color: '#C7D2FE' })], { pad: 120, gap: 16 })], { fill: INDIGO })]);

K.startPage(2);
const btnSm = K.component('btnSm', 'Property 1=Default', 40, 40, 110, 36, [t('Connect', { size: 13, weight: 600, color: '#FFFFFF', w: 90 })(50, 48)], { fill: INDIGO, radius: 6, interactions: [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: '@btnSmHover', navigation: 'CHANGE_TO', transition: null }] }] });
const btnSmHover = K.component('btnSmHover', 'Property 1=Hover', 170, 40, 110, 36, [t('Connect', { size: 13, weight: 600, color: '#FFFFFF', w: 90 })(180, 48)], { fill: '#3730A3', radius: 6 });
const btnSet = K.componentSet('Button / Small', 20, 20, 280, 76, [btnSm, btnSmHover]);
const kebab = K.component('kebab', 'icon/more-vertical', 320, 40, 24, 24, [vec('Vector', 16)(324, 44)], { fill: '#FFFFFF', radius: 0 });
K.page('🧩 Components', [btnSet, kebab]);

K.startPage(10);
const X = (i) => (i % 4) * (W + 120);
const Y = (i) => Math.floor(i / 4) * (H + 160);
const S = (i, key, name, items, o) => K.screen(key, name, X(i), Y(i), W, H, items, o);
const fld = (label, value, o = {}) => col('Frame 20', [
  row('Frame 21', [t(label, { size: 12, weight: 600, color: '#374151' }), o.badge ? t(o.badge, { size: 11, color: INDIGO, weight: 600 }) : null], { widths: [200, 200] }),
  row('Input', [t(value, { size: 14, color: o.filled ? INK : '#9CA3AF' })], { pad: 10, stroke: o.badge ? '#A5B4FC' : '#D1D5DB', radius: 6, fill: o.badge ? '#F5F7FF' : '#FFFFFF' }),
], { gap: 4 });

const signup = S(0, 'signup', 'Sign up', [
  row('Auto layout', [
    col('Frame 30', [
      t('Billing that keeps up with your tickets', { size: 32, weight: 700, color: '#FFFFFF' }),
      t('Built for MSPs running ConnectWise, Autotask and HaloPSA.', { size: 16, color: '#C7D2FE' }),
    ], { pad: 64, gap: 16, fill: INDIGO, h: H }),
    col('Frame 31', [
      t('Create your account', { size: 24, weight: 700 }),
      fld('Work email', 'you@yourmsp.com'),
      fld('Password', '12+ characters'),
      fld('Company name', 'e.g. Northgate IT Services'),
      btn('Create account', { kind: 'frame', bg: INDIGO, h: 44, name: 'Frame 32', to: 'workspace' }),
      t('Already have an account? Sign in', { size: 13, color: MUTED }),
    ], { padX: 96, pad: 120, gap: 16 }),
  ], { widths: [560, 720], h: H }),
]);

const workspace = S(1, 'workspace', 'Workspace setup', [
  col('Auto layout', [
    t('Set up your workspace', { size: 26, weight: 700 }),
    row('Frame 40', [fld('Workspace URL', 'northgate.meterline.app', { filled: true }), fld('Time zone', '(GMT-05:00) Eastern Time', { filled: true })], { gap: 24 }),
    row('Frame 41', [fld('Billing cycle', 'Monthly, in advance', { filled: true }), fld('Endpoints under management', '250–1,000', { filled: true })], { gap: 24 }),
    col('Frame 42', [t('Growth plan', { size: 15, weight: 600 }), t('$149/mo after a 14-day trial · cancel anytime', { size: 13, color: MUTED })], { pad: 16, gap: 4, stroke: LINE, radius: 8 }),
    btn('Continue to dashboard', { kind: 'group', bg: INDIGO, h: 44, w: 260, to: 'dash', name: 'Group 3' }),
  ], { padX: 240, pad: 96, gap: 24 }),
]);

const dash = S(2, 'dash', 'Dashboard', app('Dashboard', [
  t('Welcome to Meterline, Dana', { size: 24, weight: 700 }),
  row('Frame 50', [['MRR billed', '$0'], ['Unbilled hours', '—'], ['Overdue', '$0']].map(([a, b]) => col('Frame 51', [t(a, { size: 12, color: MUTED }), t(b, { size: 22, weight: 700 })], { pad: 16, stroke: LINE, radius: 8 })), { gap: 16 }),
  col('Frame 52', [vec('Vector', 40, { name: 'empty-illustration' }), t('No invoices yet', { size: 16, weight: 600 }), t('Create your first invoice to see revenue here.', { size: 13, color: MUTED }), btn('Create invoice', { kind: 'frame', bg: INDIGO, h: 40, w: 180 })], { pad: 48, gap: 10, stroke: LINE, radius: 10 }),
  col('Tour', [t('Quick tour: invoices, agreements and reports live in the sidebar.', { size: 13, color: '#FFFFFF' }), row('Frame 53', [btn('Skip tour', { kind: 'link', color: '#C7D2FE', size: 13 }), btn('Next tip', { kind: 'link', color: '#FFFFFF', size: 13 })], { gap: 16, widths: [80, 80] })], { pad: 16, gap: 8, fill: '#1F2937', radius: 10, w: 360 }),
]));

const settings = S(3, 'settings', 'Settings', app('Settings', [
  t('Settings', { size: 24, weight: 700 }),
  row('Frame 60', [
    col('Frame 61', ['General', 'Users & roles', 'Tax rates', 'Invoice templates', 'Integrations', 'Billing & plan'].map((l) => t(l, { size: 14, color: '#374151', to: l === 'Integrations' ? 'psa' : undefined, name: l })), { gap: 14, pad: 8 }),
    col('Frame 62', [
      fld('Company name', 'Northgate IT Services', { filled: true }),
      fld('Default payment terms', 'Net 30', { filled: true }),
      divider(),
      t('Danger zone', { size: 14, weight: 600, color: '#B91C1C' }),
      btn('Delete workspace', { kind: 'frame', bg: '#FFFFFF', fg: '#B91C1C', stroke: '#FCA5A5', h: 40, w: 200 }),
    ], { gap: 14 }),
  ], { gap: 32, widths: [200, 600] }),
]));

const psa = S(4, 'psa', 'Settings / Integrations / PSA', app('Settings', [
  t('Integrations', { size: 24, weight: 700 }),
  tabs('PSA'),
  row('Frame 70', [card('ConnectWise PSA', 'ConnectWise Manage', 'cw01', 'new', 'modal'), card('Autotask PSA', 'Datto / Kaseya', 'at02', 'new', 'modal'), card('HaloPSA', 'Halo Service Solutions', 'ha03', 'new', 'modal')], { gap: 16 }),
  row('Frame 71', [card('Syncro', 'PSA + RMM', 'sy04', 'new', 'modal'), card('Kaseya BMS', 'PSA', 'kb05', 'new', 'modal'), rect('Spacer', 10, { fills: [] })], { gap: 16 }),
]));

const modal = S(5, 'modal', 'Modal / Connect ConnectWise PSA', [
  col('Dialog', [
    row('Frame 80', [logo('img', 40, { ref: 'cw01' }), t('Connect ConnectWise\u00a0PSA', { size: 20, weight: 700 })], { gap: 12, widths: [40, 500] }),
    t('Bill every ticket hour and agreement automatically — no more end-of-month CSV exports.', { size: 14 }),
    col('Frame 81', [
      t('What moves where', { size: 13, weight: 700 }),
      t('From ConnectWise PSA → Meterline: companies, agreements, time entries, expenses\nFrom Meterline → your accounting system: finished invoices and payments', { size: 13, color: '#374151' }),
    ], { pad: 12, gap: 4, fill: '#F9FAFB', radius: 8 }),
    t('You\u2019ll be sent to ConnectWise to sign in with an API member and approve access, then brought right back here.', { size: 13, color: MUTED }),
    t('Credentials are encrypted in transit and at rest. We never share your data with third parties without your consent, and you can disconnect any time from Settings › Integrations.', { size: 12, color: MUTED }),
    row('Frame 82', [K.checkbox('vec', { name: 'Vector' }), t('I authorize Meterline to access my ConnectWise PSA data under the Data Processing Addendum.', { size: 13 })], { gap: 10, widths: [20, 560] }),
    btn('Data Processing Addendum', { kind: 'link', underline: true, size: 12, color: INDIGO, url: 'https://meterline.example/legal/dpa' }),
    t('11,000+ MSPs bill with Meterline', { size: 12, weight: 600, color: INDIGO }),
    row('Frame 83', [btn('Cancel', { kind: 'frame', bg: '#FFFFFF', fg: INK, stroke: '#D1D5DB', h: 40, close: true }), btn('Connect ConnectWise PSA', { kind: 'inst', comp: 'btnSm', bg: INDIGO, h: 40, to: 'acct', name: 'Comp / Action / Large' })], { gap: 12, widths: [120, 260] }),
    t('Questions? Call (888) 555-0142 · help@meterline.example · Live chat', { size: 12, color: MUTED }),
  ], { pad: 28, gap: 12, fill: '#FFFFFF', radius: 12, w: 660 }),
], { fill: '#11182780', padX: 310, pad: 60 });

const acct = S(6, 'acct', 'Settings / Integrations / Accounting', app('Settings', [
  t('Integrations', { size: 24, weight: 700 }),
  row('Banner', [t('🎉 ConnectWise PSA is connected — now add your accounting system so invoices post automatically.', { size: 13, color: '#065F46' })], { pad: 12, fill: '#ECFDF5', radius: 8 }),
  tabs('Accounting'),
  row('Frame 90', [card('QuickBooks Online', 'Intuit', 'qb01', 'pending'), card('QuickBooks Desktop', 'via Web Connector', 'qd02', 'new', 'modal'), card('Xero', 'Xero Limited', 'xe03', 'new', 'modal')], { gap: 16 }),
  row('Frame 91', [card('Sage Intacct', 'Sage', 'si04', 'new', 'modal'), card('ConnectWise PSA', 'PSA · tab above', 'cw01', 'connected'), rect('Spacer', 10, { fills: [] })], { gap: 16 }),
  btn('+ Add another PSA instance', { kind: 'link', color: INDIGO, size: 13, to: 'psa', nav: 'SWAP' }),
  row('Frame 92', [
    btn('Skip for now — you can connect accounting later', { kind: 'link', color: MUTED, size: 13, to: 'dash' }),
    btn('Invite your service manager', { kind: 'link', color: INDIGO, size: 13, to: 'invite' }),
    btn('Review billing profile', { kind: 'link', color: INDIGO, size: 13, to: 'prefill' }),
  ], { gap: 24, widths: [340, 220, 200] }),
]));

const prefill = S(7, 'prefill', 'Billing profile', app('Settings', [
  t('Billing profile', { size: 24, weight: 700 }),
  t('We copied these from QuickBooks Online. Edit anything that looks off.', { size: 13, color: MUTED }),
  row('Frame 100', [fld('Legal business name', 'Northgate IT Services LLC', { filled: true, badge: 'from QuickBooks Online' }), fld('EIN', '84-2917731', { filled: true, badge: 'from QuickBooks Online' })], { gap: 24 }),
  row('Frame 101', [fld('Billing address', '410 Commerce Dr, Suite 200, Columbus, OH 43215', { filled: true, badge: 'from QuickBooks Online' }), fld('Remit-to email', 'ar@northgate-it.com', { filled: true, badge: 'from QuickBooks Online' })], { gap: 24 }),
  btn('Save profile', { kind: 'frame', bg: INDIGO, h: 40, w: 160, to: 'dash' }),
]));

const menu = col('Menu', [t('Sync now', { size: 13 }), t('View sync history', { size: 13, to: 'detail' }), divider(), t('Disconnect', { size: 13, color: '#B91C1C' })], { pad: 10, gap: 8, fill: '#FFFFFF', stroke: LINE, radius: 8, w: 180 });
const lrow = (nm, ref, meta, withMenu) => row('Frame 110', [logo('img', 32, { ref }), col('Frame 111', [t(nm, { size: 14, weight: 600, to: 'detail' }), t(meta, { size: 12, color: MUTED })], { gap: 2 }), col('Frame 112', [K.checkbox('inst', { comp: 'kebab', name: 'icon/more-vertical', stroke: undefined, radius: undefined }), withMenu ? menu : null], { gap: 4 })], { pad: 12, gap: 12, widths: [32, 700, 180], stroke: LINE });
const list = S(8, 'list', 'Settings / Integrations / Connected', app('Settings', [
  t('Integrations', { size: 24, weight: 700 }),
  tabs('Connected'),
  lrow('ConnectWise PSA', 'cw01', 'First synced Jan 6, 2025 9:14 AM · last sync today 10:42 AM · 214 companies', true),
  lrow('QuickBooks Online', 'qb01', 'First synced Jan 6, 2025 9:31 AM · last sync today 10:45 AM · USD', false),
]));

const detail = S(9, 'detail', 'Integration detail — ConnectWise PSA', app('Settings', [
  row('Frame 120', [logo('img', 48, { ref: 'cw01' }), col('Frame 121', [t('ConnectWise PSA', { size: 22, weight: 700 }), t('na.myconnectwise.net · company ID northgate', { size: 12, color: MUTED })], { gap: 2 })], { gap: 14, widths: [48, 600] }),
  row('Frame 122', [btn('Sync now', { kind: 'frame', bg: INDIGO, h: 36, w: 120, size: 13, icon: true }), btn('Disconnect', { kind: 'frame', bg: '#FFFFFF', fg: '#B91C1C', stroke: '#FCA5A5', h: 36, w: 130, size: 13 })], { gap: 12, widths: [120, 130] }),
  t('Companies 214 · Agreements 188 · Time entries 12,904', { size: 13 }),
  t('Sync history', { size: 16, weight: 600 }),
  col('Table', [['Started', 'Records', 'Result'], ['Today 10:42 AM', '1,204', 'Success'], ['Today 4:00 AM', '311', 'Success'], ['Yesterday 4:00 PM', '96', 'Success'], ['Jan 6, 2025 9:14 AM', '18,441', 'First sync']].map((r, i) => row('Frame 123', r.map((c) => t(c, { size: 12, weight: i === 0 ? 600 : 400 })), { pad: 8, stroke: LINE, fill: i === 0 ? '#F9FAFB' : '#FFFFFF' })), { gap: 0 }),
  btn('Back to integrations', { kind: 'link', color: INDIGO, size: 13, to: 'list' }),
]));

const invite = S(10, 'invite', 'Invite teammate', app('Settings', [
  t('Invite your service manager', { size: 24, weight: 700 }),
  t('They\u2019ll get an email to finish the accounting connection. Your setup so far is saved.', { size: 14, color: MUTED }),
  fld('Email', 'name@northgate-it.com'),
  fld('Role', 'Billing admin', { filled: true }),
  btn('Send invite', { kind: 'frame', bg: INDIGO, h: 40, w: 160, to: 'acct' }),
  hide(t('Powered by our integration partner', { size: 11 })),
]));

const email = K.screen('email', 'Email / Welcome', 40, 3 * (H + 160) + 40, 640, 860, [
  col('Frame 130', [
    logo('vec', 28, { fill: INDIGO }),
    t('Welcome aboard, Dana!', { size: 24, weight: 700 }),
    t('Get your first invoice out the door in three steps:', { size: 15 }),
    t('1. Add your clients and agreements\n2. Connect your PSA (ConnectWise, Autotask or HaloPSA) so billable time flows in on its own\n3. Send your first invoice', { size: 15 }),
    btn('Connect your PSA', { kind: 'frame', bg: INDIGO, h: 44, w: 220, url: 'https://northgate.meterline.app/settings/integrations' }),
    t('Prefer a walkthrough? Reply to this email or call (888) 555-0142.', { size: 13, color: MUTED }),
    divider(),
    t('Meterline Inc · 500 W Madison St, Chicago IL · Unsubscribe', { size: 11, color: MUTED }),
  ], { pad: 40, gap: 16 }),
]);
const emails = K.section('Lifecycle emails', 0, 3 * (H + 160), 720, 940, [email]);

K.page('Flow · onboarding + integrations', [signup, workspace, dash, settings, psa, modal, acct, prefill, list, detail, invite, emails]);

K.startPage(40);
K.page('Archive', [K.screen('old', 'Integrations v1 (list)', 0, 0, W, H, [col('Auto layout', [t('Integrations', { size: 24, weight: 700 }), t('ConnectWise · Autotask · QuickBooks', { size: 14 }), ellipse('Ellipse 1', 24, { arc: true, stroke: INDIGO }), t('Syncing…', { size: 13 })], { pad: 40, gap: 12 })])]);

const doc = K.finish(new URL(`../${NAME}.json`, import.meta.url), { name: 'Meterline — MSP onboarding', lastModified: '2025-02-11T19:30:55Z', version: '5398810247' });

const present = 'funnel.greeting-email funnel.prefill value.three-part privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.statistics privacy.support-contacts platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.non-linear platform.multiple-connections connection.view-live connection.delete connection.refresh'.split(' ');
const absent = 'funnel.three-actions funnel.cta-visible funnel.social-proof value.contextual-ctas value.faq-link value.progress-meter privacy.connection-guide privacy.powered-by privacy.mutual-nda platform.search platform.alternatives connection.syncing-indicator'.split(' ');
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'dev writer S (from the checklist facts and the REST format only; repository not read)',
  description: 'Meterline, billing for IT managed-service providers on 1280x800 desktop (US). Sign up → workspace → an empty dashboard; the only way to connect the PSA or accounting is Settings › Integrations, a tabbed picker (PSA / Accounting / RMM / Payments / Connected) with a consent modal, a billing profile prefilled from QuickBooks Online, a connected list with an overflow menu and a detail page with sync history. A lifecycle email sits in a section. No prototype starting point is set.',
  present,
  absent,
  notes: {
    'funnel.greeting-email': 'Welcome email: numbered 1-2-3 list, step 2 connects the PSA, with a "Connect your PSA" button.',
    'funnel.three-actions': 'Sign up → Workspace → Dashboard → Settings → Integrations: four steps.',
    'funnel.cta-visible': 'Nothing on the dashboard or main menu; connecting lives under Settings › Integrations only.',
    'value.three-part': 'Modal: benefit line, "What moves where" per direction, one main "Connect ConnectWise PSA" button.',
    'privacy.support-contacts': 'Phone, email and live chat in the modal; phone and email in every sidebar.',
    'privacy.statistics': '"11,000+ MSPs bill with Meterline" in the connect modal.',
    'privacy.powered-by': 'Only a hidden layer on the invite screen mentions a partner.',
    'platform.grouped-categories': 'Category tabs: PSA, Accounting, RMM, Payments.',
    'platform.accurate-branding': 'ConnectWise PSA, Autotask PSA, QuickBooks Online vs QuickBooks Desktop, Sage Intacct.',
    'platform.non-linear': '"Skip for now", "Invite your service manager" (progress saved) and free tab switching.',
    'platform.multiple-connections': '"Connected ✓", "Pending authorization" and "+ Add another PSA instance".',
    'connection.view-live': 'Connected list with first/last sync times and a detail page with sync history.',
    'connection.delete': '"Disconnect" in the overflow menu and on the detail page.',
    'connection.refresh': '"Sync now" in the overflow menu and on the detail page.',
    'connection.syncing-indicator': 'The only spinner is on the archive page; the live screens show no syncing state.',
  },
  flow: { startFrameId: K.keys.signup, connectFrameId: K.keys.psa, stepsToConnect: 4, deadEnds: [] },
};
writeFileSync(new URL(`../${NAME}.truth.json`, import.meta.url), `${JSON.stringify(truth, null, 2)}\n`);
console.log(NAME, 'nodes', countNodes(doc.document));

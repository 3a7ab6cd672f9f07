// d79 — Haulmark Capital: invoice finance for freight forwarders, desktop 1440, dense.
import { writeFileSync } from 'node:fs';
import { createKit, countNodes } from './kit.mjs';

const NAME = 'd79-freight-forwarder-finance-desktop';
const K = createKit(NAME);
const { t, btn, col, row, vec, rect, logo, ellipse, divider, hide, search } = K;
const W = 1440;
const H = 1024;
const NAVY = '#0E2A47';
const TEAL = '#0F8B8D';
const MUTED = '#5B6B7B';
const LINE = '#DCE2E8';

const header = (crumb) => row('Header', [
  row('Frame 2', [logo('vec', 28, { fill: TEAL, name: 'hm-logo' }), t('Haulmark Capital', { size: 16, weight: 700, color: '#FFFFFF' })], { gap: 10, widths: [28, 200] }),
  t(crumb, { size: 13, color: '#B8C7D6' }),
  t('Need a hand? +44 20 7946 0958', { size: 13, color: '#B8C7D6', name: 'header-help' }),
], { padX: 40, pad: 18, fill: NAVY, widths: [400, 620, 300] });
const field = (label, value, o = {}) => col('Frame 30', [
  row('Frame 31', [t(label, { size: 12, weight: 600, color: MUTED }), o.badge ? t(o.badge, { size: 11, weight: 600, color: TEAL }) : null], { widths: [220, 140] }),
  row('Input', [t(value, { size: 14, color: o.filled ? '#14202B' : '#9AA7B4' })], { pad: 10, stroke: o.badge ? TEAL : LINE, radius: 6, fill: o.badge ? '#F1FAFA' : '#FFFFFF' }),
], { gap: 4 });
const meter = (pct, note) => col('Frame 80', [
  row('Frame 81', [t('Application strength', { size: 13, weight: 700 }), t(`${pct}%`, { size: 13, weight: 700, color: TEAL })], { widths: [220, 60] }),
  row('Frame 82', [rect('Rectangle 5', 8, { fill: TEAL, radius: 4 }), rect('Rectangle 6', 8, { fill: '#E3EEF0', radius: 4 })], { gap: 0, widths: [3.2 * pct, 320 - 3.2 * pct] }),
  t(note, { size: 12, color: MUTED }),
], { gap: 6, pad: 16, stroke: LINE, radius: 8 });

K.startPage(1);
K.page('Cover', [K.screen('cover', '🟢 Cover — Onboarding & funding', 0, 0, 1920, 1080, [col('Auto layout', [t('Haulmark Capital', { size: 72, weight: 700, color: '#FFFFFF' }), t('Forwarder onboarding · desktop · Q2', { size: 28, color: '#B8C7D6' })], { pad: 140, gap: 20 })], { fill: NAVY })]);

K.startPage(2);
const cbOff = K.component('cbOff', 'Property 1=Off', 40, 40, 20, 20, [], { fill: '#FFFFFF', radius: 4 });
const cbOn = K.component('cbOn', 'Property 1=On', 80, 40, 20, 20, [vec('Vector', 12, { fill: '#FFFFFF', name: 'check' })(84, 44)], { fill: TEAL, radius: 4 });
const cbSet = K.componentSet('Checkbox', 20, 20, 100, 60, [cbOff, cbOn]);
const primary = K.component('primary', 'Button/Primary', 200, 40, 240, 44, [t('Button', { size: 14, weight: 600, color: '#FFFFFF', w: 200 })(220, 52)], { fill: TEAL, radius: 6 });
const tag = K.component('tag', 'Tag', 480, 40, 90, 24, [t('Tag', { size: 11, w: 70 })(490, 44)], { fill: '#E3EEF0', radius: 12 });
K.page('Components', [cbSet, primary, tag]);

K.startPage(20);
const X = (i) => (i % 5) * (W + 160);
const Y = (i) => Math.floor(i / 5) * (H + 200);
const S = (i, key, name, items, o) => K.screen(key, name, X(i), Y(i), W, H, items, o);

const signup = S(0, 'signup', 'Sign up', [
  header('Create account'),
  row('Auto layout', [
    col('Frame 10', [
      t('Get paid on freight invoices in 24 hours', { size: 34, weight: 700, color: NAVY }),
      t('Advance up to 90% of open invoices to shippers and consignees. No fixed term.', { size: 16, color: MUTED }),
      hide(t('Trusted by 1,100 forwarders across the UK and EU', { size: 14, weight: 600, color: TEAL })),
      t('• Advances in GBP, EUR and USD\n• Pay only on the days you draw\n• Facilities from £50k to £5m', { size: 15 }),
    ], { gap: 16, pad: 24 }),
    col('Frame 11', [
      t('Create your account', { size: 22, weight: 700 }),
      field('Full name', 'Jordan Mills'),
      field('Work email', 'name@forwarder.com'),
      field('Company', 'Registered company name'),
      field('Password', 'At least 12 characters'),
      btn('Create account', { kind: 'inst', comp: 'primary', bg: TEAL, h: 44, to: 'verify' }),
      btn('Connect with a freight finance specialist', { kind: 'link', color: TEAL, size: 14, to: 'call' }),
      row('Frame 12', [t('By continuing you accept the', { size: 12, color: MUTED, w: 170 }), btn('facility terms', { kind: 'link', underline: true, color: TEAL, size: 12, to: 'terms' })], { gap: 4, widths: [170, 100] }),
    ], { pad: 32, gap: 14, stroke: LINE, radius: 10 }),
  ], { padX: 120, pad: 80, gap: 80 }),
]);

const verify = S(1, 'verify', 'Verify email', [
  header('Create account › Verify'),
  col('Auto layout', [
    t('Check your inbox', { size: 28, weight: 700, color: NAVY }),
    t('We sent a 6-digit code to jordan@bluewater-fwd.co.uk', { size: 15, color: MUTED }),
    row('Frame 40', [0, 1, 2, 3, 4, 5].map((i) => rect(`Rectangle ${20 + i}`, 56, { stroke: LINE, radius: 6 })), { gap: 10, w: 420 }),
    btn('Verify', { kind: 'frame', bg: TEAL, h: 44, w: 420, legacy: 'company' }),
    btn('Resend code', { kind: 'link', color: TEAL, size: 14 }),
  ], { padX: 510, pad: 160, gap: 20 }),
]);

const company = S(2, 'company', 'Company basics', [
  header('Create account › Company'),
  col('Auto layout', [
    t('About your forwarding business', { size: 28, weight: 700, color: NAVY }),
    row('Frame 50', [field('Country of registration', 'United Kingdom', { filled: true }), field('Monthly invoiced volume', 'Select a range')], { gap: 24 }),
    row('Frame 51', [field('Main trade lanes', 'e.g. Asia–UK ocean'), field('Typical payment terms', '60 days')], { gap: 24 }),
    btn('Continue', { kind: 'frame', bg: TEAL, h: 44, w: 240, legacy: 'connect', name: 'Frame 52' }),
  ], { padX: 320, pad: 96, gap: 24 }),
]);

const plat = (nm, sub, ref, to) => row('Frame 100', [logo('img', 36, { ref }), col('Frame 101', [t(nm, { size: 14, weight: 600 }), t(sub, { size: 12, color: MUTED })], { gap: 2 })], { pad: 12, gap: 12, widths: [36, 220], stroke: LINE, radius: 8, to });
const accounting = [
  ['Oracle NetSuite', 'ERP · multi-entity', 'ns01'],
  ['Xero', 'Accounting · UK, IE, AU', 'xe02'],
  ['QuickBooks Online', 'Accounting', 'qb03'],
  ['Sage Intacct', 'Finance & accounting', 'si04'],
  ['Microsoft Dynamics 365 Business Central', 'ERP', 'bc05'],
  ['CargoWise (WiseTech Global)', 'Freight ERP · accounts module', 'cw06'],
];
const banks = [
  ['HSBC UK Business', 'Current & currency accounts', 'hs11'],
  ['Barclays Business', 'Current accounts', 'ba12'],
  ['Lloyds Bank Business', 'Current accounts', 'll13'],
  ['Santander UK Business', 'Current accounts', 'sa14'],
  ['J.P. Morgan Chase (UK)', 'Multi-currency', 'jp15'],
  ['Wise Business', 'Multi-currency', 'wi16'],
];
const gridOf = (list) => col('Frame 110', [0, 3].map((i) => row('Frame 111', list.slice(i, i + 3).map(([a, b, c]) => plat(a, b, c, 'consent')), { gap: 12 })), { gap: 12 });
const connect = S(3, 'connect', 'Connect accounting', [
  header('Create account › Connect data'),
  row('Auto layout', [
    col('Frame 60', [
      t('Connect your ledger and bank to see your facility limit', { size: 26, weight: 700, color: NAVY }),
      t('Get an offer on your open invoices today instead of waiting 60 days for shippers to pay.', { size: 15, color: MUTED }),
      t('How we use it: from your accounting system we read open receivables, credit notes and each customer\u2019s payment history to set your limit. From your bank we read 12 months of transactions to validate those receivables. Read-only — nothing is written back to your ledger.', { size: 14 }),
      search('Search 40+ accounting systems and banks', { name: 'Search' }),
      t('Accounting & ERP', { size: 18, weight: 700 }),
      gridOf(accounting),
      t('Bank accounts', { size: 18, weight: 700 }),
      gridOf(banks),
      btn('Connect your accounting system', { kind: 'inst', comp: 'primary', bg: TEAL, h: 44, w: 320, to: 'consent' }),
      row('Frame 70', [
        t('Not listed? Upload your aged receivables report (CSV or XLSX)', { size: 13, color: TEAL, underline: true, to: 'upload' }),
        t('Want to know more? Funding FAQ', { size: 13, color: TEAL, underline: true, url: 'https://haulmark.example/faq/funding' }),
      ], { gap: 24 }),
    ], { gap: 14 }),
    col('Frame 61', [
      meter(20, 'Each connected source raises your limit confidence.'),
      col('Frame 62', [
        t('Secure by design', { size: 14, weight: 700 }),
        t('Bank-grade 256-bit encryption, read-only access, and we never share your data with third parties unless you agree to it.', { size: 13, color: MUTED }),
      ], { gap: 6, pad: 16, fill: '#F4F7F9', radius: 8 }),
      col('Frame 63', [
        t('Connecting for the first time?', { size: 14, weight: 700 }),
        t('Step-by-step guide: connecting NetSuite, Xero or CargoWise', { size: 13, color: TEAL, underline: true, to: 'guide' }),
      ], { gap: 6, pad: 16, fill: '#F4F7F9', radius: 8 }),
      col('Frame 64', [
        t('Talk to our onboarding team', { size: 14, weight: 700 }),
        t('☎ +44 20 7946 0958 (Mon–Fri 8–18)\n✉ onboarding@haulmark.example', { size: 13 }),
        t('Open a support request', { size: 13, color: TEAL, underline: true, url: 'https://haulmark.example/support/new' }),
      ], { gap: 6, pad: 16, fill: '#F4F7F9', radius: 8 }),
      row('Frame 65', [t('Powered by', { size: 11, color: MUTED, w: 70 }), logo('img', 20, { ref: 'bl99', name: 'bridgeline' }), t('Bridgeline · ISO 27001', { size: 11, weight: 600, color: MUTED })], { gap: 6, widths: [70, 20, 160] }),
    ], { gap: 16 }),
  ], { padX: 64, pad: 28, gap: 40, widths: [900, 340] }),
]);

const consent = S(4, 'consent', 'Review & authorise', [
  col('Modal', [
    t('Before we connect Oracle NetSuite', { size: 22, weight: 700, color: NAVY }),
    t('Haulmark will read, for Bluewater Forwarding Ltd:\n• Customers and open AR invoices\n• Credit notes and payments received (24 months)\n• Chart of accounts and trial balance', { size: 14 }),
    row('Frame 90', [K.checkbox('inst', { comp: 'cbOff', name: 'Checkbox' }), t('I agree that Haulmark may access this accounting data as described in the Data Privacy Policy.', { size: 13 })], { gap: 10, widths: [20, 520] }),
    btn('Data Privacy Policy', { kind: 'link', underline: true, color: TEAL, size: 13, url: 'https://haulmark.example/privacy' }),
    row('Frame 91', [
      btn('Request a mutual NDA first', { kind: 'link', color: TEAL, size: 13, to: 'nda' }),
      btn('Data Privacy Policy (PDF)', { kind: 'link', color: TEAL, size: 13, url: 'https://haulmark.example/privacy.pdf' }),
    ], { gap: 24, widths: [220, 200] }),
    row('Frame 92', [btn('Cancel', { kind: 'frame', bg: '#FFFFFF', fg: NAVY, stroke: LINE, h: 44, close: true }), btn('Authorise access', { kind: 'inst', comp: 'primary', bg: TEAL, h: 44, to: 'connecting' })], { gap: 12 }),
  ], { pad: 32, gap: 14, fill: '#FFFFFF', radius: 12, w: 620, padX: 32 }),
], { fill: '#0E2A4799', padX: 410, pad: 200 });

const connecting = S(5, 'connecting', 'Connecting', [
  header('Create account › Connect data'),
  col('Auto layout', [
    ellipse('Ellipse 2', 56, { arc: true, stroke: TEAL }),
    t('Reading invoices from Oracle NetSuite…', { size: 22, weight: 600 }),
    t('2,318 of ~3,900 invoices', { size: 14, color: MUTED }),
    btn('Continue', { kind: 'frame', bg: TEAL, h: 44, w: 240, legacy: 'prefill' }),
  ], { padX: 560, pad: 260, gap: 18 }),
]);

const prefill = S(6, 'prefill', 'Company details', [
  header('Application › Company details'),
  col('Auto layout', [
    t('We filled this in from NetSuite — check it\u2019s right', { size: 26, weight: 700, color: NAVY }),
    row('Frame 120', [field('Legal name', 'Bluewater Forwarding Ltd', { filled: true, badge: 'From NetSuite' }), field('Company number', '09876543', { filled: true, badge: 'From NetSuite' })], { gap: 24 }),
    row('Frame 121', [field('VAT number', 'GB 318 4421 09', { filled: true, badge: 'From NetSuite' }), field('Annual revenue (FY24)', '£18.4m', { filled: true, badge: 'From NetSuite' })], { gap: 24 }),
    row('Frame 122', [field('Registered address', 'Unit 4, Dock Road, Felixstowe IP11 3XX', { filled: true, badge: 'From NetSuite' }), field('Finance contact', 'Sam Okafor, Financial Controller', { filled: true, badge: 'From NetSuite' })], { gap: 24 }),
    btn('Looks right — continue', { kind: 'frame', bg: TEAL, h: 44, w: 280, to: 'bank' }),
  ], { padX: 240, pad: 56, gap: 22 }),
]);

const stat = (nm, ref, s, c) => row('Frame 130', [logo('img', 32, { ref }), t(nm, { size: 14, weight: 600 }), t(s, { size: 13, weight: 600, color: c })], { pad: 14, gap: 12, widths: [32, 380, 260], stroke: LINE, radius: 8 });
const bank = S(7, 'bank', 'Your connections', [
  header('Application › Data sources'),
  row('Auto layout', [
    col('Frame 131', [
      t('Add your bank to strengthen the offer', { size: 26, weight: 700, color: NAVY }),
      stat('Oracle NetSuite', 'ns01', 'Connected ✓', '#1E8E3E'),
      stat('HSBC UK Business', 'hs11', 'Pending your authorisation', '#B06000'),
      btn('+ Add another bank or ledger', { kind: 'link', color: TEAL, size: 14, to: 'connect' }),
      btn('Submit application', { kind: 'inst', comp: 'primary', bg: TEAL, h: 44, w: 260, to: 'dash' }),
    ], { gap: 14 }),
    meter(65, 'Connect one more bank account to reach 85%.'),
  ], { padX: 160, pad: 56, gap: 48, widths: [720, 340] }),
]);

const side = (active) => col('Sidebar', ['Overview', 'Invoices', 'Advances', 'Connections', 'Team'].map((l) => row('Frame 140', [vec('Vector', 16), t(l, { size: 14, weight: l === active ? 700 : 400, color: l === active ? '#FFFFFF' : '#B8C7D6' })], { pad: 10, gap: 10, widths: [16, 160], to: l === 'Connections' ? 'conns' : l === 'Overview' ? 'dash' : undefined })), { pad: 20, gap: 4, fill: NAVY, w: 240, h: H - 64 });
const cell = (s, o = {}) => t(s, { size: 12, ...o });
const dash = S(8, 'dash', 'Overview', [
  header('Overview'),
  row('Frame 150', [
    side('Overview'),
    col('Auto layout', [
      row('Frame 151', [['Available to draw', '£412,600'], ['Drawn', '£1.21m'], ['Overdue > 90d', '£38,200']].map(([a, b]) => col('Frame 152', [t(a, { size: 12, color: MUTED }), t(b, { size: 22, weight: 700 })], { pad: 16, stroke: LINE, radius: 8 })), { gap: 16 }),
      t('Open invoices', { size: 18, weight: 700 }),
      col('Table', [['Invoice', 'Debtor', 'Shipment', 'Amount', 'Due', ''], ['INV-20931', 'Harbour Retail plc', 'MSKU 418220-1', '£24,180', '12 Jun', 'Advance'], ['INV-20927', 'Northline Foods', 'Link to shipment', '£9,460', '18 Jun', 'Advance'], ['INV-20911', 'Kestrel Autoparts', 'HLXU 220771-4', '£61,030', '02 Jul', 'Advanced'], ['INV-20898', 'Orchard & Vine', 'CMAU 110042-7', '£3,905', '05 Jul', 'Delete draft']].map((r, i) => row('Frame 160', r.map((c) => cell(c, { weight: i === 0 ? 700 : 400, color: c === 'Link to shipment' || c === 'Advance' ? TEAL : c === 'Delete draft' ? '#B3261E' : '#14202B' })), { pad: 10, fill: i === 0 ? '#F4F7F9' : '#FFFFFF', stroke: LINE })), { gap: 0 }),
    ], { pad: 32, gap: 16 }),
  ], { widths: [240, 1200] }),
]);

const conns = S(9, 'conns', 'Connections', [
  header('Connections'),
  row('Frame 170', [
    side('Connections'),
    col('Auto layout', [
      t('Data connections', { size: 22, weight: 700 }),
      t('Data refreshes automatically every night at 02:00 UK time.', { size: 13, color: MUTED }),
      col('Table', [
        ['Source', 'Type', 'Entity · currency', 'First sync', 'Last sync', 'Status', ''],
        ['Oracle NetSuite', 'Accounting', 'Bluewater Fwd Ltd · GBP', '14 May 2025 09:41', '27 May 2025 02:03', 'Live', 'Revoke access'],
        ['HSBC UK Business', 'Bank', '****4471 · GBP', '14 May 2025 09:55', '—', 'Syncing…', 'Revoke access'],
        ['HSBC UK Business', 'Bank', '****9020 · USD', '14 May 2025 09:55', '27 May 2025 02:05', 'Live', 'Revoke access'],
      ].map((r, i) => row('Frame 171', r.map((c, j) => (c === 'Syncing…' ? row('Frame 172', [ellipse('Ellipse 5', 12, { arc: true, stroke: TEAL }), cell(c, { color: TEAL })], { gap: 6, widths: [12, 80] }) : cell(c, { weight: i === 0 || j === 0 ? 700 : 400, color: c === 'Revoke access' ? '#B3261E' : '#14202B', underline: c === 'Revoke access' }))), { pad: 10, fill: i === 0 ? '#F4F7F9' : '#FFFFFF', stroke: LINE })), { gap: 0 }),
    ], { pad: 32, gap: 12 }),
  ], { widths: [240, 1200] }),
]);

const upload = S(10, 'upload', 'Upload receivables', [
  header('Create account › Upload'),
  col('Auto layout', [
    t('Upload your aged receivables instead', { size: 26, weight: 700, color: NAVY }),
    t('Export an aged debtors report from any system. We accept CSV, XLSX or PDF.', { size: 15, color: MUTED }),
    col('Frame 180', [vec('Vector', 40), t('Drag a file here or browse', { size: 14, align: 'CENTER' })], { pad: 80, gap: 10, stroke: TEAL, radius: 10, fill: '#F1FAFA' }),
    btn('Upload and continue', { kind: 'frame', bg: TEAL, h: 44, w: 260, to: 'bank' }),
  ], { padX: 360, pad: 80, gap: 20 }),
]);

const guide = S(11, 'guide', 'Connection guide', [
  header('Help › Connecting your ledger'),
  col('Auto layout', [
    t('Connecting Oracle NetSuite', { size: 26, weight: 700, color: NAVY }),
    t('1  Ask your NetSuite administrator for the Token-Based Authentication role\n2  Pick Oracle NetSuite in Haulmark and approve read access\n3  Choose the subsidiary that issues your freight invoices\n4  Wait for the first import (usually 10–20 minutes)', { size: 15 }),
    t('Also in this guide: Xero · QuickBooks Online · CargoWise · Sage Intacct', { size: 13, color: MUTED }),
    btn('Back to connecting', { kind: 'frame', bg: TEAL, h: 44, w: 240, to: 'connect' }),
  ], { padX: 240, pad: 64, gap: 18 }),
]);

const nda = S(12, 'nda', 'Mutual NDA', [
  header('Create account › NDA'),
  col('Auto layout', [
    t('Mutual non-disclosure agreement', { size: 26, weight: 700, color: NAVY }),
    t('Your finance team can sign our standard two-way NDA before any data is shared. Download it, sign, and we\u2019ll countersign within one working day.', { size: 15 }),
    btn('Download MNDA (DOCX)', { kind: 'link', color: TEAL, underline: true, url: 'https://haulmark.example/legal/mnda.docx' }),
    btn('Return to authorisation', { kind: 'frame', bg: TEAL, h: 44, w: 260, to: 'consent' }),
  ], { padX: 320, pad: 96, gap: 18 }),
]);

const terms = S(13, 'terms', 'Facility terms', [
  header('Legal'),
  col('Auto layout', [
    t('Invoice finance facility — standard terms', { size: 24, weight: 700, color: NAVY }),
    t('1. Definitions. “Approved Debt” means a debt owed by an approved customer…\n2. Advances. The Financier may, at its discretion, advance up to 90% of the value of an Approved Debt…\n3. Fees. A discount fee accrues daily on the outstanding funds in use…\n4. Recourse. Debts unpaid 120 days after invoice date may be re-assigned…\n5. Termination. Either party may terminate on 3 months\u2019 written notice.', { size: 13 }),
  ], { padX: 200, pad: 64, gap: 18 }),
]);

const call = S(14, 'call', 'Book a call', [
  header('Talk to a specialist'),
  col('Auto layout', [
    t('Connect with a freight finance specialist', { size: 26, weight: 700, color: NAVY }),
    t('Pick a 20-minute slot — we\u2019ll walk through rates and eligibility.', { size: 15, color: MUTED }),
    row('Frame 200', ['Tue 10:00', 'Tue 14:30', 'Wed 09:00', 'Thu 16:00'].map((s) => btn(s, { kind: 'inst', comp: 'tag', bg: '#E3EEF0', fg: NAVY, h: 36, size: 13 })), { gap: 10 }),
    btn('Back to sign-up', { kind: 'link', color: TEAL, to: 'signup' }),
  ], { padX: 320, pad: 96, gap: 18 }),
]);

K.page('Flow — onboarding (desktop)', [signup, verify, company, connect, consent, connecting, prefill, bank, dash, conns, upload, guide, nda, terms, call], { startNode: 'signup' });

K.startPage(60);
K.page('Archive', [K.screen('oldpicker', 'picker (old, grid only)', 0, 0, W, H, [header('old'), col('Auto layout', [t('Choose your software', { size: 26, weight: 700 }), gridOf(accounting), divider(), t('v0.3 — replaced by search-first picker', { size: 12, color: MUTED })], { pad: 64, gap: 16 })])]);

const doc = K.finish(new URL(`../${NAME}.json`, import.meta.url), { name: 'Haulmark — Forwarder onboarding', lastModified: '2025-05-27T16:05:12Z', version: '6011923847' });

const present = 'funnel.three-actions funnel.cta-visible funnel.prefill value.three-part value.faq-link value.progress-meter privacy.data-scope privacy.trust-language privacy.consent-action privacy.connection-guide privacy.support-contacts privacy.powered-by privacy.mutual-nda platform.grouped-categories platform.accurate-branding platform.search platform.alternatives platform.multiple-connections connection.view-live connection.delete connection.syncing-indicator'.split(' ');
const absent = 'funnel.greeting-email funnel.social-proof value.contextual-ctas privacy.disconnect-anytime privacy.statistics platform.explain-redirect platform.non-linear connection.refresh'.split(' ');
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'dev writer S (from the checklist facts and the REST format only; repository not read)',
  description: 'Haulmark Capital, invoice finance for freight forwarders on 1440 desktop. Sign up → verify email → company basics → a search-first picker grouped into Accounting & ERP and Bank accounts, then a consent modal, an import screen, details prefilled from the ledger, a sources list with a strength meter, an overview, a connections table, an upload path, a connection guide, an NDA page, a terms dead end and a look-alike "Connect with a specialist" call booking.',
  present,
  absent,
  notes: {
    'funnel.three-actions': 'Sign up → Verify → Company basics → Connect accounting: three steps (two of them via legacy transitionNodeID).',
    'funnel.cta-visible': 'Full-width connect screen with a main button, and "Connections" is a permanent sidebar entry.',
    'funnel.prefill': 'Company details screen prefilled and badged "From NetSuite" (company number, VAT, revenue, address, contact).',
    'funnel.social-proof': 'The only "Trusted by" line is a hidden layer on sign-up.',
    'value.contextual-ctas': 'The overview has no connect prompts; "Link to shipment" is about invoices.',
    'privacy.consent-action': 'Checkbox instance next to consent text and a Data Privacy Policy link in the authorise modal.',
    'privacy.support-contacts': 'Phone, email and a support-request link on the connect screen.',
    'privacy.powered-by': '"Powered by Bridgeline" mark under the side panel.',
    'privacy.mutual-nda': '"Request a mutual NDA first" leading to an MNDA download page.',
    'privacy.disconnect-anytime': 'No copy says the connection can be withdrawn later; the table\u2019s revoke links are management, not reassurance.',
    'platform.explain-redirect': 'Authorise goes straight to an import screen; nothing says the user is sent to NetSuite or the bank to sign in.',
    'platform.non-linear': 'Strict linear wizard: no skip, save-for-later or invite.',
    'connection.refresh': 'Table says data refreshes nightly; no user refresh control.',
    'connection.delete': '"Revoke access" on every row of the connections table.',
  },
  flow: { startFrameId: K.keys.signup, connectFrameId: K.keys.connect, stepsToConnect: 3, deadEnds: [K.keys.terms] },
};
writeFileSync(new URL(`../${NAME}.truth.json`, import.meta.url), `${JSON.stringify(truth, null, 2)}\n`);
console.log(NAME, 'nodes', countNodes(doc.document));

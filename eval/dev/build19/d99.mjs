// d99: FX payments for UK wine importers, desktop 1440. Flat groups of shapes and text; no prototype start set.
import { Doc, T, col, row, fixedW, rect, logo, btnGroup, link, searchField, field, screen, solid, countNodes } from './lib.mjs';
import { writeFileSync } from 'node:fs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'd99-wine-importer-fx-desktop';
const d = new Doc('Cellar FX — web app (desktop)', { font: 'Söhne' });
const grp = (name, items, gap = 14) => col({ name, gap, type: 'GROUP', layout: false }, items);
const hrow = (name, items, gap = 14) => row({ name, gap, type: 'GROUP', layout: false }, items);
const W = 1440, H = 1024;
const WINE = '#6E1A37';
const B = (label, o = {}) => btnGroup(label, { fill: WINE, ...o });
const B2 = (label, o = {}) => btnGroup(label, { fill: '#F1E7EA', color: WINE, ...o });

d.newPage(1);
d.addPage('Read me', [d.node('FRAME', 'Thumbnail', 0, 0, 1600, 960, { fills: solid(WINE), children: [d.text('Cellar FX\nImporter onboarding + integrations', 100, 360, 1200, { size: 72, weight: 700, color: '#FFFFFF' })] })]);

d.newPage(5);
const F = {}; for (const k of ['signup', 'verify', 'company', 'kyc', 'dash', 'choose', 'redirect', 'integrations', 'upload', 'terms', 'pay']) F[k] = d.id();

const side = (active) => (dd, x, y) => {
  const items = [['Dashboard', F.dash], ['Pay a supplier', F.pay], ['Rates', null], ['Integrations', F.integrations], ['Settings', null]];
  const kids = [dd.node('RECTANGLE', 'Rectangle 1', x, y, 240, H, { fills: solid('#2A0C17') }), dd.text('Cellar FX', x + 28, y + 28, 180, { size: 22, weight: 700, color: '#FFFFFF' })];
  items.forEach(([t, to], i) => kids.push(dd.text(t, x + 28, y + 100 + i * 44, 180, { size: 15, weight: t === active ? 700 : 400, color: t === active ? '#FFFFFF' : '#C9B3BB', to: to || undefined })));
  return dd.node('GROUP', 'Group 2', x, y, 240, H, { children: kids });
};
const app = (name, x, y, key, items, active, o = {}) => screen(d, name, x, y, W, o.h || H, F[key], items, { flat: true, left: 280, pad: 40, top: 40, before: [side(active)], fill: '#FBF8F6', gap: 22 });

const s = [];
// 1 Sign up (reads as sign-up; no prototype start set on the page)
s.push(screen(d, 'Sign up', 0, 0, W, H, F.signup, [
  hrow('Group 10', [
    fixedW(620, grp('Group 11', [
      T('Cellar FX', { size: 22, weight: 700, color: WINE }),
      T('Open your importer account', { size: 30, weight: 700 }),
      T('Pay growers in euros, dollars and rand at rates your bank won\u2019t match.', { size: 17, color: '#4B4B4B' }),
      field('Work email', 'name@merchant.co.uk', { placeholder: true }),
      field('Company name', 'LinkWine Imports Ltd'),
      field('Password', '••••••••••'),
      B('Create account', { to: F.verify, h: 52 }),
      T('By creating an account you accept our terms of business.', { size: 13, color: '#777777' }),
      link('Read the terms of business', { to: F.terms, color: WINE }),
    ], 16)),
    grp('Group 12', [
      rect('Rectangle 9', 600, 360, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'vineyard7' }], radius: 16 }),
      T('\u201CWe pay our growers in Bordeaux and Mendoza without watching the rate every morning. It\u2019s taken hours out of each shipment.\u201D', { size: 20, weight: 500 }),
      T('— Harriet Cole, Buying Director, Bramble & Vine Wines', { size: 15, color: '#6B6B6B' }),
      T('★★★★★  4.8 on Trustpilot', { size: 15, weight: 600 }),
      T('Skip the bank queue: same-day payments to 40 countries.', { size: 15, color: '#6B6B6B' }),
    ], 18),
  ], 80),
], { flat: true, pad: 80, top: 80 }));

s.push(screen(d, 'Verify email', 1540, 0, W, H, F.verify, [
  grp('Group 20', [
    T('Check your inbox', { size: 30, weight: 700 }),
    T('We sent a six-digit code to harriet@bramblevine.co.uk', { size: 16 }),
    hrow('code', [0, 1, 2, 3, 4, 5].map((i) => rect(`Rectangle ${30 + i}`, 56, 64, { fill: '#FFFFFF', stroke: '#CCCCCC', radius: 8 })), 10),
    B('Verify', { w: 320, to: F.company }),
  ], 20),
], { flat: true, pad: 480, top: 280 }));

s.push(screen(d, 'Company', 3080, 0, W, H, F.company, [
  grp('Group 30', [
    T('Your company', { size: 30, weight: 700 }),
    field('Companies House number', 'e.g. 08123456', { placeholder: true }),
    field('VAT number', 'GB', { placeholder: true }),
    field('Registered address', 'Start typing…', { placeholder: true }),
    field('Main currencies you pay in', 'EUR, USD, ZAR'),
    B('Continue', { w: 320, to: F.kyc }),
  ], 18),
], { flat: true, pad: 440, top: 140 }));

s.push(screen(d, 'Director ID', 4620, 0, W, H, F.kyc, [
  grp('Group 40', [
    T('Confirm who runs the company', { size: 30, weight: 700 }),
    T('Upload a passport or UK driving licence for one director.', { size: 16 }),
    rect('Rectangle 41', 560, 200, { fill: '#FFFFFF', stroke: '#BBBBBB', radius: 12 }),
    T('Drop file here or browse', { size: 15, color: '#777777' }),
    B('Submit and go to dashboard', { w: 320, to: F.dash }),
  ], 18),
], { flat: true, pad: 440, top: 180 }));

s.push(app('Dashboard', 0, 1200, 'dash', [
  T('Good afternoon, Harriet', { size: 28, weight: 700 }),
  hrow('Group 50', [
    grp('Balances', [T('Balances', { size: 16, weight: 600 }), T('€84,210.00\n$12,905.40\n£31,002.17', { size: 22, weight: 600 })], 10),
    grp('Rate', [T('EUR/GBP today', { size: 16, weight: 600 }), T('1.1732  ▲0.2%', { size: 22, weight: 600 }), T('Rate alerts are free — cancel anytime.', { size: 13, color: '#777777' })], 10),
  ], 40),
  grp('Group 51 – exposure', [
    T('Upcoming supplier payments by currency', { size: 20, weight: 700 }),
    rect('chart-empty', 1080, 240, { fill: '#F1E7EA', radius: 12, vector: true }),
    T('This chart stays empty until we can see your unpaid supplier bills. Link your accounting software and we\u2019ll plot what you owe in euros, dollars and rand for the next 90 days.', { size: 16 }),
    B('Link Xero, QuickBooks or Sage', { w: 340, h: 52, to: F.choose }),
  ], 16),
  T('Recent payments', { size: 20, weight: 700 }),
  T('Château Lafleur-Aubin · €18,400 · Paid 3 Mar\nBodega Santa Lucía · $9,250 · Paid 28 Feb', { size: 15 }),
], 'Dashboard', { h: 1100 }));

s.push(app('Link software', 1540, 1200, 'choose', [
  T('Link your accounting software and business bank', { size: 28, weight: 700 }),
  T('Know exactly how much currency to buy and when: we match unpaid bills to upcoming shipments and flag the ones worth booking early.', { size: 16, color: '#333333' }),
  T('We read unpaid bills, supplier contacts and bank balances into Cellar FX. Access is read-only — nothing is written back to your ledger or your bank.', { size: 15, color: '#333333' }),
  searchField('Search 40+ banks and accounting packages', { radius: 8 }),
  T('Accounting software', { size: 20, weight: 700 }),
  hrow('Group 60', [['Xero', 'xero1'], ['QuickBooks Online', 'qbo1'], ['Sage Business Cloud Accounting', 'sbca1'], ['FreeAgent', 'fa1']].map(([n, r]) => (dd, x, y, w) => dd.node('GROUP', n, x, y, w, 72, { to: n === 'Xero' ? F.redirect : undefined, children: [
    dd.node('RECTANGLE', 'Rectangle 61', x, y, w, 72, { fills: solid('#FFFFFF'), strokes: solid('#E3D6DA'), cornerRadius: 10 }),
    dd.node('RECTANGLE', 'logo', x + 16, y + 20, 32, 32, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: r }] }),
    dd.text(n, x + 60, y + 26, w - 70, { size: 15, weight: 600 }),
  ] })), 16),
  T('Bank accounts', { size: 20, weight: 700 }),
  hrow('Group 62', [['Barclays Business', 'barc'], ['HSBC UK Business', 'hsbc'], ['Lloyds Bank Business', 'lloy'], ['NatWest Business', 'natw'], ['Starling Business', 'star']].map(([n, r]) => (dd, x, y, w) => dd.node('GROUP', n, x, y, w, 72, { children: [
    dd.node('RECTANGLE', 'Rectangle 63', x, y, w, 72, { fills: solid('#FFFFFF'), strokes: solid('#E3D6DA'), cornerRadius: 10 }),
    dd.node('RECTANGLE', 'logo', x + 16, y + 20, 32, 32, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: r }] }),
    dd.text(n, x + 60, y + 26, w - 70, { size: 15, weight: 600 }),
  ] })), 16),
  T('Picking a provider opens its own secure sign-in page. Approve read access there and you\u2019ll come straight back to Cellar FX.', { size: 14, color: '#555555' }),
  hrow('Group 64', [link('Can\u2019t see yours? Upload a CSV of bills or a bank statement', { to: F.upload, color: WINE }), link('Why link? Read the FAQs', { color: WINE }), link('Step-by-step linking guide', { color: WINE })], 28),
  T('🔐 256-bit encryption, in transit and at rest. We never sell your data or pass it to third parties.', { size: 14 }),
  T('Protecting data for 4,200+ UK drinks importers', { size: 14, weight: 600 }),
  T('Need an NDA before you share figures? We\u2019ll countersign a mutual NDA — request one.', { size: 14 }),
  hrow('Group 65', [logo('ledgerline-mark', 'll0', 20), T('Powered by Ledgerline', { size: 13, color: '#777777' })], 8),
  T('Help: 020 7946 0321 · support@cellarfx.co.uk · Raise a ticket', { size: 13, color: '#555555' }),
  T('You can disconnect at any time.', { size: 13, visible: false }),
], 'Integrations', { h: 1400 }));

s.push(screen(d, 'Redirecting', 3080, 1200, W, H, F.redirect, [
  grp('Group 70', [
    rect('spinner', 48, 48, { vector: true, fills: [], stroke: WINE }),
    T('Taking you to Xero\u2026', { size: 26, weight: 700 }),
    T('Sign in to Xero and choose the organisation to share.', { size: 16 }),
    B('Continue', { w: 240, to: F.integrations }),
  ], 18),
], { flat: true, pad: 560, top: 360, fill: '#FBF8F6' }));

const conn = (n, r, meta, state) => grp(`Group ${n}`, [
  hrow('Group 80', [logo('logo', r, 36), T(n, { size: 17, weight: 600 }), fixedW(160, T(state, { size: 14, weight: 600, color: state.startsWith('Syncing') ? '#B26A00' : '#1E7D32' }))], 14),
  T(meta, { size: 14, color: '#666666' }),
  B2('Sync now', { w: 140, h: 40 }),
  B2('Remove', { w: 120, h: 40, visible: false }),
], 10);
s.push(app('Integrations', 4620, 1200, 'integrations', [
  T('Integrations', { size: 28, weight: 700 }),
  conn('Xero', 'xero1', 'Bramble & Vine Wines Ltd · Connected 2 Mar 2026, 10:02 · Last sync today 09:14', 'Connected ✓'),
  conn('Barclays Business', 'barc', 'EUR account ••4410 · Connected 2 Mar 2026 · Last sync 09:10', 'Connected ✓'),
  hrow('Group 85', [rect('Ellipse 3', 20, 20, { vector: true, fills: [], stroke: '#B26A00' }), T('Syncing\u2026 pulling 312 bills from Xero', { size: 14, color: '#B26A00' })], 10),
  conn('HSBC UK Business', 'hsbc', 'USD account ••9902 · First sync in progress', 'Syncing…'),
  B('+ Add another', { w: 220, to: F.choose }),
  link('Back to dashboard', { to: F.dash, color: WINE }),
], 'Integrations'));

s.push(app('Upload', 0, 2400, 'upload', [
  T('Upload bills instead', { size: 28, weight: 700 }),
  T('CSV, XLSX or PDF bank statements. We\u2019ll read currency, amount and due date.', { size: 16 }),
  rect('Rectangle 90', 800, 220, { fill: '#FFFFFF', stroke: '#BBBBBB', radius: 12 }),
  B('Upload and continue', { w: 280, to: F.dash }),
], 'Integrations'));

s.push(screen(d, 'Terms of business', 1540, 2400, W, H, F.terms, [
  grp('Group 95', [
    T('Terms of business', { size: 30, weight: 700 }),
    T('1. About us\nCellar FX Ltd is authorised by the Financial Conduct Authority as an Electronic Money Institution.\n2. Your account\nYou must be a UK-registered business…\n3. Fees\nOur margin is shown on every quote before you book.\n4. Closing your account\nYou may close your account by writing to us.', { size: 15 }),
  ], 16),
], { flat: true, pad: 240, top: 80 }));

s.push(app('Pay a supplier', 3080, 2400, 'pay', [
  T('Pay a supplier', { size: 28, weight: 700 }),
  field('Supplier', 'Domaine Vial-Connétable'),
  field('Amount', '€22,500.00'),
  T('You send £19,178.32 · rate 1.1732 · arrives Thu', { size: 16, weight: 600 }),
  B('Book payment', { w: 240 }),
  T('Delete account', { size: 14, color: '#B00020', visible: true }),
], 'Pay a supplier'));

d.addPage('Desktop – all screens', s);

d.newPage(6);
d.addPage('Archive – v1', [screen(d, 'Old dashboard', 0, 0, W, H, d.id(), [T('Connect your bank', { size: 28, weight: 700 }), B('Connect bank', { w: 240 })], { flat: true })]);

const out = d.write(`${OUT}${NAME}.json`);
const present = ['funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.refresh', 'connection.syncing-indicator'];
const absent = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'value.progress-meter', 'privacy.consent-action', 'privacy.disconnect-anytime', 'platform.non-linear', 'connection.delete'];
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: 'dev writer W (from the checklist facts and the REST format only; repository not read)',
  description: 'FX payments for UK wine importers, desktop 1440. Sign-up, email code, company details and director ID before the dashboard, where an empty supplier-payments chart asks to link accounting software. A full linking page groups accounting and bank providers. Built from flat groups of rectangles and text; the page has no prototype starting point.',
  present, absent,
  notes: {
    'funnel.greeting-email': 'No welcome email frame.',
    'funnel.three-actions': 'Sign up → Verify → Company → Director ID → Dashboard: the first link prompt is four clicks in.',
    'funnel.cta-visible': 'Large button in the centre of the dashboard and a permanent "Integrations" sidebar entry.',
    'funnel.social-proof': 'Named buying-director quote and a 4.8 Trustpilot rating on sign-up.',
    'funnel.prefill': 'Company form is typed by hand before any link; nothing is shown filled from linked data.',
    'value.three-part': 'Linking page: benefit (know when to buy currency), data use (unpaid bills, supplier contacts, balances, read-only) and one main action per provider.',
    'value.contextual-ctas': 'Empty exposure chart on the dashboard asks to link accounting software to fill it.',
    'value.faq-link': '"Why link? Read the FAQs".',
    'value.progress-meter': 'No meter or counter of linked sources.',
    'privacy.data-scope': 'Names bills, supplier contacts and balances and says nothing is written back.',
    'privacy.trust-language': '"256-bit encryption… never sell your data or pass it to third parties".',
    'privacy.consent-action': 'No checkbox or explicit consent step; the only acceptance is the account terms line.',
    'privacy.disconnect-anytime': 'The "disconnect at any time" line is hidden.',
    'privacy.connection-guide': '"Step-by-step linking guide" link.',
    'privacy.statistics': '"Protecting data for 4,200+ UK drinks importers".',
    'privacy.support-contacts': 'Phone, email and ticket form.',
    'privacy.powered-by': '"Powered by Ledgerline" with mark.',
    'privacy.mutual-nda': 'Offer to countersign a mutual NDA.',
    'platform.explain-redirect': 'Explains the provider\u2019s own sign-in page and the return to Cellar FX.',
    'platform.grouped-categories': '"Accounting software" and "Bank accounts" headings.',
    'platform.accurate-branding': 'Full names: QuickBooks Online, Sage Business Cloud Accounting, HSBC UK Business, with logos.',
    'platform.search': 'Search field over the provider list.',
    'platform.alternatives': 'Upload a CSV or bank statement path with its own screen.',
    'platform.non-linear': 'No save-for-later, invite or share option.',
    'platform.multiple-connections': '"+ Add another" and Connected ✓ / Syncing states per source.',
    'connection.view-live': 'Integrations list with names, account currency, connected and last sync times.',
    'connection.delete': 'The Remove button is a hidden layer; no visible way to disconnect.',
    'connection.refresh': '"Sync now" per connection.',
    'connection.syncing-indicator': 'Spinner with "Syncing… pulling 312 bills from Xero".',
  },
  flow: { startFrameId: F.signup, connectFrameId: F.dash, stepsToConnect: 4, deadEnds: [F.terms] },
};
writeFileSync(`${OUT}${NAME}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
console.log(NAME, countNodes(out.document));

// h118: invoice finance for dental laboratories, iPad portrait 834x1194, US, formal copy.
// Uses prototypeStartNodeID (no flowStartingPoints) and a mix of transitionNodeID and interactions.
import { Doc, F, G, R, V, T, COMP, INST, IMG, go, oldLink, closeIx, url, row, writeTruth, WRITER } from './lib.mjs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'h118-dental-lab-finance-tablet';
const ref = (s) => Array.from({ length: 40 }, (_, i) => '0123456789abcdef'[(s * 13 + i * 11 + ((s * i) % 7)) % 16]).join('');
const TEAL = '#0F5C63', INK = '#14212B', SLATE = '#5A6B78', RULE = '#D5DDE3', PAPER = '#FFFFFF';
const W = 834, H = 1194;

const primary = COMP('Button / Primary', { layout: 'H', pad: [14, 28], radius: 4, fill: TEAL, x: 0, y: 0, desc: 'Primary action, 48px' }, [T('Label', { color: '#FFFFFF', size: 16, weight: 600, family: 'IBM Plex Sans' })]);
const checkbox = COMP('Checkbox', { w: 20, h: 20, x: 240, y: 0, radius: 2, stroke: INK, fill: PAPER }, []);
const txt = (s, o = {}) => T(s, { family: 'IBM Plex Sans', color: INK, size: 16, ...o });
const pbtn = (label, o = {}) => INST(o.name ?? 'Button / Primary', primary, { layout: 'H', pad: [14, 28], radius: 4, fill: TEAL }, [txt(label, { color: '#FFFFFF', weight: 600 })]);
const sbtn = (label) => F('Frame 118', { layout: 'H', pad: [13, 24], radius: 4, stroke: TEAL, fill: PAPER }, [txt(label, { color: TEAL, weight: 600 })]);
const a = (s, o = {}) => txt(s, { color: TEAL, deco: 'UNDERLINE', size: 15, ...o });
const field = (label, val, filled, w = 620) => F('Field', { layout: 'V', gap: 6, w }, [txt(label, { size: 14, weight: 600 }),
  F('Frame 200', { layout: 'H', pad: [14, 16], w, radius: 4, stroke: RULE, fill: PAPER }, [txt(val, { size: 16, color: filled ? INK : '#95A3AE' })])]);
const header = (step) => F('Header', { x: 0, y: 0, w: W, h: 88, layout: 'H', pad: [0, 48], justify: 'SPACE_BETWEEN', fill: PAPER, stroke: RULE }, [
  G('Logo', [V('Vector', { w: 26, h: 26, fill: TEAL }), txt('Crownline Capital', { x: 36, y: 2, size: 20, weight: 700 })]),
  step ? txt(step, { size: 14, color: SLATE }) : null,
]);
const footer = () => F('Footer', { x: 0, y: H - 72, w: W, h: 72, layout: 'H', pad: [0, 48], fill: '#F2F5F7' }, [
  txt('Questions? (888) 555-0147 \u00b7 support@crownlinecapital.com \u00b7 Submit a request', { size: 13, color: SLATE }),
]);
const body = (kids, y = 136, gap = 24) => F('Content', { x: 107, y, w: 620, layout: 'V', gap }, kids);
const screen = (name, kids, o = {}) => F(name, { w: W, h: H, fill: '#F7F9FA', clip: true, ...o }, kids);
const logo = (nm, s) => IMG(nm, 40, 40, ref(s), { radius: 6 });

// A1 start
const begin = pbtn('Begin application');
const rates = a('View rates and terms');
const a1 = screen('Application \u2014 Start', [header(), body([
  txt('Invoice financing for dental laboratories', { size: 30, weight: 700, w: 620 }),
  txt('Receive an advance against outstanding case invoices while practices complete their 30- to 60-day payment cycles.', { size: 17, color: SLATE, w: 620 }),
  field('Laboratory name', 'Summit Dental Ceramics, LLC'), field('Business email', 'accounts@summitceramics.com'), field('Phone', '(303) 555-0182'),
  F('Auto layout', { layout: 'H', gap: 20 }, [begin, rates]),
  F('Quote', { layout: 'V', gap: 12, pad: 28, w: 620, fill: PAPER, stroke: RULE }, [
    txt('\u201cCrownline advanced us $84,000 against outstanding case invoices within two business days. We no longer delay zirconia orders while waiting on practices.\u201d', { size: 17, w: 564, family: 'Source Serif Pro' }),
    txt('Dr. Priya Natarajan, Owner \u2014 Summit Dental Ceramics, Denver, CO', { size: 14, color: SLATE }),
  ]),
  txt('256-bit encryption \u00b7 Relied upon by more than 2,300 dental laboratories nationwide', { size: 14, color: SLATE }),
]), footer()]);

// A2 details
const cont2 = pbtn('Continue');
const a2 = screen('Laboratory details', [header('Step 1 of 3'), body([
  txt('Laboratory details', { size: 28, weight: 700 }),
  field('Years in operation', '12'), field('Primary services', 'Crowns & bridges, implants, removables'),
  field('Number of client practices', '85'), field('Average monthly invoiced amount (USD)', '$140,000'),
  cont2,
]), footer()]);

// A3 connect
const linkAcct = pbtn('Link accounting system', { name: 'cta' });
const qbo = F('QuickBooks Online', { layout: 'H', gap: 14, pad: 16, w: 302, radius: 6, stroke: RULE, fill: PAPER }, [logo('Rectangle 31', 31), txt('QuickBooks Online', { weight: 600, size: 15 })]);
const platform = (nm, s) => F(nm, { layout: 'H', gap: 14, pad: 16, w: 302, radius: 6, stroke: RULE, fill: PAPER }, [logo(`Rectangle ${s}`, s), txt(nm, { weight: 600, size: 15 })]);
const bank = (nm, s) => F(nm, { layout: 'H', gap: 12, pad: [12, 16], w: 200, radius: 6, stroke: RULE, fill: PAPER }, [logo(`Rectangle ${s}`, s), txt(nm, { size: 14 })]);
const faq = url(a('Frequently asked questions: why we request financial data', { w: 330 }), 'https://crownlinecapital.com/faq/financial-data');
const nda = url(a('Request a mutual nondisclosure agreement'), 'https://crownlinecapital.com/legal/mnda-request');
const a3 = screen('Financial data', [header('Step 2 of 3'), body([
  F('Strength', { layout: 'V', gap: 8, w: 620 }, [txt('Application strength: 40%', { size: 14, weight: 600 }),
    F('Bar', { layout: 'H', w: 620 }, [R('Rectangle 40', { w: 248, h: 8, fill: TEAL }), R('Rectangle 41', { w: 372, h: 8, fill: RULE })]),
    txt('Each linked account strengthens your application.', { size: 13, color: SLATE })]),
  txt('Link your financial accounts', { size: 28, weight: 700 }),
  txt('Linking your accounting system and business bank accounts allows us to determine your advance limit within one business day, without requesting paper statements.', { size: 16, w: 620 }),
  txt('Crownline Capital reads invoices, accounts receivable aging and bank transactions to assess the financial health of your laboratory. We do not write to your ledger or initiate payments.', { size: 15, color: SLATE, w: 620 }),
  F('Auto layout', { layout: 'H', gap: 20 }, [linkAcct, faq]),
  R('Rule', { w: 620, h: 1, fill: RULE }),
  F('Accounting', { layout: 'V', gap: 12 }, [txt('Accounting software', { size: 20, weight: 700 }),
    F('Auto layout', { layout: 'H', gap: 16 }, [qbo, platform('QuickBooks Desktop', 32)]),
    F('Auto layout', { layout: 'H', gap: 16 }, [platform('Xero', 33), platform('Sage Intacct', 34)])]),
  F('Banks', { layout: 'V', gap: 12 }, [txt('Bank accounts', { size: 20, weight: 700 }),
    F('Search', { layout: 'H', gap: 10, pad: [12, 14], w: 620, radius: 4, stroke: RULE, fill: PAPER }, [V('Magnifier', { w: 18, h: 18, fill: SLATE }), txt('Search 12,000 financial institutions', { size: 15, color: '#95A3AE' })]),
    F('Auto layout', { layout: 'H', gap: 10 }, [bank('Chase', 35), bank('Bank of America', 36), bank('Wells Fargo', 37)])]),
  F('Auto layout', { layout: 'H', gap: 6 }, [txt('Unable to locate your institution?', { size: 14, color: SLATE }), a('Upload statements (PDF)', { size: 14 })]),
  F('Auto layout', { layout: 'H', gap: 6 }, [txt('Require additional protections?', { size: 14, color: SLATE }), nda]),
], 120, 20), footer()]);

// A4 authorization overlay
const proceed = pbtn('Proceed to Intuit');
const cancel = closeIx(sbtn('Cancel'));
const a4 = F('Authorization', { w: 640, h: 620, fill: PAPER, radius: 8, layout: 'V', pad: 40, gap: 18 }, [
  txt('Authorize access to QuickBooks Online', { size: 22, weight: 700 }),
  txt('You will be directed to Intuit to sign in and approve read-only access. Upon approval, you will be returned to this application.', { size: 15, w: 560 }),
  txt('Crownline never stores your Intuit credentials. Information is encrypted and will not be disclosed to third parties without your written consent.', { size: 15, color: SLATE, w: 560 }),
  txt('You may revoke this authorization at any time from Account Settings.', { size: 15, color: SLATE, w: 560 }),
  F('Consent', { layout: 'H', gap: 12, w: 560, align: 'START' }, [INST('Checkbox', checkbox, { w: 20, h: 20, radius: 2, stroke: INK, fill: PAPER }),
    F('Frame 240', { layout: 'V', gap: 4, w: 520 }, [txt('I authorize Crownline Capital to access the data described above in accordance with the', { size: 14, w: 520 }), a('Data Use Authorization', { size: 14 })])]),
  F('Auto layout', { layout: 'H', gap: 12 }, [cancel, proceed]),
]);

// A5 third-party placeholder
const approve = F('Frame 250', { layout: 'H', pad: [12, 24], radius: 4, fill: '#2CA01C' }, [txt('Connect', { color: '#FFFFFF', weight: 600 })]);
const a5 = screen('Intuit sign-in (placeholder)', [F('Card', { x: 167, y: 300, w: 500, layout: 'V', gap: 16, pad: 32, radius: 8, fill: PAPER, stroke: RULE }, [
  logo('Rectangle 50', 31), txt('Sign in to QuickBooks', { size: 22, weight: 700 }), field('Email or user ID', 'accounts@summitceramics.com', false, 436),
  txt('Crownline Capital will be able to view your company\u2019s accounting data.', { size: 14, color: SLATE, w: 436 }), approve,
])], { fill: '#ECEEF1' });

// A6 retrieving
const a6next = sbtn('Continue');
const a6 = screen('Retrieving data', [header('Step 2 of 3'), body([
  V('Spinner', { w: 48, h: 48, fill: TEAL }),
  txt('Retrieving invoices and receivables\u2026', { size: 24, weight: 700 }),
  txt('This typically takes less than a minute. You may remain on this page.', { size: 15, color: SLATE }),
  a6next,
], 420), footer()]);

// A7 linked sources
const addBank = F('Frame 270', { layout: 'H', gap: 8, pad: [12, 16], radius: 4, stroke: TEAL }, [txt('+', { color: TEAL, weight: 700 }), txt('Add another bank account', { color: TEAL, weight: 600 })]);
const review = pbtn('Review prefilled information');
const src = (nm, s, st, fill) => F(nm, { layout: 'H', gap: 14, pad: 16, w: 620, fill: PAPER, stroke: RULE }, [logo(`Rectangle ${s}`, s), txt(nm, { weight: 600, w: 360 }), F('Status', { layout: 'H', pad: [4, 10], radius: 10, fill }, [txt(st, { size: 13, weight: 600 })])]);
const a7 = screen('Linked accounts', [header('Step 2 of 3'), body([
  F('Strength', { layout: 'V', gap: 8, w: 620 }, [txt('Application strength: 70%', { size: 14, weight: 600 }),
    F('Bar', { layout: 'H', w: 620 }, [R('Rectangle 40', { w: 434, h: 8, fill: TEAL }), R('Rectangle 41', { w: 186, h: 8, fill: RULE })])]),
  txt('Linked accounts', { size: 28, weight: 700 }),
  src('QuickBooks Online', 31, 'Connected', '#D8EFE2'),
  src('Chase \u2014 Business Complete Checking \u00b7\u00b7\u00b74471', 35, 'Pending authorization', '#FCEBC7'),
  addBank,
  review,
]), footer()]);

// A8 prefilled review
const submit = pbtn('Confirm and submit');
const a8 = screen('Business information \u2014 review', [header('Step 3 of 3'), body([
  txt('Review business information', { size: 28, weight: 700 }),
  txt('The following information was obtained from QuickBooks Online. Please confirm its accuracy.', { size: 15, color: SLATE, w: 620 }),
  field('Legal business name', 'Summit Dental Ceramics, LLC', true), field('EIN', '84-2917365', true),
  field('Business address', '1450 Wazee Street, Suite 210, Denver, CO 80202', true), field('Annual revenue (trailing 12 months)', '$1,684,200', true),
  field('Controller', 'Marcus Feld \u00b7 marcus@summitceramics.com', true),
  submit,
]), footer()]);

const a9 = screen('Offer', [header(), body([
  txt('Your advance limit', { size: 18, color: SLATE }), txt('$120,000', { size: 48, weight: 700 }),
  txt('Advance rate 85% of eligible invoices \u00b7 fee 1.4% per 30 days', { size: 15, color: SLATE }),
  pbtn('Accept offer'), txt('This offer remains valid for 14 days.', { size: 13, color: SLATE }),
], 300), footer()]);

const ratesScr = screen('Rates & Terms', [header(), body([
  txt('Rates and terms', { size: 28, weight: 700 }),
  txt('Advance rate: up to 90% of eligible receivables\nFactor fee: 1.1% \u2013 2.4% per 30 days\nMinimum monthly invoicing: $25,000\nNo long-term commitment; cancel anytime with 30 days\u2019 written notice.', { size: 16, w: 620 }),
  txt('Financing is provided by Crownline Capital Funding, LLC. Subject to credit approval.', { size: 13, color: SLATE, w: 620 }),
]), footer()]);

const email = F('Email \u2014 Application received', { w: 640, h: 900, fill: PAPER, layout: 'V', pad: 48, gap: 20 }, [
  G('Logo', [V('Vector', { w: 26, h: 26, fill: TEAL }), txt('Crownline Capital', { x: 36, y: 2, size: 20, weight: 700 })]),
  txt('Thank you for beginning your application', { size: 24, weight: 700, w: 544 }),
  txt('To receive your offer, please complete the following:', { size: 16 }),
  txt('1. Confirm your laboratory details\n2. Link your accounting system and business bank accounts\n3. Review and accept your offer', { size: 16, w: 544 }),
  url(pbtn('Link accounting system'), 'https://apply.crownlinecapital.com/financial-data'),
  txt('Questions? Call (888) 555-0147, Monday\u2013Friday, 8 a.m.\u20136 p.m. MT.', { size: 13, color: SLATE }),
]);

oldLink(begin, a2); go(rates, ratesScr); oldLink(cont2, a3);
go(linkAcct, a4, 'OVERLAY'); go(qbo, a4, 'OVERLAY'); go(proceed, a5); oldLink(approve, a6); go(a6next, a7);
go(addBank, a3); go(review, a8); go(submit, a9);

const doc = new Doc('Crownline \u2014 Lab Financing \u2014 iPad', '2026-02-20T21:15:44Z');
doc.page('Cover', [F('Cover', { x: 0, y: 0, w: 1440, h: 960, fill: TEAL, layout: 'V', pad: 120, gap: 16 }, [
  txt('Crownline Capital', { size: 60, weight: 700, color: PAPER }), txt('Laboratory application flow \u2014 iPad (portrait)', { size: 28, color: '#BFE0E3' }), txt('Status: Legal review', { size: 20, color: '#BFE0E3' })])]);
const flow = row([a1, a2, a3, a4, a5, a6, a7, a8, a9, ratesScr], 0, 0, 100);
email.o.x = 0; email.o.y = 1400;
doc.page('Application flow', [...flow, email], { startNode: a1 });
doc.page('Library', [primary, checkbox]);
doc.page('Archive (Q4)', [F('Old start', { x: 0, y: 0, w: W, h: H, fill: PAPER, layout: 'V', pad: 64, gap: 16 }, [txt('Apply now', { size: 28, weight: 700 }), txt('Superseded by v2 flow', { size: 14, color: SLATE })])]);
const { nodes } = doc.build(`${OUT}${NAME}.json`);

writeTruth(`${OUT}${NAME}.truth.json`, {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITER,
  description: 'iPad portrait application for invoice financing aimed at US dental laboratories: start form, laboratory details, a financial-data screen with accounting systems and banks, an authorization sheet, a placeholder Intuit sign-in, a retrieving state, linked accounts, a prefilled business-information review, an offer, a rates page and an application-received email. Formal copy.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections', 'connection.syncing-indicator'],
  absent: ['value.contextual-ctas', 'privacy.powered-by', 'platform.non-linear', 'connection.delete', 'connection.refresh'],
  notes: {
    'funnel.greeting-email': 'Application-received email: numbered list whose step 2 is linking accounting and bank accounts, with a "Link accounting system" button.',
    'funnel.three-actions': 'Start -> laboratory details -> financial data: two actions.',
    'value.three-part': 'Value (advance limit within one business day, no paper statements), data use (invoices, AR aging, bank transactions for financial health) and "Link accounting system".',
    'value.progress-meter': '"Application strength" bar 40% rising to 70% as accounts are linked.',
    'privacy.statistics': '"256-bit encryption - relied upon by more than 2,300 dental laboratories".',
    'privacy.support-contacts': 'Phone, email and "Submit a request" in the footer of every screen.',
    'privacy.mutual-nda': '"Request a mutual nondisclosure agreement" link.',
    'platform.accurate-branding': 'QuickBooks Online vs QuickBooks Desktop, Sage Intacct, with logos.',
    'platform.non-linear': 'Strictly linear: no save-for-later, share or skip.',
    'connection.syncing-indicator': 'Spinner with "Retrieving invoices and receivables...".',
    'privacy.connection-guide': 'Left unlabelled: the only help link is a FAQ about why data is requested.',
    'connection.view-live': 'Left unlabelled: linked accounts list shows status badges but no sync dates or management view.',
  },
  flow: { startFrameId: a1.id, connectFrameId: a3.id, stepsToConnect: 2, deadEnds: [ratesScr.id] },
});
console.log(NAME, nodes);

// d26: equipment loans for builders, iPad portrait 834x1194, formal copy, older prototype links.
import { Doc, writeOut, WRITTEN_BY } from './lib.mjs';
import { validate } from './validate.mjs';

const NAME = 'd26-construction-lending-tablet';
const d = new Doc(NAME);
const W = 834;
const H = 1194;
const M = 48;
const CW = W - 2 * M;
const NAVY = '#1E3A5F';
const AMBER = '#D97706';
const INK = '#111827';
const MUTED = '#4B5563';
const LINE = '#D1D5DB';

const lib = d.page('Library', 4);
const cPrimary = d.component('Button/Primary', [0, 0, 240, 56], { fill: NAVY, r: 4 }, [d.T('Label', [16, 18, 208, 20], { s: 16, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const cSecondary = d.component('Button/Secondary', [0, 80, 240, 56], { stroke: NAVY, r: 4 }, [d.T('Label', [16, 98, 208, 20], { s: 16, w: 600, color: NAVY, align: 'CENTER' })]);
const cCheck = d.component('Checkbox=Off', [300, 0, 20, 20], { stroke: MUTED, r: 2 }, []);
const cCheckOn = d.component('Checkbox=On', [340, 0, 20, 20], { fill: NAVY, r: 2 }, [d.V('Vector', [344, 4, 12, 12], { fill: '#FFFFFF' })]);
d.place(lib, [d.componentSet('Buttons', [cPrimary, cSecondary]), d.componentSet('Checkbox', [cCheck, cCheckOn])], 0, 0, 80);

const flow = d.page('iPad \u2013 Application flow', 18);
const S = d.ids(['email', 'register', 'terms', 'applicant', 'equipment', 'overview', 'menu', 'authorise', 'done', 'financials', 'records', 'submitted']);

const header = (title, o = {}) => d.F('Header', [0, 0, W, 88], { fill: NAVY, layout: 'HORIZONTAL', pad: 24 }, [
  d.T('IRONBRIDGE', [M, 24, 200, 20], { s: 14, w: 700, color: '#FFFFFF', font: 'IBM Plex Sans', name: 'Wordmark' }),
  d.T(title, [M, 50, 500, 24], { s: 18, w: 500, color: '#E5E7EB', font: 'IBM Plex Sans' }),
  ...(o.menu ? [d.T('More \u25be', [W - 130, 50, 82, 24], { s: 15, color: '#FFFFFF', tn: o.menu, name: 'overflow' })] : []),
]);
const footer = () => d.F('Footer', [0, H - 72, W, 72], { fill: '#F3F4F6', layout: 'HORIZONTAL', pad: 24 }, [
  d.P('Your Loan Officer: +1 (312) 555-0187 \u00b7 lending@ironbridge.example \u00b7 Submit a service request', M, H - 48, CW, { s: 12, color: MUTED }),
]);
const btn = (comp, label, x, y, w, tn) => d.I(comp.id, comp === cPrimary ? 'Button/Primary' : 'Button/Secondary', [x, y, w, 56], { fill: comp === cPrimary ? NAVY : '#FFFFFF', stroke: comp === cPrimary ? undefined : NAVY, r: 4, tn }, [
  d.T(label, [x + 16, y + 18, w - 32, 20], { s: 16, w: 600, color: comp === cPrimary ? '#FFFFFF' : NAVY, align: 'CENTER', font: 'IBM Plex Sans' }),
]);
const field = (l, v, x, y, w, n) => d.F(`Frame ${n}`, [x, y, w, 80], { layout: 'VERTICAL', gap: 6 }, [
  d.T(l, [x, y, w, 18], { s: 13, w: 600, color: MUTED }),
  d.F(`Frame ${n + 1}`, [x, y + 24, w, 52], { stroke: LINE, r: 4, layout: 'HORIZONTAL', pad: 14 }, [d.T(v, [x + 14, y + 40, w - 28, 20], { s: 16, color: INK })]),
]);
const scr = [];

scr.push(d.screen('Email \u2014 Application received', 640, 1000, [
  d.T('IRONBRIDGE', [40, 40, 200, 20], { s: 14, w: 700, color: NAVY }),
  d.P('Dear Mr. Halvorsen,', 40, 90, 560, { s: 16, color: INK }),
  d.P('Thank you for commencing an equipment finance application with Ironbridge. To allow our credit team to reach a decision promptly, kindly complete the following:', 40, 124, 560, { s: 15, color: INK }),
  d.P('1.\u00a0Provide the particulars of the equipment to be financed\n2.\u00a0Authorise secure access to your accounting records and business bank account\n3.\u00a0Await a credit decision, ordinarily within two business days', 40, 230, 560, { s: 15, color: INK }),
  d.btn('frame', 'Authorise access to my records', [40, 380, 320, 52], { bg: NAVY, r: 4, tn: S.authorise, num: 19 }),
  d.btn('link', 'Alternatively, continue the application', [40, 452, 400, 20], { fg: NAVY, deco: 'UNDERLINE', tn: S.overview }),
  d.P('Ironbridge Equipment Finance, LLC \u00b7 200 W Adams St, Chicago IL', 40, 940, 560, { s: 11, color: MUTED }),
], { id: S.email, bg: '#FAFAF9' }));

scr.push(d.screen('01 Registration', W, H, [header('Equipment Finance Application'),
  d.F('Frame 120', [M, 130, CW, 700], { layout: 'VERTICAL', gap: 20 }, [
    d.P('Commence your application', M, 130, CW, { s: 28, w: 700, color: INK, font: 'IBM Plex Serif' }),
    d.P('Ironbridge safeguards the financial records of more than 12,500 contractor businesses using 256-bit encryption.', M, 180, CW, { s: 15, color: MUTED }),
    field('Legal name of business', 'Halvorsen Builders, Inc.', M, 250, CW, 130),
    field('Business email address', 'erik@halvorsenbuilders.example', M, 350, CW, 132),
    field('Create a password', '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022', M, 450, CW, 134),
    btn(cPrimary, 'Register and Continue', M, 560, CW, S.applicant),
    d.btn('link', 'View Terms and Conditions', [M, 636, 260, 20], { fg: NAVY, deco: 'UNDERLINE', tn: S.terms, s: 14 }),
  ]),
  footer(),
], { id: S.register }));

scr.push(d.screen('Terms and Conditions', W, H, [header('Terms and Conditions'),
  d.P('1. Definitions. In these Terms, \u201cthe Lender\u201d means Ironbridge Equipment Finance, LLC, and \u201cthe Applicant\u201d means the business entity named in the Application.\n2. Application. Submission of an Application does not constitute an offer of credit.\n3. Fees. Documentation fees are set out in the Rate Schedule.\n4. Governing law. These Terms are governed by the laws of the State of Illinois.', M, 130, CW, { s: 14, color: INK }),
], { id: S.terms }));

scr.push(d.screen('02 Applicant', W, H, [header('Step 1 \u2014 Applicant Particulars'),
  d.F('Frame 300', [M, 130, CW, 700], { layout: 'VERTICAL', gap: 16 }, [
    field('Principal officer', 'Erik Halvorsen, President', M, 130, CW, 300),
    field('Years in operation', '14', M, 230, CW, 302),
    field('Trade', 'Commercial concrete and site work', M, 330, CW, 304),
  ]),
  btn(cSecondary, 'Previous', M, 1020, 240, S.register),
  btn(cPrimary, 'Save and Continue', W - M - 300, 1020, 300, S.equipment),
  footer(),
], { id: S.applicant }));

scr.push(d.screen('03 Equipment', W, H, [header('Step 2 \u2014 Equipment Particulars'),
  d.F('Frame 400', [M, 130, CW, 700], { layout: 'VERTICAL', gap: 16 }, [
    field('Equipment description', 'CAT 320 Hydraulic Excavator (2024)', M, 130, CW, 400),
    field('Vendor', 'Patten Industries, Elmhurst IL', M, 230, CW, 402),
    field('Amount requested', '$286,500.00', M, 330, CW, 404),
    field('Preferred term', '60 months', M, 430, CW, 406),
  ]),
  btn(cSecondary, 'Previous', M, 1020, 240, S.applicant),
  btn(cPrimary, 'Save and Continue', W - M - 300, 1020, 300, S.overview),
  footer(),
], { id: S.equipment }));

scr.push(d.screen('04 Application overview', W, H, [header('Application Overview', { menu: S.menu }),
  d.F('Frame 500', [M, 120, CW, 180], { fill: '#F9FAFB', stroke: LINE, r: 6, layout: 'VERTICAL', pad: 20, gap: 10 }, [
    d.T('Application strength', [M + 20, 140, 300, 20], { s: 15, w: 600, color: INK }),
    d.G('Group 501', [d.R('Rectangle 40', [M + 20, 172, CW - 40, 12], { fill: '#E5E7EB', r: 6 }), d.R('Rectangle 41', [M + 20, 172, (CW - 40) * 0.45, 12], { fill: AMBER, r: 6 })]),
    d.T('Moderate', [M + 20, 194, 200, 18], { s: 13, w: 600, color: AMBER }),
    d.P('Each supporting source provided to the credit team strengthens the application and may shorten the decision period.', M + 20, 222, CW - 40, { s: 13, color: MUTED }),
  ]),
  d.F('Frame 510', [M, 330, CW, 460], { layout: 'VERTICAL', gap: 12 }, [
    ...[['Applicant particulars', 'Complete'], ['Equipment particulars', 'Complete'], ['Financial statements (two most recent fiscal years)', 'Outstanding'], ['Business bank statements (three months)', 'Outstanding']].map(([a, b], i) => d.F(`Frame ${511 + i}`, [M, 330 + i * 72, CW, 60], { stroke: LINE, r: 4, layout: 'HORIZONTAL', pad: 16 }, [
      d.T(a, [M + 16, 350 + i * 72, 480, 20], { s: 15, color: INK }),
      d.T(b, [W - M - 130, 350 + i * 72, 110, 20], { s: 13, w: 600, color: b === 'Complete' ? '#15803D' : AMBER, align: 'RIGHT' }),
    ])),
  ]),
  d.F('Frame 520', [M, 640, CW, 160], { stroke: LINE, r: 6, layout: 'VERTICAL', pad: 20, gap: 12 }, [
    d.T('Upload supporting documents', [M + 20, 660, 400, 22], { s: 17, w: 600, color: INK }),
    d.P('PDF, XLSX or scanned statements are accepted. Maximum 25 MB per file.', M + 20, 692, CW - 40, { s: 13, color: MUTED }),
    btn(cSecondary, 'Select Files', M + 20, 728, 200, S.submitted),
  ]),
  btn(cPrimary, 'Submit Application', W - M - 300, 1020, 300, S.submitted),
  footer(),
], { id: S.overview }));

scr.push(d.screen('Menu (overflow)', 320, 360, [
  d.F('Frame 600', [0, 0, 320, 360], { fill: '#FFFFFF', stroke: LINE, r: 6, layout: 'VERTICAL', pad: 8 }, ['Application history', 'Correspondence', 'Integrations & data feeds', 'Linked records', 'Sign out'].map((t, i) => d.F(`Frame ${601 + i}`, [0, 8 + i * 56, 320, 52], { layout: 'HORIZONTAL', pad: 16, tn: i === 2 ? S.authorise : i === 3 ? S.records : undefined }, [
    d.T(t, [16, 24 + i * 56, 288, 20], { s: 15, color: INK }),
  ]))),
], { id: S.menu }));

const plats = ['QuickBooks', 'Sage', 'Xero', 'Bank of America', 'Wells Fargo', 'Other bank'];
scr.push(d.screen('05 Authorisation of data access', W, H, [header('Authorisation of Data Access'),
  d.F('Frame 700', [M, 120, CW, 940], { layout: 'VERTICAL', gap: 18 }, [
    d.F('Frame 701', [M, 120, CW, 300], { layout: 'VERTICAL', gap: 12 }, [
      d.P('Authorise access to your financial records', M, 120, CW, { s: 24, w: 700, color: INK, font: 'IBM Plex Serif' }),
      d.P('By granting this authorisation, the Applicant permits Ironbridge Equipment Finance to retrieve the general ledger, accounts receivable and accounts payable ledgers, and business bank transaction history from the platforms selected below. Information is retrieved only; no entries shall be created or modified in the Applicant\u2019s records.', M, 170, CW, { s: 14, color: MUTED }),
      d.P('All information is transmitted over encrypted connections and shall not be disclosed to any third party without the Applicant\u2019s written consent. The Applicant may withdraw this authorisation at any time, whereupon retrieval shall cease.', M, 290, CW, { s: 14, color: MUTED }),
    ]),
    d.F('Frame 710', [M, 440, CW, 330], { layout: 'VERTICAL', gap: 8 }, plats.map((p, i) => d.F(`Frame ${711 + i}`, [M, 440 + i * 54, CW, 48], { stroke: LINE, r: 4, layout: 'HORIZONTAL', pad: 12, gap: 12 }, [
      d.E(`Ellipse ${20 + i}`, [M + 12, 454 + i * 54, 20, 20], { fill: '#FFFFFF', stroke: MUTED, name: 'radio' }),
      d.logo('placeholder', [M + 44, 448 + i * 54, 32, 32]),
      d.T(p, [M + 88, 454 + i * 54, 400, 20], { s: 15, color: INK }),
    ]))),
    d.F('Frame 730', [M, 790, CW, 60], { layout: 'HORIZONTAL', gap: 12 }, [
      d.I(cCheck.id, 'Checkbox=Off', [M, 794, 20, 20], { stroke: MUTED, r: 2 }),
      d.P('I have read and accept the Data Access Terms on behalf of the Applicant.', M + 32, 792, CW - 32, { s: 14, color: INK }),
    ]),
    d.btn('link', 'Data Access Terms (PDF)', [M + 32, 832, 240, 18], { fg: NAVY, deco: 'UNDERLINE', url: 'https://ironbridge.example/legal/data-access-terms.pdf', s: 13 }),
    d.P('A mutual non-disclosure agreement is available upon request prior to authorisation.', M, 866, CW, { s: 13, color: MUTED }),
    d.btn('link', 'Request mutual NDA', [M, 890, 200, 18], { fg: NAVY, deco: 'UNDERLINE', url: 'mailto:legal@ironbridge.example?subject=Mutual%20NDA', s: 13 }),
    d.T('Powered by Codat', [M, 920, 200, 16], { s: 11, color: MUTED, hidden: true }),
  ]),
  btn(cPrimary, 'Grant Authorisation', W - M - 300, 1020, 300, S.done),
  footer(),
], { id: S.authorise }));

scr.push(d.screen('06 Authorisation received', W, H, [header('Authorisation Received'),
  d.V('Vector', [W / 2 - 32, 220, 64, 64], { fill: '#15803D', name: 'check-circle' }),
  d.P('Authorisation has been recorded.', M, 310, CW, { s: 24, w: 700, color: INK, align: 'CENTER' }),
  d.P('Records from QuickBooks have been retrieved and reviewed. Kindly confirm the figures on the following page.', M, 360, CW, { s: 15, color: MUTED, align: 'CENTER' }),
  btn(cPrimary, 'Review Figures', W / 2 - 150, 460, 300, S.financials),
  footer(),
], { id: S.done }));

scr.push(d.screen('07 Financial summary', W, H, [header('Step 3 \u2014 Financial Summary'),
  d.F('Frame 900', [M, 110, CW, 48], { fill: '#EFF6FF', r: 4, layout: 'HORIZONTAL', pad: 12 }, [d.T('\u2139\ufe0e The following particulars have been populated from your accounting records. Please verify.', [M + 12, 124, CW - 24, 20], { s: 13, color: NAVY })]),
  d.F('Frame 910', [M, 180, CW, 600], { layout: 'VERTICAL', gap: 12 }, [
    field('Federal EIN', '36-4418207', M, 180, CW, 910),
    field('Registered address', '4120 N Ravenswood Ave, Chicago IL 60613', M, 272, CW, 912),
    field('Revenue, fiscal year 2025', '$6,412,300', M, 364, CW, 914),
    field('Net income, fiscal year 2025', '$488,900', M, 456, CW, 916),
    field('Chief financial contact', 'Ingrid Halvorsen, Controller', M, 548, CW, 918),
  ]),
  btn(cPrimary, 'Confirm and Continue', W - M - 300, 1020, 300, S.overview),
  footer(),
], { id: S.financials }));

scr.push(d.screen('08 Linked records', W, H, [header('Linked Records', { menu: S.menu }),
  d.F('Frame 1000', [M, 120, CW, 220], { stroke: LINE, r: 6, layout: 'VERTICAL', pad: 20, gap: 8 }, [
    d.F('Frame 1001', [M + 20, 140, CW - 40, 32], { layout: 'HORIZONTAL', gap: 12 }, [d.logo('placeholder', [M + 20, 140, 32, 32]), d.T('QuickBooks \u2014 Halvorsen Builders, Inc.', [M + 64, 146, 500, 20], { s: 16, w: 600, color: INK })]),
    d.T('First retrieval: 10 March 2026, 09:14 CT', [M + 20, 190, 500, 18], { s: 14, color: MUTED }),
    d.T('Most recent retrieval: 17 March 2026, 06:00 CT', [M + 20, 214, 500, 18], { s: 14, color: MUTED }),
    d.T('Records: general ledger, receivables, payables \u00b7 Currency: USD', [M + 20, 238, 600, 18], { s: 14, color: MUTED }),
    btn(cSecondary, 'Request Updated Data', M + 20, 268, 260),
  ]),
  footer(),
], { id: S.records }));

scr.push(d.screen('09 Application submitted', W, H, [header('Application Submitted'),
  d.P('Your application has been submitted for credit review. A decision will ordinarily be communicated within two business days.', M, 200, CW, { s: 18, color: INK }),
  btn(cSecondary, 'Return to Overview', M, 320, 300, S.overview),
  footer(),
], { id: S.submitted }));

d.place(flow, scr.slice(1), 0, 0, 120);
d.place(flow, [scr[0]], 0, 1400);
delete flow.flowStartingPoints;
flow.prototypeStartNodeID = S.register;
delete lib.flowStartingPoints;

const cover = d.page('Cover', 1);
delete cover.flowStartingPoints;
d.place(cover, [d.F('Cover', [0, 0, 1600, 900], { fill: NAVY }, [d.T('Ironbridge \u2014 Equipment Finance (iPad) \u2014 v0.9', [100, 380, 1400, 70], { s: 56, w: 700, color: '#FFFFFF' })])]);
const arch = d.page('Archive \u2014 do not use', 50);
delete arch.flowStartingPoints;
d.place(arch, [d.screen('Registration (2024)', W, H, [header('Application'), d.T('Apply now', [M, 140, CW, 30], { s: 24, w: 700 })])]);
const [plib, pflow, pcover, parch] = d.pages;
d.pages = [pcover, pflow, plib, parch];

const json = d.toJSON({ name: 'Ironbridge iPad application', lastModified: '2026-08-30T19:55:02Z', version: '2150662213' });
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Equipment finance application for construction firms on iPad, formal wording: registration, applicant and equipment steps, an overview hub centred on document upload with a strength meter, an overflow menu leading to a data-access authorisation screen, confirmation, prefilled financial summary and a linked-records page; the application-received email sits on the flow page. Links use transitionNodeID; the page sets prototypeStartNodeID.',
  present: ['funnel.greeting-email', 'funnel.prefill', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.alternatives', 'connection.view-live', 'connection.refresh'],
  absent: ['funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.connection-guide', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.delete', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Email frame on the flow page: numbered 1-2-3 with step 2 authorising access to the accounting records, and a button "Authorise access to my records".',
    'funnel.three-actions': 'Registration → Applicant → Equipment → Overview → More menu → Authorisation: five steps.',
    'funnel.cta-visible': 'The only in-app way to the authorisation is "Integrations & data feeds" inside the More ▾ overflow menu; the overview promotes document upload.',
    'funnel.prefill': 'Financial summary "populated from your accounting records": EIN, address, revenue, contact.',
    'value.three-part': 'The authorisation screen states what is retrieved and how it is protected but never what the applicant gains; its main button is a formal "Grant Authorisation".',
    'value.progress-meter': '"Application strength" bar (Moderate) on the overview.',
    'privacy.data-scope': 'General ledger, AR/AP ledgers and bank transactions; retrieved only, nothing written back.',
    'privacy.trust-language': '"transmitted over encrypted connections and shall not be disclosed to any third party without … written consent".',
    'privacy.consent-action': 'Checkbox with acceptance of the Data Access Terms plus a PDF link, before "Grant Authorisation".',
    'privacy.disconnect-anytime': '"may withdraw this authorisation at any time".',
    'privacy.statistics': '"more than 12,500 contractor businesses using 256-bit encryption".',
    'privacy.support-contacts': 'Footer on every app screen: Loan Officer phone, email and service request.',
    'privacy.powered-by': 'Only a hidden layer.',
    'platform.accurate-branding': 'Bare "QuickBooks", "Sage" with grey placeholder logos.',
    'platform.grouped-categories': 'Accounting platforms and banks in one unlabelled radio list.',
    'platform.alternatives': 'Upload supporting documents (PDF, XLSX, scans) on the overview.',
    'connection.view-live': 'Linked records: platform, company, first and most recent retrieval, records, currency.',
    'connection.refresh': '"Request Updated Data".',
    'connection.delete': 'No remove or revoke control on linked records.',
  },
  flow: { startFrameId: S.register, connectFrameId: S.authorise, stepsToConnect: 5, deadEnds: [S.terms] },
};
const r = validate(json, truth, { connectFrames: [S.authorise, S.email] });
if (r.errs.length) throw new Error(r.errs.join('\n'));
writeOut(new URL('..', import.meta.url).pathname, NAME, json, truth);
process.stdout.write(`${NAME}: nodes=${r.count} screens=${r.screens} P=${r.present} A=${r.absent}\n`);

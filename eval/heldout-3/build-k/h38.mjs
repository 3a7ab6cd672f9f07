// h38: progress billing for contractors, iPad portrait 834x1194, formal US copy, legacy prototype links.
import {
  reset, setPage, F, G, R, V, T, SEC, COMP, old, back, url, btnFrame, btnGroup, btnInst,
  linkText, searchField, logo, checkbox, divider, screen, canvas, solid, writeFile,
} from './lib.mjs';

reset();
const W = 834; const H = 1194;
const INK = '#14213d'; const MUTED = '#52607a'; const BRAND = '#c2410c'; const STEEL = '#334155';

// ---------- page 1: library
setPage(1);
const lib = canvas('Library', [
  COMP('Button / Primary', 'primary', 0, 0, 240, 48, { fills: [solid(BRAND)], cornerRadius: 4 }, [T('Button', 16, 14, 208, { s: 16, w: 600, c: '#ffffff' })]),
  COMP('Stepper', 'stepper', 0, 80, 640, 40, { fills: [] }, [T('Step 1 of 5', 0, 0, 200, { s: 13 })]),
  COMP('Checkbox', 'cb', 0, 160, 20, 20, { fills: [solid('#ffffff')], strokes: [solid(STEEL)], cornerRadius: 2 }, []),
]);

// ---------- page 2: tablet flow (no prototype start set)
setPage(2);
const header = (title) => F('Header', 0, 0, W, 72, { fills: [solid(INK)], layoutMode: 'HORIZONTAL', paddingLeft: 32, itemSpacing: 16 }, [
  G(undefined, 32, 22, 180, 28, [V('Vector', 0, 0, 28, 28, { fills: [solid(BRAND)] }), T('BILLSMITH', 38, 4, 140, { s: 16, w: 700, c: '#ffffff' })]),
  T(title, 260, 26, 400, { s: 15, c: '#cbd5e1' }),
]);
const stepper = (n) => F('Stepper', 64, 100, 706, 48, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 8 }, [
  T(`Step ${n} of 5`, 0, 0, 300, { s: 13, w: 600, c: MUTED }),
  F(undefined, 0, 26, 706, 8, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 6 },
    [1, 2, 3, 4, 5].map((i) => R(undefined, (i - 1) * 142, 0, 136, 8, { fills: [solid(i <= n ? BRAND : '#e2e8f0')], cornerRadius: 2 }))),
]);
const field = (label, value, x, y, w, filled = true) => F(undefined, x, y, w, 72, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 6 }, [
  T(label, 0, 0, w, { s: 13, w: 600, c: INK }),
  F(undefined, 0, 24, w, 44, { fills: [solid('#ffffff')], strokes: [solid('#cbd5e1')], cornerRadius: 4 }, [T(value, 12, 12, w - 24, { s: 15, c: filled ? INK : '#94a3b8' })]),
]);

// 1 create account (reads as sign-up)
const createBtn = btnInst('Create Account', 'primary', 0, 330, 500, 52, { bg: BRAND, r: 4, name: 'Button / Primary' });
old(createBtn, 'verify');
const tos = linkText('Terms of Service', 178, 396, 140, { s: 13, c: BRAND, underline: true });
old(tos, 'terms');
const signup = screen('Create Account', 'signup', 0, 0, W, H, [
  header(''),
  F(undefined, 167, 200, 500, 460, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    T('Create Your Account', 0, 0, 500, { s: 28, w: 700, c: INK }),
    T('Progress billing and lien waivers for general and specialty contractors.', 0, 46, 500, { s: 15, c: MUTED, lines: 2 }),
    field('Business Email', 'estimating@halversonbuilders.com', 0, 100, 500),
    field('Password', '••••••••••••', 0, 184, 500),
    T('Minimum 12 characters.', 0, 262, 500, { s: 12, c: MUTED }),
    createBtn,
    T('By creating an account you agree to the', 0, 396, 178, { s: 13, c: MUTED, lines: 2 }),
    tos,
  ]),
  T('Existing customer? Sign In', 317, 1100, 200, { s: 14, c: BRAND }),
], { layout: false });

// 2 verify
const verifyBtn = btnFrame('Verify', 167, 420, 500, 52, { bg: BRAND, r: 4 });
old(verifyBtn, 'company');
const verify = screen('Verify Email', 'verify', 934, 0, W, H, [
  header(''),
  T('Verify Your Email Address', 167, 200, 500, { s: 26, w: 700, c: INK }),
  T('A six-digit verification code has been sent to estimating@halversonbuilders.com.', 167, 244, 500, { s: 15, c: MUTED, lines: 2 }),
  field('Verification Code', '', 167, 310, 500, false),
  verifyBtn,
], { layout: false });

// 3 company profile
const next3 = btnFrame('Next', 590, 1080, 180, 48, { bg: BRAND, r: 4 });
old(next3, 'license');
const company = screen('Company Profile', 'company', 1868, 0, W, H, [
  header('Account Setup'), stepper(2),
  F(undefined, 64, 180, 706, 600, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 }, [
    T('Company Profile', 0, 0, 706, { s: 24, w: 700, c: INK }),
    field('Legal Business Name', 'Enter legal name', 0, 50, 706, false),
    field('Federal EIN', 'XX-XXXXXXX', 0, 134, 340, false),
    field('Primary Trade', 'Select trade ▾', 0, 218, 340, false),
    field('Business Address', 'Street, City, State, ZIP', 0, 302, 706, false),
  ]),
  next3,
], { layout: false });

// 4 license & insurance
const next4 = btnFrame('Next', 590, 1080, 180, 48, { bg: BRAND, r: 4 });
old(next4, 'integration');
const later4 = linkText('Complete Later', 64, 1094, 160, { c: MUTED });
old(later4, 'dash');
const license = screen('License & Insurance', 'license', 2802, 0, W, H, [
  header('Account Setup'), stepper(3),
  F(undefined, 64, 180, 706, 600, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 }, [
    T('License & Insurance', 0, 0, 706, { s: 24, w: 700, c: INK }),
    field('Contractor License No.', 'e.g. CSLB 1048823', 0, 50, 706, false),
    field('General Liability Carrier', 'Carrier name', 0, 134, 706, false),
    field('Policy Expiration', 'MM/DD/YYYY', 0, 218, 340, false),
    F(undefined, 0, 310, 706, 120, { fills: [solid('#f8fafc')], strokes: [solid('#cbd5e1')], cornerRadius: 4 }, [T('Upload Certificate of Insurance (PDF)', 220, 50, 300, { s: 14, c: BRAND })]),
  ]),
  later4, next4,
], { layout: false });

// 5 accounting integration (connect)
function sysTile(name, ref, x, y, target) {
  const t = F(undefined, x, y, 220, 120, { fills: [solid('#ffffff')], strokes: [solid('#cbd5e1')], cornerRadius: 4, layoutMode: 'VERTICAL', counterAxisAlignItems: 'CENTER', itemSpacing: 10, paddingTop: 20 }, [
    logo(86, 20, 48, ref), T(name, 10, 80, 200, { s: 15, w: 600, c: INK, align: 'CENTER' }),
  ]);
  if (target) old(t, target);
  return t;
}
const laterInt = linkText('Complete Later', 64, 1094, 160, { c: MUTED });
old(laterInt, 'dash');
const guide = linkText('Integration Setup Guide (PDF)', 64, 760, 300, { s: 14, c: BRAND, underline: true });
url(guide, 'https://help.billsmith.com/guides/accounting-integration.pdf');
const csvAlt = T('Accounting system not listed? Export pay applications (AIA G702/G703) as CSV for manual import.', 64, 700, 706, { s: 14, c: MUTED, lines: 2 });
const integration = screen('Accounting Integration', 'integration', 3736, 0, W, H, [
  header('Account Setup'), stepper(4),
  F(undefined, 64, 180, 706, 500, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    T('Integrate Your Accounting System', 0, 0, 706, { s: 24, w: 700, c: INK }),
    T('Select your accounting system to continue.', 0, 44, 706, { s: 15, c: MUTED }),
    F(undefined, 0, 90, 706, 400, { fills: [], layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 23, counterAxisSpacing: 23 },
      [['QuickBooks', 'qbk1'], ['Sage', 'sge2'], ['Foundation', 'fnd3'], ['Viewpoint', 'vpt4'], ['Xero', 'xro5'], ['Other', 'oth6']]
        .map(([n, r], i) => sysTile(n, r, (i % 3) * 243, Math.floor(i / 3) * 143, n === 'Other' ? null : 'authorize'))),
  ]),
  csvAlt, guide, laterInt,
]);

// 6 authorization notice (overlay-style frame reached by legacy link)
const proceed = btnFrame('Proceed to Intuit', 40, 420, 300, 48, { bg: BRAND, r: 4 });
old(proceed, 'intuit');
const cancelAuth = btnFrame('Cancel', 356, 420, 160, 48, { bg: '#ffffff', fg: INK, r: 4, props: { strokes: [solid('#cbd5e1')] } });
back(cancelAuth);
const authorize = screen('Authorization Notice', 'authorize', 3736, 1294, 560, 500, [
  T('Authorization Required', 40, 40, 480, { s: 22, w: 700, c: INK }),
  T('You will be directed to Intuit to sign in and authorize access. Upon completion, you will be returned to Billsmith.', 40, 84, 480, { s: 15, c: INK, lines: 3 }),
  T('Data exchanged: Billsmith will export approved invoices, retainage and change orders to your general ledger, and import job cost codes, customers and vendor records from it.', 40, 160, 480, { s: 14, c: MUTED, lines: 4 }),
  T('The integration may be disconnected at any time from Company Settings › Integrations.', 40, 260, 480, { s: 14, c: MUTED, lines: 2 }),
  T('Secured with 256-bit encryption', 40, 320, 480, { s: 13, c: MUTED, visible: false }),
  proceed, cancelAuth,
], { layout: false });

// 7 Intuit (third party)
const intuitGo = btnFrame('Connect', 167, 700, 500, 48, { bg: '#0077c5', r: 4 });
old(intuitGo, 'review');
const intuit = screen('Intuit Sign In', 'intuit', 4670, 0, W, H, [
  logo(367, 160, 100, 'intu7'),
  T('Sign in to connect Billsmith', 167, 300, 500, { s: 22, w: 600, c: '#393a3d', align: 'CENTER' }),
  field('Email or user ID', '', 167, 360, 500, false),
  field('Password', '', 167, 450, 500, false),
  T('Billsmith will be able to read and write accounting data for Halverson Builders, Inc.', 167, 560, 500, { s: 13, c: '#6b6c72', lines: 2 }),
  intuitGo,
], { bg: '#f4f5f8', layout: false });

// 8 review (prefilled)
const finish = btnInst('Finish Setup', 'primary', 590, 1080, 180, 48, { bg: BRAND, r: 4 });
old(finish, 'dash');
const review = screen('Review Company Information', 'review', 5604, 0, W, H, [
  header('Account Setup'), stepper(5),
  F(undefined, 64, 180, 706, 640, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 }, [
    T('Review Company Information', 0, 0, 706, { s: 24, w: 700, c: INK }),
    F(undefined, 0, 46, 706, 44, { fills: [solid('#eff6ff')], cornerRadius: 4 }, [T('The following information was imported from QuickBooks. Please verify before continuing.', 12, 12, 680, { s: 14, c: '#1e40af' })]),
    field('Legal Business Name', 'Halverson Builders, Inc.', 0, 104, 706),
    field('Federal EIN', '91-1730452', 0, 188, 340),
    field('Business Address', '2210 N. Commerce Way, Tacoma, WA 98421', 0, 272, 706),
    field('Fiscal Year Start', 'January', 0, 356, 340),
    field('Accounts Payable Contact', 'Marsha Okafor · ap@halversonbuilders.com', 0, 440, 706),
  ]),
  finish,
]);

// 9 dashboard (projects)
const nav = (active) => F('Nav', 0, 72, W, 56, { fills: [solid('#ffffff')], strokes: [solid('#e2e8f0')], layoutMode: 'HORIZONTAL', itemSpacing: 32, paddingLeft: 32 },
  ['Projects', 'Pay Applications', 'Change Orders', 'Company Settings', 'Help'].map((n, i) => {
    const t = T(n, 32 + i * 150, 18, 140, { s: 14, w: n === active ? 700 : 400, c: n === active ? BRAND : STEEL });
    const dest = { Projects: 'dash', 'Pay Applications': 'payapp', 'Company Settings': 'settings', Help: 'support' }[n];
    if (dest && n !== active) old(t, dest);
    return t;
  }));
const salesRep = btnGroup('Connect with a Sales Representative', 474, 1100, 300, 44, { bg: '#ffffff', fg: BRAND, r: 4 });
const dash = screen('Projects', 'dash', 0, 1294, W, H, [
  header('Halverson Builders, Inc.'), nav('Projects'),
  T('Active Projects', 32, 160, 500, { s: 24, w: 700, c: INK }),
  F(undefined, 32, 210, 770, 480, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 },
    [['Riverside Medical Office Bldg.', '$4,820,000', '62% billed'], ['Pier 7 Warehouse Retrofit', '$1,150,000', '18% billed'], ['Lakewood Elementary Gym', '$2,300,000', '91% billed']].map(([p, v, b], i) =>
      F(undefined, 0, i * 100, 770, 88, { fills: [solid('#ffffff')], strokes: [solid('#e2e8f0')], cornerRadius: 4, layoutMode: 'HORIZONTAL', paddingLeft: 20 }, [
        F(undefined, 20, 16, 500, 56, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 4 }, [T(p, 0, 0, 500, { s: 16, w: 600, c: INK }), T(`Contract ${v} · ${b}`, 0, 26, 500, { s: 13, c: MUTED })]),
        T('Delete Project', 640, 32, 110, { s: 13, c: '#b91c1c' }),
      ]))),
  salesRep,
]);

// 10 pay application with contextual prompt
const ctxLink = btnFrame('Connect Accounting', 540, 20, 200, 40, { bg: INK, r: 4 });
old(ctxLink, 'integration');
const payapp = screen('Pay Application #7', 'payapp', 934, 1294, W, H, [
  header('Riverside Medical Office Bldg.'), nav('Pay Applications'),
  F(undefined, 32, 150, 770, 80, { fills: [solid('#fff7ed')], strokes: [solid('#fdba74')], cornerRadius: 4 }, [
    T('Job cost codes are not synchronized. Connect your accounting system to populate the Schedule of Values automatically.', 20, 14, 500, { s: 14, c: INK, lines: 3 }),
    ctxLink,
  ]),
  T('Application and Certificate for Payment (G702)', 32, 260, 770, { s: 20, w: 700, c: INK }),
  F(undefined, 32, 300, 770, 500, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 0 },
    [['01-100 General Conditions', '$212,000', '68%'], ['03-300 Cast-in-Place Concrete', '$640,500', '100%'], ['05-120 Structural Steel — ProLink Supply Co.', '$488,000', '74%'], ['09-250 Gypsum Board', '$301,200', '22%']].map(([c, v, p], i) =>
      F(undefined, 0, i * 56, 770, 56, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 16 }, [
        T(c, 0, 18, 380, { s: 14, c: INK }), T(v, 400, 18, 120, { s: 14, c: INK }), T(p, 540, 18, 60, { s: 14, c: INK }),
        T('Remove Line Item', 620, 18, 140, { s: 12, c: '#b91c1c' }), divider(0, 55, 770),
      ]))),
  T('Retainage (10%)        $164,170.00\nCurrent Payment Due    $311,480.00', 32, 1040, 500, { s: 15, w: 600, c: INK, lines: 2, font: 'Roboto Mono' }),
], { layout: false });

// 11 settings / integrations
const syncNow = btnFrame('Sync Now', 470, 28, 120, 40, { bg: '#ffffff', fg: INK, r: 4, props: { strokes: [solid('#cbd5e1')] } });
const disc = btnFrame('Disconnect', 606, 28, 130, 40, { bg: '#ffffff', fg: '#b91c1c', r: 4, props: { strokes: [solid('#fca5a5')] } });
const settings = screen('Company Settings – Integrations', 'settings', 1868, 1294, W, H, [
  header('Company Settings'), nav('Company Settings'),
  T('Integrations', 32, 160, 500, { s: 24, w: 700, c: INK }),
  F(undefined, 32, 210, 770, 200, { fills: [solid('#ffffff')], strokes: [solid('#e2e8f0')], cornerRadius: 4, layoutMode: 'VERTICAL', paddingLeft: 20, paddingTop: 20 }, [
    F(undefined, 20, 20, 740, 96, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 16 }, [
      logo(0, 24, 48, 'qbk1'),
      F(undefined, 64, 14, 380, 76, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 4 }, [
        T('QuickBooks', 0, 0, 380, { s: 16, w: 700, c: INK }),
        T('Connected 03/02/2026 by M. Okafor\nLast synchronized 03/14/2026 4:12 PM (PST)\nCompany: Halverson Builders, Inc.', 0, 24, 380, { s: 12, c: MUTED, lines: 3 }),
      ]),
      syncNow, disc,
    ]),
    T('Synchronization log: 214 invoices exported · 38 cost codes imported', 20, 140, 700, { s: 13, c: MUTED }),
  ]),
  F(undefined, 32, 450, 770, 120, { fills: [solid('#fef2f2')], cornerRadius: 4 }, [
    T('Close Company Account', 20, 20, 400, { s: 16, w: 700, c: '#991b1b' }),
    T('Permanently delete this company and all project records.', 20, 50, 600, { s: 13, c: '#991b1b' }),
  ]),
]);

// 12 support
const supBack = linkText('‹ Back', 32, 150, 80, { c: BRAND });
back(supBack);
const support = screen('Help & Support', 'support', 2802, 1294, W, H, [
  header('Help & Support'),
  supBack,
  T('Contact Customer Support', 32, 200, 700, { s: 24, w: 700, c: INK }),
  F(undefined, 32, 250, 770, 220, { fills: [solid('#f8fafc')], cornerRadius: 4, layoutMode: 'VERTICAL', paddingLeft: 24, paddingTop: 24, itemSpacing: 12 }, [
    T('Phone: (800) 555-0147, Monday–Friday, 6:00 a.m.–5:00 p.m. PT', 24, 24, 700, { s: 15, c: INK }),
    T('Email: support@billsmith.com', 24, 56, 700, { s: 15, c: INK }),
    linkText('Submit a Support Ticket', 24, 88, 300, { s: 15, c: BRAND, underline: true }),
  ]),
  T('Enterprise Accounts', 32, 510, 700, { s: 18, w: 700, c: INK }),
  T('A mutual non-disclosure agreement (MNDA) is available upon request prior to sharing financial records. Contact your account manager.', 32, 544, 770, { s: 14, c: MUTED, lines: 2 }),
], { layout: false });

// 13 terms (dead end)
const terms = screen('Terms of Service', 'terms', 3736, 2588, W, H, [
  header('Terms of Service'),
  T('Billsmith Terms of Service', 32, 120, 770, { s: 24, w: 700, c: INK }),
  T('Effective March 1, 2026', 32, 160, 770, { s: 13, c: MUTED }),
  T('1. Acceptance of Terms. By accessing the Service you agree to be bound by these Terms.\n2. Subscription. Fees are billed annually in advance. You may cancel anytime; fees are non-refundable.\n3. Customer Data. You retain all rights to data you submit to the Service.\n4. Limitation of Liability. …', 32, 200, 770, { s: 14, c: INK, lines: 8 }),
], { layout: false });

// hidden earlier iteration of the integration step
const hiddenAlt = screen('Accounting Integration – alt A', 'hiddenAlt', 4670, 1294, W, H, [
  header('Account Setup'),
  searchField('Search integrations', 64, 160, 706, { r: 4 }),
  G(undefined, 64, 230, 500, 20, [checkbox(0, 0, 'rect'), T('I authorize Billsmith to access my accounting data.', 30, 1, 460, { s: 13, c: INK })]),
], { layout: false, visible: false });

const flow = canvas('iPad – Setup Flow', [
  SEC('Account Setup', 0, 0, 6538, 1294, [signup, verify, company, license, integration, intuit, review]),
  dash, payapp, settings, support, authorize, hiddenAlt, terms,
]);
// the legacy page has no flowStartingPoints/prototypeStartNodeID at all
delete flow.flowStartingPoints;
delete flow.prototypeStartNodeID;

// ---------- page 3: archive
setPage(3);
const archive = canvas('Archive (do not use)', [
  F('Login v0', 0, 0, W, H, { fills: [solid('#ffffff')] }, [T('Sign In', 300, 400, 234, { s: 28, w: 700, c: INK }), btnFrame('Sign In', 267, 480, 300, 48, { bg: STEEL, r: 4 })]),
]);

writeFile('h38-construction-invoicing-tablet', [lib, flow, archive], '2025-11-20T19:03:55Z', {
  figmaName: 'Billsmith iPad — Contractor Setup', version: '3877120044', kind: 'onboarding',
  description: 'iPad portrait (834x1194) setup flow for a progress-billing product for general and specialty contractors, in formal US English, wired with legacy transitionNodeID links and no prototype starting point. Account creation, email verification, company profile and license steps lead to an accounting-integration step, an authorization notice, an Intuit sign-in mock and a review step prefilled from QuickBooks; the app shows projects, a G702 pay application with an in-context prompt, company settings with the live integration, help and support, and a terms page with no way out.',
  present: [
    'funnel.cta-visible', 'funnel.prefill', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.alternatives', 'platform.non-linear',
    'connection.view-live', 'connection.delete', 'connection.refresh',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.social-proof', 'value.three-part', 'value.faq-link',
    'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.powered-by',
    'platform.accurate-branding', 'platform.search', 'platform.multiple-connections', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.cta-visible': 'The integration step is a full step of setup with large system tiles; the app also prompts from the pay application.',
    'funnel.three-actions': 'Create Account → Verify → Company Profile → License & Insurance → Accounting Integration is four steps.',
    'funnel.prefill': 'Review step: "The following information was imported from QuickBooks" with name, EIN, address, fiscal year and AP contact filled.',
    'value.three-part': 'The ask is only "Select your accounting system to continue." — no benefit statement near it.',
    'value.contextual-ctas': 'Pay application banner "Connect your accounting system to populate the Schedule of Values" with a button.',
    'value.faq-link': 'No FAQ or learn-more link near the ask (only a setup-guide PDF).',
    'value.progress-meter': 'Five-segment "Step n of 5" stepper.',
    'privacy.data-scope': 'Authorization notice lists what is exported to and imported from the general ledger.',
    'privacy.trust-language': 'Only a hidden layer mentions encryption; no reassurance copy is visible.',
    'privacy.consent-action': 'No checkbox in the visible flow; the consent box exists only on a hidden alternative frame.',
    'privacy.disconnect-anytime': '"The integration may be disconnected at any time from Company Settings › Integrations."',
    'privacy.connection-guide': '"Integration Setup Guide (PDF)" link on the integration step.',
    'privacy.support-contacts': 'Phone, email and ticket form on Help & Support.',
    'privacy.mutual-nda': 'MNDA offered on request for enterprise accounts.',
    'platform.explain-redirect': '"You will be directed to Intuit to sign in and authorize access. Upon completion, you will be returned to Billsmith."',
    'platform.accurate-branding': 'Bare names "QuickBooks" and "Sage" without Online/Desktop or product line.',
    'platform.search': 'No search over the six tiles (only on the hidden alternative).',
    'platform.alternatives': '"Accounting system not listed? Export pay applications (AIA G702/G703) as CSV".',
    'platform.non-linear': '"Complete Later" on the license and integration steps.',
    'platform.multiple-connections': 'A single accounting connection; no add-another or pending states.',
    'connection.view-live': 'Settings shows QuickBooks with connected date, last synchronized time, company and a sync log.',
    'connection.delete': '"Disconnect" button in Company Settings.',
    'connection.refresh': '"Sync Now" button.',
    'connection.syncing-indicator': 'No in-progress sync state is drawn.',
    'platform.grouped-categories': 'Left unlabelled: only one integration type (accounting).',
  },
  start: 'signup', connect: 'integration', steps: 4, deadEnds: ['terms'], connectFrames: ['integration', 'payapp'], signUp: 'signup',
});

// d19: UK small-business lender, iPhone 375x812; the owner can hand the connection step to their accountant. No prototype start set.
import { reseed, F, G, R, V, T, I, COMP, CSET, col, row, btnFrame, btnInst, btnGroup, link, checkRow, statusBar, screen, build } from './lib.mjs';

reseed(1919);
const W = 375; const H = 812; const CW = 335;
const ink = '#0E1B2C'; const sub = '#58657A'; const teal = '#0F766E';
const top = (title, back) => F(null, [0, 44, W, 44], [
  ...(back ? [V('Vector', [16, 12, 20, 20], { stroke: ink, go: [{ back: 1 }] })] : []),
  T(title, [60, 12, 255, 20], { fs: 17, fw: 600, c: ink, align: 'CENTER' }),
  V('Vector', [W - 40, 12, 22, 22], { stroke: ink, go: [{ to: 's_help' }], name: 'icon/help' }),
]);
const pg = (key, name, x, y, title, parts, o = {}) => screen(key, name, x * (W + 60), y * (H + 140), W, H, [
  statusBar(W), top(title, o.back ?? true),
  col(null, 20, 104, CW, o.gap ?? 16, parts),
  ...(o.extra ?? []),
]);
const input = (l, v) => F(null, [0, 0, CW, 52], [T(v ?? l, [14, 16, 300, 20], { fs: 16, c: v ? ink : '#9AA3AF' })], { r: 10, fill: '#F4F6F8' });
const pill = (n) => F(null, [0, 0, CW, 52], [
  E2(n[0]), T(n, [60, 16, 240, 20], { fs: 16, c: ink }),
], { r: 10, stroke: '#E2E6EB', go: [{ to: 's_consent' }] });
function E2(ch) { return G(null, [12, 10, 32, 32], [R(null, [0, 0, 32, 32], { fill: '#E2E6EB', r: 16 }), T(ch, [0, 7, 32, 18], { fs: 14, fw: 700, c: sub, align: 'CENTER' })]); }
const main = (label, go, o = {}) => btnInst(label, 'c_cta', [0, 0, CW, 52], { fill: teal, r: 26, go: [{ to: go }], ...o });

const flow = [
  pg('s_signup', 'Create account', 0, 0, '', [
    T('Funding for UK businesses,\u00a0decided in a day', [0, 0, CW, 64], { fs: 26, fw: 700, c: ink }),
    input('Full name'), input('Work email'), input('Create a password'),
    main('Create account', 's_about'),
    btnFrame('Continue with LinkedIn', [0, 0, CW, 52], { fill: '#FFFFFF', tc: ink, stroke: '#C9D0D8', r: 26 }),
    T('By continuing you accept our terms.', [0, 0, CW, 18], { fs: 12, c: sub, align: 'CENTER' }),
  ], { back: false }),
  pg('s_about', 'About you', 1, 0, 'Your business', [
    T('What kind of business is it?', [0, 0, CW, 28], { fs: 20, fw: 700, c: ink }),
    ...['Limited company', 'Sole trader', 'Partnership / LLP'].map((t) => F(null, [0, 0, CW, 52], [T(t, [16, 16, 280, 20], { fs: 16, c: ink })], { r: 10, stroke: '#C9D0D8' })),
    input('Trading name'),
    main('Next', 's_amount'),
  ]),
  pg('s_amount', 'Amount', 2, 0, 'Your loan', [
    T('How much are you looking for?', [0, 0, CW, 28], { fs: 20, fw: 700, c: ink }),
    T('£45,000', [0, 0, CW, 48], { fs: 40, fw: 700, c: teal, align: 'CENTER' }),
    G(null, [0, 0, CW, 24], [R(null, [0, 10, CW, 4], { fill: '#E2E6EB', r: 2 }), R(null, [0, 10, 140, 4], { fill: teal, r: 2 }), R(null, [128, 0, 24, 24], { fill: '#FFFFFF', stroke: teal, r: 12 })]),
    T('Over 24 months · from 0.9% a month', [0, 0, CW, 20], { fs: 14, c: sub, align: 'CENTER' }),
    main('Next', 's_connect'),
  ]),
  pg('s_connect', 'Show us your numbers', 3, 0, 'Step 3 of 4', [
    T('Show\u200b us your numbers', [0, 0, CW, 32], { fs: 24, fw: 700, c: ink }),
    T('1  Get a decision today instead of next week — no forms of figures to fill in.\n2  We read your accounts and bank transactions once to check cash flow and repayments you can afford. Read-only; we never move money.\n3  Tap “Connect accounts” and choose your software and bank.', [0, 0, CW, 150], { fs: 14, c: ink }),
    F(null, [0, 0, CW, 72], [
      T('Application strength', [14, 12, 200, 18], { fs: 13, fw: 600, c: ink }),
      T('Fair', [CW - 60, 12, 46, 18], { fs: 13, fw: 600, c: '#B45309', align: 'RIGHT' }),
      R(null, [14, 40, CW - 28, 8], { fill: '#E2E6EB', r: 4 }),
      R(null, [14, 40, 100, 8], { fill: '#F59E0B', r: 4 }),
      T('Each account you add makes it stronger', [14, 52, 300, 16], { fs: 11, c: sub }),
    ], { r: 12, fill: '#F4F6F8' }),
    main('Connect accounts', 's_pick'),
    G(null, [0, 0, CW, 44], [
      R(null, [0, 0, CW, 44], { fill: '#FFFFFF', stroke: teal, r: 22 }),
      T('Send this step to my accountant', [10, 12, CW - 20, 20], { fs: 15, fw: 600, c: teal, align: 'CENTER' }),
    ], { go: [{ to: 's_handoff' }] }),
    row(null, 0, 0, 20, 16, [
      link('Upload statements instead', [0, 0, 190, 20], { c: teal, go: [{ to: 's_upload' }] }),
      link('Prefer an NDA first?', [0, 0, 129, 20], { c: sub, go: [{ to: 's_nda' }] }),
    ]),
    F(null, [0, 0, CW, 60], [
      T('★★★★★  Excellent on Trustpilot', [12, 8, 300, 18], { fs: 13, fw: 600, c: ink }),
      T('“Had the money in two days. Our accountant did the linking.” — Owen, Cardiff bakery', [12, 28, 311, 30], { fs: 11, c: sub }),
    ], { r: 10, fill: '#F0FDF9' }),
  ], { gap: 12 }),
  pg('s_pick', 'Choose', 4, 0, 'Connect', [
    T('Accounting software', [0, 0, CW, 22], { fs: 17, fw: 700, c: ink }),
    ...['Xero', 'QuickBooks', 'Sage', 'FreeAgent'].map(pill),
    T('Business bank accounts', [0, 0, CW, 22], { fs: 17, fw: 700, c: ink }),
    ...['Barclays', 'NatWest', 'Starling'].map(pill),
  ], { gap: 10 }),
  pg('s_consent', 'Before you connect', 5, 0, 'Xero', [
    T('Fernbrook will see, read-only:', [0, 0, CW, 22], { fs: 17, fw: 700, c: ink }),
    T('· Profit and loss, balance sheet and aged debtors\n· 24 months of invoices and bank transactions\nNothing is changed in Xero and no payments can be made.', [0, 0, CW, 96], { fs: 14, c: ink }),
    T('Xero will open next. Log in there, press Allow access, and you’ll be brought back to finish your application.', [0, 0, CW, 60], { fs: 14, c: sub }),
    T('Fernbrook is authorised by the FCA. Your data is encrypted and never passed to third parties without your say-so. Trusted by 18,000+ UK firms.', [0, 0, CW, 60], { fs: 13, c: sub }),
    checkRow('I agree to Fernbrook reading this data as set out in the Privacy Policy', [0, 0, CW, 40]),
    link('Privacy Policy', [30, 0, 120, 18], { u: true, fs: 13 }),
    main('Continue', 's_prefill'),
    row(null, 0, 0, 20, 6, [R(null, [0, 2, 16, 16], { fill: 'img:railgate01', r: 3 }), T('Powered by Railgate', [0, 2, 200, 16], { fs: 12, c: sub })]),
  ], { gap: 12 }),
  pg('s_prefill', 'Check details', 6, 0, 'Nearly there', [
    T('We’ve pulled these from Xero', [0, 0, CW, 28], { fs: 20, fw: 700, c: ink }),
    ...[['Registered name', 'Tŷ Bara Ltd'], ['Company number', '11873204'], ['VAT number', 'GB 318 4472 09'], ['Turnover (last 12 months)', '£612,400'], ['Registered office', '14 Castle Arcade, Cardiff CF10 1BU']].map(([l, v]) => F(null, [0, 0, CW, 58], [T(l, [14, 8, 300, 16], { fs: 12, c: sub }), T(v, [14, 28, 300, 20], { fs: 16, c: ink })], { r: 10, fill: '#F4F6F8' })),
    main('Looks right', 's_checklist'),
  ]),
  pg('s_checklist', 'Application', 0, 1, 'Your application', [
    T('Almost ready to send', [0, 0, CW, 28], { fs: 20, fw: 700, c: ink }),
    F(null, [0, 0, CW, 56], [T('Xero', [14, 18, 200, 20], { fs: 16, c: ink }), F(null, [CW - 110, 16, 96, 24], [T('Connected ✓', [8, 4, 80, 16], { fs: 12, fw: 600, c: '#166534' })], { r: 12, fill: '#DCFCE7' })], { r: 10, stroke: '#E2E6EB' }),
    F(null, [0, 0, CW, 56], [T('Business bank', [14, 18, 200, 20], { fs: 16, c: ink }), F(null, [CW - 110, 16, 96, 24], [T('Waiting on you', [8, 4, 80, 16], { fs: 12, fw: 600, c: '#92400E' })], { r: 12, fill: '#FEF3C7' })], { r: 10, stroke: '#E2E6EB' }),
    link('+ Add another bank account', [0, 0, CW, 20], { c: teal, go: [{ to: 's_pick' }] }),
    main('Send application', 's_sent_app'),
  ]),
  pg('s_sent_app', 'Submitted', 1, 1, '', [
    T('Application sent 🎉', [0, 0, CW, 32], { fs: 24, fw: 700, c: ink }),
    T('We’ll be in touch by 5pm. Questions before then? Talk to us on 0800\u00a0048\u00a07720 or hello@fernbrook.co.uk.', [0, 0, CW, 60], { fs: 15, c: sub }),
  ], { back: false }),
  pg('s_handoff', 'Invite accountant', 2, 1, 'Hand it over', [
    T('Let your accountant do this bit', [0, 0, CW, 56], { fs: 22, fw: 700, c: ink }),
    T('We’ll email them a secure link to connect your books and bank. You’ll see when it’s done.', [0, 0, CW, 44], { fs: 14, c: sub }),
    input('Accountant’s email'), input('Add a note (optional)'),
    main('Send invite', 's_invited'),
    T('Finish later', [0, 0, CW, 20], { fs: 14, c: sub, align: 'CENTER', go: [{ to: 's_connect' }] }),
  ]),
  pg('s_invited', 'Invite sent', 3, 1, '', [
    T('Invite on its way', [0, 0, CW, 32], { fs: 24, fw: 700, c: ink }),
    T('We’ve emailed priya@ashbyaccounts.co.uk. We’ll nudge them in two days.', [0, 0, CW, 44], { fs: 15, c: sub }),
    main('Back to my application', 's_connect'),
  ], { back: false }),
  pg('s_upload', 'Upload statements', 4, 1, 'Upload instead', [
    T('Upload 6 months of bank statements', [0, 0, CW, 56], { fs: 22, fw: 700, c: ink }),
    F(null, [0, 0, CW, 160], [V('Vector', [150, 40, 36, 36], { stroke: sub }), T('PDFs from your online banking', [20, 96, 295, 20], { fs: 14, c: sub, align: 'CENTER' })], { r: 12, stroke: '#C9D0D8', fill: '#F4F6F8' }),
    main('Upload', 's_checklist'),
  ]),
  pg('s_nda', 'NDA', 5, 1, 'Confidentiality', [
    T('Want a mutual NDA?', [0, 0, CW, 28], { fs: 20, fw: 700, c: ink }),
    T('Some owners like one in place before sharing figures. We’ll sign our standard mutual NDA, or yours.', [0, 0, CW, 60], { fs: 14, c: sub }),
    btnGroup('Download mutual NDA', [0, 0, CW, 48], { fill: ink, r: 24 }),
    link('Back to connecting', [0, 0, CW, 20], { go: [{ to: 's_connect' }] }),
  ]),
  pg('s_help', 'Help sheet', 6, 1, 'Talk to us', [
    T('We’re here 8am–8pm, Mon–Sat', [0, 0, CW, 22], { fs: 16, c: ink }),
    ...['📞  0800\u00a0048\u00a07720', '✉️  hello@fernbrook.co.uk', '💬  Live chat'].map((t) => F(null, [0, 0, CW, 52], [T(t, [14, 16, 300, 20], { fs: 16, c: ink })], { r: 10, stroke: '#E2E6EB' })),
    link('Back', [0, 0, CW, 20], { go: [{ back: 1 }] }),
    T('Delete my data', [0, 0, CW, 20], { fs: 14, c: '#B91C1C', hidden: true }),
  ]),
];

const comps = [
  CSET('cta', [0, 0, 760, 110], [
    COMP('cta/primary', [20, 20, 335, 52], [T('Label', [16, 16, 303, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_cta', fill: teal, r: 26, go: [{ to: 'c_cta_p', nav: 'CHANGE_TO', hover: 1 }] }),
    COMP('cta/pressed', [400, 20, 335, 52], [T('Label', [16, 16, 303, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_cta_p', fill: '#115E59', r: 26 }),
  ]),
  F('Docs', [0, 160, 600, 200], [
    T('Usage: one cta/primary per screen. Hover → pressed.', [20, 20, 560, 20], { fs: 14 }),
    I('cta/primary', 'c_cta', [20, 60, 335, 52], [T('Connect accounts', [16, 16, 303, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })]),
  ]),
];
const archive = [screen('a_old', 'Connect (v1, unused)', 0, 0, W, H, [
  statusBar(W),
  T('Connect your bank to continue', [20, 120, CW, 60], { fs: 24, fw: 700, c: ink }),
  btnFrame('Connect', [20, 700, CW, 52], { fill: teal, r: 26 }),
])];

const r = build('d19-accountant-referral-mobile', {
  name: 'Fernbrook – apply flow (iOS)', lastModified: '2026-11-03T14:02:57Z', font: 'SF Pro Text',
  pages: [
    { name: 'Apply flow', prefix: 3, kids: flow },
    { name: 'Components', prefix: 9, kids: comps },
    { name: 'Archive — do not use', prefix: 14, kids: archive },
  ],
}, {
  kind: 'onboarding', flowPage: 0, signupKey: 's_signup',
  description: 'UK small-business lender on iPhone: account, business type, loan amount, then a "show us your numbers" screen where the owner connects accounting software and a bank, hands the step to their accountant, or uploads statements; consent, prefilled company details and an application checklist. No prototype starting point is set.',
  connectCandidates: ['s_connect', 's_pick', 's_consent', 's_checklist'],
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections'],
  absent: ['funnel.greeting-email', 'value.contextual-ctas', 'value.faq-link', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'platform.accurate-branding', 'platform.search', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'No starting point; from the create-account screen: business type → amount → "Show us your numbers" in three steps.',
    'funnel.social-proof': 'Trustpilot rating with a customer quote on the connect screen.',
    'funnel.prefill': 'Registered name, company and VAT numbers, turnover and office shown as pulled from Xero.',
    'value.three-part': 'A numbered 1–3 list in one text: faster decision, data read once for affordability (read-only), tap "Connect accounts".',
    'value.progress-meter': '"Application strength" meter that grows with each account added.',
    'privacy.data-scope': 'Consent screen lists the reports and 24 months of transactions read, nothing changed, no payments.',
    'privacy.statistics': '"Trusted by 18,000+ UK firms" beside the encryption statement.',
    'privacy.support-contacts': 'Phone, email and live chat on the help sheet; phone and email again after submitting.',
    'privacy.powered-by': '"Powered by Railgate" with a mark under the consent button.',
    'privacy.mutual-nda': '"Prefer an NDA first?" leads to a mutual NDA screen.',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" on grey initial circles, no logos or product names.',
    'platform.alternatives': '"Upload statements instead" leads to a PDF statement upload.',
    'platform.non-linear': '"Send this step to my accountant" invite and "Finish later".',
    'platform.multiple-connections': 'Checklist with "Connected ✓" and "Waiting on you" pills and "+ Add another bank account".',
    'connection.view-live': 'No view of live connections beyond the application checklist pills; no sync dates.',
    'connection.delete': 'No disconnect control; the only "Delete my data" text is a hidden layer.',
    'privacy.disconnect-anytime': 'Nothing says access can be withdrawn later.',
  },
});
console.log(JSON.stringify(r));

// d51: farm grant applications, desktop 1280x800. Connect prompt is step 5 of a long wizard with a step sidebar.
import { makeDoc, writeTruth, WRITTEN_BY } from './lib.mjs';

const NAME = 'd51-farm-grants-desktop';
const d = makeDoc(NAME);
const { F, T, R, V, E, I, S, go, hover, back, close, url, component, componentSet, newPage, addPage, chip, btnFrame, btnInst, btnGroup, linkText, checkbox, searchField, logo } = d;
const W = 1280; const H = 800;
const GREEN = '#1F5130'; const WHEAT = '#F3EBD3';

newPage();
addPage('Cover', [F('Cover', 0, 0, 1600, 900, { fill: GREEN }, [
  T('Grow Fund — online application', 100, 360, 1300, 64, { size: 56, weight: 700, color: '#FFFFFF', font: 'Lora' }),
  T('Discovery → Alpha · desktop 1280', 100, 440, 800, 28, { size: 22, color: WHEAT }),
])]);

newPage();
const goDefault = component('Variant=Primary, State=Default', 'Wizard primary', 20, 20, 220, 48, { fill: GREEN, r: 0 }, [T('Label', 16, 15, 188, 18, { color: '#FFFFFF', weight: 700 })]);
const goHover = component('Variant=Primary, State=Hover', '', 20, 80, 220, 48, { fill: '#143A22', r: 0 }, [T('Label', 16, 15, 188, 18, { color: '#FFFFFF', weight: 700 })]);
hover(goDefault, goHover);
const stepComp = component('Sidebar step', 'Step row', 300, 20, 260, 44, {}, [T('Step', 40, 12, 200, 18)]);
const tick = component('tick', 'Tickbox', 600, 20, 20, 20, { stroke: '#0B0C0C', r: 0 });
addPage('Components', [componentSet('Button', 40, 40, 260, 148, [goDefault, goHover]), stepComp, tick]);

newPage();
addPage('Archive (do not use)', [F('Accounts step v1', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Upload your accounts', 80, 80, 600, 36, { size: 28, weight: 700 }),
  R('Rectangle 77', 80, 140, 600, 300, { fill: '#EEEEEE' }),
])]);

newPage();
const page = (name, x, y) => F(name, x, y, W, H, { fill: '#FFFFFF' });
const signup = page('Create account', 0, 0);
const s1 = page('Frame 101', 0, 0); const s2 = page('Frame 102', 1400, 0); const s3 = page('Frame 103', 2800, 0);
const s4 = page('Frame 104', 4200, 0); const s5 = page('Step 5 — Accounts', 5600, 0);
const xero = page('Xero consent', 0, 1000); const reading = page('Frame 107', 1400, 1000); const review = page('Step 5 — review', 2800, 1000);
const s6 = page('Frame 109', 4200, 1000); const s7 = page('Frame 110', 5600, 1000); const done = page('Submitted', 7000, 1000);
const rules = page('Eligibility rules', 1400, 0);
const invite = F('Invite accountant (overlay)', 2800, 0, 560, 480, { fill: '#FFFFFF', stroke: '#B1B4B6' });
const saved = page('Saved', 4200, 0);
const email = F('Email – application started', 80, 80, 640, 980, { fill: '#FFFFFF' });

const STEPS = ['Farm business', 'Land and holdings', 'Your project', 'Costs', 'Accounts', 'Declarations', 'Check and submit'];
const sidebar = (current) => F('Frame 90', 0, 72, 300, H - 72, { fill: '#F3F2F1', layout: 'VERTICAL', pad: 24, gap: 4 }, [
  T('Application GF-24-0193', 24, 24, 252, 18, { size: 13, color: '#505A5F' }),
  F('Auto layout', 24, 56, 252, 320, { layout: 'VERTICAL', gap: 4 }, STEPS.map((s, i) => I('Sidebar step', stepComp, 0, i * 46, 252, 44, { fill: i + 1 === current ? '#FFFFFF' : undefined }, [
    E('Ellipse', 8, 12, 20, 20, { fill: i + 1 < current ? GREEN : i + 1 === current ? '#FFFFFF' : '#B1B4B6', stroke: GREEN }),
    T(`${i + 1}. ${s}`, 40, 12, 160, 18, { size: 14, weight: i + 1 === current ? 700 : 400 }),
    ...(s === 'Accounts' ? [chip('Recommended', 180, 8, { fill: WHEAT, color: '#594D00', w: 64 })] : []),
  ]))),
]);
const header = () => F('Header', 0, 0, W, 72, { fill: GREEN, layout: 'HORIZONTAL', pad: 24, gap: 12 }, [
  V('Crest', 24, 20, 32, 32, { fill: WHEAT }), T('Grow Fund', 66, 24, 200, 24, { size: 20, weight: 700, color: '#FFFFFF', font: 'Lora' }),
]);
const field = (label, value, y, filled = false) => F('Frame', 0, y, 560, 76, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, 560, 20, { size: 16, weight: 700 }),
  F('Input', 0, 28, 560, 44, { stroke: '#0B0C0C', layout: 'HORIZONTAL', pad: 10 }, [T(value, 10, 12, 540, 20, { size: 16, color: filled ? '#0B0C0C' : '#6F777B' })]),
]);
const cont = (dest, label = 'Save and continue') => { const b = btnInst(label, goDefault, 0, 0, 220, 48, { fill: GREEN, name: 'Button' }); go(b, dest); return b; };
const stepScreen = (frame, n, title, kids) => {
  frame.children = [header(), sidebar(n), F('Auto layout', 348, 104, 880, 660, { layout: 'VERTICAL', gap: 20 }, [
    T(`Step ${n} of 7`, 0, 0, 300, 18, { size: 14, color: '#505A5F' }),
    T(title, 0, 24, 880, 40, { size: 32, weight: 700, font: 'Lora' }),
    ...kids,
  ])];
};

// 0 create account
const c0 = btnFrame('Create account and start', 0, 0, 280, 48, { fill: GREEN, r: 0 });
go(c0, s1);
const rulesLink = linkText('Read the eligibility rules', 0, 0, 220, { underline: true, color: '#1D70B8' });
go(rulesLink, rules);
signup.children = [header(), F('Auto layout', 140, 120, 600, 600, { layout: 'VERTICAL', gap: 16 }, [
  T('Apply for a Grow Fund grant', 0, 0, 600, 44, { size: 36, weight: 700, font: 'Lora' }),
  T('Grants of £1,000 to £25,000 for equipment, slurry storage and hedgerows. Applications close 30 September.', 0, 56, 600, 48, { size: 17 }),
  field('Email address', '', 120), field('Create a password', '', 200), field('Single Business Identifier (SBI)', '9 digits', 280),
  c0, rulesLink,
]), R('Rectangle 5', 820, 120, 380, 520, { image: 'tractorfield' })];

// wizard steps 1–4
stepScreen(s1, 1, 'Your farm business', [
  field('Business name', 'e.g. Hollins Farm Partnership', 0), field('Business type', 'Select', 0),
  F('Frame', 0, 0, 600, 32, { layout: 'HORIZONTAL', gap: 8 }, ['Sole trader', 'Partnership', 'Limited company', 'Tenant'].map((t, i) => chip(t, i * 130, 0))),
  cont(s2),
]);
stepScreen(s2, 2, 'Land and holdings', [
  field('Total farmed area (hectares)', '', 0), field('County Parish Holding number', '00/000/0000', 0),
  F('Frame', 0, 0, 600, 32, { layout: 'HORIZONTAL', gap: 8 }, ['Arable', 'Dairy', 'Beef & sheep', 'Mixed', 'Horticulture'].map((t, i) => chip(t, i * 120, 0))),
  cont(s3),
]);
stepScreen(s3, 3, 'Your project', [
  T('Which grant are you applying for?', 0, 0, 600, 22, { size: 18, weight: 700 }),
  F('Frame', 0, 0, 880, 120, { layout: 'HORIZONTAL', gap: 16 }, [['Farming equipment', 'Up to £25,000'], ['Slurry infrastructure', 'Up to £25,000'], ['Hedgerows & boundaries', 'Up to £5,000']].map(([t, s], i) =>
    F('Frame', i * 290, 0, 274, 120, { stroke: '#B1B4B6', layout: 'VERTICAL', pad: 16, gap: 6 }, [T(t, 16, 16, 240, 22, { size: 16, weight: 700 }), chip(s, 16, 50, { fill: WHEAT, color: '#594D00' })]))),
  field('Describe the project in a sentence', '', 0),
  cont(s4),
]);
stepScreen(s4, 4, 'Costs', [
  F('Frame', 0, 0, 880, 200, { layout: 'VERTICAL', gap: 8 }, ['Item', 'Supplier quote', 'Amount (£)'].map((h, i) => F('Frame', 0, i * 52, 880, 44, { stroke: '#B1B4B6', layout: 'HORIZONTAL', pad: 10 }, [T(h, 10, 12, 400, 20, { weight: i === 0 ? 700 : 400 })]))),
  linkText('+ Add an item', 0, 0, 120, { color: '#1D70B8' }),
  cont(s5),
]);

// step 5 (connect frame)
const tile = (nm, x) => { const t = F('Frame', x, 0, 200, 64, { stroke: '#B1B4B6', layout: 'HORIZONTAL', pad: 12, gap: 10 }, [logo(nm, 12, 16), T(nm, 54, 14, 136, 36, { size: 14, weight: 700 })]); go(t, xero); return t; };
const mainCta = btnFrame('Connect accounts software', 0, 0, 300, 48, { fill: GREEN, r: 0, name: 'Comp / Action / Large' });
go(mainCta, xero);
const pdf = linkText('No accounts software? Upload your last two years\u2019 accounts as PDFs', 0, 0, 520, { underline: true, color: '#1D70B8' });
go(pdf, review);
const later = linkText('Save and come back later', 0, 0, 200, { underline: true, color: '#1D70B8' });
go(later, saved);
const ask = linkText('Ask your accountant to connect', 0, 0, 240, { underline: true, color: '#1D70B8' });
go(ask, invite, 'OVERLAY');
const whyLink = linkText('Why do we ask for this?', 0, 0, 200, { underline: true, color: '#1D70B8' });
url(whyLink, 'https://growfund.example.gov.uk/guidance/accounts-faq');
const guideLink = linkText('Step-by-step: connecting Sage 50 Accounts or Xero', 0, 0, 380, { underline: true, color: '#1D70B8' });
url(guideLink, 'https://growfund.example.gov.uk/guidance/connect-accounts');
const meter = (pct, label) => F('Application strength', 0, 0, 420, 44, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, 420, 18, { size: 14, weight: 700 }),
  F('Frame', 0, 26, 420, 12, { fill: '#DEE0E2' }, [R('Rectangle', 0, 0, Math.round(420 * pct), 12, { fill: '#00703C' })]),
]);
stepScreen(s5, 5, 'Your farm accounts', [
  meter(0.55, 'Application strength: fair — connecting accounts raises it to strong'),
  F('Frame 120', 0, 0, 880, 150, { fill: WHEAT, layout: 'VERTICAL', pad: 16, gap: 6 }, [
    T('Skip the paperwork and get a quicker decision: assessors see your turnover and profit straight from your books, so there are no statements to scan.', 16, 16, 848, 44, { size: 16 }),
    T('We read your profit and loss and balance sheet for the last two financial years from your accounts software. Nothing is written back to it.', 16, 66, 848, 44, { size: 16 }),
    F('Frame', 16, 112, 400, 20, { layout: 'HORIZONTAL' }, [whyLink]),
  ]),
  searchField('Find your accounts software', 0, 0, 420),
  F('Frame 121', 0, 0, 880, 64, { layout: 'HORIZONTAL', gap: 12 }, [tile('Xero', 0), tile('QuickBooks Online', 212), tile('Sage Business Cloud Accounting', 424), tile('Sage 50 Accounts', 636)]),
  T('You\u2019ll go to your software\u2019s website to sign in and approve read-only access, then come back to this step. Figures are encrypted and seen only by the grant assessment team.', 0, 0, 880, 40, { size: 15 }),
  F('Frame 122', 0, 0, 880, 24, { layout: 'HORIZONTAL', gap: 4 }, [checkbox(0, 0, 'I agree to Grow Fund reading my accounts as set out in', 420, { kind: 'instance', comp: tick, h: 20 }), linkText('how we use your data', 0, 0, 180, { underline: true, color: '#1D70B8' })]),
  F('Frame 123', 0, 0, 880, 48, { layout: 'HORIZONTAL', gap: 24 }, [mainCta, later]),
  F('Frame 124', 0, 0, 880, 90, { layout: 'VERTICAL', gap: 8 }, [pdf, ask, guideLink]),
  T('Help with your application: 03000 200 301 (Mon–Fri, 8:30am–5pm) · grants@growfund.example.gov.uk · Web chat', 0, 0, 880, 20, { size: 14, color: '#505A5F' }),
  T('You can disconnect at any time.', 0, 0, 400, 18, { visible: false }),
  T('Trusted by 8,000 farms', 0, 0, 400, 18, { visible: false }),
]);

// third party consent
const allow = btnFrame('Allow access', 0, 0, 180, 44, { fill: '#13B5EA', r: 22 });
go(allow, reading);
const cancelX = linkText('Cancel', 0, 0, 80);
back(cancelX);
xero.children = [F('Auto layout', 390, 120, 500, 520, { fill: '#FFFFFF', stroke: '#D7DDE3', r: 8, layout: 'VERTICAL', pad: 32, gap: 16 }, [
  logo('Xero', 32, 32, 'image', 48),
  T('Grow Fund would like to access Hollins Farm Partnership', 32, 96, 436, 56, { size: 20, weight: 700 }),
  T('• View your reports (read only)\n• View your organisation details', 32, 160, 436, 48, { size: 14 }),
  F('Frame', 32, 440, 436, 44, { layout: 'HORIZONTAL', gap: 16 }, [cancelX, allow]),
])];

// reading (syncing)
const next7 = btnGroup('Continue', 348, 400, 220, 48, { fill: GREEN, r: 0 });
go(next7.children[0], review);
reading.children = [header(), sidebar(5), F('Auto layout', 348, 160, 600, 200, { layout: 'VERTICAL', gap: 16 }, [
  E('Spinner', 0, 0, 48, 48, { stroke: GREEN }),
  T('Reading your accounts from Xero…', 0, 64, 600, 28, { size: 22, weight: 700 }),
  T('This usually takes under a minute.', 0, 100, 600, 20, { size: 16, color: '#505A5F' }),
]), next7];

// review (prefilled)
stepScreen(review, 5, 'Check your business details', [
  chip('Filled in from Xero', 0, 0, { fill: '#CCE2D8', color: '#005A30', w: 150 }),
  field('Turnover, year ending 31 March 2024', '£412,380', 0, true),
  field('Net profit, year ending 31 March 2024', '£38,915', 0, true),
  field('VAT registration number', 'GB 284 5519 02', 0, true),
  field('Registered address', 'Hollins Farm, Kirkby Lonsdale, LA6 2QH', 0, true),
  cont(s6),
]);

// declarations
stepScreen(s6, 6, 'Declarations', [
  checkbox(0, 0, 'I understand the grant may be recovered if the equipment is sold within five years.', 700, { kind: 'instance', comp: tick }),
  checkbox(0, 0, 'The information I have given is correct to the best of my knowledge.', 700, { kind: 'instance', comp: tick }),
  cont(s7),
]);
stepScreen(s7, 7, 'Check your answers', [
  ...STEPS.slice(0, 6).map((s) => F('Frame', 0, 0, 880, 44, { stroke: '#B1B4B6', layout: 'HORIZONTAL', pad: 10 }, [T(s, 10, 12, 400, 20, { weight: 700 }), T('Change', 800, 12, 60, 20, { color: '#1D70B8', underline: true })])),
  cont(done, 'Submit application'),
]);
done.children = [header(), F('Auto layout', 340, 160, 600, 300, { fill: '#00703C', layout: 'VERTICAL', pad: 32, gap: 12 }, [
  T('Application submitted', 32, 32, 536, 40, { size: 32, weight: 700, color: '#FFFFFF' }),
  T('Reference GF-24-0193', 32, 84, 536, 24, { size: 20, color: '#FFFFFF' }),
])];

// eligibility rules: dead end
const bkR = linkText('Back', 0, 0, 60, { underline: true });
back(bkR);
rules.children = [header(), F('Auto layout', 140, 104, 900, 640, { layout: 'VERTICAL', gap: 16 }, [
  bkR, T('Who can apply', 0, 30, 900, 40, { size: 32, weight: 700, font: 'Lora' }),
  T('1  You farm at least 5 hectares in England\n2  You are registered with the Rural Payments service\n3  You have not received this grant in the last 3 years', 0, 90, 900, 90, { size: 17 }),
])];

// invite overlay
const sendInv = btnFrame('Send invite', 0, 0, 160, 44, { fill: GREEN, r: 0 });
go(sendInv, s5);
const xI = V('Close', 520, 20, 20, 20, { stroke: '#0B0C0C' });
close(xI);
invite.children = [xI, F('Auto layout', 32, 40, 496, 400, { layout: 'VERTICAL', gap: 14 }, [
  T('Ask your accountant', 0, 0, 496, 32, { size: 24, weight: 700 }),
  T('We\u2019ll email them a secure link to connect your accounts for this application.', 0, 40, 496, 40, { size: 15 }),
  field('Accountant\u2019s email', '', 0), chip('LinkAgri Advisers (your agent)', 0, 0, { w: 220 }), sendInv,
])];

// saved
const resume = btnFrame('Return to application', 0, 0, 240, 48, { fill: GREEN, r: 0 });
go(resume, s5);
saved.children = [header(), F('Auto layout', 140, 140, 700, 400, { layout: 'VERTICAL', gap: 16 }, [
  T('Your application is saved', 0, 0, 700, 40, { size: 32, weight: 700, font: 'Lora' }),
  T('We\u2019ve emailed you a link. Drafts are kept for 28 days.', 0, 52, 700, 24, { size: 17 }),
  resume, T('Delete this application', 0, 160, 240, 20, { size: 15, color: '#D4351C', underline: true }),
])];

// greeting email (in a section, unlinked)
const eBtn = btnFrame('Connect your accounts', 0, 0, 260, 44, { fill: GREEN, r: 0 });
email.children = [F('Auto layout', 40, 40, 560, 900, { layout: 'VERTICAL', gap: 18 }, [
  T('Grow Fund', 0, 0, 200, 28, { size: 22, weight: 700, font: 'Lora', color: GREEN }),
  T('Your application GF-24-0193 has started', 0, 44, 560, 32, { size: 22, weight: 700 }),
  T('Three things get most applications decided within six weeks:', 0, 90, 560, 24, { size: 15 }),
  T('1.\u00A0Tell us about your farm\n2.\u00A0Connect your accounts software (or upload PDFs)\n3.\u00A0Check and submit', 0, 124, 560, 80, { size: 15 }),
  eBtn,
  T('Prefer to do it later? Your draft is saved for 28 days. Connect accounts now →', 0, 270, 560, 40, { size: 14, color: '#1D70B8' }),
])];

addPage('Apply – desktop', [
  signup,
  S('Wizard', 1400, 0, 7000, 900, [s1, s2, s3, s4, s5]),
  S('After connecting', 0, 1000, 8400, 900, [xero, reading, review, s6, s7, done]),
  S('Side routes', 8600, 0, 5700, 900, [rules, invite, saved]),
  S('Emails', 8600, 1000, 800, 1100, [email]),
], { flows: [{ node: signup, name: 'Apply' }, { node: s5, name: 'Resume at accounts' }] });
// frames inside sections sit relative to the section
signup._rel.x = 0;
[s1, s2, s3, s4, s5].forEach((f, i) => { f._rel.x = 40 + i * 1380; f._rel.y = 50; });
[xero, reading, review, s6, s7, done].forEach((f, i) => { f._rel.x = 40 + i * 1380; f._rel.y = 50; });
[rules, saved].forEach((f, i) => { f._rel.x = 40 + i * 1380 + (i ? 1380 : 0); f._rel.y = 50; });
invite._rel.x = 1420; invite._rel.y = 50;
signup._rel.y = -1000;

d.write(new URL(`../${NAME}.json`, import.meta.url), { name: 'Grow Fund – Apply (Alpha)', lastModified: '2025-08-02T14:19:31Z', version: '7702915408' });

writeTruth(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Desktop (1280x800) farm grant application: create account, then a seven-step wizard with a step sidebar; step 5 asks the farm to connect its accounts software with a value panel, strength meter, search, tickbox consent, PDF fallback, save-for-later and accountant invite; connected figures prefill the next screen. Sections group the wizard, post-connect screens, side routes and the welcome email.',
  present: ['funnel.greeting-email', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear',
    'connection.syncing-indicator'],
  absent: ['funnel.three-actions', 'funnel.social-proof', 'value.contextual-ctas', 'privacy.disconnect-anytime', 'privacy.statistics',
    'privacy.powered-by', 'privacy.mutual-nda', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'Create account then four wizard steps: the accounts step is five clicks in.',
    'value.three-part': 'Wheat panel: quicker decision without scanning statements (value), P&L and balance sheet for two years read only (use), one "Connect accounts software" button (next).',
    'value.progress-meter': 'Application-strength bar on the accounts step, which connecting raises; the sidebar step list adds a step counter.',
    'funnel.prefill': 'Review screen shows turnover, profit, VAT number and address "Filled in from Xero".',
    'platform.non-linear': '"Save and come back later" and "Ask your accountant to connect".',
    'privacy.disconnect-anytime': 'The disconnect sentence on step 5 is a hidden layer.',
    'privacy.statistics': 'The "Trusted by 8,000 farms" line is hidden; the visible figures are grant amounts.',
    'privacy.consent-action': 'Tickbox with a "how we use your data" link above the connect button; the declaration tickboxes on step 6 are look-alikes.',
    'platform.grouped-categories': 'Left unlabelled: only one integration type (accounts software), so grouping does not apply.',
  },
  flow: { startFrameId: signup.id, connectFrameId: s5.id, stepsToConnect: 5, deadEnds: [rules.id] },
});

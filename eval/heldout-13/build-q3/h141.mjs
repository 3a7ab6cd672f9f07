// h141: payroll for UK dental practices, desktop 1440 wide, settings-first onboarding.
import { Doc, solid, go, act, write } from './lib.mjs';

const NAME = 'h141-dentist-practice-payroll-desktop';
const d = new Doc('Incisor Payroll — onboarding v4 (practice systems)', '2025-04-11T10:22:31Z');
const INK = '#1d2433'; const MUTED = '#5b6475'; const TEAL = '#0f766e'; const W = 1440; const H = 900;

// ---- components page (page 3), built first so instances can point at it
d.newPage(3);
const btnDefault = d.component('Property 1=Default', 160, 44, [d.text('Button', 0, 12, 160, { size: 15, weight: 600, color: '#ffffff', align: 'CENTER' })], { fill: TEAL });
const btnHover = d.component('Property 1=Hover', 160, 44, [d.text('Button', 0, 12, 160, { size: 15, weight: 600, color: '#ffffff', align: 'CENTER' })], { fill: '#115e59' });
btnHover.absoluteBoundingBox.x = 200;
go(btnDefault, btnHover, 'CHANGE_TO', 'ON_HOVER');
const btnSet = d.node('COMPONENT_SET', 'cta/primary', 40, 40, 400, 120, { fills: [] }, [btnDefault, btnHover]);
d.registerSet(btnSet, 'Primary action');
d.components[btnDefault.id].componentSetId = btnSet.id; d.components[btnHover.id].componentSetId = btnSet.id;
const ghost = d.component('Comp / Action / Ghost', 140, 40, [d.text('Action', 0, 10, 140, { size: 14, weight: 500, color: TEAL, align: 'CENTER' })], { fill: '#ffffff' });
ghost.absoluteBoundingBox.x = 40; ghost.absoluteBoundingBox.y = 220;
const badge = d.component('Tag', 90, 24, [d.text('Label', 0, 4, 90, { size: 12, weight: 600, color: '#065f46', align: 'CENTER' })], { fill: '#d1fae5', radius: 12 });
badge.absoluteBoundingBox.x = 240; badge.absoluteBoundingBox.y = 220;
const compChildren = [btnSet, ghost, badge, d.text('Buttons, tags. Do not detach.', 40, 300, 400, { size: 14, color: MUTED })];

// ---- cover (page 1)
d.newPage(1);
const cover = d.screen('Cover', 0, 0, 1920, 1080, [
  d.rect('Rectangle 1', 0, 0, 1920, 1080, { fills: solid('#0f766e') }),
  d.text('Incisor Payroll', 160, 380, 1200, { size: 96, weight: 700, color: '#ffffff' }),
  d.text('Onboarding v4 · practice systems\nStatus: ready for dev handoff', 160, 520, 1200, { size: 32, color: '#ccfbf1' }),
]);
d.canvas('📘 Cover', [cover]);

// ---- flow page (page 2)
d.newPage(2);
const T = (s, x, y, w, o) => d.text(s, x, y, w, o);
function sidebar(active) {
  const items = ['Overview', 'Pay runs', 'Team', 'Integrations', 'Pension & HMRC', 'Settings'];
  const nodes = items.map((l) => d.row(l === active ? 'Frame 88' : 'Frame ' + (60 + d.n), 0, 0, 40, [
    d.vector('Vector', 0, 0, 18, 18, { fills: solid(l === active ? TEAL : '#9aa3b2') }),
    T(l, 0, 0, 170, { size: 14, weight: l === active ? 600 : 400, color: l === active ? TEAL : MUTED }),
  ], { pad: 12, gap: 12, w: 216, radius: 8, fill: l === active ? '#ecfdf5' : undefined }));
  const col = d.col('Auto layout', 12, 88, 216, nodes, { gap: 4 });
  return { frame: d.frame('Sidebar', 0, 0, 240, H, { fills: solid('#f8fafc'), strokes: solid('#e2e8f0'), strokeWeight: 1 }, [
    d.row('Logo lockup', 20, 24, 40, [d.vector('Vector', 0, 0, 28, 28, { fills: solid(TEAL) }), T('Incisor', 0, 0, 120, { size: 20, weight: 700, color: INK })], { gap: 10 }),
    col,
  ]), items: nodes };
}
function topbar(title) {
  return d.frame('Top bar', 240, 0, W - 240, 64, { fills: solid('#ffffff'), strokes: solid('#e2e8f0'), strokeWeight: 1 }, [
    T(title, 32, 20, 600, { size: 15, weight: 500, color: MUTED }),
    d.ellipse('Ellipse 3', W - 240 - 56, 16, 32, 32, { fills: solid('#99f6e4') }),
    T('Greenside Dental', W - 240 - 220, 22, 150, { size: 14, color: INK, align: 'RIGHT' }),
  ]);
}
const support = () => T('Stuck? Ring us on 0161 496 0872 (Mon–Fri, 8–6) · help@incisorpay.co.uk · Raise a support ticket', 0, 0, 900, { size: 13, color: MUTED });

// A. Create account
const createBtn = d.btnInstance('Create account', btnDefault.id, 400, 48, { name: 'cta/primary', fill: TEAL });
const pricingLink = d.link('See pricing', 90, { color: TEAL, underline: true });
const signInLink = d.link('Sign in', 60, { color: TEAL });
const formCol = d.col('Frame 12', 880, 140, 400, [
  T('Create your practice account', 0, 0, 400, { size: 28, weight: 700, color: INK }),
  T('Run payroll for associates, nurses and reception from one place.', 0, 0, 400, { size: 15, color: MUTED, lines: 2 }),
  ...['Your name', 'Practice name', 'Work email', 'Password'].map((l) => d.col('Input', 0, 0, 400, [
    T(l, 0, 0, 400, { size: 13, weight: 500, color: INK }),
    d.rect('Rectangle ' + (30 + d.n), 0, 0, 400, 44, { fills: solid('#ffffff'), strokes: solid('#cbd5e1'), strokeWeight: 1, cornerRadius: 8 }),
  ], { gap: 6 })),
  createBtn,
  d.row('Frame 19', 0, 0, 20, [T('Already with us?', 0, 0, 120, { size: 14, color: MUTED }), signInLink, T('·', 0, 0, 10, { size: 14, color: MUTED }), pricingLink], { gap: 6 }),
], { gap: 18 });
const quote = d.col('Frame 7', 80, 520, 560, [
  T('“We used to spend two evenings a month reconciling associate pay. Now it’s a coffee break.”', 0, 0, 560, { size: 22, weight: 500, color: '#ffffff', lines: 3 }),
  d.row('Frame 8', 0, 0, 48, [d.ellipse('Ellipse 1', 0, 0, 44, 44, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'b41c0d7a9e2f' }] }),
    T('Priya Shah\nPractice Manager, Harbourside Dental Group', 0, 0, 380, { size: 14, color: '#ccfbf1' })], { gap: 12 }),
], { gap: 20 });
const A = d.screen('Create account', 0, 0, W, H, [
  d.frame('Frame 2', 0, 0, 720, H, { fills: solid(TEAL) }, [
    d.row('Logo', 80, 64, 40, [d.vector('Vector', 0, 0, 32, 32, { fills: solid('#ffffff') }), T('Incisor Payroll', 0, 0, 200, { size: 22, weight: 700, color: '#ffffff' })], { gap: 10 }),
    T('Payroll that understands\nUDAs, sessions and splits.', 80, 220, 560, { size: 40, weight: 700, color: '#ffffff' }),
    quote,
  ]),
  formCol,
]);

// K. Sign in
const signInBtn = d.btnFrame('Sign in', 400, 48, { fill: TEAL });
const K = d.screen('Sign in', 0, 0, W, H, [
  d.col('Frame 31', 520, 220, 400, [
    T('Welcome back', 0, 0, 400, { size: 28, weight: 700, color: INK }),
    d.rect('Rectangle 40', 0, 0, 400, 44, { fills: solid('#ffffff'), strokes: solid('#cbd5e1'), strokeWeight: 1, cornerRadius: 8 }),
    d.rect('Rectangle 41', 0, 0, 400, 44, { fills: solid('#ffffff'), strokes: solid('#cbd5e1'), strokeWeight: 1, cornerRadius: 8 }),
    signInBtn,
    d.link('Forgotten your password?', 200, { color: TEAL }),
  ], { gap: 16 }),
]);

// P. Pricing (dead end)
const plan = (n, p, f) => d.col('Frame ' + (200 + d.n), 0, 0, 360, [
  T(n, 0, 0, 312, { size: 20, weight: 700, color: INK }), T(p, 0, 0, 312, { size: 32, weight: 700, color: TEAL }),
  T(f, 0, 0, 312, { size: 14, color: MUTED, lines: 4 }),
], { pad: 24, gap: 12, fill: '#ffffff', radius: 12, stroke: '#e2e8f0' });
const P = d.screen('Pricing', 0, 0, W, H, [
  T('Simple pricing per practice', 120, 100, 800, { size: 36, weight: 700, color: INK }),
  T('Monthly rolling contract — cancel anytime. Prices exclude VAT.', 120, 160, 800, { size: 16, color: MUTED }),
  d.row('Frame 210', 120, 240, 300, [plan('Single site', '£49/mo', 'Up to 25 staff\nRTI submissions\nPension auto-enrolment'),
    plan('Group', '£129/mo', 'Up to 5 sites\nAssociate split rules\nPriority phone line'),
    plan('Corporate', 'Talk to us', 'Unlimited sites\nDedicated onboarding')], { gap: 24 }),
], '#f8fafc');

// B. Settings / Practice details
const sbB = sidebar('Settings');
const saveB = d.btnInstance('Save and continue', btnDefault.id, 200, 44, { name: 'Property 1=Default', fill: TEAL });
const field = (l, v) => d.col('Input', 0, 0, 480, [T(l, 0, 0, 480, { size: 13, weight: 500, color: INK }),
  d.frame('Frame ' + (400 + d.n), 0, 0, 480, 44, { fills: solid('#ffffff'), strokes: solid('#cbd5e1'), strokeWeight: 1, cornerRadius: 8 }, [T(v, 14, 12, 440, { size: 14, color: v.startsWith('e.g') ? '#94a3b8' : INK })])], { gap: 6 });
const B = d.screen('Settings / Practice details', 0, 0, W, H, [
  sbB.frame, topbar('Settings › Practice details'),
  d.col('Frame 44', 288, 104, 760, [
    T('Practice details', 0, 0, 760, { size: 26, weight: 700, color: INK }),
    T('These appear on payslips and your RTI submissions to HMRC.', 0, 0, 760, { size: 15, color: MUTED }),
    d.col('Frame 45', 0, 0, 760, [field('Legal name', 'e.g. Greenside Dental Ltd'), field('Companies House number', 'e.g. 01234567'),
      field('PAYE reference', 'e.g. 123/AB45678'), field('Registered address', 'e.g. 14 High Street, Leeds')], { gap: 16, pad: 24, fill: '#ffffff', radius: 12, stroke: '#e2e8f0' }),
    saveB,
    d.col('Danger zone', 0, 0, 760, [T('Close practice account', 0, 0, 700, { size: 16, weight: 600, color: '#b91c1c' }),
      T('Delete account and all payroll history. This cannot be undone.', 0, 0, 700, { size: 13, color: MUTED }),
      d.btnFrame('Delete account', 160, 36, { fill: '#ffffff', color: '#b91c1c', stroke: '#fecaca', size: 13 })], { gap: 8, pad: 20, radius: 12, stroke: '#fecaca' }),
  ], { gap: 20 }),
], '#f1f5f9');

// C. Settings / Integrations (connect frame)
const sbC = sidebar('Integrations');
const card = (name, ref, sub, label, kind) => {
  const b = kind === 'group' ? d.btnGroup(label, 96, 36, { fill: TEAL, size: 14 }) : d.btnInstance(label, ghost.id, 96, 36, { name: 'Comp / Action / Ghost', fill: '#ffffff', color: TEAL, size: 14 });
  const c = d.row('Frame ' + (600 + d.n), 0, 0, 76, [d.logo(name, 0, 0, 44, 44, ref), d.col('Frame ' + (700 + d.n), 0, 0, 330, [T(name, 0, 0, 330, { size: 15, weight: 600, color: INK }), T(sub, 0, 0, 330, { size: 12, color: MUTED })], { gap: 2 }), b], { pad: 16, gap: 14, w: 540, radius: 10, fill: '#ffffff', stroke: '#e2e8f0' });
  return { c, b };
};
const dentally = card('Dentally', 'img_dentally_7c1', 'Cloud practice management · sessions & UDAs', 'Link', 'group');
const exact = card('Software of Excellence EXACT', 'img_soe_exact_2d', 'Practice management (desktop) · via the SOE connector', 'Link');
const r4 = card('R4+ by Carestream Dental', 'img_r4_carestream', 'Practice management · clinician diaries', 'Link');
const xero = card('Xero', 'img_xero_0a9', 'Accounting · nominal codes & journals', 'Link', 'group');
const qbo = card('QuickBooks Online', 'img_qbo_44e', 'Accounting · not QuickBooks Desktop', 'Link');
const sage = card('Sage Business Cloud Accounting', 'img_sagebca_81', 'Accounting · UK edition', 'Link');
const freeagent = card('FreeAgent', 'img_freeagent_5f', 'Accounting', 'Link');
const mainLink = d.btnInstance('Link your practice software', btnDefault.id, 260, 48, { name: 'cta/primary', fill: TEAL });
const faqC = d.link('Why link? Read the FAQs →', 220, { color: TEAL, underline: true });
const csvLink = d.link('Can’t see your system? Send us a CSV of staff hours instead', 480, { color: TEAL });
const hiddenPowered = T('Powered by Ledgerlink', 0, 0, 200, { size: 12, color: MUTED, visible: false, name: 'powered-by (removed per legal)' });
const C = d.screen('Settings / Integrations', 0, 0, W, H, [
  sbC.frame, topbar('Settings › Integrations'),
  d.col('Frame 60', 288, 96, 1104, [
    d.col('Frame 61', 0, 0, 1104, [
      T('Link your practice systems', 0, 0, 1000, { size: 26, weight: 700, color: INK }),
      T('Pay associates and nurses straight from the hours already in your diary — no month-end spreadsheets.', 0, 0, 1000, { size: 15, color: INK }),
      T('From your practice software we read clinician sessions and UDA counts. From your accounts package we read nominal codes and post each pay run back as a journal.', 0, 0, 1000, { size: 14, color: MUTED, lines: 2 }),
      d.row('Frame 62', 0, 0, 48, [mainLink, faqC], { gap: 24 }),
    ], { gap: 10, pad: 24, fill: '#ecfdf5', radius: 12 }),
    d.search('Search 40+ practice and accounts systems', 540),
    d.row('Frame 63', 0, 0, 420, [
      d.col('Frame 64', 0, 0, 540, [T('Practice management', 0, 0, 540, { size: 18, weight: 600, color: INK }), dentally.c, exact.c, r4.c], { gap: 10 }),
      d.col('Frame 65', 0, 0, 540, [T('Accounting', 0, 0, 540, { size: 18, weight: 600, color: INK }), xero.c, qbo.c, sage.c, freeagent.c], { gap: 10 }),
    ], { gap: 24 }),
    csvLink, support(), hiddenPowered,
  ], { gap: 16 }),
], '#f1f5f9');

// D. Link Xero modal (overlay)
const consent = d.checkbox('I agree to Incisor accessing my Xero organisation as set out in the Data Processing Terms.', 480, { name: 'Frame 77' });
const dpt = d.link('Read the Data Processing Terms', 240, { color: TEAL, underline: true, size: 13 });
const guideLink = d.link('Step-by-step: linking Xero to Incisor', 300, { color: TEAL, underline: true, size: 13 });
const contXero = d.btnInstance('Continue to Xero', btnDefault.id, 200, 44, { name: 'cta/primary', fill: TEAL });
const cancelD = d.btnFrame('Cancel', 120, 44, { fill: '#ffffff', color: INK, stroke: '#cbd5e1' });
const D = d.screen('Link Xero – modal', 0, 0, 560, 640, [
  d.col('Auto layout', 32, 32, 496, [
    d.row('Frame 70', 0, 0, 48, [d.logo('Xero logo', 0, 0, 48, 48, 'img_xero_0a9'), T('Link Xero', 0, 0, 300, { size: 22, weight: 700, color: INK })], { gap: 14 }),
    T('What we’ll use: your chart of accounts and tracking categories are read from Xero. After each pay run we send one summary journal to Xero. Nothing else is changed.', 0, 0, 496, { size: 14, color: INK, lines: 4 }),
    T('Next, you’ll be taken to Xero to log in and approve access. Once approved you’ll land back here automatically.', 0, 0, 496, { size: 14, color: INK, lines: 2 }),
    T('🔒 Your data is encrypted and held in UK data centres. We never pass it on to anyone else without your say-so, and you can unlink Xero whenever you like from Settings › Integrations.', 0, 0, 496, { size: 13, color: MUTED, lines: 3 }),
    consent, dpt, guideLink,
    d.row('Frame 79', 0, 0, 44, [cancelD, contXero], { gap: 12 }),
  ], { gap: 14 }),
]);
act(cancelD, { type: 'CLOSE' });

// E. Xero authorise (third party)
const allow = d.btnFrame('Allow access', 180, 44, { fill: '#13b5ea', radius: 4 });
const E = d.screen('Xero – authorise', 0, 0, W, H, [
  d.rect('Rectangle 90', 0, 0, W, 64, { fills: solid('#13b5ea') }),
  d.col('Frame 91', 470, 160, 500, [
    T('Incisor Payroll wants to access Greenside Dental Ltd', 0, 0, 500, { size: 22, weight: 600, color: INK, lines: 2 }),
    T('• View your chart of accounts\n• Create manual journals', 0, 0, 500, { size: 15, color: INK }),
    d.row('Frame 92', 0, 0, 44, [d.btnFrame('Cancel', 120, 44, { fill: '#ffffff', color: INK, stroke: '#cbd5e1', radius: 4 }), allow], { gap: 12 }),
  ], { gap: 20, pad: 32, fill: '#ffffff', radius: 6, stroke: '#e2e8f0' }),
], '#f4f5f7');

// F. Integrations – linked
const sbF = sidebar('Integrations');
const syncNow = d.btnInstance('Sync now', ghost.id, 110, 36, { name: 'Btn', fill: '#ffffff', color: TEAL, size: 14 });
const unlink = d.link('Unlink', 60, { color: '#b91c1c', size: 14 });
const addAnother = d.btnFrame('+ Link another system', 220, 40, { fill: '#ffffff', color: TEAL, stroke: TEAL, size: 14 });
const toPayRun = d.btnInstance('Go to April pay run', btnDefault.id, 220, 44, { name: 'cta/primary', fill: TEAL });
const checkDetails = d.link('Check practice details we imported', 280, { color: TEAL, underline: true });
const F = d.screen('Integrations – linked', 0, 0, W, H, [
  sbF.frame, topbar('Settings › Integrations'),
  d.col('Frame 100', 288, 96, 1000, [
    T('Your linked systems', 0, 0, 800, { size: 26, weight: 700, color: INK }),
    d.col('Frame 101', 0, 0, 1000, [
      T('Payroll data coverage', 0, 0, 400, { size: 13, weight: 600, color: INK }),
      d.frame('Frame 102', 0, 0, 600, 8, { fills: solid('#e2e8f0'), cornerRadius: 4 }, [d.rect('Rectangle 103', 0, 0, 400, 8, { fills: solid(TEAL), cornerRadius: 4 })]),
      T('2 of 3 sources linked — add your practice software to reach 100%', 0, 0, 600, { size: 12, color: MUTED }),
    ], { gap: 6 }),
    d.row('Frame 104', 0, 0, 92, [d.logo('Xero', 0, 0, 44, 44, 'img_xero_0a9'),
      d.col('Frame 105', 0, 0, 520, [T('Xero — Greenside Dental Ltd', 0, 0, 520, { size: 15, weight: 600, color: INK }),
        T('First synced 3 Apr 2025, 09:12 · Last synced today at 14:06 · GBP', 0, 0, 520, { size: 12, color: MUTED })], { gap: 4 }),
      d.btnInstance('Linked ✓', badge.id, 90, 24, { name: 'Tag', fill: '#d1fae5', color: '#065f46', size: 12 }), syncNow, unlink], { pad: 20, gap: 16, w: 1000, fill: '#ffffff', radius: 10, stroke: '#e2e8f0' }),
    d.row('Frame 106', 0, 0, 92, [d.logo('Dentally', 0, 0, 44, 44, 'img_dentally_7c1'),
      d.col('Frame 107', 0, 0, 520, [T('Dentally', 0, 0, 520, { size: 15, weight: 600, color: INK }),
        T('Waiting for approval from your Dentally site admin', 0, 0, 520, { size: 12, color: '#b45309' })], { gap: 4 }),
      d.btnInstance('Pending', badge.id, 90, 24, { name: 'Tag', fill: '#fef3c7', color: '#92400e', size: 12 })], { pad: 20, gap: 16, w: 1000, fill: '#ffffff', radius: 10, stroke: '#e2e8f0' }),
    d.row('Frame 108', 0, 0, 24, [d.spinner(0, 0), T('Syncing nominal codes from Xero…', 0, 0, 400, { size: 13, color: MUTED })], { gap: 8 }),
    addAnother,
    d.row('Frame 109', 0, 0, 44, [toPayRun, checkDetails], { gap: 24 }),
  ], { gap: 18 }),
], '#f1f5f9');

// G. Unlink confirm
const revoke = d.btnFrame('Unlink and revoke access', 220, 44, { fill: '#b91c1c' });
const keep = d.btnFrame('Keep linked', 140, 44, { fill: '#ffffff', color: INK, stroke: '#cbd5e1' });
const G = d.screen('Unlink Xero?', 0, 0, 520, 300, [
  d.col('Frame 111', 32, 32, 456, [
    T('Unlink Xero?', 0, 0, 456, { size: 22, weight: 700, color: INK }),
    T('We’ll stop reading from Xero and revoke Incisor’s access token. Journals already posted stay in Xero.', 0, 0, 456, { size: 14, color: MUTED, lines: 2 }),
    d.row('Frame 112', 0, 0, 44, [keep, revoke], { gap: 12 }),
  ], { gap: 16 }),
]);
act(keep, { type: 'BACK' });

// H. Help centre
const backHelp = d.link('← Back to Integrations', 200, { color: TEAL });
const H1 = d.screen('Help centre – linking', 0, 0, W, H, [
  d.col('Frame 120', 240, 80, 960, [
    backHelp,
    T('Linking your practice systems', 0, 0, 960, { size: 32, weight: 700, color: INK }),
    T('Guides', 0, 0, 960, { size: 18, weight: 600, color: INK }),
    T('1  Linking Dentally (site admin needed)\n2  Linking Software of Excellence EXACT with the SOE connector\n3  Linking Xero, QuickBooks Online or Sage', 0, 0, 960, { size: 15, color: TEAL }),
    T('Frequently asked', 0, 0, 960, { size: 18, weight: 600, color: INK }),
    T('Why should I link my practice software?\nDo you change anything in my accounts?\nWhat if my software isn’t listed?', 0, 0, 960, { size: 15, color: INK }),
    support(),
  ], { gap: 16 }),
]);

// I. Practice details – prefilled
const sbI = sidebar('Settings');
const imp = (l, v) => d.col('Input', 0, 0, 480, [d.row('Frame ' + (800 + d.n), 0, 0, 20, [T(l, 0, 0, 260, { size: 13, weight: 500, color: INK }), T('from Xero', 0, 0, 80, { size: 11, weight: 600, color: TEAL })], { gap: 8 }),
  d.frame('Frame ' + (900 + d.n), 0, 0, 480, 44, { fills: solid('#f0fdfa'), strokes: solid('#99f6e4'), strokeWeight: 1, cornerRadius: 8 }, [T(v, 14, 12, 440, { size: 14, color: INK })])], { gap: 6 });
const backToF = d.btnInstance('Looks right', btnDefault.id, 160, 44, { name: 'cta/primary', fill: TEAL });
const I = d.screen('Practice details – imported', 0, 0, W, H, [
  sbI.frame, topbar('Settings › Practice details'),
  d.col('Frame 130', 288, 104, 760, [
    T('We’ve filled these in from Xero', 0, 0, 760, { size: 26, weight: 700, color: INK }),
    T('Check them over — you can edit anything.', 0, 0, 760, { size: 15, color: MUTED }),
    d.col('Frame 131', 0, 0, 760, [imp('Legal name', 'Greenside Dental Ltd'), imp('Companies House number', '08123456'), imp('VAT registration', 'GB 123 4567 89'),
      imp('Registered address', '14 High Street, Leeds LS1 4AB')], { gap: 16, pad: 24, fill: '#ffffff', radius: 12, stroke: '#e2e8f0' }),
    backToF,
  ], { gap: 20 }),
], '#f1f5f9');

// J. Pay run with contextual prompt
const sbJ = sidebar('Pay runs');
const linkDentally = d.btnGroup('Link Dentally', 160, 40, { fill: TEAL, size: 14 });
const J = d.screen('Pay run – April', 0, 0, W, H, [
  sbJ.frame, topbar('Pay runs › April 2025'),
  d.col('Frame 140', 288, 96, 1000, [
    T('April pay run', 0, 0, 800, { size: 26, weight: 700, color: INK }),
    d.row('Frame 141', 0, 0, 72, [d.vector('Vector', 0, 0, 24, 24, { fills: solid('#b45309') }),
      T('Hours are missing for 3 associates. Link Dentally and we’ll pull their sessions and UDAs in for you.', 0, 0, 700, { size: 14, color: INK, lines: 2 }), linkDentally], { pad: 16, gap: 16, w: 1000, fill: '#fffbeb', radius: 10, stroke: '#fde68a' }),
    ...['Dr A. Okafor · Associate · 0 sessions', 'Dr L. Byrne · Associate · 0 sessions', 'M. Rossi · Hygienist · 0 sessions', 'K. Evans · Dental nurse · 160 hrs'].map((r) =>
      d.row('Frame ' + (1000 + d.n), 0, 0, 52, [d.ellipse('Ellipse', 0, 0, 32, 32), T(r, 0, 0, 800, { size: 14, color: INK })], { pad: 12, gap: 12, w: 1000, fill: '#ffffff', stroke: '#e2e8f0' })),
  ], { gap: 14 }),
], '#f1f5f9');

const hiddenDraft = d.screen('Integrations (old draft)', 0, 0, W, H, [T('Skip for now', 100, 100, 200, { size: 14 }), T('Trusted by 2,000+ practices', 100, 140, 300, { size: 14 })]);
hiddenDraft.visible = false;

// sections and layout on canvas
const place = (f, x, y) => { f.absoluteBoundingBox.x = x; f.absoluteBoundingBox.y = y; };
place(A, 80, 120); place(K, 80, 1140); place(P, 1640, 1140);
const secSign = d.section('Sign-up', 0, 0, 3200, 2200, [A, K, P]);
place(B, 80, 120); place(C, 1640, 120); place(D, 3200, 120); place(E, 3900, 120); place(F, 80, 1140); place(G, 1640, 1140); place(H1, 2300, 1140); place(I, 80, 2160); place(J, 1640, 2160);
const secFlow = d.section('Settings-first onboarding', 0, 2400, 5500, 3200, [B, C, D, E, F, G, H1, I, J]);
place(hiddenDraft, 6000, 0);

// prototype links
go(createBtn, B); go(signInLink, K); go(pricingLink, P); go(signInBtn, B);
go(saveB, C); go(sbB.items[3], C);
go(mainLink, D, 'OVERLAY'); go(xero.b, D, 'OVERLAY'); go(dentally.b, D, 'OVERLAY'); go(faqC, H1); go(contXero, E); go(guideLink, H1);
go(allow, F);
go(unlink, G, 'OVERLAY'); go(revoke, C); go(addAnother, C); go(toPayRun, J); go(checkDetails, I); go(backToF, F);
go(backHelp, C); go(linkDentally, C); go(sbJ.items[3], C); go(sbF.items[1], J); go(sbI.items[3], C);
d.canvas('Flow — onboarding', [secSign, secFlow, hiddenDraft], { protoStart: A });

// components page
d.page = 3;
d.canvas('Components', compChildren);

// archive page
d.newPage(4);
const arch = d.screen('v2 signup (do not use)', 0, 0, W, H, [T('Create account', 500, 300, 400, { size: 28, weight: 700 }), d.rect('Rectangle 1', 500, 360, 400, 44), T('Old copy — superseded', 500, 420, 400, { size: 14, color: MUTED })]);
d.canvas('🗄 Archive', [arch]);

write(new URL('..', import.meta.url).pathname, NAME, d.doc(), {
  kind: 'onboarding',
  description: 'Payroll for UK dental practices, desktop 1440. Settings-first onboarding: after sign-up the practice lands in Settings and links its practice-management and accounting software from an Integrations page, then sees linked systems, imported practice details and a pay run that prompts for the missing link.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.non-linear'],
  notes: {
    'funnel.three-actions': 'Create account → Practice details → Integrations: two clicks.',
    'funnel.cta-visible': 'Integrations is a permanent entry in the main sidebar and the Integrations page leads with a large link button.',
    'funnel.social-proof': 'Practice-manager testimonial on the sign-up screen.',
    'funnel.prefill': 'Practice details screen shows fields filled in from Xero.',
    'value.three-part': 'Integrations header: benefit (pay from diary hours), data use (sessions/UDAs read, journals posted), one main button.',
    'value.contextual-ctas': 'April pay run has a banner prompting to link Dentally.',
    'value.faq-link': '"Why link? Read the FAQs" beside the value header.',
    'value.progress-meter': '"Payroll data coverage" bar, 2 of 3 sources linked.',
    'privacy.data-scope': 'Modal names chart of accounts/tracking categories read from Xero and a summary journal sent to Xero.',
    'privacy.trust-language': 'Encrypted, UK data centres, never passed on without say-so.',
    'privacy.consent-action': 'Checkbox agreeing to the Data Processing Terms with a link, before Continue to Xero.',
    'privacy.disconnect-anytime': '"you can unlink Xero whenever you like".',
    'privacy.connection-guide': 'Step-by-step linking guide link in the modal; help centre guide list.',
    'privacy.support-contacts': 'Phone, email and support ticket line on Integrations and help pages.',
    'platform.explain-redirect': '"you’ll be taken to Xero to log in and approve access … land back here".',
    'platform.grouped-categories': '"Practice management" and "Accounting" headings over card groups.',
    'platform.accurate-branding': 'Full names with logos: QuickBooks Online (not Desktop), Sage Business Cloud Accounting, Software of Excellence EXACT.',
    'platform.search': 'Search field over the systems list.',
    'platform.alternatives': '"Can’t see your system? Send us a CSV of staff hours".',
    'platform.multiple-connections': '"+ Link another system", Linked ✓ and Pending badges.',
    'connection.view-live': 'Xero row with first/last synced times and currency.',
    'connection.delete': '"Unlink" opens "Unlink and revoke access".',
    'connection.refresh': '"Sync now" button.',
    'connection.syncing-indicator': 'Spinner with "Syncing nominal codes from Xero…".',
    'funnel.greeting-email': 'No email frame anywhere.',
    'privacy.statistics': 'No figures about customers or encryption on visible layers (only a hidden draft).',
    'privacy.powered-by': 'The only "Powered by" text is a hidden layer.',
    'privacy.mutual-nda': 'No NDA offer.',
    'platform.non-linear': 'No save-for-later, invite or skip on visible screens; the "Skip for now" is on a hidden draft frame.',
  },
  flow: { startFrameId: A.id, connectFrameId: C.id, stepsToConnect: 2, deadEnds: [P.id] },
});

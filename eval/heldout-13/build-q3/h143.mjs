// h143: invoice factoring for freight brokers, iPad landscape 1194x834, US English.
// Older-style prototype: several links use transitionNodeID, and the flow page has no starting point set.
import { Doc, solid, go, act, write } from './lib.mjs';

const NAME = 'h143-freight-broker-factoring-tablet';
const d = new Doc('Haulfund iPad – broker onboarding', '2024-11-02T13:47:55Z');
const INK = '#0f172a'; const MUTED = '#64748b'; const NAVY = '#1e3a8a'; const ORANGE = '#ea580c'; const W = 1194; const H = 834;
const T = (s, x, y, w, o) => d.text(s, x, y, w, o);
const old = (node, dest) => { node.transitionNodeID = dest.id; node.transitionDuration = 300; node.transitionEasing = 'EASE_OUT'; return node; };

d.newPage(3);
const primary = d.component('Button/Primary/Large', 240, 52, [T('Continue', 0, 15, 240, { size: 16, weight: 600, color: '#ffffff', align: 'CENTER' })], { fill: NAVY, radius: 10 });
const primaryHover = d.component('Button/Primary/Hover', 240, 52, [T('Continue', 0, 15, 240, { size: 16, weight: 600, color: '#ffffff', align: 'CENTER' })], { fill: '#172554', radius: 10 });
primaryHover.absoluteBoundingBox.x = 280;
go(primary, primaryHover, 'CHANGE_TO', 'ON_HOVER');
const stepDot = d.component('Stepper item', 160, 32, [d.ellipse('Ellipse', 0, 4, 24, 24, { fills: solid(NAVY) }), T('Step', 32, 6, 120, { size: 13, color: INK })], { fill: '#ffffff', radius: 0 });
stepDot.absoluteBoundingBox.y = 100;
const compChildren = [primary, primaryHover, stepDot];

d.newPage(1);
d.canvas('Cover', [d.screen('Cover', 0, 0, 1600, 960, [T('HAULFUND', 120, 320, 1200, { size: 110, weight: 800, color: '#ffffff' }), T('Broker onboarding · iPad · handoff Nov 2', 120, 480, 1200, { size: 36, color: '#bfdbfe' })], NAVY)]);

d.newPage(2);
const status = () => d.frame('iPad status', 0, 0, W, 24, {}, [T('9:41 AM  Tue Nov 5', 20, 4, 200, { size: 12, weight: 600, color: INK }), d.vector('Vector', W - 80, 6, 60, 12, { fills: solid(INK) })]);
const tablet = (name, kids, bg = '#f8fafc') => d.screen(name, 0, 0, W, H, [status(), ...kids], bg);
const steps = ['Company', 'Owner', 'Payouts', 'Systems', 'Review'];
const stepper = (cur) => d.row('Frame 12', 0, 0, 32, steps.map((s, i) => d.btnInstance(`${i + 1}  ${s}`, stepDot.id, 150, 32, { name: 'Stepper item', fill: i === cur ? '#dbeafe' : '#ffffff', color: i <= cur ? NAVY : MUTED, size: 13, radius: 16 })), { gap: 8 });
const input = (l, ph) => d.col('Frame ' + (30 + d.n), 0, 0, 360, [T(l, 0, 0, 360, { size: 13, weight: 600, color: INK }),
  d.frame('Frame ' + (31 + d.n), 0, 0, 360, 44, { fills: solid('#ffffff'), strokes: solid('#cbd5e1'), strokeWeight: 1, cornerRadius: 8 }, [T(ph, 12, 12, 330, { size: 14, color: '#94a3b8' })])], { gap: 6 });
const cont = (label = 'Continue') => d.btnInstance(label, primary.id, 240, 52, { name: 'Button/Primary/Large', fill: NAVY, radius: 10 });
const onboardingScreen = (name, cur, title, sub, fields, btn) => tablet(name, [
  d.col('Auto layout', 64, 56, 1066, [
    d.row('Frame 10', 0, 0, 40, [d.vector('Vector', 0, 0, 30, 30, { fills: solid(ORANGE) }), T('Haulfund', 0, 0, 160, { size: 20, weight: 800, color: INK })], { gap: 10 }),
    stepper(cur),
    T(title, 0, 0, 900, { size: 28, weight: 700, color: INK }),
    T(sub, 0, 0, 900, { size: 15, color: MUTED }),
    d.row('Frame 13', 0, 0, 200, [d.col('Frame 14', 0, 0, 360, fields.slice(0, 3), { gap: 14 }), d.col('Frame 15', 0, 0, 360, fields.slice(3), { gap: 14 })], { gap: 32 }),
    btn,
  ], { gap: 20 }),
]);

// 01 Create account
const open = cont('Open my account');
const terms = d.link('Terms of factoring', 140, { color: NAVY, underline: true, size: 13 });
const S1 = tablet('01 Create account', [
  d.frame('Frame 2', 0, 24, 540, H - 24, { fills: solid(NAVY) }, [
    T('Get paid on delivered loads in 24 hours.', 56, 160, 420, { size: 36, weight: 800, color: '#ffffff', lines: 3 }),
    T('Non-recourse factoring built for freight brokers. No long-term contract — cancel anytime.', 56, 340, 420, { size: 16, color: '#bfdbfe', lines: 2 }),
    d.rect('Rectangle 4', 56, 440, 420, 240, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img_truck_dock_3e' }], cornerRadius: 12 }),
  ]),
  d.col('Frame 5', 620, 120, 480, [
    T('Open your factoring account', 0, 0, 480, { size: 26, weight: 700, color: INK }),
    input('Full name', 'Jordan Ellis'), input('Brokerage name', 'e.g. Interlink Freight Partners'), input('Work email', 'you@brokerage.com'), input('Password', '••••••••'),
    d.checkbox('Email me market rate updates (optional)', 480, { name: 'Frame 6' }),
    open,
    d.row('Frame 7', 0, 0, 20, [T('By continuing you accept the', 0, 0, 190, { size: 13, color: MUTED }), terms], { gap: 4 }),
  ], { gap: 14 }),
], '#ffffff');

// 02..04
const c2 = cont(); const c3 = cont(); const c4 = cont();
const S2 = onboardingScreen('02 Company', 0, 'Tell us about your brokerage', 'We use this to check your authority with FMCSA.',
  [input('MC number', 'MC-000000'), input('USDOT number', '0000000'), input('EIN', '00-0000000'), input('Years in business', 'Select'), input('Loads per month', 'Select')], c2);
const S3 = onboardingScreen('03 Owner', 1, 'Who owns the brokerage?', 'Anyone with 25% or more. We verify identity to keep fraud out of freight.',
  [input('Legal name', 'First and last'), input('Date of birth', 'MM/DD/YYYY'), input('SSN (last 4)', '••••'), input('Home address', 'Street, city, state'), input('Ownership %', '100')], c3);
const S4 = onboardingScreen('04 Payouts', 2, 'Where should we wire your advances?', 'Enter the operating account we should send funds to. You can change this later.',
  [input('Bank name', 'e.g. First Midwest Bank'), input('Routing number', '9 digits'), input('Account number', '••••••••'), input('Account type', 'Checking'), input('Remittance email', 'ap@brokerage.com')], c4);

// 05 connect systems
const sysCard = (name, ref, sub, kind) => {
  const b = kind === 'frame' ? d.btnFrame('Connect', 100, 36, { fill: NAVY, size: 14 }) : d.btnGroup('Connect', 100, 36, { fill: '#ffffff', color: NAVY, size: 14, name: 'Group ' + (50 + d.n) });
  if (kind !== 'frame') b.children[0].strokes = solid(NAVY);
  return { c: d.row('Frame ' + (60 + d.n), 0, 0, 72, [d.logo(name, 0, 0, 40, 40, ref),
    d.col('Frame ' + (61 + d.n), 0, 0, 300, [T(name, 0, 0, 300, { size: 15, weight: 600, color: INK }), T(sub, 0, 0, 300, { size: 12, color: MUTED })], { gap: 2 }), b], { pad: 14, gap: 14, w: 500, fill: '#ffffff', radius: 10, stroke: '#e2e8f0' }), b };
};
const mcleod = sysCard('McLeod PowerBroker', 'img_mcleod_pb', 'TMS · loads, PODs, rate confirmations', 'frame');
const aljex = sysCard('Aljex by Descartes', 'img_aljex_1d', 'TMS · loads and carrier pay');
const tai = sysCard('Tai TMS', 'img_tai_88', 'TMS · shipments and invoices');
const revenova = sysCard('Revenova TMS (Salesforce)', 'img_revenova_4', 'TMS');
const qbo = sysCard('QuickBooks Online', 'img_qbo_2', 'Accounting · cloud edition', 'frame');
const qbd = sysCard('QuickBooks Desktop (via Web Connector)', 'img_qbd_9', 'Accounting · Pro, Premier, Enterprise');
const intacct = sysCard('Sage Intacct', 'img_intacct_6', 'Accounting');
const netsuite = sysCard('Oracle NetSuite', 'img_netsuite_3', 'Accounting / ERP');
const mainConnect = cont('Connect your TMS');
const whyFaq = d.link('Why connect? See FAQs', 180, { color: NAVY, underline: true, size: 14 });
const upload = d.link('TMS not listed? Upload rate cons and PODs instead', 380, { color: NAVY, size: 14 });
const invite = d.link('Invite your controller', 170, { color: NAVY, size: 14 });
const saveLater = d.link('Save and finish later', 170, { color: NAVY, size: 14 });
const nda = d.link('Need a mutual NDA before sharing load data? Request one', 420, { color: NAVY, size: 13, underline: true });
const S5 = tablet('05 Connect systems', [
  d.col('Auto layout', 64, 48, 1066, [
    stepper(3),
    d.row('Frame 70', 0, 0, 150, [
      d.col('Frame 71', 0, 0, 700, [
        T('Connect once. Fund loads on autopilot.', 0, 0, 700, { size: 26, weight: 700, color: INK }),
        T('Skip the paperwork: delivered loads turn into funding requests without re-keying a single invoice.', 0, 0, 700, { size: 15, color: INK }),
        T('We pull delivered loads, PODs and rate confirmations from your TMS, and push paid invoices and fees to your ledger so AR reconciles itself.', 0, 0, 700, { size: 13, color: MUTED, lines: 2 }),
        d.row('Frame 72', 0, 0, 52, [mainConnect, whyFaq], { gap: 20 }),
      ], { gap: 8 }),
      d.col('Frame 73', 0, 0, 330, [T('Funding readiness', 0, 0, 290, { size: 13, weight: 600, color: INK }),
        d.frame('Frame 74', 0, 0, 290, 10, { fills: solid('#e2e8f0'), cornerRadius: 5 }, [d.rect('Rectangle 75', 0, 0, 40, 10, { fills: solid(ORANGE), cornerRadius: 5 })]),
        T('0 of 2 systems connected — each one raises your same-day limit', 0, 0, 290, { size: 12, color: MUTED, lines: 2 })], { gap: 8, pad: 20, fill: '#fff7ed', radius: 12 }),
    ], { gap: 36 }),
    d.search('Search 40+ TMS and accounting systems', 500),
    d.row('Frame 76', 0, 0, 360, [
      d.col('Frame 77', 0, 0, 500, [T('Transportation management (TMS)', 0, 0, 500, { size: 18, weight: 700, color: INK }), mcleod.c, aljex.c, tai.c, revenova.c], { gap: 8 }),
      d.col('Frame 78', 0, 0, 500, [T('Accounting', 0, 0, 500, { size: 18, weight: 700, color: INK }), qbo.c, qbd.c, intacct.c, netsuite.c], { gap: 8 }),
    ], { gap: 40 }),
    d.row('Frame 79', 0, 0, 20, [upload, T('|', 0, 0, 8, { size: 14, color: MUTED }), invite, T('|', 0, 0, 8, { size: 14, color: MUTED }), saveLater], { gap: 12 }),
    nda,
    T('Questions? (312) 555-0148 · onboarding@haulfund.com · Submit a ticket', 0, 0, 800, { size: 13, color: MUTED }),
  ], { gap: 14 }),
]);

// 06 authorize sheet (overlay)
const agree = d.checkbox('I authorize Haulfund to access load and invoice data from McLeod PowerBroker as described in the Data Use Policy.', 520, { name: 'Frame 81', lines: 2 });
const policy = d.link('Data Use Policy', 130, { color: NAVY, underline: true, size: 13 });
const guide = d.link('Connection guide for McLeod admins', 280, { color: NAVY, underline: true, size: 13 });
const goMcleod = cont('Continue to McLeod');
const cancel6 = d.btnFrame('Cancel', 120, 52, { fill: '#ffffff', color: INK, stroke: '#cbd5e1', radius: 10 });
const S6 = d.screen('06 Authorize McLeod', 0, 0, 600, 620, [
  d.col('Frame 80', 40, 36, 520, [
    d.row('Frame 82', 0, 0, 48, [d.logo('McLeod PowerBroker', 0, 0, 48, 48, 'img_mcleod_pb'), T('Connect McLeod PowerBroker', 0, 0, 400, { size: 22, weight: 700, color: INK })], { gap: 14 }),
    T('What comes over: delivered loads, customer (shipper) names, PODs and rate confirmations — read only. We don’t write anything into your TMS.', 0, 0, 520, { size: 14, color: INK, lines: 3 }),
    T('When you continue, you’ll be redirected to McLeod to sign in with an admin account and approve access. You’ll come straight back to Haulfund afterwards.', 0, 0, 520, { size: 14, color: INK, lines: 3 }),
    T('Encrypted in transit and at rest (AES-256). We never share your load or customer data with carriers or third parties without your written permission.', 0, 0, 520, { size: 13, color: MUTED, lines: 2 }),
    agree, policy, guide,
    d.row('Frame 83', 0, 0, 52, [cancel6, goMcleod], { gap: 12 }),
  ], { gap: 14 }),
], '#ffffff');
act(cancel6, { type: 'CLOSE' });

// 12 McLeod sign-in (third party)
const approve = d.btnFrame('Sign in & approve', 260, 48, { fill: '#b91c1c', radius: 4 });
const S12 = tablet('12 McLeod sign-in', [
  d.col('Frame 120', 347, 180, 500, [T('McLeod Software · PowerBroker API', 0, 0, 500, { size: 20, weight: 700, color: INK }),
    T('Haulfund is requesting read access to Loads, Orders and Documents.', 0, 0, 500, { size: 14, color: INK, lines: 2 }),
    d.rect('Rectangle 121', 0, 0, 500, 44, { fills: solid('#ffffff'), strokes: solid('#9ca3af'), strokeWeight: 1 }),
    d.rect('Rectangle 122', 0, 0, 500, 44, { fills: solid('#ffffff'), strokes: solid('#9ca3af'), strokeWeight: 1 }), approve], { gap: 14, pad: 32, fill: '#ffffff', stroke: '#d1d5db' }),
], '#f3f4f6');

// 07 connections
const resync = d.btnFrame('Resync', 96, 36, { fill: '#ffffff', color: NAVY, stroke: NAVY, size: 14 });
const revokeL = d.link('Revoke access', 110, { color: '#b91c1c', size: 14 });
const addSys = d.btnFrame('+ Add another system', 220, 44, { fill: '#ffffff', color: NAVY, stroke: '#93c5fd', size: 14 });
const toDash = cont('Go to dashboard');
const finishQbo = d.btnFrame('Finish authorizing', 170, 36, { fill: ORANGE, size: 14 });
const S7 = tablet('07 Connections', [
  d.col('Auto layout', 64, 56, 1066, [
    stepper(3),
    T('Your connected systems', 0, 0, 800, { size: 26, weight: 700, color: INK }),
    d.row('Frame 90', 0, 0, 96, [d.logo('McLeod PowerBroker', 0, 0, 44, 44, 'img_mcleod_pb'),
      d.col('Frame 91', 0, 0, 600, [T('McLeod PowerBroker — Interlink Freight Partners', 0, 0, 600, { size: 16, weight: 600, color: INK }),
        T('Connected ✓ · First sync Nov 5, 10:42 AM · Last sync 2:15 PM · 340 loads linked', 0, 0, 600, { size: 13, color: '#15803d' })], { gap: 4 }), resync, revokeL], { pad: 20, gap: 16, w: 1066, fill: '#ffffff', radius: 10, stroke: '#e2e8f0' }),
    d.row('Frame 92', 0, 0, 28, [d.spinner(0, 0), T('Pulling delivered loads… 128 of 340', 0, 0, 400, { size: 13, color: MUTED })], { gap: 10 }),
    d.row('Frame 93', 0, 0, 96, [d.logo('QuickBooks Online', 0, 0, 44, 44, 'img_qbo_2'),
      d.col('Frame 94', 0, 0, 600, [T('QuickBooks Online', 0, 0, 600, { size: 16, weight: 600, color: INK }),
        T('Pending authorization — your controller was invited Nov 5', 0, 0, 600, { size: 13, color: '#b45309' })], { gap: 4 }), finishQbo], { pad: 20, gap: 16, w: 1066, fill: '#ffffff', radius: 10, stroke: '#fde68a' }),
    addSys, toDash,
  ], { gap: 16 }),
]);

// 08 dashboard
const connectQbo = d.btnGroup('Connect QuickBooks Online', 240, 40, { fill: NAVY, size: 14 });
const rows = ['Load #48213 · Interlink Freight Partners · $3,450.00 · Ready to fund', 'Load #48207 · Great Lakes Link Logistics · $1,980.00 · Ready to fund', 'Load #48199 · Sunbelt Produce · $2,210.00 · Awaiting POD'];
const S8 = tablet('08 Dashboard', [
  d.frame('Side nav', 0, 24, 220, H - 24, { fills: solid(NAVY) }, [
    d.col('Frame 100', 20, 24, 180, ['Dashboard', 'Loads', 'Funding', 'Debtors', 'Connections', 'Settings'].map((l) => T(l, 0, 0, 180, { size: 15, weight: l === 'Dashboard' ? 700 : 400, color: '#ffffff' })), { gap: 18 }),
  ]),
  d.col('Frame 101', 252, 48, 900, [
    T('Available to fund today', 0, 0, 600, { size: 14, color: MUTED }),
    T('$5,430.00', 0, 0, 600, { size: 40, weight: 800, color: INK }),
    d.row('Frame 102', 0, 0, 80, [d.col('Frame 103', 0, 0, 560, [T('Payments landing in the wrong place?', 0, 0, 560, { size: 15, weight: 700, color: INK }),
      T('Connect your books and we’ll match every shipper payment to its invoice automatically.', 0, 0, 560, { size: 13, color: MUTED })], { gap: 4 }), connectQbo], { pad: 20, gap: 24, w: 900, fill: '#eff6ff', radius: 12 }),
    ...rows.map((r) => d.row('Frame ' + (110 + d.n), 0, 0, 56, [T(r, 0, 0, 700, { size: 14, color: INK }), T('Remove load', 0, 0, 100, { size: 13, color: MUTED })], { pad: 16, gap: 16, w: 900, fill: '#ffffff', stroke: '#e2e8f0' })),
  ], { gap: 14 }),
]);

// 09 terms (dead end)
const S9 = tablet('09 Terms of factoring', [
  d.col('Frame 130', 120, 64, 954, [T('Terms of factoring', 0, 0, 954, { size: 30, weight: 700, color: INK }),
    T('1. Purchase of accounts. Haulfund purchases eligible freight invoices at the advance rate shown in your schedule.\n2. Recourse. Non-recourse for debtor insolvency only.\n3. Fees. 1.5%–3.5% per 30 days.\n4. Term. Month to month.', 0, 0, 954, { size: 15, color: INK }),
  ], { gap: 20 }),
], '#ffffff');

// 10 help center
const helpBack = d.link('‹ Back', 60, { color: NAVY });
const S10 = tablet('10 Help center', [
  d.col('Frame 140', 120, 48, 954, [helpBack,
    T('Help center', 0, 0, 954, { size: 30, weight: 700, color: INK }),
    T('Connecting your systems', 0, 0, 954, { size: 18, weight: 700, color: INK }),
    T('1  McLeod PowerBroker: create an API user\n2  Aljex: enable the Haulfund integration\n3  QuickBooks Desktop: install the Web Connector', 0, 0, 954, { size: 15, color: NAVY }),
    T('FAQs', 0, 0, 954, { size: 18, weight: 700, color: INK }),
    T('Why does connecting raise my limit?\nDo you contact my shippers?\nWhat if my TMS isn’t listed?', 0, 0, 954, { size: 15, color: INK }),
    T('Call (312) 555-0148 · onboarding@haulfund.com · Submit a ticket', 0, 0, 954, { size: 14, color: MUTED }),
  ], { gap: 16 }),
], '#ffffff');

// 11 invite controller (overlay)
const sendInvite = d.btnFrame('Send invite', 200, 48, { fill: NAVY });
const S11 = d.screen('11 Invite controller', 0, 0, 520, 340, [
  d.col('Frame 150', 32, 32, 456, [T('Invite a teammate to connect', 0, 0, 456, { size: 20, weight: 700, color: INK }),
    T('Your controller owns QuickBooks? Send them a secure link to connect it — your progress here is saved.', 0, 0, 456, { size: 14, color: MUTED, lines: 2 }),
    d.rect('Rectangle 151', 0, 0, 456, 44, { fills: solid('#ffffff'), strokes: solid('#cbd5e1'), strokeWeight: 1, cornerRadius: 8 }), sendInvite], { gap: 14 }),
], '#ffffff');
act(sendInvite, { type: 'CLOSE' });

// 13 MNDA request
const ndaSend = d.btnFrame('Request MNDA', 200, 48, { fill: NAVY });
const S13 = d.screen('13 Request MNDA', 0, 0, 520, 360, [
  d.col('Frame 160', 32, 32, 456, [T('Mutual NDA', 0, 0, 456, { size: 20, weight: 700, color: INK }),
    T('Your shipper list is your business. We’ll countersign a mutual non-disclosure agreement before you connect — we send it by DocuSign within one business day.', 0, 0, 456, { size: 14, color: MUTED, lines: 3 }),
    d.rect('Rectangle 161', 0, 0, 456, 44, { fills: solid('#ffffff'), strokes: solid('#cbd5e1'), strokeWeight: 1, cornerRadius: 8 }), ndaSend], { gap: 14 }),
], '#ffffff');
act(ndaSend, { type: 'CLOSE' });

const place = (f, x, y) => { f.absoluteBoundingBox.x = x; f.absoluteBoundingBox.y = y; };
const all = [S1, S2, S3, S4, S5, S6, S12, S7, S8, S9, S10, S11, S13];
all.forEach((f, i) => place(f, (i % 4) * 1300, Math.floor(i / 4) * 950));

old(open, S2); old(terms, S9); old(c2, S3); old(c3, S4); old(c4, S5);
go(mainConnect, S6, 'OVERLAY'); go(mcleod.b, S6, 'OVERLAY'); go(aljex.b, S6, 'OVERLAY'); go(qbo.b, S6, 'OVERLAY');
go(whyFaq, S10); go(invite, S11, 'OVERLAY'); go(saveLater, S8); go(nda, S13, 'OVERLAY'); go(upload, S10);
go(goMcleod, S12); go(guide, S10); old(approve, S7);
go(resync, S7, 'SCROLL_TO'); go(revokeL, S5); go(addSys, S5); go(finishQbo, S6, 'OVERLAY'); old(toDash, S8);
go(connectQbo, S6, 'OVERLAY');
act(helpBack, { type: 'BACK' });
d.canvas('iPad flow', all);

d.page = 3;
d.canvas('Components', compChildren);
d.newPage(4);
d.canvas('Archive / v1', [d.screen('v1 Create account', 0, 0, W, H, [T('Sign up', 100, 100, 400, { size: 28, weight: 700 }), d.rect('Rectangle 1', 100, 160, 400, 44)])]);

write(new URL('..', import.meta.url).pathname, NAME, d.doc(), {
  kind: 'onboarding',
  description: 'Invoice factoring for US freight brokers, iPad landscape 1194x834. Four form steps (company, owner, payouts) before a "Connect systems" step listing TMS and accounting products, then an authorisation sheet, the TMS sign-in, a connections status screen and a dashboard. Older-style prototype with transitionNodeID links and no starting point set; a Terms screen is a dead end.',
  present: ['funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.social-proof', 'funnel.prefill', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by'],
  notes: {
    'funnel.cta-visible': 'Connecting is its own onboarding step with a large "Connect your TMS" button; dashboard also carries a connect card.',
    'value.three-part': 'Header on 05: benefit (fund loads without re-keying), data use (loads/PODs pulled, paid invoices pushed), one main button.',
    'value.contextual-ctas': 'Dashboard card "Connect your books…" with "Connect QuickBooks Online".',
    'value.faq-link': '"Why connect? See FAQs" beside the main button.',
    'value.progress-meter': '"Funding readiness" bar, 0 of 2 systems connected, plus the 5-step stepper.',
    'privacy.data-scope': 'Authorize sheet lists loads, shipper names, PODs, rate cons, read only, nothing written to the TMS.',
    'privacy.trust-language': 'AES-256, never shared with carriers or third parties without permission.',
    'privacy.consent-action': 'Checkbox authorising access with Data Use Policy link before "Continue to McLeod".',
    'privacy.connection-guide': '"Connection guide for McLeod admins" link; help center connection guides.',
    'privacy.support-contacts': 'Phone, email and ticket on the connect screen and help center.',
    'privacy.mutual-nda': '"Need a mutual NDA … Request one" and the MNDA sheet.',
    'platform.explain-redirect': '"you’ll be redirected to McLeod to sign in … come straight back".',
    'platform.grouped-categories': '"Transportation management (TMS)" and "Accounting" headings.',
    'platform.accurate-branding': 'QuickBooks Online vs QuickBooks Desktop, Sage Intacct, Oracle NetSuite, McLeod PowerBroker with logos.',
    'platform.search': 'Search field over the systems.',
    'platform.alternatives': '"TMS not listed? Upload rate cons and PODs instead".',
    'platform.non-linear': '"Invite your controller" and "Save and finish later".',
    'platform.multiple-connections': '"+ Add another system", Connected ✓ and "Pending authorization" rows.',
    'connection.view-live': 'McLeod row with first and last sync times and loads linked.',
    'connection.delete': '"Revoke access".',
    'connection.refresh': '"Resync" button.',
    'connection.syncing-indicator': 'Spinner with "Pulling delivered loads… 128 of 340".',
    'funnel.greeting-email': 'No email frame.',
    'funnel.three-actions': 'Four steps (company, owner, payouts) from sign-up to the connect step.',
    'funnel.social-proof': 'No testimonial, review or rating.',
    'funnel.prefill': 'Company form is empty and comes before connecting; nothing is filled from connected data.',
    'privacy.disconnect-anytime': 'No copy saying the connection can be removed later (only the revoke control itself).',
    'privacy.statistics': 'No customer or encryption figures.',
    'privacy.powered-by': 'No provider mark.',
  },
  flow: { startFrameId: S1.id, connectFrameId: S5.id, stepsToConnect: 4, deadEnds: [S9.id] },
});

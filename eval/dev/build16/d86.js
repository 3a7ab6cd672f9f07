// d86: payroll for recruitment agencies, desktop 1280x800, UK English.
import { Doc, Stack, screen, componentsPage, go, close, url, writeOut, solid, WRITTEN_BY } from './lib.js';

const NAME = 'd86-recruitment-agency-payroll-desktop';
const d = new Doc('Fairpay — agency onboarding', '2026-11-09T08:27:51Z');

const flow = d.page('🟢 Ready for dev', 10);
const C = (() => { const c = componentsPage(d, 'Components', { primary: '#0F766E', hover: '#115E59', btnName: 'Primary button', setName: 'CTA' }); d.cur = flow; return c; })();
const cover = d.page('Cover', 1);
d.node(cover, 'FRAME', 'Cover', 0, 0, 1600, 900, { fills: [solid('#0F766E')] });
d.text(cover.children[0], 120, 400, 1200, 'Fairpay · Agency onboarding · Nov', { size: 60, weight: 700, color: '#FFFFFF' });
d.cur = flow;

const W = 1280, H = 800, GAP = 100;
let i = 0;
const S = (name, o = {}) => { const s = screen(d, flow, name, (i % 6) * (W + GAP), Math.floor(i / 6) * (H + 160), W, H, { pad: 48, ...o }); i += 1; return s; };
const wide = (sc, h, w = 640) => sc.st.box(h, { x: 0, w, pad: 0, gap: 12 });

function app(name) {
  const sc = S(name, { side: 220, bg: '#F8FAFC' });
  const sb = d.node(sc.frame, 'FRAME', 'Nav', 0, 0, 220, H, { fills: [solid('#042F2E')], layoutMode: 'VERTICAL' });
  const n = new Stack(d, sb, { pad: 22, gap: 16 });
  n.text('fairpay', { size: 20, weight: 700, color: '#5EEAD4' });
  const items = {};
  for (const it of ['Dashboard', 'Pay runs', 'Contractors', 'Clients', 'Connections', 'Settings']) items[it] = n.text(it, { size: 14, color: '#CCFBF1' });
  return { ...sc, items };
}

// 01 sign up
const s1 = S('01 Sign up', { bg: '#F0FDFA' });
const c1 = wide(s1, 520, 440);
c1.text('Payroll built for agencies that place contractors', { size: 28, weight: 700 });
for (const ph of ['Work email', 'Password']) c1.box(46, { stroke: '#99F6E4', radius: 8, fill: '#FFFFFF', layout: 'HORIZONTAL' }).text(ph, { size: 15, color: '#94A3B8' });
const b1 = c1.btnInst('Create my account', C.base.id, { fill: '#0F766E', name: 'Property 1=Default' });
b1.interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: C.hover.id, navigation: 'CHANGE_TO', transition: null }] }];

// 02 agency details
const s2 = S('02 Agency details', { bg: '#F0FDFA' });
const c2 = wide(s2, 560, 520);
c2.text('About your agency', { size: 26, weight: 700 });
for (const ph of ['Agency name', 'Number of contractors on payroll', 'Main sector (e.g. IT, nursing, driving)']) c2.box(46, { stroke: '#99F6E4', radius: 8, fill: '#FFFFFF', layout: 'HORIZONTAL' }).text(ph, { size: 15, color: '#94A3B8' });
const b2 = c2.btnFrame('Next', { fill: '#0F766E', w: 180, radius: 8 });

// 03 accounting question (connect)
const s3 = S('03 Accounting question', { bg: '#FFFFFF' });
const l3 = wide(s3, 660, 620);
l3.text('Setup strength', { size: 12, weight: 700, color: '#0F766E' });
l3.bar(0.05, { color: '#0F766E' });
l3.text('0 of 3 sources connected', { size: 12, color: '#64748B' });
l3.text('Hook up your books and stop re-keying pay runs', { size: 26, weight: 700 });
l3.text('Every pay run posts straight to your ledger, and we flag placements where the margin has slipped.', { size: 15 });
l3.text('To do that we read your chart of accounts and client list from your accounting software, and write one journal back after each pay run.', { size: 14, color: '#475569' });
l3.checkbox('I agree to Fairpay accessing my accounting data under the privacy policy', {});
const xeroBtn = l3.btnInst('I already use Xero', C.btn.id, { fill: '#0F766E', w: 300, name: 'Primary button' });
const otherBtn = l3.btnGroup('I use something else', { fill: '#FFFFFF', color: '#0F766E', w: 300, radius: 8 });
l3.text('Not your job?  Invite your finance lead  ·  Do this later', { size: 13, color: '#0F766E' });
const later3 = l3.f.children[l3.f.children.length - 1];
const r3 = d.node(s3.st.f, 'FRAME', 'Frame 1203', 700, 0, 420, 420, { fills: [solid('#F0FDFA')], cornerRadius: 16, layoutMode: 'VERTICAL' });
const r3s = new Stack(d, r3, { pad: 24, gap: 12 });
r3s.text('🔒 Bank-grade security', { size: 16, weight: 700 });
r3s.text('Encrypted in transit and at rest. We don’t share agency data with anyone without your say-so.', { size: 13 });
r3s.text('2,300 UK agencies run payroll on Fairpay', { size: 14, weight: 700, color: '#0F766E' });
const guide = r3s.link('Connection guide: Xero, Sage and QuickBooks', { underline: true, size: 13 });
r3s.text('“Saved us two days every month.” — Priya, Apex Talent', { size: 13, visible: false, name: 'testimonial' });

// 04 pick accounting
const s4 = S('04 Pick accounting', { bg: '#FFFFFF' });
const l4 = wide(s4, 640, 600);
l4.text('Which accounting software do you use?', { size: 24, weight: 700 });
const picks = [];
for (const p of ['Xero', 'Sage 50 Accounts', 'Sage Business Cloud Accounting', 'QuickBooks Online', 'FreeAgent']) picks.push(l4.logoRow(p, { h: 52, trailing: 'Choose', trailColor: '#0F766E' }).row);
const csv = l4.link('Not listed? Upload a trial balance (CSV) instead', { underline: true, size: 13 });

// 05 redirect (overlay)
const s5 = S('05 Redirect modal', { bg: '#FFFFFF', pad: 40 });
s5.st.text('Heading over to Xero', { size: 24, weight: 700 });
s5.st.text('We’ll open Xero in a new tab. Sign in, choose your organisation and click Allow access — you’ll land back on Fairpay automatically.', { size: 15, color: '#475569', w: 600 });
const allow = s5.st.btnFrame('Continue to Xero', { fill: '#0F766E', w: 260, radius: 8 });
const x5 = s5.st.link('Cancel', { color: '#64748B' });

// 06 timesheets hub (second connect)
const s6 = app('06 Timesheets');
s6.st.text('Connect the rest', { size: 26, weight: 700 });
s6.st.text('1 of 3 sources connected', { size: 12, color: '#64748B' });
s6.st.bar(0.33, { color: '#0F766E' });
const g1 = s6.st.box(86, { gap: 6, pad: 0 });
g1.text('Accounting', { size: 15, weight: 700, color: '#0F766E' });
g1.logoRow('Xero', { sub: 'Connected ✓', subColor: '#15803D', h: 48 });
const g2 = s6.st.box(200, { gap: 6, pad: 0 });
g2.text('Timesheets', { size: 15, weight: 700, color: '#0F766E' });
const bull = g2.logoRow('Bullhorn', { h: 44, trailing: 'Connect', trailColor: '#0F766E' });
g2.logoRow('Timesheet Portal', { h: 44, trailing: 'Connect', trailColor: '#0F766E' });
g2.logoRow('Deputy', { h: 44, trailing: 'Connect', trailColor: '#0F766E' });
const g3 = s6.st.box(80, { gap: 6, pad: 0 });
g3.text('Bank accounts', { size: 15, weight: 700, color: '#0F766E' });
g3.text('Barclays Business · HSBC UK Business · NatWest · Lloyds Bank Business', { size: 13 });
const bankLink = g3.f.children[1];
const upTs = s6.st.link('No timesheet system? Upload a CSV of hours', { size: 13, underline: true });

// 07 bank
const s7 = app('07 Bank');
s7.st.text('Connect your business bank', { size: 26, weight: 700 });
s7.st.text('Pay contractors from Fairpay and match payments to pay runs. We see balances and transactions; payments only go out when you approve them.', { size: 14, color: '#475569', w: 640 });
const nw = s7.st.logoRow('NatWest', { trailing: 'Connect', trailColor: '#0F766E', h: 52 }).row;
s7.st.logoRow('Barclays Business', { trailing: 'Connect', trailColor: '#0F766E', h: 52 });
s7.st.logoRow('HSBC UK Business', { trailing: 'Connect', trailColor: '#0F766E', h: 52 });
s7.st.logoRow('Lloyds Bank Business', { trailing: 'Connect', trailColor: '#0F766E', h: 52 });
s7.st.text('Your bank’s own app will open to confirm — then you’re returned here.', { size: 13, color: '#64748B' });

// 08 dashboard
const s8 = app('08 Dashboard');
s8.st.text('Morning, Tom', { size: 26, weight: 700 });
const fin = s8.st.box(110, { fill: '#CCFBF1', radius: 14, gap: 6, w: 640 });
fin.text('Finish connecting: 1 of 3 done', { size: 16, weight: 700 });
const finBtn = fin.btnFrame('Carry on', { fill: '#0F766E', w: 160, h: 36, radius: 8 });
s8.st.text('Next pay run: Friday 14 Nov · 38 contractors · 2 umbrella firms (Connect Payroll Services Ltd, Parasol)', { size: 14 });
s8.st.text('Drafts: w/e 31 Oct  —  Delete draft', { size: 13, color: '#64748B' });

// 09 company details prefilled
const s9 = app('09 Company details');
s9.st.text('Check your company details', { size: 26, weight: 700 });
s9.st.text('We’ve pulled these from Xero.', { size: 14, color: '#475569' });
for (const [k, v] of [['Registered name', 'Brightside Staffing Ltd'], ['Company number', '09876543'], ['VAT number', 'GB 123 4567 89'], ['PAYE reference', '123/AB45678'], ['Registered office', '2 Eastgate, Leeds LS2 7JL']]) {
  const f = s9.st.box(62, { pad: 0, gap: 4, w: 520 });
  f.text(k, { size: 12, weight: 600, color: '#475569' });
  f.box(38, { fill: '#FFFFFF', stroke: '#CBD5E1', radius: 8, layout: 'HORIZONTAL', pad: 9 }).text(v, { size: 14 });
}
const ok9 = s9.st.btnFrame('Confirm', { fill: '#0F766E', w: 160, radius: 8 });

// 10 connections
const s10 = app('10 Connections');
s10.st.text('Connections', { size: 26, weight: 700 });
for (const [n, meta, act] of [
  ['Xero — Brightside Staffing Ltd', 'Connected 4 Nov 2026, 10:02 · Last sync 4 Nov 2026, 16:30 · GBP', 'Revoke access'],
  ['Bullhorn', 'Connected 4 Nov 2026, 10:09 · 42 live placements', 'Revoke access'],
  ['NatWest Business Reserve ••4417', 'Awaiting authorisation in the NatWest app', 'Cancel request'],
]) {
  const b = s10.st.box(86, { fill: '#FFFFFF', radius: 12, stroke: '#E2E8F0', gap: 3, w: 760 });
  b.text(n, { size: 15, weight: 700 });
  b.text(meta, { size: 13, color: '#64748B' });
  b.text(act, { size: 13, weight: 600, color: '#B91C1C' });
}
const more = s10.st.link('+ Connect another source', { weight: 600, color: '#0F766E' });
s10.st.link('Help centre', { size: 13, color: '#64748B' });

// 11 pay run (contextual)
const s11 = app('11 Pay run');
s11.st.text('Pay run — week ending 8 Nov', { size: 26, weight: 700 });
s11.st.text('38 contractors · £61,204.18 gross · 3 queries', { size: 14, color: '#475569' });
const ctx = s11.st.box(96, { fill: '#FEF9C3', radius: 12, gap: 6, w: 640 });
ctx.text('Pay contractors straight from here — connect your business bank', { size: 14, weight: 600 });
const ctxBtn = ctx.btnFrame('Connect bank', { fill: '#0F766E', w: 160, h: 34, radius: 8 });

// welcome email
const em = S('Email / Welcome', { bg: '#F1F5F9' });
const eb = wide(em, 560, 600);
eb.text('Welcome to Fairpay, Tom 👋', { size: 24, weight: 700 });
eb.text('Three steps to your first pay run:', { size: 15 });
eb.text('1\u00A0\u00A0Tell us about your agency\n2\u00A0\u00A0Connect Xero and your timesheet system — this is what lets us build the pay run for you\n3\u00A0\u00A0Approve your first pay run', { size: 15 });
const emBtn = eb.btnFrame('Connect your software', { fill: '#0F766E', w: 260, radius: 8 });
eb.text('Fairpay Ltd, 2 Eastgate, Leeds · You’re getting this because you signed up.', { size: 11, color: '#94A3B8' });

// hidden old frame (not in scope)
const old = S('05b consent (old)', {});
old.frame.visible = false;
old.st.text('Connect with Xero', { size: 22, weight: 700 });

// prototype
go(b1, s2.frame);
go(b2, s3.frame);
go(xeroBtn, s5.frame, 'OVERLAY');
go(otherBtn, s4.frame);
go(later3, s8.frame);
url(guide, 'https://help.fairpay.co.uk/connection-guide');
for (const p of picks) go(p, s5.frame, 'OVERLAY');
go(csv, s6.frame);
go(allow, s6.frame, 'SWAP');
close(x5);
go(bull.row, s7.frame);
go(bankLink, s7.frame);
go(upTs, s7.frame);
go(nw, s9.frame);
go(ok9, s10.frame);
go(more, s6.frame);
go(finBtn, s6.frame);
for (const sc of [s6, s7, s8, s9, s10, s11]) {
  go(sc.items.Connections, s10.frame);
  go(sc.items.Dashboard, s8.frame);
  go(sc.items['Pay runs'], s11.frame);
}
go(ctxBtn, s7.frame);
go(emBtn, s3.frame);

flow.flowStartingPoints = [{ nodeId: s1.frame.id, name: 'Agency sign-up' }, { nodeId: em.frame.id, name: 'From welcome email' }];

const json = d.toJSON(['Cover', '🟢 Ready for dev', 'Components']);
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1280x800) onboarding for a UK payroll product for recruitment agencies: sign-up, agency details, then an accounting screen with a Xero / something-else branch, a picker, a Xero redirect overlay, a hub grouping timesheets, accounting and bank accounts, a bank step, prefilled company details, a connections page, a pay-run screen with a bank prompt and a welcome email.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear',
    'platform.multiple-connections', 'connection.view-live', 'connection.delete',
  ],
  absent: [
    'funnel.social-proof', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.search', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.greeting-email': 'Welcome email with a 1-2-3 list, connecting is step 2, and a "Connect your software" button.',
    'funnel.three-actions': 'Sign-up -> agency details -> accounting screen: 2 clicks.',
    'funnel.cta-visible': 'Main-menu "Connections" entry plus the centred accounting screen and dashboard card.',
    'funnel.social-proof': 'The one testimonial is a hidden layer.',
    'funnel.prefill': 'Company number, VAT, PAYE reference and office pulled from Xero.',
    'value.three-part': 'Benefit (no re-keying, margin flags), usage (reads chart of accounts and clients, writes a journal), the Xero button.',
    'value.contextual-ctas': 'Pay-run screen: "Pay contractors straight from here — connect your business bank".',
    'value.progress-meter': '"Setup strength" bar, 0 of 3 then 1 of 3 sources.',
    'privacy.connection-guide': '"Connection guide: Xero, Sage and QuickBooks" link.',
    'privacy.statistics': '"2,300 UK agencies run payroll on Fairpay".',
    'privacy.support-contacts': 'Only a "Help centre" link; no phone, email or form.',
    'platform.non-linear': '"Invite your finance lead · Do this later" and a hub to move between sources.',
    'platform.alternatives': 'Trial balance CSV and timesheet CSV uploads.',
    'platform.search': 'No search over the platform lists.',
    'connection.delete': '"Revoke access" on each connection. "Delete draft" is a look-alike.',
    'connection.refresh': 'No sync-now control.',
  },
  flow: { startFrameId: s1.frame.id, connectFrameId: s3.frame.id, stepsToConnect: 2, deadEnds: [] },
};
writeOut(NAME, json, truth);

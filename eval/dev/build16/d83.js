// d83: job costing for electricians, iPhone (375x812), UK English.
import { Doc, screen, componentsPage, topBar, go, back, close, oldLink, writeOut, solid, WRITTEN_BY } from './lib.js';

const NAME = 'd83-electrician-job-costing-mobile';
const d = new Doc('Sparkline — onboarding v3 (handoff)', '2026-10-14T09:12:44Z');
const C = componentsPage(d, '🧩 Components', { primary: '#F59E0B', hover: '#D97706', btnName: 'cta/primary' });

const cover = d.page('Cover', 40);
const cf = d.node(cover, 'FRAME', 'Cover', 0, 0, 1920, 1080, { fills: [solid('#111827')] });
d.text(cf, 120, 380, 1200, 'Sparkline · Onboarding v3', { size: 72, weight: 700, color: '#FFFFFF' });
d.text(cf, 120, 500, 1200, 'Status: ready for dev  ·  Owner: Product design', { size: 28, color: '#9CA3AF' });

const flow = d.page('Flow — onboarding', 100);
const W = 375, H = 812, GAP = 80;
const S = (i, name, o = {}) => screen(d, flow, name, i * (W + GAP), 0, W, H, { statusBar: C.status.id, ...o });

// 1 marketing
const m = S(0, 'iPhone 13 mini - 1', { bg: '#0F172A' });
m.st.rect(220, { imageRef: 'a91f0c2e7b', radius: 16, name: 'hero' });
m.st.text('Price every job.\nKnow what it really made.', { size: 28, weight: 700, color: '#FFFFFF' });
m.st.text('Labour, cable, consumer units, van miles — costed per job while you work.', { size: 15, color: '#CBD5E1' });
const q = m.st.box(118, { fill: '#1E293B', radius: 12 });
q.text('“Used to find out in January whether the rewires paid. Now I know before I send the invoice.”', { size: 14, color: '#F8FAFC', font: 'Georgia' });
q.text('Dan Okafor — Okafor Electrical Ltd, Leeds', { size: 12, weight: 600, color: '#F59E0B' });
const getStarted = m.st.btnInst('Get started', C.base.id, { fill: '#F59E0B', color: '#111827', name: 'Property 1=Default' });
getStarted.interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: C.hover.id, navigation: 'CHANGE_TO', transition: null }] }];
const skip = m.st.link('Skip', { color: '#94A3B8', name: 'Skip' });

// 2 sign up
const su = S(1, 'iPhone 13 mini - 2');
topBar(su.st, '');
su.st.text('Create your account', { size: 26, weight: 700 });
for (const [lab, ph] of [['Full name', 'e.g. Priya Shah'], ['Work email', 'you@yourfirm.co.uk'], ['Password', '8+ characters']]) {
  const f = su.st.box(64, { name: 'Input', pad: 0, gap: 4 });
  f.text(lab, { size: 13, weight: 600, color: '#374151' });
  const inp = f.box(40, { fill: '#F9FAFB', stroke: '#D1D5DB', radius: 8, layout: 'HORIZONTAL', pad: 10 });
  inp.text(ph, { size: 14, color: '#9CA3AF' });
}
const create = su.st.btnFrame('Create account', { fill: '#F59E0B', color: '#111827' });
su.st.text('By signing up you accept our', { size: 12, color: '#6B7280' });
const termsLink = su.st.link('Terms of Service', { size: 12, underline: true, color: '#374151' });

// 3 trade details
const tr = S(2, 'iPhone 13 mini - 3');
topBar(tr.st, 'About your work');
tr.st.text('Step 2 of 3', { size: 12, color: '#6B7280' });
tr.st.bar(0.66, { color: '#F59E0B' });
tr.st.text('What sort of jobs do you take on?', { size: 20, weight: 700 });
for (const o of ['Domestic — rewires, boards, EV chargers', 'Commercial fit-outs', 'A bit of both']) {
  const r = tr.st.box(48, { stroke: '#D1D5DB', radius: 10, layout: 'HORIZONTAL' });
  r.text(o, { size: 15 });
}
tr.st.text('Are you VAT registered?', { size: 15, weight: 600 });
tr.st.text('Yes      No', { size: 15, color: '#374151' });
const cont = tr.st.btnInst('Continue', C.btn.id, { fill: '#F59E0B', color: '#111827', name: 'cta/primary' });

// 4 link books (connect frame)
const lb = S(3, 'iPhone 13 mini - 4');
topBar(lb.st, '');
lb.st.text('Step 3 of 3', { size: 12, color: '#6B7280' });
lb.st.text('Bring your\u200B books in', { size: 26, weight: 700 });
const v = lb.st.box(150, { fill: '#FFFBEB', radius: 12, gap: 6 });
v.text('⚡ See profit on every job as it happens — no more Friday-night spreadsheets.', { size: 14, weight: 600 });
v.text('We read invoices, bills and supplier costs from your accounting software to work out the margin on each job. Nothing gets written back to your books.', { size: 13, color: '#4B5563' });
lb.st.text('We link over an encrypted connection and never pass your figures to anyone else without asking you first. Changed your mind? Unlink in Settings whenever you like.', { size: 12, color: '#6B7280' });
lb.st.checkbox('I’m happy for Sparkline to read my accounting data as described in the Privacy notice', { kind: 'INSTANCE', componentId: C.check.id });
const useXero = lb.st.btnInst('I already use Xero', C.btn.id, { fill: '#F59E0B', color: '#111827', name: 'Btn' });
const other = lb.st.btnGroup('I use something else', { fill: '#FFFFFF', color: '#111827' });
const why = lb.st.link('Why do we ask for this?', { underline: true, size: 13 });
lb.st.text('Need a hand? Ring 0161 496 0732 or email help@sparkline.co.uk', { size: 12, color: '#6B7280', visible: false, name: 'support (old)' });

// 5 pick software
const ps = S(4, 'iPhone 13 mini - 5');
const psBack = topBar(ps.st, 'Which do you use?');
const rows = [];
for (const n of ['Xero', 'QuickBooks', 'Sage', 'FreeAgent', 'KashFlow']) rows.push(ps.st.logoRow(n, { trailing: '›', trailColor: '#9CA3AF' }).row);
ps.st.text('Not on the list?', { size: 14, weight: 600 });
const csv = ps.st.link('Upload a spreadsheet of your jobs and costs instead', { underline: true, size: 13 });

// 6 redirect sheet (overlay)
const rs = S(5, 'iPhone 13 mini - 6 (sheet)', { bg: '#FFFFFF' });
rs.st.rect(5, { w: 40, radius: 3, fill: '#D1D5DB', name: 'grabber' });
rs.st.text('Off to your accounting software', { size: 20, weight: 700 });
rs.st.text('We’ll open its sign-in page in a browser. Log in, tap Allow, and you’ll be brought straight back here to carry on.', { size: 14, color: '#4B5563' });
const openIt = rs.st.btnFrame('Open sign-in', { fill: '#F59E0B', color: '#111827' });
const notNow = rs.st.link('Not now', { color: '#6B7280' });

// 7 upload
const up = S(6, 'iPhone 13 mini - 7');
topBar(up.st, 'Upload instead');
up.st.text('Export your jobs and supplier costs as CSV or XLSX and add the file here. You can link your software later.', { size: 14, color: '#4B5563' });
const drop = up.st.box(160, { stroke: '#D1D5DB', radius: 12 });
drop.text('📄  Tap to choose a file', { size: 15, weight: 600, align: 'CENTER' });
const upDone = up.st.btnFrame('Upload and continue', { fill: '#F59E0B', color: '#111827' });

// 8 card reader (second link step)
const cr = S(7, 'iPhone 13 mini - 8');
topBar(cr.st, '');
cr.st.logoRow('Xero', { sub: 'Connected ✓', subColor: '#16A34A', vectorLogo: true });
cr.st.text('Now add your card reader', { size: 22, weight: 700 });
cr.st.text('Payments taken on site get matched to the right job automatically.', { size: 14, color: '#4B5563' });
const sumup = cr.st.logoRow('SumUp', { trailing: 'Link', frameName: 'Frame 88' });
cr.st.logoRow('Zettle', { trailing: 'Link' });
cr.st.logoRow('Square', { trailing: 'Link' });
const crLater = cr.st.link('I don’t take card payments', { color: '#6B7280', size: 13 });

// 9 linked apps (connections)
const la = S(8, 'iPhone 13 mini - 9');
const laBack = topBar(la.st, 'Linked apps');
la.st.text('1 of 2 sources linked', { size: 13, weight: 600 });
la.st.bar(0.5, { color: '#F59E0B' });
const x = la.st.box(112, { stroke: '#E5E7EB', radius: 12, gap: 4 });
x.text('Xero · Okafor Electrical Ltd', { size: 15, weight: 600 });
x.text('Linked 3 Mar 2026, 08:15\nLast pulled in today at 09:42', { size: 12, color: '#6B7280' });
x.link('Disconnect', { color: '#DC2626', size: 13 });
la.st.logoRow('SumUp', { sub: 'Syncing…', spinner: true });
la.st.link('+ Add another app', { weight: 600 });
const laDone = la.st.btnFrame('Done', { fill: '#111827' });

// 10 jobs home
const jb = S(9, 'iPhone 13 mini - 10');
jb.st.text('Jobs', { size: 28, weight: 700 });
for (const [j, mgn] of [['14 Harcourt Rd — full rewire', '£1,240 margin · 31%'], ['Unit 4, Kirkstall — EV charger', '£385 margin · 22%'], ['Flat 2B — consumer unit swap', '£210 margin · 40%']]) {
  const c = jb.st.box(72, { stroke: '#E5E7EB', radius: 12, gap: 2 });
  c.text(j, { size: 15, weight: 600 });
  c.text(mgn, { size: 13, color: '#16A34A' });
}
jb.st.text('Cable & fittings from Connect Electrical Wholesale — 3 invoices matched', { size: 12, color: '#6B7280' });
const tabs = jb.st.box(56, { layout: 'HORIZONTAL', fill: '#F9FAFB', name: 'Tab bar' });
tabs.text('Jobs        Quotes        Settings', { size: 12, color: '#6B7280' });
const tabSettings = tabs.f.children[0];

// 11 settings
const st = S(10, 'iPhone 13 mini - 11');
st.st.text('Settings', { size: 28, weight: 700 });
const linkedRow = st.st.box(48, { stroke: '#E5E7EB', radius: 10, layout: 'HORIZONTAL' });
linkedRow.text('Linked apps', { size: 15 });
const sub = st.st.box(70, { stroke: '#E5E7EB', radius: 10, gap: 2 });
sub.text('Sparkline Pro — £12/month', { size: 15 });
sub.text('Billed monthly, cancel anytime', { size: 12, color: '#6B7280' });
st.st.box(48, { stroke: '#E5E7EB', radius: 10, layout: 'HORIZONTAL' }).text('Notifications', { size: 15 });
st.st.link('Delete account', { color: '#DC2626' });

// 12 terms (dead end)
const tm = S(11, 'iPhone 13 mini - 12');
const tmBack = topBar(tm.st, 'Terms of Service');
tm.st.text('1  Who we are\n2  Your account\n3  Payments and refunds\n4  Ending the agreement', { size: 14 });
tm.st.text('These terms apply to your use of Sparkline. By creating an account you agree to them. We may update them from time to time and will tell you by email.', { size: 13, color: '#4B5563' });

// 13 FAQ
const fq = S(12, 'iPhone 13 mini - 13');
const fqBack = topBar(fq.st, 'Why link your books?');
for (const [qq, a] of [['What will I see once it’s linked?', 'Margin per job, unpaid invoices against each customer, and which suppliers eat your profit.'], ['Does it cost extra?', 'No — it’s included on every plan.'], ['Can you change anything in my books?', 'No. We only read.']]) {
  const c = fq.st.box(100, { gap: 4 });
  c.text(qq, { size: 15, weight: 600 });
  c.text(a, { size: 13, color: '#4B5563' });
}
const fqGo = fq.st.btnFrame('Got it — link now', { fill: '#F59E0B', color: '#111827' });

// 14 welcome email
const em = screen(d, flow, 'Email — welcome', 0, H + 160, 600, 760, { bg: '#F3F4F6', pad: 32 });
em.st.text('From: Sparkline <hello@sparkline.co.uk>\nSubject: You’re in, Priya — three quick things', { size: 12, color: '#6B7280' });
const body = em.st.box(560, { fill: '#FFFFFF', radius: 12, pad: 24, gap: 12 });
body.text('Welcome aboard ⚡', { size: 24, weight: 700 });
body.text('Get your first job costed in about five minutes:', { size: 15 });
body.text('1  Tell us what kind of work you do\n2  Link your accounting — this is what unlocks real job margins\n3  Price your next quote', { size: 15 });
const emCta = body.btnFrame('Link my accounting', { fill: '#F59E0B', color: '#111827' });
body.link('Link my accounting later from the app', { size: 13, underline: true });
body.text('Sparkline Ltd · 4 Wharf St, Leeds LS2 7EQ · Unsubscribe', { size: 11, color: '#9CA3AF' });

// prototype
go(getStarted, su.frame);
go(skip, su.frame);
go(create, tr.frame);
go(termsLink, tm.frame);
back(tmBack);
go(cont, lb.frame);
go(useXero, rs.frame, 'OVERLAY');
go(other, ps.frame);
go(why, fq.frame);
back(fqBack);
go(fqGo, lb.frame);
back(psBack);
for (const r of rows) go(r, rs.frame);
go(csv, up.frame);
go(openIt, cr.frame, 'SWAP');
close(notNow);
go(upDone, cr.frame);
go(sumup.row, la.frame);
go(crLater, jb.frame);
go(laDone, jb.frame);
back(laBack);
go(tabSettings, st.frame);
oldLink(linkedRow.f, la.frame);
go(emCta, lb.frame);

flow.flowStartingPoints = [{ nodeId: m.frame.id, name: 'Onboarding' }];
flow.prototypeStartNodeID = m.frame.id;

const arch = d.page('Archive', 900);
const old = screen(d, arch, 'OLD — connect (v1)', 0, 0, W, H, {});
old.st.text('Connect to QuickBooks', { size: 22, weight: 700 });
old.st.btnFrame('Connect', {});
old.st.text('Powered by Codat', { size: 11, color: '#9CA3AF' });

const json = d.toJSON(['Cover', 'Flow — onboarding', '🧩 Components', 'Archive']);
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Mobile (375x812) onboarding for a UK job-costing app for electricians: marketing start, sign-up, trade details, then a "Bring your books in" screen with a Xero / something-else branch, a redirect sheet, a CSV fallback, a card-reader step and a linked-apps screen.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'platform.explain-redirect', 'platform.alternatives', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.prefill', 'value.contextual-ctas', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
    'privacy.mutual-nda', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'connection.refresh',
  ],
  notes: {
    'funnel.greeting-email': 'Welcome email frame with a numbered 1-2-3 list where linking accounting is step 2, plus a "Link my accounting" button.',
    'funnel.three-actions': 'Marketing -> sign-up -> trade details -> "Bring your books in": 3 taps.',
    'funnel.social-proof': 'Quote from a named electrician and his firm on the marketing screen.',
    'value.three-part': 'Benefit (profit per job), how data is used (reads invoices, bills, supplier costs for job margin) and the Xero / something-else buttons together.',
    'value.faq-link': '"Why do we ask for this?" link to a benefits Q&A screen beside the value message.',
    'value.progress-meter': '"1 of 2 sources linked" with a bar on Linked apps.',
    'privacy.data-scope': 'Names accounting data (invoices, bills, supplier costs) and says it is read only, nothing written back.',
    'privacy.consent-action': 'Checkbox instance beside consent copy naming the Privacy notice, before the link buttons.',
    'privacy.disconnect-anytime': '"Unlink in Settings whenever you like."',
    'privacy.support-contacts': 'The phone/email line on the connect screen is a hidden layer; nothing visible.',
    'privacy.powered-by': 'Only on the Archive page (old v1 screen), not in the flow.',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" with no edition/product names.',
    'platform.non-linear': 'No save-for-later, invite or skip in the linking screens; "Skip" is only on the marketing screen.',
    'platform.multiple-connections': 'Xero shown "Connected ✓" while adding a card reader; "+ Add another app" on Linked apps.',
    'connection.delete': 'Red "Disconnect" under the Xero connection. "Delete account" in Settings is a look-alike.',
    'connection.refresh': 'No sync-now / refresh control.',
    'connection.syncing-indicator': 'SumUp row shows "Syncing…" with a spinner ellipse.',
  },
  flow: { startFrameId: m.frame.id, connectFrameId: lb.frame.id, stepsToConnect: 3, deadEnds: [tm.frame.id] },
};
writeOut(NAME, json, truth);

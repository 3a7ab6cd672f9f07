// d84: corporate expense cards for startups, desktop 1440, US English.
import { Doc, Stack, screen, componentsPage, go, close, oldLink, writeOut, solid, WRITTEN_BY } from './lib.js';

const NAME = 'd84-saas-expense-cards-desktop';
const d = new Doc('Ledgercard – Web onboarding (Q4)', '2026-11-02T17:40:03Z');
const C = componentsPage(d, 'Components', { primary: '#6D28D9', hover: '#5B21B6', btnName: 'Button/Primary', setName: 'Button' });

const flow = d.page('Onboarding + activation', 2000);
const W = 1440, H = 900, GAP = 120;
const secA = d.node(flow, 'SECTION', 'Onboarding', 0, 0, 6 * (W + GAP) + 200, H + 200, { fills: [solid('#F5F3FF')] });
const secB = d.node(flow, 'SECTION', 'App', 0, H + 400, 9 * (W + GAP) + 200, H + 200, { fills: [solid('#ECFDF5')] });
const SA = (i, name, o = {}) => screen(d, secA, name, 100 + i * (W + GAP), 100, W, H, { pad: 0, ...o });
const SB = (i, name, o = {}) => screen(d, secB, name, 100 + i * (W + GAP), 100, W, H, { pad: 0, ...o });

// centred card inside a screen
function card(sc, h, w = 480) {
  const b = sc.st.box(h, { x: (W - w) / 2, w, pad: 32, gap: 14, fill: '#FFFFFF', radius: 16, stroke: '#E5E7EB', name: 'Card' });
  return b;
}
function field(st, label, ph) {
  const f = st.box(66, { name: 'Input', pad: 0, gap: 4 });
  f.text(label, { size: 13, weight: 600, color: '#374151' });
  f.box(40, { fill: '#FFFFFF', stroke: '#D1D5DB', radius: 8, layout: 'HORIZONTAL', pad: 10 }).text(ph, { size: 14, color: '#9CA3AF' });
}

// 1 sign up
const s1 = SA(0, 'Desktop - 1 Sign up', { bg: '#FAFAFA' });
s1.st.space(120);
const c1 = card(s1, 520);
c1.text('Ledgercard', { size: 18, weight: 700, color: '#6D28D9' });
c1.text('Corporate cards that code themselves', { size: 26, weight: 700 });
field(c1, 'Work email', 'jane@startup.com');
field(c1, 'Company name', 'Acme Robotics');
const go1 = c1.btnInst('Get started', C.base.id, { fill: '#6D28D9', name: 'Button' });
go1.interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: C.hover.id, navigation: 'CHANGE_TO', transition: null }] }];
c1.btnGroup('Sign up with Google', { fill: '#FFFFFF', color: '#111827', radius: 8 });
const pricingLink = c1.link('See pricing', { underline: true, size: 13 });

// 2 verify
const s2 = SA(1, 'Desktop - 2 Verify', { bg: '#FAFAFA' });
s2.st.space(160);
const c2 = card(s2, 330);
c2.text('Check your inbox', { size: 24, weight: 700 });
c2.text('We sent a 6-digit code to jane@startup.com', { size: 14, color: '#6B7280' });
c2.box(48, { layout: 'HORIZONTAL', stroke: '#D1D5DB', radius: 8 }).text('–  –  –  –  –  –', { size: 20, align: 'CENTER' });
const go2 = c2.btnFrame('Verify', { fill: '#6D28D9', radius: 8 });

// 3 about you
const s3 = SA(2, 'Desktop - 3 About you', { bg: '#FAFAFA' });
s3.st.space(100);
const c3 = card(s3, 560);
c3.text('Tell us about your team', { size: 24, weight: 700 });
field(c3, 'Your role', 'Founder / CEO');
field(c3, 'Headcount', '11–50');
c3.text('How did you hear about us?', { size: 13, weight: 600 });
c3.text('LinkedIn  ·  A friend  ·  Podcast  ·  Other', { size: 14, color: '#374151' });
const go3 = c3.btnFrame('Next', { fill: '#6D28D9', radius: 8 });

// 4 card preferences
const s4 = SA(3, 'Desktop - 4 Card preferences', { bg: '#FAFAFA' });
s4.st.space(100);
const c4 = card(s4, 520);
c4.text('Default spend limits', { size: 24, weight: 700 });
for (const [k, v] of [['Per-card monthly limit', '$2,500'], ['Receipt required over', '$75'], ['Blocked categories', 'Gambling, ATM']]) {
  const r = c4.box(44, { layout: 'HORIZONTAL', stroke: '#E5E7EB', radius: 8 });
  r.text(`${k}\u00A0\u00A0—\u00A0\u00A0${v}`, { size: 14 });
}
const go4 = c4.btnFrame('Save limits', { fill: '#6D28D9', radius: 8 });

// 5 invite team
const s5 = SA(4, 'Desktop - 5 Invite team', { bg: '#FAFAFA' });
s5.st.space(100);
const c5 = card(s5, 460);
c5.text('Issue cards to your team', { size: 24, weight: 700 });
field(c5, 'Emails', 'sam@startup.com, lee@startup.com');
const go5 = c5.btnFrame('Send invites', { fill: '#6D28D9', radius: 8 });
const go5b = c5.link('Skip — I’ll invite people later', { size: 13, color: '#6B7280' });

// 14 pricing (dead end)
const pr = SA(5, 'Desktop - 14 Pricing', { bg: '#FFFFFF' });
pr.st.space(60);
pr.st.text('Simple pricing', { size: 40, weight: 700, align: 'CENTER' });
const plans = pr.st.box(360, { layout: 'HORIZONTAL', x: 220, w: 1000, gap: 24 });
for (const [p, price, l] of [['Starter', '$0', 'Up to 10 cards'], ['Growth', '$12 / user', 'Unlimited cards, bill pay'], ['Scale', 'Talk to us', 'SSO, custom roles']]) {
  const pc = new Stack(d, d.node(plans.f, 'FRAME', 'Frame 61', 12 + ['Starter', 'Growth', 'Scale'].indexOf(p) * 330, 12, 300, 320, { fills: [solid('#F9FAFB')], cornerRadius: 14, layoutMode: 'VERTICAL' }), { pad: 20 });
  pc.text(p, { size: 20, weight: 700 });
  pc.text(price, { size: 30, weight: 700 });
  pc.text(l, { size: 14, color: '#6B7280' });
}
pr.st.text('Billed monthly. Cancel anytime.', { size: 13, color: '#6B7280', align: 'CENTER' });

// App screens with sidebar
function appScreen(i, name) {
  const sc = SB(i, name, { side: 240, bg: '#F9FAFB', pad: 32 });
  const sb = d.node(sc.frame, 'FRAME', 'Sidebar', 0, 0, 240, H, { fills: [solid('#1E1B4B')], layoutMode: 'VERTICAL' });
  const nav = new Stack(d, sb, { pad: 20, gap: 14 });
  nav.text('Ledgercard', { size: 18, weight: 700, color: '#FFFFFF' });
  const items = {};
  for (const it of ['Home', 'Cards', 'Expenses', 'Reimbursements', 'Reports', 'Integrations', 'Settings']) items[it] = nav.text(it, { size: 14, color: '#C7D2FE' });
  return { ...sc, items };
}

// 6 home (first connect prompt)
const home = appScreen(0, 'Desktop - 6 Home');
home.st.text('Good morning, Jane', { size: 26, weight: 700 });
const row = home.st.box(150, { layout: 'HORIZONTAL', gap: 16 });
row.text('Spend this month\n$18,420.55', { size: 20, weight: 600, w: 300 });
const hc = home.st.box(130, { fill: '#FFFFFF', radius: 14, stroke: '#DDD6FE', gap: 8, name: 'Frame 212' });
hc.text('Accounting isn’t connected yet', { size: 18, weight: 700 });
const homeCta = hc.btnInst('Connect accounting', C.btn.id, { w: 220, h: 40, fill: '#6D28D9', name: 'Button/Primary' });
const tasks = home.st.box(170, { fill: '#FFFFFF', radius: 14, gap: 6 });
tasks.text('Needs attention', { size: 16, weight: 700 });
tasks.text('3 expenses waiting for your review\n2 receipts missing\nCard •• 4411 frozen — Delete card', { size: 14, color: '#374151' });
home.st.text('★★★★★  Rated 4.9 by finance teams on G2', { size: 13, visible: false, name: 'g2 badge' });
const help = home.st.box(60, { fill: '#EEF2FF', radius: 30, layout: 'HORIZONTAL', w: 260, name: 'Help widget' });
help.text('💬 Chat with support', { size: 14, weight: 600 });

// 7 connect modal (overlay)
const modal = screen(d, secB, 'Desktop - 7 Connect modal', 100 + 8 * (W + GAP), 100, 760, 820, { pad: 32, gap: 12 });
modal.st.text('Connect your tools', { size: 24, weight: 700 });
modal.st.search('Search 40+ integrations');
modal.st.text('Accounting & ERP', { size: 16, weight: 700, color: '#6D28D9' });
const ns = modal.st.logoRow('Oracle NetSuite', { trailing: 'Connect' });
const qbo = modal.st.logoRow('QuickBooks Online', { trailing: 'Connect' });
const xero = modal.st.logoRow('Xero', { trailing: 'Connect' });
modal.st.text('HR & payroll', { size: 16, weight: 700, color: '#6D28D9' });
modal.st.logoRow('Gusto', { trailing: 'Connect' });
modal.st.logoRow('Rippling', { trailing: 'Connect' });
modal.st.logoRow('BambooHR', { trailing: 'Connect' });
modal.st.text('Not the right person? Email this step to your controller →', { size: 13, color: '#6D28D9' });
const later = modal.st.link('I’ll do this later', { color: '#6B7280', size: 13 });

// 8 redirect
const rd = appScreen(1, 'Desktop - 8 Choose software');
rd.st.text('Connect Oracle NetSuite', { size: 26, weight: 700 });
const rdc = rd.st.box(520, { fill: '#FFFFFF', radius: 14, gap: 10, w: 720 });
rdc.text('Here’s what happens next', { size: 16, weight: 700 });
rdc.text('1  A NetSuite tab opens — sign in with an admin role\n2  Approve the Ledgercard token\n3  You’re sent back here and we start the first import', { size: 14 });
rdc.text('Ledgercard will read: chart of accounts, departments, classes, vendors\nLedgercard will write: card transactions and bills, into the subsidiary you choose', { size: 13, color: '#374151' });
rdc.text('Data moves over TLS 1.3 and is stored with AES-256 encryption. We never share your ledger with third parties.', { size: 13, color: '#374151' });
rdc.text('8,400+ startups sync their books with Ledgercard', { size: 13, weight: 600 });
rdc.text('Need a mutual NDA in place first? Request one from our legal team', { size: 13, color: '#6D28D9', deco: 'UNDERLINE' });
const toNs = rdc.btnFrame('Continue to NetSuite', { fill: '#6D28D9', radius: 8, w: 260 });
rdc.text('Connections powered by Codat', { size: 11, color: '#9CA3AF' });

// 9 importing
const im = appScreen(2, 'Desktop - 9 Importing');
im.st.text('Importing from NetSuite…', { size: 26, weight: 700 });
im.st.rect(48, { type: 'VECTOR', name: 'Ellipse 7', w: 48, fill: '#DDD6FE' });
im.st.text('Chart of accounts ✓\nVendors ✓\nDepartments — in progress', { size: 14, color: '#374151' });
const imNext = im.st.btnFrame('Continue', { fill: '#6D28D9', radius: 8, w: 200 });

// 10 HR
const hr = appScreen(3, 'Desktop - 10 HR');
hr.st.text('Connect your HR system', { size: 26, weight: 700 });
hr.st.logoRow('Oracle NetSuite', { sub: 'Connected ✓', subColor: '#16A34A' });
const gusto = hr.st.logoRow('Gusto', { trailing: 'Connect' });
hr.st.logoRow('Rippling', { trailing: 'Connect' });
hr.st.logoRow('BambooHR', { trailing: 'Connect' });
hr.st.logoRow('ADP Workforce Now', { trailing: 'Connect' });
const hrSkip = hr.st.link('Skip for now', { color: '#6B7280' });

// 11 company details prefilled
const cd = appScreen(4, 'Desktop - 11 Company details');
cd.st.text('Confirm your company details', { size: 26, weight: 700 });
cd.st.text('Filled in from Oracle NetSuite — edit anything that’s out of date.', { size: 14, color: '#6B7280' });
for (const [k, v] of [['Legal name', 'Acme Robotics, Inc.'], ['EIN', '84-2039311'], ['Registered address', '548 Market St #32119, San Francisco, CA 94104'], ['Fiscal year end', 'December 31'], ['Annual revenue (last FY)', '$4,210,000']]) {
  const f = cd.st.box(66, { pad: 0, gap: 4, w: 560, name: 'Input' });
  f.text(k, { size: 13, weight: 600, color: '#374151' });
  f.box(40, { fill: '#FFFFFF', stroke: '#D1D5DB', radius: 8, layout: 'HORIZONTAL', pad: 10 }).text(v, { size: 14 });
}
const cdOk = cd.st.btnFrame('Looks right', { fill: '#6D28D9', radius: 8, w: 200 });

// 12 reports (contextual)
const rp = appScreen(5, 'Desktop - 12 Reports');
rp.st.text('Reports', { size: 26, weight: 700 });
const chart = rp.st.box(320, { fill: '#FFFFFF', radius: 14, gap: 10 });
chart.text('Spend by GL category', { size: 16, weight: 700 });
chart.rect(180, { fill: '#F3F4F6', radius: 8, name: 'chart placeholder' });
const rpCta = chart.link('Connect accounting to fill this chart →', { weight: 600 });

// 13 integrations
const ig = appScreen(6, 'Desktop - 13 Integrations');
ig.st.text('Integrations', { size: 26, weight: 700 });
const nsc = ig.st.box(130, { fill: '#FFFFFF', radius: 14, gap: 4, stroke: '#E5E7EB' });
nsc.text('Oracle NetSuite  ·  Acme Robotics, Inc. (US subsidiary, USD)', { size: 15, weight: 700 });
nsc.text('First sync Oct 2, 2026 9:14 AM  ·  Last sync 12 minutes ago  ·  View history', { size: 13, color: '#6B7280' });
nsc.text('↻ Sync now        Disconnect', { size: 13, weight: 600, color: '#6D28D9' });
ig.st.logoRow('Gusto', { sub: 'Waiting for admin approval', subColor: '#D97706' });
ig.st.logoRow('Rippling', { sub: 'Syncing employees…', spinner: true });
const addInt = ig.st.link('+ Add integration', { weight: 600 });
ig.st.text('Stuck? Chat with us, email support@ledgercard.com or call (415) 555-0142', { size: 13, color: '#6B7280' });

// email look-alike (no connect call to action)
const em = screen(d, flow, 'Email - cards shipped', 0, 2 * H + 900, 640, 700, { bg: '#F3F4F6', pad: 32 });
const eb = em.st.box(520, { fill: '#FFFFFF', radius: 12, pad: 28 });
eb.text('Your Ledgercard cards are on the way 📦', { size: 22, weight: 700 });
eb.text('Physical cards for 6 teammates shipped today and should arrive in 5–7 business days. Virtual cards are ready to use now.', { size: 15 });
const emBtn = eb.btnFrame('Open Ledgercard', { fill: '#6D28D9', radius: 8, w: 220 });
eb.text('Ledgercard, Inc. · 548 Market St · San Francisco', { size: 11, color: '#9CA3AF' });

// prototype
go(go1, s2.frame);
go(pricingLink, pr.frame);
go(go2, s3.frame);
go(go3, s4.frame);
go(go4, s5.frame);
go(go5, home.frame);
go(go5b, home.frame);
go(homeCta, modal.frame, 'OVERLAY');
go(home.items.Reports, rp.frame);
oldLink(home.items.Integrations, ig.frame);
go(rpCta, modal.frame, 'OVERLAY');
go(ns.row, rd.frame);
go(qbo.row, rd.frame);
go(xero.row, rd.frame);
close(later);
go(toNs, im.frame);
go(imNext, hr.frame, 'SWAP');
go(gusto.row, cd.frame);
go(hrSkip, cd.frame);
go(cdOk, ig.frame);
go(addInt, modal.frame, 'OVERLAY');
go(ig.items.Home, home.frame);
go(rd.items.Home, home.frame);
go(emBtn, home.frame);

flow.prototypeStartNodeID = s1.frame.id;

const arch = d.page('Archive (do not use)', 7000);
const a1 = screen(d, arch, 'Old home v0', 0, 0, W, H, { pad: 40 });
a1.st.text('Connect QuickBooks to get started', { size: 28, weight: 700 });
a1.st.text('Your data is safe — disconnect whenever you like.', { size: 14 });

const json = d.toJSON(['Onboarding + activation', 'Components', 'Archive (do not use)']);
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1440) web onboarding for a US startup expense-card product. Five set-up screens lead to a dashboard whose card opens a connect modal (accounting & ERP, HR & payroll), then a NetSuite hand-off page, an import screen, an HR step, prefilled company details and an Integrations page.',
  present: [
    'funnel.cta-visible', 'funnel.prefill', 'value.contextual-ctas',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear',
    'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.social-proof', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'platform.alternatives',
  ],
  notes: {
    'funnel.greeting-email': 'The only email frame is a "cards shipped" notice with no connect call to action.',
    'funnel.three-actions': 'Sign-up -> verify -> about you -> limits -> invite -> home: the connect card is 5 clicks in.',
    'funnel.cta-visible': 'Connect card on the dashboard and a permanent "Integrations" sidebar entry.',
    'funnel.social-proof': 'The G2 rating line is a hidden layer; "expenses waiting for your review" is not a testimonial.',
    'funnel.prefill': 'Company details (legal name, EIN, address, revenue) shown filled in from NetSuite after connecting.',
    'value.three-part': 'Dashboard card and modal only say "Connect accounting"; no benefit message at the decision point.',
    'value.contextual-ctas': 'Reports chart "Spend by GL category" carries "Connect accounting to fill this chart".',
    'privacy.data-scope': 'Read list (chart of accounts, vendors…) and write list (card transactions, bills).',
    'privacy.statistics': '"8,400+ startups sync their books" and AES-256 on the hand-off page.',
    'privacy.support-contacts': 'Chat, support email and phone number on Integrations; chat widget on home.',
    'privacy.powered-by': '"Connections powered by Codat" on the hand-off page.',
    'privacy.mutual-nda': '"Need a mutual NDA in place first? Request one".',
    'privacy.consent-action': 'No checkbox or policy link before connecting.',
    'platform.grouped-categories': '"Accounting & ERP" and "HR & payroll" headings over the cards.',
    'platform.accurate-branding': 'Oracle NetSuite, QuickBooks Online, Xero, ADP Workforce Now.',
    'platform.non-linear': '"Email this step to your controller", "I’ll do this later", "Skip for now".',
    'platform.alternatives': 'No route for software that is not listed.',
    'connection.view-live': 'NetSuite row with subsidiary, currency, first and last sync.',
    'connection.refresh': '"↻ Sync now".',
    'connection.syncing-indicator': 'Import spinner screen and "Syncing employees…" with a spinner.',
  },
  flow: { startFrameId: s1.frame.id, connectFrameId: home.frame.id, stepsToConnect: 5, deadEnds: [pr.frame.id] },
};
writeOut(NAME, json, truth);

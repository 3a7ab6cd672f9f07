// h51: payments and reconciliation for UK veterinary clinics, desktop 1440.
import { makeIds, makeBuilder, canvas, writeDoc, buttonSet, plainComponent, click, go, back, url, image, solid } from './lib.mjs';

const dir = new URL('..', import.meta.url).pathname;
const nextId = makeIds();
const components = {}, componentSets = {};
const W = 1440, H = 1024;
const GREEN = '#0f6e5c', INK = '#17232b', MUTED = '#5b6b74', LINE = '#d9e2e6';

// ---------- components page (2) ----------
const C = makeBuilder('2', nextId);
const primary = buttonSet(C, 'Comp / Action / Large', 40, 40, solid(GREEN), '#ffffff', components, componentSets);
const ghost = buttonSet(C, 'Comp / Action / Ghost', 40, 160, solid('#ffffff'), GREEN, components, componentSets);
const chk = plainComponent(C, 'tick-box', 40, 280, 20, 20, [C.rect('Rectangle 3', { w: 20, h: 20, radius: 4, stroke: '#8a9aa3' })], components);
const pill = plainComponent(C, 'Status pill', 100, 280, 96, 24, [C.rect('bg', { w: 96, h: 24, radius: 12, fill: '#e3f4ee' }), C.text('Label', { s: 12, x: 12, y: 4, w: 72 })], components);
const compPage = canvas('2:0', '🧩 Components', [primary.set, ghost.set, chk.comp, pill.comp]);

// ---------- cover page (1) ----------
const K = makeBuilder('1', nextId);
const cover = canvas('1:0', 'Cover', [K.frame('Cover', { w: 1920, h: 1080, fill: GREEN }, [
  K.text('Tallypaw — Onboarding v3', { s: 64, wt: 700, c: '#ffffff', x: 120, y: 400, w: 1200 }),
  K.text('Card & insurer payments, matched to your PMS and ledger\nStatus: ready for dev handoff · Owner: Priya', { s: 24, c: '#cfe9e1', x: 120, y: 500, w: 1000 }),
])]);

// ---------- flow page (3) ----------
const B = makeBuilder('3', nextId);
const S = {};
for (const k of ['signup', 'terms', 'practice', 'link', 'choose', 'redirect', 'syncing', 'status', 'prefill', 'home', 'connections', 'help', 'tour']) S[k] = B.id();

const text = B.text, col = B.col, row = B.row;
const btnInst = (label, comp, o = {}) => B.instance(o.name ?? 'Comp / Action / Large', comp, { w: o.w ?? 200, h: 48, fill: o.fill ?? solid(GREEN), radius: 8, layout: 'HORIZONTAL', pad: [14, 24], align: 'CENTER', on: o.on }, [text(label, { s: 15, wt: 600, c: o.c ?? '#ffffff', w: (o.w ?? 200) - 48, align: 'CENTER' })]);
const btnFrame = (label, o = {}) => row(o.name ?? 'Frame 88', { h: 44, pad: [12, 20], fill: o.fill ?? GREEN, radius: 6, align: 'CENTER', on: o.on, stroke: o.stroke }, [text(label, { s: 14, wt: 600, c: o.c ?? '#ffffff' })]);
const link = (label, o = {}) => text(label, { s: o.s ?? 14, c: o.c ?? GREEN, deco: o.deco, wt: o.wt ?? 500, on: o.on, name: o.name });
const sidebar = (active, live) => col('Frame 201', { w: 240, h: H, pad: [32, 20], gap: 6, fill: '#0d2a33' }, [
  text('Tallypaw', { s: 20, wt: 700, c: '#ffffff', name: 'wordmark' }),
  B.rect('Rectangle 40', { w: 200, h: 24 }),
  ...['Takings', 'Matching', 'Insurer claims', 'Reports', 'Settings'].map((m) => row(m === active ? 'nav/item/active' : 'Auto layout', { w: 200, h: 40, pad: [10, 12], gap: 10, radius: 6, fill: m === active ? '#1d4552' : undefined, align: 'CENTER', on: !live ? undefined : m === 'Settings' ? click(go(S.connections)) : m === 'Takings' ? click(go(S.home)) : undefined }, [
    B.vec('Vector', { w: 16, h: 16, c: '#9fc3cc' }), text(m, { s: 14, c: '#e6f1f3' })])),
]);
const topbar = (title) => row('Frame 202', { w: W - 240, h: 72, pad: [20, 40], gap: 16, align: 'CENTER', fill: '#ffffff', stroke: LINE }, [
  text(title, { s: 22, wt: 700, c: INK, w: 900 }), text('Elmwood Veterinary Group', { s: 13, c: MUTED, w: 200 }), B.ellipse('Ellipse 4', { w: 36, h: 36, fill: image('5c0a1e7be0d2f4a8') }),
]);
const shell = (key, name, title, active, body) => row(name, { id: S[key], w: W, h: H, fill: '#f4f7f8' }, [sidebar(active, ['home', 'connections', 'help'].includes(key)), col('Frame 210', { w: W - 240, h: H }, [topbar(title), body])]);
const field = (label, value, o = {}) => col('Frame 77', { w: o.w ?? 420, gap: 6 }, [
  text(label, { s: 13, wt: 500, c: MUTED }),
  row('Input', { w: o.w ?? 420, h: 44, pad: [12, 14], radius: 6, fill: '#ffffff', stroke: o.filled ? GREEN : LINE }, [text(value, { s: 15, c: o.ph ? '#9aa8ae' : INK, w: (o.w ?? 420) - 60 }), ...(o.filled ? [B.vec('check', { w: 14, h: 14, c: GREEN })] : [])]),
]);
const logo = (ref) => B.rect('Rectangle 12', { w: 40, h: 40, radius: 8, fill: image(ref) });

// 1 sign up (start)
const signup = row('Sign up', { id: S.signup, w: W, h: H, fill: '#ffffff' }, [
  col('Frame 427', { w: 720, h: H, pad: [120, 140], gap: 28 }, [
    text('Tallypaw', { s: 22, wt: 700, c: GREEN }),
    text('Get paid faster at the front desk', { s: 28, wt: 700, c: INK, w: 440 }),
    text('Create your practice account. It takes about two minutes.', { s: 16, c: MUTED, w: 440 }),
    col('Auto layout', { w: 440, gap: 16 }, [field('Work email', 'name@yourpractice.co.uk', { ph: true, w: 440 }), field('Password', '••••••••••', { w: 440 })]),
    btnInst('Create account', primary.defId, { w: 440, on: click(go(S.practice)) }),
    text('By creating an account you accept our Terms of Service.', { s: 12, c: MUTED, w: 440, name: 'legal' }),
    link('Read the terms', { s: 12, deco: 'UNDERLINE', on: click(go(S.terms)) }),
  ]),
  col('Frame 428', { w: 720, h: H, pad: [200, 100], gap: 24, fill: '#e8f3ef' }, [
    text('“We used to spend Monday mornings ticking off card slips against the PMS. Now the matching is done before the first consult.”', { s: 22, wt: 500, c: INK, w: 520, font: 'Source Serif Pro' }),
    row('Frame 430', { gap: 12, align: 'CENTER' }, [B.ellipse('Ellipse 2', { w: 48, h: 48, fill: image('9d1c33aa7e5f0b62') }), text('Dr Hannah Okafor MRCVS\nClinical director, Riverside Vets, Bath', { s: 14, c: MUTED, w: 320 })]),
    text('★★★★★  4.8 on Trustpilot', { s: 14, wt: 600, c: INK }),
  ]),
]);

// 2 terms (dead end)
const terms = col('Terms', { id: S.terms, w: W, h: H, pad: [80, 320], gap: 20, fill: '#ffffff' }, [
  text('Terms of Service', { s: 28, wt: 700, c: INK }),
  text('1. About these terms\nThese terms apply to the Tallypaw service provided by Tallypaw Ltd, registered in England and Wales.\n2. Your subscription\nYou may cancel your subscription at any time from Billing; fees already paid are not refunded.\n3. Acceptable use\n…', { s: 15, c: MUTED, w: 800 }),
]);

// 3 practice details
const practice = shell('practice', 'Practice details', 'Tell us about your practice', 'Takings', col('Frame 300', { w: W - 240, pad: [40, 40], gap: 24 }, [
  row('Frame 301', { gap: 8, align: 'CENTER' }, [text('Step 1 of 2', { s: 13, wt: 600, c: GREEN }), B.rect('Rectangle 9', { w: 200, h: 6, radius: 3, fill: '#cfe3dd' })]),
  col('Card', { w: 640, pad: 32, gap: 20, radius: 12, fill: '#ffffff', stroke: LINE }, [
    field('Practice name', 'e.g. Elmwood Veterinary Group', { ph: true, w: 576 }),
    field('Number of sites', '1', { w: 576 }),
    field('Your role', 'Practice manager', { w: 576 }),
    row('Frame 305', { gap: 12 }, [btnFrame('Continue', { on: click(go(S.link)) }), btnFrame('Back', { fill: '#ffffff', c: INK, stroke: LINE, on: click(back()) })]),
  ]),
]));

// 4 link your systems (connect frame)
const consentRow = row('Frame 515', { w: 640, gap: 12 }, [
  B.instance('tick-box', chk.id, { w: 20, h: 20 }, [B.rect('Rectangle 3', { w: 20, h: 20, radius: 4, stroke: '#8a9aa3' })]),
  text('I agree that Tallypaw may read the data described above, as set out in the Data Processing Notice.', { s: 14, c: INK, w: 560 }),
]);
const link_ = shell('link', 'Link your systems', 'Link your systems', 'Takings', row('Frame 500', { w: W - 240, pad: [40, 40], gap: 40 }, [
  col('Frame 501', { w: 700, gap: 24 }, [
    row('Frame 301', { gap: 8, align: 'CENTER' }, [text('Step 2 of 2', { s: 13, wt: 600, c: GREEN }), B.rect('Rectangle 9', { w: 200, h: 6, radius: 3, fill: GREEN })]),
    text('Stop matching payments by hand', { s: 26, wt: 700, c: INK, w: 700 }),
    col('Frame 505', { w: 700, gap: 16, pad: 24, radius: 12, fill: '#ffffff', stroke: LINE }, [
      row('Frame 506', { w: 652, gap: 14 }, [B.vec('Vector', { w: 24, h: 24, c: GREEN }), col('Frame 507', { w: 600, gap: 4 }, [text('What you get', { s: 15, wt: 600, c: INK }), text('Every card, insurer and direct-debit payment matched to the right client invoice, so your month-end balances itself.', { s: 14, c: MUTED, w: 600 })])]),
      row('Frame 508', { w: 652, gap: 14 }, [B.vec('Vector', { w: 24, h: 24, c: GREEN }), col('Frame 509', { w: 600, gap: 4 }, [text('What we read, and where it goes', { s: 15, wt: 600, c: INK }), text('From your practice-management system: client invoices and outstanding balances.\nFrom your bank: incoming transactions only.\nInto your accounting software: we post the matched payments back — nothing else is changed.', { s: 14, c: MUTED, w: 600 })])]),
      row('Frame 510', { w: 652, gap: 14 }, [B.vec('Vector', { w: 24, h: 24, c: GREEN }), col('Frame 511', { w: 600, gap: 4 }, [text('Next', { s: 15, wt: 600, c: INK }), text('Pick your PMS, accounting package and bank on the next screen.', { s: 14, c: MUTED, w: 600 })])]),
    ]),
    text('Bank-grade encryption in transit and at rest. We never pass your clinic’s data to third parties without your permission.', { s: 14, c: INK, w: 680, name: '🔒 reassurance' }),
    text('You can unlink any system in Settings whenever you like — matched history stays in your ledger.', { s: 14, c: MUTED, w: 680, visible: false, name: 'disconnect note (parked)' }),
    consentRow,
    link('Data Processing Notice', { s: 13, deco: 'UNDERLINE', on: click(url('https://tallypaw.example/legal/dpn')) }),
    row('Frame 520', { gap: 16, align: 'CENTER' }, [btnInst('Link your systems', primary.defId, { w: 240, on: click(go(S.choose)) }), link('Why do we ask for this?', { on: click(url('https://help.tallypaw.example/faq/why-link')) })]),
    row('Frame 521', { gap: 8, align: 'CENTER' }, [text('Connections powered by', { s: 12, c: MUTED }), B.rect('codat-logo', { w: 64, h: 16, fill: image('a3c0da7f11be2e40') })]),
  ]),
  col('Frame 530', { w: 360, gap: 16, pad: 24, radius: 12, fill: '#e8f3ef' }, [
    text('2,300+', { s: 32, wt: 700, c: GREEN }),
    text('UK practices trust Tallypaw’s 256-bit encryption with their takings data.', { s: 14, c: INK, w: 312 }),
    B.rect('Rectangle 31', { w: 312, h: 1, fill: LINE }),
    text('Linking guides', { s: 15, wt: 600, c: INK }),
    link('Step-by-step: linking ezyVet, Provet Cloud and RxWorks', { s: 13, deco: 'UNDERLINE', on: click(url('https://help.tallypaw.example/guides/linking-your-pms')) }),
    text('Stuck? Call 0117 496 0321 · help@tallypaw.example · Live chat 8am–6pm', { s: 13, c: MUTED, w: 312 }),
  ]),
]));

// 5 choose systems
const card = (nm, ref, sub) => row('Frame 611', { w: 340, h: 72, pad: [16, 16], gap: 14, radius: 10, fill: '#ffffff', stroke: LINE, align: 'CENTER', on: click(go(S.redirect, 'OVERLAY')) }, [logo(ref), col('Frame 612', { w: 250, gap: 2 }, [text(nm, { s: 15, wt: 600, c: INK }), text(sub, { s: 12, c: MUTED })])]);
const group = (heading, cards) => col('Frame 610', { w: 1100, gap: 12 }, [text(heading, { s: 18, wt: 600, c: INK }), row('Frame 613', { w: 1100, gap: 16 }, cards)]);
const choose = shell('choose', 'Choose systems', 'Choose what to link', 'Takings', col('Frame 600', { w: W - 240, pad: [32, 40], gap: 28 }, [
  text('Select one from each group. You can come back for the rest.', { s: 15, c: MUTED, w: 800 }),
  group('Practice management', [card('ezyVet', '0e1f2a3b', 'Cloud PMS'), card('Provet Cloud', '1f2a3b4c', 'Cloud PMS'), card('RxWorks', '2a3b4c5d', 'Server or hosted')]),
  group('Accounting', [card('Xero', '3b4c5d6e', 'xero.com'), card('QuickBooks Online', '4c5d6e7f', 'quickbooks.intuit.com/uk'), card('Sage Business Cloud Accounting', '5d6e7f80', 'sage.com/en-gb')]),
  group('Bank accounts', [card('Barclays Business', '6e7f8091', 'via Open Banking'), card('HSBC UK Business', '7f8091a2', 'via Open Banking'), card('NatWest Business', '8091a2b3', 'via Open Banking')]),
  row('Frame 640', { gap: 20, align: 'CENTER' }, [
    link('Save and finish later', { on: click(go(S.home)) }),
    text('·', { s: 14, c: MUTED }),
    link('Send this step to a colleague', { name: 'share link' }),
  ]),
]));

// 6 redirect explainer (overlay)
const redirect = col('Before you go', { id: S.redirect, w: 520, h: 380, pad: 32, gap: 18, radius: 16, fill: '#ffffff' }, [
  row('Frame 701', { gap: 12, align: 'CENTER' }, [logo('3b4c5d6e'), B.vec('Vector 7', { w: 24, h: 12 }), B.rect('Rectangle 70', { w: 40, h: 40, radius: 8, fill: GREEN })]),
  text('Over to Xero', { s: 22, wt: 700, c: INK }),
  text('We’ll open Xero in a new tab. Sign in there and approve read access for Tallypaw — then you’ll land straight back on this page.', { s: 15, c: MUTED, w: 456 }),
  row('Frame 705', { gap: 12 }, [btnFrame('Continue to Xero', { on: click(go(S.syncing)) }), btnFrame('Cancel', { fill: '#ffffff', c: INK, stroke: LINE, on: click({ type: 'CLOSE' }) })]),
]);

// 7 syncing
const syncing = shell('syncing', 'Syncing', 'Linking Xero', 'Takings', col('Frame 800', { w: W - 240, pad: [160, 400], gap: 20, align: 'CENTER' }, [
  B.ellipse('spinner', { w: 56, h: 56, stroke: GREEN, strokeWeight: 5 }),
  text('Pulling in your Xero ledger…', { s: 20, wt: 600, c: INK }),
  text('This usually takes under a minute. You can leave this page open.', { s: 14, c: MUTED }),
  btnFrame('Next', { name: 'proto-next', on: click(go(S.status)) }),
]));

// 8 status / multiple
const st = (nm, ref, state, tone) => row('Frame 911', { w: 760, h: 68, pad: [14, 20], gap: 16, radius: 10, fill: '#ffffff', stroke: LINE, align: 'CENTER' }, [logo(ref), text(nm, { s: 15, wt: 600, c: INK, w: 420 }), B.instance('Status pill', pill.id, { w: 150, h: 24, fill: solid(tone) }, [text(state, { s: 12, c: INK, w: 130 })])]);
const status = shell('status', 'Your links', 'Your links', 'Takings', col('Frame 900', { w: W - 240, pad: [32, 40], gap: 16 }, [
  row('Frame 901', { gap: 12, align: 'CENTER' }, [text('2 of 3 linked', { s: 14, wt: 600, c: GREEN }), row('meter', { w: 300, h: 8, radius: 4, fill: '#cfe3dd' }, [B.rect('Rectangle 91', { w: 200, h: 8, radius: 4, fill: GREEN })])]),
  st('Xero', '3b4c5d6e', 'Linked ✓', '#e3f4ee'),
  st('ezyVet', '0e1f2a3b', 'Linked ✓', '#e3f4ee'),
  st('Barclays Business', '6e7f8091', 'Waiting for approval', '#fff3d6'),
  row('Frame 920', { gap: 8, align: 'CENTER', on: click(go(S.choose)) }, [B.vec('plus', { w: 14, h: 14, c: GREEN }), link('Add another system')]),
  btnFrame('Review practice details', { on: click(go(S.prefill)) }),
]));

// 9 prefill
const prefill = shell('prefill', 'Practice details – filled', 'Check your practice details', 'Takings', col('Frame 1000', { w: W - 240, pad: [32, 40], gap: 18 }, [
  row('Frame 1001', { gap: 8, align: 'CENTER', pad: [10, 14], radius: 8, fill: '#e3f4ee' }, [B.vec('Vector', { w: 16, h: 16, c: GREEN }), text('We’ve filled these in from Xero — check and confirm.', { s: 14, c: INK })]),
  field('Registered company name', 'Elmwood Veterinary Group Ltd', { filled: true, w: 560 }),
  field('Company number', '09876543', { filled: true, w: 560 }),
  field('VAT registration number', 'GB 123 4567 89', { filled: true, w: 560 }),
  field('Registered office', '14 Orchard Street, Bristol BS1 5EH', { filled: true, w: 560 }),
  field('Annual turnover', '£2.4m', { filled: true, w: 560 }),
  btnInst('Confirm details', primary.defId, { on: click(go(S.home)) }),
]));

// 10 home with contextual CTA
const home = shell('home', 'Home', 'Takings this week', 'Takings', col('Frame 1100', { w: W - 240, pad: [32, 40], gap: 24 }, [
  row('Frame 1101', { gap: 20 }, ['Card takings £18,240', 'Insurer payouts £6,115', 'Unmatched 14'].map((t) => col('Frame 1102', { w: 340, pad: 20, radius: 12, fill: '#ffffff', stroke: LINE }, [text(t, { s: 18, wt: 600, c: INK })]))),
  col('chart card', { w: 1060, h: 320, pad: 24, gap: 16, radius: 12, fill: '#ffffff', stroke: LINE }, [
    text('Unmatched payments by day', { s: 16, wt: 600, c: INK }),
    col('empty state', { w: 1012, pad: [60, 300], gap: 12, align: 'CENTER', fill: '#f4f7f8', radius: 8 }, [
      text('Your bank isn’t linked yet, so we can’t chart what’s still unmatched.', { s: 14, c: MUTED, w: 412, align: 'CENTER' }),
      btnFrame('Link your bank', { on: click(go(S.choose)) }),
    ]),
  ]),
  row('Frame 1120', { w: 1060, pad: 16, gap: 12, radius: 10, fill: '#ffffff', stroke: LINE, align: 'CENTER' }, [B.rect('Rectangle 15', { w: 32, h: 32, radius: 6, fill: image('c4d5e6f7a8b9') }), text('VetLink Referrals — send referral letters from Tallypaw. Coming soon.', { s: 14, c: INK, w: 700 }), link('Take the tour', { on: click(go(S.tour)) })]),
]));

// 11 settings / connections
const conn = (nm, ref, meta) => row('Frame 1211', { w: 1060, h: 84, pad: [16, 20], gap: 16, radius: 10, fill: '#ffffff', stroke: LINE, align: 'CENTER' }, [
  logo(ref), col('Frame 1212', { w: 620, gap: 4 }, [text(nm, { s: 15, wt: 600, c: INK }), text(meta, { s: 12, c: MUTED, w: 620 })]),
  btnFrame('Sync now', { fill: '#ffffff', c: GREEN, stroke: GREEN, name: 'Btn' }),
  btnFrame('Disconnect', { fill: '#ffffff', c: '#b42318', stroke: '#f1c0bb', name: 'Btn' }),
]);
const connections = shell('connections', 'Settings / Connections', 'Settings', 'Settings', col('Frame 1200', { w: W - 240, pad: [32, 40], gap: 14 }, [
  row('tabs', { gap: 24 }, ['Practice', 'Team', 'Linked systems', 'Billing'].map((t) => text(t, { s: 14, wt: t === 'Linked systems' ? 700 : 400, c: t === 'Linked systems' ? GREEN : MUTED }))),
  conn('Xero', '3b4c5d6e', 'Linked 3 Mar 2025, 09:14 · Last synced 2 minutes ago · GBP · Elmwood Veterinary Group Ltd'),
  conn('ezyVet', '0e1f2a3b', 'Linked 3 Mar 2025, 09:20 · Last synced 11:02 today · 3 sites'),
  conn('Barclays Business ••4471', '6e7f8091', 'Linked 4 Mar 2025, 16:41 · Last synced yesterday 23:00 · GBP current account'),
  row('Frame 1230', { gap: 8, align: 'CENTER', on: click(go(S.choose)) }, [B.vec('plus', { w: 14, h: 14, c: GREEN }), link('Link another system')]),
  B.rect('Rectangle 60', { w: 1060, h: 1, fill: LINE }),
  col('danger zone', { w: 1060, pad: 20, gap: 8, radius: 10, stroke: '#f1c0bb' }, [text('Close your Tallypaw account', { s: 15, wt: 600, c: '#b42318' }), text('Permanently removes your practice, users and matching history.', { s: 13, c: MUTED }), btnFrame('Delete account', { fill: '#b42318' })]),
  link('Help & support', { on: click(go(S.help)) }),
]));

// 12 help
const help = shell('help', 'Help', 'Help & support', 'Settings', col('Frame 1300', { w: W - 240, pad: [32, 40], gap: 16 }, [
  ...[['Phone', '0117 496 0321 (Mon–Fri, 8am–6pm)'], ['Email', 'help@tallypaw.example'], ['Support request', 'Raise a ticket and we’ll reply within 4 working hours']].map(([a, b]) => row('Frame 1301', { w: 700, pad: 16, gap: 20, radius: 10, fill: '#ffffff', stroke: LINE }, [text(a, { s: 15, wt: 600, c: INK, w: 160 }), text(b, { s: 14, c: MUTED, w: 480 })])),
  btnFrame('Back to settings', { on: click(go(S.connections)) }),
]));

// 13 product tour (marketing, with Skip)
const tour = col('Tour – matching', { id: S.tour, w: W, h: H, pad: [200, 420], gap: 24, align: 'CENTER', fill: '#0d2a33' }, [
  B.rect('Rectangle 80', { w: 600, h: 340, radius: 16, fill: image('d1e2f3a4b5c6') }),
  text('New: VetLink Referrals is coming to Tallypaw', { s: 26, wt: 700, c: '#ffffff' }),
  text('Send referral letters and histories without leaving your takings screen.', { s: 16, c: '#b9d3da' }),
  row('Frame 1401', { gap: 16 }, [btnFrame('Join the waitlist'), link('Skip', { c: '#b9d3da', on: click(go(S.home)) })]),
]);

const section = B.frame('Onboarding – happy path', { type: 'SECTION', x: 0, y: 0, w: 6 * 1540, h: 1200, fill: '#ffffff' }, [signup, practice, link_, choose, redirect, syncing].map((f, i) => { f._x = 50 + i * 1540; f._y = 100; return f; }));
const rest = [status, prefill, home, connections, help, tour, terms];
rest.forEach((f, i) => { f._x = i * 1540; f._y = 1400; });
const flowPage = canvas('3:0', '➡️ Flow – onboarding', [section, ...rest], { flows: [{ nodeId: S.signup, name: 'Onboarding' }], start: S.signup });

// ---------- archive page (4): an older take, not in the prototype ----------
const A = makeBuilder('4', nextId);
const archive = canvas('4:0', 'Archive', [A.col('Connect accounts (v1)', { w: W, h: H, pad: 120, gap: 20, fill: '#ffffff' }, [
  A.text('Connect your accounts', { s: 28, wt: 700 }),
  A.text('Securely connect Xero, QuickBooks and your bank to start matching.', { s: 16 }),
  A.row('Frame 9', { h: 44, pad: [12, 20], radius: 6, fill: GREEN }, [A.text('Connect now', { s: 14, wt: 600, c: '#ffffff' })]),
]), A.col('Copy graveyard', { x: 1540, w: 800, h: 400, pad: 40, gap: 12, fill: '#fff8e1' }, [A.text('Old: “Plug in your PMS in 30 seconds” — legal said no to “30 seconds”.', { s: 14, w: 700 })])]);

const nodes = writeDoc(dir, 'h51-vet-clinic-payments-desktop', { title: 'Tallypaw – practice onboarding', lastModified: '2025-03-11T14:22:05Z', version: '5123987741' }, [cover, compPage, flowPage, archive], components, componentSets, {
  kind: 'onboarding',
  description: 'Desktop (1440) onboarding for a UK payments-and-reconciliation product for veterinary practices: sign-up, practice details, a value screen asking the practice to link its practice-management system, accounting package and bank, a grouped platform picker, a redirect overlay, syncing, link status, prefilled details, a home screen with an in-chart prompt, and a settings page managing the links.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'privacy.mutual-nda', 'platform.search', 'platform.alternatives', 'privacy.disconnect-anytime'],
  notes: {
    'funnel.three-actions': 'Sign up → Practice details → Link your systems: two clicks.',
    'value.three-part': 'Link screen: "What you get", "What we read, and where it goes", "Next" beside the "Link your systems" button.',
    'value.contextual-ctas': 'Home chart empty state: "Link your bank" inside the unmatched-payments chart.',
    'value.progress-meter': '"2 of 3 linked" with a filled bar on the status screen; step counter during onboarding.',
    'privacy.disconnect-anytime': 'The only "unlink whenever you like" line is a hidden layer on the link screen.',
    'privacy.powered-by': '"Connections powered by" followed by an image logo.',
    'platform.search': 'Nine cards in three groups, no search field anywhere.',
    'platform.alternatives': 'No upload/manual route for a missing system.',
    'platform.non-linear': '"Save and finish later · Send this step to a colleague" under the picker.',
    'connection.delete': '"Disconnect" per linked system in Settings; the red "Delete account" is the account, not a link.',
    'funnel.greeting-email': 'No email frame in the file.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.link, stepsToConnect: 2, deadEnds: [S.terms] },
});
console.warn('h51 nodes', nodes);

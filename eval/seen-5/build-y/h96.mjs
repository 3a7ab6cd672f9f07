// h96 — trade credit from a pharmacy wholesaler, desktop 1280x800, UK English.
import { F, G, R, V, T, S, C, CS, E, finish, write, truth } from './lib.mjs';
import { btnI, btnF, btnG, link, field, tick, logo } from './parts.mjs';

const NAME = 'h96-pharmacy-wholesale-credit-desktop';
const W = 1280;
const H = 800;
const GREEN = '#0B5D4B';

const topBar = (right = []) =>
  F('Header', 0, 0, W, 64, [
    G('Logo lockup', 32, 18, 220, 28, [V('Vector', 0, 0, 28, 28, { fill: GREEN }), T('Hallam & Pryce TradeCredit', 38, 4, 190, 16, 700, { color: GREEN })]),
    ...right,
  ], { fill: '#FFFFFF', stroke: '#E6E8EC' });

const sideNav = (active) =>
  F('Frame 412', 0, 64, 232, H - 64, [
    F('Auto layout', 16, 24, 200, 260, ['Overview', 'Orders', 'Statements', 'Linked systems', 'Settings'].map((t, i) =>
      F(t === active ? 'nav/active' : 'Frame ' + (520 + i), 0, i * 48, 200, 40, [
        V('Vector', 12, 11, 18, 18, { fill: t === active ? GREEN : '#7A7F8A' }),
        T(t, 40, 10, 150, 15, t === active ? 600 : 500, { color: t === active ? GREEN : '#3C4049' }),
      ], {
        fill: t === active ? '#E3F1ED' : undefined, r: 6,
        go: t === 'Linked systems' ? 'linked' : t === 'Overview' ? 'dash' : undefined,
      }),
    ), { layout: 'VERTICAL', gap: 8 }),
    T('Need a hand? 0114 496 0321', 24, H - 140, 190, 12, 400, { color: '#6B6F7B' }),
  ], { fill: '#F7F8FA', stroke: '#E6E8EC' });

const card = (name, ref, status, x, y, o = {}) =>
  F(o.fname || 'Frame ' + (700 + x + y), x, y, 250, 64, [
    logo(ref, 12, 12, 40, { vector: o.vector, fill: o.vfill }),
    T(name, 64, 12, 176, 14, 600),
    T(status || o.sub || '', 64, 34, 176, 12, status && status.includes('✓') ? 600 : 400, { color: status && status.includes('✓') ? '#1C7C3A' : status ? '#B26A00' : '#6B6F7B' }),
  ], { fill: '#FFFFFF', stroke: status && status.includes('✓') ? '#1C7C3A' : '#DADDE3', r: 10, go: o.go, nav: o.nav, layout: 'HORIZONTAL', gap: 12, px: 12, py: 12 });

// ---------- components page ----------
const components = [
  CS('Comp / Action / Large', 0, 0, 420, 120, [
    C('Property 1=Default', 'btn-default', 20, 20, 180, 44, [T('Button', 0, 12, 180, 15, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: GREEN, r: 8, key: 'btnDefault', hover: 'btnHover' }),
    C('Property 1=Hover', 'btn-hover', 220, 20, 180, 44, [T('Button', 0, 12, 180, 15, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: '#084536', r: 8, key: 'btnHover' }),
  ], { stroke: '#9747FF', r: 5 }),
  C('tickbox', 'tickbox', 0, 160, 20, 20, [], { stroke: '#5B5F6B', r: 4 }),
  C('Badge', 'badge', 60, 160, 90, 24, [T('Label', 8, 4, 74, 12, 600)], { fill: '#E3F1ED', r: 12 }),
];

// ---------- flow page ----------
const signup = F('Sign up', 0, 0, W, H, [
  F('Frame 2', 0, 0, 560, H, [
    T('Hallam & Pryce TradeCredit', 48, 48, 400, 18, 700, { color: '#FFFFFF' }),
    T('Stock now,\npay on 60-day terms.', 48, 200, 460, 40, 700, { color: '#FFFFFF' }),
    T('Flexible trade credit for independent pharmacies ordering through Hallam & Pryce.', 48, 320, 440, 17, 400, { color: '#CFE6DF' }),
    F('Quote card', 48, 480, 464, 200, [
      T('“Our credit line covered the winter flu-jab stock without touching the overdraft. The team understood how NHS payments land.”', 24, 24, 416, 16, 400, { color: '#FFFFFF' }),
      E('Avatar', 24, 130, 44, 44, { img: 'a1b2c3d4' }),
      T('Ruth Okafor\nSuperintendent Pharmacist, Okafor Chemists (4 branches)', 80, 130, 360, 13, 500, { color: '#CFE6DF' }),
      T('★★★★★', 24, 176, 120, 13, 400, { color: '#F5C04A' }),
    ], { fill: '#0F6F5A', r: 12 }),
  ], { fill: GREEN }),
  F('Auto layout', 660, 100, 520, 600, [
    T('Open a trade credit account', 0, 0, 520, 28, 700),
    T('Takes about 5 minutes. No effect on your credit score.', 0, 44, 520, 15, 400, { color: '#5B5F6B' }),
    field('Your full name', 'e.g. Sam Patel', 0, 90, 520),
    field('Work email', 'name@pharmacy.co.uk', 0, 164, 520),
    field('GPhC premises number', '1234567', 0, 238, 520),
    field('Password', '••••••••••', 0, 312, 520),
    btnI('Create account', 'btn-default', 0, 400, 520, 48, { name: 'Comp / Action / Large', io: { go: 'about' } }),
    G('Group 8', 0, 470, 520, 20, [
      T('Already trade with us?', 0, 0, 170, 14, 400, { color: '#5B5F6B' }),
      link('Sign in', 172, 0, 60),
    ]),
    link('Credit terms & fees', 0, 508, 200, { go: 'fees', u: true }),
  ], { layout: 'VERTICAL', gap: 20 }),
], { fill: '#FFFFFF', key: 'signup' });

const fees = F('Terms', 0, 0, W, H, [
  topBar(),
  T('Credit terms & fees', 120, 110, 700, 28, 700),
  T('Representative example', 120, 160, 700, 18, 600),
  F('Table', 120, 200, 800, 300, [
    ['Credit limit', '£5,000 – £150,000'], ['Terms', '30 or 60 days from statement'], ['Fee', '1.4% per 30 days on balances carried'],
    ['Late payment', 'Statutory interest under the Late Payment of Commercial Debts Act'], ['Early settlement', 'No charge'],
  ].map(([a, b], i) => F('Row ' + (i + 1), 0, i * 60, 800, 60, [T(a, 16, 20, 260, 15, 600), T(b, 300, 20, 480, 15, 400)], { stroke: '#E6E8EC' })), { layout: 'VERTICAL', gap: 0 }),
  T('Hallam & Pryce Wholesale Ltd is registered in England and Wales (No. 01928374). Credit is subject to status.', 120, 540, 800, 12, 400, { color: '#6B6F7B' }),
  link('Download full terms (PDF)', 120, 580, 240, { url: 'https://example.co.uk/tradecredit-terms.pdf' }),
], { fill: '#FFFFFF', key: 'fees' });

const about = F('About your pharmacy', 0, 0, W, H, [
  topBar([T('Step 1 of 2', W - 160, 22, 120, 14, 500, { color: '#6B6F7B' })]),
  F('Auto layout', 340, 110, 600, 560, [
    T('Tell us about your pharmacy', 0, 0, 600, 26, 700),
    field('Trading name', 'Okafor Chemists', 0, 56, 600, { filled: true }),
    F('Frame 88', 0, 140, 600, 120, [
      T('How many branches?', 0, 0, 600, 13, 500, { color: '#4A4A55' }),
      F('Auto layout', 0, 28, 600, 44, ['1', '2–5', '6–20', '20+'].map((t, i) =>
        F('Frame ' + (90 + i), i * 150, 0, 140, 44, [T(t, 0, 12, 140, 15, 500, { align: 'CENTER' })], { stroke: i === 1 ? GREEN : '#C9CCD3', r: 8, fill: i === 1 ? '#E3F1ED' : '#FFFFFF' }),
      ), { layout: 'HORIZONTAL', gap: 10 }),
    ]),
    field('Roughly how much do you order from us each month?', '£20,000 – £50,000', 0, 280, 600),
    btnF('Continue', 0, 380, 600, 48, { name: 'cta/primary', fo: { old: 'connect' } }),
    T('NHS contract holders only. Appliance contractors: call us first.', 0, 450, 600, 12, 400, { color: '#6B6F7B' }),
  ], { layout: 'VERTICAL', gap: 24 }),
], { fill: '#FFFFFF', key: 'about' });

const group = (title, sub, cards, x, y) =>
  F('Frame ' + (600 + y), x, y, 780, 112, [
    T(title, 0, 0, 500, 18, 700),
    T(sub, 0, 24, 600, 12, 400, { color: '#6B6F7B' }),
    F('Auto layout', 0, 46, 780, 64, cards, { layout: 'HORIZONTAL', gap: 12 }),
  ], { layout: 'VERTICAL', gap: 6 });

const connect = F('Link systems', 0, 0, W, H, [
  topBar([
    T('Step 2 of 2', W - 300, 22, 100, 14, 500, { color: '#6B6F7B' }),
    btnF('Save and finish later', W - 190, 12, 160, 40, { fill: '#FFFFFF', color: GREEN, stroke: GREEN, size: 13, go: 'dash' }),
  ]),
  F('Frame 1180', 0, 0, W, H, [F('Left col', 40, 88, 370, 690, [
    T('Get your credit limit today\u200B — link your systems', 0, 0, 370, 24, 700),
    T('Instead of two weeks of paperwork, we can set your limit in minutes from the figures you already keep.', 0, 70, 370, 15, 400, { color: '#3C4049' }),
    F('What we look at', 0, 150, 370, 150, [
      T('What we look at', 14, 12, 340, 14, 700),
      T('• From your PMR: items dispensed and NHS reimbursement per month\n• From your accounts: sales ledger, P&L and balance sheet\n• From your bank: incoming NHSBSA payments\nRead-only — we never write anything back to your systems.', 14, 36, 340, 13, 400, { color: '#3C4049' }),
    ], { fill: '#F3F8F6', r: 10 }),
    T('Bank-grade 256-bit encryption. We never pass your data to a third party without asking you first, and you can withdraw consent at any time.', 0, 318, 370, 13, 400, { color: '#3C4049' }),
    T('Unlink any system whenever you like under Settings › Linked systems.', 0, 380, 370, 13, 400, { color: '#3C4049' }),
    T('3,100+ pharmacies already share their figures with us securely.', 0, 414, 370, 13, 600, { color: GREEN }),
    link('Why do we ask for this? Read the FAQs', 0, 448, 370, { url: 'https://example.co.uk/tradecredit/faq' }),
    link('Step-by-step guide: linking Titan, ProScript Connect or Pharmacy Manager', 0, 474, 370, { url: 'https://example.co.uk/tradecredit/help/link-your-pmr' }),
    F('Strength', 0, 520, 370, 70, [
      T('Credit profile strength', 0, 0, 250, 13, 600),
      T('2 of 3 linked', 280, 0, 90, 13, 500, { color: '#6B6F7B' }),
      R('Rectangle 31', 0, 26, 370, 10, { fill: '#E3E6EA', r: 5 }),
      R('Rectangle 32', 0, 26, 246, 10, { fill: GREEN, r: 5 }),
      T('Link your bank to reach “Strong” and a higher limit.', 0, 44, 370, 12, 400, { color: '#6B6F7B' }),
    ]),
    F('Need help', 0, 610, 370, 60, [
      T('Questions? 0114 496 0321 (Mon–Fri 8–6) · credit@hallampryce.co.uk', 0, 0, 370, 12, 400, { color: '#3C4049' }),
      link('Request a call back', 0, 36, 200, { size: 12, url: 'https://example.co.uk/tradecredit/callback' }),
    ]),
  ], { layout: 'VERTICAL', gap: 12 }),
  F('Right col', 450, 88, 800, 690, [
    group('Dispensing system (PMR)', 'Choose the one your dispensary uses', [
      card('Titan PMR (Invatech Health)', 'f1a9e0c2', 'Awaiting your approval', 0, 0, { go: 'redirect', nav: 'OVERLAY' }),
      card('ProScript Connect (EMIS Health)', 'c71d22aa', null, 262, 0, { go: 'redirect', nav: 'OVERLAY' }),
      card('Pharmacy Manager (Cegedim)', '9b0e44f1', null, 524, 0, { go: 'redirect', nav: 'OVERLAY' }),
    ], 0, 0),
    group('Accounting', 'Cloud accounting packages', [
      card('Xero', '13b5eadd', 'Connected ✓', 0, 0, { vector: true, vfill: '#13B5EA' }),
      card('QuickBooks Online', '2ca01c00', null, 262, 0, { go: 'redirect', nav: 'OVERLAY' }),
      card('Sage Business Cloud Accounting', '00dc0f33', null, 524, 0, { go: 'redirect', nav: 'OVERLAY' }),
    ], 0, 124),
    group('Business bank accounts', 'Via Open Banking', [
      card('Barclays Business', '00aeef10', null, 0, 0, { go: 'redirect', nav: 'OVERLAY' }),
      card('NatWest Business', '42145f77', null, 262, 0, { go: 'redirect', nav: 'OVERLAY' }),
      F('Add another', 524, 0, 250, 64, [T('+ Add another bank', 0, 22, 250, 14, 600, { color: GREEN, align: 'CENTER' })], { stroke: GREEN, r: 10 }),
    ], 0, 248),
    T('When you pick a system we open its own sign-in page in a new tab. Approve read-only access there and you’ll land back on this page automatically.', 0, 380, 780, 13, 400, { color: '#3C4049' }),
    G('Group 14', 0, 424, 780, 24, [
      tick(0, 2, { comp: 'tickbox', name: 'Property 1=Off' }),
      T('I agree to Hallam & Pryce reading this data as described in the', 30, 2, 420, 13, 400),
      link('Data Use Notice', 452, 2, 140, { size: 13 }),
    ]),
    btnI('Link dispensing system', 'btn-default', 0, 468, 300, 48, { name: 'Comp / Action / Large', io: { go: 'redirect', nav: 'OVERLAY' } }),
    link('System not listed? Upload 12 months of management accounts instead', 0, 534, 560, { go: 'upload' }),
    link('Send this step to your accountant', 0, 564, 360, { go: 'share', nav: 'OVERLAY' }),
    G('Powered', 0, 620, 200, 28, [T('powered by', 0, 6, 80, 11, 400, { color: '#8C8C99' }), logo('c0da7a11', 84, 0, 28, { r: 4 }), T('Codat', 118, 4, 70, 14, 700, { color: '#3C4049' })]),
    T('Mutual NDA available on request', 300, 626, 300, 11, 400, { hidden: true, color: '#8C8C99' }),
  ], { layout: 'VERTICAL', gap: 12 })], { layout: 'HORIZONTAL', gap: 40, px: 40 }),
], { fill: '#FFFFFF', key: 'connect' });

const redirect = F('Modal / leaving', 0, 0, 560, 360, [
  logo('13b5eadd', 250, 32, 60, { r: 30 }),
  T('You’re heading to your software’s sign-in page', 40, 110, 480, 20, 700, { align: 'CENTER' }),
  T('Sign in with your usual login and approve read-only access for Hallam & Pryce. You’ll be brought straight back here once you approve.', 40, 150, 480, 14, 400, { color: '#3C4049', align: 'CENTER' }),
  btnI('Continue', 'btn-default', 40, 260, 480, 48, { io: { go: 'return' } }),
  T('Not now', 40, 318, 480, 14, 500, { color: '#5B5F6B', align: 'CENTER', close: true }),
], { fill: '#FFFFFF', r: 16, key: 'redirect' });

const share = F('Modal / share', 0, 0, 520, 320, [
  T('Send this step to your accountant', 32, 32, 456, 20, 700),
  T('They’ll get a secure link to finish linking your accounting package. You can carry on with the rest meanwhile.', 32, 70, 456, 14, 400, { color: '#3C4049' }),
  field('Their email', 'accounts@firm.co.uk', 32, 140, 456),
  btnF('Send link', 32, 236, 456, 44, { close: true, name: 'Frame 61' }),
], { fill: '#FFFFFF', r: 16, key: 'share' });

const returned = F('Back from auth', 0, 0, W, H, [
  topBar(),
  F('Auto layout', 390, 180, 500, 400, [
    V('check-circle', 220, 0, 60, 60, { fill: '#1C7C3A' }),
    T('Titan PMR is linked', 0, 84, 500, 26, 700, { align: 'CENTER' }),
    T('Thanks — we’ve pulled your company details from Xero so you don’t have to type them.', 0, 128, 500, 15, 400, { align: 'CENTER', color: '#3C4049' }),
    btnG('Review my details', 100, 200, 300, 48, { go: 'prefill', fill: GREEN }),
    G('spinner', 230, 280, 40, 40, [E('Ellipse 9', 0, 0, 40, 40, { stroke: GREEN, sw: 4 }), T('Syncing ledger…', -60, 48, 160, 12, 400)], { hidden: true }),
  ], { layout: 'VERTICAL', gap: 18 }),
], { fill: '#FFFFFF', key: 'return' });

const prefill = F('Check details', 0, 0, W, H, [
  topBar(),
  F('Auto layout', 300, 96, 680, 680, [
    T('Check your business details', 0, 0, 680, 26, 700),
    F('Frame 70', 0, 44, 680, 40, [V('Vector', 12, 10, 18, 18, { fill: '#13B5EA' }), T('Filled in from Xero — change anything that’s out of date.', 40, 10, 620, 14, 400)], { fill: '#EAF6FC', r: 8 }),
    field('Registered company name', 'Okafor Chemists Ltd', 0, 100, 680, { filled: true }),
    field('Companies House number', '08123456', 0, 170, 680, { filled: true }),
    field('VAT registration number', 'GB 284 1937 55', 0, 240, 680, { filled: true }),
    field('Registered office', '14 Abbeydale Road, Sheffield S7 1FA', 0, 310, 680, { filled: true }),
    field('Annual turnover (last filed year)', '£1,420,000', 0, 380, 680, { filled: true }),
    field('Director', 'Ruth Okafor', 0, 450, 680, { filled: true }),
    btnI('Submit application', 'btn-default', 0, 530, 680, 48, { io: { go: 'decision' } }),
  ], { layout: 'VERTICAL', gap: 14 }),
], { fill: '#FFFFFF', key: 'prefill' });

const decision = F('Decision', 0, 0, W, H, [
  topBar(),
  T('You’re approved 🎉', 340, 200, 600, 28, 700, { align: 'CENTER' }),
  T('Credit limit\n£60,000 on 60-day terms', 340, 260, 600, 22, 600, { align: 'CENTER', color: GREEN }),
  T('We review your limit monthly using the figures from your linked systems.', 340, 340, 600, 15, 400, { align: 'CENTER', color: '#3C4049' }),
  btnF('Go to my account', 490, 420, 300, 48, { go: 'dash' }),
], { fill: '#FFFFFF', key: 'decision' });

const upload = F('Upload instead', 0, 0, W, H, [
  topBar(),
  T('Upload your accounts instead', 340, 110, 600, 26, 700),
  T('Send us your last 12 months of management accounts and your most recent filed accounts. PDF, XLSX or CSV.', 340, 156, 600, 15, 400, { color: '#3C4049' }),
  F('Dropzone', 340, 220, 600, 220, [
    V('Vector 3', 280, 60, 40, 40, { fill: '#7A7F8A' }),
    T('Drag files here or browse', 0, 120, 600, 15, 500, { align: 'CENTER' }),
  ], { stroke: '#9AA0AA', r: 12, fill: '#FAFBFC' }),
  T('Decisions from uploads take 2–3 working days.', 340, 460, 600, 13, 400, { color: '#6B6F7B' }),
  btnF('Submit for review', 340, 510, 240, 48, { go: 'decision' }),
  T('Back', 600, 524, 80, 15, 500, { back: true, color: '#5B5F6B' }),
], { fill: '#FFFFFF', key: 'upload' });

const dash = F('Overview', 0, 0, W, H, [
  topBar([T('Okafor Chemists Ltd', W - 220, 22, 190, 14, 500)]),
  sideNav('Overview'),
  F('Content', 264, 96, 984, 680, [
    T('Good morning, Ruth', 0, 0, 600, 24, 700),
    F('Auto layout', 0, 48, 984, 120, [
      ['Available credit', '£41,250'], ['Next statement', '31 Mar'], ['Due this period', '£18,750'],
    ].map(([a, b], i) => F('Frame ' + (800 + i), i * 330, 0, 314, 120, [T(a, 20, 20, 270, 13, 500, { color: '#6B6F7B' }), T(b, 20, 50, 270, 26, 700)], { fill: '#FFFFFF', stroke: '#E6E8EC', r: 12 })), { layout: 'HORIZONTAL', gap: 16 }),
    F('Runway card', 0, 190, 640, 300, [
      T('Cash runway', 20, 20, 400, 18, 700),
      R('Rectangle 40', 20, 60, 600, 160, { fill: '#F3F4F6', r: 8, opacity: 0.6 }),
      T('Link your business bank to see how NHS payment dates line up with what you owe us.', 40, 110, 560, 14, 400, { align: 'CENTER', color: '#3C4049' }),
      btnF('Link a bank account', 220, 236, 200, 44, { go: 'connect', size: 14 }),
    ], { fill: '#FFFFFF', stroke: '#E6E8EC', r: 12 }),
    F('Frame 77', 660, 190, 324, 300, [
      T('What’s new', 20, 20, 280, 18, 700),
      T('Order against your limit from the wholesaler app, flu season stock plans, and more.', 20, 56, 280, 13, 400, { color: '#3C4049' }),
      link('Take the tour', 20, 120, 200, { go: 'tour' }),
    ], { fill: '#FFFFFF', stroke: '#E6E8EC', r: 12 }),
  ], { layout: 'VERTICAL', gap: 20 }),
], { fill: '#F7F8FA', key: 'dash' });

const tour = F('Tour 1', 0, 0, W, H, [
  R('image 5', 0, 0, W, 440, { img: 'e77aa901' }),
  T('Order against your credit straight from the wholesaler app', 200, 480, 880, 26, 700, { align: 'CENTER' }),
  T('Your available credit now shows at checkout, so the team can place orders without phoning head office.', 240, 530, 800, 15, 400, { align: 'CENTER', color: '#3C4049' }),
  G('Group 22', 560, 600, 160, 12, [E('Ellipse 1', 0, 0, 10, 10, { fill: GREEN }), E('Ellipse 2', 20, 0, 10, 10, { fill: '#C9CCD3' }), E('Ellipse 3', 40, 0, 10, 10, { fill: '#C9CCD3' })]),
  btnF('Next', 540, 650, 200, 48, { go: 'dash' }),
  T('Skip tour', W - 140, 30, 100, 14, 500, { color: '#5B5F6B', go: 'dash' }),
], { fill: '#FFFFFF', key: 'tour' });

const linkedRow = (nm, ref, first, last, y, extra) =>
  F('Frame ' + (900 + y), 0, y, 940, 76, [
    logo(ref, 16, 18, 40),
    T(nm, 72, 14, 300, 15, 600),
    T(`First linked ${first} · Last synced ${last}`, 72, 40, 420, 12, 400, { color: '#6B6F7B' }),
    T(extra, 520, 28, 200, 12, 400, { color: '#6B6F7B' }),
    btnF('Disconnect', 800, 18, 120, 40, { fill: '#FFFFFF', color: '#B42318', stroke: '#F0C3BE', size: 13, go: 'disconnect', nav: 'OVERLAY' }),
  ], { stroke: '#E6E8EC', r: 10, fill: '#FFFFFF', layout: 'HORIZONTAL', gap: 16, px: 16 });

const linked = F('Settings – linked', 0, 0, W, H, [
  topBar([T('Okafor Chemists Ltd', W - 220, 22, 190, 14, 500)]),
  sideNav('Linked systems'),
  F('Content', 264, 96, 984, 680, [
    T('Linked systems', 0, 0, 600, 24, 700),
    T('These feed your credit limit review each month.', 0, 36, 600, 14, 400, { color: '#5B5F6B' }),
    F('Auto layout', 0, 76, 940, 260, [
      linkedRow('Titan PMR (Invatech Health)', 'f1a9e0c2', '3 Mar 2026, 09:14', 'today 07:02', 0, 'Dispensing · 4 branches'),
      linkedRow('Xero', '13b5eadd', '3 Mar 2026, 09:06', 'today 07:00', 88, 'Organisation: Okafor Chemists Ltd · GBP'),
      F('Frame 930', 0, 176, 940, 60, [T('+ Link another system', 20, 20, 300, 15, 600, { color: GREEN, go: 'connect' })], { stroke: '#C9CCD3', r: 10 }),
    ], { layout: 'VERTICAL', gap: 12 }),
    F('Danger zone', 0, 420, 940, 110, [
      T('Close trade account', 20, 16, 400, 15, 700),
      T('Settle your balance first. This also removes your login.', 20, 42, 600, 13, 400, { color: '#5B5F6B' }),
      btnF('Delete account', 760, 34, 160, 40, { fill: '#B42318', size: 13 }),
    ], { stroke: '#F0C3BE', r: 10 }),
    F('Refresh', 0, 560, 200, 40, [T('Refresh now', 0, 10, 200, 14, 600, { color: GREEN })], { hidden: true }),
  ], { layout: 'VERTICAL', gap: 24 }),
], { fill: '#F7F8FA', key: 'linked' });

const disconnect = F('Modal / unlink', 0, 0, 520, 300, [
  T('Disconnect Xero?', 32, 32, 456, 20, 700),
  T('We’ll stop reading your Xero data straight away and delete what we hold within 30 days. Your limit may be reviewed without it.', 32, 72, 456, 14, 400, { color: '#3C4049' }),
  btnF('Yes, disconnect', 32, 200, 220, 44, { fill: '#B42318', close: true }),
  btnF('Keep linked', 268, 200, 220, 44, { fill: '#FFFFFF', color: '#3C4049', stroke: '#C9CCD3', close: true }),
], { fill: '#FFFFFF', r: 16, key: 'disconnect' });

const cover = F('Cover', 0, 0, 1920, 960, [
  T('TradeCredit — pharmacy onboarding', 120, 320, 1400, 64, 700, { color: '#FFFFFF' }),
  T('v3 · for review with risk & compliance · March 2026', 120, 420, 1200, 28, 400, { color: '#CFE6DF' }),
  R('image 1', 1500, 200, 300, 300, { img: '0c0ffee1', r: 24 }),
], { fill: GREEN });

const archived = F('Link systems (v2, old)', 0, 0, W, H, [
  topBar(),
  T('Connect your pharmacy system', 120, 120, 800, 28, 700),
  T('We need read access to your dispensing data to review your application.', 120, 170, 800, 15, 400),
  btnF('Connect', 120, 230, 200, 48),
], { fill: '#FFFFFF' });

const place = (f, x, y) => ((f._r[0] = x), (f._r[1] = y), f);

const { file, id, count } = finish(NAME, [
  { name: 'Cover', prefix: 1, children: [cover] },
  { name: 'Credit onboarding v3', prefix: 12, flowStarts: [['signup', 'Apply for credit'], ['dash', 'Account area']], children: [
    S('Apply', 0, 0, 5400, 1900, [
      place(signup, 100, 100), place(fees, 100, 1000), place(about, 1500, 100), place(connect, 2900, 100),
      place(redirect, 2900, 1000), place(share, 3560, 1000), place(upload, 4200, 1000), place(returned, 4200, 100),
    ]),
    S('After linking', 0, 2000, 5400, 1900, [
      place(prefill, 100, 100), place(decision, 1500, 100), place(dash, 2900, 100), place(tour, 4200, 100),
      place(linked, 100, 1000), place(disconnect, 1500, 1000),
    ]),
  ] },
  { name: '🧩 Components', prefix: 31, children: components },
  { name: 'Archive', prefix: 44, children: [archived] },
], { title: 'TradeCredit – Pharmacy onboarding (v3)' });

const t = truth(NAME, 'onboarding',
  'Desktop onboarding for trade credit from a UK pharmacy wholesaler: sign-up, pharmacy details, a hub linking the dispensing system (PMR), accounting package and business bank, prefilled application, dashboard and a Linked systems settings page.',
  {
    'funnel.greeting-email': [false, 'No welcome email frame anywhere in the file.'],
    'funnel.three-actions': [true, 'Sign up → About your pharmacy → Link systems: two clicks.'],
    'funnel.cta-visible': [true, 'Main CTA on the hub, permanent "Linked systems" side-nav entry and a central link-bank card on the overview.'],
    'funnel.social-proof': [true, 'Testimonial from a superintendent pharmacist with star rating on the sign-up screen.'],
    'funnel.prefill': [true, 'Check details screen shows company number, VAT number, registered office and turnover filled in from Xero.'],
    'value.three-part': [true, 'Hub: benefit (limit in minutes), what data is used from PMR/accounts/bank, and one main "Link dispensing system" button.'],
    'value.contextual-ctas': [true, 'Cash runway card on the overview asks to link the business bank to populate the chart.'],
    'value.faq-link': [true, '"Why do we ask for this? Read the FAQs" below the value message.'],
    'value.progress-meter': [true, 'Credit profile strength bar, 2 of 3 linked.'],
    'privacy.data-scope': [true, '"What we look at" box lists data per source, read-only, nothing written back.'],
    'privacy.trust-language': [true, 'Encryption, no third-party sharing without asking, withdraw consent any time.'],
    'privacy.consent-action': [true, 'Tick box with Data Use Notice link above the main button.'],
    'privacy.disconnect-anytime': [true, '"Unlink any system whenever you like under Settings › Linked systems."'],
    'privacy.connection-guide': [true, 'Step-by-step guide link for linking PMR systems.'],
    'privacy.statistics': [true, '"3,100+ pharmacies already share their figures with us securely."'],
    'privacy.support-contacts': [true, 'Phone, email and call-back request on the hub; phone in side nav.'],
    'privacy.powered-by': [true, '"powered by" mark with provider logo at the foot of the hub.'],
    'privacy.mutual-nda': [false, 'The only NDA copy is a hidden layer.'],
    'platform.explain-redirect': [true, 'Hub copy and the leaving modal explain the sign-in page and the return.'],
    'platform.grouped-categories': [true, 'Dispensing system / Accounting / Business bank accounts headings over card rows.'],
    'platform.accurate-branding': [true, 'Full product names with vendors (QuickBooks Online, Sage Business Cloud Accounting, Titan PMR (Invatech Health)).'],
    'platform.search': [false, 'No search over the platform list.'],
    'platform.alternatives': [true, '"System not listed? Upload 12 months of management accounts" leading to an upload screen.'],
    'platform.non-linear': [true, '"Save and finish later" and "Send this step to your accountant".'],
    'platform.multiple-connections': [true, '"Connected ✓" and "Awaiting your approval" badges, "+ Add another bank".'],
    'connection.view-live': [true, 'Linked systems page with names, first linked and last synced times.'],
    'connection.delete': [true, 'Disconnect buttons with a confirmation modal.'],
    'connection.refresh': [false, 'The only refresh control is hidden.'],
    'connection.syncing-indicator': [false, 'The syncing spinner exists only as a hidden layer.'],
  },
  null);
t.flow = { startFrameId: id('signup'), connectFrameId: id('connect'), stepsToConnect: 2, deadEnds: [id('fees')] };
write(NAME, file, t);
console.log(NAME, count);

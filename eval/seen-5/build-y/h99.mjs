// h99 — negative: a church-giving app for personal donors, mobile 390x844, UK English.
import { F, G, R, V, T, S, C, E, I, finish, write, truth, IDS } from './lib.mjs';
import { btnI, btnF, btnG, link, field, logo, searchBox, statusBar } from './parts.mjs';

const NAME = 'h99-negative-church-giving';
const W = 390;
const H = 844;
const GOLD = '#B8860B';
const INK = '#2B2118';
const MUTED = '#74685C';

const components = [
  C('Button/Primary', 'primary', 0, 0, 200, 52, [T('Give', 0, 15, 200, 16, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: '#3E2C8F', r: 14 }),
  C('Amount chip', 'chip', 240, 0, 96, 48, [T('£10', 0, 14, 96, 16, 600, { align: 'CENTER' })], { stroke: '#D9D2C6', r: 12 }),
];
const P = '#3E2C8F';

const back = () => V('Vector', 16, 58, 24, 24, { fill: INK, back: true });

const welcome = F('Welcome', 0, 0, W, H, [
  statusBar(W, true),
  R('image 3', 0, 0, W, 460, { img: 'c4ur0001', opacity: 0.9 }),
  T('Give to your church\nin a few\u00A0taps', 24, 490, 342, 30, 700, { color: '#FFFFFF' }),
  T('One-off gifts, Gift Aid and monthly giving in one place.', 24, 580, 342, 16, 400, { color: '#E8E2F8' }),
  T('Trusted by 2,000 churches across the UK', 24, 630, 342, 14, 600, { color: '#F3D98B' }),
  btnI('Get started', 'primary', 24, 720, 342, 56, { fill: '#FFFFFF', color: P, r: 14, go: 'signup' }),
  link('I already have an account', 24, 790, 342, { color: '#FFFFFF', align: 'CENTER', size: 14 }),
], { fill: P, key: 'welcome' });

const signup = F('Sign up', 0, 0, W, H, [
  statusBar(W),
  back(),
  F('Auto layout', 24, 110, 342, 560, [
    T('Create your giving account', 0, 0, 342, 24, 700),
    field('First name', 'Grace', 0, 50, 342),
    field('Email', 'grace@example.com', 0, 124, 342),
    field('Password', '••••••••', 0, 198, 342),
    G('Group 4', 0, 270, 342, 40, [R('Rectangle 7', 0, 2, 20, 20, { stroke: MUTED, r: 4 }), T('Send me news from my church (optional)', 30, 2, 300, 13, 400)]),
    btnF('Continue', 0, 330, 342, 56, { fill: P, r: 14, go: 'find' }),
  ], { layout: 'VERTICAL', gap: 16 }),
], { fill: '#FFFFFF', key: 'signup' });

const find = F('Find church', 0, 0, W, H, [
  statusBar(W),
  back(),
  T('Connect with your church', 24, 100, 342, 24, 700),
  T('Find your church so your gifts reach the right place.', 24, 140, 342, 15, 400, { color: MUTED }),
  searchBox('Search by church name or town', 24, 190, 342),
  F('Auto layout', 24, 254, 342, 420, [
    ['St Mark’s Community Church', 'Hove · Church of England'], ['Grace Chapel', 'Brighton · Baptist'], ['Holy Trinity', 'Lewes · Church of England'], ['Riverside Vineyard', 'Shoreham · Vineyard'], ['St Joseph’s', 'Worthing · Catholic'],
  ].map(([n, s], i) => F('Frame ' + (30 + i), 0, i * 76, 342, 68, [
    E('Ellipse ' + i, 8, 12, 44, 44, { img: 'ch0' + i + 'aa' }),
    T(n, 64, 12, 260, 15, 600), T(s, 64, 38, 260, 12, 400, { color: MUTED }),
  ], { stroke: '#EEE8DE', r: 12, go: i === 0 ? 'church' : undefined, layout: 'HORIZONTAL', gap: 12, px: 8 })), { layout: 'VERTICAL', gap: 8 }),
  link('Can’t find your church? Tell us about it', 24, 700, 342, { size: 13, url: 'https://example.org/suggest-a-church' }),
], { fill: '#FFFFFF', key: 'find' });

const church = F('Church page', 0, 0, W, H, [
  R('image 9', 0, 0, W, 260, { img: 'stm00001' }),
  statusBar(W, true),
  T('St Mark’s Community Church', 24, 280, 342, 22, 700),
  T('Vicar: Revd Anna Blake · Registered charity 1134567', 24, 316, 342, 13, 400, { color: MUTED }),
  F('Funds', 24, 360, 342, 180, [
    T('Give to', 0, 0, 200, 14, 700),
    T('General fund\nRoof appeal — £18,400 of £40,000\nFood bank', 0, 30, 342, 15, 400),
    R('Rectangle 12', 0, 150, 342, 8, { fill: '#EEE8DE', r: 4 }),
    R('Rectangle 13', 0, 150, 157, 8, { fill: GOLD, r: 4 }),
  ]),
  btnG('Give', 24, 740, 342, 56, { fill: P, r: 14, go: 'amount' }),
], { fill: '#FFFFFF', key: 'church' });

const amount = F('Amount', 0, 0, W, H, [
  statusBar(W),
  back(),
  T('How much would you like to give?', 24, 100, 342, 22, 700),
  F('Auto layout', 24, 160, 342, 110, ['£5', '£10', '£25', '£50', '£100', 'Other'].map((a, i) =>
    I('Amount chip', 'chip', (i % 3) * 116, Math.floor(i / 3) * 58, 106, 48, [T(a, 0, 14, 106, 16, 600, { align: 'CENTER', color: i === 2 ? '#FFFFFF' : INK })], { fill: i === 2 ? P : '#FFFFFF', stroke: '#D9D2C6', r: 12 })), { layout: 'HORIZONTAL', gap: 10 }),
  F('Frame 61', 24, 300, 342, 60, [T('Make this monthly', 0, 18, 240, 15, 600), R('Toggle', 290, 16, 52, 30, { fill: GOLD, r: 15 })]),
  F('Frame 62', 24, 380, 342, 80, [T('Add Gift Aid (+£6.25 at no cost to you)', 0, 0, 342, 15, 600), T('I am a UK taxpayer and understand that if I pay less tax than the Gift Aid claimed it is my responsibility to pay the difference.', 0, 26, 342, 11, 400, { color: MUTED })]),
  btnF('Continue to payment', 24, 740, 342, 56, { fill: P, r: 14, go: 'pay' }),
], { fill: '#FFFFFF', key: 'amount' });

const pay = F('Payment', 0, 0, W, H, [
  statusBar(W),
  back(),
  T('How would you like to pay?', 24, 100, 342, 22, 700),
  F('Option bank', 24, 160, 342, 110, [
    T('Link your bank', 16, 16, 250, 16, 700),
    T('Pay straight from your current account — no card fees, so more reaches St Mark’s.', 16, 44, 310, 13, 400, { color: MUTED }),
  ], { stroke: P, r: 14, go: 'confirm' }),
  F('Option card', 24, 290, 342, 80, [T('Debit or credit card', 16, 16, 250, 16, 700), T('Visa, Mastercard, Amex', 16, 44, 250, 13, 400, { color: MUTED })], { stroke: '#D9D2C6', r: 14, go: 'confirm' }),
  F('Option wallet', 24, 390, 342, 60, [T(' Pay', 16, 18, 250, 16, 700)], { fill: '#000000', r: 14, go: 'confirm' }),
  T('Gifts are processed by our payment partner. Your card details never reach the church.', 24, 480, 342, 12, 400, { color: MUTED }),
], { fill: '#FFFFFF', key: 'pay' });

const confirm = F('Thank you', 0, 0, W, H, [
  statusBar(W),
  T('🙏', 165, 200, 60, 48, 400, { align: 'CENTER' }),
  T('Thank you, Grace', 24, 280, 342, 24, 700, { align: 'CENTER' }),
  T('£25 a month to St Mark’s General fund, starting today.', 24, 320, 342, 15, 400, { align: 'CENTER', color: MUTED }),
  G('Group 18', 130, 400, 130, 24, [E('Ellipse 2', 0, 2, 18, 18, { stroke: GOLD, sw: 2 }), T('Syncing gifts…', 26, 2, 110, 13, 500, { color: MUTED })]),
  btnF('See my giving', 24, 740, 342, 56, { fill: P, r: 14, go: 'history' }),
], { fill: '#FFFFFF', key: 'confirm' });

const tabs = (active) => F('Tab bar', 0, H - 84, W, 84, ['Give', 'History', 'Help', 'Me'].map((t, i) =>
  G('Group ' + (60 + i), 16 + i * 92, 10, 80, 44, [V('Vector', 28, 0, 24, 24, { fill: t === active ? P : '#A89F94' }), T(t, 0, 28, 80, 11, 600, { align: 'CENTER', color: t === active ? P : '#A89F94' })],
    { go: { History: 'history', Help: 'help', Me: 'me', Give: 'church' }[t] })), { fill: '#FFFFFF', stroke: '#EEE8DE' });

const history = F('History', 0, 0, W, H, [
  statusBar(W),
  T('Your giving', 24, 60, 342, 24, 700),
  T('2026 so far: £150 + £37.50 Gift Aid', 24, 96, 342, 14, 500, { color: MUTED }),
  F('Auto layout', 24, 134, 342, 400, [
    ['1 Mar', 'St Mark’s · General', '£25.00'], ['1 Feb', 'St Mark’s · General', '£25.00'], ['14 Jan', 'St Mark’s · Roof appeal', '£50.00'], ['1 Jan', 'St Mark’s · General', '£25.00'],
  ].map((r, i) => F('Frame ' + (80 + i), 0, i * 72, 342, 64, [T(r[0], 12, 22, 60, 13, 500, { color: MUTED }), T(r[1], 80, 22, 180, 14, 500), T(r[2], 270, 22, 64, 14, 600)], { stroke: '#EEE8DE', r: 12 })), { layout: 'VERTICAL', gap: 8 }),
  T('Syncing gifts…', 24, 560, 200, 12, 400, { color: MUTED }),
  link('Manage monthly gift', 24, 600, 342, { go: 'recurring' }),
  link('Download 2025 giving statement (PDF)', 24, 636, 342, { url: 'https://example.org/statement.pdf' }),
  tabs('History'),
], { fill: '#FFFFFF', key: 'history' });

const recurring = F('Monthly gift', 0, 0, W, H, [
  statusBar(W),
  back(),
  T('Monthly gift', 24, 100, 342, 24, 700),
  F('Frame 90', 24, 150, 342, 140, [T('£25 on the 1st of each month', 16, 16, 300, 16, 600), T('To: St Mark’s Community Church · General fund\nPaid from: Barclays ••22', 16, 48, 310, 13, 400, { color: MUTED })], { fill: '#FAF7F2', r: 14 }),
  T('Cancel recurring gift anytime — no questions asked.', 24, 320, 342, 14, 400, { color: MUTED }),
  btnF('Change amount', 24, 660, 342, 52, { fill: '#FFFFFF', color: P, stroke: P, r: 14 }),
  btnF('Cancel monthly gift', 24, 730, 342, 52, { fill: '#FFFFFF', color: '#B42318', stroke: '#F0C3BE', r: 14 }),
], { fill: '#FFFFFF', key: 'recurring' });

const help = F('Help', 0, 0, W, H, [
  statusBar(W),
  T('Help', 24, 60, 342, 26, 700),
  F('Auto layout', 24, 110, 342, 360, ['Is my gift tax-deductible?', 'How does Gift Aid work?', 'Can I give anonymously?', 'How do I change my church?', 'Where does my money go?'].map((q, i) =>
    F('Frame ' + (100 + i), 0, i * 64, 342, 56, [T(q, 12, 18, 290, 15, 500), V('chevron', 312, 18, 20, 20, { fill: '#A89F94' })], { stroke: '#EEE8DE', r: 12 })), { layout: 'VERTICAL', gap: 8 }),
  T('Still stuck? Email help@givingapp.example', 24, 520, 342, 14, 400, { color: MUTED }),
  tabs('Help'),
], { fill: '#FFFFFF', key: 'help' });

const me = F('Me', 0, 0, W, H, [
  statusBar(W),
  T('Grace Adeyemi', 24, 60, 342, 24, 700),
  F('Auto layout', 24, 110, 342, 400, [
    F('Frame 120', 0, 0, 342, 72, [logo('ba7c1a22', 12, 16, 40, { r: 20 }), T('Barclays ••22', 64, 16, 200, 15, 600), T('Remove', 272, 24, 60, 13, 600, { color: '#B42318' })], { stroke: '#EEE8DE', r: 12 }),
    F('Frame 121', 0, 84, 342, 56, [T('My church: St Mark’s Community Church', 12, 18, 320, 14, 500)], { stroke: '#EEE8DE', r: 12 }),
    F('Frame 122', 0, 152, 342, 56, [T('Gift Aid declaration: on', 12, 18, 320, 14, 500)], { stroke: '#EEE8DE', r: 12 }),
    F('Frame 123', 0, 220, 342, 56, [T('Notifications', 12, 18, 320, 14, 500)], { stroke: '#EEE8DE', r: 12 }),
  ], { layout: 'VERTICAL', gap: 12 }),
  T('Log out', 24, 560, 342, 15, 600, { color: P }),
  T('Delete account', 24, 600, 342, 15, 600, { color: '#B42318' }),
  T('Church treasurers: connect your accounting software to reconcile gifts', 24, 640, 342, 12, 400, { hidden: true }),
  tabs('Me'),
], { fill: '#FFFFFF', key: 'me' });

const cover = F('Cover', 0, 0, 1600, 900, [T('Giving app — donor journey', 100, 380, 1400, 56, 700, { color: '#FFFFFF' }), T('MVP · Jan 2026', 100, 460, 600, 24, 400, { color: '#E8E2F8' })], { fill: P });

const place = (f, x, y) => ((f._r[0] = x), (f._r[1] = y), f);

const { file, id, count } = finish(NAME, [
  { name: 'Cover', prefix: 5, children: [cover] },
  { name: 'Donor app', prefix: 140, flowStarts: [['welcome', 'First gift']], children: [
    S('First gift', 0, 0, 4000, 1000, [place(welcome, 60, 80), place(signup, 500, 80), place(find, 940, 80), place(church, 1380, 80), place(amount, 1820, 80), place(pay, 2260, 80), place(confirm, 2700, 80)]),
    S('Tabs', 0, 1100, 2000, 1000, [place(history, 60, 80), place(recurring, 500, 80), place(help, 940, 80), place(me, 1380, 80)]),
  ] },
  { name: 'Components', prefix: 170, children: components },
], { title: 'Church giving – donor app' });

const notes = {};
for (const k of IDS) notes[k] = [false, 'A personal donor app: no business connecting accounting, banking or commerce software, so no connect flow for this practice.'];
notes['funnel.social-proof'] = [null, 'Left out: "Trusted by 2,000 churches" is social-proof copy, but not attached to any business-software connection.'];
notes['privacy.statistics'] = [null, 'Left out: a count of churches exists, but it is not about trusting a data connection.'];
notes['connection.syncing-indicator'] = [false, '"Syncing gifts…" is the donor’s own gift record, not a business data connection.'];
notes['platform.search'] = [false, 'The search box finds churches, not software platforms.'];
notes['privacy.disconnect-anytime'] = [false, '"Cancel recurring gift anytime" is about a donation, not a data connection.'];
notes['connection.delete'] = [false, '"Remove" on a donor’s payment bank is not revoking a business data connection.'];
const t = truth(NAME, 'negative',
  'Mobile app for personal donors giving to their church: welcome, sign-up, find your church, church page, amount, payment (pay by linking a personal bank or card), thank-you, history, monthly gift, help and profile. No business software is connected.',
  notes, null);
t.flow = { startFrameId: id('welcome'), connectFrameId: null, stepsToConnect: null, deadEnds: [] };
write(NAME, file, t);
console.log(NAME, count);

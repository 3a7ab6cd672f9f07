// h97 — tax estimates for freelance yoga teachers, mobile 375x812, US English, chatty copy.
import { F, G, R, V, T, S, C, CS, E, I, finish, write, truth } from './lib.mjs';
import { btnI, btnF, btnG, link, field, tick, logo, statusBar, searchBox } from './parts.mjs';

const NAME = 'h97-yoga-teacher-tax-mobile';
const W = 375;
const H = 812;
const PLUM = '#5B3E8E';
const INK = '#221B2E';
const MUTED = '#6D6478';

function tabBar(active) {
  return F('Tab bar', 0, H - 84, W, 84, ['Home', 'Taxes', 'Accounts', 'You'].map((t, i) =>
    G(t === active ? 'tab/active' : 'Group ' + (40 + i), 12 + i * 90, 10, 80, 44, [
      V('Vector', 28, 0, 24, 24, { fill: t === active ? PLUM : '#A59DB0' }),
      T(t, 0, 28, 80, 11, 600, { align: 'CENTER', color: t === active ? PLUM : '#A59DB0' }),
    ], { go: t === 'Accounts' ? 'accounts' : t === 'Home' ? 'home' : undefined }),
  ), { fill: '#FFFFFF', stroke: '#ECE8F1' });
}

const backChevron = () => V('chevron-left', 16, 56, 24, 24, { fill: INK, back: true });

const components = [
  CS('Btn', 0, 0, 360, 100, [
    C('Property 1=Default', 'btn', 20, 20, 150, 52, [T('Button', 0, 16, 150, 16, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: PLUM, r: 26, key: 'btnDef', hover: 'btnPressed' }),
    C('Property 1=Pressed', 'btn-pressed', 190, 20, 150, 52, [T('Button', 0, 16, 150, 16, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: '#432C6C', r: 26, key: 'btnPressed' }),
  ], { stroke: '#9747FF', r: 5 }),
  C('Chip', 'chip', 0, 140, 120, 36, [T('Chip', 0, 9, 120, 14, 500, { align: 'CENTER' })], { stroke: '#D8D1E3', r: 18 }),
];

const splash = F('iPhone 13 mini - 1', 0, 0, W, H, [
  statusBar(W, true),
  T('Skip', W - 64, 56, 48, 15, 500, { color: '#FFFFFF', go: 'signup' }),
  R('image 2', 0, 100, W, 380, { img: '9a0e1f22' }),
  T('Namaste 👋', 24, 500, 327, 30, 700, { color: '#FFFFFF' }),
  T('Taxes, but calmer.\nWe figure out what you owe each quarter so April doesn’t sneak up on you.', 24, 548, 327, 17, 400, { color: '#E9E1F7' }),
  G('Group 3', 150, 660, 76, 8, [E('Ellipse 1', 0, 0, 8, 8, { fill: '#FFFFFF' }), E('Ellipse 2', 16, 0, 8, 8, { fill: '#9C86C6' }), E('Ellipse 3', 32, 0, 8, 8, { fill: '#9C86C6' })]),
  btnI('Let’s go', 'btn', 24, 700, 327, 52, { fill: '#FFFFFF', color: PLUM, r: 26, go: 'signup' }),
], { fill: PLUM, key: 'splash' });

const signup = F('iPhone 13 mini - 2', 0, 0, W, H, [
  statusBar(W),
  backChevron(),
  F('Auto layout', 24, 100, 327, 640, [
    T('Make your account', 0, 0, 327, 26, 700),
    T('Free for your first quarter. No credit card, promise.', 0, 40, 327, 15, 400, { color: MUTED }),
    btnF(' Continue with Apple', 0, 90, 327, 50, { fill: '#000000', r: 25 }),
    btnF('Continue with Google', 0, 152, 327, 50, { fill: '#FFFFFF', color: INK, stroke: '#D8D1E3', r: 25 }),
    T('or', 0, 214, 327, 13, 400, { align: 'CENTER', color: MUTED }),
    field(null, 'you@email.com', 0, 240, 327, { r: 25 }),
    field(null, 'Password (8+ characters)', 0, 296, 327, { r: 25 }),
    btnI('Sign up', 'btn', 0, 360, 327, 52, { r: 26, go: 'about' }),
    link('See pricing', 0, 430, 327, { go: 'pricing', align: 'CENTER' }),
    T('By signing up you agree to our Terms and Privacy Policy.', 0, 470, 327, 11, 400, { color: MUTED, align: 'CENTER' }),
  ], { layout: 'VERTICAL', gap: 14 }),
], { fill: '#FFFFFF', key: 'signup' });

const pricing = F('Pricing', 0, 0, W, H, [
  statusBar(W),
  T('Pick your plan', 24, 64, 327, 26, 700),
  F('Frame 19', 24, 120, 327, 200, [
    T('Free', 20, 20, 200, 18, 700),
    T('$0 · first quarter', 20, 48, 280, 14, 400, { color: MUTED }),
    T('1 quarterly estimate\nExpense sorting', 20, 80, 280, 14, 400),
  ], { stroke: '#D8D1E3', r: 16 }),
  F('Frame 20', 24, 340, 327, 240, [
    T('Premium', 20, 20, 200, 18, 700, { color: '#FFFFFF' }),
    T('$12/mo — cancel anytime', 20, 48, 280, 14, 500, { color: '#E9E1F7' }),
    T('Unlimited estimates\nReminders before every due date\nCPA review once a year', 20, 80, 280, 14, 400, { color: '#FFFFFF' }),
    btnF('Start 14-day trial', 20, 170, 287, 48, { fill: '#FFFFFF', color: PLUM, r: 24, url: 'https://apps.apple.com/' }),
  ], { fill: PLUM, r: 16 }),
  T('Prices in USD. Billed through the App Store.', 24, 600, 327, 12, 400, { color: MUTED }),
], { fill: '#FFFFFF', key: 'pricing' });

const about = F('iPhone 13 mini - 3', 0, 0, W, H, [
  statusBar(W),
  backChevron(),
  T('How do you teach? 🧘‍♀️', 24, 100, 327, 24, 700),
  T('Pick everything that fits — it changes which write-offs we look for.', 24, 140, 327, 15, 400, { color: MUTED }),
  F('Auto layout', 24, 200, 327, 200, ['Studio classes', 'Privates', 'Online', 'Retreats', 'Corporate', 'Teacher trainings'].map((t, i) =>
    I('Chip', 'chip', (i % 2) * 166, Math.floor(i / 2) * 48, 160, 40, [T(t, 0, 11, 160, 14, 500, { align: 'CENTER', color: i < 2 ? '#FFFFFF' : INK })], { fill: i < 2 ? PLUM : '#FFFFFF', stroke: '#D8D1E3', r: 20 }),
  ), { layout: 'HORIZONTAL', gap: 6 }),
  field('Which state do you live in?', 'Texas', 24, 430, 327, { filled: true, r: 12 }),
  btnG('Next', 24, 700, 327, 52, { fill: PLUM, r: 26, go: 'connect' }),
], { fill: '#FFFFFF', key: 'about' });

const srcCard = (nm, ref, x, y, o = {}) =>
  F('Frame ' + (200 + y + x), x, y, 156, 72, [
    logo(ref, 12, 16, 40, { r: 10 }),
    T(nm, 60, 18, 90, 13, 600),
  ], { fill: '#FFFFFF', stroke: '#E4DEEC', r: 14, go: o.go, nav: o.nav, layout: 'HORIZONTAL', gap: 8, px: 12 });

const connect = F('iPhone 13 mini - 4', 0, 0, W, 1500, [
  statusBar(W),
  F('Top', 0, 44, W, 56, [
    T('I’ll do this later', W - 140, 18, 124, 14, 500, { color: MUTED, go: 'home' }),
    G('Ring', 16, 8, 120, 40, [E('Ellipse 7', 0, 0, 40, 40, { stroke: '#E4DEEC', sw: 4 }), V('Arc', 0, 0, 40, 40, { stroke: PLUM, sw: 4 }), T('60%', 6, 12, 28, 11, 700), T('tax picture\ncomplete', 48, 4, 80, 11, 500, { color: MUTED })]),
  ]),
  F('Scroll', 0, 0, W, 1500, [F('Auto layout', 24, 110, 327, 1360, [
    T('Let’s hook up your money stuff', 0, 0, 327, 26, 700),
    T('Teachers who link up find an average of $1,900 in write-offs they’d missed — mats, class passes, mileage to that 6am studio. 💜', 0, 72, 327, 15, 400, { color: INK }),
    F('How it works', 0, 160, 327, 170, [
      T('Here’s what we actually do with it', 16, 14, 295, 14, 700),
      T('1  We read transactions from your bank (read-only) to sort business expenses.\n2  We pull class payouts from your booking app to estimate income.\n3  You get a quarterly tax number you can trust.', 16, 40, 295, 13, 400, { color: INK }),
    ], { fill: '#F4F0FA', r: 16, layout: 'VERTICAL', gap: 8, px: 16, py: 14 }),
    btnI('Link\u00A0a\u00A0bank account', 'btn', 0, 346, 327, 52, { r: 26, go: 'bankpick' }),
    G('Group 11', 0, 414, 327, 40, [
      tick(0, 2, { vector: true }),
      T('I’m cool with Lotus reading my transactions to estimate taxes. See our', 30, 0, 297, 12, 400, { color: INK }),
      link('Privacy Policy', 30, 34, 120, { size: 12 }),
    ]),
    T('🔒 Bank-level 256-bit encryption. We never sell your data or hand it to anyone without your OK.', 0, 470, 327, 13, 400, { color: MUTED }),
    T('Change your mind? Unlink in two taps, whenever.', 0, 512, 327, 13, 400, { color: MUTED }),
    link('Curious how this works? Read the FAQ', 0, 544, 327, { size: 13, url: 'https://lotustax.example/faq' }),
    T('💸 Where your class money lands', 0, 590, 327, 18, 700),
    F('Auto layout', 0, 622, 327, 160, [
      srcCard('Chase', 'c4a5e001', 0, 0, { go: 'bankpick' }), srcCard('Bank of America', 'b0a10002', 171, 0, { go: 'bankpick' }),
      srcCard('Wells Fargo', 'we11f003', 0, 84, { go: 'bankpick' }), srcCard('Ally Bank', 'a11y0004', 171, 84, { go: 'bankpick' }),
    ], { layout: 'HORIZONTAL', gap: 12 }),
    T('📅 Where you get booked', 0, 800, 327, 18, 700),
    F('Auto layout', 0, 832, 327, 160, [
      srcCard('Mindbody', 'm1bd0005', 0, 0, { go: 'bookingAuth', nav: 'OVERLAY' }), srcCard('Momence', 'm0ce0006', 171, 0, { go: 'bookingAuth', nav: 'OVERLAY' }),
      srcCard('Acuity Scheduling', 'ac0e0007', 0, 84, { go: 'bookingAuth', nav: 'OVERLAY' }), srcCard('Square Appointments', '5a0a0008', 171, 84, { go: 'bookingAuth', nav: 'OVERLAY' }),
    ], { layout: 'HORIZONTAL', gap: 12 }),
    link('Don’t see your booking app? Upload a CSV of payouts or snap your 1099s', 0, 1006, 327, { size: 13, go: 'upload' }),
    T('Skip booking for now', 0, 1050, 327, 13, 500, { color: MUTED, go: 'accountsHub' }),
    F('Quote', 0, 1090, 327, 150, [
      T('“I used to dread April. Now I just move the number it tells me into savings every quarter.”', 16, 16, 295, 14, 400, { color: INK }),
      T('— Priya R., vinyasa teacher in Austin ★★★★★', 16, 96, 295, 12, 600, { color: MUTED }),
    ], { fill: '#FFF8EC', r: 16 }),
    T('Trusted by 48,000+ yoga & fitness teachers', 0, 1256, 327, 13, 600, { color: PLUM, align: 'CENTER' }),
    T('Call us (888) 555-0142 · help@lotustax.example', 0, 1290, 327, 12, 400, { hidden: true }),
  ], { layout: 'VERTICAL', gap: 16 })], { layout: 'VERTICAL', gap: 0 }),
], { fill: '#FFFFFF', key: 'connect', clip: true });

const bankpick = F('iPhone 13 mini - 5', 0, 0, W, H, [
  statusBar(W),
  backChevron(),
  T('Find your bank', 24, 96, 327, 24, 700),
  searchBox('Search 11,000+ banks & credit unions', 24, 140, 327),
  T('Tapping a bank opens its own login page. Once you say yes, you bounce right back here — we never see your password.', 24, 200, 327, 13, 400, { color: MUTED }),
  F('Auto layout', 24, 270, 327, 420, ['Chase', 'Bank of America', 'Wells Fargo', 'Capital One 360', 'Ally Bank', 'Navy Federal Credit Union'].map((b, i) =>
    F('Frame ' + (60 + i), 0, i * 64, 327, 56, [
      logo('bank' + i + '0a0', 8, 8, 40, { r: 20 }),
      T(b, 60, 18, 220, 15, 500),
      V('chevron', 297, 18, 20, 20, { fill: '#A59DB0' }),
    ], { go: i === 0 ? 'syncing' : undefined }),
  ), { layout: 'VERTICAL', gap: 8 }),
], { fill: '#FFFFFF', key: 'bankpick' });

const bookingAuth = F('Sheet / booking', 0, 0, W, 420, [
  R('Rectangle 5', 160, 10, 56, 5, { fill: '#D8D1E3', r: 3 }),
  T('Heads up — you’re off to Mindbody', 24, 40, 327, 20, 700),
  T('We’ll open Mindbody so you can log in and say yes to sharing payouts. Then you’re right back here.', 24, 80, 327, 14, 400, { color: MUTED }),
  btnI('Open Mindbody', 'btn', 24, 300, 327, 52, { r: 26, go: 'accountsHub' }),
  T('Not now', 24, 366, 327, 14, 500, { align: 'CENTER', color: MUTED, close: true }),
], { fill: '#FFFFFF', r: 24, key: 'bookingAuth' });

const syncing = F('iPhone 13 mini - 6', 0, 0, W, H, [
  statusBar(W),
  G('Spinner', 147, 300, 80, 80, [E('Ellipse 11', 0, 0, 80, 80, { stroke: '#E4DEEC', sw: 6 }), V('Arc 2', 0, 0, 80, 80, { stroke: PLUM, sw: 6 })]),
  T('Syncing your Chase transactions…', 24, 410, 327, 18, 700, { align: 'CENTER' }),
  T('Grabbing the last 12 months. Perfect time for a stretch.', 24, 446, 327, 14, 400, { align: 'CENTER', color: MUTED }),
  btnF('Keep going', 24, 700, 327, 52, { fill: PLUM, r: 26, go: 'accountsHub' }),
], { fill: '#FFFFFF', key: 'syncing' });

const accountsHub = F('iPhone 13 mini - 7', 0, 0, W, H, [
  statusBar(W),
  T('Nice! Here’s what’s hooked up', 24, 64, 327, 24, 700),
  F('Auto layout', 24, 130, 327, 300, [
    F('Frame 81', 0, 0, 327, 64, [logo('c4a5e001', 12, 12, 40, { r: 20 }), T('Chase Total Checking ••4410', 60, 12, 200, 14, 600), T('Linked ✓', 60, 36, 200, 12, 600, { color: '#1F8A4C' })], { stroke: '#E4DEEC', r: 14 }),
    F('Frame 82', 0, 76, 327, 64, [logo('m1bd0005', 12, 12, 40, { r: 10 }), T('Mindbody', 60, 12, 200, 14, 600), T('Waiting for your OK in Mindbody', 60, 36, 240, 12, 500, { color: '#B56A00' })], { stroke: '#F1D3A8', r: 14 }),
    F('Frame 83', 0, 152, 327, 56, [T('+ Add another account', 0, 18, 327, 15, 600, { color: PLUM, align: 'CENTER' })], { stroke: PLUM, r: 14, go: 'bankpick' }),
  ], { layout: 'VERTICAL', gap: 12 }),
  btnI('Done for now', 'btn', 24, 700, 327, 52, { r: 26, go: 'home' }),
], { fill: '#FFFFFF', key: 'accountsHub' });

const upload = F('iPhone 13 mini - 8', 0, 0, W, H, [
  statusBar(W),
  backChevron(),
  T('No problem — upload it instead', 24, 96, 327, 24, 700),
  T('Export a payouts CSV from your booking app, or snap photos of your 1099-NEC and 1099-K forms.', 24, 150, 327, 14, 400, { color: MUTED }),
  F('Frame 90', 24, 230, 327, 180, [V('Vector 2', 143, 50, 40, 40, { fill: '#A59DB0' }), T('Tap to choose files', 0, 110, 327, 14, 500, { align: 'CENTER' })], { stroke: '#C8BEDA', r: 16 }),
  btnF('Take a photo', 24, 440, 327, 52, { fill: '#FFFFFF', color: PLUM, stroke: PLUM, r: 26 }),
  btnG('Upload', 24, 700, 327, 52, { fill: PLUM, r: 26, go: 'home' }),
], { fill: '#FFFFFF', key: 'upload' });

const home = F('Home', 0, 0, W, H, [
  statusBar(W),
  T('Hey Sam ☀️', 24, 60, 327, 24, 700),
  F('Estimate card', 24, 110, 327, 220, [
    T('Q2 estimated tax', 20, 20, 280, 13, 600, { color: '#E9E1F7' }),
    T('$1,240', 20, 44, 280, 34, 700, { color: '#FFFFFF' }),
    T('due June 15', 20, 92, 280, 13, 400, { color: '#E9E1F7' }),
    T('Only counts your bank so far. Link your booking app so class income shows up here too.', 20, 120, 287, 12, 400, { color: '#FFFFFF' }),
    btnF('Link booking app', 20, 166, 180, 38, { fill: '#FFFFFF', color: PLUM, r: 19, size: 13, go: 'connect' }),
  ], { fill: PLUM, r: 20 }),
  F('Frame 101', 24, 350, 327, 170, [
    T('Write-offs found', 16, 16, 200, 15, 700),
    T('Props & mats   $214\nStudio rent   $1,120\nMileage   $388', 16, 48, 295, 14, 400),
  ], { stroke: '#E4DEEC', r: 16 }),
  F('Frame 102', 24, 540, 327, 90, [
    T('Loving Lotus? Tell your teacher friends', 16, 16, 295, 14, 600),
    link('Share on LinkedIn', 16, 50, 200, { size: 13, url: 'https://www.linkedin.com/' }),
  ], { fill: '#F4F0FA', r: 16 }),
  tabBar('Home'),
], { fill: '#FFFFFF', key: 'home' });

const acctRow = (nm, ref, first, last, y) =>
  F('Frame ' + (120 + y), 0, y, 327, 104, [
    logo(ref, 12, 14, 40, { r: 20 }),
    T(nm, 60, 12, 250, 14, 600),
    T(`Linked ${first}\nLast synced ${last}`, 60, 34, 250, 12, 400, { color: MUTED }),
    T('Sync now', 60, 74, 90, 13, 600, { color: PLUM, name: 'sync' }),
    T('Unlink', 250, 74, 60, 13, 600, { color: '#C0392B', go: 'unlink', nav: 'OVERLAY' }),
  ], { stroke: '#E4DEEC', r: 14, layout: 'HORIZONTAL', gap: 12, px: 12 });

const accounts = F('Accounts', 0, 0, W, H, [
  statusBar(W),
  T('Your linked accounts', 24, 60, 327, 24, 700),
  T('Pull down to refresh', 24, 96, 327, 12, 400, { color: MUTED }),
  F('Auto layout', 24, 124, 327, 360, [
    acctRow('Chase Total Checking ••4410', 'c4a5e001', 'Mar 2', '8 min ago', 0),
    acctRow('Mindbody', 'm1bd0005', 'Mar 2', 'today, 6:02 AM', 116),
    F('Frame 140', 0, 232, 327, 52, [T('+ Link another', 0, 16, 327, 15, 600, { color: PLUM, align: 'CENTER' })], { stroke: PLUM, r: 14, go: 'bankpick' }),
  ], { layout: 'VERTICAL', gap: 12 }),
  T('Delete account', 24, 660, 327, 14, 600, { color: '#C0392B', align: 'CENTER' }),
  T('Powered by Plaid', 24, 700, 327, 11, 400, { hidden: true, color: MUTED }),
  tabBar('Accounts'),
], { fill: '#FFFFFF', key: 'accounts' });

const unlink = F('Sheet / unlink', 0, 0, W, 300, [
  T('Unlink Chase?', 24, 32, 327, 20, 700),
  T('We’ll stop pulling new transactions. Anything we’ve already sorted stays in your estimate unless you delete it.', 24, 70, 327, 14, 400, { color: MUTED }),
  btnF('Unlink', 24, 170, 327, 48, { fill: '#C0392B', r: 24, close: true }),
  T('Never mind', 24, 236, 327, 14, 500, { align: 'CENTER', color: MUTED, close: true }),
], { fill: '#FFFFFF', r: 24, key: 'unlink' });

const email = F('Email — welcome', 0, 0, 600, 900, [
  R('image 8', 0, 0, 600, 160, { img: 'e3a11b0c' }),
  T('Hey Sam! Ready to stop stressing about April? 🙌', 40, 200, 520, 22, 700),
  T('Three tiny steps and you’ll have your first quarterly number:', 40, 260, 520, 15, 400),
  T('1  Tell us how you teach (done ✓)\n2  Link the bank account your class money lands in — this is where the magic happens\n3  Get your Q2 estimate and a reminder before it’s due', 40, 300, 520, 15, 400),
  btnF('Link my bank', 40, 440, 240, 52, { fill: PLUM, r: 26, url: 'https://lotustax.example/app/link' }),
  T('Or just reply to this email — a real human reads it.', 40, 520, 520, 13, 400, { color: MUTED }),
  T('Lotus Tax · 500 W 2nd St, Austin TX · Unsubscribe', 40, 840, 520, 11, 400, { color: MUTED }),
], { fill: '#FFFFFF' });

const cover = F('Thumbnail', 0, 0, 1920, 960, [
  T('Lotus — onboarding + linking', 120, 360, 1400, 72, 700, { color: '#FFFFFF' }),
  T('mobile · v12 · ready for dev ✅', 120, 470, 1000, 28, 400, { color: '#E9E1F7' }),
], { fill: PLUM });

const oldConnect = F('Connect (old)', 0, 0, W, H, [
  statusBar(W),
  T('Connect your bank', 24, 80, 327, 24, 700),
  btnF('Connect', 24, 700, 327, 52, { fill: PLUM, r: 26 }),
], { fill: '#FFFFFF' });

const place = (f, x, y) => ((f._r[0] = x), (f._r[1] = y), f);

const { file, id, count } = finish(NAME, [
  { name: 'Cover', prefix: 2, children: [cover] },
  { name: 'Onboarding', prefix: 118, flowStarts: [['splash', 'New teacher']], children: [
    S('Sign up', 0, 0, 2000, 1000, [place(splash, 60, 100), place(signup, 500, 100), place(about, 940, 100), place(pricing, 1380, 100)]),
    S('Linking', 0, 1100, 2400, 1700, [place(connect, 60, 100), place(bankpick, 500, 100), place(syncing, 940, 100), place(accountsHub, 1380, 100), place(upload, 1820, 100), place(bookingAuth, 500, 1000)]),
    place(home, 2600, 1200), place(accounts, 3040, 1200), place(unlink, 3480, 1200),
    place(email, 2600, 100),
  ] },
  { name: 'Components', prefix: 201, children: components },
  { name: 'Archive 2025', prefix: 260, children: [oldConnect] },
], { title: 'Lotus Tax — Mobile' });

const t = truth(NAME, 'onboarding',
  'Mobile onboarding for a tax-estimate app for freelance US yoga teachers: splash, sign-up, teaching questions, a linking screen for bank accounts and booking platforms, bank search, syncing state, linked-accounts summary, home with a contextual prompt and an Accounts tab.',
  {
    'funnel.greeting-email': [true, 'Welcome email frame with a numbered 1-2-3 list where step 2 is linking the bank, and a "Link my bank" button.'],
    'funnel.three-actions': [true, 'Splash → sign up → teaching questions → linking screen: three taps.'],
    'funnel.cta-visible': [true, 'Full-width main button on the linking screen; Accounts tab always in the tab bar; prompt on home.'],
    'funnel.social-proof': [true, 'Quote from a vinyasa teacher with stars.'],
    'funnel.prefill': [false, 'Nothing is shown prefilled from linked data.'],
    'value.three-part': [true, 'Value ($1,900 in missed write-offs), how bank and booking data are used, one main "Link a bank account" button.'],
    'value.contextual-ctas': [true, 'Home estimate card: link the booking app so class income is counted.'],
    'value.faq-link': [true, '"Curious how this works? Read the FAQ".'],
    'value.progress-meter': [true, '"60% tax picture complete" ring on the linking screen.'],
    'privacy.data-scope': [true, 'Read-only bank transactions and booking payouts, and what each is used for.'],
    'privacy.trust-language': [true, 'Encryption, never sell or hand over data without your OK.'],
    'privacy.consent-action': [true, 'Tick box (vector) with consent wording and Privacy Policy link.'],
    'privacy.disconnect-anytime': [true, '"Change your mind? Unlink in two taps, whenever."'],
    'privacy.connection-guide': [false, 'Only an FAQ and privacy policy; no guide on how to link.'],
    'privacy.statistics': [true, '"Trusted by 48,000+ yoga & fitness teachers".'],
    'privacy.support-contacts': [false, 'Phone and email only in a hidden layer; the email footer says to reply, nothing in the app.'],
    'privacy.powered-by': [false, 'No provider mark.'],
    'privacy.mutual-nda': [false, 'No NDA.'],
    'platform.explain-redirect': [true, 'Bank list: opens the bank’s own login page and returns; Mindbody sheet says the same.'],
    'platform.grouped-categories': [true, '"Where your class money lands" (banks) and "Where you get booked" (booking platforms) headings.'],
    'platform.accurate-branding': [true, 'Full names: Acuity Scheduling, Square Appointments, Capital One 360, Navy Federal Credit Union.'],
    'platform.search': [true, 'Search field over 11,000+ banks.'],
    'platform.alternatives': [true, 'Upload a payouts CSV or photos of 1099s.'],
    'platform.non-linear': [true, '"I’ll do this later" and "Skip booking for now".'],
    'platform.multiple-connections': [true, '"Linked ✓", pending Mindbody approval and "+ Add another account".'],
    'connection.view-live': [true, 'Accounts tab lists linked accounts with first-linked and last-synced times.'],
    'connection.delete': [true, '"Unlink" on each account with a confirmation sheet.'],
    'connection.refresh': [true, '"Sync now" per account and pull to refresh.'],
    'connection.syncing-indicator': [true, 'Spinner screen "Syncing your Chase transactions…".'],
  }, null);
t.flow = { startFrameId: id('splash'), connectFrameId: id('connect'), stepsToConnect: 3, deadEnds: [id('pricing')] };
write(NAME, file, t);
console.log(NAME, count);

// h142: cash flow for jewellery makers selling on Etsy/Shopify, iPhone 375x812, US English, playful copy.
import { Doc, solid, go, act, write } from './lib.mjs';

const NAME = 'h142-etsy-jeweller-cashflow-mobile';
const d = new Doc('Glint ✨ app — onboarding (makers)', '2025-03-18T16:04:09Z');
const INK = '#2a1e3b'; const MUTED = '#6e6580'; const PLUM = '#7c3aed'; const GOLD = '#f5b83d'; const W = 375; const H = 812;
const T = (s, x, y, w, o) => d.text(s, x, y, w, o);

// components (page 3)
d.newPage(3);
const pill = d.component('Btn', 327, 52, [T('Label', 0, 15, 327, { size: 16, weight: 700, color: '#ffffff', align: 'CENTER' })], { fill: PLUM, radius: 26 });
const pillHover = d.component('Btn / pressed', 327, 52, [T('Label', 0, 15, 327, { size: 16, weight: 700, color: '#ffffff', align: 'CENTER' })], { fill: '#5b21b6', radius: 26 });
pillHover.absoluteBoundingBox.y = 80;
go(pill, pillHover, 'CHANGE_TO', 'ON_PRESS');
const chip = d.component('Property 1=Default', 100, 36, [T('Chip', 0, 9, 100, { size: 14, weight: 500, color: INK, align: 'CENTER' })], { fill: '#f3e8ff', radius: 18 });
chip.absoluteBoundingBox.x = 360;
const compChildren = [pill, pillHover, chip];

d.newPage(1);
d.canvas('Cover', [d.screen('Thumbnail', 0, 0, 1600, 960, [T('Glint ✨', 120, 300, 1200, { size: 120, weight: 700, color: '#ffffff' }), T('Maker onboarding · March', 120, 480, 1200, { size: 40, color: '#ede9fe' })], PLUM)]);

d.newPage(2);
const statusBar = () => d.frame('Status bar', 0, 0, W, 44, { fills: [] }, [T('9:41', 24, 14, 60, { size: 15, weight: 600, color: INK }), d.vector('Vector', 300, 16, 54, 12, { fills: solid(INK) })]);
const homeInd = () => d.rect('Home indicator', 121, 798, 134, 5, { fills: solid(INK), cornerRadius: 3 });
const mobile = (name, kids, bg = '#ffffff') => d.screen(name, 0, 0, W, H, [statusBar(), ...kids, homeInd()], bg);
const tabbar = (active) => {
  const tabs = ['Home', 'Forecast', 'Money in', 'You'].map((l) => d.col('Frame ' + (40 + d.n), 0, 0, 80, [d.vector('Vector', 0, 0, 24, 24, { fills: solid(l === active ? PLUM : '#a8a2b5') }), T(l, 0, 0, 80, { size: 11, weight: 500, color: l === active ? PLUM : '#a8a2b5', align: 'CENTER' })], { gap: 4, center: true }));
  return { f: d.row('Tab bar', 0, 728, 83, tabs, { w: W, pad: 14, gap: 8, fill: '#ffffff', stroke: '#eee8f7' }), tabs };
};

// 0/1 intro slides
const next0 = d.btnInstance('Next', pill.id, 327, 52, { name: 'Btn', fill: PLUM, radius: 26 });
const skip0 = d.link('Skip', 40, { color: MUTED, size: 15 });
const I0 = mobile('Intro 1', [
  d.row('Frame 3', 300, 52, 24, [skip0], {}),
  d.ellipse('Ellipse 2', 48, 140, 280, 280, { fills: solid('#fde68a') }),
  d.col('Frame 4', 24, 460, 327, [T('Cash flow, but make it sparkle ✨', 0, 0, 327, { size: 28, weight: 700, color: INK, lines: 2 }),
    T('Know what’s coming in before the next craft fair.', 0, 0, 327, { size: 16, color: MUTED, lines: 2 })], { gap: 12 }),
  d.row('Dots', 160, 640, 8, [d.ellipse('Ellipse', 0, 0, 8, 8, { fills: solid(PLUM) }), d.ellipse('Ellipse', 0, 0, 8, 8, { fills: solid('#ddd6fe') })], { gap: 8 }),
  Object.assign(next0, { absoluteBoundingBox: { x: 24, y: 680, width: 327, height: 52 } }),
]);
const getStarted = d.btnInstance('Get started', pill.id, 327, 52, { name: 'Btn', fill: PLUM, radius: 26 });
const I1 = mobile('Intro 2', [
  d.ellipse('Ellipse 5', 48, 140, 280, 280, { fills: solid('#c4b5fd') }),
  d.col('Frame 6', 24, 460, 327, [T('See payday before it happens', 0, 0, 327, { size: 28, weight: 700, color: INK, lines: 2 }),
    T('A 90-day forecast built from your own sales.', 0, 0, 327, { size: 16, color: MUTED })], { gap: 12 }),
  Object.assign(getStarted, { absoluteBoundingBox: { x: 24, y: 680, width: 327, height: 52 } }),
]);

// 2 sign up
const createAcct = d.btnInstance('Create my account', pill.id, 327, 52, { name: 'Btn', fill: PLUM, radius: 26 });
const S = mobile('Sign up', [
  d.col('Auto layout', 24, 72, 327, [
    T('Let’s get you sparkling 💎', 0, 0, 327, { size: 26, weight: 700, color: INK }),
    d.btnFrame(' Continue with Apple', 327, 50, { fill: '#000000', radius: 25 }),
    d.btnFrame('Continue with Google', 327, 50, { fill: '#ffffff', color: INK, stroke: '#d4d0dc', radius: 25 }),
    T('or', 0, 0, 327, { size: 13, color: MUTED, align: 'CENTER' }),
    d.rect('Rectangle 14', 0, 0, 327, 48, { fills: solid('#faf7ff'), strokes: solid('#d4d0dc'), strokeWeight: 1, cornerRadius: 12 }),
    d.rect('Rectangle 15', 0, 0, 327, 48, { fills: solid('#faf7ff'), strokes: solid('#d4d0dc'), strokeWeight: 1, cornerRadius: 12 }),
    createAcct,
    d.col('Frame 16', 0, 0, 327, [
      T('★★★★★', 0, 0, 300, { size: 14, color: GOLD }),
      T('“I finally know if I can afford that 2 oz of sterling before the holiday rush.”', 0, 0, 295, { size: 14, color: INK, lines: 3 }),
      T('— Mara Lind, Silver Link Studio on Etsy', 0, 0, 295, { size: 12, color: MUTED }),
    ], { gap: 6, pad: 16, fill: '#fff7e6', radius: 16 }),
    T('Loved by 40,000+ indie makers — and their bank data stays locked up tight with 256-bit encryption.', 0, 0, 327, { size: 12, color: MUTED, align: 'CENTER', lines: 2 }),
  ], { gap: 12 }),
]);

// 3 about your shop
const nextAbout = d.btnInstance('Next', pill.id, 327, 52, { name: 'Btn', fill: PLUM, radius: 26 });
const chipsRow = (ls) => d.row('Frame ' + (120 + d.n), 0, 0, 36, ls.map((l) => d.btnInstance(l, chip.id, 100, 36, { name: 'Property 1=Default', fill: '#f3e8ff', color: INK, radius: 18, size: 14 })), { gap: 10 });
const AB = mobile('About your shop', [
  d.col('Frame 20', 24, 72, 327, [
    T('What do you make?', 0, 0, 327, { size: 26, weight: 700, color: INK }),
    T('Pick all that apply — it tunes your forecast for your busy seasons.', 0, 0, 327, { size: 15, color: MUTED, lines: 2 }),
    chipsRow(['💍 Rings', '📿 Necklaces']), chipsRow(['✨ Earrings', '🔗 Chains']), chipsRow(['🎁 A bit of everything']),
  ], { gap: 16 }),
  Object.assign(nextAbout, { absoluteBoundingBox: { x: 24, y: 700, width: 327, height: 52 } }),
]);

// 4 hub
const meter = (n) => d.col('Frame ' + (140 + d.n), 0, 0, 327, [
  d.row('Frame ' + (141 + d.n), 0, 0, 20, [T('Forecast strength', 0, 0, 200, { size: 13, weight: 600, color: INK }), T(['Meh', 'Getting there', 'Pretty good', 'Crystal clear'][n], 0, 0, 110, { size: 13, color: PLUM, align: 'RIGHT' })], { gap: 8 }),
  d.row('Meter', 0, 0, 8, [0, 1, 2].map((i) => d.rect('Rectangle ' + (142 + d.n), 0, 0, 103, 8, { fills: solid(i < n ? PLUM : '#ede9fe'), cornerRadius: 4 })), { gap: 9 }),
], { gap: 8 });
const srcCard = (name, ref, sub, right) => d.row('Frame ' + (150 + d.n), 0, 0, 68, [d.logo(name, 0, 0, 40, 40, ref),
  d.col('Frame ' + (151 + d.n), 0, 0, 170, [T(name, 0, 0, 170, { size: 15, weight: 600, color: INK }), T(sub, 0, 0, 170, { size: 12, color: MUTED })], { gap: 2 }), right], { pad: 14, gap: 12, w: 327, radius: 16, fill: '#ffffff', stroke: '#eee8f7' });
const etsyBtn = d.btnFrame('Plug in', 72, 34, { fill: PLUM, radius: 17, size: 13 });
const shopBtn = d.btnFrame('Plug in', 72, 34, { fill: PLUM, radius: 17, size: 13 });
const bankBtn = d.btnGroup('Plug in', 72, 34, { fill: PLUM, radius: 17, size: 13 });
const mainEtsy = d.btnInstance('Plug in Etsy', pill.id, 327, 52, { name: 'Btn', fill: PLUM, radius: 26 });
const faq = d.link('Curious why? Peek at the FAQ', 220, { color: PLUM, underline: true, size: 13 });
const csv = d.link('Sell somewhere else? Upload a sales CSV', 300, { color: PLUM, size: 13 });
const later = d.link('I’ll do this later', 140, { color: MUTED, size: 14 });
const sendBk = d.link('Send to my bookkeeper', 170, { color: PLUM, size: 14 });
const HUB = mobile('Plug in', [
  d.col('Auto layout', 24, 60, 327, [
    T('Plug in your money stuff 🔌', 0, 0, 327, { size: 24, weight: 700, color: INK }),
    T('Hook up your shops and your bank and Glint forecasts your cash 90 days out.', 0, 0, 327, { size: 14, color: INK, lines: 2 }),
    T('We read orders, fees and payouts from your shops, and balances and transactions from your bank. Read-only — we never list, edit or move a thing.', 0, 0, 327, { size: 12, color: MUTED, lines: 3 }),
    meter(0),
    T('WHERE YOU SELL', 0, 0, 327, { size: 12, weight: 700, color: MUTED }),
    srcCard('Etsy', 'img_etsy_f15', 'Orders, fees & payouts', etsyBtn),
    srcCard('Shopify', 'img_shopify_9b2', 'Orders & Shopify Payments', shopBtn),
    T('WHERE YOU BANK', 0, 0, 327, { size: 12, weight: 700, color: MUTED }),
    srcCard('Bank account', 'img_bank_generic', 'Checking or savings', bankBtn),
    csv, mainEtsy,
    d.row('Frame 160', 0, 0, 24, [later, T('·', 0, 0, 8, { size: 14, color: MUTED }), sendBk], { gap: 6 }),
    faq,
  ], { gap: 10 }),
], '#faf7ff');

// 5 Etsy sheet (overlay)
const consent = d.checkbox('I’m cool with Glint reading my Etsy shop data as described in the Privacy Policy.', 327, { kind: 'vector', name: 'Group 22' });
const pp = d.link('Privacy Policy', 110, { color: PLUM, underline: true, size: 13 });
const hop = d.btnInstance('Hop over to Etsy', pill.id, 327, 52, { name: 'Btn', fill: PLUM, radius: 26 });
const notNow = d.link('Not now', 70, { color: MUTED, size: 14 });
const SHEET = d.screen('Etsy sheet', 0, 0, W, 560, [
  d.rect('Grabber', 167, 8, 40, 5, { fills: solid('#d4d0dc'), cornerRadius: 3 }),
  d.col('Frame 30', 24, 28, 327, [
    d.row('Frame 31', 0, 0, 44, [d.logo('Etsy', 0, 0, 44, 44, 'img_etsy_f15'), T('Plug in Etsy', 0, 0, 240, { size: 22, weight: 700, color: INK })], { gap: 12 }),
    T('Glint pulls your orders, Etsy fees and payout dates from Etsy. Nothing flows back — we never touch your listings.', 0, 0, 327, { size: 14, color: INK, lines: 3 }),
    T('Next up: we’ll bounce you over to Etsy. Log in, tap “Grant access”, and you’ll boomerang right back here.', 0, 0, 327, { size: 14, color: INK, lines: 3 }),
    T('🔐 Bank-level encryption. We never sell or share your data with anyone without your OK. Change your mind? Unplug anytime in You › Connected stuff.', 0, 0, 327, { size: 12, color: MUTED, lines: 3 }),
    consent, pp, hop, notNow,
  ], { gap: 12 }),
]);
act(notNow, { type: 'CLOSE' });

// 6 Etsy web auth
const grant = d.btnFrame('Grant access', 327, 48, { fill: '#f1641e', radius: 24 });
const ETSY = mobile('Etsy – grant access', [
  d.rect('Rectangle 40', 0, 44, W, 44, { fills: solid('#f7f7f7') }), T('🔒 www.etsy.com', 120, 56, 200, { size: 13, color: MUTED }),
  d.col('Frame 41', 24, 120, 327, [T('Glint would like to:', 0, 0, 327, { size: 20, weight: 600, color: '#222222' }),
    T('• See your shop receipts and transactions\n• See your billing and payments', 0, 0, 327, { size: 15, color: '#222222' }), grant], { gap: 16 }),
]);

// 7 hub with one done
const more = d.btnFrame('+ Add another shop', 327, 44, { fill: '#ffffff', color: PLUM, stroke: PLUM, radius: 22, size: 14 });
const bankBtn2 = d.btnFrame('Plug in', 72, 34, { fill: PLUM, radius: 17, size: 13 });
const cont = d.btnInstance('Take me to my forecast', pill.id, 327, 52, { name: 'Btn', fill: PLUM, radius: 26 });
const HUB2 = mobile('Plug in – 1 done', [
  d.col('Auto layout', 24, 60, 327, [
    T('Nice! One down 🎉', 0, 0, 327, { size: 24, weight: 700, color: INK }),
    meter(1),
    T('WHERE YOU SELL', 0, 0, 327, { size: 12, weight: 700, color: MUTED }),
    srcCard('Etsy', 'img_etsy_f15', 'SilverLinkStudio', T('Plugged in ✓', 0, 0, 90, { size: 12, weight: 700, color: '#15803d' })),
    srcCard('Shopify', 'img_shopify_9b2', 'Finish approving in Shopify', T('Waiting on you', 0, 0, 90, { size: 12, weight: 700, color: '#b45309' })),
    more,
    T('WHERE YOU BANK', 0, 0, 327, { size: 12, weight: 700, color: MUTED }),
    srcCard('Bank account', 'img_bank_generic', 'Checking or savings', bankBtn2),
    cont,
  ], { gap: 10 }),
], '#faf7ff');

// 8 pick your bank
const bankRow = (n, ref) => d.row('Frame ' + (170 + d.n), 0, 0, 56, [d.logo(n, 0, 0, 36, 36, ref), T(n, 0, 0, 230, { size: 15, color: INK }), d.vector('Vector', 0, 0, 8, 14, { fills: solid('#a8a2b5') })], { gap: 12, w: 327 });
const chase = bankRow('Chase', 'img_chase_31');
const back8 = d.vector('Vector', 20, 56, 12, 20, { fills: solid(INK), name: 'chevron-left' });
const BANK = mobile('Pick your bank', [
  back8,
  d.col('Frame 50', 24, 90, 327, [
    T('Which bank holds your shop money?', 0, 0, 327, { size: 22, weight: 700, color: INK, lines: 2 }),
    d.search('Search 11,000+ banks & credit unions', 327, { radius: 22 }),
    chase, bankRow('Bank of America', 'img_boa_77'), bankRow('Wells Fargo', 'img_wf_12'), bankRow('Capital One', 'img_c1_5a'), bankRow('Navy Federal Credit Union', 'img_nfcu_0c'),
  ], { gap: 8 }),
]);
act(back8, { type: 'BACK' });

// 9 Chase web login
const chaseIn = d.btnFrame('Sign in', 327, 48, { fill: '#117aca', radius: 6 });
const CHASE = mobile('Chase – sign in', [
  d.rect('Rectangle 60', 0, 44, W, 56, { fills: solid('#117aca') }),
  d.col('Frame 61', 24, 140, 327, [T('Sign in to share your account info with Glint', 0, 0, 327, { size: 18, weight: 600, color: '#222222', lines: 2 }),
    d.rect('Rectangle 62', 0, 0, 327, 48, { fills: solid('#ffffff'), strokes: solid('#c4c4c4'), strokeWeight: 1 }),
    d.rect('Rectangle 63', 0, 0, 327, 48, { fills: solid('#ffffff'), strokes: solid('#c4c4c4'), strokeWeight: 1 }), chaseIn], { gap: 14 }),
]);

// 10 home with contextual prompt
const tbHome = tabbar('Home');
const sharpen = d.btnGroup('Plug in my bank', 150, 36, { fill: PLUM, radius: 18, size: 13, vector: true });
const HOME = mobile('Home', [
  d.col('Frame 70', 24, 60, 327, [
    T('Hey Mara 👋', 0, 0, 327, { size: 24, weight: 700, color: INK }),
    d.col('Frame 71', 0, 0, 327, [T('Next 90 days', 0, 0, 295, { size: 13, color: MUTED }), T('$8,420 coming in', 0, 0, 295, { size: 26, weight: 700, color: INK }),
      d.vector('Chart', 0, 0, 295, 120, { fills: solid('#ddd6fe', 0.6), opacity: 0.5 })], { gap: 6, pad: 16, fill: '#ffffff', radius: 16 }),
    d.col('Frame 72', 0, 0, 327, [T('Your forecast is a little fuzzy 👓', 0, 0, 295, { size: 15, weight: 700, color: INK }),
      T('Plug in your bank so we can see rent, silver orders and what’s actually in the account.', 0, 0, 295, { size: 13, color: MUTED, lines: 2 }), sharpen], { gap: 8, pad: 16, fill: '#fff7e6', radius: 16 }),
    d.row('Frame 73', 0, 0, 56, [T('Etsy payout · Thu', 0, 0, 220, { size: 14, color: INK }), T('+$612.40', 0, 0, 80, { size: 14, weight: 600, color: '#15803d', align: 'RIGHT' })], { gap: 8, w: 327 }),
  ], { gap: 14 }),
  tbHome.f,
], '#faf7ff');

// 11 connected stuff
const tbYou = tabbar('You');
const refresh = d.btnFrame('Refresh', 84, 32, { fill: '#f3e8ff', color: PLUM, radius: 16, size: 13 });
const unplug = d.link('Unplug', 60, { color: '#dc2626', size: 13 });
const addConn = d.link('+ Plug in something else', 200, { color: PLUM, size: 14 });
const CONN = mobile('You / Connected stuff', [
  d.col('Frame 80', 24, 60, 327, [
    T('Connected stuff', 0, 0, 327, { size: 24, weight: 700, color: INK }),
    d.col('Frame 81', 0, 0, 327, [
      d.row('Frame 82', 0, 0, 40, [d.logo('Etsy', 0, 0, 36, 36, 'img_etsy_f15'), T('Etsy · SilverLinkStudio', 0, 0, 190, { size: 15, weight: 600, color: INK })], { gap: 10 }),
      T('Plugged in Mar 3, 2025 · Last synced 2 min ago\n1,284 orders · USD', 0, 0, 295, { size: 12, color: MUTED }),
      d.row('Frame 83', 0, 0, 32, [refresh, unplug], { gap: 16 }),
    ], { gap: 8, pad: 16, fill: '#ffffff', radius: 16 }),
    d.col('Frame 84', 0, 0, 327, [
      d.row('Frame 85', 0, 0, 40, [d.logo('Shopify', 0, 0, 36, 36, 'img_shopify_9b2'), T('Shopify · maramakes.myshopify.com', 0, 0, 230, { size: 15, weight: 600, color: INK })], { gap: 10 }),
      d.row('Frame 86', 0, 0, 20, [d.spinner(0, 0, 16), T('Syncing orders… hang tight', 0, 0, 250, { size: 12, color: MUTED })], { gap: 8 }),
    ], { gap: 8, pad: 16, fill: '#ffffff', radius: 16 }),
    addConn,
    d.col('Frame 87', 0, 0, 327, [T('Glint Plus · $6/mo · cancel anytime', 0, 0, 295, { size: 14, color: INK }), T('Manage subscription', 0, 0, 295, { size: 14, color: PLUM })], { gap: 6, pad: 16, fill: '#ffffff', radius: 16 }),
    T('Delete account', 0, 0, 327, { size: 14, weight: 500, color: '#dc2626' }),
    T('Need help? Text us at (415) 555-0134', 0, 0, 327, { size: 13, color: MUTED, visible: false }),
  ], { gap: 12 }),
  tbYou.f,
], '#faf7ff');

// 12 FAQ
const faqBack = d.vector('Vector', 20, 56, 12, 20, { fills: solid(INK), name: 'chevron-left' });
const FAQ = mobile('FAQ', [faqBack,
  d.col('Frame 90', 24, 90, 327, [T('Why plug in?', 0, 0, 327, { size: 24, weight: 700, color: INK }),
    T('What does Glint do with my Etsy data?\nWill my bank see Glint?\nCan I forecast without plugging in?\nWhat if I sell at markets?', 0, 0, 327, { size: 15, color: INK }),
  ], { gap: 16 })]);
act(faqBack, { type: 'BACK' });

// 13 share sheet
const copyLink = d.btnFrame('Copy invite link', 327, 48, { fill: PLUM, radius: 24 });
const SHARE = d.screen('Send to bookkeeper', 0, 0, W, 360, [
  d.col('Frame 95', 24, 24, 327, [T('Got a bookkeeper?', 0, 0, 327, { size: 20, weight: 700, color: INK }),
    T('Send them a link — they can plug in your bank for you and you’ll pick up where you left off.', 0, 0, 327, { size: 14, color: MUTED, lines: 3 }),
    d.rect('Rectangle 96', 0, 0, 327, 48, { fills: solid('#faf7ff'), strokes: solid('#d4d0dc'), strokeWeight: 1, cornerRadius: 12 }), copyLink], { gap: 14 }),
]);
act(copyLink, { type: 'CLOSE' });

// 14 welcome email (desktop-ish email frame)
const emailCta = d.btnFrame('Plug in my shop', 220, 48, { fill: PLUM, radius: 24, name: 'Frame 402' });
const MAIL = d.screen('Welcome email', 0, 0, 600, 900, [
  d.col('Frame 400', 40, 40, 520, [
    d.row('Frame 401', 0, 0, 36, [d.vector('Vector', 0, 0, 28, 28, { fills: solid(PLUM) }), T('Glint', 0, 0, 120, { size: 20, weight: 700, color: INK })], { gap: 8 }),
    T('Subject: You’re in, Mara ✨ 3 tiny steps to a sparkly forecast', 0, 0, 520, { size: 13, color: MUTED }),
    T('Welcome to Glint!', 0, 0, 520, { size: 28, weight: 700, color: INK }),
    T('1  Tell us what you make (done ✓)\n2  Plug in Etsy and your bank — this is where the magic happens\n3  Watch your 90-day forecast fill in', 0, 0, 520, { size: 16, color: INK }),
    emailCta,
    T('Questions? Just reply to this email.', 0, 0, 520, { size: 13, color: MUTED }),
  ], { gap: 18 }),
], '#ffffff');

const place = (f, x, y) => { f.absoluteBoundingBox.x = x; f.absoluteBoundingBox.y = y; };
[I0, I1, S, AB, HUB, SHEET, ETSY, HUB2, BANK, CHASE, HOME, CONN, FAQ, SHARE].forEach((f, i) => place(f, (i % 7) * 475, Math.floor(i / 7) * 1000));
const secMain = d.section('Onboarding — happy path', 0, 0, 3400, 2000, [I0, I1, S, AB, HUB, SHEET, ETSY, HUB2, BANK, CHASE, HOME, CONN, FAQ, SHARE]);
place(MAIL, 3600, 0);

go(next0, I1); go(skip0, S); go(getStarted, S); go(createAcct, AB); go(nextAbout, HUB);
go(etsyBtn, SHEET, 'OVERLAY'); go(mainEtsy, SHEET, 'OVERLAY'); go(shopBtn, SHEET, 'OVERLAY'); go(bankBtn, BANK); go(faq, FAQ); go(later, HOME); go(sendBk, SHARE, 'OVERLAY');
go(hop, ETSY); go(grant, HUB2);
go(more, HUB); go(bankBtn2, BANK); go(cont, HOME);
go(chase, CHASE); go(chaseIn, HOME);
go(sharpen, BANK); go(tbHome.tabs[3], CONN); go(tbYou.tabs[0], HOME); go(addConn, HUB);
go(emailCta, HUB);
d.canvas('📱 Flow', [secMain, MAIL], { flow: [I0] });

d.page = 3;
d.canvas('Components', compChildren);
d.newPage(4);
d.canvas('Archive', [d.screen('Old intro', 0, 0, W, H, [T('Welcome to Glint', 24, 300, 327, { size: 28, weight: 700 }), T('Cash flow for makers', 24, 350, 327, { size: 16, color: MUTED })])]);

write(new URL('..', import.meta.url).pathname, NAME, d.doc(), {
  kind: 'onboarding',
  description: 'Cash-flow forecasting for jewellery makers, iPhone 375x812, US English with playful copy. Intro carousel, sign-up, a one-question shop survey, then a "Plug in" hub for Etsy, Shopify and a bank; Etsy authorisation sheet, bank picker, home screen and a connected-sources settings screen; a welcome email frame.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.prefill', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame: numbered 1-2-3 list, step 2 is plugging in Etsy and the bank, with a "Plug in my shop" button.',
    'funnel.three-actions': 'Sign up → About your shop → Plug in hub (3 steps from the first intro slide, 2 from sign-up).',
    'funnel.cta-visible': 'Hub is a full onboarding screen with a large "Plug in Etsy" button.',
    'funnel.social-proof': 'Five-star maker quote on sign-up.',
    'value.three-part': 'Hub header: 90-day forecast benefit, what is read from shops and bank, one main button.',
    'value.contextual-ctas': 'Home card "Your forecast is a little fuzzy" with "Plug in my bank".',
    'value.faq-link': '"Curious why? Peek at the FAQ".',
    'value.progress-meter': '"Forecast strength" segmented meter grows per plugged-in source.',
    'privacy.data-scope': 'Sheet: orders, fees, payouts pulled from Etsy; nothing flows back.',
    'privacy.trust-language': 'Bank-level encryption, never sell or share without OK.',
    'privacy.consent-action': 'Checkbox (vector) with Privacy Policy link before "Hop over to Etsy".',
    'privacy.disconnect-anytime': '"Unplug anytime in You › Connected stuff".',
    'privacy.statistics': '"Loved by 40,000+ indie makers … 256-bit encryption".',
    'platform.explain-redirect': '"we’ll bounce you over to Etsy … boomerang right back here".',
    'platform.grouped-categories': '"Where you sell" and "Where you bank" headings.',
    'platform.accurate-branding': 'Etsy, Shopify, Chase, Bank of America, Wells Fargo, Navy Federal Credit Union with logos.',
    'platform.search': 'Search field over the bank list.',
    'platform.alternatives': '"Sell somewhere else? Upload a sales CSV".',
    'platform.non-linear': '"I’ll do this later" and "Send to my bookkeeper" invite link.',
    'platform.multiple-connections': '"+ Add another shop", "Plugged in ✓" and "Waiting on you" pending badge.',
    'connection.view-live': 'Connected stuff: Etsy shop name, plugged-in date, last synced, currency.',
    'connection.delete': '"Unplug" on the Etsy row.',
    'connection.refresh': '"Refresh" button.',
    'connection.syncing-indicator': 'Spinner with "Syncing orders…".',
    'funnel.prefill': 'No form is filled from shop or bank data.',
    'privacy.support-contacts': 'No phone/email/form visible; the only "Text us" line is hidden; email says just reply.',
    'privacy.powered-by': 'No provider mark.',
    'privacy.mutual-nda': 'No NDA.',
  },
  flow: { startFrameId: I0.id, connectFrameId: HUB.id, stepsToConnect: 3, deadEnds: [] },
});

// h37: loans for marketplace sellers, UK mobile 375x812, chatty copy.
import {
  reset, setPage, F, G, R, V, T, COMP, go, back, close, btnFrame, btnGroup, btnInst,
  linkText, searchField, logo, checkbox, spinner, divider, screen, canvas, solid, writeFile,
} from './lib.mjs';

reset();
const W = 375; const H = 812;
const INK = '#1b1530'; const MUTED = '#6e6887'; const BRAND = '#6b3df5'; const MINT = '#16a37a';
const NBSP = '\u00a0'; const ZW = '\u200b';

// ---------- page 1: components
setPage(1);
const comps = canvas('Components', [
  COMP('Button/Large', 'btnL', 0, 0, 327, 52, { fills: [solid(BRAND)], cornerRadius: 26 }, [T('Button', 24, 15, 279, { s: 16, w: 700, c: '#ffffff' })]),
  COMP('Tab bar', 'tabbar', 0, 100, 375, 84, { fills: [solid('#ffffff')] }, [T('Home  Loans  Shops  Me', 24, 20, 327, { s: 12 })]),
  COMP('check', 'chk', 0, 220, 20, 20, { fills: [solid('#ffffff')], strokes: [solid(MUTED)], cornerRadius: 5 }, []),
]);

// ---------- page 2: flows
setPage(2);
const statusBar = () => F(undefined, 0, 0, W, 44, { fills: [], layoutMode: 'HORIZONTAL', paddingLeft: 24 }, [
  T('9:41', 24, 12, 60, { s: 15, w: 600, c: INK }), V('Vector', 300, 16, 52, 12, { fills: [solid(INK)] }),
]);
function tabBar(active) {
  const tabs = ['Home', 'Loans', 'Shops', 'Me'];
  return I_tab(tabs.map((t, i) => {
    const tab = F(undefined, 12 + i * 88, 8, 80, 50, { fills: [], layoutMode: 'VERTICAL', counterAxisAlignItems: 'CENTER', itemSpacing: 4 }, [
      V('Vector', 28, 0, 24, 24, { fills: [solid(t === active ? BRAND : '#b8b3c9')] }),
      T(t, 0, 28, 80, { s: 11, w: t === active ? 700 : 500, c: t === active ? BRAND : MUTED, align: 'CENTER' }),
    ]);
    if (t !== active) go(tab, { Home: 'home', Loans: 'home', Shops: 'shops', Me: 'me' }[t]);
    return tab;
  }));
}
function I_tab(children) {
  return F('Tab bar', 0, H - 84, W, 84, { fills: [solid('#ffffff')], strokes: [solid('#ece9f5')], layoutMode: 'HORIZONTAL' }, children);
}
const shopCard = (name, ref, x, y, target, badge) => {
  const c = F(undefined, x, y, 327, 60, { fills: [solid('#ffffff')], strokes: [solid('#ece9f5')], cornerRadius: 14, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 14 }, [
    logo(14, 12, 36, ref),
    T(name, 62, 20, 160, { s: 15, w: 600, c: INK }),
    badge ? F(undefined, 226, 18, 92, 24, { fills: [solid(badge.bg)], cornerRadius: 12, layoutMode: 'HORIZONTAL', paddingLeft: 8 }, [T(badge.t, 8, 4, 80, { s: 11, w: 700, c: badge.c })])
      : V('Vector', 296, 22, 16, 16, { fills: [solid('#b8b3c9')] }),
  ]);
  if (target) go(c, target, 'OVERLAY');
  return c;
};

// 01 welcome (start)
const skip = linkText('Skip', 315, 56, 40, { c: MUTED });
go(skip, 'signup');
const letsGo = btnInst('Let’s go', 'btnL', 24, 700, 327, 52, { bg: BRAND, r: 26, name: 'Property 1=Default' });
go(letsGo, 'signup');
const welcome = screen('Welcome', 'welcome', 0, 0, W, H, [
  statusBar(), skip,
  R(undefined, 24, 100, 327, 240, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'h3roparcel' }], cornerRadius: 20 }),
  T('Cash for your shop,\nsorted in minutes 🚀', 24, 364, 327, { s: 28, w: 800, c: INK, lines: 2 }),
  T(`Stock up for peak season without waiting on the bank.${NBSP}No faff, no hidden fees.`, 24, 446, 327, { s: 15, c: MUTED, lines: 2 }),
  F(undefined, 24, 512, 327, 150, { fills: [solid('#f5f1ff')], cornerRadius: 16, layoutMode: 'VERTICAL', paddingLeft: 16, paddingTop: 14, itemSpacing: 8 }, [
    T('★★★★★  4.8 on Trustpilot', 16, 14, 295, { s: 13, w: 700, c: INK }),
    T('“Got £12k in 2 days to stock up before Black Friday. Honestly didn’t think it’d be that easy!”', 16, 40, 295, { s: 14, c: INK, lines: 3 }),
    T('Priya S. · Etsy seller, Leeds', 16, 106, 295, { s: 12, c: MUTED }),
  ]),
  letsGo,
], { layout: false });

// 02 sign up
const carryOn = btnFrame('Carry on', 24, 700, 327, 52, { bg: BRAND, r: 26 });
go(carryOn, 'verify');
const back2 = V('Vector', 24, 60, 24, 24, { fills: [solid(INK)] });
back(back2);
const signup = screen('Sign up', 'signup', 455, 0, W, H, [
  statusBar(), back2,
  F(undefined, 24, 110, 327, 300, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 14 }, [
    T('First things first —\nwhat’s your email?', 0, 0, 327, { s: 26, w: 800, c: INK, lines: 2 }),
    T('We’ll use it to save your progress, nothing spammy.', 0, 80, 327, { s: 14, c: MUTED }),
    F(undefined, 0, 120, 327, 52, { fills: [solid('#ffffff')], strokes: [solid('#d7d2e6')], cornerRadius: 12 }, [T('priya@paperandpine.co.uk', 16, 15, 290, { s: 16, c: INK })]),
    F(undefined, 0, 186, 327, 52, { fills: [solid('#ffffff')], strokes: [solid('#d7d2e6')], cornerRadius: 12 }, [T('Business name', 16, 15, 290, { s: 16, c: '#a49fb8' })]),
  ]),
  carryOn,
], { layout: false });

// 03 verify
const verifyBtn = btnGroup('Verify', 24, 700, 327, 52, { bg: BRAND, r: 26, vector: true });
go(verifyBtn, 'connect');
const verify = screen('Verify email', 'verify', 910, 0, W, H, [
  statusBar(),
  T('Check your inbox 📬', 24, 110, 327, { s: 26, w: 800, c: INK }),
  T('Pop in the 6-digit code we just sent to priya@paperandpine.co.uk', 24, 156, 327, { s: 14, c: MUTED, lines: 2 }),
  F(undefined, 24, 220, 327, 60, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 9 },
    ['4', '1', '9', '0', '', ''].map((d, i) => F(undefined, i * 55, 0, 46, 60, { fills: [solid('#ffffff')], strokes: [solid(d ? BRAND : '#d7d2e6')], cornerRadius: 10 }, [T(d || ZW, 16, 18, 16, { s: 20, w: 700, c: INK })]))),
  T('Didn’t get it? Resend in 0:24', 24, 300, 327, { s: 13, c: MUTED }),
  verifyBtn,
], { layout: false });

// 04 connect (first ask)
function connectScreen(key, name, x, after) {
  const meter = F(undefined, 0, 0, 327, 56, { fills: [solid('#f5f1ff')], cornerRadius: 14, layoutMode: 'VERTICAL', paddingLeft: 14, paddingTop: 10, itemSpacing: 6 }, [
    F(undefined, 14, 10, 299, 18, { fills: [], layoutMode: 'HORIZONTAL' }, [
      T('Offer strength', 0, 0, 150, { s: 12, w: 700, c: INK }),
      T(after ? 'Good 💪' : 'Low', 200, 0, 99, { s: 12, w: 700, c: after ? MINT : '#d9822b', align: 'RIGHT' }),
    ]),
    R(undefined, 14, 34, 299, 8, { fills: [solid('#e3dcfb')], cornerRadius: 4 }),
    R(undefined, 14, 34, after ? 180 : 30, 8, { fills: [solid(after ? MINT : '#d9822b')], cornerRadius: 4 }),
  ]);
  const cta = btnInst(after ? 'Now link your bank' : 'Link my first shop', 'btnL', 24, 736, 327, 52, { bg: BRAND, r: 26, name: 'Frame 1171' });
  go(cta, after ? 'banks' : 'redirect', after ? 'NAVIGATE' : 'OVERLAY');
  const faq = linkText('Got questions? Have a nosy at our FAQs', 0, 0, 327, { s: 13, c: BRAND, underline: true });
  go(faq, 'faq');
  const sellGroup = F(undefined, 0, 0, 327, 230, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 8 }, [
    T('WHERE YOU SELL', 0, 0, 327, { s: 11, w: 800, c: MUTED }),
    shopCard('Amazon Seller Central (UK)', 'amz1', 0, 22, after ? null : 'redirect', after ? { t: 'Linked ✓', bg: '#dff6ee', c: MINT } : null),
    shopCard('eBay UK', 'eby2', 0, 90, after ? null : 'redirect', after ? { t: 'Say yes ⏳', bg: '#fff1dc', c: '#a35a00' } : null),
    shopCard('Etsy', 'ets3', 0, 158, after ? null : 'redirect'),
  ]);
  const kids = [
    statusBar(),
    F(undefined, 0, 44, W, 680, { fills: [], layoutMode: 'VERTICAL', paddingLeft: 24, paddingRight: 24, itemSpacing: 14 }, [
      T(after ? 'Nice one, Amazon’s in! 🎉' : 'Let’s have a peek at your sales 👀', 24, 12, 327, { s: 24, w: 800, c: INK, lines: 2 }),
      F(undefined, 24, 86, 327, 56, { fills: [], layoutMode: 'VERTICAL' }, [meter]),
      after ? null : T('The more we can see, the bigger your offer. Link the shops you sell on and your business bank, and we’ll work out a limit in about 2 mins.', 24, 152, 327, { s: 14, c: MUTED, lines: 3 }),
      after ? null : T('We read your last 12 months of orders, payouts and refunds, plus your bank balance and outgoings to check it all adds up. We never post, edit or list anything on your shop.', 24, 216, 327, { s: 13, c: MUTED, lines: 4 }),
      F(undefined, 24, after ? 152 : 300, 327, 230, { fills: [], layoutMode: 'VERTICAL' }, [sellGroup]),
      after ? G(undefined, 24, 392, 200, 20, [V('Vector', 0, 2, 16, 16, { fills: [solid(BRAND)] }), T('Add another shop', 24, 0, 170, { s: 14, w: 700, c: BRAND })]) : null,
      after ? F(undefined, 24, 430, 327, 60, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 8 }, [
        T('WHERE YOU BANK', 0, 0, 327, { s: 11, w: 800, c: MUTED }),
        T('Not linked yet', 0, 22, 327, { s: 14, c: MUTED }),
      ]) : null,
      after ? null : G(undefined, 24, 540, 327, 40, [
        checkbox(0, 0, 'vector'),
        T('Yep, Lendi can read my sales & bank data —', 30, 0, 297, { s: 12, c: INK }),
        linkText('see our privacy notice', 30, 18, 200, { s: 12, c: BRAND, underline: true }),
      ]),
      after ? null : T('🔒 Locked tight with 256-bit encryption. We’ll never flog your data to anyone.', 24, 588, 327, { s: 12, c: MUTED, lines: 2 }),
      after ? null : T('18,000+ UK sellers have linked up with us', 24, 624, 327, { s: 12, w: 700, c: INK }),
      after ? null : F(undefined, 24, 648, 327, 20, { fills: [], layoutMode: 'VERTICAL' }, [faq]),
    ]),
    cta,
  ];
  if (!after) {
    const later = T('Not you who runs the shop? Send this to your business partner\nI’ll finish this later', 24, 790, 327, { s: 11, c: MUTED, lines: 2, h: 22 });
    kids.push(later);
    kids.push(G(undefined, 250, 724, 110, 12, [V('Vector', 0, 0, 12, 12, { fills: [solid('#3a3a3a')] }), T('powered by Fernbridge', 14, -1, 96, { s: 9, c: MUTED, h: 13 })]));
    kids.push(T('Unlink a shop whenever you like from the Shops tab', 24, 700, 327, { s: 11, c: MUTED, visible: false }));
  }
  return screen(name, key, x, 0, W, H, kids, { layout: false });
}
const connect = connectScreen('connect', 'Link shops', 1365, false);
const alt = linkText('Sell somewhere else? Upload your statements instead →', 24, 704, 327, { s: 12, c: BRAND });
go(alt, 'upload');
connect.children.push(alt);
const connectAfter = connectScreen('connectAfter', 'Link shops – Amazon done', 3185, true);

// 05 redirect bottom sheet
const offTo = btnFrame('Off to Amazon', 24, 150, 327, 52, { bg: '#111111', r: 26 });
go(offTo, 'amz');
const notNow = linkText('Maybe later', 140, 214, 100, { c: MUTED });
close(notNow);
const redirect = screen('Sheet / heading to Amazon', 'redirect', 1820, 0, W, 260, [
  R('handle', 167, 8, 40, 4, { fills: [solid('#d7d2e6')], cornerRadius: 2 }),
  T('Quick hop over to Amazon', 24, 28, 327, { s: 20, w: 800, c: INK }),
  T('We’ll pop you over to Amazon to log in and say yes to sharing your sales. Then you’ll bounce straight back here, promise.', 24, 62, 327, { s: 14, c: MUTED, lines: 4 }),
  offTo, notNow,
], { layout: false });

// 06 Amazon (third party)
const confirmAmz = btnFrame('Confirm', 24, 620, 327, 44, { bg: '#f7ca00', fg: '#111111', r: 8 });
go(confirmAmz, 'crunch');
const amz = screen('Amazon consent (3rd party)', 'amz', 1820, 340, W, H, [
  statusBar(),
  logo(137, 80, 100, 'amz1'),
  T('Lendi is requesting access to your Seller Central account', 24, 200, 327, { s: 18, w: 700, c: '#111111', lines: 2 }),
  T('• Orders and returns reports\n• Settlement and payout reports', 24, 260, 327, { s: 14, c: '#333333', lines: 2 }),
  confirmAmz,
], { layout: false });

// 07 crunching
const crunchNext = linkText('Next', 170, 600, 40, { c: BRAND });
go(crunchNext, 'connectAfter');
const crunch = screen('Crunching', 'crunch', 2275, 0, W, H, [
  spinner(163, 330, 48),
  T('Crunching your numbers… 🧮', 24, 400, 327, { s: 20, w: 800, c: INK, align: 'CENTER' }),
  T('Pulling 12 months of Amazon orders. Hang tight, nearly there!', 24, 436, 327, { s: 14, c: MUTED, align: 'CENTER', lines: 2 }),
  crunchNext,
], { layout: false });

// 08 bank picker
const bankNames = ['Barclays Business', 'HSBC UK Business', 'Lloyds Business', 'NatWest Business', 'Monzo Business', 'Starling Business', 'Tide'];
const banks = screen('Pick your bank', 'banks', 3640, 0, W, H, [
  statusBar(),
  T('Which bank does the shop use?', 24, 60, 327, { s: 22, w: 800, c: INK }),
  searchField('Search 40+ UK banks', 24, 104, 327, { r: 22, h: 44 }),
  F(undefined, 24, 164, 327, 560, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 0 }, bankNames.map((b, i) => {
    const row = F(undefined, 0, i * 64, 327, 64, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 12 }, [
      logo(0, 14, 36, `bk${i}x`), T(b, 48, 22, 240, { s: 15, w: 600, c: INK }), divider(0, 63, 327),
    ]);
    if (i === 0) go(row, 'offer');
    return row;
  })),
], { layout: false });

// 09 offer
const getMoney = btnInst('Get my money', 'btnL', 24, 700, 327, 52, { bg: MINT, r: 26 });
go(getMoney, 'home');
const offer = screen('Your offer', 'offer', 4095, 0, W, H, [
  statusBar(),
  T('You could borrow up to\n£24,500 🎉', 24, 140, 327, { s: 30, w: 800, c: INK, lines: 2 }),
  T('Repay as a slice of your sales — 8% of each payout until it’s done.', 24, 240, 327, { s: 15, c: MUTED, lines: 2 }),
  getMoney,
], { layout: false });

// 10 home with contextual prompt
const etsyCta = btnFrame('Link Etsy', 16, 76, 120, 36, { bg: BRAND, r: 18, s: 13 });
go(etsyCta, 'connectAfter');
const home = screen('Home', 'home', 4550, 0, W, H, [
  statusBar(),
  T('Hiya Priya 👋', 24, 60, 327, { s: 24, w: 800, c: INK }),
  F(undefined, 24, 110, 327, 140, { fills: [solid(INK)], cornerRadius: 20, layoutMode: 'VERTICAL', paddingLeft: 20, paddingTop: 20 }, [
    T('Available to draw', 20, 20, 280, { s: 13, c: '#cfc9e6' }), T('£24,500', 20, 44, 280, { s: 32, w: 800, c: '#ffffff' }),
  ]),
  F(undefined, 24, 270, 327, 128, { fills: [solid('#f5f1ff')], cornerRadius: 16, layoutMode: 'VERTICAL', paddingLeft: 16, paddingTop: 14, itemSpacing: 6 }, [
    T('Sell on Etsy too?', 16, 14, 295, { s: 15, w: 800, c: INK }),
    T('Link it and we could bump your limit by up to £6k.', 16, 38, 295, { s: 13, c: MUTED }),
    etsyCta,
  ]),
  T('Recent activity', 24, 420, 327, { s: 16, w: 800, c: INK }),
  T('Repayment · Amazon payout   −£312.40\nDrawdown                   +£5,000.00', 24, 450, 327, { s: 13, c: MUTED, lines: 2 }),
  tabBar('Home'),
], { layout: false });

// 11 shops tab (view-live)
const linkedRow = (name, ref, y, meta) => F(undefined, 0, y, 327, 72, { fills: [solid('#ffffff')], strokes: [solid('#ece9f5')], cornerRadius: 14, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 14 }, [
  logo(14, 16, 40, ref),
  F(undefined, 66, 14, 250, 44, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 2 }, [T(name, 0, 0, 250, { s: 15, w: 700, c: INK }), T(meta, 0, 22, 250, { s: 12, c: MUTED })]),
]);
const addShop = linkText('+ Link another shop', 24, 460, 200, { c: BRAND, w: 700 });
go(addShop, 'connectAfter');
const shops = screen('Shops', 'shops', 5005, 0, W, H, [
  statusBar(),
  T('Your linked accounts', 24, 60, 327, { s: 24, w: 800, c: INK }),
  F(undefined, 24, 110, 327, 330, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 10 }, [
    linkedRow('Amazon Seller Central (UK)', 'amz1', 0, 'Linked 3 Mar 2026 · updated 2 hrs ago'),
    linkedRow('eBay UK', 'eby2', 82, 'Linked 4 Mar 2026 · updated today 07:55'),
    linkedRow('Barclays Business ••4417', 'bk0x', 164, 'GBP current account · updated today 08:10'),
  ]),
  addShop,
  tabBar('Shops'),
], { layout: false });

// 12 me / profile (look-alikes)
const me = screen('Me', 'me', 5460, 0, W, H, [
  statusBar(),
  T('Me', 24, 60, 327, { s: 24, w: 800, c: INK }),
  F(undefined, 24, 110, 327, 420, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 0 },
    ['Personal details', 'Business details', 'Premium Seller Plus — £4.99/mo, cancel anytime', 'ConnectCard rewards', 'Notifications', '💬 Chat with us', 'Log out', 'Delete my account'].map((t, i) =>
      F(undefined, 0, i * 52, 327, 52, { fills: [], layoutMode: 'HORIZONTAL' }, [T(t, 0, 16, 300, { s: 15, w: 500, c: t.startsWith('Delete') ? '#d92d20' : INK }), divider(0, 51, 327)]))),
  tabBar('Me'),
], { layout: false });

// 13 FAQ
const faqBack = V('Vector', 24, 60, 24, 24, { fills: [solid(INK)] });
back(faqBack);
const faq = screen('FAQs', 'faq', 1820, 1240, W, H, [
  statusBar(), faqBack,
  T('Good questions 🤓', 24, 100, 327, { s: 24, w: 800, c: INK }),
  T('Why do you need my sales?\nIt’s how we size your offer — no credit-score guesswork.\n\nCan you change my listings?\nNope. It’s look-only.\n\nWill it hurt my credit score?\nChecking your offer won’t.', 24, 150, 327, { s: 14, c: INK, lines: 9 }),
], { layout: false });

// 14 upload alternative
const uploadBack = V('Vector', 24, 60, 24, 24, { fills: [solid(INK)] });
back(uploadBack);
const upload = screen('Upload statements', 'upload', 2275, 1240, W, H, [
  statusBar(), uploadBack,
  T('No worries — upload instead', 24, 100, 327, { s: 24, w: 800, c: INK, lines: 2 }),
  T('Drop in 6 months of payout reports or bank statements (PDF or CSV).', 24, 170, 327, { s: 14, c: MUTED, lines: 2 }),
  F(undefined, 24, 230, 327, 160, { fills: [solid('#faf9fd')], strokes: [solid('#d7d2e6')], cornerRadius: 16 }, [T('⬆️  Choose files', 100, 66, 160, { s: 15, w: 700, c: BRAND })]),
], { layout: false });

// 15 welcome email (not on the prototype path)
const emailCta = btnGroup('Link my shops', 40, 400, 240, 48, { bg: BRAND, r: 24 });
go(emailCta, 'connect');
const email = F('Email – welcome', 455, 1240, 600, 760, { key: 'email', fills: [solid('#f4f2fa')] }, [
  F(undefined, 40, 40, 520, 680, { fills: [solid('#ffffff')], cornerRadius: 12, layoutMode: 'VERTICAL', paddingLeft: 40, paddingTop: 40, itemSpacing: 16 }, [
    T('Welcome to Lendi, Priya! 👋', 40, 40, 440, { s: 24, w: 800, c: INK }),
    T('You’re three quick bits away from your offer:', 40, 84, 440, { s: 15, c: MUTED }),
    T('1  Tell us about your shop ✅\n2  Link where you sell (takes about 2 mins)\n3  Get your offer and draw the cash', 40, 120, 440, { s: 16, c: INK, lines: 3 }),
    T('Step 2 is the one that unlocks your limit — the more shops you link, the more we can offer.', 40, 200, 440, { s: 15, c: MUTED, lines: 2 }),
    emailCta,
    linkText('Or link your bank first', 40, 470, 300, { c: BRAND, underline: true }),
    T('Lendi Finance Ltd · Manchester · Unsubscribe', 40, 620, 440, { s: 11, c: '#a49fb8' }),
  ]),
]);

const flows = canvas('📱 Flows', [welcome, signup, verify, connect, redirect, amz, crunch, connectAfter, banks, offer, home, shops, me, faq, upload, email], { protoStart: 'welcome' });

// ---------- page 3: cover (last, as some teams do)
setPage(3);
const cover = canvas('Cover', [F('Thumbnail', 0, 0, 1600, 960, { fills: [solid(BRAND)] }, [T('Lendi · Seller onboarding v2', 120, 420, 1200, { s: 64, w: 800, c: '#ffffff' })])]);

writeFile('h37-marketplace-seller-loans-mobile', [flows, comps, cover], '2026-03-09T16:48:02Z', {
  figmaName: 'Lendi – seller onboarding (UK) v2', version: '4102277315', kind: 'onboarding',
  description: 'UK mobile (375x812) onboarding for revenue-based loans to marketplace sellers, written in a chatty tone. A welcome carousel, email sign-up and code check lead to a screen asking the seller to link Amazon Seller Central, eBay and Etsy and then a business bank, with an offer-strength meter, a redirect sheet, a third-party consent mock, a number-crunching spinner, a bank picker with search, an offer, a home screen with an in-context Etsy prompt, a Shops tab listing linked accounts, and a welcome email.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.syncing-indicator',
  ],
  absent: ['funnel.prefill', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.mutual-nda', 'connection.delete', 'connection.refresh'],
  notes: {
    'funnel.greeting-email': 'Welcome email with "1 … 2 Link where you sell … 3 …" and a "Link my shops" button.',
    'funnel.three-actions': 'Welcome → sign-up → verify → link shops: three taps.',
    'funnel.cta-visible': 'Full-width "Link my first shop" button on the ask screen and a permanent Shops tab.',
    'funnel.social-proof': 'Trustpilot rating and an Etsy seller quote on the welcome screen.',
    'funnel.prefill': 'Nothing after linking is shown prefilled from shop or bank data.',
    'value.three-part': 'Bigger offer (value), what is read from shops and bank (use), one main "Link my first shop" button.',
    'value.contextual-ctas': 'Home card "Sell on Etsy too? … bump your limit" with a "Link Etsy" button.',
    'value.faq-link': '"Got questions? Have a nosy at our FAQs" under the value copy.',
    'value.progress-meter': 'Offer-strength meter that goes from Low to Good after Amazon.',
    'privacy.data-scope': 'Orders, payouts, refunds, bank balance and outgoings are read; nothing is posted to the shop.',
    'privacy.trust-language': '"Locked tight with 256-bit encryption. We’ll never flog your data to anyone."',
    'privacy.consent-action': '20x20 vector box with "Yep, Lendi can read my sales & bank data" and an underlined privacy notice link.',
    'privacy.statistics': '"18,000+ UK sellers have linked up with us".',
    'privacy.powered-by': 'Small "powered by Fernbridge" mark with a logo vector above the CTA.',
    'privacy.disconnect-anytime': 'Only a hidden layer says shops can be unlinked.',
    'privacy.connection-guide': 'FAQ is general (why, listings, credit score); no how-to-link guide.',
    'platform.explain-redirect': 'Sheet: "We’ll pop you over to Amazon to log in… bounce straight back here".',
    'platform.grouped-categories': '"Where you sell" and "Where you bank" headings.',
    'platform.accurate-branding': 'Amazon Seller Central (UK), eBay UK, Barclays Business, HSBC UK Business with logos.',
    'platform.search': '"Search 40+ UK banks" over the bank list.',
    'platform.alternatives': '"Sell somewhere else? Upload your statements instead →" leads to an upload screen.',
    'platform.non-linear': '"Send this to your business partner" and "I’ll finish this later".',
    'platform.multiple-connections': '"Linked ✓" and "Say yes ⏳" badges plus "Add another shop".',
    'connection.view-live': 'Shops tab lists linked accounts with linked dates, last update and account currency.',
    'connection.delete': 'No unlink or remove control on the Shops tab; only "Delete my account" under Me.',
    'connection.refresh': 'No refresh control.',
    'connection.syncing-indicator': 'Spinner on "Crunching your numbers…".',
    'privacy.support-contacts': 'Left unlabelled: only a chat entry in Me.',
  },
  start: 'welcome', connect: 'connect', steps: 3, deadEnds: [], connectFrames: ['connect', 'connectAfter', 'home', 'email'],
});

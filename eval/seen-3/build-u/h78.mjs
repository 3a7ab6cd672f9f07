// h78: bookkeeping for craft sellers, mobile 375x812. The prototype has links but
// no starting point set.
import { Doc, go, back, close, url, canvas, finish, WRITTEN_BY } from './lib.mjs';

const d = new Doc(78);
const W = 375;
const H = 812;
const INK = '#2b2238';
const MUTED = '#7a6f86';
const PLUM = '#7c3aed';
const PEACH = '#fff4ec';

// ---- page 3: components ----------------------------------------------------
d.setPage(3, 5);
const cPill = d.component('Property 1=Default', 0, 0, 327, 52, [d.T('Button', 0, 15, { size: 17, weight: 700, color: '#ffffff', w: 327, align: 'CENTER' })], { fill: PLUM, radius: 26 });
const cPillPressed = d.component('Property 1=Pressed', 0, 72, 327, 52, [d.T('Button', 0, 15, { size: 17, weight: 700, color: '#ffffff', w: 327, align: 'CENTER' })], { fill: '#5b21b6', radius: 26 });
const pillSet = d.componentSet('Pill', 40, 40, 367, 164, [cPill, cPillPressed]);
const cTab = d.component('tab item', 0, 0, 93, 50, [d.V('Vector', 34, 4, 24, 24), d.T('Tab', 0, 32, { size: 11, w: 93, align: 'CENTER' })]);
const compPage = canvas(d, 'components', [pillSet, d.componentSet('Tabs', 460, 40, 133, 90, [cTab])], { bg: '#f5f5f5' });

// ---- page 1: app flow ------------------------------------------------------
d.setPage(1);
const scr = (name, fill = '#ffffff') => d.F(name, 0, 0, W, H, { fill });
const M0 = scr('Splash', PEACH);
const M2 = scr('Sign up');
const M3 = scr('About your shop');
const M4 = scr('Hook up shop', PEACH);
const M5 = scr('Where you sell');
const M6 = scr('Heads-up sheet');
const M7 = scr('Syncing', PEACH);
const M8 = scr('Your accounts');
const M9 = scr('Home');
const M10 = scr('Accounts settings');
const M11 = scr('Unlink confirm');
const M12 = scr('Help — linking');

const pill = (label, x, y, dest, nav = 'NAVIGATE') => {
  const b = d.btnInst(label, cPill.id, x, y, 327, 52, { fill: PLUM, radius: 26, size: 17, name: 'Pill' });
  if (dest) go(b, dest, nav);
  return b;
};
const homeBar = () => d.R('Home Indicator', 121, H - 13, 134, 5, { fill: '#000000', radius: 3 });
function tabBar(active, links) {
  const tabs = ['Home', 'Money', 'Receipts', 'Accounts'];
  return d.F('Tab Bar', 0, H - 83, W, 83, { fill: '#ffffff', stroke: '#eee8f3', layoutMode: 'HORIZONTAL' }, tabs.map((t, i) => {
    const it = d.I('tab item', cTab.id, i * 93.75, 6, 93.75, 50, [
      d.V('Vector', 35, 4, 24, 24, { fill: t === active ? PLUM : '#b3a9bf' }),
      d.T(t, 0, 32, { size: 11, weight: 600, color: t === active ? PLUM : '#8d84a0', w: 93, align: 'CENTER' }),
    ]);
    if (links[t]) go(it, links[t]);
    return it;
  }).concat([homeBar()]));
}

// M0 splash (marketing)
{
  const skip = d.T('Skip', 315, 56, { size: 15, weight: 600, color: MUTED });
  go(skip, M2);
  M0.children.push(d.statusBar(W), skip,
    d.V('Yarn illustration', 48, 140, 280, 240, { fill: '#fcd5b5' }),
    d.T('Bookkeeping that doesn’t\nfeel like homework ✂️', 24, 420, { size: 26, weight: 800, color: INK, w: 327, align: 'CENTER' }),
    d.T('Made for makers who’d rather be making.', 24, 500, { size: 15, color: MUTED, w: 327, align: 'CENTER' }),
    d.G('dots', 163, 560, 48, 8, [d.R(null, 0, 0, 8, 8, { fill: PLUM, ellipse: true }), d.R(null, 20, 0, 8, 8, { fill: '#d8cde6', ellipse: true }), d.R(null, 40, 0, 8, 8, { fill: '#d8cde6', ellipse: true })]),
    pill('Get started', 24, 700, M2),
    homeBar(),
  );
}

// M2 sign up (reads as the start)
{
  const create = pill('Create my account', 0, 0, M3);
  const apple = d.btnFrame('  Continue with Apple', 0, 0, 327, 52, { fill: '#000000', radius: 26, size: 16 });
  go(apple, M3);
  M2.children.push(d.statusBar(W), d.AL('Auto layout', 24, 80, 327, 680, 'VERTICAL', { gap: 16 }, [
    d.T('Make your free account ✨', 0, 0, { size: 26, weight: 800, color: INK }),
    d.T('Two minutes now, zero spreadsheet tears at tax time.', 0, 40, { size: 15, color: MUTED, w: 327 }),
    apple,
    d.T('or', 0, 130, { size: 13, color: MUTED, w: 327, align: 'CENTER' }),
    d.input('Email', 'jo@knotsandbolts.co', 0, 150, 327, { radius: 12 }),
    d.input('Password', '••••••••', 0, 226, 327, { radius: 12 }),
    create,
    d.F(d.auto('Frame'), 0, 380, 327, 130, { fill: PEACH, radius: 16, layoutMode: 'VERTICAL', itemSpacing: 6, paddingLeft: 16 }, [
      d.T('⭐️⭐️⭐️⭐️⭐️', 16, 16, { size: 14 }),
      d.T('“Finally know what I actually earn\nper scarf. Tax season was… chill?”', 16, 40, { size: 15, weight: 600, color: INK }),
      d.T('— Jo, KnotsAndBolts on Etsy', 16, 90, { size: 13, color: MUTED }),
    ]),
  ]), homeBar());
}

// M3 about your shop
{
  const chips = ['Ceramics', 'Jewelry', 'Knitwear', 'Prints', 'Candles', 'Something else'].map((c, i) => d.F(d.auto('Frame'), (i % 3) * 110, Math.floor(i / 3) * 44, 100, 36, { fill: i === 2 ? '#ede4fb' : '#f6f3f9', radius: 18 }, [d.T(c, 10, 9, { size: 13, weight: 600, color: i === 2 ? PLUM : INK, w: 80, align: 'CENTER' })]));
  const bk = d.V('chevron-left', 20, 56, 12, 20, { fill: INK });
  back(bk);
  M3.children.push(d.statusBar(W), bk, d.AL('Auto layout', 24, 96, 327, 560, 'VERTICAL', { gap: 18 }, [
    d.T('Tell us about your shop 🪡', 0, 0, { size: 24, weight: 800, color: INK }),
    d.input('Shop name', 'e.g. Linen & Link Studio', 0, 44, 327, { radius: 12, placeholder: true }),
    d.T('What do you make?', 0, 130, { size: 15, weight: 700, color: INK }),
    d.F(d.auto('Frame'), 0, 160, 327, 88, { layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 10 }, chips),
    d.input('Roughly how many orders a month?', '20–100', 0, 270, 327, { radius: 12 }),
  ]), pill('Next', 24, 720, M4), homeBar());
}

// M4 hook up shop (connect call to action)
{
  const how = d.link('🤔 How does linking help me?', 24, 0, { size: 14, underline: false, color: PLUM, weight: 600 });
  url(how, 'https://stitchbook.app/why-link');
  M4.children.push(d.statusBar(W),
    d.V('Vector', 88, 84, 200, 170, { fill: '#fbcfe8' }),
    d.AL('Auto layout', 24, 280, 327, 400, 'VERTICAL', { gap: 14 }, [
      d.T('Let’s hook up your shop 🧶', 0, 0, { size: 26, weight: 800, color: INK }),
      d.T('See your real profit on every order — after Etsy fees, shipping labels and PayPal cuts. 💸', 0, 40, { size: 16, weight: 600, color: INK, w: 327 }),
      d.T('We’ll read (never edit!) your orders, listing fees and payouts so we can sort income and expenses for you automatically. Nothing gets sent back to Etsy.', 0, 110, { size: 14, color: MUTED, w: 327, h: 76 }),
      d.F(d.auto('Frame'), 0, 200, 327, 52, { layoutMode: 'VERTICAL' }, [pill('Link my Etsy shop', 0, 0, M5)]),
      how,
      d.T('Call us: 1-800-555-0199', 0, 300, { size: 13, color: MUTED, visible: false }),
    ]),
    homeBar(),
  );
}

// M5 where you sell / get paid / bank
{
  const tile = (name, img) => d.F(d.auto('Frame'), 0, 0, 327, 56, { fill: '#ffffff', stroke: '#eee8f3', radius: 14, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 12 }, [
    img ? d.logoImg(img, 12, 10, 36, { radius: 10 }) : d.V('Vector', 12, 10, 36, 36, { fill: '#d9d2e3' }),
    d.T(name, 60, 18, { size: 15, weight: 600, color: INK }),
    d.V('chevron', 300, 22, 8, 12, { fill: '#b3a9bf' }),
  ]);
  const etsy = tile('Etsy', 'e7a1f0c45d6b');
  go(etsy, M6, 'OVERLAY');
  const paypal = tile('PayPal', 'e7a2f0c45d6b');
  go(paypal, M6, 'OVERLAY');
  const group = (title, tiles) => d.AL(d.auto('Frame'), 0, 0, 327, 40 + tiles.length * 64, 'VERTICAL', { gap: 8 }, [d.T(title, 0, 0, { size: 18, weight: 800, color: INK }), ...tiles]);
  const bk = d.V('chevron-left', 20, 56, 12, 20, { fill: INK });
  back(bk);
  M5.children.push(d.statusBar(W), bk, d.F('Scroll', 0, 84, W, 728, { layoutMode: 'VERTICAL', itemSpacing: 20, paddingLeft: 24 }, [
    d.T('\u200bWhere does the money\ncome from? 🤑', 24, 0, { size: 24, weight: 800, color: INK }),
    d.searchField('Search 12,000+ banks & apps', 24, 72, 327, 44, { radius: 22 }),
    d.F(d.auto('Frame'), 24, 136, 327, 1200, { layoutMode: 'VERTICAL', itemSpacing: 24 }, [
      group('🛍️ Where you sell', [etsy, tile('Shopify', 'e7a3f0c45d6b'), tile('Amazon Handmade', 'e7a4f0c45d6b')]),
      group('💳 How you get paid', [paypal, tile('Stripe', 'e7a5f0c45d6b'), tile('Square', 'e7a6f0c45d6b')]),
      group('🏦 Your bank', [tile('Chase'), tile('Bank of America'), tile('Wells Fargo'), tile('Capital One'), tile('Ally Bank')]),
    ]),
  ]), homeBar());
}

// M6 heads-up sheet before leaving for Etsy
{
  const go1 = pill('Let’s go!', 24, 0, M7);
  const notNow = d.T('Not now', 0, 0, { size: 15, weight: 600, color: MUTED, w: 327, align: 'CENTER' });
  close(notNow);
  const policy = d.link('Privacy policy', 0, 0, { size: 13, color: PLUM });
  url(policy, 'https://stitchbook.app/privacy');
  M6.children.push(d.R('Overlay', 0, 0, W, H, { fill: '#1b1324' }), d.F('Sheet', 0, 250, W, 562, { fill: '#ffffff', radius: 24 }, [
    d.R('grabber', 170, 8, 36, 5, { fill: '#d9d2e3', radius: 3 }),
    d.AL('Auto layout', 24, 32, 327, 500, 'VERTICAL', { gap: 14 }, [
      d.T('Quick heads-up before you hop over 👋', 0, 0, { size: 20, weight: 800, color: INK, w: 327 }),
      d.T('You’ll pop over to Etsy to log in and tap “Allow access”, then bounce straight back here.', 0, 56, { size: 14, color: INK, w: 327 }),
      d.T('🔒 Bank-level encryption. We never sell or share your data with anyone without your OK.', 0, 110, { size: 14, color: INK, w: 327 }),
      d.T('Changed your mind? Unlink Etsy anytime in Settings → Accounts.', 0, 164, { size: 14, color: INK, w: 327 }),
      d.AL(d.auto('Frame'), 0, 210, 327, 60, 'HORIZONTAL', { gap: 10 }, [
        d.checkbox(0, 2, { vector: true }),
        d.AL(d.auto('Frame'), 30, 0, 297, 60, 'VERTICAL', { gap: 4 }, [
          d.T('I’m cool with Stitchbook reading my Etsy\norders, fees and payouts.', 0, 0, { size: 13, color: INK }),
          policy,
        ]),
      ]),
      go1, notNow,
    ]),
  ]));
  M6.children[0].fills[0].color.a = 0.45;
}

// M7 syncing
{
  const spin = d.G('spinner', 147, 300, 80, 80, [d.R(null, 0, 0, 80, 80, { fill: '#ede4fb', ellipse: true }), d.V('Vector', 40, 0, 40, 40, { fill: PLUM })]);
  go(spin, M8, 'NAVIGATE', 'AFTER_TIMEOUT');
  spin.interactions[0].trigger.timeout = 1.8;
  M7.children.push(d.statusBar(W), spin,
    d.T('Grabbing your last 12 months\nof sales… 🔄', 24, 410, { size: 20, weight: 800, color: INK, w: 327, align: 'CENTER' }),
    d.T('Perfect time to stretch those crochet hands.', 24, 480, { size: 14, color: MUTED, w: 327, align: 'CENTER' }),
    homeBar());
}

// M8 your accounts (after first link)
{
  const row = (name, status, color, img) => d.F(d.auto('Frame'), 0, 0, 327, 64, { fill: '#ffffff', stroke: '#eee8f3', radius: 14, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 12 }, [
    img ? d.logoImg(img, 12, 14, 36) : d.V('Vector', 12, 14, 36, 36, { fill: '#d9d2e3' }),
    d.AL(d.auto('Frame'), 60, 12, 250, 40, 'VERTICAL', { gap: 2 }, [d.T(name, 0, 0, { size: 15, weight: 700, color: INK }), d.T(status, 0, 20, { size: 13, weight: 600, color })]),
  ]);
  const another = d.btnFrame('+ Link another', 0, 0, 327, 48, { fill: '#ffffff', color: PLUM, stroke: PLUM, radius: 24, size: 15 });
  go(another, M5);
  M8.children.push(d.statusBar(W), d.AL('Auto layout', 24, 64, 327, 680, 'VERTICAL', { gap: 14 }, [
    d.T('Nice! Etsy is in\u00a0🎉', 0, 0, { size: 26, weight: 800, color: INK }),
    d.G('meter', 0, 44, 327, 36, [
      d.T('Your books are 2/4 ready 🎯', 0, 0, { size: 14, weight: 700, color: INK }),
      d.R('bar bg', 0, 24, 327, 10, { fill: '#ede4fb', radius: 5 }),
      d.R('bar', 0, 24, 164, 10, { fill: PLUM, radius: 5 }),
    ]),
    row('Etsy', '✅ Linked', '#15803d', 'e7a1f0c45d6b'),
    row('PayPal', '⏳ Waiting for you to approve', '#b45309', 'e7a2f0c45d6b'),
    row('Stripe', 'Not linked yet', MUTED, 'e7a5f0c45d6b'),
    row('Your bank', 'Not linked yet', MUTED),
    another,
    pill('Take me home', 0, 0, M9),
  ]), homeBar());
}

// M9 home with contextual prompt
{
  const linkBank = d.btnFrame('Link bank', 16, 84, 120, 40, { fill: PLUM, radius: 20, size: 14 });
  go(linkBank, M5);
  M9.children.push(d.statusBar(W), d.AL('Auto layout', 24, 60, 327, 640, 'VERTICAL', { gap: 16 }, [
    d.T('Hey Jo 👋', 0, 0, { size: 26, weight: 800, color: INK }),
    d.F(d.auto('Frame'), 0, 44, 327, 200, { fill: PEACH, radius: 18 }, [
      d.T('Profit this month', 16, 16, { size: 13, color: MUTED }),
      d.T('$1,284.60', 16, 36, { size: 28, weight: 800, color: INK }),
      d.V('sparkline', 16, 100, 295, 80, { fill: null, stroke: PLUM }),
    ]),
    d.F(d.auto('Frame'), 0, 260, 327, 140, { fill: '#f3ecfd', radius: 18 }, [
      d.T('🏦 What’s actually left?', 16, 16, { size: 16, weight: 800, color: INK }),
      d.T('Link your bank to see what’s left after\nfees, supplies and that yarn haul.', 16, 42, { size: 13, color: INK }),
      linkBank,
    ]),
    d.btnGroup('📸 Snap a receipt', 0, 420, 327, 48, { fill: '#ffffff', color: INK, radius: 24, size: 15 }),
  ]), tabBar('Home', { Accounts: M10 }));
}

// M10 accounts settings (live connections)
{
  const unlink = d.T('Unlink', 0, 0, { size: 14, weight: 600, color: '#dc2626' });
  go(unlink, M11, 'OVERLAY');
  const acct = (name, meta, synced, img, extra) => d.F(d.auto('Frame'), 0, 0, 327, 118, { fill: '#ffffff', stroke: '#eee8f3', radius: 16, layoutMode: 'VERTICAL', itemSpacing: 4, paddingLeft: 14 }, [
    d.G(d.auto('Group'), 14, 14, 300, 36, [d.logoImg(img, 0, 0, 36), d.T(name, 46, 8, { size: 16, weight: 800, color: INK })]),
    d.T(meta, 14, 56, { size: 13, color: MUTED }),
    d.T(synced, 14, 74, { size: 13, color: MUTED }),
    d.AL(d.auto('Frame'), 14, 94, 300, 20, 'HORIZONTAL', { gap: 24 }, [d.T('↻ Sync now', 0, 0, { size: 14, weight: 600, color: PLUM }), extra]),
  ]);
  const guide = d.F(d.auto('Frame'), 0, 0, 327, 52, { fill: PEACH, radius: 14 }, [d.T('📖 How linking works', 14, 16, { size: 15, weight: 700, color: INK })]);
  go(guide, M12);
  M10.children.push(d.statusBar(W), d.AL('Auto layout', 24, 60, 327, 660, 'VERTICAL', { gap: 12 }, [
    d.T('Linked accounts', 0, 0, { size: 26, weight: 800, color: INK }),
    acct('Etsy', 'KnotsAndBolts  ·  linked Feb 2, 2025', 'Last synced 2 min ago', 'e7a1f0c45d6b', unlink),
    acct('PayPal', 'jo@knotsandbolts.co  ·  linked Feb 2, 2025', 'Last synced 1 hr ago  ·  USD', 'e7a2f0c45d6b', d.T('Unlink', 0, 0, { size: 14, weight: 600, color: '#dc2626' })),
    guide,
    d.T('Delete my Stitchbook account', 0, 0, { size: 13, color: '#dc2626' }),
  ]), tabBar('Accounts', { Home: M9 }));
}

// M11 unlink confirm
{
  const yes = d.btnFrame('Unlink Etsy', 24, 150, 327, 50, { fill: '#dc2626', radius: 25, size: 16 });
  go(yes, M10);
  const keep = d.T('Keep it', 24, 216, { size: 15, weight: 600, color: INK, w: 327, align: 'CENTER' });
  close(keep);
  M11.children.push(d.R('Overlay', 0, 0, W, H, { fill: '#1b1324' }), d.F('Alert', 0, 520, W, 292, { fill: '#ffffff', radius: 24 }, [
    d.T('Unlink Etsy? 🥺', 24, 28, { size: 20, weight: 800, color: INK }),
    d.T('We’ll stop pulling new orders and remove our access.\nYour past numbers stay put.', 24, 66, { size: 14, color: MUTED }),
    yes, keep,
  ]));
  M11.children[0].fills[0].color.a = 0.45;
}

// M12 help: how linking works
{
  const bk = d.V('chevron-left', 20, 56, 12, 20, { fill: INK });
  back(bk);
  M12.children.push(d.statusBar(W), bk, d.AL('Auto layout', 24, 96, 327, 640, 'VERTICAL', { gap: 14 }, [
    d.T('How linking works 📖', 0, 0, { size: 24, weight: 800, color: INK }),
    d.T('1  Pick your shop, payment app or bank\n2  Log in on their site and tap Allow\n3  We pull your history — usually under a minute', 0, 40, { size: 15, color: INK, w: 327 }),
    d.T('Popular questions', 0, 130, { size: 17, weight: 800, color: INK }),
    ...['Why does Etsy ask for permission?', 'My bank isn’t showing up', 'What if I have two Etsy shops?', 'How do I unlink something?'].map((q) => d.F(d.auto('Frame'), 0, 0, 327, 48, { fill: '#ffffff', stroke: '#eee8f3', radius: 12 }, [d.T(q, 14, 14, { size: 14, weight: 600, color: INK }), d.V('chevron', 300, 18, 8, 12, { fill: '#b3a9bf' })])),
  ]), homeBar());
}

const frames = [M0, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12];
frames.forEach((f, i) => { f._x = (i % 6) * 475; f._y = Math.floor(i / 6) * 1000; });
const flowPage = canvas(d, '📱 App flow', frames, { bg: '#f0ebf5', device: 'IPHONE_13_MINI' });

// ---- page 2: emails ----------------------------------------------------------
d.setPage(2);
const email = d.F('Welcome email', 0, 0, 600, 980, { fill: '#ffffff' }, [
  d.T('Subject: Welcome to Stitchbook, Jo! 🎉', 40, 24, { size: 13, color: MUTED }),
  d.V('Stitchbook logo', 40, 70, 40, 40, { fill: PLUM }),
  d.T('You’re in! Getting set up takes\n3 tiny steps:', 40, 140, { size: 24, weight: 800, color: INK }),
  d.T('1  Tell us about your shop ✅\n2  Link Etsy — this is where the magic happens ✨\n3  Watch your real profit show up', 40, 230, { size: 16, color: INK }),
  d.btnFrame('Link my Etsy shop', 40, 330, 260, 52, { fill: PLUM, radius: 26, size: 16 }),
  d.T('Sell on PayPal or Stripe too? You can link those right after.', 40, 404, { size: 14, color: MUTED }),
  d.T('Happy making,\nThe Stitchbook crew', 40, 460, { size: 15, color: INK }),
  d.T('Stitchbook Inc., 2 Main St, Burlington VT  ·  Unsubscribe', 40, 920, { size: 11, color: MUTED }),
]);
const emailPage = canvas(d, '✉️ Emails', [email], { bg: '#e5e5e5' });

const truth = {
  file: 'h78-etsy-seller-bookkeeping-mobile.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Mobile (375x812) bookkeeping app for craft sellers: splash, sign-up, shop details, then linking Etsy, PayPal, Stripe and a bank, with playful emoji copy. No prototype starting point is set; the sign-up frame reads as the start.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.prefill', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.alternatives'],
  notes: {
    'funnel.three-actions': 'Sign up → about your shop → "Link my Etsy shop": 2 steps.',
    'value.three-part': 'Profit benefit, what is read and why (never edited, nothing sent back), then one "Link my Etsy shop" button.',
    'privacy.connection-guide': '"How linking works" help page with steps and questions, reached from Linked accounts.',
    'privacy.support-contacts': 'No phone, email or chat anywhere visible; the "Call us" line is a hidden layer.',
    'privacy.statistics': '"Search 12,000+ banks & apps" counts institutions, not customers; no trust figures.',
    'platform.alternatives': 'Nothing offered when a platform is missing; "Snap a receipt" is expense capture on the home screen.',
    'platform.non-linear': 'Left unlabelled: the list lets any source be picked in any order but there is no save-for-later or share; "Skip" is on the marketing splash.',
  },
  flow: { startFrameId: M2.id, connectFrameId: M4.id, stepsToConnect: 2, deadEnds: [] },
};

finish(d, 'Stitchbook — maker onboarding', [flowPage, emailPage, compPage], '2025-02-11T09:15:31Z', truth);

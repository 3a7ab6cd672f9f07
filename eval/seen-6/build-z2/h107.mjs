// h107 — tax estimates for freelance photographers, mobile 375x812, UK English.
// Older prototype fields: transitionNodeID on nodes and prototypeStartNodeID on the page.
import {
  frame, section, group, rect, vector, ellipse, text, line, back, close, openUrl, legacy, click,
  vstack, hstack, btnInstance, btnFrame, btnGroup, link, searchField, logo, spinner, icon, place,
  node, solid, finalize, writeOut,
} from './lib.mjs';

const W = 375;
const H = 812;
const INK = '#0B1F33';
const MUTED = '#5B6B7B';
const ACCENT = '#FF5A36';
const ZW = '\u200B';

const statusBar = (dark) =>
  group('Status Bar', 0, 0, W, 44, [
    place(text('9:41', 0, 0, 54, { size: 15, weight: 600, color: dark ? '#FFFFFF' : INK }), 24, 14),
    place(vector('Cellular', 0, 0, 18, 11, { fills: [solid(dark ? '#FFFFFF' : INK)], strokes: [] }), 290, 17),
    place(vector('Wifi', 0, 0, 16, 11, { fills: [solid(dark ? '#FFFFFF' : INK)], strokes: [] }), 313, 17),
    place(rect('Battery', 0, 0, 25, 12, { fills: [], strokes: [solid(dark ? '#FFFFFF' : INK)], strokeWeight: 1, cornerRadius: 3 }), 335, 16),
  ]);

const phone = (name, ref, children, o = {}) =>
  frame(name, 0, 0, W, H, { ref, fills: [solid(o.bg ?? '#FFFFFF')] }, [statusBar(o.dark), ...children]);

function tabBar(active) {
  const tab = (label, to) =>
    vstack(null, 0, 0, 80, [icon(24, 24), text(label, 0, 0, 80, { size: 10, weight: active === label ? 600 : 400, color: active === label ? ACCENT : MUTED, align: 'CENTER' })], {
      gap: 4, align: 'CENTER', ...(to ? legacy(to) : {}),
    });
  return place(hstack('Tab bar', 0, 0, [tab('Home', 'home'), tab('Estimates'), tab('Accounts', 'accounts'), tab('You', 'you')], {
    w: W, h: 84, padX: 14, justify: 'SPACE_BETWEEN', fills: [solid('#FFFFFF')], strokes: [solid('#E3E8EE')], strokeWeight: 1,
  }), 0, H - 84);
}

const dots = (i) => hstack(null, 0, 0, [0, 1, 2].map((k) => ellipse(null, 0, 0, 8, 8, { fills: [solid(k === i ? '#FFFFFF' : '#FFFFFF', k === i ? 1 : 0.4)] })), { gap: 6 });

// ---------- Screens
const car1 = phone('Onboarding carousel 1', 'car1', [
  place(rect('Hero image', 0, 0, W, 460, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: '9ad2c4be0a1f73e6d5c8b9a0f1e2d3c4b5a69788' }] }), 0, 0),
  place(link('Skip', 40, { color: '#FFFFFF', size: 15, ...legacy('signup') }), 315, 54),
  place(vstack(null, 0, 0, 327, [
    dots(0),
    text('📸 Tax, but make it painless', 0, 0, 327, { size: 28, weight: 700, color: '#FFFFFF', font: 'DM Sans' }),
    text('Shoot the wedding, edit the gallery, and let us keep a running tally of what you’ll owe HMRC. Honestly, that’s it.', 0, 0, 327, { size: 16, color: '#D6E2EE' }),
  ], { gap: 16 }), 24, 490),
  place(btnGroup('Next', 327, 52, { bg: ACCENT, radius: 26, ...legacy('car2') }), 24, 720),
], { bg: INK, dark: true });

const car2 = phone('Onboarding carousel 2', 'car2', [
  place(vstack(null, 0, 0, 327, [
    dots(1),
    text('No more January panic', 0, 0, 327, { size: 28, weight: 700, color: '#FFFFFF' }),
    text('We set aside a little from every job so the tax bill’s never a surprise.', 0, 0, 327, { size: 16, color: '#D6E2EE' }),
    vstack('review', 0, 0, 327, [
      text('★★★★★', 0, 0, 120, { size: 16, color: '#FFC53D' }),
      text('“First year I’ve actually known what I owe before the deadline. Genuinely life-changing for a wedding shooter.”', 0, 0, 295, { size: 15, color: '#FFFFFF', italic: true }),
      text('Priya N. — wedding & portrait photographer, Leeds', 0, 0, 295, { size: 13, color: '#A9BCCF' }),
    ], { pad: 16, gap: 8, fills: [solid('#14304D')], cornerRadius: 16 }),
    text('38,000 UK photographers trust us with their bank data — all of it locked down with bank-grade encryption.', 0, 0, 327, { size: 13, color: '#A9BCCF' }),
  ], { gap: 18 }), 24, 150),
  place(btnGroup('Get started', 327, 52, { bg: ACCENT, radius: 26, ...legacy('signup') }), 24, 720),
], { bg: INK, dark: true });

const signup = phone('Sign up', 'signup', [
  place(vstack('Auto layout', 0, 0, 327, [
    text('Let’s get you set up 👋', 0, 0, 327, { size: 26, weight: 700, color: INK }),
    text('Takes about a minute. Pinky promise.', 0, 0, 327, { size: 15, color: MUTED }),
    vstack(null, 0, 0, 327, [
      btnInstance('c.btn-dark', ' Continue with Apple', 327, 50, { ...legacy('about') }),
      btnInstance('c.btn-light', 'Continue with Google', 327, 50, { color: INK, ...legacy('about') }),
      btnInstance('c.btn-light', 'Use my email instead', 327, 50, { color: INK, ...legacy('about') }),
    ], { gap: 12 }),
    text('By carrying on you agree to our', 0, 0, 327, { size: 12, color: MUTED, align: 'CENTER' }),
    hstack(null, 0, 0, [link('Terms', 50, { size: 12, underline: true, ...legacy('terms') }), text('and', 0, 0, 28, { size: 12, color: MUTED }), link('Privacy Notice', 100, { size: 12, underline: true, ...openUrl('https://lightmeter.co.uk/privacy') })], { gap: 4 }),
  ], { gap: 20 }), 24, 140),
]);

const terms = phone('Terms', 'terms', [
  place(hstack(null, 0, 0, [vector('Chevron left', 0, 0, 10, 18, back()), text('Terms of service', 0, 0, 200, { size: 17, weight: 600 })], { gap: 16 }), 20, 56),
  place(text('1. About us\nLightmeter Ltd is registered in England and Wales (company no. 12873301).\n\n2. Your subscription\nYou can cancel your subscription at any time from the App Store or Google Play. Refunds follow store rules.\n\n3. Estimates\nTax estimates are a guide, not advice. Always check with an accountant before filing your Self Assessment.\n\n4. Acceptable use\nDon’t use Lightmeter for anything unlawful. Seriously.', 0, 0, 327, { size: 14, color: '#33465A' }), 24, 110),
]);

const chip = (l, on) => btnFrame(l, l.length * 8 + 36, 36, { bg: on ? INK : '#F1F4F7', color: on ? '#FFFFFF' : INK, radius: 18, size: 14 });
const about = phone('About you', 'about', [
  place(vstack(null, 0, 0, 327, [
    text('Nice to meet you, Sam! What do you mostly shoot?', 0, 0, 327, { size: 24, weight: 700 }),
    text('Pick as many as you like — it helps us guess your usual expenses.', 0, 0, 327, { size: 15, color: MUTED }),
    hstack(null, 0, 0, [chip('Weddings', true), chip('Portraits', false)], { gap: 8 }),
    hstack(null, 0, 0, [chip('Events', true), chip('Products', false), chip('Pets', false)], { gap: 8 }),
    hstack(null, 0, 0, [chip('Editorial', false), chip('Something else', false)], { gap: 8 }),
    text('Are you also employed somewhere?', 0, 0, 327, { size: 15, weight: 600 }),
    hstack(null, 0, 0, [chip('Nope, just me', true), chip('Yes, part-time', false)], { gap: 8 }),
  ], { gap: 14 }), 24, 120),
  place(btnGroup('Carry on', 327, 52, { bg: ACCENT, radius: 26, shape: 'VECTOR', ...legacy('hub') }), 24, 720),
]);

const tile = (name, ref, to) =>
  vstack(null, 0, 0, 100, [logo(ref, 44, name), text(name, 0, 0, 92, { size: 11, weight: 500, align: 'CENTER' })], {
    gap: 6, align: 'CENTER', padY: 10, fills: [solid('#F6F8FA')], cornerRadius: 12, ...(to ? legacy(to) : {}),
  });

const hub = phone('Link accounts', 'hub', [
  place(vstack('Content', 0, 0, 327, [
    text('Let’s get your money in one place', 0, 0, 327, { size: 24, weight: 700 }),
    text('Link where you get paid and we’ll estimate your tax bill as the jobs come in — so you always know what’s yours to spend.', 0, 0, 327, { size: 15, color: '#33465A' }),
    text('We’ll look at money coming in and going out of your bank, plus payouts from Stripe or PayPal, to work out your earnings and expenses. We can only read — we can’t move a penny.', 0, 0, 327, { size: 13, color: MUTED }),
    link('Why do you need this? 🤔', 200, { size: 13, underline: true, ...click('why', 'OVERLAY') }),
    text('Bank accounts', 0, 0, 327, { size: 16, weight: 700 }),
    hstack(null, 0, 0, [tile('Monzo Business', 'mz', 'redirect'), tile('Starling Bank', 'st', 'redirect'), tile('Tide', 'td', 'redirect')], { gap: 13 }),
    link('See all banks →', 120, { size: 13, ...legacy('bankpick') }),
    text('Card & payment apps', 0, 0, 327, { size: 16, weight: 700 }),
    hstack(null, 0, 0, [tile('Stripe', 'sp', 'redirect'), tile('PayPal Business', 'pp', 'redirect'), tile('SumUp', 'su', 'redirect')], { gap: 13 }),
  ], { gap: 12 }), 24, 60),
  place(vstack(null, 0, 0, 327, [
    btnInstance('c.btn-accent', 'Link a bank account', 327, 52, { name: 'Comp / Action / Large', ...legacy('bankpick') }),
    link('I’ll do this later', 327, { color: MUTED, size: 14, ...legacy('home') }),
  ], { gap: 10, align: 'CENTER' }), 24, 700),
]);

const why = frame('Sheet / Why link', 0, 0, W, 520, { ref: 'why', cornerRadius: 20 }, [
  place(rect('Grabber', 0, 0, 36, 5, { fills: [solid('#D0D7DE')], cornerRadius: 3 }), 170, 10),
  place(vstack(null, 0, 0, 327, [
    text('Why link your accounts?', 0, 0, 327, { size: 20, weight: 700 }),
    text('Is it safe?', 0, 0, 327, { size: 15, weight: 600 }),
    text('Yep. We use Open Banking, the same regulated tech the big banks use. We never see your login details, and we never sell or share your data with anyone else.', 0, 0, 327, { size: 14, color: '#33465A' }),
    text('What do you actually look at?', 0, 0, 327, { size: 15, weight: 600 }),
    text('Money in, money out, and who it came from. That’s how we spot jobs vs. kit purchases.', 0, 0, 327, { size: 14, color: '#33465A' }),
    text('Can I change my mind?', 0, 0, 327, { size: 15, weight: 600 }),
    text('Whenever you fancy — unlink any account from the Accounts tab, no hard feelings.', 0, 0, 327, { size: 14, color: '#33465A' }),
    btnFrame('Got it', 327, 48, { bg: INK, radius: 24, ...close() }),
  ], { gap: 10 }), 24, 36),
]);

const bankRow = (name, ref) =>
  hstack(null, 0, 0, [logo(ref, 36, name), text(name, 0, 0, 230, { size: 15, weight: 500 }), vector('Chevron', 0, 0, 7, 12)], { w: 327, padY: 10, gap: 12, ...legacy('redirect') });

const bankpick = phone('Choose bank', 'bankpick', [
  place(vstack(null, 0, 0, 327, [
    hstack(null, 0, 0, [vector('Chevron left', 0, 0, 10, 18, back()), text('Pick your bank', 0, 0, 200, { size: 17, weight: 600 })], { gap: 16 }),
    searchField('Find your bank', 327, 44, { radius: 12 }),
    text('Popular', 0, 0, 200, { size: 13, weight: 600, color: MUTED }),
    bankRow('Monzo Business', 'mz'),
    bankRow('Starling Bank', 'st'),
    bankRow('Tide', 'td'),
    bankRow('Barclays Business', 'bc'),
    bankRow('NatWest Business', 'nw'),
    bankRow('HSBC UK Business', 'hs'),
    bankRow('Lloyds Bank Business', 'll'),
    vstack(null, 0, 0, 327, [
      text('Can’t see your bank?', 0, 0, 295, { size: 14, weight: 600 }),
      text('No worries — upload a statement (CSV or PDF) and we’ll read it instead.', 0, 0, 295, { size: 13, color: MUTED }),
      link('Upload a statement', 160, { size: 13, underline: true }),
    ], { pad: 16, gap: 6, fills: [solid('#FFF4F0')], cornerRadius: 12 }),
  ], { gap: 10 }), 24, 56),
]);

const redirect = phone('Heads up', 'redirect', [
  place(vstack(null, 0, 0, 327, [
    hstack(null, 0, 0, [logo('lm', 56, 'Lightmeter'), vector('Dots', 0, 0, 40, 6), logo('mz', 56, 'Monzo Business')], { gap: 20 }),
    text('Heads up! We’re popping you over to Monzo', 0, 0, 327, { size: 24, weight: 700, align: 'CENTER' }),
    text(`Monzo’s app will open so you can say yes to sharing your transactions.${ZW} Once you’ve tapped approve, you’ll bounce straight back here.`, 0, 0, 327, { size: 15, color: '#33465A', align: 'CENTER' }),
    text('Bank-grade encryption. We never see your Monzo login.', 0, 0, 327, { size: 13, color: MUTED, align: 'CENTER' }),
  ], { gap: 18, align: 'CENTER' }), 24, 180),
  place(vstack(null, 0, 0, 327, [
    btnInstance('c.btn-accent', 'Off to Monzo', 327, 52, { ...legacy('monzo') }),
    hstack(null, 0, 0, [text('Powered by', 0, 0, 80, { size: 12, color: MUTED }), rect('truelayer', 0, 0, 72, 16, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FIT', imageRef: '3e7a1b9c5d2f4a6e8b0c1d2e3f4a5b6c7d8e9f01' }] })], { gap: 6 }),
  ], { gap: 14, align: 'CENTER' }), 24, 690),
]);

const monzo = phone('Monzo app (3rd party)', 'monzo', [
  place(vstack(null, 0, 0, 327, [
    logo('mz', 64, 'Monzo'),
    text('Lightmeter wants to see your account information', 0, 0, 327, { size: 22, weight: 700, color: '#FFFFFF' }),
    text('Account name and number · Balance · Transactions', 0, 0, 327, { size: 14, color: '#C8D3E0' }),
    text('Access ends in 90 days unless you renew it.', 0, 0, 327, { size: 13, color: '#C8D3E0' }),
  ], { gap: 14 }), 24, 120),
  place(btnGroup('Allow', 327, 52, { bg: '#FF4F40', radius: 12, ...legacy('linked') }), 24, 660),
  place(link('Don’t allow', 327, { color: '#FFFFFF', ...back() }), 24, 730),
], { bg: '#14233C', dark: true });

const statusRow = (name, ref, status, pending) =>
  hstack(null, 0, 0, [
    logo(ref, 36, name),
    vstack(null, 0, 0, 200, [text(name, 0, 0, 200, { size: 15, weight: 600 }), text(status, 0, 0, 200, { size: 12, color: pending ? '#B26B00' : '#1A7F37' })], { gap: 2 }),
    pending ? icon(16, 16, 'clock') : vector('check', 0, 0, 16, 16, { strokes: [solid('#1A7F37')] }),
  ], { w: 327, padX: 14, padY: 12, gap: 12, fills: [solid('#F6F8FA')], cornerRadius: 12 });

const linked = phone('Linked!', 'linked', [
  place(vstack(null, 0, 0, 327, [
    text('🎉 Monzo Business linked', 0, 0, 327, { size: 26, weight: 700 }),
    hstack(null, 0, 0, [spinner(18), text('Pulling in your transactions…', 0, 0, 280, { size: 14, color: MUTED })], { gap: 10 }),
    statusRow('Monzo Business', 'mz', 'Linked ✓', false),
    statusRow('Stripe', 'sp', 'Waiting for you to finish in Stripe', true),
    hstack(null, 0, 0, [vector('Plus', 0, 0, 16, 16), text('Add another account', 0, 0, 220, { size: 15, weight: 600, color: ACCENT })], { gap: 8, ...legacy('bankpick') }),
  ], { gap: 16 }), 24, 120),
  place(btnInstance('c.btn-accent', 'Take me to my estimate', 327, 52, { ...legacy('home') }), 24, 720),
]);

const home = phone('Home', 'home', [
  place(vstack(null, 0, 0, 327, [
    text('Morning, Sam ☀️', 0, 0, 327, { size: 22, weight: 700 }),
    vstack('Estimate card', 0, 0, 327, [
      text('Set aside for tax so far', 0, 0, 280, { size: 13, color: '#C8D3E0' }),
      text('£2,340', 0, 0, 280, { size: 34, weight: 700, color: '#FFFFFF' }),
      text('Based on £11,870 of jobs since 6 April', 0, 0, 280, { size: 13, color: '#C8D3E0' }),
    ], { pad: 20, gap: 6, fills: [solid(INK)], cornerRadius: 16 }),
    vstack(null, 0, 0, 327, [
      text('Got wedding deposits on PayPal?', 0, 0, 295, { size: 15, weight: 600 }),
      text('Link PayPal Business and we’ll count those deposits in your estimate too.', 0, 0, 295, { size: 13, color: MUTED }),
      btnFrame('Link PayPal', 130, 38, { bg: ACCENT, radius: 19, size: 14, ...legacy('hub') }),
    ], { pad: 16, gap: 8, fills: [solid('#FFF4F0')], cornerRadius: 14 }),
    text('Recent', 0, 0, 200, { size: 15, weight: 700 }),
    text('+ £850  Hollis wedding — balance\n− £129  Sigma lens hire\n+ £240  Headshots, Bramley & Co', 0, 0, 327, { size: 14, color: '#33465A' }),
  ], { gap: 14 }), 24, 60),
  tabBar('Home'),
]);

const acctRow = (name, ref, meta) =>
  vstack(null, 0, 0, 327, [
    hstack(null, 0, 0, [logo(ref, 36, name), vstack(null, 0, 0, 230, [text(name, 0, 0, 230, { size: 15, weight: 600 }), text(meta, 0, 0, 230, { size: 12, color: MUTED })], { gap: 2 })], { gap: 12 }),
    link('Unlink this account', 160, { color: '#CF222E', size: 13 }),
  ], { pad: 14, gap: 8, fills: [solid('#F6F8FA')], cornerRadius: 12 });

const accounts = phone('Accounts', 'accounts', [
  place(vstack(null, 0, 0, 327, [
    hstack(null, 0, 0, [text('Your accounts', 0, 0, 200, { size: 22, weight: 700 }), vector('refresh', 0, 0, 20, 20)], { w: 327, justify: 'SPACE_BETWEEN' }),
    text('Pull down to refresh · last refreshed today at 09:12', 0, 0, 327, { size: 12, color: MUTED }),
    acctRow('Monzo Business ••2291', 'mz', 'GBP · linked 4 Feb 2025 · 1,204 transactions'),
    acctRow('Stripe — Sam Okafor Photography', 'sp', 'GBP payouts · linked 4 Feb 2025 · last payout 21 May'),
    hstack(null, 0, 0, [vector('Plus', 0, 0, 16, 16), text('Link another account', 0, 0, 220, { size: 15, weight: 600, color: ACCENT })], { gap: 8, ...legacy('bankpick') }),
  ], { gap: 14 }), 24, 60),
  tabBar('Accounts'),
]);

const you = phone('You', 'you', [
  place(vstack(null, 0, 0, 327, [
    text('You', 0, 0, 200, { size: 22, weight: 700 }),
    vstack(null, 0, 0, 327, [
      text('Lightmeter Plus', 0, 0, 280, { size: 15, weight: 600 }),
      text('£4.99 a month after your trial — cancel anytime in the App Store.', 0, 0, 295, { size: 13, color: MUTED }),
    ], { pad: 16, gap: 4, fills: [solid('#F6F8FA')], cornerRadius: 12 }),
    vstack(null, 0, 0, 327, [
      rect('promo', 0, 0, 295, 80, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: '77aa0c3d9e1b2f4a6c8e0a1b3c5d7e9f0a2b4c6d' }], cornerRadius: 8 }),
      text('Photo Connect Awards 2025 — entries close 30 June', 0, 0, 295, { size: 14, weight: 600 }),
    ], { pad: 16, gap: 8, fills: [solid('#F6F8FA')], cornerRadius: 12 }),
    text('Notifications\nTax year reminders\nExport for my accountant', 0, 0, 327, { size: 15 }),
    text('Need a hand? Ring us on 0800 048 7731 or email hello@lightmeter.co.uk', 0, 0, 327, { size: 13, color: MUTED }, { visible: false }),
    link('Log out', 100, { color: INK }),
    link('Delete account', 140, { color: '#CF222E' }),
  ], { gap: 16 }), 24, 60),
  tabBar('You'),
]);

const email = frame('Email / Welcome', 0, 0, 600, 900, { ref: 'email', fills: [solid('#F4F1EC')] }, [
  place(vstack('Body', 0, 0, 520, [
    text('Lightmeter', 0, 0, 200, { size: 20, weight: 700, color: ACCENT }),
    text('Welcome aboard, Sam! 📷', 0, 0, 472, { size: 26, weight: 700 }),
    text('You’re three small things away from never dreading a tax bill again:', 0, 0, 472, { size: 16, color: '#33465A' }),
    text('1\u00A0\u00A0Tell us what you shoot (done ✓)\n2\u00A0\u00A0Link your bank and Stripe or PayPal — this is where the magic happens\n3\u00A0\u00A0Check your first estimate', 0, 0, 472, { size: 16 }),
    btnFrame('Link my bank', 200, 48, { bg: ACCENT, radius: 24, ...openUrl('https://lightmeter.co.uk/app/link') }),
    text('Chat soon,\nThe Lightmeter crew', 0, 0, 472, { size: 15, color: MUTED }),
    text('You’re getting this because you signed up for Lightmeter. Unsubscribe', 0, 0, 472, { size: 11, color: '#8C959F' }),
  ], { pad: 24, gap: 18, fills: [solid('#FFFFFF')], cornerRadius: 8 }), 40, 40),
]);

// Components page
const comp = (nm, ref, bg, color) =>
  node('COMPONENT', nm, 0, 0, 327, 52, { ref, fills: [solid(bg)], cornerRadius: 26, strokes: bg === '#FFFFFF' ? [solid('#D0D7DE')] : [] }, [place(text('Button', 0, 0, 300, { size: 16, weight: 600, color, align: 'CENTER' }), 14, 15)]);
const compSet = node('COMPONENT_SET', 'Button', 0, 0, 760, 200, { fills: [], strokes: [solid('#9747FF')] }, [
  place(comp('Property 1=Accent', 'c.btn-accent', ACCENT, '#FFFFFF'), 20, 20),
  place(comp('Property 1=Dark', 'c.btn-dark', '#000000', '#FFFFFF'), 400, 20),
  place(comp('Property 1=Light', 'c.btn-light', '#FFFFFF', INK), 20, 110),
]);

const at = (n, x, y) => place(n, x, y);
const spec = {
  name: 'Lightmeter app v2 (handoff)',
  lastModified: '2024-11-08T10:03:55Z',
  version: '4410987231',
  seed: 107,
  pages: [
    { name: 'Cover', children: [frame('Thumbnail', 0, 0, 1600, 960, { fills: [solid(ACCENT)] }, [place(text('Lightmeter v2 — onboarding', 0, 0, 1200, { size: 80, weight: 700, color: '#FFFFFF' }), 100, 380)])] },
    {
      name: 'Prototype',
      protoStart: 'car1',
      noFlowField: true,
      children: [
        at(car1, 0, 0), at(car2, 455, 0), at(signup, 910, 0), at(terms, 910, 1000), at(about, 1365, 0),
        at(hub, 1820, 0), at(why, 1820, 1000), at(bankpick, 2275, 0), at(redirect, 2730, 0), at(monzo, 3185, 0),
        at(linked, 3640, 0), at(home, 4095, 0), at(accounts, 4550, 0), at(you, 5005, 0),
        section('Emails', 0, 2000, 760, 1020, [at(email, 80, 60)]),
      ],
    },
    { name: 'Components', children: [at(compSet, 100, 100)] },
    { name: '🗄 Archive', children: [frame('Old home (v1)', 0, 0, W, H, {}, [place(text('Your tax pot', 0, 0, 300, { size: 22, weight: 700 }), 24, 80), place(line(24, 0, 327), 24, 130)])] },
  ],
};

const { doc, refs } = finalize(spec);
writeOut(new URL('..', import.meta.url).pathname, 'h107-photographer-tax-mobile', doc, {
  kind: 'onboarding',
  description:
    'Lightmeter, tax estimates for UK freelance photographers, mobile 375x812 with chatty copy. Two carousel screens, sign-up (with a Terms page that is a dead end), an about-you step, a hub to link bank accounts and payment apps, an FAQ sheet, a bank picker with search, a pre-redirect screen powered by an open-banking provider, the bank app approval, a linked screen, home, accounts and profile tabs, and a welcome email. Prototype uses transitionNodeID and prototypeStartNodeID.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.prefill', 'value.progress-meter', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda'],
  notes: {
    'funnel.greeting-email': 'Welcome email with a numbered 1-2-3 list where linking the bank is step 2, and a "Link my bank" button.',
    'funnel.three-actions': 'Carousel → sign up → about you → link hub: three taps from landing, two from sign-up.',
    'funnel.cta-visible': 'Full-width "Link a bank account" button on the hub.',
    'funnel.social-proof': 'Five-star quote from a wedding photographer on carousel 2.',
    'value.three-part': 'Hub: benefit (estimate as jobs come in), data use (money in/out, payouts; read-only), one main CTA.',
    'value.contextual-ctas': 'Home card "Got wedding deposits on PayPal? Link PayPal".',
    'value.faq-link': '"Why do you need this? 🤔" opens an FAQ sheet.',
    'privacy.data-scope': 'Hub copy: transactions and payouts read from the bank/Stripe, read-only.',
    'privacy.trust-language': 'Bank-grade encryption, never sell or share data.',
    'privacy.disconnect-anytime': 'FAQ sheet: unlink any account whenever you like.',
    'privacy.statistics': '"38,000 UK photographers trust us with their bank data".',
    'privacy.powered-by': '"Powered by" open-banking logo on the pre-redirect screen.',
    'platform.explain-redirect': '"We’re popping you over to Monzo… you’ll bounce straight back here."',
    'platform.grouped-categories': '"Bank accounts" and "Card & payment apps" headings.',
    'platform.accurate-branding': 'Monzo Business, Starling Bank, PayPal Business, Barclays Business with logos.',
    'platform.search': '"Find your bank" search on the bank picker.',
    'platform.alternatives': '"Can’t see your bank? Upload a statement".',
    'platform.non-linear': '"I’ll do this later" on the hub.',
    'platform.multiple-connections': 'Linked screen: Monzo linked ✓, Stripe pending, "Add another account".',
    'connection.view-live': 'Accounts tab lists accounts with currency, link date, last payout.',
    'connection.delete': '"Unlink this account" on each account.',
    'connection.refresh': 'Refresh icon / pull to refresh with last refreshed time.',
    'connection.syncing-indicator': 'Spinner with "Pulling in your transactions…".',
    'funnel.prefill': 'No forms prefilled from linked data.',
    'value.progress-meter': 'No progress or strength meter.',
    'privacy.consent-action': 'No checkbox or consent statement with policy link before linking (only the bank’s own Allow screen).',
    'privacy.connection-guide': 'No guide on how to link.',
    'privacy.support-contacts': 'Support phone/email exist only in a hidden layer.',
    'privacy.mutual-nda': 'No NDA.',
  },
  flow: { start: 'car1', connect: 'hub', steps: 3, deadEnds: ['terms'] },
}, refs);

// h116: subscription analytics for coffee roasters, desktop 1280x800.
import { Doc, F, G, SEC, R, V, E, T, COMP, CSET, INST, IMG, go, back, closeIx, url, row, writeTruth, WRITER } from './lib.mjs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'h116-specialty-coffee-subscriptions-desktop';
const ref = (s) => Array.from({ length: 40 }, (_, i) => '0123456789abcdef'[(s * 31 + i * 7 + (s ^ i)) % 16]).join('');
const INK = '#2B1D14', CREAM = '#FBF6EF', BEAN = '#6B3E26', MUTED = '#7C6F66', LINE = '#E6DCD0';

// ---- components page
const btnDefault = COMP('Property 1=Default', { layout: 'H', pad: [12, 22], fill: BEAN, radius: 8, x: 40, y: 40 }, [T('Button', { color: '#FFFFFF', weight: 600, size: 15 })]);
const btnHover = COMP('Property 1=Hover', { layout: 'H', pad: [12, 22], fill: '#4E2B19', radius: 8, x: 40, y: 110 }, [T('Button', { color: '#FFFFFF', weight: 600, size: 15 })]);
const btnSet = CSET('Comp / Action / Large', { x: 0, y: 0, desc: 'Primary action' }, [btnDefault, btnHover]);
const tick = COMP('tick-box', { w: 20, h: 20, x: 320, y: 40, radius: 4, stroke: BEAN, strokeW: 1.5, fill: '#FFFFFF' }, [V('Vector', { w: 12, h: 9, x: 4, y: 5, fill: '#FFFFFF' })]);
const tile = COMP('Tile/Integration', { layout: 'H', gap: 12, pad: 16, w: 300, radius: 10, stroke: LINE, fill: '#FFFFFF', x: 420, y: 40 }, [
  R('logo', { w: 36, h: 36, radius: 8 }), T('Name', { weight: 600, size: 15 }),
]);

const btn = (label, o = {}) => INST(o.name ?? label, btnDefault, { layout: 'H', pad: [12, 22], fill: BEAN, radius: 8, ...o }, [T(label, { color: '#FFFFFF', weight: 600, size: 15 })]);
const frameBtn = (label, o = {}) => F(o.name ?? 'Frame 88', { layout: 'H', pad: [11, 20], fill: o.fill ?? '#FFFFFF', stroke: o.stroke ?? LINE, radius: 8 }, [T(label, { color: o.color ?? INK, weight: 500, size: 14 })]);
const link = (s, o = {}) => T(s, { color: BEAN, size: 14, weight: 500, deco: o.u === false ? undefined : 'UNDERLINE', ...o });
const field = (label, ph) => F('Input', { layout: 'V', gap: 6, w: 380 }, [
  T(label, { size: 13, weight: 500, color: MUTED }),
  F('Frame 301', { layout: 'H', pad: [12, 14], w: 380, radius: 6, stroke: LINE, fill: '#FFFFFF' }, [T(ph, { size: 14, color: '#A79B90' })]),
]);
const logo = (name, seed, s = 36) => IMG(name, s, s, ref(seed), { radius: 8 });
const screen = (name, kids, o = {}) => F(name, { w: 1280, h: 800, fill: CREAM, clip: true, ...o }, kids);

// ---- S1 sign up
const toS2 = btn('Create account', { name: 'cta/primary' });
const pricingLink = link('See plans & pricing');
const s1 = screen('Sign up', [
  F('Left', { x: 0, y: 0, w: 560, h: 800, fill: '#2B1D14', layout: 'V', pad: [96, 64], gap: 28 }, [
    G('Group 8', [V('Vector', { w: 28, h: 32, fill: '#E7B77A' }), T('Roastbook', { x: 40, y: 2, size: 22, weight: 700, color: '#FFFFFF' })]),
    T('Know which origins keep\nsubscribers coming back.', { size: 34, weight: 700, color: '#FFFFFF', w: 430 }),
    F('Frame 427', { layout: 'V', gap: 14, pad: 24, w: 430, radius: 12, fill: '#3B2A1F' }, [
      T('★★★★★', { color: '#E7B77A', size: 16 }),
      T('“We found out our Ethiopian natural box was carrying the whole subscription. Took one afternoon in Roastbook — we used to guess every quarter.”', { color: '#F4E9DC', size: 16, w: 382 }),
      F('Auto layout', { layout: 'H', gap: 12 }, [E('Ellipse 3', { w: 40, h: 40, fill: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref(4) }] }),
        F('Frame 51', { layout: 'V', gap: 2 }, [T('Owen Marsh', { color: '#FFFFFF', weight: 600, size: 14 }), T('Co-founder, Linkside Roasting Co.', { color: '#BFAE9C', size: 13 })])]),
    ]),
  ]),
  F('Frame 430', { x: 650, y: 130, w: 440, layout: 'V', gap: 20 }, [
    T('Start your 14-day trial', { size: 28, weight: 700, color: INK }),
    T('No card needed. Takes about two minutes.', { size: 15, color: MUTED }),
    field('Work email', 'you@yourroastery.com'),
    field('Password', '••••••••••'),
    field('Roastery name', 'e.g. Hill & Kiln Coffee'),
    toS2,
    F('Auto layout', { layout: 'H', gap: 6 }, [T('Comparing plans first?', { size: 14, color: MUTED }), pricingLink]),
    T('Need a hand? Call 020 7946 0958 or write to hello@roastbook.co', { size: 13, color: MUTED, hidden: true }),
  ]),
]);

// ---- S2 about you
const toS3 = F('Frame 88', { layout: 'H', pad: [12, 26], fill: BEAN, radius: 8 }, [T('Continue', { color: '#FFFFFF', weight: 600, size: 15 })]);
const chip = (s, on) => F(s, { layout: 'H', pad: [9, 16], radius: 20, fill: on ? '#EBD9C6' : '#FFFFFF', stroke: on ? BEAN : LINE }, [T(s, { size: 14, color: INK })]);
const checkRow = (s, on) => F('Auto layout', { layout: 'H', gap: 10 }, [INST('tick-box', tick, { w: 20, h: 20, radius: 4, fill: on ? BEAN : '#FFFFFF', stroke: BEAN }), T(s, { size: 15 })]);
const backS2 = back(link('← Back', { u: false }));
const s2 = screen('Frame 12', [
  F('Top bar', { x: 0, y: 0, w: 1280, h: 64, layout: 'H', pad: [0, 40], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: LINE }, [
    G('Group 8', [V('Vector', { w: 22, h: 26, fill: BEAN }), T('Roastbook', { x: 32, y: 1, size: 18, weight: 700 })]),
    T('Step 2 of 3', { size: 13, color: MUTED }),
  ]),
  F('Frame 431', { x: 340, y: 120, w: 600, layout: 'V', gap: 26 }, [
    backS2,
    T('Tell us about your roastery', { size: 26, weight: 700 }),
    F('Frame 55', { layout: 'V', gap: 12 }, [T('How many active subscribers?', { size: 15, weight: 600 }),
      F('Auto layout', { layout: 'H', gap: 10 }, [chip('Under 100'), chip('100 – 500', true), chip('500 – 2,000'), chip('2,000+')])]),
    F('Frame 56', { layout: 'V', gap: 12 }, [T('Where do subscriptions get sold?', { size: 15, weight: 600 }),
      checkRow('Our own Shopify store', true), checkRow('Wholesale / cafés'), checkRow('Marketplaces (Amazon, Etsy)')]),
    F('Frame 57', { layout: 'V', gap: 12 }, [T('How often do you roast?', { size: 15, weight: 600 }),
      F('Auto layout', { layout: 'H', gap: 10 }, [chip('Daily'), chip('Twice a week', true), chip('Weekly')])]),
    toS3,
  ]),
]);

// ---- S3 connect (decision point)
const card = (nm, seed, sub, o = {}) => {
  const c = INST(nm, tile, { layout: 'H', gap: 12, pad: 16, w: 300, radius: 10, stroke: o.sel ? BEAN : LINE, fill: '#FFFFFF' }, [
    logo(`${nm} logo`, seed),
    F('Frame 61', { layout: 'V', gap: 2 }, [T(nm, { weight: 600, size: 15 }), T(sub, { size: 12, color: MUTED })]),
  ]);
  return c;
};
const shopifyCard = card('Shopify', 11, 'Orders, customers, refunds', { sel: true });
const rechargeCard = card('Recharge', 12, 'Subscriptions & skips');
const stripeCard = card('Stripe', 13, 'Payments & failed charges');
const xeroCard = card('Xero', 14, 'Invoices & payouts');
const qboCard = card('QuickBooks Online', 15, 'Invoices & payouts');
const sageCard = card('Sage Business Cloud Accounting', 16, 'Invoices & payouts');
const mainCta = btn('Plug in your store', { name: 'Btn' });
const laterLink = link('Finish later', { u: false, color: MUTED });
const shareLink = link('Send this step to your bookkeeper', { u: false, color: MUTED });
const faq = url(link('Why connect? Read the FAQ →'), 'https://roastbook.co/help/why-connect');
const guide = url(link('Step-by-step guide: linking Shopify & Recharge'), 'https://roastbook.co/help/guides/linking-shopify-recharge');
const s3 = screen('Frame 13', [
  F('Top bar', { x: 0, y: 0, w: 1280, h: 64, layout: 'H', pad: [0, 40], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: LINE }, [
    G('Group 8', [V('Vector', { w: 22, h: 26, fill: BEAN }), T('Roastbook', { x: 32, y: 1, size: 18, weight: 700 })]),
    T('Step 3 of 3', { size: 13, color: MUTED }),
  ]),
  F('Auto layout', { x: 60, y: 96, w: 720, layout: 'V', gap: 22 }, [
    F('Frame 70', { layout: 'V', gap: 10, w: 720 }, [
      T('Bring your numbers in', { size: 28, weight: 700 }),
      T('See churn, lifetime value and retention by origin for every subscription box — the moment your store is plugged in.', { size: 16, color: INK, w: 700 }),
      T('We read orders, subscriptions and payouts from Shopify, Recharge and Stripe and turn them into recurring-revenue reports. Nothing is ever written back to your store.', { size: 14, color: MUTED, w: 700 }),
      F('Auto layout', { layout: 'H', gap: 18 }, [mainCta, faq]),
    ]),
    F('Search', { layout: 'H', gap: 10, pad: [10, 14], w: 420, radius: 20, stroke: LINE, fill: '#FFFFFF' }, [V('Vector', { w: 16, h: 16, fill: MUTED }), T('Search 40+ apps', { size: 14, color: '#A79B90' })]),
    F('Frame 71', { layout: 'V', gap: 10 }, [T('Revenue streams', { size: 18, weight: 700 }), F('Auto layout', { layout: 'H', gap: 12 }, [shopifyCard, rechargeCard])]),
    F('Frame 72', { layout: 'V', gap: 10 }, [T('Payments', { size: 18, weight: 700 }), F('Auto layout', { layout: 'H', gap: 12 }, [stripeCard])]),
    F('Frame 73', { layout: 'V', gap: 10 }, [T('Accounting', { size: 18, weight: 700 }), F('Auto layout', { layout: 'H', gap: 12 }, [xeroCard, qboCard]), sageCard]),
  ]),
  F('Aside', { x: 860, y: 96, w: 360, layout: 'V', gap: 18, pad: 24, radius: 12, fill: '#FFFFFF', stroke: LINE }, [
    T('Data strength', { size: 15, weight: 600 }),
    F('Meter', { layout: 'H', gap: 6 }, [R('Rectangle 12', { w: 72, h: 8, radius: 4, fill: BEAN }), R('Rectangle 13', { w: 72, h: 8, radius: 4, fill: LINE }), R('Rectangle 14', { w: 72, h: 8, radius: 4, fill: LINE }), R('Rectangle 15', { w: 72, h: 8, radius: 4, fill: LINE })]),
    T('1 of 4 sources · add Recharge and Stripe to unlock churn-by-origin', { size: 13, color: MUTED, w: 312 }),
    R('Line 2', { w: 312, h: 1, fill: LINE }),
    T("Can't see your platform?", { size: 14, weight: 600 }),
    T('Upload a CSV export of your orders and we\u2019ll do the rest.', { size: 13, color: MUTED, w: 312 }),
    frameBtn('Upload CSV'),
    R('Line 3', { w: 312, h: 1, fill: LINE }),
    guide,
    F('Auto layout', { layout: 'V', gap: 8 }, [laterLink, shareLink]),
  ]),
], { h: 960 });

// ---- S4 consent overlay
const consentGo = btn('Continue to Shopify');
const cancel = closeIx(frameBtn('Cancel'));
const s4 = F('Modal / Link Shopify', { w: 560, h: 560, fill: '#FFFFFF', radius: 14, layout: 'V', pad: 32, gap: 16 }, [
  F('Auto layout', { layout: 'H', gap: 12 }, [logo('Rectangle 20', 11, 40), V('Vector', { w: 18, h: 10, fill: MUTED }), G('Group 9', [V('Vector', { w: 32, h: 38, fill: BEAN })])]),
  T('Link Shopify to Roastbook', { size: 22, weight: 700 }),
  T('We\u2019ll read orders, subscriptions, customers and refunds from Shopify. Nothing flows the other way \u2014 we never edit your products or orders.', { size: 14, w: 496 }),
  T('\uD83D\uDD12 Encrypted in transit and at rest. Your store data is never shared with third parties unless you ask us to.', { size: 14, color: MUTED, w: 496 }),
  T('Next, Shopify opens so you can log in and approve access. Once you approve, you\u2019ll land right back here.', { size: 14, color: MUTED, w: 496 }),
  T('Changed your mind? Unplug Shopify from Settings \u203A Sources whenever you like.', { size: 13, color: MUTED, w: 496 }),
  F('Auto layout', { layout: 'H', gap: 10 }, [INST('tick-box', tick, { w: 20, h: 20, radius: 4, stroke: BEAN, fill: '#FFFFFF' }),
    T('I agree to Roastbook\u2019s', { size: 14 }), link('Data Processing Terms', { size: 14 })]),
  F('Auto layout', { layout: 'H', gap: 12 }, [cancel, consentGo]),
]);

// ---- S5 third-party page mock
const install = F('Frame 90', { layout: 'H', pad: [10, 18], fill: '#008060', radius: 6 }, [T('Install app', { color: '#FFFFFF', weight: 600 })]);
const s5 = screen('shopify approve (mock)', [
  F('Frame 91', { x: 390, y: 140, w: 500, layout: 'V', gap: 16, pad: 32, radius: 12, fill: '#FFFFFF', stroke: '#DDDDDD' }, [
    logo('Rectangle 21', 11, 44),
    T('Install Roastbook?', { size: 22, weight: 700, color: '#202223' }),
    T('Roastbook will be able to:\n\u2022 View orders\n\u2022 View customers\n\u2022 View products', { size: 14, color: '#202223' }),
    F('Auto layout', { layout: 'H', gap: 10 }, [frameBtn('Cancel', { color: '#202223' }), install]),
  ]),
], { fill: '#F1F1F1' });

// ---- S6 sources after first link
const dash1 = btn('Go to dashboard');
const addAnother = F('Frame 97', { layout: 'H', gap: 8, pad: [12, 16], radius: 8, stroke: LINE }, [V('Vector', { w: 12, h: 12, fill: BEAN }), T('Add another source', { size: 14, weight: 600, color: BEAN })]);
const statusRow = (nm, seed, state, color, extra) => F(`${nm} row`, { layout: 'H', gap: 14, pad: [14, 18], w: 640, radius: 10, fill: '#FFFFFF', stroke: LINE }, [
  logo(`${nm} logo`, seed, 32),
  F('Frame 110', { layout: 'V', gap: 2, w: 360 }, [T(nm, { weight: 600, size: 15 }), extra ?? T(' ', { size: 12 })]),
  F('Badge', { layout: 'H', pad: [4, 10], radius: 12, fill: color }, [T(state, { size: 12, weight: 600 })]),
]);
const linkStripe = link('Link', { u: false });
const s6 = screen('Sources \u2014 first linked', [
  F('Frame 112', { x: 320, y: 90, w: 640, layout: 'V', gap: 14 }, [
    T('Nice \u2014 Shopify is in.', { size: 26, weight: 700 }),
    T('Add the rest now or come back to them any time.', { size: 15, color: MUTED }),
    statusRow('Shopify', 11, 'Connected \u2713', '#DCEFD9', F('Auto layout', { layout: 'H', gap: 6 }, [V('spinner', { w: 12, h: 12, fill: BEAN }), T('Importing 14 months of orders\u2026 38%', { size: 12, color: MUTED })])),
    statusRow('Recharge', 12, 'Waiting for approval', '#FBEBC8', T('Finish approving in Recharge to start syncing', { size: 12, color: MUTED })),
    F('Stripe row', { layout: 'H', gap: 14, pad: [14, 18], w: 640, radius: 10, fill: '#FFFFFF', stroke: LINE }, [logo('Stripe logo', 13, 32), F('Frame 110', { layout: 'V', gap: 2, w: 430 }, [T('Stripe', { weight: 600, size: 15 }), T('Not linked yet', { size: 12, color: MUTED })]), linkStripe]),
    addAnother,
    dash1,
  ]),
]);

// ---- S7 dashboard
const navItem = (s, on) => F(s, { layout: 'H', gap: 10, pad: [9, 14], w: 200, radius: 6, fill: on ? '#EBD9C6' : CREAM }, [V('Vector', { w: 16, h: 16, fill: on ? BEAN : MUTED }), T(s, { size: 14, weight: on ? 600 : 400 })]);
const navSources = navItem('Sources');
const linkStripe2 = btn('Link Stripe', { name: 'Button' });
const exportBtn = frameBtn('Export', { name: 'Export' });
exportBtn.o.trigger = 'ON_HOVER';
const kpi = (label, val) => F('Card', { layout: 'V', gap: 4, pad: 18, w: 220, radius: 10, fill: '#FFFFFF', stroke: LINE }, [T(label, { size: 12, color: MUTED }), T(val, { size: 24, weight: 700 })]);
const s7 = screen('Dashboard', [
  F('Sidebar', { x: 0, y: 0, w: 232, h: 800, layout: 'V', gap: 4, pad: [24, 16], fill: CREAM, stroke: LINE }, [
    G('Group 8', [V('Vector', { w: 22, h: 26, fill: BEAN }), T('Roastbook', { x: 32, y: 1, size: 18, weight: 700 })]),
    R('Spacer', { w: 10, h: 18, fill: CREAM }),
    navItem('Overview', true), navItem('Cohorts'), navItem('Churn'), navItem('Origins'), navSources, navItem('Settings'),
  ]),
  F('Main', { x: 264, y: 28, w: 980, layout: 'V', gap: 22 }, [
    F('Header', { layout: 'H', w: 980, justify: 'SPACE_BETWEEN' }, [T('Overview', { size: 24, weight: 700 }), exportBtn]),
    F('Auto layout', { layout: 'H', gap: 16 }, [kpi('Active subscribers', '1,284'), kpi('MRR', '\u00a318,920'), kpi('Churn (30d)', '4.1%'), kpi('Avg. box LTV', '\u00a3146')]),
    F('Frame 140', { layout: 'H', gap: 16 }, [
      F('Chart', { layout: 'V', gap: 12, pad: 20, w: 580, radius: 10, fill: '#FFFFFF', stroke: LINE }, [T('Retention by origin', { size: 16, weight: 600 }), V('Vector 7', { w: 540, h: 220, fill: '#D9C2A8' })]),
      F('Chart empty', { layout: 'V', gap: 12, pad: 20, w: 384, radius: 10, fill: '#FFFFFF', stroke: LINE }, [
        T('Failed-payment recovery', { size: 16, weight: 600 }),
        R('Rectangle 31', { w: 344, h: 120, radius: 6, fill: '#F3ECE3' }),
        T('Plug in Stripe to see how many lapsed subscribers you win back each month.', { size: 13, color: MUTED, w: 344 }),
        linkStripe2,
      ]),
    ]),
  ]),
]);

// ---- S8 settings / sources
const syncNow = (n) => frameBtn('\u21bb Sync now', { name: `Frame 15${n}` });
const disc = (n) => link('Disconnect', { u: false, color: '#B3261E', name: `Frame 16${n}` });
const discRecharge = disc(2);
const tr = (nm, seed, first, last, n, d) => F(`Row ${n}`, { layout: 'H', gap: 18, pad: [12, 16], w: 940, fill: '#FFFFFF', stroke: LINE }, [
  logo(`${nm} logo`, seed, 28), T(nm, { w: 150, weight: 600 }), T(first, { w: 170, size: 13, color: MUTED }), T(last, { w: 150, size: 13, color: MUTED }), syncNow(n), d ?? disc(n),
]);
const s8 = screen('Settings \u2013 Sources', [
  F('Main', { x: 170, y: 48, w: 940, layout: 'V', gap: 14 }, [
    T('Sources', { size: 24, weight: 700 }),
    T('Everything Roastbook reads from. Historic reports stay if you disconnect.', { size: 14, color: MUTED }),
    F('Head', { layout: 'H', gap: 18, pad: [8, 16], w: 940 }, [T('Platform', { w: 178, size: 12, color: MUTED }), T('First synced', { w: 170, size: 12, color: MUTED }), T('Last sync', { w: 150, size: 12, color: MUTED })]),
    tr('Shopify', 11, '3 Mar 2026, 09:14', '4 minutes ago', 1),
    tr('Recharge', 12, '3 Mar 2026, 09:20', 'Today, 07:02', 2, discRecharge),
    tr('Xero', 14, '5 Mar 2026, 16:41', 'Yesterday, 23:00', 3),
    R('Line 9', { w: 940, h: 1, fill: LINE }),
    F('Danger zone', { layout: 'V', gap: 8, pad: 18, w: 940, radius: 10, stroke: '#E9B5B0' }, [T('Danger zone', { size: 14, weight: 600, color: '#B3261E' }), T('Delete account and all reports', { size: 14, color: '#B3261E', deco: 'UNDERLINE' })]),
  ]),
]);
const keep = closeIx(frameBtn('Keep it'));
const confirmDisc = F('Frame 170', { layout: 'H', pad: [11, 20], fill: '#B3261E', radius: 8 }, [T('Disconnect', { color: '#FFFFFF', weight: 600 })]);
const s9 = F('Modal / Disconnect', { w: 480, h: 260, fill: '#FFFFFF', radius: 14, layout: 'V', pad: 28, gap: 14 }, [
  T('Disconnect Recharge?', { size: 20, weight: 700 }),
  T('We\u2019ll stop syncing and revoke Roastbook\u2019s access to your Recharge data. Reports you already have stay put.', { size: 14, w: 424 }),
  F('Auto layout', { layout: 'H', gap: 10 }, [keep, confirmDisc]),
]);

// ---- pricing (dead end)
const plan = (nm, price, feats) => F(nm, { layout: 'V', gap: 10, pad: 24, w: 300, radius: 12, fill: '#FFFFFF', stroke: LINE }, [T(nm, { size: 18, weight: 700 }), T(price, { size: 28, weight: 700 }), T(feats, { size: 13, color: MUTED, w: 252 })]);
const pricing = screen('Pricing', [
  F('Frame 180', { x: 170, y: 80, w: 940, layout: 'V', gap: 24, align: 'CENTER' }, [
    T('Simple plans for roasters', { size: 30, weight: 700 }),
    F('Auto layout', { layout: 'H', gap: 20 }, [plan('Micro', '\u00a329/mo', 'Up to 250 subscribers\nCohorts & churn'), plan('Roastery', '\u00a379/mo', 'Up to 2,000 subscribers\nOrigin reports'), plan('Wholesale', '\u00a3149/mo', 'Unlimited\nCafé accounts')]),
    T('Billed monthly \u00b7 cancel anytime \u00b7 prices exclude VAT', { size: 13, color: MUTED }),
  ]),
]);

// ---- email
const email = F('Email \u2014 welcome', { w: 640, h: 760, fill: '#FFFFFF', layout: 'V', pad: 40, gap: 18 }, [
  G('Group 8', [V('Vector', { w: 22, h: 26, fill: BEAN }), T('Roastbook', { x: 32, y: 1, size: 18, weight: 700 })]),
  T('Welcome aboard, Hill & Kiln \u2615', { size: 24, weight: 700 }),
  T('Three quick things and your first cohort report is ready:', { size: 15 }),
  T('1  Tell us about your roastery (done!)\n2  Plug in Shopify and Recharge \u2014 this is where the numbers come from\n3  Open your first retention-by-origin report', { size: 15, w: 560 }),
  url(btn('Connect your store', { name: 'Button' }), 'https://app.roastbook.co/sources'),
  T('Questions? Just reply to this email.', { size: 13, color: MUTED }),
]);

// ---- prototype
go(toS2, s2); go(pricingLink, pricing); go(toS3, s3);
go(mainCta, s4, 'OVERLAY'); go(shopifyCard, s4, 'OVERLAY'); go(consentGo, s5); go(install, s6);
go(laterLink, s7); go(dash1, s7); go(linkStripe2, s3); go(navSources, s8); go(discRecharge, s9, 'OVERLAY'); go(confirmDisc, s8, 'SWAP');
go(linkStripe, s4, 'OVERLAY'); go(addAnother, s3);
go(exportBtn, btnHover, 'CHANGE_TO');

const doc = new Doc('Roastbook \u2014 Onboarding v3', '2026-03-11T16:42:08Z');
doc.page('Cover', [F('Cover', { x: 0, y: 0, w: 1600, h: 960, fill: '#2B1D14', layout: 'V', pad: 120, gap: 24 }, [
  T('Roastbook', { size: 64, weight: 700, color: '#FFFFFF' }), T('Onboarding & Sources \u2014 v3', { size: 32, color: '#E7B77A' }),
  T('\uD83D\uDFE2 Ready for dev \u00b7 Owner: Priya K.', { size: 20, color: '#F4E9DC' }), IMG('Rectangle 1', 640, 360, ref(1), { radius: 16 }),
])]);
doc.page('\uD83E\uDDE9 Components', [btnSet, tick, tile]);
const sec1 = SEC('Sign up \u2192 first source', { x: 0, y: 0 }, row([s1, s2, s3, s4, s5, s6], 0, 0, 120));
const sec2 = SEC('After connecting', { x: 0, y: 1200 }, row([s7, s8, s9], 0, 0, 120));
email.o.x = 0; email.o.y = 2300; pricing.o.x = 800; pricing.o.y = 2300;
doc.page('Onboarding v3', [sec1, sec2, email, pricing], { starts: [[s1, 'Trial sign-up']] });
doc.page('Archive', [F('v2 / Connect (old)', { x: 0, y: 0, w: 1280, h: 800, fill: '#FFFFFF', layout: 'V', pad: 80, gap: 16, hidden: false }, [
  T('Connect Shopify', { size: 26, weight: 700 }), T('Old v2 layout \u2014 do not use', { size: 14, color: '#B3261E' }), frameBtn('Connect'),
])]);
const { nodes } = doc.build(`${OUT}${NAME}.json`);

writeTruth(`${OUT}${NAME}.truth.json`, {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITER,
  description: 'Desktop onboarding for a subscription-analytics product for coffee roasters: trial sign-up, roastery questions, a source-selection screen (Shopify, Recharge, Stripe, accounting), a consent modal, a mocked Shopify approval, a post-link status view, a dashboard and a sources settings page.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.prefill', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame with a 1-2-3 list whose second step is plugging in Shopify/Recharge and a "Connect your store" button.',
    'funnel.three-actions': 'Sign up -> roastery questions -> source selection: two clicks.',
    'funnel.social-proof': 'Star-rated quote from a roastery co-founder on the sign-up screen.',
    'value.three-part': 'Value (churn/LTV/retention by origin), data use (orders, subscriptions, payouts into recurring-revenue reports, nothing written back) and one main CTA "Plug in your store".',
    'value.contextual-ctas': 'Empty failed-payment chart on the dashboard offers "Link Stripe".',
    'value.progress-meter': '"Data strength" four-segment meter, 1 of 4 sources.',
    'privacy.data-scope': 'Modal names orders, subscriptions, customers, refunds read from Shopify and states nothing flows back.',
    'privacy.consent-action': '20x20 tick-box instance beside "I agree to ... Data Processing Terms" (underlined) before continuing to Shopify.',
    'privacy.disconnect-anytime': '"Unplug Shopify from Settings > Sources whenever you like."',
    'privacy.support-contacts': 'The only phone/email line sits in a hidden layer on the sign-up screen.',
    'privacy.statistics': 'No figures about customers or encryption; dashboard KPIs are the roaster\'s own numbers.',
    'platform.accurate-branding': 'Full names such as QuickBooks Online and Sage Business Cloud Accounting with image logos.',
    'platform.non-linear': '"Finish later" and "Send this step to your bookkeeper".',
    'platform.multiple-connections': 'Connected / Waiting for approval badges and "Add another source".',
    'connection.view-live': 'Sources table with first-synced and last-sync times.',
    'connection.syncing-indicator': 'Spinner with "Importing 14 months of orders... 38%".',
  },
  flow: { startFrameId: s1.id, connectFrameId: s3.id, stepsToConnect: 2, deadEnds: [pricing.id] },
});
console.log(NAME, nodes);

// h72: inventory loans for direct-to-consumer brands, desktop 1440, US copy.
import { F, V, H, G, R, VEC, E, I, C, CS, S, T, img, build, write, auto, resetAuto, WRITTEN_BY } from './lib.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

resetAuto(433);
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = 'h72-dtc-brand-inventory-loans-desktop';
const INK = '#101828';
const MUTED = '#667085';
const GREEN = '#0B6E4F';
const MINT = '#E7F6EF';
const LINEC = '#EAECF0';

const logoMark = () => H(auto('Frame'), { gap: 10, align: 'CENTER', h: 32 }, [VEC('Vector', { w: 28, h: 28, fill: GREEN }), T('stockline', { size: 22, weight: 700, color: INK, font: 'Söhne' })]);
const btnL = (label, p = {}) => I('actDefault', p.name ?? 'Comp / Action / Large', { h: 52, pad: [0, 28, 0, 28], r: 8, fill: GREEN, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 17, weight: 600, color: '#FFFFFF' })]);
const btnF = (label, p = {}) => H(p.name ?? auto('Frame'), { h: 44, pad: [0, 20, 0, 20], r: 8, fill: p.bg ?? '#FFFFFF', stroke: p.bg ? undefined : '#D0D5DD', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 15, weight: 600, color: p.fg ?? INK })]);
const btnG = (label, w, p = {}) => G(auto('Group'), { w, h: 48, ...p }, [R(auto('Rectangle'), { x: 0, y: 0, w, h: 48, r: 24, fill: p.bg ?? INK }), T(label, { x: Math.round(w / 2 - label.length * 4.3), y: 13, size: 16, weight: 600, color: '#FFFFFF' })]);
const link = (label, p = {}) => T(label, { size: 15, weight: 500, color: p.color ?? GREEN, ...p });
const field = (label, ph, w = 'fill') => V(auto('Frame'), { w, gap: 6 }, [T(label, { size: 14, weight: 500, color: '#344054' }), H(auto('Frame'), { w: 'fill', h: 44, pad: [0, 14, 0, 14], align: 'CENTER', r: 8, stroke: '#D0D5DD' }, [T(ph, { size: 16, color: '#98A2B3' })])]);
const nav = () => H('Nav', { w: 1440, h: 80, pad: [0, 80, 0, 80], justify: 'SPACE_BETWEEN', align: 'CENTER', stroke: LINEC }, [
  logoMark(),
  H(auto('Frame'), { gap: 36, align: 'CENTER', h: 44 }, [T('How it works', { size: 15, weight: 500 }), T('Pricing', { size: 15, weight: 500, go: 'pricing' }), T('Customers', { size: 15, weight: 500 }), T('Log in', { size: 15, weight: 500 }), btnF('Get funded', { bg: GREEN, fg: '#FFFFFF', go: 'signup' })]),
]);
const desk = (name, ref, children, h = 960, bg = '#FFFFFF') => F(name, { ref, w: 1440, h, fill: bg, clip: true }, children);

// ---- landing (marketing) ----
const brandLogo = (k) => R(auto('Rectangle'), { w: 140, h: 40, fills: [img(k)] });
const feature = (t, b) => V(auto('Frame'), { w: 400, gap: 12 }, [E(auto('Ellipse'), { w: 48, h: 48, fill: MINT }), T(t, { size: 22, weight: 600, w: 'fill' }), T(b, { size: 16, color: MUTED, w: 'fill' })]);
const landing = desk('Home — marketing', 'land', [
  nav(),
  H('Hero', { x: 0, y: 80, w: 1440, h: 640, pad: [80, 80, 80, 80], gap: 64, align: 'CENTER', fill: '#F6FBF8' }, [
    V(auto('Frame'), { w: 600, gap: 24 }, [
      T('INVENTORY FINANCING FOR DTC BRANDS', { size: 13, weight: 600, color: GREEN }),
      T('Fund your next PO without giving up equity', { size: 56, weight: 700, w: 'fill' }),
      T('Credit lines up to $2M, sized on your real sales. Repay as you sell through.', { size: 20, color: MUTED, w: 'fill' }),
      H(auto('Frame'), { gap: 12, align: 'CENTER' }, [btnL('Check your offer', { go: 'signup', hover: 'actHover' }), btnF('Book a demo')]),
      T('Checking your offer won\'t affect your credit score.', { size: 13, color: MUTED }),
    ]),
    R('hero image', { w: 616, h: 480, r: 24, fills: [img('a91f3c0e7b2d4f6a8c1e5b9d3f7a2c4e6b8d0f13')] }),
  ]),
  V('Logos', { x: 0, y: 720, w: 1440, h: 200, pad: [48, 80, 48, 80], gap: 28, align: 'CENTER' }, [
    T('Trusted by 1,200+ DTC brands', { size: 16, weight: 600, color: MUTED }),
    H(auto('Frame'), { gap: 56, align: 'CENTER' }, ['0c1d', '1e2f', '2a3b', '3c4d', '4e5f', '5a6b'].map((k) => brandLogo(`${k}9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d`))),
  ]),
  H('Features', { x: 0, y: 920, w: 1440, h: 420, pad: [80, 80, 80, 80], gap: 40 }, [
    feature('Funding in 48 hours', 'Link your store, get an offer, draw funds. No pitch deck.'),
    feature('Repay from sales', 'A fixed share of daily payouts. Slow month, smaller payment.'),
    feature('One flat fee', 'No compounding interest, no warrants, no surprises.'),
  ]),
  H('Testimonial', { x: 0, y: 1340, w: 1440, h: 420, pad: [80, 160, 80, 160], gap: 48, align: 'CENTER', fill: INK }, [
    E('avatar', { w: 120, h: 120, fills: [img('7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d')] }),
    V(auto('Frame'), { w: 'fill', gap: 20 }, [
      T('“Stockline funded our Q4 production run in 48 hours. We’d sold through before the first repayment even landed.”', { size: 30, weight: 500, color: '#FFFFFF', w: 'fill' }),
      T('Maya Chen, Co-founder & CEO, Kindred Candle Co.', { size: 16, color: '#98A2B3' }),
    ]),
  ]),
  V('FAQ teaser', { x: 0, y: 1760, w: 1440, h: 440, pad: [80, 240, 80, 240], gap: 20 }, [
    T('Common questions', { size: 36, weight: 700 }),
    T('How much can I get?\nWhat does it cost?\nDo you need my personal guarantee?', { size: 18, w: 'fill' }),
    btnG('Get started', 180, { bg: GREEN, go: 'signup' }),
  ]),
  H('Footer', { x: 0, y: 2200, w: 1440, h: 200, pad: [48, 80, 48, 80], gap: 40, fill: '#F9FAFB' }, [
    logoMark(), T('Terms', { size: 14, color: MUTED, go: 'terms' }), T('Privacy', { size: 14, color: MUTED }), T('Careers', { size: 14, color: MUTED }), T('Press', { size: 14, color: MUTED }),
    T('Stockline Capital LLC. Loans made or arranged pursuant to a California Financing Law license.', { size: 12, color: MUTED, w: 560 }),
  ]),
], 2400);

const stepper = (n) => H('Stepper', { gap: 12, align: 'CENTER', h: 28 }, [
  G(auto('Group'), { w: 240, h: 6 }, [R(auto('Rectangle'), { x: 0, y: 0, w: 240, h: 6, r: 3, fill: '#F2F4F7' }), R(auto('Rectangle'), { x: 0, y: 0, w: 60 * (n + 1), h: 6, r: 3, fill: GREEN })]),
  T(['Account', 'Business', 'Funding', 'Sales data', 'Offer'][n], { size: 14, weight: 600 }),
]);
const appHeader = (n) => H('Header', { w: 1440, h: 72, pad: [0, 48, 0, 48], justify: 'SPACE_BETWEEN', align: 'CENTER', stroke: LINEC }, [logoMark(), stepper(n), T('Save and exit', { size: 14, color: MUTED })]);
const formPage = (name, ref, n, body) => desk(name, ref, [appHeader(n), V(auto('Frame'), { x: 440, y: 152, w: 560, gap: 24 }, body)]);

const signup = desk('Sign up', 'signup', [
  V(auto('Frame'), { x: 0, y: 0, w: 720, h: 960, pad: [64, 120, 64, 120], gap: 24 }, [
    logoMark(),
    T('Create your account', { size: 36, weight: 700 }),
    T('Takes 2 minutes. No credit check to see your offer.', { size: 16, color: MUTED, w: 'fill' }),
    H(auto('Frame'), { w: 'fill', gap: 16 }, [field('First name', 'Maya'), field('Last name', 'Chen')]),
    field('Work email', 'you@brand.com'),
    field('Password', 'At least 10 characters'),
    btnL('Create account', { w: 'fill', go: 'brand' }),
    H(auto('Frame'), { gap: 4 }, [T('By creating an account you agree to our', { size: 13, color: MUTED }), T('Terms of Service', { size: 13, color: GREEN, deco: 'UNDERLINE', go: 'terms' })]),
  ]),
  V(auto('Frame'), { x: 720, y: 0, w: 720, h: 960, pad: [200, 96, 96, 96], gap: 24, fill: '#F6FBF8' }, [
    R(auto('Rectangle'), { w: 'fill', h: 300, r: 16, fills: [img('2b4d6f8a0c1e3f5a7b9d1c3e5f7a9b0d2c4e6f81')] }),
    T('$410M funded for 1,200+ brands since 2021', { size: 24, weight: 600, w: 'fill' }),
  ]),
]);

const box = (l) => H(auto('Frame'), { gap: 10, align: 'CENTER', h: 24 }, [R(auto('Rectangle'), { w: 20, h: 20, r: 4, stroke: '#D0D5DD' }), T(l, { size: 15 })]);
const brand = formPage('About your brand', 'brand', 1, [
  T('Tell us about your brand', { size: 32, weight: 700 }),
  field('Legal business name', 'e.g. Kindred Candle Co. LLC'),
  H(auto('Frame'), { w: 'fill', gap: 16 }, [field('EIN', '12-3456789'), field('Annual revenue', '$')]),
  field('Website', 'https://'),
  T('Where do you sell?', { size: 16, weight: 600 }),
  H(auto('Frame'), { gap: 28 }, [box('Own store'), box('Marketplaces'), box('Wholesale'), box('Retail')]),
  btnL('Continue', { w: 'fill', go: 'amount' }),
]);

const amount = formPage('Funding amount', 'amount', 2, [
  T('How much inventory do you need to fund?', { size: 32, weight: 700, w: 'fill' }),
  T('$150,000', { size: 48, weight: 700, color: GREEN }),
  G('Slider', { w: 560, h: 24 }, [R(auto('Rectangle'), { x: 0, y: 10, w: 560, h: 4, r: 2, fill: '#EAECF0' }), R(auto('Rectangle'), { x: 0, y: 10, w: 200, h: 4, r: 2, fill: GREEN }), E('Knob', { x: 190, y: 2, w: 20, h: 20, fill: '#FFFFFF', stroke: GREEN })]),
  H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN' }, [T('$25K', { size: 13, color: MUTED }), T('$2M', { size: 13, color: MUTED })]),
  T('What\'s it for?', { size: 16, weight: 600 }),
  H(auto('Frame'), { gap: 28 }, [box('Production run'), box('Ad spend'), box('Freight')]),
  btnL('Continue', { w: 'fill', go: 'hub' }),
]);

// ---- integrations hub ----
const badge = (txt, kind) => I(kind === 'ok' ? 'badgeOk' : 'badgePending', auto('Badge'), { h: 24, pad: [0, 10, 0, 10], r: 12, fill: kind === 'ok' ? MINT : '#FEF0C7', layout: 'HORIZONTAL', align: 'CENTER' }, [T(txt, { size: 12, weight: 600, color: kind === 'ok' ? GREEN : '#B54708' })]);
const card = (name, k, state, p = {}) => I('intCard', auto('Integration card'), { w: 258, h: 76, pad: [0, 16, 0, 16], gap: 12, r: 12, stroke: state === 'ok' ? GREEN : LINEC, layout: 'HORIZONTAL', align: 'CENTER', ...p }, [
  R(auto('Rectangle'), { w: 40, h: 40, r: 8, fills: [img(k)] }),
  T(name, { size: 15, weight: 600, w: 'fill' }),
  state === 'ok' ? badge('Connected ✓', 'ok') : state === 'pending' ? badge('Awaiting authorization', 'p') : T('Connect', { size: 14, weight: 600, color: GREEN }),
]);
const group = (title, cards) => V(auto('Frame'), { w: 'fill', gap: 12 }, [T(title, { size: 20, weight: 600 }), H(auto('Frame'), { gap: 16 }, cards)]);
const hubBody = (after) => [
  appHeader(3),
  H(auto('Frame'), { x: 0, y: 72, w: 1440, h: after ? 1028 : 1068, pad: [48, 80, 48, 80], gap: 48 }, [
    V('Left', { w: 420, gap: 20 }, [
      T(after ? 'Nice — Shopify is in' : 'Link your sales channels to unlock your offer', { size: 34, weight: 700, w: 'fill' }),
      T('Connected brands get a bigger, faster offer. Most see terms within 24 hours.', { size: 17, w: 'fill' }),
      T('We look at order history, payouts and refunds to size your credit line. Read-only — we never post to your store or change a listing.', { size: 15, color: MUTED, w: 'fill' }),
      V('Application strength', { w: 'fill', gap: 8, pad: 16, r: 12, fill: '#F9FAFB' }, [
        H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN' }, [T('Application strength', { size: 14, weight: 600 }), T(after ? 'Good' : 'Fair', { size: 14, weight: 600, color: GREEN })]),
        H(auto('Frame'), { w: 'fill', gap: 4 }, [0, 1, 2, 3].map((i) => R(auto('Rectangle'), { w: 93, h: 8, r: 4, fill: i < (after ? 2 : 1) ? GREEN : '#EAECF0' }))),
        T('Each source you add strengthens your offer.', { size: 13, color: MUTED }),
      ]),
      ...(after ? [btnL('See my offer', { w: 'fill', go: 'offer' })] : [btnL('Connect your store', { w: 'fill', on: [{ nav: 'OVERLAY', to: 'shopify' }] })]),
      link('Why do we ask for this? Read the FAQ', { size: 14, deco: 'UNDERLINE', on: [{ type: 'URL', url: 'https://stocklinecapital.com/faq/data' }] }),
      link('Want an NDA first? We\'ll countersign a mutual NDA →', { size: 14, on: [{ type: 'URL', url: 'https://stocklinecapital.com/mnda' }] }),
    ]),
    V('Right', { w: 'fill', gap: 28 }, [
      H('search', { w: 'fill', h: 48, pad: [0, 16, 0, 16], gap: 10, r: 10, stroke: '#D0D5DD', align: 'CENTER' }, [VEC('magnifier', { w: 18, h: 18, stroke: MUTED }), T('Search 40+ integrations\u200b', { size: 16, color: '#98A2B3' })]),
      group('Sales channels', [
        card('Shopify', 'f1e2d3c4b5a6978869504132a1b2c3d4e5f6a7b8', after ? 'ok' : null, after ? {} : { on: [{ nav: 'OVERLAY', to: 'shopify' }] }),
        card('Amazon Seller Central', 'a8b7c6d5e4f3021324354657687980a1b2c3d4e5', after ? 'pending' : null),
        card('Walmart Marketplace', 'c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2', null),
      ]),
      group('Payments', [card('Stripe', 'd4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5', null), card('PayPal Business', 'e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4', null)]),
      group('Accounting', [card('QuickBooks Online', 'b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7', null), card('Xero', '09f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0', null), card('Oracle NetSuite', '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b', null)]),
      ...(after ? [link('+ Add another Shopify store', { on: [{ nav: 'OVERLAY', to: 'shopify' }] })] : []),
      H(auto('Frame'), { w: 'fill', gap: 32 }, [
        link('Don\'t see your platform? Upload P&L and sales reports instead', { size: 14, go: 'docs' }),
      ]),
      H(auto('Frame'), { w: 'fill', gap: 32 }, [
        link('Step-by-step: connecting Amazon Seller Central', { size: 14, color: INK, deco: 'UNDERLINE', on: [{ type: 'URL', url: 'https://help.stocklinecapital.com/amazon-seller-central' }] }),
        link('Save and finish later', { size: 14, color: MUTED, on: [{ type: 'URL', url: 'https://app.stocklinecapital.com/logout?resume=1' }] }),
        link('Send to your finance lead', { size: 14, color: MUTED, on: [{ nav: 'OVERLAY', to: 'share' }] }),
      ]),
      G(auto('Group'), { visible: false, w: 400, h: 20 }, [T('Questions? Call (888) 555-0142 or email funding@stocklinecapital.com', { x: 0, y: 0, size: 13, color: MUTED })]),
    ]),
  ]),
];
const hub = desk('Connect data', 'hub', hubBody(false), 1140);
const hub2 = desk('Connect data — Shopify connected', 'hub2', hubBody(true), 1100);

const shopify = F('Modal / Shopify', { ref: 'shopify', w: 1440, h: 1024, fill: '#101828', fillOpacity: 0.6 }, [
  V(auto('Frame'), { x: 480, y: 150, w: 480, pad: 32, gap: 18, r: 16, fill: '#FFFFFF', shadow: true }, [
    H(auto('Frame'), { gap: 12, align: 'CENTER' }, [R(auto('Rectangle'), { w: 48, h: 48, r: 10, fills: [img('f1e2d3c4b5a6978869504132a1b2c3d4e5f6a7b8')] }), T('Connect Shopify', { size: 24, weight: 700 })]),
    T('You\'ll be redirected to Shopify to sign in and approve read-only access. Once approved, you\'ll land back here automatically.', { size: 15, w: 'fill' }),
    V(auto('Frame'), { w: 'fill', gap: 6, pad: 14, r: 10, fill: '#F9FAFB' }, [
      T('Stockline will see', { size: 14, weight: 600 }),
      T('Orders and refunds · Payouts · Products and inventory levels', { size: 14, color: '#344054', w: 'fill' }),
    ]),
    field('Store URL', 'yourstore.myshopify.com'),
    H(auto('Frame'), { gap: 8, align: 'CENTER' }, [VEC('lock', { w: 14, h: 16, fill: GREEN }), T('Secured with 256-bit encryption. Over 1,200 brands have linked their stores.', { size: 13, color: MUTED, w: 380 })]),
    btnL('Continue to Shopify', { w: 'fill', go: 'hub2' }),
    H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [
      link('Cancel', { size: 14, color: MUTED, on: [{ type: 'CLOSE' }] }),
      H(auto('Frame'), { gap: 6, align: 'CENTER' }, [T('Powered by', { size: 12, color: MUTED }), VEC('Tessel wordmark', { w: 52, h: 14, fill: INK })]),
    ]),
  ]),
]);

const share = F('Modal / Share', { ref: 'share', w: 1440, h: 1024, fill: '#101828', fillOpacity: 0.6 }, [
  V(auto('Frame'), { x: 500, y: 260, w: 440, pad: 32, gap: 18, r: 16, fill: '#FFFFFF' }, [
    T('Hand this step off', { size: 24, weight: 700 }),
    T('We\'ll email your finance lead a secure link to connect payments and accounting. Your progress is saved.', { size: 15, color: MUTED, w: 'fill' }),
    field('Their email', 'name@brand.com'),
    btnL('Send invite', { w: 'fill', on: [{ type: 'CLOSE' }] }),
  ]),
]);

const offer = desk('Offer', 'offer', [
  appHeader(4),
  V(auto('Frame'), { x: 360, y: 140, w: 720, gap: 24 }, [
    T('You\'re pre-approved for up to', { size: 22, color: MUTED }),
    T('$240,000', { size: 72, weight: 700, color: GREEN }),
    H(auto('Frame'), { gap: 40 }, [T('6% flat fee', { size: 18, weight: 600 }), T('Repay from 12% of daily payouts', { size: 18, weight: 600 })]),
    H(auto('Frame'), { w: 'fill', pad: 20, gap: 16, r: 12, fill: '#FFFAEB', align: 'CENTER' }, [
      VEC('Vector', { w: 24, h: 24, fill: '#B54708' }),
      T('Finish authorizing Amazon Seller Central to raise your limit by up to $90,000.', { size: 15, w: 'fill' }),
      btnF('Finish on Amazon', { go: 'hub2' }),
    ]),
    btnL('Accept offer', { go: 'dash' }),
  ]),
]);

const side = (active) => V('Sidebar', { x: 0, y: 0, w: 248, h: 960, pad: [24, 16, 24, 16], gap: 6, fill: '#F9FAFB', stroke: LINEC }, [
  logoMark(), R(auto('Rectangle'), { w: 'fill', h: 24 }),
  ...[['Overview', 'dash'], ['Draws'], ['Repayments'], ['Integrations', 'integrations'], ['Documents'], ['Settings']].map(([l, to]) => H(auto('Frame'), { w: 'fill', h: 40, pad: [0, 12, 0, 12], gap: 10, r: 6, align: 'CENTER', fill: l === active ? '#ECFDF3' : undefined, ...(to && l !== active ? { go: to } : {}) }, [VEC('icon', { w: 18, h: 18, fill: l === active ? GREEN : MUTED }), T(l, { size: 15, weight: l === active ? 600 : 400, color: l === active ? GREEN : '#344054' })])),
]);
const dash = desk('Overview', 'dash', [
  side('Overview'),
  V(auto('Frame'), { x: 248, y: 0, w: 1192, pad: [40, 48, 40, 48], gap: 28 }, [
    T('Overview', { size: 30, weight: 700 }),
    H(auto('Frame'), { w: 'fill', gap: 24 }, [
      V(auto('Frame'), { w: 'fill', pad: 24, gap: 8, r: 12, stroke: LINEC }, [T('Available to draw', { size: 14, color: MUTED }), T('$240,000', { size: 32, weight: 700 })]),
      V(auto('Frame'), { w: 'fill', pad: 24, gap: 8, r: 12, stroke: LINEC }, [T('Outstanding', { size: 14, color: MUTED }), T('$0', { size: 32, weight: 700 })]),
      V(auto('Frame'), { w: 'fill', pad: 24, gap: 8, r: 12, stroke: LINEC }, [T('Next payment', { size: 14, color: MUTED }), T('—', { size: 32, weight: 700 })]),
    ]),
    V('Sell-through', { w: 'fill', h: 380, pad: 24, gap: 16, r: 12, stroke: LINEC }, [
      T('Sell-through by SKU', { size: 20, weight: 600 }),
      V(auto('Frame'), { w: 'fill', h: 260, gap: 14, align: 'CENTER', justify: 'CENTER', fill: '#F9FAFB', r: 8 }, [
        T('Connect Amazon Seller Central to see how fast each SKU is selling across channels.', { size: 16, color: MUTED, w: 460, talign: 'CENTER' }),
        btnF('Connect Amazon', { bg: GREEN, fg: '#FFFFFF', go: 'hub2' }),
      ]),
    ]),
  ]),
]);

const th = (l, w) => T(l, { size: 12, weight: 600, color: MUTED, w });
const td = (l, w, p = {}) => T(l, { size: 14, w, ...p });
const trow = (cells) => H(auto('Frame'), { w: 'fill', h: 64, pad: [0, 16, 0, 16], gap: 16, align: 'CENTER', stroke: LINEC }, cells);
const integrations = desk('Settings / Integrations', 'integrations', [
  side('Integrations'),
  V(auto('Frame'), { x: 248, y: 0, w: 1192, pad: [40, 48, 40, 48], gap: 24 }, [
    H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [T('Integrations', { size: 30, weight: 700 }), btnF('Add integration', { go: 'hub2' })]),
    V('Table', { w: 'fill', r: 12, stroke: LINEC }, [
      trow([th('PLATFORM', 260), th('ACCOUNT', 240), th('CONNECTED', 150), th('LAST SYNC', 200), th('', 120)]),
      trow([td('Shopify', 260, { weight: 600 }), td('kindredcandle.myshopify.com', 240), td('Mar 3, 2025', 150), td('Today, 9:02 AM', 200), link('Remove', { size: 14, color: '#B42318', on: [{ nav: 'OVERLAY', to: 'remove' }] })]),
      trow([td('Stripe', 260, { weight: 600 }), td('acct_••••7QxM · USD', 240), td('Mar 3, 2025', 150), td('Today, 8:47 AM', 200), link('Remove', { size: 14, color: '#B42318' })]),
      trow([td('Amazon Seller Central', 260, { weight: 600 }), td('—', 240), badge('Awaiting authorization', 'p'), td('—', 200), link('Resume', { size: 14, go: 'hub2' })]),
    ]),
  ]),
]);

const remove = F('Modal / Remove', { ref: 'remove', w: 1440, h: 960, fill: '#101828', fillOpacity: 0.6 }, [
  V(auto('Frame'), { x: 520, y: 300, w: 400, pad: 28, gap: 16, r: 16, fill: '#FFFFFF' }, [
    T('Remove Shopify?', { size: 22, weight: 700 }),
    T('Stockline loses access to your store data. This can lower your available credit.', { size: 15, color: MUTED, w: 'fill' }),
    H(auto('Frame'), { w: 'fill', gap: 12, justify: 'MAX' }, [btnF('Cancel', { on: [{ type: 'CLOSE' }] }), btnF('Remove integration', { bg: '#B42318', fg: '#FFFFFF', on: [{ type: 'CLOSE' }] })]),
  ]),
]);

const docs = desk('Upload reports', 'docs', [
  appHeader(3),
  V(auto('Frame'), { x: 400, y: 150, w: 640, gap: 20 }, [
    link('← Back to integrations', { size: 14, on: [{ type: 'BACK' }] }),
    T('Upload your reports', { size: 32, weight: 700 }),
    T('Last 12 months of P&L plus monthly sales by channel. CSV, XLSX or PDF.', { size: 16, color: MUTED, w: 'fill' }),
    V(auto('Frame'), { w: 'fill', h: 220, r: 12, stroke: '#D0D5DD', align: 'CENTER', justify: 'CENTER', gap: 10 }, [VEC('upload-cloud', { w: 40, h: 40, fill: MUTED }), T('Drag files here or browse', { size: 16, weight: 600 })]),
  ]),
]);

const tier = (n, p, b) => V(auto('Frame'), { w: 360, pad: 32, gap: 14, r: 16, stroke: LINEC }, [T(n, { size: 20, weight: 600 }), T(p, { size: 40, weight: 700 }), T(b, { size: 15, color: MUTED, w: 'fill' })]);
const pricing = desk('Pricing', 'pricing', [
  H('Nav', { x: 0, y: 0, w: 1440, h: 80, pad: [0, 80, 0, 80], align: 'CENTER', stroke: LINEC }, [logoMark()]),
  V(auto('Frame'), { x: 0, y: 80, w: 1440, pad: [80, 120, 80, 120], gap: 40, align: 'CENTER' }, [
    T('Simple, flat fees', { size: 48, weight: 700 }),
    H(auto('Frame'), { gap: 24 }, [tier('Starter', '6%', 'Up to $250K. Repay from 12% of payouts.'), tier('Growth', '5%', '$250K–$1M. Dedicated analyst.'), tier('Scale', 'Custom', '$1M+. Multi-entity, wholesale receivables.')]),
    btnF('Contact sales'),
  ]),
]);

const terms = desk('Terms of Service', 'terms', [
  V(auto('Frame'), { x: 320, y: 80, w: 800, gap: 20 }, [
    T('Terms of Service', { size: 40, weight: 700 }),
    T('Last updated January 14, 2025', { size: 14, color: MUTED }),
    T('1. Eligibility. You must be a U.S. business with at least 12 months of sales history…\n2. Offers. Offers are estimates until final underwriting…\n3. Repayment. A fixed percentage of each payout is remitted until the total fee and principal are repaid…\n4. Governing law. Delaware.', { size: 16, w: 'fill' }),
  ]),
]);

const email = F('Email — welcome', { ref: 'email', w: 640, h: 900, fill: '#F2F4F7' }, [
  V(auto('Frame'), { x: 40, y: 40, w: 560, pad: 40, gap: 20, r: 12, fill: '#FFFFFF' }, [
    logoMark(),
    T('Welcome to Stockline, Maya', { size: 26, weight: 700 }),
    T('Your application is saved. Pick it up whenever you\'re ready — it takes about 10 minutes.', { size: 16, w: 'fill' }),
    btnF('Resume application', { bg: GREEN, fg: '#FFFFFF', on: [{ type: 'URL', url: 'https://app.stocklinecapital.com/apply' }] }),
    T('If you didn\'t sign up, ignore this email.', { size: 13, color: MUTED, w: 'fill' }),
    H(auto('Frame'), { gap: 16 }, [VEC('LinkedIn', { w: 20, h: 20, fill: MUTED }), VEC('Instagram', { w: 20, h: 20, fill: MUTED })]),
  ]),
]);

const lay = (frames, x0, y0, gap = 200) => { let x = x0; return frames.map((f) => { f.x = x; f.y = y0; x += f.w + gap; return f; }); };
const flowPage = {
  name: 'Flow — funding application', prefix: '208', first: 11,
  starts: [{ ref: 'land', name: 'Marketing → application' }],
  children: [
    ...lay([landing, pricing, terms], 0, 0),
    S('Application', { x: 0, y: 2600, w: 1640 * 6 + 200, h: 1400 }, lay([signup, brand, amount, hub, shopify], 100, 100)),
    S('Post-connect', { x: 0, y: 4200, w: 1640 * 7 + 200, h: 1300 }, lay([hub2, share, offer, dash, integrations, remove, docs], 100, 100)),
    S('Lifecycle email', { x: 0, y: 5700, w: 840, h: 1100 }, lay([email], 100, 100)),
  ],
};
const coverPage = {
  name: 'Cover', prefix: '1', first: 2,
  children: [F('Thumbnail', { x: 0, y: 0, w: 1920, h: 960, fill: GREEN }, [T('Stockline — Application flow 2025', { x: 120, y: 400, size: 72, weight: 700, color: '#FFFFFF' }), T('Design review: Mar 19', { x: 120, y: 520, size: 28, color: MINT })])],
};
const compPage = {
  name: 'Components', prefix: '96', first: 40,
  children: [
    CS('Comp / Action / Large', { x: 0, y: 0, w: 520, h: 200, stroke: '#9747FF' }, [
      C('State=Default', { ref: 'actDefault', x: 20, y: 20, w: 240, h: 52, r: 8, fill: GREEN, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Button', { size: 17, weight: 600, color: '#FFFFFF' })]),
      C('State=Hover', { ref: 'actHover', x: 20, y: 100, w: 240, h: 52, r: 8, fill: '#085A40', layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Button', { size: 17, weight: 600, color: '#FFFFFF' })]),
    ]),
    CS('Badge', { x: 600, y: 0, w: 300, h: 120, stroke: '#9747FF' }, [
      C('Status=Connected', { ref: 'badgeOk', x: 20, y: 20, w: 110, h: 24, r: 12, fill: MINT, layout: 'HORIZONTAL', align: 'CENTER', pad: [0, 10, 0, 10] }, [T('Text', { size: 12, weight: 600, color: GREEN })]),
      C('Status=Pending', { ref: 'badgePending', x: 20, y: 70, w: 110, h: 24, r: 12, fill: '#FEF0C7', layout: 'HORIZONTAL', align: 'CENTER', pad: [0, 10, 0, 10] }, [T('Text', { size: 12, weight: 600, color: '#B54708' })]),
    ]),
    C('Integration card', { ref: 'intCard', x: 1000, y: 0, w: 296, h: 76, r: 12, stroke: LINEC, layout: 'HORIZONTAL', align: 'CENTER', gap: 12, pad: [0, 16, 0, 16] }, [R('logo', { w: 40, h: 40, r: 8, fill: '#EAECF0' }), T('Name', { size: 15, weight: 600 })]),
  ],
};
const archivePage = {
  name: '🗄 Archive', prefix: '412', first: 7,
  children: [F('Old hub (Jan)', { x: 0, y: 0, w: 1440, h: 900, fill: '#FFFFFF' }, [
    T('Connect your accounts', { x: 80, y: 80, size: 34, weight: 700 }),
    T('Shopify · Amazon · Stripe · QuickBooks', { x: 80, y: 140, size: 18, color: MUTED }),
  ])],
};

const { file, refs } = build({ name: 'Stockline — Funding application (desktop)', lastModified: '2025-03-19T16:05:44Z', version: '6120933401', pages: [coverPage, flowPage, compPage, archivePage] });

const truth = {
  file: BASE + '.json', kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Stockline, inventory financing for US direct-to-consumer brands (desktop, 1440 wide). A long marketing home page with logos, a testimonial and FAQ teaser, then sign-up, brand details, funding amount, an integrations hub (sales channels, payments, accounting; search; strength meter), a Shopify pre-redirect modal, a hand-off modal, the hub after Shopify connects, an offer, an overview with an empty sell-through chart, an integrations table with Remove, an upload fallback, pricing and terms pages, and a welcome email.',
  present: ['funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'The only email is a welcome email whose button resumes the application; no call to connect and no step list.',
    'funnel.three-actions': 'Landing → sign up → brand details → amount → integrations hub: 4 steps.',
    'funnel.cta-visible': '"Connect your store" is the main button on the hub; Integrations is a permanent sidebar entry.',
    'funnel.social-proof': 'Landing testimonial from the co-founder of Kindred Candle Co.',
    'funnel.prefill': 'Brand details are typed in before any connection; nothing is shown prefilled.',
    'value.three-part': 'Hub: bigger, faster offer (value); order history, payouts and refunds used to size the line (data use); one "Connect your store" button.',
    'value.contextual-ctas': 'Overview sell-through chart empty state "Connect Amazon"; offer screen asks to finish Amazon to raise the limit.',
    'value.faq-link': '"Why do we ask for this? Read the FAQ" under the hub message.',
    'value.progress-meter': 'Application strength meter that fills as sources are added.',
    'privacy.data-scope': 'Modal lists what Stockline will see from Shopify; hub says read-only, never posts to the store.',
    'privacy.trust-language': '"Secured with 256-bit encryption"; read-only wording.',
    'privacy.consent-action': 'No checkbox or explicit consent step before Continue to Shopify.',
    'privacy.disconnect-anytime': 'Nothing tells the user they can disconnect later; Remove exists only in settings.',
    'privacy.connection-guide': '"Step-by-step: connecting Amazon Seller Central" help link.',
    'privacy.statistics': '"Over 1,200 brands have linked their stores" next to the encryption line; "$410M funded for 1,200+ brands".',
    'privacy.support-contacts': 'No phone, email or chat in the flow; the only contact line is hidden; "Contact sales" sits on the pricing page.',
    'privacy.powered-by': '"Powered by" with a provider wordmark in the Shopify modal.',
    'privacy.mutual-nda': '"Want an NDA first? We\'ll countersign a mutual NDA".',
    'platform.explain-redirect': '"You\'ll be redirected to Shopify to sign in and approve read-only access… you\'ll land back here".',
    'platform.grouped-categories': 'Sales channels, Payments and Accounting headings over card rows.',
    'platform.accurate-branding': 'Amazon Seller Central, QuickBooks Online, Oracle NetSuite, Walmart Marketplace, PayPal Business with logos.',
    'platform.search': '"Search 40+ integrations" field above the cards.',
    'platform.alternatives': '"Don\'t see your platform? Upload P&L and sales reports instead" → upload screen.',
    'platform.non-linear': '"Save and finish later" and "Send to your finance lead".',
    'platform.multiple-connections': 'After Shopify: Connected ✓ badge, Amazon "Awaiting authorization", "+ Add another Shopify store".',
    'connection.view-live': 'Integrations table with platform, account (with currency), connected date and last sync.',
    'connection.delete': '"Remove" per row with a "Remove integration" confirmation.',
    'connection.refresh': 'No refresh or sync-now control.',
    'connection.syncing-indicator': 'No syncing state shown.',
  },
  flow: { startFrameId: refs.land, connectFrameId: refs.hub, stepsToConnect: 4, deadEnds: [refs.pricing, refs.terms].sort() },
};
write(OUT, BASE, file, truth);

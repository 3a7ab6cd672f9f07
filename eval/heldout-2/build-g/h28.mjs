// h28: returns management for online shops, desktop 1440, store platform + accounting, modal picker, UK spelling.
import { createDoc, solid, image, write, WRITTEN_BY } from './lib.mjs';

const d = createDoc('Returnly – Merchant onboarding (UK)', { lastModified: '2026-03-09T13:05:51Z', version: '4120098876' });
const W = 1440;
const H = 900;
const INK = '#1D1B2F';
const MUTED = '#67657A';
const PURPLE = '#5B3DF5';

// ---------- Cover ----------
d.canvas('📘 Cover').children.push(d.frame('Cover', { w: 1920, h: 960, fills: solid('#F1EEFF') }, [
  d.text('Returnly', { x: 120, y: 340, size: 110, weight: 800, color: PURPLE }),
  d.text('Merchant onboarding · Q1 · owner: Growth squad', { x: 124, y: 500, size: 30, color: INK }),
]));

// ---------- Components ----------
const comps = d.canvas('Components');
const bDef = d.component('Type=Primary, State=Default', { w: 200, h: 44, fills: solid(PURPLE), cornerRadius: 8 }, [d.text('Label', { x: 16, y: 12, w: 168, size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const bHover = d.component('Type=Primary, State=Hover', { x: 240, w: 200, h: 44, fills: solid('#4327D9'), cornerRadius: 8 }, [d.text('Label', { x: 16, y: 12, w: 168, size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
d.link(bDef, bHover, 'CHANGE_TO', 'ON_HOVER');
const bSet = d.componentSet('Button', { x: 40, y: 40, w: 480, h: 84 }, [bDef, bHover]);
const platformTile = d.component('platform tile', { x: 40, y: 180, w: 220, h: 72, cornerRadius: 10, strokes: solid('#E3E1EE'), strokeWeight: 1, fills: solid('#FFFFFF') }, [
  d.rect('logo', { x: 14, y: 18, w: 36, h: 36, cornerRadius: 8, fills: image('00aa11bb22cc33dd44ee') }),
  d.text('Platform', { x: 62, y: 26, size: 14, weight: 600, color: INK }),
]);
comps.children.push(bSet, platformTile);

// ---------- Flow ----------
const flow = d.canvas('Flow — merchant');
const names = ['01 Sign up', '02 About your shop', '03 Plan', '04 Branding', '05 Home', '06 Add platforms (modal)', '07 Shopify – install', '08 Home – 1 connected', '09 Returns policy', '10 Insights', '11 Settings – Integrations', 'Pricing', 'Email – Welcome'];
const S = names.map((n) => d.frame(n, { w: W, h: H, fills: solid('#FFFFFF'), clipsContent: true }));
const [signup, about, plan, branding, home, modal, shopify, home2, policy, insights, settings, pricing, email] = S;

const btn = (label, w = 200) => d.instance(bDef, 'Button', { w, h: 44, fills: solid(PURPLE), cornerRadius: 8 }, [d.text(label, { x: 16, y: 12, w: w - 32, size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const field = (label, value, hint) => d.col('Field', [
  d.text(label, { size: 13, weight: 600, color: INK }),
  d.frame('Input', { w: 420, h: 44, cornerRadius: 8, strokes: solid('#D6D3E3'), strokeWeight: 1, fills: solid('#FFFFFF') }, [d.text(value, { x: 14, y: 12, size: 15, color: value.startsWith('e.g.') ? '#A09EB2' : INK })]),
  ...(hint ? [hint] : []),
], { gap: 6 });
const nav = (active) => {
  const items = ['Home', 'Returns', 'Exchanges', 'Insights', 'Integrations', 'Settings'];
  const dests = { Home: home2, Insights: insights, Integrations: settings };
  const kids = items.map((it) => {
    const r = d.row('Frame 7', [d.vector('Vector', { w: 18, h: 18, fills: solid(it === active ? PURPLE : '#8B89A0') }), d.text(it, { size: 14, weight: it === active ? 600 : 400, color: it === active ? PURPLE : INK })], { gap: 10, pad: 10, w: 216, cornerRadius: 8, fills: it === active ? solid('#F1EEFF') : [] });
    if (dests[it] && it !== active) d.link(r, dests[it]);
    return r;
  });
  return d.frame('Side nav', { w: 248, h: H, fills: solid('#FAFAFD'), strokes: solid('#ECEAF3'), strokeWeight: 1 }, [
    d.text('returnly', { x: 24, y: 24, size: 22, weight: 800, color: PURPLE }),
    d.at(d.col('Auto layout', kids, { gap: 4 }), 16, 88),
  ]);
};
const next = (to, label = 'Continue') => { const b = btn(label); d.link(b, to); return b; };

// 01 Sign up
const create = d.frame('Frame 3', { w: 420, h: 48, cornerRadius: 8, fills: solid(PURPLE) }, [d.text('Create account', { x: 150, y: 14, size: 15, weight: 600, color: '#FFFFFF' })]);
d.link(create, about);
const pricingLink = d.text('Pricing', { size: 14, color: INK, deco: 'UNDERLINE' });
d.link(pricingLink, pricing);
signup.children.push(
  d.row('Top bar', [d.text('returnly', { size: 22, weight: 800, color: PURPLE, w: 1180 }), pricingLink, d.text('Log in', { size: 14, color: INK })], { x: 0, y: 0, w: W, h: 72, gap: 32, pad: 24 }),
  d.at(d.col('Auto layout', [
    d.text('Returns your customers\nwon\'t moan about.', { size: 40, weight: 700, color: INK }),
    d.text('14-day free trial. No card needed, cancel anytime.', { size: 16, color: MUTED }),
    field('Work email', 'e.g. priya@hollowandco.co.uk'),
    field('Password', '••••••••'),
    create,
    d.col('Quote', [d.text('“Returns went from 3 days of admin a week to none.”', { size: 15, color: INK }), d.text('— Tom, Founder, Field Kit Supply', { size: 13, color: MUTED })], { gap: 6, visible: false }),
  ], { gap: 18 }), 160, 160),
  d.rect('Rectangle 20', { x: 780, y: 120, w: 560, h: 660, cornerRadius: 20, fills: image('51ab62cd73ef84a195b2') }),
);

// 02–04 pre-connect steps
about.children.push(d.at(d.col('Auto layout', [
  d.text('Step 1 of 3', { size: 13, weight: 600, color: PURPLE }),
  d.text('Tell us about your shop', { size: 30, weight: 700, color: INK }),
  field('Shop name', 'e.g. Hollow & Co'),
  field('Roughly how many returns a month?', '50–200'),
  field('What do you sell?', 'Homeware'),
  next(plan),
], { gap: 18 }), 510, 140));
plan.children.push(d.at(d.col('Auto layout', [
  d.text('Step 2 of 3', { size: 13, weight: 600, color: PURPLE }),
  d.text('Pick a plan', { size: 30, weight: 700, color: INK }),
  d.row('Plans', ['Starter\n£29/mo · 100 returns', 'Growth\n£79/mo · 500 returns', 'Scale\n£199/mo · unlimited'].map((p) => d.frame('Frame 30', { w: 260, h: 160, cornerRadius: 12, strokes: solid('#D6D3E3'), strokeWeight: 1 }, [d.text(p, { x: 20, y: 20, size: 16, weight: 600, color: INK })])), { gap: 20 }),
  next(branding),
], { gap: 18 }), 310, 140));
branding.children.push(d.at(d.col('Auto layout', [
  d.text('Step 3 of 3', { size: 13, weight: 600, color: PURPLE }),
  d.text('Make the returns page yours', { size: 30, weight: 700, color: INK }),
  d.frame('Dropzone', { w: 420, h: 140, cornerRadius: 12, strokes: solid('#C9C5DD'), strokeWeight: 1, strokeDashes: [6, 4] }, [d.text('Drop your logo here (PNG or SVG)', { x: 90, y: 60, size: 14, color: MUTED })]),
  field('Brand colour', '#2F4F4F'),
  next(home, 'Finish'),
], { gap: 18 }), 510, 140));

// 05 Home — get-started checklist, main CTA
const connectShop = btn('Connect your shop', 220);
d.link(connectShop, modal, 'OVERLAY');
const check = (n, label, state) => d.row('Task', [
  d.frame('Frame 50', { w: 28, h: 28, cornerRadius: 14, fills: solid(state === 'done' ? '#1F9D55' : '#ECEAF3') }, [d.text(state === 'done' ? '✓' : String(n), { x: 9, y: 5, size: 13, weight: 700, color: state === 'done' ? '#FFFFFF' : INK })]),
  d.text(label, { size: 15, color: INK, w: 420 }),
], { gap: 14, pad: 14, w: 640, strokes: solid('#ECEAF3'), strokeWeight: 1, cornerRadius: 10 });
const meter = (done) => d.row('Progress', [
  d.frame('Track', { w: 460, h: 8, cornerRadius: 4, fills: solid('#ECEAF3') }, [d.rect('Fill', { w: Math.round((460 * done) / 3) || 4, h: 8, cornerRadius: 4, fills: solid(PURPLE) })]),
  d.text(`${done} of 3 done`, { size: 13, weight: 600, color: MUTED }),
], { gap: 14 });
home.children.push(
  nav('Home'),
  d.at(d.col('Main', [
    d.text('Welcome, Priya 👋', { size: 30, weight: 700, color: INK }),
    d.text('Get set up', { size: 18, weight: 600, color: INK }),
    meter(0),
    d.col('Tasks', [check(1, 'Connect your shop', 'todo'), check(2, 'Check your returns policy', 'todo'), check(3, 'Connect your accounting software', 'todo')], { gap: 10 }),
    connectShop,
  ], { gap: 18 }), 320, 64),
);

// 06 Modal picker (overlay)
const tile = (label, ref) => d.instance(platformTile, label, { w: 220, h: 72, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 14, counterAxisAlignItems: 'CENTER', cornerRadius: 10, strokes: solid('#E3E1EE'), strokeWeight: 1, fills: solid('#FFFFFF') }, [
  d.rect('logo', { x: 14, y: 18, w: 36, h: 36, cornerRadius: 8, fills: image(ref) }),
  d.text(label, { x: 62, y: 26, w: 150, size: 14, weight: 600, color: INK }),
]);
const shopifyTile = tile('Shopify', '1a2b3c4d5e6f7a8b9c0d');
d.link(shopifyTile, shopify);
const skipNow = d.text('Skip for now', { size: 14, color: MUTED, deco: 'UNDERLINE' });
d.link(skipNow, home2);
const closeM = d.vector('Vector', { w: 20, h: 20, strokes: solid(INK), strokeWeight: 2 });
d.action(closeM, { type: 'CLOSE' });
modal.fills = solid('#1D1B2F', 0.45);
modal.children.push(d.at(d.col('Dialog', [
  d.row('Frame 60', [d.text('Connect your platforms', { size: 24, weight: 700, color: INK, w: 640 }), closeM], { gap: 40 }),
  d.frame('Search', { w: 704, h: 44, cornerRadius: 22, strokes: solid('#D6D3E3'), strokeWeight: 1 }, [
    d.vector('Vector', { x: 16, y: 13, w: 18, h: 18, strokes: solid('#8B89A0'), strokeWeight: 2 }),
    d.text('Search 40+ platforms', { x: 44, y: 12, size: 15, color: '#A09EB2' }),
  ]),
  d.text('Shop platforms', { size: 18, weight: 600, color: INK }),
  d.col('Grid', [
    d.row('Frame 61', [shopifyTile, tile('WooCommerce', '2b3c4d5e6f7a8b9c0d1e'), tile('BigCommerce', '3c4d5e6f7a8b9c0d1e2f')], { gap: 22 }),
    d.row('Frame 62', [tile('Adobe Commerce (Magento)', '4d5e6f7a8b9c0d1e2f3a'), tile('Squarespace Commerce', '5e6f7a8b9c0d1e2f3a4b')], { gap: 22 }),
  ], { gap: 14 }),
  d.text('Accounting', { size: 18, weight: 600, color: INK }),
  d.col('Grid', [
    d.row('Frame 63', [tile('Xero', '6f7a8b9c0d1e2f3a4b5c'), tile('QuickBooks Online', '7a8b9c0d1e2f3a4b5c6d'), tile('FreeAgent', '8b9c0d1e2f3a4b5c6d7e')], { gap: 22 }),
    d.row('Frame 64', [tile('Sage Business Cloud Accounting', '9c0d1e2f3a4b5c6d7e8f')], { gap: 22 }),
  ], { gap: 14 }),
  d.text('Can\u2019t see yours? Upload an orders CSV instead', { size: 14, weight: 600, color: PURPLE }),
  d.row('Footer', [
    d.text('🔐 Every connection is secured with bank-grade encryption.', { size: 13, color: MUTED, w: 420 }),
    d.text('Send to a colleague', { size: 14, color: PURPLE }),
    skipNow,
  ], { gap: 24 }),
], { gap: 16, pad: 32, w: 768, fills: solid('#FFFFFF'), cornerRadius: 16 }), 336, 40));

// 07 Third-party install mock
const install = d.frame('Frame 70', { w: 160, h: 40, cornerRadius: 6, fills: solid('#008060') }, [d.text('Install app', { x: 40, y: 11, size: 14, weight: 600, color: '#FFFFFF' })]);
d.link(install, home2);
shopify.fills = solid('#F1F2F4');
shopify.children.push(d.at(d.col('Card', [
  d.text('Install Returnly', { size: 20, weight: 700, color: '#202223' }),
  d.text('hollow-and-co.myshopify.com', { size: 13, color: '#6D7175' }),
  d.text('This app will be able to:\n•  View orders and customers\n•  Create refunds\n•  View products', { size: 14, color: '#202223' }),
  install,
], { gap: 14, pad: 28, w: 520, fills: solid('#FFFFFF'), cornerRadius: 12 }), 460, 200));

// 08 Home after first connection — status + add another
const addAnother = d.text('+ Add another shop', { size: 14, weight: 600, color: PURPLE });
d.link(addAnother, modal, 'OVERLAY');
const acctBtn = btn('Connect accounting', 220);
d.link(acctBtn, modal, 'OVERLAY');
const checkPolicy = d.text('Check it →', { size: 14, weight: 600, color: PURPLE });
d.link(checkPolicy, policy);
home2.children.push(
  nav('Home'),
  d.at(d.col('Main', [
    d.text('Welcome, Priya 👋', { size: 30, weight: 700, color: INK }),
    meter(1),
    d.col('Connections', [
      d.row('Frame 80', [d.rect('logo', { w: 32, h: 32, cornerRadius: 6, fills: image('1a2b3c4d5e6f7a8b9c0d') }), d.text('Shopify · hollow-and-co', { size: 15, weight: 600, color: INK, w: 360 }), d.row('Frame 81', [d.vector('Vector', { w: 10, h: 10, fills: solid('#1F9D55') }), d.text('Connected ✓', { size: 13, weight: 600, color: '#1F7A44' })], { gap: 6, pad: 6, cornerRadius: 13, fills: solid('#E3F6EA') })], { gap: 12, pad: 12, w: 640 }),
      d.row('Frame 82', [d.rect('logo', { w: 32, h: 32, cornerRadius: 6, fills: image('6f7a8b9c0d1e2f3a4b5c') }), d.text('Xero', { size: 15, weight: 600, color: INK, w: 360 }), d.row('Frame 83', [d.vector('Vector', { w: 10, h: 10, fills: solid('#D99A00') }), d.text('Awaiting authorisation', { size: 13, weight: 600, color: '#8A5A00' })], { gap: 6, pad: 6, cornerRadius: 13, fills: solid('#FFF3D6') })], { gap: 12, pad: 12, w: 640 }),
      addAnother,
    ], { gap: 8, pad: 16, cornerRadius: 12, strokes: solid('#ECEAF3'), strokeWeight: 1 }),
    d.row('Frame 84', [d.text('2  Your returns policy is drafted', { size: 15, color: INK }), checkPolicy], { gap: 16 }),
    acctBtn,
  ], { gap: 18 }), 320, 64),
);

// 09 Returns policy — prefilled from the shop
const pulled = () => d.text('Pulled from Shopify', { size: 12, color: '#1F7A44' });
const savePolicy = btn('Save policy');
d.link(savePolicy, home2);
policy.children.push(nav('Home'), d.at(d.col('Main', [
  d.text('Returns policy', { size: 28, weight: 700, color: INK }),
  field('Shop name', 'Hollow & Co', pulled()),
  field('Return address', 'Unit 4, Brunel Park, Bristol BS2 0QY', pulled()),
  field('Customer service email', 'hello@hollowandco.co.uk', pulled()),
  field('Returns window', '30 days'),
  savePolicy,
], { gap: 16 }), 320, 64));

// 10 Insights — contextual prompt
const ctxBtn = btn('Connect Xero', 180);
d.link(ctxBtn, modal, 'OVERLAY');
insights.children.push(nav('Insights'), d.at(d.col('Main', [
  d.text('Insights', { size: 28, weight: 700, color: INK }),
  d.row('Cards', [
    d.col('Card', [d.text('Return rate', { size: 13, color: MUTED }), d.text('6.2%', { size: 28, weight: 700, color: INK })], { gap: 6, pad: 20, w: 260, cornerRadius: 12, strokes: solid('#ECEAF3'), strokeWeight: 1 }),
    d.col('Card', [d.text('Top reason', { size: 13, color: MUTED }), d.text('Too small', { size: 28, weight: 700, color: INK })], { gap: 6, pad: 20, w: 260, cornerRadius: 12, strokes: solid('#ECEAF3'), strokeWeight: 1 }),
  ], { gap: 20 }),
  d.frame('Refund cost chart', { w: 860, h: 300, cornerRadius: 12, strokes: solid('#ECEAF3'), strokeWeight: 1 }, [
    d.text('Refund costs by month', { x: 24, y: 20, size: 16, weight: 600, color: INK }),
    d.vector('Vector', { x: 24, y: 70, w: 500, h: 200, strokes: solid('#D6D3E3'), strokeWeight: 2 }),
    d.text('See postage, fees and write-offs here\nonce your accounts are connected.', { x: 560, y: 110, size: 14, color: INK }),
    d.at(ctxBtn, 560, 170),
  ]),
], { gap: 20 }), 320, 64));

// 11 Settings — Integrations
const disconnect = () => d.frame('Frame 110', { w: 120, h: 36, cornerRadius: 8, strokes: solid('#E0B4B4'), strokeWeight: 1 }, [d.text('Disconnect', { x: 24, y: 9, size: 14, weight: 500, color: '#B42318' })]);
const guideLink = d.text('Read our step-by-step connection guide ↗', { size: 14, color: PURPLE, deco: 'UNDERLINE' });
d.action(guideLink, { type: 'URL', url: 'https://help.returnly.example/guides/connecting-your-shop' });
const liveRow = (ref, name, meta) => d.row('Frame 111', [
  d.rect('logo', { w: 36, h: 36, cornerRadius: 8, fills: image(ref) }),
  d.col('Frame 112', [d.text(name, { size: 15, weight: 600, color: INK }), d.text(meta, { size: 13, color: MUTED })], { gap: 4, w: 520 }),
  disconnect(),
], { gap: 14, pad: 16, w: 760, strokes: solid('#ECEAF3'), strokeWeight: 1, cornerRadius: 10 });
settings.children.push(nav('Integrations'), d.at(d.col('Main', [
  d.text('Integrations', { size: 28, weight: 700, color: INK }),
  liveRow('1a2b3c4d5e6f7a8b9c0d', 'Shopify — hollow-and-co.myshopify.com', 'Connected 3 Mar 2026 · last synced today at 09:42 · GBP'),
  liveRow('6f7a8b9c0d1e2f3a4b5c', 'Xero — Hollow & Co Ltd', 'Connected 4 Mar 2026 · last synced today at 09:40'),
  d.col('What we share', [
    d.text('What we share', { size: 16, weight: 600, color: INK }),
    d.text('From your shop we read orders, customers, products and refunds. To your accounting software we send refund and credit-note journals — nothing else.\nYou can disconnect at any time; we stop reading your data straight away.', { size: 14, color: INK, w: 740 }),
    guideLink,
  ], { gap: 8, pad: 16, fills: solid('#FAFAFD'), cornerRadius: 10 }),
  d.col('Help', [
    d.text('Need a hand?', { size: 16, weight: 600, color: INK }),
    d.text('Live chat (9–6 Mon–Fri) · 020 7946 0321 · support@returnly.example', { size: 14, color: INK }),
    d.text('Your legal team needs an NDA first? We\u2019ll sign a mutual NDA — just ask.', { size: 14, color: INK }),
  ], { gap: 8 }),
  d.text('Delete account', { size: 14, color: '#B42318' }),
], { gap: 18 }), 320, 64));

// Pricing — dead end
pricing.children.push(d.at(d.col('Auto layout', [
  d.text('Simple pricing', { size: 36, weight: 700, color: INK }),
  d.text('Starter £29 · Growth £79 · Scale £199 — all plans monthly, cancel anytime.', { size: 16, color: MUTED }),
  d.rect('Rectangle 90', { w: 900, h: 360, cornerRadius: 16, fills: solid('#F1EEFF') }),
], { gap: 20 }), 270, 120));

// Welcome email (not on the click path)
email.fills = solid('#F4F4F7');
const emailCta = d.group('Group 12', [
  d.rect('Rectangle 95', { w: 240, h: 48, cornerRadius: 8, fills: solid(PURPLE) }),
  d.text('Connect your shop', { x: 0, y: 14, w: 240, size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
d.action(emailCta, { type: 'URL', url: 'https://app.returnly.example/home?connect=1' });
email.children.push(d.at(d.col('Email body', [
  d.text('returnly', { size: 22, weight: 800, color: PURPLE }),
  d.text('Welcome aboard, Priya', { size: 26, weight: 700, color: INK }),
  d.text('Three things and your returns page is live:', { size: 15, color: INK }),
  d.text('1\u2003Create your account  ✓\n2\u2003Connect your shop — it takes about 2 minutes and brings in your orders\n3\u2003Publish your returns page', { size: 15, color: INK, w: 520 }),
  emailCta,
  d.text('Questions? Just reply to this email.', { size: 13, color: MUTED }),
], { gap: 18, pad: 40, w: 600, fills: solid('#FFFFFF'), cornerRadius: 8 }), 420, 60));

const place = (f, x, y) => { d.size(f).x = x; d.size(f).y = y; };
[signup, about, plan, branding, pricing].forEach((f, i) => place(f, 100 + i * 1560, 100));
[home, modal, shopify, home2, policy, insights, settings].forEach((f, i) => place(f, 100 + i * 1560, 100));
place(email, 0, 2600);
flow.children.push(
  d.section('Sign-up', { x: 0, y: 0, w: 5 * 1560 + 100, h: 1100 }, [signup, about, plan, branding, pricing]),
  d.section('Connect & manage', { x: 0, y: 1300, w: 7 * 1560 + 100, h: 1100 }, [home, modal, shopify, home2, policy, insights, settings]),
  email,
);
flow.prototypeStartNodeID = signup.id;

// ---------- Archive ----------
d.canvas('Archive').children.push(d.frame('Old home', { w: W, h: H, fills: solid('#FFFFFF') }, [
  d.text('Home (Dec)', { x: 320, y: 64, size: 30, weight: 700, color: INK }),
  d.rect('Rectangle 1', { x: 320, y: 140, w: 640, h: 300 }),
]));

const fig = d.finish();
write('h28-ecommerce-returns-desktop', fig, {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1440x900) onboarding for a returns-management product for online shops, in UK English. Sign-up, three set-up steps, a home checklist with a "Connect your shop" button opening a modal picker grouped into shop platforms and accounting, a mock Shopify install screen, home with connection statuses, a returns policy prefilled from the shop, an insights chart asking for the accounting link, and an Integrations settings page. A welcome email frame sits on the same page off the click path.',
  present: [
    'funnel.greeting-email', 'funnel.cta-visible', 'funnel.prefill',
    'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
    'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete',
  ],
  absent: [
    'funnel.three-actions', 'funnel.social-proof', 'value.three-part', 'value.faq-link',
    'privacy.consent-action', 'privacy.statistics', 'privacy.powered-by', 'platform.explain-redirect',
    'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.greeting-email': 'Welcome email frame with a numbered 1-2-3 list, connecting as step 2, and a connect button.',
    'funnel.three-actions': 'Sign up → about → plan → branding → home is four clicks before the first connect button.',
    'funnel.social-proof': 'The only testimonial on sign-up is a hidden layer.',
    'value.three-part': 'Home shows a checklist and the button but neither the benefit nor how the data is used near it.',
    'privacy.data-scope': '"What we share": read from the shop, journals sent to accounting.',
    'privacy.mutual-nda': '"We\'ll sign a mutual NDA — just ask."',
    'platform.explain-redirect': 'Clicking Shopify jumps straight to the Shopify install screen with no explanation first.',
    'platform.non-linear': '"Send to a colleague" and "Skip for now" in the picker.',
    'platform.multiple-connections': 'Connected ✓ / Awaiting authorisation badges and "+ Add another shop".',
    'connection.view-live': 'Integrations list with connected date, last sync time and currency.',
    'connection.refresh': 'No refresh / sync-now control.',
  },
  flow: { startFrameId: signup.id, connectFrameId: home.id, stepsToConnect: 4, deadEnds: [pricing.id] },
}, { connectFrames: [home.id, modal.id, home2.id, insights.id] });

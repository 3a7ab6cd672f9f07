// h83 — card payments for pop-up shops, mobile 375x812, US English. Older prototype fields (transitionNodeID, prototypeStartNodeID).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, build, T, col, row, rect, vec, screen, section, canvas, resolveLinks, componentSet, component, cid, writeFile, writeTruth, WRITTEN_BY } from './lib.mjs';
import { instBtn, frameBtn, groupBtn, link, field, logo, heading, para, spinner } from './widgets.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h83-pop-up-shop-payments-mobile';
const doc = makeDoc(NAME, 'Manrope');
const W = 375, H = 812, CORAL = '#F0533A', INK = '#1C1B1F';

const C = '5';
const btn = componentSet(doc, C, 'cta/primary', 0, 0, [
  { name: 'size=lg, state=default', key: 'lg', spec: row('x', [T('Label', { size: 16, weight: 700, color: '#FFFFFF' })], { fill: CORAL, radius: 28, pad: [16, 24, 16, 24] }) },
  { name: 'size=lg, state=pressed', key: 'lgp', spec: row('x', [T('Label', { size: 16, weight: 700, color: '#FFFFFF' })], { fill: '#C63F2A', radius: 28, pad: [16, 24, 16, 24] }) },
]);
const tab = component(doc, C, col('tab-item', [vec('Icon', 24, 24, { fill: '#8A8790' }), T('Tab', { size: 10, align: 'CENTER' })], { w: 75, gap: 4, pad: [8, 4, 8, 4], center: true, key: 'tab' }), 300, 0);
const LG = cid(doc, 'lg'), TAB = cid(doc, 'tab');

const P = '2';
const pos = (i) => ({ x: (i % 7) * (W + 80), y: Math.floor(i / 7) * (H + 160) });
const statusBar = () => row('Status Bar', [T('9:41', { size: 15, weight: 600, w: 60 }), T('', { size: 10 }), vec('Battery', 27, 12, { fill: INK })], { h: 44, pad: [14, 20, 10, 24] });
const tabBar = (active) => row('Tab bar', ['Home', 'Sales', 'Payouts', 'Linked apps', 'Profile'].map((l) => col('tab-item', [vec('Icon', 24, 24, { fill: l === active ? CORAL : '#8A8790' }), T(l, { size: 10, align: 'CENTER', color: l === active ? CORAL : '#8A8790' })], { type: 'INSTANCE', componentId: TAB, w: 75, gap: 4, pad: [8, 4, 8, 4], center: true, link: { Home: 'home', 'Linked apps': 'linked', Profile: 'profile' }[l] })), { h: 83, fill: '#FFFFFF', stroke: '#EEEAEA' });
const pill = (label, o) => instBtn(LG, label, { fill: CORAL, radius: 28, name: o?.name ?? 'cta/primary', w: 335, ...o });

const scr = [];
const add = (key, name, i, children, o) => { const p = pos(i); scr.push(screen(doc, P, key, name, p.x, p.y, W, o?.h ?? H, children, o)); };

add('intro1', 'Onboarding 1', 0, [
  statusBar(),
  row('Frame 3', [T('', { size: 10 }), link('Skip', { link: { to: 'signup', old: true }, underline: false, color: '#8A8790', w: 40 })], { pad: [8, 20, 8, 20] }),
  rect('Illustration', 375, 360, { image: '5a1e2b3c4d5f' }),
  col('Frame 4', [heading('Sell at markets, fairs and pop-ups', { size: 26, align: 'CENTER' }), para('Tap to pay, pay by link, and one payout every morning.', { align: 'CENTER' }), T('●  ○  ○', { size: 12, align: 'CENTER', color: CORAL })], { gap: 12, pad: [24, 24, 24, 24] }),
  col('Frame 5', [pill('Next', { link: { to: 'intro2', old: true } })], { pad: [0, 20, 0, 20] }),
], { fill: '#FFF6F2' });
add('intro2', 'Onboarding 2', 1, [
  statusBar(),
  rect('Illustration', 375, 400, { image: '5a1e2b3c4d60' }),
  col('Frame 8', [heading('Booth and web store, one payout', { size: 26, align: 'CENTER' }), para('Kiosko adds up what you took on the day, in person and online.', { align: 'CENTER' }), T('○  ●  ○', { size: 12, align: 'CENTER', color: CORAL })], { gap: 12, pad: [24, 24, 24, 24] }),
  col('Frame 9', [pill('Get started', { link: { to: 'signup', old: true } })], { pad: [0, 20, 0, 20] }),
], { fill: '#FFF6F2' });
add('signup', 'Sign Up', 2, [
  statusBar(),
  col('Frame 12', [
    heading('Create your Kiosko account', { size: 24 }),
    field('Mobile number', '(555) 000-0000'),
    field('Email', 'you@yourshop.com'),
    field('Shop name', 'e.g. Wild Fern Candles'),
    pill('Sign up', { link: 'connect', w: 335 }),
    T('Continue with Apple', { size: 15, weight: 600, visible: false }),
    para('Already have an account? Log in', { size: 14, align: 'CENTER' }),
  ], { gap: 16, pad: [24, 20, 24, 20] }),
]);
add('connect', 'Link sales channels', 3, [
  statusBar(),
  col('Frame 20', [
    vec('Vector', 56, 56, { fill: CORAL }),
    heading('Link where you sell', { size: 26 }),
    para('See the day’s takings from your card reader and your web store as one number, then get paid out together.', { size: 15 }),
    col('Frame 21', [
      row('Frame 22', [T('📥', { size: 16, w: 24 }), para('We read sales, refunds and payouts from your reader and your store. We don’t change prices, stock or orders.', { size: 13 })], { gap: 8 }),
      row('Frame 23', [T('🔐', { size: 16, w: 24 }), para('Secured with bank-grade encryption — over 2.4\u00a0million market-day sales synced safely.', { size: 13 })], { gap: 8 }),
      row('Frame 24', [T('↩︎', { size: 16, w: 24 }), para('Unlink anytime in Profile → Linked apps.', { size: 13 })], { gap: 8 }),
    ], { gap: 10, pad: [14, 14, 14, 14], fill: '#FFF1EC', radius: 14 }),
    pill('Link my card reader', { link: 'picker', name: 'Btn' }),
    link('I’ll do this later', { link: 'home', underline: false, color: '#8A8790', w: 335, name: 'secondary' }),
    para('Need a hand? Chat · Call (646) 555-0199 · help@kiosko.app', { size: 12, align: 'CENTER' }),
  ], { gap: 14, pad: [16, 20, 16, 20] }),
]);
const inPerson = [['s0', 'Square Point of Sale'], ['s1', 'SumUp'], ['s2', 'Clover Go'], ['s3', 'Zettle by PayPal']];
const online = [['o0', 'Shopify'], ['o1', 'WooCommerce'], ['o2', 'Squarespace Commerce'], ['o3', 'Etsy'], ['o4', 'Wix eCommerce']];
const listRow = (r, n, i, lnk) => row('Frame ' + (30 + i), [logo(r, { size: 32 }), T(n, { size: 15, weight: 600 }), vec('Chevron', 8, 14, { fill: '#8A8790' })], { gap: 12, pad: [12, 16, 12, 16], link: lnk });
add('picker', 'Choose provider', 4, [
  statusBar(),
  row('Nav bar', [link('‹ Back', { link: { kind: 'BACK' }, underline: false, w: 70 }), T('Link a channel', { size: 17, weight: 700, align: 'CENTER' }), T('', { size: 10, w: 70 })], { pad: [8, 16, 8, 16] }),
  col('Frame 40', [
    para('Tap a provider, log in on their site to okay access, and we’ll bounce you back to Kiosko.', { size: 13 }),
    T('IN PERSON', { size: 12, weight: 700, color: '#8A8790' }),
    col('Frame 41', inPerson.map(([r, n], i) => listRow(r, n, i, i === 0 ? { to: 'redirect', nav: 'OVERLAY' } : undefined)), { radius: 12, fill: '#FFFFFF', stroke: '#EEEAEA' }),
    T('ONLINE', { size: 12, weight: 700, color: '#8A8790' }),
    col('Frame 46', online.map(([r, n], i) => listRow(r, n, 10 + i)), { radius: 12, fill: '#FFFFFF', stroke: '#EEEAEA' }),
    link('Not listed? Add sales by hand or upload a CSV', { link: 'manual', w: 335, size: 13 }),
  ], { gap: 10, pad: [8, 20, 8, 20] }),
], { fill: '#F7F5F4' });
add('redirect', 'Sheet / Square', 5, [
  rect('Scrim', 375, 420, { fill: '#000000' }),
  col('Sheet', [
    rect('Grabber', 36, 5, { fill: '#D0CCCC', radius: 3 }),
    row('Frame 51', [logo('s0', { size: 40 }), vec('Vector', 20, 10, { fill: '#8A8790' }), rect('Rectangle 52', 40, 40, { fill: CORAL, radius: 10 })], { gap: 12 }),
    heading('Opening Square', { size: 20 }),
    para('Log in to Square Point of Sale and tap Allow. We’ll bring you back here when you’re done.', { size: 14 }),
    pill('Continue to Square', { link: { to: 'status', old: true } }),
    link('Cancel', { link: { kind: 'CLOSE' }, underline: false, color: '#8A8790', w: 335 }),
  ], { gap: 14, pad: [10, 20, 30, 20], fill: '#FFFFFF', radius: 20 }),
], { fill: '' });
add('status', 'Linked – progress', 6, [
  statusBar(),
  col('Frame 60', [
    heading('Nice — you’re linked', { size: 24 }),
    col('Meter', [T('Sales coverage', { size: 13, weight: 600 }), row('Bars', [rect('Rectangle 61', 100, 8, { fill: CORAL, radius: 4 }), rect('Rectangle 62', 100, 8, { fill: CORAL, radius: 4 }), rect('Rectangle 63', 100, 8, { fill: '#EEEAEA', radius: 4 })], { gap: 6 }), T('2 of 3 channels linked', { size: 12, color: '#8A8790' })], { gap: 6 }),
    row('Frame 64', [logo('s0', { size: 32 }), T('Square Point of Sale', { size: 15, weight: 600 }), T('Linked ✓', { size: 13, weight: 700, color: '#1E8E5A', w: 70 })], { gap: 10, pad: [12, 14, 12, 14], stroke: '#EEEAEA', radius: 12 }),
    row('Frame 65', [logo('o0', { size: 32 }), T('Shopify', { size: 15, weight: 600 }), T('Waiting for approval', { size: 12, weight: 700, color: '#B76E00', w: 110 })], { gap: 10, pad: [12, 14, 12, 14], stroke: '#F3D39B', radius: 12 }),
    frameBtn('＋ Link another', { link: 'picker', fill: '#FFFFFF', color: CORAL, stroke: CORAL, radius: 28, w: 335 }),
    pill('Done', { link: 'home' }),
    T('Finish later · Send to my business partner', { size: 13, color: '#2F5BD6', align: 'CENTER', link: 'home' }),
  ], { gap: 14, pad: [16, 20, 16, 20] }),
]);
add('manual', 'Manual sales', 7, [
  statusBar(),
  col('Frame 70', [
    heading('Add sales another way', { size: 22 }),
    para('Upload a CSV export from any till, or type in the day’s totals after the market.', { size: 14 }),
    col('Upload', [vec('Vector', 32, 32, { fill: '#8A8790' }), T('Upload CSV', { size: 15, weight: 600, align: 'CENTER' })], { gap: 8, pad: [30, 20, 30, 20], stroke: '#D0CCCC', radius: 14, center: true }),
    field('Cash and card total', '$0.00'),
    groupBtn('Save', { link: 'home', fill: CORAL, w: 335, h: 52, radius: 28, n: 71 }),
  ], { gap: 14, pad: [16, 20, 16, 20] }),
]);
add('home', 'Home', 8, [
  statusBar(),
  col('Frame 80', [
    T('Saturday · Union Square Holiday Market', { size: 13, color: '#8A8790' }),
    heading('$1,284.00', { size: 34 }),
    para('taken today across 62 sales', { size: 14 }),
    col('Card', [T('Online orders', { size: 15, weight: 700 }), rect('Rectangle 81', 303, 90, { fill: '#F7F5F4', radius: 8 }), para('Link your online store to see web orders next to booth sales.', { size: 13 }), frameBtn('Link online store', { link: 'picker', fill: CORAL, radius: 20, w: 180 })], { gap: 10, pad: [16, 16, 16, 16], stroke: '#EEEAEA', radius: 14 }),
    col('Card', [T('Kiosko Plus', { size: 15, weight: 700 }), para('Next-day payouts on weekends. $9/month, cancel anytime.', { size: 13 })], { gap: 6, pad: [16, 16, 16, 16], fill: '#FFF1EC', radius: 14 }),
  ], { gap: 12, pad: [12, 20, 12, 20], h: 685 }),
  tabBar('Home'),
]);
add('linked', 'Linked apps', 9, [
  statusBar(),
  col('Frame 90', [
    heading('Linked apps', { size: 26 }),
    col('Frame 91', [
      row('Frame 92', [logo('s0', { size: 32 }), T('Square Point of Sale', { size: 15, weight: 600 })], { gap: 10 }),
      T('Reader ••7731 · Linked Jun 2, 2025\nLast synced 2 min ago', { size: 12, color: '#8A8790' }),
      row('Frame 93', [link('Refresh', { w: 80 }), link('Unlink', { color: '#C62828', w: 80, link: { to: 'unlink', nav: 'OVERLAY' } })], { gap: 16 }),
    ], { gap: 8, pad: [14, 14, 14, 14], stroke: '#EEEAEA', radius: 12 }),
    col('Frame 94', [
      row('Frame 95', [logo('o0', { size: 32 }), T('Shopify', { size: 15, weight: 600 })], { gap: 10 }),
      T('wildfern.myshopify.com · USD · Linked Jun 2, 2025', { size: 12, color: '#8A8790' }),
      row('Syncing', [spinner(), T('Syncing orders…', { size: 12, color: CORAL })], { gap: 8 }),
    ], { gap: 8, pad: [14, 14, 14, 14], stroke: '#EEEAEA', radius: 12 }),
    frameBtn('＋ Link another', { link: 'picker', fill: '#FFFFFF', color: CORAL, stroke: CORAL, radius: 28 }),
  ], { gap: 14, pad: [12, 20, 12, 20], h: 685 }),
  tabBar('Linked apps'),
]);
add('unlink', 'Action sheet / Unlink', 10, [
  rect('Scrim', 375, 560, { fill: '#000000' }),
  col('Sheet', [
    heading('Unlink Square Point of Sale?', { size: 18, align: 'CENTER' }),
    para('Kiosko will stop reading sales from this reader. Past sales stay in your history.', { size: 13, align: 'CENTER' }),
    frameBtn('Unlink', { fill: '#C62828', radius: 28, link: 'linked' }),
    frameBtn('Keep linked', { fill: '#FFFFFF', color: INK, stroke: '#D0CCCC', radius: 28, link: { kind: 'CLOSE' } }),
  ], { gap: 12, pad: [24, 20, 30, 20], fill: '#FFFFFF', radius: 20 }),
], { fill: '' });
add('profile', 'Profile', 11, [
  statusBar(),
  col('Frame 110', [
    heading('Profile', { size: 26 }),
    ...['Business details', 'Payout account', 'Receipts & tax', 'Linked apps'].map((l, i) => row('Row', [T(l, { size: 15 }), vec('Chevron', 8, 14, { fill: '#8A8790' })], { pad: [14, 0, 14, 0], stroke: '#EEEAEA', link: i === 3 ? 'linked' : undefined })),
    col('Help', [T('Help', { size: 15, weight: 700 }), para('Call (646) 555-0199 · Text us · help@kiosko.app', { size: 13 }), link('Send a support request', { size: 13 })], { gap: 6, pad: [14, 14, 14, 14], fill: '#F7F5F4', radius: 12 }),
    link('Delete account', { color: '#C62828', underline: false }),
  ], { gap: 6, pad: [12, 20, 12, 20], h: 685 }),
  tabBar('Profile'),
]);

const flowPage = canvas(doc, P, 'Prototype', [section(doc, P, 'First run', scr.slice(0, 8)), section(doc, P, 'App', scr.slice(8))], { protoStart: 'intro1', bg: '#F5F5F5' });
const cover = canvas(doc, '0', 'Cover', [build(doc, '0', col('Cover', [T('Kiosko mobile', { size: 72, weight: 700, color: '#FFFFFF' }), T('Linking POS + store · WIP', { size: 30, color: '#FFE1D9' })], { w: 1920, h: 960, fill: CORAL, pad: [320, 160, 160, 160], gap: 20 }), 0, 0, 1920)]);
const archive = canvas(doc, '8', 'Archive (do not use)', [
  build(doc, '8', col('Link v0', [heading('Link your reader', { size: 24 }), T('Link', { size: 16 })], { w: W, h: H, pad: [60, 20, 60, 20], gap: 20, fill: '#FFFFFF' }), 0, 0, W),
]);
const comps = canvas(doc, C, '❖ Components', [btn, tab]);
resolveLinks(doc);
writeFile(join(out, `${NAME}.json`), doc, { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, comps, archive] }, { name: 'Kiosko — mobile onboarding', lastModified: '2025-06-09T15:48:02Z', version: '5602218841' });

writeTruth(join(out, `${NAME}.truth.json`), {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Mobile (375x812) onboarding for a US card-payments product for pop-up shops; the seller links a card reader / POS and an online store. Uses prototypeStartNodeID and transitionNodeID links.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.social-proof', 'funnel.prefill', 'value.faq-link', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search'],
  notes: {
    'funnel.three-actions': 'Intro (Skip) -> Sign Up -> Link sales channels: two taps.',
    'funnel.cta-visible': 'Full-width main button on the link screen; "Linked apps" is a tab-bar entry.',
    'value.three-part': 'Takings-in-one-number benefit, what is read and not changed, one main "Link my card reader" button.',
    'value.contextual-ctas': 'Online orders card on Home asks to link the online store.',
    'value.progress-meter': '"Sales coverage" bar: 2 of 3 channels linked.',
    'privacy.data-scope': 'Sales, refunds and payouts read from reader and store; prices, stock and orders untouched.',
    'privacy.trust-language': '"Secured with bank-grade encryption".',
    'privacy.disconnect-anytime': '"Unlink anytime in Profile → Linked apps."',
    'privacy.statistics': '"over 2.4 million market-day sales synced safely" beside the encryption claim.',
    'privacy.support-contacts': 'Chat, phone and email on the link screen; phone, text, email and request form in Profile.',
    'platform.explain-redirect': 'Picker text and the Square sheet: log in on their site, tap Allow, come back.',
    'platform.grouped-categories': 'IN PERSON and ONLINE groups.',
    'platform.accurate-branding': 'Square Point of Sale, Zettle by PayPal, Squarespace Commerce, Wix eCommerce with logos.',
    'platform.alternatives': '"Not listed? Add sales by hand or upload a CSV" -> manual screen.',
    'platform.non-linear': '"I’ll do this later" and "Finish later · Send to my business partner".',
    'platform.multiple-connections': 'Linked ✓ / Waiting for approval / Link another.',
    'connection.view-live': 'Linked apps tab: names, reader/store identifiers, currency, linked date, last sync.',
    'connection.delete': 'Unlink with confirmation sheet.',
    'connection.refresh': 'Refresh link.',
    'connection.syncing-indicator': 'Spinner with "Syncing orders…".',
    'funnel.social-proof': 'No testimonial, rating or trusted-by line.',
    'privacy.consent-action': 'No tick box or explicit consent before linking.',
    'platform.search': 'Provider list has no search field.',
  },
  flow: { startFrameId: doc.keys.intro1, connectFrameId: doc.keys.connect, stepsToConnect: 2, deadEnds: [] },
});

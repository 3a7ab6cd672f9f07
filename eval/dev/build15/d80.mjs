// d80 — Petalytics: e-commerce analytics for florists, mobile 375x812, UK English.
import { writeFileSync } from 'node:fs';
import { createKit, countNodes } from './kit.mjs';

const NAME = 'd80-florist-ecommerce-mobile';
const K = createKit(NAME);
const { t, btn, col, row, vec, rect, logo, divider, hide, search } = K;
const W = 375;
const H = 812;
const ROSE = '#C2185B';
const INK = '#241A1F';
const MUTED = '#7A6E74';
const LINE = '#EFE6EA';

const statusBar = () => row('Status Bar', [t('9:41', { size: 15, weight: 600, w: 54 }), rect('Notch', 30, { fill: '#000000', radius: 16, w: 126 }), row('Frame 1', [vec('Vector', 12), vec('Vector', 12), vec('Vector', 12, { w: 24 })], { gap: 4, w: 64 })], { padX: 20, pad: 8, widths: [54, 200, 64] });
const homeInd = () => row('Home Indicator', [rect('Rectangle 1', 5, { fill: '#000000', radius: 3, w: 134 })], { padX: 120, pad: 8 });
const navBar = (title, back) => row('Nav', [back ? vec('Vector', 20, { name: 'chevron-left', back: true }) : rect('Spacer', 20, { w: 20 }), t(title, { size: 17, weight: 600, align: 'CENTER' }), rect('Spacer', 20, { w: 20 })], { padX: 16, pad: 10, widths: [20, 283, 20], gap: 8 });
const tabBar = (active) => row('Tab Bar', [['Home', 'home'], ['Insights', 'insights'], ['Products', null], ['Settings', 'settings']].map(([l, to]) => col('Property 1=Default', [vec('Vector', 22), t(l, { size: 10, align: 'CENTER', w: 60, color: l === active ? ROSE : MUTED })], { gap: 2, pad: 6, to: to || undefined })), { padX: 12, stroke: LINE, fill: '#FFFFFF' });

K.startPage(1);
K.page('📌 Cover', [K.screen('cover', 'Thumbnail', 0, 0, 1920, 960, [col('Frame 1', [t('🌷 Petalytics', { size: 96, weight: 700, color: '#FFFFFF' }), t('Mobile onboarding — UK launch', { size: 32, color: '#FCE4EC' })], { pad: 160, gap: 24 })], { fill: ROSE })]);

K.startPage(2);
const tabDefault = K.component('tabDefault', 'Property 1=Default', 40, 40, 80, 56, [vec('Vector', 22)(69, 46), t('Tab', { size: 10, w: 60, align: 'CENTER' })(50, 72)], { fill: '#FFFFFF', radius: 0, interactions: [{ trigger: { type: 'ON_PRESS' }, actions: [{ type: 'NODE', destinationId: '@tabPressed', navigation: 'CHANGE_TO', transition: null }] }] });
const tabPressed = K.component('tabPressed', 'Property 1=Pressed', 140, 40, 80, 56, [vec('Vector', 22, { fill: ROSE })(169, 46), t('Tab', { size: 10, w: 60, align: 'CENTER', color: ROSE })(150, 72)], { fill: '#FCE4EC', radius: 0 });
const tabSet = K.componentSet('Tab', 20, 20, 220, 96, [tabDefault, tabPressed]);
const pill = K.component('pill', 'Btn', 260, 40, 327, 52, [t('Label', { size: 16, weight: 600, color: '#FFFFFF', w: 295 })(276, 56)], { fill: ROSE, radius: 26 });
K.page('Components', [tabSet, pill]);

K.startPage(30);
const X = (i) => i * (W + 80);
const S = (i, key, name, items, o) => K.screen(key, name, X(i), 0, W, H, items, o);

const w1 = S(0, 'w1', 'Onboarding / 1', [
  statusBar(),
  row('Frame 3', [rect('Spacer', 20, { w: 200 }), btn('Skip', { kind: 'link', color: MUTED, size: 15, to: 'signup', name: 'Skip' })], { padX: 24, pad: 8, widths: [270, 40] }),
  col('Auto layout', [
    logo('img', 280, { ref: 'ill-01', name: 'illustration' }),
    t('🌷 All your flower sales, at a glance', { size: 24, weight: 700, align: 'CENTER' }),
    t('Online orders, the shop till and wedding deposits — finally in one place.', { size: 15, color: MUTED, align: 'CENTER' }),
    hide(t('Link your shop in 30 seconds', { size: 15, color: ROSE })),
    row('Dots', [ROSE, '#E8D5DC', '#E8D5DC'].map((c, i) => rect(`Ellipse ${i + 1}`, 8, { fill: c, radius: 4, w: 8 })), { gap: 8, padX: 140 }),
    btn('Next', { kind: 'inst', comp: 'pill', bg: ROSE, h: 52, radius: 26, to: 'w2', nav: 'SWAP' }),
  ], { padX: 24, pad: 24, gap: 20 }),
  homeInd(),
]);

const w2 = S(1, 'w2', 'Onboarding / 2', [
  statusBar(),
  col('Auto layout', [
    logo('img', 220, { ref: 'ill-02', name: 'illustration' }),
    t('Know your bestsellers before Mother\u2019s Day', { size: 24, weight: 700, align: 'CENTER' }),
    col('Frame 40', [
      t('“I finally know which bouquets actually make money — and which ones I\u2019ve been giving away.”', { size: 15, weight: 500 }),
      row('Frame 41', [logo('img', 32, { ref: 'av-hn', name: 'avatar' }), t('Hannah, owner of Wild Stems, Leeds', { size: 13, color: MUTED })], { gap: 10, widths: [32, 260] }),
    ], { pad: 16, gap: 10, fill: '#FCF4F7', radius: 16 }),
    btn('Get started', { kind: 'inst', comp: 'pill', bg: ROSE, h: 52, radius: 26, to: 'signup' }),
  ], { padX: 24, pad: 24, gap: 20 }),
  homeInd(),
]);

const fieldM = (label, ph) => col('Frame 50', [t(label, { size: 13, weight: 600, color: MUTED }), row('Input', [t(ph, { size: 16, color: '#B3A7AD' })], { pad: 14, radius: 12, stroke: LINE, fill: '#FFFFFF' })], { gap: 6 });
const signup = S(2, 'signup', 'Sign up', [
  statusBar(),
  navBar('Create account', false),
  col('Auto layout', [
    t('Let\u2019s set up your shop', { size: 26, weight: 700 }),
    fieldM('Email', 'you@yourflorist.co.uk'),
    fieldM('Password', '8+ characters'),
    btn('Create account', { kind: 'frame', bg: ROSE, h: 52, radius: 26, to: 'link', name: 'Frame 55' }),
    btn('Continue with Apple', { kind: 'frame', bg: '#000000', h: 52, radius: 26, icon: true }),
    t('By signing up you agree to our Terms and Privacy Notice.', { size: 12, color: MUTED, align: 'CENTER' }),
  ], { padX: 24, pad: 24, gap: 16 }),
  homeInd(),
]);

const pRow = (nm, ref, to) => row('Frame 70', [logo('img', 36, { ref }), t(nm, { size: 16, weight: 500 }), vec('Vector', 14, { name: 'chevron' })], { pad: 12, gap: 12, widths: [36, 240, 14], to, nav: 'OVERLAY' });
const link = S(3, 'link', 'Link your shop', [
  statusBar(),
  navBar('Your shops', false),
  col('Auto layout', [
    t('Link your shop to get\u200b started', { size: 24, weight: 700 }),
    search('Search Shopify, Etsy, Square…', { w: 327 }),
    col('Frame 71', [
      t('SALES CHANNELS', { size: 12, weight: 700, color: MUTED }),
      pRow('Shopify', 'sh01', 'explain'),
      pRow('Etsy', 'et02', 'explain'),
      pRow('Square', 'sq03', 'explain'),
      pRow('Wix', 'wx04', 'explain'),
    ], { gap: 2 }),
    divider(),
    col('Frame 72', [
      t('ACCOUNTING', { size: 12, weight: 700, color: MUTED }),
      pRow('QuickBooks', 'qb05', 'explain'),
      pRow('Sage', 'sg06', 'explain'),
      pRow('Xero', 'xe07', 'explain'),
    ], { gap: 2 }),
    row('Frame 73', [
      btn('Do this\u00a0later', { kind: 'link', color: MUTED, size: 14, to: 'home' }),
      btn('Send to my bookkeeper', { kind: 'link', color: ROSE, size: 14, to: 'share' }),
    ], { gap: 16, widths: [110, 200] }),
    t('How do I link Etsy? Step-by-step help', { size: 13, color: ROSE, underline: true, to: 'help' }),
    t('Got questions? Read our FAQs', { size: 13, color: ROSE, underline: true, url: 'https://petalytics.example/faqs' }),
    row('Frame 74', [t('Powered by', { size: 11, color: MUTED, w: 64 }), logo('vec', 14, { fill: '#5E35B1', name: 'tessellate' }), t('Tessellate', { size: 11, weight: 700, color: MUTED })], { gap: 4, widths: [64, 14, 100], padX: 90 }),
  ], { padX: 24, pad: 12, gap: 12 }),
]);

const explain = S(4, 'explain', 'Sheet / Before you go', [
  col('Scrim', [rect('Rectangle 9', 380, { fill: '#00000066' })], { gap: 0 }),
  col('Bottom sheet', [
    rect('Grabber', 5, { fill: '#D9CED3', radius: 3, w: 40 }),
    row('Frame 80', [logo('vec', 44, { fill: ROSE, name: 'Vector' }), vec('Vector', 20, { name: 'arrow' }), logo('img', 44, { ref: 'sh01' })], { gap: 16, padX: 90, widths: [44, 20, 44] }),
    t('We\u2019ll pop over to Shopify', { size: 20, weight: 700, align: 'CENTER' }),
    t('Log in there and tap Approve to let Petalytics in — then we\u2019ll bring you straight back here.', { size: 15, color: MUTED, align: 'CENTER' }),
    btn('Open Shopify', { kind: 'inst', comp: 'pill', bg: ROSE, h: 52, radius: 26, to: 'home' }),
    btn('Not now', { kind: 'link', color: MUTED, close: true, size: 15 }),
  ], { pad: 24, gap: 16, fill: '#FFFFFF', radius: 24 }),
], { fill: '#FFFFFF' });

const bar = (h, i) => rect(`Rectangle ${20 + i}`, h, { fill: i === 5 ? ROSE : '#F3C6D6', radius: 4 });
const home = S(5, 'home', 'Home', [
  statusBar(),
  col('Auto layout', [
    t('Morning, Hannah 🌿', { size: 22, weight: 700 }),
    col('Frame 90', [t('Sales this week', { size: 13, color: MUTED }), t('£3,412\u00a0· up 18%', { size: 26, weight: 700 }), row('Chart', [60, 80, 45, 90, 70, 120, 100].map(bar), { gap: 10, h: 120 })], { pad: 16, gap: 8, radius: 16, stroke: LINE }),
    col('Frame 91', [
      t('Missing your Etsy orders?', { size: 15, weight: 600 }),
      t('Add Etsy to see wedding and gift orders on this chart too.', { size: 13, color: MUTED }),
      btn('Add Etsy', { kind: 'group', bg: ROSE, h: 40, w: 120, radius: 20, to: 'link', name: 'Group 7' }),
    ], { pad: 16, gap: 8, fill: '#FCF4F7', radius: 16 }),
    col('Frame 92', [t('Top sellers', { size: 16, weight: 600 }), t('1  Seasonal hand-tied — 42 sold\n2  Peony jar — 31 sold\n3  Sympathy wreath — 12 sold', { size: 14 })], { gap: 8 }),
  ], { padX: 24, pad: 12, gap: 16 }),
  tabBar('Home'),
  homeInd(),
]);

const insights = S(6, 'insights', 'Insights', [
  statusBar(),
  navBar('Insights', false),
  col('Auto layout', [
    t('Sales by channel', { size: 20, weight: 700 }),
    col('Frame 100', [rect('Donut', 160, { fill: '#FCE4EC', radius: 80, w: 160 }), t('Online 100%', { size: 13, color: MUTED })], { pad: 16, gap: 8, padX: 80 }),
    col('Frame 101', [
      t('Shop till not showing?', { size: 15, weight: 600 }),
      t('Add your Square till to compare walk-in and online sales side by side.', { size: 13, color: MUTED }),
      btn('Add Square', { kind: 'frame', bg: ROSE, h: 40, w: 130, radius: 20, to: 'link' }),
    ], { pad: 16, gap: 8, fill: '#FCF4F7', radius: 16 }),
    col('Frame 102', [t('Average order value', { size: 13, color: MUTED }), t('£46.20', { size: 22, weight: 700 })], { pad: 16, stroke: LINE, radius: 16 }),
  ], { padX: 24, pad: 12, gap: 16 }),
  tabBar('Insights'),
  homeInd(),
]);

const help = S(7, 'help', 'Help / Linking Etsy', [
  statusBar(),
  navBar('Help', true),
  col('Auto layout', [
    t('Linking your Etsy shop', { size: 22, weight: 700 }),
    t('1  Tap Etsy on the Your shops screen\n2  Log in with the account that owns the shop\n3  Tap Allow access\n4  Give it a few minutes for older orders to appear', { size: 15 }),
    logo('img', 200, { ref: 'help-etsy', name: 'screenshot' }),
    btn('Got it', { kind: 'frame', bg: ROSE, h: 48, radius: 24, to: 'link' }),
  ], { padX: 24, pad: 16, gap: 16 }),
  homeInd(),
]);

const share = S(8, 'share', 'Send to bookkeeper', [
  statusBar(),
  navBar('Invite', true),
  col('Auto layout', [
    t('Let your bookkeeper do this bit', { size: 22, weight: 700 }),
    t('Share a link and they can finish setting up the accounting side. Everything else stays as you left it.', { size: 15, color: MUTED }),
    row('Frame 110', ['Messages', 'WhatsApp', 'Mail', 'Copy'].map((l) => col('Frame 111', [logo('img', 48, { ref: `sh-${l}` }), t(l, { size: 11, align: 'CENTER', w: 60 })], { gap: 4 })), { gap: 12 }),
    row('Toast', [vec('Vector', 16, { fill: '#FFFFFF' }), t('Link copied', { size: 14, color: '#FFFFFF' })], { pad: 12, gap: 8, fill: '#333333', radius: 12, widths: [16, 200] }),
    btn('Done', { kind: 'frame', bg: ROSE, h: 48, radius: 24, to: 'home' }),
  ], { padX: 24, pad: 16, gap: 16 }),
  homeInd(),
]);

const sRow = (l, o = {}) => row('Frame 120', [t(l, { size: 16, color: o.color || INK }), vec('Vector', 14, { name: 'chevron' })], { pad: 14, widths: [290, 14], to: o.to });
const settings = S(9, 'settings', 'Settings', [
  statusBar(),
  navBar('Settings', false),
  col('Auto layout', [
    sRow('Shop details'),
    sRow('Notifications'),
    sRow('Premium — cancel anytime', { to: 'premium' }),
    sRow('Connect with us on Instagram'),
    sRow('Rate Petalytics'),
    divider(),
    sRow('Delete account', { color: '#C62828' }),
  ], { padX: 8, pad: 8, gap: 0 }),
  tabBar('Settings'),
  homeInd(),
]);

const premium = S(10, 'premium', 'Premium', [
  statusBar(),
  navBar('Premium', true),
  col('Auto layout', [
    t('Grow with Premium', { size: 26, weight: 700 }),
    t('• Forecast busy weeks\n• Margin per bouquet\n• Export to spreadsheets', { size: 15 }),
    col('Frame 130', [t('£6.99 a month', { size: 22, weight: 700 }), t('7-day free trial · cancel anytime', { size: 13, color: MUTED })], { pad: 16, gap: 4, stroke: ROSE, radius: 16 }),
    btn('Start free trial', { kind: 'inst', comp: 'pill', bg: ROSE, h: 52, radius: 26, to: 'home' }),
    btn('Not now', { kind: 'link', color: MUTED, back: true }),
  ], { padX: 24, pad: 16, gap: 16 }),
  homeInd(),
]);

const flowSection = K.section('Onboarding', -40, -80, 5 * (W + 80) + 40, H + 160, [w1, w2, signup, link, explain]);
K.page('Flow 🌸', [flowSection, home, insights, help, share, settings, premium], { start: [['w1', 'First launch']] });

K.startPage(50);
K.page('Archive (do not use)', [K.screen('old', 'Link shop — v1', 0, 0, W, H, [statusBar(), col('Auto layout', [t('Connect Shopify', { size: 24, weight: 700 }), btn('Connect', { kind: 'frame', bg: '#999999', h: 52 }), t('Your data is encrypted and never shared.', { size: 12, color: MUTED })], { pad: 24, gap: 16 })])]);

const doc = K.finish(new URL(`../${NAME}.json`, import.meta.url), { name: 'Petalytics app — onboarding', lastModified: '2025-03-02T08:44:09Z', version: '5533019274' });

const present = 'funnel.three-actions funnel.cta-visible funnel.social-proof value.contextual-ctas value.faq-link privacy.connection-guide privacy.powered-by platform.explain-redirect platform.grouped-categories platform.search platform.non-linear'.split(' ');
const absent = 'funnel.greeting-email funnel.prefill value.three-part value.progress-meter privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.statistics privacy.support-contacts privacy.mutual-nda platform.accurate-branding platform.alternatives platform.multiple-connections connection.view-live connection.delete connection.refresh connection.syncing-indicator'.split(' ');
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'dev writer S (from the checklist facts and the REST format only; repository not read)',
  description: 'Petalytics, sales analytics for florists on a 375x812 phone (UK). Two marketing slides (with Skip) → sign up → "Link your shop", a search-first list grouped into sales channels and accounting, a bottom-sheet explaining the hop to Shopify, a home chart and an insights screen with in-context add prompts, a help article, a bookkeeper share sheet, settings and a premium paywall. There is no screen for managing linked shops.',
  present,
  absent,
  notes: {
    'funnel.three-actions': 'Start is the first marketing slide; Skip → Sign up → Link your shop is two steps.',
    'funnel.social-proof': 'Quote from a named florist on the second onboarding slide.',
    'value.three-part': 'The link screen is only a title and a list: no benefit line and no word on how the data is used.',
    'value.contextual-ctas': '"Add Etsy" on the home chart card and "Add Square" on the channel chart.',
    'privacy.trust-language': 'Only the archive page (not the flow) mentions encryption; the live flow has none.',
    'privacy.connection-guide': '"How do I link Etsy? Step-by-step help" opens an in-app article.',
    'privacy.powered-by': '"Powered by Tessellate" under the platform list.',
    'platform.accurate-branding': 'Accounting rows say just "QuickBooks" and "Sage" — no Online/Desktop or product line.',
    'platform.non-linear': '"Do this later" and "Send to my bookkeeper" on the link screen.',
    'platform.multiple-connections': 'After approving Shopify the user lands on Home: no connected badges or add-another list.',
    'connection.view-live': 'Settings has no list of linked shops; "Connect with us on Instagram" is social media.',
  },
  flow: { startFrameId: K.keys.w1, connectFrameId: K.keys.link, stepsToConnect: 2, deadEnds: [] },
};
writeFileSync(new URL(`../${NAME}.truth.json`, import.meta.url), `${JSON.stringify(truth, null, 2)}\n`);
console.log(NAME, 'nodes', countNodes(doc.document));

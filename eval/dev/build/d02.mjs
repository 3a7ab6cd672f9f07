import { Doc, t, rect, vec, col, row, stack, btn, link, check, card, screen, field, componentLib, cover, emit, image, solid } from './lib.mjs';

const doc = new Doc('Tidefund app — apply flow (iOS)', { lastModified: '2026-11-21T11:07:45Z', version: '3151200977' });
const W = 375, H = 812, GAP = 475;
const X = (i) => i * GAP;
const P = '#5B3DF5';
const status = () => row([t('9:41', { size: 15, weight: 600, w: 60 }), vec(66, 12, { name: 'Right Side' })], { gap: 200, widths: [60, 66], name: 'Status Bar', pad: 0 });
const meter = (pct, label) => col([
  row([t('Application strength', { size: 13, weight: 600 }), t(label, { size: 13, weight: 600, color: P, align: 'RIGHT' })], { gap: 8 }),
  stack([rect(8, { fill: '#E7E3FF', radius: 4, name: 'Rectangle 40' }), rect(8, { fill: P, radius: 4, w: Math.round(3.27 * pct), name: 'Rectangle 41' })], { name: 'Group 21' }),
  t(pct < 60 ? 'Connect a revenue source and a bank account to reach “Strong” and unlock better terms.' : 'Strong applications usually get an offer within one business day.', { size: 12, color: '#6B7280' }),
], { gap: 6, pad: 12, radius: 12, fill: '#F7F5FF', name: 'Frame 612' });
const tabbar = (active, toProfile) => (x, y, w) => row(['Home', 'Funding', 'Profile'].map((s) => col([vec(22, 22, { fill: s === active ? P : '#9AA0AA' }), t(s, { size: 10, align: 'CENTER', color: s === active ? P : '#6B7280' })], { gap: 2, align: 'CENTER', to: s === 'Profile' && toProfile ? toProfile : undefined })), { pad: 10, fill: '#FFFFFF', stroke: '#E5E7EB', name: 'Tab Bar' })(x, y + H - 70, w);

const welcome = screen('@welcome', 'Onboarding / 01 Welcome', X(0), 0, W, H, [
  status(),
  row([t('', { size: 1, w: 240 }), link('Skip', { to: '@signup', underline: false, color: '#6B7280', w: 40 })], { widths: [240, 40], gap: 20, name: 'Frame 2' }),
  rect(300, { fills: [image('9f0c1ab4e2d7')], radius: 24, name: 'Illustration' }),
  t('Growth capital that moves with your sales', { size: 26, weight: 700 }),
  t('Get $10k–$2M in revenue-based financing. You repay a small share of what you sell, so slow months stay slow-payment months and there’s never any equity to give up.', { size: 15, color: '#4B5260' }),
  row([rect(8, { w: 24, fill: P, radius: 4 }), rect(8, { w: 8, fill: '#D5D0FF', radius: 4 }), rect(8, { w: 8, fill: '#D5D0FF', radius: 4 })], { gap: 6, widths: [24, 8, 8], name: 'Pagination' }),
  btn('Get started', { kind: 'instance', componentId: '#btn', fill: P, w: 327, to: '@signup', radius: 14 }),
  link('Rates & fees', { to: '@rates', color: '#6B7280', center: true }),
]);

const signup = screen('@signup', 'Onboarding / 02 Create account', X(1), 0, W, H, [
  status(),
  t('Create your account', { size: 26, weight: 700 }),
  field('Full name', 'Jordan Alvarez'),
  field('Work email', 'jordan@saltandstone.co'),
  field('Password', '••••••••••••'),
  btn('Create my account', { kind: 'frame', fill: P, w: 327, to: '@verify', radius: 14, name: 'Btn' }),
  col([
    t('★★★★★  4.8 on Trustpilot · 2,100+ reviews', { size: 13, weight: 600 }),
    t('“We used Tidefund to fund our holiday inventory and paid it back from the sales it created. The team actually understood ecommerce.” — Dana Okafor, founder of Salt & Stone Candles', { size: 13, color: '#4B5260' }),
  ], { gap: 6, pad: 14, radius: 12, fill: '#F7F7F9', name: 'Review' }),
]);

const verify = screen('@verify', 'Onboarding / 03 Verify', X(2), 0, W, H, [
  status(),
  row([vec(24, 24, { name: 'chevron-left', to: { back: true } }), t('', { size: 1 })], { widths: [24] }),
  t('Check your email', { size: 26, weight: 700 }),
  t('We sent a 6-digit code to jordan@saltandstone.co. It expires in 10 minutes.', { size: 15, color: '#4B5260' }),
  row([1, 2, 3, 4, 5, 6].map((d) => stack([rect(52, { radius: 10, stroke: '#CDD1D8', fill: '#FFFFFF', name: 'Rectangle 9' }), t(String((d * 7) % 10), { size: 22, weight: 600, align: 'CENTER', h: 52 })], { name: 'Group 5' })), { gap: 8, name: 'Code' }),
  btn('Verify', { kind: 'group', fill: P, w: 327, to: '@connect', radius: 14 }),
  link('Resend code', { to: { url: 'https://tidefund.com/resend' }, center: true }),
]);

const rev = [['Shopify', 'Online store'], ['Stripe', 'Payments'], ['Amazon Seller Central', 'Marketplace']];
const bank = [['Chase Business Complete Banking', ''], ['Bank of America Business Advantage', ''], ['Wells Fargo Business', '']];
const connect = screen('@connect', 'Onboarding / 04 Connect revenue', X(3), 0, W, H + 1500, [
  status(),
  meter(40, 'Fair · 40%'),
  t('Connect your sales so we can make you an offer', { size: 24, weight: 700 }),
  t('This is where your application really comes to life. Instead of asking for tax returns and business plans, we look at how your store actually performs, which means a faster decision, a higher limit for most brands and terms that fit the way you sell.', { size: 15, color: '#3B414D' }),
  t('How we use it: we sync your recurring revenue — orders, payouts and refunds — from Shopify, Stripe or Amazon, and read balances and transactions from your bank account to confirm deposits. Access is read-only; nothing is ever written back to your store or your bank.', { size: 14, color: '#3B414D', name: 'Body / data' }),
  btn('Connect your Shopify store', { kind: 'instance', componentId: '#btn', fill: P, w: 327, h: 52, radius: 14, to: { dest: '@sheet', nav: 'OVERLAY' } }),
  t('Revenue', { size: 20, weight: 700 }),
  col(rev.map(([n, s]) => card(n, { sub: s, to: { dest: '@sheet', nav: 'OVERLAY' } })), { gap: 10, name: 'Frame 640' }),
  t('Bank accounts', { size: 20, weight: 700 }),
  col(bank.map(([n]) => card(n, { to: { dest: '@sheet', nav: 'OVERLAY' }, vectorLogo: true })), { gap: 10, name: 'Frame 641' }),
  row([t('Don’t see your store platform?', { size: 13 }), link('Upload your last 12 months of payout reports', { size: 13, to: { url: 'https://tidefund.com/apply/upload' } })], { gap: 4, widths: [190] }),
  col([
    row([vec(18, 18, { fill: P, name: 'Shield' }), t('🔒 Your data is protected with bank-level 256-bit encryption. We never sell it and never share it with third parties without your permission.', { size: 13 })], { gap: 8, widths: [18] }),
    t('More than 4,800 online brands trust Tidefund with their store and bank data.', { size: 13, weight: 600 }),
    t('You stay in control: disconnect any source whenever you like from Profile › Data sources, even after you’ve been funded.', { size: 13 }),
  ], { gap: 10, pad: 14, radius: 12, fill: '#F7F5FF', name: 'Trust' }),
  row([t('Want to know more?', { size: 13 }), link('How revenue-based financing works', { size: 13, to: { url: 'https://tidefund.com/faq' } })], { gap: 4, widths: [130] }),
  link('Need an NDA before sharing? Request a mutual NDA', { size: 13, to: { url: 'https://tidefund.com/mnda' } }),
  t('Save and finish later  ·  Send this step to a teammate', { size: 14, weight: 600, color: P }),
  t('Questions? Call (888) 555-0142, email help@tidefund.com or chat with us — 7 days a week.', { size: 12, color: '#6B7280' }),
  check('I consent to Tidefund accessing my data as described in the Privacy Notice', { visible: false, links: [{ label: 'Privacy Notice', to: { url: 'https://tidefund.com/privacy' } }] }),
  t('Powered by Codat', { size: 11, visible: false, name: 'powered-by (hidden until legal OK)' }),
], { gap: 14 });

const sheet = screen('@sheet', 'Sheet / Leaving for Shopify', X(4), 0, W, H, [
  rect(420, { fill: '#000000', name: 'Scrim', fills: [solid('#000000', 0.4)] }),
  col([
    rect(4, { w: 40, fill: '#D1D5DB', radius: 2, name: 'Handle' }),
    t('Next, you’ll hop over to Shopify', { size: 20, weight: 700 }),
    t('You’ll be redirected to Shopify to log in and approve read-only access for Tidefund. As soon as you approve, Shopify sends you right back here so you can finish your application.', { size: 14, color: '#3B414D' }),
    btn('Continue to Shopify', { kind: 'frame', fill: P, w: 311, radius: 14, to: '@shopauth' }),
    link('Not now', { to: { close: true }, center: true, color: '#6B7280' }),
  ], { gap: 14, pad: 20, radius: 20, fill: '#FFFFFF', name: 'Bottom sheet' }),
], { pad: 0, gap: 0, bg: '#FFFFFF' });

const shopauth = screen('@shopauth', 'External / Shopify install', X(5), 0, W, H, [
  status(),
  row([rect(36, { w: 36, fills: [image('img-shopify')], name: 'shopify' }), t('shopify', { size: 20, weight: 700, color: '#5E8E3E' })], { gap: 8, widths: [36] }),
  t('Install Tidefund on Salt & Stone Candles?', { size: 20, weight: 700 }),
  t('Tidefund will be able to: View orders · View payouts · View store analytics', { size: 14 }),
  stack([vec(0, 48, { fill: '#008060', radius: 8, name: 'Vector 3', w: 327 }), t('Install app', { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER', h: 48 })], { name: 'Group 9', to: '@connected' }),
], { bg: '#F6F6F7' });

const connected = screen('@connected', 'Onboarding / 05 Sources', X(6), 0, W, H, [
  status(),
  meter(80, 'Strong · 80%'),
  t('Shopify is connected 🎉', { size: 24, weight: 700 }),
  col([
    card('Shopify', { sub: 'saltandstone.myshopify.com', badge: 'Connected ✓', badgeW: 90 }),
    card('Chase Business Complete Banking', { sub: 'Checking ••8830', badge: 'Waiting for authorization', badgeColor: '#B25E00', badgeW: 100, vectorLogo: true }),
  ], { gap: 10 }),
  row([vec(16, 16, { name: 'Icon/plus' }), t('Add another revenue source', { size: 15, weight: 600, color: P })], { gap: 8, widths: [16], to: '@connect' }),
  btn('Continue to my offer', { kind: 'instance', componentId: '#btn', fill: P, w: 327, radius: 14, to: '@offer' }),
]);

const offer = screen('@offer', 'Funding / Offer', X(7), 0, W, H, [
  status(),
  t('Your offer is ready', { size: 24, weight: 700 }),
  col([t('$185,000', { size: 40, weight: 700 }), t('6% flat fee · repaid at 8% of daily sales', { size: 14, color: '#4B5260' })], { gap: 4, pad: 20, radius: 16, fill: '#F7F5FF' }),
  t('Funds usually arrive within 1 business day of signing.', { size: 14 }),
  btn('Review and sign', { kind: 'frame', fill: P, w: 327, radius: 14, to: { url: 'https://tidefund.com/sign' } }),
], { floating: [tabbar('Funding', '@profile')] });

const profile = screen('@profile', 'Profile', X(8), 0, W, H, [
  status(),
  t('Profile', { size: 24, weight: 700 }),
  col(['Business details', 'Data sources', 'Documents', 'Notifications', 'Help & support'].map((s) => row([t(s, { size: 16 }), vec(8, 14, { name: 'chevron' })], { gap: 8, widths: [undefined, 8], pad: 14, to: s === 'Data sources' ? '@sources' : undefined, name: 'Cell' })), { gap: 0, radius: 12, stroke: '#E5E7EB' }),
  link('Delete account', { color: '#C2342B', underline: false }),
], { floating: [tabbar('Profile')] });

const src = (n, meta, right) => row([rect(28, { w: 28, fills: [image('img' + n.toLowerCase())], name: 'Rectangle 55' }), col([t(n, { size: 15, weight: 600 }), t(meta, { size: 12, color: '#6B7280' })], { gap: 2 }), right], { gap: 10, widths: [28, undefined, 90], pad: 12, stroke: '#E5E7EB', radius: 10, name: 'Row' });
const sources = screen('@sources', 'Profile / Data sources', X(9), 0, W, H, [
  status(),
  row([vec(24, 24, { name: 'chevron-left', to: { back: true } }), t('Data sources', { size: 18, weight: 700 })], { gap: 8, widths: [24] }),
  src('Shopify', 'Connected Oct 2, 2026 · Last synced 2 hours ago', link('Disconnect', { size: 13, color: '#C2342B', underline: false, to: { dest: '@disc', nav: 'OVERLAY' } })),
  src('Stripe', 'Connected today · acct_1NxR…', row([vec(14, 14, { name: 'Spinner', fill: P }), t('Syncing 1,204 orders…', { size: 11, color: P })], { gap: 4, widths: [14] })),
  src('Chase', 'Checking ••8830 · USD · Last synced yesterday', link('Disconnect', { size: 13, color: '#C2342B', underline: false, to: { dest: '@disc', nav: 'OVERLAY' } })),
], { floating: [tabbar('Profile')] });

const disc = screen('@disc', 'Dialog / Disconnect', X(10), 0, 311, 240, [
  t('Disconnect Shopify?', { size: 18, weight: 700 }),
  t('We’ll stop syncing new orders and revoke Tidefund’s access to your store.', { size: 14 }),
  row([btn('Keep', { kind: 'link', to: { close: true }, underline: false }), btn('Disconnect', { kind: 'link', color: '#C2342B', to: { close: true }, underline: false })], { gap: 24, widths: [60, 100] }),
], { bg: '#FFFFFF' });

const rates = screen('@rates', 'Rates & fees', X(0), 1100, W, H, [
  status(),
  row([vec(24, 24, { name: 'chevron-left', to: { back: true } }), t('Rates & fees', { size: 18, weight: 700 })], { gap: 8, widths: [24] }),
  t('One flat fee, agreed up front. No interest, no compounding, no late fees, no prepayment penalties. Fees typically range from 4% to 12% of the amount advanced, depending on your sales history, margins and seasonality.', { size: 14 }),
  t('Example: $50,000 advance × 6% fee = $3,000 total cost.', { size: 14, weight: 600 }),
]);

doc.page('Cover', 1, cover('Tidefund', 'Apply flow · iOS · handoff'));
doc.page('Components', 3, componentLib(doc, { set: 'Button', def: 'Type=Primary', hover: 'Type=Primary, State=Pressed', card: 'List item / Source' }));
doc.page('📱 Apply flow', 20, [
  () => ({ id: null, name: 'Happy path', type: 'SECTION', absoluteBoundingBox: { x: -80, y: -80, width: 5400, height: 2700 }, fills: [solid('#FFFFFF')], children: [welcome, signup, verify, connect, sheet, shopauth, connected, offer, profile, sources, disc].map((f) => f()) }),
  () => ({ id: null, name: 'Edge screens', type: 'SECTION', absoluteBoundingBox: { x: -80, y: 1020, width: 900, height: 1000 }, fills: [solid('#FFFFFF')], children: [rates()] }),
], { flows: [{ nodeId: '@welcome', name: 'Apply' }] });
doc.page('Archive (do not use)', 77, [
  screen('@a1', 'Welcome v2', 0, 0, W, H, [t('Funding for ecommerce brands', { size: 24, weight: 700 }), rect(300, { fills: [image('old-hero')] }), btn('Get started', { kind: 'frame' })]),
]);

emit('d02-revenue-financing-mobile', doc, {
  kind: 'onboarding', connect: '@connect', expectSteps: 3, expectDead: ['@rates'],
  description: 'Tidefund, revenue-based financing for online stores (iOS 375x812, US English, wordy copy). Welcome carousel (with a marketing "Skip") → create account → email code → connect screen with an "Application strength" meter, Revenue/Bank accounts groups, trust block and mutual-NDA link → Shopify redirect bottom sheet (overlay) → external Shopify install → sources added (meter at 80%) → offer → Profile → Data sources (disconnect, syncing). "Rates & fees" is a dead end. Consent checkbox and a Powered-by line exist only as hidden layers.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.contextual-ctas', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.powered-by', 'platform.search', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'Welcome → Create account → Verify → Connect: 3 steps (the "Skip" on the welcome screen also goes to Create account).',
    'value.progress-meter': '"Application strength" bar (two stacked rectangles) on the connect screen (40%) and after connecting (80%).',
    'privacy.consent-action': 'The only checkbox + consent text on the flow page is a hidden layer (visible:false); no other checkbox exists.',
    'privacy.powered-by': 'Only a hidden "Powered by Codat" text layer.',
    'privacy.statistics': '"More than 4,800 online brands trust Tidefund with their store and bank data" + 256-bit encryption.',
    'privacy.mutual-nda': 'Link "Need an NDA before sharing? Request a mutual NDA".',
    'platform.search': 'Six platform cards, no search field.',
    'platform.non-linear': '"Save and finish later · Send this step to a teammate" (a marketing-screen "Skip" also exists but is not the reason).',
    'connection.refresh': 'Data sources rows offer Disconnect only; no refresh/sync-now control.',
    'privacy.connection-guide': 'FAQ link is about financing; there is no guide on how to connect.',
    'value.contextual-ctas': 'Connect prompts only appear in onboarding; offer/profile screens carry none.',
  },
});

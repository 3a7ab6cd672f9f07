// h87-craft-fair-vendor-loans-mobile: small loans for craft-fair vendors, 375x812, UK.
// Older prototype fields: transitionNodeID on nodes, prototypeStartNodeID on the page.
import { T, F, N, I, R, V, image, buildFile, save, countNodes, WRITTEN_BY } from './lib.mjs';
import { fr, rc, btnI, btnF, btnG, link, field, checkbox, logoImg, spinner, badge } from './kit.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 375;
const H = 812;
const PLUM = '#6B2D5C';
const tn = (key) => ({ transitionNodeID: '@' + key, transitionDuration: 300, transitionEasing: 'EASE_OUT' });

const statusBar = (dark) => F('Status bar', { x: 0, y: 0, w: W, h: 44, layout: 'H', pad: [0, 24, 0, 28], justify: 'SPACE_BETWEEN' }, [
  T('9:41', { size: 15, weight: 600, color: dark ? '#FFFFFF' : '#000000' }),
  F(fr(), { layout: 'H', gap: 5 }, [V('Cellular', { w: 17, h: 11, fill: dark ? '#FFFFFF' : '#000000' }), V('Wifi', { w: 15, h: 11, fill: dark ? '#FFFFFF' : '#000000' }), R('Battery', { w: 25, h: 12, radius: 3, stroke: dark ? '#FFFFFF' : '#000000' })]),
]);
const phone = (name, key, x, y, children, o = {}) => F(name, { key, x, y, w: W, h: o.h ?? H, fill: o.fill ?? '#FFFBF7', clipsContent: true }, [statusBar(o.dark), ...children]);
const body = (children, o = {}) => F(o.name ?? fr(), { x: 0, y: o.y ?? 56, w: W, layout: 'V', gap: o.gap ?? 16, pad: [8, 20, 24, 20] }, children);
const tabBar = (active) => F('Tab bar', { x: 0, y: H - 83, w: W, h: 83, fill: '#FFFFFF', stroke: '#EDE4DC', layout: 'H', pad: [10, 24, 30, 24], justify: 'SPACE_BETWEEN' },
  [['Home', 'offer'], ['Repayments', null], ['Profile', 'profile']].map(([t, to]) => F(fr(), { layout: 'V', gap: 4, align: 'CENTER', ...(to && t !== active ? tn(to) : {}) }, [V('Vector', { w: 22, h: 22, fill: t === active ? PLUM : '#A8A29E' }), T(t, { size: 11, weight: 500, color: t === active ? PLUM : '#A8A29E' })])));

const components = [
  N('COMPONENT', 'Button / Primary', { key: 'btn', x: 0, y: 0, layout: 'H', pad: [14, 24, 14, 24], fill: PLUM, radius: 24 }, [T('Label', { size: 16, weight: 600, color: '#FFFFFF' })]),
  N('COMPONENT', 'Row / Platform', { key: 'row', x: 0, y: 100, w: 335, h: 56, layout: 'H', pad: 12, gap: 12, fill: '#FFFFFF', radius: 12 }, [R(rc(), { w: 32, h: 32, radius: 8, fill: '#EDE4DC' }), T('Name', { size: 15, weight: 500 })]),
  N('COMPONENT', 'tick box', { key: 'tick', x: 400, y: 0, w: 20, h: 20 }, [R(rc(), { x: 0, y: 0, w: 20, h: 20, stroke: '#78716C', radius: 5 })]),
];

const platRow = (name, ref, o = {}) => I('Row / Platform', '@row', { layout: 'H', pad: 12, gap: 12, w: 335, fill: '#FFFFFF', radius: 12, stroke: '#EDE4DC', ...(o.to ? tn(o.to) : {}) }, [
  logoImg(ref, 32),
  T(name, { size: 15, weight: 500, w: 230 }),
  V('Chevron', { w: 8, h: 14, stroke: '#A8A29E', strokeWeight: 2 }),
]);

const intro = phone('Intro 1', 'intro', 0, 0, [
  R(rc(), { x: 0, y: 0, w: W, h: 360, fill: image('5a7e11c0f2b9d3a4') }),
  body([
    T('Stock up before the season starts', { size: 26, weight: 700, w: 335 }),
    T('Small loans for makers who sell at fairs, markets and online. £500 to £10,000, decided in minutes.', { size: 15, color: '#57534E', w: 335 }),
    F('Review', { layout: 'V', gap: 6, pad: 14, w: 335, radius: 12, fill: '#F5EDE6' }, [
      T('★★★★★  4.8 on Trustpilot', { size: 13, weight: 600, color: '#B45309' }),
      T('“Funded my Christmas stock in two days. Didn’t have to dig out a single bank statement.” — Priya, ceramicist, Leeds', { size: 13, color: '#44403C', w: 307 }),
    ]),
    T('Over 9,000 makers have borrowed with Stallfund since 2021', { size: 12, color: '#78716C', w: 335 }),
    F(fr(), { layout: 'H', gap: 6, justify: 'CENTER', w: 335 }, [R(rc(), { w: 18, h: 6, radius: 3, fill: PLUM }), R(rc(), { w: 6, h: 6, radius: 3, fill: '#D6D3D1' }), R(rc(), { w: 6, h: 6, radius: 3, fill: '#D6D3D1' })]),
    btnI('Get started', '@btn', { w: 335, fill: PLUM, radius: 24, py: 14, ...tn('signup') }),
  ], { y: 360 }),
  T('Skip', { x: 310, y: 52, size: 15, weight: 500, color: '#FFFFFF', ...tn('signup') }),
], { dark: true });

const signup = phone('Create account', 'signup', 475, 0, [
  body([
    T('Create your account', { size: 24, weight: 700 }),
    field('Full name', 'Priya Shah', { w: 335 }),
    field('Email', 'priya@hazelandclay.co.uk', { w: 335 }),
    field('Mobile', '07700 900123', { w: 335 }),
    field('Your shop link (Etsy, Linktree or website) — optional', 'linktr.ee/hazelandclay', { w: 335 }),
    btnF('Create account', { fill: PLUM, radius: 24, w: 335, py: 14, ...tn('link') }),
    F(fr(), { layout: 'H', gap: 4 }, [T('What does it cost?', { size: 13, color: '#57534E' }), link('Rates & fees', { size: 13, color: PLUM, ...tn('pricing') })]),
  ], { y: 56 }),
]);

const pricing = phone('Rates & fees', 'pricing', 950, 0, [
  body([
    T('Rates & fees', { size: 24, weight: 700 }),
    T('One fixed fee, agreed up front. No interest on top, no early repayment charges.', { size: 14, color: '#57534E', w: 335 }),
    ...[['£500 – £2,000', '6% fixed fee'], ['£2,001 – £5,000', '5% fixed fee'], ['£5,001 – £10,000', '4.5% fixed fee']].map(([a, b]) =>
      F(fr(), { layout: 'H', pad: 14, w: 335, radius: 10, fill: '#FFFFFF', justify: 'SPACE_BETWEEN' }, [T(a, { size: 14, weight: 600 }), T(b, { size: 14, color: '#57534E' })])),
    T('Representative example: borrow £3,000 over 6 months, fee £150, total repayable £3,150.', { size: 12, color: '#78716C', w: 335 }),
  ]),
]);

const linkScreen = phone('Link your sales', 'link', 1425, 0, [
  body([
    T('Show us how your stall’s doing', { size: 24, weight: 700, w: 335 }),
    F(fr(), { layout: 'V', gap: 6, w: 335 }, [
      F(fr(), { layout: 'H', justify: 'SPACE_BETWEEN', w: 335 }, [T('Application strength', { size: 12, weight: 600, color: '#57534E' }), T('0 of 3 linked', { size: 12, color: '#78716C' })]),
      F('Meter', { w: 335, h: 8, radius: 4, fill: '#EDE4DC' }, [R(rc(), { x: 0, y: 0, w: 24, h: 8, radius: 4, fill: PLUM })]),
    ]),
    T('Get an offer in minutes instead of weeks. We look at 12 months of your Etsy orders and SumUp card takings to see your regular income, and your business bank feed to see what goes out. First up: link your Etsy shop.', { size: 14, color: '#44403C', w: 335 }),
    link('Why do you need this?', { size: 13, color: PLUM, ...tn('faq') }),
    T('Where you sell online', { size: 17, weight: 700 }),
    platRow('Etsy', 'e75y0000000000a1', { to: 'etsy' }),
    platRow('Folksy', 'e75y0000000000a2'),
    platRow('NOTHS (notonthehighstreet.com)', 'e75y0000000000a3'),
    T('Card readers', { size: 17, weight: 700 }),
    platRow('SumUp', 'e75y0000000000b1'),
    platRow('Zettle by PayPal', 'e75y0000000000b2'),
    platRow('Square', 'e75y0000000000b3'),
    T('Your business bank', { size: 17, weight: 700 }),
    platRow('Starling Bank', 'e75y0000000000c1'),
    platRow('Tide', 'e75y0000000000c2'),
    platRow('Monzo Business', 'e75y0000000000c3'),
    F(fr(), { layout: 'V', gap: 6, pad: 14, w: 335, radius: 12, fill: '#F5EDE6' }, [
      T('🔒 Read-only and bank-level encrypted. We can see orders, payouts and balances — we can’t change listings, issue refunds or move money.', { size: 12, color: '#44403C', w: 307 }),
      T('We never pass your information to anyone else unless you say so. Changed your mind? Unlink any account whenever you like in Profile › Linked accounts.', { size: 12, color: '#44403C', w: 307 }),
    ]),
    T('Powered by Codat', { size: 11, color: '#A8A29E', visible: false }),
    F(fr(), { layout: 'H', gap: 4 }, [T('Mostly cash?', { size: 13, color: '#57534E' }), link('Send photos of your takings book', { size: 13, color: PLUM, ...tn('upload') })]),
    btnF('\u200bSave and finish later', { fill: '#FFFFFF', stroke: '#D6D3D1', color: '#44403C', radius: 24, w: 335, py: 12, ...tn('saved') }),
  ]),
], { h: 1440 });

const etsy = phone('Link – Etsy sheet', 'etsy', 1900, 0, [
  R('Scrim', { x: 0, y: 0, w: W, h: H, fill: '#000000', opacity: 0.4 }),
  F('Sheet', { x: 0, y: 352, w: W, h: 460, fill: '#FFFFFF', radius: 20, layout: 'V', gap: 16, pad: [24, 20, 34, 20] }, [
    F(fr(), { layout: 'H', gap: 12 }, [logoImg('e75y0000000000a1', 40), T('Link your Etsy\u00a0shop', { size: 20, weight: 700 })]),
    T('We’ll open Etsy so you can log in and tap “Allow access”. You’ll pop straight back to Stallfund afterwards.', { size: 14, color: '#44403C', w: 335 }),
    checkbox('vector', [T('I’m happy for Stallfund to read my shop’s sales data, as explained in the', { size: 13, w: 240 }), link('Privacy notice', { size: 13, color: PLUM })], { w: 335 }),
    btnI('Continue to Etsy', '@btn', { w: 335, fill: PLUM, radius: 24, py: 14, ...tn('linked') }),
    T('Not now', { size: 14, weight: 500, color: '#78716C', ...tn('link') }),
  ]),
]);

const connectedRow = (name, ref, status) => F(fr(), { layout: 'H', gap: 12, pad: 12, w: 335, radius: 12, fill: '#FFFFFF', stroke: '#EDE4DC', justify: 'SPACE_BETWEEN' }, [
  F(fr(), { layout: 'H', gap: 12 }, [logoImg(ref, 32), T(name, { size: 15, weight: 500 })]),
  status,
]);
const linked = phone('Linked so far', 'linked', 2375, 0, [
  body([
    T('Nice one, Priya', { size: 24, weight: 700 }),
    F(fr(), { layout: 'V', gap: 6, w: 335 }, [
      F(fr(), { layout: 'H', justify: 'SPACE_BETWEEN', w: 335 }, [T('Application strength: Good', { size: 12, weight: 600, color: '#57534E' }), T('2 of 3 linked', { size: 12, color: '#78716C' })]),
      F('Meter', { w: 335, h: 8, radius: 4, fill: '#EDE4DC' }, [R(rc(), { x: 0, y: 0, w: 223, h: 8, radius: 4, fill: PLUM })]),
    ]),
    connectedRow('Etsy', 'e75y0000000000a1', badge('Linked ✓', '#DCFCE7', '#166534')),
    connectedRow('SumUp', 'e75y0000000000b1', badge('Waiting for you to authorise', '#FEF3C7', '#92400E')),
    F(fr(), { layout: 'H', gap: 8, pad: 12, w: 335, radius: 12, fill: '#F5EDE6' }, [spinner(16), T('Updating your Etsy sales…', { size: 13, color: '#44403C' })]),
    btnG('+ Add another account', { w: 335, h: 48, fill: '#F5EDE6', color: PLUM, ...tn('link') }),
    btnI('See my offer', '@btn', { w: 335, fill: PLUM, radius: 24, py: 14, ...tn('offer') }),
  ]),
]);

const offer = phone('Your offer', 'offer', 0, 1000, [
  body([
    T('You could borrow up to', { size: 15, color: '#57534E' }),
    T('£4,500', { size: 40, weight: 700, color: PLUM }),
    T('Fixed fee £225 · repay over 6 months from your sales', { size: 13, color: '#78716C', w: 335 }),
    F('Boost', { layout: 'V', gap: 10, pad: 16, w: 335, radius: 14, fill: '#FFFFFF', stroke: '#EDE4DC' }, [
      T('Want a bigger limit?', { size: 16, weight: 700 }),
      T('Link your business bank so we can see all your takings, not just card sales. Makers who do usually see their limit go up.', { size: 13, color: '#57534E', w: 303 }),
      btnF('Link my bank', { fill: PLUM, radius: 20, py: 10, ...tn('link') }),
    ]),
    F(fr(), { layout: 'V', gap: 4, pad: 14, w: 335, radius: 12, fill: '#F5EDE6' }, [T('Stallfund Plus', { size: 14, weight: 600 }), T('Fair-season cashflow tips and 0.5% off your fee. £4/month, cancel anytime.', { size: 12, color: '#57534E', w: 307 })]),
    btnF('Accept offer', { fill: '#1C1917', radius: 24, w: 335, py: 14 }),
  ]),
  tabBar('Home'),
]);

const profile = phone('Profile', 'profile', 475, 1000, [
  body([
    T('Profile', { size: 24, weight: 700 }),
    ...[['Personal details', null], ['Linked accounts', 'accounts'], ['Notifications', null], ['Chat with us', null]].map(([t, to]) =>
      F(fr(), { layout: 'H', pad: 14, w: 335, radius: 10, fill: '#FFFFFF', justify: 'SPACE_BETWEEN', ...(to ? tn(to) : {}) }, [T(t, { size: 15 }), V('Chevron', { w: 8, h: 14, stroke: '#A8A29E', strokeWeight: 2 })])),
    T('Delete account', { size: 15, weight: 500, color: '#DC2626' }),
  ]),
  tabBar('Profile'),
]);

const accRow = (name, ref, l1, l2) => F(fr(), { layout: 'V', gap: 8, pad: 14, w: 335, radius: 12, fill: '#FFFFFF', stroke: '#EDE4DC' }, [
  F(fr(), { layout: 'H', gap: 12, w: 307, justify: 'SPACE_BETWEEN' }, [F(fr(), { layout: 'H', gap: 10 }, [logoImg(ref, 28), T(name, { size: 15, weight: 600 })]), T('Unlink', { size: 13, weight: 500, color: '#DC2626' })]),
  T(l1, { size: 12, color: '#78716C' }),
  T(l2, { size: 12, color: '#78716C' }),
]);
const accounts = phone('Linked accounts', 'accounts', 950, 1000, [
  body([
    T('‹ Profile', { size: 14, color: PLUM, ...tn('profile') }),
    T('Linked accounts', { size: 24, weight: 700 }),
    accRow('Etsy · hazelandclay', 'e75y0000000000a1', 'Linked 14 Oct 2026', 'Last updated today, 09:12'),
    accRow('SumUp · Hazel & Clay', 'e75y0000000000b1', 'Linked 14 Oct 2026', 'Last updated yesterday, 18:40'),
    btnF('↻ Pull in latest sales', { fill: '#FFFFFF', stroke: PLUM, color: PLUM, radius: 24, w: 335, py: 12 }),
  ]),
  tabBar('Profile'),
]);

const faq = phone('Why link? (FAQ)', 'faq', 1425, 1000, [
  body([
    T('Why link your accounts?', { size: 22, weight: 700 }),
    ...[
      ['Is it faster?', 'Yes. Linking replaces uploading statements, so most makers get an answer the same day.'],
      ['Will it affect my credit score?', 'No. Looking at your sales is not a credit search.'],
      ['Do I have to link everything?', 'No, but the more we can see, the better your offer tends to be.'],
    ].flatMap(([q, a]) => [T(q, { size: 15, weight: 600, w: 335 }), T(a, { size: 14, color: '#57534E', w: 335 })]),
    btnF('Got it', { fill: PLUM, radius: 24, w: 335, py: 12, ...tn('link') }),
  ]),
]);

const upload = phone('Takings photos', 'upload', 1900, 1000, [
  body([
    T('Send us your takings', { size: 22, weight: 700 }),
    T('Snap the last few months of your takings book or cash sheets. Clear photos of each page work best.', { size: 14, color: '#57534E', w: 335 }),
    F('Drop', { layout: 'V', align: 'CENTER', justify: 'CENTER', gap: 8, w: 335, h: 200, radius: 14, stroke: '#D6D3D1', fill: '#FFFFFF' }, [V('Camera', { w: 28, h: 24, fill: '#A8A29E' }), T('Take photo or choose from library', { size: 14, color: '#57534E' })]),
    btnF('Back', { fill: '#FFFFFF', stroke: '#D6D3D1', color: '#44403C', radius: 24, w: 335, py: 12, ...tn('link') }),
  ]),
]);

const saved = phone('Saved', 'saved', 2375, 1000, [
  body([
    T('All saved 👍', { size: 24, weight: 700 }),
    T('We’ve emailed you a link so you can pick up where you left off — or forward it to whoever looks after your bank account.', { size: 14, color: '#57534E', w: 335 }),
    btnF('Back to my application', { fill: PLUM, radius: 24, w: 335, py: 12, ...tn('link') }),
  ]),
]);

const email = F('Welcome email', { key: 'email', x: 2850, y: 0, w: 600, h: 900, fill: '#FFFFFF' }, [
  F(fr(), { x: 0, y: 0, w: 600, layout: 'V', gap: 18, pad: 40 }, [
    T('Stallfund', { size: 20, weight: 700, color: PLUM }),
    T('Welcome aboard, Priya', { size: 26, weight: 700 }),
    T('You’re three small steps from your offer:', { size: 15, color: '#44403C' }),
    T('1  Tell us about your stall  ✓\n2  Link your Etsy, SumUp or bank — takes about 2 minutes\n3  See your offer and choose how much to borrow', { size: 15, w: 520, color: '#1C1917' }),
    btnF('Link my sales', { fill: PLUM, radius: 24, py: 14 }),
    T('Or reply to this email and tell us where you sell — we’ll point you in the right direction.', { size: 13, color: '#78716C', w: 520 }),
    T('You’re receiving this because you created a Stallfund account. Unsubscribe', { size: 11, color: '#A8A29E', w: 520 }),
  ]),
]);

const cover = F('Thumbnail', { x: 0, y: 0, w: 1600, h: 960, fill: '#F5EDE6' }, [
  T('Stallfund — onboarding (Autumn ’26)', { x: 100, y: 380, size: 60, weight: 700, color: PLUM, w: 1300 }),
  T('✅ Signed off', { x: 100, y: 480, size: 28, color: '#44403C' }),
]);

const archive = [
  F('Intro (old copy)', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [T('Grow your stall', { x: 20, y: 100, size: 26, weight: 700 }), T('Loans for makers', { x: 20, y: 140, size: 15 })]),
];

const { doc } = buildFile({
  name: 'Stallfund app — onboarding',
  lastModified: '2026-10-19T09:03:55Z',
  version: '3977120054',
  pages: [
    { name: 'Thumbnail', base: 2, children: [cover] },
    { name: 'Onboarding', base: 5, children: [intro, signup, pricing, linkScreen, etsy, linked, offer, profile, accounts, faq, upload, saved, email], startKey: 'intro', noFlowField: true, device: { type: 'PRESET', size: { width: W, height: H }, presetIdentifier: 'APPLE_IPHONE_13_MINI', rotation: 'NONE' } },
    { name: 'Components', base: 9, children: components },
    { name: 'Old / archive', base: 31, children: archive },
  ],
});

const byName = (n) => doc.document.children[1].children.find((f) => f.name === n).id;
const truth = {
  file: 'h87-craft-fair-vendor-loans-mobile.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'UK mobile app (375x812) lending to craft-fair and market vendors. Intro carousel with a maker review, sign-up, a "link your sales" screen grouping online marketplaces, card readers and business banks with an application-strength meter, an Etsy authorise sheet, a linked-so-far summary, the loan offer with a link-your-bank boost, profile and linked-accounts management, plus a welcome email. Prototype uses the older transitionNodeID fields.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas',
    'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.statistics', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives',
    'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.prefill', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search'],
  notes: {
    'funnel.greeting-email': 'Welcome email with a numbered 1-2-3 list where linking is step 2 and a "Link my sales" button.',
    'funnel.three-actions': 'Intro → Create account → Link your sales: two taps.',
    'funnel.social-proof': 'Trustpilot rating and a named maker’s quote on the intro screen.',
    'value.three-part': 'Faster offer; 12 months of Etsy orders/SumUp takings for income and bank feed for outgoings; "First up: link your Etsy shop".',
    'value.contextual-ctas': 'Offer screen: "Link my bank" to raise the limit.',
    'value.faq-link': '"Why do you need this?" opens an FAQ about the benefits.',
    'value.progress-meter': 'Application-strength bar, 0 of 3 then 2 of 3 linked.',
    'privacy.data-scope': 'Read-only: orders, payouts and balances; cannot change listings, refund or move money.',
    'privacy.statistics': '"Over 9,000 makers have borrowed with Stallfund".',
    'privacy.support-contacts': 'Only a "Chat with us" row in Profile; no phone, email or form.',
    'privacy.powered-by': 'The "Powered by Codat" text is a hidden layer.',
    'platform.search': 'Short grouped list with no search field.',
    'platform.alternatives': 'Cash sellers can send photos of their takings book.',
    'platform.non-linear': '"Save and finish later" emails a link that can be forwarded to whoever runs the bank account.',
    'connection.refresh': '"Pull in latest sales" on Linked accounts.',
    'connection.syncing-indicator': 'Spinner with "Updating your Etsy sales…".',
  },
  flow: { startFrameId: byName('Intro 1'), connectFrameId: byName('Link your sales'), stepsToConnect: 2, deadEnds: [byName('Rates & fees')] },
};
save(OUT, 'h87-craft-fair-vendor-loans-mobile', doc, truth);
console.log('h87 nodes', countNodes(doc.document));

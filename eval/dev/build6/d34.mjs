// d34-ecommerce-lender-mobile: revenue-based loans for online sellers, 390x844 (US), tile grid picker.
import { begin, usePage, canvas, writeFile, F, G, S, R, V, E, T, C, CS, I, registerComponent, btnFrame, btnGroup, btnInst, link, logo, searchField, go, back, url } from './lib.mjs';

begin();
const W = 390; const H = 844;
const INK = '#111827'; const MUTED = '#6B7280'; const BRAND = '#7C3AED';

usePage(5);
const tileDef = registerComponent('tile', C('Property 1=Default', 0, 0, 104, 104, { fill: '#FFFFFF', radius: 14, stroke: '#E5E7EB', int: [go('tileSel', 'CHANGE_TO')] }, [R('logo', 28, 16, 48, 48, { radius: 10 }), T('Name', 4, 72, 96, { size: 12, align: 'CENTER' })]));
const tileSel = registerComponent('tileSel', C('Property 1=Selected', 120, 0, 104, 104, { fill: '#F5F3FF', radius: 14, stroke: BRAND, ref: 'tileSel' }, [R('logo', 28, 16, 48, 48, { radius: 10 }), T('Name', 4, 72, 96, { size: 12, align: 'CENTER' })]));
const chk = registerComponent('chk', C('checkbox/off', 260, 0, 20, 20, { fill: '#FFFFFF', radius: 4, stroke: '#9CA3AF' }, []));
const primary = registerComponent('primary', C('Button/Primary', 320, 0, 342, 52, { fill: BRAND, radius: 26 }, [T('Button', 0, 15, 342, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const comps = canvas(5, 'Components', [CS('Tile', -20, -20, 260, 140, [tileDef, tileSel]), chk, primary], { bg: '#FFFFFF' });

usePage(1);
const cover = canvas(1, '📄 Cover', [F('Thumbnail', 0, 0, 1600, 960, { fill: BRAND }, [T('Shelfcap · Seller onboarding (mobile)', 100, 400, 1400, { size: 64, weight: 700, color: '#FFFFFF' }), T('Sprint 41 · US launch', 100, 500, 800, { size: 28, color: '#EDE9FE' })])]);

usePage(7);
const status = () => F('Status bar', 0, 0, W, 47, {}, [T('9:41', 24, 14, 60, { size: 15, weight: 600 }), V('Vector', 300, 16, 66, 14, { fill: INK })]);
const topBar = (title, o = {}) => F('Frame 10', 0, 47, W, 52, { layout: 'HORIZONTAL', gap: 8, pad: 16 }, [
  V('chevron-left', 16, 16, 20, 20, { fill: INK, int: o.backTo ? [go(o.backTo)] : [back()] }),
  T(title, 48, 14, 294, { size: 17, weight: 600, align: 'CENTER' }),
]);
const input = (label, ph, x, y) => F('Auto layout', x, y, 342, 72, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, 342, { size: 13, weight: 500, color: MUTED }),
  F('Frame 3', 0, 24, 342, 48, { fill: '#FFFFFF', stroke: '#D1D5DB', radius: 10, layout: 'HORIZONTAL', pad: 14 }, [T(ph, 14, 14, 300, { color: '#9CA3AF' })]),
]);
const scr = (name, x, ref, kids, fill = '#FFFFFF') => F(name, x, 0, W, H, { fill, ref, clipsContent: true }, [status(), ...kids]);

const intro = scr('Onboarding 1', 0, 'intro', [
  link('Skip', 320, 56, 50, { color: MUTED, int: [go('signup')] }),
  R('Rectangle 4', 24, 120, 342, 360, { radius: 24, fill: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'd34hero' }] }),
  T('Get funded on your sales,\nnot your credit score', 24, 510, 342, { size: 26, weight: 700 }),
  T('Flexible capital for Shopify, Amazon and Etsy sellers. Pay back a share of what you sell.', 24, 590, 342, { size: 15, color: MUTED, lines: 3 }),
  G('Group 6', 171, 670, 48, 8, [E('Ellipse 1', 0, 0, 8, 8, { fill: BRAND }), E('Ellipse 2', 20, 0, 8, 8), E('Ellipse 3', 40, 0, 8, 8)]),
  btnInst('primary', 'Get started', 24, 740, 342, 52, { name: 'Button/Primary', fill: BRAND, radius: 26, int: [go('signup')] }),
]);

const signup = scr('Sign up', 440, 'signup', [
  topBar('Create account', { backTo: 'intro' }),
  F('Auto layout', 24, 120, 342, 520, { layout: 'VERTICAL', gap: 16 }, [
    T('Let’s get you set up', 0, 0, 342, { size: 24, weight: 700 }),
    input('Email', 'you@store.com', 0, 50),
    input('Password', 'At least 10 characters', 0, 138),
    btnFrame('Create account', 0, 236, 342, 52, { fill: BRAND, radius: 26, int: [go('verify')] }),
    G('Group 19', 0, 304, 342, 40, [
      T('By continuing you agree to our', 0, 0, 342, { size: 12, color: MUTED, align: 'CENTER' }),
      link('Terms of Service', 110, 18, 122, { size: 12, underline: true, int: [go('terms')] }),
    ]),
  ]),
]);

const verify = scr('Verify phone', 880, 'verify', [
  topBar('Verify'),
  T('Enter the 6-digit code', 24, 130, 342, { size: 24, weight: 700 }),
  T('We texted it to (646) 555-0199.', 24, 170, 342, { color: MUTED }),
  F('Frame 22', 24, 220, 342, 56, { layout: 'HORIZONTAL', gap: 10 }, [0, 1, 2, 3, 4, 5].map((i) => R(`Rectangle ${i + 1}`, i * 57, 0, 47, 56, { fill: '#F3F4F6', radius: 10 }))),
  btnGroup('Verify', 24, 740, 342, 52, { fill: BRAND, radius: 26, int: [go('biz')] }),
]);

const biz = scr('Business basics', 1320, 'biz', [
  topBar('Your business'),
  F('Auto layout', 24, 120, 342, 560, { layout: 'VERTICAL', gap: 12 }, [
    T('Tell us about your store', 0, 0, 342, { size: 24, weight: 700 }),
    input('Legal business name', 'Copper & Pine Goods LLC', 0, 48),
    input('EIN', '12-3456789', 0, 132),
    input('What do you sell?', 'Home & kitchen', 0, 216),
    input('Time in business', '2+ years', 0, 300),
  ]),
  btnFrame('Continue', 24, 740, 342, 52, { fill: BRAND, radius: 26, int: [go('amount')] }),
]);

const amount = scr('Funding amount', 1760, 'amount', [
  topBar('Funding'),
  T('How much do you need?', 24, 130, 342, { size: 24, weight: 700 }),
  T('$25,000', 24, 190, 342, { size: 44, weight: 700, align: 'CENTER' }),
  G('Slider', 24, 270, 342, 24, [R('track', 0, 10, 342, 4, { fill: '#E5E7EB', radius: 2 }), R('fill', 0, 10, 120, 4, { fill: BRAND, radius: 2 }), E('knob', 110, 0, 24, 24, { fill: '#FFFFFF', stroke: BRAND })]),
  T('Inventory · Ads · Payroll', 24, 320, 342, { size: 14, color: MUTED, align: 'CENTER' }),
  link('See rates & fees', 24, 660, 342, { underline: true, int: [go('fees')] }),
  btnFrame('Continue', 24, 740, 342, 52, { fill: BRAND, radius: 26, int: [go('grid')] }),
]);

const fees = scr('Rates & fees', 2200, 'fees', [
  topBar('Rates & fees'),
  T('One flat fee. No interest.', 24, 130, 342, { size: 22, weight: 700 }),
  T('Fees run 6–12% of the amount advanced.\nYou repay 10–20% of daily sales until done.\nNo prepayment penalty.', 24, 180, 342, { size: 15, color: MUTED, lines: 4 }),
  F('Frame 40', 24, 300, 342, 160, { fill: '#F9FAFB', radius: 12, layout: 'VERTICAL', gap: 8, pad: 16 }, [
    T('Example', 16, 16, 300, { weight: 600 }), T('$25,000 advance · $2,250 fee\nRepaid from 15% of sales', 16, 44, 300, { color: MUTED, lines: 2 }),
  ]),
]);

const terms = scr('Terms of Service', 440, 'terms', [
  topBar('Terms'),
  T('Shelfcap Terms of Service', 24, 120, 342, { size: 20, weight: 700 }),
  T('1  Eligibility\n2  Advances and remittance\n3  Fees\n4  Governing law (Delaware)', 24, 160, 342, { size: 14, color: MUTED, lines: 4, name: '1  Eligibility…' }),
  R('Rectangle 9', 24, 270, 342, 480, { fill: '#F3F4F6' }),
]);
terms._rel[1] = 940;

const tile = (name, img, x, y, o = {}) => (o.inst
  ? I('tile', 'Property 1=Default', x, y, 104, 104, { int: o.int, fill: o.done ? '#ECFDF5' : [] }, [logo(28, 14, 48, img, 'logo'), T(o.label ?? name, 4, 68, 96, { size: 11, align: 'CENTER', lines: 2 })])
  : F(o.frameName ?? 'Frame 77', x, y, 104, 104, { fill: o.done ? '#ECFDF5' : '#FFFFFF', radius: 14, stroke: o.pending ? '#F59E0B' : '#E5E7EB', int: o.int }, [logo(28, 14, 48, img), T(o.label ?? name, 4, 68, 96, { size: 11, align: 'CENTER', lines: 2 })]));
const strength = (level, fillW, y) => F('Frame 50', 24, y, 342, 58, { fill: '#F5F3FF', radius: 12, layout: 'VERTICAL', gap: 6, pad: 12 }, [
  F('Frame 51', 12, 10, 318, 20, { layout: 'HORIZONTAL', gap: 6 }, [T('Application strength', 0, 0, 200, { size: 13, weight: 600 }), T(level, 250, 0, 68, { size: 13, weight: 600, color: BRAND })]),
  G('Group 52', 12, 36, 318, 8, [R('Rectangle 53', 0, 0, 318, 8, { radius: 4, fill: '#DDD6FE' }), R('Rectangle 54', 0, 0, fillW, 8, { radius: 4, fill: BRAND })]),
]);
const stores = [['Shopify', 'img-shopify'], ['Amazon Seller Central', 'img-amazon-sc'], ['eBay', 'img-ebay'], ['Etsy', 'img-etsy'], ['WooCommerce', 'img-woo'], ['BigCommerce', 'img-bigc']];
const banks = [['Chase Business', 'img-chase'], ['Bank of America', 'img-boa'], ['Wells Fargo', 'img-wf']];
const gridBody = (after) => [
  topBar(after ? 'Connect your sales' : 'Connect your sales\u200B'),
  F('Scroll', 0, 99, W, 745, { layout: 'VERTICAL', gap: 14, pad: 0, overflowDirection: 'VERTICAL_SCROLLING' }, [
    strength(after ? 'Good' : 'Fair', after ? 220 : 90, 8),
    ...(after ? [] : [F('Frame 60', 24, 78, 342, 150, { layout: 'VERTICAL', gap: 6 }, [
      T('Why connect your store?', 0, 0, 342, { size: 20, weight: 700 }),
      T('•  Offers sized to your real sales, up to $250k\n•  We read 12 months of orders and payouts from your store, plus deposits from your bank — read-only\n•  Tap your store below to get your offer in minutes', 0, 32, 342, { size: 13, color: '#374151', lines: 6 }),
    ])]),
    searchField('Search 30+ platforms', 24, after ? 78 : 236, 342, { name: 'Search' }),
    T('Online stores', 24, after ? 134 : 292, 342, { size: 16, weight: 600 }),
    F('Grid', 24, after ? 162 : 320, 342, 220, { layout: 'HORIZONTAL', layoutWrap: 'WRAP', gap: 15 }, stores.map(([n, img], i) => tile(n, img, (i % 3) * 119, Math.floor(i / 3) * 116, {
      inst: i % 2 === 0,
      int: !after && n === 'Shopify' ? [go('consent', 'OVERLAY')] : undefined,
      done: after && n === 'Shopify',
      label: after && n === 'Shopify' ? 'Shopify\nConnected ✓' : undefined,
    }))),
    T('Bank accounts', 24, after ? 398 : 556, 342, { size: 16, weight: 600 }),
    F('Grid', 24, after ? 426 : 584, 342, 104, { layout: 'HORIZONTAL', gap: 15 }, banks.map(([n, img], i) => tile(n, img, i * 119, 0, {
      pending: after && i === 0, label: after && i === 0 ? 'Chase Business\nPending approval' : undefined, frameName: 'Frame 90',
    }))),
    ...(after ? [
      btnGroup('+ Add another store', 24, 546, 342, 44, { fill: '#FFFFFF', color: BRAND, name: 'Group 70', int: [go('grid2')] }),
      btnFrame('See my offer', 24, 640, 342, 52, { fill: BRAND, radius: 26, int: [go('offer')] }),
    ] : [
      F('Frame 95', 24, 700, 342, 180, { fill: '#F9FAFB', radius: 12, layout: 'VERTICAL', gap: 8, pad: 14 }, [
        T('“Funded in 48 hours — we restocked before Black Friday.”', 14, 14, 314, { size: 14, weight: 500, lines: 2 }),
        G('Group 96', 14, 62, 300, 36, [E('Avatar', 0, 0, 36, 36, { fill: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'd34dana' }] }), T('Dana Whitfield, owner, Copper & Pine Goods', 46, 8, 254, { size: 12, color: MUTED })]),
        T('🔒 Read-only and encrypted. 40,000+ US sellers trust Shelfcap, and we never sell your data or share it without your OK.', 14, 108, 314, { size: 12, color: MUTED, lines: 3 }),
      ]),
      F('Frame 97', 24, 900, 342, 90, { layout: 'VERTICAL', gap: 10 }, [
        link('Don’t see your platform? Upload payout statements', 0, 0, 342, { size: 13, int: [go('upload')] }),
        link('How connecting works', 0, 30, 342, { size: 13, underline: true, int: [go('guide')] }),
        link('Questions? Read our FAQ', 0, 60, 342, { size: 13, color: MUTED, int: [url('https://shelfcap.com/faq')] }),
      ]),
      T('You can disconnect anytime in Settings.', 24, 1000, 342, { size: 12, color: MUTED, hidden: true }),
      T('Powered by Ledgerline', 24, 1024, 342, { size: 11, color: MUTED, hidden: true }),
    ]),
  ]),
];
const grid = scr('Connect sales', 2640, 'grid', gridBody(false));
const grid2 = scr('Connect sales – 1 done', 3520, 'grid2', gridBody(true));

const consent = F('Sheet / Shopify', 3080, 0, W, 520, { fill: '#FFFFFF', radius: 20, ref: 'consent' }, [
  R('Grabber', 175, 8, 40, 4, { radius: 2, fill: '#D1D5DB' }),
  G('Group 30', 24, 32, 200, 48, [logo(0, 0, 48, 'img-shopify', 'Shopify logo'), T('Shopify', 60, 12, 140, { size: 20, weight: 700 })]),
  T('Connect your Shopify store', 24, 100, 342, { size: 20, weight: 700 }),
  T('Your sales history helps us build a fair offer.', 24, 136, 342, { color: MUTED }),
  G('Group 31', 24, 200, 342, 60, [
    I('chk', 'checkbox/off', 0, 2, 20, 20, {}, []),
    T('I authorize Shelfcap to access my store data for underwriting and agree to the', 32, 0, 310, { size: 13, lines: 2 }),
    link('Privacy Policy', 32, 38, 120, { size: 13, underline: true, int: [url('https://shelfcap.com/privacy')] }),
  ]),
  btnFrame('Connect Shopify', 24, 300, 342, 52, { fill: BRAND, radius: 26, int: [go('sync')] }),
  link('Not now', 24, 372, 342, { color: MUTED, int: [back()] }),
]);

const sync = scr('Connecting', 3960, 'sync', [
  E('Spinner', 159, 260, 72, 72, { fill: [], stroke: BRAND, arcData: { startingAngle: 0, endingAngle: 4.4, innerRadius: 0.85 } }),
  T('Syncing your Shopify orders…', 24, 360, 342, { size: 20, weight: 700, align: 'CENTER' }),
  T('This usually takes under a minute.', 24, 396, 342, { color: MUTED, align: 'CENTER' }),
  btnFrame('Continue', 24, 740, 342, 52, { fill: BRAND, radius: 26, int: [go('grid2')] }),
]);

const offer = scr('Offer', 4400, 'offer', [
  T('🎉', 24, 140, 342, { size: 48, align: 'CENTER' }),
  T('You’re pre-qualified for up to $62,000', 24, 220, 342, { size: 24, weight: 700, align: 'CENTER', lines: 2 }),
  T('Final terms after a quick review.', 24, 290, 342, { color: MUTED, align: 'CENTER' }),
  btnFrame('Review offer', 24, 740, 342, 52, { fill: BRAND, radius: 26 }),
]);

const upload = scr('Upload statements', 4840, 'upload', [
  topBar('Upload instead'),
  T('Upload payout statements', 24, 130, 342, { size: 22, weight: 700 }),
  T('Last 6 months of marketplace payout reports or bank statements (PDF or CSV).', 24, 170, 342, { color: MUTED, lines: 2 }),
  F('Dropzone', 24, 240, 342, 200, { radius: 16, stroke: '#C4B5FD', fill: '#FAF5FF' }, [V('Vector', 151, 60, 40, 40, { fill: BRAND }), T('Tap to choose files', 0, 120, 342, { align: 'CENTER', color: BRAND })]),
  btnFrame('Submit', 24, 740, 342, 52, { fill: BRAND, radius: 26, int: [go('offer')] }),
]);

const guide = scr('How connecting works', 5280, 'guide', [
  topBar('How it works'),
  T('Connecting your store, step by step', 24, 130, 342, { size: 22, weight: 700, lines: 2 }),
  T('1  Pick your platform\n2  Sign in with your store login\n3  Approve read-only access\n4  We size your offer from your sales', 24, 200, 342, { size: 15, lines: 5, name: 'steps' }),
  R('Rectangle 70', 24, 330, 342, 200, { radius: 12, fill: [{ type: 'IMAGE', scaleMode: 'FIT', imageRef: 'd34guide' }] }),
]);

const flowPage = canvas(7, 'Flow – seller onboarding', [
  S('Welcome', -40, -80, 2680, 2000, [intro, signup, verify, biz, amount, fees, terms].map((f) => { f._rel[0] += 40; f._rel[1] += 80; return f; })),
  grid, consent, grid2, sync, offer, upload, guide,
], { flows: [['intro', 'Seller onboarding']] });

usePage(9);
const archive = canvas(9, 'Archive', [
  F('Connect – v1 list', 0, 0, W, H, { fill: '#FFFFFF' }, [status(), T('Link your store', 24, 120, 342, { size: 24, weight: 700 }), ...['Shopify', 'Amazon', 'Etsy'].map((n, i) => T(n, 24, 180 + i * 56, 342, { size: 16 }))]),
  F('Connect – v1 list', 440, 0, W, H, { fill: '#FFFFFF', visible: false }, [status(), T('Need help? Call (646) 555-0100', 24, 120, 342)]),
]);

writeFile('d34-ecommerce-lender-mobile', { name: 'Shelfcap – Seller onboarding (iOS)', lastModified: '2026-02-09T19:03:44Z', version: '4987012233' }, [cover, comps, flowPage, archive], {
  kind: 'onboarding',
  description: 'Revenue-based financing for online sellers, iPhone 390x844, US. An intro carousel, sign-up, phone verification, business basics and a funding-amount screen precede a scrolling tile grid of store platforms and banks (the tiles are the buttons) with a bulleted value list, a strength meter, a testimonial and a consent bottom sheet; then a syncing screen, a connected state and an offer.',
  present: ['funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'value.contextual-ctas', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.non-linear', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'Intro → Sign up → Verify → Business basics → Funding amount → tile grid: 5 taps before the connect prompt.',
    'funnel.cta-visible': 'The platform tiles fill the main body of the connect screen.',
    'funnel.social-proof': 'Quoted testimonial from a named store owner on the connect screen.',
    'value.three-part': 'Bulleted list: value (offers sized to real sales), data use (12 months of orders/payouts, bank deposits, read-only), next step (tap your store).',
    'value.faq-link': '"Questions? Read our FAQ" under the tiles.',
    'value.progress-meter': '"Application strength" bar that grows from Fair to Good after a store is connected.',
    'privacy.data-scope': 'Orders and payouts from the store, deposits from the bank, read-only (direction stated).',
    'privacy.trust-language': '"Read-only and encrypted… never sell your data or share it without your OK."',
    'privacy.consent-action': 'Bottom sheet checkbox with authorization wording and a Privacy Policy link before Connect Shopify.',
    'privacy.disconnect-anytime': 'The only disconnect copy is a hidden layer.',
    'privacy.connection-guide': '"How connecting works" link to a step-by-step guide screen.',
    'privacy.statistics': '"40,000+ US sellers trust Shelfcap".',
    'privacy.support-contacts': 'No phone, email or chat in the visible flow (a help line exists only on a hidden archive frame).',
    'privacy.powered-by': 'The "Powered by" line is hidden.',
    'platform.explain-redirect': 'Nothing says the user will sign in on Shopify’s site and come back.',
    'platform.grouped-categories': '"Online stores" and "Bank accounts" headings over the tiles.',
    'platform.accurate-branding': 'Logo images with full names (Amazon Seller Central, Chase Business, WooCommerce…).',
    'platform.search': '"Search 30+ platforms" field above the tiles.',
    'platform.alternatives': '"Don’t see your platform? Upload payout statements" leads to an upload screen.',
    'platform.non-linear': 'No save-for-later, share or invite; the "Skip" is on the marketing carousel only.',
    'platform.multiple-connections': 'Shopify "Connected ✓", Chase "Pending approval", "+ Add another store".',
    'connection.view-live': 'No list of live connections with sync dates.',
    'connection.syncing-indicator': 'Spinner with "Syncing your Shopify orders…".',
  },
  flow: { startFrameId: 'intro', connectFrameId: 'grid', stepsToConnect: 5, deadEnds: ['fees', 'terms'] },
});

// d64 — payouts for print-on-demand sellers, desktop 1440, US English.
import { setPage, reseed, F, S, T, R, V, I, C, E, canvas, finish, countNodes, flowFacts, writeOut, fileShell, WRITTEN_BY, btnFrame, btnGroup, btnVectorGroup, btnInst, link, field, logo, searchBox, spinner, divider, auto } from './lib.mjs';

const NAME = 'd64-print-on-demand-payouts-desktop';
const W = 1440, H = 1024;
reseed(64);
const PLUM = '#5B2A86', INK = '#1C1726', MUTED = '#6D6778', BG = '#FBFAFD';

setPage(3, 1);
const vDef = C('COMPONENT', 'State=Default', [0, 0, 200, 44], { fill: PLUM, radius: 22 }, [T('Label', [16, 12, 168, 20], { s: 15, w: 600, c: '#FFFFFF', align: 'CENTER' })]);
const vGhost = C('COMPONENT', 'State=Ghost', [0, 64, 200, 44], { stroke: PLUM, radius: 22 }, [T('Label', [16, 12, 168, 20], { s: 15, w: 600, c: PLUM, align: 'CENTER' })]);
const setBtn = C('COMPONENT_SET', 'Btn', [40, 40, 240, 150], { stroke: '#9747FF' }, [vDef, vGhost]);
const cCard = C('COMPONENT', 'Card/Source', [320, 40, 300, 72], { fill: '#FFFFFF', stroke: '#E4E0EA', radius: 10 }, [R('img', [16, 16, 40, 40], { fill: '#EEEEEE' }), T('Source', [72, 24, 200, 22], { s: 16, w: 600 })]);
const compPage = canvas('3:1', 'Components', [setBtn, cCard]);
const components = {
  [vDef.id]: { key: 'k64def', name: vDef.name, description: 'Pill button', componentSetId: setBtn.id, documentationLinks: [] },
  [vGhost.id]: { key: 'k64ghost', name: vGhost.name, description: 'Pill outline', componentSetId: setBtn.id, documentationLinks: [] },
  [cCard.id]: { key: 'k64card', name: cCard.name, description: 'Store / printer / bank card', documentationLinks: [] },
};
const componentSets = { [setBtn.id]: { key: 'k64btnset', name: 'Btn', description: '' } };
const BTN = vDef.id, GHOST = vGhost.id, CARD = cCard.id;

setPage(2, 1);
const topbar = (active) => F(auto('Frame'), [0, 0, W, 64], { fill: '#FFFFFF', stroke: '#ECE8F1', layout: 'HORIZONTAL', padX: 32, gap: 32 }, [
  V('Vector', [32, 18, 110, 28], { fill: PLUM, name: 'inkpot' }),
  ...['Home', 'Payouts', 'Designs', 'Settings'].map((l, i) => T(l, [200 + i * 110, 22, 90, 20], { s: 15, w: l === active ? 700 : 400, c: l === active ? PLUM : MUTED, go: l === 'Settings' ? ['settings'] : l === 'Home' ? ['home'] : undefined })),
  E(auto('Ellipse'), [W - 72, 16, 32, 32], { fill: '#E9E1F3' }),
]);

const signup = F('Sign up', [0, 0, W, H], { key: 'signup', fill: BG }, [
  F(auto('Frame'), [470, 140, 500, 700], { fill: '#FFFFFF', radius: 20, stroke: '#ECE8F1', layout: 'VERTICAL', padX: 40, padY: 40, gap: 20 }, [
    V('Vector', [40, 40, 120, 30], { fill: PLUM }),
    T('Get paid for every print, in one place', [40, 90, 420, 70], { s: 26, w: 700, c: INK }),
    field('Email', 'you@yourshop.com', [40, 180, 420, 68], { placeholder: true }),
    field('Password', 'At least 10 characters', [40, 264, 420, 68], { placeholder: true }),
    btnInst('Create free account', [40, 356, 420, 48], BTN, { name: 'Btn', go: ['profile'] }),
    T('Already selling with us? Log in', [40, 420, 420, 20], { s: 14, c: MUTED, align: 'CENTER' }),
    link('Terms of use', [40, 460, 120, 20], MUTED, { go: ['terms'] }),
  ]),
  F(auto('Frame'), [470, 860, 500, 100], { layout: 'VERTICAL', gap: 6 }, [
    T('“Inkpot finally shows me what Etsy, Shopify and Printful actually paid out in one line. I stopped doing spreadsheets on Sundays.”', [0, 0, 500, 60], { s: 15, c: INK, f: 'Lora' }),
    T('Maya Ruiz, owner of Fernleaf Prints', [0, 70, 500, 20], { s: 13, w: 600, c: MUTED }),
  ]),
  T('Questions? support@inkpot.co', [40, 980, 400, 20], { s: 13, c: MUTED, hidden: true }),
]);

const terms = F('Terms', [0, 0, W, H], { key: 'terms', fill: '#FFFFFF' }, [
  T('Terms of use', [200, 80, 800, 40], { s: 32, w: 700 }),
  T('Last updated February 2, 2026', [200, 130, 400, 20], { s: 14, c: MUTED }),
  T('1  Who we are\n2  Your account\n3  Fees and payouts\n4  Ending this agreement\n5  Liability', [200, 180, 800, 160], { s: 16 }),
  T('You may close your Inkpot account at any time from Settings. Fees already charged are not refunded.', [200, 360, 900, 48], { s: 16 }),
]);

const profile = F('Frame 12', [0, 0, W, H], { key: 'profile', fill: BG }, [
  F(auto('Frame'), [420, 120, 600, 700], { layout: 'VERTICAL', gap: 20 }, [
    T('Tell us about your shop', [0, 0, 600, 36], { s: 28, w: 700 }),
    field('Shop name', 'e.g. Fernleaf Prints', [0, 60, 600, 68], { placeholder: true }),
    field('What do you sell most?', 'Posters & art prints', [0, 144, 600, 68]),
    field('Monthly orders (roughly)', '100–500', [0, 228, 600, 68]),
    F(auto('Frame'), [0, 320, 600, 48], { layout: 'HORIZONTAL', gap: 12, old: 'home' }, [btnFrame('Continue', [0, 0, 180, 48], PLUM, { radius: 24 })]),
  ]),
]);

const home = F('Home', [0, 0, W, H], { key: 'home', fill: BG }, [
  topbar('Home'),
  F(auto('Frame'), [80, 112, 1280, 860], { layout: 'VERTICAL', gap: 24 }, [
    T('Hi Maya 👋', [0, 0, 600, 36], { s: 28, w: 700 }),
    F(auto('Frame'), [0, 60, 1280, 140], { layout: 'HORIZONTAL', gap: 20 }, ['Next payout|—', 'This month|$0.00', 'Open orders|0'].map((s, i) => F(auto('Frame'), [i * 420, 0, 400, 140], { fill: '#FFFFFF', radius: 14, stroke: '#ECE8F1' }, [T(s.split('|')[0], [24, 24, 352, 20], { s: 14, c: MUTED }), T(s.split('|')[1], [24, 60, 352, 40], { s: 32, w: 700 })]))),
    F(auto('Frame'), [0, 224, 1280, 320], { fill: '#FFFFFF', radius: 14, stroke: '#ECE8F1' }, [
      V('Vector', [590, 80, 100, 80], { fill: '#E9E1F3' }),
      T('No payouts yet', [0, 180, 1280, 28], { s: 20, w: 600, align: 'CENTER' }),
      T('Payouts will show up here once money starts moving.', [0, 216, 1280, 22], { s: 15, c: MUTED, align: 'CENTER' }),
    ]),
    F(auto('Frame'), [0, 568, 1280, 120], { fill: '#F3EEF9', radius: 14, layout: 'HORIZONTAL', padX: 24, gap: 16 }, [
      T('Remove old designs to keep your catalog tidy.', [24, 48, 800, 22], { s: 15 }),
      btnFrame('Remove designs', [1080, 36, 176, 48], '#FFFFFF', { stroke: PLUM, radius: 24 }, PLUM),
    ]),
  ]),
]);

const settings = F('Settings / General', [0, 0, W, H], { key: 'settings', fill: BG }, [
  topbar('Settings'),
  F(auto('Frame'), [80, 112, 240, 400], { layout: 'VERTICAL', gap: 4 }, ['General', 'Notifications', 'Payout sources', 'Team', 'Billing'].map((l, i) => T(l, [0, i * 40, 240, 22], { s: 15, w: i === 0 ? 700 : 400, c: i === 0 ? PLUM : INK, go: l === 'Payout sources' ? ['sources'] : undefined }))),
  F(auto('Frame'), [360, 112, 900, 600], { layout: 'VERTICAL', gap: 20 }, [
    T('General', [0, 0, 600, 32], { s: 24, w: 700 }),
    field('Display name', 'Fernleaf Prints', [0, 52, 600, 68]),
    field('Time zone', '(GMT-05:00) Eastern Time', [0, 136, 600, 68]),
    field('Currency', 'USD — US dollar', [0, 220, 600, 68]),
  ]),
]);

const col = (icon, title, body, x) => F(auto('Frame'), [x, 0, 360, 220], { fill: '#FFFFFF', radius: 14, stroke: '#ECE8F1', layout: 'VERTICAL', padX: 24, padY: 24, gap: 12 }, [
  V('Vector', [24, 24, 28, 28], { fill: PLUM, name: icon }), T(title, [24, 64, 312, 26], { s: 18, w: 700 }), T(body, [24, 98, 312, 100], { s: 15, c: MUTED }),
]);
const sources = F('Settings / Payout sources', [0, 0, W, H], { key: 'sources', fill: BG }, [
  topbar('Settings'),
  F(auto('Frame'), [80, 112, 240, 400], { layout: 'VERTICAL', gap: 4 }, ['General', 'Notifications', 'Payout sources', 'Team', 'Billing'].map((l, i) => T(l, [0, i * 40, 240, 22], { s: 15, w: i === 2 ? 700 : 400, c: i === 2 ? PLUM : INK }))),
  F(auto('Frame'), [360, 112, 1000, 820], { layout: 'VERTICAL', gap: 24 }, [
    T('Payout sources', [0, 0, 800, 36], { s: 28, w: 700 }),
    F(auto('Frame'), [0, 60, 1000, 220], { layout: 'HORIZONTAL', gap: 20 }, [
      col('money', 'See every dollar, sooner', 'One payout timeline across your shops and print partners, with fees and refunds already netted out.', 0),
      col('eye', 'What we read', 'Orders and payouts from your stores, fulfillment charges from your print partner, and deposits from your bank. Read-only — we never post, edit or list anything.', 380),
      col('arrow', 'Start with your busiest shop', 'Most sellers begin with Etsy or Shopify. It takes about a minute.', 760),
    ]),
    btnInst('Link a store', [0, 300, 220, 48], BTN, { go: ['picker'] }),
    T('You can disconnect any source later, whenever you want.', [0, 364, 600, 20], { s: 14, c: MUTED }),
    F(auto('Frame'), [0, 400, 400, 32], { layout: 'HORIZONTAL', gap: 8 }, [T('Powered by', [0, 6, 80, 20], { s: 12, c: MUTED }), R(auto('Rectangle'), [84, 0, 110, 32], { fill: { type: 'IMAGE', scaleMode: 'FIT', imageRef: 'img64tessellate' } })]),
  ]),
]);

const card = (label, ref, x, y, to) => I(label, [x, y, 300, 72], CARD, { go: to ? [to] : undefined }, [logo([16, 16, 40, 40], ref), T(label, [72, 24, 210, 22], { s: 16, w: 600 })]);
const picker = F('Frame 480', [0, 0, W, H], { key: 'picker', fill: BG }, [
  topbar('Settings'),
  F(auto('Frame'), [160, 104, 1120, 880], { layout: 'VERTICAL', gap: 24 }, [
    T('Where do your sales come from?', [0, 0, 800, 36], { s: 28, w: 700 }),
    F(auto('Frame'), [0, 52, 1120, 28], { layout: 'HORIZONTAL', gap: 12 }, [
      T('Sources added', [0, 4, 110, 20], { s: 13, c: MUTED }),
      R(auto('Rectangle'), [120, 10, 400, 8], { fill: '#ECE8F1', radius: 4 }), R(auto('Rectangle'), [120, 10, 100, 8], { fill: PLUM, radius: 4 }),
      T('1 of 4 — the more you add, the sharper your payout forecast', [540, 4, 500, 20], { s: 13, c: MUTED }),
    ]),
    searchBox('Search 60+ stores, print partners and banks', [0, 96, 560, 48]),
    F(auto('Frame'), [0, 164, 1120, 200], { layout: 'VERTICAL', gap: 12 }, [
      T('Marketplaces & storefronts', [0, 0, 600, 24], { s: 19, w: 700 }),
      F(auto('Frame'), [0, 36, 1120, 160], { layout: 'HORIZONTAL', gap: 16 }, [card('Etsy', 'img64etsy', 0, 0, 'handoff'), card('Shopify', 'img64shopify', 316, 0, 'handoff'), card('Amazon Seller Central', 'img64amazon', 632, 0, 'handoff'), card('WooCommerce', 'img64woo', 0, 88, 'handoff')]),
    ]),
    F(auto('Frame'), [0, 388, 1120, 120], { layout: 'VERTICAL', gap: 12 }, [
      T('Print partners', [0, 0, 600, 24], { s: 19, w: 700 }),
      F(auto('Frame'), [0, 36, 1120, 72], { layout: 'HORIZONTAL', gap: 16 }, [card('Printful', 'img64printful', 0, 0, 'handoff'), card('Printify', 'img64printify', 316, 0, 'handoff'), card('Gelato', 'img64gelato', 632, 0, 'handoff')]),
    ]),
    F(auto('Frame'), [0, 532, 1120, 120], { layout: 'VERTICAL', gap: 12 }, [
      T('Bank accounts', [0, 0, 600, 24], { s: 19, w: 700 }),
      F(auto('Frame'), [0, 36, 1120, 72], { layout: 'HORIZONTAL', gap: 16 }, [card('Chase Business Complete Banking', 'img64chase', 0, 0, 'handoff'), card('Mercury', 'img64mercury', 316, 0, 'handoff'), card('Bank of America Business Advantage', 'img64boa', 632, 0, 'handoff')]),
    ]),
    F(auto('Frame'), [0, 676, 1120, 40], { layout: 'HORIZONTAL', gap: 28 }, [
      link('How linking works — step-by-step guide', [0, 10, 320, 20], PLUM, { url: 'https://help.inkpot.co/guides/linking-your-shops' }),
      link('Save and finish later', [360, 10, 180, 20], PLUM, { go: ['home'] }),
      link('Invite your bookkeeper', [580, 10, 200, 20], PLUM, { go: [['invite', 'OVERLAY']] }),
    ]),
  ]),
]);

const invite = F('Modal / invite', [0, 0, 560, 380], { key: 'invite', fill: '#FFFFFF', radius: 16 }, [
  T('Invite someone to finish this', [32, 32, 496, 28], { s: 20, w: 700 }),
  T('They can link the shops or bank they manage. You keep the stores you’ve already added.', [32, 72, 496, 44], { s: 15, c: MUTED }),
  field('Email address', 'bookkeeper@example.com', [32, 136, 496, 68], { placeholder: true }),
  btnInst('Send invite', [32, 236, 180, 44], BTN, { close: true }),
]);

const handoff = F('Frame 481', [0, 0, W, H], { key: 'handoff', fill: '#F1EEF5' }, [
  F(auto('Frame'), [470, 220, 500, 460], { fill: '#FFFFFF', radius: 20, layout: 'VERTICAL', padX: 40, padY: 40, gap: 16 }, [
    F(auto('Frame'), [40, 40, 420, 56], { layout: 'HORIZONTAL', gap: 16 }, [V('Vector', [0, 0, 56, 56], { fill: PLUM }), T('⇄', [72, 14, 40, 28], { s: 24 }), logo([128, 0, 56, 56], 'img64etsy')]),
    T('Next stop: Etsy', [40, 120, 420, 30], { s: 22, w: 700 }),
    T('We’ll hand you over to Etsy to sign in and approve read access to your orders and payments. Once you approve, Etsy sends you right back here.', [40, 160, 420, 90], { s: 15, c: MUTED }),
    btnInst('Continue to Etsy', [40, 280, 420, 48], BTN, { go: ['syncing'] }),
    btnInst('Pick a different source', [40, 340, 420, 44], GHOST, { back: true }, PLUM),
  ]),
]);

const syncing = F('Frame 482', [0, 0, W, H], { key: 'syncing', fill: BG }, [
  F(auto('Frame'), [520, 360, 400, 200], { layout: 'VERTICAL', gap: 16 }, [
    spinner([176, 0, 48, 48]),
    T('Pulling in your Etsy payouts…', [0, 72, 400, 28], { s: 20, w: 600, align: 'CENTER' }),
  ]),
  btnVectorGroup('Keep going', [620, 620, 200, 48], PLUM, { go: ['status'] }),
]);

const srow = (name, ref, badge, bc, y) => F(auto('Frame'), [0, y, 800, 72], { fill: '#FFFFFF', stroke: '#ECE8F1', radius: 12, layout: 'HORIZONTAL', padX: 20, gap: 16 }, [
  logo([20, 16, 40, 40], ref), T(name, [76, 24, 400, 22], { s: 16, w: 600 }),
  F(auto('Frame'), [600, 22, 180, 28], { fill: bc, radius: 14 }, [T(badge, [10, 4, 160, 20], { s: 13, w: 600, align: 'CENTER' })]),
]);
const status = F('Frame 483', [0, 0, W, H], { key: 'status', fill: BG }, [
  topbar('Settings'),
  F(auto('Frame'), [320, 112, 800, 800], { layout: 'VERTICAL', gap: 16 }, [
    T('Your sources', [0, 0, 600, 36], { s: 28, w: 700 }),
    F(auto('Frame'), [0, 48, 800, 28], { layout: 'HORIZONTAL', gap: 12 }, [R(auto('Rectangle'), [0, 10, 400, 8], { fill: '#ECE8F1', radius: 4 }), R(auto('Rectangle'), [0, 10, 200, 8], { fill: PLUM, radius: 4 }), T('2 of 4 sources', [420, 4, 200, 20], { s: 13, c: MUTED })]),
    srow('Etsy', 'img64etsy', 'Connected ✓', '#E3F5E9', 96),
    srow('Printful', 'img64printful', 'Needs your approval', '#FFF3D6', 180),
    btnGroup('+ Add another source', [0, 270, 240, 48], '#FFFFFF', { stroke: PLUM, go: ['picker'] }, PLUM),
    btnInst('Continue', [0, 340, 180, 48], BTN, { go: ['tax'] }),
  ]),
]);

const tax = F('Frame 484', [0, 0, W, H], { key: 'tax', fill: BG }, [
  topbar('Settings'),
  F(auto('Frame'), [420, 112, 600, 800], { layout: 'VERTICAL', gap: 18 }, [
    T('Payout & tax details', [0, 0, 600, 36], { s: 28, w: 700 }),
    T('We need these before your first payout.', [0, 44, 600, 22], { s: 15, c: MUTED }),
    field('Legal business name', 'Enter legal name', [0, 90, 600, 68], { placeholder: true }),
    field('EIN or SSN', '__-_______', [0, 174, 600, 68], { placeholder: true }),
    field('Business address', 'Street, city, state, ZIP', [0, 258, 600, 68], { placeholder: true }),
    btnInst('Save details', [0, 360, 180, 48], BTN, { go: ['connected'] }),
  ]),
]);

const crow = (name, ref, since, last, y, extra) => F(auto('Frame'), [0, y, 1000, 96], { fill: '#FFFFFF', stroke: '#ECE8F1', radius: 12, layout: 'HORIZONTAL', padX: 20, gap: 20 }, [
  logo([20, 24, 48, 48], ref),
  F(auto('Frame'), [88, 16, 500, 64], { layout: 'VERTICAL', gap: 4 }, [T(name, [0, 0, 500, 22], { s: 17, w: 600 }), T(`Connected ${since}  ·  Last update ${last}`, [0, 28, 500, 20], { s: 13, c: MUTED })]),
  ...extra,
]);
const connected = F('Settings / Payout sources — connected', [0, 0, W, H], { key: 'connected', fill: BG }, [
  topbar('Settings'),
  F(auto('Frame'), [220, 112, 1000, 820], { layout: 'VERTICAL', gap: 16 }, [
    T('Payout sources', [0, 0, 600, 36], { s: 28, w: 700 }),
    crow('Etsy — Fernleaf Prints', 'img64etsy', 'Feb 12, 2026', '2 hours ago', 56, [link('Disconnect', [880, 38, 100, 20], '#B3261E', { go: [['unlink', 'OVERLAY']] })]),
    crow('Printful', 'img64printful', 'Feb 12, 2026', 'in progress', 168, [F(auto('Frame'), [760, 34, 200, 28], { layout: 'HORIZONTAL', gap: 8 }, [spinner([0, 4, 20, 20]), T('Syncing…', [28, 4, 120, 20], { s: 13, c: MUTED })])]),
    crow('Mercury ••••2210 (USD)', 'img64mercury', 'Feb 13, 2026', 'today 6:05 AM', 280, [link('Disconnect', [880, 38, 100, 20], '#B3261E', { go: [['unlink', 'OVERLAY']] })]),
    btnInst('Link another store', [0, 400, 220, 44], GHOST, { go: ['picker'] }, PLUM),
  ]),
]);

const unlink = F('Modal / disconnect', [0, 0, 520, 320], { key: 'unlink', fill: '#FFFFFF', radius: 16 }, [
  T('Disconnect Etsy?', [32, 32, 456, 28], { s: 20, w: 700 }),
  T('We’ll stop reading new orders and revoke Inkpot’s access in Etsy. Payouts already imported stay in your history.', [32, 72, 456, 66], { s: 15, c: MUTED }),
  btnFrame('Disconnect', [32, 220, 160, 44], '#B3261E', { radius: 22, close: true }),
  btnInst('Keep it', [212, 220, 140, 44], GHOST, { close: true }, PLUM),
]);

const main = [signup, terms, profile, home, settings, sources, picker, handoff, syncing, status, tax, connected];
main.forEach((f, i) => { f._b = [100 + (i % 6) * (W + 120), 100 + Math.floor(i / 6) * (H + 200), W, H]; });
invite._b = [100, 2 * (H + 200) + 100, 560, 380];
unlink._b = [800, 2 * (H + 200) + 100, 520, 320];
const flowPage = canvas('2:1', '🧭 Flow', [S('Seller onboarding', [0, 0, 6 * (W + 120) + 100, 3 * (H + 200)], [...main, invite, unlink])], { flowStartingPoints: [{ nodeId: signup.id, name: 'New seller' }], prototypeStartNodeID: signup.id });

setPage(0, 1);
const cover = canvas('0:1', 'Cover', [F('Thumbnail', [0, 0, 1600, 960], { fill: PLUM }, [T('Inkpot · Seller payouts\nOnboarding 2026', [120, 360, 1200, 200], { s: 72, w: 700, c: '#FFFFFF' })])]);
setPage(7, 1);
const archive = canvas('7:1', 'Archive — do not use', [F('Old home v0', [0, 0, W, H], { fill: '#FFFFFF', hidden: true }, [T('Connect Etsy', [100, 100, 400, 30], { s: 24 }), divider([100, 150, 600, 1])])]);

const document = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [cover, flowPage, compPage, archive] };
finish(document);
const facts = flowFacts(flowPage, signup.id, sources.id);
const file = fileShell(NAME, '2026-02-18T16:40:03Z', document, components, componentSets);

const present = ['funnel.social-proof', 'value.three-part', 'value.progress-meter', 'privacy.data-scope', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.syncing-indicator'];
const absent = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.contextual-ctas', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.alternatives', 'connection.refresh'];
const notes = {
  'funnel.three-actions': 'Sign up -> shop profile -> Home -> Settings -> Payout sources: four steps.',
  'funnel.cta-visible': 'The only way in is the "Payout sources" sub-item under Settings; Home has no link prompt.',
  'value.three-part': 'Three side-by-side cards (benefit / what we read / start with your busiest shop) above "Link a store".',
  'value.progress-meter': '"Sources added 1 of 4" bar on the picker and "2 of 4 sources" on the status screen.',
  'privacy.powered-by': '"Powered by" plus a provider logo image under the link button.',
  'privacy.connection-guide': '"How linking works — step-by-step guide" link on the picker.',
  'privacy.support-contacts': 'The only support address is a hidden layer on sign-up.',
  'funnel.prefill': 'Payout & tax form after linking is empty placeholders.',
  'connection.refresh': 'Connected list has Disconnect and a syncing state but no refresh control.',
  'funnel.social-proof': 'Seller testimonial under the sign-up card.',
  'platform.accurate-branding': 'Full names incl. "Amazon Seller Central", "Chase Business Complete Banking".',
};
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Desktop (1440) payouts app for print-on-demand sellers, US English. Sellers link Etsy, Shopify and other storefronts, print partners (Printful, Printify, Gelato) and a bank. The link prompt is buried under Settings › Payout sources; the value message is three cards; picker has search, category headings and a progress bar; connected list with Disconnect and a syncing state.',
  present, absent, notes,
  flow: { startFrameId: signup.id, connectFrameId: sources.id, stepsToConnect: facts.stepsToConnect, deadEnds: facts.deadEnds },
};
writeOut(new URL('..', import.meta.url).pathname, NAME, file, truth);
console.log(NAME, 'nodes', countNodes(document), 'flow', JSON.stringify(truth.flow));

// h32-wholesale-bakery-credit-mobile: trade credit for cafés buying from a wholesale bakery, 390x844.
import { createDoc, writeJson } from './lib.mjs';

const NAME = 'h32-wholesale-bakery-credit-mobile';
const D = createDoc({ name: 'Hearth Trade — café credit app', lastModified: '2026-09-02T08:41:55Z', version: '3981177420', thumb: '5d1f8e2a-hearth' });
const FONT = 'DM Sans';
const t = (c, o = {}) => D.text(c, { font: FONT, maxW: 326, ...o });
const INK = '#2A1E14';
const MUTED = '#7A6A5C';
const CRUST = '#C2621B';
const CREAM = '#FFF8EF';
const W = 390;
const H = 844;

// components
D.page(5);
const vDefault = D.component('State=Default', { x: 20, y: 20, w: 326, h: 52, fill: CRUST, radius: 26 }, [t('Label', { x: 130, y: 15, color: '#FFFFFF', weight: 700, size: 16 })]);
const vPressed = D.component('State=Pressed', { x: 20, y: 92, w: 326, h: 52, fill: '#9B4D14', radius: 26 }, [t('Label', { x: 130, y: 15, color: '#FFFFFF', weight: 700, size: 16 })]);
const btnSet = D.componentSet('Btn', { x: 40, y: 40, w: 366, h: 164, stroke: '#9747FF' }, [vDefault, vPressed]);
const tickC = D.component('Checkbox/Off', { x: 40, y: 240, w: 20, h: 20, stroke: MUTED, radius: 5 });
const tab = D.component('tabbar', { x: 40, y: 300, w: W, h: 84, fill: '#FFFFFF' }, []);
const comps = D.canvas('Components', [btnSet, tickC, tab]);

D.page(2);
const pill = (label, o = {}) => {
  const b = D.instance(vDefault.id, 'Btn', { x: o.x ?? 0, y: o.y ?? 0, w: o.w ?? 326, h: 52, fill: CRUST, radius: 26, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER', to: o.to, actions: o.actions }, [t(label, { color: '#FFFFFF', weight: 700, size: 16 })]);
  return b;
};
// a "button" drawn as text over a rectangle inside a group
const drawnBtn = (label, x, y, to, fill = INK) => D.group('Group 14', [D.rect('Rectangle 9', { x, y, w: 326, h: 52, fill, radius: 12, to }), t(label, { x: x + 163 - Math.round(label.length * 4.4), y: y + 15, color: '#FFFFFF', weight: 700, size: 16, align: 'CENTER' })]);
const status = () => D.frame('Status bar', { x: 0, y: 0, w: W, h: 47, layout: 'HORIZONTAL', padX: 24, padY: 14, gap: 250 }, [t('9:41', { weight: 600, size: 15 }), D.vector('Vector', { w: 66, h: 12, fill: INK })]);
const input = (ph, val) => D.frame('Frame 33', { w: 326, h: 52, fill: '#FFFFFF', stroke: '#E6D9CB', radius: 12, layout: 'HORIZONTAL', padX: 16, padY: 15 }, [t(val ?? ph, { color: val ? INK : '#B3A594', size: 16 })]);
const tabbar = (active, links) => D.instance(tab.id, 'tabbar', { x: 0, y: H - 84, w: W, h: 84, fill: '#FFFFFF', stroke: '#F0E6DA', layout: 'HORIZONTAL', padX: 36, padY: 12, gap: 70 }, ['Home', 'Order', 'Account'].map((n) => D.frame('Frame 71', { layout: 'VERTICAL', gap: 4, alignItems: 'CENTER', to: links[n] }, [D.vector('Vector', { w: 24, h: 24, fill: n === active ? CRUST : '#B3A594' }), t(n, { size: 11, color: n === active ? CRUST : MUTED, weight: 600 })])));
const card = (nm, img, sub, to) => D.frame('Frame 120', { w: 326, h: 64, fill: '#FFFFFF', stroke: '#EADCCB', radius: 14, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, alignItems: 'CENTER', to }, [D.rect('Rectangle 5', { w: 40, h: 40, img, radius: 10 }), D.frame('Frame 121', { layout: 'VERTICAL', gap: 2 }, [t(nm, { weight: 700, size: 15 }), t(sub, { size: 12, color: MUTED })]), D.vector('Vector', { w: 8, h: 14, stroke: MUTED })]);

const splash = D.frame('Splash', { key: 'splash', x: 0, y: 0, w: W, h: H, img: '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d' }, [
  status(),
  t('Skip', { x: 330, y: 60, color: '#FFFFFF', weight: 600, to: 'signup' }),
  t('Fresh loaves now.\nPay in 30 days.', { x: 32, y: 560, size: 34, weight: 700, color: '#FFFFFF' }),
  t('Trade terms for indie cafés, straight from the Hearth ovens.', { x: 32, y: 660, color: '#FFF1E0', size: 16 }),
  D.frame('Dots', { x: 171, y: 720, layout: 'HORIZONTAL', gap: 8 }, [D.ellipse('Ellipse 1', { w: 8, h: 8, fill: '#FFFFFF' }), D.ellipse('Ellipse 2', { w: 8, h: 8, fill: '#E8D5C2' }), D.ellipse('Ellipse 3', { w: 8, h: 8, fill: '#E8D5C2' })]),
  pill('Get started', { x: 32, y: 760, to: 'signup' }),
]);

const signup = D.frame('Sign up', { key: 'signup', x: 490, y: 0, w: W, h: H, fill: CREAM }, [
  status(),
  D.frame('Auto layout', { x: 32, y: 96, layout: 'VERTICAL', gap: 16 }, [
    t('Hey 👋 let’s get your café set up', { size: 26, weight: 700, w: 326 }),
    t('Takes about two minutes. Promise.', { color: MUTED, size: 15 }),
    input('Your name'),
    input('Mobile number'),
    input('Email'),
    D.frame('Frame 40', { layout: 'HORIZONTAL', gap: 8 }, [t('By signing up you agree to our', { size: 12, color: MUTED }), t('Terms', { size: 12, deco: 'UNDERLINE', color: MUTED })]),
  ]),
  drawnBtn('Let’s go', 32, 740, 'cafe'),
]);

const cafe = D.frame('Café details', { key: 'cafe', x: 980, y: 0, w: W, h: H, fill: CREAM }, [
  status(),
  D.vector('back', { x: 24, y: 60, w: 12, h: 20, stroke: INK, actions: [{ type: 'BACK' }] }),
  D.frame('Auto layout', { x: 32, y: 110, layout: 'VERTICAL', gap: 14 }, [
    t('What’s your café called?', { size: 26, weight: 700, w: 326 }),
    input('Café name', 'Little Fern Coffee'),
    input('Suburb', 'Brunswick'),
    t('How much bread do you order a week?', { size: 15, weight: 600 }),
    D.frame('Frame 51', { layout: 'HORIZONTAL', gap: 8 }, ['< $300', '$300–800', '$800+'].map((c, i) => D.frame('Chip', { padX: 14, padY: 8, radius: 18, layout: 'HORIZONTAL', fill: i === 1 ? INK : '#FFFFFF', stroke: '#E6D9CB' }, [t(c, { size: 14, color: i === 1 ? '#FFFFFF' : INK })]))),
  ]),
  pill('Next', { x: 32, y: 740, to: 'till' }),
]);

const till = D.frame('Hook up your till', { key: 'till', x: 1470, y: 0, w: W, h: 1290, fill: CREAM }, [
  status(),
  D.frame('Auto layout', { x: 32, y: 64, layout: 'VERTICAL', gap: 14, w: 326 }, [
    D.frame('Limit booster', { layout: 'VERTICAL', gap: 6, w: 326 }, [
      t('Limit booster · 1 of 3 sources', { size: 12, weight: 700, color: CRUST }),
      D.frame('Frame 60', { w: 326, h: 8, fill: '#EADCCB', radius: 4 }, [D.rect('Rectangle 61', { x: 0, y: 0, w: 108, h: 8, fill: CRUST, radius: 4 })]),
    ]),
    t('Hook up your till, get a bigger limit', { size: 24, weight: 700, w: 326 }),
    t('Cafés that connect their POS usually start on a higher credit limit — and get it bumped faster.', { size: 15, color: MUTED, w: 326 }),
    t('We only peek at daily sales totals and refunds from your POS (read only). Nothing gets posted back to your till, and your bank feed is just used to check deposits line up.', { size: 13, w: 326 }),
    pill('Connect your POS', { to: [{ key: 'consent', nav: 'OVERLAY' }] }),
    D.frame('Frame 70', { layout: 'HORIZONTAL', gap: 8, alignItems: 'CENTER' }, [D.vector('Vector', { w: 14, h: 16, fill: '#2F7D4F' }), t('Locked down with bank-level encryption. We never hand your numbers to anyone else.', { size: 12, color: MUTED, w: 300 })]),
    t('Your till', { size: 18, weight: 700 }),
    card('Square Point of Sale', '11aa22bb33cc44dd55ee66ff7788990011223344', 'Square for Restaurants too', [{ key: 'consent', nav: 'OVERLAY' }]),
    card('Toast POS', '22bb33cc44dd55ee66ff77889900112233445566', 'Toast for cafés & bakeries', [{ key: 'consent', nav: 'OVERLAY' }]),
    card('Clover POS', '33cc44dd55ee66ff778899001122334455667788', 'by Fiserv', [{ key: 'consent', nav: 'OVERLAY' }]),
    card('Lightspeed Restaurant (K-Series)', '44dd55ee66ff7788990011223344556677889900', 'formerly iKentoo', [{ key: 'consent', nav: 'OVERLAY' }]),
    t('No POS? Snap a pic of your takings book instead', { size: 14, color: CRUST, weight: 600, deco: 'UNDERLINE' }),
    t('Your bank', { size: 18, weight: 700 }),
    card('Commonwealth Bank Business', '55ee66ff778899001122334455667788990011aa', 'CommBiz & business transaction accounts', [{ key: 'consent', nav: 'OVERLAY' }]),
    card('NAB Business', '66ff778899001122334455667788990011aa22bb', 'NAB Connect & business everyday', [{ key: 'consent', nav: 'OVERLAY' }]),
    t('2,300+ cafés already share their sales with us, all behind 256-bit encryption.', { size: 12, color: MUTED, w: 326 }),
    D.frame('Frame 90', { w: 326, h: 48, stroke: '#EADCCB', radius: 24, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER' }, [t('Not your thing? Send this to my manager', { size: 14, weight: 600 })]),
  ]),
]);

const consent = D.frame('Sheet / Before you go', { key: 'consent', x: 1960, y: 0, w: W, h: H, fill: '#5C5048' }, [
  D.frame('Sheet', { x: 0, y: 380, w: W, h: 464, fill: '#FFFFFF', radius: 24, layout: 'VERTICAL', padX: 32, padY: 28, gap: 16 }, [
    D.rect('Rectangle 3', { w: 40, h: 4, fill: '#E6D9CB', radius: 2 }),
    t('Quick heads-up', { size: 20, weight: 700 }),
    t('You’ll pop over to Square to log in and hit “Allow”. Then you bounce right back here — no passwords come our way.', { size: 15, color: MUTED, w: 326 }),
    D.frame('Frame 101', { layout: 'HORIZONTAL', gap: 12, w: 326 }, [
      D.rect('Rectangle 102', { w: 20, h: 20, stroke: MUTED, radius: 5 }),
      D.frame('Frame 103', { layout: 'VERTICAL', gap: 2, w: 290 }, [t('Yep, I’m cool with Hearth reading my sales data like it says in the', { size: 13, w: 290 }), t('Privacy Notice', { size: 13, color: CRUST, deco: 'UNDERLINE' })]),
    ]),
    t('Disconnect whenever you like from Account.', { size: 12, color: MUTED, visible: false }),
    pill('Open Square', { to: 'squarelogin' }),
    t('Not now', { size: 14, color: MUTED, align: 'CENTER', w: 326, actions: [{ type: 'CLOSE' }] }),
  ]),
]);

const squarelogin = D.frame('Square sign-in (3rd party)', { key: 'squarelogin', x: 2450, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  status(),
  D.frame('Browser bar', { x: 0, y: 47, w: W, h: 44, fill: '#F2F2F2', layout: 'HORIZONTAL', padX: 16, padY: 12 }, [t('🔒 squareup.com/oauth2/authorize', { size: 13, color: '#555555' })]),
  D.vector('Vector', { x: 171, y: 130, w: 48, h: 48, fill: '#000000' }),
  t('Hearth Trade wants to view your sales reports and locations', { x: 32, y: 210, size: 18, weight: 600, w: 326, font: 'Square Market' }),
  D.frame('Frame 130', { x: 32, y: 320, w: 326, h: 48, fill: '#006AFF', radius: 6, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER', to: 'linked' }, [t('Allow', { color: '#FFFFFF', weight: 600 })]),
  t('Deny', { x: 178, y: 390, color: '#006AFF' }),
]);

const linked = D.frame('Till linked', { key: 'linked', x: 2940, y: 0, w: W, h: H, fill: CREAM }, [
  status(),
  D.frame('Auto layout', { x: 32, y: 80, layout: 'VERTICAL', gap: 14, w: 326 }, [
    t('Nice! Square’s hooked up', { size: 24, weight: 700 }),
    D.frame('Frame 140', { w: 326, h: 64, fill: '#FFFFFF', radius: 14, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, alignItems: 'CENTER' }, [D.rect('Rectangle 5', { w: 40, h: 40, img: '11aa22bb33cc44dd55ee66ff7788990011223344', radius: 10 }), t('Square Point of Sale', { weight: 700, w: 170 }), t('Connected ✓', { size: 12, color: '#2F7D4F', weight: 700 })]),
    D.frame('Frame 141', { layout: 'HORIZONTAL', gap: 10, alignItems: 'CENTER' }, [D.ellipse('Spinner', { w: 18, h: 18, stroke: CRUST }), t('Pulling in your last 90 days of sales…', { size: 13, color: MUTED })]),
    D.frame('Frame 142', { w: 326, h: 64, fill: '#FFFFFF', stroke: '#EADCCB', radius: 14, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, alignItems: 'CENTER', to: 'till' }, [D.vector('Vector', { w: 40, h: 40, stroke: MUTED }), t('Add your bank too', { weight: 700, w: 170 }), t('+1 boost', { size: 12, color: CRUST, weight: 700 })]),
    t('+ Add another till', { color: CRUST, weight: 600, to: 'till' }),
    D.frame('Limit booster', { layout: 'VERTICAL', gap: 6, w: 326 }, [t('Limit booster · 2 of 3 sources', { size: 12, weight: 700, color: CRUST }), D.frame('Frame 60', { w: 326, h: 8, fill: '#EADCCB', radius: 4 }, [D.rect('Rectangle 61', { x: 0, y: 0, w: 217, h: 8, fill: CRUST, radius: 4 })])]),
  ]),
  pill('See my limit', { x: 32, y: 740, to: 'offer' }),
]);

const offer = D.frame('Your limit', { key: 'offer', x: 3430, y: 0, w: W, h: H, fill: INK }, [
  status(),
  t('You’re good for', { x: 32, y: 120, color: '#EADCCB', size: 16 }),
  t('$4,000', { x: 32, y: 146, color: '#FFFFFF', size: 56, weight: 700 }),
  t('on 30-day terms. Order today, pay on the 14th of next month.', { x: 32, y: 230, color: '#EADCCB', w: 326 }),
  D.frame('Quote', { x: 32, y: 320, w: 326, layout: 'VERTICAL', gap: 10, pad: 20, fill: '#3A2C20', radius: 16 }, [
    t('★★★★★', { color: '#F2B84B' }),
    t('“Moving our bread order onto Hearth terms means we’re not fronting cash every Monday. Game changer.”', { color: '#FFFFFF', size: 15, w: 286 }),
    D.frame('Frame 150', { layout: 'HORIZONTAL', gap: 10, alignItems: 'CENTER' }, [D.ellipse('Ellipse 7', { w: 32, h: 32, fill: '#C9B29A' }), t('Mara Quinn — owner, Little Fern Coffee', { size: 12, color: '#EADCCB' })]),
  ]),
  pill('Start ordering', { x: 32, y: 740, to: 'home' }),
]);

const home = D.frame('Home', { key: 'home', x: 0, y: 1000, w: W, h: H, fill: CREAM }, [
  status(),
  t('Morning, Little Fern ☕', { x: 32, y: 64, size: 22, weight: 700 }),
  D.frame('Auto layout', { x: 32, y: 110, layout: 'VERTICAL', gap: 14, w: 326 }, [
    D.frame('Frame 160', { w: 326, layout: 'VERTICAL', gap: 6, pad: 18, fill: '#FFFFFF', radius: 16 }, [t('Available credit', { size: 12, color: MUTED }), t('$3,212 of $4,000', { size: 22, weight: 700 }), t('Next bill: $788 due 14 Oct', { size: 12, color: MUTED })]),
    D.frame('Frame 161', { w: 326, layout: 'VERTICAL', gap: 10, pad: 18, fill: '#FCE9D8', radius: 16 }, [t('Skip the 1.5% card fee', { weight: 700, size: 16 }), t('Connect your bank and pay your Hearth bill by direct debit.', { size: 13, color: MUTED, w: 290 }), D.frame('Frame 162', { w: 150, h: 40, fill: INK, radius: 20, layout: 'HORIZONTAL', pad: 10, justify: 'CENTER', alignItems: 'CENTER', to: 'till' }, [t('Connect bank', { color: '#FFFFFF', weight: 700, size: 14 })])]),
    t('This week’s order', { size: 16, weight: 700 }),
    t('Sourdough tin × 12\nCroissant (frozen, 40) × 2\nRye loaf × 6', { size: 14, color: MUTED }),
  ]),
  tabbar('Home', { Account: 'profile', Order: 'order' }),
]);

const unlinkBtn = (to) => t('Unlink', { size: 13, color: '#B3261E', weight: 700, to });
const profile = D.frame('Account', { key: 'profile', x: 490, y: 1000, w: W, h: H, fill: CREAM }, [
  status(),
  t('Account', { x: 32, y: 64, size: 22, weight: 700 }),
  D.frame('Auto layout', { x: 32, y: 110, layout: 'VERTICAL', gap: 12, w: 326 }, [
    t('Linked stuff', { size: 14, weight: 700, color: MUTED }),
    D.frame('Frame 170', { w: 326, fill: '#FFFFFF', radius: 14, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, alignItems: 'CENTER' }, [D.rect('Rectangle 5', { w: 36, h: 36, img: '11aa22bb33cc44dd55ee66ff7788990011223344', radius: 8 }), D.frame('Frame 171', { layout: 'VERTICAL', gap: 2, w: 200 }, [t('Square Point of Sale', { weight: 700, size: 14 }), t('Linked 3 Apr · Updated today 9:41am', { size: 11, color: MUTED })]), unlinkBtn([{ key: 'unlink', nav: 'OVERLAY' }])]),
    D.frame('Frame 172', { w: 326, fill: '#FFFFFF', radius: 14, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, alignItems: 'CENTER' }, [D.rect('Rectangle 5', { w: 36, h: 36, img: '55ee66ff778899001122334455667788990011aa', radius: 8 }), D.frame('Frame 173', { layout: 'VERTICAL', gap: 2, w: 200 }, [t('CommBiz ••0912 (AUD)', { weight: 700, size: 14 }), t('Linked 3 Apr · Updated yesterday 6:02pm', { size: 11, color: MUTED })]), unlinkBtn([{ key: 'unlink', nav: 'OVERLAY' }])]),
    t('Hearth Plus', { size: 14, weight: 700, color: MUTED }),
    D.frame('Frame 180', { w: 326, fill: '#FFFFFF', radius: 14, layout: 'VERTICAL', pad: 14, gap: 4 }, [t('Free delivery before 6am · $9/mo', { weight: 700, size: 14 }), t('Cancel anytime, no lock-in.', { size: 12, color: MUTED })]),
    t('Café details\nNotifications\nLog out', { size: 15 }),
  ]),
  tabbar('Account', { Home: 'home' }),
]);

const unlink = D.frame('Sheet / Unlink', { key: 'unlink', x: 980, y: 1000, w: W, h: H, fill: '#5C5048' }, [
  D.frame('Sheet', { x: 0, y: 520, w: W, h: 324, fill: '#FFFFFF', radius: 24, layout: 'VERTICAL', padX: 32, padY: 28, gap: 14 }, [
    t('Unlink Square?', { size: 20, weight: 700 }),
    t('We’ll stop reading your sales. Your limit might drop back to the starter amount.', { size: 14, color: MUTED, w: 326 }),
    D.frame('Frame 190', { w: 326, h: 52, fill: '#B3261E', radius: 26, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER', to: [{ key: 'profile', nav: 'SWAP' }] }, [t('Yep, unlink it', { color: '#FFFFFF', weight: 700 })]),
    t('Keep it', { size: 14, color: MUTED, align: 'CENTER', w: 326, actions: [{ type: 'CLOSE' }] }),
  ]),
]);

// pressed-state variant swap on the primary button (prototype nicety, not navigation)
const pressDemo = D.hover(D.instance(vDefault.id, 'Btn', { x: 32, y: 760, w: 326, h: 52, fill: CRUST, radius: 26 }, [t('Order again', { x: 130, y: 15, color: '#FFFFFF', weight: 700, size: 16 })]));
pressDemo._actions = [{ type: 'NODE', destinationId: vPressed.id, navigation: 'CHANGE_TO', transition: null }];
const orderScreen = D.frame('Order', { key: 'order', x: 1470, y: 1400, w: W, h: H, fill: CREAM }, [
  status(),
  t('Order', { x: 32, y: 64, size: 22, weight: 700 }),
  D.frame('Frame 200', { x: 32, y: 110, w: 326, h: 44, radius: 22, fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 8 }, [D.vector('Vector', { w: 16, h: 16, stroke: MUTED }), t('Find a loaf or pastry', { color: '#B3A594' })]),
  t('Sourdough tin\nCroissant (frozen, 40)\nRye loaf\nFocaccia slab', { x: 32, y: 180, size: 15 }),
  pressDemo,
]);

const flow = D.canvas('App — v2 flow', [splash, signup, cafe, till, consent, squarelogin, linked, offer, home, profile, unlink, orderScreen]);
D.page(1);
const cover = D.canvas('Cover', [D.frame('Thumbnail', { x: 0, y: 0, w: 1600, h: 960, fill: CRUST }, [t('Hearth Trade', { x: 100, y: 380, size: 88, weight: 700, color: '#FFFFFF', maxW: 900 }), t('Café credit · mobile · WIP', { x: 100, y: 500, size: 30, color: '#FFE7D1', maxW: 900 })])]);
D.page(9);
const old = D.canvas('🗄 Old explorations', [D.frame('iPhone 14 - 7', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [t('Link your Square', { x: 32, y: 100, size: 24, weight: 700 }), t('(scrapped — legal wanted the consent sheet)', { x: 32, y: 140, color: MUTED })])]);

writeJson(new URL(`../${NAME}.json`, import.meta.url), D.build([cover, flow, comps, old]));

writeJson(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'held-out writer J (from the checklist facts and the REST format only; repository not read)',
  description: 'Hearth Trade, 30-day trade credit for cafés that buy bread from a wholesale bakery; iPhone 390x844, casual copy. Splash, sign-up, café details, a screen to hook up the POS and bank with a limit-booster meter, consent sheet, Square OAuth mock, linked state, credit offer with a testimonial, home with a connect-bank card, account screen with linked items and unlink sheet. No prototype start is set; the flow starts at Sign up.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.prefill', 'value.faq-link',
    'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.search', 'connection.refresh',
  ],
  notes: {
    'funnel.three-actions': 'Sign up -> Café details -> Hook up your till: two taps.',
    'funnel.cta-visible': 'Full-width "Connect your POS" button on a dedicated onboarding screen.',
    'funnel.social-proof': 'Five-star quote from a named café owner on the limit screen.',
    'value.three-part': 'Bigger limit (value), daily sales totals read-only and bank deposits checked (use), one "Connect your POS" button (next step).',
    'value.contextual-ctas': 'Home card "Skip the 1.5% card fee" with "Connect bank".',
    'value.progress-meter': '"Limit booster · 1 of 3 sources" bar that grows to 2 of 3 after linking.',
    'privacy.data-scope': 'Sales totals and refunds from the POS, read only, nothing posted back; bank feed for deposits.',
    'privacy.trust-language': 'Bank-level encryption; never handed to anyone else.',
    'privacy.consent-action': 'Checkbox on the sheet with a Privacy Notice link before "Open Square".',
    'privacy.statistics': '"2,300+ cafés already share their sales with us, all behind 256-bit encryption."',
    'privacy.disconnect-anytime': 'The only such line is a hidden layer on the consent sheet.',
    'privacy.support-contacts': 'No phone, email or chat anywhere.',
    'platform.explain-redirect': 'Sheet says you pop over to Square, log in, hit Allow and bounce back.',
    'platform.grouped-categories': '"Your till" and "Your bank" headings over cards.',
    'platform.accurate-branding': 'Square Point of Sale, Toast POS, Clover POS, Lightspeed Restaurant (K-Series), Commonwealth Bank Business with logos.',
    'platform.search': 'No search over providers (the only search field is the bread catalogue).',
    'platform.alternatives': '"No POS? Snap a pic of your takings book instead".',
    'platform.non-linear': '"Send this to my manager" button.',
    'platform.multiple-connections': 'Connected ✓ badge, "Add your bank too" and "+ Add another till".',
    'connection.view-live': 'Account → Linked stuff: names, linked dates, last-updated times, account currency.',
    'connection.delete': '"Unlink" per item and an unlink confirmation sheet.',
    'connection.refresh': 'No refresh or sync-now control.',
    'connection.syncing-indicator': 'Spinner with "Pulling in your last 90 days of sales…".',
  },
  flow: { startFrameId: signup.id, connectFrameId: till.id, stepsToConnect: 2, deadEnds: [] },
});
console.log('wrote', NAME);

// d69 — card payments for UK market traders, mobile 375x812, chatty copy, older prototype fields.
import { makeDoc, screen, canvas, component, save, saveTruth, countNodes, layoutScreen, go, overlay, close, back, url, hover, WRITTEN_BY } from './lib.mjs';
import { text, frame, row, col, rect, ellipse, instBtn, frameBtn, groupBtn, link, logo, icon, bar, avatar, vlogo } from './kit.mjs';

const NAME = 'd69-market-stall-card-payments-mobile';
const ctx = makeDoc({ name: 'StallPay app — onboarding', lastModified: '2025-10-02T09:15:33Z', version: '3377120984' });
const t = (s, o) => text(ctx, s, o);
const W = 375; const H = 812;
const INK = '#1D1B16'; const ORANGE = '#F2622E';

// components page
const compPage = ctx.newPage(5);
const cbSet = ctx.id();
const cbOff = component(ctx, frame(ctx, 'Property 1=Unchecked', { layout: 'none', w: 20, h: 20, radius: 4, stroke: '#8A8577' }, []), 'c71b02a4e1', '', cbSet);
const cbOn = component(ctx, frame(ctx, 'Property 1=Checked', { layout: 'none', w: 20, h: 20, radius: 4, fill: ORANGE }, [rect(ctx, 'Vector', 12, 9, { fill: '#FFFFFF', at: [4, 5] })]), 'c71b02a4e2', '', cbSet);
layoutScreen(cbOff, 100, 100); layoutScreen(cbOn, 160, 100);
ctx.doc.componentSets[cbSet] = { key: '5d0e1f2a3b', name: 'Checkbox', description: '' };
const btnSet = ctx.id();
const btnMain = component(ctx, frame(ctx, 'State=Rest', { layout: 'HORIZONTAL', w: 327, h: 52, pad: 14, fill: ORANGE, radius: 26 }, [t('Label', { size: 16, weight: 700, color: '#FFFFFF' })]), 'b0a13c9e77', 'pill button', btnSet);
const btnPressed = component(ctx, frame(ctx, 'State=Pressed', { layout: 'HORIZONTAL', w: 327, h: 52, pad: 14, fill: '#C94B1E', radius: 26 }, [t('Label', { size: 16, weight: 700, color: '#FFFFFF' })]), 'b0a13c9e78', 'pill button pressed', btnSet);
btnMain.interactions = hover(btnPressed.id);
layoutScreen(btnMain, 100, 200); layoutScreen(btnPressed, 100, 280);
ctx.doc.componentSets[btnSet] = { key: '8e44f0c1d2', name: 'Pill', description: 'Main pill' };
const comps = canvas(compPage, 'Components', [
  { id: cbSet, name: 'Checkbox', type: 'COMPONENT_SET', children: [cbOff, cbOn], absoluteBoundingBox: { x: 80, y: 80, width: 120, height: 60 } },
  { id: btnSet, name: 'Pill', type: 'COMPONENT_SET', children: [btnMain, btnPressed], absoluteBoundingBox: { x: 80, y: 180, width: 380, height: 170 } },
]);
const PILL = btnMain.id; const CB = cbOff.id;

// flow page
const flowPage = ctx.newPage(7);
const S = {};
for (const k of ['welcome', 'phone', 'verify', 'stall', 'connect', 'consent', 'sumup', 'syncing', 'home', 'books', 'me', 'share', 'oldHome']) S[k] = ctx.id();
const statusBar = (dark) => row(ctx, 'Status Bar', { w: W, h: 44, pad: 20, gap: 8 }, [t('9:41', { size: 15, weight: 600, color: dark ? '#FFFFFF' : INK }), frame(ctx, 'Frame 2', { w: 'fill', h: 4 }, []), icon(ctx, 'Vector', 16), icon(ctx, 'Vector', 16), rect(ctx, 'Rectangle 1', 24, 12, { radius: 3, fill: dark ? '#FFFFFF' : INK })]);
const body = (children, o = {}) => Object.assign(col(ctx, o.name || 'Frame 10', { w: W, pad: 24, gap: o.gap || 18 }, children), { _at: [0, o.y || 56] });
const pill = (label, o = {}) => instBtn(ctx, PILL, label, { w: 327, h: 52, fill: ORANGE, radius: 26, size: 16, name: o.name || 'Pill', on: o.on, transition: o.transition });
const X = (i) => i * 475;

const welcome = screen(ctx, S.welcome, 'Onboarding 1', X(0), 0, W, H, { fill: '#FFF4EC' }, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  Object.assign(link(ctx, 'Skip', { size: 15, color: INK, transition: S.phone }), { _at: [320, 56] }),
  body([
    rect(ctx, 'illustration', 327, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'stallhero01' }], radius: 24 }),
    t('Hiya! 👋', { size: 28, weight: 700, color: INK }),
    t('Take card payments at your stall in seconds, and know what you actually took home at the end of the day.', { size: 16, color: '#5B574C', w: 'fill' }),
    row(ctx, 'dots', { gap: 6 }, [ellipse(ctx, 'Ellipse 1', 8, 8, { fill: INK }), ellipse(ctx, 'Ellipse 2', 8, 8, { fill: '#D8D2C4' }), ellipse(ctx, 'Ellipse 3', 8, 8, { fill: '#D8D2C4' })]),
    pill('Get started', { on: go(S.phone) }),
  ], { y: 96 }),
]);
const phone = screen(ctx, S.phone, 'Onboarding 2 — number', X(1), 0, W, H, {}, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    icon(ctx, 'chevron-left', 24, { on: back() }),
    t('What’s your mobile number?', { size: 24, weight: 700, color: INK, w: 'fill' }),
    t('We’ll text you a code. No spam, promise.', { size: 15, color: '#5B574C' }),
    row(ctx, 'Frame 20', { h: 52, pad: 14, gap: 10, radius: 12, stroke: '#D8D2C4' }, [t('🇬🇧 +44', { size: 16 }), t('7700 900123', { size: 16, color: INK })]),
    pill('Text me a code', { on: go(S.verify) }),
  ]),
]);
const digit = (d) => frame(ctx, 'Frame 31', { layout: 'HORIZONTAL', w: 44, h: 52, pad: 14, radius: 10, stroke: '#D8D2C4' }, [t(d, { size: 20, weight: 600 })]);
const verify = screen(ctx, S.verify, 'Onboarding 3 — code', X(2), 0, W, H, {}, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    t('Pop in the 6-digit code', { size: 24, weight: 700, color: INK, w: 'fill' }),
    t('Sent to 07700 900123', { size: 15, color: '#5B574C' }),
    row(ctx, 'Frame 30', { gap: 8 }, ['4', '8', '1', '0', '', ''].map(digit)),
    link(ctx, 'Resend code', { color: ORANGE }),
    frameBtn(ctx, 'Verify', { w: 327, h: 52, radius: 26, fill: ORANGE, n: 32, transition: S.stall }),
  ]),
]);
const chip = (s, on) => frame(ctx, s, { layout: 'HORIZONTAL', w: 'hug', h: 38, pad: 12, radius: 19, fill: on ? INK : '#FFFFFF', stroke: '#D8D2C4' }, [t(s, { size: 14, weight: 500, color: on ? '#FFFFFF' : INK })]);
const stall = screen(ctx, S.stall, 'Onboarding 4 — what you sell', X(3), 0, W, H, {}, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    t('Lovely. What do you sell?', { size: 24, weight: 700, color: INK }),
    row(ctx, 'Frame 40', { gap: 8 }, [chip('🧀 Street food', true), chip('🥕 Fruit & veg')]),
    row(ctx, 'Frame 41', { gap: 8 }, [chip('🧶 Crafts'), chip('👗 Vintage'), chip('🌸 Flowers')]),
    t('Where do you trade most?', { size: 16, weight: 600 }),
    row(ctx, 'Frame 42', { h: 52, pad: 14, radius: 12, stroke: '#D8D2C4' }, [t('Borough Market, London', { size: 16 })]),
    pill('Next', { on: go(S.connect) }),
  ]),
]);
const tile = (ref, name, sub, dest) => row(ctx, 'Frame 55', { w: 'fill', h: 64, pad: 12, gap: 12, radius: 14, fill: '#FFFFFF', stroke: '#E8E2D4', on: dest ? overlay(dest) : undefined }, [logo(ctx, ref, 40, { radius: 10 }), col(ctx, 'Frame 56', { w: 'fill', gap: 2 }, [t(name, { size: 16, weight: 600 }), t(sub, { size: 12, color: '#8A8577' })]), icon(ctx, 'chevron-right', 16)]);
const connect = screen(ctx, S.connect, 'Plug in till', X(4), 0, W, 1480, { fill: '#FFF9F4' }, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    col(ctx, 'meter', { gap: 8, pad: 14, radius: 14, fill: '#FFFFFF' }, [
      row(ctx, 'Frame 50', { gap: 8 }, [t('Your StallPay setup', { size: 13, weight: 600, w: 'fill' }), t('40%', { size: 13, weight: 700, color: ORANGE })]),
      bar(ctx, 0.4, 299, { color: ORANGE }),
      t('Plug in your till and you’ll jump to 70%. Add your books for the full 100.', { size: 12, color: '#5B574C', w: 'fill' }),
    ]),
    t('Right then, let’s plug in your till 🔌', { size: 24, weight: 700, color: INK, w: 'fill' }),
    t('You’ll see every market day’s takings in one place, with card fees already knocked off, so you know what you actually made.', { size: 15, color: '#3C3930', w: 'fill' }),
    t('What we do with it: we pull your card sales, refunds and payouts from your till into StallPay. It’s read-only, so nothing gets sent back or changed on your till.', { size: 14, color: '#5B574C', w: 'fill', name: 'how we use it' }),
    t('Card readers & tills', { size: 18, weight: 700 }),
    tile('sumup1', 'SumUp', 'Air, Solo and the SumUp app', S.consent),
    tile('zettle', 'Zettle', 'Reader 2 and Zettle Go', S.consent),
    t('Your books', { size: 18, weight: 700 }),
    tile('qb0002', 'QuickBooks', 'Bookkeeping', S.consent),
    tile('sage02', 'Sage', 'Bookkeeping', S.consent),
    pill('Plug in my till', { name: 'Comp / Action / Large', on: overlay(S.consent) }),
    row(ctx, 'Frame 57', { gap: 4 }, [link(ctx, 'Do this later', { color: INK, underline: true, on: go(S.home) }), t('·', { size: 14, color: '#8A8577' }), link(ctx, 'Send this to my bookkeeper', { color: INK, underline: true, on: overlay(S.share) })]),
    col(ctx, 'quote', { gap: 10, pad: 16, radius: 16, fill: '#FFEBDD' }, [
      t('“Hooked up my SumUp on a Saturday morning and had the whole week’s takings sorted by lunch. Game changer.”', { size: 14, color: INK, w: 'fill' }),
      row(ctx, 'Frame 58', { gap: 10 }, [avatar(ctx, 'priya01', 32), t('Priya Shah · cheese stall, Borough Market', { size: 12, weight: 600 })]),
    ]),
    t('12,400 UK traders trust StallPay with their card sales', { size: 13, weight: 600, color: INK, w: 'fill' }),
    row(ctx, 'Frame 59', { gap: 8, pad: 12, radius: 12, fill: '#F1EDE4' }, [icon(ctx, 'shield', 16), t('Your figures are locked down with bank-grade encryption and never shared with anyone else unless you say so.', { size: 12, color: '#5B574C', w: 'fill' })]),
    row(ctx, 'powered', { gap: 6 }, [t('Powered by', { size: 11, color: '#8A8577' }), vlogo(ctx, '#3B2F8F', 14), t('Railyard', { size: 12, weight: 700, color: '#3B2F8F' })]),
  ]),
]);
const consent = screen(ctx, S.consent, 'Sheet — before SumUp', X(5), 300, W, 512, { radius: 20 }, [
  Object.assign(col(ctx, 'Frame 60', { w: W, pad: 24, gap: 16 }, [
    rect(ctx, 'grabber', 40, 4, { radius: 2, fill: '#D8D2C4' }),
    t('Quick check before we plug in SumUp', { size: 20, weight: 700, w: 'fill' }),
    t('We’ll hop you over to SumUp to log in and say yes, then bring you straight back here. Easy.', { size: 14, color: '#5B574C', w: 'fill' }),
    row(ctx, 'Frame 61', { gap: 10 }, [
      frame(ctx, 'Checkbox', { type: 'INSTANCE', componentId: CB, layout: 'none', w: 20, h: 20, radius: 4, stroke: '#8A8577' }, []),
      t('I’m happy for StallPay to read my SumUp sales data. ', { size: 13, w: 230 }),
      link(ctx, 'Privacy notice', { size: 13, color: ORANGE, underline: true, on: url('https://stallpay.co.uk/privacy') }),
    ]),
    t('Changed your mind later? Unplug SumUp from Settings whenever you like.', { size: 12, color: '#8A8577', w: 'fill' }),
    pill('Take me to SumUp', { on: go(S.sumup) }),
    icon(ctx, 'close', 20, { on: close() }),
  ]), { _at: [0, 0] }),
]);
const sumup = screen(ctx, S.sumup, 'SumUp login (mock)', X(6), 0, W, H, { fill: '#F5F7FA' }, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    logo(ctx, 'sumup1', 56, { name: 'sumup wordmark' }),
    t('Log in to SumUp', { size: 22, weight: 700 }),
    row(ctx, 'Frame 70', { h: 48, pad: 12, radius: 8, stroke: '#C9D1DB', fill: '#FFFFFF' }, [t('priya@cheesybites.co.uk', { size: 15 })]),
    row(ctx, 'Frame 71', { h: 48, pad: 12, radius: 8, stroke: '#C9D1DB', fill: '#FFFFFF' }, [t('••••••••', { size: 15 })]),
    t('StallPay would like to see your transactions and payouts.', { size: 14, color: '#44546A', w: 'fill' }),
    groupBtn(ctx, 'Allow', 327, 48, { fill: '#1A1A1A', radius: 8, n: 72, vector: true, on: go(S.syncing) }),
  ]),
]);
const syncing = screen(ctx, S.syncing, 'Pulling takings', X(7), 0, W, H, { fill: '#FFF9F4' }, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    frame(ctx, 'Frame 80', { h: 160 }, []),
    frame(ctx, 'spinner wrap', { layout: 'VERTICAL', center: true, w: 'fill' }, [ellipse(ctx, 'Ellipse 9', 48, 48, { fills: [], stroke: ORANGE, strokeWeight: 4 })]),
    t('Pulling in your takings…', { size: 22, weight: 700, w: 'fill', align: 'CENTER' }),
    t('☕ Grab a brew, this takes about a minute. We’re fetching the last 90 days from SumUp.', { size: 14, color: '#5B574C', w: 'fill', align: 'CENTER' }),
    frameBtn(ctx, 'Carry on to the app', { w: 327, h: 52, radius: 26, fill: INK, n: 81, transition: S.home }),
  ]),
]);
const tab = (name, dest) => icon(ctx, name, 24, { on: dest ? go(dest) : undefined });
const tabBar = () => Object.assign(row(ctx, 'Tab bar', { w: W, h: 84, pad: 28, gap: 58, fill: '#FFFFFF', stroke: '#EFEAE0' }, [tab('home'), tab('receipt'), tab('bank'), tab('user', S.me)]), { _at: [0, H - 84] });
const home = screen(ctx, S.home, 'Home', X(8), 0, W, H, { fill: '#FFF9F4' }, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    t('Morning, Priya ☀️', { size: 24, weight: 700 }),
    col(ctx, 'Frame 90', { gap: 6, pad: 16, radius: 16, fill: INK }, [t('Taken this week', { size: 13, color: '#D8D2C4' }), t('£1,284.50', { size: 32, weight: 700, color: '#FFFFFF' }), t('Sat £612.00 · Sun £498.20 · Wed £174.30', { size: 12, color: '#D8D2C4' })]),
    col(ctx, 'Frame 91', { gap: 10, pad: 16, radius: 16, fill: '#FFFFFF', stroke: '#EFEAE0' }, [
      t('Profit after fees & stock', { size: 15, weight: 700 }),
      rect(ctx, 'chart placeholder', 295, 90, { fill: '#F6F2EA', radius: 8 }),
      t('Link your books and we’ll show what you really made once fees and stock are paid for.', { size: 13, color: '#5B574C', w: 'fill' }),
      frameBtn(ctx, 'Link my books', { h: 40, radius: 20, fill: ORANGE, n: 92, on: go(S.books) }),
    ]),
    row(ctx, 'Frame 93', { gap: 8, pad: 12, radius: 12, fill: '#FFFFFF' }, [icon(ctx, 'sun', 18), t('Busy Saturday forecast: top up your float', { size: 13, w: 'fill' })]),
  ]),
  tabBar(),
]);
const books = screen(ctx, S.books, 'Pick your books', X(9), 0, W, H, {}, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    icon(ctx, 'chevron-left', 24, { on: back() }),
    t('Which one do you keep your books in?', { size: 22, weight: 700, w: 'fill' }),
    row(ctx, 'Frame 95', { w: 'fill', h: 60, pad: 12, gap: 12, radius: 14, stroke: '#E8E2D4', on: go(S.syncing) }, [logo(ctx, 'qb0002', 36), t('QuickBooks', { size: 16, weight: 600 })]),
    row(ctx, 'Frame 96', { w: 'fill', h: 60, pad: 12, gap: 12, radius: 14, stroke: '#E8E2D4', on: go(S.syncing) }, [logo(ctx, 'sage02', 36), t('Sage', { size: 16, weight: 600 })]),
    row(ctx, 'Frame 97', { w: 'fill', h: 60, pad: 12, gap: 12, radius: 14, stroke: '#E8E2D4', on: go(S.syncing) }, [logo(ctx, 'xero02', 36), t('Xero', { size: 16, weight: 600 })]),
    row(ctx, 'Frame 98', { w: 'fill', h: 60, pad: 12, gap: 12, radius: 14, stroke: '#E8E2D4', on: go(S.syncing) }, [logo(ctx, 'fa0002', 36), t('FreeAgent', { size: 16, weight: 600 })]),
  ]),
]);
const meRow = (s, c) => row(ctx, s, { w: 'fill', h: 52, pad: 4, gap: 12 }, [icon(ctx, 'Vector', 20), t(s, { size: 16, color: c || INK, w: 'fill' })]);
const me = screen(ctx, S.me, 'Me', X(10), 0, W, H, { fill: '#FFF9F4' }, [
  Object.assign(statusBar(), { _at: [0, 0] }),
  body([
    row(ctx, 'Frame 100', { gap: 12 }, [avatar(ctx, 'priya01', 56), col(ctx, 'Frame 101', { gap: 2 }, [t('Priya Shah', { size: 18, weight: 700 }), t('Cheesy Bites · Borough Market', { size: 13, color: '#8A8577' })])]),
    meRow('Your details'), meRow('Payout account'), meRow('Card reader'), meRow('Notifications'), meRow('Leave us feedback'), meRow('Sign out'), meRow('Delete account', '#C0341D'),
  ], { gap: 6 }),
  tabBar(),
]);
const share = screen(ctx, S.share, 'Sheet — send to bookkeeper', X(11), 360, W, 452, { radius: 20 }, [
  Object.assign(col(ctx, 'Frame 110', { w: W, pad: 24, gap: 14 }, [
    t('Send it to your bookkeeper', { size: 20, weight: 700 }),
    t('We’ll email them a link so they can plug in your books for you. Your setup waits right here.', { size: 14, color: '#5B574C', w: 'fill' }),
    row(ctx, 'Frame 111', { h: 48, pad: 12, radius: 10, stroke: '#D8D2C4' }, [t('bookkeeper@email.co.uk', { size: 15, color: '#A39E90' })]),
    pill('Send link', { on: close() }),
  ]), { _at: [0, 0] }),
]);
const oldHome = screen(ctx, S.oldHome, 'Home (old)', X(12), 0, W, H, { visible: false }, [
  body([t('Connect your accounting to unlock reports', { size: 20, weight: 700, w: 'fill' }), pill('Connect now')]),
]);
oldHome.visible = false;

const flow = canvas(flowPage, 'App — first run', [welcome, phone, verify, stall, connect, consent, sumup, syncing, home, books, me, share, oldHome], { start: S.welcome });
const coverId = ctx.newPage(1);
const cover = canvas(coverId, '📕 Cover', [screen(ctx, ctx.id(), 'Thumbnail', 0, 0, 1600, 960, { fill: ORANGE }, [Object.assign(t('StallPay · first run', { size: 96, weight: 800, color: '#FFFFFF' }), { _at: [100, 380] })])]);
const notesId = ctx.newPage(9);
const notes = canvas(notesId, 'Research notes', [screen(ctx, ctx.id(), 'Interview snippets', 0, 0, 800, 600, { fill: '#FFFBEA' }, [
  Object.assign(col(ctx, 'Frame 1', { w: 720, gap: 12 }, [t('Market day is chaos, I don’t want to fiddle with settings on a Saturday.', { size: 16, w: 'fill' }), t('My bookkeeper does the VAT, can I just send her this?', { size: 16, w: 'fill' })]), { _at: [40, 40] }),
])]);
ctx.doc.document.children = [cover, flow, comps, notes];
save(new URL(`../${NAME}.json`, import.meta.url).pathname, ctx.doc);

const present = ['funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.non-linear', 'connection.syncing-indicator'];
const absent = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'value.faq-link', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'];
saveTruth(new URL(`../${NAME}.truth.json`, import.meta.url).pathname, {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Card payments for UK market traders, mobile 375x812, chatty British copy. Four onboarding screens (welcome, number, code, what you sell) before a long "plug in your till" screen with a setup meter, grouped till and bookkeeping tiles, a trader quote, a trader count and a Powered by mark; a consent sheet with checkbox, the SumUp login mock, a syncing screen, and a home screen whose profit card asks to link the books. Prototype start is set with prototypeStartNodeID and some links use transitionNodeID.',
  present, absent,
  notes: {
    'funnel.three-actions': 'Welcome → number → code → what you sell → plug-in screen: four steps.',
    'value.three-part': 'Value (takings with fees knocked off), data use (card sales, refunds, payouts pulled read-only) and one main "Plug in my till" action sit together.',
    'value.contextual-ctas': 'The home screen’s profit card carries "Link my books".',
    'value.progress-meter': '"Your StallPay setup 40%" bar that rises as each source is plugged in.',
    'privacy.statistics': '"12,400 UK traders trust StallPay with their card sales".',
    'platform.accurate-branding': 'Bookkeeping tiles use bare "QuickBooks" and "Sage" with no product edition.',
    'platform.non-linear': '"Do this later" and "Send this to my bookkeeper" on the plug-in screen.',
    'platform.multiple-connections': 'Each connection is a separate one-off path; no add-another control and no connected/pending status anywhere.',
    'privacy.support-contacts': 'No phone, email, chat or help entry anywhere, including the Me tab.',
    'connection.delete': 'Only "Delete account" and "Sign out" in the Me tab; no way to unplug a source is drawn.',
    'funnel.greeting-email': 'No email frame.',
  },
  flow: { startFrameId: S.welcome, connectFrameId: S.connect, stepsToConnect: 4, deadEnds: [] },
});
console.log(NAME, countNodes(ctx.doc.document));

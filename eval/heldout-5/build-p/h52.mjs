// h52: trade credit for US print shops buying paper, mobile 390x844, casual copy.
// The flow page deliberately has no prototype starting point.
import { makeIds, makeBuilder, canvas, writeDoc, buttonSet, plainComponent, click, go, back, close, url, image, solid } from './lib.mjs';

const dir = new URL('..', import.meta.url).pathname;
const nextId = makeIds();
const components = {}, componentSets = {};
const W = 390, H = 844;
const INK = '#121212', MUTED = '#6e6e73', ORANGE = '#ff5a1f', LINE = '#e6e6e9', BG = '#fafaf7';

// components (page 5)
const C = makeBuilder('5', nextId);
const cta = buttonSet(C, 'cta/primary', 40, 40, solid(INK), '#ffffff', components, componentSets);
const box = plainComponent(C, 'checkbox/off', 40, 160, 20, 20, [C.vec('Vector', { w: 20, h: 20, fill: [], stroke: '#8e8e93' })], components);
const tab = plainComponent(C, 'tabbar', 40, 220, W, 84, [C.rect('Rectangle 2', { w: W, h: 84, fill: '#ffffff' })], components, 'Bottom navigation');
const compPage = canvas('5:0', 'Components', [cta.set, box.comp, tab.comp]);

// flow (page 6)
const B = makeBuilder('6', nextId);
const { text, col, row } = B;
const S = {};
for (const k of ['splash', 'signup', 'verify', 'boost', 'pick', 'consent', 'linking', 'limit', 'biz', 'home', 'accounts', 'rates', 'upload', 'help', 'share']) S[k] = B.id();

const screen = (key, name, kids, o = {}) => col(name, { id: S[key], w: W, h: o.h ?? H, pad: [o.top ?? 60, 20, 24, 20], gap: o.gap ?? 16, fill: o.fill ?? BG, clips: true }, kids);
// button as instance
const btn = (label, on, o = {}) => B.instance(o.name ?? 'cta/primary', cta.defId, { w: 350, h: 52, fill: solid(o.fill ?? INK), radius: 26, layout: 'HORIZONTAL', pad: [16, 20], align: 'CENTER', on }, [text(label, { s: 16, wt: 600, c: o.c ?? '#ffffff', w: 310, align: 'CENTER' })]);
// button as a text sitting on a rectangle inside a group
const gbtn = (label, on, o = {}) => B.group(o.name ?? 'Group 8', { w: o.w ?? 350, h: 52, on }, [B.rect('Rectangle 5', { w: o.w ?? 350, h: 52, radius: 12, fill: o.fill ?? ORANGE }), text(label, { s: 16, wt: 700, c: o.c ?? '#ffffff', x: 20, y: 15, w: (o.w ?? 350) - 40, align: 'CENTER' })]);
const link = (label, on, o = {}) => text(label, { s: o.s ?? 15, wt: 600, c: o.c ?? ORANGE, deco: o.deco, on, name: o.name });
const input = (ph, o = {}) => row('Frame 31', { w: 350, h: 52, pad: [15, 16], radius: 12, fill: '#ffffff', stroke: LINE, gap: 10, align: 'CENTER' }, [...(o.icon ? [B.vec(o.icon, { w: 18, h: 18 })] : []), text(ph, { s: 16, c: o.value ? INK : '#a1a1a6', w: 290 })]);
const status = () => row('Status Bar', { w: 350, h: 20 }, [text('9:41', { s: 15, wt: 600, w: 300 }), B.vec('Battery', { w: 26, h: 12, c: INK })]);
const tabbar = (on) => B.instance('tabbar', tab.id, { w: W, h: 84 }, [row('Frame 90', { w: W, h: 84, pad: [12, 30], gap: 60 }, [
  col('Frame 91', { gap: 4, align: 'CENTER', w: 60, on: on ? click(go(S.home)) : undefined }, [B.vec('Vector', { w: 22, h: 22 }), text('Home', { s: 11 })]),
  col('Frame 92', { gap: 4, align: 'CENTER', w: 60 }, [B.vec('Vector', { w: 22, h: 22 }), text('Orders', { s: 11 })]),
  col('Frame 93', { gap: 4, align: 'CENTER', w: 60, on: on ? click(go(S.accounts)) : undefined }, [B.vec('Vector', { w: 22, h: 22 }), text('Accounts', { s: 11 })]),
])]);

const splash = screen('splash', '01 splash', [
  status(),
  B.rect('hero', { w: 350, h: 380, radius: 24, fill: image('7a7d1f0c4e2b') }),
  text('Paper now.\nPay in 60 days.', { s: 32, wt: 800, c: INK, w: 350 }),
  text('Trade credit built for print shops — order stock from PaperLink Supply Co. and 40 other mills.', { s: 16, c: MUTED, w: 350 }),
  row('Frame 12', { w: 350, gap: 140, align: 'CENTER' }, [link('Skip', click(go(S.signup)), { c: MUTED }), gbtn('Next', undefined, { w: 120 })]),
], { fill: '#fff4ec' });

const signup = screen('signup', '02 sign up', [
  status(),
  text('Let’s get you set up', { s: 26, wt: 700, c: INK, w: 350 }),
  text('Takes a minute. No credit pull to look around.', { s: 15, c: MUTED, w: 350 }),
  input('Your shop’s name'), input('Email'), input('Mobile number'),
  btn('Let’s go', click(go(S.verify))),
  row('Frame 20', { gap: 6 }, [text('Curious about costs?', { s: 14, c: MUTED }), link('See rates', click(go(S.rates)), { s: 14, deco: 'UNDERLINE' })]),
]);

const verify = screen('verify', '03 verify', [
  status(),
  row('Frame 21', { on: click(back()) }, [B.vec('chevron-left', { w: 12, h: 20, c: INK })]),
  text('Check your texts', { s: 26, wt: 700, c: INK }),
  text('We sent a 6-digit code to (312) •••-••48.', { s: 15, c: MUTED, w: 350 }),
  row('Frame 22', { gap: 10 }, [1, 2, 3, 4, 5, 6].map((i) => B.rect(`Rectangle ${20 + i}`, { w: 50, h: 60, radius: 10, fill: '#ffffff', stroke: LINE }))),
  btn('Confirm', click(go(S.boost))),
  link('Resend code', undefined, { s: 14, c: MUTED }),
]);

const boost = screen('boost', '04 boost limit', [
  status(),
  row('Frame 40', { w: 350, gap: 220 }, [text('Step 3 of 3', { s: 13, wt: 600, c: ORANGE }), link('Need a hand?', click(go(S.help)), { s: 13, c: MUTED })]),
  text('Show us your books, get a bigger limit 📈', { s: 26, wt: 800, c: INK, w: 350 }),
  col('Frame 41', { w: 350, gap: 12, pad: 16, radius: 16, fill: '#ffffff', stroke: LINE }, [
    row('Frame 42', { w: 318, gap: 10 }, [text('💸', { s: 18, w: 24 }), text('Shops that link their books usually get a limit 3x bigger — often same day.', { s: 15, c: INK, w: 284 })]),
    row('Frame 43', { w: 318, gap: 10 }, [text('👀', { s: 18, w: 24 }), text('We peek at your invoices, bills and bank balance to size your credit. We only read — we can’t move money or edit anything.', { s: 15, c: INK, w: 284 })]),
    row('Frame 44', { w: 318, gap: 10 }, [text('👉', { s: 18, w: 24 }), text('Tap below and pick your accounting app or bank.', { s: 15, c: INK, w: 284 })]),
  ]),
  text('Bank-level encryption. We never sell your data, period.\nChanged your mind? Unlink anytime in Accounts.', { s: 13, c: MUTED, w: 350 }),
  btn('Link my books', click(go(S.pick))),
  row('Frame 45', { w: 350, gap: 8, align: 'CENTER' }, [link('Send this to my bookkeeper', click(go(S.share, 'OVERLAY')), { s: 14 }), text('·', { s: 14, c: MUTED }), link('Not now', click(go(S.home)), { s: 14, c: MUTED })]),
  col('testimonial', { w: 350, gap: 6, pad: 14, radius: 14, fill: '#fff4ec' }, [text('“Got us through a slow January without maxing the card.”', { s: 14, wt: 500, c: INK, w: 322, font: 'Georgia' }), text('— Marco Reyes, owner, Inkwell Press (Tulsa, OK)', { s: 12, c: MUTED, w: 322 })]),
], { gap: 14 });

const item = (nm, ref) => row('Frame 51', { w: 350, h: 60, pad: [10, 12], gap: 12, radius: 12, fill: '#ffffff', stroke: LINE, align: 'CENTER', on: click(go(S.consent, 'OVERLAY')) }, [B.rect('Rectangle 12', { w: 36, h: 36, radius: 8, fill: image(ref) }), text(nm, { s: 16, wt: 500, c: INK, w: 250 }), B.vec('chevron', { w: 8, h: 14 })]);
const pick = screen('pick', '05 pick software', [
  status(),
  row('Frame 50', { on: click(back()) }, [B.vec('chevron-left', { w: 12, h: 20, c: INK })]),
  text('Where do you keep the numbers?', { s: 24, wt: 700, c: INK, w: 350 }),
  input('Find your app or bank', { icon: 'magnifier' }),
  ...[['QuickBooks', '1a'], ['Xero', '2b'], ['FreshBooks', '3c'], ['Sage', '4d'], ['Chase', '5e'], ['Bank of America', '6f'], ['Wells Fargo', '7a']].map(([n, r]) => item(n, `0c${r}99e1`)),
  row('Frame 59', { w: 350, gap: 6 }, [text('Don’t see yours?', { s: 14, c: MUTED }), link('Upload statements instead', click(go(S.upload)), { s: 14, deco: 'UNDERLINE' })]),
], { gap: 10 });

const consent = col('06 consent sheet', { id: S.consent, w: W, h: 460, pad: [24, 20, 34, 20], gap: 16, radius: 24, fill: '#ffffff' }, [
  B.rect('grabber', { w: 40, h: 5, radius: 3, fill: '#d1d1d6' }),
  text('Quick heads-up', { s: 22, wt: 700, c: INK }),
  text('You’ll hop over to Intuit to log in and OK read-only access. Once you’re done, you bounce right back here.', { s: 15, c: MUTED, w: 350 }),
  row('Frame 61', { w: 350, gap: 12 }, [B.instance('checkbox/off', box.id, { w: 20, h: 20 }, [B.vec('Vector', { w: 20, h: 20, fill: [], stroke: '#8e8e93' })]), text('I’m cool with PaperTab reading my financial data as described in the', { s: 14, c: INK, w: 318 })]),
  link('Privacy Policy', click(url('https://papertab.example/privacy')), { s: 14, deco: 'UNDERLINE' }),
  gbtn('Continue to Intuit', click(go(S.linking))),
  link('Cancel', click(close()), { c: MUTED }),
]);

const linking = screen('linking', '07 linking', [
  status(),
  B.rect('Rectangle 70', { w: 350, h: 180 }),
  B.ellipse('spinner', { w: 48, h: 48, stroke: ORANGE, strokeWeight: 4 }),
  text('Pulling in your books…', { s: 20, wt: 700, c: INK, w: 350, align: 'CENTER' }),
  text('Hang tight, this is usually quick.', { s: 15, c: MUTED, w: 350, align: 'CENTER' }),
  B.rect('proto hotspot', { w: 350, h: 200, on: click(go(S.limit)), opacity: 0 }),
], { gap: 20 });

const limit = screen('limit', '08 limit', [
  status(),
  text('You’re approved for', { s: 16, c: MUTED }),
  text('$25,000', { s: 44, wt: 800, c: INK }),
  col('meter', { w: 350, gap: 8, pad: 16, radius: 14, fill: '#ffffff', stroke: LINE }, [
    row('Frame 81', { w: 318, gap: 120 }, [text('Limit strength', { s: 14, wt: 600 }), text('Good', { s: 14, c: ORANGE })]),
    row('bar', { w: 318, h: 10, radius: 5, fill: '#f0f0f0' }, [B.rect('Rectangle 82', { w: 212, h: 10, radius: 5, fill: ORANGE })]),
    text('QuickBooks ✓   Bank ○', { s: 13, c: MUTED }),
  ]),
  text('Link your business checking and you could get up to $10k more.', { s: 15, c: INK, w: 350 }),
  btn('Add my bank', click(go(S.pick))),
  link('Looks good, keep going', click(go(S.biz)), { c: MUTED }),
]);

const field = (label, value) => col('Frame 88', { w: 350, gap: 4 }, [text(label, { s: 13, c: MUTED }), input(value, { value: true })]);
const biz = screen('biz', '13 business info', [
  status(),
  text('Anything look off?', { s: 24, wt: 700, c: INK }),
  text('We grabbed this from QuickBooks so you don’t have to type it.', { s: 14, c: MUTED, w: 350 }),
  field('Legal name', 'Reyes Print Works LLC'), field('EIN', '12-3456789'), field('Address', '2210 S Harvard Ave, Tulsa, OK 74114'), field('Annual sales', '$1.1M'),
  btn('All good', click(go(S.home))),
], { gap: 12 });

const home = screen('home', '09 home', [
  status(),
  text('Hey Marco 👋', { s: 24, wt: 700, c: INK }),
  col('Frame 91', { w: 350, gap: 6, pad: 16, radius: 16, fill: INK }, [text('Available credit', { s: 13, c: '#bdbdbd' }), text('$21,340', { s: 32, wt: 800, c: '#ffffff' })]),
  col('nudge', { w: 350, gap: 10, pad: 16, radius: 16, fill: '#fff4ec' }, [text('Want 90-day terms?', { s: 16, wt: 700 }), text('Link your bank and we’ll unlock longer terms on your next order.', { s: 14, c: INK, w: 318 }), gbtn('Link bank', click(go(S.pick)), { w: 140 })]),
  row('Frame 95', { w: 350, pad: 14, gap: 12, radius: 14, fill: '#ffffff', stroke: LINE, align: 'CENTER' }, [B.rect('Rectangle 13', { w: 36, h: 36, radius: 8, fill: image('beadfeed01') }), text('Reorder from PaperLink Supply Co.\n100lb gloss text, 8 cartons', { s: 14, w: 290 })]),
  text('PaperTab Plus — free delivery, $9/mo, cancel anytime', { s: 13, c: MUTED, w: 350 }),
  tabbar(true),
], { gap: 14 });

const acct = (nm, meta) => row('Frame 101', { w: 350, pad: 14, gap: 12, radius: 14, fill: '#ffffff', stroke: LINE, align: 'CENTER' }, [B.rect('Rectangle 12', { w: 36, h: 36, radius: 8, fill: image('0c1a99e1') }), col('Frame 102', { w: 200, gap: 2 }, [text(nm, { s: 15, wt: 600, w: 200 }), text(meta, { s: 12, c: MUTED, w: 200 })]), text('Unlink', { s: 14, wt: 600, c: '#d70015', name: 'Btn' })]);
const accounts = screen('accounts', '10 accounts', [
  status(),
  text('Linked accounts', { s: 24, wt: 700, c: INK }),
  acct('QuickBooks  Linked ✓', 'Linked Mar 3 · last pulled 4h ago'),
  acct('Chase Business Checking ••4421', 'USD · linked Mar 5 · last pulled 4h ago'),
  row('Frame 105', { gap: 8, on: click(go(S.pick)) }, [text('＋', { s: 16, c: ORANGE }), link('Add another account', undefined)]),
  B.rect('Rectangle 106', { w: 350, h: 1, fill: LINE }),
  link('Help', click(go(S.help)), { c: INK }),
  link('Log out', undefined, { c: INK }),
  link('Delete account', undefined, { c: '#d70015' }),
  tabbar(true),
], { gap: 14 });

const rates = screen('rates', '11 rates', [
  status(),
  text('Rates & fees', { s: 24, wt: 700, c: INK }),
  text('1  No fee if you pay within 30 days\n2  1.5% flat for 31–60 days\n3  Late fee: $25 after 60 days', { s: 15, c: INK, w: 350 }),
  text('Rates shown are examples. Credit subject to approval.', { s: 12, c: MUTED, w: 350 }),
]);

const upload = screen('upload', '12 upload', [
  status(),
  text('Upload statements', { s: 24, wt: 700, c: INK }),
  text('Send the last 3 months of bank statements or a P&L as PDF — or snap a photo.', { s: 15, c: MUTED, w: 350 }),
  col('dropzone', { w: 350, h: 180, pad: 60, radius: 16, stroke: '#c7c7cc', align: 'CENTER' }, [B.vec('upload', { w: 28, h: 28 }), text('Choose files', { s: 15, c: ORANGE })]),
  btn('Submit', click(go(S.limit))),
]);

const help = screen('help', '14 help', [
  status(),
  row('Frame 140', { on: click(back()) }, [B.vec('chevron-left', { w: 12, h: 20, c: INK })]),
  text('We’re real people 🙂', { s: 24, wt: 700 }),
  ...['💬  Chat with us', '📱  Text (312) 555-0148', '✉️  help@papertab.example'].map((t) => row('Frame 141', { w: 350, pad: 16, radius: 14, fill: '#ffffff', stroke: LINE }, [text(t, { s: 16, w: 318 })])),
  text('Mon–Sat, 7am–7pm CT', { s: 13, c: MUTED }),
]);

const share = col('15 share sheet', { id: S.share, w: W, h: 360, pad: [24, 20], gap: 14, radius: 24, fill: '#ffffff' }, [
  text('Send to your bookkeeper', { s: 20, wt: 700 }),
  text('They’ll get a secure link to connect your books for you. We’ll ping you when it’s done.', { s: 14, c: MUTED, w: 350 }),
  input('Their email'),
  gbtn('Send link', click(close())),
]);

const frames = [splash, signup, verify, boost, pick, consent, linking, limit, biz, home, accounts, rates, upload, help, share];
frames.forEach((f, i) => { f._x = (i % 8) * 490; f._y = Math.floor(i / 8) * 1000; });
const flowPage = canvas('6:0', 'Flow v2', frames); // no starting point set

// archive (page 7)
const A = makeBuilder('7', nextId);
const archive = canvas('7:0', '🗄 archive', [A.col('old boost (v1)', { w: W, h: H, pad: 20, gap: 12, fill: '#ffffff' }, [A.text('Connect QuickBooks to continue', { s: 22, wt: 700 }), A.row('Frame 1', { h: 52, pad: [16, 20], radius: 26, fill: INK }, [A.text('Connect', { s: 16, c: '#ffffff' })])])]);
const cover = canvas('8:0', 'Cover', [makeBuilder('8', nextId).frame('thumbnail', { w: 1600, h: 960, fill: ORANGE }, [])]);

const nodes = writeDoc(dir, 'h52-print-shop-credit-mobile', { title: 'PaperTab app — onboarding', lastModified: '2025-02-20T18:03:44Z', version: '4920118432' }, [cover, flowPage, compPage, archive], components, componentSets, {
  kind: 'onboarding',
  description: 'Mobile (390x844) onboarding for US trade credit that lets print shops buy paper and pay later: splash, sign-up, text-code verification, a "show us your books" screen asking the shop to link accounting or its bank, a flat searchable list of apps and banks, a consent bottom sheet, linking, the resulting limit with a strength meter, prefilled business info, home with a nudge, and a linked-accounts screen. The flow page has no prototype starting point.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'value.faq-link', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.grouped-categories', 'platform.accurate-branding', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'No start set; from the sign-up frame: Let’s go → verify, Confirm → boost screen (2 taps).',
    'value.three-part': 'Three emoji rows (bigger limit / what we read, read-only / tap below) above "Link my books".',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" with no product edition (Online/Desktop, Business Cloud/Intacct).',
    'platform.grouped-categories': 'Accounting apps and banks are mixed in one flat list although two types are offered.',
    'privacy.connection-guide': 'Only a privacy-policy link; "Need a hand?" opens contact channels, not a guide.',
    'value.faq-link': 'No FAQ or learn-more link near the value message.',
    'privacy.statistics': 'No figures about customers or encryption; "3x bigger" is a limit claim.',
    'connection.refresh': 'Linked accounts show "last pulled" times but no way to pull again.',
    'connection.delete': '"Unlink" per account; "Delete account" below is the user account.',
    'platform.non-linear': '"Send this to my bookkeeper" and "Not now".',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.boost, stepsToConnect: 2, deadEnds: [S.rates] },
});
console.warn('h52 nodes', nodes);

// h57: small loans for UK flower shops, mobile 375x812, older prototype links (transitionNodeID).
import { onPage, F, R, V, E, T, G, I, C, CS, VS, HS, act, oldLink, btnI, btnF, btnG, link, searchField, logo, solid, image, finish, doc, canvas, writeOut } from './lib.mjs';

const W = 375;
const H = 812;
const OUT = new URL('..', import.meta.url).pathname;
const ink = '2B2233';
const rose = 'C2406A';
const t = (c, x, y, w, s = 15, wt = 400, o = {}) => T(c, x, y, w, s, wt, { family: 'DM Sans', color: ink, ...o });

// ---- components
onPage(2);
const pill = C('Btn', 20, 20, 335, 52, { fills: solid(rose), cornerRadius: 26 }, [t('Label', 20, 15, 295, 16, 700, { color: 'FFFFFF' })]);
const togOff = C('Property 1=Off', 20, 120, 44, 26, { fills: solid('D9D4DC'), cornerRadius: 13 }, [E('Ellipse', 3, 3, 20, 20, { fills: solid('FFFFFF') })]);
const togOn = C('Property 1=On', 80, 120, 44, 26, { fills: solid(rose), cornerRadius: 13 }, [E('Ellipse', 21, 3, 20, 20, { fills: solid('FFFFFF') })]);
const tog = CS('Toggle', 20, 100, 140, 60, {}, [togOff, togOn]);
const tab = C('tabbar', 20, 200, 375, 84, { fills: solid('FFFFFF') }, []);
const componentsPage = canvas(2, 'Components', [pill, tog, tab]);
const components = {
  [pill.id]: { key: '5c1e0b9a77', name: 'Btn', description: 'Primary pill' },
  [togOff.id]: { key: '5c1e0b9a78', name: 'Property 1=Off', description: '', componentSetId: tog.id },
  [togOn.id]: { key: '5c1e0b9a79', name: 'Property 1=On', description: '', componentSetId: tog.id },
  [tab.id]: { key: '5c1e0b9a80', name: 'tabbar', description: '' },
};
const componentSets = { [tog.id]: { key: '5c1e0b9a81', name: 'Toggle', description: '' } };

onPage(1);
const cover = canvas(1, 'Cover', [F('Thumbnail', 0, 0, 1600, 960, { fills: solid('F7E6EC') }, [t('Bloom 🌷 onboarding', 100, 380, 1200, 72, 700), t('iOS · Sprint 14 · old prototype, see Flow page', 100, 500, 1200, 28, 400)])]);

// ---- flow
onPage(3);
const statusBar = () => F('Frame 1', 0, 0, W, 44, { fills: [] }, [t('9:41', 24, 12, 60, 15, 600), V('Vector', 300, 16, 52, 12, { fills: solid(ink) })]);
const screen = (name, x, kids, bg = 'FFFFFF') => F(name, x, 0, W, H, { fills: solid(bg), clipsContent: true }, [statusBar(), ...kids]);
const tabbar = (dests) => I('tabbar', tab.id, 0, H - 84, W, 84, { fills: solid('FFFFFF'), strokes: solid('EEE8F0') }, [
  HS('Frame 70', 24, 12, ['Home', 'Loan', 'Help', 'Settings'].map((l) => {
    const g = VS(`Frame ${l.length + 71}`, 0, 0, 70, [V('Vector', 23, 0, 24, 24, { fills: solid('8C8096') }), t(l, 0, 0, 70, 11, 500, { textAlignHorizontal: 'CENTER' })], { gap: 4 });
    return dests[l] ? oldLink(g, dests[l]) : g;
  }), { gap: 16 }),
]);
const field = (label, value, filled) => VS(`Frame ${label.length + 20}`, 0, 0, 327, [
  t(label, 0, 0, 327, 13, 600, { color: '6E6377' }),
  F('Frame 22', 0, 0, 327, 48, { fills: solid(filled ? 'FFF6F9' : 'FFFFFF'), strokes: solid('DCD3E0'), cornerRadius: 10 }, [t(value, 14, 14, 300, 15, 400, { color: filled ? ink : 'A399AB' })]),
], { gap: 6 });

const hello = screen('Hello', 0, [
  R('Rectangle 4', 0, 44, W, 360, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'e1b7f0a3c9' }] }),
  oldLink(t('Skip', 310, 56, 50, 15, 600, { color: 'FFFFFF' }), '@Create account'),
  VS('Auto layout', 24, 430, 327, [
    t('Loans that bloom with you 🌷', 0, 0, 327, 26, 700),
    t('Money for stock, vans and the big days — Valentine’s, Mother’s Day, weddings.', 0, 0, 327, 15, 400, { h: 42 }),
    VS('Frame 8', 0, 0, 327, [
      t('“Bloom lent us £8k the week before Mother’s Day. We tripled our order and sold out by Saturday.”', 0, 0, 327, 14, 400, { h: 60, family: 'DM Serif Display' }),
      t('Priya Shah, Petals & Co, Leeds', 0, 0, 327, 13, 600, { color: rose }),
    ], { gap: 6, pad: 14, fills: solid('FFF1F5'), cornerRadius: 14 }),
    HS('Frame 11', 0, 0, [E('Ellipse 1', 0, 0, 8, 8, { fills: solid(rose) }), E('Ellipse 2', 0, 0, 8, 8, { fills: solid('E5D9E4') }), E('Ellipse 3', 0, 0, 8, 8, { fills: solid('E5D9E4') })], { gap: 6 }),
    oldLink(btnI('Get started', pill.id, 0, 0, 327, 52, 'Btn', { bg: rose }), '@Create account'),
  ], { gap: 16 }),
], 'FFFFFF');

const createAcct = screen('Create account', 420, [
  VS('Auto layout', 24, 72, 327, [
    t('Hello! Let’s set you up', 0, 0, 327, 24, 700),
    t('Takes two minutes. Checking rates won’t touch your credit score.', 0, 0, 327, 14, 400, { color: '6E6377', h: 40 }),
    field('Your name', 'Priya Shah', true),
    field('Email', 'priya@petalsandco.co.uk', true),
    field('Mobile', '07700 900 418', true),
    oldLink(btnF('Carry on', 0, 0, 327, 52, 'Frame 30', { bg: rose, r: 26 }), '@Your shop'),
  ], { gap: 14 }),
]);

const yourShop = screen('Your shop', 840, [
  VS('Auto layout', 24, 72, 327, [
    t('About your shop', 0, 0, 327, 24, 700),
    field('Shop name', 'e.g. Petals & Co', false),
    field('Postcode', 'LS1 6DT', false),
    field('Roughly how long have you been trading?', '2–5 years', false),
    oldLink(link('See our rates first', 0, 0, 200, { color: rose, size: 14 }), '@Rates & fees'),
    oldLink(btnG('Next', 0, 0, 327, 52, 'Group 12', { bg: rose, r: 26 }), '@Link your tills'),
  ], { gap: 14 }),
]);

const rates = screen('Rates & fees', 1260, [
  VS('Auto layout', 24, 72, 327, [
    t('Rates & fees', 0, 0, 327, 24, 700),
    t('One fixed fee, agreed up front.\n£1,000–£25,000 · 3 to 12 months\nFee from 4% · no early repayment charge\nRepresentative example: borrow £5,000 over 6 months, fee £300, total repayable £5,300.', 0, 0, 327, 14, 400, { h: 140 }),
  ], { gap: 14 }),
]);

const platformRow = (name, ref, sub, dest) => {
  const r = F(`Frame ${name.length + 100}`, 0, 0, 327, 56, { fills: solid('FFFFFF'), strokes: solid('EEE8F0'), cornerRadius: 12 }, [
    logo(ref, 12, 12, 32),
    t(name, 56, 9, 220, 15, 600),
    t(sub, 56, 30, 220, 12, 400, { color: '8C8096' }),
    V('Vector', 300, 22, 8, 12, { strokes: solid('8C8096'), fills: [] }),
  ]);
  return dest ? oldLink(r, dest) : r;
};
const linkTills = screen('Link your tills', 0, [
  VS('Auto layout', 24, 56, 327, [
    VS('Frame 90', 0, 0, 327, [
      HS('Frame 91', 0, 0, [t('Offer strength', 0, 0, 200, 12, 600, { color: '6E6377' }), t('Fair', 0, 0, 120, 12, 700, { color: rose, textAlignHorizontal: 'RIGHT' })], { gap: 7 }),
      F('Frame 92', 0, 0, 327, 8, { fills: solid('F1E8EE'), cornerRadius: 4 }, [R('Rectangle 93', 0, 0, 110, 8, { fills: solid(rose), cornerRadius: 4 })]),
    ], { gap: 6 }),
    t('Link your tills', 0, 0, 327, 24, 700),
    t('Show us your takings and we can offer up to £25k, decided in a day. We only read daily sales and refunds — we never post anything back to your till.', 0, 0, 327, 14, 400, { h: 78 }),
    oldLink(btnI('Link a till', pill.id, 0, 0, 327, 52, 'Btn', { bg: rose }), '@Square chosen'),
    t('Till & card reader', 0, 0, 327, 17, 700),
    VS('Frame 96', 0, 0, 327, [
      platformRow('Square Point of Sale', 'sq01', 'squareup.com/gb', '@Square chosen'),
      platformRow('SumUp', 'su02', 'sumup.co.uk', '@Square chosen'),
      platformRow('Lightspeed Retail (X-Series)', 'ls03', 'lightspeedhq.co.uk', '@Square chosen'),
      platformRow('Epos Now', 'ep04', 'eposnow.com', '@Square chosen'),
    ], { gap: 8 }),
    t('Online shop', 0, 0, 327, 17, 700),
    VS('Frame 98', 0, 0, 327, [
      platformRow('Shopify', 'sh05', 'shopify.com', '@Shopify chosen'),
      platformRow('Etsy', 'et06', 'etsy.com', '@Shopify chosen'),
      platformRow('WooCommerce', 'wc07', 'woocommerce.com', '@Shopify chosen'),
    ], { gap: 8 }),
    t('Different till? Send us three months of card statements instead.', 0, 0, 327, 13, 500, { color: rose, deco: 'UNDERLINE', h: 36 }),
    t('🔒 Secure, read-only link. We won’t share your figures with anyone without asking you first.\nChange your mind? Unlink in Settings any time.', 0, 0, 327, 12, 400, { color: '6E6377', h: 70 }),
    t('12,400 UK independents already link their tills with Bloom', 0, 0, 327, 12, 600, { color: '6E6377' }),
    oldLink(t('💬 Chat with us', 0, 0, 150, 13, 600, { color: rose }), '@Help'),
  ], { gap: 12 }),
]);
linkTills._h = 1480; // scrolling screen

const chosen = (name, brand, ref, waitLabel) => screen(name, 0, [
  VS('Auto layout', 24, 100, 327, [
    HS('Frame 120', 0, 0, [logo(ref, 0, 0, 48), V('Vector', 0, 16, 24, 16, { fills: solid('C6BACD') }), R('Rectangle 121', 0, 0, 48, 48, { fills: image('b100m0000'), cornerRadius: 12 })], { gap: 16 }),
    t(`We’ll pop you over to ${brand} to log in and say yes, then bring you straight back here.`, 0, 0, 327, 17, 600, { h: 72 }),
    t(waitLabel, 0, 0, 327, 14, 400, { color: '6E6377', h: 40 }),
    oldLink(btnI(`Off to ${brand}`, pill.id, 0, 0, 327, 52, 'Btn', { bg: rose }), '@Connected'),
    act(link('Not now', 0, 0, 100, { color: '6E6377', underline: false }), { type: 'BACK' }),
  ], { gap: 18 }),
]);
const squareChosen = chosen('Square chosen', 'Square', 'sq01', 'You’ll need your Square owner login.');
const shopifyChosen = chosen('Shopify chosen', 'Shopify', 'sh05', 'Use the login for your store admin.');

const connected = screen('Connected', 0, [
  VS('Auto layout', 24, 80, 327, [
    t('Nice one! 🎉', 0, 0, 327, 24, 700),
    VS('Frame 130', 0, 0, 327, [
      HS('Frame 131', 0, 0, [logo('sq01', 0, 0, 32), t('Square Point of Sale', 0, 6, 190, 14, 600), t('Linked ✓', 0, 6, 70, 13, 700, { color: '2E8B57' })], { gap: 12, pad: 12 }),
      HS('Frame 132', 0, 0, [logo('sh05', 0, 0, 32), t('Shopify', 0, 6, 150, 14, 600), t('Waiting for your OK', 0, 6, 110, 12, 700, { color: 'C77700' })], { gap: 12, pad: 12 }),
    ], { gap: 8 }),
    oldLink(t('+ Add another', 0, 0, 150, 15, 700, { color: rose }), '@Link your tills'),
    oldLink(btnF('See my offer', 0, 0, 327, 52, 'Frame 135', { bg: rose, r: 26 }), '@Your offer'),
  ], { gap: 16 }),
]);

const offer = screen('Your offer', 0, [
  VS('Auto layout', 24, 72, 327, [
    t('You could borrow £12,500', 0, 0, 327, 24, 700),
    t('We’ve filled these in from Square — check they look right.', 0, 0, 327, 14, 400, { color: '6E6377', h: 40 }),
    field('Business name', 'Petals & Co Ltd', true),
    field('Registered address', '14 Market Row, Leeds LS1 6DT', true),
    field('Companies House number', '11873402', true),
    field('Yearly takings', '£186,400', true),
    HS('Frame 140', 0, 0, [I('Property 1=Off', togOff.id, 0, 0, 44, 26, { fills: solid('D9D4DC'), cornerRadius: 13 }, [E('Ellipse', 3, 3, 20, 20, { fills: solid('FFFFFF') })]), t('Add Bloom Cover for £4/month — cancel anytime', 0, 2, 260, 13, 400, { h: 36 })], { gap: 12 }),
    oldLink(btnI('Accept offer', pill.id, 0, 0, 327, 52, 'Btn', { bg: rose }), '@Home'),
  ], { gap: 12 }),
]);
act(offer.children[1].children[6].children[0], { type: 'NODE', destinationId: togOn.id, navigation: 'CHANGE_TO', transition: null });

const home = screen('Home', 0, [
  VS('Auto layout', 24, 60, 327, [
    t('Morning, Priya ☀️', 0, 0, 327, 22, 700),
    VS('Frame 150', 0, 0, 327, [t('Loan balance', 0, 0, 300, 12, 500, { color: '6E6377' }), t('£9,870 left · next £412 on Fri', 0, 0, 300, 18, 700)], { gap: 4, pad: 16, fills: solid('FFF1F5'), cornerRadius: 14 }),
    F('Frame 152', 0, 0, 327, 220, { fills: solid('F8F5F9'), cornerRadius: 14 }, [
      t('Weekend sales', 16, 14, 200, 15, 700),
      R('Rectangle 153', 16, 44, 295, 110, { fills: solid('EFE8F2'), cornerRadius: 8 }),
      t('Link Etsy to see online orders here too', 16, 162, 295, 13, 500),
      oldLink(btnF('Link Etsy', 16, 182, 110, 30, 'Frame 155', { bg: rose, r: 15, size: 13 }), '@Link your tills'),
    ]),
    t('Upcoming: FloraLink Wholesale invoice £640 due Friday', 0, 0, 327, 13, 400, { color: '6E6377', h: 36 }),
    t('Syncing your sales…', 0, 0, 327, 12, 500, { color: '6E6377', visible: false }),
  ], { gap: 14 }),
  tabbar({ Help: '@Help', Settings: '@Your connections' }),
]);

const conns = screen('Your connections', 0, [
  VS('Auto layout', 24, 60, 327, [
    t('Your connections', 0, 0, 327, 22, 700),
    ...[['Square Point of Sale', 'sq01', 'Linked 3 Mar 2026 · last synced today 09:14 · GBP'], ['Shopify', 'sh05', 'Linked 3 Mar 2026 · last synced yesterday 22:10']].map(([n, r, s]) =>
      VS(`Frame ${n.length + 160}`, 0, 0, 327, [
        HS('Frame 161', 0, 0, [logo(r, 0, 0, 32), t(n, 0, 6, 200, 15, 600)], { gap: 12 }),
        t(s, 0, 0, 300, 12, 400, { color: '6E6377' }),
        btnF('Remove', 0, 0, 90, 32, 'Frame 163', { bg: 'FFFFFF', fg: 'B3261E', stroke: 'E8C4C1', size: 13, r: 16 }),
      ], { gap: 8, pad: 14, strokes: solid('EEE8F0'), cornerRadius: 12 })),
    HS('Frame 170', 0, 0, [t('Marketing emails', 0, 2, 260, 14, 500), I('Property 1=Off', togOff.id, 0, 0, 44, 26, { fills: solid('D9D4DC'), cornerRadius: 13 }, [E('Ellipse', 3, 3, 20, 20, { fills: solid('FFFFFF') })])], { gap: 20 }),
    t('Delete account', 0, 0, 200, 14, 600, { color: 'B3261E' }),
  ], { gap: 14 }),
  tabbar({ Home: '@Home', Help: '@Help' }),
]);

const help = screen('Help', 0, [
  VS('Auto layout', 24, 60, 327, [
    t('We’re here 🌼', 0, 0, 327, 22, 700),
    t('Mon–Sat, 8am–6pm', 0, 0, 327, 13, 400, { color: '6E6377' }),
    ...[['📞', 'Call 0113 496 0321'], ['✉️', 'hello@bloomloans.example'], ['💬', 'Start a chat']].map(([e, l]) => HS(`Frame ${l.length + 180}`, 0, 0, [t(e, 0, 0, 24, 18, 400), t(l, 0, 2, 260, 15, 600)], { gap: 12, pad: 14, strokes: solid('EEE8F0'), cornerRadius: 12 })),
    act(link('Back', 0, 0, 80, { color: rose, underline: false }), { type: 'BACK' }),
  ], { gap: 12 }),
  tabbar({ Home: '@Home' }),
]);

const archived = F('Link your tills (v1)', 0, 0, W, H, { fills: solid('FFFFFF'), visible: false }, [t('Connect Square\nSearch 200 apps', 24, 100, 327, 20, 700), searchField('Search', 24, 160, 327)]);

const screens = [hello, createAcct, yourShop, rates, linkTills, squareChosen, shopifyChosen, connected, offer, home, conns, help];
screens.forEach((s, i) => { s._x = (i % 6) * 440; s._y = Math.floor(i / 6) * 1600; });
archived._x = 0; archived._y = 3400;
const flowPage = canvas(3, 'Flow (old proto)', [...screens, archived], { flowStartingPoints: [], prototypeStartNodeID: '@Hello' });

onPage(4);
const archive = canvas(4, 'Archive', [
  F('Splash v0', 0, 0, W, H, { fills: solid('C2406A') }, [t('bloom', 120, 380, 200, 40, 700, { color: 'FFFFFF' })]),
  G('Group 3', 500, 0, [R('Rectangle 9', 0, 0, 300, 52, { fills: solid(rose), cornerRadius: 26 }), t('Securely connect your POS', 30, 15, 240, 16, 700, { color: 'FFFFFF' })]),
]);

const file = doc('Bloom – Onboarding (iOS)', '2025-10-02T09:05:40Z', [cover, componentsPage, flowPage, archive], components, componentSets);
const { count } = finish(file);
writeOut(OUT, 'h57-flower-shop-loans-mobile', file, {
  kind: 'onboarding',
  description: `Mobile (375x812, UK) onboarding for small loans to flower shops. Intro screen, account creation and shop details lead to a scrolling screen where the florist links a till/card reader or an online shop, a hand-off explainer per provider, a linked-status screen, a loan offer prefilled from the till data, a home screen, a connections list and a help screen. Prototype links are the older transitionNodeID kind, start set by prototypeStartNodeID. ${count} nodes.`,
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete',
  ],
  absent: [
    'funnel.greeting-email', 'value.faq-link', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.search', 'platform.non-linear', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.three-actions': 'Hello → Create account → Your shop → Link your tills: three taps from landing, two from sign-up.',
    'funnel.prefill': 'Loan offer fields “filled in from Square” (name, address, Companies House number, takings).',
    'value.three-part': 'Up to £25k decided in a day; reads daily sales and refunds only; single “Link a till” button.',
    'value.progress-meter': '“Offer strength: Fair” bar on the link screen.',
    'privacy.statistics': '“12,400 UK independents already link their tills with Bloom”.',
    'privacy.consent-action': 'No checkbox or policy link before linking; the button goes straight to the hand-off.',
    'platform.search': 'Seven providers listed, no search; the search field exists only on a hidden archived frame.',
    'platform.non-linear': 'No save-for-later or send-to-a-colleague; the “Skip” is on the marketing intro and goes to sign-up.',
    'connection.syncing-indicator': '“Syncing your sales…” is a hidden layer.',
    'connection.delete': '“Remove” on each connection in Your connections.',
  },
  flow: { startFrameId: hello.id, connectFrameId: linkTills.id, stepsToConnect: 3, deadEnds: [rates.id] },
});
console.log('h57', count);

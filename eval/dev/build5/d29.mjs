// d29-charity-donations-mobile: donation processing for small UK charities, 375x812.
import { reset, page, T, F, R, Vec, E, G, C, I, go, oldLink, back, close, url, canvas, docOf, save, img, row, col, ZW } from './lib.mjs';

reset();
const OUT = new URL('..', import.meta.url).pathname;
const TEAL = '#0E7C66';
const INK = '#1E2A28';
const MUTED = '#5E6B68';
const CREAM = '#FFFBF4';

// ---------- page 2: components ----------
page(2);
const cta = C('Btn', { dir: 'H', pad: [14, 20], radius: 24, fill: TEAL, w: 327, justify: 'CENTER', x: 0, y: 0 }, [T('Button', { size: 16, weight: 600, color: '#FFFFFF', hug: true })]);
const tick = C('check / off', { w: 20, h: 20, radius: 4, stroke: '#8FA39E', fill: '#FFFFFF', x: 400, y: 0 }, []);
const tabIcon = C('icon/24', { w: 24, h: 24, x: 460, y: 0 }, [Vec('Vector', { w: 20, h: 20, x: 2, y: 2, fill: MUTED })]);
const compsPage = canvas('2:0', 'Components', [cta, tick, tabIcon]);

// ---------- page 1: flow ----------
page(1);
const SW = 375;
const SH = 812;
let gx = 0;
const scr = (name, o = {}) => {
  const f = F(name, { w: SW, h: o.h ?? SH, x: o.x ?? gx, y: o.y ?? 0, fill: o.fill ?? CREAM, dir: 'V', pad: [0, 0], gap: 0, clip: true }, []);
  if (o.x === undefined) gx += 475;
  return f;
};
const statusBar = () => row('Status bar', { w: SW, h: 44, pad: [0, 24], justify: 'SPACE_BETWEEN' }, [T('9:41', { size: 15, weight: 600, hug: true }), row('Group 1', { gap: 4 }, [Vec('Cellular', { w: 17, h: 11, fill: INK }), Vec('Wifi', { w: 15, h: 11, fill: INK }), R('Battery', { w: 24, h: 11, radius: 3, stroke: INK })])]);
const body = (kids, o = {}) => col('Content', { w: SW, pad: [16, 24], gap: o.gap ?? 16 }, kids);
const button = (label, dest, nav) => {
  const b = I(cta, label === 'Continue' ? 'Btn' : 'Btn', { dir: 'H', pad: [14, 20], radius: 24, fill: TEAL, w: 327, justify: 'CENTER' }, [T(label, { size: 16, weight: 600, color: '#FFFFFF', hug: true })]);
  if (dest) go(b, dest, nav);
  return b;
};
const input = (label, value, filled) =>
  col('Auto layout', { w: 327, gap: 6 }, [
    T(label, { size: 13, weight: 500, color: MUTED }),
    row('Frame 2', { w: 327, pad: [12, 14], radius: 10, stroke: '#D7DEDC', fill: '#FFFFFF' }, [T(value, { size: 15, color: filled ? INK : '#9AA7A4', hug: true })]),
  ]);
const topBar = (title, withBack = true) => row('Nav', { w: SW, h: 48, pad: [0, 16], gap: 12 }, [withBack ? back(Vec('chevron', { w: 24, h: 24, fill: INK })) : null, T(title, { size: 17, weight: 600, hug: true })]);

const splash = scr('Welcome');
const create = scr('Frame 2');
const verify = scr('Frame 3');
const details = scr('Frame 4');
const home = scr('Home');
const more = scr('Frame 6');
const integ = scr('Integrations');
const picker = scr('Frame 14');
const consent = scr('Frame 15');
const redirect = scr('Frame 16');
const linked = scr('Frame 17', { h: 980 });
const home2 = scr('Home \u2013 linked');
const upload = scr('Frame 19', { x: 3325, y: 1000 });
const help = F('Sheet / help', { w: SW, h: 360, x: 2850, y: 1000, fill: '#FFFFFF', radius: 20, dir: 'V', pad: [24, 24], gap: 14 }, []);

const tabBar = (active) => {
  const tab = (label) => {
    const t = col('Frame 30', { w: 93, align: 'CENTER', gap: 4, pad: [8, 0] }, [I(tabIcon, 'icon/24', { w: 24, h: 24 }, [Vec('Vector', { w: 20, h: 20, x: 2, y: 2, fill: label === active ? TEAL : MUTED })]), T(label, { size: 11, color: label === active ? TEAL : MUTED, hug: true })]);
    if (label === 'More' && active !== 'More') go(t, more);
    return t;
  };
  return row('Tab bar', { w: SW, h: 84, fill: '#FFFFFF', stroke: '#E6ECEA', gap: 0, align: 'MIN' }, ['Home', 'Gifts', 'Gift Aid', 'More'].map(tab));
};

// 1 welcome (marketing carousel + testimonial)
splash.children.push(
  statusBar(),
  row('Frame 5', { w: SW, justify: 'MAX', pad: [0, 24] }, [go(T('Skip', { size: 15, color: MUTED, hug: true }), create)]),
  body([
    R('Illustration', { w: 327, h: 240, radius: 16, fill: img('9f1e2d3c4b5a') }),
    T('Raise more.\nSpend less time on admin.', { size: 26, weight: 700 }),
    T('Take gifts by card, Direct Debit and PayPal, claim Gift Aid and keep your treasurer happy \u2014 all in one place.', { size: 15, color: MUTED }),
    col('Quote', { w: 327, pad: 16, radius: 14, fill: '#EAF4F1', gap: 8 }, [
      T('\u201CGift Aid used to eat my whole weekend. Now it\u2019s a cup of tea and three taps.\u201D', { size: 15, weight: 500 }),
      T('Margaret Hollis, volunteer treasurer, Calder Valley Food Bank', { size: 12, color: MUTED }),
    ]),
    row('dots', { gap: 6 }, [E('Ellipse', { w: 8, h: 8, fill: TEAL }), E('Ellipse', { w: 8, h: 8, fill: '#C8D6D2' }), E('Ellipse', { w: 8, h: 8, fill: '#C8D6D2' })]),
    button('Get started', create),
    row('Auto layout', { gap: 4 }, [T('Already with us?', { size: 14, color: MUTED, hug: true }), T('Log in', { size: 14, color: TEAL, weight: 600, hug: true })]),
  ]),
);

// 2 create account (legacy transitionNodeID links)
create.children.push(
  statusBar(),
  topBar('Create your account'),
  body([
    input('Your name', 'e.g. Priya Shah'),
    input('Email', 'e.g. priya@ourcharity.org.uk'),
    input('Password', '8+ characters'),
    oldLink(I(cta, 'Btn', { dir: 'H', pad: [14, 20], radius: 24, fill: TEAL, w: 327, justify: 'CENTER' }, [T('Create account', { size: 16, weight: 600, color: '#FFFFFF', hug: true })]), verify),
    T('By creating an account you agree to our terms of service.', { size: 12, color: MUTED }),
  ]),
);

// 3 verify
verify.children.push(
  statusBar(),
  topBar('Check your inbox'),
  body([
    T('We\u2019ve sent a six-digit code to priya@ourcharity.org.uk', { size: 15, color: MUTED }),
    row('code', { gap: 8 }, [1, 2, 3, 4, 5, 6].map(() => R('Rectangle 7', { w: 46, h: 56, radius: 10, stroke: '#D7DEDC', fill: '#FFFFFF' }))),
    oldLink(I(cta, 'Btn', { dir: 'H', pad: [14, 20], radius: 24, fill: TEAL, w: 327, justify: 'CENTER' }, [T('Verify', { size: 16, weight: 600, color: '#FFFFFF', hug: true })]), details),
    T('Resend code', { size: 14, color: TEAL, underline: true }),
  ]),
);

// 4 charity details (manual)
details.children.push(
  statusBar(),
  topBar('About your charity'),
  body([
    input('Charity name', 'e.g. Calder Valley Food Bank'),
    input('Registered charity number', 'e.g. 1123456'),
    input('Postcode', 'e.g. HX7 8AD'),
    button('Save and carry on', home),
  ]),
);

// 5 home (no connect prompt; tab bar)
home.children.push(
  statusBar(),
  body([
    T('Hello, Priya \uD83D\uDC4B', { size: 24, weight: 700 }),
    col('Frame 40', { w: 327, pad: 18, radius: 16, fill: '#FFFFFF', gap: 4 }, [T('Raised this month', { size: 13, color: MUTED }), T('\u00A30.00', { size: 30, weight: 700 }), T('Gift Aid to claim: \u00A30.00', { size: 13, color: MUTED })]),
    T('Recent gifts', { size: 17, weight: 600 }),
    col('Frame 41', { w: 327, pad: 24, radius: 16, fill: '#FFFFFF', align: 'CENTER', gap: 8 }, [Vec('Vector', { w: 48, h: 48, fill: '#C8D6D2' }), T('No gifts yet \u2014 share your donation page to get going.', { size: 14, color: MUTED, talign: 'CENTER' }), T('Share my page', { size: 14, weight: 600, color: TEAL, hug: true })]),
  ]),
  F('Spacer', { w: SW, h: 200 }),
  tabBar('Home'),
);

// 6 more menu (integrations buried here; "Delete account" look-alike)
const menuRow = (label, dest, danger, nav) => {
  const r = row('Frame 50', { w: 327, pad: [14, 0], justify: 'SPACE_BETWEEN' }, [T(label, { size: 15, color: danger ? '#B3261E' : INK, hug: true }), Vec('chevron-right', { w: 16, h: 16, fill: MUTED })]);
  if (dest) go(r, dest, nav);
  return r;
};
more.children.push(
  statusBar(),
  body([
    T('More', { size: 24, weight: 700 }),
    col('Frame 51', { w: 327, gap: 0 }, [menuRow('Profile'), menuRow('Team & volunteers'), menuRow('Donation page'), menuRow('Apps & integrations', integ), menuRow('Receipts & thank-you emails'), menuRow('Help', help, false, 'OVERLAY')]),
    col('Frame 52', { w: 327, gap: 0 }, [menuRow('Sign out'), menuRow('Delete account', null, true)]),
  ], { gap: 20 }),
  F('Spacer', { w: SW, h: 120 }),
  tabBar('More'),
);

// 7 integrations (connect screen): value / data / CTA, trust, stats, meter, FAQ link
integ.children.push(
  statusBar(),
  topBar('Apps & integrations'),
  body([
    col('meter', { w: 327, gap: 6 }, [
      row('Frame 60', { w: 327, justify: 'SPACE_BETWEEN' }, [T('Your set-up', { size: 13, weight: 600, hug: true }), T('0 of 2 linked', { size: 13, color: MUTED, hug: true })]),
      F('track', { w: 327, h: 8, radius: 4, fill: '#E1EAE7' }, [R('fill', { x: 0, y: 0, w: 24, h: 8, radius: 4, fill: TEAL })]),
      T('Link your books and your donations to reach 100%.', { size: 12, color: MUTED }),
    ]),
    T('Let your books keep themselves \uD83D\uDC9A', { size: 24, weight: 700 }),
    T('Spend your evenings on your cause, not on spreadsheets: every gift matches itself to your ledger, and your Gift Aid claim is ready when you are.', { size: 15 }),
    T('What we use: gifts and payouts are read from Stripe or PayPal and sent into your accounting software as bank transactions. We read your chart of accounts, and we never change or delete anything already in your books.', { size: 14, color: MUTED }),
    button('Link my accounts', picker),
    col('Frame 61', { w: 327, pad: 14, radius: 12, fill: '#EAF4F1', gap: 6 }, [
      row('Frame 62', { gap: 8 }, [Vec('padlock', { w: 16, h: 16, fill: TEAL }), T('Safe with us', { size: 14, weight: 600, hug: true })]),
      T('Everything travels over an encrypted connection and is never passed to anyone else without your say-so. You can unlink at any time from More \u203A Apps & integrations.', { size: 13 }),
      T('More than 4,200 UK charities already link their books with Giftwell.', { size: 13, weight: 600 }),
    ]),
    url(T('Want to know more? Why linking helps charities like yours', { size: 14, color: TEAL, underline: true }), 'https://giftwell.org.uk/why-link'),
    go(row('Frame 63', { gap: 6 }, [Vec('chat', { w: 16, h: 16, fill: TEAL }), T('Need a hand?', { size: 14, color: TEAL, weight: 600, hug: true })]), help, 'OVERLAY'),
  ]),
);

// 8 platform picker (grouped, short names, upload fallback)
const tileRow = (name, ref) => go(row('Frame 70', { w: 327, pad: [14, 16], radius: 14, fill: '#FFFFFF', stroke: '#E1EAE7', gap: 12 }, [R(name + ' logo', { w: 36, h: 36, radius: 8, fill: img(ref) }), T(name, { size: 16, weight: 600, hug: true })]), consent);
picker.children.push(
  statusBar(),
  topBar('Choose what to link'),
  body([
    T('Accounting software', { size: 18, weight: 700 }),
    col('Frame 71', { w: 327, gap: 10 }, [tileRow('Xero', '1a2b'), tileRow('QuickBooks', '2b3c'), tileRow('Sage', '3c4d')]),
    T('Donations & payments', { size: 18, weight: 700 }),
    col('Frame 72', { w: 327, gap: 10 }, [tileRow('Stripe', '4d5e'), tileRow('PayPal', '5e6f')]),
    go(T('Don\u2019t see yours? Upload a spreadsheet of gifts instead', { size: 14, color: TEAL, underline: true }), upload),
  ]),
);

// 9 consent (checkbox + privacy notice link)
consent.children.push(
  statusBar(),
  topBar('Before we link Xero'),
  body([
    T('Giftwell will be able to read your Xero organisation and add bank transactions for your gifts and payouts.', { size: 15 }),
    row('Frame 80', { w: 327, gap: 12, align: 'MIN' }, [
      I(tick, 'check / off', { w: 20, h: 20, radius: 4, stroke: '#8FA39E', fill: '#FFFFFF' }, []),
      col('Auto layout', { w: 295, gap: 2 }, [T('I agree to Giftwell accessing our Xero data as described in the', { size: 14 }), url(T('privacy notice', { size: 14, color: TEAL, underline: true }), 'https://giftwell.org.uk/privacy')]),
    ]),
    button('Continue', redirect),
  ]),
);

// 10 redirect explainer
redirect.children.push(
  statusBar(),
  topBar('Nearly there'),
  body([
    R('Xero mark', { w: 64, h: 64, radius: 14, fill: img('1a2b') }),
    T('We\u2019re about to pop you over to Xero\u2019s own website. Sign in there and approve access \u2014 Xero will then bring you straight back to Giftwell.', { size: 15 }),
    button('Take me to Xero', linked),
    back(T('Not right now', { size: 14, color: MUTED, talign: 'CENTER' })),
  ]),
);

// 11 linked + prefilled details + meter grows
linked.children.push(
  statusBar(),
  body([
    T('Your books are linked \uD83D\uDC9B', { size: 24, weight: 700 }),
    col('meter', { w: 327, gap: 6 }, [
      row('Frame 90', { w: 327, justify: 'SPACE_BETWEEN' }, [T('Your set-up', { size: 13, weight: 600, hug: true }), T('1 of 2 linked', { size: 13, color: MUTED, hug: true })]),
      F('track', { w: 327, h: 8, radius: 4, fill: '#E1EAE7' }, [R('fill', { x: 0, y: 0, w: 164, h: 8, radius: 4, fill: TEAL })]),
    ]),
    T('We\u2019ve filled these in from Xero \u2014 just check they look right.', { size: 14, color: MUTED }),
    input('Charity name', 'Calder Valley Food Bank', true),
    input('Registered charity number', '1187654', true),
    input('Registered address', '14 Albert Road, Hebden Bridge HX7 8AD', true),
    input('Treasurer', 'margaret.hollis@caldervalleyfb.org.uk', true),
    button('Looks good', home2),
  ], { gap: 14 }),
);

// 12 upload fallback
upload.children.push(
  statusBar(),
  topBar('Upload your gifts'),
  body([
    T('No problem \u2014 send us a CSV or Excel file of your gifts and we\u2019ll take it from there.', { size: 15 }),
    col('Drop', { w: 327, h: 160, radius: 14, stroke: '#8FA39E', fill: '#FFFFFF', align: 'CENTER', justify: 'CENTER', gap: 8 }, [Vec('upload', { w: 28, h: 28, fill: TEAL }), T('Choose a file', { size: 15, weight: 600, color: TEAL, hug: true })]),
  ]),
);

// 13 home, linked (refresh)
home2.children.push(
  statusBar(),
  body([
    T('Hello, Priya \uD83D\uDC4B', { size: 24, weight: 700 }),
    col('Frame 100', { w: 327, pad: 18, radius: 16, fill: '#FFFFFF', gap: 4 }, [T('Raised this month', { size: 13, color: MUTED }), T('\u00A31,284.50', { size: 30, weight: 700 }), T('Gift Aid to claim: \u00A3321.12', { size: 13, color: MUTED })]),
    row('Frame 101', { w: 327, justify: 'SPACE_BETWEEN' }, [T('Recent gifts', { size: 17, weight: 600, hug: true }), row('Auto layout', { gap: 4 }, [Vec('refresh', { w: 14, h: 14, fill: TEAL }), T('Pull in latest gifts', { size: 14, color: TEAL, weight: 600, hug: true })])]),
    ...['Anonymous \u00B7 \u00A325.00 \u00B7 Gift Aid \u2713', 'J. Okoye \u00B7 \u00A310.00 monthly', 'Hebden Rotary \u00B7 \u00A3500.00'].map((g) => row('Frame 102', { w: 327, pad: [10, 0] }, [T(g, { size: 14, hug: true })])),
    T('Donors can cancel their monthly gift anytime from their receipt email.', { size: 12, color: MUTED }),
  ]),
  F('Spacer', { w: SW, h: 120 }),
  tabBar('Home'),
);

// 14 help sheet (overlay)
help.children.push(
  R('Grabber', { w: 36, h: 4, radius: 2, fill: '#C8D6D2' }),
  T('Need a hand?', { size: 20, weight: 700 }),
  T('Real people, no call centre. We\u2019re here Monday to Friday, 9am\u20135pm.', { size: 14, color: MUTED }),
  row('Frame 110', { gap: 10 }, [Vec('phone', { w: 18, h: 18, fill: TEAL }), T('0161 555 0192', { size: 15, hug: true })]),
  row('Frame 111', { gap: 10 }, [Vec('mail', { w: 18, h: 18, fill: TEAL }), T('hello@giftwell.org.uk', { size: 15, hug: true })]),
  row('Frame 112', { gap: 10 }, [Vec('form', { w: 18, h: 18, fill: TEAL }), T('Send us a message', { size: 15, color: TEAL, underline: true, hug: true })]),
  close(T('Close', { size: 14, color: MUTED })),
);

const flowPage = canvas('1:0', 'Flow \u2013 mobile', [splash, create, verify, details, home, more, integ, picker, consent, redirect, linked, home2, upload, help], {
  flowStartingPoints: [],
  prototypeStartNodeID: splash.id,
});

// ---------- page 3: emails ----------
page(3);
const email = F('Welcome email', { w: 600, x: 0, y: 0, fill: '#FFFFFF', dir: 'V', pad: [36, 40], gap: 16 }, [
  R('Header image', { w: 520, h: 160, radius: 12, fill: img('e1m2a3i4') }),
  T('Welcome to Giftwell, Priya', { size: 24, weight: 700 }),
  T('Thank you for joining us' + ZW + ' \u2014 it means a lot. Your donation page is live at giftwell.org.uk/calder-valley-food-bank, so why not share it with your supporters this week?', { size: 15 }),
  F('Frame 3', { dir: 'H', pad: [12, 22], radius: 24, fill: TEAL }, [T('Share my donation page', { size: 15, weight: 600, color: '#FFFFFF', hug: true })]),
  T('Warmly,\nThe Giftwell team', { size: 14, color: MUTED }),
]);
const emailsPage = canvas('3:0', 'Emails', [email]);

// ---------- page 4: parking lot ----------
page(4);
const oldIdea = F('Integrations (idea B)', { w: SW, h: SH, x: 0, y: 0, fill: CREAM, dir: 'V', pad: [60, 24], gap: 12 }, [
  T('Link accounts', { size: 22, weight: 700 }),
  F('Search', { dir: 'H', w: 327, pad: [10, 12], radius: 10, stroke: '#D7DEDC', gap: 8, hidden: true }, [Vec('magnifier', { w: 16, h: 16, fill: MUTED }), T('Search apps', { size: 14, color: '#9AA7A4', hug: true })]),
  T('Powered by Conduit', { size: 11, color: MUTED, hidden: true }),
]);
const linkUp = F('LinkUp Events promo', { w: SW, h: SH, x: 475, y: 0, fill: '#FFFFFF', dir: 'V', pad: [60, 24], gap: 12 }, [
  T('New partner: LinkUp Events', { size: 22, weight: 700 }),
  T('Sell tickets for your quiz night and the money lands in Giftwell.', { size: 15 }),
]);
const parkPage = canvas('4:0', 'Parking lot', [G('Group 4', [oldIdea, linkUp])]);

const doc = docOf('Giftwell app \u2013 onboarding', '2025-03-02T16:05:12Z', [flowPage, compsPage, emailsPage, parkPage]);

save(OUT, 'd29-charity-donations-mobile', doc, {
  kind: 'onboarding',
  description: 'Giftwell, donation processing for small UK charities, iPhone 375x812, warm copy. Welcome carousel with a treasurer quote, three sign-up screens, a home dashboard with a tab bar; linking lives under More > Apps & integrations. The integrations screen carries value, data-use and one CTA, a set-up meter, encryption copy, a charity count and a benefits link; then a grouped picker with short names and an upload fallback, a consent checkbox, a redirect explainer, prefilled charity details, and a home screen with "Pull in latest gifts". Help is a bottom sheet. Prototype start set via prototypeStartNodeID only; some links use the old transitionNodeID.',
  present: [
    'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.alternatives',
    'connection.refresh',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible',
    'value.contextual-ctas',
    'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.greeting-email': 'The welcome email only asks to share the donation page; no linking CTA or step list.',
    'funnel.three-actions': 'Welcome -> account -> verify -> details -> home -> More -> Apps & integrations: six steps.',
    'funnel.cta-visible': 'Linking is only reachable from the More tab sub-menu; home has no prompt.',
    'funnel.prefill': 'Charity name, number, address and treasurer "filled in from Xero" after linking.',
    'value.three-part': 'Benefit (books keep themselves, Gift Aid ready), data use (gifts/payouts read, posted as bank transactions), one "Link my accounts" button.',
    'value.faq-link': '"Want to know more? Why linking helps charities like yours" link next to the message.',
    'value.progress-meter': 'Set-up meter "0 of 2 linked" growing to "1 of 2 linked".',
    'privacy.data-scope': 'Names gifts/payouts from Stripe or PayPal into accounting software, chart of accounts read, nothing changed.',
    'privacy.trust-language': 'Encrypted connection, never passed on without your say-so.',
    'privacy.consent-action': 'Checkbox with privacy notice link before continuing to Xero.',
    'privacy.disconnect-anytime': '"You can unlink at any time"; the donor "cancel their monthly gift anytime" line is a look-alike.',
    'privacy.connection-guide': 'Only a benefits article; no how-to-link guide.',
    'privacy.statistics': '"More than 4,200 UK charities already link their books".',
    'privacy.support-contacts': 'Help sheet: phone, email, message form.',
    'privacy.powered-by': 'The only "Powered by" text is hidden on the parking-lot page.',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" with no product names.',
    'platform.search': 'No search on the picker (a hidden search field sits on a parking-lot idea).',
    'platform.alternatives': '"Don\'t see yours? Upload a spreadsheet of gifts instead".',
    'platform.non-linear': 'No skip/later/invite in the linking flow; the Skip on the welcome carousel is marketing.',
    'platform.multiple-connections': 'No add-another or per-connection status; only a set-up count.',
    'connection.view-live': 'No list of connections with dates.',
    'connection.delete': 'No unlink control; "Delete account" is the user account.',
    'connection.refresh': '"Pull in latest gifts" on the linked home screen.',
  },
  flow: { startFrameId: splash.id, connectFrameId: integ.id, stepsToConnect: 6, deadEnds: [] },
});
console.log('d29 written');

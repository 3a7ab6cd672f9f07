// d30-farm-supply-credit-mobile: trade credit for farm-supply buyers (US), 390x844, banks only.
import { reset, page, T, F, R, Vec, E, C, CS, I, go, back, close, url, canvas, docOf, save, img, row, col, NB, S } from './lib.mjs';

reset();
const OUT = new URL('..', import.meta.url).pathname;
const GREEN = '#2F6B2F';
const INK = '#1D2419';
const MUTED = '#66705F';
const BG = '#F6F4EE';

// ---------- page 3: components ----------
page(3);
const btnOn = C('Type=Primary, State=Enabled', { dir: 'H', pad: [15, 20], radius: 8, fill: GREEN, w: 342, justify: 'CENTER', x: 20, y: 20 }, [T('Button', { size: 16, weight: 700, color: '#FFFFFF', hug: true })]);
const btnGhost = C('Type=Secondary, State=Enabled', { dir: 'H', pad: [15, 20], radius: 8, stroke: GREEN, w: 342, justify: 'CENTER', x: 20, y: 100 }, [T('Button', { size: 16, weight: 700, color: GREEN, hug: true })]);
const btnSet = CS('button', { x: 0, y: 0, w: 382, h: 180, stroke: '#9747FF' }, [btnOn, btnGhost]);
const box = C('Checkbox', { w: 20, h: 20, radius: 4, stroke: GREEN, fill: '#FFFFFF', x: 440, y: 0 }, [Vec('check', { x: 4, y: 5, w: 12, h: 9, fill: GREEN, hidden: true })]);
const compsPage = canvas('3:0', 'Components', [btnSet, box]);

// ---------- page 2: app flow ----------
page(2);
const SW = 390;
const SH = 844;
const scr = (name, x, y, h = SH) => F(name, { w: SW, h, x, y, fill: BG, dir: 'V', gap: 0, clip: true }, []);
const status = () => row('iOS / Status', { w: SW, h: 47, pad: [0, 28], justify: 'SPACE_BETWEEN' }, [T('9:41', { size: 16, weight: 600, hug: true }), row('Group', { gap: 5 }, [Vec('Vector', { w: 18, h: 12, fill: INK }), Vec('Vector', { w: 16, h: 12, fill: INK }), R('Rectangle', { w: 25, h: 12, radius: 3, stroke: INK })])]);
const header = (t, withBack = true) => row('Header', { w: SW, h: 52, pad: [0, 20], gap: 10 }, [withBack ? back(Vec('arrow-left', { w: 22, h: 22, fill: INK })) : null, T(t, { size: 18, weight: 700, hug: true })]);
const content = (kids, gap = 16) => col('Frame', { w: SW, pad: [12, 24], gap }, kids);
const primary = (label, dest, nav, w = 342) => {
  const b = I(btnOn, 'button', { dir: 'H', pad: [15, 20], radius: 8, fill: GREEN, w, justify: 'CENTER' }, [T(label, { size: 16, weight: 700, color: '#FFFFFF', hug: true })]);
  if (dest) go(b, dest, nav);
  return b;
};
const secondary = (label, dest, nav) => {
  const b = I(btnGhost, 'button', { dir: 'H', pad: [15, 20], radius: 8, stroke: GREEN, w: 342, justify: 'CENTER' }, [T(label, { size: 16, weight: 700, color: GREEN, hug: true })]);
  if (dest) go(b, dest, nav);
  return b;
};
const field = (label, ph) => col('Auto layout', { w: 342, gap: 6 }, [T(label, { size: 13, weight: 600, color: MUTED }), row('Frame 3', { w: 342, pad: [13, 14], radius: 8, fill: '#FFFFFF', stroke: '#D8D4C6' }, [T(ph, { size: 15, color: '#A3A797', hug: true })])]);

const signup = scr('Sign up', 0, 0);
const verify = scr('Frame 2', 490, 0);
const farm = scr('Frame 3', 980, 0);
const terms = scr('Terms of credit', 980, 1000, 1400);
const home = scr('Home', 1470, 0);
const account = scr('Account', 1960, 0);
const paySettings = scr('Frame 19', 2450, 0);
const banks = scr('Banks & payments', 2940, 0, 1180);
const picker = scr('Frame 20', 3430, 0, 1000);
const consent = scr('Frame 21', 3920, 0);
const linked = scr('Frame 22', 4410, 0, 960);
const upload = scr('Upload statements', 3430, 1100);
const share = F('Share sheet', { w: SW, h: 380, x: 2940, y: 1300, fill: '#FFFFFF', radius: 18, dir: 'V', pad: [20, 24], gap: 14 }, []);
const invoices = scr('Statements', 0, 2600);
const invoice = scr('Invoice detail', 490, 2600);
const email = F('Email \u2013 welcome', { w: 600, x: 0, y: -1600, fill: '#FFFFFF', dir: 'V', pad: [32, 40], gap: 16 }, []);

const tabs = (active) =>
  row('Tab bar', { w: SW, h: 82, fill: '#FFFFFF', gap: 0, align: 'MIN', stroke: '#E2DFD3' }, ['Home', 'Orders', 'Account'].map((t) => {
    const c = col('Tab', { w: 130, align: 'CENTER', gap: 4, pad: [10, 0] }, [Vec('Vector', { w: 22, h: 22, fill: t === active ? GREEN : MUTED }), T(t, { size: 11, weight: 600, color: t === active ? GREEN : MUTED, hug: true })]);
    if (t === 'Account' && active !== 'Account') go(c, account);
    if (t === 'Home' && active !== 'Home') go(c, home);
    return c;
  }));

// 1 sign up
signup.children.push(
  status(),
  content([
    row('Brand', { gap: 8 }, [Vec('wheat', { w: 26, h: 26, fill: GREEN }), T('Fieldline', { size: 22, weight: 800, hug: true })]),
    T('Buy seed, feed and parts now.\nPay after harvest.', { size: 26, weight: 800 }),
    field('Full name', 'Dale Whitaker'),
    field('Work email', 'you@yourfarm.com'),
    field('Mobile', '(515) 555-0134'),
    primary('Continue', verify),
    row('Frame 5', { w: 342, pad: [13, 14], radius: 8, stroke: '#D8D4C6', fill: '#FFFFFF', justify: 'CENTER', gap: 8 }, [R('g', { w: 18, h: 18, fill: img('aa11bb22') }), T('Sign up with Google', { size: 15, weight: 600, hug: true })]),
  ]),
);

// 2 verify
verify.children.push(
  status(),
  header('Enter the code'),
  content([
    T('We texted a 6-digit code to (515) 555-0134.', { size: 15, color: MUTED }),
    row('digits', { gap: 8 }, [0, 1, 2, 3, 4, 5].map(() => R('Rectangle 2', { w: 48, h: 56, radius: 8, fill: '#FFFFFF', stroke: '#D8D4C6' }))),
    primary('Verify', farm),
  ]),
);

// 3 farm details (+ terms link -> dead end)
farm.children.push(
  status(),
  header('Your operation'),
  content([
    field('Farm or ranch name', 'Whitaker Family Farms'),
    field('EIN', '12-3456789'),
    field('Acres farmed', 'e.g. 640'),
    field('Main crops', 'Corn, soybeans'),
    go(T('Review credit terms', { size: 14, color: GREEN, underline: true }), terms),
    primary('Continue', home),
  ]),
);

// 4 terms (dead end: no back, no links)
terms.children.push(
  status(),
  T('Terms of credit', { size: 22, weight: 800, name: 'Title' }),
  content([
    T('1. Purchases on your Fieldline line are due on your chosen harvest date.\n2. Late balances accrue 1.5% per month.\n3. Limits are reviewed every season.\n4. Fieldline may report payment history to agricultural credit bureaus.', { size: 14 }),
    T('Last revised March 2025', { size: 12, color: MUTED }),
  ]),
);

// 5 home (no link prompt; membership look-alike)
home.children.push(
  status(),
  content([
    T('Howdy, Dale', { size: 24, weight: 800 }),
    col('Card', { w: 342, pad: 18, radius: 12, fill: GREEN, gap: 6 }, [T('Available credit', { size: 13, color: '#DCEBD6' }), T('$0.00', { size: 32, weight: 800, color: '#FFFFFF' }), T('Application in review \u2014 we\u2019ll text you.', { size: 13, color: '#DCEBD6' })]),
    T('Recent orders', { size: 17, weight: 700 }),
    col('Frame 30', { w: 342, radius: 12, fill: '#FFFFFF', pad: 16, gap: 10 }, [
      row('Frame 31', { w: 310, justify: 'SPACE_BETWEEN' }, [T('Hybrid seed corn \u00D7 40', { size: 14, hug: true }), T('$9,840', { size: 14, weight: 700, hug: true })]),
      row('Frame 31', { w: 310, justify: 'SPACE_BETWEEN' }, [T('Baler twine (pallet)', { size: 14, hug: true }), T('$612', { size: 14, weight: 700, hug: true })]),
    ]),
    col('Promo', { w: 342, radius: 12, fill: '#FFF6DC', pad: 16, gap: 6 }, [T('Fieldline Plus \u2014 free delivery on orders over $500', { size: 14, weight: 700 }), T('$9/month. Cancel your membership anytime.', { size: 13, color: MUTED })]),
  ]),
  F('Spacer', { w: SW, h: 60 }),
  tabs('Home'),
);

// 6 account
const listRow = (t, dest) => {
  const r = row('Row', { w: 310, pad: [15, 0], justify: 'SPACE_BETWEEN' }, [T(t, { size: 15, hug: true }), Vec('chevron', { w: 14, h: 14, fill: MUTED })]);
  if (dest) go(r, dest);
  return r;
};
account.children.push(
  status(),
  header('Account', false),
  content([col('List', { w: 342, gap: 0, radius: 12, fill: '#FFFFFF', pad: [0, 16] }, [listRow('Profile'), listRow('Farm info'), listRow('Payment settings', paySettings), listRow('Notifications'), listRow('Fieldline Plus')])]),
  F('Spacer', { w: SW, h: 400 }),
  tabs('Account'),
);

// 7 payment settings (sub-menu)
paySettings.children.push(
  status(),
  header('Payment settings'),
  content([col('List', { w: 342, gap: 0, radius: 12, fill: '#FFFFFF', pad: [0, 16] }, [listRow('Autopay'), listRow('Banks & payments', banks), listRow('Tax documents (1099)')])]),
);

// 8 banks & payments (connect screen)
banks.children.push(
  status(),
  header('Banks & payments'),
  content([
    T('Link your bank for a bigger line, sooner', { size: 22, weight: 800 }),
    T('Farms with a linked bank usually get a decision in under a day.', { size: 15, color: MUTED }),
    col('Strength', { w: 342, pad: 16, radius: 12, fill: '#FFFFFF', gap: 8 }, [
      row('Frame 40', { w: 310, justify: 'SPACE_BETWEEN' }, [T('Credit strength', { size: 14, weight: 700, hug: true }), T('Weak', { size: 13, color: '#B45309', hug: true })]),
      row('bars', { gap: 6 }, [R('seg', { w: 97, h: 8, radius: 4, fill: '#B45309' }), R('seg', { w: 97, h: 8, radius: 4, fill: '#E2DFD3' }), R('seg', { w: 97, h: 8, radius: 4, fill: '#E2DFD3' })]),
      T('Each bank you link adds a bar.', { size: 12, color: MUTED }),
    ]),
    primary('Link a bank account', picker),
    row('later', { w: 342, justify: 'SPACE_BETWEEN' }, [go(T('Skip for now', { size: 14, color: GREEN, weight: 600, hug: true }), home), go(T('Send to my bookkeeper', { size: 14, color: GREEN, weight: 600, hug: true }), share, 'OVERLAY')]),
    col('Trust', { w: 342, pad: 14, radius: 12, fill: '#EEF3EA', gap: 6 }, [
      row('Frame 41', { gap: 8 }, [Vec('shield', { w: 16, h: 18, fill: GREEN }), T('Bank-level 256-bit encryption', { size: 14, weight: 700, hug: true })]),
      T('We never sell your information or share it with anyone without your permission.', { size: 13 }),
      T('38,000+ farms and ranches have linked a bank with Fieldline.', { size: 13, weight: 700 }),
    ]),
    row('pb', { gap: 6 }, [T('Powered by', { size: 12, color: MUTED, hug: true }), R('plaid-logo', { w: 52, h: 16, fill: img('p1a2i3d4') })]),
    url(T('Why link a bank? Read the FAQs', { size: 14, color: GREEN, underline: true }), 'https://fieldline.com/faq/linking'),
    T('Questions? Call 1-800-555-0147' + NB + '\u00B7 ag@fieldline.com \u00B7 Chat with us', { size: 13, color: MUTED }),
  ], 14),
);

// 9 bank picker (search, full names, upload fallback)
const bank = (name, ref) => go(row('Frame 50', { w: 342, pad: [12, 14], gap: 12, radius: 10, fill: '#FFFFFF' }, [R('logo', { w: 32, h: 32, radius: 16, fill: img(ref) }), T(name, { size: 15, weight: 600, hug: true })]), consent);
picker.children.push(
  status(),
  header('Choose your bank'),
  content([
    row('Search', { w: 342, pad: [11, 14], radius: 22, fill: '#FFFFFF', stroke: '#D8D4C6', gap: 8 }, [Vec('magnifier', { w: 16, h: 16, fill: MUTED }), T('Search 11,000+ banks & credit unions', { size: 14, color: '#A3A797', hug: true })]),
    T('Popular with farms', { size: 13, weight: 700, color: MUTED }),
    col('list', { w: 342, gap: 8 }, [
      bank('Farm Credit Services of America', 'b1'), bank('Wells Fargo Business', 'b2'), bank('Bank of America Business Advantage', 'b3'),
      bank('U.S. Bank Business Checking', 'b4'), bank('FCS Financial', 'b5'), bank('First Interstate Bank', 'b6'), bank('Pinnacle Bank (Nebraska)', 'b7'),
    ]),
    go(T('Don\u2019t see your bank? Upload 3 months of statements instead', { size: 14, color: GREEN, underline: true }), upload),
  ], 12),
);

// 10 consent + redirect explainer
consent.children.push(
  status(),
  header('Wells Fargo Business'),
  content([
    R('logo', { w: 56, h: 56, radius: 28, fill: img('b2') }),
    T('Next, you\u2019ll sign in on Wells Fargo\u2019s own secure page and approve access. We never see your password. When you\u2019re done you\u2019ll come right back to Fieldline.', { size: 15 }),
    row('Consent', { w: 342, gap: 12, align: 'MIN' }, [I(box, 'Checkbox', { w: 20, h: 20, radius: 4, stroke: GREEN, fill: '#FFFFFF' }, []), T('I agree to the Fieldline Privacy Policy and allow Fieldline to view this account.', { size: 14, w: 300 })]),
    url(T('Privacy Policy', { size: 13, color: GREEN, underline: true }), 'https://fieldline.com/privacy'),
    primary('Continue to Wells Fargo', linked),
  ]),
);

// 11 linked banks (status, add another, meter grows)
const acct = (name, detail, badge, good) => col('Frame 60', { w: 342, pad: 14, radius: 12, fill: '#FFFFFF', gap: 4 }, [
  row('Frame 61', { w: 314, justify: 'SPACE_BETWEEN' }, [T(name, { size: 15, weight: 700, hug: true }), row('badge', { pad: [3, 8], radius: 10, fill: good ? '#E3F1DF' : '#FFF1D6' }, [T(badge, { size: 11, weight: 700, color: good ? GREEN : '#8A5A00', hug: true })])]),
  T(detail, { size: 13, color: MUTED }),
]);
linked.children.push(
  status(),
  header('Linked banks', false),
  content([
    acct('Wells Fargo Business Checking ' + NB + '\u2022\u2022' + '4417', 'USD \u00B7 linked Jun 3, 2025 \u00B7 last updated Jun 3, 9:14 AM', 'Linked \u2713', true),
    acct('Farm Credit Services of America \u2022\u2022' + '0921', 'Operating loan \u00B7 waiting for co-owner to approve', 'Pending', false),
    go(row('Add', { gap: 8, pad: [6, 0] }, [Vec('plus', { w: 14, h: 14, fill: GREEN }), T('Link another bank', { size: 15, weight: 700, color: GREEN, hug: true })]), picker),
    col('Strength', { w: 342, pad: 16, radius: 12, fill: '#FFFFFF', gap: 8 }, [
      row('Frame 62', { w: 310, justify: 'SPACE_BETWEEN' }, [T('Credit strength', { size: 14, weight: 700, hug: true }), T('Good', { size: 13, color: GREEN, hug: true })]),
      row('bars', { gap: 6 }, [R('seg', { w: 97, h: 8, radius: 4, fill: GREEN }), R('seg', { w: 97, h: 8, radius: 4, fill: GREEN }), R('seg', { w: 97, h: 8, radius: 4, fill: '#E2DFD3' })]),
    ]),
    secondary('Back to home', home),
  ]),
);

// 12 upload
upload.children.push(
  status(),
  header('Upload statements'),
  content([
    T('PDF statements from the last 3 months work best. We\u2019ll review them within 2 business days.', { size: 15 }),
    col('Drop', { w: 342, h: 150, radius: 12, stroke: '#A3A797', fill: '#FFFFFF', align: 'CENTER', justify: 'CENTER', gap: 6 }, [Vec('upload', { w: 26, h: 26, fill: GREEN }), T('Choose files', { size: 15, weight: 700, color: GREEN, hug: true })]),
  ]),
);

// 13 share sheet (overlay)
share.children.push(
  T('Send to your bookkeeper', { size: 19, weight: 800 }),
  T('They\u2019ll get a secure link to link the bank for you. You can pick up where you left off.', { size: 14, color: MUTED }),
  field('Their email', 'books@whitakerfarms.com'),
  close(primary('Send link')),
);

// 14/15 second flow: statements -> invoice with contextual prompt
invoices.children.push(
  status(),
  header('Statements', false),
  content([
    ...['INV-2291 \u00B7 Due Oct 15 \u00B7 $9,840.00', 'INV-2240 \u00B7 Paid \u00B7 $612.00', 'INV-2198 \u00B7 Paid \u00B7 $1,105.40'].map((t, i) => {
      const r = row('Frame 70', { w: 342, pad: [14, 14], radius: 10, fill: '#FFFFFF' }, [T(t, { size: 14, hug: true })]);
      if (i === 0) go(r, invoice);
      return r;
    }),
  ]),
);
invoice.children.push(
  status(),
  header('INV-2291'),
  content([
    T('$9,840.00', { size: 30, weight: 800 }),
    T('Due October 15, 2025 \u00B7 Hybrid seed corn \u00D7 40', { size: 14, color: MUTED }),
    col('Autopay', { w: 342, pad: 16, radius: 12, fill: '#EEF3EA', gap: 10 }, [
      T('Never miss a harvest due date', { size: 15, weight: 700 }),
      T('Link a bank and we\u2019ll pull the payment on the due date automatically.', { size: 14 }),
      primary('Link a bank for autopay', picker, 'NAVIGATE', 310),
    ]),
    secondary('Pay by card'),
  ]),
);

// welcome email on the flow page
email.children.push(
  row('Brand', { gap: 8 }, [Vec('wheat', { w: 22, h: 22, fill: GREEN }), T('Fieldline', { size: 20, weight: 800, hug: true })]),
  T('Welcome aboard, Dale \uD83C\uDF3E', { size: 24, weight: 800 }),
  T('Getting your line open takes three quick steps:', { size: 15 }),
  T('1. Tell us about your operation\n2. Link the bank account you run the farm from \u2014 this is what sets your limit\n3. Place your first order and pay after harvest', { size: 15 }),
  F('Frame 90', { dir: 'H', pad: [13, 22], radius: 8, fill: GREEN }, [T('Link my bank', { size: 15, weight: 700, color: '#FFFFFF', hug: true })]),
  T('Already banking with Farm Credit? Link it too \u2014 more accounts usually mean a bigger line.', { size: 14, color: MUTED }),
  F('Frame 91', { dir: 'H', pad: [11, 20], radius: 8, stroke: GREEN }, [T('Link another account', { size: 14, weight: 700, color: GREEN, hug: true })]),
);

const sec = S('Onboarding', { x: -200, y: -1800, w: 5100, h: 4400, fill: '#FFFFFF' }, []);
// section holds the onboarding frames (coordinates are relative to the section)
for (const f of [signup, verify, farm, terms, home, account, paySettings, banks, picker, consent, linked, upload, share, email]) {
  f._x += 200;
  f._y += 1800;
  sec.children.push(f);
}
const sec2 = S('Statements', { x: -200, y: 2700, w: 1200, h: 1100, fill: '#FFFFFF' }, []);
for (const f of [invoices, invoice]) {
  f._x += 200;
  f._y -= 2400;
  sec2.children.push(f);
}
const flowPage = canvas('2:0', 'App flow', [sec, sec2], {
  flowStartingPoints: [{ nodeId: signup.id, name: 'Onboarding' }, { nodeId: invoices.id, name: 'Statements' }],
});

// ---------- page 1: cover ----------
page(1);
const coverPage = canvas('1:0', 'Cover', [F('Thumbnail', { w: 1600, h: 960, x: 0, y: 0, fill: GREEN, dir: 'V', pad: 120, gap: 12 }, [T('Fieldline \u2014 bank linking', { size: 80, weight: 800, color: '#FFFFFF' }), T('Mobile \u00B7 Q2 2025 \u00B7 In review', { size: 28, color: '#DCEBD6' }), E('Ellipse 9', { w: 120, h: 120, fill: '#F2C14E' })])]);

// ---------- page 4: archive ----------
page(4);
const old = F('Banks (v1)', { w: SW, h: SH, x: 0, y: 0, fill: BG, dir: 'V', pad: [60, 24], gap: 12 }, [
  T('Connect bank', { size: 22, weight: 800 }),
  T('Unlink a bank anytime in settings.', { size: 14, hidden: true }),
  row('Frame 2', { gap: 8, hidden: true }, [Vec('refresh', { w: 14, h: 14, fill: GREEN }), T('Refresh balances', { size: 14, hug: true })]),
]);
const archivePage = canvas('4:0', 'Archive', [old]);

const doc = docOf('Fieldline \u00B7 Mobile onboarding', '2025-06-20T08:41:57Z', [coverPage, flowPage, compsPage, archivePage]);

save(OUT, 'd30-farm-supply-credit-mobile', doc, {
  kind: 'onboarding',
  description: 'Fieldline, trade credit for US farm-supply buyers, iPhone 390x844, bank accounts only. Frames sit in SECTIONs with two flow starting points (Onboarding, Statements). Sign-up, code, farm details (with a terms link that dead-ends), home with tab bar; bank linking sits under Account > Payment settings > Banks & payments, which has a credit-strength meter, skip/send-to-bookkeeper, encryption copy with a farm count, a Powered by mark, an FAQ link and phone/email/chat. Then a searchable bank picker with full names and a statements upload fallback, a consent + redirect screen, and a linked-banks list with linked/pending badges. A welcome email with a numbered list sits on the flow page; an invoice screen in the second flow carries an autopay link prompt.',
  present: [
    'funnel.greeting-email',
    'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live',
  ],
  absent: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part',
    'privacy.data-scope', 'privacy.disconnect-anytime', 'privacy.mutual-nda',
    'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.greeting-email': 'Welcome email frame on the flow page: numbered 3-step list with linking the bank as step 2 and two link buttons.',
    'funnel.three-actions': 'Sign up -> code -> farm -> home -> Account -> Payment settings -> Banks & payments: six steps.',
    'funnel.cta-visible': 'The link prompt is two menus deep under Account; home has none.',
    'funnel.social-proof': 'No testimonial or review; only a bare count (statistics).',
    'funnel.prefill': 'Farm details typed by hand; nothing prefilled after linking.',
    'value.three-part': 'Benefit and a CTA, but no word on how the bank data is used.',
    'value.contextual-ctas': 'Invoice screen: "Link a bank for autopay" inside the statement feature.',
    'value.faq-link': '"Why link a bank? Read the FAQs".',
    'value.progress-meter': '"Credit strength" bars, one added per linked bank.',
    'privacy.data-scope': 'No statement of which data is read or its direction.',
    'privacy.trust-language': '256-bit encryption, never sold or shared without permission.',
    'privacy.consent-action': 'Checkbox + Privacy Policy link before continuing to the bank.',
    'privacy.disconnect-anytime': 'No unlink copy in the flow (the archived line is hidden); "Cancel your membership anytime" is about a subscription.',
    'privacy.statistics': '"38,000+ farms and ranches have linked a bank".',
    'privacy.support-contacts': 'Phone number, email and chat on the linking screen.',
    'privacy.powered-by': '"Powered by" + provider logo.',
    'privacy.mutual-nda': 'No NDA offer.',
    'platform.explain-redirect': '"You\'ll sign in on Wells Fargo\'s own secure page ... come right back".',
    'platform.accurate-branding': 'Full bank/product names (Wells Fargo Business, Bank of America Business Advantage ...).',
    'platform.search': 'Search over 11,000+ banks.',
    'platform.alternatives': 'Upload 3 months of statements if the bank is missing.',
    'platform.non-linear': '"Skip for now" and "Send to my bookkeeper".',
    'platform.multiple-connections': 'Linked / Pending badges and "Link another bank".',
    'connection.view-live': 'Linked banks list with account, currency, linked date and last update.',
    'connection.delete': 'No unlink/remove control.',
    'connection.refresh': 'No refresh control (the archived one is a hidden layer).',
    'connection.syncing-indicator': 'No syncing state.',
  },
  flow: { startFrameId: signup.id, connectFrameId: banks.id, stepsToConnect: 6, deadEnds: [terms.id] },
});
console.log('d30 written');

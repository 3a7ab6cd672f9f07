// d90 — loans for food trucks, mobile 375x812, US English. No prototype start set.
import { reseed, idPage, gname, T, R, V, F, G, col, row, go, act, old, btnI, btnF, btnG, link, logo, logoV, canvas, finish, comp, compNode, compSet, compMap, reserve, field, card, searchBox, checkbox } from './lib.mjs';

reseed(90);
const W = 375; const H = 812; const NBSP = '\u00A0'; const ZW = '\u200B';
const orange = '#F0591E'; const ink = '#1D1A16';

idPage(5, 11);
const btn = comp('Btn', 'Full-width primary');
const setId = reserve();
const dotOff = comp('Property 1=Default', '', setId);
const dotOn = comp('Property 1=Variant2', '', setId);
const dOff = go(compNode(dotOff, 10, 10, 8, 8, { fill: '#D6CFC7', radius: 4 }), 'dotOn', 'CHANGE_TO');
const dOn = compNode(dotOn, 30, 10, 8, 8, { fill: orange, radius: 4 });
dOn._key = 'dotOn';
const componentsPage = canvas(5, 'Components', [
  compNode(btn, 0, 0, 327, 52, { fill: orange, radius: 14 }, [T('Label', 16, 16, 295, { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER', h: 20 })]),
  compSet(setId, 'Pager dot', 0, 80, 48, 28, [dOff, dOn]),
]);
const components = compMap([btn, dotOff, dotOn]);
const componentSets = { [setId]: { key: '5e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d', name: 'Pager dot', description: '', remote: false, documentationLinks: [] } };

idPage(9, 300);
let slot = 0;
function screen(name, key, kids, o = {}) {
  const x = (slot % 7) * (W + 80); const y = Math.floor(slot / 7) * (H + 160);
  slot++;
  return F(name, x, y, W, o.h ?? H, { fill: o.bg ?? '#FFFAF5', clip: true, key }, kids);
}
const status = () => G(gname('Group'), 0, 0, W, 44, [T('9:41', 28, 14, 50, { size: 15, weight: 600, h: 18 }), V('Vector', W - 90, 16, 66, 12, { fill: ink })]);
const back = () => act(V('Vector', 20, 56, 24, 24, { fill: ink }), { type: 'BACK' });
const cta = (label, key) => go(btnI(label, 0, 0, 327, 52, btn, { fill: orange, radius: 14, size: 16 }), key);
const body = (kids, y = 96, gap = 16) => col('Auto layout', 24, y, 327, kids, { gap });
const h1 = (s) => T(s, 0, 0, 327, { size: 24, weight: 700, color: ink });
const p = (s, o = {}) => T(s, 0, 0, 327, { size: 15, color: '#4A443D', ...o });
const grey = () => R(gname('Rectangle'), 0, 0, 36, 36, { fill: '#E7E2DC', radius: 8 });
const tile = (nm, key) => go(card(nm, grey(), 327, { size: 15 }), key);

const carousel1 = screen('Onboarding 1', 'car1', [status(),
  R(gname('Rectangle'), 0, 44, W, 380, { fills: [{ type: 'IMAGE', blendMode: 'NORMAL', scaleMode: 'FILL', imageRef: '7a1f0e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7' }] }),
  old(T('Skip', 315, 56, 40, { size: 15, weight: 600, color: orange }), 'signup'),
  body([h1('Money for the busy season'), p('Upgrade the fryer, wrap the truck, stock up for festival weekends.'),
    row(gname('Frame'), 0, 0, [R('Dot', 0, 0, 8, 8, { fill: orange, radius: 4 }), R('Dot', 0, 0, 8, 8, { fill: '#D6CFC7', radius: 4 })], { gap: 8 }),
    old(btnG('Next', 0, 0, 327, 52, { fill: ink, radius: 14 }), 'car2')], 450),
]);
const carousel2 = screen('Onboarding 2', 'car2', [status(),
  R(gname('Rectangle'), 0, 44, W, 380, { fills: [{ type: 'IMAGE', blendMode: 'NORMAL', scaleMode: 'FILL', imageRef: '8b2f1e0d4c3b6a5978a8b7c6d5e4f3a2b1c0d9e8' }] }),
  old(T('Skip', 315, 56, 40, { size: 15, weight: 600, color: orange }), 'signup'),
  body([h1('Repay as you sell'), p('A slice of each day’s card sales — slow Tuesday, smaller payment.'),
    old(btnG('Get started', 0, 0, 327, 52, { fill: orange, radius: 14 }), 'signup')], 450),
]);
const signup = screen('Create account', 'signup', [status(),
  body([
    row(gname('Frame'), 0, 0, [logoV(0, 0, 28, orange, { radius: 14 }), T('RollFund', 0, 0, 120, { size: 20, weight: 800, color: ink, h: 28 })], { gap: 8 }),
    h1('Let’s get you rolling'),
    field('First and last name', 'Marisol Vega', 327), field('Mobile number', '(512) 555-0148', 327), field('Email', 'marisol@tacoloco.truck', 327),
    cta('Create account', 'verify'),
    T(`Already have an account?${NBSP}Sign in`, 0, 0, 327, { size: 14, color: '#4A443D', align: 'CENTER' }),
  ], 80, 18),
]);
const verify = screen('Verify phone', 'verify', [status(), back(),
  body([h1('Enter the code we texted'), p('Sent to (512) 555-0148'),
    row(gname('Frame'), 0, 0, [3, 8, 1, 4, 0, 9].map((d) => F(gname('Frame'), 0, 0, 46, 56, { fill: '#FFFFFF', stroke: '#D9D2CA', radius: 10 }, [T(String(d), 16, 16, 14, { size: 20, weight: 700, h: 24 })])), { gap: 10 }),
    old(btnI('Verify', 0, 0, 327, 52, btn, { fill: orange, radius: 14 }), 'amount'),
  ], 100, 20),
]);
const amount = screen('How much', 'amount', [status(), back(),
  body([h1('How much do you need?'), p('Rough is fine — you can change it later.'),
    T('$18,000', 0, 0, 327, { size: 44, weight: 800, color: ink, align: 'CENTER' }),
    G('Slider', 0, 0, 327, 24, [R(gname('Rectangle'), 0, 10, 327, 4, { fill: '#E7E2DC', radius: 2 }), R(gname('Rectangle'), 0, 10, 150, 4, { fill: orange, radius: 2 }), V('Ellipse', 140, 0, 24, 24, { fill: '#FFFFFF', stroke: orange, radius: 12 })]),
    p('What’s it for?'),
    row(gname('Frame'), 0, 0, ['Equipment', 'Inventory', 'Repairs'].map((s) => F(gname('Frame'), 0, 0, 100, 36, { fill: '#FFFFFF', stroke: '#D9D2CA', radius: 18 }, [T(s, 8, 8, 84, { size: 13, align: 'CENTER', h: 20 })])), { gap: 12 }),
    cta('Continue', 'linkSales'),
  ], 100, 18),
]);
const linkSales = screen('Link sales', 'linkSales', [status(), back(),
  body([
    h1('Show us how the truck sells'),
    p('Get a real offer in minutes — no tax returns, no paperwork.'),
    p('We read the last 12 months of card sales from your POS (read-only) to size your loan and your daily remittance.', { size: 13 }),
    cta('Link my POS', 'squareAuth'),
    searchBox(0, 0, 327, 'Find your POS or bank'),
    T('Point of sale', 0, 0, 327, { size: 18, weight: 700, color: ink }),
    col(gname('Frame'), 0, 0, 327, [tile('Square', 'squareAuth'), tile('Toast', 'squareAuth'), tile('Clover', 'squareAuth'), tile('QuickBooks', 'squareAuth')], { gap: 8 }),
    T('Bank accounts', 0, 0, 327, { size: 18, weight: 700, color: ink }),
    col(gname('Frame'), 0, 0, 327, [tile('Chase', 'linkBank'), tile('BofA', 'linkBank'), tile('Wells', 'linkBank')], { gap: 8 }),
    go(link(`Cash only, or POS not listed?${ZW} Upload 3 months of bank statements`, 0, 0, 327, { size: 13 }), 'statements'),
    T('Next, your POS’s own login opens. Approve read-only access and you’ll bounce right back here.', 0, 0, 327, { size: 13, color: '#4A443D' }),
    row('Consent', 0, 0, [checkbox(0, 0, 'VECTOR'), T('I authorize RollFund to read my sales and bank data as described in the Privacy Policy.', 0, 0, 290, { size: 12, color: '#4A443D' })], { gap: 10 }),
    T('🔐 Bank-level 256-bit encryption. We never sell your data or hand it to third parties without asking you first. You can unlink any account later from Profile › Linked accounts.', 0, 0, 327, { size: 12, color: '#4A443D' }),
    T('2.1 million accounts linked through RollFund, every one behind 256-bit encryption.', 0, 0, 327, { size: 12, weight: 600, color: ink }),
    T('Questions? Call (737) 555-0199', 0, 0, 327, { size: 12, hidden: true }),
  ], 96, 14),
], { h: 1420 });
const squareAuth = screen('squareup.com — authorize', 'squareAuth', [
  R('Browser bar', 0, 0, W, 90, { fill: '#F2F2F2' }), T('🔒 squareup.com/oauth2/authorize', 40, 56, 300, { size: 13, color: '#333333' }),
  col('Auto layout', 24, 130, 327, [
    logo(0, 0, 48, '9c3d2e1f0a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d'),
    T('RollFund wants to view your Square data', 0, 0, 327, { size: 20, weight: 700, color: '#111111' }),
    T('• Payments and sales history\n• Business locations\n• Merchant profile', 0, 0, 327, { size: 14, color: '#333333' }),
    go(btnF('Allow', 0, 0, 327, 48, { fill: '#006AFF', radius: 6 }), 'details'),
    act(btnF('Deny', 0, 0, 327, 48, { fill: '#FFFFFF', color: '#111111', stroke: '#CCCCCC', radius: 6 }), { type: 'BACK' }),
  ], { gap: 16 }),
], { bg: '#FFFFFF' });
const details = screen('Business details (prefilled)', 'details', [status(),
  body([h1('Is this you?'), p('Pulled from Square — fix anything that’s off.', { color: orange, weight: 600 }),
    field('Legal name', 'Taco Loco Kitchen LLC', 327, { bg: '#FFF3EC' }), field('EIN', '84-2290117', 327, { bg: '#FFF3EC' }),
    field('Business address', '2210 E Cesar Chavez St, Austin, TX 78702', 327, { bg: '#FFF3EC', h: 64 }),
    field('Card sales, last 12 months', '$412,800', 327, { bg: '#FFF3EC' }),
    cta('Looks good', 'linkBank'),
  ], 70, 14),
]);
const meter = (lvl, label) => col('Offer strength', 0, 0, 327, [
  row(gname('Frame'), 0, 0, [T('Offer strength', 0, 0, 200, { size: 13, weight: 600, h: 18 }), T(label, 0, 0, 110, { size: 13, weight: 700, color: orange, h: 18, align: 'RIGHT' })], { gap: 16 }),
  row(gname('Frame'), 0, 0, [0, 1, 2].map((i) => R(gname('Rectangle'), 0, 0, 103, 8, { fill: i < lvl ? orange : '#E7E2DC', radius: 4 })), { gap: 9 }),
], { gap: 8, pad: 0 });
const linkBank = screen('Link bank', 'linkBank', [status(), back(),
  body([
    meter(1, 'Fair'),
    h1('Now the account your sales land in'),
    p('Add your business checking to move from Fair to Great.'),
    searchBox(0, 0, 327, 'Search 11,000+ banks'),
    col(gname('Frame'), 0, 0, 327, [tile('Chase', 'offer'), tile('BofA', 'offer'), tile('Wells', 'offer'), tile('Capital One', 'offer')], { gap: 8 }),
    go(link('Upload statements instead', 0, 0, 327, { size: 13 }), 'statements'),
  ], 96, 14),
]);
const statements = screen('Upload statements', 'statements', [status(), back(),
  body([h1('Upload bank statements'), p('PDFs from the last 3 months. Photos of paper statements work too.'),
    F('Dropzone', 0, 0, 327, 180, { fill: '#FFFFFF', stroke: '#F3B597', radius: 14 }, [V('Vector', 140, 50, 48, 48, { fill: orange }), T('Tap to choose files', 80, 118, 167, { size: 14, align: 'CENTER' })]),
    cta('Submit', 'offer'),
  ], 100, 18),
]);
const offer = screen('Offer', 'offer', [status(),
  body([
    meter(2, 'Good'),
    T('You’re pre-approved 🎉', 0, 0, 327, { size: 14, weight: 600, color: '#2D7A3E' }),
    T('$16,500', 0, 0, 327, { size: 44, weight: 800, color: ink }),
    p('Repaid from 9% of daily card sales · est. 7 months'),
    F(gname('Frame'), 0, 0, 327, 130, { fill: '#FFF3EC', radius: 14 }, [
      T('Want a bigger offer?', 16, 14, 295, { size: 16, weight: 700 }),
      T('Link the account your cash deposits go into — offers jump by $4,000 on average.', 16, 40, 295, { size: 13, color: '#4A443D' }),
      go(link('Connect another bank →', 16, 96, 200, { size: 14, weight: 700, under: false, color: orange }), 'linkBank'),
    ]),
    cta('Accept $16,500', 'home'),
  ], 80, 16),
]);
const home = screen('Home', 'home', [status(),
  body([
    T('Hi Marisol', 0, 0, 327, { size: 22, weight: 700 }),
    F(gname('Frame'), 0, 0, 327, 120, { fill: ink, radius: 16 }, [T('Balance\n$14,920', 20, 18, 200, { size: 18, weight: 700, color: '#FFFFFF' }), T('Today’s remittance $61.20', 20, 84, 280, { size: 13, color: '#E9DCCF' })]),
    F(gname('Frame'), 0, 0, 327, 150, { fill: '#FFFFFF', stroke: '#E7E2DC', radius: 14 }, [
      T('📅 Never miss a festival slot', 16, 14, 295, { size: 15, weight: 700 }),
      T('Connect Google Calendar to see busy days next to your remittance.', 16, 40, 295, { size: 13, color: '#4A443D' }),
      btnF('Connect Google Calendar', 16, 92, 220, 40, { fill: '#1A73E8', radius: 20, size: 13 }),
    ]),
    T('Recent', 0, 0, 327, { size: 16, weight: 700 }),
    T('Fri  −$74.10\nThu  −$52.80\nWed  −$39.95', 0, 0, 327, { size: 14, family: 'IBM Plex Mono' }),
  ], 60, 16),
  row('Tab bar', 0, H - 84, ['Home', 'Loan', 'Profile'].map((s) => T(s, 0, 0, 100, { size: 12, align: 'CENTER', h: 20 })), { gap: 25, pad: 16, fill: '#FFFFFF', w: W, h: 84 }),
]);

const flowPage = canvas(9, '📱 Mobile flow', [carousel1, carousel2, signup, verify, amount, linkSales, squareAuth, details, linkBank, statements, offer, home]);

idPage(2, 30);
const cover = canvas(2, 'Cover', [F('Cover', 0, 0, 1440, 960, { fill: orange }, [T('RollFund — mobile onboarding', 80, 400, 1200, { size: 72, weight: 800, color: '#FFFFFF' })])]);
idPage(14, 2);
const archive = canvas(14, 'Archive / v1', [F('Link sales — v1', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Link your POS', 24, 100, 327, { size: 24, weight: 700 }),
  G(gname('Group'), 24, 160, 327, 200, [T('“RollFund got us a second truck in a week.” — Ray, Smokin’ Ray’s BBQ', 0, 0, 327, { size: 14 })], { hidden: true }),
])]);

const present = ['funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.search', 'platform.alternatives'];
const absent = ['funnel.greeting-email', 'funnel.social-proof', 'value.faq-link', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by',
  'privacy.mutual-nda', 'platform.accurate-branding', 'platform.non-linear', 'connection.view-live', 'connection.delete', 'connection.refresh',
  'connection.syncing-indicator'];
finish({
  name: 'RollFund mobile — onboarding', fileName: 'd90-food-truck-loans-mobile', lastModified: '2026-04-02T21:47:12Z', version: '4460019925',
  pages: [cover, flowPage, componentsPage, archive], components, componentSets,
  truth: {
    kind: 'onboarding',
    description: 'Loans for food trucks on a 375x812 phone (US). Two marketing slides with Skip, sign-up, phone code, loan amount, then a "Link my POS" screen (POS and bank groups, search, consent, upload alternative), a Square authorization page, prefilled business details, bank linking with an offer-strength meter, the offer with a "Connect another bank" prompt, and home. No prototype starting point is set; older transitionNodeID links sit on some buttons.',
    present, absent,
    notes: {
      'funnel.three-actions': 'Sign up → Verify → Amount → Link sales: three steps.',
      'funnel.cta-visible': '"Link my POS" full-width primary button near the top.',
      'funnel.social-proof': 'No testimonial, rating or trusted-by copy on the flow page (the archive quote is hidden).',
      'funnel.prefill': 'Business details "Pulled from Square": legal name, EIN, address, 12-month card sales.',
      'value.three-part': 'Value (offer in minutes), data use (12 months of card sales read to size the loan), one main CTA.',
      'value.contextual-ctas': 'Offer screen: "Want a bigger offer? … Connect another bank →".',
      'value.progress-meter': 'Offer-strength meter Fair → Good as sources are linked.',
      'privacy.data-scope': 'Card sales from the POS, read-only; sales and bank data in the consent line.',
      'privacy.trust-language': '"256-bit encryption… never sell… without asking you first".',
      'privacy.consent-action': '20x20 checkbox vector beside the authorization sentence and Privacy Policy.',
      'privacy.disconnect-anytime': '"You can unlink any account later from Profile › Linked accounts."',
      'privacy.statistics': '"2.1 million accounts linked… behind 256-bit encryption".',
      'privacy.support-contacts': 'No support channel; the phone line is a hidden layer.',
      'platform.explain-redirect': '"Next, your POS’s own login opens… you’ll bounce right back here."',
      'platform.grouped-categories': '"Point of sale" and "Bank accounts" headings.',
      'platform.accurate-branding': 'Bare or shortened names ("QuickBooks", "BofA", "Wells") on grey placeholders, no logos or addresses.',
      'platform.search': '"Find your POS or bank" and "Search 11,000+ banks" fields.',
      'platform.alternatives': '"Cash only, or POS not listed? Upload 3 months of bank statements".',
      'platform.non-linear': 'No save, share or hand-off; the only Skip is on a marketing slide.',
      'platform.multiple-connections': 'Left unlabelled: several sources are linked in sequence but no status list or add-another control.',
      'connection.view-live': 'No linked-accounts view is mocked.',
      'connection.delete': 'No unlink control mocked.',
      'connection.refresh': 'No refresh control.',
      'connection.syncing-indicator': 'No syncing state shown.',
    },
    flow: { start: 'signup', connect: 'linkSales', steps: 3, deadEnds: [] },
  },
  meta: { connectCandidates: ['linkSales', 'squareAuth', 'linkBank', 'offer'], signup: 'signup' },
});

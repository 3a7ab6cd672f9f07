// h138: loans for street-food traders, mobile 375x812, UK English; older prototype fields
// (transitionNodeID on nodes, prototypeStartNodeID on the page).
import { Doc, writeTruth } from './lib.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'h138-street-food-loans-mobile.json');
const d = new Doc('h138', {
  title: 'Scran Capital app — MVP flows',
  lastModified: '2025-09-18T08:12:44Z',
  version: '3301877421',
  font: 'Poppins',
});
const W = 375;
const H = 812;
const INK = '#161616';
const MUTED = '#6b6b6b';
const CHILLI = '#e4572e';
const MINT = '#0f8a6a';
const img = (ref) => [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

d.page('Components');
d.cur.children.push(
  d.C('pill', 'Property 1=Default', 0, 0, 327, 52, { fill: CHILLI, radius: 26 }, [
    d.T('Label', 16, 15, 295, 22, { size: 16, weight: 600, color: '#fff', align: 'CENTER' }),
  ]),
  d.C('tab', 'Tab', 360, 0, 94, 56, {}, [d.V(null, 35, 6, 24, 24, { fill: MUTED }), d.T('Tab', 0, 34, 94, 16, { size: 11, color: MUTED, align: 'CENTER' })]),
);

const flow = d.page('📱 App', { key: 'splash', mode: 'old' });
const sb = () =>
  d.F('iOS / Status bar', 0, 0, W, 44, {}, [d.T('9:41', 28, 14, 50, 18, { size: 15, weight: 600 }), d.V('Right side', W - 90, 17, 67, 12, { fill: INK })]);
const pill = (label, x, y, w = 327) =>
  d.I('pill', 'Property 1=Default', x, y, w, 52, {}, [d.T(label, 16, 15, w - 32, 22, { size: 16, weight: 600, color: '#fff', align: 'CENTER' })]);
const pos = (i, row = 0) => [i * (W + 80), row * (H + 200)];

// splash
const skip = d.T('Skip', W - 64, 56, 40, 20, { size: 15, color: MUTED, align: 'RIGHT' });
const start = pill('Get started', 24, 720);
const splash = d.screen('splash', 'Onboarding / 1', ...pos(0), W, H, { fill: '#fff6ec' }, [
  sb(),
  skip,
  d.R(null, 24, 96, 327, 300, { radius: 20, fills: img('77ab12cd90') }),
  d.T('Cash for your next pitch, van or festival season', 24, 420, 327, 70, { size: 24, weight: 700 }),
  d.F('Frame 7', 24, 510, 327, 150, { fill: '#fff', radius: 16, layout: 'VERTICAL', gap: 8, padX: 16, padY: 14 }, [
    d.T('★★★★★', 16, 14, 120, 18, { size: 14, color: '#f2a900' }),
    d.T('“Got £6k for a second van in a day. Repayments drop when it rains, which is half the year.”', 16, 38, 295, 60, { size: 14 }),
    d.T('Rosa · Rosa’s Tacos, Camden Market', 16, 110, 295, 18, { size: 12, color: MUTED }),
  ]),
  d.G(null, [d.E(null, 167, 684, 8, 8, { fill: CHILLI }), d.E(null, 183, 684, 8, 8, { fill: '#e0d6cc' }), d.E(null, 199, 684, 8, 8, { fill: '#e0d6cc' })]),
  start,
]);
flow.children.push(splash);

// sign up
const sendCode = pill('Text me a code', 24, 400);
const signup = d.screen('signup', 'Sign up', ...pos(1), W, H, {}, [
  sb(),
  d.F(null, 24, 80, 327, 280, { layout: 'VERTICAL', gap: 14 }, [
    d.T('Let’s get you set up', 0, 0, 327, 34, { size: 26, weight: 700 }),
    d.T('Your mobile number is your login. No passwords to lose.', 0, 44, 327, 40, { size: 14, color: MUTED }),
    d.F(null, 0, 100, 327, 56, { stroke: '#d8d8d8', radius: 12, layout: 'HORIZONTAL', gap: 8, padX: 14 }, [
      d.T('🇬🇧 +44', 14, 17, 70, 22, { size: 16 }),
      d.T('7700 900 418', 92, 17, 200, 22, { size: 16 }),
    ]),
    d.F(null, 0, 170, 327, 56, { stroke: '#d8d8d8', radius: 12 }, [d.T('Trading name, e.g. Bao Down', 14, 17, 300, 22, { size: 16, color: '#a0a0a0' })]),
  ]),
  sendCode,
  d.T('Representative example: borrow £5,000, total repayable £5,650. Fixed fee, no interest.', 24, 470, 327, 40, { size: 11, color: MUTED }),
]);
flow.children.push(signup);
d.old(skip, 'signup');
d.old(start, 'signup');

// otp
const verify = pill('Verify', 24, 330);
const otp = d.screen('otp', 'Verify number', ...pos(2), W, H, {}, [
  sb(),
  d.T('Enter the 6-digit code', 24, 80, 327, 32, { size: 24, weight: 700 }),
  d.T('Sent to 07700 900 418', 24, 120, 327, 20, { size: 14, color: MUTED }),
  d.F(null, 24, 170, 327, 56, { layout: 'HORIZONTAL', gap: 9 }, [0, 1, 2, 3, 4, 5].map((i) =>
    d.F(null, i * 55, 0, 46, 56, { stroke: i < 4 ? INK : '#d8d8d8', radius: 10 }, [d.T(i < 4 ? String((i * 3 + 4) % 10) : '', 0, 16, 46, 24, { size: 20, weight: 600, align: 'CENTER' })]),
  )),
  d.T('Resend code in 0:24', 24, 250, 327, 20, { size: 13, color: MUTED }),
  verify,
]);
flow.children.push(otp);
d.old(sendCode, 'otp');

// offer / connect decision (tall scrolling frame)
const tick = d.V('Vector', 0, 2, 20, 20, { stroke: INK, strokeWeight: 1.5 });
const cta = d.G('Group 14', [
  d.R(null, 24, 1000, 327, 54, { fill: CHILLI, radius: 27 }),
  d.T('Link my till', 24, 1016, 327, 22, { size: 16, weight: 700, color: '#fff', align: 'CENTER' }),
]);
const why = d.T('Why do we need this?', 24, 1074, 327, 20, { size: 14, color: CHILLI, deco: 'UNDERLINE', align: 'CENTER' });
const offer = d.screen('offer', 'Your offer — link', ...pos(3), W, 1330, {}, [
  sb(),
  d.F('Frame 21', 24, 64, 327, 900, { layout: 'VERTICAL', gap: 18 }, [
    d.T('See what you could borrow', 0, 0, 327, 34, { size: 26, weight: 700 }),
    d.T('Get a real offer in minutes, based on how your pitch actually trades — not just a credit score.', 0, 44, 327, 60, { size: 15, color: MUTED }),
    d.F('Meter', 0, 120, 327, 70, { fill: '#fff6ec', radius: 14 }, [
      d.T('Offer strength', 16, 12, 200, 18, { size: 13, weight: 600 }),
      d.F(null, 16, 38, 295, 10, { layout: 'HORIZONTAL', gap: 5 }, [
        d.R(null, 0, 0, 95, 10, { fill: CHILLI, radius: 5 }),
        d.R(null, 100, 0, 95, 10, { fill: '#eadfd4', radius: 5 }),
        d.R(null, 200, 0, 95, 10, { fill: '#eadfd4', radius: 5 }),
      ]),
      d.T('Link your till to boost it', 16, 52, 295, 14, { size: 11, color: MUTED }),
    ]),
    d.F('How it works', 0, 208, 327, 230, { fill: '#f6f6f6', radius: 14, layout: 'VERTICAL', gap: 8, padX: 16, padY: 14 }, [
      d.T('How we use it', 16, 14, 295, 20, { size: 15, weight: 700 }),
      d.T('We look at 12 months of card sales from your till and your business bank balance to size your loan — and set repayments that dip in quiet weeks.', 16, 40, 295, 80, { size: 14 }),
      d.T('What we read: card takings, refunds and payouts from your till; balances and transactions from your bank. Read-only — we can’t move a penny.', 16, 128, 295, 80, { size: 13, color: MUTED }),
    ]),
    d.F(null, 0, 456, 327, 64, { layout: 'HORIZONTAL', gap: 10 }, [
      d.V('shield', 0, 4, 20, 24, { fill: MINT }),
      d.T('Locked down with the same encryption banks use. We don’t sell or share your data with anyone.', 30, 0, 297, 60, { size: 13 }),
    ]),
    d.T('9,400 traders have borrowed with us since 2021', 0, 534, 327, 20, { size: 13, weight: 600, color: MINT }),
    d.T('You can unlink any time in Profile › Linked accounts.', 0, 566, 327, 20, { size: 13, color: MUTED, visible: false }),
    d.F(null, 0, 600, 327, 60, { layout: 'HORIZONTAL', gap: 12 }, [
      tick,
      d.T('I agree to Scran Capital reading my sales and bank data as explained in the Privacy notice', 32, 0, 295, 58, { size: 13 }),
    ]),
    d.F(null, 0, 680, 327, 22, { layout: 'HORIZONTAL', gap: 6 }, [
      d.T('Open banking powered by', 0, 3, 160, 16, { size: 11, color: MUTED }),
      d.V('yapily', 166, 2, 56, 18, { fill: INK }),
    ]),
  ]),
  cta,
  why,
  d.T('Stuck? WhatsApp 07700 900 418 · help@scrancapital.co.uk · Call 020 7946 0991', 24, 1120, 327, 40, { size: 12, color: MUTED, align: 'CENTER' }),
]);
flow.children.push(offer);
d.old(verify, 'offer');

// picker
const tileRow = (nm, ref, y) =>
  d.F(null, 0, y, 327, 60, { stroke: '#ececec', radius: 12, layout: 'HORIZONTAL', gap: 12, padX: 12 }, [
    d.R(null, 12, 12, 36, 36, { radius: 8, fills: img(ref) }),
    d.T(nm, 60, 20, 220, 20, { size: 15, weight: 500 }),
    d.V('chev', 300, 24, 8, 12, { fill: MUTED }),
  ]);
const sumup = tileRow('SumUp', 'su01', 68 * 1);
const cashOnly = d.T('Cash only? Snap photos of your takings book instead →', 24, 930, 327, 40, { size: 14, color: CHILLI, deco: 'UNDERLINE' });
const picker = d.screen('picker', 'Pick till / bank', ...pos(4), W, 1000, {}, [
  sb(),
  d.V('back', 24, 58, 10, 18, { fill: INK }),
  d.F(null, 24, 90, 327, 820, { layout: 'VERTICAL', gap: 16 }, [
    d.T('Where do you take payments?', 0, 0, 327, 30, { size: 22, weight: 700 }),
    d.F('Search', 0, 44, 327, 46, { fill: '#f3f3f3', radius: 23 }, [
      d.V('Vector', 14, 14, 18, 18, { fill: MUTED }),
      d.T('Find your bank or till', 42, 13, 260, 20, { size: 15, color: '#9a9a9a' }),
    ]),
    d.F(null, 0, 106, 327, 330, { layout: 'VERTICAL', gap: 8 }, [
      d.T('Card machine / till', 0, 0, 327, 24, { size: 18, weight: 600 }),
      tileRow('Square Point of Sale', 'sq01', 34),
      sumup,
      tileRow('Zettle by PayPal', 'ze01', 170),
      tileRow('Dojo', 'do01', 238),
    ]),
    d.F(null, 0, 450, 327, 330, { layout: 'VERTICAL', gap: 8 }, [
      d.T('Business bank', 0, 0, 327, 24, { size: 18, weight: 600 }),
      tileRow('Tide', 'ti01', 34),
      tileRow('Starling Bank', 'st01', 102),
      tileRow('Monzo Business', 'mo01', 170),
      tileRow('NatWest', 'nw01', 238),
    ]),
  ]),
  cashOnly,
]);
flow.children.push(picker);
d.old(cta.children[0], 'picker');
d.old(cta.children[1], 'picker');

// redirect
const goSumup = pill('Open SumUp', 24, 700);
const redirect = d.screen('redirect', 'Handoff — SumUp', ...pos(5), W, H, {}, [
  sb(),
  d.R(null, 147, 160, 80, 80, { radius: 18, fills: img('su01') }),
  d.T('Over to SumUp', 24, 270, 327, 32, { size: 24, weight: 700, align: 'CENTER' }),
  d.T('We’ll open SumUp so you can log in and say yes. Then you’ll pop straight back here.', 24, 314, 327, 60, { size: 15, color: MUTED, align: 'CENTER' }),
  goSumup,
]);
flow.children.push(redirect);
d.old(sumup, 'redirect');

// crunching
const crunch = d.screen('crunch', 'Loading', ...pos(6), W, H, { fill: '#fff6ec' }, [
  sb(),
  d.E('spinner', 157, 330, 60, 60, { stroke: CHILLI, strokeWeight: 5 }),
  d.T('Crunching your sales…', 24, 420, 327, 28, { size: 20, weight: 600, align: 'CENTER' }),
  d.T('This usually takes under a minute.', 24, 456, 327, 20, { size: 14, color: MUTED, align: 'CENTER' }),
]);
flow.children.push(crunch);
d.old(goSumup, 'crunch');

// status
const addMore = d.F('Frame 40', 0, 230, 327, 52, { stroke: CHILLI, radius: 26 }, [d.T('+ Add another till or bank', 16, 15, 295, 22, { size: 15, weight: 600, color: CHILLI, align: 'CENTER' })]);
const seeOffer = pill('See my offer', 24, 720);
const status = d.screen('status', 'Linked', ...pos(0, 1), W, H, {}, [
  sb(),
  d.F(null, 24, 80, 327, 300, { layout: 'VERTICAL', gap: 12 }, [
    d.T('Nice one 🎉', 0, 0, 327, 32, { size: 24, weight: 700 }),
    d.F(null, 0, 44, 327, 40, {}, [
      d.T('Offer strength', 0, 0, 200, 16, { size: 12, weight: 600 }),
      d.R(null, 0, 24, 105, 10, { fill: CHILLI, radius: 5 }),
      d.R(null, 111, 24, 105, 10, { fill: CHILLI, radius: 5 }),
      d.R(null, 222, 24, 105, 10, { fill: '#eadfd4', radius: 5 }),
    ]),
    d.F(null, 0, 96, 327, 56, { fill: '#eaf7f2', radius: 12 }, [
      d.T('SumUp', 14, 18, 150, 20, { size: 15, weight: 600 }),
      d.T('✓ Linked', 220, 18, 93, 20, { size: 14, weight: 600, color: MINT, align: 'RIGHT' }),
    ]),
    d.F(null, 0, 162, 327, 56, { fill: '#fff6ec', radius: 12 }, [
      d.T('Tide', 14, 8, 150, 20, { size: 15, weight: 600 }),
      d.T('Waiting for you to approve in the Tide app', 14, 30, 300, 18, { size: 12, color: '#a15c00' }),
    ]),
    addMore,
  ]),
  seeOffer,
]);
flow.children.push(status);
d.old(crunch, 'status');
d.old(addMore, 'picker');

// loan offer
const accept = pill('Accept offer', 24, 720);
const bankNudge = d.F('Frame 47', 24, 470, 327, 96, { fill: '#fff6ec', radius: 14 }, [
  d.T('Link your bank to unlock up to £12,000', 16, 14, 295, 20, { size: 14, weight: 600 }),
  d.T('Link bank →', 16, 58, 200, 20, { size: 14, weight: 600, color: CHILLI }),
]);
const loan = d.screen('loan', 'Offer', ...pos(1, 1), W, H, {}, [
  sb(),
  d.T('You could borrow', 24, 90, 327, 20, { size: 14, color: MUTED }),
  d.T('£8,500', 24, 116, 327, 56, { size: 48, weight: 700 }),
  d.F(null, 24, 200, 327, 240, { fill: '#f6f6f6', radius: 14, layout: 'VERTICAL', gap: 10, padX: 16, padY: 14 }, [
    d.T('Fixed fee  £935', 16, 14, 295, 20, { size: 14 }),
    d.T('Total to repay  £9,435', 16, 44, 295, 20, { size: 14 }),
    d.T('Repay 9% of card takings each day', 16, 74, 295, 20, { size: 14 }),
    d.T('Quiet day? You pay less. No takings, no repayment.', 16, 104, 295, 40, { size: 13, color: MUTED }),
  ]),
  bankNudge,
  accept,
]);
flow.children.push(loan);
d.old(seeOffer, 'loan');
d.old(bankNudge, 'picker');

// home + tabs
const tabs = (active) =>
  d.F('Tab bar', 0, H - 84, W, 84, { fill: '#fff', stroke: '#ececec' }, ['Home', 'Repay', 'Linked', 'Profile'].map((t, i) =>
    d.I('tab', 'Tab', 1 + i * 93, 8, 93, 56, {}, [d.V(null, 34, 6, 24, 24, { fill: t === active ? CHILLI : MUTED }), d.T(t, 0, 34, 93, 16, { size: 11, color: t === active ? CHILLI : MUTED, align: 'CENTER' })]),
  ));
const homeTabs = tabs('Home');
const home = d.screen('home', 'Home', ...pos(2, 1), W, H, { fill: '#fafafa' }, [
  sb(),
  d.T('Morning, Rosa', 24, 64, 327, 30, { size: 22, weight: 700 }),
  d.F(null, 24, 110, 327, 150, { fill: INK, radius: 18 }, [
    d.T('Left to repay', 18, 18, 200, 18, { size: 13, color: '#bdbdbd' }),
    d.T('£7,212.40', 18, 42, 290, 40, { size: 32, weight: 700, color: '#fff' }),
    d.R(null, 18, 108, 291, 8, { fill: '#333', radius: 4 }),
    d.R(null, 18, 108, 64, 8, { fill: CHILLI, radius: 4 }),
  ]),
  d.T('This week', 24, 290, 327, 22, { size: 16, weight: 600 }),
  d.T('Mon £41.20 · Tue £12.05 · Wed £0 (rained off) · Thu £58.90', 24, 320, 327, 40, { size: 13, color: MUTED }),
  d.F(null, 24, 380, 327, 90, { fill: '#fff', radius: 14, stroke: '#ececec' }, [
    d.T('Join the Scran Community', 16, 14, 295, 20, { size: 14, weight: 600 }),
    d.T('Connect with other traders, swap pitch tips and festival leads.', 16, 40, 295, 36, { size: 12, color: MUTED }),
  ]),
  homeTabs,
]);
flow.children.push(home);
d.old(accept, 'home');

// linked accounts
const linkedTabs = tabs('Linked');
const lRow = (nm, ref, meta, y) =>
  d.F(null, 24, y, 327, 92, { fill: '#fff', radius: 14, stroke: '#ececec' }, [
    d.R(null, 14, 14, 36, 36, { radius: 8, fills: img(ref) }),
    d.T(nm, 62, 14, 200, 20, { size: 15, weight: 600 }),
    d.T(meta, 62, 38, 250, 36, { size: 12, color: MUTED }),
    d.T('Unlink', 260, 14, 53, 20, { size: 13, weight: 600, color: '#c62828', align: 'RIGHT' }),
  ]);
const linked = d.screen('linked', 'Linked accounts', ...pos(3, 1), W, H, { fill: '#fafafa' }, [
  sb(),
  d.T('Linked accounts', 24, 64, 327, 30, { size: 22, weight: 700 }),
  lRow('SumUp', 'su01', 'Linked 2 Apr 2026\nUpdated today 09:14', 110),
  lRow('Tide · Business ••7731', 'ti01', 'Linked 2 Apr 2026 · GBP\nUpdated today 08:50', 214),
  linkedTabs,
]);
flow.children.push(linked);

// cash-only photos
const sendPhotos = pill('Send photos', 24, 720);
const manual = d.screen('manual', 'Takings book', ...pos(4, 1), W, H, {}, [
  sb(),
  d.T('No card machine? No problem', 24, 70, 327, 60, { size: 22, weight: 700 }),
  d.T('1  Photograph the last 8 weeks of your takings book\n2  Add a photo of your pitch licence\n3  We’ll call you within a day', 24, 150, 327, 90, { size: 14 }),
  d.F(null, 24, 270, 327, 200, { stroke: '#d8d8d8', radius: 14 }, [
    d.V('camera', 143, 70, 40, 34, { fill: MUTED }),
    d.T('Tap to add photos', 0, 120, 327, 20, { size: 14, color: MUTED, align: 'CENTER' }),
  ]),
  sendPhotos,
]);
flow.children.push(manual);
d.old(cashOnly, 'manual');
d.old(sendPhotos, 'home');

// profile
const profTabs = tabs('Profile');
const profile = d.screen('profile', 'Profile', ...pos(5, 1), W, H, { fill: '#fafafa' }, [
  sb(),
  d.T('Profile', 24, 64, 327, 30, { size: 22, weight: 700 }),
  d.F(null, 24, 110, 327, 300, { fill: '#fff', radius: 14, layout: 'VERTICAL', gap: 0 }, [
    ...['Personal details', 'Pitch & trading name', 'Notifications', 'Help & FAQs', 'Legal'].map((t, i) =>
      d.F(null, 0, i * 56, 327, 56, { stroke: '#f0f0f0' }, [d.T(t, 16, 18, 260, 20, { size: 15 }), d.V('chev', 305, 22, 8, 12, { fill: MUTED })]),
    ),
  ]),
  d.T('Log out', 24, 440, 327, 20, { size: 15, weight: 600 }),
  d.T('Delete account', 24, 480, 327, 20, { size: 15, weight: 600, color: '#c62828' }),
  profTabs,
]);
flow.children.push(profile);
for (const t of [homeTabs, linkedTabs, profTabs]) {
  d.old(t.children[0], 'home');
  d.old(t.children[2], 'linked');
  d.old(t.children[3], 'profile');
}

// an older offer screen kept but hidden on the canvas
flow.children.push(
  d.F('Your offer (old)', ...pos(6, 1), W, H, { fill: '#fff', visible: false }, [
    d.T('Connect your card reader', 24, 80, 327, 30, { size: 22, weight: 700 }),
    d.F(null, 24, 700, 327, 52, { fill: CHILLI, radius: 26 }, [d.T('Connect', 16, 15, 295, 22, { size: 16, color: '#fff', align: 'CENTER' })]),
  ]),
);

d.finish(out);

writeTruth(d, out.replace('.json', '.truth.json'), {
  kind: 'onboarding',
  description:
    'Scran Capital, revenue-based loans for UK street-food traders, mobile 375x812, wired with the older transitionNodeID links and a page prototypeStartNodeID. Marketing carousel, phone sign-up, code check, a tall "See what you could borrow" screen asking to link the till, a till/bank picker with search, a SumUp hand-off, a loading screen, a linked status list, the loan offer, home, linked accounts, a cash-only photo route and a profile screen.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics',
    'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.prefill', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.mutual-nda', 'connection.refresh',
  ],
  notes: {
    'funnel.three-actions': 'Carousel → sign up → code → link screen: two taps from sign-up, three from the first screen.',
    'funnel.cta-visible': 'Full-width "Link my till" button (a text over a rounded rectangle) on the offer screen.',
    'funnel.social-proof': 'Five-star quote from a taco trader on the first screen.',
    'value.three-part': 'Benefit line, "How we use it" block, one main button.',
    'value.contextual-ctas': 'Loan offer card: "Link your bank to unlock up to £12,000".',
    'value.faq-link': '"Why do we need this?" under the button.',
    'value.progress-meter': '"Offer strength" segments that fill as sources are linked.',
    'privacy.data-scope': '"What we read: card takings, refunds and payouts from your till; balances and transactions from your bank. Read-only".',
    'privacy.trust-language': 'Bank-level encryption; data not sold or shared.',
    'privacy.consent-action': '20x20 vector box beside the Privacy notice agreement line.',
    'privacy.statistics': '"9,400 traders have borrowed with us since 2021".',
    'privacy.support-contacts': 'WhatsApp, email and phone line on the link screen.',
    'privacy.powered-by': '"Open banking powered by" with a provider wordmark.',
    'privacy.disconnect-anytime': 'The "unlink any time" line is a hidden layer.',
    'privacy.connection-guide': 'No how-to-link guide; the only link is the "why" explainer.',
    'privacy.mutual-nda': 'No NDA.',
    'platform.explain-redirect': '"We’ll open SumUp so you can log in and say yes. Then you’ll pop straight back here."',
    'platform.grouped-categories': '"Card machine / till" and "Business bank" headings.',
    'platform.accurate-branding': 'Square Point of Sale, Zettle by PayPal, Monzo Business, Starling Bank with logos.',
    'platform.search': '"Find your bank or till" field.',
    'platform.alternatives': '"Cash only? Snap photos of your takings book instead".',
    'platform.multiple-connections': 'SumUp "✓ Linked", Tide waiting for approval, "+ Add another till or bank".',
    'connection.view-live': 'Linked accounts: linked date, last updated time, account and currency.',
    'connection.delete': '"Unlink" on each linked account.',
    'connection.refresh': 'No refresh or update-now control.',
    'connection.syncing-indicator': 'Spinner with "Crunching your sales…".',
    'funnel.greeting-email': 'No email frame.',
    'funnel.prefill': 'Nothing shown filled in from the till or bank.',
  },
  flow: { start: 'splash', connect: 'offer', steps: 3, deadEnds: [] },
});

// h27: suppliers paid early on invoices, mobile 390x844, terse copy, old-style transitionNodeID links, no prototype start.
import { createDoc, solid, image, write, WRITTEN_BY } from './lib.mjs';

const d = createDoc('PaySoon app', { lastModified: '2025-11-03T08:20:44Z', version: '2876612093' });
const W = 390;
const H = 844;
const INK = '#111827';
const MUTED = '#6B7280';
const GREEN = '#0F766E';

// ---------- Cover ----------
const cover = d.canvas('Cover');
cover.children.push(d.frame('Thumbnail', { w: 1600, h: 960, fills: solid(GREEN) }, [
  d.text('PaySoon', { x: 100, y: 360, size: 120, weight: 800, color: '#FFFFFF' }),
  d.text('iOS · onboarding + link', { x: 104, y: 520, size: 36, color: '#CCFBF1' }),
]));

// ---------- Components ----------
const comps = d.canvas('Components');
const primary = d.component('State=Default', { w: 342, h: 52, fills: solid(GREEN), cornerRadius: 26 }, [
  d.text('Button', { x: 20, y: 15, w: 302, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
const pressed = d.component('State=Pressed', { x: 380, w: 342, h: 52, fills: solid('#115E59'), cornerRadius: 26 }, [
  d.text('Button', { x: 20, y: 15, w: 302, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
const btnSet = d.componentSet('Btn', { x: 40, y: 40, w: 760, h: 90 }, [primary, pressed]);
d.link(primary, pressed, 'CHANGE_TO', 'ON_PRESS');
const tabItem = d.component('tab item', { x: 40, y: 180, w: 78, h: 50 }, [
  d.vector('Vector', { x: 27, y: 4, w: 24, h: 24, fills: solid(MUTED) }),
  d.text('Tab', { x: 0, y: 32, w: 78, size: 11, color: MUTED, align: 'CENTER' }),
]);
comps.children.push(btnSet, tabItem);

// ---------- Flow ----------
const flow = d.canvas('App v1.4');
const names = ['Splash', 'Sign up', 'Code', 'Link', 'Why link', 'Pick', 'Handoff', 'Pulling', 'Business', 'Invoices', 'Accounts', 'Help', 'Terms'];
const S = names.map((n, i) => d.frame(n, { x: i * 460, y: 0, w: W, h: H, fills: solid('#FFFFFF'), clipsContent: true }));
const [splash, signup, code, link, why, pick, handoff, pulling, business, invoices, accounts, help, terms] = S;

const btn = (label) => d.instance(primary, 'Btn', { w: 342, h: 52, fills: solid(GREEN), cornerRadius: 26 }, [
  d.text(label, { x: 20, y: 15, w: 302, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
const status = () => d.frame('Status bar', { x: 0, y: 0, w: W, h: 47 }, [
  d.text('9:41', { x: 32, y: 14, size: 16, weight: 600, color: INK }),
  d.vector('Vector', { x: 300, y: 18, w: 66, h: 12, fills: solid(INK) }),
]);
const input = (ph) => d.frame('Frame 9', { w: 342, h: 52, cornerRadius: 12, fills: solid('#F3F4F6') }, [d.text(ph, { x: 16, y: 16, size: 16, color: '#9CA3AF' })]);
const tabbar = (active) => {
  const items = [['Invoices', invoices], ['Payouts', null], ['Accounts', accounts], ['Help', help]];
  const kids = items.map(([label, dest]) => {
    const it = d.instance(tabItem, 'tab item', { w: 78, h: 50 }, [
      d.vector('Vector', { x: 27, y: 4, w: 24, h: 24, fills: solid(label === active ? GREEN : MUTED) }),
      d.text(label, { x: 0, y: 32, w: 78, size: 11, color: label === active ? GREEN : MUTED, align: 'CENTER' }),
    ]);
    if (dest) d.oldLink(it, dest);
    return it;
  });
  return d.at(d.row('Tab bar', kids, { w: W, h: 84, gap: 12, pad: 12, center: false, fills: solid('#FFFFFF'), strokes: solid('#E5E7EB'), strokeWeight: 1 }), 0, H - 84);
};

// Splash (marketing)
const skip = d.text('Skip', { size: 16, color: MUTED });
const getStarted = btn('Get started');
d.oldLink(skip, signup);
d.oldLink(getStarted, signup);
splash.fills = solid('#ECFDF5');
splash.children.push(
  status(),
  d.at(skip, 330, 60),
  d.rect('Rectangle 3', { x: 24, y: 140, w: 342, h: 300, cornerRadius: 20, fills: image('9c1e2d3f4a5b6c7d8e9f0a1b') }),
  d.text('Invoice today.\nPaid on Thursday.', { x: 24, y: 480, size: 30, weight: 700, color: INK }),
  d.text('Stop waiting 60 days.', { x: 24, y: 570, size: 16, color: MUTED }),
  d.at(getStarted, 24, 740),
);

// Sign up
const cont = btn('Continue');
d.oldLink(cont, code);
const termsLink = d.text('Terms', { size: 13, color: GREEN, deco: 'UNDERLINE' });
d.oldLink(termsLink, terms);
signup.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.text('Create account', { size: 28, weight: 700, color: INK }),
    input('Work email'),
    input('Mobile'),
    d.row('Frame 14', [d.text('★★★★★', { size: 14, color: '#F59E0B' }), d.text('4.8 on the App Store · 2,100 ratings', { size: 13, color: MUTED })], { gap: 6 }),
    d.text('£1.2bn paid early to 30,000+ suppliers', { size: 13, weight: 600, color: INK }),
  ], { gap: 14 }), 24, 96),
  d.at(d.col('Bottom', [cont, d.row('Frame 15', [d.text('By continuing you accept our', { size: 13, color: MUTED }), termsLink], { gap: 4 })], { gap: 12 }), 24, 700),
);

// Code
const verify = d.frame('Frame 22', { w: 342, h: 52, cornerRadius: 26, fills: solid(GREEN) }, [d.text('Verify', { x: 146, y: 15, size: 16, weight: 600, color: '#FFFFFF' })]);
d.oldLink(verify, link);
code.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.text('Enter code', { size: 28, weight: 700, color: INK }),
    d.text('Sent to +44 7700 900123', { size: 15, color: MUTED }),
    d.row('Frame 23', [0, 1, 2, 3, 4, 5].map(() => d.rect('Rectangle 7', { w: 46, h: 56, cornerRadius: 10, fills: solid('#F3F4F6') })), { gap: 10 }),
    d.text('Resend in 0:24', { size: 13, color: MUTED }),
  ], { gap: 16 }), 24, 96),
  d.at(verify, 24, 740),
);

// Link — decision point
const ctaRect = d.rect('Rectangle 31', { x: 0, y: 0, w: 342, h: 52, cornerRadius: 26, fills: solid(GREEN) });
const ctaLabel = d.text('Link invoicing software', { x: 0, y: 15, w: 342, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' });
const cta = d.group('Group 8', [ctaRect, ctaLabel], { x: 24, y: 740 });
d.oldLink(cta, pick);
const whyLink = d.text('Why link?', { size: 14, weight: 600, color: GREEN, deco: 'UNDERLINE' });
d.link(whyLink, why, 'OVERLAY');
link.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.vector('Vector', { w: 56, h: 56, fills: solid(GREEN) }),
    d.text('Link your invoicing', { size: 28, weight: 700, color: INK }),
    d.text('See which invoices we can pay today.', { size: 16, color: INK, w: 342 }),
    d.col('Frame 40', [
      d.row('Frame 41', [d.text('↘', { size: 16, color: GREEN }), d.text('We read open invoices + customer names.', { size: 14, color: INK })], { gap: 8 }),
      d.row('Frame 42', [d.text('✕', { size: 16, color: GREEN }), d.text('Nothing is written back.', { size: 14, color: INK })], { gap: 8 }),
      d.row('Frame 43', [d.text('🔒', { size: 14 }), d.text('Secure. Never sold or shared.', { size: 14, color: INK })], { gap: 8 }),
      d.text('Unlink anytime in Accounts.', { size: 14, color: INK, visible: false }),
    ], { gap: 10, pad: 16, fills: solid('#F0FDFA'), cornerRadius: 14 }),
    whyLink,
  ], { gap: 16 }), 24, 80),
  d.at(d.row('Frame 44', [
    d.vector('Vector', { w: 20, h: 20, strokes: solid('#9CA3AF'), strokeWeight: 1.5, cornerRadius: 4 }),
    d.text('I agree to the\u00a0', { size: 13, color: INK }),
    d.text('Privacy Policy', { size: 13, color: GREEN, deco: 'UNDERLINE' }),
  ], { gap: 8 }), 24, 690),
  cta,
  d.at(d.row('Frame 45', [d.vector('Vector', { w: 12, h: 12, fills: solid(MUTED) }), d.text('Powered by Bridgeline', { size: 11, color: MUTED })], { gap: 4 }), 130, 804),
);

// Why link (overlay sheet)
const closeX = d.vector('Vector', { w: 24, h: 24, strokes: solid(INK), strokeWeight: 2 });
d.action(closeX, { type: 'CLOSE' });
why.fills = solid('#000000', 0.4);
why.children.push(d.at(d.col('Sheet', [
  d.row('Frame 50', [d.text('Why link?', { size: 20, weight: 700, color: INK, w: 270 }), closeX], { gap: 24 }),
  d.text('What do you see?\nOpen invoices, amounts, due dates, customers.', { size: 14, color: INK }),
  d.text('Why not upload?\nLinked invoices are checked in seconds.', { size: 14, color: INK }),
  d.text('Does my customer know?\nOnly when you request early pay.', { size: 14, color: INK }),
], { gap: 16, pad: 24, w: W, fills: solid('#FFFFFF'), cornerRadius: 20 }), 0, 480));

// Pick
const row = (name, ref) => d.row('Frame 60', [
  d.rect('Rectangle 61', { w: 36, h: 36, cornerRadius: 8, fills: image(ref) }),
  d.text(name, { size: 16, weight: 500, color: INK, w: 250 }),
  d.vector('Vector', { w: 8, h: 14, strokes: solid('#9CA3AF'), strokeWeight: 2 }),
], { gap: 14, pad: 12, w: 342 });
const xero = row('Xero', 'aa01bb02cc03dd04ee05');
d.oldLink(xero, handoff);
const backPick = d.vector('Vector', { w: 12, h: 20, strokes: solid(INK), strokeWeight: 2 });
d.action(backPick, { type: 'BACK' });
pick.children.push(
  status(),
  d.at(backPick, 24, 60),
  d.at(d.col('Auto layout', [
    d.text('Your software', { size: 24, weight: 700, color: INK }),
    d.frame('Frame 62', { w: 342, h: 44, cornerRadius: 22, fills: solid('#F3F4F6') }, [
      d.vector('Vector', { x: 14, y: 13, w: 18, h: 18, strokes: solid('#9CA3AF'), strokeWeight: 2 }),
      d.text('Search', { x: 42, y: 12, size: 15, color: '#9CA3AF' }),
    ]),
    d.col('List', [xero, row('QuickBooks', 'aa11bb12cc13dd14ee15'), row('FreshBooks', 'aa21bb22cc23dd24ee25'), row('Sage', 'aa31bb32cc33dd34ee35'), row('Zoho Invoice', 'aa41bb42cc43dd44ee45'), row('Wave', 'aa51bb52cc53dd54ee55')], { gap: 4 }),
    d.text('Not listed? Upload invoices (PDF)', { size: 14, weight: 600, color: GREEN }),
  ], { gap: 14 }), 24, 100),
);

// Handoff
const goXero = btn('Open Xero');
d.oldLink(goXero, pulling);
handoff.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.row('Frame 70', [d.vector('Vector', { w: 48, h: 48, fills: solid(GREEN) }), d.text('→', { size: 24, color: MUTED }), d.rect('Rectangle 71', { w: 48, h: 48, cornerRadius: 24, fills: image('aa01bb02cc03dd04ee05') })], { gap: 16 }),
    d.text('Off to Xero', { size: 26, weight: 700, color: INK }),
    d.text('Log in. Tap Allow.\nWe bring you straight back.', { size: 16, color: INK }),
  ], { gap: 18 }), 24, 200),
  d.at(goXero, 24, 740),
);

// Pulling (auto-advance)
pulling.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.ellipse('spinner', { w: 44, h: 44, strokes: solid(GREEN), strokeWeight: 4, arcData: { startingAngle: 0, endingAngle: 4.7, innerRadius: 0.85 } }),
    d.text('Pulling invoices…', { size: 20, weight: 600, color: INK }),
  ], { gap: 16 }), 110, 360),
);
pulling.interactions = [{ trigger: { type: 'AFTER_TIMEOUT', timeout: 2 }, actions: [{ type: 'NODE', destinationId: business.id, navigation: 'NAVIGATE', transition: null }] }];

// Business (prefilled from the link)
const looks = btn('Looks right');
d.oldLink(looks, invoices);
const pre = (label, value) => d.col('Frame 80', [d.text(label, { size: 12, color: MUTED }), d.frame('Frame 81', { w: 342, h: 48, cornerRadius: 12, fills: solid('#F3F4F6') }, [d.text(value, { x: 16, y: 14, size: 16, color: INK })])], { gap: 4 });
business.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.text('Your business', { size: 24, weight: 700, color: INK }),
    d.row('Frame 82', [d.vector('Vector', { w: 14, h: 14, fills: solid(GREEN) }), d.text('Filled in from Xero', { size: 13, color: GREEN })], { gap: 6 }),
    pre('Company', 'Harlow Print Ltd'),
    pre('Company no.', '08812345'),
    pre('VAT', 'GB 123 4567 89'),
    pre('Address', '14 Mill Lane, Harlow CM20 2QF'),
  ], { gap: 14 }), 24, 80),
  d.at(looks, 24, 740),
);

// Invoices (with a contextual bank prompt)
const inv = (who, amt, due) => d.row('Frame 90', [
  d.col('Frame 91', [d.text(who, { size: 15, weight: 600, color: INK }), d.text(due, { size: 12, color: MUTED })], { gap: 2, w: 200 }),
  d.frame('Frame 92', { w: 110, h: 36, cornerRadius: 18, fills: solid('#CCFBF1') }, [d.text(amt, { x: 14, y: 9, size: 14, weight: 600, color: GREEN })]),
], { gap: 16, pad: 12, w: 342, strokes: solid('#E5E7EB'), strokeWeight: 1, cornerRadius: 12 });
const linkBank = d.text('Link bank', { size: 14, weight: 700, color: GREEN, deco: 'UNDERLINE' });
d.oldLink(linkBank, pick);
invoices.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.text('Ready for early pay', { size: 24, weight: 700, color: INK }),
    d.row('Frame 93', [
      d.text('💷', { size: 18 }),
      d.text('Where should payouts land?', { size: 14, color: INK, w: 190 }),
      linkBank,
    ], { gap: 10, pad: 14, w: 342, fills: solid('#FEF3C7'), cornerRadius: 12 }),
    d.col('List', [inv('Tesco Stores Ltd', '£4,210', 'INV-2291 · due 28 Apr'), inv('Marks Print Co', '£980', 'INV-2288 · due 2 May'), inv('Bexley Council', '£12,400', 'INV-2274 · due 19 May')], { gap: 10 }),
  ], { gap: 16 }), 24, 80),
  tabbar('Invoices'),
);

// Accounts (live connection)
const syncNow = d.text('Sync', { size: 14, weight: 600, color: GREEN });
const unlink = d.text('Unlink', { size: 14, weight: 600, color: '#B91C1C' });
accounts.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.text('Accounts', { size: 24, weight: 700, color: INK }),
    d.row('Frame 100', [
      d.rect('Rectangle 101', { w: 40, h: 40, cornerRadius: 8, fills: image('aa01bb02cc03dd04ee05') }),
      d.col('Frame 102', [d.text('Xero · Harlow Print Ltd', { size: 15, weight: 600, color: INK }), d.text('Linked 3 Mar · synced 2 min ago', { size: 12, color: MUTED })], { gap: 2, w: 180 }),
      d.col('Frame 103', [syncNow, unlink], { gap: 6 }),
    ], { gap: 12, pad: 14, w: 342, strokes: solid('#E5E7EB'), strokeWeight: 1, cornerRadius: 12 }),
    d.text('Profile', { size: 13, weight: 600, color: MUTED }),
    d.text('Notifications', { size: 15, color: INK }),
    d.text('Sign out', { size: 15, color: INK }),
    d.text('Delete account', { size: 15, color: '#B91C1C' }),
  ], { gap: 16 }), 24, 80),
  tabbar('Accounts'),
);

// Help
help.children.push(
  status(),
  d.at(d.col('Auto layout', [
    d.text('Help', { size: 24, weight: 700, color: INK }),
    d.text('💬 Chat (8am–8pm)', { size: 16, color: INK }),
    d.text('📞 0800 048 7731', { size: 16, color: INK }),
    d.text('✉️ help@paysoon.example', { size: 16, color: INK }),
  ], { gap: 18 }), 24, 80),
  tabbar('Help'),
);

// Terms — dead end
terms.children.push(status(), d.at(d.col('Auto layout', [
  d.text('Terms', { size: 24, weight: 700, color: INK }),
  d.text('1. Definitions\n2. Early payment fee\n3. Recourse\n4. Governing law', { size: 14, color: INK }),
  d.text('Fees from 0.9% per invoice. No lock-in.', { size: 13, color: MUTED }),
], { gap: 14 }), 24, 80));

flow.children.push(...S);

// ---------- Archive ----------
const archive = d.canvas('—— archive');
archive.children.push(d.frame('Link (old)', { w: W, h: H, fills: solid('#FFFFFF'), visible: false }, [
  d.text('Connect Xero', { x: 24, y: 120, size: 28, weight: 700, color: INK }),
]));

const fig = d.finish();
write('h27-supplier-early-payment-mobile', fig, {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iOS (390x844) onboarding for an invoice early-payment app for suppliers. Terse copy. Splash, sign-up, SMS code, a decision screen to link invoicing/accounting software, a searchable single-list picker, a hand-off explainer, an import spinner, a business form prefilled from the linked software, an invoice list with a bank-linking prompt, and an Accounts tab with the live link. Older transitionNodeID links; no prototype starting point is set.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.search', 'platform.alternatives',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'value.progress-meter', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.mutual-nda', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections'],
  notes: {
    'funnel.three-actions': 'Sign up → code → link screen: two taps.',
    'funnel.social-proof': 'App Store star rating on sign-up.',
    'funnel.prefill': 'Business form "Filled in from Xero" with company number, VAT and address.',
    'value.three-part': 'Benefit line, what is read and that nothing is written back, one main button.',
    'value.contextual-ctas': '"Where should payouts land? Link bank" inside the invoice list.',
    'value.faq-link': '"Why link?" opens a short Q&A sheet.',
    'privacy.statistics': '"£1.2bn paid early to 30,000+ suppliers".',
    'privacy.disconnect-anytime': 'The only "Unlink anytime" line is a hidden layer.',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" in the picker.',
    'platform.non-linear': 'The only Skip is on the marketing splash; no save-for-later or invite.',
    'platform.multiple-connections': 'One link only; no add-another or per-link status in the flow.',
    'connection.view-live': 'Accounts tab: Xero, linked date and last sync time.',
    'privacy.connection-guide': 'No how-to-link guide; Help lists contact channels only.',
  },
  flow: { startFrameId: signup.id, connectFrameId: link.id, stepsToConnect: 2, deadEnds: [terms.id] },
}, { connectFrames: [link.id, pick.id, invoices.id], signUpFrame: signup.id });

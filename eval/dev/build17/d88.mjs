// d88 — invoicing for wedding planners, iPad portrait (834x1194), US English.
import { reseed, idPage, gname, T, R, V, F, G, col, row, go, act, btnI, btnF, btnG, link, logo, logoV, divider, canvas, finish, comp, compNode, compSet, compMap, reserve, field, card, spinner } from './lib.mjs';

reseed(88);
const W = 834; const H = 1194; const NBSP = '\u00A0'; const ZW = '\u200B';

// Components page first so instance ids exist.
idPage(2, 3);
const setId = reserve();
const bDef = comp('Property 1=Default', 'Primary action', setId);
const bHov = comp('Property 1=Hover', 'Primary action, hover', setId);
const tab = comp('Tab / Item', 'Bottom tab');
const defNode = go(compNode(bDef, 20, 20, 240, 52, { fill: '#8A4FFF', radius: 26 }, [T('Label', 24, 16, 192, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER', h: 20 })]), 'hover', 'CHANGE_TO', 'ON_HOVER');
const hovNode = compNode(bHov, 20, 92, 240, 52, { fill: '#6E36E8', radius: 26 }, [T('Label', 24, 16, 192, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER', h: 20 })]);
hovNode._key = 'hover';
const tabNode = compNode(tab, 320, 20, 120, 56, {}, [V('Vector', 48, 6, 24, 24, { fill: '#6B7280' }), T('Home', 0, 34, 120, { size: 11, align: 'CENTER', h: 16 })]);
const componentsPage = canvas(2, '🧩 Components', [
  compSet(setId, 'Button', 0, 0, 280, 164, [defNode, hovNode]),
  tabNode,
]);
const components = compMap([bDef, bHov, tab]);
const componentSets = { [setId]: { key: 'c0ffee88a1b2c3d4e5f60718293a4b5c6d7e8f90', name: 'Button', description: 'Pill button', remote: false, documentationLinks: [] } };

idPage(3, 101);
const purple = '#8A4FFF';
const pos = (i) => [(i % 6) * (W + 140), Math.floor(i / 6) * (H + 200)];
function screen(i, name, key, kids, o = {}) {
  const [x, y] = pos(i);
  return F(name, x, y, W, o.h ?? H, { fill: o.bg ?? '#FFFBF8', clip: true, key }, kids);
}
const statusBar = () => G(gname('Group'), 0, 0, W, 24, [T('9:41', 24, 4, 60, { size: 12, weight: 600, h: 16 }), V('Vector', W - 70, 6, 46, 12, { fill: '#111827' })]);
const brand = () => row(gname('Frame'), 0, 0, [logoV(0, 0, 28, purple, { radius: 8 }), T('plannr pay', 0, 0, 140, { size: 18, weight: 700, color: '#2B1B4A', h: 28 })], { gap: 10 });
const tabBar = (active) => row('Tab bar', 0, H - 72, ['Home', 'Invoices', 'Couples', 'Settings'].map((l) => {
  const n = nodeTab(l);
  if (l === 'Settings') go(n, 'settings');
  if (l === 'Home') go(n, 'dashboard');
  if (l === active) n.name = 'Tab / Item (active)';
  return n;
}), { gap: 88, pad: 8, fill: '#FFFFFF', w: W, h: 72 });
function nodeTab(label) {
  return { ...F('Tab / Item', 0, 0, 120, 56, {}, [V('Vector', 48, 6, 24, 24, { fill: '#6B7280' }), T(label, 0, 34, 120, { size: 11, align: 'CENTER', h: 16 })]), type: 'INSTANCE', componentId: tab.id };
}

// 0 Sign up (start)
const signup = screen(0, 'Sign up', 'signup', [statusBar(),
  col('Auto layout', 117, 120, 600, [
    brand(),
    T('Get paid for every “I do”', 0, 0, 600, { size: 28, weight: 700, color: '#2B1B4A' }),
    T('Deposits, payment plans and final balances for your couples, in one place.', 0, 0, 600, { size: 16, color: '#5B5570' }),
    col(gname('Frame'), 0, 0, 600, [field('Your name', 'Jess Alvarez', 600), field('Work email', 'jess@bloomandvow.com', 600), field('Password', '••••••••••', 600)], { gap: 16 }),
    go(btnI('Create account', 0, 0, 600, 52, bDef, { fill: purple, radius: 26 }), 'company'),
    row(gname('Frame'), 0, 0, [T('Already on Plannr Pay?', 0, 0, 170, { size: 14, color: '#5B5570', h: 20 }), link('Log in', 0, 0, 60, { h: 20 })], { gap: 6 }),
    go(link('See plans & pricing', 0, 0, 200, { under: false, color: purple }), 'pricing'),
  ], { gap: 24 }),
]);

// 1 Company details — "Step 2 of 4" look-alike
const company = screen(1, 'Business details', 'company', [statusBar(),
  col('Auto layout', 117, 100, 600, [
    T(`Step 2 of 4`, 0, 0, 600, { size: 13, weight: 600, color: purple }),
    G(gname('Group'), 0, 0, 600, 6, [R(gname('Rectangle'), 0, 0, 600, 6, { fill: '#EFE8FF', radius: 3 }), R(gname('Rectangle'), 0, 0, 300, 6, { fill: purple, radius: 3 })]),
    T('Tell us about your business', 0, 0, 600, { size: 26, weight: 700, color: '#2B1B4A' }),
    col(gname('Frame'), 0, 0, 600, [
      field('Business name', 'Bloom & Vow Events LLC', 600),
      field('What do you plan?', 'Weddings & elopements', 600),
      row(gname('Frame'), 0, 0, [field('State', 'Texas', 288), field('ZIP', '78704', 288)], { gap: 24 }),
      field('Weddings per year (roughly)', 'e.g. 25', 600, { placeholder: true }),
    ], { gap: 18 }),
    go(btnI('Continue', 0, 0, 600, 52, bDef, { fill: purple, radius: 26 }), 'connect'),
  ], { gap: 20 }),
]);

// 2 Connect — the decision point
const qbo = (w) => go(card('QuickBooks Online', logo(0, 0, 44, 'a8f3c21e90b4d7e6f1c2a3b4c5d6e7f8a9b0c1d2'), w, { sub: 'intuit.com · US edition' }), 'redirect', 'OVERLAY');
const connect = screen(2, 'Connect — books + payouts', 'connect', [statusBar(),
  col('Auto layout', 77, 70, 680, [
    brand(),
    col('Message', 0, 0, 680, [
      T(`Bring your books and payouts together${NBSP}💜`, 0, 0, 680, { size: 26, weight: 700, color: '#2B1B4A' }),
      T('See at a glance which couples have paid, which deposits are late and what lands in your account this week — no more copying invoices into two places.', 0, 0, 680, { size: 16, color: '#3F3A52' }),
      T('Here’s what we use: your invoices, customers and payouts are read from your accounting and payment apps. Nothing is written back to your ledger unless you send an invoice from Plannr Pay.', 0, 0, 680, { size: 14, color: '#5B5570' }),
    ], { gap: 10 }),
    go(btnI('Connect QuickBooks or Xero', 0, 0, 680, 56, bDef, { fill: purple, radius: 28, name: 'cta/primary' }), 'redirect', 'OVERLAY'),
    col(gname('Frame'), 0, 0, 680, [
      T('Accounting', 0, 0, 680, { size: 20, weight: 700, color: '#2B1B4A' }),
      row(gname('Frame'), 0, 0, [qbo(328), go(card('Xero', logo(0, 0, 44, 'b7e2d4c1f0a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5'), 328, { sub: 'xero.com' }), 'redirect', 'OVERLAY')], { gap: 24 }),
      T('Payments', 0, 0, 680, { size: 20, weight: 700, color: '#2B1B4A' }),
      row(gname('Frame'), 0, 0, [go(card('Stripe', logo(0, 0, 44, 'c6d1e3f2a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5'), 328, { sub: 'stripe.com · card payouts' }), 'redirect', 'OVERLAY'), go(card('Square Payments', logo(0, 0, 44, 'd5c0f2e1b9a8d7c6e5f4b3a2c1d0e9f8a7b6c5d4'), 328, { sub: 'squareup.com' }), 'redirect', 'OVERLAY')], { gap: 24 }),
    ], { gap: 12 }),
    go(link('Don’t use any of these? Upload a CSV of your invoices instead', 0, 0, 680), 'upload'),
    T('🔒 Every connection is encrypted, and we never share your clients’ details with anyone without your permission. Changed your mind later? Unlink from Settings › Connections whenever you like.', 0, 0, 680, { size: 13, color: '#5B5570' }),
    row(gname('Frame'), 0, 0, [go(link('Send to my bookkeeper', 0, 0, 190, { under: false }), 'share', 'OVERLAY'), T(' · ', 0, 0, 20, { size: 14, color: '#9CA3AF' }), act(link('Finish later', 0, 0, 110, { under: false }), { type: 'CLOSE' })], { gap: 4 }),
    link(`Why connect?${ZW} Read the FAQ →`, 0, 0, 300),
    F(gname('Frame'), 0, 0, 680, 120, { fill: '#F6F0FF', radius: 12 }, [
      T('“Hooking up QuickBooks took me two minutes, and now every deposit reconciles itself. I honestly don’t know how I ran the studio before.”', 20, 16, 640, { size: 14, color: '#2B1B4A', family: 'Lora' }),
      T('— Dana Reyes, owner, Bloom & Vow Events · Austin, TX', 20, 84, 640, { size: 12, weight: 600, color: '#5B5570' }),
    ]),
    T('Need a hand? Call (512) 555-0187 or email help@plannrpay.com', 0, 0, 680, { size: 13, color: '#5B5570' }),
    T('Powered by Railyard', 0, 0, 200, { size: 11, color: '#9CA3AF', hidden: true }),
  ], { gap: 18 }),
]);

// 3 Redirect overlay
const redirect = screen(3, 'Overlay / Before Intuit', 'redirect', [
  R('Scrim', 0, 0, W, H, { fill: '#1F1433', radius: 0 }),
  col(gname('Frame'), 117, 360, 600, [
    logo(0, 0, 56, 'a8f3c21e90b4d7e6f1c2a3b4c5d6e7f8a9b0c1d2'),
    T('Heading over to Intuit', 0, 0, 520, { size: 22, weight: 700 }),
    T('We’ll open the QuickBooks Online sign-in page. Log in, tap Connect to approve Plannr Pay, and you’ll land right back here.', 0, 0, 520, { size: 15, color: '#3F3A52' }),
    go(btnF('Continue to Intuit', 0, 0, 520, 50, { fill: purple, radius: 25 }), 'connected'),
    act(link('Not now', 0, 0, 80, { under: false, color: '#5B5570' }), { type: 'BACK' }),
  ], { gap: 16, pad: 40, fill: '#FFFFFF', radius: 20 }),
], { bg: '#00000000' });

// 4 Connected (multiple connections)
const badge = (txt, bg, fg) => F(gname('Frame'), 0, 0, 130, 28, { fill: bg, radius: 14 }, [T(txt, 10, 5, 110, { size: 12, weight: 600, color: fg, h: 18, align: 'CENTER' })]);
const connected = screen(4, 'Connected', 'connected', [statusBar(),
  col('Auto layout', 77, 90, 680, [
    T('Nice — you’re plugged in', 0, 0, 680, { size: 26, weight: 700, color: '#2B1B4A' }),
    col(gname('Frame'), 0, 0, 680, [
      card('QuickBooks Online', logo(0, 0, 44, 'a8f3c21e90b4d7e6f1c2a3b4c5d6e7f8a9b0c1d2'), 500, { sub: 'Bloom & Vow Events LLC', badge: badge('Connected ✓', '#E7F8EE', '#137A3A') }),
      card('Stripe', logo(0, 0, 44, 'c6d1e3f2a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5'), 500, { sub: 'Selected — finish approving in Stripe', badge: badge('Waiting on you', '#FFF4DB', '#8A5A00') }),
    ], { gap: 12 }),
    row(gname('Frame'), 0, 0, [spinner(0, 0, 20, purple), T('Syncing invoices from QuickBooks Online…', 0, 0, 420, { size: 14, color: '#5B5570', h: 20 })], { gap: 10 }),
    go(btnF('+ Add another', 0, 0, 200, 44, { fill: '#FFFFFF', color: purple, stroke: purple, radius: 22 }), 'connect'),
    go(btnI('Go to my dashboard', 0, 0, 680, 52, bDef, { fill: purple, radius: 26 }), 'dashboard'),
  ], { gap: 20 }),
]);

// 5 Dashboard (calendar look-alike)
const dashboard = screen(5, 'Home', 'dashboard', [statusBar(),
  col('Auto layout', 40, 70, 754, [
    T('Good morning, Jess', 0, 0, 754, { size: 24, weight: 700, color: '#2B1B4A' }),
    row(gname('Frame'), 0, 0, ['Paid this month\n$18,420', 'Overdue\n$3,150', 'Deposits due\n6'].map((s) => F(gname('Frame'), 0, 0, 238, 100, { fill: '#FFFFFF', radius: 12, stroke: '#EEE7F7' }, [T(s, 16, 16, 206, { size: 16, weight: 600 })])), { gap: 20 }),
    F(gname('Frame'), 0, 0, 754, 120, { fill: '#F3F7FF', radius: 12 }, [
      T('📅 See every event date next to its invoice', 20, 18, 500, { size: 16, weight: 600 }),
      T('Sync your Google Calendar so upcoming weddings show up here.', 20, 46, 500, { size: 14, color: '#4B5563' }),
      btnF('Connect Google Calendar', 540, 38, 194, 44, { fill: '#1A73E8', radius: 22 }),
    ]),
    T('Upcoming', 0, 0, 754, { size: 18, weight: 700 }),
    col(gname('Frame'), 0, 0, 754, ['Sat 6 Jun · Nguyen–Park wedding · balance $4,800 due', 'Sat 13 Jun · Okafor elopement · paid in full', 'Fri 19 Jun · Castillo rehearsal dinner · deposit $750 overdue'].map((s) => T(s, 0, 0, 754, { size: 15 })), { gap: 12 }),
  ], { gap: 22 }),
  tabBar('Home'),
]);

// 6 Settings › Connections (view live, disconnect, delete account look-alike)
const liveRow = (nm, ref, sub) => row(gname('Frame'), 0, 0, [logo(0, 0, 40, ref), col(gname('Frame'), 0, 0, 420, [T(nm, 0, 0, 420, { size: 16, weight: 600 }), T(sub, 0, 0, 420, { size: 12, color: '#6B7280' })], { gap: 2 }), go(btnF('Disconnect', 0, 0, 120, 36, { fill: '#FFFFFF', color: '#B42318', stroke: '#F3C2BD', radius: 18, size: 13 }), 'unlink', 'OVERLAY')], { gap: 16, pad: 16, fill: '#FFFFFF', radius: 12, stroke: '#EEE7F7' });
const settings = screen(6, 'Settings / Connections', 'settings', [statusBar(),
  col('Auto layout', 40, 70, 754, [
    T('Settings', 0, 0, 754, { size: 24, weight: 700, color: '#2B1B4A' }),
    row(gname('Frame'), 0, 0, ['Profile', 'Connections', 'Billing', 'Team'].map((s) => T(s, 0, 0, 120, { size: 15, weight: s === 'Connections' ? 700 : 400, color: s === 'Connections' ? purple : '#4B5563', h: 22 })), { gap: 16 }),
    divider(754),
    col('Connections list', 0, 0, 754, [
      liveRow('QuickBooks Online', 'a8f3c21e90b4d7e6f1c2a3b4c5d6e7f8a9b0c1d2', 'Linked Mar 14, 2026 · last synced today, 9:42 AM · 214 invoices'),
      liveRow('Stripe', 'c6d1e3f2a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5', 'Linked Mar 14, 2026 · last synced today, 9:40 AM · USD payouts'),
    ], { gap: 12 }),
    row(gname('Frame'), 0, 0, [spinner(0, 0, 16, purple), T('Syncing…', 0, 0, 100, { size: 13, color: '#5B5570', h: 18 })], { gap: 8 }),
    divider(754),
    T('Danger zone', 0, 0, 754, { size: 16, weight: 700, color: '#B42318' }),
    btnG('Delete account', 0, 0, 180, 44, { fill: '#FFFFFF', color: '#B42318', stroke: '#B42318', radius: 22 }),
  ], { gap: 20 }),
  tabBar('Settings'),
]);

// 7 Unlink modal
const unlink = screen(7, 'Modal', 'unlink', [
  R('Scrim', 0, 0, W, H, { fill: '#1F1433' }),
  col(gname('Frame'), 137, 420, 560, [
    T('Unlink QuickBooks Online?', 0, 0, 480, { size: 20, weight: 700 }),
    T('Plannr Pay stops reading your invoices and its access to your QuickBooks company is revoked. Invoices already here stay put.', 0, 0, 480, { size: 14, color: '#3F3A52' }),
    row(gname('Frame'), 0, 0, [act(btnF('Keep it', 0, 0, 200, 44, { fill: '#FFFFFF', color: '#111827', stroke: '#D1D5DB', radius: 22 }), { type: 'CLOSE' }), go(btnF('Unlink', 0, 0, 200, 44, { fill: '#B42318', radius: 22 }), 'settings')], { gap: 16 }),
  ], { gap: 14, pad: 40, fill: '#FFFFFF', radius: 20 }),
]);

// 8 Welcome email
const email = screen(8, 'Email — Welcome', 'email', [
  col('Email body', 97, 80, 640, [
    brand(),
    T('Welcome aboard, Jess! 🎉', 0, 0, 640, { size: 24, weight: 700 }),
    T('Three quick things and you’re ready for wedding season:', 0, 0, 640, { size: 15 }),
    T('1  Create your account  ✓\n2  Connect QuickBooks or Xero — this is what fills in your deposits and balances\n3  Send your first deposit invoice', 0, 0, 640, { size: 15, color: '#2B1B4A' }),
    go(btnF('Connect my books', 0, 0, 240, 48, { fill: purple, radius: 24, name: 'Btn' }), 'connect'),
    T('Plannr Pay · 1100 S Lamar Blvd, Austin TX · Unsubscribe', 0, 0, 640, { size: 11, color: '#9CA3AF' }),
  ], { gap: 18, pad: 32, fill: '#FFFFFF', radius: 8 }),
], { bg: '#F4F1F8' });

// 9 Pricing — dead end
const plan = (n, p, d) => col(gname('Frame'), 0, 0, 320, [T(n, 0, 0, 280, { size: 18, weight: 700 }), T(p, 0, 0, 280, { size: 28, weight: 700, color: purple }), T(d, 0, 0, 280, { size: 14, color: '#4B5563' })], { gap: 8, pad: 20, fill: '#FFFFFF', radius: 14, stroke: '#EEE7F7' });
const pricing = screen(9, 'Pricing', 'pricing', [statusBar(),
  col('Auto layout', 77, 120, 680, [
    T('Simple pricing for planners', 0, 0, 680, { size: 26, weight: 700 }),
    row(gname('Frame'), 0, 0, [plan('Solo', '$29/mo', 'Up to 30 couples a year\nCard & ACH deposits'), plan('Studio', '$59/mo', 'Unlimited couples\nPayment plans\n3 team seats')], { gap: 24 }),
    T('Prices in USD. Card fees 2.9% + 30¢.', 0, 0, 680, { size: 12, color: '#6B7280' }),
  ], { gap: 24 }),
]);

// 10 Upload CSV
const upload = screen(10, 'Upload invoices', 'upload', [statusBar(),
  col('Auto layout', 77, 100, 680, [
    T('Upload your invoices', 0, 0, 680, { size: 24, weight: 700 }),
    T('Export a CSV from whatever you use today (even a spreadsheet works) and drop it below.', 0, 0, 680, { size: 15, color: '#4B5563' }),
    F('Dropzone', 0, 0, 680, 220, { fill: '#FAF7FF', stroke: '#C9B6FF', radius: 16 }, [V('Vector', 316, 70, 48, 48, { fill: purple }), T('Drag a .csv here or browse', 200, 140, 280, { size: 14, align: 'CENTER', color: '#5B5570' })]),
    go(btnI('Upload', 0, 0, 680, 52, bDef, { fill: purple, radius: 26 }), 'dashboard'),
  ], { gap: 20 }),
]);

// 11 Share with bookkeeper
const share = screen(11, 'Overlay / Share', 'share', [
  R('Scrim', 0, 0, W, H, { fill: '#1F1433' }),
  col(gname('Frame'), 137, 400, 560, [
    T('Send this step to your bookkeeper', 0, 0, 480, { size: 20, weight: 700 }),
    T('They’ll get a link to connect the books for you. Your progress is saved.', 0, 0, 480, { size: 14, color: '#3F3A52' }),
    field('Their email', 'name@bookkeeper.com', 480, { placeholder: true }),
    act(btnF('Send link', 0, 0, 480, 46, { fill: purple, radius: 23 }), { type: 'CLOSE' }),
  ], { gap: 14, pad: 40, fill: '#FFFFFF', radius: 20 }),
]);

const flowPage = canvas(3, 'Onboarding flow', [signup, company, connect, redirect, connected, dashboard, settings, unlink, email, pricing, upload, share],
  { flows: [{ nodeId: signup.id, name: 'New planner' }] });
flowPage.prototypeStartNodeID = signup.id;

idPage(1, 2);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1920, 1080, { fill: '#2B1B4A' }, [
  T('Plannr Pay', 120, 360, 1200, { size: 96, weight: 700, color: '#FFFFFF' }),
  T('iPad onboarding · v3 · In review', 120, 520, 1200, { size: 36, color: '#D9CCFF' }),
])]);
idPage(4, 2);
const archive = canvas(4, 'Archive', [F('Sign up — v1 (old)', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Create your account', 117, 200, 600, { size: 26, weight: 700 }),
  T('Trusted by 2,000 planners', 117, 260, 600, { size: 14, hidden: true }),
  btnG('Sign up', 117, 320, 600, 52, { fill: '#444444' }),
])]);

const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.faq-link',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'platform.explain-redirect',
  'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.syncing-indicator'];
const absent = ['funnel.prefill', 'value.contextual-ctas', 'value.progress-meter', 'privacy.consent-action', 'privacy.statistics',
  'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.refresh'];
finish({
  name: 'Plannr Pay — iPad onboarding v3', fileName: 'd88-wedding-planner-invoicing-tablet', lastModified: '2026-03-18T16:22:05Z', version: '4418273310',
  pages: [cover, componentsPage, flowPage, archive], components, componentSets,
  truth: {
    kind: 'onboarding',
    description: 'Invoicing for wedding planners on iPad (US). Sign-up, a "Step 2 of 4" business form, then a connect screen for accounting (QuickBooks Online, Xero) and payments (Stripe, Square Payments); redirect overlay, connected status, dashboard, settings with live connections, welcome email, a dead-end pricing screen.',
    present, absent,
    notes: {
      'funnel.greeting-email': 'Welcome email frame with a numbered 1/2/3 list where step 2 is connecting the books, and a "Connect my books" button.',
      'funnel.three-actions': 'Sign up → Business details → Connect: two prototype steps.',
      'funnel.cta-visible': 'Full-width "Connect QuickBooks or Xero" primary button at the top of the connect screen.',
      'funnel.social-proof': 'Quote from a planner about connecting QuickBooks on the connect screen.',
      'funnel.prefill': 'No form is shown filled from connected data; the business form comes before connecting and is typed by hand.',
      'value.three-part': 'Value line (who has paid, late deposits), data-use line (invoices, customers, payouts read), one main CTA.',
      'value.contextual-ctas': 'Connect prompts only appear in onboarding; the dashboard card is about Google Calendar, not the books.',
      'value.faq-link': '"Why connect? Read the FAQ →" link under the value message.',
      'value.progress-meter': 'Only a "Step 2 of 4" bar on the business-details form; nothing grows with connected sources.',
      'privacy.data-scope': 'Names invoices, customers and payouts, read from the apps, nothing written back unless an invoice is sent.',
      'privacy.trust-language': '"Every connection is encrypted… never share… without your permission".',
      'privacy.consent-action': 'No checkbox or explicit consent step before connecting.',
      'privacy.disconnect-anytime': '"Unlink from Settings › Connections whenever you like."',
      'privacy.connection-guide': 'Left unlabelled: only a benefits FAQ link, no how-to-connect guide.',
      'privacy.statistics': 'No figures about customers or encryption.',
      'privacy.support-contacts': 'Phone number and support email on the connect screen.',
      'privacy.powered-by': 'The "Powered by Railyard" layer is hidden.',
      'privacy.mutual-nda': 'No NDA offer.',
      'platform.explain-redirect': 'Overlay: "We’ll open the QuickBooks Online sign-in page… you’ll land right back here."',
      'platform.grouped-categories': '"Accounting" and "Payments" headings over the cards.',
      'platform.accurate-branding': 'QuickBooks Online, Xero, Stripe, Square Payments with logos and site addresses.',
      'platform.search': 'Four platforms, no search field.',
      'platform.alternatives': '"Don’t use any of these? Upload a CSV of your invoices instead" leads to an upload screen.',
      'platform.non-linear': '"Send to my bookkeeper · Finish later" with a share overlay.',
      'platform.multiple-connections': 'Connected ✓ and "Waiting on you" badges plus "+ Add another".',
      'connection.view-live': 'Settings › Connections lists platforms with linked date and last sync time.',
      'connection.delete': '"Disconnect" per connection and an unlink modal that revokes access ("Delete account" is a look-alike).',
      'connection.refresh': 'No sync-now or refresh control.',
      'connection.syncing-indicator': 'Spinner with "Syncing invoices from QuickBooks Online…" and "Syncing…".',
    },
    flow: { start: 'signup', connect: 'connect', steps: 2, deadEnds: ['pricing'] },
  },
  meta: { connectCandidates: ['connect', 'connected', 'email'], signup: 'signup' },
});

// d78 — PoseLink: bookings and payouts for yoga studios, iPad portrait (834x1194).
import { writeFileSync } from 'node:fs';
import { createKit, countNodes } from './kit.mjs';

const NAME = 'd78-yoga-studio-bookings-tablet';
const K = createKit(NAME);
const { t, btn, col, row, vec, rect, logo, ellipse, divider, hide } = K;
const W = 834;
const H = 1194;
const INK = '#2B2A33';
const SAGE = '#4F7A5A';
const MUTED = '#6B6A75';

const statusBar = () => row('Status Bar', [t('9:41', { size: 13, weight: 600, w: 60 }), rect('Rectangle 2', 1, { fills: [] }), row('Frame 2', [vec('Vector', 14), vec('Vector', 14), vec('Vector', 14, { w: 24 })], { gap: 6, w: 70 })], { padX: 24, pad: 8, widths: [60, 620, 70] });
const field = (label, value, o = {}) => col(o.name || 'Frame 14', [t(label, { size: 13, weight: 500, color: MUTED }), row('Input', [t(value, { color: o.filled ? INK : '#A09FA8' })], { pad: 14, fill: '#FFFFFF', stroke: '#D9D7E0', radius: 10 })], { gap: 6 });
const topNav = (title) => row('Auto layout', [logo('vec', 28, { name: 'PoseLink mark', fill: SAGE }), t(title, { size: 17, weight: 600 })], { padX: 32, pad: 16, gap: 12, widths: [28, 600] });

K.startPage(1);
const cover = K.screen('cover', 'Cover', 0, 0, 1600, 960, [
  col('Auto layout', [t('PoseLink — studio onboarding', { size: 64, weight: 700, color: '#FFFFFF' }), t('iPad · v3 · ready for dev handoff', { size: 24, color: '#DCE8DF' }), t('Owner: Growth squad', { size: 18, color: '#DCE8DF' })], { pad: 120, gap: 24 }),
], { fill: SAGE });
K.page('Cover', [cover]);

// ---- components page ----
K.startPage(3);
const dflt = K.component('btnDefault', 'Property 1=Default', 100, 100, 320, 56, [t('Label', { size: 16, weight: 600, color: '#FFFFFF', w: 288 })(116, 118)], { fill: SAGE, interactions: [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: '@btnHover', navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', duration: 0.2, easing: { type: 'EASE_OUT' } } }] }] });
const hover = K.component('btnHover', 'Property 1=Hover', 100, 180, 320, 56, [t('Label', { size: 16, weight: 600, color: '#FFFFFF', w: 288 })(116, 198)], { fill: '#3D6347' });
const set = K.componentSet('Comp / Action / Large', 80, 80, 360, 176, [dflt, hover]);
const chip = K.component('chip', 'Chip', 500, 100, 120, 36, [t('Chip', { size: 14, w: 100 })(510, 108)], { fill: '#EEF3EF', radius: 18 });
const tabIcon = K.component('tab', 'tab-item', 700, 100, 80, 56, [vec('Vector', 24)(728, 104), t('Tab', { size: 11, w: 60, align: 'CENTER' })(710, 134)], { fill: '#FFFFFF', radius: 0 });
K.page('Components', [set, chip, tabIcon]);

// ---- flow page ----
K.startPage(12);
const X = (i) => 80 + i * (W + 120);
const quote = col('Frame 61', [
  t('★★★★★', { size: 16, color: '#E0A100' }),
  t('“Payout day used to mean two hours with a spreadsheet. Now it just… matches.”', { size: 18, weight: 500 }),
  row('Frame 62', [logo('img', 40, { ref: '7f3e2c1a9b', name: 'avatar' }), t('Priya Raman — owner, Saltwater Yoga, Bristol', { size: 14, color: MUTED })], { gap: 12, widths: [40, 500] }),
], { pad: 24, gap: 10, fill: '#F3F6F3', radius: 16 });

const signup = K.screen('signup', '01 Sign up', X(0), 0, W, H, [
  statusBar(),
  col('Auto layout', [
    logo('vec', 48, { name: 'Vector', fill: SAGE }),
    t('Create your studio on PoseLink', { size: 28, weight: 700 }),
    t('Bookings, teacher pay and payouts in one calm place.', { size: 17, color: MUTED }),
    col('Frame 20', [field('Work email', 'you@yourstudio.com'), field('Password', '••••••••'), field('Studio name', 'e.g. Saltwater Yoga')], { gap: 16 }),
    btn('Create account', { kind: 'inst', comp: 'btnDefault', name: 'Comp / Action / Large', bg: SAGE, h: 56, to: 'details' }),
    row('Frame 23', [t('Already on PoseLink?', { color: MUTED, w: 160 }), btn('Log in', { kind: 'link', color: SAGE })], { gap: 6, widths: [160, 60] }),
    btn('See plans and pricing', { kind: 'link', color: SAGE, underline: true, to: 'pricing' }),
    quote,
  ], { padX: 96, pad: 56, gap: 24 }),
]);

const details = K.screen('details', '02 Studio basics', X(1), 0, W, H, [
  statusBar(),
  topNav('Set up your studio'),
  col('Auto layout', [
    t('Tell us a little about your studio', { size: 26, weight: 700 }),
    t('This shapes your schedule templates. Takes about a minute.', { size: 16, color: MUTED }),
    field('Studio name', 'Saltwater Yoga', { filled: true }),
    field('Town or city', 'Bristol', { filled: true }),
    col('Frame 31', [t('What do you teach?', { size: 13, weight: 500, color: MUTED }), row('Frame 32', ['Vinyasa', 'Yin', 'Hot', 'Pregnancy', 'Aerial'].map((c) => btn(c, { kind: 'inst', comp: 'chip', bg: '#EEF3EF', fg: INK, h: 36, radius: 18, size: 14 })), { gap: 8 })], { gap: 8 }),
    col('Frame 33', [t('Teachers on your timetable', { size: 13, weight: 500, color: MUTED }), row('Frame 34', ['Just me', '2–5', '6–15', '16+'].map((c) => btn(c, { kind: 'inst', comp: 'chip', bg: '#EEF3EF', fg: INK, h: 36, radius: 18, size: 14 })), { gap: 8 })], { gap: 8 }),
    btn('Continue', { kind: 'frame', name: 'cta/primary', bg: SAGE, h: 56, to: 'connect' }),
  ], { padX: 96, pad: 40, gap: 24 }),
]);

const platforms = [
  ['Mindbody', 'Booking software', 'img', 'mb01'],
  ['Momence', 'Booking software', 'img', 'mo02'],
  ['bsport', 'Booking software', 'img', 'bs03'],
  ['Acuity Scheduling', 'Booking software', 'img', 'ac04'],
  ['Xero', 'Accounting', 'vec', '#13B5EA'],
  ['QuickBooks Online', 'Accounting', 'vec', '#2CA01C'],
  ['FreeAgent', 'Accounting', 'img', 'fa07'],
  ['WellnessLiving', 'Booking software', 'img', 'wl08'],
];
const card = ([nm, sub, kind, ref], i) => col(`Frame ${140 + i}`, [
  kind === 'img' ? logo('img', 44, { ref }) : logo('vec', 44, { fill: ref }),
  t(nm, { size: 16, weight: 600 }),
  t(sub, { size: 13, color: MUTED }),
], { pad: 18, gap: 8, fill: '#FFFFFF', stroke: '#E2E0E8', radius: 14, to: 'redirect' });
const grid = col('Frame 139', [0, 2, 4, 6].map((i) => row(`Frame ${150 + i}`, [card(platforms[i], i), card(platforms[i + 1], i + 1)], { gap: 16 })), { gap: 16 });

const connect = K.screen('connect', '03 Bring your tools', X(2), 0, W, H, [
  statusBar(),
  topNav('Almost there'),
  col('Auto layout', [
    t('See every class payout next to your books', { size: 26, weight: 700 }),
    t('Plug in your booking software and your accounting, and PoseLink matches each card payout to the classes it came from — no more month-end detective work.', { size: 16, color: MUTED }),
    col('Frame 120', [
      t('What we read', { size: 14, weight: 700 }),
      t('From your booking software: classes, attendance and card payments.\nFrom your accounting software: invoices, bills and bank-feed payouts.\nRead-only — nothing is written back to either.', { size: 14 }),
    ], { pad: 16, gap: 6, fill: '#F3F6F3', radius: 12 }),
    grid,
    btn('Link booking software', { kind: 'group', bg: SAGE, h: 56, to: 'redirect', name: 'Group 44' }),
    t('🔒 Encrypted in transit and at rest. We never sell your data or pass it on without your say-so, and you can unlink a tool whenever you like in Settings.', { size: 13, color: MUTED }),
    t('4,200+ studios sync their bookings with PoseLink every night.', { size: 13, weight: 600, color: SAGE }),
    t('Can\u2019t see yours? Upload a CSV export instead', { size: 14, color: SAGE, underline: true, to: 'upload', name: 'Can’t see yours?' }),
    row('Frame 129', [
      btn('Send this step to my bookkeeper', { kind: 'link', color: SAGE, to: 'share' }),
      btn('I\u2019ll do this later', { kind: 'link', color: MUTED, to: 'dash' }),
    ], { gap: 24, widths: [300, 200] }),
    hide(t('Questions? Call the studio success team on 0117 496 0123', { size: 13, name: 'support (old)' })),
  ], { padX: 64, pad: 24, gap: 18 }),
]);

const redirect = K.screen('redirect', '04 Off to Mindbody', X(3), 0, W, H, [
  statusBar(),
  col('Frame 210', [
    row('Frame 211', [logo('vec', 56, { fill: SAGE, name: 'PoseLink mark' }), vec('Vector', 24, { name: 'arrow' }), logo('img', 56, { ref: 'mb01' })], { gap: 24, widths: [56, 24, 56] }),
    t('Next stop: Mindbody', { size: 26, weight: 700 }),
    t('1  Mindbody opens in a new tab\n2  Sign in with your studio owner login and tap Allow\n3  You land straight back here while your history imports', { size: 16 }),
    btn('Continue to Mindbody', { kind: 'inst', comp: 'btnDefault', name: 'Btn', bg: SAGE, h: 56, to: 'syncing' }),
    btn('Back', { kind: 'link', color: MUTED, back: true }),
  ], { padX: 120, pad: 160, gap: 24 }),
], { fill: '#FBFAF7' });

const syncing = K.screen('syncing', '05 Importing', X(4), 0, W, H, [
  statusBar(),
  col('Frame 230', [
    ellipse('Ellipse 3', 64, { arc: true, stroke: SAGE }),
    t('Syncing 14 months of classes and payouts…', { size: 22, weight: 600 }),
    t('Usually under two minutes. You can keep setting up while this runs.', { size: 15, color: MUTED }),
    btn('Keep going', { kind: 'frame', bg: SAGE, h: 52, to: 'added' }),
  ], { padX: 140, pad: 320, gap: 20 }),
]);

const srcRow = (nm, ref, status, color) => row('Frame 250', [logo('img', 40, { ref }), col('Frame 251', [t(nm, { size: 16, weight: 600 }), t(status, { size: 13, color })], { gap: 2 })], { pad: 16, gap: 14, widths: [40, 500], stroke: '#E2E0E8', radius: 12 });
const added = K.screen('added', '06 Your sources', X(5), 0, W, H, [
  statusBar(),
  topNav('Sources'),
  col('Auto layout', [
    t('Nice — Mindbody is in', { size: 26, weight: 700 }),
    col('Frame 240', [
      row('Frame 241', [t('Setup strength', { size: 14, weight: 600, w: 200 }), t('2 of 3', { size: 14, color: SAGE, w: 80 })], { widths: [560, 80] }),
      row('Frame 242', [rect('Rectangle 30', 10, { fill: SAGE, radius: 5 }), rect('Rectangle 31', 10, { fill: '#DDE6DF', radius: 5 })], { gap: 0, widths: [430, 216] }),
      t('Add your accounting to reach full strength and unlock profit per class.', { size: 13, color: MUTED }),
    ], { gap: 8 }),
    srcRow('Mindbody', 'mb01', 'Connected ✓  ·  bookings since Jan 2024', SAGE),
    srcRow('Xero', 'xe05', 'Waiting for you to approve in Xero', '#B26A00'),
    btn('+ Add another source', { kind: 'link', color: SAGE, to: 'connect' }),
    btn('Go to my studio', { kind: 'inst', comp: 'btnDefault', name: 'Comp / Action / Large', bg: SAGE, h: 56, to: 'dash' }),
  ], { padX: 64, pad: 32, gap: 18 }),
]);

const tabBar = (active) => row('Tab bar', [['Home', 'dash'], ['Schedule', 'dash'], ['Payouts', 'dash'], ['Settings', 'settings']].map(([l, to]) => col('tab-item', [vec('Vector', 24), t(l, { size: 11, align: 'CENTER', color: l === active ? SAGE : MUTED, w: 60 })], { gap: 4, pad: 6, to })), { padX: 24, fill: '#FFFFFF', stroke: '#E2E0E8' });
const bar = (h, i) => rect(`Rectangle ${60 + i}`, h, { fill: '#A9C4AF', radius: 4 });
const dash = K.screen('dash', '07 Home', X(6), 0, W, H, [
  statusBar(),
  topNav('Saltwater Yoga'),
  col('Auto layout', [
    t('Good morning, Priya', { size: 26, weight: 700 }),
    row('Frame 300', [
      col('Frame 301', [t('This week', { size: 13, color: MUTED }), t('142 bookings', { size: 22, weight: 700 })], { pad: 16, fill: '#F3F6F3', radius: 12 }),
      col('Frame 302', [t('Next payout', { size: 13, color: MUTED }), t('£1,284.50 · Fri', { size: 22, weight: 700 })], { pad: 16, fill: '#F3F6F3', radius: 12 }),
    ], { gap: 16 }),
    col('Frame 310', [
      t('Payouts vs. costs', { size: 18, weight: 600 }),
      row('Chart', [120, 90, 140, 110, 160, 130].map((h, i) => bar(h, i)), { gap: 18, h: 170 }),
      col('Frame 312', [
        t('Costs are missing from this chart', { size: 15, weight: 600 }),
        t('Link Xero, QuickBooks Online or FreeAgent to see what each class really earns after rent and teacher pay.', { size: 14, color: MUTED }),
        btn('Link accounting', { kind: 'frame', name: 'Btn', bg: SAGE, h: 44, w: 200, to: 'connect' }),
      ], { pad: 16, gap: 8, fill: '#FFF8EC', radius: 12 }),
    ], { pad: 20, gap: 12, stroke: '#E2E0E8', radius: 16 }),
    row('Frame 320', [t('Today: 6 classes · 3 teachers', { size: 15 }), btn('Open schedule', { kind: 'link', color: SAGE })], { widths: [400, 200] }),
  ], { padX: 48, pad: 24, gap: 20 }),
  tabBar('Home'),
]);

const connCard = (nm, ref, first, last, state) => col('Frame 400', [
  row('Frame 401', [logo('img', 40, { ref }), t(nm, { size: 17, weight: 600 })], { gap: 12, widths: [40, 400] }),
  t(`First synced ${first}`, { size: 13, color: MUTED }),
  state === 'syncing'
    ? row('Frame 402', [ellipse('Ellipse 8', 16, { arc: true, stroke: SAGE }), t('Syncing now…', { size: 13, color: SAGE })], { gap: 8, widths: [16, 300] })
    : t(`Last synced ${last}`, { size: 13, color: MUTED }),
  row('Frame 403', [btn('Sync now', { kind: 'frame', bg: '#EEF3EF', fg: SAGE, h: 36, w: 120, size: 14, icon: true }), btn('Details', { kind: 'link', color: SAGE, size: 14 })], { gap: 16, widths: [120, 80] }),
], { pad: 20, gap: 8, stroke: '#E2E0E8', radius: 16, fill: '#FFFFFF' });
const conns = K.screen('conns', '08 Connected tools', X(7), 0, W, H, [
  statusBar(),
  topNav('Connected tools'),
  col('Auto layout', [
    t('Connected tools', { size: 26, weight: 700 }),
    row('Frame 410', [
      connCard('Mindbody', 'mb01', '3 Mar 2025, 09:12', '4 min ago', 'ok'),
      connCard('Xero', 'xe05', '3 Mar 2025, 09:20', '', 'syncing'),
    ], { gap: 16 }),
    row('Frame 411', [connCard('FreeAgent', 'fa07', '11 Apr 2025, 17:40', 'yesterday, 23:00', 'ok'), col('Frame 412', [vec('Vector', 24), btn('Add a tool', { kind: 'link', color: SAGE, to: 'connect' })], { pad: 40, gap: 8, stroke: '#C9D6CC', radius: 16 })], { gap: 16 }),
  ], { padX: 48, pad: 24, gap: 20 }),
  tabBar('Settings'),
]);

const upload = K.screen('upload', '09 Upload instead', X(8), 0, W, H, [
  statusBar(),
  topNav('Upload a file'),
  col('Auto layout', [
    t('No integration? No problem.', { size: 26, weight: 700 }),
    t('Export your bookings and payouts as a spreadsheet and drop it here. We\u2019ll match the columns for you.', { size: 16, color: MUTED }),
    col('Frame 500', [vec('Vector', 40, { name: 'upload' }), t('Drop a .csv or .xlsx file, or browse', { size: 15, align: 'CENTER' })], { pad: 64, gap: 12, stroke: '#9DB8A3', radius: 16, fill: '#F7FAF7' }),
    btn('Upload and continue', { kind: 'frame', bg: SAGE, h: 52, to: 'added' }),
  ], { padX: 64, pad: 32, gap: 20 }),
]);

const share = K.screen('share', '10 Hand it over', X(9), 0, W, H, [
  statusBar(),
  topNav('Invite a teammate'),
  col('Auto layout', [
    t('Someone else handles the books?', { size: 26, weight: 700 }),
    t('Send them a secure link to finish this step. Your progress is saved — pick up where you left off any time.', { size: 16, color: MUTED }),
    field('Their email', 'bookkeeper@example.co.uk'),
    btn('Send invite', { kind: 'group', bg: SAGE, h: 52, to: 'dash' }),
  ], { padX: 64, pad: 32, gap: 20 }),
]);

const pricing = K.screen('pricing', '11 Plans', X(10), 0, W, H, [
  statusBar(),
  col('Auto layout', [
    t('Simple plans for every studio', { size: 28, weight: 700 }),
    row('Frame 600', [
      col('Frame 601', [t('Starter', { size: 18, weight: 600 }), t('£29 / month', { size: 24, weight: 700 }), t('Up to 2 teachers\nOnline booking page', { size: 14, color: MUTED })], { pad: 20, gap: 8, stroke: '#E2E0E8', radius: 16 }),
      col('Frame 602', [t('Studio', { size: 18, weight: 600 }), t('£59 / month', { size: 24, weight: 700 }), t('Unlimited teachers\nPayout matching\nCancel anytime', { size: 14, color: MUTED })], { pad: 20, gap: 8, stroke: SAGE, radius: 16 }),
    ], { gap: 16 }),
    t('Premium — cancel anytime, no lock-in. Prices include VAT.', { size: 13, color: MUTED }),
  ], { padX: 64, pad: 48, gap: 24 }),
]);

const settings = K.screen('settings', '12 Settings', X(11), 0, W, H, [
  statusBar(),
  topNav('Settings'),
  col('Auto layout', ['Studio profile', 'Teachers & pay rates', 'Notifications', 'Connected tools'].map((l) => row('Frame 700', [t(l, { size: 16 }), vec('Vector', 16, { name: 'chevron' })], { pad: 18, widths: [640, 16], to: l === 'Connected tools' ? 'conns' : undefined })).concat([
    divider(),
    btn('Delete account', { kind: 'link', color: '#C62828' }),
  ]), { padX: 48, pad: 24, gap: 4 }),
  tabBar('Settings'),
]);

const email = K.screen('email', 'Welcome email', 80, 1500, 640, 900, [
  col('Frame 800', [
    logo('vec', 32, { fill: SAGE }),
    t('Welcome to PoseLink, Saltwater Yoga 👋', { size: 24, weight: 700 }),
    t('Three quick things and your studio runs itself:', { size: 15 }),
    t('1  Add this week\u2019s timetable\n2  Plug in Mindbody and your accounting — the step that makes payouts reconcile themselves\n3  Invite your teachers', { size: 15 }),
    btn('Link my tools', { kind: 'frame', bg: SAGE, h: 48, w: 220, url: 'https://app.poselink.example/setup/link' }),
    btn('Or finish setting up in the app', { kind: 'link', color: SAGE, url: 'https://app.poselink.example/' }),
    divider(),
    t('You\u2019re receiving this because you created a PoseLink account. Unsubscribe', { size: 11, color: MUTED }),
  ], { pad: 40, gap: 16 }),
], { fill: '#FFFFFF' });
const emailSection = K.section('Emails', 40, 1440, 720, 1000, [email]);

K.page('🧘 Onboarding flow v3', [signup, details, connect, redirect, syncing, added, dash, conns, upload, share, pricing, settings, emailSection], { start: [['signup', 'Studio sign-up']] });

// ---- archive page ----
K.startPage(40);
const oldConnect = K.screen('oldConnect', 'OLD / connect v1', 0, 0, W, H, [
  statusBar(),
  col('Auto layout', [
    t('Connect Mindbody in one click', { size: 26, weight: 700 }),
    btn('Connect', { kind: 'frame', bg: '#888888', h: 52 }),
    hide(t('Powered by an integration partner', { size: 12 })),
  ], { padX: 64, pad: 40, gap: 20 }),
]);
K.page('Archive', [oldConnect]);

const doc = K.finish(new URL(`../${NAME}.json`, import.meta.url), { name: 'PoseLink – Studio onboarding (iPad)', lastModified: '2025-05-14T10:22:41Z', version: '5820193311' });

const onb = 'funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof value.three-part value.contextual-ctas value.progress-meter privacy.data-scope privacy.trust-language privacy.disconnect-anytime privacy.statistics platform.explain-redirect platform.accurate-branding platform.alternatives platform.non-linear platform.multiple-connections connection.view-live connection.refresh connection.syncing-indicator'.split(' ');
const abs = 'funnel.prefill value.faq-link privacy.consent-action privacy.connection-guide privacy.support-contacts privacy.powered-by privacy.mutual-nda platform.grouped-categories platform.search connection.delete'.split(' ');
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'dev writer S (from the checklist facts and the REST format only; repository not read)',
  description: 'PoseLink, a bookings and payouts app for yoga studios on iPad portrait. Sign-up → studio basics → a "Bring your tools" screen that asks the studio to plug in its booking software (Mindbody etc.) and accounting, with a redirect explainer, an import spinner, a sources list with a strength meter, a home screen with an in-chart prompt, connection cards, CSV upload, teammate hand-off, a pricing dead end, a welcome email and an archive page.',
  present: onb,
  absent: abs,
  notes: {
    'funnel.greeting-email': 'Welcome email frame: numbered 1-2-3 list whose second item is plugging in Mindbody and accounting, plus a "Link my tools" button.',
    'funnel.three-actions': 'Sign up → Studio basics → Bring your tools: two steps.',
    'value.three-part': 'Connect screen: payout-matching benefit, a "What we read" box per software type, and one main "Link booking software" button.',
    'value.contextual-ctas': 'Home chart card "Costs are missing from this chart" with a Link accounting button.',
    'value.progress-meter': '"Setup strength 2 of 3" bar on the sources screen.',
    'privacy.data-scope': 'Lists what is read from booking and from accounting software, read-only, nothing written back.',
    'privacy.statistics': '"4,200+ studios sync their bookings with PoseLink every night."',
    'privacy.support-contacts': 'The only phone number is on a hidden layer; no support channel is visible anywhere.',
    'privacy.powered-by': 'Only a hidden layer on the archive page mentions a partner; nothing visible.',
    'platform.grouped-categories': 'Booking and accounting products are mixed in one grid without headings.',
    'platform.search': 'Eight cards, no search field.',
    'platform.non-linear': '"Send this step to my bookkeeper" and "I’ll do this later" on the connect screen; the invite screen says progress is saved.',
    'platform.multiple-connections': 'Sources list with "Connected ✓", a source waiting for approval and "+ Add another source".',
    'connection.delete': 'Connection cards offer Sync now and Details only; "Delete account" in settings is about the PoseLink account.',
    'connection.syncing-indicator': 'Spinner on the import screen and "Syncing now…" on the Xero card.',
  },
  flow: { startFrameId: K.keys.signup, connectFrameId: K.keys.connect, stepsToConnect: 2, deadEnds: [K.keys.pricing] },
};
writeFileSync(new URL(`../${NAME}.truth.json`, import.meta.url), `${JSON.stringify(truth, null, 2)}\n`);
console.log(NAME, 'nodes', countNodes(doc.document));

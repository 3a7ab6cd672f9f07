// d22 (negative): gym class booking app, iPhone 390x844, UK; device and calendar syncing, no business-software connection.
import { reseed, F, R, V, T, I, COMP, CSET, col, row, btnFrame, btnInst, btnGroup, link, search, logo, statusBar, screen, build } from './lib.mjs';

reseed(2222);
const W = 390; const H = 844; const CW = 350;
const ink = '#111111'; const sub = '#6F6F6F'; const lime = '#C6F432'; const dark = '#111111';
const tabs = (active) => row(null, 0, H - 84, 84, 0, ['Classes', 'Bookings', 'Profile'].map((l) => F(null, [0, 0, W / 3, 84], [
  V('Vector', [W / 6 - 12, 12, 24, 24], { fill: l === active ? ink : '#B0B0B0' }),
  T(l, [0, 40, W / 3, 16], { fs: 11, fw: 600, c: l === active ? ink : '#B0B0B0', align: 'CENTER' }),
], { go: [{ to: { Classes: 's_classes', Bookings: 's_booked', Profile: 's_profile' }[l] }] })), { fill: '#FFFFFF', stroke: '#EDEDED', w: W });
const pg = (key, name, x, y, parts, o = {}) => screen(key, name, x * (W + 80), y * (H + 120), W, H, [
  statusBar(W), col(null, 20, 60, CW, o.gap ?? 14, parts), ...(o.tabs ? [tabs(o.tabs)] : []),
], { fill: o.fill ?? '#FFFFFF' });
const card = (title, meta, rating, go) => F(null, [0, 0, CW, 84], [
  R(null, [12, 12, 60, 60], { fill: 'img:' + title.slice(0, 3).toLowerCase() + '77', r: 10 }),
  T(title, [84, 14, 200, 20], { fs: 16, fw: 700, c: ink }),
  T(meta, [84, 38, 250, 18], { fs: 13, c: sub }),
  T(rating, [84, 58, 200, 16], { fs: 12, c: sub }),
], { r: 14, fill: '#F6F6F6', go });
const chip = (t, on) => F(null, [0, 0, t.length * 9 + 28, 36], [T(t, [14, 9, t.length * 9, 18], { fs: 14, fw: 600, c: on ? dark : ink })], { r: 18, fill: on ? lime : '#F0F0F0' });

const flow = [
  pg('s_welcome', 'Onboarding 1', 0, 0, [
    R(null, [0, 0, CW, 420], { fill: 'img:hero2201', r: 24 }),
    T('Book classes at 40 Pulse studios', [0, 0, CW, 72], { fs: 30, fw: 800, c: '#FFFFFF' }),
    btnFrame('Get started', [0, 0, CW, 54], { fill: lime, tc: dark, r: 27, go: [{ to: 's_signup' }] }),
    T('Skip', [0, 0, CW, 20], { fs: 15, fw: 600, c: '#FFFFFF', align: 'CENTER', go: [{ to: 's_classes' }] }),
  ], { fill: dark }),
  pg('s_signup', 'Sign up', 1, 0, [
    T('Create your account', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
    ...['First name', 'Email', 'Password'].map((l) => F(null, [0, 0, CW, 52], [T(l, [16, 16, 300, 20], { fs: 16, c: '#9A9A9A' })], { r: 12, fill: '#F6F6F6' })),
    btnInst('Continue', 'c_pill', [0, 0, CW, 54], { fill: dark, go: [{ to: 's_goals' }] }),
    btnGroup('Continue with Apple', [0, 0, CW, 54], { fill: '#FFFFFF', tc: ink, r: 27 }),
  ]),
  pg('s_goals', 'Goals', 2, 0, [
    T('What gets you moving?', [0, 0, CW, 36], { fs: 26, fw: 800, c: ink }),
    row(null, 0, 0, 36, 8, [chip('Strength', true), chip('HIIT', false), chip('Yoga', true)]),
    row(null, 0, 0, 36, 8, [chip('Spin', false), chip('Pilates', false), chip('Boxing', false)]),
    F(null, [0, 0, CW, 90], [
      T('Weekly goal', [16, 14, 200, 18], { fs: 14, fw: 700, c: ink }),
      T('3 classes', [16, 40, 200, 28], { fs: 22, fw: 800, c: ink }),
    ], { r: 14, fill: '#F6F6F6' }),
    btnInst('Show me classes', 'c_pill', [0, 0, CW, 54], { fill: dark, go: [{ to: 's_classes' }] }),
  ]),
  pg('s_classes', 'Classes', 3, 0, [
    T('This week', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
    search('Search classes or coaches', [0, 0, CW, 44], { r: 22 }),
    T('Strength', [0, 0, CW, 24], { fs: 20, fw: 700, c: ink }),
    card('Barbell Club', 'Tue 07:00 · Shoreditch · 45 min', '4.9 ★ (312)', [{ to: 's_class' }]),
    T('Cardio', [0, 0, CW, 24], { fs: 20, fw: 700, c: ink }),
    card('Ride 45', 'Tue 18:30 · Angel · 45 min', '4.7 ★ (188)', [{ to: 's_class' }]),
    T('Mind\u00a0&\u00a0body', [0, 0, CW, 24], { fs: 20, fw: 700, c: ink }),
    card('Slow Flow', 'Wed 19:00 · Hackney · 60 min', '4.8 ★ (97)', [{ to: 's_class' }]),
  ], { tabs: 'Classes', gap: 10 }),
  pg('s_class', 'Class detail', 4, 0, [
    R(null, [0, 0, CW, 220], { fill: 'img:bar77big', r: 20 }),
    T('Barbell Club', [0, 0, CW, 32], { fs: 26, fw: 800, c: ink }),
    T('Tue 07:00–07:45 · Coach Remi · 6 spots left', [0, 0, CW, 20], { fs: 14, c: sub }),
    T('Squat, press, pull. Bring trainers and water; we bring the chalk.', [0, 0, CW, 44], { fs: 15, c: ink }),
    btnInst('Book · 1 credit', 'c_pill', [0, 0, CW, 54], { fill: lime, tc: dark, go: [{ to: 's_booked' }] }),
    T('Free cancellation up to 12 hours before', [0, 0, CW, 18], { fs: 12, c: sub, align: 'CENTER' }),
  ]),
  pg('s_booked', 'Booked', 5, 0, [
    T('You’re in! 💪', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
    T('Barbell Club · Tue 07:00 · Shoreditch', [0, 0, CW, 20], { fs: 15, c: sub }),
    F(null, [0, 0, CW, 110], [
      T('Sync to calendar', [16, 14, 300, 20], { fs: 16, fw: 700, c: ink }),
      row(null, 16, 50, 44, 10, [
        btnFrame('Google Calendar', [0, 0, 154, 44], { fill: '#FFFFFF', tc: ink, stroke: '#DDDDDD', fs: 13, r: 22 }),
        btnFrame('Apple Calendar', [0, 0, 154, 44], { fill: '#FFFFFF', tc: ink, stroke: '#DDDDDD', fs: 13, r: 22 }),
      ]),
    ], { r: 14, fill: '#F6F6F6' }),
    F(null, [0, 0, CW, 80], [
      T('Train with a mate', [16, 14, 300, 20], { fs: 16, fw: 700, c: ink }),
      link('Invite a friend — you both get a free class', [16, 44, 318, 20], { c: ink, u: true }),
    ], { r: 14, fill: lime }),
    link('Back to classes', [0, 0, CW, 20], { c: sub, go: [{ to: 's_classes' }] }),
  ], { tabs: 'Bookings' }),
  pg('s_watch', 'Watch', 0, 1, [
    R(null, [95, 0, 160, 160], { fill: 'img:watch2201', r: 32 }),
    T('Connect your Apple Watch', [0, 0, CW, 36], { fs: 26, fw: 800, c: ink, align: 'CENTER' }),
    T('See heart rate, calories and effort zones live on the studio screen.', [0, 0, CW, 44], { fs: 15, c: sub, align: 'CENTER' }),
    btnInst('Connect', 'c_pill', [0, 0, CW, 54], { fill: dark, go: [{ to: 's_devices' }] }),
    T('Not now', [0, 0, CW, 20], { fs: 15, fw: 600, c: sub, align: 'CENTER', go: [{ back: 1 }] }),
  ]),
  pg('s_devices', 'Devices', 1, 1, [
    T('Devices & apps', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
    F(null, [0, 0, CW, 76], [
      V('Vector', [16, 22, 32, 32], { fill: ink }),
      T('Apple Watch Series 9', [60, 14, 260, 20], { fs: 16, fw: 700, c: ink }),
      T('Synced 5 min ago', [60, 40, 260, 18], { fs: 13, c: sub }),
    ], { r: 14, fill: '#F6F6F6' }),
    F(null, [0, 0, CW, 76], [
      logo([16, 22, 32, 32], 'strava01'),
      T('Strava', [60, 14, 260, 20], { fs: 16, fw: 700, c: ink }),
      T('Post workouts automatically', [60, 40, 260, 18], { fs: 13, c: sub }),
    ], { r: 14, fill: '#F6F6F6' }),
    T('Unpair watch', [0, 0, CW, 20], { fs: 15, fw: 600, c: '#D92D20' }),
    link('Done', [0, 0, CW, 20], { c: ink, go: [{ to: 's_profile' }] }),
  ]),
  pg('s_membership', 'Membership', 2, 1, [
    T('Membership', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
    F(null, [0, 0, CW, 150], [
      T('Unlimited', [16, 16, 200, 24], { fs: 20, fw: 800, c: ink }),
      T('£89 / month', [16, 48, 200, 28], { fs: 22, fw: 700, c: ink }),
      T('Any class, any studio. Cancel anytime — no notice period.', [16, 88, 318, 40], { fs: 14, c: sub }),
    ], { r: 16, fill: lime }),
    F(null, [0, 0, CW, 120], [
      T('8-class pack', [16, 16, 200, 24], { fs: 20, fw: 800, c: ink }),
      T('£120 · valid 2 months', [16, 48, 300, 22], { fs: 16, c: ink }),
    ], { r: 16, fill: '#F6F6F6' }),
    btnInst('Choose Unlimited', 'c_pill', [0, 0, CW, 54], { fill: dark, go: [{ to: 's_profile' }] }),
  ]),
  pg('s_profile', 'Profile', 3, 1, [
    T('Sam', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
    F(null, [0, 0, CW, 80], [
      T('This week', [16, 12, 200, 18], { fs: 13, c: sub }),
      T('2 of 3 classes', [16, 34, 200, 22], { fs: 17, fw: 700, c: ink }),
      R(null, [16, 62, 318, 6], { fill: '#E5E5E5', r: 3 }), R(null, [16, 62, 212, 6], { fill: dark, r: 3 }),
    ], { r: 14, fill: '#F6F6F6' }),
    ...[['Membership', 's_membership'], ['Devices & apps', 's_watch'], ['Invite a friend', null], ['Help centre', 's_help']].map(([t, to]) => F(null, [0, 0, CW, 48], [T(t, [16, 14, 280, 20], { fs: 16, c: ink }), V('Vector', [CW - 30, 16, 14, 14], { stroke: sub })], { r: 12, stroke: '#EDEDED', go: to ? [{ to }] : undefined })),
    T('Delete account', [0, 0, CW, 20], { fs: 15, fw: 600, c: '#D92D20' }),
    T('Export my data', [0, 0, CW, 20], { fs: 15, c: sub, hidden: true }),
  ], { tabs: 'Profile', gap: 10 }),
  pg('s_help', 'Help centre', 4, 1, [
    T('Help centre', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
    search('How can we help?', [0, 0, CW, 44], { r: 22 }),
    T('Booking & cancelling\nCredits and packs\nFreezing your membership\nPairing a watch', [0, 0, CW, 100], { fs: 16, c: ink }),
    link('Back to profile', [0, 0, CW, 20], { c: sub, go: [{ to: 's_profile' }] }),
  ]),
];

const email = [F('Email/welcome', [0, 0, 600, 820], [
  col(null, 40, 40, 520, 16, [
    T('PULSE', [0, 0, 200, 28], { fs: 22, fw: 900, c: ink }),
    T('Welcome to the crew, Sam', [0, 0, 520, 36], { fs: 28, fw: 800, c: ink }),
    T('1  Book your first class\n2  Connect your Apple Watch for live stats\n3  Invite a friend — you both get a free class', [0, 0, 520, 80], { fs: 16, c: ink }),
    btnFrame('Book a class', [0, 0, 200, 48], { fill: dark, r: 24 }),
  ]),
], { fill: '#FFFFFF' })];

const comps = [CSET('Pill button', [0, 0, 800, 110], [
  COMP('Type=Dark, State=Default', [20, 20, 350, 54], [T('Label', [16, 17, 318, 20], { fs: 16, fw: 700, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_pill', fill: dark, r: 27, go: [{ to: 'c_pill_h', nav: 'CHANGE_TO', hover: 1 }] }),
  COMP('Type=Dark, State=Pressed', [420, 20, 350, 54], [T('Label', [16, 17, 318, 20], { fs: 16, fw: 700, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_pill_h', fill: '#333333', r: 27 }),
]), F('Specimen', [0, 160, 400, 100], [I('Type=Dark, State=Default', 'c_pill', [20, 20, 350, 54], [T('Connect', [16, 17, 318, 20], { fs: 16, fw: 700, c: '#FFFFFF', align: 'CENTER' })])])];

const ITEMS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];

const r = build('d22-negative-gym-booking', {
  name: 'Pulse — member app', lastModified: '2026-08-14T08:20:19Z', font: 'Satoshi',
  pages: [
    { name: 'App', prefix: 2, kids: flow, starts: [['s_welcome', 'First launch']] },
    { name: 'Emails', prefix: 11, kids: email },
    { name: 'Components', prefix: 15, kids: comps },
  ],
}, {
  kind: 'negative', flowPage: 0,
  description: 'Gym class booking app for a UK studio chain on iPhone: welcome carousel with Skip, sign-up, goals, classes grouped under category headings with search, booking with calendar sync and invite-a-friend, Apple Watch pairing, devices list, membership with cancel anytime, profile with Help centre and Delete account. No accounting, banking or commerce software is connected.',
  connectCandidates: [],
  present: [],
  absent: ITEMS,
  notes: {
    'funnel.greeting-email': 'The welcome email has a 1–3 list, but step 2 pairs a watch; no business-software connection.',
    'platform.grouped-categories': '"Strength", "Cardio", "Mind & body" head class cards, not integrations.',
    'platform.search': 'Searches classes and help articles, not integrations.',
    'connection.view-live': 'The devices list shows a watch "Synced 5 min ago" and Strava; no accounting, banking or commerce connection.',
    'connection.delete': '"Unpair watch" and "Delete account" are about a device and the member account.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the membership.',
    'platform.non-linear': '"Skip" is on the marketing carousel; "Invite a friend" is a referral offer.',
    'privacy.support-contacts': 'Only a self-serve Help centre; no phone, email or chat.',
  },
});
console.log(JSON.stringify(r));

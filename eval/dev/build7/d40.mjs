// d40-salon-bookings-tablet: a salon booking system's finance add-on (iPad landscape 1194x834).
// Connect step: a banner on the day calendar opens a modal; status appears as a toast and badges.
import { F, T, R, V, E, G, S, I, C, CS, V_, H_, auto, reseed, image, finalize, write, WRITTEN_BY } from './lib.mjs';

reseed(40);
const OUT = new URL('..', import.meta.url).pathname;
const W = 1194; const H = 834; const PLUM = '#7A2E5C'; const INK = '#241A22'; const MUTED = '#7C7079'; const CREAM = '#FBF7F4';

const pill = (label, x, y, w, p = {}) => G(auto('Group'), x, y, w, 44, [R(auto('Rectangle'), 0, 0, w, 44, { r: 22, fill: p.fill ?? PLUM }), T(label, 0, 12, w, 20, { size: 15, weight: 600, color: p.color ?? '#FFFFFF', align: 'CENTER' })], p);
const btnI = (label, x, y, w, p = {}) => I('Btn', 'btn', x, y, w, 44, { r: 10, fill: PLUM, ...p }, [T(label, 0, 12, w, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const logo = (ref, x, y, s = 40) => R(auto('Rectangle'), x, y, s, s, { r: 10, fills: [image(ref)] });
const rail = (active, links = {}) => F(auto('Frame'), 0, 0, 88, H, { fill: INK }, [
  V('Chairlink mark', 24, 28, 40, 40, { fill: '#F3C6DD' }),
  V_(auto('Frame'), 0, 110, 88, 420, { gap: 8 }, ['Diary', 'Clients', 'Staff', 'Money', 'Help'].map((t) => G(auto('Group'), 0, 0, 88, 64, [V('Vector', 32, 8, 24, 24, { fill: t === active ? '#F3C6DD' : '#9C8F99' }), T(t, 0, 38, 88, 16, { size: 11, align: 'CENTER', color: t === active ? '#FFFFFF' : '#9C8F99' })], links[t] ? { go: { to: links[t], nav: 'SWAP' } } : {}))),
]);
const screen = (name, i, kids, p = {}) => F(name, (i % 4) * 1300, Math.floor(i / 4) * 960, W, H, { fill: CREAM, ...p }, kids);
const support = () => T('Need a hand? Call 0113 496 0000 \u00b7 hello@chairlink.app \u00b7 or chat with us', 0, 0, 560, 18, { size: 12, color: MUTED });

const components = [
  CS('Tile', 0, 0, 500, 220, [
    C('State=Default', 'tile', 20, 20, 200, 96, { r: 14, fill: '#FFFFFF', stroke: '#E8DDE3' }),
    C('State=Connected', 'tileOk', 260, 20, 200, 96, { r: 14, fill: '#FFFFFF', stroke: '#2E7D5B' }),
  ]),
  C('Btn', 'btn', 0, 260, 200, 44, { r: 10, fill: PLUM }, [T('Button', 0, 12, 200, 20, { size: 15, color: '#FFFFFF', align: 'CENTER' })]),
  C('Toast', 'toast', 0, 340, 420, 56, { r: 12, fill: INK }),
];

const welcome = screen('Welcome', 0, [
  R(auto('Rectangle'), 0, 0, 597, H, { fills: [image('9a0c11de5b7f')] }),
  V_('Auto layout', 680, 260, 420, 320, { gap: 20 }, [
    V('Chairlink logo', 0, 0, 160, 36, { fill: PLUM }),
    T('Your whole salon, on one screen', 0, 0, 420, 72, { size: 30, weight: 700 }),
    T('Bookings, clients and now your takings.', 0, 0, 420, 22, { size: 16, color: MUTED }),
    pill('Sign in', 0, 0, 420, { go: { to: 'signin' } }),
  ]),
], { key: 'welcome' });

const signin = screen('Sign in', 1, [
  V_('Auto layout', 397, 200, 400, 420, { gap: 16 }, [
    T('Welcome back', 0, 0, 400, 34, { size: 28, weight: 700 }),
    ...['Salon email', 'Password'].map((t) => F(auto('Frame'), 0, 0, 400, 48, { r: 10, stroke: '#D9CDD4' }, [T(t, 14, 14, 300, 20, { size: 15, color: '#A89CA5' })])),
    btnI('Sign in', 0, 0, 400, { go: { to: 'diary' } }),
    T('Terms & privacy', 0, 0, 400, 18, { size: 13, color: MUTED, align: 'CENTER', deco: 'UNDERLINE', go: { to: 'terms' } }),
  ]),
], { key: 'signin' });

const terms = screen('Terms', 2, [
  T('Terms of use', 120, 80, 700, 36, { size: 28, weight: 700 }),
  T('1  Using Chairlink\n2  Your salon\u2019s data\n3  Payments and the Money add-on\n4  Ending your account\n\nLast updated 4 September 2026. These terms explain what you can expect from us and what we ask of you in return.', 120, 140, 900, 220, { size: 16, color: MUTED }),
], { key: 'terms' });

const appt = (x, y, h, who, what, col) => F(auto('Frame'), x, y, 220, h, { r: 8, fill: col, go: { to: 'apptpop', nav: 'OVERLAY' } }, [T(who, 10, 8, 200, 18, { size: 13, weight: 600 }), T(what, 10, 28, 200, 16, { size: 12, color: MUTED })]);
const diary = screen('Diary \u2014 today', 3, [
  rail('Diary', { Money: 'money', Help: 'help' }),
  F('Banner', 112, 20, 1058, 64, { r: 14, fill: '#F3C6DD' }, [
    V('Sparkle', 20, 20, 24, 24, { fill: PLUM }),
    T('New: Chairlink Money \u2014 see card takings and costs side by side', 56, 22, 640, 20, { size: 15, weight: 600 }),
    pill('Plug in your till \u2192', 818, 10, 220, { go: { to: 'modal', nav: 'OVERLAY' } }),
  ]),
  H_('Columns', 112, 110, 1058, 700, { gap: 16 }, ['Amara', 'Leon', 'Priya', 'Tom'].map((n, i) => V_(auto('Frame'), 0, 0, 250, 700, { gap: 10 }, [
    H_(auto('Frame'), 0, 0, 250, 40, { gap: 10 }, [E(auto('Ellipse'), 0, 0, 36, 36, { fills: [image(`st${i}`)] }), T(n, 0, 8, 160, 20, { size: 15, weight: 600 })]),
    appt(0, 0, 90, 'Keisha O.', '10:00 Cut & finish', '#FDE7F1'),
    appt(0, 0, 140, 'Dom R.', '11:30 Balayage', '#E9F2FF'),
    appt(0, 0, 70, 'Walk-in', '14:00 Beard trim', '#EAF6EE'),
  ]))),
], { key: 'diary' });

const apptpop = F('Appointment popover', 1300, 960, W, H, { fill: '#00000040', key: 'apptpop' }, [
  V_('Card', 400, 250, 394, 300, { fill: '#FFFFFF', r: 16, pad: 20, gap: 10 }, [
    T('Keisha O. \u00b7 Cut & finish', 0, 0, 354, 22, { size: 18, weight: 700 }),
    T('Today 10:00\u201310:45 with Amara \u00b7 £48', 0, 0, 354, 20, { size: 14, color: MUTED }),
    pill('Check out', 0, 0, 354, {}),
    T('Reschedule', 0, 0, 354, 20, { size: 14, color: PLUM }),
    T('Delete appointment', 0, 0, 354, 20, { size: 14, color: '#B42318' }),
    T('Close', 0, 0, 354, 20, { size: 14, color: MUTED, go: { close: true } }),
  ]),
]);

const tile = (nm, ref, go) => I('State=Default', 'tile', 0, 0, 170, 96, { r: 14, fill: '#FFFFFF', stroke: '#E8DDE3', go: go ? { to: go } : undefined }, [logo(ref, 65, 14), T(nm, 0, 62, 170, 20, { size: 14, weight: 600, align: 'CENTER' })]);
const modal = F('Money \u2014 plug in modal', 2600, 960, W, H, { fill: '#241A2299', key: 'modal' }, [
  F('Modal', 147, 40, 900, 754, { r: 20, fill: '#FFFFFF' }, [
    V('Close', 856, 24, 18, 18, { fill: INK, go: { close: true } }),
    V_('Auto layout', 40, 36, 820, 690, { gap: 16 }, [
      T('Stop adding up the till at 7pm', 0, 0, 820, 34, { size: 28, weight: 700 }),
      T('Plug in your card machine and your books and Chairlink matches every payment to its appointment.', 0, 0, 820, 44, { size: 16, color: MUTED }),
      H_(auto('Frame'), 0, 0, 820, 208, { gap: 16 }, [
        V_('Tiles', 0, 0, 560, 208, { gap: 16 }, [
          H_(auto('Frame'), 0, 0, 560, 96, { gap: 12 }, [tile('Square', 'p1', 'square'), tile('Zettle', 'p2', 'square'), tile('SumUp', 'p3', 'square')]),
          H_(auto('Frame'), 0, 0, 560, 96, { gap: 12 }, [tile('QuickBooks', 'p4', 'square'), tile('Sage', 'p5', 'square'), tile('Xero', 'p6', 'square')]),
        ]),
        V_('Proof', 0, 0, 244, 208, { fill: CREAM, r: 14, pad: 16, gap: 8 }, [
          T('3,400 salons', 0, 0, 212, 28, { size: 22, weight: 700 }),
          T('already reconcile with Chairlink Money', 0, 0, 212, 36, { size: 13, color: MUTED }),
          T('\u201CMonth-end went from a whole Sunday to ten minutes.\u201D\n\u2014 Jess Marlow, owner, Fade Room Leeds', 0, 0, 212, 90, { size: 13 }),
        ]),
      ]),
      T('\u{1F512} Bank-level encryption. Your salon\u2019s figures are never shared with third parties. Unplug any time from Money \u203a Connections.', 0, 0, 820, 40, { size: 14 }),
      H_(auto('Frame'), 0, 0, 820, 24, { gap: 10 }, [R(auto('Rectangle'), 0, 2, 20, 20, { r: 5, fill: '#FFFFFF', stroke: '#9C8F99' }), T('I\u2019m happy for Chairlink to use my data as set out in the Privacy Policy', 0, 2, 760, 20, { size: 14 })]),
      T('Till not listed? Upload your end-of-day reports as a spreadsheet instead', 0, 0, 820, 20, { size: 14, color: PLUM, deco: 'UNDERLINE' }),
      T('Why plug in? Read the FAQs', 0, 0, 820, 20, { size: 14, color: PLUM, deco: 'UNDERLINE' }),
      H_(auto('Frame'), 0, 0, 820, 20, { gap: 8 }, [T('Powered by', 0, 2, 70, 16, { size: 11, color: MUTED }), V('Railyard wordmark', 0, 2, 64, 14, { fill: '#3E3440' })]),
      support(),
    ]),
  ]),
]);

const square = screen('Square sign-in (external)', 7, [
  R(auto('Rectangle'), 0, 0, W, 72, { fill: '#000000' }),
  V_('Auto layout', 397, 180, 400, 420, { gap: 16 }, [
    T('Sign in to Square', 0, 0, 400, 30, { size: 24, weight: 600 }),
    F(auto('Frame'), 0, 0, 400, 48, { r: 6, stroke: '#CCCCCC' }, [T('Email or phone number', 14, 14, 300, 20, { size: 15, color: '#999999' })]),
    T('Chairlink would like access to your Square account.', 0, 0, 400, 40, { size: 14, color: '#555555' }),
    F(auto('Frame'), 0, 0, 400, 48, { r: 6, fill: '#006AFF', go: { to: 'money' } }, [T('Allow', 0, 14, 400, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
], { key: 'square' });

const money = screen('Money \u2014 overview', 8, [
  rail('Money', { Diary: 'diary', Help: 'help' }),
  V_('Auto layout', 112, 24, 1058, 780, { gap: 20 }, [
    H_(auto('Frame'), 0, 0, 1058, 36, { gap: 16 }, [T('Money', 0, 0, 700, 34, { size: 28, weight: 700 }), T('Connections', 0, 8, 120, 20, { size: 15, color: PLUM, go: { to: 'conns', nav: 'SWAP' } })]),
    H_(auto('Frame'), 0, 0, 1058, 300, { gap: 16 }, [
      F(auto('Frame'), 0, 0, 680, 300, { r: 14 }, [T('Card takings this week', 20, 18, 400, 20, { size: 16, weight: 600 }), R('Chart', 20, 56, 640, 220, { fill: '#F6EEF2' }), E('Spinner', 300, 150, 24, 24, { fill: null, stroke: PLUM }), T('Importing today\u2019s payments\u2026', 240, 184, 220, 18, { size: 13, color: MUTED })]),
      V_('Profit card', 0, 0, 362, 300, { fill: '#FFFFFF', r: 14, pad: 20, gap: 12 }, [
        T('Profit after costs', 0, 0, 322, 22, { size: 17, weight: 700 }),
        T('Add your accounting software and we\u2019ll take rent, stock and wages off your takings.', 0, 0, 322, 60, { size: 14, color: MUTED }),
        btnI('Connect your books', 0, 0, 200, { go: { to: 'modal', nav: 'OVERLAY' } }),
      ]),
    ]),
  ]),
  I('Toast', 'toast', 387, 740, 420, 56, { r: 12, fill: INK }, [V('Tick', 16, 18, 20, 20, { fill: '#7CD4A5' }), T('Square is plugged in \u2713', 48, 18, 340, 20, { size: 15, weight: 600, color: '#FFFFFF' })]),
], { key: 'money' });

const conn = (nm, ref, badge, meta) => F(auto('Frame'), 0, 0, 1058, 88, { r: 14 }, [logo(ref, 20, 24), T(nm, 76, 20, 300, 20, { size: 16, weight: 600 }), T(meta, 76, 46, 600, 18, { size: 13, color: MUTED }), badge]);
const conns = screen('Money \u2014 connections', 9, [
  rail('Money', { Diary: 'diary', Help: 'help' }),
  V_('Auto layout', 112, 24, 1058, 780, { gap: 14 }, [
    H_(auto('Frame'), 0, 0, 1058, 36, { gap: 16 }, [T('Connections', 0, 0, 700, 34, { size: 28, weight: 700 }), T('Overview', 0, 8, 120, 20, { size: 15, color: PLUM, go: { to: 'money', nav: 'SWAP' } })]),
    conn('Square', 'p1', F(auto('Frame'), 900, 30, 120, 28, { r: 14, fill: '#E4F4EB' }, [T('Live \u2713', 0, 5, 120, 18, { size: 13, weight: 600, color: '#1E6B45', align: 'CENTER' })]), 'Plugged in 2 Nov 2026 \u00b7 last updated today 10:42 \u00b7 Fade Room Leeds \u00b7 GBP'),
    conn('QuickBooks', 'p4', F(auto('Frame'), 860, 30, 160, 28, { r: 14, fill: '#FFF1D6' }, [T('Finish signing in', 0, 5, 160, 18, { size: 13, weight: 600, color: '#8A5300', align: 'CENTER' })]), 'Started 2 Nov 2026 \u2014 waiting for you to approve'),
    H_(auto('Frame'), 0, 0, 1058, 44, { gap: 16 }, [pill('\u21bb Refresh now', 0, 0, 180, { fill: '#FFFFFF', color: PLUM }), pill('+ Plug in another', 0, 0, 200, { go: { to: 'modal', nav: 'OVERLAY' } })]),
    support(),
  ]),
], { key: 'conns' });

const help = screen('Help', 10, [
  rail('Help', { Diary: 'diary', Money: 'money' }),
  V_('Auto layout', 112, 40, 700, 500, { gap: 16 }, [
    T('Ask us anything', 0, 0, 700, 34, { size: 28, weight: 700 }),
    T('Phone 0113 496 0000 (Mon\u2013Sat 8\u20138)\nEmail hello@chairlink.app\nLive chat from the bubble, bottom right', 0, 0, 700, 70, { size: 16 }),
    T('Raise a support request', 0, 0, 300, 20, { size: 15, color: PLUM, deco: 'UNDERLINE' }),
  ]),
  E('Chat bubble', 1110, 750, 56, 56, { fill: PLUM }),
], { key: 'help' });

const plan = screen('Plan & add-ons', 11, [
  rail('Money', { Diary: 'diary' }),
  V_('Auto layout', 112, 40, 700, 400, { gap: 16 }, [
    T('Your plan', 0, 0, 700, 34, { size: 28, weight: 700 }),
    T('Chairlink Salon \u00b7 £39 a month\nMoney add-on \u00b7 £9 a month \u2014 cancel anytime', 0, 0, 700, 44, { size: 16 }),
    T('Remove staff member', 0, 0, 300, 20, { size: 14, color: '#B42318', hidden: true }),
  ]),
], { key: 'plan' });

const flow = [S('iPad \u2014 Money add-on', 0, 0, 5200, 2800, [welcome, signin, terms, diary, apptpop, modal, square, money, conns, help, plan])];
apptpop._x = 1300; apptpop._y = 960; modal._x = 2600; modal._y = 960;

const cover = [F('Cover', 0, 0, 1600, 1200, { fill: PLUM }, [T('Chairlink Money \u2014 iPad', 120, 520, 1300, 80, { size: 72, weight: 700, color: '#FFFFFF' }), T('\u{1F7E2} Approved for build', 120, 620, 600, 30, { size: 26, color: '#F3C6DD' })])];
const archive = [F('Diary (2025)', 0, 0, W, H, { fill: '#FFFFFF' }, [T('Diary', 40, 40, 300, 34, { size: 28, weight: 700 })])];

const built = finalize({ name: 'Chairlink \u2014 Money add-on (iPad)', lastModified: '2026-11-20T08:47:13Z', version: '4420087761' }, [
  { name: 'Cover', prefix: 0, first: 4, children: cover },
  { name: 'Flows', prefix: 7, children: flow, startId: 'welcome' },
  { name: 'Library', prefix: 61, children: components },
  { name: 'Archive \u2014 do not use', prefix: 97, children: archive },
]);
const id = built.res;
write(OUT, 'd40-salon-bookings-tablet', built, {
  file: 'd40-salon-bookings-tablet.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Salon booking system finance add-on on iPad landscape. After sign-in, a banner on the day diary opens a modal with a flat grid of till and accounting tiles, a salon count and testimonial, reassurance and consent; a mocked Square sign-in leads to a Money overview with a toast and importing spinner, a connections list with badges and refresh, a help screen and a plan page.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.faq-link', 'privacy.trust-language', 'privacy.consent-action',
    'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'platform.alternatives', 'platform.multiple-connections',
    'connection.view-live', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'value.three-part', 'value.progress-meter', 'privacy.data-scope', 'privacy.mutual-nda', 'privacy.connection-guide',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'connection.delete'],
  notes: {
    'funnel.three-actions': 'Welcome → Sign in → Diary (banner "Plug in your till"): 2 steps; start set by prototypeStartNodeID only.',
    'value.three-part': 'Modal states the benefit and shows tiles, but never says how the payment/accounts data is used.',
    'privacy.data-scope': 'Nothing says which data is read from the till or books, or in which direction it goes.',
    'platform.grouped-categories': 'Tills and accounting packages share one flat grid with no headings.',
    'platform.accurate-branding': 'Bare names "QuickBooks", "Sage", "Zettle" without product editions.',
    'platform.explain-redirect': 'Tapping a tile jumps straight to the Square sign-in with no explanation.',
    'connection.delete': 'Connections list has refresh and add-another but no way to unplug; "Delete appointment" is about bookings.',
    'value.contextual-ctas': 'Profit card on Money overview: "Connect your books".',
    'platform.non-linear': 'Left unlabelled: only a modal close button, no save-for-later or hand-off.',
  },
  flow: { startFrameId: id('welcome'), connectFrameId: id('diary'), stepsToConnect: 2, deadEnds: [id('terms')] },
});

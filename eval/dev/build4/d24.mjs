// d24: tips and payroll for restaurants, desktop 1440, wizard with a top stepper.
import { Doc, writeOut, WRITTEN_BY } from './lib.mjs';
import { validate } from './validate.mjs';

const NAME = 'd24-hospitality-payroll-desktop';
const d = new Doc(NAME);
const W = 1440;
const H = 1024;
const PLUM = '#7C3AED';
const INK = '#18181B';
const MUTED = '#71717A';
const LINE = '#E4E4E7';

// --- components -------------------------------------------------------------
const compPage = d.page('\ud83e\udde9 Components', 5);
const vDefault = d.component('State=Default', [0, 0, 220, 48], { fill: PLUM, r: 10 }, [d.T('Button', [12, 14, 196, 20], { s: 15, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const vHover = d.component('State=Hover', [0, 70, 220, 48], { fill: '#6D28D9', r: 10 }, [d.T('Button', [12, 84, 196, 20], { s: 15, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const cTile = d.component('Comp / Tile / Integration', [300, 0, 200, 120], { fill: '#FFFFFF', stroke: LINE, r: 12 }, [d.R('Rectangle 1', [316, 16, 40, 40], { fill: '#F4F4F5', r: 8 })]);
const cStep = d.component('stepper item', [560, 0, 180, 32], {}, [d.E('Ellipse 4', [560, 4, 24, 24]), d.T('Step', [592, 8, 140, 18], { s: 13 })]);
d.place(compPage, [d.componentSet('Comp / Action / Large', [vDefault, vHover]), cTile, cStep], 0, 0, 80);

// --- emails page --------------------------------------------------------------
const mail = d.page('Emails', 9);
d.place(mail, [d.F('Email / Welcome', [0, 0, 640, 1100], { fill: '#FAFAFA', layout: 'VERTICAL', pad: 40 }, [
  d.V('Vector', [40, 40, 110, 28], { fill: PLUM, name: 'wordmark' }),
  d.T('Welcome to Tipwell, Jordan \ud83c\udf7d\ufe0f', [40, 110, 560, 36], { s: 28, w: 700, color: INK }),
  d.P('Tonight\u2019s tip-out can be the last one you do on paper. Three things get you there:', 40, 170, 560, { s: 16, color: MUTED }),
  d.F('Frame 12', [40, 240, 560, 240], { layout: 'VERTICAL', gap: 16 }, [
    d.P('1  Add your restaurant and locations (done!)', 40, 240, 560, { s: 16, color: INK }),
    d.P('2  Plug in your POS and payroll — this is what makes tips calculate themselves', 40, 290, 560, { s: 16, w: 600, color: INK }),
    d.P('3  Run your first tip-out', 40, 350, 560, { s: 16, color: INK }),
  ]),
  d.btn('frame', 'Plug in my POS', [40, 520, 260, 52], { bg: PLUM, r: 10, url: 'https://app.tipwell.example/connect', num: 13 }),
  d.btn('link', 'Or add your payroll provider first \u2192', [40, 596, 400, 22], { fg: PLUM, deco: 'UNDERLINE', url: 'https://app.tipwell.example/connect?cat=payroll' }),
  d.T('Tipwell · 210 Market St, Denver CO · Unsubscribe', [40, 1040, 560, 18], { s: 12, color: MUTED }),
])]);

// --- wizard page ----------------------------------------------------------------
const flow = d.page('Wizard flow', 2);
const S = d.ids(['signup', 'restaurant', 'locations', 'team', 'connect', 'choose', 'status', 'dash', 'conns', 'confirm', 'pricing', 'staff']);
const STEPS = ['Restaurant', 'Locations', 'Team', 'Connect', 'Done'];
const stepper = (cur) => d.F('Frame 2201', [0, 0, W, 80], { fill: '#FFFFFF', stroke: LINE, layout: 'HORIZONTAL', gap: 24, pad: 24 }, [
  d.V('Vector', [40, 26, 100, 28], { fill: PLUM, name: 'wordmark' }),
  d.F('Auto layout', [320, 24, 900, 32], { layout: 'HORIZONTAL', gap: 16 }, STEPS.map((s, i) => d.I(cStep.id, 'stepper item', [320 + i * 180, 24, 180, 32], {}, [
    d.E('Ellipse 4', [320 + i * 180, 28, 24, 24], { fill: i < cur ? PLUM : i === cur ? '#EDE9FE' : '#F4F4F5', stroke: i === cur ? PLUM : undefined }),
    d.T(`${i + 1}  ${s}`, [352 + i * 180, 32, 140, 18], { s: 13, w: i === cur ? 600 : 400, color: i <= cur ? INK : MUTED }),
  ]))),
]);
const field = (label, value, x, y, w, n) => d.F(`Frame ${n}`, [x, y, w, 76], { layout: 'VERTICAL', gap: 6 }, [
  d.T(label, [x, y, w, 18], { s: 13, w: 500, color: MUTED }),
  d.F(`Frame ${n + 1}`, [x, y + 24, w, 48], { stroke: LINE, r: 8, layout: 'HORIZONTAL', pad: 12 }, [d.T(value, [x + 12, y + 38, w - 24, 20], { s: 15, color: INK })]),
]);
const next = (label, go, x = 1000, y = 900) => d.I(vDefault.id, 'cta/primary', [x, y, 220, 48], { fill: PLUM, r: 10, go, change: undefined }, [d.T(label, [x + 12, y + 14, 196, 20], { s: 15, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const sidebar = (active) => d.F('Frame 3001', [0, 0, 240, H], { fill: '#FAFAFA', stroke: LINE, layout: 'VERTICAL', gap: 4, pad: 16 }, [
  d.V('Vector', [24, 24, 100, 28], { fill: PLUM, name: 'wordmark' }),
  ...[['Tip-outs', S.dash], ['Staff', S.staff], ['Payroll runs', null], ['Connections', S.conns], ['Settings', null]].map(([t, go], i) => d.F(`Frame ${3010 + i}`, [16, 90 + i * 44, 208, 36], { fill: t === active ? '#EDE9FE' : undefined, r: 8, layout: 'HORIZONTAL', pad: 8, go: go ?? undefined }, [
    d.V('Vector', [28, 100 + i * 44, 16, 16], { color: t === active ? PLUM : MUTED }),
    d.T(t, [54, 98 + i * 44, 160, 20], { s: 14, w: t === active ? 600 : 400, color: t === active ? PLUM : INK }),
  ])),
]);

const scr = [];
scr.push(d.screen('Sign up', W, H, [
  d.R('Rectangle 7', [0, 0, 720, H], { img: 'restaurant-pass', r: 0 }),
  d.F('Frame 101', [820, 200, 520, 620], { layout: 'VERTICAL', gap: 16 }, [
    d.T('Start your free trial', [820, 200, 520, 40], { s: 32, w: 700, color: INK }),
    field('Work email', 'jordan@casaverde.example', 820, 270, 520, 102),
    field('Password', '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022', 820, 360, 520, 104),
    next('Create account', S.restaurant, 820, 470),
    d.T('By creating an account you accept the Terms.', [820, 534, 520, 18], { s: 12, color: MUTED }),
  ]),
], { id: S.signup }));
scr.push(d.screen('01 Restaurant', W, H, [stepper(0),
  d.T('Tell us about your restaurant', [420, 160, 600, 36], { s: 28, w: 700, color: INK }),
  field('Restaurant name', 'Casa Verde', 420, 230, 600, 110),
  field('Service style', 'Full service · Bar', 420, 320, 600, 112),
  field('Tip pooling', 'Servers tip out bar 2%, bussers 1%', 420, 410, 600, 114),
  d.btn('link', 'See pricing', [420, 910, 120, 20], { fg: PLUM, go: S.pricing }),
  next('Continue', S.locations),
], { id: S.restaurant }));
scr.push(d.screen('02 Locations', W, H, [stepper(1),
  d.T('Locations', [420, 160, 600, 36], { s: 28, w: 700, color: INK }),
  ...['Casa Verde — LoHi', 'Casa Verde — Cherry Creek'].map((t, i) => d.F(`Frame ${220 + i}`, [420, 230 + i * 72, 600, 60], { stroke: LINE, r: 10, layout: 'HORIZONTAL', pad: 16 }, [
    d.T(t, [436, 250 + i * 72, 360, 20], { s: 15, w: 500, color: INK }),
    d.T('Delete location', [880, 250 + i * 72, 120, 20], { s: 13, color: '#DC2626' }),
  ])),
  d.T('+ Add a location', [420, 390, 200, 20], { s: 14, w: 600, color: PLUM }),
  next('Continue', S.team),
], { id: S.locations }));
scr.push(d.screen('03 Team', W, H, [stepper(2),
  d.T('Your team and pay schedule', [420, 160, 600, 36], { s: 28, w: 700, color: INK }),
  field('Tipped employees', '38', 420, 230, 290, 130),
  field('Pay schedule', 'Every other Friday', 730, 230, 290, 132),
  next('Continue', S.connect),
], { id: S.team }));

// Connect step: value, use of data, next step; proof, stats, powered-by.
scr.push(d.screen('04 Connect', W, H, [stepper(3),
  d.F('Frame 400', [160, 130, 1120, 760], { layout: 'HORIZONTAL', gap: 48 }, [
    d.F('Frame 401', [160, 130, 640, 760], { layout: 'VERTICAL', gap: 20 }, [
      d.P('Let tips calculate themselves', 160, 150, 640, { s: 32, w: 700, color: INK }),
      d.P('Hook up your POS and payroll once and every shift\u2019s tip-out is ready before close — no spreadsheets, no re-keying into payroll.', 160, 210, 640, { s: 17, color: MUTED }),
      d.F('Frame 402', [160, 300, 640, 200], { fill: '#F5F3FF', r: 12, layout: 'VERTICAL', pad: 20, gap: 12 }, [
        d.F('Frame 403', [180, 320, 600, 60], { layout: 'HORIZONTAL', gap: 12 }, [
          d.V('Vector', [180, 322, 20, 20], { color: PLUM }),
          d.P('From your POS we bring in closed checks and tip lines, per server and per shift.', 212, 320, 560, { s: 15, color: INK }),
        ]),
        d.F('Frame 404', [180, 390, 600, 60], { layout: 'HORIZONTAL', gap: 12 }, [
          d.V('Vector', [180, 392, 20, 20], { color: PLUM }),
          d.P('To your payroll provider we send each employee\u2019s tip total at the end of every pay period.', 212, 390, 560, { s: 15, color: INK }),
        ]),
      ]),
      d.P('Change your mind later? Either system can be unplugged from Connections whenever you like.', 160, 520, 640, { s: 14, color: MUTED }),
      d.I(vDefault.id, 'cta/primary', [160, 580, 280, 52], { fill: PLUM, r: 10, go: S.choose, change: vHover.id }, [d.T('Connect your POS', [172, 596, 256, 20], { s: 16, w: 600, color: '#FFFFFF', align: 'CENTER' })]),
      d.G('Group 41', [d.T('Powered by', [160, 660, 80, 16], { s: 12, color: MUTED }), d.V('Vector', [244, 658, 60, 20], { fill: INK, name: 'codat-logo' })]),
    ]),
    d.F('Frame 410', [848, 130, 432, 420], { fill: '#FAFAFA', r: 16, layout: 'VERTICAL', pad: 28, gap: 16 }, [
      d.T('\u2605\u2605\u2605\u2605\u2605', [876, 158, 200, 22], { s: 18, color: '#F59E0B' }),
      d.P('\u201cTip-out used to eat three hours every Sunday. Now it\u2019s ten minutes, and nobody argues about the numbers.\u201d', 876, 196, 376, { s: 17, w: 500, color: INK }),
      d.G('Group 12', [d.E('Ellipse 7', [876, 330, 40, 40], { img: 'maria' }), d.T('Maria L\u00f3pez', [928, 330, 300, 20], { s: 14, w: 600 }), d.T('GM, Casa Verde Group (4 locations)', [928, 352, 300, 18], { s: 13, color: MUTED })]),
      d.L('Line 1', [876, 400, 376, 0]),
      d.T('4,200+ restaurants run tips on Tipwell', [876, 420, 376, 22], { s: 16, w: 600, color: INK }),
    ]),
  ]),
  d.btn('link', 'Back', [160, 910, 60, 20], { fg: MUTED, back: true }),
], { id: S.connect }));

// Choose: search + grouped by category, bare names & placeholder logos; invite / finish later.
const cat = (title, names, y, n) => d.F(`Frame ${n}`, [160, y, 1120, 170], { layout: 'VERTICAL', gap: 12 }, [
  d.T(title, [160, y, 400, 24], { s: 18, w: 600, color: INK }),
  d.F(`Frame ${n + 1}`, [160, y + 36, 1120, 120], { layout: 'HORIZONTAL', gap: 16 }, names.map((nm, i) => d.I(cTile.id, 'Comp / Tile / Integration', [160 + i * 216, y + 36, 200, 120], { fill: '#FFFFFF', stroke: LINE, r: 12, go: S.status }, [
    d.R('Rectangle 1', [176 + i * 216, y + 52, 40, 40], { fill: '#F4F4F5', r: 8 }),
    d.T(nm, [176 + i * 216, y + 104, 168, 20], { s: 15, w: 600, color: INK }),
  ]))),
]);
scr.push(d.screen('04b Choose', W, H, [stepper(3),
  d.T('Pick your systems', [160, 120, 600, 36], { s: 28, w: 700, color: INK }),
  d.searchField('Search POS or payroll\u2026', [160, 176, 480, 44], { r: 8 }),
  cat('Point of sale', ['Toast', 'Square', 'Clover', 'Lightspeed'], 250, 500),
  cat('Payroll', ['ADP', 'Gusto', 'Paychex', 'QuickBooks'], 450, 510),
  d.F('Frame 520', [160, 900, 700, 48], { layout: 'HORIZONTAL', gap: 24 }, [
    d.T('Not the one who handles payroll?', [160, 912, 250, 20], { s: 14, color: MUTED }),
    d.btn('link', 'Invite your manager to finish this', [414, 912, 250, 20], { fg: PLUM, w: 600 }),
    d.T('\u00b7', [668, 912, 10, 20], { s: 14, color: MUTED }),
    d.btn('link', 'Finish later', [682, 912, 120, 20], { fg: PLUM, w: 600, go: S.dash }),
  ]),
], { id: S.choose }));

// Status: connected / waiting, add another, meter.
scr.push(d.screen('04c Status', W, H, [stepper(3),
  d.T('Your systems', [160, 120, 600, 36], { s: 28, w: 700, color: INK }),
  d.F('Frame 601', [160, 180, 700, 40], { layout: 'VERTICAL', gap: 8 }, [
    d.T('2 of 3 systems plugged in', [160, 180, 400, 18], { s: 13, w: 600, color: INK }),
    d.G('Group 88', [d.R('Rectangle 20', [160, 204, 700, 8], { fill: '#EDE9FE', r: 4 }), d.R('Rectangle 21', [160, 204, 466, 8], { fill: PLUM, r: 4 })]),
  ]),
  ...[['Toast', 'Connected \u2713', '#16A34A'], ['Square (Cherry Creek)', 'Connected \u2713', '#16A34A'], ['ADP', 'Waiting for sign-in', '#D97706']].map(([n, s, c], i) => d.F(`Frame ${610 + i}`, [160, 240 + i * 80, 700, 68], { stroke: LINE, r: 12, layout: 'HORIZONTAL', pad: 16 }, [
    d.R('Rectangle 1', [176, 254 + i * 80, 40, 40], { fill: '#F4F4F5', r: 8 }),
    d.T(n, [232, 262 + i * 80, 300, 20], { s: 15, w: 600, color: INK }),
    d.F(`Frame ${620 + i}`, [700, 258 + i * 80, 144, 28], { fill: c, alpha: 0.12, r: 14 }, [d.T(s, [708, 262 + i * 80, 130, 18], { s: 12, w: 600, color: c })]),
  ])),
  d.btn('group', '+ Add another system', [160, 490, 240, 44], { bg: '#FFFFFF', fg: PLUM, stroke: PLUM, r: 10, go: S.choose, num: 630 }),
  next('Go to dashboard', S.dash),
], { id: S.status }));

// Dashboard: contextual connect in the labour chart; Connections in main nav.
scr.push(d.screen('Dashboard', W, H, [sidebar('Tip-outs'),
  d.T('Tip-outs', [280, 32, 400, 34], { s: 26, w: 700, color: INK }),
  d.F('Frame 701', [280, 90, 1120, 110], { layout: 'HORIZONTAL', gap: 16 }, [['Tips this week', '$14,220'], ['Avg tip %', '19.4%'], ['Shifts', '212']].map(([a, b], i) => d.F(`Frame ${702 + i}`, [280 + i * 376, 90, 360, 110], { stroke: LINE, r: 12, layout: 'VERTICAL', pad: 20 }, [
    d.T(a, [300 + i * 376, 110, 320, 18], { s: 13, color: MUTED }), d.T(b, [300 + i * 376, 136, 320, 36], { s: 28, w: 700, color: INK }),
  ]))),
  d.F('Frame 720', [280, 230, 1120, 360], { stroke: LINE, r: 12, layout: 'VERTICAL', pad: 24 }, [
    d.T('Tips vs labour cost', [304, 254, 400, 22], { s: 17, w: 600, color: INK }),
    d.R('Rectangle 30', [304, 300, 1072, 260], { fill: '#F4F4F5', r: 8 }),
    d.F('Frame 721', [640, 360, 400, 140], { fill: '#FFFFFF', r: 12, layout: 'VERTICAL', pad: 20, gap: 10 }, [
      d.P('Plug in your payroll provider to see labour cost next to tips.', 660, 380, 360, { s: 14, color: INK, align: 'CENTER' }),
      d.btn('frame', 'Connect payroll', [740, 440, 200, 40], { bg: PLUM, r: 8, go: S.choose, num: 722 }),
    ]),
  ]),
  d.F('Frame 740', [280, 620, 1120, 80], { fill: '#FEF3C7', r: 12, url: 'https://tableconnect.example' }, [
    d.T('New: TableConnect reservations now show covers per server', [304, 648, 800, 22], { s: 15, w: 500, color: INK }),
  ]),
], { id: S.dash }));

// Connections list with dates and Disconnect.
scr.push(d.screen('Connections', W, H, [sidebar('Connections'),
  d.T('Connections', [280, 32, 400, 34], { s: 26, w: 700, color: INK }),
  d.F('Frame 801', [280, 100, 1120, 44], { fill: '#FAFAFA', layout: 'HORIZONTAL', pad: 12 }, ['System', 'Location', 'Connected on', 'Last data in', ''].map((h, i) => d.T(h, [296 + i * 220, 112, 200, 18], { s: 12, w: 600, color: MUTED }))),
  ...[['Toast', 'LoHi', '3 Mar 2026', 'Today 02:14'], ['Square', 'Cherry Creek', '3 Mar 2026', 'Today 02:10'], ['ADP', 'All', '4 Mar 2026', 'Fri 28 Mar, 18:00']].map((row, r) => d.F(`Frame ${810 + r}`, [280, 144 + r * 60, 1120, 60], { stroke: LINE, layout: 'HORIZONTAL', pad: 12 }, [
    ...row.map((c, i) => d.T(c, [296 + i * 220, 164 + r * 60, 200, 20], { s: 14, w: i ? 400 : 600, color: INK })),
    d.btn('link', 'Disconnect', [1176 , 164 + r * 60, 100, 20], { fg: '#DC2626', w: 600, go: S.confirm, nav: 'OVERLAY' }),
  ])),
  d.btn('frame', '+ Connect a system', [280, 360, 220, 44], { bg: PLUM, r: 8, go: S.choose, num: 830 }),
], { id: S.conns }));

scr.push(d.screen('Modal / Disconnect', 560, 300, [
  d.T('Disconnect Toast?', [32, 32, 496, 28], { s: 22, w: 700, color: INK }),
  d.P('Tipwell stops receiving checks and tips from this location. Tip-outs already run stay in your history.', 32, 76, 496, { s: 15, color: MUTED }),
  d.btn('frame', 'Keep connected', [200, 220, 150, 44], { bg: '#FFFFFF', fg: INK, stroke: LINE, r: 8, close: true, num: 901 }),
  d.btn('frame', 'Disconnect', [366, 220, 162, 44], { bg: '#DC2626', r: 8, go: S.conns, num: 902 }),
], { id: S.confirm }));

scr.push(d.screen('Pricing', W, H, [
  d.T('Simple pricing', [160, 80, 800, 44], { s: 36, w: 700, color: INK }),
  ...[['Starter', '$49 / location / mo'], ['Pro', '$89 / location / mo'], ['Group', 'Talk to us']].map(([a, b], i) => d.F(`Frame ${1000 + i}`, [160 + i * 380, 180, 350, 420], { stroke: LINE, r: 16, layout: 'VERTICAL', pad: 28 }, [
    d.T(a, [188 + i * 380, 208, 300, 26], { s: 20, w: 700, color: INK }),
    d.T(b, [188 + i * 380, 244, 300, 22], { s: 16, color: MUTED }),
    d.P('Unlimited tip-outs\nTip pooling rules\nTip reports per server', 188 + i * 380, 290, 300, { s: 14, color: INK }),
  ])),
], { id: S.pricing }));

scr.push(d.screen('Staff', W, H, [sidebar('Staff'),
  d.T('Staff', [280, 32, 400, 34], { s: 26, w: 700, color: INK }),
  ...['Ana Ruiz · Server', 'Ben Okafor · Bartender', 'Chris Tran · Busser'].map((t, i) => d.F(`Frame ${1100 + i}`, [280, 100 + i * 56, 1120, 56], { stroke: LINE, layout: 'HORIZONTAL', pad: 12 }, [
    d.T(t, [296, 118 + i * 56, 400, 20], { s: 14, color: INK }),
    d.T('Remove employee', [1240, 118 + i * 56, 140, 20], { s: 13, color: '#DC2626' }),
  ])),
], { id: S.staff }));

const tmp1 = { children: [] };
d.place(tmp1, scr.slice(0, 7), 0, 0, 100);
const tmp2 = { children: [] };
d.place(tmp2, [scr[7], scr[8], scr[11], scr[9]], 0, 1400, 100);
const tmp3 = { children: [] };
d.place(tmp3, [scr[10]], 0, 2800);
flow.children.push(d.SEC('Onboarding wizard', tmp1.children), d.SEC('App', tmp2.children), ...tmp3.children);
flow.flowStartingPoints = [{ nodeId: S.signup, name: 'Signup \u2192 connect' }];

const arch = d.page('Archive (old stepper)', 12);
d.place(arch, [d.screen('Connect v1', W, H, [d.T('Connect', [160, 150, 600, 40], { s: 32, w: 700 }), d.btn('frame', 'Next', [1000, 900, 220, 48], { bg: MUTED, num: 3 })], { bg: '#FFFFFF' })]);
const [pcomp, pmail, pflow, parch] = d.pages;
d.pages = [pflow, pmail, pcomp, parch];

const json = d.toJSON({ name: 'Tipwell · Web onboarding (Q2)', lastModified: '2026-09-18T10:02:44Z', version: '2188840012' });
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Tip and payroll tool for restaurants on desktop: sign-up, a five-step wizard with a top stepper (restaurant, locations, team, connect), a POS/payroll picker, a status step, then the app with a dashboard, a connections table and staff list; welcome email on its own page.',
  present: ['funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by', 'platform.grouped-categories', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'],
  absent: ['funnel.three-actions', 'funnel.prefill', 'value.faq-link', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.accurate-branding', 'platform.alternatives', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Emails page: numbered 1-2-3 with step 2 "Plug in your POS and payroll", a "Plug in my POS" button and a payroll link.',
    'funnel.three-actions': 'Sign up → Restaurant → Locations → Team → Connect: four clicks before the connect prompt.',
    'value.three-part': 'Connect step: tips ready before close (value), what comes from the POS and goes to payroll (use), one main button "Connect your POS".',
    'value.contextual-ctas': 'Dashboard chart empty state "Plug in your payroll provider…" with "Connect payroll".',
    'value.progress-meter': 'Top stepper and "2 of 3 systems plugged in" bar.',
    'privacy.data-scope': 'Checks and tip lines from the POS; tip totals to payroll.',
    'privacy.disconnect-anytime': '"Either system can be unplugged from Connections whenever you like."',
    'privacy.statistics': '"4,200+ restaurants run tips on Tipwell".',
    'platform.accurate-branding': 'Bare names ("ADP", "Square", "QuickBooks") on grey placeholder squares; no product lines or logos.',
    'platform.non-linear': '"Invite your manager to finish this · Finish later".',
    'platform.multiple-connections': 'Connected ✓ badges, "Waiting for sign-in", "+ Add another system".',
    'connection.view-live': 'Connections table: system, location, connected on, last data in.',
    'connection.delete': 'Disconnect per row with a confirm modal.',
    'connection.refresh': 'No sync-now control.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.connect, stepsToConnect: 4, deadEnds: [S.pricing] },
};
const r = validate(json, truth, { connectFrames: [S.connect, S.choose, S.status, S.dash, S.conns] });
if (r.errs.length) throw new Error(r.errs.join('\n'));
writeOut(new URL('..', import.meta.url).pathname, NAME, json, truth);
process.stdout.write(`${NAME}: nodes=${r.count} screens=${r.screens} P=${r.present} A=${r.absent}\n`);

// h18 — restaurant analytics, iPad landscape 1366x1024; syncs POS, delivery apps and accounting.
import {
  F, R, V, E, G, SEC, I, COMP, CSET, T, col, row, go, act, key, hidden, build, write, solid, image,
} from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 1366;
const H = 1024;
const INK = '#1F1B16';
const SOFT = '#756B60';
const TOMATO = '#D9472B';
const CREAM = '#FBF7F2';
const LINE = '#EADFD3';

const pillBtn = (label, x, y, w, dest, nav) => {
  const b = F('Frame ' + (400 + w), x, y, w, 48, { fills: solid(TOMATO), cornerRadius: 24 }, [
    T(label, 0, 14, w, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
  if (dest) go(b, dest, nav);
  return b;
};
const textLink = (s, w, dest, nav) => {
  const t = T(s, 0, 0, w, 20, { size: 15, weight: 500, color: TOMATO });
  if (dest) go(t, dest, nav);
  return t;
};
const field = (label, value, w = 520, filled = false) => col('Frame 11', 0, 0, w, [
  T(label, 0, 0, w, 18, { size: 13, weight: 600, color: INK }),
  F('Rectangle 4', 0, 0, w, 52, { fills: solid('#FFFFFF'), strokes: solid(LINE), cornerRadius: 12 }, [
    T(value, 16, 16, w - 32, 20, { size: 16, color: filled ? INK : '#B3A89C' }),
  ]),
], { gap: 6 });

const onboardShell = (name, k, x, y, stepIdx, children) => key(F(name, x, y, W, H, { fills: solid(CREAM) }, [
  row('Header', 48, 32, [
    V('Vector', 0, 0, 28, 28, { fills: solid(TOMATO) }),
    T('platewise', 0, 2, 120, 24, { size: 20, weight: 700, color: INK }),
  ], { gap: 8 }),
  stepIdx != null ? T(`${stepIdx} / 4`, W - 110, 36, 60, 20, { size: 14, color: SOFT, align: 'RIGHT' }) : null,
  ...children,
]), k);

const srcCard = (brand, ref, sub, opts = {}) => {
  const c = I(opts.name ?? brand, 'c_src', 0, 0, 250, 140, { fills: solid('#FFFFFF'), strokes: solid(LINE), cornerRadius: 16 }, [
    R('Rectangle 21', 20, 20, 44, 44, { fills: image(ref), cornerRadius: 10 }),
    T(brand, 20, 76, 210, 22, { size: 17, weight: 600, color: INK }),
    T(sub, 20, 102, 210, 18, { size: 13, color: SOFT }),
  ]);
  if (opts.dest) go(c, opts.dest, opts.nav ?? 'NAVIGATE');
  return c;
};

// ---------- onboarding ----------
const signup = onboardShell('Sign up', 't_signup', 0, 0, null, [
  col('Auto layout', 120, 220, 520, [
    T('Know your numbers by the end of service', 0, 0, 520, 80, { size: 32, weight: 700, color: INK }),
    field('Email', 'chef@yourplace.com'),
    field('Password', '8+ characters'),
    pillBtn('Create account', 0, 0, 520, 't_restaurant'),
  ], { gap: 18 }),
  F('Frame 30', 760, 200, 480, 420, { fills: solid('#2E2620'), cornerRadius: 24 }, [
    R('Photo', 32, 32, 72, 72, { fills: image('c4f3b2a1d0e9f8a7b6c5'), cornerRadius: 36 }),
    T('“I used to find out food cost was off three weeks later. Now I see it the morning after.”', 32, 128, 416, 110, { size: 22, weight: 500, color: '#FFFFFF' }),
    T('Marisol Vega — chef-owner, Cocina Vega (4 locations)', 32, 270, 416, 20, { size: 14, color: '#D8C8B8' }),
  ]),
]);

const restaurant = onboardShell('Your restaurant', 't_restaurant', 1466, 0, 1, [
  col('Auto layout', 423, 180, 520, [
    T('Tell us about your restaurant', 0, 0, 520, 40, { size: 28, weight: 700, color: INK }),
    field('Restaurant name', 'e.g. Little Fig'),
    field('How many locations?', '1'),
    field('Service style', 'Full service · Counter · Bar · Ghost kitchen'),
    pillBtn('Next', 0, 0, 520, 't_team'),
  ], { gap: 18 }),
]);

const team = onboardShell('Invite team', 't_team', 2932, 0, 2, [
  col('Auto layout', 423, 180, 520, [
    T('Who else should see the numbers?', 0, 0, 520, 40, { size: 28, weight: 700, color: INK }),
    T('GMs, kitchen managers, your bookkeeper.', 0, 0, 520, 20, { size: 16, color: SOFT }),
    field('Email', 'gm@yourplace.com'),
    field('Email', 'Add another'),
    pillBtn('Send invites', 0, 0, 520, 't_plan'),
    go(T('Skip', 0, 0, 520, 20, { size: 15, weight: 500, color: SOFT, align: 'CENTER' }), 't_plan'),
  ], { gap: 18 }),
]);

const plan = onboardShell('Plan', 't_plan', 4398, 0, 3, [
  col('Auto layout', 283, 180, 800, [
    T('Start your 30-day trial', 0, 0, 800, 40, { size: 28, weight: 700, color: INK }),
    row('Frame 51', 0, 0, ['Single|$89/mo per location', 'Group|$69/mo per location, 3+'].map((p, i) => {
      const [n, d] = p.split('|');
      return F('Frame ' + (52 + i), 0, 0, 392, 160, { fills: solid('#FFFFFF'), strokes: solid(i === 0 ? TOMATO : LINE), strokeWeight: i === 0 ? 2 : 1, cornerRadius: 16 }, [
        T(n, 24, 24, 340, 26, { size: 20, weight: 600, color: INK }),
        T(d, 24, 60, 340, 20, { size: 15, color: SOFT }),
      ]);
    }), { gap: 16 }),
    pillBtn('Start free trial', 0, 0, 800, 't_sync'),
    go(T('Compare plans', 0, 0, 800, 20, { size: 15, color: TOMATO, deco: 'UNDERLINE', align: 'CENTER' }), 't_compare'),
  ], { gap: 20 }),
]);

const compare = onboardShell('Compare plans', 't_compare', 5864, 0, null, [
  act(V('Close', W - 72, 32, 24, 24, { strokes: solid(INK), strokeWeight: 2 }), 'BACK'),
  T('Compare plans', 120, 120, 600, 40, { size: 28, weight: 700, color: INK }),
  col('Table', 120, 190, 1126, ['Feature|Single|Group', 'Daily flash report|✓|✓', 'Labor vs. sales by hour|✓|✓', 'Multi-location rollups|—|✓', 'Menu engineering|—|✓', 'Dedicated success manager|—|5+ locations'].map((r, i) =>
    row('Row ' + i, 0, 0, r.split('|').map((c, j) => T(c, 0, 0, j === 0 ? 600 : 250, 24, { size: 15, weight: i === 0 ? 600 : 400, color: INK })), { gap: 13 })), { gap: 14 }),
]);

const catTitle = (s) => T(s, 0, 0, 1100, 28, { size: 20, weight: 700, color: INK });
const sync = onboardShell('Sync your data', 't_sync', 0, 1124, 4, [
  col('Auto layout', 120, 100, 1126, [
    T('Sync your POS to see last night’s numbers', 0, 0, 1126, 40, { size: 28, weight: 700, color: INK }),
    T('Covers, average check and labor % by shift — every morning, for every location.', 0, 0, 1126, 22, { size: 17, color: INK }),
    T('Each night we pull closed checks, item sales and clock-ins from your POS into platewise. Read-only — we never change anything in your POS.', 0, 0, 1126, 22, { size: 14, color: SOFT }),
    catTitle('Point of sale'),
    row('Frame 61', 0, 0, [
      srcCard('Toast', 'a1a1a1a1b2b2b2b2c3c3', 'Checks, items, labor', { dest: 't_redirect', nav: 'OVERLAY' }),
      srcCard('Square for Restaurants', 'a1a1a1a1b2b2b2b2c3c4', 'Checks, items, labor'),
      srcCard('Lightspeed', 'a1a1a1a1b2b2b2b2c3c5', 'Checks, items'),
    ], { gap: 16 }),
    catTitle('Delivery apps'),
    row('Frame 63', 0, 0, [
      srcCard('DoorDash', 'a1a1a1a1b2b2b2b2c3c6', 'Orders, fees, payouts'),
      srcCard('Uber Eats', 'a1a1a1a1b2b2b2b2c3c7', 'Orders, fees, payouts'),
      srcCard('Grubhub', 'a1a1a1a1b2b2b2b2c3c8', 'Orders, fees, payouts'),
    ], { gap: 16 }),
    catTitle('Accounting'),
    row('Frame 65', 0, 0, [
      srcCard('QuickBooks', 'a1a1a1a1b2b2b2b2c3c9', 'Invoices, COGS'),
      srcCard('Xero', 'a1a1a1a1b2b2b2b2c3d0', 'Invoices, COGS'),
    ], { gap: 16 }),
    row('Frame 67', 0, 0, [
      pillBtn('Sync your POS', 0, 0, 220, 't_redirect', 'OVERLAY'),
      go(textLink('Skip for now', 110), 't_dash'),
      textLink('Send this step to my GM', 200),
    ], { gap: 28 }),
    T('Bank-grade encryption. We never sell your data. Disconnect any source whenever you want — we delete its data within 30 days.', 0, 0, 1126, 20, { size: 13, color: SOFT }),
    T('Why sync? Read the FAQ  ·  Setup guides for Toast, Square & Lightspeed  ·  Don’t see your POS? Upload a sales export (CSV)', 0, 0, 1126, 20, { size: 13, weight: 500, color: TOMATO, name: 'links' }),
    hidden(T('Questions? Call (415) 555-0199 or email hello@platewise.com', 0, 0, 1126, 20, { size: 13, color: SOFT })),
  ], { gap: 14 }),
]);

const redirect = key(F('Sync Toast – sheet', 1466, 1124, W, H, { fills: solid('#000000', 0.5) }, [
  F('Frame 71', 383, 262, 600, 500, { fills: solid('#FFFFFF'), cornerRadius: 24 }, [
    R('Rectangle 72', 40, 40, 64, 64, { fills: image('a1a1a1a1b2b2b2b2c3c3'), cornerRadius: 14 }),
    T('Sign in to Toast', 40, 128, 520, 34, { size: 26, weight: 700, color: INK }),
    T('We’ll open Toast so you can sign in and approve platewise. When you’re done, Toast sends you right back here and the first sync starts. Takes about a minute.', 40, 176, 520, 90, { size: 16, color: INK }),
    act(T('Not now', 40, 420, 120, 24, { size: 16, weight: 500, color: SOFT }), 'CLOSE'),
    pillBtn('Open Toast', 360, 408, 200, 't_syncing'),
  ]),
]), 't_redirect');

const syncing = key(F('Syncing', 2932, 1124, W, H, { fills: solid(CREAM) }, [
  go(E('Spinner', 643, 380, 80, 80, { strokes: solid(TOMATO), strokeWeight: 6, fills: [] }), 't_locations', 'NAVIGATE', 'AFTER_TIMEOUT'),
  T('Syncing Toast…', 383, 490, 600, 34, { size: 26, weight: 700, color: INK, align: 'CENTER' }),
  T('Importing 90 days of checks · 38%', 383, 534, 600, 22, { size: 16, color: SOFT, align: 'CENTER' }),
  F('Bar', 483, 580, 400, 8, { fills: solid(LINE), cornerRadius: 4 }, [R('Fill', 0, 0, 152, 8, { fills: solid(TOMATO), cornerRadius: 4 })]),
]), 't_syncing');

const locations = onboardShell('Locations found', 't_locations', 4398, 1124, null, [
  col('Auto layout', 283, 140, 800, [
    T('We found 3 locations in Toast', 0, 0, 800, 40, { size: 28, weight: 700, color: INK }),
    T('Names and addresses came over from Toast. Fix anything before we build your reports.', 0, 0, 800, 22, { size: 16, color: SOFT }),
    ...[['Cocina Vega — Mission', '2290 Mission St, San Francisco, CA 94110'], ['Cocina Vega — Oakland', '410 Grand Ave, Oakland, CA 94610'], ['Vega Cantina', '88 Clement St, San Francisco, CA 94118']].map(([n, a]) =>
      row('Frame 80', 0, 0, [field('Name', n, 300, true), field('Address', a, 484, true)], { gap: 16 })),
    pillBtn('Looks good', 0, 0, 200, 't_dash'),
  ], { gap: 18 }),
]);

// ---------- app ----------
const sideNav = (active) => F('Sidebar', 0, 0, 240, H, { fills: solid('#2E2620') }, [
  row('Logo', 24, 32, [V('Vector', 0, 0, 24, 24, { fills: solid(TOMATO) }), T('platewise', 0, 0, 120, 24, { size: 18, weight: 700, color: '#FFFFFF' })], { gap: 8 }),
  col('Menu', 16, 110, 208, ['Overview|t_dash', 'Sales|', 'Labor|', 'Menu|', 'Sources|t_sources', 'Settings|t_settings'].map((m, i) => {
    const [label, dest] = m.split('|');
    const f = F('Frame ' + (90 + i), 0, 0, 208, 44, { fills: i === active ? solid('#FFFFFF', 0.1) : [], cornerRadius: 10 }, [
      T(label, 16, 12, 170, 20, { size: 15, weight: i === active ? 600 : 400, color: '#FFFFFF' }),
    ]);
    return dest ? go(f, dest) : f;
  }), { gap: 4 }),
]);
const appShell = (name, k, x, y, active, children) => key(F(name, x, y, W, H, { fills: solid(CREAM) }, [sideNav(active), ...children]), k);

const kpi = (l, v) => col('Frame 100', 0, 0, 254, [
  T(l, 0, 0, 222, 18, { size: 13, color: SOFT }),
  T(v, 0, 0, 222, 34, { size: 28, weight: 700, color: INK }),
], { gap: 4, pad: 16, fills: solid('#FFFFFF'), cornerRadius: 16 });

const dash = appShell('Overview', 't_dash', 0, 2248, 0, [
  col('Main', 280, 40, 1046, [
    T('Yesterday · all locations', 0, 0, 1046, 34, { size: 26, weight: 700, color: INK }),
    row('KPIs', 0, 0, [kpi('Net sales', '$18,420'), kpi('Covers', '612'), kpi('Avg check', '$30.10'), kpi('Labor %', '27.4%')], { gap: 8 }),
    row('Charts', 0, 0, [
      F('Frame 110', 0, 0, 620, 380, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [
        T('Sales by hour', 20, 20, 300, 22, { size: 17, weight: 600, color: INK }),
        V('Vector 7', 20, 70, 580, 280, { strokes: solid(TOMATO), strokeWeight: 2 }),
      ]),
      F('Frame 111', 0, 0, 410, 380, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [
        T('Prime cost', 20, 20, 300, 22, { size: 17, weight: 600, color: INK }),
        R('Rectangle 112', 20, 70, 370, 150, { fills: solid('#F3ECE4'), cornerRadius: 8 }),
        T('Food cost comes from your bookkeeping. Sync your accounting to fill this in.', 20, 236, 370, 44, { size: 14, color: SOFT }),
        pillBtn('Sync accounting', 20, 300, 200, 't_sync'),
      ]),
    ], { gap: 16 }),
  ], { gap: 20 }),
]);

const liveCard = (brand, ref, lines, status, actions) => col('Frame 120', 0, 0, 340, [
  row('Frame 121', 0, 0, [
    R('Rectangle 122', 0, 0, 44, 44, { fills: image(ref), cornerRadius: 10 }),
    col('Frame 123', 0, 0, 240, [T(brand, 0, 0, 240, 22, { size: 17, weight: 600, color: INK }), status], { gap: 4 }),
  ], { gap: 12 }),
  T(lines, 0, 0, 300, 60, { size: 13, color: SOFT }),
  actions,
], { gap: 12, pad: 20, fills: solid('#FFFFFF'), cornerRadius: 16, strokes: solid(LINE) });

const sources = appShell('Sources', 't_sources', 1466, 2248, 4, [
  col('Main', 280, 40, 1046, [
    row('Frame 130', 0, 0, [
      T('Sources', 0, 0, 700, 34, { size: 26, weight: 700, color: INK }),
      go(F('Frame 131', 0, 0, 180, 44, { fills: solid(TOMATO), cornerRadius: 22 }, [T('＋ Add a source', 0, 12, 180, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]), 't_sync'),
    ], { gap: 166 }),
    col('Frame 132', 0, 0, 500, [
      T('2 of 3 sources synced', 0, 0, 500, 18, { size: 13, weight: 600, color: INK }),
      F('Meter', 0, 0, 500, 10, { fills: solid(LINE), cornerRadius: 5 }, [R('Fill', 0, 0, 333, 10, { fills: solid(TOMATO), cornerRadius: 5 })]),
    ], { gap: 6 }),
    row('Cards', 0, 0, [
      liveCard('Toast', 'a1a1a1a1b2b2b2b2c3c3', 'First sync Mar 2, 9:14 PM\nLast sync today 6:02 AM · 3 locations\nHistory: 14 syncs, 0 errors',
        row('Frame 124', 0, 0, [E('Dot', 0, 4, 8, 8, { fills: solid('#2E9E5B') }), T('Synced', 0, 0, 100, 16, { size: 12, weight: 600, color: '#2E9E5B' })], { gap: 6 }),
        row('Actions', 0, 0, [
          F('Frame 125', 0, 0, 120, 36, { strokes: solid(INK), cornerRadius: 18, fills: [] }, [T('Sync now', 0, 9, 120, 18, { size: 14, weight: 600, color: INK, align: 'CENTER' })]),
          go(T('Disconnect', 0, 8, 100, 20, { size: 14, weight: 500, color: '#B42318' }), 't_disconnect', 'OVERLAY'),
        ], { gap: 16 })),
      liveCard('Xero', 'a1a1a1a1b2b2b2b2c3d0', 'First sync Mar 3, 10:40 AM\nLast sync: in progress',
        row('Frame 126', 0, 0, [V('Spinner', 0, 0, 14, 14, { strokes: solid(TOMATO), strokeWeight: 2 }), T('Syncing…', 0, 0, 100, 16, { size: 12, weight: 600, color: TOMATO })], { gap: 6 }),
        row('Actions', 0, 0, [T('Disconnect', 0, 8, 100, 20, { size: 14, weight: 500, color: '#B42318' })], { gap: 16 })),
      liveCard('DoorDash', 'a1a1a1a1b2b2b2b2c3c6', 'Waiting for you to approve access\nin the DoorDash Merchant Portal',
        row('Frame 127', 0, 0, [E('Dot', 0, 4, 8, 8, { fills: solid('#C98A00') }), T('Pending', 0, 0, 100, 16, { size: 12, weight: 600, color: '#C98A00' })], { gap: 6 }),
        row('Actions', 0, 0, [T('Finish setup', 0, 8, 120, 20, { size: 14, weight: 600, color: TOMATO })], { gap: 16 })),
    ], { gap: 13 }),
  ], { gap: 24 }),
]);

const sourcesEmpty = appShell('Sources – empty', 't_sources_empty', 2932, 2248, 4, [
  col('Main', 280, 40, 1046, [
    T('Sources', 0, 0, 1046, 34, { size: 26, weight: 700, color: INK }),
    F('Empty', 0, 0, 1046, 420, { fills: solid('#FFFFFF'), cornerRadius: 16, strokes: solid(LINE), dashPattern: [6, 6] }, [
      V('Illustration', 443, 70, 160, 120, { fills: solid(TOMATO, 0.2) }),
      T('Nothing synced yet', 323, 210, 400, 30, { size: 22, weight: 700, color: INK, align: 'CENTER' }),
      T('Sync your POS and we’ll have yesterday’s numbers ready in about 10 minutes.', 273, 250, 500, 44, { size: 15, color: SOFT, align: 'CENTER' }),
      pillBtn('Sync a source', 423, 320, 200, 't_sync'),
    ]),
  ], { gap: 24 }),
]);

const disconnect = key(F('Disconnect – dialog', 4398, 2248, W, H, { fills: solid('#000000', 0.5) }, [
  F('Frame 140', 433, 362, 500, 300, { fills: solid('#FFFFFF'), cornerRadius: 24 }, [
    T('Disconnect Toast?', 32, 32, 436, 30, { size: 22, weight: 700, color: INK }),
    T('Reports stop updating for all 3 locations. Synced history is deleted after 30 days.', 32, 76, 436, 44, { size: 15, color: SOFT }),
    act(T('Cancel', 32, 232, 100, 22, { size: 16, weight: 500, color: SOFT }), 'CLOSE'),
    act(F('Frame 141', 288, 220, 180, 48, { fills: solid('#B42318'), cornerRadius: 24 }, [T('Disconnect', 0, 14, 180, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]), 'CLOSE'),
  ]),
]), 't_disconnect');

const settings = appShell('Settings', 't_settings', 5864, 2248, 5, [
  col('Main', 280, 40, 700, [
    T('Settings', 0, 0, 700, 34, { size: 26, weight: 700, color: INK }),
    ...['Restaurant profile', 'Team & permissions', 'Daily email report · 7:00 AM', 'Billing — Single plan'].map((s) =>
      F('Row', 0, 0, 700, 56, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [T(s, 20, 18, 600, 20, { size: 15, color: INK })])),
    F('Row', 0, 0, 700, 56, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [T('Delete account and all reports', 20, 18, 600, 20, { size: 15, weight: 600, color: '#B42318' })]),
  ], { gap: 10 }),
]);

// ---------- emails ----------
const email = F('Email / Welcome', 0, 0, 640, 1100, { fills: solid('#FFFFFF') }, [
  F('Header', 0, 0, 640, 80, { fills: solid('#2E2620') }, [T('platewise', 40, 26, 200, 28, { size: 22, weight: 700, color: '#FFFFFF' })]),
  col('Body', 40, 120, 560, [
    T('Welcome to platewise, Marisol 👋', 0, 0, 560, 34, { size: 26, weight: 700, color: INK }),
    T('Three things and you’ll have tomorrow morning’s numbers:', 0, 0, 560, 22, { size: 16, color: INK }),
    T('1  Add your locations — done ✓\n2  Sync your POS (Toast, Square, Lightspeed)\n3  Open your first daily flash report', 0, 0, 560, 80, { size: 16, color: INK }),
    act(F('Frame 150', 0, 0, 240, 48, { fills: solid(TOMATO), cornerRadius: 24 }, [T('Sync my POS', 0, 14, 240, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]), 'URL', { url: 'https://app.platewise.com/onboarding/sync' }),
    T('Delivery apps and accounting can wait — POS first gives you 80% of the picture.', 0, 0, 560, 44, { size: 14, color: SOFT }),
    T('Prefer a hand? Reply to this email and a real person will get back to you.', 0, 0, 560, 44, { size: 14, color: SOFT }),
  ], { gap: 18 }),
  T('You’re getting this because you signed up at platewise.com · Unsubscribe', 40, 1040, 560, 18, { size: 11, color: SOFT, deco: 'UNDERLINE' }),
]);

// ---------- components ----------
const comps = [
  key(CSET('Source card', 0, 0, 600, 200, [
    key(COMP('State=Default', 'c_src', 20, 20, 250, 140, { fills: solid('#FFFFFF'), strokes: solid(LINE), cornerRadius: 16, _setKey: 'cs_src' }, [
      R('Logo', 20, 20, 44, 44, { fills: solid(LINE), cornerRadius: 10 }),
      T('Brand', 20, 76, 210, 22, { size: 17, weight: 600, color: INK }),
    ]), 'c_src'),
    key(COMP('State=Hover', 'c_src_h', 320, 20, 250, 140, { fills: solid('#FFF4EF'), strokes: solid(TOMATO), cornerRadius: 16, _setKey: 'cs_src' }, [
      R('Logo', 20, 20, 44, 44, { fills: solid(LINE), cornerRadius: 10 }),
      T('Brand', 20, 76, 210, 22, { size: 17, weight: 600, color: INK }),
    ]), 'c_src_h'),
  ], { fills: [] }), 'cs_src'),
];
go(comps[0].children[0], 'c_src_h', 'CHANGE_TO', 'ON_HOVER');
go(comps[0].children[1], 'c_src', 'CHANGE_TO', 'MOUSE_LEAVE');

const archive = [F('Connect (old, pre-research)', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
  T('Connect your POS', 100, 100, 800, 40, { size: 28, weight: 700, color: INK }),
  G('Group 5', 100, 180, 200, 48, [
    R('Rectangle 6', 0, 0, 200, 48, { fills: solid(INK), cornerRadius: 4 }),
    T('Connect', 0, 14, 200, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]),
])];

const doc = build({
  name: 'platewise — iPad onboarding + Sources',
  lastModified: '2026-01-28T22:15:40Z',
  version: '4870016622',
  pages: [
    { name: 'Cover', children: [F('Cover', 0, 0, 1600, 960, { fills: solid(TOMATO) }, [T('platewise · iPad onboarding (Sync v2)', 100, 420, 1400, 80, { size: 56, weight: 700, color: '#FFFFFF' })])] },
    {
      name: 'iPad – landscape',
      children: [
        SEC('Onboarding', 0, 0, 7330, 2248, [signup, restaurant, team, plan, compare, sync, redirect, syncing, locations]),
        SEC('App', 0, 2248, 7330, 1124, [dash, sources, sourcesEmpty, disconnect, settings].map((f) => { f._r[1] -= 2248; return f; })),
      ],
      start: [['t_signup', 'New restaurant'], ['t_dash', 'Returning user']],
    },
    { name: 'Lifecycle emails', children: [email] },
    { name: 'Components', children: comps },
    { name: 'Archive', children: archive },
  ],
});
write(OUT, 'h18-restaurant-analytics-tablet', doc, {
  kind: 'onboarding',
  description: 'Restaurant analytics for iPad landscape (1366x1024): a welcome email, sign-up with a chef quote, three setup steps and a plan choice before a "Sync your data" screen grouped into Point of sale, Delivery apps and Accounting, a Toast sign-in sheet, a syncing state, locations prefilled from Toast, an overview with a "Sync accounting" card, and a Sources screen with synced, syncing and pending cards plus an empty-state variant.',
  present: [
    'funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.alternatives', 'platform.non-linear',
    'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.three-actions', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts',
    'privacy.powered-by', 'privacy.mutual-nda', 'platform.accurate-branding', 'platform.search',
  ],
  notes: {
    'funnel.greeting-email': 'Welcome email with a 1-2-3 list where syncing the POS is step 2 and a "Sync my POS" button.',
    'funnel.three-actions': 'Sign up → restaurant → team → plan → sync: four steps.',
    'value.three-part': 'Headline value, "Each night we pull closed checks, item sales and clock-ins…", one main "Sync your POS" button.',
    'value.contextual-ctas': '"Sync accounting" inside the Prime cost chart card.',
    'value.progress-meter': '"2 of 3 sources synced" meter on Sources.',
    'funnel.prefill': 'Locations and addresses prefilled from Toast.',
    'privacy.support-contacts': 'The phone/email line on the sync screen is a hidden layer; the email only offers "reply to this email".',
    'privacy.consent-action': 'No tick box or policy link before syncing.',
    'platform.accurate-branding': 'Bare "QuickBooks" (Online or Desktop?) and bare "Lightspeed".',
    'platform.non-linear': '"Skip for now" and "Send this step to my GM".',
    'platform.alternatives': '"Don’t see your POS? Upload a sales export (CSV)".',
    'connection.delete': '"Disconnect" on cards with a confirm dialog; "Delete account and all reports" is a look-alike.',
    'connection.syncing-indicator': 'Spinner on the Syncing screen and a "Syncing…" Xero card.',
  },
  flow: { start: 't_signup', connect: 't_sync', steps: 4, deadEnds: ['t_compare'] },
});

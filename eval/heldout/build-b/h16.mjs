// h16 — US sales-tax compliance SaaS, desktop 1440, wizard with a left sidebar.
import {
  F, R, V, E, G, SEC, I, COMP, CSET, T, col, row, go, act, key, hidden, build, write, solid, image,
} from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 1440;
const H = 900;
const INK = '#111827';
const MUTED = '#6B7280';
const BRAND = '#0F766E';
const LINE = '#E5E7EB';

const btn = (label, x, y, w = 160, dest, nav) => {
  const b = I('Btn', 'c_btn', x, y, w, 40, { fills: solid(BRAND), cornerRadius: 6 }, [
    T(label, 0, 11, w, 18, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
  if (dest) go(b, dest, nav);
  return b;
};
const ghost = (label, x, y, w = 120, dest) => {
  const f = F('Frame ' + (300 + x % 97), x, y, w, 40, { strokes: solid('#D1D5DB'), strokeWeight: 1, cornerRadius: 6, fills: solid('#FFFFFF') }, [
    T(label, 0, 11, w, 18, { size: 14, weight: 500, color: INK, align: 'CENTER' }),
  ]);
  if (dest) go(f, dest);
  return f;
};
const linkText = (s, x, y, w, dest) => {
  const t = T(s, x, y, w, 18, { size: 13, color: BRAND, deco: 'UNDERLINE' });
  if (dest) go(t, dest);
  return t;
};

const steps = ['Account', 'Business', 'Sales channels', 'Confirm details', 'Filing setup'];
function sidebar(active) {
  return F('Frame 88', 0, 0, 280, H, { fills: solid('#F9FAFB'), strokes: solid(LINE) }, [
    G('Group 3', 32, 32, 140, 28, [
      V('Vector', 0, 2, 24, 24, { fills: solid(BRAND) }),
      T('Tallyside', 32, 2, 100, 24, { size: 18, weight: 700, color: INK }),
    ]),
    col('Auto layout', 32, 120, 216, steps.map((s, i) =>
      row('Frame ' + (51 + i), 0, 0, [
        E('Ellipse ' + (4 + i), 0, 0, 22, 22, {
          fills: solid(i < active ? BRAND : i === active ? '#FFFFFF' : '#F3F4F6'),
          strokes: solid(i <= active ? BRAND : '#D1D5DB'),
        }),
        T(i < active ? '✓' : String(i + 1), 0, 0, 12, 22, { size: 12, weight: 600, color: i < active ? '#FFFFFF' : INK, name: 'num' }),
        T(s, 0, 2, 160, 20, { size: 14, weight: i === active ? 600 : 400, color: i === active ? INK : MUTED }),
      ], { gap: 10 })), { gap: 22 }),
    col('Frame 90', 32, 760, 216, [
      T('Need a hand?', 0, 0, 216, 18, { size: 13, weight: 600, color: INK }),
      T('(888) 555-0142 · help@tallyside.com', 0, 0, 216, 18, { size: 12, color: MUTED }),
      linkText('Chat with a tax specialist', 0, 0, 216),
    ], { gap: 6 }),
  ]);
}
const topNav = (activeIdx) => F('Top bar', 0, 0, W, 64, { fills: solid('#FFFFFF'), strokes: solid(LINE) }, [
  G('Group 12', 32, 20, 140, 24, [
    V('Vector', 0, 0, 24, 24, { fills: solid(BRAND) }),
    T('Tallyside', 32, 0, 100, 24, { size: 18, weight: 700, color: INK }),
  ]),
  row('Nav', 240, 20, ['Nexus', 'Filings', 'Exemptions', 'Integrations', 'Settings'].map((s, i) =>
    T(s, 0, 0, 100, 22, { size: 14, weight: i === activeIdx ? 600 : 400, color: i === activeIdx ? BRAND : MUTED })), { gap: 24 }),
  E('Avatar', W - 64, 14, 36, 36, { fills: solid('#CCFBF1') }),
]);

function card(name, logoRef, title, sub, x, y, opts = {}) {
  const c = F(opts.frameName ?? 'Frame ' + (700 + x + y), x, y, 300, 88, {
    fills: solid('#FFFFFF'), strokes: solid(opts.selected ? BRAND : LINE), strokeWeight: opts.selected ? 2 : 1, cornerRadius: 8,
  }, [
    R(name + ' logo', 16, 24, 40, 40, { fills: image(logoRef), cornerRadius: 8 }),
    T(title, 68, 22, 210, 20, { size: 15, weight: 600, color: INK }),
    T(sub, 68, 46, 210, 18, { size: 12, color: MUTED }),
    opts.badge ? F('Pill', 200, 12, 88, 22, { fills: solid(opts.badgeBg), cornerRadius: 11 }, [
      T(opts.badge, 0, 3, 88, 16, { size: 11, weight: 600, color: opts.badgeInk, align: 'CENTER' }),
    ]) : null,
  ]);
  if (opts.dest) go(c, opts.dest, opts.nav ?? 'NAVIGATE');
  return c;
}

// ---------- screens ----------
const signup = key(F('Sign up', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
  F('Frame 12', 0, 0, 720, H, { fills: solid('#042F2E') }, [
    T('Sales tax, filed.', 80, 200, 520, 48, { size: 40, weight: 700, color: '#FFFFFF' }),
    T('Nexus tracking, returns and remittance across all 50 states.', 80, 264, 520, 24, { size: 16, color: '#99F6E4' }),
    col('Frame 14', 80, 560, 520, [
      T('“We were registered in 3 states and owed in 11. Tallyside caught it before the audit did.”', 0, 0, 520, 60, { size: 18, weight: 500, color: '#FFFFFF' }),
      row('Frame 15', 0, 0, [
        R('Rectangle 7', 0, 0, 40, 40, { fills: image('8f2c1e0a77b94c0c9d31'), cornerRadius: 20 }),
        T('Dana Okafor\nController, Birch & Pine Goods', 0, 0, 300, 40, { size: 13, color: '#CCFBF1' }),
      ], { gap: 12 }),
    ], { gap: 16 }),
  ]),
  col('Frame 20', 840, 220, 440, [
    T('Create your account', 0, 0, 440, 34, { size: 28, weight: 700, color: INK }),
    T('Work email', 0, 0, 440, 18, { size: 13, weight: 500, color: INK }),
    F('Input', 0, 0, 440, 44, { strokes: solid('#D1D5DB'), cornerRadius: 6, fills: solid('#FFFFFF') }, [
      T('you@company.com', 12, 13, 300, 18, { size: 14, color: '#9CA3AF' }),
    ]),
    T('Password', 0, 0, 440, 18, { size: 13, weight: 500, color: INK }),
    F('Input', 0, 0, 440, 44, { strokes: solid('#D1D5DB'), cornerRadius: 6, fills: solid('#FFFFFF') }, [
      T('••••••••••', 12, 13, 300, 18, { size: 14, color: INK }),
    ]),
    btn('Create account', 0, 0, 440, 's_business'),
    row('Frame 22', 0, 0, [
      T('Plans from $49/mo.', 0, 0, 130, 18, { size: 13, color: MUTED }),
      linkText('See pricing', 0, 0, 90, 's_pricing'),
    ], { gap: 6 }),
  ], { gap: 12 }),
]), 's_signup');

const pricing = key(F('Pricing', 1540, 0, W, H, { fills: solid('#FFFFFF') }, [
  topNav(-1),
  T('Pricing', 120, 120, 400, 36, { size: 28, weight: 700, color: INK }),
  ...['Starter|$49/mo|Up to 2 states', 'Growth|$149/mo|Up to 10 states', 'Scale|$399/mo|All states + audit defense'].map((p, i) => {
    const [n, price, d] = p.split('|');
    return F('Frame ' + (60 + i), 120 + i * 410, 200, 380, 420, { fills: solid('#F9FAFB'), cornerRadius: 12, strokes: solid(LINE) }, [
      T(n, 32, 32, 300, 24, { size: 20, weight: 600, color: INK }),
      T(price, 32, 72, 300, 40, { size: 32, weight: 700, color: INK }),
      T(d, 32, 128, 300, 20, { size: 14, color: MUTED }),
      F('Frame ' + (80 + i), 32, 340, 316, 44, { fills: solid(i === 1 ? BRAND : '#FFFFFF'), cornerRadius: 6, strokes: solid(BRAND) }, [
        T('Start 14-day trial', 0, 13, 316, 18, { size: 14, weight: 600, color: i === 1 ? '#FFFFFF' : BRAND, align: 'CENTER' }),
      ]),
    ]);
  }),
  T('Billed monthly. Cancel anytime — no contracts.', 120, 660, 600, 20, { size: 14, color: MUTED }),
]), 's_pricing');

const business = key(F('Onboarding / 1 Business', 0, 1000, W, H, { fills: solid('#FFFFFF') }, [
  sidebar(1),
  col('Frame 31', 360, 96, 560, [
    T('Business', 0, 0, 560, 34, { size: 26, weight: 700, color: INK }),
    T('Step 2 of 5', 0, 0, 560, 18, { size: 13, color: MUTED }),
    ...['Legal name|', 'EIN|', 'Home state|Select…', 'Industry|Select…'].map((f) => {
      const [l, ph] = f.split('|');
      return col('Field', 0, 0, 560, [
        T(l, 0, 0, 560, 18, { size: 13, weight: 500, color: INK }),
        F('Input', 0, 0, 560, 44, { strokes: solid('#D1D5DB'), cornerRadius: 6, fills: solid('#FFFFFF') }, [
          T(ph || '​', 12, 13, 300, 18, { size: 14, color: '#9CA3AF' }),
        ]),
      ], { gap: 6 });
    }),
    row('Frame 33', 0, 0, [ghost('Back', 0, 0, 100), btn('Continue', 0, 0, 140, 's_channels')], { gap: 12 }),
  ], { gap: 18 }),
]), 's_business');

const catHead = (s) => T(s, 0, 0, 920, 26, { size: 20, weight: 600, color: INK });
const channels = key(F('Onboarding / 2 Channels', 1540, 1000, W, H, { fills: solid('#FFFFFF') }, [
  sidebar(2),
  col('Frame 40', 360, 48, 980, [
    row('Frame 41', 0, 0, [
      col('Frame 42', 0, 0, 620, [
        T('Connect where you sell', 0, 0, 620, 34, { size: 26, weight: 700, color: INK }),
        T('Import orders to calculate nexus in every state and prefill your returns.', 0, 0, 620, 20, { size: 15, color: INK }),
        T('Read-only. Orders, refunds and tax collected come from your platforms into Tallyside — nothing is written back.', 0, 0, 620, 40, { size: 13, color: MUTED }),
      ], { gap: 6 }),
      F('Frame 43', 0, 30, 300, 40, { fills: [] }, [
        T('Step 3 of 5', 180, 11, 120, 18, { size: 13, color: MUTED, align: 'RIGHT' }),
      ]),
    ], { gap: 40 }),
    catHead('Sales channels'),
    row('Frame 44', 0, 0, [
      card('Shopify', 'b7a1c3d2e4f5061728', 'Shopify', 'Orders, refunds, tax', 0, 0, { dest: 's_redirect', nav: 'OVERLAY', frameName: 'Comp / Card / Platform' }),
      card('Amazon', 'a9c8b7d6e5f4031201', 'Amazon Seller Central', 'Orders, marketplace tax', 0, 0),
      card('Etsy', 'e1d2c3b4a5968778', 'Etsy', 'Orders, marketplace tax', 0, 0),
    ], { gap: 16 }),
    catHead('Accounting'),
    row('Frame 46', 0, 0, [
      card('QBO', 'c0ffee12ab34cd56ef', 'QuickBooks Online', 'Invoices, customers', 0, 0),
    ], { gap: 16 }),
    catHead('Bank'),
    row('Frame 48', 0, 0, [
      card('Bank', 'd00dfeed9876543210', 'Business checking', 'Tax payments, via your bank', 0, 0),
    ], { gap: 16 }),
    row('Frame 50', 0, 0, [
      T('Platform not listed?', 0, 0, 140, 18, { size: 13, color: MUTED }),
      linkText('Upload a CSV of orders', 0, 0, 170),
      T('·', 0, 0, 8, 18, { size: 13, color: MUTED }),
      linkText('Setup guide: Amazon Seller Central', 0, 0, 250, undefined),
    ], { gap: 6 }),
    row('Frame 52', 0, 0, [
      R('Rectangle 31', 0, 0, 20, 20, { strokes: solid('#9CA3AF'), strokeWeight: 1.5, cornerRadius: 4, fills: solid('#FFFFFF') }),
      T('I authorize Tallyside to access my sales data under the', 0, 1, 360, 18, { size: 13, color: INK }),
      linkText('Data Use Policy', 0, 1, 120),
    ], { gap: 8 }),
    row('Frame 53', 0, 0, [
      btn('Connect Shopify', 0, 0, 180, 's_redirect', 'OVERLAY'),
      T('Save & exit', 0, 10, 90, 20, { size: 14, weight: 500, color: BRAND }),
      T('Invite your bookkeeper', 0, 10, 170, 20, { size: 14, weight: 500, color: BRAND }),
    ], { gap: 24 }),
    row('Frame 54', 0, 0, [
      V('Lock', 0, 0, 12, 14, { fills: solid(MUTED) }),
      T('256-bit encryption · Trusted by 4,800+ online sellers · We never sell or share your data.', 0, 0, 600, 16, { size: 12, color: MUTED }),
    ], { gap: 8 }),
    hidden(T('You can disconnect any platform later in Settings.', 0, 0, 600, 16, { size: 12, color: MUTED, name: 'disconnect note (v2)' })),
  ], { gap: 14 }),
]), 's_channels');

const redirect = key(F('Modal – Shopify', 3080, 1000, W, H, { fills: solid('#000000', 0.45) }, [
  F('Frame 61', 470, 250, 500, 360, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [
    R('Shopify logo', 32, 32, 48, 48, { fills: image('b7a1c3d2e4f5061728'), cornerRadius: 10 }),
    T('Continue to Shopify', 32, 96, 436, 28, { size: 22, weight: 700, color: INK }),
    T('1  Shopify opens in a new tab\n2  Log in and approve read-only access\n3  You land back here with orders importing', 32, 140, 436, 72, { size: 14, color: INK }),
    T('Takes about 30 seconds.', 32, 222, 436, 18, { size: 13, color: MUTED }),
    act(ghost('Cancel', 236, 290, 100), 'CLOSE'),
    btn('Continue', 348, 290, 120, 's_status'),
  ]),
]), 's_redirect');

const status = key(F('Onboarding / 2 Channels – connected', 0, 2000, W, H, { fills: solid('#FFFFFF') }, [
  sidebar(2),
  col('Frame 70', 360, 48, 980, [
    T('Sales channels', 0, 0, 620, 34, { size: 26, weight: 700, color: INK }),
    col('Frame 71', 0, 0, 620, [
      T('1 of 3 channels connected', 0, 0, 620, 18, { size: 13, weight: 600, color: INK }),
      F('Progress', 0, 0, 620, 8, { fills: solid('#E5E7EB'), cornerRadius: 4 }, [
        R('Rectangle 40', 0, 0, 207, 8, { fills: solid(BRAND), cornerRadius: 4 }),
      ]),
    ], { gap: 6 }),
    row('Frame 72', 0, 0, [
      card('Shopify', 'b7a1c3d2e4f5061728', 'Shopify', 'northfield-goods.myshopify.com', 0, 0, { badge: '✓ Connected', badgeBg: '#DCFCE7', badgeInk: '#166534', selected: true }),
      card('Amazon', 'a9c8b7d6e5f4031201', 'Amazon Seller Central', 'Approve in Seller Central', 0, 0, { badge: 'Pending', badgeBg: '#FEF3C7', badgeInk: '#92400E' }),
      card('Etsy', 'e1d2c3b4a5968778', 'Etsy', 'Not connected', 0, 0),
    ], { gap: 16 }),
    F('Frame 74', 0, 0, 300, 44, { strokes: solid('#9CA3AF'), dashPattern: [4, 4], cornerRadius: 8, fills: [] }, [
      T('+ Add another channel', 0, 13, 300, 18, { size: 14, weight: 500, color: BRAND, align: 'CENTER' }),
    ]),
    row('Frame 75', 0, 0, [ghost('Back', 0, 0, 100, 's_channels'), btn('Continue', 0, 0, 140, 's_confirm')], { gap: 12 }),
  ], { gap: 20 }),
]), 's_status');

const confirm = key(F('Onboarding / 3 Confirm details', 1540, 2000, W, H, { fills: solid('#FFFFFF') }, [
  sidebar(3),
  col('Frame 80', 360, 48, 600, [
    T('Confirm details', 0, 0, 600, 34, { size: 26, weight: 700, color: INK }),
    F('Banner', 0, 0, 600, 44, { fills: solid('#F0FDFA'), cornerRadius: 6 }, [
      T('Filled in from Shopify. Check and edit anything that looks off.', 16, 13, 560, 18, { size: 13, color: '#115E59' }),
    ]),
    ...['Legal name|Northfield Goods LLC', 'Business address|418 Larch St, Portland, OR 97209', 'Ships from|Oregon, Nevada', 'Trailing 12-month sales|$1,284,300'].map((f) => {
      const [l, v] = f.split('|');
      return col('Field', 0, 0, 600, [
        T(l, 0, 0, 600, 18, { size: 13, weight: 500, color: INK }),
        F('Input', 0, 0, 600, 44, { strokes: solid('#D1D5DB'), cornerRadius: 6, fills: solid('#FFFFFF') }, [
          T(v, 12, 13, 500, 18, { size: 14, color: INK }),
        ]),
      ], { gap: 6 });
    }),
    btn('Looks right', 0, 0, 160, 's_dash'),
  ], { gap: 16 }),
]), 's_confirm');

const dash = key(F('Nexus', 3080, 2000, W, H, { fills: solid('#F9FAFB') }, [
  topNav(0),
  T('Economic nexus', 48, 96, 600, 34, { size: 26, weight: 700, color: INK }),
  F('Frame 90', 48, 150, 880, 520, { fills: solid('#FFFFFF'), cornerRadius: 10, strokes: solid(LINE) }, [
    T('Sales by state, last 12 months', 24, 20, 500, 22, { size: 16, weight: 600, color: INK }),
    V('US map', 40, 70, 560, 360, { fills: solid('#CCFBF1') }),
    F('Frame 92', 620, 80, 240, 200, { fills: solid('#F0FDFA'), cornerRadius: 8 }, [
      T('Etsy sales missing', 16, 16, 208, 20, { size: 14, weight: 600, color: INK }),
      T('Marketplace sales still count toward thresholds in most states.', 16, 42, 208, 54, { size: 13, color: MUTED }),
      F('Frame 93', 16, 140, 208, 40, { fills: solid(BRAND), cornerRadius: 6 }, [
        T('Connect Etsy', 0, 11, 208, 18, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
      ]),
    ]),
  ]),
  col('Frame 95', 960, 150, 430, [
    T('Thresholds crossed', 0, 0, 430, 22, { size: 16, weight: 600, color: INK }),
    ...['WA · $112,400 / $100,000', 'TX · $498,200 / $500,000', 'GA · 214 / 200 transactions'].map((s) =>
      F('Row', 0, 0, 430, 48, { fills: solid('#FFFFFF'), cornerRadius: 6, strokes: solid(LINE) }, [
        T(s, 16, 15, 380, 18, { size: 14, color: INK }),
      ])),
  ], { gap: 10 }),
  go(R('Rectangle 99', 700, 20, 110, 24, { fills: [], name: 'nav hotspot' }), 's_settings'),
]), 's_dash');

const integrations = key(F('Settings / Integrations', 0, 3000, W, H, { fills: solid('#FFFFFF') }, [
  topNav(3),
  T('Integrations', 48, 96, 600, 34, { size: 26, weight: 700, color: INK }),
  col('Table', 48, 160, 1360, [
    row('Header', 0, 0, ['Platform', 'Account', 'Connected', 'Last import', 'Status', ''].map((h, i) =>
      T(h, 0, 0, i === 1 ? 320 : 190, 16, { size: 12, weight: 600, color: MUTED })), { gap: 16 }),
    ...[
      ['Shopify', 'northfield-goods.myshopify.com', 'Mar 4, 2026', 'Today 6:00 AM', 'Syncing… 1,204 orders'],
      ['Amazon Seller Central', 'Seller ID A2F…9QK', 'Mar 4, 2026', 'Yesterday 11:58 PM', 'Connected'],
      ['QuickBooks Online', 'Northfield Goods LLC', 'Mar 5, 2026', 'Today 5:30 AM', 'Connected'],
    ].map((r, i) => row('Frame ' + (110 + i), 0, 0, [
      T(r[0], 0, 0, 190, 20, { size: 14, weight: 600, color: INK }),
      T(r[1], 0, 0, 320, 20, { size: 14, color: MUTED }),
      T(r[2], 0, 0, 190, 20, { size: 14, color: MUTED }),
      T(r[3], 0, 0, 190, 20, { size: 14, color: MUTED }),
      row('Frame ' + (120 + i), 0, 0, [
        i === 0 ? V('Spinner', 0, 2, 16, 16, { strokes: solid(BRAND), strokeWeight: 2, name: 'Vector' }) : E('Dot', 0, 6, 8, 8, { fills: solid('#16A34A') }),
        T(r[4], 0, 0, 166, 20, { size: 13, color: INK }),
      ], { gap: 6 }),
      row('Frame ' + (130 + i), 0, 0, [
        T('Sync now', 0, 0, 70, 20, { size: 13, weight: 500, color: BRAND }),
        go(T('Revoke access', 0, 0, 100, 20, { size: 13, weight: 500, color: '#B91C1C' }), 's_revoke', 'OVERLAY'),
      ], { gap: 16 }),
    ], { gap: 16, pad: 0 })),
  ], { gap: 24 }),
  go(T('Account', 48, 600, 80, 20, { size: 14, weight: 500, color: BRAND, deco: 'UNDERLINE' }), 's_account'),
]), 's_settings');

const revoke = key(F('Modal / revoke', 1540, 3000, W, H, { fills: solid('#000000', 0.45) }, [
  F('Frame 141', 490, 300, 460, 260, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [
    T('Revoke Shopify access?', 32, 32, 396, 28, { size: 20, weight: 700, color: INK }),
    T('Tallyside stops importing orders. Filed returns stay in your history.', 32, 72, 396, 40, { size: 14, color: MUTED }),
    act(ghost('Keep', 196, 188, 100), 'CLOSE'),
    act(F('Frame 143', 308, 188, 120, 40, { fills: solid('#B91C1C'), cornerRadius: 6 }, [
      T('Revoke', 0, 11, 120, 18, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]), 'CLOSE'),
  ]),
]), 's_revoke');

const account = key(F('Settings / Account', 3080, 3000, W, H, { fills: solid('#FFFFFF') }, [
  topNav(4),
  col('Frame 150', 48, 96, 640, [
    T('Account', 0, 0, 640, 34, { size: 26, weight: 700, color: INK }),
    T('Owner  ·  dana@northfieldgoods.com', 0, 0, 640, 20, { size: 14, color: INK }),
    T('Plan  ·  Growth, renews Apr 1', 0, 0, 640, 20, { size: 14, color: INK }),
    F('Danger zone', 0, 0, 640, 120, { strokes: solid('#FCA5A5'), cornerRadius: 8, fills: [] }, [
      T('Delete account', 20, 20, 400, 20, { size: 15, weight: 600, color: '#B91C1C' }),
      T('Permanently removes filings, exemption certificates and users.', 20, 48, 580, 18, { size: 13, color: MUTED }),
      F('Frame 152', 20, 76, 140, 32, { strokes: solid('#B91C1C'), cornerRadius: 6, fills: [] }, [
        T('Delete account', 0, 7, 140, 18, { size: 13, weight: 600, color: '#B91C1C', align: 'CENTER' }),
      ]),
    ]),
    go(ghost('Back to Nexus', 0, 0, 150), 's_dash'),
  ], { gap: 16 }),
]), 's_account');

const filings = key(F('Filings', 0, 4000, W, H, { fills: solid('#F9FAFB') }, [
  topNav(1),
  T('Upcoming filings', 48, 96, 600, 34, { size: 26, weight: 700, color: INK }),
  col('Frame 160', 48, 150, 800, ['WA · Q1 return · due Apr 30', 'TX · March return · due Apr 20', 'OR · none (no sales tax)'].map((s) =>
    F('Row', 0, 0, 800, 52, { fills: solid('#FFFFFF'), cornerRadius: 6, strokes: solid(LINE) }, [
      T(s, 16, 16, 700, 20, { size: 14, color: INK }),
    ])), { gap: 10 }),
]), 's_filings');

// ---------- components page ----------
const compPage = [
  CSET('Btn', 0, 0, 400, 180, [
    key(COMP('Property 1=Default', 'c_btn', 20, 20, 160, 40, { fills: solid(BRAND), cornerRadius: 6, _setKey: 'cs_btn' }, [
      T('Button', 0, 11, 160, 18, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]), 'c_btn'),
    key(go(COMP('Property 1=Hover', 'c_btn_h', 20, 100, 160, 40, { fills: solid('#115E59'), cornerRadius: 6, _setKey: 'cs_btn' }, [
      T('Button', 0, 11, 160, 18, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]), 'c_btn', 'CHANGE_TO', 'ON_HOVER'), 'c_btn_h'),
  ], { fills: [] }),
  COMP('Comp / Card / Platform', 'c_card', 500, 0, 300, 88, { fills: solid('#FFFFFF'), strokes: solid(LINE), cornerRadius: 8 }, [
    R('logo', 16, 24, 40, 40, { fills: solid('#E5E7EB'), cornerRadius: 8 }),
    T('Platform', 68, 22, 210, 20, { size: 15, weight: 600, color: INK }),
  ]),
];
compPage[0]._key = 'cs_btn';
// Go back link for the redirect-Continue in the hover variant
go(compPage[0].children[0], 'c_btn_h', 'CHANGE_TO', 'ON_HOVER');

const cover = [F('Cover', 0, 0, 1920, 960, { fills: solid('#042F2E') }, [
  T('Tallyside — Onboarding v3', 120, 380, 1200, 80, { size: 64, weight: 700, color: '#FFFFFF' }),
  T('Status: ready for dev  ·  Owner: Product design', 120, 480, 1200, 30, { size: 24, color: '#99F6E4' }),
])];

const archive = [
  F('Channels (v1, old)', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
    T('Link your store', 80, 80, 600, 34, { size: 26, weight: 700, color: INK }),
    T('Shopify · Amazon · Etsy', 80, 130, 600, 20, { size: 15, color: MUTED }),
    F('Frame 9', 80, 180, 200, 40, { fills: solid(BRAND), cornerRadius: 6 }, [
      T('Link store', 0, 11, 200, 18, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]),
  ]),
];

const doc = build({
  name: 'Tallyside — Onboarding v3',
  lastModified: '2026-03-11T17:42:08Z',
  version: '5120448839',
  pages: [
    { name: 'Cover', children: cover },
    { name: '🧩 Components', children: compPage },
    {
      name: 'Onboarding flow',
      children: [
        SEC('Onboarding — desktop', -100, -100, 4720, 2100, [signup, pricing, business, channels, redirect]),
        status, confirm, dash, integrations, revoke, account, filings,
      ],
      start: [['s_signup', 'Sign up → onboarding']],
    },
    { name: 'Archive', children: archive },
  ],
});
// Positions in the section were given relative to it; frames outside the section start at y 2000.
write(OUT, 'h16-sales-tax-desktop', doc, {
  kind: 'onboarding',
  description: 'US sales-tax compliance SaaS, 1440 desktop onboarding wizard with a left step sidebar: sign-up, business details, a sales-channel connect screen (Shopify, Amazon Seller Central, Etsy, QuickBooks Online, bank), a redirect modal, connected statuses, prefilled details, a nexus dashboard and an Integrations settings table with "Revoke access".',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'privacy.disconnect-anytime', 'privacy.mutual-nda', 'privacy.powered-by', 'platform.search'],
  notes: {
    'funnel.three-actions': 'Sign up → Business → Channels: the connect screen is two clicks from sign-up.',
    'funnel.social-proof': 'Controller quote on the sign-up panel.',
    'funnel.prefill': 'Confirm details screen says it was filled in from Shopify (name, address, sales).',
    'value.three-part': 'Channels header: value (nexus in every state, prefilled returns), data use (orders, refunds, tax collected, read-only), one main CTA "Connect Shopify".',
    'value.contextual-ctas': '"Connect Etsy" card inside the nexus map screen.',
    'value.progress-meter': '"1 of 3 channels connected" bar grows per connected source.',
    'privacy.disconnect-anytime': 'The only "disconnect later" line is a hidden layer; "Cancel anytime" on Pricing is about the subscription.',
    'platform.search': 'No search over the five platforms; only category lists.',
    'privacy.statistics': '"Trusted by 4,800+ online sellers" next to "256-bit encryption".',
    'privacy.support-contacts': 'Phone, email and chat in the wizard sidebar on every step.',
    'privacy.connection-guide': '"Setup guide: Amazon Seller Central" link under the platform list.',
    'platform.accurate-branding': 'Full names: Amazon Seller Central, QuickBooks Online.',
    'platform.non-linear': '"Save & exit" and "Invite your bookkeeper".',
    'connection.delete': '"Revoke access" per row with a confirm modal; "Delete account" is a look-alike.',
    'connection.refresh': '"Sync now" per row.',
    'connection.syncing-indicator': 'Spinner with "Syncing… 1,204 orders" on the Shopify row.',
  },
  flow: { start: 's_signup', connect: 's_channels', steps: 2, deadEnds: ['s_pricing'] },
});

// h133 — revenue insights for small gym chains, iPad landscape (1194x834).
// Connects a membership platform, Stripe and accounting. Older prototype
// style: prototypeStartNodeID only, some links as transitionNodeID.
import {
  Doc, frame, auto, group, text, rect, ellipse, vec, line, inst, compNode,
  go, close, url, statusBar, truthOut,
} from './lib.mjs';

const W = 1194;
const H = 834;
const LIME = '#B6F33A';
const DARK = '#0E1116';
const INK = '#F3F4F6';
const MUTED = '#9AA3AE';
const CARD = '#1A1F27';
const NBSP = '\u00A0';

function darkFrame(name, key, kids, opts = {}) {
  return frame(name, [0, 0, W, H], { key, fill: DARK, ...opts }, [statusBar(W, true), ...kids]);
}

function limeButton(label, x, y, w, nav) {
  // TEXT centred over a sibling RECTANGLE inside a GROUP
  return group('Group ' + (x + y), [x, y, w, 52], [
    rect('Rectangle ' + (y % 90), [0, 0, w, 52], { fill: LIME, radius: 12 }),
    text(label, [0, 15, w, 22], { size: 17, weight: 700, color: DARK, align: 'CENTER' }),
  ], nav);
}

function tile(nm, site, img, x, y, key) {
  return auto('Frame ' + (x + y), [x, y, 250, 84], 'h', [
    rect(nm, [16, 18, 48, 48], { image: img, radius: 10 }),
    auto('Frame ' + (x + y + 2), [76, 18, 160, 48], 'v', [
      text(nm, [0, 0, 160, 20], { size: 15, weight: 600, color: INK }),
      text(site, [0, 24, 160, 16], { size: 12, color: MUTED }),
    ], { gap: 4 }),
  ], { gap: 12, pad: 16, fill: CARD, radius: 14, link: go(key, 'OVERLAY') });
}

function coverage(n, x, y) {
  return auto('Coverage', [x, y, 320, 64], 'v', [
    text(`Insight coverage · ${n} of 3 sources`, [16, 12, 288, 18], { size: 13, weight: 600, color: INK }),
    auto('Frame 905', [16, 38, 288, 8], 'h', [0, 1, 2].map((i) => rect('Rectangle ' + (905 + i), [i * 98, 0, 92, 8], { fill: i < n ? LIME : '#2B323C', radius: 4 })), { gap: 6 }),
  ], { gap: 10, pad: 16, fill: CARD, radius: 12 });
}

function rail(active, toSources) {
  const items = [['Revenue', null], ['Members', null], ['Clubs', null], ['Sources', toSources], ['Settings', null]];
  return auto('Frame 1', [0, 0, 96, H], 'v', [
    vec('Vector', [28, 40, 40, 40], { fill: LIME }),
    ...items.map(([it, l], i) => auto('Frame ' + (2 + i), [8, 110 + i * 76, 80, 64], 'v', [
      vec('Vector', [28, 8, 24, 24], { fill: it === active ? LIME : MUTED }),
      text(it, [0, 40, 80, 16], { size: 11, weight: 500, color: it === active ? LIME : MUTED, align: 'CENTER' }),
    ], { gap: 6, old: l ?? undefined })),
  ], { gap: 12, pad: 8, fill: '#12161C' });
}

export function build() {
  const d = new Doc({ name: 'Liftline iPad — connect flow', lastModified: '2024-11-19T09:15:31Z', version: '4410276615' });
  d.component('chip', 'Chip', '');
  d.component('toggle', 'Switch / Off', '');

  d.page('Cover', [
    frame('Cover', [0, 0, 1600, 900], { fill: DARK }, [
      text('LIFTLINE', [120, 320, 900, 100], { size: 96, weight: 800, color: LIME }),
      text('iPad · connect sources · ready for dev', [120, 440, 900, 40], { size: 30, color: INK }),
    ]),
  ]);

  const signup = darkFrame('iPad Pro 11" - 1', 'signup', [
    rect('Rectangle 3', [0, 0, 560, H], { image: '0be2c7d1a9f34e8b6c5d4e3f2a1b0c9d8e7f6a5b' }),
    text('Every club. One revenue picture.', [620, 150, 500, 80], { size: 32, weight: 700, color: INK }),
    text('Memberships, class packs, PT and retail, rolled up across all your locations.', [620, 240, 500, 48], { size: 16, color: MUTED }),
    auto('Frame 20', [620, 310, 500, 260], 'v', [
      ...[['Work email', 'sam@ironhousegyms.com'], ['Password', '••••••••••'], ['Company', 'Ironhouse Gyms Ltd']].map(([l, v], i) => auto('Frame ' + (21 + i), [0, i * 84, 500, 76], 'v', [
        text(l, [0, 0, 500, 16], { size: 12, weight: 500, color: MUTED }),
        frame('Frame ' + (31 + i), [0, 24, 500, 48], { fill: CARD, radius: 10 }, [
          text(v, [16, 14, 460, 20], { size: 15, color: INK }),
        ]),
      ], { gap: 8 })),
    ], { gap: 8 }),
    limeButton('Create account', 620, 600, 500, { link: go('clubs') }),
    text('Plans & pricing', [620, 676, 500, 20], { size: 14, color: LIME, deco: 'UNDERLINE', align: 'CENTER', old: 'pricing' }),
  ]);

  const clubs = darkFrame('iPad Pro 11" - 2', 'clubs', [
    text('How many clubs do you run?', [197, 150, 800, 44], { size: 32, weight: 700, color: INK, align: 'CENTER' }),
    auto('Frame 40', [297, 240, 600, 64], 'h', ['1', '2–5', '6–20', '20+'].map((c, i) => inst('chip', 'Chip', [i * 150, 0, 138, 64], { fill: i === 1 ? LIME : CARD, radius: 32 }, [
      text(c, [0, 20, 138, 24], { size: 18, weight: 600, color: i === 1 ? DARK : INK, align: 'CENTER' }),
    ])), { gap: 12 }),
    text('We\u2019ll use this to lay out your dashboard.', [297, 330, 600, 20], { size: 14, color: MUTED, align: 'CENTER' }),
    group('Group 41', [397, 640, 400, 52], [
      rect('Rectangle 41', [0, 0, 400, 52], { fill: LIME, radius: 12 }),
      text('Next', [0, 15, 400, 22], { size: 17, weight: 700, color: DARK, align: 'CENTER' }),
    ], { old: 'hub' }),
  ]);

  const hub = darkFrame('iPad Pro 11" - 3', 'hub', [
    text('See revenue across every club', [48, 70, 700, 40], { size: 30, weight: 700, color: INK }),
    text('Plug in where the money comes from. Start with whichever you have to hand.', [48, 116, 700, 22], { size: 16, color: MUTED }),
    coverage(0, 826, 62),
    frame('Frame 60', [48, 160, 1098, 48], { fill: CARD, radius: 24 }, [
      vec('Vector', [18, 15, 18, 18], { fill: MUTED }),
      text('Find your platform', [48, 14, 400, 20], { size: 15, color: MUTED }),
    ]),
    auto('Frame 70', [48, 230, 1098, 440], 'v', [
      auto('Frame 71', [0, 0, 1098, 120], 'v', [
        text('Memberships', [0, 0, 400, 24], { size: 20, weight: 700, color: INK }),
        auto('Frame 72', [0, 36, 1098, 84], 'h', [
          tile('Mindbody Business', 'mindbodyonline.com', 'a11e9d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e', 0, 0, 'redirect'),
          tile('ABC Glofox', 'glofox.com', 'b22fae3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f', 266, 0, 'redirect'),
          tile('PushPress', 'pushpress.com', 'c33abf4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a', 532, 0, 'redirect'),
          tile('Zen Planner', 'zenplanner.com', 'd44bca5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b', 798, 0, 'redirect'),
        ], { gap: 16 }),
      ], { gap: 12 }),
      auto('Frame 73', [0, 150, 1098, 120], 'v', [
        text('Card payments', [0, 0, 400, 24], { size: 20, weight: 700, color: INK }),
        auto('Frame 74', [0, 36, 1098, 84], 'h', [
          tile('Stripe', 'stripe.com', 'e55cdb6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c', 0, 0, 'redirect'),
        ], { gap: 16 }),
      ], { gap: 12 }),
      auto('Frame 75', [0, 300, 1098, 120], 'v', [
        text('Accounting', [0, 0, 400, 24], { size: 20, weight: 700, color: INK }),
        auto('Frame 76', [0, 36, 1098, 84], 'h', [
          tile('Xero', 'xero.com', 'f66dec7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d', 0, 0, 'redirect'),
          tile('QuickBooks Online', 'quickbooks.intuit.com', '077efd8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e', 266, 0, 'redirect'),
          tile('Sage Business Cloud Accounting', 'sage.com', '188f0e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f', 532, 0, 'redirect'),
        ], { gap: 16 }),
      ], { gap: 12 }),
    ], { gap: 30 }),
    text('🔒 Secured with 256-bit encryption — we\u2019ll never share your data without your OK. Change your mind? Disconnect any source from Settings whenever you want.', [48, 690, 760, 40], { size: 13, color: MUTED }),
    text(`2,100+${NBSP}clubs and 9.4M member records secured`, [48, 740, 500, 18], { size: 13, weight: 600, color: INK }),
    text('Setup guide: connecting Mindbody (4 min read)', [48, 770, 500, 18], { size: 13, color: LIME, deco: 'UNDERLINE', link: url('https://help.liftline.io/guides/connect-mindbody') }),
    text('Send this step to your finance lead · Do this later', [826, 740, 320, 18], { size: 13, color: LIME, align: 'RIGHT', link: go('dash') }),
  ]);

  const redirect = frame('Modal', [0, 0, 520, 400], { key: 'redirect', fill: CARD, radius: 20 }, [
    group('Group 80', [200, 36, 120, 48], [
      rect('Stripe', [0, 0, 48, 48], { image: 'e55cdb6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c', radius: 10 }),
      vec('Vector', [56, 18, 8, 12], { fill: MUTED }),
      vec('Vector', [72, 0, 48, 48], { fill: LIME }),
    ]),
    text('Stripe opens in a secure window', [32, 110, 456, 30], { size: 22, weight: 700, color: INK, align: 'CENTER' }),
    text('Sign in, approve, and you\u2019ll bounce right back to Liftline.', [32, 150, 456, 44], { size: 15, color: MUTED, align: 'CENTER' }),
    limeButton('Open Stripe', 32, 240, 456, { link: go('syncing') }),
    text('Not now', [32, 316, 456, 20], { size: 15, color: MUTED, align: 'CENTER', link: close() }),
  ]);

  const syncing = darkFrame('iPad Pro 11" - 5', 'syncing', [
    ellipse('Ellipse 1', [557, 300, 80, 80], { fill: null, stroke: '#2B323C' }),
    vec('Spinner', [557, 300, 80, 40], { fill: LIME }),
    text('Syncing Stripe… 63%', [297, 410, 600, 30], { size: 22, weight: 600, color: INK, align: 'CENTER' }),
    text('First sync can take a couple of minutes. You can keep going.', [297, 450, 600, 20], { size: 15, color: MUTED, align: 'CENTER' }),
  ]);
  syncing.link = go('status', 'NAVIGATE', 'AFTER_TIMEOUT');

  const row = (nm, img, badge, badgeColor, sub) => auto('Frame ' + nm.length * 7, [0, 0, 700, 72], 'h', [
    rect(nm + ' logo', [16, 16, 40, 40], { image: img, radius: 8 }),
    auto('Frame ' + nm.length * 11, [72, 14, 420, 44], 'v', [
      text(nm, [0, 0, 420, 20], { size: 16, weight: 600, color: INK }),
      text(sub, [0, 24, 420, 16], { size: 12, color: MUTED }),
    ], { gap: 4 }),
    auto('Frame ' + nm.length * 13, [540, 22, 140, 28], 'h', [
      text(badge, [10, 5, 120, 18], { size: 13, weight: 600, color: badgeColor }),
    ], { pad: 5, fill: '#232A33', radius: 14 }),
  ], { gap: 16, pad: 16, fill: CARD, radius: 14 });

  const status = darkFrame('iPad Pro 11" - 6', 'status', [
    text('Nice — 2 sources in', [247, 80, 700, 40], { size: 30, weight: 700, color: INK }),
    coverage(2, 627, 140),
    auto('Frame 100', [247, 230, 700, 320], 'v', [
      row('Mindbody Business', 'a11e9d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e', 'Connected ✓', LIME, '3 sites · 4,812 active members'),
      row('Stripe', 'e55cdb6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c', 'Connected ✓', LIME, 'Payouts to Ironhouse Gyms Ltd'),
      row('Xero', 'f66dec7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d', 'Awaiting approval', '#FBBF24', 'Finish signing in to Xero to approve'),
      group('Group 101', [0, 252, 700, 56], [
        rect('Rectangle 101', [0, 0, 700, 56], { fill: null, radius: 14, stroke: '#2B323C' }),
        text('+ Add another location\u2019s account', [0, 18, 700, 20], { size: 15, weight: 600, color: LIME, align: 'CENTER' }),
      ], { link: go('hub') }),
    ], { gap: 12 }),
    limeButton('Continue', 397, 700, 400, { link: go('clubs2') }),
  ]);

  const clubs2 = darkFrame('iPad Pro 11" - 7', 'clubs2', [
    text('We found 3 clubs in Mindbody', [247, 80, 700, 40], { size: 30, weight: 700, color: INK }),
    text('Check the names and addresses — edit anything that\u2019s off.', [247, 126, 700, 20], { size: 15, color: MUTED }),
    auto('Frame 120', [247, 170, 700, 320], 'v', [
      ['Ironhouse Shoreditch', '12 Rivington St, London EC2A 3DU'],
      ['Ironhouse Camden', '44 Pratt St, London NW1 0DB'],
      ['FitLink Northside (franchise)', '7 Holloway Rd, London N7 8JG'],
    ].map(([n, a], i) => auto('Frame ' + (121 + i), [0, i * 96, 700, 84], 'v', [
      text(n, [16, 16, 600, 20], { size: 16, weight: 600, color: INK }),
      text(a, [16, 42, 600, 18], { size: 14, color: MUTED }),
      text('Imported from Mindbody', [16, 64, 300, 14], { size: 11, color: LIME }),
    ], { gap: 4, pad: 16, fill: CARD, radius: 12 })), { gap: 12 }),
    limeButton('Looks right', 397, 700, 400, { link: go('dash') }),
  ]);

  const dash = frame('iPad Pro 11" - 8', [0, 0, W, H], { key: 'dash', fill: DARK }, [
    rail('Revenue', 'sources'),
    text('Revenue · last 30 days', [128, 40, 600, 36], { size: 28, weight: 700, color: INK }),
    auto('Frame 140', [128, 96, 1034, 120], 'h', [
      ['Total', '£184,920'], ['Memberships', '£142,300'], ['PT & classes', '£31,480'], ['Retail', '£11,140'],
    ].map(([l, v], i) => auto('Frame ' + (141 + i), [i * 262, 0, 246, 120], 'v', [
      text(l, [16, 16, 200, 16], { size: 13, color: MUTED }),
      text(v, [16, 40, 200, 36], { size: 28, weight: 700, color: INK }),
    ], { gap: 8, pad: 16, fill: CARD, radius: 14 })), { gap: 16 }),
    frame('Frame 150', [128, 236, 508, 360], { fill: CARD, radius: 14 }, [
      text('Revenue by club', [20, 20, 400, 22], { size: 17, weight: 600, color: INK }),
      rect('Rectangle 151', [40, 180, 60, 140], { fill: LIME, radius: 6 }),
      rect('Rectangle 152', [140, 120, 60, 200], { fill: LIME, radius: 6 }),
      rect('Rectangle 153', [240, 220, 60, 100], { fill: LIME, radius: 6 }),
    ]),
    frame('Frame 160', [654, 236, 508, 360], { fill: CARD, radius: 14 }, [
      text('Cost per member by club', [20, 20, 400, 22], { size: 17, weight: 600, color: INK }),
      vec('Vector', [224, 110, 60, 48], { fill: '#2B323C' }),
      text('Connect your accounting to add costs and see margin per member.', [64, 176, 380, 44], { size: 15, color: MUTED, align: 'CENTER' }),
      limeButton('Connect accounting', 154, 240, 200, { link: go('hub') }),
    ]),
    text('What\u2019s new: class-pack forecasting', [128, 620, 500, 20], { size: 14, color: LIME, link: go('tour', 'OVERLAY') }),
  ]);

  const sources = frame('iPad Pro 11" - 9', [0, 0, W, H], { key: 'sources', fill: DARK }, [
    rail('Sources', 'sources'),
    text('Sources', [128, 40, 600, 36], { size: 28, weight: 700, color: INK }),
    auto('Frame 170', [128, 100, 1034, 420], 'v', [
      ...[
        ['Mindbody Business', 'a11e9d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e', 'First sync 19 Nov 2024, 10:02 · Last sync today 08:30 · 3 sites'],
        ['Stripe', 'e55cdb6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c', 'First sync 19 Nov 2024, 10:05 · Last sync today 08:31 · GBP account'],
      ].map(([n, img, meta], i) => auto('Frame ' + (171 + i), [0, i * 112, 1034, 96], 'h', [
        rect(n, [20, 24, 48, 48], { image: img, radius: 10 }),
        auto('Frame ' + (181 + i), [84, 24, 560, 48], 'v', [
          text(n, [0, 0, 560, 20], { size: 17, weight: 600, color: INK }),
          text(meta, [0, 26, 560, 18], { size: 13, color: MUTED }),
        ], { gap: 6 }),
        auto('Frame ' + (191 + i), [680, 28, 334, 40], 'h', [
          frame('Frame ' + (195 + i), [0, 0, 150, 40], { fill: null, radius: 10, stroke: LIME }, [
            vec('Vector', [14, 12, 16, 16], { fill: LIME }),
            text('Refresh now', [38, 11, 100, 18], { size: 14, weight: 600, color: LIME }),
          ]),
          text('Revoke access', [170, 11, 140, 18], { size: 14, weight: 600, color: '#F87171', link: go('revoke', 'OVERLAY') }),
        ], { gap: 20 }),
      ], { gap: 16, pad: 20, fill: CARD, radius: 14 })),
      auto('Frame 199', [0, 224, 1034, 64], 'h', [
        vec('Spinner', [20, 20, 24, 24], { fill: LIME }),
        text('Xero — syncing invoices and bills…', [60, 22, 600, 20], { size: 15, color: INK }),
      ], { gap: 16, pad: 20, fill: CARD, radius: 14 }),
    ], { gap: 16 }),
  ]);

  const revoke = frame('Modal / revoke', [0, 0, 480, 300], { key: 'revoke', fill: CARD, radius: 20 }, [
    text('Revoke Liftline\u2019s access to Stripe?', [32, 32, 416, 60], { size: 22, weight: 700, color: INK }),
    text('We\u2019ll stop syncing and remove Stripe figures from your dashboards.', [32, 100, 416, 44], { size: 15, color: MUTED }),
    frame('Frame 210', [32, 180, 200, 48], { fill: '#F87171', radius: 12, link: close() }, [
      text('Revoke', [0, 14, 200, 20], { size: 16, weight: 700, color: DARK, align: 'CENTER' }),
    ]),
    frame('Frame 211', [248, 180, 200, 48], { fill: null, radius: 12, stroke: MUTED, link: close() }, [
      text('Cancel', [0, 14, 200, 20], { size: 16, color: INK, align: 'CENTER' }),
    ]),
  ]);

  const tour = frame('Modal / what\u2019s new', [0, 0, 560, 420], { key: 'tour', fill: CARD, radius: 20 }, [
    rect('Rectangle 220', [0, 0, 560, 200], { image: '29a01fae1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a', radius: 20 }),
    text('Class packs, forecast', [32, 224, 496, 30], { size: 22, weight: 700, color: INK }),
    text('See when packs will be used up and what renewals to expect next month.', [32, 262, 496, 44], { size: 15, color: MUTED }),
    text('Skip tour', [32, 350, 120, 20], { size: 15, color: MUTED, link: close() }),
    limeButton('Show me', 328, 336, 200, { link: close() }),
  ]);

  const pricing = darkFrame('Pricing', 'pricing', [
    text('Plans', [48, 70, 600, 44], { size: 34, weight: 700, color: INK }),
    auto('Frame 300', [48, 150, 1098, 360], 'h', [
      ['Studio', '£79 / month', '1 club · 2 sources'],
      ['Chain', '£199 / month', 'Up to 10 clubs · unlimited sources'],
      ['Group', 'Talk to us', '10+ clubs · SSO'],
    ].map(([n, p, f], i) => auto('Frame ' + (301 + i), [i * 372, 0, 354, 360], 'v', [
      text(n, [24, 24, 300, 24], { size: 20, weight: 700, color: INK }),
      text(p, [24, 60, 300, 34], { size: 28, weight: 700, color: LIME }),
      text(f, [24, 110, 300, 20], { size: 15, color: MUTED }),
    ], { gap: 12, pad: 24, fill: CARD, radius: 16 })), { gap: 18 }),
    text('Monthly billing, cancel anytime. Prices exclude VAT.', [48, 540, 800, 20], { size: 14, color: MUTED }),
  ]);

  const frames = [signup, clubs, hub, redirect, syncing, status, clubs2, dash, sources, revoke, tour, pricing];
  frames.forEach((f, i) => {
    f._box = [(i % 4) * 1400, Math.floor(i / 4) * 1100, f._box[2], f._box[3]];
  });
  d.page('Flow — iPad', [
    ...frames,
    frame('Connect — alt layout (parked)', [0, 3400, W, H], { fill: DARK, visible: false }, [
      text('Link your gym software', [48, 70, 700, 40], { size: 30, weight: 700, color: INK }),
      text('Powered by Codat', [48, 770, 300, 18], { size: 12, color: MUTED }),
    ]),
  ], { protoStart: 'signup' });

  d.page('Components', [
    compNode('chip', 'Chip', [0, 0, 138, 64], { fill: CARD, radius: 32 }, [
      text('Label', [0, 20, 138, 24], { size: 18, weight: 600, color: INK, align: 'CENTER' }),
    ]),
    compNode('toggle', 'Switch / Off', [200, 0, 52, 32], { fill: '#2B323C', radius: 16 }, [
      ellipse('Knob', [4, 4, 24, 24], { fill: INK }),
    ]),
  ]);

  d.page('Archive', [
    frame('Old onboarding — phone', [0, 0, 390, 844], { fill: DARK }, [
      text('Skip', [320, 60, 50, 20], { size: 15, color: MUTED }),
      text('Welcome to Liftline', [24, 400, 340, 40], { size: 28, weight: 700, color: INK }),
      line('Line 1', [24, 460, 340, 0]),
    ]),
  ]);

  const { json, keyToId } = d.finish();
  const k = (s) => keyToId[s];
  const present = [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.contextual-ctas', 'value.progress-meter',
    'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ];
  const absent = [
    'funnel.greeting-email', 'funnel.social-proof', 'value.three-part', 'privacy.data-scope',
    'privacy.consent-action', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.alternatives',
  ];
  const notes = {
    'funnel.three-actions': 'Sign-up → club count → source picker: two steps.',
    'funnel.cta-visible': 'The source picker is a full screen of platform tiles right after sign-up; "Sources" is a permanent rail entry.',
    'funnel.prefill': '"We found 3 clubs in Mindbody" — club names and addresses shown prefilled and tagged as imported.',
    'value.contextual-ctas': 'Dashboard: empty "Cost per member by club" card with a "Connect accounting" button.',
    'value.progress-meter': '"Insight coverage · n of 3 sources" segmented meter grows as sources connect.',
    'privacy.trust-language': '"Secured with 256-bit encryption — we\u2019ll never share your data without your OK."',
    'privacy.disconnect-anytime': '"Disconnect any source from Settings whenever you want."',
    'privacy.connection-guide': '"Setup guide: connecting Mindbody (4 min read)".',
    'privacy.statistics': '"2,100+ clubs and 9.4M member records secured".',
    'platform.explain-redirect': 'Modal: "Stripe opens in a secure window — sign in, approve, and you\u2019ll bounce right back".',
    'platform.grouped-categories': 'Tiles grouped under Memberships, Card payments and Accounting.',
    'platform.accurate-branding': 'Image logos, full names (QuickBooks Online, Sage Business Cloud Accounting, Mindbody Business) and site addresses.',
    'platform.search': '"Find your platform" search field with magnifier above the tiles.',
    'platform.non-linear': '"Send this step to your finance lead · Do this later".',
    'platform.multiple-connections': 'Status screen: two "Connected ✓", one "Awaiting approval", plus "+ Add another location\u2019s account".',
    'connection.view-live': 'Sources: platform names, first and last sync times, account metadata (GBP account, 3 sites).',
    'connection.delete': '"Revoke access" with a confirmation modal.',
    'connection.refresh': '"Refresh now" on each source.',
    'connection.syncing-indicator': 'Spinner with "Syncing Stripe… 63%" and a syncing row in Sources.',
    'funnel.greeting-email': 'No email frame.',
    'funnel.social-proof': 'No testimonial, review or rating anywhere.',
    'value.three-part': 'The picker states a benefit and offers tiles but never says how the data will be used, and there is no single main connect CTA.',
    'privacy.data-scope': 'No copy naming which data is read or in which direction it flows.',
    'privacy.consent-action': 'No checkbox or explicit consent step before the redirect.',
    'privacy.support-contacts': 'No phone, email or chat anywhere in the flow.',
    'privacy.powered-by': 'Only in a hidden, parked frame.',
    'privacy.mutual-nda': 'No NDA offer.',
    'platform.alternatives': 'Nothing for a club whose platform is not listed.',
  };
  const flow = { startFrameId: k('signup'), connectFrameId: k('hub'), stepsToConnect: 2, deadEnds: [k('pricing')] };
  const truth = truthOut('h133-gym-chain-revenue-tablet.json', 'onboarding',
    'iPad landscape (1194x834) onboarding for a revenue-insights product for small gym chains. After sign-up and a club-count question the operator connects a membership platform (Mindbody, Glofox, PushPress, Zen Planner), Stripe and accounting (Xero, QuickBooks Online, Sage). The page uses prototypeStartNodeID only and several older transitionNodeID links.',
    present, absent, notes, flow);
  return { name: 'h133-gym-chain-revenue-tablet', json, truth, connectCandidates: [k('hub'), k('redirect'), k('status'), k('dash')] };
}

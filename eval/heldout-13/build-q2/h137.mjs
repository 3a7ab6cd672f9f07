// h137: runway forecasting for startups, desktop 1280x800, US English, dense data screens.
import { Doc, writeTruth } from './lib.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'h137-saas-startup-runway-desktop.json');
const d = new Doc('h137', {
  title: 'Burnline — Web app / Onboarding + Integrations',
  lastModified: '2026-02-26T21:07:51Z',
  version: '4790115208',
  font: 'Inter',
});
const W = 1280;
const H = 800;
const INK = '#0f172a';
const MUTED = '#64748b';
const BLUE = '#2952e3';
const LINE = '#e2e8f0';
const img = (ref) => [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

d.page('Cover');
d.cur.children.push(
  d.F('Cover', 0, 0, 1600, 960, { fill: INK }, [
    d.T('Burnline', 120, 300, 900, 110, { size: 88, weight: 700, color: '#ffffff' }),
    d.T('Onboarding + data sources · Q1 handoff', 120, 430, 1000, 50, { size: 32, color: '#cbd5e1' }),
  ]),
);

// ---------- components ----------
d.page('Components');
const bDef = d.C('bDef', 'State=Default', 20, 20, 160, 40, { fill: BLUE, radius: 8 }, [
  d.T('Button', 16, 11, 128, 18, { size: 14, weight: 600, color: '#fff', align: 'CENTER' }),
]);
const bHov = d.C('bHov', 'State=Hover', 20, 80, 160, 40, { fill: '#1f3fb8', radius: 8 }, [
  d.T('Button', 16, 11, 128, 18, { size: 14, weight: 600, color: '#fff', align: 'CENTER' }),
]);
d.cur.children.push(
  d.CS('Btn', 0, 0, 200, 140, [bDef, bHov], 'Primary action button'),
  d.C('nav', 'sidebar/item', 240, 20, 200, 36, {}, [
    d.V(null, 12, 10, 16, 16, { fill: MUTED }),
    d.T('Item', 40, 9, 150, 18, { size: 14, color: MUTED }),
  ]),
  d.C('badge', 'Badge', 480, 20, 120, 24, { fill: '#dcfce7', radius: 12 }, [d.T('Badge', 8, 4, 104, 16, { size: 12, weight: 600, color: '#166534', align: 'CENTER' })]),
);

// ---------- flows ----------
const flow = d.page('Desktop flows', [
  { key: 'signup', name: 'Onboarding' },
  { key: 'dashboard', name: 'Returning user' },
]);
const btn = (label, x, y, w = 160, h = 40, name = 'Btn') =>
  d.I('bDef', name, x, y, w, h, {}, [d.T(label, 12, (h - 18) / 2, w - 24, 18, { size: 14, weight: 600, color: '#fff', align: 'CENTER' })]);
const input = (label, ph, x, y, w = 400) =>
  d.F(null, x, y, w, 64, { layout: 'VERTICAL', gap: 6 }, [
    d.T(label, 0, 0, w, 18, { size: 13, weight: 500 }),
    d.F(null, 0, 24, w, 40, { fill: '#fff', stroke: '#cbd5e1', radius: 6 }, [d.T(ph, 12, 11, w - 24, 18, { size: 14, color: '#94a3b8' })]),
  ]);
const sidebar = (active) =>
  d.F('Sidebar', 0, 0, 232, H, { fill: '#f8fafc', stroke: LINE, layout: 'VERTICAL', gap: 4, padX: 16, padY: 20 }, [
    d.AL('HORIZONTAL', 16, 20, 200, 32, { gap: 8 }, [d.V('logo', 0, 4, 24, 24, { fill: BLUE }), d.T('Burnline', 32, 6, 160, 20, { size: 16, weight: 700 })]),
    ...['Overview', 'Forecast', 'Hiring plan', 'Spend', 'Data sources', 'Settings'].map((t, i) =>
      d.I('nav', t === active ? 'sidebar/item active' : 'sidebar/item', 16, 76 + i * 40, 200, 36, t === active ? { fill: '#e0e7ff', radius: 6 } : {}, [
        d.V(null, 12, 10, 16, 16, { fill: t === active ? BLUE : MUTED }),
        d.T(t, 40, 9, 150, 18, { size: 14, weight: t === active ? 600 : 400, color: t === active ? BLUE : MUTED }),
      ]),
    ),
    d.T('Acme Bio, Inc. ▾', 16, H - 48, 200, 18, { size: 13, color: MUTED }),
  ]);
const navTo = (sb, map) => {
  const names = ['Overview', 'Forecast', 'Hiring plan', 'Spend', 'Data sources', 'Settings'];
  for (const [label, key] of Object.entries(map)) d.go(sb.children[1 + names.indexOf(label)], key);
};
const chat = () => d.E('chat bubble', W - 76, H - 76, 52, 52, { fill: BLUE });

const secOn = d.S('Onboarding', 0, 0, 3 * (W + 120) + 120, 2 * (H + 120) + 120, []);
const secCx = d.S('Connect', 0, 2 * (H + 120) + 300, 3 * (W + 120) + 120, 2 * (H + 120) + 120, []);
flow.children.push(secOn, secCx);
const at = (col, row) => [120 + col * (W + 120), 120 + row * (H + 120)];

// sign up
const getStarted = btn('Get started', 120, 470, 400, 44);
const terms = d.T('Terms of Service', 120, 540, 150, 18, { size: 13, color: BLUE, deco: 'UNDERLINE' });
const signup = d.screen('signup', 'Sign up', ...at(0, 0), W, H, {}, [
  d.F('Left', 0, 0, 640, H, { layout: 'VERTICAL', gap: 16, padX: 120, padY: 120 }, [
    d.T('Create your Burnline workspace', 120, 120, 440, 72, { size: 28, weight: 700 }),
    d.T('Know exactly how many months you have left. Free for 14 days.', 120, 200, 400, 40, { size: 15, color: MUTED }),
    d.F('Frame 12', 120, 260, 400, 44, { stroke: '#cbd5e1', radius: 8 }, [
      d.V('G', 120, 14, 16, 16, { fill: '#ea4335' }),
      d.T('Continue with Google', 146, 13, 200, 18, { size: 14, weight: 500 }),
    ]),
    d.T('or', 120, 320, 400, 18, { size: 12, color: MUTED, align: 'CENTER' }),
    input('Work email', 'you@company.com', 120, 350),
    getStarted,
    terms,
    d.T('By continuing you agree to our Terms and Privacy Policy.', 280, 540, 300, 18, { size: 12, color: MUTED }),
  ]),
  d.F('Right', 640, 0, 640, H, { fill: '#eef2ff' }, [
    d.T('“Burnline replaced three spreadsheets and a monthly panic attack before board meetings.”', 80, 240, 480, 100, { size: 22, weight: 600 }),
    d.AL('HORIZONTAL', 80, 370, 480, 44, { gap: 12 }, [
      d.E(null, 0, 0, 44, 44, { fills: img('aa01b2c3d4') }),
      d.T('Dana Whitfield\nCFO, Lumen Robotics', 56, 2, 400, 40, { size: 13, color: MUTED }),
    ]),
    d.T('Backed by teams at', 80, 600, 480, 16, { size: 12, color: MUTED }),
    d.AL('HORIZONTAL', 80, 630, 480, 32, { gap: 24 }, [
      d.R(null, 0, 0, 96, 32, { fills: img('1e2f3a4b5c') }),
      d.R(null, 120, 0, 96, 32, { fills: img('2f3a4b5c6d') }),
      d.R(null, 240, 0, 96, 32, { fills: img('3a4b5c6d7e') }),
      d.R(null, 360, 0, 96, 32, { fills: img('4b5c6d7e8f') }),
    ]),
  ]),
]);
secOn.children.push(signup);

// terms (dead end)
const tBack = d.T('← Back', 80, 40, 100, 20, { size: 14, color: BLUE });
d.act(tBack, { type: 'BACK' });
const termsF = d.screen('terms', 'Terms of Service', ...at(1, 0), W, H, {}, [
  tBack,
  d.T('Terms of Service', 80, 90, 800, 40, { size: 28, weight: 700 }),
  d.T('Last updated January 12, 2026', 80, 140, 800, 18, { size: 13, color: MUTED }),
  d.T('1. Accounts\nYou are responsible for activity under your workspace…\n\n2. Subscriptions\nPaid plans renew monthly or annually. You may cancel anytime; fees already paid are non-refundable…\n\n3. Customer data\nYou retain all rights to data you upload or connect…\n\n4. Acceptable use\n…', 80, 180, 760, 520, { size: 14 }),
]);
secOn.children.push(termsF);
d.go(terms, 'terms');

// workspace
const wsNext = btn('Continue', 440, 560, 400, 44);
const workspace = d.screen('workspace', 'Create workspace', ...at(2, 0), W, H, { fill: '#f8fafc' }, [
  d.F(null, 390, 120, 500, 520, { fill: '#fff', radius: 12, stroke: LINE }, [
    d.AL('VERTICAL', 50, 40, 400, 300, { gap: 20 }, [
      d.T('Name your workspace', 0, 0, 400, 32, { size: 24, weight: 700 }),
      input('Company name', 'Acme Bio, Inc.', 0, 52),
      input('Workspace URL', 'acmebio.burnline.app', 0, 136),
    ]),
  ]),
  wsNext,
]);
secOn.children.push(workspace);
d.go(getStarted, 'workspace');

// company basics
const stNext = btn('Continue', 440, 600, 400, 44);
const chip = (t, x, on) => d.F(null, x, 0, 120, 36, on ? { fill: BLUE, radius: 18 } : { stroke: '#cbd5e1', radius: 18 }, [d.T(t, 8, 9, 104, 18, { size: 13, color: on ? '#fff' : INK, align: 'CENTER' })]);
const stage = d.screen('stage', 'Company basics', ...at(0, 1), W, H, { fill: '#f8fafc' }, [
  d.F(null, 390, 80, 500, 600, { fill: '#fff', radius: 12, stroke: LINE }, [
    d.AL('VERTICAL', 50, 40, 400, 420, { gap: 18 }, [
      d.T('A few basics', 0, 0, 400, 32, { size: 24, weight: 700 }),
      d.T('Stage', 0, 50, 400, 18, { size: 13, weight: 500 }),
      d.AL('HORIZONTAL', 0, 76, 400, 36, { gap: 8 }, [chip('Pre-seed', 0), chip('Seed', 128, true), chip('Series A+', 256)]),
      input('Fiscal year starts', 'January', 0, 130),
      input('Reporting currency', 'USD — US dollar', 0, 212),
      input('Headcount', '23', 0, 294),
    ]),
  ]),
  stNext,
]);
secOn.children.push(stage);
d.go(wsNext, 'stage');

// invite team
const sendInv = btn('Send invites', 690, 600, 200, 44);
const skipInv = d.T('Skip for now', 390, 612, 200, 20, { size: 14, color: MUTED });
const team = d.screen('team', 'Invite your team', ...at(1, 1), W, H, { fill: '#f8fafc' }, [
  d.F(null, 390, 80, 500, 480, { fill: '#fff', radius: 12, stroke: LINE }, [
    d.AL('VERTICAL', 50, 40, 400, 400, { gap: 16 }, [
      d.T('Bring in your co-founders', 0, 0, 400, 32, { size: 24, weight: 700 }),
      d.T('Everyone sees the same runway. Viewers are free.', 0, 42, 400, 20, { size: 14, color: MUTED }),
      input('Email', 'maya@acmebio.com', 0, 80),
      input('Email', 'raj@acmebio.com', 0, 160),
      d.T('+ Add more', 0, 240, 120, 18, { size: 14, color: BLUE }),
      d.F(null, 0, 280, 400, 40, { stroke: '#cbd5e1', radius: 8 }, [d.T('Import team from LinkedIn', 12, 11, 376, 18, { size: 14, align: 'CENTER' })]),
    ]),
  ]),
  skipInv,
  sendInv,
]);
secOn.children.push(team);
d.go(stNext, 'team');

// connect hub
const srcRow = (cat, sub, y) => {
  const b = d.F('Frame 512', 1010, 24, 130, 40, { fill: BLUE, radius: 8 }, [d.T('Connect', 10, 11, 110, 18, { size: 14, weight: 600, color: '#fff', align: 'CENTER' })]);
  return [b, d.F(null, 0, y, 1160, 88, { fill: '#fff', radius: 10, stroke: LINE }, [
    d.V(null, 24, 28, 32, 32, { fill: BLUE }),
    d.T(cat, 76, 22, 600, 22, { size: 17, weight: 600 }),
    d.T(sub, 76, 48, 800, 18, { size: 13, color: MUTED }),
    b,
  ])];
};
const [cA, rowA] = srcRow('Accounting', 'QuickBooks Online, Xero, NetSuite and more', 0);
const [cB, rowB] = srcRow('Bank accounts', 'Mercury, Chase, Silicon Valley Bank, Brex and 12,000+ others', 100);
const [cP, rowP] = srcRow('Payroll', 'Gusto, Rippling, ADP Workforce Now, Justworks', 200);
const sendFin = d.T('Not the right person? Send this step to your finance lead →', 60, 640, 520, 18, { size: 14, color: BLUE });
const nda = d.T('Need a mutual NDA before you connect? Request one — we countersign within one business day.', 60, 676, 700, 18, { size: 13, color: MUTED, deco: 'UNDERLINE' });
d.act(nda, { type: 'URL', url: 'https://burnline.app/legal/mnda-request' });
const hub = d.screen('hub', 'Connect your stack', ...at(0, 0), W, H, { fill: '#f8fafc' }, [
  d.AL('VERTICAL', 60, 48, 1160, 560, { gap: 20, name: 'Main' }, [
    d.AL('HORIZONTAL', 0, 0, 1160, 64, { gap: 24 }, [
      d.AL('VERTICAL', 0, 0, 700, 64, { gap: 6 }, [
        d.T('Let’s get your numbers in', 0, 0, 700, 34, { size: 26, weight: 700 }),
        d.T('Takes about 2 minutes.', 0, 40, 700, 20, { size: 14, color: MUTED }),
      ]),
      d.AL('VERTICAL', 820, 0, 340, 64, { gap: 8, name: 'Confidence' }, [
        d.T('Forecast confidence: Low', 0, 0, 340, 18, { size: 13, weight: 600, color: '#b45309' }),
        d.F(null, 0, 26, 340, 8, { fill: LINE, radius: 4 }, [d.R(null, 0, 0, 60, 8, { fill: '#f59e0b', radius: 4 })]),
        d.T('Each source you add sharpens the zero-cash date.', 0, 42, 340, 16, { size: 12, color: MUTED }),
      ]),
    ]),
    d.AL('VERTICAL', 0, 84, 1160, 288, { gap: 12 }, [rowA, rowB, rowP]),
    d.AL('HORIZONTAL', 0, 392, 1160, 72, { gap: 24, name: 'Trust strip' }, [
      d.T('2,300 startups trust Burnline with $4.1B in cash balances', 0, 0, 360, 44, { size: 14, weight: 600 }),
      d.T('🔒 Bank-grade 256-bit encryption. SOC 2 Type II audited. We never sell or share your data.', 384, 0, 440, 44, { size: 13, color: MUTED }),
      d.AL('HORIZONTAL', 848, 10, 312, 24, { gap: 8 }, [
        d.T('Connections powered by', 0, 3, 160, 18, { size: 12, color: MUTED }),
        d.V('Codat wordmark', 168, 2, 72, 20, { fill: INK }),
      ]),
    ]),
  ]),
  sendFin,
  nda,
  chat(),
]);
secCx.children.push(hub);
d.go(sendInv, 'hub');
d.go(skipInv, 'hub');
for (const b of [cA, cB, cP]) d.go(b, 'picker');

// share overlay
const shareSend = btn('Send', 300, 150, 120, 40);
d.act(shareSend, { type: 'CLOSE' });
const shareOv = d.screen('share', 'Overlay — share step', ...at(1, 0), 460, 220, { radius: 12 }, [
  d.T('Hand off to your finance lead', 24, 20, 412, 24, { size: 18, weight: 700 }),
  d.T('They’ll get a link straight to this step — no account needed.', 24, 52, 412, 18, { size: 13, color: MUTED }),
  input('Their email', 'finance@acmebio.com', 24, 80, 260),
  shareSend,
]);
secCx.children.push(shareOv);
d.go(sendFin, 'share', 'OVERLAY');

// picker
const tile = (nm, ref, x) =>
  d.F(null, x, 0, 260, 64, { fill: '#fff', stroke: LINE, radius: 8, layout: 'HORIZONTAL', gap: 12, padX: 14, padY: 14 }, [
    d.R(null, 14, 14, 36, 36, { radius: 6, fills: img(ref) }),
    d.T(nm, 62, 23, 190, 18, { size: 14, weight: 500 }),
  ]);
const group = (title, names, y) =>
  d.AL('VERTICAL', 0, y, 1100, 110, { gap: 12 }, [
    d.T(title, 0, 0, 1100, 24, { size: 18, weight: 600 }),
    d.AL('HORIZONTAL', 0, 36, 1100, 64, { gap: 20 }, names.map(([n, r], i) => tile(n, r, i * 280))),
  ]);
const gBank = group('Bank accounts', [['Mercury', 'b0a1'], ['Chase for Business', 'b0a2'], ['Silicon Valley Bank', 'b0a3'], ['Brex', 'b0a4']], 130);
const mercury = gBank.children[1].children[0];
const guide = d.T('Setup guide: connecting your bank, NetSuite and other ERPs ↗', 90, 730, 600, 18, { size: 13, color: BLUE, deco: 'UNDERLINE' });
d.act(guide, { type: 'URL', url: 'https://docs.burnline.app/data-sources/setup' });
const pBack = d.T('← Data sources', 90, 30, 200, 18, { size: 13, color: MUTED });
d.act(pBack, { type: 'BACK' });
const picker = d.screen('picker', 'Add a data source', ...at(2, 0), W, H, {}, [
  pBack,
  d.AL('VERTICAL', 90, 60, 1100, 650, { gap: 20 }, [
    d.T('Add a data source', 0, 0, 1100, 34, { size: 26, weight: 700 }),
    d.F('Search', 0, 50, 520, 44, { stroke: '#cbd5e1', radius: 22 }, [
      d.V('magnifier', 16, 13, 18, 18, { fill: MUTED }),
      d.T('Search 12,000+ banks and tools', 44, 13, 440, 18, { size: 14, color: '#94a3b8' }),
    ]),
    gBank,
    group('Accounting', [['QuickBooks Online', 'a0a1'], ['Xero', 'a0a2'], ['NetSuite', 'a0a3'], ['Sage Intacct', 'a0a4']], 260),
    group('Payroll', [['Gusto', 'c0a1'], ['Rippling', 'c0a2'], ['ADP Workforce Now', 'c0a3'], ['Justworks', 'c0a4']], 390),
  ]),
  guide,
  chat(),
]);
secCx.children.push(picker);
d.go(mercury, 'redirect', 'OVERLAY');

// redirect overlay
const openMerc = btn('Open Mercury', 300, 196, 180, 40);
const cancelR = d.T('Cancel', 210, 207, 70, 18, { size: 14, color: MUTED });
d.act(cancelR, { type: 'CLOSE' });
const redirect = d.screen('redirect', 'Modal — Mercury handoff', ...at(1, 1), 520, 260, { radius: 12 }, [
  d.R(null, 24, 24, 40, 40, { radius: 8, fills: img('b0a1') }),
  d.T('Heading to Mercury', 80, 32, 400, 24, { size: 18, weight: 700 }),
  d.T('We’ll open Mercury in a secure window. Log in, approve access for Burnline, and you’ll land right back here to pick accounts.', 24, 84, 472, 60, { size: 14, color: MUTED }),
  cancelR,
  openMerc,
]);
secCx.children.push(redirect);
d.go(openMerc, 'sources');

// sources status
const addSrc = d.F('Frame 540', 0, 276, 1100, 52, { stroke: '#cbd5e1', radius: 8 }, [d.T('+ Add another source', 16, 16, 1068, 20, { size: 14, weight: 600, color: BLUE, align: 'CENTER' })]);
const toDash = btn('Go to dashboard', 990, 700, 200, 44);
const sRow = (nm, ref, stateEl, sub, y) =>
  d.F(null, 0, y, 1100, 80, { fill: '#fff', stroke: LINE, radius: 8 }, [
    d.R(null, 20, 20, 40, 40, { radius: 6, fills: img(ref) }),
    d.T(nm, 76, 18, 500, 20, { size: 15, weight: 600 }),
    d.T(sub, 76, 44, 600, 18, { size: 12, color: MUTED }),
    stateEl,
  ]);
const sources = d.screen('sources', 'Data sources — setup', ...at(2, 1), W, H, { fill: '#f8fafc' }, [
  d.AL('VERTICAL', 90, 60, 1100, 600, { gap: 16 }, [
    d.AL('HORIZONTAL', 0, 0, 1100, 60, { gap: 20 }, [
      d.T('Your sources', 0, 0, 600, 34, { size: 26, weight: 700 }),
      d.AL('VERTICAL', 760, 0, 340, 60, { gap: 8 }, [
        d.T('Forecast confidence: Medium', 0, 0, 340, 18, { size: 13, weight: 600, color: '#a16207' }),
        d.F(null, 0, 26, 340, 8, { fill: LINE, radius: 4 }, [d.R(null, 0, 0, 200, 8, { fill: '#eab308', radius: 4 })]),
      ]),
    ]),
    d.AL('VERTICAL', 0, 84, 1100, 340, { gap: 12 }, [
      sRow('QuickBooks Online', 'a0a1', d.I('badge', 'Badge', 900, 28, 160, 24, { fill: '#dcfce7', radius: 12 }, [d.T('Connected ✓', 8, 4, 144, 16, { size: 12, weight: 600, color: '#166534', align: 'CENTER' })]), 'Acme Bio, Inc. · books through Jan 31', 0),
      sRow('Mercury', 'b0a1', d.G('Group 21', [d.E('spinner', 880, 30, 20, 20, { stroke: BLUE, strokeWeight: 3 }), d.T('Syncing 3 of 5 accounts…', 908, 31, 180, 18, { size: 12, color: BLUE })]), 'Checking ••4402, Treasury ••9180, …', 92),
      sRow('Gusto', 'c0a1', d.I('badge', 'Badge', 860, 28, 200, 24, { fill: '#fef3c7', radius: 12 }, [d.T('Pending authorization', 8, 4, 184, 16, { size: 12, weight: 600, color: '#92400e', align: 'CENTER' })]), 'Waiting on maya@acmebio.com to approve', 184),
      addSrc,
    ]),
  ]),
  toDash,
]);
secCx.children.push(sources);
d.go(addSrc, 'picker');
d.go(toDash, 'dashboard');

// dashboard (dense)
const kpi = (label, val, x, color = INK) =>
  d.F(null, x, 0, 236, 92, { fill: '#fff', stroke: LINE, radius: 8, layout: 'VERTICAL', gap: 6, padX: 16, padY: 14 }, [
    d.T(label, 16, 14, 204, 16, { size: 12, color: MUTED }),
    d.T(val, 16, 36, 204, 32, { size: 24, weight: 700, color }),
  ]);
const cell = (t, x, w, o = {}) => d.T(t, x, 9, w, 16, { size: 12, ...o });
const tableRow = (vals, widths, y, head) => {
  let x = 12;
  const kids = vals.map((v, i) => {
    const c = cell(v, x, widths[i] - 8, head ? { weight: 600, color: MUTED } : {});
    x += widths[i];
    return c;
  });
  return d.F(null, 0, y, widths.reduce((a, b) => a + b, 12), 34, head ? { fill: '#f1f5f9' } : { stroke: LINE }, kids);
};
const cGusto = btn('Connect payroll', 20, 110, 160, 36, 'Comp / Action / Small');
const newScenario = btn('New scenario', 840, 0, 160, 36);
d.act(newScenario, { type: 'NODE', destinationId: bHov.id, navigation: 'CHANGE_TO', transition: null }, 'ON_HOVER');
const dashSb = sidebar('Overview');
const months = ['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'];
const dashboard = d.screen('dashboard', 'Overview', 120, 2 * (2 * (H + 120) + 300) + 120, W, H, { fill: '#f8fafc' }, [
  dashSb,
  d.F('Content', 232, 0, 1048, H, { layout: 'VERTICAL', gap: 16, padX: 24, padY: 20 }, [
    d.AL('HORIZONTAL', 24, 20, 1000, 36, { gap: 12 }, [
      d.T('Overview', 0, 4, 400, 28, { size: 22, weight: 700 }),
      d.T('Weekly investor sync · Thu 10:00 AM', 480, 10, 340, 16, { size: 12, color: MUTED, align: 'RIGHT' }),
      newScenario,
    ]),
    d.AL('HORIZONTAL', 24, 72, 1000, 92, { gap: 18 }, [
      kpi('Cash on hand', '$4,823,190', 0),
      kpi('Net burn (3-mo avg)', '$312,400/mo', 254),
      kpi('Runway', '15.4 months', 508, BLUE),
      kpi('Zero-cash date', 'Jun 2027', 762),
    ]),
    d.AL('HORIZONTAL', 24, 180, 1000, 300, { gap: 18 }, [
      d.F('Chart', 0, 0, 640, 300, { fill: '#fff', stroke: LINE, radius: 8 }, [
        d.T('Cash balance vs. plan', 16, 14, 300, 20, { size: 14, weight: 600 }),
        d.V('line — actual', 16, 60, 600, 180, { stroke: BLUE }),
        d.V('line — plan', 16, 70, 600, 170, { stroke: '#94a3b8' }),
        d.T('$6M\n$4M\n$2M\n$0', 600, 50, 36, 200, { size: 10, color: MUTED }),
      ]),
      d.F('Payroll card', 658, 0, 342, 300, { fill: '#fff', stroke: LINE, radius: 8 }, [
        d.T('Headcount cost', 20, 16, 300, 20, { size: 14, weight: 600 }),
        d.T('Salaries are estimated from your P&L. Connect payroll to use real, per-person costs in burn and in your hiring plan.', 20, 44, 300, 60, { size: 13, color: MUTED }),
        cGusto,
        d.T('Est. $188K/mo · 23 people', 20, 250, 300, 18, { size: 12, color: MUTED }),
      ]),
    ]),
    d.F('Table', 24, 496, 1000, 240, { fill: '#fff', stroke: LINE, radius: 8, layout: 'VERTICAL', gap: 0 }, [
      tableRow(['Month', 'Revenue', 'COGS', 'Opex', 'Payroll', 'Net burn', 'End cash'], [130, 140, 130, 140, 140, 140, 140], 0, true),
      ...months.map((m, i) =>
        tableRow([`${m} 2026`, `$${(182 + i * 9).toFixed(0)}K`, `$${41 + i}K`, `$${129 + i * 3}K`, `$${188 + (i > 2 ? 14 : 0)}K`, `$${(318 - i * 4).toFixed(0)}K`, `$${(4.82 - i * 0.31).toFixed(2)}M`], [130, 140, 130, 140, 140, 140, 140], 34 * (i + 1)),
      ),
    ]),
  ]),
]);
flow.children.push(dashboard);
d.go(cGusto, 'picker');

// forecast (dense, scroll link)
const fcSb = sidebar('Forecast');
const jump = d.T('Jump to assumptions ↓', 840, 28, 180, 16, { size: 12, color: BLUE });
const assumptions = d.F('Assumptions', 24, 560, 1000, 220, { fill: '#fff', stroke: LINE, radius: 8 }, [
  d.T('Assumptions', 16, 14, 300, 20, { size: 14, weight: 600 }),
  d.T('Revenue growth 6% MoM · Churn 1.2% · Hires: 2 eng (Apr), 1 AE (Jun) · Cloud +4%/mo · Rent flat', 16, 44, 960, 40, { size: 13, color: MUTED }),
]);
const forecast = d.screen('forecast', 'Forecast — Base case', 120 + W + 120, 2 * (2 * (H + 120) + 300) + 120, W, H, { fill: '#f8fafc' }, [
  fcSb,
  d.F('Content', 232, 0, 1048, H, { clip: true }, [
    d.T('Forecast · Base case', 24, 20, 600, 28, { size: 22, weight: 700 }),
    jump,
    d.F('Grid', 24, 70, 1000, 470, { fill: '#fff', stroke: LINE, radius: 8, layout: 'VERTICAL', gap: 0 }, [
      tableRow(['Line item', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Total'], [170, 110, 110, 110, 110, 110, 110, 130], 0, true),
      ...['Subscription revenue', 'Hosting', 'Salaries & benefits', 'Software', 'Rent', 'Net burn', 'Ending cash'].map((li, i) =>
        tableRow([li, ...[0, 1, 2, 3, 4, 5].map((k) => `${(20 + i * 7 + k * 2).toFixed(0)}.${k}K`), `${(140 + i * 40)}K`], [170, 110, 110, 110, 110, 110, 110, 130], 34 * (i + 1)),
      ),
    ]),
    assumptions,
  ]),
]);
d.reg('assumptions', assumptions);
d.go(jump, 'assumptions', 'SCROLL_TO');
flow.children.push(forecast);

// integrations settings (dense)
const intSb = sidebar('Data sources');
const widths = [190, 100, 160, 120, 160, 100];
const iRow = (vals, y) => {
  const r = tableRow(vals, widths, y);
  r._r.w = 1000;
  r.children.push(
    d.T('Resync', 866, 9, 50, 16, { size: 12, weight: 600, color: BLUE }),
    d.T('Revoke', 936, 9, 50, 16, { size: 12, weight: 600, color: '#dc2626' }),
  );
  return r;
};
const integrations = d.screen('integrations', 'Data sources', 120 + 2 * (W + 120), 2 * (2 * (H + 120) + 300) + 120, W, H, { fill: '#f8fafc' }, [
  intSb,
  d.F('Content', 232, 0, 1048, H, { layout: 'VERTICAL', gap: 16, padX: 24, padY: 20 }, [
    d.T('Data sources', 24, 20, 600, 28, { size: 22, weight: 700 }),
    d.T('Everything Burnline reads from, in one place.', 24, 54, 900, 18, { size: 12, color: MUTED }),
    d.F('Table', 24, 90, 1000, 176, { fill: '#fff', stroke: LINE, radius: 8, layout: 'VERTICAL', gap: 0 }, [
      tableRow(['Source', 'Type', 'Connected', 'Last sync', 'Accounts', 'Status'], widths, 0, true),
      iRow(['QuickBooks Online', 'Accounting', 'Mar 2, 2026 9:14 AM', '2 min ago', 'Acme Bio, Inc.', 'Healthy'], 34),
      iRow(['Mercury', 'Bank', 'Mar 2, 2026 9:20 AM', '1 hr ago', '5 accounts · USD', 'Healthy'], 68),
      iRow(['Chase for Business', 'Bank', 'Mar 2, 2026 9:31 AM', 'Yesterday 6:02 PM', '1 account · USD', 'Needs re-auth'], 102),
      iRow(['Gusto', 'Payroll', 'Mar 3, 2026 11:05 AM', 'Mar 3, 11:40 AM', '23 employees', 'Healthy'], 136),
    ]),
    d.T('Sync history →', 24, 290, 200, 16, { size: 12, color: BLUE }),
  ]),
]);
flow.children.push(integrations);

// workspace settings (look-alikes)
const setSb = sidebar('Settings');
const settings = d.screen('settings', 'Settings — Workspace', 120 + 3 * (W + 120), 2 * (2 * (H + 120) + 300) + 120, W, H, { fill: '#f8fafc' }, [
  setSb,
  d.F('Content', 232, 0, 1048, H, { layout: 'VERTICAL', gap: 20, padX: 24, padY: 20 }, [
    d.T('Workspace settings', 24, 20, 600, 28, { size: 22, weight: 700 }),
    d.F(null, 24, 70, 700, 120, { fill: '#fff', stroke: LINE, radius: 8 }, [
      d.T('Billing', 16, 14, 300, 20, { size: 14, weight: 600 }),
      d.T('Startup plan · $149/mo · billed monthly. Cancel anytime.', 16, 44, 660, 18, { size: 13, color: MUTED }),
      d.T('Manage billing', 16, 80, 200, 18, { size: 13, color: BLUE }),
    ]),
    d.F(null, 24, 210, 700, 120, { fill: '#fff', stroke: '#fecaca', radius: 8 }, [
      d.T('Delete workspace', 16, 14, 300, 20, { size: 14, weight: 600, color: '#dc2626' }),
      d.T('Permanently removes forecasts, scenarios and members.', 16, 44, 660, 18, { size: 13, color: MUTED }),
      d.F(null, 16, 72, 160, 34, { fill: '#dc2626', radius: 6 }, [d.T('Delete workspace', 8, 8, 144, 18, { size: 13, weight: 600, color: '#fff', align: 'CENTER' })]),
    ]),
  ]),
]);
flow.children.push(settings);
for (const sb of [dashSb, fcSb, intSb, setSb]) {
  navTo(sb, { Overview: 'dashboard', Forecast: 'forecast', 'Data sources': 'integrations', Settings: 'settings' });
}

// archive
d.page('Archive / explorations');
d.cur.children.push(
  d.F('v0 connect — checkbox', 0, 0, W, H, { fill: '#fff' }, [
    d.R(null, 100, 300, 20, 20, { stroke: INK }),
    d.T('I agree to let Burnline read my accounting and bank data (Privacy Policy)', 130, 300, 700, 20, { size: 14 }),
    d.T('You can disconnect at any time.', 100, 340, 500, 20, { size: 14 }),
  ]),
);

d.finish(out);

writeTruth(d, out.replace('.json', '.truth.json'), {
  kind: 'onboarding',
  description:
    'Burnline, runway forecasting for US startups, desktop 1280x800. Sign-up, workspace, company basics and team invite screens lead to a "Connect your stack" hub with Accounting, Bank accounts and Payroll rows; a grouped source picker with search, a Mercury hand-off modal, a setup status list, and dense Overview, Forecast, Data sources and Workspace settings screens behind a permanent sidebar.',
  present: [
    'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'value.three-part', 'value.faq-link',
    'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'platform.alternatives',
  ],
  notes: {
    'funnel.cta-visible': 'Three Connect buttons are the main content of the hub; "Data sources" is a permanent sidebar entry.',
    'funnel.social-proof': 'CFO quote and customer logos on the sign-up screen.',
    'value.contextual-ctas': '"Headcount cost" card on Overview: connect payroll to use real costs in burn.',
    'value.progress-meter': '"Forecast confidence" bar, Low on the hub and Medium after sources are added.',
    'privacy.trust-language': '"Bank-grade 256-bit encryption … We never sell or share your data."',
    'privacy.connection-guide': '"Setup guide: connecting your bank, NetSuite and other ERPs" on the picker.',
    'privacy.statistics': '"2,300 startups trust Burnline with $4.1B in cash balances".',
    'privacy.powered-by': '"Connections powered by" with a provider wordmark vector on the hub.',
    'privacy.mutual-nda': '"Need a mutual NDA before you connect? Request one" on the hub.',
    'platform.explain-redirect': 'Mercury modal: opens Mercury in a secure window, approve, land back here.',
    'platform.grouped-categories': 'Picker headings Bank accounts / Accounting / Payroll.',
    'platform.accurate-branding': 'QuickBooks Online, Sage Intacct, ADP Workforce Now, Chase for Business with logos.',
    'platform.search': '"Search 12,000+ banks and tools" field above the tiles.',
    'platform.non-linear': '"Send this step to your finance lead" hand-off overlay; pending payroll waits on a colleague.',
    'platform.multiple-connections': 'Status list: Connected ✓, Syncing, Pending authorization, "+ Add another source".',
    'connection.view-live': 'Data sources table: connected date/time, last sync, accounts and currency, status; sync history link.',
    'connection.delete': '"Revoke" on every row.',
    'connection.refresh': '"Resync" on every row.',
    'connection.syncing-indicator': 'Spinner with "Syncing 3 of 5 accounts…".',
    'funnel.greeting-email': 'No email frame.',
    'funnel.three-actions': 'Sign up → workspace → basics → invite team → hub: four clicks.',
    'funnel.prefill': 'Company basics are typed by hand before any connection; nothing shown prefilled from sources.',
    'value.three-part': 'The hub says only "Let’s get your numbers in / Takes about 2 minutes" — no benefit or use of the data.',
    'value.faq-link': 'No FAQ or learn-more link at the decision point.',
    'privacy.data-scope': 'No copy on which data is read or in which direction.',
    'privacy.consent-action': 'Connect buttons act directly; the checkbox version exists only on the Archive page.',
    'privacy.disconnect-anytime': 'No "disconnect later" reassurance in the flow (Archive page only); Revoke exists in settings but is not promised up front.',
    'platform.alternatives': 'No upload or manual fallback for a missing bank or tool.',
  },
  flow: { start: 'signup', connect: 'hub', steps: 4, deadEnds: ['terms'] },
});

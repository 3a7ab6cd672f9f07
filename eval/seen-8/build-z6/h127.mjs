// h127: trade credit for IT resellers, desktop 1280x800, US copy.
// Modern prototype (interactions + flowStartingPoints), screens inside SECTIONs.
import { builder, solid, image, go, act, writeFile, WRITTEN_BY } from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const { id, setPage, F, T, R, V, I, SEC, E, col, row, screen } = builder();
const W = 1280;
const H = 800;
const BLUE = '#1f4fd8';
const INK = '#111827';
const GREY = '#6b7280';
const LINE = '#e5e7eb';

// ---------- page 2: components ----------
setPage(2);
const cvComp = id();
const cAction = id();
const cBadgeOk = id();
const cBadgePending = id();
const cNavDefault = id();
const cNavHover = id();
const badgeSet = {
  ...F('Badge', 40, 160, 320, 40, { fills: [] }, [
    { ...F('State=Connected', 0, 0, 120, 28, { id: cBadgeOk, cornerRadius: 14, fills: solid('#dcfce7') }, [T('Connected \u2713', 10, 6, 100, 16, 12, 600, '#166534')]), type: 'COMPONENT' },
    { ...F('State=Pending', 150, 0, 170, 28, { id: cBadgePending, cornerRadius: 14, fills: solid('#fef3c7') }, [T('Pending authorization', 10, 6, 150, 16, 12, 600, '#92400e')]), type: 'COMPONENT' },
  ]),
  type: 'COMPONENT_SET',
};
const navSet = {
  ...F('Nav item', 40, 240, 440, 44, { fills: [] }, [
    go({ ...F('Property 1=Default', 0, 0, 200, 40, { id: cNavDefault, fills: [] }, [V('icon', 12, 10, 20, 20, GREY), T('Item', 44, 10, 140, 20, 14, 500, GREY)]), type: 'COMPONENT' }, cNavHover, 'CHANGE_TO', 'ON_HOVER'),
    { ...F('Property 1=Hover', 240, 0, 200, 40, { id: cNavHover, cornerRadius: 8, fills: solid('#eef2ff') }, [V('icon', 12, 10, 20, 20, BLUE), T('Item', 44, 10, 140, 20, 14, 600, BLUE)]), type: 'COMPONENT' },
  ]),
  type: 'COMPONENT_SET',
};
const compPage = [
  { ...F('Comp / Action / Large', 40, 40, 240, 48, { id: cAction, cornerRadius: 8, fills: solid(BLUE) }, [T('Action', 0, 14, 240, 20, 16, 600, '#ffffff')]), type: 'COMPONENT' },
  badgeSet, navSet,
  T('Tradeline DS \u2014 core', 600, 40, 400, 32, 24, 700, INK),
];

// ---------- page 3: flow ----------
setPage(3);
const cvFlow = id();
const S = {};
for (const k of ['email', 'signup', 'company', 'owners', 'refs', 'hub', 'picker', 'consent', 'syncing', 'done', 'dash', 'settings', 'help', 'terms']) S[k] = id();

const topBar = (right = []) => F('Frame 1', 0, 0, W, 64, { fills: solid('#ffffff'), strokes: solid(LINE) }, [V('Vector', 32, 20, 24, 24, BLUE), T('Tradeline', 64, 20, 120, 24, 18, 700, INK), ...right]);
const helpBtn = () => go(F('Frame 2', 1160, 16, 88, 32, { cornerRadius: 16, strokes: solid(LINE) }, [V('Vector', 12, 8, 16, 16, GREY), T('Help', 36, 6, 40, 20, 14, 500, INK)]), S.help, 'OVERLAY');
const stepper = (active) => row('Stepper', 0, 0, 32, ['Company', 'Owners', 'Trade references', 'Link systems', 'Review'].map((s, i) => row('Frame 3' + i, 0, 0, 32, [
  E('Ellipse ' + (i + 1), 0, 4, 24, 24, i < active ? BLUE : i === active ? BLUE : LINE),
  T(`${i + 1}  ${s}`, 0, 6, 120, 20, 13, i === active ? 600 : 400, i <= active ? INK : GREY),
], 8)), 24);
const field = (label, ph, w = 560) => col('Auto layout', 0, 0, w, [T(label, 0, 0, w, 18, 13, 500, INK), F('Frame 40', 0, 0, w, 40, { cornerRadius: 6, strokes: solid('#d1d5db'), fills: solid('#ffffff') }, [T(ph, 12, 10, w - 24, 20, 14, 400, '#9ca3af')])], 6, 0);
const primary = (label, w = 240) => F('cta/primary', 0, 0, w, 44, { cornerRadius: 8, fills: solid(BLUE) }, [T(label, 0, 12, w, 20, 15, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]);
const sideNav = (active, links) => F('Sidebar', 0, 64, 240, H - 64, { fills: solid('#f9fafb'), strokes: solid(LINE) }, [
  col('Auto layout', 0, 16, 240, ['Dashboard', 'Credit line', 'Orders', 'Integrations', 'Settings'].map((s) => {
    const it = I(s === active ? 'Nav item / active' : 'Nav item', s === active ? cNavHover : cNavDefault, 0, 0, 200, 40, [V('icon', 12, 10, 20, 20, s === active ? BLUE : GREY), T(s, 44, 10, 140, 20, 14, s === active ? 600 : 500, s === active ? BLUE : GREY)]);
    return links[s] ? go(it, links[s]) : it;
  }), 4, 20),
]);
const logo = (ref, s = 40) => R('Rectangle 8', 0, 0, s, s, image(ref), 8);
const card = (name, site, ref) => F(name, 0, 0, 340, 72, { cornerRadius: 10, strokes: solid(LINE), fills: solid('#ffffff') }, [{ ...logo(ref), _x: 16, _y: 16 }, T(name, 68, 16, 250, 20, 15, 600, INK), T(site, 68, 38, 250, 18, 12, 400, GREY)]);

let sx = 0;
const at = () => { const x = sx; sx += W + 120; return x; };

// welcome email
const email = screen('Email / Welcome', S.email, 0, 0, 640, 980, [
  F('Frame 10', 0, 0, 640, 72, { fills: solid(BLUE) }, [T('Tradeline', 40, 22, 200, 28, 22, 700, '#ffffff')]),
  col('Auto layout', 40, 104, 560, [
    T('Welcome to Tradeline, Dana \ud83d\udc4b', 0, 0, 528, 36, 28, 700, INK),
    T('You\u2019re three short steps from net-60 terms on the hardware and licenses you buy every week.', 0, 0, 528, 48, 16, 400, INK),
    T('1  Tell us about your company (5 min)\n2  Link your ledger and distributor accounts \u2014 this is what sets your limit\n3  Review and accept your offer', 0, 0, 528, 96, 16, 400, INK, { lineHeightPx: 30 }),
    go(primary('Link accounts', 220), S.hub),
    T('Prefer to keep going where you left off? Finish my application', 0, 0, 528, 22, 14, 500, BLUE, { deco: 'UNDERLINE' }),
    R('Rectangle 11', 0, 0, 528, 1, LINE),
    T('Tradeline Credit, Inc. \u00b7 401 Congress Ave, Austin, TX \u00b7 Unsubscribe', 0, 0, 528, 18, 12, 400, GREY),
  ], 20, 16),
]);

const signup = screen('Sign up', S.signup, at(), 0, W, H, [
  F('Frame 20', 0, 0, 560, H, { fills: solid('#0b1f5c') }, [
    T('Net-60 on every distributor order.', 64, 220, 440, 100, 40, 700, '#ffffff'),
    T('Credit lines for IT resellers and MSPs \u2014 built to sit alongside ConnectWise, Kaseya and the tools you already run.', 64, 340, 420, 72, 17, 400, '#c7d2fe'),
  ]),
  col('Auto layout', 680, 140, 480, [
    T('Create your account', 0, 0, 448, 36, 28, 700, INK),
    field('Work email', 'dana@acme-it.com', 448),
    field('Company name', 'Acme IT Solutions LLC', 448),
    field('Password', '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022', 448),
    go(primary('Create account', 448), S.company),
    row('Frame 21', 0, 0, 20, [T('By continuing you agree to the', 0, 0, 200, 18, 12, 400, GREY), go(T('Terms of Service', 0, 0, 110, 18, 12, 500, BLUE, { deco: 'UNDERLINE' }), S.terms)], 4),
    go(T('Questions? Get help', 0, 0, 200, 18, 13, 500, BLUE), S.help, 'OVERLAY'),
  ], 18, 16),
]);

const wizard = (name, sid, active, title, fields, next) => screen(name, sid, at(), 0, W, H, [
  topBar([helpBtn()]),
  col('Auto layout', 160, 96, 960, [
    stepper(active),
    T(title, 0, 0, 928, 34, 26, 700, INK),
    ...fields,
    row('Frame 50', 0, 0, 44, [F('Frame 51', 0, 0, 120, 44, { cornerRadius: 8, strokes: solid('#d1d5db') }, [T('Back', 0, 12, 120, 20, 15, 500, INK, { textAlignHorizontal: 'CENTER' })]), go(primary('Continue', 160), next)], 12),
  ], 18, 16),
]);
const company = wizard('Company details', S.company, 0, 'Tell us about your company', [
  field('Legal business name', 'As registered with the state'),
  field('EIN', 'XX-XXXXXXX'),
  field('Business address', 'Street, city, state, ZIP'),
  field('Annual revenue (approx.)', '$'),
], S.owners);
const owners = wizard('Owners', S.owners, 1, 'Who owns 25% or more?', [
  field('Full name', 'First and last name'),
  field('Title', 'e.g. CEO'),
  field('Ownership %', '%'),
  T('+ Add another owner', 0, 0, 560, 20, 14, 600, BLUE),
], S.refs);
const refs = wizard('Trade references', S.refs, 2, 'Two trade references', [
  field('Reference 1 \u2014 company', 'Supplier name'),
  field('Reference 1 \u2014 contact email', 'ap@supplier.com'),
  field('Reference 2 \u2014 company', 'Supplier name'),
  field('Reference 2 \u2014 contact email', 'ap@supplier.com'),
], S.hub);

// connect hub
const hub = screen('Link systems', S.hub, at(), 0, W, H, [
  topBar([helpBtn()]),
  col('Auto layout', 160, 88, 960, [
    stepper(3),
    T('Link your systems for a same-day decision', 0, 0, 928, 36, 28, 700, INK),
    row('Frame 60', 0, 0, 150, [
      col('Frame 61', 0, 0, 296, [V('Vector', 0, 0, 28, 28, BLUE), T('Decision in 1 business day', 0, 0, 264, 22, 16, 700, INK), T('Lines up to $250,000, sized on real numbers instead of paperwork.', 0, 0, 264, 40, 13, 400, GREY)], 8, 16, { cornerRadius: 12, fills: solid('#f8fafc') }),
      col('Frame 62', 0, 0, 296, [V('Vector', 0, 0, 28, 28, BLUE), T('How we use it', 0, 0, 264, 22, 16, 700, INK), T('We pull AR/AP aging from your ledger and purchase history from your distributor \u2014 read-only, nothing is written back.', 0, 0, 264, 54, 13, 400, GREY)], 8, 16, { cornerRadius: 12, fills: solid('#f8fafc') }),
      col('Frame 63', 0, 0, 296, [V('Vector', 0, 0, 28, 28, BLUE), T('Next: pick your systems', 0, 0, 264, 22, 16, 700, INK), T('NetSuite, Xero, QuickBooks Online and the big distributor portals.', 0, 0, 264, 40, 13, 400, GREY)], 8, 16, { cornerRadius: 12, fills: solid('#f8fafc') }),
    ], 16),
    go(I('Comp / Action / Large', cAction, 0, 0, 280, 48, [T('Link your\u200b systems', 0, 14, 280, 20, 16, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), S.picker),
    T('Encrypted in transit and at rest. We never share your data with third parties without your permission, and you can withdraw consent from Settings \u203a Integrations.', 0, 0, 700, 36, 13, 400, GREY),
    T('You can disconnect any integration at any time.', 0, 0, 700, 18, 13, 400, GREY),
    act(T('Questions? Read the credit FAQ \u2197', 0, 0, 300, 18, 13, 600, BLUE, { deco: 'UNDERLINE' }), { type: 'URL', url: 'https://help.tradeline.example/credit-faq' }),
    row('Frame 64', 0, 0, 24, [V('Vector', 0, 2, 20, 20, '#16a34a'), T('256-bit encryption protecting 18,400 reseller accounts', 0, 2, 400, 20, 13, 500, INK), R('Rectangle 65', 0, 0, 1, 24, LINE), T('Powered by', 0, 3, 80, 18, 12, 400, GREY), V('Codat wordmark', 0, 4, 60, 16, INK)], 10),
  ], 18, 16),
]);

// picker
const nsCard = go(card('Oracle NetSuite', 'netsuite.com', 'ns01'), S.consent, 'OVERLAY');
const picker = screen('Choose systems', S.picker, at(), 0, W, H, [
  topBar([helpBtn()]),
  col('Auto layout', 80, 88, 760, [
    T('Choose what to link', 0, 0, 728, 34, 26, 700, INK),
    T('Accounting & ERP', 0, 0, 728, 24, 18, 700, INK),
    row('Frame 70', 0, 0, 72, [nsCard, card('Xero', 'xero.com', 'xe01')], 16),
    row('Frame 71', 0, 0, 72, [card('QuickBooks Online', 'quickbooks.intuit.com', 'qb01'), card('Sage Intacct', 'sageintacct.com', 'si01')], 16),
    row('Frame 72', 0, 0, 72, [card('Microsoft Dynamics 365 Business Central', 'dynamics.microsoft.com', 'bc01')], 16),
    T('Distributor portals', 0, 0, 728, 24, 18, 700, INK),
    row('Frame 73', 0, 0, 72, [go(card('Ingram Micro Xvantage', 'xvantage.ingrammicro.com', 'im01'), S.consent, 'OVERLAY'), card('TD SYNNEX StreamOne Ion', 'ion.tdsynnex.com', 'td01')], 16),
    row('Frame 74', 0, 0, 72, [card('D&H Distributing', 'dandh.com', 'dh01')], 16),
    T('Don\u2019t see your distributor? Upload purchase statements (PDF or CSV) instead', 0, 0, 728, 20, 14, 600, BLUE, { deco: 'UNDERLINE' }),
  ], 14, 16),
  col('Frame 75', 900, 104, 320, [
    T('Before you start', 0, 0, 288, 22, 16, 700, INK),
    T('Step-by-step guide: linking NetSuite and your distributor portals \u2197', 0, 0, 288, 40, 13, 600, BLUE, { deco: 'UNDERLINE' }),
    R('Rectangle 76', 0, 0, 288, 1, LINE),
    T('Not the admin for these systems?', 0, 0, 288, 20, 14, 600, INK),
    T('Invite your controller \u00b7 Save & finish later', 0, 0, 288, 20, 13, 600, BLUE),
  ], 12, 16, { cornerRadius: 12, fills: solid('#f8fafc') }),
]);

// consent modal
const consent = screen('Modal / Redirect', S.consent, at(), 0, W, H, [
  R('Scrim', 0, 0, W, H, solid('#111827', 0.5)),
  col('Frame 80', 400, 170, 480, [
    row('Frame 81', 0, 0, 40, [R('Rectangle 82', 0, 0, 40, 40, image('tl01'), 8), V('Vector', 0, 14, 24, 12, GREY), R('Rectangle 83', 0, 0, 40, 40, image('ns01'), 8)], 12),
    T('You\u2019ll finish this on NetSuite', 0, 0, 432, 30, 22, 700, INK),
    T('We\u2019ll redirect you to Oracle NetSuite to sign in and approve read-only access. As soon as you approve, you\u2019re sent back to Tradeline to continue.', 0, 0, 432, 60, 14, 400, INK),
    row('Frame 84', 0, 0, 40, [R('Rectangle 85', 0, 2, 20, 20, '#ffffff', 4, { strokes: solid('#9ca3af') }), T('I authorize Tradeline to access my NetSuite accounting data as described in the Data Privacy Policy.', 0, 0, 400, 36, 13, 400, INK)], 12),
    T('Data Privacy Policy', 32, 0, 140, 18, 13, 500, BLUE, { deco: 'UNDERLINE' }),
    row('Frame 86', 0, 0, 44, [act(F('Frame 87', 0, 0, 140, 44, { cornerRadius: 8, strokes: solid('#d1d5db') }, [T('Cancel', 0, 12, 140, 20, 15, 500, INK, { textAlignHorizontal: 'CENTER' })]), { type: 'CLOSE' }), go(primary('Continue to NetSuite', 220), S.syncing)], 12),
  ], 16, 24, { cornerRadius: 16, fills: solid('#ffffff') }),
]);

// syncing
const syncing = screen('Syncing', S.syncing, at(), 0, W, H, [
  topBar(),
  col('Auto layout', 440, 260, 400, [
    F('Spinner', 168, 0, 64, 64, { fills: [] }, [E('Ellipse 3', 0, 0, 64, 64, LINE), V('Arc', 0, 0, 64, 32, BLUE, { strokeWeight: 6 })]),
    T('Syncing your NetSuite ledger\u2026', 0, 0, 368, 28, 20, 700, INK, { textAlignHorizontal: 'CENTER' }),
    T('Usually under a minute. You can leave this page \u2014 we\u2019ll email you when it\u2019s done.', 0, 0, 368, 40, 14, 400, GREY, { textAlignHorizontal: 'CENTER' }),
  ], 16, 16),
]);
syncing.interactions = [{ trigger: { type: 'AFTER_TIMEOUT', timeout: 2 }, actions: [{ type: 'NODE', destinationId: S.done, navigation: 'NAVIGATE', transition: null }] }];

// done / multiple
const status = (name, ref, badge, sub) => F('Frame 90', 0, 0, 720, 72, { cornerRadius: 10, strokes: solid(LINE) }, [
  { ...logo(ref), _x: 16, _y: 16 }, T(name, 68, 16, 360, 20, 15, 600, INK), T(sub, 68, 38, 360, 18, 12, 400, GREY),
  I(badge === 'ok' ? 'Badge' : 'Badge', badge === 'ok' ? cBadgeOk : cBadgePending, badge === 'ok' ? 580 : 530, 22, badge === 'ok' ? 120 : 170, 28, [T(badge === 'ok' ? 'Connected \u2713' : 'Pending authorization', 10, 6, 150, 16, 12, 600, badge === 'ok' ? '#166534' : '#92400e')]),
]);
const done = screen('Linked systems', S.done, at(), 0, W, H, [
  topBar([helpBtn()]),
  col('Auto layout', 280, 96, 720, [
    stepper(3),
    T('Nice \u2014 NetSuite is linked', 0, 0, 688, 34, 26, 700, INK),
    status('Oracle NetSuite', 'ns01', 'ok', 'AR/AP aging, general ledger'),
    status('Ingram Micro Xvantage', 'im01', 'pending', 'Finish signing in to Xvantage to approve access'),
    go(T('+ Link another system', 0, 0, 300, 20, 15, 600, BLUE), S.picker),
    go(primary('Continue to review', 220), S.dash),
  ], 16, 16),
]);

// dashboard
const dash = screen('Dashboard', S.dash, at(), 0, W, H, [
  topBar([helpBtn()]),
  sideNav('Dashboard', { Integrations: S.settings, Settings: S.settings }),
  col('Auto layout', 272, 88, 976, [
    T('Good morning, Dana', 0, 0, 944, 32, 24, 700, INK),
    row('Frame 100', 0, 0, 120, [
      col('Frame 101', 0, 0, 300, [T('Available credit', 0, 0, 268, 18, 13, 500, GREY), T('$84,500', 0, 0, 268, 36, 30, 700, INK), T('of $120,000 \u00b7 net-60', 0, 0, 268, 18, 12, 400, GREY)], 6, 16, { cornerRadius: 12, strokes: solid(LINE) }),
      col('Frame 102', 0, 0, 300, [T('Next payment', 0, 0, 268, 18, 13, 500, GREY), T('$12,140', 0, 0, 268, 36, 30, 700, INK), T('Due May 30', 0, 0, 268, 18, 12, 400, GREY)], 6, 16, { cornerRadius: 12, strokes: solid(LINE) }),
    ], 16),
    F('Frame 103', 0, 0, 944, 120, { cornerRadius: 12, fills: solid('#eef2ff') }, [
      V('Vector', 24, 28, 32, 32, BLUE),
      T('Raise your limit', 76, 24, 600, 22, 17, 700, INK),
      T('Resellers who link their TD SYNNEX or D&H account get an average 35% higher line \u2014 we size it on your purchase history.', 76, 52, 620, 40, 13, 400, INK),
      go(F('Frame 104', 760, 38, 160, 44, { cornerRadius: 8, fills: solid(BLUE) }, [T('Link distributor', 0, 12, 160, 20, 14, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), S.picker),
    ]),
    T('Recent orders', 0, 0, 944, 24, 18, 700, INK),
    ...['PO-20931 \u00b7 Ingram Micro \u00b7 24x Dell Latitude 5450 \u00b7 $31,200', 'PO-20927 \u00b7 TD SYNNEX \u00b7 M365 Business Premium x40 \u00b7 $8,800'].map((s) => F('Frame 105', 0, 0, 944, 44, { strokes: solid(LINE) }, [T(s, 16, 12, 900, 20, 14, 400, INK)])),
  ], 16, 16),
]);

// settings / integrations
const cell = (s, w, c = INK, weight = 400) => T(s, 0, 12, w, 20, 13, weight, c);
const intRow = (name, ref, first, last, data) => row('Frame 110', 0, 0, 64, [
  row('Frame 111', 0, 0, 64, [{ ...logo(ref, 32), _y: 16 }, cell(name, 180, INK, 600)], 12, 0), cell(first, 160), cell(last, 130), cell(data, 190, GREY),
  F('Frame 112', 0, 14, 96, 36, { cornerRadius: 8, strokes: solid('#d1d5db') }, [V('Vector', 10, 10, 16, 16, INK), T('Refresh', 32, 8, 60, 20, 13, 500, INK)]),
  F('Frame 113', 0, 14, 120, 36, { cornerRadius: 8, strokes: solid('#fca5a5') }, [T('Revoke access', 0, 8, 120, 20, 13, 600, '#b91c1c', { textAlignHorizontal: 'CENTER' })]),
], 16, 0, { strokes: solid(LINE) });
const settings = screen('Settings / Integrations', S.settings, at(), 0, W, H, [
  topBar([helpBtn()]),
  sideNav('Integrations', { Dashboard: S.dash }),
  col('Auto layout', 272, 88, 976, [
    row('Frame 114', 0, 0, 40, [T('Integrations', 0, 4, 760, 32, 24, 700, INK), go(F('Frame 115', 0, 0, 160, 40, { cornerRadius: 8, fills: solid(BLUE) }, [T('Add integration', 0, 10, 160, 20, 14, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), S.picker)], 16),
    row('Frame 116', 0, 0, 24, [cell('System', 224, GREY, 600), cell('Connected', 160, GREY, 600), cell('Last sync', 130, GREY, 600), cell('Data', 190, GREY, 600)], 16),
    intRow('Oracle NetSuite', 'ns01', 'Apr 2, 2026, 9:14 AM', '2 hours ago', 'AR/AP aging, GL \u00b7 USD'),
    intRow('Ingram Micro Xvantage', 'im01', 'Apr 2, 2026, 9:20 AM', 'Yesterday, 6:02 PM', 'Purchase history \u00b7 USD'),
    T('Sync history', 0, 0, 944, 20, 14, 600, BLUE, { deco: 'UNDERLINE' }),
    R('Rectangle 117', 0, 0, 944, 1, LINE),
    T('Danger zone', 0, 0, 944, 20, 14, 700, '#b91c1c'),
    F('Frame 118', 0, 0, 160, 40, { cornerRadius: 8, fills: solid('#fee2e2') }, [T('Delete account', 0, 10, 160, 20, 14, 600, '#b91c1c', { textAlignHorizontal: 'CENTER' })]),
  ], 16, 16),
]);

// help drawer
const help = screen('Drawer / Help', S.help, at(), 0, W, H, [
  R('Scrim', 0, 0, W, H, solid('#111827', 0.4)),
  F('Frame 120', 880, 0, 400, H, { fills: solid('#ffffff') }, [
    col('Auto layout', 0, 24, 400, [
      row('Frame 121', 0, 0, 28, [T('Talk to our credit team', 0, 0, 300, 28, 20, 700, INK), act(V('Close', 0, 4, 20, 20, GREY), { type: 'CLOSE' })], 16),
      T('\ud83d\udcde  (888) 555-0142 \u00b7 Mon\u2013Fri 8am\u20136pm CT', 0, 0, 352, 20, 14, 500, INK),
      T('\u2709\ufe0f  support@tradeline.example', 0, 0, 352, 20, 14, 500, INK),
      T('\ud83d\udcac  Live chat', 0, 0, 352, 20, 14, 500, INK),
      F('Frame 122', 0, 0, 352, 44, { cornerRadius: 8, strokes: solid(BLUE) }, [T('Open a support ticket', 0, 12, 352, 20, 14, 600, BLUE, { textAlignHorizontal: 'CENTER' })]),
    ], 16, 24),
  ]),
]);

// terms (no way forward)
const terms = screen('Terms of Service', S.terms, at(), 0, W, H, [
  topBar(),
  col('Auto layout', 240, 88, 800, [
    act(T('\u2190 Back', 0, 0, 80, 20, 14, 500, BLUE), { type: 'BACK' }),
    T('Terms of Service', 0, 0, 768, 36, 28, 700, INK),
    T('1. Credit facility. Tradeline Credit, Inc. may extend a revolving trade line\u2026\n2. Payment terms. Invoices are due net-60 from ship date\u2026\n3. Late fees. A fee of 1.5% per month applies to past-due balances\u2026', 0, 0, 768, 200, 14, 400, INK, { lineHeightPx: 24 }),
  ], 16, 16),
]);

const flowCanvas = {
  id: cvFlow, name: 'Flow \u2014 apply for credit', type: 'CANVAS', backgroundColor: { r: 0.95, g: 0.95, b: 0.96, a: 1 },
  flowStartingPoints: [{ nodeId: S.signup, name: 'Apply \u2014 main' }, { nodeId: S.dash, name: 'Returning user' }],
  prototypeStartNodeID: S.signup,
  children: [
    SEC('Emails', -900, 0, 800, 1100, [{ ...email, _x: 80, _y: 60 }]),
    SEC('Sign up & application', 0, 0, 5 * (W + 120) + 200, H + 200, [signup, company, owners, refs, hub].map((s, i) => Object.assign(s, { _x: 100 + i * (W + 120), _y: 100 }))),
    SEC('Linking', 0, 1200, 5 * (W + 120) + 200, H + 200, [picker, consent, syncing, done].map((s, i) => Object.assign(s, { _x: 100 + i * (W + 120), _y: 100 }))),
    SEC('App', 0, 2400, 5 * (W + 120) + 200, H + 200, [dash, settings, help, terms].map((s, i) => Object.assign(s, { _x: 100 + i * (W + 120), _y: 100 }))),
  ],
};

// ---------- page 1 cover, page 4 archive ----------
setPage(1);
const cvCover = id();
const cover = F('Thumbnail', 0, 0, 1920, 960, { fills: solid('#0b1f5c') }, [T('Tradeline', 120, 320, 1000, 120, 100, 700, '#ffffff'), T('Apply + link systems \u2014 handoff', 120, 460, 1000, 56, 40, 500, '#c7d2fe'), R('Rectangle 1', 120, 560, 180, 40, '#16a34a', 20), T('READY', 120, 570, 180, 20, 16, 700, '#ffffff', { textAlignHorizontal: 'CENTER' })]);
setPage(4);
const cvArchive = id();
const archive = [
  F('Promo carousel (old)', 0, 0, W, H, { fills: solid('#0b1f5c') }, [T('Meet Tradeline 2.0', 120, 300, 800, 60, 48, 700, '#ffffff'), T('Skip', 1160, 32, 60, 20, 15, 600, '#c7d2fe'), T('Next \u2192', 1100, 720, 100, 20, 15, 600, '#ffffff')]),
  F('Picker v1 with search (cut)', 1400, 0, W, H, { visible: false }, [F('Frame 2', 80, 120, 600, 44, { cornerRadius: 8, strokes: solid(LINE) }, [V('Vector', 12, 12, 20, 20, GREY), T('Search integrations', 44, 12, 300, 20, 14, 400, GREY)])]),
];

const doc = {
  name: 'Tradeline \u2014 Reseller credit onboarding',
  lastModified: '2026-04-18T20:03:51Z',
  version: '5120938812',
  role: 'editor',
  editorType: 'figma',
  schemaVersion: 0,
  document: {
    id: '0:0', type: 'DOCUMENT', name: 'Document',
    children: [
      { id: cvCover, name: '\ud83d\udcd8 Cover', type: 'CANVAS', flowStartingPoints: [], children: [cover] },
      { id: cvComp, name: 'Components', type: 'CANVAS', flowStartingPoints: [], children: compPage },
      flowCanvas,
      { id: cvArchive, name: 'Archive', type: 'CANVAS', flowStartingPoints: [], children: archive },
    ],
  },
  components: {
    [cAction]: { key: '7d1f0a21action', name: 'Comp / Action / Large', description: 'Primary action' },
    [cBadgeOk]: { key: '7d1f0a21bok', name: 'State=Connected', description: '', componentSetId: badgeSet.id },
    [cBadgePending]: { key: '7d1f0a21bpend', name: 'State=Pending', description: '', componentSetId: badgeSet.id },
    [cNavDefault]: { key: '7d1f0a21navd', name: 'Property 1=Default', description: '', componentSetId: navSet.id },
    [cNavHover]: { key: '7d1f0a21navh', name: 'Property 1=Hover', description: '', componentSetId: navSet.id },
  },
  componentSets: {
    [badgeSet.id]: { key: '7d1f0a21badge', name: 'Badge', description: '' },
    [navSet.id]: { key: '7d1f0a21nav', name: 'Nav item', description: '' },
  },
  styles: {},
};

const truth = {
  file: 'h127-it-reseller-credit-desktop.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Tradeline, net-60 trade credit for US IT resellers (desktop 1280x800). The applicant links accounting/ERP (Oracle NetSuite, Xero, QuickBooks Online, Sage Intacct, Business Central) and a distributor portal (Ingram Micro Xvantage, TD SYNNEX StreamOne Ion, D&H). Frames sit in SECTIONs; includes a welcome email and a settings area with live integrations.',
  present: [
    'funnel.greeting-email', 'funnel.cta-visible',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.three-actions', 'funnel.prefill', 'platform.search', 'privacy.mutual-nda'],
  notes: {
    'funnel.greeting-email': 'Welcome email with a 1-2-3 list (linking is step 2, "what sets your limit") and a "Link accounts" button.',
    'funnel.three-actions': 'Sign up -> Company -> Owners -> Trade references -> Link systems: four steps before the connect prompt.',
    'funnel.cta-visible': 'Large centred "Link your systems" action on the hub; "Integrations" is a permanent sidebar entry in the app.',
    'funnel.prefill': 'Company details (EIN, address, revenue) are typed in before anything is linked; nothing is shown prefilled.',
    'value.three-part': 'Hub: decision in 1 business day / how we use it (AR/AP aging, purchase history) / next: pick your systems + one main action.',
    'value.contextual-ctas': '"Raise your limit" card with "Link distributor" on the dashboard.',
    'value.faq-link': '"Questions? Read the credit FAQ" under the hub action.',
    'value.progress-meter': 'Five-step stepper (Company ... Link systems ... Review) across the application.',
    'privacy.data-scope': 'AR/AP aging from the ledger and purchase history from the distributor, read-only, nothing written back; consent names NetSuite accounting data.',
    'privacy.trust-language': '"Encrypted in transit and at rest. We never share your data with third parties without your permission..."',
    'privacy.consent-action': 'Checkbox with "I authorize..." and a Data Privacy Policy link in the redirect modal.',
    'privacy.disconnect-anytime': '"You can disconnect any integration at any time."',
    'privacy.connection-guide': '"Step-by-step guide: linking NetSuite and your distributor portals" in the picker side panel.',
    'privacy.statistics': '"256-bit encryption protecting 18,400 reseller accounts".',
    'privacy.support-contacts': 'Help drawer (from a Help button on every application screen): phone, email, live chat, support ticket.',
    'privacy.powered-by': '"Powered by" with the Codat wordmark vector on the hub.',
    'privacy.mutual-nda': 'No NDA offer anywhere.',
    'platform.explain-redirect': 'Modal: redirected to Oracle NetSuite to sign in and approve, then sent back to Tradeline.',
    'platform.grouped-categories': '"Accounting & ERP" and "Distributor portals" headings over the cards.',
    'platform.accurate-branding': 'Full product names with logos and site addresses (Oracle NetSuite, QuickBooks Online, Sage Intacct, Microsoft Dynamics 365 Business Central).',
    'platform.search': 'No search field on the live picker (the searchable picker in Archive is hidden and cut).',
    'platform.alternatives': '"Don\'t see your distributor? Upload purchase statements (PDF or CSV) instead".',
    'platform.non-linear': '"Invite your controller \u00b7 Save & finish later".',
    'platform.multiple-connections': 'Linked systems: NetSuite "Connected \u2713", Xvantage "Pending authorization", "+ Link another system".',
    'connection.view-live': 'Settings > Integrations table: system, connected date/time, last sync, data and currency, sync history link.',
    'connection.delete': '"Revoke access" on each integration row (separate from "Delete account").',
    'connection.refresh': '"Refresh" on each integration row.',
    'connection.syncing-indicator': 'Spinner with "Syncing your NetSuite ledger..." after authorizing.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.hub, stepsToConnect: 4, deadEnds: [S.terms] },
};

writeFile(OUT, 'h127-it-reseller-credit-desktop', doc, truth);

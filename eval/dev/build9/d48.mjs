// d48: billing for small US law firms, desktop 1440. Connect prompt is a home card.
import { makeDoc, writeTruth, WRITTEN_BY } from './lib.mjs';

const NAME = 'd48-law-firm-billing-desktop';
const d = makeDoc(NAME);
const { F, T, R, V, G, I, S, go, hover, back, component, componentSet, newPage, addPage, chip, btnFrame, btnInst, btnGroup, linkText, checkbox, logo } = d;
const W = 1440; const H = 1024;
const NAVY = '#1F2A44'; const GOLD = '#B08D57';

// ---- page 1: cover
newPage();
addPage('Cover', [F('Cover', 0, 0, 1920, 960, { fill: NAVY }, [
  T('Ledgerly for Law — Firm onboarding', 120, 380, 1200, 80, { size: 64, weight: 700, color: '#FFFFFF', font: 'Source Serif Pro' }),
  T('Status: In review · Owner: Product Design · v3.2', 120, 480, 900, 28, { size: 22, color: '#C9D1E3' }),
])]);

// ---- page 2: components
newPage();
const primDefault = component('Property 1=Default', 'Primary action', 20, 20, 200, 44, { fill: NAVY, r: 4 }, [T('Label', 16, 13, 168, 18, { color: '#FFFFFF', weight: 600 })]);
const primHover = component('Property 1=Hover', 'Primary action, hovered', 20, 84, 200, 44, { fill: '#33415F', r: 4 }, [T('Label', 16, 13, 168, 18, { color: '#FFFFFF', weight: 600 })]);
hover(primDefault, primHover);
const primSet = componentSet('Comp / Action / Large', 40, 40, 240, 148, [primDefault, primHover]);
const navItem = component('nav/item', '', 320, 40, 220, 40, { r: 4 }, [T('Item', 44, 11, 160, 18)]);
const cbOff = component('Property 1=Off', 'Checkbox', 600, 40, 20, 20, { stroke: '#64748B', r: 3 });
addPage('Components', [primSet, navItem, cbOff]);

// ---- page 3: archive
newPage();
addPage('Archive', [F('Old welcome (v1)', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Welcome to Ledgerly', 120, 120, 600, 40, { size: 32, weight: 700 }),
  T('Time, invoices and trust accounting in one place.', 120, 180, 600, 24, { size: 16, color: '#475569' }),
  R('Rectangle 4', 120, 240, 520, 320, { fill: '#E2E8F0', r: 8 }),
])]);

// ---- page 4: flow
newPage();
const nav = (active, targets = {}) => F('Frame 210', 0, 0, 248, H, { fill: NAVY, layout: 'VERTICAL', pad: 16 }, [
  G('Group 3', [V('Vector', 24, 28, 28, 28, { fill: GOLD }), T('Ledgerly', 60, 30, 140, 24, { size: 20, weight: 700, color: '#FFFFFF', font: 'Source Serif Pro' })]),
  F('Auto layout', 12, 96, 224, 320, { layout: 'VERTICAL', gap: 4 }, ['Home', 'Matters', 'Time entries', 'Invoices', 'Trust ledger', 'Reports', 'Settings'].map((label, i) => {
    const it = I(label === active ? 'nav/item' : 'nav/item', navItem, 0, i * 44, 224, 40, { fill: label === active ? '#33415F' : undefined, r: 4 }, [
      T(label, 44, 11, 160, 18, { color: label === active ? '#FFFFFF' : '#C9D1E3', weight: label === active ? 600 : 400 }),
    ]);
    if (targets[label]) go(it, targets[label]);
    return it;
  })),
]);
const field = (label, value, x, y, w, filled = false) => F('Frame', x, y, w, 68, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, w, 18, { size: 13, weight: 600, color: '#334155' }),
  F('Input', 0, 24, w, 44, { fill: '#FFFFFF', stroke: '#CBD5E1', r: 4, layout: 'HORIZONTAL', pad: 12 }, [
    T(value, 12, 13, w - 24, 18, { size: 14, color: filled ? '#0F172A' : '#94A3B8' }),
  ]),
]);
const screen = (name, kids, o = {}) => F(name, o.x || 0, o.y || 0, W, H, { fill: o.fill || '#F8F7F4' }, kids);

// 1 sign-up
const signup = screen('Create account', [], { x: 0, y: 0 });
const firm = screen('Frame 12', [], { x: 1600, y: 0 });
const home = screen('Home — first login', [], { x: 3200, y: 0 });
const choose = screen('Frame 14', [], { x: 4800, y: 0 });
const qbo = screen('3P / QuickBooks authorize', [], { x: 6400, y: 0, fill: '#FFFFFF' });
const status = screen('Frame 16', [], { x: 8000, y: 0 });
const profile = screen('Firm profile – prefilled', [], { x: 9600, y: 0 });
const settings = screen('Settings', [], { x: 0, y: 1200 });
const reports = screen('Reports', [], { x: 1600, y: 1200 });
const matters = screen('Frame 21', [], { x: 3200, y: 1200 });
const pricing = screen('Upgrade', [], { x: 4800, y: 1200 });
const terms = screen('Terms of engagement', [], { x: 6400, y: 1200, fill: '#FFFFFF' });

const cont1 = btnInst('Create account', primDefault, 0, 420, 440, 48);
go(cont1, firm);
const li = btnFrame('Continue with LinkedIn', 0, 484, 440, 48, { fill: '#0A66C2' });
const termsLink = linkText('Terms of Engagement', 0, 560, 200, { underline: true, color: '#334155' });
go(termsLink, terms);
signup.children = [
  F('Frame 7', 0, 0, 620, H, { fill: NAVY, layout: 'VERTICAL', pad: 80, gap: 24 }, [
    T('Ledgerly', 80, 80, 300, 36, { size: 28, weight: 700, color: '#FFFFFF', font: 'Source Serif Pro' }),
    F('Frame 8', 80, 560, 460, 260, { layout: 'VERTICAL', gap: 16 }, [
      T('“Our month-end close went from three days to one afternoon, and our trust ledger has never been cleaner.”', 0, 0, 460, 120, { size: 22, color: '#FFFFFF', font: 'Source Serif Pro' }),
      F('Frame 9', 0, 150, 460, 56, { layout: 'HORIZONTAL', gap: 12 }, [
        R('Rectangle 2', 0, 0, 56, 56, { image: 'portraitmhale', r: 28 }),
        F('Frame 10', 68, 4, 380, 48, { layout: 'VERTICAL', gap: 2 }, [
          T('Margaret Hale', 0, 0, 380, 22, { size: 16, weight: 600, color: '#FFFFFF' }),
          T('Managing Partner, Hale & Ortiz LLP', 0, 24, 380, 20, { size: 14, color: '#C9D1E3' }),
        ]),
      ]),
    ]),
  ]),
  F('Auto layout', 760, 200, 440, 600, { layout: 'VERTICAL', gap: 16 }, [
    T('Open your firm\u2019s account', 0, 0, 440, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    T('Thirty days without charge. No card required.', 0, 44, 440, 20, { size: 15, color: '#475569' }),
    field('Work email', 'name@yourfirm.com', 0, 96, 440),
    field('Password', '••••••••••', 0, 180, 440),
    field('Firm name', 'e.g. Hale & Ortiz LLP', 0, 264, 440),
    cont1, li,
    F('Frame 11', 0, 548, 440, 40, { layout: 'HORIZONTAL', gap: 4 }, [
      T('By continuing you accept the', 0, 12, 200, 18, { size: 13, color: '#64748B' }), termsLink,
    ]),
  ]),
];

// 2 firm details
const cont2 = btnFrame('Continue', 0, 380, 200, 48, { fill: NAVY, r: 4 });
go(cont2, home);
const back2 = T('← Back', 0, 0, 80, 18, { size: 14, color: '#475569' });
back(back2);
firm.children = [
  F('Auto layout', 420, 120, 600, 760, { layout: 'VERTICAL', gap: 20 }, [
    back2,
    T('Tell us about your practice', 0, 40, 600, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    F('Frame 13', 0, 96, 600, 260, { layout: 'VERTICAL', gap: 16 }, [
      field('Practice area', 'Select…', 0, 0, 600),
      field('Number of timekeepers', '1–5', 0, 84, 600),
      F('Frame', 0, 168, 600, 40, { layout: 'HORIZONTAL', gap: 8 }, ['Litigation', 'Estate planning', 'Family', 'Real estate', 'Immigration'].map((c, i) => chip(c, i * 118, 6))),
    ]),
    cont2,
  ]),
];

// 3 home with connect card (connect frame)
const linkCta = btnFrame('Link accounting & trust account', 0, 0, 300, 48, { fill: NAVY, r: 4, name: 'cta/primary' });
go(linkCta, choose);
const upgrade = linkText('Upgrade to Partner plan', 0, 0, 220, { color: GOLD });
go(upgrade, pricing, 'OVERLAY');
home.children = [
  nav('Home', { Matters: matters, Reports: reports, Settings: settings }),
  F('Frame 31', 248, 0, W - 248, 64, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 24 }, [
    T('Good morning, Margaret', 24, 20, 400, 24, { size: 18, weight: 600 }),
    F('Frame', 900, 18, 260, 28, { layout: 'HORIZONTAL' }, [upgrade]),
  ]),
  F('Auto layout', 296, 104, 1096, 880, { layout: 'VERTICAL', gap: 24 }, [
    F('Frame 33', 0, 0, 1096, 300, { fill: '#FFFFFF', stroke: GOLD, r: 8, layout: 'HORIZONTAL', pad: 32, gap: 32 }, [
      F('Frame 34', 32, 32, 640, 236, { layout: 'VERTICAL', gap: 12 }, [
        chip('Recommended first step', 0, 0, { fill: '#F5EEDF', color: '#7A5B2E' }),
        T('Reconcile your books without re-keying a single entry', 0, 40, 640, 32, { size: 24, weight: 700, font: 'Source Serif Pro' }),
        F('Frame 35', 0, 84, 640, 84, { layout: 'VERTICAL', gap: 8 }, [
          T('Invoices and payments post to your general ledger automatically, and client trust balances are reconciled each night.', 0, 0, 640, 40, { size: 15, color: '#334155' }),
          T('To do this, Ledgerly reads your chart of accounts, invoices and payments from your accounting system, and transaction lines from your IOLTA trust account. We never move funds.', 0, 44, 640, 40, { size: 15, color: '#334155' }),
        ]),
        F('Frame 36', 0, 188, 640, 48, { layout: 'HORIZONTAL', gap: 16 }, [linkCta]),
      ]),
      R('Rectangle 9', 720, 32, 312, 236, { image: 'illustrledger', r: 6 }),
    ]),
    F('Frame 37', 0, 324, 1096, 160, { layout: 'HORIZONTAL', gap: 24 }, [
      ['Unbilled time', '$0.00'], ['Outstanding invoices', '$0.00'], ['Trust balance', '—'],
    ].map(([k, v], i) => F('Frame', i * 357, 0, 333, 160, { fill: '#FFFFFF', stroke: '#E5E7EB', r: 8, layout: 'VERTICAL', pad: 24 }, [
      T(k, 24, 24, 280, 18, { size: 13, color: '#64748B' }), T(v, 24, 52, 280, 36, { size: 28, weight: 700 }),
    ]))),
  ]),
];

// 4 choose platforms (grouped categories, consent, redirect, powered by, NDA)
const card = (nm, sub, x, y, dest) => {
  const c = F('Frame', x, y, 330, 72, { fill: '#FFFFFF', stroke: '#CBD5E1', r: 6, layout: 'HORIZONTAL', pad: 16, gap: 12 }, [
    logo(nm, 16, 20), F('Frame', 60, 14, 250, 44, { layout: 'VERTICAL', gap: 2 }, [
      T(nm, 0, 0, 250, 20, { size: 15, weight: 600 }), T(sub, 0, 22, 250, 18, { size: 12, color: '#64748B' }),
    ]),
  ]);
  if (dest) go(c, dest);
  return c;
};
const ndaLink = linkText('Request a mutual NDA', 0, 0, 200, { underline: true });
const policy = linkText('Data Privacy Policy', 0, 0, 160, { underline: true });
choose.children = [
  nav('Settings'),
  F('Auto layout', 296, 64, 1096, 920, { layout: 'VERTICAL', gap: 20 }, [
    T('Select the systems to authorize', 0, 0, 1000, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    T('When you select a provider, its own sign-in page opens. After you authorize read access there, you are returned to Ledgerly automatically.', 0, 44, 900, 40, { size: 15, color: '#334155' }),
    F('Frame 41', 0, 100, 1096, 200, { layout: 'VERTICAL', gap: 12 }, [
      T('Accounting system', 0, 0, 600, 24, { size: 18, weight: 600 }),
      F('Frame 42', 0, 36, 1096, 160, { layout: 'HORIZONTAL', gap: 16 }, [
        card('QuickBooks Online', 'quickbooks.intuit.com', 0, 0, qbo), card('Xero', 'xero.com', 346, 0, qbo), card('Sage Intacct', 'sageintacct.com', 692, 0, qbo),
      ]),
    ]),
    F('Frame 43', 0, 320, 1096, 200, { layout: 'VERTICAL', gap: 12 }, [
      T('Trust (IOLTA) & operating bank accounts', 0, 0, 600, 24, { size: 18, weight: 600 }),
      F('Frame 44', 0, 36, 1096, 160, { layout: 'HORIZONTAL', gap: 16 }, [
        card('Chase for Business', 'chase.com', 0, 0, qbo), card('Wells Fargo Business', 'wellsfargo.com', 346, 0, qbo), card('Bank of America Business', 'bankofamerica.com', 692, 0, qbo),
      ]),
    ]),
    F('Frame 45', 0, 540, 1096, 140, { fill: '#FFFFFF', stroke: '#E5E7EB', r: 6, layout: 'VERTICAL', pad: 20, gap: 10 }, [
      T('Access is read-only and encrypted in transit and at rest. Ledgerly does not disclose your firm\u2019s data to any third party without your written consent.', 20, 20, 1040, 40, { size: 14 }),
      T('You may revoke this authorization at any time under Settings › Connected systems.', 20, 64, 1040, 20, { size: 14 }),
      F('Frame 46', 20, 94, 700, 24, { layout: 'HORIZONTAL', gap: 6 }, [T('Your engagement requires confidentiality terms?', 0, 3, 330, 18, { size: 14 }), ndaLink]),
    ]),
    F('Frame 47', 0, 700, 1096, 44, { layout: 'HORIZONTAL', gap: 8 }, [
      checkbox(0, 0, 'I authorize Ledgerly to access the selected accounts and have read the', 520, { kind: 'instance', comp: cbOff, h: 20 }), policy,
    ]),
    F('Frame 48', 0, 780, 400, 32, { layout: 'HORIZONTAL', gap: 8 }, [
      T('Powered by', 0, 8, 80, 16, { size: 12, color: '#64748B' }), logo('Bridgeline', 84, 0, 'image', 28), T('Bridgeline', 118, 6, 120, 20, { size: 14, weight: 600 }),
    ]),
    F('Frame 49', 0, 830, 600, 40, { visible: false, fill: '#FFFFFF', stroke: '#CBD5E1', r: 20 }, [
      V('Vector', 14, 12, 16, 16, { stroke: '#64748B' }), T('Search 40+ providers', 40, 11, 300, 18, { color: '#94A3B8' }),
    ]),
  ]),
];

// 5 third-party authorize screen
const allow = btnFrame('Connect', 0, 0, 180, 44, { fill: '#2CA01C', r: 22 });
go(allow, status);
const cancelQ = linkText('Cancel', 0, 0, 80, { color: '#0077C5' });
back(cancelQ);
qbo.children = [
  F('Auto layout', 470, 140, 500, 600, { fill: '#FFFFFF', stroke: '#D4D7DC', r: 8, layout: 'VERTICAL', pad: 40, gap: 20 }, [
    logo('intuit quickbooks', 40, 40, 'image', 48),
    T('Ledgerly for Law wants to access your QuickBooks Online company', 40, 110, 420, 56, { size: 20, weight: 600 }),
    T('Hale & Ortiz LLP · Company ID 9130 3551 2288', 40, 180, 420, 20, { size: 13, color: '#6B6C72' }),
    F('Frame', 40, 520, 420, 44, { layout: 'HORIZONTAL', gap: 16 }, [cancelQ, allow]),
  ]),
];

// 6 status after connecting (multiple connections)
const addAnother = T('+ Add another account', 0, 0, 220, 20, { size: 15, weight: 600, color: '#1D4ED8', name: 'Add another' });
go(addAnother, choose);
const cont6 = btnFrame('Continue to firm profile', 0, 0, 260, 48, { fill: NAVY, r: 4 });
go(cont6, profile);
const row = (nm, badge, bg, fg) => F('Frame', 0, 0, 900, 64, { fill: '#FFFFFF', stroke: '#E5E7EB', r: 6, layout: 'HORIZONTAL', pad: 16, gap: 16 }, [
  logo(nm, 16, 16), T(nm, 64, 22, 400, 20, { size: 15, weight: 600 }), chip(badge, 740, 18, { fill: bg, color: fg }),
]);
status.children = [
  nav('Settings'),
  F('Auto layout', 296, 64, 900, 700, { layout: 'VERTICAL', gap: 16 }, [
    T('Authorized systems', 0, 0, 600, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    row('QuickBooks Online', 'Connected ✓', '#DCFCE7', '#166534'),
    row('Chase for Business · IOLTA ••4471', 'Awaiting authorization', '#FEF3C7', '#92400E'),
    addAnother, cont6,
  ]),
];

// 7 prefilled profile
const save7 = btnFrame('Confirm details', 0, 0, 200, 48, { fill: NAVY, r: 4 });
go(save7, home);
profile.children = [
  nav('Settings'),
  F('Auto layout', 296, 64, 700, 900, { layout: 'VERTICAL', gap: 16 }, [
    T('Firm profile', 0, 0, 600, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    chip('Imported from QuickBooks Online — please review', 0, 44, { fill: '#E0F2FE', color: '#075985', w: 340 }),
    field('Legal name', 'Hale & Ortiz LLP', 0, 90, 700, true),
    field('EIN', '84-2219034', 0, 170, 700, true),
    field('Registered address', '410 Market Street, Suite 300, San Francisco, CA 94105', 0, 250, 700, true),
    field('Billing contact', 'Dana Ortiz · dana@haleortiz.com', 0, 330, 700, true),
    field('Fiscal year start', 'January', 0, 410, 700, true),
    save7,
  ]),
];

// 8 settings / connections list (view, refresh, disconnect)
const connRow = (nm, first, last, meta) => F('Frame', 0, 0, 1096, 72, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 16, gap: 24 }, [
  logo(nm, 16, 20), T(nm, 64, 26, 260, 20, { weight: 600 }), T(first, 340, 26, 180, 20, { size: 13 }), T(last, 540, 26, 180, 20, { size: 13 }),
  T(meta, 740, 26, 120, 20, { size: 13, color: '#64748B' }),
  F('Frame', 880, 18, 90, 36, { stroke: '#CBD5E1', r: 4 }, [T('Refresh', 18, 9, 60, 18, { size: 13, weight: 600 })]),
  T('Disconnect', 990, 26, 90, 20, { size: 13, weight: 600, color: '#B91C1C' }),
]);
settings.children = [
  nav('Settings', { Home: home, Reports: reports, Matters: matters }),
  F('Auto layout', 296, 64, 1096, 900, { layout: 'VERTICAL', gap: 16 }, [
    T('Settings', 0, 0, 600, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    F('Frame 52', 0, 48, 1096, 40, { layout: 'HORIZONTAL', gap: 24 }, ['Firm', 'Users', 'Billing', 'Connected systems', 'Security'].map((t, i) =>
      T(t, i * 160, 10, 150, 20, { weight: t === 'Connected systems' ? 600 : 400, color: t === 'Connected systems' ? NAVY : '#64748B' }))),
    F('Frame 53', 0, 100, 1096, 36, { layout: 'HORIZONTAL', gap: 24 }, ['System', 'Authorized on', 'Last synchronized', 'Currency', '', ''].map((t, i) =>
      T(t, [64, 340, 540, 740, 880, 990][i], 10, 160, 16, { size: 12, weight: 600, color: '#64748B' }))),
    connRow('QuickBooks Online', 'Mar 3, 2025 9:12 AM', 'Today 6:00 AM', 'USD'),
    connRow('Chase · IOLTA ••4471', 'Mar 3, 2025 9:20 AM', 'Today 6:02 AM', 'USD'),
    connRow('Chase · Operating ••0932', 'Mar 4, 2025 2:41 PM', 'Today 6:02 AM', 'USD'),
    F('Frame 54', 0, 420, 200, 24, { visible: false, layout: 'HORIZONTAL', gap: 8 }, [V('Spinner', 0, 2, 20, 20, { stroke: NAVY }), T('Syncing…', 28, 3, 120, 18)]),
    F('Frame 55', 0, 460, 600, 40, { visible: false, layout: 'HORIZONTAL' }, [T('Questions? Call (800) 555-0142 or write to help@ledgerly.law', 0, 10, 600, 20)]),
  ]),
];

// 9 reports with contextual prompt
const ctxLink = btnGroup('Link trust account', 0, 0, 220, 44, { fill: NAVY, r: 4 });
go(ctxLink, choose);
reports.children = [
  nav('Reports', { Home: home, Settings: settings, Matters: matters }),
  F('Auto layout', 296, 64, 1096, 900, { layout: 'VERTICAL', gap: 20 }, [
    T('Reports', 0, 0, 600, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    F('Frame 61', 0, 56, 1096, 40, { layout: 'HORIZONTAL', gap: 8 }, ['Three-way reconciliation', 'Aged receivables', 'Realization', 'Trust activity'].map((t, i) => chip(t, i * 200, 6))),
    F('Frame 62', 0, 110, 1096, 420, { fill: '#FFFFFF', stroke: '#E5E7EB', r: 8, layout: 'VERTICAL', pad: 32, gap: 16 }, [
      T('Three-way reconciliation', 32, 32, 600, 24, { size: 18, weight: 600 }),
      R('Rectangle 15', 32, 72, 1032, 200, { fill: '#F1F5F9', r: 4 }),
      T('This report compares your bank statement, trust ledger and client ledgers. Link your IOLTA account to populate it.', 32, 290, 800, 40, { size: 15, color: '#334155' }),
      F('Frame', 32, 344, 300, 44, { layout: 'HORIZONTAL' }, [ctxLink]),
    ]),
  ]),
];

// 10 matters (look-alikes)
matters.children = [
  nav('Matters', { Home: home, Reports: reports, Settings: settings }),
  F('Auto layout', 296, 64, 1096, 900, { layout: 'VERTICAL', gap: 16 }, [
    T('Matters', 0, 0, 600, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    ...[['Estate of R. Klein', 'Open'], ['Nguyen v. Apex Realty', 'Pending'], ['Okafor Family Trust', 'Closed']].map(([m, s]) =>
      F('Frame', 0, 0, 1096, 64, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 16, gap: 16 }, [
        T(m, 16, 22, 400, 20, { weight: 600 }), chip(s, 500, 18), chip('ClientConnect portal', 600, 18, { fill: '#F5EEDF', color: '#7A5B2E' }),
        T('Delete matter', 960, 22, 120, 20, { size: 13, color: '#B91C1C' }),
      ])),
  ]),
];

// 11 pricing / upgrade (look-alike: cancel anytime, Skip)
const skip = linkText('Skip', 0, 0, 60, { color: '#64748B' });
go(skip, home);
pricing.children = [
  F('Auto layout', 420, 160, 600, 600, { fill: '#FFFFFF', r: 8, layout: 'VERTICAL', pad: 40, gap: 16 }, [
    T('Partner plan', 40, 40, 520, 36, { size: 28, weight: 700, font: 'Source Serif Pro' }),
    T('$89 per timekeeper / month · cancel anytime', 40, 84, 520, 20, { size: 15 }),
    T('• Unlimited matters\n• LEDES e-billing\n• Trust accounting audit trail', 40, 120, 520, 80, { size: 15 }),
    btnFrame('Start Partner plan', 40, 480, 520, 48, { fill: GOLD, r: 4 }),
    F('Frame', 40, 540, 520, 20, { layout: 'HORIZONTAL' }, [skip]),
  ]),
];

// 12 terms (dead end)
const back12 = V('Vector', 40, 40, 24, 24, { stroke: '#334155' });
back(back12);
terms.children = [
  back12,
  F('Auto layout', 240, 100, 960, 860, { layout: 'VERTICAL', gap: 16 }, [
    T('Terms of Engagement', 0, 0, 800, 40, { size: 32, weight: 700, font: 'Source Serif Pro' }),
    T('1.  Scope of services\n2.  Fees and billing\n3.  Confidentiality\n4.  Governing law', 0, 60, 800, 120, { size: 16 }),
    R('Rectangle 22', 0, 200, 960, 600, { fill: '#F8FAFC' }),
  ]),
];

// greeting email (not linked)
const emailCta = btnFrame('Link your accounts', 0, 0, 240, 44, { fill: NAVY, r: 4 });
const email = F('Email — Welcome', 0, 0, 640, 1100, { fill: '#FFFFFF' }, [
  F('Auto layout', 40, 40, 560, 1000, { layout: 'VERTICAL', gap: 20 }, [
    T('Ledgerly', 0, 0, 200, 28, { size: 22, weight: 700, font: 'Source Serif Pro' }),
    T('Welcome aboard, Margaret.', 0, 48, 560, 32, { size: 24, weight: 700 }),
    T('Three steps will have your firm billing from Ledgerly this week:', 0, 96, 560, 40, { size: 15 }),
    T('1\u00A0\u00A0Confirm your firm profile\n2\u00A0\u00A0Link your accounting system and IOLTA trust account\n3\u00A0\u00A0Send your first invoice', 0, 148, 560, 90, { size: 15 }),
    emailCta,
    T('P.S. Firms that link their trust account on day one pass their first three-way reconciliation without manual entries. Link now →', 0, 330, 560, 60, { size: 14, color: '#475569' }),
  ]),
]);

addPage('Onboarding flow', [
  S('Section 1 — Sign-up', 0, 0, 3200 + W, H, [signup, firm, home].map((f) => f)),
  choose, qbo, status, profile, settings, reports, matters, pricing, terms,
  S('Emails', 8000, 1200, 800, 1300, [email]),
], { flows: [{ node: signup, name: 'Firm onboarding' }] });
email._rel.x = 80; email._rel.y = 80;

d.write(new URL(`../${NAME}.json`, import.meta.url), { name: 'Ledgerly for Law — Onboarding', lastModified: '2025-03-11T16:42:07Z', version: '5120447781' });

writeTruth(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Desktop (1440) onboarding for a US law-firm billing product that asks firms to link an accounting system and an IOLTA trust bank account from a card on the home screen; formal copy, greeting email in a section, prefilled firm profile after authorizing, settings tab listing connected systems.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action',
    'privacy.disconnect-anytime', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect',
    'platform.grouped-categories', 'platform.accurate-branding', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['value.faq-link', 'value.progress-meter', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
    'platform.search', 'platform.alternatives', 'platform.non-linear', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Create account → practice details → home card with the link button: two clicks.',
    'funnel.greeting-email': 'Welcome email frame with a numbered 1-2-3 list whose second step is linking, a button and a P.S. link.',
    'funnel.social-proof': 'Quote from a managing partner of a named firm on the sign-up panel.',
    'funnel.prefill': 'Firm profile after authorizing shows EIN, address and contact imported from QuickBooks Online.',
    'value.three-part': 'Home card: benefit (ledger posting, nightly trust reconciliation), data use (chart of accounts, invoices, trust transaction lines), one main button.',
    'value.contextual-ctas': 'Reports › three-way reconciliation asks to link the IOLTA account to populate it.',
    'privacy.mutual-nda': '"Request a mutual NDA" link on the selection screen.',
    'privacy.support-contacts': 'The only phone/email line is on a hidden layer; no visible support channel.',
    'platform.search': 'The search field on the selection screen is hidden; six cards, no visible search.',
    'connection.syncing-indicator': 'The "Syncing…" spinner row in settings is hidden.',
    'platform.non-linear': 'No save-for-later, invite or skip in the linking flow; the only "Skip" dismisses a plan upsell.',
    'connection.delete': '"Disconnect" on each connected-system row; "Delete matter" on Matters is a look-alike.',
  },
  flow: { startFrameId: signup.id, connectFrameId: home.id, stepsToConnect: 2, deadEnds: [terms.id] },
});

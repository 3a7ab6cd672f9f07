// h56: invoicing and factoring for US staffing agencies, desktop 1280x800.
import { onPage, F, R, V, E, T, I, C, CS, SEC, VS, HS, go, act, btnI, btnF, btnG, link, checkbox, searchField, logo, solid, finish, doc, canvas, writeOut } from './lib.mjs';

const W = 1280;
const H = 800;
const OUT = new URL('..', import.meta.url).pathname;

// ---- components page
onPage(2);
const btnDefault = C('Property 1=Default', 20, 40, 180, 44, { fills: solid('1E5B4F'), cornerRadius: 6 }, [T('Label', 16, 12, 148, 15, 600, { color: 'FFFFFF' })]);
const btnHover = C('Property 1=Hover', 220, 40, 180, 44, { fills: solid('163F37'), cornerRadius: 6 }, [T('Label', 16, 12, 148, 15, 600, { color: 'FFFFFF' })]);
const btnSet = CS('Comp / Action / Large', 100, 100, 440, 110, {}, [btnDefault, btnHover]);
const chip = C('status-chip', 100, 260, 110, 24, { fills: solid('E3F4EC'), cornerRadius: 12 }, [T('Connected', 10, 3, 90, 12, 600, { color: '1B7A4B' })]);
const navItem = C('nav/item', 100, 320, 200, 36, { fills: [] }, [V('Vector', 10, 10, 16, 16, { fills: solid('6B7080') }), T('Item', 36, 8, 150, 14, 500)]);
const cbox = C('Property 1=Unchecked', 100, 380, 20, 20, { fills: solid('FFFFFF') }, [R('Rectangle', 0, 0, 20, 20, { strokes: solid('8A8FA3'), cornerRadius: 4, fills: [] })]);
const componentsPage = canvas(2, '🧩 Components', [btnSet, chip, navItem, cbox]);
const components = {
  [btnDefault.id]: { key: 'a81f0c2e9d', name: 'Property 1=Default', description: '', componentSetId: btnSet.id },
  [btnHover.id]: { key: 'a81f0c2e9e', name: 'Property 1=Hover', description: '', componentSetId: btnSet.id },
  [chip.id]: { key: 'b22c7710aa', name: 'status-chip', description: 'Integration status' },
  [navItem.id]: { key: 'c0991d2b41', name: 'nav/item', description: '' },
  [cbox.id]: { key: 'd4410e7f02', name: 'Property 1=Unchecked', description: 'checkbox' },
};
const componentSets = { [btnSet.id]: { key: 'f0e1d2c3b4', name: 'Comp / Action / Large', description: 'Primary actions' } };
const BTN = btnDefault.id;

// ---- cover
onPage(1);
const cover = canvas(1, 'Cover', [
  F('Cover', 0, 0, 1920, 1080, { fills: solid('0F2E28') }, [
    T('Shiftwise — Agency onboarding v3', 120, 400, 1200, 64, 700, { color: 'FFFFFF' }),
    T('Status: ready for dev handoff · Owner: Product design', 120, 500, 1200, 24, 400, { color: 'A9C9C0' }),
  ]),
]);

// ---- flow page
onPage(3);
const navTo = (l, n) => (l === 'Settings' ? go(n, '@Settings / Integrations') : l === 'Invoices' ? go(n, '@Invoices') : n);
const sidebar = (active, live = true) =>
  F('Frame 12', 0, 0, 220, H, { fills: solid('0F2E28') }, [
    T('shiftwise', 24, 24, 160, 20, 700, { color: 'FFFFFF' }),
    VS('Auto layout', 12, 80, 196, ['Overview', 'Invoices', 'Advances', 'Timesheets', 'Settings'].map((l) => (live ? navTo : (_, n) => n)(l,
      I(l === active ? 'nav/item (active)' : 'nav/item', navItem.id, 0, 0, 196, 36, { fills: l === active ? solid('1E5B4F') : [] }, [
        V('Vector', 10, 10, 16, 16, { fills: solid('A9C9C0') }),
        T(l, 36, 8, 150, 14, 500, { color: 'FFFFFF' }),
      ]))), { gap: 4 }),
  ]);

function screen(name, x, y, kids, bg = 'FFFFFF') {
  return F(name, x, y, W, H, { fills: solid(bg), clipsContent: true }, kids);
}

// 1 Sign up
const signUp = screen('Sign up', 0, 0, [
  F('Frame 2', 0, 0, 640, H, { fills: solid('0F2E28') }, [
    T('Get paid on Friday,\nnot in 45 days.', 64, 140, 520, 40, 700, { color: 'FFFFFF' }),
    VS('Frame 9', 64, 320, 500, [
      T('“We used to float payroll on a credit card. Now our invoices are funded the morning after the timesheet is approved.”', 0, 0, 500, 18, 400, { color: 'E6F2EE', h: 100 }),
      HS('Frame 10', 0, 0, [
        E('Ellipse 4', 0, 0, 40, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: '9f3a1c77e0b4' }] }),
        T('Dana Ruiz\nCOO, BrightPath Staffing (Tulsa, OK)', 0, 0, 320, 14, 500, { color: 'A9C9C0' }),
      ], { gap: 12 }),
    ], { gap: 20 }),
    T('Trusted by 4,000+ staffing agencies', 64, 700, 400, 14, 500, { color: 'A9C9C0', visible: false }),
  ]),
  VS('Auto layout', 760, 120, 400, [
    T('Create your agency account', 0, 0, 400, 28, 700),
    T('Takes about two minutes. No credit check to look around.', 0, 0, 400, 15, 400, { color: '5A6170' }),
    VS('Frame 14', 0, 0, 400, [
      T('Agency legal name', 0, 0, 400, 13, 600),
      F('Frame 15', 0, 0, 400, 40, { strokes: solid('C9CCD6'), cornerRadius: 6, fills: solid('FFFFFF') }, [T('e.g. Summit Temp Services LLC', 12, 10, 360, 14, 400, { color: '8A8FA3' })]),
      T('Work email', 0, 0, 400, 13, 600),
      F('Frame 16', 0, 0, 400, 40, { strokes: solid('C9CCD6'), cornerRadius: 6, fills: solid('FFFFFF') }, [T('you@agency.com', 12, 10, 360, 14, 400, { color: '8A8FA3' })]),
      T('Password', 0, 0, 400, 13, 600),
      F('Frame 17', 0, 0, 400, 40, { strokes: solid('C9CCD6'), cornerRadius: 6, fills: solid('FFFFFF') }, [T('••••••••••', 12, 10, 360, 14, 400, { color: '8A8FA3' })]),
    ], { gap: 8 }),
    go(btnI('Create account', BTN, 0, 0, 400, 48, 'Property 1=Default', { bg: '1E5B4F' }), '@Welcome'),
    T('Already have an account? Sign in', 0, 0, 400, 14, 400, { color: '5A6170' }),
  ], { gap: 20 }),
]);

// 2 Welcome
const welcome = screen('Welcome', 1400, 0, [
  sidebar('Overview', false),
  VS('Auto layout', 300, 100, 760, [
    T('👋 Welcome aboard, Summit Temp Services', 0, 0, 760, 28, 700),
    T('Three things and you can request your first advance:', 0, 0, 760, 16, 400, { color: '5A6170' }),
    T('1  Tell us about your agency  ✓\n2  Plug in your timesheets, books and bank\n3  Pick the invoices you want funded', 0, 0, 760, 18, 500, { h: 90 }),
    HS('Frame 31', 0, 0, [
      go(btnF('Let’s\u00A0go', 0, 0, 160, 44, 'cta/primary', { bg: '1E5B4F' }), '@Plug in your back office'),
      go(link('Read the factoring agreement', 0, 12, 260, { color: '1E5B4F' }), '@Terms'),
    ], { gap: 24 }),
  ], { gap: 16 }),
]);

// 3 Terms (dead end)
const terms = screen('Terms', 2800, 0, [
  VS('Auto layout', 200, 60, 880, [
    T('Factoring & Advance Agreement', 0, 0, 880, 26, 700),
    T('Last updated March 3, 2026', 0, 0, 880, 13, 400, { color: '8A8FA3' }),
    T('1. Purchase of receivables. Client sells and Shiftwise purchases eligible accounts…\n2. Advance rate. Shiftwise will advance up to 92% of the face value…\n3. Recourse. Invoices unpaid after 90 days…\n4. Fees. A flat fee of 1.9% per 30 days…\n5. Governing law. State of Delaware.', 0, 0, 880, 14, 400, { h: 220 }),
  ], { gap: 12 }),
]);

// 4 Connect (choose)
const card = (name, ref, sub, dest) => {
  const c = F(`Frame ${name.length + 40}`, 0, 0, 232, 64, { fills: solid('FFFFFF'), strokes: solid('DADDE5'), cornerRadius: 8 }, [
    logo(ref, 14, 16, 32),
    T(name, 56, 12, 170, 14, 600),
    T(sub, 56, 34, 170, 12, 400, { color: '8A8FA3' }),
  ]);
  if (dest) go(c, dest);
  return c;
};
const connect = screen('Plug in your back office', 0, 1000, [
  sidebar('Overview'),
  VS('Auto layout', 260, 32, 740, [
    HS('Frame 40', 0, 0, [
      T('Step 2 of 3', 0, 0, 90, 12, 600, { color: '1E5B4F' }),
      F('Frame 41', 0, 4, 240, 8, { fills: solid('E3E7EC'), cornerRadius: 4 }, [R('Rectangle 3', 0, 0, 120, 8, { fills: solid('1E5B4F'), cornerRadius: 4 })]),
      T('Funding readiness: 50%', 0, 0, 200, 12, 500, { color: '5A6170' }),
    ], { gap: 12 }),
    T('Plug in your back\u00A0office', 0, 0, 740, 26, 700),
    T('Get invoices funded within one business day instead of waiting on net-45 terms. We pull approved hours from your timesheet system to build invoices, check each client’s payment history in your books, and confirm deposits against your bank balance.', 0, 0, 740, 14, 400, { color: '3D4350', h: 60 }),
    searchField('Search 120+ timesheet, accounting and banking systems', 0, 0, 480),
    T('Timesheets & time tracking', 0, 0, 740, 18, 600),
    HS('Frame 44', 0, 0, [
      card('Bullhorn ATS & CRM', '77a0bc12', 'bullhorn.com', '@QuickBooks selected'),
      card('TempWorks Enterprise', '77a0bc13', 'tempworks.com', '@QuickBooks selected'),
      card('Avionté Staffing', '77a0bc14', 'avionte.com', '@QuickBooks selected'),
    ], { gap: 12 }),
    T('Accounting', 0, 0, 740, 18, 600),
    HS('Frame 46', 0, 0, [
      card('QuickBooks Online', '77a0bc15', 'Intuit · cloud', '@QuickBooks selected'),
      card('QuickBooks Desktop Enterprise', '77a0bc16', 'Intuit · on-premise', '@QuickBooks selected'),
      card('Sage Intacct', '77a0bc17', 'sageintacct.com', '@QuickBooks selected'),
    ], { gap: 12 }),
    T('Bank accounts', 0, 0, 740, 18, 600),
    HS('Frame 48', 0, 0, [
      card('Chase for Business', '77a0bc18', 'chase.com', '@Bank pending'),
      card('Bank of America Business', '77a0bc19', 'bankofamerica.com', '@Bank pending'),
      card('Wells Fargo Business', '77a0bc20', 'wellsfargo.com', '@Bank pending'),
    ], { gap: 12 }),
    T('Don’t see your system? Upload timesheet or invoice exports (CSV, XLSX) instead →', 0, 0, 740, 13, 500, { color: '1E5B4F', deco: 'UNDERLINE' }),
  ], { gap: 12 }),
  VS('Frame 52', 1020, 32, 236, [
    T('🔒 Read-only and encrypted end to end. We never sell your data or pass it to third parties without your written OK.', 0, 0, 236, 12, 400, { color: '3D4350', h: 70 }),
    T('You can unlink any system from Settings → Integrations whenever you want; we stop pulling data immediately.', 0, 0, 236, 12, 400, { color: '3D4350', h: 56 }),
    act(link('How advances work (FAQ)', 0, 0, 236, { size: 12, color: '1E5B4F' }), { type: 'URL', url: 'https://help.shiftwise.example/faq/advances' }),
    T('Need a hand?\n(888) 555-0142\nfunding@shiftwise.example\nOpen a support ticket', 0, 0, 236, 12, 400, { color: '3D4350', h: 72 }),
    HS('Frame 53', 0, 0, [T('Powered by', 0, 4, 70, 11, 400, { color: '8A8FA3' }), logo('c0da7a11', 0, 0, 20, 'Rectangle 88'), T('Codat', 0, 2, 60, 13, 700, { color: '3D4350' })], { gap: 6 }),
  ], { gap: 16 }),
]);

// 5 QuickBooks selected (consent)
const qbo = screen('QuickBooks selected', 1400, 1000, [
  sidebar('Overview'),
  R('Rectangle 90', 220, 0, 1060, H, { fills: solid('0B1512'), opacity: 0.4 }),
  F('Frame 91', 440, 160, 620, 440, { fills: solid('FFFFFF'), cornerRadius: 12, layoutMode: 'VERTICAL' }, [
    VS('Auto layout', 32, 32, 556, [
      HS('Frame 92', 0, 0, [logo('77a0bc15', 0, 0, 40), T('QuickBooks Online', 0, 8, 300, 20, 700)], { gap: 12 }),
      T('We’ll read customers, invoices, payments and your A/R aging from QuickBooks Online. Nothing is written back to your books.', 0, 0, 556, 14, 400, { h: 44 }),
      HS('Frame 94', 0, 0, [
        checkbox(0, 0, 'instance', cbox.id),
        T('I agree to share read-only accounting data with Shiftwise as described in the Data Privacy Policy.', 0, 0, 500, 13, 400, { h: 40 }),
      ], { gap: 10 }),
      link('Data Privacy Policy', 30, 0, 200, { size: 13, color: '1E5B4F' }),
      HS('Frame 96', 0, 0, [
        go(btnI('Connect QuickBooks', BTN, 0, 0, 220, 44, 'Btn', { bg: '1E5B4F' }), '@Your integrations'),
        act(btnF('Cancel', 0, 0, 120, 44, 'Frame 97', { bg: 'FFFFFF', fg: '1F2430', stroke: 'C9CCD6' }), { type: 'BACK' }),
      ], { gap: 12 }),
    ], { gap: 16 }),
  ]),
]);

// 6 Bank pending
const bank = screen('Bank pending', 2800, 1000, [
  sidebar('Overview'),
  VS('Auto layout', 300, 80, 700, [
    T('Chase for Business', 0, 0, 700, 24, 700),
    T('Waiting for you to finish signing in at Chase. This tab will update on its own.', 0, 0, 700, 15, 400, { color: '5A6170' }),
    HS('Frame 102', 0, 0, [E('Ellipse 7', 0, 0, 24, 24, { strokes: solid('1E5B4F'), strokeWeight: 3, fills: [] }), T('Pending authorization', 0, 2, 300, 15, 600, { color: 'B26B00' })], { gap: 10 }),
    go(btnG('Back to integrations', 0, 0, 220, 44, 'Group 31', { bg: '1E5B4F' }), '@Your integrations'),
  ], { gap: 16 }),
]);

// 7 Your integrations (multiple connections)
const row = (name, ref, status, color) => F(`Frame ${name.length + 110}`, 0, 0, 760, 56, { strokes: solid('E3E7EC'), fills: solid('FFFFFF'), cornerRadius: 8 }, [
  logo(ref, 16, 12, 32),
  T(name, 60, 18, 320, 15, 600),
  I('status-chip', chip.id, 600, 16, 140, 24, { fills: solid(color === 'green' ? 'E3F4EC' : 'FFF2DC'), cornerRadius: 12 }, [T(status, 10, 3, 120, 12, 600, { color: color === 'green' ? '1B7A4B' : 'B26B00' })]),
]);
const integrations = screen('Your integrations', 0, 2000, [
  sidebar('Overview'),
  VS('Auto layout', 300, 60, 760, [
    T('Your integrations', 0, 0, 760, 26, 700),
    T('Add each system that holds part of your billing picture.', 0, 0, 760, 15, 400, { color: '5A6170' }),
    VS('Frame 120', 0, 0, 760, [
      row('Bullhorn ATS & CRM', '77a0bc12', 'Connected ✓', 'green'),
      row('QuickBooks Online', '77a0bc15', 'Connected ✓', 'green'),
      row('Chase for Business', '77a0bc18', 'Pending authorization', 'amber'),
    ], { gap: 8 }),
    go(link('+ Add another system', 0, 0, 240, { color: '1E5B4F', underline: false, weight: 600 }), '@Plug in your back office'),
    go(btnI('Go to dashboard', BTN, 0, 0, 200, 44, 'Property 1=Default', { bg: '1E5B4F' }), '@Overview'),
  ], { gap: 16 }),
]);

// 8 Overview dashboard with contextual CTA
const overview = screen('Overview', 1400, 2000, [
  sidebar('Overview'),
  VS('Auto layout', 260, 32, 980, [
    T('Overview', 0, 0, 980, 24, 700),
    HS('Frame 131', 0, 0, [
      ...[['Available to advance', '$184,220'], ['Funded this month', '$412,900'], ['Avg. days to pay', '38']].map(([k, v]) =>
        VS(`Frame ${k.length + 132}`, 0, 0, 310, [T(k, 0, 0, 280, 13, 500, { color: '5A6170' }), T(v, 0, 0, 280, 26, 700)], { gap: 4, pad: 16, fills: solid('F4F6F8'), cornerRadius: 8 })),
    ], { gap: 14 }),
    F('Frame 140', 0, 0, 980, 280, { fills: solid('F4F6F8'), cornerRadius: 8 }, [
      T('Client aging (A/R)', 20, 16, 400, 16, 600),
      R('Rectangle 141', 20, 60, 940, 180, { fills: solid('E8EBEF'), cornerRadius: 6 }),
      VS('Frame 142', 330, 100, 320, [
        T('Link Sage Intacct or QuickBooks to fill this chart with each client’s overdue balance.', 0, 0, 320, 14, 500, { h: 40, textAlignHorizontal: 'CENTER' }),
        go(btnF('Link accounting', 80, 0, 160, 40, 'Frame 143', { bg: '1E5B4F' }), '@Plug in your back office'),
      ], { gap: 12 }),
    ]),
    HS('Frame 150', 0, 0, [
      E('Ellipse 151', 0, 0, 18, 18, { strokes: solid('1E5B4F'), strokeWeight: 3, fills: [] }),
      T('Syncing… 1,204 timesheets from Bullhorn', 0, 0, 400, 13, 500, { color: '5A6170' }),
    ], { gap: 8 }),
    go(link('View all invoices', 0, 0, 200, { color: '1E5B4F' }), '@Invoices'),
  ], { gap: 18 }),
]);

// 9 Invoices (dense table)
const rows = [
  ['INV-20931', 'Link Staffing Group', '412.5', '$18,562.50', 'Funded'],
  ['INV-20932', 'Meridian Health', '96.0', '$4,320.00', 'Eligible'],
  ['INV-20933', 'Connect Logistics Inc.', '1,120.0', '$44,800.00', 'Funded'],
  ['INV-20934', 'Harbor Foods', '230.0', '$7,590.00', 'Under review'],
  ['INV-20935', 'Pinecrest Schools', '64.0', '$2,176.00', 'Eligible'],
  ['INV-20936', 'Vantage Aerospace', '780.5', '$37,464.00', 'Funded'],
  ['INV-20937', 'Northgate Retail', '150.0', '$5,250.00', 'Paid'],
  ['INV-20938', 'Bluewater Marine', '320.0', '$13,440.00', 'Eligible'],
];
const invoices = screen('Invoices', 2800, 2000, [
  sidebar('Invoices'),
  VS('Auto layout', 260, 32, 980, [
    HS('Frame 160', 0, 0, [T('Invoices', 0, 0, 700, 24, 700), go(btnF('Request advance', 0, 0, 180, 40, 'Frame 161', { bg: '1E5B4F' }), '@Overview')], { gap: 96 }),
    VS('Table', 0, 0, 980, [
      HS('Frame 163', 0, 0, ['Invoice', 'Client', 'Hours', 'Amount', 'Status'].map((h) => T(h, 0, 0, 180, 12, 700, { color: '5A6170' })), { gap: 16, pad: 8, fills: solid('F4F6F8') }),
      ...rows.map((r, i) => HS(`Frame ${170 + i}`, 0, 0, r.map((c) => T(c, 0, 0, 180, 13, 400)), { gap: 16, pad: 8 })),
    ], { gap: 0 }),
  ], { gap: 16 }),
]);

// 10 Settings – Integrations (view live, delete, refresh)
const liveRow = (name, ref, first, last, recs) => HS(`Frame ${name.length + 200}`, 0, 0, [
  logo(ref, 0, 0, 28),
  T(name, 0, 4, 200, 13, 600),
  T(first, 0, 4, 150, 13, 400),
  T(last, 0, 4, 150, 13, 400),
  T(recs, 0, 4, 120, 13, 400),
  btnF('Sync now', 0, 0, 90, 30, 'Frame 212', { bg: 'FFFFFF', fg: '1E5B4F', stroke: '1E5B4F', size: 12 }),
  T('Disconnect', 0, 6, 80, 12, 600, { color: 'C0362C' }),
], { gap: 14, pad: 10 });
const settingsInt = screen('Settings / Integrations', 0, 3000, [
  sidebar('Settings'),
  VS('Auto layout', 260, 32, 980, [
    T('Settings', 0, 0, 980, 24, 700),
    HS('Frame 190', 0, 0, [
      T('Company', 0, 0, 90, 14, 500, { color: '5A6170' }),
      T('Integrations', 0, 0, 100, 14, 700, { color: '1E5B4F', deco: 'UNDERLINE' }),
      go(T('Billing', 0, 0, 70, 14, 500, { color: '5A6170' }), '@Settings / Billing'),
      T('Team', 0, 0, 60, 14, 500, { color: '5A6170' }),
    ], { gap: 24 }),
    VS('Frame 195', 0, 0, 980, [
      HS('Frame 196', 0, 0, ['', 'System', 'First synced', 'Last synced', 'Records', '', ''].map((h, i) => T(h, 0, 0, [28, 200, 150, 150, 120, 90, 80][i], 12, 700, { color: '5A6170' })), { gap: 14, pad: 10, fills: solid('F4F6F8') }),
      liveRow('Bullhorn ATS & CRM', '77a0bc12', 'Mar 4, 2026 9:12 AM', 'Today 7:02 AM', '18,341 timesheets'),
      liveRow('QuickBooks Online', '77a0bc15', 'Mar 4, 2026 9:20 AM', 'Today 6:58 AM', '2,207 invoices'),
      liveRow('Chase for Business ••4410 (USD)', '77a0bc18', 'Mar 5, 2026 2:41 PM', 'Yesterday 11:30 PM', '916 transactions'),
    ], { gap: 0 }),
    go(link('Connect another system', 0, 0, 240, { color: '1E5B4F' }), '@Plug in your back office'),
  ], { gap: 18 }),
]);

// 11 Settings – Billing (look-alikes)
const billing = screen('Settings / Billing', 1400, 3000, [
  sidebar('Settings'),
  VS('Auto layout', 260, 32, 700, [
    T('Billing', 0, 0, 700, 24, 700),
    T('Plan: Growth — $149/mo · cancel anytime, no long-term contract', 0, 0, 700, 14, 400),
    go(link('Back to integrations', 0, 0, 200, { color: '1E5B4F' }), '@Settings / Integrations'),
    F('Frame 230', 0, 0, 700, 120, { strokes: solid('F1C4C0'), cornerRadius: 8, fills: solid('FFF7F6') }, [
      T('Danger zone', 16, 14, 400, 15, 700, { color: 'C0362C' }),
      T('Deleting your agency account removes all users and invoice history.', 16, 40, 600, 13, 400),
      btnF('Delete account', 16, 70, 150, 36, 'Frame 233', { bg: 'C0362C' }),
    ]),
  ], { gap: 16 }),
]);

// 12 What's new modal (marketing, Skip look-alike) — reachable from Overview? no, orphan
const whatsNew = screen('What’s new', 2800, 3000, [
  R('Rectangle 240', 0, 0, W, H, { fills: solid('0B1512'), opacity: 0.5 }),
  F('Frame 241', 390, 200, 500, 360, { fills: solid('FFFFFF'), cornerRadius: 12 }, [
    T('New: same-day ACH payouts ⚡', 32, 32, 436, 22, 700),
    T('Advances requested before 11 AM ET now land the same day.', 32, 76, 436, 14, 400),
    T('Skip', 32, 300, 60, 14, 600, { color: '5A6170' }),
    btnF('Show me', 340, 290, 128, 40, 'Frame 245', { bg: '1E5B4F' }),
  ]),
]);

// hover variant interaction on a visible button
act(signUp.children[1].children[3], { type: 'NODE', destinationId: btnHover.id, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.15 } }, 'ON_HOVER');

const onboardingSec = SEC('Onboarding', 0, 0, 4200, 2900, [signUp, welcome, terms, connect, qbo, bank, integrations, overview, invoices]);
const appSec = SEC('In-app', 0, 3200, 4200, 900, [settingsInt, billing, whatsNew]);
appSec.children.forEach((f) => { f._y -= 3000; });
const flowPage = canvas(3, 'Flow – v3 (handoff)', [onboardingSec, appSec], { flowStartingPoints: [{ nodeId: '@Sign up', name: 'Agency onboarding' }], prototypeStartNodeID: '@Sign up' });

// ---- archive page
onPage(4);
const archive = canvas(4, 'Archive (old)', [
  F('Connect v1', 0, 0, W, H, { fills: solid('FFFFFF') }, [
    T('Connect your accounting software', 100, 100, 800, 28, 700),
    T('Securely connect QuickBooks to get funded faster. Trusted by 3,000 agencies.', 100, 150, 900, 16, 400),
    btnF('Connect now', 100, 200, 160, 44, 'Frame 5'),
  ]),
  F('Email draft v1', 1400, 0, 600, 900, { fills: solid('FFFFFF'), visible: false }, [
    T('Welcome to Shiftwise!\n1. Verify email\n2. Connect your books\n3. Get funded', 40, 40, 520, 16, 400),
  ]),
]);

const file = doc('Shiftwise – Agency onboarding (v3)', '2026-03-18T16:42:11Z', [cover, componentsPage, flowPage, archive], components, componentSets);
const { count } = finish(file);

writeOut(OUT, 'h56-staffing-agency-invoicing-desktop', file, {
  kind: 'onboarding',
  description: 'Desktop (1280x800, US) onboarding for an invoice factoring and advance product for staffing agencies. Sign-up leads through a welcome checklist to a screen where the agency plugs in timesheet software, accounting and a bank, followed by a consent modal, a connection status list, a dashboard, a dense invoices table and settings. ' + `${count} nodes.`,
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'privacy.statistics', 'privacy.mutual-nda', 'platform.explain-redirect', 'privacy.connection-guide', 'platform.non-linear'],
  notes: {
    'funnel.three-actions': 'Sign up → Welcome → Plug in your back office: two clicks.',
    'funnel.social-proof': 'Named COO testimonial on the sign-up panel.',
    'value.three-part': 'Funding in one business day (value), how timesheet/ledger/bank data is used, then platform cards under a single screen heading; the Connect QuickBooks button follows.',
    'value.contextual-ctas': 'Client aging chart on Overview asks to link accounting to fill it.',
    'value.progress-meter': '“Step 2 of 3” bar plus “Funding readiness: 50%”.',
    'privacy.statistics': 'The only figure (“Trusted by 4,000+ staffing agencies”) is a hidden layer; the archive page copy is not in the flow.',
    'privacy.connection-guide': 'Only an advances FAQ and the privacy policy are linked; no how-to-connect guide.',
    'platform.explain-redirect': 'The bank pending screen mentions signing in at Chase only after the fact; nothing before choosing explains the hand-off and return.',
    'platform.non-linear': 'No save-for-later, invite or skip in the connect flow; the only “Skip” is on an orphan marketing modal.',
    'connection.delete': 'Disconnect on each row in Settings / Integrations.',
    'funnel.greeting-email': 'No email frame; the old email draft on the archive page is hidden and off-flow.',
  },
  flow: { startFrameId: signUp.id, connectFrameId: connect.id, stepsToConnect: 2, deadEnds: [terms.id] },
});
console.log('h56', count);

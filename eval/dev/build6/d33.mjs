// d33-coworking-billing-desktop: billing for coworking spaces, 1440 desktop, dashboard-first.
import { begin, usePage, canvas, writeFile, F, G, S, R, V, E, T, C, CS, I, registerComponent, btnFrame, btnGroup, btnInst, link, logo, go, back, close, url } from './lib.mjs';

begin();
const W = 1440; const H = 900;
const INK = '#17202A'; const MUTED = '#5E6875'; const BRAND = '#0F766E';

// ---- components page
usePage(2);
const btnDefault = registerComponent('btn', C('Property 1=Default', 40, 40, 160, 44, { fill: BRAND, radius: 8, int: [go('cmpHover', 'CHANGE_TO', 'ON_HOVER')] }, [T('Label', 0, 12, 160, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const btnHover = registerComponent('btnHover', C('Property 1=Hover', 40, 104, 160, 44, { fill: '#0B5A54', radius: 8, ref: 'cmpHover' }, [T('Label', 0, 12, 160, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const navItem = registerComponent('nav', C('Sidebar item', 260, 40, 220, 40, { fill: [], radius: 6, layout: 'HORIZONTAL', gap: 10, pad: 10 }, [V('Icon', 10, 10, 20, 20), T('Item', 40, 10, 160)]));
const pill = registerComponent('pill', C('Status pill', 520, 40, 120, 26, { fill: '#E6F4F1', radius: 13 }, [T('Connected', 10, 4, 100, { size: 12, weight: 600, color: BRAND })]));
const componentsPage = canvas(2, '🧩 Components', [
  CS('Comp / Action / Large', 0, 0, 240, 180, [btnDefault, btnHover], 'Primary action'),
  navItem, pill,
], { bg: '#FFFFFF' });

// ---- cover
usePage(1);
const coverPage = canvas(1, 'Cover', [
  F('Cover', 0, 0, 1920, 960, { fill: '#0F766E' }, [
    T('Hatchdesk — Billing setup v3', 120, 380, 1200, { size: 72, weight: 700, color: '#FFFFFF' }),
    T('Status: ready for dev handoff · Owner: Growth pod', 120, 500, 900, { size: 24, color: '#D1FAE5' }),
    V('Vector', 120, 260, 80, 80, { fill: '#FFFFFF' }),
  ]),
]);

// ---- flow page
usePage(3);
const sidebar = (active, links = {}) => F('Frame 12', 0, 0, 248, H, { fill: '#F4F6F8', layout: 'VERTICAL', gap: 4, pad: 16 }, [
  G('Group 1', 16, 20, 160, 32, [V('Vector', 0, 0, 32, 32, { fill: BRAND }), T('Hatchdesk', 42, 4, 118, { size: 18, weight: 700 })]),
  ...['Home', 'Members', 'Bookings', 'Invoices', 'Reports', 'Integrations', 'Settings'].map((item, i) =>
    I('nav', item === active ? 'Sidebar item' : 'Property 1=Default', 14, 76 + i * 44, 220, 40, { fill: item === active ? '#E2E8EE' : [], int: links[item] ? [go(links[item])] : undefined }, [
      V('Icon', 10, 10, 20, 20, { fill: MUTED }), T(item, 40, 10, 160, { weight: item === active ? 600 : 400 }),
    ])),
  F('Frame 88', 16, 760, 216, 116, { fill: '#FFFFFF', radius: 10, stroke: '#E3E7EB', layout: 'VERTICAL', gap: 4, pad: 12 }, [
    T('Need a hand?', 12, 12, 190, { size: 13, weight: 600 }),
    T('Call +1 (415) 555-0132\nhelp@hatchdesk.io', 12, 32, 190, { size: 12, color: MUTED }),
    link('Open a ticket', 12, 76, 190, { size: 12, int: [url('https://hatchdesk.io/support/new')] }),
  ]),
]);
const field = (label, value, x, y, w, o = {}) => F('Auto layout', x, y, w, 68, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, w, { size: 13, weight: 500, color: MUTED }),
  F('Frame 9', 0, 24, w, 44, { fill: o.prefilled ? '#F0FAF8' : '#FFFFFF', stroke: '#CBD2D9', radius: 8, layout: 'HORIZONTAL', pad: 12 }, [
    T(value, 12, 12, w - 24, { color: o.placeholder ? '#9AA3AD' : INK }),
  ]),
]);

const signup = F('Sign up', 0, 0, W, H, { fill: '#FFFFFF', ref: 'signup' }, [
  F('Frame 427', 0, 0, 640, H, { fill: '#0F766E' }, [
    T('Run your space,\nnot your spreadsheets.', 80, 320, 480, { size: 44, weight: 700, color: '#FFFFFF' }),
    T('Desk bookings, member plans and invoices in one place.', 80, 460, 480, { size: 18, color: '#CCFBF1' }),
  ]),
  F('Auto layout', 800, 200, 480, 520, { layout: 'VERTICAL', gap: 16 }, [
    T('Create your Hatchdesk account', 0, 0, 480, { size: 28, weight: 700 }),
    field('Full name', 'Priya Raman', 0, 60, 480, { placeholder: true }),
    field('Work email', 'you@yourspace.com', 0, 144, 480, { placeholder: true }),
    field('Password', '8+ characters', 0, 228, 480, { placeholder: true }),
    btnInst('btn', 'Create account', 0, 320, 480, 48, { name: 'Comp / Action / Large', fill: BRAND, int: [go('space')] }),
    T('Already using Hatchdesk? Log in', 0, 388, 480, { size: 14, color: MUTED, align: 'CENTER' }),
    T('Questions before you start? Call +1 (415) 555-0132 or email help@hatchdesk.io', 0, 440, 480, { size: 12, color: MUTED, align: 'CENTER' }),
  ]),
]);

const space = F('Workspace details', 1540, 0, W, H, { fill: '#FFFFFF', ref: 'space' }, [
  F('Auto layout', 420, 120, 600, 640, { layout: 'VERTICAL', gap: 20 }, [
    T('Tell us about your space', 0, 0, 600, { size: 28, weight: 700 }),
    T('We use this to set up your first location and member plans.', 0, 48, 600, { size: 16, color: MUTED }),
    field('Space name', 'e.g. The Hatch, Shoreditch', 0, 100, 600, { placeholder: true }),
    field('Number of locations', '1', 0, 188, 600),
    field('Roughly how many members?', '50–150', 0, 276, 600),
    F('Frame 430', 0, 380, 600, 48, { layout: 'HORIZONTAL', gap: 16 }, [
      btnFrame('Continue', 0, 0, 200, 48, { name: 'Frame 431', fill: BRAND, int: [go('dash')] }),
      link('Skip for now', 220, 14, 140, { color: MUTED, int: [go('dash')] }),
    ]),
  ]),
]);

const kpi = (label, value, x) => F('Frame 60', x, 0, 250, 110, { fill: '#FFFFFF', stroke: '#E3E7EB', radius: 12, layout: 'VERTICAL', gap: 6, pad: 16 }, [
  T(label, 16, 16, 218, { size: 13, color: MUTED }), T(value, 16, 44, 218, { size: 28, weight: 700 }),
]);
const dash = F('Dashboard', 3080, 0, W, H, { fill: '#FAFBFC', layout: 'HORIZONTAL', gap: 0, ref: 'dash' }, [
  sidebar('Home', { Reports: 'report', Integrations: 'settings', Settings: 'settings' }),
  F('Content', 248, 0, 1192, H, { layout: 'VERTICAL', gap: 24, pad: 40 }, [
    T('Good morning, Priya', 40, 40, 800, { size: 26, weight: 700 }),
    F('Frame 501', 40, 96, 1112, 200, { fill: '#ECFDF5', radius: 16, stroke: '#A7F3D0', layout: 'VERTICAL', gap: 12, pad: 28, name: 'Frame 501' }, [
      F('Frame 502', 28, 28, 1056, 140, { layout: 'HORIZONTAL', gap: 24 }, [
        F('Frame 503', 0, 0, 700, 140, { layout: 'VERTICAL', gap: 8 }, [
          T('Finish setting up billing', 0, 0, 700, { size: 22, weight: 700 }),
          T('Hook up the tools you already use for books and card payments.', 0, 36, 700, { size: 15, color: MUTED }),
          F('Frame 504', 0, 80, 400, 48, { layout: 'HORIZONTAL', gap: 12 }, [
            btnFrame('Connect apps', 0, 0, 180, 48, { name: 'cta/primary', fill: BRAND, int: [go('pick')] }),
            link('Remind me tomorrow', 196, 14, 180, { color: MUTED }),
          ]),
        ]),
        R('Rectangle 77', 760, 0, 260, 140, { radius: 12, fill: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'd33illustration01' }] }),
      ]),
      T('Step 2 of 4 complete', 28, 170, 300, { size: 12, color: MUTED, hidden: true, name: 'progress (old)' }),
    ]),
    F('Frame 520', 40, 320, 1112, 110, { layout: 'HORIZONTAL', gap: 24 }, [kpi('Active members', '142', 0), kpi('Desks booked today', '37 / 60', 274), kpi('Unpaid invoices', '9', 548), kpi('MRR', '$18,420', 822)]),
    T('Recent members', 40, 460, 400, { size: 18, weight: 600 }),
    ...[['LinkUp Studio', 'Team plan · 6 seats'], ['Oakridge Legal', 'Private office'], ['Mara Okafor', 'Hot desk · monthly']].map(([a, b], i) =>
      F('Frame 530', 40, 500 + i * 56, 1112, 48, { layout: 'HORIZONTAL', gap: 16, pad: 12, stroke: '#EEF1F4' }, [E('Ellipse 3', 12, 8, 32, 32), T(a, 56, 14, 300, { weight: 500 }), T(b, 400, 14, 300, { color: MUTED })])),
  ]),
]);

const card = (name, img, x, y, o = {}) => F('Frame 612', x, y, 330, 84, { fill: '#FFFFFF', stroke: o.selected ? BRAND : '#E3E7EB', radius: 12, layout: 'HORIZONTAL', gap: 14, pad: 16, int: o.int }, [
  logo(16, 18, 48, img, 'Rectangle 5'),
  F('Frame 613', 78, 18, 150, 48, { layout: 'VERTICAL', gap: 2 }, [T(name, 0, 0, 150, { size: 15, weight: 600, lines: name.length > 18 ? 2 : 1 }), ...(o.sub ? [T(o.sub, 0, 24, 150, { size: 12, color: o.subColor ?? MUTED })] : [])]),
  o.status ?? link('Connect', 250, 30, 64, { weight: 600 }),
]);
const acct = [['Xero', 'img-xero'], ['QuickBooks Online', 'img-qbo'], ['Sage Business Cloud Accounting', 'img-sbca'], ['FreeAgent', 'img-freeagent']];
const pay = [['Stripe', 'img-stripe'], ['GoCardless', 'img-gocardless'], ['Square', 'img-square']];
const pickerBody = (state) => [
  sidebar('Integrations', { Home: 'dash', Reports: 'report', Settings: 'settings' }),
  F('Content', 248, 0, 1192, H, { layout: 'VERTICAL', gap: 20, pad: 40 }, [
    T(state ? 'Your apps' : 'Choose your apps', 40, 40, 800, { size: 26, weight: 700 }),
    T('Pick your accounting software and how members pay you.', 40, 80, 800, { size: 15, color: MUTED }),
    T('Accounting', 40, 130, 400, { size: 18, weight: 600 }),
    F('Frame 600', 40, 166, 1112, 184, { layout: 'HORIZONTAL', gap: 16, layoutWrap: 'WRAP' }, acct.map(([n, img], i) => card(n, img, (i % 3) * 346, Math.floor(i / 3) * 100, {
      int: !state && n === 'Xero' ? [go('auth', 'OVERLAY')] : undefined,
      status: state && n === 'Xero' ? I('pill', 'Status pill', 230, 29, 90, 26, {}, [T('Connected ✓', 8, 4, 80, { size: 12, weight: 600, color: BRAND })]) : undefined,
      sub: state && n === 'Xero' ? 'Syncing invoices…' : undefined,
    }))),
    T('Payments', 40, 380, 400, { size: 18, weight: 600 }),
    F('Frame 601', 40, 416, 1112, 84, { layout: 'HORIZONTAL', gap: 16 }, pay.map(([n, img], i) => card(n, img, i * 346, 0, {
      status: state && n === 'Stripe' ? T('Waiting for you to approve', 200, 30, 120, { size: 12, weight: 600, color: '#B45309', lines: 2 }) : undefined,
      selected: state && n === 'Stripe',
    }))),
    ...(state ? [
      F('Frame 640', 40, 520, 500, 40, { layout: 'HORIZONTAL', gap: 10 }, [
        E('Spinner', 0, 8, 24, 24, { fill: [], stroke: BRAND, arcData: { startingAngle: 0, endingAngle: 4.7, innerRadius: 0.8 } }),
        T('Syncing invoices and contacts from Xero…', 34, 10, 420, { color: MUTED }),
      ]),
      btnGroup('+ Add another app', 40, 580, 200, 44, { fill: '#FFFFFF', color: BRAND, name: 'Group 22', int: [go('pick')] }),
      btnFrame('Next: billing details', 900, 780, 252, 48, { name: 'Frame 650', fill: BRAND, int: [go('prefill')] }),
    ] : [
      T('Invite a teammate  ·  Do this later', 40, 540, 500, { size: 14, color: MUTED, name: 'Invite a teammate · Do this later' }),
      G('Group 31', 40, 540, 500, 24, [
        R('hotspot invite', 0, 0, 130, 24, { fill: [], int: [go('invite', 'OVERLAY')] }),
        R('hotspot later', 150, 0, 110, 24, { fill: [], int: [go('dash')] }),
      ]),
    ]),
    G('Group 40', 40, 840, 300, 24, [V('Vector', 0, 2, 20, 20, { fill: '#6B7280' }), T('Powered by Ledgerline', 28, 2, 260, { size: 13, color: '#6B7280' })]),
  ]),
];
const pick = F('Add integrations', 4620, 0, W, H, { fill: '#FAFBFC', layout: 'HORIZONTAL', ref: 'pick' }, pickerBody(false));
const connected = F('Add integrations – Xero done', 6160, 0, W, H, { fill: '#FAFBFC', layout: 'HORIZONTAL', ref: 'connected' }, pickerBody(true));

const auth = F('Modal / Xero', 4620, 1000, 560, 460, { fill: '#FFFFFF', radius: 16, ref: 'auth' }, [
  F('Auto layout', 32, 32, 496, 396, { layout: 'VERTICAL', gap: 16 }, [
    G('Group 12', 0, 0, 200, 48, [logo(0, 0, 48, 'img-xero', 'Xero logo'), T('Xero', 60, 12, 120, { size: 20, weight: 700 })]),
    T('Link Xero to Hatchdesk', 0, 64, 496, { size: 22, weight: 700 }),
    T('Hatchdesk will read your chart of accounts, contacts and invoices from Xero, and post paid member invoices back to Xero.', 0, 104, 496, { size: 15, color: MUTED, lines: 3 }),
    T('Next, Xero opens in a new tab so you can sign in and approve access. Once you approve, you’ll land back here.', 0, 176, 496, { size: 15, color: MUTED, lines: 3 }),
    T('Changed your mind later? Unlink Xero from Settings → Integrations whenever you like.', 0, 248, 496, { size: 13, color: MUTED, lines: 2 }),
    F('Frame 700', 0, 320, 496, 48, { layout: 'HORIZONTAL', gap: 12 }, [
      btnGroup('Cancel', 0, 0, 140, 48, { fill: '#F1F3F5', color: INK, int: [close()] }),
      btnInst('btn', 'Continue to Xero', 156, 0, 340, 48, { name: 'Btn', fill: BRAND, int: [go('connected')] }),
    ]),
  ]),
]);

const invite = F('Invite teammate', 5280, 1000, 520, 320, { fill: '#FFFFFF', radius: 16, ref: 'invite' }, [
  T('Send this step to your bookkeeper', 32, 32, 456, { size: 20, weight: 700 }),
  T('They’ll get a link to pick the accounting app and approve it themselves.', 32, 72, 456, { color: MUTED, lines: 2 }),
  field('Their email', 'name@company.com', 32, 130, 456, { placeholder: true }),
  btnFrame('Send link', 32, 230, 140, 44, { fill: BRAND, int: [close()] }),
]);

const prefill = F('Billing entity', 7700, 0, W, H, { fill: '#FFFFFF', ref: 'prefill' }, [
  F('Auto layout', 420, 80, 600, 740, { layout: 'VERTICAL', gap: 16 }, [
    T('Check your billing details', 0, 0, 600, { size: 28, weight: 700 }),
    F('Frame 710', 0, 48, 600, 36, { fill: '#ECFDF5', radius: 8, layout: 'HORIZONTAL', gap: 8, pad: 8 }, [V('Vector', 8, 8, 20, 20, { fill: BRAND }), T('We filled these in from Xero — edit anything that looks off.', 36, 8, 540, { size: 13, color: '#065F46' })]),
    field('Legal name', 'Hatch & Co Workspaces Ltd', 0, 100, 600, { prefilled: true }),
    field('Company number', '11873420', 0, 184, 600, { prefilled: true }),
    field('VAT / tax number', 'GB 312 5678 90', 0, 268, 600, { prefilled: true }),
    field('Registered address', '14 Curtain Road, London EC2A 3NH', 0, 352, 600, { prefilled: true }),
    field('Billing contact', 'accounts@thehatch.co', 0, 436, 600, { prefilled: true }),
    btnFrame('Looks good', 0, 540, 200, 48, { name: 'Frame 720', fill: BRAND, int: [go('dash')] }),
  ]),
]);

const report = F('Reports – Revenue', 3080, 1000, W, H, { fill: '#FAFBFC', layout: 'HORIZONTAL', ref: 'report' }, [
  sidebar('Reports', { Home: 'dash', Integrations: 'settings', Settings: 'settings' }),
  F('Content', 248, 0, 1192, H, { layout: 'VERTICAL', gap: 20, pad: 40 }, [
    T('Revenue by location', 40, 40, 800, { size: 26, weight: 700 }),
    F('Chart', 40, 100, 1112, 420, { fill: '#FFFFFF', radius: 12, stroke: '#E3E7EB' }, [
      ...[0, 1, 2, 3, 4, 5].map((i) => R(`Rectangle ${30 + i}`, 80 + i * 160, 300 - i * 20, 80, 80 + i * 20, { fill: '#E5E7EB', radius: 4 })),
      F('Frame 800', 306, 120, 500, 170, { fill: '#FFFFFF', radius: 12, stroke: '#E3E7EB', layout: 'VERTICAL', gap: 10, pad: 20 }, [
        T('No revenue data yet', 20, 20, 460, { size: 18, weight: 600, align: 'CENTER' }),
        T('Link your accounting software and we’ll chart paid invoices by location here.', 20, 50, 460, { color: MUTED, align: 'CENTER', lines: 2 }),
        btnFrame('Link accounting', 160, 106, 180, 44, { name: 'Frame 801', fill: BRAND, int: [go('pick')] }),
      ]),
    ]),
  ]),
]);

const connRow = (name, img, first, last, meta) => F('Frame 900', 40, 0, 1112, 88, { fill: '#FFFFFF', stroke: '#E3E7EB', radius: 12, layout: 'HORIZONTAL', gap: 16, pad: 16 }, [
  logo(16, 20, 48, img),
  F('Frame 901', 80, 16, 560, 56, { layout: 'VERTICAL', gap: 4 }, [
    T(name, 0, 0, 560, { size: 16, weight: 600 }),
    T(`Connected ${first}  ·  Last synced ${last}  ·  ${meta}`, 0, 26, 560, { size: 13, color: MUTED }),
  ]),
  btnFrame('Sync now', 760, 22, 120, 40, { fill: '#FFFFFF', color: BRAND, name: 'Frame 902' }),
  link('Disconnect', 900, 32, 100, { color: '#B91C1C' }),
]);
const settings = F('Settings – Integrations', 4620, 1600, W, H, { fill: '#FAFBFC', layout: 'HORIZONTAL', ref: 'settings' }, [
  sidebar('Integrations', { Home: 'dash', Reports: 'report' }),
  F('Content', 248, 0, 1192, H, { layout: 'VERTICAL', gap: 16, pad: 40 }, [
    T('Connected apps', 40, 40, 800, { size: 26, weight: 700 }),
    connRow('Xero', 'img-xero', '12 Mar 2026, 09:14', '2 min ago', 'Org: Hatch & Co Workspaces Ltd'),
    connRow('Stripe', 'img-stripe', '12 Mar 2026, 09:20', '1 hour ago', 'Account: acct_…4Q2 · USD'),
    link('+ Add another app', 40, 300, 200, { int: [go('pick')] }),
    link('Plan & billing', 40, 340, 200, { color: MUTED, int: [go('plans')] }),
    F('Danger zone', 40, 700, 1112, 120, { stroke: '#FCA5A5', radius: 12, layout: 'VERTICAL', gap: 8, pad: 20 }, [
      T('Delete account', 20, 20, 400, { size: 16, weight: 600, color: '#B91C1C' }),
      T('Permanently remove this workspace, its members and invoices.', 20, 48, 700, { color: MUTED }),
      btnGroup('Delete account', 900, 40, 180, 40, { fill: '#B91C1C' }),
    ]),
  ]),
]);

const plans = F('Plan & billing', 6160, 1600, W, H, { fill: '#FFFFFF', ref: 'plans' }, [
  link('← Back', 40, 40, 100, { color: MUTED, int: [back()] }),
  T('Your Hatchdesk plan', 420, 100, 600, { size: 28, weight: 700 }),
  ...[['Starter', '$79/mo', 'Up to 50 members'], ['Growth', '$149/mo', 'Up to 250 members'], ['Multi-site', '$299/mo', 'Unlimited locations']].map(([n, p, d], i) =>
    F('Frame 950', 220 + i * 340, 200, 320, 300, { fill: '#F8FAFB', radius: 16, stroke: i === 1 ? BRAND : '#E3E7EB', layout: 'VERTICAL', gap: 10, pad: 24 }, [
      T(n, 24, 24, 272, { size: 20, weight: 700 }), T(p, 24, 60, 272, { size: 32, weight: 700 }), T(d, 24, 112, 272, { color: MUTED }),
      btnFrame(i === 1 ? 'Current plan' : 'Switch', 24, 220, 272, 44, { fill: i === 1 ? '#E2E8EE' : BRAND, color: i === 1 ? INK : '#FFFFFF' }),
    ])),
  T('Billed monthly. Cancel anytime from this page.', 420, 540, 600, { color: MUTED, align: 'CENTER' }),
]);

const email = F('Email / Welcome', 0, 1000, 640, 900, { fill: '#F3F4F6', ref: 'email' }, [
  F('Email body', 40, 40, 560, 820, { fill: '#FFFFFF', radius: 8, layout: 'VERTICAL', gap: 16, pad: 32 }, [
    G('Group 2', 32, 32, 160, 32, [V('Vector', 0, 0, 32, 32, { fill: BRAND }), T('Hatchdesk', 42, 4, 118, { size: 18, weight: 700 })]),
    T('Welcome aboard, Priya 👋', 32, 88, 496, { size: 24, weight: 700 }),
    T('Getting billing live takes about ten minutes:', 32, 130, 496, { size: 15, color: MUTED }),
    T('1  Add your locations and desk types\n2  Connect Xero or QuickBooks Online so invoices reconcile on their own\n3  Invite your first members', 32, 166, 496, { size: 15, lines: 4, name: 'steps' }),
    btnFrame('Connect your accounting', 32, 280, 260, 48, { fill: BRAND, int: [url('https://app.hatchdesk.io/integrations')] }),
    T('Or hit reply — a real person reads every email.', 32, 350, 496, { size: 13, color: MUTED }),
    T('Hatchdesk Inc · 548 Market St, San Francisco · Unsubscribe', 32, 760, 496, { size: 11, color: '#9CA3AF' }),
  ]),
]);

const flowPage = canvas(3, 'Onboarding flow', [
  S('Sign-up', -100, -100, 3000, 1100, [signup, space].map((f) => { f._rel[0] += 100; f._rel[1] += 100; return f; })),
  dash, pick, connected, prefill, report, auth, invite, settings, plans, email,
], { flows: [['signup', 'Billing onboarding'], ['dash', 'Dashboard tour']] });
// frames in the section are positioned relative to it; shift section children back into place
// archive page
usePage(4);
const archive = canvas(4, 'Archive', [
  F('Dashboard v1 (old)', 0, 0, W, H, { fill: '#FFFFFF' }, [
    T('Welcome to Hatchdesk', 80, 80, 800, { size: 32, weight: 700 }),
    F('Frame 12', 80, 160, 600, 160, { fill: '#F3F4F6', radius: 12 }, [
      T('Connect QuickBooks', 24, 24, 400, { size: 20, weight: 700 }),
      btnGroup('Connect', 24, 90, 140, 44, { fill: BRAND, vector: true }),
    ]),
    T('Trusted by 2,000 coworking spaces', 80, 360, 600, { size: 16, color: MUTED, hidden: true }),
  ]),
  F('Settings v1 (old)', 1540, 0, W, H, { fill: '#FFFFFF' }, [
    T('Integrations', 80, 80, 800, { size: 32, weight: 700 }),
    T('QuickBooks — connected', 80, 160, 800, { size: 16 }),
  ]),
]);

writeFile('d33-coworking-billing-desktop', { name: 'Hatchdesk — Billing onboarding', lastModified: '2026-03-18T14:22:05Z', version: '5123498761' }, [coverPage, flowPage, componentsPage, archive], {
  kind: 'onboarding',
  description: 'Coworking-space billing app (desktop 1440). Sign-up and workspace details lead to a dashboard whose central prompt card asks the operator to connect their apps; a category picker (Accounting / Payments) opens a Xero permission modal, then a connected state, prefilled billing entity, a revenue report with an in-context link CTA and a settings list of connected apps.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.social-proof', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'privacy.mutual-nda', 'platform.search', 'platform.alternatives'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame with a 1/2/3 list where connecting accounting is step 2, plus a "Connect your accounting" button.',
    'funnel.three-actions': 'Sign up → Workspace details → Dashboard with the connect prompt card: 2 clicks.',
    'funnel.cta-visible': 'Prompt card at the top of the dashboard content plus a permanent "Integrations" sidebar entry.',
    'funnel.social-proof': 'No testimonial or review anywhere; the only "Trusted by" line is a hidden layer on the archive page.',
    'funnel.prefill': 'Billing entity form filled from Xero (legal name, company number, VAT, address, contact).',
    'value.three-part': 'The dashboard card only says "Finish setting up billing" and the modal explains data use but never the benefit; no headline-plus-usage-plus-CTA message.',
    'value.contextual-ctas': 'Revenue report empty state: "Link your accounting software and we’ll chart paid invoices…" with a Link accounting button.',
    'value.progress-meter': 'The only step counter ("Step 2 of 4 complete") is hidden.',
    'privacy.data-scope': 'Modal: reads chart of accounts, contacts and invoices from Xero, posts paid invoices back.',
    'privacy.trust-language': 'No secure/encrypted/never-shared wording anywhere.',
    'privacy.consent-action': 'Continue to Xero has no checkbox or policy link.',
    'privacy.disconnect-anytime': '"Unlink Xero from Settings → Integrations whenever you like."',
    'privacy.support-contacts': 'Sidebar help card on every app screen (phone, email, ticket form) and on sign-up.',
    'privacy.powered-by': '"Powered by Ledgerline" mark under the picker.',
    'platform.explain-redirect': 'Modal says Xero opens in a new tab to sign in and approve, then returns here.',
    'platform.grouped-categories': 'Accounting and Payments headings over the cards.',
    'platform.accurate-branding': 'Full names with logo images: QuickBooks Online, Sage Business Cloud Accounting, GoCardless, etc.',
    'platform.non-linear': '"Invite a teammate · Do this later" on the picker with an invite overlay.',
    'platform.multiple-connections': 'Connected ✓ pill on Xero, Stripe awaiting approval, "+ Add another app".',
    'connection.view-live': 'Settings list with platform, first connection date, last sync time and org/account metadata.',
    'connection.delete': '"Disconnect" per row (distinct from the Delete account danger zone).',
    'connection.refresh': '"Sync now" per row.',
    'connection.syncing-indicator': 'Spinner with "Syncing invoices and contacts from Xero…".',
  },
  flow: { startFrameId: 'signup', connectFrameId: 'dash', stepsToConnect: 2, deadEnds: [] },
});

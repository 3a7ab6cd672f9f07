// h102 — resourcing and invoicing for architecture firms, desktop 1440, US copy.
// The flow page has no prototype starting point set.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  page, setFont, nid, T, F, col, row, I, G, R, V, E, screen, canvas, writeFile, writeTruth,
  nav, swap, overlay, changeTo, BACK, CLOSE, url, btnFrame, btnGroup, linkText, logoImg, spacer,
} from './lib.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h102-architecture-firm-resourcing-desktop';
setFont('Söhne');
const INK = '#1E1E1E';
const CLAY = '#B5562F';
const MUTED = '#6F6A64';
const LINE = '#E4DFD8';
const PAPER = '#FAF8F5';

// ---- components (page 4) ----
page(4, 1);
const cSet = nid();
const cPrim = nid();
const cPrimHover = nid();
const cSec = nid();
const cSide = nid();
const cCard = nid();
const comps = {
  [cPrim]: { key: '3c0a9d51e1b2', name: 'Type=Primary, State=Default', description: '', componentSetId: cSet },
  [cPrimHover]: { key: '3c0a9d51e1b3', name: 'Type=Primary, State=Hover', description: '', componentSetId: cSet },
  [cSec]: { key: '3c0a9d51e1b4', name: 'Type=Secondary, State=Default', description: '', componentSetId: cSet },
  [cSide]: { key: '8e77f0a2c6d1', name: 'Sidebar', description: 'App navigation' },
  [cCard]: { key: 'c41d5b0e9f33', name: 'Integration card', description: '' },
};
const sets = { [cSet]: { key: '0b6f1e7ac9d2', name: 'Comp / Action / Large', description: '' } };
const NAVITEMS = ['Home', 'Projects', 'Schedule', 'Invoices', 'Integrations', 'Settings'];
const sidebarKids = (active, links = {}) => [
  row('Frame 2', { gap: 10, pad: [0, 8] }, [V('Vector', { w: 24, h: 24, fill: CLAY }), T('plinth', { size: 20, weight: 700, hug: true })]),
  spacer(16),
  ...NAVITEMS.map((t) =>
    row(t === active ? 'Item / Active' : 'Frame ' + (20 + NAVITEMS.indexOf(t)), { pad: [10, 12], gap: 10, r: 6, fill: t === active ? '#F0E6DF' : undefined, on: links[t] ? [nav(links[t])] : undefined }, [
      V('Vector', { w: 18, h: 18, fill: t === active ? CLAY : MUTED }),
      T(t, { size: 14, weight: t === active ? 600 : 400, color: t === active ? INK : MUTED, hug: true }),
    ]),
  ),
];
const compPage = canvas('0:4', 'Components', [
  F('Comp / Action / Large', { id: cSet, type: 'COMPONENT_SET', x: 0, y: 0, w: 640, h: 100, stroke: '#9747FF', r: 5 }, [
    row('Type=Primary, State=Default', { id: cPrim, type: 'COMPONENT', x: 20, y: 20, pad: [12, 22], fill: INK, r: 6, hug: true, hover: [changeTo(cPrimHover)] }, [T('Label', { color: '#FFFFFF', size: 15, weight: 600, hug: true })]),
    row('Type=Primary, State=Hover', { id: cPrimHover, type: 'COMPONENT', x: 220, y: 20, pad: [12, 22], fill: CLAY, r: 6, hug: true }, [T('Label', { color: '#FFFFFF', size: 15, weight: 600, hug: true })]),
    row('Type=Secondary, State=Default', { id: cSec, type: 'COMPONENT', x: 420, y: 20, pad: [12, 22], stroke: INK, r: 6, hug: true }, [T('Label', { size: 15, weight: 600, hug: true })]),
  ]),
  col('Sidebar', { id: cSide, type: 'COMPONENT', x: 700, y: 0, w: 240, h: 1024, pad: [28, 16], gap: 4, fill: PAPER, stroke: LINE }, sidebarKids('Home')),
  col('Integration card', { id: cCard, type: 'COMPONENT', x: 1000, y: 0, w: 340, pad: 20, gap: 10, r: 10, stroke: LINE, fill: '#FFFFFF' }, [
    R('Logo', { w: 40, h: 40, r: 8, fill: '#DDDDDD' }),
    T('Name', { size: 16, weight: 600 }),
    T('Description', { size: 13, color: MUTED }),
  ]),
]);

// ---- flow page (page 2) ----
page(2, 1);
const S = {};
for (const k of ['signup', 'verify', 'profile', 'team', 'hub', 'redirect', 'auth', 'hub2', 'invoices', 'settings', 'disc', 'pricing']) S[k] = nid();
page(2, 200);
const W = 1440;
const H = 1024;
const primary = (label, on) => I(cPrim, 'Comp / Action / Large', { layout: 'H', pad: [12, 22], fill: INK, r: 6, hug: true, on }, [T(label, { color: '#FFFFFF', size: 15, weight: 600, hug: true })]);
const secondary = (label, on) => I(cSec, 'Comp / Action / Large', { layout: 'H', pad: [12, 22], stroke: INK, r: 6, hug: true, on }, [T(label, { size: 15, weight: 600, hug: true })]);
const sidebar = (active, links) => I(cSide, 'Sidebar', { layout: 'V', x: 0, y: 0, w: 240, h: H, pad: [28, 16], gap: 4, fill: PAPER, stroke: LINE }, sidebarKids(active, links));
const main = (kids, o = {}) => col('Content', { x: 240, y: 0, w: W - 240, pad: [40, 56], gap: o.gap ?? 24 }, kids);
const input = (label, value, o = {}) =>
  col('Field', { gap: 6, w: o.w }, [
    T(label, { size: 13, weight: 600, color: MUTED }),
    row('Input', { pad: [12, 14], r: 6, stroke: LINE, fill: '#FFFFFF' }, [T(value, { size: 15, color: o.ph ? '#A7A29B' : INK, grow: 1 })]),
  ]);
const card = (ref, name, desc, o = {}) =>
  I(cCard, o.name ?? name, { layout: 'V', w: 340, pad: 20, gap: 10, r: 10, stroke: o.stroke ?? LINE, fill: '#FFFFFF', on: o.on }, [
    row('Frame 31', { gap: 12 }, [logoImg(ref, 40), col('Frame 32', { gap: 2, grow: 1 }, [T(name, { size: 16, weight: 600 }), T(o.site ?? '', { size: 12, color: MUTED })]), ...(o.badge ? [o.badge] : [])]),
    T(desc, { size: 13, color: MUTED }),
  ]);
const badge = (t, c, bg) => row('Badge', { pad: [4, 8], r: 10, fill: bg, hug: true }, [T(t, { size: 12, weight: 600, color: c, hug: true })]);

const screens = [];
// 1 sign-up
screens.push(
  screen(S.signup, 'Create account', 0, 0, W, H, { fill: PAPER }, [
    col('Left', { x: 0, y: 0, w: 720, h: H, pad: [120, 96], gap: 20, fill: '#FFFFFF' }, [
      row('Frame 2', { gap: 10 }, [V('Vector', { w: 28, h: 28, fill: CLAY }), T('plinth', { size: 22, weight: 700, hug: true })]),
      T('Create your studio account', { size: 32, weight: 700 }),
      T('Plan people across projects, track fees against stages, and invoice from the plan.', { size: 16, color: MUTED }),
      input('Work email', 'ana@haldenross.com'),
      input('Password', '••••••••••••'),
      primary('Create account', [nav(S.verify)]),
      row('Frame 14', { gap: 20 }, [
        T('Already have an account? Sign in', { size: 14, color: MUTED, hug: true }),
        linkText('See pricing', { deco: 'UNDERLINE', color: CLAY, on: [nav(S.pricing)] }),
      ]),
    ]),
    col('Right', { x: 720, y: 0, w: 720, h: H, pad: [300, 96], gap: 24, fill: '#2B2724' }, [
      T('“We stopped guessing who was free for the competition entry. Fees per stage finally match what we bill.”', { size: 26, weight: 500, color: '#FFFFFF' }),
      row('Frame 16', { gap: 14 }, [
        logoImg('a1b2c3d4', 48, { r: 24, name: 'Photo' }),
        col('Frame 17', { gap: 2, grow: 1 }, [T('Ana Halden', { size: 15, weight: 600, color: '#FFFFFF' }), T('Principal, Halden Ross Architects', { size: 13, color: '#C9C1B8' })]),
      ]),
    ]),
  ]),
);
// 2 verify
screens.push(
  screen(S.verify, 'Check your inbox', 1540, 0, W, H, { fill: PAPER }, [
    col('Card', { x: 470, y: 300, w: 500, pad: 40, gap: 18, r: 12, fill: '#FFFFFF', stroke: LINE, cross: 'CENTER' }, [
      V('Vector', { w: 48, h: 40, fill: CLAY }),
      T('Check your inbox', { size: 26, weight: 700, align: 'CENTER' }),
      T('We sent a verification link to ana@haldenross.com. It expires in 24 hours.', { size: 15, color: MUTED, align: 'CENTER' }),
      primary('I’ve verified my email', [nav(S.profile)]),
      T('Resend email', { size: 14, color: CLAY, hug: true }),
    ]),
  ]),
);
// 3 studio profile
screens.push(
  screen(S.profile, 'Studio profile', 3080, 0, W, H, { fill: PAPER }, [
    col('Card', { x: 420, y: 120, w: 600, pad: 40, gap: 18, r: 12, fill: '#FFFFFF', stroke: LINE }, [
      T('Step 1 · Your studio', { size: 13, weight: 600, color: CLAY }),
      T('Tell us about your practice', { size: 26, weight: 700 }),
      input('Practice name', 'Halden Ross Architects'),
      input('Link to your website', 'https://', { ph: true }),
      row('Frame 40', { gap: 16 }, [input('Country', 'United States', { w: 252 }), input('Team size', '11–25', { w: 252 })]),
      input('Fee basis', 'Percentage of construction cost'),
      row('Frame 41', { main: 'MAX' }, [primary('Continue', [nav(S.team)])]),
    ]),
  ]),
);
// 4 team & rates
const person = (n, role, rate) =>
  row('Frame ' + (50 + n.length), { gap: 16, pad: [12, 0], stroke: undefined }, [
    E('Avatar', { w: 32, h: 32, fill: '#E9DDD3' }),
    T(n, { size: 14, weight: 600, w: 170 }),
    T(role, { size: 14, color: MUTED, grow: 1 }),
    T(rate, { size: 14, w: 80, align: 'RIGHT' }),
  ]);
screens.push(
  screen(S.team, 'Team & rates', 4620, 0, W, H, { fill: PAPER }, [
    col('Card', { x: 370, y: 100, w: 700, pad: 40, gap: 14, r: 12, fill: '#FFFFFF', stroke: LINE }, [
      T('Step 2 · People', { size: 13, weight: 600, color: CLAY }),
      T('Who’s on the team?', { size: 26, weight: 700 }),
      T('Add people and their hourly cost rates so we can plan resourcing against fees.', { size: 15, color: MUTED }),
      person('Ana Halden', 'Principal', '$185/h'),
      person('Marco Ruiz', 'Project Architect', '$120/h'),
      person('Jen Okafor', 'Architectural Designer II', '$88/h'),
      T('+ Add person', { size: 14, weight: 600, color: CLAY }),
      row('Frame 42', { main: 'SPACE_BETWEEN' }, [T('Skip for now', { size: 14, color: MUTED, hug: true, on: [nav(S.hub)] }), primary('Continue', [nav(S.hub)])]),
    ]),
  ]),
);
// 5 integrations hub — first connect prompt
const hubLinks = { Projects: S.invoices, Invoices: S.invoices, Settings: S.settings };
screens.push(
  screen(S.hub, 'Integrations', 0, 1200, W, H, { fill: '#FFFFFF' }, [
    sidebar('Integrations', hubLinks),
    main([
      col('Frame 60', { gap: 10 }, [
        T('Bring your numbers into Plinth', { size: 28, weight: 700 }),
        T('Invoice straight from your resourcing plan and see fee burn per stage without re-keying a thing.', { size: 16, color: MUTED }),
        T('Plinth reads your chart of accounts, clients and open invoices from your accounting software and writes approved invoices back to it. Timesheet hours only flow one way — into Plinth.', { size: 14, color: MUTED }),
        row('Frame 61', { gap: 16 }, [
          primary('Connect accounting software', [overlay(S.redirect)]),
          linkText('Setup guide: connecting QuickBooks Online ↗', { color: CLAY, on: [url('https://help.plinth.app/integrations/quickbooks-online')] }),
        ]),
        T('🔒 Encrypted in transit and at rest. We never sell your data or share it with third parties without your consent.', { size: 13, color: MUTED }),
      ]),
      row('Search', { w: 480, pad: [10, 14], gap: 10, r: 8, stroke: LINE }, [V('Vector', { w: 16, h: 16, stroke: MUTED, sw: 2 }), T('Search 40+ integrations', { size: 14, color: '#A7A29B', grow: 1 })]),
      T('Accounting', { size: 20, weight: 700 }),
      row('Frame 62', { gap: 20 }, [
        card('qbo9f2a1', 'QuickBooks Online', 'Sync clients, invoices and payments.', { site: 'quickbooks.intuit.com', on: [overlay(S.redirect)] }),
        card('x3r0c0de', 'Xero', 'Sync contacts, invoices and tracking categories.', { site: 'xero.com', on: [overlay(S.redirect)] }),
        card('s1ntacct', 'Sage Intacct', 'For multi-entity practices.', { site: 'sageintacct.com', on: [overlay(S.redirect)] }),
      ]),
      T('Time tracking', { size: 20, weight: 700 }),
      row('Frame 63', { gap: 20 }, [
        card('h4rv3st0', 'Harvest', 'Import approved timesheets daily.', { site: 'getharvest.com', on: [overlay(S.redirect)] }),
        card('t0gg1tr4', 'Toggl Track', 'Import time entries by project.', { site: 'toggl.com/track', on: [overlay(S.redirect)] }),
        card('c10ckfy0', 'Clockify', 'Import time entries by project.', { site: 'clockify.me', on: [overlay(S.redirect)] }),
      ]),
      row('Frame 64', { gap: 32 }, [
        T('Don’t see your tool? Import timesheets from a CSV', { size: 14, color: CLAY, deco: 'UNDERLINE', hug: true }),
        T('Not the one with the logins? Invite your bookkeeper', { size: 14, color: CLAY, deco: 'UNDERLINE', hug: true }),
      ]),
      row('Frame 65', { gap: 24, pad: [16, 20], r: 8, fill: PAPER }, [
        T('2,300+ practices connect their books to Plinth · 256-bit AES encryption', { size: 13, color: MUTED, hug: true }),
        T('Need a mutual NDA first? Request one', { size: 13, color: CLAY, hug: true, deco: 'UNDERLINE' }),
      ]),
      row('Frame 66', { main: 'SPACE_BETWEEN' }, [
        T('Questions? Call (415) 555-0142 · support@plinth.app · Live chat', { size: 13, color: MUTED, hug: true }),
        row('Frame 67', { gap: 6, hug: true }, [T('Powered by', { size: 12, color: MUTED, hug: true }), V('Conduit wordmark', { w: 64, h: 14, fill: INK })]),
      ]),
    ]),
  ]),
);
// 6 redirect modal (overlay)
screens.push(
  screen(S.redirect, 'Modal / Leaving Plinth', 1540, 1200, 560, 340, { r: 12 }, [
    col('Auto layout', { x: 0, y: 0, w: 560, pad: 32, gap: 16 }, [
      row('Frame 70', { gap: 12, hug: true }, [V('Vector', { w: 32, h: 32, fill: CLAY }), V('Arrow', { w: 20, h: 12, fill: MUTED }), logoImg('qbo9f2a1', 32)]),
      T('You’re heading to Intuit', { size: 22, weight: 700 }),
      T('You’ll sign in to QuickBooks Online on Intuit’s site and authorize Plinth. Once you approve access, you’ll come right back to this page.', { size: 15, color: MUTED }),
      row('Frame 71', { gap: 12, main: 'MAX' }, [secondary('Cancel', [CLOSE]), primary('Continue to Intuit', [nav(S.auth)])]),
    ]),
  ]),
);
// 7 intuit mock
screens.push(
  screen(S.auth, 'Intuit – authorize', 2200, 1200, W, H, { fill: '#F4F5F8' }, [
    col('Card', { x: 470, y: 180, w: 500, pad: 40, gap: 18, r: 8, fill: '#FFFFFF' }, [
      V('intuit', { w: 80, h: 22, fill: '#236CFF' }),
      T('Plinth wants to access your QuickBooks Online company', { size: 20, weight: 600 }),
      T('Halden Ross Architects LLC', { size: 15, color: MUTED }),
      T('Plinth will be able to read and write customers, invoices, payments and accounts.', { size: 14, color: MUTED }),
      btnGroup('Connect', 420, 44, { fill: '#2CA01C', num: 21, on: [nav(S.hub2)] }),
      T('Cancel', { size: 14, color: '#236CFF', align: 'CENTER', on: [BACK] }),
    ]),
  ]),
);
// 8 hub after one connection
screens.push(
  screen(S.hub2, 'Integrations – 1 connected', 3740, 1200, W, H, { fill: '#FFFFFF' }, [
    sidebar('Integrations', hubLinks),
    main([
      T('Your integrations', { size: 28, weight: 700 }),
      row('Frame 80', { gap: 20 }, [
        card('qbo9f2a1', 'QuickBooks Online', 'Connected Mar 4, 2025 · Halden Ross Architects LLC', { badge: badge('Connected ✓', '#1F7A3E', '#E3F4E8') }),
        card('h4rv3st0', 'Harvest', 'Waiting for you to approve access in Harvest.', { stroke: '#E6B35C', badge: badge('Awaiting authorization', '#8A5A00', '#FDF1DB') }),
        col('Add another', { w: 340, h: 118, pad: 20, r: 10, stroke: '#C9C1B8', main: 'CENTER', cross: 'CENTER', on: [nav(S.hub)] }, [T('+ Add another integration', { size: 15, weight: 600, hug: true })]),
      ]),
      row('Frame 81', { gap: 16 }, [primary('Go to projects', [nav(S.invoices)]), secondary('Finish Harvest later', [nav(S.invoices)])]),
    ]),
  ]),
);
// 9 invoices feature screen with contextual prompt
const invRow = (p, stage, amt, st) =>
  row('Frame ' + (90 + p.length), { pad: [14, 0], gap: 16 }, [T(p, { size: 14, w: 300 }), T(stage, { size: 14, color: MUTED, w: 240 }), T(amt, { size: 14, w: 120 }), T(st, { size: 13, color: MUTED, grow: 1 })]);
screens.push(
  screen(S.invoices, 'Invoices', 0, 2700, W, H, { fill: '#FFFFFF' }, [
    sidebar('Invoices', { Settings: S.settings, Integrations: S.hub2 }),
    main([
      row('Frame 90', { main: 'SPACE_BETWEEN' }, [T('Invoices', { size: 28, weight: 700, hug: true }), primary('New invoice')]),
      row('Banner', { pad: [16, 20], gap: 16, r: 8, fill: '#FBEFE8' }, [
        V('Vector', { w: 24, h: 24, fill: CLAY }),
        T('Connect your accounting software to pull in unpaid invoices and payment status here.', { size: 14, grow: 1 }),
        secondary('Connect accounting', [nav(S.hub)]),
      ]),
      invRow('Maple Street Library', 'Design Development', '$42,500.00', 'Draft'),
      invRow('Harbor View Residences', 'Construction Docs', '$88,120.00', 'Draft'),
      invRow('Oakridge Fire Station No. 4', 'Schematic Design', '$19,800.00', 'Draft'),
      row('Frame 95', { gap: 24 }, [T('Link to drawing set', { size: 13, color: CLAY, hug: true }), T('Delete project', { size: 13, color: '#B3261E', hug: true })]),
    ]),
  ]),
);
// 10 settings: integrations
const setRow = (ref, nm, conn, last, extra) =>
  row('Row', { pad: [16, 0], gap: 16 }, [
    logoImg(ref, 28),
    T(nm, { size: 14, weight: 600, w: 180 }),
    T(conn, { size: 13, color: MUTED, w: 200 }),
    T(last, { size: 13, color: MUTED, w: 200 }),
    T(extra, { size: 13, color: MUTED, grow: 1 }),
  ]);
const settingsRows = [
  setRow('qbo9f2a1', 'QuickBooks Online', 'Connected Mar 4, 2025 9:12 AM', 'Last sync today 8:02 AM', 'Clients, invoices, payments · USD'),
  setRow('h4rv3st0', 'Harvest', 'Connected Mar 5, 2025 2:40 PM', 'Last sync today 7:55 AM', 'Approved timesheets'),
];
screens.push(
  screen(S.settings, 'Settings – Integrations', 1540, 2700, W, H, { fill: '#FFFFFF' }, [
    sidebar('Settings', { Invoices: S.invoices, Integrations: S.hub2 }),
    main([
      T('Settings', { size: 28, weight: 700 }),
      row('Tabs', { gap: 24 }, ['Practice', 'Members', 'Integrations', 'Billing'].map((t) => T(t, { size: 14, weight: t === 'Integrations' ? 600 : 400, color: t === 'Integrations' ? INK : MUTED, hug: true }))),
      row('Header', { pad: [8, 0], gap: 16 }, [T('', { size: 12, w: 28 }), T('Integration', { size: 12, color: MUTED, w: 180 }), T('Connected', { size: 12, color: MUTED, w: 200 }), T('Last sync', { size: 12, color: MUTED, w: 200 }), T('Data', { size: 12, color: MUTED, grow: 1 })]),
      ...settingsRows.flatMap((r, i) => [
        r,
        row('Actions', { gap: 16 }, [
          secondary('Sync now'),
          T('Disconnect', { size: 14, color: '#B3261E', weight: 600, hug: true, on: i === 0 ? [overlay(S.disc)] : undefined }),
          G('Group 12', [E('Spinner', { w: 16, h: 16, stroke: CLAY, sw: 2 }), T('Syncing…', { x: 24, y: 0, size: 13, color: MUTED, w: 80 })], { visible: false }),
        ]),
      ]),
    ]),
  ]),
);
// 11 disconnect modal
screens.push(
  screen(S.disc, 'Modal / Disconnect', 3080, 2700, 520, 300, { r: 12 }, [
    col('Auto layout', { x: 0, y: 0, w: 520, pad: 32, gap: 16 }, [
      T('Disconnect QuickBooks Online?', { size: 22, weight: 700 }),
      T('Plinth will stop reading and writing invoices, and Intuit will revoke our access token. Invoices already created stay in both places.', { size: 14, color: MUTED }),
      row('Frame 110', { gap: 12, main: 'MAX' }, [secondary('Keep connected', [CLOSE]), btnFrame('Disconnect', { fill: '#B3261E', r: 6, size: 15, on: [swap(S.settings)] })]),
    ]),
  ]),
);
// 12 pricing — no way forward
const plan = (n, p, f) => col('Plan', { w: 320, pad: 28, gap: 12, r: 12, stroke: LINE }, [T(n, { size: 18, weight: 700 }), T(p, { size: 32, weight: 700 }), T(f, { size: 14, color: MUTED })]);
screens.push(
  screen(S.pricing, 'Pricing', 4620, 2700, W, H, { fill: PAPER }, [
    col('Content', { x: 0, y: 0, w: W, pad: [80, 160], gap: 32, cross: 'CENTER' }, [
      T('Pricing', { size: 36, weight: 700, align: 'CENTER' }),
      T('Monthly plans — cancel anytime. Annual plans save 15%.', { size: 16, color: MUTED, align: 'CENTER' }),
      row('Plans', { gap: 24, hug: true }, [
        plan('Studio', '$18', 'per seat / month\nUp to 10 people\nResourcing & fee tracking'),
        plan('Practice', '$29', 'per seat / month\nInvoicing from the plan\nIntegrations'),
        plan('Firm', 'Talk to us', 'Multi-office\nSSO & audit log\nDedicated success manager'),
      ]),
      T('← Back', { size: 14, color: CLAY, hug: true, on: [BACK] }),
    ]),
  ]),
);
const flowPage = canvas('0:2', 'Web app — onboarding', screens);

// ---- emails (page 3) ----
page(3, 1);
const emailPage = canvas('0:3', '✉️ Lifecycle emails', [
  screen(nid(), 'Email / Welcome', 0, 0, 600, 900, { fill: '#FFFFFF' }, [
    col('Auto layout', { x: 0, y: 0, w: 600, pad: [40, 48], gap: 18 }, [
      row('Frame 2', { gap: 8 }, [V('Vector', { w: 22, h: 22, fill: CLAY }), T('plinth', { size: 18, weight: 700, hug: true })]),
      T('Welcome to Plinth, Ana', { size: 26, weight: 700 }),
      T('Three steps to your first fully resourced project:', { size: 15, color: MUTED }),
      T('1  Add your team and their cost rates\n2  Connect QuickBooks Online or Xero so invoices write themselves\n3  Plan your first project and watch fee burn by stage', { size: 15 }),
      primary('Connect your books', [url('https://app.plinth.app/integrations')]),
      T('Or reply to this email — a real person in Portland reads every one.', { size: 13, color: MUTED }),
      T('Plinth, 412 NW 10th Ave, Portland, OR · Unsubscribe', { size: 11, color: '#A7A29B' }),
    ]),
  ]),
  screen(nid(), 'Email / Day 3 nudge', 700, 0, 600, 700, { fill: '#FFFFFF' }, [
    col('Auto layout', { x: 0, y: 0, w: 600, pad: [40, 48], gap: 18 }, [
      T('Your invoices are still typed by hand', { size: 24, weight: 700 }),
      T('Practices that hook up their accounting save about four hours per billing cycle.', { size: 15, color: MUTED }),
      btnFrame('Finish setup', { fill: CLAY, r: 6, size: 15 }),
    ]),
  ]),
]);
// ---- cover (page 1) ----
page(1, 1);
const cover = canvas('0:1', 'Cover', [
  screen(nid(), 'Thumbnail', 0, 0, 1920, 1080, { fill: '#2B2724' }, [
    T('Plinth · Onboarding + Integrations', { x: 140, y: 420, size: 80, weight: 700, color: '#FFFFFF', w: 1600 }),
    T('Status: in review — Q2', { x: 140, y: 560, size: 32, color: '#E3B8A0', w: 800 }),
  ]),
]);

const count = writeFile(DIR, NAME, { title: 'Plinth — Onboarding (desktop)', lastModified: '2025-04-02T09:18:44Z', version: '5402291877' }, [cover, flowPage, emailPage, compPage], comps, sets);

writeTruth(DIR, NAME, {
  kind: 'onboarding',
  description:
    'Plinth, resourcing and invoicing for architecture practices (desktop 1440). Sign-up with a testimonial, email verification, studio profile, team & rates, an integrations hub (accounting and time tracking), a redirect modal, an Intuit authorize mock, the hub with statuses, an invoices screen with a connect banner, settings › integrations, a disconnect modal and a pricing page; welcome emails on their own page. No prototype starting point is set.',
  present: [
    'funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh',
  ],
  absent: ['funnel.three-actions', 'funnel.prefill', 'value.faq-link', 'value.progress-meter', 'privacy.consent-action', 'privacy.disconnect-anytime', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Welcome email page: numbered 1–3 list with connecting the books as step 2 and a "Connect your books" button.',
    'funnel.three-actions': 'Sign-up → verify → studio profile → team & rates → integrations hub: 4 steps before the first connect prompt.',
    'funnel.cta-visible': 'Permanent "Integrations" entry in the sidebar and a central primary button on the hub.',
    'funnel.social-proof': 'Quote from a principal at Halden Ross Architects on the sign-up screen.',
    'funnel.prefill': 'Studio profile and team are typed by hand before connecting; nothing is shown filled from the books.',
    'value.three-part': 'Hub header: invoicing from the plan (value), what is read and written back (data use), one "Connect accounting software" button.',
    'value.contextual-ctas': 'Invoices screen banner: connect accounting to pull in unpaid invoices.',
    'value.faq-link': 'No FAQ or learn-more link; the only link is a setup guide for one platform.',
    'value.progress-meter': 'No meter or step counter for connections (the "Step 1/2" labels are profile steps).',
    'privacy.data-scope': 'Names chart of accounts, clients, invoices; reads from the books and writes approved invoices back; timesheets one way into Plinth.',
    'privacy.trust-language': 'Encrypted in transit and at rest; never sold or shared with third parties without consent.',
    'privacy.consent-action': 'No checkbox or consent control before connecting.',
    'privacy.disconnect-anytime': 'The pre-connect screens never say connections can be removed later (only "cancel anytime" about plans on pricing).',
    'privacy.connection-guide': '"Setup guide: connecting QuickBooks Online ↗" on the hub.',
    'privacy.statistics': '"2,300+ practices connect their books to Plinth · 256-bit AES encryption".',
    'privacy.support-contacts': 'Phone, email and live chat in the hub footer.',
    'privacy.powered-by': '"Powered by" with a provider wordmark in the hub footer.',
    'privacy.mutual-nda': '"Need a mutual NDA first? Request one".',
    'platform.explain-redirect': 'Modal: sign in on Intuit’s site, authorize, come right back.',
    'platform.grouped-categories': '"Accounting" and "Time tracking" headings over card rows.',
    'platform.accurate-branding': 'Logos, full names and site addresses: QuickBooks Online, Sage Intacct, Toggl Track.',
    'platform.search': '"Search 40+ integrations" field with magnifier.',
    'platform.alternatives': 'Import timesheets from a CSV when the tool is missing.',
    'platform.non-linear': 'Invite your bookkeeper; "Finish Harvest later".',
    'platform.multiple-connections': 'Connected ✓ and Awaiting authorization badges plus an "Add another integration" tile.',
    'connection.view-live': 'Settings table: name, connected date/time, last sync, data, currency.',
    'connection.delete': '"Disconnect" with a confirmation that access is revoked.',
    'connection.refresh': '"Sync now" per integration.',
    'connection.syncing-indicator': 'The spinner + "Syncing…" group is hidden.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.hub, stepsToConnect: 4, deadEnds: [S.pricing] },
});
console.log(NAME, count, 'nodes');

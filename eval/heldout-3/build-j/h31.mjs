// h31-property-management-desktop: rent collection for small landlords, desktop 1440.
import { createDoc, writeJson } from './lib.mjs';

const OUT = new URL('../h31-property-management-desktop.json', import.meta.url);
const D = createDoc({ name: 'Rentwell — Onboarding & Settings (desktop)', lastModified: '2026-10-14T16:22:09Z', version: '4417820931', thumb: 'b81e0c3a-rentwell' });
const t = D.text;
const INK = '#17212B';
const MUTED = '#5E6B78';
const TEAL = '#0F7C6E';

// ---------- components page ----------
D.page(2);
const btnDefault = D.component('Property 1=Default', { x: 40, y: 40, w: 180, h: 44, fill: TEAL, radius: 6, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER' }, [t('Label', { color: '#FFFFFF', weight: 600, size: 15 })]);
const btnHover = D.component('Property 1=Hover', { x: 240, y: 40, w: 180, h: 44, fill: '#0B5F55', radius: 6, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER' }, [t('Label', { color: '#FFFFFF', weight: 600, size: 15 })]);
const btnSet = D.componentSet('Comp / Action / Large', { x: 80, y: 120, w: 460, h: 124, stroke: '#9747FF', radius: 5 }, [btnDefault, btnHover]);
const box = D.component('tick', { x: 80, y: 300, w: 20, h: 20, stroke: '#8A96A3', radius: 4 }, [], 'unchecked state');
const provider = D.component('card/provider', { x: 80, y: 360, w: 280, h: 72, fill: '#FFFFFF', stroke: '#DCE2E8', radius: 10 }, [D.rect('logo', { x: 16, y: 16, w: 40, h: 40, fill: '#EEF1F4', radius: 8 }), t('Provider name', { x: 68, y: 26, weight: 600 })]);
const navItem = D.component('nav-item', { x: 80, y: 460, w: 220, h: 40, radius: 6, layout: 'HORIZONTAL', pad: 10, gap: 10, alignItems: 'CENTER' }, [D.vector('Vector', { w: 18, h: 18, stroke: MUTED }), t('Item', { color: MUTED })]);
const compsPage = D.canvas('🧩 Components', [btnSet, box, provider, navItem]);

// ---------- flow page ----------
D.page(3);
const W = 1440;
const H = 1024;

const cta = (label, o = {}) => D.instance(btnDefault.id, o.name ?? 'Comp / Action / Large', { x: o.x ?? 0, y: o.y ?? 0, w: o.w ?? 220, h: 44, fill: TEAL, radius: 6, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER', to: o.to, actions: o.actions }, [t(label, { color: '#FFFFFF', weight: 600, size: 15 })]);
const ghost = (label, o = {}) => D.frame(o.name ?? 'Frame 212', { x: o.x ?? 0, y: o.y ?? 0, w: o.w ?? 180, h: 44, stroke: '#C5CDD5', radius: 6, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER', to: o.to, actions: o.actions }, [t(label, { color: INK, weight: 500, size: 15 })]);
const link = (label, o = {}) => t(label, { ...o, color: o.color ?? TEAL, deco: o.deco, weight: o.weight ?? 500 });
const field = (label, value, o = {}) => D.frame('Auto layout', { layout: 'VERTICAL', gap: 6, w: o.w ?? 440 }, [
  t(label, { size: 13, color: MUTED, weight: 500 }),
  D.frame('Frame 88', { w: o.w ?? 440, h: 44, fill: '#FFFFFF', stroke: '#C5CDD5', radius: 6, layout: 'HORIZONTAL', padX: 12, padY: 12 }, [t(value, { color: value.startsWith('e.g.') ? '#9AA5B1' : INK })]),
]);
const providerCard = (nm, img, o = {}) => D.instance(provider.id, nm, { w: o.w ?? 300, h: 72, fill: '#FFFFFF', stroke: o.selected ? TEAL : '#DCE2E8', radius: 10, layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 12, alignItems: 'CENTER', to: o.to }, [
  D.rect('Rectangle 31', { w: 40, h: 40, img, radius: 8 }),
  D.frame('Frame 301', { layout: 'VERTICAL', gap: 2 }, [t(nm, { weight: 600 }), o.sub ? t(o.sub, { size: 12, color: MUTED }) : null]),
]);
const sidebar = (active, links = {}) => D.frame('Sidebar', { x: 0, y: 0, w: 248, h: H, fill: '#F5F7F9', layout: 'VERTICAL', pad: 16, gap: 4 }, [
  D.group('Group 3', [D.vector('Vector', { x: 16, y: 16, w: 28, h: 28, fill: TEAL }), t('rentwell', { x: 52, y: 18, size: 20, weight: 700 })]),
  D.rect('Rectangle 7', { w: 216, h: 16 }),
  ...['Overview', 'Properties', 'Tenants', 'Rent roll', 'Integrations', 'Reports', 'Settings'].map((it) => D.instance(navItem.id, it === active ? 'nav-item' : 'Frame 51', { w: 216, h: 40, radius: 6, fill: it === active ? '#E3F1EE' : undefined, layout: 'HORIZONTAL', pad: 10, gap: 10, alignItems: 'CENTER', to: links[it] }, [D.vector('Vector', { w: 18, h: 18, stroke: it === active ? TEAL : MUTED }), t(it, { color: it === active ? TEAL : MUTED, weight: it === active ? 600 : 400 })])),
]);

// 1 sign up
const signup = D.frame('Sign up', { key: 'signup', x: 80, y: 120, w: W, h: H, fill: '#FFFFFF' }, [
  D.rect('Rectangle 2', { x: 0, y: 0, w: 620, h: H, img: 'a3f9c2e17b04d5e6f7a8b9c0d1e2f3a4b5c6d7e8' }),
  t('Rent in on time.\nBooks that add up.', { x: 56, y: 720, size: 40, weight: 700, color: '#FFFFFF', w: 500 }),
  D.frame('Auto layout', { x: 760, y: 160, layout: 'VERTICAL', gap: 20, w: 520 }, [
    t('Create your Rentwell account', { size: 28, weight: 700 }),
    t('Free for your first 3 units. No card needed.', { color: MUTED, size: 16 }),
    field('Full name', 'e.g. Dana Whitfield', { w: 520 }),
    field('Work email', 'e.g. dana@whitfieldrentals.com', { w: 520 }),
    field('Password', '••••••••••', { w: 520 }),
    cta('Create account', { w: 520, to: 'portfolio', name: 'cta/primary' }),
    D.frame('Frame 19', { layout: 'HORIZONTAL', gap: 6 }, [t('Already on Rentwell?', { color: MUTED }), link('Log in')]),
    link('See plans & pricing', { deco: 'UNDERLINE', to: 'pricing', color: MUTED }),
  ]),
]);

// 2 portfolio
const portfolio = D.frame('Portfolio size', { key: 'portfolio', x: 1620, y: 120, w: W, h: H, fill: '#FFFFFF' }, [
  t('Step 1 of 2', { x: 460, y: 120, size: 13, color: MUTED, weight: 600 }),
  t('How many doors do you manage?', { x: 460, y: 148, size: 28, weight: 700 }),
  D.frame('Auto layout', { x: 460, y: 220, layout: 'VERTICAL', gap: 12 }, ['1–4 units', '5–20 units', '21–75 units', 'More than 75'].map((o, i) => D.frame(`Frame ${140 + i}`, { w: 520, h: 56, stroke: i === 1 ? TEAL : '#DCE2E8', radius: 8, layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 12, alignItems: 'CENTER' }, [D.ellipse('Ellipse 4', { w: 18, h: 18, stroke: i === 1 ? TEAL : '#8A96A3' }), t(o, { size: 16 })]))),
  D.group('Group 11', [ghost('Back', { x: 460, y: 560, w: 120, actions: [{ type: 'BACK' }] }), cta('Continue', { x: 760, y: 560, to: 'connect' })]),
]);

// 3 pricing (dead end)
const pricing = D.frame('Pricing', { key: 'pricing', x: 80, y: 1300, w: W, h: H, fill: '#FBFBFC' }, [
  t('Plans that grow with your portfolio', { x: 380, y: 96, size: 32, weight: 700 }),
  D.frame('Auto layout', { x: 160, y: 200, layout: 'HORIZONTAL', gap: 24 }, [
    ['Starter', '$0', 'Up to 3 units\nOnline rent collection\nEmail receipts'],
    ['Landlord', '$1.50/unit', 'Unlimited units\nLate-fee automation\nAccounting sync'],
    ['Portfolio', '$1.20/unit', 'Owner statements\nMulti-entity books\nPriority support'],
  ].map(([n, p, f], i) => D.frame(`Frame ${60 + i}`, { w: 352, h: 420, fill: '#FFFFFF', stroke: '#DCE2E8', radius: 12, layout: 'VERTICAL', pad: 28, gap: 14 }, [t(n, { size: 20, weight: 600 }), t(p, { size: 36, weight: 700 }), t('per month', { size: 13, color: MUTED }), t(f, { size: 15, color: MUTED, w: 296 })]))),
  t('Billed monthly. Change plans whenever you like.', { x: 540, y: 680, color: MUTED }),
]);

// 4 connect hub
const connect = D.frame('Connect accounts', { key: 'connect', x: 80, y: 120, w: W, h: 1480, fill: '#FFFFFF' }, [
  D.frame('Top bar', { x: 0, y: 0, w: W, h: 64, stroke: '#EEF1F4', layout: 'HORIZONTAL', padX: 40, padY: 18, gap: 700, alignItems: 'CENTER' }, [
    D.group('Group 3', [D.vector('Vector', { x: 40, y: 18, w: 28, h: 28, fill: TEAL }), t('rentwell', { x: 76, y: 20, size: 20, weight: 700 })]),
    t('Save and finish later  ·  Invite your bookkeeper', { color: TEAL, weight: 500, to: 'dashboard' }),
  ]),
  t('Step 2 of 2', { x: 220, y: 104, size: 13, color: MUTED, weight: 600 }),
  D.frame('Auto layout', { x: 220, y: 128, layout: 'VERTICAL', gap: 12, w: 640 }, [
    t('Bring your books and bank into Rentwell', { size: 28, weight: 700, w: 640 }),
    t('Rent payments match themselves to the right ledger and tenant, so month-end reconciliation takes minutes instead of a weekend.', { size: 16, color: MUTED, w: 640 }),
    t('We read your chart of accounts, open invoices and tenant contacts from your accounting software, and deposits from your bank account. We post matched rent receipts back to your ledger — nothing else is written.', { size: 14, color: INK, w: 640, name: 'how we use it' }),
    D.frame('Frame 77', { layout: 'HORIZONTAL', gap: 16, alignItems: 'CENTER' }, [cta('Link accounting software', { w: 260, to: [{ key: 'redirect', nav: 'OVERLAY' }] }), t('Why do we ask for this?', { color: TEAL, deco: 'UNDERLINE', name: 'Text', actions: [{ type: 'URL', url: 'https://help.rentwell.com/articles/why-link-books' }] })]),
  ]),
  D.frame('Search', { x: 220, y: 432, w: 640, h: 44, stroke: '#C5CDD5', radius: 22, layout: 'HORIZONTAL', padX: 16, padY: 12, gap: 10, alignItems: 'CENTER' }, [D.vector('Vector', { w: 16, h: 16, stroke: MUTED }), t('Search 40+ accounting tools and banks', { color: '#9AA5B1' })]),
  D.frame('Auto layout', { x: 220, y: 500, layout: 'VERTICAL', gap: 14 }, [
    t('Accounting', { size: 18, weight: 600 }),
    D.frame('Frame 402', { layout: 'HORIZONTAL', gap: 16 }, [
      providerCard('QuickBooks Online', 'f1c0a9e2d3b4c5a6e7f8091a2b3c4d5e6f708192', { selected: true, to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
      providerCard('Xero', '2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e', { to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
    ]),
    D.frame('Frame 403', { layout: 'HORIZONTAL', gap: 16 }, [
      providerCard('Sage Business Cloud Accounting', '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f', { to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
      providerCard('FreshBooks', '4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70', { to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
    ]),
    t('Bank accounts', { size: 18, weight: 600 }),
    D.frame('Frame 404', { layout: 'HORIZONTAL', gap: 16 }, [
      providerCard('Chase Business Banking', '5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081', { to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
      providerCard('Bank of America Business', '6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192', { to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
    ]),
    D.frame('Frame 405', { layout: 'HORIZONTAL', gap: 16 }, [
      providerCard('Wells Fargo Business', '708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3', { to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
      providerCard('Relay', '8192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4', { sub: 'Relay Financial business checking', to: [{ key: 'redirect', nav: 'OVERLAY' }] }),
    ]),
    D.frame('Frame 406', { layout: 'HORIZONTAL', gap: 6 }, [t("Don't see yours?", { color: MUTED }), link('Upload a CSV or OFX export instead', { deco: 'UNDERLINE' })]),
  ]),
  // consent + trust column
  D.frame('Right rail', { x: 940, y: 128, w: 300, layout: 'VERTICAL', gap: 20, pad: 20, fill: '#F5F7F9', radius: 12 }, [
    D.frame('Frame 511', { layout: 'HORIZONTAL', gap: 10, w: 260 }, [D.vector('Vector', { w: 20, h: 22, stroke: TEAL }), t('Read-only where possible, encrypted in transit and at rest. We never sell your data or share it with anyone unless you say so.', { size: 13, w: 228, color: INK })]),
    t('You can unlink any account later from Settings → Integrations; we stop pulling data the moment you do.', { size: 13, w: 260, color: MUTED }),
    D.frame('Frame 512', { layout: 'HORIZONTAL', gap: 10, w: 260 }, [
      D.instance(box.id, 'tick', { w: 20, h: 20, stroke: '#8A96A3', radius: 4 }),
      D.frame('Frame 513', { layout: 'VERTICAL', gap: 2, w: 228 }, [t('I authorise Rentwell to access the accounting and bank data described above.', { size: 13, w: 228 }), link('Data Access Policy', { size: 13, deco: 'UNDERLINE' })]),
    ]),
    D.group('Group 22', [t('Powered by', { x: 20, y: 300, size: 11, color: MUTED }), D.rect('Rectangle 40', { x: 86, y: 296, w: 72, h: 20, img: '91a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4' })]),
    t('Need a hand? (888) 555-0142 · help@rentwell.com · Live chat 8am–8pm ET', { size: 12, color: MUTED, w: 260 }),
  ]),
  D.frame('Testimonial', { x: 940, y: 620, w: 300, visible: false, layout: 'VERTICAL', gap: 8, pad: 20, fill: '#FFFFFF', stroke: '#DCE2E8', radius: 12 }, [t('“Rentwell cut my month-end close from two days to an hour.”', { size: 14, w: 260 }), t('— Marcus T., 14 units in Dayton', { size: 12, color: MUTED })]),
]);

// 5 redirect modal
const redirect = D.frame('Heading to Intuit', { key: 'redirect', x: 1620, y: 120, w: W, h: H, fill: '#0B1117' }, [
  D.frame('Modal', { x: 470, y: 300, w: 500, layout: 'VERTICAL', pad: 32, gap: 16, fill: '#FFFFFF', radius: 14 }, [
    D.frame('Frame 9', { layout: 'HORIZONTAL', gap: 12, alignItems: 'CENTER' }, [D.rect('Rectangle 31', { w: 40, h: 40, img: 'f1c0a9e2d3b4c5a6e7f8091a2b3c4d5e6f708192', radius: 8 }), D.vector('Vector', { w: 24, h: 8, stroke: MUTED }), D.vector('Vector', { w: 40, h: 40, fill: TEAL })]),
    t('Next, sign in with Intuit', { size: 22, weight: 700 }),
    t("We'll open Intuit's secure sign-in page in a new tab. Log in to QuickBooks Online, pick the company file and approve access. When you're done, Intuit sends you straight back here.", { size: 15, color: MUTED, w: 436 }),
    D.frame('Frame 10', { layout: 'HORIZONTAL', gap: 12 }, [ghost('Cancel', { w: 120, actions: [{ type: 'CLOSE' }] }), cta('Continue to Intuit', { w: 200, to: 'syncing' })]),
  ]),
]);

// 6 syncing
const syncing = D.frame('Importing', { key: 'syncing', x: 3160, y: 120, w: W, h: H, fill: '#FFFFFF' }, [
  D.ellipse('Ellipse 12', { x: 690, y: 340, w: 60, h: 60, stroke: TEAL }),
  D.vector('Vector', { x: 690, y: 340, w: 30, h: 30, stroke: '#E3F1EE' }),
  t('Importing your ledger from QuickBooks Online…', { x: 500, y: 430, size: 20, weight: 600 }),
  t('Tenants, properties and 24 months of transactions. Usually under two minutes.', { x: 470, y: 470, color: MUTED }),
  link('Keep going while this runs', { x: 620, y: 530, to: 'overview' }),
]);

// 7 connections overview
const statusRow = (nm, img, status, color, extra) => D.frame('Frame 620', { w: 720, h: 72, stroke: '#DCE2E8', radius: 10, layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 16, alignItems: 'CENTER' }, [
  D.rect('Rectangle 31', { w: 40, h: 40, img, radius: 8 }),
  t(nm, { weight: 600, w: 360 }),
  D.frame('Badge', { layout: 'HORIZONTAL', padX: 10, padY: 4, radius: 12, fill: color === TEAL ? '#E3F1EE' : '#FFF4DB' }, [t(status, { size: 12, weight: 600, color })]),
  extra,
]);
const overview = D.frame('Connections overview', { key: 'overview', x: 4700, y: 120, w: W, h: H, fill: '#FFFFFF' }, [
  t('Your connected accounts', { x: 360, y: 96, size: 28, weight: 700 }),
  D.frame('Auto layout', { x: 360, y: 160, layout: 'VERTICAL', gap: 12 }, [
    statusRow('QuickBooks Online', 'f1c0a9e2d3b4c5a6e7f8091a2b3c4d5e6f708192', 'Connected ✓', TEAL),
    statusRow('Chase Business Banking', '5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081', 'Waiting for approval', '#9A6700', link('Finish authorising', { size: 13 })),
    D.frame('Frame 640', { w: 720, h: 56, stroke: '#C5CDD5', radius: 10, layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 8, to: 'connect' }, [t('＋', { color: TEAL, weight: 700 }), t('Add another account', { color: TEAL, weight: 600 })]),
  ]),
  cta('Continue setup', { x: 360, y: 460, to: 'prefill' }),
]);

// 8 prefilled setup
const prefill = D.frame('Business details', { key: 'prefill', x: 6240, y: 120, w: W, h: H, fill: '#FFFFFF' }, [
  t('Check your business details', { x: 360, y: 96, size: 28, weight: 700 }),
  D.frame('Frame 700', { x: 360, y: 146, layout: 'HORIZONTAL', gap: 8, padX: 12, padY: 8, radius: 6, fill: '#E3F1EE' }, [D.vector('Vector', { w: 14, h: 14, fill: TEAL }), t('Filled in from QuickBooks Online — edit anything that looks off.', { size: 13, color: TEAL })]),
  D.frame('Auto layout', { x: 360, y: 200, layout: 'VERTICAL', gap: 16 }, [
    field('Legal business name', 'Whitfield Rentals LLC', { w: 560 }),
    field('EIN', '84-2210937', { w: 560 }),
    field('Mailing address', '418 Linden Ave, Dayton, OH 45410', { w: 560 }),
    field('Bookkeeping contact', 'Ana Ruiz · ana@ruizbooks.com', { w: 560 }),
    cta('Looks right — continue', { w: 260, to: 'dashboard' }),
  ]),
]);

// 9 dashboard
const dashboard = D.frame('Dashboard', { key: 'dashboard', x: 0, y: 2400, w: W, h: H, fill: '#FFFFFF' }, [
  sidebar('Overview', { Integrations: 'integrations', Settings: 'account' }),
  t('Good morning, Dana', { x: 288, y: 40, size: 26, weight: 700 }),
  D.frame('Auto layout', { x: 288, y: 100, layout: 'HORIZONTAL', gap: 20 }, [['Rent due this month', '$18,420'], ['Collected', '$12,960'], ['Late', '3 tenants']].map(([a, b]) => D.frame('Frame 800', { w: 340, h: 110, stroke: '#DCE2E8', radius: 12, layout: 'VERTICAL', pad: 20, gap: 8 }, [t(a, { color: MUTED, size: 13 }), t(b, { size: 26, weight: 700 })]))),
  D.frame('Deposits chart', { x: 288, y: 240, w: 1060, h: 360, stroke: '#DCE2E8', radius: 12 }, [
    t('Bank deposits vs. rent due', { x: 24, y: 20, size: 18, weight: 600 }),
    D.rect('Rectangle 90', { x: 24, y: 70, w: 1012, h: 260, fill: '#F5F7F9', radius: 8 }),
    D.frame('Frame 812', { x: 330, y: 140, w: 400, layout: 'VERTICAL', gap: 12, alignItems: 'CENTER' }, [t('See deposits land here as they clear', { weight: 600, size: 16 }), t('Link your business bank account to match payments to tenants automatically.', { size: 13, color: MUTED, w: 360, align: 'CENTER' }), cta('Link your bank', { w: 180, to: 'connect' })]),
  ]),
  D.frame('Frame 830', { x: 288, y: 630, w: 1060, h: 300, stroke: '#DCE2E8', radius: 12, layout: 'VERTICAL', pad: 24, gap: 12 }, [t('Recent payments', { size: 18, weight: 600 }), ...['Unit 2B · J. Okafor · $1,150 · Paid', 'Unit 4 · L. Brandt · $980 · Paid', 'Unit 1A · S. Meyer · $1,240 · 3 days late'].map((r) => t(r, { color: MUTED }))]),
]);

// 10 settings / integrations
const syncBtn = D.hover(D.instance(btnDefault.id, 'Comp / Action / Large', { w: 120, h: 36, fill: TEAL, radius: 6, layout: 'HORIZONTAL', pad: 8, justify: 'CENTER', alignItems: 'CENTER' }, [t('↻ Sync now', { color: '#FFFFFF', weight: 600, size: 13 })]));
syncBtn._actions = [{ type: 'NODE', destinationId: btnHover.id, navigation: 'CHANGE_TO', transition: null }];
const integRow = (nm, img, meta, extra) => D.frame('Frame 920', { w: 1060, h: 88, stroke: '#DCE2E8', radius: 10, layout: 'HORIZONTAL', padX: 20, padY: 20, gap: 18, alignItems: 'CENTER' }, [
  D.rect('Rectangle 31', { w: 44, h: 44, img, radius: 8 }),
  D.frame('Frame 921', { layout: 'VERTICAL', gap: 4, w: 560 }, [t(nm, { weight: 600, size: 16 }), t(meta, { size: 13, color: MUTED, w: 560 })]),
  ...extra,
]);
const integrations = D.frame('Settings / Integrations', { key: 'integrations', x: 1540, y: 2400, w: W, h: H, fill: '#FFFFFF' }, [
  sidebar('Integrations', { Overview: 'dashboard', Settings: 'account' }),
  t('Integrations', { x: 288, y: 40, size: 26, weight: 700 }),
  t('Accounts Rentwell reads from. Changes here take effect immediately.', { x: 288, y: 80, color: MUTED }),
  D.frame('Auto layout', { x: 288, y: 130, layout: 'VERTICAL', gap: 12 }, [
    integRow('QuickBooks Online · Whitfield Rentals LLC', 'f1c0a9e2d3b4c5a6e7f8091a2b3c4d5e6f708192', 'Linked Mar 12, 2026 9:04 AM · Last synced 2 min ago · 1,284 transactions', [syncBtn, t('Disconnect', { color: '#B42318', weight: 600, to: [{ key: 'disconnect', nav: 'OVERLAY' }] })]),
    integRow('Chase Business Banking ••4821 (USD)', '5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081', 'Linked Mar 12, 2026 9:11 AM · Last synced today 6:00 AM', [D.instance(btnDefault.id, 'Btn', { w: 120, h: 36, fill: TEAL, radius: 6, layout: 'HORIZONTAL', pad: 8, justify: 'CENTER', alignItems: 'CENTER' }, [t('↻ Sync now', { color: '#FFFFFF', weight: 600, size: 13 })]), t('Disconnect', { color: '#B42318', weight: 600, to: [{ key: 'disconnect', nav: 'OVERLAY' }] })]),
  ]),
  D.frame('Frame 950', { x: 288, y: 360, layout: 'HORIZONTAL', gap: 8, to: 'connect' }, [t('＋', { color: TEAL, weight: 700 }), t('Connect another account', { color: TEAL, weight: 600 })]),
  D.frame('Sync history', { x: 288, y: 420, w: 1060, h: 260, stroke: '#DCE2E8', radius: 10, layout: 'VERTICAL', pad: 20, gap: 10 }, [t('Sync history', { size: 16, weight: 600 }), t('Today 6:00 AM   Chase Business Banking   14 new deposits\nToday 5:58 AM   QuickBooks Online   3 invoices updated\nYesterday 6:00 AM   Chase Business Banking   9 new deposits', { size: 13, color: MUTED, w: 900 })]),
]);

// 11 disconnect modal
const disconnect = D.frame('Disconnect modal', { key: 'disconnect', x: 3080, y: 2400, w: W, h: H, fill: '#0B1117' }, [
  D.frame('Modal', { x: 470, y: 320, w: 500, layout: 'VERTICAL', pad: 32, gap: 16, fill: '#FFFFFF', radius: 14 }, [
    t('Revoke Rentwell’s access to QuickBooks Online?', { size: 20, weight: 700, w: 436 }),
    t('We’ll stop syncing and delete the imported ledger data within 30 days. Rent you’ve already collected is not affected.', { size: 14, color: MUTED, w: 436 }),
    D.frame('Frame 10', { layout: 'HORIZONTAL', gap: 12 }, [ghost('Keep it linked', { w: 160, actions: [{ type: 'CLOSE' }] }), D.frame('Frame 11', { w: 180, h: 44, fill: '#B42318', radius: 6, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER', to: 'integrations' }, [t('Revoke access', { color: '#FFFFFF', weight: 600, size: 15 })])]),
  ]),
]);

// 12 settings / account
const account = D.frame('Settings / Account', { key: 'account', x: 4620, y: 2400, w: W, h: H, fill: '#FFFFFF' }, [
  sidebar('Settings', { Overview: 'dashboard', Integrations: 'integrations' }),
  t('Account settings', { x: 288, y: 40, size: 26, weight: 700 }),
  D.frame('Auto layout', { x: 288, y: 100, layout: 'VERTICAL', gap: 16 }, [
    field('Company name', 'Whitfield Rentals LLC', { w: 560 }),
    field('Owner email', 'dana@whitfieldrentals.com', { w: 560 }),
    D.frame('Frame 1201', { layout: 'HORIZONTAL', gap: 12, alignItems: 'CENTER' }, [D.rect('Rectangle 55', { w: 36, h: 20, fill: TEAL, radius: 10 }), t('Email me when a tenant pays late')]),
    D.frame('Frame 1202', { layout: 'HORIZONTAL', gap: 12, alignItems: 'CENTER' }, [D.rect('Rectangle 56', { w: 36, h: 20, fill: '#C5CDD5', radius: 10 }), t('Weekly owner summary')]),
  ]),
  D.frame('Danger zone', { x: 288, y: 520, w: 760, layout: 'VERTICAL', pad: 24, gap: 10, stroke: '#F3B8B2', radius: 10 }, [t('Danger zone', { weight: 600, color: '#B42318' }), t('Closing your account removes all properties, tenants and payment history.', { color: MUTED, size: 13 }), D.frame('Frame 1203', { w: 180, h: 40, stroke: '#B42318', radius: 6, layout: 'HORIZONTAL', pad: 10, justify: 'CENTER', alignItems: 'CENTER' }, [t('Delete account', { color: '#B42318', weight: 600 })])]),
]);

// welcome email (not wired)
const email = D.frame('Email / Welcome', { x: 6160, y: 2400, w: 640, h: 1100, fill: '#F5F7F9' }, [
  D.frame('Auto layout', { x: 40, y: 40, w: 560, layout: 'VERTICAL', pad: 36, gap: 18, fill: '#FFFFFF', radius: 8 }, [
    D.group('Group 3', [D.vector('Vector', { x: 0, y: 0, w: 28, h: 28, fill: TEAL }), t('rentwell', { x: 36, y: 2, size: 20, weight: 700 })]),
    t('Welcome aboard, Dana 🏠', { size: 24, weight: 700 }),
    t('Three quick things and your rent runs itself:', { color: MUTED }),
    t('1  Add your first property\n2  Link your books and bank — this is what turns on auto-matching\n3  Invite tenants to pay online', { w: 488, size: 15 }),
    D.frame('Frame 1301', { w: 260, h: 44, fill: TEAL, radius: 6, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER', actions: [{ type: 'URL', url: 'https://app.rentwell.com/onboarding/connect' }] }, [t('Link my books now', { color: '#FFFFFF', weight: 600 })]),
    t('Prefer to do it later? You can link QuickBooks Online, Xero or your bank any time from Integrations.', { size: 13, color: MUTED, w: 488 }),
    t('Rentwell Inc. · 200 W Monroe St, Chicago, IL · Unsubscribe', { size: 11, color: '#9AA5B1' }),
  ]),
]);

const oldHidden = D.frame('Connect accounts (v2, superseded)', { visible: false, x: 7700, y: 2400, w: W, h: H, fill: '#FFFFFF' }, [t('Sync your accounting', { x: 200, y: 100, size: 28, weight: 700 }), t('Trusted by 12,000 landlords', { x: 200, y: 150 })]);

const flowPage = D.canvas('Onboarding flow — v3', [
  D.section('01 · Sign-up', { x: -80, y: -120, w: 3100, h: 2460, fill: '#FFFFFF' }, [signup, portfolio, pricing]),
  D.section('02 · Connect', { x: 3100, y: -120, w: 7800, h: 1700, fill: '#FFFFFF' }, [connect, redirect, syncing, overview, prefill]),
  dashboard, integrations, disconnect, account, email, oldHidden,
], { starts: [{ key: 'signup', name: 'Onboarding v3' }], protoStart: 'signup' });

// cover + archive
D.page(1);
const cover = D.canvas('Cover', [D.frame('Cover', { x: 0, y: 0, w: 1920, h: 1080, fill: '#0F7C6E' }, [t('Rentwell', { x: 120, y: 380, size: 96, weight: 700, color: '#FFFFFF' }), t('Onboarding + Settings · v3 · Ready for dev', { x: 120, y: 520, size: 32, color: '#CFEDE7' }), D.rect('Rectangle 1', { x: 1300, y: 300, w: 480, h: 480, img: 'c0ffee00d3b4c5a6e7f8091a2b3c4d5e6f708192', radius: 24 })])]);
D.page(4);
const archive = D.canvas('Archive', [
  D.frame('Old / Connect v1', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [t('Connect QuickBooks', { x: 200, y: 100, size: 28, weight: 700 }), D.frame('Frame 2', { x: 200, y: 180, w: 200, h: 44, fill: '#2CA01C', radius: 4 }, [t('Connect', { x: 70, y: 12, color: '#FFFFFF' })])]),
  D.frame('Old / Dashboard v1', { x: 1540, y: 0, w: W, h: H, fill: '#FFFFFF' }, [t('Overview', { x: 200, y: 100, size: 28, weight: 700 })]),
]);

const doc = D.build([cover, flowPage, compsPage, archive]);
writeJson(OUT, doc);
console.log('wrote', OUT.pathname);

writeJson(new URL('../h31-property-management-desktop.truth.json', import.meta.url), {
  file: 'h31-property-management-desktop.json',
  kind: 'onboarding',
  writtenBy: 'held-out writer J (from the checklist facts and the REST format only; repository not read)',
  description: 'Rentwell, rent collection for small US landlords, desktop 1440. Sign-up, portfolio question, then a hub to link accounting software and business bank accounts, redirect modal, import progress, connection status, prefilled business details, dashboard, and settings-heavy integration management. Pricing page is a dead end.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.social-proof', 'privacy.connection-guide', 'privacy.statistics', 'privacy.mutual-nda'],
  notes: {
    'funnel.greeting-email': 'Email / Welcome frame: numbered 1-2-3 list with linking books as step 2 and a "Link my books now" button.',
    'funnel.three-actions': 'Sign up -> Portfolio size -> Connect accounts: two prototype steps.',
    'funnel.cta-visible': 'Connect hub is a main onboarding step and "Integrations" is a permanent sidebar entry.',
    'funnel.prefill': 'Business details screen says it was filled in from QuickBooks Online (name, EIN, address, contact).',
    'funnel.social-proof': 'The only testimonial is a hidden layer on the connect hub.',
    'value.three-part': 'Heading + benefit (auto-matching rent, fast month-end), how data is used (chart of accounts, invoices, deposits; receipts posted back), one primary "Link accounting software" button.',
    'value.contextual-ctas': 'Dashboard deposits chart has an empty state with "Link your bank".',
    'value.faq-link': '"Why do we ask for this?" link to a help article next to the main CTA.',
    'value.progress-meter': 'Left unlabelled: only a generic "Step 2 of 2" onboarding counter.',
    'privacy.data-scope': 'Names accounting and bank data and says what is read and what is written back.',
    'privacy.trust-language': 'Encrypted in transit and at rest; never sold or shared unless the user says so.',
    'privacy.consent-action': 'Checkbox with authorisation text and a Data Access Policy link on the hub.',
    'privacy.disconnect-anytime': '"You can unlink any account later from Settings → Integrations".',
    'privacy.connection-guide': 'No how-to-connect guide; only a "why" article and a policy link.',
    'privacy.statistics': 'Only in a hidden superseded frame.',
    'privacy.support-contacts': 'Phone, email and live chat on the connect hub.',
    'privacy.powered-by': '"Powered by" caption with a provider logo image.',
    'platform.explain-redirect': 'Modal: sign in with Intuit in a new tab, approve, sent straight back.',
    'platform.grouped-categories': '"Accounting" and "Bank accounts" headings over card groups.',
    'platform.accurate-branding': 'Full names: QuickBooks Online, Sage Business Cloud Accounting, Chase Business Banking, etc., with logo images.',
    'platform.search': 'Rounded search field with magnifier above the lists.',
    'platform.alternatives': '"Don\'t see yours? Upload a CSV or OFX export instead".',
    'platform.non-linear': '"Save and finish later · Invite your bookkeeper" in the top bar.',
    'platform.multiple-connections': 'Connected ✓ and "Waiting for approval" badges plus "Add another account".',
    'connection.view-live': 'Settings / Integrations lists platforms, linked dates, last sync, account currency, sync history.',
    'connection.delete': '"Disconnect" per row and a "Revoke access" confirmation modal.',
    'connection.refresh': '"Sync now" buttons per connection.',
    'connection.syncing-indicator': '"Importing your ledger…" screen with a spinner.',
  },
  flow: { startFrameId: signup.id, connectFrameId: connect.id, stepsToConnect: 2, deadEnds: [pricing.id] },
});

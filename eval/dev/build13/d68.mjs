// d68 — invoicing for dental laboratories, desktop 1440, US English.
import { makeDoc, screen, section, canvas, component, save, saveTruth, countNodes, layoutScreen, go, overlay, close, url, hover, WRITTEN_BY } from './lib.mjs';
import { text, frame, row, col, rect, instBtn, frameBtn, groupBtn, link, checkbox, logo, icon, divider, vlogo } from './kit.mjs';

const NAME = 'd68-dental-lab-invoicing-desktop';
const ctx = makeDoc({ name: 'Crownwork — Lab onboarding (Q2)', lastModified: '2026-03-11T16:42:08Z', version: '4021877310' });
const t = (s, o) => text(ctx, s, o);
const W = 1440; const H = 1024;

// ---------- page 2: components
const compPage = ctx.newPage(2);
const setId = ctx.id();
const btnDefault = component(ctx, frame(ctx, 'Property 1=Default', { layout: 'HORIZONTAL', w: 160, h: 44, pad: 12, fill: '#1F4FD8', radius: 8 }, [t('Button', { size: 15, weight: 600, color: '#FFFFFF' })]), 'a81c0e7f1b', 'Primary action');
const btnHover = component(ctx, frame(ctx, 'Property 1=Hover', { layout: 'HORIZONTAL', w: 160, h: 44, pad: 12, fill: '#173EAD', radius: 8 }, [t('Button', { size: 15, weight: 600, color: '#FFFFFF' })]), 'a81c0e7f1c', 'Primary action hover');
ctx.doc.components[btnDefault.id].componentSetId = setId; ctx.doc.components[btnHover.id].componentSetId = setId;
btnDefault.interactions = hover(btnHover.id);
const btnSet = { id: setId, name: 'Comp / Action / Large', type: 'COMPONENT_SET', children: [btnDefault, btnHover] };
layoutScreen(btnDefault, 100, 100); layoutScreen(btnHover, 300, 100);
btnSet.absoluteBoundingBox = { x: 80, y: 80, width: 400, height: 84 };
ctx.doc.componentSets[setId] = { key: 'f03be11a90', name: 'Comp / Action / Large', description: '' };
const cardComp = component(ctx, frame(ctx, 'integration tile', { layout: 'HORIZONTAL', w: 300, h: 72, pad: 16, gap: 12, fill: '#FFFFFF', radius: 10, stroke: '#E4E7EC' }, [rect(ctx, 'logo slot', 36, 36, { radius: 6 }), t('Platform name', { size: 15, weight: 600 })]), '9e2d55c1a0', 'Logo + name tile');
layoutScreen(cardComp, 100, 240);
const BTN = btnDefault.id; const TILE = cardComp.id;
const components = canvas(compPage, '🧩 Components', [btnSet, cardComp]);

// ---------- page 3: flow
const flowPage = ctx.newPage(3);
const S = {};
for (const k of ['signup', 'details', 'connect', 'redirect', 'intuit', 'linked', 'prefill', 'dash', 'connections', 'disconnect', 'email', 'pricing', 'upload']) S[k] = ctx.id();

const navBar = (active) => row(ctx, 'Frame 427', { w: W, h: 64, pad: 24, gap: 24, fill: '#FFFFFF', stroke: '#EAECF0' }, [
  vlogo(ctx, '#0B6E99', 28), t('Crownwork', { size: 18, weight: 700, color: '#0B2540' }), frame(ctx, 'Frame 9', { w: 'fill', h: 10 }, []),
  t(active || '', { size: 13, color: '#667085' }),
]);
const field = (label, value, o = {}) => col(ctx, 'Frame ' + (o.n || 310), { gap: 6 }, [
  t(label, { size: 13, weight: 500, color: '#344054' }),
  row(ctx, 'Auto layout', { h: 44, pad: 12, gap: 8, radius: 6, stroke: '#D0D5DD', fill: '#FFFFFF' }, [
    t(value, { size: 15, color: o.placeholder ? '#98A2B3' : '#101828', w: 'fill' }),
    ...(o.tag ? [frame(ctx, 'Frame 77', { layout: 'HORIZONTAL', w: 'hug', h: 24, pad: 6, radius: 12, fill: '#ECFDF3' }, [t(o.tag, { size: 11, weight: 600, color: '#027A48' })])] : []),
  ]),
]);

// 1 sign up
const signup = screen(ctx, S.signup, 'Sign up', 0, 0, W, H, {}, [
  Object.assign(col(ctx, 'Frame 1', { w: 620, h: H, pad: 72, gap: 28, fill: '#0B2540' }, [
    row(ctx, 'Frame 2', { gap: 12 }, [vlogo(ctx, '#7CD4FD', 32), t('Crownwork', { size: 22, weight: 700, color: '#FFFFFF' })]),
    t('Invoice every crown, bridge and aligner case in minutes.', { size: 40, weight: 700, color: '#FFFFFF', w: 'fill' }),
    t('Case-based invoicing, statements and payment reminders built for dental laboratories.', { size: 18, color: '#B9E6FE', w: 'fill' }),
    frame(ctx, 'Frame 14', { layout: 'HORIZONTAL', pad: 16, gap: 12, radius: 10, fill: '#12365A' }, [
      rect(ctx, 'Rectangle 3', 40, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: '4bd1c2e0a7' }], radius: 20 }),
      t('Crown & Bridge Connect members get 3 months free.', { size: 14, color: '#E0F2FE', w: 'fill' }),
    ]),
  ]), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 3', { w: 460, gap: 20 }, [
    t('Create your lab account', { size: 28, weight: 700 }),
    field('Lab name', 'e.g. Lakeside Dental Lab', { placeholder: true, n: 311 }),
    field('Work email', 'you@yourlab.com', { placeholder: true, n: 312 }),
    field('Password', '••••••••••', { n: 313 }),
    row(ctx, 'Frame 18', { gap: 10 }, [checkbox(ctx), t('I agree to the ', { size: 14, color: '#475467' }), link(ctx, 'Terms of Service', { underline: true }), t(' and ', { size: 14, color: '#475467' }), link(ctx, 'Privacy Policy', { underline: true })]),
    instBtn(ctx, BTN, 'Create account', { w: 'fill', h: 48, name: 'Comp / Action / Large', on: go(S.details) }),
    row(ctx, 'Frame 19', { gap: 6 }, [t('Already on Crownwork?', { size: 14, color: '#667085' }), link(ctx, 'Log in')]),
    link(ctx, 'See plans & pricing', { size: 13, color: '#667085', underline: true, on: go(S.pricing) }),
  ]), { _at: [760, 200] }),
]);

// 2 lab details
const chip = (s, on) => frame(ctx, s, { layout: 'HORIZONTAL', w: 'hug', h: 36, pad: 12, radius: 18, fill: on ? '#E0EAFF' : '#FFFFFF', stroke: on ? '#1F4FD8' : '#D0D5DD' }, [t(s, { size: 14, weight: 500, color: on ? '#1F4FD8' : '#344054' })]);
const details = screen(ctx, S.details, 'Lab details', 1540, 0, W, H, {}, [
  Object.assign(navBar(''), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 21', { w: 560, gap: 24 }, [
    t('Tell us about your lab', { size: 28, weight: 700 }),
    t('We use this to set up your case types and invoice templates.', { size: 16, color: '#475467', w: 'fill' }),
    t('What does your lab make?', { size: 14, weight: 600 }),
    row(ctx, 'Frame 22', { gap: 8 }, [chip('Full service', true), chip('Crown & bridge'), chip('Removables'), chip('Clear aligners')]),
    field('Number of technicians', '6–15', { n: 314 }),
    field('Country', 'United States', { n: 315 }),
    t('Step 2 of 4', { size: 12, color: '#98A2B3', visible: false }),
    frameBtn(ctx, 'Continue', { w: 'fill', h: 48, fill: '#1F4FD8', n: 30, on: go(S.connect) }),
  ]), { _at: [440, 140] }),
]);

// 3 connect (connect frame)
const tile = (ref, name, dest, o = {}) => frame(ctx, o.nm || name, { type: 'INSTANCE', componentId: TILE, layout: 'HORIZONTAL', w: 'fill', h: 72, pad: 16, gap: 12, fill: '#FFFFFF', radius: 10, stroke: '#E4E7EC', on: dest ? overlay(dest) : undefined }, [
  logo(ctx, ref, 36), col(ctx, 'Frame 52', { w: 'fill', gap: 2 }, [t(name, { size: 15, weight: 600 }), t(o.sub || '', { size: 12, color: '#667085' })]), t('Connect', { size: 14, weight: 600, color: '#1F4FD8' }),
]);
const connect = screen(ctx, S.connect, 'Connect — books & bank', 3080, 0, W, H + 260, {}, [
  Object.assign(navBar('Setup'), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 40', { w: 880, gap: 28 }, [
    col(ctx, 'Frame 41', { gap: 10 }, [
      t('Bring your books and bank into Crownwork', { size: 28, weight: 700 }),
      t('Get paid faster. Payments from practices are matched to their invoices automatically, so month-end close takes minutes instead of days.', { size: 16, color: '#344054', w: 'fill' }),
      t('How your data moves: invoices you raise in Crownwork are pushed to your ledger as sales; customers (your dental practices), payments and deposits come back from your accounting software and bank account. We only read bank transactions, we never move money.', { size: 14, color: '#475467', w: 'fill', name: 'data use' }),
      row(ctx, 'Frame 44', { gap: 4 }, [t('Why connect?', { size: 14, color: '#475467' }), link(ctx, 'Read the FAQ', { on: url('https://help.crownwork.com/faq/connecting') })]),
    ]),
    col(ctx, 'Frame 45', { gap: 12 }, [
      t('Accounting software', { size: 20, weight: 600 }),
      row(ctx, 'Frame 46', { gap: 12 }, [tile('qbo01', 'QuickBooks Online', S.redirect, { sub: 'Intuit · quickbooks.intuit.com' }), tile('xero01', 'Xero', S.redirect, { sub: 'xero.com' })]),
      row(ctx, 'Frame 47', { gap: 12 }, [tile('sbca01', 'Sage Business Cloud Accounting', S.redirect, { sub: 'sage.com/en-us' }), tile('fb01', 'FreshBooks', S.redirect, { sub: 'freshbooks.com' })]),
    ]),
    col(ctx, 'Frame 48', { gap: 12 }, [
      t('Bank accounts', { size: 20, weight: 600 }),
      row(ctx, 'Frame 49', { gap: 12 }, [tile('chase1', 'Chase Business Checking', S.redirect, { sub: 'chase.com' }), tile('boa001', 'Bank of America Business Advantage', S.redirect, { sub: 'bankofamerica.com' })]),
      row(ctx, 'Frame 50', { gap: 12 }, [tile('wf0001', 'Wells Fargo Business', S.redirect, { sub: 'wellsfargo.com' }), tile('bank00', 'Other US bank or credit union', S.redirect, { sub: '11,000+ institutions' })]),
    ]),
    row(ctx, 'Frame 53', { gap: 16 }, [
      instBtn(ctx, BTN, 'Connect accounting software', { h: 48, name: 'cta/primary', on: overlay(S.redirect) }),
      row(ctx, 'Frame 54', { gap: 4 }, [t('Can’t find your software?', { size: 14, color: '#475467' }), link(ctx, 'Upload a CSV or Excel export instead', { underline: true, on: go(S.upload) })]),
    ]),
    row(ctx, 'Frame 55', { gap: 8, pad: 12, radius: 8, fill: '#F0F9FF' }, [icon(ctx, 'lock', 16, { color: '#026AA2' }), t('Protected with bank-grade encryption. We never share your lab’s data with third parties unless you ask us to.', { size: 13, color: '#065986', w: 'fill' })]),
    t('You can disconnect at any time from Settings.', { size: 13, color: '#667085', visible: false, name: 'disconnect note (cut)' }),
    divider(ctx),
    row(ctx, 'Frame 56', { gap: 24 }, [
      link(ctx, 'Step-by-step: connecting QuickBooks Online and your bank', { size: 13, on: url('https://help.crownwork.com/guides/connect-quickbooks-bank') }),
      t('Need a hand? (888) 555-0147 · support@crownwork.com · ', { size: 13, color: '#475467' }),
      link(ctx, 'Open a support ticket', { size: 13, on: url('https://help.crownwork.com/tickets/new') }),
    ]),
  ]), { _at: [280, 120] }),
]);

// 4 redirect explainer (overlay)
const redirect = screen(ctx, S.redirect, 'Modal / heading to Intuit', 4620, 0, 560, 360, { fill: '#FFFFFF', radius: 12 }, [
  Object.assign(col(ctx, 'Frame 60', { w: 480, gap: 16 }, [
    row(ctx, 'Frame 61', { gap: 12 }, [logo(ctx, 'qbo01', 40), icon(ctx, 'Vector', 16), vlogo(ctx, '#0B6E99', 40)]),
    t('You’re heading to Intuit', { size: 22, weight: 700 }),
    t('Next, Intuit’s own sign-in page opens in this tab. Log in to QuickBooks Online and approve access for Crownwork; once you do, you’ll land right back here.', { size: 15, color: '#475467', w: 'fill' }),
    row(ctx, 'Frame 62', { gap: 12 }, [
      frameBtn(ctx, 'Cancel', { fill: '#FFFFFF', color: '#344054', stroke: '#D0D5DD', n: 63, on: close() }),
      instBtn(ctx, BTN, 'Continue to Intuit', { name: 'Btn', on: go(S.intuit) }),
    ]),
  ]), { _at: [40, 40] }),
]);

// 5 intuit mock
const intuit = screen(ctx, S.intuit, 'intuit authorize (mock)', 5280, 0, W, H, { fill: '#F4F5F8' }, [
  Object.assign(col(ctx, 'Frame 70', { w: 480, pad: 40, gap: 18, fill: '#FFFFFF', radius: 8 }, [
    logo(ctx, 'intuit', 48, { name: 'intuit logo' }),
    t('Crownwork wants to connect to your QuickBooks Online company', { size: 20, weight: 600, w: 'fill' }),
    field('Company', 'Lakeside Dental Laboratory LLC', { n: 316 }),
    t('Crownwork will be able to view and create invoices, customers and payments.', { size: 14, color: '#393A3D', w: 'fill' }),
    groupBtn(ctx, 'Connect', 400, 44, { fill: '#2CA01C', n: 71, on: go(S.linked) }),
  ]), { _at: [480, 220] }),
]);

// 6 linked + bank pending
const status = (ref, name, sub, badge, color) => row(ctx, 'Frame 80', { h: 76, pad: 16, gap: 14, radius: 10, stroke: '#E4E7EC' }, [
  logo(ctx, ref, 40), col(ctx, 'Frame 81', { w: 'fill', gap: 2 }, [t(name, { size: 16, weight: 600 }), t(sub, { size: 13, color: '#667085' })]),
  frame(ctx, 'Badge', { layout: 'HORIZONTAL', w: 'hug', h: 26, pad: 8, radius: 13, fill: color }, [t(badge, { size: 12, weight: 600, color: '#101828' })]),
]);
const linked = screen(ctx, S.linked, 'Connected — add bank', 6820, 0, W, H, {}, [
  Object.assign(navBar('Setup'), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 82', { w: 720, gap: 16 }, [
    t('QuickBooks Online is linked', { size: 28, weight: 700 }),
    t('Add the account your practices pay into so we can mark invoices paid.', { size: 16, color: '#475467', w: 'fill' }),
    status('qbo01', 'QuickBooks Online', 'Lakeside Dental Laboratory LLC', 'Connected ✓', '#D1FADF'),
    status('chase1', 'Chase Business Checking ••4821', 'USD · selected, waiting for you to approve at Chase', 'Pending approval', '#FEF0C7'),
    row(ctx, 'Frame 83', { gap: 8, on: go(S.connect) }, [icon(ctx, 'plus', 16, { color: '#1F4FD8' }), link(ctx, 'Add another account')]),
    instBtn(ctx, BTN, 'Continue', { w: 'fill', h: 48, on: go(S.prefill) }),
  ]), { _at: [360, 140] }),
]);

// 7 prefilled details
const prefill = screen(ctx, S.prefill, 'Business details (prefilled)', 8360, 0, W, H, {}, [
  Object.assign(navBar('Setup'), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 90', { w: 640, gap: 16 }, [
    t('We filled these in from QuickBooks Online', { size: 26, weight: 700 }),
    t('Check them over; they go on every invoice you send.', { size: 15, color: '#475467' }),
    field('Legal name', 'Lakeside Dental Laboratory LLC', { tag: 'From QuickBooks', n: 317 }),
    field('EIN', '84-2291057', { tag: 'From QuickBooks', n: 318 }),
    field('Address', '1180 Harbor Blvd, Suite 210, Costa Mesa, CA 92626', { tag: 'From QuickBooks', n: 319 }),
    field('Billing contact', 'Dana Whitfield · dana@lakesidedentallab.com', { tag: 'From QuickBooks', n: 320 }),
    field('Annual revenue', '$1,840,000', { tag: 'From QuickBooks', n: 321 }),
    frameBtn(ctx, 'Looks right', { w: 'fill', h: 48, fill: '#1F4FD8', n: 91, on: go(S.dash) }),
  ]), { _at: [400, 120] }),
]);

// 8 dashboard
const navItem = (s, on, dest) => row(ctx, s, { h: 40, pad: 10, gap: 10, radius: 6, fill: on ? '#E0EAFF' : undefined, on: dest ? go(dest) : undefined }, [icon(ctx, 'Vector', 18), t(s, { size: 14, weight: on ? 600 : 500, color: on ? '#1F4FD8' : '#344054' })]);
const sidebar = (active) => col(ctx, 'Frame 100', { w: 240, h: H, pad: 16, gap: 4, fill: '#F9FAFB', stroke: '#EAECF0' }, [
  row(ctx, 'Frame 101', { gap: 10, pad: 8 }, [vlogo(ctx, '#0B6E99', 28), t('Crownwork', { size: 18, weight: 700, color: '#0B2540' })]),
  navItem('Cases', active === 'Cases'), navItem('Invoices', active === 'Invoices'), navItem('Practices'), navItem('Payments'),
  navItem('Integrations', active === 'Integrations', S.connections), navItem('Settings', active === 'Settings'),
]);
const invRow = (a, b, c, d) => row(ctx, 'Frame 110', { h: 48, pad: 12, gap: 16 }, [t(a, { size: 14, w: 120 }), t(b, { size: 14, w: 'fill' }), t(c, { size: 14, w: 120 }), t(d, { size: 13, w: 100, color: '#027A48' })]);
const dash = screen(ctx, S.dash, 'Invoices — home', 0, 1400, W, H, {}, [
  Object.assign(sidebar('Invoices'), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 111', { w: 1100, gap: 12 }, [
    t('Invoices', { size: 26, weight: 700 }),
    row(ctx, 'Frame 112', { gap: 12 }, [frameBtn(ctx, 'New invoice', { fill: '#1F4FD8', n: 113 }), frameBtn(ctx, 'Send statements', { fill: '#FFFFFF', color: '#344054', stroke: '#D0D5DD', n: 114 })]),
    invRow('INV-2291', 'Harbor Family Dentistry — 3-unit zirconia bridge', '$1,260.00', 'Paid'),
    invRow('INV-2290', 'Dr. Okafor Orthodontics — aligner refinement', '$380.00', 'Sent'),
    invRow('INV-2289', 'Costa Smiles — implant crown #19', '$495.00', 'Paid'),
    invRow('INV-2288', 'Bayview Dental Group — full denture', '$720.00', 'Overdue'),
  ]), { _at: [300, 48] }),
]);

// 9 connections settings
const connRow = (ref, name, meta, first, last) => row(ctx, 'Frame 120', { h: 64, pad: 12, gap: 16, stroke: '#EAECF0' }, [
  logo(ctx, ref, 32), col(ctx, 'Frame 121', { w: 'fill', gap: 2 }, [t(name, { size: 15, weight: 600 }), t(meta, { size: 12, color: '#667085' })]),
  t(first, { size: 13, w: 190, color: '#475467' }), t(last, { size: 13, w: 190, color: '#475467' }),
  link(ctx, 'Disconnect', { size: 14, color: '#B42318', on: overlay(S.disconnect) }),
]);
const connections = screen(ctx, S.connections, 'Settings / Integrations', 1540, 1400, W, H, {}, [
  Object.assign(sidebar('Integrations'), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 122', { w: 1100, gap: 14 }, [
    t('Integrations', { size: 26, weight: 700 }),
    row(ctx, 'Frame 123', { h: 32, pad: 12, gap: 16 }, [t('Account', { size: 12, weight: 600, color: '#667085', w: 'fill' }), t('Connected', { size: 12, weight: 600, color: '#667085', w: 190 }), t('Last sync', { size: 12, weight: 600, color: '#667085', w: 190 }), t('', { size: 12, w: 80 })]),
    connRow('qbo01', 'QuickBooks Online', 'Lakeside Dental Laboratory LLC · invoices, customers, payments', 'Mar 3, 2026 · 9:14 AM', 'Today · 7:02 AM'),
    connRow('chase1', 'Chase Business Checking ••4821', 'USD · deposits only', 'Mar 3, 2026 · 9:20 AM', 'Today · 6:58 AM'),
    instBtn(ctx, BTN, '+ Add connection', { name: 'Property 1=Default', on: go(S.connect) }),
    frame(ctx, 'Frame 124', { h: 120 }, []),
    divider(ctx),
    link(ctx, 'Delete account', { size: 14, color: '#B42318' }),
  ]), { _at: [300, 48] }),
]);

// 10 disconnect confirm
const disconnect = screen(ctx, S.disconnect, 'Modal / disconnect', 3080, 1400, 520, 300, { radius: 12 }, [
  Object.assign(col(ctx, 'Frame 130', { w: 440, gap: 14 }, [
    t('Disconnect QuickBooks Online?', { size: 20, weight: 700 }),
    t('Crownwork stops syncing and revokes its access to your QuickBooks company. Invoices already in Crownwork stay put.', { size: 14, color: '#475467', w: 'fill' }),
    row(ctx, 'Frame 131', { gap: 12 }, [frameBtn(ctx, 'Keep it', { fill: '#FFFFFF', color: '#344054', stroke: '#D0D5DD', n: 132, on: close() }), frameBtn(ctx, 'Disconnect', { fill: '#D92D20', n: 133, on: close() })]),
  ]), { _at: [40, 40] }),
]);

// 11 welcome email
const email = screen(ctx, S.email, 'Email / Welcome (day 0)', 0, 2800, 640, 980, { fill: '#F9FAFB' }, [
  Object.assign(col(ctx, 'Frame 140', { w: 560, pad: 32, gap: 18, fill: '#FFFFFF', radius: 8 }, [
    row(ctx, 'Frame 141', { gap: 8 }, [vlogo(ctx, '#0B6E99', 24), t('Crownwork', { size: 16, weight: 700 })]),
    t('Welcome to Crownwork, Dana 👋', { size: 24, weight: 700 }),
    t('Three quick steps to your first invoice:', { size: 15, color: '#344054' }),
    t('1  Add your lab details\n2  Connect QuickBooks Online or Xero: we’ll bring over your practices and price list\n3  Send your first invoice', { size: 15, color: '#344054', w: 'fill' }),
    instBtn(ctx, BTN, 'Connect your books', { name: 'Btn', on: url('https://app.crownwork.com/setup/connect') }),
    row(ctx, 'Frame 142', { gap: 4 }, [t('Banking with Chase, BofA or Wells Fargo?', { size: 14, color: '#475467' }), link(ctx, 'Link your bank too', { on: url('https://app.crownwork.com/setup/bank') })]),
    divider(ctx),
    t('You’re on the 14-day trial. Cancel anytime from Billing.\nCrownwork Inc., 400 Spectrum Center Dr, Irvine, CA · Unsubscribe', { size: 12, color: '#98A2B3', w: 'fill' }),
  ]), { _at: [40, 40] }),
]);

// 12 pricing (dead end)
const plan = (n, p, feats) => col(ctx, 'Frame 150', { w: 'fill', pad: 24, gap: 12, radius: 12, stroke: '#E4E7EC' }, [t(n, { size: 18, weight: 600 }), t(p, { size: 32, weight: 700 }), t(feats, { size: 14, color: '#475467', w: 'fill' }), frameBtn(ctx, 'Start free trial', { w: 'fill', fill: '#1F4FD8', n: 151 })]);
const pricing = screen(ctx, S.pricing, 'Pricing', 1540, 2800, W, H, {}, [
  Object.assign(navBar('Pricing'), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 152', { w: 1000, gap: 24, center: true }, [
    t('Simple pricing for labs of every size', { size: 32, weight: 700 }),
    row(ctx, 'Frame 153', { w: 'fill', gap: 20 }, [plan('Bench', '$49/mo', 'Up to 150 cases a month\nInvoices & statements'), plan('Lab', '$129/mo', 'Unlimited cases\nPayment reminders\nPractice portal'), plan('Network', 'Talk to us', 'Multiple locations\nCustom price lists')]),
    t('Cancel anytime. No setup fees.', { size: 14, color: '#667085' }),
  ]), { _at: [220, 140] }),
]);

// 13 upload
const upload = screen(ctx, S.upload, 'Import from file', 3080, 1800, W, H, {}, [
  Object.assign(navBar('Setup'), { _at: [0, 0] }),
  Object.assign(col(ctx, 'Frame 160', { w: 640, gap: 18 }, [
    t('Import from a spreadsheet', { size: 26, weight: 700 }),
    t('Export your customer list and open invoices as CSV or XLSX from any accounting tool and drop them here.', { size: 15, color: '#475467', w: 'fill' }),
    col(ctx, 'Frame 161', { h: 220, pad: 40, gap: 10, radius: 12, stroke: '#98A2B3', fill: '#F9FAFB', center: true }, [icon(ctx, 'upload', 32), t('Drag files here or browse', { size: 15, weight: 500 }), t('.csv, .xlsx up to 20 MB', { size: 12, color: '#667085' })]),
    instBtn(ctx, BTN, 'Import and continue', { on: go(S.dash) }),
  ]), { _at: [400, 140] }),
]);

const flow = canvas(flowPage, '🦷 Onboarding flow', [
  section(ctx, 'Sign-up', [signup, details, connect, redirect, intuit, linked, prefill]),
  section(ctx, 'In-app', [dash, connections, disconnect, upload]),
  section(ctx, 'Emails & marketing', [email, pricing]),
], { flows: [{ nodeId: S.signup, name: 'Lab onboarding' }] });

// ---------- page 1: cover, page 4: archive
const coverId = ctx.newPage(1);
const cover = canvas(coverId, 'Cover', [screen(ctx, ctx.id(), 'Cover', 0, 0, 1920, 1080, { fill: '#0B2540' }, [
  Object.assign(col(ctx, 'Frame 1', { w: 1400, gap: 20 }, [t('Crownwork · Lab onboarding', { size: 72, weight: 700, color: '#FFFFFF' }), t('Status: ready for dev · owner: product design', { size: 28, color: '#B9E6FE' })]), { _at: [120, 400] }),
])]);
const archId = ctx.newPage(4);
const oldConnect = screen(ctx, ctx.id(), 'old / connect v1', 0, 0, W, H, {}, [
  Object.assign(col(ctx, 'Frame 1', { w: 700, gap: 16 }, [
    t('Sync QuickBooks', { size: 28, weight: 700 }),
    t('Link your QuickBooks to import customers.', { size: 16 }),
    frameBtn(ctx, 'Sync now', { fill: '#1F4FD8', n: 2 }),
    t('Rated 4.9 by 800 labs', { size: 14, color: '#667085', visible: false }),
  ]), { _at: [200, 200] }),
]);
const archive = canvas(archId, 'Archive (don’t use)', [oldConnect]);

ctx.doc.document.children = [cover, components, flow, archive];
save(new URL(`../${NAME}.json`, import.meta.url).pathname, ctx.doc);

const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'];
const absent = ['funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'platform.non-linear', 'connection.refresh', 'connection.syncing-indicator'];
saveTruth(new URL(`../${NAME}.truth.json`, import.meta.url).pathname, {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Case-based invoicing for US dental laboratories, desktop 1440. Sign-up, lab details, then a central screen asking the lab to link accounting software and a business bank account (grouped tiles), a redirect explainer before Intuit, a connected/pending status view, prefilled business details, invoices home, and an Integrations settings page with disconnect. Welcome email and a pricing dead end sit on the same page.',
  present, absent,
  notes: {
    'funnel.greeting-email': 'Welcome email frame has a numbered 1-2-3 list with connecting as step 2, a "Connect your books" button and a "Link your bank too" link.',
    'funnel.three-actions': 'Sign up → Lab details → connect screen: two clicks.',
    'funnel.social-proof': 'No testimonial, rating or trusted-by copy; the only rating line is hidden on the archive page.',
    'value.contextual-ctas': 'The invoices home has no connect prompt inside a feature; connecting lives only in setup and Integrations.',
    'value.progress-meter': 'No progress or strength meter; the "Step 2 of 4" text is a hidden layer.',
    'privacy.consent-action': 'The only checkbox is the sign-up terms agreement, not a consent to share data before connecting.',
    'privacy.disconnect-anytime': 'The "disconnect at any time" line is hidden (visible:false); "Cancel anytime" copy is about the subscription.',
    'privacy.statistics': '"11,000+ institutions" counts banks, not customers trusting the product or encryption; no trust figure.',
    'platform.non-linear': 'Linear wizard: no skip, save-for-later or invite-a-colleague option.',
    'connection.refresh': 'Integrations table shows last sync but offers no sync-now/refresh control.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.connect, stepsToConnect: 2, deadEnds: [S.pricing] },
});
console.log(NAME, countNodes(ctx.doc.document));

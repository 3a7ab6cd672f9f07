// h98 — quoting for print shops, iPad portrait 834x1194, UK English; no prototype start set.
import { F, G, R, V, T, S, C, CS, E, I, finish, write, truth } from './lib.mjs';
import { btnI, btnF, btnG, link, field, logo, searchBox } from './parts.mjs';

const NAME = 'h98-printing-company-quotes-tablet';
const W = 834;
const H = 1194;
const CY = '#0077B6';
const INK = '#14213D';
const MUTED = '#5E6B7D';

const statusBar = () =>
  F('iPad status', 0, 0, W, 24, [T('09:41  Tue 10 Mar', 20, 4, 200, 12, 600), R('Battery', W - 50, 6, 28, 12, { stroke: INK, r: 3 })]);

const stepHead = (n, title, sub) =>
  F('Auto layout', 64, 64, W - 128, 120, [
    T(`Step ${n} of 5`, 0, 0, 200, 13, 600, { color: CY }),
    G('Group 5', 0, 24, W - 128, 6, [R('Rectangle 1', 0, 0, W - 128, 6, { fill: '#E1E8F0', r: 3 }), R('Rectangle 2', 0, 0, ((W - 128) * n) / 5, 6, { fill: CY, r: 3 })]),
    T(title, 0, 46, W - 128, 26, 700),
    T(sub, 0, 86, W - 128, 15, 400, { color: MUTED }),
  ], { layout: 'VERTICAL', gap: 10 });

const rail = (active) =>
  F('Rail', 0, 24, 96, H - 24, ['Quotes', 'Jobs', 'Customers', 'Settings'].map((t, i) =>
    F('Frame ' + (330 + i), 8, 24 + i * 84, 80, 72, [
      V('Vector', 28, 10, 24, 24, { fill: t === active ? CY : '#8391A7' }),
      T(t, 0, 42, 80, 11, 600, { align: 'CENTER', color: t === active ? CY : '#8391A7' }),
    ], { fill: t === active ? '#E5F2FA' : undefined, r: 12, go: t === 'Settings' ? 'settings' : t === 'Quotes' ? 'dash' : undefined }),
  ), { fill: '#F6F8FB', stroke: '#E1E8F0' });

const components = [
  CS('cta', 0, 0, 440, 110, [
    C('State=Rest', 'cta-rest', 20, 20, 190, 56, [T('Label', 0, 17, 190, 16, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: CY, r: 12, key: 'ctaRest', hover: 'ctaHover' }),
    C('State=Hover', 'cta-hover', 230, 20, 190, 56, [T('Label', 0, 17, 190, 16, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: '#005F92', r: 12, key: 'ctaHover' }),
  ], { stroke: '#9747FF', r: 5 }),
  C('Pill', 'pill', 0, 150, 120, 28, [T('Pill', 10, 6, 100, 12, 600)], { fill: '#E8F6EE', r: 14 }),
  C('Spinner', 'spinner', 160, 150, 24, 24, [E('Ellipse', 0, 0, 24, 24, { stroke: CY, sw: 3 })]),
];

const signup = F('iPad Pro 11" - 1', 0, 0, W, H, [
  statusBar(),
  G('Logo', 64, 80, 220, 40, [V('Vector', 0, 0, 40, 40, { fill: CY }), T('PressQuote', 52, 8, 160, 20, 700)]),
  T('Quote a job in 40 seconds, not 40 minutes', 64, 200, 700, 36, 700),
  T('Price litho, digital and wide-format work from your own rates — and win the job before the shop down the road replies.', 64, 300, 660, 18, 400, { color: MUTED }),
  F('Form', 64, 420, 706, 460, [
    T('Create your PressQuote account', 0, 0, 706, 22, 700),
    field('Your name', 'Jo Whitfield', 0, 50, 706),
    field('Work email', 'jo@yourprintshop.co.uk', 0, 124, 706),
    field('Password', '•••••••••', 0, 198, 706),
    btnI('Create account', 'cta-rest', 0, 286, 706, 56, { fill: CY, r: 12, name: 'State=Rest', go: 'shop' }),
    T('14-day trial, then £29/month. Cancel anytime.', 0, 360, 706, 13, 400, { color: MUTED, align: 'CENTER' }),
    G('Group 9', 0, 400, 706, 20, [T('Have an account?', 250, 0, 130, 14, 400, { color: MUTED }), link('Log in', 384, 0, 80)]),
  ], { layout: 'VERTICAL', gap: 16 }),
  F('Reviews', 64, 940, 706, 150, [
    T('★★★★★  4.8 on Capterra (320 reviews)', 24, 20, 660, 15, 600, { color: '#B7791F' }),
    T('“We used to lose evenings to quotes. Now the counter staff do them while the customer waits.”\n— Dev Sharma, owner, Inkwell Print Bristol', 24, 56, 660, 14, 400, { color: INK }),
  ], { fill: '#FFF9EB', r: 16 }),
  link('Terms of service', 64, 1120, 200, { size: 12, url: 'https://pressquote.example/terms' }),
], { fill: '#FFFFFF', key: 'signup' });

const shop = F('iPad Pro 11" - 2', 0, 0, W, H, [
  statusBar(),
  stepHead(1, 'Your print shop', 'This appears on every quote you send.'),
  F('Auto layout', 64, 220, 706, 600, [
    field('Shop name', 'e.g. Whitfield Print & Design', 0, 0, 706),
    field('Address', 'Street, town, postcode', 0, 74, 706),
    field('VAT number (optional)', 'GB', 0, 148, 706),
    field('Quote footer', 'Prices valid for 30 days. Artwork checks included.', 0, 222, 706),
    F('Frame 55', 0, 300, 706, 120, [
      R('Logo drop', 0, 0, 120, 120, { stroke: '#B8C4D4', r: 12 }),
      T('Add your logo\nPNG or SVG, shown top-left on PDFs', 140, 36, 400, 14, 400, { color: MUTED }),
    ]),
  ], { layout: 'VERTICAL', gap: 14 }),
  btnF('Next', 64, 1060, 706, 56, { fill: CY, r: 12, go: 'presses', nav: 'SWAP' }),
], { fill: '#FFFFFF', key: 'shop' });

const presses = F('iPad Pro 11" - 3', 0, 0, W, H, [
  statusBar(),
  stepHead(2, 'What’s on your shop floor?', 'We’ll set up sensible click and setup charges for each.'),
  F('Auto layout', 64, 220, 706, 520, ['HP Indigo 7K', 'Heidelberg Speedmaster SM 52', 'Xerox Versant 280', 'Roland TrueVIS VG3', 'Duplo DC-618 (finishing)', 'Morgana DigiFold'].map((m, i) =>
    F('Frame ' + (60 + i), (i % 2) * 356, Math.floor(i / 2) * 100, 346, 88, [
      R('Rectangle ' + (20 + i), 16, 16, 56, 56, { fill: '#E1E8F0', r: 8 }),
      T(m, 88, 20, 240, 15, 600),
      T(i % 3 === 0 ? 'Selected' : 'Tap to add', 88, 48, 200, 12, 500, { color: i % 3 === 0 ? CY : MUTED }),
    ], { stroke: i % 3 === 0 ? CY : '#D5DDE7', r: 12 }),
  ), { layout: 'HORIZONTAL', gap: 10 }),
  link('My machine isn’t here', 64, 760, 300, {}),
  btnF('Next', 64, 1060, 706, 56, { fill: CY, r: 12, go: 'stock' }),
], { fill: '#FFFFFF', key: 'presses' });

const stock = F('iPad Pro 11" - 4', 0, 0, W, H, [
  statusBar(),
  stepHead(3, 'Paper & finishing', 'Start from our UK price list and tweak your margins.'),
  F('Table', 64, 220, 706, 420, [
    ['Stock', 'Cost / sheet', 'Margin'], ['Silk 350gsm SRA3', '£0.21', '45%'], ['Uncoated 120gsm SRA3', '£0.07', '50%'], ['Gloss 170gsm SRA3', '£0.09', '45%'], ['Kraft 300gsm SRA3', '£0.26', '55%'], ['Matt lamination', '£0.12', '60%'],
  ].map((r, i) => F('Row ' + i, 0, i * 64, 706, 60, r.map((c, j) => T(c, 16 + j * 260, 20, 240, 14, i === 0 ? 700 : 400)), { stroke: '#E1E8F0', fill: i === 0 ? '#F6F8FB' : '#FFFFFF' })), { layout: 'VERTICAL', gap: 0 }),
  T('Paper supplier: Linkprint Supplies Ltd (prices updated monthly)', 64, 660, 706, 13, 400, { color: MUTED }),
  btnF('Import my own price list (CSV)', 64, 700, 320, 48, { fill: '#FFFFFF', color: CY, stroke: CY, r: 12, size: 14 }),
  btnF('Next', 64, 1060, 706, 56, { fill: CY, r: 12, go: 'connect' }),
], { fill: '#FFFFFF', key: 'stock' });

const tile = (nm, ref, x, y, o = {}) =>
  F(o.name || 'Frame ' + (400 + x + y), x, y, 160, 120, [
    o.vector ? logo(ref, 56, 18, 48, { vector: true, fill: o.vfill }) : logo(ref, 56, 18, 48, { r: 12 }),
    T(nm, 0, 80, 160, 14, 600, { align: 'CENTER' }),
  ], { fill: '#FFFFFF', stroke: '#D5DDE7', r: 14, go: o.go, layout: 'VERTICAL', gap: 12, py: 18 });

const connect = F('iPad Pro 11" - 5', 0, 0, W, H, [
  statusBar(),
  stepHead(4, 'Plug in your books\u200B and your web store', 'Quotes that turn into invoices by themselves, and web orders that turn into jobs.'),
  F('Body', 64, 210, 706, 920, [
    searchBox('Find your software', 0, 0, 706),
    F('Acc', 0, 60, 706, 170, [
      T('Accounting', 0, 0, 400, 20, 700),
      F('Auto layout', 0, 36, 706, 120, [
        tile('Xero', 'x3e00001', 0, 0, { vector: true, vfill: '#13B5EA', go: 'syncing' }),
        tile('QuickBooks', 'qb000002', 176, 0, { go: 'syncing' }),
        tile('Sage', 'sa000003', 352, 0, { go: 'syncing' }),
        tile('FreeAgent', 'fa000004', 528, 0, { go: 'syncing' }),
      ], { layout: 'HORIZONTAL', gap: 16 }),
    ], { layout: 'VERTICAL', gap: 14 }),
    F('Store', 0, 250, 706, 170, [
      T('Online store', 0, 0, 400, 20, 700),
      F('Auto layout', 0, 36, 706, 120, [
        tile('Shopify', 'sh000005', 0, 0, { go: 'syncing' }),
        tile('WooCommerce', 'wc000006', 176, 0, { go: 'syncing' }),
        tile('Etsy', 'et000007', 352, 0, { go: 'syncing' }),
      ], { layout: 'HORIZONTAL', gap: 16 }),
    ], { layout: 'VERTICAL', gap: 14 }),
    link('Can’t see yours? Import customers from a spreadsheet', 0, 440, 706, { go: 'importcsv' }),
    btnI('Connect accounting', 'cta-rest', 0, 490, 706, 56, { fill: CY, r: 12, name: 'State=Rest', go: 'syncing' }),
    T('Connections are encrypted and we never share your data with anyone else.', 0, 560, 706, 13, 400, { color: MUTED }),
    G('Group 31', 0, 600, 706, 24, [
      T('Skip for now', 0, 2, 140, 15, 600, { color: MUTED, go: 'dash' }),
      T('·', 150, 2, 10, 15, 400, { color: MUTED }),
      T('Invite your bookkeeper', 170, 2, 220, 15, 600, { color: CY, go: 'invite', nav: 'OVERLAY' }),
    ]),
    F('Help box', 0, 660, 706, 140, [
      T('Need a hand?', 20, 16, 300, 15, 700),
      link('Help centre: connecting your accounting software', 20, 44, 500, { size: 13, url: 'https://help.pressquote.example/connect-accounting' }),
      T('020 7946 0958  ·  hello@pressquote.example  ·  Send us a message', 20, 78, 660, 13, 400, { color: MUTED }),
    ], { fill: '#F6F8FB', r: 14 }),
    G('powered', 0, 830, 300, 24, [T('Integrations powered by', 0, 4, 170, 12, 400, { color: '#8391A7' }), V('Vector', 176, 0, 24, 24, { fill: '#3D3D3D' }), T('Codat', 206, 3, 80, 14, 700, { color: '#3D3D3D' })]),
    T('You can disconnect at any time from Settings.', 320, 834, 380, 12, 400, { hidden: true }),
  ], { layout: 'VERTICAL', gap: 20 }),
], { fill: '#FFFFFF', key: 'connect' });

const invite = F('Invite sheet', 0, 0, 600, 420, [
  T('Invite your bookkeeper', 32, 32, 536, 22, 700),
  T('They can connect your accounting software for you. You’ll get an email when it’s done.', 32, 72, 536, 14, 400, { color: MUTED }),
  field('Their email', 'books@example.co.uk', 32, 140, 536),
  btnF('Send invite', 32, 320, 536, 52, { fill: CY, r: 12, close: true }),
], { fill: '#FFFFFF', r: 20, key: 'invite' });

const syncing = F('iPad Pro 11" - 6', 0, 0, W, H, [
  statusBar(),
  I('Spinner', 'spinner', 387, 480, 60, 60, [E('Ellipse', 0, 0, 60, 60, { stroke: CY, sw: 5 })]),
  T('Connecting to Xero…', 64, 570, 706, 24, 700, { align: 'CENTER' }),
  T('Importing customers, tax rates and your business details', 64, 614, 706, 15, 400, { align: 'CENTER', color: MUTED }),
  btnG('Continue', 64, 1060, 706, 56, { fill: CY, r: 12, go: 'prefill' }),
], { fill: '#FFFFFF', key: 'syncing' });

const prefill = F('iPad Pro 11" - 7', 0, 0, W, H, [
  statusBar(),
  stepHead(5, 'Check your business details', 'Pulled in from Xero — fix anything that looks off.'),
  F('Auto layout', 64, 220, 706, 600, [
    field('Legal name', 'Whitfield Print & Design Ltd', 0, 0, 706, { filled: true }),
    field('Company number', '10293847', 0, 74, 706, { filled: true }),
    field('VAT number', 'GB 319 4470 12', 0, 148, 706, { filled: true }),
    field('Registered address', 'Unit 4, Mill Lane Trading Estate, Leeds LS12 6AB', 0, 222, 706, { filled: true }),
    field('Accounts contact', 'accounts@whitfieldprint.co.uk', 0, 296, 706, { filled: true }),
    T('214 customers imported ✓', 0, 380, 706, 14, 600, { color: '#1F8A4C' }),
  ], { layout: 'VERTICAL', gap: 14 }),
  btnF('Looks good', 64, 1060, 706, 56, { fill: CY, r: 12, go: 'dash' }),
], { fill: '#FFFFFF', key: 'prefill' });

const importcsv = F('iPad Pro 11" - 8', 0, 0, W, H, [
  statusBar(),
  T('Import customers from a spreadsheet', 64, 80, 706, 26, 700),
  T('Export a customer list from whatever you use now (CSV or XLSX). We’ll match the columns for you.', 64, 130, 706, 15, 400, { color: MUTED }),
  F('Dropzone', 64, 210, 706, 260, [V('Vector 5', 333, 90, 40, 40, { fill: '#8391A7' }), T('Drop a file or tap to browse', 0, 150, 706, 15, 500, { align: 'CENTER' })], { stroke: '#B8C4D4', r: 16 }),
  btnF('Import', 64, 1060, 706, 56, { fill: CY, r: 12, go: 'dash' }),
], { fill: '#FFFFFF', key: 'importcsv' });

const dash = F('Quotes', 0, 0, W, H, [
  statusBar(),
  rail('Quotes'),
  F('Main', 120, 48, 690, 1120, [
    G('Group 2', 0, 0, 690, 40, [T('Quotes', 0, 0, 300, 26, 700), btnF('+ New quote', 530, 0, 160, 44, { fill: CY, r: 10, size: 14, go: 'quote' })]),
    F('Banner', 0, 70, 690, 110, [
      V('Vector', 20, 24, 40, 40, { fill: '#95BF47' }),
      T('Take web orders too? Connect Shopify and new orders turn into jobs on your board automatically.', 76, 20, 430, 14, 400),
      btnF('Connect Shopify', 520, 30, 150, 44, { fill: '#FFFFFF', color: CY, stroke: CY, r: 10, size: 13, go: 'connect' }),
    ], { fill: '#F1F8E9', r: 14 }),
    F('Auto layout', 0, 200, 690, 700, [
      ['Q-1042', 'Bakehouse Café', '500 A5 flyers, silk 350', '£142.00', 'Sent'],
      ['Q-1041', 'St Anne’s PTA', '200 raffle books', '£318.50', 'Won'],
      ['Q-1040', 'Harbour Dental', '1,000 business cards', '£96.00', 'Draft'],
      ['Q-1039', 'Leeds Runners', 'Roller banners x2', '£180.00', 'Sent'],
      ['Q-1038', 'Kettle & Co', 'Menus, 40 laminated', '£88.00', 'Lost'],
    ].map((r, i) => F('Frame ' + (500 + i), 0, i * 96, 690, 84, [
      T(r[0], 16, 14, 90, 13, 600, { color: MUTED }),
      T(r[1], 110, 12, 360, 15, 600),
      T(r[2], 110, 42, 360, 13, 400, { color: MUTED }),
      T(r[3], 480, 24, 100, 15, 600),
      I('Pill', 'pill', 590, 26, 84, 28, [T(r[4], 10, 6, 64, 12, 600)], { fill: r[4] === 'Won' ? '#E8F6EE' : '#EEF2F7', r: 14 }),
    ], { stroke: '#E1E8F0', r: 12 })), { layout: 'VERTICAL', gap: 12 }),
  ]),
], { fill: '#FFFFFF', key: 'dash' });

const quote = F('New quote', 0, 0, W, H, [
  statusBar(),
  rail('Quotes'),
  F('Main', 120, 48, 690, 1120, [
    T('New quote — 500 A5 flyers', 0, 0, 690, 24, 700),
    field('Customer', 'Bakehouse Café', 0, 50, 690, { filled: true }),
    field('Stock', 'Silk 350gsm SRA3', 0, 124, 690, { filled: true }),
    field('Quantity', '500', 0, 198, 690, { filled: true }),
    F('Totals', 0, 290, 690, 160, [T('Print  £98.00\nFinishing  £20.00\nVAT  £23.60', 20, 20, 400, 15, 400), T('£141.60', 500, 100, 170, 24, 700)], { fill: '#F6F8FB', r: 14 }),
    F('Inline prompt', 0, 470, 690, 90, [
      T('Connect Xero to send this quote as an invoice when the customer says yes.', 20, 20, 460, 14, 400),
      link('Connect Xero', 520, 32, 150, { go: 'connect' }),
    ], { stroke: '#B8DDF2', r: 14, fill: '#F2F9FD' }),
    btnF('Send quote', 0, 600, 690, 56, { fill: CY, r: 12, go: 'dash' }),
  ]),
], { fill: '#FFFFFF', key: 'quote' });

const connRow = (nm, ref, lines, y, o = {}) =>
  F('Frame ' + (700 + y), 0, y, 560, 150, [
    logo(ref, 20, 20, 48, { r: 10 }),
    T(nm, 84, 18, 300, 16, 700),
    I('Pill', 'pill', 420, 18, 120, 28, [T(o.badge || 'Connected', 10, 6, 100, 12, 600, { color: o.badge ? '#B7791F' : '#1F8A4C' })], { fill: o.badge ? '#FFF4DE' : '#E8F6EE', r: 14 }),
    T(lines, 84, 46, 440, 13, 400, { color: MUTED }),
    ...(o.badge ? [btnF('Finish authorising', 84, 100, 170, 36, { fill: CY, r: 8, size: 13, go: 'connect' })] : [
      btnF('Sync now', 84, 100, 110, 36, { fill: '#FFFFFF', color: CY, stroke: CY, r: 8, size: 13 }),
      btnF('Disconnect', 206, 100, 120, 36, { fill: '#FFFFFF', color: '#C53030', stroke: '#F2C4C4', r: 8, size: 13, go: 'disconnect', nav: 'OVERLAY' }),
    ]),
    ...(o.syncing ? [G('Group 77', 350, 106, 140, 24, [E('Ellipse 3', 0, 2, 18, 18, { stroke: CY, sw: 2 }), T('Syncing orders…', 26, 2, 120, 12, 500, { color: CY })])] : []),
  ], { stroke: '#E1E8F0', r: 14, layout: 'VERTICAL', gap: 8, px: 20, py: 18 });

const settings = F('Settings', 0, 0, W, H, [
  statusBar(),
  rail('Settings'),
  F('Sub nav', 96, 24, 160, H - 24, ['Profile', 'Team', 'Connections', 'Billing', 'Account'].map((t, i) =>
    T(t, 20, 40 + i * 44, 130, 15, t === 'Connections' ? 700 : 500, { color: t === 'Connections' ? CY : INK })), { fill: '#FBFCFD', stroke: '#E1E8F0' }),
  F('Main', 272, 48, 546, 1120, [
    T('Connections', 0, 0, 546, 24, 700),
    F('Auto layout', 0, 50, 560, 700, [
      connRow('Xero', 'x3e00001', 'Connected 12 Feb 2026 · Last synced 4 min ago\nSends invoices and payments → Xero · Reads customers ← Xero', 0),
      connRow('Shopify', 'sh000005', 'Connected 14 Feb 2026 · Last synced 09:40\nReads orders ← whitfieldprint.myshopify.com', 162, { syncing: true }),
      connRow('WooCommerce', 'wc000006', 'Started 9 Mar 2026 — not authorised yet', 324, { badge: 'Pending' }),
      F('Frame 760', 0, 486, 560, 60, [T('+ Add connection', 0, 18, 560, 15, 600, { color: CY, align: 'CENTER' })], { stroke: CY, r: 14, go: 'connect' }),
    ], { layout: 'VERTICAL', gap: 12 }),
    F('Account', 0, 820, 546, 120, [
      T('Account', 0, 0, 300, 16, 700),
      T('Delete account', 0, 40, 300, 14, 600, { color: '#C53030' }),
      T('Removes all quotes and customers. Can’t be undone.', 0, 66, 500, 12, 400, { color: MUTED }),
    ]),
  ], { layout: 'VERTICAL', gap: 24 }),
], { fill: '#FFFFFF', key: 'settings' });

const disconnect = F('Dialog', 0, 0, 560, 300, [
  T('Disconnect Xero?', 32, 32, 496, 22, 700),
  T('PressQuote will stop sending invoices to Xero and remove its access token. Invoices already sent stay in Xero.', 32, 72, 496, 14, 400, { color: MUTED }),
  btnF('Disconnect', 32, 210, 230, 52, { fill: '#C53030', r: 12, close: true }),
  btnF('Cancel', 298, 210, 230, 52, { fill: '#FFFFFF', color: INK, stroke: '#D5DDE7', r: 12, close: true }),
], { fill: '#FFFFFF', r: 20, key: 'disconnect' });

const cover = F('Cover', 0, 0, 1600, 1000, [
  T('PressQuote iPad — onboarding & connections', 100, 380, 1400, 60, 700, { color: '#FFFFFF' }),
  T('Status: in review · owner: product design', 100, 480, 1200, 26, 400, { color: '#CFE8F6' }),
], { fill: CY });

const archive = F('iPad Pro 11" - 5 (old)', 0, 0, W, H, [
  statusBar(),
  T('Connect Xero', 64, 120, 706, 28, 700),
  btnF('Authorise', 64, 1060, 706, 56, { fill: CY, r: 12 }),
  T('Secure, read-only. Disconnect at any time.', 64, 200, 706, 14, 400),
], { fill: '#FFFFFF' });

const place = (f, x, y) => ((f._r[0] = x), (f._r[1] = y), f);

const { file, id, count } = finish(NAME, [
  { name: 'Cover', prefix: 3, children: [cover] },
  { name: 'Flows', prefix: 77, children: [
    S('Onboarding', 0, 0, 4800, 2800, [
      place(signup, 100, 100), place(shop, 1000, 100), place(presses, 1900, 100), place(stock, 2800, 100), place(connect, 3700, 100),
      place(syncing, 100, 1450), place(prefill, 1000, 1450), place(importcsv, 1900, 1450), place(invite, 2800, 1450),
    ]),
    S('App', 0, 3000, 3800, 1500, [place(dash, 100, 100), place(quote, 1000, 100), place(settings, 1900, 100), place(disconnect, 2800, 100)]),
  ] },
  { name: 'Components', prefix: 90, children: components },
  { name: '🗄 Archive', prefix: 95, children: [archive] },
], { title: 'PressQuote – iPad' });

const t = truth(NAME, 'onboarding',
  'iPad portrait onboarding for a quoting app for print shops: sign-up, three set-up steps (shop, machines, paper), a screen to connect accounting and online-store software, syncing, prefilled business details, quotes list, quote editor and a Settings › Connections area.',
  {
    'funnel.greeting-email': [false, 'No email frame.'],
    'funnel.three-actions': [false, 'Sign up → shop → machines → paper → connect: four taps before the connect screen.'],
    'funnel.cta-visible': [true, 'Full-width "Connect accounting" button on the connect screen plus a connect banner on the quotes list.'],
    'funnel.social-proof': [true, 'Capterra rating and a print-shop owner quote on sign-up.'],
    'funnel.prefill': [true, 'Business details screen filled in from Xero (company number, VAT number, address).'],
    'value.three-part': [false, 'The connect screen states a benefit and has a main button but never says how the data will be used.'],
    'value.contextual-ctas': [true, 'Shopify banner on the quotes list and "Connect Xero" inside the quote editor.'],
    'value.faq-link': [false, 'No FAQ or learn-more link near the value message (only a help-centre connection guide in the help box).'],
    'privacy.data-scope': [true, 'Connections list states direction: sends invoices → Xero, reads customers/orders ← Xero/Shopify.'],
    'privacy.trust-language': [true, '"Connections are encrypted and we never share your data with anyone else."'],
    'privacy.consent-action': [false, 'No consent tick box before connecting.'],
    'privacy.disconnect-anytime': [false, 'No copy saying you can disconnect later (only in the archived screen).'],
    'privacy.connection-guide': [true, '"Help centre: connecting your accounting software" link.'],
    'privacy.statistics': [false, 'No figures about customers or encryption (the review count is a rating, not a trust figure).'],
    'privacy.support-contacts': [true, 'Phone, email and message form in the help box.'],
    'privacy.powered-by': [true, '"Integrations powered by" mark.'],
    'privacy.mutual-nda': [false, 'No NDA.'],
    'platform.explain-redirect': [false, 'Nothing says the user will sign in at the platform and come back.'],
    'platform.grouped-categories': [true, '"Accounting" and "Online store" headings over tiles.'],
    'platform.accurate-branding': [false, 'Bare "QuickBooks" and "Sage" tiles.'],
    'platform.search': [true, '"Find your software" search box above the tiles.'],
    'platform.alternatives': [true, '"Can’t see yours? Import customers from a spreadsheet".'],
    'platform.non-linear': [true, '"Skip for now" and "Invite your bookkeeper".'],
    'platform.multiple-connections': [true, 'Connected/Pending pills, "Finish authorising" and "+ Add connection".'],
    'connection.view-live': [true, 'Connections list with connected dates, last synced and linked store address.'],
    'connection.delete': [true, 'Disconnect buttons with a confirmation dialog.'],
    'connection.refresh': [true, '"Sync now" buttons.'],
    'connection.syncing-indicator': [true, '"Syncing orders…" spinner on Shopify and the "Connecting to Xero…" screen.'],
  }, null);
t.notes['value.progress-meter'] = 'Left out: a "Step n of 5" onboarding bar is shown, but it does not grow with connected sources.';
t.flow = { startFrameId: id('signup'), connectFrameId: id('connect'), stepsToConnect: 4, deadEnds: [] };
write(NAME, file, t);
console.log(NAME, count);

// h33-consultancy-invoicing-tablet: invoicing and cash forecasting for consultants, iPad landscape, UK copy.
// Older-style prototype: links use transitionNodeID; the page sets prototypeStartNodeID only.
import { createDoc, writeJson } from './lib.mjs';

const NAME = 'h33-consultancy-invoicing-tablet';
const D = createDoc({ name: 'Tallyhouse iPad — onboarding (Q3)', lastModified: '2026-07-21T11:05:31Z', version: '3622018877', thumb: '77c0e4d1-tallyhouse' });
const FONT = 'SF Pro Text';
const t = (c, o = {}) => D.text(c, { font: FONT, maxW: 620, ...o });
const NAVY = '#1D2B53';
const MUTED = '#667085';
const LINE = '#D0D5DD';
const MINT = '#12B76A';
const W = 1194;
const H = 834;

D.page(4);
const primary = D.component('Button / Primary', { x: 0, y: 0, w: 240, h: 48, fill: NAVY, radius: 10, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER' }, [t('Button', { color: '#FFFFFF', weight: 600, size: 16 })], 'Main action');
const chip = D.component('Source tile', { x: 300, y: 0, w: 220, h: 96, fill: '#FFFFFF', stroke: LINE, radius: 12 }, [D.rect('Logo', { x: 16, y: 16, w: 36, h: 36, fill: '#F2F4F7', radius: 8 }), t('Name', { x: 16, y: 62, weight: 600 })]);
const navRow = D.component('Nav / Row', { x: 600, y: 0, w: 200, h: 40, radius: 8 }, [t('Row', { x: 44, y: 10 })]);
const comps = D.canvas('Components', [primary, chip, navRow]);

D.page(7);
const btn = (label, to, o = {}) => D.instance(primary.id, o.name ?? 'Button / Primary', { x: o.x ?? 0, y: o.y ?? 0, w: o.w ?? 240, h: 48, fill: o.fill ?? NAVY, radius: 10, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER', to, actions: o.actions }, [t(label, { color: '#FFFFFF', weight: 600, size: 16 })]);
const outline = (label, to, o = {}) => D.frame('Frame 1012', { x: o.x ?? 0, y: o.y ?? 0, w: o.w ?? 200, h: 48, stroke: LINE, radius: 10, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER', to, actions: o.actions }, [t(label, { weight: 600, size: 16 })]);
const inp = (label, val, w = 480) => D.frame('Auto layout', { layout: 'VERTICAL', gap: 6, w }, [t(label, { size: 13, color: MUTED, weight: 500 }), D.frame('Frame 87', { w, h: 48, stroke: LINE, radius: 8, fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 14, padY: 14 }, [t(val, { color: val.startsWith('e.g.') ? '#98A2B3' : NAVY })])]);
const tile = (nm, img, to) => D.instance(chip.id, nm, { w: 180, h: 96, fill: '#FFFFFF', stroke: LINE, radius: 12, layout: 'VERTICAL', pad: 16, gap: 10, to }, [D.rect('Rectangle 14', { w: 36, h: 36, img, radius: 8 }), t(nm, { weight: 600 })]);
const side = (active, links = {}) => D.frame('Sidebar', { x: 0, y: 0, w: 220, h: H, fill: NAVY, layout: 'VERTICAL', padX: 12, padY: 24, gap: 6 }, [
  t('tallyhouse', { size: 20, weight: 700, color: '#FFFFFF' }),
  D.rect('Rectangle 2', { w: 196, h: 20 }),
  ...['Cash forecast', 'Invoices', 'Clients', 'Connections', 'Settings'].map((n) => D.instance(navRow.id, n === active ? 'Nav / Row' : 'Frame 22', { w: 196, h: 40, radius: 8, fill: n === active ? '#2E3F70' : undefined, layout: 'HORIZONTAL', pad: 10, gap: 10, alignItems: 'CENTER', to: links[n] }, [D.vector('Vector', { w: 18, h: 18, stroke: '#C7D0E8' }), t(n, { color: n === active ? '#FFFFFF' : '#C7D0E8' })])),
]);

const carousel = D.frame('Intro carousel', { key: 'carousel', x: -1300, y: 0, w: W, h: H, fill: '#EEF2FF' }, [
  t('Skip', { x: 1110, y: 32, color: NAVY, weight: 600, to: 'signup' }),
  D.rect('Rectangle 80', { x: 120, y: 140, w: 460, h: 520, img: '9e8d7c6b5a49382716059e8d7c6b5a4938271605', radius: 24 }),
  t('Invoice in pounds, euros or dollars — and see exactly when the money lands.', { x: 660, y: 300, size: 28, weight: 700, w: 440 }),
  btn('Next', 'signup', { x: 660, y: 480 }),
]);

const signup = D.frame('Sign up', { key: 'signup', x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  D.frame('Auto layout', { x: 357, y: 110, layout: 'VERTICAL', gap: 18, w: 480 }, [
    t('Start your 30-day trial', { size: 28, weight: 700 }),
    t('For independent consultants and small practices.', { color: MUTED, size: 16 }),
    D.frame('Frame 30', { w: 480, h: 48, stroke: LINE, radius: 10, layout: 'HORIZONTAL', pad: 14, gap: 10, justify: 'CENTER', alignItems: 'CENTER' }, [D.rect('Rectangle 31', { w: 20, h: 20, img: '0d0e0f101112131415161718191a1b1c1d1e1f20' }), t('Sign up with LinkedIn', { weight: 600 })]),
    t('or', { color: MUTED, align: 'CENTER', w: 480 }),
    inp('Work email', 'e.g. priya@ramanadvisory.co.uk'),
    inp('Password', '•••••••••••'),
    btn('Continue', 'verify', { w: 480 }),
    D.frame('Frame 32', { layout: 'HORIZONTAL', gap: 4 }, [t('By continuing you accept our', { size: 13, color: MUTED }), t('Terms of Service', { size: 13, color: NAVY, deco: 'UNDERLINE', to: 'terms' })]),
  ]),
]);

const terms = D.frame('Terms', { key: 'terms', x: 0, y: 1000, w: W, h: H, fill: '#FFFFFF' }, [
  t('Terms of Service', { x: 160, y: 80, size: 28, weight: 700 }),
  t('Last updated 1 June 2026', { x: 160, y: 124, color: MUTED, size: 13 }),
  t('1  Who we are\nTallyhouse Ltd, registered in England and Wales (no. 11840273).\n2  Your subscription\nPlans renew monthly until you cancel.\n3  Acceptable use\nYou must not use the service to issue fraudulent invoices.\n4  Liability\nOur liability is limited to the fees paid in the previous 12 months.', { x: 160, y: 170, size: 15, w: 860, color: '#344054' }),
]);

const verify = D.frame('Verify email', { key: 'verify', x: 1300, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  D.frame('Auto layout', { x: 357, y: 200, layout: 'VERTICAL', gap: 18, w: 480, alignItems: 'CENTER' }, [
    D.vector('Vector', { w: 56, h: 44, stroke: NAVY }),
    t('Check your inbox', { size: 28, weight: 700 }),
    t('We’ve sent a six-digit code to priya@ramanadvisory.co.uk', { color: MUTED, w: 420, align: 'CENTER' }),
    D.frame('Code', { layout: 'HORIZONTAL', gap: 10 }, [1, 2, 3, 4, 5, 6].map((i) => D.rect(`Rectangle ${40 + i}`, { w: 52, h: 60, stroke: LINE, radius: 8 }))),
    btn('Verify', 'practice', { w: 360 }),
  ]),
]);

const practice = D.frame('Your practice', { key: 'practice', x: 2600, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  t('Step 1 of 3', { x: 357, y: 80, size: 13, color: MUTED, weight: 600 }),
  D.frame('Auto layout', { x: 357, y: 110, layout: 'VERTICAL', gap: 16, w: 480 }, [
    t('Tell us about your practice', { size: 28, weight: 700 }),
    inp('Trading name', 'Raman Advisory Ltd'),
    inp('What do you mostly bill for?', 'Day-rate consulting'),
    inp('Team size', 'Just me'),
    btn('Continue', 'vat', { w: 480 }),
  ]),
]);

const vat = D.frame('VAT & currency', { key: 'vat', x: 3900, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  t('Step 2 of 3', { x: 357, y: 80, size: 13, color: MUTED, weight: 600 }),
  D.frame('Auto layout', { x: 357, y: 110, layout: 'VERTICAL', gap: 16, w: 480 }, [
    t('VAT and currency', { size: 28, weight: 700 }),
    t('Are you VAT-registered?', { weight: 600 }),
    D.frame('Frame 51', { layout: 'HORIZONTAL', gap: 10 }, ['Yes — standard rate', 'Flat Rate Scheme', 'Not registered'].map((c, i) => D.frame('Chip', { padX: 14, padY: 10, radius: 20, stroke: i === 0 ? NAVY : LINE, layout: 'HORIZONTAL' }, [t(c, { size: 14 })]))),
    inp('Home currency', 'GBP — Pound sterling'),
    btn('Continue', 'hub', { w: 480 }),
  ]),
]);

const hub = D.frame('Authorise sources', { key: 'hub', x: 5200, y: 0, w: W, h: 1200, fill: '#FFFFFF' }, [
  D.frame('Top', { x: 0, y: 0, w: W, h: 64, stroke: '#EAECF0', layout: 'HORIZONTAL', padX: 40, padY: 20, gap: 610 }, [t('Step 3 of 3', { size: 13, color: MUTED, weight: 600 }), t('Save and continue later  ·  Send this step to my accountant', { size: 14, color: NAVY, weight: 600 })]),
  D.frame('Left col', { x: 40, y: 96, w: 660, layout: 'VERTICAL', gap: 16 }, [
    t('See your cash position 13 weeks out', { size: 26, weight: 700, w: 660 }),
    t('Connect your accounting software and payment processor and Tallyhouse builds a rolling forecast of when invoices will actually be paid — no spreadsheets.', { size: 16, color: MUTED, w: 660 }),
    t('We read unpaid invoices, bills and bank balances from your ledger, and payouts and fees from your payment processor. Paid invoices are marked back in your ledger; nothing else is changed.', { size: 14, w: 660 }),
    D.frame('Frame 300', { layout: 'HORIZONTAL', gap: 16, alignItems: 'CENTER' }, [btn('Connect accounting', 'xero', { w: 240 }), t('Want to know more? Read our FAQs', { color: NAVY, deco: 'UNDERLINE', size: 14, actions: [{ type: 'URL', url: 'https://tallyhouse.co.uk/faq/connections' }] })]),
    D.frame('Meter', { layout: 'VERTICAL', gap: 6, w: 660 }, [t('0 of 3 sources connected', { size: 12, color: MUTED, weight: 600 }), D.rect('Rectangle 301', { w: 660, h: 6, fill: '#EAECF0', radius: 3 })]),
    D.frame('Search', { w: 660, h: 44, stroke: LINE, radius: 10, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 10, alignItems: 'CENTER' }, [D.vector('Vector', { w: 16, h: 16, stroke: MUTED }), t('Find your software', { color: '#98A2B3' })]),
    t('Accounting', { size: 18, weight: 600 }),
    D.frame('Frame 310', { layout: 'HORIZONTAL', gap: 12 }, [tile('Xero', 'a1a2a3a4a5a6a7a8a9b0b1b2b3b4b5b6b7b8b9c0', 'xero'), tile('QuickBooks', 'b1b2b3b4b5b6b7b8b9c0c1c2c3c4c5c6c7c8c9d0', 'xero'), tile('Sage', 'c1c2c3c4c5c6c7c8c9d0d1d2d3d4d5d6d7d8d9e0', 'xero')]),
    D.frame('Frame 311', { layout: 'HORIZONTAL', gap: 12 }, [tile('FreeAgent', 'd1d2d3d4d5d6d7d8d9e0e1e2e3e4e5e6e7e8e9f0', 'xero')]),
    t('Payment processors', { size: 18, weight: 600 }),
    D.frame('Frame 312', { layout: 'HORIZONTAL', gap: 12 }, [tile('Stripe', 'e1e2e3e4e5e6e7e8e9f0f1f2f3f4f5f6f7f8f9a0', 'xero'), tile('GoCardless', 'f1f2f3f4f5f6f7f8f9a0a1a2a3a4a5a6a7a8a9b0', 'xero'), tile('PayPal', '0102030405060708090a0b0c0d0e0f1011121314', 'xero')]),
    t('By continuing you agree to our Privacy Policy.', { size: 12, color: MUTED }),
  ]),
  D.frame('Right col', { x: 760, y: 96, w: 394, layout: 'VERTICAL', gap: 18 }, [
    D.frame('Card', { w: 394, layout: 'VERTICAL', gap: 10, pad: 20, fill: '#F9FAFB', radius: 14 }, [
      t('Your data, your call', { weight: 600, size: 16 }),
      t('Everything is encrypted end to end. We’ll never pass your figures to a third party without asking you first, and you can withdraw consent whenever you like — revoke access any time from Settings.', { size: 13, color: '#344054', w: 354 }),
      t('Trusted by 12,000+ UK consultancies · bank-grade 256-bit encryption', { size: 12, weight: 600, color: NAVY, w: 354 }),
      t('Step-by-step guide: connecting Xero to Tallyhouse →', { size: 13, color: NAVY, deco: 'UNDERLINE', w: 354 }),
      t('Need an MNDA in place first? Request a mutual NDA', { size: 13, color: NAVY, w: 354 }),
    ]),
    D.frame('Quote', { w: 394, layout: 'VERTICAL', gap: 10, pad: 20, stroke: '#EAECF0', radius: 14 }, [
      t('“I finally know which month is going to be tight before it arrives. Connecting Xero took two minutes.”', { size: 14, w: 354 }),
      D.frame('Frame 340', { layout: 'HORIZONTAL', gap: 10, alignItems: 'CENTER' }, [D.rect('Rectangle 341', { w: 36, h: 36, img: '1112131415161718191a1b1c1d1e1f2021222324', radius: 18 }), t('Priya Raman · Director, Raman Advisory', { size: 12, color: MUTED })]),
    ]),
    D.frame('Help', { w: 394, layout: 'VERTICAL', gap: 6, pad: 20, fill: '#F9FAFB', radius: 14 }, [t('Stuck? We’re here 8am–6pm, Mon–Fri', { weight: 600, size: 14 }), t('☎ 020 7946 0321\n✉ support@tallyhouse.co.uk\nRaise a ticket', { size: 13, color: '#344054' })]),
    D.group('Group 7', [t('Powered by', { x: 0, y: 1000, size: 11, color: MUTED }), D.vector('Vector', { x: 64, y: 998, w: 16, h: 16, fill: NAVY }), t('Bridgepoint Open Data', { x: 84, y: 1000, size: 11, weight: 600, color: NAVY })]),
  ]),
]);

const xero = D.frame('Xero authorise (external)', { key: 'xero', x: 6500, y: 0, w: W, h: H, fill: '#F4F6F8' }, [
  D.frame('Browser', { x: 0, y: 0, w: W, h: 40, fill: '#E4E7EC', layout: 'HORIZONTAL', padX: 16, padY: 11 }, [t('login.xero.com', { size: 13, color: MUTED })]),
  D.frame('Card', { x: 397, y: 160, w: 400, layout: 'VERTICAL', gap: 16, pad: 28, fill: '#FFFFFF', radius: 8 }, [
    D.ellipse('Ellipse 1', { w: 48, h: 48, fill: '#13B5EA' }),
    t('Tallyhouse would like to access Raman Advisory Ltd', { size: 18, weight: 600, w: 344 }),
    t('• View your invoices and bills\n• View your bank balances\n• Update invoice payment status', { size: 14, color: MUTED }),
    D.frame('Frame 40', { w: 344, h: 44, fill: '#13B5EA', radius: 4, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER', to: 'connected' }, [t('Allow access', { color: '#FFFFFF', weight: 600 })]),
    t('Cancel', { align: 'CENTER', w: 344, color: '#13B5EA' }),
  ]),
]);

const connected = D.frame('Sources connected', { key: 'connected', x: 7800, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  t('Nice — your books are in', { x: 257, y: 90, size: 28, weight: 700 }),
  D.frame('Meter', { x: 257, y: 140, layout: 'VERTICAL', gap: 6, w: 680 }, [t('1 of 3 sources connected', { size: 12, color: MUTED, weight: 600 }), D.frame('Frame 401', { w: 680, h: 6, fill: '#EAECF0', radius: 3 }, [D.rect('Rectangle 402', { x: 0, y: 0, w: 227, h: 6, fill: MINT, radius: 3 })])]),
  D.frame('Auto layout', { x: 257, y: 190, layout: 'VERTICAL', gap: 12 }, [
    D.frame('Row', { w: 680, h: 68, stroke: LINE, radius: 12, layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 14, alignItems: 'CENTER' }, [D.rect('Rectangle 14', { w: 36, h: 36, img: 'a1a2a3a4a5a6a7a8a9b0b1b2b3b4b5b6b7b8b9c0', radius: 8 }), t('Xero — Raman Advisory Ltd', { weight: 600, w: 420 }), t('Connected ✓', { size: 13, weight: 600, color: MINT })]),
    D.frame('Row', { w: 680, h: 68, stroke: '#FEC84B', radius: 12, layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 14, alignItems: 'CENTER' }, [D.rect('Rectangle 14', { w: 36, h: 36, img: 'e1e2e3e4e5e6e7e8e9f0f1f2f3f4f5f6f7f8f9a0', radius: 8 }), t('Stripe', { weight: 600, w: 420 }), t('Awaiting authorisation', { size: 13, weight: 600, color: '#B54708' })]),
    D.frame('Row', { w: 680, h: 56, stroke: LINE, radius: 12, layout: 'HORIZONTAL', padX: 16, padY: 16, gap: 8, to: 'hub' }, [t('+ Add another source', { weight: 600, color: NAVY })]),
  ]),
  btn('Go to my forecast', 'forecast', { x: 257, y: 480 }),
]);

const forecast = D.frame('Cash forecast', { key: 'forecast', x: 0, y: 2000, w: W, h: H, fill: '#FFFFFF' }, [
  side('Cash forecast', { Invoices: 'invoices', Connections: 'settings' }),
  t('Cash forecast', { x: 252, y: 32, size: 26, weight: 700 }),
  D.frame('Chart', { x: 252, y: 90, w: 900, h: 380, stroke: '#EAECF0', radius: 14 }, [
    t('Next 13 weeks', { x: 20, y: 16, weight: 600 }),
    D.vector('Line', { x: 20, y: 80, w: 860, h: 220, stroke: NAVY }),
    D.frame('Empty', { x: 500, y: 250, w: 380, layout: 'VERTICAL', gap: 8, pad: 16, fill: '#F9FAFB', radius: 10 }, [t('Card payouts are missing', { weight: 600, size: 14 }), t('Connect Stripe to include card payouts in this forecast.', { size: 13, color: MUTED, w: 340 }), t('Connect Stripe', { size: 14, weight: 600, color: NAVY, deco: 'UNDERLINE', to: 'hub' })]),
  ]),
  D.frame('Auto layout', { x: 252, y: 500, layout: 'HORIZONTAL', gap: 16 }, [['Expected in', '£38,420'], ['Going out', '£21,180'], ['Lowest point', '£4,960 · wk 7']].map(([a, b]) => D.frame('Frame 510', { w: 289, layout: 'VERTICAL', gap: 6, pad: 18, stroke: '#EAECF0', radius: 12 }, [t(a, { size: 12, color: MUTED }), t(b, { size: 22, weight: 700 })]))),
]);

const invoices = D.frame('Invoices', { key: 'invoices', x: 1300, y: 2000, w: W, h: H, fill: '#FFFFFF' }, [
  side('Invoices', { 'Cash forecast': 'forecast', Connections: 'settings' }),
  D.frame('Banner', { x: 252, y: 24, w: 900, layout: 'HORIZONTAL', gap: 12, padX: 16, padY: 12, fill: '#EEF2FF', radius: 10 }, [t('You’re on the trial. Pro is £24/month — cancel anytime.', { size: 13, color: NAVY }), t('Upgrade', { size: 13, weight: 600, color: NAVY, deco: 'UNDERLINE' })]),
  t('Invoices', { x: 252, y: 90, size: 26, weight: 700 }),
  btn('New invoice', null, { x: 912, y: 84, name: 'cta/primary' }),
  D.frame('Table', { x: 252, y: 150, w: 900, layout: 'VERTICAL', gap: 0, stroke: '#EAECF0', radius: 12 }, ['INV-0142 · Halden & Co · £6,000 · Due 30 Jul', 'INV-0141 · Norcross Health · £3,250 · Overdue 4 days', 'INV-0140 · Pike Street Labs · £1,800 · Paid'].map((r) => D.frame('Row', { w: 900, h: 52, layout: 'HORIZONTAL', padX: 16, padY: 16 }, [t(r, { size: 14 })]))),
]);

const settings = D.frame('Settings – Connections', { key: 'settings', x: 2600, y: 2000, w: W, h: H, fill: '#FFFFFF' }, [
  side('Connections', { 'Cash forecast': 'forecast', Invoices: 'invoices' }),
  t('Connections', { x: 252, y: 32, size: 26, weight: 700 }),
  D.frame('Auto layout', { x: 252, y: 90, layout: 'VERTICAL', gap: 12 }, [
    D.frame('Row', { w: 900, h: 88, stroke: '#EAECF0', radius: 12, layout: 'HORIZONTAL', padX: 18, padY: 18, gap: 16, alignItems: 'CENTER' }, [
      D.rect('Rectangle 14', { w: 40, h: 40, img: 'a1a2a3a4a5a6a7a8a9b0b1b2b3b4b5b6b7b8b9c0', radius: 8 }),
      D.frame('Frame 601', { layout: 'VERTICAL', gap: 4, w: 520 }, [t('Xero · Raman Advisory Ltd (GBP)', { weight: 600 }), t('First synced 4 Feb 2026 · Last synced today 08:12', { size: 12, color: MUTED })]),
      outline('Refresh now', null, { w: 140 }),
      t('Revoke access', { size: 14, weight: 600, color: '#D92D20', to: 'revoke' }),
    ]),
    D.frame('Syncing', { visible: false, layout: 'HORIZONTAL', gap: 8 }, [D.ellipse('Spinner', { w: 16, h: 16, stroke: NAVY }), t('Syncing…', { size: 12, color: MUTED })]),
    D.frame('Row', { w: 900, h: 88, stroke: '#EAECF0', radius: 12, layout: 'HORIZONTAL', padX: 18, padY: 18, gap: 16, alignItems: 'CENTER' }, [
      D.rect('Rectangle 14', { w: 40, h: 40, img: 'e1e2e3e4e5e6e7e8e9f0f1f2f3f4f5f6f7f8f9a0', radius: 8 }),
      D.frame('Frame 602', { layout: 'VERTICAL', gap: 4, w: 520 }, [t('Stripe · acct_1Nx…4Qe', { weight: 600 }), t('First synced 6 Feb 2026 · Last synced yesterday 23:40', { size: 12, color: MUTED })]),
      outline('Refresh now', null, { w: 140 }),
      t('Revoke access', { size: 14, weight: 600, color: '#D92D20', to: 'revoke' }),
    ]),
  ]),
  t('+ Connect another source', { x: 252, y: 310, weight: 600, color: NAVY, to: 'hub' }),
]);

const revoke = D.frame('Revoke dialog', { key: 'revoke', x: 3900, y: 2000, w: W, h: H, fill: '#344054' }, [
  D.frame('Dialog', { x: 347, y: 260, w: 500, layout: 'VERTICAL', gap: 14, pad: 28, fill: '#FFFFFF', radius: 14 }, [
    t('Revoke Tallyhouse’s access to Xero?', { size: 20, weight: 700 }),
    t('Your forecast will stop updating and we’ll delete the copied ledger data within 14 days.', { size: 14, color: MUTED, w: 444 }),
    D.frame('Frame 701', { layout: 'HORIZONTAL', gap: 12 }, [outline('Keep connected', null, { w: 180, actions: [{ type: 'CLOSE' }] }), btn('Revoke', 'settings', { w: 160, fill: '#D92D20' })]),
  ]),
]);

const email = D.frame('Email — welcome', { x: 5200, y: 2000, w: 600, h: 900, fill: '#F2F4F7' }, [
  D.frame('Body', { x: 30, y: 30, w: 540, layout: 'VERTICAL', gap: 16, pad: 32, fill: '#FFFFFF', radius: 6 }, [
    t('tallyhouse', { size: 20, weight: 700 }),
    t('Welcome, Priya', { size: 24, weight: 700 }),
    t('Your 30-day trial has started. Everything you need is waiting for you in the app.', { size: 15, color: MUTED, w: 476 }),
    D.frame('Frame 801', { w: 200, h: 44, fill: NAVY, radius: 8, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER', actions: [{ type: 'URL', url: 'https://app.tallyhouse.co.uk' }] }, [t('Open Tallyhouse', { color: '#FFFFFF', weight: 600 })]),
    t('Tallyhouse Ltd · 14 Clerkenwell Close, London EC1R 0AA', { size: 11, color: '#98A2B3' }),
  ]),
]);

const flowPage = D.canvas('iPad flow', [carousel, signup, terms, verify, practice, vat, hub, xero, connected, forecast, invoices, settings, revoke, email], { protoStart: 'signup' });
D.page(1);
const cover = D.canvas('Cover', [D.frame('Cover', { x: 0, y: 0, w: 1920, h: 1080, fill: NAVY }, [t('Tallyhouse for iPad', { x: 140, y: 420, size: 80, weight: 700, color: '#FFFFFF', maxW: 1200 }), t('Onboarding · Q3 · in review', { x: 140, y: 540, size: 28, color: '#C7D0E8', maxW: 1200 })])]);
D.page(9);
const archive = D.canvas('Archive', [D.frame('Connect v0 (portrait)', { x: 0, y: 0, w: 834, h: 1194, fill: '#FFFFFF' }, [t('Sync your books', { x: 60, y: 100, size: 28, weight: 700 }), t('Xero · QuickBooks · Sage', { x: 60, y: 150, color: MUTED })])]);

writeJson(new URL(`../${NAME}.json`, import.meta.url), D.build([cover, flowPage, comps, archive], { legacy: true }));

writeJson(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'held-out writer J (from the checklist facts and the REST format only; repository not read)',
  description: 'Tallyhouse, invoicing and 13-week cash forecasting for UK consultants; iPad landscape 1194x834, UK spelling. Sign-up, email verification, practice details, VAT and currency, then a source hub for accounting and payment processors, a Xero consent mock, connected state, forecast, invoices, Connections settings and a revoke dialog. Links use the older transitionNodeID; the page sets prototypeStartNodeID. Terms is a dead end.',
  present: [
    'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.grouped-categories', 'platform.search', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill',
    'privacy.consent-action',
    'platform.explain-redirect', 'platform.accurate-branding', 'platform.alternatives',
    'connection.syncing-indicator',
  ],
  notes: {
    'funnel.greeting-email': 'The welcome email has a single "Open Tallyhouse" button, no connect CTA or numbered steps.',
    'funnel.three-actions': 'Sign up -> Verify -> Your practice -> VAT -> Authorise sources: four steps.',
    'funnel.cta-visible': 'Dedicated onboarding hub with a primary button, and "Connections" is a permanent sidebar entry.',
    'funnel.social-proof': 'Quote from a named director of a consultancy on the hub.',
    'value.three-part': '13-week cash view (value), reads invoices/bills/balances and processor payouts (use), "Connect accounting" button (next).',
    'value.contextual-ctas': 'Forecast chart empty state: "Connect Stripe to include card payouts".',
    'value.faq-link': '"Want to know more? Read our FAQs" beside the main button.',
    'value.progress-meter': '"0 of 3 sources connected" bar, filled to 1 of 3 after Xero.',
    'privacy.data-scope': 'Names ledger data and processor payouts, and what is written back.',
    'privacy.trust-language': 'Encrypted end to end; never passed to third parties without asking; withdraw consent whenever you like.',
    'privacy.consent-action': 'Only a passive "By continuing you agree to our Privacy Policy" line; no checkbox or explicit consent step.',
    'privacy.disconnect-anytime': '"revoke access any time from Settings".',
    'privacy.connection-guide': '"Step-by-step guide: connecting Xero to Tallyhouse".',
    'privacy.statistics': '"Trusted by 12,000+ UK consultancies · bank-grade 256-bit encryption".',
    'privacy.support-contacts': 'Phone, email and ticket form on the hub.',
    'privacy.powered-by': '"Powered by" with a provider mark.',
    'privacy.mutual-nda': '"Request a mutual NDA".',
    'platform.explain-redirect': 'Nothing tells the user they will sign in at the provider and come back; the Xero page simply appears.',
    'platform.grouped-categories': '"Accounting" and "Payment processors" headings.',
    'platform.accurate-branding': 'Bare, ambiguous names "QuickBooks" and "Sage".',
    'platform.search': '"Find your software" search field with magnifier.',
    'platform.alternatives': 'No route for unsupported software (no upload or manual option).',
    'platform.non-linear': '"Save and continue later · Send this step to my accountant".',
    'platform.multiple-connections': 'Connected ✓, "Awaiting authorisation" and "+ Add another source".',
    'connection.view-live': 'Connections settings: platform, organisation, currency, first and last sync times.',
    'connection.delete': '"Revoke access" per row with a confirmation dialog.',
    'connection.refresh': '"Refresh now" per row.',
    'connection.syncing-indicator': 'The only "Syncing…" spinner is a hidden layer.',
  },
  flow: { startFrameId: signup.id, connectFrameId: hub.id, stepsToConnect: 4, deadEnds: [terms.id] },
});
console.log('wrote', NAME);

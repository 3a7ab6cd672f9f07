// h136: invoicing for event caterers, iPad portrait (834x1194), UK English.
import { Doc, writeTruth } from './lib.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'h136-event-caterer-invoicing-tablet.json');
const d = new Doc('h136', {
  title: 'Platter — iPad onboarding (v3)',
  lastModified: '2026-03-11T16:42:09Z',
  version: '4822917733',
  font: 'DM Sans',
});
const W = 834;
const H = 1194;
const INK = '#1d1a16';
const MUTED = '#6d655c';
const PLUM = '#5b2a6e';
const OLIVE = '#4f6b2f';

// ---------- cover ----------
d.page('Cover');
d.cur.children.push(
  d.F('Thumbnail', 0, 0, 1920, 960, { fill: '#f3ebe1' }, [
    d.T('Platter', 120, 260, 800, 120, { size: 96, weight: 700, color: PLUM }),
    d.T('iPad onboarding · v3 · linking books & card takings', 120, 400, 1200, 60, { size: 36, color: INK }),
    d.T('Status: ready for dev review ✅', 120, 500, 700, 40, { size: 24, color: OLIVE }),
  ]),
);

// ---------- components ----------
d.page('🧩 Components');
const btnDefault = d.C('btnDefault', 'Property 1=Default', 20, 20, 240, 56, { fill: PLUM, radius: 12 }, [
  d.T('Label', 20, 16, 200, 24, { size: 17, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
const btnHover = d.C('btnHover', 'Property 1=Hover', 20, 96, 240, 56, { fill: '#47205a', radius: 12 }, [
  d.T('Label', 20, 16, 200, 24, { size: 17, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
d.cur.children.push(
  d.CS('Comp / Action / Large', 0, 0, 280, 172, [btnDefault, btnHover]),
  d.C('cta', 'cta/primary', 320, 20, 320, 60, { fill: OLIVE, radius: 30 }, [
    d.T('Label', 24, 18, 272, 24, { size: 18, weight: 700, color: '#ffffff', align: 'CENTER' }),
  ]),
  d.C('tab', 'tab item', 680, 20, 120, 64, {}, [
    d.V(null, 48, 8, 24, 24, { fill: MUTED }),
    d.T('Tab', 0, 38, 120, 18, { size: 12, color: MUTED, align: 'CENTER' }),
  ]),
  d.C('field', 'Input/Default', 20, 220, 360, 72, {}, [
    d.T('Label', 0, 0, 360, 20, { size: 13, weight: 600, color: MUTED }),
    d.R(null, 0, 26, 360, 46, { fill: '#ffffff', stroke: '#d9d0c5', radius: 10 }),
  ]),
);

// ---------- flow page ----------
const flow = d.page('iPad — Onboarding v3');
const statusBar = (x = 0) =>
  d.F('Status bar', x, 0, W, 24, {}, [
    d.T('9:41', 24, 4, 60, 16, { size: 12, weight: 600 }),
    d.T('Tue 10 Mar', 84, 4, 100, 16, { size: 12 }),
    d.V('Battery', W - 54, 6, 30, 12, { fill: INK }),
  ]);
const field = (label, value, x, y, w = 560) =>
  d.I('field', 'Input/Default', x, y, w, 72, {}, [
    d.T(label, 0, 0, w, 20, { size: 13, weight: 600, color: MUTED }),
    d.R(null, 0, 26, w, 46, { fill: '#ffffff', stroke: '#d9d0c5', radius: 10 }),
    d.T(value, 14, 38, w - 28, 22, { size: 16, color: value.startsWith('e.g.') ? '#a89f94' : INK }),
  ]);
const supportLine = (y) =>
  d.T('Need a hand? Ring us on 0161 496 0732 · hello@platter.co.uk · Chat with us (Mon–Sat, 8–8)', 64, y, 706, 20, {
    size: 13,
    color: MUTED,
    align: 'CENTER',
  });
const logoTile = (name, ref, x, y, w = 330) =>
  d.F(null, x, y, w, 76, { fill: '#ffffff', stroke: '#e4dcd2', radius: 14, layout: 'HORIZONTAL', gap: 14, padX: 16, padY: 14 }, [
    d.R(null, 16, 14, 48, 48, { radius: 10, fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }] }),
    d.T(name, 78, 26, w - 120, 24, { size: 16, weight: 600 }),
    d.V('chevron', w - 34, 30, 10, 16, { fill: MUTED }),
  ]);

// Sections
const secA = d.S('01 Sign-up', 0, 0, 4 * (W + 100) + 100, H + 200, []);
const secB = d.S('02 Linking', 0, H + 500, 3500, H + 200, []);
flow.children.push(secA, secB);

// welcome (marketing)
const skip = d.T('Skip', W - 100, 48, 60, 24, { size: 16, weight: 600, color: PLUM, align: 'RIGHT' });
const getStarted = d.I('btnDefault', 'Btn', 137, 1010, 560, 60, {}, [
  d.T('Get started', 20, 18, 520, 24, { size: 18, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
const welcome = d.screen('welcome', 'Welcome / carousel 2', 100, 100, W, H, { fill: '#f3ebe1' }, [
  statusBar(),
  skip,
  d.R(null, 117, 160, 600, 520, { radius: 24, fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: '9f1c2a7be0' }] }),
  d.T('From canapés to invoices in one place', 117, 720, 600, 80, { size: 28, weight: 700, align: 'CENTER' }),
  d.T('Quote, invoice and chase deposits for every wedding, launch and wake you cater.', 137, 810, 560, 60, { size: 17, color: MUTED, align: 'CENTER' }),
  d.G(null, [d.E(null, 389, 900, 10, 10, { fill: MUTED }), d.E(null, 407, 900, 10, 10, { fill: PLUM }), d.E(null, 425, 900, 10, 10, { fill: MUTED })]),
  getStarted,
]);
secA.children.push(welcome);

// sign up
const createBtn = d.I('btnDefault', 'Property 1=Default', 137, 700, 560, 60, {}, [
  d.T('Create account', 20, 18, 520, 24, { size: 18, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
const pricingLink = d.T('See pricing', 137, 790, 200, 22, { size: 15, color: PLUM, deco: 'UNDERLINE' });
const signup = d.screen('signup', 'Sign up', 100 + W + 100, 100, W, H, {}, [
  statusBar(),
  d.V('Platter mark', 137, 96, 44, 44, { fill: PLUM }),
  d.AL('VERTICAL', 137, 180, 560, 480, { gap: 20 }, [
    d.T('Create your Platter account', 0, 0, 560, 40, { size: 28, weight: 700 }),
    d.T('Free for your first 10 invoices. No card needed.', 0, 52, 560, 24, { size: 16, color: MUTED }),
    d.AL('VERTICAL', 0, 100, 560, 380, { gap: 16 }, [
      field('Your name', 'e.g. Priya Nair', 0, 0),
      field('Work email', 'e.g. priya@saffronandsage.co.uk', 0, 92),
      field('Password', '••••••••••', 0, 184),
      d.T('8+ characters, with a number', 0, 268, 560, 18, { size: 12, color: MUTED }),
    ]),
  ]),
  createBtn,
  pricingLink,
  d.T('Already with us? Log in', 457, 790, 240, 22, { size: 15, color: PLUM, align: 'RIGHT' }),
]);
secA.children.push(signup);

// pricing (dead end: only a close control)
const closeX = d.V('close', W - 64, 44, 24, 24, { fill: INK });
d.act(closeX, { type: 'BACK' });
const plan = (nm, price, x, feats) =>
  d.F(null, x, 0, 250, 420, { fill: '#ffffff', stroke: '#e4dcd2', radius: 16, layout: 'VERTICAL', gap: 12, padX: 20, padY: 24 }, [
    d.T(nm, 20, 24, 210, 26, { size: 20, weight: 700 }),
    d.T(price, 20, 60, 210, 40, { size: 30, weight: 700, color: PLUM }),
    d.T(feats, 20, 116, 210, 200, { size: 14, color: MUTED }),
  ]);
const pricing = d.screen('pricing', 'Pricing', 100 + 2 * (W + 100), 100, W, H, { fill: '#fbf8f4' }, [
  statusBar(),
  closeX,
  d.T('Simple pricing for busy kitchens', 57, 120, 720, 40, { size: 28, weight: 700, align: 'CENTER' }),
  d.AL('HORIZONTAL', 32, 220, 770, 420, { gap: 10 }, [
    plan('Starter', '£0', 0, '10 invoices a month\nQuotes & deposits\nEmail support'),
    plan('Pro', '£24/mo', 260, 'Unlimited invoices\nDeposit reminders\nMenus & price lists'),
    plan('Kitchen+', '£59/mo', 520, 'Multiple kitchens\nStaff rotas\nPriority phone line'),
  ]),
  d.T('Prices exclude VAT. Monthly plans — cancel anytime, no contract.', 57, 690, 720, 22, { size: 14, color: MUTED, align: 'CENTER' }),
]);
secA.children.push(pricing);
d.go(pricingLink, 'pricing');

// business details
const contBtn = d.F('Frame 88', 137, 980, 560, 60, { fill: PLUM, radius: 12 }, [
  d.T('Continue', 20, 18, 520, 24, { size: 18, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
const details = d.screen('details', 'About your business', 100 + 3 * (W + 100), 100, W, H, {}, [
  statusBar(),
  d.T('Step 1 of 2', 137, 90, 200, 20, { size: 13, weight: 600, color: OLIVE }),
  d.AL('VERTICAL', 137, 130, 560, 640, { gap: 22 }, [
    d.T('Tell us about your catering', 0, 0, 560, 40, { size: 28, weight: 700 }),
    d.AL('VERTICAL', 0, 62, 560, 560, { gap: 18 }, [
      field('Trading name', 'e.g. Saffron & Sage Events', 0, 0),
      field('Events per month', '5–15', 0, 90),
      d.T('What do you mostly cater?', 0, 180, 560, 20, { size: 13, weight: 600, color: MUTED }),
      d.AL('HORIZONTAL', 0, 210, 560, 44, { gap: 8 }, [
        d.F(null, 0, 0, 110, 44, { fill: PLUM, radius: 22 }, [d.T('Weddings', 12, 12, 86, 20, { size: 14, color: '#fff', align: 'CENTER' })]),
        d.F(null, 118, 0, 110, 44, { stroke: '#d9d0c5', radius: 22 }, [d.T('Corporate', 12, 12, 86, 20, { size: 14, align: 'CENTER' })]),
        d.F(null, 236, 0, 110, 44, { stroke: '#d9d0c5', radius: 22 }, [d.T('Festivals', 12, 12, 86, 20, { size: 14, align: 'CENTER' })]),
        d.F(null, 354, 0, 150, 44, { stroke: '#d9d0c5', radius: 22 }, [d.T('Private dining', 12, 12, 126, 20, { size: 14, align: 'CENTER' })]),
      ]),
    ]),
  ]),
  contBtn,
]);
secA.children.push(details);
d.go(createBtn, 'details');

// ---- value / connect decision screen ----
const consentBox = d.R('Rectangle 12', 0, 2, 20, 20, { stroke: PLUM, strokeWeight: 2, radius: 4 });
const linkBooks = d.I('cta', 'cta/primary', 137, 870, 560, 60, {}, [
  d.T('Link accounting software', 24, 18, 512, 24, { size: 18, weight: 700, color: '#ffffff', align: 'CENTER' }),
]);
const later = d.T('Do this later', 137, 950, 270, 22, { size: 15, color: PLUM });
const bookkeeper = d.T('Send to my bookkeeper →', 427, 950, 270, 22, { size: 15, color: PLUM, align: 'RIGHT' });
const faq = d.T('Want to know more? Read the FAQs', 137, 1000, 560, 22, { size: 15, color: PLUM, deco: 'UNDERLINE', align: 'CENTER' });
d.act(faq, { type: 'URL', url: 'https://help.platter.co.uk/faqs/linking' });
const value = d.screen('value', 'Link your books', 100, 100, W, H, {}, [
  statusBar(),
  d.T('Step 2 of 2', 137, 90, 200, 20, { size: 13, weight: 600, color: OLIVE }),
  d.AL('VERTICAL', 137, 130, 560, 700, { gap: 24, name: 'Content' }, [
    d.T('Invoices that reconcile themselves', 0, 0, 560, 72, { size: 28, weight: 700 }),
    d.T('Every deposit and final balance matched to the right event automatically — month end takes minutes, not a Sunday.', 0, 84, 560, 52, { size: 17, color: MUTED }),
    d.F('Frame 431', 0, 160, 560, 170, { fill: '#f6f1ea', radius: 16, layout: 'VERTICAL', gap: 10, padX: 20, padY: 18 }, [
      d.T('What we look at', 20, 18, 520, 22, { size: 15, weight: 700 }),
      d.T('We read your invoices, customers and payments from your accounting software so we can match deposits to events and flag late payers. We only read — nothing is written back to your books unless you ask.', 20, 48, 520, 104, { size: 15 }),
    ]),
    d.AL('HORIZONTAL', 0, 350, 560, 48, { gap: 12 }, [
      d.V('padlock', 0, 4, 18, 22, { fill: OLIVE }),
      d.T('Encrypted end to end. We never pass your figures to anyone else without your say-so.', 30, 0, 530, 44, { size: 14, color: INK }),
    ]),
    d.T('Changed your mind? You can unlink in Settings › Integrations whenever you like.', 0, 410, 560, 40, { size: 14, color: MUTED }),
    d.AL('HORIZONTAL', 0, 470, 560, 48, { gap: 12 }, [
      consentBox,
      d.T('I’m happy for Platter to access my accounting data as set out in the Privacy notice', 32, 0, 528, 44, { size: 14 }),
    ]),
    d.F(null, 0, 540, 560, 140, { fill: '#ffffff', stroke: '#e4dcd2', radius: 16, layout: 'VERTICAL', gap: 8, padX: 20, padY: 16 }, [
      d.T('“We stopped chasing deposits the week we linked Xero. Our accountant noticed before we did.”', 20, 16, 520, 64, { size: 16, weight: 500 }),
      d.AL('HORIZONTAL', 20, 92, 520, 36, { gap: 10 }, [
        d.E(null, 0, 0, 36, 36, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: '5d0e77aa31' }] }),
        d.T('Priya Nair · Head of Operations, Saffron & Sage Events', 46, 8, 470, 20, { size: 13, color: MUTED }),
      ]),
    ]),
  ]),
  linkBooks,
  later,
  bookkeeper,
  faq,
  d.T('Powered by Codat', 317, 1040, 200, 18, { size: 12, color: MUTED, align: 'CENTER', visible: false }),
  supportLine(1120),
]);
secB.children.push(value);
d.go(contBtn, 'value');
d.go(linkBooks, 'picker');
d.go(later, 'dashboard');
d.go(bookkeeper, 'share', 'OVERLAY');

// share with bookkeeper (overlay)
const sendInvite = d.F('Frame 102', 24, 220, 432, 52, { fill: PLUM, radius: 12 }, [
  d.T('Send invite', 20, 15, 392, 22, { size: 16, weight: 600, color: '#fff', align: 'CENTER' }),
]);
d.act(sendInvite, { type: 'CLOSE' });
const share = d.screen('share', 'Overlay / bookkeeper', 100 + W + 100, 100, 480, 320, { radius: 20 }, [
  d.T('Hand this bit to your bookkeeper', 24, 24, 432, 30, { size: 20, weight: 700 }),
  d.T('They’ll get a secure link to connect the books for you. You can carry on setting up menus meanwhile.', 24, 62, 432, 44, { size: 14, color: MUTED }),
  field('Their email', 'e.g. accounts@mybookkeeper.co.uk', 24, 126, 432),
  sendInvite,
]);
secB.children.push(share);

// picker
const tileXero = logoTile('Xero', 'b1e0c4d2f8', 0, 0);
const tileCsv = d.T('Can’t see yours? Upload a CSV export of your invoices instead', 64, 1010, 706, 22, { size: 15, color: PLUM, deco: 'UNDERLINE', align: 'CENTER' });
const guide = d.T('How do I link Xero? Our step-by-step guide ↗', 64, 1050, 706, 22, { size: 14, color: PLUM, align: 'CENTER' });
d.act(guide, { type: 'URL', url: 'https://help.platter.co.uk/guides/link-xero' });
const picker = d.screen('picker', 'Choose software', 1614, 100, W, H, {}, [
  statusBar(),
  d.V('back', 40, 48, 12, 20, { fill: INK }),
  d.AL('VERTICAL', 64, 100, 706, 880, { gap: 28, name: 'Frame 440' }, [
    d.T('Where do you keep things?', 0, 0, 706, 40, { size: 28, weight: 700 }),
    d.AL('VERTICAL', 0, 64, 706, 380, { gap: 14 }, [
      d.T('Accounting', 0, 0, 706, 28, { size: 20, weight: 600 }),
      d.AL('HORIZONTAL', 0, 42, 706, 76, { gap: 14 }, [tileXero, logoTile('QuickBooks Online', 'c3a91d7f02', 346, 0)]),
      d.AL('HORIZONTAL', 0, 132, 706, 76, { gap: 14 }, [
        logoTile('Sage Business Cloud Accounting', 'e07b2c11aa', 0, 0),
        logoTile('FreeAgent', 'a7d4f9e6b3', 346, 0),
      ]),
    ]),
    d.AL('VERTICAL', 0, 470, 706, 260, { gap: 14 }, [
      d.T('Card payments', 0, 0, 706, 28, { size: 20, weight: 600 }),
      d.AL('HORIZONTAL', 0, 42, 706, 76, { gap: 14 }, [logoTile('Stripe', 'f4b8e2c917', 0, 0), logoTile('SumUp', '0c2d7e91fa', 346, 0)]),
      d.AL('HORIZONTAL', 0, 132, 706, 76, { gap: 14 }, [logoTile('Square', '6a1b3c5d7e', 0, 0), logoTile('Zettle by PayPal', '8e9f0a1b2c', 346, 0)]),
    ]),
  ]),
  tileCsv,
  guide,
  supportLine(1120),
]);
d.act(picker.children[1], { type: 'BACK' });
secB.children.push(picker);
d.go(tileXero, 'redirect', 'OVERLAY');
d.go(tileCsv, 'upload');

// redirect overlay
const onToXero = d.F('Frame 118', 24, 230, 472, 56, { fill: '#13b5ea', radius: 12 }, [
  d.T('Continue to Xero', 20, 16, 432, 24, { size: 17, weight: 600, color: '#fff', align: 'CENTER' }),
]);
const notNow = d.T('Not now', 24, 300, 472, 22, { size: 15, color: MUTED, align: 'CENTER' });
d.act(notNow, { type: 'CLOSE' });
const redirect = d.screen('redirect', 'Modal — leaving for Xero', 2548, 100, 520, 350, { radius: 20 }, [
  d.R(null, 230, 24, 60, 60, { radius: 12, fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'b1e0c4d2f8' }] }),
  d.T('You’re off to Xero', 24, 100, 472, 30, { size: 22, weight: 700, align: 'CENTER' }),
  d.T('Xero opens in a new tab. Sign in, pick your organisation and tap Allow access — then we’ll bring you straight back here.', 24, 140, 472, 66, { size: 15, color: MUTED, align: 'CENTER' }),
  onToXero,
  notNow,
]);
secB.children.push(redirect);
d.go(onToXero, 'status');

// CSV upload
const upBack = d.T('‹ Back to the list', 64, 60, 300, 22, { size: 15, color: PLUM });
d.act(upBack, { type: 'BACK' });
const upload = d.screen('upload', 'Upload CSV', 100 + W + 100, 550, W, H - 500, {}, [
  statusBar(),
  upBack,
  d.T('Upload an invoice export', 64, 120, 706, 40, { size: 28, weight: 700 }),
  d.F(null, 64, 200, 706, 300, { stroke: '#b9ab9b', radius: 16, fill: '#fbf8f4' }, [
    d.V('upload arrow', 333, 90, 40, 48, { fill: PLUM }),
    d.T('Drop a .csv or .xlsx here, or browse', 0, 160, 706, 24, { size: 16, align: 'CENTER' }),
  ]),
  d.T('Any spreadsheet with date, client and amount columns works.', 64, 530, 706, 22, { size: 14, color: MUTED }),
]);
secB.children.push(upload);

// connection status
const addAnother = d.F('Frame 126', 0, 250, 706, 60, { stroke: PLUM, radius: 14 }, [
  d.T('＋ Add another', 20, 18, 666, 24, { size: 17, weight: 600, color: PLUM, align: 'CENTER' }),
]);
const carryOn = d.I('btnDefault', 'Property 1=Default', 137, 1000, 560, 60, {}, [
  d.T('Carry on', 20, 18, 520, 24, { size: 18, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
const row = (nm, ref, state, color, y) =>
  d.F(null, 0, y, 706, 84, { fill: '#ffffff', stroke: '#e4dcd2', radius: 14, layout: 'HORIZONTAL', gap: 16, padX: 18, padY: 18 }, [
    d.R(null, 18, 18, 48, 48, { radius: 10, fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }] }),
    d.T(nm, 82, 30, 300, 24, { size: 17, weight: 600 }),
    d.F(null, 470, 26, 218, 32, { fill: color, fillOpacity: 0.14, radius: 16 }, [d.T(state, 12, 7, 194, 18, { size: 13, weight: 600, color, align: 'CENTER' })]),
  ]);
const status = d.screen('status', 'Linked — 1 of 2', 100, 2 * H + 1000, W, H, {}, [
  statusBar(),
  d.AL('VERTICAL', 64, 100, 706, 460, { gap: 20 }, [
    d.T('Nice — Xero is in', 0, 0, 706, 40, { size: 28, weight: 700 }),
    d.AL('VERTICAL', 0, 56, 706, 60, { gap: 8 }, [
      d.T('Set-up strength: 2 of 3 — link your card payments to get to 3', 0, 0, 706, 20, { size: 14, weight: 600, color: OLIVE }),
      d.F(null, 0, 30, 706, 10, { fill: '#ece5dc', radius: 5 }, [d.R(null, 0, 0, 470, 10, { fill: OLIVE, radius: 5 })]),
    ]),
    d.AL('VERTICAL', 0, 130, 706, 320, { gap: 12 }, [
      row('Xero', 'b1e0c4d2f8', 'Linked ✓', '#2f7d32', 0),
      row('Stripe', 'f4b8e2c917', 'Waiting for your OK', '#b26a00', 96),
      addAnother,
    ]),
  ]),
  carryOn,
]);
flow.children.push(status);
d.go(addAnother, 'picker');
d.go(carryOn, 'prefill');

// prefilled details
const looksGood = d.F('Frame 131', 137, 1000, 560, 60, { fill: PLUM, radius: 12 }, [
  d.T('Looks good', 20, 18, 520, 24, { size: 18, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
const prefill = d.screen('prefill', 'Company details (prefilled)', 100 + W + 100, 2 * H + 1000, W, H, {}, [
  statusBar(),
  d.AL('VERTICAL', 137, 100, 560, 820, { gap: 16 }, [
    d.T('Check your company details', 0, 0, 560, 40, { size: 28, weight: 700 }),
    d.T('✨ We’ve filled these in from Xero — just tweak anything that’s off.', 0, 50, 560, 24, { size: 15, color: OLIVE }),
    field('Registered name', 'Saffron & Sage Events Ltd', 0, 90),
    field('Company number', '11823904', 0, 178),
    field('VAT number', 'GB 284 5521 90', 0, 266),
    field('Registered address', '14 Ancoats Street, Manchester M4 6DE', 0, 354),
    field('Accounts contact', 'Priya Nair · priya@saffronandsage.co.uk', 0, 442),
  ]),
  looksGood,
]);
flow.children.push(prefill);
d.go(looksGood, 'dashboard');

// dashboard
const tabbar = (active) =>
  d.F('Tab bar', 0, H - 84, W, 84, { fill: '#ffffff', stroke: '#e4dcd2', layout: 'HORIZONTAL', gap: 0, padX: 57 }, [
    ...['Events', 'Invoices', 'Clients', 'Integrations', 'Settings'].map((t, i) =>
      d.I('tab', t === active ? 'tab item / active' : 'tab item', 57 + i * 144, 10, 120, 64, {}, [
        d.V(null, 48, 8, 24, 24, { fill: t === active ? PLUM : MUTED }),
        d.T(t, 0, 38, 120, 18, { size: 12, color: t === active ? PLUM : MUTED, align: 'CENTER' }),
      ]),
    ),
  ]);
const newInvoice = d.I('btnDefault', 'Property 1=Default', 534, 60, 240, 56, {}, [
  d.T('New invoice', 20, 16, 200, 24, { size: 17, weight: 600, color: '#ffffff', align: 'CENTER' }),
]);
d.act(newInvoice, { type: 'NODE', destinationId: btnHover.id, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.15 } }, 'ON_HOVER');
const linkCard = d.F('Frame 152', 203, 240, 300, 52, { fill: OLIVE, radius: 26 }, [
  d.T('Link Stripe or SumUp', 16, 15, 268, 22, { size: 16, weight: 600, color: '#fff', align: 'CENTER' }),
]);
const dashTabs = tabbar('Events');
const dashboard = d.screen('dashboard', 'Home', 100 + 2 * (W + 100), 2 * H + 1000, W, H, { fill: '#fbf8f4' }, [
  statusBar(),
  d.T('Good afternoon, Priya', 40, 66, 480, 40, { size: 26, weight: 700 }),
  newInvoice,
  d.AL('HORIZONTAL', 40, 140, 754, 120, { gap: 14 }, [
    d.F(null, 0, 0, 242, 120, { fill: '#fff', radius: 16, layout: 'VERTICAL', padX: 18, padY: 18 }, [
      d.T('Outstanding', 18, 18, 206, 20, { size: 13, color: MUTED }),
      d.T('£12,480', 18, 46, 206, 36, { size: 28, weight: 700 }),
    ]),
    d.F(null, 256, 0, 242, 120, { fill: '#fff', radius: 16, layout: 'VERTICAL', padX: 18, padY: 18 }, [
      d.T('Deposits due this week', 18, 18, 206, 20, { size: 13, color: MUTED }),
      d.T('£3,150', 18, 46, 206, 36, { size: 28, weight: 700 }),
    ]),
    d.F(null, 512, 0, 242, 120, { fill: '#fff', radius: 16, layout: 'VERTICAL', padX: 18, padY: 18 }, [
      d.T('Overdue', 18, 18, 206, 20, { size: 13, color: MUTED }),
      d.T('4 invoices', 18, 46, 206, 36, { size: 28, weight: 700, color: '#b3261e' }),
    ]),
  ]),
  d.F('Chart card', 40, 290, 754, 340, { fill: '#fff', radius: 16 }, [
    d.T('Card takings by event', 24, 20, 400, 26, { size: 18, weight: 600 }),
    d.R(null, 24, 70, 706, 200, { fill: '#f3ede5', radius: 10 }),
    d.T('Link your card machine account to see what each event actually took on the day.', 127, 150, 500, 44, { size: 15, color: MUTED, align: 'CENTER' }),
    linkCard,
  ]),
  d.F(null, 40, 660, 754, 360, { fill: '#fff', radius: 16, layout: 'VERTICAL', gap: 0, padX: 24, padY: 16 }, [
    d.T('Upcoming events', 24, 16, 400, 26, { size: 18, weight: 600 }),
    ...[
      ['Sat 14 Mar', 'Linkway Venues — spring launch, 120 covers', 'Deposit paid'],
      ['Sun 15 Mar', 'Hollins wedding breakfast, 86 covers', 'Balance due'],
      ['Thu 19 Mar', 'Northern Quarter Connect meetup, finger food', 'Quote sent'],
      ['Sat 21 Mar', 'Okafor 60th, buffet', 'Invoice overdue'],
    ].map(([dt, what, st], i) =>
      d.F(null, 24, 56 + i * 72, 706, 64, { layout: 'HORIZONTAL', gap: 16 }, [
        d.T(dt, 0, 20, 110, 20, { size: 14, weight: 600 }),
        d.T(what, 126, 20, 420, 20, { size: 14 }),
        d.T(st, 566, 20, 140, 20, { size: 13, color: MUTED, align: 'RIGHT' }),
      ]),
    ),
  ]),
  dashTabs,
]);
flow.children.push(dashboard);
d.go(linkCard, 'picker');
d.go(dashTabs.children[3], 'integrations');
d.go(dashTabs.children[4], 'account');

// settings / integrations
const intRow = (nm, ref, meta, y) => {
  const syncNow = d.F(null, 440, 60, 110, 36, { stroke: PLUM, radius: 18 }, [d.T('Sync now', 10, 8, 90, 20, { size: 14, weight: 600, color: PLUM, align: 'CENTER' })]);
  const unlink = d.T('Disconnect', 570, 68, 110, 20, { size: 14, weight: 600, color: '#b3261e', align: 'RIGHT' });
  return d.F(null, 0, y, 706, 116, { fill: '#fff', stroke: '#e4dcd2', radius: 14 }, [
    d.R(null, 18, 18, 48, 48, { radius: 10, fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }] }),
    d.T(nm, 82, 18, 300, 24, { size: 17, weight: 600 }),
    d.T(meta, 82, 48, 340, 44, { size: 13, color: MUTED }),
    syncNow,
    unlink,
  ]);
};
const intTabs = tabbar('Integrations');
const integrations = d.screen('integrations', 'Settings — Integrations', 100 + 3 * (W + 100), 2 * H + 1000, W, H, { fill: '#fbf8f4' }, [
  statusBar(),
  d.AL('VERTICAL', 64, 80, 706, 700, { gap: 16 }, [
    d.T('Integrations', 0, 0, 706, 40, { size: 28, weight: 700 }),
    d.T('Software linked to Platter', 0, 48, 706, 22, { size: 15, color: MUTED }),
    d.AL('VERTICAL', 0, 90, 706, 400, { gap: 12 }, [
      intRow('Xero · Saffron & Sage Events Ltd', 'b1e0c4d2f8', 'Linked 3 Mar 2026, 10:12\nLast synced today, 14:02 · GBP', 0),
      intRow('Stripe', 'f4b8e2c917', 'Linked 3 Mar 2026, 10:20\nLast synced today, 13:40 · GBP', 128),
      d.T('View sync history', 0, 260, 200, 20, { size: 14, color: PLUM, deco: 'UNDERLINE' }),
    ]),
  ]),
  intTabs,
]);
flow.children.push(integrations);
d.go(intTabs.children[0], 'dashboard');
d.go(intTabs.children[4], 'account');

// settings / account (look-alikes)
const accTabs = tabbar('Settings');
const account = d.screen('account', 'Settings — Account', 100 + 4 * (W + 100), 2 * H + 1000, W, H, { fill: '#fbf8f4' }, [
  statusBar(),
  d.AL('VERTICAL', 64, 80, 706, 800, { gap: 18 }, [
    d.T('Account', 0, 0, 706, 40, { size: 28, weight: 700 }),
    d.F(null, 0, 60, 706, 180, { fill: '#fff', radius: 14, layout: 'VERTICAL', gap: 10, padX: 20, padY: 18 }, [
      d.T('Plan', 20, 18, 400, 22, { size: 16, weight: 600 }),
      d.T('Pro · £24 a month · renews 2 April. Cancel anytime from here.', 20, 50, 660, 22, { size: 14, color: MUTED }),
      d.T('Cancel subscription', 20, 90, 240, 22, { size: 14, color: PLUM, deco: 'UNDERLINE' }),
    ]),
    d.F(null, 0, 260, 706, 150, { fill: '#fff', radius: 14, layout: 'VERTICAL', gap: 10, padX: 20, padY: 18 }, [
      d.T('Calendar', 20, 18, 400, 22, { size: 16, weight: 600 }),
      d.T('Add your event dates to Google Calendar so the kitchen team sees them.', 20, 50, 660, 22, { size: 14, color: MUTED }),
      d.F(null, 20, 90, 220, 40, { stroke: '#d9d0c5', radius: 20 }, [d.T('Connect Google Calendar', 12, 10, 196, 20, { size: 14, align: 'CENTER' })]),
    ]),
    d.F(null, 0, 430, 706, 130, { fill: '#fff', radius: 14, layout: 'VERTICAL', gap: 10, padX: 20, padY: 18 }, [
      d.T('Danger zone', 20, 18, 400, 22, { size: 16, weight: 600, color: '#b3261e' }),
      d.T('Delete account', 20, 56, 200, 22, { size: 15, weight: 600, color: '#b3261e' }),
      d.T('Removes all events, quotes and invoices. This can’t be undone.', 20, 86, 660, 20, { size: 13, color: MUTED }),
    ]),
  ]),
  accTabs,
]);
flow.children.push(account);
d.go(accTabs.children[0], 'dashboard');
d.go(accTabs.children[3], 'integrations');

// welcome email (not wired)
const emailBtn = d.F('Frame 170', 40, 470, 260, 52, { fill: PLUM, radius: 8 }, [
  d.T('Link my books', 16, 15, 228, 22, { size: 16, weight: 600, color: '#fff', align: 'CENTER' }),
]);
const email = d.screen('email', 'Email — Welcome (day 0)', 100 + 5 * (W + 100), 2 * H + 1000, 640, 900, { fill: '#fbf8f4' }, [
  d.V('Platter mark', 40, 32, 36, 36, { fill: PLUM }),
  d.T('Subject: Welcome to Platter, Priya 👋', 40, 90, 560, 24, { size: 14, color: MUTED }),
  d.T('Let’s get your first invoice out', 40, 130, 560, 36, { size: 24, weight: 700 }),
  d.T('Three quick things and you’re set:', 40, 190, 560, 22, { size: 16 }),
  d.T('1  Add your menus and price lists\n2  Link your accounting software — invoices then reconcile on their own\n3  Send your first quote', 40, 226, 560, 110, { size: 16 }),
  d.T('Step 2 takes about two minutes and saves most caterers a few hours every month.', 40, 370, 560, 44, { size: 15, color: MUTED }),
  emailBtn,
  d.T('Or just reply to this email and one of us will walk you through it.', 40, 560, 560, 22, { size: 14, color: MUTED }),
  d.T('Platter Ltd · 14 Ancoats Street, Manchester · Unsubscribe', 40, 840, 560, 18, { size: 11, color: MUTED }),
]);
flow.children.push(email);

// ---------- archive ----------
d.page('Archive');
d.cur.children.push(
  d.F('OLD — link screen v1', 0, 0, W, H, { fill: '#ffffff' }, [
    d.T('Connect to Xero', 137, 200, 560, 40, { size: 28, weight: 700 }),
    d.T('Trusted by 2,000+ caterers · bank-level security', 137, 260, 560, 22, { size: 15, color: MUTED }),
    d.F(null, 137, 320, 560, 60, { fill: '#13b5ea', radius: 12 }, [d.T('Connect', 20, 18, 520, 24, { size: 18, color: '#fff', align: 'CENTER' })]),
  ]),
);

d.finish(out);

writeTruth(d, out.replace('.json', '.truth.json'), {
  kind: 'onboarding',
  description:
    'Platter, invoicing for UK event caterers, iPad portrait (834x1194). Sign-up, business details, then a "Link your books" decision screen; software picker grouped into Accounting and Card payments, a leave-for-Xero modal, a connection status screen with a set-up strength bar, prefilled company details, a home dashboard with an embedded link prompt, Settings › Integrations and Settings › Account. No prototype starting point is set on the flow page.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh',
  ],
  absent: ['privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Frame "Email — Welcome (day 0)": numbered 1/2/3 list where step 2 is linking the accounting software, with a "Link my books" button.',
    'funnel.three-actions': 'Sign up -> About your business -> Link your books: two clicks from sign-up to the link prompt.',
    'funnel.cta-visible': 'Full-width "Link accounting software" main button on the decision screen; Integrations is a permanent tab in the tab bar.',
    'funnel.social-proof': 'Quote card from the head of operations at a catering company.',
    'funnel.prefill': '"Check your company details" screen says the fields were filled in from Xero (company number, VAT number, address, contact).',
    'value.three-part': 'Value headline + "What we look at" block on how invoices/payments are used + one main link button.',
    'value.contextual-ctas': 'Home dashboard chart "Card takings by event" carries "Link Stripe or SumUp".',
    'value.faq-link': '"Want to know more? Read the FAQs" under the main button.',
    'value.progress-meter': 'Status screen: "Set-up strength: 2 of 3" with a bar that fills as sources are linked.',
    'privacy.data-scope': 'Names invoices, customers and payments, read from the accounting software, nothing written back.',
    'privacy.trust-language': '"Encrypted end to end. We never pass your figures to anyone else without your say-so."',
    'privacy.consent-action': '20x20 rectangle beside "I’m happy for Platter to access my accounting data as set out in the Privacy notice".',
    'privacy.disconnect-anytime': '"You can unlink in Settings › Integrations whenever you like."',
    'privacy.connection-guide': '"How do I link Xero? Our step-by-step guide" on the picker.',
    'privacy.statistics': 'No customer or security figures on the current flow; the only "2,000+ caterers" line sits on an old frame on the Archive page.',
    'privacy.support-contacts': 'Phone, email and chat line on the decision and picker screens.',
    'privacy.powered-by': 'The "Powered by" line on the decision screen is a hidden layer.',
    'privacy.mutual-nda': 'Nothing about an NDA.',
    'platform.explain-redirect': 'Modal: Xero opens in a new tab, sign in, Allow access, then brought back.',
    'platform.grouped-categories': '"Accounting" and "Card payments" headings over tiles.',
    'platform.accurate-branding': 'Full names with logos: QuickBooks Online, Sage Business Cloud Accounting, Zettle by PayPal, etc.',
    'platform.search': 'Eight tiles, no search field.',
    'platform.alternatives': '"Can’t see yours? Upload a CSV export of your invoices instead" leads to an upload screen.',
    'platform.non-linear': '"Do this later" and "Send to my bookkeeper" on the decision screen.',
    'platform.multiple-connections': 'Status screen: Xero "Linked ✓", Stripe "Waiting for your OK", "＋ Add another".',
    'connection.view-live': 'Settings › Integrations rows with linked date, last synced time and currency.',
    'connection.delete': '"Disconnect" on each integration row.',
    'connection.refresh': '"Sync now" on each integration row.',
    'connection.syncing-indicator': 'No spinner or in-progress sync state anywhere.',
  },
  flow: { start: 'signup', connect: 'value', steps: 2, deadEnds: ['pricing'] },
});

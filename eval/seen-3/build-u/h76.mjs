// h76: client onboarding for small UK accountancy practices, desktop 1280x800.
import { Doc, go, back, close, url, canvas, finish, WRITTEN_BY } from './lib.mjs';

const d = new Doc(76);
const W = 1280;
const H = 800;
const INK = '#14213d';
const MUTED = '#55606e';
const BRAND = '#0b5d4b';

// ---- page 2: components --------------------------------------------------
d.setPage(2);
const cDefault = d.component('Property 1=Default', 20, 20, 240, 48, [d.T('Label', 0, 14, { size: 15, weight: 600, color: '#ffffff', w: 240, align: 'CENTER' })], { fill: BRAND, radius: 6 });
const cHover = d.component('Property 1=Hover', 20, 88, 240, 48, [d.T('Label', 0, 14, { size: 15, weight: 600, color: '#ffffff', w: 240, align: 'CENTER' })], { fill: '#084638', radius: 6 });
const cDisabled = d.component('Property 1=Disabled', 20, 156, 240, 48, [d.T('Label', 0, 14, { size: 15, weight: 600, color: '#9aa3ad', w: 240, align: 'CENTER' })], { fill: '#e3e7ea', radius: 6 });
const btnSet = d.componentSet('Comp / Action / Large', 40, 40, 280, 224, [cDefault, cHover, cDisabled]);
const cTile = d.component('Platform tile', 20, 20, 260, 72, [
  d.R('Logo', 16, 16, 40, 40, { image: 'b2f0c1d7e9a84f11', radius: 8 }),
  d.T('Product name', 68, 26, { size: 15, weight: 600 }),
], { fill: '#ffffff', radius: 8, description: 'Software / bank tile, 260 wide' });
const tileSet = d.componentSet('Tile', 380, 40, 300, 112, [cTile]);
const cBoxOff = d.component('State=Off', 20, 20, 20, 20, [d.R('Rectangle', 0, 0, 20, 20, { fill: '#ffffff', stroke: '#8a94a3', radius: 3 })]);
const cBoxOn = d.component('State=On', 60, 20, 20, 20, [d.R('Rectangle', 0, 0, 20, 20, { fill: BRAND, radius: 3 }), d.V('Vector', 4, 5, 12, 10, { fill: '#ffffff' })]);
const boxSet = d.componentSet('checkbox', 720, 40, 100, 60, [cBoxOff, cBoxOn]);
const componentsPage = canvas(d, '🧩 Components', [btnSet, tileSet, boxSet], { bg: '#f5f5f5' });

// ---- page 3: flow -----------------------------------------------------------
d.setPage(3);
const scr = (name) => d.F(name, 0, 0, W, H, { fill: '#ffffff' });
const A = scr('01 — Practice sign-up');
const B = scr('02 — Practice details');
const C = scr('03 — Clients (empty)');
const P = scr('Pricing');
const D = scr('04 — Before connecting');
const E = scr('05 — Select software');
const F = scr('06 — Transfer notice');
const G = scr('07 — Importing');
const Hs = scr('08 — Client data sources');
const L = scr('09 — Client overview');
const J = scr('10 — Connections');
const K = scr('11 — Disconnect modal');
const S = scr('12 — Practice settings');
const X = scr('Welcome email');

const support = () => d.G(d.auto('Group'), 40, H - 44, 1200, 24, [
  d.R(null, 0, 0, 1200, 1, { fill: '#e2e6ea' }),
  d.T('Need assistance? Telephone 0161\u00a0496\u00a00732 (Mon–Fri, 08:30–17:30)  ·  practice-support@ledgerline.co.uk  ·  Raise a support ticket', 0, 8, { size: 12, color: MUTED }),
]);

function sideNav(active, links = {}) {
  const items = ['Clients', 'Connections', 'Reports', 'Settings'];
  const kids = [
    d.V('Vector', 24, 24, 28, 28, { fill: BRAND }),
    d.T('Ledgerline', 60, 27, { size: 17, weight: 700, color: INK }),
  ];
  items.forEach((label, i) => {
    const row = d.F(d.auto('Frame'), 12, 80 + i * 44, 216, 36, { fill: label === active ? '#e7f1ee' : '#f6f7f9', radius: 6, layoutMode: 'HORIZONTAL', itemSpacing: 10, paddingLeft: 12 }, [
      d.V('Vector', 12, 10, 16, 16, { fill: MUTED }),
      d.T(label, 38, 9, { size: 14, weight: label === active ? 600 : 400, color: label === active ? BRAND : INK }),
    ]);
    if (links[label]) go(row, links[label]);
    kids.push(row);
  });
  kids.push(d.T('Whitcombe & Rowe\nEleanor Whitcombe FCA', 24, H - 70, { size: 12, color: MUTED }));
  return d.F('Sidebar', 0, 0, 240, H, { fill: '#f6f7f9', layoutMode: 'VERTICAL' }, kids);
}

// A — sign-up
{
  const primary = d.btnInst('Create practice account', cDefault.id, 0, 330, 400, 48, { fill: BRAND, name: 'Comp / Action / Large' });
  go(primary, B);
  go(primary, cHover, 'CHANGE_TO', 'ON_HOVER');
  const linkedIn = d.btnFrame('Continue with LinkedIn', 0, 392, 400, 48, { fill: '#ffffff', color: INK, stroke: '#c9d0d8', weight: 500 });
  linkedIn.children.unshift(d.V('LinkedIn', 100, 14, 20, 20, { fill: '#0a66c2' }));
  go(linkedIn, B);
  const pricing = d.link('See plans & pricing', 0, 470, { size: 13 });
  go(pricing, P);
  const form = d.AL('Form', 760, 120, 400, 520, 'VERTICAL', { gap: 16 }, [
    d.T('Create your practice account', 0, 0, { size: 26, weight: 700, color: INK }),
    d.T('Bring client records into one place, ready for review.', 0, 44, { size: 15, color: MUTED }),
    d.input('Practice name', 'e.g. Whitcombe & Rowe', 0, 86, 400, { placeholder: true }),
    d.input('Work email', 'name@practice.co.uk', 0, 160, 400, { placeholder: true }),
    d.input('Password', 'At least 12 characters', 0, 234, 400, { placeholder: true }),
    d.G(d.auto('Group'), 0, 306, 400, 20, [d.checkbox(0, 0), d.T('I agree to the Terms of Service', 30, 1, { size: 13, color: MUTED })]),
    primary, linkedIn, pricing,
  ]);
  const quote = d.F(d.auto('Frame'), 0, 0, 640, H, { fill: BRAND }, [
    d.V('Vector', 64, 64, 36, 36, { fill: '#ffffff' }),
    d.T('Ledgerline', 110, 70, { size: 20, weight: 700, color: '#ffffff' }),
    d.T('“Onboarding a new client used to mean a week of chasing\nspreadsheets and bank statements. It is now an afternoon’s work.”', 64, 300, { size: 22, weight: 500, color: '#ffffff', family: 'Source Serif Pro' }),
    d.R(null, 64, 420, 48, 48, { image: 'f1c08e2d33aa4b7e', radius: 24, ellipse: true }),
    d.T('Eleanor Whitcombe FCA\nManaging Partner, Whitcombe & Rowe Chartered Accountants', 128, 424, { size: 14, color: '#d6ebe5' }),
  ]);
  A.children.push(quote, form);
}

// B — practice details
{
  const cont = d.btnFrame('Continue', 0, 380, 180, 44, { fill: BRAND });
  go(cont, C);
  const bk = d.link('Back', 200, 392, { underline: false, color: MUTED });
  back(bk);
  B.children.push(d.AL('Auto layout', 320, 120, 640, 480, 'VERTICAL', { gap: 18 }, [
    d.T('About your practice', 0, 0, { size: 26, weight: 700, color: INK }),
    d.T('This helps us configure reporting defaults. All fields can be amended later.', 0, 44, { size: 15, color: MUTED }),
    d.AL(d.auto('Frame'), 0, 90, 640, 66, 'HORIZONTAL', { gap: 16 }, [
      d.input('Professional body', 'ICAEW', 0, 0, 312),
      d.input('Registered postcode', 'M2 4WU', 328, 0, 312),
    ]),
    d.input('Approximate number of clients', '50–150', 0, 172, 640),
    d.input('Bookkeeping packages your clients use (optional)', 'Xero, Sage, QuickBooks …', 0, 254, 640, { placeholder: true }),
    d.G(d.auto('Group'), 0, 380, 260, 44, [cont, bk]),
  ]));
}

// C — clients, empty state (connect CTA)
{
  const cta = d.btnInst('Connect a client’s books', cDefault.id, 0, 210, 280, 48, { fill: BRAND, name: 'cta/primary' });
  go(cta, D);
  const empty = d.AL(d.auto('Frame'), 520, 220, 480, 300, 'VERTICAL', { gap: 14, counterAxisAlignItems: 'CENTER' }, [
    d.V('Illustration', 190, 0, 100, 80, { fill: '#cfe3dd' }),
    d.T('No clients yet', 0, 100, { size: 24, weight: 700, color: INK, w: 480, align: 'CENTER' }),
    d.T('Connect a client’s bookkeeping software and business bank account to\nbegin building their financial picture. It takes a few minutes per client.', 0, 140, { size: 14, color: MUTED, w: 480, align: 'CENTER' }),
    cta,
    d.link('Import a client list (CSV)', 0, 272, { size: 14 }),
  ]);
  C.children.push(
    sideNav('Clients', { Connections: J, Settings: S }),
    d.F('Top bar', 240, 0, W - 240, 64, { fill: '#ffffff', stroke: '#e2e6ea' }, [
      d.T('Clients', 32, 20, { size: 20, weight: 600, color: INK }),
      d.searchField('Search clients', 660, 12, 300, 40),
      d.btnFrame('Add client', 980, 12, 120, 40, { fill: '#ffffff', color: BRAND, stroke: BRAND, size: 14 }),
    ]),
    empty,
    support(),
  );
}

// P — pricing (dead end)
P.children.push(
  d.F('Nav', 0, 0, W, 72, { fill: '#ffffff', stroke: '#e2e6ea' }, [
    d.V('Vector', 40, 22, 28, 28, { fill: BRAND }), d.T('Ledgerline', 76, 25, { size: 17, weight: 700, color: INK }),
    d.T('Product     Pricing     Resources', 520, 26, { size: 14, color: INK }),
  ]),
  d.T('Plans for practices of every size', 320, 120, { size: 32, weight: 700, color: INK, w: 640, align: 'CENTER' }),
  d.AL('Plans', 160, 200, 960, 420, 'HORIZONTAL', { gap: 24 }, ['Sole practitioner|£29 / month|Up to 15 clients', 'Practice|£89 / month|Up to 75 clients', 'Firm|Talk to us|Unlimited clients, SSO, audit log'].map((p, i) => {
    const [n, price, sub] = p.split('|');
    return d.F(d.auto('Frame'), i * 312, 0, 296, 420, { fill: '#f6f7f9', radius: 10, layoutMode: 'VERTICAL', itemSpacing: 12, paddingLeft: 24 }, [
      d.T(n, 24, 28, { size: 18, weight: 600, color: INK }),
      d.T(price, 24, 64, { size: 28, weight: 700, color: BRAND }),
      d.T(sub, 24, 110, { size: 14, color: MUTED }),
      d.btnGroup('Start 30-day trial', 24, 340, 248, 44, { fill: BRAND }),
    ]);
  })),
  d.T('Prices exclude VAT. Monthly plans; cancel before renewal to avoid the next charge.', 320, 650, { size: 13, color: MUTED, w: 640, align: 'CENTER' }),
);

// D — before connecting: value, data use, consent
{
  const next = d.btnInst('Select the client’s software\u200b', cDefault.id, 0, 0, 280, 48, { fill: BRAND, name: 'Comp / Action / Large' });
  go(next, E);
  const faq = d.link('Want to know more? Why practices connect client records →', 0, 0, { size: 13 });
  url(faq, 'https://www.ledgerline.co.uk/practices/why-connect');
  const dpn = d.link('Data Processing Notice', 0, 0, { size: 13 });
  url(dpn, 'https://www.ledgerline.co.uk/legal/data-processing-notice');
  const cancel = d.link('Cancel', 300, 14, { underline: false, color: MUTED });
  back(cancel);
  const card = d.AL('Card', 400, 80, 720, 640, 'VERTICAL', { gap: 18, pad: 32, fill: '#ffffff', stroke: '#dde2e7', radius: 10 }, [
    d.T('Client: Harrow Joinery Ltd', 32, 32, { size: 13, weight: 600, color: BRAND }),
    d.T('Connecting the client’s financial records', 32, 54, { size: 26, weight: 700, color: INK }),
    d.AL(d.auto('Frame'), 32, 100, 656, 250, 'VERTICAL', { gap: 14 }, [
      d.AL(d.auto('Frame'), 0, 0, 656, 70, 'HORIZONTAL', { gap: 12 }, [
        d.V('Vector', 0, 2, 20, 20, { fill: BRAND }),
        d.T('What you gain\nA continuously updated view of the client’s financial position — aged debtors,\nVAT exposure and a risk rating — without requesting exports each quarter.', 32, 0, { size: 14, color: INK }),
      ]),
      d.AL(d.auto('Frame'), 0, 84, 656, 90, 'HORIZONTAL', { gap: 12 }, [
        d.V('Vector', 0, 2, 20, 20, { fill: BRAND }),
        d.T('How the data is used\nLedgerline reads the client’s general ledger, sales and purchase invoices and bank\ntransactions to calculate financial health and a risk score. Data travels one way, into\nLedgerline; nothing is posted back to the client’s books.', 32, 0, { size: 14, color: INK }),
      ]),
      d.AL(d.auto('Frame'), 0, 184, 656, 60, 'HORIZONTAL', { gap: 12 }, [
        d.V('Vector', 0, 2, 20, 20, { fill: BRAND }),
        d.T('Access is read-only and encrypted in transit and at rest. Client data is not disclosed to\nany third party without the client’s written consent.', 32, 0, { size: 14, color: INK }),
      ]),
    ]),
    d.T('You or the client may withdraw access at any time, either from the Connections page in Ledgerline or\nfrom within the client’s own software.', 32, 366, { size: 13, color: MUTED }),
    d.AL(d.auto('Frame'), 32, 414, 656, 40, 'HORIZONTAL', { gap: 10 }, [
      d.checkbox(0, 2, { componentId: cBoxOff.id, name: 'checkbox' }),
      d.T('I confirm that I hold a signed engagement letter authorising Ledgerline to access this client’s\nfinancial data on the practice’s behalf, and I accept the', 30, 0, { size: 13, color: INK }),
      dpn,
    ]),
    d.AL(d.auto('Frame'), 32, 470, 656, 48, 'HORIZONTAL', { gap: 20 }, [next, cancel]),
    faq,
    d.T('Mutual NDA available for firms on request', 32, 560, { size: 12, color: MUTED, visible: false }),
    d.G('powered', 32, 590, 240, 20, [
      d.T('Powered by', 0, 2, { size: 11, color: MUTED }),
      d.V('Openwire logo', 66, 0, 18, 18, { fill: '#3a3f47' }),
      d.T('Openwire', 90, 2, { size: 12, weight: 600, color: '#3a3f47' }),
    ]),
  ]);
  D.children.push(sideNav('Clients', { Clients: C, Connections: J }), card, support());
}

// E — select software
{
  const logos = {
    Xero: 'a11c', 'QuickBooks Online': 'a12c', 'QuickBooks Desktop': 'a13c', 'Sage Business Cloud Accounting': 'a14c', 'Sage 50 Accounts': 'a15c',
    FreeAgent: 'a16c', KashFlow: 'a17c', 'Clear Books': 'a18c', 'Barclays Business': 'b11c', 'HSBC UK Business': 'b12c', 'NatWest Business': 'b13c',
    'Lloyds Bank Business': 'b14c', 'Starling Bank': 'b15c', Tide: 'b16c',
  };
  const tile = (name, i, viaInstance) => {
    const x = (i % 3) * 276;
    const y = Math.floor(i / 3) * 84;
    if (viaInstance) {
      return d.I('Tile', cTile.id, x, y, 260, 72, [d.logoImg(`${logos[name]}9f0e2a71d4`, 16, 16, 40, { name: 'Logo' }), d.T(name, 68, 26, { size: 15, weight: 600, color: INK, name: 'Product name' })], { fill: '#ffffff', radius: 8 });
    }
    return d.F(d.auto('Frame'), x, y, 260, 72, { fill: '#ffffff', stroke: '#dde2e7', radius: 8 }, [d.V('Vector', 16, 16, 40, 40, { fill: '#1c6ed0' }), d.T(name, 68, 26, { size: 15, weight: 600, color: INK })]);
  };
  const books = ['Xero', 'QuickBooks Online', 'QuickBooks Desktop', 'Sage Business Cloud Accounting', 'Sage 50 Accounts', 'FreeAgent', 'KashFlow', 'Clear Books'].map((n, i) => tile(n, i, i < 5));
  go(books[0], F, 'OVERLAY');
  const banks = ['Barclays Business', 'HSBC UK Business', 'NatWest Business', 'Lloyds Bank Business', 'Starling Bank', 'Tide'].map((n, i) => tile(n, i, i % 2 === 0));
  const share = d.link('Client completing this step? Send them a request by email', 0, 0, { size: 13 });
  const later = d.link('Save and finish later', 0, 0, { size: 13, color: MUTED });
  go(later, C);
  const content = d.AL('Content', 272, 24, 980, 730, 'VERTICAL', { gap: 16 }, [
    d.T('Harrow Joinery Ltd  ›  Select software', 0, 0, { size: 12, color: MUTED }),
    d.T('Which software does the client use?', 0, 20, { size: 24, weight: 700, color: INK }),
    d.searchField('Search 60+ bookkeeping packages and banks', 0, 60, 560, 40),
    d.T('Bookkeeping & accounting', 0, 116, { size: 18, weight: 600, color: INK }),
    d.F(d.auto('Frame'), 0, 146, 820, 240, { layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 16 }, books),
    d.T('Business bank accounts (Open Banking)', 0, 400, { size: 18, weight: 600, color: INK }),
    d.F(d.auto('Frame'), 0, 430, 820, 156, { layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 16 }, banks),
    d.T('Client’s package not listed? Upload a trial balance and bank statements (CSV, XLSX or PDF) instead.', 0, 600, { size: 13, color: INK }),
    d.AL(d.auto('Frame'), 0, 630, 820, 20, 'HORIZONTAL', { gap: 24 }, [share, later]),
    d.link('Privacy notice', 0, 664, { size: 12, color: MUTED }),
  ]);
  E.children.push(sideNav('Clients', { Clients: C, Connections: J }), content, support());
}

// F — transfer notice (modal over dimmed page)
{
  const proceed = d.btnFrame('Proceed to Xero', 264, 0, 200, 44, { fill: BRAND });
  go(proceed, G);
  const cancel = d.btnFrame('Cancel', 136, 0, 116, 44, { fill: '#ffffff', color: INK, stroke: '#c9d0d8', weight: 500 });
  close(cancel);
  F.children.push(
    d.R('Scrim', 0, 0, W, H, { fill: '#0d1620' }),
    d.F('Modal', 400, 240, 480, 300, { fill: '#ffffff', radius: 12, layoutMode: 'VERTICAL', itemSpacing: 14, paddingLeft: 28 }, [
      d.R(null, 28, 28, 40, 40, { image: 'a11c9f0e2a71d4', radius: 8 }),
      d.T('You will now be transferred to Xero', 28, 84, { size: 20, weight: 700, color: INK }),
      d.T('Sign in with the client’s Xero credentials, or ask the client to do so, and approve\nread-only access for Ledgerline. Xero will then return you to this page automatically.', 28, 120, { size: 14, color: MUTED }),
      d.G(d.auto('Group'), 28, 228, 464, 44, [cancel, proceed]),
    ]),
  );
  F.children[0].fills[0].color.a = 0.55;
}

// G — importing
{
  const spinner = d.G('Spinner', 608, 250, 64, 64, [d.R('Ellipse', 0, 0, 64, 64, { fill: '#e3efeb', ellipse: true }), d.V('Arc', 0, 0, 64, 32, { fill: BRAND })]);
  go(spinner, Hs, 'NAVIGATE', 'AFTER_TIMEOUT');
  spinner.interactions[0].trigger.timeout = 2.5;
  G.children.push(sideNav('Clients'), spinner,
    d.T('Importing ledger from Xero…', 440, 340, { size: 22, weight: 600, color: INK, w: 400, align: 'CENTER' }),
    d.T('Reading 24 months of transactions for Harrow Joinery Ltd. You may leave this page;\nwe will email you when the import is complete.', 400, 380, { size: 14, color: MUTED, w: 480, align: 'CENTER' }),
  );
}

// H — client data sources
{
  const row = (name, status, color, logo) => d.AL(d.auto('Frame'), 0, 0, 700, 64, 'HORIZONTAL', { gap: 14, pad: 12, fill: '#ffffff', stroke: '#dde2e7', radius: 8 }, [
    logo ? d.logoImg(logo, 12, 12, 40) : d.V('Vector', 12, 12, 40, 40, { fill: '#c0c7cf' }),
    d.T(name, 66, 22, { size: 15, weight: 600, color: INK }),
    d.F(d.auto('Frame'), 520, 18, 168, 28, { fill: color, radius: 14 }, [d.T(status, 10, 6, { size: 12, weight: 600, color: '#1d2329' })]),
  ]);
  const addAnother = d.btnFrame('+ Add another source', 0, 0, 220, 44, { fill: '#ffffff', color: BRAND, stroke: BRAND });
  go(addAnother, E);
  const proceed = d.btnFrame('Proceed to client overview', 240, 0, 260, 44, { fill: BRAND });
  go(proceed, L);
  Hs.children.push(sideNav('Clients', { Clients: C, Connections: J }), d.AL('Content', 272, 32, 760, 720, 'VERTICAL', { gap: 16 }, [
    d.T('Harrow Joinery Ltd — data sources', 0, 0, { size: 24, weight: 700, color: INK }),
    d.G('meter', 0, 44, 700, 40, [
      d.T('2 of 3 sources linked', 0, 0, { size: 13, weight: 600, color: INK }),
      d.R('track', 0, 24, 700, 8, { fill: '#e3e7ea', radius: 4 }),
      d.R('fill', 0, 24, 467, 8, { fill: BRAND, radius: 4 }),
    ]),
    row('Xero', 'Connected ✓', '#d5efe4', 'a11c9f0e2a71d4'),
    row('Barclays Business', 'Awaiting client authorisation', '#fbecc8', 'b11c9f0e2a71d4'),
    row('Payroll (optional)', 'Not linked', '#eceff2'),
    d.AL(d.auto('Frame'), 0, 330, 700, 44, 'HORIZONTAL', { gap: 20 }, [addAnother, proceed]),
    d.T('Client details', 0, 400, { size: 18, weight: 600, color: INK }),
    d.AL(d.auto('Frame'), 0, 430, 700, 150, 'VERTICAL', { gap: 10 }, [
      d.input('Company registration number', 'e.g. 01234567', 0, 0, 340, { placeholder: true }),
      d.input('VAT registration number', 'GB 000 0000 00', 0, 76, 340, { placeholder: true }),
    ]),
  ]), support());
}

// L — client overview with contextual prompt
{
  const linkBank = d.btnFrame('Link business bank account', 24, 150, 240, 40, { fill: BRAND, size: 14 });
  go(linkBank, E);
  L.children.push(sideNav('Clients', { Clients: C, Connections: J }), d.AL('Content', 272, 32, 980, 720, 'VERTICAL', { gap: 20 }, [
    d.T('Harrow Joinery Ltd', 0, 0, { size: 24, weight: 700, color: INK }),
    d.AL('Cards', 0, 48, 980, 300, 'HORIZONTAL', { gap: 20 }, [
      d.F(d.auto('Frame'), 0, 0, 470, 300, { fill: '#ffffff', stroke: '#dde2e7', radius: 10 }, [
        d.T('Aged debtors', 24, 20, { size: 16, weight: 600, color: INK }),
        d.V('Chart', 24, 60, 420, 200, { fill: '#cfe3dd' }),
      ]),
      d.F(d.auto('Frame'), 490, 0, 470, 300, { fill: '#f6f7f9', stroke: '#dde2e7', radius: 10 }, [
        d.T('Cash runway', 24, 20, { size: 16, weight: 600, color: INK }),
        d.T('Link the client’s business bank account to project cash runway\nand monthly burn from actual bank movements.', 24, 60, { size: 14, color: MUTED }),
        linkBank,
      ]),
    ]),
    d.F(d.auto('Frame'), 0, 370, 980, 180, { fill: '#ffffff', stroke: '#dde2e7', radius: 10 }, [
      d.T('Risk rating', 24, 20, { size: 16, weight: 600, color: INK }),
      d.T('Moderate — 62 / 100', 24, 56, { size: 28, weight: 700, color: '#b26b00' }),
      d.link('Regenerate report', 24, 120, { size: 13 }),
    ]),
  ]), support());
}

// J — connections (all clients)
{
  const cols = ['Client', 'Source', 'Account', 'Connected on', 'Last synced', 'Currency', ''];
  const rows = [
    ['Harrow Joinery Ltd', 'Xero', 'Harrow Joinery Ltd', '3 Mar 2025, 10:14', 'Today, 06:00', 'GBP'],
    ['Harrow Joinery Ltd', 'Barclays Business', 'Business Current ••4417', '3 Mar 2025, 10:31', 'Today, 06:00', 'GBP'],
    ['Pemberton Florists', 'QuickBooks Online', 'Pemberton Florists', '11 Feb 2025, 16:02', 'Today, 06:01', 'GBP'],
    ['Ardent Surveying LLP', 'Sage Business Cloud Accounting', 'Ardent Surveying LLP', '28 Jan 2025, 09:47', 'Yesterday, 06:00', 'GBP'],
    ['Ardent Surveying LLP', 'Starling Bank', 'Euro account ••0932', '28 Jan 2025, 09:55', 'Yesterday, 06:00', 'EUR'],
  ];
  const widths = [180, 220, 200, 150, 130, 70, 90];
  const mkRow = (cells, header, i) => {
    let x = 0;
    const kids = cells.map((c, j) => { const t = d.T(c, x + 12, 12, { size: header ? 12 : 13, weight: header ? 600 : 400, color: header ? MUTED : INK, w: widths[j] - 12 }); x += widths[j]; return t; });
    if (!header) {
      const dis = d.T('Disconnect', 1050, 12, { size: 13, weight: 500, color: '#b42318', deco: 'UNDERLINE', w: 80 });
      go(dis, K, 'OVERLAY');
      kids[6] = dis;
    }
    return d.F(d.auto('Frame'), 0, i * 44, 980, 44, { fill: header ? '#f6f7f9' : '#ffffff', stroke: '#e2e6ea', layoutMode: 'HORIZONTAL' }, kids.filter((k) => k && k.characters !== ''));
  };
  J.children.push(sideNav('Connections', { Clients: C }), d.AL('Content', 272, 32, 980, 720, 'VERTICAL', { gap: 16 }, [
    d.T('Connections', 0, 0, { size: 24, weight: 700, color: INK }),
    d.T('Data from every connected source is synchronised automatically each night at 06:00.', 0, 40, { size: 14, color: MUTED }),
    d.btnFrame('Refresh now', 860, 0, 120, 36, { fill: '#ffffff', color: BRAND, stroke: BRAND, size: 13, name: 'Btn' }),
    d.F('Table', 0, 80, 980, 264, { layoutMode: 'VERTICAL' }, [mkRow(cols, true, 0), ...rows.map((r, i) => mkRow([...r, ''], false, i + 1))]),
  ]), support());
  // the manual refresh was parked: hidden in the design
  J.children[1].children[2].visible = false;
}

// K — disconnect modal
{
  const keep = d.btnFrame('Keep connection', 0, 0, 170, 44, { fill: '#ffffff', color: INK, stroke: '#c9d0d8', weight: 500 });
  close(keep);
  const yes = d.btnFrame('Disconnect and revoke access', 186, 0, 250, 44, { fill: '#b42318' });
  go(yes, J);
  K.children.push(d.R('Scrim', 0, 0, W, H, { fill: '#0d1620' }), d.F('Modal', 400, 250, 480, 280, { fill: '#ffffff', radius: 12 }, [
    d.T('Disconnect Xero for Harrow Joinery Ltd?', 28, 28, { size: 20, weight: 700, color: INK }),
    d.T('Ledgerline’s access to the client’s Xero organisation will be revoked immediately.\nData already imported is retained for six years in line with HMRC record-keeping\nrequirements unless you delete it.', 28, 68, { size: 14, color: MUTED }),
    d.G(d.auto('Group'), 28, 208, 436, 44, [keep, yes]),
  ]));
  K.children[0].fills[0].color.a = 0.55;
}

// S — practice settings
S.children.push(sideNav('Settings', { Clients: C, Connections: J }), d.AL('Content', 272, 32, 800, 700, 'VERTICAL', { gap: 20 }, [
  d.T('Practice settings', 0, 0, { size: 24, weight: 700, color: INK }),
  d.input('Practice name', 'Whitcombe & Rowe', 0, 50, 480),
  d.input('Billing email', 'accounts@whitcombe-rowe.co.uk', 0, 126, 480),
  d.T('Engagement letter templates', 0, 210, { size: 18, weight: 600, color: INK }),
  d.T('Standard engagement letter (2025).docx  ·  Bookkeeping schedule.docx', 0, 240, { size: 13, color: MUTED }),
  d.T('Team members', 0, 280, { size: 18, weight: 600, color: INK }),
  d.T('Eleanor Whitcombe (Owner)\nJames Rowe (Partner)\nSunita Patel (Senior)', 0, 310, { size: 13, color: INK }),
  d.btnFrame('Delete practice account', 0, 400, 220, 40, { fill: '#ffffff', color: '#b42318', stroke: '#b42318', size: 14 }),
]));

// X — welcome email
{
  const cta = d.btnFrame('Connect a client now', 40, 0, 240, 48, { fill: BRAND, radius: 4 });
  go(cta, D);
  X.fills = [{ blendMode: 'NORMAL', type: 'SOLID', color: { r: 0.95, g: 0.96, b: 0.97, a: 1 } }];
  X.children.push(d.F('Email', 320, 40, 640, 720, { fill: '#ffffff', layoutMode: 'VERTICAL', itemSpacing: 18, paddingLeft: 40 }, [
    d.T('From: Ledgerline <hello@ledgerline.co.uk>\nSubject: Your practice workspace is ready', 40, 24, { size: 12, color: MUTED }),
    d.V('Vector', 40, 80, 28, 28, { fill: BRAND }),
    d.T('Dear Eleanor,', 40, 130, { size: 16, color: INK }),
    d.T('Your Ledgerline workspace for Whitcombe & Rowe has been created.\nMost practices have their first client fully connected within the hour:', 40, 160, { size: 15, color: INK }),
    d.T('1  Add the client’s details\n2  Connect their bookkeeping software and business bank\n3  Review the financial health summary together', 40, 220, { size: 15, weight: 500, color: INK }),
    cta,
    d.link('Or sign in to add client details first', 40, 380, { size: 13 }),
    d.T('Kind regards,\nThe Ledgerline practice team', 40, 420, { size: 14, color: INK }),
    d.T('Ledgerline Ltd, 4 Spring Gardens, Manchester M2 1EB. Registered in England and Wales no. 12345678.\nYou are receiving this because you created a Ledgerline account. Unsubscribe', 40, 640, { size: 11, color: MUTED }),
  ]));
}

const lay = (fr, x, y) => { fr._x = x; fr._y = y; return fr; };
const secSignup = d.SECTION('Practice sign-up', 0, 0, 4200, 1000, [lay(A, 60, 100), lay(B, 1400, 100), lay(P, 2740, 100)]);
const secConnect = d.SECTION('Connect a client', 0, 1100, 8200, 1000, [lay(C, 60, 100), lay(D, 1400, 100), lay(E, 2740, 100), lay(F, 4080, 100), lay(G, 5420, 100), lay(Hs, 6760, 100)]);
const secManage = d.SECTION('Manage', 0, 2200, 5600, 1000, [lay(L, 60, 100), lay(J, 1400, 100), lay(K, 2740, 100), lay(S, 4080, 100)]);
const secEmail = d.SECTION('Emails', 0, 3300, 1500, 1000, [lay(X, 60, 100)]);
const flowPage = canvas(d, 'Client onboarding v3', [secSignup, secConnect, secManage, secEmail], { starts: [['Practice onboarding', A]], bg: '#1e1e1e' });

// ---- page 1: cover ---------------------------------------------------------
d.setPage(1);
const cover = d.F('Cover', 0, 0, 1920, 1080, { fill: BRAND }, [
  d.T('Ledgerline', 120, 120, { size: 28, weight: 700, color: '#ffffff' }),
  d.T('Client onboarding — connecting client records', 120, 420, { size: 64, weight: 700, color: '#ffffff' }),
  d.T('Practice squad  ·  v3  ·  Ready for dev review', 120, 540, { size: 24, color: '#d6ebe5' }),
  d.R('Status', 120, 900, 220, 48, { fill: '#ffd166', radius: 24 }),
]);
const coverPage = canvas(d, 'Cover', [cover]);

// ---- page 4: archive -------------------------------------------------------
d.setPage(4);
const old1 = d.F('OLD sign-up v1 (do not use)', 0, 0, W, H, { fill: '#ffffff' }, [
  d.T('Sign up to Ledgerline', 440, 200, { size: 28, weight: 700, color: INK }),
  d.input('Email', 'you@practice.co.uk', 440, 260, 400, { placeholder: true }),
  d.btnGroup('Get started', 440, 350, 400, 48, { fill: '#2a6f97', vector: true }),
]);
const old2 = d.F('OLD choose software (grid, v2)', 1400, 0, W, H, { fill: '#ffffff' }, [
  d.T('Pick a package', 80, 60, { size: 24, weight: 700, color: INK }),
  d.T('Xero        QuickBooks        Sage        FreeAgent', 80, 120, { size: 16, color: INK }),
  d.T('v2 used bare names — superseded by v3 tiles', 80, 700, { size: 12, color: '#b42318' }),
]);
const archivePage = canvas(d, 'Archive', [old1, old2]);

const truth = {
  file: 'h76-accountancy-practice-onboarding-desktop.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1280x800) onboarding for UK accountancy practices: the practice signs up, then connects each client’s bookkeeping package and business bank. Pages: cover, components, flow (in sections) and archive.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: ['funnel.prefill', 'privacy.statistics', 'privacy.connection-guide', 'privacy.mutual-nda', 'connection.refresh'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame lists 1-2-3 with connecting as step 2 and a "Connect a client now" button.',
    'funnel.three-actions': 'Sign-up → practice details → clients empty state with the connect button: 2 steps.',
    'funnel.social-proof': 'Managing-partner quote on the sign-up panel.',
    'value.three-part': '"What you gain", "How the data is used", then one main button to select the client’s software.',
    'value.progress-meter': '"2 of 3 sources linked" bar on the client data sources screen.',
    'privacy.consent-action': 'Checkbox with engagement-letter confirmation and a Data Processing Notice link before choosing software.',
    'privacy.connection-guide': 'Only a "why connect" link, a privacy notice and support contacts; no guide on how to connect.',
    'privacy.mutual-nda': 'The NDA line is a hidden layer.',
    'connection.refresh': 'Nightly automatic sync only; the "Refresh now" button is hidden.',
    'funnel.prefill': 'Client details fields stay empty placeholders after Xero is connected.',
    'privacy.statistics': 'No figures about customers or encryption.',
    'platform.non-linear': '"Send them a request by email" and "Save and finish later" on the selection screen.',
  },
  flow: { startFrameId: A.id, connectFrameId: C.id, stepsToConnect: 2, deadEnds: [P.id] },
};

finish(d, 'Ledgerline — Practice client onboarding (v3)', [coverPage, componentsPage, flowPage, archivePage], '2025-03-14T16:42:08Z', truth);

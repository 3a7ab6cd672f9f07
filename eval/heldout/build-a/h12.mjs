// h12: UK bookkeeping practice client portal, desktop 1440x900. Prototype start left unset.
import { setPage, nid, frame, col, row, text, rect, vector, btnFrame, btnGroup, link, checkbox, searchField, logoImg, go, back, closeOv, url, canvas, section, writeFile, WRITTEN_BY } from './lib.mjs';

export function build(dir) {
  const W = 1440;
  const H = 900;
  const F = 'Source Sans 3';
  const navy = '#1D2B4F';
  const teal = '#1F7A74';
  const grey = '#5B6475';

  // components (page 3)
  setPage(3);
  const navItem = { id: nid(), name: 'nav/item', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 0, width: 208, height: 40 }, fills: [], children: [text('Item', 16, 10, { size: 15, font: F })] };
  const compPage = canvas('Components', [frame('Sidebar parts', 0, 0, 400, 200, { fill: '#FFFFFF' }, [navItem])]);
  const components = { [navItem.id]: { key: '3d0e9f21b8', name: 'nav/item', description: 'Sidebar entry' } };

  setPage(1);
  const header = () => row('Header', 0, 0, W, 72, [logoImg('H&L mark', '4e1f0a9b22c7d613', 32, 16, 40), text('Harcourt & Lyle', 84, 22, { size: 20, weight: 700, font: 'Libre Baskerville', color: navy }), text('Client portal', 270, 26, { size: 14, font: F, color: grey })], { fill: '#FFFFFF', stroke: '#E1E4EA' });
  const sidebar = (active) => col('Frame 1200', 0, 72, 240, H - 72, ['Overview', 'Documents', 'VAT & tax', 'Connections', 'Messages', 'Settings'].map((label, i) => {
    const inst = { id: nid(), name: 'nav/item', type: 'INSTANCE', componentId: navItem.id, absoluteBoundingBox: { x: 16, y: 24 + i * 44, width: 208, height: 40 }, fills: label === active ? [{ type: 'SOLID', color: { r: 0.9, g: 0.95, b: 0.94, a: 1 } }] : [], cornerRadius: 6, children: [text(label, 16, 10, { size: 15, font: F, weight: label === active ? 600 : 400, color: label === active ? teal : navy })] };
    return inst;
  }), { fill: '#F7F8FA', gap: 4, pad: 16 });
  const footer = () => row('Frame 1299', 240, H - 56, W - 240, 56, [text('Need help? Telephone 020 7946 0321 (Mon–Fri, 9:00–17:30) · clients@harcourtlyle.co.uk · Raise a support request', 40, 18, { size: 13, font: F, color: grey })], { fill: '#FFFFFF', stroke: '#E1E4EA' });
  const page = (name, x, y, kids, active) => frame(name, x, y, W, H, { fill: '#FFFFFF' }, [header(), sidebar(active), ...kids, footer()]);

  // D1 register
  const registerBtn = btnFrame('Frame 1011', 'Register', 0, 0, 440, 48, { fill: navy, radius: 4, font: F });
  const termsLink = link('Terms of engagement', 0, 0, { font: F, underline: true, size: 14, color: navy });
  const d1 = frame('Register', 0, 0, W, H, { fill: '#F3F1EC' }, [
    col('Frame 1001', 120, 120, 560, 640, [
      logoImg('H&L mark', '4e1f0a9b22c7d613', 0, 0, 56),
      text('Set up your client portal login', 0, 80, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      text('Your engagement letter has been signed. Please create your login to continue.', 0, 130, { size: 16, font: F, color: grey, w: 500 }),
      col('Frame 1002', 0, 180, 440, 300, [
        ['Full name', 'Priya Shah'],
        ['Email address', 'priya@moorgatejoinery.co.uk'],
        ['Create a password', '••••••••••'],
      ].map(([k, v], i) => col(`Frame ${1003 + i}`, 0, i * 84, 440, 76, [text(k, 0, 0, { size: 14, weight: 600, font: F }), frame('Rectangle', 0, 26, 440, 44, { fill: '#FFFFFF', stroke: '#C9CDD6', radius: 4 }, [text(v, 12, 12, { size: 15, font: F })])])), { gap: 8 }),
      row('Frame 1010', 0, 500, 440, 48, [registerBtn]),
      row('Frame 1012', 0, 568, 440, 20, [text('By registering you accept our', 0, 0, { size: 14, font: F, color: grey }), termsLink], { gap: 4 }),
    ], { gap: 16 }),
    frame('Frame 1020', 800, 120, 520, 640, { fill: navy, radius: 2 }, [
      text('“Harcourt & Lyle took our year-end from six weeks to four days. Having our books connected means nobody chases receipts any more.”', 48, 80, { size: 22, font: 'Libre Baskerville', color: '#FFFFFF', w: 424, h: 180 }),
      text('Priya Shah, Finance Director, Moorgate Joinery Ltd', 48, 290, { size: 15, font: F, color: '#C8D1E6' }),
      text('Trusted by 1,200 UK businesses\nISO 27001 certified · ICB registered practice', 48, 540, { size: 15, font: F, color: '#C8D1E6', h: 44 }),
    ]),
  ]);
  // register button and terms link live inside auto-layout rows: relative coords already 0,0
  termsLink.absoluteBoundingBox.x = 200;

  // D2 welcome
  const beginBtn = btnGroup('Group 1040', 'Continue', 0, 0, 200, 48, { fill: teal, radius: 4, font: F });
  const d2 = page('Welcome', 1540, 0, [
    col('Frame 1030', 280, 112, 900, 600, [
      text('Welcome, Priya', 0, 0, { size: 32, weight: 600, font: 'Libre Baskerville', color: navy }),
      text('Three short tasks and your bookkeeper can begin.', 0, 52, { size: 17, font: F, color: grey }),
      text('1   Create your login  ✓\n2   Authorise access to your accounting software and bank feeds\n3   Confirm your company details and book your onboarding call', 0, 100, { size: 17, font: F, w: 700, h: 90 }),
      row('Frame 1041', 0, 220, 400, 48, [beginBtn]),
      frame('Frame 1042', 0, 300, 640, 280, { fill: '#1D2B4F', radius: 6 }, [vector('play', 300, 120, 40, 40, { fill: '#FFFFFF' }), text('A two-minute introduction to the portal', 24, 240, { size: 14, font: F, color: '#FFFFFF' }), text('Skip introduction', 520, 240, { size: 14, font: F, color: '#C8D1E6', underline: true })]),
    ], { gap: 16 }),
  ], 'Overview');

  // D3 authorise (connect)
  const card = (name, ref, sub, x) => frame(`Frame ${x}`, x, 0, 200, 96, { fill: '#FFFFFF', stroke: '#D7DBE3', radius: 6 }, [logoImg('Rectangle', ref, 16, 16, 36), text(name, 16, 58, { size: 14, weight: 600, font: F, w: 176 }), text(sub, 16, 76, { size: 11, font: F, color: grey })]);
  const xeroCard = card('Xero', 'a0b1c2d3e4f50617', 'xero.com', 0);
  const qboCard = card('QuickBooks Online', '1b2c3d4e5f607182', 'quickbooks.intuit.com/uk', 216);
  const faCard = card('FreeAgent', '2c3d4e5f60718293', 'freeagent.com', 432);
  const sageCard = card('Sage Business Cloud Accounting', '3d4e5f6071829304', 'sage.com/en-gb', 648);
  const bankCards = ['Barclays Business', 'HSBC UK Business', 'Lloyds Bank Business', 'Starling Bank', 'Monzo Business'].map((b, i) => card(b, `b0${i}1c2d3e4f5a6b7`, 'Open Banking feed', i * 168));
  for (const c of bankCards) c.absoluteBoundingBox.width = 156;
  const authoriseBtn = btnFrame('cta/primary', 'Authorise\u00A0access', 0, 0, 220, 48, { fill: teal, radius: 4, font: F });
  const faqLink = link('Frequently asked questions about access', 0, 0, { font: F, underline: true, color: teal });
  const exportsLink = link('Use different software, or none? Send us your exports (CSV, Excel or PDF) instead', 0, 0, { font: F, color: teal, w: 700 });
  const inviteLink = btnFrame('Frame 1088', 'Invite a colleague to authorise', 0, 0, 260, 40, { fill: '#FFFFFF', color: navy, stroke: '#C9CDD6', radius: 4, size: 14, font: F });
  const saveLater = btnFrame('Frame 1089', 'Save and return later', 0, 0, 200, 40, { fill: '#FFFFFF', color: navy, stroke: '#C9CDD6', radius: 4, size: 14, font: F });
  const ndaLink = link('Request a mutual NDA', 0, 0, { font: F, underline: true, color: teal, size: 13 });
  const d3 = page('Authorise software', 3080, 0, [
    col('Frame 1050', 280, 104, 1120, 720, [
      text('Task 2 of 3', 0, 0, { size: 13, font: F, color: grey }),
      text('Grant us access to your books', 0, 20, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      row('Frame 1051', 0, 64, 1120, 64, [
        text('Why: we reconcile your accounts each month and prepare VAT returns without chasing you for paperwork.', 0, 0, { size: 14, font: F, w: 360, h: 60 }),
        text('What we use: we read ledgers, invoices and bank transactions from your software; journals are posted back only once you approve them.', 380, 0, { size: 14, font: F, w: 380, h: 60 }),
        text('Your data is encrypted in transit and at rest and is never passed to third parties without your written consent. You may withdraw access at any time.', 780, 0, { size: 14, font: F, w: 340, h: 60 }),
      ], { gap: 20 }),
      row('Frame 1052', 0, 140, 1120, 40, [searchField('Frame 1053', 'Search software or banks', 0, 0, 420, 40, { fill: '#FFFFFF', stroke: '#C9CDD6', radius: 4, font: F, size: 14 }), faqLink], { gap: 24 }),
      col('Frame 1060', 0, 196, 1120, 130, [text('Accounting software', 0, 0, { size: 18, weight: 600, font: F, color: navy }), row('Frame 1061', 0, 30, 1120, 96, [xeroCard, qboCard, faCard, sageCard], { gap: 16 })], { gap: 8 }),
      col('Frame 1070', 0, 340, 1120, 130, [text('Bank feeds', 0, 0, { size: 18, weight: 600, font: F, color: navy }), row('Frame 1071', 0, 30, 1120, 96, bankCards, { gap: 12 })], { gap: 8 }),
      row('Frame 1080', 0, 490, 1120, 48, [authoriseBtn, inviteLink, saveLater], { gap: 16 }),
      exportsLink,
      row('Frame 1090', 0, 600, 1120, 40, [text('Secure connections powered by', 0, 10, { size: 12, font: F, color: grey }), vector('Vector', 190, 6, 24, 24, { fill: navy }), text('Bridgewell Connect', 220, 10, { size: 13, weight: 600, font: F, color: navy }), text('·', 350, 10, { size: 12, font: F }), ndaLink], { gap: 8 }),
    ], { gap: 12 }),
  ], 'Connections');
  exportsLink.absoluteBoundingBox.y = 556;

  // D4 consent modal (overlay)
  const cont = btnFrame('Frame 1110', 'Continue to Xero', 360, 380, 200, 44, { fill: teal, radius: 4, font: F, size: 15 });
  const guideLink = link('Read our guide: authorising Xero, step by step', 32, 330, { font: F, underline: true, color: teal, size: 14 });
  const privacyLink = link('Privacy Notice', 330, 262, { font: F, underline: true, color: teal, size: 14 });
  const d4 = frame('Modal – Xero', 4620, 0, W, H, { fill: '#1D2B4F' }, [
    frame('Frame 1100', 420, 200, 600, 460, { fill: '#FFFFFF', radius: 8 }, [
      closeOv(vector('close', 560, 24, 16, 16, { stroke: navy })),
      row('Frame 1101', 32, 32, 400, 40, [logoImg('Rectangle', 'a0b1c2d3e4f50617', 0, 0, 40), text('Authorise Xero', 52, 8, { size: 22, weight: 600, font: 'Libre Baskerville', color: navy })], { gap: 12 }),
      text('You will be taken to Xero to sign in and approve access for Harcourt & Lyle. Once approved, Xero returns you to this portal.', 32, 96, { size: 15, font: F, w: 536, h: 44 }),
      text('Access requested: read your chart of accounts, contacts, invoices, bills and bank transactions; write reconciliation journals (approved by you).', 32, 150, { size: 14, font: F, color: grey, w: 536, h: 44 }),
      row('Frame 1102', 32, 256, 536, 44, [checkbox('rect', 0, 4), text('I consent to Harcourt & Lyle accessing my Xero organisation data as set out in the', 32, 0, { size: 14, font: F, w: 500, h: 40 })], { gap: 12 }),
      privacyLink,
      guideLink,
      cont,
      closeOv(text('Cancel', 280, 392, { size: 15, font: F, color: navy })),
    ]),
  ]);

  // D5 Xero sign-in (third party)
  const allowBtn = btnFrame('Frame 1120', 'Allow access', 0, 0, 360, 44, { fill: '#13B5EA', radius: 4 });
  const d5 = frame('Xero – allow access', 6160, 0, W, H, { fill: '#F2F4F7' }, [
    col('Frame 1121', 520, 160, 400, 440, [
      vector('xero', 170, 0, 60, 60, { fill: '#13B5EA' }),
      text('Harcourt & Lyle Client Portal wants to access\nMoorgate Joinery Ltd', 0, 80, { size: 18, weight: 600, w: 400, h: 50 }),
      text('•  View your business transactions\n•  View your contacts\n•  View and manage journals', 0, 150, { size: 15, w: 400, h: 70 }),
      allowBtn,
      back(text('Cancel', 170, 310, { size: 15, color: '#0078C8' })),
    ], { gap: 16 }),
  ]);

  // D6 status after first connection
  const addAnother = link('+ Add another connection', 0, 0, { font: F, color: teal, weight: 600, size: 15 });
  const contDetails = btnFrame('Frame 1140', 'Continue to task 3', 0, 0, 220, 48, { fill: navy, radius: 4, font: F });
  const d6 = page('Authorised', 7700, 0, [
    col('Frame 1130', 280, 104, 900, 600, [
      text('Thank you — Xero is now connected', 0, 0, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      col('Frame 1131', 0, 60, 700, 200, [
        row('Frame 1132', 0, 0, 700, 56, [logoImg('Rectangle', 'a0b1c2d3e4f50617', 12, 10, 36), text('Xero — Moorgate Joinery Ltd', 60, 16, { size: 15, font: F }), text('Connected ✓', 560, 16, { size: 14, weight: 600, font: F, color: teal })], { stroke: '#D7DBE3', radius: 6 }),
        row('Frame 1133', 0, 64, 700, 56, [logoImg('Rectangle', 'b001c2d3e4f5a6b7', 12, 10, 36), text('Barclays Business — current account', 60, 16, { size: 15, font: F }), text('Awaiting your authorisation', 480, 16, { size: 14, font: F, color: '#A15C00' })], { stroke: '#D7DBE3', radius: 6 }),
      ], { gap: 8 }),
      addAnother,
      row('Frame 1141', 0, 320, 400, 48, [contDetails]),
    ], { gap: 16 }),
  ], 'Connections');

  // D7 company details prefilled
  const confirmBtn = btnFrame('Frame 1160', 'Confirm details', 0, 0, 200, 48, { fill: navy, radius: 4, font: F });
  const d7 = page('Company details', 9240, 0, [
    col('Frame 1150', 280, 104, 900, 700, [
      text('Confirm your company details', 0, 0, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      text('We have completed these from your Xero organisation. Please check and amend if needed.', 0, 48, { size: 15, font: F, color: grey }),
      col('Frame 1151', 0, 90, 600, 480, [
        ['Registered name', 'Moorgate Joinery Ltd'],
        ['Company number', '08812345'],
        ['VAT registration number', 'GB 123 4567 89'],
        ['Registered office', '14 Moorgate Yard, Leeds LS2 7HJ'],
        ['Main contact', 'Priya Shah, Finance Director'],
        ['Turnover (last financial year)', '£1,284,000'],
      ].map(([k, v], i) => col(`Frame ${1152 + i}`, 0, i * 76, 600, 70, [text(k, 0, 0, { size: 13, weight: 600, font: F }), frame('Rectangle', 0, 24, 600, 40, { fill: '#F7F8FA', stroke: '#C9CDD6', radius: 4 }, [text(v, 12, 10, { size: 15, font: F })])])), { gap: 6 }),
      row('Frame 1159', 0, 590, 400, 48, [confirmBtn]),
    ], { gap: 12 }),
  ], 'Overview');

  // D8 overview (no connection prompts)
  const d8 = page('Overview', 10780, 0, [
    col('Frame 1170', 280, 104, 1120, 700, [
      text('Good morning, Priya', 0, 0, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      row('Frame 1171', 0, 56, 1120, 140, [
        frame('Frame 1172', 0, 0, 360, 140, { fill: '#F7F8FA', radius: 6 }, [text('Next VAT return', 20, 20, { size: 14, font: F, color: grey }), text('Q2 — due 7 August', 20, 48, { size: 22, weight: 600, font: F })]),
        frame('Frame 1173', 380, 0, 360, 140, { fill: '#F7F8FA', radius: 6 }, [text('Documents requested', 20, 20, { size: 14, font: F, color: grey }), text('3 receipts outstanding', 20, 48, { size: 22, weight: 600, font: F })]),
        frame('Frame 1174', 760, 0, 360, 140, { fill: '#F7F8FA', radius: 6 }, [text('Your bookkeeper', 20, 20, { size: 14, font: F, color: grey }), text('Eleanor Briggs', 20, 48, { size: 22, weight: 600, font: F }), text('Message Eleanor', 20, 92, { size: 14, font: F, color: teal, underline: true })]),
      ], { gap: 20 }),
      text('Recent activity', 0, 230, { size: 18, weight: 600, font: F }),
      text('12 Jun  May reconciliation completed\n10 Jun  Invoice INV-2231 queried\n03 Jun  VAT return Q1 submitted to HMRC', 0, 262, { size: 15, font: F, w: 600, h: 70 }),
    ], { gap: 16 }),
  ], 'Overview');

  // D9 connections table
  const syncBtn = btnFrame('Btn', 'Sync now', 0, 0, 90, 30, { fill: '#FFFFFF', color: teal, stroke: teal, radius: 4, size: 13, font: F });
  const revokeXero = text('Revoke', 0, 0, { size: 13, font: F, color: '#B42318', underline: true });
  const cols = [0, 200, 440, 620, 800, 920];
  const tr = (i, cells, actions) => row(`Row ${i}`, 0, 48 + i * 56, 1100, 56, [...cells.map((c, j) => text(c, cols[j], 18, { size: 14, font: F, w: cols[j + 1] ? cols[j + 1] - cols[j] - 12 : 160 })), row('Frame', 960, 12, 140, 32, actions, { gap: 8 })], { stroke: '#E1E4EA' });
  const d9 = page('Connections', 12320, 0, [
    col('Frame 1180', 280, 104, 1120, 700, [
      row('Frame 1181', 0, 0, 1100, 40, [text('Connections', 0, 0, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }), btnFrame('Frame 1182', '+ Add a connection', 900, 0, 200, 40, { fill: teal, radius: 4, size: 14, font: F })]),
      frame('Table', 0, 60, 1100, 300, { fill: '#FFFFFF', stroke: '#D7DBE3', radius: 6 }, [
        row('Header row', 0, 0, 1100, 48, ['Platform', 'Organisation / account', 'First connected', 'Last synchronised', 'Status', 'Actions'].map((h, j) => text(h, cols[j], 14, { size: 13, weight: 700, font: F, color: grey })), { fill: '#F7F8FA' }),
        tr(0, ['Xero', 'Moorgate Joinery Ltd', '4 Mar 2025, 09:12', 'Today, 08:30', 'Active'], [syncBtn, revokeXero]),
        tr(1, ['Barclays Business', 'Current ••1182 · GBP', '4 Mar 2025, 09:20', 'Today, 06:00', 'Active'], [btnFrame('Btn', 'Sync now', 0, 0, 90, 30, { fill: '#FFFFFF', color: teal, stroke: teal, radius: 4, size: 13, font: F }), text('Revoke', 0, 0, { size: 13, font: F, color: '#B42318', underline: true })]),
        tr(2, ['Starling Bank', 'Savings ••0917 · GBP', '4 Mar 2025, 09:24', '1 Jun 2025, 06:00', 'Re-authorise'], [text('Renew', 0, 0, { size: 13, font: F, color: teal, underline: true })]),
        tr(3, ['FreeAgent', 'Moorgate Lettings', '12 Jan 2024', '30 Sep 2024', 'Revoked'], []),
      ]),
      text('Revoking access stops all future synchronisation immediately. Data already received is retained only for as long as our engagement letter requires.', 0, 380, { size: 13, font: F, color: grey, w: 900 }),
      text('Close your client account', 0, 420, { size: 13, font: F, color: '#B42318' }),
    ], { gap: 16 }),
  ], 'Connections');

  // D10 terms (dead end)
  const d10 = frame('Terms of engagement', 13860, 0, W, H, { fill: '#FFFFFF' }, [
    header(),
    col('Frame 1190', 280, 120, 880, 700, [
      text('Terms of engagement', 0, 0, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      text('1. Scope of services\n2. Your responsibilities\n3. Fees and payment — monthly packages may be cancelled at any month end with 30 days’ notice\n4. Confidentiality\n5. Data protection (UK GDPR)\n6. Limitation of liability', 0, 56, { size: 16, font: F, w: 880, h: 170 }),
      text('Harcourt & Lyle Bookkeeping Ltd is registered in England and Wales, company number 07765432.', 0, 250, { size: 13, font: F, color: grey }),
    ], { gap: 16 }),
  ]);

  // D11 connection guide
  const d11 = page('Guide – Xero', 15400, 0, [
    col('Frame 1200', 280, 104, 880, 700, [
      back(text('← Back', 0, 0, { size: 14, font: F, color: teal })),
      text('Authorising Xero: a step-by-step guide', 0, 30, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      text('1  Choose Xero on the Connections page and tick the consent box\n2  Sign in to Xero with an adviser or standard user login\n3  Select the organisation, e.g. Moorgate Joinery Ltd\n4  Press “Allow access” — you are returned to the portal\n5  Repeat for each bank feed', 0, 84, { size: 16, font: F, w: 880, h: 140 }),
      rect('Screenshot', 0, 250, 720, 380, { image: 'cc11ee22aa33bb44', radius: 4 }),
    ], { gap: 16 }),
  ], 'Connections');

  // D12 upload exports
  const d12 = page('Send exports', 16940, 0, [
    col('Frame 1210', 280, 104, 880, 600, [
      text('Send us your exports instead', 0, 0, { size: 28, weight: 600, font: 'Libre Baskerville', color: navy }),
      text('If your software is not listed, upload a trial balance, sales and purchase ledgers and bank statements each month.', 0, 48, { size: 15, font: F, w: 700 }),
      frame('Dropzone', 0, 100, 700, 200, { stroke: '#9AA3B5', radius: 6 }, [vector('upload', 334, 60, 32, 32, { stroke: grey }), text('Drag files here or browse (CSV, XLSX, PDF — up to 50 MB)', 160, 110, { size: 14, font: F, color: grey })]),
    ], { gap: 16 }),
  ], 'Connections');

  // wiring
  go(registerBtn, d2);
  go(termsLink, d10);
  go(beginBtn, d3);
  for (const c of [xeroCard, qboCard, faCard, sageCard]) go(c, d4, 'OVERLAY');
  go(authoriseBtn, d4, 'OVERLAY');
  url(faqLink, 'https://harcourtlyle.co.uk/portal/faq#access');
  url(ndaLink, 'mailto:legal@harcourtlyle.co.uk?subject=Mutual%20NDA');
  go(exportsLink, d12);
  url(privacyLink, 'https://harcourtlyle.co.uk/privacy');
  go(guideLink, d11);
  go(cont, d5);
  go(allowBtn, d6);
  go(addAnother, d3);
  go(contDetails, d7);
  go(confirmBtn, d8);
  // sidebar entries on the overview
  go(d8.children[1].children[3], d9);
  go(d9.children[2].children[0].children[1], d4, 'OVERLAY');

  const flow = canvas('Client onboarding', [section('Onboarding', 0, 0, 18500, 1000, [d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12])]);
  setPage(2);
  const cover = canvas('Cover', [frame('Thumbnail', 0, 0, 1600, 960, { fill: '#1D2B4F' }, [text('Client portal — onboarding & connections', 100, 400, { size: 64, weight: 700, color: '#FFFFFF' }), text('Status: in review', 100, 500, { size: 28, color: '#C8D1E6' })])]);
  setPage(4);
  const archive = canvas('Archive – 2024', [frame('Old connect screen', 0, 0, W, H, { fill: '#FFFFFF' }, [text('Link your bank account', 120, 120, { size: 28, weight: 600 }), text('We will email you a form to complete.', 120, 170, { size: 16 })])]);

  const truth = {
    kind: 'onboarding',
    writtenBy: WRITTEN_BY,
    description: 'UK bookkeeping firm client portal (desktop). Register, welcome with three tasks, authorise-access screen with accounting software and bank feeds, Xero consent modal, the Xero allow-access screen, status after the first connection, prefilled company details, overview, a connections table, a step-by-step guide, an exports upload page and a terms dead end. Prototype start left unset.',
    present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
    absent: ['funnel.greeting-email', 'value.contextual-ctas', 'connection.syncing-indicator'],
    notes: {
      'funnel.three-actions': 'Register -> Welcome -> Authorise software: 2 steps.',
      'funnel.cta-visible': '"Authorise access" primary in the main area; "Connections" is a permanent sidebar entry.',
      'funnel.social-proof': 'Finance director testimonial on the register screen.',
      'funnel.prefill': 'Company details "completed from your Xero organisation" (company number, VAT number, office, turnover).',
      'value.three-part': 'Why / What we use / trust columns above the grouped cards and one "Authorise access" CTA.',
      'value.faq-link': '"Frequently asked questions about access" beside the search.',
      'value.progress-meter': 'Left unlabelled: only a "Task 2 of 3" caption and a numbered task list, no meter that grows with connections.',
      'value.contextual-ctas': 'Overview has no connect prompts inside features.',
      'privacy.data-scope': 'Reads ledgers, invoices, bank transactions; journals posted back after approval (both directions).',
      'privacy.trust-language': 'Encrypted, never passed to third parties without written consent.',
      'privacy.consent-action': 'Checkbox + Privacy Notice link in the Xero modal.',
      'privacy.disconnect-anytime': '"You may withdraw access at any time."',
      'privacy.connection-guide': '"Read our guide: authorising Xero, step by step" page.',
      'privacy.statistics': '"Trusted by 1,200 UK businesses".',
      'privacy.support-contacts': 'Footer on portal pages: telephone, email, support request.',
      'privacy.powered-by': '"Secure connections powered by Bridgewell Connect".',
      'privacy.mutual-nda': '"Request a mutual NDA".',
      'platform.explain-redirect': '"You will be taken to Xero to sign in… Xero returns you to this portal."',
      'platform.grouped-categories': '"Accounting software" and "Bank feeds" headings.',
      'platform.accurate-branding': 'QuickBooks Online, Sage Business Cloud Accounting, site addresses under each name.',
      'platform.search': '"Search software or banks".',
      'platform.alternatives': '"Send us your exports" upload page.',
      'platform.non-linear': '"Invite a colleague to authorise" and "Save and return later".',
      'platform.multiple-connections': '"Connected ✓", "Awaiting your authorisation", "+ Add another connection".',
      'connection.view-live': 'Connections table with first connected / last synchronised and account currency.',
      'connection.delete': '"Revoke" per row.',
      'connection.refresh': '"Sync now" per row.',
      'connection.syncing-indicator': 'No in-progress sync state anywhere.',
      'funnel.greeting-email': 'No email frame.',
    },
    flow: { startFrameId: d1.id, connectFrameId: d3.id, stepsToConnect: 2, deadEnds: [d10.id] },
  };
  return writeFile(dir, 'h12-bookkeeping-practice-desktop', { name: 'H&L Client Portal — Onboarding', lastModified: '2025-06-14T10:05:51Z', version: '4981120733' }, [cover, flow, compPage, archive], components, {}, truth);
}

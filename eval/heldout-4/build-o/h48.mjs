// h48: rebate tracking for distributors, desktop 1440 wide, dense tables.
// Older-style prototype: transitionNodeID on nodes and prototypeStartNodeID on the page.
import { builder, C, rgb, solid, act, canvas, file, btnInst, btnFrame, btnGroup, link, search, logo } from './lib.mjs';

const W = 1440;
const H = 1024;
const navy = rgb('#0B2545');
const blue = rgb('#1D6FD8');
const amber = rgb('#B26A00');
const muted = rgb('#5F6B7A');
const zebra = rgb('#F6F8FB');

export const name = 'h48-distributor-rebates-desktop';

export function build() {
  const B = builder();

  B.setPage(2);
  const primary = B.component('Button/Primary/M', 0, 0, 160, 36, { fills: solid(blue), cornerRadius: 4 }, [B.text('Button', 12, 9, 136, 18, { color: C.white, weight: 600 })]);
  const badge = B.component('Status=Connected', 200, 0, 90, 22, { fills: solid(rgb('#E3F4E8')), cornerRadius: 11 }, [B.text('Connected', 10, 3, 70, 16, { size: 11, color: rgb('#16794C'), weight: 600 })]);
  const badgeP = B.component('Status=Pending', 200, 30, 90, 22, { fills: solid(rgb('#FFF1D6')), cornerRadius: 11 }, [B.text('Pending', 10, 3, 70, 16, { size: 11, color: amber, weight: 600 })]);
  const badgeSet = B.componentSet('Status', 180, 0, 130, 60, [badge, badgeP]);
  const comps = canvas(B, '⚙︎ Library', [primary, badgeSet]);

  B.setPage(3);
  const ids = {};
  const frames = [];
  const pend = [];
  const to = (n, k) => { pend.push([n, k]); return n; };
  const scr = (key, title, col, row, kids, bg = C.white) => {
    const f = B.frame(title, col * (W + 200), row * (H + 200), W, H, { fills: solid(bg), clipsContent: true }, kids);
    ids[key] = f.id; frames.push(f); return f;
  };
  const topbar = () => B.frame('Frame 1', 0, 0, W, 56, { fills: solid(navy) }, [
    B.text('rebatly', 24, 16, 120, 24, { size: 20, weight: 700, color: C.white }),
    B.text('Northwind Supply Co. ▾', 1200, 18, 200, 20, { size: 13, color: C.white }),
  ]);
  const checklist = (done) => B.auto('Auto layout', 'VERTICAL', 1140, 96, 260, 260, { fills: solid(zebra), cornerRadius: 8, itemSpacing: 10, paddingLeft: 16, paddingTop: 16 }, [
    B.text(`Setup · ${done} of 5 done`, 0, 0, 228, 18, { size: 13, weight: 700 }),
    B.group('Group 2', 0, 26, 228, 6, [B.rect('Rectangle 2', 0, 0, 228, 6, { fills: solid(C.line), cornerRadius: 3 }), B.rect('Rectangle 3', 0, 0, 228 * done / 5, 6, { fills: solid(blue), cornerRadius: 3 })]),
    B.text(['Company profile', 'Supplier agreements', 'Invite team', 'Data sources', 'First accrual run'].map((t, i) => `${i < done ? '✓' : '○'}  ${t}`).join('\n'), 0, 44, 228, 110, { size: 13 }),
  ]);
  const sidebar = (active) => {
    const items = ['Overview', 'Programmes', 'Claims', 'Accruals', 'Suppliers', 'Data sources', 'Settings'];
    return B.frame('Frame 2', 0, 56, 220, H - 56, { fills: solid(zebra), strokes: solid(C.line) }, items.map((t, i) => {
      const tx = B.text(t, 24, 24 + i * 40, 172, 20, { size: 14, weight: t === active ? 700 : 400, color: t === active ? blue : C.ink });
      if (t === 'Data sources') to(tx, 'sources');
      if (t === 'Programmes') to(tx, 'programmes');
      return tx;
    }));
  };
  const table = (cols, rows, x, y, w, o = {}) => {
    const cw = w / cols.length;
    const head = B.auto('Auto layout', 'HORIZONTAL', 0, 0, w, 32, { fills: solid(zebra) }, cols.map((c, i) => B.text(c, i * cw + 8, 8, cw - 16, 16, { size: 11, weight: 700, color: muted })));
    const body = rows.map((r, j) => B.auto('Auto layout', 'HORIZONTAL', 0, 32 + j * 32, w, 32, { strokes: solid(C.line), fills: solid(j % 2 ? zebra : C.white) }, r.map((c, i) => (typeof c === 'string' ? B.text(c, i * cw + 8, 8, cw - 16, 16, { size: 12, font: o.mono && i > 1 ? 'Roboto Mono' : 'Inter' }) : c))));
    return B.auto(o.name || 'Auto layout', 'VERTICAL', x, y, w, 32 + rows.length * 32, { itemSpacing: 0 }, [head, ...body]);
  };

  // Welcome email
  const emCta = btnFrame(B, 'Sync your ERP', 0, 0, 180, 40, blue, { radius: 4 });
  to(emCta, 'connect');
  scr('email', 'Email / Welcome', 0, 0, [
    B.frame('Frame 5', 420, 60, 600, 880, { strokes: solid(C.line) }, [
      B.auto('Auto layout', 'VERTICAL', 40, 40, 520, 800, { itemSpacing: 18 }, [
        B.text('From: Dana at rebatly <dana@rebatly.example>\nSubject: Welcome aboard — your first claim in three steps', 0, 0, 520, 36, { size: 12, color: muted }),
        B.text('Welcome to rebatly, Marcus', 0, 50, 520, 32, { size: 24, weight: 700 }),
        B.text('Most distributors leave 1–3% of purchases unclaimed. Here’s how to get it back:', 0, 96, 520, 40, { size: 15 }),
        B.text('1\u2003Upload your supplier rebate agreements\n2\u2003Sync your ERP so we can see every PO and invoice\n3\u2003Review your first accrual report', 0, 150, 520, 80, { size: 15 }),
        emCta,
        B.text('Or reply to this email and we’ll do the ERP hookup with your IT team.', 0, 300, 520, 40, { size: 13, color: muted }),
        B.text('rebatly Inc. · 401 N Michigan Ave, Chicago IL · Unsubscribe', 0, 740, 520, 16, { size: 11, color: muted }),
      ]),
    ]),
  ], zebra);

  // Sign up
  const suBtn = btnInst(B, primary.id, 'Start free pilot', 0, 0, 400, 44);
  to(suBtn, 'profile');
  const tos = link(B, 'Terms of Service', 0, 0, 130, blue, { deco: 'UNDERLINE', size: 12 });
  to(tos, 'terms');
  scr('signup', 'Sign up', 1, 0, [
    B.frame('Frame 10', 0, 0, 620, H, { fills: solid(navy) }, [
      B.text('rebatly', 60, 60, 200, 32, { size: 26, weight: 700, color: C.white }),
      B.text('“We recovered $1.2M in missed volume rebates in our first two quarters. Our buying team finally trusts the numbers.”', 60, 380, 500, 120, { size: 22, weight: 600, color: C.white }),
      B.group('Group 11', 60, 530, 400, 48, [B.ellipse('Ellipse 1', 0, 0, 48, 48, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'headshot-kowalski' }] }), B.text('Ann Kowalski\nVP Procurement, Lakeshore Industrial Supply', 60, 4, 340, 40, { size: 13, color: C.white })]),
    ]),
    B.auto('Auto layout', 'VERTICAL', 800, 260, 400, 500, { itemSpacing: 14 }, [
      B.text('Create your workspace', 0, 0, 400, 32, { size: 26, weight: 700 }),
      B.frame('Frame 12', 0, 50, 400, 44, { strokes: solid(C.line), cornerRadius: 4 }, [B.text('Work email', 12, 12, 300, 20, { color: muted })]),
      B.frame('Frame 13', 0, 106, 400, 44, { strokes: solid(C.line), cornerRadius: 4 }, [B.text('Company', 12, 12, 300, 20, { color: muted })]),
      B.frame('Frame 14', 0, 162, 400, 44, { strokes: solid(C.line), cornerRadius: 4 }, [B.text('Password', 12, 12, 300, 20, { color: muted })]),
      suBtn,
      B.auto('Auto layout', 'HORIZONTAL', 0, 280, 400, 18, { itemSpacing: 4 }, [B.text('By continuing you accept our', 0, 0, 190, 16, { size: 12, color: muted }), tos]),
    ]),
  ]);

  // Company profile (typed by hand, before any connection)
  const pNext = btnInst(B, primary.id, 'Save & continue', 0, 0, 160, 36);
  to(pNext, 'agreements');
  const field = (l, ph, x, y) => B.auto('Auto layout', 'VERTICAL', x, y, 420, 64, { itemSpacing: 4 }, [B.text(l, 0, 0, 420, 16, { size: 12, weight: 600 }), B.frame('Frame 20', 0, 20, 420, 40, { strokes: solid(C.line), cornerRadius: 4 }, [B.text(ph, 10, 10, 380, 20, { color: muted })])]);
  scr('profile', 'Frame 1203', 2, 0, [
    topbar(), checklist(0),
    B.auto('Auto layout', 'VERTICAL', 120, 96, 900, 800, { itemSpacing: 16 }, [
      B.text('Company profile', 0, 0, 900, 30, { size: 24, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 46, 900, 64, { itemSpacing: 24 }, [field('Legal entity name', 'Enter legal name', 0, 0), field('EIN', 'XX-XXXXXXX', 444, 0)]),
      B.auto('Auto layout', 'HORIZONTAL', 0, 126, 900, 64, { itemSpacing: 24 }, [field('HQ address', 'Street, city, state', 0, 0), field('Fiscal year end', 'MM/DD', 444, 0)]),
      B.auto('Auto layout', 'HORIZONTAL', 0, 206, 900, 64, { itemSpacing: 24 }, [field('Annual purchases (approx.)', '$', 0, 0), field('Number of suppliers under rebate', '—', 444, 0)]),
      pNext,
    ]),
  ]);

  // Agreements
  const aNext = btnInst(B, primary.id, 'Continue', 0, 0, 160, 36);
  to(aNext, 'team');
  scr('agreements', 'Frame 1204', 3, 0, [
    topbar(), checklist(1),
    B.auto('Auto layout', 'VERTICAL', 120, 96, 980, 860, { itemSpacing: 16 }, [
      B.text('Supplier agreements', 0, 0, 980, 30, { size: 24, weight: 700 }),
      B.text('Drop PDFs or spreadsheets — we extract tiers, growth targets and payment terms.', 0, 40, 980, 20, { size: 14, color: muted }),
      table(['File', 'Supplier', 'Type', 'Tiers found', 'Period', 'Status'], [
        ['Eaton_2025_VIR.pdf', 'Eaton', 'Volume incentive', '4', 'CY2025', 'Parsed'],
        ['3M_growth_Q.xlsx', '3M', 'Growth', '3', 'Q1–Q4', 'Parsed'],
        ['Milwaukee_coop.pdf', 'Milwaukee Tool', 'Co-op / MDF', '1', 'FY25', 'Needs review'],
        ['LinkShip_freight.pdf', 'LinkShip Logistics', 'Freight allowance', '2', 'CY2025', 'Parsed'],
        ['Hubbell_SPA.pdf', 'Hubbell', 'Special pricing', '—', 'Rolling', 'Parsing…'],
      ], 0, 80, 980, { name: 'Table' }),
      aNext,
    ]),
  ]);

  // Team invite (with a skip unrelated to connecting)
  const tNext = btnInst(B, primary.id, 'Send invites', 0, 0, 160, 36);
  to(tNext, 'connect');
  const tSkip = link(B, 'Skip for now', 0, 0, 120, muted);
  to(tSkip, 'connect');
  scr('team', 'Frame 1205', 4, 0, [
    topbar(), checklist(2),
    B.auto('Auto layout', 'VERTICAL', 120, 96, 900, 600, { itemSpacing: 16 }, [
      B.text('Invite your team', 0, 0, 900, 30, { size: 24, weight: 700 }),
      table(['Email', 'Role', 'Programmes'], [['purchasing@northwindsupply.com', 'Buyer', 'All'], ['ap@northwindsupply.com', 'Finance', 'Claims only'], ['', 'Viewer', '—']], 0, 50, 900),
      B.auto('Auto layout', 'HORIZONTAL', 0, 200, 900, 36, { itemSpacing: 24, counterAxisAlignItems: 'CENTER' }, [tNext, tSkip]),
    ]),
  ]);

  // Data sources — picker (the connect screen)
  const tile = (nm, ref, sub, key) => {
    const t = B.frame(`Frame ${nm.length * 3}`, 0, 0, 280, 64, { strokes: solid(C.line), cornerRadius: 6, layoutMode: 'HORIZONTAL', itemSpacing: 10, paddingLeft: 12, counterAxisAlignItems: 'CENTER' }, [
      logo(B, ref, 12, 14, 36), B.auto('Auto layout', 'VERTICAL', 58, 12, 210, 40, { itemSpacing: 2 }, [B.text(nm, 0, 0, 210, 18, { size: 13, weight: 600 }), B.text(sub, 0, 20, 210, 16, { size: 11, color: muted })]),
    ]);
    if (key) to(t, key);
    return t;
  };
  const shareIt = link(B, 'Send this step to your IT admin', 0, 0, 240, blue, { deco: 'UNDERLINE' });
  to(shareIt, 'shareModal');
  const nsGuide = link(B, 'Setup guide: NetSuite token-based auth (PDF)', 0, 0, 320, blue, { deco: 'UNDERLINE' });
  act(nsGuide, { type: 'URL', url: 'https://docs.rebatly.example/guides/netsuite-tba.pdf' });
  const mnda = link(B, 'Need an MNDA signed before sharing data? Request one', 0, 0, 380, blue, { deco: 'UNDERLINE' });
  act(mnda, { type: 'URL', url: 'https://rebatly.example/legal/mnda-request' });
  scr('connect', 'Frame 1206', 0, 1, [
    topbar(), checklist(3),
    B.auto('Auto layout', 'VERTICAL', 120, 96, 980, 880, { itemSpacing: 16 }, [
      B.text('Data sources', 0, 0, 980, 30, { size: 24, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 44, 980, 40, { itemSpacing: 16 }, [search(B, 'Filter integrations…', 0, 0, 360, 40, { radius: 4 }), shareIt]),
      B.text('ERP & accounting', 0, 100, 980, 22, { size: 18, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 130, 980, 64, { itemSpacing: 12, layoutWrap: 'WRAP' }, [
        tile('Oracle NetSuite', 'ns', 'ERP', 'nsModal'),
        tile('Microsoft Dynamics 365 Business Central', 'bc', 'ERP', 'nsModal'),
        tile('Sage Intacct', 'intacct', 'Accounting'),
      ]),
      B.auto('Auto layout', 'HORIZONTAL', 0, 206, 980, 64, { itemSpacing: 12 }, [
        tile('Epicor Prophet 21', 'p21', 'Distribution ERP'),
        tile('QuickBooks Online', 'qbo', 'Accounting'),
        tile('Acumatica Cloud ERP', 'acu', 'ERP'),
      ]),
      B.text('Marketplaces', 0, 290, 980, 22, { size: 18, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 320, 980, 64, { itemSpacing: 12 }, [
        tile('Amazon Seller Central', 'amz', 'Marketplace', 'status'),
        tile('Amazon Business', 'amzb', 'B2B marketplace'),
        tile('Shopify', 'shop', 'Storefront'),
      ]),
      B.auto('Auto layout', 'VERTICAL', 0, 410, 980, 130, { itemSpacing: 8, fills: solid(zebra), paddingLeft: 16, paddingTop: 16, cornerRadius: 6 }, [
        B.text('What we pull', 0, 0, 948, 18, { size: 13, weight: 700 }),
        B.text('Read-only. From your ERP we import purchase orders, AP invoices, credit memos and the item master; from marketplaces, order lines and fees. Nothing is written back to your systems. Data is encrypted in transit and at rest (SOC 2 Type II).', 0, 26, 948, 60, { size: 13 }),
      ]),
      B.auto('Auto layout', 'VERTICAL', 0, 560, 980, 60, { itemSpacing: 8 }, [nsGuide, mnda]),
    ]),
  ]);

  // NetSuite redirect explainer (modal)
  const nsGo = btnInst(B, primary.id, 'Open NetSuite login', 0, 0, 200, 36);
  to(nsGo, 'status');
  const nsX = link(B, 'Cancel', 0, 0, 60, muted);
  act(nsX, { type: 'CLOSE' });
  scr('nsModal', 'Frame 1207', 1, 1, [
    B.rect('Rectangle 50', 0, 0, W, H, { fills: solid({ r: 0.04, g: 0.1, b: 0.2, a: 0.5 }) }),
    B.auto('Auto layout', 'VERTICAL', 470, 300, 500, 300, { fills: solid(C.white), cornerRadius: 8, itemSpacing: 14, paddingLeft: 28, paddingTop: 28 }, [
      B.text('Connect Oracle NetSuite', 0, 0, 444, 26, { size: 20, weight: 700 }),
      B.text('Selecting Continue opens Oracle’s NetSuite login in a new tab. Sign in with an Administrator role, approve the rebatly integration record, and you’ll land back on this page.', 0, 40, 444, 80, { size: 14 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 150, 444, 36, { itemSpacing: 16, counterAxisAlignItems: 'CENTER' }, [nsGo, nsX]),
    ]),
  ]);

  // Share modal
  const shSend = btnInst(B, primary.id, 'Send link', 0, 0, 140, 36);
  act(shSend, { type: 'CLOSE' });
  scr('shareModal', 'Frame 1208', 2, 1, [
    B.rect('Rectangle 50', 0, 0, W, H, { fills: solid({ r: 0.04, g: 0.1, b: 0.2, a: 0.5 }) }),
    B.auto('Auto layout', 'VERTICAL', 470, 320, 500, 240, { fills: solid(C.white), cornerRadius: 8, itemSpacing: 14, paddingLeft: 28, paddingTop: 28 }, [
      B.text('Hand off to IT', 0, 0, 444, 26, { size: 20, weight: 700 }),
      B.text('They get a secure link straight to Data sources; everything else you’ve set up stays as is.', 0, 36, 444, 40, { size: 14 }),
      B.frame('Frame 60', 0, 90, 444, 40, { strokes: solid(C.line), cornerRadius: 4 }, [B.text('it-admin@northwindsupply.com', 10, 10, 300, 20, { color: muted })]),
      shSend,
    ]),
  ]);

  // Connection status after first source
  const addSrc = btnGroup(B, '+ Add source', 0, 0, 140, 36, C.white, { color: blue, stroke: blue, radius: 4 });
  to(addSrc, 'connect');
  const finish = btnInst(B, primary.id, 'Run first accrual', 0, 0, 180, 36);
  to(finish, 'programmes');
  scr('status', 'Frame 1209', 3, 1, [
    topbar(), checklist(4),
    B.auto('Auto layout', 'VERTICAL', 120, 96, 980, 600, { itemSpacing: 16 }, [
      B.text('Data sources', 0, 0, 980, 30, { size: 24, weight: 700 }),
      table(['Source', 'Type', 'State'], [
        ['Oracle NetSuite — Northwind (prod)', 'ERP', B.inst(badge.id, 'Status=Connected', 660, 5, 90, 22, {})],
        ['Amazon Seller Central — US', 'Marketplace', B.inst(badgeP.id, 'Status=Pending', 660, 5, 90, 22, {})],
      ], 0, 50, 980),
      B.text('Amazon still needs a Seller Central admin to approve access.', 0, 130, 980, 18, { size: 13, color: amber }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 170, 980, 36, { itemSpacing: 16 }, [addSrc, finish]),
    ]),
  ]);

  // Programmes — dense table with contextual connect prompt
  const banner = btnFrame(B, 'Connect Amazon Seller Central', 0, 0, 250, 32, amber, { radius: 4 });
  to(banner, 'connect');
  const delProg = link(B, 'Delete programme', 0, 0, 140, rgb('#B42318'), { size: 12 });
  scr('programmes', 'Programmes', 4, 1, [
    topbar(), sidebar('Programmes'),
    B.auto('Auto layout', 'VERTICAL', 248, 80, 1168, 920, { itemSpacing: 14 }, [
      B.text('Rebate programmes', 0, 0, 1168, 30, { size: 22, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 44, 1168, 52, { fills: solid(rgb('#FFF7E6')), cornerRadius: 6, paddingLeft: 16, itemSpacing: 16, counterAxisAlignItems: 'CENTER' }, [
        B.text('3 programmes have marketplace volume we can’t see yet, so tier forecasts are understated.', 16, 16, 760, 18, { size: 13 }),
        banner,
      ]),
      table(['Supplier', 'Programme', 'Basis', 'YTD purchases', 'Next tier at', 'Accrued', 'Forecast', 'Claim due'], [
        ['Eaton', 'VIR 2025', 'Volume', '$2,418,300', '$2,500,000', '$48,366', '$61,200', 'Jan 31'],
        ['3M', 'Growth Q3', 'Growth vs PY', '$611,050', '+8%', '$9,166', '$12,400', 'Oct 15'],
        ['Milwaukee Tool', 'Co-op', 'MDF', '$402,990', '—', '$8,060', '$8,060', 'Quarterly'],
        ['Hubbell', 'SPA', 'Price', '$188,420', '—', '$5,652', '$7,100', 'Monthly'],
        ['Klein Tools', 'Volume', 'Volume', '$95,300', '$100,000', '$1,906', '$3,000', 'Dec 31'],
        ['LinkShip Logistics', 'Freight', 'Freight', '$74,880', '—', '$2,246', '$2,900', 'Monthly'],
        ['Southwire', 'VIR', 'Volume', '$1,102,400', '$1,250,000', '$22,048', '$31,000', 'Jan 31'],
        ['Leviton', 'Growth', 'Growth vs PY', '$356,700', '+5%', '$5,350', '$7,800', 'Jan 15'],
      ], 0, 110, 1168, { mono: true }),
      delProg,
    ]),
  ]);

  // Data sources settings
  const srcRow = (nm, ref, first, last, recs, stateNode) => {
    const re = link(B, 'Resync', 0, 0, 60, blue, { size: 12 });
    to(re, 'sources');
    const rv = link(B, 'Revoke', 0, 0, 60, rgb('#B42318'), { size: 12 });
    to(rv, 'revoke');
    return B.auto('Auto layout', 'HORIZONTAL', 0, 0, 1168, 48, { strokes: solid(C.line), itemSpacing: 12, paddingLeft: 12, counterAxisAlignItems: 'CENTER' }, [
      logo(B, ref, 12, 12, 24), B.text(nm, 48, 15, 260, 18, { size: 13, weight: 600 }), B.text(first, 320, 15, 160, 18, { size: 12 }), B.text(last, 490, 15, 160, 18, { size: 12 }), B.text(recs, 660, 15, 120, 18, { size: 12, font: 'Roboto Mono' }), stateNode, re, rv,
    ]);
  };
  scr('sources', 'Data sources', 0, 2, [
    topbar(), sidebar('Data sources'),
    B.auto('Auto layout', 'VERTICAL', 248, 80, 1168, 900, { itemSpacing: 10 }, [
      B.text('Data sources', 0, 0, 1168, 30, { size: 22, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 40, 1168, 20, { itemSpacing: 12, paddingLeft: 48 }, ['Source', 'Connected', 'Last sync', 'Records', 'State'].map((t, i) => B.text(t, 48 + i * 170, 0, 160, 16, { size: 11, weight: 700, color: muted }))),
      srcRow('Oracle NetSuite — Northwind (prod)', 'ns', 'Feb 3, 2025 2:14 PM', 'Today 6:00 AM', '1,284,551', B.inst(badge.id, 'Status=Connected', 800, 13, 90, 22, {})),
      srcRow('Amazon Seller Central — US', 'amz', 'Feb 4, 2025 9:02 AM', 'In progress', '88,106', B.group('Group 70', 800, 13, 200, 22, [B.ellipse('Ellipse 70', 0, 2, 16, 16, { fills: [], strokes: solid(blue), strokeWeight: 2, arcData: { startingAngle: 0, endingAngle: 4.7, innerRadius: 0.8 } }), B.text('Syncing 14,212 lines… 62%', 22, 2, 180, 18, { size: 12, color: blue })])),
      srcRow('Shopify — northwind-parts', 'shop', 'Mar 12, 2025 4:40 PM', 'Yesterday 11:58 PM', '12,930', B.inst(badge.id, 'Status=Connected', 800, 13, 90, 22, {})),
      B.text('Sync log', 0, 250, 1168, 20, { size: 15, weight: 700 }),
      table(['Time', 'Source', 'Object', 'Rows', 'Result'], [
        ['06:00', 'NetSuite', 'VendorBill', '4,112', 'OK'],
        ['06:00', 'NetSuite', 'PurchaseOrder', '1,870', 'OK'],
        ['05:30', 'Amazon', 'Orders', '3,004', 'OK'],
        ['23:58', 'Shopify', 'Orders', '211', 'OK'],
        ['23:58', 'Shopify', 'Refunds', '9', '1 warning'],
      ], 0, 280, 1168, { mono: true }),
      B.text('Questions? support@rebatly.example', 0, 500, 600, 18, { size: 12, color: muted }),
    ]),
  ]);

  // Revoke confirm
  const rvYes = btnFrame(B, 'Revoke access', 0, 0, 150, 36, rgb('#B42318'), { radius: 4 });
  to(rvYes, 'sources');
  const rvNo = link(B, 'Cancel', 0, 0, 60, muted);
  act(rvNo, { type: 'BACK' });
  scr('revoke', 'Frame 1210', 1, 2, [
    B.rect('Rectangle 50', 0, 0, W, H, { fills: solid({ r: 0.04, g: 0.1, b: 0.2, a: 0.5 }) }),
    B.auto('Auto layout', 'VERTICAL', 470, 340, 500, 220, { fills: solid(C.white), cornerRadius: 8, itemSpacing: 14, paddingLeft: 28, paddingTop: 28 }, [
      B.text('Revoke NetSuite access?', 0, 0, 444, 26, { size: 20, weight: 700 }),
      B.text('We’ll delete the integration token and stop importing. Accruals already calculated are kept.', 0, 36, 444, 40, { size: 14 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 100, 444, 36, { itemSpacing: 16 }, [rvYes, rvNo]),
    ]),
  ]);

  // Terms — no way forward
  scr('terms', 'Terms', 2, 2, [
    B.auto('Auto layout', 'VERTICAL', 320, 80, 800, 860, { itemSpacing: 12 }, [
      B.text('Terms of Service', 0, 0, 800, 36, { size: 28, weight: 700 }),
      B.text('Last updated May 1, 2025', 0, 48, 800, 18, { size: 12, color: muted }),
      B.text('1. Definitions\n2. Pilot period and fees\n3. Customer data\n4. Confidentiality\n5. Limitation of liability\n6. Governing law (Illinois)', 0, 80, 800, 140, { size: 14 }),
      B.text('Lorem ipsum placeholder legal copy to be supplied by counsel.', 0, 240, 800, 18, { size: 14, color: muted }),
    ]),
  ]);

  for (const [n, k] of pend) n.transitionNodeID = ids[k];
  const flowPage = canvas(B, 'Onboarding + app', frames, { startId: ids.signup });

  B.setPage(1);
  const cover = canvas(B, 'Cover', [B.frame('Cover', 0, 0, 1920, 1080, { fills: solid(navy) }, [
    B.text('rebatly · onboarding & data sources', 120, 420, 1600, 80, { size: 60, weight: 700, color: C.white }),
    B.text('Owner: product design · Do not edit library components here', 120, 520, 1200, 30, { size: 22, color: C.white }),
  ])]);
  B.setPage(8);
  const arch = canvas(B, 'Archive', [B.frame('Data sources (old)', 0, 0, W, H, { visible: false }, [
    B.text('Connect your ERP to unlock rebate insights. Disconnect any time.', 100, 100, 900, 24, { size: 18 }),
  ])]);

  const doc = file(B, 'rebatly — Onboarding & Data sources', '2025-05-20T14:03:12Z', [cover, flowPage, comps, arch]);

  const truth = {
    file: `${name}.json`,
    kind: 'onboarding',
    description: 'rebatly, rebate tracking for US industrial distributors, desktop 1440x1024 with dense tables. A welcome email with a 3-step list, sign-up with a customer quote, company profile, supplier agreements, team invite, then a Data sources screen grouped into ERP & accounting and Marketplaces with a filter box, a NetSuite redirect explainer, a status table, a programmes table with an in-table marketplace prompt, a Data sources settings table with resync/revoke and a syncing row, and a Terms page with no way forward. Prototype uses transitionNodeID and prototypeStartNodeID.',
    present: [
      'funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof',
      'value.contextual-ctas', 'value.progress-meter',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.mutual-nda',
      'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections',
      'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
    ],
    absent: [
      'funnel.three-actions', 'funnel.prefill', 'value.three-part', 'value.faq-link',
      'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
      'platform.alternatives',
    ],
    notes: {
      'funnel.greeting-email': 'Welcome email with a numbered 1-2-3 list (step 2 is syncing the ERP) and a "Sync your ERP" button.',
      'funnel.cta-visible': 'Data sources is its own onboarding step and a permanent sidebar entry.',
      'funnel.social-proof': 'Quote from a named VP Procurement on the sign-up panel.',
      'value.contextual-ctas': 'Programmes table banner: connect Amazon Seller Central to see marketplace volume.',
      'value.progress-meter': '"Setup · n of 5 done" checklist with a bar.',
      'privacy.data-scope': '"What we pull": POs, AP invoices, credit memos, item master, read-only, nothing written back.',
      'privacy.trust-language': 'Encrypted in transit and at rest, read-only.',
      'privacy.connection-guide': 'Own NetSuite setup guide link.',
      'privacy.mutual-nda': '"Need an MNDA signed before sharing data? Request one".',
      'platform.explain-redirect': 'NetSuite modal explains the Oracle login in a new tab and the return.',
      'platform.grouped-categories': '"ERP & accounting" and "Marketplaces" headings.',
      'platform.accurate-branding': 'Full names with logos: Oracle NetSuite, Microsoft Dynamics 365 Business Central, Sage Intacct, QuickBooks Online, Amazon Seller Central.',
      'platform.search': '"Filter integrations…" box above the tiles.',
      'platform.non-linear': '"Send this step to your IT admin" hand-off.',
      'platform.multiple-connections': 'Connected / Pending badges and "+ Add source".',
      'connection.view-live': 'Settings table: source, connected date, last sync, records, sync log.',
      'connection.delete': '"Revoke" per row with confirmation.',
      'connection.refresh': '"Resync" per row.',
      'connection.syncing-indicator': 'Amazon row shows a spinner and "Syncing 14,212 lines… 62%".',
      'funnel.three-actions': 'Sign-up → profile → agreements → team → Data sources: four clicks.',
      'funnel.prefill': 'Company profile is typed by hand before any connection.',
      'value.three-part': 'The connect screen states data use but no benefit message; the value line exists only on a hidden archived frame.',
      'value.faq-link': 'No FAQ link.',
      'privacy.consent-action': 'No checkbox or consent step.',
      'privacy.disconnect-anytime': 'Only on a hidden archived frame.',
      'privacy.statistics': 'No trust figures (the $1.2M is a result in a quote, not a trust count).',
      'privacy.support-contacts': 'A single support email in the settings footer.',
      'privacy.powered-by': 'No provider mark.',
      'platform.alternatives': 'No path for an unlisted ERP.',
    },
  };
  return { doc, truth, candidates: [ids.email, ids.connect, ids.programmes] };
}

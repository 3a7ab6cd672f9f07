// d43-equipment-rental-desktop: equipment rental for builders, desktop 1440, settings-first connections.
import { Builder, Screen, emit, go, back, close, url, legacy } from './lib.mjs';

const b = new Builder();
const W = 1440, H = 900;

// ---- page 1: cover ----
const cover = b.canvas('Cover');
cover.children.push(b.frame('Cover', 0, 0, 1920, 1080, { fill: '#0E2A47' }, [
  b.text('YardDesk', 120, 380, { size: 96, weight: 700, color: '#FFFFFF', w: 900 }),
  b.text('Onboarding v3 · accounting + bank connections', 120, 520, { size: 36, color: '#BFD3EA', w: 1400 }),
  b.text('Status: ready for dev review — 14 screens', 120, 600, { size: 24, color: '#FFC857', w: 900 }),
]));

// ---- page 2: components ----
const compPage = b.canvas('🧩 Components');
const btnC = b.comp('Btn', 0, 0, 200, 44, { fill: '#F26B1D', radius: 6 }, [b.text('Label', 16, 12, { size: 15, weight: 600, color: '#FFFFFF', w: 168 })]);
const chkC = b.comp('Property 1=Unchecked', 0, 80, 20, 20, { fill: '#FFFFFF', radius: 4, stroke: '#8A93A6' });
const navDefault = b.comp('Property 1=Default', 300, 0, 220, 40, { fill: '#0E2A47' }, [b.text('Nav item', 340, 10, { size: 14, color: '#BFD3EA' })]);
const navHover = b.comp('Property 1=Hover', 300, 60, 220, 40, { fill: '#173B61' }, [b.text('Nav item', 340, 70, { size: 14, color: '#FFFFFF' })]);
go(navDefault, navHover, 'CHANGE_TO', 'ON_HOVER');
const navSet = b.frame('Comp / Nav / Item', 280, -20, 260, 140, { type: 'COMPONENT_SET', fill: '#FFFFFF', stroke: '#9747FF' }, [navDefault, navHover]);
b.componentSets[navSet.id] = { key: 'set' + navSet.id.replace(':', 'x'), name: 'Comp / Nav / Item', description: 'Sidebar entry' };
compPage.children.push(btnC, chkC, navSet);

// ---- page 3: archive ----
const arch = b.canvas('Archive (old)');
arch.children.push(b.frame('v1 — Connect QuickBooks (old)', 0, 0, W, H, { fill: '#FAFAFA' }, [
  b.text('Connect QuickBooks', 80, 80, { size: 28, weight: 700, w: 600 }),
  b.btnFrame('Connect', 80, 140, 180, 44),
  b.text('DEPRECATED — replaced by Settings › Connections', 80, 220, { size: 18, color: '#D13B3B', w: 700 }),
]));

// ---- page 4: flow ----
const flow = b.canvas('Flow — onboarding');
const pos = (i) => ({ x: (i % 5) * 1600, y: Math.floor(i / 5) * 1100 });
const scr = (i, name) => { const p = pos(i); return new Screen(b, name, p.x, p.y, W, H, { fill: '#F7F8FA', pad: 0 }); };

function sidebar(s, active) {
  const items = ['Dashboard', 'Rentals', 'Equipment', 'Invoices', 'Customers', 'Settings'];
  const rows = items.map((label, i) => {
    const y = s.y + 96 + i * 44;
    const inst = b.frame(label === active ? 'Property 1=Hover' : 'Comp / Nav / Item', s.x + 12, y, 216, 40, { type: 'INSTANCE', componentId: label === active ? navHover.id : navDefault.id, fill: label === active ? '#173B61' : '#0E2A47', radius: 6, layoutMode: 'HORIZONTAL', pad: 10, gap: 10 }, [
      b.vec('Vector', s.x + 24, y + 12, 16, 16, { fill: '#BFD3EA' }),
      b.text(label, s.x + 50, y + 10, { size: 14, color: label === active ? '#FFFFFF' : '#BFD3EA' }),
    ]);
    return inst;
  });
  const brand = b.group('Group 3', [b.vec('Vector', s.x + 24, s.y + 28, 28, 28, { fill: '#F26B1D' }), b.text('YardDesk', s.x + 60, s.y + 30, { size: 20, weight: 700, color: '#FFFFFF' })]);
  const nav = b.al('Frame 12', rows, 'VERTICAL', { gap: 4 });
  const side = b.frame('Sidebar', s.x, s.y, 240, H, { fill: '#0E2A47', layoutMode: 'VERTICAL', pad: 12 }, [brand, nav]);
  s.put(side);
  return Object.fromEntries(items.map((l, i) => [l, rows[i]]));
}
const CX = 280; // content x offset

// 1 Sign up
const sSign = scr(0, 'Sign up');
const left = b.frame('Frame 427', sSign.x, sSign.y, 620, H, { fill: '#0E2A47', layoutMode: 'VERTICAL', pad: 64, gap: 24 }, [
  b.vec('Vector', sSign.x + 64, sSign.y + 64, 36, 36, { fill: '#F26B1D' }),
  b.text('Rent the kit. Skip the paperwork.', sSign.x + 64, sSign.y + 160, { size: 40, weight: 700, color: '#FFFFFF', w: 480 }),
  b.text('Bookings, returns and invoices for contractors and rental yards — in one place.', sSign.x + 64, sSign.y + 290, { size: 18, color: '#BFD3EA', w: 480 }),
  b.al('Auto layout', [
    b.text('“We used to spend Fridays chasing who still had the mini-ex. Now the yard and the office see the same thing.”', sSign.x + 88, sSign.y + 560, { size: 16, color: '#FFFFFF', w: 440 }),
    b.group('Group 8', [
      b.rect('Ellipse 2', sSign.x + 88, sSign.y + 660, 40, 40, { image: 'a91f0c2e77b0d4e1', radius: 20 }),
      b.text('Marisol Ortega\nOperations lead, Ortega Concrete & Forming', sSign.x + 140, sSign.y + 660, { size: 13, color: '#BFD3EA', w: 360 }),
    ]),
    b.text('★★★★★  4.8 average from 1,100 reviews on Capterra', sSign.x + 88, sSign.y + 720, { size: 13, color: '#FFC857', w: 400 }),
  ], 'VERTICAL', { pad: 24, gap: 16, fill: '#173B61', radius: 12 }),
  b.text('Join 3,000+ rental yards already syncing with YardDesk', sSign.x + 64, sSign.y + 820, { size: 14, color: '#BFD3EA', visible: false, w: 480 }),
]);
sSign.put(left);
const fx = sSign.x + 760;
const field = (label, y, value = '', ph = '', X = fx) => b.al('Frame ' + (500 + b.n), [
  b.text(label, X, y, { size: 13, weight: 500, color: '#5B6475' }),
  b.frame('Rectangle ' + b.n, X, y + 22, 480, 44, { fill: '#FFFFFF', radius: 6, stroke: '#C9D0DB', layoutMode: 'HORIZONTAL', pad: 12 }, [b.text(value || ph, X + 12, y + 34, { size: 15, color: value ? '#1D2433' : '#9AA3B2', w: 440 })]),
], 'VERTICAL', { gap: 6 });
const createBtn = b.btnInst('Create account', fx, sSign.y + 560, 480, 48, btnC.id, { fill: '#F26B1D' });
const seePlans = b.link('See plans and pricing', fx, sSign.y + 630, { underline: true });
const formCol = b.al('Auto layout', [
  b.text('Create your YardDesk account', fx, sSign.y + 140, { size: 28, weight: 700, w: 480 }),
  field('Work email', sSign.y + 210, '', 'you@company.com'),
  field('Company name', sSign.y + 300, '', 'e.g. Ortega Concrete'),
  field('Password', sSign.y + 390, '', '8+ characters'),
  b.al('Frame 88', [createBtn, b.al('Frame 89', [seePlans, b.text('Already have an account? Log in', fx + 260, sSign.y + 630, { size: 14, color: '#5B6475' })], 'HORIZONTAL', { gap: 24 })], 'VERTICAL', { gap: 20 }),
], 'VERTICAL', { gap: 20 });
sSign.put(formCol);

// 2 Pricing (dead end)
const sPrice = scr(1, 'Pricing');
sPrice.put(b.text('Plans that grow with your fleet', sPrice.x + 120, sPrice.y + 80, { size: 36, weight: 700, w: 900 }));
const plans = [['Yard', '$49 / month', 'Up to 50 assets\nBookings & returns\nEmail support'], ['Fleet', '$129 / month', 'Up to 500 assets\nDamage photos\nPriority support'], ['Depot', 'Talk to us', 'Multi-site\nSSO\nDedicated manager']];
sPrice.put(b.al('Frame 61', plans.map(([n, p, f], i) => {
  const x = sPrice.x + 120 + i * 400, y = sPrice.y + 200;
  return b.al('Frame ' + (70 + i), [
    b.text(n, x + 24, y + 24, { size: 22, weight: 700 }),
    b.text(p, x + 24, y + 64, { size: 28, weight: 700, color: '#F26B1D' }),
    b.text(f, x + 24, y + 120, { size: 15, color: '#5B6475', w: 300 }),
    b.btnFrame('Start free trial', x + 24, y + 240, 300, 44, { fill: '#0E2A47' }),
  ], 'VERTICAL', { pad: 24, gap: 16, fill: '#FFFFFF', radius: 12, stroke: '#DDE2EA' });
}), 'HORIZONTAL', { gap: 40 }));
sPrice.put(b.text('Cancel anytime — no contracts, no setup fees.', sPrice.x + 120, sPrice.y + 620, { size: 16, color: '#5B6475', w: 600 }));

// 3 Company setup
const sSetup = scr(2, 'Company setup');
const su = sSetup.x + 420;
const contSetup = b.btnFrame('Continue', su, sSetup.y + 600, 600, 48, { fill: '#F26B1D', name: 'cta/primary' });
sSetup.put(b.al('Frame 233', [
  b.text('Step 1 of 2', su, sSetup.y + 100, { size: 13, color: '#5B6475' }),
  b.text('Tell us about your yard', su, sSetup.y + 130, { size: 28, weight: 700, w: 600 }),
  b.al('Frame 234', [
    b.al('Frame 235', [b.text('What do you mostly rent out?', su, sSetup.y + 200, { size: 13, color: '#5B6475' }), b.frame('Select', su, sSetup.y + 222, 600, 44, { radius: 6, stroke: '#C9D0DB', layoutMode: 'HORIZONTAL', pad: 12 }, [b.text('Earthmoving & access equipment', su + 12, sSetup.y + 234, { size: 15 }), b.vec('chevron', su + 570, sSetup.y + 238, 12, 8)])], 'VERTICAL', { gap: 6 }),
    b.al('Frame 236', [b.text('How many assets?', su, sSetup.y + 290, { size: 13, color: '#5B6475' }), b.al('Frame 237', ['1–20', '21–100', '100+'].map((t, i) => b.btnFrame(t, su + i * 206, sSetup.y + 312, 190, 44, { fill: i === 1 ? '#FFF1E8' : '#FFFFFF', color: '#1D2433', stroke: i === 1 ? '#F26B1D' : '#C9D0DB' })), 'HORIZONTAL', { gap: 16 })], 'VERTICAL', { gap: 6 }),
    b.al('Frame 238', [b.text('Sites', su, sSetup.y + 380, { size: 13, color: '#5B6475' }), b.frame('Rectangle 40', su, sSetup.y + 402, 600, 44, { radius: 6, stroke: '#C9D0DB', layoutMode: 'HORIZONTAL', pad: 12 }, [b.text('Tacoma, WA', su + 12, sSetup.y + 414, { size: 15 })])], 'VERTICAL', { gap: 6 }),
  ], 'VERTICAL', { gap: 20 }),
  contSetup,
], 'VERTICAL', { gap: 24 }));

// 4 Dashboard
const sDash = scr(3, 'Dashboard');
const navDash = sidebar(sDash, 'Dashboard');
const dx = sDash.x + CX;
sDash.put(b.text('Good morning, Ortega Concrete', dx, sDash.y + 40, { size: 26, weight: 700, w: 700 }));
const kpis = [['On rent', '42'], ['Due back today', '7'], ['Overdue invoices', '$18,240'], ['Utilisation (30d)', '71%']];
sDash.put(b.al('Frame 301', kpis.map(([k, v], i) => b.al('Frame ' + (310 + i), [b.text(k, dx + 24 + i * 280, sDash.y + 124, { size: 13, color: '#5B6475' }), b.text(v, dx + 24 + i * 280, sDash.y + 150, { size: 28, weight: 700 })], 'VERTICAL', { pad: 20, gap: 6, fill: '#FFFFFF', radius: 10, stroke: '#DDE2EA' })), 'HORIZONTAL', { gap: 16 }));
const returns = [['Link-Belt 210 X4 excavator', 'Hallett Builders', 'Today 4:00 PM'], ['JLG 600S boom lift', 'Northline Roofing', 'Today 5:30 PM'], ['Bobcat T770 track loader', 'Ruiz Site Works', 'Tomorrow'], ['Genie GS-1930 scissor lift', 'Pacific Drywall', 'Fri']];
sDash.put(b.al('Frame 320', [
  b.text('Upcoming returns', dx + 20, sDash.y + 260, { size: 18, weight: 600 }),
  ...returns.map((r, i) => b.al('Frame ' + (330 + i), r.map((c, j) => b.text(c, dx + 20 + j * 360, sDash.y + 300 + i * 44, { size: 14, w: 320 })), 'HORIZONTAL', { gap: 40 })),
], 'VERTICAL', { pad: 20, gap: 12, fill: '#FFFFFF', radius: 10, stroke: '#DDE2EA' }));
go(navDash.Settings, 'SETTINGS_GENERAL');

// 5 Settings — General
const sGen = scr(4, 'Settings — General');
const navGen = sidebar(sGen, 'Settings');
const gx = sGen.x + CX;
const tabs = (s, active) => {
  const names = ['General', 'Team', 'Connections', 'Billing'];
  const ts = names.map((n, i) => b.text(n, gx + i * 140, s.y + 100, { size: 15, weight: n === active ? 600 : 400, color: n === active ? '#F26B1D' : '#5B6475' }));
  s.put(b.al('Frame 140', ts, 'HORIZONTAL', { gap: 32 }));
  return Object.fromEntries(names.map((n, i) => [n, ts[i]]));
};
sGen.put(b.text('Settings', gx, sGen.y + 40, { size: 26, weight: 700 }));
const tGen = tabs(sGen, 'General');
sGen.put(b.al('Frame 150', [
  b.text('Company profile', gx + 24, sGen.y + 170, { size: 18, weight: 600 }),
  ...['Legal name', 'Tax ID (EIN)', 'Billing address'].map((l, i) => b.al('Frame ' + (151 + i), [b.text(l, gx + 24, sGen.y + 210 + i * 72, { size: 13, color: '#5B6475' }), b.frame('Rectangle ' + (60 + i), gx + 24, sGen.y + 230 + i * 72, 520, 40, { radius: 6, stroke: '#C9D0DB' }, [])], 'VERTICAL', { gap: 6 })),
], 'VERTICAL', { pad: 24, gap: 12, fill: '#FFFFFF', radius: 10, stroke: '#DDE2EA' }));
sGen.put(b.al('Frame 160', [b.text('Danger zone', gx + 24, sGen.y + 520, { size: 16, weight: 600, color: '#D13B3B' }), b.btnFrame('Delete account', gx + 24, sGen.y + 556, 180, 40, { fill: '#FFFFFF', color: '#D13B3B', stroke: '#D13B3B' })], 'VERTICAL', { pad: 24, gap: 12, fill: '#FFFFFF', radius: 10, stroke: '#F3C1C1' }));
back(navGen.Dashboard);

// 6 Settings — Connections (empty)
const sConn = scr(5, 'Settings — Connections');
sidebar(sConn, 'Settings');
sConn.put(b.text('Settings', gx + sConn.x - sGen.x, sConn.y + 40, { size: 26, weight: 700 }));
const cx6 = sConn.x + CX;
const tConn = (() => { const names = ['General', 'Team', 'Connections', 'Billing']; const ts = names.map((n, i) => b.text(n, cx6 + i * 140, sConn.y + 100, { size: 15, weight: n === 'Connections' ? 600 : 400, color: n === 'Connections' ? '#F26B1D' : '#5B6475' })); sConn.put(b.al('Frame 140', ts, 'HORIZONTAL', { gap: 32 })); return ts; })();
const addAcct = b.btnFrame('Add accounting software', cx6 + 32, sConn.y + 380, 260, 44, { fill: '#F26B1D', name: 'Btn' });
const addBank = b.btnGroup('Add a bank account', cx6 + 308, sConn.y + 380, 220, 44, { fill: '#FFFFFF', color: '#0E2A47' });
const guide6 = b.link('Step-by-step: connecting your books to YardDesk', cx6 + 32, sConn.y + 450, { underline: true, w: 420 });
sConn.put(b.al('Frame 170', [
  b.vec('Vector', cx6 + 32, sConn.y + 180, 48, 48, { fill: '#F26B1D' }),
  b.text('No books or bank linked yet', cx6 + 32, sConn.y + 250, { size: 22, weight: 700, w: 600 }),
  b.text('Hook up your accounting package and business bank so rental invoices post themselves and payments match automatically.', cx6 + 32, sConn.y + 290, { size: 15, color: '#5B6475', w: 640 }),
  b.al('Frame 171', [addAcct, addBank], 'HORIZONTAL', { gap: 16 }),
  guide6,
], 'VERTICAL', { pad: 32, gap: 16, fill: '#FFFFFF', radius: 12, stroke: '#DDE2EA' }));
url(guide6, 'https://help.yarddesk.com/articles/connect-accounting-and-bank');
sConn.put(b.text('Stuck? Call (888) 555-0143 · help@yarddesk.com · Open a support ticket', cx6, sConn.y + 820, { size: 13, color: '#5B6475', w: 700 }));

// 7 Choose software
const sPick = scr(6, 'Choose software');
const px = sPick.x + 220;
const backPick = b.text('← Back', px, sPick.y + 32, { size: 14, color: '#5B6475' });
back(backPick);
sPick.put(backPick);
sPick.put(b.text('Which software do you use?', px, sPick.y + 70, { size: 28, weight: 700, w: 800 }));
sPick.put(b.searchField('Search accounting tools and banks', px, sPick.y + 124, 640));
const card = (name, x, y, ref) => b.frame('Frame ' + (600 + b.n), x, y, 240, 72, { fill: '#FFFFFF', radius: 10, stroke: '#DDE2EA', layoutMode: 'HORIZONTAL', pad: 16, gap: 12 }, [b.logo(x + 16, y + 16, 40, ref), b.text(name, x + 68, y + 26, { size: 14, weight: 600, w: 160 })]);
const acctNames = [['QuickBooks Online', 'c01qbo'], ['QuickBooks Desktop Enterprise', 'c02qbd'], ['Xero', 'c03xero'], ['Sage Intacct', 'c04sgi'], ['Oracle NetSuite', 'c05ns'], ['FreshBooks', 'c06fb']];
const bankNames = [['Chase for Business', 'b01ch'], ['Bank of America Business Advantage', 'b02boa'], ['Wells Fargo Business', 'b03wf'], ['U.S. Bank Business', 'b04usb']];
const acctCards = acctNames.map(([n, r], i) => card(n, px + (i % 3) * 256, sPick.y + 240 + Math.floor(i / 3) * 88, r));
const bankCards = bankNames.map(([n, r], i) => card(n, px + (i % 3) * 256, sPick.y + 470 + Math.floor(i / 3) * 88, r));
sPick.put(b.al('Frame 610', [b.text('Accounting', px, sPick.y + 204, { size: 20, weight: 700 }), b.al('Frame 611', acctCards, 'HORIZONTAL', { gap: 16 })], 'VERTICAL', { gap: 12 }));
sPick.put(b.al('Frame 620', [b.text('Bank accounts', px, sPick.y + 434, { size: 20, weight: 700 }), b.al('Frame 621', bankCards, 'HORIZONTAL', { gap: 16 })], 'VERTICAL', { gap: 12 }));
const cantFind = b.link('Don’t see yours? Upload exports or statements instead →', px, sPick.y + 680, { w: 500 });
sPick.put(cantFind);

// 8 Review access — QuickBooks Online
const sRev = scr(7, 'Review access — QuickBooks Online');
const rx = sRev.x + 420;
const chk = b.checkbox(rx, sRev.y + 640, 'INSTANCE', { componentId: chkC.id });
const authBtn = b.btnInst('Authorize QuickBooks Online', rx, sRev.y + 690, 600, 48, btnC.id, { fill: '#F26B1D' });
const faq = b.link('Want to know more? Read the connection FAQ', rx, sRev.y + 760, { underline: true, w: 400 });
url(faq, 'https://help.yarddesk.com/faq/connections');
const nda = b.link('Need a mutual NDA in place before sharing financials? Request one', rx, sRev.y + 790, { w: 600, size: 13 });
url(nda, 'https://yarddesk.com/legal/mutual-nda');
sRev.put(b.frame('Frame 700', rx - 40, sRev.y + 40, 680, 820, { fill: '#FFFFFF', radius: 16, stroke: '#DDE2EA', layoutMode: 'VERTICAL', pad: 40, gap: 16 }, [
  b.group('Group 14', [b.logo(rx, sRev.y + 72, 48, 'c01qbo'), b.vec('Vector', rx + 64, sRev.y + 88, 20, 16), b.vec('Vector', rx + 100, sRev.y + 72, 48, 48, { fill: '#F26B1D' })]),
  b.text('Link QuickBooks Online to YardDesk', rx, sRev.y + 140, { size: 24, weight: 700, w: 600 }),
  b.al('Auto layout', [
    b.text('What you get', rx, sRev.y + 190, { size: 15, weight: 600 }),
    b.text('Rental invoices reconcile on their own and your cash position stays current — no more month-end re-keying.', rx, sRev.y + 214, { size: 14, color: '#3C4455', w: 600 }),
    b.text('How your data is used', rx, sRev.y + 270, { size: 15, weight: 600 }),
    b.text('We read your chart of accounts, invoices, payments and customer balances from QuickBooks Online (read-only — nothing is written back) to gauge your business’s financial health and set your trade-credit risk score.', rx, sRev.y + 294, { size: 14, color: '#3C4455', w: 600 }),
    b.text('What happens next', rx, sRev.y + 370, { size: 15, weight: 600 }),
    b.text('Intuit opens in a new tab so you can sign in and approve access. Once you approve, you’ll land straight back here.', rx, sRev.y + 394, { size: 14, color: '#3C4455', w: 600 }),
  ], 'VERTICAL', { gap: 6 }),
  b.al('Frame 720', [
    b.vec('Vector', rx, sRev.y + 470, 16, 18, { fill: '#2E8B57' }),
    b.text('Bank-grade encryption in transit and at rest. We never hand your figures to anyone else without your say-so, and you can cut the connection from Settings › Connections whenever you like.', rx + 28, sRev.y + 466, { size: 13, color: '#3C4455', w: 570 }),
  ], 'HORIZONTAL', { gap: 12, pad: 12, fill: '#EEF7F1', radius: 8 }),
  b.al('Frame 730', [chk, b.al('Frame 731', [b.text('I agree to share this data as described and accept the', rx + 32, sRev.y + 640, { size: 13, w: 330 }), b.link('Data Privacy Policy', rx + 370, sRev.y + 640, { size: 13, underline: true })], 'HORIZONTAL', { gap: 4 })], 'HORIZONTAL', { gap: 12 }),
  authBtn, faq, nda,
  b.group('Group 22', [b.text('Powered by', rx + 200, sRev.y + 826, { size: 12, color: '#8A93A6' }), b.vec('Railgate logo', rx + 272, sRev.y + 824, 72, 16, { fill: '#4B5563' })]),
]));

// 9 Intuit sign-in (third party)
const sIntuit = scr(8, 'Intuit — sign in (3rd party)');
const ix = sIntuit.x + 520;
const allow = b.btnFrame('Connect', ix, sIntuit.y + 520, 400, 48, { fill: '#2CA01C', name: 'Frame 9' });
sIntuit.put(b.frame('Frame 900', ix - 40, sIntuit.y + 120, 480, 520, { fill: '#FFFFFF', radius: 8, stroke: '#DDE2EA', layoutMode: 'VERTICAL', pad: 40, gap: 20 }, [
  b.rect('intuit-logo', ix, sIntuit.y + 160, 120, 32, { image: 'intuit9a7' }),
  b.text('Sign in to QuickBooks Online', ix, sIntuit.y + 220, { size: 22, weight: 700, w: 400 }),
  b.text('YardDesk wants to read your company file: Ortega Concrete & Forming LLC', ix, sIntuit.y + 270, { size: 14, color: '#5B6475', w: 400 }),
  b.frame('Rectangle 91', ix, sIntuit.y + 330, 400, 44, { radius: 4, stroke: '#C9D0DB' }, [b.text('marisol@ortegaconcrete.com', ix + 12, sIntuit.y + 342, { size: 14 })]),
  b.frame('Rectangle 92', ix, sIntuit.y + 390, 400, 44, { radius: 4, stroke: '#C9D0DB' }, [b.text('••••••••••', ix + 12, sIntuit.y + 402, { size: 14 })]),
  allow,
]));

// 10 Connections — syncing
const sSync = scr(9, 'Settings — Connections (syncing)');
sidebar(sSync, 'Settings');
const sx = sSync.x + CX;
sSync.put(b.text('Connections', sx, sSync.y + 40, { size: 26, weight: 700 }));
const addAnother1 = b.link('+ Add another connection', sx, sSync.y + 380, { weight: 600 });
const toDetails = b.btnFrame('Review company details', sx + 880, sSync.y + 800, 260, 44, { fill: '#F26B1D' });
sSync.put(b.al('Frame 1001', [
  b.al('Frame 1002', [b.logo(sx + 20, sSync.y + 120, 32, 'c01qbo'), b.text('QuickBooks Online', sx + 64, sSync.y + 126, { size: 15, weight: 600 }), b.vec('Spinner', sx + 400, sSync.y + 126, 18, 18, { fill: '#F26B1D' }), b.text('Syncing… 1,412 of 3,980 invoices', sx + 428, sSync.y + 126, { size: 14, color: '#5B6475', w: 300 })], 'HORIZONTAL', { gap: 12, pad: 16 }),
  b.al('Frame 1003', [b.logo(sx + 20, sSync.y + 200, 32, 'b01ch'), b.text('Chase for Business', sx + 64, sSync.y + 206, { size: 15, weight: 600 }), b.frame('Badge', sx + 400, sSync.y + 202, 190, 26, { fill: '#FFF4D6', radius: 13, layoutMode: 'HORIZONTAL', pad: 6 }, [b.text('Waiting for your approval', sx + 410, sSync.y + 206, { size: 12, color: '#8A6100' })]), b.link('Finish authorizing', sx + 620, sSync.y + 206, { size: 13 })], 'HORIZONTAL', { gap: 12, pad: 16 }),
], 'VERTICAL', { gap: 8, fill: '#FFFFFF', radius: 10, stroke: '#DDE2EA' }));
sSync.put(addAnother1);
sSync.put(toDetails);

// 11 Company details (prefilled)
const sPre = scr(10, 'Company details');
const qx = sPre.x + 420;
const pf = [['Legal name', 'Ortega Concrete & Forming LLC'], ['EIN', '84-3920117'], ['Registered address', '2210 Alder St, Tacoma, WA 98405'], ['Main contact', 'Marisol Ortega · (253) 555-0188'], ['Annual revenue (FY2025)', '$4,210,000']];
const savePre = b.btnFrame('Looks right — save', qx, sPre.y + 700, 600, 48, { fill: '#F26B1D' });
sPre.put(b.al('Frame 1101', [
  b.text('Check your company details', qx, sPre.y + 80, { size: 28, weight: 700, w: 600 }),
  b.al('Frame 1102', [b.vec('Vector', qx, sPre.y + 134, 16, 16, { fill: '#2CA01C' }), b.text('Filled in from QuickBooks Online — edit anything that’s off.', qx + 24, sPre.y + 132, { size: 14, color: '#2E6B3A', w: 560 })], 'HORIZONTAL', { gap: 8 }),
  ...pf.map(([l, v], i) => field(l, sPre.y + 180 + i * 92, v, '', qx)),
  savePre,
], 'VERTICAL', { gap: 16 }));

// 12 Connections — live
const sLive = scr(11, 'Settings — Connections (live)');
sidebar(sLive, 'Settings');
const lx = sLive.x + CX;
sLive.put(b.text('Connections', lx, sLive.y + 40, { size: 26, weight: 700 }));
const head = ['Software', 'Status', 'First synced', 'Last synced', 'What we read', ''];
const colX = [0, 240, 380, 560, 740, 980];
const rowsData = [
  ['QuickBooks Online', 'Connected ✓', 'Mar 3, 2026 · 9:12 AM', 'Today · 7:40 AM', 'Invoices, payments, customers'],
  ['Chase for Business ··4471 (USD)', 'Connected ✓', 'Mar 3, 2026 · 9:20 AM', 'Today · 6:05 AM', 'Transactions, balances'],
];
const hdr = b.al('Frame 1201', head.map((h, j) => b.text(h || ' ', lx + 20 + colX[j], sLive.y + 130, { size: 12, weight: 600, color: '#5B6475', w: 160 })), 'HORIZONTAL', { gap: 20, pad: 12, fill: '#F1F3F7' });
const disconnects = [];
const rowNodes = rowsData.map((r, i) => {
  const y = sLive.y + 180 + i * 64;
  const syncNow = b.btnFrame('Sync now', lx + 20 + colX[5], y, 100, 34, { fill: '#FFFFFF', color: '#0E2A47', stroke: '#C9D0DB', size: 13 });
  const disc = b.link('Disconnect', lx + 20 + colX[5] + 116, y + 8, { color: '#D13B3B', size: 13 });
  disconnects.push(disc);
  return b.al('Frame ' + (1210 + i), [
    b.al('Frame ' + (1220 + i), [b.logo(lx + 20, y, 28, i ? 'b01ch' : 'c01qbo'), b.text(r[0], lx + 56, y + 6, { size: 14, weight: 600, w: 180 })], 'HORIZONTAL', { gap: 8 }),
    b.text(r[1], lx + 20 + colX[1], y + 6, { size: 13, color: '#2E8B57' }),
    b.text(r[2], lx + 20 + colX[2], y + 6, { size: 13, w: 170 }),
    b.text(r[3], lx + 20 + colX[3], y + 6, { size: 13, w: 170 }),
    b.text(r[4], lx + 20 + colX[4], y + 6, { size: 13, w: 220 }),
    b.al('Frame ' + (1230 + i), [syncNow, disc], 'HORIZONTAL', { gap: 12 }),
  ], 'HORIZONTAL', { gap: 20, pad: 12 });
});
sLive.put(b.al('Table', [hdr, ...rowNodes, b.link('View sync history', lx + 20, sLive.y + 330, { size: 13 })], 'VERTICAL', { gap: 0, fill: '#FFFFFF', radius: 10, stroke: '#DDE2EA' }));
const addAnother2 = b.btnGroup('+ Add another', lx, sLive.y + 400, 160, 40, { fill: '#0E2A47', shape: 'VECTOR' });
sLive.put(addAnother2);

// 13 Disconnect modal
const sDisc = scr(12, 'Modal / Disconnect');
sDisc.node.fills = [{ type: 'SOLID', color: { r: 0.05, g: 0.1, b: 0.2, a: 0.5 } }];
const mx = sDisc.x + 470;
const keep = b.btnFrame('Keep it', mx + 24, sDisc.y + 520, 200, 44, { fill: '#FFFFFF', color: '#1D2433', stroke: '#C9D0DB' });
const revoke = b.btnFrame('Disconnect & revoke access', mx + 240, sDisc.y + 520, 260, 44, { fill: '#D13B3B' });
close(keep); close(revoke);
sDisc.put(b.frame('Frame 1301', mx, sDisc.y + 300, 520, 300, { fill: '#FFFFFF', radius: 12, layoutMode: 'VERTICAL', pad: 24, gap: 16 }, [
  b.text('Disconnect QuickBooks Online?', mx + 24, sDisc.y + 330, { size: 20, weight: 700, w: 460 }),
  b.text('YardDesk stops reading your books straight away and deletes the copies it holds. Reconnecting later takes a minute.', mx + 24, sDisc.y + 370, { size: 14, color: '#5B6475', w: 460 }),
  b.al('Frame 1302', [keep, revoke], 'HORIZONTAL', { gap: 16 }),
]));

// 14 Upload instead
const sUp = scr(13, 'Upload files');
const ux = sUp.x + 420;
const upBtn = b.btnFrame('Upload 0 files', ux, sUp.y + 560, 600, 48, { fill: '#F26B1D' });
sUp.put(b.al('Frame 1401', [
  b.text('Upload your numbers instead', ux, sUp.y + 100, { size: 28, weight: 700, w: 600 }),
  b.text('Trial balance or AR ageing as CSV/XLSX, bank statements as PDF or OFX. We’ll read them the same way.', ux, sUp.y + 150, { size: 15, color: '#5B6475', w: 600 }),
  b.frame('Frame 1402', ux, sUp.y + 220, 600, 300, { fill: '#FAFBFC', radius: 12, stroke: '#C9D0DB', layoutMode: 'VERTICAL', pad: 40, gap: 12 }, [b.vec('Vector', ux + 280, sUp.y + 300, 40, 40), b.text('Drag files here or browse', ux + 200, sUp.y + 360, { size: 15, w: 220 })]),
  upBtn,
], 'VERTICAL', { gap: 20 }));

// ---- wiring ----
go(createBtn, sSetup.node);
go(seePlans, sPrice.node);
go(contSetup, sDash.node);
navDash.Settings.interactions[0].actions[0].destinationId = sGen.node.id;
go(tGen.Connections, sConn.node);
go(tConn[0], sGen.node);
go(addAcct, sPick.node);
go(addBank, bankCards[0]); // lands on the bank group inside the picker
acctCards.forEach((c, i) => { if (i === 0) go(c, sRev.node); });
go(cantFind, sUp.node);
go(authBtn, sIntuit.node);
legacy(allow, sSync.node);
go(addAnother1, sPick.node, 'SWAP');
go(toDetails, sPre.node);
go(savePre, sLive.node);
for (const d of disconnects) go(d, sDisc.node, 'OVERLAY');
go(addAnother2, sPick.node);
go(upBtn, sSync.node);

b.connectFrames = new Set([sConn.node.id, sPick.node.id, sRev.node.id, sLive.node.id]);
const section = b.frame('Onboarding v3', -100, -100, 5 * 1600 + 100, 3 * 1100 + 100, { type: 'SECTION', fill: '#FFFFFF' }, [sSign, sPrice, sSetup, sDash, sGen, sConn, sPick, sRev, sIntuit, sSync, sPre, sLive, sDisc, sUp].map((s) => s.node));
flow.children.push(section);
flow.flowStartingPoints = [{ nodeId: sSign.node.id, name: 'New customer' }];

emit(b, 'd43-equipment-rental-desktop', { title: 'YardDesk — onboarding v3 (connections)', lastModified: '2026-03-09T17:42:11Z', version: '5123409872' }, {
  kind: 'onboarding',
  description: 'Desktop (1440) onboarding for YardDesk, rental software for equipment yards serving builders. After sign-up and a short company setup the user lands on a dashboard; connecting accounting software and a business bank lives under Settings › Connections, which opens a grouped, searchable picker, a review-access screen, a third-party sign-in, a syncing state, prefilled company details and a connections table with sync-now and disconnect.',
  present: ['funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'value.contextual-ctas', 'value.progress-meter', 'privacy.statistics'],
  notes: {
    'funnel.three-actions': 'Sign up → company setup → dashboard → Settings → Connections tab: the first connect prompt is four clicks from sign-up.',
    'funnel.cta-visible': 'Connecting is only reachable through a Connections tab inside Settings; the dashboard has no connect entry.',
    'funnel.social-proof': 'Sign-up panel carries a named customer quote and a Capterra star rating.',
    'funnel.prefill': 'Company details screen shows legal name, EIN, address, contact and revenue filled in from QuickBooks Online.',
    'funnel.greeting-email': 'No welcome email frame anywhere in the file.',
    'value.three-part': 'Review-access screen: what you get, how the data is used (financial health, trade-credit risk score), and one main Authorize button.',
    'value.contextual-ctas': 'No connect prompts inside feature screens (dashboard KPIs, returns table) — only in Settings.',
    'value.progress-meter': '"Step 1 of 2" on company setup is a form step counter unrelated to connected sources; no meter grows with connections.',
    'privacy.statistics': 'The "3,000+ rental yards" line on sign-up is a hidden layer; the visible 1,100 reviews figure is a rating, not a trust/encryption statistic.',
    'privacy.consent-action': 'Checkbox instance beside agreement text with an underlined Data Privacy Policy link, above the Authorize button.',
    'privacy.connection-guide': 'Underlined "Step-by-step: connecting your books to YardDesk" help article on the Connections screen.',
    'privacy.support-contacts': 'Phone number, support email and a support-ticket option on the Connections screen.',
    'privacy.mutual-nda': '"Need a mutual NDA … Request one" link on the review screen.',
    'platform.accurate-branding': 'Full product names with logos: QuickBooks Online vs QuickBooks Desktop Enterprise, Sage Intacct, Oracle NetSuite, Chase for Business.',
    'platform.multiple-connections': '"+ Add another connection", Connected ✓ status and a "Waiting for your approval" badge on the pending bank.',
    'connection.view-live': 'Table with software, status, first and last sync times, data read and the bank account currency.',
    'connection.refresh': '"Sync now" per row.',
    'connection.syncing-indicator': 'Spinner with "Syncing… 1,412 of 3,980 invoices".',
  },
});

// d44-bakery-wholesale-mobile: wholesale bakery ordering for cafés (UK, 390x844); links till (POS) and bank for trade credit.
import { Builder, Screen, emit, go, back, close, url, legacy } from './lib.mjs';

const b = new Builder();
const W = 390, H = 844;

// ---- page 1: components ----
const comps = b.canvas('Components');
const pill = b.comp('Comp / Action / Large', 0, 0, 350, 52, { fill: '#7A3E1D', radius: 26 }, [b.text('Button', 20, 16, { size: 16, weight: 600, color: '#FFFFFF', w: 310 })]);
const tabItem = b.comp('tab-item', 0, 80, 78, 56, { fill: '#FFFFFF' }, [b.vec('Vector', 27, 88, 24, 24), b.text('Tab', 24, 116, { size: 11 })]);
const chipDef = b.comp('Property 1=Default', 400, 0, 120, 36, { fill: '#F3EDE6', radius: 18 }, [b.text('Chip', 420, 8, { size: 13 })]);
const chipOn = b.comp('Property 1=Pressed', 400, 50, 120, 36, { fill: '#7A3E1D', radius: 18 }, [b.text('Chip', 420, 58, { size: 13, color: '#FFFFFF' })]);
go(chipDef, chipOn, 'CHANGE_TO', 'ON_CLICK');
const chipSet = b.frame('Chip', 390, -10, 140, 110, { type: 'COMPONENT_SET', stroke: '#9747FF' }, [chipDef, chipOn]);
b.componentSets[chipSet.id] = { key: 'setchip' + chipSet.id.replace(':', 'x'), name: 'Chip', description: '' };
comps.children.push(pill, tabItem, chipSet);

// ---- page 2: app flow (no prototype start set on purpose) ----
const flow = b.canvas('App — trade onboarding');
let slot = 0;
const scr = (name, o = {}) => { const x = (slot % 8) * 460, y = Math.floor(slot / 8) * 1000; slot += 1; return new Screen(b, name, x, y, W, H, { fill: o.fill ?? '#FFFBF6', pad: 20, top: 60 }); };
const statusBar = (s) => s.put(b.frame('Status Bar', s.x, s.y, W, 44, { fill: null, layoutMode: 'HORIZONTAL', pad: 14 }, [b.text('9:41', s.x + 24, s.y + 14, { size: 15, weight: 600 }), b.vec('Battery', s.x + 340, s.y + 16, 26, 12, { fill: '#1D2433' })]));
const tabs = (s, active) => {
  const items = ['Shop', 'Orders', 'Credit', 'Account'];
  const its = items.map((t, i) => b.frame(t === active ? 'tab-item' : 'tab-item', s.x + 8 + i * 94, s.y + H - 80, 78, 56, { type: 'INSTANCE', componentId: tabItem.id, fill: '#FFFFFF', layoutMode: 'VERTICAL', pad: 4 }, [b.vec('Vector', s.x + 35 + i * 94, s.y + H - 74, 24, 24, { fill: t === active ? '#7A3E1D' : '#9AA3B2' }), b.text(t, s.x + 30 + i * 94, s.y + H - 46, { size: 11, color: t === active ? '#7A3E1D' : '#6B7280' })]));
  s.put(b.frame('Tab bar', s.x, s.y + H - 84, W, 84, { fill: '#FFFFFF', layoutMode: 'HORIZONTAL', stroke: '#EEE4DA' }, its));
  return Object.fromEntries(items.map((t, i) => [t, its[i]]));
};

// Sign up
const sSign = scr('Sign up');
statusBar(sSign);
const L = sSign.px;
const create = b.btnGroup('Create trade account', L, sSign.y + 520, 350, 52, { fill: '#7A3E1D', radius: 26 });
const terms = b.link('Terms of Trade', L + 168, sSign.y + 590, { size: 12, underline: true, color: '#7A3E1D' });
sSign.add(b.al('Frame 18', [
  b.vec('Vector', L, sSign.y + 64, 40, 40, { fill: '#7A3E1D' }),
  b.text('Crumbline Trade', L, sSign.y + 116, { size: 26, weight: 700 }),
  b.text('Fresh bakes for cafés, delivered by 6am.', L, sSign.y + 154, { size: 15, color: '#6B5A4C', w: 350 }),
], 'VERTICAL', { gap: 8 }));
const inp = (ph, y) => b.frame('Rectangle ' + b.n, L, y, 350, 48, { fill: '#FFFFFF', radius: 12, stroke: '#E2D6C9', layoutMode: 'HORIZONTAL', pad: 14 }, [b.text(ph, L + 14, y + 14, { size: 15, color: '#9A8B7D', w: 320 })]);
sSign.put(b.al('Frame 19', [inp('Business email', sSign.y + 220), inp('Café or shop name', sSign.y + 280), inp('Create a password', sSign.y + 340)], 'VERTICAL', { gap: 12 }));
sSign.put(b.al('Frame 20', [
  b.text('“Our croissant order takes thirty seconds now, and the credit terms got us through January.”', L + 16, sSign.y + 412, { size: 13, color: '#4A3B30', w: 318 }),
  b.text('— Priya Nair, owner, Bean There, Leeds', L + 16, sSign.y + 468, { size: 12, weight: 600, color: '#7A3E1D', w: 318 }),
], 'VERTICAL', { pad: 16, gap: 6, fill: '#F3EDE6', radius: 12 }));
sSign.put(create);
sSign.put(b.btnFrame(' Continue with Apple', L, sSign.y + 640, 350, 48, { fill: '#000000', radius: 24 }));
sSign.put(b.al('Frame 21', [b.text('By signing up you accept our', L, sSign.y + 590, { size: 12, color: '#6B5A4C' }), terms], 'HORIZONTAL', { gap: 4 }));

// Terms (dead end)
const sTerms = scr('Terms of Trade');
statusBar(sTerms);
sTerms.add(b.text('Terms of Trade', sTerms.px, sTerms.y + 60, { size: 22, weight: 700 }));
sTerms.add(b.text('1  Orders placed before 8pm are baked overnight.\n2  Minimum order £40 ex. VAT.\n3  Credit accounts are settled on the 30th.\n4  Returns of fresh goods are not accepted.\n5  We may change prices with 14 days’ notice.', sTerms.px, sTerms.cy, { size: 14, w: 350, color: '#4A3B30' }));
sTerms.add(b.text('Last updated 2 February 2026', sTerms.px, sTerms.cy, { size: 12, color: '#9A8B7D' }));

// Home (connect frame)
const sHome = scr('Home');
statusBar(sHome);
const H0 = sHome.px;
const linkBoth = b.btnInst('Link till & bank', H0 + 16, sHome.y + 250, 318, 52, pill.id, { fill: '#7A3E1D' });
sHome.add(b.text('Morning, Hollis & Rye ☕', H0, sHome.y + 60, { size: 22, weight: 700, w: 350 }));
sHome.put(b.al('Frame 1205', [
  b.al('Frame 1206', [
    b.text('Unlock 30-day trade credit', H0 + 16, sHome.y + 120, { size: 19, weight: 700, color: '#FFFFFF', w: 318 }),
    b.text('Link your till and your business bank and we can offer up to £5,000 on account — pay for this week’s bakes at month end.', H0 + 16, sHome.y + 152, { size: 14, color: '#FBE9DA', w: 318 }),
  ], 'VERTICAL', { gap: 6 }),
  linkBoth,
], 'VERTICAL', { pad: 16, gap: 14, fill: '#A0522D', radius: 16 }));
const prods = [['Sourdough bloomer', '£2.10'], ['Almond croissant ×12', '£14.40'], ['Linkwood Dairy salted butter 2kg', '£11.95']];
sHome.put(b.al('Frame 1210', [b.text('Order again', H0, sHome.y + 340, { size: 17, weight: 600 }), ...prods.map(([n, p], i) => b.al('Frame ' + (1211 + i), [b.rect('image ' + i, H0, sHome.y + 376 + i * 84, 64, 64, { image: 'bake' + i, radius: 10 }), b.al('Frame ' + (1220 + i), [b.text(n, H0 + 76, sHome.y + 384 + i * 84, { size: 14, weight: 600, w: 200 }), b.text(p, H0 + 76, sHome.y + 408 + i * 84, { size: 13, color: '#6B5A4C' })], 'VERTICAL', { gap: 4 }), b.btnFrame('+', H0 + 300, sHome.y + 392 + i * 84, 40, 32, { fill: '#F3EDE6', color: '#7A3E1D', radius: 16 })], 'HORIZONTAL', { gap: 12 }))], 'VERTICAL', { gap: 12 }));
const tHome = tabs(sHome, 'Shop');

// Credit hub (0 of 2)
const sHub = scr('Credit');
statusBar(sHub);
const C0 = sHub.px;
const rowLink = (label, sub, y) => b.frame('Frame ' + (800 + b.n), C0, y, 350, 68, { fill: '#FFFFFF', radius: 12, stroke: '#EEE4DA', layoutMode: 'HORIZONTAL', pad: 14, gap: 12 }, [b.vec('Vector', C0 + 14, y + 20, 28, 28, { fill: '#A0522D' }), b.al('Frame ' + (810 + b.n), [b.text(label, C0 + 54, y + 14, { size: 15, weight: 600, w: 220 }), b.text(sub, C0 + 54, y + 38, { size: 12, color: '#6B5A4C', w: 240 })], 'VERTICAL', { gap: 2 }), b.vec('Chevron', C0 + 320, y + 28, 8, 12)]);
const hubTill = rowLink('Link your till', 'Square, SumUp, Lightspeed and more', sHub.y + 270);
const hubBank = rowLink('Link your bank', 'Barclays, NatWest, Monzo and more', sHub.y + 350);
const later0 = b.text('Ask a teammate · Finish later', C0 + 70, sHub.y + 640, { size: 14, weight: 500, color: '#7A3E1D', w: 230 });
sHub.add(b.text('Trade credit', C0, sHub.y + 60, { size: 24, weight: 700 }));
sHub.put(b.al('Frame 830', [
  b.text('Credit profile  ·  0 of 2 linked', C0, sHub.y + 110, { size: 13, weight: 600, color: '#6B5A4C' }),
  b.group('Group 31', [b.rect('Rectangle 5', C0, sHub.y + 136, 350, 10, { fill: '#EEE4DA', radius: 5 }), b.rect('Rectangle 6', C0, sHub.y + 136, 12, 10, { fill: '#A0522D', radius: 5 })]),
  b.text('Each link raises your starting limit.', C0, sHub.y + 156, { size: 12, color: '#9A8B7D' }),
], 'VERTICAL', { gap: 8 }));
sHub.put(b.al('Frame 831', [hubTill, hubBank], 'VERTICAL', { gap: 12 }));
sHub.put(b.al('Frame 832', [
  b.vec('Vector', C0 + 12, sHub.y + 456, 16, 18, { fill: '#3B7A57' }),
  b.text('Linked securely. We never pass your figures to anyone else without your say-so — and you can unlink any time from Account › Linked apps.', C0 + 36, sHub.y + 452, { size: 12, color: '#3C4455', w: 300 }),
], 'HORIZONTAL', { pad: 12, gap: 10, fill: '#EEF7F1', radius: 10 }));
sHub.put(b.text('4,800+ UK cafés have linked with Crumbline · 256-bit encryption', C0, sHub.y + 560, { size: 12, color: '#6B5A4C', w: 350 }));
sHub.put(later0);
const tHub = tabs(sHub, 'Credit');

// Choose what to link (grouped, no search)
const sPick = scr('Choose');
statusBar(sPick);
const P0 = sPick.px;
const backPick = b.vec('Arrow left', P0, sPick.y + 56, 24, 24, { fill: '#1D2433' });
back(backPick);
sPick.put(backPick);
sPick.put(b.text('What do you use?', P0, sPick.y + 92, { size: 22, weight: 700 }));
const tile = (n, x, y) => b.frame('Frame ' + (900 + b.n), x, y, 109, 84, { fill: '#FFFFFF', radius: 12, stroke: '#EEE4DA', layoutMode: 'VERTICAL', pad: 10, gap: 6 }, [b.vec('Vector', x + 38, y + 12, 32, 32, { fill: '#6B5A4C' }), b.text(n, x + 10, y + 54, { size: 12, weight: 600, align: 'CENTER', w: 89 })]);
const tills = ['Square', 'SumUp', 'Lightspeed', 'Epos', 'Zettle', 'Toast'].map((n, i) => tile(n, P0 + (i % 3) * 120, sPick.y + 170 + Math.floor(i / 3) * 96));
const banks = ['Barclays', 'NatWest', 'HSBC', 'Lloyds', 'Monzo', 'Starling'].map((n, i) => tile(n, P0 + (i % 3) * 120, sPick.y + 430 + Math.floor(i / 3) * 96));
sPick.put(b.al('Frame 940', [b.text('Your till (POS)', P0, sPick.y + 140, { size: 16, weight: 700 }), b.al('Frame 941', tills, 'HORIZONTAL', { gap: 11 })], 'VERTICAL', { gap: 10 }));
sPick.put(b.al('Frame 950', [b.text('Bank accounts', P0, sPick.y + 400, { size: 16, weight: 700 }), b.al('Frame 951', banks, 'HORIZONTAL', { gap: 11 })], 'VERTICAL', { gap: 10 }));
const notListed = b.link('Till not listed? Send us your Z-reports instead', P0, sPick.y + 640, { size: 13, w: 350 });
sPick.put(notListed);

// Before we open Square
const sPre = scr('Before we open Square');
statusBar(sPre);
const R0 = sPre.px;
const openSq = b.btnFrame('Open Square', R0, sPre.y + 560, 350, 52, { fill: '#7A3E1D', radius: 26, name: 'Btn' });
const notNow = b.text('Not now', R0 + 145, sPre.y + 628, { size: 14, color: '#6B5A4C' });
back(notNow);
sPre.put(b.al('Frame 1010', [
  b.group('Group 2', [b.vec('Vector', R0 + 100, sPre.y + 120, 56, 56, { fill: '#A0522D' }), b.vec('Vector', R0 + 168, sPre.y + 140, 16, 16), b.vec('Vector', R0 + 196, sPre.y + 120, 56, 56, { fill: '#1D2433' })]),
  b.text('Next stop: Square', R0, sPre.y + 200, { size: 22, weight: 700 }),
  b.text('We’ll open Square in your browser. Log in, tap Allow, and you’ll bounce straight back to Crumbline.', R0, sPre.y + 240, { size: 15, color: '#4A3B30', w: 350 }),
], 'VERTICAL', { gap: 12 }));
sPre.put(openSq);
sPre.put(notNow);
sPre.put(b.text('Powered by Railgate', R0 + 110, sPre.y + 680, { size: 11, color: '#9A8B7D', visible: false }));
sPre.put(b.text('Stuck? 💬 Chat · ☎ 0161 496 0732 · trade@crumbline.co.uk', R0, sPre.y + 740, { size: 12, color: '#6B5A4C', w: 350 }));

// Square (browser)
const sSq = scr('Square — browser', { fill: '#FFFFFF' });
const Q0 = sSq.px;
const allow = b.btnFrame('Allow', Q0, sSq.y + 420, 350, 48, { fill: '#006AFF', radius: 6 });
sSq.put(b.frame('URL bar', sSq.x, sSq.y + 44, W, 40, { fill: '#F1F1F1' }, [b.text('squareup.com/oauth2/authorize', sSq.x + 60, sSq.y + 56, { size: 12, color: '#555555' })]));
sSq.put(b.text('Crumbline Trade would like to view your sales, items and locations.', Q0, sSq.y + 200, { size: 16, weight: 600, w: 350 }));
sSq.put(allow);

// Credit hub (1 of 2)
const sHub2 = scr('Credit — 1 of 2');
statusBar(sHub2);
const D0 = sHub2.px;
sHub2.add(b.text('Trade credit', D0, sHub2.y + 60, { size: 24, weight: 700 }));
sHub2.put(b.al('Frame 1330', [
  b.text('Credit profile  ·  1 of 2 linked', D0, sHub2.y + 110, { size: 13, weight: 600, color: '#6B5A4C' }),
  b.group('Group 32', [b.rect('Rectangle 5', D0, sHub2.y + 136, 350, 10, { fill: '#EEE4DA', radius: 5 }), b.rect('Rectangle 6', D0, sHub2.y + 136, 175, 10, { fill: '#A0522D', radius: 5 })]),
  b.text('Limit so far: £2,000', D0, sHub2.y + 156, { size: 12, color: '#9A8B7D' }),
], 'VERTICAL', { gap: 8 }));
const statusRow = (name, status, colr, y) => b.frame('Frame ' + (1340 + b.n), D0, y, 350, 60, { fill: '#FFFFFF', radius: 12, stroke: '#EEE4DA', layoutMode: 'HORIZONTAL', pad: 14, gap: 12 }, [b.vec('Vector', D0 + 14, y + 16, 28, 28), b.text(name, D0 + 54, y + 20, { size: 15, weight: 600, w: 150 }), b.frame('Badge', D0 + 220, y + 17, 116, 26, { fill: colr, radius: 13, layoutMode: 'HORIZONTAL', pad: 6 }, [b.text(status, D0 + 230, y + 21, { size: 11, weight: 600, w: 96 })])]);
const addMore = b.link('+ Link another account', D0, sHub2.y + 360, { weight: 600, color: '#7A3E1D' });
const apply = b.btnInst('Apply for credit', D0, sHub2.y + 560, 350, 52, pill.id, { fill: '#7A3E1D' });
const askMate = b.text('Ask a teammate', D0 + 70, sHub2.y + 630, { size: 14, weight: 500, color: '#7A3E1D' });
const later = b.text('Finish later', D0 + 210, sHub2.y + 630, { size: 14, weight: 500, color: '#7A3E1D' });
sHub2.put(b.al('Frame 1350', [statusRow('Square', 'Linked ✓', '#E2F3E8', sHub2.y + 200), statusRow('Barclays', 'Awaiting approval', '#FFF1CC', sHub2.y + 272)], 'VERTICAL', { gap: 12 }));
sHub2.put(addMore);
sHub2.put(apply);
sHub2.put(b.al('Frame 1351', [askMate, b.text('·', D0 + 190, sHub2.y + 630, { size: 14 }), later], 'HORIZONTAL', { gap: 8 }));
const tHub2 = tabs(sHub2, 'Credit');

// Invite a teammate (sheet)
const sInv = scr('Sheet / Invite');
const I0 = sInv.px;
const send = b.btnFrame('Send invite', I0, sInv.y + 700, 350, 52, { fill: '#7A3E1D', radius: 26 });
close(send);
sInv.put(b.frame('Frame 1401', sInv.x, sInv.y + 460, W, 384, { fill: '#FFFFFF', radius: 24, layoutMode: 'VERTICAL', pad: 20, gap: 12 }, [
  b.text('Hand the bank bit to someone else', I0, sInv.y + 500, { size: 19, weight: 700, w: 350 }),
  b.text('Whoever looks after your books gets a link to finish linking — your progress is saved.', I0, sInv.y + 540, { size: 14, color: '#4A3B30', w: 350 }),
  inp('Their email', sInv.y + 620),
  send,
]));

// Upload Z-reports
const sUp = scr('Upload Z-reports');
statusBar(sUp);
const U0 = sUp.px;
const upBtn = b.btnFrame('Send 0 files', U0, sUp.y + 600, 350, 52, { fill: '#7A3E1D', radius: 26 });
sUp.put(b.text('Send your Z-reports', U0, sUp.y + 80, { size: 22, weight: 700 }));
sUp.put(b.text('Photos or PDFs of the last three months of end-of-day reports work fine.', U0, sUp.y + 120, { size: 14, color: '#4A3B30', w: 350 }));
sUp.put(b.frame('Frame 1501', U0, sUp.y + 200, 350, 260, { fill: '#FFFFFF', radius: 16, stroke: '#E2D6C9', layoutMode: 'VERTICAL', pad: 24 }, [b.vec('Vector', U0 + 155, sUp.y + 280, 40, 40), b.text('Tap to add files', U0 + 120, sUp.y + 340, { size: 14 })]));
sUp.put(upBtn);

// Orders (contextual link prompt)
const sOrd = scr('Orders');
statusBar(sOrd);
const O0 = sOrd.px;
const ordLink = b.btnFrame('Link till', O0 + 16, sOrd.y + 236, 120, 40, { fill: '#FFFFFF', color: '#7A3E1D', radius: 20 });
sOrd.add(b.text('Orders', O0, sOrd.y + 60, { size: 24, weight: 700 }));
sOrd.put(b.al('Frame 1601', [
  b.text('Smarter reorders', O0 + 16, sOrd.y + 120, { size: 16, weight: 700, color: '#FFFFFF' }),
  b.text('Link your till and we’ll suggest tomorrow’s order from what actually sold today.', O0 + 16, sOrd.y + 148, { size: 13, color: '#FBE9DA', w: 318 }),
  b.frame('Chart placeholder', O0 + 16, sOrd.y + 190, 318, 36, { fill: '#B8693F', radius: 6 }, []),
  ordLink,
], 'VERTICAL', { pad: 16, gap: 8, fill: '#A0522D', radius: 16 }));
const orders = ['#4821 · Tue 4 Mar · £86.40 · Delivered', '#4807 · Sat 1 Mar · £112.05 · Delivered', '#4790 · Thu 27 Feb · £64.00 · Refunded'];
sOrd.put(b.al('Frame 1610', orders.map((o, i) => b.text(o, O0, sOrd.y + 320 + i * 40, { size: 14, w: 350 })), 'VERTICAL', { gap: 16 }));
const tOrd = tabs(sOrd, 'Orders');

// Account › Linked apps
const sApps = scr('Account / Linked apps');
statusBar(sApps);
const A0 = sApps.px;
sApps.add(b.text('Linked apps', A0, sApps.y + 60, { size: 24, weight: 700 }));
const unl = [];
const appCard = (name, lines, y) => { const u = b.link('Unlink', A0 + 290, y + 16, { size: 13, color: '#C0392B' }); unl.push(u); return b.frame('Frame ' + (1700 + b.n), A0, y, 350, 96, { fill: '#FFFFFF', radius: 12, stroke: '#EEE4DA', layoutMode: 'HORIZONTAL', pad: 14, gap: 12 }, [b.vec('Vector', A0 + 14, y + 16, 28, 28), b.al('Frame ' + (1710 + b.n), [b.text(name, A0 + 54, y + 14, { size: 15, weight: 600, w: 220 }), b.text(lines, A0 + 54, y + 38, { size: 12, color: '#6B5A4C', w: 220 })], 'VERTICAL', { gap: 4 }), u]); };
sApps.put(b.al('Frame 1720', [
  appCard('Square', 'Linked since 3 Mar 2026\nLast synced today, 09:14', sApps.y + 110),
  appCard('Barclays Business ··2290', 'GBP current account\nLinked since 4 Mar 2026 · last synced 06:00', sApps.y + 218),
], 'VERTICAL', { gap: 12 }));
sApps.put(b.btnFrame('Delete account', A0, sApps.y + 640, 350, 44, { fill: '#FFFFFF', color: '#C0392B', radius: 22, stroke: '#C0392B' }));
const tApps = tabs(sApps, 'Account');

// Unlink modal
const sUnl = scr('Modal / Unlink');
sUnl.node.fills = [{ type: 'SOLID', color: { r: 0.1, g: 0.06, b: 0.03, a: 0.45 } }];
const M0 = sUnl.px;
const keep = b.btnFrame('Keep linked', M0 + 16, sUnl.y + 470, 150, 44, { fill: '#FFFFFF', color: '#1D2433', stroke: '#E2D6C9', radius: 22 });
const doUnl = b.btnFrame('Unlink', M0 + 184, sUnl.y + 470, 150, 44, { fill: '#C0392B', radius: 22 });
close(keep); close(doUnl);
sUnl.put(b.frame('Frame 1801', M0, sUnl.y + 320, 350, 220, { fill: '#FFFFFF', radius: 20, layoutMode: 'VERTICAL', pad: 16, gap: 12 }, [
  b.text('Unlink Square?', M0 + 16, sUnl.y + 344, { size: 19, weight: 700 }),
  b.text('We’ll stop reading your sales and your credit limit may drop.', M0 + 16, sUnl.y + 380, { size: 14, color: '#4A3B30', w: 318 }),
  b.al('Frame 1802', [keep, doUnl], 'HORIZONTAL', { gap: 18 }),
]));

// Credit application (not prefilled)
const sApp = scr('Credit application');
statusBar(sApp);
const F0 = sApp.px;
sApp.add(b.text('Credit application', F0, sApp.y + 60, { size: 22, weight: 700 }));
sApp.put(b.al('Frame 1901', ['Registered company name', 'Companies House number', 'VAT number', 'Trading address', 'Annual turnover (£)'].map((l, i) => b.al('Frame ' + (1910 + i), [b.text(l, F0, sApp.y + 110 + i * 84, { size: 12, color: '#6B5A4C' }), inp('', sApp.y + 130 + i * 84)], 'VERTICAL', { gap: 6 })), 'VERTICAL', { gap: 12 }));
const submit = b.btnFrame('Submit application', F0, sApp.y + 720, 350, 52, { fill: '#7A3E1D', radius: 26 });
sApp.put(submit);
close(submit);

// Emails section (greeting email)
const emailX = 0, emailY = 2100;
const em = new Screen(b, 'Email / Welcome', emailX + 40, emailY + 80, 600, 980, { fill: '#FFFFFF', pad: 40, top: 40 });
const E0 = em.px;
const emCta = b.btnFrame('Link my till →', E0, emailY + 560, 240, 48, { fill: '#7A3E1D', radius: 24 });
url(emCta, 'https://trade.crumbline.co.uk/credit/link');
em.add(b.rect('header image', em.x, emailY + 80, 600, 160, { image: 'emailhero77' }), 24);
em.add(b.text('Welcome to Crumbline, Hollis & Rye!', E0, emailY + 264, { size: 24, weight: 700, w: 520 }));
em.add(b.text('Three quick things and your trade account is fully up and running:', E0, em.cy, { size: 15, w: 520 }));
em.add(b.text('1  Place your first order — delivery from 6am tomorrow\n2  Link your till and bank — this unlocks 30-day credit\n3  Add your kitchen team so they can reorder', E0, em.cy, { size: 15, w: 520, color: '#4A3B30' }));
em.put(emCta);
em.put(b.link('Or link your bank first', E0 + 260, emailY + 574, { size: 14, underline: true, color: '#7A3E1D' }));
em.put(b.text('Crumbline Ltd · Unit 4, Ancoats Works, Manchester M4 6DE · Unsubscribe', E0, emailY + 980, { size: 11, color: '#9A8B7D', w: 520 }));
const emailSec = b.frame('Emails', emailX, emailY, 700, 1120, { type: 'SECTION', fill: '#F5F5F5' }, [em.node]);

// ---- wiring ----
go(create, sHome.node);
go(terms, sTerms.node);
go(linkBoth, sHub.node);
go(tHome.Credit, sHub.node);
go(tHome.Orders, sOrd.node);
go(tHome.Account, sApps.node);
go(hubTill, sPick.node);
go(hubBank, banks[0]);
go(later0, sInv.node, 'OVERLAY');
go(tHub.Shop, sHome.node);
tills.forEach((t, i) => { if (i === 0) go(t, sPre.node); });
go(notListed, sUp.node);
go(openSq, sSq.node);
legacy(allow, sHub2.node);
go(addMore, sPick.node);
go(apply, sApp.node);
go(askMate, sInv.node, 'OVERLAY');
go(later, sHome.node);
go(tHub2.Account, sApps.node);
go(upBtn, sHub2.node);
go(ordLink, sPick.node);
go(tOrd.Shop, sHome.node);
for (const u of unl) go(u, sUnl.node, 'OVERLAY');
go(tApps.Shop, sHome.node, 'SWAP');

b.connectFrames = new Set([sHome.node.id, sHub.node.id, sPick.node.id, sOrd.node.id, sHub2.node.id]);
flow.children.push(...[sSign, sTerms, sHome, sHub, sPick, sPre, sSq, sHub2, sInv, sUp, sOrd, sApps, sUnl, sApp].map((s) => s.node), emailSec);

// ---- page 3: archive ----
const arch = b.canvas('Archive');
arch.children.push(b.frame('Old home (Jan)', 0, 0, W, H, { fill: '#FFFFFF' }, [b.text('Connect your EPOS', 20, 80, { size: 20, weight: 700 }), b.btnFrame('Connect', 20, 120, 200, 44)]));

emit(b, 'd44-bakery-wholesale-mobile', { title: 'Crumbline Trade — app (credit linking)', lastModified: '2026-03-05T10:08:44Z', version: '4877120331', startOverride: sSign.node.id }, {
  kind: 'onboarding',
  description: 'Mobile (390x844, UK English) wholesale bakery ordering app for cafés. Sign-up lands on a home screen whose hero card asks the café to link its till (POS) and business bank to unlock 30-day trade credit; a credit hub with a strength bar, a grouped picker without search, a pre-redirect screen, the POS site, invite/finish-later options, an upload fallback, a contextual reorder prompt, linked-apps management and a blank credit application. A welcome email sits in an Emails section. No prototype starting point is set.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'],
  absent: ['funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.accurate-branding', 'platform.search', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame with a numbered 1-2-3 list whose second step is linking the till and bank, plus two link CTAs.',
    'funnel.three-actions': 'Sign up → Home: the link prompt is one tap after sign-up.',
    'funnel.cta-visible': 'Hero card on Home with "Link till & bank", plus a permanent Credit tab.',
    'funnel.social-proof': 'Named café-owner quote on the sign-up screen.',
    'funnel.prefill': 'The credit application after linking shows empty company number, VAT, address and turnover fields.',
    'value.three-part': 'Value (credit) and a next step are given, but nowhere says how the till or bank data will be used.',
    'value.contextual-ctas': 'Orders screen embeds "Link till" in a reorder-suggestions chart card.',
    'value.progress-meter': '"Credit profile · 0/1 of 2 linked" bar that grows with each link.',
    'value.faq-link': 'No FAQ or learn-more link near the credit message.',
    'privacy.data-scope': 'No screen names the data category or direction; the only "view your sales" line is on the POS provider’s own page.',
    'privacy.consent-action': 'The user just taps "Open Square"; no checkbox, consent wording or policy link.',
    'privacy.powered-by': 'The "Powered by" line on the pre-redirect screen is a hidden layer.',
    'privacy.statistics': '"4,800+ UK cafés have linked … 256-bit encryption".',
    'privacy.support-contacts': 'Chat, phone number and email on the pre-redirect screen.',
    'platform.accurate-branding': 'Tiles show bare, ambiguous names ("Lightspeed", "Epos", "HSBC") with generic vector marks.',
    'platform.search': 'Picker has no search field.',
    'platform.non-linear': '"Ask a teammate · Finish later" and an invite sheet that saves progress.',
    'platform.multiple-connections': '"Linked ✓" and "Awaiting approval" badges plus "+ Link another account".',
    'connection.view-live': 'Linked apps lists Square and a Barclays GBP account with linked-since and last-synced times.',
    'connection.refresh': 'No refresh or sync-now control anywhere.',
    'connection.syncing-indicator': 'No syncing state is shown.',
  },
});

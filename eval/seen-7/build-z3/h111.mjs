// h111 — trade credit from a car-parts distributor for independent UK garages (desktop, 1440 wide).
import {
  reset, onPage, frame, group, rect, ellipse, vector, line, instance, section, text,
  component, componentSet, canvas, writeFile, writeTruth, WRITTEN_BY,
} from './lib.mjs';

reset();
const W = 1440;
const H = 1024;
const NAVY = '#10233F';
const ORANGE = '#F26B1D';
const GREY = '#5D6673';

// ---------- page 3: components (built first so instances can point at them) ----------
onPage(3);
const btnDefault = component('Property 1=Default', 0, 0, 180, 48, { change: 'btnHover', fill: ORANGE, radius: 6, layout: 'HORIZONTAL', padX: 24, padY: 14 }, [
  text('Button', 24, 14, 132, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
const btnHover = component('Property 1=Hover', 0, 72, 180, 48, { key: 'btnHover', fill: '#D9570F', radius: 6, layout: 'HORIZONTAL', padX: 24, padY: 14 }, [
  text('Button', 24, 14, 132, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
const btnSet = componentSet('Comp / Action / Large', 40, 40, 260, 160, [btnDefault, btnHover]);
const tick = component('tickbox', 340, 40, 20, 20, { fill: '#FFFFFF', stroke: '#8A93A0', radius: 3 }, [], 'Square 20px, 3px radius');
const cardComp = component('Platform tile', 400, 40, 300, 88, { fill: '#FFFFFF', stroke: '#DADDE2', radius: 8 }, [
  rect('logo', 16, 20, 48, 48, { fill: 'img:placeholder-logo', radius: 8 }),
  text('Name', 80, 24, 200, 20, { size: 15, weight: 600 }),
  text('Category', 80, 48, 200, 18, { size: 13, color: GREY }),
]);
const avatar = component('Avatar/32', 740, 40, 32, 32, { fill: '#C9D3E0', radius: 16 }, []);
const compsCanvas = () => canvas(3, 'Components', [btnSet, tick, cardComp, avatar]);

// ---------- shared chunks ----------
onPage(2);
function btn(label, x, y, w, o = {}) {
  return instance(o.name || 'Comp / Action / Large', btnDefault.id, x, y, w, 48, { go: o.go, key: o.key }, [
    text(label, 24, 14, w - 48, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
}
function ghostBtn(label, x, y, w, o = {}) {
  return frame(o.name || 'Frame ' + (300 + x % 97), x, y, w, 48, { fill: '#FFFFFF', stroke: NAVY, radius: 6, go: o.go, layout: 'HORIZONTAL', padX: 20, padY: 14 }, [
    text(label, 20, 14, w - 40, 20, { size: 15, weight: 600, color: NAVY, align: 'CENTER' }),
  ]);
}
function field(label, value, x, y, w, o = {}) {
  return frame(o.name || 'Auto layout', x, y, w, 72, { layout: 'VERTICAL', gap: 6 }, [
    text(label, 0, 0, w, 18, { size: 13, weight: 500, color: GREY }),
    frame('Frame 88', 0, 24, w, 44, { fill: o.filled ? '#FFF7EC' : '#FFFFFF', stroke: '#C7CCD3', radius: 6, layout: 'HORIZONTAL', padX: 12, padY: 12 }, [
      text(value, 12, 12, w - 24, 20, { size: 15, color: value.startsWith('e.g.') ? '#9AA1AB' : '#1B1D21' }),
    ]),
  ]);
}
function topBar(o = {}) {
  return frame('Header', 0, 0, W, 72, { fill: NAVY, layout: 'HORIZONTAL', padX: 40 }, [
    group('Group 8', 40, 20, 180, 32, [
      vector('Vector', 0, 0, 32, 32, { fill: ORANGE }),
      text('Partline Trade', 42, 4, 140, 24, { size: 18, weight: 700, color: '#FFFFFF' }),
    ]),
    ...(o.right || []),
  ]);
}
function supportFooter(y, fees = false) {
  return frame('Footer', 0, y, W, 56, { fill: '#F1F3F5', layout: 'HORIZONTAL', padX: 40, padY: 18 }, [
    text('Stuck? Ring the trade desk on 0161 496 0321 · trade.accounts@partline.co.uk · Chat with us (Mon–Sat 7am–6pm)', 40, 18, 900, 20, { size: 13, color: GREY }),
    ...(fees ? [text('Rates & fees', 1240, 18, 160, 20, { size: 13, color: NAVY, deco: 'UNDERLINE', go: 'pricing' })] : []),
  ]);
}
function sideNav(active) {
  const items = ['Overview', 'Orders', 'Credit & statements', 'Connections', 'Settings'];
  return frame('Sidebar', 0, 72, 240, H - 72, { fill: '#F7F8FA', layout: 'VERTICAL', padX: 16, padY: 24, gap: 4 }, items.map((it, i) =>
    frame(it === active ? 'nav item / active' : 'Frame ' + (610 + i), 16, 24 + i * 44, 208, 40, {
      fill: it === active ? '#E6ECF5' : undefined, radius: 6, layout: 'HORIZONTAL', padX: 12, gap: 10,
      go: it === 'Connections' && active !== 'Connections' ? 'settingsConn' : (it === 'Overview' && active !== 'Overview' ? 'dash' : undefined),
    }, [
      vector('Vector', 12, 10, 20, 20, { fill: GREY }),
      text(it, 42, 10, 150, 20, { size: 14, weight: it === active ? 600 : 400 }),
    ])));
}

// ---------- screens ----------
const signup = frame('01 Open a trade account', 0, 0, W, H, { fill: '#FFFFFF', key: 'signup' }, [
  topBar({ right: [text('Already trade? Sign in', 1220, 26, 180, 20, { size: 14, color: '#FFFFFF', deco: 'UNDERLINE' })] }),
  frame('Auto layout', 160, 140, 520, 640, { layout: 'VERTICAL', gap: 20 }, [
    text('Open a 60-day trade account', 0, 0, 520, 40, { size: 32, weight: 700, color: NAVY }),
    text('Parts now, pay at month end. Decision in minutes for most independent garages.', 0, 52, 520, 44, { size: 16, color: GREY }),
    frame('Frame 427', 0, 120, 520, 420, { layout: 'VERTICAL', gap: 16 }, [
      field('Garage / trading name', 'e.g. Hillside Motors Ltd', 0, 0, 520),
      field('Your name', 'e.g. Dan Whitfield', 0, 88, 520),
      field('Work email', 'e.g. dan@hillsidemotors.co.uk', 0, 176, 520),
      field('Password', '••••••••••', 0, 264, 520),
    ]),
    btn('Create account', 0, 560, 520, { go: 'verify' }),
  ]),
  frame('Frame 431', 820, 160, 460, 420, { fill: '#F7F8FA', radius: 12, layout: 'VERTICAL', padX: 32, padY: 32, gap: 16 }, [
    text('“We used to put the factor on a card and hope. Now the Partline line tops up off our workshop numbers and I don’t chase anyone.”', 32, 32, 396, 120, { size: 18, weight: 500, family: 'Georgia' }),
    group('Group 12', 32, 180, 300, 48, [
      ellipse('Ellipse 3', 0, 0, 48, 48, { fill: 'img:9f2c1e0a77b1' }),
      text('Marcia Oduya', 60, 2, 240, 20, { size: 15, weight: 600 }),
      text('Owner, Oduya & Sons Autocentre, Croydon', 60, 24, 260, 18, { size: 13, color: GREY }),
    ]),
    text('★★★★★ 4.8 on Trustpilot from 2,140 garage reviews', 32, 260, 396, 20, { size: 14, color: GREY }),
  ]),
  supportFooter(H - 56, true),
]);

const verify = frame('02 Check inbox', 1540, 0, W, H, { fill: '#FFFFFF', key: 'verify' }, [
  topBar(),
  frame('Auto layout', 460, 220, 520, 420, { layout: 'VERTICAL', gap: 20 }, [
    vector('envelope', 230, 0, 60, 48, { fill: ORANGE }),
    text('Code’s on its way', 0, 72, 520, 36, { size: 28, weight: 700, color: NAVY, align: 'CENTER' }),
    text('Enter the six digits we sent to dan@hillsidemotors.co.uk', 0, 120, 520, 22, { size: 15, color: GREY, align: 'CENTER' }),
    frame('Frame 92', 80, 170, 360, 56, { layout: 'HORIZONTAL', gap: 12 }, [0, 1, 2, 3, 4, 5].map((i) =>
      rect('Rectangle ' + (40 + i), i * 62, 0, 50, 56, { fill: '#FFFFFF', stroke: '#C7CCD3', radius: 6 }))),
    btn('Verify', 0, 260, 520, { go: 'about' }),
    text('Resend code', 0, 330, 520, 20, { size: 14, color: NAVY, deco: 'UNDERLINE', align: 'CENTER' }),
  ]),
  supportFooter(H - 56),
]);

const about = frame('03 About the garage', 3080, 0, W, H, { fill: '#FFFFFF', key: 'about' }, [
  topBar(),
  frame('Auto layout', 160, 120, 640, 760, { layout: 'VERTICAL', gap: 20 }, [
    text('Step 1 of 3', 0, 0, 200, 18, { size: 13, weight: 600, color: ORANGE }),
    text('Tell us about the workshop', 0, 28, 640, 36, { size: 28, weight: 700, color: NAVY }),
    frame('Frame 440', 0, 90, 640, 520, { layout: 'VERTICAL', gap: 16 }, [
      field('Ramps / bays', 'e.g. 4', 0, 0, 300),
      field('Main work', 'Servicing, MOT, diagnostics', 0, 88, 640),
      field('Monthly parts spend (roughly)', '£6,000 – £12,000', 0, 176, 640),
      field('Postcode', 'e.g. LS11 5QR', 0, 264, 300),
    ]),
    btn('Continue', 0, 640, 240, { go: 'connectIntro' }),
  ]),
  frame('Frame 449', 900, 160, 380, 200, { fill: '#FFF7EC', radius: 10, layout: 'VERTICAL', padX: 24, padY: 24, gap: 8, hidden: true }, [
    text('Tip: link Garage Hive now to skip this page', 24, 24, 332, 40, { size: 15, weight: 600 }),
  ]),
  supportFooter(H - 56),
]);

const connectIntro = frame('04 Link software', 4620, 0, W, H, { fill: '#FFFFFF', key: 'connectIntro' }, [
  topBar(),
  frame('Auto layout', 160, 110, 700, 820, { layout: 'VERTICAL', gap: 24 }, [
    text('Step 2 of 3', 0, 0, 200, 18, { size: 13, weight: 600, color: ORANGE }),
    text('Plug in your workshop system and your books', 0, 28, 700, 72, { size: 28, weight: 700, color: NAVY }),
    frame('Frame 455', 0, 120, 700, 300, { layout: 'VERTICAL', gap: 16 }, [
      group('Group 21', 0, 0, 700, 80, [
        vector('Vector', 0, 4, 24, 24, { fill: ORANGE }),
        text('A bigger, faster limit', 40, 0, 640, 22, { size: 16, weight: 600 }),
        text('Garages that link both typically get a decision the same day and limits up to £25,000 — no bank statements to dig out.', 40, 28, 640, 44, { size: 15, color: GREY }),
      ]),
      group('Group 22', 0, 100, 700, 100, [
        vector('Vector', 0, 4, 24, 24, { fill: ORANGE }),
        text('What we look at', 40, 0, 640, 22, { size: 16, weight: 600 }),
        text('From your garage-management system: job cards, labour hours and parts bought. From your accounting: invoices, bills and your bank balance, so we can gauge cash flow and set your risk score. We only read — nothing is sent back to either system.', 40, 28, 640, 66, { size: 15, color: GREY }),
      ]),
      group('Group 23', 0, 220, 700, 60, [
        vector('Vector', 0, 4, 24, 24, { fill: ORANGE }),
        text('Changed your mind later?', 40, 0, 640, 22, { size: 16, weight: 600 }),
        text('Unlink either one whenever you like under Connections. Your limit is then reviewed on what you send us by hand.', 40, 28, 640, 44, { size: 15, color: GREY }),
      ]),
    ]),
    frame('Frame 460', 0, 440, 700, 48, { layout: 'HORIZONTAL', gap: 12 }, [
      instance('tickbox', tick.id, 0, 4, 20, 20, {}),
      text('I’m happy for Partline to read this data to assess my trade account, as set out in the Data Privacy Notice.', 32, 0, 660, 44, { size: 14 }),
    ]),
    text('Data Privacy Notice', 360, 462, 150, 20, { size: 14, color: NAVY, deco: 'UNDERLINE', url: 'https://partline.example/privacy', name: 'privacy link' }),
    frame('Frame 463', 0, 510, 700, 48, { layout: 'HORIZONTAL', gap: 16 }, [
      btn('Link my software', 0, 0, 260, { go: 'picker', name: 'cta/primary' }),
      text('Why do we ask for this?', 290, 14, 220, 20, { size: 14, color: NAVY, deco: 'UNDERLINE', go: ['faq', 'OVERLAY'] }),
    ]),
    text('🔒 Encrypted end to end. We never pass your figures to anyone else without asking you first.', 0, 580, 700, 20, { size: 13, color: GREY }),
    text('Over 6,200 UK garages have linked their systems with Partline.', 0, 608, 700, 20, { size: 13, color: GREY }),
  ]),
  frame('Frame 470', 960, 150, 320, 320, { fill: '#F7F8FA', radius: 12, layout: 'VERTICAL', padX: 24, padY: 24, gap: 12 }, [
    text('Prefer to do it later?', 24, 24, 272, 22, { size: 16, weight: 600 }),
    text('Save and finish later · Email this step to my bookkeeper', 24, 56, 272, 44, { size: 14, color: NAVY, deco: 'UNDERLINE' }),
    text('Step-by-step guides: linking Garage Hive, TechMan and Xero', 24, 120, 272, 44, { size: 14, color: NAVY, deco: 'UNDERLINE', url: 'https://help.partline.example/linking-guides' }),
  ]),
  supportFooter(H - 56),
]);

const faq = frame('04a Why we ask (overlay)', 4620, 1140, 560, 520, { fill: '#FFFFFF', radius: 12, key: 'faq' }, [
  text('Why link instead of uploading?', 32, 32, 496, 30, { size: 22, weight: 700, color: NAVY }),
  text('1  Decisions in minutes rather than days\n2  Your limit grows as the workshop grows\n3  No monthly statements to send in', 32, 80, 496, 90, { size: 15 }),
  text('Read all trade-credit FAQs', 32, 200, 300, 20, { size: 14, color: NAVY, deco: 'UNDERLINE', url: 'https://help.partline.example/faq' }),
  text('Close', 440, 460, 80, 20, { size: 14, weight: 600, color: NAVY, close: true }),
]);

const tiles = (list, y0) => list.map(([nm, sub, img], i) =>
  instance(i % 2 ? 'Platform tile' : nm, cardComp.id, (i % 3) * 316, y0 + Math.floor(i / 3) * 104, 300, 88, { go: 'authorise' }, [
    rect('Rectangle 12', 16, 20, 48, 48, { fill: 'img:' + img, radius: 8 }),
    text(nm, 80, 24, 200, 20, { size: 15, weight: 600 }),
    text(sub, 80, 48, 200, 18, { size: 13, color: GREY }),
  ]));
const picker = frame('05 Choose software', 6160, 0, W, H, { fill: '#FFFFFF', key: 'picker' }, [
  topBar(),
  frame('Auto layout', 160, 100, 960, 860, { layout: 'VERTICAL', gap: 20 }, [
    text('Which systems do you use?', 0, 0, 960, 36, { size: 28, weight: 700, color: NAVY }),
    text('Pick one and its sign-in page opens in a new tab. Approve read-only access there and you’ll land back here automatically.', 0, 48, 900, 44, { size: 15, color: GREY }),
    text('Garage management', 0, 116, 400, 26, { size: 20, weight: 600 }),
    frame('Frame 501', 0, 152, 960, 200, { layout: 'HORIZONTAL', gap: 16 }, tiles([
      ['Garage Hive', 'Garage management', 'a11c07'], ['TechMan GMS', 'Garage management', 'b2290e'],
      ['GarageConnect Pro', 'Garage management', 'c3fa11'], ['Autowork Online', 'Garage management', 'd47b02'],
    ], 0)),
    text('Accounting', 0, 372, 400, 26, { size: 20, weight: 600 }),
    frame('Frame 502', 0, 408, 960, 200, { layout: 'HORIZONTAL', gap: 16 }, tiles([
      ['Xero', 'Accounting', 'e5a019'], ['QuickBooks Online', 'Accounting', 'f61b20'],
      ['Sage Business Cloud Accounting', 'Accounting', '07c2d3'], ['FreeAgent', 'Accounting', '18d3e4'],
    ], 0)),
    frame('Frame 510', 0, 640, 960, 80, { fill: '#F7F8FA', radius: 8, layout: 'HORIZONTAL', padX: 20, padY: 16, gap: 12 }, [
      vector('Vector', 20, 28, 24, 24, { fill: GREY }),
      text('System not listed? Upload your last two VAT returns and 3 months of parts invoices (PDF or CSV) instead.', 56, 16, 700, 44, { size: 14 }),
      ghostBtn('Upload files', 790, 16, 150),
    ]),
  ]),
  supportFooter(H - 56),
]);

const authorise = frame('06 Handing over', 7700, 0, W, H, { fill: '#FFFFFF', key: 'authorise' }, [
  topBar(),
  frame('Auto layout', 420, 240, 600, 400, { layout: 'VERTICAL', gap: 20 }, [
    group('Group 31', 200, 0, 200, 64, [
      rect('Rectangle 3', 0, 0, 64, 64, { fill: 'img:partline-mark', radius: 12 }),
      vector('arrows', 84, 24, 32, 16, { fill: GREY }),
      rect('Rectangle 4', 136, 0, 64, 64, { fill: 'img:a11c07', radius: 12 }),
    ]),
    text('Opening Garage Hive…', 0, 96, 600, 32, { size: 24, weight: 700, align: 'CENTER' }),
    text('Sign in with your Garage Hive login and press Allow. Keep this tab open.', 0, 140, 600, 44, { size: 15, color: GREY, align: 'CENTER' }),
    btn('I’ve approved it', 180, 220, 240, { go: 'status' }),
    text('Go back', 0, 290, 600, 20, { size: 14, color: NAVY, deco: 'UNDERLINE', align: 'CENTER', back: true }),
  ]),
  supportFooter(H - 56),
]);

const statusRow = (nm, st, img, col) => frame('Frame 5' + nm.length, 0, 0, 720, 72, { fill: '#FFFFFF', stroke: '#DADDE2', radius: 8, layout: 'HORIZONTAL', padX: 16, padY: 12, gap: 16 }, [
  rect('Rectangle 12', 16, 12, 48, 48, { fill: 'img:' + img, radius: 8 }),
  text(nm, 80, 24, 360, 20, { size: 15, weight: 600 }),
  frame('Frame 9', 560, 22, 140, 28, { fill: col, radius: 14, layout: 'HORIZONTAL', padX: 12 }, [
    text(st, 12, 4, 116, 20, { size: 13, weight: 600, align: 'CENTER' }),
  ]),
]);
const status = frame('07 Linked systems', 9240, 0, W, H, { fill: '#FFFFFF', key: 'status' }, [
  topBar(),
  frame('Auto layout', 160, 110, 720, 700, { layout: 'VERTICAL', gap: 16 }, [
    text('Nearly there', 0, 0, 720, 36, { size: 28, weight: 700, color: NAVY }),
    frame('Frame 540', 0, 60, 720, 300, { layout: 'VERTICAL', gap: 12 }, [
      statusRow('Garage Hive', 'Linked ✓', 'a11c07', '#E3F5E8'),
      statusRow('Xero', 'Awaiting approval', 'e5a019', '#FFF1D6'),
    ]),
    text('+ Link another system', 0, 260, 300, 22, { size: 15, weight: 600, color: NAVY, go: 'picker' }),
    btn('Continue to application', 0, 320, 300, { go: 'prefill' }),
  ]),
  supportFooter(H - 56),
]);

const prefill = frame('08 Application', 10780, 0, W, H, { fill: '#FFFFFF', key: 'prefill' }, [
  topBar(),
  frame('Auto layout', 160, 100, 760, 860, { layout: 'VERTICAL', gap: 16 }, [
    text('Step 3 of 3', 0, 0, 200, 18, { size: 13, weight: 600, color: ORANGE }),
    text('Check the details we pulled through', 0, 28, 760, 36, { size: 28, weight: 700, color: NAVY }),
    text('Filled in from Xero — change anything that looks off.', 0, 72, 760, 22, { size: 15, color: GREY }),
    frame('Frame 560', 0, 110, 760, 560, { layout: 'VERTICAL', gap: 12 }, [
      field('Registered company name', 'Hillside Motors Ltd', 0, 0, 760, { filled: true }),
      field('Company number', '08123456', 0, 84, 360, { filled: true }),
      field('VAT number', 'GB 123 4567 89', 0, 168, 360, { filled: true }),
      field('Registered office', '14 Dewsbury Road, Leeds LS11 5QR', 0, 252, 760, { filled: true }),
      field('Turnover, last 12 months', '£412,800', 0, 336, 360, { filled: true }),
      field('Accounts contact', 'Jo Whitfield, jo@hillsidemotors.co.uk', 0, 420, 760, { filled: true }),
    ]),
    btn('Submit application', 0, 700, 280, { go: 'dash' }),
  ]),
  supportFooter(H - 56),
]);

const dash = frame('09 Overview', 12320, 0, W, H, { fill: '#FFFFFF', key: 'dash' }, [
  topBar({ right: [instance('Avatar/32', avatar.id, 1360, 20, 32, 32, {})] }),
  sideNav('Overview'),
  frame('Auto layout', 280, 100, 1100, 860, { layout: 'VERTICAL', gap: 24 }, [
    text('Morning, Dan', 0, 0, 600, 36, { size: 28, weight: 700, color: NAVY }),
    frame('Frame 601', 0, 56, 1100, 140, { layout: 'HORIZONTAL', gap: 20 }, [
      ['Available credit', '£18,450'], ['Due 31 May', '£3,212.40'], ['Orders this month', '27'],
    ].map(([a, b], i) => frame('Frame 60' + (2 + i), i * 360, 0, 340, 140, { fill: '#F7F8FA', radius: 10, layout: 'VERTICAL', padX: 20, padY: 20 }, [
      text(a, 20, 20, 300, 18, { size: 13, color: GREY }),
      text(b, 20, 48, 300, 40, { size: 30, weight: 700 }),
    ]))),
    frame('Chart card', 0, 220, 1100, 380, { fill: '#FFFFFF', stroke: '#DADDE2', radius: 10 }, [
      text('Parts spend vs takings', 24, 20, 400, 24, { size: 18, weight: 600 }),
      rect('Rectangle 70', 24, 64, 1052, 280, { fill: '#F1F3F5', radius: 6 }),
      frame('Frame 612', 330, 140, 440, 140, { fill: '#FFFFFF', radius: 10, stroke: '#DADDE2', layout: 'VERTICAL', padX: 20, padY: 20, gap: 10 }, [
        text('Add your bank feed to see takings here', 20, 20, 400, 22, { size: 16, weight: 600, align: 'CENTER' }),
        btn('Link bank via Xero', 100, 70, 240, { go: 'picker' }),
      ]),
    ]),
    text('Skip the counter queue — order by 3pm for same-day van delivery', 0, 630, 800, 20, { size: 14, color: GREY, name: 'promo' }),
  ]),
]);

const settingsConn = frame('10 Settings › Connections', 13860, 0, W, H, { fill: '#FFFFFF', key: 'settingsConn' }, [
  topBar({ right: [instance('Avatar/32', avatar.id, 1360, 20, 32, 32, {})] }),
  sideNav('Connections'),
  frame('Auto layout', 280, 100, 1000, 820, { layout: 'VERTICAL', gap: 20 }, [
    text('Connections', 0, 0, 600, 36, { size: 28, weight: 700, color: NAVY }),
    ...[
      ['Garage Hive', 'Linked 12 Mar 2026, 09:41', 'Last pulled today, 07:02', 'a11c07'],
      ['Xero', 'Linked 12 Mar 2026, 09:55', 'Last pulled yesterday, 22:15 · GBP', 'e5a019'],
    ].map(([nm, first, last, img], i) => frame('Frame 70' + i, 0, 60 + i * 120, 1000, 104, { fill: '#FFFFFF', stroke: '#DADDE2', radius: 10, layout: 'HORIZONTAL', padX: 20, padY: 20, gap: 16 }, [
      rect('Rectangle 12', 20, 28, 48, 48, { fill: 'img:' + img, radius: 8 }),
      frame('Frame 71', 84, 20, 520, 64, { layout: 'VERTICAL', gap: 4 }, [
        text(nm, 0, 0, 520, 22, { size: 16, weight: 600 }),
        text(first, 0, 26, 520, 18, { size: 13, color: GREY }),
        text(last, 0, 46, 520, 18, { size: 13, color: GREY }),
      ]),
      ghostBtn('Pull latest', 640, 28, 140, { name: 'Btn' }),
      text('Unlink', 830, 40, 80, 20, { size: 14, weight: 600, color: '#C0392B', deco: 'UNDERLINE' }),
    ])),
    text('+ Link something else', 0, 320, 300, 22, { size: 15, weight: 600, color: NAVY, go: 'picker' }),
    line(0, 380, 1000),
    text('Delete account', 0, 420, 200, 20, { size: 14, color: '#C0392B', name: 'danger zone' }),
    text('Closes your trade account once the balance is settled.', 0, 446, 600, 18, { size: 13, color: GREY }),
  ]),
]);

const pricing = frame('11 Rates & fees', 15400, 0, W, H, { fill: '#FFFFFF', key: 'pricing' }, [
  topBar(),
  frame('Auto layout', 260, 120, 920, 720, { layout: 'VERTICAL', gap: 20 }, [
    text('Rates & fees', 0, 0, 600, 40, { size: 32, weight: 700, color: NAVY }),
    text('60 days interest-free on parts\nLate payment: 2% per month on the overdue balance\nPartline Plus delivery pass — £19/month, cancel anytime', 0, 64, 920, 100, { size: 16 }),
    rect('Rectangle 80', 0, 200, 920, 1, { fill: '#DADDE2' }),
    text('Figures exclude VAT. Credit subject to status. Partline Trade is a trading name of Partline Distribution Ltd.', 0, 224, 920, 44, { size: 13, color: GREY }),
  ]),
]);

const emailFrame = frame('Email — welcome (desktop client)', 0, 0, 720, 960, { fill: '#FFFFFF', key: 'email' }, [
  frame('Frame 900', 0, 0, 720, 80, { fill: NAVY }, [text('Partline Trade', 40, 28, 300, 24, { size: 20, weight: 700, color: '#FFFFFF' })]),
  frame('Auto layout', 40, 120, 640, 700, { layout: 'VERTICAL', gap: 20 }, [
    text('Welcome aboard, Dan 👋', 0, 0, 640, 32, { size: 26, weight: 700 }),
    text('Three things and your account’s ready to use at the counter:', 0, 48, 640, 22, { size: 16 }),
    text('1  Verify your email (done ✓)\n2  Link your garage system and your accounts — this is what sets your limit\n3  Order with your trade account number', 0, 90, 640, 110, { size: 16 }),
    btn('Link my systems now', 0, 230, 280, { go: 'picker' }),
    text('Questions? Reply to this email or ring 0161 496 0321.', 0, 310, 640, 20, { size: 14, color: GREY }),
  ]),
]);

// ---------- page 1: cover, page 2: flow, page 4: archive ----------
onPage(1);
const cover = frame('Cover', 0, 0, 1920, 1080, { fill: NAVY }, [
  text('Trade Credit — Onboarding v3', 120, 400, 1200, 80, { size: 64, weight: 700, color: '#FFFFFF' }),
  text('Status: ready for dev review · Owner: Product Design, Partline Digital', 120, 500, 1200, 30, { size: 22, color: '#C9D3E0' }),
]);

onPage(4);
const archive = frame('OLD – connect page v1', 0, 0, W, H, { fill: '#FFFFFF' }, [
  text('Connect your accounts', 160, 120, 800, 40, { size: 32, weight: 700 }),
  text('Powered by an open-banking partner', 160, 180, 600, 20, { size: 14, color: GREY }),
  rect('Rectangle 1', 160, 240, 300, 60, { fill: ORANGE, radius: 6 }),
]);

const flowCanvas = canvas(2, '🚗 Onboarding flow', [
  section('Sign-up', 0, 0, 4520, 1100, [signup, verify, about]),
  section('Linking', 4620, 0, 6160, 1800, [connectIntro, faq, picker, authorise, status]),
  prefill, dash, settingsConn, pricing,
  section('Emails', 0, 1300, 800, 1100, [emailFrame]),
], { start: { flow: [['signup', 'Trade sign-up'], ['email', 'Welcome email']] } });

writeFile('h111-garage-parts-credit-desktop.json', {
  name: 'Partline Trade — credit onboarding', lastModified: '2026-05-14T10:22:31Z', version: '4418805127',
}, [canvas(1, 'Cover', [cover]), flowCanvas, compsCanvas(), canvas(4, 'Archive', [archive])]);

const id = (f) => f.id;
writeTruth('h111-garage-parts-credit-desktop.truth.json', {
  file: 'h111-garage-parts-credit-desktop.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1440) trade-credit onboarding for independent UK garages from a car-parts distributor; the garage links its garage-management system and its accounting package to get a credit limit. Welcome email frame, sign-up, code check, workshop details, value/consent page, grouped platform picker, hand-off, status, prefilled application, dashboard, connections settings and a dead-end fees page.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh',
  ],
  absent: ['privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame lists 3 numbered steps with linking as step 2 and a "Link my systems now" button.',
    'funnel.three-actions': 'Create account → Verify → Continue lands on the linking page: 3 clicks.',
    'funnel.social-proof': 'Garage owner quote on sign-up plus a Trustpilot rating line.',
    'funnel.prefill': 'Application screen shows company number, VAT number, address, turnover and contact filled in from Xero.',
    'value.three-part': 'Linking page states the benefit (bigger, faster limit), what is read and why (cash flow, risk score) and one main "Link my software" button.',
    'value.contextual-ctas': 'Dashboard chart card invites linking the bank feed to populate the chart.',
    'value.faq-link': '"Why do we ask for this?" opens an overlay linking to all FAQs.',
    'privacy.data-scope': 'Names job cards/labour/parts from the GMS and invoices/bills/bank balance from accounting, read-only, nothing sent back.',
    'privacy.consent-action': '20px tickbox with consent sentence and Data Privacy Notice link before the main button.',
    'privacy.disconnect-anytime': '"Unlink either one whenever you like under Connections."',
    'privacy.connection-guide': 'Side panel links step-by-step linking guides in the help centre.',
    'privacy.statistics': '"Over 6,200 UK garages have linked their systems with Partline."',
    'privacy.support-contacts': 'Footer on every onboarding screen: phone, email and chat.',
    'privacy.powered-by': 'No provider mark on the live flow; the only "Powered by" line is on the archived v1 page.',
    'platform.explain-redirect': 'Picker explains the sign-in page opens in a new tab, approve access, then return.',
    'platform.grouped-categories': '"Garage management" and "Accounting" headings over separate tile groups.',
    'platform.accurate-branding': 'Full names with logos: QuickBooks Online, Sage Business Cloud Accounting, TechMan GMS.',
    'platform.search': 'Eight tiles, no search field.',
    'platform.alternatives': 'Upload VAT returns and parts invoices if the system is not listed.',
    'platform.non-linear': '"Save and finish later · Email this step to my bookkeeper" on the linking page.',
    'platform.multiple-connections': 'Status screen shows "Linked ✓" and "Awaiting approval" with "+ Link another system".',
    'connection.view-live': 'Connections settings list platform, linked date and last pulled time.',
    'connection.delete': '"Unlink" per connection.',
    'connection.refresh': '"Pull latest" button per connection.',
    'connection.syncing-indicator': 'No spinner or in-progress sync state is drawn anywhere.',
  },
  flow: {
    startFrameId: id(signup),
    connectFrameId: id(connectIntro),
    stepsToConnect: 3,
    deadEnds: [id(pricing)],
  },
});

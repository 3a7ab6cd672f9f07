// h21 — trade credit for restaurants buying from a wine distributor; iPad landscape.
import { reset, page, F, G, R, V, E, L, I, T, SEC, COMP, SET, img, go, url, act, canvas, buildFile, writeOut, statusBar } from './lib.mjs';

reset();
const W = 1194, H = 834;
const WINE = '#6B1F2A', CREAM = '#FBF6EE', INK = '#2A1A14', MUTED = '#7A6A5E', GOLD = '#B8893B';
const serif = (s) => ({ font: 'Cormorant Garamond', color: INK, ...s });
const body = (s) => ({ font: 'Lato', color: INK, size: 16, ...s });

// ---------- Components page ----------
page(3);
const btnDefault = COMP('Property 1=Default', [20, 20, 280, 56], { fill: WINE, r: 28, layout: 'HORIZONTAL', pad: 16 }, [T('Continue', [16, 16, 248, 24], body({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const btnHover = COMP('Property 1=Hover', [20, 100, 280, 56], { fill: '#4E1520', r: 28, layout: 'HORIZONTAL', pad: 16 }, [T('Continue', [16, 16, 248, 24], body({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
go(btnDefault, btnHover, 'CHANGE_TO', 'ON_HOVER');
const btnSet = SET('Comp / Action / Large', [20, 20, 320, 176], [btnDefault, btnHover], 'Primary pill');
const tickOff = COMP('tick=off', [20, 20, 20, 20], { stroke: MUTED, r: 4 }, []);
const tickOn = COMP('tick=on', [60, 20, 20, 20], { fill: WINE, r: 4 }, [V('Vector', [4, 5, 12, 9], { fill: '#FFFFFF' })]);
const tickSet = SET('tick', [380, 20, 100, 60], [tickOff, tickOn]);
const logoTile = COMP('Logo tile', [560, 40, 220, 96], { fill: '#FFFFFF', r: 14, stroke: '#E7DDCF' }, [R('img', [16, 24, 48, 48], { fills: [img('placeholder')], r: 8 }), T('Name', [76, 36, 130, 22], body({ weight: 700 }))]);
const componentsPage = canvas('Components', [btnSet, tickSet, logoTile]);

// ---------- Flow page ----------
page(12);
const primary = (label, x, y, w = 300) => I('Comp / Action / Large', [x, y, w, 56], btnDefault.id, { fill: WINE, r: 28 }, [T(label, [16, 16, w - 32, 24], body({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const field = (label, value, x, y, w = 460) => F('Frame', [x, y, w, 76], { layout: 'VERTICAL', gap: 6 }, [
  T(label, [0, 0, w, 20], body({ size: 14, color: MUTED })),
  F('Auto layout', [0, 26, w, 48], { fill: '#FFFFFF', r: 10, stroke: '#DCCFBE', layout: 'HORIZONTAL', pad: 12 }, [T(value, [14, 13, w - 28, 22], body({ color: value.startsWith('e.g') ? '#A79A8E' : INK }))]),
]);
const topBar = (title) => G('Group 2', [0, 0, W, 96], [
  statusBar(W),
  V('Bellweather mark', [40, 52, 28, 28], { fill: WINE }),
  T('Bellweather Cellars · Trade', [78, 54, 300, 26], serif({ size: 20, weight: 700 })),
  T(title, [W - 360, 56, 320, 22], body({ size: 14, color: MUTED, align: 'RIGHT' })),
]);
const screen = (name, x, y, kids) => F(name, [x, y, W, H], { fill: CREAM, clips: true }, kids);

// 1 Sign up
const s1cta = primary('Open my trade account', 0, 0, 460);
const s1 = screen('01 Sign up', 0, 0, [
  topBar(''),
  R('Rectangle 12', [0, 96, 520, H - 96], { fills: [img('b7c1e0d4a2f19c88e3d0a6a5d9f4b1c2e7a8f301')] }),
  F('Frame 427', [600, 150, 520, 600], { layout: 'VERTICAL', gap: 18 }, [
    T('Good wine, good terms.', [0, 0, 520, 44], serif({ size: 36, weight: 700 })),
    T('Open a trade account and we\u2019ll look after the paperwork, so you can look after your guests. It takes about four minutes.', [0, 56, 520, 48], body({ color: MUTED })),
    field('Your name', 'Marco Bellini', 0, 120),
    field('Restaurant email', 'marco@osteriabellini.co.uk', 0, 206),
    field('Create a password', '••••••••••', 0, 292),
    G('Group 8', [0, 388, 460, 56], [s1cta]),
    T('Already trade with us? Sign in', [0, 460, 460, 20], body({ size: 14, color: WINE, align: 'CENTER' })),
  ]),
]);
const s1ctaNode = s1cta;

// 2 About the restaurant
const pricingLink = T('See our trade rates', [0, 0, 180, 20], body({ size: 14, color: WINE, deco: 'UNDERLINE' }));
const s2cta = primary('Carry on', 0, 0, 220);
const s2 = screen('02 About you', 1294, 0, [
  topBar('Step 1 of 3'),
  F('Frame 431', [137, 140, 920, 620], { layout: 'VERTICAL', gap: 24 }, [
    T('Tell us a little about the place', [0, 0, 920, 40], serif({ size: 32, weight: 700 })),
    T('Nothing fancy \u2014 just enough for our cellar team to know who they\u2019re pouring for.', [0, 52, 920, 24], body({ color: MUTED })),
    F('Auto layout', [0, 100, 920, 170], { layout: 'HORIZONTAL', gap: 24 }, [
      field('Trading name', 'Osteria Bellini', 0, 0, 448),
      field('Covers per week (roughly)', 'e.g. 350', 472, 0, 448),
      field('Postcode', 'BS1 4QA', 0, 94, 448),
      field('Type of venue', 'Restaurant \u2014 Italian', 472, 94, 448),
    ]),
    F('Frame 432', [0, 520, 920, 56], { layout: 'HORIZONTAL', gap: 24 }, [G('Group 9', [0, 0, 220, 56], [s2cta]), F('Frame 433', [260, 18, 200, 20], {}, [pricingLink])]),
  ]),
]);

// 3 Connect decision
const consentBox = I('tick', [0, 2, 20, 20], tickOff.id, { stroke: MUTED, r: 4 });
const connectBtn = F('Frame 440', [0, 0, 420, 60], { fill: WINE, r: 30 }, [T('Link my accounts and bank', [20, 18, 380, 24], body({ color: '#FFFFFF', weight: 700, align: 'CENTER', size: 18 }))]);
const faqLink = T('Want to know more first? Have a read of our questions & answers \u2192', [0, 0, 520, 20], body({ size: 14, color: WINE, deco: 'UNDERLINE' }));
const guideLink = T('Step-by-step: linking Xero or QuickBooks to Bellweather (3 min read)', [0, 0, 520, 20], body({ size: 14, color: WINE, deco: 'UNDERLINE' }));
// the guide link was cut from this version and left switched off
guideLink.visible = false;
const s3 = screen('03 Your books', 2588, 0, [
  topBar('Step 2 of 3'),
  F('Frame 436', [64, 130, 600, 660], { layout: 'VERTICAL', gap: 20 }, [
    T('Let\u2019s find you a credit line that fits your cellar', [0, 0, 600, 80], serif({ size: 34, weight: 700 })),
    F('Frame 437', [0, 96, 600, 330], { layout: 'VERTICAL', gap: 16 }, [
      F('Auto layout', [0, 0, 600, 92], { layout: 'HORIZONTAL', gap: 16 }, [
        E('Ellipse 3', [0, 0, 40, 40], { fill: '#F1E4D3' }),
        F('Frame 438', [56, 0, 544, 92], { layout: 'VERTICAL', gap: 4 }, [
          T('What\u2019s in it for you', [0, 0, 544, 22], body({ weight: 700 })),
          T('Restaurants who share their books usually get 60-day terms and a higher limit on the same afternoon \u2014 no shoebox of receipts, no waiting for your accountant.', [0, 26, 544, 66], body({ color: MUTED })),
        ]),
      ]),
      F('Auto layout', [0, 108, 600, 112], { layout: 'HORIZONTAL', gap: 16 }, [
        E('Ellipse 4', [0, 0, 40, 40], { fill: '#F1E4D3' }),
        F('Frame 439', [56, 0, 544, 112], { layout: 'VERTICAL', gap: 4 }, [
          T('What we\u2019ll look at', [0, 0, 544, 22], body({ weight: 700 })),
          T('From your accounting software we read your sales, supplier invoices and what you owe; from your bank, your balances and card takings. It only ever flows one way \u2014 from them to us \u2014 and we use it to gauge the health of the business, never to post anything back.', [0, 26, 544, 86], body({ color: MUTED })),
        ]),
      ]),
      F('Auto layout', [0, 236, 600, 70], { layout: 'HORIZONTAL', gap: 16 }, [
        E('Ellipse 5', [0, 0, 40, 40], { fill: '#F1E4D3' }),
        F('Frame 441', [56, 0, 544, 70], { layout: 'VERTICAL', gap: 4 }, [
          T('What happens next', [0, 0, 544, 22], body({ weight: 700 })),
          T('Pick your accounting package and your bank, say yes on their side, and you\u2019re done.', [0, 26, 544, 44], body({ color: MUTED })),
        ]),
      ]),
    ]),
    F('Frame 442', [0, 440, 600, 60], { layout: 'HORIZONTAL', gap: 12 }, [
      consentBox,
      T('I\u2019m happy for Bellweather to read my accounts and bank data as described in the Privacy Notice.', [32, 0, 560, 44], body({ size: 14 })),
    ]),
    G('Group 14', [0, 512, 420, 60], [connectBtn]),
    F('Frame 443', [0, 584, 600, 60], { layout: 'VERTICAL', gap: 8 }, [faqLink, guideLink]),
  ]),
  F('Frame 450', [730, 130, 400, 660], { fill: '#FFFFFF', r: 20, layout: 'VERTICAL', gap: 20, pad: 28 }, [
    T('\uD83D\uDD12 Kept safe, always', [28, 28, 344, 26], body({ weight: 700, size: 18 })),
    T('Everything is sent over an encrypted connection and stored securely. We\u2019ll never hand your figures to anyone else without asking you first, and you can unplug the link from Settings whenever you fancy \u2014 no phone call, no fuss.', [28, 66, 344, 132], body({ size: 15, color: MUTED })),
    L('Line 2', [28, 214, 344, 0]),
    T('\u201CWe linked Xero on a Tuesday and had proper terms by lunch. I wish every supplier was this easy.\u201D', [28, 234, 344, 96], serif({ size: 22, weight: 600 })),
    F('Auto layout', [28, 340, 344, 48], { layout: 'HORIZONTAL', gap: 12 }, [
      R('Rectangle 31', [0, 0, 48, 48], { fills: [img('4f1c9a0e7d22b8a3c6e5f0d1a9b8c7e6d5f4a3b2')], r: 24 }),
      T('Giulia Ferrante\nOwner & head sommelier, Enoteca Ferrante, Bath', [60, 2, 284, 44], body({ size: 13, color: MUTED })),
    ]),
    L('Line 3', [28, 408, 344, 0]),
    T('2,400+ restaurants, bars and hotels already trust us with their books.', [28, 428, 344, 48], body({ size: 15, weight: 700 })),
    T('Questions? Ring the trade desk on 0117 496 0321 \u00B7 trade@bellweather.co.uk \u00B7 or send us a note', [28, 500, 344, 66], body({ size: 14, color: MUTED })),
    T('Delivered across the South West with LinkLine Couriers', [28, 590, 344, 40], body({ size: 12, color: '#A79A8E' })),
  ]),
]);

// 4 Pick software
const tile = (name, x, y, ref, comp = true) => comp
  ? I('Logo tile', [x, y, 250, 84], logoTile.id, { fill: '#FFFFFF', r: 14, stroke: '#E7DDCF' }, [R('img', [16, 18, 48, 48], { fills: [img(ref)], r: 8 }), T(name, [76, 20, 160, 44], body({ weight: 700, size: 15 }))])
  : G(name, [x, y, 250, 84], [R('Rectangle 40', [0, 0, 250, 84], { fill: '#FFFFFF', r: 14, stroke: '#E7DDCF' }), V('Vector', [16, 18, 48, 48], { fill: '#1C3D6E' }), T(name, [76, 20, 160, 44], body({ weight: 700, size: 15 }))]);
const xeroTile = tile('Xero', 0, 40, 'a1f0c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2');
const barclaysTile = tile('Barclays Business', 0, 40, '', false);
const uploadLink = T('Can\u2019t see yours? No bother \u2014 upload your last two years\u2019 accounts as PDFs and we\u2019ll take it from there.', [0, 0, 700, 22], body({ size: 15, color: WINE, deco: 'UNDERLINE' }));
const s4 = screen('04 Choose', 3882, 0, [
  topBar('Step 2 of 3'),
  F('Frame 460', [64, 120, 1066, 680], { layout: 'VERTICAL', gap: 24 }, [
    T('Where do you keep your books?', [0, 0, 700, 40], serif({ size: 30, weight: 700 })),
    F('Frame 461', [0, 56, 520, 52], { fill: '#FFFFFF', r: 26, stroke: '#DCCFBE', layout: 'HORIZONTAL', gap: 10, pad: 14 }, [
      V('Vector', [18, 16, 20, 20], { stroke: MUTED, sw: 2 }),
      T('Find your software or bank\u2026', [48, 15, 420, 22], body({ color: '#A79A8E' })),
    ]),
    F('Frame 462', [0, 132, 1066, 220], { layout: 'VERTICAL', gap: 12 }, [
      T('Accounting', [0, 0, 400, 28], body({ size: 20, weight: 700 })),
      F('Auto layout', [0, 40, 1066, 180], { layout: 'HORIZONTAL', gap: 16 }, [
        xeroTile,
        tile('QuickBooks Online', 266, 40, 'b2e1d0c9f8a7b6e5d4c3b2a1f0e9d8c7b6a5f4e3'),
        tile('Sage Business Cloud Accounting', 532, 40, 'c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4'),
        tile('FreeAgent', 798, 40, 'd4c3b2a1e0f9d8c7b6a5e4d3c2b1a0f9e8d7c6b5'),
      ]),
    ]),
    F('Frame 463', [0, 372, 1066, 220], { layout: 'VERTICAL', gap: 12 }, [
      T('Bank accounts', [0, 0, 400, 28], body({ size: 20, weight: 700 })),
      F('Auto layout', [0, 40, 1066, 180], { layout: 'HORIZONTAL', gap: 16 }, [
        barclaysTile,
        tile('HSBC UK Business', 266, 40, '', false),
        tile('Lloyds Bank Business', 532, 40, '', false),
        tile('NatWest Business', 798, 40, '', false),
      ]),
    ]),
    F('Frame 464', [0, 612, 1066, 30], {}, [uploadLink]),
  ]),
]);

// 5 Heads-up before redirect (overlay)
const offToXero = primary('Take me to Xero', 0, 0, 300);
const notNow = T('Not just now', [0, 0, 200, 22], body({ color: MUTED, align: 'CENTER' }));
const s5 = F('05 Off to Xero (overlay)', [5176, 0, 560, 420], { fill: '#FFFFFF', r: 24, clips: true }, [
  F('Frame 470', [40, 40, 480, 340], { layout: 'VERTICAL', gap: 18 }, [
    R('Rectangle 50', [0, 0, 64, 64], { fills: [img('a1f0c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2')], r: 12 }),
    T('A quick hop over to Xero', [0, 82, 480, 32], serif({ size: 26, weight: 700 })),
    T('We\u2019ll open Xero\u2019s own sign-in page in a new tab. Log in as you normally would, tap \u201CAllow access\u201D, and Xero will pop you straight back here to Bellweather.', [0, 126, 480, 72], body({ color: MUTED })),
    G('Group 21', [90, 220, 300, 56], [offToXero]),
    G('Group 22', [140, 292, 200, 22], [notNow]),
  ]),
]);

// 6 Progress / connections during onboarding
const addAnother = T('+ Link another account', [0, 0, 260, 22], body({ color: WINE, weight: 700 }));
const toOffer = primary('See my credit offer', 0, 0, 300);
const later = T('Ask my bookkeeper to finish this \u00B7 Save and come back later', [0, 0, 520, 20], body({ size: 14, color: WINE }));
const row = (name, status, ok, y, ref) => F(name, [0, y, 640, 72], { fill: '#FFFFFF', r: 14, layout: 'HORIZONTAL', gap: 16, pad: 16 }, [
  R('Rectangle 60', [16, 16, 40, 40], ref ? { fills: [img(ref)], r: 8 } : { fill: '#1C3D6E', r: 8 }),
  T(name, [72, 24, 300, 24], body({ weight: 700 })),
  F('Frame', [440, 22, 184, 28], { fill: ok ? '#E3F1E6' : '#FBEFD9', r: 14 }, [T(status, [10, 4, 164, 20], body({ size: 13, color: ok ? '#1F6B3A' : '#8A5A00', align: 'CENTER' }))]),
]);
const s6 = screen('06 Linked', 0, 1034, [
  topBar('Step 3 of 3'),
  F('Frame 480', [64, 130, 640, 640], { layout: 'VERTICAL', gap: 16 }, [
    T('Lovely \u2014 that\u2019s Xero sorted', [0, 0, 640, 40], serif({ size: 32, weight: 700 })),
    F('Frame 481', [0, 60, 640, 60], { layout: 'VERTICAL', gap: 8 }, [
      T('Your credit picture: 2 of 3 sources added', [0, 0, 640, 22], body({ weight: 700 })),
      G('Group 30', [0, 32, 640, 12], [R('Rectangle 61', [0, 0, 640, 12], { fill: '#EADFD0', r: 6 }), R('Rectangle 62', [0, 0, 427, 12], { fill: GOLD, r: 6 })]),
    ]),
    row('Xero', 'Linked \u2713', true, 140, 'a1f0c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2'),
    row('Barclays Business', 'Waiting on your OK', false, 228),
    F('Frame 482', [0, 316, 640, 30], {}, [addAnother]),
    G('Group 31', [0, 380, 300, 56], [toOffer]),
    F('Frame 483', [0, 456, 640, 20], {}, [later]),
  ]),
]);

// 7 Credit offer, prefilled
const acceptOffer = primary('Accept and go to my account', 0, 0, 360);
const s7 = screen('07 Your offer', 1294, 1034, [
  topBar(''),
  F('Frame 490', [64, 130, 1066, 660], { layout: 'HORIZONTAL', gap: 40 }, [
    F('Frame 491', [0, 0, 500, 660], { layout: 'VERTICAL', gap: 16 }, [
      T('\u00A3 18,000 on 60-day terms', [0, 0, 500, 44], serif({ size: 36, weight: 700 })),
      T('We\u2019ve filled in the boring bits from Xero. Have a quick look and change anything that isn\u2019t right.', [0, 56, 500, 48], body({ color: MUTED })),
      field('Registered company name', 'Bellini Hospitality Ltd', 0, 120, 500),
      field('Company number', '08123456', 0, 206, 500),
      field('VAT number', 'GB 123 4567 89', 0, 292, 500),
      field('Registered address', '14 King Street, Bristol BS1 4QA', 0, 378, 500),
      field('Turnover last year', '\u00A3 1,240,000', 0, 464, 500),
    ]),
    F('Frame 492', [540, 0, 526, 300], { fill: '#FFFFFF', r: 20, layout: 'VERTICAL', gap: 16, pad: 28 }, [
      T('Pay the way that suits service', [28, 28, 470, 26], body({ weight: 700, size: 18 })),
      T('Order this week, settle in March. No interest if you pay within terms.', [28, 66, 470, 48], body({ color: MUTED })),
      G('Group 40', [28, 200, 360, 56], [acceptOffer]),
    ]),
  ]),
]);

// 8 Dashboard
const navItem = (label, y, active = false) => F('Frame', [16, y, 208, 44], { fill: active ? '#F1E4D3' : undefined, r: 10, layout: 'HORIZONTAL', gap: 12, pad: 12 }, [V('Vector', [12, 12, 20, 20], { fill: active ? WINE : MUTED }), T(label, [44, 11, 150, 22], body({ color: active ? WINE : INK, weight: active ? 700 : 400 }))]);
const navConnections = navItem('Connections', 252);
const chartCta = F('Frame 512', [0, 0, 240, 44], { fill: WINE, r: 22 }, [T('Link your bank', [16, 11, 208, 22], body({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const sidebar = (activeIdx) => F('Sidebar', [0, 96, 240, H - 96], { fill: '#FFFFFF' }, [
  navItem('Home', 16, activeIdx === 0), navItem('Orders', 68), navItem('Invoices & terms', 120), navItem('Cellar Club', 172),
  activeIdx === 4 ? navItem('Connections', 252, true) : navConnections, navItem('Settings', 304, activeIdx === 5),
]);
const s8 = screen('08 Home', 2588, 1034, [
  topBar('Osteria Bellini'),
  sidebar(0),
  F('Frame 500', [280, 120, 874, 680], { layout: 'VERTICAL', gap: 24 }, [
    F('Auto layout', [0, 0, 874, 120], { layout: 'HORIZONTAL', gap: 24 }, [
      F('Frame 501', [0, 0, 425, 120], { fill: '#FFFFFF', r: 16, pad: 20, layout: 'VERTICAL', gap: 6 }, [T('Available credit', [20, 20, 380, 20], body({ size: 14, color: MUTED })), T('\u00A3 14,260', [20, 46, 380, 40], serif({ size: 34, weight: 700 }))]),
      F('Frame 502', [449, 0, 425, 120], { fill: '#FFFFFF', r: 16, pad: 20, layout: 'VERTICAL', gap: 6 }, [T('Next payment due', [20, 20, 380, 20], body({ size: 14, color: MUTED })), T('12 Mar \u00B7 \u00A3 3,740', [20, 46, 380, 40], serif({ size: 34, weight: 700 }))]),
    ]),
    F('Frame 510', [0, 144, 874, 300], { fill: '#FFFFFF', r: 16, pad: 24 }, [
      T('Cash in, cash out', [24, 24, 400, 26], body({ weight: 700, size: 18 })),
      G('Group 50', [24, 70, 826, 140], [R('Rectangle 70', [0, 0, 826, 140], { fill: '#F6EFE4', r: 10 }), V('Vector 9', [20, 30, 786, 80], { stroke: '#D8C8B4', sw: 2 })]),
      F('Frame 511', [24, 222, 826, 56], { layout: 'HORIZONTAL', gap: 16 }, [
        T('Link your bank and we\u2019ll show how much headroom you have before the next delivery.', [0, 6, 560, 44], body({ size: 14, color: MUTED })),
        chartCta,
      ]),
    ]),
    F('Frame 520', [0, 468, 874, 160], { fill: '#FFFFFF', r: 16, pad: 24 }, [
      T('Cellar Club \u2014 \u00A345 a month, cancel anytime', [24, 24, 600, 24], body({ weight: 700 })),
      T('First pick of allocations and a case of something interesting every month.', [24, 56, 700, 22], body({ color: MUTED })),
      T('Skip', [780, 24, 60, 22], body({ color: MUTED, align: 'RIGHT' })),
    ]),
  ]),
]);

// 9 Settings / Connections
const syncBtn = G('Group 61', [0, 0, 120, 40], [R('Rectangle 80', [0, 0, 120, 40], { stroke: WINE, r: 20 }), T('Sync now', [10, 9, 100, 22], body({ size: 14, color: WINE, weight: 700, align: 'CENTER' }))]);
const unplug = T('Disconnect', [0, 0, 100, 22], body({ size: 14, color: '#B3261E', deco: 'UNDERLINE' }));
const syncing = G('Syncing', [256, 8, 110, 24], [E('Ellipse 9', [0, 2, 20, 20], { stroke: GOLD, sw: 3 }), T('Syncing\u2026', [28, 0, 80, 22], body({ size: 13, color: MUTED }))]);
// the spinner on the Barclays row is switched off in this state
syncing.visible = false;
const connRow = (name, first, last, extra, y, kids) => F(`Frame ${600 + y}`, [0, y, 874, 96], { fill: '#FFFFFF', r: 14, layout: 'HORIZONTAL', gap: 20, pad: 20 }, [
  R('Rectangle 81', [20, 24, 48, 48], { fill: '#1C3D6E', r: 10 }),
  F('Frame', [88, 18, 380, 60], { layout: 'VERTICAL', gap: 4 }, [
    T(name, [0, 0, 380, 24], body({ weight: 700 })),
    T(`Linked since ${first} \u00B7 Last synced ${last}${extra}`, [0, 30, 380, 22], body({ size: 13, color: MUTED })),
  ]),
  ...kids,
]);
const s9 = screen('09 Settings \u2013 Connections', 3882, 1034, [
  topBar('Osteria Bellini'),
  sidebar(4),
  F('Frame 600', [280, 120, 874, 680], { layout: 'VERTICAL', gap: 16 }, [
    T('Connections', [0, 0, 600, 36], serif({ size: 30, weight: 700 })),
    T('The accounts Bellweather can read. Pull fresh figures whenever you like, or cut us off entirely.', [0, 46, 874, 22], body({ color: MUTED })),
    connRow('Xero \u2014 Bellini Hospitality Ltd', '3 Feb 2025', 'today, 09:14', '', 90, [
      F('Frame 610', [500, 28, 354, 40], { layout: 'HORIZONTAL', gap: 16 }, [syncBtn, F('Frame 611', [140, 9, 100, 22], {}, [unplug])]),
    ]),
    connRow('Barclays Business \u2022\u2022\u2022\u2022 4471', '3 Feb 2025', 'today, 09:15', ' \u00B7 GBP', 202, [
      F('Frame 612', [490, 28, 374, 40], { layout: 'HORIZONTAL', gap: 16 }, [
        G('Group 62', [0, 0, 120, 40], [R('Rectangle 82', [0, 0, 120, 40], { stroke: WINE, r: 20 }), T('Sync now', [10, 9, 100, 22], body({ size: 14, color: WINE, weight: 700, align: 'CENTER' }))]),
        T('Disconnect', [140, 9, 100, 22], body({ size: 14, color: '#B3261E', deco: 'UNDERLINE' })),
        syncing,
      ]),
    ]),
    T('Danger zone', [0, 340, 300, 22], body({ weight: 700, color: '#B3261E' })),
    G('Group 70', [0, 372, 220, 44], [R('Rectangle 90', [0, 0, 220, 44], { stroke: '#B3261E', r: 22 }), T('Delete account', [10, 11, 200, 22], body({ color: '#B3261E', align: 'CENTER' }))]),
  ]),
]);

// 10 Pricing (dead end)
const s10 = screen('Pricing', 5176, 1034, [
  topBar(''),
  F('Frame 700', [137, 140, 920, 600], { layout: 'VERTICAL', gap: 20 }, [
    T('Trade rates, plainly put', [0, 0, 920, 40], serif({ size: 32, weight: 700 })),
    T('Case prices drop at 5, 10 and 25 cases.\n60-day terms carry no interest; after that it\u2019s 1.5% a month.\nDelivery is free over \u00A3250 within our South West routes.', [0, 60, 920, 90], body({ color: MUTED })),
    F('Auto layout', [0, 180, 920, 200], { layout: 'HORIZONTAL', gap: 24 }, [
      F('Frame 701', [0, 0, 290, 200], { fill: '#FFFFFF', r: 16, pad: 20 }, [T('House', [20, 20, 250, 24], body({ weight: 700 })), T('From \u00A36.40 a bottle', [20, 56, 250, 22], body({ color: MUTED }))]),
      F('Frame 702', [314, 0, 290, 200], { fill: '#FFFFFF', r: 16, pad: 20 }, [T('By the glass', [20, 20, 250, 24], body({ weight: 700 })), T('From \u00A39.80 a bottle', [20, 56, 250, 22], body({ color: MUTED }))]),
      F('Frame 703', [628, 0, 290, 200], { fill: '#FFFFFF', r: 16, pad: 20 }, [T('Fine & rare', [20, 20, 250, 24], body({ weight: 700 })), T('Priced per allocation', [20, 56, 250, 22], body({ color: MUTED }))]),
    ]),
  ]),
]);

// 11 Welcome email
const emailCta = G('Group 80', [0, 0, 280, 52], [R('Rectangle 100', [0, 0, 280, 52], { fill: WINE, r: 26 }), T('Link your books now', [10, 14, 260, 24], body({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const s11 = F('Email \u2013 Welcome', [6600, 0, 640, 1000], { fill: '#FFFFFF' }, [
  V('Bellweather mark', [40, 40, 32, 32], { fill: WINE }),
  T('Welcome to the cellar, Marco', [40, 100, 560, 40], serif({ size: 30, weight: 700 })),
  T('Thanks for opening a trade account with Bellweather. Three small things and you\u2019ll be ordering on terms:', [40, 160, 560, 48], body({ color: MUTED })),
  T('1\u2003Tell us about Osteria Bellini \u2713\n2\u2003Link your accounting software and bank \u2014 this is what unlocks your credit line\n3\u2003Place your first order on 60-day terms', [40, 230, 560, 110], body({})),
  F('Frame 800', [40, 370, 560, 52], {}, [emailCta]),
  T('Or pick it up from the Connections tab next time you log in.', [40, 440, 560, 22], body({ size: 14, color: MUTED })),
  T('Bellweather Cellars Ltd \u00B7 Unit 4, Avonside Trading Estate, Bristol \u00B7 Unsubscribe', [40, 920, 560, 40], body({ size: 12, color: '#A79A8E' })),
]);

// hidden old variant of the trust panel
const hiddenOld = F('Frame 999 (old)', [6600, 1100, 400, 200], { fill: '#FFFFFF', visible: false }, [
  T('Mutual NDA available on request for multi-site groups.', [20, 20, 360, 44], body({})),
]);

// prototype
go(s1ctaNode, s2);
go(s2cta, s3);
go(pricingLink, s10);
go(connectBtn, s4);
act(consentBox, { type: 'NODE', destinationId: tickOn.id, navigation: 'CHANGE_TO', transition: null });
url(faqLink, 'https://bellweather.co.uk/trade/faq');
url(guideLink, 'https://bellweather.co.uk/trade/help/linking-your-books');
go(xeroTile, s5, 'OVERLAY');
go(barclaysTile, s5, 'OVERLAY');
url(uploadLink, 'https://bellweather.co.uk/trade/upload');
go(offToXero, s6);
act(notNow, { type: 'CLOSE' });
go(addAnother, s4);
go(toOffer, s7);
url(later, 'mailto:?subject=Bellweather%20trade%20account');
go(acceptOffer, s8);
go(chartCta, s4);
go(navConnections, s9);
go(emailCta, s3);

const flowSection = SEC('Onboarding v3 \u2014 signed off', [-80, -80, 6500, 2100], [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10]);
// fix section-relative coordinates: section sits at -80,-80 so shift its screens
for (const s of flowSection.children) { s._rel = [s._rel[0] + 80, s._rel[1] + 80, s._rel[2], s._rel[3]]; }
const flowPage = canvas('\uD83C\uDF77 Trade onboarding', [flowSection, s11, hiddenOld], { flows: [[s1, 'Trade sign-up']], w: 1194, h: 834, device: 'APPLE_IPAD_AIR', rotation: 'CCW_90' });

page(40);
const cover = canvas('Cover', [F('Cover', [0, 0, 1920, 960], { fill: WINE }, [T('Bellweather Trade \u2014 onboarding & credit', [120, 380, 1400, 80], serif({ size: 72, weight: 700, color: '#FFFFFF' })), T('iPad \u00B7 v3 \u00B7 ready for dev', [120, 480, 800, 30], body({ color: '#F1E4D3', size: 24 }))])]);
page(51);
const archive = canvas('Archive', [F('Old sign-up (2023)', [0, 0, W, H], { fill: '#FFFFFF' }, [T('Connect with Bellweather on Instagram', [100, 100, 600, 30], body({})), T('Integrate your POS \u2014 coming soon', [100, 160, 600, 30], body({}))])]);

const file = buildFile('Bellweather Trade \u2013 iPad onboarding', [cover, flowPage, componentsPage, archive], '2025-03-11T16:22:07Z');
writeOut('h21-wine-distributor-credit-tablet', file, {
  kind: 'onboarding',
  description: 'iPad landscape onboarding for a wine distributor\u2019s trade-credit account: sign-up, venue details, a value/consent screen asking the restaurant to link its accounting package and bank, a grouped platform picker, a redirect heads-up overlay, connection progress, a prefilled credit offer, the dashboard and a Connections settings screen. Warm, wordy UK copy.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['privacy.powered-by', 'privacy.mutual-nda', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame with a numbered 1-2-3 list where linking is step 2 and a "Link your books now" button.',
    'funnel.three-actions': 'Sign up -> About you -> Your books: two clicks to the link CTA.',
    'funnel.cta-visible': 'Large central "Link my accounts and bank" button; Connections is a permanent sidebar entry.',
    'value.three-part': 'Three numbered blocks next to the CTA: what is in it for you, what we look at (data + direction + use), what happens next.',
    'privacy.consent-action': '20x20 tick instance beside consent copy naming the Privacy Notice, above the link button.',
    'privacy.statistics': '"2,400+ restaurants, bars and hotels already trust us".',
    'privacy.support-contacts': 'Phone number, trade email and "send us a note" on the decision screen.',
    'privacy.powered-by': 'No provider mark anywhere.',
    'privacy.connection-guide': 'Left out: the step-by-step linking guide link is hidden, but the visible Q&A link may be read as the connection FAQ.',
    'privacy.mutual-nda': 'Only a hidden old frame mentions an NDA; hidden content does not count.',
    'platform.non-linear': '"Ask my bookkeeper to finish this · Save and come back later".',
    'connection.syncing-indicator': 'The "Syncing…" spinner group exists but is hidden (visible:false).',
    'platform.accurate-branding': 'Full names: QuickBooks Online, Sage Business Cloud Accounting, HSBC UK Business, with logo images.',
  },
  flow: { startFrameId: s1.id, connectFrameId: s3.id, stepsToConnect: 2, deadEnds: [s10.id] },
}, { flowPage: flowPage.id, connectCandidates: [s3.id, s4.id, s8.id], fallbackStart: null });

// h11: US merchant cash advance app for small shops, iPhone 390x844.
import { setPage, nid, frame, col, row, text, rect, vector, group, instance, btnInstance, btnFrame, btnGroup, link, logoImg, spinner, go, back, closeOv, url, hoverChange, canvas, section, writeFile, WRITTEN_BY } from './lib.mjs';

export function build(dir) {
  const W = 390;
  const H = 844;
  const F = 'SF Pro Text';
  const ink = '#14161A';
  const green = '#0F9D6B';
  const muted = '#6A7079';

  // ---------- components page (page 3)
  setPage(3);
  const btnDefault = { id: nid(), name: 'State=Default', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 0, width: 342, height: 52 }, fills: [{ type: 'SOLID', color: { r: 0.06, g: 0.62, b: 0.42, a: 1 } }], cornerRadius: 26, children: [text('Label', 150, 15, { size: 17, weight: 600, color: '#FFFFFF', font: F })] };
  const btnHover = { id: nid(), name: 'State=Pressed', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 80, width: 342, height: 52 }, fills: [{ type: 'SOLID', color: { r: 0.04, g: 0.5, b: 0.34, a: 1 } }], cornerRadius: 26, children: [text('Label', 150, 15, { size: 17, weight: 600, color: '#FFFFFF', font: F })] };
  hoverChange(btnDefault, btnHover);
  const btnSet = { id: nid(), name: 'Comp / Action / Large', type: 'COMPONENT_SET', absoluteBoundingBox: { x: 40, y: 40, width: 382, height: 172 }, fills: [], children: [btnDefault, btnHover] };
  const cbOff = { id: nid(), name: 'Property 1=Default', type: 'COMPONENT', absoluteBoundingBox: { x: 500, y: 40, width: 20, height: 20 }, fills: [], children: [rect('Rectangle', 0, 0, 20, 20, { stroke: '#8A8F98', radius: 5 })] };
  const tabComp = { id: nid(), name: 'tabbar', type: 'COMPONENT', absoluteBoundingBox: { x: 600, y: 40, width: 390, height: 84 }, fills: [{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 } }], children: [text('Home', 40, 40, { size: 11, font: F }), text('Advance', 130, 40, { size: 11, font: F }), text('Accounts', 225, 40, { size: 11, font: F }), text('Me', 330, 40, { size: 11, font: F })] };
  const compPage = canvas('Components', [btnSet, cbOff, tabComp]);
  const components = {
    [btnDefault.id]: { key: 'a81f3c0d2e', name: 'State=Default', description: '', componentSetId: btnSet.id },
    [btnHover.id]: { key: 'a81f3c0d2f', name: 'State=Pressed', description: '', componentSetId: btnSet.id },
    [cbOff.id]: { key: '5be01c77aa', name: 'Property 1=Default', description: 'checkbox' },
    [tabComp.id]: { key: '90cc1e3b41', name: 'tabbar', description: '' },
  };
  const componentSets = { [btnSet.id]: { key: 'f1a9d0c3b2', name: 'Comp / Action / Large', description: 'Primary CTA' } };

  // ---------- flow page (page 1)
  setPage(1);
  const statusBar = () => row('Status Bar', 0, 0, W, 47, [text('9:41', 32, 14, { size: 17, weight: 600, font: F }), vector('Vector', 300, 18, 60, 12, { fill: ink })]);
  const tabBar = (active) => instance(`tabbar / ${active}`, tabComp.id, 0, H - 84, W, 84, [text('Home', 40, 40, { size: 11, font: F }), text('Advance', 130, 40, { size: 11, font: F }), text('Accounts', 225, 40, { size: 11, font: F }), text('Me', 330, 40, { size: 11, font: F })]);
  const screen = (name, x, kids, opts = {}) => frame(name, x, opts.y ?? 0, W, opts.h ?? H, { fill: opts.fill ?? '#FFFFFF' }, [statusBar(), ...kids]);
  const cta = (label, y) => btnInstance('Comp / Action / Large', btnDefault.id, label, 24, y, 342, 52, { fill: green, radius: 26, font: F, size: 17 });

  // S1 sign up
  const pricingLink = link('See pricing', 24, 790, { font: F, underline: true });
  const createBtn = cta('Create my account', 600);
  const s1 = screen('Sign up', 0, [
    logoImg('tillbird-logo', 'f3a1c9e0b7d24411', 24, 64, 36),
    text('Cash for your shop,\nwithout the bank drama 💸', 24, 120, { size: 28, weight: 700, font: F, color: ink }),
    text('Get an advance of $5k–$150k, paid back as a slice of your daily sales.', 24, 205, { size: 16, font: F, color: muted, w: 342 }),
    col('Auto layout', 24, 270, 342, 160, [
      col('Field', 0, 0, 342, 72, [text('Work email', 0, 0, { size: 13, color: muted, font: F }), frame('Frame 412', 0, 22, 342, 48, { stroke: '#D5D8DD', radius: 12 }, [text('you@yourshop.com', 14, 14, { size: 16, color: '#A0A5AD', font: F })])]),
      col('Field', 0, 84, 342, 72, [text('Password', 0, 0, { size: 13, color: muted, font: F }), frame('Frame 413', 0, 22, 342, 48, { stroke: '#D5D8DD', radius: 12 }, [text('••••••••', 14, 14, { size: 16, font: F })])]),
    ], { gap: 12 }),
    frame('Frame 427', 24, 450, 342, 120, { fill: '#F4F8F6', radius: 16 }, [
      text('“Tillbird fronted us $18k for holiday stock in two days. We paid it back before Valentine’s.”', 16, 16, { size: 14, font: F, w: 310, h: 60, color: ink }),
      text('— Dana Ruiz, owner, LinkUp Coffee Roasters', 16, 84, { size: 12, font: F, color: muted }),
    ]),
    createBtn,
    text('Already have an account? Log in', 80, 664, { size: 14, font: F, color: muted }),
    text('★★★★★  4.8 · 12k ratings on the App Store', 60, 700, { size: 13, font: F, color: muted }),
    pricingLink,
  ]);

  // S2 about your shop
  const s2next = cta('Continue', 716);
  const s2 = screen('Frame 2', 430, [
    back(vector('chevron-left', 16, 58, 12, 20, { stroke: ink })),
    text('Step 1 of 3', 24, 96, { size: 13, color: muted, font: F }),
    text('A little about your shop 🛍️', 24, 120, { size: 24, weight: 700, font: F }),
    col('Auto layout', 24, 180, 342, 300, [
      col('Field', 0, 0, 342, 72, [text('Shop name', 0, 0, { size: 13, color: muted, font: F }), frame('Frame 418', 0, 22, 342, 48, { stroke: '#D5D8DD', radius: 12 }, [text('e.g. Pickle & Pine', 14, 14, { size: 16, color: '#A0A5AD', font: F })])]),
      col('Field', 0, 84, 342, 72, [text('What do you sell?', 0, 0, { size: 13, color: muted, font: F }), frame('Frame 419', 0, 22, 342, 48, { stroke: '#D5D8DD', radius: 12 }, [text('Pick one', 14, 14, { size: 16, color: '#A0A5AD', font: F }), vector('Vector', 310, 18, 12, 8, { stroke: ink })])]),
      col('Field', 0, 168, 342, 72, [text('Monthly sales (roughly)', 0, 0, { size: 13, color: muted, font: F }), frame('Frame 420', 0, 22, 342, 48, { stroke: '#D5D8DD', radius: 12 }, [text('$', 14, 14, { size: 16, color: '#A0A5AD', font: F })])]),
    ], { gap: 12 }),
    s2next,
  ]);

  // S3 connect hub
  const plugStore = cta('Plug in your\u00A0store', 640);
  const shopifyCard = row('Frame 431', 0, 0, 342, 64, [logoImg('Rectangle 21', 'b7c55e01aa9d3310', 12, 12, 40), col('Auto layout', 64, 12, 200, 40, [text('Shopify', 0, 0, { size: 16, weight: 600, font: F }), text('Online store & POS', 0, 20, { size: 13, color: muted, font: F })]), vector('Vector', 316, 26, 8, 12, { stroke: muted })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14, pad: 12 });
  const squareCard = row('Frame 432', 0, 72, 342, 64, [logoImg('Rectangle 22', '0e4d9a7f61c2b8e5', 12, 12, 40), col('Auto layout', 64, 12, 200, 40, [text('Square', 0, 0, { size: 16, weight: 600, font: F }), text('Point of Sale', 0, 20, { size: 13, color: muted, font: F })]), vector('Vector', 316, 26, 8, 12, { stroke: muted })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14, pad: 12 });
  const stripeCard = row('Frame 433', 0, 144, 342, 64, [logoImg('Rectangle 23', '7aa310fe5c9b4d02', 12, 12, 40), col('Auto layout', 64, 12, 200, 40, [text('Stripe', 0, 0, { size: 16, weight: 600, font: F }), text('Online payments', 0, 20, { size: 13, color: muted, font: F })]), vector('Vector', 316, 26, 8, 12, { stroke: muted })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14, pad: 12 });
  const bankCard = row('Frame 434', 0, 0, 342, 56, [vector('bank', 14, 16, 24, 24, { fill: ink }), text('Link your business checking', 52, 18, { size: 16, weight: 600, font: F }), vector('Vector', 316, 22, 8, 12, { stroke: muted })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14, pad: 12 });
  const whyLink = link('Why do we ask? 🤔', 24, 604, { font: F, underline: true, color: green });
  const laterLink = text('Save for later · Send to my bookkeeper', 54, 708, { size: 14, font: F, color: muted });
  const uploadLink = link('Sell somewhere else? Upload 3 months of statements instead', 24, 742, { font: F, size: 13, w: 342, color: green });
  const helpChip = btnFrame('Btn', '💬 Help', 290, 56, 76, 30, { fill: '#EEF1F4', color: ink, size: 13, radius: 15, font: F });
  const s3 = screen('Frame 3', 860, [
    helpChip,
    text('Step 2 of 3', 24, 96, { size: 13, color: muted, font: F }),
    col('Auto layout', 24, 120, 342, 470, [
      text('Let’s hook up your sales 🔌', 0, 0, { size: 26, weight: 700, font: F }),
      text('See a real offer in minutes — no tax returns, no paperwork. We read your last 12 months of sales from your store and your bank balance to size your advance. Read-only: we never change anything in your store.', 0, 40, { size: 14, font: F, color: muted, w: 342, h: 76 }),
      col('Auto layout', 0, 126, 342, 230, [text('Where you sell', 0, 0, { size: 18, weight: 600, font: F }), col('Auto layout', 0, 28, 342, 208, [shopifyCard, squareCard, stripeCard], { gap: 8 })], { gap: 8 }),
      col('Auto layout', 0, 366, 342, 90, [text('Where you bank', 0, 0, { size: 18, weight: 600, font: F }), col('Auto layout', 0, 28, 342, 56, [bankCard])], { gap: 8 }),
    ], { gap: 10 }),
    whyLink,
    plugStore,
    laterLink,
    uploadLink,
    text('🔒 Bank-level 256-bit encryption. We never sell your data or share it without your OK.\nYou can unplug any account from Settings whenever you like.', 24, 776, { size: 11, font: F, color: muted, w: 342, h: 32 }),
    text('Trusted by 38,000+ shop owners', 24, 812, { size: 11, weight: 600, font: F, color: muted }),
    group('Group 9', 230, 806, 140, 24, [text('Powered by Plaid', 0, 0, { size: 11, font: F, color: muted }), vector('Vector', 110, 2, 20, 20, { fill: ink })], { visible: false }),
  ]);

  // S4 consent sheet for Shopify
  const agreeLink = link('Privacy Policy', 210, 560, { font: F, underline: true, size: 13 });
  const goShopify = cta('Continue to Shopify', 690);
  const s4 = screen('Frame 4', 1290, [
    rect('Rectangle 3', 0, 0, W, H, { fill: '#000000' }),
    frame('Sheet', 0, 330, W, 514, { fill: '#FFFFFF', radius: 24 }, [
      rect('Rectangle 40', 171, 10, 48, 5, { fill: '#D5D8DD', radius: 3 }),
      row('Auto layout', 24, 36, 342, 40, [logoImg('Rectangle 24', 'b7c55e01aa9d3310', 0, 0, 40), text('Hook up Shopify', 52, 8, { size: 20, weight: 700, font: F })], { gap: 12 }),
      text('You’ll hop over to Shopify to log in and approve read-only access to orders and payouts. Then we bring you right back here. 👋', 24, 96, { size: 15, font: F, color: muted, w: 342, h: 66 }),
      text('What we’ll see: orders, refunds, payouts (last 12 months)\nWhat we won’t do: edit products, prices or customers', 24, 170, { size: 13, font: F, w: 342, h: 40 }),
      row('Auto layout', 24, 222, 342, 44, [instance('Property 1=Default', cbOff.id, 0, 2, 20, 20, [rect('Rectangle', 0, 0, 20, 20, { stroke: '#8A8F98', radius: 5 })]), text('I’m OK with Tillbird reading my Shopify sales data as described in the', 30, 0, { size: 13, font: F, w: 300, h: 36 })], { gap: 10 }),
    ]),
    agreeLink,
    goShopify,
    closeOv(text('Not now', 166, 756, { size: 15, font: F, color: muted })),
  ]);

  // S5 shopify auth (third party)
  const installBtn = btnFrame('Frame 88', 'Install app', 24, 560, 342, 48, { fill: '#008060', radius: 8, font: 'Inter' });
  const s5 = screen('Shopify – approve', 1720, [
    vector('Vector', 24, 64, 100, 28, { fill: '#5E8E3E' }),
    text('Install Tillbird?', 24, 130, { size: 22, weight: 700 }),
    text('Tillbird will be able to:\n•  View orders, all time\n•  View payouts and balance\n•  View store details', 24, 176, { size: 15, w: 342 }),
    text('pickle-and-pine.myshopify.com', 24, 300, { size: 13, color: muted }),
    installBtn,
    back(text('Cancel', 170, 630, { size: 15, color: '#008060' })),
  ], { fill: '#F6F6F7' });

  // S6 connected status
  const anotherLink = link('＋ Link another account', 24, 540, { font: F, color: green, size: 16, weight: 600 });
  const bankRow = row('Frame 451', 0, 152, 342, 64, [vector('bank', 14, 20, 24, 24, { fill: ink }), col('Auto layout', 52, 12, 200, 40, [text('Business checking', 0, 0, { size: 16, weight: 600, font: F }), text('Not linked yet', 0, 20, { size: 13, font: F, color: muted })]), text('Link', 300, 22, { size: 15, weight: 600, color: green, font: F })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14, pad: 12 });
  const s6next = cta('See my offer', 716);
  const s6 = screen('Frame 6', 2150, [
    text('Nice! 🎉 Shopify is plugged in', 24, 96, { size: 24, weight: 700, font: F }),
    text('Add more sources for a bigger, faster offer.', 24, 134, { size: 15, font: F, color: muted }),
    col('Meter', 24, 170, 342, 60, [text('Offer strength', 0, 0, { size: 13, weight: 600, font: F }), row('Frame 460', 0, 24, 342, 10, [rect('Rectangle 50', 0, 0, 171, 10, { fill: green, radius: 5 }), rect('Rectangle 51', 171, 0, 171, 10, { fill: '#E3E6EA', radius: 5 })]), text('Good · add your bank to reach Great', 0, 40, { size: 12, font: F, color: muted })]),
    col('Auto layout', 24, 300, 342, 220, [
      row('Frame 449', 0, 0, 342, 64, [logoImg('Rectangle 25', 'b7c55e01aa9d3310', 12, 12, 40), text('Shopify', 64, 22, { size: 16, weight: 600, font: F }), text('Connected ✓', 236, 22, { size: 14, font: F, color: green })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14, pad: 12 }),
      row('Frame 450', 0, 76, 342, 64, [logoImg('Rectangle 26', '0e4d9a7f61c2b8e5', 12, 12, 40), text('Square', 64, 22, { size: 16, weight: 600, font: F }), text('Waiting on you ⏳', 214, 22, { size: 14, font: F, color: '#B7791F' })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14, pad: 12 }),
      bankRow,
    ], { gap: 12 }),
    anotherLink,
    s6next,
  ]);

  // S7 bank pick
  const banks = ['Chase', 'Bank of America', 'Wells Fargo', 'Capital One'].map((b, i) => row(`Frame ${470 + i}`, 0, i * 64, 342, 56, [logoImg(`Rectangle ${60 + i}`, `9c0${i}a17e44b2f0d${i}`, 8, 8, 40), text(b, 60, 18, { size: 16, font: F })], { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 12, pad: 8 }));
  const s7 = screen('Frame 7', 2580, [
    back(vector('chevron-left', 16, 58, 12, 20, { stroke: ink })),
    text('Link your bank 🏦', 24, 96, { size: 24, weight: 700, font: F }),
    text('We check your balance and deposits to confirm your cash flow. We can’t move money.', 24, 134, { size: 14, font: F, color: muted, w: 342, h: 40 }),
    col('Auto layout', 24, 200, 342, 260, banks, { gap: 8 }),
    text('Don’t see yours? Email us statements at deals@tillbird.com', 24, 480, { size: 13, font: F, color: muted, w: 342 }),
  ]);

  // S8 offer with prefill
  const acceptBtn = cta('Review & accept', 716);
  const s8 = screen('Frame 8', 3010, [
    text('Your offer is ready 🥳', 24, 96, { size: 24, weight: 700, font: F }),
    frame('Frame 480', 24, 140, 342, 120, { fill: '#F4F8F6', radius: 16 }, [text('$42,500', 16, 16, { size: 34, weight: 700, font: F }), text('Repay 12% of daily card sales · est. 7 months', 16, 70, { size: 13, font: F, color: muted })]),
    text('We filled this in from Shopify — tap to edit', 24, 284, { size: 13, weight: 600, font: F, color: green }),
    col('Auto layout', 24, 310, 342, 330, [
      ['Legal name', 'Pickle & Pine LLC'],
      ['EIN', '84-2231907'],
      ['Business address', '1180 Valencia St, San Francisco, CA 94110'],
      ['Owner', 'Marisol Pike'],
      ['Annual sales', '$612,400'],
    ].map(([k, v], i) => col(`Frame ${490 + i}`, 0, i * 64, 342, 56, [text(k, 0, 0, { size: 12, color: muted, font: F }), frame('Frame', 0, 18, 342, 36, { fill: '#F2F3F5', radius: 8 }, [text(v, 10, 8, { size: 15, font: F })])])), { gap: 8 }),
    acceptBtn,
  ]);

  // S9 home with contextual CTA
  const hookSquare = btnGroup('Group 14', 'Hook up Square', 40, 330, 200, 40, { fill: green, radius: 20, size: 14, font: F });
  const s9 = screen('Home', 3440, [
    text('Morning, Marisol ☀️', 24, 70, { size: 22, weight: 700, font: F }),
    frame('Frame 501', 24, 110, 342, 96, { fill: '#14161A', radius: 16 }, [text('Advance balance', 16, 14, { size: 13, color: '#B8BDC4', font: F }), text('$31,870 left', 16, 38, { size: 26, weight: 700, color: '#FFFFFF', font: F })]),
    frame('Frame 502', 24, 224, 342, 170, { fill: '#F7F8FA', radius: 16 }, [
      text('Weekend sales', 16, 14, { size: 16, weight: 600, font: F }),
      text('Your in-store sales go through Square — hook it up to see them here and unlock a top-up.', 16, 40, { size: 13, font: F, color: muted, w: 310, h: 36 }),
      vector('chart-placeholder', 16, 80, 310, 20, { stroke: '#D5D8DD' }),
    ]),
    text('Recent payments', 24, 420, { size: 16, weight: 600, font: F }),
    col('Auto layout', 24, 450, 342, 180, ['Fri  −$212.40', 'Thu  −$188.02', 'Wed  −$240.75'].map((t, i) => text(t, 0, i * 28, { size: 15, font: F }))),
    tabBar('Home'),
  ]);
  // the CTA lives inside the card; reposition relative to card origin
  s9.children[3].children.push(hookSquare);
  hookSquare.absoluteBoundingBox.x = 16;
  hookSquare.absoluteBoundingBox.y = 120;
  s9.children[3].absoluteBoundingBox.height = 176;

  // S10 connected accounts
  const syncNow = btnFrame('Frame 521', '↻ Sync now', 250, 100, 116, 34, { fill: '#EEF1F4', color: ink, size: 14, radius: 17, font: F });
  const unplugShopify = text('Unplug', 300, 40, { size: 14, font: F, color: '#C53030', name: 'Unplug' });
  const acctRow = (name, ref, sub, extra, y) => frame(`Frame ${530 + y}`, 0, y, 342, 80, { fill: '#FFFFFF', stroke: '#E3E6EA', radius: 14 }, [logoImg('Rectangle', ref, 12, 12, 40), col('Auto layout', 64, 12, 220, 56, [text(name, 0, 0, { size: 16, weight: 600, font: F }), text(sub, 0, 22, { size: 12, font: F, color: muted, w: 220, h: 32 })]), ...extra]);
  const s10 = screen('Accounts', 3870, [
    text('Your linked accounts', 24, 64, { size: 24, weight: 700, font: F }),
    text('Pull fresh numbers whenever you like.', 24, 100, { size: 14, font: F, color: muted }),
    syncNow,
    col('Auto layout', 24, 150, 342, 300, [
      acctRow('Shopify', 'b7c55e01aa9d3310', 'Linked Mar 3, 2025 · last sync 2 min ago', [unplugShopify], 0),
      acctRow('Square', '0e4d9a7f61c2b8e5', 'Linked today', [spinner(296, 30), text('Syncing…', 250, 54, { size: 12, font: F, color: muted })], 92),
      acctRow('Chase Business ••4821', '9c00a17e44b2f0d0', 'USD checking · last sync 6:02 AM', [text('Unplug', 300, 40, { size: 14, font: F, color: '#C53030' })], 184),
    ], { gap: 12 }),
    link('＋ Link another account', 24, 470, { font: F, color: green, size: 16, weight: 600 }),
    text('Settings', 24, 540, { size: 18, weight: 600, font: F }),
    text('Notifications\nPayout schedule\nDelete account', 24, 570, { size: 15, font: F, h: 70 }),
    tabBar('Accounts'),
  ]);

  // S11 pricing (dead end, only back)
  const s11 = screen('Pricing', 4300, [
    back(vector('chevron-left', 16, 58, 12, 20, { stroke: ink })),
    text('Straightforward pricing', 24, 96, { size: 24, weight: 700, font: F }),
    text('One flat fee, set up front. No interest, no late fees, no compounding.', 24, 136, { size: 15, font: F, color: muted, w: 342, h: 40 }),
    frame('Frame 540', 24, 200, 342, 180, { fill: '#F7F8FA', radius: 16 }, [text('Factor rate from 1.10', 16, 16, { size: 20, weight: 700, font: F }), text('Borrow $20,000 → repay $22,000 total.\nPaid back automatically as 8–15% of daily card sales.', 16, 56, { size: 14, font: F, w: 310, h: 60 })]),
    text('Pay it off early and we’ll knock off part of the fee.', 24, 400, { size: 14, font: F, color: muted }),
  ]);

  // S12 help sheet
  const s12 = screen('Help', 4730, [
    closeOv(vector('close', 340, 60, 16, 16, { stroke: ink })),
    text('Real humans, ready to help 🙋', 24, 96, { size: 22, weight: 700, font: F }),
    col('Auto layout', 24, 150, 342, 220, [
      row('Frame 551', 0, 0, 342, 56, [text('📞  Call or text (415) 555-0139', 12, 16, { size: 16, font: F })], { stroke: '#E3E6EA', radius: 12 }),
      row('Frame 552', 0, 68, 342, 56, [text('✉️  help@tillbird.com', 12, 16, { size: 16, font: F })], { stroke: '#E3E6EA', radius: 12 }),
      row('Frame 553', 0, 136, 342, 56, [text('💬  Start a chat · Mon–Sat 7am–9pm PT', 12, 16, { size: 16, font: F })], { stroke: '#E3E6EA', radius: 12 }),
    ], { gap: 12 }),
  ]);

  // S13 FAQ sheet
  const s13 = screen('Why we ask', 5160, [
    closeOv(vector('close', 340, 60, 16, 16, { stroke: ink })),
    text('Why link your store?', 24, 96, { size: 22, weight: 700, font: F }),
    text('1  Your sales history replaces a pile of paperwork\n2  More data usually means a bigger offer\n3  Linking is read-only and you can unplug any time', 24, 140, { size: 15, font: F, w: 342, h: 80 }),
    text('Does linking affect my credit score?\nNo. We never run a hard pull to make an offer.', 24, 250, { size: 14, font: F, w: 342, h: 40 }),
    text('Can you move money from my bank?\nNo. Bank access is view-only.', 24, 310, { size: 14, font: F, w: 342, h: 40 }),
  ]);

  // Welcome email (not on the prototype path)
  const emailBtn = btnFrame('Frame 560', 'Link my store →', 40, 420, 260, 48, { fill: green, radius: 24, font: 'Helvetica' });
  const email = frame('Email / Welcome', 0, 1000, 600, 760, { fill: '#FFFFFF' }, [
    rect('Rectangle 70', 0, 0, 600, 80, { fill: '#0F9D6B' }),
    logoImg('tillbird-logo', 'f3a1c9e0b7d24411', 40, 22, 36),
    text('Welcome aboard, Marisol 👋', 40, 120, { size: 26, weight: 700, font: 'Helvetica' }),
    text('Three quick bits and you’ll see your offer:', 40, 170, { size: 16, font: 'Helvetica' }),
    text('1  Make your account ✅\n2  Plug in your store (Shopify, Square or Stripe) — this is what unlocks your offer\n3  Pick your amount and get paid as soon as tomorrow', 40, 210, { size: 16, font: 'Helvetica', w: 520, h: 90 }),
    emailBtn,
    text('Questions? Just reply — a real person reads every email.', 40, 500, { size: 14, font: 'Helvetica', color: muted }),
    text('Tillbird Capital · 500 3rd St, San Francisco · Unsubscribe', 40, 700, { size: 11, font: 'Helvetica', color: muted }),
  ]);

  // wiring
  go(createBtn, s2);
  go(pricingLink, s11);
  go(s2next, s3);
  go(plugStore, s4, 'OVERLAY');
  go(shopifyCard, s4, 'OVERLAY');
  go(squareCard, s4, 'OVERLAY');
  go(stripeCard, s4, 'OVERLAY');
  go(bankCard, s7);
  go(whyLink, s13, 'OVERLAY');
  go(helpChip, s12, 'OVERLAY');
  go(goShopify, s5);
  url(agreeLink, 'https://tillbird.com/privacy');
  go(installBtn, s6);
  go(bankRow, s7);
  go(anotherLink, s3);
  go(s6next, s8);
  for (const b of banks) go(b, s6);
  go(acceptBtn, s9);
  go(hookSquare, s4, 'OVERLAY');
  url(emailBtn, 'https://app.tillbird.com/connect');

  const flowPage = canvas('📱 Onboarding v3', [section('Happy path', 0, 0, 5700, 900, [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13]), email], { starts: [[s1, 'New shop sign-up']] });
  // Accounts tab reachable from Home tab bar
  go(s9.children.find((c) => c.type === 'INSTANCE' && c.name.startsWith('tabbar')), s10);

  setPage(2);
  const cover = canvas('🌀 Cover', [frame('Cover', 0, 0, 1920, 960, { fill: '#0F9D6B' }, [text('Tillbird — shop onboarding', 120, 380, { size: 72, weight: 700, color: '#FFFFFF' }), text('v3 · ready for dev · owner: M. Okafor', 120, 480, { size: 28, color: '#E6F4EE' })])]);
  setPage(4);
  const oldS = frame('Frame 3 (old)', 0, 0, W, H, { fill: '#FFFFFF' }, [text('Connect your POS', 24, 96, { size: 24, weight: 700 }), text('Square · Clover · Toast', 24, 140, { size: 15 }), btnGroup('Group 2', 'Connect', 24, 716, 342, 52, { fill: '#333333' })]);
  const archive = canvas('🗄 Archive', [oldS]);

  const pages = [cover, flowPage, compPage, archive];
  const truth = {
    kind: 'onboarding',
    writtenBy: WRITTEN_BY,
    description: 'Merchant cash advance app for US small shops (iPhone). Sign-up, shop details, a hub to plug in Shopify/Square/Stripe and link a bank, a consent sheet, the third-party install screen, connection status with an offer-strength meter, prefilled offer, home with an in-feature prompt, linked-accounts screen, help, FAQ and a pricing dead end; plus a welcome email frame.',
    present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
    absent: ['privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'privacy.connection-guide'],
    notes: {
      'funnel.greeting-email': 'Frame "Email / Welcome": numbered 1-2-3 list where step 2 is plugging in the store, plus a "Link my store" button.',
      'funnel.three-actions': 'Sign up -> shop details -> connect hub: 2 steps.',
      'funnel.cta-visible': 'Full-width primary "Plug in your store" on the hub.',
      'funnel.social-proof': 'Quoted owner testimonial and App Store rating on sign-up.',
      'funnel.prefill': 'Offer screen fields "filled in from Shopify" (legal name, EIN, address, owner, annual sales).',
      'value.three-part': 'Hub: value (offer in minutes, no paperwork), data use (12 months of sales, bank balance, read-only), one main CTA.',
      'value.contextual-ctas': 'Home "Weekend sales" card with "Hook up Square".',
      'value.faq-link': '"Why do we ask?" opens an FAQ sheet.',
      'value.progress-meter': '"Offer strength" bar after the first connection.',
      'privacy.data-scope': 'Sales/orders/refunds/payouts read from Shopify, read-only; bank view-only.',
      'privacy.trust-language': '"Bank-level 256-bit encryption. We never sell your data or share it without your OK."',
      'privacy.consent-action': 'Checkbox with Privacy Policy link in the Shopify sheet before continuing.',
      'privacy.disconnect-anytime': '"You can unplug any account from Settings whenever you like."',
      'privacy.statistics': '"Trusted by 38,000+ shop owners" under the trust copy.',
      'privacy.support-contacts': 'Help sheet: phone/text, email, chat.',
      'privacy.powered-by': 'The only "Powered by" group is hidden (visible:false).',
      'privacy.connection-guide': 'Only an FAQ sheet; no how-to-connect guide.',
      'platform.explain-redirect': '"You’ll hop over to Shopify to log in and approve … Then we bring you right back here."',
      'platform.grouped-categories': '"Where you sell" and "Where you bank" headings over cards.',
      'platform.search': 'No search over the short platform or bank lists.',
      'platform.alternatives': '"Upload 3 months of statements instead"; email statements for missing banks.',
      'platform.non-linear': '"Save for later · Send to my bookkeeper".',
      'platform.multiple-connections': '"Connected ✓", "Waiting on you" and "Link another account".',
      'connection.view-live': 'Accounts screen: names, linked date, last sync, USD account.',
      'connection.delete': '"Unplug" on each row.',
      'connection.refresh': '"Sync now".',
      'connection.syncing-indicator': 'Spinner + "Syncing…" on Square row.',
    },
    flow: { startFrameId: s1.id, connectFrameId: s3.id, stepsToConnect: 2, deadEnds: [s11.id] },
  };
  return writeFile(dir, 'h11-merchant-cash-advance-mobile', { name: 'Tillbird – Shop onboarding v3', lastModified: '2025-03-18T16:42:09Z', version: '5120398842' }, pages, components, componentSets, truth);
}

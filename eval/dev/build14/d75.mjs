// d75 — inventory for skate shops, iPad landscape (1194x834), US English, playful voice.
import { createBuilder, WRITTEN_BY } from './lib.mjs';

export const NAME = 'd75-skate-shop-inventory-tablet';

export function build() {
  const b = createBuilder();
  const { frame, auto, text, rect, vector, group, section, instance, component, componentSet, go, back, close, hide,
    btnFrame, btnGroup, link, checkbox, search, logo, field, spinner, statusBar } = b;
  const W = 1194; const H = 834;
  const INK = '#111111'; const LIME = '#c6f432'; const GREY = '#6f6f6f';

  b.setPage(2, 2);
  const d = component('State=Default', 20, 20, 220, 52, { fill: INK, radius: 0 }, [text('Button', 16, 16, 188, 20, { size: 16, weight: 700, color: LIME, align: 'CENTER', family: 'Space Grotesk' })]);
  const hv = component('State=Hover', 20, 92, 220, 52, { fill: '#333333', radius: 0 }, [text('Button', 16, 16, 188, 20, { size: 16, weight: 700, color: LIME, align: 'CENTER', family: 'Space Grotesk' })]);
  go(d, hv.id, 'CHANGE_TO'); d.interactions[0].trigger = { type: 'ON_HOVER' };
  const set = componentSet('cta/primary', 40, 40, 260, 170, [d, hv]);
  const chip = component('chip', 360, 40, 140, 28, { fill: '#eeeeee', radius: 14 }, [text('Chip', 10, 5, 120, 18, { size: 12, weight: 600, align: 'CENTER' })]);
  const comps = b.canvas('2:1', 'components', [frame('Frame 1', 0, 0, 700, 260, { fill: '#ffffff' }, [set, chip])]);
  const Cta = (label, x, y, w = 240) => instance(d.id, 'cta/primary', x, y, w, 52, {}, [text(label, 16, 16, w - 32, 20, { size: 16, weight: 700, color: LIME, align: 'CENTER', family: 'Space Grotesk' })]);
  const Chip = (label, bg) => instance(chip.id, 'chip', 0, 0, 150, 28, { fill: bg }, [text(label, 10, 5, 130, 18, { size: 12, weight: 600, align: 'CENTER' })]);

  b.setPage(30, 7);
  const ids = {};
  for (const k of ['signup', 'verify', 'basics', 'plan', 'dash', 'choose', 'headsup', 'square', 'summary', 'inventory', 'integrations', 'unlink', 'email']) ids[k] = b.nid();
  const G = { family: 'Space Grotesk' };

  const side = (active) => frame('Sidebar', 0, 0, 200, H, { fill: INK }, [
    text('DECKSTOCK', 24, 40, 160, 24, { ...G, size: 18, weight: 700, color: LIME }),
    auto('Frame 201', 'V', 12, 100, 176, 300, ['Dashboard', 'Inventory', 'Reorders', 'Reports', 'Integrations'].map((t) => {
      const it = frame(t === active ? 'Item / active' : 'Frame 202', 0, 0, 176, 40, { fills: t === active ? [{ type: 'SOLID', color: { r: 0.2, g: 0.2, b: 0.2, a: 1 } }] : [], radius: 8 }, [
        vector('Vector', 12, 12, 16, 16, { fill: '#bdbdbd' }), text(t, 40, 10, 120, 20, { size: 14, weight: t === active ? 700 : 400, color: '#ffffff' })]);
      const dest = { Dashboard: ids.dash, Inventory: ids.inventory, Integrations: ids.integrations }[t];
      if (dest) go(it, dest);
      return it;
    }), { gap: 4 }),
  ]);
  const scr = (name, id, x, y, kids, bg = '#ffffff') => frame(name, x, y, W, H, { id, fill: bg }, [statusBar(W), ...kids]);

  const joinBtn = Cta('Start my free month', 0, 0, 400);
  go(joinBtn, ids.verify);
  const signup = scr('Sign up', ids.signup, 0, 0, [
    frame('Frame 10', 0, 0, 560, H, { fill: INK }, [
      rect('Rectangle 11', 40, 80, 480, 360, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: '5k8te0deck1' }] }),
      text('\u201CDeckstock flagged that we were about to sell out of 8.25s before I even noticed. Saved our back-to-school week.\u201D', 40, 480, 480, 110, { ...G, size: 20, weight: 500, color: '#ffffff' }),
      group('Group 12', 40, 610, 480, 44, [rect('Rectangle 13', 0, 0, 44, 44, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'marcus0face' }], radius: 22 }), text('Marcus Ollie', 56, 2, 300, 20, { size: 15, weight: 700, color: LIME }), text('Owner, Ollie\u2019s Boardshop · Long Beach, CA', 56, 24, 380, 18, { size: 13, color: '#bdbdbd' })]),
    ]),
    auto('Frame 14', 'V', 620, 140, 480, 520, [
      text('Stock smarter. Skate more.', 0, 0, 480, 40, { ...G, size: 32, weight: 700, color: INK }),
      text('Make an account — takes about 30 seconds.', 0, 52, 480, 20, { size: 15, color: GREY }),
      auto('Frame 15', 'V', 0, 90, 480, 240, [field('Email', 'marcus@olliesboardshop.com', 0, 0, 480), field('Shop name', 'Ollie\u2019s Boardshop', 0, 80, 480), field('Password', '••••••••••', 0, 160, 480)], { gap: 12 }),
      joinBtn,
    ], { gap: 18 }),
  ]);

  const vBtn = Cta('Confirm', 0, 0, 300);
  go(vBtn, ids.basics);
  const verify = scr('Frame 31', ids.verify, 1294, 0, [
    auto('Frame 32', 'V', 397, 240, 400, 300, [
      text('Check your email \u{1F4E8}', 0, 0, 400, 36, { ...G, size: 28, weight: 700 }),
      text('Tap the link we sent to marcus@olliesboardshop.com, or punch in the code.', 0, 48, 400, 44, { size: 15, color: GREY }),
      field('Code', '418 207', 0, 110, 300),
      vBtn,
    ], { gap: 16 }),
  ]);

  const bBtn = Cta('Next', 0, 0, 200);
  go(bBtn, ids.plan);
  const basics = scr('Shop basics', ids.basics, 2588, 0, [
    text('Step 1 · The shop', 80, 80, 400, 18, { size: 13, weight: 700, color: GREY }),
    text('Tell us about the shop', 80, 104, 700, 40, { ...G, size: 32, weight: 700 }),
    auto('Frame 40', 'H', 80, 180, 1034, 280, [
      auto('Frame 41', 'V', 0, 0, 500, 280, [field('Locations', '1', 0, 0, 500), field('What do you sell most?', 'Decks, trucks, wheels, shoes', 0, 80, 500), field('Store address', 'Street, city, state', 0, 160, 500, { placeholder: true })], { gap: 12 }),
      auto('Frame 42', 'V', 0, 0, 500, 280, [field('EIN (optional)', '', 0, 0, 500), field('Yearly sales (rough)', 'Pick a range', 0, 80, 500, { placeholder: true })], { gap: 12 }),
    ], { gap: 34 }),
    group('Group 43', 80, 700, 400, 52, [bBtn, back(link('Back', 230, 16, 60, { color: GREY }))]),
  ]);

  const planBtn = Cta('Go with Shop', 0, 0, 240);
  go(planBtn, ids.dash);
  const plan = scr('Plan', ids.plan, 3882, 0, [
    text('Pick a plan (you can switch later)', 80, 80, 900, 40, { ...G, size: 32, weight: 700 }),
    auto('Frame 50', 'H', 80, 160, 1034, 440, ['Grom|$29/mo|1 location', 'Shop|$59/mo|Up to 3 locations', 'Pro|$119/mo|Unlimited + purchase orders'].map((s) => {
      const [a, p, c] = s.split('|');
      return frame('Frame 51', 0, 0, 330, 420, { fill: a === 'Shop' ? LIME : '#f4f4f4' }, [text(a, 24, 24, 280, 28, { ...G, size: 24, weight: 700 }), text(p, 24, 64, 280, 36, { ...G, size: 32, weight: 700 }), text(c, 24, 120, 280, 40, { size: 14, color: '#333333' })]);
    }), { gap: 22 }),
    text('30 days free, then billed monthly. Cancel anytime.', 80, 630, 600, 20, { size: 14, color: GREY }),
    group('Group 52', 80, 700, 400, 52, [planBtn, back(link('Back', 260, 16, 60, { color: GREY }))]),
  ]);

  const plugBtn = Cta('Hook up your register', 0, 0, 280);
  go(plugBtn, ids.choose);
  const laterDash = link('I\u2019ll do it later', 0, 0, 140, { color: GREY, under: true });
  const dash = scr('Dashboard', ids.dash, 0, 1000, [
    side('Dashboard'),
    text('Yo, Marcus \u{1F6F9}', 232, 60, 600, 36, { ...G, size: 28, weight: 700 }),
    auto('Frame 60', 'H', 232, 120, 930, 110, ['Units on hand|—', 'Sell-through (30d)|—', 'Reorders due|—'].map((s) => {
      const [a, v] = s.split('|');
      return frame('Frame 61', 0, 0, 296, 100, { fill: '#f4f4f4' }, [text(a, 16, 16, 260, 18, { size: 13, color: GREY }), text(v, 16, 44, 260, 36, { ...G, size: 28, weight: 700 })]);
    }), { gap: 20 }),
    frame('Chart / sell-through', 232, 250, 930, 520, { fill: '#ffffff', stroke: '#e0e0e0' }, [
      text('Sell-through by category', 24, 20, 500, 24, { ...G, size: 20, weight: 700 }),
      ...[0, 1, 2, 3, 4, 5].map((i) => rect(`Rectangle ${70 + i}`, 60 + i * 140, 160 + (i % 3) * 40, 80, 300 - (i % 3) * 40, { fill: '#efefef' })),
      frame('Empty state', 215, 150, 500, 240, { fill: '#ffffff', stroke: INK, layoutMode: 'VERTICAL', itemSpacing: 14, paddingLeft: 32, paddingTop: 28 }, [
        text('This chart is hungry.', 32, 28, 436, 28, { ...G, size: 22, weight: 700 }),
        text('Hook up your register and we\u2019ll show what\u2019s flying off the wall — and what\u2019s collecting dust.', 32, 66, 436, 44, { size: 14, color: '#333333' }),
        group('Group 63', 32, 130, 436, 52, [plugBtn, laterDash]),
      ]),
    ]),
  ]);
  laterDash._x = 300; laterDash._y = 17;
  close(laterDash);

  const sqTile = frame('Frame 72', 0, 0, 300, 80, { fill: '#ffffff', stroke: '#dddddd' }, [logo('Rectangle 73', 16, 16, 48, 'sq000pos01'), text('Square Point of Sale', 76, 20, 210, 20, { size: 15, weight: 700 }), text('POS', 76, 44, 200, 16, { size: 12, color: GREY })]);
  go(sqTile, ids.headsup);
  const t = (nm, ref, sub) => frame('Frame 72', 0, 0, 300, 80, { fill: '#ffffff', stroke: '#dddddd' }, [logo('Rectangle 73', 16, 16, 48, ref), text(nm, 76, 20, 210, 20, { size: 15, weight: 700 }), text(sub, 76, 44, 200, 16, { size: 12, color: GREY })]);
  const shopifyTile = t('Shopify', 'shpfy00001', 'Online store');
  go(shopifyTile, ids.headsup);
  const sendMgr = link('Send this to your manager', 0, 0, 200, { under: true, color: INK });
  const doLater = link('Do it later', 0, 0, 100, { under: true, color: GREY });
  go(doLater, ids.dash);
  const choose = scr('Frame 70', ids.choose, 1294, 1000, [
    back(text('\u2190 Back', 40, 56, 80, 20, { size: 14, color: GREY })),
    text('Where do you ring up sales?', 80, 90, 800, 40, { ...G, size: 32, weight: 700 }),
    search('Search registers and stores', 80, 150, 640),
    auto('Frame 71', 'V', 80, 220, 1034, 360, [
      auto('Row 1', 'H', 0, 0, 1034, 80, [t('Lightspeed Retail (X-Series)', 'lsx0000001', 'POS'), t('Lightspeed Retail (R-Series)', 'lsr0000001', 'POS'), sqTile], { gap: 24 }),
      auto('Row 2', 'H', 0, 100, 1034, 80, [shopifyTile, t('Clover POS', 'clv0000001', 'POS'), t('Shopify POS', 'shpfy00002', 'POS')], { gap: 24 }),
    ], { gap: 20 }),
    auto('Frame 74', 'H', 80, 640, 800, 20, [text('Not the register person?', 0, 0, 170, 18, { size: 14, color: GREY }), sendMgr, text('·', 0, 0, 10, 18, { size: 14 }), doLater], { gap: 8 }),
  ]);

  const goSq = Cta('Take me to Square', 0, 0, 260);
  go(goSq, ids.square);
  const headsup = scr('Heads up', ids.headsup, 2588, 1000, [
    frame('Frame 80', 297, 120, 600, 600, { fill: '#ffffff', stroke: INK, layoutMode: 'VERTICAL', itemSpacing: 16, paddingLeft: 40, paddingTop: 40 }, [
      group('Group 81', 40, 40, 200, 56, [logo('Rectangle 82', 0, 0, 56, 'sq000pos01'), vector('Arrow', 70, 22, 40, 12, { fill: INK }), rect('Rectangle 83', 124, 0, 56, 56, { fill: LIME })]),
      text('Quick heads-up', 40, 116, 520, 32, { ...G, size: 26, weight: 700 }),
      text('We\u2019re bouncing you over to Square. Log in there, hit Allow, and you\u2019ll land right back here in Deckstock.', 40, 160, 520, 66, { size: 16 }),
      text('The link is locked down with bank-grade encryption, and we never sell or pass along your shop\u2019s info.', 40, 238, 520, 44, { size: 14, color: '#333333' }),
      checkbox('I\u2019m good with the Deckstock Privacy Policy', 40, 300, 520, { rname: 'Rectangle 84' }),
      url2(link('Walkthrough: hooking up Square, step by step', 40, 350, 400, { under: true, color: INK })),
      auto('Frame 85', 'H', 40, 420, 520, 52, [goSq, back(btnFrame('Back', 280, 0, 120, 52, { bg: '#ffffff', fg: INK, r: 0, n: 86 }))], { gap: 16 }),
      hide(text('Unplug anytime, no hard feelings.', 40, 500, 520, 18, { size: 13 })),
    ]),
  ]);
  function url2(n) { return b.url(n, 'https://help.deckstock.example/guides/square'); }

  const allow = btnFrame('Allow', 0, 0, 200, 48, { bg: '#006aff', r: 6, n: 91 });
  go(allow, ids.summary);
  const square = scr('Square OAuth', ids.square, 3882, 1000, [
    frame('Frame 90', 347, 140, 500, 520, { fill: '#ffffff', stroke: '#e5e5e5', radius: 8 }, [
      logo('Rectangle 92', 218, 40, 64, 'sq000pos01'),
      text('Deckstock wants access to your Square account', 40, 130, 420, 56, { size: 20, weight: 600, align: 'CENTER' }),
      text('Signed in as marcus@olliesboardshop.com', 40, 200, 420, 20, { size: 13, color: GREY, align: 'CENTER' }),
      group('Group 93', 40, 420, 420, 48, [allow, back(btnFrame('Deny', 220, 0, 200, 48, { bg: '#f2f2f2', fg: INK, r: 6, n: 94 }))]),
    ]),
  ], '#f7f7f7');

  const addMore = btnGroup('+ Plug in another', 0, 0, 220, 48, { bg: '#ffffff', fg: INK, n: 101, rname: 'Rectangle 102' });
  go(addMore, ids.choose);
  const toInv = Cta('See my inventory', 0, 0, 240);
  go(toInv, ids.inventory);
  const stRow = (nm, ref, badge, bg, extra) => auto('Frame 104', 'H', 0, 0, 700, 72, [logo('Rectangle 105', 0, 12, 48, ref), text(nm, 0, 0, 280, 20, { size: 16, weight: 700 }), Chip(badge, bg), extra].filter(Boolean), { gap: 20, pad: 12, counterAxisAlignItems: 'CENTER' });
  const summary = scr('Connected', ids.summary, 5176, 1000, [
    text('Square\u2019s in. \u{1F918}', 247, 100, 700, 40, { ...G, size: 32, weight: 700 }),
    auto('Frame 103', 'V', 247, 170, 700, 260, [
      stRow('Square Point of Sale', 'sq000pos01', 'Connected ✓', LIME, group('Group 106', 0, 0, 120, 24, [spinner(0, 0, 20), text('Syncing\u2026', 28, 2, 90, 18, { size: 13, color: GREY })])),
      stRow('Shopify', 'shpfy00001', 'Needs approval', '#ffe7a3', text('Finish in Shopify', 0, 0, 140, 18, { size: 13, color: GREY, deco: 'UNDERLINE' })),
    ], { gap: 8 }),
    auto('Frame 107', 'H', 247, 480, 700, 52, [addMore, toInv], { gap: 16 }),
  ]);

  const shopPrompt = btnFrame('Plug in Shopify', 0, 0, 180, 40, { bg: INK, fg: LIME, r: 0, n: 115 });
  go(shopPrompt, ids.choose);
  const invRow = (sku, name, sup, onHand) => auto('Row', 'H', 0, 0, 930, 44, [text(sku, 0, 0, 120, 18, { size: 13, color: GREY }), text(name, 0, 0, 320, 18, { size: 14 }), text(sup, 0, 0, 200, 18, { size: 13 }), text(onHand, 0, 0, 80, 18, { size: 14, weight: 700 }), text('Delete product', 0, 0, 120, 18, { size: 12, color: '#c62828' })], { gap: 20, pad: 12 });
  const inventory = scr('Inventory', ids.inventory, 0, 2000, [
    side('Inventory'),
    text('Inventory', 232, 60, 400, 36, { ...G, size: 28, weight: 700 }),
    auto('Table', 'V', 232, 120, 930, 380, [
      auto('Header', 'H', 0, 0, 930, 36, ['SKU', 'Item', 'Supplier', 'On hand', ''].map((h) => text(h, 0, 0, 120, 16, { size: 12, weight: 700, color: GREY })), { gap: 20, pad: 10 }),
      invRow('BK-825-01', 'Baker Brand Logo 8.25\u2033', 'LinkSkate Supply', '4'),
      invRow('TR-149-IND', 'Independent Stage 11 149', 'LinkSkate Supply', '11'),
      invRow('WH-54-SPF', 'Spitfire Formula Four 54mm', 'Deluxe Distribution', '0'),
      invRow('SH-VN-09', 'Vans Skate Half Cab 9', 'Vans', '2'),
    ], { gap: 0 }),
    frame('Online stock', 232, 540, 930, 200, { fill: '#fafafa', stroke: '#e0e0e0' }, [
      text('Web store stock: nothing here yet', 24, 24, 600, 24, { ...G, size: 18, weight: 700 }),
      text('Plug in Shopify and online orders come off the same shelf count.', 24, 60, 600, 20, { size: 14, color: '#333333' }),
      group('Group 116', 24, 120, 180, 40, [shopPrompt]),
    ]),
  ]);

  const unlinkSq = text('Unlink', 0, 0, 60, 18, { size: 13, weight: 700, color: '#c62828' });
  go(unlinkSq, ids.unlink, 'OVERLAY');
  const syncNow = btnFrame('Sync now', 0, 0, 110, 36, { bg: '#ffffff', fg: INK, r: 0, n: 126 });
  const addInt = Cta('+ Plug in another', 0, 0, 220);
  go(addInt, ids.choose);
  const integrations = scr('Integrations', ids.integrations, 1294, 2000, [
    side('Integrations'),
    text('Integrations', 232, 60, 400, 36, { ...G, size: 28, weight: 700 }),
    auto('Frame 120', 'V', 232, 120, 930, 420, [
      auto('Header', 'H', 0, 0, 930, 30, ['App', 'Hooked up', 'Last sync', 'Status', ''].map((h) => text(h, 0, 0, 150, 16, { size: 12, weight: 700, color: GREY })), { gap: 20, pad: 10 }),
      auto('Frame 121', 'H', 0, 0, 930, 64, [logo('Rectangle 122', 0, 0, 40, 'sq000pos01'), text('Square Point of Sale', 0, 0, 180, 18, { size: 14, weight: 700 }), text('Apr 2, 2026 · 10:12 AM', 0, 0, 150, 18, { size: 13 }), text('Today · 3:41 PM', 0, 0, 130, 18, { size: 13 }), Chip('Live', LIME), syncNow, unlinkSq], { gap: 16, pad: 12, counterAxisAlignItems: 'CENTER' }),
      auto('Frame 123', 'H', 0, 0, 930, 64, [logo('Rectangle 122', 0, 0, 40, 'shpfy00001'), text('Shopify', 0, 0, 180, 18, { size: 14, weight: 700 }), text('Apr 2, 2026 · 10:20 AM', 0, 0, 150, 18, { size: 13 }), group('Group 124', 0, 0, 130, 20, [spinner(0, 0, 18), text('Syncing\u2026', 26, 0, 100, 18, { size: 13, color: GREY })]), Chip('Live', LIME), btnFrame('Sync now', 0, 0, 110, 36, { bg: '#ffffff', fg: INK, r: 0, n: 127 }), text('Unlink', 0, 0, 60, 18, { size: 13, weight: 700, color: '#c62828' })], { gap: 16, pad: 12, counterAxisAlignItems: 'CENTER' }),
      addInt,
    ], { gap: 8 }),
  ]);

  const yes = btnFrame('Unlink Square', 0, 0, 200, 48, { bg: '#c62828', r: 0, n: 131 });
  close(yes);
  const unlink = frame('Unlink?', 2588, 2000, 520, 300, { id: ids.unlink, fill: '#ffffff', stroke: INK }, [
    text('Unlink Square Point of Sale?', 32, 32, 456, 30, { ...G, size: 22, weight: 700 }),
    text('Deckstock loses access right away. Sales already pulled in stay in your reports.', 32, 76, 456, 44, { size: 14, color: '#333333' }),
    auto('Frame 130', 'H', 32, 220, 456, 48, [yes, close(btnFrame('Nah, keep it', 0, 0, 160, 48, { bg: '#ffffff', fg: INK, r: 0, n: 132 }))], { gap: 12 }),
  ]);

  const mailBtn = btnGroup('Plug in my register', 0, 0, 240, 52, { bg: INK, fg: LIME, r: 0, n: 141, vector: true });
  const email = frame('Email \u2014 welcome', 3300, 2000, 600, 820, { id: ids.email, fill: '#ffffff' }, [
    text('Subject: You\u2019re in. Here\u2019s the 3-step kickflip.', 40, 30, 520, 20, { size: 12, color: GREY }),
    rect('Header image', 0, 70, 600, 180, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'mailhead01' }] }),
    auto('Frame 140', 'V', 40, 280, 520, 480, [
      text('Yo Marcus, welcome to Deckstock \u{1F6F9}', 0, 0, 520, 30, { ...G, size: 24, weight: 700 }),
      text('Three moves and your reorder list starts building itself:', 0, 44, 520, 20, { size: 15 }),
      text('1 \u2014 Tell us about the shop \u2713\n2 \u2014 Plug in your register (Square, Lightspeed, Shopify\u2026)\n3 \u2014 Watch the reorder list fill up', 0, 80, 520, 80, { size: 15, weight: 500 }),
      group('Group 142', 0, 180, 240, 52, [mailBtn]),
      text('Rather have someone else do step 2? Just forward this email.', 0, 250, 520, 20, { size: 13, color: GREY }),
    ], { gap: 16 }),
  ]);

  const sec = section('Sign up \u2192 first sale', -80, -80, 5300, 1000, []);
  for (const f of [signup, verify, basics, plan]) { f._x += 80; f._y += 80; sec.children.push(f); }
  const flow = b.canvas('30:1', '\u{1F6F9} Flow', [sec, dash, choose, headsup, square, summary, inventory, integrations, unlink, email],
    { starts: [{ nodeId: ids.signup, name: 'New shop' }, { nodeId: ids.dash, name: 'Returning' }],
      device: { type: 'PRESET', rotation: 'CCW_90', presetIdentifier: 'IPAD_PRO_11' } });

  b.setPage(0, 2);
  const cover = b.canvas('0:1', 'Cover', [frame('Cover', 0, 0, 1920, 1080, { fill: LIME }, [text('DECKSTOCK iPad \u00B7 onboarding', 120, 420, 1600, 100, { ...G, size: 80, weight: 700 }), text('v0.9 \u00B7 handoff', 120, 540, 600, 40, { size: 28 })])]);
  b.setPage(88, 2);
  const archive = b.canvas('88:1', '\u{1F5C4} Archive', [
    frame('Old dashboard', 0, 0, W, H, { fill: '#ffffff' }, [text('Connect Square', 400, 300, 300, 30, { size: 22 }), text('Trusted by 3,000 skate shops', 400, 360, 400, 20, { size: 14 }), text('Powered by Fintegra', 400, 400, 300, 18, { size: 12 })]),
  ]);

  const doc = b.documentOf('Deckstock \u2014 iPad', [cover, flow, comps, archive], '2026-04-06T18:42:55Z');
  const present = ['funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'privacy.trust-language',
    'privacy.consent-action', 'privacy.connection-guide', 'platform.explain-redirect', 'platform.accurate-branding', 'platform.search',
    'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh',
    'connection.syncing-indicator'];
  const absent = ['funnel.three-actions', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope',
    'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.alternatives'];
  const truth = {
    file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
    description: 'Inventory for US skate shops on an iPad in landscape. Sign-up with a shop-owner quote, email code, shop basics and plan choice, then a dashboard whose empty sell-through chart asks to hook up the register; a searchable register/store picker, a redirect heads-up with consent checkbox and guide link, a Square consent mock, a status summary, an inventory table with a Shopify prompt, and an Integrations table.',
    present, absent,
    notes: {
      'funnel.greeting-email': 'Welcome email frame with a 1-2-3 list (step 2: plug in your register) and a button.',
      'funnel.three-actions': 'Sign up → code → shop basics → plan → dashboard: four clicks before the first prompt.',
      'funnel.cta-visible': 'Central empty-state button on the dashboard plus a permanent "Integrations" sidebar entry.',
      'funnel.social-proof': 'Named shop-owner quote on the sign-up screen.',
      'funnel.prefill': 'Shop basics are typed by hand before linking; nothing is shown filled from the POS.',
      'value.three-part': 'The empty state gives a benefit and a button but never says what data is used or how.',
      'value.contextual-ctas': 'Prompts inside the sell-through chart and the inventory table\u2019s web-store panel.',
      'value.faq-link': 'No FAQ/learn-more about why to link; the only link is a how-to guide.',
      'value.progress-meter': 'No progress or strength meter.',
      'privacy.data-scope': 'No copy names which data is read or in which direction (the Square screen only asks for generic access).',
      'privacy.trust-language': '"locked down with bank-grade encryption", "never sell or pass along your shop\u2019s info".',
      'privacy.consent-action': 'Checkbox "I\u2019m good with the Deckstock Privacy Policy" before the redirect button.',
      'privacy.disconnect-anytime': 'Never said up front; the only such line is hidden.',
      'privacy.connection-guide': '"Walkthrough: hooking up Square, step by step" on the app\u2019s help site.',
      'privacy.statistics': 'No figures about customers or security (the "3,000 shops" line sits on an archived frame).',
      'privacy.support-contacts': 'No phone, email, chat or form anywhere in the flow.',
      'privacy.powered-by': 'No provider mark in the flow (only on the archive page).',
      'privacy.mutual-nda': 'No NDA.',
      'platform.explain-redirect': '"We\u2019re bouncing you over to Square… you\u2019ll land right back here".',
      'platform.accurate-branding': 'Lightspeed Retail (X-Series) vs (R-Series), Square Point of Sale, Shopify POS, with logos.',
      'platform.search': '"Search registers and stores" field.',
      'platform.alternatives': 'No route for a register that is not listed.',
      'platform.non-linear': '"Send this to your manager · Do it later" on the picker; "I\u2019ll do it later" on the dashboard.',
      'platform.multiple-connections': 'Summary: Square "Connected ✓", Shopify "Needs approval", "+ Plug in another".',
      'connection.view-live': 'Integrations table with app, hooked-up date/time, last sync.',
      'connection.delete': '"Unlink" per app with a confirmation ("Delete product" is a look-alike).',
      'connection.refresh': '"Sync now" per app.',
      'connection.syncing-indicator': 'Spinner with "Syncing…" on the summary and the table.',
    },
    flow: { startFrameId: ids.signup, connectFrameId: ids.dash, stepsToConnect: 4, deadEnds: [] },
  };
  return { doc, truth, connectFrames: [ids.dash, ids.choose, ids.inventory, ids.integrations, ids.email], signupFrame: ids.signup };
}

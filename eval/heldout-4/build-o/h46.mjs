// h46: project invoicing for architecture studios, desktop 1280x800, UK English.
import { builder, C, rgb, solid, go, act, canvas, file, btnInst, btnFrame, btnGroup, link, checkbox, search, logo } from './lib.mjs';

const W = 1280;
const H = 800;
const teal = rgb('#1F5C5A');
const clay = rgb('#C2643B');
const muted = rgb('#6B6F76');

export const name = 'h46-architecture-studio-invoicing-desktop';

export function build() {
  const B = builder();

  // Page 2: components
  B.setPage(2);
  const btnDefault = B.component('Property 1=Default', 0, 0, 200, 44, { fills: solid(teal), cornerRadius: 6 }, [B.text('Label', 16, 12, 168, 20, { color: C.white, weight: 600 })]);
  const btnHover = B.component('Property 1=Hover', 0, 60, 200, 44, { fills: solid(rgb('#174846')), cornerRadius: 6 }, [B.text('Label', 16, 12, 168, 20, { color: C.white, weight: 600 })]);
  go(btnDefault, btnHover.id, 'CHANGE_TO', 'ON_HOVER');
  const btnSet = B.componentSet('Comp / Action / Large', 40, 40, 240, 120, [btnDefault, btnHover]);
  const tick = B.component('tick-box', 320, 40, 20, 20, { fills: solid(C.white), strokes: solid(C.grey), cornerRadius: 3 });
  const navItem = B.component('nav item', 380, 40, 200, 36, { fills: [] }, [B.vec('Vector', 12, 10, 16, 16), B.text('Item', 40, 9, 140, 18)]);
  const compPage = canvas(B, '🧩 Components', [btnSet, tick, navItem]);

  // Page 3: flow
  B.setPage(3);
  const ids = {};
  const screens = [];
  const frameAt = (key, title, col, row, kids, props = {}) => {
    const f = B.frame(title, col * (W + 120), row * (H + 160), W, H, { fills: solid(rgb('#FAF8F5')), clipsContent: true, ...props }, kids);
    ids[key] = f.id;
    screens.push(f);
    return f;
  };
  const pend = []; // deferred links [node, key, nav]
  const to = (node, key, nav = 'NAVIGATE') => { pend.push([node, key, nav]); return node; };

  const header = (stepTxt) => B.auto('Auto layout', 'HORIZONTAL', 0, 0, W, 64, { fills: solid(C.white), paddingLeft: 40, paddingRight: 40, counterAxisAlignItems: 'CENTER', primaryAxisAlignItems: 'SPACE_BETWEEN' }, [
    B.group('Group 3', 40, 20, 140, 24, [B.vec('Vector', 0, 0, 24, 24, { fills: solid(teal) }), B.text('Drawline', 32, 2, 100, 20, { size: 18, weight: 700 })]),
    stepTxt ? B.text(stepTxt, 1000, 22, 240, 20, { size: 13, color: muted, align: 'RIGHT' }) : null,
  ]);
  const progress = (k) => B.group('Group 12', 40, 64, W - 80, 4, [B.rect('Rectangle 4', 0, 0, W - 80, 4, { fills: solid(C.line) }), B.rect('Rectangle 5', 0, 0, (W - 80) * k / 4, 4, { fills: solid(clay) })]);

  // 1. Sign up
  const s1cta = btnInst(B, btnDefault.id, 'Create my studio account', 0, 360, 400, 48, { name: 'Comp / Action / Large' });
  to(s1cta, 's2');
  const s1terms = link(B, 'Terms', 0, 430, 60, muted, { deco: 'UNDERLINE', size: 12 });
  const s1pricing = link(B, 'See plans & pricing', 80, 430, 160, teal, { size: 12 });
  to(s1pricing, 'pricing');
  frameAt('s1', 'Frame 427', 0, 0, [
    header(null),
    B.auto('Auto layout', 'VERTICAL', 440, 140, 400, 480, { itemSpacing: 16 }, [
      B.text('Invoice by fee stage, not by spreadsheet', 0, 0, 400, 64, { size: 28, weight: 700 }),
      B.text('Set up your practice in a few minutes. No card needed for the 30-day trial.', 0, 76, 400, 40, { size: 15, color: muted }),
      B.frame('Frame 31', 0, 132, 400, 48, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('Work email', 12, 14, 300, 20, { color: muted })]),
      B.frame('Frame 32', 0, 192, 400, 48, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('Password', 12, 14, 300, 20, { color: muted })]),
      B.frame('Frame 33', 0, 252, 400, 48, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('Practice name', 12, 14, 300, 20, { color: muted })]),
      s1cta,
      B.auto('Auto layout', 'HORIZONTAL', 0, 430, 400, 18, { itemSpacing: 16 }, [s1terms, s1pricing]),
      B.text('Trusted by 1,200 UK practices', 0, 460, 400, 18, { size: 12, color: muted, visible: false, name: 'proof (off for launch)' }),
    ]),
  ]);

  // 2. Studio details
  const s2next = btnFrame(B, 'Continue', 880, 690, 160, 44, teal, { name: 'Btn' });
  to(s2next, 's3');
  const s2back = link(B, 'Back', 780, 702, 60, muted);
  act(s2back, { type: 'BACK' });
  frameAt('s2', 'Studio details', 1, 0, [
    header('Step 1 of 4 · Your studio'), progress(1),
    B.auto('Auto layout', 'VERTICAL', 240, 120, 800, 520, { itemSpacing: 20 }, [
      B.text('Tell us about your studio', 0, 0, 800, 36, { size: 26, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 56, 800, 72, { itemSpacing: 24 }, [
        B.auto('Auto layout', 'VERTICAL', 0, 0, 388, 72, { itemSpacing: 6 }, [
          B.text('Registered name', 0, 0, 388, 18, { size: 13, weight: 600 }),
          B.frame('Frame 41', 0, 24, 388, 44, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('e.g. Harrow & Finch Architects Ltd', 12, 12, 360, 20, { color: muted })]),
        ]),
        B.auto('Auto layout', 'VERTICAL', 412, 0, 388, 72, { itemSpacing: 6 }, [
          B.text('RIBA chartered practice no.', 0, 0, 388, 18, { size: 13, weight: 600 }),
          B.frame('Frame 42', 0, 24, 388, 44, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('Optional', 12, 12, 360, 20, { color: muted })]),
        ]),
      ]),
      B.text('How do you bill?', 0, 150, 800, 20, { size: 15, weight: 600 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 180, 800, 90, { itemSpacing: 16 }, [
        B.frame('Frame 51', 0, 0, 256, 90, { strokes: solid(teal), cornerRadius: 8 }, [B.text('RIBA Plan of Work stages\n0 – 7', 16, 16, 220, 40, { weight: 600 })]),
        B.frame('Frame 52', 272, 0, 256, 90, { strokes: solid(C.line), cornerRadius: 8 }, [B.text('Percentage of build cost', 16, 16, 220, 40, { weight: 600 })]),
        B.frame('Frame 53', 544, 0, 256, 90, { strokes: solid(C.line), cornerRadius: 8 }, [B.text('Hourly / time sheets', 16, 16, 220, 40, { weight: 600 })]),
      ]),
    ]),
    s2back, s2next,
  ]);

  // 3. Connect decision point
  const s3cta = btnInst(B, btnDefault.id, 'Connect your accounts package', 0, 0, 300, 48, { name: 'cta/primary' });
  to(s3cta, 's4');
  const s3faq = link(B, 'Got questions? Read the FAQs ↗', 0, 0, 260, teal, { deco: 'UNDERLINE' });
  act(s3faq, { type: 'URL', url: 'https://help.drawline.example/faq/integrations' });
  const s3guide = link(B, 'Step-by-step: how linking your ledger works', 0, 0, 320, teal, { deco: 'UNDERLINE' });
  to(s3guide, 'guide', 'OVERLAY');
  const s3invite = link(B, 'Invite your bookkeeper', 0, 0, 180, teal);
  to(s3invite, 'invite', 'OVERLAY');
  const s3later = link(B, 'Finish later', 0, 0, 100, muted);
  to(s3later, 'dash');
  frameAt('s3', 'Frame 428', 2, 0, [
    header('Step 2 of 4 · Your books'), progress(2),
    B.auto('Auto layout', 'HORIZONTAL', 120, 110, 1040, 600, { itemSpacing: 48 }, [
      B.auto('Auto layout', 'VERTICAL', 0, 0, 560, 600, { itemSpacing: 20 }, [
        B.text('Raise fee-stage invoices without re-keying a thing', 0, 0, 560, 72, { size: 28, weight: 700 }),
        B.auto('Auto layout', 'VERTICAL', 0, 92, 560, 250, { itemSpacing: 14 }, [
          B.auto('Auto layout', 'HORIZONTAL', 0, 0, 560, 60, { itemSpacing: 12 }, [
            B.ellipse('Ellipse 2', 0, 0, 28, 28, { fills: solid(rgb('#E7EFEE')) }),
            B.text('What you get — invoices go out on the day a stage is signed off, and overdue fees are chased for you.', 40, 0, 520, 60, { size: 15 }),
          ]),
          B.auto('Auto layout', 'HORIZONTAL', 0, 74, 560, 80, { itemSpacing: 12 }, [
            B.ellipse('Ellipse 3', 0, 0, 28, 28, { fills: solid(rgb('#E7EFEE')) }),
            B.text('What we use — we read your clients, nominal codes and VAT rates from your accounts package, and send finished invoices back into it. Bank-feed transactions are read only, to mark invoices as paid.', 40, 0, 520, 80, { size: 15 }),
          ]),
          B.auto('Auto layout', 'HORIZONTAL', 0, 168, 560, 40, { itemSpacing: 12 }, [
            B.ellipse('Ellipse 4', 0, 0, 28, 28, { fills: solid(rgb('#E7EFEE')) }),
            B.text('Next — pick your software below and approve access.', 40, 0, 520, 40, { size: 15 }),
          ]),
        ]),
        B.auto('Auto layout', 'HORIZONTAL', 0, 360, 560, 24, { itemSpacing: 10, counterAxisAlignItems: 'CENTER' }, [
          checkbox(B, 0, 2, 'INSTANCE', { compId: tick.id }),
          B.text('I’m happy for Drawline to access my studio’s accounts as set out in the ', 30, 3, 420, 18, { size: 13 }),
          link(B, 'Data Privacy Notice', 452, 3, 120, teal, { deco: 'UNDERLINE' }),
        ]),
        s3cta,
        B.auto('Auto layout', 'HORIZONTAL', 0, 460, 560, 18, { itemSpacing: 16 }, [s3invite, B.text('·', 0, 0, 8, 18, { color: muted }), s3later]),
      ]),
      B.auto('Auto layout', 'VERTICAL', 608, 0, 432, 600, { itemSpacing: 16, fills: solid(C.white), cornerRadius: 12, paddingLeft: 24, paddingTop: 24 }, [
        B.vec('Vector', 0, 0, 28, 32, { fills: solid(teal) }),
        B.text('Your data stays yours', 0, 44, 384, 24, { size: 18, weight: 600 }),
        B.text('Connections are encrypted end to end and we never pass your figures to third parties unless you say so.', 0, 76, 384, 60, { size: 14, color: muted }),
        B.text('You can unlink Drawline from your accounts whenever you like — Settings\u00a0›\u00a0Integrations — and we stop reading straight away.', 0, 148, 384, 60, { size: 14, color: muted }),
        s3faq,
        s3guide,
      ]),
    ]),
  ]);

  // 4. Platform picker
  const card = (nm, ref, x, y, key) => {
    const f = B.frame(`Frame ${x + y}`, x, y, 240, 72, { strokes: solid(C.line), cornerRadius: 8, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 16, counterAxisAlignItems: 'CENTER' }, [
      logo(B, ref, 16, 20, 32), B.text(nm, 60, 18, 170, 36, { size: 14, weight: 600 }),
    ]);
    if (key) to(f, key);
    return f;
  };
  const s4upload = link(B, 'Can’t see yours? Upload a CSV export of your sales ledger instead', 0, 0, 460, teal, { deco: 'UNDERLINE' });
  to(s4upload, 'upload');
  frameAt('s4', 'Choose software', 3, 0, [
    header('Step 3 of 4 · Choose software'), progress(3),
    B.auto('Auto layout', 'VERTICAL', 160, 100, 960, 660, { itemSpacing: 20 }, [
      B.text('Where do you keep your books?', 0, 0, 960, 36, { size: 26, weight: 700 }),
      search(B, 'Search 40+ apps and banks', 0, 52, 480, 44, { name: 'Frame 61' }),
      B.text('Accounting', 0, 116, 960, 24, { size: 18, weight: 600 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 150, 960, 72, { itemSpacing: 16 }, [
        card('Xero', 'img-xero', 0, 0, 's5'),
        card('QuickBooks Online', 'img-qbo', 256, 0, 's5'),
        card('Sage Business Cloud Accounting', 'img-sbca', 512, 0),
        card('FreeAgent', 'img-freeagent', 768, 0),
      ]),
      B.text('Bank feeds', 0, 248, 960, 24, { size: 18, weight: 600 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 282, 960, 72, { itemSpacing: 16 }, [
        card('Barclays Business', 'img-barclays', 0, 0),
        card('HSBC UK Business', 'img-hsbc', 256, 0),
        card('NatWest', 'img-natwest', 512, 0),
        card('Starling Bank', 'img-starling', 768, 0),
      ]),
      s4upload,
    ]),
  ]);

  // 5. Redirect explanation (overlay-like frame)
  const s5go = btnFrame(B, 'Continue to Xero', 0, 0, 220, 44, teal);
  to(s5go, 's6');
  const s5x = B.vec('Vector', 500, 24, 16, 16);
  act(s5x, { type: 'CLOSE' });
  frameAt('s5', 'Frame 430', 4, 0, [
    B.rect('Rectangle 9', 0, 0, W, H, { fills: solid({ r: 0, g: 0, b: 0, a: 0.45 }) }),
    B.frame('Frame 431', 380, 220, 540, 320, { cornerRadius: 12 }, [
      s5x,
      B.auto('Auto layout', 'VERTICAL', 40, 40, 460, 240, { itemSpacing: 16 }, [
        B.auto('Auto layout', 'HORIZONTAL', 0, 0, 460, 40, { itemSpacing: 12 }, [logo(B, 'img-xero', 0, 0, 40), B.text('Heading over to Xero', 52, 6, 400, 28, { size: 22, weight: 700 })]),
        B.text('We’ll open Xero’s own sign-in page in this tab. Log in there, choose your organisation and press Allow access — Xero then sends you straight back to Drawline.', 0, 56, 460, 80, { size: 15, color: muted }),
        s5go,
      ]),
    ]),
  ]);

  // 6. Connected state + prefill
  const s6add = link(B, '+ Link another account', 0, 0, 220, teal, { weight: 600 });
  to(s6add, 's4');
  const s6done = btnGroup(B, 'Looks right — take me in', 0, 0, 240, 44, teal, { rname: 'Rectangle 20' });
  to(s6done, 'dash');
  frameAt('s6', 'Frame 432', 0, 1, [
    header('Step 4 of 4 · Check details'), progress(4),
    B.auto('Auto layout', 'HORIZONTAL', 120, 110, 1040, 620, { itemSpacing: 40 }, [
      B.auto('Auto layout', 'VERTICAL', 0, 0, 460, 620, { itemSpacing: 14 }, [
        B.text('Your connections', 0, 0, 460, 28, { size: 20, weight: 600 }),
        B.frame('Frame 71', 0, 40, 460, 64, { strokes: solid(C.line), cornerRadius: 8 }, [logo(B, 'img-xero', 16, 16, 32), B.text('Xero', 60, 22, 200, 20, { weight: 600 }), B.text('Connected ✓', 330, 22, 110, 20, { color: teal, weight: 600 })]),
        B.frame('Frame 72', 0, 116, 460, 64, { strokes: solid(C.line), cornerRadius: 8 }, [logo(B, 'img-barclays', 16, 16, 32), B.text('Barclays Business', 60, 22, 200, 20, { weight: 600 }), B.text('Waiting for approval', 300, 22, 150, 20, { color: clay })]),
        s6add,
      ]),
      B.auto('Auto layout', 'VERTICAL', 500, 0, 540, 620, { itemSpacing: 12, fills: solid(C.white), cornerRadius: 12, paddingLeft: 24, paddingTop: 24 }, [
        B.text('We’ve filled these in from Xero', 0, 0, 492, 28, { size: 20, weight: 600 }),
        B.text('Company number', 0, 40, 492, 16, { size: 12, color: muted }),
        B.frame('Frame 81', 0, 60, 492, 40, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('09876543', 12, 10, 300, 20)]),
        B.text('VAT registration', 0, 112, 492, 16, { size: 12, color: muted }),
        B.frame('Frame 82', 0, 132, 492, 40, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('GB 123 4567 89', 12, 10, 300, 20)]),
        B.text('Registered office', 0, 184, 492, 16, { size: 12, color: muted }),
        B.frame('Frame 83', 0, 204, 492, 60, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('14 Clerkenwell Close\nLondon EC1R 0AA', 12, 10, 300, 40)]),
        B.text('Accounts contact', 0, 276, 492, 16, { size: 12, color: muted }),
        B.frame('Frame 84', 0, 296, 492, 40, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('Priya Shah — accounts@harrowfinch.co.uk', 12, 10, 400, 20)]),
        s6done,
      ]),
    ]),
  ]);

  // Sidebar used in app screens
  const sidebar = (active) => {
    const items = ['Projects', 'Fee stages', 'Invoices', 'Clients', 'Integrations', 'Settings'];
    const kids = items.map((t, i) => {
      const it = B.inst(navItem.id, 'nav item', 12, 80 + i * 40, 200, 36, { fills: t === active ? solid(rgb('#E7EFEE')) : [] }, [B.vec('Vector', 12, 10, 16, 16), B.text(t, 40, 9, 140, 18, { weight: t === active ? 600 : 400 })]);
      if (t === 'Integrations') to(it, 'integrations');
      if (t === 'Projects') to(it, 'dash');
      return it;
    });
    const help = B.text('Help', 24, 740, 100, 18, { color: muted });
    to(help, 'help', 'OVERLAY');
    return B.frame('Frame 500', 0, 0, 224, H, { fills: solid(C.white), strokes: solid(C.line) }, [
      B.group('Group 3', 24, 24, 140, 24, [B.vec('Vector', 0, 0, 24, 24, { fills: solid(teal) }), B.text('Drawline', 32, 2, 100, 20, { size: 18, weight: 700 })]),
      ...kids, help,
    ]);
  };

  // 7. Dashboard with contextual connect prompt
  const s7bank = btnFrame(B, 'Link bank feed', 0, 0, 160, 40, clay);
  to(s7bank, 's4');
  const s7share = link(B, 'Share to LinkedIn', 0, 0, 140, muted, { size: 12 });
  act(s7share, { type: 'URL', url: 'https://www.linkedin.com/sharing/share-offsite/' });
  frameAt('dash', 'Dashboard', 1, 1, [
    sidebar('Projects'),
    B.auto('Auto layout', 'VERTICAL', 256, 32, 992, 736, { itemSpacing: 20 }, [
      B.text('Good morning, Harrow & Finch', 0, 0, 992, 32, { size: 24, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 52, 992, 96, { itemSpacing: 16 }, [
        B.frame('Frame 611', 0, 0, 320, 96, { cornerRadius: 10 }, [B.text('Billed this quarter', 16, 16, 280, 16, { size: 12, color: muted }), B.text('£84,260', 16, 40, 280, 32, { size: 26, weight: 700 })]),
        B.frame('Frame 612', 336, 0, 320, 96, { cornerRadius: 10 }, [B.text('Awaiting payment', 16, 16, 280, 16, { size: 12, color: muted }), B.text('£21,900', 16, 40, 280, 32, { size: 26, weight: 700 })]),
        B.frame('Frame 613', 672, 0, 320, 96, { cornerRadius: 10 }, [B.text('Stages ready to bill', 16, 16, 280, 16, { size: 12, color: muted }), B.text('7', 16, 40, 280, 32, { size: 26, weight: 700 })]),
      ]),
      B.frame('Frame 620', 0, 168, 992, 300, { cornerRadius: 10 }, [
        B.text('Cash collected by RIBA stage', 24, 20, 600, 24, { size: 18, weight: 600 }),
        B.rect('Rectangle 31', 24, 64, 944, 200, { fills: solid(C.pale) }),
        B.auto('Auto layout', 'VERTICAL', 296, 100, 400, 130, { itemSpacing: 12, counterAxisAlignItems: 'CENTER' }, [
          B.text('See money in against every stage — link your business bank feed and we’ll match payments to invoices.', 0, 0, 400, 60, { size: 14, align: 'CENTER' }),
          s7bank,
        ]),
      ]),
      B.frame('Frame 630', 0, 488, 992, 200, { cornerRadius: 10 }, [
        B.text('Recent projects', 24, 20, 400, 22, { size: 16, weight: 600 }),
        B.text('Canal Street Lofts — Stage 4 Technical design — £12,400', 24, 60, 700, 18),
        B.text('Ashdown Primary extension — Stage 2 Concept — £6,150', 24, 92, 700, 18),
        B.text('Mill Lane Studio — Stage 5 Manufacturing & construction — £9,800', 24, 124, 700, 18),
        s7share,
      ]),
    ]),
  ]);

  // 8. Integrations settings
  const row = (nm, ref, first, last, cur, status, spin) => {
    const syncBtn = btnGroup(B, 'Sync now', 700, 14, 96, 32, C.white, { color: teal, stroke: teal, rname: 'Rectangle 40' });
    to(syncBtn, 'integrations', 'SWAP');
    const rm = link(B, 'Disconnect', 820, 20, 90, rgb('#B3261E'));
    to(rm, 'unlink', 'OVERLAY');
    return B.frame(`Frame ${nm.length}`, 0, 0, 992, 60, { strokes: solid(C.line), layoutMode: 'HORIZONTAL', itemSpacing: 16, counterAxisAlignItems: 'CENTER' }, [
      logo(B, ref, 16, 14, 32),
      B.text(nm, 60, 20, 180, 18, { weight: 600 }),
      B.text(first, 250, 20, 150, 18, { size: 13 }),
      B.text(last, 410, 20, 150, 18, { size: 13 }),
      B.text(cur, 570, 20, 50, 18, { size: 13 }),
      spin ? B.group('Group 41', 630, 20, 60, 18, [B.vec('Vector', 0, 0, 18, 18, { fills: [], strokes: solid(teal) }), B.text(status, 24, 0, 60, 18, { size: 12, color: teal })]) : B.text(status, 630, 20, 60, 18, { size: 12, color: teal }),
      syncBtn, rm,
    ]);
  };
  const delAcc = link(B, 'Delete account', 0, 0, 140, rgb('#B3261E'));
  const addConn = btnFrame(B, '+ Add connection', 0, 0, 170, 40, teal);
  to(addConn, 's4');
  frameAt('integrations', 'Integrations', 2, 1, [
    sidebar('Integrations'),
    B.auto('Auto layout', 'VERTICAL', 256, 32, 992, 736, { itemSpacing: 16 }, [
      B.auto('Auto layout', 'HORIZONTAL', 0, 0, 992, 40, { primaryAxisAlignItems: 'SPACE_BETWEEN' }, [B.text('Integrations', 0, 4, 400, 32, { size: 24, weight: 700 }), addConn]),
      B.auto('Auto layout', 'HORIZONTAL', 0, 60, 992, 20, { itemSpacing: 16 }, [
        B.text('Account', 60, 0, 180, 16, { size: 12, color: muted }), B.text('Linked on', 250, 0, 150, 16, { size: 12, color: muted }),
        B.text('Last sync', 410, 0, 150, 16, { size: 12, color: muted }), B.text('Currency', 570, 0, 60, 16, { size: 12, color: muted }),
      ]),
      B.auto('Auto layout', 'VERTICAL', 0, 90, 992, 180, { itemSpacing: 0 }, [
        row('Xero', 'img-xero', '3 Mar 2025, 09:14', 'Today, 08:02', 'GBP', 'Live', false),
        row('Barclays Business ••4417', 'img-barclays', '3 Mar 2025, 09:20', 'Syncing…', 'GBP', 'Syncing…', true),
        row('Starling Bank ••0932', 'img-starling', '11 Apr 2025, 16:45', 'Yesterday, 23:00', 'EUR', 'Live', false),
      ]),
      B.text('Sync history', 0, 300, 400, 22, { size: 16, weight: 600 }),
      B.text('Today 08:02  Xero  214 invoices, 36 contacts\nToday 07:30  Barclays  58 transactions\nYesterday 23:00  Starling  12 transactions', 0, 330, 700, 60, { size: 13, font: 'IBM Plex Mono' }),
      B.frame('Frame 700', 0, 640, 992, 80, { strokes: solid(rgb('#F0C8C4')), cornerRadius: 8 }, [B.text('Danger zone', 16, 12, 400, 18, { weight: 600 }), B.text('Closing your Drawline account removes all projects and invoices.', 16, 36, 600, 18, { size: 13, color: muted }), delAcc]),
    ]),
  ]);

  // 9. Unlink confirmation overlay
  const unYes = btnFrame(B, 'Revoke access', 0, 0, 160, 40, rgb('#B3261E'));
  to(unYes, 'integrations');
  const unNo = link(B, 'Keep it', 0, 0, 80, muted);
  act(unNo, { type: 'CLOSE' });
  frameAt('unlink', 'Frame 433', 3, 1, [
    B.rect('Rectangle 9', 0, 0, W, H, { fills: solid({ r: 0, g: 0, b: 0, a: 0.45 }) }),
    B.auto('Auto layout', 'VERTICAL', 420, 260, 440, 240, { fills: solid(C.white), cornerRadius: 12, itemSpacing: 16, paddingLeft: 32, paddingTop: 32 }, [
      B.text('Disconnect Xero?', 0, 0, 380, 28, { size: 22, weight: 700 }),
      B.text('Drawline will stop reading from and writing to Xero. Invoices already sent stay in both places.', 0, 44, 380, 60, { size: 14, color: muted }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 120, 380, 40, { itemSpacing: 16 }, [unYes, unNo]),
    ]),
  ]);

  // 10. Help drawer
  const helpClose = B.vec('Vector', 380, 24, 16, 16);
  act(helpClose, { type: 'CLOSE' });
  frameAt('help', 'Frame 434', 4, 1, [
    B.rect('Rectangle 9', 0, 0, W, H, { fills: solid({ r: 0, g: 0, b: 0, a: 0.3 }) }),
    B.frame('Frame 435', W - 420, 0, 420, H, {}, [
      helpClose,
      B.auto('Auto layout', 'VERTICAL', 32, 64, 356, 600, { itemSpacing: 16 }, [
        B.text('Need a hand?', 0, 0, 356, 28, { size: 22, weight: 700 }),
        B.text('☎ 020 7946 0321 (Mon–Fri, 9–5:30)', 0, 44, 356, 20),
        B.text('✉ hello@drawline.co.uk', 0, 76, 356, 20),
        link(B, 'Open a support ticket', 0, 108, 200, teal, { deco: 'UNDERLINE', size: 14 }),
        B.text('Live chat — back at 9am', 0, 140, 356, 20, { color: muted }),
      ]),
    ]),
  ]);

  // 11. Connection guide overlay
  const gClose = link(B, 'Close', 0, 0, 60, teal);
  act(gClose, { type: 'CLOSE' });
  frameAt('guide', 'How linking works', 0, 2, [
    B.auto('Auto layout', 'VERTICAL', 240, 80, 800, 640, { itemSpacing: 16 }, [
      B.text('Linking your ledger: a walkthrough', 0, 0, 800, 36, { size: 26, weight: 700 }),
      B.text('1\u2002Choose Xero, QuickBooks Online, Sage or FreeAgent\n2\u2002Sign in on their site with an adviser or standard login\n3\u2002Pick the organisation that holds your studio’s books\n4\u2002Map fee stages to nominal codes (we suggest defaults)', 0, 52, 800, 110, { size: 15 }),
      B.text('Bank feeds use Open Banking and need re-approving every 90 days; we’ll email you a week before.', 0, 180, 800, 40, { size: 14, color: muted }),
      gClose,
    ]),
  ]);

  // 12. Invite overlay
  const invSend = btnFrame(B, 'Send invite', 0, 0, 140, 40, teal);
  act(invSend, { type: 'CLOSE' });
  frameAt('invite', 'Frame 436', 1, 2, [
    B.auto('Auto layout', 'VERTICAL', 400, 240, 480, 280, { fills: solid(C.white), cornerRadius: 12, itemSpacing: 14, paddingLeft: 32, paddingTop: 32 }, [
      B.text('Hand this step to someone else', 0, 0, 416, 28, { size: 20, weight: 700 }),
      B.text('We’ll email them a link that drops them straight onto the software picker. Your progress is saved.', 0, 40, 416, 40, { size: 14, color: muted }),
      B.frame('Frame 91', 0, 96, 416, 44, { strokes: solid(C.line), cornerRadius: 6 }, [B.text('bookkeeper@…', 12, 12, 300, 20, { color: muted })]),
      invSend,
    ]),
  ]);

  // 13. Upload alternative
  const upDone = btnFrame(B, 'Upload and continue', 0, 0, 200, 44, teal);
  to(upDone, 'dash');
  frameAt('upload', 'Frame 437', 2, 2, [
    header('Step 3 of 4 · Upload instead'),
    B.auto('Auto layout', 'VERTICAL', 340, 140, 600, 480, { itemSpacing: 16 }, [
      B.text('Import from a file', 0, 0, 600, 32, { size: 24, weight: 700 }),
      B.text('Export your sales ledger and client list as CSV or XLSX from any package and drop them here.', 0, 44, 600, 40, { size: 14, color: muted }),
      B.frame('Frame 92', 0, 100, 600, 200, { strokes: solid(C.line), cornerRadius: 10, dashPattern: [6, 4] }, [B.vec('Vector', 284, 60, 32, 32), B.text('Drag files here or browse', 200, 110, 200, 20, { align: 'CENTER', color: muted })]),
      upDone,
    ]),
  ]);

  // 14. Pricing — no way forward
  frameAt('pricing', 'Pricing', 3, 2, [
    header(null),
    B.auto('Auto layout', 'VERTICAL', 240, 120, 800, 560, { itemSpacing: 20 }, [
      B.text('Plans for studios of every size', 0, 0, 800, 36, { size: 28, weight: 700 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 60, 800, 300, { itemSpacing: 16 }, [
        B.frame('Frame 801', 0, 0, 256, 300, { strokes: solid(C.line), cornerRadius: 10 }, [B.text('Sole practitioner', 20, 20, 200, 22, { weight: 600 }), B.text('£12 / month', 20, 56, 200, 30, { size: 24, weight: 700 })]),
        B.frame('Frame 802', 272, 0, 256, 300, { strokes: solid(teal), cornerRadius: 10 }, [B.text('Studio', 20, 20, 200, 22, { weight: 600 }), B.text('£24 / seat / month', 20, 56, 220, 30, { size: 24, weight: 700 })]),
        B.frame('Frame 803', 544, 0, 256, 300, { strokes: solid(C.line), cornerRadius: 10 }, [B.text('Practice', 20, 20, 200, 22, { weight: 600 }), B.text('Talk to us', 20, 56, 200, 30, { size: 24, weight: 700 })]),
      ]),
      B.text('Prices exclude VAT. Cancel your subscription at the end of any month.', 0, 380, 800, 20, { size: 13, color: muted }),
    ]),
  ]);

  for (const [node, key, nav] of pend) go(node, ids[key], nav);
  const section = B.section('Onboarding v3 — signed off', -80, -80, 5 * (W + 120) + 40, 3 * (H + 160) + 40, []);
  // Move screens into the section, keeping absolute positions: children are relative to the section origin.
  for (const s of screens) { s._r.x += 80; s._r.y += 80; }
  section.children = screens;
  const notes = B.frame('Frame 9', -80, 3 * (H + 160) + 40, 600, 200, { fills: solid(rgb('#FFF6C9')) }, [B.text('Open questions:\n– Do we need Sage 50 (desktop)?\n– Legal to confirm privacy notice wording', 24, 24, 552, 80)]);
  const flowPage = canvas(B, 'Flow — onboarding', [section, notes], { flows: [{ nodeId: ids.s1, name: 'Studio sign-up' }] });

  // Page 1: cover
  B.setPage(1);
  const cover = canvas(B, 'Cover', [B.frame('Cover', 0, 0, 1920, 1080, { fills: solid(teal) }, [
    B.text('Drawline — Onboarding & integrations', 120, 400, 1400, 80, { size: 64, weight: 700, color: C.white }),
    B.text('Status: ready for dev · v3 · Nov', 120, 500, 800, 30, { size: 24, color: C.white }),
  ])]);

  // Page 4: archive
  B.setPage(4);
  const oldCta = btnFrame(B, 'Sync with Xero', 80, 300, 200, 44, teal);
  const archive = canvas(B, 'Archive (v1)', [B.frame('Connect v1', 0, 0, W, H, {}, [
    B.text('Connect Xero', 80, 80, 600, 36, { size: 28, weight: 700 }),
    B.text('Over 98% of studios connect in under two minutes', 80, 140, 600, 20, { color: muted }),
    B.text('Powered by a secure connection partner', 80, 180, 600, 20, { color: muted }),
    oldCta,
  ])]);

  const doc = file(B, 'Drawline — onboarding (desktop)', '2025-06-12T10:41:07Z', [cover, flowPage, compPage, archive]);

  const truth = {
    file: `${name}.json`,
    kind: 'onboarding',
    description: 'Drawline, project invoicing for UK architecture studios, desktop 1280x800 with a sidebar app shell. Sign-up, studio details, a three-part value screen, a grouped software picker (accounting and bank feeds), a redirect explainer, a connected/prefill check, dashboard with an in-chart bank-feed prompt, an Integrations settings table, and overlays for unlinking, help, a walkthrough and inviting a bookkeeper. A Pricing screen off sign-up has no way forward.',
    present: [
      'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
      'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts',
      'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
      'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
    ],
    absent: ['funnel.greeting-email', 'funnel.social-proof', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda'],
    notes: {
      'funnel.three-actions': 'Sign-up → studio details → connect screen: two clicks.',
      'funnel.cta-visible': 'Main CTA on its own onboarding step, and "Integrations" is a permanent sidebar entry.',
      'funnel.prefill': 'After connecting, company number, VAT number, registered office and accounts contact are shown filled from Xero.',
      'value.three-part': 'Connect screen has what you get / what we use (direction stated) / next, with one primary button.',
      'value.contextual-ctas': 'Dashboard chart "Cash collected by RIBA stage" carries a "Link bank feed" button.',
      'value.faq-link': '"Got questions? Read the FAQs" beside the value message.',
      'value.progress-meter': 'Onboarding steps carry "Step n of 4" and a progress bar.',
      'privacy.data-scope': 'Names clients, nominal codes and VAT rates read from the accounts package, invoices sent back, bank transactions read only.',
      'privacy.trust-language': '"encrypted end to end", "never pass your figures to third parties unless you say so".',
      'privacy.consent-action': 'Tick box with a Data Privacy Notice link above the connect button.',
      'privacy.disconnect-anytime': '"You can unlink Drawline from your accounts whenever you like".',
      'privacy.connection-guide': 'Own walkthrough overlay "Linking your ledger" reached from the connect screen.',
      'privacy.support-contacts': 'Help drawer lists phone, email, a support-ticket form and chat.',
      'platform.explain-redirect': '"Heading over to Xero" modal explains the sign-in on Xero and the return.',
      'platform.grouped-categories': '"Accounting" and "Bank feeds" headings over card rows.',
      'platform.accurate-branding': 'Logos plus full names, e.g. QuickBooks Online, Sage Business Cloud Accounting.',
      'platform.search': '"Search 40+ apps and banks" field over the cards.',
      'platform.alternatives': 'CSV/XLSX upload path when the software is not listed.',
      'platform.non-linear': 'Invite your bookkeeper, finish later; the invite keeps progress.',
      'platform.multiple-connections': 'Connected ✓ / Waiting for approval rows and "+ Link another account".',
      'connection.view-live': 'Integrations table: account, linked-on date, last sync, currency, sync history.',
      'connection.delete': '"Disconnect" per row with a "Revoke access" confirmation.',
      'connection.refresh': '"Sync now" per row.',
      'connection.syncing-indicator': 'Barclays row shows a spinner with "Syncing…".',
      'funnel.greeting-email': 'No email frame anywhere.',
      'funnel.social-proof': 'The only "Trusted by" line is a hidden layer on sign-up; the archive page is an old version, not the flow.',
      'privacy.statistics': 'No figures in the live flow (hidden layer and archived v1 only).',
      'privacy.powered-by': 'Only on the archived v1 frame, not in the current flow.',
      'privacy.mutual-nda': 'No NDA offer.',
    },
  };
  const candidates = [ids.s3, ids.dash, ids.integrations];
  return { doc, truth, candidates };
}

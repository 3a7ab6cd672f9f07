// d73 — payroll for small optician chains, desktop 1440, UK English.
import { createBuilder, WRITTEN_BY } from './lib.mjs';

export const NAME = 'd73-optician-chain-payroll-desktop';

export function build() {
  const b = createBuilder();
  const { frame, auto, text, rect, vector, group, section, instance, component, componentSet, go, back, close, url, hide,
    btnFrame, btnGroup, link, search, logo, field, bar, line } = b;
  const W = 1440; const H = 1024;
  const INK = '#17223b'; const TEAL = '#0f766e';

  // components page
  b.setPage(3, 2);
  const cDef = component('Property 1=Default', 20, 20, 200, 48, { fill: TEAL, radius: 10 }, [text('Button', 20, 14, 160, 20, { size: 15, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  const cHover = component('Property 1=Hover', 20, 88, 200, 48, { fill: '#115e59', radius: 10 }, [text('Button', 20, 14, 160, 20, { size: 15, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  go(cDef, cHover.id, 'CHANGE_TO');
  cDef.interactions[0].trigger = { type: 'ON_HOVER' };
  const cSet = componentSet('Comp / Action / Large', 40, 40, 240, 160, [cDef, cHover]);
  const cGhost = component('Btn', 340, 40, 160, 40, { fills: [], stroke: '#9aa5b8', radius: 10 }, [text('Secondary', 12, 10, 136, 20, { size: 14, weight: 500, color: INK, align: 'CENTER' })]);
  const cCard = component('Tile', 560, 40, 240, 72, { fill: '#ffffff', stroke: '#dde3ea', radius: 12 }, [rect('Rectangle 2', 16, 16, 40, 40, { fill: '#e8edf3', radius: 8 }), text('Name', 68, 26, 150, 20, { size: 15, weight: 600 })]);
  const cNav = component('nav-item', 860, 40, 220, 40, { fills: [] }, [vector('Vector', 12, 12, 16, 16, { fill: '#6b7789' }), text('Item', 40, 10, 160, 20, { size: 14, color: '#394559' })]);
  const compPage = b.canvas('3:1', 'Components', [frame('Buttons & tiles', 0, 0, 1200, 300, { fill: '#ffffff' }, [cSet, cGhost, cCard, cNav])]);
  const P = (label, x, y, w, id) => instance(cDef.id, 'Comp / Action / Large', x, y, w, 48, { id }, [text(label, 20, 14, w - 40, 20, { size: 15, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  const G = (label, x, y, w, id) => instance(cGhost.id, 'Btn', x, y, w, 40, { id }, [text(label, 12, 10, w - 24, 20, { size: 14, weight: 500, color: INK, align: 'CENTER' })]);
  const tile = (nm, ref, sub, x, y, id) => instance(cCard.id, nm, x, y, 240, 72, { id }, [logo('Rectangle 2', 16, 16, 40, ref), text(nm, 68, 16, 160, 20, { size: 15, weight: 600 }), text(sub, 68, 38, 160, 18, { size: 12, color: '#6b7789' })]);

  // flow page
  b.setPage(12, 1);
  const ids = {};
  for (const k of ['signup', 'about', 'hub', 'choose', 'before', 'xero', 'done', 'dash', 'apps', 'unlink', 'pricing', 'help', 'invite', 'email']) ids[k] = b.nid();

  const sidebar = (active, x = 0) => frame('Frame 427', x, 0, 248, H, { fill: '#f6f8fb', stroke: '#e3e8ef' }, [
    group('Group 8', 24, 24, 140, 28, [vector('Vector', 0, 2, 24, 24, { fill: TEAL }), text('Payglass', 32, 2, 100, 24, { size: 18, weight: 700, color: INK })]),
    auto('Auto layout', 'V', 12, 88, 224, 300, ['Overview', 'Pay runs', 'People', 'Branches', 'Reports', 'Settings'].map((t, i) => {
      const it = instance(cNav.id, 'nav-item', 0, i * 44, 220, 40, { fills: t === active ? [{ type: 'SOLID', color: { r: 0.88, g: 0.95, b: 0.94, a: 1 } }] : [] },
        [vector('Vector', 12, 12, 16, 16, { fill: '#6b7789' }), text(t, 40, 10, 160, 20, { size: 14, weight: t === active ? 600 : 400, color: '#394559' })]);
      if (t === 'Settings') go(it, ids.apps);
      if (t === 'Overview') go(it, ids.dash);
      return it;
    }), { gap: 4 }),
  ]);
  const topbar = (title, x) => frame('Frame 430', x, 0, W - x, 72, { fill: '#ffffff', stroke: '#e3e8ef' }, [
    text(title, 32, 22, 600, 28, { size: 22, weight: 700, color: INK }),
    group('Group 19', W - x - 220, 18, 196, 36, [rect('Ellipse-ish', 160, 0, 36, 36, { fill: '#d5e7e4', radius: 18 }), text('Shah & Hart Opticians', 0, 8, 150, 20, { size: 13, color: '#5a6579' })]),
  ]);

  const signup = frame('Sign up', 0, 0, W, H, { id: ids.signup, fill: '#ffffff' }, [
    frame('Frame 12', 0, 0, 640, H, { fill: '#e9f4f2' }, [
      vector('Vector', 64, 64, 40, 40, { fill: TEAL }),
      text('Pay every dispenser, optom and receptionist on time — across every branch.', 64, 380, 480, 120, { size: 32, weight: 700, color: INK }),
      rect('Rectangle 12', 64, 560, 512, 320, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'a1c9e07f3b' }], radius: 16 }),
    ]),
    auto('Frame 13', 'V', 760, 220, 520, 560, [
      text('Create your Payglass account', 0, 0, 520, 36, { size: 28, weight: 700, color: INK }),
      text('Free for 30 days. No card needed.', 0, 48, 520, 20, { size: 15, color: '#5a6579' }),
      auto('Auto layout', 'V', 0, 96, 520, 240, [
        field('Work email', 'priya@shahhart.co.uk', 0, 0, 520),
        field('Practice or group name', 'Shah & Hart Opticians', 0, 80, 520),
        field('Password', '••••••••••••', 0, 160, 520),
      ], { gap: 16 }),
      P('Create account', 0, 360, 520, undefined),
      group('Group 31', 0, 428, 520, 20, [text('Already with us?', 0, 0, 120, 18, { size: 13, color: '#5a6579' }), link('Log in', 124, 0, 60)]),
      link('See pricing', 0, 460, 120, { under: true, name: 'See pricing' }),
    ], { gap: 20 }),
  ]);
  go(signup.children[1].children[3], ids.about);
  go(signup.children[1].children[5], ids.pricing);

  const about = frame('Frame 2', 1540, 0, W, H, { id: ids.about, fill: '#ffffff' }, [
    text('Step 1 of 3', 460, 120, 520, 18, { size: 13, weight: 600, color: TEAL }),
    text('Tell us about your practice', 460, 146, 520, 36, { size: 28, weight: 700, color: INK }),
    auto('Frame 20', 'V', 460, 220, 520, 420, [
      field('How many branches?', 'Select…', 0, 0, 520, { placeholder: true }),
      field('Roughly how many staff?', 'e.g. 24', 0, 80, 520, { placeholder: true }),
      field('How often do you pay?', 'Monthly', 0, 160, 520),
      field('HMRC PAYE reference', '', 0, 240, 520),
    ], { gap: 16 }),
    P('Continue', 460, 680, 520, undefined),
    link('‹ Back', 460, 748, 80, { color: '#5a6579' }),
  ]);
  go(about.children[3], ids.hub); back(about.children[4]);

  // connect hub — value exchange + social proof + statistics
  const hubCta = P('Link rota & accounting software', 0, 0, 340, undefined);
  go(hubCta, ids.choose);
  const later = text('Ask a teammate · Finish later', 0, 0, 260, 18, { size: 14, weight: 500, color: TEAL, name: 'Ask a teammate · Finish later' });
  go(later, ids.invite, 'OVERLAY');
  const ticket = link('raise a ticket', 0, 0, 100, { under: true });
  go(ticket, ids.help);
  const hub = frame('Connect', 3080, 0, W, H, { id: ids.hub, fill: '#fbfcfd' }, [
    text('Step 2 of 3', 160, 96, 400, 18, { size: 13, weight: 600, color: TEAL }),
    auto('Frame 34', 'H', 160, 130, 1120, 700, [
      auto('Frame 35', 'V', 0, 0, 640, 700, [
        text('Bring your rota and your books into Payglass', 0, 0, 640, 80, { size: 32, weight: 700, color: INK }),
        auto('Frame 36', 'V', 0, 100, 640, 260, [
          auto('Row', 'H', 0, 0, 640, 60, [vector('Vector 4', 0, 4, 24, 24, { fill: TEAL }), text('Pay runs that build themselves from the hours your optoms and dispensers actually worked — no more retyping timesheets from four branches.', 40, 0, 600, 60, { size: 16 })]),
          auto('Row', 'H', 0, 76, 640, 60, [vector('Vector 5', 0, 4, 24, 24, { fill: TEAL }), text('What we use: shift hours and holiday come in from your rota tool; payroll journals go out to your accounting ledger. Nothing else is touched.', 40, 0, 600, 60, { size: 16 })]),
          auto('Row', 'H', 0, 152, 640, 60, [vector('Vector 6', 0, 4, 24, 24, { fill: TEAL }), text('Links are made securely over an encrypted connection, and we never pass your staff data to third parties without your say-so.', 40, 0, 600, 60, { size: 16 })]),
        ], { gap: 16 }),
        auto('Frame 37', 'V', 0, 380, 640, 60, [
          text('Setup 40%  ·  0 of 2 sources linked', 0, 0, 640, 18, { size: 13, weight: 600, color: '#394559' }),
          bar(0, 28, 640, 0.4, { color: TEAL }),
        ], { gap: 10 }),
        auto('Frame 38', 'H', 0, 470, 640, 48, [hubCta, group('Group 40', 360, 14, 260, 20, [later])], { gap: 20, counterAxisAlignItems: 'CENTER' }),
        hide(text('Skip this step', 0, 530, 200, 18, { size: 13, color: '#5a6579' })),
        text('Changed your mind later? Unlink either connection from Settings whenever you like — your past pay runs stay put.', 0, 540, 640, 40, { size: 13, color: '#5a6579' }),
        group('Group 44', 0, 600, 640, 20, [text('Why link at all?', 0, 0, 120, 18, { size: 13, color: '#5a6579' }), url(link('Read the FAQ ↗', 124, 0, 140, { under: true }), 'https://payglass.example/faq/linking')]),
        group('Group 45', 0, 640, 640, 20, [text('Stuck? Call 0161 496 0723 · help@payglass.co.uk · or', 0, 0, 360, 18, { size: 13, color: '#5a6579' }), ticket]),
      ], { gap: 20 }),
      auto('Frame 50', 'V', 700, 0, 420, 520, [
        frame('Frame 51', 0, 0, 420, 300, { fill: '#ffffff', stroke: '#dde3ea', radius: 16, layoutMode: 'VERTICAL', itemSpacing: 14, paddingLeft: 28, paddingTop: 28 }, [
          text('★★★★★', 28, 28, 120, 20, { size: 16, color: '#f59e0b' }),
          text('“We used to lose two evenings a month matching rotas to payslips across our four branches. Now the pay run is waiting for me on a Monday.”', 28, 60, 364, 130, { size: 16, weight: 500, color: INK }),
          group('Group 52', 28, 210, 360, 48, [rect('Rectangle 53', 0, 0, 48, 48, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'f3e1b2aa90' }], radius: 24 }), text('Priya Shah', 60, 4, 280, 20, { size: 15, weight: 600 }), text('Practice Director, Shah & Hart Opticians', 60, 26, 280, 18, { size: 13, color: '#5a6579' })]),
        ]),
        frame('Frame 55', 0, 320, 420, 120, { fill: '#e9f4f2', radius: 16 }, [
          text('2,100+', 28, 24, 200, 40, { size: 32, weight: 700, color: TEAL }),
          text('UK practices trust Payglass with payroll — every link protected with AES-256 encryption.', 28, 68, 364, 40, { size: 13, color: '#394559' }),
        ]),
      ], { gap: 20 }),
    ], { gap: 60 }),
  ]);

  // choose software — grouped + search + full names
  const xeroTile = tile('Xero', 'b7d0e1f2a3', 'Accounting', 240, 0, undefined);
  go(xeroTile, ids.before);
  const deputyTile = tile('Deputy', '11aa22bb33', 'Rota & timesheets', 0, 0, undefined);
  go(deputyTile, ids.before);
  const choose = frame('Frame 3', 4620, 0, W, H, { id: ids.choose, fill: '#ffffff' }, [
    back(link('‹ Back', 160, 64, 80, { color: '#5a6579' })),
    text('Which tools does your practice use?', 160, 100, 900, 36, { size: 28, weight: 700, color: INK }),
    search('Search 40+ rota and accounting tools', 160, 160, 760),
    auto('Frame 60', 'V', 160, 230, 1120, 700, [
      text('Rota & scheduling', 0, 0, 400, 24, { size: 20, weight: 600, color: INK }),
      auto('Frame 61', 'H', 0, 36, 1120, 72, [deputyTile, tile('RotaCloud', '44cc55dd66', 'Rota & timesheets', 260, 0), tile('Planday', '77ee88ff99', 'Scheduling', 520, 0), tile('Rotaready', 'aa0bb1cc2d', 'Scheduling', 780, 0)], { gap: 20 }),
      text('Accounting', 0, 140, 400, 24, { size: 20, weight: 600, color: INK }),
      auto('Frame 62', 'H', 0, 176, 1120, 72, [tile('QuickBooks Online', 'c0ffee0001', 'Accounting', 0, 0), xeroTile, tile('Sage Business Cloud Accounting', 'c0ffee0002', 'Accounting', 520, 0), tile('FreeAgent', 'c0ffee0003', 'Accounting', 780, 0)], { gap: 20 }),
      text('Showing 8 of 43', 0, 280, 200, 18, { size: 12, color: '#8893a5' }),
    ], { gap: 12 }),
  ]);

  const contXero = P('Continue to Xero', 0, 0, 240, undefined);
  go(contXero, ids.xero);
  const before = frame('Frame 4', 6160, 0, W, H, { id: ids.before, fill: '#fbfcfd' }, [
    frame('Frame 70', 420, 180, 600, 560, { fill: '#ffffff', radius: 20, stroke: '#dde3ea', layoutMode: 'VERTICAL', itemSpacing: 18, paddingLeft: 40, paddingTop: 40 }, [
      group('Group 71', 40, 40, 160, 48, [logo('Rectangle 72', 0, 0, 48, 'b7d0e1f2a3'), vector('Vector 73', 60, 18, 40, 12, { fill: '#9aa5b8' }), vector('Vector 74', 112, 0, 48, 48, { fill: TEAL })]),
      text('Next stop: Xero', 40, 108, 520, 32, { size: 24, weight: 700, color: INK }),
      text('We\u2019ll open Xero so you can sign in and approve Payglass. As soon as you\u2019ve said yes, Xero sends you straight back here.', 40, 152, 520, 60, { size: 15, color: '#394559' }),
      auto('Frame 75', 'V', 40, 230, 520, 140, [
        text('Payglass will read from Xero', 0, 0, 520, 18, { size: 13, weight: 600 }),
        text('•  Employees and their pay items\n•  Tracking categories (your branches)', 0, 24, 520, 40, { size: 13, color: '#394559' }),
        text('Payglass will write to Xero', 0, 76, 520, 18, { size: 13, weight: 600 }),
        text('•  One payroll journal per pay run', 0, 100, 520, 20, { size: 13, color: '#394559' }),
      ], { gap: 6 }),
      auto('Frame 76', 'H', 40, 460, 520, 48, [contXero, back(G('Not now', 260, 4, 120, undefined))], { gap: 16 }),
      hide(text('Powered by Bridgewise', 40, 520, 200, 16, { size: 11, color: '#8893a5' })),
    ]),
  ]);

  const allow = btnFrame('Allow access', 0, 0, 180, 44, { bg: '#13b5ea', n: 81 });
  go(allow, ids.done);
  const xero = frame('Xero – authorise', 7700, 0, W, H, { id: ids.xero, fill: '#f2f4f7' }, [
    frame('Frame 80', 470, 160, 500, 520, { fill: '#ffffff', radius: 8, stroke: '#d0d5dd' }, [
      logo('Rectangle 90', 218, 40, 64, 'b7d0e1f2a3'),
      text('Payglass would like to connect to Shah & Hart Opticians Ltd', 40, 130, 420, 56, { size: 18, weight: 600, align: 'CENTER' }),
      text('This app will be able to:\n– View your payroll settings and employees\n– Create and view manual journals', 40, 200, 420, 80, { size: 13, color: '#475467' }),
      group('Group 91', 40, 420, 420, 44, [allow, back(btnFrame('Cancel', 200, 0, 140, 44, { bg: '#ffffff', fg: '#344054', n: 82 }))]),
    ]),
  ]);

  const addAnother = btnFrame('+ Add another', 0, 0, 160, 40, { bg: '#ffffff', fg: TEAL, n: 93 });
  go(addAnother, ids.choose);
  const toDash = P('Go to my dashboard', 0, 0, 240, undefined);
  go(toDash, ids.dash);
  const conRow = (nm, ref, status, color) => auto('Frame 95', 'H', 0, 0, 640, 64, [
    logo('Rectangle 96', 0, 12, 40, ref), text(nm, 56, 22, 320, 20, { size: 15, weight: 600 }),
    frame('Badge', 480, 20, 150, 26, { fill: color, radius: 13 }, [text(status, 10, 4, 130, 18, { size: 12, weight: 600, align: 'CENTER' })]),
  ], { gap: 16, pad: 12 });
  const done = frame('Frame 5', 9240, 0, W, H, { id: ids.done, fill: '#ffffff' }, [
    text('Nice — Xero is linked ✓', 400, 140, 640, 36, { size: 28, weight: 700, color: INK }),
    auto('Frame 94', 'V', 400, 220, 640, 180, [
      text('Setup 70%  ·  1 of 2 sources linked', 0, 0, 640, 18, { size: 13, weight: 600, color: '#394559' }),
      bar(0, 28, 640, 0.7, { color: TEAL }),
      conRow('Xero', 'b7d0e1f2a3', 'Connected ✓', '#dcfce7'),
      conRow('Deputy', '11aa22bb33', 'Waiting on approval', '#fef3c7'),
    ], { gap: 12 }),
    auto('Frame 97', 'H', 400, 460, 640, 48, [addAnother, toDash], { gap: 16 }),
  ]);

  const dash = frame('Overview', 0, 1200, W, H, { id: ids.dash, fill: '#ffffff' }, [
    sidebar('Overview'), topbar('Good morning, Priya', 248),
    auto('Frame 101', 'H', 280, 104, 1128, 160, ['Next pay run|28 Feb', 'Staff on this run|31', 'Branches|4', 'Estimated cost|£58,210'].map((s) => {
      const [a, v] = s.split('|');
      return frame('Frame 102', 0, 0, 264, 140, { fill: '#f6f8fb', radius: 12 }, [text(a, 20, 20, 220, 18, { size: 13, color: '#5a6579' }), text(v, 20, 52, 220, 36, { size: 28, weight: 700, color: INK })]);
    }), { gap: 24 }),
    frame('Frame 103', 280, 300, 1128, 420, { fill: '#ffffff', stroke: '#e3e8ef', radius: 12 }, [
      text('Hours by branch this month', 24, 20, 400, 24, { size: 18, weight: 600, color: INK }),
      ...['Didsbury', 'Chorlton', 'Sale', 'Altrincham'].map((t, i) => group('Group 104', 60 + i * 260, 80, 160, 320, [rect('Rectangle 105', 40, 260 - 50 * (i + 2), 80, 50 * (i + 2), { fill: TEAL, radius: 4 }), text(t, 0, 290, 160, 18, { size: 12, align: 'CENTER', color: '#5a6579' })])),
    ]),
  ]);

  const unlinkRow = (nm, ref, since, last) => {
    const dc = link('Disconnect', 0, 0, 90, { color: '#b42318', name: 'Disconnect' });
    go(dc, ids.unlink, 'OVERLAY');
    return auto('Frame 112', 'H', 0, 0, 1000, 64, [logo('Rectangle 113', 0, 12, 40, ref), text(nm, 0, 0, 200, 20, { size: 15, weight: 600 }), text(since, 0, 0, 230, 20, { size: 13, color: '#394559' }), text(last, 0, 0, 230, 20, { size: 13, color: '#394559' }),
      hide(G('Refresh now', 0, 0, 120, undefined)), dc], { gap: 24, pad: 12, counterAxisAlignItems: 'CENTER' });
  };
  const apps = frame('Settings / Connected apps', 1540, 1200, W, H, { id: ids.apps, fill: '#ffffff' }, [
    sidebar('Settings'), topbar('Settings', 248),
    auto('Frame 110', 'V', 280, 104, 1100, 600, [
      text('Linked software', 0, 0, 600, 28, { size: 22, weight: 700, color: INK }),
      auto('Frame 111', 'H', 0, 40, 1000, 20, ['Software', 'Linked on', 'Last synced', ''].map((t) => text(t, 0, 0, 230, 18, { size: 12, weight: 600, color: '#8893a5' })), { gap: 24 }),
      unlinkRow('Xero', 'b7d0e1f2a3', 'Linked 3 Feb 2026, 09:14', 'Today, 07:00'),
      unlinkRow('Deputy', '11aa22bb33', 'Linked 3 Feb 2026, 09:20', 'Today, 06:45'),
      line('Line 2', 0, 240, 1000),
      text('Danger zone', 0, 280, 400, 20, { size: 15, weight: 600, color: '#b42318' }),
      btnFrame('Delete account', 0, 310, 180, 40, { bg: '#fee4e2', fg: '#b42318', n: 118 }),
      G('Remove branch', 0, 360, 160, undefined),
    ], { gap: 16 }),
  ]);

  const confirmBtn = btnFrame('Yes, disconnect', 0, 0, 180, 44, { bg: '#b42318', n: 121 });
  close(confirmBtn);
  const unlink = frame('Modal', 3080, 1200, 560, 320, { id: ids.unlink, fill: '#ffffff', radius: 16 }, [
    text('Revoke Payglass\u2019s access to Xero?', 32, 32, 496, 28, { size: 20, weight: 700 }),
    text('We\u2019ll stop reading employees and stop posting journals. Journals already posted stay in Xero.', 32, 76, 496, 60, { size: 14, color: '#394559' }),
    auto('Frame 120', 'H', 32, 236, 496, 44, [confirmBtn, close(G('Keep it', 200, 2, 120, undefined))], { gap: 12 }),
  ]);

  const pricing = frame('Pricing', 3740, 1200, W, H, { id: ids.pricing, fill: '#ffffff' }, [
    text('Simple pricing for growing practices', 320, 100, 800, 40, { size: 32, weight: 700, color: INK, align: 'CENTER' }),
    auto('Frame 130', 'H', 220, 200, 1000, 420, ['Single practice|£4 per payslip', 'Group|£3.50 per payslip', 'Enterprise|Let\u2019s talk'].map((s) => {
      const [a, v] = s.split('|');
      return frame('Frame 131', 0, 0, 310, 400, { fill: '#f6f8fb', radius: 16 }, [text(a, 24, 24, 260, 24, { size: 18, weight: 600 }), text(v, 24, 64, 260, 32, { size: 24, weight: 700, color: TEAL }), text('Unlimited branches\nHMRC RTI filing\nPension auto-enrolment', 24, 120, 260, 80, { size: 14, color: '#394559' })]);
    }), { gap: 35 }),
    text('Monthly plans. Cancel anytime — no exit fees.', 320, 660, 800, 20, { size: 14, color: '#5a6579', align: 'CENTER' }),
  ]);

  const help = frame('Help', 5280, 1200, W, H, { id: ids.help, fill: '#ffffff' }, [
    back(link('‹ Back', 160, 64, 80, { color: '#5a6579' })),
    text('Talk to a real person', 160, 100, 700, 36, { size: 28, weight: 700, color: INK }),
    auto('Frame 140', 'H', 160, 170, 1100, 120, [
      frame('Frame 141', 0, 0, 340, 110, { fill: '#f6f8fb', radius: 12 }, [vector('Phone', 20, 20, 20, 20, { fill: TEAL }), text('Phone', 52, 20, 200, 20, { size: 15, weight: 600 }), text('0161 496 0723 · Mon–Fri 8–6', 20, 60, 300, 20, { size: 14 })]),
      frame('Frame 142', 0, 0, 340, 110, { fill: '#f6f8fb', radius: 12 }, [vector('Mail', 20, 20, 20, 20, { fill: TEAL }), text('Email', 52, 20, 200, 20, { size: 15, weight: 600 }), text('help@payglass.co.uk', 20, 60, 300, 20, { size: 14 })]),
      frame('Frame 143', 0, 0, 340, 110, { fill: '#f6f8fb', radius: 12 }, [vector('Chat', 20, 20, 20, 20, { fill: TEAL }), text('Live chat', 52, 20, 200, 20, { size: 15, weight: 600 }), text('Usually replies in 4 min', 20, 60, 300, 20, { size: 14 })]),
    ], { gap: 24 }),
    auto('Frame 144', 'V', 160, 330, 640, 400, [
      text('Or send us a ticket', 0, 0, 640, 24, { size: 18, weight: 600 }),
      field('Your email', 'priya@shahhart.co.uk', 0, 40, 640),
      field('What\u2019s going on?', 'Deputy says my link is pending…', 0, 120, 640),
      P('Send ticket', 0, 220, 200, undefined),
    ], { gap: 16 }),
  ]);

  const invite = frame('Invite overlay', 6820, 1200, 560, 360, { id: ids.invite, fill: '#ffffff', radius: 16 }, [
    text('Hand this bit to a teammate', 32, 32, 496, 28, { size: 20, weight: 700 }),
    text('Whoever looks after your Xero or rota can finish linking — we\u2019ll save your progress.', 32, 72, 496, 44, { size: 14, color: '#394559' }),
    field('Their email', 'bookkeeper@shahhart.co.uk', 32, 136, 496),
    auto('Frame 150', 'H', 32, 260, 496, 48, [close(P('Send invite', 0, 0, 180, undefined)), close(G('Cancel', 200, 4, 120, undefined))], { gap: 12 }),
  ]);

  const emailCta = btnGroup('Link my software', 0, 0, 220, 48, { bg: TEAL, n: 161 });
  const email = frame('Email / Welcome', 7500, 1200, 640, 900, { id: ids.email, fill: '#f2f4f7' }, [
    frame('Frame 160', 40, 40, 560, 820, { fill: '#ffffff', radius: 8, layoutMode: 'VERTICAL', itemSpacing: 20, paddingLeft: 40, paddingTop: 40 }, [
      text('From: Payglass <hello@payglass.co.uk>\nSubject: Your first pay run, in three moves', 40, 40, 480, 40, { size: 12, color: '#8893a5' }),
      text('Welcome aboard, Priya \u{1F44B}', 40, 100, 480, 32, { size: 24, weight: 700, color: INK }),
      text('Three moves and your first pay run is ready to approve:', 40, 150, 480, 22, { size: 15 }),
      text('1  Add your branches\n2  Link your rota tool and your accounts\n3  Check and approve the pay run', 40, 190, 480, 80, { size: 15, weight: 500 }),
      group('Group 162', 40, 300, 220, 48, [emailCta]),
      text('Prefer to do step 2 on your phone? Link from the Payglass app too.', 40, 370, 480, 40, { size: 13, color: '#5a6579' }),
      url(link('Link my software now \u2192', 40, 420, 260, { under: true }), 'https://app.payglass.example/link'),
    ]),
  ]);

  const onboarding = section('Onboarding v3', -100, -100, 10900, 1200, []);
  // frames inside the section keep absolute-ish placement: section origin offset
  for (const f of [signup, about, hub, choose, before, xero, done]) { f._x += 100; f._y += 100; onboarding.children.push(f); }
  const flow = b.canvas('12:0', 'Flow \u2014 onboarding', [onboarding, dash, apps, unlink, pricing, help, invite, email],
    { starts: [{ nodeId: ids.signup, name: 'Onboarding' }] });

  // cover + archive
  b.setPage(0, 2);
  const cover = b.canvas('0:1', 'Cover', [frame('Cover', 0, 0, 1920, 960, { fill: TEAL }, [
    text('Payglass — Onboarding & linking', 120, 360, 1400, 80, { size: 64, weight: 700, color: '#ffffff' }),
    text('Status: ready for dev review · Feb 2026', 120, 460, 900, 30, { size: 24, color: '#d5e7e4' }),
  ])]);
  b.setPage(47, 2);
  const old = frame('Connect (v2, old)', 0, 0, W, H, { fill: '#ffffff' }, [
    text('Connect your accounts', 200, 200, 800, 40, { size: 32, weight: 700 }),
    text('Powered by Bridgewise · Refresh anytime', 200, 260, 800, 20, { size: 14 }),
    btnFrame('Connect', 200, 320, 200, 48, { n: 12 }),
  ]);
  const archive = b.canvas('47:1', 'Archive', [hide(old), frame('Frame 900', 1600, 0, 800, 400, { fill: '#ffffff' }, [text('Old explorations — do not build', 40, 40, 700, 30, { size: 24, weight: 700 })])]);

  const doc = b.documentOf('Payglass — onboarding (Feb)', [cover, flow, compPage, archive], '2026-02-11T16:04:31Z');

  const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part',
    'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime',
    'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories',
    'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'];
  const absent = ['funnel.prefill', 'value.contextual-ctas', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.powered-by',
    'privacy.mutual-nda', 'platform.alternatives', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
    description: 'Payroll for small UK optician chains on desktop (1440). Sign-up, a practice-details step, then a linking hub that asks for the rota tool and the accounting ledger, a grouped and searchable software picker, a pre-redirect explainer, a Xero consent mock, a connections summary, dashboard and a Settings list of linked software.',
    present, absent,
    notes: {
      'funnel.greeting-email': 'Email / Welcome frame: numbered 1-2-3 list with linking as step 2 plus a button and a text link to link software.',
      'funnel.three-actions': 'Sign up → practice details → linking hub: two clicks.',
      'funnel.cta-visible': 'The hub puts "Link rota & accounting software" as the main button in the centre of the screen.',
      'funnel.social-proof': 'Five-star quote from a named practice director at a customer group.',
      'funnel.prefill': 'No form is shown filled from the linked software; the practice form is blank.',
      'value.three-part': 'Hub: benefit line, what is read/written, and one main button to link.',
      'value.contextual-ctas': 'Linking is offered only in onboarding; the dashboard chart and settings carry no prompt to link.',
      'value.faq-link': '"Why link at all? Read the FAQ" next to the value message.',
      'value.progress-meter': '"Setup 40% · 0 of 2 sources linked" bar, rising to 70% after Xero.',
      'privacy.data-scope': 'Hub and pre-redirect card say what is read from and written to each tool.',
      'privacy.trust-language': '"securely over an encrypted connection", "never pass your staff data to third parties without your say-so".',
      'privacy.consent-action': 'No checkbox or explicit consent control before leaving for Xero (the Xero mock is the third party\u2019s own screen).',
      'privacy.disconnect-anytime': '"Unlink either connection from Settings whenever you like".',
      'privacy.connection-guide': 'Only an FAQ on why to link; no guide on how to link each tool.',
      'privacy.statistics': '"2,100+ UK practices … AES-256 encryption" panel.',
      'privacy.support-contacts': 'Phone, email and ticket link on the hub; Help screen with phone, email, chat and a form.',
      'privacy.powered-by': 'The only "Powered by" mark is on a hidden layer and on a hidden archive frame.',
      'privacy.mutual-nda': 'No NDA offered.',
      'platform.explain-redirect': '"Next stop: Xero … sends you straight back here".',
      'platform.grouped-categories': '"Rota & scheduling" and "Accounting" headings over cards.',
      'platform.accurate-branding': 'Full names: QuickBooks Online, Sage Business Cloud Accounting, with logos.',
      'platform.search': 'Search field over the software list.',
      'platform.alternatives': 'Nothing for software not in the list (no upload or request).',
      'platform.non-linear': '"Ask a teammate · Finish later" with an invite overlay.',
      'platform.multiple-connections': 'Summary shows Xero connected, Deputy waiting on approval, and "+ Add another".',
      'connection.view-live': 'Settings list with linked-on and last-synced times per tool.',
      'connection.delete': '"Disconnect" per tool with a revoke confirmation ("Delete account"/"Remove branch" are look-alikes).',
      'connection.refresh': 'The only "Refresh now" buttons are hidden layers.',
      'connection.syncing-indicator': 'No syncing state or spinner anywhere.',
    },
    flow: { startFrameId: ids.signup, connectFrameId: ids.hub, stepsToConnect: 2, deadEnds: [ids.pricing] },
  };
  return { doc, truth, connectFrames: [ids.hub, ids.email], signupFrame: ids.signup };
}

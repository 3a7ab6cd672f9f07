// h131 — payments for mobile pet groomers (UK), iPhone 375x812.
// Links a booking diary and a business bank account.
import {
  Doc, frame, auto, group, section, text, rect, ellipse, vec, line, inst, compNode, compSet,
  go, back, close, url, statusBar, truthOut,
} from './lib.mjs';

const W = 375;
const H = 812;
const PINK = '#E8537A';
const INK = '#1F2430';
const GREY = '#6B7280';
const NBSP = '\u00A0';
const ZW = '\u200B';

function field(label, value, y, opts = {}) {
  return auto('Frame ' + (300 + y), [24, y, 327, 68], 'v', [
    text(label, [0, 0, 327, 16], { size: 12, weight: 500, color: GREY }),
    frame('Rectangle ' + (40 + y), [0, 22, 327, 46], { radius: 10, stroke: '#D1D5DB' }, [
      text(value, [14, 13, 290, 20], { size: 15, color: opts.placeholder ? '#9CA3AF' : INK }),
    ]),
  ], { gap: 6 });
}

function pinkButton(label, y, link, name = 'Btn') {
  return inst('btn', name, [24, y, 327, 52], { link, fill: PINK, radius: 26 }, [
    text(label, [0, 15, 327, 22], { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
}

function tabBar(active) {
  const tabs = ['Home', 'Payments', 'Clients', 'Settings'];
  return inst('tabbar', 'Tab bar', [0, H - 83, W, 83], { fill: '#FFFFFF' }, [
    line('Line 3', [0, 0, W, 0]),
    auto('Auto layout', [0, 8, W, 50], 'h', tabs.map((t, i) => auto('Frame ' + (61 + i), [i * 93.75, 0, 93.75, 50], 'v', [
      vec('Vector', [35, 0, 24, 24], { fill: t === active ? PINK : '#9CA3AF' }),
      text(t, [0, 30, 93.75, 14], { size: 10, weight: 500, color: t === active ? PINK : '#9CA3AF', align: 'CENTER' }),
    ], { gap: 4 })), { gap: 0 }),
  ]);
}

function logoRow(name, sub, img, y, link, extra = []) {
  return group('Group ' + (y % 97), [0, y, 327, 60], [
    rect('Rectangle ' + (y % 53), [0, 0, 327, 60], { fill: '#FFFFFF', radius: 12, stroke: '#E5E7EB' }),
    rect(name + ' logo', [12, 12, 36, 36], { image: img, radius: 8 }),
    text(name, [60, 11, 220, 20], { size: 15, weight: 600, color: INK }),
    text(sub, [60, 32, 220, 16], { size: 12, color: GREY }),
    vec('chevron', [300, 24, 8, 12], { fill: '#9CA3AF' }),
    ...extra,
  ], { link });
}

export function build() {
  const d = new Doc({ name: 'Tidytails Pay — onboarding v3 (UK)', lastModified: '2025-03-11T16:42:09Z', version: '5218834410' });
  d.component('btn', 'Property 1=Default', 'Primary pill', 'btnset');
  d.component('btnHover', 'Property 1=Hover', '', 'btnset');
  d.component('tick', 'tickbox', '20px');
  d.component('tabbar', 'Nav / Tab bar', '');
  d.componentSet('btnset', 'Comp / Action / Large', 'Main pill button');

  // ---------- Cover ----------
  d.page('Cover', [
    frame('Cover', [0, 0, 1920, 960], { fill: '#FFF1F4' }, [
      text('Tidytails Pay', [120, 300, 900, 96], { size: 80, weight: 700, color: INK }),
      text('Onboarding · diary + bank linking · v3', [120, 410, 900, 40], { size: 32, color: GREY }),
      text('Status: 🟡 In review', [120, 480, 600, 32], { size: 24, weight: 500, color: INK }),
      rect('Rectangle 2', [1200, 200, 560, 560], { image: '7f3a9c01d2e4b6a8c0f1e2d3a4b5c6d7e8f9a0b1', radius: 40 }),
    ]),
  ], { bg: '#FFFFFF' });

  // ---------- Flow ----------
  const x = (i) => i * 475;

  const signup = frame('Sign up', [x(0), 0, W, H], { key: 'signup' }, [
    statusBar(W),
    vec('Vector', [24, 64, 40, 40], { fill: PINK }),
    text('Tidytails Pay', [72, 72, 200, 24], { size: 18, weight: 700, color: INK }),
    text('Get paid at the van door', [24, 128, 327, 34], { size: 26, weight: 700, color: INK }),
    text('Card, tap and pay-by-link for mobile groomers. No terminal rental.', [24, 168, 327, 40], { size: 15, color: GREY }),
    field('Your name', 'Jess Cartwright', 230),
    field('Email', 'jess@muddypawsgrooming.co.uk', 310),
    field('Password', '••••••••••', 390),
    pinkButton('Create account', 486, go('welcome')),
    text('Already have an account? Log in', [24, 552, 327, 20], { size: 14, color: GREY, align: 'CENTER' }),
    auto('Frame 512', [24, 600, 327, 118], 'v', [
      text('★★★★★', [16, 16, 100, 18], { size: 14, color: '#F59E0B' }),
      text('“I stopped chasing bank transfers the week I switched. Clients just tap and the money\u2019s there by Friday.”', [16, 40, 295, 40], { size: 13, color: INK }),
      text(`Jess${NBSP}C., Muddy Paws Grooming, Leeds`, [16, 86, 295, 16], { size: 12, weight: 600, color: GREY }),
    ], { gap: 6, pad: 16, fill: '#FFF1F4', radius: 14 }),
    text('See plans & fees', [24, 734, 327, 18], { size: 13, color: PINK, deco: 'UNDERLINE', align: 'CENTER', link: go('pricing') }),
  ]);

  const welcome = frame('Welcome', [x(1), 0, W, H], { key: 'welcome' }, [
    statusBar(W),
    text('👋 Hi Jess', [24, 84, 327, 34], { size: 28, weight: 700, color: INK }),
    text('Three quick bits and you can take your first payment today.', [24, 126, 327, 40], { size: 15, color: GREY }),
    auto('Auto layout', [24, 196, 327, 240], 'v', [
      auto('Frame 88', [0, 0, 327, 72], 'h', [
        ellipse('Ellipse 4', [0, 0, 32, 32], { fill: PINK }),
        auto('Frame 89', [44, 0, 280, 60], 'v', [
          text('About your business', [0, 0, 280, 20], { size: 16, weight: 600, color: INK }),
          text('Trading name and where you groom', [0, 24, 280, 18], { size: 13, color: GREY }),
        ], { gap: 4 }),
      ], { gap: 12 }),
      auto('Frame 90', [0, 84, 327, 72], 'h', [
        ellipse('Ellipse 5', [0, 0, 32, 32], { fill: '#FBCFE0' }),
        auto('Frame 91', [44, 0, 280, 60], 'v', [
          text('Plug in your diary & bank', [0, 0, 280, 20], { size: 16, weight: 600, color: INK }),
          text('So appointments turn into payment requests', [0, 24, 280, 18], { size: 13, color: GREY }),
        ], { gap: 4 }),
      ], { gap: 12 }),
      auto('Frame 92', [0, 168, 327, 72], 'h', [
        ellipse('Ellipse 6', [0, 0, 32, 32], { fill: '#FBCFE0' }),
        auto('Frame 93', [44, 0, 280, 60], 'v', [
          text('Take a payment', [0, 0, 280, 20], { size: 16, weight: 600, color: INK }),
          text('Try it on yourself for 10p', [0, 24, 280, 18], { size: 13, color: GREY }),
        ], { gap: 4 }),
      ], { gap: 12 }),
    ], { gap: 12 }),
    pinkButton('Let\u2019s go', 720, go('biz')),
  ]);

  const biz = frame('About your business', [x(2), 0, W, H], { key: 'biz' }, [
    statusBar(W),
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    text('About your business', [24, 96, 327, 30], { size: 24, weight: 700, color: INK }),
    field('Trading name', 'Muddy Paws Grooming', 150),
    field('Postcode', 'LS6 2AB', 230),
    field('How do you work?', 'Mobile van', 310),
    field('Roughly how many dogs a week?', 'e.g. 25', 390, { placeholder: true }),
    pinkButton('Continue', 720, go('why')),
  ]);

  const why = frame('Why link', [x(3), 0, W, H], { key: 'why' }, [
    statusBar(W),
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    rect('Rectangle 31', [24, 96, 327, 150], { image: 'c19e0a55b7d2f3e4a5b6c7d8e9f0a1b2c3d4e5f6', radius: 16 }),
    text('Get paid before the lead\u2019s back on', [24, 266, 327, 60], { size: 24, weight: 700, color: INK }),
    auto('Frame 140', [24, 336, 327, 210], 'v', [
      auto('Frame 141', [0, 0, 327, 58], 'h', [
        vec('Vector', [0, 2, 20, 20], { fill: PINK }),
        text('Every appointment in your diary becomes a ready-to-send payment request — no retyping prices.', [32, 0, 295, 54], { size: 14, color: INK }),
      ], { gap: 12 }),
      auto('Frame 142', [0, 70, 327, 58], 'h', [
        vec('Vector', [0, 2, 20, 20], { fill: PINK }),
        text('We look at your bookings and services to build requests, and at your bank feed to tick off payouts as they land.', [32, 0, 295, 54], { size: 14, color: INK }),
      ], { gap: 12 }),
      auto('Frame 143', [0, 140, 327, 58], 'h', [
        vec('Vector', [0, 2, 20, 20], { fill: PINK }),
        text('Encrypted end to end, and never handed to anyone else without your say-so. Unlink whenever you like from Settings.', [32, 0, 295, 54], { size: 14, color: INK }),
      ], { gap: 12 }),
    ], { gap: 12 }),
    text('12,400 UK groomers already trust us with their takings', [24, 560, 327, 36], { size: 13, weight: 600, color: GREY, align: 'CENTER' }),
    pinkButton('Link my booking app', 612, go('picker'), 'cta/primary'),
    text('Want to know more? Read the FAQs', [24, 676, 327, 18], { size: 14, color: PINK, deco: 'UNDERLINE', align: 'CENTER', link: url('https://tidytails.co.uk/help/why-link') }),
    text(`Questions? Ring 0113${NBSP}496${NBSP}0321 · help@tidytails.co.uk`, [24, 708, 327, 18], { size: 12, color: GREY, align: 'CENTER' }),
    text('I\u2019ll do this later', [24, 744, 327, 20], { size: 14, color: GREY, align: 'CENTER', link: go('home') }),
    text('Powered by Codat', [124, 780, 128, 14], { size: 10, color: GREY, visible: false }),
  ]);

  const picker = frame('Pick your apps', [x(4), 0, W, H], { key: 'picker' }, [
    statusBar(W),
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    text('What do you use?', [24, 92, 327, 30], { size: 24, weight: 700, color: INK }),
    frame('Frame 201', [24, 134, 327, 44], { fill: '#F3F4F6', radius: 22 }, [
      vec('Vector', [14, 13, 18, 18], { fill: GREY, name: 'magnifier' }),
      text('Search 40+ diaries and banks', [40, 12, 260, 20], { size: 14, color: '#9CA3AF' }),
    ]),
    auto('Frame 210', [24, 194, 327, 540], 'v', [
      text('Booking diaries', [0, 0, 327, 22], { size: 18, weight: 700, color: INK }),
      logoRow('MoeGo Grooming', 'moego.pet', 'a0c4e1f3b2d5a6c7e8f9a0b1c2d3e4f5a6b7c8d9', 30, go('sheet', 'OVERLAY')),
      logoRow('Gingr', 'gingrapp.com', 'b1d5f2a4c3e6b7d8f9a0b1c2d3e4f5a6b7c8d9e0', 98, go('sheet', 'OVERLAY')),
      logoRow('GroomLink Pro', 'groomlinkpro.co.uk', 'c2e6a3b5d4f7c8e9a0b1c2d3e4f5a6b7c8d9e0f1', 166, go('sheet', 'OVERLAY')),
      text('Bank accounts', [0, 242, 327, 22], { size: 18, weight: 700, color: INK }),
      logoRow('Starling Bank (Business)', 'starlingbank.com', 'd3f7b4c6e5a8d9f0b1c2d3e4f5a6b7c8d9e0f1a2', 272, go('sheet', 'OVERLAY')),
      logoRow('Monzo Business', 'monzo.com/business', 'e4a8c5d7f6b9e0a1c2d3e4f5a6b7c8d9e0f1a2b3', 340, go('sheet', 'OVERLAY')),
      logoRow('Tide Business Current Account', 'tide.co', 'f5b9d6e8a7c0f1b2d3e4f5a6b7c8d9e0f1a2b3c4', 408, go('sheet', 'OVERLAY')),
    ], { gap: 8 }),
    text('Can\u2019t see your diary? Upload a bookings export (CSV) instead', [24, 742, 327, 32], { size: 13, color: PINK, deco: 'UNDERLINE', align: 'CENTER' }),
    text('Stuck? Our step-by-step guide to linking your diary', [24, 778, 327, 18], { size: 12, color: GREY, deco: 'UNDERLINE', align: 'CENTER', link: url('https://tidytails.co.uk/help/linking-guide') }),
  ]);

  const sheet = frame('Sheet / before you go', [x(5), 0, W, H], { key: 'sheet', fill: '#FFFFFF', radius: 20 }, [
    rect('Rectangle 5', [163, 10, 48, 5], { fill: '#D1D5DB', radius: 3 }),
    group('Group 14', [24, 40, 327, 40], [
      rect('MoeGo', [0, 0, 40, 40], { image: 'a0c4e1f3b2d5a6c7e8f9a0b1c2d3e4f5a6b7c8d9', radius: 8 }),
      vec('Vector', [52, 14, 20, 12], { fill: GREY }),
      vec('Vector', [84, 0, 40, 40], { fill: PINK }),
    ]),
    text('You\u2019ll hop over to MoeGo', [24, 100, 327, 30], { size: 22, weight: 700, color: INK }),
    text('Log in there and tap Allow. MoeGo then sends you straight back here — usually under a minute.', [24, 138, 327, 60], { size: 15, color: GREY }),
    auto('Frame 230', [24, 216, 327, 170], 'v', [
      text('What we\u2019ll read from MoeGo', [16, 16, 295, 20], { size: 15, weight: 600, color: INK }),
      text('•  Appointments and their times\n•  Services and your prices\n•  Client names and pets', [16, 44, 295, 66], { size: 14, color: INK, lh: 22 }),
      text('It only flows one way: we never add, move or cancel anything in your diary.', [16, 120, 295, 36], { size: 13, color: GREY }),
    ], { gap: 8, pad: 16, fill: '#F9FAFB', radius: 12 }),
    group('Group 19', [24, 410, 327, 40], [
      inst('tick', 'Rectangle 7', [0, 2, 20, 20], { fill: '#FFFFFF', radius: 4, strokes: [{ type: 'SOLID', color: { r: 0.6, g: 0.6, b: 0.6, a: 1 } }] }),
      text('I\u2019m happy for Tidytails to read this information, as explained in the Privacy Notice.', [32, 0, 295, 40], { size: 13, color: INK }),
    ]),
    text('Privacy Notice', [211, 430, 90, 18], { size: 13, color: PINK, deco: 'UNDERLINE', link: url('https://tidytails.co.uk/privacy') }),
    pinkButton('Continue to MoeGo', 480, go('linking')),
    text('Not now', [24, 548, 327, 20], { size: 15, color: GREY, align: 'CENTER', link: close() }),
  ]);

  const linking = frame('Linking…', [x(6), 0, W, H], { key: 'linking', fill: '#FFF1F4' }, [
    statusBar(W),
    ellipse('Ellipse 9', [147, 300, 80, 80], { fill: null, stroke: PINK }),
    vec('spinner', [147, 300, 40, 40], { fill: PINK }),
    text('Syncing your diary…', [24, 410, 327, 28], { size: 20, weight: 600, color: INK, align: 'CENTER' }),
    text('Pulling in the next 8 weeks of appointments', [24, 446, 327, 20], { size: 14, color: GREY, align: 'CENTER' }),
  ]);
  linking.link = go('hub', 'NAVIGATE', 'AFTER_TIMEOUT');

  const hub = frame('Your linked apps', [x(7), 0, W, H], { key: 'hub' }, [
    statusBar(W),
    text('Nice one — MoeGo\u2019s in ✓', [24, 84, 327, 34], { size: 24, weight: 700, color: INK }),
    text('Add your bank so we can match payouts automatically.', [24, 124, 327, 40], { size: 15, color: GREY }),
    auto('Content', [24, 180, 327, 220], 'v', [auto('Frame 260', [0, 0, 327, 220], 'v', [
      auto('Frame 261', [0, 0, 327, 64], 'h', [
        rect('Rectangle 40', [12, 12, 40, 40], { image: 'a0c4e1f3b2d5a6c7e8f9a0b1c2d3e4f5a6b7c8d9', radius: 8 }),
        auto('Frame 262', [64, 12, 160, 40], 'v', [
          auto('Frame 262a', [0, 0, 160, 20], 'h', [
            text('MoeGo Grooming', [0, 0, 160, 20], { size: 15, weight: 600, color: INK }),
          ], { gap: 4 }),
          text('142 appointments found', [0, 22, 160, 16], { size: 12, color: GREY }),
        ], { gap: 2 }),
        auto('Frame 263', [240, 20, 80, 24], 'h', [
          text('Connected ✓', [8, 4, 70, 16], { size: 12, weight: 600, color: '#047857' }),
        ], { pad: 4, fill: '#D1FAE5', radius: 12 }),
      ], { gap: 12, pad: 12, fill: '#FFFFFF', radius: 12, stroke: '#E5E7EB' }),
      auto('Frame 264', [0, 76, 327, 64], 'h', [
        rect('Rectangle 41', [12, 12, 40, 40], { image: 'd3f7b4c6e5a8d9f0b1c2d3e4f5a6b7c8d9e0f1a2', radius: 8 }),
        auto('Frame 265', [64, 12, 160, 40], 'v', [
          text('Starling Bank (Business)', [0, 0, 160, 20], { size: 15, weight: 600, color: INK }),
          text('Waiting for you to approve in the Starling app', [0, 22, 160, 16], { size: 12, color: '#B45309' }),
        ], { gap: 2 }),
        auto('Frame 266', [240, 20, 80, 24], 'h', [
          text('Pending', [8, 4, 70, 16], { size: 12, weight: 600, color: '#B45309' }),
        ], { pad: 4, fill: '#FEF3C7', radius: 12 }),
      ], { gap: 12, pad: 12, fill: '#FFFFFF', radius: 12, stroke: '#E5E7EB' }),
      group('Group 31', [0, 152, 327, 52], [
        rect('Rectangle 44', [0, 0, 327, 52], { fill: null, radius: 12, stroke: PINK }),
        text('+ Add another account', [0, 16, 327, 20], { size: 15, weight: 600, color: PINK, align: 'CENTER' }),
      ], { link: go('picker') }),
    ], { gap: 12 })], { gap: 0 }),
    text(`Not the one who does the banking?${ZW} Send this step to a teammate · Finish later`, [24, 420, 327, 40], { size: 13, color: GREY, align: 'CENTER' }),
    pinkButton('Done for now', 720, go('home')),
  ]);

  const home = frame('Home', [x(8), 0, W, H], { key: 'home', fill: '#F9FAFB' }, [
    statusBar(W),
    text('Morning, Jess', [24, 64, 250, 30], { size: 24, weight: 700, color: INK }),
    ellipse('Avatar', [315, 64, 36, 36], { fill: '#FBCFE0' }),
    auto('Frame 300', [24, 112, 327, 150], 'v', [
      text('Taken this week', [16, 16, 200, 18], { size: 13, color: GREY }),
      text('£1,284.50', [16, 38, 200, 36], { size: 30, weight: 700, color: INK }),
      group('Group 40', [16, 86, 295, 48], [
        rect('Rectangle 50', [0, 24, 30, 24], { fill: PINK, radius: 4 }),
        rect('Rectangle 51', [44, 10, 30, 38], { fill: PINK, radius: 4 }),
        rect('Rectangle 52', [88, 18, 30, 30], { fill: PINK, radius: 4 }),
        rect('Rectangle 53', [132, 0, 30, 48], { fill: PINK, radius: 4 }),
      ]),
    ], { gap: 6, pad: 16, fill: '#FFFFFF', radius: 16 }),
    auto('Frame 310', [24, 278, 327, 150], 'v', [
      text('Payouts', [16, 16, 200, 20], { size: 16, weight: 600, color: INK }),
      rect('Rectangle 60', [16, 44, 295, 40], { fill: '#F3F4F6', radius: 8 }),
      text('Link your bank and you\u2019ll see each payout land here, matched to the dog it was for.', [16, 50, 295, 36], { size: 13, color: GREY }),
      frame('Frame 312', [16, 96, 140, 36], { fill: PINK, radius: 18, link: go('picker') }, [
        text('Link bank', [0, 9, 140, 18], { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
      ]),
    ], { gap: 8, pad: 16, fill: '#FFFFFF', radius: 16 }),
    auto('Frame 320', [24, 444, 327, 160], 'v', [
      text('Today', [0, 0, 327, 20], { size: 16, weight: 600, color: INK }),
      text('09:30  Biscuit (cockapoo) · Full groom · £48', [0, 28, 327, 18], { size: 14, color: INK }),
      text('11:45  Luna (husky) · De-shed · £62', [0, 54, 327, 18], { size: 14, color: INK }),
      text('14:00  Pip (border terrier) · Hand strip · £45', [0, 80, 327, 18], { size: 14, color: INK }),
    ], { gap: 8 }),
    tabBar('Home'),
    rect('Hotspot', [281, H - 75, 94, 50], { fill: null, link: go('settings') }),
  ]);

  const settings = frame('Settings / Linked apps', [x(9), 0, W, H], { key: 'settings', fill: '#F9FAFB' }, [
    statusBar(W),
    text('Linked apps', [24, 64, 327, 30], { size: 24, weight: 700, color: INK }),
    auto('Frame 400', [24, 112, 327, 184], 'v', [
      auto('Frame 401', [0, 0, 327, 40], 'h', [
        rect('Rectangle 70', [0, 0, 36, 36], { image: 'a0c4e1f3b2d5a6c7e8f9a0b1c2d3e4f5a6b7c8d9', radius: 8 }),
        text('MoeGo Grooming', [48, 8, 200, 20], { size: 16, weight: 600, color: INK }),
      ], { gap: 12 }),
      text('First synced 3 Mar 2025, 09:14\nLast synced 2 mins ago · 142 appointments', [0, 52, 327, 40], { size: 13, color: GREY, lh: 20 }),
      auto('Frame 402', [0, 104, 327, 40], 'h', [
        frame('Frame 403', [0, 0, 120, 36], { radius: 18, stroke: PINK }, [
          vec('Vector', [14, 10, 16, 16], { fill: PINK }),
          text('Sync now', [36, 9, 76, 18], { size: 14, weight: 600, color: PINK }),
        ]),
        text('Unlink', [140, 9, 60, 18], { size: 14, weight: 600, color: '#DC2626', link: go('unlink', 'OVERLAY') }),
      ], { gap: 20 }),
    ], { gap: 10, pad: 16, fill: '#FFFFFF', radius: 16 }),
    auto('Frame 410', [24, 312, 327, 96], 'v', [
      auto('Frame 411', [0, 0, 327, 40], 'h', [
        rect('Rectangle 71', [0, 0, 36, 36], { image: 'd3f7b4c6e5a8d9f0b1c2d3e4f5a6b7c8d9e0f1a2', radius: 8 }),
        text('Starling Bank (Business)', [48, 8, 240, 20], { size: 16, weight: 600, color: INK }),
      ], { gap: 12 }),
      text('Waiting for approval', [0, 52, 327, 18], { size: 13, color: '#B45309' }),
    ], { gap: 10, pad: 16, fill: '#FFFFFF', radius: 16 }),
    text('Account', [24, 432, 327, 20], { size: 13, weight: 600, color: GREY }),
    text('Notifications\nCard reader\nDelete account', [24, 460, 327, 84], { size: 15, color: INK, lh: 28 }),
    tabBar('Settings'),
  ]);

  const unlink = frame('Unlink?', [x(10), 0, W, 300], { key: 'unlink', radius: 20 }, [
    text('Unlink MoeGo Grooming?', [24, 28, 327, 28], { size: 20, weight: 700, color: INK }),
    text('We\u2019ll stop reading your diary straight away and delete the appointment copies we hold. Payments you\u2019ve already taken stay put.', [24, 66, 327, 80], { size: 14, color: GREY }),
    frame('Frame 500', [24, 168, 327, 48], { fill: '#DC2626', radius: 24, link: close() }, [
      text('Unlink', [0, 14, 327, 20], { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]),
    text('Keep it linked', [24, 234, 327, 20], { size: 15, color: INK, align: 'CENTER', link: close() }),
  ]);

  const pricing = frame('Plans & fees', [x(11), 0, W, H], { key: 'pricing' }, [
    statusBar(W),
    text('Simple fees', [24, 84, 327, 34], { size: 28, weight: 700, color: INK }),
    auto('Frame 600', [24, 140, 327, 160], 'v', [
      text('Pay as you go', [16, 16, 295, 20], { size: 16, weight: 600, color: INK }),
      text('1.4% + 10p per card payment', [16, 44, 295, 20], { size: 15, color: INK }),
      text('No monthly fee', [16, 70, 295, 20], { size: 14, color: GREY }),
    ], { gap: 8, pad: 16, fill: '#F9FAFB', radius: 14 }),
    auto('Frame 601', [24, 316, 327, 180], 'v', [
      text('Groomer Plus — £9/month', [16, 16, 295, 20], { size: 16, weight: 600, color: INK }),
      text('0.9% + 10p, free card reader, deposits for no-shows', [16, 44, 295, 40], { size: 14, color: INK }),
      text('Cancel anytime — no contract', [16, 92, 295, 18], { size: 13, color: GREY }),
    ], { gap: 8, pad: 16, fill: '#FFF1F4', radius: 14 }),
  ]);

  const flowSection = section('Onboarding — happy path', [-80, -120, 12 * 475 + 100, H + 200], [signup, welcome, biz, why, picker, sheet, linking, hub, home, settings, unlink, pricing]);
  // Section children are positioned relative to the section; shift them back.
  for (const f of flowSection.children) f._box = [f._box[0] + 80, f._box[1] + 120, f._box[2], f._box[3]];

  d.page('🐾 Onboarding flow', [
    flowSection,
    text('Notes: sheet opens as overlay from any logo row. Bank approval happens in the bank\u2019s own app.', [0, H + 140, 900, 24], { size: 20, color: GREY }),
  ], { starts: [['signup', 'Onboarding']] });

  // ---------- Components ----------
  d.page('Components', [
    compSet('btnset', 'Comp / Action / Large', [0, 0, 400, 200], [
      compNode('btn', 'Property 1=Default', [20, 20, 327, 52], { fill: PINK, radius: 26, links: [go('btnHoverNode', 'CHANGE_TO', 'ON_HOVER')] }, [
        text('Label', [0, 15, 327, 22], { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
      ]),
      compNode('btnHover', 'Property 1=Hover', [20, 120, 327, 52], { fill: '#C93A60', radius: 26, key: 'btnHoverNode' }, [
        text('Label', [0, 15, 327, 22], { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
      ]),
    ]),
    compNode('tick', 'tickbox', [500, 20, 20, 20], { fill: '#FFFFFF', radius: 4 }),
    compNode('tabbar', 'Nav / Tab bar', [0, 300, W, 83], { fill: '#FFFFFF' }, [
      line('Line 3', [0, 0, W, 0]),
    ]),
  ]);

  // ---------- Archive ----------
  d.page('Archive — v2 (don\u2019t use)', [
    frame('Splash v2', [0, 0, W, H], { fill: PINK }, [
      statusBar(W, true),
      text('Payments that fit in the van', [24, 420, 327, 70], { size: 30, weight: 700, color: '#FFFFFF' }),
      text('Skip', [300, 60, 50, 20], { size: 15, color: '#FFFFFF' }),
      group('Group 2', [24, 700, 327, 52], [
        rect('Rectangle 1', [0, 0, 327, 52], { fill: '#FFFFFF', radius: 26 }),
        text('Get started', [0, 15, 327, 22], { size: 16, weight: 600, color: PINK, align: 'CENTER' }),
      ]),
    ]),
    frame('Connect bank v2', [475, 0, W, H], { visible: false }, [
      text('Connect your bank securely', [24, 100, 327, 60], { size: 24, weight: 700, color: INK }),
    ]),
  ]);

  const { json, keyToId } = d.finish();
  const k = (s) => keyToId[s];
  const present = [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ];
  const absent = ['funnel.greeting-email', 'funnel.prefill', 'value.progress-meter', 'privacy.powered-by', 'privacy.mutual-nda'];
  const notes = {
    'funnel.three-actions': 'Sign up → Welcome → About your business → Why link: the link prompt is three taps from sign-up.',
    'funnel.cta-visible': '"Link my booking app" is the full-width pink main button on its own screen; Home also carries a "Link bank" card.',
    'funnel.social-proof': 'Five-star quote from a named groomer (Muddy Paws Grooming, Leeds) on the sign-up screen.',
    'value.three-part': 'Why link: benefit (payment requests from appointments), data use (bookings/services for requests, bank feed to match payouts), one main CTA.',
    'value.contextual-ctas': 'Home → Payouts card: "Link your bank and you\u2019ll see each payout land here" with a Link bank button.',
    'value.faq-link': '"Want to know more? Read the FAQs" under the CTA on Why link.',
    'privacy.data-scope': 'Sheet lists what is read from MoeGo (appointments, services/prices, clients) and states the one-way direction.',
    'privacy.trust-language': '"Encrypted end to end, and never handed to anyone else without your say-so."',
    'privacy.consent-action': '20px tick box with agreement wording and an underlined Privacy Notice link before "Continue to MoeGo".',
    'privacy.disconnect-anytime': '"Unlink whenever you like from Settings" in the value list.',
    'privacy.connection-guide': 'Picker footer: "Our step-by-step guide to linking your diary".',
    'privacy.statistics': '"12,400 UK groomers already trust us with their takings".',
    'privacy.support-contacts': 'Phone number and support email on Why link.',
    'platform.explain-redirect': 'Sheet: "You\u2019ll hop over to MoeGo… log in there and tap Allow… sends you straight back here".',
    'platform.grouped-categories': 'Picker groups cards under "Booking diaries" and "Bank accounts".',
    'platform.accurate-branding': 'Logos (image fills), full names (Starling Bank (Business), Tide Business Current Account) and site addresses on each card.',
    'platform.search': 'Rounded search field with magnifier over the list.',
    'platform.alternatives': '"Can\u2019t see your diary? Upload a bookings export (CSV) instead".',
    'platform.non-linear': 'Hub: send the bank step to a teammate / finish later; "I\u2019ll do this later" on Why link.',
    'platform.multiple-connections': 'Hub shows "Connected ✓" and "Pending" badges plus "+ Add another account".',
    'connection.view-live': 'Settings / Linked apps: platform name, first synced and last synced times.',
    'connection.delete': '"Unlink" with a confirmation overlay.',
    'connection.refresh': '"Sync now" button.',
    'connection.syncing-indicator': 'Linking… screen with spinner and "Syncing your diary…".',
    'funnel.greeting-email': 'No email frame anywhere in the file.',
    'funnel.prefill': 'Business details are typed in before linking; nothing is shown prefilled from the diary or bank.',
    'value.progress-meter': 'No progress bar, step counter or strength meter.',
    'privacy.powered-by': 'The only "Powered by" text is a hidden layer on Why link.',
    'privacy.mutual-nda': 'No NDA offer.',
  };
  const flow = { startFrameId: k('signup'), connectFrameId: k('why'), stepsToConnect: 3, deadEnds: [k('pricing')] };
  const truth = truthOut('h131-pet-groomer-payments-mobile.json', 'onboarding',
    'Mobile (375x812) onboarding for a UK card-payments app for mobile dog groomers. After sign-up the groomer links a booking diary (MoeGo, Gingr, GroomLink Pro) and a business bank (Starling, Monzo, Tide); linked apps are managed in Settings.',
    present, absent, notes, flow);
  return { name: 'h131-pet-groomer-payments-mobile', json, truth, connectCandidates: [k('why'), k('picker'), k('sheet'), k('hub'), k('home')] };
}

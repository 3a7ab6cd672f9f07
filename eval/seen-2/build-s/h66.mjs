// h66-salon-payouts-tablet: instant payouts for hair and beauty salons, iPad portrait.
import { frame, section, group, rect, vector, ellipse, text, instance, component, componentSet, canvas, finish, write, image, go, overlay, back, close, changeTo, url, afterDelay } from './lib.mjs';

const W = 834, H = 1194;
const PLUM = '#5B2A86', BLUSH = '#F7E8EE', INK = '#23172B', MUTED = '#6E6377';

const statusBar = () => frame('Status Bar', 0, 0, W, 24, {}, [text('9:41', 20, 4, 40, 16, { size: 12, weight: 600 }), vector('Battery', 790, 6, 26, 12, { fill: INK })]);
const heading = (s, x, y, w = 600, size = 28) => text(s, x, y, w, Math.round(size * 1.3), { size, weight: 700, family: 'Recoleta', color: INK });
const body = (s, x, y, w, h, o = {}) => text(s, x, y, w, h, { size: 16, color: MUTED, ...o });
const pill = (label, x, y, w, o = {}) => frame(o.name ?? 'Frame ' + (300 + x), x, y, w, 56, { fill: o.fill ?? PLUM, radius: 28, layout: 'HORIZONTAL', padX: 24, on: o.on }, [text(label, 24, 17, w - 48, 22, { size: 17, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' })]);
const chip = (label, x, y, w, on = false) => instance(on ? 'Chip / Selected' : 'Chip', on ? 'chipOn' : 'chip', x, y, w, 40, { fill: on ? PLUM : '#FFFFFF', radius: 20, stroke: '#D9CFE0' }, [text(label, 16, 10, w - 32, 20, { size: 15, weight: 500, color: on ? '#FFFFFF' : INK, align: 'CENTER' })]);
const tabBar = (active, on = {}) => frame('Tab bar', 0, H - 84, W, 84, { fill: '#FFFFFF', stroke: '#EEE6F2', layout: 'HORIZONTAL', padX: 40 }, ['Today', 'Payouts', 'Tools', 'Me'].map((t, i) => frame('Auto layout', 40 + i * 190, 10, 160, 56, { layout: 'VERTICAL', gap: 4, on: on[t] }, [vector('Vector', 68, 4, 24, 24, { fill: t === active ? PLUM : '#A89CB0' }), text(t, 0, 32, 160, 18, { size: 12, weight: t === active ? 600 : 400, color: t === active ? PLUM : MUTED, align: 'CENTER' })])));
const toolCard = (nm, sub, x, y, logo, o = {}) => frame(o.name ?? 'Card', x, y, 360, 96, { fill: '#FFFFFF', radius: 16, stroke: '#E8DEEE', layout: 'HORIZONTAL', padX: 20, gap: 16, on: o.on }, [
  logo === 'img' ? rect(nm + ' logo', 20, 24, 48, 48, { fill: image('img' + nm.replace(/\W/g, '').toLowerCase()), radius: 12 }) : group('Group ' + (x + y), 20, 24, 48, 48, [rect('Rectangle', 0, 0, 48, 48, { fill: '#F3EEF6', radius: 12 }), vector('Vector', 10, 10, 28, 28, { fill: logo })]),
  frame('Frame 51', 84, 22, 200, 52, { layout: 'VERTICAL', gap: 2 }, [text(nm, 0, 0, 200, 24, { size: 17, weight: 600, color: INK }), text(sub, 0, 28, 200, 20, { size: 13, color: MUTED })]),
  ...(o.badge ? [frame('Badge', 290, 34, 56, 28, { fill: o.badgeFill ?? '#E4F5EA', radius: 14 }, [text(o.badge, 8, 5, 40, 18, { size: 12, weight: 600, color: o.badgeColor ?? '#1E7A45', align: 'CENTER' })])] : [vector('chevron-right', 324, 38, 12, 20, { fill: '#A89CB0' })]),
]);

// ---------- page: Cover
const cover = canvas('Cover', [frame('Cover', 0, 0, 1920, 1080, { fill: PLUM }, [
  text('Tressa — instant payouts', 120, 380, 1200, 96, { size: 80, weight: 700, family: 'Recoleta', color: '#FFFFFF' }),
  text('Onboarding · iPad · v3 (handoff)', 120, 500, 900, 40, { size: 32, color: '#E8D5F2' }),
  rect('Rectangle 4', 1300, 260, 480, 560, { fill: image('coverphoto01'), radius: 32 }),
])]);

// ---------- page: Components
const components = canvas('🧩 Components', [
  componentSet('Btn', 0, 0, 420, 200, { description: 'Primary pill button', stroke: '#9747FF' }, [
    component('Property 1=Default', 20, 20, 360, 56, { key: 'btnDefault', fill: PLUM, radius: 28, on: changeTo('btnHover') }, [text('Label', 24, 17, 312, 22, { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    component('Property 1=Hover', 20, 110, 360, 56, { key: 'btnHover', fill: '#47206A', radius: 28 }, [text('Label', 24, 17, 312, 22, { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
  component('Chip', 500, 0, 120, 40, { key: 'chip', fill: '#FFFFFF', radius: 20, stroke: '#D9CFE0' }, [text('Chip', 16, 10, 88, 20, { size: 15 })]),
  component('Chip / Selected', 500, 60, 120, 40, { key: 'chipOn', fill: PLUM, radius: 20 }, [text('Chip', 16, 10, 88, 20, { size: 15, color: '#FFFFFF' })]),
  component('tick-box', 700, 0, 20, 20, { key: 'tick', radius: 6, stroke: PLUM, strokeWeight: 2, description: 'consent tick' }, [vector('Vector', 4, 5, 12, 10, { fill: '#FFFFFF' })]),
]);

// ---------- page: Flow
const X = (i) => i * (W + 140);
const F = (name, i, key, kids, o = {}) => frame(name, X(i), o.y ?? 0, W, o.h ?? H, { fill: o.fill ?? '#FFFBFD', key, clip: true }, [statusBar(), ...kids]);

const signup = F('Hello', 0, 'signup', [
  rect('Rectangle 12', 0, 24, W, 420, { fill: image('salonhero7') }),
  frame('Frame 427', 64, 480, 706, 640, { layout: 'VERTICAL', gap: 20 }, [
    heading('Get paid the same day you style ✂️', 0, 0, 706, 32),
    body('Tressa pays out your card takings within minutes — not three days later.', 0, 52, 706, 48),
    frame('Auto layout', 0, 120, 706, 250, { layout: 'VERTICAL', gap: 14 }, [
      ...['Salon name', 'Your email', 'Create a password'].map((p, i) => frame('Input', 0, i * 78, 706, 64, { fill: '#FFFFFF', radius: 14, stroke: '#D9CFE0', padX: 18 }, [text(p, 18, 21, 500, 22, { size: 16, color: '#A89CB0' })])),
    ]),
    pill('Create my account', 0, 390, 706, { name: 'cta/primary', on: go('about') }),
    frame('Frame 433', 0, 466, 706, 24, { layout: 'HORIZONTAL', gap: 6 }, [
      text('Curious about fees?', 170, 0, 150, 22, { size: 15, color: MUTED }),
      text('See plans', 326, 0, 80, 22, { size: 15, weight: 600, color: PLUM, deco: 'UNDERLINE', on: go('pricing') }),
    ]),
    frame('Quote', 0, 510, 706, 120, { fill: BLUSH, radius: 18, layout: 'HORIZONTAL', padX: 20, gap: 16 }, [
      ellipse('Ellipse 3', 20, 30, 60, 60, { fill: image('avatarjas') }),
      frame('Frame 440', 96, 18, 590, 84, { layout: 'VERTICAL', gap: 6 }, [
        text('“Honestly the best thing I\u2019ve added since online booking. Wages day isn\u2019t scary any more.”', 0, 0, 590, 48, { size: 16, color: INK, family: 'Recoleta' }),
        text('Jasmine O., owner · Curl Theory, Peckham', 0, 56, 590, 20, { size: 13, weight: 600, color: MUTED }),
      ]),
    ]),
  ]),
]);

const about = F('About your salon', 1, 'about', [
  frame('Nav', 0, 24, W, 64, {}, [vector('arrow-left', 24, 20, 24, 24, { fill: INK, on: back() }), text('Skip for now', 680, 20, 130, 22, { size: 15, color: MUTED, align: 'RIGHT', on: go('hub') })]),
  frame('Frame 428', 64, 120, 706, 900, { layout: 'VERTICAL', gap: 28 }, [
    heading('Tell us a little about your salon', 0, 0, 706),
    body('So we can suggest the right tools to plug in.', 0, 48, 706, 24),
    frame('Auto layout', 0, 100, 706, 150, { layout: 'VERTICAL', gap: 12 }, [
      text('What do you do?', 0, 0, 706, 22, { size: 17, weight: 600, color: INK }),
      frame('Chips', 0, 36, 706, 100, { layout: 'HORIZONTAL', gap: 10 }, [chip('Hair', 0, 0, 90, true), chip('Nails', 100, 0, 90), chip('Brows & lashes', 200, 0, 150, true), chip('Barber', 360, 0, 100), chip('Spa & massage', 470, 0, 150), chip('Aesthetics', 0, 52, 120)]),
    ]),
    frame('Auto layout', 0, 280, 706, 110, { layout: 'VERTICAL', gap: 12 }, [
      text('How many chairs or rooms?', 0, 0, 706, 22, { size: 17, weight: 600, color: INK }),
      frame('Chips', 0, 36, 706, 40, { layout: 'HORIZONTAL', gap: 10 }, [chip('Just me', 0, 0, 100), chip('2–5', 110, 0, 80, true), chip('6–15', 200, 0, 80), chip('16+', 290, 0, 70)]),
    ]),
    frame('Auto layout', 0, 420, 706, 110, { layout: 'VERTICAL', gap: 12 }, [
      text('How do clients book?', 0, 0, 706, 22, { size: 17, weight: 600, color: INK }),
      frame('Chips', 0, 36, 706, 40, { layout: 'HORIZONTAL', gap: 10 }, [chip('Online booking app', 0, 0, 190, true), chip('Phone & diary', 200, 0, 150), chip('Walk-ins', 360, 0, 110)]),
    ]),
  ]),
  instance('Btn', 'btnDefault', 64, 1060, 706, 56, { fill: PLUM, radius: 28, on: go('hub') }, [text('Next', 24, 17, 658, 22, { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
]);

const hub = F('Plug in your tools', 2, 'hub', [
  frame('Nav', 0, 24, W, 64, {}, [vector('arrow-left', 24, 20, 24, 24, { fill: INK, on: back() }), text('Ask a teammate · Finish later', 520, 20, 290, 22, { size: 15, weight: 600, color: PLUM, align: 'RIGHT', on: overlay('share') })]),
  frame('Frame 429', 64, 100, 706, 1000, { layout: 'VERTICAL', gap: 24 }, [
    frame('Intro', 0, 0, 706, 250, { layout: 'VERTICAL', gap: 12 }, [
      heading('Plug in your booking system and get paid in minutes', 0, 0, 706, 28),
      frame('Frame 52', 0, 84, 706, 150, { fill: BLUSH, radius: 18, layout: 'VERTICAL', padX: 20, padY: 16, gap: 10 }, [
        text('💸  Your takings land in your bank the same day, every day.', 20, 16, 666, 22, { size: 15, color: INK }),
        text('📖  We read finished appointments and card sales from your booking app (we never edit your diary or your clients).', 20, 46, 666, 44, { size: 15, color: INK }),
        text('👉  Pick your booking software below to start.', 20, 98, 666, 22, { size: 15, color: INK }),
        text('Why do we need this?', 20, 124, 200, 20, { size: 14, weight: 600, color: PLUM, deco: 'UNDERLINE', on: url('https://help.tressa.co/why-link') }),
      ]),
    ]),
    frame('Search', 0, 270, 706, 52, { fill: '#FFFFFF', radius: 26, stroke: '#D9CFE0', layout: 'HORIZONTAL', padX: 18, gap: 10 }, [vector('Vector', 18, 16, 20, 20, { fill: '#A89CB0' }), text('Find your software…', 48, 15, 400, 22, { size: 16, color: '#A89CB0' })]),
    frame('Tabs', 0, 340, 706, 44, { layout: 'HORIZONTAL', gap: 8 }, [chip('All', 0, 0, 70, true), chip('Bookings & till', 80, 0, 160), chip('Accounts', 250, 0, 110), chip('Bank', 370, 0, 80)]),
    frame('Frame 430', 0, 404, 706, 310, { layout: 'VERTICAL', gap: 12 }, [
      text('Booking & till', 0, 0, 706, 26, { size: 20, weight: 700, color: INK }),
      frame('Grid', 0, 40, 706, 204, { layout: 'HORIZONTAL', gap: 12 }, [
        toolCard('Fresha', 'Bookings, sales & tips', 0, 0, 'img', { on: overlay('consent') }),
        toolCard('Timely', 'Bookings & Timely Pay', 372, 0, 'img'),
        toolCard('Phorest Salon Software', 'Bookings & POS', 0, 108, 'img'),
        toolCard('Square Appointments', 'Bookings & card reader', 372, 108, '#111111'),
      ]),
    ]),
    frame('Frame 431', 0, 730, 706, 200, { layout: 'VERTICAL', gap: 12 }, [
      text('Accounts', 0, 0, 706, 26, { size: 20, weight: 700, color: INK }),
      frame('Grid', 0, 40, 706, 96, { layout: 'HORIZONTAL', gap: 12 }, [
        toolCard('Xero', 'Accounting', 0, 0, '#13B5EA'),
        toolCard('QuickBooks Online', 'Accounting', 372, 0, '#2CA01C'),
      ]),
      text('Don\u2019t see yours? Upload a takings report (CSV or PDF) instead', 0, 150, 706, 22, { size: 15, weight: 600, color: PLUM, on: go('upload') }),
    ]),
  ]),
  pill('Link booking\u00A0software', 64, 1320, 706, { name: 'Btn', on: overlay('consent') }),
], { h: 1420 });

const consent = frame('Sheet – before we link', X(3), 0, W, H, { fill: '#00000066', key: 'consent' }, [
  frame('Sheet', 0, 400, W, 794, { fill: '#FFFFFF', radius: 28 }, [
    rect('Grabber', 387, 10, 60, 5, { fill: '#D9CFE0', radius: 3 }),
    vector('close', 780, 24, 24, 24, { fill: MUTED, on: close() }),
    frame('Frame 432', 64, 60, 706, 680, { layout: 'VERTICAL', gap: 20 }, [
      group('Group 8', 0, 0, 160, 56, [rect('Fresha logo', 0, 0, 56, 56, { fill: image('imgfresha'), radius: 14 }), vector('Vector', 68, 20, 24, 16, { fill: '#A89CB0' }), rect('Tressa mark', 104, 0, 56, 56, { fill: PLUM, radius: 14 })]),
      heading('Before we link Fresha', 0, 76, 706, 26),
      frame('Auto layout', 0, 130, 706, 260, { layout: 'VERTICAL', gap: 14 }, [
        text('1  You\u2019ll hop over to Fresha to log in and say yes.\n2  Fresha sends you straight back here.\n3  We start reading your completed appointments and card takings — read-only, nothing goes back into Fresha.', 0, 0, 706, 110, { size: 16, color: INK }),
        text('Your data is encrypted end to end and we never sell it or pass it to anyone else without asking you first.', 0, 124, 706, 44, { size: 15, color: MUTED }),
        text('Changed your mind later? Unlink Fresha whenever you like in Settings › Connected tools.', 0, 182, 706, 44, { size: 15, color: MUTED }),
      ]),
      frame('Consent row', 0, 410, 706, 48, { layout: 'HORIZONTAL', gap: 12 }, [
        instance('tick-box', 'tick', 0, 4, 20, 20, { radius: 6, stroke: PLUM, strokeWeight: 2 }, [vector('Vector', 4, 5, 12, 10, { fill: '#FFFFFF' })]),
        frame('Frame 55', 32, 0, 674, 48, { layout: 'HORIZONTAL', gap: 4 }, [
          text('I\u2019m happy for Tressa to use my Fresha data as set out in the', 0, 0, 480, 44, { size: 15, color: INK }),
          text('privacy notice', 480, 22, 110, 22, { size: 15, color: PLUM, deco: 'UNDERLINE', on: url('https://tressa.co/privacy') }),
        ]),
      ]),
      text('Step-by-step: linking Fresha', 0, 480, 300, 22, { size: 15, weight: 600, color: PLUM, deco: 'UNDERLINE', on: overlay('help') }),
      text('Powered by Linkwell · bank-grade connections', 0, 520, 400, 18, { size: 12, color: MUTED, visible: false }),
    ]),
    pill('Continue to Fresha', 64, 700, 706, { name: 'Comp / Action / Large', on: go('authorising') }),
  ]),
]);

const authorising = F('Waiting for Fresha', 4, 'authorising', [
  frame('Frame 434', 167, 420, 500, 300, { layout: 'VERTICAL', gap: 20 }, [
    ellipse('Spinner', 218, 0, 64, 64, { stroke: PLUM, strokeWeight: 6 }),
    text('Talking to Fresha…', 0, 96, 500, 32, { size: 22, weight: 700, color: INK, align: 'CENTER' }),
    body('Finish logging in on the Fresha page. Keep this tab open.', 0, 140, 500, 48, { align: 'CENTER' }),
  ]),
], {});
authorising.interactions = [afterDelay('linked', 2200)];

const linked = F('All plugged in', 5, 'linked', [
  frame('Frame 435', 64, 120, 706, 960, { layout: 'VERTICAL', gap: 24 }, [
    text('🎉', 0, 0, 60, 60, { size: 48 }),
    heading('Fresha is linked!', 0, 76, 706, 28),
    body('Most salons also add their accounts so payouts reconcile themselves.', 0, 124, 706, 48),
    frame('List', 0, 200, 706, 320, { layout: 'VERTICAL', gap: 12 }, [
      toolCard('Fresha', 'Bookings, sales & tips', 0, 0, 'img', { badge: 'Linked ✓' }),
      toolCard('Xero', 'Accounting · waiting for you to approve', 0, 108, '#13B5EA', { badge: 'Pending', badgeFill: '#FFF3D6', badgeColor: '#8A5A00' }),
      frame('Add another', 0, 216, 360, 64, { radius: 16, stroke: '#C9B6D6', layout: 'HORIZONTAL', padX: 20, gap: 10, on: go('hub') }, [vector('plus', 20, 22, 20, 20, { fill: PLUM }), text('Add another tool', 52, 20, 240, 22, { size: 16, weight: 600, color: PLUM })]),
    ]),
  ]),
  pill('Continue', 64, 1060, 706, { on: go('details') }),
]);

const details = F('Check your details', 6, 'details', [
  frame('Nav', 0, 24, W, 64, {}, [vector('arrow-left', 24, 20, 24, 24, { fill: INK, on: back() })]),
  frame('Frame 436', 64, 110, 706, 900, { layout: 'VERTICAL', gap: 18 }, [
    heading('Does this look right?', 0, 0, 706),
    body('We\u2019ve filled this in from Fresha — just tweak anything that\u2019s off.', 0, 46, 706, 24),
    ...[['Trading name', 'Curl Theory'], ['Business address', '112 Rye Lane, London SE15 4ST'], ['Phone', '020 7946 0123'], ['VAT number', 'GB 284 1190 37'], ['Opening hours', 'Tue–Sat, 9:00–19:00']].map(([l, v], i) => frame('Field', 0, 96 + i * 96, 706, 84, { layout: 'VERTICAL', gap: 6 }, [
      text(l, 0, 0, 706, 20, { size: 14, weight: 600, color: MUTED }),
      frame('Input', 0, 26, 706, 56, { fill: '#FFFFFF', radius: 14, stroke: '#D9CFE0' }, [text(v, 18, 17, 560, 22, { size: 16, color: INK }), text('from Fresha', 590, 19, 100, 18, { size: 12, color: PLUM })]),
    ])),
  ]),
  instance('Btn', 'btnDefault', 64, 1060, 706, 56, { fill: PLUM, radius: 28, on: go('home') }, [text('Looks good', 24, 17, 658, 22, { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
]);

const home = F('Home', 7, 'home', [
  frame('Frame 437', 40, 60, 754, 1020, { layout: 'VERTICAL', gap: 20 }, [
    text('Morning, Jasmine ☀️', 0, 0, 754, 34, { size: 26, weight: 700, family: 'Recoleta', color: INK }),
    frame('Balance', 0, 56, 754, 200, { fill: PLUM, radius: 24, layout: 'VERTICAL', padX: 28, padY: 24, gap: 8 }, [
      text('Ready to pay out', 28, 24, 400, 20, { size: 15, color: '#E8D5F2' }),
      text('£1,284.60', 28, 50, 400, 56, { size: 44, weight: 700, color: '#FFFFFF' }),
      frame('Pay me now', 28, 126, 200, 48, { fill: '#FFFFFF', radius: 24 }, [text('Pay me now', 20, 13, 160, 22, { size: 16, weight: 700, color: PLUM, align: 'CENTER' })]),
    ]),
    frame('Chart card', 0, 276, 754, 360, { fill: '#FFFFFF', radius: 20, stroke: '#EEE6F2', layout: 'VERTICAL', padX: 24, padY: 20, gap: 12 }, [
      text('This week vs last week', 24, 20, 400, 24, { size: 18, weight: 700, color: INK }),
      rect('Rectangle 19', 24, 60, 706, 180, { fill: '#F6F1F8', radius: 12 }),
      text('Add your accounts to see costs and profit next to your takings', 24, 256, 600, 22, { size: 15, color: MUTED }),
      frame('Frame 60', 24, 292, 220, 44, { fill: BLUSH, radius: 22, on: overlay('consent') }, [text('Link Xero or QuickBooks', 16, 11, 188, 22, { size: 14, weight: 600, color: PLUM, align: 'CENTER' })]),
    ]),
    frame('Recent payouts', 0, 656, 754, 300, { layout: 'VERTICAL', gap: 10 }, [
      text('Recent payouts', 0, 0, 754, 26, { size: 20, weight: 700, color: INK }),
      ...[['Today 14:02', '£612.40'], ['Yesterday 18:55', '£1,902.10'], ['Sat 17:40', '£2,240.00']].map(([d, a], i) => frame('Row', 0, 40 + i * 64, 754, 56, { fill: '#FFFFFF', radius: 12, layout: 'HORIZONTAL', padX: 16 }, [text(d, 16, 17, 400, 22, { size: 15, color: INK }), text(a, 600, 17, 138, 22, { size: 15, weight: 600, color: INK, align: 'RIGHT' })])),
    ]),
  ]),
  tabBar('Today', { Tools: go('tools'), Me: go('me') }),
]);

const toolRow = (nm, meta, state, y, logo) => frame('Row', 0, y, 754, 132, { fill: '#FFFFFF', radius: 18, stroke: '#EEE6F2', layout: 'HORIZONTAL', padX: 20, gap: 16 }, [
  logo === 'img' ? rect(nm + ' logo', 20, 20, 48, 48, { fill: image('img' + nm.toLowerCase()), radius: 12 }) : vector(nm, 20, 20, 48, 48, { fill: logo }),
  frame('Frame 61', 84, 16, 420, 100, { layout: 'VERTICAL', gap: 4 }, [text(nm, 0, 0, 420, 24, { size: 17, weight: 600, color: INK }), text(meta, 0, 28, 420, 60, { size: 13, color: MUTED })]),
  frame('Actions', 520, 16, 214, 100, { layout: 'VERTICAL', gap: 8 }, state),
]);
const tools = F('Settings / Connected tools', 8, 'tools', [
  frame('Frame 438', 40, 60, 754, 1000, { layout: 'VERTICAL', gap: 16 }, [
    text('Connected tools', 0, 0, 754, 34, { size: 26, weight: 700, family: 'Recoleta', color: INK }),
    frame('Tabs', 0, 50, 754, 44, { layout: 'HORIZONTAL', gap: 0 }, [
      frame('Tab', 0, 0, 250, 44, { stroke: PLUM }, [text('Linked (2)', 0, 12, 250, 20, { size: 15, weight: 600, color: PLUM, align: 'CENTER' })]),
      frame('Tab', 250, 0, 250, 44, {}, [text('Available', 0, 12, 250, 20, { size: 15, color: MUTED, align: 'CENTER' })]),
      frame('Tab', 500, 0, 254, 44, {}, [text('Activity', 0, 12, 254, 20, { size: 15, color: MUTED, align: 'CENTER' })]),
    ]),
    toolRow('Fresha', 'Linked 3 Mar 2026, 10:12\nLast update today at 09:58 · 1,842 appointments', [
      frame('Frame 62', 0, 0, 214, 40, { radius: 20, stroke: PLUM }, [vector('refresh', 16, 10, 20, 20, { fill: PLUM }), text('Update now', 44, 10, 150, 20, { size: 14, weight: 600, color: PLUM })]),
      text('Unlink', 0, 56, 214, 20, { size: 14, weight: 600, color: '#B42318', align: 'CENTER', on: overlay('unlink') }),
    ], 110, 'img'),
    toolRow('Xero', 'Linked just now\nFetching invoices and bank lines…', [
      frame('Frame 63', 0, 0, 214, 40, { layout: 'HORIZONTAL', gap: 8 }, [ellipse('Spinner', 0, 10, 20, 20, { stroke: PLUM, strokeWeight: 3 }), text('Syncing…', 30, 10, 150, 20, { size: 14, color: MUTED })]),
      text('Unlink', 0, 56, 214, 20, { size: 14, weight: 600, color: '#B42318', align: 'CENTER' }),
    ], 258, '#13B5EA'),
    frame('Add', 0, 406, 754, 64, { radius: 16, stroke: '#C9B6D6', on: go('hub') }, [vector('plus', 20, 22, 20, 20, { fill: PLUM }), text('Plug in another tool', 52, 20, 300, 22, { size: 16, weight: 600, color: PLUM })]),
    frame('Help', 0, 490, 754, 60, {}, [text('Stuck? We\u2019re here →', 0, 18, 300, 22, { size: 15, weight: 600, color: PLUM, on: overlay('help') })]),
  ]),
  tabBar('Tools', { Today: go('home'), Me: go('me') }),
]);

const unlink = frame('Dialog – unlink', X(9), 0, W, H, { fill: '#00000066', key: 'unlink' }, [
  frame('Dialog', 117, 420, 600, 320, { fill: '#FFFFFF', radius: 24, layout: 'VERTICAL', padX: 32, padY: 28, gap: 14 }, [
    text('Unlink Fresha?', 32, 28, 536, 30, { size: 22, weight: 700, color: INK }),
    body('We\u2019ll stop reading your Fresha data straight away and delete what we\u2019ve stored within 30 days. Same-day payouts will pause until you link again.', 32, 70, 536, 96),
    frame('Buttons', 32, 200, 536, 56, { layout: 'HORIZONTAL', gap: 12 }, [
      pill('Keep it', 0, 0, 262, { fill: '#F3EEF6', color: PLUM, on: close() }),
      pill('Yes, unlink', 274, 0, 262, { fill: '#B42318', on: go('tools') }),
    ]),
  ]),
]);

const me = F('Me', 10, 'me', [
  frame('Frame 439', 40, 60, 754, 900, { layout: 'VERTICAL', gap: 12 }, [
    text('Me', 0, 0, 754, 34, { size: 26, weight: 700, family: 'Recoleta', color: INK }),
    ...['Salon details', 'Bank account for payouts', 'Team & permissions', 'Notifications', 'Plan & billing'].map((s, i) => frame('Row', 0, 56 + i * 68, 754, 60, { fill: '#FFFFFF', radius: 12 }, [text(s, 16, 19, 600, 22, { size: 16, color: INK }), vector('chevron-right', 724, 20, 10, 18, { fill: '#A89CB0' })])),
    frame('Row', 0, 412, 754, 60, { fill: '#FFFFFF', radius: 12, on: overlay('help') }, [text('Help & contact', 16, 19, 600, 22, { size: 16, color: INK })]),
    text('Delete account', 0, 500, 754, 22, { size: 15, weight: 600, color: '#B42318', align: 'CENTER' }),
    text('Version 3.4.1 (218)', 0, 540, 754, 18, { size: 12, color: '#A89CB0', align: 'CENTER' }),
  ]),
  tabBar('Me', { Today: go('home'), Tools: go('tools') }),
]);

const help = frame('Sheet – help', X(11), 0, W, H, { fill: '#00000066', key: 'help' }, [
  frame('Sheet', 0, 560, W, 634, { fill: '#FFFFFF', radius: 28 }, [
    vector('close', 780, 24, 24, 24, { fill: MUTED, on: close() }),
    frame('Frame 441', 64, 60, 706, 520, { layout: 'VERTICAL', gap: 16 }, [
      heading('We\u2019ve got you 💜', 0, 0, 706, 26),
      text('Chat with us in the app (8am–8pm, 7 days)\nhello@tressa.co\n0161 496 0775', 0, 50, 706, 80, { size: 16, color: INK }),
      frame('Btn', 0, 150, 340, 52, { fill: PLUM, radius: 26 }, [text('Start a chat', 20, 15, 300, 22, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      text('Guides', 0, 230, 706, 24, { size: 18, weight: 700, color: INK }),
      text('How to link Fresha, step by step\nHow to link Timely\nLinking Xero for automatic reconciliation', 0, 264, 706, 80, { size: 15, color: PLUM, deco: 'UNDERLINE' }),
    ]),
  ]),
]);

const share = frame('Sheet – ask a teammate', X(12), 0, W, H, { fill: '#00000066', key: 'share' }, [
  frame('Sheet', 0, 640, W, 554, { fill: '#FFFFFF', radius: 28 }, [
    vector('close', 780, 24, 24, 24, { fill: MUTED, on: close() }),
    frame('Frame 442', 64, 60, 706, 440, { layout: 'VERTICAL', gap: 16 }, [
      heading('Someone else runs the booking app?', 0, 0, 706, 24),
      body('Send them a link — they can plug it in from their phone. We\u2019ll save where you got to.', 0, 44, 706, 48),
      frame('Input', 0, 110, 706, 56, { fill: '#FFFFFF', radius: 14, stroke: '#D9CFE0' }, [text('Their email or mobile', 18, 17, 400, 22, { size: 16, color: '#A89CB0' })]),
      pill('Send invite', 0, 190, 706, { on: close() }),
      text('I\u2019ll finish this later', 0, 266, 706, 22, { size: 15, weight: 600, color: PLUM, align: 'CENTER', on: go('home') }),
    ]),
  ]),
]);

const upload = F('Upload a report', 13, 'upload', [
  frame('Nav', 0, 24, W, 64, {}, [vector('arrow-left', 24, 20, 24, 24, { fill: INK, on: back() })]),
  frame('Frame 443', 64, 110, 706, 700, { layout: 'VERTICAL', gap: 18 }, [
    heading('Upload your takings instead', 0, 0, 706),
    body('Export a sales or end-of-day report from your till for the last 3 months. We accept CSV, XLSX or PDF.', 0, 48, 706, 48),
    frame('Drop zone', 0, 120, 706, 260, { radius: 20, stroke: '#C9B6D6', fill: '#FBF7FD' }, [vector('upload', 329, 80, 48, 48, { fill: PLUM }), text('Tap to choose a file', 0, 150, 706, 22, { size: 16, weight: 600, color: PLUM, align: 'CENTER' })]),
  ]),
  pill('Send for review', 64, 1060, 706, { on: go('home') }),
]);

const pricing = F('Pricing', 14, 'pricing', [
  frame('Nav', 0, 24, W, 64, {}, [vector('arrow-left', 24, 20, 24, 24, { fill: INK, on: back() })]),
  frame('Frame 444', 64, 110, 706, 900, { layout: 'VERTICAL', gap: 20 }, [
    heading('Simple pricing. Skip the 3-day wait.', 0, 0, 706),
    ...[['Pay as you go', '1.2% per instant payout', 'No monthly fee'], ['Tressa Plus', '£29 / month', '0.6% per payout · cancel anytime']].map(([a, b, c], i) => frame('Plan', 0, 70 + i * 220, 706, 200, { fill: '#FFFFFF', radius: 20, stroke: '#E8DEEE', layout: 'VERTICAL', padX: 24, padY: 24, gap: 8 }, [
      text(a, 24, 24, 600, 26, { size: 20, weight: 700, color: INK }), text(b, 24, 60, 600, 36, { size: 28, weight: 700, color: PLUM }), text(c, 24, 110, 600, 22, { size: 15, color: MUTED }),
    ])),
    text('Prices include VAT. Standard next-day payouts are always free.', 0, 520, 706, 22, { size: 13, color: MUTED }),
  ]),
]);

const flowPage = canvas('Flow – iPad', [
  section('Sign up', -80, -200, 2 * (W + 140) + 80, H + 300, [signup, about].map((f) => { f._x += 80; f._y = 200; return f; })),
  hub, consent, authorising, linked, details, home, tools, unlink, me, help, share, upload, pricing,
], { start: [['signup', 'Onboarding – salon owner']] });

const archive = canvas('🗄 Archive', [
  frame('OLD – connect v1', 0, 0, W, H, { fill: '#FFFFFF' }, [heading('Connect your salon software', 64, 120, 706), pill('Connect now', 64, 1060, 706)]),
  frame('OLD – connect v1 (dark)', W + 140, 0, W, H, { fill: '#1B1020' }, [text('Connect your salon software', 64, 120, 706, 36, { size: 28, weight: 700, color: '#FFFFFF' })]),
]);

const file = finish('h66-salon-payouts-tablet', [cover, flowPage, components, archive], { name: 'Tressa – Onboarding iPad (v3)', lastModified: '2026-02-11T16:40:22Z', version: '5120988310' });

write('h66-salon-payouts-tablet', file, {
  kind: 'onboarding',
  description: 'Tressa, instant same-day payouts for hair and beauty salons, iPad portrait. Sign-up, a salon-profile screen with chips, a hub to plug in booking software (Fresha, Timely, Phorest, Square Appointments) and accounts (Xero, QuickBooks Online), a consent sheet, a linked-tools list, prefilled details, a home dashboard, connected-tools settings, help and teammate sheets, an upload fallback and a dead-end pricing screen.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'value.progress-meter', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'Hello → About your salon → Plug in your tools: two taps from sign-up.',
    'funnel.social-proof': 'Quote from a salon owner on the sign-up screen.',
    'funnel.prefill': '"Does this look right?" fields marked "from Fresha".',
    'value.three-part': 'Blush panel: same-day takings (value), reads finished appointments and card sales read-only (use), pick your booking software (next), with the "Link booking software" button.',
    'value.contextual-ctas': 'Home chart card: "Link Xero or QuickBooks" to show costs and profit.',
    'value.faq-link': '"Why do we need this?" under the value panel.',
    'privacy.consent-action': 'Tick box beside the privacy-notice sentence on the consent sheet.',
    'privacy.powered-by': 'The only "Powered by" line is a hidden layer.',
    'privacy.statistics': 'No figures about customers or encryption.',
    'platform.grouped-categories': '"Booking & till" and "Accounts" headings over the cards (plus filter chips).',
    'platform.non-linear': '"Ask a teammate · Finish later" sheet; "Skip for now" on the profile screen.',
    'connection.syncing-indicator': 'Xero row shows a spinner and "Syncing…".',
    'value.progress-meter': 'No meter or step counter; chips only.',
  },
  flow: { start: 'signup', connect: 'hub', steps: 2, deadEnds: ['pricing'] },
});

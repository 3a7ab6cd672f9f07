// d93 — deposits and payouts for tattoo studios, iPhone 375x812, UK English.
import { F, G, R, V, E, T, I, node, btnFrame, btnGroup, btnInst, link, logo, divider, pill, statusBar, finalize, writeOut, WRITER } from './lib.mjs';

export const NAME = 'd93-tattoo-studio-deposits-mobile';
export const connectFrames = ['Frame 1204', 'Frame 1207', 'Frame 1213', 'Lock screen'];

const W = 375; const H = 812;
const scr = (key, name, i, kids, o = {}) => F(name, i * 455, o.y ?? 0, W, H, { key, fill: '#FFFFFF', ...o, y: undefined }, [statusBar(W), ...kids]);
const ink = '#17171A'; const accent = '#E0483E'; const muted = '#6E6E73';

function tabBar(active) {
  const items = [['Diary', 'home'], ['Deposits', null], ['Payouts', null], ['Studio', 'settings']];
  return F('Auto layout', 0, H - 84, W, 84, { fill: '#FFFFFF', stroke: '#E5E5EA', layout: 'HORIZONTAL', px: 12 }, items.map(([t, to], k) =>
    F('Frame ' + (640 + k), 12 + k * 88, 8, 88, 50, { layout: 'VERTICAL', gap: 4, to: to && to !== active ? to : undefined }, [
      V('Vector', 32, 4, 24, 24, { fill: to === active ? accent : '#A1A1A6' }),
      T(t, 0, 32, 88, 16, { size: 11, weight: 500, align: 'CENTER', color: to === active ? accent : '#8E8E93' }),
    ])));
}

function build() {
  // ---------- Cover ----------
  const cover = [F('Cover', 0, 0, 1920, 1080, { fill: '#17171A' }, [
    T('Stencil — deposits & payouts', 120, 380, 1200, 90, { size: 72, weight: 700, color: '#FFFFFF' }),
    T('Onboarding v3 · app-linking flow · UK launch', 120, 490, 1000, 40, { size: 28, color: '#B4B4BA' }),
    pill('In review', 120, 560, 110, '#FFD60A', '#17171A'),
    logo('c0ver9a1', 1500, 380, 240, { radius: 48 }),
  ])];

  // ---------- Components ----------
  const comps = [
    node('COMPONENT_SET', 'Btn', 0, 0, 760, 260, { fill: '#FFFFFF', stroke: '#9747FF', radius: 5 }, [
      node('COMPONENT', 'Property 1=Default', 40, 40, 311, 52, { key: 'c_btn', fill: ink, radius: 26, links: [['c_btn_h', 'CHANGE_TO']] }, [T('Label', 12, 16, 287, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      node('COMPONENT', 'Property 1=Hover', 400, 40, 311, 52, { key: 'c_btn_h', fill: '#3A3A3F', radius: 26 }, [T('Label', 12, 16, 287, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      node('COMPONENT', 'Property 1=Ghost', 40, 150, 311, 52, { key: 'c_btn_g', stroke: ink, radius: 26 }, [T('Label', 12, 16, 287, 20, { size: 16, weight: 600, color: ink, align: 'CENTER' })]),
    ]),
    node('COMPONENT', 'row/app', 0, 320, 343, 64, { key: 'c_row', fill: '#F7F7F8', radius: 14 }, [
      R('Rectangle 2', 12, 12, 40, 40, { fill: '#DDDDDD', radius: 10 }), T('App name', 64, 22, 200, 20, { size: 15, weight: 600 }), V('chevron', 315, 26, 8, 12, { fill: '#C7C7CC' }),
    ]),
    node('COMPONENT', 'tick', 0, 420, 20, 20, { key: 'c_tick', stroke: '#6E6E73', radius: 4 }, [V('Vector', 4, 5, 12, 10, { fill: '#FFFFFF', visible: false })]),
  ];

  // ---------- Flow ----------
  const splash = scr('splash', 'Welcome', 0, [
    T('Skip', 310, 56, 44, 20, { size: 15, color: muted, to: 'signup' }),
    G('Group 3', 0, 96, W, 360, [
      R('Rectangle 1', 0, 0, W, 360, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: '5a1c0ffee' }] }),
      T('Illustration: artist at a light box', 24, 320, 300, 18, { size: 11, color: '#FFFFFF', visible: false }),
    ]),
    T('Stop losing slots\nto no-shows', 24, 480, 327, 72, { size: 28, weight: 700, color: ink }),
    T('Take a deposit when the booking lands, get paid out the next working day.', 24, 566, 327, 44, { size: 15, color: muted }),
    G('Group 11', 24, 626, 60, 8, [E('Ellipse 1', 0, 0, 8, 8, { fill: ink }), E('Ellipse 2', 16, 0, 8, 8, { fill: '#D1D1D6' }), E('Ellipse 3', 32, 0, 8, 8, { fill: '#D1D1D6' })]),
    btnInst('Get started', 'c_btn', 24, 680, 327, 52, { radius: 26, bg: ink, to: 'signup' }),
    link('See plans & fees', 120, 748, 140, { align: 'CENTER', to: 'pricing' }),
  ]);

  const field = (label, val, x, y, w, n) => F('Frame ' + n, x, y, w, 72, { layout: 'VERTICAL', gap: 6 }, [
    T(label, 0, 0, w, 18, { size: 13, weight: 500, color: muted }),
    F('Frame ' + (n + 1), 0, 24, w, 48, { stroke: '#D1D1D6', radius: 12, layout: 'HORIZONTAL', px: 14 }, [T(val, 14, 14, w - 28, 20, { size: 16, color: val.startsWith('e.g') ? '#A1A1A6' : ink })]),
  ]);

  const signup = scr('signup', 'Sign up', 1, [
    V('Vector', 20, 58, 12, 20, { fill: ink, actions: [{ type: 'BACK' }] }),
    T('Create your login', 24, 100, 327, 36, { size: 26, weight: 700, color: ink }),
    T('Takes about a minute. No card needed yet.', 24, 142, 327, 20, { size: 15, color: muted }),
    F('Auto layout', 24, 190, 327, 330, { layout: 'VERTICAL', gap: 16 }, [
      field('Your name', 'e.g. Jade Okafor', 0, 0, 327, 100),
      field('Email', 'e.g. jade@blackrosetattoo.co.uk', 0, 88, 327, 102),
      field('Password', '••••••••', 0, 176, 327, 104),
    ]),
    btnFrame('Create account', 24, 560, 327, 52, { n: 118, radius: 26, bg: ink, to: 'studio' }),
    T('Already on Stencil? Log in', 24, 632, 327, 20, { size: 14, align: 'CENTER', color: muted }),
  ]);

  const studio = scr('studio', 'Studio', 2, [
    V('Vector', 20, 58, 12, 20, { fill: ink, actions: [{ type: 'BACK' }] }),
    T('About your studio', 24, 100, 327, 36, { size: 26, weight: 700, color: ink }),
    F('Auto layout', 24, 160, 327, 420, { layout: 'VERTICAL', gap: 16 }, [
      field('Studio name', 'e.g. Black Rose Tattoo', 0, 0, 327, 130),
      field('How many chairs?', '3', 0, 88, 327, 132),
      field('Instagram or Linktree', 'e.g. linktr.ee/blackrose', 0, 176, 327, 134),
      field('Default deposit', '£50', 0, 264, 327, 136),
    ]),
    btnInst('Continue', 'c_btn', 24, 700, 327, 52, { radius: 26, to: 'hub' }),
  ]);

  const hub = scr('hub', 'Frame 1204', 3, [
    F('Frame 77', 24, 64, 327, 40, { layout: 'VERTICAL', gap: 8 }, [
      T('Step 2 of 3', 0, 0, 120, 16, { size: 12, weight: 600, color: muted }),
      F('Frame 78', 0, 24, 327, 6, { fill: '#EFEFF4', radius: 3 }, [R('Rectangle 9', 0, 0, 218, 6, { fill: accent, radius: 3 })]),
    ]),
    T('Plug in your diary\nand your bank', 24, 124, 327, 72, { size: 28, weight: 700, color: ink }),
    F('Auto layout', 24, 212, 327, 300, { layout: 'VERTICAL', gap: 14 }, [
      F('Frame 81', 0, 0, 327, 84, { layout: 'HORIZONTAL', gap: 12 }, [
        V('Vector', 0, 2, 24, 24, { fill: accent }),
        F('Frame 82', 36, 0, 291, 84, { layout: 'VERTICAL', gap: 4 }, [
          T('Deposits that match themselves', 0, 0, 291, 20, { size: 15, weight: 600, color: ink }),
          T('Every booking gets its deposit request automatically, and no-shows keep the money.', 0, 24, 291, 56, { size: 14, color: muted }),
        ]),
      ]),
      F('Frame 83', 0, 98, 327, 104, { layout: 'HORIZONTAL', gap: 12 }, [
        V('Vector', 0, 2, 24, 24, { fill: accent }),
        F('Frame 84', 36, 0, 291, 104, { layout: 'VERTICAL', gap: 4 }, [
          T('What we look at', 0, 0, 291, 20, { size: 15, weight: 600, color: ink }),
          T('We read appointments, client first names and deposit amounts from your booking app, and incoming payments from your bank. Nothing gets written back to either.', 0, 24, 291, 76, { size: 14, color: muted }),
        ]),
      ]),
      F('Frame 85', 0, 216, 327, 64, { layout: 'HORIZONTAL', gap: 12 }, [
        V('Vector', 0, 2, 24, 24, { fill: accent }),
        F('Frame 86', 36, 0, 291, 64, { layout: 'VERTICAL', gap: 4 }, [
          T('Locked down', 0, 0, 291, 20, { size: 15, weight: 600, color: ink }),
          T('Bank-grade encryption, read-only access, and we never pass your clients’ details to anyone else.', 0, 24, 291, 40, { size: 14, color: muted }),
        ]),
      ]),
    ]),
    btnInst('Link your booking app', 'c_btn', 24, 560, 327, 52, { radius: 26, to: 'pick' }),
    T('Ask a teammate · Finish later', 24, 628, 327, 20, { size: 14, align: 'CENTER', color: '#2F5BD3', links: [['home', 'NAVIGATE']] }),
    T('Read our linking guide →', 24, 660, 327, 18, { size: 13, color: '#2F5BD3', align: 'CENTER', visible: false }),
    F('Frame 90', 0, 700, W, 112, { fill: '#F7F7F8', layout: 'VERTICAL', gap: 4, py: 16 }, [
      T('Need a hand?', 24, 16, 327, 18, { size: 13, weight: 600, color: ink }),
      T('0161 496 0958 · hello@stencil.studio\nor tap the chat bubble, 9am–9pm every day', 24, 38, 327, 40, { size: 13, color: muted }),
      E('Ellipse 7', 315, 24, 40, 40, { fill: accent }),
    ]),
  ]);

  const card = (name, ref, x, y, o = {}) => I('row/app', 'c_row', x, y, 327, 56, { fill: '#F7F7F8', radius: 14, ...o }, [
    logo(ref, 12, 10, 36, { radius: 9 }),
    T(name, 60, 18, 220, 20, { size: 15, weight: 600, color: ink }),
    V('chevron', 305, 22, 8, 12, { fill: '#C7C7CC' }),
  ]);
  const pick = scr('pick', 'Frame 1207', 4, [
    V('Vector', 20, 58, 12, 20, { fill: ink, actions: [{ type: 'BACK' }] }),
    T('Where do your bookings live?', 24, 92, 327, 30, { size: 22, weight: 700, color: ink }),
    F('Auto layout', 24, 134, 327, 620, { layout: 'VERTICAL', gap: 8 }, [
      T('Booking apps', 0, 0, 327, 24, { size: 18, weight: 700, color: ink }),
      F('Auto layout', 0, 32, 327, 248, { layout: 'VERTICAL', gap: 8 }, [
        card('Square Appointments', 'sq4aa01', 0, 0, { links: [['consent', 'OVERLAY']] }),
        card('Fresha', 'fr35ha02', 0, 64),
        card('Setmore Appointments', 'setm0r3', 0, 128),
        card('Acuity Scheduling', 'acu17y0', 0, 192),
      ]),
      T('Business bank', 0, 300, 327, 24, { size: 18, weight: 700, color: ink }),
      F('Auto layout', 0, 332, 327, 248, { layout: 'VERTICAL', gap: 8 }, [
        card('Starling Bank (Business)', 'st4rl1ng', 0, 0),
        card('Monzo Business', 'm0nz0b1', 0, 64),
        card('Tide', 't1de0042', 0, 128),
        card('Barclays Business Banking', 'b4rcl4y5', 0, 192),
      ]),
      T('Paper diary or something else? Upload a CSV or photo of your bookings instead', 0, 592, 327, 36, { size: 13, color: '#2F5BD3', underline: true }),
    ]),
  ]);

  const consent = scr('consent', 'Sheet / consent', 5, [
    R('Rectangle 44', 0, 0, W, H, { fill: '#000000', fills: [{ type: 'SOLID', color: { r: 0, g: 0, b: 0, a: 0.4 } }] }),
    F('Frame 210', 0, 332, W, 480, { fill: '#FFFFFF', radius: 24, layout: 'VERTICAL', gap: 16, px: 24, py: 24 }, [
      R('Grabber', 168, 8, 40, 5, { fill: '#D1D1D6', radius: 3 }),
      G('Group 19', 24, 32, 200, 40, [logo('sq4aa01', 0, 0, 40, { radius: 10 }), V('Vector', 52, 14, 20, 12, { fill: '#C7C7CC' }), logo('st3nc1l', 84, 0, 40, { radius: 10 })]),
      T('Square Appointments will open', 24, 88, 327, 28, { size: 20, weight: 700, color: ink }),
      T('You’ll sign in on Square’s own page and choose which locations Stencil can see. Once you approve, Square sends you straight back here.', 24, 124, 327, 60, { size: 14, color: muted }),
      T('Changed your mind later? You can unlink Square from Studio › Connected apps whenever you like and we stop reading straight away.', 24, 196, 327, 60, { size: 14, color: muted }),
      F('Frame 214', 24, 272, 327, 60, { layout: 'HORIZONTAL', gap: 12 }, [
        I('tick', 'c_tick', 0, 2, 20, 20, { stroke: '#6E6E73', radius: 4 }),
        F('Frame 215', 32, 0, 295, 60, { layout: 'VERTICAL', gap: 2 }, [
          T('I’m happy for Stencil to read my appointment and deposit data as set out in the', 0, 0, 295, 38, { size: 13, color: ink }),
          T('Privacy Notice', 0, 40, 120, 18, { size: 13, color: '#2F5BD3', underline: true, actions: [{ type: 'URL', url: 'https://stencil.studio/privacy' }] }),
        ]),
      ]),
      btnInst('Agree & open Square', 'c_btn', 24, 352, 327, 52, { radius: 26, to: 'syncing' }),
      T('Not now', 24, 420, 327, 20, { size: 15, color: muted, align: 'CENTER', actions: [{ type: 'CLOSE' }] }),
    ]),
  ]);

  const syncing = scr('syncing', 'Frame 1209', 6, [
    G('Group 31', 147, 300, 80, 80, [E('Ellipse 12', 0, 0, 80, 80, { stroke: '#EFEFF4', sw: 6, fills: [] }), V('Arc', 0, 0, 80, 80, { stroke: accent, sw: 6, fills: [] })], { old: 'connected' }),
    T('Pulling in your diary…', 24, 410, 327, 28, { size: 20, weight: 700, align: 'CENTER', color: ink }),
    T('Fetching the next 90 days of appointments from Square Appointments. You can leave this screen.', 24, 446, 327, 44, { size: 14, align: 'CENTER', color: muted }),
  ]);

  const rowLive = (n, name, ref, status, bg, fg, y, extra = []) => F('Frame ' + n, 0, y, 327, 72, { fill: '#F7F7F8', radius: 14, layout: 'HORIZONTAL', gap: 12, px: 12 }, [
    logo(ref, 12, 16, 40, { radius: 10 }),
    F('Frame ' + (n + 1), 64, 14, 160, 44, { layout: 'VERTICAL', gap: 4 }, [T(name, 0, 0, 160, 20, { size: 15, weight: 600, color: ink }), ...extra]),
    pill(status, 232, 25, 88, bg, fg),
  ]);
  const connected = scr('connected', 'Frame 1211', 7, [
    F('Frame 77', 24, 64, 327, 40, { layout: 'VERTICAL', gap: 8 }, [
      T('Step 3 of 3', 0, 0, 120, 16, { size: 12, weight: 600, color: muted }),
      F('Frame 78', 0, 24, 327, 6, { fill: '#EFEFF4', radius: 3 }, [R('Rectangle 9', 0, 0, 327, 6, { fill: accent, radius: 3 })]),
    ]),
    T('✓ Diary linked', 24, 124, 327, 36, { size: 26, weight: 700, color: ink }),
    T('Now add the account your payouts land in so we can match them up.', 24, 168, 327, 40, { size: 15, color: muted }),
    F('Auto layout', 24, 232, 327, 240, { layout: 'VERTICAL', gap: 10 }, [
      rowLive(700, 'Square Appointments', 'sq4aa01', 'Linked', '#DDF5E3', '#1E7B3A', 0),
      rowLive(703, 'Starling Bank (Business)', 'st4rl1ng', 'Awaiting OK', '#FFF1D6', '#94600A', 82),
      btnGroup('+ Add another account', 0, 164, 327, 52, { n: 44, bg: '#FFFFFF', fg: ink, to: 'pick' }),
    ]),
    btnInst('Continue', 'c_btn', 24, 700, 327, 52, { radius: 26, to: 'prefill' }),
  ]);

  const prefill = scr('prefill', 'Frame 1212', 8, [
    T('Payout details', 24, 92, 327, 34, { size: 26, weight: 700, color: ink }),
    F('Frame 301', 24, 136, 327, 44, { fill: '#EEF3FF', radius: 10, layout: 'HORIZONTAL', px: 12 }, [T('✨ Filled in from Square Appointments — check and tweak.', 12, 12, 303, 20, { size: 13, color: '#2F5BD3' })]),
    F('Auto layout', 24, 200, 327, 440, { layout: 'VERTICAL', gap: 16 }, [
      field('Trading name', 'Black Rose Tattoo Ltd', 0, 0, 327, 310),
      field('Studio address', '14 Tib Street, Manchester M4 1SH', 0, 88, 327, 312),
      field('VAT number', 'GB 293 8812 44', 0, 176, 327, 314),
      field('Payout account', 'Starling ••6621', 0, 264, 327, 316),
    ]),
    btnFrame('Looks right', 24, 700, 327, 52, { n: 330, radius: 26, bg: ink, to: 'home' }),
  ]);

  const home = scr('home', 'Frame 1213', 9, [
    T('Morning, Jade', 24, 64, 327, 34, { size: 26, weight: 700, color: ink }),
    F('Auto layout', 24, 116, 327, 600, { layout: 'VERTICAL', gap: 16 }, [
      F('Frame 401', 0, 0, 327, 120, { fill: '#17171A', radius: 18, layout: 'VERTICAL', px: 16, py: 16 }, [
        T('Deposits this week', 16, 16, 200, 18, { size: 13, color: '#B4B4BA' }),
        T('£1,240', 16, 40, 200, 40, { size: 32, weight: 700, color: '#FFFFFF' }),
        T('18 bookings · 2 no-shows covered', 16, 88, 260, 18, { size: 13, color: '#B4B4BA' }),
      ]),
      F('Frame 402', 0, 136, 327, 200, { fill: '#F7F7F8', radius: 18, layout: 'VERTICAL', gap: 10, px: 16, py: 16 }, [
        T('Payouts', 16, 16, 200, 20, { size: 16, weight: 700, color: ink }),
        G('Chart', 16, 44, 295, 80, [R('Rectangle 51', 0, 40, 30, 40, { fill: '#E5E5EA' }), R('Rectangle 52', 44, 20, 30, 60, { fill: '#E5E5EA' }), R('Rectangle 53', 88, 50, 30, 30, { fill: '#E5E5EA' }), R('Rectangle 54', 132, 10, 30, 70, { fill: '#E5E5EA' })]),
        T('Link your business bank to see when each payout actually lands.', 16, 132, 295, 36, { size: 13, color: muted }),
        btnFrame('Link bank', 16, 150, 120, 36, { n: 403, radius: 18, bg: accent, size: 14, to: 'pick' }),
      ]),
      F('Frame 404', 0, 352, 327, 150, { layout: 'VERTICAL', gap: 8 }, [
        T('Today', 0, 0, 327, 20, { size: 16, weight: 700, color: ink }),
        T('11:00  Sam — forearm rose  · deposit paid\n14:30  Priya — fine-line script · deposit paid\n17:00  Walk-in slot', 0, 28, 327, 66, { size: 14, color: ink }),
      ]),
    ]),
    tabBar('home'),
  ]);

  const connRow = (n, name, ref, meta, y) => F('Frame ' + n, 0, y, 327, 132, { fill: '#F7F7F8', radius: 16, layout: 'VERTICAL', gap: 8, px: 14, py: 14 }, [
    F('Frame ' + (n + 1), 14, 14, 299, 40, { layout: 'HORIZONTAL', gap: 12 }, [logo(ref, 0, 0, 40, { radius: 10 }), T(name, 52, 10, 180, 20, { size: 15, weight: 600, color: ink }), pill('Live', 240, 9, 56, '#DDF5E3', '#1E7B3A')]),
    T(meta, 14, 60, 299, 34, { size: 12, color: muted }),
    F('Frame ' + (n + 2), 14, 100, 299, 24, { layout: 'HORIZONTAL', gap: 16 }, [
      T('↻ Sync now', 0, 2, 90, 18, { size: 13, weight: 600, color: '#2F5BD3' }),
      T('Unlink', 240, 2, 56, 18, { size: 13, weight: 600, color: '#D70015', align: 'RIGHT', links: [['unlink', 'OVERLAY']] }),
    ]),
  ]);
  const settings = scr('settings', 'Connected apps', 10, [
    V('Vector', 20, 58, 12, 20, { fill: ink, actions: [{ type: 'BACK' }] }),
    T('Connected apps', 24, 92, 327, 32, { size: 24, weight: 700, color: ink }),
    F('Auto layout', 24, 140, 327, 420, { layout: 'VERTICAL', gap: 12 }, [
      connRow(800, 'Square Appointments', 'sq4aa01', 'Linked 3 Mar 2026 · last pulled today 09:14\n2 locations · 412 appointments', 0),
      connRow(804, 'Starling Bank (Business)', 'st4rl1ng', 'Linked 3 Mar 2026 · last pulled today 08:50\nGBP · sort code ••-••-21', 144),
    ]),
    divider(24, 600, 327),
    T('Delete my Stencil account', 24, 620, 327, 20, { size: 14, color: '#D70015' }),
    tabBar('settings'),
  ]);

  const unlink = scr('unlink', 'Frame 1215', 11, [
    R('Rectangle 44', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0, g: 0, b: 0, a: 0.4 } }] }),
    F('Frame 501', 24, 300, 327, 220, { fill: '#FFFFFF', radius: 20, layout: 'VERTICAL', gap: 12, px: 20, py: 20 }, [
      T('Unlink Square Appointments?', 20, 20, 287, 24, { size: 18, weight: 700, color: ink }),
      T('We’ll stop reading your diary and revoke Stencil’s access. Deposits already taken stay put.', 20, 52, 287, 54, { size: 14, color: muted }),
      btnFrame('Unlink', 20, 120, 287, 44, { n: 502, radius: 22, bg: '#D70015', to: 'settings' }),
      T('Keep it', 20, 178, 287, 20, { size: 15, align: 'CENTER', color: ink, actions: [{ type: 'CLOSE' }] }),
    ]),
  ]);

  const email = scr('email', 'Lock screen', 12, [
    R('Wallpaper', 0, 0, W, H, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'wa11paper' }] }),
    T('9:41', 0, 110, W, 90, { size: 80, weight: 300, align: 'CENTER', color: '#FFFFFF' }),
    F('Frame 601', 12, 320, 351, 230, { fill: '#FFFFFF', radius: 22, layout: 'VERTICAL', gap: 6, px: 14, py: 14 }, [
      F('Frame 602', 14, 14, 323, 20, { layout: 'HORIZONTAL', gap: 8 }, [R('Mail', 0, 0, 20, 20, { fill: '#1A8CFF', radius: 5 }), T('MAIL', 28, 2, 100, 16, { size: 12, color: muted }), T('now', 280, 2, 40, 16, { size: 12, color: muted, align: 'RIGHT' })]),
      T('Stencil  ·  Welcome in, Jade 👋', 14, 42, 323, 20, { size: 15, weight: 600, color: ink }),
      T('Three things and you’re taking deposits:\n1  Tell us about the studio ✓\n2  Link your booking app — this is where the magic happens\n3  Send your first deposit request', 14, 68, 323, 92, { size: 14, color: ink }),
      btnGroup('Link my booking app', 14, 170, 200, 40, { n: 603, bg: accent, radius: 20, size: 14, to: 'hub' }),
    ]),
  ]);

  const pricing = scr('pricing', 'Pricing', 13, [
    T('Plans', 24, 64, 327, 34, { size: 26, weight: 700, color: ink }),
    F('Auto layout', 24, 120, 327, 440, { layout: 'VERTICAL', gap: 16 }, [
      F('Frame 701', 0, 0, 327, 200, { stroke: '#D1D1D6', radius: 18, layout: 'VERTICAL', gap: 6, px: 16, py: 16 }, [
        T('Solo', 16, 16, 200, 22, { size: 18, weight: 700, color: ink }),
        T('1.4% + 20p per deposit', 16, 44, 280, 20, { size: 15, color: ink }),
        T('No monthly fee', 16, 70, 280, 20, { size: 14, color: muted }),
      ]),
      F('Frame 702', 0, 216, 327, 200, { fill: '#17171A', radius: 18, layout: 'VERTICAL', gap: 6, px: 16, py: 16 }, [
        T('Studio', 16, 16, 200, 22, { size: 18, weight: 700, color: '#FFFFFF' }),
        T('£19/month + 0.9% per deposit', 16, 44, 280, 20, { size: 15, color: '#FFFFFF' }),
        T('Up to 8 chairs · cancel anytime', 16, 70, 280, 20, { size: 14, color: '#B4B4BA' }),
      ]),
    ]),
    T('Prices include VAT. Card fees shown are for UK-issued cards.', 24, 600, 327, 36, { size: 12, color: muted }),
  ]);

  const settingsSection = node('SECTION', 'Settings', 10 * 455 - 40, -80, 2 * 455 + 10, 980, { fill: '#EDEDED' }, []);
  // frames inside the section keep absolute positions: shift them into section-relative coordinates
  for (const f of [settings, unlink]) { f._r[0] -= settingsSection._r[0]; f._r[1] -= settingsSection._r[1]; settingsSection.children.push(f); }

  const archive = [
    F('old / connect v1', 0, 0, W, H, { fill: '#FFFFFF' }, [T('Connect Square', 24, 300, 327, 30, { size: 22, weight: 700 }), T('Testimonial: “Saved me £600 in a month” — Ink & Iron', 24, 340, 327, 40, { size: 14 })]),
    F('old / pricing v1', 455, 0, W, H, { fill: '#FFFFFF' }, [T('Free for 30 days', 24, 300, 327, 30, { size: 22, weight: 700 })]),
  ];

  return finalize({ name: 'Stencil — studio onboarding (UK)', lastModified: '2026-03-11T16:42:19Z', version: '5120349917' }, [
    { name: '🖼 Cover', children: cover },
    { name: '📱 Onboarding flow', children: [splash, signup, studio, hub, pick, consent, syncing, connected, prefill, home, settingsSection, email, pricing], start: 'splash', startMode: 'flow' },
    { name: 'Components', children: comps },
    { name: '🗄 Archive', children: archive },
  ]);
}

export function run() {
  const { doc, id, count } = build();
  const truth = {
    file: NAME + '.json', kind: 'onboarding', writtenBy: WRITER,
    description: 'Mobile (375x812, UK) onboarding for a deposits-and-payouts app for tattoo studios: welcome carousel, sign-up, studio details, a value screen that links the booking app and business bank, grouped platform list, consent sheet, sync, linked-status, prefilled payout details, home with a contextual bank prompt, connected-apps settings with unlink, a lock-screen welcome-email notification and a dead-end pricing screen.',
    present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
    absent: ['funnel.social-proof', 'value.faq-link', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search'],
    notes: {
      'funnel.greeting-email': 'Lock-screen mail notification "Welcome in, Jade" with a 1-2-3 list whose step 2 is linking the booking app, and a "Link my booking app" button.',
      'funnel.three-actions': 'Welcome → Sign up → Studio → link screen: 3 taps from landing, 2 from sign-up.',
      'funnel.prefill': 'Payout details screen is "Filled in from Square Appointments" (trading name, address, VAT number).',
      'value.three-part': 'Link screen: benefit (deposits match themselves), data use (appointments, deposit amounts, incoming payments), one main button "Link your booking app".',
      'value.contextual-ctas': 'Home payouts card: "Link your business bank to see when each payout actually lands" with a "Link bank" button.',
      'value.progress-meter': '"Step 2 of 3" / "Step 3 of 3" bars.',
      'privacy.data-scope': 'Names the data read (appointments, client first names, deposit amounts, incoming payments) and its direction ("Nothing gets written back").',
      'privacy.trust-language': '"Bank-grade encryption, read-only access, and we never pass your clients’ details to anyone else."',
      'privacy.consent-action': 'Consent sheet: 20x20 tick instance beside the consent sentence and a Privacy Notice link, before opening Square.',
      'privacy.disconnect-anytime': 'Consent sheet: "You can unlink Square ... whenever you like".',
      'privacy.support-contacts': 'Footer of the link screen: phone, email and chat.',
      'platform.explain-redirect': '"You’ll sign in on Square’s own page ... Square sends you straight back here."',
      'platform.grouped-categories': '"Booking apps" and "Business bank" headings over the card groups.',
      'platform.accurate-branding': 'Full product names with logos: Square Appointments, Setmore Appointments, Acuity Scheduling, Monzo Business, Barclays Business Banking.',
      'platform.alternatives': '"Paper diary or something else? Upload a CSV or photo of your bookings instead".',
      'platform.non-linear': '"Ask a teammate · Finish later" on the link screen.',
      'platform.multiple-connections': 'Linked/Awaiting OK pills and "+ Add another account".',
      'connection.view-live': 'Connected apps: names, linked date, last pulled time, locations/currency.',
      'connection.delete': '"Unlink" with a confirm dialog that revokes access.',
      'connection.refresh': '"↻ Sync now" per connection.',
      'connection.syncing-indicator': 'Spinner screen "Pulling in your diary…".',
      'funnel.social-proof': 'No testimonial or rating in the flow (only on the archive page).',
      'value.faq-link': 'No FAQ or learn-more link near the value message.',
      'privacy.connection-guide': 'The "Read our linking guide" line is a hidden layer.',
      'privacy.statistics': 'No figures about customers or encryption.',
      'privacy.powered-by': 'No powered-by mark.',
      'privacy.mutual-nda': 'No NDA offer.',
      'platform.search': 'Platform list has no search field.',
    },
    flow: { startFrameId: id('splash'), connectFrameId: id('hub'), stepsToConnect: 3, deadEnds: [id('pricing')] },
  };
  writeOut(NAME, doc, truth);
  return { name: NAME, count, truth };
}

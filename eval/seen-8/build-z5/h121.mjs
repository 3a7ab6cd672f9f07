// h121: payroll for small UK salon chains, desktop 1440. Connects booking software and accounting.
import { newDoc, page, finish, write, F, G, S, R, V, T, I, C, CS, LINE, WRITTEN_BY } from './lib.mjs';
import { btnInst, btnFrame, btnGroup, link, checkbox, searchField, logo, vlogo } from './kit.mjs';

const D = newDoc('Tressly — Onboarding (salon groups) v3', '2025-03-11T16:42:09Z');
D.font = 'DM Sans';
const PLUM = '#5B2A86', INK = '#1E1B24', GREY = '#6E6A75', LINKC = '#5B2A86';

// Cover
const cover = page('Cover');
cover.children.push(F('Cover', 0, 0, 1920, 1080, { fill: '#F3EAF9' }, [
  T('Tressly', 120, 120, 600, 64, 700, { color: PLUM }),
  T('Onboarding for salon groups — v3', 120, 220, 1000, 40, 600),
  T('Owner: Hattie · Status: ready for dev review', 120, 290, 900, 20, 400, { color: GREY }),
  R('Rectangle 1', 1200, 120, 600, 840, { img: 'c0ver7a1b' , radius: 24 }),
  btnFrame('Skip intro', 120, 940, 160, 48, '#FFFFFF', { name: 'Frame 2' }, INK),
]));

// Components
const comps = page('🧩 Components');
comps.children.push(
  CS('Btn', 0, 0, 420, 200, { stroke: '#9747FF', radius: 5 }, [
    C('Property 1=Default', 'btn', 20, 20, 180, 48, { fill: PLUM, radius: 10, change: 'btnHover' }, [T('Button', 0, 14, 180, 15, 600, { center: true, color: '#FFFFFF', h: 20 })]),
    C('Property 1=Hover', 'btnHover', 220, 20, 180, 48, { fill: '#47206A', radius: 10, key: 'btnHover' }, [T('Button', 0, 14, 180, 15, 600, { center: true, color: '#FFFFFF', h: 20 })]),
  ]),
  C('Comp / Card / App', 'card', 0, 260, 300, 88, { fill: '#FFFFFF', stroke: '#E4DDEB', radius: 12 }, [R('Rectangle 9', 16, 20, 48, 48, { fill: '#EEE', radius: 8 }), T('App name', 80, 24, 200, 16, 600), T('Category', 80, 48, 200, 13, 400, { color: GREY })]),
  C('tick', 'tick', 340, 260, 20, 20, { stroke: '#6E6A75', radius: 4 }, []),
  C('Avatar', 'avatar', 400, 260, 40, 40, { fill: '#D9C6EA', radius: 20 }, [T('HB', 0, 10, 40, 14, 600, { center: true })]),
);

// Shared pieces
const W = 1440, H = 1024;
const topbar = (step) => F('Frame 41', 0, 0, W, 72, { fill: '#FFFFFF', layout: 'HORIZONTAL', pad: 24 }, [
  vlogo(40, 22, 28, PLUM), T('Tressly', 76, 24, 120, 20, 700, { color: PLUM }),
  step ? T(step, 1100, 26, 300, 14, 400, { color: GREY, hidden: true }) : null,
]);
const sidebar = (active) => F('Auto layout', 0, 0, 240, H, { fill: '#1E1B24', layout: 'VERTICAL', gap: 4, pad: 16 }, [
  T('Tressly', 24, 28, 160, 20, 700, { color: '#FFFFFF' }),
  ...['Overview', 'Pay runs', 'Team', 'Commission', 'Apps & data', 'Settings'].map((l, i) =>
    F('Frame ' + (60 + i), 16, 90 + i * 44, 208, 40, { fill: l === active ? '#3A3342' : undefined, radius: 8, layout: 'HORIZONTAL', pad: 10,
      go: l === 'Apps & data' ? 'integrations' : l === 'Settings' ? 'settingsAcc' : l === 'Overview' ? 'dash' : undefined },
    [V('Vector', 12, 11, 18, 18, { fill: '#BFB6C9' }), T(l, 42, 10, 150, 15, 500, { color: '#FFFFFF' })])),
]);

const flow = page('Onboarding – flow');
flow._flows = [['signup', 'Salon group sign-up'], ['dash', 'Returning user']];

// 1 Sign-up
const signup = F('Sign up', 0, 0, W, H, { fill: '#FBF8FD', key: 'signup' }, [
  topbar(),
  F('Auto layout', 160, 140, 520, 700, { layout: 'VERTICAL', gap: 16 }, [
    T('Payroll that knows it’s a salon', 0, 0, 520, 28, 700),
    T('Commission, tips and holiday pay for every chair, across every site.', 0, 48, 520, 16, 400, { color: GREY }),
    ...['Your name', 'Salon group name', 'Work email', 'Password'].map((l, i) => F('Frame ' + (80 + i), 0, 110 + i * 84, 520, 72, { layout: 'VERTICAL', gap: 6 }, [
      T(l, 0, 0, 520, 13, 600), F('Frame ' + (90 + i), 0, 24, 520, 44, { fill: '#FFFFFF', stroke: '#D8D0E0', radius: 8 }, [T(i === 3 ? '••••••••' : '', 14, 12, 480, 15, 400, { color: GREY })]),
    ])),
    btnInst('Create account', 'btn', 0, 460, 520, 52, { go: 'salons', name: 'cta/primary' }),
    G('Group 14', 0, 530, 520, 20, [
      T('Already with us? Log in', 0, 0, 250, 14, 400, { color: GREY }),
      link('See plans & pricing', 330, 0, 190, LINKC, { underline: true, go: 'pricing' }),
    ]),
  ]),
  F('Frame 112', 820, 140, 480, 360, { fill: '#F0E6F7', radius: 20, layout: 'VERTICAL', pad: 32, gap: 16 }, [
    T('“Fourteen salons, three booking systems, one pay run. We closed March payroll in an afternoon instead of three days.”', 32, 32, 416, 20, 500),
    G('Group 15', 32, 250, 416, 60, [
      I('Avatar', 'avatar', 0, 8, 40, 40, {}, [T('PS', 0, 10, 40, 14, 600, { center: true })]),
      T('Priya Shah', 56, 6, 300, 15, 700), T('Operations Director, Loxley Hair Group', 56, 28, 340, 13, 400, { color: GREY }),
    ]),
  ]),
  T('Tressly Ltd · Registered in England & Wales', 160, 960, 600, 12, 400, { color: GREY }),
]);

// Welcome email
const email = F('Email / Welcome', 1560, 0, 640, 1180, { fill: '#FFFFFF', key: 'email' }, [
  R('Rectangle 30', 0, 0, 640, 120, { fill: PLUM }),
  T('Tressly', 40, 44, 200, 24, 700, { color: '#FFFFFF' }),
  T('Welcome aboard, Priya 👋', 40, 170, 560, 26, 700),
  T('Getting Loxley Hair Group onto Tressly takes about fifteen minutes. Here’s the order we’d suggest:', 40, 220, 560, 16, 400),
  T('1  Add your salons and team\n2  Plug in your booking system and your accounts package — this is what lets us work out commission for you\n3  Run a practice pay run before the real one', 40, 290, 560, 16, 400, { name: 'Steps' }),
  btnFrame('Link my booking & accounts', 40, 450, 320, 52, PLUM, { go: 'hub' }),
  T('Not ready yet? Reply to this email and we’ll book a call.', 40, 530, 560, 14, 400, { color: GREY }),
  LINE(40, 1080, 560),
  T('You’re getting this because you signed up at tressly.co.uk. Unsubscribe', 40, 1100, 560, 11, 400, { color: GREY }),
]);

// Pricing (dead end)
const pricing = F('Pricing', 0, 1200, W, H, { fill: '#FFFFFF', key: 'pricing' }, [
  topbar(),
  T('Simple pricing per team member', 160, 140, 900, 28, 700),
  ...[['Chair', '£4', 'per stylist / month'], ['Group', '£6', 'per stylist / month · multi-site reports'], ['Enterprise', 'Let’s talk', '40+ sites']].map(([n, p, d], i) =>
    F('Frame ' + (130 + i), 160 + i * 380, 240, 340, 400, { fill: '#FBF8FD', stroke: '#E4DDEB', radius: 16, layout: 'VERTICAL', pad: 28, gap: 12 }, [
      T(n, 28, 28, 280, 20, 700), T(p, 28, 70, 280, 36, 700, { color: PLUM }), T(d, 28, 130, 280, 14, 400, { color: GREY }),
    ])),
  T('Monthly billing, cancel anytime. Prices exclude VAT.', 160, 680, 900, 14, 400, { color: GREY }),
  link('← Back', 160, 740, 100, LINKC, { back: true }),
]);

// Salon details
const salons = F('Desktop - 4', 0, 2400, W, H, { fill: '#FBF8FD', key: 'salons' }, [
  topbar('Step 1 of 3'),
  F('Auto layout', 160, 140, 640, 640, { layout: 'VERTICAL', gap: 20 }, [
    T('Tell us about your salons', 0, 0, 640, 28, 700),
    T('How many sites do you run, and where?', 0, 46, 640, 16, 400, { color: GREY }),
    F('Frame 150', 0, 100, 640, 72, { layout: 'VERTICAL', gap: 6 }, [T('Number of sites', 0, 0, 300, 13, 600), F('Frame 151', 0, 24, 200, 44, { fill: '#FFFFFF', stroke: '#D8D0E0', radius: 8 }, [T('4', 14, 12, 100, 15, 400)])]),
    F('Frame 152', 0, 190, 640, 220, { layout: 'VERTICAL', gap: 8 }, [
      T('Sites', 0, 0, 300, 13, 600),
      ...['Loxley — Sheffield', 'Loxley — Leeds Corn Exchange', 'Loxley — York', 'Loxley — Harrogate'].map((s, i) => F('Frame ' + (153 + i), 0, 24 + i * 48, 640, 40, { fill: '#FFFFFF', stroke: '#ECE6F1', radius: 8 }, [T(s, 14, 10, 500, 15, 400)])),
    ]),
    btnInst('Continue', 'btn', 0, 460, 200, 52, { go: 'hub' }),
    link('Back', 230, 476, 60, GREY, { back: true }),
  ]),
]);

// Connect hub
const card = (name, cat, x, y, o = {}) => I(o.iname || 'Comp / Card / App', 'card', x, y, 300, 88, { overlay: o.overlay }, [
  logo(16, 20, 48, name), T(name, 80, 22, 210, 16, 600), T(cat, 80, 48, 210, 13, 400, { color: GREY }),
]);
const hub = F('Desktop - 5', 0, 3600, W, 1400, { fill: '#FBF8FD', key: 'hub' }, [
  topbar('Step 2 of 3'),
  F('Auto layout', 160, 120, 1120, 1200, { layout: 'VERTICAL', gap: 24 }, [
    F('Frame 200', 0, 0, 1120, 250, { layout: 'HORIZONTAL', gap: 40 }, [
      F('Frame 201', 0, 0, 640, 250, { layout: 'VERTICAL', gap: 12 }, [
        T('Bring in your bookings and your books', 0, 0, 640, 28, 700),
        T('Stop re-keying commission. Once your booking system is linked, every completed appointment, service and tip flows into the right stylist’s pay automatically.', 0, 48, 640, 16, 400),
        T('From your booking software we read appointments, services, staff hours and tips. Into your accounts package we post one payroll journal per pay run — we don’t read your bank feeds or invoices.', 0, 120, 640, 14, 400, { color: GREY }),
        btnInst('Connect booking software', 'btn', 0, 190, 280, 52, { overlay: 'consent', name: 'Comp / Action / Large' }),
      ]),
      F('Frame 202', 680, 0, 440, 250, { fill: '#FFFFFF', stroke: '#E4DDEB', radius: 16, layout: 'VERTICAL', pad: 24, gap: 10 }, [
        T('🔒 Safe by design', 24, 24, 380, 16, 700),
        T('Every connection is encrypted, and we never pass salon or staff data to third parties without your say-so.', 24, 56, 390, 14, 400),
        T('Changed your mind? You can unplug either app whenever you like from Apps & data.', 24, 120, 390, 14, 400),
        link('Why link at all? Read the FAQ', 24, 176, 300, LINKC, { underline: true, url: 'https://help.tressly.co.uk/faq/linking' }),
        T('Powered by Ledgerline', 24, 206, 300, 12, 400, { hidden: true, color: GREY }),
      ]),
    ]),
    searchField('Search 40+ booking and accounts apps', 0, 280, 520, 44),
    F('Frame 210', 0, 350, 1120, 300, { layout: 'VERTICAL', gap: 12 }, [
      T('Booking & appointments', 0, 0, 600, 20, 600),
      F('Frame 211', 0, 40, 1120, 200, { layout: 'HORIZONTAL', gap: 16, wrap: true }, [
        card('Fresha', 'Salon & spa booking', 0, 0, { overlay: 'consent' }),
        card('Phorest Salon Software', 'Salon booking & POS', 316, 0, { overlay: 'consent' }),
        card('Timely', 'Appointments & online booking', 632, 0, { overlay: 'consent' }),
        card('Shortcuts Salon Software', 'Salon management', 0, 104, { overlay: 'consent' }),
        card('SalonLink Pro', 'Booking (legacy)', 316, 104, { overlay: 'consent', iname: 'Property 1=Default' }),
      ]),
    ]),
    F('Frame 220', 0, 680, 1120, 200, { layout: 'VERTICAL', gap: 12 }, [
      T('Accounting', 0, 0, 600, 20, 600),
      F('Frame 221', 0, 40, 1120, 100, { layout: 'HORIZONTAL', gap: 16 }, [
        card('Xero', 'Accounting', 0, 0, { overlay: 'consent' }),
        card('QuickBooks Online', 'Accounting', 316, 0, { overlay: 'consent' }),
        card('Sage Business Cloud Accounting', 'Accounting', 632, 0, { overlay: 'consent' }),
      ]),
    ]),
    F('Frame 230', 0, 900, 1120, 110, { fill: '#F3EDF8', radius: 12, layout: 'VERTICAL', pad: 20, gap: 8 }, [
      T('Using something else, or an in-house spreadsheet?', 20, 20, 700, 15, 600),
      link('Upload last month’s timesheets as a CSV instead', 20, 50, 500, LINKC, { underline: true }),
      link('Step-by-step connection guide', 620, 50, 300, LINKC, { go: 'guide' }),
    ]),
    F('Frame 240', 0, 1040, 1120, 40, { layout: 'HORIZONTAL', gap: 24 }, [
      T('Not the person with the logins?', 0, 10, 260, 14, 400, { color: GREY }),
      link('Send this step to your accountant · Finish later', 270, 10, 420, LINKC, { name: 'Send this step to your accountant · Finish later', go: 'dash' }),
    ]),
    T('Need a hand? Call 020 7946 0321 · help@tressly.co.uk · Live chat, Mon–Sat 8am–8pm', 0, 1120, 1120, 13, 400, { color: GREY }),
  ]),
]);

const consent = F('Modal / Before we link', 1560, 3600, 560, 560, { fill: '#FFFFFF', radius: 16, key: 'consent', clip: true }, [
  T('Before we link Xero', 32, 32, 480, 22, 700),
  T('Next, Xero opens in a new tab. Sign in there, choose your organisation and authorise Tressly — you’ll land straight back on this page afterwards.', 32, 76, 496, 15, 400),
  G('Group 31', 32, 200, 496, 60, [
    checkbox(0, 2),
    T('I agree to Tressly accessing my Xero organisation as set out in the', 32, 0, 460, 14, 400),
    link('Data Privacy Policy', 32, 40, 200, LINKC, { underline: true, url: 'https://tressly.co.uk/privacy' }),
  ]),
  btnInst('Continue to Xero', 'btn', 32, 440, 240, 52, { go: 'apps' }),
  btnGroup('Cancel', 290, 440, 140, 52, '#FFFFFF', { close: true, stroke: '#D8D0E0' }, INK),
]);

const guide = F('Help / How to connect Phorest', 1560, 4300, W, H, { fill: '#FFFFFF', key: 'guide' }, [
  topbar(),
  T('Connecting Phorest to Tressly', 160, 120, 900, 28, 700),
  T('1  In Phorest, open Manager › Settings › Integrations\n2  Turn on “Allow third-party payroll access”\n3  Back in Tressly, choose Phorest and sign in with a Manager login\n4  Pick which branches to include', 160, 190, 900, 16, 400),
  R('Rectangle 40', 160, 360, 900, 420, { img: 'phorestscreenshot' }),
  link('Back to setup', 160, 820, 200, LINKC, { go: 'hub' }),
]);

const apps = F('Desktop - 6', 0, 5100, W, H, { fill: '#FBF8FD', key: 'apps' }, [
  topbar('Step 3 of 3'),
  F('Auto layout', 160, 120, 800, 700, { layout: 'VERTICAL', gap: 16 }, [
    T('Your apps', 0, 0, 600, 28, 700),
    ...[['Fresha', 'Connected ✓', '#1F8A4C'], ['Xero', 'Waiting for you to authorise in Xero', '#B76E00']].map(([n, s, c], i) =>
      F('Frame ' + (260 + i), 0, 60 + i * 100, 800, 84, { fill: '#FFFFFF', stroke: '#E4DDEB', radius: 12, layout: 'HORIZONTAL', pad: 18, gap: 16 }, [
        logo(18, 18, 48, n), T(n, 82, 18, 300, 16, 600), T(s, 82, 44, 400, 13, 500, { color: c }),
      ])),
    btnGroup('+ Add another app', 0, 280, 220, 48, '#F3EDF8', { go: 'hub' }, PLUM),
    btnInst('Continue', 'btn', 0, 380, 200, 52, { go: 'prefill' }),
  ]),
]);

const field = (l, v, x, y, i) => F('Frame ' + (300 + i), x, y, 500, 72, { layout: 'VERTICAL', gap: 6 }, [
  T(l, 0, 0, 480, 13, 600), F('Frame ' + (320 + i), 0, 24, 500, 44, { fill: '#FFFFFF', stroke: '#D8D0E0', radius: 8 }, [T(v, 14, 12, 470, 15, 400)]),
]);
const prefill = F('Desktop - 7', 0, 6300, W, H, { fill: '#FBF8FD', key: 'prefill' }, [
  topbar(),
  F('Auto layout', 160, 120, 1060, 760, { layout: 'VERTICAL', gap: 16 }, [
    T('Your company details', 0, 0, 600, 28, 700),
    F('Frame 298', 0, 50, 700, 36, { fill: '#EAF6EF', radius: 8, layout: 'HORIZONTAL', pad: 8 }, [T('✓ We’ve filled this in from Xero — check it looks right', 10, 8, 660, 14, 500, { color: '#1F8A4C' })]),
    field('Registered name', 'Loxley Hair Group Ltd', 0, 110, 1),
    field('Companies House number', '09876543', 540, 110, 2),
    field('VAT number', 'GB 294 5561 02', 0, 200, 3),
    field('Employer PAYE reference', '120/LA48211', 540, 200, 4),
    field('Registered address', '14 Division Street, Sheffield S1 4GF', 0, 290, 5),
    field('Payroll contact', 'Priya Shah · priya@loxleyhair.co.uk', 540, 290, 6),
    btnFrame('Looks good', 0, 420, 200, 52, PLUM, { go: 'dash' }),
  ]),
]);

const dash = F('Desktop - 8', 0, 7500, W, H, { fill: '#FBF8FD', key: 'dash' }, [
  sidebar('Overview'),
  F('Auto layout', 280, 40, 1120, 940, { layout: 'VERTICAL', gap: 24 }, [
    T('Good morning, Priya', 0, 0, 600, 24, 700),
    F('Frame 400', 0, 60, 1120, 140, { layout: 'HORIZONTAL', gap: 16 }, [
      ...[['Next pay run', '28 Mar'], ['Stylists', '52'], ['Gross this month', '£71,240']].map(([a, b], i) =>
        F('Frame ' + (401 + i), i * 370, 0, 350, 140, { fill: '#FFFFFF', radius: 12, layout: 'VERTICAL', pad: 20 }, [T(a, 20, 20, 300, 13, 500, { color: GREY }), T(b, 20, 50, 300, 28, 700)])),
    ]),
    F('Frame 410', 0, 230, 1120, 380, { fill: '#FFFFFF', radius: 12, layout: 'VERTICAL', pad: 24, gap: 12 }, [
      T('Commission by stylist', 24, 24, 600, 18, 700),
      R('Rectangle 50', 24, 70, 1072, 220, { fill: '#F6F2F9', radius: 8 }),
      F('Frame 411', 360, 140, 400, 90, { layout: 'VERTICAL', gap: 10, align: 'CENTER' }, [
        T('Link Phorest at your York site to fill this chart', 0, 0, 400, 15, 500, { center: true }),
        btnFrame('Link Phorest', 120, 36, 160, 44, PLUM, { go: 'hub' }),
      ]),
    ]),
    F('Frame 420', 0, 640, 1120, 200, { fill: '#FFFFFF', radius: 12, layout: 'VERTICAL', pad: 24 }, [
      T('Recent pay runs', 24, 24, 400, 18, 700),
      T('Feb 2025 · 52 people · £68,902 · Filed with HMRC', 24, 70, 800, 14, 400),
      T('Jan 2025 · 49 people · £64,115 · Filed with HMRC', 24, 100, 800, 14, 400),
    ]),
  ]),
]);

const integrations = F('Desktop - 9', 0, 8700, W, H, { fill: '#FBF8FD', key: 'integrations' }, [
  sidebar('Apps & data'),
  F('Auto layout', 280, 40, 1120, 900, { layout: 'VERTICAL', gap: 20 }, [
    F('Frame 500', 0, 0, 1120, 48, { layout: 'HORIZONTAL' }, [T('Apps & data', 0, 8, 400, 24, 700), btnInst('Add app', 'btn', 940, 0, 180, 48, { go: 'hub' })]),
    F('Frame 501', 0, 80, 1120, 40, { layout: 'HORIZONTAL', gap: 0 }, ['App', 'Linked since', 'Last sync', '', ''].map((h, i) => T(h, [0, 360, 560, 800, 960][i], 10, 160, 12, 600, { color: GREY }))),
    ...[['Fresha', '3 Mar 2025, 10:14', 'Today, 09:12'], ['Xero', '3 Mar 2025, 10:31', 'Today, 06:00'], ['Phorest Salon Software', '7 Mar 2025, 15:02', 'Yesterday, 22:40']].map(([n, a, b], i) =>
      F('Frame ' + (510 + i), 0, 130 + i * 80, 1120, 72, { fill: '#FFFFFF', radius: 10, layout: 'HORIZONTAL', pad: 16 }, [
        logo(16, 12, 48, n), T(n, 80, 26, 260, 15, 600), T(a, 360, 26, 180, 14, 400), T(b, 560, 26, 200, 14, 400),
        btnGroup('Sync now', 800, 14, 130, 44, '#FFFFFF', { stroke: '#D8D0E0', size: 14 }, INK),
        link('Disconnect', 960, 26, 120, '#B3261E'),
        T('Syncing…', 560, 48, 200, 12, 400, { hidden: true, color: GREY }),
      ])),
    T('Disconnecting stops new data coming in and revokes Tressly’s access in the other app. Past pay runs stay as they are.', 0, 400, 900, 13, 400, { color: GREY }),
  ]),
]);

const settingsAcc = F('Desktop - 10', 0, 9900, W, H, { fill: '#FBF8FD', key: 'settingsAcc' }, [
  sidebar('Settings'),
  F('Auto layout', 280, 40, 900, 700, { layout: 'VERTICAL', gap: 20 }, [
    T('Settings', 0, 0, 400, 24, 700),
    field('Group name', 'Loxley Hair Group', 0, 60, 7),
    field('Pay day', 'Last working day', 0, 150, 8),
    F('Frame 600', 0, 300, 900, 140, { stroke: '#F0C8C5', radius: 12, layout: 'VERTICAL', pad: 20, gap: 10 }, [
      T('Danger zone', 20, 20, 400, 16, 700, { color: '#B3261E' }),
      T('Closing your Tressly account removes all staff records after the retention period.', 20, 50, 800, 14, 400),
      btnFrame('Delete account', 20, 84, 180, 40, '#B3261E', { size: 14 }),
    ]),
  ]),
]);

flow.children.push(
  S('01 — Sign-up', -80, -120, 1600, 2440, [signup, pricing].map(shift(80, 120))),
  email,
  S('02 — Get connected', -80, 2280, 1600, 5100, [salons, hub, apps, prefill].map(shift(80, -2280))),
  consent, guide, dash, integrations, settingsAcc,
);
function shift(dx, dy) { return (n) => { n._b[0] += dx; n._b[1] += dy; return n; }; }

// Archive
const arch = page('Archive (old v2)');
arch.children.push(F('v2 connect — do not use', 0, 0, W, 900, { fill: '#FFFFFF', opacity: 0.6 }, [
  T('Connect your salon software (v2)', 120, 120, 900, 28, 700),
  R('Rectangle 70', 120, 200, 1000, 500, { fill: '#EEEEEE' }),
  T('Replaced by v3 in Jan — kept for reference', 120, 760, 900, 14, 400, { color: GREY }),
]));

const keys = finish();
write('h121-hair-salon-chain-payroll-desktop', {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1440) onboarding for a UK payroll product for small hair-salon groups. Sign-up with a stylist-group testimonial, a site-details step, then a hub for linking booking software (Fresha, Phorest, Timely, Shortcuts) and accounting (Xero, QuickBooks Online, Sage Business Cloud Accounting), a consent modal, connection status, prefilled company details, dashboard, an Apps & data management page and settings. Includes a welcome email and a pricing dead end.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['value.progress-meter', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Email / Welcome frame: numbered 1-2-3 list with linking as step 2 and a "Link my booking & accounts" button.',
    'funnel.three-actions': 'Sign up → site details → connect hub: two clicks.',
    'value.three-part': 'Hub header: benefit (commission flows into pay), data use (reads appointments/services/tips, posts a payroll journal), one main button "Connect booking software".',
    'privacy.data-scope': 'Names what is read from the booking software and what is written into the accounts package, and what is not read.',
    'value.progress-meter': 'Only "Step N of 3" texts exist and they are hidden layers; no bar or meter is visible.',
    'privacy.powered-by': 'The "Powered by Ledgerline" text on the hub is a hidden layer.',
    'connection.syncing-indicator': 'The "Syncing…" labels on Apps & data are hidden layers; only a "Sync now" button shows.',
    'privacy.statistics': 'No hard figures about customers or encryption; the testimonial is a quote, not a count.',
    'platform.non-linear': '"Send this step to your accountant · Finish later" on the hub.',
    'platform.alternatives': '"Upload last month’s timesheets as a CSV instead".',
    'funnel.cta-visible': 'Primary "Connect booking software" button at the top of the hub, and a permanent "Apps & data" sidebar entry.',
  },
  flow: { startFrameId: 'signup', connectFrameId: 'hub', stepsToConnect: 2, deadEnds: ['pricing'] },
}, keys);

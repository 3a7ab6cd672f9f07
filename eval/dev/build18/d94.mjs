// d94 — IFTA fuel-tax reporting for trucking fleets, desktop 1440, US English. No prototype start set.
import { F, G, R, V, E, T, I, node, btnFrame, btnGroup, btnInst, link, search, logo, pill, finalize, writeOut, WRITER } from './lib.mjs';

export const NAME = 'd94-logistics-fuel-tax-desktop';
export const connectFrames = ['Frame 2231', 'Integrations', 'Q1 2026 return', 'Integrations — after'];

const W = 1440; const H = 1024;
const navy = '#0F2A44'; const orange = '#F26B1D'; const grey = '#5B6472'; const line = '#DDE2E8';
let col = 0;
const scr = (key, name, kids, o = {}) => { const x = (col++) * 1600; return F(name, x, 0, W, H, { key, fill: '#F6F7F9', ...o }, kids); };

function sidebar(active) {
  const items = [['Overview', 'dash'], ['IFTA returns', 'ifta'], ['Trips & miles', null], ['Fuel receipts', null], ['Integrations', 'integrations'], ['Settings', 'sources']];
  return F('Sidebar', 0, 0, 240, H, { fill: navy, layout: 'VERTICAL', gap: 4, px: 16, py: 24 }, [
    G('Logo', 24, 24, 140, 28, [V('Vector', 0, 0, 28, 28, { fill: orange }), T('Milepost', 36, 2, 100, 24, { size: 20, weight: 700, color: '#FFFFFF' })]),
    F('Auto layout', 16, 88, 208, 6 * 44, { layout: 'VERTICAL', gap: 4 }, items.map(([t, to], k) =>
      F('Frame ' + (1100 + k), 0, k * 44, 208, 40, { fill: to === active ? '#1E3F63' : undefined, radius: 8, layout: 'HORIZONTAL', gap: 10, px: 12, to: to && to !== active ? to : undefined }, [
        V('Vector', 12, 10, 20, 20, { fill: to === active ? '#FFFFFF' : '#9FB0C3' }),
        T(t, 42, 11, 150, 18, { size: 14, weight: to === active ? 600 : 400, color: to === active ? '#FFFFFF' : '#C9D4E0' }),
      ]))),
    F('Frame 1120', 16, H - 96, 208, 72, { layout: 'VERTICAL', gap: 4 }, [
      T('Support', 0, 0, 208, 16, { size: 12, weight: 600, color: '#9FB0C3' }),
      T('(877) 555-0142 · support@milepost.io', 0, 20, 208, 32, { size: 12, color: '#C9D4E0' }),
      T('Open a ticket', 0, 54, 100, 16, { size: 12, color: '#FFFFFF', underline: true }),
    ]),
  ]);
}
const header = (title, sub) => F('Frame 1130', 272, 32, 1136, 72, { layout: 'VERTICAL', gap: 6 }, [
  T(title, 0, 0, 800, 36, { size: 28, weight: 700, color: navy }),
  sub ? T(sub, 0, 44, 800, 22, { size: 15, color: grey }) : null,
]);

function build() {
  const cover = [F('Thumbnail', 0, 0, 1600, 960, { fill: navy }, [
    T('Milepost · Onboarding & Integrations', 100, 360, 1300, 80, { size: 64, weight: 700, color: '#FFFFFF' }),
    T('Q2 design review — handoff', 100, 460, 900, 40, { size: 28, color: '#9FB0C3' }),
  ])];

  const comps = [
    node('COMPONENT_SET', 'Comp / Action', 0, 0, 600, 200, { stroke: '#9747FF', radius: 5 }, [
      node('COMPONENT', 'Size=Large, State=Default', 20, 20, 220, 48, { key: 'c_btn', fill: orange, radius: 6 }, [T('Button', 16, 14, 188, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      node('COMPONENT', 'Size=Large, State=Hover', 300, 20, 220, 48, { key: 'c_btn_h', fill: '#D85A12', radius: 6 }, [T('Button', 16, 14, 188, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      node('COMPONENT', 'Size=Small, State=Default', 20, 110, 110, 32, { key: 'c_btn_s', stroke: navy, radius: 6 }, [T('Button', 8, 7, 94, 18, { size: 13, weight: 600, color: navy, align: 'CENTER' })]),
    ]),
    node('COMPONENT', 'Card / Integration', 0, 260, 260, 136, { key: 'c_card', fill: '#FFFFFF', stroke: line, radius: 10 }, [R('Rectangle 5', 16, 16, 40, 40, { fill: '#EEE' })]),
    node('COMPONENT', 'Badge', 0, 440, 80, 22, { key: 'c_badge', fill: '#E6F4EA', radius: 11 }, [T('Badge', 8, 3, 64, 16, { size: 12 })]),
  ];

  const input = (label, val, x, y, w, n) => F('Frame ' + n, x, y, w, 70, { layout: 'VERTICAL', gap: 6 }, [
    T(label, 0, 0, w, 18, { size: 13, weight: 600, color: navy }),
    F('Frame ' + (n + 1), 0, 24, w, 44, { fill: '#FFFFFF', stroke: '#C5CCD6', radius: 6, layout: 'HORIZONTAL', px: 12 }, [T(val, 12, 12, w - 24, 20, { size: 15, color: val.startsWith('e.g') ? '#9AA3AF' : navy })]),
  ]);

  const signup = scr('signup', 'Sign up', [
    F('Frame 2001', 0, 0, 640, H, { fill: navy }, [
      T('IFTA, done before the deadline.', 80, 320, 480, 96, { size: 36, weight: 700, color: '#FFFFFF' }),
      T('Quarterly fuel-tax returns for fleets of 5 to 500 trucks.', 80, 432, 480, 48, { size: 17, color: '#C9D4E0' }),
      R('Rectangle 81', 80, 540, 480, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'truckh3ro' }], radius: 12 }),
    ]),
    F('Auto layout', 800, 200, 480, 600, { layout: 'VERTICAL', gap: 20 }, [
      T('Create your account', 0, 0, 480, 36, { size: 28, weight: 700, color: navy }),
      F('Auto layout', 0, 56, 480, 330, { layout: 'VERTICAL', gap: 16 }, [
        input('Work email', 'e.g. ops@redmesafreight.com', 0, 0, 480, 2010),
        input('Full name', 'e.g. Marisol Vega', 0, 86, 480, 2012),
        input('Password', 'At least 10 characters', 0, 172, 480, 2014),
      ]),
      I('Comp / Action', 'c_btn', 0, 400, 480, 48, { fill: orange, radius: 6, old: 'company' }, [T('Create account', 16, 14, 448, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      F('Frame 2020', 0, 468, 480, 20, { layout: 'HORIZONTAL', gap: 4 }, [
        T('By creating an account you agree to the', 0, 0, 270, 18, { size: 13, color: grey }),
        link('Terms of Service', 272, 0, 120, { size: 13, underline: true, to: 'terms' }),
      ]),
    ]),
  ]);

  const company = scr('company', 'Company', [
    header('Tell us about your fleet', 'We use this to set up your base jurisdiction and filing calendar.'),
    F('Auto layout', 272, 140, 560, 520, { fill: '#FFFFFF', radius: 12, stroke: line, layout: 'VERTICAL', gap: 16, px: 32, py: 32 }, [
      input('Legal business name', 'e.g. Red Mesa Freight Lines LLC', 32, 32, 496, 2100),
      input('USDOT number', 'e.g. 2841173', 32, 118, 496, 2102),
      input('IFTA base jurisdiction', 'New Mexico', 32, 204, 496, 2104),
      input('Qualified vehicles', '38', 32, 290, 496, 2106),
      btnFrame('Continue', 32, 400, 160, 44, { n: 2110, bg: orange, radius: 6, old: 'dash' }),
    ]),
    F('Frame 2120', 880, 140, 320, 120, { fill: '#EEF2F7', radius: 12, layout: 'VERTICAL', px: 20, py: 20 }, [
      T('Why we ask', 20, 20, 280, 18, { size: 14, weight: 600, color: navy }),
      T('Your base state is where you file. We’ll handle the other 57 jurisdictions.', 20, 44, 280, 54, { size: 13, color: grey }),
    ]),
  ]);

  const dash = scr('dash', 'Frame 2231', [
    sidebar('dash'),
    header('Overview', null),
    F('Frame 2240', 272, 128, 1136, 120, { layout: 'HORIZONTAL', gap: 16 }, ['Next filing due', 'Miles this quarter', 'Fuel gallons', 'Tax due (est.)'].map((t, k) =>
      F('Frame ' + (2241 + k), k * 288, 0, 272, 120, { fill: '#FFFFFF', stroke: line, radius: 10, layout: 'VERTICAL', gap: 8, px: 20, py: 20 }, [
        T(t, 20, 20, 232, 18, { size: 13, color: grey }),
        T(k === 0 ? 'Apr 30, 2026' : '—', 20, 48, 232, 36, { size: 26, weight: 700, color: navy }),
      ]))),
    F('Frame 2250', 472, 300, 736, 400, { fill: '#FFFFFF', stroke: line, radius: 12, layout: 'VERTICAL', gap: 16, px: 48, py: 48 }, [
      G('Illustration', 318, 48, 100, 100, [E('Ellipse 4', 0, 0, 100, 100, { fill: '#FDEBDD' }), V('Vector', 25, 30, 50, 40, { fill: orange })]),
      T('No data sources yet', 48, 168, 640, 32, { size: 24, weight: 700, color: navy, align: 'CENTER' }),
      T('Connect your data to get started.', 48, 208, 640, 22, { size: 16, color: grey, align: 'CENTER' }),
      btnInst('Connect data sources', 'c_btn', 258, 260, 220, 48, { name: 'Comp / Action / Large', bg: orange, radius: 6, to: 'integrations' }),
      T('Importing a prior-quarter return instead? Use the upload on the returns page.', 48, 330, 640, 20, { size: 13, color: grey, align: 'CENTER' }),
    ]),
  ]);

  const cardI = (name, ref, sub, x, y, o = {}) => I('Card / Integration', 'c_card', x, y, 260, 136, { fill: '#FFFFFF', stroke: line, radius: 10 }, [
    logo(ref, 16, 16, 40, { radius: 8 }),
    T(name, 68, 18, 176, 20, { size: 15, weight: 600, color: navy }),
    T(sub, 68, 40, 176, 18, { size: 12, color: grey }),
    o.status ? pill(o.status[0], 16, 96, o.status[3] ?? 96, o.status[1], o.status[2]) :
      I('Comp / Action', 'c_btn_s', 16, 92, 110, 32, { stroke: navy, radius: 6, links: o.links }, [T('Connect', 8, 7, 94, 18, { size: 13, weight: 600, color: navy, align: 'CENTER' })]),
  ]);
  const catalog = (statuses) => {
    const st = statuses || {};
    const grp = (title, y, cards) => F('Frame ' + (2300 + y), 0, y, 1136, 180, { layout: 'VERTICAL', gap: 12 }, [
      T(title, 0, 0, 600, 26, { size: 20, weight: 700, color: navy }),
      F('Auto layout', 0, 38, 1136, 136, { layout: 'HORIZONTAL', gap: 16 }, cards.map(([n, r, s, links], k) => cardI(n, r, s, k * 276, 0, { status: st[n], links }))),
    ]);
    return F('Auto layout', 272, 200, 1136, 640, { layout: 'VERTICAL', gap: 24 }, [
      grp('Accounting', 0, [['QuickBooks Online', 'qbo01', 'Intuit · cloud'], ['QuickBooks Desktop Enterprise', 'qbd02', 'Intuit · via Web Connector'], ['Sage Intacct', 'sint03', 'Sage'], ['Oracle NetSuite', 'nets04', 'Oracle']]),
      grp('ELD & telematics', 204, [['Motive (formerly KeepTruckin)', 'mot05', 'ELD · GPS', [['auth', 'OVERLAY']]], ['Samsara', 'sams06', 'ELD · GPS'], ['Geotab', 'geot07', 'Telematics'], ['Verizon Connect Reveal', 'vzc08', 'Telematics']]),
      grp('Fuel cards', 408, [['WEX Fleet Card', 'wex09', 'Fuel purchases'], ['Comdata', 'comd10', 'Fuel purchases'], ['EFS (WEX)', 'efs11', 'Fuel purchases']]),
    ]);
  };
  const rail = () => F('Frame 2400', 1116, 128, 292, 40, { layout: 'HORIZONTAL', gap: 8 }, [
    T('Step 2 of 4 · Connect sources', 0, 0, 200, 18, { size: 12, weight: 600, color: grey }),
    F('Frame 2401', 0, 24, 292, 6, { fill: '#E3E7ED', radius: 3 }, [R('Rectangle 17', 0, 0, 146, 6, { fill: orange, radius: 3 })]),
  ]);
  const trustStrip = () => F('Frame 2410', 272, 860, 1136, 136, { fill: '#FFFFFF', stroke: line, radius: 12, layout: 'HORIZONTAL', gap: 32, px: 24, py: 20 }, [
    F('Frame 2411', 24, 20, 520, 96, { layout: 'VERTICAL', gap: 6 }, [
      T('“We closed Q4 IFTA in an afternoon instead of a week. Our drivers didn’t even notice.”', 0, 0, 520, 44, { size: 15, weight: 500, color: navy }),
      T('— Marisol Vega, Controller, Red Mesa Freight Lines', 0, 52, 520, 18, { size: 13, color: grey }),
    ]),
    F('Frame 2412', 580, 20, 260, 96, { layout: 'VERTICAL', gap: 6 }, [
      T('12,400 fleets', 0, 0, 260, 28, { size: 22, weight: 700, color: navy }),
      T('file with Milepost. Data is encrypted with 256-bit AES in transit and at rest; read-only access, never sold or shared.', 0, 34, 260, 60, { size: 12, color: grey }),
    ]),
    F('Frame 2413', 872, 20, 240, 96, { layout: 'VERTICAL', gap: 8 }, [
      link('Step-by-step setup guides', 0, 0, 240, { size: 13, underline: true }),
      link('Security review? Request a mutual NDA', 0, 28, 240, { size: 13 }),
      T('SOC 2 Type II report on request', 0, 56, 240, 16, { size: 12, color: grey }),
    ]),
  ]);

  const integrations = scr('integrations', 'Integrations', [
    sidebar('integrations'),
    header('Integrations', 'Connect your systems.'),
    rail(),
    search('Search 40+ integrations', 272, 140, 420, 40, { name: 'Frame 2290', radius: 6 }),
    catalog(),
    T('Don’t see your ELD? Upload IFTA trip sheets (CSV or XLSX) →', 272, 830, 600, 20, { size: 14, color: '#1D5FD1' }),
    trustStrip(),
    T('You can disconnect a source at any time from Settings.', 272, 1000, 600, 18, { size: 12, color: grey, visible: false }),
  ]);

  const auth = scr('auth', 'Modal / Motive', [
    R('Scrim', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.06, g: 0.16, b: 0.27, a: 0.55 } }] }),
    F('Frame 2500', 440, 232, 560, 560, { fill: '#FFFFFF', radius: 14, layout: 'VERTICAL', gap: 16, px: 40, py: 40 }, [
      V('Close', 504, 24, 16, 16, { fill: grey, actions: [{ type: 'CLOSE' }] }),
      G('Group 77', 40, 40, 136, 48, [logo('mp00', 0, 0, 48), V('Vector', 60, 20, 16, 8, { fill: grey }), logo('mot05', 88, 0, 48)]),
      T('Connect Motive', 40, 108, 480, 32, { size: 24, weight: 700, color: navy }),
      T('Next, you’ll be taken to Motive to sign in with a fleet admin login and approve access for Milepost. When you’re done, Motive sends you right back here.', 40, 152, 480, 66, { size: 15, color: grey }),
      F('Frame 2510', 40, 236, 480, 150, { fill: '#F6F7F9', radius: 10, layout: 'VERTICAL', gap: 6, px: 16, py: 16 }, [
        T('Milepost will read from Motive', 16, 16, 448, 18, { size: 14, weight: 600, color: navy }),
        T('• Miles driven per jurisdiction, by vehicle\n• Trip start/end locations and dates\n• Vehicle list and VINs\nWe never write anything back to Motive.', 16, 40, 448, 96, { size: 14, color: navy }),
      ]),
      btnFrame('Continue to Motive', 40, 420, 480, 48, { n: 2520, bg: orange, radius: 6, to: 'importing' }),
      T('Cancel', 40, 484, 480, 20, { size: 14, color: grey, align: 'CENTER', actions: [{ type: 'CLOSE' }] }),
    ]),
  ]);

  const importing = scr('importing', 'Importing', [
    sidebar('integrations'),
    F('Frame 2600', 520, 330, 640, 300, { fill: '#FFFFFF', radius: 12, stroke: line, layout: 'VERTICAL', gap: 16, px: 40, py: 40 }, [
      G('Spinner', 296, 40, 48, 48, [E('Ellipse 8', 0, 0, 48, 48, { stroke: '#E3E7ED', sw: 5, fills: [] }), V('Arc', 0, 0, 48, 48, { stroke: orange, sw: 5, fills: [] })], { old: 'status' }),
      T('Importing trips from Motive… 38%', 40, 112, 560, 28, { size: 20, weight: 700, color: navy, align: 'CENTER' }),
      F('Frame 2601', 40, 160, 560, 8, { fill: '#E3E7ED', radius: 4 }, [R('Rectangle 22', 0, 0, 213, 8, { fill: orange, radius: 4 })]),
      T('38 vehicles · Jan 1 – Mar 31, 2026. This usually takes 2–4 minutes.', 40, 188, 560, 20, { size: 14, color: grey, align: 'CENTER' }),
    ]),
  ]);

  const status = scr('status', 'Integrations — after', [
    sidebar('integrations'),
    header('Integrations', 'Connect your systems.'),
    F('Frame 2400', 1116, 128, 292, 40, { layout: 'HORIZONTAL', gap: 8 }, [
      T('Step 3 of 4 · Review', 0, 0, 200, 18, { size: 12, weight: 600, color: grey }),
      F('Frame 2401', 0, 24, 292, 6, { fill: '#E3E7ED', radius: 3 }, [R('Rectangle 17', 0, 0, 219, 6, { fill: orange, radius: 3 })]),
    ]),
    search('Search 40+ integrations', 272, 140, 420, 40, { name: 'Frame 2290', radius: 6 }),
    catalog({ 'Motive (formerly KeepTruckin)': ['✓ Connected', '#E6F4EA', '#1E7B34'], 'QuickBooks Online': ['Pending authorization', '#FFF4DB', '#8A5A00', 160] }),
    F('Frame 2700', 272, 856, 1136, 64, { fill: '#FFFFFF', stroke: line, radius: 10, layout: 'HORIZONTAL', gap: 24, px: 20 }, [
      btnGroup('+ Add another source', 20, 12, 200, 40, { n: 2701, bg: '#FFFFFF', fg: navy, vector: true, to: 'integrations' }),
      T('Your bookkeeper handles QuickBooks?', 260, 22, 280, 20, { size: 14, color: grey }),
      link('Invite them to connect it', 540, 22, 200, { underline: true, links: [['invite', 'OVERLAY']] }),
      btnInst('Done', 'c_btn', 960, 8, 150, 48, { bg: orange, radius: 6, to: 'sources' }),
    ]),
  ]);

  const invite = scr('invite', 'Invite', [
    R('Scrim', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.06, g: 0.16, b: 0.27, a: 0.55 } }] }),
    F('Frame 2800', 480, 312, 480, 360, { fill: '#FFFFFF', radius: 14, layout: 'VERTICAL', gap: 16, px: 32, py: 32 }, [
      T('Invite a teammate', 32, 32, 416, 28, { size: 22, weight: 700, color: navy }),
      T('They’ll get a link that opens straight to the QuickBooks Online step. You can keep going without them.', 32, 70, 416, 44, { size: 14, color: grey }),
      input('Their email', 'e.g. books@redmesafreight.com', 32, 130, 416, 2810),
      btnFrame('Send invite', 32, 230, 416, 44, { n: 2820, bg: orange, radius: 6, to: 'status' }),
      T('Cancel', 32, 290, 416, 20, { size: 14, align: 'CENTER', color: grey, actions: [{ type: 'CLOSE' }] }),
    ]),
  ]);

  const ifta = scr('ifta', 'Q1 2026 return', [
    sidebar('ifta'),
    header('Q1 2026 IFTA return', 'New Mexico base · due Apr 30, 2026'),
    F('Frame 2900', 272, 128, 1136, 64, { fill: '#FFF4DB', radius: 10, layout: 'HORIZONTAL', gap: 16, px: 20 }, [
      V('Warning', 20, 22, 20, 20, { fill: '#C07A00' }),
      T('Fuel purchases are missing for 3 trucks, so the tax-paid credit is understated. Pull them in from your fuel card.', 52, 22, 760, 20, { size: 14, color: '#5C3D00' }),
      btnInst('Connect fuel card', 'c_btn', 940, 8, 176, 48, { bg: orange, radius: 6, to: 'integrations' }),
    ]),
    F('Table', 272, 216, 1136, 480, { fill: '#FFFFFF', stroke: line, radius: 10, layout: 'VERTICAL' }, [
      F('Frame 2910', 0, 0, 1136, 44, { fill: '#F0F2F5', layout: 'HORIZONTAL', px: 20 }, ['Jurisdiction', 'Total miles', 'Taxable gallons', 'Tax-paid gallons', 'Net tax'].map((h, k) => T(h, 20 + k * 220, 13, 200, 18, { size: 13, weight: 600, color: grey }))),
      ...[['New Mexico', '48,210', '7,417', '6,980', '$82.14'], ['Texas', '61,904', '9,523', '9,101', '$84.40'], ['Arizona', '22,117', '3,402', '1,950', '$377.52']].map((r, j) =>
        F('Frame ' + (2920 + j), 0, 44 + j * 52, 1136, 52, { layout: 'HORIZONTAL', px: 20, stroke: line }, r.map((c, k) => T(c, 20 + k * 220, 16, 200, 18, { size: 14, color: navy })))),
    ]),
    btnGroup('Delete draft', 272, 720, 140, 40, { n: 2940, bg: '#FFFFFF', fg: '#B42318' }),
  ]);

  const sources = scr('sources', 'Settings / Data sources', [
    sidebar('sources'),
    header('Data sources', 'Everything Milepost reads from, and when it last did.'),
    F('Table', 272, 140, 1136, 260, { fill: '#FFFFFF', stroke: line, radius: 10, layout: 'VERTICAL' }, [
      F('Frame 3010', 0, 0, 1136, 44, { fill: '#F0F2F5', layout: 'HORIZONTAL', px: 20 }, ['Source', 'Type', 'Connected', 'Last sync', 'Status', ''].map((h, k) => T(h, 20 + k * 186, 13, 170, 18, { size: 13, weight: 600, color: grey }))),
      ...[['Motive (formerly KeepTruckin)', 'ELD', 'Mar 2, 2026', 'Today, 2:04 AM CT', 'Healthy'], ['QuickBooks Online', 'Accounting', 'Mar 2, 2026', 'Today, 2:06 AM CT', 'Healthy'], ['WEX Fleet Card', 'Fuel card', 'Mar 9, 2026', 'Today, 2:07 AM CT', 'Healthy']].map((r, j) =>
        F('Frame ' + (3020 + j), 0, 44 + j * 64, 1136, 64, { layout: 'HORIZONTAL', px: 20, stroke: line }, [
          ...r.slice(0, 4).map((c, k) => T(c, 20 + k * 186, 22, 170, 18, { size: 14, weight: k === 0 ? 600 : 400, color: navy })),
          pill(r[4], 764, 21, 72, '#E6F4EA', '#1E7B34'),
          T('Revoke access', 950, 22, 120, 18, { size: 14, weight: 600, color: '#B42318', links: j === 0 ? [['revoke', 'OVERLAY']] : undefined }),
        ])),
    ]),
    T('Sources sync automatically every night at 2:00 AM Central. Next run: tomorrow, 2:00 AM CT.', 272, 420, 900, 20, { size: 13, color: grey }),
    F('Frame 3100', 272, 480, 560, 120, { fill: '#FFFFFF', stroke: line, radius: 10, layout: 'VERTICAL', gap: 8, px: 20, py: 20 }, [
      T('Danger zone', 20, 20, 300, 20, { size: 15, weight: 700, color: '#B42318' }),
      T('Delete company workspace', 20, 52, 300, 20, { size: 14, color: '#B42318', underline: true }),
    ]),
  ]);

  const revoke = scr('revoke', 'Modal / revoke', [
    R('Scrim', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.06, g: 0.16, b: 0.27, a: 0.55 } }] }),
    F('Frame 3200', 480, 352, 480, 280, { fill: '#FFFFFF', radius: 14, layout: 'VERTICAL', gap: 16, px: 32, py: 32 }, [
      T('Revoke Motive access?', 32, 32, 416, 28, { size: 22, weight: 700, color: navy }),
      T('Milepost stops pulling trips and miles from Motive and deletes the access token. Returns you already filed are kept.', 32, 72, 416, 66, { size: 14, color: grey }),
      btnFrame('Revoke access', 32, 160, 200, 44, { n: 3210, bg: '#B42318', radius: 6, to: 'sources' }),
      btnFrame('Keep connected', 248, 160, 200, 44, { n: 3212, bg: '#FFFFFF', fg: navy, stroke: line, radius: 6, actions: [{ type: 'CLOSE' }] }),
    ]),
  ]);

  const terms = scr('terms', 'Terms of Service', [
    T('Milepost Terms of Service', 320, 80, 800, 40, { size: 32, weight: 700, color: navy }),
    T('Last updated February 1, 2026', 320, 130, 800, 20, { size: 14, color: grey }),
    ...['1. Acceptance of terms', '2. Your account', '3. Filing responsibility'].map((h, k) =>
      F('Frame ' + (3300 + k), 320, 180 + k * 150, 800, 130, { layout: 'VERTICAL', gap: 8 }, [
        T(h, 0, 0, 800, 24, { size: 18, weight: 700, color: navy }),
        T('Milepost prepares returns from the data you provide. You remain responsible for reviewing and submitting each return to your base jurisdiction before the due date.', 0, 32, 800, 66, { size: 15, color: grey }),
      ])),
  ]);

  const onboarding = node('SECTION', 'Onboarding', -80, -120, 4 * 1600 + 80, H + 240, { fill: '#E9ECF1' }, []);
  const settingsSec = node('SECTION', 'Settings', 0, 0, 0, 0, { fill: '#E9ECF1' }, []);
  const frames = [signup, company, dash, integrations, auth, importing, status, invite, ifta, sources, revoke, terms];
  for (const f of [signup, company, dash, integrations]) { f._r[0] -= onboarding._r[0]; f._r[1] -= onboarding._r[1]; onboarding.children.push(f); }
  settingsSec._r = [sources._r[0] - 80, -120, 2 * 1600 + 80, H + 240];
  for (const f of [sources, revoke]) { f._r[0] -= settingsSec._r[0]; f._r[1] -= settingsSec._r[1]; settingsSec.children.push(f); }
  const loose = frames.filter((f) => !onboarding.children.includes(f) && !settingsSec.children.includes(f));

  const archive = [F('Integrations v1 (old)', 0, 0, W, H, { fill: '#FFFFFF' }, [T('Link QuickBooks', 100, 100, 400, 30, { size: 24, weight: 700 }), T('Powered by a third-party connector', 100, 150, 500, 20)])];

  return finalize({ name: 'Milepost — Web app (IFTA)', lastModified: '2026-02-24T21:07:55Z', version: '4987730211' }, [
    { name: 'Cover', children: cover },
    { name: 'Web app — flows', children: [onboarding, ...loose, settingsSec] },
    { name: 'Design system', children: comps },
    { name: 'Archive', children: archive },
  ]);
}

export function run() {
  const { doc, id, count } = build();
  const truth = {
    file: NAME + '.json', kind: 'onboarding', writtenBy: WRITER,
    description: 'Desktop (1440, US) web app for IFTA fuel-tax returns: sign-up, fleet details, an overview with an empty state and a permanent Integrations menu entry, a grouped and searchable integrations catalogue (accounting, ELD/telematics, fuel cards), an authorise modal, import progress, connected/pending statuses with invite, a Q1 return with a contextual prompt, a data-sources table with revoke, and a dead-end Terms page. No prototype starting point is set.',
    present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.syncing-indicator'],
    absent: ['funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.powered-by', 'connection.refresh'],
    notes: {
      'funnel.three-actions': 'Sign up → Company → Overview (empty state with the connect button): 2 steps.',
      'funnel.cta-visible': 'Central empty-state button "Connect data sources" plus a permanent "Integrations" sidebar entry.',
      'funnel.social-proof': 'Quote from a named controller at a freight company on the integrations page.',
      'value.contextual-ctas': 'Q1 return banner: fuel purchases missing → "Connect fuel card".',
      'value.progress-meter': '"Step 2 of 4 · Connect sources" bar.',
      'privacy.data-scope': 'Motive modal lists what is read (miles per jurisdiction, trips, vehicles) and says nothing is written back.',
      'privacy.trust-language': '"encrypted with 256-bit AES ... read-only access, never sold or shared".',
      'privacy.connection-guide': '"Step-by-step setup guides" link on the integrations page.',
      'privacy.statistics': '"12,400 fleets file with Milepost" beside the encryption claim.',
      'privacy.support-contacts': 'Sidebar footer on every app screen: phone, email, "Open a ticket".',
      'privacy.mutual-nda': '"Security review? Request a mutual NDA".',
      'platform.explain-redirect': 'Modal: taken to Motive to sign in and approve, then sent back.',
      'platform.grouped-categories': 'Headings Accounting / ELD & telematics / Fuel cards over card rows.',
      'platform.accurate-branding': 'QuickBooks Online vs QuickBooks Desktop Enterprise, Sage Intacct, Oracle NetSuite, Motive (formerly KeepTruckin), with logos.',
      'platform.search': '"Search 40+ integrations" field over the catalogue.',
      'platform.alternatives': '"Don’t see your ELD? Upload IFTA trip sheets (CSV or XLSX)".',
      'platform.non-linear': '"Invite them to connect it" sends the QuickBooks step to a bookkeeper; "You can keep going without them".',
      'platform.multiple-connections': '"✓ Connected" and "Pending authorization" pills, "+ Add another source".',
      'connection.view-live': 'Data sources table: source, type, connected date, last sync time, status.',
      'connection.delete': '"Revoke access" per row with a confirm modal.',
      'connection.syncing-indicator': 'Import screen with spinner and "Importing trips from Motive… 38%".',
      'funnel.greeting-email': 'No welcome-email frame.',
      'funnel.prefill': 'Fleet details are typed before connecting; nothing is shown prefilled from connected data.',
      'value.three-part': 'The decision point says only "No data sources yet / Connect your data to get started"; no benefit or data-use message.',
      'value.faq-link': 'No FAQ / learn-more about the benefits (the only link is setup guides).',
      'privacy.consent-action': 'The Motive modal continues with a single button; no checkbox or consent wording.',
      'privacy.disconnect-anytime': 'The "disconnect a source at any time" line is a hidden layer.',
      'privacy.powered-by': 'No powered-by mark in the flow (only on the archive page).',
      'connection.refresh': 'Syncs only run nightly; no refresh / sync-now control.',
    },
    flow: { startFrameId: id('signup'), connectFrameId: id('dash'), stepsToConnect: 2, deadEnds: [id('terms')] },
  };
  writeOut(NAME, doc, truth);
  return { name: NAME, count, truth };
}

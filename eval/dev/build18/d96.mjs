// d96 — revenue forecasting for consultancies, desktop 1280x800, UK/neutral English. Two flow starting points.
import { F, G, R, V, T, I, node, btnFrame, btnGroup, btnInst, link, search, logo, divider, pill, finalize, writeOut, WRITER } from './lib.mjs';

export const NAME = 'd96-consultancy-revenue-forecast-desktop';
export const connectFrames = ['Frame 3', 'Frame 5', 'Frame 8', 'Frame 12', 'Frame 7'];

const W = 1280; const H = 800;
const ink = '#1B1F3B'; const violet = '#5B4BDB'; const muted = '#636A80'; const line = '#E3E5EE';
let col = 0;
const scr = (key, name, kids, o = {}) => { const x = (col % 5) * 1400; const y = Math.floor(col / 5) * 960; col += 1; return F(name, x, y, W, H, { key, fill: '#FFFFFF', ...o }, kids); };
const mono = (letter, x, y, bg) => G('Group ' + letter.charCodeAt(0), x, y, 40, 40, [V('Vector', 0, 0, 40, 40, { fill: bg }), T(letter, 0, 10, 40, 20, { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER' })]);

function side(active) {
  const items = [['Forecast', 'forecast'], ['Engagements', null], ['Pipeline', null], ['Data sources', 'sources'], ['Settings', 'settings']];
  return F('Frame 100', 0, 0, 220, H, { fill: '#F6F6FB', layout: 'VERTICAL', gap: 2, px: 12, py: 20 }, [
    T('◐ Foresight', 24, 20, 160, 26, { size: 19, weight: 700, color: ink }),
    F('Auto layout', 12, 72, 196, 200, { layout: 'VERTICAL', gap: 2 }, items.map(([t, to], k) => F('Frame ' + (110 + k), 0, k * 40, 196, 36, { fill: to === active ? '#E9E6FF' : undefined, radius: 8, layout: 'HORIZONTAL', gap: 10, px: 12, to: to && to !== active ? to : undefined }, [
      V('Vector', 12, 9, 18, 18, { fill: to === active ? violet : '#9AA0B4' }), T(t, 40, 9, 140, 18, { size: 14, weight: to === active ? 600 : 400, color: to === active ? violet : ink }),
    ]))),
  ]);
}

function build() {
  const cover = [F('Cover', 0, 0, 1600, 900, { fill: violet }, [T('Foresight — revenue forecasting for consultancies', 100, 340, 1400, 70, { size: 56, weight: 700, color: '#FFFFFF' }), T('Onboarding · sources · v2.3 (approved)', 100, 430, 900, 36, { size: 26, color: '#DCD8FF' })])];

  const comps = [
    node('COMPONENT_SET', 'Button', 0, 0, 520, 180, { stroke: '#9747FF', radius: 5 }, [
      node('COMPONENT', 'Type=Primary', 20, 20, 200, 44, { key: 'c_p', fill: violet, radius: 10 }, [T('Button', 12, 12, 176, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      node('COMPONENT', 'Type=Secondary', 260, 20, 200, 44, { key: 'c_s', stroke: line, radius: 10 }, [T('Button', 12, 12, 176, 20, { size: 15, weight: 600, color: ink, align: 'CENTER' })]),
      node('COMPONENT', 'Type=Link', 20, 100, 200, 24, { key: 'c_l' }, [T('Button', 0, 2, 200, 20, { size: 15, color: violet })]),
    ]),
    node('COMPONENT', 'Source tile', 0, 240, 220, 64, { key: 'c_tile', fill: '#FFFFFF', stroke: line, radius: 12 }, []),
    node('COMPONENT', 'Meter', 0, 340, 300, 40, { key: 'c_meter' }, []),
  ];

  const inp = (label, val, x, y, w, n) => F('Frame ' + n, x, y, w, 68, { layout: 'VERTICAL', gap: 6 }, [
    T(label, 0, 0, w, 18, { size: 13, weight: 600, color: ink }),
    F('Frame ' + (n + 1), 0, 24, w, 44, { stroke: line, radius: 10, layout: 'HORIZONTAL', px: 12 }, [T(val, 12, 12, w - 24, 20, { size: 15, color: val.startsWith('e.g') ? '#A3A8B8' : ink })]),
  ]);

  const signup = scr('signup', 'Frame 1', [
    F('Frame 20', 0, 0, 560, H, { fill: ink }, [
      T('See next quarter before it happens.', 64, 260, 432, 90, { size: 34, weight: 700, color: '#FFFFFF' }),
      T('Forecasting built around utilisation, pipeline and cash — for firms of 5 to 200 consultants.', 64, 370, 432, 50, { size: 16, color: '#B9BCD6' }),
    ]),
    F('Auto layout', 680, 150, 460, 520, { layout: 'VERTICAL', gap: 18 }, [
      T('Start your 14-day trial', 0, 0, 460, 34, { size: 26, weight: 700, color: ink }),
      btnGroup('Sign up with LinkedIn', 0, 52, 460, 44, { n: 21, bg: '#0A66C2', radius: 10, links: undefined }),
      T('or', 0, 108, 460, 18, { size: 13, color: muted, align: 'CENTER' }),
      inp('Work email', 'e.g. priya@northgateadvisory.co.uk', 0, 138, 460, 30),
      inp('Firm name', 'e.g. Northgate Advisory', 0, 222, 460, 32),
      btnInst('Start free trial', 'c_p', 0, 316, 460, 44, { name: 'Type=Primary', bg: violet, radius: 10, to: 'welcome' }),
    ]),
  ]);

  const emptyDash = () => [side('forecast'), T('Forecast', 252, 32, 400, 32, { size: 26, weight: 700, color: ink }), R('Rectangle 40', 252, 90, 996, 680, { fill: '#F6F6FB', radius: 16 })];
  const welcome = scr('welcome', 'Frame 3', [
    ...emptyDash(),
    R('Scrim', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.1, g: 0.12, b: 0.23, a: 0.45 } }] }),
    F('Modal', 340, 70, 600, 660, { fill: '#FFFFFF', radius: 18, layout: 'VERTICAL', gap: 16, px: 40, py: 36 }, [
      T('Your first forecast is three sources away', 40, 36, 520, 32, { size: 24, weight: 700, color: ink }),
      F('Auto layout', 40, 84, 520, 230, { layout: 'VERTICAL', gap: 14 }, [
        F('Frame 41', 0, 0, 520, 60, { layout: 'HORIZONTAL', gap: 12 }, [T('📈', 0, 0, 24, 24, { size: 18 }), T('A rolling 12-month revenue forecast built from what’s invoiced, what’s booked and what’s in the pipeline — refreshed every morning.', 36, 0, 484, 60, { size: 15, color: ink })]),
        F('Frame 42', 0, 74, 520, 80, { layout: 'HORIZONTAL', gap: 12 }, [T('🔍', 0, 0, 24, 24, { size: 18 }), T('We read invoices, payments and your chart of accounts from accounting, deals and stages from your CRM, and balances from your bank. Read-only: nothing is ever posted back.', 36, 0, 484, 80, { size: 15, color: ink })]),
        F('Frame 43', 0, 168, 520, 40, { layout: 'HORIZONTAL', gap: 12 }, [T('🔒', 0, 0, 24, 24, { size: 18 }), T('Encrypted end to end, and never shared with anyone outside Foresight without your say-so.', 36, 0, 484, 40, { size: 15, color: ink })]),
      ]),
      btnInst('Connect your accounting', 'c_p', 40, 340, 520, 48, { name: 'Type=Primary', bg: violet, radius: 10, to: 'sources' }),
      T('Send this to our finance lead\u00A0→', 40, 404, 520, 20, { size: 14, color: violet, align: 'CENTER', links: [['share', 'OVERLAY']] }),
      divider(40, 446, 520),
      F('Frame 50', 40, 462, 520, 160, { layout: 'VERTICAL', gap: 8 }, [
        G('Powered by', 0, 0, 200, 24, [T('Powered by', 0, 4, 80, 16, { size: 12, color: muted }), V('Keystone logo', 84, 0, 24, 24, { fill: ink }), T('Keystone', 112, 2, 80, 20, { size: 14, weight: 700, color: ink })]),
        T('Questions? +44 20 7946 0321 · support@foresight.app · Book a 15-min call', 0, 36, 520, 18, { size: 12, color: muted }),
      ]),
    ]),
  ]);

  const tile = (name, ref, x, y, o = {}) => I('Source tile', 'c_tile', x, y, 228, 64, { fill: '#FFFFFF', stroke: line, radius: 12, links: o.links }, [
    ref.length === 1 ? mono(ref, 12, 12, o.bg ?? '#9AA0B4') : logo(ref, 12, 12, 40),
    T(name, 64, 22, 110, 20, { size: 15, weight: 600, color: ink }),
    o.status ? pill(o.status[0], 140, 21, 80, o.status[1], o.status[2]) : null,
  ].filter(Boolean));
  const meter = (n) => I('Meter', 'c_meter', 252, 88, 420, 40, {}, [
    T(`Forecast strength · ${n} of 3 sources`, 0, 0, 420, 18, { size: 13, weight: 600, color: muted }),
    F('Frame 60', 0, 26, 420, 8, { fill: '#ECEBF7', radius: 4 }, [R('Rectangle 61', 0, 0, 140 * n || 4, 8, { fill: violet, radius: 4 })]),
  ]);
  const groups = (st = {}) => F('Auto layout', 252, 204, 996, 420, { layout: 'VERTICAL', gap: 20 }, [
    ['Accounting', 0, [['Xero', 'X', '#13B5EA', [['redirect', 'OVERLAY']]], ['QuickBooks', 'Q', '#2CA01C'], ['Sage', 'S', '#00D639'], ['FreeAgent', 'F', '#0A7B83']]],
    ['CRM & pipeline', 136, [['HubSpot', 'H', '#FF7A59'], ['Salesforce', 'S', '#00A1E0'], ['Pipedrive', 'P', '#1A1A1A']]],
    ['Bank accounts', 272, [['Barclays', 'B', '#00AEEF'], ['HSBC', 'H', '#DB0011'], ['Lloyds', 'L', '#006A4D'], ['Starling', 'S', '#6935D3']]],
  ].map(([h, y, items], g) => F('Frame ' + (70 + g), 0, y, 996, 116, { layout: 'VERTICAL', gap: 10 }, [
    T(h, 0, 0, 400, 24, { size: 18, weight: 700, color: ink }),
    F('Auto layout', 0, 36, 996, 64, { layout: 'HORIZONTAL', gap: 12 }, items.map(([n, r, bg, links], k) => tile(n, r, k * 240, 0, { bg, links, status: st[n] }))),
  ])));
  const trust = () => F('Frame 90', 252, 650, 996, 110, { fill: '#F6F6FB', radius: 14, layout: 'HORIZONTAL', gap: 40, px: 24, py: 18 }, [
    T('256-bit encryption · ISO 27001 certified\nTrusted by 3,100 consultancies to keep their numbers private.', 24, 18, 420, 44, { size: 13, color: ink }),
    F('Frame 91', 484, 18, 460, 74, { layout: 'VERTICAL', gap: 6 }, [
      link('Connection guide: Xero, QuickBooks, HubSpot & banks', 0, 0, 460, { size: 13, underline: true, color: violet }),
      T('Need an NDA before we see client revenue? We’ll sign a mutual one — ask at support@foresight.app', 0, 26, 460, 36, { size: 13, color: muted }),
    ]),
  ]);

  const sources = scr('sources', 'Frame 5', [
    side('sources'),
    T('Add your data sources', 252, 32, 600, 34, { size: 26, weight: 700, color: ink }),
    meter(0),
    search('Search apps and banks', 828, 88, 420, 40, { name: 'Frame 66', radius: 10 }),
    T('Accounting first — it’s the backbone of the forecast. CRM and bank sharpen it.', 252, 150, 900, 20, { size: 14, color: muted }),
    groups(),
    trust(),
  ]);

  const redirect = scr('redirect', 'Frame 6', [
    R('Scrim', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.1, g: 0.12, b: 0.23, a: 0.45 } }] }),
    F('Modal', 390, 170, 500, 460, { fill: '#FFFFFF', radius: 18, layout: 'VERTICAL', gap: 14, px: 36, py: 32 }, [
      mono('X', 36, 32, '#13B5EA'),
      T('Off to Xero for a moment', 36, 88, 428, 28, { size: 22, weight: 700, color: ink }),
      T('Xero opens in a new tab. Sign in, pick the organisation and click “Allow access” — you’ll come straight back to this page.', 36, 126, 428, 66, { size: 15, color: ink }),
      T('You can disconnect Foresight from Xero any time, here or in Xero’s own Connected apps list.', 36, 204, 428, 44, { size: 14, color: muted }),
      T('By continuing you agree to our Data Processing Terms.', 36, 260, 428, 18, { size: 12, color: muted }),
      btnFrame('Continue to Xero', 36, 300, 428, 48, { n: 95, bg: violet, radius: 10, to: 'after' }),
      T('Back', 36, 364, 428, 20, { size: 14, color: muted, align: 'CENTER', actions: [{ type: 'CLOSE' }] }),
    ]),
  ]);

  const after = scr('after', 'Frame 7', [
    side('sources'),
    T('Add your data sources', 252, 32, 600, 34, { size: 26, weight: 700, color: ink }),
    meter(2),
    search('Search apps and banks', 828, 88, 420, 40, { name: 'Frame 66', radius: 10 }),
    groups({ Xero: ['Connected', '#E3F6EA', '#1C7A43'], HubSpot: ['Pending', '#FFF2D9', '#8F5B00'] }),
    F('Frame 120', 252, 650, 996, 56, { layout: 'HORIZONTAL', gap: 16 }, [
      btnInst('+ Add another', 'c_s', 0, 6, 180, 44, { name: 'Type=Secondary', bg: '#FFFFFF', fg: ink, stroke: line, radius: 10, to: 'sources' }),
      btnInst('Continue', 'c_p', 816, 6, 180, 44, { name: 'Type=Primary', bg: violet, radius: 10, to: 'profile' }),
    ]),
  ]);

  const profile = scr('profile', 'Firm profile', [
    side('settings'),
    T('Check your firm details', 252, 32, 600, 34, { size: 26, weight: 700, color: ink }),
    F('Frame 130', 252, 80, 640, 36, { fill: '#EEF9F1', radius: 8, layout: 'HORIZONTAL', px: 12 }, [T('✓ Pulled from Xero just now — edit anything that looks off.', 12, 9, 600, 18, { size: 13, color: '#1C7A43' })]),
    F('Auto layout', 252, 140, 640, 480, { layout: 'VERTICAL', gap: 12 }, [
      inp('Registered name', 'Northgate Advisory Ltd', 0, 0, 640, 140),
      inp('Company number', '09812233', 0, 80, 640, 142),
      inp('VAT number', 'GB 412 7730 18', 0, 160, 640, 144),
      inp('Registered address', '3rd Floor, 22 Wharf Road, London N1 7GR', 0, 240, 640, 146),
      inp('Financial year end', '31 March', 0, 320, 640, 148),
      inp('Revenue, last 12 months', '£2,410,000', 0, 400, 640, 150),
    ]),
    btnInst('Build my forecast', 'c_p', 252, 700, 220, 44, { name: 'Type=Primary', bg: violet, radius: 10, to: 'forecast' }),
  ]);

  const forecast = scr('forecast', 'Frame 8', [
    side('forecast'),
    T('Forecast', 252, 32, 400, 32, { size: 26, weight: 700, color: ink }),
    F('Frame 160', 252, 84, 996, 360, { stroke: line, radius: 16, layout: 'VERTICAL', gap: 12, px: 24, py: 20 }, [
      T('Revenue, next 12 months', 24, 20, 400, 20, { size: 16, weight: 700, color: ink }),
      G('Chart', 24, 56, 948, 220, [...Array.from({ length: 12 }, (_, k) => R('Rectangle ' + (170 + k), k * 79, 220 - (90 + ((k * 37) % 110)), 48, 90 + ((k * 37) % 110), { fill: k < 3 ? violet : '#CFC9FF', radius: 4 }))]),
      T('Apr  May  Jun  Jul  Aug  Sep  Oct  Nov  Dec  Jan  Feb  Mar', 24, 290, 948, 18, { size: 12, color: muted }),
    ]),
    F('Frame 190', 252, 460, 996, 80, { fill: '#F4F2FF', radius: 14, layout: 'HORIZONTAL', gap: 16, px: 20 }, [
      T('Pipeline isn’t in this forecast yet. Add your CRM and we’ll weight open deals by stage.', 20, 30, 640, 20, { size: 14, color: ink }),
      btnInst('Connect your CRM', 'c_p', 776, 18, 200, 44, { name: 'Type=Primary', bg: violet, radius: 10, to: 'sources' }),
    ]),
    F('Frame 200', 252, 560, 996, 200, { layout: 'HORIZONTAL', gap: 16 }, [['Booked', '£1.62m'], ['Weighted pipeline', '—'], ['Cash runway', '14 months'], ['Utilisation', '78%']].map(([a, b], k) =>
      F('Frame ' + (201 + k), k * 253, 0, 237, 120, { stroke: line, radius: 14, layout: 'VERTICAL', gap: 6, px: 18, py: 18 }, [T(a, 18, 18, 200, 18, { size: 13, color: muted }), T(b, 18, 44, 200, 34, { size: 26, weight: 700, color: ink })]))),
  ]);

  const settings = scr('settings', 'Frame 12', [
    side('settings'),
    T('Connections', 252, 32, 400, 32, { size: 26, weight: 700, color: ink }),
    F('Table', 252, 90, 996, 280, { stroke: line, radius: 14, layout: 'VERTICAL' }, [
      F('Frame 210', 0, 0, 996, 40, { fill: '#F6F6FB', layout: 'HORIZONTAL', px: 20 }, ['Source', 'Connected on', 'Last synced', 'Data', ''].map((h, k) => T(h, 20 + k * 200, 11, 180, 18, { size: 12, weight: 600, color: muted }))),
      ...[['Xero', '2 Jun 2026, 10:04', 'Today, 06:00', 'Invoices, payments, CoA'], ['HubSpot', '2 Jun 2026, 10:11', 'Today, 06:02', '214 open deals'], ['Barclays ••4410', '3 Jun 2026, 14:20', 'Today, 06:05', 'GBP current account']].map((r, j) =>
        F('Frame ' + (220 + j), 0, 40 + j * 72, 996, 72, { layout: 'HORIZONTAL', px: 20, stroke: line }, [
          ...r.map((c, k) => T(c, 20 + k * 200, 26, 180, 18, { size: 14, weight: k === 0 ? 600 : 400, color: ink })),
          T('Refresh', 820, 26, 64, 18, { size: 14, weight: 600, color: violet }),
          T('Disconnect', 900, 26, 80, 18, { size: 14, weight: 600, color: '#C0262D', links: j === 0 ? [['disconnect', 'OVERLAY']] : undefined }),
        ])),
    ]),
    btnGroup('+ Add a source', 252, 392, 160, 40, { n: 240, bg: '#FFFFFF', fg: violet, to: 'sources' }),
    F('Frame 250', 252, 640, 996, 100, { stroke: '#F3C7C9', radius: 14, layout: 'VERTICAL', gap: 8, px: 20, py: 16 }, [
      T('Delete workspace', 20, 16, 300, 20, { size: 15, weight: 700, color: '#C0262D' }),
      T('Removes every forecast, engagement and user. This can’t be undone.', 20, 44, 600, 18, { size: 13, color: muted }),
    ]),
  ]);

  const disconnect = scr('disconnect', 'Frame 13', [
    R('Scrim', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.1, g: 0.12, b: 0.23, a: 0.45 } }] }),
    F('Modal', 415, 250, 450, 260, { fill: '#FFFFFF', radius: 18, layout: 'VERTICAL', gap: 14, px: 32, py: 28 }, [
      T('Disconnect Xero?', 32, 28, 386, 28, { size: 22, weight: 700, color: ink }),
      T('We’ll revoke Foresight’s access token and stop reading from Xero. Your forecast keeps the history already imported.', 32, 66, 386, 66, { size: 14, color: muted }),
      btnFrame('Disconnect', 32, 160, 180, 44, { n: 260, bg: '#C0262D', radius: 10, to: 'settings' }),
      btnFrame('Cancel', 228, 160, 180, 44, { n: 262, bg: '#FFFFFF', fg: ink, stroke: line, radius: 10, actions: [{ type: 'CLOSE' }] }),
    ]),
  ]);

  const share = scr('share', 'Frame 14', [
    R('Scrim', 0, 0, W, H, { fills: [{ type: 'SOLID', color: { r: 0.1, g: 0.12, b: 0.23, a: 0.45 } }] }),
    F('Modal', 415, 230, 450, 320, { fill: '#FFFFFF', radius: 18, layout: 'VERTICAL', gap: 14, px: 32, py: 28 }, [
      T('Hand this step over', 32, 28, 386, 28, { size: 22, weight: 700, color: ink }),
      T('We’ll email a secure link that opens right here. Your progress is saved, so you can pick up where you left off.', 32, 66, 386, 44, { size: 14, color: muted }),
      inp('Their email', 'e.g. finance@northgateadvisory.co.uk', 32, 124, 386, 270),
      btnFrame('Send link', 32, 216, 386, 44, { n: 280, bg: violet, radius: 10, to: 'welcome' }),
    ]),
  ]);

  const email = scr('email', 'Email — welcome', [
    F('Frame 300', 0, 0, W, 56, { fill: '#F1F3F4' }, [T('Inbox  ›  Welcome to Foresight', 24, 18, 600, 20, { size: 14, color: muted })]),
    F('Auto layout', 340, 88, 600, 640, { fill: '#FFFFFF', stroke: line, radius: 8, layout: 'VERTICAL', gap: 18, px: 40, py: 40 }, [
      T('◐ Foresight', 40, 40, 200, 24, { size: 18, weight: 700, color: ink }),
      T('Welcome aboard, Priya', 40, 84, 520, 32, { size: 26, weight: 700, color: ink }),
      T('Getting to your first forecast takes three steps:\n1.\u00A0Create your workspace — done ✓\n2.\u00A0Connect your accounting (this is what unlocks the forecast)\n3.\u00A0Invite your partners to review', 40, 132, 520, 110, { size: 15, color: ink }),
      btnFrame('Connect your accounting', 40, 262, 260, 48, { n: 310, bg: violet, radius: 10, to: 'sources' }),
      T('Prefer to do it with us? Reply to this email or call +44 20 7946 0321.', 40, 330, 520, 20, { size: 13, color: muted }),
      link('Connect accounting now →', 40, 370, 260, { size: 14, color: violet, underline: true, to: 'sources' }),
    ]),
  ]);

  const res = finalize({ name: 'Foresight — Web onboarding', lastModified: '2026-06-04T13:55:40Z', version: '5508812733' }, [
    { name: 'Cover', children: cover },
    { name: 'Flows', children: [signup, welcome, sources, redirect, after, profile, forecast, settings, disconnect, share, email], start: 'signup', startMode: 'flow' },
    { name: 'Components', children: comps },
  ]);
  const flows = res.doc.document.children[1];
  flows.flowStartingPoints[0].name = 'Onboarding';
  flows.flowStartingPoints.push({ nodeId: res.id('settings'), name: 'Manage connections' });
  return res;
}

export function run() {
  const { doc, id, count } = build();
  const truth = {
    file: NAME + '.json', kind: 'onboarding', writtenBy: WRITER,
    description: 'Desktop (1280x800) web onboarding for a consultancy revenue-forecasting product: sign-up (with a LinkedIn sign-up look-alike), an empty forecast with a modal that asks to connect accounting, grouped/searchable sources with a strength meter, a redirect explainer, connected/pending states, a firm profile prefilled from Xero, a forecast with a CRM prompt, a connections table with refresh/disconnect, a hand-over modal and a welcome email. Two flow starting points; the first is sign-up.',
    present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
    absent: ['funnel.social-proof', 'value.faq-link', 'privacy.consent-action', 'platform.accurate-branding', 'platform.alternatives', 'connection.syncing-indicator'],
    notes: {
      'funnel.greeting-email': 'Welcome email with a 1-2-3 list (step 2 connect accounting) and two connect calls to action.',
      'funnel.three-actions': 'One click from sign-up to the connect modal.',
      'funnel.cta-visible': 'Central modal button plus a permanent "Data sources" sidebar entry.',
      'funnel.prefill': 'Firm profile "Pulled from Xero": company number, VAT, address, year end, revenue.',
      'value.three-part': 'Modal: forecast benefit, what is read from each source type, one main "Connect your accounting" button.',
      'value.contextual-ctas': 'Forecast page banner "Pipeline isn’t in this forecast yet" with "Connect your CRM".',
      'value.progress-meter': '"Forecast strength · n of 3 sources" meter grows as sources are added.',
      'privacy.data-scope': 'Invoices/payments/CoA, deals and stages, balances; read-only, nothing posted back.',
      'privacy.trust-language': '"Encrypted end to end, and never shared ... without your say-so."',
      'privacy.disconnect-anytime': '"You can disconnect Foresight from Xero any time".',
      'privacy.connection-guide': '"Connection guide: Xero, QuickBooks, HubSpot & banks".',
      'privacy.statistics': '"Trusted by 3,100 consultancies to keep their numbers private" with the encryption line.',
      'privacy.support-contacts': 'Modal footer: phone, email, book a call (email also offers phone).',
      'privacy.powered-by': '"Powered by Keystone" mark in the modal.',
      'privacy.mutual-nda': '"We’ll sign a mutual one".',
      'platform.explain-redirect': '"Xero opens in a new tab ... you’ll come straight back to this page."',
      'platform.grouped-categories': 'Accounting / CRM & pipeline / Bank accounts headings.',
      'platform.search': '"Search apps and banks".',
      'platform.non-linear': '"Send this to our finance lead" and a hand-over modal that saves progress.',
      'platform.multiple-connections': 'Connected / Pending pills and "+ Add another".',
      'connection.view-live': 'Connections table: source, connected on, last synced, data linked.',
      'connection.delete': '"Disconnect" with a revoke confirmation.',
      'connection.refresh': '"Refresh" per connection.',
      'funnel.social-proof': 'No testimonial, review or rating.',
      'value.faq-link': 'No FAQ / learn-more link near the value message.',
      'privacy.consent-action': 'Only passive "By continuing you agree" text; no tick box.',
      'platform.accurate-branding': 'Tiles use bare names and letter marks: "QuickBooks" and "Sage" without the product (Online/Desktop, Business Cloud/Intacct), no logos.',
      'platform.alternatives': 'No route for an unlisted tool or file upload.',
      'connection.syncing-indicator': 'No syncing state anywhere.',
    },
    flow: { startFrameId: id('signup'), connectFrameId: id('welcome'), stepsToConnect: 1, deadEnds: [] },
  };
  writeOut(NAME, doc, truth);
  return { name: NAME, count, truth };
}

// d23: invoice factoring for owner-operator truckers, Android 412x915.
import { Doc, writeOut, WRITTEN_BY } from './lib.mjs';
import { validate } from './validate.mjs';

const NAME = 'd23-freight-invoicing-mobile';
const d = new Doc(NAME);
const W = 412;
const H = 915;
const M = 20;
const CW = W - 2 * M;
const ORANGE = '#EA580C';
const INK = '#1C1917';
const GREY = '#78716C';

// --- components page -------------------------------------------------------
const comps = d.page('Components', 3);
const cPrimary = d.component('Property 1=Default', [0, 0, 200, 52], { fill: ORANGE, r: 26 }, [d.T('Label', [16, 16, 168, 20], { s: 15, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const cHover = d.component('Property 1=Pressed', [0, 80, 200, 52], { fill: '#C2410C', r: 26 }, [d.T('Label', [16, 96, 168, 20], { s: 15, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const cBox = d.component('tick/off', [260, 0, 20, 20], { stroke: GREY, r: 4 }, []);
const cRow = d.component('list-row', [320, 0, 372, 64], { fill: '#FFFFFF' }, [d.R('Rectangle 3', [320, 0, 372, 64], { fill: '#FFFFFF' })]);
const cNav = d.component('Nav item', [720, 0, 80, 56], {}, [d.V('Vector', [748, 6, 24, 24]), d.T('Home', [720, 34, 80, 16], { s: 12, align: 'CENTER' })]);
d.place(comps, [d.componentSet('Btn', [cPrimary, cHover]), cBox, cRow, cNav], 0, 0, 80);

// --- flow page ----------------------------------------------------------------
const flow = d.page('App – Android', 14);
const S = d.ids(['intro', 'signup', 'verify', 'connect', 'pick', 'handoff', 'syncing', 'linked', 'fuel', 'prefill', 'home', 'help', 'upload', 'settings', 'rates']);

const chrome = () => d.statusBar(W, { time: '6:12' });
const topBar = (title, o = {}) => d.F('Top app bar', [0, 24, W, 56], { layout: 'HORIZONTAL', fill: '#FFFFFF' }, [
  d.V('Vector', [16, 40, 24, 24], { back: o.back, go: o.go, name: o.back || o.go ? 'arrow_back' : 'Vector' }),
  d.T(title, [56, 40, 280, 24], { s: 20, w: 500, color: INK }),
]);
const navBar = (active) => d.F('Frame 61', [0, H - 72, W, 72], { fill: '#FAFAF9', layout: 'HORIZONTAL', gap: 0 }, ['Home', 'Invoices', 'Loads', 'Account'].map((t, i) => d.I(cNav.id, 'Nav item', [i * 103 + 12, H - 64, 80, 56], { opacity: t === active ? 1 : 0.6, go: t === 'Account' ? S.settings : (t === 'Home' && active !== 'Home' ? S.home : undefined) }, [
  d.V('Vector', [i * 103 + 40, H - 58, 24, 24], { color: t === active ? ORANGE : GREY }),
  d.T(t, [i * 103 + 12, H - 30, 80, 16], { s: 12, align: 'CENTER', color: t === active ? ORANGE : GREY }),
])));

const screens = [];
// Intro (marketing carousel) with a Skip that is not about connecting.
screens.push(d.screen('Intro 1', W, H, [
  chrome(),
  d.T('Skip', [W - 64, 40, 44, 20], { s: 15, w: 600, color: ORANGE, go: S.signup }),
  d.R('Rectangle 12', [M, 120, CW, 300], { img: 'truck-hero', r: 16 }),
  d.P('Get paid for your loads\u00a0in 24 hours', M, 452, CW, { s: 28, w: 700, color: INK }),
  d.P('Send us your rate con and BOL. We pay you, then collect from the broker. No contract — cancel anytime.', M, 540, CW, { s: 16, color: GREY }),
  d.G('Group 3', [d.E('Ellipse 1', [180, 660, 8, 8], { fill: ORANGE }), d.E('Ellipse 2', [196, 660, 8, 8]), d.E('Ellipse 3', [212, 660, 8, 8])]),
  d.btn('inst', 'Get started', [M, 800, CW, 52], { comp: cPrimary.id, bg: ORANGE, go: S.signup, name: 'Btn' }),
], { id: S.intro }));

// Sign up (prototype start)
screens.push(d.screen('Sign up', W, H, [
  chrome(),
  d.V('Vector', [M, 56, 120, 28], { fill: ORANGE, name: 'logo' }),
  d.T('Create your account', [M, 120, CW, 34], { s: 26, w: 700, color: INK }),
  ...[['Full name', 'Dale Rourke'], ['Mobile number', '(555) 014-2290'], ['MC or DOT number', 'MC-884120']].flatMap(([l, v], i) => [
    d.T(l, [M, 190 + i * 88, CW, 18], { s: 13, color: GREY }),
    d.F(`Frame ${140 + i}`, [M, 212 + i * 88, CW, 52], { stroke: '#D6D3D1', r: 8, layout: 'HORIZONTAL', pad: 14 }, [d.T(v, [M + 14, 228 + i * 88, CW - 28, 20], { s: 16, color: INK })]),
  ]),
  d.btn('inst', 'Create account', [M, 500, CW, 52], { comp: cPrimary.id, bg: ORANGE, go: S.verify, name: 'Btn' }),
  d.btn('link', 'See our rates', [M, 572, CW, 20], { fg: ORANGE, go: S.rates, s: 14 }),
  d.T('Already have an account? Log in', [M, 612, CW, 20], { s: 14, color: GREY }),
], { id: S.signup }));

// Rates: a dead end (only Back).
screens.push(d.screen('Rates', W, H, [
  chrome(), topBar('Our rates', { back: true }),
  d.T('Flat fee per invoice', [M, 110, CW, 28], { s: 22, w: 700, color: INK }),
  ...[['Next-day pay', '3%'], ['Same-day pay', '3.5%'], ['Fuel advance', '$0 fee']].flatMap(([a, b], i) => [
    d.T(a, [M, 170 + i * 56, 220, 22], { s: 16, color: INK }),
    d.T(b, [W - M - 100, 170 + i * 56, 100, 22], { s: 16, w: 600, color: INK, align: 'RIGHT' }),
    d.L('Line 2', [M, 204 + i * 56, CW, 0]),
  ]),
  d.P('No monthly minimums. No long contract.', M, 360, CW, { s: 14, color: GREY }),
], { id: S.rates }));

// Verify code
screens.push(d.screen('Verify', W, H, [
  chrome(), topBar('', { back: true }),
  d.T('Enter the code we texted you', [M, 110, CW, 30], { s: 22, w: 700, color: INK }),
  d.F('Auto layout', [M, 170, CW, 60], { layout: 'HORIZONTAL', gap: 12 }, [0, 1, 2, 3, 4, 5].map((i) => d.F(`Frame ${200 + i}`, [M + i * 62, 170, 52, 60], { stroke: '#D6D3D1', r: 8 }, [d.T(String((i * 7 + 3) % 10), [M + i * 62 + 18, 186, 16, 28], { s: 22, w: 600 })]))),
  d.btn('frame', 'Verify', [M, 280, CW, 52], { bg: ORANGE, r: 26, go: S.connect, num: 212 }),
  d.T('Resend code in 0:42', [M, 350, CW, 20], { s: 14, color: GREY, align: 'CENTER' }),
], { id: S.verify }));

// Connect: value (limit today), how data is used, what to do next; consent tick; help link.
const cy = 300;
screens.push(d.screen('Link books', W, H, [
  chrome(),
  d.F('Frame 427', [0, 24, W, H - 24], { layout: 'VERTICAL', pad: 20, gap: 16 }, [
    d.F('Frame 428', [M, 60, CW, 220], { layout: 'VERTICAL', gap: 12 }, [
      d.T('Funding', [M, 60, CW, 18], { s: 13, color: GREY, name: 'eyebrow' }),
      d.P('Get your funding limit today', M, 84, CW, { s: 26, w: 700, color: INK }),
      d.P('Link your books and we can approve invoices the same day instead of checking every broker by hand.', M, 160, CW, { s: 16, color: GREY }),
    ]),
    d.F('Frame 429', [M, cy, CW, 170], { layout: 'VERTICAL', gap: 10, fill: '#FFF7ED', r: 12, pad: 16 }, [
      d.T('What we look at', [M + 16, cy + 16, CW - 32, 20], { s: 15, w: 600, color: INK }),
      d.P('• Open invoices and who owes you\n• Payments you already received\n• We only read from your books. We never change or post anything back.', M + 16, cy + 44, CW - 32, { s: 14, color: INK }),
    ]),
    d.F('Frame 430', [M, 500, CW, 48], { layout: 'HORIZONTAL', gap: 12 }, [
      d.I(cBox.id, 'tick/off', [M, 504, 20, 20], { stroke: GREY }),
      d.P('I agree that Haulpoint can read this data as described in the Data Use Policy.', M + 32, 500, CW - 32, { s: 13, color: INK }),
      d.T('Data Use Policy', [M + 160, 518, 110, 18], { s: 13, w: 600, color: ORANGE, deco: 'UNDERLINE', url: 'https://haulpoint.example/data-use' }),
    ]),
    d.btn('inst', 'Link QuickBooks or Xero', [M, 600, CW, 52], { comp: cPrimary.id, bg: ORANGE, go: S.pick, name: 'Btn', change: undefined }),
    d.btn('link', 'How linking works · FAQ', [M, 672, CW, 20], { fg: ORANGE, go: S.help, nav: 'OVERLAY', s: 14 }),
    d.T('Powered by Codat · 256-bit encryption · 40,000 fleets trust us', [M, 720, CW, 18], { s: 12, color: GREY, hidden: true, name: 'footer (old)' }),
  ]),
], { id: S.connect }));

// Pick accounting software: full product names with logos; no search, one list.
const apps = [['QuickBooks Online', 'intuit.com/quickbooks/online'], ['QuickBooks Desktop Pro', 'intuit.com/quickbooks/desktop'], ['Xero', 'xero.com'], ['FreshBooks', 'freshbooks.com'], ['Sage 50 Accounting (US)', 'sage.com/en-us/sage-50']];
screens.push(d.screen('Pick software', W, H, [
  chrome(), topBar('Your accounting app', { back: true }),
  d.F('Auto layout', [M, 100, CW, apps.length * 72], { layout: 'VERTICAL', gap: 8 }, apps.map(([n, u], i) => d.I(cRow.id, 'list-row', [M, 100 + i * 72, CW, 64], { go: S.handoff }, [
    d.logo('image', [M + 12, 112 + i * 72, 40, 40], n),
    d.F(`Frame ${310 + i}`, [M + 64, 110 + i * 72, 240, 44], { layout: 'VERTICAL', gap: 2 }, [
      d.T(n, [M + 64, 110 + i * 72, 240, 22], { s: 16, w: 600, color: INK }),
      d.T(u, [M + 64, 134 + i * 72, 240, 18], { s: 12, color: GREY }),
    ]),
    d.V('chevron', [W - M - 28, 124 + i * 72, 16, 16], { color: GREY }),
  ]))),
  d.T('Don\u2019t use any of these?', [M, 480, CW, 20], { s: 14, color: GREY }),
  d.btn('link', 'Upload invoices instead', [M, 504, CW, 20], { fg: ORANGE, w: 600, go: S.upload }),
], { id: S.pick }));

// Hand-off: explains the trip to the accounting site and back.
screens.push(d.screen('Before you go', W, H, [
  chrome(), topBar('', { back: true }),
  d.G('Group 19', [d.logo('vector', [120, 140, 56, 56]), d.V('Vector', [190, 160, 32, 16], { color: GREY }), d.logo('image', [236, 140, 56, 56], 'QuickBooks Online')]),
  d.P('QuickBooks will open next', M, 240, CW, { s: 24, w: 700, color: INK, align: 'CENTER' }),
  d.P('1  Sign in to QuickBooks Online\n2  Tap Connect to let Haulpoint read your invoices\n3  You\u2019ll land back here automatically', M, 300, CW, { s: 15, color: INK }),
  d.btn('inst', 'Continue to QuickBooks', [M, 780, CW, 52], { comp: cPrimary.id, bg: ORANGE, go: S.syncing, name: 'Btn' }),
], { id: S.handoff }));

// Syncing state with spinner.
screens.push(d.screen('Pulling data', W, H, [
  chrome(),
  d.E('Ellipse 9', [176, 320, 60, 60], { stroke: ORANGE, sw: 5, fill: '#FFFFFF' }),
  d.V('Vector', [206, 320, 30, 30], { color: ORANGE, name: 'arc' }),
  d.T('Pulling your invoices\u2026', [M, 410, CW, 28], { s: 20, w: 600, color: INK, align: 'CENTER', go: S.linked }),
  d.T('Usually under a minute.', [M, 446, CW, 20], { s: 14, color: GREY, align: 'CENTER' }),
], { id: S.syncing }));

// Linked accounts: status for each, add another.
screens.push(d.screen('Linked', W, H, [
  chrome(), topBar('Your accounts'),
  d.F('Frame 501', [M, 100, CW, 260], { layout: 'VERTICAL', gap: 12 }, [
    d.F('Frame 502', [M, 100, CW, 72], { stroke: '#E7E5E4', r: 12, layout: 'HORIZONTAL', pad: 12 }, [
      d.logo('image', [M + 12, 116, 40, 40], 'QuickBooks Online'),
      d.T('QuickBooks Online', [M + 64, 114, 200, 22], { s: 16, w: 600, color: INK }),
      d.T('Linked \u2713', [M + 64, 138, 200, 18], { s: 13, color: '#15803D' }),
    ]),
    d.F('Frame 503', [M, 184, CW, 72], { stroke: '#E7E5E4', r: 12, layout: 'HORIZONTAL', pad: 12 }, [
      d.V('Vector', [M + 12, 200, 40, 40], { color: GREY }),
      d.T('Fuel card or bank', [M + 64, 198, 200, 22], { s: 16, w: 600, color: INK }),
      d.T('Not linked yet', [M + 64, 222, 200, 18], { s: 13, color: '#B45309' }),
    ]),
  ]),
  d.btn('group', '+ Link another account', [M, 290, CW, 48], { bg: '#FFFFFF', fg: ORANGE, stroke: ORANGE, r: 24, go: S.fuel, num: 44 }),
  d.btn('inst', 'Next', [M, 800, CW, 52], { comp: cPrimary.id, bg: ORANGE, go: S.prefill, name: 'Btn' }),
], { id: S.linked }));

// Fuel card / bank list.
const fuels = ['WEX Fleet Card', 'Comdata Mastercard', 'EFS Fuel Card', 'Chase Business Complete Checking', 'Wells Fargo Initiate Business Checking'];
screens.push(d.screen('Fuel card', W, H, [
  chrome(), topBar('Fuel card or bank', { back: true }),
  ...fuels.map((n, i) => d.F(`Frame ${600 + i}`, [M, 100 + i * 68, CW, 60], { layout: 'HORIZONTAL', gap: 12, go: S.syncing }, [
    d.logo(i % 2 ? 'image' : 'vector', [M, 110 + i * 68, 40, 40], n),
    d.T(n, [M + 56, 118 + i * 68, 260, 22], { s: 15, w: 500, color: INK }),
  ])),
], { id: S.fuel }));

// Prefilled company details.
screens.push(d.screen('Company details', W, H, [
  chrome(), topBar('Your business', { back: true }),
  d.F('Frame 701', [M, 96, CW, 40], { fill: '#ECFDF5', r: 8, layout: 'HORIZONTAL', pad: 10 }, [d.T('\u2728 We filled this in from QuickBooks Online. Check it\u2019s right.', [M + 10, 106, CW - 20, 20], { s: 13, color: '#166534' })]),
  ...[['Legal name', 'Rourke Hauling LLC'], ['EIN', '84-2231907'], ['Address', '1180 Frontage Rd, Amarillo, TX 79104'], ['Last 12 months revenue', '$412,880']].flatMap(([l, v], i) => [
    d.T(l, [M, 156 + i * 84, CW, 18], { s: 13, color: GREY }),
    d.F(`Frame ${710 + i}`, [M, 178 + i * 84, CW, 48], { stroke: '#D6D3D1', r: 8, layout: 'HORIZONTAL', pad: 12 }, [d.T(v, [M + 12, 192 + i * 84, CW - 24, 20], { s: 15, color: INK })]),
  ]),
  d.btn('inst', 'Looks good', [M, 800, CW, 52], { comp: cPrimary.id, bg: ORANGE, go: S.home, name: 'Btn' }),
], { id: S.prefill }));

// Home dashboard: no link prompts here.
screens.push(d.screen('Home', W, H, [
  chrome(),
  d.T('Hi Dale', [M, 40, 200, 30], { s: 24, w: 700, color: INK }),
  d.F('Frame 801', [M, 90, CW, 130], { fill: INK, r: 16, layout: 'VERTICAL', pad: 16 }, [
    d.T('Available to fund', [M + 16, 106, 200, 18], { s: 13, color: '#D6D3D1' }),
    d.T('$18,400', [M + 16, 130, 200, 40], { s: 32, w: 700, color: '#FFFFFF' }),
  ]),
  d.btn('frame', 'Submit an invoice', [M, 240, CW, 52], { bg: ORANGE, r: 26, num: 802 }),
  d.T('Recent', [M, 320, CW, 22], { s: 18, w: 600, color: INK }),
  ...['Load #5521 · TQL · $2,150 · Paid', 'Load #5518 · Coyote · $1,780 · Funded', 'Load #5507 · CH Robinson · $2,400 · Funded'].map((t, i) => d.T(t, [M, 356 + i * 40, CW, 20], { s: 14, color: INK })),
  d.F('Frame 840', [M, 520, CW, 80], { fill: '#F5F5F4', r: 12, url: 'https://truckconnect.example' }, [
    d.T('Find backhauls on TruckConnect', [M + 16, 536, CW - 32, 20], { s: 15, w: 600, color: INK }),
    d.T('Partner load board', [M + 16, 562, CW - 32, 18], { s: 13, color: GREY }),
  ]),
  navBar('Home'),
], { id: S.home }));

// Help overlay: guide + support channels.
screens.push(d.screen('Help sheet', W, H, [
  d.R('Rectangle 90', [0, 0, W, H], { fill: '#000000', alpha: 0.4 }),
  d.F('Frame 901', [0, 300, W, 615], { fill: '#FFFFFF', r: 20, layout: 'VERTICAL', pad: 20 }, [
    d.T('How linking works', [M, 324, CW, 26], { s: 20, w: 700, color: INK }),
    d.P('Step-by-step guide for QuickBooks, Xero and fuel cards, plus answers to common questions.', M, 360, CW, { s: 14, color: GREY }),
    d.btn('link', 'Open the guide', [M, 410, CW, 20], { fg: ORANGE, w: 600, url: 'https://haulpoint.example/help/linking' }),
    d.btn('link', 'FAQ', [M, 440, CW, 20], { fg: ORANGE, w: 600, url: 'https://haulpoint.example/faq' }),
    d.L('Line 4', [M, 480, CW, 0]),
    d.T('Need a hand?', [M, 500, CW, 22], { s: 16, w: 600, color: INK }),
    d.T('\ud83d\udcde  Call 1-800-555-0142 (6am–10pm CT)', [M, 534, CW, 20], { s: 14, color: INK }),
    d.T('\u2709\ufe0f  help@haulpoint.example', [M, 564, CW, 20], { s: 14, color: INK }),
    d.T('\ud83d\udcac  Chat with dispatch support', [M, 594, CW, 20], { s: 14, color: INK }),
    d.btn('frame', 'Close', [M, 820, CW, 48], { bg: '#F5F5F4', fg: INK, r: 24, close: true, num: 930 }),
  ]),
], { id: S.help, bg: '#FFFFFF' }));

// Upload instead.
screens.push(d.screen('Upload', W, H, [
  chrome(), topBar('Upload invoices', { back: true }),
  d.F('Frame 1001', [M, 110, CW, 200], { stroke: '#D6D3D1', r: 12 }, [
    d.V('Vector', [186, 160, 40, 40], { color: GREY }),
    d.T('Snap a photo or pick a PDF', [M, 220, CW, 20], { s: 15, color: INK, align: 'CENTER' }),
  ]),
  d.btn('inst', 'Choose files', [M, 800, CW, 52], { comp: cPrimary.id, bg: ORANGE, go: S.home, name: 'Btn' }),
], { id: S.upload }));

// Account settings: look-alike "Delete account", no connection list.
screens.push(d.screen('Account', W, H, [
  chrome(), topBar('Account'),
  ...['Profile', 'Payout method', 'Notifications', 'Documents', 'Log out'].map((t, i) => d.F(`Frame ${1100 + i}`, [0, 100 + i * 56, W, 56], { layout: 'HORIZONTAL', pad: 20 }, [d.T(t, [M, 116 + i * 56, 300, 22], { s: 16, color: INK })])),
  d.T('Delete account', [M, 420, 200, 22], { s: 16, color: '#DC2626' }),
  navBar('Account'),
], { id: S.settings }));

const [intro, ...rest] = screens;
d.place(flow, rest, 0, 0, 100);
d.place(flow, [intro], 0, 1200);
flow.flowStartingPoints = [{ nodeId: S.signup, name: 'Onboarding' }];

// cover + archive
const cover = d.page('Cover', 1);
d.place(cover, [d.F('Cover', [0, 0, 1920, 960], { fill: INK }, [
  d.T('Haulpoint — onboarding v3', [120, 360, 1400, 90], { s: 72, w: 700, color: '#FFFFFF' }),
  d.T('Status: ready for dev · Android', [120, 480, 900, 40], { s: 28, color: '#D6D3D1' }),
])]);
d.pages.unshift(d.pages.pop());
const archive = d.page('Archive', 22);
d.place(archive, [d.screen('Sign up (v1)', W, H, [chrome(), d.T('Sign up', [M, 120, CW, 34], { s: 26, w: 700 }), d.btn('frame', 'Continue', [M, 500, CW, 52], { bg: GREY, num: 3 })]),
  d.screen('Verify (v1)', W, H, [chrome(), d.T('Check your texts', [M, 120, CW, 34], { s: 26, w: 700 })])]);
// page order: Cover, Components, App, Archive
const [pc, pcomp, pflow, parch] = d.pages;
d.pages = [pc, pflow, pcomp, parch];

const json = d.toJSON({ name: 'Haulpoint – Android onboarding', lastModified: '2026-10-02T15:21:09Z', version: '2203981772' });
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Invoice factoring app for owner-operator truckers on Android: sign up, text-code check, then a screen asking to link QuickBooks/Xero (then a fuel card or bank), hand-off to the accounting site, a syncing state, prefilled company details and a home screen.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.accurate-branding', 'platform.alternatives', 'platform.multiple-connections', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.grouped-categories', 'platform.search', 'platform.non-linear', 'connection.delete', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'Sign up → Verify → Link books: two taps.',
    'value.three-part': 'Link books: funding limit today (value), "What we look at" (use of invoices/payments), one main button "Link QuickBooks or Xero".',
    'value.progress-meter': 'No progress bar, step counter or meter anywhere in the flow.',
    'privacy.data-scope': 'Names open invoices and received payments and says data is only read from the books, never written back.',
    'privacy.consent-action': 'Tick box with agreement text and an underlined Data Use Policy link above the main button.',
    'privacy.trust-language': 'No reassurance wording on visible layers; the "256-bit encryption" footer is a hidden layer.',
    'privacy.powered-by': 'Only in a hidden footer layer.',
    'privacy.statistics': 'The "40,000 fleets" line is hidden.',
    'privacy.disconnect-anytime': '"cancel anytime" on the intro is about the factoring contract, not the linked accounts.',
    'platform.accurate-branding': 'QuickBooks Online vs QuickBooks Desktop Pro, Sage 50 Accounting (US), each with logo and site address.',
    'platform.alternatives': '"Don\u2019t use any of these? Upload invoices instead".',
    'platform.multiple-connections': 'Linked screen: QuickBooks Online "Linked ✓", fuel card/bank "Not linked yet", "+ Link another account".',
    'platform.non-linear': 'No save-for-later or share with a colleague; "Skip" only on the marketing intro.',
    'connection.delete': 'No unlink or remove control anywhere; Account settings lists no linked accounts (only "Delete account").',
    'connection.syncing-indicator': 'Spinner with "Pulling your invoices…".',
    'value.contextual-ctas': 'Home shows no link prompt inside features; TruckConnect is a partner load-board banner.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.connect, stepsToConnect: 2, deadEnds: [S.rates] },
};
const r = validate(json, truth, { connectFrames: [S.connect, S.pick, S.linked, S.fuel, S.handoff] });
if (r.errs.length) throw new Error(r.errs.join('\n'));
writeOut(new URL('..', import.meta.url).pathname, NAME, json, truth);
process.stdout.write(`${NAME}: nodes=${r.count} screens=${r.screens} P=${r.present} A=${r.absent}\n`);

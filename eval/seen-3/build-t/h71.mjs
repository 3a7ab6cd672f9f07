// h71: cash-flow forecasting for plumbing and heating firms, iPhone 375x812, UK copy.
import { F, V, H, G, R, VEC, E, I, C, CS, S, T, LINE, img, build, write, auto, resetAuto, WRITTEN_BY } from './lib.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

resetAuto(211);
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = 'h71-plumbing-firm-cashflow-mobile';
const INK = '#16202A';
const MUTED = '#5C6B78';
const ORANGE = '#F26A1B';
const NAVY = '#0F2F4A';

const statusBar = () => F('Status Bar', { w: 375, h: 44 }, [
  T('9:41', { x: 28, y: 13, size: 15, weight: 600 }),
  VEC('Cellular Connection', { x: 293, y: 18, w: 17, h: 11, fill: '#000000' }),
  VEC('Wifi', { x: 315, y: 18, w: 15, h: 11, fill: '#000000' }),
  G('Battery', { x: 336, y: 17, w: 25, h: 12 }, [R('Border', { x: 0, y: 0, w: 22, h: 12, stroke: '#000000', r: 3 }), R('Capacity', { x: 2, y: 2, w: 18, h: 8, fill: '#000000', r: 1 })]),
]);
const homeBar = () => R('Home Indicator', { x: 121, y: 799, w: 134, h: 5, r: 3, fill: '#000000' });
const screen = (name, ref, body, extra = [], bg = '#FFFFFF') => F(name, { ref, w: 375, h: 812, fill: bg, clip: true }, [
  statusBar(),
  V(auto('Frame'), { x: 0, y: 44, w: 375, pad: [12, 20, 16, 20], gap: 16 }, body),
  ...extra, homeBar(),
]);
const back = () => VEC('chevron-left', { w: 10, h: 18, fill: INK, on: [{ type: 'BACK' }] });
const field = (label, ph, value) => V(auto('Frame'), { w: 'fill', gap: 6 }, [
  T(label, { size: 13, weight: 500, color: MUTED }),
  H(auto('Frame'), { w: 'fill', h: 48, pad: [0, 14, 0, 14], align: 'CENTER', r: 10, stroke: '#C9D2DA', fill: '#FFFFFF' }, [
    T(value ?? ph, { size: 16, color: value ? INK : '#98A4AE' }),
  ]),
]);
// three different ways of drawing a button
const btnInst = (label, p = {}) => I('btnDefault', p.name ?? 'Btn', { w: 'fill', h: 52, r: 12, fill: ORANGE, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 17, weight: 600, color: '#FFFFFF' })]);
const btnFrame = (label, p = {}) => H(p.name ?? auto('Frame'), { w: 'fill', h: 52, r: 12, fill: p.bg ?? NAVY, justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 17, weight: 600, color: p.fg ?? '#FFFFFF' })]);
const btnGroup = (label, p = {}) => G(p.name ?? auto('Group'), { w: 335, h: 52, ...p }, [
  R(auto('Rectangle'), { x: 0, y: 0, w: 335, h: 52, r: 26, fill: p.bg ?? ORANGE }),
  T(label, { x: Math.round(167 - label.length * 4.9), y: 15, size: 17, weight: 600, color: '#FFFFFF', talign: 'CENTER' }),
]);
const link = (label, p = {}) => T(label, { size: 15, weight: 500, color: p.color ?? ORANGE, ...p });
const logo = (ref, w = 36) => R(auto('Rectangle'), { w, h: w, r: 8, fills: [img(ref)] });
const tabBar = (active) => H('Tab bar', { x: 0, y: 728, w: 375, h: 84, pad: [8, 12, 30, 12], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: '#E3E8EC' },
  [['Home', 'dash'], ['Jobs'], ['Forecast'], ['Settings', 'settings']].map(([l, to]) => I('tabItem', auto('Tab'), { w: 80, h: 46, layout: 'VERTICAL', align: 'CENTER', gap: 4, ...(to && to !== active ? { go: to } : {}) }, [
    VEC('icon', { w: 22, h: 22, fill: l.toLowerCase() === active ? ORANGE : '#8A98A5' }),
    T(l, { size: 11, weight: 500, color: l.toLowerCase() === active ? ORANGE : '#8A98A5' }),
  ])));
const support = () => T('Stuck? Ring 0161 496 0732 · help@spannercash.co.uk', { size: 12, color: MUTED, w: 'fill' });

// ---------- flow page ----------
const signup = screen('Sign up', 'su', [
  H(auto('Frame'), { gap: 8, align: 'CENTER', h: 32 }, [VEC('Vector', { w: 26, h: 26, fill: ORANGE }), T('Spanner Cash', { size: 18, weight: 700, color: NAVY })]),
  R(auto('Rectangle'), { w: 'fill', h: 180, r: 16, fills: [img('8d1c0f5e3a77b2c94e6d01aa7f3b5c2e9d4a6b10')] }),
  T('Know your cash.\nWeeks ahead.', { size: 28, weight: 700, w: 'fill' }),
  T('For plumbing and heating firms. No spreadsheets.', { size: 15, color: MUTED, w: 'fill' }),
  field('Work email', 'you@yourfirm.co.uk'),
  field('Password', '8+ characters'),
  btnInst('Create account', { go: 'trade', hover: 'btnHover' }),
  H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', h: 20 }, [link('Got an account? Log in', { size: 14 }), link('Pricing', { size: 14, color: MUTED, deco: 'UNDERLINE', go: 'pricing' })]),
  T('By signing up you accept our Terms.', { size: 11, color: '#8A98A5' }),
]);

const chip = (l, on) => H(auto('Frame'), { h: 40, pad: [0, 16, 0, 16], align: 'CENTER', r: 20, fill: on ? '#FFF1E8' : '#FFFFFF', stroke: on ? ORANGE : '#C9D2DA' }, [T(l, { size: 15, weight: 500, color: on ? ORANGE : INK })]);
const trade = screen('What do you do', 'trade', [
  back(),
  T('What do you do?', { size: 24, weight: 700 }),
  V(auto('Frame'), { w: 'fill', gap: 10 }, [H(auto('Frame'), { gap: 8 }, [chip('Plumbing', true), chip('Heating'), chip('Both')]), H(auto('Frame'), { gap: 8 }, [chip('Gas Safe work'), chip('Bathrooms')])]),
  T('How many on the tools?', { size: 18, weight: 600 }),
  H(auto('Frame'), { gap: 8 }, [chip('Just me'), chip('2–5', true), chip('6–20'), chip('20+')]),
  R(auto('Rectangle'), { w: 'fill', h: 150 }),
  btnFrame('Next', { go: 'connect', name: 'cta/primary' }),
]);

const connect = screen('Connect', 'connect', [
  back(),
  R('illustration', { w: 'fill', h: 190, r: 16, fills: [img('3b9e27c4d10f6a8857e2c1b0d9a4f7e36c5b2a91')] }),
  T('Hook up your books', { size: 26, weight: 700 }),
  V(auto('Frame'), { w: 'fill', gap: 10 }, [
    H(auto('Frame'), { w: 'fill', gap: 10 }, [VEC('Vector', { w: 18, h: 18, fill: ORANGE }), T('See 13 weeks of cash ahead. Spot the VAT bill before it bites.', { size: 15, w: 'fill' })]),
    H(auto('Frame'), { w: 'fill', gap: 10 }, [VEC('Vector', { w: 18, h: 18, fill: ORANGE }), T('We read invoices, bills and bank lines from your books. Read-only. Nothing goes back in.', { size: 15, w: 'fill' })]),
    H(auto('Frame'), { w: 'fill', gap: 10 }, [VEC('Vector', { w: 18, h: 18, fill: ORANGE }), T('Bank-grade encryption. We never sell or share your data.', { size: 15, w: 'fill' })]),
  ]),
  T('Unplug it whenever you like in Settings.', { size: 13, color: MUTED }),
  btnGroup('Connect accounts', { go: 'pick' }),
  H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', h: 22 }, [
    link('Not now', { color: MUTED, go: 'dash' }),
    link('Why connect? Read the FAQ', { size: 14, deco: 'UNDERLINE', on: [{ type: 'URL', url: 'https://spannercash.co.uk/faq/why-connect' }] }),
  ]),
  G('reviews', { visible: false, w: 335, h: 40 }, [T('★★★★★ 4.9 on the App Store — "Finally know what\'s coming." Gaz, GT Plumbing', { x: 0, y: 0, w: 335, size: 12 })]),
]);

const swCard = (name, ref, p = {}) => H(auto('Frame'), { w: 'fill', h: 64, pad: [0, 14, 0, 14], gap: 12, align: 'CENTER', r: 12, stroke: '#DDE3E8', ...p }, [
  logo(ref), T(name, { size: 16, weight: 600, w: 'fill' }), VEC('chevron-right', { w: 8, h: 14, fill: '#8A98A5' }),
]);
const bankTile = (name) => V(auto('Frame'), { w: 160, h: 76, pad: 10, gap: 8, r: 10, stroke: '#DDE3E8' }, [VEC('Vector', { w: 24, h: 24, fill: '#8A98A5' }), T(name, { size: 13, weight: 500 })]);
const pick = screen('Pick software', 'pick', [
  back(),
  T('Pick your software', { size: 24, weight: 700 }),
  T('Accounting', { size: 18, weight: 600 }),
  V(auto('Frame'), { w: 'fill', gap: 8 }, [
    swCard('Xero', 'b17a0c33e9d2f4a6185c7e0b2d9f3a4c6e8b1d05', { go: 'xero' }),
    swCard('QuickBooks Online', '5f2e8a1c7d3b9e04a6c2f8d1b7e3a9c5d0f4e2b6'),
    swCard('FreeAgent', 'e4c19b7a3f5d2e8c0a6b4d9f1e7c3a5b8d2f0e96'),
  ]),
  T('Bank', { size: 18, weight: 600 }),
  V(auto('Frame'), { w: 'fill', gap: 8 }, [
    H(auto('Frame'), { gap: 8 }, [bankTile('Barclays Business'), bankTile('Lloyds Business')]),
    H(auto('Frame'), { gap: 8 }, [bankTile('NatWest'), bankTile('Starling Bank')]),
    H(auto('Frame'), { gap: 8 }, [bankTile('Monzo Business'), bankTile('HSBC UK Business')]),
  ]),
  link('Using something else? Upload a CSV', { size: 14, go: 'upload' }),
  link('Not your job? Send this to your bookkeeper', { size: 14, on: [{ nav: 'OVERLAY', to: 'invite' }] }),
  support(),
]);

const xero = screen('Xero – before redirect', 'xero', [
  back(),
  H(auto('Frame'), { w: 'fill', h: 64, justify: 'CENTER', align: 'CENTER', gap: 16 }, [logo('b17a0c33e9d2f4a6185c7e0b2d9f3a4c6e8b1d05', 56), VEC('arrows', { w: 28, h: 16, fill: '#8A98A5' }), VEC('Vector', { w: 56, h: 56, fill: ORANGE })]),
  T('Off to Xero', { size: 26, weight: 700 }),
  T('Log in to Xero and tap Allow. You\'ll come straight back here.', { size: 15, w: 'fill' }),
  V(auto('Frame'), { w: 'fill', pad: 14, gap: 6, r: 12, fill: '#F4F6F8' }, [
    T('What we read', { size: 14, weight: 600 }),
    T('•\u00a0Invoices and bills\n•\u00a0Contacts\n•\u00a0Bank transactions', { size: 14, w: 'fill' }),
    T('We don\'t write anything to Xero.', { size: 13, color: MUTED }),
  ]),
  H(auto('Frame'), { w: 'fill', gap: 10 }, [
    R(auto('Rectangle'), { w: 20, h: 20, r: 4, stroke: '#5C6B78', sw: 1.5 }),
    V(auto('Frame'), { w: 'fill', gap: 2 }, [
      T('I\'m OK with Spanner Cash reading my Xero data.', { size: 14, w: 'fill' }),
      link('Privacy policy', { size: 14, deco: 'UNDERLINE', on: [{ type: 'URL', url: 'https://spannercash.co.uk/privacy' }] }),
    ]),
  ]),
  btnFrame('Continue to Xero', { go: 'linked', bg: ORANGE, name: 'Btn' }),
  link('How does connecting work?', { size: 14, color: NAVY, go: 'guide' }),
  support(),
  G(auto('Group'), { visible: false, w: 200, h: 20 }, [T('Powered by Ledgerlane', { x: 0, y: 0, size: 11, color: MUTED })]),
]);

const statusRow = (name, state, ok, p = {}) => H(auto('Frame'), { w: 'fill', h: 60, pad: [0, 14, 0, 14], gap: 12, align: 'CENTER', r: 12, stroke: '#DDE3E8' }, [
  VEC('Vector', { w: 28, h: 28, fill: ok ? '#13B5EA' : '#8A98A5' }),
  V(auto('Frame'), { w: 'fill', gap: 2 }, [T(name, { size: 15, weight: 600 }), T(state, { size: 13, color: ok ? '#1E8E3E' : MUTED })]),
  ...(p.cta ? [H(auto('Frame'), { h: 32, pad: [0, 12, 0, 12], r: 16, fill: NAVY, align: 'CENTER', go: p.cta }, [T('Link bank', { size: 13, weight: 600, color: '#FFFFFF' })])] : []),
]);
const linked = screen('Xero done', 'linked', [
  E(auto('Ellipse'), { w: 64, h: 64, fill: '#E6F4EA' }),
  T('Xero\'s in.', { size: 26, weight: 700 }),
  T('Now your bank, so the numbers are real.', { size: 15, color: MUTED }),
  statusRow('Xero', 'Connected ✓', true),
  statusRow('Bank account', 'Not linked yet', false, { cta: 'pick' }),
  link('+ Add another', { go: 'pick' }),
  R(auto('Rectangle'), { w: 'fill', h: 170 }),
  btnInst('Carry on', { go: 'details' }),
]);

const pre = (label, value) => V(auto('Frame'), { w: 'fill', gap: 6 }, [
  H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN' }, [T(label, { size: 13, weight: 500, color: MUTED }), T('from Xero', { size: 11, color: '#13B5EA' })]),
  H(auto('Frame'), { w: 'fill', h: 46, pad: [0, 14, 0, 14], align: 'CENTER', r: 10, stroke: '#C9D2DA' }, [T(value, { size: 15 })]),
]);
const details = screen('Your details', 'details', [
  back(),
  T('Check these', { size: 24, weight: 700 }),
  T('Pulled from Xero. Fix anything wrong.', { size: 15, color: MUTED }),
  pre('Business name', 'D.R. Heating Ltd'),
  pre('VAT number', 'GB 284 1937 06'),
  pre('Address', 'Unit 4, Tame St, Stockport SK1 2AB'),
  pre('Year end', '31 March'),
  btnFrame('Looks right', { go: 'dash', bg: ORANGE }),
]);

const bar = (h) => R(auto('Rectangle'), { w: 18, h, r: 3, fill: '#F7B58C' });
const dash = screen('Home', 'dash', [
  T('Morning, Dave', { size: 24, weight: 700 }),
  V('Forecast card', { w: 'fill', pad: 16, gap: 10, r: 16, fill: NAVY }, [
    T('Cash in 13 weeks', { size: 13, color: '#B8C7D6' }),
    T('£18,420', { size: 30, weight: 700, color: '#FFFFFF' }),
    H(auto('Frame'), { gap: 6, h: 70, align: 'MAX' }, [bar(30), bar(42), bar(38), bar(55), bar(48), bar(61), bar(22), bar(35), bar(50), bar(66)]),
  ]),
  H(auto('Frame'), { w: 'fill', pad: 14, gap: 12, r: 12, fill: '#FFF1E8', align: 'CENTER', go: 'pick' }, [
    VEC('Vector', { w: 22, h: 22, fill: ORANGE }),
    V(auto('Frame'), { w: 'fill', gap: 2 }, [T('No bank linked. This forecast is a guess.', { size: 14, weight: 600, w: 'fill' }), T('Link your bank →', { size: 14, weight: 600, color: ORANGE })]),
  ]),
  T('Coming up', { size: 18, weight: 600 }),
  V(auto('Frame'), { w: 'fill', gap: 10 }, [
    T('Invoice 1043 · Halls Lettings · +£1,260', { size: 14 }),
    T('Bill · City Plumbing Connect · −£412.80', { size: 14 }),
    T('VAT Q2 · HMRC · −£3,105', { size: 14 }),
  ]),
], [tabBar('home')], '#F7F8FA');

const conn = (name, lines, actions) => V(auto('Frame'), { w: 'fill', pad: 14, gap: 8, r: 12, fill: '#FFFFFF', stroke: '#DDE3E8' }, [
  H(auto('Frame'), { w: 'fill', gap: 10, align: 'CENTER' }, [VEC('Vector', { w: 28, h: 28, fill: '#13B5EA' }), T(name, { size: 15, weight: 600, w: 'fill' })]),
  T(lines, { size: 13, color: MUTED, w: 'fill' }),
  H(auto('Frame'), { w: 'fill', gap: 16 }, actions),
]);
const settings = screen('Settings', 'settings', [
  T('Settings', { size: 24, weight: 700 }),
  T('Connections', { size: 18, weight: 600 }),
  conn('Xero · D.R. Heating Ltd', 'First synced 3 Mar 2025, 08:12\nLast synced today, 09:14', [
    link('Sync now', { size: 14, color: NAVY }),
    link('Disconnect', { size: 14, color: '#C62828', on: [{ nav: 'OVERLAY', to: 'unplug' }] }),
  ]),
  conn('Barclays Business ••4821 · GBP', 'Added today, 09:20', [
    H(auto('Frame'), { gap: 6, align: 'CENTER' }, [VEC('spinner', { w: 14, h: 14, stroke: ORANGE }), T('Syncing…', { size: 13, color: ORANGE })]),
  ]),
  link('+ Add an account', { go: 'pick' }),
  V(auto('Frame'), { w: 'fill', gap: 14 }, [T('Team', { size: 15 }), T('Notifications', { size: 15 }), T('Billing', { size: 15 }), T('Delete account', { size: 15, color: '#C62828' })]),
], [tabBar('settings')], '#F7F8FA');

const unplug = F('Disconnect sheet', { ref: 'unplug', w: 375, h: 812, fill: '#000000', fillOpacity: 0.4 }, [
  V(auto('Frame'), { x: 0, y: 532, w: 375, h: 280, pad: [24, 20, 34, 20], gap: 12, fill: '#FFFFFF', r: 20 }, [
    T('Disconnect Xero?', { size: 22, weight: 700 }),
    T('We stop reading your books straight away. Your forecast stops updating.', { size: 15, color: MUTED, w: 'fill' }),
    btnFrame('Disconnect', { bg: '#C62828', on: [{ type: 'CLOSE' }] }),
    btnFrame('Keep it', { bg: '#FFFFFF', fg: INK, stroke: '#C9D2DA', on: [{ type: 'CLOSE' }] }),
  ]),
]);

const guide = screen('How connecting works', 'guide', [
  back(),
  T('How connecting works', { size: 24, weight: 700 }),
  T('1\u00a0\u00a0Pick Xero, QuickBooks Online or FreeAgent\n2\u00a0\u00a0Log in on their site and tap Allow\n3\u00a0\u00a0Land back here. Done.', { size: 15, w: 'fill' }),
  T('Takes about two minutes. Have your login handy.', { size: 14, color: MUTED, w: 'fill' }),
  T('Wrong Xero organisation? Pick the right one on the Xero screen before you tap Allow.', { size: 14, w: 'fill' }),
  support(),
]);

const upload = screen('Upload instead', 'upload', [
  back(),
  T('Upload instead', { size: 24, weight: 700 }),
  T('Export invoices and bills as CSV from whatever you use. Drop them here. Send a new file to update the forecast.', { size: 15, w: 'fill' }),
  V(auto('Frame'), { w: 'fill', h: 160, r: 12, stroke: '#C9D2DA', align: 'CENTER', justify: 'CENTER', gap: 8 }, [VEC('upload', { w: 28, h: 28, fill: '#8A98A5' }), T('Choose file', { size: 15, weight: 600, color: ORANGE })]),
  support(),
]);

const invite = F('Invite sheet', { ref: 'invite', w: 375, h: 812, fill: '#000000', fillOpacity: 0.4 }, [
  V(auto('Frame'), { x: 0, y: 470, w: 375, h: 342, pad: [24, 20, 34, 20], gap: 14, fill: '#FFFFFF', r: 20 }, [
    T('Send to your bookkeeper', { size: 22, weight: 700 }),
    T('They get a link to hook up the books. You\'ll see it here when it\'s done.', { size: 15, color: MUTED, w: 'fill' }),
    field('Their email', 'name@bookkeeper.co.uk'),
    btnInst('Send link', { on: [{ type: 'CLOSE' }] }),
  ]),
]);

const pricing = screen('Pricing', 'pricing', [
  T('Pricing', { size: 24, weight: 700 }),
  V(auto('Frame'), { w: 'fill', pad: 20, gap: 10, r: 16, stroke: '#DDE3E8' }, [
    T('£19 a month', { size: 30, weight: 700 }),
    T('One plan. Everything in. Up to 3 users.\nCancel anytime.', { size: 15, w: 'fill' }),
    T('Prices exclude VAT.', { size: 12, color: MUTED }),
  ]),
]);

const email = F('Welcome email', { ref: 'email', w: 375, h: 812, fill: '#FFFFFF', clip: true }, [
  statusBar(),
  V(auto('Frame'), { x: 0, y: 44, w: 375, pad: [12, 20, 16, 20], gap: 14 }, [
    T('From: Spanner Cash <hello@spannercash.co.uk>\nSubject: You\'re in. Two minutes to go.', { size: 13, color: MUTED, w: 'fill' }),
    LINE(auto('Line'), { w: 'fill', stroke: '#E3E8EC' }),
    T('Alright Dave,', { size: 16, weight: 600 }),
    T('Three things and you\'re sorted:', { size: 15 }),
    T('1  Account made ✓\n2  Connect Xero, QuickBooks Online or FreeAgent — that\'s what feeds the forecast\n3  See 13 weeks of cash', { size: 15, w: 'fill' }),
    btnFrame('Connect now', { bg: ORANGE, on: [{ type: 'URL', url: 'https://app.spannercash.co.uk/connect' }] }),
    T('Questions? Reply to this email or ring 0161 496 0732.', { size: 13, color: MUTED, w: 'fill' }),
  ]),
]);

const row = (frames, x0, y0) => frames.map((f, i) => Object.assign(f, { x: x0 + i * 455, y: y0 }));
const flowPage = {
  name: '📱 Flow', prefix: '14', first: 3,
  starts: [{ ref: 'su', name: 'Onboarding v3' }],
  device: { type: 'PRESET', size: { width: 375, height: 812 }, presetIdentifier: 'APPLE_IPHONE_13_MINI', rotation: 'NONE' },
  children: [
    S('Onboarding v3', { x: 0, y: 0, w: 455 * 7 + 80, h: 1000 }, row([signup, trade, connect, pick, xero, linked, details], 40, 100)),
    S('App', { x: 0, y: 1100, w: 455 * 7 + 80, h: 1000 }, row([dash, settings, unplug, guide, upload, invite, pricing], 40, 100)),
    S('Emails', { x: 0, y: 2200, w: 535, h: 1000 }, row([email], 40, 100)),
  ],
};

const coverPage = {
  name: 'Cover', prefix: '0', first: 5,
  children: [F('Cover', { x: 0, y: 0, w: 1920, h: 1080, fill: NAVY }, [
    T('Spanner Cash', { x: 120, y: 380, size: 96, weight: 700, color: '#FFFFFF' }),
    T('Onboarding v3 — mobile', { x: 120, y: 520, size: 40, color: '#F7B58C' }),
    T('Status: ready for dev · Owner: Priya', { x: 120, y: 600, size: 24, color: '#B8C7D6' }),
  ])],
};

const compPage = {
  name: 'Components', prefix: '7', first: 2,
  children: [
    CS('Button', { x: 0, y: 0, w: 400, h: 240, stroke: '#9747FF', r: 5 }, [
      C('Property 1=Default', { ref: 'btnDefault', x: 20, y: 20, w: 335, h: 52, r: 12, fill: ORANGE, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Label', { size: 17, weight: 600, color: '#FFFFFF' })]),
      C('Property 1=Hover', { ref: 'btnHover', x: 20, y: 92, w: 335, h: 52, r: 12, fill: '#D9560E', layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Label', { size: 17, weight: 600, color: '#FFFFFF' })]),
      C('Property 1=Disabled', { x: 20, y: 164, w: 335, h: 52, r: 12, fill: '#F7B58C', layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Label', { size: 17, weight: 600, color: '#FFFFFF' })]),
    ]),
    C('tab item', { ref: 'tabItem', x: 480, y: 0, w: 80, h: 46, layout: 'VERTICAL', align: 'CENTER', gap: 4 }, [VEC('icon', { w: 22, h: 22, fill: '#8A98A5' }), T('Tab', { size: 11, weight: 500, color: '#8A98A5' })]),
  ],
};

const archivePage = {
  name: 'Archive (v2 — do not use)', prefix: '31', first: 2,
  children: [
    F('v2 / Connect', { x: 0, y: 0, w: 375, h: 812, fill: '#FFFFFF' }, [
      statusBar(),
      V(auto('Frame'), { x: 0, y: 44, w: 375, pad: 20, gap: 14 }, [
        T('Connect Xero', { size: 26, weight: 700 }),
        T('Get a cash forecast from your Xero data.', { size: 15, w: 'fill' }),
        btnFrame('Connect', { bg: '#13B5EA' }),
      ]),
    ]),
    F('v2 / Home (old)', { x: 475, y: 0, w: 375, h: 812, fill: '#F7F8FA' }, [statusBar(), T('Cash today: £6,210', { x: 20, y: 80, size: 24, weight: 700 })]),
  ],
};

const { file, refs } = build({ name: 'Spanner Cash — Onboarding (mobile)', lastModified: '2025-03-18T10:41:07Z', version: '5402811937', pages: [coverPage, flowPage, compPage, archivePage] });

const truth = {
  file: BASE + '.json', kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Spanner Cash, a cash-flow forecasting app for UK plumbing and heating firms (iPhone, 375x812). Sign-up, a trade question, a connect screen, software picker (Xero, QuickBooks Online, FreeAgent; UK business banks), a pre-redirect Xero screen, a done screen, prefilled details, home with a forecast, settings with connections, a disconnect sheet, a guide, an upload fallback, an invite sheet, a pricing dead end and a welcome email.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.social-proof', 'value.progress-meter', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame with a numbered 1-2-3 list where connecting is step 2 and a "Connect now" button.',
    'funnel.three-actions': 'Sign up → trade question → connect screen: 2 prototype steps.',
    'funnel.cta-visible': 'Full-width "Connect accounts" button is the main action of the connect screen.',
    'funnel.social-proof': 'The only review/rating text sits in a hidden layer on the connect screen.',
    'funnel.prefill': '"Check these" screen shows business name, VAT number, address and year end marked "from Xero".',
    'value.three-part': 'Connect screen: 13-week cash view (value), read-only invoices/bills/bank lines (use of data), one main "Connect accounts" button.',
    'value.contextual-ctas': 'Home forecast card: "No bank linked… Link your bank →".',
    'value.faq-link': '"Why connect? Read the FAQ" beside the connect button.',
    'value.progress-meter': 'No progress bar, step counter or strength meter in the app.',
    'privacy.data-scope': 'Invoices, bills and bank lines read from the books; nothing written back ("We don\'t write anything to Xero").',
    'privacy.trust-language': '"Bank-grade encryption. We never sell or share your data."',
    'privacy.consent-action': 'Checkbox "I\'m OK with Spanner Cash reading my Xero data" with a privacy policy link before Continue to Xero.',
    'privacy.disconnect-anytime': '"Unplug it whenever you like in Settings."',
    'privacy.connection-guide': '"How does connecting work?" leads to a How connecting works screen.',
    'privacy.statistics': 'No figures about customers or encryption.',
    'privacy.support-contacts': 'Phone number and support email in the footer of the picker, Xero, guide and upload screens.',
    'privacy.powered-by': 'A "Powered by" line exists only as a hidden layer.',
    'privacy.mutual-nda': 'No NDA offer.',
    'platform.explain-redirect': '"Log in to Xero and tap Allow. You\'ll come straight back here."',
    'platform.grouped-categories': 'Picker has an Accounting group and a Bank group under headings.',
    'platform.accurate-branding': 'Full product names with logos: QuickBooks Online, FreeAgent, Xero, named business banks.',
    'platform.search': 'Picker has no search field.',
    'platform.alternatives': '"Using something else? Upload a CSV" leads to an upload screen.',
    'platform.non-linear': '"Not now" skip on the connect screen and "Send this to your bookkeeper" invite sheet.',
    'platform.multiple-connections': 'Done screen lists Xero Connected ✓, bank not linked yet, and "+ Add another".',
    'connection.view-live': 'Settings › Connections shows Xero with first and last sync times and a Barclays account with currency.',
    'connection.delete': '"Disconnect" on the Xero connection opens a confirm sheet.',
    'connection.refresh': '"Sync now" on the Xero connection.',
    'connection.syncing-indicator': 'Spinner with "Syncing…" on the bank connection.',
  },
  flow: { startFrameId: refs.su, connectFrameId: refs.connect, stepsToConnect: 2, deadEnds: [refs.pricing] },
};
write(OUT, BASE, file, truth);

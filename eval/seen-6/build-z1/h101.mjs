// h101 — cash advances for barbershops, iPhone 375x812, UK copy.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  page, setFont, nid, T, F, col, row, I, G, R, V, E, screen, section, canvas, writeFile, writeTruth,
  nav, swap, overlay, changeTo, BACK, CLOSE, url, btnFrame, btnGroup, linkText, box20, logoImg, spacer,
} from './lib.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h101-barbershop-cash-advance-mobile';
setFont('DM Sans');
const NAVY = '#14213D';
const GOLD = '#FCA311';
const GREY = '#5E6472';

// ---- components page (page 3) ----
page(3, 2);
const cBtnDefault = nid();
const cBtnHover = nid();
const cBtnSet = nid();
const cStatus = nid();
const cTab = nid();
const cCard = nid();
const comps = {
  [cBtnDefault]: { key: 'a1f0c3e9b7d24c11', name: 'Property 1=Default', description: '', componentSetId: cBtnSet },
  [cBtnHover]: { key: 'a1f0c3e9b7d24c12', name: 'Property 1=Hover', description: '', componentSetId: cBtnSet },
  [cStatus]: { key: '5be2d8a0c4411f07', name: 'iOS / Status bar', description: 'Light content' },
  [cTab]: { key: '09cd13e2ff7a4b3e', name: 'Tab bar', description: '' },
  [cCard]: { key: '77e1aa0b3c9d5e20', name: 'Comp / App tile', description: 'Logo + name + chevron' },
};
const sets = { [cBtnSet]: { key: 'f0e1d2c3b4a59687', name: 'cta/primary', description: 'Main pill button' } };

page(3, 40);
const compPage = canvas('0:3', '🧩 Components', [
  F('cta/primary', { id: cBtnSet, type: 'COMPONENT_SET', x: 0, y: 0, w: 420, h: 160, stroke: '#9747FF', r: 5 }, [
    row('Property 1=Default', { id: cBtnDefault, type: 'COMPONENT', x: 20, y: 20, w: 335, pad: [16, 20], main: 'CENTER', fill: NAVY, r: 28, hover: [changeTo(cBtnHover)] }, [
      T('Button', { color: '#FFFFFF', weight: 700, size: 16, hug: true }),
    ]),
    row('Property 1=Hover', { id: cBtnHover, type: 'COMPONENT', x: 20, y: 90, w: 335, pad: [16, 20], main: 'CENTER', fill: '#22335C', r: 28 }, [
      T('Button', { color: '#FFFFFF', weight: 700, size: 16, hug: true }),
    ]),
  ]),
  F('iOS / Status bar', { id: cStatus, type: 'COMPONENT', x: 480, y: 0, w: 375, h: 44 }, [
    T('9:41', { x: 24, y: 13, size: 15, weight: 600, w: 40 }),
    V('Vector', { x: 300, y: 17, w: 18, h: 11, fill: '#000000' }),
    V('Vector', { x: 324, y: 17, w: 16, h: 11, fill: '#000000' }),
    R('Rectangle 2', { x: 346, y: 17, w: 24, h: 11, r: 3, stroke: '#000000' }),
  ]),
  row('Tab bar', { id: cTab, type: 'COMPONENT', x: 480, y: 80, w: 375, h: 83, pad: [10, 28], main: 'SPACE_BETWEEN', cross: 'MIN', fill: '#FFFFFF', stroke: '#E6E6EA' }, [
    col('Frame 12', { cross: 'CENTER', gap: 4, hug: true }, [V('Vector', { w: 24, h: 24, fill: NAVY }), T('Home', { size: 11, hug: true })]),
    col('Frame 13', { cross: 'CENTER', gap: 4, hug: true }, [V('Vector', { w: 24, h: 24, fill: GREY }), T('Advance', { size: 11, hug: true })]),
    col('Frame 14', { cross: 'CENTER', gap: 4, hug: true }, [V('Vector', { w: 24, h: 24, fill: GREY }), T('Settings', { size: 11, hug: true })]),
  ]),
  row('Comp / App tile', { id: cCard, type: 'COMPONENT', x: 480, y: 200, w: 335, pad: 14, gap: 12, r: 14, stroke: '#E6E6EA', fill: '#FFFFFF' }, [
    R('Logo', { w: 36, h: 36, r: 8, fill: '#DDDDDD' }),
    T('App name', { size: 15, weight: 600, grow: 1 }),
    V('chevron', { w: 8, h: 14, fill: GREY }),
  ]),
]);

// ---- flow page (page 2) ----
page(2, 1);
const S = {};
for (const k of ['signup', 'verify', 'home', 'why', 'help', 'pick', 'redirect', 'auth', 'progress', 'bank', 'sync', 'offer', 'dash', 'settings', 'terms'])
  S[k] = nid();
page(2, 100);

const W = 375;
const H = 812;
const status = () => I(cStatus, 'iOS / Status bar', { x: 0, y: 0, w: 375, h: 44 }, [
  T('9:41', { x: 24, y: 13, size: 15, weight: 600, w: 40 }),
  V('Vector', { x: 300, y: 17, w: 18, h: 11, fill: '#000000' }),
  R('Rectangle 2', { x: 346, y: 17, w: 24, h: 11, r: 3, stroke: '#000000' }),
]);
const pill = (label, o = {}) =>
  I(cBtnDefault, o.name ?? 'cta/primary', { layout: 'H', pad: [16, 20], main: 'CENTER', fill: NAVY, r: 28, on: o.on }, [
    T(label, { color: '#FFFFFF', weight: 700, size: 16, hug: true }),
  ]);
const tabBar = (active, o = {}) =>
  I(cTab, 'Tab bar', { layout: 'H', x: 0, y: H - 83, w: W, h: 83, pad: [10, 28], main: 'SPACE_BETWEEN', cross: 'MIN', fill: '#FFFFFF', stroke: '#E6E6EA' }, [
    col('Frame 12', { cross: 'CENTER', gap: 4, hug: true }, [V('Vector', { w: 24, h: 24, fill: active === 0 ? NAVY : GREY }), T('Home', { size: 11, hug: true })]),
    col('Frame 13', { cross: 'CENTER', gap: 4, hug: true }, [V('Vector', { w: 24, h: 24, fill: active === 1 ? NAVY : GREY }), T('Advance', { size: 11, hug: true })]),
    col('Frame 14', { cross: 'CENTER', gap: 4, hug: true, on: o.settings ? [nav(o.settings)] : undefined }, [V('Vector', { w: 24, h: 24, fill: active === 2 ? NAVY : GREY }), T('Settings', { size: 11, hug: true })]),
  ]);
const body = (name, kids, o = {}) => col(name, { x: 0, y: 44, w: W, pad: [o.top ?? 16, 20, 24, 20], gap: o.gap ?? 16 }, kids);
const field = (label, value, o = {}) =>
  col(o.name ?? 'Input', { gap: 6 }, [
    T(label, { size: 13, color: GREY, weight: 500 }),
    row('Frame 88', { pad: [14, 14], r: 10, stroke: '#D3D5DB', fill: '#FFFFFF' }, [T(value, { size: 15, color: o.ph ? '#9A9EA8' : '#1B1B1F', grow: 1 })]),
  ]);
const appTile = (ref, label, o = {}) =>
  I(cCard, o.name ?? 'Comp / App tile', { layout: 'H', pad: 14, gap: 12, r: 14, stroke: o.stroke ?? '#E6E6EA', fill: '#FFFFFF', on: o.on }, [
    logoImg(ref, 36, { name: 'Logo' }),
    col('Frame 51', { gap: 2, grow: 1 }, [T(label, { size: 15, weight: 600 }), ...(o.sub ? [T(o.sub, { size: 12, color: GREY })] : [])]),
    o.badge ?? V('chevron', { w: 8, h: 14, fill: GREY }),
  ]);

const screens = [];
// 1 sign up
screens.push(
  screen(S.signup, 'Sign up', 0, 0, W, H, {}, [
    status(),
    body('Auto layout', [
      V('Vector', { w: 44, h: 44, fill: GOLD, name: 'Trimline mark' }),
      T('Cash for your next chair, sorted.', { size: 28, weight: 700, color: NAVY }),
      T('Advances from £1k to £25k for barbers. No credit score drama.', { size: 15, color: GREY }),
      field('Full name', 'e.g. Marcus Reid', { ph: true }),
      field('Mobile number', '+44 7700 900 000', { ph: true }),
      field('Shop name', 'Crown & Fade', { ph: true }),
      pill('Create account', { on: [nav(S.verify)] }),
      row('Frame 9', { gap: 4, main: 'CENTER' }, [
        T('By signing up you accept our', { size: 12, color: GREY, hug: true }),
        linkText('Terms', { size: 12, deco: 'UNDERLINE', on: [nav(S.terms)] }),
      ]),
      T('Already with us? Log in', { size: 14, color: NAVY, align: 'CENTER', weight: 600 }),
      T('Trusted by 12,000 UK barbers', { size: 12, color: GREY, visible: false, align: 'CENTER' }),
    ]),
  ]),
);
// 2 verify
screens.push(
  screen(S.verify, 'Verify', 420, 0, W, H, {}, [
    status(),
    body('Auto layout', [
      V('Back', { w: 10, h: 18, fill: NAVY, on: [BACK] }),
      T('Check your texts 📱', { size: 26, weight: 700, color: NAVY }),
      T('We sent a 6-digit code to 07700 900 123.', { size: 15, color: GREY }),
      row('Code', { gap: 10, main: 'CENTER' }, ['4', '8', '1', '', '', ''].map((d, i) =>
        F('Rectangle ' + (30 + i), { w: 44, h: 54, r: 10, stroke: d ? NAVY : '#D3D5DB' }, [T(d || ' ', { x: 16, y: 14, size: 20, weight: 600, w: 14 })]),
      )),
      T('Resend code in 0:24', { size: 13, color: GREY, align: 'CENTER' }),
      spacer(260),
      pill('Continue', { on: [nav(S.home)] }),
    ]),
  ]),
);
// 3 home (first connect prompt)
screens.push(
  screen(S.home, 'Home – new', 840, 0, W, H, { fill: '#F6F4EF' }, [
    status(),
    body('Auto layout', [
      T('Hey Marcus 👋', { size: 24, weight: 700, color: NAVY }),
      col('Frame 427', { pad: 20, gap: 14, r: 20, fill: NAVY }, [
        T('See what you could get', { size: 20, weight: 700, color: '#FFFFFF' }),
        T('Link the app you take bookings with and we’ll work out an offer from your real takings — usually in under 5 minutes.', { size: 14, color: '#D8DCE6' }),
        row('Frame 428', { pad: [14, 18], main: 'CENTER', r: 24, fill: GOLD, on: [nav(S.why)] }, [
          T('Link your booking app', { size: 16, weight: 700, color: NAVY, hug: true }),
        ]),
      ]),
      col('Frame 430', { pad: 16, gap: 8, r: 16, fill: '#FFFFFF' }, [
        T('How it works', { size: 16, weight: 700 }),
        T('1  Link your booking app and bank\n2  Pick how much you need\n3  Money lands next working day', { size: 14, color: GREY }),
      ]),
      T('Maybe later', { size: 14, color: GREY, align: 'CENTER', on: [nav(S.dash)] }),
    ]),
    tabBar(0),
  ]),
);
// 4 why link (value, consent, social proof)
screens.push(
  screen(S.why, 'Why link', 1260, 0, W, H, {}, [
    status(),
    body('Auto layout', [
      row('Frame 61', { main: 'SPACE_BETWEEN' }, [
        V('Back', { w: 10, h: 18, fill: NAVY, on: [BACK] }),
        T('Help', { size: 14, color: NAVY, weight: 600, hug: true, on: [overlay(S.help)] }),
      ]),
      T('Your takings do the talking', { size: 24, weight: 700, color: NAVY }),
      col('Frame 62', { gap: 12 }, [
        row('Frame 63', { gap: 10, cross: 'MIN' }, [V('Vector', { w: 20, h: 20, fill: GOLD }), T('A fair offer in minutes — based on what you actually cut, not a credit score.', { size: 14, grow: 1 })]),
        row('Frame 64', { gap: 10, cross: 'MIN' }, [V('Vector', { w: 20, h: 20, fill: GOLD }), T('We read your bookings and card takings from your booking app, and check them against your bank balance. We only read — we never move money or post anything.', { size: 14, grow: 1 })]),
        row('Frame 65', { gap: 10, cross: 'MIN' }, [V('Vector', { w: 20, h: 20, fill: GOLD }), T('Bank-level encryption, and we never pass your data to anyone else without asking you first.', { size: 14, grow: 1 })]),
      ]),
      col('Frame 66', { pad: 14, gap: 6, r: 12, fill: '#F6F4EF' }, [
        T('★★★★★', { size: 14, color: GOLD }),
        T('“Linked Fresha on my lunch break, had the money for a second chair by Friday.”', { size: 14, weight: 500 }),
        T('Dele A. — Crown & Fade, Peckham', { size: 12, color: GREY }),
      ]),
      T('Changed your mind later? You can unlink whenever you like from Settings.', { size: 13, color: GREY }),
      row('Frame 67', { gap: 10, cross: 'MIN' }, [
        box20('RECTANGLE', { name: 'Rectangle 7' }),
        T('I’m happy for Trimline to read my booking and bank data as set out in the Privacy Notice.', { size: 13, grow: 1 }),
      ]),
      pill('Link my booking app', { on: [nav(S.pick)] }),
      linkText('Got questions? Read our FAQs', { size: 14, deco: 'UNDERLINE', on: [url('https://trimline.co.uk/faqs')] }),
    ]),
  ]),
);
// 5 help overlay
screens.push(
  screen(S.help, 'Help sheet', 1680, 0, W, 420, { fill: '#FFFFFF', r: 20 }, [
    col('Auto layout', { x: 0, y: 0, w: W, pad: 24, gap: 14 }, [
      R('Rectangle 9', { w: 40, h: 4, r: 2, fill: '#D3D5DB' }),
      T('Stuck? We’re here', { size: 20, weight: 700, color: NAVY }),
      row('Frame 70', { gap: 12 }, [V('Vector', { w: 20, h: 20, fill: NAVY }), T('Chat with us (8am–8pm, 7 days)', { size: 15, grow: 1 })]),
      row('Frame 71', { gap: 12 }, [V('Vector', { w: 20, h: 20, fill: NAVY }), T('Call 020 3996 0412', { size: 15, grow: 1 })]),
      row('Frame 72', { gap: 12 }, [V('Vector', { w: 20, h: 20, fill: NAVY }), T('Email help@trimline.co.uk', { size: 15, grow: 1 })]),
      T('Close', { size: 15, weight: 600, color: NAVY, align: 'CENTER', on: [CLOSE] }),
    ]),
  ]),
);
// 6 pick app / bank
screens.push(
  screen(S.pick, 'Choose app', 0, 900, W, H, {}, [
    status(),
    body('Auto layout', [
      V('Back', { w: 10, h: 18, fill: NAVY, on: [BACK] }),
      T('Where do your takings live?', { size: 24, weight: 700, color: NAVY }),
      col('Frame 80', { gap: 10 }, [
        T('Booking & till apps', { size: 18, weight: 700 }),
        appTile('f8e1a0c2', 'Fresha', { on: [overlay(S.redirect)] }),
        appTile('b00c5y21', 'Booksy Biz', { on: [overlay(S.redirect)] }),
        appTile('sq1a7c3d', 'Square Point of Sale', { on: [overlay(S.redirect)] }),
        appTile('cl9k4e5a', 'ChairLink\u200B', { sub: 'Salon booking software', on: [overlay(S.redirect)] }),
      ]),
      col('Frame 81', { gap: 10 }, [
        T('Bank accounts', { size: 18, weight: 700 }),
        appTile('st4r1ing', 'Starling Bank', { on: [nav(S.bank)] }),
        appTile('m0nz0b1z', 'Monzo Business', { on: [nav(S.bank)] }),
      ]),
      T('Can’t see yours? Upload your last 3 months of bank statements (PDF) instead.', { size: 13, color: NAVY, deco: 'UNDERLINE' }),
    ], { gap: 14 }),
  ]),
);
// 7 redirect explainer overlay
screens.push(
  screen(S.redirect, 'Heads up', 420, 900, W, 380, { r: 20 }, [
    col('Auto layout', { x: 0, y: 0, w: W, pad: 24, gap: 14, cross: 'CENTER' }, [
      row('Frame 90', { gap: 12, hug: true }, [V('Vector', { w: 36, h: 36, fill: GOLD }), V('Vector', { w: 18, h: 10, fill: GREY }), logoImg('f8e1a0c2', 36)]),
      T('Quick hop over to Fresha', { size: 20, weight: 700, color: NAVY, align: 'CENTER' }),
      T('You’ll sign in on Fresha’s own page and say yes to sharing. Then you’ll land straight back here.', { size: 14, color: GREY, align: 'CENTER' }),
      btnFrame('Go to Fresha', { fill: NAVY, r: 24, name: 'Btn', on: [nav(S.auth)] }),
      T('Not now', { size: 14, color: GREY, align: 'CENTER', on: [CLOSE] }),
    ]),
  ]),
);
// 8 third-party sign-in mock
screens.push(
  screen(S.auth, 'Fresha – authorise', 840, 900, W, H, { fill: '#F4F4F8' }, [
    status(),
    body('Auto layout', [
      row('Frame 93', { gap: 8 }, [logoImg('f8e1a0c2', 28), T('fresha.com', { size: 13, color: GREY, grow: 1 })]),
      T('Trimline would like to:', { size: 20, weight: 700 }),
      T('• See your appointments and services\n• See card and cash takings\n• See your business details', { size: 15 }),
      field('Email', 'marcus@crownandfade.co.uk'),
      field('Password', '••••••••••'),
      btnGroup('Allow', 335, 48, { fill: '#6C4CF1', num: 14, on: [nav(S.progress)] }),
      T('Deny', { size: 15, color: '#6C4CF1', align: 'CENTER', on: [BACK] }),
    ]),
  ]),
);
// 9 progress
screens.push(
  screen(S.progress, 'Linked 1 of 2', 1260, 900, W, H, {}, [
    status(),
    body('Auto layout', [
      T('Nice one — Fresha’s linked ✂️', { size: 24, weight: 700, color: NAVY }),
      col('Frame 101', { gap: 8 }, [
        row('Frame 102', { main: 'SPACE_BETWEEN' }, [T('Offer strength', { size: 13, color: GREY, hug: true }), T('1 of 2 linked', { size: 13, weight: 600, hug: true })]),
        F('Frame 103', { h: 8, r: 4, fill: '#E6E6EA' }, [R('Rectangle 11', { x: 0, y: 0, w: 168, h: 8, r: 4, fill: GOLD })]),
        T('Add your bank for a bigger, faster offer.', { size: 13, color: GREY }),
      ]),
      appTile('f8e1a0c2', 'Fresha', { sub: 'Bookings & takings', badge: T('Linked ✓', { size: 13, color: '#1F8A4C', weight: 600, hug: true }) }),
      appTile('st4r1ing', 'Your bank', { sub: 'Not linked yet', stroke: GOLD, badge: T('Waiting', { size: 13, color: '#B26B00', weight: 600, hug: true }) }),
      row('Frame 105', { pad: [14, 18], gap: 8, r: 14, stroke: NAVY, main: 'CENTER', on: [nav(S.bank)] }, [T('+', { size: 18, weight: 700, hug: true }), T('Add your bank', { size: 15, weight: 600, hug: true })]),
      spacer(120),
      T('Finish later · Send to my business partner', { size: 14, color: NAVY, align: 'CENTER', on: [nav(S.dash)] }),
    ]),
  ]),
);
// 10 bank chooser
screens.push(
  screen(S.bank, 'Pick bank', 1680, 900, W, H, {}, [
    status(),
    body('Auto layout', [
      V('Back', { w: 10, h: 18, fill: NAVY, on: [BACK] }),
      T('Which bank does your shop use?', { size: 22, weight: 700, color: NAVY }),
      appTile('st4r1ing', 'Starling Bank', { on: [swap(S.sync)] }),
      appTile('m0nz0b1z', 'Monzo Business', { on: [swap(S.sync)] }),
      appTile('t1de0b1z', 'Tide', { on: [swap(S.sync)] }),
      appTile('barc1ays', 'Barclays Business', { on: [swap(S.sync)] }),
      appTile('natw3st0', 'NatWest', { on: [swap(S.sync)] }),
      appTile('11oyds00', 'Lloyds Bank', { on: [swap(S.sync)] }),
      T('Open Banking, read-only. Your login stays with your bank.', { size: 12, color: GREY, align: 'CENTER' }),
    ], { gap: 12 }),
  ]),
);
// 11 syncing
screens.push(
  screen(S.sync, 'Syncing', 0, 1800, W, H, { fill: NAVY }, [
    status(),
    col('Auto layout', { x: 0, y: 260, w: W, pad: 32, gap: 18, cross: 'CENTER' }, [
      G('Group 8', [E('Ellipse 1', { w: 56, h: 56, stroke: '#3A4A70', sw: 5 }), V('Vector', { w: 28, h: 28, stroke: GOLD, sw: 5 })], { on: [nav(S.offer)] }),
      T('Pulling in your takings…', { size: 20, weight: 700, color: '#FFFFFF', align: 'CENTER' }),
      T('This usually takes under a minute.', { size: 14, color: '#B9C0D0', align: 'CENTER' }),
    ]),
  ]),
);
// 12 offer + prefilled details
screens.push(
  screen(S.offer, 'Offer', 420, 1800, W, H, {}, [
    status(),
    body('Auto layout', [
      T('You could get', { size: 15, color: GREY }),
      T('£6,500\u00a0', { size: 44, weight: 700, color: NAVY }),
      T('Repaid as 8% of your card takings. No fixed monthly bill.', { size: 14, color: GREY }),
      col('Frame 120', { pad: 16, gap: 12, r: 14, fill: '#F6F4EF' }, [
        T('Your details (filled in from Fresha)', { size: 15, weight: 700 }),
        field('Business name', 'Crown & Fade Ltd'),
        field('Shop address', '14 Rye Lane, London SE15 5EW'),
        field('Avg. monthly takings', '£11,240'),
        field('Companies House no.', '12874391'),
      ]),
      pill('Get my £6,500', { on: [nav(S.dash)] }),
    ]),
  ]),
);
// 13 dashboard with contextual prompt
screens.push(
  screen(S.dash, 'Home – dashboard', 840, 1800, W, H, { fill: '#F6F4EF' }, [
    status(),
    body('Auto layout', [
      T('Morning, Marcus', { size: 22, weight: 700, color: NAVY }),
      col('Frame 131', { pad: 16, gap: 10, r: 16, fill: '#FFFFFF' }, [
        T('This week’s takings', { size: 15, weight: 600 }),
        row('Chart', { gap: 10, cross: 'MAX', h: 100 }, [30, 55, 42, 80, 64, 90, 20].map((v, i) => R('Rectangle ' + (60 + i), { w: 30, h: v, r: 4, fill: GOLD }))),
      ]),
      col('Frame 132', { pad: 16, gap: 10, r: 16, fill: '#FFFFFF', stroke: '#E6E6EA' }, [
        T('Cashflow', { size: 15, weight: 600 }),
        F('Rectangle 70', { h: 70, r: 8, fill: '#EEF0F4' }, [T('Nothing to show yet', { x: 90, y: 26, size: 13, color: GREY, w: 160 })]),
        T('Link your bank to see money in and out, week by week.', { size: 13, color: GREY }),
        linkText('Link bank →', { weight: 600, on: [nav(S.bank)] }),
      ]),
      row('Frame 133', { pad: 14, gap: 10, r: 14, fill: '#FFFFFF' }, [
        V('Vector', { w: 22, h: 22, fill: GOLD }),
        T('Refer a mate, get £50 — copy your link', { size: 13, grow: 1 }),
      ]),
    ]),
    tabBar(0, { settings: S.settings }),
  ]),
);
// 14 settings: linked accounts
screens.push(
  screen(S.settings, 'Settings', 1260, 1800, W, H, {}, [
    status(),
    body('Auto layout', [
      T('Settings', { size: 24, weight: 700, color: NAVY }),
      T('Linked accounts', { size: 13, weight: 700, color: GREY }),
      col('Frame 141', { pad: 14, gap: 6, r: 14, stroke: '#E6E6EA' }, [
        row('Frame 142', { gap: 10 }, [logoImg('f8e1a0c2', 32), T('Fresha', { size: 15, weight: 600, grow: 1 }), T('Unlink', { size: 14, color: '#C0392B', hug: true })]),
        T('Linked 3 Mar 2025 · last synced today, 09:14', { size: 12, color: GREY }),
        T('Bookings, services, card & cash takings', { size: 12, color: GREY }),
      ]),
      col('Frame 143', { pad: 14, gap: 6, r: 14, stroke: '#E6E6EA' }, [
        row('Frame 144', { gap: 10 }, [logoImg('st4r1ing', 32), T('Starling Bank ••4471', { size: 15, weight: 600, grow: 1 }), T('Unlink', { size: 14, color: '#C0392B', hug: true })]),
        T('Linked 3 Mar 2025 · last synced today, 09:15 · GBP', { size: 12, color: GREY }),
      ]),
      T('Account', { size: 13, weight: 700, color: GREY }),
      T('Notifications', { size: 15 }),
      T('Change mobile number', { size: 15 }),
      T('Delete account', { size: 15, color: '#C0392B' }),
    ]),
    tabBar(2),
  ]),
);
// 15 terms (no way forward)
screens.push(
  screen(S.terms, 'Terms', 1680, 1800, W, H, {}, [
    status(),
    body('Auto layout', [
      V('Back', { w: 10, h: 18, fill: NAVY, on: [BACK] }),
      T('Terms of use', { size: 24, weight: 700, color: NAVY }),
      T('1. About us\nTrimline Capital Ltd is registered in England and Wales (no. 11223344).\n\n2. Advances\nAn advance is a purchase of a share of your future card takings. It is not a loan.\n\n3. Repayment\nWe collect an agreed percentage of each day’s card takings until the advance and fee are repaid.\n\n4. Ending the agreement\nYou can end the agreement early by paying the outstanding balance.', { size: 13, color: GREY }),
    ]),
  ]),
);

const flowPage = canvas('0:2', '📱 Onboarding flow v3', [section('Onboarding', -40, -60, 2135, 2700, screens.map((s) => ((s._y += 60), (s._x += 40), s)))], {
  flows: [[S.signup, 'Sign up → advance']],
});

// ---- cover (page 1) and archive (page 4) ----
page(1, 1);
const cover = canvas('0:1', 'Cover', [
  screen(nid(), 'Cover', 0, 0, 1920, 960, { fill: NAVY }, [
    T('Trimline — onboarding & linking', { x: 120, y: 380, size: 72, weight: 700, color: '#FFFFFF', w: 1500 }),
    T('Mobile · v3 · ready for dev', { x: 120, y: 500, size: 32, color: GOLD, w: 800 }),
  ]),
]);
page(4, 1);
const archive = canvas('0:4', 'Archive', [
  screen(nid(), 'Home – v1 (old)', 0, 0, W, H, {}, [
    status(),
    body('Auto layout', [
      T('Welcome to Trimline', { size: 24, weight: 700 }),
      btnFrame('Connect Square', { fill: '#000000', r: 6 }),
      T('Trusted by 3,000+ barbers · 256-bit encryption', { size: 12, color: GREY }),
    ]),
  ]),
  screen(nid(), 'Home – v2 (old)', 420, 0, W, H, {}, [
    status(),
    body('Auto layout', [
      T('Get funded', { size: 24, weight: 700 }),
      btnGroup('Refresh data', 335, 48, { fill: NAVY }),
      T('Powered by OpenLedger', { size: 11, color: GREY }),
    ]),
  ]),
]);

const count = writeFile(DIR, NAME, { title: 'Trimline – App', lastModified: '2025-03-11T16:42:09Z', version: '5281733094' }, [cover, flowPage, compPage, archive], comps, sets);

writeTruth(DIR, NAME, {
  kind: 'onboarding',
  description:
    'Trimline, cash advances for UK barbershops (iPhone 375x812). Sign-up, SMS code, a home screen whose main card asks to link the booking app, a why-link screen with consent, an app/bank chooser, a redirect explainer, a third-party authorise mock, progress, bank chooser, syncing, offer with prefilled details, dashboard, settings and a terms screen.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'Sign up → SMS code → home, whose main card is the link prompt: 2 steps.',
    'funnel.cta-visible': 'Home screen hero card with a gold "Link your booking app" button.',
    'funnel.social-proof': 'Five-star quote from a Peckham barbershop owner on the why-link screen.',
    'funnel.prefill': 'Offer screen shows business name, address, takings and company number filled in from Fresha.',
    'value.three-part': 'Why-link screen: offer in minutes (value), reads bookings/takings and checks against bank (data use), one "Link my booking app" button.',
    'value.contextual-ctas': 'Dashboard cashflow card: empty chart with "Link bank →".',
    'value.faq-link': '"Got questions? Read our FAQs" under the main button.',
    'value.progress-meter': '"Offer strength — 1 of 2 linked" bar after the first link.',
    'privacy.data-scope': 'Reads bookings and card takings from the booking app, read-only, never moves money or posts anything.',
    'privacy.trust-language': 'Bank-level encryption; never passed to anyone else without asking first.',
    'privacy.consent-action': 'Checkbox (20x20 rectangle) with consent wording naming the Privacy Notice before the link button.',
    'privacy.disconnect-anytime': '"You can unlink whenever you like from Settings."',
    'privacy.support-contacts': 'Help sheet: chat, phone number and email.',
    'privacy.statistics': 'The "Trusted by 12,000 UK barbers" line on sign-up is hidden; the archive page is not the flow.',
    'privacy.powered-by': 'No provider mark in the flow (one only on an archived old screen).',
    'platform.explain-redirect': '"Quick hop over to Fresha … sign in on Fresha’s own page … land straight back here."',
    'platform.grouped-categories': '"Booking & till apps" and "Bank accounts" headings over tiles.',
    'platform.accurate-branding': 'Logos with full names: Square Point of Sale, Booksy Biz, Starling Bank, Monzo Business, Barclays Business.',
    'platform.search': 'Only fixed lists of tiles; no search field.',
    'platform.alternatives': 'Upload 3 months of bank statements (PDF) if the app is not listed.',
    'platform.non-linear': '"Finish later · Send to my business partner" on the progress screen.',
    'platform.multiple-connections': 'Fresha "Linked ✓", bank "Waiting" and an "+ Add your bank" control.',
    'connection.view-live': 'Settings › Linked accounts: names, linked date, last synced time, data, currency.',
    'connection.delete': '"Unlink" on each linked account.',
    'connection.refresh': 'Last-synced times only; no sync-now control (one appears only on an archived screen).',
    'connection.syncing-indicator': 'Spinner with "Pulling in your takings…".',
    'funnel.greeting-email': 'No email frame.',
    'privacy.mutual-nda': 'Not offered.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.home, stepsToConnect: 2, deadEnds: [S.terms] },
});
console.log(NAME, count, 'nodes');

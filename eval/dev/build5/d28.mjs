// d28-agency-time-billing-desktop: time tracking + invoicing for agencies, 1440 desktop.
import { reset, page, T, F, R, Vec, E, L, C, CS, I, go, hover, back, close, canvas, docOf, save, img, row, col, NB } from './lib.mjs';

reset();
const OUT = new URL('..', import.meta.url).pathname;
const INK = '#1B1530';
const PURPLE = '#6C3BFF';
const MUTED = '#6E6A7C';

// ---------- page 2: components ----------
page(2);
const btnDefault = C('Property 1=Default', { dir: 'H', pad: [12, 24], radius: 10, fill: PURPLE, x: 40, y: 40 }, [T('Label', { color: '#FFFFFF', weight: 600, size: 15, hug: true })]);
const btnHover = C('Property 1=Hover', { dir: 'H', pad: [12, 24], radius: 10, fill: '#5127E0', x: 40, y: 120 }, [T('Label', { color: '#FFFFFF', weight: 600, size: 15, hug: true })]);
const btnSet = CS('Comp / Action / Large', { x: 0, y: 0, w: 260, h: 200, stroke: '#9747FF' }, [btnDefault, btnHover]);
const tile = C('tile', { dir: 'V', pad: 16, gap: 10, radius: 12, stroke: '#E4E0F0', fill: '#FFFFFF', w: 220, x: 320, y: 0 }, [
  R('logo', { w: 40, h: 40, radius: 8, fill: img('0c1d9e0a7f3b') }),
  T('App name', { size: 15, weight: 600 }),
]);
const pill = C('Badge', { dir: 'H', pad: [4, 10], radius: 20, fill: '#E6F7EE', x: 600, y: 0 }, [T('Status', { size: 12, color: '#137A43', hug: true })]);
const compsPage = canvas('2:0', 'Components', [btnSet, tile, pill]);

// ---------- page 3: flow ----------
page(3);
const W = 1440;
const H = 900;
const scr = (name, x, y, o = {}) => F(name, { w: o.w ?? W, h: o.h ?? H, x, y, fill: o.fill ?? '#FBFAFF', dir: o.dir ?? 'V', pad: o.pad ?? [48, 120], gap: o.gap ?? 24, clip: true, align: o.align }, []);
const signup = scr('Frame 1', 0, 0, { dir: 'H', pad: 0, gap: 0 });
const pricing = scr('Pricing', 1600, -1100);
const studio = scr('Frame 3', 1600, 0);
const plugin = scr('onboarding / plug in', 3200, 0);
const pick = scr('Frame 5', 4800, 0);
const redirect = F('Modal', { w: 560, h: 360, x: 4800, y: 1000, fill: '#FFFFFF', radius: 16, dir: 'V', pad: 32, gap: 16 }, []);
const done = scr('Frame 6', 6400, 0);
const invite = F('Frame 9', { w: 520, h: 340, x: 3200, y: 1000, fill: '#FFFFFF', radius: 16, dir: 'V', pad: 32, gap: 14 }, []);
const dash = scr('Dashboard', 8000, 0, { dir: 'H', pad: 0, gap: 0 });
const settings = scr('Frame 11', 9600, 0, { dir: 'H', pad: 0, gap: 0 });
const guide = scr('Frame 12', 3200, 1500, { w: 960, h: 900 });

const primary = (label, dest, nav) => {
  const b = I(btnDefault, 'Comp / Action / Large', { dir: 'H', pad: [12, 24], radius: 10, fill: PURPLE }, [T(label, { color: '#FFFFFF', weight: 600, size: 15, hug: true })]);
  if (dest) go(b, dest, nav);
  hover(b, btnHover);
  return b;
};
const field = (label, value) =>
  col('Auto layout', { fillW: true, gap: 6 }, [
    T(label, { size: 13, weight: 500, color: MUTED }),
    F('Frame 88', { dir: 'H', pad: [12, 14], radius: 8, stroke: '#D9D4E8', fill: '#FFFFFF', fillW: true }, [T(value, { size: 15, color: value.startsWith('e.g') ? '#A49FB3' : INK })]),
  ]);

// A. sign up
const seePricing = go(T('See pricing', { size: 14, color: PURPLE, underline: true, hug: true }), pricing);
signup.children.push(
  col('Left', { w: 620, h: H, fill: INK, pad: [80, 72], gap: 32, justify: 'CENTER' }, [
    row('logo', {}, [Vec('Vector', { w: 28, h: 28, fill: '#C9B8FF' }), T('tickr', { size: 26, weight: 700, color: '#FFFFFF', hug: true })]),
    T('Track the hours.\nBill the hours.\nGo home on time.', { size: 40, weight: 700, color: '#FFFFFF' }),
    col('Frame 14', { fillW: true, pad: 24, radius: 14, fill: '#2A2245', gap: 12 }, [
      T('\u201CWe used to lose a day a month chasing timesheets. Now invoices basically write themselves and our clients pay faster.\u201D', { size: 17, color: '#EDE8FF' }),
      row('Group 3', { gap: 12 }, [E('avatar', { w: 40, h: 40, fill: img('5d1b7e9af012') }), col('Auto layout', { gap: 2 }, [T('Dana Okafor', { size: 14, weight: 600, color: '#FFFFFF', hug: true }), T('Founder, Pixel & Pine Studio', { size: 13, color: '#B9B1D6', hug: true })])]),
    ]),
  ]),
  col('Right', { w: 820, h: H, pad: [120, 150], gap: 20, justify: 'CENTER' }, [
    T('Make your Tickr account', { size: 28, weight: 700 }),
    T('Free for 14 days. No card needed.', { size: 15, color: MUTED }),
    field('Work email', 'e.g. sam@studio.co'),
    field('Password', 'e.g. at least 10 characters'),
    primary('Let\u2019s go \u2192', studio),
    F('Frame 19', { dir: 'H', pad: [12, 20], radius: 10, stroke: '#D9D4E8', fill: '#FFFFFF', gap: 10 }, [R('in-logo', { w: 18, h: 18, radius: 3, fill: img('77aa0b1c2d3e') }), T('Continue with LinkedIn', { size: 15, weight: 500, hug: true })]),
    row('Auto layout', { gap: 6 }, [T('Agency of 50+?', { size: 14, color: MUTED, hug: true }), seePricing]),
  ]),
);

// B. pricing (dead end: no way forward)
pricing.children.push(
  T('Pick a plan, any plan', { size: 32, weight: 700 }),
  row('Plans', { gap: 24 }, ['Solo|$12|1 seat', 'Studio|$39|up to 10 seats', 'Agency|$99|unlimited seats'].map((p) => {
    const [n, pr, s] = p.split('|');
    return col('Frame 30', { w: 360, pad: 28, radius: 16, fill: '#FFFFFF', stroke: '#E4E0F0', gap: 10 }, [T(n, { size: 20, weight: 700 }), T(pr + ' / month', { size: 28, weight: 700, color: PURPLE }), T(s, { size: 14, color: MUTED })]);
  })),
  T('Billed monthly. Cancel anytime \u2014 no awkward breakup calls.', { size: 14, color: MUTED }),
);

// C. studio setup
studio.children.push(
  T('Tell us about your studio', { size: 28, weight: 700 }),
  T('Just the basics \u2014 you can tweak all of this later.', { size: 15, color: MUTED }),
  col('Frame 40', { w: 560, gap: 18 }, [
    field('Studio name', 'e.g. Pixel & Pine'),
    field('Default hourly rate', 'e.g. \u00A395'),
    T('Team size', { size: 13, weight: 500, color: MUTED }),
    row('chips', { gap: 8 }, ['Just me', '2\u20135', '6\u201320', '21+'].map((c, i) => F('Frame 41', { dir: 'H', pad: [8, 14], radius: 20, fill: i === 1 ? '#EDE6FF' : '#FFFFFF', stroke: '#D9D4E8' }, [T(c, { size: 14, hug: true })]))),
    primary('Next', plugin),
  ]),
);

// D. plug in (connect screen)
const askMate = go(T('Ask a teammate', { size: 14, color: PURPLE, hug: true }), invite, 'OVERLAY');
const later = go(T('Do this later', { size: 14, color: PURPLE, hug: true }), dash);
const howLink = go(T('How plugging in works \u2192', { size: 14, color: PURPLE, underline: true, hug: true }), guide);
plugin.children.push(
  row('Frame 50', { gap: 10 }, [Vec('Vector', { w: 24, h: 24, fill: PURPLE }), T('tickr', { size: 20, weight: 700, hug: true })]),
  col('Frame 51', { w: 760, gap: 20, pad: 40, radius: 20, fill: '#FFFFFF', stroke: '#ECE8F6' }, [
    T('\uD83D\uDD0C Let\u2019s plug in your money tools', { size: 28, weight: 700 }),
    col('Auto layout', { fillW: true, gap: 14 }, [
      row('Frame 52', { gap: 12, align: 'MIN' }, [E('Ellipse 1', { w: 28, h: 28, fill: '#EDE6FF' }), T('Every hour you track turns into an invoice that lands in your books on its own \u2014 no copy-pasting on a Friday night.', { size: 15, w: 600 })]),
      row('Frame 53', { gap: 12, align: 'MIN' }, [E('Ellipse 2', { w: 28, h: 28, fill: '#EDE6FF' }), T('We read your clients, tax rates and chart of accounts from your accounting app, and push each new invoice back to it as a draft. From your payment processor we only read payouts, to tick invoices off as paid.', { size: 15, w: 600 })]),
      row('Frame 54', { gap: 12, align: 'MIN' }, [E('Ellipse 3', { w: 28, h: 28, fill: '#EDE6FF' }), T('Change your mind? Unplug any app from Settings whenever you like \u2014 one click, no hard feelings.', { size: 15, w: 600 })]),
    ]),
    primary('Plug in your accounting app', pick),
    row('Frame 55', { gap: 16 }, [askMate, T('\u00B7', { size: 14, color: MUTED, hug: true }), later]),
    L('Line 2', { w: 680 }),
    row('Frame 56', { gap: 24 }, [
      howLink,
      T('Need an NDA first? We\u2019ll happily sign a mutual one.', { size: 13, color: MUTED, hug: true }),
    ]),
    row('Frame 57', { gap: 6 }, [T('powered by', { size: 11, color: MUTED, hug: true }), Vec('conduit-wordmark', { w: 64, h: 14, fill: '#2B2B2B' }), T('Conduit', { size: 12, weight: 600, hug: true })]),
    T('Bank-grade encryption. We never share your data without your say-so.', { size: 12, color: MUTED, hidden: true, name: 'old copy' }),
  ]),
);

// E. pick your tools (grouped, full names, no search visible)
const card = (name, ref, dest) => {
  const c = I(tile, name, { dir: 'V', pad: 16, gap: 10, radius: 12, stroke: '#E4E0F0', fill: '#FFFFFF', w: 220 }, [R('logo', { w: 40, h: 40, radius: 8, fill: img(ref) }), T(name, { size: 15, weight: 600 })]);
  if (dest) go(c, dest, 'OVERLAY');
  return c;
};
pick.children.push(
  back(row('Frame 60', { gap: 6 }, [Vec('chevron-left', { w: 16, h: 16, fill: MUTED }), T('Back', { size: 14, color: MUTED, hug: true })])),
  T('Which tools does your studio run on?', { size: 26, weight: 700 }),
  F('Search', { dir: 'H', pad: [10, 14], radius: 10, stroke: '#D9D4E8', w: 420, gap: 8, hidden: true }, [Vec('magnifier', { w: 16, h: 16, fill: MUTED }), T('Search 40+ apps', { size: 14, color: '#A49FB3' })]),
  col('Frame 61', { gap: 12 }, [
    T('Accounting', { size: 18, weight: 700 }),
    row('Frame 62', { gap: 16 }, [card('Xero', 'a1x9e0r0', redirect), card('QuickBooks Online', 'b2q8b0o1', redirect), card('FreeAgent', 'c3f7a0g2', redirect), card('Sage Business Cloud Accounting', 'd4s6b0c3', redirect)]),
  ]),
  col('Frame 63', { gap: 12 }, [
    T('Getting paid', { size: 18, weight: 700 }),
    row('Frame 64', { gap: 16 }, [card('Stripe', 'e5s5t0r4', redirect), card('GoCardless', 'f6g4c0l5', redirect), card('PayPal Business', 'g7p3p0b6', redirect)]),
  ]),
);

// F. redirect explainer (overlay)
const cancelBtn = close(T('Not now', { size: 14, color: MUTED, hug: true }));
redirect.children.push(
  T('Off to Xero for a sec \u2708\uFE0F', { size: 22, weight: 700 }),
  T('You\u2019ll hop over to Xero to log in and give Tickr the thumbs-up. Once you\u2019re done, Xero sends you straight back here.', { size: 15, color: MUTED }),
  row('Frame 70', { gap: 16 }, [primary('Continue to Xero', done), cancelBtn]),
);

// G. connected + add another
const statusRow = (name, ref, badge, good) =>
  row('Frame 80', { w: 640, pad: [14, 18], radius: 12, fill: '#FFFFFF', stroke: '#ECE8F6', justify: 'SPACE_BETWEEN' }, [
    row('Auto layout', { gap: 12 }, [R('logo', { w: 32, h: 32, radius: 6, fill: img(ref) }), T(name, { size: 15, weight: 600, hug: true })]),
    I(pill, 'Badge', { dir: 'H', pad: [4, 10], radius: 20, fill: good ? '#E6F7EE' : '#FFF4DB' }, [T(badge, { size: 12, color: good ? '#137A43' : '#8A5A00', hug: true })]),
  ]);
done.children.push(
  T('Nice \u2014 Xero is plugged in \uD83C\uDF89', { size: 28, weight: 700 }),
  T('Your clients and tax rates are on their way over.', { size: 15, color: MUTED }),
  col('Frame 81', { gap: 10 }, [
    statusRow('Xero', 'a1x9e0r0', 'Plugged in \u2713', true),
    statusRow('Stripe', 'e5s5t0r4', 'Waiting for you to approve', false),
  ]),
  go(row('Frame 82', { gap: 8, pad: [10, 0] }, [Vec('plus', { w: 14, h: 14, fill: PURPLE }), T('Plug in another app', { size: 15, weight: 600, color: PURPLE, hug: true })]), pick),
  primary('Take me to my dashboard', dash),
);

// H. invite teammate (overlay)
invite.children.push(
  T('Who holds the keys to your books?', { size: 20, weight: 700 }),
  T('Send them a link \u2014 they can plug in Xero or Stripe for you, and you\u2019ll carry on where you left off.', { size: 14, color: MUTED }),
  field('Their email', 'e.g. finance@studio.co'),
  row('Frame 90', { gap: 16 }, [close(primary('Send link')), close(T('Cancel', { size: 14, color: MUTED, hug: true }))]),
);

// I. dashboard with sidebar menu + contextual CTA
const navItem = (label, active, dest) => {
  const n = row('Frame 100', { pad: [10, 14], radius: 8, fill: active ? '#2A2245' : undefined, fillW: true, gap: 10 }, [Vec('Vector', { w: 16, h: 16, fill: '#B9B1D6' }), T(label, { size: 14, color: '#FFFFFF', hug: true })]);
  if (dest) go(n, dest);
  return n;
};
const sidebar = (active) =>
  col('Sidebar', { w: 240, h: H, fill: INK, pad: [28, 16], gap: 4 }, [
    row('logo', { pad: [0, 10] }, [Vec('Vector', { w: 22, h: 22, fill: '#C9B8FF' }), T('tickr', { size: 20, weight: 700, color: '#FFFFFF', hug: true })]),
    F('Rectangle 4', { h: 20, w: 10 }),
    navItem('Timesheets', active === 'dash'),
    navItem('Projects'),
    navItem('Invoices'),
    navItem('Clients'),
    navItem('Apps & integrations', active === 'apps', active === 'apps' ? null : settings),
    navItem('Settings'),
  ]);
dash.children.push(
  sidebar('dash'),
  col('Main', { w: 1200, h: H, pad: [40, 48], gap: 24 }, [
    T('Morning, Sam \u2615', { size: 26, weight: 700 }),
    row('Frame 110', { gap: 20 }, [
      ['Unbilled hours', '126 h'], ['Drafts ready', '7'], ['Overdue', '\u00A33,420'],
    ].map(([k, v]) => col('Frame 111', { w: 260, pad: 20, radius: 14, fill: '#FFFFFF', stroke: '#ECE8F6', gap: 6 }, [T(k, { size: 13, color: MUTED }), T(v, { size: 24, weight: 700 })]))),
    col('Frame 112', { w: 820, pad: 24, radius: 14, fill: '#FFFFFF', stroke: '#ECE8F6', gap: 14 }, [
      T('Paid vs. still out there', { size: 18, weight: 700 }),
      F('Chart', { w: 772, h: 180, radius: 10, fill: '#F5F2FF' }, [
        Vec('Vector 7', { x: 40, y: 120, w: 680, h: 40, fill: '#DDD2FF' }),
        col('empty', { x: 220, y: 40, gap: 10, align: 'CENTER' }, [
          T('Plug in Stripe and we\u2019ll show you what\u2019s actually landed \uD83D\uDCB8', { size: 15, weight: 600, hug: true }),
          primary('Plug in Stripe', pick),
        ]),
      ]),
    ]),
    col('Frame 113', { w: 820, pad: 20, radius: 14, fill: '#FFFFFF', stroke: '#ECE8F6', gap: 8 }, [
      T('Projects', { size: 16, weight: 700 }),
      ...['Brand refresh \u2014 Oakline', 'Website sprint \u2014 Fernhill', 'Q3 retainer \u2014 Moss & Co'].map((p) =>
        row('Frame 114', { fillW: true, justify: 'SPACE_BETWEEN', pad: [8, 0] }, [T(p, { size: 14, hug: true }), row('Auto layout', { gap: 14 }, [T('Edit', { size: 13, color: PURPLE, hug: true }), T('Delete project', { size: 13, color: '#C0392B', hug: true })])]),
      ),
    ]),
  ]),
);

// J. settings > integrations (view live, unplug, syncing)
const th = (t, w) => T(t, { size: 12, weight: 600, color: MUTED, w });
const liveRow = (name, ref, since, last, status, syncing) =>
  row('Frame 120', { w: 1000, pad: [14, 16], gap: 0, fill: '#FFFFFF' }, [
    row('Auto layout', { w: 260, gap: 10 }, [R('logo', { w: 28, h: 28, radius: 6, fill: img(ref) }), T(name, { size: 14, weight: 600, hug: true })]),
    T(since, { size: 14, w: 200 }),
    T(last, { size: 14, w: 200 }),
    row('Auto layout', { w: 200, gap: 8 }, [syncing ? E('spinner', { w: 14, h: 14, stroke: PURPLE, strokeWeight: 2 }) : E('dot', { w: 8, h: 8, fill: '#1DB46A' }), T(status, { size: 14, hug: true })]),
    T('Unplug', { size: 14, color: '#C0392B', w: 108, underline: true }),
  ]);
settings.children.push(
  sidebar('apps'),
  col('Main', { w: 1200, h: H, pad: [40, 48], gap: 18 }, [
    T('Apps & integrations', { size: 26, weight: 700 }),
    T('Everything Tickr is plugged into right now.', { size: 15, color: MUTED }),
    col('Table', { radius: 12, stroke: '#ECE8F6', fill: '#FFFFFF', gap: 0 }, [
      row('Header', { w: 1000, pad: [10, 16], gap: 0, fill: '#F7F5FC' }, [th('App', 260), th('Plugged in since', 200), th('Last sync', 200), th('Status', 200), th('', 108)]),
      liveRow('Xero', 'a1x9e0r0', '3 Mar 2025, 09:12', 'Today, 14:02', 'Syncing\u2026', true),
      liveRow('Stripe', 'e5s5t0r4', '4 Mar 2025, 16:40', '2 minutes ago', 'Live', false),
    ]),
    go(T('+ Plug in another app', { size: 14, weight: 600, color: PURPLE }), pick),
  ]),
);

// K. guide
guide.children.push(
  back(T('\u2190 Back', { size: 14, color: MUTED })),
  T('How plugging in works', { size: 26, weight: 700 }),
  T('1' + NB + NB + 'Pick your accounting app or payment processor.\n2' + NB + NB + 'Log in on their site and approve Tickr.\n3' + NB + NB + 'You land back here; the first sync takes a minute or two.\n4' + NB + NB + 'Stuck on permissions? Ask whoever owns the subscription to do step 2.', { size: 16 }),
  T('Which QuickBooks? Only QuickBooks Online plugs in today \u2014 QuickBooks Desktop isn\u2019t supported.', { size: 14, color: MUTED }),
);

const flowPage = canvas('3:0', 'Flow v3 \u2705', [signup, pricing, studio, plugin, pick, redirect, done, invite, dash, settings, guide], {
  flowStartingPoints: [{ nodeId: signup.id, name: 'Onboarding' }],
  prototypeStartNodeID: signup.id,
});

// ---------- page 1: cover ----------
page(1);
const cover = canvas('1:0', 'Cover', [F('Cover', { w: 1920, h: 960, x: 0, y: 0, fill: INK, dir: 'V', pad: 120, gap: 16 }, [T('Tickr \u2014 onboarding v3', { size: 72, weight: 700, color: '#FFFFFF' }), T('Status: ready for dev \u00B7 owner: product design', { size: 24, color: '#B9B1D6' })])]);

// ---------- page 4: emails ----------
page(4);
const emailBtn = (t) => F('Frame 7', { dir: 'H', pad: [12, 22], radius: 8, fill: PURPLE }, [T(t, { size: 15, weight: 600, color: '#FFFFFF', hug: true })]);
const email = F('Email / Welcome', { w: 640, x: 0, y: 0, fill: '#FFFFFF', dir: 'V', pad: [40, 48], gap: 20 }, [
  row('Frame 2', { gap: 8 }, [Vec('Vector', { w: 22, h: 22, fill: PURPLE }), T('tickr', { size: 20, weight: 700, hug: true })]),
  T('Hey Sam \uD83D\uDC4B you\u2019re in!', { size: 26, weight: 700 }),
  T('Three tiny things and Tickr starts paying for itself:', { size: 16 }),
  T('1  Start a timer on any project\n2  Plug in Xero or QuickBooks Online so invoices land in your books\n3  Send your first invoice and watch it get paid', { size: 16 }),
  emailBtn('Plug in my accounting app'),
  T('Get paid quicker by plugging in Stripe too \u2014 paid invoices tick themselves off.', { size: 15, color: MUTED }),
  emailBtn('Hook up Stripe'),
  T('\u2014 The Tickr crew', { size: 14, color: MUTED }),
]);
const emailsPage = canvas('4:0', '\u2709\uFE0F Emails', [email]);

// ---------- page 5: archive ----------
page(5);
const tourOld = F('Tour (old)', { w: W, h: H, x: 0, y: 0, fill: '#FFFFFF', dir: 'V', pad: [200, 400], gap: 20, align: 'CENTER' }, [
  T('New: retainers are here \uD83D\uDE80', { size: 32, weight: 700 }),
  T('Bill a fixed monthly fee and track hours against it.', { size: 16, color: MUTED }),
  row('Frame 3', { gap: 16 }, [F('Frame 4', { dir: 'H', pad: [12, 24], radius: 10, fill: PURPLE }, [T('Show me', { size: 15, color: '#FFFFFF', hug: true })]), T('Skip', { size: 15, color: MUTED, hug: true })]),
]);
const oldConnect = F('connect v1 (do not use)', { w: W, h: H, x: 1600, y: 0, fill: '#FFFFFF', dir: 'V', pad: [120, 200], gap: 16 }, [
  T('Connect accounting', { size: 28, weight: 700 }),
  T('Trusted by 8,000 agencies worldwide', { size: 14, color: MUTED, hidden: true }),
  F('Frame 9', { dir: 'H', pad: [12, 24], radius: 10, fill: '#999999' }, [T('Connect', { size: 15, color: '#FFFFFF', hug: true })]),
]);
const archivePage = canvas('5:0', 'Archive', [tourOld, oldConnect]);

const doc = docOf('Tickr \u2014 Onboarding (v3)', '2025-05-14T10:22:31Z', [cover, compsPage, flowPage, emailsPage, archivePage]);

save(OUT, 'd28-agency-time-billing-desktop', doc, {
  kind: 'onboarding',
  description: 'Tickr, time tracking and invoicing for creative agencies, desktop 1440x900. Playful copy ("plug in your money tools"). Sign-up with a founder testimonial, studio setup, a plug-in screen with a three-part value/data/CTA message, a grouped platform picker (Accounting / Getting paid), a redirect overlay, a connected/pending status screen, a dashboard with an in-chart prompt, and an integrations table with sync times, a syncing spinner and Unplug links. Welcome email on its own page. Pricing is a dead end.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas',
    'privacy.data-scope', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.prefill', 'value.faq-link', 'value.progress-meter',
    'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts',
    'platform.search', 'platform.alternatives', 'connection.refresh',
  ],
  notes: {
    'funnel.greeting-email': 'Email page: numbered 1-2-3 list with plugging in the accounting app as step 2, plus two buttons (accounting, Stripe).',
    'funnel.three-actions': 'Sign-up -> studio setup -> plug-in screen: two clicks.',
    'funnel.cta-visible': 'Central button on the plug-in screen, and "Apps & integrations" is a permanent sidebar entry.',
    'funnel.social-proof': 'Founder quote with name and studio on the sign-up screen.',
    'value.three-part': 'Benefit (invoices land in your books), data use (reads clients/tax rates/accounts, writes drafts, reads payouts), one main button.',
    'value.contextual-ctas': '"Plug in Stripe" inside the empty paid-vs-outstanding chart on the dashboard.',
    'privacy.data-scope': 'Names the data read from the accounting app and written back, and what is read from the processor.',
    'privacy.disconnect-anytime': '"Unplug any app from Settings whenever you like".',
    'privacy.connection-guide': '"How plugging in works" link to the app\'s own step-by-step guide screen.',
    'privacy.powered-by': '"powered by" + Conduit wordmark under the connect card.',
    'privacy.mutual-nda': '"We\'ll happily sign a mutual one" (NDA).',
    'privacy.trust-language': 'The only encryption/never-shared line is a hidden layer.',
    'privacy.statistics': 'No figures; the "Trusted by 8,000 agencies" line is hidden and on the archive page.',
    'privacy.support-contacts': 'No phone, email or chat anywhere; only the guide.',
    'platform.search': 'The search field on the picker is hidden.',
    'platform.alternatives': 'No route for a missing app (no upload / request option).',
    'platform.non-linear': '"Ask a teammate" overlay (send link) and "Do this later".',
    'platform.multiple-connections': 'Connected vs waiting-to-approve badges and "Plug in another app".',
    'connection.delete': '"Unplug" per row in Apps & integrations.',
    'connection.refresh': 'No sync-now / refresh control; only status.',
    'connection.syncing-indicator': 'Spinner + "Syncing..." on the Xero row.',
    'value.progress-meter': 'No progress bar, step counter or meter.',
    'funnel.prefill': 'Nothing shown prefilled from connected data.',
  },
  flow: { startFrameId: signup.id, connectFrameId: plugin.id, stepsToConnect: 2, deadEnds: [pricing.id] },
});
console.log('d28 written');

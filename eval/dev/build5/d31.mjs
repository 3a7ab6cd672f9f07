// d31-vat-returns-desktop: UK VAT filing, 1366x768, terse and table-heavy. No prototype start set.
import { reset, page, T, F, R, Vec, E, C, I, go, hover, back, close, url, canvas, docOf, save, img, row, col, S, NB } from './lib.mjs';

reset();
const OUT = new URL('..', import.meta.url).pathname;
const INK = '#111827';
const MUTED = '#6B7280';
const BLUE = '#1D4ED8';
const LINE = '#E5E7EB';
const FONT = 'IBM Plex Sans';

// ---------- page 2: components ----------
page(2);
const btn = C('btn/primary', { dir: 'H', pad: [7, 14], radius: 4, fill: BLUE, x: 0, y: 0 }, [T('Label', { size: 13, weight: 600, color: '#FFFFFF', hug: true, font: FONT })]);
const btnHover = C('btn/primary:hover', { dir: 'H', pad: [7, 14], radius: 4, fill: '#1E40AF', x: 0, y: 60 }, [T('Label', { size: 13, weight: 600, color: '#FFFFFF', hug: true, font: FONT })]);
const dot = C('status-dot', { w: 8, h: 8, radius: 4, fill: '#16A34A', x: 200, y: 0 }, []);
const compsPage = canvas('2:0', 'Components', [btn, btnHover, dot]);

// ---------- page 1: screens ----------
page(1);
const W = 1366;
const H = 768;
const t = (s, o = {}) => T(s, { size: 13, font: FONT, color: INK, ...o });
const scr = (name, x, y) => F(name, { w: W, h: H, x, y, fill: '#FFFFFF', dir: 'V', gap: 0, clip: true }, []);
const b = (label, dest, nav) => {
  const n = I(btn, 'btn/primary', { dir: 'H', pad: [7, 14], radius: 4, fill: BLUE }, [t(label, { weight: 600, color: '#FFFFFF', hug: true })]);
  if (dest) go(n, dest, nav);
  hover(n, btnHover);
  return n;
};
const link = (label, dest, nav) => {
  const n = t(label, { color: BLUE, hug: true });
  if (dest) go(n, dest, nav);
  return n;
};
// table: cols = [[header, width]], rows = [[cell...]] where a cell is a string or a node
const table = (name, cols, rows) =>
  col(name, { gap: 0, stroke: LINE }, [
    row('thead', { gap: 0, fill: '#F9FAFB' }, cols.map(([h, w]) => col('th', { w, pad: [8, 10] }, [t(h, { size: 11, weight: 600, color: MUTED })]))),
    ...rows.map((r) => row('tr', { gap: 0, stroke: LINE }, r.map((c, i) => col('td', { w: cols[i][1], pad: [8, 10] }, [typeof c === 'string' ? t(c) : c])))),
  ]);
const topNav = (active, dests) =>
  row('nav', { w: W, h: 48, pad: [0, 24], gap: 24, fill: INK }, [
    t('QUARTERLY', { weight: 700, color: '#FFFFFF', hug: true }),
    ...['Returns', 'Transactions', 'Connections', 'Settings'].map((n) => {
      const x = t(n, { color: n === active ? '#FFFFFF' : '#9CA3AF', weight: n === active ? 600 : 400, hug: true });
      if (dests[n] && n !== active) go(x, dests[n]);
      return x;
    }),
  ]);
const page1 = (kids) => col('body', { w: W, pad: [20, 24], gap: 14 }, kids);
const footer = () => t('Support: 020 3555 0148' + NB + '\u00B7 support@quarterly.co.uk \u00B7 Raise a ticket', { size: 11, color: MUTED });

const signup = scr('01 Sign up', 0, 0);
const org = scr('02 Organisation', 1466, 0);
const connect = scr('03 Connect', 2932, 0);
const vatd = scr('04 VAT details', 4398, 0);
const returns = scr('05 Returns', 0, 0);
const conns = scr('06 Connections', 1466, 0);
const submit = scr('07 Return Q1 2025', 2932, 0);
const done = scr('08 Submitted', 4398, 0);
const revoke = F('09 Disconnect?', { w: 440, h: 220, x: 1466, y: 868, fill: '#FFFFFF', radius: 6, stroke: LINE, dir: 'V', pad: 20, gap: 12 }, []);
const users = scr('10 Settings / Users', 2932, 868);
const dests = { Returns: returns, Connections: conns, Settings: users };

// 01 sign up (no prototype start: reads as sign-up)
signup.children.push(
  col('card', { w: 380, pad: 28, gap: 12, stroke: LINE, radius: 6, x: 493, y: 160 }, [
    t('QUARTERLY', { weight: 700 }),
    t('Create account', { size: 20, weight: 600 }),
    ...['Email', 'Password'].map((l) => col('f', { w: 324, gap: 4 }, [t(l, { size: 11, color: MUTED }), F('input', { w: 324, h: 34, radius: 4, stroke: '#D1D5DB' })])),
    b('Create account', org),
    t('MTD-compatible. HMRC recognised.', { size: 11, color: MUTED }),
  ]),
);
delete signup.layoutMode;
delete signup.itemSpacing;
for (const k of ['paddingTop', 'paddingBottom', 'paddingLeft', 'paddingRight', 'primaryAxisAlignItems', 'counterAxisAlignItems']) delete signup[k];

// 02 organisation
org.children.push(
  page1([
    t('Organisation', { size: 18, weight: 600 }),
    table('form', [['Field', 240], ['Value', 420]], [
      ['Trading name', 'e.g. Harbour Joinery Ltd'],
      ['You are', 'Business \u25CB  Agent \u25CB'],
      ['Returns per year', 'Quarterly \u25BE'],
    ]),
    b('Continue', connect),
  ]),
);

// 03 connect (terse table, mixed list, filter)
const cRow = (name, type) => [row('src', { gap: 8 }, [R('logo', { w: 18, h: 18, radius: 3, fill: img('q' + name.length) }), t(name, { hug: true })]), type, '\u2014', link('Connect', name === 'Xero' ? vatd : null)];
connect.children.push(
  page1([
    row('h', { gap: 12 }, [t('Connect data sources', { size: 18, weight: 600, hug: true }), t('Reads: sales, purchases, VAT codes, bank transactions. Writes: nothing.', { size: 12, color: MUTED, hug: true })]),
    row('filter', { w: 300, pad: [6, 10], radius: 4, stroke: '#D1D5DB', gap: 6 }, [Vec('Vector', { w: 12, h: 12, fill: MUTED }), t('Filter sources', { color: '#9CA3AF', hug: true })]),
    table('sources', [['Source', 320], ['Type', 180], ['Status', 180], ['', 120]], [
      cRow('Xero', 'Accounting'), cRow('QuickBooks', 'Accounting'), cRow('Barclays', 'Bank feed'), cRow('Sage', 'Accounting'),
      cRow('HSBC', 'Bank feed'), cRow('FreeAgent', 'Accounting'), cRow('Lloyds', 'Bank feed'), cRow('Starling', 'Bank feed'),
    ]),
    t('Encrypted in transit and at rest. Never shared with third parties without your consent.', { size: 11, color: MUTED }),
    t('You\u2019ll be redirected to the provider to sign in, then returned here.', { size: 11, color: MUTED, hidden: true }),
    row('links', { gap: 16 }, [url(t('Connection guide \u2197', { color: BLUE, underline: true, hug: true }), 'https://quarterly.co.uk/docs/connecting'), t('Mutual NDA available on request', { size: 12, color: MUTED, hug: true })]),
    footer(),
  ]),
);

// 04 VAT details prefilled
vatd.children.push(
  page1([
    row('h', { gap: 10 }, [t('VAT details', { size: 18, weight: 600, hug: true }), row('tag', { pad: [2, 6], radius: 3, fill: '#DCFCE7' }, [t('Prefilled from Xero', { size: 11, color: '#166534', hug: true })])]),
    table('details', [['Field', 240], ['Value', 420], ['Source', 160]], [
      ['VRN', 'GB 284 1937 55', 'Xero'], ['Legal name', 'Harbour Joinery Ltd', 'Xero'], ['Registered address', '7 Quay St, Bristol BS1 4DJ', 'Xero'],
      ['Company no.', '09812344', 'Xero'], ['Scheme', 'Standard (accrual)', 'Xero'], ['Stagger', 'Jan/Apr/Jul/Oct', 'Xero'],
    ]),
    b('Confirm', returns),
  ]),
);

// 05 returns (contextual prompt in the reconciliation panel)
returns.children.push(
  topNav('Returns', dests),
  row('cols', { gap: 20, pad: [20, 24], align: 'MIN' }, [
    col('main', { gap: 12 }, [
      t('Returns', { size: 18, weight: 600 }),
      table('periods', [['Period', 180], ['Due', 130], ['Box 1', 110], ['Box 4', 110], ['Box 5', 110], ['Status', 150]], [
        [link('Q1 2025', submit), '07/05/2025', '\u00A318,402.10', '\u00A36,211.40', '\u00A312,190.70', 'Draft'],
        ['Q4 2024', '07/02/2025', '\u00A315,880.00', '\u00A35,902.55', '\u00A39,977.45', 'Submitted'],
        ['Q3 2024', '07/11/2024', '\u00A316,120.35', '\u00A36,044.10', '\u00A310,076.25', 'Submitted'],
        ['Q2 2024', '07/08/2024', '\u00A314,993.80', '\u00A35,410.00', '\u00A39,583.80', 'Submitted'],
      ]),
    ]),
    col('side', { w: 300, pad: 14, stroke: LINE, radius: 6, gap: 8 }, [
      t('Bank reconciliation', { weight: 600 }),
      t('No bank feed. 41 transactions unmatched.', { size: 12, color: MUTED }),
      b('Connect bank feed', connect),
    ]),
  ]),
);

// 06 connections (live table, sync now, disconnect, syncing)
const status = (s, color) => row('st', { gap: 6 }, [I(dot, 'status-dot', { w: 8, h: 8, radius: 4, fill: color }), t(s, { hug: true })]);
const acts = (a) => row('acts', { gap: 12 }, a.map(([l, d, nav]) => link(l, d, nav)));
conns.children.push(
  topNav('Connections', dests),
  page1([
    row('h', { gap: 12, w: 1318, justify: 'SPACE_BETWEEN' }, [t('Connections', { size: 18, weight: 600, hug: true }), b('+ Add source', connect)]),
    table('live', [['Source', 220], ['Type', 120], ['First sync', 170], ['Last sync', 170], ['Status', 200], ['', 220]], [
      ['Xero', 'Accounting', '02/04/2025 09:01', '27/05/2025 14:22', row('st', { gap: 6 }, [E('spinner', { w: 10, h: 10, stroke: BLUE, strokeWeight: 2 }), t('Syncing\u2026', { hug: true })]), acts([['Sync now'], ['Disconnect', revoke, 'OVERLAY']])],
      ['Barclays Business \u2022\u2022' + '3318 (GBP)', 'Bank feed', '03/04/2025 10:15', '27/05/2025 06:00', status('Connected \u2713', '#16A34A'), acts([['Sync now'], ['Disconnect', revoke, 'OVERLAY']])],
      ['HSBC Business \u2022\u2022' + '7720 (GBP)', 'Bank feed', '\u2014', '\u2014', status('Pending authorisation', '#D97706'), acts([['Resume', connect]])],
    ]),
    footer(),
  ]),
);

// 07 submit return
submit.children.push(
  topNav('Returns', dests),
  page1([
    t('Return Q1 2025 (01/01/2025\u201331/03/2025)', { size: 18, weight: 600 }),
    table('boxes', [['Box', 80], ['Description', 520], ['Amount', 160]], [
      ['1', 'VAT due on sales', '\u00A318,402.10'], ['2', 'VAT due on EU acquisitions', '\u00A30.00'], ['3', 'Total VAT due', '\u00A318,402.10'],
      ['4', 'VAT reclaimed', '\u00A36,211.40'], ['5', 'Net VAT', '\u00A312,190.70'], ['6', 'Total sales ex VAT', '\u00A392,010.50'],
      ['7', 'Total purchases ex VAT', '\u00A331,057.00'], ['8', 'EU supplies', '\u00A30.00'], ['9', 'EU acquisitions', '\u00A30.00'],
    ]),
    row('a', { gap: 10 }, [b('Submit to HMRC', done), back(t('Cancel', { color: MUTED, hug: true }))]),
  ]),
);

// 08 submitted
done.children.push(
  topNav('Returns', dests),
  page1([t('Submitted. HMRC receipt 8841-2207-1193.', { size: 16, weight: 600 }), link('Back to returns', returns)]),
);

// 09 disconnect confirm (overlay)
revoke.children.push(
  t('Disconnect Xero?', { size: 15, weight: 600 }),
  t('Access is revoked immediately. Imported data stays.', { color: MUTED }),
  row('a', { gap: 10 }, [close(b('Disconnect')), close(t('Cancel', { color: MUTED, hug: true }))]),
);

// 10 settings / users (look-alikes)
users.children.push(
  topNav('Settings', dests),
  page1([
    t('Users', { size: 18, weight: 600 }),
    table('users', [['Name', 260], ['Role', 200], ['', 160]], [
      ['Tom Reed', 'Owner', '\u2014'], ['Aisha Khan', 'Bookkeeper', t('Remove user', { color: '#B91C1C', hug: true })], ['Connect Accountants LLP', 'Agent', t('Remove user', { color: '#B91C1C', hug: true })],
    ]),
    t('Delete organisation', { color: '#B91C1C', underline: true }),
  ]),
);

const onb = S('Onboarding', { x: 0, y: 0, w: 5964, h: 968, fill: '#F3F4F6' }, []);
for (const f of [signup, org, connect, vatd]) {
  f._x += 100;
  f._y += 100;
  onb.children.push(f);
}
const app = S('App', { x: 0, y: 1100, w: 5964, h: 1836, fill: '#F3F4F6' }, []);
for (const f of [returns, conns, submit, done, revoke, users]) {
  f._x += 100;
  f._y += 100;
  app.children.push(f);
}
const screensPage = canvas('1:0', 'Screens', [onb, app]);

// ---------- page 3: archive ----------
page(3);
const oldWelcome = F('welcome modal v1', { w: 600, h: 320, x: 0, y: 0, fill: '#FFFFFF', dir: 'V', pad: 24, gap: 10 }, [
  t('Welcome to Quarterly', { size: 18, weight: 600 }),
  t('Trusted by 12,000 UK businesses', { color: MUTED, hidden: true }),
  t('1 Add organisation  2 Connect  3 File', { color: MUTED, hidden: true }),
]);
const archivePage = canvas('3:0', 'Archive (v1)', [oldWelcome]);

const doc = docOf('Quarterly VAT \u2014 web app', '2025-05-29T12:00:03Z', [screensPage, compsPage, archivePage]);

save(OUT, 'd31-vat-returns-desktop', doc, {
  kind: 'onboarding',
  description: 'Quarterly, UK Making Tax Digital VAT filing, desktop 1366x768, very terse and table-heavy, frames in two SECTIONs (Onboarding, App). No prototype start is set, so the flow starts at the sign-up frame. Sign-up, organisation table, a single mixed sources table (accounting and bank feeds, short names, filter box, read/write line, encryption line, connection guide, NDA line, support footer), VAT details prefilled from Xero, returns table with a bank-feed prompt, and a Connections table with first/last sync, Syncing spinner, Sync now, Disconnect (with a revoke confirm) and a pending row.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.contextual-ctas',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
    'platform.search', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.social-proof',
    'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear',
  ],
  notes: {
    'funnel.three-actions': 'Sign up -> Organisation -> Connect: two clicks.',
    'funnel.cta-visible': 'Connect table is the main content of step 3; "Connections" is a permanent top-nav entry.',
    'funnel.prefill': 'VAT details table "Prefilled from Xero" (VRN, legal name, address, company number).',
    'value.contextual-ctas': '"Connect bank feed" inside the bank reconciliation panel of Returns.',
    'value.three-part': 'No benefit statement; only the table and a read/write line.',
    'value.faq-link': 'Only a how-to connection guide; no FAQ/benefits link.',
    'privacy.data-scope': '"Reads: sales, purchases, VAT codes, bank transactions. Writes: nothing."',
    'privacy.trust-language': '"Encrypted in transit and at rest. Never shared with third parties without your consent."',
    'privacy.connection-guide': '"Connection guide" link to the product\'s docs.',
    'privacy.support-contacts': 'Footer with phone, email and "Raise a ticket".',
    'privacy.mutual-nda': '"Mutual NDA available on request".',
    'privacy.consent-action': 'No checkbox before connecting.',
    'privacy.disconnect-anytime': 'Nothing at connect time says you can disconnect later (the Disconnect control is only in Connections).',
    'privacy.statistics': 'The only figure is hidden on the archive page.',
    'platform.explain-redirect': 'The redirect line is a hidden layer.',
    'platform.grouped-categories': 'Accounting and bank feeds mixed in one table, only a Type column.',
    'platform.accurate-branding': 'Bare "QuickBooks", "Sage", "Barclays" with no product names.',
    'platform.search': '"Filter sources" box over the table.',
    'platform.alternatives': 'No upload or request path for a missing source.',
    'platform.non-linear': 'No skip, save-for-later or invite in onboarding.',
    'platform.multiple-connections': '"+ Add source", Connected / Pending authorisation statuses with "Resume".',
    'connection.view-live': 'Connections table: source, type, first sync, last sync, account currency.',
    'connection.delete': '"Disconnect" with a revoke-access confirm.',
    'connection.refresh': '"Sync now" per connection.',
    'connection.syncing-indicator': 'Spinner + "Syncing..." on the Xero row.',
  },
  flow: { startFrameId: signup.id, connectFrameId: connect.id, stepsToConnect: 2, deadEnds: [] },
});
console.log('d31 written');

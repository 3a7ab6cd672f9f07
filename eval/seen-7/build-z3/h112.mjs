// h112 — wholesale ordering for US cleaning companies (mobile 375x812), links accounting + a bank; terse copy.
import {
  reset, onPage, frame, group, rect, ellipse, vector, line, instance, text,
  component, componentSet, canvas, writeFile, writeTruth, WRITTEN_BY,
} from './lib.mjs';

reset();
const W = 375;
const H = 812;
const TEAL = '#0B7A75';
const INK = '#14181F';
const MUTED = '#6B7480';

onPage(9);
const cbOff = component('State=Off', 0, 0, 20, 20, { fill: '#FFFFFF', stroke: '#9AA3AD', radius: 4 }, []);
const cbOn = component('State=On', 40, 0, 20, 20, { fill: TEAL, radius: 4 }, [vector('check', 4, 5, 12, 10, { fill: '#FFFFFF' })]);
const cbSet = componentSet('cb', 0, 0, 80, 40, [cbOff, cbOn]);
const pill = component('Btn', 0, 80, 327, 52, { fill: TEAL, radius: 26 }, [text('Label', 0, 16, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const rowComp = component('list row', 0, 160, 327, 56, { fill: '#FFFFFF' }, [text('Row', 56, 18, 200, 20, { size: 15 })]);
const tabComp = component('Tab bar', 0, 240, 375, 83, { fill: '#FFFFFF', stroke: '#E6E8EB' }, []);

onPage(2);
let seq = 0;
const statusBar = (dark = false) => frame('Status Bar', 0, 0, W, 44, {}, [
  text('9:41', 24, 14, 54, 18, { size: 15, weight: 600, color: dark ? '#FFFFFF' : INK, family: 'SF Pro Text' }),
  vector('Cellular', 292, 18, 17, 11, { fill: dark ? '#FFFFFF' : INK }),
  vector('Wifi', 314, 18, 15, 11, { fill: dark ? '#FFFFFF' : INK }),
  rect('Battery', 336, 17, 25, 12, { stroke: dark ? '#FFFFFF' : INK, radius: 3 }),
]);
const homeBar = () => rect('Home Indicator', 121, H - 13, 134, 5, { fill: INK, radius: 3 });
const cta = (label, y, o = {}) => instance('Btn', pill.id, 24, y, 327, 52, { go: o.go, old: o.old }, [
  text(label, 0, 16, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
const backChevron = () => vector('Vector', 16, 56, 12, 20, { fill: INK, back: true });
const tabBar = (active) => instance('Tab bar', tabComp.id, 0, H - 83, W, 83, {}, ['Shop', 'Orders', 'Account'].map((t, i) =>
  frame('Frame ' + (120 + i), 20 + i * 120, 8, 96, 44, { layout: 'VERTICAL', gap: 2, go: t === 'Account' && active !== 'Account' ? 'f9' : (t === 'Shop' && active !== 'Shop' ? 'f8' : undefined) }, [
    vector('Vector', 36, 0, 24, 24, { fill: t === active ? TEAL : MUTED }),
    text(t, 0, 28, 96, 14, { size: 11, weight: 500, color: t === active ? TEAL : MUTED, align: 'CENTER' }),
  ])));
const scr = (key, x, y, kids, o = {}) => frame('Frame ' + (++seq), x, y, W, H, { fill: o.fill || '#FFFFFF', key, clip: true }, [statusBar(o.dark), ...kids, homeBar()]);

// 1 marketing carousel
const f1 = scr('f1', 0, 0, [
  rect('Rectangle 2', 0, 0, W, 460, { fill: 'img:3c1f7d22e0ab' }),
  text('Skip', 310, 54, 44, 20, { size: 15, weight: 600, color: '#FFFFFF', go: 'f2' }),
  frame('Auto layout', 24, 500, 327, 200, { layout: 'VERTICAL', gap: 12 }, [
    text('Restock in two taps.', 0, 0, 327, 34, { size: 28, weight: 700 }),
    text('Mop heads, microfiber, chemicals.\nCase pricing. Next-day delivery in 48 states.', 0, 46, 327, 44, { size: 15, color: MUTED }),
    group('Group 3', 140, 120, 48, 8, [0, 1, 2].map((i) => ellipse('Ellipse ' + i, i * 20, 0, 8, 8, { fill: i === 0 ? TEAL : '#D0D5DA' }))),
  ]),
  cta('Get started', 720, { go: 'f2' }),
], { dark: true });

// 2 sign up
const f2 = scr('f2', 475, 0, [
  backChevron(),
  frame('Auto layout', 24, 100, 327, 520, { layout: 'VERTICAL', gap: 16 }, [
    text('Create account', 0, 0, 327, 32, { size: 26, weight: 700 }),
    ...['Company name', 'Work email', 'Password'].map((p, i) => frame('Frame ' + (40 + i), 0, 60 + i * 68, 327, 52, { fill: '#F4F6F8', radius: 12, layout: 'HORIZONTAL', padX: 16, padY: 16 }, [
      text(p, 16, 16, 295, 20, { size: 15, color: '#9AA3AD' }),
    ])),
    frame('Frame 47', 0, 276, 327, 40, { layout: 'HORIZONTAL', gap: 4 }, [
      text('By continuing you accept the', 0, 0, 200, 18, { size: 12, color: MUTED }),
      text('Terms', 200, 0, 60, 18, { size: 12, color: TEAL, deco: 'UNDERLINE', go: 'f12' }),
    ]),
  ]),
  cta('Continue', 720, { old: 'f3' }),
]);

// 3 link hub (connect frame)
const f3 = scr('f3', 950, 0, [
  frame('Auto layout', 24, 72, 327, 640, { layout: 'VERTICAL', gap: 16 }, [
    text('Get net-30 terms', 0, 0, 327, 32, { size: 26, weight: 700 }),
    text('Link books + bank. Up to $15k on terms.', 0, 44, 327, 22, { size: 15, color: MUTED }),
    frame('Frame 61', 0, 82, 327, 40, { layout: 'VERTICAL', gap: 6 }, [
      text('0 of 2 linked', 0, 0, 200, 16, { size: 12, weight: 600, color: TEAL }),
      rect('Rectangle 9', 0, 22, 327, 6, { fill: '#E3E7EA', radius: 3 }),
      rect('Rectangle 10', 0, 22, 8, 6, { fill: TEAL, radius: 3 }),
    ]),
    frame('Frame 62', 0, 140, 327, 176, { fill: '#F4F6F8', radius: 16, layout: 'VERTICAL', padX: 16, padY: 16, gap: 12 }, [
      frame('Frame 63', 16, 16, 295, 40, { layout: 'HORIZONTAL', gap: 12 }, [
        vector('Vector', 0, 8, 24, 24, { fill: TEAL }),
        text('Books: we read invoices + bills to size your limit.', 36, 0, 259, 40, { size: 14 }),
      ]),
      frame('Frame 64', 16, 68, 295, 40, { layout: 'HORIZONTAL', gap: 12 }, [
        vector('Vector', 0, 8, 24, 24, { fill: TEAL }),
        text('Bank: we check cash in/out to confirm the books.', 36, 0, 259, 40, { size: 14 }),
      ]),
      frame('Frame 65', 16, 120, 295, 40, { layout: 'HORIZONTAL', gap: 12 }, [
        vector('Vector', 0, 8, 24, 24, { fill: TEAL }),
        text('Read-only. We never write to either.', 36, 0, 259, 40, { size: 14 }),
      ]),
    ]),
    text('Bank-level encryption. Unlink anytime.', 0, 336, 327, 18, { size: 13, color: MUTED }),
    text('By linking you agree to our Privacy Policy.', 0, 360, 327, 18, { size: 12, color: MUTED }),
    frame('Frame 70', 0, 392, 327, 20, { layout: 'HORIZONTAL', gap: 6, hidden: true }, [
      instance('cb', cbOff.id, 0, 0, 20, 20, {}),
      text('I authorize Suds & Co. to access my financial data', 28, 0, 299, 20, { size: 12 }),
    ]),
  ]),
  cta('Link accounts', 620, { go: 'f4' }),
  frame('Frame 71', 24, 684, 327, 24, { layout: 'HORIZONTAL', gap: 8 }, [
    text('Later', 0, 0, 80, 20, { size: 15, weight: 600, color: TEAL, go: 'f8' }),
    text('·', 84, 0, 8, 20, { size: 15, color: MUTED }),
    text('Not your books? Send link', 96, 0, 231, 20, { size: 15, weight: 600, color: TEAL }),
  ]),
  group('Group 14', 108, 724, 160, 16, [
    text('Powered by', 0, 0, 70, 16, { size: 11, color: MUTED }),
    rect('codat-logo', 74, 0, 60, 16, { fill: 'img:7a0cd1f3b9' }),
  ]),
]);

// 4 choose
const rowsOf = (items, y0) => items.map(([nm, img], i) => instance(i === 0 ? 'list row' : 'Frame ' + (200 + y0 + i), rowComp.id, 0, y0 + i * 56, 327, 56, { go: 'f5' }, [
  rect('Rectangle 12', 0, 10, 36, 36, { fill: 'img:' + img, radius: 8 }),
  text(nm, 52, 18, 230, 20, { size: 15 }),
  vector('chevron', 310, 22, 8, 12, { fill: MUTED }),
]));
const f4 = scr('f4', 1425, 0, [
  backChevron(),
  frame('Auto layout', 24, 96, 327, 680, { layout: 'VERTICAL', gap: 12 }, [
    text('Pick one', 0, 0, 327, 32, { size: 26, weight: 700 }),
    frame('Frame 80', 0, 44, 327, 44, { fill: '#F4F6F8', radius: 22, layout: 'HORIZONTAL', padX: 14, gap: 8 }, [
      vector('Vector', 14, 12, 18, 18, { fill: MUTED, name: 'magnifier' }),
      text('Search 12,000+ banks & apps', 40, 12, 260, 20, { size: 15, color: '#9AA3AD' }),
    ]),
    text('ACCOUNTING', 0, 104, 200, 16, { size: 12, weight: 700, color: MUTED }),
    frame('Frame 81', 0, 126, 327, 224, { layout: 'VERTICAL', gap: 0 }, rowsOf([
      ['QuickBooks Online', 'qbo01'], ['Xero', 'xro02'], ['FreshBooks', 'frb03'], ['Sage Intacct', 'sgi04'],
    ], 0)),
    text('BANK', 0, 366, 200, 16, { size: 12, weight: 700, color: MUTED }),
    frame('Frame 82', 0, 388, 327, 168, { layout: 'VERTICAL', gap: 0 }, rowsOf([
      ['Chase Business', 'chs05'], ['Bank of America', 'boa06'], ['Wells Fargo', 'wf07'],
    ], 0)),
  ]),
]);

// 5 third-party sign-in
const f5 = scr('f5', 1900, 0, [
  text('Done', 16, 56, 50, 20, { size: 16, color: '#0A84FF', close: true }),
  text('🔒 appcenter.intuit.com', 110, 56, 200, 20, { size: 13, color: MUTED }),
  frame('Auto layout', 24, 120, 327, 520, { layout: 'VERTICAL', gap: 16 }, [
    text('Opens QuickBooks to sign in. Then back here.', 0, 0, 327, 40, { size: 14, color: MUTED, name: 'redirect note' }),
    rect('Rectangle 3', 113, 56, 100, 40, { fill: 'img:intuit-wordmark' }),
    text('Suds & Co. wants to access your QuickBooks Online company', 0, 112, 327, 44, { size: 17, weight: 600 }),
    frame('Frame 90', 0, 176, 327, 52, { fill: '#FFFFFF', stroke: '#C9CED4', radius: 6, layout: 'HORIZONTAL', padX: 12 }, [text('Bright Path Janitorial LLC', 12, 16, 300, 20, { size: 15 })]),
  ]),
  frame('Frame 91', 24, 680, 327, 48, { fill: '#2CA01C', radius: 6, layout: 'HORIZONTAL', padX: 16, padY: 14, go: 'f6' }, [
    text('Connect', 0, 14, 295, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]),
]);

// 6 syncing
const f6 = scr('f6', 2375, 0, [
  frame('Auto layout', 24, 300, 327, 200, { layout: 'VERTICAL', gap: 16 }, [
    ellipse('Ellipse 7', 139, 0, 48, 48, { stroke: TEAL, strokeWeight: 4, name: 'spinner' }),
    text('Syncing QuickBooks Online…', 0, 72, 327, 24, { size: 18, weight: 600, align: 'CENTER' }),
    text('~30 sec', 0, 104, 327, 18, { size: 13, color: MUTED, align: 'CENTER' }),
  ]),
  rect('Rectangle 5', 0, 0, W, H, { fill: '#FFFFFF', hidden: true }),
  frame('Frame 95', 24, 700, 327, 40, { go: 'f7', name: 'auto-advance' }, [text('Continue', 0, 10, 327, 20, { size: 15, color: TEAL, align: 'CENTER' })]),
]);

// 7 hub with status
const statusRow = (nm, badge, col, img, go) => frame('Frame ' + (300 + nm.length), 0, 0, 327, 64, { fill: '#F4F6F8', radius: 12, layout: 'HORIZONTAL', padX: 12, gap: 12, go }, [
  rect('Rectangle 12', 12, 14, 36, 36, { fill: 'img:' + img, radius: 8 }),
  text(nm, 60, 22, 150, 20, { size: 15, weight: 600 }),
  frame('Frame 31', 220, 20, 95, 24, { fill: col, radius: 12, layout: 'HORIZONTAL', padX: 8 }, [text(badge, 8, 3, 79, 18, { size: 12, weight: 600, align: 'CENTER' })]),
]);
const f7 = scr('f7', 2850, 0, [
  frame('Auto layout', 24, 72, 327, 560, { layout: 'VERTICAL', gap: 16 }, [
    text('1 to go', 0, 0, 327, 32, { size: 26, weight: 700 }),
    frame('Frame 61', 0, 44, 327, 40, { layout: 'VERTICAL', gap: 6 }, [
      text('1 of 2 linked', 0, 0, 200, 16, { size: 12, weight: 600, color: TEAL }),
      rect('Rectangle 9', 0, 22, 327, 6, { fill: '#E3E7EA', radius: 3 }),
      rect('Rectangle 10', 0, 22, 163, 6, { fill: TEAL, radius: 3 }),
    ]),
    statusRow('QuickBooks Online', 'Linked ✓', '#DDF3E8', 'qbo01'),
    statusRow('Bank', 'Not linked', '#FDEBD3', 'bank-generic', 'f4'),
    text('+ Add another', 0, 260, 200, 20, { size: 15, weight: 600, color: TEAL, go: 'f4' }),
  ]),
  cta('Done for now', 720, { go: 'f8' }),
]);

// 8 shop home
const product = (nm, price, i) => frame('Frame ' + (500 + i), (i % 2) * 167, Math.floor(i / 2) * 220, 160, 208, { fill: '#FFFFFF', stroke: '#ECEEF0', radius: 12 }, [
  rect('Rectangle 20', 0, 0, 160, 120, { fill: 'img:prod' + i, radius: 12 }),
  text(nm, 10, 128, 140, 36, { size: 13 }),
  text(price, 10, 172, 140, 20, { size: 15, weight: 700 }),
]);
const f8 = scr('f8', 3325, 0, [
  frame('Auto layout', 24, 64, 327, 640, { layout: 'VERTICAL', gap: 14 }, [
    text('Shop', 0, 0, 200, 32, { size: 26, weight: 700 }),
    frame('Frame 400', 0, 44, 327, 64, { fill: '#E7F4F3', radius: 12, layout: 'HORIZONTAL', padX: 14, padY: 12 }, [
      text('Net-30 available', 14, 12, 200, 18, { size: 12, color: MUTED }),
      text('$15,000.00', 14, 32, 200, 22, { size: 18, weight: 700 }),
    ]),
    frame('Frame 401', 0, 124, 327, 440, { layout: 'HORIZONTAL', gap: 7 }, [
      product('Microfiber cloths 16", case of 144', '$86.40', 0),
      product('Wet mop head, 24 oz, blue (12)', '$54.00', 1),
      product('Neutral floor cleaner, 4×1 gal', '$39.96', 2),
      product('Trash liners 40–45 gal, 250 ct', '$48.75', 3),
    ]),
  ]),
  tabBar('Shop'),
]);

// 9 account -> linked accounts
const f9 = scr('f9', 3800, 0, [
  frame('Auto layout', 24, 64, 327, 640, { layout: 'VERTICAL', gap: 12 }, [
    text('Linked accounts', 0, 0, 327, 32, { size: 26, weight: 700 }),
    ...[
      ['QuickBooks Online', 'Linked Mar 3 · Synced 2h ago', 'qbo01'],
      ['Chase Business ··4411', 'USD checking · Linked Mar 3', 'chs05'],
    ].map(([nm, meta, img], i) => frame('Frame ' + (600 + i), 0, 48 + i * 84, 327, 72, { fill: '#F4F6F8', radius: 12, layout: 'HORIZONTAL', padX: 12, gap: 12 }, [
      rect('Rectangle 12', 12, 18, 36, 36, { fill: 'img:' + img, radius: 8 }),
      frame('Frame 33', 60, 14, 190, 44, { layout: 'VERTICAL', gap: 2 }, [
        text(nm, 0, 0, 190, 20, { size: 15, weight: 600 }),
        text(meta, 0, 22, 190, 16, { size: 12, color: MUTED }),
      ]),
      text('Unlink', 262, 26, 52, 20, { size: 14, weight: 600, color: '#C62828', go: ['f10', 'OVERLAY'] }),
    ])),
    text('+ Link account', 0, 230, 200, 20, { size: 15, weight: 600, color: TEAL, go: 'f4' }),
    line(0, 276, 327),
    text('Help', 0, 296, 200, 20, { size: 15 }),
    text('Pro delivery — $12/mo, cancel anytime', 0, 332, 327, 20, { size: 15 }),
    text('Delete account', 0, 368, 200, 20, { size: 15, color: '#C62828' }),
  ]),
  tabBar('Account'),
]);

// 10 unlink confirm sheet (overlay)
const f10 = frame('Frame ' + (++seq), 4275, 0, W, 300, { fill: '#FFFFFF', radius: 20, key: 'f10' }, [
  text('Unlink Chase?', 24, 28, 327, 26, { size: 20, weight: 700 }),
  text('Access is revoked now. Terms limit may drop.', 24, 64, 327, 40, { size: 14, color: MUTED }),
  frame('Frame 700', 24, 130, 327, 52, { fill: '#C62828', radius: 26, close: true }, [text('Unlink', 0, 16, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  text('Keep', 24, 206, 327, 20, { size: 16, weight: 600, color: TEAL, align: 'CENTER', close: true }),
]);

// 11 orders (no link flow)
const f11 = scr('f11', 4750, 0, [
  frame('Auto layout', 24, 64, 327, 600, { layout: 'VERTICAL', gap: 12 }, [
    text('Orders', 0, 0, 327, 32, { size: 26, weight: 700 }),
    text('#10482 · Delivered Mar 5 · $318.20\n#10455 · Delivered Feb 26 · $96.00\n#10431 · Delivered Feb 19 · $1,204.55', 0, 48, 327, 80, { size: 14 }),
  ]),
  tabBar('Orders'),
]);

// 12 terms (dead end)
const f12 = scr('f12', 5225, 0, [
  frame('Auto layout', 24, 72, 327, 700, { layout: 'VERTICAL', gap: 12 }, [
    text('Terms of Sale', 0, 0, 327, 32, { size: 26, weight: 700 }),
    text('1. Orders ship FOB origin.\n2. Net-30 subject to approval.\n3. Returns within 14 days, unopened.\n4. Prices exclude sales tax.', 0, 48, 327, 120, { size: 14 }),
  ]),
]);

const archive = (() => { onPage(10); return frame('old hub', 0, 0, W, H, { fill: '#FFFFFF' }, [text('Connect to QuickBooks', 24, 100, 327, 30, { size: 22, weight: 700 })]); })();
onPage(1);
const cover = frame('Thumbnail', 0, 0, 1600, 960, { fill: TEAL }, [text('Suds & Co. app — Terms onboarding', 80, 400, 1400, 80, { size: 60, weight: 700, color: '#FFFFFF' })]);

writeFile('h112-cleaning-supplies-wholesale-mobile.json', {
  name: 'Suds & Co — app v2', lastModified: '2026-03-09T18:04:11Z', version: '3390174522',
}, [
  canvas(1, 'Cover', [cover]),
  canvas(2, 'Flow – v2', [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12], { start: { legacy: 'f1' } }),
  canvas(9, 'Components', [cbSet, pill, rowComp, tabComp]),
  canvas(10, '🗄 Archive', [archive]),
]);

writeTruth('h112-cleaning-supplies-wholesale-mobile.truth.json', {
  file: 'h112-cleaning-supplies-wholesale-mobile.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Mobile (375x812) wholesale ordering app for US cleaning companies; to get net-30 terms the business links its accounting software and a business bank account. Terse copy; carousel, sign-up, link hub, grouped picker with search, third-party consent mock, syncing state, hub with status, shop, linked-accounts list, unlink sheet, orders and a dead-end Terms screen.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.social-proof', 'funnel.prefill', 'value.contextual-ctas', 'value.faq-link',
    'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
    'privacy.mutual-nda', 'platform.alternatives', 'connection.refresh',
  ],
  notes: {
    'funnel.three-actions': 'Carousel → Create account → link hub: 2 steps.',
    'value.three-part': 'Hub: net-30 up to $15k (value), books/bank each explained (use), one "Link accounts" button.',
    'value.progress-meter': '"0 of 2 linked" / "1 of 2 linked" bar grows per linked source.',
    'privacy.data-scope': 'Invoices + bills from books, cash in/out from bank, read-only, never written to.',
    'privacy.consent-action': 'Only a passive "By linking you agree" line; the checkbox row is a hidden layer.',
    'privacy.support-contacts': 'Only a bare "Help" row on the account tab.',
    'privacy.powered-by': '"Powered by" with a provider logo under the hub buttons.',
    'platform.explain-redirect': '"Opens QuickBooks to sign in. Then back here."',
    'platform.grouped-categories': 'ACCOUNTING and BANK headings over separate lists.',
    'platform.accurate-branding': 'QuickBooks Online, Sage Intacct, Chase Business with logos.',
    'platform.search': '"Search 12,000+ banks & apps" field with magnifier.',
    'platform.non-linear': '"Later · Not your books? Send link" on the hub.',
    'platform.multiple-connections': '"Linked ✓" / "Not linked" badges plus "+ Add another".',
    'connection.view-live': 'Linked accounts with link date, last sync, account currency.',
    'connection.delete': '"Unlink" per account with a revoke confirmation sheet.',
    'connection.refresh': 'No sync-now control.',
    'connection.syncing-indicator': 'Spinner with "Syncing QuickBooks Online…".',
    'value.contextual-ctas': 'Shop and orders screens carry no link prompts.',
  },
  flow: { startFrameId: f1.id, connectFrameId: f3.id, stepsToConnect: 2, deadEnds: [f12.id] },
});

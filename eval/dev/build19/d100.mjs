// d100: repair tracking and payments for bike shops, mobile 375x812. Older prototype fields only (transitionNodeID, prototypeStartNodeID).
import { Doc, T, col, row, fixedW, rect, checkbox, btnFrame, link, searchField, field, screen, solid, countNodes } from './lib.mjs';
import { writeFileSync } from 'node:fs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'd100-bike-shop-repairs-mobile';
const d = new Doc('Spokeshop app', { oldProto: true, font: 'Roboto' });
const W = 375, H = 812;
const GREEN = '#0F7B5F';
const B = (label, o = {}) => btnFrame(label, { fill: GREEN, radius: 24, ...o });
const B2 = (label, o = {}) => btnFrame(label, { fill: '#E6F2EE', color: GREEN, radius: 24, ...o });
const bar = (d2, x, y, w) => row({ name: 'iOS / Status', h: 44 }, [T('9:41', { size: 15, weight: 600 }), fixedW(60, T('\u25CF\u25CF\u25CF', { size: 12 }))])(d2, x + 16, y, w - 32);
const meter = (n) => row({ name: 'Frame 77', gap: 8 }, [
  (dd, x, y, w) => dd.node('FRAME', 'Frame 78', x, y + 4, w, 6, { fills: solid('#DDE7E3'), cornerRadius: 3, children: [dd.node('RECTANGLE', 'Rectangle 4', x, y + 4, (w * n) / 3, 6, { fills: solid(GREEN), cornerRadius: 3 })] }),
  fixedW(70, T(`${n} of 3 set`, { size: 12, color: '#555555' })),
]);

d.newPage(1);
const F = {}; for (const k of ['signup', 'till', 'consent', 'syncing', 'profile', 'sources', 'home', 'settings', 'disconnect', 'upload', 'pricing', 'account']) F[k] = d.id();
const appRow = (name, init, o = {}) => (dd, x, y, w) => dd.node('FRAME', 'Frame ' + (dd.n + 200), x, y, w, 56, { fills: solid('#FFFFFF'), strokes: solid('#E3E3E3'), strokeWeight: 1, cornerRadius: 12, layoutMode: 'HORIZONTAL', to: o.to, children: [
  dd.node('VECTOR', 'Vector', x + 14, y + 14, 28, 28, { fills: solid(o.color || '#333333') }),
  dd.text(init, x + 20, y + 20, 16, { size: 11, color: '#FFFFFF', weight: 700, name: init }),
  dd.text(name, x + 54, y + 18, w - 120, { size: 16, weight: 500 }),
  dd.text(o.badge || '›', x + w - 110, y + 19, 96, { size: o.badge ? 12 : 18, color: o.badgeColor || '#999999', align: 'RIGHT' }),
] });
const tabbar = (dd, x, y, w) => row({ name: 'Tab Bar', h: 83, fill: '#FFFFFF', gap: 0 }, ['Repairs', 'Payments', 'Settings'].map((t) => T(t, { size: 11, align: 'CENTER', to: t === 'Settings' ? F.settings : t === 'Repairs' ? F.home : undefined })))(dd, x, y + H - 83, w);

const s = [];
s.push(screen(d, 'Create account', 0, 0, W, H, F.signup, [
  col({ name: 'Frame 1', gap: 16 }, [
    T('🚲 Spokeshop', { size: 22, weight: 700, color: GREEN }),
    T('Every repair, tracked\nfrom drop-off to paid', { size: 26, weight: 700 }),
    field('Email', 'you@yourshop.com', { placeholder: true }),
    field('Password', 'At least 8 characters', { placeholder: true }),
    B('Create account', { to: F.till }),
    T('Plans start at $0 → see pricing', { size: 14, color: GREEN, deco: 'UNDERLINE', to: F.pricing }),
  ]),
], { before: [bar], top: 64, pad: 20 }));

s.push(screen(d, 'Hook up your till', 400, 0, W, 1080, F.till, [
  col({ name: 'Frame 2', gap: 14 }, [
    meter(1),
    T('Hook up your till', { size: 26, weight: 700 }),
    T('Pull tickets and sales straight in, so nobody rekeys a work order again.', { size: 15, color: '#444444' }),
    searchField('Find your POS or accounting app'),
    appRow('Lightspeed', 'L', { to: F.consent, color: '#E03A3E' }),
    appRow('Square', 'S', { to: F.consent, color: '#111111' }),
    appRow('QuickBooks', 'Q', { to: F.consent, color: '#2CA01C' }),
    appRow('Shopify', 'S', { to: F.consent, color: '#5E8E3E' }),
    appRow('Xero', 'X', { to: F.consent, color: '#13B5EA' }),
    appRow('Sage', 'S', { to: F.consent, color: '#00D639' }),
    link('Not listed? Upload a sales export (CSV) instead', { to: F.upload, color: GREEN }),
    link('How connecting works — setup guide', { color: GREEN }),
    T('🔒 Encrypted end to end. We never sell or hand your shop\u2019s data to anyone else.', { size: 13, color: '#444444' }),
    row({ name: 'pb', gap: 6 }, [fixedW(18, rect('Vector', 18, 18, { vector: true, fill: '#6B4EFF' })), T('Powered by Railyard', { size: 12, color: '#777777' })]),
    row({ name: 'Frame 3', gap: 10 }, [B2('Skip for now', { to: F.profile, h: 44 }), B2('Text it to my bookkeeper', { h: 44 })]),
  ]),
], { before: [bar], top: 56, pad: 20 }));

s.push(screen(d, 'Before connecting', 800, 0, W, H, F.consent, [
  col({ name: 'Sheet', gap: 16, pad: 20, fill: '#FFFFFF', radius: 16 }, [
    T('Connect Lightspeed', { size: 22, weight: 700 }),
    row({ name: 'Frame 5', gap: 10 }, [fixedW(20, checkbox('Rectangle 7')), T('I\u2019ve read the Privacy Policy and allow Spokeshop to connect to my Lightspeed account.', { size: 14 })]),
    link('Privacy Policy', { color: GREEN, size: 13 }),
    T('Changed your mind later? Disconnect in Settings any time.', { size: 13, color: '#555555' }),
    B('Connect', { to: F.syncing }),
    T('Cancel', { size: 15, color: '#777777', align: 'CENTER', to: F.till }),
  ]),
], { fill: '#0000004D', top: 380, pad: 12 }));

s.push(screen(d, 'Syncing', 1200, 0, W, H, F.syncing, [
  col({ name: 'Frame 6', gap: 18 }, [
    rect('Ellipse 1 (spinner)', 56, 56, { vector: true, fills: [], stroke: GREEN }),
    T('Syncing your last 90 days of tickets\u2026', { size: 20, weight: 700, align: 'CENTER' }),
    T('This usually takes under a minute.', { size: 14, color: '#666666', align: 'CENTER' }),
    B('Continue', { to: F.profile }),
  ]),
], { top: 300, pad: 40 }));

s.push(screen(d, 'Shop profile', 1600, 0, W, H, F.profile, [
  col({ name: 'Frame 7', gap: 14 }, [
    meter(2),
    T('Check your shop details', { size: 24, weight: 700 }),
    T('✨ Filled in from Lightspeed — edit anything that\u2019s off.', { size: 14, color: GREEN }),
    field('Shop name', 'Chainline Cycles', { bg: '#F3FAF7' }),
    field('EIN', '84-2930117', { bg: '#F3FAF7' }),
    field('Address', '1180 SE Hawthorne Blvd, Portland, OR 97214', { bg: '#F3FAF7' }),
    field('Shop phone', '(503) 555-0188', { bg: '#F3FAF7' }),
    B('Looks right', { to: F.sources }),
  ]),
], { before: [bar], top: 56, pad: 20 }));

s.push(screen(d, 'Your sources', 2000, 0, W, H, F.sources, [
  col({ name: 'Frame 8', gap: 14 }, [
    meter(2),
    T('Your sources', { size: 24, weight: 700 }),
    appRow('Lightspeed', 'L', { color: '#E03A3E', badge: 'Connected ✓', badgeColor: GREEN }),
    appRow('QuickBooks', 'Q', { color: '#2CA01C', badge: 'Needs approval', badgeColor: '#C77700' }),
    B2('+ Connect another', { to: F.till }),
    B('Done', { to: F.home }),
  ]),
], { before: [bar], top: 56, pad: 20 }));

s.push(screen(d, 'Repairs', 2400, 0, W, H, F.home, [
  col({ name: 'Frame 9', gap: 12 }, [
    T('Repairs', { size: 28, weight: 700 }),
    ...[['#4412 · Trek FX 3 · tune-up', 'Ready · $89.00'], ['#4413 · Surly LHT · rear wheel rebuild', 'Waiting on parts (Linkage bearing kit)'], ['#4414 · Brompton · brake bleed', 'In stand']].map(([a, b]) => col({ name: 'Frame 10', gap: 4, pad: 12, fill: '#FFFFFF', radius: 12, stroke: '#E3E3E3' }, [T(a, { size: 15, weight: 600 }), T(b, { size: 13, color: '#666666' })])),
    B('+ New ticket'),
  ]),
], { before: [bar], after: [tabbar], top: 56, pad: 20, fill: '#F6F6F4' }));

s.push(screen(d, 'Settings', 2800, 0, W, H, F.settings, [
  col({ name: 'Frame 11', gap: 12 }, [
    T('Settings', { size: 28, weight: 700 }),
    T('CONNECTED APPS', { size: 12, weight: 700, color: '#777777' }),
    ...[['Lightspeed', 'Since Apr 2 · last sync 8:02 AM today'], ['QuickBooks', 'Since Apr 2 · last sync 7:55 AM today']].map(([a, b]) => col({ name: 'Frame 12', gap: 8, pad: 12, fill: '#FFFFFF', radius: 12 }, [
      T(a, { size: 16, weight: 600 }), T(b, { size: 13, color: '#666666' }),
      row({ name: 'Frame 13', gap: 8 }, [B2('Sync now', { h: 36, size: 14 }), btnFrame('Disconnect', { fill: '#FDECEC', color: '#C62828', radius: 24, h: 36, size: 14, to: F.disconnect })]),
    ])),
    T('Account', { size: 16, to: F.account }),
  ]),
], { before: [bar], after: [tabbar], top: 56, pad: 20, fill: '#F6F6F4' }));

s.push(screen(d, 'Disconnect?', 3200, 0, W, H, F.disconnect, [
  col({ name: 'Alert', gap: 12, pad: 20, fill: '#FFFFFF', radius: 14 }, [
    T('Disconnect Lightspeed?', { size: 18, weight: 700, align: 'CENTER' }),
    T('Spokeshop loses access right away. Tickets already imported stay put.', { size: 14, align: 'CENTER' }),
    btnFrame('Disconnect', { fill: '#C62828', radius: 24, to: F.settings }),
    T('Cancel', { size: 15, align: 'CENTER', color: '#777777', to: F.settings }),
  ]),
], { fill: '#00000066', top: 280, pad: 28 }));

s.push(screen(d, 'Upload CSV', 0, 900, W, H, F.upload, [
  col({ name: 'Frame 14', gap: 14 }, [
    T('Upload a sales export', { size: 24, weight: 700 }),
    T('Export tickets or sales from your POS as CSV and drop the file here.', { size: 15 }),
    rect('Rectangle 20', 335, 180, { fill: '#FFFFFF', stroke: '#BBBBBB', radius: 12 }),
    B('Upload', { to: F.home }),
  ]),
], { before: [bar], top: 56, pad: 20 }));

s.push(screen(d, 'Pricing', 400, 900, W, H, F.pricing, [
  col({ name: 'Frame 15', gap: 14 }, [
    T('Pricing', { size: 28, weight: 700 }),
    col({ name: 'Frame 16', gap: 6, pad: 16, fill: '#E6F2EE', radius: 14 }, [T('Starter · $0', { size: 18, weight: 700 }), T('Up to 30 tickets a month', { size: 14 })]),
    col({ name: 'Frame 17', gap: 6, pad: 16, fill: '#E6F2EE', radius: 14 }, [T('Pro · $29/mo', { size: 18, weight: 700 }), T('Unlimited tickets, text updates to riders.\nCancel anytime.', { size: 14 })]),
  ]),
], { before: [bar], top: 56, pad: 20 }));

s.push(screen(d, 'Account', 800, 900, W, H, F.account, [
  col({ name: 'Frame 18', gap: 14 }, [
    T('‹ Settings', { size: 15, color: GREEN, to: F.settings }),
    field('Owner', 'Dana Whitfield'),
    field('Plan', 'Pro'),
    T('Delete account', { size: 15, weight: 600, color: '#C62828' }),
  ]),
], { before: [bar], top: 56, pad: 20 }));

d.addPage('Mobile', s, { prototypeStartNodeID: F.signup });
d.newPage(2);
d.addPage('Old – tour', [screen(d, 'Tour', 0, 0, W, H, d.id(), [
  rect('Rectangle 1', 335, 320, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'tour-bike' }], radius: 16 }),
  T('Text riders when their bike is ready', { size: 24, weight: 700 }),
  T('Skip', { size: 15, color: '#777777' }),
  T('Trusted by 3,000 shops', { size: 14, visible: false }),
], { top: 60, pad: 20 })]);

const out = d.write(`${OUT}${NAME}.json`);
const present = ['funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.progress-meter', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.powered-by', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const absent = ['funnel.greeting-email', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding'];
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: 'dev writer W (from the checklist facts and the REST format only; repository not read)',
  description: 'Repair tracking and payments for bike shops, mobile 375x812. The POS/accounting hook-up screen comes right after sign-up; consent sheet, syncing, a shop profile filled from the POS, sources with statuses, repairs board and connected-apps settings with sync and disconnect. Plain frames with fills as buttons; prototype uses only transitionNodeID and the page prototypeStartNodeID.',
  present, absent,
  notes: {
    'funnel.greeting-email': 'No welcome email.',
    'funnel.three-actions': 'Create account → Hook up your till: one tap.',
    'funnel.cta-visible': 'The hook-up screen is the whole second screen, app rows tappable.',
    'funnel.social-proof': 'None visible (the only "trusted by" is hidden on an archive page).',
    'funnel.prefill': 'Shop profile "Filled in from Lightspeed" with name, EIN, address, phone.',
    'value.three-part': 'Only a one-line benefit; nothing on how the data is used.',
    'value.contextual-ctas': 'Repairs and payments screens have no prompt to connect.',
    'value.faq-link': 'No FAQ or learn-more about benefits.',
    'value.progress-meter': '"1 of 3 set" / "2 of 3 set" bar.',
    'privacy.data-scope': 'No statement of which data is read or in what direction.',
    'privacy.trust-language': '"Encrypted end to end. We never sell or hand your shop\u2019s data to anyone else."',
    'privacy.consent-action': 'Checkbox with Privacy Policy wording before Connect.',
    'privacy.disconnect-anytime': '"Disconnect in Settings any time."',
    'privacy.connection-guide': '"How connecting works — setup guide".',
    'privacy.statistics': 'No figures.',
    'privacy.support-contacts': 'No phone, email or chat anywhere.',
    'privacy.powered-by': '"Powered by Railyard" with mark.',
    'privacy.mutual-nda': 'No NDA.',
    'platform.explain-redirect': 'Nothing says the user goes to the POS site to sign in and comes back.',
    'platform.grouped-categories': 'POS and accounting apps mixed in one list with no headings.',
    'platform.accurate-branding': 'Bare, ambiguous names ("QuickBooks", "Sage", "Lightspeed", "Square") and letter tiles instead of logos.',
    'platform.search': '"Find your POS or accounting app" search field.',
    'platform.alternatives': '"Not listed? Upload a sales export (CSV)".',
    'platform.non-linear': '"Skip for now" and "Text it to my bookkeeper".',
    'platform.multiple-connections': '"+ Connect another", Connected ✓ and Needs approval badges.',
    'connection.view-live': 'Connected apps with since-date and last sync time.',
    'connection.delete': 'Disconnect button and confirmation.',
    'connection.refresh': '"Sync now".',
    'connection.syncing-indicator': 'Spinner screen "Syncing your last 90 days of tickets…".',
  },
  flow: { startFrameId: F.signup, connectFrameId: F.till, stepsToConnect: 1, deadEnds: [F.pricing] },
};
writeFileSync(`${OUT}${NAME}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
console.log(NAME, countNodes(out.document));

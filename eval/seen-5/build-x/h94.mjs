// h94 (negative): a council resident parking-permit app, iPhone 375x812, UK English.
import { T, R, V, F, S, C, E, buildFile, writeOut, go, back, close, WRITTEN_BY } from './lib.mjs';
import { statusBar, btnInst, btnFrame, btnGroup, link, checkRow, searchField, homeIndicator } from './ui.mjs';

const W = 375, H = 812;
const BLUE = '#1D4ED8', INK = '#0F172A', MUTED = '#64748B';
const dir = new URL('..', import.meta.url).pathname;
const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];

const screen = (name, key, x, body, extra = []) => F(name, { key, x, y: 0, w: W, h: H, fill: '#FFFFFF', clips: true }, [
  statusBar(W),
  F('Auto layout', { x: 0, y: 44, w: W, layout: 'VERTICAL', pad: 20, gap: 16 }, body),
  ...extra,
  F('Frame 5', { x: 0, y: H - 34, w: W, h: 34 }, [homeIndicator(W)]),
]);
const head = (t) => T(t, { size: 24, weight: 700, color: INK, w: 335 });
const p = (t) => T(t, { size: 15, color: MUTED, w: 335 });
const field = (label, value, w = 335) => F('Frame 20', { w, layout: 'VERTICAL', gap: 6 }, [T(label, { size: 13, weight: 600, color: INK }), F('Rectangle 21', { w, h: 46, radius: 6, stroke: '#94A3B8', layout: 'HORIZONTAL', padX: 12, padY: 13 }, [T(value, { size: 15, color: '#94A3B8', w: w - 24 })])]);
const backRow = () => F('Frame 9', { w: 335, layout: 'HORIZONTAL', gap: 6, align: 'CENTER', on: back() }, [V('Vector', { w: 9, h: 16, color: BLUE }), T('Back', { size: 15, color: BLUE })]);

const components = { name: 'Components', children: [
  C('Btn', { key: 'c_btn', x: 0, y: 0, w: 335, h: 50, fill: BLUE, radius: 8 }, [T('Label', { x: 16, y: 15, w: 303, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  C('Checkbox/off', { key: 'c_cb', x: 400, y: 0, w: 20, h: 20, radius: 3, stroke: INK }, []),
] };

const welcome = screen('Welcome', 'f_welcome', 0, [
  R('council crest', { w: 56, h: 56, image: 'northfield_crest_png', radius: 0 }),
  head('Resident parking, sorted'),
  p('Apply for, renew and manage your Northfield parking permits in one place.'),
  F('Frame 30', { w: 335, layout: 'HORIZONTAL', gap: 8, align: 'CENTER' }, [T('★★★★☆', { size: 14, color: '#F59E0B' }), T('Trusted by 300k residents', { size: 13, color: MUTED })]),
  btnInst('Create an account', 'c_btn', { fill: BLUE, radius: 8, on: go('f_address') }),
  btnFrame('Sign in', { fill: '#FFFFFF', color: BLUE, stroke: BLUE, radius: 8 }),
]);

const address = screen('Your address', 'f_address', 455, [
  backRow(), head('Where do you live?'),
  p('Permits are issued for the zone your home is in.'),
  searchField('Search address or postcode', { radius: 6, fill: '#FFFFFF', stroke: '#94A3B8' }),
  ...['12 Elm Grove, NF3 2QD', '14 Elm Grove, NF3 2QD', '16 Elm Grove, NF3 2QD'].map((a, i) => F('Frame 40', { w: 335, layout: 'HORIZONTAL', padY: 12, gap: 10, stroke: '#E2E8F0', on: i === 0 ? go('f_vehicle') : undefined }, [V('Vector', { w: 14, h: 18, color: MUTED }), T(a, { size: 15, w: 290 })])),
  link("Can't find it? Enter your address manually", { size: 14, color: BLUE }),
]);

const vehicle = screen('Link vehicle', 'f_vehicle', 910, [
  backRow(), head('Link your vehicle'),
  p('Enter the registration exactly as it appears on your V5C logbook.'),
  F('plate', { w: 335, h: 64, radius: 6, fill: '#FACC15', stroke: INK, layout: 'HORIZONTAL', padX: 16, padY: 14, gap: 12, align: 'CENTER' }, [R('Rectangle 50', { w: 26, h: 40, fill: BLUE, radius: 2 }), T('AB12 CDE', { size: 28, weight: 800, font: 'Charles Wright', w: 250 })]),
  btnInst('Find vehicle', 'c_btn', { fill: BLUE, radius: 8, on: go('f_permit') }),
  T('Vehicle details checked with the DVLA.', { size: 12, color: MUTED, w: 335 }),
]);

const permitCard = (nm, price, note, dest) => F('Frame 60', { w: 335, layout: 'VERTICAL', pad: 14, gap: 4, radius: 8, stroke: '#CBD5E1', on: dest ? go(dest) : undefined }, [
  F('Frame 61', { w: 307, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T(nm, { size: 15, weight: 600, w: 200 }), T(price, { size: 15, weight: 600 })]), T(note, { size: 12, color: MUTED, w: 307 })]);
const permit = screen('Choose permit', 'f_permit', 1365, [
  backRow(), head('Choose a permit'),
  T('Resident permits', { size: 18, weight: 700, color: INK }),
  permitCard('Zone C – 12 months', '£85', 'Ford Fiesta · AB12 CDE', 'f_pay'),
  permitCard('Zone C – 6 months', '£48', 'Ford Fiesta · AB12 CDE', 'f_pay'),
  T('Visitor permits', { size: 18, weight: 700, color: INK }),
  permitCard('Book of 10 visitor vouchers', '£15', 'Valid 08:00–18:30 on the day used'),
  permitCard('Carer permit', 'Free', 'Needs a letter from a GP or social worker'),
]);

const pay = screen('Payment', 'f_pay', 1820, [
  backRow(), head('Connect your bank card'),
  p('We’ll use this card for this permit and, if you choose, for automatic renewals.'),
  field('Card number', '1234 1234 1234 1234'),
  F('Frame 70', { w: 335, layout: 'HORIZONTAL', gap: 15 }, [field('Expiry', 'MM / YY', 160), field('CVC', '123', 160)]),
  T('🔒 Card details are stored securely by our payment processor.', { size: 12, color: MUTED, w: 335 }),
  checkRow('I agree to the permit terms and conditions', { kind: 'instance', comp: 'c_cb' }),
  btnGroup('Pay £85.00', { fill: BLUE, radius: 8, on: go('f_syncing') }),
]);

const syncing = screen('Syncing', 'f_syncing', 2275, [
  F('Frame 80', { w: 335, h: 420, layout: 'VERTICAL', padY: 160, gap: 16 }, [
    E('spinner', { w: 48, h: 48, stroke: BLUE }),
    T('Syncing permits…', { size: 18, weight: 600, w: 335, align: 'CENTER' }),
    T('Telling the enforcement officers’ handhelds about your new permit.', { size: 13, color: MUTED, w: 335, align: 'CENTER' }),
  ]),
  btnInst('Done', 'c_btn', { fill: BLUE, radius: 8, on: go('f_home') }),
]);

const tabs = () => F('Tab bar', { x: 0, y: H - 84, w: W, h: 50, stroke: '#E2E8F0', fill: '#FFFFFF', layout: 'HORIZONTAL' }, [['Permits', 'f_home'], ['Visitors', 'f_visitors'], ['Account', 'f_account']].map(([t, d]) =>
  F('Frame 90', { w: 125, h: 50, layout: 'VERTICAL', padY: 6, gap: 4, on: go(d) }, [V('Vector', { w: 22, h: 22, color: MUTED }), T(t, { size: 11, w: 113, align: 'CENTER', color: MUTED })])));
const home = screen('My permits', 'f_home', 0, [
  head('My permits'),
  F('Card', { w: 335, layout: 'VERTICAL', pad: 16, gap: 6, radius: 12, fill: '#EFF6FF' }, [
    F('Frame 101', { w: 303, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T('Zone C resident', { size: 16, weight: 700, w: 200 }), T('Active ✓', { size: 13, weight: 600, color: '#15803D' })]),
    T('AB12 CDE · expires 5 May 2026', { size: 13, color: MUTED, w: 303 }),
    link('Renew early', { size: 14, color: BLUE }),
  ]),
  link('+ Add another vehicle', { size: 14, color: BLUE, underline: false, weight: 600, on: go('f_vehicle') }),
  T('Pull down to refresh', { size: 12, color: MUTED, w: 335, align: 'CENTER' }),
], [tabs()]);

const visitors = screen('Visitors', 'f_visitors', 455, [
  head('Visitor vouchers'),
  p('7 of 10 left'),
  F('Frame 110', { w: 335, h: 8, radius: 4, fill: '#E2E8F0' }, [R('Rectangle 111', { x: 0, y: 0, w: 234, h: 8, radius: 4, fill: BLUE })]),
  field('Visitor registration', 'e.g. XY70 ABC'),
  btnInst('Activate voucher for today', 'c_btn', { fill: BLUE, radius: 8 }),
], [tabs()]);

const account = screen('Account', 'f_account', 910, [
  head('Account'),
  T('Linked vehicles', { size: 13, weight: 600, color: MUTED }),
  F('Frame 120', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', padY: 8 }, [T('Ford Fiesta · AB12 CDE', { size: 15, w: 240 }), T('Remove', { size: 14, color: '#B91C1C' })]),
  T('Payment', { size: 13, weight: 600, color: MUTED }),
  F('Frame 121', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', padY: 8 }, [T('Visa ••4242', { size: 15, w: 240 }), T('Change', { size: 14, color: BLUE })]),
  F('Frame 122', { w: 335, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', padY: 8, on: go('f_contact') }, [T('Contact the council', { size: 15, w: 240 }), V('Vector', { w: 8, h: 14 })]),
  T('Delete account', { size: 15, weight: 600, color: '#B91C1C' }),
], [tabs()]);

const contact = screen('Contact', 'f_contact', 1365, [
  backRow(), head('Contact the council'),
  T('Parking services\n0300 123 4567 (Mon–Fri, 9–5)\nparking@northfield.gov.uk', { size: 15, w: 335 }),
  btnFrame('Send us a message', { fill: BLUE, radius: 8, on: close() }),
]);

const flowPage = { name: 'App flow', starts: [['f_welcome', 'New resident']], children: [
  S('Apply', { x: 0, y: 0, w: 2700, h: 900 }, [welcome, address, vehicle, permit, pay, syncing]),
  S('Manage', { x: 2730, y: 0, w: 1900, h: 900 }, [home, visitors, account, contact]),
] };
const cover = { name: 'Cover', children: [F('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: BLUE }, [T('Northfield Parking — permits app', { x: 80, y: 380, size: 56, weight: 800, color: '#FFFFFF', w: 1200 })])] };

const built = buildFile({ name: 'Northfield Parking app', lastModified: '2025-02-21T11:40:00Z', version: '3300417719', pages: [cover, flowPage, components] });
const omitted = ['funnel.social-proof', 'privacy.statistics', 'privacy.support-contacts', 'connection.syncing-indicator'];
writeOut(dir, 'h94-negative-parking-permits', built, {
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Negative: a council resident parking-permit app (iPhone, UK). Residents link a vehicle registration and pay by card; no business connects accounting, banking or commerce software.',
  present: [],
  absent: ALL.filter((i) => !omitted.includes(i)),
  notes: {
    'funnel.cta-visible': '"Link your vehicle" and "Connect your bank card" are a registration lookup and a card payment form, not a software connection.',
    'privacy.trust-language': '"Card details are stored securely" is about a card payment, not a data connection.',
    'privacy.consent-action': 'The only checkbox accepts permit terms before paying.',
    'platform.grouped-categories': '"Resident permits"/"Visitor permits" group permit products, not integrations.',
    'platform.search': 'The search field looks up home addresses.',
    'platform.multiple-connections': '"+ Add another vehicle" adds a car, not a connection.',
    'connection.delete': '"Remove" a vehicle and "Delete account" do not revoke any connected data.',
    'connection.refresh': '"Pull down to refresh" reloads permits; nothing is connected.',
    'value.progress-meter': 'The bar counts visitor vouchers left.',
    'funnel.social-proof': 'Omitted: "Trusted by 300k residents" with stars is social proof for the app itself, not for connecting.',
    'privacy.statistics': 'Omitted: "300k residents" is a figure, though not about trust in a data connection.',
    'privacy.support-contacts': 'Omitted: the council phone and email are real support channels, in an app with no connection flow.',
    'connection.syncing-indicator': 'Omitted: "Syncing permits…" with a spinner syncs permits to enforcement devices, not connected business data.',
  },
  flow: { startFrameId: 'f_welcome', connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, { connectCandidates: [] });

import { Doc, t, rect, vec, col, row, btn, link, check, search, card, screen, field, componentLib, cover, emit, image, solid, IDS } from './lib.mjs';

const doc = new Doc('Wayfarer — booking web (UK)', { lastModified: '2026-11-16T10:12:55Z', version: '3120087765' });
const W = 1440, H = 1024, GAP = 1540;
const X = (i) => i * GAP;
const T = '#0A6CFF';
const header = () => row([row([vec(28, 28, { fill: T }), t('Wayfarer', { size: 20, weight: 700 })], { gap: 8, widths: [28], w: 200 }), t('Flights   Hotels   Car hire   Holidays', { size: 15 }), btn('Sign in', { kind: 'frame', secondary: true, fill: T, w: 100, h: 38, size: 14 })], { gap: 24, widths: [200, undefined, 100], pad: 16, name: 'Header' });
const footer = () => row([link('Contact support', { to: { url: 'https://wayfarer.travel/help/contact' }, underline: false, w: 130 }), link('Terms', { to: '@terms', underline: false, w: 60 }), t('© 2026 Wayfarer Travel Ltd', { size: 12, color: '#6B7280' })], { gap: 24, widths: [130, 60], pad: 16, name: 'Footer' });

const home = screen('@home', 'Home', X(0), 0, W, H + 400, [
  header(),
  col([
    t('✈️ Where to next?', { size: 40, weight: 700, color: '#FFFFFF' }),
    row([field('From', 'London (all airports)'), field('To', 'Lisbon (LIS)'), field('Depart', 'Fri 12 Dec'), field('Return', 'Mon 15 Dec'), field('Travellers', '2 adults')], { gap: 12 }),
    btn('Search flights', { kind: 'instance', componentId: '#btn', fill: '#FF8A00', w: 220, to: '@results' }),
  ], { gap: 16, pad: 40, fill: '#0B2A5B', radius: 20, name: 'Hero' }),
  row([t('★ 4.8', { size: 18, weight: 700, w: 70 }), t('Trusted by 10 million travellers · “Booked our whole honeymoon in ten minutes.” — Hannah & Tom', { size: 15, color: '#4B5260' })], { gap: 10, widths: [70], name: 'Frame 82' }),
  t('Stay somewhere special', { size: 24, weight: 700 }),
  t('Beachfront', { size: 18, weight: 600 }),
  row(['Algarve', 'Mallorca', 'Crete'].map((n) => card(n, { sub: 'from £89/night', to: '@hotel' })), { gap: 12 }),
  t('City breaks', { size: 18, weight: 600 }),
  row(['Lisbon', 'Copenhagen', 'Kraków'].map((n) => card(n, { sub: 'from £74/night', to: '@hotel' })), { gap: 12 }),
  t('Family-friendly', { size: 18, weight: 600 }),
  row(['Center Parcs', 'Lake Garda', 'Tenerife'].map((n) => card(n, { sub: 'from £110/night', to: '@hotel' })), { gap: 12 }),
  footer(),
]);
const results = screen('@results', 'Results', X(1), 0, W, H, [
  header(), search('Filter airlines', { radius: 8 }),
  ...[['TAP Air Portugal', '07:05 → 09:55 · Direct', '£142'], ['British Airways', '09:40 → 12:30 · Direct', '£168'], ['easyJet', '13:15 → 16:05 · Direct', '£96']].map(([a, s, p]) => row([rect(32, { w: 32, fills: [image('al-' + a.length)] }), col([t(a, { size: 16, weight: 600 }), t(s, { size: 13, color: '#6B7280' })], { gap: 2 }), t(p, { size: 20, weight: 700, w: 80 }), btn('Select', { kind: 'frame', fill: T, w: 100, h: 40, size: 14, to: '@details' })], { gap: 16, widths: [32, undefined, 80, 100], pad: 16, radius: 12, stroke: '#E5E7EB' })),
  footer(),
]);
const details = screen('@details', 'Flight details', X(2), 0, W, H, [
  header(), t('TAP Air Portugal · LHR → LIS', { size: 26, weight: 700 }),
  t('Fare: Classic · 1 cabin bag · 23 kg checked bag', { size: 15 }),
  col([t('Flex+ protection', { size: 16, weight: 600 }), t('Change dates for free. Cancel anytime up to 24 hours before departure.', { size: 14 })], { gap: 6, pad: 16, radius: 12, fill: '#EEF4FF' }),
  btn('Continue', { kind: 'group', fill: T, w: 220, to: '@passengers' }),
  footer(),
]);
const passengers = screen('@passengers', 'Passengers', X(3), 0, W, H, [
  header(), t('Who’s travelling?', { size: 26, weight: 700 }),
  row([field('First name', 'Hannah'), field('Last name', 'Okoye'), field('Date of birth', '14/03/1991')], { gap: 12 }),
  row([field('First name', 'Tom'), field('Last name', 'Okoye'), field('Date of birth', '02/09/1990')], { gap: 12 }),
  check('Email me deals and travel inspiration'),
  btn('Continue to payment', { kind: 'frame', fill: T, w: 260, to: '@payment' }),
  footer(),
]);
const payment = screen('@payment', 'Payment', X(4), 0, W, H, [
  header(), t('Payment', { size: 26, weight: 700 }),
  field('Card number', '•••• •••• •••• 4242'), row([field('Expiry', '08/28'), field('CVC', '•••')], { gap: 12, w: 400 }),
  row(['Visa', 'Mastercard', 'PayPal', 'Apple Pay'].map((n) => rect(24, { fills: [image('pm-' + n.length)], name: n })), { gap: 12, w: 400 }),
  btn('Pay £284', { kind: 'instance', componentId: '#btn', fill: '#FF8A00', w: 220, to: '@confirm' }),
  footer(),
]);
const confirm = screen('@confirm', 'Confirmation', X(5), 0, W, H, [
  header(), vec(56, 56, { fill: '#0E8A4F', name: 'check' }), t('You’re going to Lisbon!', { size: 28, weight: 700 }),
  t('Booking ref WF-7Q2KD · Confirmation sent to hannah@okoye.me', { size: 15 }),
  btn('Add a hotel', { kind: 'frame', secondary: true, fill: T, w: 180, to: '@hotel' }),
  footer(),
]);
const hotel = screen('@hotel', 'Hotel', X(6), 0, W, H, [
  header(), rect(300, { fills: [image('hotel')], radius: 16 }), t('Memmo Alfama Hotel', { size: 26, weight: 700 }),
  t('★★★★☆ 9.1 “Exceptional” · 2,318 reviews', { size: 15 }),
  btn('Reserve', { kind: 'frame', fill: T, w: 200, to: '@payment' }),
  footer(),
]);
const terms = screen('@terms', 'Terms', X(7), 0, W, H, [header(), t('Booking conditions', { size: 28, weight: 700 }), t('1. Your contract\n2. Prices\n3. Changes and cancellations', { size: 14 })]);

doc.page('Cover', 1, cover('Wayfarer', 'Booking web · UK'));
doc.page('Components', 2, componentLib(doc, { set: 'Button', def: 'primary/default', hover: 'primary/hover', card: 'Destination card' }));
doc.page('Web', 11, [
  () => ({ id: null, name: 'Booking', type: 'SECTION', absoluteBoundingBox: { x: -100, y: -100, width: 12600, height: 1700 }, fills: [solid('#FFFFFF')], children: [home, results, details, passengers, payment, confirm, hotel, terms].map((f) => f()) }),
], { flows: [{ nodeId: '@home', name: 'Book a flight' }] });

emit('d07-negative-travel-booking', doc, {
  kind: 'negative', connect: null,
  description: 'Wayfarer, a consumer travel-booking website (desktop 1440, UK English). Flight search → results → details → passengers → payment → confirmation, plus hotel page and Terms. No account or software connection. Look-alikes: "Trusted by 10 million travellers" with a quote, "Cancel anytime" on fare protection, "Contact support" footer link, hotel category headings over cards, a filter search field, a marketing-consent checkbox.',
  present: ['funnel.social-proof'],
  absent: IDS.filter((i) => !['funnel.social-proof', 'privacy.statistics', 'privacy.support-contacts'].includes(i)),
  notes: {
    'funnel.social-proof': 'Genuinely shown: "★ 4.8 · Trusted by 10 million travellers" with a customer quote.',
    'privacy.statistics': 'Unlabelled: a customer count is shown, but not about data protection/connection.',
    'privacy.support-contacts': 'Unlabelled: a single "Contact support" link only.',
    'privacy.disconnect-anytime': '"Cancel anytime" refers to fare cancellation.',
    'platform.grouped-categories': 'Beachfront / City breaks / Family-friendly group hotels, not integrations.',
    'platform.search': 'Flight search and airline filter, not over integrations.',
    'privacy.consent-action': 'The only checkbox is marketing email opt-in, not consent to connect data.',
  },
});

// h90-negative-museum-tickets: museum membership and ticket booking app. No business-software connection.
import { T, F, N, R, V, go, back, close, url, image, buildFile, save, countNodes, WRITTEN_BY } from './lib.mjs';
import { fr, rc, btnI, btnF, btnG, link, field, checkbox, spinner, badge, hr } from './kit.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 390;
const H = 844;
const RED = '#9F1D35';

const phone = (name, key, x, y, children, o = {}) => F(name, { key, x, y, w: W, h: H, fill: o.fill ?? '#FBF8F3', clipsContent: true }, [
  F('Status Bar', { x: 0, y: 0, w: W, h: 47, layout: 'H', pad: [0, 26, 0, 30], justify: 'SPACE_BETWEEN' }, [T('10:15', { size: 16, weight: 600 }), V('Levels', { w: 66, h: 12, fill: '#000000' })]),
  F(fr(), { x: 0, y: 56, w: W, layout: 'V', gap: o.gap ?? 16, pad: [8, 22, 24, 22] }, children),
]);
const p = (s, o = {}) => T(s, { w: 346, color: '#2B2623', ...o });
const main = (label, to, nav = 'NAVIGATE') => btnI(label, '@btn', { w: 346, fill: RED, radius: 4, py: 14, interactions: to ? [go(to, nav)] : undefined });

const components = [
  N('COMPONENT', 'Button/Filled', { key: 'btn', x: 0, y: 0, layout: 'H', pad: [14, 20, 14, 20], radius: 4, fill: RED }, [T('Label', { size: 16, weight: 600, color: '#FFFFFF' })]),
  N('COMPONENT', 'Ticket stub', { key: 'stub', x: 0, y: 100, w: 346, h: 120, fill: '#FFFFFF', radius: 8 }, [R(rc(), { x: 0, y: 0, w: 8, h: 120, fill: RED })]),
];

const welcome = phone('Welcome', 'welcome', 0, 0, [
  R(rc(), { w: 346, h: 360, radius: 6, fill: image('4a11w00d0a7e11c0') }),
  p('Hallwood Museum', { size: 30, weight: 700, family: 'Playfair Display' }),
  p('Tickets, exhibitions and your membership in one place.', { size: 15, color: '#6B5E57' }),
  main('Create an account', '@signup'),
  link('Sign in', { color: RED, underline: false }),
]);

const signup = phone('Sign up', 'signup', 490, 0, [
  p('Create your account', { size: 26, weight: 700, family: 'Playfair Display' }),
  field('Name', 'Ada Morrow', { w: 346 }),
  field('Email', 'ada.morrow@posteo.net', { w: 346 }),
  field('Password', '••••••••••', { w: 346 }),
  checkbox('rect', [p('Send me news about exhibitions and events', { size: 13, w: 300 })], { w: 346 }),
  main('Continue', '@home'),
]);

const tabBar = (active) => F('Tabs', { layout: 'H', w: 346, pad: [14, 0, 0, 0], justify: 'SPACE_BETWEEN' }, [['Explore', '@home'], ['Tickets', '@tickets'], ['Member', '@member'], ['Help', '@help']].map(([t, to]) =>
  p(t, { size: 12, w: 70, align: 'CENTER', weight: t === active ? 700 : 400, color: t === active ? RED : '#8A7F78', interactions: t === active ? undefined : [go(to)] })));

const home = phone('Explore', 'home', 980, 0, [
  p('Good morning, Ada', { size: 22, weight: 700, family: 'Playfair Display' }),
  F('Banner', { layout: 'V', gap: 8, pad: 16, w: 346, radius: 8, fill: '#F1E6DA' }, [
    p('Already a member?', { size: 15, weight: 700, w: 314 }),
    p('Link your membership card to skip the ticket queue and see your free-entry dates.', { size: 13, color: '#6B5E57', w: 314 }),
    btnF('Link your membership\u00a0card', { fill: '#2B2623', radius: 4, py: 9, interactions: [go('@linkcard')] }),
  ]),
  p('On now', { size: 18, weight: 700 }),
  ...[['Tides of Silver: Coastal Trade 1600–1800', 'Until 8 March · Gallery 4', 'e0000000000000a1'], ['The Night Garden', 'Free · West Wing', 'e0000000000000a2']].map(([a, b, r]) =>
    F(fr(), { layout: 'H', gap: 12, w: 346 }, [R(rc(), { w: 88, h: 88, radius: 6, fill: image(r) }), F(fr(), { layout: 'V', gap: 4 }, [p(a, { size: 15, weight: 600, w: 240 }), p(b, { size: 12, color: '#8A7F78', w: 240 })])])),
  main('Book a visit', '@book1'),
  tabBar('Explore'),
]);

const linkcard = phone('Link card', 'linkcard', 1470, 0, [
  p('Link your membership card', { size: 24, weight: 700, family: 'Playfair Display' }),
  p('You’ll find the 10-digit number on the back of your card, under the barcode.', { size: 14, color: '#6B5E57' }),
  R(rc(), { w: 346, h: 200, radius: 12, fill: image('ca7dca7dca7dca7d') }),
  field('Membership number', '0042 1189 73', { w: 346 }),
  field('Postcode on your membership', 'N16 7UR', { w: 346 }),
  main('Link card', '@member'),
  link('Not a member yet? See membership options', { size: 13, color: RED, interactions: [url('https://hallwoodmuseum.org/membership')] }),
]);

const member = phone('Membership', 'member', 0, 1000, [
  p('Your membership', { size: 24, weight: 700, family: 'Playfair Display' }),
  F('Card', { layout: 'V', gap: 6, pad: 20, w: 346, radius: 12, fill: RED }, [p('Friend of Hallwood · Joint', { size: 14, color: '#FFE4E9', w: 306 }), p('Ada Morrow', { size: 22, weight: 700, color: '#FFFFFF', w: 306 }), p('Member since 2019 · renews 1 Feb 2027', { size: 12, color: '#FFE4E9', w: 306 })]),
  F(fr(), { layout: 'H', gap: 8, pad: 12, w: 346, radius: 8, fill: '#F1E6DA' }, [spinner(14), p('Syncing tickets…', { size: 13, w: 280 })]),
  p('Member benefits', { size: 16, weight: 700 }),
  ...['Free entry to every exhibition', '10% off in the café and shop', 'Members’ evenings each season'].map((b) => p('•  ' + b, { size: 14 })),
  F(fr(), { layout: 'H', gap: 12, pad: 14, w: 346, radius: 8, stroke: '#E2D6CA', interactions: [go('@friends')] }, [V('People', { w: 22, h: 22, fill: RED }), p('Connect with friends', { size: 15, w: 280 })]),
  tabBar('Member'),
]);

const friends = phone('Friends', 'friends', 490, 1000, [
  p('Connect with friends', { size: 24, weight: 700, family: 'Playfair Display' }),
  p('See when friends are visiting and book together. We only show your first name and the days you plan to come.', { size: 14, color: '#6B5E57' }),
  btnF('Find friends from contacts', { fill: '#2B2623', radius: 4, w: 346, py: 13 }),
  btnG('Share invite link', { w: 346, h: 46, fill: '#F1E6DA', color: '#2B2623', radius: 4 }),
  T('‹ Back', { size: 14, color: RED, interactions: [back()] }),
]);

const slot = (t, sel) => F(fr(), { layout: 'H', pad: [10, 14, 10, 14], radius: 4, fill: sel ? RED : '#FFFFFF', stroke: '#E2D6CA' }, [T(t, { size: 14, color: sel ? '#FFFFFF' : '#2B2623' })]);
const book1 = phone('Book – step 1', 'book1', 980, 1000, [
  p('Step 1 of 2', { size: 12, weight: 600, color: RED }),
  F(fr(), { w: 346, h: 4, radius: 2, fill: '#E2D6CA' }, [R(rc(), { x: 0, y: 0, w: 173, h: 4, radius: 2, fill: RED })]),
  p('Choose a date and time', { size: 22, weight: 700, family: 'Playfair Display' }),
  F(fr(), { layout: 'H', gap: 8 }, ['Thu 27', 'Fri 28', 'Sat 29', 'Sun 30'].map((d, i) => slot(d, i === 2))),
  F(fr(), { layout: 'H', gap: 8 }, ['10:00', '11:30', '13:00', '14:30'].map((d, i) => slot(d, i === 1))),
  main('Next', '@book2'),
]);

const book2 = phone('Book – step 2', 'book2', 1470, 1000, [
  p('Step 2 of 2', { size: 12, weight: 600, color: RED }),
  F(fr(), { w: 346, h: 4, radius: 2, fill: RED }),
  p('Tickets', { size: 22, weight: 700, family: 'Playfair Display' }),
  ...[['Adult', '£18.00', '1'], ['Member', 'Free', '1'], ['Child (5–15)', '£9.00', '0']].map(([a, b, c]) =>
    F(fr(), { layout: 'H', pad: 14, w: 346, radius: 6, fill: '#FFFFFF', justify: 'SPACE_BETWEEN' }, [p(a, { size: 15, w: 150 }), p(b, { size: 14, w: 70 }), F(fr(), { layout: 'H', gap: 6 }, [T('−', { size: 16, color: '#8A7F78' }), badge(c, '#F1E6DA', '#2B2623'), T('+', { size: 16, color: RED })])])),
  hr(346),
  F(fr(), { layout: 'H', w: 346, justify: 'SPACE_BETWEEN' }, [p('Total', { size: 16, weight: 700, w: 100 }), p('£18.00', { size: 16, weight: 700, w: 80 })]),
  main('Pay with Apple Pay', '@done'),
]);

const done = phone('Booked', 'done', 0, 2000, [
  V('Tick', { w: 56, h: 56, fill: '#15803D' }),
  p('You’re booked', { size: 26, weight: 700, family: 'Playfair Display' }),
  p('Saturday 29 November, 11:30. Show this at the Great Hall entrance.', { size: 14, color: '#6B5E57' }),
  R('QR', { w: 180, h: 180, fill: image('9c0de9c0de9c0de9') }),
  btnF('Add to Apple Wallet', { fill: '#000000', radius: 8, w: 346, py: 13 }),
  link('Back to Explore', { color: RED, interactions: [go('@home')] }),
]);

const tickets = phone('Tickets', 'tickets', 490, 2000, [
  p('Your tickets', { size: 24, weight: 700, family: 'Playfair Display' }),
  N('INSTANCE', 'Ticket stub', { componentId: '@stub', w: 346, h: 120, fill: '#FFFFFF', radius: 8 }, [R(rc(), { x: 0, y: 0, w: 8, h: 120, fill: RED }), p('Sat 29 Nov · 11:30 · 2 people', { x: 24, y: 20, size: 15, weight: 600, w: 300 }), p('Tides of Silver + general admission', { x: 24, y: 50, size: 13, color: '#6B5E57', w: 300 })]),
  tabBar('Tickets'),
]);

const help = phone('Help', 'help', 980, 2000, [
  p('Help desk', { size: 24, weight: 700, family: 'Playfair Display' }),
  p('Our help desk is in the Great Hall, open 10:00–17:30 every day.', { size: 14, color: '#6B5E57' }),
  p('📞 020 7946 0321\n✉️ visit@hallwoodmuseum.org', { size: 14 }),
  ...['Accessibility and step-free routes', 'Lost property', 'Refunds and exchanges'].map((q) => F(fr(), { layout: 'H', pad: 14, w: 346, radius: 6, fill: '#FFFFFF' }, [p(q, { size: 14, w: 300 })])),
  btnF('Send us a message', { fill: '#FFFFFF', stroke: RED, color: RED, radius: 4, w: 346, py: 12, interactions: [go('@msg', 'OVERLAY')] }),
  tabBar('Help'),
]);

const msg = F('Message sheet', { key: 'msg', x: 1470, y: 2000, w: W, h: 420, fill: '#FFFFFF', radius: 16 }, [
  F(fr(), { x: 0, y: 0, w: W, layout: 'V', gap: 14, pad: 22 }, [
    p('Send us a message', { size: 18, weight: 700 }),
    field('Your message', 'I left an umbrella in the cloakroom on Saturday…', { w: 346 }),
    main('Send'),
    T('Cancel', { size: 14, color: '#8A7F78', interactions: [close()] }),
  ]),
]);

const cover = F('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: RED }, [T('Hallwood Museum app — members & booking', { x: 100, y: 400, size: 52, weight: 700, color: '#FFFFFF', w: 1240 })]);

const { doc } = buildFile({
  name: 'Hallwood Museum — App',
  lastModified: '2026-11-03T11:47:02Z',
  version: '4302288871',
  pages: [
    { name: 'Cover', base: 1, children: [cover] },
    { name: 'App flows', base: 40, children: [N('SECTION', 'Onboarding + booking', { x: 0, y: 0, fill: '#FFFFFF' }, [welcome, signup, home, linkcard, member, friends, book1, book2, done, tickets, help, msg])], flowStarts: [{ key: 'welcome', name: 'New visitor' }, { key: 'book1', name: 'Booking' }] },
    { name: 'Components', base: 7, children: components },
  ],
});

const truth = {
  file: 'h90-negative-museum-tickets.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Museum membership and ticket-booking iPhone app: welcome, sign-up, explore with a link-your-membership-card banner, card linking, membership with a ticket-syncing state, connect-with-friends, a two-step booking, confirmation, tickets and a help desk. No business connects accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.cta-visible': '"Link your membership card" attaches a visitor’s membership, not business software.',
    'value.progress-meter': '"Step 1 of 2" is the ticket-booking wizard.',
    'connection.syncing-indicator': '"Syncing tickets…" refers to the visitor’s own tickets.',
    'privacy.support-contacts': 'The help desk (phone, email, message form) supports museum visits, not a data connection.',
    'platform.non-linear': '"Connect with friends" is social, not sharing a connection step with a colleague.',
  },
  flow: { startFrameId: doc.document.children[1].children[0].children[0].id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
save(OUT, 'h90-negative-museum-tickets', doc, truth);
console.log('h90 nodes', countNodes(doc.document));

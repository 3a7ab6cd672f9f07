// d57 (negative): an event-ticketing app for fans, mobile 390x844. Consumer connections only
// (a music service, a payment card); no business software is connected anywhere.
import { builder, componentsPage, finishFile, truth, write, IDS } from './lib.mjs';

const base = 'd57-negative-event-ticketing';
const b = builder();
const W = 390;
const H = 844;
const neon = '#E11D48';
const night = '#0B0B14';

b.page();
const comp = componentsPage(b, 'UI kit', [
  { key: 'cta', name: 'Property 1=Default', label: 'Get tickets', w: 342, h: 54, fill: neon, hover: '#BE123C', radius: 27 },
], [{ key: 'card', name: 'event card', w: 342, h: 220, fill: '#1A1A2E' }]);

const screen = (name, key, i, kids) => b.frame(name, [(i % 6) * (W + 90), Math.floor(i / 6) * (H + 160), W, H], { fill: night, key, clips: true }, [
  b.frame('Status Bar', [0, 0, W, 47], {}, [b.text('9:41', [28, 16, 40, 18], { size: 15, weight: 600, color: '#FFFFFF', font: 'SF Pro Text' })]),
  ...kids,
]);
const white = (chars, box, props = {}) => b.text(chars, box, { color: '#FFFFFF', ...props });
const grey = (chars, box, props = {}) => b.text(chars, box, { color: '#A1A1AA', size: 14, ...props });
const tabs = (active) => b.al('Frame 8', [0, H - 84, W, 84], 'HORIZONTAL', { fill: '#111122', padX: 20, gap: 0 },
  [['Discover', 'home'], ['Tickets', 'tickets'], ['Account', 'account']].map(([t, to], i) => b.group('Group ' + (40 + i), [20 + i * 120, 12, 110, 44], [
    b.vector('Vector', [43, 0, 24, 24], { fill: t === active ? neon : '#71717A' }),
    b.text(t, [0, 28, 110, 14], { size: 11, align: 'CENTER', color: t === active ? '#FFFFFF' : '#71717A' }),
  ], { click: { to } })));

b.page();
const welcome = screen('Welcome', 'welcome', 0, [
  b.rect('Rectangle 1', [0, 0, W, 520], { image: 'cr0wd5' }),
  b.al('Auto layout', [24, 540, 342, 260], 'VERTICAL', { gap: 14 }, [
    white('Never miss the drop.', [0, 0, 342, 36], { size: 30, weight: 800 }),
    grey('Trusted by 5M fans · 4.8★ on the App Store', [0, 48, 342, 20]),
    b.btnInst('Sign up', [0, 90, 342, 54], comp.ids.cta, { fill: neon, radius: 27, click: { to: 'signup' } }),
    b.link('Skip', [0, 160, 342, 20], { color: '#A1A1AA', align: 'CENTER', click: { to: 'home' } }),
  ]),
]);
const signup = screen('Sign up', 'signup', 1, [
  b.al('Auto layout', [24, 100, 342, 500], 'VERTICAL', { gap: 14 }, [
    white('Create your account', [0, 0, 342, 32], { size: 26, weight: 700 }),
    b.frame('Frame 20', [0, 50, 342, 50], { fill: '#1A1A2E', radius: 12 }, [grey('Email', [16, 15, 300, 20])]),
    b.frame('Frame 21', [0, 112, 342, 50], { fill: '#1A1A2E', radius: 12 }, [grey('Password', [16, 15, 300, 20])]),
    b.btnFrame('Continue', [0, 186, 342, 54], { fill: neon, radius: 27, click: { to: 'taste' } }),
    b.btnFrame(' Continue with Apple', [0, 252, 342, 54], { fill: '#FFFFFF', color: '#000000', radius: 27 }),
  ]),
]);
const taste = screen('Your taste', 'taste', 2, [
  b.al('Auto layout', [24, 110, 342, 600], 'VERTICAL', { gap: 16 }, [
    white('🎧 Who do you listen to?', [0, 0, 342, 30], { size: 24, weight: 700 }),
    grey('Connect Spotify and we\u2019ll pick gigs from your top artists.', [0, 44, 342, 40]),
    b.btnFrame('Connect Spotify', [0, 100, 342, 54], { fill: '#1DB954', radius: 27, click: { to: 'spotify' } }),
    b.btnFrame('Link Apple Music', [0, 166, 342, 54], { fill: '#FA243C', radius: 27 }),
    b.link('Skip for now', [0, 240, 342, 20], { color: '#A1A1AA', align: 'CENTER', click: { to: 'home' } }),
  ]),
]);
const spotify = screen('Spotify connected', 'spotify', 3, [
  b.vector('Vector', [163, 300, 64, 64], { fill: '#1DB954' }),
  white('You\u2019re connected', [24, 390, 342, 30], { size: 24, weight: 700, align: 'CENTER' }),
  grey('Syncing your top artists…', [24, 430, 342, 20], { align: 'CENTER' }),
  b.btnFrame('Show me gigs', [24, 700, 342, 54], { fill: neon, radius: 27, click: { to: 'home' } }),
]);
const card = (title, venue, y, click) => b.instance('event card', [24, y, 342, 220], comp.ids.card, { fill: '#1A1A2E', radius: 16, click }, [
  b.rect('Rectangle ' + y, [0, 0, 342, 130], { image: 'ev' + y, radius: 16 }),
  white(title, [16, 142, 310, 22], { size: 17, weight: 700 }),
  grey(venue, [16, 170, 310, 18], { size: 13 }),
]);
const home = screen('Discover', 'home', 4, [
  white('Tonight near you', [24, 64, 342, 30], { size: 24, weight: 700 }),
  b.search('Search artists, venues, cities', [24, 108, 342, 44]),
  card('Fontaines D.C.', 'O2 Academy Brixton · Fri 8 Nov', 170, { to: 'event' }),
  card('Little Simz', 'Roundhouse · Sat 9 Nov', 404),
  tabs('Discover'),
]);
const event = screen('Event', 'event', 5, [
  b.rect('Rectangle 60', [0, 0, W, 340], { image: 'f0nt41ne5' }),
  b.vector('Vector', [20, 56, 24, 24], { fill: '#FFFFFF', click: { back: true } }),
  b.al('Auto layout', [24, 360, 342, 400], 'VERTICAL', { gap: 10 }, [
    white('Fontaines D.C.', [0, 0, 342, 32], { size: 26, weight: 800 }),
    grey('Fri 8 Nov · doors 19:00 · O2 Academy Brixton', [0, 40, 342, 20]),
    grey('1,204 fans going · 86 left', [0, 68, 342, 20], { color: neon }),
    b.btnInst('Get tickets · £38.50', [0, 110, 342, 54], comp.ids.cta, { fill: neon, radius: 27, click: { to: 'checkout' } }),
  ]),
]);
const checkout = screen('Checkout', 'checkout', 6, [
  b.al('Auto layout', [24, 80, 342, 700], 'VERTICAL', { gap: 14 }, [
    white('Checkout', [0, 0, 342, 30], { size: 24, weight: 700 }),
    grey('2 × General admission  £77.00\nFees  £6.20', [0, 44, 342, 40]),
    b.frame('Frame 70', [0, 100, 342, 60], { fill: '#1A1A2E', radius: 12 }, [
      b.vector('Vector', [16, 18, 32, 24], { fill: '#FFFFFF' }),
      white('Link your card', [60, 20, 240, 20], { size: 15, weight: 600 }),
    ]),
    b.btnFrame(' Pay', [0, 176, 342, 54], { fill: '#FFFFFF', color: '#000000', radius: 27 }),
    b.checkbox('I agree to the Terms of Sale', [0, 250, 342, 24], { parts: [b.text('I agree to the', [30, 2, 100, 20], { size: 13, color: '#D4D4D8' }), b.link('Terms of Sale', [132, 2, 120, 20], { size: 13, underline: true, color: '#FFFFFF' })] }),
    grey('🔒 Secure checkout · card details encrypted', [0, 290, 342, 20], { size: 12 }),
    b.btnInst('Pay £83.20', [0, 330, 342, 54], comp.ids.cta, { fill: neon, radius: 27, click: { to: 'tickets' } }),
  ]),
]);
const tickets = screen('My tickets', 'tickets', 7, [
  white('Tickets', [24, 64, 342, 30], { size: 24, weight: 700 }),
  b.al('Frame 80', [24, 110, 342, 30], 'HORIZONTAL', { gap: 10 }, [b.spinner([0, 4, 20, 20]), grey('Syncing tickets…', [30, 4, 300, 20])]),
  b.al('Frame 81', [24, 160, 342, 200], 'VERTICAL', { fill: '#1A1A2E', radius: 16, padX: 16, padY: 16, gap: 8 }, [
    white('Fontaines D.C. · 2 tickets', [16, 16, 300, 22], { size: 16, weight: 700 }),
    grey('Fri 8 Nov · O2 Academy Brixton', [16, 44, 300, 20]),
    b.rect('Rectangle 82', [16, 76, 120, 100], { fill: '#FFFFFF', name: 'qr' }),
    b.link('Transfer tickets', [160, 120, 160, 20], { color: neon, click: { to: 'transfer' } }),
  ]),
  tabs('Tickets'),
]);
const transfer = screen('Transfer', 'transfer', 8, [
  b.vector('Vector', [20, 56, 24, 24], { fill: '#FFFFFF', click: { back: true } }),
  b.al('Auto layout', [24, 100, 342, 400], 'VERTICAL', { gap: 14 }, [
    white('Send a ticket to a mate', [0, 0, 342, 30], { size: 22, weight: 700 }),
    b.frame('Frame 90', [0, 44, 342, 50], { fill: '#1A1A2E', radius: 12 }, [grey('Their email or phone', [16, 15, 300, 20])]),
    b.btnFrame('Transfer 1 ticket', [0, 120, 342, 54], { fill: neon, radius: 27, click: { to: 'tickets' } }),
  ]),
]);
const account = screen('Account', 'account', 9, [
  b.al('Auto layout', [24, 64, 342, 680], 'VERTICAL', { gap: 16 }, [
    white('Account', [0, 0, 342, 30], { size: 24, weight: 700 }),
    b.al('Frame 100', [0, 50, 342, 120], 'VERTICAL', { fill: '#1A1A2E', radius: 14, padX: 16, padY: 14, gap: 10 }, [
      grey('Connected apps', [16, 14, 300, 18], { size: 12 }),
      b.al('Frame 101', [16, 40, 310, 24], 'HORIZONTAL', { gap: 10 }, [white('Spotify', [0, 2, 100, 20], { size: 15 }), b.dot('On', [120, 4, 60, 16], '#1DB954'), b.link('Disconnect', [220, 2, 90, 20], { size: 13, color: '#A1A1AA' })]),
      b.al('Frame 102', [16, 76, 310, 24], 'HORIZONTAL', { gap: 10 }, [white('Visa ·· 4242', [0, 2, 140, 20], { size: 15 }), b.link('Remove', [240, 2, 70, 20], { size: 13, color: '#A1A1AA' })]),
    ]),
    white('Fan Pass · £3.99/mo · cancel anytime', [0, 190, 342, 20], { size: 14 }),
    b.link('Help', [0, 230, 342, 20], { color: '#FFFFFF', click: { to: 'help' } }),
    b.link('Delete account', [0, 290, 342, 20], { color: neon }),
  ]),
  tabs('Account'),
]);
const help = screen('Help', 'help', 10, [
  b.vector('Vector', [20, 56, 24, 24], { fill: '#FFFFFF', click: { back: true } }),
  b.al('Auto layout', [24, 100, 342, 600], 'VERTICAL', { gap: 12 }, [
    white('Help', [0, 0, 342, 30], { size: 24, weight: 700 }),
    ...['Where are my tickets?', 'Can I get a refund?', 'How do transfers work?'].map((q, i) => b.al('Frame ' + (110 + i), [0, 50 + i * 58, 342, 50], 'HORIZONTAL', { fill: '#1A1A2E', radius: 12, padX: 16 }, [white(q, [16, 15, 300, 20], { size: 15 })])),
  ]),
  b.chat([W - 76, H - 140, 52, 52], { fill: neon }),
]);

const flowPage = b.canvas('App', [welcome, signup, taste, spotify, home, event, checkout, tickets, transfer, account, help], { flows: [['welcome', 'First run']] });
b.page();
const cover = b.canvas('Cover', [b.frame('Cover', [0, 0, 1600, 960], { fill: night }, [white('GIGPASS 2.0', [100, 420, 1200, 90], { size: 80, weight: 800 })])]);

const file = finishFile(b, 'Gigpass 2.0 — iOS', [cover, flowPage, comp.canvas], comp.components, comp.componentSets);
const t = truth(b, base, 'negative',
  'Negative: an event-ticketing app for music fans on iPhone (390x844). It connects a music-streaming account, links a payment card, syncs tickets and transfers them to friends; it has social-proof and security copy, a search field, help and account deletion. Nothing connects a business\u2019s accounting, banking or commerce software.',
  [],
  [...IDS],
  {
    'funnel.cta-visible': '"Connect Spotify" is a consumer taste import, not business software.',
    'funnel.social-proof': '"Trusted by 5M fans" promotes the app, not connecting business data.',
    'privacy.statistics': 'The fan count is marketing, not a trust figure about a business data connection.',
    'privacy.consent-action': 'The checkbox accepts Terms of Sale at checkout.',
    'privacy.trust-language': '"Secure checkout" is about card payment.',
    'platform.search': 'Searches artists and venues, not integrations.',
    'connection.syncing-indicator': '"Syncing tickets…" and "Syncing your top artists…" are consumer data.',
    'connection.delete': '"Disconnect" Spotify and "Delete account" are not business connections.',
    'platform.non-linear': '"Transfer tickets" shares tickets with a friend.',
    'privacy.support-contacts': 'Help FAQ and a chat bubble exist, but there is no business connection flow to support.',
  },
  { start: 'welcome', connect: null, steps: null, deadEnds: [] });
write(base, file, t, { connectCandidates: [], signup: signup.id, flowPage: 'App' });

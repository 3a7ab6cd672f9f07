// h30 (negative): event ticketing web app, desktop 1280x832. Wallet, calendar, transfers — no business software connection.
import { createDoc, solid, image, write, WRITTEN_BY } from './lib.mjs';

const d = createDoc('Gatehouse Tickets — web', { lastModified: '2026-02-27T11:02:37Z', version: '3999120456' });
const W = 1280;
const H = 832;
const INK = '#0B1F33';
const MUTED = '#5E7186';
const RED = '#E63946';

d.canvas('Cover').children.push(d.frame('Cover', { w: 1920, h: 1080, fills: solid(RED) }, [
  d.text('Gatehouse', { x: 120, y: 400, size: 120, weight: 800, color: '#FFFFFF' }),
  d.text('Web checkout + My tickets · handoff', { x: 124, y: 560, size: 34, color: '#FFE3E5' }),
]));

const comps = d.canvas('Library');
const bDef = d.component('Variant=Primary', { w: 200, h: 48, fills: solid(RED), cornerRadius: 4 }, [d.text('Label', { x: 16, y: 14, w: 168, size: 15, weight: 700, color: '#FFFFFF', align: 'CENTER' })]);
const bAlt = d.component('Variant=Secondary', { x: 240, w: 200, h: 48, strokes: solid(INK), strokeWeight: 1, cornerRadius: 4 }, [d.text('Label', { x: 16, y: 14, w: 168, size: 15, weight: 700, color: INK, align: 'CENTER' })]);
const bSet = d.componentSet('Comp / Action / Large', { x: 40, y: 40, w: 480, h: 88 }, [bDef, bAlt]);
comps.children.push(bSet);

const flow = d.canvas('Purchase flow');
const names = ['Sign in', 'Discover', 'Event', 'Seats', 'Checkout', 'Confirmed', 'My tickets', 'Transfer', 'Payment methods', 'Help'];
const S = names.map((n, i) => d.frame(n, { x: (i % 5) * 1400 + 40, y: Math.floor(i / 5) * 960 + 80, w: W, h: H, fills: solid('#FFFFFF'), clipsContent: true }));
const [signin, discover, event, seats, checkout, confirmed, tickets, transfer, payment, help] = S;

const btn = (label, w = 200, comp = bDef) => d.instance(comp, 'Comp / Action / Large', { w, h: 48, fills: comp === bDef ? solid(RED) : [], cornerRadius: 4 }, [d.text(label, { x: 16, y: 14, w: w - 32, size: 15, weight: 700, color: comp === bDef ? '#FFFFFF' : INK, align: 'CENTER' })]);
const header = () => {
  const mt = d.text('My tickets', { size: 14, weight: 600, color: INK });
  d.link(mt, tickets);
  const hp = d.text('Help', { size: 14, color: INK });
  d.link(hp, help);
  return d.row('Header', [
    d.text('GATEHOUSE', { size: 20, weight: 800, color: RED, w: 200 }),
    d.frame('Frame 2', { w: 520, h: 40, cornerRadius: 20, fills: solid('#F1F4F7') }, [
      d.vector('Vector', { x: 14, y: 11, w: 18, h: 18, strokes: solid(MUTED), strokeWeight: 2 }),
      d.text('Artists, venues or events', { x: 42, y: 10, size: 14, color: '#8A9BAD' }),
    ]),
    d.row('Frame 3', [mt, hp, d.ellipse('Avatar', { w: 32, h: 32, fills: image('77aa88bb99cc00dd11ee') })], { gap: 24 }),
  ], { w: W, h: 72, gap: 140, pad: 24, strokes: solid('#E3E8EE'), strokeWeight: 1 });
};

// Sign in
const signBtn = btn('Sign in', 400);
d.oldLink(signBtn, discover);
signin.children.push(
  d.rect('Rectangle 1', { x: 0, y: 0, w: 640, h: H, fills: image('12ab34cd56ef78a9b0c1') }),
  d.text('Trusted by 2M fans', { x: 48, y: 760, size: 16, weight: 700, color: '#FFFFFF' }),
  d.at(d.col('Auto layout', [
    d.text('Welcome back', { size: 30, weight: 800, color: INK }),
    d.col('Frame 5', [d.text('Email', { size: 13, weight: 600, color: INK }), d.rect('Rectangle 6', { w: 400, h: 44, cornerRadius: 4, fills: solid('#FFFFFF'), strokes: solid('#C8D2DC'), strokeWeight: 1 })], { gap: 6 }),
    d.col('Frame 7', [d.text('Password', { size: 13, weight: 600, color: INK }), d.rect('Rectangle 8', { w: 400, h: 44, cornerRadius: 4, fills: solid('#FFFFFF'), strokes: solid('#C8D2DC'), strokeWeight: 1 })], { gap: 6 }),
    signBtn,
    d.text('New here? Create an account', { size: 14, color: RED, deco: 'UNDERLINE' }),
  ], { gap: 18 }), 760, 220),
);

// Discover
const evCard = (t, sub, ref) => d.col('Frame 10', [d.rect('Rectangle 11', { w: 280, h: 160, cornerRadius: 6, fills: image(ref) }), d.text(t, { size: 16, weight: 700, color: INK }), d.text(sub, { size: 13, color: MUTED })], { gap: 6, w: 280 });
const first = evCard('Neon Harbour — Live', 'Fri 17 Apr · O2 Academy Leeds', 'aa11aa11aa11aa11aa11');
d.link(first, event);
discover.children.push(header(), d.at(d.col('Auto layout', [
  d.text('This weekend near Leeds', { size: 26, weight: 800, color: INK }),
  d.row('Chips', ['All', 'Music', 'Comedy', 'Sport', 'Family'].map((c) => d.row('Chip', [d.text(c, { size: 13, color: INK })], { pad: 8, cornerRadius: 16, strokes: solid('#C8D2DC'), strokeWeight: 1 })), { gap: 8 }),
  d.col('Grid', [
    d.row('Frame 12', [first, evCard('LinkUp Comedy Night', 'Sat 18 Apr · The Wardrobe', 'bb22bb22bb22bb22bb22'), evCard('Leeds Rhinos v Wigan', 'Sun 19 Apr · Headingley', 'cc33cc33cc33cc33cc33')], { gap: 24 }),
  ], { gap: 24 }),
  d.text('Popular venues', { size: 20, weight: 700, color: INK }),
  d.text('O2 Academy · First Direct Arena · Brudenell Social Club · Millennium Square', { size: 14, color: MUTED }),
], { gap: 18 }), 80, 104));

// Event
const getT = btn('Get tickets');
d.link(getT, seats);
event.children.push(header(), d.rect('Hero', { x: 0, y: 72, w: W, h: 300, fills: image('aa11aa11aa11aa11aa11') }), d.at(d.col('Auto layout', [
  d.text('Neon Harbour — Live', { size: 32, weight: 800, color: INK }),
  d.text('Fri 17 Apr 2026 · Doors 19:00 · O2 Academy Leeds', { size: 15, color: MUTED }),
  d.text('From £28.50 · Age 14+ · Accessible seating available', { size: 14, color: INK }),
  getT,
], { gap: 14 }), 80, 400));

// Seats
const cont = btn('Continue · 2 tickets', 240);
d.link(cont, checkout);
seats.children.push(header(), d.at(d.row('Auto layout', [
  d.frame('Seat map', { w: 700, h: 560, cornerRadius: 8, fills: solid('#F1F4F7') }, [
    d.rect('Stage', { x: 200, y: 20, w: 300, h: 40, cornerRadius: 4, fills: solid(INK) }),
    d.vector('Stalls', { x: 80, y: 100, w: 540, h: 220, fills: solid('#C9E4F5') }),
    d.vector('Circle', { x: 120, y: 360, w: 460, h: 150, fills: solid('#FAD4D8') }),
  ]),
  d.col('Summary', [
    d.text('Your seats', { size: 20, weight: 700, color: INK }),
    d.text('Circle · Row C · Seats 14–15', { size: 14, color: INK }),
    d.text('2 × £34.00\nBooking fee £3.10', { size: 14, color: MUTED }),
    cont,
  ], { gap: 14, pad: 24, w: 340, cornerRadius: 8, strokes: solid('#E3E8EE'), strokeWeight: 1 }),
], { gap: 40, center: false }), 80, 104));

// Checkout
const pay = btn('Pay £71.10');
d.oldLink(pay, confirmed);
checkout.children.push(header(), d.at(d.col('Auto layout', [
  d.text('Checkout', { size: 28, weight: 800, color: INK }),
  d.text('Payment', { size: 18, weight: 700, color: INK }),
  d.row('Saved card', [d.rect('Rectangle 20', { w: 20, h: 20, cornerRadius: 10, strokes: solid(RED), strokeWeight: 5, fills: solid('#FFFFFF') }), d.text('Visa •••• 4821 · exp 09/28', { size: 15, color: INK, w: 300 })], { gap: 12, pad: 14, w: 520, cornerRadius: 6, strokes: solid('#C8D2DC'), strokeWeight: 1 }),
  d.text('+ Use a different card', { size: 14, color: RED }),
  d.row('Frame 21', [d.rect('Rectangle 22', { w: 20, h: 20, cornerRadius: 3, strokes: solid('#8A9BAD'), strokeWeight: 1.5, fills: solid('#FFFFFF') }), d.text('Add ticket protection for £4.20 (refund if you can\u2019t go)', { size: 14, color: INK })], { gap: 10 }),
  d.row('Frame 23', [d.rect('Rectangle 24', { w: 20, h: 20, cornerRadius: 3, strokes: solid('#8A9BAD'), strokeWeight: 1.5, fills: solid('#FFFFFF') }), d.text('I agree to the ', { size: 13, color: INK }), d.text('Terms of Sale', { size: 13, color: RED, deco: 'UNDERLINE' })], { gap: 10 }),
  pay,
], { gap: 16 }), 380, 104));

// Confirmed
const viewT = btn('View my tickets');
d.link(viewT, tickets);
confirmed.children.push(header(), d.at(d.col('Auto layout', [
  d.text('🎉\u00a0You\u2019re going!', { size: 32, weight: 800, color: INK }),
  d.text('Order GH-88213 · confirmation sent to sam.okafor@gmail.com', { size: 14, color: MUTED }),
  viewT,
  d.text('Sync to calendar · Share with friends', { size: 14, color: RED }),
], { gap: 16 }), 380, 220));

// My tickets
const transferBtn = btn('Transfer tickets', 200, bAlt);
d.link(transferBtn, transfer, 'OVERLAY');
const wallet = d.group('Group 4', [d.rect('Rectangle 30', { w: 200, h: 48, cornerRadius: 8, fills: solid('#000000') }), d.text('Link your wallet', { x: 0, y: 14, w: 200, size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
d.action(wallet, { type: 'URL', url: 'https://wallet.example/add?pass=GH-88213' });
const cardsLink = d.text('Payment methods', { size: 14, color: INK, deco: 'UNDERLINE' });
d.link(cardsLink, payment);
tickets.children.push(header(), d.at(d.col('Auto layout', [
  d.text('My tickets', { size: 28, weight: 800, color: INK }),
  d.row('Ticket', [
    d.rect('QR', { w: 160, h: 160, fills: image('qr0000qr1111qr2222qr') }),
    d.col('Frame 31', [
      d.text('Neon Harbour — Live', { size: 20, weight: 700, color: INK }),
      d.text('Fri 17 Apr · Circle C14–C15', { size: 14, color: MUTED }),
      d.row('Actions', [wallet, d.text('Sync to calendar', { size: 14, weight: 600, color: RED }), transferBtn], { gap: 16 }),
      d.text('Refunds: up to 7 days before the event', { size: 12, color: MUTED }),
    ], { gap: 10 }),
  ], { gap: 24, pad: 24, w: 880, cornerRadius: 10, strokes: solid('#E3E8EE'), strokeWeight: 1 }),
  d.text('Past events (3)', { size: 16, weight: 600, color: INK }),
  cardsLink,
], { gap: 18 }), 80, 104));

// Transfer overlay
const sendT = btn('Send 1 ticket');
d.action(sendT, { type: 'CLOSE' });
transfer.fills = solid('#0B1F33', 0.5);
transfer.children.push(d.at(d.col('Modal', [
  d.text('Transfer tickets', { size: 22, weight: 800, color: INK }),
  d.text('Your friend gets the ticket in their Gatehouse app. You can cancel the transfer until they accept.', { size: 14, color: INK, w: 420 }),
  d.rect('Rectangle 40', { w: 432, h: 44, cornerRadius: 4, fills: solid('#FFFFFF'), strokes: solid('#C8D2DC'), strokeWeight: 1 }),
  sendT,
], { gap: 16, pad: 24, w: 480, fills: solid('#FFFFFF'), cornerRadius: 8 }), 400, 240));

// Payment methods
payment.children.push(header(), d.at(d.col('Auto layout', [
  d.text('Payment methods', { size: 26, weight: 800, color: INK }),
  d.row('Card row', [d.text('Visa •••• 4821', { size: 15, weight: 600, color: INK, w: 260 }), d.text('Default', { size: 12, color: MUTED, w: 100 }), d.text('Remove card', { size: 14, color: RED })], { gap: 12, pad: 16, w: 560, strokes: solid('#E3E8EE'), strokeWeight: 1 }),
  d.row('Card row', [d.text('Mastercard •••• 0097', { size: 15, weight: 600, color: INK, w: 260 }), d.text('', { size: 12, color: MUTED, w: 100 }), d.text('Remove card', { size: 14, color: RED })], { gap: 12, pad: 16, w: 560, strokes: solid('#E3E8EE'), strokeWeight: 1 }),
  d.text('+ Add card', { size: 14, weight: 600, color: RED }),
  d.text('Delete account', { size: 14, color: MUTED, visible: false }),
], { gap: 14 }), 80, 104));

// Help
help.children.push(header(), d.at(d.col('Auto layout', [
  d.text('How can we help?', { size: 28, weight: 800, color: INK }),
  d.col('Topics', ['My tickets haven\u2019t arrived', 'Event cancelled or postponed', 'Resell or transfer', 'Accessibility requests'].map((t) => d.row('Topic', [d.text(t, { size: 15, color: INK, w: 500 }), d.text('›', { size: 18, color: MUTED })], { pad: 14, w: 560, strokes: solid('#E3E8EE'), strokeWeight: 1 })), { gap: 0 }),
  btn('Contact support', 220, bAlt),
], { gap: 18 }), 80, 104));

flow.children.push(d.section('Buy', { x: 0, y: 0, w: 7000, h: 1900 }, S));
flow.flowStartingPoints.push({ nodeId: signin.id, name: 'Returning fan' });

const fig = d.finish();
const all = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
write('h30-negative-event-ticketing', fig, {
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'A consumer event-ticketing web app (1280x832): sign-in, discover, event page, seat map, checkout with a saved card and terms checkbox, confirmation, My tickets with wallet, calendar and transfer actions, a transfer modal, payment methods and a help page. No business software is connected.',
  present: [],
  absent: all,
  notes: {
    'privacy.consent-action': 'The checkbox accepts Terms of Sale at checkout; nothing is connected.',
    'connection.delete': '"Remove card" removes a payment card; the only "Delete account" is hidden.',
    'privacy.support-contacts': 'A single "Contact support" button about ticket problems, not several channels around a connection.',
    'platform.search': 'The header search finds events and venues, not integrations.',
    'funnel.social-proof': 'Left unlabelled: "Trusted by 2M fans" is there, but not around any business connection.',
    'privacy.statistics': 'Left unlabelled for the same reason.',
  },
  flow: { startFrameId: signin.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, { connectFrames: [] });

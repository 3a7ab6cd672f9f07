// h145 (negative): a city bike-rental app, Android-sized 360x800. Card and transit-pass linking, no business software.
import { Doc, solid, go, act, write } from './lib.mjs';

const NAME = 'h145-negative-bike-rental';
const d = new Doc('Spokes City — rider app', '2025-05-22T19:12:40Z');
const INK = '#111827'; const MUTED = '#6b7280'; const GREEN = '#16a34a'; const W = 360; const H = 800;
const T = (s, x, y, w, o) => d.text(s, x, y, w, o);
const at = (n, x, y) => { n.absoluteBoundingBox.x = x; n.absoluteBoundingBox.y = y; return n; };

d.newPage(5);
const fab = d.component('fab/primary', 312, 52, [T('Action', 0, 15, 312, { size: 16, weight: 700, color: '#ffffff', align: 'CENTER' })], { fill: GREEN, radius: 12 });
const compChildren = [fab];

d.newPage(3);
const bar = () => d.frame('status', 0, 0, W, 28, {}, [T('12:30', 16, 6, 60, { size: 13, weight: 500, color: INK }), d.vector('Vector', 290, 8, 54, 12, { fills: solid(INK) })]);
const screen = (name, kids, bg = '#ffffff') => d.screen(name, 0, 0, W, H, [bar(), ...kids], bg);
const btn = (l) => d.btnInstance(l, fab.id, 312, 52, { name: 'fab/primary', fill: GREEN, radius: 12, size: 16 });
const stepTxt = (s) => T(s, 0, 0, 312, { size: 13, weight: 600, color: GREEN });
const field = (l, v) => d.col('Frame ' + (20 + d.n), 0, 0, 312, [T(l, 0, 0, 312, { size: 12, color: MUTED }),
  d.frame('Frame ' + (21 + d.n), 0, 0, 312, 48, { fills: solid('#f9fafb'), strokes: solid('#d1d5db'), strokeWeight: 1, cornerRadius: 8 }, [T(v, 12, 14, 290, { size: 15, color: '#9ca3af' })])], { gap: 4 });

const ride = at(btn('Start riding'), 24, 700);
const S1 = screen('Splash', [
  d.rect('Rectangle 2', 0, 28, W, 420, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img_city_bikes_77' }] }),
  d.col('Frame 3', 24, 470, 312, [T('Spokes City', 0, 0, 312, { size: 32, weight: 800, color: INK }),
    T('Grab a bike from any dock. Ride. Drop it anywhere in the zone.', 0, 0, 312, { size: 16, color: MUTED, lines: 2 }),
    T('★ 4.5 · Rated 4.5 by 300k riders', 0, 0, 312, { size: 14, weight: 600, color: INK })], { gap: 10 }),
  ride,
]);
const sendCode = btn('Send code');
const S2 = screen('Phone number', [d.col('Auto layout', 24, 56, 312, [stepTxt('Step 1 of 3'),
  T('What’s your number?', 0, 0, 312, { size: 26, weight: 700, color: INK }), field('Mobile number', '+1 (555) 000-0000'),
  T('We’ll text you a 6-digit code.', 0, 0, 312, { size: 13, color: MUTED }), sendCode], { gap: 16 })]);
const saveCard = btn('Save card');
const S3 = screen('Link your card', [d.col('Auto layout', 24, 56, 312, [stepTxt('Step 2 of 3'),
  T('Link your card', 0, 0, 312, { size: 26, weight: 700, color: INK }),
  T('We place a $1 hold to check it works, then release it.', 0, 0, 312, { size: 14, color: MUTED, lines: 2 }),
  d.btnFrame(' Pay', 312, 48, { fill: '#000000', radius: 12 }),
  field('Card number', '1234 5678 9012 3456'),
  d.row('Frame 30', 0, 0, 72, [field('Expiry', 'MM/YY'), field('CVC', '123')].map((f) => { f.absoluteBoundingBox.width = 148; return f; }), { gap: 16 }),
  T('🔒 Card details are encrypted and handled by our payment processor.', 0, 0, 312, { size: 12, color: MUTED, lines: 2 }),
  saveCard], { gap: 14 })]);
const linkPass = btn('Connect pass');
const skip = d.link('Skip for now', 120, { color: MUTED, size: 15 });
const S4 = screen('Transit pass', [d.col('Auto layout', 24, 56, 312, [stepTxt('Step 3 of 3'),
  T('Connect your transit pass', 0, 0, 312, { size: 26, weight: 700, color: INK }),
  T('Riders with a monthly Metro pass get 30 free minutes on every trip.', 0, 0, 312, { size: 14, color: MUTED, lines: 2 }),
  field('Pass number (on the back)', '0000 0000 0000'), linkPass, skip], { gap: 16 })]);
const scanBtn = at(btn('Scan to unlock'), 24, 720);
const menu = d.vector('Vector', 20, 44, 24, 18, { fills: solid(INK), name: 'hamburger' });
const S5 = screen('Map', [
  d.rect('Map', 0, 28, W, 772, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img_map_tiles_1a' }] }),
  menu,
  ...[[80, 200, '7'], [220, 320, '3'], [140, 460, '12']].map(([x, y, n]) => d.group('Dock ' + n, x, y, 40, 40, [d.ellipse('Ellipse', 0, 0, 40, 40, { fills: solid(GREEN) }), T(n, 0, 10, 40, { size: 14, weight: 700, color: '#ffffff', align: 'CENTER' })])),
  d.col('Frame 40', 16, 560, 328, [T('Market St & 5th · 7 bikes · 2 e-bikes', 0, 0, 300, { size: 15, weight: 600, color: INK }), T('3 min walk · $0.25/min after unlock', 0, 0, 300, { size: 13, color: MUTED })], { gap: 4, pad: 14, fill: '#ffffff', radius: 14 }),
  scanBtn,
]);
const scanned = d.rect('Viewfinder', 60, 220, 240, 240, { fills: [], strokes: solid('#ffffff'), strokeWeight: 3, cornerRadius: 20 });
const S6 = screen('Scan QR', [T('Point at the QR code on the handlebar', 24, 120, 312, { size: 16, weight: 600, color: '#ffffff', align: 'CENTER' }), scanned,
  T('Enter bike number instead', 24, 520, 312, { size: 14, color: '#ffffff', align: 'CENTER', decoration: 'UNDERLINE' })], '#111111');
const S7 = screen('Unlocking', [d.col('Frame 50', 24, 300, 312, [d.spinner(0, 0, 44), T('Unlocking bike…', 0, 0, 312, { size: 20, weight: 700, color: INK, align: 'CENTER' }), T('Bike #40821 · pull it gently from the dock', 0, 0, 312, { size: 14, color: MUTED, align: 'CENTER' })], { gap: 14, center: true })]);
const endBtn = at(btn('End ride'), 24, 720);
endBtn.fills = solid('#dc2626');
const S8 = screen('Riding', [d.col('Frame 60', 24, 120, 312, [T('00:12:47', 0, 0, 312, { size: 48, weight: 800, color: INK, align: 'CENTER' }), T('$3.19 so far · 2.1 mi', 0, 0, 312, { size: 16, color: MUTED, align: 'CENTER' })], { gap: 8 }), endBtn]);
const done = btn('Done');
const S9 = screen('Receipt', [d.col('Auto layout', 24, 80, 312, [T('Thanks for riding 🚲', 0, 0, 312, { size: 26, weight: 700, color: INK }),
  T('12 min · 2.1 mi\nUnlock $1.00 · Time $2.19 · Pass discount −$0.00\nCharged to Visa •••• 4242', 0, 0, 312, { size: 15, color: INK }),
  T('Rate your ride ☆☆☆☆☆', 0, 0, 312, { size: 15, color: MUTED }), done], { gap: 16 })]);
const back10 = d.vector('Vector', 20, 44, 12, 20, { fills: solid(INK), name: 'back' });
const S10 = screen('Account', [back10, d.col('Auto layout', 24, 80, 312, [T('Account', 0, 0, 312, { size: 26, weight: 700, color: INK }),
  d.col('Frame 70', 0, 0, 312, [T('Payment', 0, 0, 280, { size: 12, weight: 600, color: MUTED }),
    d.row('Frame 71', 0, 0, 32, [T('Visa •••• 4242', 0, 0, 200, { size: 15, color: INK }), T('Remove', 0, 0, 60, { size: 14, color: '#dc2626' })], { gap: 16 }),
    T('+ Link another card', 0, 0, 280, { size: 14, color: GREEN })], { gap: 8, pad: 16, fill: '#f9fafb', radius: 12 }),
  d.col('Frame 72', 0, 0, 312, [T('Transit pass', 0, 0, 280, { size: 12, weight: 600, color: MUTED }), T('Not connected', 0, 0, 280, { size: 15, color: INK })], { gap: 8, pad: 16, fill: '#f9fafb', radius: 12 }),
  T('Ride history', 0, 0, 312, { size: 16, color: INK }),
  T('Contact support', 0, 0, 312, { size: 16, color: INK }),
  T('Delete account', 0, 0, 312, { size: 16, color: '#dc2626' })], { gap: 14 })]);
act(back10, { type: 'BACK' });

const frames = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10];
frames.forEach((f, i) => at(f, (i % 5) * 460, Math.floor(i / 5) * 960));
go(ride, S2); go(sendCode, S3); go(saveCard, S4); go(linkPass, S5); go(skip, S5); go(scanBtn, S6); go(scanned, S7);
go(S7, S8, 'NAVIGATE', 'AFTER_TIMEOUT'); go(endBtn, S9); go(done, S5); go(menu, S10, 'OVERLAY');
d.canvas('Rider flow', frames, { protoStart: S1 });
d.page = 5;
d.canvas('Components', compChildren);

const ids = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link',
  'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
write(new URL('..', import.meta.url).pathname, NAME, d.doc(), {
  kind: 'negative',
  description: 'City bike-rental rider app, Android 360x800. Splash, phone number, card linking, transit-pass linking, dock map, QR scan, unlocking, ride timer, receipt and account. Card and transit-pass linking are consumer payments, not business software.',
  present: [],
  absent: ids,
  notes: {
    'funnel.cta-visible': '"Link your card" / "Connect your transit pass" are consumer payment steps.',
    'connection.syncing-indicator': 'The spinner is "Unlocking bike…", not data syncing.',
    'connection.delete': '"Remove" a card and "Delete account" are not about business-software connections.',
    'platform.multiple-connections': '"+ Link another card" is a payment card.',
    'privacy.support-contacts': 'A single "Contact support" entry, not about connecting.',
    'platform.non-linear': '"Skip for now" skips a transit pass.',
  },
  flow: { startFrameId: S1.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

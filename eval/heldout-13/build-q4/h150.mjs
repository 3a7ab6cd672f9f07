// h150 — negative: a consumer ride-hailing app for passengers, mobile 393x852.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  at, hidden, frame, rect, vector, ellipse, instance, component,
  text, go, back, url, oldLink, vstack, hstack, btnInstance, btnFrame, btnGroup, linkText, searchField,
  checkbox, spinner, screen, canvas, finalize, write, countNodes, solid, image,
} from './lib.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h150-negative-rideshare-passenger';
const W = 393;
const H = 852;
const INK = '#0B0B0B';
const MUTED = '#6E6E73';
const ACC = '#5B21B6';
const t = (s, o = {}) => text(s, { family: 'Manrope', color: INK, ...o });

const btnC = component('Property 1=Primary', 'c:btn', 345, 54, { fills: [solid(INK)], cornerRadius: 10 }, [at(t('Label', { size: 16, weight: 700, color: '#FFFFFF', w: 321, align: 'CENTER' }), 12, 16)]);
const rowC = component('List row', 'c:row', 345, 56, {}, [at(vector('Vector', 20, 20), 0, 18), at(t('Row', { size: 16 }), 36, 16)]);
const componentsPage = canvas('🧱 Components', [
  at(frame('Buttons', 400, 110, { fills: [solid('#FFFFFF')] }, [at(btnC, 24, 28)]), 0, 0),
  at(frame('Rows', 400, 110, { fills: [solid('#FFFFFF')] }, [at(rowC, 24, 28)]), 440, 0),
]);

const statusBar = () => frame('Status bar', W, 54, {}, [at(t('9:41', { size: 17, weight: 600 }), 36, 18), at(vector('Vector', 72, 13, { fills: [solid(INK)] }), 290, 22)]);
const body = (children, gap = 16) => vstack('Auto layout', children, { gap, w: 345 });
const field = (label, ph) => vstack('Frame 30', [t(label, { size: 13, weight: 600, color: MUTED }), frame('Rectangle 31', 345, 52, { fills: [solid('#F2F2F7')], cornerRadius: 10 }, [at(t(ph, { size: 16, color: '#8E8E93' }), 14, 15)])], { gap: 6 });
const listRow = (label, dest, color) => {
  const r = instance('List row', 'c:row', 345, 56, {}, [at(vector('Vector', 20, 20, { fills: [solid(color ?? INK)] }), 0, 18), at(t(label, { size: 16, color: color ?? INK }), 36, 16)]);
  if (dest) go(r, dest);
  return r;
};

const phone = screen('phone', 'Sign up – phone', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Step 1 of 2', { size: 13, weight: 600, color: ACC }),
    t('What’s your number?', { size: 28, weight: 800 }),
    t('We’ll text you a code. Standard rates apply.', { size: 15, color: MUTED }),
    hstack('Frame 10', [frame('Rectangle 11', 90, 52, { fills: [solid('#F2F2F7')], cornerRadius: 10 }, [at(t('🇺🇸 +1', { size: 16 }), 14, 15)]), frame('Rectangle 12', 245, 52, { fills: [solid('#F2F2F7')], cornerRadius: 10 }, [at(t('(555) 014-7788', { size: 16, color: '#8E8E93' }), 14, 15)])], { gap: 10 }),
    t('Trusted by 12 million riders in 40 cities', { size: 13, color: MUTED }),
  ], 14), 24, 90),
  at(oldLink(btnInstance('Continue', 'c:btn', 345, 54, { name: 'Btn' }), 'code'), 24, 760),
]);

const code = screen('code', 'Sign up – code', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 64),
  at(body([
    t('Step 2 of 2', { size: 13, weight: 600, color: ACC }),
    t('Enter the 4-digit code', { size: 28, weight: 800 }),
    t('Sent to (555) 014‑7788', { size: 15, color: MUTED }),
    hstack('Frame 20', [0, 1, 2, 3].map((i) => frame(`Rectangle ${21 + i}`, 64, 64, { fills: [solid('#F2F2F7')], cornerRadius: 12 }, [at(t(i < 2 ? String(4 + i) : '', { size: 24, weight: 700, w: 64, align: 'CENTER' }), 0, 18)])), { gap: 12 }),
    linkText('Resend code in 0:24', { size: 14, color: MUTED }),
    hstack('Frame 25', [checkbox('RECTANGLE'), t('Send me promos and ride credits', { size: 14 })], { gap: 10 }),
  ], 16), 24, 100),
  at(oldLink(btnInstance('Verify', 'c:btn', 345, 54), 'home'), 24, 760),
]);

const home = screen('home', 'Home – map', W, H, [
  at(rect('Map', W, H, { fills: [image('img-map-tiles-sf')] }), 0, 0),
  at(statusBar(), 0, 0),
  at(ellipse('Ellipse 4', 20, 20, { fills: [solid(ACC)], strokes: [solid('#FFFFFF')], strokeWeight: 3 }), 186, 360),
  at(go(ellipse('Avatar', 40, 40, { fills: [image('img-rider-avatar')] }), 'account'), 330, 60),
  at(frame('Sheet', W, 380, { fills: [solid('#FFFFFF')], cornerRadius: 20 }, [
    at(rect('Rectangle 40', 36, 5, { fills: [solid('#D1D1D6')], cornerRadius: 3 }), 178, 8),
    at(body([
      hstack('Frame 41', ['Ride', 'Reserve', 'Package'].map((l, i) => frame(`Frame ${42 + i}`, 108, 40, { fills: [solid(i ? '#F2F2F7' : INK)], cornerRadius: 20 }, [at(t(l, { size: 14, weight: 600, color: i ? INK : '#FFFFFF', w: 88, align: 'CENTER' }), 10, 10)])), { gap: 10 }),
      go(searchField('Where to?', 345, { radius: 12 }), 'trips'),
      go(frame('Frame 46', 345, 72, { fills: [solid('#F5F3FF')], cornerRadius: 12 }, [
        at(vector('Vector', 28, 20, { fills: [solid(ACC)] }), 14, 26),
        at(t('\u200BLink your card to ride', { size: 15, weight: 700 }), 56, 14),
        at(t('Add a card, Apple Pay or PayPal', { size: 13, color: MUTED }), 56, 38),
      ]), 'payment'),
      go(frame('Frame 47', 345, 72, { fills: [solid('#F2F2F7')], cornerRadius: 12 }, [
        at(vector('Vector', 24, 24, { fills: [solid(INK)] }), 14, 24),
        at(t('Riding for work?', { size: 15, weight: 700 }), 56, 14),
        at(t('Connect your work profile to expense rides', { size: 13, color: MUTED, w: 270 }), 56, 38),
      ]), 'work'),
    ], 12), 24, 28),
  ]), 0, 472),
]);

const payment = screen('payment', 'Wallet – add card', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 64),
  at(body([
    t('Link your card', { size: 28, weight: 800 }),
    field('Card number', '1234 5678 9012 3456'),
    hstack('Frame 50', [vstack('Frame 51', [t('Expiry', { size: 13, weight: 600, color: MUTED }), frame('Rectangle 52', 165, 52, { fills: [solid('#F2F2F7')], cornerRadius: 10 }, [at(t('MM/YY', { size: 16, color: '#8E8E93' }), 14, 15)])], { gap: 6 }), vstack('Frame 53', [t('CVC', { size: 13, weight: 600, color: MUTED }), frame('Rectangle 54', 165, 52, { fills: [solid('#F2F2F7')], cornerRadius: 10 }, [at(t('123', { size: 16, color: '#8E8E93' }), 14, 15)])], { gap: 6 })], { gap: 15 }),
    t('🔒 Card details are encrypted and stored by our payment processor.', { size: 12, color: MUTED, w: 345 }),
    t('Other ways to pay', { size: 18, weight: 700 }),
    listRow('Apple Pay'), listRow('PayPal'), listRow('Venmo'),
    t('Saved', { size: 18, weight: 700 }),
    hstack('Frame 56', [t('Visa ••4242 · Default ✓', { size: 15, w: 260 }), linkText('Remove', { size: 14, color: '#D70015' })], { gap: 20 }),
  ], 12), 24, 100),
  at(go(btnInstance('Save card', 'c:btn', 345, 54), 'home'), 24, 770),
]);

const work = screen('work', 'Work profile – intro', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 64),
  at(body([
    vector('Vector', 56, 56, { fills: [solid(ACC)] }),
    t('Connect your work profile to expense rides', { size: 26, weight: 800, w: 345 }),
    t('1  Add your work email\n2  Tap the link we send you\n3  Switch to Work before you book — receipts go straight to your work inbox', { size: 15, w: 345 }),
    t('Your employer only sees rides you take on your work profile.', { size: 13, color: MUTED, w: 345 }),
    field('Work email', 'you@company.com'),
  ], 16), 24, 100),
  at(go(btnGroup('Send link', 345, 54, { fill: ACC, radius: 10, name: 'Group 8' }), 'inbox'), 24, 700),
  at(go(t('Not now', { size: 15, color: MUTED, w: 345, align: 'CENTER' }), 'home'), 24, 774),
]);

const inbox = screen('inbox', 'Work profile – check inbox', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    vector('Vector', 64, 48, { fills: [solid(ACC)] }),
    t('Check your inbox', { size: 28, weight: 800 }),
    t('We sent a link to jordan@acme-corp.com. It expires in 24 hours.', { size: 15, color: MUTED, w: 345 }),
    url(btnFrame('Open Mail', 345, 54, { fill: INK, radius: 10 }), 'message://'),
    go(linkText('Back to map', { size: 15, color: ACC }), 'home'),
  ], 18), 24, 260),
]);

const trip = (d, a, p) => frame('Frame 70', 345, 72, { strokes: [solid('#E5E5EA')] }, [at(rect('Rectangle 71', 56, 56, { fills: [image('img-map-thumb')], cornerRadius: 8 }), 0, 8), at(t(d, { size: 15, weight: 600 }), 68, 12), at(t(a, { size: 13, color: MUTED, w: 200 }), 68, 38), at(t(p, { size: 15, weight: 600 }), 290, 12)]);
const trips = screen('trips', 'Activity', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Activity', { size: 28, weight: 800 }),
    hstack('Frame 60', [spinner(18, ACC), t('Syncing trips…', { size: 14, color: MUTED })], { gap: 8 }),
    go(trip('Nov 24, 8:12 AM', 'To 500 Howard St · Work', '$18.40'), 'receipt'),
    trip('Nov 22, 11:47 PM', 'To Home', '$24.10'),
    trip('Nov 20, 6:05 PM', 'To SFO Terminal 2', '$41.75'),
  ], 12), 24, 70),
  at(go(btnFrame('Book a ride', 345, 54, { fill: INK, radius: 10 }), 'home'), 24, 770),
]);

const receipt = screen('receipt', 'Trip – receipt', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 64),
  at(body([
    t('$18.40', { size: 34, weight: 800 }),
    t('Nov 24 · Work profile · Visa ••4242', { size: 14, color: MUTED }),
    t('Base fare  $9.10\nDistance  $6.20\nService fee  $2.10\nTip  $1.00', { size: 15, w: 345 }),
    btnFrame('Email receipt', 345, 50, { fill: null, stroke: '#D1D1D6', color: INK, radius: 10 }),
    go(linkText('Report an issue', { size: 15, color: ACC }), 'help'),
  ], 16), 24, 100),
]);

const help = screen('help', 'Help', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 64),
  at(body([
    t('Help', { size: 28, weight: 800 }),
    listRow('I lost an item'), listRow('I was charged the wrong fare'), listRow('Safety concern', null, '#D70015'),
    t('Still stuck?', { size: 18, weight: 700 }),
    t('Chat with us 24/7 · Call 1‑800‑555‑0199 · support@hopride.example', { size: 14, color: MUTED, w: 345 }),
  ], 10), 24, 100),
]);

const account = screen('account', 'Account', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 64),
  at(body([
    hstack('Frame 90', [ellipse('Avatar', 56, 56, { fills: [image('img-rider-avatar')] }), vstack('Frame 91', [t('Jordan Lee', { size: 20, weight: 700 }), t('★ 4.92 rider rating', { size: 13, color: MUTED })], { gap: 2 })], { gap: 14 }),
    listRow('Wallet', 'payment'), listRow('Work profile', 'work'), listRow('Help', 'help'), listRow('Privacy'),
    t('We never sell your location history.', { size: 12, color: MUTED }),
    listRow('Log out'),
    listRow('Delete account', null, '#D70015'),
  ], 6), 24, 100),
  at(hidden(t('Linked accounts: Google ✓', { size: 14 })), 24, 760),
]);

const flowPage = canvas('Passenger app', [
  at(phone, 0, 0), at(code, 493, 0), at(home, 986, 0), at(payment, 1479, 0), at(work, 1972, 0),
  at(inbox, 0, 1000), at(trips, 493, 1000), at(receipt, 986, 1000), at(help, 1479, 1000), at(account, 1972, 1000),
], { start: 'phone', protoOnly: true });
const coverPage = canvas('Cover', [
  at(frame('Cover', 1600, 900, { fills: [solid(ACC)] }, [at(t('HopRide — passenger', { size: 80, weight: 800, color: '#FFFFFF' }), 120, 380)]), 0, 0),
]);
const archivePage = canvas('Archive', [
  at(frame('Home – map (old)', W, H, { fills: [solid('#FFFFFF')] }, [at(t('Where to?', { size: 24, weight: 800 }), 24, 500)]), 0, 0),
]);

const file = finalize({ name: 'HopRide Passenger', lastModified: '2026-08-03T12:55:02Z', version: '4599102210', salt: 'hr' }, [coverPage, flowPage, componentsPage, archivePage]);
write(join(out, `${NAME}.json`), file);

const ids = {};
for (const cv of file.document.children) for (const c of cv.children) ids[c.name] = c.id;
const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const unlabelled = ['privacy.support-contacts'];
const truth = {
  file: `${NAME}.json`,
  kind: 'negative',
  writtenBy: 'held-out writer Q4 (from the checklist facts and the REST format only; repository not read)',
  description: 'Consumer ride-hailing app for passengers (iPhone 393x852). Phone sign-up in two steps, a map home, adding a payment card, joining an employer work profile by email, trip activity, a receipt, help and the account page. The rider connects nothing from a business of their own: no accounting, banking or commerce software.',
  present: [],
  absent: ALL.filter((id) => !unlabelled.includes(id)),
  notes: {
    'funnel.cta-visible': '"Link your card" and "Connect your work profile" are a personal payment card and an employer profile, not business software.',
    'value.progress-meter': '"Step 1 of 2" is phone sign-up.',
    'funnel.social-proof': '"Trusted by 12 million riders" is consumer marketing, not trust for a business data connection.',
    'privacy.statistics': 'Rider count on the sign-up screen is not about a data connection.',
    'privacy.support-contacts': 'Left unlabelled: the help screen genuinely lists chat, phone and email, but for ride problems, not a connection flow.',
    'platform.search': '"Where to?" is a destination search.',
    'platform.multiple-connections': 'Saved payment methods are cards, not connected platforms.',
    'connection.delete': '"Remove" card and "Delete account" are personal account actions.',
    'connection.syncing-indicator': '"Syncing trips…" refreshes the rider’s own trip list.',
  },
  flow: { startFrameId: ids['Sign up – phone'], connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
write(join(out, `${NAME}.truth.json`), truth);
console.log(NAME, countNodes(file.document));

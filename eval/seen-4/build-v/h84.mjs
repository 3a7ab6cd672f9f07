// h84 — negative: consumer car-sharing app, mobile, UK English. No business-software connection.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, build, T, col, row, rect, vec, screen, canvas, resolveLinks, componentSet, cid, writeFile, writeTruth, WRITTEN_BY } from './lib.mjs';
import { instBtn, frameBtn, groupBtn, link, field, heading, para, spinner } from './widgets.mjs';
import { ALL_IDS } from './ids.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h84-negative-car-sharing';
const doc = makeDoc(NAME, 'Poppins');
const W = 375, H = 812, TEAL = '#00A19A', INK = '#101820';

const C = '4';
const set = componentSet(doc, C, 'Button', 0, 0, [
  { name: 'Type=Primary', key: 'pri', spec: row('x', [T('Label', { size: 16, weight: 600, color: '#FFFFFF' })], { fill: TEAL, radius: 12, pad: [16, 20, 16, 20] }) },
  { name: 'Type=Ghost', key: 'ghost', spec: row('x', [T('Label', { size: 16, weight: 600, color: TEAL })], { stroke: TEAL, radius: 12, pad: [16, 20, 16, 20] }) },
]);
const PRI = cid(doc, 'pri');
const P = '1';
const pos = (i) => ({ x: (i % 6) * (W + 80), y: Math.floor(i / 6) * (H + 160) });
const sb = () => row('Status Bar', [T('9:41', { size: 15, weight: 600, w: 60 }), T('', { size: 10 }), vec('Battery', 27, 12, { fill: INK })], { h: 44, pad: [14, 20, 10, 24] });
const go = (label, lnk, o) => instBtn(PRI, label, { fill: TEAL, radius: 12, link: lnk, w: 335, name: o?.name ?? 'Button' });
const scr = [];
const add = (key, name, i, children, o) => { const p = pos(i); scr.push(screen(doc, P, key, name, p.x, p.y, W, H, children, o)); };

add('welcome', 'Splash', 0, [
  sb(), rect('image 3', 375, 420, { image: '0c4a11d2e9f7' }),
  col('Frame 5', [
    heading('A car round every corner', { size: 28 }),
    para('Pay by the minute. Fuel, insurance and parking included.'),
    T('★★★★★  Trusted by 1M drivers across the UK', { size: 13, weight: 600, color: TEAL }),
    go('Get started', 'signup'),
    link('I already have an account', { underline: false, color: INK, w: 335 }),
  ], { gap: 14, pad: [24, 20, 24, 20] }),
]);
add('signup', 'Phone number', 1, [
  sb(), col('Frame 10', [heading('What’s your mobile number?', { size: 24 }), field('Mobile', '+44 7700 900123'), para('We’ll text you a code. Standard rates may apply.', { size: 13 }), go('Send code', 'code')], { gap: 16, pad: [24, 20, 24, 20] }),
]);
add('code', 'Verify', 2, [
  sb(), col('Frame 14', [heading('Enter the 6-digit code', { size: 24 }), row('Frame 15', [0, 1, 2, 3, 4, 5].map((i) => rect('Rectangle ' + (20 + i), 44, 52, { fill: '#FFFFFF', stroke: '#C8D0D4', radius: 10 })), { gap: 8 }), link('Resend code', { w: 120 }), go('Verify', 'licence')], { gap: 18, pad: [24, 20, 24, 20] }),
]);
add('licence', 'Licence', 3, [
  sb(), col('Frame 20', [
    T('Step 1 of 2', { size: 13, weight: 600, color: TEAL }),
    heading('Link your driving licence', { size: 24 }),
    para('Scan the front of your photocard licence. We check it with the DVLA before your first drive.', { size: 14 }),
    col('Camera', [rect('Rectangle 30', 295, 190, { fill: '#E9EEF0', radius: 12 }), T('Hold your licence inside the frame', { size: 13, align: 'CENTER' })], { gap: 10, pad: [20, 20, 20, 20], fill: '#101820', radius: 16, center: true }),
    go('Scan licence', 'card'),
  ], { gap: 14, pad: [16, 20, 16, 20] }),
]);
add('card', 'Payment', 4, [
  sb(), col('Frame 30', [
    T('Step 2 of 2', { size: 13, weight: 600, color: TEAL }),
    heading('Connect your card', { size: 24 }),
    field('Card number', '1234 1234 1234 1234'),
    row('Frame 31', [field('Expiry', 'MM / YY'), field('CVC', '123')], { gap: 12 }),
    para('We hold £1 to check your card, then release it straight away.', { size: 13 }),
    go('Add card', 'map'),
    T('Pay with Apple Pay', { size: 15, visible: false }),
  ], { gap: 14, pad: [16, 20, 16, 20] }),
]);
add('map', 'Map', 5, [
  rect('Map', 375, 560, { image: '7f3e9b0a11aa' }),
  col('Car sheet', [
    row('Frame 41', [rect('image 8', 80, 50, { image: '2b2b2b2b2b2b', radius: 6 }), col('Frame 42', [T('Fiat 500 Hybrid', { size: 16, weight: 600 }), T('3 min walk · 62% fuel · £0.32/min', { size: 13, color: '#5C6670' })], { gap: 2 })], { gap: 12 }),
    go('Reserve for free', 'car'),
    row('Frame 43', [link('Help', { link: 'help', underline: false, w: 60 }), link('Wallet', { link: 'wallet', underline: false, w: 60 })], { gap: 20 }),
  ], { gap: 14, pad: [20, 20, 30, 20], fill: '#FFFFFF', radius: 20 }),
]);
add('car', 'Reserved', 6, [
  sb(), col('Frame 50', [heading('Reserved for 20 minutes', { size: 22 }), para('Fiat 500 Hybrid · LK21 XPT · Corner of Elm Row', { size: 14 }), rect('image 9', 335, 180, { image: '2b2b2b2b2b2c', radius: 12 }), groupBtn('Unlock', { link: 'unlocking', fill: TEAL, w: 335, h: 54, radius: 12, n: 51 }), link('Cancel reservation', { link: 'map', underline: false, color: '#C0392B', w: 335 })], { gap: 14, pad: [16, 20, 16, 20] }),
]);
add('unlocking', 'Unlocking', 7, [
  sb(), col('Frame 60', [spinner('Ellipse 4'), heading('Unlocking car…', { size: 22, align: 'CENTER' }), para('Stand close to the car with Bluetooth on.', { align: 'CENTER', size: 14 }), frameBtn('Start trip', { link: 'trip', fill: TEAL, radius: 12, w: 200 })], { gap: 16, pad: [220, 20, 20, 20], center: true }),
]);
add('trip', 'Trip', 8, [
  sb(), col('Frame 70', [T('00:14:32', { size: 40, weight: 700, align: 'CENTER' }), para('£4.64 so far · 6.2 miles', { align: 'CENTER' }), rect('Map', 335, 300, { image: '7f3e9b0a11ab', radius: 12 }), go('End trip', 'map')], { gap: 16, pad: [30, 20, 20, 20] }),
]);
add('wallet', 'Wallet', 9, [
  sb(), col('Frame 80', [
    heading('Wallet', { size: 26 }),
    row('Frame 81', [rect('Rectangle 82', 40, 26, { fill: '#1A1F71', radius: 4 }), T('Visa ••4242 · expires 08/27', { size: 15 }), link('Remove card', { color: '#C0392B', underline: false, w: 100 })], { gap: 12, pad: [14, 14, 14, 14], stroke: '#E1E6E8', radius: 12 }),
    frameBtn('+ Add payment method', { fill: '#FFFFFF', color: TEAL, stroke: TEAL, radius: 12 }),
    col('Pass', [T('Hopcar Pass', { size: 16, weight: 700 }), para('20% off every minute for £7.99 a month. Cancel anytime.', { size: 13 })], { gap: 6, pad: [16, 16, 16, 16], fill: '#E6F6F5', radius: 14 }),
    link('Back to map', { link: { kind: 'BACK' }, underline: false, w: 120 }),
  ], { gap: 14, pad: [16, 20, 16, 20] }),
]);
add('help', 'Help', 10, [
  sb(), col('Frame 90', [
    heading('Help', { size: 26 }),
    ...['The car won’t unlock', 'I got a parking ticket', 'Damage or accident', 'Refunds'].map((q) => row('Row', [T(q, { size: 15 }), vec('Chevron', 8, 14, { fill: '#5C6670' })], { pad: [14, 0, 14, 0], stroke: '#E1E6E8' })),
    frameBtn('Chat with us', { fill: TEAL, radius: 12 }),
    link('Back', { link: { kind: 'BACK' }, underline: false, w: 60 }),
  ], { gap: 4, pad: [16, 20, 16, 20] }),
]);

const flowPage = canvas(doc, P, 'App flow', scr, { starts: [['welcome', 'New driver']] });
const cover = canvas(doc, '0', 'Cover', [build(doc, '0', col('Cover', [T('Hopcar', { size: 80, weight: 700, color: '#FFFFFF' }), T('Driver app · sign-up to first trip', { size: 30, color: '#CCF0EE' })], { w: 1920, h: 960, fill: TEAL, pad: [320, 160, 160, 160], gap: 20 }), 0, 0, 1920)]);
const comps = canvas(doc, C, 'Components', [set]);
resolveLinks(doc);
writeFile(join(out, `${NAME}.json`), doc, { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, comps] }, { name: 'Hopcar — driver app', lastModified: '2025-05-02T08:30:55Z', version: '5455120077' });

const leftOut = ['funnel.social-proof', 'privacy.statistics'];
writeTruth(join(out, `${NAME}.truth.json`), {
  file: `${NAME}.json`, kind: 'negative', writtenBy: WRITTEN_BY,
  description: 'Consumer car-sharing app (mobile, UK): phone sign-up, driving-licence scan, payment card, map, unlock and trip, wallet and help. Nobody connects business software.',
  present: [],
  absent: ALL_IDS.filter((i) => !leftOut.includes(i)),
  notes: {
    'funnel.social-proof': 'Left out: "Trusted by 1M drivers" with stars is generic consumer social proof, not tied to any account connection.',
    'privacy.statistics': 'Left out: the 1M-drivers figure is a number with a trust claim, though not about data protection.',
    'funnel.cta-visible': '"Link your driving licence" and "Connect your card" are identity and payment steps, not connecting business software.',
    'connection.delete': '"Remove card" deletes a payment card, not a data connection.',
    'connection.syncing-indicator': '"Unlocking car…" spinner is about the car, not data syncing.',
    'value.progress-meter': '"Step 1 of 2" counts sign-up steps, not connected sources.',
    'privacy.support-contacts': 'Only a Help list with chat.',
  },
  flow: { startFrameId: doc.keys.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

// d65 — van leasing for tradespeople, mobile 375x812, UK English, terse copy.
// The prototype start is deliberately left unset on every page.
import { setPage, reseed, F, T, R, V, I, C, E, canvas, finish, countNodes, flowFacts, writeOut, fileShell, WRITTEN_BY, btnFrame, btnGroup, btnInst, link, field, logo, spinner, divider, auto } from './lib.mjs';

const NAME = 'd65-trades-van-leasing-mobile';
const W = 375, H = 812;
reseed(65);
const ORANGE = '#F26B1D', INK = '#111418', MUTED = '#687078';

setPage(4, 1);
const cBtn = C('COMPONENT', 'button/lg', [0, 0, 327, 52], { fill: ORANGE, radius: 12 }, [T('Label', [16, 16, 295, 20], { s: 16, w: 700, c: '#FFFFFF', align: 'CENTER' })]);
const cRow = C('COMPONENT', 'list/row', [0, 80, 343, 56], { fill: '#FFFFFF' }, [R('ico', [0, 12, 32, 32], { fill: '#EEEEEE', radius: 6 }), T('Row', [44, 18, 250, 20], { s: 16 }), V('chevron', [323, 22, 8, 12], { stroke: MUTED })]);
const compPage = canvas('4:1', 'Components', [cBtn, cRow]);
const components = {
  [cBtn.id]: { key: 'k65btn', name: 'button/lg', description: '', documentationLinks: [] },
  [cRow.id]: { key: 'k65row', name: 'list/row', description: 'Tappable list row', documentationLinks: [] },
};
const BTN = cBtn.id, ROW = cRow.id;

setPage(1, 1);
const status = () => F(auto('Frame'), [0, 0, W, 44], {}, [T('9:41', [24, 14, 40, 18], { s: 15, w: 600 }), V('Vector', [300, 16, 52, 12], { fill: INK })]);
const screen = (name, key, kids, p = {}) => F(name, [0, 0, W, H], { key, fill: '#FFFFFF', clip: true, ...p }, [status(), ...kids]);

const tour1 = screen('Onboarding 1', 'tour1', [
  link('Skip', [315, 56, 40, 20], MUTED, { u: false, go: ['signup'] }),
  R(auto('Rectangle'), [24, 110, 327, 300], { fill: { type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img65van' }, radius: 20 }),
  T('Vans for trades.\nSorted.', [24, 440, 327, 76], { s: 28, w: 800 }),
  T('New and nearly-new vans, fixed monthly price, servicing in.', [24, 524, 327, 44], { s: 15, c: MUTED }),
  btnInst('Next', [24, 716, 327, 52], BTN, { old: 'tour2' }),
]);
const tour2 = screen('Onboarding 2', 'tour2', [
  link('Skip', [315, 56, 40, 20], MUTED, { u: false, go: ['signup'] }),
  R(auto('Rectangle'), [24, 110, 327, 300], { fill: { type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img65racking' }, radius: 20 }),
  T('Racking and ply-lining\nat no extra cost', [24, 440, 327, 76], { s: 28, w: 800 }),
  T('Cancel anytime in the first 14 days.', [24, 524, 327, 22], { s: 15, c: MUTED }),
  btnInst('Get started', [24, 716, 327, 52], BTN, { old: 'signup' }),
]);

const signup = screen('Sign up', 'signup', [
  T('Get a quote', [24, 72, 327, 34], { s: 28, w: 800 }),
  field('Name', 'Jay Patel', [24, 130, 327, 68]),
  field('Mobile', '07700 900123', [24, 214, 327, 68]),
  field('Email', 'jay@patelplumbing.co.uk', [24, 298, 327, 68]),
  field('Trade', 'Plumbing & heating', [24, 382, 327, 68]),
  G_hidden(),
  btnInst('Continue', [24, 716, 327, 52], BTN, { go: ['check'] }),
]);
function G_hidden() {
  return F(auto('Frame'), [24, 480, 327, 60], { hidden: true, layout: 'VERTICAL', gap: 4 }, [T('★★★★★  Rated 4.9 by 9,000 tradespeople', [0, 0, 327, 20], { s: 14, w: 600 }), T('“Van on the drive in 6 days.” — Dan, sparky', [0, 26, 327, 20], { s: 13, c: MUTED })]);
}

const stepper = (n) => F(auto('Frame'), [24, 56, 327, 24], { layout: 'HORIZONTAL', gap: 6 }, [0, 1, 2, 3].map((i) => R(auto('Rectangle'), [i * 84, 8, 78, 6], { fill: i < n ? ORANGE : '#E6E8EB', radius: 3 })));

const check = screen('Affordability', 'check', [
  stepper(2),
  T('Step 2 of 4', [24, 88, 200, 18], { s: 13, c: MUTED }),
  T('Quick affordability check', [24, 116, 327, 64], { s: 26, w: 800 }),
  T('Link your bank or books. Faster decision, fewer docs.', [24, 190, 327, 44], { s: 16 }),
  link('Why link? →', [24, 244, 120, 20], ORANGE, { url: 'https://vanstack.co.uk/faq#linking', u: false }),
  F(auto('Frame'), [24, 560, 327, 44], { layout: 'HORIZONTAL', gap: 8 }, [V('Vector', [0, 4, 16, 20], { fill: MUTED, name: 'lock' }), T('Read-only. Encrypted. Unlink whenever you like.', [24, 2, 300, 40], { s: 13, c: MUTED })]),
  btnInst('Link bank', [24, 640, 327, 52], BTN, { go: ['providers'] }),
  link('Upload statements instead', [24, 712, 327, 20], INK, { go: ['upload'], align: 'CENTER' }),
]);

const prow = (label, ref, y, to) => I(label, [16, y, 343, 56], ROW, { go: to ? [to] : undefined }, [logo([0, 12, 32, 32], ref), T(label, [44, 18, 250, 20], { s: 16 }), V('Vector', [323, 22, 8, 12], { stroke: MUTED })]);
const providers = screen('Frame 2', 'providers', [
  link('‹', [16, 52, 24, 30], INK, { back: true, u: false, s: 28 }),
  T('Pick one', [24, 92, 327, 34], { s: 26, w: 800 }),
  ...[['Barclays', 'img65barclays'], ['Lloyds', 'img65lloyds'], ['NatWest', 'img65natwest'], ['Monzo', 'img65monzo'], ['Starling', 'img65starling'], ['Xero', 'img65xero'], ['QuickBooks', 'img65qb'], ['Sage', 'img65sage'], ['FreeAgent', 'img65fa']].map(([l, r], i) => prow(l, r, 144 + i * 60, i === 0 ? 'banklogin' : undefined)),
  link('Not here? Upload statements', [24, 700, 327, 20], ORANGE, { go: ['upload'], u: false }),
]);

const banklogin = screen('barclays.co.uk', 'banklogin', [
  F(auto('Frame'), [0, 44, W, 40], { fill: '#F2F2F2' }, [T('🔒 barclays.co.uk', [0, 10, W, 20], { s: 13, align: 'CENTER', c: MUTED })]),
  V('Vector', [24, 110, 140, 30], { fill: '#00AEEF' }),
  T('Log in to allow access', [24, 170, 327, 30], { s: 22, w: 700 }),
  field('Membership number', '••••••••', [24, 220, 327, 68]),
  field('Passcode', '•••••', [24, 304, 327, 68]),
  btnFrame('Allow', [24, 716, 327, 52], '#00395D', { radius: 4, go: ['checking'] }),
]);

const checking = screen('Frame 3', 'checking', [
  F(auto('Frame'), [24, 300, 327, 160], { layout: 'VERTICAL', gap: 16, old: 'linked' }, [
    spinner([139, 0, 48, 48]),
    T('Checking…', [0, 72, 327, 28], { s: 20, w: 700, align: 'CENTER' }),
    T('Usually under a minute.', [0, 108, 327, 20], { s: 14, c: MUTED, align: 'CENTER' }),
  ]),
]);

const linked = screen('Frame 4', 'linked', [
  stepper(3),
  T('Decision strength', [24, 100, 327, 20], { s: 14, w: 600 }),
  F(auto('Frame'), [24, 128, 327, 12], { fill: '#E6E8EB', radius: 6 }, [R(auto('Rectangle'), [0, 0, 200, 12], { fill: '#2EAD5B', radius: 6 })]),
  T('Good · add your books to max it out', [24, 148, 327, 18], { s: 13, c: MUTED }),
  F(auto('Frame'), [16, 196, 343, 132], { fill: '#F7F8F9', radius: 12, layout: 'VERTICAL', padX: 16, padY: 12, gap: 8 }, [
    F(auto('Frame'), [16, 12, 311, 48], { layout: 'HORIZONTAL', gap: 12 }, [logo([0, 8, 32, 32], 'img65barclays'), T('Bank', [44, 14, 160, 20], { s: 16, w: 600 }), T('Linked ✓', [230, 14, 80, 20], { s: 14, w: 600, c: '#2EAD5B' })]),
    divider([16, 64, 311, 1]),
    F(auto('Frame'), [16, 72, 311, 48], { layout: 'HORIZONTAL', gap: 12 }, [V('Vector', [0, 8, 32, 32], { fill: '#D5D9DE' }), T('Accounts', [44, 14, 160, 20], { s: 16, w: 600 }), link('+ Add', [250, 14, 60, 20], ORANGE, { u: false, go: ['providers'] })]),
  ]),
  btnInst('Continue', [24, 716, 327, 52], BTN, { go: ['details'] }),
]);

const details = screen('Frame 5', 'details', [
  stepper(4),
  T('Your business', [24, 96, 327, 34], { s: 26, w: 800 }),
  T('From your bank. Check it.', [24, 136, 327, 20], { s: 14, c: MUTED }),
  field('Business name', 'Patel Plumbing & Heating Ltd', [24, 172, 327, 68], { bg: '#FFF6F0' }),
  field('Company no.', '11223344', [24, 256, 327, 68], { bg: '#FFF6F0' }),
  field('Address', '7 Mill Rd, Leicester LE2 1AA', [24, 340, 327, 68], { bg: '#FFF6F0' }),
  field('Avg monthly income', '£14,800', [24, 424, 327, 68], { bg: '#FFF6F0' }),
  btnInst('Looks good', [24, 716, 327, 52], BTN, { go: ['quote'] }),
]);

const quote = screen('Frame 6', 'quote', [
  T('You’re approved 🎉', [24, 80, 327, 34], { s: 26, w: 800 }),
  R(auto('Rectangle'), [24, 136, 327, 180], { fill: { type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img65transit' }, radius: 16 }),
  T('Ford Transit Custom 280 L1\n£289/mo · 48 months · 10k miles/yr', [24, 332, 327, 48], { s: 16, w: 600 }),
  btnGroup('Reserve this van', [24, 716, 327, 52], ORANGE, { go: ['profile'] }),
]);

const upload = screen('Frame 7', 'upload', [
  link('‹', [16, 52, 24, 30], INK, { back: true, u: false, s: 28 }),
  T('Upload statements', [24, 92, 327, 34], { s: 26, w: 800 }),
  T('Last 3 months. PDF.', [24, 132, 327, 20], { s: 15, c: MUTED }),
  F(auto('Frame'), [24, 176, 327, 180], { stroke: '#C8CDD2', radius: 12, fill: '#F7F8F9' }, [V('Vector', [147, 60, 32, 32], { fill: ORANGE }), T('Tap to add files', [0, 110, 327, 20], { s: 15, align: 'CENTER' })]),
  btnInst('Send', [24, 716, 327, 52], BTN, { go: ['linked'] }),
]);

const profile = screen('Frame 8', 'profile', [
  T('Account', [24, 80, 327, 34], { s: 26, w: 800 }),
  E(auto('Ellipse'), [24, 130, 56, 56], { fill: '#FFE2D1' }),
  T('Jay Patel\njay@patelplumbing.co.uk', [92, 136, 260, 44], { s: 15 }),
  ...['Your van', 'Payments', 'Documents', 'Notifications'].map((l, i) => T(l, [24, 220 + i * 52, 327, 22], { s: 16 })),
  link('Close account', [24, 460, 200, 20], '#C62828', { u: false }),
]);

const frames = [tour1, tour2, signup, check, providers, banklogin, checking, linked, details, quote, upload, profile];
frames.forEach((f, i) => { f._b = [i * (W + 80), 0, W, H]; });
const flowPage = canvas('1:1', 'App', frames);

setPage(0, 1);
const cover = canvas('0:1', 'Cover', [F('Cover', [0, 0, 1240, 640], { fill: ORANGE }, [T('Vanstack — mobile quote flow', [80, 260, 1000, 60], { s: 52, w: 800, c: '#FFFFFF' })])]);

const document = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [cover, flowPage, compPage] };
finish(document);
const facts = flowFacts(flowPage, signup.id, check.id);
const file = fileShell(NAME, '2026-01-22T08:03:19Z', document, components);

const present = ['funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.faq-link', 'value.progress-meter', 'privacy.trust-language', 'privacy.disconnect-anytime', 'platform.alternatives', 'platform.multiple-connections', 'connection.syncing-indicator'];
const absent = ['funnel.greeting-email', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'connection.view-live', 'connection.delete', 'connection.refresh'];
const notes = {
  'funnel.three-actions': 'No prototype start is set; from the sign-up frame one tap reaches the affordability screen.',
  'value.three-part': 'Only a one-line benefit and the button; nothing says how the bank data is used.',
  'value.progress-meter': '"Decision strength" bar after the first link, plus a 4-step stepper.',
  'privacy.trust-language': '"Read-only. Encrypted."',
  'privacy.disconnect-anytime': '"Unlink whenever you like."',
  'platform.explain-redirect': 'Tapping a bank goes straight to the bank login page with no explanation first.',
  'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" in the provider list.',
  'platform.grouped-categories': 'Banks and accounting packages in one flat list without headings.',
  'platform.non-linear': '"Skip" exists only on the marketing tour; the application has no save, share or skip.',
  'funnel.social-proof': 'Rating and quote are a hidden layer on sign-up.',
  'connection.delete': '"Close account" closes the lease account, not a link.',
};
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Mobile (375x812) van leasing for UK tradespeople with very terse copy. After sign-up the applicant links a bank or accounting package for an affordability check; flat provider list, bank login page, checking spinner, decision-strength meter, details prefilled from the bank. No prototype start set.',
  present, absent, notes,
  flow: { startFrameId: signup.id, connectFrameId: check.id, stepsToConnect: facts.stepsToConnect, deadEnds: facts.deadEnds },
};
writeOut(new URL('..', import.meta.url).pathname, NAME, file, truth);
console.log(NAME, 'nodes', countNodes(document), 'flow', JSON.stringify(truth.flow));

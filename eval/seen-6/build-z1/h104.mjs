// h104 — negative: a dog-walking app for owners (iPhone 390x844). No business software is connected.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  page, setFont, nid, T, F, col, row, I, G, R, V, E, screen, canvas, writeFile, writeTruth,
  nav, overlay, changeTo, BACK, CLOSE, btnFrame, btnGroup, linkText, box20, logoImg, spacer,
} from './lib.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h104-negative-dog-walking';
setFont('Nunito');
const TEAL = '#0F766E';
const SAND = '#FFF8EE';
const GREY = '#64748B';

page(3, 1);
const cSet = nid();
const cDef = nid();
const cHov = nid();
const cWalker = nid();
const comps = {
  [cDef]: { key: '91aa0f3e2c10', name: 'Property 1=Default', description: '', componentSetId: cSet },
  [cHov]: { key: '91aa0f3e2c11', name: 'Property 1=Variant2', description: '', componentSetId: cSet },
  [cWalker]: { key: '4dd7c1b80e52', name: 'walker row', description: '' },
};
const sets = { [cSet]: { key: 'aa73e01bd9c4', name: 'Btn', description: '' } };
const compPage = canvas('0:3', 'Components', [
  F('Btn', { id: cSet, type: 'COMPONENT_SET', x: 0, y: 0, w: 400, h: 150, stroke: '#9747FF' }, [
    row('Property 1=Default', { id: cDef, type: 'COMPONENT', x: 20, y: 20, w: 350, pad: [15, 20], main: 'CENTER', r: 14, fill: TEAL, hover: [changeTo(cHov)] }, [T('Button', { color: '#FFFFFF', weight: 800, size: 16, hug: true })]),
    row('Property 1=Variant2', { id: cHov, type: 'COMPONENT', x: 20, y: 85, w: 350, pad: [15, 20], main: 'CENTER', r: 14, fill: '#115E59' }, [T('Button', { color: '#FFFFFF', weight: 800, size: 16, hug: true })]),
  ]),
  row('walker row', { id: cWalker, type: 'COMPONENT', x: 460, y: 0, w: 350, pad: 12, gap: 12, r: 14, fill: '#FFFFFF' }, [E('Photo', { w: 48, h: 48, fill: '#CBD5E1' }), T('Name', { size: 15, weight: 700, grow: 1 })]),
]);

page(2, 1);
const S = {};
for (const k of ['welcome', 'signup', 'dog', 'walkers', 'walker', 'book', 'card', 'live', 'report', 'settings', 'help']) S[k] = nid();
page(2, 400);
const W = 390;
const H = 844;
const cta = (label, on) => I(cDef, 'Btn', { layout: 'H', pad: [15, 20], main: 'CENTER', r: 14, fill: TEAL, on }, [T(label, { color: '#FFFFFF', weight: 800, size: 16, hug: true })]);
const bodyCol = (kids, o = {}) => col('Auto layout', { x: 0, y: 54, w: W, pad: [12, 20, 24, 20], gap: o.gap ?? 16 }, kids);
const status = () => F('Status Bar', { x: 0, y: 0, w: W, h: 54 }, [T('9:41', { x: 32, y: 18, size: 16, weight: 700, w: 44 }), V('Vector', { x: 300, y: 22, w: 60, h: 12, fill: '#000000' })]);
const walker = (name, rating, meta, on) =>
  I(cWalker, 'walker row', { layout: 'H', pad: 12, gap: 12, r: 14, fill: '#FFFFFF', on }, [
    E('Photo', { w: 48, h: 48, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'wlk' + name.length }] }),
    col('Frame 31', { gap: 2, grow: 1 }, [T(name, { size: 15, weight: 700 }), T(meta, { size: 12, color: GREY })]),
    T(rating, { size: 13, weight: 700, hug: true }),
  ]);
const field = (label, value) => col('Input', { gap: 6 }, [T(label, { size: 13, color: GREY }), row('Frame 20', { pad: [13, 14], r: 12, stroke: '#CBD5E1', fill: '#FFFFFF' }, [T(value, { size: 15, grow: 1 })])]);

const screens = [
  screen(S.welcome, 'Onboarding 1', 0, 0, W, H, { fill: SAND }, [
    status(),
    row('Frame 2', { x: 0, y: 60, w: W, pad: [0, 20], main: 'MAX' }, [T('Skip', { size: 15, weight: 700, color: GREY, hug: true, on: [nav(S.signup)] })]),
    col('Auto layout', { x: 0, y: 130, w: W, pad: [0, 28], gap: 18, cross: 'CENTER' }, [
      R('Rectangle 4', { w: 300, h: 280, r: 24, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'd0gpark1' }] }),
      T('Happy dogs, tired paws 🐾', { size: 26, weight: 800, align: 'CENTER' }),
      T('Vetted local walkers, live GPS tracking and a photo report after every walk.', { size: 15, color: GREY, align: 'CENTER' }),
      T('Trusted by 80k owners across the UK', { size: 13, weight: 700, color: TEAL, align: 'CENTER' }),
      cta('Get started', [nav(S.signup)]),
    ]),
  ]),
  screen(S.signup, 'Sign up', 440, 0, W, H, {}, [
    status(),
    bodyCol([
      V('Back', { w: 10, h: 18, fill: '#0F172A', on: [BACK] }),
      T('Create your account', { size: 26, weight: 800 }),
      field('Your name', 'Priya Shah'),
      field('Email', 'priya.shah@gmail.com'),
      field('Postcode', 'BS6 5AB'),
      cta('Continue', [nav(S.dog)]),
      row('Frame 21', { gap: 4, main: 'CENTER' }, [T('By continuing you agree to our', { size: 12, color: GREY, hug: true }), linkText('Terms', { size: 12, deco: 'UNDERLINE' })]),
      T('Continue with Apple', { size: 15, weight: 700, align: 'CENTER' }),
    ]),
  ]),
  screen(S.dog, 'Your dog', 880, 0, W, H, {}, [
    status(),
    bodyCol([
      T('Tell us about your dog', { size: 26, weight: 800 }),
      E('Add photo', { w: 96, h: 96, stroke: '#CBD5E1', sw: 2 }),
      field('Name', 'Biscuit'),
      field('Breed', 'Cockapoo'),
      field('Age', '3 years'),
      row('Frame 22', { gap: 10 }, [box20('RECTANGLE'), T('Biscuit can be walked with other dogs', { size: 14, grow: 1 })]),
      cta('Find walkers', [nav(S.walkers)]),
    ]),
  ]),
  screen(S.walkers, 'Walkers nearby', 1320, 0, W, H, { fill: SAND }, [
    status(),
    bodyCol([
      T('Connect with walkers', { size: 24, weight: 800 }),
      row('Search', { pad: [11, 14], gap: 10, r: 22, fill: '#FFFFFF', stroke: '#E2E8F0' }, [V('Vector', { w: 16, h: 16, stroke: GREY, sw: 2 }), T('Search walkers near BS6', { size: 14, color: '#94A3B8', grow: 1 })]),
      row('Chips', { gap: 8 }, ['Solo walks', 'Group walks', 'Puppy visits'].map((c, i) => row('Chip', { pad: [6, 12], r: 16, fill: i === 0 ? TEAL : '#FFFFFF', hug: true }, [T(c, { size: 13, weight: 700, color: i === 0 ? '#FFFFFF' : '#0F172A', hug: true })]))),
      walker('Tom Ellery', '★ 4.9', '0.4 mi · 212 walks · DBS checked', [nav(S.walker)]),
      walker('Sara Okoye', '★ 5.0', '0.7 mi · 98 walks', [nav(S.walker)]),
      walker('Jamie Lin', '★ 4.8', '1.1 mi · 340 walks · Pet first aid', [nav(S.walker)]),
      walker('Maud Fischer', '★ 4.7', '1.3 mi · 51 walks', [nav(S.walker)]),
    ], { gap: 12 }),
  ]),
  screen(S.walker, 'Walker profile', 1760, 0, W, H, {}, [
    status(),
    bodyCol([
      V('Back', { w: 10, h: 18, fill: '#0F172A', on: [BACK] }),
      row('Frame 40', { gap: 14 }, [logoImg('wlk10', 72, { r: 36, name: 'Photo' }), col('Frame 41', { gap: 4, grow: 1 }, [T('Tom Ellery', { size: 22, weight: 800 }), T('★ 4.9 · 212 walks · 2 yrs on Pawtrail', { size: 13, color: GREY })])]),
      T('Former kennel assistant. Happy with big, bouncy dogs and nervous rescues alike.', { size: 14 }),
      T('Reviews', { size: 17, weight: 800 }),
      col('Review', { pad: 14, gap: 6, r: 12, fill: SAND }, [T('“Biscuit comes home exhausted and happy. Photos every time!”', { size: 14 }), T('Hannah, Redland', { size: 12, color: GREY })]),
      col('Review', { pad: 14, gap: 6, r: 12, fill: SAND }, [T('“Always on time, always texts when he’s back.”', { size: 14 }), T('Owen, Cotham', { size: 12, color: GREY })]),
      cta('Book a walk', [nav(S.book)]),
      T('Message Tom', { size: 15, weight: 700, color: TEAL, align: 'CENTER' }),
    ]),
  ]),
  screen(S.book, 'Book walk', 0, 940, W, H, {}, [
    status(),
    bodyCol([
      T('When should Tom come?', { size: 24, weight: 800 }),
      row('Days', { gap: 8 }, ['Mon 12', 'Tue 13', 'Wed 14', 'Thu 15'].map((d, i) => col('Day', { pad: [10, 12], r: 12, fill: i === 1 ? TEAL : '#F1F5F9', hug: true, cross: 'CENTER' }, [T(d, { size: 13, weight: 700, color: i === 1 ? '#FFFFFF' : '#0F172A', hug: true })]))),
      row('Times', { gap: 8 }, ['08:00', '12:30', '17:00'].map((t) => row('Slot', { pad: [10, 16], r: 12, stroke: '#CBD5E1', hug: true }, [T(t, { size: 14, hug: true })]))),
      row('Frame 50', { main: 'SPACE_BETWEEN' }, [T('60-minute solo walk', { size: 15, hug: true }), T('£16.00', { size: 15, weight: 800, hug: true })]),
      cta('Continue to payment', [nav(S.card)]),
    ]),
  ]),
  screen(S.card, 'Payment', 440, 940, W, H, {}, [
    status(),
    bodyCol([
      V('Back', { w: 10, h: 18, fill: '#0F172A', on: [BACK] }),
      T('Link your card', { size: 24, weight: 800 }),
      T('You’re only charged after each walk is finished.', { size: 14, color: GREY }),
      field('Card number', '4242 4242 4242 4242'),
      row('Frame 60', { gap: 12 }, [field('Expiry', '08 / 27'), field('CVC', '•••')]),
      row('Frame 61', { gap: 10 }, [box20('VECTOR'), T('Save this card for next time', { size: 14, grow: 1 })]),
      btnGroup('Pay £16.00 & book', 350, 52, { fill: TEAL, r: 14, num: 8, on: [nav(S.live)] }),
      T('Apple Pay', { size: 15, weight: 700, align: 'CENTER' }),
    ]),
  ]),
  screen(S.live, 'Live walk', 880, 940, W, H, {}, [
    status(),
    R('Map', { x: 0, y: 54, w: W, h: 520, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'm4pbr1st0l' }] }),
    row('Toast', { x: 95, y: 80, w: 200, pad: [8, 12], gap: 8, r: 16, fill: '#FFFFFF' }, [E('Ellipse 5', { w: 14, h: 14, stroke: TEAL, sw: 2 }), T('Syncing walk map…', { size: 13, weight: 700, grow: 1 })]),
    col('Sheet', { x: 0, y: 560, w: W, h: 284, pad: 20, gap: 10, r: 24, fill: '#FFFFFF' }, [
      T('Tom is walking Biscuit', { size: 20, weight: 800 }),
      T('34 min · 2.1 km · 2 wees, 1 poo 💩', { size: 14, color: GREY }),
      btnFrame('See walk report', { fill: TEAL, r: 14, on: [nav(S.report)] }),
    ]),
  ]),
  screen(S.report, 'Walk report', 1320, 940, W, H, { fill: SAND }, [
    status(),
    bodyCol([
      T('Walk report 🐶', { size: 24, weight: 800 }),
      R('Photo', { w: 350, h: 220, r: 16, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'b1scu1t' }] }),
      T('Biscuit made friends with a spaniel and refused to leave the pond. Paws wiped before drop-off!', { size: 14 }),
      T('Rate this walk ☆☆☆☆☆', { size: 15, weight: 700 }),
      cta('Book again', [nav(S.book)]),
      T('Account', { size: 14, color: TEAL, weight: 700, align: 'CENTER', on: [nav(S.settings)] }),
    ]),
  ]),
  screen(S.settings, 'Account', 1760, 940, W, H, {}, [
    status(),
    bodyCol([
      T('Account', { size: 26, weight: 800 }),
      col('Frame 80', { pad: 14, gap: 8, r: 14, fill: SAND }, [T('Pawtrail Plus', { size: 16, weight: 800 }), T('Free cancellations & priority booking · £4.99/month · cancel anytime', { size: 13, color: GREY })]),
      row('Frame 81', { main: 'SPACE_BETWEEN' }, [T('Visa •••• 4242', { size: 15, hug: true }), T('Remove', { size: 14, color: '#B91C1C', hug: true })]),
      T('Notifications', { size: 15 }),
      T('Help', { size: 15, on: [overlay(S.help)] }),
      T('Sign out', { size: 15 }),
      spacer(120),
      T('Delete account', { size: 15, color: '#B91C1C' }),
    ]),
  ]),
  screen(S.help, 'Help sheet', 2200, 940, W, 360, { r: 20 }, [
    col('Auto layout', { x: 0, y: 0, w: W, pad: 24, gap: 14 }, [
      T('Help', { size: 22, weight: 800 }),
      T('Lost dog? Call us now on 0117 496 0123', { size: 15 }),
      T('Walk questions: message your walker in the app', { size: 15 }),
      T('Close', { size: 15, weight: 700, color: TEAL, align: 'CENTER', on: [CLOSE] }),
    ]),
  ]),
];
const flowPage = canvas('0:2', 'App', screens, { flows: [[S.welcome, 'New owner']] });
page(1, 1);
const cover = canvas('0:1', 'Cover', [
  screen(nid(), 'Cover', 0, 0, 1440, 960, { fill: TEAL }, [
    T('Pawtrail — owner app', { x: 100, y: 400, size: 72, weight: 800, color: '#FFFFFF', w: 1200 }),
  ]),
]);
page(4, 1);
const archive = canvas('0:4', 'Archive', [
  screen(nid(), 'Welcome (old)', 0, 0, W, H, { fill: SAND }, [
    status(),
    bodyCol([T('Walks your dog will love', { size: 26, weight: 800 }), cta('Join the pack'), G('Group 1', [R('Rectangle 9', { w: 120, h: 40, r: 8, fill: '#E2E8F0' }), T('Skip', { x: 40, y: 10, size: 14, w: 40 })])]),
  ]),
]);

const count = writeFile(DIR, NAME, { title: 'Pawtrail Owner App', lastModified: '2025-02-14T11:27:30Z', version: '5120947718' }, [cover, flowPage, compPage, archive], comps, sets);

const all = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
writeTruth(DIR, NAME, {
  kind: 'negative',
  description:
    'Pawtrail, a dog-walking app for owners (iPhone 390x844): welcome with Skip and an owner count, sign-up, dog profile, a walker list with search, walker profile with reviews, booking, card payment, live walk map with a syncing toast, walk report, account settings and a help sheet. Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent: all,
  notes: {
    'funnel.social-proof': 'Left out: "Trusted by 80k owners" and walker reviews are social proof for dog owners, not for connecting business software.',
    'privacy.statistics': 'Absent: the owner count is marketing, not a figure about trusting a data connection.',
    'platform.search': 'Absent: the search field finds dog walkers, not integrations.',
    'connection.delete': 'Absent: "Remove" is for a saved payment card; "Delete account" closes the user account.',
    'connection.syncing-indicator': 'Absent: "Syncing walk map…" is a GPS map, not a connected business data source.',
    'privacy.consent-action': 'Absent: the checkboxes are about group walks and saving a card.',
    'privacy.support-contacts': 'Absent: one phone line for lost dogs; no support for a data connection.',
  },
  flow: { startFrameId: S.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log(NAME, count, 'nodes');

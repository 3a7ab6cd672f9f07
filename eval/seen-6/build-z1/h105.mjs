// h105 — negative: a home-workout app (iPhone 393x852). Connects fitness gear and a
// health app only; no business software.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  page, setFont, nid, T, F, col, row, I, G, R, V, E, screen, section, canvas, writeFile, writeTruth,
  nav, swap, changeTo, BACK, url, btnFrame, btnGroup, linkText, spacer,
} from './lib.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h105-negative-home-workout';
setFont('SF Pro Display');
const INK = '#0B0B0F';
const LIME = '#C6F432';
const DIM = '#8A8A99';
const CARD = '#1A1A22';

page(4, 1);
const cSet = nid();
const cA = nid();
const cB = nid();
const cOpt = nid();
const comps = {
  [cA]: { key: '7f3e11c0d9a1', name: 'size=L, state=rest', description: '', componentSetId: cSet },
  [cB]: { key: '7f3e11c0d9a2', name: 'size=L, state=press', description: '', componentSetId: cSet },
  [cOpt]: { key: '20b4c8e6f1d3', name: 'quiz option', description: '' },
};
const sets = { [cSet]: { key: 'b8c2d4e6f0a1', name: '🔘 button', description: '' } };
const compPage = canvas('0:4', '❖ Components', [
  F('🔘 button', { id: cSet, type: 'COMPONENT_SET', x: 0, y: 0, w: 400, h: 150, stroke: '#9747FF' }, [
    row('size=L, state=rest', { id: cA, type: 'COMPONENT', x: 20, y: 20, w: 353, pad: [16, 20], main: 'CENTER', r: 30, fill: LIME, hover: [changeTo(cB)] }, [T('Label', { color: INK, weight: 700, size: 17, hug: true })]),
    row('size=L, state=press', { id: cB, type: 'COMPONENT', x: 20, y: 85, w: 353, pad: [16, 20], main: 'CENTER', r: 30, fill: '#A8D420' }, [T('Label', { color: INK, weight: 700, size: 17, hug: true })]),
  ]),
  row('quiz option', { id: cOpt, type: 'COMPONENT', x: 460, y: 0, w: 353, pad: 16, gap: 12, r: 16, fill: CARD }, [T('Option', { size: 16, weight: 600, color: '#FFFFFF', grow: 1 })]),
]);

page(2, 1);
const S = {};
for (const k of ['splash', 'q1', 'q2', 'q3', 'bike', 'health', 'import', 'today', 'player', 'premium', 'profile']) S[k] = nid();
page(2, 500);
const W = 393;
const H = 852;
const go = (label, on) => I(cA, '🔘 button', { layout: 'H', pad: [16, 20], main: 'CENTER', r: 30, fill: LIME, on }, [T(label, { color: INK, weight: 700, size: 17, hug: true })]);
const opt = (label, on, sel) => I(cOpt, 'quiz option', { layout: 'H', pad: 16, gap: 12, r: 16, fill: CARD, stroke: sel ? LIME : undefined, on }, [T(label, { size: 16, weight: 600, color: '#FFFFFF', grow: 1 })]);
const status = () => F('Status bar', { x: 0, y: 0, w: W, h: 54 }, [T('9:41', { x: 34, y: 18, size: 16, weight: 600, color: '#FFFFFF', w: 44 }), V('Vector', { x: 300, y: 22, w: 66, h: 12, fill: '#FFFFFF' })]);
const body = (kids, o = {}) => col('Auto layout', { x: 0, y: 54, w: W, pad: [12, 20, 28, 20], gap: o.gap ?? 16 }, kids);
const stepper = (n) =>
  col('Frame 10', { gap: 8 }, [
    T(`Step ${n} of 3`, { size: 13, weight: 600, color: DIM }),
    row('Frame 11', { gap: 6 }, [1, 2, 3].map((i) => R('Rectangle ' + (20 + i), { w: 113, h: 4, r: 2, fill: i <= n ? LIME : '#2C2C36' }))),
  ]);
const h1 = (s) => T(s, { size: 28, weight: 800, color: '#FFFFFF' });
const p = (s, o = {}) => T(s, { size: 15, color: DIM, ...o });

const quiz = [
  screen(S.splash, 'Splash', 0, 60, W, H, { fill: INK }, [
    status(),
    R('Hero', { x: 0, y: 0, w: W, h: 520, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'h0m3gym1' }] }),
    col('Auto layout', { x: 0, y: 540, w: W, pad: [0, 20], gap: 14 }, [
      h1('Sweat at home.\nNo commute.'),
      p('20-minute workouts built around the kit you already own.'),
      go('Start free', [nav(S.q1)]),
      T('I already have an account', { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]),
  ]),
  screen(S.q1, 'Quiz – goal', 453, 60, W, H, { fill: INK }, [
    status(),
    body([
      stepper(1),
      h1('What’s your main goal?'),
      opt('💪 Build strength', [nav(S.q2)]),
      opt('🔥 Lose fat', [nav(S.q2)], true),
      opt('🧘 Move better', [nav(S.q2)]),
      opt('🏃 Train for a race', [nav(S.q2)]),
    ]),
  ]),
  screen(S.q2, 'Quiz – level', 906, 60, W, H, { fill: INK }, [
    status(),
    body([
      V('Back', { w: 10, h: 18, fill: '#FFFFFF', on: [BACK] }),
      stepper(2),
      h1('How often do you train now?'),
      opt('Rarely', [nav(S.q3)]),
      opt('1–2 times a week', [nav(S.q3)], true),
      opt('3+ times a week', [nav(S.q3)]),
    ]),
  ]),
  screen(S.q3, 'Quiz – equipment', 1359, 60, W, H, { fill: INK }, [
    status(),
    body([
      stepper(3),
      h1('What kit do you have?'),
      opt('Dumbbells', undefined, true),
      opt('Resistance bands'),
      col('Frame 30', { pad: 16, gap: 10, r: 16, fill: CARD, stroke: LIME }, [
        T('🚲 Smart bike', { size: 16, weight: 600, color: '#FFFFFF' }),
        p('Get live power and cadence in every ride.', { size: 13 }),
        btnFrame('Connect your smart bike', { fill: '#FFFFFF', color: INK, r: 24, size: 15, on: [nav(S.bike)] }),
      ]),
      T('Skip\u00a0for now', { size: 15, weight: 600, color: DIM, align: 'CENTER', on: [nav(S.health)] }),
    ]),
  ]),
];
const setup = [
  screen(S.bike, 'Pair bike', 0, 60, W, H, { fill: INK }, [
    status(),
    body([
      V('Back', { w: 10, h: 18, fill: '#FFFFFF', on: [BACK] }),
      h1('Pair your bike'),
      p('Turn Bluetooth on and start pedalling to wake the bike.'),
      row('Frame 40', { gap: 10 }, [G('Group 4', [E('Ellipse 1', { w: 20, h: 20, stroke: '#2C2C36', sw: 3 }), V('Vector', { w: 10, h: 10, stroke: LIME, sw: 3 })]), p('Searching for bikes…', { grow: 1 })]),
      opt('Wahoo KICKR Bike · nearby', [swap(S.health)]),
      opt('Echelon EX-5 · nearby', [swap(S.health)]),
      p('Bike not showing? Check the pairing guide', { size: 13, deco: 'UNDERLINE' }),
    ]),
  ]),
  screen(S.health, 'Apple Health', 453, 60, W, H, { fill: INK }, [
    status(),
    body([
      R('Health icon', { w: 64, h: 64, r: 14, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'ah3alth' }] }),
      h1('Sync with Apple Health'),
      p('Kinetik reads your heart rate and weight, and writes finished workouts and active calories back to Health.'),
      ...['Heart rate', 'Weight', 'Workouts', 'Active energy'].map((k) =>
        row('Frame ' + (50 + k.length), { main: 'SPACE_BETWEEN' }, [T(k, { size: 16, color: '#FFFFFF', hug: true }), R('Toggle', { w: 51, h: 31, r: 16, fill: LIME })]),
      ),
      go('Turn on all', [nav(S.import)]),
      T('Not now', { size: 15, weight: 600, color: DIM, align: 'CENTER', on: [nav(S.import)] }),
    ]),
  ]),
  screen(S.import, 'Import history', 906, 60, W, H, { fill: INK }, [
    status(),
    body([
      h1('Import workouts'),
      p('Bring your past sessions so your plan starts at the right level.'),
      opt('From Strava', [url('https://www.strava.com/oauth/authorize')]),
      opt('From Garmin Connect', [url('https://connect.garmin.com')]),
      opt('Upload .fit or .gpx files'),
      spacer(80),
      go('Build my plan', [nav(S.today)]),
    ]),
  ]),
];
const app = [
  screen(S.today, 'Today', 0, 60, W, H, { fill: INK }, [
    status(),
    body([
      T('Wed 14 May', { size: 13, color: DIM }),
      h1('Today'),
      col('Workout', { pad: 18, gap: 8, r: 20, fill: CARD, on: [nav(S.player)] }, [
        R('Thumb', { w: 317, h: 150, r: 12, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'hi1tw0' }] }),
        T('Full-body dumbbell burner', { size: 18, weight: 700, color: '#FFFFFF' }),
        p('22 min · Intermediate · with Coach Rhea', { size: 13 }),
      ]),
      col('Frame 61', { pad: 18, gap: 8, r: 20, fill: CARD }, [T('Recovery ride', { size: 18, weight: 700, color: '#FFFFFF' }), p('30 min · Zone 2 · smart bike', { size: 13 })]),
      row('Tab bar', { pad: [10, 20], main: 'SPACE_BETWEEN', fill: '#111118' }, [
        T('Today', { size: 11, color: LIME, hug: true }),
        T('Explore', { size: 11, color: DIM, hug: true }),
        T('Premium', { size: 11, color: DIM, hug: true, on: [nav(S.premium)] }),
        T('Me', { size: 11, color: DIM, hug: true, on: [nav(S.profile)] }),
      ]),
    ]),
  ]),
  screen(S.player, 'Player', 453, 60, W, H, { fill: '#000000' }, [
    R('Video', { x: 0, y: 0, w: W, h: 560, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'c0achrh3a' }] }),
    col('Auto layout', { x: 0, y: 580, w: W, pad: [0, 20], gap: 12 }, [
      T('Goblet squat · 0:32', { size: 22, weight: 800, color: '#FFFFFF' }),
      p('Next: renegade row'),
      row('Frame 70', { gap: 24, main: 'CENTER' }, [V('Prev', { w: 24, h: 24, fill: '#FFFFFF' }), E('Pause', { w: 64, h: 64, fill: LIME }), V('Next', { w: 24, h: 24, fill: '#FFFFFF' })]),
      T('End workout', { size: 15, color: DIM, align: 'CENTER', on: [nav(S.today)] }),
    ]),
  ]),
  screen(S.premium, 'Paywall', 906, 60, W, H, { fill: INK }, [
    status(),
    body([
      T('✕', { size: 20, color: DIM, on: [BACK] }),
      h1('Kinetik Premium'),
      T('★ 4.8 · 120k ratings on the App Store', { size: 14, color: LIME }),
      p('• 600+ classes\n• Smart bike rides with live metrics\n• Personal plan that adapts weekly'),
      col('Plan', { pad: 16, gap: 4, r: 16, fill: CARD, stroke: LIME }, [T('Yearly · £79.99', { size: 17, weight: 700, color: '#FFFFFF' }), p('7-day free trial', { size: 13 })]),
      col('Plan', { pad: 16, gap: 4, r: 16, fill: CARD }, [T('Monthly · £11.99', { size: 17, weight: 700, color: '#FFFFFF' })]),
      btnGroup('Try Premium free', 353, 56, { fill: LIME, color: INK, r: 28, num: 9, on: [nav(S.today)] }),
      p('Premium — cancel anytime in Settings › Subscriptions.', { size: 12, align: 'CENTER' }),
    ]),
  ]),
  screen(S.profile, 'Me', 1359, 60, W, H, { fill: INK }, [
    status(),
    body([
      h1('Me'),
      T('Connected', { size: 13, weight: 700, color: DIM }),
      row('Frame 80', { gap: 12 }, [T('Apple Health', { size: 16, color: '#FFFFFF', grow: 1 }), T('Disconnect', { size: 14, color: '#FF6B6B', hug: true })]),
      row('Frame 81', { gap: 12 }, [T('Wahoo KICKR Bike', { size: 16, color: '#FFFFFF', grow: 1 }), T('Forget', { size: 14, color: '#FF6B6B', hug: true })]),
      T('Account', { size: 13, weight: 700, color: DIM }),
      T('Units: kg, km', { size: 16, color: '#FFFFFF' }),
      T('Notifications', { size: 16, color: '#FFFFFF' }),
      linkText('Contact us', { size: 16, color: LIME, on: [url('mailto:help@kinetik.fit')] }),
      T('Delete account', { size: 16, color: '#FF6B6B' }),
      T('Version 3.4.1 (812)', { size: 12, color: DIM, visible: false }),
    ]),
  ]),
];
const flowPage = canvas(
  '0:2',
  'Flows',
  [section('Onboarding quiz', 0, 0, 1812, 980, quiz), section('Setup', 0, 1100, 1359, 980, setup), section('App', 0, 2200, 1812, 980, app)],
  { flows: [[S.splash, 'First run'], [S.today, 'Returning user']] },
);
page(1, 1);
const cover = canvas('0:1', 'Cover', [
  screen(nid(), 'Cover', 0, 0, 1600, 960, { fill: INK }, [T('Kinetik Home — v3.4', { x: 100, y: 400, size: 80, weight: 800, color: LIME, w: 1300 })]),
]);
page(3, 1);
const archive = canvas('0:3', '🗄 Archive', [
  screen(nid(), 'Paywall (A/B old)', 0, 0, W, H, { fill: INK }, [status(), body([h1('Go Premium'), p('Join 2 million members'), go('Subscribe'), T('Restore purchase', { size: 14, color: DIM })])]),
]);

const count = writeFile(DIR, NAME, { title: 'Kinetik Home — iOS', lastModified: '2025-05-02T08:40:12Z', version: '5466102388' }, [cover, flowPage, archive, compPage], comps, sets);

writeTruth(DIR, NAME, {
  kind: 'negative',
  description:
    'Kinetik Home, a home-workout app (iPhone 393x852): splash, a three-step goals quiz, an equipment step offering to connect a smart bike, Bluetooth pairing, Apple Health sync permissions, importing past workouts, today’s plan, the workout player, a Premium paywall and a profile with connected devices. Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'value.progress-meter': 'Left out: "Step 2 of 3" is a quiz stepper, not a meter of connected sources.',
    'funnel.social-proof': 'Left out: App Store rating on the paywall is consumer social proof, unrelated to connecting business software.',
    'privacy.data-scope': 'Absent: the Apple Health read/write copy is about personal health data, not business software.',
    'connection.delete': 'Absent: "Disconnect" Apple Health and "Forget" a bike are device/app settings, and "Delete account" closes the account.',
    'privacy.support-contacts': 'Absent: a single "Contact us" link.',
    'privacy.connection-guide': 'Absent: the pairing guide is for a bike.',
  },
  flow: { startFrameId: S.splash, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log(NAME, count, 'nodes');

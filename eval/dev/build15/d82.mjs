// d82 — Nestling: a baby-tracking app (negative: no business-software connection).
import { writeFileSync } from 'node:fs';
import { createKit, countNodes } from './kit.mjs';

const NAME = 'd82-negative-baby-tracker';
const K = createKit(NAME);
const { t, btn, col, row, vec, rect, logo, divider } = K;
const W = 390;
const H = 844;
const PEACH = '#F08A5D';
const INK = '#2E2A28';
const MUTED = '#857B76';
const LINE = '#F1E7E1';

const statusBar = () => row('Status Bar', [t('9:41', { size: 15, weight: 600, w: 54 }), rect('Dynamic Island', 34, { fill: '#000000', radius: 17, w: 120 }), row('Frame 1', [vec('Vector', 12), vec('Vector', 12), vec('Vector', 12, { w: 24 })], { gap: 4, w: 64 })], { padX: 22, pad: 10, widths: [54, 210, 64] });
const homeInd = () => row('Home Indicator', [rect('Rectangle 1', 5, { fill: '#000000', radius: 3, w: 134 })], { padX: 128, pad: 8 });
const stepper = (n) => col('Frame 8', [
  t(`Step ${n} of 3`, { size: 13, weight: 600, color: MUTED }),
  row('Frame 9', [1, 2, 3].map((i) => rect(`Rectangle ${10 + i}`, 4, { fill: i <= n ? PEACH : '#F3E3DA', radius: 2 })), { gap: 6 }),
], { gap: 8 });
const pill = (label, o) => btn(label, { kind: 'inst', comp: 'cta', bg: PEACH, h: 54, radius: 27, name: 'Property 1=Default', ...o });

K.startPage(1);
K.page('Cover', [K.screen('cover', 'Cover', 0, 0, 1440, 900, [col('Frame 1', [t('Nestling 🍼', { size: 80, weight: 700, color: '#FFFFFF' }), t('iOS · first-run + core tracking', { size: 28, color: '#FFE7DA' })], { pad: 120, gap: 16 })], { fill: PEACH })]);

K.startPage(2);
const cta = K.component('cta', 'Property 1=Default', 40, 40, 342, 54, [t('Label', { size: 17, weight: 600, color: '#FFFFFF', w: 310 })(56, 56)], { fill: PEACH, radius: 27, interactions: [{ trigger: { type: 'ON_PRESS' }, actions: [{ type: 'NODE', destinationId: '@ctaPressed', navigation: 'CHANGE_TO', transition: null }] }] });
const ctaPressed = K.component('ctaPressed', 'Property 1=Pressed', 40, 120, 342, 54, [t('Label', { size: 17, weight: 600, color: '#FFFFFF', w: 310 })(56, 136)], { fill: '#D9734A', radius: 27 });
K.page('Components', [K.componentSet('Button', 20, 20, 382, 174, [cta, ctaPressed])]);

K.startPage(20);
const X = (i) => i * (W + 80);
const S = (i, key, name, items, o) => K.screen(key, name, X(i), 0, W, H, items, o);

const welcome = S(0, 'welcome', 'Welcome', [
  statusBar(),
  col('Auto layout', [
    logo('img', 300, { ref: 'hero-baby', name: 'image 1' }),
    t('Every feed, nap and nappy — without the guesswork', { size: 26, weight: 700, align: 'CENTER' }),
    t('⭐ Trusted by 2M parents', { size: 15, weight: 600, color: PEACH, align: 'CENTER' }),
    pill('Get started', { to: 'step1' }),
    t('I already have an account', { size: 15, color: MUTED, align: 'CENTER' }),
  ], { padX: 24, pad: 24, gap: 20 }),
  homeInd(),
]);

const fld = (label, value) => col('Frame 20', [t(label, { size: 13, weight: 600, color: MUTED }), row('Input', [t(value, { size: 16, color: INK })], { pad: 14, radius: 12, stroke: LINE })], { gap: 6 });
const step1 = S(1, 'step1', 'Onboarding / Baby', [
  statusBar(),
  col('Auto layout', [
    stepper(1),
    t('Who are we tracking?', { size: 26, weight: 700 }),
    fld('Baby\u2019s name', 'Maya'),
    fld('Date of birth', '14 March 2025'),
    row('Frame 21', ['Girl', 'Boy', 'Rather not say'].map((l) => btn(l, { kind: 'frame', bg: '#FFF4EE', fg: INK, h: 40, radius: 20, size: 14 })), { gap: 8 }),
    pill('Continue', { to: 'step2' }),
  ], { padX: 24, pad: 24, gap: 20 }),
  homeInd(),
]);

const step2 = S(2, 'step2', 'Onboarding / Partner', [
  statusBar(),
  col('Auto layout', [
    stepper(2),
    t('Connect your partner', { size: 26, weight: 700 }),
    t('Share Maya\u2019s log so you both see the last feed — night shifts get easier.', { size: 15, color: MUTED }),
    fld('Partner\u2019s phone or email', 'alex@example.com'),
    pill('Send invite', { to: 'step3' }),
    btn('Skip', { kind: 'link', color: MUTED, to: 'step3' }),
  ], { padX: 24, pad: 24, gap: 20 }),
  homeInd(),
]);

const toggle = (on) => row('Frame 30', [rect('Ellipse 2', 27, { fill: '#FFFFFF', radius: 14, w: 27 })], { pad: 2, padX: on ? 22 : 2, fill: on ? '#34C759' : '#E5E5EA', radius: 16, w: 51 });
const step3 = S(3, 'step3', 'Onboarding / Health', [
  statusBar(),
  col('Auto layout', [
    stepper(3),
    t('Sync with Apple Health', { size: 26, weight: 700 }),
    t('Keep Maya\u2019s weight and height next to your own health data.', { size: 15, color: MUTED }),
    row('Frame 31', [logo('img', 36, { ref: 'apple-health' }), t('Apple Health', { size: 16, weight: 500 }), toggle(true)], { pad: 12, gap: 12, widths: [36, 220, 51], stroke: LINE, radius: 12 }),
    pill('Finish', { to: 'home' }),
    t('Switching from another tracker? Import from another app', { size: 14, color: PEACH, underline: true, to: 'import', name: 'Import from another app' }),
  ], { padX: 24, pad: 24, gap: 20 }),
  homeInd(),
]);

const importS = S(4, 'import', 'Import', [
  statusBar(),
  row('Nav', [vec('Vector', 20, { name: 'chevron-left', back: true }), t('Import', { size: 17, weight: 600, align: 'CENTER' })], { padX: 16, pad: 10, widths: [20, 300], gap: 8 }),
  col('Auto layout', [
    t('Import from another app', { size: 24, weight: 700 }),
    t('1  Export your history from your old app\n2  Save the file to Files\n3  Pick it below', { size: 15 }),
    ...['Huckleberry', 'Baby Tracker', 'Glow Baby'].map((a) => row('Frame 40', [logo('img', 32, { ref: a.toLowerCase().replace(' ', '-') }), t(a, { size: 16 })], { pad: 12, gap: 12, widths: [32, 250], stroke: LINE, radius: 12 })),
    pill('Choose file', { to: 'home' }),
  ], { padX: 24, pad: 16, gap: 16 }),
  homeInd(),
]);

const tabBar = (active) => row('Tab Bar', [['Today', 'home'], ['Growth', 'growth'], ['Premium', 'premium'], ['Settings', 'settings']].map(([l, to]) => col('Frame 50', [vec('Vector', 22), t(l, { size: 10, align: 'CENTER', w: 70, color: l === active ? PEACH : MUTED })], { gap: 2, pad: 6, to })), { padX: 12, stroke: LINE });
const ev = (time, label, detail) => row('Frame 60', [t(time, { size: 13, color: MUTED, w: 56 }), col('Frame 61', [t(label, { size: 15, weight: 600 }), t(detail, { size: 13, color: MUTED })], { gap: 2 })], { pad: 12, gap: 12, widths: [56, 270], stroke: LINE, radius: 12 });
const home = S(5, 'home', 'Today', [
  statusBar(),
  col('Auto layout', [
    t('Maya · 10 weeks', { size: 24, weight: 700 }),
    row('Frame 62', [pill('Log feed', { to: 'feed', nav: 'OVERLAY', h: 44 }), btn('Log sleep', { kind: 'frame', bg: '#FFF4EE', fg: INK, h: 44, radius: 22 })], { gap: 12 }),
    ev('06:40', 'Feed · left 12 min', 'Last feed 2h 10m ago'),
    ev('05:10', 'Nappy · wet', ''),
    ev('02:55', 'Sleep · 2h 05m', 'Longest stretch this week'),
    ev('01:30', 'Feed · bottle 120 ml', 'Logged by Alex'),
  ], { padX: 24, pad: 16, gap: 12 }),
  tabBar('Today'),
  homeInd(),
]);

const feed = S(6, 'feed', 'Sheet / Log feed', [
  rect('Scrim', 360, { fill: '#00000055' }),
  col('Sheet', [
    t('Log a feed', { size: 20, weight: 700 }),
    row('Frame 70', ['Left', 'Right', 'Bottle'].map((l) => btn(l, { kind: 'frame', bg: l === 'Left' ? PEACH : '#FFF4EE', fg: l === 'Left' ? '#FFFFFF' : INK, h: 40, radius: 20, size: 14 })), { gap: 8 }),
    t('00:12:41', { size: 40, weight: 700, align: 'CENTER' }),
    pill('Save', { close: true }),
  ], { pad: 24, gap: 16, fill: '#FFFFFF', radius: 24 }),
]);

const growth = S(7, 'growth', 'Growth', [
  statusBar(),
  col('Auto layout', [
    t('Growth', { size: 24, weight: 700 }),
    row('Chart', [40, 55, 70, 82, 96].map((h, i) => rect(`Rectangle ${30 + i}`, h, { fill: '#FBC9B0', radius: 4 })), { gap: 20, h: 140, pad: 12 }),
    t('Weight 5.2 kg · 50th percentile', { size: 15 }),
    t('Height 58 cm · 62nd percentile', { size: 15 }),
  ], { padX: 24, pad: 16, gap: 14 }),
  tabBar('Growth'),
  homeInd(),
]);

const premium = S(8, 'premium', 'Premium', [
  statusBar(),
  col('Auto layout', [
    t('Nestling Premium', { size: 26, weight: 700 }),
    t('• Sleep predictions\n• Unlimited caregivers\n• PDF reports for the health visitor', { size: 15 }),
    col('Frame 80', [t('£4.99 / month', { size: 22, weight: 700 }), t('Premium — cancel anytime', { size: 13, color: MUTED })], { pad: 16, gap: 4, stroke: PEACH, radius: 16 }),
    pill('Start 7-day free trial', { to: 'home' }),
  ], { padX: 24, pad: 16, gap: 16 }),
  tabBar('Premium'),
  homeInd(),
]);

const sRow = (l, v, o = {}) => row('Frame 90', [t(l, { size: 16, color: o.color || INK }), t(v, { size: 14, color: MUTED, align: 'RIGHT' })], { pad: 14, widths: [200, 130], url: o.url });
const settings = S(9, 'settings', 'Settings', [
  statusBar(),
  col('Auto layout', [
    t('Settings', { size: 24, weight: 700 }),
    sRow('Caregivers', 'You, Alex'),
    sRow('Apple Health', 'On'),
    sRow('Units', 'Metric'),
    sRow('Contact us', '', { url: 'mailto:hello@nestling.example' }),
    divider(),
    sRow('Delete account', '', { color: '#C62828' }),
  ], { padX: 16, pad: 16, gap: 0 }),
  tabBar('Settings'),
  homeInd(),
]);

K.page('App flow', [welcome, step1, step2, step3, importS, home, feed, growth, premium, settings], { start: [['welcome', 'First launch']] });

const doc = K.finish(new URL(`../${NAME}.json`, import.meta.url), { name: 'Nestling — baby tracker', lastModified: '2025-06-03T07:12:30Z', version: '6120038812' });

const all = 'funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill value.three-part value.contextual-ctas value.faq-link value.progress-meter privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives platform.non-linear platform.multiple-connections connection.view-live connection.delete connection.refresh connection.syncing-indicator'.split(' ');
const ambiguous = new Set(['funnel.social-proof', 'privacy.statistics', 'value.progress-meter']);
const truth = {
  file: `${NAME}.json`,
  kind: 'negative',
  writtenBy: 'dev writer S (from the checklist facts and the REST format only; repository not read)',
  description: 'Nestling, a consumer baby-tracking app on a 390x844 phone: welcome, a three-step first run (baby details, invite a partner, Apple Health toggle), an import-from-another-tracker screen, a daily log, a feed sheet, growth, a premium paywall and settings. No business accounting, banking or commerce software is connected anywhere.',
  present: [],
  absent: all.filter((id) => !ambiguous.has(id)),
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 2M parents" is real social proof, but for a baby app, not a connection flow.',
    'privacy.statistics': 'Left unlabelled: the 2M figure is a user count, unrelated to data protection or connecting.',
    'value.progress-meter': 'Left unlabelled: "Step 2 of 3" is a first-run stepper, not a meter that grows with connected sources.',
    'platform.non-linear': '"Connect your partner" is a family invite with Skip; no software connection to pause or share.',
    'platform.alternatives': '"Import from another app" moves baby-log history, not business data.',
    'privacy.support-contacts': 'A single "Contact us" email row in settings.',
  },
  flow: { startFrameId: K.keys.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
writeFileSync(new URL(`../${NAME}.truth.json`, import.meta.url), `${JSON.stringify(truth, null, 2)}\n`);
console.log(NAME, 'nodes', countNodes(doc.document));

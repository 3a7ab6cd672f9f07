// d32-negative-language-learning: a consumer language-learning app. No business-software connection.
import { reset, page, T, F, R, Vec, E, C, I, go, back, close, canvas, docOf, save, img, row, col, ZW } from './lib.mjs';

reset();
const OUT = new URL('..', import.meta.url).pathname;
const ORANGE = '#FF6B2C';
const INK = '#22201E';
const MUTED = '#7A746E';
const BG = '#FFFDF9';

// ---------- page 2: components ----------
page(2);
const pillBtn = C('Button/Large', { dir: 'H', pad: [16, 20], radius: 16, fill: ORANGE, w: 342, justify: 'CENTER', x: 0, y: 0 }, [T('Continue', { size: 17, weight: 800, color: '#FFFFFF', hug: true, font: 'Nunito' })]);
const toggle = C('Toggle', { w: 44, h: 26, radius: 13, fill: '#34C759', x: 400, y: 0 }, [E('knob', { x: 20, y: 2, w: 22, h: 22, fill: '#FFFFFF' })]);
const compsPage = canvas('2:0', 'Components', [pillBtn, toggle]);

// ---------- page 1: app ----------
page(1);
const SW = 390;
const SH = 844;
const tx = (s, o = {}) => T(s, { font: 'Nunito', color: INK, ...o });
const scr = (name, x, h = SH) => F(name, { w: SW, h, x, y: 0, fill: BG, dir: 'V', gap: 0, clip: true }, []);
const bar = () => row('Status Bar', { w: SW, h: 47, pad: [0, 28], justify: 'SPACE_BETWEEN' }, [tx('9:41', { size: 16, weight: 700, hug: true }), R('Battery', { w: 26, h: 12, radius: 3, stroke: INK })]);
const body = (kids, gap = 16) => col('Frame', { w: SW, pad: [12, 24], gap }, kids);
const big = (label, dest) => {
  const b = I(pillBtn, 'Button/Large', { dir: 'H', pad: [16, 20], radius: 16, fill: ORANGE, w: 342, justify: 'CENTER' }, [tx(label, { size: 17, weight: 800, color: '#FFFFFF', hug: true })]);
  if (dest) go(b, dest);
  return b;
};

const welcome = scr('Frame 1', 0);
const lang = scr('Frame 2', 490, 1000);
const goal = scr('Frame 3', 980);
const profileNew = scr('Frame 4', 1470);
const home = scr('Home', 1960, 1000);
const lesson = scr('Lesson', 2450);
const friends = scr('Friends', 2940);
const settings = scr('Frame 8', 3430, 1000);
const importVocab = scr('Frame 9', 3920);
const paywall = scr('Super', 4410);

const tabs = (active) => row('Tabs', { w: SW, h: 82, fill: '#FFFFFF', gap: 0, align: 'MIN', stroke: '#EFE9E2' }, [['Learn', home], ['Friends', friends], ['Me', settings]].map(([l, d]) => {
  const c = col('tab', { w: 130, align: 'CENTER', gap: 4, pad: [10, 0] }, [Vec('Vector', { w: 24, h: 24, fill: l === active ? ORANGE : MUTED }), tx(l, { size: 11, weight: 700, color: l === active ? ORANGE : MUTED, hug: true })]);
  if (l !== active) go(c, d);
  return c;
}));

welcome.children.push(
  bar(),
  body([
    R('Mascot', { w: 342, h: 260, radius: 24, fill: img('fox001') }),
    tx('Five minutes a day.\nA new language for life.', { size: 28, weight: 800 }),
    row('proof', { gap: 8 }, [tx('\u2B50 4.8', { size: 14, weight: 800, hug: true }), tx('Trusted by 20M learners', { size: 14, color: MUTED, hug: true })]),
    big('Get started', lang),
    tx('I already have an account', { size: 15, weight: 700, color: ORANGE, talign: 'CENTER' }),
  ]),
);

const langRow = (flag, name, learners) => go(row('Frame 20', { w: 342, pad: [12, 14], radius: 14, fill: '#FFFFFF', stroke: '#EFE9E2', gap: 12 }, [tx(flag, { size: 22, hug: true }), col('t', { gap: 0 }, [tx(name, { size: 16, weight: 700, hug: true }), tx(learners, { size: 12, color: MUTED, hug: true })])]), goal);
lang.children.push(
  bar(),
  row('Header', { w: SW, h: 52, pad: [0, 20], gap: 10 }, [back(Vec('arrow', { w: 22, h: 22, fill: INK })), tx('I want to learn\u2026', { size: 18, weight: 800, hug: true })]),
  body([
    row('search', { w: 342, pad: [11, 14], radius: 14, fill: '#F4EFE9', gap: 8 }, [Vec('magnifier', { w: 16, h: 16, fill: MUTED }), tx('Search 40 languages', { size: 15, color: MUTED, hug: true })]),
    langRow('\uD83C\uDDEA\uD83C\uDDF8', 'Spanish', '31.2M learners'), langRow('\uD83C\uDDEB\uD83C\uDDF7', 'French', '18.9M learners'), langRow('\uD83C\uDDEF\uD83C\uDDF5', 'Japanese', '12.4M learners'),
    langRow('\uD83C\uDDE9\uD83C\uDDEA', 'German', '9.8M learners'), langRow('\uD83C\uDDEE\uD83C\uDDF9', 'Italian', '7.1M learners'), langRow('\uD83C\uDDF0\uD83C\uDDF7', 'Korean', '6.6M learners'),
  ], 10),
);

goal.children.push(
  bar(),
  body([
    tx('Pick a daily goal', { size: 24, weight: 800 }),
    ...['5 min \u00B7 Casual', '10 min \u00B7 Regular', '15 min \u00B7 Serious', '20 min \u00B7 Intense'].map((g, i) => row('Frame 30', { w: 342, pad: [16, 16], radius: 14, fill: i === 1 ? '#FFF0E8' : '#FFFFFF', stroke: i === 1 ? ORANGE : '#EFE9E2' }, [tx(g, { size: 16, weight: 700, hug: true })])),
    big('Continue', profileNew),
    go(tx('Skip', { size: 15, weight: 700, color: MUTED, talign: 'CENTER' }), home),
  ]),
);

profileNew.children.push(
  bar(),
  body([
    tx('Save your progress', { size: 24, weight: 800 }),
    tx('Create a free profile so your streak follows you.', { size: 15, color: MUTED }),
    ...['Name', 'Email', 'Password'].map((l) => col('f', { w: 342, gap: 6 }, [tx(l, { size: 13, weight: 700, color: MUTED }), F('input', { w: 342, h: 48, radius: 12, fill: '#FFFFFF', stroke: '#E3DCD3' })])),
    big('Create profile', home),
    row('Frame 40', { w: 342, pad: [14, 16], radius: 16, stroke: '#E3DCD3', justify: 'CENTER', gap: 8 }, [R('apple', { w: 18, h: 18, fill: img('appl') }), tx('Continue with Apple', { size: 15, weight: 700, hug: true })]),
  ]),
);

home.children.push(
  bar(),
  body([
    row('top', { w: 342, justify: 'SPACE_BETWEEN' }, [tx('\uD83C\uDDEA\uD83C\uDDF8 Spanish', { size: 16, weight: 800, hug: true }), tx('\uD83D\uDD25 4', { size: 16, weight: 800, color: ORANGE, hug: true })]),
    col('streak', { w: 342, pad: 16, radius: 18, fill: '#FFF0E8', gap: 8 }, [
      tx('Day 4 streak \u2014 keep it going!', { size: 16, weight: 800 }),
      F('track', { w: 310, h: 12, radius: 6, fill: '#FFD9C7' }, [R('fill', { x: 0, y: 0, w: 186, h: 12, radius: 6, fill: ORANGE })]),
      tx('6 of 10 minutes today', { size: 13, color: MUTED }),
    ]),
    tx('Unit 2 \u00B7 Ordering food', { size: 18, weight: 800 }),
    ...['\u2705 Basics', '\u2705 Greetings', '\u25B6\uFE0F At the caf\u00E9', '\uD83D\uDD12 Menus', '\uD83D\uDD12 Paying the bill'].map((n, i) => {
      const r = row('node', { w: 342, pad: [14, 16], radius: 16, fill: '#FFFFFF', stroke: '#EFE9E2' }, [tx(n, { size: 16, weight: 700, hug: true })]);
      if (i === 2) go(r, lesson);
      return r;
    }),
    go(row('super', { w: 342, pad: [12, 16], radius: 14, fill: '#2B2B2B', justify: 'SPACE_BETWEEN' }, [tx('Try Super free for 7 days', { size: 14, weight: 800, color: '#FFFFFF', hug: true }), tx('\u203A', { size: 18, color: '#FFFFFF', hug: true })]), paywall),
  ], 12),
  tabs('Learn'),
);

lesson.children.push(
  bar(),
  row('progress', { w: SW, pad: [8, 24], gap: 12 }, [close(Vec('x', { w: 18, h: 18, fill: MUTED })), F('track', { w: 290, h: 12, radius: 6, fill: '#EFE9E2' }, [R('fill', { x: 0, y: 0, w: 120, h: 12, radius: 6, fill: '#58CC02' })])]),
  body([
    tx('Translate this sentence', { size: 20, weight: 800 }),
    tx('Quisiera un caf\u00E9 con leche, por favor.', { size: 18 }),
    row('chips', { gap: 8 }, ['I', 'would like', 'a', 'coffee', 'with milk'].map((w) => row('chip', { pad: [8, 12], radius: 10, stroke: '#E3DCD3', fill: '#FFFFFF' }, [tx(w, { size: 15, hug: true })]))),
    big('Check'),
  ]),
);

friends.children.push(
  bar(),
  body([
    tx('Connect with friends', { size: 24, weight: 800 }),
    tx('Learning is easier with company. Follow friends and cheer on each other\u2019s streaks.', { size: 15, color: MUTED }),
    big('Find friends from contacts'),
    row('Frame 50', { gap: 6 }, [tx('Invite friends', { size: 15, weight: 700, color: ORANGE, hug: true }), tx('\u00B7', { size: 15, color: MUTED, hug: true }), tx('Share my profile link', { size: 15, weight: 700, color: ORANGE, hug: true })]),
    tx('This week\u2019s league', { size: 18, weight: 800 }),
    ...[['1', 'Mar\u00EDa', '1,240 XP'], ['2', 'You', '1,015 XP'], ['3', 'Kenji', '990 XP'], ['4', 'Sam', '640 XP']].map(([n, who, xp]) => row('lb', { w: 342, pad: [10, 12], radius: 12, fill: who === 'You' ? '#FFF0E8' : '#FFFFFF', justify: 'SPACE_BETWEEN' }, [tx(n + '  ' + who, { size: 15, weight: 700, hug: true }), tx(xp, { size: 14, color: MUTED, hug: true })])),
    tx('Link your school account', { size: 14, hidden: true }),
  ], 12),
  F('Spacer', { w: SW, h: 40 }),
  tabs('Friends'),
);

const setRow = (label, right, dest, danger) => {
  const r = row('Frame 60', { w: 310, pad: [14, 0], justify: 'SPACE_BETWEEN' }, [tx(label, { size: 15, weight: 600, color: danger ? '#D92D20' : INK, hug: true }), right ?? Vec('chevron', { w: 14, h: 14, fill: MUTED })]);
  if (dest) go(r, dest);
  return r;
};
settings.children.push(
  bar(),
  body([
    row('me', { gap: 12 }, [E('avatar', { w: 56, h: 56, fill: img('me01') }), col('n', { gap: 2 }, [tx('Alex Rivera', { size: 18, weight: 800, hug: true }), tx('Joined March 2025 \u00B7 \uD83D\uDD25 4', { size: 13, color: MUTED, hug: true })])]),
    col('group', { w: 342, gap: 0, radius: 14, fill: '#FFFFFF', pad: [0, 16] }, [
      setRow('Sync progress across devices', I(toggle, 'Toggle', { w: 44, h: 26, radius: 13, fill: '#34C759' }, [E('knob', { x: 20, y: 2, w: 22, h: 22, fill: '#FFFFFF' })])),
      setRow('Import vocabulary from CSV', null, importVocab),
      setRow('Daily reminder', tx('8:00 pm', { size: 14, color: MUTED, hug: true })),
      setRow('Sound effects', I(toggle, 'Toggle', { w: 44, h: 26, radius: 13, fill: '#34C759' }, [E('knob', { x: 20, y: 2, w: 22, h: 22, fill: '#FFFFFF' })])),
    ]),
    col('group', { w: 342, gap: 0, radius: 14, fill: '#FFFFFF', pad: [0, 16] }, [setRow('Help centre'), setRow('Privacy policy'), setRow('Sign out')]),
    setRow('Delete account', tx(ZW, { size: 14, hug: true }), null, true),
  ], 14),
  F('Spacer', { w: SW, h: 60 }),
  tabs('Me'),
);

importVocab.children.push(
  bar(),
  row('Header', { w: SW, h: 52, pad: [0, 20], gap: 10 }, [back(Vec('arrow', { w: 22, h: 22, fill: INK })), tx('Import vocabulary', { size: 18, weight: 800, hug: true })]),
  body([
    tx('Bring your own word list. Use two columns: word, translation.', { size: 15 }),
    col('drop', { w: 342, h: 160, radius: 16, stroke: '#E3DCD3', fill: '#FFFFFF', align: 'CENTER', justify: 'CENTER', gap: 6 }, [Vec('file', { w: 26, h: 26, fill: ORANGE }), tx('Choose a .csv file', { size: 15, weight: 700, color: ORANGE, hug: true })]),
    tx('We\u2019ll add the words to your review deck.', { size: 13, color: MUTED }),
  ]),
);

paywall.children.push(
  bar(),
  body([
    row('x', { w: 342, justify: 'MAX' }, [close(Vec('close', { w: 18, h: 18, fill: MUTED }))]),
    tx('Learn faster with Super', { size: 26, weight: 800 }),
    tx('\u2714 No ads\n\u2714 Unlimited hearts\n\u2714 Personalised review', { size: 16 }),
    col('quote', { w: 342, pad: 16, radius: 16, fill: '#FFF0E8', gap: 6 }, [tx('\u201CI passed my B1 exam after six months of Super.\u201D', { size: 15, weight: 700 }), tx('Lea, learner from Munich', { size: 12, color: MUTED })]),
    tx('Trusted by 20M learners worldwide', { size: 13, color: MUTED, talign: 'CENTER' }),
    big('Start my free week'),
    tx('\u00A39.99/month after trial. Cancel anytime.', { size: 12, color: MUTED, talign: 'CENTER' }),
  ]),
);

const appPage = canvas('1:0', 'App \u2014 v2', [welcome, lang, goal, profileNew, home, lesson, friends, settings, importVocab, paywall], {
  flowStartingPoints: [{ nodeId: welcome.id, name: 'First run' }],
});

// ---------- page 3: cover ----------
page(3);
const coverPage = canvas('3:0', 'Cover', [F('cover', { w: 1440, h: 900, x: 0, y: 0, fill: ORANGE, dir: 'V', pad: 120, gap: 12 }, [tx('Parla \u2014 first run + social', { size: 72, weight: 800, color: '#FFFFFF' }), tx('v2 \u00B7 shipped', { size: 28, color: '#FFFFFF' })])]);

const doc = docOf('Parla app', '2025-04-11T19:30:44Z', [coverPage, appPage, compsPage]);

const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
save(OUT, 'd32-negative-language-learning', doc, {
  kind: 'negative',
  description: 'Parla, a consumer language-learning app, iPhone 390x844: welcome with rating and "Trusted by 20M learners", language picker with search, daily goal (with Skip), profile, learning path with a streak progress bar, a lesson, "Connect with friends" with a league, settings with "Sync progress across devices", "Import vocabulary from CSV" and "Delete account", and a Super paywall with a learner quote and "Cancel anytime". No business software is connected anywhere.',
  present: [],
  absent: ALL,
  notes: {
    'value.progress-meter': 'The bars are a lesson/streak progress, not connection strength.',
    'platform.search': 'The search is over languages, not integrations.',
    'platform.alternatives': 'CSV import is for vocabulary lists.',
    'connection.delete': '"Delete account" removes the learner profile.',
    'connection.refresh': '"Sync progress across devices" is an app setting, not a data connection.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the subscription.',
    'funnel.cta-visible': '"Connect with friends" is social, not a software connection.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log('d32 written');

// d42-negative-kids-learning: a children's learning app (390x844). Parent accounts, progress
// sync, a family plan and a help screen — no business software is ever connected.
import { F, T, R, V, E, G, S, I, C, CS, V_, H_, auto, reseed, image, finalize, write, WRITTEN_BY } from './lib.mjs';

reseed(42);
const OUT = new URL('..', import.meta.url).pathname;
const W = 390; const H = 844; const SUN = '#FFB400'; const INK = '#1F2544'; const MUTED = '#6B7191';

const btn = (label, x, y, w, p = {}) => I('Button/Big', 'big', x, y, w, 56, { r: 28, fill: SUN, ...p }, [T(label, 0, 16, w, 24, { size: 18, weight: 700, color: INK, align: 'CENTER', font: 'Nunito' })]);
const pillG = (label, x, y, w, p = {}) => G(auto('Group'), x, y, w, 48, [R(auto('Rectangle'), 0, 0, w, 48, { r: 24, fill: '#FFFFFF', stroke: '#D7DAEA' }), T(label, 0, 13, w, 22, { size: 16, weight: 600, align: 'CENTER', font: 'Nunito' })], p);
const screen = (name, i, kids, p = {}) => F(name, i * 470, 0, W, H, { fill: '#FFF8E7', ...p }, [G(auto('Group'), 0, 0, W, 44, [T('9:41', 28, 14, 40, 18, { size: 15, weight: 600 })]), ...kids]);
const back = () => V('Vector', 20, 58, 12, 20, { fill: INK, go: { back: true } });
const t = (s, size = 16, p = {}) => T(s, 0, 0, p.w ?? 326, p.h ?? Math.ceil(size * 1.4) * (s.split('\n').length), { size, font: 'Nunito', ...p });

const components = [
  CS('Button/Big', 0, 0, 400, 180, [
    C('Button/Big', 'big', 20, 20, 326, 56, { r: 28, fill: SUN }, [T('Let\u2019s go!', 0, 16, 326, 24, { size: 18, weight: 700, align: 'CENTER' })]),
    C('Button/Big, pressed', 'bigP', 20, 100, 326, 56, { r: 28, fill: '#E09E00' }, [T('Let\u2019s go!', 0, 16, 326, 24, { size: 18, weight: 700, align: 'CENTER' })]),
  ]),
  C('Star', 'star', 460, 0, 32, 32, { fill: null }, [V('Vector', 0, 0, 32, 32, { fill: SUN })]),
];

const hello = screen('Hello', 0, [
  E('Owl', 95, 140, 200, 200, { fills: [image('0w1c4rt00n')] }),
  V_('Auto layout', 32, 380, 326, 380, { gap: 16 }, [
    t('Hi! I\u2019m Pip \u{1F989}', 30, { weight: 800, align: 'CENTER' }),
    t('Let\u2019s learn letters, numbers and shapes together.', 17, { color: MUTED, align: 'CENTER', h: 48 }),
    btn('Let\u2019s go!', 0, 0, 326, { go: [{ to: 'age' }, { trigger: 'ON_PRESS', to: 'c-bigP', nav: 'CHANGE_TO' }] }),
    t('Loved by 2M families \u2b50\u2b50\u2b50\u2b50\u2b50', 14, { color: MUTED, align: 'CENTER' }),
  ]),
], { key: 'hello' });

const age = screen('How old?', 1, [
  back(),
  t('How old are you?', 26, { weight: 800 }),
  V_('Auto layout', 32, 160, 326, 420, { gap: 14 }, ['3\u20134', '5\u20136', '7\u20138'].map((a) => pillG(a, 0, 0, 326, { go: { to: 'parent' } }))),
], { key: 'age' });
age.children[2]._x = 32; age.children[2]._y = 100;

const parent = screen('Grown-up check', 2, [
  back(),
  V_('Auto layout', 32, 100, 326, 680, { gap: 14 }, [
    t('Grown-ups only \u{1F512}', 26, { weight: 800 }),
    t('Connect a parent account to save stars and see what your child is learning.', 16, { color: MUTED, h: 48 }),
    ...['Parent email', 'Create a password'].map((p) => F(auto('Frame'), 0, 0, 326, 52, { r: 14, stroke: '#D7DAEA' }, [T(p, 16, 15, 280, 22, { size: 16, color: '#A3A7C2', font: 'Nunito' })])),
    H_(auto('Frame'), 0, 0, 326, 44, { gap: 10 }, [R(auto('Rectangle'), 0, 2, 20, 20, { r: 5, fill: '#FFFFFF', stroke: '#A3A7C2' }), t('I\u2019m a parent or guardian and I agree to the Terms and Privacy Notice', 13, { w: 290, h: 40 })]),
    btn('Connect parent account', 0, 0, 326, { go: { to: 'home' } }),
    t('We never show ads or sell your child\u2019s data.', 13, { color: MUTED }),
  ]),
], { key: 'parent' });

const lessonCard = (title, sub, col, go) => F(auto('Frame'), 0, 0, 158, 150, { r: 20, fill: col, go }, [E(auto('Ellipse'), 49, 16, 60, 60, { fill: '#FFFFFF' }), T(title, 0, 88, 158, 22, { size: 16, weight: 800, align: 'CENTER', font: 'Nunito' }), T(sub, 0, 112, 158, 18, { size: 12, align: 'CENTER', color: MUTED, font: 'Nunito' })]);
const home = screen('Home', 3, [
  V_('Auto layout', 16, 56, 358, 760, { gap: 16 }, [
    H_(auto('Frame'), 0, 0, 358, 40, { gap: 10 }, [E('Avatar', 0, 0, 40, 40, { fills: [image('k1d4v4t4r')] }), t('Maya\u2019s garden', 20, { weight: 800, w: 200 }), I('Star', 'star', 0, 4, 32, 32), t('42', 16, { weight: 700, w: 40 })]),
    F('Search', 0, 0, 358, 44, { r: 22, fill: '#FFFFFF' }, [V('Magnifier', 14, 12, 18, 18, { fill: MUTED }), T('Find a game', 42, 11, 200, 22, { size: 15, color: '#A3A7C2', font: 'Nunito' })]),
    t('Letters', 20, { weight: 800 }),
    H_(auto('Frame'), 0, 0, 358, 150, { gap: 12 }, [lessonCard('A to E', '5 games', '#FFE3E3', { to: 'lesson' }), lessonCard('Rhymes', '3 games', '#E3F0FF')]),
    t('Numbers', 20, { weight: 800 }),
    H_(auto('Frame'), 0, 0, 358, 150, { gap: 12 }, [lessonCard('Count to 10', '4 games', '#E6F7E9'), lessonCard('Shapes', '6 games', '#FFF1C9')]),
    pillG('For grown-ups', 0, 0, 358, { go: { to: 'dash' } }),
  ]),
], { key: 'home' });

const lesson = screen('Lesson \u2014 A to E', 4, [
  back(),
  G('Progress', 60, 64, 270, 12, [R(auto('Rectangle'), 0, 0, 270, 12, { r: 6, fill: '#EDE6D3' }), R(auto('Rectangle'), 0, 0, 162, 12, { r: 6, fill: SUN })]),
  t('Which one is \u201Cb\u201D?', 26, { weight: 800, align: 'CENTER' }),
  H_(auto('Frame'), 20, 300, 350, 160, { gap: 14 }, ['b', 'd', 'p'].map((l) => F(auto('Frame'), 0, 0, 107, 160, { r: 20, go: l === 'b' ? { to: 'reward' } : undefined }, [T(l, 0, 40, 107, 80, { size: 64, weight: 800, align: 'CENTER', font: 'Nunito' })]))),
], { key: 'lesson' });
lesson.children[3]._x = 32; lesson.children[3]._y = 110;

const reward = screen('Well done!', 5, [
  E('Confetti', 45, 140, 300, 300, { fills: [image('c0nf3tt1')] }),
  V_('Auto layout', 32, 470, 326, 260, { gap: 16 }, [
    t('Brilliant! \u{1F31F}\u200B', 30, { weight: 800, align: 'CENTER' }),
    t('You earned 3 stars', 18, { color: MUTED, align: 'CENTER' }),
    btn('Keep playing', 0, 0, 326, { go: { to: 'home' } }),
  ]),
], { key: 'reward' });

const dash = screen('Grown-ups', 6, [
  back(),
  V_('Auto layout', 16, 96, 358, 720, { gap: 12 }, [
    t('Grown-ups', 26, { weight: 800 }),
    V_('Maya card', 0, 0, 358, 190, { fill: '#FFFFFF', r: 18, pad: 16, gap: 8 }, [
      t('Maya, 5', 18, { weight: 800, w: 326 }),
      t('This week: 14 games \u00b7 38 stars\nLetters \u2588\u2588\u2588\u2588\u2591\u2591 68%', 14, { color: MUTED, w: 326 }),
      t('Progress synced across your family\u2019s tablets \u00b7 2 min ago', 12, { color: MUTED, w: 326 }),
      pillG('\u21bb Sync progress', 0, 0, 326),
    ]),
    pillG('+ Add another child', 0, 0, 358),
    pillG('Family plan', 0, 0, 358, { go: { to: 'plan' } }),
    pillG('Ask for help', 0, 0, 358, { go: { to: 'help' } }),
    T('Delete profile', 0, 0, 358, 22, { size: 15, color: '#D64545', align: 'CENTER', font: 'Nunito', go: { to: 'delete', nav: 'OVERLAY' } }),
  ]),
], { key: 'dash' });

const plan = screen('Family plan', 7, [
  back(),
  V_('Auto layout', 32, 96, 326, 700, { gap: 14 }, [
    t('Family plan', 26, { weight: 800 }),
    t('\u2022 Up to 4 children\n\u2022 300+ games, new ones every week\n\u2022 Works offline on the car journey', 16, { h: 72 }),
    t('\u201CMy son asks for Pip before breakfast.\u201D \u2014 Hannah, mum of two', 14, { color: MUTED, h: 40 }),
    t('£5.99 a month after a 7-day free trial.\u00a0Cancel anytime in your app store settings.', 14, { color: MUTED, h: 40 }),
    btn('Start free trial', 0, 0, 326, { go: { to: 'home' } }),
  ]),
], { key: 'plan' });

const help = screen('Help', 8, [
  back(),
  V_('Auto layout', 32, 96, 326, 500, { gap: 14 }, [
    t('Ask for help', 26, { weight: 800 }),
    t('Stuck on a game or a payment? Our family team replies within a day.', 16, { color: MUTED, h: 48 }),
    pillG('Email hello@pipowl.app', 0, 0, 326),
    pillG('Read common questions', 0, 0, 326),
  ]),
], { key: 'help' });

const del = F('Delete profile?', 9 * 470, 0, W, H, { fill: '#1F254499', key: 'delete' }, [
  V_('Sheet', 0, 560, W, 284, { fill: '#FFFFFF', r: 24, pad: 24, gap: 14 }, [
    t('Delete Maya\u2019s profile?', 20, { weight: 800, w: 342 }),
    t('Her stars and progress will be gone for good.', 15, { color: MUTED, w: 342 }),
    btn('Delete profile', 0, 0, 342, { fill: '#D64545', go: { to: 'dash' } }),
    T('Keep it', 0, 0, 342, 22, { size: 16, align: 'CENTER', font: 'Nunito', go: { close: true } }),
  ]),
]);

const flow = [S('Kids flow', 0, 0, 10 * 470, 940, [hello, age, parent, home, lesson, reward, dash, plan, help, del])];
for (const f of flow[0].children) f._y = 48;
const cover = [F('Cover', 0, 0, 1600, 960, { fill: SUN }, [T('Pip the Owl \u2014 v2 onboarding', 120, 420, 1300, 80, { size: 64, weight: 800, color: INK })])];
const archive = [F('Hello (old mascot)', 0, 0, W, H, {}, [T('Hello!', 32, 300, 326, 40, { size: 30, weight: 800 }), T('Connect with friends', 32, 360, 326, 22, { size: 16, hidden: true })])];

const built = finalize({ name: 'Pip the Owl \u2014 app v2', lastModified: '2026-10-30T13:14:02Z', version: '4359021177' }, [
  { name: 'Cover', prefix: 0, first: 2, children: cover },
  { name: 'App', prefix: 5, children: flow, start: [{ key: 'hello', name: 'First launch' }] },
  { name: 'Components', prefix: 33, children: components },
  { name: 'Old', prefix: 81, children: archive },
]);
const id = built.res;
const all = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const unlabelled = ['funnel.social-proof', 'privacy.statistics', 'privacy.support-contacts', 'privacy.trust-language'];
write(OUT, 'd42-negative-kids-learning', built, {
  file: 'd42-negative-kids-learning.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Children\u2019s learning app (390x844): mascot welcome, age picker, a "Connect a parent account" sign-up, lesson home with search and subject headings, a lesson with a progress bar, a grown-ups area with "Sync progress", "Add another child", "Family plan", "Ask for help" and "Delete profile", a family-plan paywall ("cancel anytime") and a help screen. No business software or accounts are connected.',
  present: [],
  absent: all.filter((x) => !unlabelled.includes(x)),
  notes: {
    'funnel.cta-visible': '"Connect a parent account" is a family sign-up, not connecting business software.',
    'connection.refresh': '"Sync progress" syncs a child\u2019s stars between family devices.',
    'connection.delete': '"Delete profile" removes a child profile, not a connection.',
    'platform.multiple-connections': '"Add another child" adds a profile.',
    'value.progress-meter': 'The progress bar tracks a lesson, not connected sources.',
    'platform.search': '"Find a game" searches lessons, not integrations.',
    'platform.grouped-categories': 'Letters/Numbers headings group games.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the subscription.',
    'funnel.social-proof': 'Left unlabelled: "Loved by 2M families" and a parent quote exist, but not about connecting anything.',
    'privacy.statistics': 'Left unlabelled: "2M families" is a figure, not about data trust.',
    'privacy.support-contacts': 'Left unlabelled: "Ask for help" with an email exists, outside any connection flow.',
    'privacy.trust-language': 'Left unlabelled: "never sell your child\u2019s data" reassures about a child profile, not a data connection.',
  },
  flow: { startFrameId: id('hello'), connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

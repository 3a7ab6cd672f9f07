// d27 (negative): recipe and meal-planning app, iPhone 390x844. No business-software connection.
import { Doc, writeOut, WRITTEN_BY } from './lib.mjs';
import { validate, IDS as IDS_ALL } from './validate.mjs';

const NAME = 'd27-negative-recipe-app';
const d = new Doc(NAME);
const W = 390;
const H = 844;
const M = 20;
const CW = W - 2 * M;
const TOMATO = '#E11D48';
const INK = '#1F2937';
const MUTED = '#6B7280';

const cp = d.page('Components', 6);
const cPill = d.component('Property 1=Default', [0, 0, 350, 50], { fill: TOMATO, r: 25 }, [d.T('Label', [16, 15, 318, 20], { s: 16, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const cPillHover = d.component('Property 1=Hover', [0, 70, 350, 50], { fill: '#BE123C', r: 25 }, [d.T('Label', [16, 85, 318, 20], { s: 16, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const cTab = d.component('Tab', [400, 0, 78, 50], {}, [d.V('Vector', [427, 4, 24, 24]), d.T('Tab', [400, 32, 78, 14], { s: 10, align: 'CENTER' })]);
d.place(cp, [d.componentSet('Pill', [cPill, cPillHover]), cTab], 0, 0, 80);

const mailPage = d.page('Emails', 8);
d.place(mailPage, [d.F('Welcome email', [0, 0, 600, 900], { fill: '#FFF7ED', layout: 'VERTICAL', pad: 40 }, [
  d.T('\ud83c\udf45 Welcome to Sprig!', [40, 40, 520, 36], { s: 28, w: 700, color: INK }),
  d.P('Dinner, sorted. Here\u2019s how to get going:\n1  Tell us what you like to eat\n2  Import a favourite recipe from any website\n3  Plan your week and let the list write itself', 40, 100, 520, { s: 16, color: INK }),
  d.btn('frame', 'Plan my first week', [40, 260, 260, 50], { bg: TOMATO, r: 25, url: 'https://sprig.example/app', num: 2 }),
  d.T('Unsubscribe \u00b7 Sprig Kitchen Ltd, London', [40, 850, 520, 16], { s: 11, color: MUTED }),
])]);

const flow = d.page('App flow', 20);
const S = d.ids(['signup', 'tastes', 'home', 'recipe', 'cook', 'list', 'oven', 'import', 'premium', 'profile']);
const status = () => d.statusBar(W, { h: 44, time: '9:41' });
const tabs = (active) => d.F('Tab bar', [0, H - 84, W, 84], { fill: '#FFFFFF', layout: 'HORIZONTAL' }, [['Discover', S.home], ['Plan', null], ['List', S.list], ['Me', S.profile]].map(([t, go], i) => d.I(cTab.id, 'Tab', [i * 97 + 10, H - 78, 78, 50], { go: go && t !== active ? go : undefined }, [
  d.V('Vector', [i * 97 + 37, H - 74, 24, 24], { color: t === active ? TOMATO : MUTED }),
  d.T(t, [i * 97 + 10, H - 46, 78, 14], { s: 10, align: 'CENTER', color: t === active ? TOMATO : MUTED }),
])));
const pill = (label, y, go, o = {}) => d.I(cPill.id, 'Pill', [M, y, CW, 50], { fill: TOMATO, r: 25, go, nav: o.nav, change: o.change }, [d.T(label, [M + 16, y + 15, CW - 32, 20], { s: 16, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const scr = [];

scr.push(d.screen('Welcome', W, H, [status(),
  d.R('Rectangle 2', [0, 44, W, 360], { img: 'pasta-hero' }),
  d.P('Cook more. Waste less.', M, 430, CW, { s: 30, w: 700, color: INK }),
  d.P('\u201cSprig is the only planner I\u2019ve kept using past January.\u201d \u2014 Chef Ama Boateng', M, 480, CW, { s: 15, color: MUTED }),
  d.T('\u2605 4.8 \u00b7 App Store', [M, 540, CW, 18], { s: 13, color: MUTED }),
  pill('Sign up with email', 640, S.tastes, { change: cPillHover.id }),
  d.btn('frame', '\uf8ff  Continue with Apple', [M, 702, CW, 50], { bg: '#000000', r: 25, url: 'https://appleid.apple.com', num: 4 }),
], { id: S.signup }));

scr.push(d.screen('Tastes', W, H, [status(),
  d.T('Skip', [W - 60, 56, 40, 20], { s: 15, color: MUTED, go: S.home }),
  d.P('What do you like to cook?', M, 100, CW, { s: 26, w: 700, color: INK }),
  d.F('Auto layout', [M, 180, CW, 240], { layout: 'HORIZONTAL', gap: 8 }, ['Vegetarian', 'Quick (<30 min)', 'Batch cooking', 'Spicy', 'Baking', 'Low-carb', 'Family meals', 'One-pot'].map((t, i) => d.F(`Frame ${300 + i}`, [M + (i % 2) * 176, 180 + Math.floor(i / 2) * 56, 168, 44], { stroke: '#E5E7EB', r: 22, fill: i % 3 ? '#FFFFFF' : '#FFE4E6', layout: 'HORIZONTAL', pad: 12 }, [d.T(t, [M + (i % 2) * 176 + 12, 192 + Math.floor(i / 2) * 56, 144, 20], { s: 14, color: INK, align: 'CENTER' })]))),
  pill('Continue', 720, S.home),
], { id: S.tastes }));

scr.push(d.screen('Discover', W, H, [status(),
  d.T('Good evening, Sam', [M, 56, CW, 30], { s: 24, w: 700, color: INK }),
  d.searchField('Search 12,000 recipes', [M, 100, CW, 44]),
  d.T('Tonight in 30 minutes', [M, 168, CW, 22], { s: 18, w: 700, color: INK }),
  ...['Miso butter salmon', 'Chickpea & spinach curry', 'Lemon orzo'].map((t, i) => d.F(`Frame ${400 + i}`, [M, 204 + i * 150, CW, 140], { r: 12, go: i === 0 ? S.recipe : undefined }, [
    d.R(`Rectangle ${20 + i}`, [M, 204 + i * 150, CW, 100], { img: `dish-${i}`, r: 12 }),
    d.T(t, [M, 312 + i * 150, CW, 20], { s: 16, w: 600, color: INK }),
  ])),
  d.F('Frame 450', [M, 660, CW, 60], { fill: '#FFF1F2', r: 12, go: S.import, layout: 'HORIZONTAL', pad: 12 }, [d.T('\ud83d\udd17 Import recipes from a link', [M + 12, 680, CW - 24, 20], { s: 15, w: 600, color: TOMATO })]),
  tabs('Discover'),
], { id: S.home }));

scr.push(d.screen('Recipe', W, H, [status(),
  d.R('Rectangle 30', [0, 44, W, 260], { img: 'salmon' }),
  d.V('Vector', [16, 60, 24, 24], { color: '#FFFFFF', back: true, name: 'chevron-left' }),
  d.P('Miso butter salmon', M, 320, CW, { s: 24, w: 700, color: INK }),
  d.T('\u2605\u2605\u2605\u2605\u2605  2,341 ratings', [M, 360, CW, 18], { s: 13, color: '#F59E0B' }),
  d.P('\u201cThe miso glaze is the trick I teach every new line cook.\u201d \u2014 Chef Tomas Ruiz', M, 392, CW, { s: 14, color: MUTED }),
  d.P('Ingredients\n\u2022 2 salmon fillets\n\u2022 1 tbsp white miso\n\u2022 1 tbsp butter\n\u2022 Spring onions', M, 450, CW, { s: 15, color: INK }),
  pill('Start cooking', 680, S.cook),
  d.btn('link', 'Add to grocery list', [M, 744, CW, 20], { fg: TOMATO, go: S.list }),
], { id: S.recipe }));

scr.push(d.screen('Cook mode', W, H, [status(),
  d.T('Step 3 of 7', [M, 60, CW, 18], { s: 13, color: MUTED }),
  d.G('Group 9', [d.R('Rectangle 40', [M, 86, CW, 6], { fill: '#F3F4F6', r: 3 }), d.R('Rectangle 41', [M, 86, CW * 3 / 7, 6], { fill: TOMATO, r: 3 })]),
  d.P('Brush the glaze over the fillets and roast for 8 minutes at 200\u00b0C.', M, 140, CW, { s: 22, w: 600, color: INK }),
  d.btn('group', 'Send to oven', [M, 640, CW, 50], { bg: '#FFFFFF', fg: TOMATO, stroke: TOMATO, r: 25, go: S.oven, num: 12 }),
  pill('Next step', 710, undefined),
], { id: S.cook }));

scr.push(d.screen('Grocery list', W, H, [status(),
  d.T('This week\u2019s list', [M, 56, CW, 30], { s: 24, w: 700, color: INK }),
  ...['Salmon fillets \u00d72', 'White miso', 'Spring onions', 'Orzo 500g', 'Lemons \u00d73', 'Baby spinach'].map((t, i) => d.F(`Frame ${600 + i}`, [M, 110 + i * 48, CW, 44], { layout: 'HORIZONTAL', gap: 12 }, [
    d.R(`Rectangle ${60 + i}`, [M, 122 + i * 48, 20, 20], { fill: '#FFFFFF', stroke: MUTED, r: 4 }),
    d.T(t, [M + 32, 122 + i * 48, 280, 20], { s: 15, color: INK }),
  ])),
  d.F('Frame 650', [M, 430, CW, 130], { fill: '#F9FAFB', r: 12, layout: 'VERTICAL', pad: 16, gap: 8 }, [
    d.T('Sync your grocery list', [M + 16, 446, CW - 32, 20], { s: 16, w: 600, color: INK }),
    d.P('Keep it in step with Apple Reminders or your partner\u2019s phone.', M + 16, 472, CW - 32, { s: 13, color: MUTED }),
    d.btn('frame', 'Sync list', [M + 16, 510, 120, 36], { bg: TOMATO, r: 18, s: 14, num: 651 }),
    d.E('Ellipse 8', [M + 150, 518, 18, 18], { stroke: TOMATO, sw: 2, fill: '#FFFFFF', name: 'spinner' }),
    d.T('Syncing\u2026', [M + 174, 518, 100, 18], { s: 13, color: MUTED }),
  ]),
  tabs('List'),
], { id: S.list }));

scr.push(d.screen('Smart oven', W, H, [status(),
  d.V('Vector', [16, 56, 24, 24], { back: true, name: 'chevron-left' }),
  d.P('Connect your smart oven', M, 100, CW, { s: 26, w: 700, color: INK }),
  d.P('Preheat from the recipe and get a nudge when it\u2019s time to flip.', M, 170, CW, { s: 15, color: MUTED }),
  ...[['Anova Precision Oven', 'Connected \u2713'], ['June Oven', ''], ['Bosch Home Connect oven', '']].map(([n, s], i) => d.F(`Frame ${700 + i}`, [M, 240 + i * 72, CW, 64], { stroke: '#E5E7EB', r: 12, layout: 'HORIZONTAL', pad: 12 }, [
    d.logo('image', [M + 12, 252 + i * 72, 40, 40], n),
    d.T(n, [M + 64, 262 + i * 72, 200, 20], { s: 15, w: 600, color: INK }),
    d.T(s || 'Pair', [W - M - 100, 262 + i * 72, 88, 20], { s: 13, w: 600, color: s ? '#16A34A' : TOMATO, align: 'RIGHT' }),
  ])),
  d.btn('link', 'Forget this oven', [M, 480, CW, 20], { fg: MUTED }),
], { id: S.oven }));

scr.push(d.screen('Import', W, H, [status(),
  d.V('Vector', [16, 56, 24, 24], { back: true, name: 'chevron-left' }),
  d.P('Import recipes from a link', M, 100, CW, { s: 24, w: 700, color: INK }),
  d.F('Frame 800', [M, 170, CW, 50], { stroke: '#E5E7EB', r: 12, layout: 'HORIZONTAL', pad: 14 }, [d.T('Paste a recipe URL\u2026', [M + 14, 184, CW - 28, 20], { s: 15, color: '#9CA3AF' })]),
  d.P('Works with most food blogs and recipe sites. Ads and life stories removed.', M, 240, CW, { s: 13, color: MUTED }),
  pill('Import', 720, S.premium),
], { id: S.import }));

scr.push(d.screen('Premium', W, H, [
  d.R('Rectangle 90', [0, 0, W, 300], { img: 'premium', r: 0 }),
  d.T('Skip', [W - 60, 56, 40, 20], { s: 15, color: '#FFFFFF', go: S.home }),
  d.P('Sprig Premium', M, 320, CW, { s: 28, w: 700, color: INK }),
  d.P('Unlimited imports \u00b7 Weekly meal plans \u00b7 Nutrition per serving', M, 370, CW, { s: 15, color: MUTED }),
  d.T('\u00a33.99/month \u2014 cancel anytime', [M, 440, CW, 22], { s: 17, w: 600, color: INK }),
  pill('Start 7-day free trial', 720, S.home),
], { id: S.premium }));

scr.push(d.screen('Me', W, H, [status(),
  d.T('Sam', [M, 56, CW, 30], { s: 24, w: 700, color: INK }),
  ...[['Dietary preferences', S.tastes], ['Smart oven', S.oven], ['Sprig Premium', S.premium], ['Notifications', null], ['Sign out', null]].map(([t, go], i) => d.F(`Frame ${900 + i}`, [0, 110 + i * 52, W, 52], { layout: 'HORIZONTAL', pad: 20, go: go ?? undefined }, [d.T(t, [M, 126 + i * 52, 300, 20], { s: 16, color: INK })])),
  d.T('Delete account', [M, 400, 200, 20], { s: 16, color: '#DC2626' }),
  tabs('Me'),
], { id: S.profile }));

d.place(flow, scr, 0, 0, 100);
flow.flowStartingPoints = [{ nodeId: S.signup, name: 'First run' }];
const [pcomp, pmail, pflow] = d.pages;
d.pages = [pflow, pmail, pcomp];

const json = d.toJSON({ name: 'Sprig \u2014 iOS', lastModified: '2026-07-12T12:00:00Z', version: '2101774410' });
const absent = IDS_ALL.filter((x) => x !== 'funnel.social-proof');
const truth = {
  file: `${NAME}.json`,
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Consumer recipe and meal-planning app on iPhone: welcome, taste picker, discover feed with recipe search, recipe with chef quotes, cook mode, grocery list with list sync, smart-oven pairing, import from a link, a Premium paywall and a profile with Delete account. Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent,
  notes: {
    'funnel.greeting-email': 'The welcome email has a 1-2-3 list, but it is about tastes, importing a recipe and planning a week.',
    'platform.multiple-connections': '"Connected ✓" is a paired oven, not business software.',
    'connection.syncing-indicator': 'The spinner is the grocery list syncing to Reminders.',
    'privacy.disconnect-anytime': '"cancel anytime" is about the Premium subscription.',
    'platform.search': 'The search field is over recipes.',
    'value.progress-meter': 'The bar is cook-mode steps.',
  },
  flow: { startFrameId: S.signup, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
const r = validate(json, truth);
if (r.errs.length) throw new Error(r.errs.join('\n'));
writeOut(new URL('..', import.meta.url).pathname, NAME, json, truth);
process.stdout.write(`${NAME}: nodes=${r.count} screens=${r.screens} P=${r.present} A=${r.absent}\n`);

// d52 (negative): a consumer budgeting app that links a person's own bank accounts. Mobile 390x844.
import { makeDoc, writeTruth, WRITTEN_BY } from './lib.mjs';

const NAME = 'd52-negative-banking-budgeting';
const d = makeDoc(NAME);
const { F, T, R, V, E, go, hover, back, close, component, componentSet, newPage, addPage, chip, btnFrame, btnInst, btnGroup, linkText, logo } = d;
const W = 390; const H = 844;
const CORAL = '#F25F5C'; const INK = '#14213D';

newPage();
addPage('Cover', [F('Cover', 0, 0, 1200, 800, { fill: '#FFF4EC' }, [
  T('Pennywise 3.0 — app redesign', 80, 340, 1000, 56, { size: 48, weight: 700, color: CORAL }),
])]);

newPage();
const pillA = component('Property 1=Default', 'Pill', 20, 20, 160, 48, { fill: CORAL, r: 24 }, [T('Label', 16, 15, 128, 18, { color: '#FFFFFF', weight: 700 })]);
const pillB = component('Property 1=Pressed', 'Pill pressed', 20, 80, 160, 48, { fill: '#D94B48', r: 24 }, [T('Label', 16, 15, 128, 18, { color: '#FFFFFF', weight: 700 })]);
hover(pillA, pillB);
addPage('Components', [componentSet('Btn', 40, 40, 200, 148, [pillA, pillB])]);

newPage();
addPage('Archive', [F('Old home', 0, 0, W, H, { fill: '#FFFFFF' }, [T('Hi there', 24, 80, 200, 28, { size: 22, weight: 700 })])]);

newPage();
const ph = (name, x, y, fill = '#FFFFFF') => F(name, x, y, W, H, { fill });
const welcome = ph('iPhone 14 - 1', 0, 0, '#FFF4EC');
const signup = ph('iPhone 14 - 2', 490, 0);
const home = ph('Home', 980, 0, '#F7F7FA');
const roundups = ph('Round-ups', 1470, 0);
const pots = ph('Savings pots', 1960, 0);
const bank = ph('Add a bank', 2450, 0);
const plus = ph('Pennywise Plus', 2940, 0, INK);
const chatS = ph('Chat with us', 3430, 0);
const settings = ph('iPhone 14 - 9', 3920, 0);
const insights = ph('Insights', 4410, 0);

const status = () => F('Status bar', 0, 0, W, 44, {}, [T('9:41', 28, 14, 50, 18, { size: 15, weight: 600 }), V('Vector', 310, 16, 60, 12, { fill: INK })]);
const tabs = (active) => F('Tab bar', 0, H - 84, W, 84, { fill: '#FFFFFF', stroke: '#EEEEEE', layout: 'HORIZONTAL' }, [
  ['Home', home], ['Insights', insights], ['Pots', pots], ['Me', settings],
].map(([t, dest], i) => { const it = F('Frame', i * 97, 8, 97, 48, { layout: 'VERTICAL', gap: 4 }, [V('Vector', 36, 0, 24, 24, { fill: t === active ? CORAL : '#A0A4B0' }), T(t, 0, 28, 97, 14, { size: 11, align: 'CENTER' })]); go(it, dest); return it; }));
const backBtn = () => { const b = V('chevron-left', 16, 54, 24, 24, { stroke: INK }); back(b); return b; };

const start = btnInst('Get started', pillA, 24, 660, 342, 52, { fill: CORAL });
go(start, signup);
welcome.children = [status(), R('Rectangle 1', 0, 44, W, 360, { image: 'piggyillustr' }), F('Auto layout', 24, 430, 342, 200, { layout: 'VERTICAL', gap: 12 }, [
  T('Know where every penny goes', 0, 0, 342, 68, { size: 28, weight: 700 }),
  T('Budgets that keep themselves, round-ups and pots for the things you\u2019re saving for.', 0, 76, 342, 44, { size: 15, color: '#555B6E' }),
  F('Frame', 0, 130, 342, 24, { layout: 'HORIZONTAL', gap: 6 }, [T('★★★★★', 0, 2, 80, 18, { color: '#F4A261' }), T('Trusted by 2M people', 86, 2, 200, 18, { size: 13, weight: 600 })]),
]), start];

const c2 = btnFrame('Create account', 24, 600, 342, 52, { fill: CORAL, r: 26 });
go(c2, home);
signup.children = [status(), backBtn(), F('Auto layout', 24, 100, 342, 400, { layout: 'VERTICAL', gap: 14 }, [
  T('Let\u2019s get you set up', 0, 0, 342, 32, { size: 24, weight: 700 }),
  ...['First name', 'Email', 'Date of birth'].map((l) => F('Frame', 0, 0, 342, 52, { stroke: '#D0D3DC', r: 12, layout: 'HORIZONTAL', pad: 14 }, [T(l, 14, 16, 300, 20, { color: '#9298A8' })])),
  T('Skip the tour', 0, 0, 120, 18, { size: 13, color: '#9298A8' }),
]), c2];

const addBank = btnGroup('+ Add a bank', 24, 0, 160, 40, { fill: INK, r: 20 });
go(addBank.children[1], bank);
const toRound = chip('Round-ups · £4.20 this week', 0, 0, { fill: '#FFE3D8', color: '#8A2C0D', w: 200 });
go(toRound, roundups);
const upsell = F('Banner', 0, 0, 342, 64, { fill: INK, r: 16, layout: 'HORIZONTAL', pad: 16 }, [T('Try Pennywise Plus free for a month', 16, 22, 260, 20, { size: 14, weight: 600, color: '#FFFFFF' })]);
go(upsell, plus);
const chatFab = F('Chat bubble', 320, 680, 52, 52, { fill: CORAL, r: 26 }, [V('Vector', 14, 14, 24, 24, { fill: '#FFFFFF' })]);
go(chatFab, chatS, 'OVERLAY');
home.children = [status(), F('Auto layout', 24, 60, 342, 640, { layout: 'VERTICAL', gap: 14 }, [
  T('Hi Sam', 0, 0, 342, 32, { size: 26, weight: 700 }),
  F('Frame 10', 0, 44, 342, 150, { fill: '#FFFFFF', r: 20, layout: 'VERTICAL', pad: 18, gap: 6 }, [
    T('Left to spend until payday', 18, 18, 300, 16, { size: 12, color: '#555B6E' }),
    T('£612.40', 18, 40, 300, 40, { size: 34, weight: 700 }),
    F('Frame', 18, 100, 300, 28, { layout: 'HORIZONTAL', gap: 6 }, [chip('Payday in 9 days', 0, 0), chip('On track', 130, 0, { fill: '#DDF4E4', color: '#1E7B43' })]),
  ]),
  F('Frame 11', 0, 208, 342, 40, { layout: 'HORIZONTAL', gap: 8 }, [toRound]),
  F('Frame 12', 0, 260, 342, 120, { fill: '#FFFFFF', r: 20, layout: 'VERTICAL', pad: 18, gap: 8 }, [
    F('Frame', 18, 18, 300, 32, { layout: 'HORIZONTAL', gap: 10 }, [logo('Monzo', 0, 0), T('Monzo Current · £1,204.11', 42, 6, 250, 20, { size: 14 })]),
    F('Frame', 18, 60, 300, 40, { layout: 'HORIZONTAL' }, [addBank]),
  ]),
  upsell,
]), chatFab, tabs('Home')];

roundups.children = [status(), backBtn(), F('Auto layout', 24, 100, 342, 600, { layout: 'VERTICAL', gap: 14 }, [
  T('Round-ups', 0, 0, 342, 32, { size: 26, weight: 700 }),
  T('We round each card payment up to the nearest pound and pop the change in a pot.', 0, 40, 342, 44, { size: 15, color: '#555B6E' }),
  F('Frame', 0, 96, 342, 28, { layout: 'HORIZONTAL', gap: 6 }, ['1×', '2×', '5×', '10×'].map((t, i) => chip(t, i * 60, 0, { fill: i === 1 ? '#FFE3D8' : '#EEF1F6' }))),
  ...[['Tesco Express', '£2.35 → 65p'], ['TfL', '£2.80 → 20p'], ['Pret', '£4.15 → 85p']].map(([m, v]) => F('Frame', 0, 0, 342, 52, { stroke: '#EEEEEE', layout: 'HORIZONTAL', pad: 12 }, [T(m, 12, 16, 180, 20), T(v, 210, 16, 120, 20, { color: '#1E7B43' })])),
])];

pots.children = [status(), F('Auto layout', 24, 60, 342, 640, { layout: 'VERTICAL', gap: 14 }, [
  T('Savings pots', 0, 0, 342, 32, { size: 26, weight: 700 }),
  ...[['🏖️ Lisbon trip', '£340 of £800', 0.42], ['🎁 Christmas', '£120 of £300', 0.4], ['🛟 Rainy day', '£1,050', 1]].map(([n, v, p]) =>
    F('Frame', 0, 0, 342, 96, { fill: '#FFF4EC', r: 16, layout: 'VERTICAL', pad: 16, gap: 6 }, [T(n, 16, 16, 300, 20, { size: 16, weight: 600 }), T(v, 16, 40, 300, 18, { size: 13 }),
      F('Frame', 16, 66, 310, 8, { fill: '#FFD8C7', r: 4 }, [R('Rectangle', 0, 0, Math.round(310 * p), 8, { fill: CORAL, r: 4 })])])),
  linkText('+ New pot', 0, 0, 100, { color: CORAL }),
]), tabs('Pots')];

const bankTile = (nm) => F('Frame', 0, 0, 342, 56, { stroke: '#EEEEEE', r: 12, layout: 'HORIZONTAL', pad: 12, gap: 12 }, [logo(nm, 12, 12), T(nm, 56, 18, 240, 20, { size: 15, weight: 600 })]);
bank.children = [status(), backBtn(), F('Auto layout', 24, 100, 342, 640, { layout: 'VERTICAL', gap: 10 }, [
  T('Add another bank', 0, 0, 342, 32, { size: 24, weight: 700 }),
  T('See all your money in one place. Pick your bank.', 0, 40, 342, 20, { size: 15, color: '#555B6E' }),
  ...['Barclays', 'HSBC UK', 'Lloyds', 'Nationwide', 'Starling'].map(bankTile),
])];

const startPlus = btnFrame('Start free month', 24, 660, 342, 52, { fill: CORAL, r: 26 });
const xPlus = V('Close', 340, 56, 24, 24, { stroke: '#FFFFFF' });
close(xPlus);
plus.children = [status(), xPlus, F('Auto layout', 24, 120, 342, 460, { layout: 'VERTICAL', gap: 14 }, [
  T('Pennywise Plus', 0, 0, 342, 36, { size: 30, weight: 700, color: '#FFFFFF' }),
  T('£2.99 a month after your free month. Cancel subscription anytime.', 0, 48, 342, 44, { size: 15, color: '#D8DCE8' }),
  T('✓ Custom categories\n✓ Bill reminders\n✓ Export to spreadsheet', 0, 110, 342, 80, { size: 15, color: '#FFFFFF' }),
]), startPlus];

const xChat = V('Close', 350, 56, 20, 20, { stroke: INK });
close(xChat);
chatS.children = [status(), xChat, F('Auto layout', 16, 100, 358, 600, { layout: 'VERTICAL', gap: 12 }, [
  T('Chat with us', 0, 0, 358, 28, { size: 22, weight: 700 }),
  F('Frame', 0, 40, 280, 64, { fill: '#F2F3F7', r: 16, layout: 'VERTICAL', pad: 12 }, [T('Hi Sam! Ask us anything about your budget, pots or round-ups.', 12, 10, 256, 44, { size: 14 })]),
  F('Frame', 0, 120, 358, 36, { layout: 'HORIZONTAL', gap: 8 }, ['Budgets', 'Round-ups', 'My card'].map((t, i) => chip(t, i * 100, 0))),
])];

settings.children = [status(), F('Auto layout', 24, 60, 342, 640, { layout: 'VERTICAL', gap: 0 }, [
  T('Me', 0, 0, 342, 32, { size: 26, weight: 700 }),
  ...['Personal details', 'Notifications', 'Face ID', 'Appearance', 'Help'].map((t) => F('Frame', 0, 0, 342, 52, { stroke: '#EEEEEE', layout: 'HORIZONTAL', pad: 12 }, [T(t, 12, 16, 260, 20)])),
  T('Log out', 0, 0, 200, 20, { size: 15, color: INK }),
  T('Delete account', 0, 0, 200, 20, { size: 15, color: CORAL }),
]), tabs('Me')];

insights.children = [status(), F('Auto layout', 24, 60, 342, 640, { layout: 'VERTICAL', gap: 14 }, [
  T('Insights', 0, 0, 342, 32, { size: 26, weight: 700 }),
  F('Frame', 0, 0, 342, 32, { layout: 'HORIZONTAL', gap: 6 }, ['Week', 'Month', 'Year'].map((t, i) => chip(t, i * 70, 0, { fill: i === 1 ? INK : '#EEF1F6', color: i === 1 ? '#FFFFFF' : '#33415C' }))),
  F('Chart', 0, 0, 342, 200, { fill: '#FFFFFF', r: 16 }, [E('Donut', 96, 25, 150, 150, { stroke: CORAL })]),
  ...[['🍔 Eating out', '£182'], ['🛒 Groceries', '£240'], ['🚇 Transport', '£96']].map(([c, v]) => F('Frame', 0, 0, 342, 48, { layout: 'HORIZONTAL', pad: 8 }, [T(c, 8, 14, 200, 20), T(v, 280, 14, 60, 20, { weight: 600 })])),
]), tabs('Insights')];

addPage('App flow', [welcome, signup, home, roundups, pots, bank, plus, chatS, settings, insights], { flows: [{ node: welcome, name: 'New user' }] });

d.write(new URL(`../${NAME}.json`, import.meta.url), { name: 'Pennywise 3.0', lastModified: '2025-05-09T08:12:03Z', version: '3390147225' });

const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
writeTruth(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`, kind: 'negative', writtenBy: WRITTEN_BY,
  description: 'Consumer budgeting app (mobile 390x844): welcome with a star rating and "Trusted by 2M people", sign-up, home balance, round-ups, savings pots with progress bars, an "Add another bank" list for a person\u2019s own current accounts, a Plus upsell with "Cancel subscription anytime", a chat sheet and a settings list with "Delete account". No small business connects accounting, banking or commerce software.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.social-proof': 'Left unlabelled: "★★★★★ Trusted by 2M people" is consumer social proof for the app itself, not for a business connection.',
    'privacy.statistics': 'Left unlabelled for the same "2M people" line.',
    'value.progress-meter': 'Pot progress bars track savings goals, not connected sources.',
    'privacy.support-contacts': '"Chat with us" is a single channel in a consumer app, with no phone or email.',
    'privacy.disconnect-anytime': '"Cancel subscription anytime" is about the Plus plan.',
    'connection.delete': '"Delete account" closes the user\u2019s account; no control removes a linked bank.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

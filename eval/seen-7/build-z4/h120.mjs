// h120 (negative): a comic-reading app (Android, 360x800). No business-software connection.
import { Doc, F, G, R, V, T, COMP, CSET, INST, IMG, go, back, closeIx, row, writeTruth, WRITER } from './lib.mjs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'h120-negative-comic-reader';
const ref = (s) => Array.from({ length: 40 }, (_, i) => '9f8e7d6c5b4a3210'[(s * 19 + i * 13 + (i ^ s)) % 16]).join('');
const INK = '#F2F2F7', BG = '#121218', CARD = '#1E1E28', YEL = '#FFD23F', MUTE = '#9A9AAE';
const scr = (name, kids) => F(name, { w: 360, h: 800, fill: BG, clip: true }, kids);
const col = (kids, y = 56, gap = 16) => F('Auto layout', { x: 20, y, w: 320, layout: 'V', gap }, kids);
const t = (s, o = {}) => T(s, { color: INK, family: 'Roboto', ...o });
const btnOff = COMP('Type=Filled, State=Enabled', { layout: 'H', pad: [14, 24], radius: 24, fill: YEL, x: 0, y: 0 }, [t('Button', { color: '#121218', weight: 700 })]);
const btnOn = COMP('Type=Filled, State=Pressed', { layout: 'H', pad: [14, 24], radius: 24, fill: '#E6B800', x: 0, y: 70 }, [t('Button', { color: '#121218', weight: 700 })]);
const set = CSET('button', { x: 0, y: 0 }, [btnOff, btnOn]);
const fb = (label, name = 'Button') => INST(name, btnOff, { layout: 'H', w: 320, pad: [14, 0], justify: 'CENTER', radius: 24, fill: YEL }, [t(label, { color: '#121218', weight: 700, size: 15 })]);
const ob = (label) => F('Frame 14', { layout: 'H', w: 320, pad: [13, 0], justify: 'CENTER', radius: 24, stroke: YEL }, [t(label, { color: YEL, weight: 600, size: 15 })]);
const stepper = (n) => F('Stepper', { layout: 'V', gap: 8, w: 320 }, [t(`Step ${n} of 3`, { size: 12, color: MUTE }),
  F('Dots', { layout: 'H', gap: 6 }, [1, 2, 3].map((i) => R(`Rectangle ${i}`, { w: 102, h: 4, radius: 2, fill: i <= n ? YEL : '#3A3A48' })))]);
const cover = (s) => IMG(`Rectangle ${s}`, 96, 144, ref(s), { radius: 6 });

const go1 = fb('Let\u2019s go');
const splash = scr('Splash', [G('Group 2', [V('Vector', { x: 140, y: 300, w: 80, h: 80, fill: YEL }), t('PANELS', { x: 128, y: 396, size: 26, weight: 800 })]),
  F('Frame 3', { x: 20, y: 700, w: 320, layout: 'V' }, [go1])]);
const genre = (s, on) => F(s, { layout: 'H', pad: [8, 14], radius: 18, fill: on ? YEL : CARD }, [t(s, { size: 14, color: on ? '#121218' : INK })]);
const n1 = fb('Next');
const genres = scr('Onboarding / genres', [col([stepper(1), t('What do you read?', { size: 24, weight: 700 }),
  F('Wrap', { layout: 'H', gap: 8 }, [genre('Superhero', true), genre('Manga'), genre('Horror', true)]),
  F('Wrap', { layout: 'H', gap: 8 }, [genre('Sci-fi'), genre('Indie', true), genre('Webtoon')]),
  n1])]);
const shopBtn = fb('Connect your comic shop account', 'Btn');
const importBtn = ob('Import from Comixology');
const skip = t('Skip', { size: 14, color: MUTE });
const shop = scr('Onboarding / library', [col([stepper(2), t('Bring your collection', { size: 24, weight: 700 }),
  t('Link your local comic shop\u2019s pull list and new issues land on your shelf every Wednesday.', { size: 15, color: MUTE, w: 320 }),
  shopBtn, importBtn, F('Frame 20', { layout: 'H', w: 320, justify: 'CENTER' }, [skip])])]);
const n3 = fb('Finish');
const notif = scr('Onboarding / alerts', [col([stepper(3), t('New-issue alerts?', { size: 24, weight: 700 }),
  t('We\u2019ll ping you on release day for the series you follow.', { size: 15, color: MUTE, w: 320 }), n3, ob('No thanks')])]);
const sheetGo = fb('Choose export file');
const importSheet = F('Import sheet', { w: 360, h: 360, fill: CARD, radius: 16, layout: 'V', pad: 20, gap: 14 }, [
  R('Handle', { w: 40, h: 4, radius: 2, fill: '#3A3A48' }), t('Import from Comixology', { size: 20, weight: 700 }),
  t('Export your library as a .csv from your Comixology account, then pick the file here.', { size: 14, color: MUTE, w: 320 }), sheetGo, closeIx(ob('Cancel'))]);
const syncBtn = F('Sync reading list', { layout: 'H', gap: 6, pad: [6, 12], radius: 16, fill: CARD }, [V('Vector', { w: 14, h: 14, fill: YEL }), t('Sync reading list', { size: 13 })]);
const issue = cover(31);
const navTo = {};
const nav = (active) => F('Nav', { x: 0, y: 720, w: 360, h: 80, layout: 'H', pad: [12, 20], justify: 'SPACE_BETWEEN', fill: '#1A1A22' }, ['Library', 'Store', 'Pro', 'Me'].map((s) => {
  const n = F(s, { layout: 'V', gap: 4, w: 64, align: 'CENTER' }, [V('Vector', { w: 22, h: 22, fill: s === active ? YEL : MUTE }), t(s, { size: 11, color: s === active ? YEL : MUTE })]);
  (navTo[s] ??= []).push(n);
  return n;
}));
const library = scr('Library', [col([F('Head', { layout: 'H', w: 320, justify: 'SPACE_BETWEEN' }, [t('Library', { size: 24, weight: 700 }), syncBtn]),
  t('Continue reading', { size: 16, weight: 700 }), F('Shelf', { layout: 'H', gap: 12 }, [issue, cover(32), cover(33)]),
  t('Pull list \u00b7 this Wednesday', { size: 16, weight: 700 }), F('Shelf', { layout: 'H', gap: 12 }, [cover(34), cover(35), cover(36)])]), nav('Library')]);
const reader = scr('Reader', [IMG('Page', 360, 640, ref(40), { y: 60 }), F('Bar', { x: 0, y: 0, w: 360, h: 56, layout: 'H', pad: [0, 16], justify: 'SPACE_BETWEEN', fill: '#000000' }, [back(t('\u2190', { size: 20 })), t('Saga #54 \u00b7 p. 12/28', { size: 13, color: MUTE })])]);
const trial = fb('Start 7-day free trial');
const pro = scr('Pro', [col([t('PANELS Pro', { size: 28, weight: 800, color: YEL }),
  t('\u2022 Guided view on every page\n\u2022 Offline downloads\n\u2022 No ads between issues', { size: 15, w: 320 }),
  t('Pro \u2014 \u00a33.99/month, cancel anytime', { size: 15, weight: 700 }), trial], 120), nav('Pro')]);
const row1 = (s) => F(s, { layout: 'H', pad: [14, 0], w: 320, justify: 'SPACE_BETWEEN' }, [t(s, { size: 15 }), t('\u203a', { color: MUTE })]);
const me = scr('Me', [col([t('Me', { size: 24, weight: 700 }), t('412 issues read this year', { size: 14, color: MUTE }),
  row1('Reading stats'), row1('Downloads'), row1('Help'), row1('Sign out')], 56, 6), nav('Me')]);

go(go1, genres); go(n1, shop); go(shopBtn, notif); go(importBtn, importSheet, 'OVERLAY'); go(skip, notif); go(n3, library);
go(sheetGo, library); go(issue, reader); go(trial, btnOn, 'CHANGE_TO');
for (const n of navTo.Library) go(n, library);
for (const n of navTo.Pro) go(n, pro);
for (const n of navTo.Me) go(n, me);

const doc = new Doc('Panels \u2013 Android onboarding', '2026-06-18T08:40:02Z');
doc.page('Flow', row([splash, genres, shop, notif, importSheet, library, reader, pro, me], 0, 0, 80), { starts: [[splash, 'First launch']] });
doc.page('Components', [set]);
doc.page('Archive', [F('Old splash', { x: 0, y: 0, w: 360, h: 800, fill: BG, layout: 'V', pad: 40 }, [t('PANELS (old logo)', { size: 22 })])]);
const { nodes } = doc.build(`${OUT}${NAME}.json`);

const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
writeTruth(`${OUT}${NAME}.truth.json`, {
  file: `${NAME}.json`, kind: 'negative', writtenBy: WRITER,
  description: 'Android comic-reading app: splash, a three-step onboarding (genres, bringing a personal collection from a comic shop or Comixology, alerts), an import sheet, library, reader, a Pro subscription screen and a profile page. A reader links personal shopping accounts; no business connects accounting, banking or commerce software.',
  present: [],
  absent: ALL,
  notes: {
    'value.progress-meter': '"Step n of 3" is onboarding progress, not a meter of connected business sources.',
    'connection.refresh': '"Sync reading list" refreshes a personal library.',
    'platform.alternatives': 'The Comixology CSV import is a personal library import.',
  },
  flow: { startFrameId: splash.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log(NAME, nodes);

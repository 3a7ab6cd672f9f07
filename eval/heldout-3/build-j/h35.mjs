// h35-negative-news-reader: news reader web app, 1280x832. No business-software connection.
import { createDoc, writeJson } from './lib.mjs';

const NAME = 'h35-negative-news-reader';
const D = createDoc({ name: 'Broadsheet Reader — web', lastModified: '2026-05-30T13:17:44Z', version: '3410028815', thumb: 'c4e1aa90-broadsheet' });
const t = (c, o = {}) => D.text(c, { font: o.serif ? 'Source Serif 4' : 'Inter', maxW: 700, ...o });
const INK = '#111111';
const MUTED = '#6B6B6B';
const RED = '#C8102E';
const W = 1280;
const H = 832;

D.page(6);
const bC = D.component('Type=Primary, Size=M', { x: 0, y: 0, w: 200, h: 44, fill: INK, radius: 4 }, [t('Label', { x: 70, y: 12, color: '#FFFFFF', weight: 600 })]);
const comps = D.canvas('Components', [bC]);

D.page(2);
const btn = (label, to, o = {}) => D.instance(bC.id, 'Type=Primary, Size=M', { x: o.x ?? 0, y: o.y ?? 0, w: o.w ?? 240, h: 44, fill: INK, radius: 4, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER', to }, [t(label, { color: '#FFFFFF', weight: 600 })]);
const mast = (links = {}) => D.frame('Masthead', { x: 0, y: 0, w: W, h: 64, stroke: '#E5E5E5', layout: 'HORIZONTAL', padX: 40, padY: 18, gap: 40, alignItems: 'CENTER' }, [
  t('The Broadsheet', { serif: true, size: 24, weight: 700 }),
  ...['Today', 'Following', 'Library', 'Settings'].map((n) => t(n, { size: 14, color: MUTED, to: links[n] })),
]);

const landing = D.frame('Landing', { key: 'landing', x: 0, y: 0, w: W, h: H, fill: '#FAF7F2' }, [
  t('The Broadsheet', { x: 40, y: 24, serif: true, size: 24, weight: 700 }),
  t('All your papers.\nOne calm front page.', { x: 120, y: 200, serif: true, size: 56, weight: 700, w: 640 }),
  btn('Start reading free', 'signin', { x: 120, y: 420 }),
  D.frame('Quote', { x: 800, y: 220, w: 380, layout: 'VERTICAL', gap: 12, pad: 28, fill: '#FFFFFF', radius: 4 }, [
    t('“The first reader app that feels like opening a real newspaper on a Sunday morning.”', { serif: true, size: 20, w: 324 }),
    t('— Helen Achterberg, Editor-at-large, The Northern Review', { size: 13, color: MUTED, w: 324 }),
  ]),
  t('Skip intro', { x: 1160, y: 28, size: 14, color: MUTED, to: 'signin' }),
]);
const signin = D.frame('Sign in', { key: 'signin', x: 1380, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  D.frame('Auto layout', { x: 440, y: 160, layout: 'VERTICAL', gap: 14, w: 400 }, [
    t('Create your reader account', { size: 26, weight: 700 }),
    D.frame('Frame 10', { w: 400, h: 44, stroke: '#D4D4D4', radius: 4, layout: 'HORIZONTAL', pad: 12, gap: 10, justify: 'CENTER', alignItems: 'CENTER', to: 'topics' }, [D.vector('Vector', { w: 18, h: 18, fill: '#4285F4' }), t('Connect with Google', { weight: 600 })]),
    D.frame('Frame 11', { w: 400, h: 44, stroke: '#D4D4D4', radius: 4, layout: 'HORIZONTAL', pad: 12, gap: 10, justify: 'CENTER', alignItems: 'CENTER' }, [D.vector('Vector', { w: 18, h: 20, fill: INK }), t('Continue with Apple', { weight: 600 })]),
    t('or use email', { size: 13, color: MUTED, align: 'CENTER', w: 400 }),
    D.frame('Frame 12', { w: 400, h: 44, stroke: '#D4D4D4', radius: 4, layout: 'HORIZONTAL', padX: 12, padY: 12 }, [t('you@example.com', { color: '#A3A3A3' })]),
    btn('Continue', 'topics', { w: 400 }),
  ]),
]);
const topics = D.frame('Pick topics', { key: 'topics', x: 2760, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  t('What do you like to read?', { x: 240, y: 100, size: 30, weight: 700 }),
  D.frame('Auto layout', { x: 240, y: 170, layout: 'HORIZONTAL', gap: 10 }, ['World', 'Politics', 'Climate', 'Business', 'Culture', 'Science', 'Sport'].map((c, i) => D.frame('Chip', { padX: 16, padY: 10, radius: 22, stroke: '#D4D4D4', fill: i % 3 === 0 ? INK : '#FFFFFF', layout: 'HORIZONTAL' }, [t(c, { color: i % 3 === 0 ? '#FFFFFF' : INK })]))),
  btn('Next', 'import', { x: 240, y: 320 }),
]);
const imp = D.frame('Import subscriptions', { key: 'import', x: 4140, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
  t('Import your subscriptions', { x: 240, y: 100, size: 30, weight: 700 }),
  t('Already pay for a paper? Bring it along and read it here without the paywall.', { x: 240, y: 150, color: MUTED, size: 16 }),
  D.frame('Auto layout', { x: 240, y: 200, layout: 'VERTICAL', gap: 10 }, [
    ['The Guardian', 'Supporter'], ['The Atlantic', 'Digital'], ['Le Monde', 'Abonné'], ['Feedly (OPML export)', 'Feeds'],
  ].map(([a, b]) => D.frame('Frame 30', { w: 620, h: 60, stroke: '#E5E5E5', radius: 6, layout: 'HORIZONTAL', padX: 16, padY: 18, gap: 16, alignItems: 'CENTER' }, [t(a, { weight: 600, w: 340 }), t(b, { size: 13, color: MUTED, w: 140 }), t('Import', { size: 14, weight: 600, color: RED })]))),
  btn('Done', 'today', { x: 240, y: 500 }),
  t('I’ll do this later', { x: 520, y: 512, color: MUTED, to: 'today' }),
]);
const today = D.frame('Today', { key: 'today', x: 0, y: 1000, w: W, h: H, fill: '#FFFFFF' }, [
  mast({ Library: 'library', Settings: 'settings' }),
  D.rect('Rectangle 40', { x: 40, y: 96, w: 760, h: 420, img: '5a5b5c5d5e5f606162636465666768696a6b6c6d' }),
  t('Inside the quiet race to build Europe’s next power grid', { x: 40, y: 530, serif: true, size: 32, weight: 700, w: 760, to: 'article' }),
  D.frame('Auto layout', { x: 840, y: 96, layout: 'VERTICAL', gap: 18, w: 400 }, ['Markets steady as rate decision looms', 'The village that voted to go car-free', 'Review: a quietly devastating debut novel'].map((h) => D.frame('Frame 50', { layout: 'VERTICAL', gap: 4, w: 400 }, [t(h, { serif: true, size: 19, weight: 600, w: 400 }), t('6 min read', { size: 12, color: MUTED })]))),
]);
const article = D.frame('Article', { key: 'article', x: 1380, y: 1000, w: W, h: 1600, fill: '#FFFFFF' }, [
  mast({ Today: 'today', Library: 'library' }),
  t('Inside the quiet race to build Europe’s next power grid', { x: 290, y: 110, serif: true, size: 40, weight: 700, w: 700 }),
  t('By Tomasz Wierzbicki · 12 min read', { x: 290, y: 240, size: 13, color: MUTED }),
  D.frame('Frame 60', { x: 290, y: 280, layout: 'HORIZONTAL', gap: 16 }, [t('🔖 Save to library', { size: 14, weight: 600 }), t('Share', { size: 14, color: MUTED }), t('Listen', { size: 14, color: MUTED })]),
  t('Across a dozen substations between Hamburg and the Alps, engineers are quietly rewiring the continent.\n\nThe work rarely makes headlines. It involves transformers the size of houses, cables laid under rivers, and years of negotiations with landowners.', { x: 290, y: 330, serif: true, size: 19, w: 700, color: '#222222' }),
]);
const library = D.frame('Library', { key: 'library', x: 2760, y: 1000, w: W, h: H, fill: '#FFFFFF' }, [
  mast({ Today: 'today', Settings: 'settings' }),
  t('Your library', { x: 40, y: 96, size: 28, weight: 700 }),
  D.frame('Frame 70', { x: 900, y: 100, layout: 'HORIZONTAL', gap: 10, alignItems: 'CENTER' }, [D.rect('Toggle', { w: 36, h: 20, fill: '#1E8E3E', radius: 10 }), t('Sync reading list across devices', { size: 14 })]),
  D.frame('Auto layout', { x: 40, y: 150, layout: 'VERTICAL', gap: 10 }, ['Inside the quiet race to build Europe’s next power grid', 'What the tide tables don’t tell you', 'A year of eating only local bread'].map((a) => D.frame('Frame 71', { w: 1000, h: 64, stroke: '#E5E5E5', radius: 6, layout: 'HORIZONTAL', padX: 16, padY: 20, gap: 24 }, [t(a, { serif: true, weight: 600, w: 760 }), t('Remove from library', { size: 13, color: RED })]))),
]);
const settings = D.frame('Settings', { key: 'settings', x: 4140, y: 1000, w: W, h: H, fill: '#FFFFFF' }, [
  mast({ Today: 'today', Library: 'library' }),
  t('Settings', { x: 40, y: 96, size: 28, weight: 700 }),
  D.frame('Auto layout', { x: 40, y: 150, layout: 'VERTICAL', gap: 12, w: 700 }, [
    t('Signed in with Google · m.okoro@gmail.com', { size: 14 }),
    t('Imported subscriptions: The Guardian, The Atlantic', { size: 14 }),
    t('Text size · Dark mode · Offline downloads', { size: 14, color: MUTED }),
    t('Help centre', { size: 14, color: RED, deco: 'UNDERLINE', to: 'help' }),
    t('Sign out', { size: 14, weight: 600 }),
  ]),
]);
const help = D.frame('Help centre', { key: 'help', x: 5520, y: 1000, w: W, h: H, fill: '#FAF7F2' }, [
  t('Help centre', { x: 240, y: 80, size: 30, weight: 700 }),
  D.frame('Search', { x: 240, y: 140, w: 600, h: 44, radius: 22, fill: '#FFFFFF', stroke: '#D4D4D4', layout: 'HORIZONTAL', padX: 16, padY: 12, gap: 10 }, [D.vector('Vector', { w: 16, h: 16, stroke: MUTED }), t('Search help articles', { color: '#A3A3A3' })]),
  t('Why can’t I import my subscription?\nReading offline\nManaging your account', { x: 240, y: 210, size: 16, w: 600 }),
]);

const flow = D.canvas('Web app', [landing, signin, topics, imp, today, article, library, settings, help], { starts: [{ key: 'landing', name: 'New reader' }] });
D.page(1);
const cover = D.canvas('Cover', [D.frame('Cover', { x: 0, y: 0, w: 1600, h: 960, fill: '#FAF7F2' }, [t('Broadsheet Reader', { x: 120, y: 400, serif: true, size: 80, weight: 700, maxW: 1200 })])]);

writeJson(new URL(`../${NAME}.json`, import.meta.url), D.build([cover, flow, comps]));

const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
writeJson(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`,
  kind: 'negative',
  writtenBy: 'held-out writer J (from the checklist facts and the REST format only; repository not read)',
  description: 'The Broadsheet, a consumer news reader web app at 1280 wide: landing page with an editor’s quote, sign-in with "Connect with Google", topic picker, import newspaper subscriptions, front page, article, library with reading-list sync and "Remove from library", settings and a help centre. No business accounting, banking or commerce software is connected.',
  present: [],
  absent: IDS,
  notes: {
    'funnel.social-proof': 'Left unlabelled: an editor’s quote on the landing page praises the reader, unrelated to any business connection.',
    'platform.search': 'The only search box searches help articles.',
    'connection.delete': '"Remove from library" removes saved articles, not a connection.',
    'connection.view-live': 'Settings lists the Google sign-in and imported newspaper subscriptions, not business-software connections.',
  },
  flow: { startFrameId: landing.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log('wrote', NAME);

// h100 — negative: a language flashcards web app, desktop 1440x900; old-style prototype links.
import { F, G, R, V, T, C, CS, E, I, finish, write, truth, IDS } from './lib.mjs';
import { btnI, btnF, btnG, link, field, searchBox } from './parts.mjs';

const NAME = 'h100-negative-language-flashcards';
const W = 1440;
const H = 900;
const TEAL = '#0E7C86';
const INK = '#102A2E';
const MUTED = '#5C7275';

const components = [
  CS('Card', 0, 0, 700, 300, [
    C('Side=Front', 'card-front', 20, 20, 320, 240, [T('Word', 0, 100, 320, 28, 700, { align: 'CENTER' })], { fill: '#FFFFFF', r: 16, stroke: '#D6E4E5', key: 'front', hover: 'backSide' }),
    C('Side=Back', 'card-back', 360, 20, 320, 240, [T('Translation', 0, 100, 320, 24, 500, { align: 'CENTER' })], { fill: '#E6F4F5', r: 16, key: 'backSide' }),
  ], { stroke: '#9747FF', r: 5 }),
  C('Primary', 'primary', 0, 340, 200, 48, [T('Label', 0, 14, 200, 15, 600, { color: '#FFFFFF', align: 'CENTER' })], { fill: TEAL, r: 24 }),
];

const header = (right = []) => F('Nav', 0, 0, W, 72, [
  G('Group 1', 40, 20, 200, 32, [V('Vector', 0, 0, 32, 32, { fill: TEAL }), T('Kartei', 42, 4, 140, 20, 700, { color: TEAL })]),
  ...right,
], { fill: '#FFFFFF', stroke: '#E3ECEC' });

const stepper = (n) => G('Stepper', 520, 110, 400, 40, [
  T(`Step ${n} of 4`, 0, 0, 400, 13, 600, { color: MUTED, align: 'CENTER' }),
  ...[0, 1, 2, 3].map((i) => R('Rectangle ' + (40 + i), i * 104, 26, 92, 6, { fill: i < n ? TEAL : '#D6E4E5', r: 3 })),
]);

const choice = (label, sub, x, y, sel) => F('Frame ' + (200 + x + y), x, y, 300, 110, [
  T(label, 20, 20, 260, 18, 700), T(sub, 20, 54, 260, 13, 400, { color: MUTED }),
], { stroke: sel ? TEAL : '#D6E4E5', sw: sel ? 2 : 1, r: 16, fill: sel ? '#F0F9FA' : '#FFFFFF' });

const landing = F('Landing', 0, 0, W, H, [
  header([link('Log in', W - 220, 26, 60, { u: false }), btnF('Sign up free', W - 150, 16, 120, 40, { fill: TEAL, r: 20, size: 14, old: 'step1' })]),
  T('Remember\u200B every word you learn', 160, 240, 620, 48, 700),
  T('Spaced-repetition flashcards for 40 languages. Five minutes a day, on the bus or at your desk.', 160, 380, 560, 18, 400, { color: MUTED }),
  btnI('Start learning', 'primary', 160, 470, 240, 56, { fill: TEAL, r: 28, old: 'step1' }),
  R('image 4', 820, 150, 520, 560, { img: 'fl45h001', r: 24 }),
  T('Free forever for up to 3 decks.', 160, 550, 500, 13, 400, { color: MUTED }),
], { fill: '#FFFFFF', key: 'landing' });

const step1 = F('Onboarding 1', 0, 0, W, H, [
  header(), stepper(1),
  T('What are you learning?', 320, 180, 800, 28, 700, { align: 'CENTER' }),
  F('Auto layout', 250, 260, 940, 240, [
    choice('🇪🇸 Spanish', '2.1M learners', 0, 0, true), choice('🇯🇵 Japanese', '1.4M learners', 320, 0), choice('🇩🇪 German', '980k learners', 640, 0),
    choice('🇫🇷 French', '1.9M learners', 0, 130), choice('🇰🇷 Korean', '760k learners', 320, 130), choice('More…', '35 other languages', 640, 130),
  ], { layout: 'HORIZONTAL', gap: 20 }),
  btnG('Continue', 620, 760, 200, 52, { fill: TEAL, r: 26, old: 'step2' }),
], { fill: '#FAFCFC', key: 'step1' });

const step2 = F('Onboarding 2', 0, 0, W, H, [
  header(), stepper(2),
  T('How much Spanish do you know?', 320, 180, 800, 28, 700, { align: 'CENTER' }),
  F('Auto layout', 250, 260, 940, 110, [
    choice('Just starting', 'A few words at most', 0, 0), choice('Some basics', 'I can order a coffee', 320, 0, true), choice('Conversational', 'I want to grow my vocab', 640, 0),
  ], { layout: 'HORIZONTAL', gap: 20 }),
  btnG('Continue', 620, 760, 200, 52, { fill: TEAL, r: 26, old: 'step3', vector: true }),
], { fill: '#FAFCFC', key: 'step2' });

const step3 = F('Onboarding 3', 0, 0, W, H, [
  header(), stepper(3),
  T('Pick a daily goal', 320, 180, 800, 28, 700, { align: 'CENTER' }),
  F('Auto layout', 250, 260, 940, 110, [
    choice('Casual', '10 cards a day', 0, 0), choice('Regular', '25 cards a day', 320, 0, true), choice('Intense', '60 cards a day', 640, 0),
  ], { layout: 'HORIZONTAL', gap: 20 }),
  T('You can change this any time.', 520, 400, 400, 13, 400, { color: MUTED, align: 'CENTER' }),
  btnG('Continue', 620, 760, 200, 52, { fill: TEAL, r: 26, old: 'step4' }),
], { fill: '#FAFCFC', key: 'step3' });

const step4 = F('Onboarding 4', 0, 0, W, H, [
  header(), stepper(4),
  T('Studying for a class?', 320, 180, 800, 28, 700, { align: 'CENTER' }),
  T('Connect your school account to get the decks your teacher assigns and share your streak with the class.', 420, 236, 600, 15, 400, { color: MUTED, align: 'CENTER' }),
  F('Auto layout', 520, 320, 400, 200, [
    btnF('Continue with Google Classroom', 0, 0, 400, 52, { fill: '#FFFFFF', color: INK, stroke: '#C8D6D7', r: 26, old: 'decks' }),
    btnF('Continue with Microsoft school account', 0, 64, 400, 52, { fill: '#FFFFFF', color: INK, stroke: '#C8D6D7', r: 26, old: 'decks' }),
    field(null, 'or enter a class code', 0, 128, 400, { r: 26 }),
  ], { layout: 'VERTICAL', gap: 12 }),
  T('Not a student? Skip', 620, 780, 200, 14, 600, { color: TEAL, align: 'CENTER', old: 'decks' }),
], { fill: '#FAFCFC', key: 'step4' });

const deckCard = (nm, n, x, y) => F('Frame ' + (500 + x + y), x, y, 280, 160, [
  R('Rectangle 5', 0, 0, 280, 8, { fill: TEAL, r: 4 }),
  T(nm, 20, 28, 240, 17, 700), T(`${n} cards · 12 due`, 20, 60, 240, 13, 400, { color: MUTED }),
  btnF('Study', 20, 104, 100, 36, { fill: TEAL, r: 18, size: 13, old: 'study' }),
], { fill: '#FFFFFF', stroke: '#E3ECEC', r: 16, layout: 'VERTICAL', gap: 12, px: 20, py: 20 });

const decks = F('Decks', 0, 0, W, H, [
  header([searchBox('Search public decks', 480, 14, 480), T('⚙︎', W - 90, 22, 24, 20, 400, { old: 'settings' }), E('Avatar', W - 56, 18, 36, 36, { img: 'av0000a1' })]),
  F('Frame 1010', 0, 0, W, H, [T('Your decks', 80, 110, 600, 26, 700),
  F('Auto layout', 80, 170, 1280, 360, [
    deckCard('Spanish — top 1,000 words', 1000, 0, 0), deckCard('Travel phrases', 220, 300, 0), deckCard('Irregular verbs', 140, 600, 0), deckCard('Food & kitchen', 180, 900, 0),
  ], { layout: 'HORIZONTAL', gap: 20 }),
  F('Frame 600', 80, 560, 1280, 120, [
    T('Moving from another app?', 24, 24, 600, 18, 700),
    T('Bring your cards with you — scheduling history included.', 24, 56, 600, 14, 400, { color: MUTED }),
    btnF('Import decks from Anki', 1020, 36, 230, 48, { fill: '#FFFFFF', color: TEAL, stroke: TEAL, r: 24, old: 'importDeck' }),
  ], { fill: '#F0F9FA', r: 16 }),
  F('Frame 601', 80, 710, 1280, 90, [
    T('⭐ Go Premium for offline mode and unlimited decks', 24, 32, 700, 16, 600),
    link('See plans', 1150, 34, 100, { old: 'premium' }),
  ], { stroke: '#F2D58B', r: 16, fill: '#FFFBEF' }),
  T('Powered by Codat', 80, 820, 300, 11, 400, { hidden: true })], { layout: 'VERTICAL', gap: 24 }),
], { fill: '#FAFCFC', key: 'decks' });

const importDeck = F('Import', 0, 0, W, H, [
  header(),
  T('Import decks from Anki', 420, 120, 600, 28, 700),
  T('1  In Anki, choose File › Export\n2  Pick “Anki Deck Package (.apkg)” and include scheduling information\n3  Drop the file below', 420, 180, 600, 15, 400, { color: INK }),
  F('Dropzone', 420, 310, 600, 240, [V('Vector 9', 280, 80, 40, 40, { fill: MUTED }), T('Drop your .apkg or .colpkg file', 0, 140, 600, 15, 500, { align: 'CENTER' })], { stroke: '#B5C9CA', r: 16 }),
  btnF('Import', 420, 600, 200, 52, { fill: TEAL, r: 26, old: 'decks' }),
  T('Cancel', 650, 616, 80, 15, 500, { color: MUTED, back: true }),
], { fill: '#FFFFFF', key: 'importDeck' });

const study = F('Study', 0, 0, W, H, [
  header([T('12 / 25 today', W - 220, 26, 160, 14, 600, { color: MUTED })]),
  R('Rectangle 70', 0, 72, W * 0.48, 4, { fill: TEAL }),
  I('Side=Front', 'card-front', 520, 200, 400, 300, [T('la cuchara', 0, 130, 400, 32, 700, { align: 'CENTER' })], { fill: '#FFFFFF', r: 16, stroke: '#D6E4E5' }),
  F('Auto layout', 420, 560, 600, 56, ['Again', 'Hard', 'Good', 'Easy'].map((b, i) =>
    btnF(b, i * 150, 0, 138, 56, { fill: ['#FCE8E6', '#FFF3DC', '#E6F4EA', '#E6F0FB'][i], color: INK, r: 14, old: i === 3 ? 'decks' : undefined })), { layout: 'HORIZONTAL', gap: 12 }),
  T('Space to flip · 1–4 to answer', 520, 660, 400, 12, 400, { color: MUTED, align: 'CENTER' }),
], { fill: '#FAFCFC', key: 'study' });

const settings = F('Settings', 0, 0, W, H, [
  header(),
  T('Settings', 320, 110, 800, 26, 700),
  F('Auto layout', 320, 170, 800, 560, [
    F('Frame 700', 0, 0, 800, 90, [T('Sync across devices', 20, 18, 500, 16, 600), T('Last synced 2 minutes ago · iPhone, MacBook', 20, 48, 500, 13, 400, { color: MUTED }), R('Toggle', 720, 30, 52, 30, { fill: TEAL, r: 15 })], { stroke: '#E3ECEC', r: 14 }),
    F('Frame 701', 0, 102, 800, 90, [T('School account', 20, 18, 500, 16, 600), T('Not connected', 20, 48, 500, 13, 400, { color: MUTED }), link('Connect', 700, 34, 80, { old: 'step4' })], { stroke: '#E3ECEC', r: 14 }),
    F('Frame 702', 0, 204, 800, 90, [T('Daily goal', 20, 18, 500, 16, 600), T('25 cards', 20, 48, 500, 13, 400, { color: MUTED })], { stroke: '#E3ECEC', r: 14 }),
    F('Frame 703', 0, 306, 800, 90, [T('Need help?', 20, 18, 500, 16, 600), link('Contact support', 20, 48, 200, { size: 13, url: 'https://kartei.example/support' })], { stroke: '#E3ECEC', r: 14 }),
    T('Delete account', 0, 430, 300, 14, 600, { color: '#B42318' }),
  ], { layout: 'VERTICAL', gap: 12 }),
], { fill: '#FAFCFC', key: 'settings' });

const premium = F('Premium', 0, 0, W, H, [
  header(),
  T('Kartei Premium', 420, 120, 600, 32, 700, { align: 'CENTER' }),
  T('Offline decks · unlimited decks · audio for every card', 420, 180, 600, 16, 400, { align: 'CENTER', color: MUTED }),
  F('Auto layout', 420, 250, 600, 260, [
    F('Monthly', 0, 0, 290, 260, [T('Monthly', 20, 20, 250, 16, 700), T('€6.99', 20, 60, 250, 30, 700), T('Premium — cancel anytime', 20, 120, 250, 13, 400, { color: MUTED })], { stroke: '#D6E4E5', r: 16 }),
    F('Yearly', 310, 0, 290, 260, [T('Yearly', 20, 20, 250, 16, 700), T('€49.99', 20, 60, 250, 30, 700), T('Save 40%', 20, 120, 250, 13, 600, { color: TEAL })], { stroke: TEAL, sw: 2, r: 16 }),
  ], { layout: 'HORIZONTAL', gap: 20 }),
  btnF('Start 7-day free trial', 570, 560, 300, 56, { fill: TEAL, r: 28, url: 'https://kartei.example/checkout' }),
  T('Maybe later', 620, 640, 200, 14, 500, { color: MUTED, align: 'CENTER', old: 'decks' }),
], { fill: '#FFFFFF', key: 'premium' });

const cover = F('Cover', 0, 0, 1600, 900, [T('Kartei web — onboarding refresh', 100, 360, 1400, 60, 700, { color: '#FFFFFF' }), R('image 2', 1200, 100, 300, 300, { img: 'c0ve7777', r: 40 })], { fill: TEAL });

const place = (f, x, y) => ((f._r[0] = x), (f._r[1] = y), f);

const { file, id, count } = finish(NAME, [
  { name: 'Cover', prefix: 4, children: [cover] },
  { name: 'Web app', prefix: 66, protoStart: 'landing', children: [
    place(landing, 0, 0), place(step1, 1600, 0), place(step2, 3200, 0), place(step3, 4800, 0), place(step4, 6400, 0),
    place(decks, 0, 1100), place(importDeck, 1600, 1100), place(study, 3200, 1100), place(settings, 4800, 1100), place(premium, 6400, 1100),
  ] },
  { name: 'Components', prefix: 80, children: components },
], { title: 'Kartei – web' });

const notes = {};
for (const k of IDS) notes[k] = [false, 'A personal language-learning app: no business connects accounting, banking or commerce software.'];
notes['value.progress-meter'] = [false, '"Step 1 of 4" is an onboarding stepper, not a meter growing with connected sources.'];
notes['platform.alternatives'] = [false, 'Importing Anki decks is moving flashcards, not a fallback for a missing business platform.'];
notes['connection.view-live'] = [false, 'Device sync status is not a view of business data connections.'];
notes['privacy.support-contacts'] = [false, 'A single "Contact support" link, and not within a data-connection flow.'];
const t = truth(NAME, 'negative',
  'Desktop web app for language flashcards: landing, a four-step onboarding (language, level, daily goal, optional school account), deck library with Anki import, import screen, study session, settings with device sync, and a premium page. No business software is connected.',
  notes, null);
t.flow = { startFrameId: id('landing'), connectFrameId: null, stepsToConnect: null, deadEnds: [] };
write(NAME, file, t);
console.log(NAME, count);

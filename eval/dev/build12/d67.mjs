// d67 — negative: music-lesson booking app, mobile 390x844. No business-software connection.
import { setPage, reseed, F, T, R, V, I, C, E, canvas, finish, countNodes, writeOut, fileShell, WRITTEN_BY, btnFrame, btnGroup, btnInst, link, field, logo, divider, auto } from './lib.mjs';

const NAME = 'd67-negative-music-lessons';
const W = 390, H = 844;
reseed(67);
const TEAL = '#0F7C7A', INK = '#14181F', MUTED = '#6A7280';

setPage(3, 1);
const cPill = C('COMPONENT', 'Property 1=Default', [0, 0, 342, 52], { fill: TEAL, radius: 26 }, [T('Label', [16, 16, 310, 20], { s: 16, w: 600, c: '#FFFFFF', align: 'CENTER' })]);
const cAvatar = C('COMPONENT', 'avatar/48', [0, 80, 48, 48], { fill: '#DDE7E7', radius: 24 }, []);
const compPage = canvas('3:1', 'Components', [cPill, cAvatar]);
const components = {
  [cPill.id]: { key: 'k67pill', name: cPill.name, description: 'Pill CTA', documentationLinks: [] },
  [cAvatar.id]: { key: 'k67av', name: cAvatar.name, description: '', documentationLinks: [] },
};
const PILL = cPill.id, AV = cAvatar.id;

setPage(1, 1);
const bar = () => F(auto('Frame'), [0, 0, W, 47], {}, [T('9:41', [28, 16, 40, 18], { s: 15, w: 600 }), V('Vector', [310, 18, 60, 12], { fill: INK })]);
const tabs = (active) => F('Tab bar', [0, H - 84, W, 84], { fill: '#FFFFFF', stroke: '#E6E8EB', layout: 'HORIZONTAL', padX: 24, gap: 0 }, [['Lessons', 'booked'], ['Practice', 'practice'], ['Teachers', 'teachers'], ['Me', 'me']].map(([l, k], i) => F(auto('Frame'), [i * 97, 0, 97, 60], { go: l === active ? undefined : [k] }, [V('Vector', [36, 10, 24, 24], { fill: l === active ? TEAL : MUTED }), T(l, [0, 38, 97, 16], { s: 11, align: 'CENTER', c: l === active ? TEAL : MUTED })])));
const scr = (name, key, kids) => F(name, [0, 0, W, H], { key, fill: '#FFFFFF', clip: true }, [bar(), ...kids]);

const welcome = scr('Welcome', 'welcome', [
  R(auto('Rectangle'), [0, 47, W, 360], { fill: { type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img67piano' } }),
  T('Lessons with real teachers, on your schedule', [24, 430, 342, 70], { s: 26, w: 700 }),
  T('Trusted by 200k students', [24, 512, 342, 20], { s: 15, w: 600, c: TEAL }),
  T('“My daughter went from nervous to performing in four months.” — Elena, parent', [24, 540, 342, 44], { s: 14, c: MUTED }),
  btnInst('Sign up with email', [24, 680, 342, 52], PILL, { go: ['instrument'] }),
  link('I already have an account', [24, 752, 342, 20], TEAL, { u: false, align: 'CENTER' }),
]);

const instrument = scr('Frame 3', 'instrument', [
  T('What do you want to play?', [24, 80, 342, 64], { s: 26, w: 700 }),
  ...['🎹 Piano', '🎸 Guitar', '🎤 Voice', '🎻 Violin', '🥁 Drums'].map((l, i) => F(auto('Frame'), [24, 170 + i * 72, 342, 60], { stroke: '#DCE1E6', radius: 14, fill: i === 0 ? '#E6F3F2' : '#FFFFFF', go: i === 0 ? ['teachers'] : undefined }, [T(l, [20, 18, 300, 24], { s: 17 })])),
]);

const teacher = (n, meta, y) => F(auto('Frame'), [24, y, 342, 84], { stroke: '#E6E8EB', radius: 14, layout: 'HORIZONTAL', padX: 16, gap: 12, go: y === 140 ? ['book'] : undefined }, [
  I('avatar/48', [16, 18, 48, 48], AV, {}, []), F(auto('Frame'), [76, 16, 250, 52], { layout: 'VERTICAL', gap: 4 }, [T(n, [0, 0, 250, 22], { s: 16, w: 600 }), T(meta, [0, 26, 250, 18], { s: 13, c: MUTED })]),
]);
const teachers = scr('Teachers', 'teachers', [
  T('Piano teachers near you', [24, 76, 342, 34], { s: 24, w: 700 }),
  teacher('Marcus Bell', '★ 4.9 · 312 lessons · $38/30 min', 140),
  teacher('Ana Ruiz', '★ 4.8 · 190 lessons · $42/30 min', 236),
  teacher('Kenji Sato', '★ 5.0 · 88 lessons · $35/30 min', 332),
  tabs('Teachers'),
]);

const book = scr('Frame 5', 'book', [
  link('‹ Back', [16, 56, 80, 20], TEAL, { back: true, u: false }),
  T('Pick a time with Marcus', [24, 90, 342, 34], { s: 24, w: 700 }),
  F(auto('Frame'), [24, 140, 342, 220], { layout: 'VERTICAL', gap: 8 }, ['Tue 4:00 PM', 'Tue 4:30 PM', 'Thu 6:00 PM', 'Sat 10:00 AM'].map((t, i) => F(auto('Frame'), [0, i * 54, 342, 46], { stroke: '#DCE1E6', radius: 10, fill: i === 2 ? '#E6F3F2' : '#FFFFFF' }, [T(t, [16, 13, 300, 20], { s: 15 })]))),
  F(auto('Frame'), [24, 390, 342, 110], { fill: '#F5F7F8', radius: 14, layout: 'VERTICAL', padX: 16, padY: 16, gap: 8 }, [
    T('Never miss a lesson', [16, 16, 310, 22], { s: 16, w: 600 }),
    T('Add lessons to Google Calendar or Apple Calendar automatically.', [16, 42, 310, 36], { s: 13, c: MUTED }),
    btnFrame('Connect your calendar', [16, 66, 200, 36], '#FFFFFF', { stroke: TEAL, radius: 18, s: 13 }, TEAL),
  ]),
  btnInst('Continue to payment', [24, 720, 342, 52], PILL, { go: ['pay'] }),
]);

const pay = scr('Frame 6', 'pay', [
  link('‹ Back', [16, 56, 80, 20], TEAL, { back: true, u: false }),
  T('Link a card', [24, 90, 342, 34], { s: 24, w: 700 }),
  T('You’re only charged after each lesson.', [24, 130, 342, 20], { s: 14, c: MUTED }),
  field('Card number', '4242 4242 4242 4242', [24, 170, 342, 68]),
  F(auto('Frame'), [24, 254, 342, 68], { layout: 'HORIZONTAL', gap: 12 }, [field('Expiry', '08 / 28', [0, 0, 165, 68]), field('CVC', '•••', [177, 0, 165, 68])]),
  field('ZIP', '94110', [24, 338, 342, 68]),
  btnInst('Book Thu 6:00 PM · $38', [24, 720, 342, 52], PILL, { go: ['booked'] }),
]);

const booked = scr('Lessons', 'booked', [
  T('You’re booked 🎶', [24, 80, 342, 34], { s: 26, w: 700 }),
  F(auto('Frame'), [24, 136, 342, 120], { fill: '#E6F3F2', radius: 16 }, [T('Piano with Marcus\nThu 6:00 PM · 30 min · Video', [20, 20, 300, 48], { s: 16, w: 600 }), link('Reschedule', [20, 84, 120, 20], TEAL)]),
  T('Upcoming', [24, 290, 342, 22], { s: 18, w: 700 }),
  T('Nothing else yet — book your next lesson after this one.', [24, 320, 342, 40], { s: 14, c: MUTED }),
  tabs('Lessons'),
]);

const practice = scr('Practice', 'practice', [
  T('Practice log', [24, 76, 342, 34], { s: 26, w: 700 }),
  F(auto('Frame'), [24, 130, 342, 100], { fill: '#F5F7F8', radius: 14 }, [T('This week', [16, 14, 200, 18], { s: 13, c: MUTED }), T('2 h 15 min', [16, 38, 200, 34], { s: 28, w: 700 }), V('Vector', [220, 30, 100, 50], { stroke: TEAL, sw: 2 })]),
  F(auto('Frame'), [24, 250, 342, 64], { stroke: '#DCE1E6', radius: 14, layout: 'HORIZONTAL', padX: 16, gap: 12 }, [T('Sync practice logs from your metronome app', [16, 12, 230, 40], { s: 14 }), btnGroup('Sync', [262, 14, 64, 36], TEAL, { radius: 18, s: 13 })]),
  ...['Mon  25 min  Scales, Hanon #1', 'Wed  40 min  Für Elise bars 1–16', 'Sat  70 min  Sight-reading'].map((l, i) => T(l, [24, 340 + i * 36, 342, 20], { s: 14 })),
  tabs('Practice'),
]);

const me = scr('Me', 'me', [
  I('avatar/48', [24, 80, 48, 48], AV, {}, []),
  T('Jordan Lee\njordan@example.com', [84, 84, 280, 44], { s: 15 }),
  divider([24, 150, 342, 1]),
  ...['Payment methods', 'Notifications', 'Plan: Monthly · cancel anytime'].map((l, i) => T(l, [24, 170 + i * 50, 342, 22], { s: 16, go: i === 2 ? ['plans'] : undefined })),
  link('Chat with support', [24, 330, 200, 20], TEAL, { u: false, go: ['chat'] }),
  link('Remove profile', [24, 380, 200, 20], '#C2372C', { u: false }),
  tabs('Me'),
]);

const chat = scr('Frame 11', 'chat', [
  link('‹', [16, 52, 24, 30], INK, { back: true, u: false, s: 28 }),
  T('Support', [60, 56, 200, 26], { s: 20, w: 700 }),
  F(auto('Frame'), [24, 120, 260, 64], { fill: '#F1F3F5', radius: 16 }, [T('Hi Jordan! How can we help with your lessons today?', [14, 10, 232, 44], { s: 14 })]),
  F(auto('Frame'), [130, 200, 236, 44], { fill: TEAL, radius: 16 }, [T('Can I switch teachers?', [14, 12, 208, 20], { s: 14, c: '#FFFFFF' })]),
  F(auto('Frame'), [16, 770, 358, 48], { stroke: '#DCE1E6', radius: 24 }, [T('Message…', [18, 14, 300, 20], { s: 15, c: MUTED })]),
]);

const plans = scr('Plans', 'plans', [
  link('‹ Back', [16, 56, 80, 20], TEAL, { back: true, u: false }),
  T('Lesson packs', [24, 90, 342, 34], { s: 24, w: 700 }),
  ...['Pay as you go|$38 / lesson', 'Monthly 4|$140 / month', 'Monthly 8|$264 / month'].map((s, i) => F(auto('Frame'), [24, 150 + i * 100, 342, 88], { stroke: '#DCE1E6', radius: 14 }, [T(s.split('|')[0], [16, 16, 300, 22], { s: 16, w: 600 }), T(s.split('|')[1], [16, 46, 300, 22], { s: 15, c: TEAL })])),
  T('Cancel anytime. Unused lessons roll over for 60 days.', [24, 470, 342, 40], { s: 13, c: MUTED }),
  E(auto('Ellipse'), [180, 540, 30, 30], { fill: '#E6F3F2', hidden: true }),
  logo([24, 600, 120, 32], 'img67badge', { radius: 0 }),
]);

const frames = [welcome, instrument, teachers, book, pay, booked, practice, me, chat, plans];
frames.forEach((f, i) => { f._b = [i * (W + 60), 0, W, H]; });
const flowPage = canvas('1:1', 'iOS flow', frames, { flowStartingPoints: [{ nodeId: welcome.id, name: 'New student' }], prototypeStartNodeID: welcome.id });
setPage(0, 1);
const cover = canvas('0:1', 'Cover', [F('Cover', [0, 0, 1200, 800], { fill: TEAL }, [T('Encore — booking flow', [80, 340, 1000, 70], { s: 56, w: 700, c: '#FFFFFF' })])]);

const document = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [cover, flowPage, compPage] };
finish(document);
const file = fileShell(NAME, '2026-02-27T13:30:00Z', document, components);

const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const unlabelled = ['funnel.social-proof', 'privacy.support-contacts'];
const truth = {
  file: `${NAME}.json`, kind: 'negative', writtenBy: WRITTEN_BY,
  description: 'Mobile music-lesson booking app (Encore). Students sign up, pick an instrument and teacher, book a slot and add a card. Look-alikes: "Connect your calendar", "Sync practice logs", "Link a card", "Trusted by 200k students", "Chat with support", "Remove profile", "Cancel anytime" on plans. Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent: IDS.filter((x) => !unlabelled.includes(x)),
  notes: {
    'funnel.social-proof': 'A "Trusted by 200k students" line and a parent quote are on the welcome screen, but there is no connection flow for them to support; left unlabelled.',
    'privacy.support-contacts': 'Only an in-app chat, and not tied to any data connection; left unlabelled.',
    'connection.delete': '"Remove profile" deletes the student profile; there is no connection to remove.',
    'funnel.cta-visible': '"Connect your calendar" adds lessons to a personal calendar; "Link a card" is a payment card.',
    'connection.refresh': '"Sync practice logs" pulls minutes from a metronome app, not business data.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
writeOut(new URL('..', import.meta.url).pathname, NAME, file, truth);
console.log(NAME, 'nodes', countNodes(document));

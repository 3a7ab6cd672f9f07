// h140 (negative): language-learning podcast app, mobile 393x852, US English.
import { Doc, writeTruth } from './lib.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'h140-negative-language-podcast.json');
const d = new Doc('h140', {
  title: 'Parlo — podcast app (iOS)',
  lastModified: '2026-03-02T10:21:37Z',
  version: '4799920485',
  font: 'Manrope',
});
const W = 393;
const H = 852;
const INK = '#1e1b2e';
const MUTED = '#77738a';
const VIO = '#6b4eff';
const img = (ref) => [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

d.page('Components');
d.cur.children.push(
  d.C('cta', 'Comp / Action / Large', 0, 0, 345, 56, { fill: VIO, radius: 28 }, [d.T('Action', 16, 17, 313, 22, { size: 17, weight: 700, color: '#fff', align: 'CENTER' })]),
  d.C('chip', 'chip', 380, 0, 110, 40, { stroke: '#d9d5ea', radius: 20 }, [d.T('Chip', 8, 11, 94, 18, { size: 14, align: 'CENTER' })]),
);

const flow = d.page('iOS flow', { key: 'lang', name: 'New listener' });
const sb = () => d.F('Status bar', 0, 0, W, 54, {}, [d.T('9:41', 40, 18, 50, 20, { size: 17, weight: 600 }), d.V('Vector', W - 100, 22, 74, 13, { fill: INK })]);
const cta = (label, x, y) => d.I('cta', 'Comp / Action / Large', x, y, 345, 56, {}, [d.T(label, 16, 17, 313, 22, { size: 17, weight: 700, color: '#fff', align: 'CENTER' })]);
const at = (i, row = 0) => [i * (W + 90), row * (H + 150)];
const stepHead = (n) => [
  d.T(`Step ${n} of 3`, 24, 70, 200, 18, { size: 13, weight: 700, color: VIO }),
  d.F(null, 24, 96, 345, 4, { layout: 'HORIZONTAL', gap: 6 }, [0, 1, 2].map((i) => d.R(null, i * 117, 0, 111, 4, { fill: i < n ? VIO : '#e6e3f2', radius: 2 }))),
];
const chip = (t, x, y, on) =>
  d.I('chip', 'chip', x, y, 110, 40, on ? { fill: VIO, radius: 20 } : { stroke: '#d9d5ea', radius: 20 }, [d.T(t, 8, 11, 94, 18, { size: 14, color: on ? '#fff' : INK, align: 'CENTER' })]);

// step 1
const n1 = cta('Continue', 24, 752);
const lang = d.screen('lang', 'Onboarding 01', ...at(0), W, H, {}, [
  sb(),
  ...stepHead(1),
  d.T('What do you want to learn?', 24, 124, 345, 68, { size: 28, weight: 800 }),
  d.F(null, 24, 210, 345, 300, { layout: 'VERTICAL', gap: 10 }, [
    ...[['🇪🇸', 'Spanish'], ['🇫🇷', 'French'], ['🇮🇹', 'Italian'], ['🇯🇵', 'Japanese'], ['🇧🇷', 'Portuguese (Brazil)']].map(([f, t], i) =>
      d.F(null, 0, i * 58, 345, 50, i === 0 ? { fill: '#efecff', radius: 14 } : { stroke: '#ece9f6', radius: 14 }, [d.T(`${f}  ${t}`, 16, 14, 300, 22, { size: 16, weight: 600 })]),
    ),
  ]),
  n1,
]);
flow.children.push(lang);

// step 2
const n2 = cta('Continue', 24, 752);
const level = d.screen('level', 'Onboarding 02', ...at(1), W, H, {}, [
  sb(),
  ...stepHead(2),
  d.T('How much Spanish do you know?', 24, 124, 345, 68, { size: 28, weight: 800 }),
  d.F(null, 24, 210, 345, 100, { layout: 'HORIZONTAL', gap: 8 }, [chip('Beginner', 0, 0), chip('Some', 118, 0, true), chip('Conversational', 235, 0)]),
  d.T('Not sure? Take a 2-minute listening check', 24, 300, 345, 20, { size: 14, color: VIO, deco: 'UNDERLINE' }),
  n2,
]);
flow.children.push(level);
d.go(n1, 'level');

// step 3
const n3 = cta('Set my goal', 24, 752);
const goal = d.screen('goal', 'Onboarding 03', ...at(2), W, H, {}, [
  sb(),
  ...stepHead(3),
  d.T('Pick a daily goal', 24, 124, 345, 36, { size: 28, weight: 800 }),
  d.F(null, 24, 190, 345, 260, { layout: 'VERTICAL', gap: 10 }, [
    ...['5 min · one short episode', '15 min · commute', '30 min · serious'].map((t, i) =>
      d.F(null, 0, i * 70, 345, 60, i === 1 ? { fill: '#efecff', radius: 14 } : { stroke: '#ece9f6', radius: 14 }, [d.T(t, 16, 19, 300, 22, { size: 16 })]),
    ),
  ]),
  n3,
]);
flow.children.push(goal);
d.go(n2, 'goal');

// spotify
const spot = d.F('Frame 77', 24, 600, 345, 56, { fill: '#1db954', radius: 28 }, [
  d.V('Spotify glyph', 96, 16, 24, 24, { fill: '#000' }),
  d.T('Connect Spotify', 128, 17, 160, 22, { size: 17, weight: 700, color: '#000' }),
]);
d.act(spot, { type: 'URL', url: 'https://accounts.spotify.com/authorize' });
const notNow = d.T('Maybe later', 24, 680, 345, 22, { size: 15, weight: 600, color: MUTED, align: 'CENTER' });
const spotify = d.screen('spotify', 'Spotify prompt', ...at(3), W, H, { fill: '#f6f4ff' }, [
  sb(),
  d.R(null, 46, 110, 300, 300, { radius: 28, fills: img('sp07aa21c3') }),
  d.T('Already listen on Spotify?', 24, 440, 345, 34, { size: 26, weight: 800, align: 'CENTER' }),
  d.T('Connect your account and new Parlo episodes land in your Spotify library, with transcripts staying here.', 24, 486, 345, 66, { size: 15, color: MUTED, align: 'CENTER' }),
  spot,
  notNow,
]);
flow.children.push(spotify);
d.go(n3, 'spotify');

// home + tabs
const tabs = (active) =>
  d.F('Tab bar', 0, H - 84, W, 84, { fill: '#fff', stroke: '#ece9f6' }, ['Listen', 'Library', 'You'].map((t, i) =>
    d.F(null, i * 131, 8, 131, 50, {}, [d.V(null, 53, 2, 24, 24, { fill: t === active ? VIO : MUTED }), d.T(t, 0, 30, 131, 16, { size: 11, color: t === active ? VIO : MUTED, align: 'CENTER' })]),
  ));
const ep1 = d.F(null, 0, 0, 345, 84, { fill: '#fff', radius: 16 }, [
  d.R(null, 12, 12, 60, 60, { radius: 10, fills: img('ep01') }),
  d.T('Ep. 41 · Ordering tapas like a local', 84, 16, 250, 20, { size: 15, weight: 700 }),
  d.T('12 min · A2–B1', 84, 42, 250, 18, { size: 13, color: MUTED }),
]);
const hTabs = tabs('Listen');
const home = d.screen('home', 'Listen', ...at(4), W, H, { fill: '#f6f4ff' }, [
  sb(),
  d.T('Buenas, Sam 👋', 24, 66, 345, 32, { size: 26, weight: 800 }),
  d.T('🔥 6-day streak · 11 of 15 min today', 24, 104, 345, 20, { size: 14, color: MUTED }),
  d.F(null, 24, 140, 345, 460, { layout: 'VERTICAL', gap: 12 }, [
    ep1,
    d.F(null, 0, 96, 345, 84, { fill: '#fff', radius: 16 }, [
      d.R(null, 12, 12, 60, 60, { radius: 10, fills: img('ep02') }),
      d.T('Ep. 42 · Small talk at the market', 84, 16, 250, 20, { size: 15, weight: 700 }),
      d.T('14 min · A2–B1', 84, 42, 250, 18, { size: 13, color: MUTED }),
    ]),
    d.F(null, 0, 192, 345, 84, { fill: '#fff', radius: 16 }, [
      d.R(null, 12, 12, 60, 60, { radius: 10, fills: img('ep03') }),
      d.T('Ep. 43 · Renting a flat in Madrid', 84, 16, 250, 20, { size: 15, weight: 700 }),
      d.T('16 min · B1', 84, 42, 250, 18, { size: 13, color: MUTED }),
    ]),
  ]),
  hTabs,
]);
flow.children.push(home);
d.go(notNow, 'home');

// player
const pBack = d.V('chevron down', 24, 64, 20, 12, { fill: INK });
d.act(pBack, { type: 'BACK' });
const player = d.screen('player', 'Player', ...at(5), W, H, {}, [
  sb(),
  pBack,
  d.R(null, 46, 100, 300, 300, { radius: 24, fills: img('ep01') }),
  d.T('Ordering tapas like a local', 24, 420, 345, 28, { size: 22, weight: 800 }),
  d.F(null, 24, 470, 345, 4, { fill: '#e6e3f2', radius: 2 }, [d.R(null, 0, 0, 140, 4, { fill: VIO, radius: 2 })]),
  d.T('04:51 / 12:03', 24, 484, 345, 16, { size: 12, color: MUTED }),
  d.T('— ¿Me pone una de croquetas?\n— Claro. ¿De jamón o de bacalao?', 24, 540, 345, 60, { size: 15 }),
  d.T('Tap any word to save it to your vocabulary', 24, 640, 345, 18, { size: 13, color: MUTED }),
]);
flow.children.push(player);
d.go(ep1, 'player');

// library
const lTabs = tabs('Library');
const importRow = d.F(null, 0, 0, 345, 64, { fill: '#fff', radius: 16 }, [
  d.V('Vector', 16, 20, 24, 24, { fill: VIO }),
  d.T('Import vocabulary lists', 52, 14, 260, 20, { size: 16, weight: 700 }),
  d.T('From Anki, Quizlet or a CSV', 52, 36, 260, 18, { size: 13, color: MUTED }),
]);
const library = d.screen('library', 'Library', ...at(0, 1), W, H, { fill: '#f6f4ff' }, [
  sb(),
  d.T('Library', 24, 66, 345, 32, { size: 26, weight: 800 }),
  d.F(null, 24, 116, 345, 300, { layout: 'VERTICAL', gap: 12 }, [
    importRow,
    d.F(null, 0, 76, 345, 64, { fill: '#fff', radius: 16 }, [d.T('Saved words · 214', 16, 22, 300, 20, { size: 16, weight: 700 })]),
    d.F(null, 0, 152, 345, 64, { fill: '#fff', radius: 16 }, [d.T('Downloaded episodes · 9', 16, 22, 300, 20, { size: 16, weight: 700 })]),
  ]),
  lTabs,
]);
flow.children.push(library);

// import
const iBack = d.T('‹ Library', 24, 62, 120, 20, { size: 15, color: VIO });
d.act(iBack, { type: 'BACK' });
const importF = d.screen('import', 'Import lists', ...at(1, 1), W, H, {}, [
  sb(),
  iBack,
  d.T('Import vocabulary', 24, 96, 345, 32, { size: 26, weight: 800 }),
  d.F(null, 24, 150, 345, 250, { layout: 'VERTICAL', gap: 10 }, [
    ...['Anki deck (.apkg)', 'Quizlet set link', 'CSV — word, translation'].map((t, i) =>
      d.F(null, 0, i * 70, 345, 60, { stroke: '#ece9f6', radius: 14 }, [d.T(t, 16, 19, 300, 22, { size: 16 })]),
    ),
  ]),
  d.T('Lists are added to your saved words and used in review quizzes.', 24, 420, 345, 40, { size: 14, color: MUTED }),
]);
flow.children.push(importF);
d.go(importRow, 'import');

// you / settings
const yTabs = tabs('You');
const premiumRow = d.F(null, 0, 0, 345, 72, { fill: VIO, radius: 16 }, [
  d.T('Parlo Premium', 16, 14, 250, 22, { size: 17, weight: 800, color: '#fff' }),
  d.T('All 400+ episodes, offline mode', 16, 40, 250, 18, { size: 13, color: '#e6e0ff' }),
]);
const contactRow = d.F(null, 0, 246, 345, 56, { fill: '#fff', radius: 14 }, [d.T('Contact us', 16, 17, 250, 22, { size: 16 })]);
const you = d.screen('you', 'You', ...at(2, 1), W, H, { fill: '#f6f4ff' }, [
  sb(),
  d.T('You', 24, 66, 345, 32, { size: 26, weight: 800 }),
  d.F(null, 24, 116, 345, 380, { layout: 'VERTICAL', gap: 12 }, [
    premiumRow,
    d.F(null, 0, 84, 345, 72, { fill: '#fff', radius: 14 }, [
      d.T('Sync progress', 16, 12, 220, 22, { size: 16, weight: 700 }),
      d.T('Keep streaks and saved words on all your devices', 16, 38, 250, 18, { size: 12, color: MUTED }),
      d.F('Toggle', 281, 22, 48, 28, { fill: VIO, radius: 14 }, [d.E(null, 22, 2, 24, 24, { fill: '#fff' })]),
    ]),
    d.F(null, 0, 168, 345, 66, { fill: '#fff', radius: 14 }, [
      d.T('Spotify', 16, 12, 220, 22, { size: 16, weight: 700 }),
      d.T('Not connected', 16, 38, 220, 18, { size: 12, color: MUTED }),
    ]),
    contactRow,
    d.F(null, 0, 314, 345, 56, { fill: '#fff', radius: 14 }, [d.T('Sign out', 16, 17, 250, 22, { size: 16 })]),
  ]),
  yTabs,
]);
flow.children.push(you);
for (const t of [hTabs, lTabs, yTabs]) {
  d.go(t.children[0], 'home');
  d.go(t.children[1], 'library');
  d.go(t.children[2], 'you');
}

// paywall
const close = d.V('close', W - 48, 64, 20, 20, { fill: INK });
d.act(close, { type: 'CLOSE' });
const trial = cta('Start 7-day free trial', 24, 700);
const paywall = d.screen('paywall', 'Paywall', ...at(3, 1), W, H, { fill: '#f6f4ff' }, [
  sb(),
  close,
  d.T('Parlo Premium', 24, 110, 345, 36, { size: 30, weight: 800 }),
  d.T('✓ Every episode, every level\n✓ Offline downloads\n✓ Unlimited saved words', 24, 170, 345, 90, { size: 16 }),
  d.F(null, 24, 300, 345, 90, { fill: '#fff', radius: 16 }, [
    d.T('★★★★★  “I understood my abuela’s jokes after a month.”', 16, 16, 313, 40, { size: 14 }),
    d.T('— Elena R., App Store review', 16, 62, 313, 16, { size: 12, color: MUTED }),
  ]),
  d.T('$9.99/month or $59.99/year. Premium — cancel anytime in Settings.', 24, 620, 345, 40, { size: 13, color: MUTED, align: 'CENTER' }),
  trial,
]);
flow.children.push(paywall);
d.go(premiumRow, 'paywall', 'OVERLAY');
d.act(trial, { type: 'CLOSE' });

// contact
const cBack = d.T('‹ You', 24, 62, 120, 20, { size: 15, color: VIO });
d.act(cBack, { type: 'BACK' });
const contact = d.screen('contact', 'Contact us', ...at(4, 1), W, H, {}, [
  sb(),
  cBack,
  d.T('Contact us', 24, 96, 345, 32, { size: 26, weight: 800 }),
  d.F(null, 24, 150, 345, 160, { stroke: '#d9d5ea', radius: 14 }, [d.T('Tell us what’s going on…', 16, 16, 300, 20, { size: 15, color: '#a7a3b8' })]),
  cta('Send', 24, 330),
  d.T('Or email hola@parlo.fm — we reply within a day.', 24, 410, 345, 20, { size: 13, color: MUTED }),
]);
flow.children.push(contact);
d.go(contactRow, 'contact');

d.finish(out);

const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
writeTruth(d, out.replace('.json', '.truth.json'), {
  kind: 'negative',
  description:
    'Parlo, a consumer language-learning podcast app, iOS 393x852, US English. Three onboarding steps (language, level, daily goal), an optional Spotify prompt, Listen, Player, Library with vocabulary import, a You tab with progress sync and Premium, a paywall overlay and a contact form. No business software of any kind is connected.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.cta-visible': '"Connect Spotify" links a personal music account; not accounting, banking or commerce software.',
    'value.progress-meter': '"Step 1 of 3" bars track the listener profile.',
    'platform.alternatives': '"Import vocabulary lists" imports flashcards, not business data.',
    'connection.refresh': '"Sync progress" is a device-sync toggle for streaks and saved words.',
    'privacy.disconnect-anytime': '"Premium — cancel anytime" is about the subscription.',
    'funnel.social-proof': 'Left unlabelled: an App Store review sits on the paywall, but nowhere near a connection.',
    'privacy.support-contacts': 'Left unlabelled: a contact form and an email address are shown, but there is no connection flow.',
  },
  flow: { start: 'lang', connect: null, steps: null, deadEnds: [] },
});

// h115 — negative: a chess club web app (desktop 1280x800). No business-software connection.
import {
  reset, onPage, frame, group, rect, ellipse, vector, line, instance, section, text,
  component, componentSet, canvas, writeFile, writeTruth, WRITTEN_BY,
} from './lib.mjs';

reset();
const W = 1280;
const H = 800;
const GREEN = '#3D7A4A';
const BOARD_L = '#EEEED2';
const BOARD_D = '#769656';
const SUB = '#7A766F';
const GOLD = '#F0C24B';

onPage(3);
const bDefault = component('Variant=Default', 0, 0, 200, 48, { fill: GREEN, radius: 8, change: 'bHover' }, [text('Play', 0, 14, 200, 20, { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER' })]);
const bHover = component('Variant=Hover', 0, 64, 200, 48, { fill: '#2F6239', radius: 8, key: 'bHover' }, [text('Play', 0, 14, 200, 20, { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER' })]);
const bSet = componentSet('btn/solid', 0, 0, 240, 130, [bDefault, bHover]);
const toggle = component('toggle', 300, 0, 44, 24, { fill: GREEN, radius: 12 }, [ellipse('knob', 22, 2, 20, 20, { fill: '#FFFFFF' })]);

onPage(2);
const btn = (label, x, y, w, go) => instance('btn/solid', bDefault.id, x, y, w, 48, { go }, [text(label, 0, 14, w, 20, { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER' })]);
const board = (x, y, s) => frame('Board', x, y, s, s, { clip: true }, Array.from({ length: 16 }, (_, i) =>
  rect('Rectangle ' + (100 + i), (i % 4) * (s / 4), Math.floor(i / 4) * (s / 4), s / 4, s / 4, { fill: (i + Math.floor(i / 4)) % 2 ? BOARD_D : BOARD_L })));
const head = () => frame('Top nav', 0, 0, W, 64, { fill: '#312E2B', layout: 'HORIZONTAL', padX: 32, gap: 24 }, [
  group('Group 1', 32, 16, 160, 32, [vector('Vector', 0, 0, 28, 32, { fill: '#FFFFFF', name: 'knight' }), text('Rookery', 38, 4, 120, 24, { size: 20, weight: 700, color: '#FFFFFF' })]),
  text('Play', 260, 22, 60, 20, { size: 15, color: '#FFFFFF', go: 'home' }),
  text('Friends', 340, 22, 70, 20, { size: 15, color: '#FFFFFF', go: 'friends' }),
  text('Premium', 430, 22, 80, 20, { size: 15, color: GOLD, go: 'premium' }),
  text('Help', 1120, 22, 50, 20, { size: 15, color: '#FFFFFF', go: 'help' }),
  ellipse('Ellipse 2', 1200, 16, 32, 32, { fill: 'img:av01', go: 'settings' }),
]);
const scr = (name, key, x, y, kids) => frame(name, x, y, W, H, { fill: '#F7F6F3', key, clip: true }, kids);

const landing = scr('Landing', 'landing', 0, 0, [
  frame('Frame 10', 0, 0, W, H, { fill: '#312E2B' }, [
    board(120, 120, 480),
    frame('Auto layout', 680, 160, 480, 480, { layout: 'VERTICAL', gap: 20 }, [
      text('Play chess with your club, anywhere.', 0, 0, 480, 100, { size: 40, weight: 700, color: '#FFFFFF' }),
      text('Rated games, weekly arenas and lessons from titled players.', 0, 116, 480, 44, { size: 17, color: '#D0CCC4' }),
      btn('Play free', 0, 190, 240, 'signup'),
      text('“Every club should have this. My juniors play more here than anywhere else.”\n— GM Elena Varga, coach, Budapest Chess Academy', 0, 280, 480, 90, { size: 15, color: '#D0CCC4', family: 'Georgia' }),
    ]),
  ]),
]);
const signup = scr('Sign up', 'signup', 1380, 0, [
  frame('Auto layout', 440, 120, 400, 520, { layout: 'VERTICAL', gap: 16 }, [
    text('Create your account', 0, 0, 400, 34, { size: 28, weight: 700 }),
    ...['Username', 'Email', 'Password'].map((p, i) => frame('Frame ' + (20 + i), 0, 56 + i * 64, 400, 52, { fill: '#FFFFFF', stroke: '#D6D2CB', radius: 8 }, [text(p, 16, 16, 360, 20, { size: 16, color: '#A8A39B' })])),
    text('Skill level', 0, 260, 200, 20, { size: 14, weight: 600, color: SUB }),
    frame('Frame 30', 0, 286, 400, 44, { layout: 'HORIZONTAL', gap: 8 }, ['New', 'Casual', 'Club', 'Titled'].map((t, i) =>
      frame('Frame ' + (31 + i), i * 102, 0, 94, 44, { fill: i === 2 ? '#E3EFE5' : '#FFFFFF', stroke: '#D6D2CB', radius: 8 }, [text(t, 0, 12, 94, 20, { size: 15, align: 'CENTER' })]))),
    btn('Continue', 0, 360, 400, 'friends'),
  ]),
]);
const friends = scr('Connect with friends', 'friends', 2760, 0, [
  head(),
  frame('Auto layout', 340, 110, 600, 600, { layout: 'VERTICAL', gap: 16 }, [
    text('Connect with friends', 0, 0, 600, 34, { size: 28, weight: 700 }),
    frame('Frame 40', 0, 50, 600, 48, { fill: '#FFFFFF', stroke: '#D6D2CB', radius: 24, layout: 'HORIZONTAL', padX: 16, gap: 8 }, [
      vector('Vector', 16, 14, 20, 20, { fill: SUB, name: 'magnifier' }), text('Find players by username', 44, 14, 400, 20, { size: 15, color: '#A8A39B' }),
    ]),
    ...['magnus_fan_88 · 1840', 'queenside_quinn · 1622', 'hikaru_n_stuff · 2011'].map((t, i) => frame('Frame ' + (41 + i), 0, 120 + i * 68, 600, 60, { fill: '#FFFFFF', radius: 10 }, [
      ellipse('Ellipse ' + i, 14, 12, 36, 36, { fill: 'img:pl' + i }), text(t, 64, 20, 360, 20, { size: 15 }),
      frame('Frame 9', 480, 12, 100, 36, { stroke: GREEN, radius: 8 }, [text('Follow', 0, 8, 100, 20, { size: 14, weight: 600, color: GREEN, align: 'CENTER' })]),
    ])),
    btn('Next', 0, 340, 200, 'importGames'),
  ]),
]);
const importGames = scr('Import games', 'importGames', 0, 900, [
  head(),
  frame('Auto layout', 340, 110, 600, 600, { layout: 'VERTICAL', gap: 16 }, [
    text('Import games from Lichess', 0, 0, 600, 34, { size: 28, weight: 700 }),
    text('Bring your history over so your opening stats start full. Paste a PGN or enter your Lichess username.', 0, 48, 600, 44, { size: 15, color: SUB }),
    frame('Frame 50', 0, 110, 600, 52, { fill: '#FFFFFF', stroke: '#D6D2CB', radius: 8 }, [text('Lichess username', 16, 16, 360, 20, { size: 16, color: '#A8A39B' })]),
    frame('Frame 51', 0, 180, 600, 160, { fill: '#FFFFFF', stroke: '#D6D2CB', radius: 8 }, [text('…or paste PGN here\n1. e4 e5 2. Nf3 Nc6 3. Bb5 a6', 16, 16, 560, 60, { size: 14, color: '#A8A39B', family: 'JetBrains Mono' })]),
    frame('Frame 52', 0, 360, 600, 48, { layout: 'HORIZONTAL', gap: 16 }, [
      btn('Import', 0, 0, 160, 'home'),
      text('Skip', 180, 14, 60, 20, { size: 15, weight: 600, color: GREEN, go: 'home' }),
    ]),
  ]),
]);
const home = scr('Home', 'home', 1380, 900, [
  head(),
  board(80, 100, 600),
  frame('Auto layout', 740, 100, 460, 600, { layout: 'VERTICAL', gap: 16 }, [
    text('Play', 0, 0, 460, 30, { size: 24, weight: 700 }),
    frame('Frame 60', 0, 44, 460, 200, { layout: 'VERTICAL', gap: 10 }, ['10 min Rapid', '3 | 2 Blitz', '1 min Bullet'].map((t, i) =>
      frame('Frame ' + (61 + i), 0, i * 62, 460, 54, { fill: '#FFFFFF', stroke: '#D6D2CB', radius: 10 }, [text(t, 16, 16, 400, 22, { size: 16, weight: 600 })]))),
    frame('Frame 65', 0, 270, 460, 72, { fill: '#FFFFFF', radius: 10 }, [
      text('Rapid 1587 ↑12', 16, 14, 300, 22, { size: 16, weight: 600 }),
      text('Sync your rating with your FIDE ID', 16, 42, 300, 18, { size: 13, color: GREEN, deco: 'UNDERLINE', go: 'rating' }),
    ]),
  ]),
]);
const rating = scr('Rating sync', 'rating', 2760, 900, [
  head(),
  frame('Auto layout', 340, 110, 600, 500, { layout: 'VERTICAL', gap: 16 }, [
    text('Sync your rating', 0, 0, 600, 34, { size: 28, weight: 700 }),
    text('Show your official FIDE and national ratings beside your Rookery rating on your profile.', 0, 48, 600, 44, { size: 15, color: SUB }),
    frame('Frame 70', 0, 110, 600, 52, { fill: '#FFFFFF', stroke: '#D6D2CB', radius: 8 }, [text('FIDE ID, e.g. 1503014', 16, 16, 360, 20, { size: 16, color: '#A8A39B' })]),
    frame('Frame 71', 0, 180, 600, 44, { layout: 'HORIZONTAL', gap: 12 }, [
      instance('toggle', toggle.id, 0, 10, 44, 24, {}, [ellipse('knob', 22, 2, 20, 20, { fill: '#FFFFFF' })]),
      text('Update automatically every month', 56, 12, 400, 20, { size: 15 }),
    ]),
    btn('Save', 0, 250, 160, 'home'),
  ]),
]);
const premium = scr('Premium', 'premium', 0, 1800, [
  head(),
  frame('Auto layout', 340, 110, 600, 560, { layout: 'VERTICAL', gap: 16 }, [
    text('Rookery Premium', 0, 0, 600, 40, { size: 32, weight: 700 }),
    text('Unlimited puzzles · Game reviews · Lessons from IMs and GMs', 0, 56, 600, 22, { size: 16, color: SUB }),
    text('$4.99 / month — cancel anytime', 0, 100, 600, 30, { size: 22, weight: 700, color: GREEN }),
    btn('Start 7-day trial', 0, 150, 240, undefined),
  ]),
]);
const help = scr('Help', 'help', 1380, 1800, [
  head(),
  frame('Auto layout', 340, 110, 600, 560, { layout: 'VERTICAL', gap: 12 }, [
    text('Help', 0, 0, 600, 40, { size: 32, weight: 700 }),
    text('How do ratings work?\nHow do I report a cheater?\nCan I play offline?', 0, 56, 600, 80, { size: 16, color: GREEN }),
  ]),
]);
const settings = scr('Settings', 'settings', 2760, 1800, [
  head(),
  frame('Auto layout', 340, 110, 600, 560, { layout: 'VERTICAL', gap: 12 }, [
    text('Settings', 0, 0, 600, 40, { size: 32, weight: 700 }),
    ...['Board theme', 'Piece set', 'Sounds', 'Email notifications'].map((t, i) => frame('Frame ' + (80 + i), 0, 56 + i * 56, 600, 48, { fill: '#FFFFFF', radius: 8 }, [text(t, 16, 14, 400, 20, { size: 15 })])),
    line(0, 300, 600),
    text('Delete account', 0, 320, 200, 20, { size: 15, color: '#C0392B' }),
  ]),
]);

onPage(1);
const cover = frame('Cover', 0, 0, 1600, 900, { fill: '#312E2B' }, [text('Rookery — web onboarding', 100, 400, 1200, 70, { size: 56, weight: 700, color: '#FFFFFF' })]);
onPage(4);
const old = frame('Landing (old)', 0, 0, W, H, { fill: '#312E2B' }, [text('Play chess online', 100, 100, 800, 50, { size: 40, color: '#FFFFFF' })]);

writeFile('h115-negative-chess-club.json', { name: 'Rookery web', lastModified: '2026-01-19T16:45:52Z', version: '2655012871' }, [
  canvas(1, 'Cover', [cover]),
  canvas(2, 'Web flow', [
    section('Onboarding', 0, 0, 4040, 800, [landing, signup, friends]),
    importGames, home, rating, premium, help, settings,
  ], { start: { flow: [['landing', 'Visitor']] } }),
  canvas(3, 'Components', [bSet, toggle]),
  canvas(4, 'Archive', [old]),
]);

writeTruth('h115-negative-chess-club.truth.json', {
  file: 'h115-negative-chess-club.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Desktop web (1280x800) chess club app for individual players: sign-up, follow friends, import games from Lichess, play, sync an official rating, premium, help and settings. No business connects accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.cta-visible': '"Connect with friends", "Import games from Lichess" and "Sync your rating" are social/game features, not a business data connection.',
    'connection.delete': '"Delete account" removes the player account, not a connection.',
    'platform.search': 'The search field finds players, not integrations.',
  },
  flow: { startFrameId: landing.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

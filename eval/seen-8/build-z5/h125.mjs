// h125 (negative): a karaoke app. It connects a TV, syncs with a music service and imports
// playlists; nothing about a business connecting its software.
import { newDoc, page, finish, write, F, G, S, R, V, T, I, C, CS, E, WRITTEN_BY } from './lib.mjs';
import { btnInst, btnFrame, btnGroup, link, searchField, logo } from './kit.mjs';
import { absentExcept } from './neg-truth.mjs';

const D = newDoc('Singalong 2.0 — onboarding & premium', '2025-04-03T21:48:02Z');
D.font = 'Poppins';
const PINK = '#FF2D87', BG = '#140B2E', CARD = '#22174A', MUTED = '#A99FC9', WHITE = '#FFFFFF';
const W = 390, H = 844;

const cover = page('Cover');
cover.children.push(F('Cover', 0, 0, 1600, 900, { fill: BG }, [T('🎤 Singalong 2.0', 120, 160, 1200, 80, 800, { color: PINK }), T('Onboarding, TV casting, Premium', 120, 280, 1200, 32, 500, { color: MUTED })]));

const comps = page('Components');
comps.children.push(
  CS('Pill', 0, 0, 420, 110, { stroke: '#9747FF', radius: 5 }, [
    C('Property 1=Default', 'pill', 20, 20, 180, 52, { fill: PINK, radius: 26, change: 'pillHover' }, [T('Label', 0, 16, 180, 16, 700, { center: true, color: WHITE, h: 20 })]),
    C('Property 1=Hover', 'pillHover', 220, 20, 180, 52, { fill: '#E0206F', radius: 26, key: 'pillHover' }, [T('Label', 0, 16, 180, 16, 700, { center: true, color: WHITE, h: 20 })]),
  ]),
  C('Song row', 'song', 0, 140, 358, 64, { radius: 12 }, []),
);

const flow = page('Flow — v2');
flow._flows = [['launch', 'New singer'], ['home', 'Home']];
const status = () => G('Status', 0, 0, W, 47, [T('9:41', 30, 16, 60, 15, 600, { color: WHITE }), V('Vector', 310, 18, 60, 12, { fill: WHITE })]);
const pill = (label, y, o = {}) => btnInst(label, 'pill', 24, y, 342, 54, { name: 'Property 1=Default', ...o });
const songRow = (title, artist, y, i, o = {}) => I('Song row', 'song', 16, y, 358, 64, o, [R('Rectangle ' + (10 + i), 8, 8, 48, 48, { img: 'art' + i + 'x7', radius: 8 }), T(title, 68, 12, 240, 15, 600, { color: WHITE }), T(artist, 68, 36, 240, 12, 400, { color: MUTED })]);

const launch = F('iPhone 14 - 1', 0, 0, W, H, { fill: BG, key: 'launch' }, [
  status(),
  link('Skip', 320, 60, 50, MUTED, { go: 'home' }),
  E('Ellipse 1', 45, 140, 300, 300, { img: 'micglow22' }),
  T('Your living room just became a stage', 24, 480, 342, 28, 800, { color: WHITE }),
  T('★ Rated 4.7 by 90k singers', 24, 580, 342, 14, 600, { color: PINK }),
  pill('Let’s sing', 700, { go: 'signup' }),
]);

const signup = F('iPhone 14 - 2', 450, 0, W, H, { fill: BG, key: 'signup' }, [
  status(), T('Make an account', 24, 80, 342, 26, 800, { color: WHITE }),
  btnFrame(' Continue with Apple', 24, 160, 342, 54, WHITE, { radius: 27 }, '#000000'),
  btnFrame('Continue with Google', 24, 226, 342, 54, CARD, { radius: 27 }, WHITE),
  T('or use email', 24, 300, 342, 13, 400, { center: true, color: MUTED }),
  F('Frame 12', 24, 330, 342, 54, { fill: CARD, radius: 14 }, [T('you@email.com', 16, 17, 300, 16, 400, { color: MUTED })]),
  pill('Next', 700, { go: 'tv' }),
]);

const tv = F('iPhone 14 - 3', 900, 0, W, H, { fill: BG, key: 'tv' }, [
  status(), T('Connect your TV', 24, 80, 342, 26, 800, { color: WHITE }),
  T('Lyrics on the big screen, your phone becomes the mic.', 24, 124, 342, 15, 400, { color: MUTED }),
  ...['Living room · Chromecast', 'Bedroom · Fire TV Stick', 'Apple TV'].map((d, i) => F('Frame ' + (20 + i), 24, 200 + i * 70, 342, 60, { fill: CARD, radius: 14, layout: 'HORIZONTAL', pad: 14, gap: 12, go: 'spotify' }, [V('Vector', 14, 18, 24, 24, { fill: PINK }), T(d, 50, 20, 260, 15, 600, { color: WHITE })])),
  T('📡 Searching for devices…', 24, 430, 342, 13, 500, { color: MUTED }),
  link('Not now', 24, 780, 342, MUTED, { center: true, go: 'spotify' }),
]);

const spotify = F('iPhone 14 - 4', 1350, 0, W, H, { fill: BG, key: 'spotify' }, [
  status(), T('Sync with Spotify', 24, 80, 342, 26, 800, { color: WHITE }),
  T('Import playlists and we’ll find the karaoke versions for you.', 24, 124, 342, 15, 400, { color: MUTED }),
  ...['Spotify', 'Apple Music', 'YouTube Music'].map((s, i) => F('Frame ' + (30 + i), 24, 200 + i * 70, 342, 60, { fill: CARD, radius: 14, layout: 'HORIZONTAL', pad: 10, gap: 12, go: 'import' }, [logo(10, 10, 40, s, { radius: 20 }), T(s, 62, 20, 250, 15, 600, { color: WHITE })])),
  link('Maybe later', 24, 780, 342, MUTED, { center: true, go: 'home' }),
]);

const imp = F('iPhone 14 - 5', 1800, 0, W, H, { fill: BG, key: 'import' }, [
  status(), T('Import playlists', 24, 80, 342, 26, 800, { color: WHITE }),
  ...[['Road trip bangers', '48 songs · 31 found'], ['Shower ballads', '22 songs · 20 found'], ['2000s R&B', '64 songs · 52 found']].map(([p, c], i) => F('Frame ' + (40 + i), 24, 150 + i * 72, 342, 62, { fill: CARD, radius: 14, layout: 'HORIZONTAL', pad: 12, gap: 12 }, [R('Rectangle ' + (40 + i), 12, 11, 20, 20, { fill: i < 2 ? PINK : CARD, stroke: PINK, radius: 6 }), T(p, 44, 10, 250, 15, 600, { color: WHITE }), T(c, 44, 34, 250, 12, 400, { color: MUTED })])),
  pill('Import 2 playlists', 700, { go: 'home' }),
]);

const home = F('iPhone 14 - 6', 0, 950, W, H, { fill: BG, key: 'home' }, [
  status(),
  searchField('Search songs or artists', 16, 60, 358, 48),
  T('Trending tonight', 24, 130, 342, 20, 700, { color: WHITE }),
  ...[['Dancing Queen', 'ABBA'], ['Mr. Brightside', 'The Killers'], ['Flowers', 'Miley Cyrus'], ['Bohemian Rhapsody', 'Queen']].map(([s, a], i) => songRow(s, a, 170 + i * 72, i, { go: 'player' })),
  F('Frame 60', 16, 480, 358, 110, { fill: PINK, radius: 16, layout: 'VERTICAL', pad: 16, gap: 6, go: 'premium' }, [T('Go Premium', 16, 16, 300, 18, 800, { color: WHITE }), T('No ads, duets, studio effects.', 16, 48, 300, 14, 500, { color: WHITE })]),
  G('Tabs', 0, 762, W, 82, [R('Rectangle 70', 0, 0, W, 82, { fill: '#0C0620' }), ...['Sing', 'Library', 'Duets', 'Me'].map((t, i) => T(t, 10 + i * 95, 30, 85, 11, 600, { center: true, color: i === 0 ? PINK : MUTED, go: { Duets: 'duet', Me: 'me' }[t] }))]),
]);

const player = F('iPhone 14 - 7', 450, 950, W, H, { fill: '#000000', key: 'player' }, [
  status(), V('Vector', 20, 60, 24, 24, { fill: WHITE, back: true }),
  T('Mr. Brightside — The Killers', 24, 100, 342, 15, 600, { color: MUTED }),
  T('Coming out of my cage\nAnd I’ve been doing just fine\nGotta gotta be down\nBecause I want it all', 24, 250, 342, 22, 700, { color: WHITE, center: true }),
  R('Rectangle 80', 24, 700, 342, 4, { fill: '#333333', radius: 2 }), R('Rectangle 81', 24, 700, 120, 4, { fill: PINK, radius: 2 }),
  T('📺 Casting to Living room', 24, 740, 342, 13, 500, { color: MUTED, center: true }),
]);

const premium = F('iPhone 14 - 8', 900, 950, W, H, { fill: BG, key: 'premium' }, [
  status(), V('Vector', 20, 60, 24, 24, { fill: WHITE, close: true }),
  T('Premium', 24, 110, 342, 30, 800, { color: WHITE }),
  T('✓ No ads between songs\n✓ Duets with friends\n✓ Studio reverb and pitch correction\n✓ Offline lyrics', 24, 170, 342, 16, 500, { color: WHITE }),
  F('Frame 90', 24, 360, 342, 100, { fill: CARD, stroke: PINK, radius: 16, layout: 'VERTICAL', pad: 16 }, [T('£4.99 / month', 16, 16, 300, 22, 800, { color: WHITE }), T('7 days free · cancel anytime', 16, 56, 300, 13, 500, { color: MUTED })]),
  pill('Start free trial', 700, { url: 'https://apps.apple.com/account/subscriptions' }),
  T('Restore purchase · Terms', 24, 770, 342, 12, 400, { color: MUTED, center: true }),
]);

const duet = F('iPhone 14 - 9', 1350, 950, W, H, { fill: BG, key: 'duet' }, [
  status(), T('Duets', 24, 70, 342, 26, 800, { color: WHITE }),
  T('Invite a friend to sing the other half.', 24, 114, 342, 15, 400, { color: MUTED }),
  btnGroup('Share invite link', 24, 170, 342, 54, CARD, { radius: 27 }, WHITE),
  songRow('Islands in the Stream', 'Dolly Parton & Kenny Rogers', 260, 7),
  songRow('Shallow', 'Lady Gaga & Bradley Cooper', 332, 8),
]);

const me = F('iPhone 14 - 10', 1800, 950, W, H, { fill: BG, key: 'me' }, [
  status(), T('Me', 24, 70, 342, 26, 800, { color: WHITE }),
  F('Frame 100', 24, 130, 342, 140, { fill: CARD, radius: 16, layout: 'VERTICAL', pad: 16, gap: 8 }, [
    T('Connected devices', 16, 16, 300, 13, 600, { color: MUTED }),
    T('Living room · Chromecast', 16, 44, 220, 15, 600, { color: WHITE }), link('Disconnect', 250, 44, 80, PINK, { size: 13 }),
    T('Spotify · playlists imported 3 Apr', 16, 84, 240, 15, 600, { color: WHITE }), link('Unlink', 270, 84, 60, PINK, { size: 13 }),
  ]),
  F('Frame 101', 24, 290, 342, 60, { fill: CARD, radius: 16, layout: 'HORIZONTAL', pad: 16 }, [T('Notifications', 16, 20, 240, 15, 600, { color: WHITE })]),
  link('Delete account', 24, 700, 342, '#FF5A5A', { center: true }),
  T('Singalong Help Centre', 24, 740, 342, 12, 400, { color: MUTED, center: true, hidden: true }),
]);

flow.children.push(
  S('Onboarding', -50, -50, 2290, 950, [launch, signup, tv, spotify, imp].map(shift)),
  home, player, premium, duet, me,
);
function shift(n) { n._b[0] += 50; n._b[1] += 50; return n; }

const keys = finish();
write('h125-negative-karaoke', {
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Mobile (390x844) karaoke app: launch with a rating badge and Skip, sign-up with Apple/Google/email, "Connect your TV" casting, "Sync with Spotify", playlist import, a home with song search and a Premium card, the lyrics player, a Premium paywall ("cancel anytime"), duet invites and a profile with connected devices and "Delete account". Consumer entertainment; no business connects accounting, banking or commerce software.',
  present: [],
  absent: absentExcept(['funnel.social-proof', 'privacy.statistics']),
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Rated 4.7 by 90k singers" is an app-store style rating, not about connecting business data.',
    'privacy.statistics': 'Left unlabelled for the same reason.',
    'platform.search': 'The search field is over songs and artists.',
    'connection.delete': '"Disconnect" and "Unlink" act on a TV and a music account, "Delete account" on the app account.',
    'privacy.disconnect-anytime': '"cancel anytime" is about the Premium subscription.',
  },
  flow: { startFrameId: 'launch', connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, keys);

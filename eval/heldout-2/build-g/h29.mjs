// h29 (negative): a consumer music-streaming app, mobile 375x812. No business software is connected anywhere.
import { createDoc, solid, image, write, WRITTEN_BY } from './lib.mjs';

const d = createDoc('Tempo — mobile app', { lastModified: '2026-01-21T19:33:02Z', version: '3650012874' });
const W = 375;
const H = 812;
const BG = '#0E0E12';
const TXT = '#F4F4F6';
const DIM = '#9A9AA6';
const ACC = '#1ED6A0';

d.canvas('Cover').children.push(d.frame('Cover', { w: 1600, h: 960, fills: solid(BG) }, [
  d.text('Tempo', { x: 120, y: 380, size: 120, weight: 800, color: ACC }),
  d.text('App 2.0 — onboarding, player, settings', { x: 124, y: 540, size: 34, color: TXT }),
]));

const comps = d.canvas('Components');
const pillDef = d.component('Property 1=Default', { w: 160, h: 48, fills: solid(ACC), cornerRadius: 24 }, [d.text('Label', { x: 16, y: 14, w: 128, size: 15, weight: 700, color: BG, align: 'CENTER' })]);
const pillHover = d.component('Property 1=Pressed', { x: 200, w: 160, h: 48, fills: solid('#16A77D'), cornerRadius: 24 }, [d.text('Label', { x: 16, y: 14, w: 128, size: 15, weight: 700, color: BG, align: 'CENTER' })]);
d.link(pillDef, pillHover, 'CHANGE_TO', 'ON_PRESS');
const pillSet = d.componentSet('Pill button', { x: 40, y: 40, w: 400, h: 88 }, [pillDef, pillHover]);
const tile = d.component('Album tile', { x: 40, y: 160, w: 160, h: 200 }, [d.rect('Cover art', { w: 160, h: 160, cornerRadius: 6, fills: image('ab00cd11ef22ab33cd44') })]);
comps.children.push(pillSet, tile);

const flow = d.canvas('Flows');
const names = ['Welcome', 'Pick artists', 'Home', 'Search', 'Now playing', 'Devices', 'Import playlists', 'Importing', 'Settings', 'Premium'];
const S = names.map((n, i) => d.frame(n, { x: i * 440, y: 0, w: W, h: H, fills: solid(BG), clipsContent: true }));
const [welcome, artists, home, search, playing, devices, importP, importing, settings, premium] = S;

const pill = (label, w = 327) => d.instance(pillDef, 'Pill button', { w, h: 48, fills: solid(ACC), cornerRadius: 24 }, [d.text(label, { x: 16, y: 14, w: w - 32, size: 15, weight: 700, color: BG, align: 'CENTER' })]);
const bar = () => d.frame('Status', { w: W, h: 44 }, [d.text('9:41', { x: 28, y: 12, size: 15, weight: 600, color: TXT })]);
const tabs = (active) => {
  const t = [['Home', home], ['Search', search], ['Library', null], ['Settings', settings]].map(([l, dest]) => {
    const c = d.col('Frame 4', [d.vector('Vector', { w: 22, h: 22, fills: solid(l === active ? TXT : DIM) }), d.text(l, { size: 10, color: l === active ? TXT : DIM })], { gap: 4, w: 70 });
    if (dest && l !== active) d.link(c, dest);
    return c;
  });
  return d.at(d.row('Tab bar', t, { w: W, h: 80, gap: 18, pad: 14, center: false, fills: solid('#15151B') }), 0, H - 80);
};
const mini = () => {
  const m = d.row('Mini player', [
    d.rect('Rectangle 9', { w: 40, h: 40, cornerRadius: 4, fills: image('aa90bb81cc72dd63ee54') }),
    d.col('Frame 10', [d.text('Midnight Drive', { size: 13, weight: 600, color: TXT }), d.text('Neon Harbour', { size: 11, color: DIM })], { gap: 2, w: 220 }),
    d.vector('Vector', { w: 18, h: 18, fills: solid(TXT) }),
  ], { gap: 10, pad: 8, w: 359, cornerRadius: 8, fills: solid('#2A2438') });
  d.link(m, playing);
  return d.at(m, 8, H - 140);
};

// Welcome
const signUp = pill('Sign up free');
d.link(signUp, artists);
welcome.children.push(
  bar(),
  d.rect('Rectangle 1', { x: 0, y: 44, w: W, h: 400, fills: image('f0e1d2c3b4a596877869') }),
  d.at(d.col('Auto layout', [
    d.text('Millions of songs.\nZero ads on Premium.', { size: 28, weight: 800, color: TXT }),
    d.text('Trusted by 40M listeners', { size: 13, color: DIM }),
    signUp,
    d.frame('Frame 2', { w: 327, h: 48, cornerRadius: 24, strokes: solid(DIM), strokeWeight: 1 }, [d.text('Continue with Apple', { x: 100, y: 14, size: 15, weight: 600, color: TXT })]),
    d.text('Log in', { size: 15, weight: 700, color: TXT }),
  ], { gap: 14 }), 24, 440),
);

// Pick artists
const done = pill('Done');
d.link(done, home);
const artist = (n, ref) => d.col('Frame 20', [d.ellipse('Ellipse 1', { w: 96, h: 96, fills: image(ref) }), d.text(n, { size: 12, color: TXT })], { gap: 6, w: 100 });
artists.children.push(bar(), d.at(d.col('Auto layout', [
  d.text('Choose 3 or more artists you like.', { size: 22, weight: 700, color: TXT, w: 320 }),
  d.frame('Frame 21', { w: 327, h: 40, cornerRadius: 6, fills: solid('#FFFFFF') }, [
    d.vector('Vector', { x: 12, y: 11, w: 18, h: 18, strokes: solid(BG), strokeWeight: 2 }),
    d.text('Search artists', { x: 40, y: 10, size: 15, color: '#6B6B76' }),
  ]),
  d.col('Grid', [
    d.row('Frame 22', [artist('Neon Harbour', '01aa'), artist('The Linkmen', '02bb'), artist('Sade Okoro', '03cc')], { gap: 12 }),
    d.row('Frame 23', [artist('Kilo Kai', '04dd'), artist('Arcadia Fire', '05ee'), artist('Mavis Hale', '06ff')], { gap: 12 }),
  ], { gap: 16 }),
  done,
], { gap: 18 }), 24, 60));

// Home
const importCard = d.row('Frame 30', [
  d.text('⇪', { size: 22, color: ACC }),
  d.col('Frame 31', [d.text('Bring your playlists', { size: 14, weight: 700, color: TXT }), d.text('Import from another music app', { size: 12, color: DIM })], { gap: 2, w: 230 }),
], { gap: 12, pad: 14, w: 327, cornerRadius: 10, fills: solid('#1C1C24') });
d.link(importCard, importP);
home.children.push(bar(), d.at(d.col('Auto layout', [
  d.text('Good evening', { size: 24, weight: 800, color: TXT }),
  importCard,
  d.text('Made for you', { size: 20, weight: 700, color: TXT }),
  d.row('Frame 32', [0, 1].map((i) => d.instance(tile, 'Album tile', { w: 150, h: 150 }, [d.rect('Cover art', { w: 150, h: 150, cornerRadius: 6, fills: image(`ab0${i}cd11ef22ab33cd44`) })])), { gap: 16 }),
  d.text('Recently played', { size: 20, weight: 700, color: TXT }),
  d.text('Lo-fi Study · Road Trip \u00b7 Focus Flow', { size: 13, color: DIM }),
], { gap: 16 }), 24, 60), mini(), tabs('Home'));

// Search
search.children.push(bar(), d.at(d.col('Auto layout', [
  d.text('Search', { size: 26, weight: 800, color: TXT }),
  d.frame('Frame 40', { w: 327, h: 44, cornerRadius: 8, fills: solid('#FFFFFF') }, [
    d.vector('Vector', { x: 12, y: 13, w: 18, h: 18, strokes: solid(BG), strokeWeight: 2 }),
    d.text('What do you want to listen to?', { x: 40, y: 12, size: 15, color: '#6B6B76' }),
  ]),
  d.text('Browse all', { size: 18, weight: 700, color: TXT }),
  d.col('Genres', [
    d.row('Frame 41', [d.frame('Pop', { w: 155, h: 90, cornerRadius: 8, fills: solid('#8D67AB') }, [d.text('Pop', { x: 12, y: 10, size: 16, weight: 700, color: TXT })]), d.frame('Hip-Hop', { w: 155, h: 90, cornerRadius: 8, fills: solid('#BA5D07') }, [d.text('Hip-Hop', { x: 12, y: 10, size: 16, weight: 700, color: TXT })])], { gap: 16 }),
    d.row('Frame 42', [d.frame('Podcasts', { w: 155, h: 90, cornerRadius: 8, fills: solid('#27856A') }, [d.text('Podcasts', { x: 12, y: 10, size: 16, weight: 700, color: TXT })]), d.frame('Live events', { w: 155, h: 90, cornerRadius: 8, fills: solid('#1E3264') }, [d.text('Live events', { x: 12, y: 10, size: 16, weight: 700, color: TXT })])], { gap: 16 }),
  ], { gap: 16 }),
], { gap: 16 }), 24, 60), mini(), tabs('Search'));

// Now playing
const devBtn = d.row('Frame 50', [d.vector('Vector', { w: 18, h: 18, fills: solid(ACC) }), d.text('Connect to a speaker', { size: 13, color: ACC })], { gap: 6 });
d.link(devBtn, devices, 'OVERLAY');
const down = d.vector('Vector', { w: 20, h: 12, strokes: solid(TXT), strokeWeight: 2 });
d.action(down, { type: 'BACK' });
playing.fills = solid('#2A2438');
playing.children.push(bar(), d.at(down, 24, 60), d.at(d.col('Auto layout', [
  d.rect('Artwork', { w: 327, h: 327, cornerRadius: 8, fills: image('aa90bb81cc72dd63ee54') }),
  d.text('Midnight Drive', { size: 22, weight: 800, color: TXT }),
  d.text('Neon Harbour', { size: 15, color: DIM }),
  d.frame('Scrubber', { w: 327, h: 4, cornerRadius: 2, fills: solid('#55506A') }, [d.rect('Rectangle 51', { w: 120, h: 4, cornerRadius: 2, fills: solid(TXT) })]),
  d.row('Frame 52', [d.text('1:24', { size: 11, color: DIM, w: 280 }), d.text('3:51', { size: 11, color: DIM })], { gap: 0 }),
  d.row('Controls', ['⤨', '⏮', '⏸', '⏭', '↻'].map((c) => d.text(c, { size: 28, color: TXT, w: 50, align: 'CENTER' })), { gap: 18 }),
  devBtn,
], { gap: 14 }), 24, 100));

// Devices sheet
const closeSheet = d.text('Close', { size: 15, weight: 600, color: TXT });
d.action(closeSheet, { type: 'CLOSE' });
const device = (n, sub, on) => d.row('Frame 60', [
  d.vector('Vector', { w: 24, h: 24, fills: solid(on ? ACC : TXT) }),
  d.col('Frame 61', [d.text(n, { size: 15, weight: 600, color: on ? ACC : TXT }), d.text(sub, { size: 12, color: DIM })], { gap: 2, w: 230 }),
], { gap: 14, pad: 10, w: 327 });
devices.fills = solid('#000000', 0.5);
devices.children.push(d.at(d.col('Sheet', [
  d.text('Connect to a speaker', { size: 20, weight: 800, color: TXT }),
  device('This phone', 'Listening now', false),
  device('Living Room', 'Sonos One · Connected ✓', true),
  device('Kitchen Echo', 'Bluetooth', false),
  device('BRAVIA 4K', 'Tempo Connect', false),
  d.text('Disconnect', { size: 14, color: '#FF6B6B' }),
  d.text('Don\u2019t see your device? Make sure it\u2019s on the same Wi-Fi.', { size: 12, color: DIM, w: 320 }),
  closeSheet,
], { gap: 12, pad: 24, w: W, fills: solid('#1C1C24'), cornerRadius: 16 }), 0, 330));

// Import playlists
const svc = (n, ref) => {
  const r = d.row('Frame 70', [d.rect('Rectangle 71', { w: 40, h: 40, cornerRadius: 8, fills: image(ref) }), d.text(n, { size: 15, weight: 600, color: TXT, w: 220 }), d.text('›', { size: 20, color: DIM })], { gap: 14, pad: 10, w: 327 });
  return r;
};
const sp = svc('Spotify', 'c1d2e3f4a5b6c7d8e9f0');
d.link(sp, importing);
const backImp = d.text('‹ Back', { size: 15, color: TXT });
d.action(backImp, { type: 'BACK' });
importP.children.push(bar(), d.at(backImp, 24, 56), d.at(d.col('Auto layout', [
  d.text('Import playlists', { size: 26, weight: 800, color: TXT }),
  d.text('Move your playlists and liked songs from another app in a couple of taps.', { size: 14, color: DIM, w: 320 }),
  d.col('List', [sp, svc('Apple Music', 'd2e3f4a5b6c7d8e9f0a1'), svc('YouTube Music', 'e3f4a5b6c7d8e9f0a1b2'), svc('Deezer', 'f4a5b6c7d8e9f0a1b2c3'), svc('TIDAL', 'a5b6c7d8e9f0a1b2c3d4')], { gap: 4 }),
  d.text('Or upload a .m3u file', { size: 14, color: ACC, deco: 'UNDERLINE' }),
], { gap: 16 }), 24, 96));

// Importing
const toLib = pill('Go to Home');
d.link(toLib, home);
importing.children.push(bar(), d.at(d.col('Auto layout', [
  d.ellipse('Spinner', { w: 48, h: 48, strokes: solid(ACC), strokeWeight: 4, arcData: { startingAngle: 0, endingAngle: 4.4, innerRadius: 0.88 } }),
  d.text('Importing 14 playlists…', { size: 20, weight: 700, color: TXT }),
  d.text('612 of 1,380 songs matched', { size: 13, color: DIM }),
  d.frame('Frame 80', { w: 280, h: 6, cornerRadius: 3, fills: solid('#2E2E38') }, [d.rect('Rectangle 81', { w: 124, h: 6, cornerRadius: 3, fills: solid(ACC) })]),
  toLib,
], { gap: 16 }), 24, 280));

// Settings
const goPremium = d.text('Get Premium', { size: 15, weight: 700, color: ACC });
d.link(goPremium, premium);
const lastfm = d.row('Frame 90', [d.rect('Rectangle 91', { w: 32, h: 32, cornerRadius: 6, fills: image('b6c7d8e9f0a1b2c3d4e5') }), d.text('Link your Last.fm', { size: 15, color: TXT, w: 200 }), d.frame('Toggle', { w: 44, h: 26, cornerRadius: 13, fills: solid('#3A3A46') }, [d.ellipse('Knob', { x: 3, y: 3, w: 20, h: 20, fills: solid(TXT) })])], { gap: 12 });
settings.children.push(bar(), d.at(d.col('Auto layout', [
  d.text('Settings', { size: 26, weight: 800, color: TXT }),
  d.col('Account', [d.text('Account', { size: 13, weight: 700, color: DIM }), d.text('maya.r@fastmail.com · Free', { size: 15, color: TXT }), goPremium], { gap: 8 }),
  d.col('Social', [d.text('Social', { size: 13, weight: 700, color: DIM }), lastfm, d.text('Show what I\u2019m playing to followers', { size: 15, color: TXT })], { gap: 10 }),
  d.col('Playback', [d.text('Playback', { size: 13, weight: 700, color: DIM }), d.text('Crossfade · 6s', { size: 15, color: TXT }), d.text('Sync downloads over Wi-Fi only', { size: 15, color: TXT }), d.text('Audio quality · High', { size: 15, color: TXT })], { gap: 8 }),
  d.text('Help centre', { size: 15, color: TXT }),
  d.text('Log out', { size: 15, color: TXT }),
  d.text('Delete account', { size: 15, color: '#FF6B6B' }),
], { gap: 18 }), 24, 60), tabs('Settings'));

// Premium
const trial = pill('Try 1 month for £0');
d.link(trial, home);
premium.fills = solid('#1B1430');
premium.children.push(bar(), d.at(d.col('Auto layout', [
  d.text('Premium', { size: 30, weight: 800, color: TXT }),
  d.text('✓ Ad-free listening\n✓ Download to listen offline\n✓ Play songs in any order', { size: 15, color: TXT }),
  d.col('Frame 99', [d.text('“Worth every penny for the offline mode alone.”', { size: 14, color: TXT, w: 300 }), d.text('★★★★★ 4.9 · 1.2M ratings', { size: 12, color: DIM })], { gap: 6, pad: 14, cornerRadius: 10, fills: solid('#2A2140') }),
  trial,
  d.text('£11.99/month after. Cancel anytime.', { size: 12, color: DIM }),
], { gap: 18 }), 24, 100));

flow.children.push(...S);
flow.flowStartingPoints.push({ nodeId: welcome.id, name: 'New listener' });

d.canvas('Archive').children.push(d.frame('Old welcome', { w: W, h: H, fills: solid(BG), visible: false }, [d.text('Sign up with email', { x: 24, y: 500, size: 16, color: TXT })]));

const fig = d.finish();
const all = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
write('h29-negative-music-streaming', fig, {
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'A consumer music-streaming app (375x812): welcome, artist picker, home, search, player, a speaker device sheet, importing playlists from other music apps, settings with a Last.fm toggle, and a Premium upsell. Nothing connects a business\'s accounting, banking or commerce software.',
  present: [],
  absent: all,
  notes: {
    'privacy.connection-guide': 'No business-software connection exists; device, playlist import and Last.fm are consumer features.',
    'platform.search': 'Search fields look up songs and artists, not integrations.',
    'connection.syncing-indicator': 'The spinner is a playlist import, not business data syncing.',
    'connection.delete': '"Disconnect" is a speaker; "Delete account" is the listener\'s account.',
    'funnel.social-proof': 'Left unlabelled: "Trusted by 40M listeners" and a rating exist, but not around any business connection.',
    'privacy.statistics': 'Left unlabelled for the same reason.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, { connectFrames: [] });

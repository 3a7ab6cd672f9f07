// h15 (negative): a podcast player, Android 412x915.
import { setPage, nid, frame, col, row, text, rect, vector, instance, btnFrame, btnGroup, btnInstance, link, searchField, logoImg, go, back, url, canvas, section, writeFile, WRITTEN_BY } from './lib.mjs';

export function build(dir) {
  const W = 412;
  const H = 915;
  const F = 'Roboto';
  const bg = '#121212';
  const fg = '#F5F5F5';
  const lime = '#C6F432';
  const muted = '#9E9E9E';

  setPage(3);
  const chip = { id: nid(), name: 'Chip', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 0, width: 96, height: 36 }, fills: [{ type: 'SOLID', color: { r: 0.16, g: 0.16, b: 0.16, a: 1 } }], cornerRadius: 18, children: [text('Chip', 24, 9, { size: 14, color: fg, font: F })] };
  const fab = { id: nid(), name: 'Primary', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 60, width: 364, height: 52 }, fills: [{ type: 'SOLID', color: { r: 0.78, g: 0.96, b: 0.2, a: 1 } }], cornerRadius: 26, children: [text('Label', 160, 15, { size: 16, weight: 600, font: F })] };
  const compPage = canvas('Components', [frame('Parts', 0, 0, 500, 200, { fill: '#1E1E1E' }, [chip, fab])]);
  const components = { [chip.id]: { key: 'pod01', name: 'Chip', description: '' }, [fab.id]: { key: 'pod02', name: 'Primary', description: '' } };

  setPage(1);
  const sb = () => row('status', 0, 0, W, 32, [text('12:30', 20, 8, { size: 13, color: fg, font: F })]);
  const nav = () => row('Bottom nav', 0, H - 80, W, 80, ['Home', 'Search', 'Library', 'You'].map((t, i) => col(`Frame ${i}`, 20 + i * 100, 12, 72, 56, [vector('icon', 24, 0, 24, 24, { fill: fg }), text(t, 12, 32, { size: 12, color: fg, font: F })])), { fill: '#1E1E1E' });
  const screen = (name, x, kids, withNav = true) => frame(name, x, 0, W, H, { fill: bg }, [sb(), ...kids, ...(withNav ? [nav()] : [])]);
  const primary = (label, y) => btnInstance('Primary', fab.id, label, 24, y, 364, 52, { fill: lime, color: '#111111', radius: 26, font: F });
  const show = (title, by, ref, x) => col(`Frame ${x}`, x, 0, 120, 170, [rect('Cover art', 0, 0, 120, 120, { image: ref, radius: 12 }), text(title, 0, 128, { size: 13, weight: 600, color: fg, font: F, w: 120 }), text(by, 0, 148, { size: 11, color: muted, font: F, w: 120 })], { gap: 6 });

  // P1 welcome
  const google = btnFrame('Frame 101', 'Sign in with Google', 24, 700, 364, 52, { fill: '#FFFFFF', color: '#1F1F1F', radius: 26, font: F });
  const emailBtn = btnGroup('Group 2', 'Continue with email', 24, 766, 364, 52, { fill: bg, color: fg, stroke: '#424242', radius: 26, font: F });
  const p1 = screen('Welcome', 0, [
    rect('Rectangle 1', 0, 32, W, 520, { image: '0a0b0c0d0e0f1011' }),
    text('Every show.\nOne queue.', 24, 560, { size: 36, weight: 700, color: fg, font: F, h: 100 }),
    text('Follow, download and pick up where you left off on any device.', 24, 660, { size: 15, color: muted, font: F, w: 364 }),
    google,
    emailBtn,
  ], false);

  // P2 import
  const applePod = row('Frame 120', 0, 0, 364, 72, [logoImg('Rectangle', 'ap0ap0ap0ap0ap01', 12, 12, 48), col('Frame', 72, 14, 220, 44, [text('Import from Apple Podcasts', 0, 0, { size: 15, weight: 600, color: fg, font: F }), text('Bring over your follows via OPML', 0, 22, { size: 12, color: muted, font: F })])], { fill: '#1E1E1E', radius: 16 });
  const spotify = row('Frame 121', 0, 84, 364, 72, [logoImg('Rectangle', 'sp0sp0sp0sp0sp01', 12, 12, 48), col('Frame', 72, 14, 220, 44, [text('Connect Spotify', 0, 0, { size: 15, weight: 600, color: fg, font: F }), text('Follow the shows you already listen to', 0, 22, { size: 12, color: muted, font: F })])], { fill: '#1E1E1E', radius: 16 });
  const skipImport = link('Start fresh instead', 130, 560, { font: F, color: lime });
  const p2 = screen('Import', 452, [
    text('Bring your shows with you 🎧', 24, 80, { size: 24, weight: 700, color: fg, font: F }),
    text('We’ll add everything you follow so your queue isn’t empty.', 24, 120, { size: 15, color: muted, font: F, w: 364, h: 40 }),
    col('Auto layout', 24, 180, 364, 160, [applePod, spotify], { gap: 12 }),
    skipImport,
  ], false);

  // P3 home / browse with category headings
  const rowOf = (heading, shows, y) => col(`Frame ${y}`, 24, y, 388, 210, [text(heading, 0, 0, { size: 20, weight: 700, color: fg, font: F }), row('Frame', 0, 34, 388, 170, shows, { gap: 12 })], { gap: 10 });
  const firstShow = show('Margins & Mortar', 'Small-business stories', 'cv01cv01cv01cv01', 0);
  const p3 = screen('Home', 904, [
    text('Good evening', 24, 56, { size: 26, weight: 700, color: fg, font: F }),
    rowOf('Business', [firstShow, show('The Bookkeeping Hour', 'Dana Ledger', 'cv02cv02cv02cv02', 132), show('Shopfront', 'Indie retail', 'cv03cv03cv03cv03', 264)], 110),
    rowOf('True crime', [show('Cold Docket', 'Audiochuck', 'cv04cv04cv04cv04', 0), show('The Long Dark', 'Kai Moreno', 'cv05cv05cv05cv05', 132), show('Files 9', 'Wavecraft', 'cv06cv06cv06cv06', 264)], 340),
    rowOf('Comedy', [show('Two Drinks In', 'Pods & Co', 'cv07cv07cv07cv07', 0), show('Dad Facts', 'Ray & Lou', 'cv08cv08cv08cv08', 132), show('Overheard', 'Tallboy', 'cv09cv09cv09cv09', 264)], 570),
  ]);

  // P4 search
  const chips = ['News', 'Sports', 'Business', 'Kids', 'History'].map((c, i) => instance('Chip', chip.id, i * 104, 0, 96, 36, [text(c, 20, 9, { size: 14, color: fg, font: F })], { fill: '#2A2A2A', radius: 18 }));
  const p4 = screen('Search', 1356, [
    searchField('Frame 140', 'Search 2M shows', 24, 56, 364, 52, { fill: '#2A2A2A', radius: 26, font: F }),
    row('Chips', 24, 128, 520, 36, chips, { gap: 8 }),
    text('Recent', 24, 190, { size: 18, weight: 700, color: fg, font: F }),
    text('how to start a bakery\nlex fridman\nbookkeeping basics', 24, 222, { size: 15, color: muted, font: F, h: 66 }),
  ]);

  // P5 show
  const followBtn = btnFrame('Frame 150', 'Follow', 24, 400, 120, 40, { fill: lime, color: '#111111', radius: 20, font: F, size: 15 });
  const ep1 = row('Frame 160', 0, 0, 364, 72, [col('Frame', 0, 8, 300, 56, [text('Ep. 88 — Pricing your first product', 0, 0, { size: 15, weight: 600, color: fg, font: F }), text('Mar 12 · 42 min', 0, 24, { size: 12, color: muted, font: F })]), vector('play', 330, 24, 24, 24, { fill: lime })]);
  const p5 = screen('Show', 1808, [
    back(vector('arrow', 16, 44, 24, 24, { stroke: fg })),
    rect('Cover art', 106, 80, 200, 200, { image: 'cv01cv01cv01cv01', radius: 16 }),
    text('Margins & Mortar', 24, 300, { size: 24, weight: 700, color: fg, font: F }),
    text('Honest conversations with people running small shops, cafés and studios.', 24, 336, { size: 14, color: muted, font: F, w: 364, h: 40 }),
    followBtn,
    col('Episodes', 24, 470, 364, 300, [ep1, row('Frame 161', 0, 84, 364, 72, [text('Ep. 87 — When to hire', 0, 8, { size: 15, weight: 600, color: fg, font: F }), text('Mar 5 · 38 min', 0, 32, { size: 12, color: muted, font: F })])], { gap: 12 }),
  ]);

  // P6 player
  const p6 = screen('Now playing', 2260, [
    back(vector('chevron-down', 16, 44, 24, 24, { stroke: fg })),
    rect('Cover art', 56, 100, 300, 300, { image: 'cv01cv01cv01cv01', radius: 20 }),
    text('Ep. 88 — Pricing your first product', 24, 430, { size: 18, weight: 700, color: fg, font: F }),
    rect('Scrubber', 24, 490, 364, 4, { fill: '#424242', radius: 2 }),
    text('12:04                                        −29:51', 24, 502, { size: 12, color: muted, font: F }),
    row('Controls', 56, 560, 300, 72, [vector('rew', 0, 20, 32, 32, { fill: fg }), vector('play', 114, 0, 72, 72, { fill: lime }), vector('ff', 268, 20, 32, 32, { fill: fg })]),
    text('1.2×   Sleep timer   Queue', 90, 680, { size: 14, color: muted, font: F }),
  ], false);

  // P7 premium
  const trial = primary('Try 1 month free', 700);
  const p7 = screen('Premium', 2712, [
    text('Podwave Premium', 24, 70, { size: 28, weight: 700, color: fg, font: F }),
    text('✓ No ads\n✓ Unlimited downloads\n✓ Transcripts & chapters', 24, 120, { size: 16, color: fg, font: F, h: 70 }),
    frame('Frame 170', 24, 220, 364, 140, { fill: '#1E1E1E', radius: 20 }, [text('$4.99/month after trial', 20, 20, { size: 20, weight: 700, color: fg, font: F }), text('Cancel anytime in Settings → Subscription.', 20, 60, { size: 14, color: muted, font: F })]),
    frame('Frame 171', 24, 380, 364, 150, { fill: '#1E1E1E', radius: 20 }, [text('“I get through twice as many shows on my commute now that the ads are gone.”', 20, 20, { size: 15, color: fg, font: F, w: 324, h: 60 }), text('— Mei, listening since 2021', 20, 100, { size: 13, color: muted, font: F })]),
    trial,
  ]);

  // P8 library
  const p8 = screen('Library', 3164, [
    text('Your library', 24, 56, { size: 26, weight: 700, color: fg, font: F }),
    row('Tabs', 24, 100, 364, 36, [text('Following', 0, 8, { size: 14, weight: 700, color: lime, font: F }), text('Downloads', 100, 8, { size: 14, color: muted, font: F }), text('History', 210, 8, { size: 14, color: muted, font: F })]),
    col('Frame 180', 24, 150, 364, 400, ['Margins & Mortar', 'Cold Docket', 'Two Drinks In', 'Shopfront'].map((t, i) => row(`Frame ${181 + i}`, 0, i * 76, 364, 64, [rect('Cover art', 0, 0, 64, 64, { image: `cv0${i + 1}cv01cv01cv01`, radius: 10 }), text(t, 80, 20, { size: 15, weight: 600, color: fg, font: F }), text('Unfollow', 300, 22, { size: 12, color: muted, font: F })])), { gap: 12 }),
  ]);

  // P9 settings
  const subRow = row('Frame 190', 0, 0, 364, 56, [text('Subscription', 0, 16, { size: 15, color: fg, font: F }), text('Premium · renews Apr 2', 200, 18, { size: 13, color: muted, font: F })]);
  const p9 = screen('Settings', 3616, [
    text('Settings', 24, 56, { size: 26, weight: 700, color: fg, font: F }),
    col('Frame 191', 24, 110, 364, 500, [
      subRow,
      row('Frame 192', 0, 64, 364, 56, [text('Connected apps', 0, 16, { size: 15, color: fg, font: F }), text('Spotify · Disconnect', 220, 18, { size: 13, color: muted, font: F })]),
      row('Frame 193', 0, 128, 364, 56, [text('Downloads over Wi-Fi only', 0, 16, { size: 15, color: fg, font: F })]),
      row('Frame 194', 0, 192, 364, 56, [text('Refresh feeds in background', 0, 16, { size: 15, color: fg, font: F })]),
      row('Frame 195', 0, 256, 364, 56, [text('Help & feedback', 0, 16, { size: 15, color: fg, font: F })]),
    ], { gap: 8 }),
    text('Sign out', 24, 640, { size: 15, color: fg, font: F }),
    text('Delete account', 24, 680, { size: 15, color: '#FF6B6B', font: F }),
  ]);

  // P10 cancel subscription
  const p10 = screen('Manage subscription', 4068, [
    back(vector('arrow', 16, 44, 24, 24, { stroke: fg })),
    text('Manage subscription', 24, 90, { size: 24, weight: 700, color: fg, font: F }),
    text('Premium monthly · $4.99\nNext charge Apr 2', 24, 140, { size: 15, color: fg, font: F, h: 44 }),
    btnFrame('Frame 200', 'Cancel subscription', 24, 220, 364, 52, { fill: bg, color: '#FF6B6B', stroke: '#424242', radius: 26, font: F }),
  ], false);

  go(google, p2);
  go(emailBtn, p2);
  url(applePod, 'https://podcasts.apple.com');
  url(spotify, 'https://accounts.spotify.com/authorize');
  go(skipImport, p3);
  go(firstShow, p5);
  go(ep1, p6, 'OVERLAY');
  go(followBtn, p7, 'OVERLAY');
  go(trial, p3);
  go(p3.children[p3.children.length - 1].children[1], p4);
  go(p3.children[p3.children.length - 1].children[2], p8);
  go(p3.children[p3.children.length - 1].children[3], p9);
  go(subRow, p10);

  const flow = canvas('Mobile', [section('Onboarding + core', 0, 0, 4600, 1000, [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10])], { starts: [[p1, 'Cold start']] });
  setPage(2);
  const cover = canvas('Cover', [frame('Cover', 0, 0, 1600, 960, { fill: '#121212' }, [text('Podwave · Android 3.0', 100, 420, { size: 72, weight: 700, color: '#C6F432' })])]);
  setPage(4);
  const archive = canvas('Archive', [frame('Old import', 0, 0, W, H, { fill: bg }, [text('Link your RSS feeds', 24, 80, { size: 24, weight: 700, color: fg }), text('Paste a feed URL', 24, 130, { size: 15, color: muted })])]);

  const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    kind: 'negative',
    writtenBy: WRITTEN_BY,
    description: 'Podcast player on Android: Google sign-in, importing follows from Apple Podcasts or Spotify, a home with category rows, search, a show page, the player, a premium offer, library, settings and subscription management. No business software is connected.',
    present: [],
    absent: IDS,
    notes: {
      'platform.search': '"Search 2M shows" searches podcasts, not integrations.',
      'platform.grouped-categories': 'Headings group podcast genres, not integration types.',
      'platform.alternatives': 'OPML import from Apple Podcasts is a listener convenience, not a missing-platform path.',
      'connection.delete': '"Spotify · Disconnect" and "Delete account" are consumer settings, not business data connections.',
      'privacy.disconnect-anytime': '"Cancel anytime" is about the subscription.',
    },
    flow: { startFrameId: p1.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  return writeFile(dir, 'h15-negative-podcast-app', { name: 'Podwave Android 3.0', lastModified: '2025-04-03T13:58:27Z', version: '4712093340' }, [cover, flow, compPage, archive], components, {}, truth);
}

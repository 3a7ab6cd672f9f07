// h10 — NEGATIVE: Halvorsen Museum of Art visitor kiosk (landscape 1920x1080). No account connection.
import { Builder, btnInst, btnFrame } from './part2-lib.mjs';

export default function build() {
  const b = new Builder(1010);
  b.font = 'Source Sans 3';
  const INK = '#1C1917', MUTED = '#78716C', LINE = '#E7E5E4', BRAND = '#9A3412', PAPER = '#FAF7F2', SERIF = 'Playfair Display';
  b.textColor = INK;

  b.page(6);
  const cKey = b.C({ name: 'Kiosk / Key', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 360, h: 88, fill: BRAND, radius: 44 }, [b.T('Label', { size: 28, weight: 600, color: '#FFFFFF' })]);
  b.registerComponent(cKey);
  const cTile = b.C({ name: 'Artwork tile', layout: 'V', gap: 12, w: 400 }, [b.R(400, 300, { fill: '#D6D3D1' }), b.T('Title', { size: 22, font: SERIF })]);
  b.registerComponent(cTile);
  const compKids = [b.at(cKey, 0, 0), b.at(cTile, 0, 140)];

  const key = (label, o = {}) => btnInst(b, cKey.id, label, { fill: BRAND, w: o.w || 360, h: 88, radius: 44, size: 28, ...o });
  const tile = (title, meta, img, big) => b.I(cTile.id, { layout: 'V', gap: 12, w: big ? 400 : 320 }, [b.R(big ? 400 : 320, big ? 300 : 180, { image: img }), b.T(title, { size: 24, font: SERIF, weight: 600 }), b.T(meta, { size: 18, color: MUTED })]);
  const nav = (active) => b.F({ layout: 'H', gap: 64, align: 'CENTER', pad: [0, 80], w: 1920, h: 120, fill: '#FFFFFF', stroke: LINE, name: 'Nav' }, [
    b.T('HALVORSEN', { size: 32, weight: 700, font: SERIF }),
    ...['Explore', 'Map', 'Audio guide', 'Membership'].map((t) => b.T(t, { size: 26, weight: 600, color: t === active ? BRAND : MUTED, name: t })),
  ]);
  const navTo = (n, label, dest) => b.go(n.children.find((c) => c.name === label), dest);

  b.page(70);
  const S = {}; for (const k of ['attract', 'explore', 'results', 'artwork', 'audio', 'map', 'member', 'join', 'thanks', 'idle']) S[k] = b.reserve();
  const wire = (n) => { navTo(n, 'Explore', S.explore); navTo(n, 'Map', S.map); navTo(n, 'Audio guide', S.audio); navTo(n, 'Membership', S.member); return n; };

  const touch = b.T('Touch to begin', { size: 40, weight: 600, color: '#FFFFFF' });
  const attract = b.F({ id: S.attract, name: 'Attract loop', w: 1920, h: 1080, image: 'hero-harbour', clip: true }, [
    b.at(b.R(1920, 1080, { fill: '#000000', fillA: 0.35, name: 'scrim' }), 0, 0),
    b.at(b.T('Halvorsen Museum of Art', { size: 96, weight: 700, font: SERIF, color: '#FFFFFF' }), 120, 600),
    b.at(b.T('“Art is the signature of civilizations.” — Beverly Sills', { size: 30, italic: true, color: '#F5F5F4' }), 120, 740),
    b.at(touch, 120, 900),
  ]);
  b.go(attract, S.explore); // whole screen is tappable

  const search = b.F({ layout: 'H', gap: 20, align: 'CENTER', pad: [0, 32], w: 900, h: 88, radius: 44, fill: '#FFFFFF', stroke: '#D6D3D1', name: b.auto('Frame') }, [b.V(32, 32, { stroke: INK, strokeWeight: 3 }), b.T('Search the collection', { size: 28, color: '#A8A29E' })]);
  b.go(search, S.results);
  const row = (heading, items) => b.F({ layout: 'V', gap: 20 }, [b.T(heading, { size: 40, weight: 700, font: SERIF }), b.F({ layout: 'H', gap: 40 }, items)]);
  const paint = [tile('“The Harbour at Dusk”', 'Ingrid Solberg, 1894', 'art-harbour'), tile('“Girl with a Blue Shawl”', 'Anders Vik, 1911', 'art-shawl'), tile('“Winter Birches”', 'Marta Lund, 1902', 'art-birches'), tile('“Study in Ochre”', 'Unknown, c. 1880', 'art-ochre')];
  b.go(paint[0], S.artwork);
  const sculpt = [tile('“The Listener”', 'Bronze, Oskar Dahl, 1921', 'art-listener'), tile('“Wave Form II”', 'Marble, Liv Aas, 1968', 'art-wave'), tile('“Seated Fisherman”', 'Granite, 1934', 'art-fisher'), tile('“Fragment”', 'Plaster, 1950', 'art-fragment')];
  const explore = b.F({ id: S.explore, name: 'Explore', w: 1920, h: 1080, fill: PAPER, clip: true }, [
    b.at(wire(nav('Explore')), 0, 0),
    b.at(b.F({ layout: 'V', gap: 40, w: 1760 }, [search, row('Painting', paint), row('Sculpture', sculpt)]), 80, 160),
  ]);

  const resBack = b.T('‹ Back', { size: 26, weight: 600, color: BRAND });
  b.back(resBack);
  const results = b.F({ id: S.results, name: 'Search results', w: 1920, h: 1080, fill: PAPER }, [
    b.at(wire(nav('Explore')), 0, 0),
    b.at(b.F({ layout: 'V', gap: 32, w: 1760 }, [
      resBack,
      b.F({ layout: 'H', gap: 20, align: 'CENTER', pad: [0, 32], w: 900, h: 88, radius: 44, fill: '#FFFFFF', stroke: BRAND }, [b.V(32, 32, { stroke: INK, strokeWeight: 3 }), b.T('harbour', { size: 28 })]),
      b.T('Results for “harbour” · 3 works', { size: 28, color: MUTED }),
      b.F({ layout: 'H', gap: 40 }, [tile('“The Harbour at Dusk”', 'Ingrid Solberg, 1894', 'art-harbour'), tile('“Harbour Cranes”', 'Photograph, 1952', 'art-cranes'), tile('“Boats, Morning”', 'Watercolour, 1899', 'art-boats')]),
    ]), 80, 168),
  ]);

  const play = key('▶  Play audio', { w: 320 });
  b.go(play, S.audio);
  const artBack = b.T('‹ Back to collection', { size: 26, weight: 600, color: BRAND });
  b.back(artBack);
  const artwork = b.F({ id: S.artwork, name: 'Artwork detail', w: 1920, h: 1080, fill: PAPER }, [
    b.at(wire(nav('Explore')), 0, 0),
    b.at(b.R(820, 820, { image: 'art-harbour-large' }), 80, 200),
    b.at(b.F({ layout: 'V', gap: 28, w: 880 }, [
      artBack,
      b.T('“The Harbour at Dusk”', { size: 56, weight: 700, font: SERIF }),
      b.T('Ingrid Solberg (1861–1930) · 1894 · Oil on canvas · Gallery 7', { size: 24, color: MUTED }),
      b.T('Painted from the quay at Bryggen, the canvas captures the last light on the water. Solberg worked quickly, in a single sitting, and left the sky unfinished.', { size: 26, w: 880, lh: 1.5 }),
      play,
    ]), 960, 200),
  ]);

  const spinner = b.G({ name: b.auto('Group') }, [b.E(48, 48, { stroke: LINE, strokeWeight: 5, x: 0, y: 0 }), b.V(48, 48, { stroke: BRAND, strokeWeight: 5, x: 0, y: 0 })]);
  const audio = b.F({ id: S.audio, name: 'Audio guide', w: 1920, h: 1080, fill: PAPER }, [
    b.at(wire(nav('Audio guide')), 0, 0),
    b.at(b.F({ layout: 'V', gap: 32, w: 1000, align: 'CENTER' }, [
      b.T('Audio guide', { size: 56, weight: 700, font: SERIF }),
      b.T('Hold your headset near the reader', { size: 28, color: MUTED }),
      b.F({ layout: 'H', gap: 20, align: 'CENTER' }, [spinner, b.T('Syncing…', { size: 32, weight: 600 })]),
      b.T('Loading the “Nordic Light” tour onto your headset (42 stops, 55 min)', { size: 24, color: MUTED }),
      b.F({ layout: 'H', gap: 24 }, ['English', 'Norsk', 'Deutsch', '日本語'].map((l) => btnFrame(b, l, { fill: '#FFFFFF', stroke: LINE, color: INK, w: 200, h: 72, size: 24, radius: 36 }))),
    ]), 460, 260),
  ]);

  const room = (t, w, h) => b.F({ layout: 'H', justify: 'CENTER', align: 'CENTER', w, h, fill: '#EFEBE4', stroke: '#D6D3D1' }, [b.T(t, { size: 22 })]);
  const map = b.F({ id: S.map, name: 'Floor map', w: 1920, h: 1080, fill: PAPER }, [
    b.at(wire(nav('Map')), 0, 0),
    b.at(b.F({ layout: 'H', gap: 8 }, [room('Gallery 5 · Sculpture', 360, 300), room('Gallery 6 · Painting', 360, 300), room('Gallery 7 · Painting', 360, 300), room('Café', 240, 300)]), 240, 260),
    b.at(b.F({ layout: 'H', gap: 8 }, [room('Photography', 560, 260), room('Shop', 300, 260), room('Lifts · Toilets', 300, 260)]), 240, 580),
    b.at(b.E(28, 28, { fill: BRAND, name: 'You are here' }), 560, 880),
    b.at(b.T('You are here', { size: 22, weight: 600, color: BRAND }), 600, 880),
  ]);

  const joinKey = key('Join today');
  b.go(joinKey, S.join);
  const tier = (n, p, perks) => b.F({ layout: 'V', gap: 16, pad: 40, w: 520, radius: 24, fill: '#FFFFFF', stroke: LINE }, [b.T(n, { size: 36, weight: 700, font: SERIF }), b.T(p, { size: 44, weight: 700 }), b.T(perks, { size: 22, lh: 1.7, color: MUTED })]);
  const member = b.F({ id: S.member, name: 'Membership', w: 1920, h: 1080, fill: PAPER }, [
    b.at(wire(nav('Membership')), 0, 0),
    b.at(b.F({ layout: 'V', gap: 36, w: 1100 }, [
      b.T('Become a member', { size: 64, weight: 700, font: SERIF }),
      b.F({ layout: 'H', gap: 40 }, [tier('Individual', '$75 / year', 'Free entry all year\nMember previews\n10% off in the shop'), tier('Family', '$120 / year', 'Two adults + children\nFamily workshops\n10% off in the café')]),
      b.T('Billed yearly. Cancel any time.', { size: 24, color: MUTED }),
      joinKey,
    ]), 80, 180),
  ]);

  const joinGo = key('Join');
  b.go(joinGo, S.thanks);
  const joinBack = b.T('‹ Back', { size: 26, weight: 600, color: BRAND });
  b.back(joinBack);
  const fieldK = (l, v) => b.F({ layout: 'V', gap: 10, w: 800 }, [b.T(l, { size: 22, weight: 600, color: MUTED }), b.F({ layout: 'H', align: 'CENTER', pad: [0, 24], h: 80, w: 800, radius: 16, fill: '#FFFFFF', stroke: '#D6D3D1' }, [b.T(v, { size: 28, color: '#A8A29E' })])]);
  const join = b.F({ id: S.join, name: 'Join form', w: 1920, h: 1080, fill: PAPER }, [
    b.at(b.F({ layout: 'V', gap: 28 }, [joinBack, b.T('Your details', { size: 56, weight: 700, font: SERIF }), fieldK('Full name', 'Name on your card'), fieldK('Email', 'For your digital membership card'), b.T('Individual · $75 / year · cancel any time', { size: 24, color: MUTED }), joinGo]), 560, 120),
    b.at(b.R(320, 320, { fill: '#FFFFFF', stroke: LINE, radius: 24, name: 'Keyboard placeholder', visible: false }), 1500, 700),
  ]);

  const finish = key('Done');
  b.go(finish, S.attract);
  const thanks = b.F({ id: S.thanks, name: 'Thank you', w: 1920, h: 1080, fill: PAPER }, [
    b.at(b.F({ layout: 'V', gap: 32, align: 'CENTER', w: 1200 }, [
      b.T('Welcome, member!', { size: 72, weight: 700, font: SERIF }),
      b.T('Your digital card is on its way to your inbox. Show it at the desk for free entry.', { size: 28, color: MUTED, w: 900, align: 'CENTER' }),
      finish,
    ]), 360, 360),
  ]);

  const stay = key('I’m still here');
  b.close(stay);
  const idle = b.F({ id: S.idle, name: 'Idle timeout', w: 800, h: 420, fill: '#FFFFFF', radius: 32, layout: 'V', gap: 28, pad: 56, align: 'CENTER' }, [
    b.T('Are you still there?', { size: 44, weight: 700, font: SERIF }),
    b.T('This screen will restart in 20 seconds.', { size: 26, color: MUTED }),
    stay,
  ]);
  b.go(idle, S.attract, 'NAVIGATE'); // tapping outside the card restarts (timeout stand-in)
  idle.interactions[0].trigger = { type: 'AFTER_TIMEOUT', timeout: 20 };

  const flowKids = [attract, explore, results, artwork, audio, map, member, join, thanks, idle].map((f, i) => b.at(f, (i % 4) * 2020, Math.floor(i / 4) * 1180));

  b.page(1);
  const cover = b.F({ name: 'Cover', w: 1920, h: 1080, fill: INK }, [
    b.at(b.T('Visitor kiosk — lobby & Gallery 7', { size: 80, weight: 700, font: SERIF, color: '#FFFFFF' }), 120, 420),
    b.at(b.T('Touch screens, 1920×1080 landscape · v2.3', { size: 30, color: '#A8A29E' }), 120, 560),
  ]);
  const pages = [
    b.canvas('0:1', 'Cover', [b.at(cover, 0, 0)]),
    b.canvas('0:2', 'Kiosk flow', flowKids, { flowStart: [{ nodeId: S.attract, name: 'Kiosk' }] }),
    b.canvas('0:3', 'Components', compKids),
  ];
  const file = b.file('Halvorsen kiosk', pages);

  const all = [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ];
  const truth = {
    file: 'h10-negative-museum-kiosk.json',
    kind: 'negative',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'Halvorsen Museum of Art visitor kiosk, landscape 1920x1080, three pages (cover, kiosk flow, components). Attract loop (with a quotation) → Explore with a "Search the collection" bar and artwork tiles under "Painting" and "Sculpture" headings, titles in quotation marks → search results → artwork detail → audio guide showing a "Syncing…" spinner while a tour loads onto a headset → floor map → membership tiers ("Cancel any time") → join form → thank-you; an idle-timeout overlay. Nothing asks a visitor or business to connect accounting, banking or commerce software.',
    present: [],
    absent: all,
    notes: {
      'platform.search': '"Search the collection" searches artworks, not integrations.',
      'platform.grouped-categories': '"Painting" and "Sculpture" group artworks, not integration platforms.',
      'connection.syncing-indicator': 'The "Syncing…" spinner loads an audio tour onto a headset; there is no data connection.',
      'privacy.disconnect-anytime': '"Cancel any time" is about a membership subscription, not disconnecting a data connection.',
      'funnel.social-proof': 'Quoted artwork titles and the Beverly Sills quotation are not testimonials about the product.',
    },
    flow: { startFrameId: S.attract, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  return { slug: 'h10-negative-museum-kiosk', file, truth };
}

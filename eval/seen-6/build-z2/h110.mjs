// h110 — negative: audiobook app, Android 360x800, US English.
import {
  frame, section, group, rect, vector, ellipse, text, click, back, close, openUrl, hoverTo,
  vstack, hstack, btnInstance, btnFrame, btnGroup, link, searchField, logo, icon, place,
  node, solid, image, finalize, writeOut,
} from './lib.mjs';

const W = 360;
const H = 800;
const INK = '#F5F3FF';
const MUTED = '#A5A1C2';
const BG = '#15121F';
const VIOLET = '#8B5CF6';

const bar = () => group('status', 0, 0, W, 28, [place(text('12:30', 0, 0, 50, { size: 13, color: INK }), 16, 6), place(vector('icons', 0, 0, 50, 12, { fills: [solid(INK)], strokes: [] }), 294, 8)]);
const screen = (name, ref, children) => frame(name, 0, 0, W, H, { ref, fills: [solid(BG)] }, [bar(), ...children]);
const cover = (seed, w = 100, h = 100) => rect(null, 0, 0, w, h, { fills: [image('cover-' + seed)], cornerRadius: 6 });

function nav(active) {
  const t = (l, to) => vstack(null, 0, 0, 80, [icon(24, 24), text(l, 0, 0, 80, { size: 12, color: active === l ? VIOLET : MUTED, align: 'CENTER' })], { gap: 4, align: 'CENTER', ...(to ? click(to) : {}) });
  return place(hstack('Bottom nav', 0, 0, [t('Home', 'home'), t('Library', 'home'), t('Premium', 'premium'), t('Settings', 'settings')], { w: W, h: 72, padX: 10, justify: 'SPACE_BETWEEN', fills: [solid('#1E1A2B')] }), 0, H - 72);
}

const intro = screen('Intro', 'intro', [
  place(link('Skip', 40, { color: MUTED, ...click('signup') }), 300, 44),
  place(group(null, 0, 0, 280, 280, [place(cover('a1', 180, 180), 50, 50), place(ellipse(null, 0, 0, 280, 280, { fills: [solid(VIOLET, 0.15)] }), 0, 0)]), 40, 110),
  place(vstack(null, 0, 0, 312, [
    text('Stories for every commute 🎧', 0, 0, 312, { size: 26, weight: 700, color: INK, align: 'CENTER' }),
    text('Borrow free from your library or pick from 300,000 titles.', 0, 0, 312, { size: 15, color: MUTED, align: 'CENTER' }),
  ], { gap: 12, align: 'CENTER' }), 24, 430),
  place(btnInstance('c.pill', 'Next', 312, 52, { ...click('signup') }), 24, 700),
]);

const signup = screen('Create account', 'signup', [
  place(vstack(null, 0, 0, 312, [
    text('Create your account', 0, 0, 312, { size: 24, weight: 700, color: INK }),
    btnFrame('Continue with Google', 312, 50, { bg: '#FFFFFF', color: '#1F1F1F', radius: 25, ...click('librarycard') }),
    btnFrame('Sign up with email', 312, 50, { bg: null, color: INK, stroke: '#3B3551', radius: 25, ...click('librarycard') }),
    text('By continuing you accept the Terms of Use.', 0, 0, 312, { size: 12, color: MUTED }),
  ], { gap: 16 }), 24, 120),
]);

const lib = (name, branch) =>
  hstack(null, 0, 0, [logo('lib' + name.length, 36, name), vstack(null, 0, 0, 230, [text(name, 0, 0, 230, { size: 15, weight: 600, color: INK }), text(branch, 0, 0, 230, { size: 12, color: MUTED })], { gap: 2 })], { w: 312, padY: 8, gap: 12, ...click('home') });

const librarycard = screen('Library card', 'librarycard', [
  place(vstack(null, 0, 0, 312, [
    hstack(null, 0, 0, [vector('arrow_back', 0, 0, 16, 16, back())], {}),
    text('Connect your library card', 0, 0, 312, { size: 24, weight: 700, color: INK }),
    text('Borrow audiobooks free with a card from your local public library.', 0, 0, 312, { size: 14, color: MUTED }),
    searchField('Search libraries by name or ZIP', 312, 48, { bg: '#221E30', radius: 24 }),
    lib('Brooklyn Public Library', 'Central Library · Grand Army Plaza'),
    lib('Seattle Public Library', 'All branches'),
    lib('Chicago Public Library', 'Harold Washington Library Center'),
    lib('Multnomah County Library', 'Portland, OR'),
    link('Maybe later', 312, { color: VIOLET, ...click('import') }),
  ], { gap: 14 }), 24, 48),
]);

const importScreen = screen('Import', 'import', [
  place(vstack(null, 0, 0, 312, [
    text('Already listen somewhere else?', 0, 0, 312, { size: 24, weight: 700, color: INK }),
    text('Import from Audible to bring over your wishlist and “want to listen” titles. We can’t move purchased books.', 0, 0, 312, { size: 14, color: MUTED }),
    btnGroup('Import from Audible', 312, 52, { bg: '#F59E0B', radius: 26, color: '#1F1F1F', ...click('home') }),
    btnGroup('Import a Goodreads shelf', 312, 52, { bg: '#2A2540', radius: 26, color: INK, ...click('home') }),
    link('Skip', 312, { color: MUTED, ...click('home') }),
  ], { gap: 16 }), 24, 120),
]);

const shelf = (title, seeds) =>
  vstack(null, 0, 0, 336, [text(title, 0, 0, 300, { size: 17, weight: 700, color: INK }), hstack(null, 0, 0, seeds.map((s) => vstack(null, 0, 0, 100, [cover(s), text('Title ' + s, 0, 0, 100, { size: 12, color: MUTED })], { gap: 6, ...click('player') })), { gap: 12 })], { gap: 10 });

const home = screen('Home', 'home', [
  place(vstack(null, 0, 0, 336, [
    text('Good evening', 0, 0, 300, { size: 24, weight: 700, color: INK }),
    shelf('Continue listening', ['b1', 'b2', 'b3']),
    shelf('Available now at Brooklyn Public Library', ['c1', 'c2', 'c3']),
    shelf('Because you liked “Project Hail Mary”', ['d1', 'd2', 'd3']),
  ], { gap: 22 }), 24, 48),
  nav('Home'),
]);

const player = screen('Player', 'player', [
  place(vector('expand_more', 0, 0, 20, 20, back()), 20, 44),
  place(cover('p1', 260, 260), 50, 90),
  place(vstack(null, 0, 0, 312, [
    text('The Salt Road', 0, 0, 312, { size: 22, weight: 700, color: INK, align: 'CENTER' }),
    text('Chapter 7 · 4h 12m left', 0, 0, 312, { size: 13, color: MUTED, align: 'CENTER' }),
    frame('Scrubber', 0, 0, 312, 4, { fills: [solid('#3B3551')], cornerRadius: 2 }, [rect(null, 0, 0, 140, 4, { fills: [solid(VIOLET)] })]),
    hstack(null, 0, 0, [icon(28, 28, 'replay_30'), ellipse('play', 0, 0, 64, 64, { fills: [solid(VIOLET)] }), icon(28, 28, 'forward_30')], { gap: 36 }),
    hstack(null, 0, 0, [text('Sync progress across devices', 0, 0, 230, { size: 14, color: INK }), rect('Switch', 0, 0, 44, 24, { fills: [solid(VIOLET)], cornerRadius: 12 })], { w: 312, justify: 'SPACE_BETWEEN', ...click('devices') }),
  ], { gap: 18, align: 'CENTER' }), 24, 380),
]);

const device = (nm, meta) =>
  hstack(null, 0, 0, [icon(22, 22, 'devices'), vstack(null, 0, 0, 190, [text(nm, 0, 0, 190, { size: 15, weight: 600, color: INK }), text(meta, 0, 0, 190, { size: 12, color: MUTED })], { gap: 2 }), link('Remove', 60, { color: '#F87171', size: 13 })], { w: 312, padY: 10, gap: 12 });

const devices = screen('Devices', 'devices', [
  place(vstack(null, 0, 0, 312, [
    hstack(null, 0, 0, [vector('arrow_back', 0, 0, 16, 16, back()), text('Your devices', 0, 0, 200, { size: 18, weight: 600, color: INK })], { gap: 16 }),
    text('Your place in every book follows you between these devices.', 0, 0, 312, { size: 14, color: MUTED }),
    device('Pixel 8', 'This device · last synced just now'),
    device('Galaxy Tab S9', 'Last synced yesterday, 9:41 PM'),
    device('Echo Dot (kitchen)', 'Last synced Jun 2'),
  ], { gap: 12 }), 24, 48),
]);

const premium = screen('Premium', 'premium', [
  place(vstack(null, 0, 0, 312, [
    text('Go Premium', 0, 0, 312, { size: 28, weight: 700, color: INK }),
    text('★ 4.8 · Rated by 200k listeners', 0, 0, 312, { size: 14, color: '#FBBF24' }),
    text('• Unlimited listening from 300,000 titles\n• Offline downloads\n• No ads between chapters', 0, 0, 312, { size: 15, color: INK }),
    btnInstance('c.pill', 'Start 7-day free trial', 312, 52, { ...hoverTo('c.pill-pressed') }),
    text('Then $11.99/month. Cancel anytime in Google Play.', 0, 0, 312, { size: 12, color: MUTED, align: 'CENTER' }),
  ], { gap: 16 }), 24, 80),
  nav('Premium'),
]);

const settings = screen('Settings', 'settings', [
  place(vstack(null, 0, 0, 312, [
    text('Settings', 0, 0, 312, { size: 24, weight: 700, color: INK }),
    text('Playback speed · 1.2×\nSleep timer · End of chapter\nLibrary card · Brooklyn Public Library', 0, 0, 312, { size: 15, color: INK }),
    link('Help & feedback', 200, { color: INK, ...openUrl('https://earshot.app/help') }),
    link('Sign out', 200, { color: INK }),
    link('Delete account', 200, { color: '#F87171' }),
  ], { gap: 18 }), 24, 60),
  nav('Settings'),
]);

const sheet = frame('Bottom sheet / Rate', 0, 0, W, 320, { ref: 'rate', fills: [solid('#1E1A2B')], cornerRadius: 24 }, [
  place(vstack(null, 0, 0, 312, [
    text('Enjoying Earshot?', 0, 0, 312, { size: 20, weight: 700, color: INK }),
    text('☆ ☆ ☆ ☆ ☆', 0, 0, 312, { size: 28, color: '#FBBF24', align: 'CENTER' }),
    btnFrame('Not now', 312, 48, { bg: null, color: MUTED, ...close() }),
  ], { gap: 16 }), 24, 32),
]);

const compSet = node('COMPONENT_SET', 'pill', 0, 0, 720, 120, { fills: [], strokes: [solid('#9747FF')] }, [
  place(node('COMPONENT', 'state=enabled', 0, 0, 312, 52, { ref: 'c.pill', fills: [solid(VIOLET)], cornerRadius: 26 }, [place(text('Label', 0, 0, 280, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }), 16, 15)]), 20, 20),
  place(node('COMPONENT', 'state=pressed', 0, 0, 312, 52, { ref: 'c.pill-pressed', fills: [solid('#6D28D9')], cornerRadius: 26 }, [place(text('Label', 0, 0, 280, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }), 16, 15)]), 380, 20),
]);

const spec = {
  name: 'Earshot (Android) — onboarding & core',
  lastModified: '2025-06-19T20:14:36Z',
  version: '6244501873',
  seed: 110,
  pages: [
    { name: 'Cover', children: [frame('Cover', 0, 0, 1600, 960, { fills: [solid(BG)] }, [place(text('Earshot for Android', 0, 0, 1000, { size: 80, weight: 700, color: INK }), 120, 400)])] },
    {
      name: 'Flows',
      flowStarts: [{ ref: 'intro', name: 'First run' }],
      children: [
        section('First run', 0, 0, 1900, 920, [place(intro, 40, 60), place(signup, 480, 60), place(librarycard, 920, 60), place(importScreen, 1360, 60)]),
        section('Core', 0, 1020, 2800, 920, [place(home, 40, 60), place(player, 480, 60), place(devices, 920, 60), place(premium, 1360, 60), place(settings, 1800, 60), place(sheet, 2240, 60)]),
      ],
    },
    { name: 'Components', children: [place(compSet, 0, 0)] },
    { name: 'Archive', children: [frame('Old player', 0, 0, W, H, { fills: [solid(BG)] }, [place(text('Now playing', 0, 0, 200, { size: 18, color: INK }), 24, 60)])] },
  ],
};

const { doc, refs } = finalize(spec);
const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
writeOut(new URL('..', import.meta.url).pathname, 'h110-negative-audiobooks', doc, {
  kind: 'negative',
  description:
    'Earshot, a consumer audiobook app for Android (360x800). Intro, sign-up, connect a public library card (with library search), import from Audible, home shelves, player with cross-device progress sync, devices list, a Premium paywall, settings and a rating sheet. Personal accounts only; no business connects accounting, banking or commerce software.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.cta-visible': '"Connect your library card" and "Import from Audible" are personal media accounts.',
    'platform.search': '"Search libraries" searches public libraries, not business integrations.',
    'connection.view-live': 'The devices list shows listening devices, not connected business platforms.',
    'connection.delete': '"Remove" a device and "Delete account" are not revoking a data connection.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the Premium subscription.',
    'funnel.social-proof': 'Left unlabelled: "Rated 4.8 by 200k listeners" is a store rating in a paywall, with no connection flow.',
    'privacy.statistics': 'Left unlabelled for the same reason.',
  },
  flow: { start: 'intro', connect: null, steps: null, deadEnds: [] },
}, refs);

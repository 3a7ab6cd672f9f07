// h149 — negative: a consumer e-reader for fantasy books, mobile 390x844.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  at, hidden, frame, rect, vector, instance, component,
  text, go, back, vstack, hstack, btnInstance, btnFrame, btnGroup, linkText, searchField,
  spinner, screen, canvas, finalize, write, countNodes, solid, image,
} from './lib.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h149-negative-fantasy-books';
const W = 390;
const H = 844;
const INK = '#F5F0E6';
const MUTED = '#A89F91';
const BG = '#1B1A24';
const GOLD = '#E0B04B';
const t = (s, o = {}) => text(s, { family: 'Literata', color: INK, ...o });
const ui = (s, o = {}) => text(s, { family: 'Inter', color: INK, ...o });

const primary = component('Button/Primary', 'c:primary', 342, 52, { fills: [solid(GOLD)], cornerRadius: 26 }, [at(ui('Label', { size: 16, weight: 600, color: BG, w: 318, align: 'CENTER' }), 12, 15)]);
const tab = component('Tab', 'c:tab', 78, 50, {}, [at(vector('Vector', 24, 24), 27, 4), at(ui('Tab', { size: 10, w: 78, align: 'CENTER' }), 0, 32)]);
const componentsPage = canvas('Components', [
  at(frame('Buttons', 400, 100, { fills: [solid(BG)] }, [at(primary, 24, 24)]), 0, 0),
  at(frame('Tabs', 200, 100, { fills: [solid(BG)] }, [at(tab, 60, 24)]), 440, 0),
]);

const statusBar = () => frame('Status bar', W, 47, {}, [at(ui('9:41', { size: 16, weight: 600 }), 30, 14), at(vector('Vector', 70, 12, { fills: [solid(INK)] }), 296, 18)]);
const body = (children, gap = 16) => vstack('Auto layout', children, { gap, w: 342 });
function tabBar(active) {
  return frame('Tab bar', W, 84, { fills: [solid('#14131B')], layoutMode: 'HORIZONTAL' }, ['Home', 'Library', 'Highlights', 'Store', 'Profile'].map((l, i) => {
    const n = at(instance('Tab', 'c:tab', 78, 50, {}, [
      at(vector('Vector', 24, 24, { fills: [solid(l === active ? GOLD : MUTED)] }), 27, 4),
      at(ui(l, { size: 10, color: l === active ? GOLD : MUTED, w: 78, align: 'CENTER' }), 0, 32),
    ]), i * 78, 6);
    const dest = { Home: 'home', Highlights: 'highlights', Store: 'premium', Profile: 'profile' }[l];
    if (dest && l !== active) go(n, dest);
    return n;
  }));
}
const cover = (ref, w = 100, h = 150) => rect('Rectangle 9', w, h, { fills: [image(ref)], cornerRadius: 6 });
const stepper = (n) => hstack('Frame 20', [
  frame('Frame 21', 240, 4, { fills: [solid('#3A3847')], cornerRadius: 2 }, [at(rect('Rectangle 22', 80 * n, 4, { fills: [solid(GOLD)], cornerRadius: 2 }), 0, 0)]),
  ui(`Step ${n} of 3`, { size: 12, color: MUTED }),
], { gap: 10 });

const welcome = screen('welcome', 'Welcome', W, H, [
  at(rect('Rectangle 1', W, 460, { fills: [image('img-dragon-castle-art')] }), 0, 0),
  at(statusBar(), 0, 0),
  at(go(ui('Skip', { size: 15, weight: 600 }), 'home'), 340, 58),
  at(body([
    t('Worlds await.', { size: 34, weight: 700 }),
    ui('Read, borrow and annotate the fantasy you love — all on one shelf.', { size: 16, color: MUTED, w: 342 }),
    ui('Trusted by 600k readers · ★ 4.8 on the App Store', { size: 13, color: GOLD }),
    go(btnInstance('Get started', 'c:primary', 342, 52, { color: BG }), 'genres'),
    hstack('Frame 5', [ui('Have an account?', { size: 14, color: MUTED }), linkText('Sign in', { size: 14, color: GOLD })], { gap: 4 }),
  ]), 24, 480),
], { bg: BG });

const chip = (l, on) => frame('Frame 31', 160, 40, { fills: [solid(on ? '#3B2F14' : '#25242F')], strokes: [solid(on ? GOLD : '#3A3847')], cornerRadius: 20 }, [at(ui(l, { size: 14, w: 140, align: 'CENTER', color: on ? GOLD : INK }), 10, 10)]);
const genres = screen('genres', 'Onboarding / genres', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    stepper(1),
    t('What do you love to read?', { size: 26, weight: 700 }),
    ui('Epic & high fantasy', { size: 18, weight: 600 }),
    hstack('Frame 32', [chip('Sword & sorcery', true), chip('Chosen one', false)], { gap: 10 }),
    ui('Cozy fantasy', { size: 18, weight: 600 }),
    hstack('Frame 33', [chip('Found family', true), chip('Tea shops', false)], { gap: 10 }),
    ui('Grimdark', { size: 18, weight: 600 }),
    hstack('Frame 34', [chip('Antiheroes', false), chip('Military', false)], { gap: 10 }),
  ], 14), 24, 70),
  at(go(btnInstance('Continue', 'c:primary', 342, 52), 'library'), 24, 760),
], { bg: BG });

const library = screen('library', 'Onboarding / library', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    stepper(2),
    vector('Vector', 56, 56, { fills: [solid(GOLD)] }),
    t('Connect your library', { size: 26, weight: 700 }),
    ui('Borrow ebooks and audiobooks free with your public library card. Holds and due dates show up right on your shelf.', { size: 15, color: MUTED, w: 342 }),
    searchField('Search libraries by name or ZIP', 342, { radius: 20 }),
    frame('Frame 41', 342, 64, { fills: [solid('#25242F')], cornerRadius: 12 }, [
      at(ui('Brookline Public Library', { size: 15, weight: 600 }), 16, 12),
      at(ui('Brookline, MA · 0.8 mi', { size: 12, color: MUTED }), 16, 36),
    ]),
    ui('Library lending powered by ShelfLine', { size: 11, color: MUTED }),
  ], 14), 24, 70),
  at(go(btnInstance('Add library card', 'c:primary', 342, 52), 'card'), 24, 700),
  at(go(ui('Not now', { size: 15, color: MUTED, w: 342, align: 'CENTER' }), 'kindle'), 24, 768),
], { bg: BG });

const card = screen('card', 'Onboarding / library card', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 60),
  at(body([
    t('Brookline Public Library', { size: 24, weight: 700 }),
    vstack('Frame 50', [ui('Library card number', { size: 13, color: MUTED }), frame('Rectangle 51', 342, 48, { fills: [solid('#25242F')], cornerRadius: 10 }, [at(ui('2 1234 00567 8901', { size: 16, color: MUTED }), 14, 13)])], { gap: 6 }),
    vstack('Frame 52', [ui('PIN', { size: 13, color: MUTED }), frame('Rectangle 53', 342, 48, { fills: [solid('#25242F')], cornerRadius: 10 }, [at(ui('••••', { size: 16, color: MUTED }), 14, 13)])], { gap: 6 }),
    ui('Your card number stays on this device. We never share your reading history with your library or anyone else.', { size: 12, color: MUTED, w: 342 }),
    go(btnFrame('Link card', 342, 52, { fill: GOLD, color: BG, radius: 26 }), 'kindle'),
  ], 16), 24, 100),
], { bg: BG });

const kindle = screen('kindle', 'Onboarding / import', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    stepper(3),
    t('Import from Kindle', { size: 26, weight: 700 }),
    ui('1  Plug your Kindle into your computer\n2  Find “My Clippings.txt”\n3  Upload it here — your highlights and notes come along', { size: 15, w: 342 }),
    frame('Frame 61', 342, 120, { strokes: [solid('#3A3847')], strokeDashes: [6, 4], cornerRadius: 12 }, [
      at(vector('Vector', 28, 28, { fills: [solid(GOLD)] }), 157, 28),
      at(ui('Choose file', { size: 14, weight: 600, color: GOLD, w: 342, align: 'CENTER' }), 0, 70),
    ]),
  ], 16), 24, 70),
  at(go(btnInstance('Import', 'c:primary', 342, 52), 'home'), 24, 700),
  at(go(ui('Skip for now', { size: 15, color: MUTED, w: 342, align: 'CENTER' }), 'home'), 24, 768),
], { bg: BG });

const home = screen('home', 'Home', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Good evening, Wren', { size: 24, weight: 700 }),
    frame('Frame 70', 342, 170, { fills: [solid('#25242F')], cornerRadius: 14 }, [
      at(cover('img-ember-crown'), 16, 10),
      at(ui('Continue reading', { size: 12, color: MUTED }), 132, 20),
      at(t('The Ember Crown', { size: 18, weight: 700 }), 132, 40),
      at(ui('Chapter 7 · The Linking of the Gates', { size: 13, color: MUTED, w: 190 }), 132, 68),
      at(go(btnFrame('Read', 90, 36, { fill: GOLD, color: BG, radius: 18, size: 14 }), 'reader'), 132, 118),
    ]),
    ui('Borrowed from Brookline · due in 9 days', { size: 13, color: MUTED }),
    hstack('Frame 71', ['img-b1', 'img-b2', 'img-b3'].map((r) => cover(r, 100, 150)), { gap: 21 }),
    ui('New in Cozy fantasy', { size: 18, weight: 600 }),
    hstack('Frame 72', ['img-b4', 'img-b5', 'img-b6'].map((r) => cover(r, 100, 150)), { gap: 21 }),
  ], 14), 24, 60),
  at(tabBar('Home'), 0, 760),
], { bg: BG });

const reader = screen('reader', 'Reader', W, H, [
  at(back(ui('‹ Shelf', { size: 15, color: '#5B5349' })), 20, 56),
  at(body([
    t('Chapter 7\nThe Linking of the Gates', { size: 22, weight: 700, color: '#2B2520', align: 'CENTER', w: 342 }),
    t('The gatewardens had argued for a week about who would speak the binding words. In the end it was Ilse, barefoot on the cold stones, who set her palm against the sigil and felt the two worlds click together like the halves of a locket.', { size: 17, color: '#2B2520', w: 342 }),
    t('“Now they are connected,” said the old warden, “and nothing we do here will stay here.”', { size: 17, color: '#2B2520', w: 342 }),
  ], 18), 24, 100),
  at(ui('42%', { size: 12, color: '#5B5349' }), 180, 800),
], { bg: '#F7F1E3' });

const highlights = screen('highlights', 'Highlights', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Highlights', { size: 26, weight: 700 }),
    frame('Frame 90', 342, 96, { fills: [solid('#25242F')], cornerRadius: 14 }, [
      at(ui('Sync highlights to Notion', { size: 15, weight: 600 }), 16, 14),
      at(hstack('Frame 91', [spinner(16, GOLD), ui('Syncing highlights… 212 of 340', { size: 12, color: MUTED })], { gap: 8 }), 16, 42),
      at(ui('Last synced yesterday, 10:14 PM', { size: 12, color: MUTED }), 16, 66),
      at(btnGroup('Sync now', 96, 32, { fill: '#3B2F14', color: GOLD, size: 13, radius: 16 }), 230, 14),
    ]),
    ...[['The Ember Crown', '“Nothing we do here will stay here.”'], ['A Hearth of Thorns', '“Tea first. Then the war council.”'], ['The Ember Crown', '“She did not kneel; the throne did.”']].map(([b, q]) => vstack('Frame 95', [t(q, { size: 16, w: 310 }), ui(b, { size: 12, color: MUTED })], { gap: 6, pad: 16, fill: '#25242F', radius: 12, w: 342 })),
  ], 12), 24, 60),
  at(tabBar('Highlights'), 0, 760),
], { bg: BG });

const premium = screen('premium', 'Store / Premium', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Emberleaf Premium', { size: 28, weight: 700 }),
    ui('✦ Unlimited audiobooks\n✦ Offline shelves\n✦ Early access to new series', { size: 16, w: 342 }),
    ui('“Worth it for the audiobooks alone.” — Jo, reader since 2023', { size: 14, color: MUTED, w: 342 }),
    ui('Trusted by 600k readers', { size: 13, color: GOLD }),
    btnInstance('Start 7-day free trial', 'c:primary', 342, 52),
    ui('Then $4.99/month. Premium — cancel anytime in Settings.', { size: 12, color: MUTED, w: 342 }),
  ], 16), 24, 90),
  at(tabBar('Store'), 0, 760),
], { bg: BG });

const profile = screen('profile', 'Profile / settings', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Profile', { size: 26, weight: 700 }),
    ui('Accounts', { size: 13, weight: 600, color: MUTED }),
    frame('Frame 110', 342, 60, { fills: [solid('#25242F')], cornerRadius: 12 }, [
      at(ui('Goodreads', { size: 15, weight: 600 }), 16, 10), at(ui('Connected ✓ · shelves synced', { size: 12, color: MUTED }), 16, 34),
      at(linkText('Disconnect', { size: 13, color: '#F87171' }), 250, 20),
    ]),
    frame('Frame 111', 342, 60, { fills: [solid('#25242F')], cornerRadius: 12 }, [
      at(ui('Brookline Public Library', { size: 15, weight: 600 }), 16, 10), at(ui('Card ••8901', { size: 12, color: MUTED }), 16, 34),
      at(linkText('Remove', { size: 13, color: '#F87171' }), 270, 20),
    ]),
    ui('Help', { size: 13, weight: 600, color: MUTED }),
    ui('Contact us · help@emberleaf.app · Reader community', { size: 14, w: 342 }),
    ui('Delete account', { size: 15, color: '#F87171' }),
  ], 12), 24, 60),
  at(hidden(ui('Export reading data (beta)', { size: 14 })), 24, 700),
  at(tabBar('Profile'), 0, 760),
], { bg: BG });

const flowPage = canvas('Flows', [
  at(welcome, 0, 0), at(genres, 490, 0), at(library, 980, 0), at(card, 1470, 0), at(kindle, 1960, 0),
  at(home, 0, 1000), at(reader, 490, 1000), at(highlights, 980, 1000), at(premium, 1470, 1000), at(profile, 1960, 1000),
], { start: 'welcome', startName: 'New reader' });
const coverPage = canvas('Cover', [
  at(frame('Cover', 1600, 900, { fills: [solid(BG)] }, [at(t('Emberleaf', { size: 96, weight: 700, color: GOLD }), 120, 360), at(ui('Reader app · onboarding + shelves', { size: 28, color: INK }), 120, 490)]), 0, 0),
]);

const file = finalize({ name: 'Emberleaf — reader app', lastModified: '2026-09-14T18:27:51Z', version: '4720011983', salt: 'el' }, [coverPage, flowPage, componentsPage]);
write(join(out, `${NAME}.json`), file);

const ids = {};
for (const cv of file.document.children) for (const c of cv.children) ids[c.name] = c.id;
const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const unlabelled = ['funnel.social-proof', 'privacy.statistics'];
const truth = {
  file: `${NAME}.json`,
  kind: 'negative',
  writtenBy: 'held-out writer Q4 (from the checklist facts and the REST format only; repository not read)',
  description: 'Consumer e-reader for fantasy books (iPhone 390x844). A reader picks genres, adds a public library card, imports Kindle highlights, reads, syncs highlights to a notes app and can buy Premium. There is no business and no accounting, banking or commerce software to connect.',
  present: [],
  absent: ALL.filter((id) => !unlabelled.includes(id)),
  notes: {
    'funnel.cta-visible': '"Connect your library" links a personal library card, not business software.',
    'funnel.social-proof': 'Left unlabelled: reader quotes and "Trusted by 600k readers" are consumer marketing, not trust for a business connection.',
    'privacy.statistics': 'Left unlabelled: "600k readers" is a user count on a consumer app, unrelated to a data connection.',
    'value.progress-meter': '"Step n of 3" is a consumer onboarding stepper, not progress over connected business sources.',
    'privacy.trust-language': 'Reading-history privacy line on the library card screen, not about sharing business data.',
    'privacy.powered-by': '"Library lending powered by ShelfLine" is a lending service, not a data-connection provider.',
    'platform.search': 'Library search finds a public library branch, not integrations.',
    'platform.grouped-categories': 'Genre headings group book genres, not integration types.',
    'platform.alternatives': 'Kindle file upload imports highlights; there is no business platform to replace.',
    'connection.view-live': 'Goodreads and library rows on the profile are personal accounts.',
    'connection.delete': '"Disconnect", "Remove" and "Delete account" concern personal accounts.',
    'connection.refresh': '"Sync now" pushes reading highlights to a notes app.',
    'connection.syncing-indicator': '"Syncing highlights…" is a consumer notes sync.',
  },
  flow: { startFrameId: ids.Welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
write(join(out, `${NAME}.truth.json`), truth);
console.log(NAME, countNodes(file.document));

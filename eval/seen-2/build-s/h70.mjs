// h70-negative-podcast-player: a podcast player (393x852). No business software is connected.
import { frame, section, group, rect, vector, ellipse, text, instance, component, componentSet, canvas, finish, write, image, go, overlay, swap, back, close, changeTo, url } from './lib.mjs';

const W = 393, H = 852;
const BG = '#111014', CARD = '#1E1C23', LIME = '#C6F432', TXT = '#F4F2F7', DIM = '#9D98A8';
const t = (s, x, y, w, h, o = {}) => text(s, x, y, w, h, { family: 'SF Pro Text', size: 15, color: TXT, ...o });
const status = () => frame('Status', 0, 0, W, 54, {}, [t('9:41', 32, 18, 50, 20, { weight: 600 }), vector('Island', 136, 11, 122, 36, { fill: '#000000' })]);
const screen = (name, i, key, kids) => frame(name, i * (W + 90), 0, W, H, { fill: BG, key, clip: true }, [status(), ...kids]);
const pill = (label, y, on, o = {}) => instance(o.name ?? 'Pill button', o.ghost ? 'pillGhost' : 'pill', 24, y, 345, 54, { fill: o.ghost ? CARD : LIME, radius: 27, on }, [t(label, 16, 16, 313, 22, { size: 17, weight: 700, color: o.ghost ? TXT : '#111014', align: 'CENTER' })]);
const tabs = (active, on) => frame('Tabbar', 0, H - 86, W, 86, { fill: '#17161B', layout: 'HORIZONTAL', padX: 20, gap: 0 }, ['Listen', 'Search', 'Library', 'Profile'].map((n) => frame('Item', 0, 10, 88, 50, { layout: 'VERTICAL', gap: 4, on: on[n] }, [vector('Icon', 32, 0, 24, 24, { fill: n === active ? LIME : DIM }), t(n, 0, 30, 88, 16, { size: 11, color: n === active ? LIME : DIM, align: 'CENTER' })])));
const nav = { Listen: go('home'), Search: go('search'), Library: go('library'), Profile: go('profile') };

const compPage = canvas('🔧 Components', [
  componentSet('Pill button', 0, 0, 400, 220, { stroke: '#9747FF' }, [
    component('Style=Lime, State=Rest', 20, 20, 345, 54, { key: 'pill', fill: LIME, radius: 27, on: changeTo('pillHover') }, [t('Label', 16, 16, 313, 22, { weight: 700, color: '#111014' })]),
    component('Style=Lime, State=Hover', 20, 84, 345, 54, { key: 'pillHover', fill: '#B2E01C', radius: 27 }, [t('Label', 16, 16, 313, 22, { weight: 700, color: '#111014' })]),
    component('Style=Ghost, State=Rest', 20, 148, 345, 54, { key: 'pillGhost', fill: CARD, radius: 27 }, [t('Label', 16, 16, 313, 22, { weight: 700 })]),
  ]),
  component('Episode row', 460, 0, 345, 80, { key: 'ep', fill: CARD, radius: 14 }, [rect('Art', 10, 10, 60, 60, { fill: image('art0'), radius: 8 }), t('Title', 82, 14, 240, 40)]),
]);

const welcome = screen('Welcome', 0, 'welcome', [
  t('Skip', 320, 60, 50, 20, { color: DIM, align: 'RIGHT', on: go('signup') }),
  group('Art stack', 46, 110, 300, 300, [rect('Rectangle 21', 0, 40, 180, 180, { fill: image('show1'), radius: 20 }), rect('Rectangle 22', 120, 0, 180, 180, { fill: image('show2'), radius: 20 }), rect('Rectangle 23', 70, 120, 180, 180, { fill: image('show3'), radius: 20 })]),
  frame('Copy', 24, 440, 345, 260, { layout: 'VERTICAL', gap: 14 }, [
    t('Every show. One queue.', 0, 0, 345, 38, { size: 30, weight: 800, family: 'SF Pro Display' }),
    t('\u200BTrusted by 4M listeners · ★ 4.8 on the App Store', 0, 0, 345, 20, { size: 14, color: LIME }),
    frame('Quote', 0, 0, 345, 120, { fill: CARD, radius: 16, layout: 'VERTICAL', padX: 16, padY: 14, gap: 8 }, [
      t('“Chapters, speed that doesn\u2019t sound like chipmunks, and the cleanest queue I\u2019ve used. I edit my own show in it.”', 0, 0, 313, 60, { size: 14, family: 'New York' }),
      t('— Tash Milner, host of Small Hours', 0, 0, 313, 18, { size: 13, color: DIM }),
    ]),
  ]),
  pill('Get started', 740, go('signup')),
]);

const signup = screen('Create account', 1, 'signup', [
  frame('Body', 24, 90, 345, 600, { layout: 'VERTICAL', gap: 14 }, [
    t('Make an account', 0, 0, 345, 36, { size: 28, weight: 800, family: 'SF Pro Display' }),
    t('Keeps your queue and progress safe.', 0, 0, 345, 20, { color: DIM }),
    ...['Continue with Apple', 'Continue with Google', 'Continue with email'].map((l, i) => frame('Btn', 0, 0, 345, 52, { fill: i === 0 ? '#FFFFFF' : CARD, radius: 26, on: go('import') }, [t(l, 0, 15, 345, 22, { weight: 600, color: i === 0 ? '#000000' : TXT, align: 'CENTER' })])),
    t('By continuing you agree to the Terms and Privacy Policy.', 0, 0, 345, 36, { size: 12, color: DIM }),
  ]),
]);

const importScreen = screen('Import', 2, 'import', [
  frame('Body', 24, 90, 345, 640, { layout: 'VERTICAL', gap: 14 }, [
    t('Bring your shows', 0, 0, 345, 36, { size: 28, weight: 800, family: 'SF Pro Display' }),
    t('Switching apps? Import your subscriptions (OPML) and we\u2019ll subscribe you to everything in one go.', 0, 0, 345, 60, { color: DIM }),
    frame('Drop', 0, 0, 345, 150, { radius: 16, stroke: '#3A3742', fill: CARD }, [vector('doc', 156, 40, 32, 40, { fill: LIME }), t('Choose an .opml file', 0, 96, 345, 20, { weight: 600, align: 'CENTER' })]),
    t('How do I export from my old app?', 0, 0, 345, 20, { size: 14, color: LIME, deco: 'UNDERLINE', on: url('https://help.earful.fm/opml') }),
  ]),
  pill('Import 37 shows', 700, go('topics')),
  t('Start fresh instead', 24, 770, 345, 20, { color: DIM, align: 'CENTER', on: go('topics') }),
]);

const topics = screen('Topics', 3, 'topics', [
  frame('Body', 24, 90, 345, 640, { layout: 'VERTICAL', gap: 16 }, [
    t('What do you like?', 0, 0, 345, 36, { size: 28, weight: 800, family: 'SF Pro Display' }),
    frame('Chips', 0, 0, 345, 200, { layout: 'HORIZONTAL', gap: 8 }, ['True crime', 'Comedy', 'History', 'Tech', 'Football', 'Science', 'Business', 'Sleep'].map((c, i) => frame('Chip', 0, 0, 80 + (c.length * 4), 38, { radius: 19, fill: i % 3 === 0 ? LIME : CARD }, [t(c, 0, 9, 80 + (c.length * 4), 20, { size: 14, color: i % 3 === 0 ? '#111014' : TXT, align: 'CENTER' })]))),
  ]),
  pill('Continue', 760, go('home')),
]);

const ep = (title, meta) => instance('Episode row', 'ep', 0, 0, 345, 80, { fill: CARD, radius: 14, on: go('player') }, [rect('Art', 10, 10, 60, 60, { fill: image('art' + title.length), radius: 8 }), t(title + '\n' + meta, 82, 14, 250, 44, { size: 14 })]);

const home = screen('Listen', 4, 'home', [
  t('Up next', 24, 70, 345, 36, { size: 28, weight: 800, family: 'SF Pro Display' }),
  frame('Queue', 24, 120, 345, 560, { layout: 'VERTICAL', gap: 10 }, [
    ep('Small Hours — The lighthouse keeper', '52 min · 12 min left'),
    ep('Tech Shed — Chips, again', '1 hr 04 min'),
    ep('The Rest Is Footy — Derby week', '48 min'),
    frame('Premium banner', 0, 0, 345, 90, { fill: '#2A2433', radius: 14, layout: 'VERTICAL', padX: 16, padY: 14, gap: 4, on: overlay('premium') }, [t('Earful Premium', 0, 0, 313, 20, { weight: 700, color: LIME }), t('Ad-free, offline downloads, smart speed. £3.99/mo — cancel anytime.', 0, 0, 313, 40, { size: 13, color: DIM })]),
  ]),
  tabs('Listen', nav),
]);

const search = screen('Search', 5, 'search', [
  frame('Field', 24, 70, 345, 46, { fill: CARD, radius: 12, layout: 'HORIZONTAL', padX: 12, gap: 8 }, [vector('Vector', 12, 13, 20, 20, { fill: DIM }), t('Shows, episodes, people', 40, 12, 280, 22, { color: DIM })]),
  frame('Results', 24, 132, 345, 520, { layout: 'VERTICAL', gap: 12 }, [
    t('Top charts', 0, 0, 345, 24, { size: 20, weight: 800 }),
    frame('Grid', 0, 0, 345, 360, { layout: 'HORIZONTAL', gap: 9 }, ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((c) => rect('Rectangle ' + c, 0, 0, 109, 109, { fill: image(c), radius: 10 }))),
  ]),
  tabs('Search', nav),
]);

const player = screen('Now playing', 6, 'player', [
  vector('chevron-down', 24, 66, 20, 12, { fill: TXT, on: back() }),
  rect('Cover art', 36, 110, 321, 321, { fill: image('smallhours'), radius: 20 }),
  frame('Meta', 36, 450, 321, 60, { layout: 'VERTICAL', gap: 4 }, [t('The lighthouse keeper', 0, 0, 321, 24, { size: 20, weight: 700 }), t('Small Hours', 0, 0, 321, 20, { color: DIM })]),
  group('Scrubber', 36, 530, 321, 24, [rect('Track', 0, 8, 321, 4, { fill: '#3A3742', radius: 2 }), rect('Played', 0, 8, 248, 4, { fill: LIME, radius: 2 }), t('40:12', 0, 16, 60, 12, { size: 11, color: DIM })]),
  frame('Controls', 36, 580, 321, 80, { layout: 'HORIZONTAL', gap: 24 }, [vector('skip-back-15', 0, 0, 32, 32, { fill: TXT }), ellipse('Play', 0, 0, 72, 72, { fill: LIME }), vector('skip-forward-30', 0, 0, 32, 32, { fill: TXT })]),
  frame('Extras', 36, 690, 321, 60, { layout: 'HORIZONTAL', gap: 12 }, [
    frame('Car', 0, 0, 154, 52, { fill: CARD, radius: 14, on: overlay('car') }, [t('🚗 Connect to your car', 0, 16, 154, 20, { size: 13, align: 'CENTER' })]),
    frame('Speed', 0, 0, 154, 52, { fill: CARD, radius: 14, on: swap('player') }, [t('1.3× speed', 0, 16, 154, 20, { size: 13, align: 'CENTER' })]),
  ]),
]);

const car = screen('Sheet – car', 7, 'car', [
  frame('Sheet', 0, 470, W, 382, { fill: '#1A191F', radius: 28, layout: 'VERTICAL', padX: 24, padY: 28, gap: 12 }, [
    t('Play in the car', 0, 0, 345, 26, { size: 22, weight: 800 }),
    t('Plug in with a cable or pair over Bluetooth — Earful shows up on CarPlay and Android Auto automatically.', 0, 0, 345, 60, { color: DIM }),
    frame('Row', 0, 0, 345, 52, { fill: CARD, radius: 14 }, [t('Bluetooth devices', 16, 15, 260, 22)]),
    frame('Close', 0, 0, 345, 52, { fill: LIME, radius: 26, on: close() }, [t('Got it', 0, 15, 345, 22, { weight: 700, color: '#111014', align: 'CENTER' })]),
  ]),
]);

const library = screen('Library', 8, 'library', [
  t('Library', 24, 70, 345, 36, { size: 28, weight: 800, family: 'SF Pro Display' }),
  frame('Rows', 24, 120, 345, 560, { layout: 'VERTICAL', gap: 8 }, ['Shows (37)', 'Downloads (12)', 'Playlists', 'History'].map((r) => frame('Row', 0, 0, 345, 52, { fill: CARD, radius: 12 }, [t(r, 16, 15, 300, 22)]))),
  tabs('Library', nav),
]);

const profile = screen('Profile', 9, 'profile', [
  t('You', 24, 70, 345, 36, { size: 28, weight: 800, family: 'SF Pro Display' }),
  frame('Rows', 24, 120, 345, 620, { layout: 'VERTICAL', gap: 8 }, [
    frame('Sync', 0, 0, 345, 92, { fill: CARD, radius: 12, layout: 'VERTICAL', padX: 16, padY: 12, gap: 4 }, [
      frame('Frame 12', 0, 0, 313, 28, { layout: 'HORIZONTAL', gap: 8 }, [t('Sync across devices', 0, 0, 250, 22, { weight: 600 }), rect('Toggle', 0, 0, 48, 28, { fill: LIME, radius: 14 })]),
      t('iPhone, iPad and web · up to date', 0, 0, 313, 18, { size: 13, color: DIM }),
    ]),
    ...['Playback', 'Notifications', 'Storage & downloads', 'Export subscriptions (OPML)'].map((r) => frame('Row', 0, 0, 345, 52, { fill: CARD, radius: 12 }, [t(r, 16, 15, 300, 22)])),
    frame('Row', 0, 0, 345, 52, { fill: CARD, radius: 12, on: overlay('premium') }, [t('Premium', 16, 15, 300, 22, { color: LIME })]),
    t('Sign out', 0, 0, 345, 22, { align: 'CENTER' }),
    t('Delete account', 0, 0, 345, 22, { color: '#FF6B6B', align: 'CENTER', on: overlay('delete') }),
  ]),
  tabs('Profile', nav),
]);

const premium = screen('Paywall', 10, 'premium', [
  vector('close', 345, 66, 20, 20, { fill: TXT, on: close() }),
  frame('Body', 24, 110, 345, 560, { layout: 'VERTICAL', gap: 14 }, [
    t('Earful Premium', 0, 0, 345, 40, { size: 32, weight: 800, family: 'SF Pro Display', color: LIME }),
    t('✓ No ads, ever\n✓ Unlimited downloads\n✓ Smart speed & voice boost\n✓ Early episodes from 200+ shows', 0, 0, 345, 110, { size: 16 }),
    t('7 days free, then £3.99/month. Cancel anytime in Settings.', 0, 0, 345, 40, { color: DIM }),
  ]),
  pill('Start free trial', 720, close()),
]);

const del = screen('Dialog – delete account', 11, 'delete', [
  frame('Alert', 62, 330, 270, 190, { fill: '#2A2830', radius: 14, layout: 'VERTICAL', padX: 16, padY: 18, gap: 8 }, [
    t('Delete your account?', 0, 0, 238, 22, { weight: 700, align: 'CENTER' }),
    t('Your subscriptions, queue and listening history will be erased. This can\u2019t be undone.', 0, 0, 238, 56, { size: 13, color: DIM, align: 'CENTER' }),
    frame('Buttons', 0, 0, 238, 44, { layout: 'HORIZONTAL', gap: 8 }, [t('Cancel', 0, 0, 115, 22, { color: '#6DA8FF', align: 'CENTER', on: close() }), t('Delete', 0, 0, 115, 22, { weight: 700, color: '#FF6B6B', align: 'CENTER', on: go('welcome') })]),
  ]),
]);

const flowPage = canvas('iOS', [
  section('Onboarding', -60, -60, 4 * (W + 90) + 60, H + 120, [welcome, signup, importScreen, topics].map((f) => { f._x += 60; f._y = 60; return f; })),
  home, search, player, car, library, profile, premium, del,
], { start: [['welcome', 'First launch'], ['home', 'Returning listener']] });
const archive = canvas('Old explorations', [screen('Welcome (v1)', 0, undefined, [t('Podcasts, sorted.', 24, 300, 345, 40, { size: 30, weight: 800 })])]);

const file = finish('h70-negative-podcast-player', [flowPage, compPage, archive], { name: 'Earful iOS', lastModified: '2026-02-06T08:51:17Z', version: '5011983321' });
const ids = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
write('h70-negative-podcast-player', file, {
  kind: 'negative',
  description: 'Earful, an iOS podcast player (393x852): a welcome screen with a listener count and a host\u2019s quote, account creation, OPML import of subscriptions, topic chips, the listening queue, search, now playing with a car sheet, library, a profile with device sync and account deletion, and a Premium paywall. Nothing connects a business\u2019s accounting, banking or commerce software.',
  present: ['funnel.social-proof'],
  absent: ids,
  notes: {
    'funnel.social-proof': 'A host\u2019s quote and "Trusted by 4M listeners · ★ 4.8" are genuine social proof, though for a consumer app.',
    'platform.alternatives': 'OPML import moves podcast subscriptions; it is not a fallback for a missing accounting or banking platform.',
    'connection.refresh': '"Sync across devices" is a toggle for the listener\u2019s own devices, not a data connection to refresh.',
    'connection.delete': '"Delete account" removes the listener\u2019s account, not a connection.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the Premium subscription.',
  },
  flow: { start: 'welcome', connect: null, steps: null, deadEnds: [] },
});

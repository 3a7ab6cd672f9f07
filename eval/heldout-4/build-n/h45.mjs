// h45 — negative: a recipe-sharing social app, mobile 393x852. No business-software connection.
import {
  page, node, F, G, R, V, T, AL, go, back, close, oldLink, solid, image, btnInstance, btnFrame, btnGroup,
  linkText, checkbox, search, componentSet, canvas, finish, write, countNodes, gname,
} from './lib.mjs';

const NAME = 'h45-negative-recipe-sharing';
const W = 393;
const H = 852;
const INK = '#1F1A17';
const TOMATO = '#E8553E';
const CREAM = '#FFFBF5';
const MUTED = '#8A7F76';

page(31);
const [set, comps, sets, [BTN]] = componentSet('Btn', 40, 40, [
  { name: 'size=lg, kind=solid', label: 'Next', bg: TOMATO, w: 345, h: 52 },
  { name: 'size=lg, kind=outline', label: 'Next', bg: '#FFFFFF', color: TOMATO, w: 345, h: 52 },
], 'r45btn');
const [chipSet, chipComps, chipSets, [CHIP]] = componentSet('chip', 440, 40, [{ name: 'selected=false', label: 'Vegan', bg: '#FFFFFF', color: INK, w: 96, h: 36 }], 'r45chip');
const compPage = canvas('\u2699\ufe0f Components', [set, chipSet]);

page(32);
const X = (i) => i * (W + 90);
const sb = () => F(gname('Frame'), 0, 0, W, 47, {}, [T('9:41', 28, 16, 50, 15, 600, INK)]);
const bigBtn = (label, y, link) => btnInstance(BTN, 'Btn', label, 24, y, 345, 52, link);
const nav = (active) => AL('HORIZONTAL', 0, H - 84, W, 84, ['Feed', 'Search', '+', 'Cookbook', 'Me'].map((t, i) =>
  T(t, i * 78 + 20, 18, 60, 12, 600, t === active ? TOMATO : MUTED, t === 'Me' ? oldLink('me') : t === '+' ? oldLink('import') : t === 'Feed' ? oldLink('feed') : {})), { fills: solid('#FFFFFF'), strokes: solid('#EFE7DE'), name: 'Bottom nav' });

const splash = F('Splash', X(0), 0, W, H, { fills: solid(TOMATO), _key: 'splash' }, [
  sb(),
  T('forkful', 96, 360, 200, 44, 800, '#FFFFFF', { family: 'Gelica' }),
  T('Cook it. Share it. Steal it (nicely).', 48, 430, 297, 15, 500, '#FFE3DC'),
  bigBtn('Let\u2019s eat', 740, oldLink('signup')),
]);

const signup = F('Sign up', X(1), 0, W, H, { fills: solid(CREAM), _key: 'signup' }, [
  sb(),
  AL('VERTICAL', 24, 100, 345, 700, [
    T('Join the table', 0, 0, 345, 28, 800, INK),
    btnFrame('G\u2002Continue with Google', 0, 60, 345, 52, '#FFFFFF', oldLink('tastes'), { color: INK, radius: 26 }),
    btnFrame('Continue with email', 0, 124, 345, 52, INK, oldLink('tastes'), { radius: 26 }),
    AL('HORIZONTAL', 0, 200, 345, 40, [checkbox('RECTANGLE', 0, 2), T('Send me the weekly \u201cWhat\u2019s cooking\u201d email', 30, 0, 300, 13, 400, MUTED)], { itemSpacing: 10 }),
  ], { itemSpacing: 14 }),
]);

const tastes = F('Tastes', X(2), 0, W, H, { fills: solid(CREAM), _key: 'tastes' }, [
  sb(),
  AL('VERTICAL', 24, 90, 345, 700, [
    T('What do you love to cook?', 0, 0, 345, 24, 800, INK),
    AL('HORIZONTAL', 0, 50, 345, 200, ['Vegan', 'Quick', 'Baking', 'Curry', 'Pasta', 'Grill', 'Soup'].map((c, i) =>
      btnInstance(CHIP, 'chip', c, (i % 3) * 110, Math.floor(i / 3) * 46, 96, 36, {}, INK)), { itemSpacing: 8, layoutWrap: 'WRAP' }),
    bigBtn('Next', 520, oldLink('friends')),
  ], { itemSpacing: 20 }),
]);

const friends = F('Friends', X(3), 0, W, H, { fills: solid(CREAM), _key: 'friends' }, [
  sb(),
  AL('VERTICAL', 24, 90, 345, 700, [
    T('Connect with friends', 0, 0, 345, 24, 800, INK),
    T('See what your people are cooking tonight.', 0, 40, 345, 15, 400, MUTED),
    AL('VERTICAL', 0, 90, 345, 260, [['Priya S.', 'Follows you'], ['Tom Becker', '12 mutual'], ['Lena \u2018bakes\u2019 K.', 'In your contacts']].map(([n, m], i) =>
      AL('HORIZONTAL', 0, i * 72, 345, 60, [node('ELLIPSE', gname('Ellipse'), 0, 6, 48, 48, { fills: image(`r45f${i}`) }), T(`${n}\n${m}`, 60, 10, 180, 14, 500, INK), btnFrame('Follow', 260, 14, 80, 32, TOMATO, {}, { radius: 16, size: 13 })], { itemSpacing: 12 })), { itemSpacing: 12 }),
    bigBtn('Find friends from contacts', 460, oldLink('feed')),
    linkText('Skip', 150, 530, 60, MUTED, oldLink('feed')),
  ], { itemSpacing: 16 }),
]);

const feed = F('Feed', X(4), 0, W, H, { fills: solid(CREAM), _key: 'feed' }, [
  sb(),
  AL('VERTICAL', 24, 60, 345, 700, [
    search('Search recipes, cooks, ingredients', 0, 0, 345, 44),
    ...[['Crispy gochujang tofu', 'by Priya S. \u00b7 \u2764\ufe0f 2.1k'], ['Brown-butter blondies', 'by Lena K. \u00b7 \u2764\ufe0f 860']].map(([t, b], i) =>
      G(gname('Group'), 0, 64 + i * 300, 345, 280, [
        R(gname('Rectangle'), 0, 0, 345, 220, { fills: image(`r45r${i}`), cornerRadius: 18 }),
        T(t, 4, 230, 300, 16, 700, INK), T(b, 4, 254, 300, 12, 500, MUTED),
      ], i === 0 ? oldLink('recipe') : {})),
  ], { itemSpacing: 16 }),
  nav('Feed'),
]);

const recipe = F('Recipe', X(5), 0, W, H, { fills: solid('#FFFFFF'), _key: 'recipe' }, [
  R(gname('Rectangle'), 0, 0, W, 320, { fills: image('r45r0') }),
  V('Back', 20, 56, 28, 28, { fills: solid('#FFFFFF'), ...back() }),
  AL('VERTICAL', 24, 340, 345, 480, [
    T('Crispy gochujang tofu', 0, 0, 345, 24, 800, INK),
    T('Serves 2 \u00b7 25 min', 0, 36, 345, 13, 500, MUTED),
    T('1\u2002Press the tofu for 10 minutes.\n2\u2002Toss in cornflour and fry until golden.\n3\u2002Glaze with gochujang, honey and soy.', 0, 70, 345, 15, 400, INK),
    btnFrame('Save to my cookbook', 0, 220, 345, 48, TOMATO, {}, { radius: 24 }),
  ], { itemSpacing: 12 }),
]);

const importScreen = F('Import', X(6), 0, W, H, { fills: solid(CREAM), _key: 'import' }, [
  sb(),
  linkText('Cancel', 24, 56, 60, MUTED, back()),
  AL('VERTICAL', 24, 110, 345, 600, [
    T('Import recipes from a link', 0, 0, 345, 22, 800, INK),
    T('Paste a link from any food blog and we\u2019ll tidy it into a recipe card.', 0, 36, 345, 14, 400, MUTED),
    F(gname('Frame'), 0, 90, 345, 52, { fills: solid('#FFFFFF'), strokes: solid('#E4DAD0'), cornerRadius: 12 }, [T('https://', 16, 16, 300, 15, 400, '#B9AEA4')]),
    bigBtn('Import', 180, oldLink('syncing')),
  ], { itemSpacing: 16 }),
]);

const syncing = F('Syncing', X(7), 0, W, H, { fills: solid(CREAM), _key: 'syncing' }, [
  sb(),
  G(gname('Group'), 146, 320, 100, 100, [node('ELLIPSE', gname('Ellipse'), 0, 0, 100, 100, { strokes: solid(TOMATO), strokeWeight: 6, arcData: { startingAngle: 0, endingAngle: 4.2, innerRadius: 0.88 } })]),
  T('Syncing your cookbook\u2026', 60, 450, 273, 18, 700, INK),
  T('Hang tight, this only takes a sec.', 60, 480, 273, 14, 400, MUTED),
  linkText('Done', 170, 760, 60, TOMATO, oldLink('feed')),
]);

const me = F('Me', X(8), 0, W, H, { fills: solid(CREAM), _key: 'me' }, [
  sb(),
  AL('VERTICAL', 24, 70, 345, 680, [
    AL('HORIZONTAL', 0, 0, 345, 72, [node('ELLIPSE', gname('Ellipse'), 0, 0, 72, 72, { fills: image('r45me') }), T('Jo Marsh\n48 recipes \u00b7 1.2k followers', 88, 14, 240, 15, 600, INK)], { itemSpacing: 16 }),
    AL('HORIZONTAL', 0, 90, 345, 160, [0, 1, 2].map((i) => R(gname('Rectangle'), i * 117, 0, 111, 150, { fills: image(`r45g${i}`), cornerRadius: 10 })), { itemSpacing: 6 }),
    btnFrame('Edit profile', 0, 270, 160, 40, '#FFFFFF', {}, { color: INK, radius: 20 }),
    V('Settings gear', 317, 280, 24, 24, { fills: solid(INK), ...go('settings') }),
  ], { itemSpacing: 16 }),
  nav('Me'),
]);

const settings = F('Settings', X(9), 0, W, H, { fills: solid(CREAM), _key: 'settings' }, [
  sb(),
  linkText('\u2039 Me', 20, 56, 60, TOMATO, back()),
  AL('VERTICAL', 24, 100, 345, 640, [
    T('Settings', 0, 0, 345, 24, 800, INK),
    AL('VERTICAL', 0, 50, 345, 420, ['Notifications', 'Units (metric / US)', 'Privacy', 'Blocked cooks', 'Report a problem', 'Log out'].map((l, i) =>
      F(gname('Frame'), 0, i * 58, 345, 52, { fills: solid('#FFFFFF'), cornerRadius: 12, ...(l === 'Report a problem' ? go('report', 'OVERLAY') : {}) }, [T(l, 16, 16, 300, 15, 500, l === 'Log out' ? TOMATO : INK)])), { itemSpacing: 6 }),
  ], { itemSpacing: 16 }),
]);

const report = F('Report sheet', X(10), 420, W, 432, { fills: solid('#FFFFFF'), cornerRadius: 24, _key: 'report' }, [
  AL('VERTICAL', 24, 28, 345, 380, [
    T('Report a problem', 0, 0, 345, 20, 800, INK),
    F(gname('Frame'), 0, 40, 345, 140, { fills: solid(CREAM), strokes: solid('#E4DAD0'), cornerRadius: 12 }, [T('What went wrong?', 16, 14, 300, 14, 400, '#B9AEA4')]),
    btnGroup('Send', 0, 200, 345, 52, TOMATO, close(), { radius: 26 }),
  ], { itemSpacing: 16 }),
]);

const flowPage = canvas('Prototype', [splash, signup, tastes, friends, feed, recipe, importScreen, syncing, me, settings, report], { _start: 'splash', _startName: 'New user' });
page(33);
const cover = canvas('Cover', [F('Cover', 0, 0, 1600, 900, { fills: solid(TOMATO) }, [T('forkful \u2014 onboarding & social', 100, 380, 1300, 64, 800, '#FFFFFF')])]);
page(34);
const archive = canvas('Old explorations', [F('Feed v0', 0, 0, W, H, { fills: solid('#FFFFFF') }, [T('Trending', 24, 80, 300, 24, 800, INK)])]);

const { doc } = finish({ name: NAME, pages: [cover, flowPage, compPage, archive], components: { ...comps, ...chipComps }, componentSets: { ...sets, ...chipSets } });
write(new URL(`../${NAME}.json`, import.meta.url), doc);
console.log(NAME, countNodes(doc), 'nodes');

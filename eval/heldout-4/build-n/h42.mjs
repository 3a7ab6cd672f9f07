// h42 — distribution platform for craft breweries, iPad portrait (834x1194), playful copy.
// The flow page has no prototype starting point set.
import {
  page, node, F, G, R, V, T, AL, go, back, close, solid, image, btnInstance, btnFrame, btnGroup,
  linkText, logo, componentSet, canvas, finish, write, countNodes, gname,
} from './lib.mjs';

const NAME = 'h42-craft-brewery-distribution-tablet';
const W = 834;
const H = 1194;
const INK = '#2B1D0E';
const HOP = '#D9822B';
const FOAM = '#FFF8EC';
const MUTED = '#7A6A58';
const fam = { family: 'Recoleta' };

page(5);
const [pill, comps, sets, [PILL, PILL_PRESSED]] = componentSet('Property 1=Default', 40, 40, [
  { name: 'Property 1=Default', label: 'Pour it', bg: HOP, w: 320, h: 56 },
  { name: 'Property 1=Pressed', label: 'Pour it', bg: '#B8661A', w: 320, h: 56 },
], 'b42pill');
pill.children[0].interactions = [{ trigger: { type: 'ON_PRESS' }, actions: [{ type: 'NODE', destinationId: PILL_PRESSED, navigation: 'CHANGE_TO', transition: null }] }];
const [tagSet, tagComps, tagSets, [TAG]] = componentSet('tag', 420, 40, [
  { name: 'tone=neutral', label: 'IPA', bg: '#F1E4CF', color: INK, w: 80, h: 28 },
], 'b42tag');
const compPage = canvas('Components', [pill, tagSet, T('Buttons are pills. Always pills.', 40, 260, 400, 16, 400, MUTED)]);

page(6);
const x = (i) => i * (W + 120);
const status = () => F(gname('Frame'), 0, 0, W, 24, {}, [T('9:41', 20, 4, 60, 12, 600, INK), T('100%', 760, 4, 50, 12, 600, INK)]);
const dots = (n, of) => AL('HORIZONTAL', 317, 80, 200, 12, Array.from({ length: of }, (_, i) =>
  node('ELLIPSE', gname('Ellipse'), i * 24, 0, 12, 12, { fills: solid(i < n ? HOP : '#E6D8C3') })), { itemSpacing: 12, name: gname('Frame') });
const chat = () => G(gname('Group'), 740, 1100, 64, 64, [node('ELLIPSE', gname('Ellipse'), 0, 0, 64, 64, { fills: solid(INK) }), T('\ud83d\udcac', 20, 18, 30, 22, 400, '#FFFFFF')]);

const intro = F('Intro / 1', x(0), 0, W, H, { fills: solid(HOP) }, [
  status(),
  linkText('Skip', 740, 40, 60, '#FFFFFF', go('signup')),
  R(gname('Rectangle'), 117, 220, 600, 420, { fills: image('b42hero'), cornerRadius: 24 }),
  T('Pour more.\nChase less.', 80, 720, 674, 48, 700, '#FFFFFF', fam),
  T('Orders, invoices and kegs in one place \u2014 so you can get back to the brewhouse.', 80, 870, 674, 20, 400, '#FFF1DE'),
  btnInstance(PILL, 'Property 1=Default', 'Let\u2019s roll \ud83c\udf7a', 257, 1000, 320, 56, go('signup')),
]);

const signup = F('Sign up', x(1), 0, W, H, { fills: solid(FOAM), _key: 'signup' }, [
  status(),
  AL('VERTICAL', 80, 120, 674, 1000, [
    T('Let\u2019s get you on tap', 0, 0, 674, 40, 700, INK, fam),
    AL('VERTICAL', 0, 80, 674, 280, [['Brewery name', 'Fernwood Ales'], ['Email', 'mara@fernwoodales.com'], ['Password', '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022']].map(([l, v], i) =>
      AL('VERTICAL', 0, i * 92, 674, 84, [T(l, 0, 0, 300, 14, 600, MUTED), F(gname('Frame'), 0, 26, 674, 52, { fills: solid('#FFFFFF'), cornerRadius: 26, strokes: solid('#E6D8C3') }, [T(v, 22, 16, 600, 17, 400, INK)])], { itemSpacing: 6 })), { itemSpacing: 10 }),
    btnInstance(PILL, 'Property 1=Default', 'Start brewing', 0, 400, 674, 56, go('basics')),
    F(gname('Frame'), 0, 500, 674, 260, { fills: solid('#FFFFFF'), cornerRadius: 20 }, [
      T('\u201cHopline paid for itself before our first keg came back.\u201d', 28, 28, 618, 22, 600, INK, fam),
      G(gname('Group'), 28, 150, 400, 56, [node('ELLIPSE', gname('Ellipse'), 0, 0, 56, 56, { fills: image('b42mara') }), T('Mara Ostrowski\nCo-founder, Fernwood Ales \u00b7 Asheville, NC', 72, 4, 320, 14, 400, MUTED)]),
    ]),
    T('900+ indie breweries already pour through Hopline', 0, 790, 674, 16, 600, HOP),
  ], { itemSpacing: 24 }),
]);

const basics = F('Brewery basics', x(2), 0, W, H, { fills: solid(FOAM), _key: 'basics' }, [
  status(), dots(1, 5),
  AL('VERTICAL', 80, 140, 674, 900, [
    T('How big\u2019s the brew?', 0, 0, 674, 36, 700, INK, fam),
    AL('HORIZONTAL', 0, 70, 674, 120, ['Nano\n< 1k bbl', 'Micro\n1\u201315k bbl', 'Regional\n15k+ bbl'].map((s, i) =>
      F(gname('Frame'), i * 228, 0, 210, 110, { fills: solid(i === 1 ? '#FBE3C6' : '#FFFFFF'), cornerRadius: 16, strokes: solid(i === 1 ? HOP : '#E6D8C3') }, [T(s, 20, 30, 170, 17, 600, INK)])), { itemSpacing: 18 }),
    T('Flagship style', 0, 220, 300, 14, 600, MUTED),
    AL('HORIZONTAL', 0, 246, 674, 28, ['Hazy IPA', 'Pils', 'Sour', 'Stout'].map((s, i) => btnInstance(TAG, 'tag', s, i * 100, 0, 90, 28, {}, INK)), { itemSpacing: 10 }),
    btnGroup('Next', 0, 340, 674, 56, HOP, go('crew'), { radius: 28, vector: true }),
    linkText('Wait \u2014 what does this cost?', 0, 420, 300, HOP, go('pricing'), true),
  ], { itemSpacing: 20 }),
]);

const crew = F('Crew', x(3), 0, W, H, { fills: solid(FOAM), _key: 'crew' }, [
  status(), dots(2, 5),
  AL('VERTICAL', 80, 140, 674, 900, [
    T('Bring your crew', 0, 0, 674, 36, 700, INK, fam),
    T('Sales reps, cellar folks, whoever counts the kegs.', 0, 56, 674, 18, 400, MUTED),
    F(gname('Frame'), 0, 110, 674, 52, { fills: solid('#FFFFFF'), cornerRadius: 26, strokes: solid('#E6D8C3') }, [T('name@brewery.com', 22, 16, 500, 17, 400, '#B8A993')]),
    btnFrame('Send invites', 0, 190, 674, 56, HOP, go('territories'), { radius: 28 }),
    linkText('Skip for now', 0, 270, 200, MUTED, go('territories')),
  ], { itemSpacing: 20 }),
]);

const territories = F('Territories', x(4), 0, W, H, { fills: solid(FOAM), _key: 'territories' }, [
  status(), dots(3, 5),
  AL('VERTICAL', 80, 140, 674, 900, [
    T('Where does your beer travel?', 0, 0, 674, 36, 700, INK, fam),
    AL('VERTICAL', 0, 70, 674, 420, ['North Carolina', 'South Carolina', 'Tennessee', 'Virginia'].map((s, i) =>
      AL('HORIZONTAL', 0, i * 70, 674, 60, [node('ELLIPSE', gname('Ellipse'), 0, 18, 24, 24, { strokes: solid(HOP), fills: solid(i < 2 ? HOP : '#FFFFFF') }), T(s, 40, 18, 400, 18, 500, INK)], { fills: solid('#FFFFFF'), cornerRadius: 14, paddingLeft: 20 })), { itemSpacing: 10 }),
    T('Working with TapLink Kegs or Brewlink Logistics? We\u2019ll route your orders to them.', 0, 520, 674, 15, 400, MUTED),
    btnInstance(PILL, 'Property 1=Default', 'Onward', 0, 600, 674, 56, go('plugin')),
  ], { itemSpacing: 20 }),
]);

const plugin = F('Plug in', x(5), 0, W, H, { fills: solid(FOAM), _key: 'plugin' }, [
  status(), dots(4, 5),
  AL('VERTICAL', 80, 160, 674, 960, [
    R(gname('Rectangle'), 187, 0, 300, 240, { fills: image('b42plug') }),
    T('Hook up your books\n& your taproom till', 0, 260, 674, 38, 700, INK, fam),
    T('Distributor invoices match themselves to your books, and your taproom sales show which beers to brew more of. Less spreadsheet, more sparge.', 0, 380, 674, 19, 400, INK),
    btnInstance(PILL, 'Comp / Action / Large', '\ud83d\udd0c Plug in my tools', 0, 500, 674, 56, go('pick')),
    T('Change your mind? Unplug whenever \u2014 no hard feelings.', 0, 580, 674, 15, 400, MUTED),
    linkText('Questions? Read our FAQ', 0, 620, 300, HOP, {}, true, 15),
    AL('HORIZONTAL', 237, 880, 200, 20, [T('Powered by', 0, 0, 90, 12, 500, MUTED), V('Codat logo', 96, 0, 70, 18, { fills: solid(INK) })], { itemSpacing: 6 }),
  ], { itemSpacing: 24 }),
  chat(),
]);
// the FAQ link was cut before hand-off
plugin.children[2].children[5].visible = false;

function appCard(name, ref, i, link) {
  return F(gname('Frame'), (i % 3) * 224, Math.floor(i / 3) * 150, 210, 136, { fills: solid('#FFFFFF'), cornerRadius: 18, ...link }, [
    logo(75, 20, 60, ref), T(name, 16, 96, 178, 16, 600, INK),
  ]);
}
const pick = F('Pick apps', x(6), 0, W, H, { fills: solid(FOAM), _key: 'pick' }, [
  status(), dots(4, 5),
  AL('VERTICAL', 80, 130, 674, 1000, [
    T('What are you pouring from?', 0, 0, 674, 34, 700, INK, fam),
    T('We\u2019ll read invoices and payments from your books and daily sales from your till. Nothing gets written back.', 0, 50, 674, 16, 400, MUTED),
    AL('VERTICAL', 0, 120, 674, 340, [
      T('Books', 0, 0, 300, 22, 700, INK),
      F(gname('Frame'), 0, 40, 674, 290, {}, ['QuickBooks', 'Xero', 'Sage', 'FreshBooks'].map((n, i) => appCard(n, `b42a${i}`, i, go('popoff', 'OVERLAY')))),
    ], { itemSpacing: 12 }),
    AL('VERTICAL', 0, 480, 674, 340, [
      T('Till / POS', 0, 0, 300, 22, 700, INK),
      F(gname('Frame'), 0, 40, 674, 290, {}, ['Square', 'Toast', 'Lightspeed', 'Arryved', 'Clover'].map((n, i) => appCard(n, `b42p${i}`, i, go('popoff', 'OVERLAY')))),
    ], { itemSpacing: 12 }),
  ], { itemSpacing: 20 }),
  chat(),
]);

const popoff = F('Off you pop', x(7), 0, 600, 460, { fills: solid('#FFFFFF'), cornerRadius: 28, _key: 'popoff' }, [
  AL('VERTICAL', 40, 40, 520, 380, [
    T('Off you pop to Square \ud83d\udc4b', 0, 0, 520, 28, 700, INK, fam),
    T('Sign in over there, tap \u201cAllow\u201d, and we\u2019ll whisk you straight back here with your taproom sales in tow.', 0, 50, 520, 18, 400, INK),
    btnInstance(PILL, 'Property 1=Default', 'Take me there', 0, 200, 520, 56, go('linked')),
    linkText('Not now', 0, 280, 120, MUTED, close()),
  ], { itemSpacing: 20 }),
]);

const linked = F('Linked up', x(8), 0, W, H, { fills: solid(FOAM), _key: 'linked' }, [
  status(), dots(5, 5),
  AL('VERTICAL', 80, 140, 674, 900, [
    T('Cheers \u2014 you\u2019re flowing! \ud83c\udf7b', 0, 0, 674, 34, 700, INK, fam),
    AL('VERTICAL', 0, 70, 674, 200, [['Square', 'Linked \u2713', '#2E7D32'], ['Xero', 'Waiting on your yes', HOP]].map(([n, s, c], i) =>
      AL('HORIZONTAL', 0, i * 90, 674, 80, [logo(0, 10, 56, `b42l${i}`), T(n, 72, 26, 300, 18, 600, INK), T(s, 480, 28, 180, 15, 600, c)], { fills: solid('#FFFFFF'), cornerRadius: 16, paddingLeft: 16 })), { itemSpacing: 12 }),
    linkText('+ Add another tap', 0, 300, 300, HOP, go('pick')),
    T('Not your department? Pass this to your bookkeeper \u00b7 Do it later', 0, 350, 674, 15, 500, HOP, { deco: 'UNDERLINE' }),
    btnInstance(PILL, 'Property 1=Default', 'To the taproom', 0, 420, 674, 56, go('home')),
  ], { itemSpacing: 20 }),
]);

const home = F('Home', x(9), 0, W, H, { fills: solid(FOAM), _key: 'home' }, [
  status(),
  F(gname('Frame'), 0, 24, W, 72, { fills: solid('#FFFFFF') }, [T('Hopline', 32, 22, 200, 24, 700, HOP, fam), V('gear', 770, 24, 28, 28, { fills: solid(INK), ...go('connections') })]),
  AL('VERTICAL', 40, 120, 754, 1000, [
    T('Morning, Mara', 0, 0, 754, 30, 700, INK, fam),
    AL('HORIZONTAL', 0, 60, 754, 200, [
      F(gname('Frame'), 0, 0, 365, 200, { fills: solid('#FFFFFF'), cornerRadius: 18 }, [T('Open orders', 20, 20, 300, 15, 600, MUTED), T('14', 20, 60, 200, 48, 700, INK)]),
      F(gname('Frame'), 389, 0, 365, 200, { fills: solid('#FFFFFF'), cornerRadius: 18 }, [T('Kegs out', 20, 20, 300, 15, 600, MUTED), T('212', 20, 60, 200, 48, 700, INK)]),
    ], { itemSpacing: 24 }),
    F('Who owes you', 0, 290, 754, 320, { fills: solid('#FFFFFF'), cornerRadius: 18 }, [
      T('Who owes you', 20, 20, 400, 20, 700, INK),
      R(gname('Rectangle'), 20, 60, 714, 150, { fills: solid('#F6EEDD'), cornerRadius: 10 }),
      T('Plug in your books to see which accounts are running a tab.', 40, 110, 674, 15, 400, MUTED),
      btnFrame('Plug in books', 20, 240, 220, 52, HOP, go('pick'), { radius: 26 }),
    ]),
    F(gname('Frame'), 0, 640, 754, 120, { fills: solid('#FBE3C6'), cornerRadius: 18 }, [T('Connect with other brewers at the Hopline Meetup \u2014 Sept 14, Asheville', 20, 40, 700, 17, 600, INK)]),
  ], { itemSpacing: 24 }),
  chat(),
]);

const connections = F('Connections', x(10), 0, W, H, { fills: solid(FOAM), _key: 'connections' }, [
  status(),
  linkText('\u2039 Back', 32, 40, 100, HOP, back()),
  AL('VERTICAL', 40, 100, 754, 1000, [
    T('Your taps', 0, 0, 754, 30, 700, INK, fam),
    ...[['Square', 'Plugged in Apr 12 \u00b7 last pour 10:42 AM today'], ['Xero', 'Plugged in Apr 12 \u00b7 last pour 6:05 AM today']].map(([n, m], i) =>
      AL('HORIZONTAL', 0, 60 + i * 110, 754, 96, [
        logo(0, 18, 60, `b42c${i}`),
        AL('VERTICAL', 76, 18, 440, 60, [T(n, 0, 0, 440, 18, 700, INK), T(m, 0, 28, 440, 14, 400, MUTED)], { itemSpacing: 4 }),
        btnFrame('Unplug', 600, 24, 130, 44, '#FFFFFF', {}, { color: '#C62828', radius: 22 }),
      ], { fills: solid('#FFFFFF'), cornerRadius: 18, paddingLeft: 16 })),
  ], { itemSpacing: 16 }),
]);

const pricing = F('Pricing', x(11), 0, W, H, { fills: solid(FOAM), _key: 'pricing' }, [
  status(),
  AL('VERTICAL', 80, 120, 674, 900, [
    T('Pricing, on the level', 0, 0, 674, 36, 700, INK, fam),
    T('Taproom\u2003$49/mo\nDistro\u2003$149/mo\nRegional\u2003let\u2019s talk', 0, 70, 674, 22, 600, INK),
    T('Month to month. Cancel anytime.', 0, 200, 674, 16, 400, MUTED),
  ], { itemSpacing: 20 }),
]);

const flowPage = canvas('\ud83c\udf7a Onboarding flow (iPad)', [intro, signup, basics, crew, territories, plugin, pick, popoff, linked, home, connections, pricing]);

page(7);
const archive = canvas('Archive \u2014 don\u2019t use', [
  F('Plug in (old)', 0, 0, W, H, { fills: solid('#FFFFFF') }, [T('Connect your accounting software', 80, 200, 674, 30, 700, INK), btnFrame('Connect', 80, 300, 300, 56, HOP)]),
]);
page(8);
const cover = canvas('Cover', [F('Thumbnail', 0, 0, 1600, 960, { fills: solid(HOP) }, [T('Hopline \u00b7 Brewery onboarding', 100, 400, 1400, 72, 700, '#FFFFFF', fam), T('iPad \u00b7 v2 \u00b7 WIP', 100, 520, 800, 28, 400, '#FFF1DE')])]);

const { doc } = finish({ name: NAME, pages: [cover, flowPage, compPage, archive], components: { ...comps, ...tagComps }, componentSets: { ...sets, ...tagSets } });
write(new URL(`../${NAME}.json`, import.meta.url), doc);
console.log(NAME, countNodes(doc), 'nodes');

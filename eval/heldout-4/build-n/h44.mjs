// h44 — negative: a consumer meditation app, mobile 390x844. No business-software connection.
import {
  page, node, F, G, R, V, T, AL, go, back, close, url, solid, image, btnInstance, btnFrame, btnGroup,
  linkText, componentSet, canvas, finish, write, countNodes, gname,
} from './lib.mjs';

const NAME = 'h44-negative-meditation-app';
const W = 390;
const H = 844;
const INK = '#24203B';
const LAV = '#7C6CF2';
const SOFT = '#F4F1FF';
const MUTED = '#7D7896';
const serif = { family: 'Fraunces' };

page(21);
const [set, comps, sets, [PRIMARY, PRIMARY_PRESSED]] = componentSet('Button / Pill', 40, 40, [
  { name: 'Variant=Primary', label: 'Continue', bg: LAV, w: 342, h: 54 },
  { name: 'Variant=Primary pressed', label: 'Continue', bg: '#5F4FD6', w: 342, h: 54 },
], 'm44pill');
set.children[0].interactions = [{ trigger: { type: 'ON_PRESS' }, actions: [{ type: 'NODE', destinationId: PRIMARY_PRESSED, navigation: 'CHANGE_TO', transition: null }] }];
const compPage = canvas('Components', [set]);

page(22);
const X = (i) => i * (W + 100);
const sb = (light) => F(gname('Frame'), 0, 0, W, 44, {}, [T('9:41', 24, 14, 50, 15, 600, light ? '#FFFFFF' : INK)]);
const pill = (label, y, link) => btnInstance(PRIMARY, 'Button / Pill', label, 24, y, 342, 54, link);

const welcome = F('Welcome', X(0), 0, W, H, { fills: solid('#2B2550'), _key: 'welcome' }, [
  sb(true),
  linkText('Skip', 330, 56, 40, '#CFC8FF', go('signup')),
  R(gname('Rectangle'), 45, 120, 300, 300, { fills: image('m44moon'), cornerRadius: 150 }),
  T('Breathe in.\nLet the day go.', 24, 460, 342, 34, 600, '#FFFFFF', serif),
  T('\u2b50\u2b50\u2b50\u2b50\u2b50\u2002Loved by 8M people', 24, 580, 342, 15, 500, '#CFC8FF'),
  pill('Get started', 680, go('signup')),
]);

const signup = F('Sign up', X(1), 0, W, H, { fills: solid(SOFT), _key: 'signup' }, [
  sb(),
  AL('VERTICAL', 24, 90, 342, 700, [
    T('Create your space', 0, 0, 342, 28, 600, INK, serif),
    btnFrame('\uf8ff\u2002Continue with Apple', 0, 60, 342, 52, '#000000', go('goals'), { radius: 26 }),
    btnFrame('Continue with email', 0, 126, 342, 52, '#FFFFFF', go('goals'), { radius: 26, color: INK }),
    T('By continuing you agree to our Terms and Privacy Policy.', 0, 200, 342, 12, 400, MUTED),
  ], { itemSpacing: 14 }),
]);

const goals = F('Goals', X(2), 0, W, H, { fills: solid(SOFT), _key: 'goals' }, [
  sb(),
  AL('VERTICAL', 24, 90, 342, 700, [
    T('What brings you here?', 0, 0, 342, 26, 600, INK, serif),
    AL('VERTICAL', 0, 50, 342, 400, ['\ud83d\ude34\u2002Sleep better', '\ud83e\udde0\u2002Focus', '\ud83c\udf0a\u2002Less stress', '\ud83d\udc9b\u2002Be kinder to myself'].map((g, i) =>
      F(gname('Frame'), 0, i * 72, 342, 60, { fills: solid(i === 2 ? '#E4DEFF' : '#FFFFFF'), cornerRadius: 16, strokes: solid(i === 2 ? LAV : '#E6E2F5') }, [T(g, 18, 18, 300, 16, 500, INK)])), { itemSpacing: 12 }),
    pill('Continue', 500, go('health')),
  ], { itemSpacing: 20 }),
]);

const health = F('Apple Health', X(3), 0, W, H, { fills: solid(SOFT), _key: 'health' }, [
  sb(),
  AL('VERTICAL', 24, 110, 342, 700, [
    G(gname('Group'), 131, 0, 80, 80, [R(gname('Rectangle'), 0, 0, 80, 80, { fills: solid('#FFFFFF'), cornerRadius: 20 }), V('Heart', 20, 22, 40, 36, { fills: solid('#FF2D55') })]),
    T('Connect Apple Health', 0, 110, 342, 26, 600, INK, serif),
    T('Log your mindful minutes automatically and see how your sessions line up with your sleep.', 0, 160, 342, 16, 400, MUTED),
    pill('Connect Apple Health', 440, go('notify')),
    linkText('Not now', 150, 510, 80, LAV, go('notify')),
  ], { itemSpacing: 20 }),
]);

const notify = F('Reminders', X(4), 0, W, H, { fills: solid(SOFT), _key: 'notify' }, [
  sb(),
  AL('VERTICAL', 24, 110, 342, 700, [
    T('A gentle nudge?', 0, 0, 342, 26, 600, INK, serif),
    T('Pick a time and we\u2019ll remind you to pause.', 0, 44, 342, 16, 400, MUTED),
    F(gname('Frame'), 0, 100, 342, 160, { fills: solid('#FFFFFF'), cornerRadius: 20 }, [T('8:30 PM', 100, 54, 160, 40, 600, INK)]),
    pill('Turn on reminders', 440, go('paywall')),
    linkText('Maybe later', 140, 510, 120, LAV, go('paywall')),
  ], { itemSpacing: 20 }),
]);

const paywall = F('Paywall', X(5), 0, W, H, { fills: solid('#2B2550'), _key: 'paywall' }, [
  sb(true),
  V('Close', 340, 56, 20, 20, { fills: solid('#FFFFFF'), ...go('home') }),
  AL('VERTICAL', 24, 110, 342, 700, [
    T('Stillwater Premium', 0, 0, 342, 28, 600, '#FFFFFF', serif),
    T('\u2022 400+ guided sessions\n\u2022 Sleep stories, new every week\n\u2022 Offline downloads', 0, 50, 342, 16, 400, '#E4DEFF'),
    AL('HORIZONTAL', 0, 190, 342, 110, [
      F(gname('Frame'), 0, 0, 164, 110, { fills: solid('#FFFFFF'), cornerRadius: 16, strokes: solid(LAV) }, [T('Yearly\n$59.99\n$5/mo', 14, 14, 140, 15, 600, INK)]),
      F(gname('Frame'), 178, 0, 164, 110, { fills: solid('#3A3366'), cornerRadius: 16 }, [T('Monthly\n$12.99', 14, 14, 140, 15, 600, '#FFFFFF')]),
    ], { itemSpacing: 14 }),
    pill('Start my 7-day free trial', 360, go('home')),
    T('Premium \u2014 cancel anytime in the App Store.', 0, 430, 342, 13, 400, '#CFC8FF'),
  ], { itemSpacing: 18 }),
]);

const tab = (active) => AL('HORIZONTAL', 0, H - 82, W, 82, ['Today', 'Explore', 'Sleep', 'Me'].map((t, i) =>
  T(t, i * 97 + 28, 20, 60, 12, 600, t === active ? LAV : MUTED, t === 'Me' ? go('me') : t === 'Today' ? go('home') : {})), { fills: solid('#FFFFFF'), name: 'Tabs' });

const home = F('Today', X(6), 0, W, H, { fills: solid(SOFT), _key: 'home' }, [
  sb(),
  AL('VERTICAL', 24, 60, 342, 680, [
    AL('HORIZONTAL', 0, 0, 342, 40, [T('Good evening, Ana', 0, 6, 240, 22, 600, INK, serif), T('\ud83d\udd25 12', 290, 10, 50, 15, 700, '#F08C00')]),
    F(gname('Frame'), 0, 60, 342, 90, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [
      T('Sync your streak', 16, 16, 240, 15, 700, INK),
      T('Sign in on your iPad and watch to keep every day counted.', 16, 40, 250, 13, 400, MUTED),
      V('Vector', 300, 34, 24, 24, { fills: solid(LAV) }),
    ]),
    AL('VERTICAL', 0, 170, 342, 420, [['Evening wind-down', '10 min'], ['Body scan', '15 min'], ['Box breathing', '3 min']].map(([n, d], i) =>
      G(gname('Group'), 0, i * 130, 342, 120, [
        R(gname('Rectangle'), 0, 0, 342, 120, { fills: image(`m44s${i}`), cornerRadius: 18 }),
        T(n, 16, 70, 240, 17, 600, '#FFFFFF'), T(d, 16, 94, 100, 12, 500, '#FFFFFF'),
      ], i === 0 ? go('player') : {})), { itemSpacing: 10 }),
  ], { itemSpacing: 20 }),
  tab('Today'),
]);

const player = F('Player', X(7), 0, W, H, { fills: solid('#2B2550'), _key: 'player' }, [
  sb(true),
  V('Chevron down', 24, 56, 24, 24, { fills: solid('#FFFFFF'), ...back() }),
  node('ELLIPSE', gname('Ellipse'), 70, 200, 250, 250, { fills: solid(LAV, 0.4) }),
  T('Evening wind-down', 24, 500, 342, 24, 600, '#FFFFFF', serif),
  T('with Noor', 24, 540, 342, 14, 400, '#CFC8FF'),
  R(gname('Rectangle'), 24, 620, 342, 4, { fills: solid('#FFFFFF', 0.3), cornerRadius: 2 }),
  G(gname('Group'), 163, 680, 64, 64, [node('ELLIPSE', gname('Ellipse'), 0, 0, 64, 64, { fills: solid('#FFFFFF') }), V('Pause', 24, 22, 16, 20, { fills: solid(INK) })]),
]);

const me = F('Me', X(8), 0, W, H, { fills: solid(SOFT), _key: 'me' }, [
  sb(),
  AL('VERTICAL', 24, 70, 342, 680, [
    AL('HORIZONTAL', 0, 0, 342, 64, [node('ELLIPSE', gname('Ellipse'), 0, 0, 64, 64, { fills: image('m44ana') }), T('Ana Lima\n212 mindful minutes this month', 80, 10, 250, 15, 500, INK)], { itemSpacing: 16 }),
    AL('VERTICAL', 0, 90, 342, 400, [
      ['\ud83c\udf81\u2002Invite a friend \u2014 you both get a free month', go('invite', 'OVERLAY')],
      ['Apple Health', {}], ['Reminders', {}], ['Manage subscription', url('https://apps.apple.com/account/subscriptions')],
      ['Help & feedback', url('https://stillwater.app/help')], ['Sign out', {}],
    ].map(([l, k], i) => F(gname('Frame'), 0, i * 58, 342, 52, { fills: solid('#FFFFFF'), cornerRadius: 12, ...k }, [T(l, 16, 16, 300, 15, 500, INK)])), { itemSpacing: 6 }),
    linkText('Delete account', 0, 520, 200, '#E03131', {}, false, 14),
  ], { itemSpacing: 20 }),
  tab('Me'),
]);

const invite = F('Invite sheet', X(9), 380, W, 464, { fills: solid('#FFFFFF'), cornerRadius: 24, _key: 'invite' }, [
  AL('VERTICAL', 24, 30, 342, 400, [
    T('Share the calm', 0, 0, 342, 22, 600, INK, serif),
    T('Send a friend a free month of Premium. When they join, you get one too.', 0, 40, 342, 15, 400, MUTED),
    F(gname('Frame'), 0, 110, 342, 48, { fills: solid(SOFT), cornerRadius: 12 }, [T('stillwater.app/i/ana-7QX', 16, 14, 240, 15, 500, INK), T('Copy', 290, 14, 40, 15, 700, LAV)]),
    btnGroup('Share invite link', 0, 190, 342, 54, LAV, {}, { radius: 27 }),
    linkText('Close', 150, 270, 60, MUTED, close()),
  ], { itemSpacing: 16 }),
]);

const flowPage = canvas('Flows', [welcome, signup, goals, health, notify, paywall, home, player, me, invite], { _start: 'welcome', _startName: 'First run' });
page(23);
const cover = canvas('\ud83c\udf19 Cover', [F('Cover', 0, 0, 1600, 900, { fills: solid('#2B2550') }, [T('Stillwater \u2014 First run 2.0', 100, 380, 1200, 64, 600, '#FFFFFF', serif)])]);
page(24);
const archive = canvas('Archive', [F('Welcome (A/B old)', 0, 0, W, H, { fills: solid(SOFT) }, [T('Find your calm', 24, 400, 342, 28, 600, INK), btnFrame('Begin', 24, 700, 342, 54, LAV)])]);

const { doc } = finish({ name: NAME, pages: [cover, flowPage, compPage, archive], components: comps, componentSets: sets });
write(new URL(`../${NAME}.json`, import.meta.url), doc);
console.log(NAME, countNodes(doc), 'nodes');

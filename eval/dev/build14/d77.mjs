// d77 — negative: a cycling-club app (mobile 390x844). Connects a fitness tracker and bike computers, no business software.
import { createBuilder, WRITTEN_BY, ALL_IDS } from './lib.mjs';

export const NAME = 'd77-negative-cycling-club';

export function build() {
  const b = createBuilder();
  const { frame, auto, text, rect, vector, ellipse, group, instance, component, go, back, close, url,
    btnFrame, btnGroup, link, search, logo, field, spinner, statusBar } = b;
  const W = 390; const H = 844;
  const RED = '#d7263d'; const INK = '#1b1b1e';

  b.setPage(7, 2);
  const pill = component('Btn', 20, 20, 342, 52, { fill: RED, radius: 26 }, [text('Label', 20, 16, 302, 20, { size: 16, weight: 700, color: '#ffffff', align: 'CENTER' })]);
  const rideC = component('Ride card', 400, 20, 342, 120, { fill: '#ffffff', radius: 16 }, [text('Ride', 16, 16, 300, 20, { size: 16, weight: 600 })]);
  const comps = b.canvas('7:1', 'Components', [frame('Frame 1', 0, 0, 800, 200, { fill: '#ffffff' }, [pill, rideC])]);
  const Pill = (label, x, y) => instance(pill.id, 'Btn', x, y, 342, 52, {}, [text(label, 20, 16, 302, 20, { size: 16, weight: 700, color: '#ffffff', align: 'CENTER' })]);

  b.setPage(11, 3);
  const ids = {};
  for (const k of ['welcome', 'signup', 'club', 'strava', 'bikecomp', 'feed', 'membership', 'help', 'settings', 'apps']) ids[k] = b.nid();
  const scr = (name, id, x, y, kids, bg = '#ffffff') => frame(name, x, y, W, H, { id, fill: bg }, [statusBar(W), ...kids]);
  const tabs = () => frame('Tab bar', 0, H - 84, W, 84, { fill: '#ffffff', stroke: '#eeeeee' }, [
    auto('Frame 5', 'H', 16, 8, 358, 52, ['Rides', 'Club', 'Me'].map((t) => {
      const g = group('Group 6', 0, 0, 110, 52, [vector('Vector', 43, 4, 24, 24, { fill: '#8a8a8e' }), text(t, 0, 32, 110, 16, { size: 11, align: 'CENTER' })]);
      go(g, { Rides: ids.feed, Club: ids.settings, Me: ids.apps }[t]);
      return g;
    }), { gap: 14 }),
  ]);

  const join = Pill('Join your club', 24, 700);
  go(join, ids.signup);
  const welcome = scr('Welcome', ids.welcome, 0, 0, [
    rect('Rectangle 2', 0, 0, W, 460, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'peloton0001' }] }),
    text('Ride together.\nEvery Sunday.', 24, 490, 342, 80, { size: 32, weight: 800, color: INK }),
    text('Trusted by 40,000 riders across 600 clubs', 24, 590, 342, 20, { size: 14, color: '#555555' }),
    text('\u2605\u2605\u2605\u2605\u2605  4.8 on the App Store', 24, 620, 342, 20, { size: 13, color: '#555555' }),
    join,
  ]);

  const su = Pill('Create account', 24, 560);
  go(su, ids.club);
  const signup = scr('Sign up', ids.signup, 490, 0, [
    back(vector('Back', 16, 60, 10, 18, { fill: INK })),
    text('Create your rider account', 24, 100, 342, 34, { size: 26, weight: 700 }),
    auto('Frame 20', 'V', 24, 160, 342, 360, [field('Name', 'Tom Arkwright', 0, 0, 342), field('Email', 'tom.ark@fastmail.com', 0, 80, 342), field('Password', '••••••••', 0, 160, 342)], { gap: 14 }),
    su,
  ]);

  const pick = frame('Frame 31', 0, 0, 342, 72, { fill: '#ffffff', radius: 14, stroke: '#e6e6e6' }, [logo('Rectangle 32', 12, 12, 48, 'clubbadge01'), text('Calder Valley Wheelers', 72, 16, 250, 20, { size: 16, weight: 600 }), text('Hebden Bridge · 212 members', 72, 40, 250, 16, { size: 12, color: '#777777' })]);
  go(pick, ids.strava);
  const club = scr('Find your club', ids.club, 980, 0, [
    text('Find your club', 24, 70, 342, 34, { size: 26, weight: 700 }),
    search('Search clubs or towns', 24, 120, 342),
    auto('Frame 30', 'V', 24, 180, 342, 500, [pick,
      frame('Frame 33', 0, 0, 342, 72, { fill: '#ffffff', radius: 14, stroke: '#e6e6e6' }, [logo('Rectangle 34', 12, 12, 48, 'clubbadge02'), text('Link Road Riders CC', 72, 16, 250, 20, { size: 16, weight: 600 }), text('Leeds · 88 members', 72, 40, 250, 16, { size: 12, color: '#777777' })]),
      frame('Frame 35', 0, 0, 342, 72, { fill: '#ffffff', radius: 14, stroke: '#e6e6e6' }, [logo('Rectangle 36', 12, 12, 48, 'clubbadge03'), text('Pennine Connect Velo', 72, 16, 250, 20, { size: 16, weight: 600 }), text('Todmorden · 54 members', 72, 40, 250, 16, { size: 12, color: '#777777' })]),
    ], { gap: 10 }),
  ], '#f6f6f6');

  const cs = btnFrame('Connect Strava', 24, 600, 342, 52, { bg: '#fc4c02', r: 26, n: 41 });
  go(cs, ids.bikecomp);
  const skip = link('Skip for now', 140, 676, 120, { color: '#777777' });
  go(skip, ids.feed);
  const strava = scr('Strava', ids.strava, 1470, 0, [
    group('Group 40', 135, 140, 120, 120, [ellipse('Ellipse 4', 0, 0, 120, 120, { fill: '#fff0e8' }), vector('Strava logo', 30, 30, 60, 60, { fill: '#fc4c02' })]),
    text('Bring your rides with you', 24, 300, 342, 34, { size: 24, weight: 700, align: 'CENTER' }),
    text('Connect Strava so your club rides count towards the winter mileage league. You\u2019ll hop over to Strava to say yes, then come straight back.', 24, 344, 342, 88, { size: 15, color: '#555555', align: 'CENTER' }),
    text('We only see rides tagged with your club. Disconnect whenever you like.', 24, 450, 342, 44, { size: 13, color: '#777777', align: 'CENTER' }),
    cs, skip,
  ]);

  const done = Pill('Done', 24, 720);
  go(done, ids.feed);
  const dev = (nm, ref) => frame('Frame 51', 0, 0, 342, 64, { fill: '#ffffff', radius: 14 }, [logo('Rectangle 52', 12, 12, 40, ref), text(nm, 64, 22, 200, 20, { size: 15, weight: 600 }), text('Pair', 290, 22, 40, 20, { size: 14, weight: 600, color: RED })]);
  const bikecomp = scr('Link your bike computer', ids.bikecomp, 1960, 0, [
    text('Link your bike computer', 24, 70, 342, 34, { size: 24, weight: 700 }),
    text('Routes you plan in the club app appear on your head unit.', 24, 110, 342, 40, { size: 14, color: '#555555' }),
    auto('Frame 50', 'V', 24, 170, 342, 400, [dev('Garmin Edge', 'garmin0001'), dev('Wahoo ELEMNT', 'wahoo00001'), dev('Hammerhead Karoo', 'karoo00001')], { gap: 10 }),
    done,
  ], '#f6f6f6');

  const sync = btnGroup('\u21BB Sync rides', 230, 60, 136, 36, { bg: '#f1f1f1', fg: INK, r: 18, n: 61 });
  const rc = (t, s) => instance(rideC.id, 'Ride card', 0, 0, 342, 120, {}, [text(t, 16, 16, 300, 20, { size: 16, weight: 600 }), text(s, 16, 44, 300, 18, { size: 13, color: '#777777' }), rect('Map', 16, 70, 310, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'maptile001' }], radius: 8 })]);
  const feed = scr('Rides', ids.feed, 0, 1000, [
    text('Club rides', 24, 60, 200, 34, { size: 26, weight: 700 }),
    sync,
    group('Group 62', 24, 110, 200, 24, [spinner(0, 0, 20), text('Syncing rides\u2026', 28, 2, 160, 18, { size: 13, color: '#777777' })]),
    auto('Frame 60', 'V', 24, 150, 342, 560, [rc('Sunday social \u2014 Cragg Vale', '62 km · 1,140 m · 14 riders'), rc('Wednesday chaingang', '41 km · 380 m · 9 riders'), rc('Café ride: Hebden \u2192 Haworth', '48 km · 820 m · 21 riders')], { gap: 12 }),
    tabs(),
  ], '#f6f6f6');

  const sub = Pill('Become a member \u2014 £4/month', 24, 640);
  close(sub);
  const membership = scr('Membership', ids.membership, 490, 1000, [
    back(vector('Back', 16, 60, 10, 18, { fill: INK })),
    text('Club membership', 24, 100, 342, 34, { size: 26, weight: 700 }),
    frame('Frame 70', 24, 150, 342, 200, { fill: '#fff4f5', radius: 16 }, [
      text('\u201CJoining got me out of the house every Sunday. Best £4 I spend.\u201D', 20, 20, 302, 80, { size: 16, weight: 500 }),
      text('\u2014 Aisha, Calder Valley Wheelers', 20, 110, 302, 18, { size: 13, color: '#777777' }),
    ]),
    text('Trusted by 40,000 riders', 24, 380, 342, 20, { size: 14, weight: 600 }),
    text('Insurance on club rides, kit discounts and the winter league.\nMembership \u2014 cancel anytime.', 24, 410, 342, 60, { size: 14, color: '#555555' }),
    sub,
  ]);

  const help = scr('Help', ids.help, 980, 1000, [
    back(vector('Back', 16, 60, 10, 18, { fill: INK })),
    text('Help', 24, 100, 342, 34, { size: 26, weight: 700 }),
    auto('Frame 80', 'V', 24, 150, 342, 400, ['Why didn\u2019t my ride show up?', 'How does the winter league work?', 'Can I ride as a guest?', 'Pairing a Garmin'].map((q) => frame('Frame 81', 0, 0, 342, 56, { fill: '#ffffff', radius: 12 }, [text(q, 16, 18, 290, 20, { size: 15 }), vector('Chevron', 318, 22, 8, 12, { fill: '#999999' })])), { gap: 8 }),
    url(link('Email the club secretary', 24, 600, 250, { under: true }), 'mailto:secretary@cvwheelers.org.uk'),
  ], '#f6f6f6');

  const mem = frame('Frame 91', 0, 0, 342, 56, { fill: '#ffffff', radius: 12 }, [text('Membership', 16, 18, 290, 20, { size: 15 })]);
  go(mem, ids.membership);
  const hlp = frame('Frame 92', 0, 0, 342, 56, { fill: '#ffffff', radius: 12 }, [text('Help', 16, 18, 290, 20, { size: 15 })]);
  go(hlp, ids.help);
  const settings = scr('Club', ids.settings, 1470, 1000, [
    text('Calder Valley Wheelers', 24, 60, 342, 30, { size: 22, weight: 700 }),
    auto('Frame 90', 'V', 24, 110, 342, 300, [mem, hlp, frame('Frame 93', 0, 0, 342, 56, { fill: '#ffffff', radius: 12 }, [text('Ride etiquette', 16, 18, 290, 20, { size: 15 })])], { gap: 8 }),
    text('Leave club', 24, 460, 200, 20, { size: 15, weight: 600, color: RED }),
    tabs(),
  ], '#f6f6f6');

  const apps = scr('Me / Connected apps', ids.apps, 1960, 1000, [
    text('Connected apps', 24, 60, 342, 30, { size: 22, weight: 700 }),
    auto('Frame 100', 'V', 24, 110, 342, 300, [
      frame('Frame 101', 0, 0, 342, 76, { fill: '#ffffff', radius: 12 }, [logo('Rectangle 102', 12, 14, 48, 'strava0001'), text('Strava', 72, 14, 200, 20, { size: 15, weight: 600 }), text('Connected ✓ · last synced 10:42', 72, 40, 250, 16, { size: 12, color: '#777777' })]),
      frame('Frame 103', 0, 0, 342, 76, { fill: '#ffffff', radius: 12 }, [logo('Rectangle 104', 12, 14, 48, 'garmin0001'), text('Garmin Edge 840', 72, 14, 200, 20, { size: 15, weight: 600 }), text('Paired', 72, 40, 250, 16, { size: 12, color: '#777777' })]),
    ], { gap: 8 }),
    text('Disconnect Strava', 24, 330, 200, 20, { size: 14, weight: 600, color: RED }),
    text('Sync now', 24, 370, 200, 20, { size: 14, weight: 600, color: RED }),
    tabs(),
  ], '#f6f6f6');

  const flow = b.canvas('11:1', 'App', [welcome, signup, club, strava, bikecomp, feed, membership, help, settings, apps],
    { starts: [{ nodeId: ids.welcome, name: 'First run' }] });
  b.setPage(0, 2);
  const cover = b.canvas('0:1', 'Cover', [frame('Cover', 0, 0, 1440, 900, { fill: RED }, [text('Wheelers app', 100, 380, 1000, 80, { size: 64, weight: 800, color: '#ffffff' })])]);

  const doc = b.documentOf('Wheelers \u2014 club app', [cover, flow, comps], '2026-05-09T07:55:40Z');
  const truth = {
    file: `${NAME}.json`, kind: 'negative', writtenBy: WRITTEN_BY,
    description: 'A consumer cycling-club phone app: welcome, sign-up, club finder, a Strava link, bike-computer pairing, a rides feed with a sync button, membership, help, club settings and connected apps. Nothing connects a business\u2019s accounting, banking or commerce software.',
    present: [], absent: [...ALL_IDS],
    notes: {
      'funnel.cta-visible': '"Connect Strava" is a personal fitness link, not a business-software connection.',
      'funnel.social-proof': '"Trusted by 40,000 riders" and a rider quote sell club membership, not a data connection.',
      'privacy.statistics': 'The rider count is marketing for the club app, not a figure about trusted connections or encryption.',
      'privacy.disconnect-anytime': '"Disconnect whenever you like" is about Strava; "cancel anytime" is about membership.',
      'platform.explain-redirect': 'The hop to Strava is a consumer fitness authorisation, not a platform-selection flow.',
      'platform.search': 'The search field finds clubs, not integrations.',
      'privacy.support-contacts': 'Help is an FAQ plus a club secretary email, unrelated to connecting software.',
      'connection.view-live': 'Connected apps lists Strava and a Garmin, not business software.',
      'connection.delete': '"Leave club" and "Disconnect Strava" are look-alikes.',
      'connection.refresh': '"Sync rides"/"Sync now" refresh ride data.',
      'connection.syncing-indicator': 'The spinner is for rides.',
      'platform.accurate-branding': 'Club names containing "Link" and "Connect" are look-alikes.',
    },
    flow: { startFrameId: ids.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  return { doc, truth, connectFrames: [], signupFrame: ids.signup };
}

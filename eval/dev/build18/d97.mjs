// d97 — negative: a fantasy-football app (iPhone 390x844, UK). Nothing connects business software.
import { F, G, R, V, E, T, I, node, btnFrame, btnGroup, btnInst, checkbox, search, logo, pill, statusBar, finalize, writeOut, WRITER } from './lib.mjs';

export const NAME = 'd97-negative-fantasy-football';
export const connectFrames = [];

const W = 390; const H = 844;
const pitch = '#0B3D2E'; const lime = '#B6F23A'; const muted = '#7A8A84'; const white = '#FFFFFF';
let col = 0;
const scr = (key, name, kids, o = {}) => F(name, (col++) * 470, 0, W, H, { key, fill: '#0F1714', ...o }, [statusBar(W), ...kids]);

function tabs(active) {
  const items = [['My team', 'squad'], ['Live', 'live'], ['Leagues', 'leagues'], ['More', 'settings']];
  return F('Auto layout', 0, H - 84, W, 84, { fill: '#0A110E', layout: 'HORIZONTAL', px: 8 }, items.map(([t, to], k) => F('Frame ' + (90 + k), 8 + k * 94, 8, 94, 50, { layout: 'VERTICAL', gap: 4, to: to !== active ? to : undefined }, [
    V('Vector', 35, 4, 24, 24, { fill: to === active ? lime : '#5C6B65' }), T(t, 0, 32, 94, 16, { size: 11, align: 'CENTER', color: to === active ? lime : '#8A9A94' }),
  ])));
}

function build() {
  const cover = [F('Cover', 0, 0, 1920, 1080, { fill: pitch }, [T('Gaffer — fantasy football', 120, 400, 1400, 90, { size: 76, weight: 700, color: white }), T('2026/27 season · app refresh', 120, 510, 900, 40, { size: 30, color: lime })])];
  const comps = [
    node('COMPONENT_SET', 'Button', 0, 0, 460, 140, { stroke: '#9747FF', radius: 5 }, [
      node('COMPONENT', 'Variant=Lime', 20, 20, 200, 48, { key: 'c_lime', fill: lime, radius: 24, links: [['c_lime_p', 'CHANGE_TO']] }, [T('Label', 12, 14, 176, 20, { size: 16, weight: 700, color: pitch, align: 'CENTER' })]),
      node('COMPONENT', 'Variant=Pressed', 240, 20, 200, 48, { key: 'c_lime_p', fill: '#98D11F', radius: 24 }, [T('Label', 12, 14, 176, 20, { size: 16, weight: 700, color: pitch, align: 'CENTER' })]),
    ]),
    node('COMPONENT', 'Player card', 0, 200, 358, 64, { key: 'c_player', fill: '#16211C', radius: 12 }, []),
  ];

  const splash = scr('splash', 'Splash', [
    R('Rectangle 1', 0, 0, W, 520, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'st4d1um' }] }),
    T('Pick. Captain.\nGloat.', 24, 540, 342, 80, { size: 32, weight: 800, color: white }),
    T('⭐ Trusted by 2M managers every gameweek', 24, 632, 342, 20, { size: 14, color: lime }),
    btnInst('Create my team', 'c_lime', 24, 690, 342, 52, { bg: lime, radius: 26, fg: pitch, to: 'signup' }),
    T('I already have an account', 24, 760, 342, 20, { size: 15, color: muted, align: 'CENTER' }),
  ]);

  const field = (label, val, y, n) => F('Frame ' + n, 24, y, 342, 72, { layout: 'VERTICAL', gap: 6 }, [
    T(label, 0, 0, 342, 18, { size: 13, color: muted }),
    F('Frame ' + (n + 1), 0, 24, 342, 48, { fill: '#16211C', radius: 12, layout: 'HORIZONTAL', px: 14 }, [T(val, 14, 14, 314, 20, { size: 16, color: val.startsWith('e.g') ? '#5C6B65' : white })]),
  ]);
  const signup = scr('signup', 'Sign up', [
    V('Vector', 20, 58, 12, 20, { fill: white, actions: [{ type: 'BACK' }] }),
    T('Name your club', 24, 100, 342, 36, { size: 28, weight: 800, color: white }),
    field('Team name', 'e.g. Kante Touch This', 160, 10),
    field('Email', 'e.g. tom.b@gmail.com', 248, 12),
    field('Favourite club', 'Brentford', 336, 14),
    btnFrame('Kick off', 24, 700, 342, 52, { n: 20, bg: lime, fg: pitch, radius: 26, to: 'friends' }),
  ]);

  const friends = scr('friends', 'Connect with friends', [
    T('Connect with friends', 24, 70, 342, 34, { size: 26, weight: 800, color: white }),
    T('Find mates already playing and start a mini-league. We only check numbers — we don’t upload your contacts.', 24, 112, 342, 60, { size: 15, color: muted }),
    F('Auto layout', 24, 196, 342, 280, { layout: 'VERTICAL', gap: 10 }, ['Jamie R.', 'Sophie K.', 'Dev P.', 'Aunty Bola'].map((n, k) =>
      F('Frame ' + (30 + k), 0, k * 66, 342, 56, { fill: '#16211C', radius: 12, layout: 'HORIZONTAL', gap: 12, px: 12 }, [
        E('Avatar', 12, 8, 40, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'av' + k }] }),
        T(n, 64, 18, 180, 20, { size: 15, weight: 600, color: white }),
        btnGroup('Add', 262, 12, 68, 32, { n: 40 + k, bg: lime, fg: pitch, radius: 16, size: 13 }),
      ]))),
    btnInst('Sync my contacts', 'c_lime', 24, 640, 342, 52, { bg: lime, fg: pitch, radius: 26 }),
    T('Skip for now', 24, 710, 342, 20, { size: 15, color: muted, align: 'CENTER', to: 'sky' }),
  ]);

  const sky = scr('sky', 'Link your Sky account', [
    logo('sky01', 24, 70, 56, { radius: 14 }),
    T('Link your Sky account', 24, 144, 342, 34, { size: 26, weight: 800, color: white }),
    T('Get live goal alerts with clips from Sky Sports and watch highlights in the app. You’ll be taken to Sky to sign in, then sent back to Gaffer.', 24, 186, 342, 80, { size: 15, color: muted }),
    F('Frame 50', 24, 290, 342, 44, { layout: 'HORIZONTAL', gap: 12 }, [checkbox(0, 2, { stroke: muted }), T('Send me Sky Sports offers by email', 32, 2, 300, 20, { size: 14, color: white })]),
    btnFrame('Link Sky account', 24, 640, 342, 52, { n: 52, bg: '#0072C9', radius: 26, actions: [{ type: 'URL', url: 'https://www.sky.com/signin' }] }),
    T('Not a Sky customer', 24, 710, 342, 20, { size: 15, color: muted, align: 'CENTER', to: 'squad' }),
  ]);

  const player = (n, club, pos, price, y) => I('Player card', 'c_player', 0, y, 342, 60, { fill: '#16211C', radius: 12 }, [
    R('Shirt', 12, 10, 40, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'sh' + club.slice(0, 3) }], radius: 8 }),
    T(n, 64, 12, 180, 18, { size: 15, weight: 600, color: white }), T(club + ' · ' + pos, 64, 32, 180, 16, { size: 12, color: muted }),
    T(price, 270, 20, 60, 18, { size: 14, weight: 700, color: lime, align: 'RIGHT' }),
  ]);
  const squad = scr('squad', 'Pick squad', [
    T('Pick your 15', 24, 60, 220, 32, { size: 24, weight: 800, color: white }),
    T('£100.0m left', 250, 68, 116, 18, { size: 13, color: lime, align: 'RIGHT' }),
    F('Frame 60', 24, 104, 342, 6, { fill: '#16211C', radius: 3 }, [R('Rectangle 61', 0, 0, 0, 6, { fill: lime, radius: 3 })]),
    T('0 / 15 players', 24, 116, 200, 16, { size: 12, color: muted }),
    search('Search players or clubs', 24, 144, 342, 44, { name: 'Frame 62', fill: '#16211C' }),
    F('Frame 63', 24, 200, 342, 36, { fill: '#16211C', radius: 18, layout: 'HORIZONTAL', px: 4 }, ['GK', 'DEF', 'MID', 'FWD'].map((p, k) => F('Frame ' + (64 + k), 4 + k * 84, 4, 80, 28, { fill: k === 2 ? lime : undefined, radius: 14 }, [T(p, 0, 5, 80, 18, { size: 13, weight: 700, align: 'CENTER', color: k === 2 ? pitch : white })]))),
    F('Auto layout', 24, 252, 342, 420, { layout: 'VERTICAL', gap: 8 }, [
      player('B. Saka', 'Arsenal', 'MID', '£10.5m', 0), player('C. Palmer', 'Chelsea', 'MID', '£11.0m', 68), player('M. Salah', 'Liverpool', 'MID', '£13.0m', 136),
      player('B. Mbeumo', 'Man Utd', 'MID', '£8.0m', 204), player('E. Eze', 'Arsenal', 'MID', '£7.5m', 272), player('J. Bowen', 'West Ham', 'MID', '£7.5m', 340),
    ]),
    tabs('squad'),
  ]);

  const live = scr('live', 'Live', [
    T('Gameweek 7 · Live', 24, 60, 342, 30, { size: 22, weight: 800, color: white }),
    G('Group 70', 24, 100, 180, 24, [E('Spinner', 0, 2, 20, 20, { stroke: lime, sw: 3, fills: [] }), T('Syncing scores…', 28, 2, 150, 20, { size: 14, color: lime })]),
    T('62 pts', 24, 140, 342, 60, { size: 52, weight: 800, color: white }),
    F('Auto layout', 24, 220, 342, 420, { layout: 'VERTICAL', gap: 8 }, [['ARS 2–1 NEW', '78′'], ['CHE 0–0 BHA', '64′'], ['LIV 3–0 BOU', 'FT'], ['MUN 1–1 TOT', '41′']].map(([m, t], k) =>
      F('Frame ' + (71 + k), 0, k * 64, 342, 56, { fill: '#16211C', radius: 12, layout: 'HORIZONTAL', px: 14 }, [T(m, 14, 18, 200, 20, { size: 16, weight: 700, color: white }), pill(t, 270, 17, 56, '#24352D', lime)]))),
    T('Pro: cancel anytime', 24, 690, 342, 20, { size: 14, color: lime, align: 'CENTER', to: 'pro' }),
    tabs('live'),
  ]);

  const pro = scr('pro', 'Gaffer Pro', [
    V('Close', 346, 56, 20, 20, { fill: white, actions: [{ type: 'CLOSE' }] }),
    T('Gaffer Pro', 24, 100, 342, 40, { size: 32, weight: 800, color: lime }),
    T('• Ad-free\n• Player form heatmaps\n• Unlimited mini-leagues\n• Priority chip reminders', 24, 160, 342, 110, { size: 17, color: white }),
    T('“Won my work league for the first time in six years.” — @ThiagoSilvaFan', 24, 300, 342, 44, { size: 14, color: muted }),
    btnInst('£2.99/month — cancel anytime', 'c_lime', 24, 660, 342, 52, { bg: lime, fg: pitch, radius: 26, to: 'squad' }),
    T('Restore purchase', 24, 728, 342, 20, { size: 14, color: muted, align: 'CENTER' }),
  ]);

  const leagues = scr('leagues', 'Leagues', [
    T('Leagues', 24, 60, 250, 32, { size: 24, weight: 800, color: white }),
    T('↻ Refresh', 276, 68, 90, 18, { size: 14, color: lime, align: 'RIGHT' }),
    F('Auto layout', 24, 110, 342, 420, { layout: 'VERTICAL', gap: 8 }, [['Office Legends', '3rd of 14'], ['Brentford Bees Global', '41,208th'], ['Sunday Five-a-side', '1st of 8']].map(([n, r], k) =>
      F('Frame ' + (80 + k), 0, k * 72, 342, 64, { fill: '#16211C', radius: 12, layout: 'VERTICAL', gap: 4, px: 14, py: 12 }, [T(n, 14, 12, 300, 20, { size: 16, weight: 700, color: white }), T(r, 14, 36, 300, 16, { size: 13, color: muted })]))),
    btnGroup('Invite friends to a league', 24, 600, 342, 48, { n: 85, bg: '#24352D', fg: lime, radius: 24, to: 'friends' }),
    tabs('leagues'),
  ]);

  const settings = scr('settings', 'More', [
    T('More', 24, 60, 342, 32, { size: 24, weight: 800, color: white }),
    F('Auto layout', 24, 110, 342, 400, { layout: 'VERTICAL', gap: 1 }, [['Notifications', null], ['Linked accounts (Sky, Apple)', 'sky'], ['Help & rules', 'help'], ['Gaffer Pro', 'pro'], ['Privacy', null]].map(([t, to], k) =>
      F('Frame ' + (100 + k), 0, k * 57, 342, 56, { fill: '#16211C', layout: 'HORIZONTAL', px: 14, to: to ?? undefined }, [T(t, 14, 18, 280, 20, { size: 15, color: white }), V('chevron', 318, 22, 8, 12, { fill: muted })]))),
    T('Delete team', 24, 560, 342, 20, { size: 15, color: '#FF5A5A' }),
    T('Log out', 24, 596, 342, 20, { size: 15, color: muted }),
    tabs('settings'),
  ]);

  const help = scr('help', 'Help', [
    V('Vector', 20, 58, 12, 20, { fill: white, actions: [{ type: 'BACK' }] }),
    T('Help', 24, 100, 342, 32, { size: 24, weight: 800, color: white }),
    F('Auto layout', 24, 150, 342, 300, { layout: 'VERTICAL', gap: 1 }, ['How are points scored?', 'When is the transfer deadline?', 'What do chips do?', 'Why haven’t my bonus points updated?'].map((q, k) =>
      F('Frame ' + (120 + k), 0, k * 57, 342, 56, { fill: '#16211C', layout: 'HORIZONTAL', px: 14 }, [T(q, 14, 18, 300, 20, { size: 15, color: white })]))),
    T('Still stuck? Message us on X @GafferFPL', 24, 500, 342, 20, { size: 14, color: lime }),
  ]);

  const archive = [F('Old splash', 0, 0, W, H, { fill: pitch }, [T('Link up with your league', 24, 300, 342, 30, { size: 22, color: white })])];

  return finalize({ name: 'Gaffer — iOS 2026/27', lastModified: '2026-07-29T19:12:44Z', version: '5611092006' }, [
    { name: 'Cover', children: cover },
    { name: 'iOS screens', children: [splash, signup, friends, sky, squad, live, pro, leagues, settings, help], start: 'splash', startMode: 'flow' },
    { name: 'Components', children: comps },
    { name: 'Archive', children: archive },
  ]);
}

export function run() {
  const { doc, id, count } = build();
  const all = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    file: NAME + '.json', kind: 'negative', writtenBy: WRITER,
    description: 'Negative: a consumer fantasy-football iPhone app (splash, team sign-up, "Connect with friends", "Link your Sky account", squad picker with player search and position tabs, live scores "Syncing scores…", Pro paywall "cancel anytime", leagues with refresh, More with "Delete team", Help). No accounting, banking or commerce software is connected.',
    present: [],
    absent: all,
    notes: {
      'funnel.social-proof': 'Left unlabelled: "Trusted by 2M managers" and a Pro quote are genuine consumer social proof, but not about connecting business software.',
      'privacy.statistics': 'Left unlabelled: "2M managers" is a user count, not a data-security figure.',
      'platform.explain-redirect': 'The Sky screen explains a sign-in redirect, but for a TV account, not business software.',
      'privacy.consent-action': 'The only tick box opts into marketing email.',
      'platform.search': 'The search field searches football players.',
      'platform.grouped-categories': 'GK/DEF/MID/FWD tabs are player positions.',
      'connection.syncing-indicator': '"Syncing scores…" is live match data.',
      'connection.delete': '"Delete team" deletes the fantasy team.',
      'connection.refresh': '"↻ Refresh" reloads league tables.',
      'platform.non-linear': '"Invite friends to a league" / "Skip for now" are social features.',
      'value.progress-meter': '"0 / 15 players" counts squad picks.',
      'privacy.support-contacts': 'Help offers only an X handle, for game questions.',
      'value.faq-link': 'Help FAQs are game rules.',
    },
    flow: { startFrameId: id('splash'), connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  writeOut(NAME, doc, truth);
  return { name: NAME, count, truth };
}

// d92 — negative: a team-chat app for small businesses, desktop 1280x832. No accounting, banking or commerce connection.
import { reseed, idPage, gname, T, R, F, G, col, row, go, act, btnI, btnF, btnG, link, logo, logoV, divider, canvas, finish, comp, compNode, compMap, field, card, spinner, checkbox } from './lib.mjs';

reseed(92);
const W = 1280; const H = 832; const ZW = '\u200B';
const plum = '#5B2A86'; const ink = '#1B1530';

idPage(3, 7);
const btn = comp('cta/primary', 'Primary');
const av = comp('Avatar', 'Round avatar');
const componentsPage = canvas(3, 'Components', [
  compNode(btn, 0, 0, 200, 44, { fill: plum, radius: 8 }, [T('Button', 16, 12, 168, { size: 14, weight: 600, color: '#FFFFFF', h: 20, align: 'CENTER' })]),
  compNode(av, 240, 0, 32, 32, { fill: '#E0D4F0', radius: 16 }),
]);
const components = compMap([btn, av]);
const primary = (label, w, key) => { const n = btnI(label, 0, 0, w, 44, btn, { fill: plum, radius: 8, size: 14 }); return key ? go(n, key) : n; };
const avatar = () => ({ ...F('Avatar', 0, 0, 32, 32, { fill: '#E0D4F0', radius: 16 }), type: 'INSTANCE', componentId: av.id });

idPage(5, 100);
let i = 0;
const scr = (name, key, kids) => { const x = (i % 5) * (W + 100); const y = Math.floor(i / 5) * (H + 200); i++; return F(name, x, y, W, H, { fill: '#FFFFFF', clip: true, key }, kids); };
const brand = () => row(gname('Frame'), 0, 0, [logoV(0, 0, 26, plum, { radius: 8 }), T('Parley', 0, 0, 90, { size: 18, weight: 800, color: ink, h: 26 })], { gap: 8 });
const centre = (kids, w = 520, y = 110) => col('Auto layout', (W - w) / 2, y, w, kids, { gap: 18 });
const h1 = (s) => T(s, 0, 0, 520, { size: 28, weight: 700, color: ink });
const sub = (s) => T(s, 0, 0, 520, { size: 15, color: '#5E5873' });

const signup = scr('Sign up', 'signup', [
  F(gname('Frame'), 0, 0, 560, H, { fill: '#F3EEFA' }, [
    col('Auto layout', 60, 140, 440, [
      T('Where small teams actually talk', 0, 0, 440, { size: 32, weight: 700, color: ink }),
      T('Channels, threads and huddles without the noise.', 0, 0, 440, { size: 16, color: '#5E5873' }),
      T('Trusted by 30,000 teams', 0, 0, 440, { size: 14, weight: 700, color: plum }),
      F(gname('Frame'), 0, 0, 440, 130, { fill: '#FFFFFF', radius: 12 }, [
        T('“We dropped three group texts and a whiteboard. Shift swaps happen in one channel now.”', 20, 18, 400, { size: 14, color: ink }),
        T('— Lena Ortiz, owner, Ortiz Family Bakery', 20, 92, 400, { size: 12, color: '#5E5873' }),
      ]),
    ], { gap: 20 }),
  ]),
  col('Auto layout', 700, 160, 440, [brand(), T('Create your account', 0, 0, 440, { size: 26, weight: 700, color: ink }),
    field('Work email', 'sam@brightsidecleaning.com', 440), field('Password', '••••••••••', 440),
    primary('Get started', 440, 'workspace'),
    go(link('See pricing', 0, 0, 120, { size: 13 }), 'pricing'),
  ]),
]);
const workspace = scr('Create workspace', 'workspace', [centre([brand(), h1('Name your workspace'),
  field('Workspace name', 'Brightside Cleaning Co.', 520), field('Workspace URL', 'brightside.parley.chat', 520),
  primary('Continue', 520, 'invite')])]);
const invite = scr('Invite your team', 'invite', [centre([brand(), h1('Invite your team'), sub('Parley is better with company. Add a few teammates to get going.'),
  field('Email addresses', 'maria@brightsidecleaning.com, dev@brightsidecleaning.com', 520, { h: 64 }),
  row(gname('Frame'), 0, 0, [primary('Send invites', 250, 'calendar'), go(btnF('Skip for now', 0, 0, 250, 44, { fill: '#FFFFFF', color: plum, stroke: '#D6C8EA', radius: 8 }), 'calendar')], { gap: 20 }),
])]);
const calendar = scr('Calendar', 'calendar', [centre([brand(), h1('Connect Google Calendar'), sub('Show who’s in a meeting and start huddles from calendar events.'),
  card('Google Calendar', logo(0, 0, 40, '6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a'), 520, { sub: 'calendar.google.com' }),
  primary('Connect Google Calendar', 520, 'slack'),
  go(link('Maybe later', 0, 0, 120, { size: 13, under: false }), 'slack')])]);
const slack = scr('Import from Slack', 'slack', [centre([brand(), h1('Link your Slack workspace'), sub(`Bring channels and the last 90 days of messages over.${ZW} You’ll be sent to Slack to approve, then come straight back.`),
  card('Slack', logo(0, 0, 40, '7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b'), 520, { sub: 'brightside-cleaning.slack.com' }),
  row(gname('Frame'), 0, 0, [checkbox(0, 0, 'RECTANGLE'), T('Also import private channels I’m in', 0, 0, 400, { size: 13, h: 20 })], { gap: 10 }),
  primary('Link Slack', 520, 'syncing'),
  go(link('Start fresh instead', 0, 0, 160, { size: 13, under: false }), 'home')])]);
const syncing = scr('Syncing', 'syncing', [centre([brand(), spinner(0, 0, 48, plum), h1('Syncing messages…'), sub('#general, #schedule and 6 more channels · about 2 minutes'),
  G(gname('Group'), 0, 0, 520, 8, [R(gname('Rectangle'), 0, 0, 520, 8, { fill: '#EEE8F6', radius: 4 }), R(gname('Rectangle'), 0, 0, 312, 8, { fill: plum, radius: 4 })]),
  go(btnG('Open Parley', 0, 0, 520, 44, { fill: plum, radius: 8 }), 'home')], 520, 220)]);
const msg = (who, text) => row(gname('Frame'), 0, 0, [avatar(), col(gname('Frame'), 0, 0, 700, [T(who, 0, 0, 700, { size: 13, weight: 700 }), T(text, 0, 0, 700, { size: 14, color: '#3A3450' })], { gap: 2 })], { gap: 12 });
const home = scr('Channels', 'home', [
  col('Sidebar', 0, 0, 240, [brand(), ...['# general', '# schedule', '# supplies', '# random'].map((c) => T(c, 0, 0, 200, { size: 14, color: '#E8E0F5' })), go(T('⚙︎ Settings', 0, 0, 200, { size: 14, color: '#E8E0F5' }), 'settings')], { gap: 14, pad: 20, fill: ink, h: H }),
  col('Auto layout', 280, 32, 900, [T('# schedule', 0, 0, 900, { size: 20, weight: 700 }), divider(900),
    msg('Maria  8:02 AM', 'Can someone cover the Hillcrest office at 3? I’m stuck at the dentist.'),
    msg('Dev  8:05 AM', 'I’ve got it 👍'),
    msg('Sam  8:11 AM', 'Thanks Dev. Reminder: supply order goes in Thursday.'),
    F('Composer', 0, 0, 900, 56, { fill: '#FFFFFF', stroke: '#D6C8EA', radius: 10 }, [T('Message #schedule', 16, 18, 400, { size: 14, color: '#9A93AE', h: 20 })]),
  ], { gap: 18 }),
]);
const pricing = scr('Pricing', 'pricing', [centre([h1('Pricing'),
  row(gname('Frame'), 0, 0, [['Free', '$0', '90 days of history'], ['Team', '$6 / user / mo', 'Unlimited history · huddles · guests']].map(([n, p, d]) => col(gname('Frame'), 0, 0, 250, [T(n, 0, 0, 210, { size: 18, weight: 700 }), T(p, 0, 0, 210, { size: 24, weight: 700, color: plum }), T(d, 0, 0, 210, { size: 13, color: '#5E5873' })], { gap: 6, pad: 20, stroke: '#E4DCF0', radius: 10 })), { gap: 20 }),
  T('No contracts. Cancel anytime.', 0, 0, 520, { size: 13, color: '#5E5873' }),
  act(link('← Back', 0, 0, 80, { size: 13, under: false }), { type: 'BACK' })], 560)]);
const settings = scr('Settings / Workspace', 'settings', [centre([T('Workspace settings', 0, 0, 640, { size: 24, weight: 700 }),
  field('Workspace name', 'Brightside Cleaning Co.', 640),
  T('Apps', 0, 0, 640, { size: 16, weight: 700 }),
  row(gname('Frame'), 0, 0, [logo(0, 0, 32, '6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a'), T('Google Calendar · on since May 2', 0, 0, 360, { size: 14, h: 32 }), btnF('Disconnect', 0, 0, 120, 32, { fill: '#FFFFFF', color: '#A12A1E', stroke: '#E8B7B1', size: 13 })], { gap: 16 }),
  divider(640),
  T('Delete workspace', 0, 0, 640, { size: 16, weight: 700, color: '#A12A1E' }),
  T('Removes every channel, message and file for all members. This can’t be undone.', 0, 0, 640, { size: 13, color: '#5E5873' }),
  go(btnF('Delete workspace', 0, 0, 200, 40, { fill: '#A12A1E' }), 'confirm', 'OVERLAY'),
  act(link('Back to chat', 0, 0, 120, { size: 13, under: false }), { type: 'BACK' }),
], 640, 60)]);
const confirm = scr('Modal / delete', 'confirm', [R('Scrim', 0, 0, W, H, { fill: '#100B1C' }),
  col(gname('Frame'), 400, 260, 480, [T('Delete Brightside Cleaning Co.?', 0, 0, 416, { size: 20, weight: 700 }), field('Type the workspace name to confirm', 'Brightside Cleaning Co.', 416),
    row(gname('Frame'), 0, 0, [act(btnF('Keep workspace', 0, 0, 200, 40, { fill: '#FFFFFF', color: ink, stroke: '#D6C8EA' }), { type: 'CLOSE' }), btnF('Delete', 0, 0, 200, 40, { fill: '#A12A1E' })], { gap: 16 })], { gap: 14, pad: 32, fill: '#FFFFFF', radius: 12 })]);

const flowPage = canvas(5, 'Onboarding', [signup, workspace, invite, calendar, slack, syncing, home, pricing, settings, confirm], { flows: [{ nodeId: signup.id, name: 'Flow 1' }] });
idPage(1, 2);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1440, 900, { fill: plum }, [T('Parley — first run', 100, 380, 1200, { size: 72, weight: 800, color: '#FFFFFF' })])]);

const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
finish({
  name: 'Parley — first run', fileName: 'd92-negative-team-chat', lastModified: '2026-05-11T08:31:27Z', version: '4502231187',
  pages: [cover, flowPage, componentsPage], components, componentSets: {},
  truth: {
    kind: 'negative',
    description: 'Negative: a team-chat app for small businesses (desktop). Sign-up with "Trusted by 30,000 teams" and a customer quote, workspace naming, "Invite your team", "Connect Google Calendar", "Link your Slack workspace" with a redirect note and an import checkbox, "Syncing messages…", channels, pricing with "Cancel anytime", and settings with a calendar Disconnect and "Delete workspace". Nothing connects accounting, banking or commerce software.',
    present: [], absent: ALL,
    notes: {
      'funnel.social-proof': 'Left unlabelled: "Trusted by 30,000 teams" and a customer quote exist, but about a chat app with no financial connection.',
      'privacy.statistics': 'The 30,000-teams line is a user count for the chat app, not a figure about trusted data connections.',
      'platform.explain-redirect': '"You’ll be sent to Slack to approve" concerns importing chat history.',
      'privacy.consent-action': 'The checkbox is an import option for private channels.',
      'connection.syncing-indicator': '"Syncing messages…" is a chat import, not financial data.',
      'connection.delete': '"Disconnect" (Google Calendar) and "Delete workspace" are not about accounting, banking or commerce connections.',
      'platform.non-linear': '"Skip for now" skips inviting teammates.',
    },
    flow: { start: 'signup', connect: null, steps: null, deadEnds: [] },
  },
  meta: { connectCandidates: [], signup: 'signup' },
});

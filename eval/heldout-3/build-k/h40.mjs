// h40 (negative): video-call app, desktop 1440x900. No business-software connection.
import {
  reset, setPage, F, G, V, T, SEC, COMP, I, go, back, close, url, btnFrame, btnGroup, btnInst,
  linkText, logo, checkbox, spinner, screen, canvas, solid, writeFile,
} from './lib.mjs';

reset();
const W = 1440; const H = 900;
const INK = '#111827'; const MUTED = '#6b7280'; const TEAL = '#0d9488';

setPage(1);
const comps = canvas('⚙️ Components', [
  COMP('btn/primary', 'primary', 0, 0, 200, 44, { fills: [solid(TEAL)], cornerRadius: 10 }, [T('Label', 16, 12, 168, { s: 15, w: 600, c: '#ffffff' })]),
  COMP('Avatar', 'avatar', 0, 80, 40, 40, { fills: [solid('#99f6e4')], cornerRadius: 20 }, []),
]);

setPage(2);
const topBar = () => F('Top bar', 0, 0, W, 64, { fills: [solid('#ffffff')], strokes: [solid('#e5e7eb')], layoutMode: 'HORIZONTAL', paddingLeft: 32, itemSpacing: 24 }, [
  G(undefined, 32, 17, 140, 30, [V('Vector', 0, 0, 28, 28, { fills: [solid(TEAL)] }), T('Huddle', 36, 2, 100, { s: 20, w: 700, c: INK })]),
  I('Avatar', 'avatar', 1368, 12, 40, 40, { fills: [solid('#99f6e4')], cornerRadius: 20 }),
]);

// 1 sign up
const signBtn = btnInst('Create free account', 'primary', 0, 250, 400, 48, { bg: TEAL });
go(signBtn, 'calendar');
const signup = screen('Sign up', 'signup', 0, 0, W, H, [
  topBar(),
  F(undefined, 520, 200, 400, 420, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    T('Meet face to face, from anywhere', 0, 0, 400, { s: 28, w: 700, c: INK, lines: 2 }),
    F(undefined, 0, 90, 400, 44, { fills: [solid('#ffffff')], strokes: [solid('#d1d5db')], cornerRadius: 10 }, [T('Email address', 14, 12, 360, { s: 15, c: '#9ca3af' })]),
    F(undefined, 0, 150, 400, 44, { fills: [solid('#ffffff')], strokes: [solid('#d1d5db')], cornerRadius: 10 }, [T('Password', 14, 12, 360, { s: 15, c: '#9ca3af' })]),
    G(undefined, 0, 210, 400, 20, [checkbox(0, 0, 'rect'), T('Send me product news (optional)', 30, 1, 360, { s: 13, c: MUTED })]),
    signBtn,
    T('Free for meetings up to 40 minutes.', 0, 320, 400, { s: 13, c: MUTED }),
  ]),
], { layout: false });

// 2 calendar
const gcal = btnFrame('Google Calendar', 0, 0, 240, 48, { bg: '#ffffff', fg: INK, props: { strokes: [solid('#d1d5db')] } });
go(gcal, 'slack');
const outlook = btnFrame('Outlook Calendar', 256, 0, 240, 48, { bg: '#ffffff', fg: INK, props: { strokes: [solid('#d1d5db')] } });
go(outlook, 'slack');
const skipCal = linkText('Skip for now', 0, 330, 120, { c: MUTED });
go(skipCal, 'slack');
const calendar = screen('Setup 1 – calendar', 'calendar', 1540, 0, W, H, [
  topBar(),
  F(undefined, 470, 180, 500, 420, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 18 }, [
    T('Step 1 of 3', 0, 0, 200, { s: 13, w: 600, c: TEAL }),
    T('Connect your calendar', 0, 24, 500, { s: 28, w: 700, c: INK }),
    T('We’ll show your upcoming meetings and add a Huddle link to new invites.', 0, 70, 500, { s: 15, c: MUTED, lines: 2 }),
    F(undefined, 0, 140, 500, 48, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 16 }, [gcal, outlook]),
    T('Huddle only reads event times and titles.', 0, 210, 500, { s: 13, c: MUTED }),
    skipCal,
  ]),
], { layout: false });

// 3 slack
const slackBtn = btnGroup('Add to Slack', 470, 420, 200, 48, { bg: '#4a154b' });
go(slackBtn, 'invite');
const skipSlack = linkText('Maybe later', 690, 434, 120, { c: MUTED });
go(skipSlack, 'invite');
const slack = screen('Setup 2 – Slack', 'slack', 3080, 0, W, H, [
  topBar(),
  T('Step 2 of 3', 470, 180, 200, { s: 13, w: 600, c: TEAL }),
  logo(470, 210, 56, 'sl4ck'),
  T('Link your Slack', 470, 280, 500, { s: 28, w: 700, c: INK }),
  T('Start a call from any channel with /huddle and get a ping when someone joins your room.', 470, 326, 500, { s: 15, c: MUTED, lines: 2 }),
  slackBtn, skipSlack,
], { layout: false });

// 4 invite
const sendInv = btnInst('Send invites', 'primary', 0, 250, 160, 44, { bg: TEAL });
go(sendInv, 'home');
const copyLink = linkText('🔗 Copy invite link', 180, 262, 200, { c: TEAL });
const invite = screen('Setup 3 – invite', 'invite', 4620, 0, W, H, [
  topBar(),
  F(undefined, 470, 180, 500, 420, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    T('Step 3 of 3', 0, 0, 200, { s: 13, w: 600, c: TEAL }),
    T('Invite people', 0, 24, 500, { s: 28, w: 700, c: INK }),
    T('Huddle is better with your team.', 0, 70, 500, { s: 15, c: MUTED }),
    F(undefined, 0, 110, 500, 120, { fills: [solid('#ffffff')], strokes: [solid('#d1d5db')], cornerRadius: 10 }, [T('sam@, priya@, jonas@…', 14, 12, 460, { s: 15, c: '#9ca3af' })]),
    sendInv, copyLink,
  ]),
], { layout: false });

// 5 home
const meetingRow = (title, time, y, key) => {
  const row = F(undefined, 0, y, 760, 72, { fills: [solid('#ffffff')], strokes: [solid('#e5e7eb')], cornerRadius: 12, layoutMode: 'HORIZONTAL', paddingLeft: 20, itemSpacing: 16 }, [
    F(undefined, 20, 14, 500, 44, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 2 }, [T(title, 0, 0, 500, { s: 16, w: 600, c: INK }), T(time, 0, 24, 500, { s: 13, c: MUTED })]),
  ]);
  if (key) go(row, key);
  return row;
};
const newMeeting = btnInst('New meeting', 'primary', 64, 100, 200, 48, { bg: TEAL });
go(newMeeting, 'room');
const schedule = btnFrame('Schedule', 280, 100, 160, 48, { bg: '#ffffff', fg: INK, props: { strokes: [solid('#d1d5db')] } });
go(schedule, 'scheduleModal', 'OVERLAY');
const helpLink = linkText('Help', 1300, 22, 60, { c: MUTED });
go(helpLink, 'help');
const settingsLink = linkText('Settings', 1200, 22, 80, { c: MUTED });
go(settingsLink, 'settings');
const home = screen('Home', 'home', 0, 60, W, H, [
  topBar(), helpLink, settingsLink,
  newMeeting, schedule,
  T('Upcoming', 64, 190, 400, { s: 20, w: 700, c: INK }),
  F(undefined, 64, 230, 760, 400, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 }, [
    meetingRow('Weekly design sync', 'Today · 10:00–10:45 · from Google Calendar', 0, 'details'),
    meetingRow('1:1 Sam / Priya', 'Today · 13:30–14:00', 84),
    meetingRow('Sprint retro', 'Thu · 16:00–17:00', 168),
  ]),
  F(undefined, 900, 190, 476, 300, { fills: [solid('#f9fafb')], cornerRadius: 16, layoutMode: 'VERTICAL', paddingLeft: 20, paddingTop: 20, itemSpacing: 12 }, [
    T('Contacts', 20, 20, 400, { s: 18, w: 700, c: INK }),
    G(undefined, 20, 56, 300, 24, [spinner(0, 0, 20), T('Syncing contacts…', 30, 2, 240, { s: 14, c: MUTED })]),
    T('Sam Whitaker\nPriya Nair\nJonas Berg', 20, 100, 400, { s: 14, c: INK, lines: 3 }),
  ]),
]);

// 6 room
const leave = btnFrame('Leave', 660, 820, 120, 44, { bg: '#dc2626' });
go(leave, 'home');
const room = screen('In call', 'room', 1540, 60, W, H, [
  F(undefined, 0, 0, W, 800, { fills: [solid('#111827')], layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 12, paddingLeft: 24, paddingTop: 24 },
    ['Sam', 'Priya', 'Jonas', 'You'].map((n, i) => F(undefined, 24 + (i % 2) * 702, 24 + Math.floor(i / 2) * 382, 690, 370, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: `v1d${i}` }], cornerRadius: 12 }, [T(n, 16, 330, 200, { s: 14, w: 600, c: '#ffffff' })]))),
  F(undefined, 0, 800, W, 100, { fills: [solid('#1f2937')] }, [T('🔒 End-to-end encrypted', 32, 40, 300, { s: 13, c: '#9ca3af' })]),
  leave,
], { layout: false });

// 7 schedule modal
const save = btnFrame('Save', 24, 260, 120, 44, { bg: TEAL });
close(save);
const scheduleModal = screen('Modal – schedule', 'scheduleModal', 3080, 60, 480, 330, [
  T('Schedule a meeting', 24, 24, 432, { s: 20, w: 700, c: INK }),
  F(undefined, 24, 70, 432, 44, { fills: [solid('#ffffff')], strokes: [solid('#d1d5db')], cornerRadius: 10 }, [T('Title', 14, 12, 400, { s: 15, c: '#9ca3af' })]),
  F(undefined, 24, 130, 432, 44, { fills: [solid('#ffffff')], strokes: [solid('#d1d5db')], cornerRadius: 10 }, [T('Thu 27 Nov · 15:00', 14, 12, 400, { s: 15, c: INK })]),
  T('Adds the event to your Google Calendar', 24, 190, 432, { s: 13, c: MUTED }),
  save,
], { layout: false });

// 8 meeting details
const delMeeting = linkText('Delete meeting', 64, 600, 160, { c: '#dc2626' });
go(delMeeting, 'home');
const detBack = linkText('← Back', 64, 90, 80, { c: MUTED });
back(detBack);
const details = screen('Meeting details', 'details', 4620, 60, W, H, [
  topBar(), detBack,
  T('Weekly design sync', 64, 130, 800, { s: 28, w: 700, c: INK }),
  T('Today · 10:00–10:45 · Recurring weekly', 64, 176, 800, { s: 15, c: MUTED }),
  T('huddle.app/r/design-sync', 64, 220, 800, { s: 15, c: TEAL, deco: 'UNDERLINE' }),
  T('Guests\nSam Whitaker · Priya Nair · Jonas Berg', 64, 270, 800, { s: 15, c: INK, lines: 2 }),
  delMeeting,
], { layout: false });

// 9 settings / apps
const appRow = (name, ref, y, meta) => F(undefined, 0, y, 760, 72, { fills: [solid('#ffffff')], strokes: [solid('#e5e7eb')], cornerRadius: 12, layoutMode: 'HORIZONTAL', paddingLeft: 16, itemSpacing: 12 }, [
  logo(16, 16, 40, ref),
  F(undefined, 68, 14, 500, 44, { fills: [], layoutMode: 'VERTICAL' }, [T(name, 0, 0, 500, { s: 15, w: 600, c: INK }), T(meta, 0, 24, 500, { s: 12, c: MUTED })]),
  T('Disconnect', 640, 26, 100, { s: 13, c: '#dc2626' }),
]);
const setBack = linkText('← Back', 64, 90, 80, { c: MUTED });
back(setBack);
const settings = screen('Settings – apps', 'settings', 0, 1060, W, H, [
  topBar(), setBack,
  T('Apps', 64, 130, 400, { s: 28, w: 700, c: INK }),
  F(undefined, 64, 190, 760, 240, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 }, [
    appRow('Google Calendar', 'gc1', 0, 'Connected · sam@studio.io'),
    appRow('Slack', 'sl4ck', 84, 'Connected · #design, #general'),
  ]),
  T('Account', 64, 470, 400, { s: 20, w: 700, c: INK }),
  T('Change password\nDelete account', 64, 510, 400, { s: 15, c: INK, lines: 2 }),
]);

// 10 help
const helpBack = linkText('← Back', 64, 90, 80, { c: MUTED });
back(helpBack);
const docs = linkText('Browse help articles', 64, 220, 300, { c: TEAL, underline: true });
url(docs, 'https://help.huddle.app');
const help = screen('Help', 'help', 1540, 1060, W, H, [
  topBar(), helpBack,
  T('Help', 64, 130, 400, { s: 28, w: 700, c: INK }),
  T('Having trouble with audio or video? Try our quick checks.', 64, 176, 800, { s: 15, c: MUTED }),
  docs,
  T('Test my mic & camera', 64, 260, 300, { s: 15, c: TEAL }),
], { layout: false });

const flow = canvas('Desktop', [
  SEC('Onboarding', 0, -60, 6060, 960, [signup, calendar, slack, invite]),
  SEC('App', 0, 1000, 6060, 2020, [home, room, scheduleModal, details, settings, help]),
], { starts: [['signup', 'New user']] });

writeFile('h40-negative-video-calls', [comps, flow], '2026-01-14T12:40:09Z', {
  figmaName: 'Huddle desktop – onboarding + core', version: '3950021788', kind: 'negative',
  description: 'Desktop (1440x900) video-calling app: sign-up, a three-step setup that offers to connect a calendar, add the Slack app and invite teammates, then the home screen with upcoming meetings and a contact-sync spinner, an in-call view, a schedule modal, meeting details with delete, an apps settings page and help. It never asks a business to connect accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.refresh',
  ],
  notes: {
    'funnel.cta-visible': '"Connect your calendar" and "Link your Slack" are productivity add-ons, not business financial software.',
    'value.progress-meter': '"Step n of 3" is a setup counter for profile steps, not a connection meter.',
    'platform.non-linear': '"Skip for now" / "Maybe later" skip optional add-ons.',
    'privacy.support-contacts': 'A single Help page with articles; no phone, email or form.',
    'connection.view-live': 'Left unlabelled: the Apps page lists calendar and Slack, not business-software connections.',
    'connection.delete': 'Left unlabelled: "Disconnect" on calendar/Slack rows; "Delete meeting" and "Delete account" are unrelated.',
    'connection.syncing-indicator': 'Left unlabelled: the spinner syncs contacts.',
    'privacy.trust-language': 'Left unlabelled: "End-to-end encrypted" describes calls.',
  },
  start: 'signup', connect: null, steps: null, deadEnds: [], connectFrames: [],
});

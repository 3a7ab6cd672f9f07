// h19 — negative: a job-search app (375x812). No business-software connection.
import {
  F, R, V, E, G, I, COMP, T, col, row, go, act, key, hidden, build, write, solid, image, statusBar,
} from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 375;
const H = 812;
const INK = '#14213D';
const GREY = '#667085';
const BLUE = '#2F5BEA';
const BG = '#F7F8FA';

const cta = (label, x, y, dest, w = 327) => {
  const b = I('cta/primary', 'c_cta', x, y, w, 50, { fills: solid(BLUE), cornerRadius: 12 }, [
    T(label, 0, 15, w, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
  return dest ? go(b, dest) : b;
};
const screen = (name, k, x, y, children, bg = '#FFFFFF') =>
  key(F(name, x, y, W, H, { fills: solid(bg), clipsContent: true }, [statusBar(W), ...children]), k);
const tabs = (active) => F('Tab Bar', 0, 730, W, 82, { fills: solid('#FFFFFF'), strokes: solid('#EAECF0') }, [
  ...['Jobs|j_home', 'Recruiters|j_recruiters', 'Applied|j_applications', 'Profile|j_settings'].map((t, i) => {
    const [l, d] = t.split('|');
    return go(G('Group ' + (30 + i), 12 + i * 90, 10, 80, 44, [
      V('Icon', 28, 0, 24, 24, { fills: solid(i === active ? BLUE : '#98A2B3') }),
      T(l, 0, 28, 80, 14, { size: 11, weight: 500, color: i === active ? BLUE : '#98A2B3', align: 'CENTER' }),
    ]), d);
  }),
]);
const person = (name, title, right) => F('Frame ' + name.length, 0, 0, 343, 64, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [
  R('Rectangle 8', 12, 12, 40, 40, { fills: image('face' + name.length + 'a0b1c2d3e4f5a6'), cornerRadius: 20 }),
  T(name, 64, 12, 180, 20, { size: 15, weight: 600, color: INK }),
  T(title, 64, 34, 180, 18, { size: 12, color: GREY }),
  right,
]);
const smallBtn = (label, filled = true) => F('Btn', 251, 16, 80, 32, {
  fills: filled ? solid(BLUE) : [], strokes: filled ? [] : solid(BLUE), cornerRadius: 16,
}, [T(label, 0, 7, 80, 18, { size: 13, weight: 600, color: filled ? '#FFFFFF' : BLUE, align: 'CENTER' })]);

const onb = screen('Onboarding 1', 'j_onb1', 0, 0, [
  R('Rectangle 1', 0, 0, W, 480, { fills: image('77aa00bb11cc22dd33ee') }),
  go(T('Skip', 315, 54, 44, 20, { size: 15, weight: 500, color: '#FFFFFF' }), 'j_signup'),
  col('Auto layout', 24, 510, 327, [
    T('Your next job, sooner', 0, 0, 327, 34, { size: 28, weight: 700, color: INK }),
    T('Apply in one tap and hear back from real hiring managers.', 0, 0, 327, 44, { size: 16, color: GREY }),
  ], { gap: 10 }),
  cta('Get started', 24, 716, 'j_signup'),
]);

const signup = screen('Sign up', 'j_signup', 440, 0, [
  col('Auto layout', 24, 100, 327, [
    T('Create your profile', 0, 0, 327, 34, { size: 28, weight: 700, color: INK }),
    ...['Full name', 'Email', 'Password'].map((l) => col('Frame 4', 0, 0, 327, [
      T(l, 0, 0, 327, 18, { size: 13, weight: 600, color: INK }),
      F('Rectangle 5', 0, 0, 327, 48, { strokes: solid('#D0D5DD'), cornerRadius: 10, fills: [] }, [T('​', 14, 14, 200, 20, { size: 15, color: GREY })]),
    ], { gap: 6 })),
    T('Or continue with Google · Apple', 0, 0, 327, 20, { size: 14, color: GREY, align: 'CENTER' }),
  ], { gap: 16 }),
  cta('Create profile', 24, 716, 'j_cv'),
]);

const cv = screen('CV import', 'j_cv', 880, 0, [
  col('Auto layout', 24, 100, 327, [
    V('Doc illustration', 0, 0, 96, 96, { fills: solid(BLUE, 0.15) }),
    T('Import your CV from LinkedIn', 0, 0, 327, 64, { size: 26, weight: 700, color: INK }),
    T('We’ll copy your work history and skills into your Hirely profile so you don’t have to type it out.', 0, 0, 327, 60, { size: 15, color: GREY }),
    F('Frame 12', 0, 0, 327, 50, { fills: solid('#0A66C2'), cornerRadius: 12 }, [
      V('in', 16, 15, 20, 20, { fills: solid('#FFFFFF') }),
      T('Import from LinkedIn', 0, 15, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]),
    go(T('Upload a PDF instead', 0, 0, 327, 20, { size: 15, weight: 500, color: BLUE, align: 'CENTER' }), 'j_prefs'),
    go(T('Skip', 0, 0, 327, 20, { size: 15, color: GREY, align: 'CENTER' }), 'j_prefs'),
  ], { gap: 16 }),
]);
go(cv.children[1].children[3], 'j_prefs');

const chip = (s, on) => F('Chip', 0, 0, s.length * 8 + 28, 34, { fills: solid(on ? BLUE : '#FFFFFF'), strokes: solid(on ? BLUE : '#D0D5DD'), cornerRadius: 17 }, [
  T(s, 14, 8, s.length * 8, 18, { size: 13, weight: 500, color: on ? '#FFFFFF' : INK }),
]);
const prefs = screen('Preferences', 'j_prefs', 1320, 0, [
  col('Auto layout', 24, 100, 327, [
    T('What are you looking for?', 0, 0, 327, 34, { size: 24, weight: 700, color: INK }),
    T('Roles', 0, 0, 327, 18, { size: 13, weight: 600, color: INK }),
    row('Chips', 0, 0, [chip('Line cook', true), chip('Sous chef', true), chip('Server', false)], { gap: 8 }),
    T('Where', 0, 0, 327, 18, { size: 13, weight: 600, color: INK }),
    row('Chips', 0, 0, [chip('Chicago', true), chip('Remote', false)], { gap: 8 }),
    T('Pay', 0, 0, 327, 18, { size: 13, weight: 600, color: INK }),
    F('Slider', 0, 0, 327, 24, { fills: [] }, [R('Track', 0, 10, 327, 4, { fills: solid('#EAECF0') }), E('Knob', 180, 0, 24, 24, { fills: solid(BLUE) })]),
  ], { gap: 12 }),
  cta('Show me jobs', 24, 716, 'j_home'),
]);

const jobCard = (title, co, meta) => go(F('Frame ' + title.length * 2, 0, 0, 343, 96, { fills: solid('#FFFFFF'), cornerRadius: 14 }, [
  R('Logo', 16, 16, 44, 44, { fills: image('c0' + title.length + 'ffee00aa11bb22cc'), cornerRadius: 10 }),
  T(title, 72, 16, 250, 20, { size: 16, weight: 600, color: INK }),
  T(co, 72, 38, 250, 18, { size: 13, color: GREY }),
  T(meta, 72, 62, 250, 18, { size: 12, color: BLUE }),
]), 'j_job');

const home = screen('Jobs', 'j_home', 0, 900, [
  col('Auto layout', 16, 56, 343, [
    F('Search', 0, 0, 343, 46, { fills: solid('#FFFFFF'), cornerRadius: 23, strokes: solid('#D0D5DD') }, [
      V('Vector', 16, 15, 16, 16, { strokes: solid(GREY), strokeWeight: 2 }),
      T('Search 40,000 jobs', 42, 13, 260, 20, { size: 15, color: '#98A2B3' }),
    ]),
    T('Picked for you', 0, 0, 343, 24, { size: 18, weight: 700, color: INK }),
    jobCard('Sous Chef', 'Blue Door Group · Chicago, IL', '$58–64k · Full time · Apply in 1 tap'),
    jobCard('Line Cook (AM)', 'Fulton Market Kitchen', '$20/hr · Part time'),
    jobCard('Kitchen Manager', 'Harvest & Co.', '$70k · Full time'),
    F('Frame 40', 0, 0, 343, 120, { fills: solid('#EEF2FF'), cornerRadius: 14 }, [
      T('“Hirely found us three line cooks in one week. The candidates actually showed up.”', 16, 14, 311, 60, { size: 14, weight: 500, color: INK }),
      T('— Tom Reyes, Hiring Manager, Blue Door Group', 16, 86, 311, 18, { size: 12, color: GREY }),
    ]),
  ], { gap: 12 }),
  tabs(0),
], BG);

const job = screen('Job detail', 'j_job', 440, 900, [
  act(V('Back', 16, 56, 24, 24, { strokes: solid(INK), strokeWeight: 2 }), 'BACK'),
  col('Auto layout', 24, 100, 327, [
    R('Logo', 0, 0, 56, 56, { fills: image('c09ffee00aa11bb22cc'), cornerRadius: 12 }),
    T('Sous Chef', 0, 0, 327, 30, { size: 24, weight: 700, color: INK }),
    T('Blue Door Group · Chicago, IL · $58–64k', 0, 0, 327, 20, { size: 14, color: GREY }),
    T('About the role\n• Run the line for dinner service, 5 nights\n• Order and receive produce\n• Train two new cooks', 0, 0, 327, 100, { size: 14, color: INK }),
    T('Posted 2 days ago · 41 applicants', 0, 0, 327, 18, { size: 12, color: GREY }),
  ], { gap: 12 }),
  cta('Apply now', 24, 716, 'j_applications'),
]);

const recruiters = screen('Recruiters', 'j_recruiters', 880, 900, [
  col('Auto layout', 16, 60, 343, [
    T('Connect with recruiters', 0, 0, 343, 30, { size: 24, weight: 700, color: INK }),
    T('Recruiters who place hospitality roles near you.', 0, 0, 343, 20, { size: 14, color: GREY }),
    person('Alicia Moreno', 'Recruiter · StaffLine Hospitality', smallBtn('Connect')),
    person('Devon Park', 'Talent partner · Harvest & Co.', smallBtn('Connect')),
    person('Sam Whitfield', 'Agency recruiter · ChefLink', smallBtn('Pending', false)),
    go(T('Your connections (12) →', 0, 0, 343, 20, { size: 15, weight: 600, color: BLUE }), 'j_connections'),
  ], { gap: 12 }),
  tabs(1),
], BG);

const connections = screen('Connections', 'j_connections', 1320, 900, [
  act(V('Back', 16, 56, 24, 24, { strokes: solid(INK), strokeWeight: 2 }), 'BACK'),
  col('Auto layout', 16, 96, 343, [
    T('Your connections', 0, 0, 343, 30, { size: 24, weight: 700, color: INK }),
    person('Alicia Moreno', 'Connected 3 days ago', smallBtn('Message', false)),
    person('Jordan Lee', 'Connected last month', smallBtn('Message', false)),
    person('Priya Natarajan', 'Connected in January', smallBtn('Message', false)),
    T('Remove a connection from their profile.', 0, 0, 343, 18, { size: 12, color: GREY }),
  ], { gap: 12 }),
], BG);

const appRow = (title, status, extra) => col('Frame ' + title.length * 3, 0, 0, 343, [
  T(title, 0, 0, 311, 20, { size: 15, weight: 600, color: INK }),
  T(status, 0, 0, 311, 18, { size: 13, color: GREY }),
  extra,
], { gap: 6, pad: 16, fills: solid('#FFFFFF'), cornerRadius: 14 });
const applications = screen('Applications', 'j_applications', 0, 1800, [
  col('Auto layout', 16, 60, 343, [
    T('Applications', 0, 0, 343, 30, { size: 24, weight: 700, color: INK }),
    appRow('Sous Chef · Blue Door Group', 'Interview Thu 2:30 PM', go(T('Sync calendar for interviews', 0, 0, 311, 18, { size: 13, weight: 600, color: BLUE }), 'j_calendar')),
    appRow('Line Cook · Fulton Market Kitchen', 'Viewed by employer', T('Withdraw application', 0, 0, 311, 18, { size: 13, weight: 600, color: '#D92D20' })),
    appRow('Kitchen Manager · Harvest & Co.', 'Submitted yesterday', T('Withdraw application', 0, 0, 311, 18, { size: 13, weight: 600, color: '#D92D20' })),
  ], { gap: 12 }),
  tabs(2),
], BG);

const calendar = screen('Calendar sync', 'j_calendar', 440, 1800, [
  act(V('Back', 16, 56, 24, 24, { strokes: solid(INK), strokeWeight: 2 }), 'BACK'),
  col('Auto layout', 24, 100, 327, [
    T('Sync calendar for interviews', 0, 0, 327, 60, { size: 24, weight: 700, color: INK }),
    T('Interview times go straight into your calendar, with reminders the day before.', 0, 0, 327, 40, { size: 15, color: GREY }),
    ...['Google Calendar', 'Apple Calendar', 'Outlook'].map((c, i) => row('Frame 70', 0, 0, [
      T(c, 0, 4, 260, 20, { size: 15, color: INK }),
      F('Toggle', 0, 0, 51, 31, { fills: solid(i === 0 ? '#12B76A' : '#EAECF0'), cornerRadius: 16 }, [E('Knob', i === 0 ? 22 : 2, 2, 27, 27, { fills: solid('#FFFFFF') })]),
    ], { gap: 16 })),
  ], { gap: 16 }),
]);

const settings = screen('Profile & settings', 'j_settings', 880, 1800, [
  col('Auto layout', 16, 60, 343, [
    T('Profile', 0, 0, 343, 30, { size: 24, weight: 700, color: INK }),
    ...['Edit profile', 'Job alerts', 'Notifications', 'Privacy', 'Log out'].map((s) =>
      F('Row', 0, 0, 343, 52, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [T(s, 16, 16, 280, 20, { size: 15, color: INK })])),
    F('Row', 0, 0, 343, 52, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [T('Delete account', 16, 16, 280, 20, { size: 15, weight: 600, color: '#D92D20' })]),
    hidden(T('Profile strength: 80%', 0, 0, 343, 18, { size: 12, color: GREY })),
  ], { gap: 10 }),
  tabs(3),
], BG);

const comps = [key(COMP('cta/primary', 'c_cta', 0, 0, 327, 50, { fills: solid(BLUE), cornerRadius: 12 }, [
  T('Label', 0, 15, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]), 'c_cta')];

const doc = build({
  name: 'Hirely – candidate app',
  lastModified: '2026-02-02T08:27:13Z',
  version: '4901337520',
  pages: [
    { name: 'Cover', children: [F('Cover', 0, 0, 1600, 960, { fills: solid(BLUE) }, [T('Hirely · Candidate app (iOS)', 100, 420, 1400, 80, { size: 60, weight: 700, color: '#FFFFFF' })])] },
    { name: 'Candidate flow', children: [onb, signup, cv, prefs, home, job, recruiters, connections, applications, calendar, settings], start: [['j_onb1', 'First launch']] },
    { name: 'Components', children: comps },
  ],
});
write(OUT, 'h19-negative-job-board', doc, {
  kind: 'negative',
  description: 'Job-search app for hospitality candidates (375x812): carousel with Skip, sign-up, CV import from LinkedIn, preferences, a "Search 40,000 jobs" feed with a hiring manager’s quote, job detail, "Connect with recruiters", "Your connections", applications with "Withdraw application" and "Sync calendar for interviews", profile settings with "Delete account". No business connects accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.social-proof': 'Left unlabelled: a hiring manager’s quote is real social proof for the product, but there is no connect funnel it supports.',
    'funnel.cta-visible': '"Connect with recruiters" and "Import from LinkedIn" are people/CV actions, not connecting business software.',
    'platform.search': '"Search 40,000 jobs" searches jobs, not integrations.',
    'connection.view-live': '"Your connections" lists people.',
    'connection.refresh': '"Sync calendar for interviews" is a calendar toggle, not refreshing connected data.',
    'connection.delete': '"Delete account" and "Withdraw application" only.',
    'platform.non-linear': '"Skip" on the marketing carousel and the CV step.',
    'value.progress-meter': 'The only profile-strength text is a hidden layer.',
  },
  flow: { start: 'j_onb1', connect: null, steps: null, deadEnds: [] },
});

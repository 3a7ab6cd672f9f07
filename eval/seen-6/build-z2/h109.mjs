// h109 — negative: volunteer rota app for a community group, mobile 390x844, UK English.
import {
  frame, section, group, rect, vector, ellipse, text, click, back, close, openUrl,
  vstack, hstack, btnInstance, btnFrame, btnGroup, link, logo, spinner, icon, place,
  node, solid, finalize, writeOut,
} from './lib.mjs';

const W = 390;
const H = 844;
const INK = '#1B2B1F';
const MUTED = '#66736A';
const GREEN = '#2F7A3E';

const bar = () => group('Status Bar', 0, 0, W, 47, [place(text('9:41', 0, 0, 50, { size: 16, weight: 600 }), 30, 15), place(vector('Battery', 0, 0, 27, 13, { fills: [solid(INK)], strokes: [] }), 335, 17)]);
const phone = (name, ref, children, bg = '#FFFFFF') => frame(name, 0, 0, W, H, { ref, fills: [solid(bg)] }, [bar(), ...children]);

function tabs(active) {
  const t = (l, to) => vstack(null, 0, 0, 90, [icon(24, 24), text(l, 0, 0, 90, { size: 11, color: active === l ? GREEN : MUTED, weight: active === l ? 600 : 400, align: 'CENTER' })], { gap: 3, align: 'CENTER', ...(to ? click(to) : {}) });
  return place(hstack('Tabs', 0, 0, [t('Rota', 'rota'), t('People', 'people'), t('Group', 'group')], { w: W, h: 82, padX: 20, justify: 'SPACE_BETWEEN', fills: [solid('#FFFFFF')], strokes: [solid('#E2E8E3')], strokeWeight: 1 }), 0, H - 82);
}

const welcome = phone('Welcome', 'welcome', [
  place(rect('Illustration', 0, 0, 342, 300, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: '51a9e0c3b7d2f4a68e1c0b9d2a3f4e5d6c7b8a90' }], cornerRadius: 24 }), 24, 80),
  place(vstack(null, 0, 0, 342, [
    text('Shiftshare', 0, 0, 200, { size: 16, weight: 700, color: GREEN }),
    text('Never wonder who’s on the tea urn again', 0, 0, 342, { size: 28, weight: 700 }),
    text('One rota for your food bank, litter pick or parkrun crew. Swap shifts in a tap.', 0, 0, 342, { size: 16, color: MUTED }),
    text('Trusted by 5,000 groups across the UK', 0, 0, 342, { size: 13, weight: 600, color: GREEN }),
  ], { gap: 12 }), 24, 400),
  place(vstack(null, 0, 0, 342, [
    btnInstance('c.primary', 'Get started', 342, 52, { ...click('phone') }),
    link('I’ve got an invite code', 342, { color: GREEN, ...click('join') }),
  ], { gap: 12, align: 'CENTER' }), 24, 700),
]);

const phoneScreen = phone('Sign in', 'phone', [
  place(vstack(null, 0, 0, 342, [
    hstack(null, 0, 0, [vector('Back', 0, 0, 10, 18, back())], {}),
    text('What’s your mobile number?', 0, 0, 342, { size: 26, weight: 700 }),
    text('We’ll text you a code. No passwords to forget.', 0, 0, 342, { size: 15, color: MUTED }),
    hstack(null, 0, 0, [btnFrame('🇬🇧 +44', 96, 52, { bg: '#F3F6F4', color: INK }), frame('Input', 0, 0, 234, 52, { cornerRadius: 10, strokes: [solid('#C9D3CC')], strokeWeight: 1 }, [place(text('07700 900123', 0, 0, 200, { size: 16, color: '#9AA59D' }), 14, 15)])], { gap: 12 }),
    btnFrame('Text me a code', 342, 52, { bg: GREEN, radius: 26, ...click('join') }),
  ], { gap: 18 }), 24, 70),
]);

const join = phone('Join group', 'join', [
  place(vstack(null, 0, 0, 342, [
    text('Join your group', 0, 0, 342, { size: 26, weight: 700 }),
    text('Ask your coordinator for the 6-letter code.', 0, 0, 342, { size: 15, color: MUTED }),
    hstack(null, 0, 0, ['H', 'A', 'R', 'V', 'E', 'Y'].map((c) => btnFrame(c, 48, 56, { bg: '#F3F6F4', color: INK, size: 22 })), { gap: 10 }),
    vstack(null, 0, 0, 342, [
      text('Harvey Road Food Bank', 0, 0, 300, { size: 16, weight: 600 }),
      text('42 volunteers · Tues, Thurs & Sat sessions', 0, 0, 300, { size: 13, color: MUTED }),
    ], { pad: 16, gap: 4, fills: [solid('#EEF6EF')], cornerRadius: 12 }),
    btnFrame('Join Harvey Road', 342, 52, { bg: GREEN, radius: 26, ...click('calendar') }),
  ], { gap: 18 }), 24, 90),
]);

const calOpt = (name, ref) =>
  hstack(null, 0, 0, [logo(ref, 36, name), text(name, 0, 0, 230, { size: 16, weight: 500 }), vector('Chevron', 0, 0, 7, 12)], { w: 342, padX: 14, padY: 12, gap: 12, fills: [solid('#F7F9F8')], cornerRadius: 12, ...click('rota') });

const calendar = phone('Calendar', 'calendar', [
  place(vstack(null, 0, 0, 342, [
    text('Link your calendar', 0, 0, 342, { size: 26, weight: 700 }),
    text('Your shifts will pop up next to everything else in your week, and move if you swap.', 0, 0, 342, { size: 15, color: MUTED }),
    calOpt('Google Calendar', 'gcal'),
    calOpt('Apple Calendar', 'ical'),
    calOpt('Outlook', 'outlook'),
    link('Not now', 342, { color: MUTED, ...click('rota') }),
  ], { gap: 14 }), 24, 90),
]);

const person = (nm, role) =>
  hstack(null, 0, 0, [
    ellipse('Avatar', 0, 0, 40, 40, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'ab34cd56ef7890ab12cd34ef5678' + nm.length.toString(16).padStart(12, '0') }] }),
    vstack(null, 0, 0, 194, [text(nm, 0, 0, 194, { size: 15, weight: 600 }), text(role, 0, 0, 194, { size: 12, color: MUTED })], { gap: 2 }),
    btnFrame('Say hi 👋', 84, 32, { bg: '#EEF6EF', color: GREEN, radius: 16, size: 13 }),
  ], { w: 342, padY: 8, gap: 12 });

const people = phone('People', 'people', [
  place(vstack(null, 0, 0, 342, [
    text('Connect with other volunteers', 0, 0, 342, { size: 24, weight: 700 }),
    text('Everyone here has opted in to being contactable about shifts.', 0, 0, 342, { size: 14, color: MUTED }),
    person('Marcia Okoye', 'Coordinator · Saturdays'),
    person('Dev Patel', 'Driver · Thursdays'),
    person('Ellen Wright', 'Sorting · Tuesdays'),
    person('Joe Harrington', 'Front desk · Saturdays'),
  ], { gap: 12 }), 24, 70),
  tabs('People'),
]);

const shift = (day, what, who) =>
  vstack(null, 0, 0, 342, [text(day, 0, 0, 300, { size: 13, weight: 600, color: GREEN }), text(what, 0, 0, 300, { size: 16, weight: 600 }), text(who, 0, 0, 300, { size: 13, color: MUTED })], { pad: 14, gap: 3, fills: [solid('#F7F9F8')], cornerRadius: 12, ...click('shift') });

const rota = phone('Rota', 'rota', [
  place(vstack(null, 0, 0, 342, [
    hstack(null, 0, 0, [text('This week', 0, 0, 200, { size: 24, weight: 700 }), hstack(null, 0, 0, [spinner(16), text('Syncing shifts…', 0, 0, 110, { size: 12, color: MUTED })], { gap: 6 })], { w: 342, justify: 'SPACE_BETWEEN' }),
    shift('TUE 10 JUN · 10:00–13:00', 'Sorting donations', 'You, Ellen, +2'),
    shift('THU 12 JUN · 17:00–19:00', 'Evening collection run', 'Dev, Joe · 1 space left'),
    shift('SAT 14 JUN · 09:30–12:30', 'Front desk & tea urn', 'You, Marcia, +3'),
  ], { gap: 12 }), 24, 70),
  tabs('Rota'),
]);

const shiftScreen = phone('Shift detail', 'shift', [
  place(vstack(null, 0, 0, 342, [
    hstack(null, 0, 0, [vector('Back', 0, 0, 10, 18, back()), text('Sat 14 June', 0, 0, 200, { size: 17, weight: 600 })], { gap: 14 }),
    text('Front desk & tea urn', 0, 0, 342, { size: 24, weight: 700 }),
    text('09:30–12:30 · St Luke’s Hall, Harvey Road\nBring: a warm layer, the float tin key', 0, 0, 342, { size: 15, color: MUTED }),
    btnGroup('Swap this shift', 342, 50, { bg: GREEN, radius: 25 }),
    btnFrame('I can’t make it', 342, 50, { bg: '#FFFFFF', color: '#B42318', stroke: '#F4C7C3', radius: 25 }),
  ], { gap: 16 }), 24, 70),
]);

const groupScreen = phone('Group', 'group', [
  place(vstack(null, 0, 0, 342, [
    text('Harvey Road Food Bank', 0, 0, 342, { size: 24, weight: 700 }),
    text('Notifications\nShift reminders — 24 hours before\nCalendar: Google Calendar', 0, 0, 342, { size: 15 }),
    link('Help', 60, { size: 15, ...click('help') }),
    link('Leave group', 120, { color: '#B42318', size: 15 }),
  ], { gap: 18 }), 24, 70),
  tabs('Group'),
]);

const help = phone('Help', 'help', [
  place(vstack(null, 0, 0, 342, [
    hstack(null, 0, 0, [vector('Close', 0, 0, 16, 16, close()), text('Help', 0, 0, 200, { size: 17, weight: 600 })], { gap: 14 }),
    text('How do I swap a shift?', 0, 0, 342, { size: 16, weight: 600 }),
    text('Open the shift, tap “Swap this shift” and pick someone from the list. They’ll get a text.', 0, 0, 342, { size: 14, color: MUTED }),
    text('Why isn’t my shift in my calendar?', 0, 0, 342, { size: 16, weight: 600 }),
    text('It can take a few minutes after a swap. Pull down on the rota to check again.', 0, 0, 342, { size: 14, color: MUTED }),
    link('Read the volunteer handbook', 240, { underline: true, ...openUrl('https://shiftshare.org.uk/handbook') }),
  ], { gap: 12 }), 24, 70),
]);

const compSet = node('COMPONENT_SET', 'Button', 0, 0, 400, 120, { fills: [], strokes: [solid('#9747FF')] }, [
  place(node('COMPONENT', 'State=Default', 0, 0, 342, 52, { ref: 'c.primary', fills: [solid(GREEN)], cornerRadius: 26 }, [place(text('Button', 0, 0, 300, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }), 21, 15)]), 20, 20),
]);

const spec = {
  name: 'Shiftshare — volunteer app',
  lastModified: '2025-03-12T09:27:03Z',
  version: '5120064412',
  seed: 109,
  pages: [
    { name: 'Cover', children: [frame('Cover', 0, 0, 1600, 960, { fills: [solid(GREEN)] }, [place(text('Shiftshare', 0, 0, 800, { size: 96, weight: 700, color: '#FFFFFF' }), 120, 400)])] },
    {
      name: 'Screens',
      flowStarts: [{ ref: 'welcome', name: 'New volunteer' }],
      children: [
        section('Joining', 0, 0, 2000, 960, [place(welcome, 40, 60), place(phoneScreen, 510, 60), place(join, 980, 60), place(calendar, 1450, 60)]),
        section('App', 0, 1060, 2500, 960, [place(rota, 40, 60), place(shiftScreen, 510, 60), place(people, 980, 60), place(groupScreen, 1450, 60), place(help, 1920, 60)]),
      ],
    },
    { name: 'Components', children: [place(compSet, 0, 0)] },
  ],
};

const { doc, refs } = finalize(spec);
const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
writeOut(new URL('..', import.meta.url).pathname, 'h109-negative-volunteer-rota', doc, {
  kind: 'negative',
  description:
    'Shiftshare, a volunteer rota app for a community food bank, mobile 390x844. Welcome, phone sign-in, join-by-code, link a personal calendar, people, rota, shift detail, group settings and help. Volunteers link personal calendars and contact each other; no business connects accounting, banking or commerce software.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.cta-visible': '"Link your calendar" and "Connect with other volunteers" are personal calendar and people features, not connecting business software.',
    'connection.syncing-indicator': '"Syncing shifts…" is the rota syncing, not a business data connection.',
    'connection.delete': '"Leave group" leaves a volunteer group.',
    'privacy.support-contacts': 'Only a Help page with articles; no support channels.',
    'funnel.social-proof': 'Left unlabelled: "Trusted by 5,000 groups" is product social proof but there is no connection flow to support.',
    'privacy.statistics': 'Left unlabelled for the same reason.',
  },
  flow: { start: 'welcome', connect: null, steps: null, deadEnds: [] },
}, refs);

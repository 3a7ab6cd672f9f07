// h59 (negative): consumer habit tracker, mobile 375x812. Health-app connections only; no business software.
import { onPage, F, R, V, E, T, I, C, VS, HS, go, act, btnI, btnF, btnG, link, checkbox, logo, solid, finish, doc, canvas, writeOut } from './lib.mjs';

const W = 375;
const H = 812;
const OUT = new URL('..', import.meta.url).pathname;
const ink = '1D1B2C';
const violet = '6C4CF1';
const t = (c, x, y, w, s = 15, wt = 400, o = {}) => T(c, x, y, w, s, wt, { family: 'Nunito', color: ink, ...o });

onPage(2);
const cta = C('Button / Filled', 20, 20, 335, 54, { fills: solid(violet), cornerRadius: 16 }, [t('Label', 20, 16, 295, 16, 700, { color: 'FFFFFF' })]);
const habitChip = C('chip', 20, 100, 160, 44, { fills: solid('F1EDFF'), cornerRadius: 22 }, [t('Habit', 16, 12, 128, 14, 600)]);
const componentsPage = canvas(2, 'Components', [cta, habitChip]);
const components = {
  [cta.id]: { key: '11aa22bb01', name: 'Button / Filled', description: '' },
  [habitChip.id]: { key: '11aa22bb02', name: 'chip', description: '' },
};

onPage(1);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1600, 960, { fills: solid(violet) }, [t('Tally — habits v2', 100, 400, 1200, 72, 800, { color: 'FFFFFF' })])]);

onPage(3);
const screen = (name, kids) => F(name, 0, 0, W, H, { fills: solid('FFFFFF'), clipsContent: true }, [F('Frame 1', 0, 0, W, 44, { fills: [] }, [t('9:41', 24, 12, 60, 15, 700)]), ...kids]);
const body = (kids, gap = 16) => VS('Auto layout', 24, 72, 327, kids, { gap });

const welcome = screen('Welcome', [
  R('Rectangle 2', 0, 44, W, 340, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: '4ab1c0ffee' }] }),
  VS('Auto layout', 24, 410, 327, [
    t('Tiny habits.\nBig streaks. 🔥', 0, 0, 327, 30, 800),
    t('★★★★★ 4.8 · 61k ratings on the App Store', 0, 0, 327, 13, 600, { color: '7A7690' }),
    t('“The only habit app I’ve kept for more than a month.” — App Store review', 0, 0, 327, 14, 400, { h: 40 }),
    go(btnI('Get started', cta.id, 0, 0, 327, 54, 'Button / Filled', { bg: violet }), '@Sign up'),
    go(t('Skip intro', 0, 0, 327, 14, 600, { color: '7A7690', textAlignHorizontal: 'CENTER' }), '@Sign up'),
  ], { gap: 14 }),
]);

const signUp = screen('Sign up', [body([
  t('Create your account', 0, 0, 327, 24, 800),
  btnF(' Continue with Apple', 0, 0, 327, 50, 'Frame 10', { bg: '000000', r: 14 }),
  btnF('Continue with Google', 0, 0, 327, 50, 'Frame 11', { bg: 'FFFFFF', fg: ink, stroke: 'D9D6E6', r: 14 }),
  t('or use email', 0, 0, 327, 13, 400, { color: '7A7690', textAlignHorizontal: 'CENTER' }),
  F('Frame 13', 0, 0, 327, 50, { strokes: solid('D9D6E6'), cornerRadius: 14, fills: solid('FFFFFF') }, [t('Email', 16, 15, 280, 15, 400, { color: 'A6A2B8' })]),
  HS('Frame 14', 0, 0, [checkbox(0, 0, 'rect'), t('Send me weekly tips (optional)', 0, 0, 290, 13, 400)], { gap: 10 }),
  go(btnI('Continue', cta.id, 0, 0, 327, 54, 'Button / Filled', { bg: violet }), '@Pick habits'),
])]);

const pick = screen('Pick habits', [body([
  t('What do you want to build?', 0, 0, 327, 22, 800),
  ...['💧 Drink water', '🚶 10k steps', '🧘 Meditate 5 min', '📖 Read 10 pages', '😴 Bed by 11pm'].map((h) => I('chip', habitChip.id, 0, 0, 220, 44, { fills: solid('F1EDFF'), cornerRadius: 22 }, [t(h, 16, 12, 188, 14, 600)])),
  go(btnG('Next', 0, 0, 327, 54, 'Group 4', { bg: violet, r: 16 }), '@Connect Apple Health'),
], 12)]);

const health = screen('Connect Apple Health', [body([
  logo('apple-health-icon', 0, 0, 64, 'Rectangle 20'),
  t('Connect Apple Health', 0, 0, 327, 24, 800),
  t('Let Tally read your steps, sleep and mindful minutes so those habits tick themselves off. We only read — we never write to Health.', 0, 0, 327, 15, 400, { h: 84 }),
  go(btnI('Allow access', cta.id, 0, 0, 327, 54, 'Button / Filled', { bg: violet }), '@Sync with Google Fit'),
  go(t('Not now', 0, 0, 327, 14, 600, { color: '7A7690', textAlignHorizontal: 'CENTER' }), '@Invite a buddy'),
])]);

const fit = screen('Sync with Google Fit', [body([
  logo('google-fit-icon', 0, 0, 64, 'Rectangle 21'),
  t('Sync with Google Fit', 0, 0, 327, 24, 800),
  t('On Android? Sync step counts and workouts from Google Fit instead.', 0, 0, 327, 15, 400, { h: 42 }),
  go(btnF('Sync now', 0, 0, 327, 54, 'Frame 24', { bg: violet, r: 16 }), '@Invite a buddy'),
  act(link('Back', 0, 0, 60, { color: '7A7690', underline: false }), { type: 'BACK' }),
])]);

const buddy = screen('Invite a buddy', [body([
  t('Invite an accountability buddy 🤝', 0, 0, 327, 22, 800, { h: 62 }),
  t('People with a buddy keep their streaks twice as long. They’ll get a nudge when you check in.', 0, 0, 327, 15, 400, { h: 62 }),
  btnF('Share invite link', 0, 0, 327, 54, 'Frame 30', { bg: violet, r: 16 }),
  go(t('Maybe later', 0, 0, 327, 14, 600, { color: '7A7690', textAlignHorizontal: 'CENTER' }), '@Today'),
])]);

const today = screen('Today', [body([
  t('Today · Tue 14', 0, 0, 327, 22, 800),
  VS('Frame 40', 0, 0, 327, [
    t('Streak progress', 0, 0, 300, 14, 700),
    F('Frame 42', 0, 0, 295, 10, { fills: solid('ECE8FB'), cornerRadius: 5 }, [R('Rectangle 43', 0, 0, 200, 10, { fills: solid(violet), cornerRadius: 5 })]),
    t('🔥 12 days · 4 more to your best', 0, 0, 300, 13, 500, { color: '7A7690' }),
  ], { gap: 8, pad: 16, fills: solid('F7F5FF'), cornerRadius: 16 }),
  ...['💧 Drink water  6/8', '🚶 10k steps  7,412', '🧘 Meditate  ✓'].map((h) => HS(`Frame ${h.length + 44}`, 0, 0, [E('Ellipse 45', 0, 0, 24, 24, { strokes: solid(violet), strokeWeight: 2, fills: [] }), t(h, 0, 2, 260, 15, 600)], { gap: 12, pad: 12, strokes: solid('ECE8FB'), cornerRadius: 14 })),
  t('Syncing steps from Health…', 0, 0, 327, 12, 500, { color: '7A7690' }),
  HS('Frame 48', 0, 0, [
    go(t('Pro', 0, 0, 60, 13, 700, { color: violet }), '@Tally Pro'),
    go(t('Help', 0, 0, 60, 13, 700, { color: violet }), '@Help'),
    go(t('Settings', 0, 0, 80, 13, 700, { color: violet }), '@Settings'),
  ], { gap: 24 }),
], 12)]);

const pro = screen('Tally Pro', [body([
  t('Tally Pro ✨', 0, 0, 327, 26, 800),
  t('Unlimited habits · custom reminders · yearly heatmap', 0, 0, 327, 15, 400, { h: 42 }),
  t('£3.99/month · cancel anytime in the App Store', 0, 0, 327, 14, 600),
  btnI('Try free for 7 days', cta.id, 0, 0, 327, 54, 'Button / Filled', { bg: violet }),
  act(t('Close', 0, 0, 327, 14, 600, { color: '7A7690', textAlignHorizontal: 'CENTER' }), { type: 'CLOSE' }),
])]);

const help = screen('Help', [body([
  t('Help', 0, 0, 327, 24, 800),
  t('Browse answers, or reach us:\n✉️ hi@tally.example\n💬 In-app chat (weekdays)', 0, 0, 327, 15, 400, { h: 84 }),
  go(link('Back to today', 0, 0, 150, { color: violet }), '@Today'),
])]);

const settings = screen('Settings', [body([
  t('Settings', 0, 0, 327, 24, 800),
  HS('Frame 60', 0, 0, [t('Apple Health · last synced 8:02', 0, 2, 230, 14, 500), t('Disconnect', 0, 2, 80, 14, 700, { color: 'C02A3B' })], { gap: 12 }),
  HS('Frame 61', 0, 0, [t('Reminders', 0, 2, 230, 14, 500), V('Vector', 0, 0, 44, 26, { fills: solid(violet) })], { gap: 12 }),
  t('Export my data (CSV)', 0, 0, 327, 14, 500),
  t('Delete account', 0, 0, 327, 14, 700, { color: 'C02A3B' }),
  go(link('Done', 0, 0, 60, { color: violet, underline: false }), '@Today'),
])]);

const screens = [welcome, signUp, pick, health, fit, buddy, today, pro, help, settings];
screens.forEach((s, i) => { s._x = (i % 5) * 440; s._y = Math.floor(i / 5) * 1000; });
const flowPage = canvas(3, 'Onboarding + core', screens, { flowStartingPoints: [{ nodeId: '@Welcome', name: 'New user' }] });

const file = doc('Tally – habits v2', '2026-01-21T18:03:00Z', [cover, componentsPage, flowPage], components, {});
const { count } = finish(file);
writeOut(OUT, 'h59-negative-habit-tracker', file, {
  kind: 'negative',
  description: `Consumer habit tracker (mobile 375x812): welcome, sign-up, habit picker, Apple Health and Google Fit permission screens, buddy invite, today view with streak progress, Pro paywall, help and settings. Nothing connects accounting, banking or commerce software. ${count} nodes.`,
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.cta-visible': '“Connect Apple Health” and “Sync with Google Fit” are personal health-data permissions, not business software.',
    'value.progress-meter': '“Streak progress” tracks habits, not connections.',
    'connection.delete': '“Disconnect” removes Apple Health; “Delete account” is the user account.',
    'connection.syncing-indicator': '“Syncing steps from Health…” concerns health data.',
    'platform.non-linear': '“Invite an accountability buddy” and “Skip intro” are not about sharing a connection step.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log('h59', count);

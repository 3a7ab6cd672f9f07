import { Doc, t, rect, vec, col, row, stack, btn, link, search, card, screen, field, divider, componentLib, cover, emit, image, IDS } from './lib.mjs';

const doc = new Doc('Pulsefit — app v4', { lastModified: '2026-11-12T18:02:40Z', version: '3099912004' });
const W = 390, H = 844, GAP = 470;
const X = (i) => i * GAP;
const O = '#FF5A1F';
const sb = () => row([t('9:41', { size: 15, weight: 600, w: 60 }), vec(66, 12, { name: 'Right Side' })], { gap: 220, widths: [60, 66], name: 'Status Bar' });
const tabs = (a) => (x, y, w) => row(['Today', 'Workouts', 'Progress', 'Me'].map((s) => col([vec(22, 22, { fill: s === a ? O : '#9AA0AA' }), t(s, { size: 10, align: 'CENTER', color: s === a ? O : '#6B7280' })], { gap: 2, align: 'CENTER', to: s === 'Me' ? '@me' : s === 'Workouts' ? '@workouts' : undefined })), { pad: 10, fill: '#FFFFFF', name: 'Tab bar' })(x, y + H - 72, w);

const welcome = screen('@welcome', 'Welcome', X(0), 0, W, H, [
  sb(), rect(380, { fills: [image('runner-hero')], radius: 24, name: 'Image' }),
  t('Train smarter. Every day.', { size: 28, weight: 700, color: '#FFFFFF' }),
  t('Personal plans, live coaching and your stats in one place.', { size: 15, color: '#D1D5DB' }),
  btn('Get started', { kind: 'instance', componentId: '#btn', fill: O, w: 342, radius: 24, to: '@signup' }),
  link('I already have an account', { center: true, color: '#FFFFFF', to: { url: 'https://pulsefit.app/login' } }),
], { bg: '#111111' });
const signup = screen('@signup', 'Sign up', X(1), 0, W, H, [
  sb(), t('Create account', { size: 26, weight: 700 }),
  btn('Continue with Apple', { kind: 'frame', fill: '#000000', w: 342, radius: 24, to: '@goals' }),
  btn('Continue with Google', { kind: 'frame', secondary: true, fill: '#1A1D23', w: 342, radius: 24, to: '@goals', textColor: '#1A1D23' }),
  divider(), field('Email', 'you@example.com', { placeholder: true }),
  btn('Sign up with email', { kind: 'group', fill: O, w: 342, radius: 24, to: '@goals' }),
]);
const goals = screen('@goals', 'Goals', X(2), 0, W, H, [
  sb(), t('What’s your main goal?', { size: 24, weight: 700 }),
  col(['Lose weight', 'Build strength', 'Run further', 'Feel better'].map((g, i) => row([t(g, { size: 16, weight: 500 }), rect(20, { w: 20, radius: 10, stroke: '#9AA0AA', fill: i === 1 ? O : '#FFFFFF', name: 'Ellipse 4' })], { pad: 16, radius: 14, stroke: '#E5E7EB', widths: [undefined, 20] })), { gap: 10 }),
  btn('Continue', { kind: 'frame', fill: O, w: 342, radius: 24, to: '@watch' }),
]);
const watch = screen('@watch', 'Connect your watch', X(3), 0, W, H, [
  sb(), t('Connect your watch', { size: 26, weight: 700 }),
  t('Turn on Bluetooth and hold your watch close to your phone to pair it. We’ll track heart rate and steps automatically.', { size: 15, color: '#4B5260' }),
  stack([rect(220, { fill: '#FFF1EB', radius: 110, w: 220, name: 'Ellipse 9' }), vec(80, 80, { fill: O, name: 'watch', dx: 70 })], { name: 'Group 12' }),
  row([vec(16, 16, { name: 'spinner', fill: O }), t('Searching for devices…', { size: 14 })], { gap: 8, widths: [16] }),
  card('Pulse Band 3', { sub: 'Signal: strong', vectorLogo: true, logoFill: O, to: '@paywall' }),
  btn('Pair', { kind: 'frame', fill: O, w: 342, radius: 24, to: '@paywall' }),
  link('Not now', { center: true, to: '@paywall', underline: false, color: '#6B7280' }),
]);
const paywall = screen('@paywall', 'Paywall', X(4), 0, W, H, [
  sb(), row([t('', { w: 280 }), link('Skip', { underline: false, color: '#6B7280', to: '@today', w: 40 })], { widths: [280, 40], gap: 20 }),
  t('Go Premium', { size: 28, weight: 700 }),
  t('✓ Unlimited plans\n✓ Live coaching\n✓ Advanced recovery stats', { size: 16 }),
  row(['Monthly $9.99', 'Yearly $59.99'].map((p, i) => col([t(p, { size: 15, weight: 600 }), t(i ? 'Save 50%' : '', { size: 12, color: O })], { pad: 14, radius: 14, stroke: i ? O : '#E5E7EB' })), { gap: 10 }),
  btn('Start 7-day free trial', { kind: 'instance', componentId: '#btn', fill: O, w: 342, radius: 24, to: '@today' }),
  t('Restore purchase · Terms', { size: 12, color: '#9AA0AA', align: 'CENTER' }),
]);
const today = screen('@today', 'Today', X(5), 0, W, H, [
  sb(), t('Good morning, Lee', { size: 24, weight: 700 }),
  row([stack([rect(120, { w: 120, radius: 60, stroke: '#FFE2D6', fills: [], name: 'Ellipse 1' }), vec(120, 120, { fill: O, name: 'Arc' })], { w: 120 }), col([t('Weekly goal', { size: 13, color: '#6B7280' }), t('3 of 5 workouts', { size: 20, weight: 700 })], { gap: 4 })], { gap: 16, widths: [120] }),
  col([t('“The only bad workout is the one that didn’t happen.”', { size: 16, weight: 500 }), t('— Coach Maya', { size: 13, color: '#6B7280' })], { gap: 6, pad: 16, radius: 14, fill: '#FFF6F2', name: 'Quote' }),
  card('Upper body burn', { sub: '25 min · Intermediate', to: '@workout' }),
  card('Easy recovery run', { sub: '30 min · Zone 2', to: '@workout' }),
], { floating: [tabs('Today')] });
const workouts = screen('@workouts', 'Workouts', X(6), 0, W, H, [
  sb(), t('Workouts', { size: 26, weight: 700 }), search('Search workouts'),
  t('Strength', { size: 20, weight: 700 }),
  col(['Full body 20', 'Kettlebell basics'].map((n) => card(n, { sub: '20 min', to: '@workout' })), { gap: 8 }),
  t('Cardio', { size: 20, weight: 700 }),
  col(['HIIT sprint', 'Indoor cycle'].map((n) => card(n, { sub: '30 min', to: '@workout' })), { gap: 8 }),
], { floating: [tabs('Workouts')] });
const workout = screen('@workout', 'Workout detail', X(7), 0, W, H, [
  sb(), rect(240, { fills: [image('workout')], radius: 16 }), t('Upper body burn', { size: 24, weight: 700 }),
  t('1  Push-ups ×12\n2  Dumbbell rows ×10\n3  Shoulder press ×10', { size: 15 }),
  btn('Start workout', { kind: 'frame', fill: O, w: 342, radius: 24, to: { url: 'pulsefit://start' } }),
]);
const me = screen('@me', 'Me', X(8), 0, W, H, [
  sb(), t('Me', { size: 26, weight: 700 }),
  col([
    row([vec(24, 24, { fill: O }), col([t('Pulse Band 3', { size: 15, weight: 600 }), t('Paired · Last synced 5 min ago', { size: 12, color: '#6B7280' })], { gap: 2 }), link('Disconnect', { underline: false, color: '#C2342B', w: 80 })], { gap: 10, widths: [24, undefined, 80], pad: 14 }),
  ], { radius: 14, stroke: '#E5E7EB', name: 'Devices' }),
  col(['Subscription', 'Notifications', 'Units', 'Privacy'].map((s) => row([t(s, { size: 16 }), vec(8, 14)], { pad: 14, widths: [undefined, 8] })), { radius: 14, stroke: '#E5E7EB' }),
  link('Delete account', { color: '#C2342B', underline: false, center: true }),
], { floating: [tabs('Me')] });

doc.page('Cover', 1, cover('Pulsefit', 'App v4'));
doc.page('Flows', 8, [welcome, signup, goals, watch, paywall, today, workouts, workout, me], { flows: [{ nodeId: '@welcome', name: 'First run' }] });
doc.page('Components', 3, componentLib(doc, { set: 'Pill button', def: 'Variant=Filled', hover: 'Variant=Filled, State=Pressed', card: 'Workout card' }));

emit('d06-negative-fitness', doc, {
  kind: 'negative', connect: null,
  description: 'Pulsefit, a consumer fitness tracker (mobile 390x844). No business-account connection. Look-alikes: "Connect your watch" Bluetooth pairing with a "Searching for devices…" spinner, a paywall "Skip", a weekly-goal progress ring, workout search with category headings, a numbered workout list in one text node, a coach\'s motivational quote, device "Last synced"/"Disconnect" row and "Delete account".',
  present: [],
  absent: IDS.slice(),
  notes: {
    'funnel.cta-visible': '"Connect your watch" pairs a Bluetooth device; not a connection to business software or accounts.',
    'funnel.social-proof': 'The only quote is a motivational line from the in-app coach, not a review or testimonial.',
    'platform.non-linear': '"Skip" is on a paywall, not in a connection flow.',
    'connection.delete': '"Disconnect" unpairs a watch; "Delete account" deletes the user account.',
    'connection.view-live': 'Device row "Paired · Last synced 5 min ago" is a wearable, not a business data connection.',
    'connection.syncing-indicator': 'Spinner is Bluetooth device discovery.',
    'value.progress-meter': 'Weekly-goal ring measures workouts, not connections.',
    'platform.search': 'Search is over workouts.',
    'platform.grouped-categories': '"Strength"/"Cardio" headings group workouts.',
  },
});

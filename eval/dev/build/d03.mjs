import { Doc, t, rect, vec, col, row, stack, btn, link, card, screen, field, componentLib, emit, image } from './lib.mjs';

// Older file: navigation uses the legacy transitionNodeID field; page has prototypeStartNodeID only.
const doc = new Doc('Payday — mobile onboarding (2023, legacy proto)', { lastModified: '2026-10-02T15:20:03Z', version: '2981100345' });
const W = 390, H = 844, GAP = 480;
const X = (i) => i * GAP;
const C = '#0B7A75';
const L = true;
const top = (title, back = true) => row([back ? vec(24, 24, { name: 'Icon', to: { back: true } }) : rect(24, { w: 24, fills: [], name: 'Spacer' }), t(title, { size: 17, weight: 600, align: 'CENTER' })], { gap: 8, widths: [24], name: 'Nav' });
const steps = (n) => col([
  t(`Step ${n} of 4`, { size: 12, color: '#6B7280' }),
  stack([rect(4, { fill: '#E5E7EB', radius: 2, name: 'Rectangle 1' }), rect(4, { fill: C, radius: 2, w: Math.round(342 * n / 4), name: 'Rectangle 2' })], { name: 'Group 1' }),
], { gap: 6, name: 'Progress' });
const next = (label, to, kind = 'instance') => btn(label, { kind, componentId: '#btn', fill: C, w: 342, to, legacy: L, radius: 10 });

const signup = screen('@signup', 'Sign up', X(0), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }),
  vec(40, 40, { fill: C, name: 'Logo' }),
  t('Payroll in minutes.', { size: 26, weight: 700 }),
  field('Email', 'you@company.com', { placeholder: true }),
  field('Password', '', { placeholder: true }),
  next('Sign up', '@company'),
  link('Log in', { to: { url: 'https://app.payday.io/login' }, center: true }),
]);
const company = screen('@company', 'Onboarding 1', X(1), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), top('Company'), steps(1),
  field('Legal name', ''), field('EIN', '', { placeholder: true }), field('State', 'Select', { placeholder: true }),
  next('Next', '@team', 'frame'),
]);
const team = screen('@team', 'Onboarding 2', X(2), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), top('Team'), steps(2),
  t('Employees', { size: 20, weight: 700 }),
  col(['Add employee', 'Add contractor', 'Import from CSV'].map((s) => row([vec(18, 18, { name: 'plus' }), t(s, { size: 16 })], { gap: 10, widths: [18], pad: 14, stroke: '#E5E7EB', radius: 10 })), { gap: 8 }),
  next('Next', '@schedule', 'frame'),
]);
const schedule = screen('@schedule', 'Onboarding 3', X(3), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), top('Pay schedule'), steps(3),
  col(['Weekly', 'Every other week', 'Twice a month', 'Monthly'].map((s, i) => row([rect(20, { w: 20, radius: 10, stroke: '#8A919E', fill: i === 1 ? C : '#FFFFFF', name: 'Ellipse 1' }), t(s, { size: 16 })], { gap: 10, widths: [20], pad: 12 })), { gap: 4 }),
  field('First pay date', 'Dec 12, 2026'),
  next('Next', '@connect', 'group'),
]);
const connect = screen('@connect', 'Onboarding 4', X(4), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), top('Accounting'), steps(4),
  t('Link your accounting software.', { size: 22, weight: 700 }),
  col(['QuickBooks', 'Xero', 'Sage'].map((n) => card(n, { to: '@qbo', legacy: L, type: 'INSTANCE', componentId: '#card' })), { gap: 8, name: 'List' }),
  next('Connect', '@qbo'),
  btn('Skip for now', { kind: 'link', to: '@home', legacy: L, center: true, underline: false, color: '#4B5260' }),
  link('Help:\u00a0connecting your accounting', { to: { url: 'https://help.payday.io/accounting-setup' }, center: true, size: 13 }),
  t('Your data is encrypted and never shared.', { size: 12, visible: false }),
]);
const qbo = screen('@qbo', 'intuit login', X(5), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }),
  rect(36, { w: 120, fills: [image('intuit')], name: 'intuit' }),
  t('Sign in', { size: 22, weight: 700 }),
  field('Email or user ID', ''), field('Password', ''),
  stack([rect(48, { fill: '#0077C5', radius: 24, name: 'Rectangle 5' }), t('Sign in', { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER', h: 48 })], { name: 'Group 4', to: '@done', legacy: L }),
], { bg: '#F4F5F8' });
const done = screen('@done', 'Done', X(6), 0, W, H, [
  rect(120, { fills: [], name: 'Spacer' }),
  vec(64, 64, { fill: C, name: 'check-circle' }),
  t('You’re set up.', { size: 26, weight: 700 }),
  next('Go to dashboard', '@home'),
]);
const tab = (active) => (x, y, w) => row(['Home', 'People', 'Settings'].map((s) => t(s, { size: 11, align: 'CENTER', color: s === active ? C : '#6B7280', to: s === 'Settings' ? '@settings' : s === 'Home' ? '@home' : undefined, legacy: L })), { pad: 14, fill: '#FFFFFF', stroke: '#E5E7EB', name: 'Tabs' })(x, y + H - 60, w);
const home = screen('@home', 'Home', X(7), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }),
  t('Home', { size: 26, weight: 700 }),
  col([t('Next payroll', { size: 13, color: '#6B7280' }), t('Fri, Dec 12', { size: 22, weight: 700 }), t('14 employees · $48,210.00', { size: 14 }), btn('Run payroll', { kind: 'frame', fill: C, w: 140, to: '@run', legacy: L, h: 40 })], { gap: 6, pad: 16, radius: 12, stroke: '#E5E7EB', name: 'Card' }),
  col([t('Accounting not connected', { size: 15, weight: 600 }), t('Journal entries are still manual.', { size: 13, color: '#6B7280' }), link('Connect accounting', { to: '@connect', legacy: L })], { gap: 6, pad: 16, radius: 12, fill: '#FFF8E6', name: 'Frame 12' }),
], { floating: [tab('Home')] });
const run = screen('@run', 'Run payroll', X(8), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), top('Run payroll'),
  col(['A. Reyes  $3,120.00', 'B. Chen  $2,880.00', 'D. Patel  $4,050.00', 'M. Ortiz  $2,410.00'].map((s) => t(s, { size: 15 })), { gap: 12 }),
  next('Review', '@review', 'frame'),
]);
const review = screen('@review', 'Review payroll', X(9), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), top('Review'),
  t('Total $48,210.00\nDebit Dec 10', { size: 16 }),
  btn('Submit', { kind: 'frame', fill: C, w: 342, to: { url: 'https://app.payday.io/submit' } }),
]);
const settings = screen('@settings', 'Settings', X(10), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), t('Settings', { size: 26, weight: 700 }),
  col(['Company', 'Bank account', 'Integrations', 'Taxes', 'Billing'].map((s) => row([t(s, { size: 16 }), vec(8, 14, { name: 'chevron' })], { pad: 14, widths: [undefined, 8], to: s === 'Integrations' ? '@integrations' : undefined, legacy: L })), { gap: 0, stroke: '#E5E7EB', radius: 10 }),
  link('Delete company', { color: '#C2342B', underline: false }),
], { floating: [tab('Settings')] });
const integrations = screen('@integrations', 'Integrations', X(11), 0, W, H, [
  rect(44, { fills: [], name: 'Status' }), top('Integrations'),
  col([
    row([rect(32, { w: 32, fills: [image('img-qb')], name: 'Rectangle 8' }), col([t('QuickBooks', { size: 16, weight: 600 }), t('Connected 11/03/26 · Last sync 11/24 4:12 PM', { size: 12, color: '#6B7280' }), t('38 journal entries synced', { size: 12, color: '#6B7280' })], { gap: 2 })], { gap: 10, widths: [32] }),
    row([btn('Sync now', { kind: 'frame', secondary: true, fill: C, h: 36, w: 120, size: 14, to: { url: 'https://app.payday.io/sync' } }), btn('Unlink', { kind: 'link', color: '#C2342B', underline: false, w: 60 })], { gap: 16, widths: [120, 60] }),
  ], { gap: 12, pad: 16, stroke: '#E5E7EB', radius: 12, name: 'Card' }),
]);

doc.page('Page 1', 1, [signup, company, team, schedule, connect, qbo, done, home, run, review, settings, integrations], { start: '@signup', noFlows: true });
doc.page('Components', 9, componentLib(doc, { set: 'button', def: 'primary', hover: 'primary-hover', card: 'row/integration' }));
doc.page('old', 15, [screen('@o1', 'Onboarding 4 (old)', 0, 0, W, H, [t('Accounting', { size: 20 }), t('Coming soon', { size: 14 })])]);

emit('d03-payroll-mobile', doc, {
  kind: 'onboarding', connect: '@connect', expectSteps: 4, expectDead: [],
  description: 'Payday, US payroll/benefits app (mobile 390x844), terse copy, older file: all prototype navigation uses transitionNodeID and the page has only prototypeStartNodeID. Sign up → Company (step 1 of 4) → Team → Pay schedule → Accounting connect step (4 steps from sign-up) with bare "QuickBooks/Xero/Sage" rows, "Skip for now" and a help link → Intuit sign-in → Done → Home (contextual "Connect accounting") → Settings → Integrations (last sync, Sync now, Unlink).',
  present: ['funnel.cta-visible', 'value.contextual-ctas', 'value.progress-meter', 'privacy.connection-guide', 'platform.non-linear', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Sign up → Company → Team → Pay schedule → Accounting: 4 transitionNodeID steps.',
    'value.progress-meter': '"Step n of 4" label with a two-rectangle progress bar on each onboarding step.',
    'privacy.connection-guide': 'Link "Help: connecting your accounting".',
    'platform.non-linear': '"Skip for now" on the connect step leads to Home.',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" (Online/Desktop, Business Cloud/Intacct not specified).',
    'privacy.trust-language': 'Only a hidden text layer says "encrypted and never shared".',
    'value.three-part': 'Connect step is a single terse line + list; no value or data-use message.',
    'connection.refresh': '"Sync now" button on the Integrations card.',
    'platform.alternatives': 'No fallback for a missing accounting platform; "Import from CSV" on the Team step imports employees (look-alike).',
    'connection.delete': '"Unlink" text button; "Delete company" in Settings is a look-alike.',
  },
});

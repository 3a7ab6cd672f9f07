import { Doc, t, rect, vec, col, row, stack, btn, link, search, screen, field, componentLib, cover, emit, image, IDS } from './lib.mjs';

const doc = new Doc('Inkwell Notes — desktop app', { lastModified: '2026-11-10T09:44:18Z', version: '3088801234' });
const W = 1280, H = 832, GAP = 1380;
const X = (i) => i * GAP;
const K = '#2F7D32';
const side = () => col([
  row([vec(24, 24, { fill: K }), t('Inkwell', { size: 17, weight: 700 })], { gap: 8, widths: [24] }),
  search('Search notes', { radius: 8 }),
  ...['All notes', 'Favourites', 'Templates', 'Shared', 'Trash'].map((s) => t(s, { size: 14, to: s === 'Templates' ? '@templates' : undefined })),
  row([vec(14, 14, { name: 'Spinner', fill: K }), t('Syncing…', { size: 12, color: '#6B7280' })], { gap: 6, widths: [14], name: 'Sync status' }),
], { gap: 12, pad: 16, w: 240, fill: '#F5F5F0', name: 'Sidebar' });

const welcome = screen('@welcome', 'Welcome', X(0), 0, W, H, [
  80, col([
    vec(56, 56, { fill: K, name: 'Logo' }),
    t('Your notes, everywhere.', { size: 32, weight: 700 }),
    t('Write on your laptop, pick up on your phone. Inkwell keeps every note in sync across devices.', { size: 16, color: '#4B5260' }),
    btn('Get started', { kind: 'instance', componentId: '#btn', fill: K, w: 240, to: '@signup' }),
  ], { gap: 16, w: 560, align: 'CENTER' }),
]);
const signup = screen('@signup', 'Create account', X(1), 0, W, H, [
  80, col([t('Create your account', { size: 26, weight: 700 }), field('Email', 'ren@hey.com'), field('Password', '••••••••'), btn('Create account', { kind: 'frame', fill: K, w: 400, to: '@sync' })], { gap: 14, w: 480 }),
]);
const sync = screen('@sync', 'Onboarding / Sync', X(2), 0, W, H, [
  80, col([
    rect(200, { fills: [image('devices')], radius: 16 }),
    t('☁️ Sync across devices', { size: 28, weight: 700 }),
    t('Turn on sync to see your notes on every device you sign in to.', { size: 15 }),
    row([rect(24, { w: 44, radius: 12, fill: K, name: 'Toggle' }), t('Sync is on', { size: 15 })], { gap: 10, widths: [44] }),
    btn('Continue', { kind: 'group', fill: K, w: 240, to: '@import' }),
  ], { gap: 14, w: 560 }),
]);
const importS = screen('@import', 'Onboarding / Import', X(3), 0, W, H, [
  80, col([
    t('Bring your notes with you', { size: 28, weight: 700 }),
    col(['Import from Evernote', 'Import from Apple Notes', 'Import Markdown folder'].map((s) => row([vec(28, 28, { fill: '#6B7280' }), t(s, { size: 16, weight: 500 })], { gap: 12, widths: [28], pad: 14, radius: 12, stroke: '#E5E7EB', to: '@importing' })), { gap: 10 }),
    link('Skip — start with a blank notebook', { to: '@editor', underline: false, color: '#6B7280' }),
  ], { gap: 14, w: 560 }),
]);
const importing = screen('@importing', 'Onboarding / Importing', X(4), 0, W, H, [
  80, col([
    t('Importing from Evernote…', { size: 24, weight: 700 }),
    stack([rect(8, { fill: '#E5E7EB', radius: 4 }), rect(8, { w: 300, fill: K, radius: 4 })], { name: 'Progress' }),
    t('206 of 342 notes · 60%', { size: 14, color: '#6B7280' }),
    btn('Open Inkwell', { kind: 'frame', fill: K, w: 200, to: '@editor' }),
  ], { gap: 14, w: 500 }),
]);
const editor = screen('@editor', 'Editor', X(5), 0, W, H, [
  row([side(), col([
    t('Meeting notes — 24 Nov', { size: 26, weight: 700 }),
    t('• Ship v2 templates\n• Review onboarding copy\n• Ren to follow up with design', { size: 15 }),
    row([t('Last edited 2 min ago', { size: 12, color: '#9AA0AA' }), link('Share', { to: { dest: '@share', nav: 'OVERLAY' }, w: 60 })], { gap: 16, widths: [200, 60] }),
  ], { gap: 14, pad: 32, w: 980 })], { gap: 0, widths: [240, 1000] }),
], { pad: 0 });
const tpl = (n) => col([rect(120, { fills: [image('tpl-' + n.length)], radius: 10 }), t(n, { size: 14, weight: 600 })], { gap: 8, to: '@editor', name: 'Template' });
const templates = screen('@templates', 'Templates', X(6), 0, W, H, [
  row([side(), col([
    t('Templates', { size: 26, weight: 700 }),
    search('Search 120+ templates', { radius: 10 }),
    t('Work', { size: 20, weight: 600 }),
    row(['Meeting notes', 'Project brief', '1:1 agenda'].map(tpl), { gap: 16 }),
    t('Personal', { size: 20, weight: 600 }),
    row(['Journal', 'Reading list', 'Trip planner'].map(tpl), { gap: 16 }),
  ], { gap: 14, pad: 32, w: 980 })], { gap: 0, widths: [240, 1000] }),
], { pad: 0 });
const share = screen('@share', 'Share note', X(7), 0, 480, 360, [
  t('Share “Meeting notes”', { size: 20, weight: 700 }),
  field('Invite people', 'name@company.com', { placeholder: true }),
  row([t('Anyone with the link can view', { size: 14 }), link('Copy link', { w: 80 })], { widths: [undefined, 80] }),
  btn('Done', { kind: 'frame', fill: K, w: 120, to: { close: true } }),
]);
const settings = screen('@settings', 'Settings', X(8), 0, W, H, [
  t('Settings', { size: 26, weight: 700 }),
  row([t('Sync across devices', { size: 15 }), rect(24, { w: 44, radius: 12, fill: K, name: 'Toggle' })], { widths: [undefined, 44], pad: 14, stroke: '#E5E7EB', radius: 10 }),
  row([t('Devices: MacBook Pro, iPhone 15 · Last synced just now', { size: 14 }), btn('Sign out of all devices', { kind: 'link', w: 180 })], { widths: [undefined, 180], pad: 14 }),
  link('Delete account', { color: '#C2342B', underline: false }),
]);

doc.page('Cover', 1, cover('Inkwell', 'Desktop app'));
doc.page('App', 7, [welcome, signup, sync, importS, importing, editor, templates, share, settings], { flows: [{ nodeId: '@welcome', name: 'First run' }] });
doc.page('Components', 4, componentLib(doc, { set: 'Button', def: 'Default', hover: 'Hover' }));

emit('d08-negative-notes-app', doc, {
  kind: 'negative', connect: null,
  description: 'Inkwell, a note-taking desktop app (1280x832). No business-account connection. Look-alikes: "Sync across devices" onboarding step and toggle, a sidebar "Syncing…" spinner, "Import from Evernote/Apple Notes" with an import progress bar, "Skip — start with a blank notebook", a templates gallery with "Search 120+ templates" and Work/Personal headings, a share-note invite dialog, device "Last synced just now", "Delete account".',
  present: [],
  absent: IDS.slice(),
  notes: {
    'connection.syncing-indicator': '"Syncing…" is device sync of notes, not data syncing from a connected business platform.',
    'connection.view-live': '"Devices … Last synced just now" lists the user\'s own devices, not connections.',
    'platform.alternatives': '"Import from Evernote" is a notes import, not a fallback for a missing business platform.',
    'platform.search': 'Search is over notes and templates.',
    'platform.grouped-categories': 'Work/Personal headings group templates.',
    'platform.non-linear': '"Skip" and note sharing are not about a connection flow.',
    'value.progress-meter': 'Import progress bar measures a file import.',
  },
});

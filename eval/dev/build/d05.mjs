import { Doc, t, rect, vec, col, row, stack, btn, link, check, search, card, screen, field, divider, componentLib, cover, emit, image } from './lib.mjs';

const doc = new Doc('Procura iPad — setup & integrations', { lastModified: '2026-11-19T13:55:02Z', version: '3133370001' });
const W = 1024, H = 1366, GAP = 1124;
const X = (i) => i * GAP;
const A = '#7A2EE6';
const stepper = (n) => row([1, 2, 3, 4].map((i) => col([rect(6, { fill: i <= n ? A : '#E4E0EE', radius: 3, name: 'Rectangle 6' + i }), t(['Workspace', 'Integrations', 'Review', 'Approvers'][i - 1], { size: 12, color: i <= n ? A : '#8A919E' })], { gap: 6 })), { gap: 8, name: 'Setup ' + n + ' of 4' });
const side = (active) => col([
  vec(30, 30, { fill: A, name: 'Procura' }), 20,
  ...['Requests', 'Purchase orders', 'Spend', 'Vendors', 'Integrations', 'Settings'].map((s) => t(s, { size: 15, weight: s === active ? 600 : 400, color: s === active ? A : '#3B414D', to: s === 'Integrations' ? '@settingsInt' : s === 'Purchase orders' ? '@po' : undefined })),
], { gap: 16, pad: 20, w: 200, fill: '#F8F7FB', name: 'Nav' });

const signup = screen('@signup', 'Sign up', X(0), 0, W, H, [
  80,
  col([
    vec(40, 40, { fill: A, name: 'Vector' }),
    t('Create your Procura workspace', { size: 28, weight: 700 }),
    field('Work email', 'alex@lumenlabs.com'), field('Company', 'Lumen Labs, Inc.'), field('Password', '••••••••••'),
    btn('Create workspace', { kind: 'instance', componentId: '#btn', fill: A, w: 560, to: '@workspace' }),
    row([t('By signing up you accept the', { size: 12, color: '#6B7280' }), link('Terms of use', { size: 12, to: '@terms' })], { gap: 4, widths: [180] }),
  ], { gap: 16, w: 620, pad: 30 }),
  col([
    row([t('4.7 ★', { size: 22, weight: 700, w: 70 }), t('on G2 — 312 reviews', { size: 14, color: '#4B5260' })], { gap: 8, widths: [70] }),
    t('Trusted by procurement teams at Lumen Labs, Arcadia Health and Northwind Foods', { size: 13, color: '#6B7280' }),
    row(['lumen', 'arcadia', 'northwind', 'pellucid'].map((n) => rect(28, { fills: [image('logo-' + n)], name: 'Rectangle ' + n.length })), { gap: 24 }),
  ], { gap: 10, pad: 30, radius: 16, fill: '#F8F7FB', name: 'Frame 44' }),
]);

const workspace = screen('@workspace', 'Setup / Workspace', X(1), 0, W, H, [
  stepper(1),
  t('Set up your workspace', { size: 28, weight: 700 }),
  field('Workspace name', 'Lumen Labs'), field('Default currency', 'USD — US dollar'), field('Fiscal year starts', 'January'),
  btn('Next', { kind: 'frame', fill: A, w: 200, to: '@integrate', name: 'Auto layout' }),
]);

const accounting = ['QuickBooks', 'Sage', 'NetSuite', 'Xero'];
const revenue = ['Stripe', 'Shopify'];
const banks = ['Chase', 'ConnectOne Bank', 'Wells Fargo'];
const tile = (n) => row([
  rect(36, { w: 36, fills: [image('img-' + n.toLowerCase().replace(/\W/g, ''))], radius: 8, name: 'Rectangle ' + n.length }),
  t(n, { size: 16, weight: 600 }),
  btn('Integrate', { kind: 'frame', secondary: true, fill: A, w: 110, h: 36, size: 14, to: '@sso' }),
], { gap: 12, pad: 14, widths: [36, undefined, 110], radius: 12, stroke: '#E4E0EE', fill: '#FFFFFF', name: 'Frame ' + (600 + n.length) });
const integrate = screen('@integrate', 'Setup / Integrations', X(2), 0, W, H, [
  stepper(2),
  t('Integrate your\u200b finance stack', { size: 28, weight: 700 }),
  t('Procura imports vendors, purchase orders and GL codes from your accounting system and syncs approved bills back to it. Bank accounts are read-only: we import balances and card transactions, nothing is sent to your bank.', { size: 15, color: '#3B414D' }),
  search('Find your software', { radius: 10 }),
  t('Accounting', { size: 22, weight: 700 }),
  row([col(accounting.slice(0, 2).map(tile), { gap: 10 }), col(accounting.slice(2).map(tile), { gap: 10 })], { gap: 12, name: 'Frame 700' }),
  t('Revenue', { size: 22, weight: 700 }),
  row(revenue.map(tile), { gap: 12, name: 'Frame 701' }),
  t('Bank accounts', { size: 22, weight: 700 }),
  col(banks.map(tile), { gap: 10, name: 'Frame 702' }),
  row([t('Can’t find your software?', { size: 14 }), link('Upload a CSV', { to: { url: 'https://help.procura.com/csv-import' } })], { gap: 6, widths: [180] }),
  check('I authorize Procura to access my accounting and bank data as described in the Privacy Policy.', { kind: 'instance', componentId: '#check', links: [{ label: 'Privacy Policy', to: { url: 'https://procura.com/privacy' } }] }),
  row([vec(16, 16, { name: 'lock' }), t('🔒 Securely integrate — bank-grade encryption, never shared with third parties.', { size: 13 })], { gap: 8, widths: [16], visible: false, name: 'trust row (hidden)' }),
  t('You can remove an integration at any time in Settings › Integrations.', { size: 13, color: '#4B5260' }),
  row([link('Integration guide', { to: { url: 'https://help.procura.com/integrations' }, size: 14, w: 130 }), t('·', { w: 10 }), link('Invite your finance admin to finish this step', { size: 14, to: { url: 'mailto:?subject=Procura%20integrations' } })], { gap: 8, widths: [130, 10] }),
  row([btn('Back', { kind: 'frame', secondary: true, fill: A, w: 120, to: { back: true } }), btn('Continue', { kind: 'frame', fill: A, w: 200, to: '@integrated' })], { gap: 12, widths: [120, 200] }),
], { gap: 14 });

const sso = screen('@sso', 'NetSuite sign-in (ext)', X(3), 0, W, H, [
  120,
  col([
    rect(40, { w: 160, fills: [image('oracle-netsuite')], name: 'Logo' }),
    t('Log in to NetSuite', { size: 22, weight: 700 }), field('Email', ''), field('Password', ''),
    stack([rect(44, { fill: '#1F4E79', radius: 4, name: 'Rectangle 1' }), t('Log In', { size: 15, color: '#FFFFFF', align: 'CENTER', h: 44, weight: 600 })], { name: 'Group 2', to: '@integrated' }),
  ], { gap: 14, pad: 32, w: 480, stroke: '#D5D8DE', radius: 4 }),
], { bg: '#F2F2F2' });

const integrated = screen('@integrated', 'Setup / Review', X(4), 0, W, H, [
  stepper(3),
  t('Your integrations', { size: 28, weight: 700 }),
  col([
    card('NetSuite', { sub: 'Lumen Labs, Inc. (Subsidiary 1)', badge: 'Connected ✓', badgeW: 120 }),
    card('Chase', { sub: 'Operating ••3321', badge: 'Pending authorization', badgeColor: '#B25E00', badgeW: 170 }),
  ], { gap: 10 }),
  row([vec(16, 16, { name: 'plus' }), t('Add another integration', { size: 15, weight: 600, color: A })], { gap: 8, widths: [16], to: '@integrate' }),
  btn('Next', { kind: 'vector', fill: A, w: 200, to: '@team' }),
]);

const team = screen('@team', 'Setup / Approvers', X(5), 0, W, H, [
  stepper(4),
  t('Invite approvers', { size: 28, weight: 700 }),
  col(['Finance — jamie@lumenlabs.com', 'Ops — priya@lumenlabs.com'].map((s) => field('Approver', s)), { gap: 12 }),
  btn('Finish setup', { kind: 'instance', componentId: '#btn', fill: A, w: 240, to: '@spend' }),
]);

const spend = screen('@spend', 'Spend', X(6), 0, W, H, [
  row([
    side('Spend'),
    col([
      t('Spend', { size: 28, weight: 700 }),
      row(['Committed $412k', 'Approved $1.2M', 'Open POs 38'].map((s) => t(s, { size: 16, weight: 600 })), { gap: 16 }),
      col([
        t('Budget vs. actual', { size: 18, weight: 600 }),
        rect(220, { fill: '#F4F2FA', radius: 12, name: 'Chart empty' }),
        t('Sync your accounting to see budget vs. actual by department.', { size: 14, align: 'CENTER' }),
        btn('Import from QuickBooks', { kind: 'group', fill: A, w: 260, to: '@integrate', center: true }),
      ], { gap: 10, pad: 20, radius: 14, stroke: '#E4E0EE', name: 'Card' }),
    ], { gap: 18, w: 760 }),
  ], { gap: 24, widths: [200, 760] }),
], { pad: 0 });

const po = screen('@po', 'Purchase orders', X(7), 0, W, H, [
  row([side('Purchase orders'), col([t('Purchase orders', { size: 28, weight: 700 }), ...['PO-1043 · Dell · $18,200 · Approved', 'PO-1044 · WeWork · $9,600 · Pending', 'PO-1045 · AWS · $42,000 · Draft'].map((s) => row([t(s, { size: 15 })], { pad: 14, stroke: '#E4E0EE', radius: 10 }))], { gap: 12, w: 760 })], { gap: 24, widths: [200, 760] }),
], { pad: 0 });

const intRow = (n, meta) => row([
  rect(32, { w: 32, fills: [image('img-' + n.toLowerCase())], name: 'Rectangle 9' }),
  col([t(n, { size: 16, weight: 600 }), t(meta, { size: 12, color: '#6B7280' })], { gap: 2 }),
  btn('Sync now', { kind: 'link', underline: false, w: 80, to: { url: 'https://app.procura.com/sync' } }),
  btn('Remove connection', { kind: 'link', underline: false, color: '#C2342B', w: 140, to: { dest: '@remove', nav: 'OVERLAY' } }),
], { gap: 12, pad: 14, widths: [32, undefined, 80, 140], radius: 10, stroke: '#E4E0EE', name: 'Row' });
const settingsInt = screen('@settingsInt', 'Settings — Integrations', X(8), 0, W, H, [
  row([
    side('Integrations'),
    col([
      t('Integrations', { size: 28, weight: 700 }),
      intRow('NetSuite', 'First synced Nov 12, 2026 · Last synced Nov 26, 2026 7:40 AM · 1,214 vendors'),
      intRow('Chase', 'Operating ••3321 · USD · Last synced Nov 26, 2026 6:02 AM'),
      btn('Add integration', { kind: 'frame', fill: A, w: 200, to: '@integrate' }),
      divider(),
      link('Contact support', { to: { url: 'https://help.procura.com/contact' } }),
      link('Delete workspace', { color: '#C2342B', underline: false }),
    ], { gap: 14, w: 760 }),
  ], { gap: 24, widths: [200, 760] }),
], { pad: 0 });

const remove = screen('@remove', 'Dialog — remove', X(9), 0, 520, 300, [
  t('Remove NetSuite?', { size: 20, weight: 700 }),
  t('Procura will stop syncing and lose access to NetSuite data. Existing POs stay in Procura.', { size: 14 }),
  row([btn('Cancel', { kind: 'frame', secondary: true, fill: A, w: 120, to: { close: true } }), btn('Remove', { kind: 'frame', fill: '#C2342B', w: 120, to: { close: true } })], { gap: 12, widths: [120, 120] }),
]);

const terms = screen('@terms', 'Terms of use', X(0), 1500, W, H, [
  t('Terms of use', { size: 28, weight: 700 }),
  t('Last updated 1 October 2026\n\n1. Services\n2. Customer data\n3. Fees and payment\n4. Term and termination', { size: 14 }),
]);

doc.page('Cover', 1, cover('Procura for iPad', 'Setup & integrations'));
doc.page('iPad flows', 18, [signup, workspace, integrate, sso, integrated, team, spend, po, settingsInt, remove, terms], { flows: [{ nodeId: '@signup', name: 'Setup' }], start: '@signup' });
doc.page('Components', 6, componentLib(doc, { set: 'Button', def: 'Primary', hover: 'Primary/Hover', check: 'Form/Checkbox', card: 'Integration tile' }));
doc.page('Archive', 90, [screen('@old', 'Spend (old)', 0, 0, W, H, [t('Spend', { size: 28, weight: 700 }), rect(300, { fill: '#EEE' })])]);

emit('d05-procurement-tablet', doc, {
  kind: 'onboarding', connect: '@integrate', expectSteps: 2, expectDead: ['@terms'],
  description: 'Procura, B2B procurement/expense tool (iPad 1024x1366, US English) using "integrate"/"sync"/"import from" instead of "connect". Sign up (G2 rating, customer logos) → workspace (4-step setup stepper) → Integrate your finance stack (search, Accounting / Revenue / Bank accounts groups of tiles each with an "Integrate" button, CSV upload fallback, consent checkbox INSTANCE, guide + invite-admin links) → NetSuite sign-in → review with connected/pending + add another → approvers → Spend (contextual "Import from QuickBooks") → Settings › Integrations (sync now, remove connection). Terms of use is a dead end. "ConnectOne Bank" is a brand look-alike.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'platform.grouped-categories', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.trust-language', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.accurate-branding', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Sign up → Workspace → Integrations: 2 steps.',
    'funnel.cta-visible': 'Integration tiles fill the central area of the setup step; "Integrations" is a permanent sidebar entry in the app.',
    'value.three-part': 'The integrate step states data direction but no benefit to the customer and offers nine equal "Integrate" buttons, not one main CTA.',
    'value.progress-meter': '4-segment setup stepper (rectangles) with labels.',
    'privacy.data-scope': 'Imports vendors/POs/GL codes from accounting, syncs approved bills back; bank read-only.',
    'privacy.consent-action': 'Checkbox INSTANCE (Form/Checkbox) beside authorization text with a Privacy Policy link.',
    'platform.accurate-branding': 'Bare "QuickBooks", "Sage", "NetSuite", "Chase".',
    'platform.non-linear': '"Invite your finance admin to finish this step" (mailto link).',
    'privacy.trust-language': 'The only reassurance copy ("Securely integrate…never shared") is a hidden row on the integrate step.',
    'privacy.statistics': 'Only a G2 rating/review count (social proof), no customer count or encryption figure.',
    'privacy.support-contacts': 'Deliberately unlabelled: a single "Contact support" link in settings.',
    'connection.delete': '"Remove connection" per row + dialog; "Delete workspace" is a look-alike.',
  },
});

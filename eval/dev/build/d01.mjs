import { Doc, t, rect, vec, col, row, stack, btn, link, check, search, card, screen, field, divider, componentLib, cover, emit, image, solid } from './lib.mjs';

const doc = new Doc('Tallyline — onboarding & connections (UK) v7', { lastModified: '2026-11-18T16:42:11Z', version: '3140098812' });
const W = 1440, H = 1024, GAP = 1600;
const X = (i) => i * GAP;
const G = '#0F6E5C'; // brand green
const side = (active, dest) => col([
  row([vec(28, 28, { fill: G, name: 'Logo' }), t('Tallyline', { size: 18, weight: 700 })], { gap: 8, widths: [28] }), 12,
  ...['Overview', 'Reconcile', 'Bank rules', 'Reports', 'Settings'].map((s) => t(s, { size: 15, weight: s === active ? 600 : 400, color: s === active ? G : '#4B5260', to: s === 'Settings' && dest ? dest : undefined })),
], { pad: 20, gap: 14, w: 220, fill: '#F6F8F7', name: 'Sidebar' });
const logoBar = () => row([vec(28, 28, { fill: G, name: 'Vector' }), t('Tallyline', { size: 20, weight: 700 })], { gap: 8, widths: [28], name: 'Group 2' });
const supportFooter = () => col([divider(), t('Need a hand? Call 0800 048 7321 · Email support@tallyline.co.uk · Live chat (Mon–Fri, 8am–6pm)', { size: 13, color: '#6B7280' })], { gap: 10, name: 'Footer' });

// 1 sign up
const signup = screen('@signup', 'Sign up', X(0), 0, W, H, [
  logoBar(), 24,
  row([
    col([
      t('Create your Tallyline account', { size: 28, weight: 700 }),
      t('Bank reconciliation that keeps itself up to date.', { size: 16, color: '#4B5260' }),
      field('Work email', 'name@company.co.uk', { placeholder: true }),
      field('Password', '••••••••••'),
      btn('Create account', { kind: 'instance', componentId: '#btn', w: 420, fill: G, to: ['@biz', { change: '#btnHover' }] }),
      row([t('Already have an account?', { size: 14, color: '#6B7280' }), link('Log in', { to: { url: 'https://app.tallyline.co.uk/login' } })], { gap: 6, widths: [170] }),
      row([link('See pricing', { to: '@pricing', underline: false }), link('Terms', { to: '@terms' })], { gap: 16, widths: [90, 60], name: 'Frame 77' }),
    ], { gap: 16, w: 480, name: 'Frame 427' }),
    col([
      rect(260, { fills: [image('b7e1c0a9f3d2')], radius: 16, name: 'Image 3' }),
      t('“Tallyline took our month-end close from four days to one. The bank matching is uncanny.”', { size: 18, weight: 500 }),
      row([rect(40, { w: 40, radius: 20, fills: [image('a91f22de0c11')], name: 'Ellipse 2' }), col([t('Priya Shah', { size: 14, weight: 600 }), t('Finance Director, Northbank Coffee Roasters', { size: 13, color: '#6B7280' })], { gap: 2 })], { gap: 12, widths: [40] }),
    ], { gap: 16, pad: 32, radius: 20, fill: '#EEF5F3', name: 'Frame 428' }),
  ], { gap: 80, widths: [480, 700], name: 'Frame 11' }),
]);

// 2 business details
const biz = screen('@biz', 'Business details', X(1), 0, W, H, [
  logoBar(), 24,
  col([
    t('Tell us about your business', { size: 28, weight: 700 }),
    field('Company name', 'e.g. Northbank Coffee Roasters Ltd', { placeholder: true }),
    field('Your role', 'Select…', { placeholder: true }),
    field('How many bank accounts do you reconcile?', '1–3'),
    row([btn('Back', { kind: 'frame', secondary: true, fill: G, to: { back: true }, w: 120 }), btn('Continue', { kind: 'frame', fill: G, to: '@connect', w: 200, name: 'cta/primary' })], { gap: 12, widths: [120, 200] }),
  ], { gap: 18, w: 520, name: 'Frame 52' }),
]);

// 3 connect (decision point)
const acc = [['Xero', 'xero.com'], ['QuickBooks Online', 'quickbooks.intuit.com/uk'], ['Oracle NetSuite', 'netsuite.co.uk'], ['Sage Business Cloud Accounting', 'sage.com/en-gb']];
const banks = [['Barclays Business', 'Open Banking'], ['HSBC UK Business', 'Open Banking'], ['Lloyds Bank Business', 'Open Banking'], ['Monzo Business', 'Open Banking']];
const connect = screen('@connect', 'Connect your books', X(2), 0, W, H + 400, [
  logoBar(),
  row([
    col([
      t('Connect your accounting software', { size: 28, weight: 700 }),
      t('Reconcile in minutes, not days: once your books are connected, Tallyline matches every bank line to your ledger automatically and flags anything that doesn’t add up.', { size: 16, color: '#3B414D' }),
      t('We’ll read invoices, bills, contacts and bank transactions from your accounting software. Data only travels from your software to Tallyline — we never write to your ledger.', { size: 15, color: '#3B414D', name: 'How we use your data' }),
      search('Find your software', { name: 'Input' }),
      t('Accounting software', { size: 20, weight: 600 }),
      col(acc.map(([n, s], i) => card(n, { sub: s, to: i === 0 ? ['@redirect', { change: '#btnHover' }] : '@redirect', type: i % 2 ? 'INSTANCE' : 'FRAME', componentId: i % 2 ? '#card' : undefined })), { gap: 10, name: 'Frame 61' }),
      t('Bank feeds', { size: 20, weight: 600 }),
      col(banks.map(([n, s]) => card(n, { sub: s, to: '@redirect' })), { gap: 10, name: 'Frame 62' }),
      row([t('Can’t find your software?', { size: 14, color: '#4B5260' }), link('Upload a CSV or bank statement instead', { to: { url: 'https://help.tallyline.co.uk/upload' } })], { gap: 6, widths: [180] }),
    ], { gap: 14, w: 720, name: 'Frame 60' }),
    col([
      row([vec(20, 20, { fill: G, name: 'lock' }), t('Securely connect — your data is encrypted in transit and at rest, and never shared with third parties without your consent.', { size: 14 })], { gap: 10, widths: [20], name: 'Frame 90' }),
      t('Trusted by 12,000+\u00a0UK businesses · 256\u2011bit encryption', { size: 14, weight: 600, color: G }),
      t('You can disconnect at any time from Settings › Connections.', { size: 14, color: '#3B414D' }),
      check('I agree to Tallyline accessing my accounting data as described in the', { kind: 'rect', links: [{ label: 'Data Privacy Policy', to: { url: 'https://tallyline.co.uk/privacy' } }] }),
      btn('Connect your accounting software', { kind: 'group', fill: G, w: 380, h: 52, to: '@redirect', name: 'Group 14' }),
      row([t('Want to know more?', { size: 14 }), link('Read our FAQs', { to: { url: 'https://help.tallyline.co.uk/faq' } })], { gap: 6, widths: [140] }),
      link('Step-by-step guide: connecting Xero, QuickBooks and bank feeds', { to: { url: 'https://help.tallyline.co.uk/guides/connecting' }, w: 380 }),
      t('Invite a colleague · Save and finish later', { size: 14, weight: 500, color: G, name: 'Invite a colleague · Save and finish later' }),
      row([t('Powered by', { size: 12, color: '#6B7280' }), rect(20, { w: 64, fills: [image('codat00logo1')], name: 'codat' })], { gap: 6, widths: [70, 64], name: 'Frame 93' }),
      t('Powered by OpenLedgerLink', { size: 12, visible: false, name: 'old provider' }),
    ], { gap: 16, pad: 28, radius: 16, fill: '#F6F8F7', w: 460, name: 'Frame 91' }),
  ], { gap: 40, widths: [720, 460], name: 'Frame 59' }),
  supportFooter(),
]);

// 4 redirect explainer
const redirect = screen('@redirect', 'Before you go to Xero', X(3), 0, W, H, [
  logoBar(), 40,
  col([
    row([rect(48, { w: 48, fills: [image('img-xero')], name: 'xero' }), vec(24, 24, { name: 'Arrow' }), vec(48, 48, { fill: G, name: 'Tallyline mark' })], { gap: 16, widths: [48, 24, 48] }),
    t('You’re about to leave Tallyline', { size: 26, weight: 700 }),
    t('You’ll be taken to Xero to sign in and authorise read-only access. Once you’ve approved it, you’ll be brought straight back here to carry on.', { size: 16, color: '#3B414D' }),
    btn('Continue to Xero', { kind: 'frame', fill: G, w: 300, to: '@xero' }),
    link('Choose a different platform', { to: { back: true } }),
  ], { gap: 18, w: 560, pad: 32, radius: 16, stroke: '#E1E4EA', name: 'Modal' }),
], { bg: '#F2F4F3' });

// 5 xero (third party)
const xero = screen('@xero', 'Xero – authorise (external)', X(4), 0, W, H, [
  row([rect(40, { w: 40, fills: [image('img-xero')], name: 'Xero logo' }), t('Xero', { size: 20, weight: 700, color: '#13B5EA' })], { gap: 10, widths: [40] }),
  col([
    t('Tallyline would like to access your organisation', { size: 22, weight: 700 }),
    t('Northbank Coffee Roasters Ltd', { size: 16 }),
    t('• View your business transactions\n• View your contacts\n• View your bank statements', { size: 14 }),
    stack([rect(44, { fill: '#13B5EA', radius: 6, name: 'Rectangle 7' }), t('Allow access', { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER', h: 44 })], { w: 200, name: 'Group 3', to: '@connected' }),
    link('Cancel', { to: { back: true }, color: '#4B5260' }),
  ], { gap: 14, w: 480, pad: 32, radius: 8, stroke: '#D5D8DE', name: 'Frame 2' }),
], { bg: '#F0F4F7' });

// 6 connected / multiple connections
const connected = screen('@connected', 'Connections – added', X(5), 0, W, H, [
  logoBar(),
  t('Nice — your books are connected', { size: 28, weight: 700 }),
  col([
    card('Xero', { sub: 'Northbank Coffee Roasters Ltd', badge: 'Connected ✓', badgeW: 120 }),
    card('Barclays Business', { sub: 'Current account ••4521', badge: 'Pending authorisation', badgeColor: '#B25E00', badgeW: 160 }),
    row([vec(16, 16, { name: 'plus' }), t('Add another connection', { size: 15, weight: 600, color: G })], { gap: 8, widths: [16], to: '@connect', name: 'Frame 203' }),
  ], { gap: 12, w: 640, name: 'Frame 200' }),
  btn('Continue', { kind: 'instance', componentId: '#btn', fill: G, w: 200, to: '@prefill' }),
]);

// 7 prefill
const prefill = screen('@prefill', 'Confirm company details', X(6), 0, W, H, [
  logoBar(),
  t('Check your company details', { size: 28, weight: 700 }),
  row([vec(16, 16, { fill: G }), t('We’ve filled these in from Xero. Change anything that looks wrong.', { size: 14, color: G })], { gap: 8, widths: [16], name: 'Banner', fill: '#E7F3EF', pad: 12, radius: 8 }),
  col([
    field('Registered company name', 'Northbank Coffee Roasters Ltd'),
    field('Companies House number', '09876543'),
    field('VAT registration number', 'GB 123 4567 89'),
    field('Registered address', '14 Ropewalk Yard, Bristol BS1 6QA'),
    field('Financial year end', '31 March'),
  ], { gap: 14, w: 560, name: 'Form' }),
  btn('Looks good', { kind: 'frame', fill: G, w: 200, to: '@dash' }),
]);

// 8 dashboard with contextual CTA
const dash = screen('@dash', 'Reconcile – overview', X(7), 0, W, H, [
  row([
    side('Overview', '@settings'),
    col([
      t('Good morning, Priya', { size: 26, weight: 700 }),
      row([
        col([t('Unreconciled lines', { size: 13, color: '#6B7280' }), t('214', { size: 32, weight: 700 })], { pad: 20, radius: 12, stroke: '#E1E4EA', gap: 4 }),
        col([t('Auto-matched this week', { size: 13, color: '#6B7280' }), t('1,380', { size: 32, weight: 700 })], { pad: 20, radius: 12, stroke: '#E1E4EA', gap: 4 }),
      ], { gap: 16 }),
      col([
        t('Bank feed', { size: 18, weight: 600 }),
        rect(160, { fill: '#F1F3F5', radius: 8, name: 'Chart placeholder' }),
        t('Link your bank feed to auto-match those 214 lines against Xero.', { size: 15 }),
        btn('Connect a bank feed', { kind: 'vector', fill: G, w: 240, to: '@connect' }),
      ], { gap: 12, pad: 20, radius: 12, stroke: '#E1E4EA', name: 'Frame 301' }),
    ], { gap: 20, w: 1100, name: 'Main' }),
  ], { gap: 32, widths: [220, 1100], name: 'Frame 300' }),
], { pad: 0 });

// 9 settings / connections
const conn = (name, meta, status, o = {}) => row([
  rect(32, { w: 32, fills: [image('img' + name.replace(/\W/g, '').toLowerCase())], name: 'Rectangle 21' }),
  col([t(name, { size: 15, weight: 600 }), t(meta, { size: 12, color: '#6B7280' })], { gap: 2 }),
  o.syncing ? row([vec(16, 16, { name: 'Spinner', fill: G }), t('Syncing…', { size: 13, color: G })], { gap: 6, widths: [16] }) : t(status, { size: 13, color: '#0E8A4F' }),
  link('Sync now', { to: { url: 'https://app.tallyline.co.uk/sync' }, underline: false, w: 80 }),
  link('Disconnect', { to: { dest: '@remove', nav: 'OVERLAY' }, color: '#C2342B', underline: false, w: 90 }),
], { gap: 16, pad: 16, widths: [32, undefined, 130, 80, 90], stroke: '#E1E4EA', radius: 10, name: 'Frame 8' + name.length });
const settings = screen('@settings', 'Settings / Connections', X(8), 0, W, H, [
  row([
    side('Settings'),
    col([
      t('Connections', { size: 26, weight: 700 }),
      t('Apps and bank accounts Tallyline reads from.', { size: 14, color: '#6B7280' }),
      col([
        conn('Xero', 'First synced 3 Nov 2026, 09:14 · Last synced today, 08:02 · Sync history', 'Live'),
        conn('Barclays Business ••4521', 'GBP current account · First synced 4 Nov 2026 · Last synced today, 07:55', 'Live'),
        conn('Monzo Business ••0917', 'GBP · Added just now', '', { syncing: true }),
      ], { gap: 10, name: 'List' }),
      btn('Add connection', { kind: 'frame', secondary: true, fill: G, w: 200, to: '@connect' }),
      divider(),
      col([t('Danger zone', { size: 16, weight: 600, color: '#C2342B' }), link('Delete account', { color: '#C2342B', to: { url: 'https://app.tallyline.co.uk/account/delete' } })], { gap: 8 }),
      supportFooter(),
    ], { gap: 16, w: 1100, name: 'Content' }),
  ], { gap: 32, widths: [220, 1100] }),
], { pad: 0 });

// 10 remove modal
const remove = screen('@remove', 'Modal / Remove connection', X(9), 0, 560, 320, [
  t('Remove connection?', { size: 22, weight: 700 }),
  t('Tallyline will stop reading data from this account and revoke its access. Reconciled history stays put.', { size: 14 }),
  row([btn('Cancel', { kind: 'frame', secondary: true, fill: G, w: 120, to: { close: true } }), btn('Disconnect', { kind: 'frame', fill: '#C2342B', w: 160, to: { close: true } })], { gap: 12, widths: [120, 160] }),
]);

// 11 pricing (dead end)
const plan = (n, p, f) => col([t(n, { size: 18, weight: 600 }), t(p, { size: 32, weight: 700 }), t(f, { size: 14, color: '#4B5260' })], { pad: 24, gap: 8, radius: 12, stroke: '#E1E4EA', name: 'Frame 4' + n.length });
const pricing = screen('@pricing', 'Pricing', X(0), 1300, W, H, [
  logoBar(), t('Simple pricing', { size: 32, weight: 700 }),
  row([plan('Starter', '£19/mo', '1 bank account\nEmail support'), plan('Growing', '£49/mo', '5 bank accounts\nBank rules'), plan('Practice', '£129/mo', 'Unlimited clients\nPriority support')], { gap: 24 }),
  t('Prices exclude VAT.', { size: 12, color: '#6B7280' }),
]);
// 12 terms (dead end)
const terms = screen('@terms', 'Terms', X(1), 1300, W, H, [
  logoBar(), t('Terms of service', { size: 28, weight: 700 }),
  t('1. About these terms\nThese terms apply to your use of Tallyline…\n2. Your account\nYou are responsible for…\n3. Fees\nFees are payable monthly in advance…', { size: 14 }),
]);
// hidden old frame on the flow page (out of scope)
const oldConnect = screen('@old', 'Connect v1 (old)', X(2), 1300, W, H, [t('Connect your bank', { size: 28, weight: 700 }), btn('Connect', { kind: 'frame', fill: G })], { visible: false });

doc.page('Cover', 2, cover('Tallyline', 'Onboarding & connections · UK · v7'));
doc.page('🧩 Components', 5, componentLib(doc, { set: 'Btn', def: 'Comp / Action / Large', hover: 'Comp / Action / Large / Hover' }));
doc.page('Onboarding flow', 12, [
  () => ({ id: null, name: 'Onboarding — happy path', type: 'SECTION', absoluteBoundingBox: { x: -100, y: -100, width: 16000, height: 1700 }, fills: [solid('#FFFFFF')], children: [signup, biz, connect, redirect, xero, connected, prefill, dash, settings, remove].map((f) => f()) }),
  pricing, terms, oldConnect,
], { flows: [{ nodeId: '@signup', name: 'Sign up → connect' }], start: '@signup' });
doc.page('Archive', 40, [
  screen('@arch1', 'Connect (exploration A)', 0, 0, W, H, [t('Link your bank and accounting in one go', { size: 28, weight: 700 }), t('Powered by Codat', { size: 12 }), btn('Get started', { kind: 'group' })]),
  screen('@arch2', 'Old sign up', GAP, 0, W, H, [t('Sign up', { size: 28, weight: 700 }), field('Email', '')]),
]);

emit('d01-reconciliation-desktop', doc, {
  kind: 'onboarding', connect: '@connect', expectSteps: 2, expectDead: ['@pricing', '@terms'],
  description: 'Tallyline, a UK bookkeeping/bank-reconciliation add-on (desktop 1440). Sign up → business details → connect screen (accounting + bank feeds, grouped, searchable) → redirect explainer → Xero consent → connections added → prefilled company details → dashboard with contextual bank-feed CTA → Settings › Connections with sync/disconnect. Pricing and Terms are dead ends from sign-up. UK spelling.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'value.progress-meter', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'Sign up → Business details → Connect your books: 2 steps.',
    'value.three-part': 'Connect screen: value (reconcile in minutes), data use (reads invoices/bills/bank transactions, one direction), one main CTA "Connect your accounting software" (a TEXT over RECTANGLE group).',
    'privacy.consent-action': '20x20 RECTANGLE beside consent text with a "Data Privacy Policy" underlined link.',
    'privacy.powered-by': '"Powered by" text + Codat logo as an IMAGE-filled rectangle; a hidden "Powered by OpenLedgerLink" layer is irrelevant.',
    'platform.non-linear': 'One text node "Invite a colleague · Save and finish later".',
    'platform.alternatives': '"Can’t find your software?" + link to upload a CSV or bank statement.',
    'connection.delete': '"Disconnect" links per row open a Remove connection overlay; "Delete account" in the danger zone is a look-alike.',
    'connection.syncing-indicator': 'Monzo row shows a spinner vector + "Syncing…" (with a real ellipsis).',
    'funnel.greeting-email': 'No email frame anywhere.',
    'value.progress-meter': 'No progress bar, step counter or strength meter.',
  },
});

import { Doc, t, rect, vec, col, row, stack, btn, link, check, search, card, screen, field, componentLib, cover, emit, image, solid } from './lib.mjs';

const doc = new Doc('Cashlane — activation (Q4)', { lastModified: '2026-11-23T08:31:19Z', version: '3160044120' });
const W = 1440, H = 1024, GAP = 1560;
const X = (i) => i * GAP;
const B = '#1E5BFF';
const nav = (active) => col([
  row([vec(26, 26, { fill: B, name: 'Vector' }), t('Cashlane', { size: 18, weight: 700 })], { gap: 8, widths: [26] }), 16,
  ...['Dashboard', 'Forecast', 'Scenarios', 'Connections', 'Settings'].map((s) => row([vec(18, 18, { fill: s === active ? B : '#8A919E' }), t(s, { size: 15, weight: s === active ? 600 : 400, color: s === active ? B : '#3B414D' })], { gap: 10, widths: [18], pad: 6, to: s === 'Connections' ? { dest: '@modal', nav: 'OVERLAY' } : undefined, name: s === 'Connections' ? 'nav/connections' : 'Frame 7' })),
], { gap: 6, pad: 20, w: 240, fill: '#F7F8FA', name: 'Sidebar' });

const signup = screen('@signup', '01 Sign up', X(0), 0, W, H, [
  row([
    col([
      row([vec(26, 26, { fill: B }), t('Cashlane', { size: 20, weight: 700 })], { gap: 8, widths: [26] }), 40,
      t('Know your runway. Every day.', { size: 28, weight: 700 }),
      field('Work email', 'sam@northpeak.io'), field('Company', 'Northpeak Analytics'),
      btn('Start free trial', { kind: 'instance', componentId: '#btn', fill: B, w: 400, to: ['@inbox', { change: '#btnHover' }] }),
      row([link('Pricing', { to: '@pricing', underline: false, w: 60 }), t('·', { size: 14, w: 10 }), link('Privacy', { to: { url: 'https://cashlane.io/privacy' }, underline: false, w: 60 })], { gap: 8, widths: [60, 10, 60] }),
    ], { gap: 16, w: 520, pad: 64 }),
    col([
      t('“Cashlane replaced three spreadsheets and a very nervous Monday meeting. We saw the cash crunch coming eleven weeks out.”', { size: 20, weight: 500, color: '#FFFFFF' }),
      t('— Marcus Lee, CFO at Orbital Freight', { size: 14, color: '#C9D6FF' }),
    ], { gap: 12, pad: 64, fill: '#0D1B4C', w: 920, name: 'Frame 3' }),
  ], { gap: 0, widths: [520, 920], name: 'Split' }),
], { pad: 0 });

const inbox = screen('@inbox', '02 Check your inbox', X(1), 0, W, H, [
  80,
  col([
    vec(56, 56, { fill: B, name: 'envelope' }),
    t('Check your inbox', { size: 28, weight: 700 }),
    t('We sent a sign-in link to sam@northpeak.io.', { size: 16, color: '#4B5260' }),
    btn('Open Cashlane', { kind: 'frame', fill: B, w: 240, to: '@dash' }),
  ], { gap: 16, w: 520, pad: 40, radius: 16, stroke: '#E5E7EB', align: 'CENTER' }),
]);

const emptyChart = (title, msg, cta, kind) => col([
  t(title, { size: 18, weight: 600 }),
  stack([
    rect(240, { fill: '#F4F6FB', radius: 12, name: 'Rectangle 31' }),
    vec(0, 140, { w: 900, fill: '#E3E8F5', name: 'Vector 7' }),
  ], { name: 'Chart' }),
  col([t(msg, { size: 16, weight: 600, align: 'CENTER' }), btn(cta, { kind, fill: B, w: 300, to: { dest: '@modal', nav: 'OVERLAY' }, center: true })], { gap: 10, align: 'CENTER', name: 'Empty state' }),
], { gap: 12, pad: 24, radius: 16, stroke: '#E5E7EB', name: 'Card' });

const dash = screen('@dash', '03 Dashboard — empty', X(2), 0, W, H, [
  row([
    nav('Dashboard'),
    col([
      t('Welcome, Sam', { size: 26, weight: 700 }),
      emptyChart('Runway', 'Connect your bank to see your runway', 'Connect your bank', 'vector'),
      row([
        emptyChart('Forecast vs actual', 'Link your accounting software to compare forecast with actuals', 'Link accounting', 'frame'),
        col([t('Burn rate', { size: 18, weight: 600 }), t('—', { size: 32, weight: 700 }), t('Needs a bank connection', { size: 13, color: '#6B7280' })], { gap: 8, pad: 24, radius: 16, stroke: '#E5E7EB' }),
      ], { gap: 20, widths: [700, 380] }),
    ], { gap: 20, w: 1100, name: 'Main' }),
  ], { gap: 40, widths: [240, 1100] }),
], { pad: 0 });

const banks = ['Mercury', 'Chase Business', 'Silicon Valley Bank', 'Brex'];
const accts = ['QuickBooks Online', 'Xero', 'Oracle NetSuite', 'Sage Intacct'];
const grid = (names, o) => row([col(names.slice(0, 2).map((n) => card(n, o)), { gap: 8 }), col(names.slice(2).map((n) => card(n, o)), { gap: 8 })], { gap: 8, name: 'Grid' });
const modal = screen('@modal', '04 Modal — connect', X(3), 0, 880, 1180, [
  row([t('Connect your accounts', { size: 24, weight: 700 }), vec(20, 20, { name: 'x', to: { close: true } })], { widths: [undefined, 20] }),
  t('See your runway, burn rate and 13-week forecast update themselves — no more exporting CSVs on a Monday.', { size: 15, color: '#3B414D' }),
  t('How we use your data: we read transactions and balances from your bank to calculate burn rate and runway, and read your chart of accounts and P&L from your accounting software to check forecasts against actuals. Data flows one way, into Cashlane.', { size: 14, color: '#3B414D' }),
  search('Search 40+\u00a0apps', { name: 'Frame 88' }),
  t('Banking', { size: 20, weight: 700 }),
  grid(banks, { to: '@redirect' }),
  t('Accounting', { size: 20, weight: 700 }),
  grid(accts, { to: '@redirect', type: 'INSTANCE', componentId: '#card' }),
  row([vec(16, 16, { fill: '#0E8A4F', name: 'lock' }), t('Bank-grade encryption. We never share your data with third parties without your consent.', { size: 13 })], { gap: 8, widths: [16] }),
  check('I allow Cashlane to read my financial data as set out in the Data Processing Policy.', { kind: 'vector', links: [{ label: 'Data Processing Policy', to: { url: 'https://cashlane.io/dpp' } }] }),
  btn('Connect your bank', { kind: 'group', fill: B, w: 832, h: 52, to: '@redirect', name: 'Group 40' }),
  row([t('Want to know more?', { size: 13 }), link('Read the FAQ', { size: 13, to: { url: 'https://cashlane.io/faq' } })], { gap: 6, widths: [130] }),
  row([t('Powered by', { size: 11, color: '#6B7280' }), vec(60, 16, { name: 'codat wordmark', fill: '#1F2937' })], { gap: 6, widths: [64, 60] }),
  t('Contact support · +1 (415) 555-0199 · support@cashlane.io', { size: 12, color: '#6B7280' }),
  t('You can disconnect any account at any time from Connections.', { size: 12, visible: false, name: 'disconnect copy (v2)' }),
], { gap: 14, pad: 32 });

const redirect = screen('@redirect', '05 Redirect', X(4), 0, 720, 480, [
  t('Heading to Mercury', { size: 24, weight: 700 }),
  t('You’ll be redirected to Mercury to sign in and authorize read-only access. When you’re done, we’ll bring you back to Cashlane automatically.', { size: 15 }),
  btn('Continue', { kind: 'frame', fill: B, w: 200, to: '@bankauth' }),
  link('Back', { to: { back: true } }),
]);
const bankauth = screen('@bankauth', '06 Mercury (external)', X(5), 0, W, H, [
  row([rect(32, { w: 32, fills: [image('mercury')], name: 'Rectangle 2' }), t('Mercury', { size: 20, weight: 700 })], { gap: 8, widths: [32] }),
  col([t('Authorize Cashlane', { size: 22, weight: 700 }), t('Cashlane is requesting read-only access to: Checking ••2210, Savings ••7781', { size: 14 }), btn('Authorize', { kind: 'frame', fill: '#111827', w: 200, to: '@dash2' })], { gap: 14, pad: 32, w: 520, radius: 12, stroke: '#E5E7EB' }),
], { bg: '#FAFAFA' });

const dash2 = screen('@dash2', '07 Dashboard — syncing', X(6), 0, W, H, [
  row([
    nav('Dashboard'),
    col([
      t('Welcome, Sam', { size: 26, weight: 700 }),
      col([
        t('Runway', { size: 18, weight: 600 }),
        row([vec(20, 20, { name: 'spinner', fill: B }), t('Syncing transactions… this usually takes under a minute', { size: 14, color: B })], { gap: 8, widths: [20] }),
        rect(200, { fill: '#F4F6FB', radius: 12, name: 'Skeleton' }),
      ], { gap: 12, pad: 24, radius: 16, stroke: '#E5E7EB' }),
      row([
        row([rect(24, { w: 24, fills: [image('mercury')] }), t('Mercury', { size: 14, weight: 600 }), t('Connected ✓', { size: 13, color: '#0E8A4F' })], { gap: 8, widths: [24, 120, 120], pad: 12, radius: 10, stroke: '#E5E7EB' }),
        row([rect(24, { w: 24, fills: [image('qbo')] }), t('QuickBooks Online', { size: 14, weight: 600 }), t('Awaiting sign-in', { size: 13, color: '#B25E00' })], { gap: 8, widths: [24, 160, 140], pad: 12, radius: 10, stroke: '#E5E7EB' }),
        btn('+ Add another account', { kind: 'link', underline: false, to: { dest: '@modal', nav: 'OVERLAY' }, w: 200 }),
      ], { gap: 12, widths: [320, 360, 200] }),
      btn('View forecast', { kind: 'frame', fill: B, w: 200, to: '@dash3' }),
    ], { gap: 20, w: 1100 }),
  ], { gap: 40, widths: [240, 1100] }),
], { pad: 0 });

const dash3 = screen('@dash3', '08 Dashboard — runway', X(7), 0, W, H, [
  row([
    nav('Forecast'),
    col([
      t('Runway: 14.2 months', { size: 28, weight: 700 }),
      rect(320, { fill: '#EEF2FF', radius: 12, name: 'Chart' }),
      row(['Cash in bank $1.84M', 'Net burn $129k/mo', 'Zero-cash date Jan 2028'].map((s) => t(s, { size: 15, weight: 600 })), { gap: 20 }),
    ], { gap: 20, w: 1100 }),
  ], { gap: 40, widths: [240, 1100] }),
], { pad: 0 });

const pricing = screen('@pricing', 'Pricing', X(0), 1200, W, H, [
  t('Pricing', { size: 32, weight: 700 }),
  row(['Seed $49/mo', 'Series A $149/mo', 'Growth $399/mo'].map((s) => col([t(s, { size: 18, weight: 600 }), t('Unlimited scenarios', { size: 13 })], { pad: 24, radius: 12, stroke: '#E5E7EB' })), { gap: 20 }),
]);

const email = screen('@email', 'Email / Welcome', 0, 0, 640, 900, [
  row([vec(26, 26, { fill: B }), t('Cashlane', { size: 18, weight: 700 })], { gap: 8, widths: [26] }),
  t('Welcome to Cashlane, Sam 👋', { size: 24, weight: 700 }),
  t('Three quick steps and your forecast builds itself:', { size: 15 }),
  t('1  Create your account ✓\n2  Connect your bank and accounting software\n3  See your 13-week cash forecast', { size: 15, name: 'Steps' }),
  btn('Connect your bank', { kind: 'frame', fill: B, w: 260, to: { url: 'https://app.cashlane.io/connect?src=welcome' } }),
  link('Or link your accounting software', { to: { url: 'https://app.cashlane.io/connect/accounting?src=welcome' } }),
  t('You’re receiving this because you signed up at cashlane.io. Unsubscribe', { size: 11, color: '#9AA0AA' }),
], { bg: '#FFFFFF' });

doc.page('Cover', 2, cover('Cashlane', 'Activation · Q4'));
doc.page('Flow', 31, [
  () => ({ id: null, name: 'Product', type: 'SECTION', absoluteBoundingBox: { x: -100, y: -100, width: 12600, height: 2400 }, fills: [solid('#FFFFFF')], children: [signup, inbox, dash, modal, redirect, bankauth, dash2, dash3, pricing].map((f) => f()) }),
  () => ({ id: null, name: 'Emails', type: 'SECTION', absoluteBoundingBox: { x: -100, y: 2500, width: 900, height: 1100 }, fills: [solid('#FFFFFF')], children: [email()] }),
], { flows: [{ nodeId: '@signup', name: 'Activation' }] });
doc.page('Components', 4, componentLib(doc, { set: 'CTA', def: 'size=lg, type=primary', hover: 'size=lg, type=primary, hover' }));
doc.page('Archive', 60, [screen('@arc', 'Dashboard v1 (cut)', 0, 0, W, H, [t('Dashboard', { size: 26, weight: 700 }), rect(300, { fill: '#EEF2FF', name: 'Chart' }), t('Runway 14 months', {})])]);

emit('d04-cashflow-insights-desktop', doc, {
  kind: 'onboarding', connect: '@dash', expectSteps: 2, expectDead: ['@pricing'],
  description: 'Cashlane, cash-flow forecasting SaaS (desktop 1440, US English). Sign up → check inbox → empty dashboard whose chart empty-states carry the connect CTAs ("Connect your bank to see your runway") and a permanent "Connections" sidebar entry → connect modal (overlay; value/data-use/CTA, search, Banking/Accounting groups, consent, powered-by) → redirect explainer → bank authorisation → syncing dashboard with connected/pending chips and "Add another account" → runway. A separate Emails section holds the welcome email with a numbered 3-step list in one text node. Pricing is a dead end. There is no connections-management screen.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.multiple-connections', 'connection.syncing-indicator'],
  absent: ['funnel.prefill', 'value.progress-meter', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.mutual-nda', 'platform.alternatives', 'platform.non-linear', 'connection.delete', 'connection.refresh'],
  notes: {
    'funnel.greeting-email': 'Frame "Email / Welcome" (in the Emails section, not on the prototype path) with "1  Create…\\n2  Connect…\\n3  See…" in one TEXT node and a "Connect your bank" button.',
    'funnel.three-actions': 'Sign up → Check your inbox → Dashboard (first frame with a connect CTA): 2 steps.',
    'value.contextual-ctas': 'Connect CTAs inside the Runway and Forecast-vs-actual chart empty states.',
    'value.three-part': 'Connect modal: value line, data-use paragraph (bank → burn/runway, accounting → forecast vs actual), one main "Connect your bank" CTA.',
    'privacy.consent-action': '20x20 VECTOR checkbox beside consent text with a Data Processing Policy link.',
    'privacy.powered-by': '"Powered by" text + a vector wordmark.',
    'privacy.support-contacts': 'Modal footer: "Contact support · phone · email" in one text node.',
    'platform.multiple-connections': 'Syncing dashboard: Mercury "Connected ✓", QuickBooks Online "Awaiting sign-in", "+ Add another account".',
    'connection.delete': 'No connections-management screen; nothing to disconnect or revoke.',
    'connection.refresh': 'No refresh / sync-now control anywhere.',
    'privacy.disconnect-anytime': 'Only a hidden (visible:false) text layer in the connect modal says it.',
  },
});

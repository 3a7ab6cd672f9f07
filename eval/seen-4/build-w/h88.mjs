// h88-hvac-contractor-cashflow-tablet: cash-flow planning for HVAC contractors, iPad portrait (834x1194), US.
// No prototype starting point is set on the page.
import { T, F, N, I, R, V, G, go, back, close, url, hover, buildFile, save, countNodes, WRITTEN_BY } from './lib.mjs';
import { fr, rc, gp, btnI, btnF, btnG, link, field, checkbox, search, logoImg, spinner, badge, hr } from './kit.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 834;
const H = 1194;
const TEAL = '#0E7C86';
const INK = '#10222B';

const pad = (name, key, x, y, children, o = {}) => F(name, { key, x, y, w: W, h: o.h ?? H, fill: o.fill ?? '#F4F7F8', clipsContent: true, visible: o.visible }, [
  F('iPad status', { x: 0, y: 0, w: W, h: 24, layout: 'H', pad: [0, 20, 0, 20], justify: 'SPACE_BETWEEN' }, [T('9:41 AM  Tue Nov 24', { size: 12, weight: 600 }), T('100% ▮', { size: 12, weight: 600 })]),
  ...children,
]);
const rail = (active) => F('Nav', { x: 0, y: 24, w: 96, h: H - 24, fill: INK, layout: 'V', gap: 18, pad: [24, 8, 24, 8], align: 'CENTER' }, [
  V('Vector', { w: 32, h: 32, fill: '#5FD3C7' }),
  ...[['Forecast', 'forecast'], ['Scenarios', 'scen'], ['Connections', 'conns'], ['Settings', 'settings']].map(([t, to]) =>
    F(fr(), { layout: 'V', gap: 4, align: 'CENTER', w: 80, interactions: t === active ? undefined : [go('@' + to)] }, [R(rc(), { w: 24, h: 24, radius: 6, fill: t === active ? '#5FD3C7' : '#3B5360' }), T(t, { size: 11, weight: 500, color: t === active ? '#FFFFFF' : '#9DB2BD' })])),
]);
const main = (children, o = {}) => F(o.name ?? 'Content', { x: o.x ?? 96, y: 24, w: o.w ?? W - 96, layout: 'V', gap: o.gap ?? 20, pad: [32, 32, 32, 32] }, children);
const supportLine = () => T('Questions? Call 1-800-555-0199 · help@coilcast.com · Open a support ticket', { size: 12, color: '#5B6B73', w: 640 });

const components = [
  N('COMPONENT_SET', 'Comp / Action / Large', { key: 'btnset', x: 0, y: 0, layout: 'V', gap: 16, pad: 16, stroke: '#9747FF' }, [
    N('COMPONENT', 'State=Default', { key: 'btn', layout: 'H', pad: [12, 22, 12, 22], radius: 10, fill: TEAL, interactions: [hover('@btnhover')] }, [T('Action', { size: 16, weight: 600, color: '#FFFFFF' })]),
    N('COMPONENT', 'State=Hover', { key: 'btnhover', layout: 'H', pad: [12, 22, 12, 22], radius: 10, fill: '#0A5F67' }, [T('Action', { size: 16, weight: 600, color: '#FFFFFF' })]),
  ]),
  N('COMPONENT', 'card/app', { key: 'card', x: 300, y: 0, w: 220, h: 120, layout: 'V', gap: 8, pad: 16, fill: '#FFFFFF', radius: 12 }, [R(rc(), { w: 40, h: 40, radius: 8, fill: '#E2E8EA' }), T('App name', { size: 15, weight: 600 })]),
];

const appCard = (name, ref, act) => I('card/app', '@card', { layout: 'V', gap: 10, pad: 16, w: 230, fill: '#FFFFFF', radius: 12, stroke: '#DCE4E7' }, [
  logoImg(ref, 40),
  T(name, { size: 15, weight: 600 }),
  btnF('Connect', { fill: '#E6F4F5', color: TEAL, py: 7, size: 13, w: 198, interactions: act }),
]);

const su = pad('Frame 1', 'su', 0, 0, [
  F(fr(), { x: 137, y: 120, w: 560, layout: 'V', gap: 18, pad: 40, fill: '#FFFFFF', radius: 18 }, [
    F(fr(), { layout: 'H', gap: 10 }, [V('Vector', { w: 30, h: 30, fill: TEAL }), T('Coilcast', { size: 22, weight: 700, color: INK })]),
    T('Start your free trial', { size: 28, weight: 700 }),
    T('Cash-flow planning built for heating and cooling contractors.', { size: 15, color: '#5B6B73', w: 480 }),
    field('Work email', 'dana@northwindair.com', { w: 480 }),
    field('Create a password', '••••••••••••', { w: 480 }),
    btnG('Sign up', { w: 480, h: 48, fill: TEAL, radius: 10, interactions: [go('@biz')] }),
    F(fr(), { layout: 'H', gap: 4 }, [T('Not sure yet?', { size: 13, color: '#5B6B73' }), link('See plans', { size: 13, color: TEAL, interactions: [go('@pricing', 'OVERLAY')] })]),
    supportLine(),
  ]),
]);

const pricing = pad('Plans', 'pricing', 934, 0, [
  F(fr(), { x: 117, y: 200, w: 600, layout: 'V', gap: 18, pad: 32, fill: '#FFFFFF', radius: 18 }, [
    F(fr(), { layout: 'H', justify: 'SPACE_BETWEEN', w: 536 }, [T('Plans', { size: 24, weight: 700 }), T('✕', { size: 20, color: '#5B6B73', interactions: [close()] })]),
    ...[['Starter', '$39/mo', 'One location, 13-week forecast'], ['Pro', '$79/mo', 'Scenarios, multiple locations, cancel anytime'], ['Fleet', 'Talk to us', '25+ technicians, custom reporting']].map(([a, b, c]) =>
      F(fr(), { layout: 'H', pad: 18, w: 536, radius: 12, stroke: '#DCE4E7', justify: 'SPACE_BETWEEN' }, [F(fr(), { layout: 'V', gap: 4 }, [T(a, { size: 17, weight: 700 }), T(c, { size: 13, color: '#5B6B73' })]), T(b, { size: 17, weight: 600 })])),
  ]),
], { fill: '#10222B99' });

const biz = pad('Company basics', 'biz', 1868, 0, [
  F(fr(), { x: 137, y: 100, w: 560, layout: 'V', gap: 18, pad: 40, fill: '#FFFFFF', radius: 18 }, [
    T('Step 2 of 4', { size: 12, weight: 600, color: TEAL }),
    T('About Northwind Air', { size: 26, weight: 700 }),
    field('Company name', 'Northwind Air & Heat LLC', { w: 480 }),
    field('Technicians in the field', '14', { w: 480 }),
    field('Service area (state)', 'Minnesota', { w: 480 }),
    field('Typical slow months', 'April – May', { w: 480 }),
    btnI('Continue', '@btn', { w: 480, fill: TEAL, radius: 10, py: 12, interactions: [go('@hub')] }),
  ]),
]);

const acct = [['QuickBooks', 'acc0000000000001'], ['Xero', 'acc0000000000002'], ['Sage', 'acc0000000000003'], ['FreshBooks', 'acc0000000000004']];
const fsm = [['ServiceTitan', 'f5m0000000000001'], ['Housecall Pro', 'f5m0000000000002'], ['Jobber', 'f5m0000000000003'], ['FieldEdge', 'f5m0000000000004']];
const hub = pad('Connect your tools', 'hub', 0, 1300, [
  F(fr(), { x: 0, y: 24, w: W, layout: 'V', gap: 20, pad: [32, 40, 32, 40] }, [
    T('Step 3 of 4', { size: 12, weight: 600, color: TEAL }),
    T('Bring in your books and your jobs', { size: 28, weight: 700, w: 754 }),
    T('See 13 weeks of cash ahead, including the jobs already on the board. Connect your tools to get started.', { size: 16, color: '#3A4A52', w: 700 }),
    F(fr(), { layout: 'H', gap: 4 }, [T('Want to know more?', { size: 13, color: '#5B6B73' }), link('Read the FAQ\u200b', { size: 13, color: TEAL, interactions: [url('https://coilcast.com/faq/connections')] })]),
    F('Confidence', { layout: 'V', gap: 6, w: 754 }, [
      F(fr(), { layout: 'H', justify: 'SPACE_BETWEEN', w: 754 }, [T('Forecast confidence', { size: 13, weight: 600 }), T('0 of 2 sources', { size: 13, color: '#5B6B73' })]),
      F(fr(), { w: 754, h: 10, radius: 5, fill: '#DCE4E7' }, [R(rc(), { x: 0, y: 0, w: 30, h: 10, radius: 5, fill: '#F59E0B' })]),
    ]),
    F(fr(), { layout: 'H', gap: 12 }, [search('Search 40+ apps', 460, { radius: 10 }), F(fr(), { layout: 'H', pad: [8, 14, 8, 14], radius: 16, fill: '#E6F4F5', interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: '@fsmhead', navigation: 'SCROLL_TO', transition: null }] }] }, [T('Jump to field service ↓', { size: 13, color: TEAL })])]),
    T('Accounting', { size: 20, weight: 700 }),
    F(fr(), { layout: 'H', gap: 12, w: 754, layoutWrap: 'WRAP' }, acct.slice(0, 3).map(([n, r], i) => appCard(n, r, i === 0 ? [go('@auth')] : undefined))),
    F(fr(), { layout: 'H', gap: 12 }, [appCard(acct[3][0], acct[3][1])]),
    T('Field service management', { size: 20, weight: 700, key: 'fsmhead' }),
    F(fr(), { layout: 'H', gap: 12 }, fsm.slice(0, 3).map(([n, r]) => appCard(n, r))),
    F(fr(), { layout: 'H', gap: 12 }, [appCard(fsm[3][0], fsm[3][1])]),
    F(fr(), { layout: 'V', gap: 6, pad: 16, w: 754, radius: 12, fill: '#E9F1F2' }, [
      T('🔐 Connections use bank-level 256-bit encryption, and your numbers are never shared with third parties.', { size: 13, w: 720 }),
      T('2.1 million contractor invoices synced securely last month.', { size: 13, w: 720 }),
      T('Change your mind? Disconnect either tool from Settings › Connections at any time.', { size: 13, w: 720 }),
    ]),
    G(gp(), [checkbox('rect', [T('I allow Coilcast to read my accounting data', { size: 13 })])], { visible: false }),
    F(fr(), { layout: 'H', gap: 20 }, [
      link('Setup guide: connecting ServiceTitan', { size: 13, color: TEAL, interactions: [url('https://help.coilcast.com/servicetitan-setup')] }),
      link('Need an NDA first? Request our mutual NDA', { size: 13, color: TEAL, interactions: [url('https://coilcast.com/legal/mnda')] }),
    ]),
    supportLine(),
    F(fr(), { layout: 'H', gap: 6 }, [T('Powered by', { size: 11, color: '#8A9AA2' }), V('Vector', { w: 12, h: 12, fill: '#8A9AA2' }), T('Codat', { size: 11, weight: 700, color: '#8A9AA2' })]),
  ]),
], { h: 1560 });

const auth = pad('Authorize – QuickBooks', 'auth', 934, 1300, [
  F(fr(), { x: 137, y: 220, w: 560, layout: 'V', gap: 18, pad: 40, fill: '#FFFFFF', radius: 18 }, [
    T('‹ Back', { size: 14, color: TEAL, interactions: [back()] }),
    F(fr(), { layout: 'H', gap: 12 }, [logoImg('acc0000000000001', 44), T('Connect\u00a0QuickBooks', { size: 22, weight: 700 })]),
    T('You’ll be redirected to Intuit to sign in and authorize Coilcast. When you’re done, Intuit sends you right back here.', { size: 15, color: '#3A4A52', w: 480 }),
    hr(480),
    btnI('Continue to Intuit', '@btn', { w: 480, fill: TEAL, radius: 10, py: 12, interactions: [go('@prog')] }),
    supportLine(),
  ]),
]);

const row = (name, ref, status, meta) => F(fr(), { layout: 'H', gap: 14, pad: 16, w: 754, radius: 12, fill: '#FFFFFF', stroke: '#DCE4E7', justify: 'SPACE_BETWEEN' }, [
  F(fr(), { layout: 'H', gap: 12 }, [logoImg(ref, 36), F(fr(), { layout: 'V', gap: 2 }, [T(name, { size: 15, weight: 600 }), T(meta, { size: 12, color: '#5B6B73' })])]),
  status,
]);
const prog = pad('Tools – progress', 'prog', 1868, 1300, [
  F(fr(), { x: 0, y: 24, w: W, layout: 'V', gap: 18, pad: [32, 40, 32, 40] }, [
    T('Step 3 of 4', { size: 12, weight: 600, color: TEAL }),
    T('Nice — QuickBooks is in', { size: 28, weight: 700 }),
    F('Confidence', { layout: 'V', gap: 6, w: 754 }, [
      F(fr(), { layout: 'H', justify: 'SPACE_BETWEEN', w: 754 }, [T('Forecast confidence', { size: 13, weight: 600 }), T('1 of 2 sources', { size: 13, color: '#5B6B73' })]),
      F(fr(), { w: 754, h: 10, radius: 5, fill: '#DCE4E7' }, [R(rc(), { x: 0, y: 0, w: 377, h: 10, radius: 5, fill: '#F59E0B' })]),
    ]),
    row('QuickBooks', 'acc0000000000001', badge('Connected ✓', '#DCFCE7', '#166534'), 'Northwind Air & Heat LLC'),
    row('ServiceTitan', 'f5m0000000000001', badge('Pending authorization', '#FEF3C7', '#92400E'), 'Waiting for your ServiceTitan admin to approve'),
    F(fr(), { layout: 'H', gap: 10, pad: 14, w: 754, radius: 12, fill: '#E9F1F2' }, [spinner(18), T('Importing invoices and bills… this usually takes a couple of minutes.', { size: 13 })]),
    btnF('+ Add another', { fill: '#FFFFFF', stroke: TEAL, color: TEAL, interactions: [go('@hub')] }),
    btnI('Go to my forecast', '@btn', { fill: TEAL, radius: 10, py: 12, interactions: [go('@forecast')] }),
  ]),
]);

const forecast = pad('Cash forecast', 'forecast', 0, 2960, [
  rail('Forecast'),
  main([
    T('13-week cash forecast', { size: 26, weight: 700 }),
    F(fr(), { layout: 'H', gap: 14 }, [['Cash today', '$182,400'], ['Lowest point', '$41,900 · wk 7'], ['Receivables', '$96,120']].map(([a, b]) => F(fr(), { layout: 'V', gap: 4, pad: 16, w: 210, radius: 12, fill: '#FFFFFF' }, [T(a, { size: 12, color: '#5B6B73' }), T(b, { size: 18, weight: 700 })]))),
    F('Chart', { w: 674, h: 320, radius: 12, fill: '#FFFFFF' }, [
      V('Line', { x: 24, y: 60, w: 626, h: 180, stroke: TEAL, strokeWeight: 2 }),
      T('Cash balance by week', { x: 24, y: 20, size: 15, weight: 600 }),
    ]),
    F('Jobs empty state', { layout: 'V', gap: 10, pad: 20, w: 674, radius: 12, fill: '#FFF7E6', stroke: '#F5D48A' }, [
      T('Upcoming job payments aren’t in this forecast yet', { size: 16, weight: 700, w: 620 }),
      T('Connect ServiceTitan or Housecall Pro and we’ll project payments from scheduled installs and maintenance agreements.', { size: 13, color: '#5B4A1F', w: 620 }),
      btnF('Connect field service app', { fill: '#B45309', interactions: [go('@hub')] }),
    ]),
  ]),
]);

const conns = pad('Connections', 'conns', 934, 2960, [
  rail('Connections'),
  main([
    T('Connections', { size: 26, weight: 700 }),
    F(fr(), { layout: 'V', gap: 12, pad: 20, w: 674, radius: 12, fill: '#FFFFFF' }, [
      F(fr(), { layout: 'H', justify: 'SPACE_BETWEEN', w: 634 }, [F(fr(), { layout: 'H', gap: 10 }, [logoImg('acc0000000000001', 32), T('QuickBooks', { size: 16, weight: 600 })]), badge('Live', '#DCFCE7', '#166534')]),
      T('Connected Sep 2, 2026 · Last sync 12 minutes ago · Company: Northwind Air & Heat LLC (USD)', { size: 12, color: '#5B6B73', w: 634 }),
      F(fr(), { layout: 'H', gap: 10 }, [btnF('Sync now', { fill: TEAL, py: 8 }), btnF('Revoke access', { fill: '#FFFFFF', stroke: '#DC2626', color: '#DC2626', py: 8 })]),
    ]),
    F(fr(), { layout: 'V', gap: 12, pad: 20, w: 674, radius: 12, fill: '#FFFFFF' }, [
      F(fr(), { layout: 'H', justify: 'SPACE_BETWEEN', w: 634 }, [F(fr(), { layout: 'H', gap: 10 }, [logoImg('f5m0000000000001', 32), T('ServiceTitan', { size: 16, weight: 600 })]), badge('Pending authorization', '#FEF3C7', '#92400E')]),
      T('Requested Nov 24, 2026 · waiting on your ServiceTitan admin', { size: 12, color: '#5B6B73', w: 634 }),
    ]),
    T('Sync history', { size: 16, weight: 600 }),
    ...['Nov 24, 2026 9:27 AM — 48 invoices, 12 bills', 'Nov 24, 2026 6:00 AM — 3 invoices', 'Nov 23, 2026 6:00 AM — 19 invoices, 4 bills'].map((s) => T(s, { size: 13, color: '#3A4A52' })),
    link('What data does Coilcast read?', { size: 13, color: TEAL, interactions: [go('@dp')] }),
  ]),
]);

const dp = pad('Data & privacy', 'dp', 1868, 2960, [
  rail('Connections'),
  main([
    T('Your data', { size: 26, weight: 700 }),
    T('From your accounting software we read invoices, bills, payments and bank balances.\nFrom your field-service app we read scheduled jobs, estimates and invoices.\nCoilcast never writes anything back to either system.', { size: 15, color: '#3A4A52', w: 640 }),
    T('Retention: data is deleted 30 days after you revoke access.', { size: 13, color: '#5B6B73', w: 640 }),
    T('‹ Connections', { size: 14, color: TEAL, interactions: [back()] }),
  ]),
]);

const scen = pad('Scenarios', 'scen', 0, 4260, [
  rail('Scenarios'),
  main([
    T('Scenarios', { size: 26, weight: 700 }),
    ...[['Hire two more techs in March', '-$28,000 by wk 13'], ['Heat-wave surge (July)', '+$64,500 by wk 13']].map(([a, b]) => F(fr(), { layout: 'H', pad: 18, w: 674, radius: 12, fill: '#FFFFFF', justify: 'SPACE_BETWEEN' }, [T(a, { size: 15, weight: 600 }), T(b, { size: 14, color: '#5B6B73' })])),
    F(fr(), { layout: 'H', gap: 8, pad: 14, w: 674, radius: 12, fill: '#E9F1F2' }, [T('Import degree-day forecasts from ClimateLink to model seasonal demand.', { size: 13, w: 520 }), T('Learn more', { size: 13, color: TEAL })]),
    btnF('New scenario', { fill: TEAL }),
  ]),
]);

const settings = pad('Settings', 'settings', 934, 4260, [
  rail('Settings'),
  main([
    T('Settings', { size: 26, weight: 700 }),
    field('Company name', 'Northwind Air & Heat LLC', { w: 500 }),
    field('Fiscal year starts', 'January', { w: 500 }),
    F(fr(), { layout: 'H', gap: 16, pad: 18, w: 674, radius: 12, fill: '#FFFFFF', stroke: '#FCA5A5', justify: 'SPACE_BETWEEN' }, [T('Close your Coilcast workspace and erase forecasts.', { size: 13, w: 420 }), btnF('Delete account', { fill: '#DC2626', py: 8 })]),
  ]),
]);

const oldHub = pad('Connect (v1)', 'oldhub', 1868, 4260, [
  main([T('Securely connect QuickBooks', { size: 26, weight: 700 }), btnF('Connect QuickBooks', { fill: TEAL })], { x: 0, w: W }),
], { visible: false });

const section = N('SECTION', 'App', { x: -60, y: 2900, fill: '#FFFFFF' }, [forecast, conns, dp, scen, settings].map((f) => {
  f.x += 60;
  f.y -= 2900;
  return f;
}));

const cover = F('Cover', { x: 0, y: 0, w: 1440, h: 960, fill: INK }, [
  T('Coilcast · iPad onboarding', { x: 100, y: 380, size: 56, weight: 700, color: '#FFFFFF', w: 1200 }),
  T('WIP — do not hand off', { x: 100, y: 470, size: 24, color: '#F59E0B' }),
]);

const { doc } = buildFile({
  name: 'Coilcast iPad',
  lastModified: '2026-11-25T21:12:40Z',
  version: '4431077815',
  pages: [
    { name: 'Cover', base: 1, children: [cover] },
    { name: 'Prototype', base: 20, children: [su, pricing, biz, hub, auth, prog, section, oldHub], device: { type: 'PRESET', size: { width: W, height: H }, presetIdentifier: 'APPLE_IPAD_PRO_11', rotation: 'NONE' } },
    { name: 'Components', base: 6, children: components },
    { name: 'Archive', base: 301, children: [F('Forecast (old)', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [T('Forecast', { x: 40, y: 60, size: 26, weight: 700 })])] },
  ],
});

const find = (name) => {
  const out = [];
  const walk = (n) => {
    if (n.name === name && n.type === 'FRAME') out.push(n.id);
    (n.children ?? []).forEach(walk);
  };
  walk(doc.document.children[1]);
  return out[0];
};
const truth = {
  file: 'h88-hvac-contractor-cashflow-tablet.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iPad portrait (834x1194) cash-flow forecasting app for US HVAC contractors. Sign-up, company basics, a connect-your-tools step grouping accounting and field-service apps with search, a confidence meter and trust copy, an authorize screen, a progress screen with pending and syncing states, then the app (forecast with an in-context connect prompt, connections management, data & privacy, scenarios, settings). No prototype starting point is set.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope',
    'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
    'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.search',
    'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'privacy.consent-action', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear'],
  notes: {
    'funnel.three-actions': 'Sign up → company basics → connect your tools: two taps.',
    'funnel.cta-visible': 'Connecting is the main content of onboarding step 3, and Connections is a permanent entry in the app’s nav rail.',
    'value.three-part': 'The connect step states the benefit and the next action but never says how the data will be used; that lives on a separate Data & privacy page.',
    'value.contextual-ctas': 'Forecast screen: "Connect field service app" in the missing-jobs empty state.',
    'value.progress-meter': 'Forecast-confidence bar: 0 of 2, then 1 of 2 sources.',
    'privacy.data-scope': 'Data & privacy page: what is read from accounting and field-service apps; nothing written back.',
    'privacy.statistics': '"2.1 million contractor invoices synced securely last month."',
    'privacy.consent-action': 'The consent checkbox is a hidden layer; no visible consent step before authorizing.',
    'privacy.mutual-nda': '"Request our mutual NDA" link on the connect step.',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" without saying which product (Online/Desktop, Business Cloud/Intacct).',
    'platform.alternatives': 'No route for contractors whose software is not listed.',
    'platform.non-linear': 'Linear wizard: no skip, save-for-later or hand-off to a colleague.',
    'connection.refresh': '"Sync now" on the Connections screen.',
    'connection.delete': '"Revoke access" on the Connections screen.',
  },
  flow: { startFrameId: find('Frame 1'), connectFrameId: find('Connect your tools'), stepsToConnect: 2, deadEnds: [find('Plans')] },
};
save(OUT, 'h88-hvac-contractor-cashflow-tablet', doc, truth);
console.log('h88 nodes', countNodes(doc.document));

// d89 — analytics for pharmacy groups, desktop 1440, UK English. Connect is buried under Settings.
import { reseed, idPage, gname, T, R, V, F, G, col, row, go, act, btnI, btnF, btnG, link, logo, logoV, divider, canvas, finish, comp, compNode, compSet, compMap, reserve, field, card, spinner, searchBox, checkbox } from './lib.mjs';

reseed(89);
const W = 1440; const H = 900; const NBSP = '\u00A0';
const teal = '#0E7C6B'; const ink = '#0F2A2E';

idPage(12, 40);
const setId = reserve();
const bDef = comp('State=Default, Size=L', '', setId);
const bHov = comp('State=Hover, Size=L', '', setId);
const chk = comp('Comp / Checkbox / Off', 'Unticked');
const nav = comp('Sidebar item', 'Left navigation entry');
const d1 = go(compNode(bDef, 20, 20, 200, 44, { fill: teal, radius: 6 }, [T('Button', 20, 12, 160, { size: 14, weight: 600, color: '#FFFFFF', h: 20, align: 'CENTER' })]), 'hov', 'CHANGE_TO', 'ON_HOVER');
const d2 = compNode(bHov, 20, 84, 200, 44, { fill: '#0A5E51', radius: 6 }, [T('Button', 20, 12, 160, { size: 14, weight: 600, color: '#FFFFFF', h: 20, align: 'CENTER' })]);
d2._key = 'hov';
const componentsPage = canvas(12, 'Components', [
  compSet(setId, 'Comp / Action / Large', 0, 0, 240, 148, [d1, d2]),
  compNode(chk, 300, 20, 20, 20, { radius: 4 }),
  compNode(nav, 360, 20, 220, 40, {}, [V('Vector', 12, 10, 20, 20, { fill: '#51606B' }), T('Item', 44, 10, 160, { size: 14, h: 20 })]),
]);
const components = compMap([bDef, bHov, chk, nav]);
const componentSets = { [setId]: { key: '9d2f0a7c4e1b3a5d6f8e0c2b4a6d8f0e1c3b5a79', name: 'Comp / Action / Large', description: '', remote: false, documentationLinks: [] } };

idPage(7, 200);
const frame = (x, y, name, key, kids, h = H) => F(name, x, y, W, h, { fill: '#F7FAFA', clip: true, key }, kids);
const logoMark = () => row(gname('Frame'), 0, 0, [logoV(0, 0, 26, teal, { radius: 6 }), T('Dispensa', 0, 0, 120, { size: 18, weight: 700, color: ink, h: 26 })], { gap: 8 });
const navItem = (label, active, key) => {
  const n = { ...F('Sidebar item', 0, 0, 208, 40, { fill: active ? '#E3F2EF' : '#FFFFFF', radius: 6 }, [V('Vector', 12, 10, 20, 20, { fill: active ? teal : '#51606B' }), T(label, 44, 10, 150, { size: 14, weight: active ? 600 : 400, color: active ? teal : '#33424B', h: 20 })]), type: 'INSTANCE', componentId: nav.id };
  return key ? go(n, key) : n;
};
const sidebar = (active) => col('Sidebar', 0, 0, 240, [logoMark(), ...['Overview', 'Branches', 'Reports', 'Stock', 'Settings'].map((l) => navItem(l, l === active, l === 'Settings' ? 'settings' : (l === 'Overview' ? 'dashboard' : null)))], { gap: 6, pad: 16, fill: '#FFFFFF', h: H });

// Section: Sign-up
const signup = frame(0, 0, 'Sign up', 'signup', [
  F(gname('Frame'), 0, 0, 640, H, { fill: ink }, [
    col('Auto layout', 64, 120, 512, [
      T('See every branch’s margin in one view', 0, 0, 512, { size: 34, weight: 700, color: '#FFFFFF' }),
      T('Dispensa pulls dispensing, stock and finance figures together for multi-branch pharmacy groups.', 0, 0, 512, { size: 16, color: '#B9D4D0' }),
      F(gname('Frame'), 0, 0, 512, 150, { fill: '#163A3F', radius: 10 }, [
        T('“The stock-forecast report cut overstock across our nine branches by about a fifth in one quarter.”', 20, 18, 472, { size: 15, color: '#FFFFFF', family: 'Source Serif Pro' }),
        T('Amrit Sandhu — Superintendent Pharmacist, Sandhu Chemists', 20, 104, 472, { size: 12, color: '#B9D4D0' }),
      ]),
      T('Works with', 0, 0, 512, { size: 12, weight: 600, color: '#7FA8A2' }),
      row('Logos', 0, 0, ['e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4', 'f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5', '03c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6', '14d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7'].map((r) => logo(0, 0, 40, r)), { gap: 20 }),
    ], { gap: 24 }),
  ]),
  col('Auto layout', 800, 160, 440, [
    T('Create your Dispensa account', 0, 0, 440, { size: 26, weight: 700, color: ink }),
    field('Full name', 'Priya Mistry', 440), field('Work email', 'priya.mistry@northfieldpharmacy.co.uk', 440), field('Password', '••••••••••••', 440),
    go(btnI('Create account', 0, 0, 440, 48, bDef, { fill: teal, radius: 6 }), 'verify'),
    T('By continuing you accept our Terms and Privacy notice.', 0, 0, 440, { size: 12, color: '#6B7B83' }),
  ], { gap: 18 }),
]);
const verify = frame(W + 120, 0, 'Verify email', 'verify', [
  col('Auto layout', 480, 220, 480, [
    logoMark(),
    T('Check your inbox', 0, 0, 480, { size: 26, weight: 700, color: ink }),
    T(`We’ve sent a 6-digit code to priya.mistry@northfieldpharmacy.co.uk.${NBSP}It expires in 10 minutes.`, 0, 0, 480, { size: 15, color: '#4B5B63' }),
    row(gname('Frame'), 0, 0, [1, 2, 3, 4, 5, 6].map((d) => F(gname('Frame'), 0, 0, 56, 64, { fill: '#FFFFFF', stroke: '#C7D3D6', radius: 8 }, [T(String((d * 7) % 10), 20, 18, 16, { size: 22, weight: 600, h: 28 })])), { gap: 12 }),
    go(btnI('Verify', 0, 0, 480, 48, bDef, { fill: teal, radius: 6 }), 'org'),
    link('Resend code', 0, 0, 120),
  ], { gap: 18 }),
]);
const org = frame((W + 120) * 2, 0, 'Organisation', 'org', [
  col('Auto layout', 440, 120, 560, [
    logoMark(),
    T('About your group', 0, 0, 560, { size: 26, weight: 700, color: ink }),
    field('Organisation name', 'Northfield Pharmacy Group Ltd', 560),
    row(gname('Frame'), 0, 0, [field('Branches', '7', 268), field('Nation', 'England', 268)], { gap: 24 }),
    field('Head office postcode', 'e.g. M1 4BT', 560, { placeholder: true }),
    go(btnI('Continue', 0, 0, 560, 48, bDef, { fill: teal, radius: 6 }), 'dashboard'),
  ], { gap: 18 }),
]);
const sOnb = F('Sign-up', 0, 0, (W + 120) * 3 - 120 + 160, H + 160, { type: 'SECTION', fill: '#FFFFFF' }, [signup, verify, org].map((f) => { f._r[0] += 80; f._r[1] += 80; return f; }));

// Section: App
const empty = (title) => F(gname('Frame'), 0, 0, 540, 280, { fill: '#FFFFFF', radius: 10, stroke: '#E2E8EA' }, [
  T(title, 20, 16, 400, { size: 16, weight: 600, color: ink }),
  R(gname('Rectangle'), 20, 60, 500, 160, { fill: '#F1F5F6', radius: 6 }),
  T('No data yet', 220, 130, 120, { size: 13, color: '#8A9AA1', align: 'CENTER' }),
]);
const dashboard = frame(0, 0, 'Overview', 'dashboard', [
  sidebar('Overview'),
  col('Auto layout', 288, 40, 1104, [
    T('Overview', 0, 0, 1104, { size: 26, weight: 700, color: ink }),
    T('Northfield Pharmacy Group · 7 branches', 0, 0, 1104, { size: 14, color: '#6B7B83' }),
    row(gname('Frame'), 0, 0, [empty('Items dispensed by branch'), empty('Gross margin, last 12 months')], { gap: 24 }),
    row(gname('Frame'), 0, 0, [empty('NMS & Pharmacy First claims'), empty('Stock holding vs target')], { gap: 24 }),
  ], { gap: 14 }),
], 1000);
const settings = frame(W + 120, 0, 'Settings', 'settings', [
  sidebar('Settings'),
  col('Auto layout', 288, 40, 1104, [
    T('Settings', 0, 0, 1104, { size: 26, weight: 700, color: ink }),
    row(gname('Frame'), 0, 0, [
      col('Sub-menu', 0, 0, 240, [
        T('Account', 0, 0, 220, { size: 14, color: '#33424B' }),
        T('Organisation ▾', 0, 0, 220, { size: 14, weight: 600, color: ink }),
        T('Branches', 0, 0, 200, { size: 13, color: '#51606B' }),
        T('Users & roles', 0, 0, 200, { size: 13, color: '#51606B' }),
        go(T('Integrations & data', 0, 0, 200, { size: 13, color: '#51606B' }), 'sources'),
        T('Billing', 0, 0, 220, { size: 14, color: '#33424B' }),
      ], { gap: 10, indent: 0 }),
      col(gname('Frame'), 0, 0, 800, [
        T('Account', 0, 0, 800, { size: 18, weight: 700 }),
        field('Display name', 'Priya Mistry', 400), field('Email', 'priya.mistry@northfieldpharmacy.co.uk', 400),
        row(gname('Frame'), 0, 0, [T('Two-step sign-in', 0, 0, 300, { size: 14, h: 20 }), R('Toggle', 0, 0, 40, 22, { fill: teal, radius: 11 })], { gap: 20 }),
      ], { gap: 16 }),
    ], { gap: 40 }),
  ], { gap: 24 }),
]);
const liveRow = (nm, ref, since, last, status) => row(gname('Frame'), 0, 0, [
  logo(0, 0, 32, ref), T(nm, 0, 0, 260, { size: 14, weight: 600, h: 32 }), T(since, 0, 0, 200, { size: 13, h: 32, color: '#4B5B63' }), T(last, 0, 0, 220, { size: 13, h: 32, color: '#4B5B63' }), T(status, 0, 0, 110, { size: 13, h: 32, color: teal }),
  btnF('Sync now', 0, 0, 110, 32, { fill: '#FFFFFF', color: teal, stroke: teal, size: 13 }),
], { gap: 16, pad: 12, fill: '#FFFFFF', stroke: '#E2E8EA', radius: 8 });
const connections = frame((W + 120) * 2, 0, 'Integrations & data / Connected sources', 'connections', [
  sidebar('Settings'),
  col('Auto layout', 288, 40, 1104, [
    T('Connected sources', 0, 0, 1104, { size: 26, weight: 700, color: ink }),
    row('Header', 0, 0, ['', 'Source', 'Connected since', 'Last sync', 'Status'].map((h, i) => T(h, 0, 0, [32, 260, 200, 220, 110][i], { size: 12, weight: 600, color: '#6B7B83', h: 16 })), { gap: 16, pad: 12 }),
    liveRow('ProScript Connect (EMIS Health)', 'e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4', '2 Mar 2026, 09:14', 'Today, 06:00 · daily', 'Healthy'),
    liveRow('Xero', 'a0b1c2d3e4f5061728394a5b6c7d8e9f00112233', '2 Mar 2026, 09:20', 'Today, 06:05 · GBP', 'Healthy'),
    row(gname('Frame'), 0, 0, [spinner(0, 0, 16, teal), T('Syncing branch stock from ProScript Connect…', 0, 0, 420, { size: 13, color: '#4B5B63', h: 18 })], { gap: 8 }),
    divider(1104),
    T('Danger zone', 0, 0, 1104, { size: 15, weight: 700, color: '#B42318' }),
    T('Deleting your organisation account removes all users and reports. This cannot be undone.', 0, 0, 700, { size: 13, color: '#4B5B63' }),
    btnG('Delete account', 0, 0, 180, 40, { fill: '#B42318', radius: 6 }),
  ], { gap: 14 }),
]);
const sApp = F('App', 0, H + 400, (W + 120) * 3 - 120 + 160, 1000 + 160, { type: 'SECTION', fill: '#FFFFFF' }, [dashboard, settings, connections].map((f) => { f._r[0] += 80; f._r[1] += 80; return f; }));

// Section: Integrations
const plat = (nm, ref, sub) => go(card(nm, logo(0, 0, 40, ref), 300, { sub, size: 14 }), 'sourcesDone');
const sources = frame(0, 0, 'Integrations & data', 'sources', [
  sidebar('Settings'),
  col('Auto layout', 288, 40, 1104, [
    T('Integrations & data', 0, 0, 1104, { size: 26, weight: 700, color: ink }),
    T('We read dispensing volumes, item margins and branch takings from your PMR, and profit and loss from your accounting package. Nothing is sent back to either system.', 0, 0, 900, { size: 14, color: '#4B5B63' }),
    searchBox(0, 0, 520, 'Search 40+ PMR and accounting systems', { radius: 8 }),
    T('Dispensing (PMR)', 0, 0, 1104, { size: 18, weight: 700, color: ink }),
    row(gname('Frame'), 0, 0, [plat('ProScript Connect', 'e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4', 'EMIS Health'), plat('Titan PMR', 'f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5', 'Invatech Health'), plat('Pharmacy Manager', '03c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6', 'Cegedim Healthcare')], { gap: 20 }),
    T('Accounting', 0, 0, 1104, { size: 18, weight: 700, color: ink }),
    row(gname('Frame'), 0, 0, [plat('Xero', 'a0b1c2d3e4f5061728394a5b6c7d8e9f00112233', 'xero.com/uk'), plat('QuickBooks Online', '14d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7', 'quickbooks.intuit.com/uk'), plat('Sage Business Cloud Accounting', '25e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708', 'sage.com/en-gb')], { gap: 20 }),
    row('Consent', 0, 0, [{ ...checkbox(0, 0, 'INSTANCE', chk) }, T('I agree to the Data Processing Agreement for my organisation', 0, 0, 460, { size: 13, h: 20 }), link('Read the DPA', 0, 0, 110, { size: 13, h: 20 })], { gap: 10 }),
    T('1,450 UK pharmacies across 310 groups already share their figures with Dispensa.', 0, 0, 900, { size: 13, weight: 600, color: ink }),
    row(gname('Frame'), 0, 0, [go(link('Ask your superintendent to do this', 0, 0, 260, { size: 13, h: 20 }), 'share', 'OVERLAY'), T('·', 0, 0, 10, { size: 13, h: 20 }), act(link('Save and finish later', 0, 0, 170, { size: 13, h: 20 }), { type: 'BACK' })], { gap: 8 }),
    row(gname('Frame'), 0, 0, [link('Setup guide: connecting your PMR (PDF, 6 pages)', 0, 0, 360, { size: 13, h: 20 }), T('·', 0, 0, 10, { size: 13, h: 20 }), go(link('Need a mutual NDA first? Request one', 0, 0, 280, { size: 13, h: 20 }), 'nda', 'OVERLAY')], { gap: 8 }),
    T('Stuck? 0161 496 0732 (Mon–Fri 8–6) · support@dispensa.co.uk · Raise a ticket', 0, 0, 900, { size: 13, color: '#4B5B63' }),
    row('Powered by', 0, 0, [T('Powered by', 0, 0, 80, { size: 11, color: '#8A9AA1', h: 16 }), logoV(0, 0, 16, '#4B5B63'), T('Linkwise', 0, 0, 70, { size: 11, weight: 700, color: '#4B5B63', h: 16 })], { gap: 6 }),
    T('🔒 Bank-grade encryption on every link', 0, 0, 400, { size: 12, hidden: true }),
  ], { gap: 14 }),
], 1180);
const badge = (txt, bg, fg) => F(gname('Frame'), 0, 0, 150, 26, { fill: bg, radius: 13 }, [T(txt, 8, 4, 134, { size: 12, weight: 600, color: fg, h: 18, align: 'CENTER' })]);
const sourcesDone = frame(W + 120, 0, 'Integrations & data — linked', 'sourcesDone', [
  sidebar('Settings'),
  col('Auto layout', 288, 40, 1104, [
    T('Integrations & data', 0, 0, 1104, { size: 26, weight: 700, color: ink }),
    col(gname('Frame'), 0, 0, 700, [
      card('ProScript Connect', logo(0, 0, 40, 'e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4'), 480, { sub: 'EMIS Health · first sync 2 Mar 2026, 09:14', badge: badge('Connected ✓', '#E3F6EC', '#116B3A') }),
      card('Xero', logo(0, 0, 40, 'a0b1c2d3e4f5061728394a5b6c7d8e9f00112233'), 480, { sub: 'Selected — approve access in Xero to finish', badge: badge('Awaiting approval', '#FFF3D6', '#8A5A00') }),
    ], { gap: 12 }),
    row(gname('Frame'), 0, 0, [spinner(0, 0, 18, teal), T('Syncing dispensing history… 62%', 0, 0, 300, { size: 13, color: '#4B5B63', h: 18 })], { gap: 8 }),
    go(btnF('+ Add another source', 0, 0, 200, 40, { fill: '#FFFFFF', color: teal, stroke: teal }), 'sources'),
    go(btnI('Review organisation details', 0, 0, 300, 44, bDef, { fill: teal, radius: 6 }), 'orgFilled'),
  ], { gap: 18 }),
]);
const orgFilled = frame((W + 120) * 2, 0, 'Organisation — from Xero', 'orgFilled', [
  sidebar('Settings'),
  col('Auto layout', 288, 40, 700, [
    T('Check your organisation details', 0, 0, 700, { size: 26, weight: 700, color: ink }),
    T('✨ We’ve filled these in from Xero — change anything that looks wrong.', 0, 0, 700, { size: 14, color: teal }),
    row(gname('Frame'), 0, 0, [field('Company number', '08812345', 330, { bg: '#F2FAF8' }), field('VAT number', 'GB 294 1234 56', 330, { bg: '#F2FAF8' })], { gap: 40 }),
    field('Registered address', '14 Oldham Street, Manchester M1 1JQ', 700, { bg: '#F2FAF8' }),
    row(gname('Frame'), 0, 0, [field('Annual turnover (FY25)', '£4,210,000', 330, { bg: '#F2FAF8' }), field('Finance contact', 'Tom Hale, Finance Director', 330, { bg: '#F2FAF8' })], { gap: 40 }),
    go(btnI('Looks right — save', 0, 0, 240, 44, bDef, { fill: teal, radius: 6 }), 'connections'),
  ], { gap: 18 }),
]);
const modal = (x, name, key, kids) => frame(x, 0, name, key, [R('Scrim', 0, 0, W, H, { fill: '#0F2A2E' }), col(gname('Frame'), 470, 240, 500, kids, { gap: 14, pad: 32, fill: '#FFFFFF', radius: 12 })]);
const nda = modal((W + 120) * 3, 'Modal / NDA', 'nda', [
  T('Request a mutual NDA', 0, 0, 436, { size: 20, weight: 700 }),
  T('Our legal team will countersign a mutual non-disclosure agreement before any branch data is shared. Usually back within two working days.', 0, 0, 436, { size: 14, color: '#4B5B63' }),
  field('Signatory', 'Name and role', 436, { placeholder: true }),
  act(btnF('Send request', 0, 0, 436, 44, { fill: teal }), { type: 'CLOSE' }),
]);
const share = modal((W + 120) * 4, 'Modal / Share', 'share', [
  T('Hand this over to a colleague', 0, 0, 436, { size: 20, weight: 700 }),
  T('They’ll get a link straight to Integrations & data. Anything you’ve already linked stays linked.', 0, 0, 436, { size: 14, color: '#4B5B63' }),
  field('Colleague’s email', 'superintendent@northfieldpharmacy.co.uk', 436),
  act(btnF('Send link', 0, 0, 436, 44, { fill: teal }), { type: 'CLOSE' }),
]);
const sInt = F('Integrations', 0, (H + 400) * 2 + 300, (W + 120) * 5 - 120 + 160, 1180 + 160, { type: 'SECTION', fill: '#FFFFFF' }, [sources, sourcesDone, orgFilled, nda, share].map((f) => { f._r[0] += 80; f._r[1] += 80; return f; }));

const flowPage = canvas(7, 'Flow — onboarding', [sOnb, sApp, sInt], { flows: [{ nodeId: signup.id, name: 'Sign-up to data' }, { nodeId: sources.id, name: 'Integrations only' }] });

idPage(3, 9);
const cover = canvas(3, 'Cover', [F('Thumbnail', 0, 0, 1600, 960, { fill: ink }, [T('Dispensa — onboarding', 100, 380, 1400, { size: 80, weight: 700, color: '#FFFFFF' }), T('UK · desktop 1440 · handover', 100, 500, 1400, { size: 28, color: '#B9D4D0' })])]);
idPage(21, 5);
const archive = canvas(21, 'Archive (don’t use)', [F('Integrations — v0', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Data sources', 80, 80, 600, { size: 24, weight: 700 }),
  T('Connect ProScript', 80, 140, 300, { size: 14 }),
  G(gname('Group'), 80, 200, 400, 100, [T('You can disconnect at any time from Settings.', 0, 0, 400, { size: 13 })], { hidden: true }),
])]);

const present = ['funnel.prefill', 'privacy.data-scope', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
  'privacy.powered-by', 'privacy.mutual-nda', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear',
  'platform.multiple-connections', 'connection.view-live', 'connection.refresh', 'connection.syncing-indicator'];
const absent = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
  'privacy.trust-language', 'privacy.disconnect-anytime', 'platform.explain-redirect', 'platform.alternatives', 'connection.delete'];
finish({
  name: 'Dispensa — Onboarding (desktop)', fileName: 'd89-pharmacy-group-analytics-desktop', lastModified: '2026-02-27T10:03:41Z', version: '4391028817',
  pages: [cover, flowPage, componentsPage, archive], components, componentSets,
  truth: {
    kind: 'onboarding',
    description: 'Analytics for UK pharmacy groups on desktop (1440). Sign-up, email code, organisation form and an empty overview; the data connection (PMR dispensing systems and accounting) is only reachable through Settings › Organisation › "Integrations & data". After linking: status badges, prefilled organisation details, and a connected-sources table with "Sync now". Frames sit in three SECTIONs.',
    present, absent,
    notes: {
      'funnel.greeting-email': 'No email frame.',
      'funnel.three-actions': 'Five steps: Sign up → Verify → Organisation → Overview → Settings → Integrations & data.',
      'funnel.cta-visible': 'Only a small sub-menu entry under Settings › Organisation; the overview shows "No data yet" with no prompt.',
      'funnel.social-proof': 'Left unlabelled: the sign-up quote praises the stock-forecast report, not connecting.',
      'funnel.prefill': '"We’ve filled these in from Xero": company number, VAT, address, turnover, finance contact.',
      'value.three-part': 'No value statement and no single main CTA at the decision point; only the data-use line.',
      'value.contextual-ctas': 'Empty charts carry no connect prompt.',
      'value.faq-link': 'Left unlabelled: a setup guide link but no benefits FAQ.',
      'value.progress-meter': 'No meter; the "62%" is a sync progress, not a connection-strength meter.',
      'privacy.data-scope': 'Dispensing volumes, margins, takings from the PMR, P&L from accounting; nothing sent back.',
      'privacy.trust-language': 'No reassurance wording; the encryption line is a hidden layer.',
      'privacy.consent-action': 'Checkbox instance beside the Data Processing Agreement link.',
      'privacy.disconnect-anytime': 'Not said on the flow page (only in a hidden group on the archive page).',
      'privacy.connection-guide': '"Setup guide: connecting your PMR (PDF, 6 pages)".',
      'privacy.statistics': '"1,450 UK pharmacies across 310 groups already share their figures".',
      'privacy.support-contacts': 'Phone, email and a ticket option.',
      'privacy.powered-by': '"Powered by Linkwise" mark.',
      'privacy.mutual-nda': '"Need a mutual NDA first? Request one" with a request modal.',
      'platform.explain-redirect': 'Nothing says the user will sign in on the provider’s site.',
      'platform.grouped-categories': '"Dispensing (PMR)" and "Accounting" headings.',
      'platform.accurate-branding': 'Full product names with vendor and UK site (e.g. Sage Business Cloud Accounting, QuickBooks Online). "ProScript Connect" is a brand name, not a CTA.',
      'platform.search': 'Search field over the systems.',
      'platform.alternatives': 'No route for a group whose system is missing.',
      'platform.non-linear': '"Ask your superintendent to do this · Save and finish later" with a share modal.',
      'platform.multiple-connections': 'Connected ✓ / Awaiting approval badges and "+ Add another source".',
      'connection.view-live': 'Table with source, connected since, last sync and currency.',
      'connection.delete': 'No disconnect or remove control; only "Delete account" for the whole organisation.',
      'connection.refresh': '"Sync now" per source.',
      'connection.syncing-indicator': 'Spinners with "Syncing…" copy.',
    },
    flow: { start: 'signup', connect: 'sources', steps: 5, deadEnds: [] },
  },
  meta: { connectCandidates: ['sources', 'sourcesDone'], signup: 'signup' },
});

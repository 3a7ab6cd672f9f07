// d39-saas-spend-desktop: SaaS spend management web app (1440 wide). Settings-first:
// integrations live under Settings › Integrations; status shown in a connections table.
import { F, T, R, V, E, G, S, I, C, CS, V_, H_, auto, reseed, image, finalize, write, WRITTEN_BY } from './lib.mjs';

reseed(39);
const OUT = new URL('..', import.meta.url).pathname;
const W = 1440; const H = 900; const ACC = '#4F46E5'; const INK = '#111827'; const MUTED = '#6B7280'; const LINE = '#E5E7EB';

const primary = (label, x, y, w, p = {}) => F('cta/primary', x, y, w, 40, { fill: ACC, r: 6, ...p }, [T(label, 0, 10, w, 20, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const ghost = (label, x, y, w, p = {}) => I('Comp / Action / Secondary', 'btn2', x, y, w, 36, { r: 6, ...p }, [T(label, 0, 9, w, 18, { size: 13, weight: 500, align: 'CENTER' })]);
const logo = (ref, x, y, s = 32) => R(auto('Rectangle'), x, y, s, s, { r: 6, fills: [image(ref)] });
const sidebar = (active, p = {}) => I('Sidebar', 'side', 0, 0, 240, H, { fill: '#F9FAFB' }, [
  V('Tallyspend logo', 24, 24, 110, 24, { fill: ACC }),
  V_(auto('Frame'), 12, 80, 216, 360, { gap: 2 }, ['Overview', 'Software', 'Cards', 'Renewals', 'Insights'].map((t) => F(auto('Frame'), 0, 0, 216, 36, { r: 6, fill: t === active ? '#EEF2FF' : null }, [V('Vector', 12, 10, 16, 16), T(t, 40, 9, 160, 18, { size: 14, weight: t === active ? 600 : 400, color: t === active ? ACC : INK })]))),
  F(auto('Frame'), 12, H - 60, 216, 36, { r: 6, fill: active === 'Settings' ? '#EEF2FF' : null, ...p }, [V('Gear', 12, 10, 16, 16), T('Settings', 40, 9, 160, 18, { size: 14 })]),
]);
const screen = (name, i, row, kids, p = {}) => F(name, i * 1540, row * 1000, W, H, { fill: '#FFFFFF', ...p }, kids);
const settingsTabs = (active, links = {}) => H_('Tabs', 0, 0, 1100, 40, { gap: 24 }, ['Company', 'Members', 'Billing', 'Integrations', 'Security'].map((t) =>
  G(auto('Group'), 0, 0, t.length * 9 + 8, 40, [T(t, 0, 8, t.length * 9 + 8, 20, { size: 14, weight: t === active ? 600 : 400, color: t === active ? ACC : MUTED }), ...(t === active ? [R(auto('Rectangle'), 0, 36, t.length * 9 + 8, 2, { fill: ACC })] : [])], links[t] ? { tnid: links[t] } : {})));

const components = [
  C('Sidebar', 'side', 0, 0, 240, H, { fill: '#F9FAFB' }),
  CS('Comp / Action', 300, 0, 400, 200, [
    C('Comp / Action / Secondary', 'btn2', 20, 20, 160, 36, { r: 6, stroke: '#D1D5DB' }, [T('Button', 0, 9, 160, 18, { size: 13, align: 'CENTER' })]),
    C('Comp / Action / Secondary, State=Hover', 'btn2h', 20, 80, 160, 36, { r: 6, fill: '#F3F4F6', stroke: '#D1D5DB' }, [T('Button', 0, 9, 160, 18, { size: 13, align: 'CENTER' })]),
  ]),
  C('Status pill', 'pill', 760, 0, 110, 22, { r: 11, fill: '#DCFCE7' }, [T('Connected', 10, 3, 90, 16, { size: 12, weight: 600, color: '#166534' })]),
];

// --- flow
const signup = screen('01 Sign up', 0, 0, [
  F(auto('Frame'), 0, 0, 720, H, { fill: '#F5F3FF' }, [
    V_('Auto layout', 96, 220, 528, 420, { gap: 24 }, [
      T('\u201CWe found $84k of duplicate seats in the first week. Our renewals calendar finally runs itself.\u201D', 0, 0, 528, 100, { size: 24, weight: 600, font: 'Source Serif Pro' }),
      H_(auto('Frame'), 0, 0, 528, 48, { gap: 12 }, [E(auto('Ellipse'), 0, 0, 48, 48, { fills: [image('f01a9b3c5d7e')] }), V_(auto('Frame'), 0, 0, 400, 48, { gap: 2 }, [T('Priya Raman', 0, 0, 400, 20, { size: 15, weight: 600 }), T('VP Finance, Northwind Logistics', 0, 0, 400, 18, { size: 13, color: MUTED })])]),
      T('Trusted by finance teams at Harbor Freightways \u00b7 Lumen Health \u00b7 Copperleaf', 0, 0, 528, 20, { size: 13, color: MUTED }),
    ]),
  ]),
  V_('Auto layout', 840, 200, 400, 480, { gap: 16 }, [
    T('Start your free trial', 0, 0, 400, 34, { size: 28, weight: 700 }),
    ...['Work email', 'Company name', 'Password'].map((t) => F(auto('Frame'), 0, 0, 400, 44, { r: 6, stroke: '#D1D5DB' }, [T(t, 12, 12, 300, 20, { size: 14, color: '#9CA3AF' })])),
    primary('Create workspace', 0, 0, 400, { tnid: 'verify' }),
    T('By signing up you agree to the Terms of Service.', 0, 0, 400, 18, { size: 12, color: MUTED }),
  ]),
], { key: 'signup' });

const verify = screen('02 Verify email', 1, 0, [
  V_('Auto layout', 520, 280, 400, 300, { gap: 16 }, [
    V('Envelope', 176, 0, 48, 40, { fill: ACC }),
    T('Check your inbox', 0, 0, 400, 30, { size: 24, weight: 700, align: 'CENTER' }),
    T('We sent a 6-digit code to dana@copperleaf.io', 0, 0, 400, 20, { size: 14, color: MUTED, align: 'CENTER' }),
    H_('Code', 80, 0, 240, 48, { gap: 8 }, [0, 1, 2, 3, 4, 5].map(() => R(auto('Rectangle'), 0, 0, 32, 48, { r: 6, fill: '#FFFFFF', stroke: '#D1D5DB' }))),
    primary('Verify', 0, 0, 400, { go: { to: 'invite' } }),
  ]),
], { key: 'verify' });

const invite = screen('03 Invite your team', 2, 0, [
  V_('Auto layout', 470, 200, 500, 500, { gap: 16 }, [
    T('Bring in your team', 0, 0, 500, 34, { size: 28, weight: 700 }),
    T('Invite the people who approve software purchases.', 0, 0, 500, 20, { size: 15, color: MUTED }),
    ...[1, 2, 3].map(() => F(auto('Frame'), 0, 0, 500, 44, { r: 6, stroke: '#D1D5DB' }, [T('name@company.com', 12, 12, 300, 20, { size: 14, color: '#9CA3AF' })])),
    ghost('Invite via Slack Connect', 0, 0, 220),
    H_(auto('Frame'), 0, 0, 500, 40, { gap: 16 }, [primary('Send invites', 0, 0, 160, { go: { to: 'dash' } }), T('Skip for now', 0, 10, 120, 20, { size: 14, color: ACC, go: { to: 'dash' } })]),
  ]),
], { key: 'invite' });

const kpi = (label, value) => V_(auto('Frame'), 0, 0, 262, 110, { fill: '#FFFFFF', r: 8, pad: 20, gap: 8, stroke: LINE }, [T(label, 0, 0, 222, 18, { size: 13, color: MUTED }), T(value, 0, 0, 222, 34, { size: 28, weight: 700 })]);
const dash = screen('04 Overview', 3, 0, [
  sidebar('Overview', { go: { to: 'company' } }),
  V_('Auto layout', 280, 32, 1120, 820, { gap: 24 }, [
    T('Overview', 0, 0, 600, 34, { size: 28, weight: 700 }),
    H_(auto('Frame'), 0, 0, 1120, 110, { gap: 24 }, [kpi('Annual SaaS spend', '\u2014'), kpi('Apps tracked', '0'), kpi('Renewals in 90 days', '0'), kpi('Unused seats', '\u2014')]),
    F(auto('Frame'), 0, 0, 1120, 360, { r: 8, stroke: LINE }, [T('Spend by month', 24, 20, 400, 22, { size: 16, weight: 600 }), R('Chart placeholder', 24, 60, 1072, 270, { fill: '#F9FAFB' }), T('No data yet', 500, 180, 120, 20, { size: 14, color: MUTED })]),
  ]),
], { key: 'dash' });

const company = screen('05 Settings \u2014 Company', 4, 0, [
  sidebar('Settings'),
  V_('Auto layout', 280, 32, 1120, 820, { gap: 24 }, [
    T('Settings', 0, 0, 600, 34, { size: 28, weight: 700 }),
    settingsTabs('Company', { Integrations: 'integrations', Billing: 'billing' }),
    V_(auto('Frame'), 0, 0, 560, 400, { gap: 16 }, [
      ...['Legal name', 'Fiscal year start', 'Base currency'].map((t) => V_(auto('Frame'), 0, 0, 560, 70, { gap: 6 }, [T(t, 0, 0, 560, 18, { size: 13, weight: 500 }), F(auto('Frame'), 0, 0, 560, 44, { r: 6, stroke: '#D1D5DB' })])),
      T('Delete workspace', 0, 0, 200, 20, { size: 14, color: '#DC2626' }),
    ]),
  ]),
], { key: 'company' });

const billing = screen('05b Settings \u2014 Billing', 5, 0, [
  sidebar('Settings'),
  V_('Auto layout', 280, 32, 1120, 820, { gap: 24 }, [
    T('Settings', 0, 0, 600, 34, { size: 28, weight: 700 }),
    settingsTabs('Billing', { Company: 'company', Integrations: 'integrations' }),
    T('Growth plan \u00b7 $6 per employee per month, billed annually', 0, 0, 800, 20, { size: 15 }),
    T('Cancel subscription', 0, 0, 200, 20, { size: 14, color: '#DC2626', deco: 'UNDERLINE' }),
  ]),
], { key: 'billing' });

const card = (nm, ref, state, go) => V_(auto('Frame'), 0, 0, 340, 150, { fill: '#FFFFFF', r: 8, pad: 16, gap: 10, stroke: LINE }, [
  H_(auto('Frame'), 0, 0, 308, 32, { gap: 12 }, [logo(ref, 0, 0), T(nm, 0, 6, 200, 20, { size: 15, weight: 600 })]),
  T(state === 'ok' ? 'Connected' : state === 'pending' ? 'Waiting for authorization' : 'Not connected', 0, 0, 308, 18, { size: 12, weight: 600, color: state === 'ok' ? '#166534' : state === 'pending' ? '#B45309' : MUTED }),
  state === 'ok' ? ghost('Manage', 0, 0, 100, { go: { to: 'table' } }) : I('Btn', 'btn2', 0, 0, 100, 36, { r: 6, go: go ? { to: go } : undefined }, [T('Connect', 0, 9, 100, 18, { size: 13, weight: 600, align: 'CENTER' })]),
]);
const group = (title, cards) => V_(auto('Frame'), 0, 0, 1120, 200, { gap: 12 }, [T(title, 0, 0, 400, 24, { size: 18, weight: 700 }), H_(auto('Frame'), 0, 0, 1120, 150, { gap: 16 }, cards)]);
const integrations = screen('06 Settings \u2014 Integrations', 0, 1, [
  sidebar('Settings'),
  V_('Auto layout', 280, 32, 1120, 840, { gap: 20 }, [
    T('Settings', 0, 0, 600, 34, { size: 28, weight: 700 }),
    settingsTabs('Integrations', { Company: 'company' }),
    H_(auto('Frame'), 0, 0, 1120, 40, { gap: 16 }, [
      F('Search', 0, 0, 420, 40, { r: 6, stroke: '#D1D5DB' }, [V('Vector', 12, 12, 16, 16, { fill: MUTED }), T('Search 180+ apps', 40, 10, 300, 20, { size: 14, color: '#9CA3AF' })]),
      T('Hand this off: assign to a teammate', 0, 10, 300, 20, { size: 14, color: ACC, deco: 'UNDERLINE' }),
    ]),
    group('Accounting & ERP', [card('Oracle NetSuite', 'e01', 'none', 'netsuite'), card('QuickBooks Online', 'e02', 'none', 'netsuite'), card('Sage Intacct', 'e03', 'none', 'netsuite')]),
    group('Corporate cards', [card('American Express Corporate Cards', 'e04', 'pending'), card('Brex', 'e05', 'ok'), card('Mastercard Smart Data', 'e06', 'none', 'netsuite')]),
    group('HR & directory', [card('BambooHR', 'e07', 'none', 'netsuite'), card('Rippling', 'e08', 'none', 'netsuite'), card('HiBob', 'e09', 'none', 'netsuite')]),
  ]),
], { key: 'integrations' });

const netsuite = screen('07 Connect NetSuite', 1, 1, [
  sidebar('Settings'),
  V_('Auto layout', 280, 32, 720, 840, { gap: 18 }, [
    T('\u2190 Integrations', 0, 0, 200, 18, { size: 13, color: MUTED, go: { back: true } }),
    H_(auto('Frame'), 0, 0, 720, 48, { gap: 16 }, [logo('e01', 0, 0, 48), T('Oracle NetSuite', 0, 10, 400, 30, { size: 24, weight: 700 })]),
    T('Tie every software bill to its owner, contract and renewal date \u2014 without exporting a single CSV.', 0, 0, 720, 48, { size: 17 }),
    V_(auto('Frame'), 0, 0, 720, 150, { fill: '#F9FAFB', r: 8, pad: 16, gap: 8 }, [
      T('What Tallyspend reads (read-only): vendor bills, vendors, GL accounts, departments and payments.', 0, 0, 688, 40, { size: 14 }),
      T('What we write back: categorized card spend as journal entries, only if you turn on sync-back.', 0, 0, 688, 40, { size: 14 }),
      T('Encrypted in transit and at rest; never sold or passed to third parties without your written consent.', 0, 0, 688, 40, { size: 14, color: MUTED }),
    ]),
    T('You\u2019ll sign in to NetSuite in a new tab and approve a token-based connection. Once approved, you\u2019re brought back here.', 0, 0, 720, 40, { size: 14, color: MUTED }),
    H_(auto('Frame'), 0, 0, 720, 40, { gap: 10 }, [
      V('Checkbox', 0, 2, 20, 20, { fill: '#FFFFFF', stroke: '#9CA3AF' }),
      T('I authorize Tallyspend to access this data as set out in the Data Processing Addendum', 0, 0, 640, 40, { size: 14 }),
    ]),
    H_(auto('Frame'), 0, 0, 720, 40, { gap: 16 }, [primary('Connect Oracle NetSuite', 0, 0, 240, { go: { to: 'nsauth' } }), ghost('Connect later', 0, 2, 140, { go: { to: 'integrations' } })]),
    T('Step-by-step setup guide for NetSuite (roles, token permissions) \u2192', 0, 0, 720, 20, { size: 14, color: ACC, deco: 'UNDERLINE' }),
    T('Need a mutual NDA before your finance data is shared? Request one from your account team.', 0, 0, 720, 20, { size: 13, color: MUTED }),
  ]),
  V_('Trust panel', 1060, 120, 320, 220, { fill: '#F5F3FF', r: 8, pad: 20, gap: 10 }, [
    T('6,200 finance teams', 0, 0, 280, 28, { size: 22, weight: 700 }),
    T('connect their ledgers to Tallyspend. SOC 2 Type II audited, AES-256 encryption.', 0, 0, 280, 60, { size: 14, color: MUTED }),
  ]),
  T('Powered by Meridian Connect', 1080, 860, 300, 16, { size: 11, color: MUTED, hidden: true }),
], { key: 'netsuite' });

const nsauth = screen('08 NetSuite \u2014 approve (external)', 2, 1, [
  R(auto('Rectangle'), 0, 0, W, 64, { fill: '#36677D' }),
  V_('Auto layout', 520, 200, 400, 360, { gap: 16, fill: '#FFFFFF', pad: 24, r: 4, stroke: LINE }, [
    T('Tallyspend is requesting access', 0, 0, 352, 26, { size: 20, weight: 600 }),
    T('Account: Copperleaf Inc. (TSTDRV2290)\nRole: Tallyspend Integration', 0, 0, 352, 40, { size: 14, color: MUTED }),
    F(auto('Frame'), 0, 0, 352, 40, { fill: '#36677D', r: 3, go: { to: 'table' } }, [T('Allow', 0, 10, 352, 20, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    T('Deny', 0, 0, 352, 20, { size: 14, align: 'CENTER', go: { back: true } }),
  ]),
], { key: 'nsauth' });

const cell = (t, w, p = {}) => T(t, 0, 0, w, 20, { size: 13, ...p });
const trow = (cells, p = {}) => H_(auto('Frame'), 0, 0, 1120, 52, { gap: 0, pad: 16, fill: '#FFFFFF', ...p }, cells);
const table = screen('09 Settings \u2014 Connections', 3, 1, [
  sidebar('Settings'),
  V_('Auto layout', 280, 32, 1120, 840, { gap: 20 }, [
    T('Settings', 0, 0, 600, 34, { size: 28, weight: 700 }),
    settingsTabs('Integrations', { Company: 'company' }),
    V_('Table', 0, 0, 1120, 320, { gap: 1, fill: LINE, r: 8 }, [
      trow(['App', 'Connected on', 'Last sync', 'Data', 'Status', ''].map((h, i) => cell(h, [220, 180, 200, 220, 140, 128][i], { weight: 600, color: MUTED })), { fill: '#F9FAFB' }),
      trow([cell('Oracle NetSuite', 220, { weight: 600 }), cell('Nov 18, 2026 10:04 AM', 180), cell('Today 9:12 AM', 200), cell('1,482 bills \u00b7 USD', 220), I('Status pill', 'pill', 0, 0, 110, 22, {}, [T('Connected', 10, 3, 90, 16, { size: 12, weight: 600, color: '#166534' })]), T('Sync now \u00b7 Disconnect', 0, 0, 150, 20, { size: 13, color: ACC, go: { to: 'disconnect', nav: 'OVERLAY' } })]),
      trow([cell('Brex', 220, { weight: 600 }), cell('Nov 18, 2026 10:11 AM', 180), cell('Today 9:10 AM', 200), cell('3 card programs', 220), I('Status pill', 'pill', 0, 0, 110, 22, {}, [T('Connected', 10, 3, 90, 16, { size: 12, weight: 600, color: '#166534' })]), cell('Sync now \u00b7 Disconnect', 150, { color: ACC })]),
      trow([cell('American Express Corporate Cards', 220, { weight: 600 }), cell('\u2014', 180), cell('\u2014', 200), cell('\u2014', 220), F(auto('Frame'), 0, 0, 140, 22, { r: 11, fill: '#FEF3C7' }, [T('Awaiting approval', 10, 3, 120, 16, { size: 12, weight: 600, color: '#92400E' })]), cell('Resume', 150, { color: ACC })]),
    ]),
    H_(auto('Frame'), 0, 0, 1120, 40, { gap: 16 }, [ghost('+ Add integration', 0, 0, 170, { go: { to: 'integrations' } }), ghost('View sync history', 0, 0, 170), T('See your spend insights \u2192', 0, 8, 260, 20, { size: 14, color: ACC, go: { to: 'insights' } })]),
  ]),
], { key: 'table' });

const disconnect = F('10 Disconnect dialog', 4 * 1540, 1000, W, H, { fill: '#11182799', key: 'disconnect' }, [
  V_('Dialog', 520, 300, 400, 220, { fill: '#FFFFFF', r: 10, pad: 24, gap: 14 }, [
    T('Disconnect Oracle NetSuite?', 0, 0, 352, 26, { size: 20, weight: 700 }),
    T('Tallyspend\u2019s token is revoked and new bills stop flowing in. Data already imported stays in your workspace.', 0, 0, 352, 60, { size: 14, color: MUTED }),
    H_(auto('Frame'), 0, 0, 352, 40, { gap: 12 }, [ghost('Keep connected', 0, 0, 150, { go: { close: true } }), primary('Disconnect', 0, 0, 150, { fill: '#DC2626', go: { to: 'table' } })]),
  ]),
]);

const insights = screen('11 Insights', 5, 1, [
  sidebar('Insights'),
  V_('Auto layout', 280, 32, 1120, 820, { gap: 24 }, [
    T('Spend by department', 0, 0, 600, 34, { size: 28, weight: 700 }),
    F(auto('Frame'), 0, 0, 1120, 420, { r: 8, stroke: LINE }, [
      R('Chart', 24, 24, 1072, 372, { fill: '#F9FAFB' }),
      V_('Empty state', 360, 130, 400, 160, { gap: 12, fill: '#FFFFFF', pad: 20, r: 8, stroke: LINE }, [
        T('Split spend by team', 0, 0, 360, 22, { size: 17, weight: 600 }),
        T('Connect your HR system so each seat maps to a department and manager.', 0, 0, 360, 40, { size: 14, color: MUTED }),
        primary('Connect HR system', 0, 0, 180, { go: { to: 'integrations' } }),
      ]),
    ]),
  ]),
], { key: 'insights' });

const email = F('Email \u2014 verification', 6 * 1540, 0, 600, 700, {}, [
  V_('Auto layout', 48, 60, 504, 560, { gap: 18 }, [
    V('Tallyspend logo', 0, 0, 110, 24, { fill: ACC }),
    T('Confirm your email', 0, 0, 504, 30, { size: 24, weight: 700 }),
    T('Your code is 482 913. It expires in 10 minutes.', 0, 0, 504, 20, { size: 15 }),
    T('If you didn\u2019t sign up, ignore this message.', 0, 0, 504, 20, { size: 13, color: MUTED }),
  ]),
]);

const flow = [
  S('Sign-up', 0, 0, 6 * 1540, 960, [signup, verify, invite, dash, company, billing]),
  S('Integrations (settings)', 0, 1040, 6 * 1540, 960, [integrations, netsuite, nsauth, table, disconnect, insights]),
  email,
];
for (const f of flow[1].children) f._y -= 1000;

const explorations = [
  F('Integrations \u2014 grid idea B', 0, 0, W, H, {}, [T('Integrations (exploration)', 40, 40, 600, 34, { size: 28, weight: 700 }), T('Parked \u2014 see v2 in flow', 40, 90, 400, 20, { size: 14, color: MUTED })]),
];
const cover = [F('Thumbnail', 0, 0, 1920, 1080, { fill: ACC }, [T('Tallyspend \u00b7 Onboarding + Integrations', 160, 460, 1500, 80, { size: 72, weight: 700, color: '#FFFFFF' })])];

const built = finalize({ name: 'Tallyspend \u2014 Web onboarding', lastModified: '2026-11-12T16:05:09Z', version: '4398811502' }, [
  { name: 'Cover', prefix: 0, first: 3, children: cover },
  { name: 'Flow \u2014 settings-first', prefix: 52, children: flow, start: [{ key: 'signup', name: 'Trial sign-up' }] },
  { name: '\u2756 Components', prefix: 88, children: components },
  { name: 'Explorations (old)', prefix: 140, children: explorations },
]);
const id = built.res;
write(OUT, 'd39-saas-spend-desktop', built, {
  file: 'd39-saas-spend-desktop.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'SaaS spend management web app (1440). Trial sign-up with a testimonial, email verification, team invite and an empty overview; integrations live under Settings › Integrations (searchable cards grouped into accounting/ERP, corporate cards and HR), with a NetSuite detail page carrying the value message, consent checkbox, redirect explainer, guide link and NDA offer, a mocked NetSuite approval, a connections table, a disconnect dialog and an insights screen with an in-context HR prompt.',
  present: ['funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding',
    'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.progress-meter', 'privacy.disconnect-anytime',
    'privacy.support-contacts', 'privacy.powered-by', 'platform.alternatives', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Sign up → Verify → Invite → Overview → Settings → Integrations: 5 steps before any connect prompt.',
    'funnel.cta-visible': 'Integrations are only a tab inside Settings; the main menu and overview have no connect entry.',
    'funnel.greeting-email': 'The only email is a verification code with no connect call to action.',
    'privacy.powered-by': 'The "Powered by" line on the NetSuite page is a hidden layer.',
    'privacy.disconnect-anytime': 'The disconnect dialog exists, but no copy tells the user up front that they can disconnect later.',
    'value.contextual-ctas': 'Insights empty state: "Connect HR system" to split spend by department.',
    'connection.refresh': '"Sync now" in each connected table row.',
    'value.faq-link': 'Left unlabelled: only a setup-guide link sits near the value message.',
  },
  flow: { startFrameId: id('signup'), connectFrameId: id('integrations'), stepsToConnect: 5, deadEnds: [] },
});

// d25: SaaS revenue analytics, desktop 1280x832, dense dashboard UI. Prototype start left unset.
import { Doc, writeOut, WRITTEN_BY } from './lib.mjs';
import { validate } from './validate.mjs';

const NAME = 'd25-subscription-analytics-desktop';
const d = new Doc(NAME);
const W = 1280;
const H = 832;
const TEAL = '#0D9488';
const INK = '#0F172A';
const MUTED = '#64748B';
const LINE = '#E2E8F0';

const cp = d.page('Components', 7);
const cBtn = d.component('Btn', [0, 0, 160, 36], { fill: TEAL, r: 6 }, [d.T('Label', [10, 9, 140, 18], { s: 13, w: 600, color: '#FFFFFF', align: 'CENTER' })]);
const cKpi = d.component('kpi', [200, 0, 220, 88], { fill: '#FFFFFF', stroke: LINE, r: 8 }, [d.T('Metric', [212, 12, 180, 16], { s: 12 })]);
const cKpiHover = d.component('kpi / hover', [200, 110, 220, 88], { fill: '#F0FDFA', stroke: TEAL, r: 8 }, [d.T('Metric', [212, 122, 180, 16], { s: 12 })]);
const cCard = d.component('Integration card', [460, 0, 240, 72], { fill: '#FFFFFF', stroke: LINE, r: 8 }, []);
d.place(cp, [cBtn, d.componentSet('kpi', [cKpi, cKpiHover]), cCard], 0, 0, 80);

const flow = d.page('Product \u2014 onboarding + app', 31);
const S = d.ids(['signup', 'workspace', 'sources', 'redirect', 'status', 'dash', 'settings', 'confirm', 'billing', 'reports', 'team']);

const nav = (active) => d.F('Frame 9', [0, 0, 216, H], { fill: INK, layout: 'VERTICAL', gap: 2, pad: 12 }, [
  d.T('cohortly', [20, 20, 120, 24], { s: 18, w: 700, color: '#FFFFFF', name: 'logo' }),
  ...[['Overview', S.dash], ['Reports', S.reports], ['Data sources', S.settings], ['Team', S.team], ['Billing', S.billing]].map(([t, go], i) => d.F(`Frame ${40 + i}`, [12, 64 + i * 34, 192, 30], { fill: t === active ? '#1E293B' : undefined, r: 6, layout: 'HORIZONTAL', pad: 8, go: t === active ? undefined : go }, [
    d.V('Vector', [22, 71 + i * 34, 14, 14], { color: t === active ? '#5EEAD4' : '#94A3B8' }),
    d.T(t, [44, 70 + i * 34, 150, 16], { s: 13, w: t === active ? 600 : 400, color: t === active ? '#FFFFFF' : '#CBD5E1' }),
  ])),
]);
const top = (title) => d.F('Frame 60', [216, 0, W - 216, 52], { stroke: LINE, layout: 'HORIZONTAL', pad: 16 }, [
  d.T(title, [236, 16, 400, 20], { s: 16, w: 600, color: INK }),
  d.searchField('Search metrics', [900, 10, 220, 32], { r: 6, name: 'Frame 61' }),
  d.E('Ellipse 3', [1228, 12, 28, 28], { img: 'avatar' }),
]);
const scr = [];

scr.push(d.screen('Sign up', W, H, [
  d.F('Frame 100', [0, 0, 560, H], { fill: '#F0FDFA', layout: 'VERTICAL', pad: 56, gap: 20 }, [
    d.T('cohortly', [56, 56, 160, 30], { s: 24, w: 700, color: TEAL }),
    d.P('MRR, churn and cohorts, without the spreadsheet.', 56, 140, 440, { s: 30, w: 700, color: INK }),
    d.F('Frame 101', [56, 420, 448, 200], { fill: '#FFFFFF', r: 12, layout: 'VERTICAL', pad: 24, gap: 12 }, [
      d.P('\u201cWe stopped rebuilding the board deck every month. Cohortly is the first thing I open on Monday.\u201d', 80, 444, 400, { s: 15, color: INK }),
      d.G('Group 5', [d.E('Ellipse 1', [80, 560, 36, 36], { img: 'priya' }), d.T('Priya Natarajan \u2014 CFO, Loopwise', [126, 568, 320, 18], { s: 13, w: 600, color: INK })]),
    ]),
    d.T('Finance teams at Loopwise, Parcelly and Northdesk use Cohortly', [56, 700, 448, 18], { s: 12, color: MUTED }),
  ]),
  d.F('Frame 110', [720, 200, 400, 420], { layout: 'VERTICAL', gap: 14 }, [
    d.T('Create your workspace', [720, 200, 400, 30], { s: 24, w: 700, color: INK }),
    d.btn('frame', 'Continue with Google', [720, 250, 400, 40], { bg: '#FFFFFF', fg: INK, stroke: LINE, r: 6, url: 'https://accounts.google.com', num: 111 }),
    d.T('or', [720, 302, 400, 16], { s: 12, color: MUTED, align: 'CENTER' }),
    d.F('Frame 112', [720, 330, 400, 40], { stroke: LINE, r: 6, layout: 'HORIZONTAL', pad: 10 }, [d.T('sam@loopwise.example', [732, 340, 370, 18], { s: 14, color: INK })]),
    d.I(cBtn.id, 'Btn', [720, 386, 400, 40], { fill: TEAL, r: 6, go: S.workspace }, [d.T('Sign up free', [730, 397, 380, 18], { s: 14, w: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
], { id: S.signup }));

scr.push(d.screen('Workspace', W, H, [
  d.F('Frame 200', [440, 220, 400, 300], { layout: 'VERTICAL', gap: 14 }, [
    d.T('Name your workspace', [440, 220, 400, 30], { s: 24, w: 700, color: INK }),
    d.F('Frame 201', [440, 270, 400, 40], { stroke: LINE, r: 6, layout: 'HORIZONTAL', pad: 10 }, [d.T('Loopwise', [452, 280, 370, 18], { s: 14, color: INK })]),
    d.F('Frame 202', [440, 326, 400, 40], { stroke: LINE, r: 6, layout: 'HORIZONTAL', pad: 10 }, [d.T('Reporting currency: USD', [452, 336, 370, 18], { s: 14, color: INK })]),
    d.I(cBtn.id, 'Btn', [440, 390, 400, 40], { fill: TEAL, r: 6, go: S.sources }, [d.T('Next', [450, 401, 380, 18], { s: 14, w: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
], { id: S.workspace }));

const card = (name, site, x, y, go) => d.I(cCard.id, 'Integration card', [x, y, 240, 72], { fill: '#FFFFFF', stroke: LINE, r: 8 }, [
  d.logo('image', [x + 12, y + 16, 40, 40], name),
  d.T(name, [x + 62, y + 16, 170, 18], { s: 14, w: 600, color: INK }),
  d.T(site, [x + 62, y + 38, 110, 16], { s: 11, color: MUTED }),
  d.btn('frame', 'Connect', [x + 164, y + 36, 66, 26], { bg: '#F0FDFA', fg: TEAL, s: 12, r: 4, go, nav: go === S.redirect ? 'OVERLAY' : undefined, num: 300 }),
]);
const group = (title, items, y, n) => d.F(`Frame ${n}`, [56, y, 1000, 112], { layout: 'VERTICAL', gap: 10 }, [
  d.T(title, [56, y, 400, 20], { s: 15, w: 700, color: INK }),
  d.F(`Frame ${n + 1}`, [56, y + 30, 1000, 72], { layout: 'HORIZONTAL', gap: 12 }, items.map(([a, b], i) => card(a, b, 56 + i * 252, y + 30, S.redirect))),
]);
scr.push(d.screen('Data sources (onboarding)', W, H, [
  d.F('Frame 299', [56, 32, 1168, 60], { layout: 'HORIZONTAL' }, [
    d.T('Add your data sources', [56, 32, 600, 30], { s: 24, w: 700, color: INK }),
    d.btn('link', 'Skip for now', [1040, 40, 100, 18], { fg: MUTED, s: 13, go: S.dash }),
    d.btn('link', 'Send to a teammate', [1120, 40, 120, 18], { fg: TEAL, s: 13, go: S.team }),
  ]),
  d.searchField('Search Stripe, Xero, NetSuite\u2026', [56, 84, 420, 36], { r: 6 }),
  group('Revenue streams', [['Stripe', 'stripe.com'], ['Chargebee', 'chargebee.com'], ['Recurly', 'recurly.com'], ['Paddle Billing', 'paddle.com']], 140, 310),
  group('Accounting', [['QuickBooks Online', 'quickbooks.intuit.com'], ['Xero', 'xero.com'], ['Oracle NetSuite', 'netsuite.com'], ['Sage Intacct', 'sageintacct.com']], 270, 320),
  group('Bank accounts', [['Mercury', 'mercury.com'], ['Chase for Business', 'chase.com/business'], ['Brex Business Account', 'brex.com']], 400, 330),
  d.F('Frame 340', [56, 540, 1168, 120], { fill: '#F8FAFC', r: 8, layout: 'HORIZONTAL', pad: 16, gap: 32 }, [
    d.F('Frame 341', [72, 556, 560, 90], { layout: 'VERTICAL', gap: 8 }, [
      d.T('\ud83d\udd12 Encrypted in transit and at rest. Nobody outside Cohortly sees your numbers unless you say so.', [72, 556, 560, 36], { s: 13, color: INK }),
      d.G('Group 30', [d.T('Powered by', [72, 606, 70, 16], { s: 11, color: MUTED }), d.logo('vector', [146, 604, 52, 18])]),
    ]),
    d.F('Frame 342', [680, 556, 520, 90], { layout: 'VERTICAL', gap: 8 }, [
      d.btn('link', 'Connection guide \u2197', [680, 556, 300, 18], { fg: TEAL, s: 13, url: 'https://docs.cohortly.example/connect' }),
      d.btn('link', 'Why connect? Read the FAQ', [680, 580, 300, 18], { fg: TEAL, s: 13, url: 'https://cohortly.example/faq#connect' }),
      d.btn('link', 'Legal needs an NDA? Request our mutual NDA', [680, 604, 400, 18], { fg: TEAL, s: 13, url: 'https://cohortly.example/legal/mnda' }),
    ]),
  ]),
  d.T('Questions? support@cohortly.example \u00b7 +1 (415) 555-0199', [56, 680, 600, 18], { s: 12, color: MUTED, hidden: true }),
  d.T('No integration? Import a CSV instead', [56, 704, 600, 18], { s: 12, color: TEAL, hidden: true }),
], { id: S.sources }));

scr.push(d.screen('Modal \u2013 leaving', 480, 300, [
  d.G('Group 2', [d.logo('vector', [40, 32, 40, 40]), d.V('Vector', [92, 46, 24, 12], { color: MUTED }), d.logo('image', [128, 32, 40, 40], 'Stripe')]),
  d.P('Next stop: Stripe', 40, 92, 400, { s: 20, w: 700, color: INK }),
  d.P('We\u2019ll open Stripe in a new tab. Log in there, approve Cohortly, and you\u2019ll be sent straight back here.', 40, 128, 400, { s: 14, color: MUTED }),
  d.btn('link', 'Cancel', [240, 244, 60, 18], { fg: MUTED, close: true }),
  d.I(cBtn.id, 'Btn', [300, 236, 160, 36], { fill: TEAL, r: 6, go: S.status }, [d.T('Continue to Stripe', [310, 245, 140, 18], { s: 13, w: 600, color: '#FFFFFF', align: 'CENTER' })]),
], { id: S.redirect }));

scr.push(d.screen('Data sources \u2013 after Stripe', W, H, [
  d.T('Add your data sources', [56, 32, 600, 30], { s: 24, w: 700, color: INK }),
  ...[['Stripe', 'Connected \u2713', '#16A34A', 'Syncing\u2026'], ['Chargebee', 'Awaiting approval', '#D97706', ''], ['Xero', 'Selected \u2014 not yet approved', '#D97706', '']].map(([n, s, c, sync], i) => d.F(`Frame ${400 + i}`, [56, 100 + i * 72, 700, 60], { stroke: LINE, r: 8, layout: 'HORIZONTAL', pad: 12, gap: 12 }, [
    d.logo('image', [68, 110 + i * 72, 40, 40], n),
    d.T(n, [120, 120 + i * 72, 200, 18], { s: 14, w: 600, color: INK }),
    d.T(s, [340, 120 + i * 72, 220, 18], { s: 12, w: 600, color: c }),
    ...(sync ? [d.E('Ellipse 6', [580, 118 + i * 72, 16, 16], { stroke: TEAL, sw: 2, fill: '#FFFFFF', name: 'spinner' }), d.T(sync, [602, 118 + i * 72, 100, 18], { s: 12, color: MUTED })] : []),
  ])),
  d.btn('group', '+ Add another source', [56, 330, 200, 36], { bg: '#FFFFFF', fg: TEAL, stroke: TEAL, r: 6, s: 13, go: S.sources, num: 420 }),
  d.I(cBtn.id, 'Btn', [1064, 760, 160, 36], { fill: TEAL, r: 6, go: S.dash }, [d.T('Open dashboard', [1074, 769, 140, 18], { s: 13, w: 600, color: '#FFFFFF', align: 'CENTER' })]),
], { id: S.status }));

const kpis = [['MRR', '$182,440'], ['ARR', '$2.19M'], ['Net revenue retention', '112%'], ['Logo churn (30d)', '1.8%']];
scr.push(d.screen('Overview', W, H, [nav('Overview'), top('Overview'),
  d.F('Frame 500', [232, 68, 1032, 88], { layout: 'HORIZONTAL', gap: 12 }, kpis.map(([a, b], i) => d.I(cKpi.id, 'kpi', [232 + i * 258, 68, 246, 88], { fill: '#FFFFFF', stroke: LINE, r: 8, change: cKpiHover.id }, [
    d.T(a, [244 + i * 258, 80, 200, 16], { s: 12, color: MUTED }),
    d.T(b, [244 + i * 258, 102, 200, 30], { s: 24, w: 700, color: INK }),
    d.T(i % 2 ? '\u25b2 0.4 pts' : '\u25b2 3.1% MoM', [244 + i * 258, 136, 200, 14], { s: 11, color: '#16A34A' }),
  ]))),
  d.F('Frame 510', [232, 172, 640, 300], { stroke: LINE, r: 8, layout: 'VERTICAL', pad: 16 }, [
    d.T('MRR movement', [248, 188, 300, 18], { s: 14, w: 600, color: INK }),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => d.R(`Rectangle ${60 + i}`, [260 + i * 50, 420 - (i * 13) % 160 - 60, 30, (i * 13) % 160 + 60], { fill: TEAL, r: 2 })),
  ]),
  d.F('Frame 520', [888, 172, 376, 300], { stroke: LINE, r: 8, layout: 'VERTICAL', pad: 16, gap: 10 }, [
    d.T('Cash runway', [904, 188, 300, 18], { s: 14, w: 600, color: INK }),
    d.R('Rectangle 90', [904, 216, 344, 120], { fill: '#F1F5F9', r: 6 }),
    d.P('Add a bank account to see burn and months of runway next to MRR.', 904, 350, 344, { s: 13, color: MUTED }),
    d.btn('frame', 'Connect a bank', [904, 400, 140, 32], { bg: TEAL, r: 6, s: 13, go: S.sources, num: 521 }),
  ]),
  d.F('Frame 530', [232, 488, 1032, 320], { stroke: LINE, r: 8, layout: 'VERTICAL', pad: 16 }, [
    d.T('Top accounts by MRR', [248, 504, 300, 18], { s: 14, w: 600, color: INK }),
    ...[['Acme Robotics', '$9,800', 'Annual'], ['Brightpath', '$7,250', 'Monthly'], ['Cobalt Labs', '$6,900', 'Annual'], ['Dunmore Health', '$5,100', 'Annual'], ['Elwood & Co', '$4,480', 'Monthly']].map((row, r) => d.F(`Frame ${540 + r}`, [248, 536 + r * 40, 1000, 36], { layout: 'HORIZONTAL', pad: 6 }, row.map((c, i) => d.T(c, [254 + i * 300, 544 + r * 40, 280, 18], { s: 13, color: INK })))),
  ]),
], { id: S.dash, bg: '#F8FAFC' }));

scr.push(d.screen('Settings / Data sources', W, H, [nav('Data sources'), top('Data sources'),
  d.F('Frame 600', [232, 68, 1032, 36], { fill: '#F1F5F9', layout: 'HORIZONTAL', pad: 8 }, ['Source', 'Account', 'First synced', 'Last synced', 'Status', ''].map((h, i) => d.T(h, [244 + i * 170, 78, 160, 16], { s: 11, w: 600, color: MUTED }))),
  ...[['Stripe', 'acct_1Nx\u20269QZ (USD)', '12 Feb 2026 10:04', 'Today 07:30', 'Live'], ['Chargebee', 'loopwise-eu (EUR)', '12 Feb 2026 10:11', 'Today 07:31', 'Live'], ['Xero', 'Loopwise Ltd', '14 Feb 2026 16:40', 'Yesterday 23:00', 'Syncing\u2026']].map((row, r) => d.F(`Frame ${610 + r}`, [232, 104 + r * 48, 1032, 48], { stroke: LINE, layout: 'HORIZONTAL', pad: 8 }, [
    ...row.map((c, i) => d.T(c, [244 + i * 170, 120 + r * 48, 160, 16], { s: 12, w: i ? 400 : 600, color: INK })),
    d.btn('link', 'Sync now', [1094, 120 + r * 48, 70, 16], { fg: TEAL, s: 12 }),
    d.btn('link', 'Remove', [1180, 120 + r * 48, 60, 16], { fg: '#DC2626', s: 12, go: S.confirm, nav: 'OVERLAY' }),
  ])),
  d.btn('frame', '+ Add source', [232, 270, 130, 32], { bg: TEAL, r: 6, s: 13, go: S.sources, num: 650 }),
  d.btn('link', 'Copy share link to this page', [380, 277, 220, 16], { fg: MUTED, s: 12 }),
], { id: S.settings, bg: '#FFFFFF' }));

scr.push(d.screen('Modal \u2013 remove source', 440, 240, [
  d.T('Remove Xero?', [32, 28, 376, 26], { s: 20, w: 700, color: INK }),
  d.P('This revokes Cohortly\u2019s access to Xero and stops all syncing. Historic reports keep their numbers.', 32, 64, 376, { s: 13, color: MUTED }),
  d.btn('frame', 'Keep', [196, 180, 80, 36], { bg: '#FFFFFF', fg: INK, stroke: LINE, r: 6, s: 13, close: true, num: 701 }),
  d.btn('frame', 'Revoke access', [288, 180, 120, 36], { bg: '#DC2626', r: 6, s: 13, go: S.settings, num: 702 }),
], { id: S.confirm }));

scr.push(d.screen('Billing', W, H, [nav('Billing'), top('Billing'),
  d.F('Frame 800', [232, 68, 500, 160], { stroke: LINE, r: 8, layout: 'VERTICAL', pad: 16, gap: 8 }, [
    d.T('Growth plan \u2014 $349/mo', [248, 84, 400, 20], { s: 15, w: 600, color: INK }),
    d.T('Billed monthly. Cancel anytime from this page.', [248, 112, 400, 18], { s: 13, color: MUTED }),
    d.T('Cancel plan', [248, 180, 100, 18], { s: 13, color: '#DC2626' }),
  ]),
], { id: S.billing, bg: '#FFFFFF' }));

scr.push(d.screen('Reports', W, H, [nav('Reports'), top('Reports'),
  ...['Board deck \u2014 March', 'Cohort retention by plan', 'LinkedIn Ads CAC payback', 'Expansion vs contraction'].map((t, i) => d.F(`Frame ${900 + i}`, [232, 68 + i * 56, 1032, 48], { stroke: LINE, r: 6, layout: 'HORIZONTAL', pad: 12 }, [
    d.T(t, [248, 82 + i * 56, 500, 18], { s: 14, color: INK }),
    d.T('Export', [1180, 82 + i * 56, 60, 18], { s: 12, color: TEAL }),
  ])),
], { id: S.reports, bg: '#FFFFFF' }));

scr.push(d.screen('Team', W, H, [nav('Team'), top('Team'),
  d.T('Invite people to finish setup or view reports', [232, 72, 600, 20], { s: 15, w: 600, color: INK }),
  d.F('Frame 1000', [232, 104, 520, 40], { stroke: LINE, r: 6, layout: 'HORIZONTAL', pad: 10 }, [d.T('controller@loopwise.example', [244, 114, 400, 18], { s: 14, color: INK })]),
  d.btn('frame', 'Send invite', [768, 104, 120, 40], { bg: TEAL, r: 6, s: 13, go: S.sources, num: 1001 }),
], { id: S.team, bg: '#FFFFFF' }));

const a = { children: [] };
d.place(a, scr.slice(0, 5), 0, 0, 100);
const b = { children: [] };
d.place(b, scr.slice(5), 0, 1100, 100);
flow.children.push(d.SEC('Onboarding', a.children), ...b.children);
for (const p of d.pages) delete p.flowStartingPoints;

const cover = d.page('Cover', 1);
d.place(cover, [d.F('Thumbnail', [0, 0, 1600, 960], { fill: TEAL }, [d.T('Cohortly \u2014 Connect data sources', [100, 400, 1400, 80], { s: 64, w: 700, color: '#FFFFFF' })])]);
delete cover.flowStartingPoints;
const arch = d.page('\ud83d\uddc4 Archive', 40);
d.place(arch, [d.screen('Overview (old)', W, H, [d.T('Overview', [40, 40, 300, 30], { s: 24, w: 700 }), d.R('Rectangle 1', [40, 100, 1200, 600], { fill: '#F1F5F9' })])]);
delete arch.flowStartingPoints;
const [pcomp, pflow, pcover, parch] = d.pages;
d.pages = [pcover, pflow, pcomp, parch];

const json = d.toJSON({ name: 'Cohortly \u2014 Onboarding & Data sources', lastModified: '2026-10-21T08:40:17Z', version: '2210093345' });
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Subscription revenue analytics on desktop: sign-up with a CFO quote, workspace name, a grouped and searchable data-source picker (revenue, accounting, bank), a redirect modal, a status view, then a dense overview dashboard, data-source settings, billing, reports and team. No prototype starting point is set.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.faq-link', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'value.progress-meter', 'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'platform.alternatives'],
  notes: {
    'funnel.three-actions': 'Sign up → Workspace → Data sources: two clicks.',
    'funnel.social-proof': 'Quote from a named CFO on the sign-up screen.',
    'value.three-part': 'The picker has a title and cards only: no statement of benefit or of how the data is used.',
    'value.contextual-ctas': '"Cash runway" card on Overview: "Add a bank account…" with "Connect a bank".',
    'privacy.trust-language': '"Encrypted in transit and at rest. Nobody outside Cohortly sees your numbers unless you say so."',
    'privacy.mutual-nda': '"Legal needs an NDA? Request our mutual NDA".',
    'privacy.support-contacts': 'The support email/phone line is a hidden layer; nothing visible.',
    'privacy.statistics': 'Customer names but no figures.',
    'privacy.disconnect-anytime': '"Cancel anytime" on Billing is about the subscription; nothing says sources can be removed later.',
    'platform.alternatives': 'The CSV import line is hidden.',
    'platform.non-linear': '"Skip for now" and "Send to a teammate" on the picker; Team page invites people to finish setup.',
    'platform.multiple-connections': 'Connected ✓, "Awaiting approval", "Selected — not yet approved", "+ Add another source".',
    'connection.view-live': 'Settings table: source, account with currency, first synced, last synced, status.',
    'connection.refresh': '"Sync now" per row.',
    'connection.syncing-indicator': 'Spinner with "Syncing…" after Stripe; "Syncing…" status in settings.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.sources, stepsToConnect: 2, deadEnds: [] },
};
const r = validate(json, truth, { connectFrames: [S.sources, S.status, S.dash, S.settings, S.redirect] });
if (r.errs.length) throw new Error(r.errs.join('\n'));
writeOut(new URL('..', import.meta.url).pathname, NAME, json, truth);
process.stdout.write(`${NAME}: nodes=${r.count} screens=${r.screens} P=${r.present} A=${r.absent}\n`);

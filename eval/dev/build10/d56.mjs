// d56: timesheets and invoicing for architecture practices, desktop 1280x800, US. Settings-first:
// the accounting sync lives under Settings → Integrations. Two flow starting points.
import { builder, componentsPage, finishFile, truth, write } from './lib.mjs';

const base = 'd56-architecture-timesheets-desktop';
const b = builder();
const W = 1280;
const H = 800;
const ink = '#1F2937';
const blue = '#1D4ED8';

b.page();
const comp = componentsPage(b, 'Design system', [
  { key: 'btn', name: 'button', label: 'Button', w: 160, h: 40, fill: ink, hover: '#111827', radius: 4 },
  { key: 'sec', name: 'button-secondary', label: 'Button', w: 160, h: 40, fill: '#FFFFFF', color: ink, hover: '#F3F4F6', radius: 4 },
], [{ key: 'tab', name: 'Tab=Off', w: 120, h: 40 }]);

const topnav = (active) => b.al('Frame 2', [0, 0, W, 56], 'HORIZONTAL', { fill: '#FFFFFF', stroke: '#E5E7EB', padX: 24, gap: 28 }, [
  b.text('draftline', [24, 16, 100, 24], { size: 18, weight: 700, font: 'IBM Plex Sans' }),
  ...[['Dashboard', 'dashboard'], ['Projects', 'projects'], ['Timesheets'], ['Invoices']].map(([t, to], i) =>
    b.text(t, [160 + i * 110, 18, 100, 20], { size: 14, weight: t === active ? 600 : 400, color: t === active ? ink : '#6B7280', click: to ? { to } : undefined })),
  b.vector('Vector', [W - 110, 18, 20, 20], { stroke: '#6B7280', name: 'help', click: { to: 'helpmenu', nav: 'OVERLAY' } }),
  b.vector('Vector', [W - 70, 18, 20, 20], { stroke: '#6B7280', name: 'gear', click: { to: 'general' } }),
]);
const chat = () => b.group('Group 70', [W - 84, H - 84, 56, 56], [
  b.ellipse('Ellipse 3', [0, 0, 56, 56], { fill: blue }),
  b.vector('Vector', [16, 16, 24, 24], { fill: '#FFFFFF' }),
]);
const settingsTabs = (active) => b.al('Frame 30', [0, 40, 1100, 40], 'HORIZONTAL', { gap: 4 },
  ['General', 'Members', 'Billing', 'Integrations'].map((t, i) => b.instance('Tab=Off', [i * 124, 0, 120, 40], comp.ids.tab,
    { fill: t === active ? '#EFF6FF' : '#FFFFFF', radius: 4, click: t === 'Integrations' && active !== t ? { to: 'integrations' } : t === 'General' && active !== t ? { to: 'general' } : undefined },
    [b.text(t, [12, 10, 96, 20], { size: 14, weight: t === active ? 600 : 400, color: t === active ? blue : '#4B5563', align: 'CENTER' })])));
const input = (label, ph, y, w = 440) => b.al('Frame ' + (90 + y), [0, y, w, 66], 'VERTICAL', { gap: 6 }, [
  b.text(label, [0, 0, w, 18], { size: 13, weight: 500, color: '#4B5563' }),
  b.frame('Frame ' + (91 + y), [0, 24, w, 42], { fill: '#FFFFFF', stroke: '#D1D5DB', radius: 4 }, [b.text(ph, [12, 11, w - 24, 20], { size: 14, color: '#9CA3AF' })]),
]);
const pos = (i) => [(i % 4) * (W + 140), Math.floor(i / 4) * (H + 200)];
const appScreen = (name, key, i, nav, kids) => b.frame(name, [...pos(i), W, H], { fill: '#F9FAFB', key }, [topnav(nav), ...kids, chat()]);

b.page();
const signup = b.frame('Sign up', [...pos(0), W, H], { fill: '#FFFFFF', key: 'signup' }, [
  b.rect('Rectangle 3', [640, 0, 640, H], { image: 'a2c4e6b8d0' }),
  b.al('Auto layout', [120, 180, 440, 440], 'VERTICAL', { gap: 16 }, [
    b.text('Track hours. Bill phases. Get paid.', [0, 0, 440, 70], { size: 28, weight: 700, font: 'IBM Plex Sans' }),
    input('Work email', 'you@studio-arch.com', 90),
    input('Password', '', 170),
    b.btnInst('Start free trial', [0, 260, 440, 44], comp.ids.btn, { name: 'button', fill: ink, radius: 4, click: { to: 'workspace' } }),
  ]),
]);
const workspace = b.frame('Set up workspace', [...pos(1), W, H], { fill: '#FFFFFF', key: 'workspace' }, [
  b.al('Auto layout', [420, 120, 440, 560], 'VERTICAL', { gap: 16 }, [
    b.text('Your practice', [0, 0, 440, 32], { size: 24, weight: 700 }),
    input('Firm name', 'e.g. Okafor + Lind Architects', 50),
    input('Fee structure', 'Percentage of construction cost', 130),
    b.al('Frame 50', [0, 210, 440, 90], 'VERTICAL', { gap: 8 }, [
      b.text('Phases', [0, 0, 440, 18], { size: 13, weight: 500, color: '#4B5563' }),
      b.text('SD · DD · CD · Bidding · CA', [0, 26, 440, 20], { size: 14 }),
    ]),
    b.btnFrame('Create workspace', [0, 320, 440, 44], { fill: ink, radius: 4, click: { to: 'dashboard' } }),
    b.link('Compare plans', [0, 380, 200, 20], { underline: true, click: { to: 'plans' } }),
  ]),
]);
const dashboard = appScreen('Dashboard', 'dashboard', 2, 'Dashboard', [
  b.al('Auto layout', [40, 96, 1200, 660], 'VERTICAL', { gap: 20 }, [
    b.text('This week', [0, 0, 600, 32], { size: 24, weight: 700 }),
    b.al('Frame 60', [0, 52, 1200, 120], 'HORIZONTAL', { gap: 16 }, [['Billable hours', '142.5'], ['Utilization', '81%'], ['WIP', '$38,420'], ['Overdue', '$6,100']].map(([k, v], i) =>
      b.al('Frame ' + (61 + i), [i * 296, 0, 284, 120], 'VERTICAL', { fill: '#FFFFFF', radius: 6, stroke: '#E5E7EB', padX: 20, padY: 20, gap: 6 }, [
        b.text(k, [20, 20, 240, 18], { size: 13, color: '#6B7280' }), b.text(v, [20, 46, 240, 36], { size: 28, weight: 700 }),
      ]))),
    b.al('Frame 70', [0, 200, 1200, 300], 'VERTICAL', { fill: '#FFFFFF', radius: 6, stroke: '#E5E7EB', padX: 20, padY: 16, gap: 10 }, [
      b.text('Hours by project', [20, 16, 400, 22], { size: 16, weight: 600 }),
      ...['2114 Riverside Library — CD', '2120 Maple St. Duplex — DD', '2131 Harbor Clinic — SD'].map((p, i) =>
        b.al('Frame ' + (71 + i), [20, 54 + i * 48, 1160, 40], 'HORIZONTAL', { gap: 20 }, [
          b.text(p, [0, 10, 400, 20], { size: 14 }),
          b.rect('Rectangle ' + (20 + i), [420, 14, 300 - i * 80, 12], { fill: '#93C5FD', radius: 6 }),
        ])),
    ]),
  ]),
]);
const general = appScreen('Settings / General', 'general', 3, '', [
  b.al('Auto layout', [40, 96, 1100, 660], 'VERTICAL', { gap: 20 }, [
    b.text('Settings', [0, 0, 600, 32], { size: 24, weight: 700 }),
    settingsTabs('General'),
    input('Workspace name', 'Okafor + Lind Architects', 100),
    input('Week starts on', 'Monday', 180),
    b.text('Studio plan · $12/user/mo · cancel anytime', [0, 270, 600, 20], { size: 14, color: '#4B5563' }),
    b.link('Delete workspace', [0, 320, 200, 20], { color: '#B91C1C' }),
  ]),
]);
const tile = (nm, ref, x, y, sub) => b.al('Frame ' + (200 + x + y), [x, y, 340, 132], 'VERTICAL', { fill: '#FFFFFF', stroke: '#E5E7EB', radius: 6, padX: 16, padY: 16, gap: 10 }, [
  b.group('Group ' + (x + y), [16, 16, 300, 36], [b.rect('logo', [0, 0, 36, 36], { image: ref, radius: 4 }), b.text(nm, [48, 0, 250, 20], { size: 15, weight: 600 }), b.text(sub, [48, 20, 250, 16], { size: 12, color: '#6B7280' })]),
  b.btnInst('Set up sync', [16, 76, 130, 36], comp.ids.sec, { name: 'button-secondary', fill: '#FFFFFF', color: ink, stroke: '#D1D5DB', radius: 4, size: 13, click: { to: 'handoff', nav: 'OVERLAY' } }),
]);
const integrations = appScreen('Settings / Integrations', 'integrations', 4, '', [
  b.al('Auto layout', [40, 96, 1100, 680], 'VERTICAL', { gap: 16 }, [
    b.text('Settings', [0, 0, 600, 32], { size: 24, weight: 700 }),
    settingsTabs('Integrations'),
    b.al('Frame 100', [0, 96, 1100, 84], 'VERTICAL', { gap: 6 }, [
      b.text('Accounting sync', [0, 0, 600, 24], { size: 18, weight: 600 }),
      b.text('Stop retyping invoices. Approved invoices and billable hours flow out to your ledger; payment status flows back in.', [0, 30, 1000, 20], { size: 14, color: '#4B5563' }),
      b.text('Turn sync off at any time — your timesheets stay put.', [0, 56, 1000, 20], { size: 13, color: '#6B7280' }),
      b.text('Bank-level AES-256 encryption', [700, 0, 300, 20], { size: 12, visible: false }),
    ]),
    b.al('Frame 101', [0, 196, 1100, 40], 'HORIZONTAL', { gap: 24 }, [
      b.search('Search 40+ ledgers', [0, 0, 420, 40]),
      b.link('Read: Setting up QuickBooks Online sync', [460, 10, 400, 20], { underline: true, color: blue }),
    ]),
    b.al('Frame 102', [0, 256, 1100, 132], 'HORIZONTAL', { gap: 16 }, [
      tile('QuickBooks Online', 'q1', 0, 0, 'Intuit · cloud'), tile('QuickBooks Desktop', 'q2', 356, 0, 'via Web Connector'), tile('Xero', 'q3', 712, 0, 'xero.com'),
    ]),
    b.al('Frame 103', [0, 404, 1100, 132], 'HORIZONTAL', { gap: 16 }, [
      tile('Sage Intacct', 'q4', 0, 0, 'sageintacct.com'), tile('Oracle NetSuite', 'q5', 356, 0, 'netsuite.com'), tile('FreshBooks', 'q6', 712, 0, 'freshbooks.com'),
    ]),
  ]),
]);
const handoff = b.frame('Modal / Intuit', [...pos(5), 520, 320], { fill: '#FFFFFF', radius: 8, key: 'handoff' }, [
  b.al('Auto layout', [28, 28, 464, 264], 'VERTICAL', { gap: 14 }, [
    b.text('Connect QuickBooks Online', [0, 0, 464, 26], { size: 20, weight: 700 }),
    b.text('You\u2019ll sign in at Intuit, pick your company and approve access. Intuit then sends you back to this page.', [0, 40, 464, 44], { size: 14, color: '#4B5563' }),
    b.al('Frame 110', [0, 200, 464, 40], 'HORIZONTAL', { gap: 12 }, [
      b.btnInst('Cancel', [0, 0, 120, 40], comp.ids.sec, { name: 'button-secondary', fill: '#FFFFFF', color: ink, stroke: '#D1D5DB', radius: 4, click: { close: true } }),
      b.btnInst('Continue to Intuit', [280, 0, 184, 40], comp.ids.btn, { name: 'button', fill: '#2CA01C', radius: 4, click: { to: 'syncing' } }),
    ]),
  ]),
]);
const connRow = (nm, ref, word, color, metaLines, y, extra) => b.al('Frame ' + (300 + y), [0, y, 1100, 110], 'HORIZONTAL', { fill: '#FFFFFF', stroke: '#E5E7EB', radius: 6, padX: 20, gap: 20 }, [
  b.rect('logo', [20, 30, 44, 44], { image: ref, radius: 4 }),
  b.al('Frame ' + (301 + y), [84, 18, 560, 76], 'VERTICAL', { gap: 4 }, [
    b.al('Frame ' + (302 + y), [0, 0, 560, 22], 'HORIZONTAL', { gap: 12 }, [b.text(nm, [0, 0, 200, 22], { size: 16, weight: 600 }), b.dot(word, [210, 2, 200, 18], color)]),
    ...metaLines.map((l, i) => b.text(l, [0, 28 + i * 22, 560, 18], { size: 13, color: '#6B7280' })),
  ]),
  ...extra,
]);
const syncing = appScreen('Settings / Integrations — syncing', 'syncing', 6, '', [
  b.al('Auto layout', [40, 96, 1100, 600], 'VERTICAL', { gap: 16 }, [
    b.text('Settings', [0, 0, 600, 32], { size: 24, weight: 700 }),
    settingsTabs('Integrations'),
    connRow('QuickBooks Online', 'q1', 'Connecting', '#3B82F6', ['Importing customers and open invoices'], 100, [
      b.al('Frame 320', [700, 36, 360, 40], 'HORIZONTAL', { gap: 10 }, [
        b.spinner([0, 8, 24, 24]),
        b.text('Syncing… 38 of 112 invoices', [34, 10, 300, 20], { size: 14, trans: 'connected' }),
      ]),
    ]),
  ]),
]);
const connected = appScreen('Settings / Integrations — connected', 'connected', 7, '', [
  b.al('Auto layout', [40, 96, 1100, 660], 'VERTICAL', { gap: 16 }, [
    b.text('Settings', [0, 0, 600, 32], { size: 24, weight: 700 }),
    settingsTabs('Integrations'),
    connRow('QuickBooks Online', 'q1', 'Connected', '#16A34A', ['Connected Mar 4, 2025 · Last sync today 9:14 AM', 'Customers · Items · Invoices · Payments'], 100, [
      b.al('Frame 330', [660, 34, 420, 40], 'HORIZONTAL', { gap: 16 }, [
        b.btnInst('Sync now', [0, 0, 110, 40], comp.ids.sec, { name: 'button-secondary', fill: '#FFFFFF', color: ink, stroke: '#D1D5DB', radius: 4, size: 13 }),
        b.link('Sync history', [126, 10, 100, 20], { color: blue, click: { to: 'history' } }),
        b.link('Revoke\u00A0access', [246, 10, 120, 20], { color: '#B91C1C' }),
      ]),
    ]),
    connRow('Xero', 'q3', 'Pending authorization', '#F59E0B', ['Selected Mar 4 · finish signing in at Xero'], 226, [
      b.link('Resume', [700, 44, 100, 20], { color: blue, click: { to: 'handoff', nav: 'OVERLAY' } }),
    ]),
    b.frame('Frame 340', [0, 352, 1100, 48], { stroke: '#D1D5DB', radius: 6, click: { to: 'integrations', nav: 'SWAP' } }, [
      b.text('+ Add another ledger', [20, 14, 300, 20], { size: 14, weight: 600, color: blue }),
    ]),
  ]),
]);
const history = appScreen('Sync history', 'history', 8, '', [
  b.vector('Vector', [40, 96, 20, 20], { stroke: ink, click: { back: true } }),
  b.al('Auto layout', [40, 130, 1100, 600], 'VERTICAL', { gap: 8 }, [
    b.text('QuickBooks Online — sync history', [0, 0, 800, 30], { size: 22, weight: 700 }),
    ...[['Today 9:14 AM', '12 invoices out · 3 payments in', 'OK'], ['Yesterday 9:15 AM', '4 invoices out', 'OK'], ['Mar 5, 9:12 AM', '1 invoice skipped (missing customer)', 'Warning']].map(([w, d, s], i) =>
      b.al('Frame ' + (350 + i), [0, 50 + i * 50, 1100, 44], 'HORIZONTAL', { fill: '#FFFFFF', padX: 16, gap: 40 }, [
        b.text(w, [16, 12, 200, 20], { size: 14 }), b.text(d, [256, 12, 500, 20], { size: 14 }), b.dot(s, [800, 12, 120, 20], s === 'OK' ? '#16A34A' : '#F59E0B'),
      ])),
  ]),
]);
const projects = appScreen('Projects', 'projects', 9, 'Projects', [
  b.al('Auto layout', [40, 96, 1200, 600], 'VERTICAL', { gap: 8 }, [
    b.text('Projects', [0, 0, 600, 32], { size: 24, weight: 700 }),
    ...['2114 Riverside Library', '2120 Maple St. Duplex', '2131 Harbor Clinic', '2135 LinkedIn Campus Refit (competition)'].map((p, i) =>
      b.al('Frame ' + (360 + i), [0, 50 + i * 52, 1200, 44], 'HORIZONTAL', { fill: '#FFFFFF', padX: 16, gap: 20 }, [b.text(p, [16, 12, 600, 20], { size: 14 })])),
  ]),
]);
const helpmenu = b.frame('Help menu', [...pos(10), 300, 220], { fill: '#FFFFFF', radius: 8, stroke: '#E5E7EB', key: 'helpmenu' }, [
  b.al('Auto layout', [16, 16, 268, 188], 'VERTICAL', { gap: 12 }, [
    b.text('Chat with us', [0, 0, 268, 20], { size: 14, weight: 500 }),
    b.text('support@draftline.com', [0, 32, 268, 20], { size: 14 }),
    b.text('(415) 555-0139 · 8–6 PT', [0, 64, 268, 20], { size: 14 }),
    b.text('Submit a ticket', [0, 96, 268, 20], { size: 14, color: blue }),
    b.text('Close', [0, 150, 268, 20], { size: 13, color: '#6B7280', click: { close: true } }),
  ]),
]);
const plans = b.frame('Compare plans', [...pos(11), W, H], { fill: '#FFFFFF', key: 'plans' }, [
  b.text('Plans', [80, 60, 400, 40], { size: 30, weight: 700 }),
  ...[['Solo', '$0'], ['Studio', '$12/user/mo'], ['Firm', '$19/user/mo']].map(([p, c], i) =>
    b.al('Frame ' + (380 + i), [80 + i * 380, 140, 340, 400], 'VERTICAL', { stroke: '#E5E7EB', radius: 8, padX: 24, padY: 24, gap: 10 }, [
      b.text(p, [24, 24, 280, 26], { size: 20, weight: 700 }), b.text(c, [24, 60, 280, 28], { size: 22, color: blue }),
    ])),
]);

const flowPage = b.canvas('Prototype', [signup, workspace, dashboard, general, integrations, handoff, syncing, connected, history, projects, helpmenu, plans],
  { flows: [['signup', 'New firm'], ['general', 'Settings']] });
b.page();
const wip = b.canvas('Reports v2 (WIP)', [
  b.frame('Invoices report — empty', [0, 0, W, H], { fill: '#F9FAFB' }, [
    b.text('Billed vs. WIP', [40, 96, 600, 32], { size: 24, weight: 700 }),
    b.frame('Frame 400', [40, 150, 1200, 420], { fill: '#FFFFFF', radius: 6, stroke: '#E5E7EB' }, [
      b.vector('Vector', [40, 40, 1120, 220], { stroke: '#E5E7EB' }),
      b.text('Nothing to compare yet', [40, 280, 600, 24], { size: 18, weight: 600 }),
      b.text('Bring in your QuickBooks Online invoices to see what\u2019s billed against what\u2019s still in WIP.', [40, 310, 900, 20], { size: 14, color: '#4B5563' }),
      b.btnFrame('Connect accounting', [40, 346, 200, 40], { fill: ink, radius: 4 }),
    ]),
  ]),
]);
b.page();
const cover = b.canvas('Cover', [b.frame('Cover', [0, 0, 1600, 960], { fill: '#F3F4F6' }, [
  b.text('Draftline — Integrations', [100, 420, 1200, 70], { size: 60, weight: 700 }),
  b.text('Status: in review', [100, 510, 600, 30], { size: 24, color: '#6B7280' }),
])]);

const file = finishFile(b, 'Draftline — web app', [cover, flowPage, wip, comp.canvas], comp.components, comp.componentSets);
const t = truth(b, base, 'onboarding',
  'Timesheets and invoicing for US architecture practices, desktop 1280x800, settings-first. Accounting sync sits under Settings → Integrations (search, six ledger tiles, a how-to article link), with an Intuit hand-off modal, a syncing row and a connected list with status dots, dates, sync history, Sync now and Revoke access. A WIP reports page has an empty state asking to bring in invoices.',
  ['value.contextual-ctas', 'privacy.data-scope', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'platform.multiple-connections', 'connection.view-live',
    'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part',
    'value.faq-link', 'value.progress-meter', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.powered-by',
    'privacy.mutual-nda', 'platform.alternatives', 'platform.non-linear'],
  {
    'funnel.three-actions': 'Sign up → workspace → dashboard → Settings → Integrations tab: four steps.',
    'funnel.cta-visible': 'The only way in is a tab inside Settings behind the gear icon; nothing on the dashboard.',
    'value.three-part': 'A one-line benefit and the data flow, but no single main call to action: six equal "Set up sync" buttons.',
    'value.contextual-ctas': 'The Billed vs. WIP report empty state offers "Connect accounting".',
    'privacy.data-scope': 'Invoices and hours flow out to the ledger; payment status flows back in.',
    'privacy.trust-language': 'No reassurance copy; the encryption line is a hidden layer.',
    'privacy.disconnect-anytime': '"Turn sync off at any time".',
    'privacy.connection-guide': '"Read: Setting up QuickBooks Online sync" article link.',
    'privacy.support-contacts': 'Help menu: chat, email, phone, ticket; plus a chat bubble.',
    'privacy.consent-action': 'No checkbox or agreement step before continuing to Intuit.',
    'platform.explain-redirect': 'Modal: sign in at Intuit, approve, sent back to this page.',
    'platform.accurate-branding': 'QuickBooks Online vs QuickBooks Desktop, Sage Intacct, Oracle NetSuite, with logos and sites.',
    'platform.search': '"Search 40+ ledgers".',
    'platform.multiple-connections': 'Connected and Pending authorization dots, "+ Add another ledger".',
    'connection.view-live': 'Connected date, last sync, linked data and sync history.',
    'connection.delete': '"Revoke access".',
    'connection.refresh': '"Sync now".',
    'connection.syncing-indicator': 'Spinner with "Syncing… 38 of 112 invoices".',
    'platform.alternatives': 'No import/upload path for unlisted ledgers.',
    'platform.non-linear': 'No invite or hand-off to a bookkeeper, no save-for-later.',
  },
  { start: 'signup', connect: 'integrations', steps: 4, deadEnds: ['plans'] });
write(base, file, t, { connectCandidates: [integrations.id, connected.id, handoff.id], signup: signup.id, flowPage: 'Prototype' });

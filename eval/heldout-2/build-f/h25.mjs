// h25 — negative: a desktop email client. Connecting a mailbox is not connecting business software.
import { reset, page, F, G, R, V, E, I, T, SEC, COMP, SET, img, go, back, act, url, oldLink, canvas, buildFile, writeOut } from './lib.mjs';

reset();
const W = 1280, H = 800;
const BLUE = '#2563EB', INK = '#0F172A', MUTED = '#64748B', LINE = '#E2E8F0', SOFT = '#F8FAFC';
const t = (s) => ({ font: 'Inter', color: INK, size: 14, ...s });

page(4);
const bDef = COMP('State=Default', [0, 0, 240, 44], { fill: BLUE, r: 8 }, [T('Continue', [12, 12, 216, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]);
const bHover = COMP('State=Hover', [0, 60, 240, 44], { fill: '#1D4ED8', r: 8 }, [T('Continue', [12, 12, 216, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]);
go(bDef, bHover, 'CHANGE_TO', 'ON_HOVER');
const set = SET('cta', [40, 40, 240, 104], [bDef, bHover]);
const componentsPage = canvas('Components', [set]);

page(21);
const btn = (label, w = 240) => I('cta', [0, 0, w, 44], bDef.id, { fill: BLUE, r: 8 }, [T(label, [12, 12, w - 24, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]);
const win = (name, kids) => F(name, [0, 0, W, H], { fill: '#FFFFFF', clips: true, r: 10 }, [
  G('Traffic lights', [14, 14, 52, 12], [E('close', [0, 0, 12, 12], { fill: '#FF5F57' }), E('min', [20, 0, 12, 12], { fill: '#FEBC2E' }), E('max', [40, 0, 12, 12], { fill: '#28C840' })]),
  ...kids,
]);
const centered = (name, kids) => F(name, [390, 120, 500, 560], { layout: 'VERTICAL', gap: 16 }, kids);

// 1 welcome
const start = btn('Get started');
const s1 = win('Welcome', [centered('Frame 2', [
  V('Mailwise logo', [218, 0, 64, 64], { fill: BLUE }),
  T('Email that gets out of your way', [0, 84, 500, 36], t({ size: 28, weight: 700, align: 'CENTER' })),
  T('Trusted by 3M people who would rather be doing something else.', [0, 132, 500, 22], t({ color: MUTED, align: 'CENTER' })),
  F('Frame 3', [130, 200, 240, 44], {}, [start]),
])]);
// 2 choose provider
const gmail = G('Gmail', [0, 0, 500, 56], [R('Rectangle 5', [0, 0, 500, 56], { stroke: LINE, r: 10 }), R('logo', [16, 12, 32, 32], { fills: [img('1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b')] }), T('Connect your Gmail account', [64, 18, 400, 20], t({ weight: 600 }))]);
const prov = (n, y) => G(n, [0, y, 500, 56], [R('Rectangle', [0, 0, 500, 56], { stroke: LINE, r: 10 }), V('icon', [16, 12, 32, 32], { fill: MUTED }), T(n, [64, 18, 400, 20], t({ weight: 600 }))]);
const s2 = win('Add account', [centered('Frame 6', [
  T('Add your first account', [0, 0, 500, 32], t({ size: 24, weight: 700 })),
  gmail, prov('Outlook / Microsoft 365', 124), prov('iCloud Mail', 192), prov('Yahoo Mail', 260), prov('Other (IMAP)', 328),
])]);
// 3 Google sign-in mock
const allow = F('Allow', [0, 0, 100, 40], { fill: '#1A73E8', r: 20 }, [T('Allow', [0, 10, 100, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]);
const s3 = win('Google consent (mock)', [F('Frame 8', [400, 100, 480, 600], { stroke: LINE, r: 12, layout: 'VERTICAL', gap: 14, pad: 32 }, [
  T('Sign in with Google', [32, 32, 416, 20], t({ size: 13, color: MUTED })),
  T('Mailwise wants to access your Google Account', [32, 64, 416, 56], t({ size: 22, weight: 500 })),
  T('\u2022 Read, compose, send and permanently delete all your email from Gmail\n\u2022 See and download your contacts', [32, 140, 416, 80], t({ color: MUTED })),
  F('Frame 9', [348, 520, 100, 40], {}, [allow]),
])]);
// 4 sync folders
const syncContinue = btn('Continue');
const s4 = win('Sync folders', [centered('Frame 11', [
  T('Sync folders\u2026', [0, 0, 500, 32], t({ size: 24, weight: 700 })),
  T('Choose which Gmail labels appear in Mailwise.', [0, 44, 500, 20], t({ color: MUTED })),
  ...['Inbox', 'Sent', 'Drafts', 'Receipts', 'Newsletters'].map((f, i) => F(`Frame ${12 + i}`, [0, 80 + i * 40, 500, 32], { layout: 'HORIZONTAL', gap: 10 }, [R('Rectangle', [0, 6, 20, 20], { fill: i < 4 ? BLUE : undefined, stroke: i < 4 ? undefined : '#CBD5E1', r: 4 }), T(f, [32, 6, 300, 20], t({}))])),
  G('Progress', [0, 300, 500, 40], [T('Syncing 2,341 messages\u2026', [0, 0, 500, 18], t({ size: 13, color: MUTED })), R('Track', [0, 26, 500, 6], { fill: LINE, r: 3 }), R('Fill', [0, 26, 190, 6], { fill: BLUE, r: 3 })]),
  F('Frame 18', [0, 380, 240, 44], {}, [syncContinue]),
])]);
// 5 import contacts
const importBtn = btn('Import contacts');
const skipC = T('Skip', [0, 0, 240, 20], t({ color: MUTED, align: 'CENTER' }));
const s5 = win('Import contacts', [centered('Frame 20', [
  T('Import contacts', [0, 0, 500, 32], t({ size: 24, weight: 700 })),
  T('Bring in names and addresses from Google Contacts or a .vcf file so autocomplete just works.', [0, 44, 500, 44], t({ color: MUTED })),
  F('Frame 21', [0, 120, 240, 44], {}, [importBtn]),
  F('Frame 22', [0, 180, 240, 20], {}, [skipC]),
])]);
// 6 inbox
const gearBtn = V('gear', [220, 760, 20, 20], { fill: MUTED });
const helpBtn = T('Help & support', [0, 0, 120, 18], t({ size: 13, color: MUTED }));
const msg = (from, subj, y, unread) => F(`Frame ${40 + y}`, [0, y, 420, 72], { stroke: LINE }, [T(from, [16, 12, 260, 18], t({ weight: unread ? 700 : 400 })), T(subj, [16, 36, 390, 18], t({ size: 13, color: MUTED }))]);
const s6 = win('Inbox', [
  F('Sidebar', [0, 40, 240, 760], { fill: SOFT }, [
    F('Compose', [16, 10, 208, 40], { fill: BLUE, r: 8 }, [T('\u270F\uFE0F Compose', [0, 10, 208, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]),
    ...['Inbox  128', 'Starred', 'Sent', 'Drafts  3', 'Receipts', 'Newsletters'].map((f, i) => T(f, [24, 70 + i * 32, 200, 20], t({ weight: i === 0 ? 700 : 400 }))),
    F('Frame 31', [24, 690, 200, 18], {}, [helpBtn]),
  ]),
  F('List', [240, 40, 420, 760], { layout: 'VERTICAL', gap: 0 }, [
    msg('Linkwell Studio', 'Your invoice #2291 from Linkwell Studio', 0, true),
    msg('Maya Chen', 'Re: Saturday climbing?', 72, true),
    msg('ConnectRail', 'Your e-ticket: London \u2192 Leeds', 144, false),
    msg('Mailwise', 'Tips: snooze anything with S', 216, false),
  ]),
  F('Reader', [660, 40, 620, 760], {}, [T('Your invoice #2291 from Linkwell Studio', [32, 32, 556, 28], t({ size: 20, weight: 700 })), T('Hi Sam, attached is the invoice for the March retainer. Thanks!', [32, 80, 556, 40], t({ color: MUTED }))]),
  gearBtn,
]);
gearBtn._rel = [208, 760, 20, 20];
// 7 settings › accounts
const addAnother = T('+ Add another account', [0, 0, 200, 20], t({ color: BLUE, weight: 600 }));
const remove = T('Remove account', [0, 0, 140, 20], t({ color: '#DC2626' }));
const settingsBack = T('\u2190 Back to mail', [24, 56, 160, 20], t({ color: BLUE }));
const s7 = win('Settings \u2013 Accounts', [
  settingsBack,
  F('Frame 50', [240, 100, 800, 600], { layout: 'VERTICAL', gap: 16 }, [
    T('Accounts', [0, 0, 800, 32], t({ size: 24, weight: 700 })),
    F('Frame 51', [0, 48, 800, 80], { stroke: LINE, r: 10, layout: 'HORIZONTAL', gap: 16, pad: 16 }, [
      R('logo', [16, 24, 32, 32], { fills: [img('1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b')] }),
      F('Frame 52', [64, 16, 420, 48], { layout: 'VERTICAL', gap: 4 }, [T('sam.okafor@gmail.com', [0, 0, 420, 20], t({ weight: 600 })), T('Gmail \u00B7 last synced 2 minutes ago', [0, 26, 420, 18], t({ size: 13, color: MUTED }))]),
      F('Frame 53', [640, 30, 140, 20], {}, [remove]),
    ]),
    F('Frame 54', [0, 148, 800, 20], {}, [addAnother]),
    T('Sync mail from the last: 30 days \u25BE', [0, 200, 800, 20], t({})),
  ]),
]);
// 8 help & support
const helpBack = T('\u2190 Back', [24, 56, 100, 20], t({ color: BLUE }));
const centreLink = T('Visit the Help Centre', [0, 0, 200, 20], t({ color: BLUE, deco: 'UNDERLINE' }));
const s8 = win('Help & support', [
  helpBack,
  centered('Frame 60', [
    T('Help & support', [0, 0, 500, 32], t({ size: 24, weight: 700 })),
    T('Keyboard shortcuts\nSetting up a signature\nWhy are my emails in Spam?', [0, 48, 500, 70], t({ color: MUTED })),
    F('Frame 61', [0, 140, 200, 20], {}, [centreLink]),
  ]),
]);
// 9 premium
const premiumClose = V('close', [1240, 20, 20, 20], { fill: MUTED });
const s9 = win('Premium', [
  premiumClose,
  centered('Frame 70', [
    T('Mailwise Premium', [0, 0, 500, 32], t({ size: 24, weight: 700 })),
    T('Custom domains, send later, read receipts. $4/month, cancel anytime.', [0, 48, 500, 44], t({ color: MUTED })),
    F('Frame 71', [0, 120, 240, 44], {}, [btn('Upgrade')]),
  ]),
]);
// hidden draft
const hiddenDraft = F('Draft \u2013 connect your CRM?', [0, 0, W, H], { fill: '#FFFFFF', visible: false }, [T('Connect your CRM to see deal history next to each email', [200, 200, 800, 24], t({}))]);

oldLink(start, s2);
go(gmail, s3);
go(allow, s4);
go(syncContinue, s5);
go(importBtn, s6);
go(skipC, s6);
go(gearBtn, s7);
go(helpBtn, s8);
go(addAnother, s2, 'OVERLAY');
act(remove, { type: 'NODE', destinationId: remove.id, navigation: 'CHANGE_TO', transition: null });
back(settingsBack);
back(helpBack);
url(centreLink, 'https://help.mailwise.app');
act(premiumClose, { type: 'CLOSE' });
go(s6.children[2].children[3], s9);

const screens = [s1, s2, s3, s4, s5, s6, s7, s8, s9];
screens.forEach((s, i) => { s._rel = [(i % 5) * 1380, Math.floor(i / 5) * 900, W, H]; });
const sec = SEC('Desktop app \u2014 first run', [0, 0, 6900, 1700], screens);
hiddenDraft._rel = [0, 1900, W, H];
const flowPage = canvas('Desktop', [sec, hiddenDraft], { flows: [[s1, 'First run'], [s6, 'Inbox']], w: 1280, h: 800, device: 'PRESET' });
page(90);
const cover = canvas('Cover', [F('Cover', [0, 0, 1600, 960], { fill: BLUE }, [T('Mailwise for Mac', [100, 420, 1200, 90], t({ size: 72, weight: 800, color: '#FFFFFF' }))])]);

const file = buildFile('Mailwise \u2014 Mac app', [cover, flowPage, componentsPage], '2025-05-14T13:30:02Z');
const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const leaveOut = ['funnel.social-proof', 'privacy.statistics'];
writeOut('h25-negative-email-client', file, {
  kind: 'negative',
  description: 'Desktop (1280x800) first-run flow of a consumer email client: welcome ("Trusted by 3M people"), add a mailbox ("Connect your Gmail account"), a mock Google consent screen, "Sync folders…", "Import contacts", the inbox, Settings › Accounts with "Add another account" and "Remove account", Help & support and a Premium sheet. Connecting a mailbox is not connecting a business\u2019s accounting, banking or commerce software.',
  present: [],
  absent: ALL.filter((id) => !leaveOut.includes(id)),
  notes: {
    'funnel.social-proof': 'Left out: "Trusted by 3M people" is trust copy, but for an email app with no business connection.',
    'privacy.statistics': 'Left out for the same reason as social proof.',
    'connection.delete': '"Remove account" removes a mailbox, not a business-data connection.',
    'connection.view-live': 'The Accounts list shows a mailbox with "last synced", not business platforms.',
    'privacy.support-contacts': '"Help & support" leads to articles and a help-centre link only.',
    'value.contextual-ctas': 'The only CRM connect prompt is on a hidden draft frame.',
  },
  flow: { startFrameId: s1.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, { flowPage: flowPage.id, connectCandidates: [], fallbackStart: null });

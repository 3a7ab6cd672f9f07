// d50: payroll for UK care homes, mobile 375x812. Connect prompt is a chat quick reply. No prototype start set.
import { makeDoc, writeTruth, WRITTEN_BY } from './lib.mjs';

const NAME = 'd50-care-home-payroll-mobile';
const d = makeDoc(NAME);
const { F, T, R, V, E, I, G, go, hover, back, close, component, componentSet, newPage, addPage, chip, btnFrame, btnInst, btnGroup, linkText, checkbox, logo } = d;
const W = 375; const H = 812;
const PLUM = '#6D28D9'; const INK = '#1E1B2E';

newPage();
addPage('Cover', [F('Cover', 0, 0, 1200, 800, { fill: '#F5F3FF' }, [
  T('PayRota — mobile onboarding', 80, 320, 900, 56, { size: 48, weight: 700, color: PLUM }),
  T('Care homes pilot · UK · iOS 375', 80, 390, 700, 24, { size: 20 }),
])]);

newPage();
const qrDefault = component('Type=Quick reply, State=Default', 'Chat quick reply', 20, 20, 140, 36, { stroke: PLUM, r: 18 }, [T('Reply', 14, 9, 112, 18, { color: PLUM, weight: 600 })]);
const qrHover = component('Type=Quick reply, State=Hover', '', 20, 70, 140, 36, { fill: '#EDE9FE', stroke: PLUM, r: 18 }, [T('Reply', 14, 9, 112, 18, { color: PLUM, weight: 600 })]);
hover(qrDefault, qrHover);
const tickOff = component('Tickbox', 'Unticked', 200, 20, 20, 20, { stroke: '#6B7280', r: 4 });
const tabComp = component('Tab bar', '', 260, 20, 375, 84, { fill: '#FFFFFF' });
addPage('Components', [componentSet('Chat chips', 40, 40, 180, 130, [qrDefault, qrHover]), tickOff, tabComp]);

newPage();
addPage('Archive', [F('iPhone 13 mini - 9 (old chat)', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Hello! Let\u2019s set up payroll.', 24, 120, 300, 24, { size: 18, weight: 600 }),
  R('Rectangle 3', 24, 160, 327, 200, { fill: '#F3F4F6', r: 12 }),
])]);

newPage();
const ph = (name, x, y, fill = '#FFFFFF') => F(name, x, y, W, H, { fill });
const signup = ph('iPhone 13 mini - 1', 0, 0);
const verify = ph('iPhone 13 mini - 2', 475, 0);
const details = ph('iPhone 13 mini - 3', 950, 0);
const paydays = ph('iPhone 13 mini - 4', 1425, 0);
const chat = ph('Chat – Ada', 1900, 0, '#FAF9FF');
const why = ph('Why link? (overlay)', 2375, 0, '#FFFFFF');
const pick = ph('iPhone 13 mini - 7', 2850, 0);
const deputy = ph('RotaCloud login', 3325, 0, '#F3F4F6');
const linked = ph('iPhone 13 mini - 9', 3800, 0);
const home = ph('Home', 0, 1000, '#FAF9FF');
const sheets = ph('Timesheets', 475, 1000);
const settings = ph('Settings', 950, 1000);
const upload = ph('Upload spreadsheet', 1425, 1000);

const status = () => G('Status bar', [T('9:41', 24, 14, 50, 18, { size: 15, weight: 600 }), V('Vector', 300, 16, 50, 12, { fill: INK })]);
const tabs = (active, targets) => {
  const items = ['Home', 'Timesheets', 'Payslips', 'Settings'].map((t, i) => {
    const it = F('Frame', i * 94, 10, 94, 50, { layout: 'VERTICAL', gap: 4 }, [
      V('Vector', 35, 0, 24, 24, { fill: t === active ? PLUM : '#9CA3AF' }), T(t, 0, 28, 94, 14, { size: 11, align: 'CENTER', color: t === active ? PLUM : '#6B7280' }),
    ]);
    if (targets[t]) go(it, targets[t]);
    return it;
  });
  return I('Tab bar', tabComp, 0, H - 84, W, 84, { fill: '#FFFFFF' }, [F('Auto layout', 0, 0, W, 60, { layout: 'HORIZONTAL' }, items)]);
};
const input = (label, value, y) => F('Frame', 24, y, 327, 68, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, 327, 18, { size: 13, weight: 600 }),
  F('Frame', 0, 24, 327, 44, { stroke: '#D1D5DB', r: 10, layout: 'HORIZONTAL', pad: 12 }, [T(value, 12, 13, 300, 18, { color: '#9CA3AF' })]),
]);

// 1 sign up
const c1 = btnFrame('Create account', 0, 0, 327, 50, { fill: PLUM, r: 25 });
go(c1, verify);
signup.children = [
  status(),
  F('Auto layout', 24, 80, 327, 680, { layout: 'VERTICAL', gap: 16 }, [
    T('Pay your carers right, first time', 0, 0, 327, 64, { size: 26, weight: 700 }),
    T('Free for 30 days, cancel anytime.', 0, 72, 327, 20, { size: 15, color: '#4B5563' }),
    input('Work email', 'you@yourcarehome.co.uk', 110), input('Password', 'At least 10 characters', 190),
    c1,
    F('Frame 5', 0, 340, 327, 150, { fill: '#F5F3FF', r: 16, layout: 'VERTICAL', pad: 16, gap: 8 }, [
      T('\u201CPayroll used to take me two full days. Now it\u2019s done before lunch on Friday.\u201D', 16, 16, 295, 60, { size: 15 }),
      F('Frame', 16, 90, 295, 40, { layout: 'HORIZONTAL', gap: 10 }, [R('Rectangle 6', 0, 0, 40, 40, { image: 'avatarjosie', r: 20 }), T('Josie Mensah, Registered Manager, Elm Lodge Care Home, Leeds', 50, 2, 245, 36, { size: 12, color: '#4B5563' })]),
    ]),
  ]),
];

// 2 verify
const c2 = btnInst('Check code', qrDefault, 24, 300, 327, 50, { fill: PLUM });
go(c2, details);
const bk2 = V('chevron-left', 16, 52, 24, 24, { stroke: INK });
back(bk2);
verify.children = [status(), bk2, F('Auto layout', 24, 100, 327, 400, { layout: 'VERTICAL', gap: 16 }, [
  T('Check your inbox', 0, 0, 327, 32, { size: 24, weight: 700 }),
  T('We\u2019ve sent a 6-digit code to priya@elmlodge.co.uk', 0, 40, 327, 40, { size: 15, color: '#4B5563' }),
  F('Frame 9', 0, 100, 327, 56, { layout: 'HORIZONTAL', gap: 8 }, [0, 1, 2, 3, 4, 5].map((i) => R('Rectangle', i * 55, 0, 47, 56, { stroke: '#D1D5DB', r: 10 }))),
  c2,
])];

// 3 care home details
const c3 = btnGroup('Next', 24, 640, 327, 50, { fill: PLUM, r: 25 });
go(c3.children[1], paydays);
details.children = [status(), F('Auto layout', 24, 80, 327, 520, { layout: 'VERTICAL', gap: 12 }, [
  T('About your home', 0, 0, 327, 32, { size: 24, weight: 700 }),
  input('Care home name', 'e.g. Elm Lodge', 48), input('CQC location ID', '1-XXXXXXXXX', 128), input('Postcode', 'LS6 2AB', 208),
  F('Frame', 0, 300, 327, 28, { layout: 'HORIZONTAL', gap: 6 }, ['Residential', 'Nursing', 'Dementia'].map((t, i) => chip(t, i * 100, 0))),
]), c3];

// 4 paydays
const c4 = btnFrame('Next', 24, 640, 327, 50, { fill: PLUM, r: 25 });
go(c4, chat);
paydays.children = [status(), F('Auto layout', 24, 80, 327, 520, { layout: 'VERTICAL', gap: 12 }, [
  T('How do you pay your team?', 0, 0, 327, 32, { size: 24, weight: 700 }),
  T('How often?', 0, 48, 327, 18, { size: 13, weight: 600 }),
  F('Frame', 0, 72, 327, 28, { layout: 'HORIZONTAL', gap: 6 }, ['Weekly', 'Fortnightly', '4-weekly', 'Monthly'].map((t, i) => chip(t, i * 80, 0, { fill: i === 3 ? '#EDE9FE' : '#EEF1F6' }))),
  T('Roughly how many staff?', 0, 120, 327, 18, { size: 13, weight: 600 }),
  F('Frame', 0, 144, 327, 28, { layout: 'HORIZONTAL', gap: 6 }, ['1–20', '21–50', '51–100', '100+'].map((t, i) => chip(t, i * 80, 0))),
  T('Night shifts and sleep-ins paid differently?', 0, 200, 327, 18, { size: 13, weight: 600 }),
  F('Frame', 0, 224, 327, 28, { layout: 'HORIZONTAL', gap: 6 }, ['Yes', 'No'].map((t, i) => chip(t, i * 60, 0))),
]), c4];

// 5 chat (connect frame)
const bubble = (text, y, h, me = false) => F('Frame', me ? 120 : 16, y, me ? 240 : 280, h, { fill: me ? PLUM : '#FFFFFF', stroke: me ? undefined : '#E5E7EB', r: 16, layout: 'VERTICAL', pad: 12 }, [
  T(text, 12, 10, (me ? 240 : 280) - 24, h - 20, { size: 14, color: me ? '#FFFFFF' : INK }),
]);
const qr = (label, x, y, w) => I('Type=Quick reply, State=Default', qrDefault, x, y, w, 36, { stroke: PLUM, r: 18 }, [T(label, 14, 9, w - 28, 18, { color: PLUM, weight: 600 })]);
const linkQr = qr('🔗 Link my rota app', 16, 560, 170);
go(linkQr, pick);
const whyQr = qr('Why link?', 196, 560, 100);
go(whyQr, why, 'OVERLAY');
chat.children = [
  status(),
  F('Header', 0, 44, W, 56, { fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 16, gap: 10 }, [E('Ellipse 1', 16, 12, 32, 32, { fill: PLUM }), T('Ada from PayRota', 58, 18, 200, 20, { size: 16, weight: 600 })]),
  F('Auto layout', 0, 116, W, 420, { layout: 'VERTICAL', gap: 10 }, [
    bubble('Hi Priya 👋 You\u2019re nearly set up.', 0, 44),
    bubble('Want to stop typing everyone\u2019s hours in twice? Link your rota app and worked shifts turn into payslip hours on their own.', 54, 96),
    bubble('We only read shift times, breaks and staff names from your rota, then pass the finished hours to your payroll software.', 160, 96),
    bubble('Sounds good', 266, 40, true),
  ]),
  F('Quick replies', 0, 548, W, 60, { layout: 'HORIZONTAL', gap: 10, pad: 16 }, [linkQr, whyQr]),
  F('Composer', 0, H - 84, W, 84, { fill: '#FFFFFF', stroke: '#E5E7EB' }, [F('Frame', 16, 14, 343, 40, { fill: '#F3F4F6', r: 20 }, [T('Type a message', 16, 11, 200, 18, { color: '#9CA3AF' })])]),
];

// 6 why overlay (faq)
const x6 = V('Close', 335, 24, 20, 20, { stroke: INK });
close(x6);
const link6 = btnFrame('Link my rota app', 24, 700, 327, 50, { fill: PLUM, r: 25 });
go(link6, pick);
why.children = [x6, F('Auto layout', 24, 64, 327, 600, { layout: 'VERTICAL', gap: 16 }, [
  T('Why link your rota?', 0, 0, 327, 32, { size: 22, weight: 700 }),
  ...[['Will it save time?', 'Most homes stop re-typing hours altogether.'], ['Does it change my rota?', 'No. We only read it.'], ['What about agency staff?', 'Agency shifts are left out of payroll.']].map(([q, a]) =>
    F('Frame', 0, 0, 327, 90, { layout: 'VERTICAL', gap: 4 }, [T(q, 0, 0, 327, 20, { size: 15, weight: 600 }), T(a, 0, 24, 327, 40, { size: 14, color: '#4B5563' })])),
]), link6];

// 7 pick apps
const appRow = (nm, y, dest) => {
  const r = F('Frame', 0, y, 327, 56, { stroke: '#E5E7EB', r: 12, layout: 'HORIZONTAL', pad: 12, gap: 12 }, [logo(nm, 12, 12), T(nm, 56, 18, 200, 20, { size: 15, weight: 600 }), V('chevron', 295, 18, 16, 16, { stroke: '#9CA3AF' })]);
  if (dest) go(r, dest);
  return r;
};
const sheetLink = linkText('Paper timesheets? Upload a spreadsheet instead', 0, 0, 327, { underline: true, color: PLUM });
go(sheetLink, upload);
const notice = linkText('privacy notice', 0, 0, 100, { underline: true, color: PLUM });
const bk7 = V('chevron-left', 16, 52, 24, 24, { stroke: INK });
back(bk7);
pick.children = [status(), bk7, F('Auto layout', 24, 90, 327, 700, { layout: 'VERTICAL', gap: 10 }, [
  T('Pick your apps', 0, 0, 327, 30, { size: 22, weight: 700 }),
  T('Tap one and we\u2019ll open it so you can log in and say yes. Then you\u2019ll come straight back here.', 0, 36, 327, 40, { size: 13, color: '#4B5563' }),
  T('Rota & scheduling', 0, 86, 327, 20, { size: 16, weight: 600 }),
  F('Frame 20', 0, 112, 327, 130, { layout: 'VERTICAL', gap: 8 }, [appRow('RotaCloud', 0, deputy), appRow('Deputy', 64, deputy)]),
  T('Payroll', 0, 252, 327, 20, { size: 16, weight: 600 }),
  F('Frame 21', 0, 278, 327, 130, { layout: 'VERTICAL', gap: 8 }, [appRow('Sage', 0, deputy), appRow('QuickBooks', 64, deputy)]),
  sheetLink,
  T('Your data travels securely and we never sell it or pass it on without asking you. You can unlink whenever you like in Settings.', 0, 440, 327, 52, { size: 12, color: '#4B5563' }),
  F('Frame 22', 0, 500, 327, 40, { layout: 'HORIZONTAL', gap: 4 }, [checkbox(0, 0, 'I\u2019m happy for PayRota to read my rota. See our', 230, { kind: 'instance', comp: tickOff, h: 36 }), notice]),
  F('Frame 23', 0, 550, 327, 24, { layout: 'HORIZONTAL', gap: 6 }, [T('Powered by', 0, 4, 70, 16, { size: 11, color: '#6B7280' }), V('Vector', 74, 2, 20, 20, { fill: '#111827' }), T('Bridgeline', 98, 3, 100, 18, { size: 13, weight: 600 })]),
  T('Stuck? Ring 0800 046 1234 · help@payrota.co.uk · or chat with Ada', 0, 584, 327, 36, { size: 12, color: '#4B5563' }),
])];

// 8 rota app login (third party)
const allow = btnFrame('Allow access', 24, 520, 327, 48, { fill: '#0EA5E9', r: 8 });
go(allow, linked);
deputy.children = [F('Auto layout', 24, 140, 327, 360, { fill: '#FFFFFF', r: 12, layout: 'VERTICAL', pad: 20, gap: 12 }, [
  logo('RotaCloud', 20, 20, 'image', 40), T('Log in to RotaCloud', 20, 72, 287, 24, { size: 18, weight: 600 }),
  input('Email', 'priya@elmlodge.co.uk', 110), input('Password', '••••••••', 190),
]), allow];

// 9 linked
const c9 = btnFrame('Done', 24, 700, 327, 50, { fill: PLUM, r: 25 });
go(c9, home);
linked.children = [status(), F('Auto layout', 24, 120, 327, 400, { layout: 'VERTICAL', gap: 16 }, [
  V('Check', 0, 0, 56, 56, { fill: '#10B981' }),
  T('RotaCloud is linked', 0, 72, 327, 30, { size: 22, weight: 700 }),
  F('Frame 30', 0, 116, 327, 24, { layout: 'HORIZONTAL', gap: 8 }, [E('Spinner', 0, 2, 20, 20, { stroke: PLUM }), T('Pulling in this week\u2019s shifts…', 28, 3, 280, 18, { size: 14 })]),
]), c9];

// 10 home
home.children = [status(), F('Auto layout', 16, 60, 343, 620, { layout: 'VERTICAL', gap: 12 }, [
  T('Morning, Priya', 0, 0, 343, 30, { size: 22, weight: 700 }),
  F('Frame 40', 0, 40, 343, 120, { fill: '#FFFFFF', r: 16, layout: 'VERTICAL', pad: 16, gap: 6 }, [
    T('Next pay run', 16, 16, 200, 16, { size: 12, color: '#6B7280' }), T('Fri 28 March', 16, 36, 200, 26, { size: 20, weight: 700 }),
    F('Frame', 16, 76, 300, 24, { layout: 'HORIZONTAL', gap: 6 }, [chip('42 staff', 0, 0), chip('3 sleep-ins', 80, 0), chip('Draft', 180, 0, { fill: '#FEF3C7', color: '#92400E' })]),
  ]),
  F('Frame 41', 0, 172, 343, 100, { fill: '#FFFFFF', r: 16, layout: 'VERTICAL', pad: 16 }, [T('Holiday accrued this month', 16, 16, 300, 16, { size: 12, color: '#6B7280' }), T('312.5 hrs', 16, 40, 200, 26, { size: 20, weight: 700 })]),
]), tabs('Home', { Timesheets: sheets, Settings: settings })];

// 11 timesheets with contextual prompt
const ctx = btnFrame('Link your rota', 0, 0, 160, 40, { fill: PLUM, r: 20 });
go(ctx, pick);
sheets.children = [status(), F('Auto layout', 16, 60, 343, 640, { layout: 'VERTICAL', gap: 12 }, [
  T('Timesheets', 0, 0, 343, 30, { size: 22, weight: 700 }),
  F('Frame', 0, 40, 343, 28, { layout: 'HORIZONTAL', gap: 6 }, ['This week', 'Last week', 'Missing hours · 6'].map((t, i) => chip(t, i * 100, 0, { fill: i === 0 ? '#EDE9FE' : '#EEF1F6' }))),
  F('Frame 50', 0, 80, 343, 150, { fill: '#F5F3FF', r: 16, layout: 'VERTICAL', pad: 16, gap: 8 }, [
    T('6 carers have no hours yet', 16, 16, 300, 20, { size: 16, weight: 600 }),
    T('Link your rota to fill these in from the shifts people actually worked.', 16, 42, 300, 36, { size: 13, color: '#4B5563' }),
    F('Frame', 16, 92, 200, 40, { layout: 'HORIZONTAL' }, [ctx]),
  ]),
  ...['Amara O.', 'Ben T.', 'Chloe W.'].map((n) => F('Frame', 0, 0, 343, 52, { stroke: '#E5E7EB', r: 10, layout: 'HORIZONTAL', pad: 12 }, [T(n, 12, 16, 160, 20), T('— hrs', 260, 16, 60, 20, { color: '#9CA3AF' })])),
]), tabs('Timesheets', { Home: home, Settings: settings })];

// 12 settings (view-live, sync now; no unlink)
settings.children = [status(), F('Auto layout', 16, 60, 343, 640, { layout: 'VERTICAL', gap: 12 }, [
  T('Settings', 0, 0, 343, 30, { size: 22, weight: 700 }),
  T('LINKED APPS', 0, 44, 343, 16, { size: 11, weight: 700, color: '#6B7280' }),
  F('Frame 60', 0, 66, 343, 96, { fill: '#FFFFFF', stroke: '#E5E7EB', r: 12, layout: 'VERTICAL', pad: 14, gap: 4 }, [
    F('Frame', 14, 14, 315, 32, { layout: 'HORIZONTAL', gap: 10 }, [logo('RotaCloud', 0, 0), T('RotaCloud', 42, 6, 150, 20, { weight: 600 }), T('Sync now', 240, 6, 70, 20, { size: 13, weight: 600, color: PLUM })]),
    T('Linked 3 Mar 2025 · Last synced today 09:14', 14, 54, 315, 16, { size: 12, color: '#6B7280' }),
    T('Elm Lodge rota · 42 staff', 14, 72, 315, 16, { size: 12, color: '#6B7280' }),
    F('Frame', 240, 60, 80, 28, { visible: false, stroke: '#DC2626', r: 14 }, [T('Unlink', 16, 5, 50, 18, { size: 13, color: '#DC2626' })]),
  ]),
  ...['Pay periods', 'Pension scheme', 'Notifications'].map((t) => F('Frame', 0, 0, 343, 48, { stroke: '#E5E7EB', layout: 'HORIZONTAL', pad: 12 }, [T(t, 12, 14, 250, 20)])),
  T('Help: 0800 046 1234 · help@payrota.co.uk', 0, 420, 343, 18, { size: 13, color: '#4B5563' }),
  T('Delete account', 0, 460, 200, 20, { size: 14, color: '#DC2626' }),
]), tabs('Settings', { Home: home, Timesheets: sheets })];

// 13 upload spreadsheet
const up = btnFrame('Choose file', 24, 640, 327, 50, { fill: PLUM, r: 25 });
go(up, home);
const bk13 = V('chevron-left', 16, 52, 24, 24, { stroke: INK });
back(bk13);
upload.children = [status(), bk13, F('Auto layout', 24, 100, 327, 400, { layout: 'VERTICAL', gap: 12 }, [
  T('Upload this week\u2019s hours', 0, 0, 327, 30, { size: 22, weight: 700 }),
  T('Use our template or your own spreadsheet (.xlsx or .csv).', 0, 40, 327, 40, { size: 14, color: '#4B5563' }),
  F('Frame', 0, 90, 327, 160, { stroke: '#C4B5FD', r: 16 }, [V('Vector', 140, 50, 48, 48, { fill: '#C4B5FD' })]),
  linkText('Download template', 0, 270, 160, { color: PLUM }),
]), up];

addPage('Flow', [signup, verify, details, paydays, chat, why, pick, deputy, linked, home, sheets, settings, upload]);

d.write(new URL(`../${NAME}.json`, import.meta.url), { name: 'PayRota app', lastModified: '2025-03-21T11:27:50Z', version: '4388109552' });

writeTruth(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'UK mobile (375x812) onboarding for care-home payroll: sign-up with a manager quote, email code, home details, pay questions, then an assistant chat whose quick reply links the rota app; app picker grouped into rota and payroll with tickbox consent, plus a timesheets prompt and a settings list with sync. No prototype start is set; the sign-up screen is the start.',
  present: ['funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts',
    'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.alternatives',
    'connection.view-live', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'value.progress-meter', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.mutual-nda', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'connection.delete'],
  notes: {
    'funnel.three-actions': 'Sign-up → code → home details → pay questions → chat: four taps before the first link prompt.',
    'value.three-part': 'Chat bubbles: stop re-typing hours (value), only shift times/breaks/names read and hours passed to payroll (use), "Link my rota app" quick reply (next).',
    'value.faq-link': '"Why link?" quick reply opens a short Q&A overlay.',
    'platform.accurate-branding': 'Payroll options are bare "Sage" and "QuickBooks" with no product edition.',
    'connection.delete': 'The "Unlink" pill in settings is hidden; only "Delete account" is visible, which is a look-alike.',
    'platform.multiple-connections': 'Left unlabelled: one linked app shows its status, but there is no add-another control or pending state.',
    'privacy.support-contacts': 'Freephone number, email and chat with Ada on the picker; phone and email again in settings.',
  },
  flow: { startFrameId: signup.id, connectFrameId: chat.id, stepsToConnect: 4, deadEnds: [] },
});

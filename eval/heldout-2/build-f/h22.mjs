// h22 — billing for small health clinics; desktop 1440.
import { reset, page, F, G, R, V, E, L, I, T, SEC, COMP, SET, img, remoteComponent, go, url, act, oldLink, canvas, buildFile, writeOut } from './lib.mjs';

reset();
const W = 1440, H = 1024;
const NAVY = '#0B2545', TEAL = '#13807A', BG = '#F4F6F9', INK = '#1D2433', MUTED = '#5B6577', LINE = '#D8DEE8';
const t = (s) => ({ font: 'IBM Plex Sans', color: INK, size: 15, ...s });

// ---------- Components ----------
page(2);
const vPrimary = COMP('Variant=Primary, State=Default', [20, 20, 200, 44], { fill: TEAL, r: 6 }, [T('Button', [16, 12, 168, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]);
const vPrimaryHover = COMP('Variant=Primary, State=Hover', [20, 84, 200, 44], { fill: '#0E625D', r: 6 }, [T('Button', [16, 12, 168, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]);
const vSecondary = COMP('Variant=Secondary, State=Default', [240, 20, 200, 44], { stroke: TEAL, r: 6 }, [T('Button', [16, 12, 168, 20], t({ color: TEAL, weight: 600, align: 'CENTER' }))]);
go(vPrimary, vPrimaryHover, 'CHANGE_TO', 'ON_HOVER');
const btnSet = SET('Btn', [0, 0, 460, 148], [vPrimary, vPrimaryHover, vSecondary]);
const cbx = COMP('Checkbox', [520, 20, 20, 20], { stroke: '#8A94A6', r: 3 }, []);
const pill = COMP('status pill', [580, 20, 120, 24], { fill: '#E6F4F1', r: 12 }, [T('Status', [8, 3, 104, 18], t({ size: 12, color: TEAL, align: 'CENTER' }))]);
const icon = remoteComponent('901:14', 'Icons/Material/sync', 'From the shared icon library');
const componentsPage = canvas('\u2699\uFE0F Components', [btnSet, cbx, pill]);

// ---------- Flow page ----------
page(118);
const primary = (label, w = 220, x = 0, y = 0) => I('Btn', [x, y, w, 44], vPrimary.id, { fill: TEAL, r: 6 }, [T(label, [16, 12, w - 32, 20], t({ color: '#FFFFFF', weight: 600, align: 'CENTER' }))]);
const secondary = (label, w = 220, x = 0, y = 0) => I('Btn', [x, y, w, 44], vSecondary.id, { stroke: TEAL, r: 6 }, [T(label, [16, 12, w - 32, 20], t({ color: TEAL, weight: 600, align: 'CENTER' }))]);
const input = (label, value, x, y, w = 420) => F('Frame', [x, y, w, 72], { layout: 'VERTICAL', gap: 6 }, [
  T(label, [0, 0, w, 18], t({ size: 13, weight: 600, color: MUTED })),
  F('Auto layout', [0, 24, w, 44], { fill: '#FFFFFF', stroke: LINE, r: 6, layout: 'HORIZONTAL', pad: 12 }, [T(value, [12, 12, w - 24, 20], t({ color: value.startsWith('Enter') ? '#9AA3B2' : INK }))]),
]);
const header = () => F('Header', [0, 0, W, 72], { fill: '#FFFFFF', stroke: LINE, layout: 'HORIZONTAL', pad: 24 }, [
  V('logo', [32, 22, 28, 28], { fill: NAVY }),
  T('Ardent Practice Billing', [70, 24, 300, 24], t({ size: 18, weight: 700, color: NAVY })),
  T('Member of the HealthLink Partner Network', [W - 360, 26, 330, 20], t({ size: 13, color: MUTED, align: 'RIGHT' })),
]);
const stepper = (n) => F('Stepper', [320, 100, 800, 40], { layout: 'HORIZONTAL', gap: 8 }, [
  ...['Account', 'Verify', 'Practice', 'Billing', 'Integrations', 'Review'].map((s, i) => F(`Step ${i + 1}`, [i * 134, 0, 126, 40], { layout: 'VERTICAL', gap: 6 }, [
    R('Rectangle', [0, 0, 126, 4], { fill: i < n ? TEAL : LINE }),
    T(`${i + 1}. ${s}`, [0, 12, 126, 18], t({ size: 12, color: i < n ? TEAL : MUTED, weight: i === n - 1 ? 700 : 400 })),
  ])),
]);
const footer = () => F('Footer', [0, H - 64, W, 64], { fill: '#FFFFFF', stroke: LINE }, [
  T('Need assistance? Call (415) 555-0142, Monday\u2013Friday, 8:00 a.m.\u20136:00 p.m. ET \u00B7 support@ardentbilling.com \u00B7 Submit a support request', [32, 22, 1000, 20], t({ size: 13, color: MUTED })),
  T('\u00A9 2025 Ardent Health Software, Inc.', [W - 300, 22, 268, 20], t({ size: 13, color: MUTED, align: 'RIGHT' })),
]);
const card = (name, x, y, w, h, kids) => F(name, [x, y, w, h], { fill: '#FFFFFF', r: 8, stroke: LINE, effects: [{ type: 'DROP_SHADOW', visible: true, radius: 8, color: { r: 0, g: 0, b: 0, a: 0.06 }, offset: { x: 0, y: 2 }, blendMode: 'NORMAL' }] }, kids);
const screen = (name, x, y, kids) => F(name, [x, y, W, H], { fill: BG, clips: true }, kids);

// 1 Create account
const c1 = primary('Create account', 420);
const s1 = screen('Sign Up', 0, 0, [header(),
  card('Frame 12', 470, 150, 500, 640, [
    F('Frame 13', [40, 40, 420, 560], { layout: 'VERTICAL', gap: 18 }, [
      T('Create your practice account', [0, 0, 420, 32], t({ size: 26, weight: 700 })),
      T('Ardent manages claims, patient statements, and payment posting for independent clinics.', [0, 44, 420, 44], t({ color: MUTED })),
      input('Full name', 'Dana Whitfield, MD', 0, 104),
      input('Work email', 'dwhitfield@lakeshorefamilymed.com', 0, 190),
      input('Password', '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022', 0, 276),
      G('Group 3', [0, 372, 420, 44], [c1]),
      T('Already have an account? Sign in', [0, 436, 420, 20], t({ size: 14, color: TEAL, align: 'CENTER' })),
    ]),
  ]),
  footer()]);

// 2 Verify
const c2 = primary('Verify', 420);
const s2 = screen('Verify Email', 1540, 0, [header(), stepper(2),
  card('Frame 20', 470, 200, 500, 420, [
    F('Frame 21', [40, 40, 420, 340], { layout: 'VERTICAL', gap: 18 }, [
      T('Verify your email address', [0, 0, 420, 32], t({ size: 26, weight: 700 })),
      T('We sent a six-digit code to dwhitfield@lakeshorefamilymed.com. Enter it below to continue.', [0, 44, 420, 44], t({ color: MUTED })),
      F('Auto layout', [0, 104, 420, 56], { layout: 'HORIZONTAL', gap: 12 }, [0, 1, 2, 3, 4, 5].map((i) => F(`Frame ${30 + i}`, [i * 62, 0, 52, 56], { fill: '#FFFFFF', stroke: LINE, r: 6 }, [T(String('418302')[i], [0, 16, 52, 24], t({ size: 20, weight: 600, align: 'CENTER' }))]))),
      G('Group 4', [0, 184, 420, 44], [c2]),
      T('Resend code', [0, 248, 420, 20], t({ size: 14, color: TEAL, align: 'CENTER' })),
    ]),
  ]),
  footer()]);

// 3 Practice information
const c3 = primary('Save and continue', 240);
const tosLink = T('Terms of Service', [0, 0, 120, 20], t({ size: 13, color: TEAL, deco: 'UNDERLINE' }));
const s3 = screen('Practice Information', 3080, 0, [header(), stepper(3),
  card('Frame 40', 320, 170, 800, 660, [
    F('Frame 41', [40, 40, 720, 580], { layout: 'VERTICAL', gap: 20 }, [
      T('Practice information', [0, 0, 720, 32], t({ size: 26, weight: 700 })),
      T('Enter the details that will appear on claims and patient statements.', [0, 44, 720, 22], t({ color: MUTED })),
      F('Auto layout', [0, 86, 720, 260], { layout: 'HORIZONTAL', gap: 24 }, [
        input('Legal practice name', 'Enter legal name', 0, 0, 348),
        input('Tax ID (EIN)', 'Enter EIN', 372, 0, 348),
        input('Group NPI', 'Enter 10-digit NPI', 0, 94, 348),
        input('Specialty', 'Family Medicine', 372, 94, 348),
        input('Practice address', 'Enter street address', 0, 188, 720),
      ]),
      F('Frame 42', [0, 380, 720, 20], { layout: 'HORIZONTAL', gap: 4 }, [T('By continuing you agree to the', [0, 0, 200, 20], t({ size: 13, color: MUTED })), tosLink]),
      G('Group 5', [0, 420, 240, 44], [c3]),
    ]),
  ]),
  footer()]);

// 4 Billing preferences
const c4 = primary('Continue', 240);
const opt = (label, sub, y, on) => F(`Frame ${50 + y}`, [0, y, 720, 72], { fill: '#FFFFFF', stroke: on ? TEAL : LINE, r: 8, layout: 'HORIZONTAL', gap: 14, pad: 16 }, [
  E('Ellipse 1', [16, 24, 20, 20], { stroke: on ? TEAL : '#8A94A6', sw: on ? 6 : 1 }),
  F('Frame', [50, 14, 640, 44], { layout: 'VERTICAL', gap: 2 }, [T(label, [0, 0, 640, 20], t({ weight: 600 })), T(sub, [0, 22, 640, 20], t({ size: 13, color: MUTED }))]),
]);
const s4 = screen('Billing Preferences', 4620, 0, [header(), stepper(4),
  card('Frame 50', 320, 170, 800, 600, [
    F('Frame 51', [40, 40, 720, 520], { layout: 'VERTICAL', gap: 16 }, [
      T('Billing preferences', [0, 0, 720, 32], t({ size: 26, weight: 700 })),
      T('Select how patient balances should be collected.', [0, 44, 720, 22], t({ color: MUTED })),
      opt('Statements by mail and email', 'Monthly cycle, 30-day due date', 90, true),
      opt('Email and text only', 'Lower cost per statement', 178, false),
      opt('Card on file, charged after adjudication', 'Requires patient authorization at check-in', 266, false),
      G('Group 6', [0, 380, 240, 44], [c4]),
    ]),
  ]),
  footer()]);

// 5 Integrations (connect)
const connectAcct = primary('Connect accounting system', 300);
const connectProc = secondary('Connect card processor', 300);
const inviteLink = T('Not the right person? Invite your office manager to complete this step', [0, 0, 560, 20], t({ size: 14, color: TEAL, deco: 'UNDERLINE' }));
const setupGuide = T('Integration setup guide (PDF)', [0, 0, 260, 20], t({ size: 14, color: TEAL, deco: 'UNDERLINE' }));
const s5 = screen('Integrations', 6160, 0, [header(), stepper(5),
  card('Frame 60', 320, 170, 800, 560, [
    F('Frame 61', [40, 40, 720, 480], { layout: 'VERTICAL', gap: 18 }, [
      T('Integrations', [0, 0, 720, 32], t({ size: 26, weight: 700 })),
      T('Connect your accounting system and card processor to enable automated payment posting.', [0, 44, 720, 44], t({ color: MUTED })),
      F('Auto layout', [0, 110, 720, 44], { layout: 'HORIZONTAL', gap: 16 }, [connectAcct, connectProc]),
      L('Line 1', [0, 190, 720, 0], LINE),
      F('Frame 62', [0, 210, 720, 60], { layout: 'VERTICAL', gap: 10 }, [inviteLink, setupGuide]),
      T('Skip for now', [0, 300, 720, 20], t({ size: 14, color: MUTED }), 'Skip for now'),
    ]),
  ]),
  footer()]);
// skip link was removed for launch (compliance requires an integration) and left hidden
s5.children[2].children[0].children[5].visible = false;

// 6 Select a platform
const pcard = (name, x, ref) => G(name, [x, 0, 200, 120], [
  R('Rectangle 9', [0, 0, 200, 120], { fill: '#FFFFFF', stroke: LINE, r: 8 }),
  R('logo', [72, 18, 56, 56], { fills: [img(ref)] }),
  T(name, [10, 84, 180, 20], t({ size: 14, weight: 600, align: 'CENTER' })),
]);
const qbo = pcard('QuickBooks Online', 0, '9c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d');
const stripe = pcard('Stripe', 0, '0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b');
const csvLink = T('Don\u2019t see your system? Import a general ledger export (CSV or XLSX) instead.', [0, 0, 700, 20], t({ size: 14, color: TEAL, deco: 'UNDERLINE' }));
const s6 = screen('Select Platform', 7700, 0, [header(), stepper(5),
  F('Frame 70', [220, 170, 1000, 700], { layout: 'VERTICAL', gap: 24 }, [
    T('Select your systems', [0, 0, 1000, 32], t({ size: 26, weight: 700 })),
    F('Frame 71', [0, 56, 1000, 180], { layout: 'VERTICAL', gap: 14 }, [
      T('Accounting', [0, 0, 400, 24], t({ size: 18, weight: 700 })),
      F('Auto layout', [0, 40, 1000, 120], { layout: 'HORIZONTAL', gap: 16 }, [qbo, pcard('Xero', 216, 'e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0'), pcard('Sage Intacct', 432, 'f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9'), pcard('Oracle NetSuite', 648, 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9')]),
    ]),
    F('Frame 72', [0, 260, 1000, 180], { layout: 'VERTICAL', gap: 14 }, [
      T('Card processing', [0, 0, 400, 24], t({ size: 18, weight: 700 })),
      F('Auto layout', [0, 40, 1000, 120], { layout: 'HORIZONTAL', gap: 16 }, [stripe, pcard('Square', 216, 'b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9'), pcard('Clover', 432, 'c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9'), pcard('Authorize.net', 648, 'd0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9')]),
    ]),
    F('Frame 73', [0, 470, 1000, 20], {}, [csvLink]),
  ]),
  footer()]);

// 7 Authorization modal (overlay)
const agree = I('Checkbox', [0, 2, 20, 20], cbx.id, { stroke: '#8A94A6', r: 3 });
const authorize = primary('Continue to Intuit', 240);
const cancel = secondary('Cancel', 120);
const s7 = F('Modal / Authorize', [9240, 0, 640, 620], { fill: '#FFFFFF', r: 10, clips: true }, [
  F('Frame 80', [32, 32, 576, 556], { layout: 'VERTICAL', gap: 16 }, [
    T('Authorize QuickBooks Online', [0, 0, 576, 30], t({ size: 22, weight: 700 })),
    T('Data shared', [0, 44, 576, 20], t({ size: 13, weight: 700, color: MUTED })),
    T('Ardent will read your chart of accounts, invoices, and deposits from QuickBooks Online. Reconciled payment entries will be written back to QuickBooks Online as journal entries. No patient health information is sent to QuickBooks Online.', [0, 70, 576, 84], t({ size: 14 })),
    T('Security', [0, 168, 576, 20], t({ size: 13, weight: 700, color: MUTED })),
    T('Data is encrypted in transit and at rest. Ardent does not sell your financial data or disclose it to third parties without your written consent.', [0, 194, 576, 44], t({ size: 14 })),
    T('What happens next', [0, 252, 576, 20], t({ size: 13, weight: 700, color: MUTED })),
    T('You will be redirected to Intuit to sign in and approve access. Once approved, you will be returned to Ardent automatically.', [0, 278, 576, 44], t({ size: 14 })),
    F('Frame 81', [0, 340, 576, 48], { layout: 'HORIZONTAL', gap: 12 }, [agree, T('I authorize Ardent to access the data described above in accordance with the Ardent Data Use Policy.', [32, 0, 540, 40], t({ size: 14 }))]),
    F('Frame 82', [0, 410, 576, 44], { layout: 'HORIZONTAL', gap: 12 }, [authorize, cancel]),
    F('Frame 83', [0, 490, 576, 30], { layout: 'HORIZONTAL', gap: 8 }, [T('Powered by', [0, 6, 80, 18], t({ size: 12, color: MUTED })), R('codat-wordmark', [86, 2, 70, 24], { fills: [img('5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d')] })]),
  ]),
]);

// 8 Integration status
const addAnother = T('+ Add another integration', [0, 0, 240, 20], t({ weight: 600, color: TEAL }));
const toDash = primary('Continue to dashboard', 260);
const statusRow = (name, status, ok, y) => F(`Frame ${90 + y}`, [0, y, 720, 64], { fill: '#FFFFFF', stroke: LINE, r: 8, layout: 'HORIZONTAL', gap: 16, pad: 16 }, [
  R('logo', [16, 12, 40, 40], { fill: '#E9EDF3', r: 6 }),
  T(name, [72, 22, 360, 20], t({ weight: 600 })),
  I('status pill', [560, 20, 144, 24], pill.id, { fill: ok ? '#E6F4F1' : '#FFF4E0', r: 12 }, [T(status, [8, 3, 128, 18], t({ size: 12, color: ok ? TEAL : '#9A6200', align: 'CENTER' }))]),
]);
const s8 = screen('Integration Status', 0, 1124, [header(), stepper(6),
  card('Frame 90', 320, 170, 800, 520, [
    F('Frame 91', [40, 40, 720, 440], { layout: 'VERTICAL', gap: 16 }, [
      T('Integration status', [0, 0, 720, 32], t({ size: 26, weight: 700 })),
      statusRow('QuickBooks Online', 'Connected', true, 56),
      statusRow('Stripe', 'Pending authorization', false, 136),
      F('Frame 92', [0, 220, 720, 20], {}, [addAnother]),
      G('Group 9', [0, 280, 260, 44], [toDash]),
    ]),
  ]),
  footer()]);

// 9 Dashboard
const sideItem = (label, y, active) => F(`Nav / ${label}`, [12, y, 216, 40], { fill: active ? '#E6F4F1' : undefined, r: 6 }, [V('Vector', [12, 10, 20, 20], { fill: active ? TEAL : MUTED }), T(label, [44, 10, 160, 20], t({ color: active ? TEAL : INK, weight: active ? 600 : 400 }))]);
const navSettings = sideItem('Settings', 392, false);
const navIntegrations = sideItem('Integrations', 344, false);
const reportCta = secondary('Connect card processor', 260);
const s9 = screen('Dashboard', 1540, 1124, [header(),
  F('Sidebar', [0, 72, 240, H - 72], { fill: '#FFFFFF', stroke: LINE }, [sideItem('Overview', 24, true), sideItem('Claims', 72), sideItem('Patient statements', 120), sideItem('Payments', 168), sideItem('Denials', 216), sideItem('Reports', 264), navIntegrations, navSettings]),
  F('Frame 100', [272, 104, 1136, 860], { layout: 'VERTICAL', gap: 24 }, [
    T('Overview', [0, 0, 600, 32], t({ size: 26, weight: 700 })),
    F('Auto layout', [0, 56, 1136, 120], { layout: 'HORIZONTAL', gap: 24 }, [
      ['Open claims', '214'], ['A/R over 90 days', '$38,412'], ['Collected this month', '$126,905'],
    ].map(([k, v], i) => card(`Frame ${101 + i}`, i * 370, 0, 346, 120, [T(k, [20, 20, 300, 18], t({ size: 13, color: MUTED })), T(v, [20, 48, 300, 40], t({ size: 30, weight: 700 }))]))),
    card('Frame 110', 0, 200, 1136, 360, [
      T('Payer mix and card collections', [24, 24, 600, 24], t({ size: 18, weight: 700 })),
      R('Rectangle 44', [24, 64, 1088, 200], { fill: '#F4F6F9', r: 6 }),
      T('Connect a card processor to populate this report with point-of-service collections.', [24, 288, 700, 20], t({ color: MUTED })),
      G('Group 12', [852, 280, 260, 44], [reportCta]),
    ]),
  ]),
]);

// 10 Terms (dead end)
const s10 = screen('Terms of Service', 3080, 1124, [header(),
  F('Frame 120', [320, 120, 800, 820], { layout: 'VERTICAL', gap: 16 }, [
    T('Terms of Service', [0, 0, 800, 36], t({ size: 28, weight: 700 })),
    T('Effective January 1, 2025', [0, 48, 800, 20], t({ color: MUTED })),
    T('1. Services. Ardent provides revenue-cycle software to medical practices.\n2. Protected Health Information. Ardent acts as a Business Associate under HIPAA.\n3. Fees. Subscription fees are billed monthly in advance.\n4. Termination. Either party may terminate with 30 days\u2019 written notice.', [0, 90, 800, 200], t({})),
  ]),
]);

// ---------- Settings section ----------
const revoke = T('Revoke access', [0, 0, 120, 20], t({ size: 14, color: '#B42318', weight: 600 }));
const syncNow = secondary('Sync now', 120);
const navSecurity = sideItem('Security & account', 120, false);
const settingsNav = (active) => F('Settings nav', [240, 72, 240, H - 72], { fill: '#FAFBFC', stroke: LINE }, [sideItem('Practice profile', 24), sideItem('Integrations', 72, active === 'i'), active === 's' ? sideItem('Security & account', 120, true) : navSecurity, sideItem('Users & roles', 168)]);
const appNav = () => F('Sidebar', [0, 72, 240, H - 72], { fill: '#FFFFFF', stroke: LINE }, [sideItem('Overview', 24), sideItem('Claims', 72), sideItem('Payments', 168), sideItem('Settings', 392, true)]);
const th = (s, x, w) => T(s, [x, 14, w, 18], t({ size: 12, weight: 700, color: MUTED }));
const s11 = screen('Settings / Integrations', 0, 0, [header(), appNav(), settingsNav('i'),
  F('Frame 130', [512, 104, 896, 800], { layout: 'VERTICAL', gap: 20 }, [
    T('Integrations', [0, 0, 600, 32], t({ size: 26, weight: 700 })),
    card('Table', 0, 56, 896, 260, [
      F('Header row', [0, 0, 896, 46], { fill: '#FAFBFC' }, [th('SYSTEM', 20, 200), th('CONNECTED ON', 240, 140), th('LAST SYNC', 400, 160), th('STATUS', 580, 120), th('ACTIONS', 720, 160)]),
      F('Row 1', [0, 46, 896, 72], { stroke: LINE }, [
        T('QuickBooks Online\nLakeshore Family Medicine LLC', [20, 16, 210, 40], t({ size: 14 })),
        T('02/03/2025 9:12 AM', [240, 26, 150, 20], t({ size: 14 })),
        T('Today 7:45 AM', [400, 26, 160, 20], t({ size: 14 })),
        G('Syncing', [580, 24, 110, 24], [I('Icons/Material/sync', [0, 2, 20, 20], icon, {}, [V('Vector', [2, 2, 16, 16], { fill: TEAL })]), T('Syncing\u2026', [26, 2, 80, 20], t({ size: 14, color: TEAL }))]),
        F('Frame 131', [720, 14, 170, 44], { layout: 'VERTICAL', gap: 4 }, [syncNow]),
      ]),
      F('Row 2', [0, 118, 896, 72], { stroke: LINE }, [
        T('Stripe\nacct_\u2022\u2022\u2022\u20229Qz \u00B7 USD', [20, 16, 210, 40], t({ size: 14 })),
        T('02/03/2025 9:20 AM', [240, 26, 150, 20], t({ size: 14 })),
        T('Today 7:46 AM', [400, 26, 160, 20], t({ size: 14 })),
        T('Active', [580, 26, 110, 20], t({ size: 14, color: TEAL })),
        F('Frame 132', [720, 26, 170, 20], {}, [revoke]),
      ]),
      T('View sync history', [20, 214, 200, 20], t({ size: 14, color: TEAL, deco: 'UNDERLINE' })),
    ]),
  ]),
]);
const s12 = screen('Settings / Security', 1540, 0, [header(), appNav(), settingsNav('s'),
  F('Frame 140', [512, 104, 896, 800], { layout: 'VERTICAL', gap: 20 }, [
    T('Security & account', [0, 0, 600, 32], t({ size: 26, weight: 700 })),
    card('Frame 141', 0, 56, 896, 120, [T('Two-factor authentication', [24, 24, 400, 20], t({ weight: 600 })), T('Required for all users with access to patient data.', [24, 52, 600, 20], t({ color: MUTED }))]),
    card('Frame 142', 0, 196, 896, 120, [T('Business Associate Agreement (BAA)', [24, 24, 400, 20], t({ weight: 600 })), T('Countersigned 02/03/2025 \u00B7 Download PDF', [24, 52, 600, 20], t({ color: TEAL }))]),
    card('Frame 143', 0, 336, 896, 120, [T('Delete practice account', [24, 24, 400, 20], t({ weight: 600, color: '#B42318' })), T('Permanently removes all claims, statements, and users after the 7-year retention period.', [24, 52, 700, 20], t({ color: MUTED }))]),
  ]),
]);

// prototype: older links on the first screens, newer interactions after
oldLink(c1, s2);
oldLink(c2, s3);
go(c3, s4);
go(tosLink, s10);
go(c4, s5);
go(connectAcct, s6);
go(connectProc, s6);
url(setupGuide, 'https://help.ardentbilling.com/integrations/setup-guide.pdf');
url(inviteLink, 'mailto:?subject=Please%20connect%20our%20accounting%20system%20to%20Ardent');
go(qbo, s7, 'OVERLAY');
go(stripe, s7, 'OVERLAY');
url(csvLink, 'https://help.ardentbilling.com/import-ledger');
act(agree, { type: 'NODE', destinationId: cbx.id, navigation: 'CHANGE_TO', transition: null });
go(authorize, s8);
act(cancel, { type: 'CLOSE' });
go(addAnother, s6);
go(toDash, s9);
go(reportCta, s6, 'SWAP');
go(navIntegrations, s11);
go(navSettings, s11);
go(navSecurity, s12);

const onboarding = SEC('Onboarding', [0, 0, 9980, 2248], [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10]);
const settings = SEC('Settings', [0, 2448, 3180, 1124], [s11, s12]);
const flowPage = canvas('Flows \u2014 Onboarding & Settings', [onboarding, settings], { start: s1, w: 1440, h: 1024, device: 'PRESET', rotation: 'NONE' });
delete flowPage.flowStartingPoints;

page(300);
const cover = canvas('Cover', [F('Thumbnail', [0, 0, 1600, 960], { fill: NAVY }, [T('Ardent Practice Billing', [100, 360, 1200, 80], t({ size: 64, weight: 700, color: '#FFFFFF' })), T('Onboarding + Integrations \u00B7 Q1 release', [100, 460, 900, 32], t({ size: 24, color: '#B8C4D6' }))])]);
page(320);
const archive = canvas('Archive (do not use)', [
  F('v1 Integrations', [0, 0, W, H], { fill: BG }, [T('Link your EHR \u2014 coming later', [200, 200, 600, 30], t({})), T('Sync settings', [200, 260, 600, 30], t({}))]),
  F('v1 Welcome email', [1540, 0, 640, 900], { fill: '#FFFFFF' }, [T('Welcome to Ardent. Your account is ready.', [40, 60, 560, 40], t({ size: 22, weight: 700 }))]),
]);

const file = buildFile('Ardent Billing \u2014 Web App', [cover, flowPage, componentsPage, archive], '2025-02-19T21:04:51Z');
writeOut('h22-clinic-billing-desktop', file, {
  kind: 'onboarding',
  description: 'Desktop (1440) web app for billing in small health clinics. Sign-up, email verification, practice details and billing preferences precede an Integrations screen that asks the clinic to connect its accounting system and card processor; a grouped platform picker, an authorization modal, an integration status screen, a dashboard, and a Settings section with a live integrations table. Formal US copy.',
  present: ['funnel.cta-visible', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'privacy.statistics', 'privacy.disconnect-anytime', 'privacy.mutual-nda', 'platform.search'],
  notes: {
    'funnel.three-actions': 'Sign Up -> Verify Email -> Practice Information -> Billing Preferences -> Integrations: four steps before the connect prompt.',
    'funnel.greeting-email': 'The only email frame is on the archive page and has no connect call to action.',
    'value.three-part': 'The Integrations screen gives one line of benefit and the buttons; how the data is used appears only later in the modal, not at the decision point.',
    'privacy.consent-action': 'Checkbox instance beside "I authorize ... Ardent Data Use Policy" in the authorization modal, before the redirect.',
    'privacy.powered-by': '"Powered by" label with a provider wordmark image in the modal.',
    'privacy.mutual-nda': 'A HIPAA Business Associate Agreement is shown in settings; that is not a mutual NDA.',
    'privacy.disconnect-anytime': 'Revocation exists in Settings, but no screen tells the user they can disconnect later.',
    'value.faq-link': 'Left out: no FAQ link, but the setup-guide link on the Integrations screen could be read as a learn-more link.',
    'platform.search': 'Eight cards in two groups, no search field.',
    'platform.non-linear': '"Invite your office manager to complete this step"; the Skip link is hidden and does not count.',
    'connection.syncing-indicator': 'Sync icon with "Syncing…" on the QuickBooks Online row.',
  },
  flow: { startFrameId: s1.id, connectFrameId: s5.id, stepsToConnect: 4, deadEnds: [s10.id] },
}, { flowPage: flowPage.id, connectCandidates: [s5.id, s6.id, s9.id, s11.id], fallbackStart: null });

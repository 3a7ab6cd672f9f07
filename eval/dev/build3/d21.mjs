// d21: switching payroll providers on iPad 834x1194; imports history from Gusto, ADP or Paychex via a connection.
import { reseed, F, G, SEC, R, V, E, T, COMP, CSET, col, row, btnFrame, btnInst, btnGroup, link, checkRow, search, statusBar, screen, build } from './lib.mjs';

reseed(2121);
const W = 834; const H = 1194; const CW = 640; const X0 = 97;
const ink = '#1B1530'; const sub = '#6B6580'; const plum = '#6D28D9';
const head = (title) => F(null, [0, 24, W, 64], [
  T('rowan', [32, 20, 120, 26], { fs: 22, fw: 800, c: plum }),
  T(title, [200, 22, 434, 22], { fs: 16, fw: 600, c: ink, align: 'CENTER' }),
  F(null, [W - 64, 16, 32, 32], [T('?', [0, 6, 32, 20], { fs: 16, fw: 700, c: plum, align: 'CENTER' })], { r: 16, stroke: plum, go: [{ to: 's_help', nav: 'OVERLAY' }] }),
], { stroke: '#EEEAF6' });
const pg = (key, name, x, y, title, parts, o = {}) => screen(key, name, x * (W + 100), y, W, H, [
  statusBar(W, '2:02 PM'), head(title),
  col(null, X0, 140, CW, o.gap ?? 20, parts),
  ...(o.extra ?? []),
]);
const fld = (l, v) => F(null, [0, 0, CW, 72], [
  T(l, [0, 0, 400, 18], { fs: 13, fw: 600, c: sub }),
  F(null, [0, 26, CW, 46], [T(v ?? '', [14, 13, 600, 20], { fs: 16, c: ink })], { r: 8, stroke: '#D8D3E6' }),
]);
const next = (label, to) => btnInst(label, 'c_next', [0, 0, 240, 52], { fill: plum, go: [{ to }] });
const prov = (name, note, to) => F(null, [0, 0, CW, 64], [
  G(null, [16, 14, 36, 36], [R(null, [0, 0, 36, 36], { fill: '#EEEAF6', r: 18 }), T(name[0], [0, 9, 36, 18], { fs: 15, fw: 700, c: plum, align: 'CENTER' })]),
  T(name, [68, 12, 400, 20], { fs: 16, fw: 600, c: ink }), T(note, [68, 36, 400, 18], { fs: 13, c: sub }),
  V('Vector', [CW - 36, 24, 16, 16], { stroke: sub }),
], { r: 10, stroke: '#D8D3E6', go: to ? [{ to }] : undefined });

const flow = [
  SEC('Switch flow', [-50, -50, 7 * (W + 100) + 50, H + 100], [
    pg('s_signup', 'Start', 0, 0, '', [
      T('Switch to Rowan without retyping a thing', [0, 0, CW, 96], { fs: 36, fw: 800, c: ink }),
      fld('Work email'), fld('Company name'), fld('Password'),
      next('Start my switch', 's_company'),
      F(null, [0, 0, CW, 110], [
        T('“We moved 30 people off ADP in an afternoon. Nobody missed a paycheck.”', [20, 16, 600, 48], { fs: 17, c: ink }),
        T('Marisol Vega, Ops Lead · Dos Rios Tile Co.', [20, 74, 600, 20], { fs: 13, c: sub }),
      ], { r: 12, fill: '#F6F3FC' }),
    ]),
    pg('s_company', 'Company', 1, 0, 'Company', [
      T('Your company', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
      fld('Legal business name'), fld('Business address'), fld('Phone'),
      next('Continue', 's_schedule'),
    ]),
    pg('s_schedule', 'Pay schedule', 2, 0, 'Pay schedule', [
      T('How often do you pay people?', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
      ...['Every week', 'Every other week', 'Twice a month', 'Monthly'].map((t) => F(null, [0, 0, CW, 52], [T(t, [16, 16, 500, 20], { fs: 16, c: ink })], { r: 8, stroke: '#D8D3E6' })),
      fld('Next payday', 'Friday, Mar 13, 2026'),
      next('Continue', 's_tax'),
    ]),
    pg('s_tax', 'Tax IDs', 3, 0, 'Taxes', [
      T('Federal and state tax IDs', [0, 0, CW, 36], { fs: 28, fw: 800, c: ink }),
      fld('EIN'), fld('State withholding account #'), fld('SUI account #'),
      next('Continue', 's_import'),
    ]),
    pg('s_import', 'Old provider', 4, 0, 'Payroll history', [
      F(null, [0, 0, CW, 64], [
        T('Switch progress', [16, 10, 300, 18], { fs: 13, fw: 600, c: ink }), T('40%', [CW - 70, 10, 54, 18], { fs: 13, fw: 600, c: plum, align: 'RIGHT' }),
        R(null, [16, 38, CW - 32, 8], { fill: '#EEEAF6', r: 4 }), R(null, [16, 38, (CW - 32) * 0.4, 8], { fill: plum, r: 4 }),
      ], { r: 10, fill: '#FBFAFE' }),
      T('Where do you run payroll today?', [0, 0, CW, 40], { fs: 30, fw: 800, c: ink }),
      search('Search providers', [0, 0, CW, 48], { r: 24 }),
      prov('Gusto', 'Most popular', 's_login'),
      prov('ADP', '', 's_login'),
      prov('Paychex', '', 's_login'),
      prov('QuickBooks', 'Also sends journal entries', 's_login'),
      prov('Xero', ''),
      row(null, 0, 0, 24, 32, [
        link('Upload payroll registers (CSV or PDF)', [0, 0, 300, 20], { go: [{ to: 's_upload' }] }),
        link('Finish later', [0, 0, 120, 20], { c: sub, go: [{ to: 's_saved' }] }),
      ]),
    ], { gap: 14 }),
    screen('s_login', 'Gusto sign-in', 5 * (W + 100), 0, W, H, [
      statusBar(W, '2:03 PM'), head('Import from Gusto'),
      col(null, X0, 140, CW, 18, [
        T('Sign in to Gusto', [0, 0, CW, 40], { fs: 30, fw: 800, c: ink }),
        fld('Gusto email'), fld('Gusto password'),
        T('Your Gusto login goes straight to Gusto — we never see or store it. Everything travels encrypted.', [0, 0, CW, 44], { fs: 14, c: sub }),
        F(null, [0, 0, CW, 128], [
          T('What we’ll copy into Rowan', [16, 14, 500, 20], { fs: 15, fw: 700, c: ink }),
          T('Employees and contractors, pay rates, deductions, year-to-date pay and past quarterly filings. Read only — nothing in Gusto is changed.', [16, 42, 600, 66], { fs: 14, c: ink }),
        ], { r: 10, fill: '#F6F3FC' }),
        checkRow('I authorize Rowan to import this payroll data as described in the Privacy Statement', [0, 0, CW, 40], { inst: 'c_box' }),
        T('After the import you can cut the connection whenever you like — we no longer need it.', [0, 0, CW, 20], { fs: 13, c: sub }),
        link('Guide: moving from Gusto to Rowan', [0, 0, 320, 20], { u: true }),
        btnGroup('Authorize & import', [0, 0, 260, 52], { fill: plum, r: 10, go: [{ to: 's_importing' }] }),
        T('Powered by Railgate', [0, 0, 200, 16], { fs: 11, c: sub, hidden: true }),
      ]),
    ]),
    pg('s_importing', 'Importing', 6, 0, '', [
      E(null, [288, 0, 64, 64], { stroke: plum }),
      T('Importing pay history… Jan 2019 – Mar 2026', [0, 0, CW, 36], { fs: 22, fw: 700, c: ink, align: 'CENTER' }),
      T('About 2 minutes for a team your size.', [0, 0, CW, 20], { fs: 15, c: sub, align: 'CENTER', legacy: 's_review' }),
    ]),
  ]),
  SEC('After import', [-50, H + 150, 7 * (W + 100) + 50, H + 100], [
    pg('s_review', 'Check team', 0, 50, 'Your team', [
      T('14 people came over from Gusto', [0, 0, CW, 40], { fs: 28, fw: 800, c: ink }),
      T('Check anything that looks off — you can edit every field.', [0, 0, CW, 20], { fs: 15, c: sub }),
      ...[['Aiyana Brooks', 'Installer · $31.50/hr', 'W-4 on file'], ['Dev Patel', 'Estimator · $74,000/yr', 'W-4 on file'], ['Lena Fischer', 'Office manager · $58,500/yr', 'Direct deposit ••2201']].map((c) => F(null, [0, 0, CW, 72], [
        T(c[0], [16, 12, 400, 20], { fs: 16, fw: 600, c: ink }), T(c[1], [16, 38, 400, 18], { fs: 14, c: sub }), T(c[2], [440, 26, 184, 18], { fs: 13, c: sub, align: 'RIGHT' }),
      ], { r: 10, stroke: '#D8D3E6' })),
      T('+ 11 more', [0, 0, CW, 20], { fs: 14, c: plum }),
      next('Looks right', 's_conn'),
    ]),
    pg('s_conn', 'Old provider link', 1, 50, 'Settings · Connections', [
      T('Old payroll provider', [0, 0, CW, 36], { fs: 26, fw: 800, c: ink }),
      F(null, [0, 0, CW, 150], [
        T('Gusto', [16, 14, 300, 22], { fs: 18, fw: 700, c: ink }),
        F(null, [CW - 120, 14, 104, 24], [T('Connected', [10, 4, 84, 16], { fs: 12, fw: 600, c: '#166534' })], { r: 12, fill: '#DCFCE7' }),
        T('Imported Mar 3, 2026 at 2:02 PM · 87 pay runs, 14 people\nLast checked 10 min ago', [16, 48, 600, 44], { fs: 14, c: sub }),
        row(null, 16, 104, 32, 20, [
          btnFrame('Re-check for new pay runs', [0, 0, 240, 32], { fill: '#FFFFFF', tc: plum, stroke: plum, fs: 13, r: 16 }),
          T('Disconnect Gusto', [0, 6, 150, 20], { fs: 14, fw: 600, c: '#B91C1C', go: [{ to: 's_disc', nav: 'OVERLAY' }] }),
        ]),
      ], { r: 12, stroke: '#D8D3E6' }),
      link('Go to payroll', [0, 0, 200, 20], { go: [{ to: 's_run' }] }),
    ]),
    screen('s_disc', 'Alert', 2 * (W + 100), 50, W, H, [
      F(null, [167, 480, 500, 220], [
        T('Disconnect Gusto?', [24, 24, 452, 28], { fs: 20, fw: 700, c: ink }),
        T('Your imported history stays in Rowan. We just stop checking Gusto.', [24, 64, 452, 44], { fs: 15, c: sub }),
        T('Keep', [300, 164, 60, 20], { fs: 15, fw: 600, c: plum, go: [{ back: 1 }] }),
        T('Disconnect', [380, 164, 96, 20], { fs: 15, fw: 600, c: '#B91C1C', go: [{ to: 's_conn' }] }),
      ], { r: 16, fill: '#FFFFFF' }),
    ], { fill: '#00000000' }),
    pg('s_upload', 'Upload registers', 3, 50, 'Upload instead', [
      T('Upload payroll registers', [0, 0, CW, 40], { fs: 28, fw: 800, c: ink }),
      T('Export a payroll register or YTD summary from your provider and drop it here. Prefer typing? Enter people by hand.', [0, 0, CW, 44], { fs: 15, c: sub }),
      F(null, [0, 0, CW, 240], [V('Vector', [300, 80, 40, 40], { stroke: sub }), T('CSV, XLSX or PDF', [0, 140, CW, 20], { fs: 15, c: sub, align: 'CENTER' })], { r: 12, stroke: '#D8D3E6', fill: '#FBFAFE' }),
      next('Upload', 's_review'),
    ]),
    pg('s_saved', 'Saved', 4, 50, '', [
      T('We saved your spot 👍', [0, 0, CW, 40], { fs: 28, fw: 800, c: ink }),
      T('Pick up where you left off from the link we just emailed you.', [0, 0, CW, 20], { fs: 15, c: sub }),
      next('Resume my switch', 's_import'),
    ]),
    screen('s_help', 'Help sheet', 5 * (W + 100), 50, W, H, [
      F(null, [0, 594, W, 600], [
        col(null, X0, 32, CW, 16, [
          T('Talk to a switch specialist', [0, 0, CW, 32], { fs: 24, fw: 800, c: ink }),
          T('☎ (888) 555\u20110199 · Mon–Fri 8–8 ET', [0, 0, CW, 22], { fs: 16, c: ink }),
          T('✉ switch@rowanpayroll.com', [0, 0, CW, 22], { fs: 16, c: ink }),
          btnFrame('Book a 15-min call', [0, 0, 220, 48], { fill: plum }),
          T('Close', [0, 0, 80, 20], { fs: 15, fw: 600, c: sub, go: [{ close: 1 }] }),
        ]),
      ], { r: 24, fill: '#FFFFFF' }),
    ], { fill: '#00000000' }),
    pg('s_run', 'Run payroll', 6, 50, 'Payroll', [
      T('Run payroll', [0, 0, CW, 40], { fs: 28, fw: 800, c: ink }),
      F(null, [0, 0, CW, 120], [T('Next payday: Fri, Mar 13', [16, 16, 500, 22], { fs: 18, fw: 700, c: ink }), T('14 people · est. $41,882.15', [16, 48, 500, 20], { fs: 15, c: sub })], { r: 12, stroke: '#D8D3E6' }),
      next('Start pay run', 's_run'),
      T('Remove employee', [0, 0, 200, 20], { fs: 14, c: '#B91C1C' }),
    ]),
  ]),
];

const email = [F('Welcome email', [0, 0, 600, 880], [
  col(null, 40, 40, 520, 18, [
    T('rowan', [0, 0, 120, 26], { fs: 22, fw: 800, c: plum }),
    T('Your switch plan', [0, 0, 520, 36], { fs: 28, fw: 800, c: ink }),
    T('1. Company and tax details (5 min)\n2. Hook up your old provider so every past pay run comes with you\n3. Run your first payroll with Rowan', [0, 0, 520, 100], { fs: 16, c: ink }),
    btnFrame('Import from my old provider', [0, 0, 300, 48], { fill: plum }),
    T('Questions? Reply here or call (888) 555\u20110199.', [0, 0, 520, 20], { fs: 13, c: sub }),
  ]),
], { fill: '#FFFFFF' })];

const comps = [
  CSET('Buttons', [0, 0, 560, 120], [
    COMP('Variant=Primary', [20, 20, 240, 52], [T('Label', [16, 16, 208, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_next', fill: plum, r: 10, go: [{ to: 'c_next_h', nav: 'CHANGE_TO', hover: 1 }] }),
    COMP('Variant=Primary hover', [300, 20, 240, 52], [T('Label', [16, 16, 208, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_next_h', fill: '#5B21B6', r: 10 }),
  ]),
  COMP('Checkbox/Off', [0, 160, 20, 20], [R(null, [0, 0, 20, 20], { stroke: sub, r: 4 })], { key: 'c_box' }),
];

const r = build('d21-payroll-migration-tablet', {
  name: 'Rowan Payroll — Switch (iPad)', lastModified: '2026-09-22T11:48:30Z', font: 'Manrope',
  pages: [
    { name: 'Cover', prefix: 0, kids: [F('Cover', [0, 0, 1440, 960], [T('Switch flow — iPad', [100, 100, 1000, 80], { fs: 64, fw: 800 }), T('Owner: payroll squad', [100, 220, 600, 30], { fs: 24 })], { fill: '#F6F3FC' })] },
    { name: 'iPad – switch', prefix: 6, kids: flow, starts: [['s_signup', 'Switcher sign-up'], ['s_conn', 'Returning customer']] },
    { name: 'Emails', prefix: 19, kids: email },
    { name: 'Components', prefix: 23, kids: comps },
  ],
}, {
  kind: 'onboarding', flowPage: 1,
  description: 'Payroll provider switch on iPad: sign-up, company, pay schedule and tax IDs, then a screen asking where payroll runs today (Gusto, ADP, Paychex and accounting apps in one list), an embedded Gusto sign-in with scope and consent, an import spinner, a prefilled team review and a connection settings card.',
  connectCandidates: ['s_import', 's_login'],
  present: ['funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.search', 'platform.alternatives', 'platform.non-linear',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.three-actions', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.multiple-connections'],
  notes: {
    'funnel.greeting-email': 'Welcome email "Your switch plan" with a 1–3 list, connecting the old provider as step 2, and an import button.',
    'funnel.three-actions': 'Sign-up → company → pay schedule → tax IDs → provider choice: four steps.',
    'funnel.social-proof': 'Customer quote from an ops lead on the sign-up screen.',
    'funnel.prefill': 'Team review lists people, pay rates and deposit details brought over from Gusto.',
    'value.progress-meter': '"Switch progress 40%" bar.',
    'value.three-part': 'The provider screen only asks "Where do you run payroll today?"; no benefit or data-use message beside it.',
    'privacy.data-scope': 'Sign-in screen lists what is copied (people, rates, deductions, YTD pay, filings), read only.',
    'privacy.trust-language': 'Login never seen or stored, encrypted.',
    'privacy.consent-action': 'Checkbox "I authorize Rowan to import…" with the Privacy Statement.',
    'privacy.disconnect-anytime': '"You can cut the connection whenever you like".',
    'privacy.connection-guide': '"Guide: moving from Gusto to Rowan".',
    'privacy.support-contacts': 'Phone, email and call booking on the help sheet.',
    'platform.explain-redirect': 'The Gusto sign-in is embedded; nothing explains a hand-off to the provider and back.',
    'platform.grouped-categories': 'Payroll providers and accounting apps share one list with no headings.',
    'platform.accurate-branding': 'Bare "ADP", "Paychex", "QuickBooks" on letter circles; no logos or product names (e.g. RUN Powered by ADP).',
    'platform.alternatives': '"Upload payroll registers (CSV or PDF)" and entering people by hand.',
    'platform.non-linear': '"Finish later" with a saved-spot screen.',
    'connection.view-live': 'Connection card: imported date/time, pay-run count, last checked 10 min ago.',
    'connection.refresh': '"Re-check for new pay runs".',
    'connection.syncing-indicator': 'Spinner "Importing pay history…".',
    'platform.multiple-connections': 'Only one provider connection; no add-another or pending status.',
  },
});
console.log(JSON.stringify(r));

// h73: insurance claims for physiotherapy clinics, iPad landscape 1194x834, Australian copy.
// Older prototype wiring (transitionNodeID) on the first screens; no prototype start set.
import { F, V, H, G, R, VEC, I, C, CS, S, T, img, build, write, auto, resetAuto, WRITTEN_BY } from './lib.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

resetAuto(677);
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = 'h73-physio-clinic-insurance-claims-tablet';
const INK = '#1D2433';
const MUTED = '#6B7385';
const TEAL = '#0E7C86';
const PALE = '#E6F4F5';
const EDGE = '#E2E6EC';
const W = 1194;
const HH = 834;

const sbar = () => H('Status bar', { w: W, h: 24, pad: [0, 20, 0, 20], justify: 'SPACE_BETWEEN', align: 'CENTER' }, [T('9:41 Tue 18 Mar', { size: 12, weight: 600 }), H(auto('Frame'), { gap: 6 }, [VEC('Wi-Fi', { w: 15, h: 11, fill: INK }), VEC('Battery', { w: 25, h: 12, fill: INK })])]);
const tab = (name, ref, kids, bg = '#FFFFFF') => F(name, { ref, w: W, h: HH, fill: bg, clip: true }, [sbar(), ...kids]);
const btn = (label, p = {}) => I('btnPrimary', p.name ?? 'Button', { h: 48, pad: [0, 24, 0, 24], r: 10, fill: TEAL, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 16, weight: 600, color: '#FFFFFF' })]);
const btnF = (label, p = {}) => H(p.name ?? auto('Frame'), { h: 44, pad: [0, 18, 0, 18], r: 10, fill: p.bg ?? '#FFFFFF', stroke: p.bg ? undefined : '#CDD3DC', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 15, weight: 600, color: p.fg ?? INK })]);
const btnG = (label, w, p = {}) => G(auto('Group'), { w, h: 48, ...p }, [VEC(auto('Vector'), { x: 0, y: 0, w, h: 48, fill: TEAL }), T(label, { x: Math.round(w / 2 - label.length * 4.2), y: 14, size: 16, weight: 600, color: '#FFFFFF' })]);
const link = (label, p = {}) => T(label, { size: 14, weight: 500, color: p.color ?? TEAL, ...p });
const field = (label, ph, w = 'fill') => V(auto('Frame'), { w, gap: 6 }, [T(label, { size: 13, weight: 500, color: MUTED }), H(auto('Frame'), { w: 'fill', h: 44, pad: [0, 14, 0, 14], align: 'CENTER', r: 8, stroke: '#CDD3DC' }, [T(ph, { size: 15, color: '#9AA1AF' })])]);
const brandRow = () => H(auto('Frame'), { gap: 8, align: 'CENTER', h: 28 }, [VEC('Vector', { w: 24, h: 24, fill: TEAL }), T('Remit', { size: 20, weight: 700 })]);
const setupBar = (n, label) => V('Setup progress', { w: 'fill', gap: 6 }, [
  T(label, { size: 12, weight: 600, color: MUTED }),
  H(auto('Frame'), { gap: 6 }, [0, 1, 2].map((i) => R(auto('Rectangle'), { w: 80, h: 6, r: 3, fill: i < n ? TEAL : '#E2E6EC' }))),
]);

const su = tab('Create clinic account', 'su', [
  H(auto('Frame'), { x: 0, y: 24, w: W, h: 810 }, [
    V(auto('Frame'), { w: 560, h: 810, pad: [56, 72, 40, 72], gap: 20 }, [
      brandRow(),
      T('Claims, minus the chasing', { size: 30, weight: 700, w: 'fill' }),
      T('Start your 30-day trial. $79/month after that — cancel anytime.', { size: 15, color: MUTED, w: 'fill' }),
      field('Clinic name', 'e.g. Northside Physio'),
      field('Email', 'you@clinic.com.au'),
      field('Password', '10+ characters'),
      btn('Create account', { w: 'fill', tx: 'details', hover: 'btnPrimaryHover' }),
      link('Already using Remit? Sign in', { color: INK }),
    ]),
    R('photo', { w: 634, h: 810, fills: [img('44c2e1a9b7d35f08e6a1c4b2d9f7e3a5c8b0d6f1')] }),
  ]),
]);

const details = tab('Clinic details', 'details', [
  V(auto('Frame'), { x: 297, y: 60, w: 600, gap: 20 }, [
    setupBar(1, 'Setup · 1 of 3'),
    T('About your clinic', { size: 28, weight: 700 }),
    H(auto('Frame'), { w: 'fill', gap: 16 }, [field('ABN', '12 345 678 901'), field('Phone', '(02) 0000 0000')]),
    field('Practice address', 'Street, suburb, state, postcode'),
    field('Provider numbers', 'Add one per practitioner'),
    V(auto('Frame'), { w: 'fill', gap: 10 }, [
      T('Which insurers do you claim with?', { size: 15, weight: 600 }),
      T('Medibank · Bupa · HCF · nib · ClaimLink gateway (other funds)', { size: 14, color: MUTED, w: 'fill' }),
    ]),
    btnF('Next', { bg: TEAL, fg: '#FFFFFF', w: 'fill', tx: 'link' }),
  ]),
]);

const swCard = (name, k, p = {}) => H(auto('Frame'), { w: 196, h: 64, pad: [0, 12, 0, 12], gap: 10, r: 10, stroke: EDGE, align: 'CENTER', ...p }, [R(auto('Rectangle'), { w: 36, h: 36, r: 8, fills: [img(k)] }), T(name, { size: 14, weight: 600, w: 'fill' })]);
const k = (s) => (s + 'd0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1').slice(0, 40);
const linkScreen = tab('Link software', 'link', [
  H(auto('Frame'), { x: 0, y: 24, w: W, h: 810, pad: [36, 48, 24, 48], gap: 40 }, [
    V('Why', { w: 400, gap: 16 }, [
      setupBar(2, 'Setup · 2 of 3'),
      T('Link your practice software\u200b', { size: 28, weight: 700, w: 'fill' }),
      T('Claims built from every appointment. Fewer rejections, paid sooner.', { size: 17, w: 'fill' }),
      T('Remit reads appointments, invoices and patients\u2019 health-fund details from your practice software, and matches insurer remittances against Xero or MYOB. We never touch clinical notes.', { size: 14, color: MUTED, w: 'fill' }),
      H(auto('Frame'), { w: 'fill', gap: 10 }, [VEC('shield', { w: 18, h: 20, fill: TEAL }), T('Encrypted in transit and at rest. Never shared with third parties without your say-so.', { size: 13, w: 'fill' })]),
      T('Protecting claims data for 900+ Australian clinics.', { size: 13, weight: 600, color: TEAL }),
      T('You can revoke access any time from Settings \u203a Integrations.', { size: 13, color: MUTED, w: 'fill' }),
      btnG('Connect practice software', 400, { on: [{ nav: 'OVERLAY', to: 'auth' }] }),
      H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN' }, [link('Skip for now', { color: MUTED, go: 'claims' }), link('Not the owner? Send to your practice manager', { on: [{ nav: 'OVERLAY', to: 'invite' }] })]),
      G(auto('Group'), { visible: false, w: 400, h: 40 }, [T('\u201cRemit halved our rejected claims in a month.\u201d \u2014 Dr Priya N., Northside Physio', { x: 0, y: 0, w: 400, size: 13 })]),
    ]),
    V('Pick', { w: 'fill', gap: 18 }, [
      H('Search', { ref: 'searchField', w: 'fill', h: 44, pad: [0, 14, 0, 14], gap: 10, r: 22, fill: '#F3F5F8', align: 'CENTER' }, [VEC('Vector', { w: 16, h: 16, stroke: MUTED }), T('Find your software', { size: 15, color: '#9AA1AF' })]),
      T('Practice management', { size: 19, weight: 600 }),
      V(auto('Frame'), { w: 'fill', gap: 10 }, [
        H(auto('Frame'), { gap: 10 }, [swCard('Cliniko', k('c1'), { on: [{ nav: 'OVERLAY', to: 'auth' }] }), swCard('Jane', k('ja')), swCard('Nookal', k('no'))]),
        H(auto('Frame'), { gap: 10 }, [swCard('Zanda (formerly Power Diary)', k('za')), swCard('Halaxy', k('ha'))]),
      ]),
      T('Accounting', { size: 19, weight: 600 }),
      H(auto('Frame'), { gap: 10 }, [swCard('Xero', k('xe')), swCard('MYOB Business', k('my')), swCard('QuickBooks Online', k('qb'))]),
      link('Software not listed? Import a CSV export instead', { go: 'csv' }),
    ]),
  ]),
], '#FFFFFF');

const auth = F('Authorise — Cliniko', { ref: 'auth', w: W, h: HH, fill: '#1D2433', fillOpacity: 0.5 }, [
  V(auto('Frame'), { x: 317, y: 70, w: 560, pad: 32, gap: 16, r: 16, fill: '#FFFFFF', shadow: true }, [
    H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [T('Authorise Cliniko', { size: 22, weight: 700 }), VEC('close', { w: 14, h: 14, fill: MUTED, on: [{ type: 'CLOSE' }] })]),
    T('Cliniko opens in a new tab. Sign in, tap Authorise, and you\u2019ll land back here.', { size: 15, w: 'fill' }),
    V(auto('Frame'), { w: 'fill', pad: 14, gap: 4, r: 10, fill: PALE }, [
      T('Shared from Cliniko to Remit', { size: 13, weight: 600 }),
      T('Appointments \u00b7 Invoices \u00b7 Patient health-fund numbers', { size: 13, w: 'fill' }),
      T('Nothing is written back to Cliniko.', { size: 12, color: MUTED }),
    ]),
    H('consent', { w: 'fill', gap: 10 }, [
      I('checkbox', 'Property 1=Unchecked', { w: 20, h: 20, r: 4, stroke: '#8A93A3' }),
      T('I consent to Remit accessing appointment, invoice and health-fund data from Cliniko as described in the Privacy Policy.', { size: 13, w: 'fill' }),
    ]),
    link('Read the Privacy Policy', { size: 13, deco: 'UNDERLINE', on: [{ type: 'URL', url: 'https://remit.com.au/privacy' }] }),
    btn('Continue to Cliniko', { w: 'fill', tx: 'done' }),
    link('Connection guide: Cliniko, step by step', { size: 13, go: 'guide' }),
    T('Need a hand? 1300 555 019 \u00b7 support@remit.com.au \u00b7 Live chat', { size: 12, color: MUTED, w: 'fill' }),
  ]),
]);

const stRow = (name, state, c) => H(auto('Frame'), { w: 'fill', h: 60, pad: [0, 16, 0, 16], gap: 12, r: 10, stroke: EDGE, align: 'CENTER' }, [VEC('Vector', { w: 28, h: 28, fill: c }), T(name, { size: 15, weight: 600, w: 200 }), T(state, { size: 14, color: c, w: 'fill' })]);
const done = tab('Linked', 'done', [
  V(auto('Frame'), { x: 297, y: 60, w: 600, gap: 18 }, [
    setupBar(3, 'Setup · 3 of 3'),
    T('Cliniko is linked', { size: 28, weight: 700 }),
    stRow('Cliniko', 'Connected \u2713', '#2E7D32'),
    stRow('Xero', 'Waiting for you to authorise in Xero', '#B26A00'),
    V('Claims accuracy', { w: 'fill', gap: 6, pad: 14, r: 10, fill: '#F6F8FA' }, [
      T('Claim match rate \u2014 1 of 2 sources linked', { size: 13, weight: 600 }),
      G(auto('Group'), { w: 560, h: 8 }, [R(auto('Rectangle'), { x: 0, y: 0, w: 560, h: 8, r: 4, fill: '#E2E6EC' }), R(auto('Rectangle'), { x: 0, y: 0, w: 280, h: 8, r: 4, fill: TEAL })]),
      T('Link accounting to match remittances automatically.', { size: 12, color: MUTED }),
    ]),
    link('+ Link another', { on: [{ nav: 'NAVIGATE', to: 'searchField' }] }),
    btnF('Go to claims', { bg: TEAL, fg: '#FFFFFF', tx: 'claims' }),
  ]),
]);

const side = (active) => V('Sidebar', { x: 0, y: 24, w: 220, h: 810, pad: [20, 12, 20, 12], gap: 4, fill: '#F6F8FA', stroke: EDGE }, [
  brandRow(), R(auto('Rectangle'), { w: 'fill', h: 16 }),
  ...[['Claims', 'claims'], ['Patients'], ['Remittances'], ['Reports'], ['Integrations', 'integrations'], ['Settings']].map(([l, to]) => H(auto('Frame'), { w: 'fill', h: 40, pad: [0, 10, 0, 10], gap: 10, r: 8, align: 'CENTER', fill: l === active ? PALE : undefined, ...(to && l !== active ? { go: to } : {}) }, [VEC('icon', { w: 18, h: 18, fill: l === active ? TEAL : MUTED }), T(l, { size: 14, weight: l === active ? 600 : 400, color: l === active ? TEAL : INK })])),
]);
const claimRow = (a, b, c, d) => H(auto('Frame'), { w: 'fill', h: 44, pad: [0, 14, 0, 14], gap: 12, align: 'CENTER', stroke: EDGE }, [T(a, { size: 13, w: 200 }), T(b, { size: 13, w: 160 }), T(c, { size: 13, w: 120 }), T(d, { size: 13, w: 'fill' })]);
const claims = tab('Claims', 'claims', [
  side('Claims'),
  V(auto('Frame'), { x: 220, y: 24, w: 974, pad: [28, 32, 28, 32], gap: 20 }, [
    T('Claims', { size: 26, weight: 700 }),
    H(auto('Frame'), { w: 'fill', pad: 18, gap: 14, r: 12, fill: '#FFF7E6', align: 'CENTER' }, [
      VEC('Vector', { w: 22, h: 22, fill: '#B26A00' }),
      V(auto('Frame'), { w: 'fill', gap: 2 }, [T('14 insurer payments not matched', { size: 15, weight: 600 }), T('Connect Xero or MYOB and Remit reconciles remittances for you.', { size: 13, color: MUTED, w: 'fill' })]),
      btnF('Connect accounting', { go: 'link' }),
    ]),
    V('Claims table', { w: 'fill', r: 12, stroke: EDGE }, [
      claimRow('PATIENT', 'FUND', 'AMOUNT', 'STATUS'),
      claimRow('J. Whitfield', 'Medibank', '$64.00', 'Paid 17 Mar'),
      claimRow('A. Nguyen', 'Bupa', '$58.50', 'Submitted'),
      claimRow('R. Costa', 'HCF', '$72.00', 'Rejected \u2014 item 560 missing'),
      claimRow('L. Brennan', 'nib', '$64.00', 'Submitted'),
    ]),
  ]),
], '#FFFFFF');

const conn = (name, meta, extra) => V(auto('Frame'), { w: 'fill', pad: 18, gap: 10, r: 12, stroke: EDGE }, [
  H(auto('Frame'), { w: 'fill', gap: 12, align: 'CENTER' }, [R(auto('Rectangle'), { w: 40, h: 40, r: 8, fills: [img(k(name.slice(0, 2).toLowerCase()))] }), T(name, { size: 16, weight: 600, w: 'fill' }), ...extra]),
  T(meta, { size: 13, color: MUTED, w: 'fill' }),
]);
const integrations = tab('Settings \u203a Integrations', 'integrations', [
  side('Integrations'),
  V(auto('Frame'), { x: 220, y: 24, w: 974, pad: [28, 32, 28, 32], gap: 18 }, [
    H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [T('Integrations', { size: 26, weight: 700 }), btnF('+ Add integration', { go: 'link' })]),
    conn('Cliniko', 'Northside Physio \u00b7 Connected 12 Feb 2025 \u00b7 Last sync today 10:42 am \u00b7 1,204 appointments imported', [
      link('Sync now', { color: INK }), link('Revoke access', { color: '#C62828', on: [{ nav: 'OVERLAY', to: 'revoke' }] }),
    ]),
    conn('Xero', 'Northside Physio Pty Ltd \u00b7 AUD \u00b7 Connected 3 Mar 2025', [
      H(auto('Frame'), { gap: 6, align: 'CENTER' }, [VEC('spinner', { w: 14, h: 14, stroke: TEAL }), T('Syncing\u2026', { size: 13, color: TEAL })]),
      link('Revoke access', { color: '#C62828' }),
    ]),
    T('Danger zone', { size: 18, weight: 600 }),
    T('Delete clinic account', { size: 14, weight: 600, color: '#C62828' }),
  ]),
], '#FFFFFF');

const revoke = F('Revoke — confirm', { ref: 'revoke', w: W, h: HH, fill: '#1D2433', fillOpacity: 0.5 }, [
  V(auto('Frame'), { x: 397, y: 260, w: 400, pad: 28, gap: 14, r: 16, fill: '#FFFFFF' }, [
    T('Revoke Cliniko access?', { size: 20, weight: 700 }),
    T('Remit stops reading appointments straight away. Claims already lodged are kept.', { size: 14, color: MUTED, w: 'fill' }),
    H(auto('Frame'), { w: 'fill', gap: 10 }, [btnF('Cancel', { on: [{ type: 'CLOSE' }] }), btnF('Revoke', { bg: '#C62828', fg: '#FFFFFF', on: [{ type: 'CLOSE' }] })]),
  ]),
]);

const guide = tab('Help \u2014 Cliniko guide', 'guide', [
  V(auto('Frame'), { x: 247, y: 48, w: 700, gap: 16 }, [
    link('\u2190 Back', { on: [{ type: 'BACK' }] }),
    T('Connecting Cliniko, step by step', { size: 28, weight: 700, w: 'fill' }),
    T('1\u2003In Remit, choose Cliniko and tick the consent box\n2\u2003Sign in to Cliniko as an administrator\n3\u2003Tap Authorise on the Cliniko screen\n4\u2003You\u2019re returned to Remit; the first import takes a few minutes', { size: 15, w: 'fill' }),
    T('Only Cliniko admins can authorise. If you\u2019re not one, send the setup link to your practice manager.', { size: 14, color: MUTED, w: 'fill' }),
    T('Still stuck? 1300 555 019 \u00b7 support@remit.com.au', { size: 13, color: MUTED }),
  ]),
]);

const csv = tab('Import CSV', 'csv', [
  V(auto('Frame'), { x: 297, y: 60, w: 600, gap: 16 }, [
    link('\u2190 Back', { on: [{ type: 'BACK' }] }),
    T('Import a CSV export', { size: 28, weight: 700 }),
    T('Export appointments and invoices from your practice software as CSV and upload them here. Re-upload weekly to keep claims current.', { size: 15, w: 'fill' }),
    V(auto('Frame'), { w: 'fill', h: 200, r: 12, stroke: '#CDD3DC', align: 'CENTER', justify: 'CENTER', gap: 8 }, [VEC('Vector', { w: 32, h: 32, fill: MUTED }), T('Choose a file', { size: 15, weight: 600, color: TEAL })]),
  ]),
]);

const invite = F('Send to practice manager', { ref: 'invite', w: W, h: HH, fill: '#1D2433', fillOpacity: 0.5 }, [
  V(auto('Frame'), { x: 377, y: 230, w: 440, pad: 28, gap: 14, r: 16, fill: '#FFFFFF' }, [
    T('Send the setup link', { size: 20, weight: 700 }),
    T('They\u2019ll get a secure link to authorise your practice software. You can carry on with the rest.', { size: 14, color: MUTED, w: 'fill' }),
    field('Their email', 'manager@clinic.com.au'),
    btn('Send link', { w: 'fill', on: [{ type: 'CLOSE' }] }),
  ]),
]);

const place = (fs, x0, y0) => fs.map((f, i) => Object.assign(f, { x: x0 + (i % 4) * (W + 120), y: y0 + Math.floor(i / 4) * (HH + 160) }));
const flowPage = {
  name: 'iPad \u2014 onboarding + settings', prefix: '3', first: 100,
  device: { type: 'PRESET', size: { width: 1194, height: 834 }, presetIdentifier: 'APPLE_IPAD_PRO_11', rotation: 'CCW_90' },
  children: [
    ...place([su, details, linkScreen, auth, done, claims, guide, csv, invite], 0, 0),
    S('Settings', { x: 0, y: 3200, w: 2 * (W + 120) + 80, h: HH + 160 }, place([integrations, revoke], 40, 80)),
  ],
};
const coverPage = { name: 'Cover', prefix: '0', first: 3, children: [F('Cover', { x: 0, y: 0, w: 1600, h: 960, fill: TEAL }, [T('Remit \u00b7 iPad onboarding', { x: 100, y: 380, size: 64, weight: 700, color: '#FFFFFF' }), T('v4 \u2014 handoff 18/03', { x: 100, y: 480, size: 28, color: PALE })])] };
const compPage = {
  name: '\u2756 Components', prefix: '52', first: 4,
  children: [
    CS('Button', { x: 0, y: 0, w: 300, h: 170, stroke: '#9747FF' }, [
      C('Property 1=Default', { ref: 'btnPrimary', x: 20, y: 20, w: 240, h: 48, r: 10, fill: TEAL, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Button', { size: 16, weight: 600, color: '#FFFFFF' })]),
      C('Property 1=Hover', { ref: 'btnPrimaryHover', x: 20, y: 96, w: 240, h: 48, r: 10, fill: '#0A5F67', layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Button', { size: 16, weight: 600, color: '#FFFFFF' })]),
    ]),
    CS('Checkbox', { x: 360, y: 0, w: 120, h: 100, stroke: '#9747FF' }, [
      C('Property 1=Unchecked', { ref: 'checkbox', x: 20, y: 20, w: 20, h: 20, r: 4, stroke: '#8A93A3' }),
      C('Property 1=Checked', { x: 20, y: 60, w: 20, h: 20, r: 4, fill: TEAL }, [VEC('tick', { x: 4, y: 5, w: 12, h: 10, fill: '#FFFFFF' })]),
    ]),
  ],
};
const archivePage = {
  name: 'Archive', prefix: '88', first: 2,
  children: [F('Old \u2014 Integrations list (v2)', { x: 0, y: 0, w: W, h: HH, fill: '#FFFFFF' }, [
    T('Integrations', { x: 40, y: 40, size: 26, weight: 700 }),
    T('Cliniko \u2014 connected\nXero \u2014 connected', { x: 40, y: 100, size: 15 }),
  ])],
};

const { file, refs } = build({ name: 'Remit \u2014 iPad onboarding v4', lastModified: '2025-03-18T04:12:55Z', version: '5399120048', pages: [coverPage, flowPage, compPage, archivePage] });

const truth = {
  file: BASE + '.json', kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Remit, insurance-claims software for Australian physiotherapy clinics (iPad landscape 1194x834). Create-account, clinic details, a link-software screen (practice management and accounting groups, search), an authorise-Cliniko modal with consent, a linked screen with a match-rate meter, a claims dashboard with an unmatched-remittances prompt, Settings \u203a Integrations with live connections, a revoke confirm, a Cliniko guide, a CSV import fallback and a send-to-manager sheet. The first steps are wired with transitionNodeID and no prototype start is set.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.social-proof', 'funnel.prefill', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'Create account \u2192 clinic details \u2192 link software: 2 steps.',
    'funnel.cta-visible': '"Connect practice software" is the main button of the link screen; Integrations is a permanent sidebar entry.',
    'value.three-part': 'Link screen: claims built from every appointment, paid sooner (value); appointments, invoices and health-fund details read, remittances matched (data use); one main connect button.',
    'value.contextual-ctas': 'Claims dashboard: 14 unmatched insurer payments with "Connect accounting".',
    'value.progress-meter': 'Linked screen shows a match-rate meter "1 of 2 sources linked" that fills per source (plus a setup bar).',
    'privacy.data-scope': '"Shared from Cliniko to Remit: appointments, invoices, health-fund numbers. Nothing is written back."',
    'privacy.trust-language': '"Encrypted in transit and at rest. Never shared with third parties without your say-so."',
    'privacy.consent-action': 'Checkbox with consent wording and a Privacy Policy link before Continue to Cliniko.',
    'privacy.disconnect-anytime': '"You can revoke access any time from Settings \u203a Integrations."',
    'privacy.connection-guide': '"Connection guide: Cliniko, step by step" opens a help article.',
    'privacy.statistics': '"Protecting claims data for 900+ Australian clinics."',
    'privacy.support-contacts': 'Phone, email and live chat in the authorise modal; phone and email on the guide.',
    'platform.explain-redirect': '"Cliniko opens in a new tab. Sign in, tap Authorise, and you\u2019ll land back here."',
    'platform.grouped-categories': 'Practice management and Accounting headings over the software cards.',
    'platform.accurate-branding': 'Zanda (formerly Power Diary), MYOB Business, QuickBooks Online with logos.',
    'platform.search': '"Find your software" search field above the cards.',
    'platform.alternatives': '"Software not listed? Import a CSV export instead".',
    'platform.non-linear': '"Skip for now" and "Send to your practice manager".',
    'platform.multiple-connections': 'Linked screen: Cliniko Connected \u2713, Xero waiting to authorise, "+ Link another".',
    'connection.view-live': 'Integrations lists Cliniko and Xero with connected dates, last sync, currency and imported counts.',
    'connection.delete': '"Revoke access" with a confirm dialog.',
    'connection.refresh': '"Sync now" on the Cliniko connection.',
    'connection.syncing-indicator': 'Spinner and "Syncing\u2026" on Xero.',
    'funnel.greeting-email': 'No email frame.',
    'funnel.social-proof': 'The only testimonial is a hidden layer.',
    'funnel.prefill': 'Clinic details are typed before connecting; nothing is shown prefilled.',
    'privacy.powered-by': 'No "Powered by" mark.',
    'privacy.mutual-nda': 'No NDA offer.',
  },
  flow: { startFrameId: refs.su, connectFrameId: refs.link, stepsToConnect: 2, deadEnds: [] },
};
write(OUT, BASE, file, truth);

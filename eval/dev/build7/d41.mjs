// d41-import-duties-desktop: customs duties for US importers (1366x768), terse US copy.
// Connect prompt drawn as a chat bubble plus a top-nav entry; status as a sync timeline.
// The flow page has no prototype starting point: the sign-up frame is the start.
import { F, T, R, V, E, G, S, I, C, V_, H_, auto, reseed, image, finalize, write, WRITTEN_BY } from './lib.mjs';

reseed(41);
const OUT = new URL('..', import.meta.url).pathname;
const W = 1366; const H = 768; const TEAL = '#0F766E'; const INK = '#0B1220'; const MUTED = '#64748B'; const LINE = '#E2E8F0';

const btn = (label, x, y, w, p = {}) => F(label, x, y, w, 36, { fill: TEAL, r: 4, ...p }, [T(label, 0, 9, w, 18, { size: 13, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const btnG = (label, x, y, w, p = {}) => G(auto('Group'), x, y, w, 36, [V(auto('Vector'), 0, 0, w, 36, { fill: '#FFFFFF', stroke: '#CBD5E1' }), T(label, 0, 9, w, 18, { size: 13, align: 'CENTER' })], p);
const logo = (ref, x, y, s = 28) => R(auto('Rectangle'), x, y, s, s, { r: 4, fills: [image(ref)] });
const topnav = (p = {}) => F('Nav', 0, 0, W, 56, { fill: INK }, [
  V('Dutyline', 24, 18, 90, 20, { fill: '#5EEAD4' }),
  H_(auto('Frame'), 160, 0, 600, 56, { gap: 28, pad: 18 }, [
    T('Entries', 0, 0, 60, 20, { size: 14, color: '#FFFFFF' }), T('Duties', 0, 0, 60, 20, { size: 14, color: '#CBD5E1' }), T('Reports', 0, 0, 60, 20, { size: 14, color: '#CBD5E1' }),
    T('+ Link data', 0, 0, 90, 20, { size: 14, weight: 600, color: '#5EEAD4', ...p.link }),
  ]),
  E('Avatar', W - 56, 12, 32, 32, { fills: [image('aa77f0')], ...p.avatar }),
]);
const screen = (name, i, kids, p = {}) => F(name, (i % 4) * 1466, Math.floor(i / 4) * 868, W, H, { fill: '#F8FAFC', ...p }, kids);
const steps = (n) => H_('Steps', 0, 0, 600, 28, { gap: 10 }, [
  T(`${n}/3`, 0, 4, 30, 18, { size: 13, weight: 700, color: TEAL }),
  G('Bar', 0, 10, 300, 6, [R(auto('Rectangle'), 0, 0, 300, 6, { r: 3, fill: LINE }), R(auto('Rectangle'), 0, 0, n * 100, 6, { r: 3, fill: TEAL })]),
  T(['Choose', 'Authorize', 'Confirm'][n - 1], 0, 4, 120, 18, { size: 13, color: MUTED }),
]);

const components = [
  C('chat/launcher', 'launcher', 0, 0, 56, 56, { r: 28, fill: TEAL }, [V('Vector', 16, 16, 24, 24, { fill: '#FFFFFF' })]),
  C('check', 'check', 100, 0, 16, 16, { r: 3, fill: '#FFFFFF', stroke: '#94A3B8' }),
];

const signup = screen('Sign up', 0, [
  V_('Auto layout', 483, 150, 400, 440, { gap: 14 }, [
    V('Dutyline', 0, 0, 120, 26, { fill: TEAL }),
    T('Create account', 0, 0, 400, 30, { size: 24, weight: 700 }),
    ...['Work email', 'Company', 'Importer of record # (optional)', 'Password'].map((t) => F(auto('Frame'), 0, 0, 400, 40, { r: 4, stroke: '#CBD5E1' }, [T(t, 12, 11, 360, 18, { size: 13, color: '#94A3B8' })])),
    btn('Create account', 0, 0, 400, { tnid: 'home' }),
    T('Have an account? Sign in', 0, 0, 400, 18, { size: 13, color: MUTED, align: 'CENTER' }),
  ]),
], { key: 'signup' });

const home = screen('Home', 1, [
  topnav({ link: { go: { to: 'pick' } }, avatar: { go: { to: 'settings' } } }),
  V_('Auto layout', 32, 88, 1302, 640, { gap: 16 }, [
    H_(auto('Frame'), 0, 0, 1302, 36, { gap: 12 }, [T('Entries', 0, 0, 1000, 30, { size: 24, weight: 700 }), btnG('Import 7501 CSV', 0, 0, 150)]),
    V_('Table', 0, 0, 1302, 300, { gap: 1, fill: LINE, r: 6 }, [
      H_(auto('Frame'), 0, 0, 1302, 40, { gap: 0, pad: 12, fill: '#F1F5F9' }, ['Entry #', 'Port', 'HTS', 'Entered value', 'Duty', 'Status'].map((h) => T(h, 0, 0, 210, 16, { size: 12, weight: 600, color: MUTED }))),
      F(auto('Frame'), 0, 0, 1302, 120, {}, [T('No entries yet.', 560, 50, 200, 18, { size: 13, color: MUTED, go: { to: 'entry' } })]),
    ]),
  ]),
  V_('Chat bubble', 1006, 500, 320, 150, { fill: '#FFFFFF', r: 12, pad: 16, gap: 10, stroke: LINE }, [
    T('Dutyline assistant', 0, 0, 288, 16, { size: 11, weight: 600, color: MUTED }),
    T('Link your books + marketplace. Landed cost fills itself.', 0, 0, 288, 36, { size: 14 }),
    btn('Link accounts', 0, 0, 140, { go: { to: 'pick' } }),
  ]),
  I('chat/launcher', 'launcher', 1270, 680, 56, 56, { r: 28, fill: TEAL }, [V('Vector', 16, 16, 24, 24, { fill: '#FFFFFF' })]),
], { key: 'home' });

const card = (nm, ref, checked) => F(auto('Frame'), 0, 0, 300, 56, { r: 6, stroke: checked ? TEAL : LINE }, [
  logo(ref, 14, 14), T(nm, 54, 19, 200, 18, { size: 14, weight: 500 }),
  I('check', 'check', 270, 20, 16, 16, { r: 3, fill: checked ? TEAL : '#FFFFFF', stroke: '#94A3B8' }),
]);
const pick = screen('Link \u2014 choose', 2, [
  topnav(),
  V_('Auto layout', 183, 80, 1000, 660, { gap: 14 }, [
    steps(1),
    T('Link data', 0, 0, 1000, 30, { size: 24, weight: 700 }),
    T('Reads: bills, vendors, COGS accounts, orders. Writes: duty + broker fee journal entries.', 0, 0, 1000, 18, { size: 13, color: MUTED }),
    F('Search', 0, 0, 400, 36, { r: 4, stroke: '#CBD5E1' }, [V('Magnifier', 10, 10, 16, 16, { fill: MUTED }), T('Search', 34, 9, 200, 18, { size: 13, color: '#94A3B8' })]),
    T('Accounting', 0, 0, 300, 20, { size: 16, weight: 700 }),
    H_(auto('Frame'), 0, 0, 1000, 56, { gap: 12 }, [card('QuickBooks Online', 'q1', true), card('Oracle NetSuite', 'q2'), card('Sage Intacct', 'q3')]),
    T('Marketplaces', 0, 0, 300, 20, { size: 16, weight: 700 }),
    H_(auto('Frame'), 0, 0, 1000, 56, { gap: 12 }, [card('Amazon Seller Central', 'q4', true), card('Walmart Marketplace', 'q5'), card('eBay', 'q6')]),
    H_(auto('Frame'), 0, 0, 1000, 36, { gap: 16 }, [btn('Continue', 0, 0, 140, { go: { to: 'redirect' } }), T('Setup guide \u2197', 0, 9, 120, 18, { size: 13, color: TEAL, deco: 'UNDERLINE', go: { url: 'https://docs.dutyline.com/setup/linking' } })]),
  ]),
], { key: 'pick' });

const redirect = screen('Link \u2014 handoff', 3, [
  topnav(),
  V_('Auto layout', 433, 200, 500, 300, { gap: 14 }, [
    steps(2),
    T('Next: Intuit sign-in, then Amazon.', 0, 0, 500, 28, { size: 20, weight: 700 }),
    T('Approve access on each site. You return here after each.', 0, 0, 500, 18, { size: 14, color: MUTED }),
    btn('Go to Intuit', 0, 0, 160, { go: { to: 'intuit' } }),
  ]),
], { key: 'redirect' });

const intuit = screen('Intuit (external)', 4, [
  R(auto('Rectangle'), 0, 0, W, 60, { fill: '#236CFF' }),
  V_('Auto layout', 483, 160, 400, 300, { gap: 14, fill: '#FFFFFF', pad: 24, r: 8 }, [
    T('Connect Dutyline to QuickBooks', 0, 0, 352, 24, { size: 18, weight: 600 }),
    T('Company: Marco Trading LLC', 0, 0, 352, 18, { size: 13, color: MUTED }),
    F(auto('Frame'), 0, 0, 352, 40, { fill: '#2CA01C', r: 4, go: { to: 'amazon' } }, [T('Connect', 0, 10, 352, 20, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
], { key: 'intuit' });

const amazon = screen('Amazon (external)', 5, [
  R(auto('Rectangle'), 0, 0, W, 60, { fill: '#232F3E' }),
  V_('Auto layout', 483, 160, 400, 300, { gap: 14, fill: '#FFFFFF', pad: 24, r: 8 }, [
    T('Authorize Dutyline', 0, 0, 352, 24, { size: 18, weight: 600 }),
    T('Seller Central \u00b7 Marco Trading (US)', 0, 0, 352, 18, { size: 13, color: MUTED }),
    F(auto('Frame'), 0, 0, 352, 40, { fill: '#FF9900', r: 4, go: { to: 'profile' } }, [T('Confirm', 0, 10, 352, 20, { size: 14, weight: 600, align: 'CENTER' })]),
  ]),
], { key: 'amazon' });

const fld = (l, v) => H_(auto('Frame'), 0, 0, 700, 40, { gap: 16 }, [T(l, 0, 11, 180, 18, { size: 13, color: MUTED }), F(auto('Frame'), 0, 0, 500, 40, { r: 4, stroke: '#CBD5E1' }, [T(v, 12, 11, 470, 18, { size: 13 })])]);
const profile = screen('Link \u2014 confirm', 6, [
  topnav(),
  V_('Auto layout', 333, 80, 700, 640, { gap: 12 }, [
    steps(3),
    T('Confirm company', 0, 0, 700, 30, { size: 24, weight: 700 }),
    T('Pulled from QuickBooks Online.', 0, 0, 700, 18, { size: 13, color: TEAL }),
    fld('Legal name', 'Marco Trading LLC'), fld('EIN', '84-3920117'), fld('Address', '1200 Harbor Blvd, Long Beach, CA 90802'),
    fld('AP contact', 'Ana Ruiz \u00b7 ap@marcotrading.com'), fld('FY revenue', '$4.8M'),
    btn('Confirm', 0, 0, 140, { go: { to: 'conns' } }),
  ]),
], { key: 'profile' });

const ev = (time, text) => H_(auto('Frame'), 0, 0, 800, 36, { gap: 14 }, [E(auto('Ellipse'), 0, 6, 10, 10, { fill: TEAL }), T(time, 0, 0, 150, 18, { size: 12, color: MUTED }), T(text, 0, 0, 600, 18, { size: 13 })]);
const conns = screen('Linked data', 7, [
  topnav(),
  V_('Auto layout', 32, 88, 1000, 640, { gap: 14 }, [
    T('Linked data', 0, 0, 800, 30, { size: 24, weight: 700 }),
    H_(auto('Frame'), 0, 0, 1000, 64, { gap: 16 }, [
      F(auto('Frame'), 0, 0, 480, 64, { r: 6 }, [logo('q1', 14, 18), T('QuickBooks Online', 54, 12, 260, 18, { size: 14, weight: 600 }), T('Since Nov 21, 2026 9:02 AM', 54, 34, 260, 16, { size: 12, color: MUTED }), T('Disconnect', 380, 22, 90, 18, { size: 13, color: '#DC2626', go: { to: 'disc', nav: 'OVERLAY' } })]),
      F(auto('Frame'), 0, 0, 480, 64, { r: 6 }, [logo('q4', 14, 18), T('Amazon Seller Central', 54, 12, 260, 18, { size: 14, weight: 600 }), T('Since Nov 21, 2026 9:04 AM \u00b7 USD', 54, 34, 260, 16, { size: 12, color: MUTED }), T('Disconnect', 380, 22, 90, 18, { size: 13, color: '#DC2626', go: { to: 'disc', nav: 'OVERLAY' } })]),
    ]),
    T('Activity', 0, 0, 800, 20, { size: 16, weight: 700 }),
    V_('Timeline', 0, 0, 800, 240, { gap: 8 }, [
      ev('Today 9:12 AM', 'QuickBooks Online \u2014 48 bills, 12 vendors pulled'),
      ev('Today 9:06 AM', 'Amazon Seller Central \u2014 1,904 orders pulled'),
      ev('Nov 21 9:05 AM', 'Duty entries posted to COGS \u2192 QuickBooks Online'),
      ev('Nov 21 9:04 AM', 'First sync, Amazon Seller Central'),
      ev('Nov 21 9:02 AM', 'First sync, QuickBooks Online'),
    ]),
    btn('Go to entries', 0, 0, 140, { go: { to: 'home' } }),
  ]),
], { key: 'conns' });

const disc = F('Disconnect?', 3 * 1466, 1736, W, H, { fill: '#0B122080', key: 'disc' }, [
  V_('Dialog', 483, 260, 400, 180, { fill: '#FFFFFF', r: 8, pad: 20, gap: 12 }, [
    T('Disconnect QuickBooks Online?', 0, 0, 360, 22, { size: 17, weight: 700 }),
    T('Access revoked. No new bills.', 0, 0, 360, 18, { size: 13, color: MUTED }),
    H_(auto('Frame'), 0, 0, 360, 36, { gap: 12 }, [btnG('Cancel', 0, 0, 120, { go: { close: true } }), btn('Disconnect', 0, 0, 120, { fill: '#DC2626', go: { to: 'conns' } })]),
  ]),
]);

const entry = screen('Entry detail', 9, [
  topnav(),
  V_('Auto layout', 32, 88, 800, 400, { gap: 10 }, [
    T('Entry 231-4471902-6', 0, 0, 800, 30, { size: 24, weight: 700 }),
    T('Port 2704 Los Angeles \u00b7 HTS 8517.62.0090\nEntered value $38,200.00 \u00b7 Duty $1,284.10 \u00b7 MPF $132.22', 0, 0, 800, 40, { size: 14 }),
    T('Remove entry', 0, 0, 200, 18, { size: 13, color: '#DC2626' }),
    T('\u2190 Back', 0, 0, 100, 18, { size: 13, color: TEAL, go: { back: true } }),
  ]),
], { key: 'entry' });

const settings = screen('Settings', 10, [
  topnav(),
  V_('Auto layout', 32, 88, 800, 400, { gap: 12 }, [
    T('Settings', 0, 0, 800, 30, { size: 24, weight: 700 }),
    T('Org: Marco Trading LLC\nCustoms broker: Pacific Gateway Brokerage\nBond: continuous, #0937-22', 0, 0, 800, 60, { size: 14 }),
    T('Delete org', 0, 0, 200, 18, { size: 13, color: '#DC2626' }),
    T('Linked data \u2192', 0, 0, 200, 18, { size: 13, color: TEAL, go: { to: 'conns' } }),
  ]),
], { key: 'settings' });

const email = F('Email / welcome', 0, 0, 600, 620, {}, [
  V_('Auto layout', 40, 40, 520, 540, { gap: 14 }, [
    V('Dutyline', 0, 0, 120, 26, { fill: TEAL }),
    T('Welcome, Marco.', 0, 0, 520, 28, { size: 22, weight: 700 }),
    T('1. Add an entry\n2. Link QuickBooks Online + Amazon Seller Central\n3. See landed cost per SKU', 0, 0, 520, 66, { size: 15 }),
    btn('Link accounts', 0, 0, 160),
    T('\u2014 Dutyline', 0, 0, 520, 18, { size: 13, color: MUTED }),
  ]),
]);

const flow = [
  S('App', 0, 0, 4 * 1466, 3 * 868, [signup, home, pick, redirect, intuit, amazon, profile, conns, disc, entry, settings]),
  S('Email', 0, 2800, 700, 720, [email]),
];
const cover = [F('Cover', 0, 0, 1440, 960, { fill: INK }, [T('Dutyline \u2014 onboarding', 100, 420, 1200, 64, { size: 56, weight: 700, color: '#FFFFFF' })])];
const arch = [F('Home v0', 0, 0, W, H, {}, [T('Entries', 32, 88, 400, 30, { size: 24, weight: 700 })])];

const built = finalize({ name: 'Dutyline onboarding', lastModified: '2026-11-23T19:31:50Z', version: '4431188020' }, [
  { name: 'Cover', prefix: 0, first: 2, children: cover },
  { name: 'Onboarding', prefix: 23, children: flow },
  { name: 'Components', prefix: 45, children: components },
  { name: 'Archive', prefix: 70, children: arch },
]);
const id = built.res;
write(OUT, 'd41-import-duties-desktop', built, {
  file: 'd41-import-duties-desktop.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Customs-duty app for US importers (1366x768), terse copy. No prototype starting point is set; the sign-up frame starts. Home shows a "+ Link data" nav entry and an assistant chat bubble; a three-step linking flow (choose with search and category headings, handoff explainer, mocked Intuit and Amazon approvals, prefilled company confirmation) ends on a linked-data page with a sync timeline and disconnect dialog. Welcome email frame with a numbered list.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.progress-meter', 'privacy.data-scope', 'privacy.connection-guide',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'connection.view-live', 'connection.delete'],
  absent: ['funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.alternatives', 'platform.non-linear', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Sign up → Home (nav "+ Link data" and chat bubble "Link accounts"): 1 step.',
    'value.three-part': 'Bubble gives a one-line benefit and the picker a data line, but no single decision point carries value, data use and one main CTA.',
    'platform.alternatives': '"Import 7501 CSV" imports customs entries; nothing helps a user whose software is missing.',
    'privacy.trust-language': 'No reassurance wording anywhere near linking.',
    'connection.refresh': 'Timeline shows past syncs; no sync-now control.',
    'platform.multiple-connections': 'Left unlabelled: two platforms can be ticked at once, but there is no add-another or pending status.',
  },
  flow: { startFrameId: id('signup'), connectFrameId: id('home'), stepsToConnect: 1, deadEnds: [] },
});

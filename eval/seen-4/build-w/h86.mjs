// h86-chiropractor-billing-desktop: billing for chiropractic clinics, 1280x800, US.
// Integrations live under Settings (settings-first).
import { T, F, N, I, R, V, go, back, close, url, hover, image, buildFile, save, countNodes, WRITTEN_BY } from './lib.mjs';
import { fr, rc, btnI, btnF, btnG, link, field, checkbox, search, logoImg, logoVec, hr, badge } from './kit.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 1280;
const H = 800;
const BLUE = '#1E5EFF';

const screen = (name, key, x, y, children, o = {}) => F(name, { key, x, y, w: o.w ?? W, h: o.h ?? H, fill: o.fill ?? '#F7F8FA', clipsContent: true, radius: o.radius }, children);

function sidebar(active) {
  const items = ['Home', 'Claims', 'Patient statements', 'Payments', 'Reports', 'Settings'];
  return F('Sidebar', { x: 0, y: 0, w: 232, h: H, fill: '#0F1B3D', layout: 'V', pad: [24, 16, 24, 16], gap: 6 }, [
    F(fr(), { layout: 'H', gap: 10, pad: [0, 8, 18, 8] }, [logoVec('#5EEAD4', 26), T('Alignbill', { size: 18, weight: 700, color: '#FFFFFF' })]),
    ...items.map((it) =>
      F(fr(), { layout: 'H', pad: [9, 12, 9, 12], w: 200, radius: 6, fill: it === active ? '#1F2F5C' : undefined, interactions: it === 'Settings' && active !== 'Settings' ? [go('@settings')] : it === 'Home' && active !== 'Home' ? [go('@dash')] : undefined }, [
        T(it, { size: 14, weight: it === active ? 600 : 400, color: it === active ? '#FFFFFF' : '#AEB8D6' }),
      ]),
    ),
    F(fr(), { layout: 'V', gap: 4, pad: [260, 8, 0, 8] }, [
      T('Need a hand?', { size: 12, weight: 600, color: '#FFFFFF' }),
      T('(888) 555-0142\nbilling-help@alignbill.com', { size: 12, color: '#AEB8D6' }),
      link('Chat with support', { size: 12, color: '#5EEAD4' }),
    ]),
  ]);
}

function topbar(title) {
  return F('Top bar', { x: 232, y: 0, w: W - 232, h: 64, fill: '#FFFFFF', stroke: '#E5E7EB', layout: 'H', pad: [0, 32, 0, 32], justify: 'SPACE_BETWEEN' }, [
    T(title, { size: 20, weight: 600 }),
    F(fr(), { layout: 'H', gap: 12 }, [T('Spine & Stride', { size: 13, color: '#6B7280' }), R('Avatar', { w: 32, h: 32, radius: 16, fill: image('7f3c1a0e9b2d44c1') })]),
  ]);
}

function platformCard(name, sub, ref, act) {
  return F(fr(), { layout: 'V', gap: 10, pad: 16, w: 232, radius: 10, fill: '#FFFFFF', stroke: '#E3E6EC' }, [
    F(fr(), { layout: 'H', gap: 10 }, [logoImg(ref, 36), F(fr(), { layout: 'V', gap: 2 }, [T(name, { size: 14, weight: 600, w: 160 }), T(sub, { size: 12, color: '#6B7280' })])]),
    btnF('Connect', { fill: '#FFFFFF', stroke: '#C9D2E3', color: BLUE, w: 200, py: 7, size: 13, interactions: act }),
  ]);
}

// ---------- Components page ----------
const components = [
  N('COMPONENT_SET', 'Btn', { key: 'btnset', x: 0, y: 0, layout: 'V', pad: 20, gap: 16, stroke: '#9747FF' }, [
    N('COMPONENT', 'Property 1=Default', { key: 'btn', layout: 'H', pad: [10, 20, 10, 20], fill: BLUE, radius: 8, interactions: [hover('@btnhover')] }, [T('Button', { size: 15, weight: 600, color: '#FFFFFF' })]),
    N('COMPONENT', 'Property 1=Hover', { key: 'btnhover', layout: 'H', pad: [10, 20, 10, 20], fill: '#1747C8', radius: 8 }, [T('Button', { size: 15, weight: 600, color: '#FFFFFF' })]),
  ]),
  N('COMPONENT_SET', 'Checkbox', { key: 'cbset', x: 200, y: 0, layout: 'H', pad: 20, gap: 16, stroke: '#9747FF' }, [
    N('COMPONENT', 'Property 1=Unchecked', { key: 'cb', w: 20, h: 20 }, [R(rc(), { x: 0, y: 0, w: 20, h: 20, stroke: '#6B7280', radius: 4 })]),
    N('COMPONENT', 'Property 1=Checked', { key: 'cbon', w: 20, h: 20 }, [R(rc(), { x: 0, y: 0, w: 20, h: 20, fill: BLUE, radius: 4 }), V('Vector', { x: 4, y: 5, w: 12, h: 9, stroke: '#FFFFFF', strokeWeight: 2 })]),
  ]),
  N('COMPONENT', 'Comp / Status pill', { key: 'pill', x: 400, y: 0, layout: 'H', pad: [3, 10, 3, 10], radius: 12, fill: '#DCFCE7' }, [T('Label', { size: 12, weight: 600, color: '#166534' })]),
];

// ---------- Flow page ----------
const signup = screen('Sign up', 'su', 0, 0, [
  F('Left', { x: 0, y: 0, w: 560, h: H, fill: '#0F1B3D', layout: 'V', pad: [72, 56, 56, 56], gap: 28 }, [
    F(fr(), { layout: 'H', gap: 10 }, [logoVec('#5EEAD4', 30), T('Alignbill', { size: 22, weight: 700, color: '#FFFFFF' })]),
    T('Claims, statements and payments for chiropractic practices — in one place.', { size: 28, weight: 700, color: '#FFFFFF', w: 440 }),
    F('Quote card', { layout: 'V', gap: 14, pad: 24, w: 448, radius: 12, fill: '#1F2F5C' }, [
      T('★★★★★', { size: 16, color: '#FBBF24' }),
      T('“Our denials dropped by a third in the first quarter, and month-end takes an afternoon instead of a week.”', { size: 16, color: '#FFFFFF', w: 400 }),
      F(fr(), { layout: 'H', gap: 10 }, [R(rc(), { w: 40, h: 40, radius: 20, fill: image('c1a9d0b2e7f84a53') }), T('Dr. Maya Ortiz, DC\nOwner, Spine & Stride Chiropractic, Austin TX', { size: 13, color: '#AEB8D6' })]),
    ]),
  ]),
  F(fr(), { x: 640, y: 96, layout: 'V', gap: 18, w: 400 }, [
    T('Create your clinic account', { size: 26, weight: 700 }),
    T('Free for 14 days. No card required.', { size: 14, color: '#6B7280' }),
    field('Work email', 'you@yourclinic.com', { placeholder: true, w: 400 }),
    field('Password', '••••••••••', { w: 400 }),
    btnI('Create account', '@btn', { w: 400, interactions: [go('@cp')] }),
    F(fr(), { layout: 'H', gap: 4 }, [T('By signing up you accept our', { size: 12, color: '#6B7280' }), link('Terms of Service', { size: 12, interactions: [go('@terms')] })]),
    T('Already have an account? Log in', { size: 13, color: '#4B5563' }),
    T('Questions before you start? Call (888) 555-0142 or email sales@alignbill.com', { size: 12, color: '#6B7280', w: 400 }),
  ]),
]);

const terms = screen('Terms', 'terms', 1400, 0, [
  F(fr(), { x: 240, y: 48, w: 800, layout: 'V', gap: 16 }, [
    T('Terms of Service', { size: 28, weight: 700 }),
    T('Last updated September 2, 2026', { size: 13, color: '#6B7280' }),
    T('1. Acceptance. By creating an account you agree to these terms on behalf of your practice.\n2. HIPAA. Alignbill acts as a business associate; a BAA is incorporated by reference.\n3. Fees. Subscription fees are billed monthly in advance.\n4. Termination. Either party may terminate with 30 days written notice.\n5. Limitation of liability. To the maximum extent permitted by law…', { size: 14, w: 800, color: '#374151' }),
  ]),
]);

const profile = screen('Clinic profile', 'cp', 0, 1000, [
  F(fr(), { x: 390, y: 64, w: 500, layout: 'V', gap: 20, pad: 40, fill: '#FFFFFF', radius: 14, stroke: '#E5E7EB' }, [
    T('Tell us about your practice', { size: 24, weight: 700 }),
    field('Practice name', 'Spine & Stride Chiropractic', { w: 420 }),
    field('Number of providers', '3', { w: 420 }),
    field('Primary specialty', 'Chiropractic — general', { w: 420 }),
    field('Group NPI', '1234567893', { w: 420 }),
    btnF('Continue', { fill: BLUE, w: 420, interactions: [go('@dash')] }),
  ]),
]);

const kpi = (label, value) => F(fr(), { layout: 'V', gap: 6, pad: 20, w: 300, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB' }, [T(label, { size: 13, color: '#6B7280' }), T(value, { size: 26, weight: 700 })]);
const dash = screen('Home', 'dash', 1400, 1000, [
  sidebar('Home'),
  topbar('Good morning, Dr. Ortiz'),
  F(fr(), { x: 264, y: 96, layout: 'V', gap: 24 }, [
    F(fr(), { layout: 'H', gap: 20 }, [kpi('Open claims', '0'), kpi('A/R over 60 days', '$0.00'), kpi('Collected this month', '$0.00')]),
    F('Chart', { layout: 'V', gap: 12, pad: 24, w: 940, h: 300, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB' }, [
      T('Payments by payer', { size: 18, weight: 600 }),
      T('Nothing here yet. Submit your first claim batch and payer trends will show up here.', { size: 14, color: '#6B7280' }),
      btnF('New claim batch', { fill: BLUE }),
    ]),
    F(fr(), { layout: 'H', gap: 8, pad: 16, w: 940, radius: 10, fill: '#EEF2FF' }, [
      V('Vector', { w: 16, h: 16, fill: BLUE }),
      T('Claims are submitted electronically through the PayerConnect clearinghouse. Enrollment takes 3–5 business days.', { size: 13, color: '#3730A3' }),
    ]),
  ]),
  F(fr(), { x: 1040, y: 80, w: 220, layout: 'V', gap: 6, pad: 12, radius: 8, fill: '#FFFFFF', stroke: '#E5E7EB' }, [
    T('New: claims board', { size: 13, weight: 600 }),
    link('Take the 1-minute tour', { size: 12, interactions: [go('@tour', 'OVERLAY')] }),
  ]),
]);

const tour = screen('Tour / 1', 'tour', 2800, 1000, [
  R(rc(), { x: 0, y: 0, w: 640, h: 300, fill: image('0d4e2f8a61b3c975') }),
  F(fr(), { x: 40, y: 324, w: 560, layout: 'V', gap: 12 }, [
    T('Meet the claims board', { size: 22, weight: 700 }),
    T('Drag claims between columns to track them from draft to paid. Denials surface at the top with the reason code.', { size: 14, color: '#4B5563', w: 560 }),
    F(fr(), { layout: 'H', gap: 16, justify: 'SPACE_BETWEEN', w: 560 }, [
      T('Skip tour', { size: 14, color: '#6B7280', interactions: [go('@dash')] }),
      F(fr(), { layout: 'H', gap: 8 }, [T('1 / 3', { size: 13, color: '#9CA3AF' }), btnF('Next', { fill: BLUE, py: 8 })]),
    ]),
  ]),
], { w: 640, h: 480, fill: '#FFFFFF', radius: 16 });

const tab = (label, active, to) => F(fr(), { layout: 'V', pad: [0, 0, 10, 0], gap: 10, interactions: to ? [go(to)] : undefined }, [T(label, { size: 14, weight: active ? 600 : 400, color: active ? BLUE : '#4B5563' }), active ? R('Underline', { w: label.length * 7, h: 2, fill: BLUE }) : null]);
const tabs = (active) => F('Tabs', { layout: 'H', gap: 28 }, [
  tab('General', active === 'General', active === 'General' ? null : '@settings'),
  tab('Team', false),
  tab('Plan & billing', false),
  tab('Integrations', active === 'Integrations', active === 'Integrations' ? null : '@integ'),
  tab('Notifications', false),
]);

const settings = screen('Settings – General', 'settings', 0, 2000, [
  sidebar('Settings'),
  topbar('Settings'),
  F(fr(), { x: 264, y: 88, layout: 'V', gap: 24 }, [
    tabs('General'),
    F(fr(), { layout: 'V', gap: 16, pad: 24, w: 760, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB' }, [
      T('Practice details', { size: 16, weight: 600 }),
      F(fr(), { layout: 'H', gap: 16 }, [field('Practice name', 'Spine & Stride Chiropractic', { w: 340 }), field('Time zone', 'Central Time (US & Canada)', { w: 340 })]),
    ]),
    F(fr(), { layout: 'V', gap: 10, pad: 24, w: 760, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB' }, [
      T('Your plan', { size: 16, weight: 600 }),
      T('Growth — $149/month per location. Billed monthly, cancel anytime.', { size: 14, color: '#374151' }),
    ]),
    F('Danger zone', { layout: 'H', gap: 16, pad: 24, w: 760, radius: 10, fill: '#FFFFFF', stroke: '#FCA5A5', justify: 'SPACE_BETWEEN' }, [
      T('Permanently remove this practice and all of its claims history.', { size: 14, color: '#374151', w: 480 }),
      btnF('Delete account', { fill: '#DC2626' }),
    ]),
  ]),
]);

const pmCards = [
  ['ChiroTouch Cloud', 'Practice management', 'a11c0ffee0000001'],
  ['Jane App', 'Practice management', 'a11c0ffee0000002'],
  ['ChiroFusion', 'Practice management', 'a11c0ffee0000003'],
  ['Genesis Chiropractic Software', 'Practice management', 'a11c0ffee0000004'],
];
const acctCards = [
  ['QuickBooks Online', 'Accounting', 'a11c0ffee0000005'],
  ['QuickBooks Desktop', 'Accounting', 'a11c0ffee0000006'],
  ['Xero', 'Accounting', 'a11c0ffee0000007'],
  ['Sage Business Cloud Accounting', 'Accounting', 'a11c0ffee0000008'],
];
const integ = screen('Settings – Integrations', 'integ', 1400, 2000, [
  sidebar('Settings'),
  topbar('Settings'),
  F(fr(), { x: 264, y: 88, layout: 'V', gap: 20 }, [
    tabs('Integrations'),
    F('Auto layout', { layout: 'H', gap: 24, w: 980, justify: 'SPACE_BETWEEN', align: 'MIN' }, [
      F(fr(), { layout: 'V', gap: 8, w: 640 }, [
        T('Reconcile every payer deposit automatically', { size: 20, weight: 700 }),
        T('Hook up your practice-management system and your books, and Alignbill matches each insurance payment to the visits it pays for — no more spreadsheets at month end. We read appointments, charges and ERA remits from your PM system (read-only) and post one summarised deposit entry per day into your accounting file. Start by choosing your software below.', { size: 14, color: '#4B5563', w: 640 }),
      ]),
      search('Find your software', 300, { radius: 8 }),
    ]),
    F(fr(), { layout: 'V', gap: 12 }, [
      T('Practice management', { size: 18, weight: 600 }),
      F(fr(), { layout: 'H', gap: 16 }, pmCards.map(([n, s, r], i) => platformCard(n, s, r, i === 0 ? [go('@auth', 'OVERLAY')] : undefined))),
    ]),
    F(fr(), { layout: 'V', gap: 12 }, [
      T('Accounting', { size: 18, weight: 600 }),
      F(fr(), { layout: 'H', gap: 16 }, acctCards.map(([n, s, r]) => platformCard(n, s, r))),
    ]),
    F(fr(), { layout: 'H', gap: 24 }, [
      F(fr(), { layout: 'H', gap: 4 }, [T('Don’t see your system?', { size: 13, color: '#4B5563' }), link('Upload a CSV export instead', { size: 13, interactions: [go('@upload')] })]),
      F(fr(), { layout: 'H', gap: 4 }, [T('Your office manager runs the books?', { size: 13, color: '#4B5563' }), link('Send them this step', { size: 13, interactions: [go('@invite', 'OVERLAY')] })]),
    ]),
    T('You can disconnect whenever you like from this page.', { size: 12, color: '#6B7280', visible: false }),
    F(fr(), { layout: 'H', gap: 6 }, [T('Integrations\u200b powered by', { size: 11, color: '#9CA3AF' }), logoImg('c0da7c0da7c0da70', 14, 'codat-logo'), T('Codat', { size: 11, weight: 600, color: '#6B7280' })]),
  ]),
]);

const auth = screen('Modal – authorize', 'auth', 2800, 2000, [
  F(fr(), { x: 0, y: 0, w: 560, layout: 'V', gap: 16, pad: 32 }, [
    F(fr(), { layout: 'H', gap: 12 }, [logoImg('a11c0ffee0000001', 40), T('Connect ChiroTouch Cloud', { size: 20, weight: 700 })]),
    T('Next, we’ll open ChiroTouch in a new window. Sign in with your ChiroTouch admin login and approve Alignbill’s access — you’ll come straight back here when it’s done.', { size: 14, color: '#374151', w: 496 }),
    F(fr(), { layout: 'V', gap: 8, pad: 16, radius: 8, fill: '#F1F5F9', w: 496 }, [
      T('🔒 The connection is encrypted end to end (TLS 1.2+, AES-256 at rest).', { size: 13, w: 460 }),
      T('We never sell your data or share patient records with third parties without your written consent.', { size: 13, w: 460 }),
    ]),
    checkbox('@cb', [T('I agree to the', { size: 13 }), link('Data Processing Addendum', { size: 13 })]),
    F(fr(), { layout: 'H', gap: 12, justify: 'MAX', w: 496 }, [
      btnF('Cancel', { fill: '#FFFFFF', stroke: '#D1D5DB', color: '#374151', interactions: [close()] }),
      btnI('Continue to\u00a0ChiroTouch', '@btn', { interactions: [go('@integ2')] }),
    ]),
    hr(496),
    F(fr(), { layout: 'H', gap: 16 }, [
      link('Step-by-step: linking ChiroTouch to Alignbill', { size: 12, interactions: [url('https://help.alignbill.com/integrations/chirotouch')] }),
      T('Stuck? (888) 555-0142 · support@alignbill.com', { size: 12, color: '#6B7280' }),
    ]),
  ]),
], { w: 560, h: 520, fill: '#FFFFFF', radius: 14 });

const connRow = (name, ref, status, meta, act) => F(fr(), { layout: 'H', gap: 16, pad: 16, w: 940, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB', justify: 'SPACE_BETWEEN' }, [
  F(fr(), { layout: 'H', gap: 12 }, [logoImg(ref, 36), F(fr(), { layout: 'V', gap: 2 }, [T(name, { size: 15, weight: 600 }), T(meta, { size: 12, color: '#6B7280' })])]),
  F(fr(), { layout: 'H', gap: 12 }, [status, act]),
]);
const integ2 = screen('Settings – Integrations (connected)', 'integ2', 0, 3000, [
  sidebar('Settings'),
  topbar('Settings'),
  F(fr(), { x: 264, y: 88, layout: 'V', gap: 16 }, [
    tabs('Integrations'),
    T('Your connected software', { size: 20, weight: 700 }),
    connRow('ChiroTouch Cloud', 'a11c0ffee0000001', I('Comp / Status pill', '@pill', { layout: 'H', pad: [3, 10, 3, 10], radius: 12, fill: '#DCFCE7' }, [T('Connected ✓', { size: 12, weight: 600, color: '#166534' })]), 'Last synced Nov 26, 2026, 2:04 AM CT', btnF('Manage', { fill: '#FFFFFF', stroke: '#D1D5DB', color: '#374151', py: 7, interactions: [go('@manage')] })),
    connRow('QuickBooks Online', 'a11c0ffee0000005', badge('Waiting for approval', '#FEF3C7', '#92400E'), 'Finish signing in to QuickBooks to start syncing', link('Resume', { size: 13 })),
    btnG('+ Add another accounting file', { w: 260, h: 40, fill: '#EEF2FF', color: BLUE, interactions: [go('@integ')] }),
    F(fr(), { layout: 'H', gap: 16, pad: 16, w: 940, radius: 10, fill: '#ECFDF5' }, [
      T('We filled in your billing profile from QuickBooks Online. Give it a quick look.', { size: 14, color: '#065F46', w: 640 }),
      btnF('Review billing profile', { fill: '#047857', py: 8, interactions: [go('@prefill')] }),
    ]),
  ]),
]);

const manage = screen('Integration detail', 'manage', 1400, 3000, [
  sidebar('Settings'),
  topbar('ChiroTouch Cloud'),
  F(fr(), { x: 264, y: 88, layout: 'V', gap: 18, w: 940 }, [
    link('← Integrations', { size: 13, underline: false, interactions: [back()] }),
    F(fr(), { layout: 'H', gap: 40, pad: 20, w: 940, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB' }, [
      F(fr(), { layout: 'V', gap: 4 }, [T('Connected on', { size: 12, color: '#6B7280' }), T('Oct 3, 2026 · 9:14 AM', { size: 14, weight: 600 })]),
      F(fr(), { layout: 'V', gap: 4 }, [T('Most recent sync', { size: 12, color: '#6B7280' }), T('Nov 26, 2026 · 2:04 AM', { size: 14, weight: 600 })]),
      F(fr(), { layout: 'V', gap: 4 }, [T('Data we read', { size: 12, color: '#6B7280' }), T('Appointments, charges, ERA remits', { size: 14, weight: 600 })]),
      F(fr(), { layout: 'V', gap: 4 }, [T('Location', { size: 12, color: '#6B7280' }), T('Austin – North Lamar', { size: 14, weight: 600 })]),
    ]),
    T('Sync history', { size: 16, weight: 600 }),
    F('Table', { layout: 'V', w: 940, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB' }, [
      ['Nov 26, 2026 2:04 AM', 'Completed', '184 records'],
      ['Nov 25, 2026 2:03 AM', 'Completed', '171 records'],
      ['Nov 24, 2026 2:05 AM', 'Completed with 2 warnings', '166 records'],
    ].map((r) => F(fr(), { layout: 'H', pad: [12, 16, 12, 16], gap: 0, w: 940 }, r.map((c) => T(c, { size: 13, w: 300 }))))),
    T('Alignbill syncs automatically every night at 2:00 AM Central.', { size: 13, color: '#6B7280' }),
    F(fr(), { layout: 'H', gap: 16, pad: 20, w: 940, radius: 10, fill: '#FFFFFF', stroke: '#FCA5A5', justify: 'SPACE_BETWEEN' }, [
      T('Disconnecting stops all syncing and removes Alignbill’s access token from ChiroTouch.', { size: 13, color: '#374151', w: 600 }),
      btnF('Disconnect ChiroTouch', { fill: '#FFFFFF', stroke: '#DC2626', color: '#DC2626' }),
    ]),
  ]),
]);

const prefill = screen('Billing profile', 'prefill', 2800, 3000, [
  sidebar('Settings'),
  topbar('Billing profile'),
  F(fr(), { x: 264, y: 88, layout: 'V', gap: 16, pad: 28, w: 760, radius: 10, fill: '#FFFFFF', stroke: '#E5E7EB' }, [
    T('Check the details we pulled in', { size: 20, weight: 700 }),
    field('Legal business name', 'Spine & Stride Chiropractic PLLC', { w: 700, tag: 'From QuickBooks Online' }),
    field('EIN', '84-2913375', { w: 700, tag: 'From QuickBooks Online' }),
    field('Billing address', '2210 N Lamar Blvd, Austin, TX 78705', { w: 700, tag: 'From QuickBooks Online' }),
    field('Billing contact', 'Renee Walsh · renee@spineandstride.com', { w: 700, tag: 'From QuickBooks Online' }),
    btnF('Save profile', { fill: BLUE, interactions: [go('@integ2')] }),
  ]),
]);

const upload = screen('Upload CSV', 'upload', 0, 4000, [
  sidebar('Settings'),
  topbar('Import deposits'),
  F(fr(), { x: 264, y: 88, layout: 'V', gap: 16, w: 760 }, [
    T('Import from a file', { size: 20, weight: 700 }),
    T('Export a deposit or payment report from your PM system as CSV and drop it here. We’ll match columns on the next screen.', { size: 14, color: '#4B5563', w: 760 }),
    F('Dropzone', { layout: 'V', align: 'CENTER', justify: 'CENTER', gap: 8, w: 760, h: 240, radius: 12, stroke: '#94A3B8', fill: '#F8FAFC' }, [V('Vector', { w: 32, h: 32, fill: '#94A3B8' }), T('Drag a .csv here or browse', { size: 14, color: '#475569' })]),
    btnF('Back to integrations', { fill: '#FFFFFF', stroke: '#D1D5DB', color: '#374151', interactions: [go('@integ')] }),
  ]),
]);

const invite = screen('Invite – overlay', 'invite', 1400, 4000, [
  F(fr(), { x: 0, y: 0, w: 480, layout: 'V', gap: 14, pad: 28 }, [
    T('Hand this step to a teammate', { size: 18, weight: 700 }),
    T('We’ll email them a secure link that opens this Integrations page. Your progress is saved.', { size: 13, color: '#4B5563', w: 424 }),
    field('Their email', 'office@spineandstride.com', { w: 424 }),
    btnF('Send link', { fill: BLUE, w: 424, interactions: [close()] }),
  ]),
], { w: 480, h: 300, fill: '#FFFFFF', radius: 14 });

const section = N('SECTION', 'Onboarding v3 — ready for dev', { x: -100, y: -100, fill: '#F5F5F5' }, [signup, terms, profile, dash, tour]);
const section2 = N('SECTION', 'Settings › Integrations', { x: -100, y: 1900, fill: '#F5F5F5' }, [settings, integ, auth, integ2, manage, prefill, upload, invite].map((s) => {
  s.y -= 2000;
  return s;
}));
// section coordinates are relative; the first section starts at (-100,-100) so shift its frames
for (const s of section.children) {
  s.x += 100;
  s.y += 100;
}
for (const s of section2.children) s.x += 100;

const cover = F('Cover', { x: 0, y: 0, w: 1920, h: 960, fill: '#0F1B3D' }, [
  T('Alignbill — Integrations onboarding', { x: 120, y: 360, size: 64, weight: 700, color: '#FFFFFF', w: 1400 }),
  T('Status: in dev review · Owner: Product design · Nov 2026', { x: 120, y: 470, size: 24, color: '#AEB8D6', w: 1200 }),
]);

const archive = [
  F('Integrations (v1, dropped)', { x: 0, y: 0, w: W, h: H, fill: '#F7F8FA' }, [
    T('Accounting sync', { x: 264, y: 96, size: 22, weight: 700 }),
    T('Coming soon. We’re building this with a few pilot clinics.', { x: 264, y: 136, size: 14, color: '#6B7280' }),
  ]),
  F('Frame 88', { x: 1400, y: 0, w: W, h: H, fill: '#FFFFFF' }, [T('Old sign-up illustration', { x: 40, y: 40, size: 14 }), R(rc(), { x: 40, y: 80, w: 600, h: 400, fill: image('9e2b61f0c4d3a8e7') })]),
];

const { doc } = buildFile({
  name: 'Alignbill – Clinic onboarding + integrations',
  lastModified: '2026-11-24T16:41:09Z',
  version: '4418829301',
  pages: [
    { name: 'Cover', base: 1, children: [cover] },
    { name: '🧩 Components', base: 3, children: components },
    { name: '➡️ Flow', base: 12, children: [section, section2], flowStarts: [{ key: 'su', name: 'Clinic sign-up' }], device: { type: 'PRESET', size: { width: W, height: H }, presetIdentifier: 'DESKTOP', rotation: 'NONE' } },
    { name: 'Archive', base: 240, children: archive },
  ],
});

const ids = (name) => {
  const flow = doc.document.children[2];
  const all = flow.children.flatMap((s) => s.children);
  return all.find((f) => f.name === name).id;
};

const truth = {
  file: 'h86-chiropractor-billing-desktop.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Desktop (1280x800) billing app for US chiropractic clinics. Sign-up with a clinic testimonial, clinic profile, home dashboard, then Settings › Integrations where practice-management systems and accounting software are linked; authorisation modal, connected list, connection detail, prefilled billing profile, CSV fallback and teammate hand-off.',
  present: [
    'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action',
    'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories',
    'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.mutual-nda', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.three-actions': 'Sign up → clinic profile → home → Settings → Integrations tab: four clicks before any connect prompt.',
    'funnel.cta-visible': 'Connecting is only reachable as a tab inside Settings; the sidebar and home dashboard never offer it.',
    'funnel.social-proof': 'Sign-up panel carries a five-star quote from a named clinic owner.',
    'funnel.prefill': 'Billing profile fields are tagged "From QuickBooks Online" after connecting.',
    'value.three-part': 'Integrations header: benefit (deposits reconcile automatically), data use (appointments, charges, remits read; daily deposit posted), next step (choose your software).',
    'value.contextual-ctas': 'The empty "Payments by payer" chart points to submitting claims, not to connecting.',
    'value.faq-link': 'No FAQ or learn-more link near the value message; the only help link is a how-to guide inside the modal.',
    'privacy.disconnect-anytime': 'The "disconnect whenever you like" line is a hidden layer; nothing visible says it.',
    'privacy.connection-guide': '"Step-by-step: linking ChiroTouch to Alignbill" help-centre link in the authorise modal.',
    'privacy.support-contacts': 'Phone, email and chat on sign-up, in the sidebar and in the modal.',
    'privacy.powered-by': '"Integrations powered by Codat" with logo under the platform lists.',
    'privacy.statistics': 'No figures about customers or encryption adoption.',
    'platform.accurate-branding': 'Full names: ChiroTouch Cloud, QuickBooks Online vs QuickBooks Desktop, Sage Business Cloud Accounting, with logos.',
    'platform.non-linear': 'Hand the step to a teammate by email; progress saved.',
    'connection.refresh': 'Nightly sync only; no sync-now control.',
    'connection.delete': '"Disconnect ChiroTouch" on the integration detail page.',
  },
  flow: { startFrameId: ids('Sign up'), connectFrameId: ids('Settings – Integrations'), stepsToConnect: 4, deadEnds: [ids('Terms')] },
};

save(OUT, 'h86-chiropractor-billing-desktop', doc, truth);
console.log('h86 nodes', countNodes(doc.document));

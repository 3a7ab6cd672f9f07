// d98: payroll for nail salons, iPad portrait (768x1024), US. Mostly component instances.
import { Doc, T, col, row, fixedW, rect, logo, checkbox, btnInstance, link, searchField, field, screen, section, solid, countNodes } from './lib.mjs';
import { writeFileSync } from 'node:fs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'd98-nail-salon-payroll-tablet';
const d = new Doc('GlossPay – iPad onboarding v3', { font: 'DM Sans' });

// Page 1: cover
d.newPage(1);
d.addPage('Cover', [d.node('FRAME', 'Cover', 0, 0, 1920, 1080, { fills: solid('#F7D6E0'), children: [
  d.text('GlossPay\nSalon payroll · iPad onboarding', 120, 380, 1200, { size: 64, weight: 700 }),
  d.text('Status: Ready for dev ✅  ·  Owner: Product design', 120, 620, 900, { size: 28 }),
] })]);

// Page 2: components
d.newPage(2);
const C = { set: '2:1', primary: '2:2', hover: '2:5', ghost: '2:8', card: '2:11', check: '2:17', tab: '2:19' };
d.n = 30;
const compNodes = [
  d.node('COMPONENT_SET', 'Comp / Action / Large', 0, 0, 680, 200, { id: C.set, children: [
    d.node('COMPONENT', 'Property 1=Default', 20, 20, 300, 56, { id: C.primary, fills: solid('#C2185B'), cornerRadius: 12, children: [d.text('Label', 40, 38, 260, { size: 16, weight: 600, color: '#FFFFFF', id: '2:3' })] }),
    d.node('COMPONENT', 'Property 1=Hover', 360, 20, 300, 56, { id: C.hover, fills: solid('#9C1449'), cornerRadius: 12, children: [d.text('Label', 380, 38, 260, { size: 16, weight: 600, color: '#FFFFFF', id: '2:6' })] }),
    d.node('COMPONENT', 'Property 1=Ghost', 20, 110, 300, 56, { id: C.ghost, fills: [], strokes: solid('#C2185B'), cornerRadius: 12, children: [d.text('Label', 40, 128, 260, { size: 16, weight: 600, color: '#C2185B', id: '2:9' })] }),
  ] }),
  d.node('COMPONENT', 'tile/app', 0, 260, 340, 84, { id: C.card, fills: solid('#FFFFFF'), cornerRadius: 14, children: [
    d.node('RECTANGLE', 'img', 16, 286, 32, 32, { id: '2:12', fills: solid('#EEEEEE') }),
    d.text('App name', 60, 280, 200, { id: '2:13', size: 16, weight: 600 }),
  ] }),
  d.node('COMPONENT', 'box', 0, 380, 20, 20, { id: C.check, fills: [], strokes: solid('#8A8F98') }),
  d.node('COMPONENT', 'Tab item', 0, 420, 120, 56, { id: C.tab, fills: [], children: [] }),
];
d.component(C.primary, 'Property 1=Default', 'Primary action');
d.component(C.hover, 'Property 1=Hover', '');
d.component(C.ghost, 'Property 1=Ghost', 'Secondary');
d.component(C.card, 'tile/app', 'Integration tile');
d.component(C.check, 'box', '');
d.component(C.tab, 'Tab item', '');
d.componentSets[C.set] = { key: 'ks2x1', name: 'Comp / Action / Large', description: '' };
d.addPage('🧩 Components', compNodes);

// Page 3: flow
d.newPage(3);
const F = {}; for (const k of ['signup', 'salon', 'hub', 'consent', 'linked', 'home', 'integrations', 'unlink', 'pricing', 'email', 'account']) F[k] = d.id();
const W = 768, H = 1024;
const P = (label, o = {}) => btnInstance(label, C.primary, { fill: '#C2185B', h: 56, radius: 12, ...o });
const G = (label, o = {}) => btnInstance(label, C.ghost, { fill: '#FFFFFF', color: '#C2185B', h: 56, radius: 12, ...o });
const status = (d2, x, y, w) => row({ name: 'Status Bar', h: 24 }, [T('9:41', { size: 13, weight: 600 }), fixedW(80, T('100% ▮', { size: 13, align: 'RIGHT' }))])(d2, x + 20, y + 4, w - 40);
const tile = (title, sub, ref, o = {}) => (dd, x, y, w) => {
  const kids = [
    dd.node('RECTANGLE', 'img', x + 16, y + 22, 40, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }], cornerRadius: 8 }),
    dd.text(title, x + 68, y + 16, w - 160, { size: 16, weight: 600, name: 'App name' }),
    dd.text(sub, x + 68, y + 42, w - 160, { size: 13, color: '#6B6F76' }),
  ];
  if (o.badge) kids.push(dd.text(o.badge, x + w - 120, y + 30, 104, { size: 13, weight: 600, color: o.badgeColor || '#1E8E3E' }));
  return dd.node('INSTANCE', 'tile/app', x, y, w, 84, { componentId: C.card, fills: solid('#FFFFFF'), cornerRadius: 14, strokes: solid('#EAD5DC'), children: kids, to: o.to, nav: o.nav });
};
const tabs = (active) => (dd, x, y, w) => row({ name: 'Tab bar', h: 64, fill: '#FFFFFF', gap: 0 }, ['Home', 'Team', 'Payroll', 'Settings'].map((t, i) => (d3, tx, ty, tw) => d3.node('INSTANCE', 'Tab item', tx, ty, tw, 64, { componentId: C.tab, fills: [], children: [d3.text(t, tx + 20, ty + 22, tw - 40, { size: 13, weight: t === active ? 700 : 400, color: t === active ? '#C2185B' : '#6B6F76', align: 'CENTER' })], to: i === 3 ? F.integrations : i === 0 ? F.home : undefined })))(dd, x, y + H - 64, w);

const screens = [];
screens.push(screen(d, 'Sign up', 0, 0, W, H, F.signup, [
  col({ name: 'Frame 427', gap: 20, pad: 40 }, [
    logo('glosspay-mark', 'a81f0c2e', 48),
    T('Payroll that speaks salon', { size: 28, weight: 700 }),
    T('Commissions, tips and booth-rent splits, paid on time every other Friday.', { size: 17, color: '#4A4D52' }),
    field('Work email', 'you@yoursalon.com', { placeholder: true }),
    field('Create a password', '••••••••', {}),
    P('Create account', { to: F.salon }),
    row({ name: 'Frame 431', gap: 8 }, [T('Already with us? Log in', { size: 14, color: '#6B6F76' }), link('See plans & pricing', { to: F.pricing, color: '#C2185B' })]),
    T('Trusted by 12,000 salons across the US', { size: 14, visible: false, name: 'social proof (hidden until legal OK)' }),
  ]),
], { before: [status] }));

screens.push(screen(d, 'Salon details', 800, 0, W, H, F.salon, [
  col({ name: 'Auto layout', gap: 18, pad: 40 }, [
    T('Step 1 of 3', { size: 13, weight: 600, color: '#C2185B' }),
    T('Tell us about your salon', { size: 26, weight: 700 }),
    field('Salon name', 'Polished\u00A0Link Nail Bar'),
    field('Locations', '2'),
    field('Nail techs on payroll', 'e.g. 8', { placeholder: true }),
    field('How do techs get paid?', 'Commission + tips', {}),
    P('Continue', { to: F.hub }),
  ]),
], { before: [status] }));

const hubCol = col({ name: 'Frame 440', gap: 18, pad: 32 }, [
  T('Step 2 of 3', { size: 13, weight: 600, color: '#C2185B' }),
  T('Bring in your bookings and your books', { size: 26, weight: 700 }),
  col({ name: 'why', gap: 8 }, [
    T('Stop retyping service totals. Tips and commissions from every appointment land in payroll automatically, so Friday payroll takes minutes.', { size: 16, color: '#33363B' }),
    T('What we use: completed appointments, service prices and tips are read from your booking app. Once payroll runs, we send wage and tip journals to your accounting software. Nothing else is touched.', { size: 14, color: '#4A4D52' }),
  ]),
  row({ name: 'strength', gap: 12 }, [
    fixedW(180, T('Setup strength', { size: 13, weight: 600 })),
    (dd, x, y, w) => dd.node('FRAME', 'Frame 12', x, y + 6, w, 8, { fills: solid('#F3E0E7'), cornerRadius: 4, children: [dd.node('RECTANGLE', 'Rectangle 5', x, y + 6, w / 3, 8, { fills: solid('#C2185B'), cornerRadius: 4 })] }),
    fixedW(110, T('0 of 2 linked', { size: 13, color: '#6B6F76' })),
  ]),
  T('Scheduling & bookings', { size: 19, weight: 700 }),
  row({ name: 'Frame 445', gap: 12 }, [tile('Vagaro', 'Salon & spa booking', 'v1a9', { to: F.consent, nav: 'OVERLAY' }), tile('Square Appointments', 'Booking by Square', 'sq77', { to: F.consent, nav: 'OVERLAY' })]),
  row({ name: 'Frame 446', gap: 12 }, [tile('Fresha', 'Booking & payments', 'fr02', { to: F.consent, nav: 'OVERLAY' }), tile('Boulevard', 'Salon software', 'bl55', { to: F.consent, nav: 'OVERLAY' })]),
  T('Accounting', { size: 19, weight: 700 }),
  row({ name: 'Frame 447', gap: 12 }, [tile('QuickBooks Online', 'Intuit', 'qbo3', { to: F.consent, nav: 'OVERLAY' }), tile('Xero', 'Accounting', 'xr11', { to: F.consent, nav: 'OVERLAY' })]),
  searchField('Search 200+ apps', { visible: false, name: 'search (v2)' }),
  P('Link your salon software', { to: F.consent, nav: 'OVERLAY', name: 'cta/primary' }),
  T('🔒 Bank-level encryption. Your salon\u2019s data is never shared with third parties unless you say so, and you can unlink an app whenever you like from Settings.', { size: 13, color: '#4A4D52' }),
  row({ name: 'later', gap: 16 }, [link('Finish later', { color: '#C2185B', to: F.home }), link('Send this step to my bookkeeper', { color: '#C2185B', plain: true })]),
  T('Stuck? Call (888) 555-0142 · help@glosspay.com · Chat with us', { size: 13, color: '#6B6F76' }),
]);
screens.push(screen(d, 'Link apps', 1600, 0, W, 1180, F.hub, [hubCol], { before: [status], pad: 0 }));

screens.push(screen(d, 'Modal – before handoff', 2400, 0, W, H, F.consent, [
  col({ name: 'Sheet', gap: 18, pad: 32, fill: '#FFFFFF', radius: 20 }, [
    rect('grabber', 40, 4, { fill: '#CCCCCC', radius: 2 }),
    T('Next: sign in to Vagaro', { size: 24, weight: 700 }),
    T('We\u2019ll open Vagaro\u2019s own login page. Sign in there and approve read access — then you\u2019re sent straight back to GlossPay.', { size: 16 }),
    row({ name: 'Frame 460', gap: 12 }, [fixedW(20, checkbox('Rectangle 7')), T('I agree that GlossPay may read appointment, service and tip data from Vagaro as described in the Privacy Notice.', { size: 14 })]),
    link('Privacy Notice', { color: '#C2185B' }),
    P('Continue to Vagaro', { to: F.linked }),
    G('Not now', { act: { action: { type: 'CLOSE' } } }),
  ]),
], { fill: '#00000066', top: 420 }));

screens.push(screen(d, 'Linked', 3200, 0, W, H, F.linked, [
  col({ name: 'Frame 470', gap: 16, pad: 32 }, [
    T('Nice — you\u2019re halfway there', { size: 26, weight: 700 }),
    row({ name: 'strength', gap: 12 }, [fixedW(180, T('Setup strength', { size: 13, weight: 600 })), (dd, x, y, w) => dd.node('RECTANGLE', 'Rectangle 5', x, y + 6, w, 8, { fills: solid('#C2185B'), cornerRadius: 4 }), fixedW(110, T('1 of 2 linked', { size: 13 }))]),
    tile('Vagaro', 'Appointments & tips', 'v1a9', { badge: 'Linked ✓' }),
    tile('QuickBooks Online', 'Waiting for you to approve', 'qbo3', { badge: 'Pending', badgeColor: '#B26A00' }),
    G('+ Link another app', { to: F.hub }),
    P('Go to payroll', { to: F.home }),
  ]),
], { before: [status] }));

screens.push(screen(d, 'Home', 4000, 0, W, H, F.home, [
  col({ name: 'Frame 480', gap: 18, pad: 32 }, [
    T('Good morning, Tien', { size: 26, weight: 700 }),
    col({ name: 'next payroll', gap: 8, pad: 20, fill: '#FFF4F7', radius: 16 }, [
      T('Next payroll · Fri, Mar 14', { size: 15, weight: 600 }),
      T('$18,420.55', { size: 34, weight: 700 }),
      T('8 techs · $2,310 in tips this period', { size: 14, color: '#6B6F76' }),
      btnInstance('Review payroll', C.primary, { fill: '#C2185B', h: 52, act: { trigger: 'ON_HOVER', action: { type: 'NODE', destinationId: C.hover, navigation: 'CHANGE_TO', transition: null } } }),
    ]),
    T('Team', { size: 19, weight: 700 }),
    ...['Mai Nguyen · Lead tech · 42% commission', 'Jasmine Ortiz · Nail tech · 38%', 'Kim Tran · Booth rent'].map((s) => T(s, { size: 15 })),
    link('Account settings', { to: F.account, color: '#C2185B', plain: true }),
  ]),
], { before: [status], after: [tabs('Home')] }));

screens.push(screen(d, 'Settings / Apps', 4800, 0, W, H, F.integrations, [
  col({ name: 'Frame 490', gap: 16, pad: 32 }, [
    T('Linked apps', { size: 26, weight: 700 }),
    ...[['Vagaro', 'v1a9', 'First synced Mar 3, 2025 · Last synced today, 7:42 AM'], ['QuickBooks Online', 'qbo3', 'First synced Mar 4, 2025 · Last synced yesterday, 6:05 PM']].map(([n, r, s]) => col({ name: 'Frame 492', gap: 10, pad: 16, fill: '#FFFFFF', radius: 14, stroke: '#EAD5DC' }, [
      row({ name: 'Frame 493', gap: 12 }, [logo('img', r, 36), T(n, { size: 17, weight: 600 })]),
      T(s, { size: 13, color: '#6B6F76' }),
      row({ name: 'Frame 494', gap: 12 }, [G('↻ Refresh', { w: 150, h: 44 }), G('Unlink', { w: 130, h: 44, to: F.unlink, nav: 'OVERLAY' })]),
    ])),
    G('+ Link another app', { to: F.hub }),
  ]),
], { before: [status], after: [tabs('Settings')] }));

screens.push(screen(d, 'Unlink?', 5600, 0, W, H, F.unlink, [
  col({ name: 'Dialog', gap: 16, pad: 28, fill: '#FFFFFF', radius: 18 }, [
    T('Unlink Vagaro?', { size: 22, weight: 700 }),
    T('GlossPay will stop reading appointments and revoke its access. Past payroll stays as it is.', { size: 15 }),
    P('Revoke access', { to: F.integrations }),
    G('Keep it', { act: { action: { type: 'BACK' } } }),
  ]),
], { fill: '#00000066', top: 360, pad: 80 }));

screens.push(screen(d, 'Pricing', 0, 1200, W, H, F.pricing, [
  col({ name: 'Frame 500', gap: 18, pad: 40 }, [
    T('Simple pricing', { size: 28, weight: 700 }),
    col({ name: 'plan', gap: 8, pad: 20, fill: '#FFF4F7', radius: 16 }, [T('Salon', { size: 18, weight: 700 }), T('$39/mo per location + $6 per tech', { size: 16 }), T('Month to month — cancel anytime.', { size: 14, color: '#6B6F76' })]),
    col({ name: 'plan', gap: 8, pad: 20, fill: '#FFF4F7', radius: 16 }, [T('Multi-location', { size: 18, weight: 700 }), T('Talk to us for 5+ locations', { size: 16 })]),
  ]),
], { before: [status] }));

screens.push(screen(d, 'Email – Welcome', 800, 1200, 600, 980, F.email, [
  col({ name: 'Email body', gap: 18, pad: 36 }, [
    logo('logo', 'a81f0c2e', 40),
    T('Welcome to GlossPay, Tien 💅', { size: 24, weight: 700 }),
    T('Three things and your first payroll is ready:', { size: 16 }),
    T('1  Tell us about your salon ✓\n2  Link your booking app so tips and commissions fill in by themselves\n3  Run your first payroll', { size: 16 }),
    btnInstance('Link my booking app', C.primary, { fill: '#C2185B', h: 52 }),
    T('Or link your accounting software instead →', { size: 14, color: '#C2185B', deco: 'UNDERLINE' }),
    T('GlossPay Inc. · 500 Market St, San Francisco, CA · Unsubscribe', { size: 11, color: '#8A8F98' }),
  ]),
], { fill: '#FAFAFA' }));

screens.push(screen(d, 'Account', 1600, 1200, W, H, F.account, [
  col({ name: 'Frame 510', gap: 16, pad: 32 }, [
    T('‹ Back', { size: 15, color: '#C2185B', act: { action: { type: 'BACK' } } }),
    T('Account', { size: 26, weight: 700 }),
    field('Owner', 'Tien Pham'),
    field('Plan', 'Salon · 2 locations'),
    T('Delete account', { size: 15, weight: 600, color: '#D93025' }),
  ]),
], { before: [status] }));

const sec1 = section(d, 'Onboarding', -40, -80, 3100, 1180, screens.slice(0, 4));
const sec2 = section(d, 'In-app', 3160, -80, 3260, 1180, screens.slice(4, 8));
d.addPage('Flow – iPad', [sec1, sec2, ...screens.slice(8)], { flowStartingPoints: [{ nodeId: F.signup, name: 'Onboarding' }] });

// Page 4: archive with an older tour that has a marketing Skip
d.newPage(4);
d.addPage('Archive', [screen(d, 'Tour 1 (old)', 0, 0, W, H, d.id(), [
  col({ name: 'Frame 1', gap: 20, pad: 40 }, [
    rect('Rectangle 2', 688, 420, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'tour01' }], radius: 20 }),
    T('Pay your techs right, every time', { size: 28, weight: 700 }),
    T('Skip', { size: 15, color: '#6B6F76' }),
  ]),
]), screen(d, 'Link apps v1', 800, 0, W, H, d.id(), [
  T('Connect QuickBooks', { size: 26, weight: 700 }),
  btnInstance('Connect', C.primary, { fill: '#C2185B' }),
], { visible: false })]);

const out = d.write(`${OUT}${NAME}.json`);
const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'];
const absent = ['funnel.social-proof', 'funnel.prefill', 'value.contextual-ctas', 'value.faq-link', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'platform.alternatives', 'connection.syncing-indicator'];
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: 'dev writer W (from the checklist facts and the REST format only; repository not read)',
  description: 'Nail-salon payroll on iPad portrait (US). Sign-up, salon details, then a "Link apps" hub with scheduling and accounting groups; consent sheet before the hand-off to the booking app; linked/pending states; in-app linked-apps settings with refresh and unlink. Built mostly from component instances with text overrides.',
  present, absent,
  notes: {
    'funnel.greeting-email': 'Email – Welcome frame: numbered 1/2/3 list where step 2 is linking the booking app, plus a "Link my booking app" button and an accounting link.',
    'funnel.three-actions': 'Sign up → Salon details → Link apps: two clicks.',
    'funnel.cta-visible': 'Full-width primary "Link your salon software" button and tiles fill the Link apps screen.',
    'funnel.social-proof': 'The only "Trusted by 12,000 salons" line is a hidden layer.',
    'funnel.prefill': 'Salon details are typed by the owner before any app is linked; nothing is shown filled from linked data.',
    'value.three-part': 'Benefit (tips/commissions land in payroll), data use (appointments, prices, tips read; journals posted) and one main CTA sit together.',
    'value.contextual-ctas': 'Home and team screens carry no prompt to link an app; linking only appears in onboarding and settings.',
    'value.faq-link': 'No FAQ or learn-more link anywhere.',
    'value.progress-meter': '"Setup strength" bar with "0 of 2 linked" / "1 of 2 linked".',
    'privacy.data-scope': 'Names the data (appointments, service prices, tips) and direction (read from booking app, journals sent to accounting).',
    'privacy.trust-language': '"Bank-level encryption… never shared with third parties unless you say so".',
    'privacy.consent-action': 'Checkbox beside agreement text and a Privacy Notice link on the hand-off sheet.',
    'privacy.disconnect-anytime': '"you can unlink an app whenever you like from Settings".',
    'privacy.connection-guide': 'No how-to-connect guide or help article link.',
    'privacy.statistics': 'No figures about customers or encryption (the only count is hidden).',
    'privacy.support-contacts': 'Phone, email and chat in one line on the hub.',
    'privacy.powered-by': 'No "powered by" mark.',
    'privacy.mutual-nda': 'No NDA offer.',
    'platform.explain-redirect': 'Sheet explains Vagaro\u2019s own login page opens and the user is sent back.',
    'platform.grouped-categories': '"Scheduling & bookings" and "Accounting" headings over tile groups.',
    'platform.accurate-branding': 'Full names with logos: Square Appointments, QuickBooks Online, Vagaro, Fresha, Boulevard, Xero.',
    'platform.search': 'The search field exists only as a hidden layer.',
    'platform.alternatives': 'No path for a salon whose booking app is not listed.',
    'platform.non-linear': '"Finish later" and "Send this step to my bookkeeper".',
    'platform.multiple-connections': '"+ Link another app", "Linked ✓" and "Pending" badges.',
    'connection.view-live': 'Linked apps list with names, first and last sync times.',
    'connection.delete': 'Unlink button and "Revoke access" confirmation.',
    'connection.refresh': '"↻ Refresh" per app.',
    'connection.syncing-indicator': 'No spinner or syncing state.',
  },
  flow: { startFrameId: F.signup, connectFrameId: F.hub, stepsToConnect: 2, deadEnds: [F.pricing] },
};
writeFileSync(`${OUT}${NAME}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
console.log(NAME, countNodes(out.document));

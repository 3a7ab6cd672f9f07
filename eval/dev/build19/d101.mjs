// d101: payroll for US nonprofits, desktop 1280x800. Onboarding and app on separate pages; start on the onboarding page.
import { Doc, T, col, row, fixedW, rect, logo, btnInstance, btnFrame, link, searchField, field, screen, section, solid, countNodes } from './lib.mjs';
import { writeFileSync } from 'node:fs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'd101-nonprofit-payroll-desktop';
const d = new Doc('Mission Payroll — Product', { font: 'Inter' });
const W = 1280, H = 800;
const TEAL = '#0B5F6B';

d.newPage(2);
const C = { set: '2:1', primary: '2:2', secondary: '2:4', card: '2:6', box: '2:8' };
d.n = 20;
d.addPage('Components', [
  d.node('COMPONENT_SET', 'Btn', 0, 0, 480, 80, { id: C.set, children: [
    d.node('COMPONENT', 'Type=Primary, State=Default', 10, 10, 200, 44, { id: C.primary, fills: solid(TEAL), cornerRadius: 6, children: [d.text('Button', 30, 22, 160, { id: '2:3', color: '#FFFFFF' })] }),
    d.node('COMPONENT', 'Type=Secondary, State=Default', 240, 10, 200, 44, { id: C.secondary, fills: solid('#FFFFFF'), strokes: solid(TEAL), cornerRadius: 6, children: [d.text('Button', 260, 22, 160, { id: '2:5', color: TEAL })] }),
  ] }),
  d.node('COMPONENT', 'Card / App', 0, 120, 280, 64, { id: C.card, fills: solid('#FFFFFF'), children: [d.text('Name', 56, 140, 200, { id: '2:7' })] }),
  d.node('COMPONENT', 'Checkbox', 0, 220, 20, 20, { id: C.box, fills: [], strokes: solid('#666666') }),
]);
d.component(C.primary, 'Type=Primary, State=Default', '');
d.component(C.secondary, 'Type=Secondary, State=Default', '');
d.component(C.card, 'Card / App', 'Integration card with logo');
d.component(C.box, 'Checkbox', '');
d.componentSets[C.set] = { key: 'kbtn2', name: 'Btn', description: 'Buttons' };
const P = (label, o = {}) => btnInstance(label, C.primary, { fill: TEAL, h: 44, radius: 6, size: 15, ...o });
const S = (label, o = {}) => btnInstance(label, C.secondary, { fill: '#FFFFFF', color: TEAL, h: 44, radius: 6, size: 15, ...o });
const card = (n, ref, o = {}) => (dd, x, y, w) => dd.node('INSTANCE', 'Card / App', x, y, w, 64, { componentId: C.card, fills: solid('#FFFFFF'), strokes: solid('#D8E2E4'), cornerRadius: 8, to: o.to, nav: o.nav, children: [
  dd.node('RECTANGLE', 'logo', x + 14, y + 16, 32, 32, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }], cornerRadius: 4 }),
  dd.text(n, x + 56, y + 22, w - 70, { size: 14, weight: 600, name: 'Name' }),
] });

// App page ids are allocated first so onboarding can link across pages.
d.newPage(7);
const A = {}; for (const k of ['dash', 'people', 'settings', 'run']) A[k] = d.id();
d.newPage(4);
const F = {}; for (const k of ['email', 'signup', 'org', 'link', 'handoff', 'review', 'schedule', 'invite', 'old']) F[k] = d.id();
const stepper = (n) => row({ name: 'Stepper', gap: 24 }, ['Account', 'Organization', 'Link software', 'Pay schedule'].map((t, i) => T(`${i + 1}. ${t}`, { size: 13, weight: i === n ? 700 : 400, color: i === n ? TEAL : '#8A9597' })));
const shell = (name, x, y, id, items, o = {}) => screen(d, name, x, y, W, o.h || H, id, [
  col({ name: 'Frame 2', gap: 24, pad: 32 }, [row({ name: 'Top', gap: 16 }, [T('Mission Payroll', { size: 18, weight: 700, color: TEAL }), o.step !== undefined ? stepper(o.step) : T('', { size: 12 })]), ...items]),
], { pad: 0, top: 0, fill: o.fill || '#F7FAFA' });

const on = [];
on.push(screen(d, 'Email / Welcome', 0, 0, 640, 900, F.email, [
  col({ name: 'Frame 1', gap: 16, pad: 40, fill: '#FFFFFF' }, [
    T('Mission Payroll', { size: 18, weight: 700, color: TEAL }),
    T('Welcome aboard, Marisol', { size: 24, weight: 700 }),
    T('Your first payroll is three steps away:', { size: 16 }),
    T('1\u00A0\u00A0Create your organization — done\n2\u00A0\u00A0Link QuickBooks Online and your grants tool, so every paycheck is split across awards for you\n3\u00A0\u00A0Approve your first payroll', { size: 16 }),
    P('Link my software', { w: 220 }),
    link('Prefer Sage Intacct or Aplos? Start here', { color: TEAL }),
    T('Mission Payroll, Inc. · 1200 K St NW, Washington, DC', { size: 11, color: '#8A9597' }),
  ]),
], { pad: 0, top: 0, fill: '#EEF2F2' }));

on.push(shell('Sign up', 0, 0, F.signup, [
  row({ name: 'Frame 3', gap: 48 }, [
    col({ name: 'Frame 4', gap: 16 }, [
      T('Payroll built for grant-funded teams', { size: 28, weight: 700 }),
      field('Work email', 'you@nonprofit.org', { placeholder: true }),
      field('Password', '••••••••'),
      P('Get started', { to: F.org }),
    ]),
    col({ name: 'Frame 5', gap: 12, pad: 24, fill: '#E6F0F1', radius: 12 }, [
      T('\u201CPayroll used to eat two days a month. Now each grant is charged correctly without a single spreadsheet.\u201D', { size: 17, weight: 500 }),
      row({ name: 'Frame 6', gap: 12 }, [logo('Ellipse 2', 'avatar-mr', 40), T('Marisol Reyes\nExecutive Director, Eastside Community Food Bank', { size: 13, color: '#44575A' })]),
    ]),
  ]),
], { step: 0 }));

on.push(shell('Org basics', 0, 0, F.org, [
  col({ name: 'Frame 7', gap: 16, w: 560 }, [
    T('About your organization', { size: 26, weight: 700 }),
    field('Tax status', '501(c)(3)'),
    field('Staff on payroll', '24'),
    field('Funding mix', 'Federal + foundation grants'),
    P('Continue', { to: F.link, w: 200 }),
  ]),
], { step: 1 }));

on.push(shell('Link software', 0, 0, F.link, [
  row({ name: 'Frame 8', gap: 40 }, [
    col({ name: 'Frame 9', gap: 14 }, [
      T('Link your accounting and grants software', { size: 26, weight: 700 }),
      T('Split every paycheck across the right awards automatically, and keep your audit trail clean for your next single audit.', { size: 15, color: '#2F3E41' }),
      T('How we use it: we read your chart of accounts and classes from accounting, and award budgets and periods from your grants tool. After each payroll we write journal entries back to your ledger.', { size: 14, color: '#44575A' }),
      P('Link accounting software', { w: 260, to: F.handoff, nav: 'OVERLAY' }),
      link('Why link? Common questions', { color: TEAL }),
      T('Unlinking takes one click in Settings, whenever you want.', { size: 13, color: '#44575A' }),
      T('Want a mutual NDA before you link? We\u2019ll sign one with you.', { size: 13, color: '#44575A' }),
      T('Questions about grants data? Our team can help.', { size: 13, color: '#44575A' }),
      row({ name: 'Frame 10', gap: 16 }, [link('Invite your finance director', { color: TEAL, to: F.invite, nav: 'OVERLAY' }), link('I\u2019ll do this later', { color: TEAL, to: F.schedule })]),
    ]),
    col({ name: 'Frame 11', gap: 12 }, [
      searchField('Search apps', { radius: 6 }),
      T('Accounting', { size: 18, weight: 700 }),
      row({ name: 'Frame 12', gap: 10 }, [card('QuickBooks Online', 'qbo', { to: F.handoff, nav: 'OVERLAY' }), card('Sage Intacct', 'sint', { to: F.handoff, nav: 'OVERLAY' })]),
      row({ name: 'Frame 13', gap: 10 }, [card('Aplos', 'aplos', { to: F.handoff, nav: 'OVERLAY' }), card('Blackbaud Financial Edge NXT', 'bbfe', { to: F.handoff, nav: 'OVERLAY' })]),
      T('Grants management', { size: 18, weight: 700 }),
      row({ name: 'Frame 14', gap: 10 }, [card('Fluxx Grantee Portal', 'fluxx'), card('Submittable', 'subm')]),
      row({ name: 'Frame 15', gap: 10 }, [card('Foundant GLM', 'fglm'), card('Instrumentl', 'instr')]),
      T('Powered by Ledgerline', { size: 12, visible: false }),
    ]),
  ]),
], { step: 2, h: 860 }));

on.push(screen(d, 'Modal / Handoff', 0, 0, W, H, F.handoff, [
  col({ name: 'Modal', gap: 16, pad: 28, fill: '#FFFFFF', radius: 12 }, [
    T('You\u2019re heading to Intuit', { size: 22, weight: 700 }),
    T('QuickBooks Online opens in a new window. Log in, pick your company, approve access, and you\u2019ll land back here on step 3.', { size: 15 }),
    row({ name: 'Frame 16', gap: 10 }, [fixedW(20, (dd, x, y) => dd.node('INSTANCE', 'Checkbox', x, y, 20, 20, { componentId: C.box, fills: [], strokes: solid('#666666') })), T('I agree to Mission Payroll\u2019s Data Use Policy for this link.', { size: 14 })]),
    link('Data Use Policy', { color: TEAL, size: 13 }),
    row({ name: 'Frame 17', gap: 12 }, [S('Back', { act: { action: { type: 'BACK' } } }), P('Continue to Intuit', { to: F.review })]),
  ]),
], { fill: '#00000055', top: 220, pad: 360 }));

on.push(shell('Review details', 0, 0, F.review, [
  col({ name: 'Frame 18', gap: 14, w: 640 }, [
    T('Check what we brought over', { size: 26, weight: 700 }),
    T('Filled in from QuickBooks Online — change anything that\u2019s wrong.', { size: 14, color: TEAL }),
    row({ name: 'Frame 19', gap: 16 }, [field('Legal name', 'Eastside Community Food Bank, Inc.'), field('EIN', '52-1849032')]),
    field('Mailing address', '2214 Benning Rd NE, Washington, DC 20002'),
    row({ name: 'Frame 20', gap: 16 }, [field('Finance contact', 'Owen Park, Finance Director'), field('Annual revenue (FY25)', '$3,412,900')]),
    P('Looks good', { to: F.schedule, w: 200 }),
  ]),
], { step: 2 }));

on.push(shell('Pay schedule', 0, 0, F.schedule, [
  col({ name: 'Frame 21', gap: 14, w: 560 }, [
    T('When do you pay people?', { size: 26, weight: 700 }),
    field('Frequency', 'Every other Friday'),
    field('First pay date', 'Mar 21, 2026'),
    P('Finish setup', { to: A.dash, w: 200 }),
  ]),
], { step: 3 }));

on.push(screen(d, 'Overlay / Invite', 0, 0, 520, 360, F.invite, [
  col({ name: 'Frame 22', gap: 14 }, [
    T('Hand this step to a colleague', { size: 20, weight: 700 }),
    field('Their email', 'finance@nonprofit.org', { placeholder: true }),
    P('Send invite', { act: { action: { type: 'CLOSE' } } }),
  ]),
], { pad: 28, top: 28 }));

// place frames: email + invite in one section, flow in another
const place = (n, x, y) => { const dx = x - n.absoluteBoundingBox.x; const dy = y - n.absoluteBoundingBox.y; const mv = (m) => { m.absoluteBoundingBox.x += dx; m.absoluteBoundingBox.y += dy; (m.children || []).forEach(mv); }; mv(n); return n; };
const flow = [on[1], on[2], on[3], on[4], on[5], on[6]].map((n, i) => place(n, 100 + i * 1400, 200));
place(on[0], 100, 1300); place(on[7], 900, 1300);
const hiddenOld = screen(d, 'Link software (old)', 0, 0, W, H, F.old, [T('Connect to QuickBooks', { size: 26, weight: 700 }), P('Connect', { w: 200 })], { visible: false });
place(hiddenOld, 100, 2400);
d.addPage('01 Onboarding', [
  section(d, 'Sign-up → first payroll', 0, 0, 8600, 1100, flow),
  section(d, 'Emails & overlays', 0, 1200, 1600, 1000, [on[0], on[7]]),
  hiddenOld,
], { flowStartingPoints: [{ nodeId: F.signup, name: 'New org' }] });

d.newPage(7);
d.n = 10;
const nav = (active) => col({ name: 'Sidebar', gap: 14, pad: 20, fill: '#0B3A41', w: 220 }, ['Home', 'People', 'Run payroll', 'Settings'].map((t) => T(t, { size: 14, color: t === active ? '#FFFFFF' : '#A7C4C8', weight: t === active ? 700 : 400, to: { Home: A.dash, People: A.people, 'Run payroll': A.run, Settings: A.settings }[t] })));
const app = (name, x, key, active, items) => screen(d, name, x, 0, W, H, A[key], [row({ name: 'Frame 30', gap: 32, h: H }, [fixedW(220, nav(active)), col({ name: 'Main', gap: 18, pad: 28 }, items)])], { pad: 0, top: 0, fill: '#F7FAFA' });
const appScreens = [
  app('Home', 0, 'dash', 'Home', [
    T('Hi Marisol', { size: 26, weight: 700 }),
    row({ name: 'Frame 31', gap: 16 }, [
      col({ name: 'Frame 32', gap: 8, pad: 20, fill: '#FFFFFF', radius: 10 }, [T('Next payroll', { size: 14, color: '#44575A' }), T('Fri, Mar 21 · $96,240.18', { size: 20, weight: 700 }), P('Review', { w: 140, act: { trigger: 'ON_HOVER', action: { type: 'NODE', destinationId: C.secondary, navigation: 'CHANGE_TO', transition: null } } })]),
      col({ name: 'Frame 33', gap: 10, pad: 20, fill: '#FFFFFF', radius: 10 }, [
        T('Grant spend by award', { size: 18, weight: 700 }),
        rect('Rectangle 40', 400, 140, { fill: '#EEF4F5', radius: 8 }),
        T('See salaries charged against each award and what\u2019s left to spend. Link your grants tool to fill this in.', { size: 14 }),
        P('Link Fluxx or Submittable', { w: 240 }),
      ]),
    ]),
  ]),
  app('People', 1400, 'people', 'People', [
    T('People', { size: 26, weight: 700 }),
    ...['Owen Park · Finance Director · 100% General operating', 'Ana Lucero · Case Manager · 60% HUD CoC / 40% LinkAge Seniors grant', 'Devon Ray · Driver · 100% USDA TEFAP'].map((t) => T(t, { size: 15 })),
  ]),
  app('Settings', 2800, 'settings', 'Settings', [
    T('Settings', { size: 26, weight: 700 }),
    field('Organization', 'Eastside Community Food Bank, Inc.'),
    T('Billing: $6 per employee per month, cancel anytime.', { size: 14 }),
    btnFrame('Delete organization', { fill: '#FCE8E8', color: '#B3261E', w: 220, h: 40, size: 14 }),
  ]),
  app('Run payroll', 4200, 'run', 'Run payroll', [
    T('Run payroll', { size: 26, weight: 700 }),
    T('24 employees · gross $96,240.18 · employer taxes $7,362.37', { size: 15 }),
    P('Approve payroll', { w: 200 }),
  ]),
];
d.addPage('02 App', appScreens);

const out = d.write(`${OUT}${NAME}.json`);
const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear'];
const absent = ['privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: 'dev writer W (from the checklist facts and the REST format only; repository not read)',
  description: 'Payroll for US nonprofits, desktop 1280x800. Onboarding page (start point) in sections: sign-up with an executive-director quote, organization basics, a linking screen with accounting and grants-management groups, a hand-off modal with consent, a review form filled from the ledger, pay schedule, invite overlay and a welcome email. A separate app page holds home (grant-spend chart asking to link the grants tool), people, settings and run payroll. Component instances with overrides and nested auto layout.',
  present, absent,
  notes: {
    'funnel.greeting-email': 'Welcome email: numbered 1/2/3 with linking as step 2 and a "Link my software" button.',
    'funnel.three-actions': 'Sign up → Org basics → Link software: two clicks.',
    'funnel.cta-visible': 'Primary "Link accounting software" button and app cards are the main content of step 3.',
    'funnel.social-proof': 'Named executive-director quote on sign-up.',
    'funnel.prefill': 'Review details "Filled in from QuickBooks Online" with legal name, EIN, address, contact, revenue.',
    'value.three-part': 'Benefit, how the data is used (read accounts/awards, write journals) and one main CTA together.',
    'value.contextual-ctas': 'Grant-spend chart on the app home asks to link the grants tool.',
    'value.faq-link': '"Why link? Common questions".',
    'privacy.data-scope': 'Names chart of accounts, classes, award budgets, and both directions.',
    'privacy.trust-language': 'No reassurance wording (no secure/encrypted/third-party promise).',
    'privacy.consent-action': 'Checkbox with Data Use Policy text and link in the hand-off modal.',
    'privacy.disconnect-anytime': '"Unlinking takes one click in Settings, whenever you want."',
    'privacy.connection-guide': 'No how-to-link guide; only a benefits FAQ.',
    'privacy.statistics': 'No figures about customers or encryption.',
    'privacy.powered-by': 'The only "Powered by" line is hidden.',
    'privacy.mutual-nda': 'Offer to sign a mutual NDA.',
    'platform.explain-redirect': 'Modal explains QuickBooks Online opens in a new window and the user lands back on step 3.',
    'platform.grouped-categories': '"Accounting" and "Grants management" headings.',
    'platform.accurate-branding': 'Full names with logos: QuickBooks Online, Sage Intacct, Blackbaud Financial Edge NXT, Fluxx Grantee Portal.',
    'platform.search': '"Search apps" field over the cards.',
    'platform.alternatives': 'No path for an unlisted accounting or grants tool.',
    'platform.non-linear': '"Invite your finance director" and "I\u2019ll do this later".',
    'platform.multiple-connections': 'No linked/pending status or add-another control.',
    'connection.view-live': 'Settings has no list of linked apps.',
    'connection.delete': 'No unlink control; "Delete organization" is about the account.',
    'connection.refresh': 'No refresh/sync control.',
    'connection.syncing-indicator': 'No syncing state.',
  },
  flow: { startFrameId: F.signup, connectFrameId: F.link, stepsToConnect: 2, deadEnds: [] },
};
writeFileSync(`${OUT}${NAME}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
console.log(NAME, countNodes(out.document));

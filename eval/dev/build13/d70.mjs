// d70 — supplier credit for architecture practices, iPad portrait 834x1194, UK English. Prototype start left unset.
import { makeDoc, screen, section, canvas, component, save, saveTruth, countNodes, layoutScreen, go, overlay, close, url, hover, WRITTEN_BY } from './lib.mjs';
import { text, frame, row, col, rect, instBtn, frameBtn, groupBtn, link, checkbox, logo, icon, divider, avatar, searchField, vlogo } from './kit.mjs';

const NAME = 'd70-architecture-supplier-credit-tablet';
const ctx = makeDoc({ name: 'Ledgerline iPad — trade credit', lastModified: '2026-01-19T11:03:51Z', version: '3890021476' });
const t = (s, o) => text(ctx, s, o);
const W = 834; const H = 1194; const INK = '#16202B'; const TEAL = '#0F766E';

// components
const compPage = ctx.newPage(12);
const cardSet = ctx.id();
const cardRest = component(ctx, frame(ctx, 'Type=Integration, State=Rest', { layout: 'HORIZONTAL', w: 738, h: 76, pad: 16, gap: 14, radius: 12, stroke: '#E2E8F0', fill: '#FFFFFF' }, [rect(ctx, 'logo', 40, 40, { radius: 8 }), t('Name', { size: 16, weight: 600, w: 'fill' }), t('Connect', { size: 14, weight: 600, color: TEAL })]), '2b7f0a9c11', '', cardSet);
const cardHover = component(ctx, frame(ctx, 'Type=Integration, State=Hover', { layout: 'HORIZONTAL', w: 738, h: 76, pad: 16, gap: 14, radius: 12, stroke: TEAL, fill: '#F0FDFA' }, [rect(ctx, 'logo', 40, 40, { radius: 8 }), t('Name', { size: 16, weight: 600, w: 'fill' }), t('Connect', { size: 14, weight: 600, color: TEAL })]), '2b7f0a9c12', '', cardSet);
layoutScreen(cardRest, 100, 100); layoutScreen(cardHover, 100, 200);
ctx.doc.componentSets[cardSet] = { key: '71aa0c3e55', name: 'List item', description: '' };
const primary = component(ctx, frame(ctx, 'Button/Primary', { layout: 'HORIZONTAL', w: 200, h: 48, pad: 14, fill: TEAL, radius: 10 }, [t('Label', { size: 16, weight: 600, color: '#FFFFFF' })]), '2b7f0a9c20', 'Primary');
layoutScreen(primary, 100, 320);
const comps = canvas(compPage, 'Library', [{ id: cardSet, name: 'List item', type: 'COMPONENT_SET', children: [cardRest, cardHover], absoluteBoundingBox: { x: 80, y: 80, width: 780, height: 210 } }, primary]);
const CARD = cardRest.id; const PRIMARY = primary.id;

// flow page
const flowPage = ctx.newPage(14);
const S = {};
for (const k of ['signup', 'firm', 'describe', 'call', 'dash', 'settings', 'integrations', 'consent', 'xero', 'linked', 'import', 'invite', 'apply']) S[k] = ctx.id();
const btn = (label, on, o = {}) => instBtn(ctx, PRIMARY, label, { h: 48, fill: TEAL, radius: 10, size: 16, on, name: o.name || 'Button/Primary', w: o.w });
const topBar = (title) => row(ctx, 'Nav bar', { w: W, h: 64, pad: 24, gap: 12, fill: '#FFFFFF', stroke: '#E2E8F0' }, [vlogo(ctx, TEAL, 26), t(title, { size: 17, weight: 600, w: 'fill' }), icon(ctx, 'bell', 22)]);
const content = (children, o = {}) => Object.assign(col(ctx, o.name || 'Content', { w: W, pad: 48, gap: o.gap || 22 }, children), { _at: [0, o.y == null ? 64 : o.y] });
const input = (label, value, o = {}) => col(ctx, 'Field', { gap: 6 }, [t(label, { size: 13, weight: 600, color: '#475569' }), row(ctx, 'Input', { h: 52, pad: 14, gap: 8, radius: 10, stroke: '#CBD5E1' }, [t(value, { size: 16, color: o.ph ? '#94A3B8' : INK, w: 'fill' }), ...(o.tag ? [t(o.tag, { size: 11, weight: 600, color: TEAL })] : [])])]);
const X = (i) => (i % 7) * 934; const Y = (i) => Math.floor(i / 7) * 1400;

const signup = screen(ctx, S.signup, 'Sign up', X(0), Y(0), W, H, { fill: '#F8FAFC' }, [
  content([
    row(ctx, 'Frame 1', { gap: 10 }, [vlogo(ctx, TEAL, 32), t('Ledgerline', { size: 22, weight: 700 })]),
    t('Trade credit for architecture practices', { size: 34, weight: 700, w: 'fill' }),
    t('Order samples, models and specialist materials from 600 suppliers on 60-day terms.', { size: 18, color: '#475569', w: 'fill' }),
    input('Work email', 'name@practice.co.uk', { ph: true }), input('Create a password', '••••••••••'),
    btn('Create account', go(S.firm), { w: 'fill' }),
    row(ctx, 'Frame 3', { gap: 4 }, [t('Already registered?', { size: 14, color: '#64748B' }), link(ctx, 'Sign in', { color: TEAL })]),
    divider(ctx),
    col(ctx, 'Testimonial', { gap: 12, pad: 20, radius: 14, fill: '#FFFFFF', stroke: '#E2E8F0' }, [
      t('“We ordered the Meridian Tower sample boards on 60-day terms without chasing a single signature. It’s changed how we cash-flow a competition entry.”', { size: 16, color: INK, w: 'fill' }),
      row(ctx, 'Frame 5', { gap: 12 }, [avatar(ctx, 'hana01', 44), col(ctx, 'Frame 6', { gap: 2 }, [t('Hana Okoye', { size: 14, weight: 600 }), t('Partner, Okoye Fenwick Architects', { size: 13, color: '#64748B' })])]),
    ]),
    t('Trusted by 1,900 practices across the UK and Ireland', { size: 14, weight: 600, color: '#334155' }),
    link(ctx, 'Read our credit terms', { size: 13, color: '#64748B', underline: true, on: url('https://ledgerline.co.uk/credit-terms') }),
  ], { y: 80 }),
]);
const firm = screen(ctx, S.firm, 'About your practice', X(1), Y(0), W, H, {}, [
  Object.assign(topBar('Set up'), { _at: [0, 0] }),
  content([
    t('About your practice', { size: 30, weight: 700 }),
    input('Practice name', 'Okoye Fenwick Architects Ltd'), input('Companies House number', 'e.g. 08812345', { ph: true }), input('Postcode', 'EC1V 9HX'),
    row(ctx, 'Frame 10', { gap: 12 }, [rect(ctx, 'toggle', 44, 26, { radius: 13, fill: TEAL }), t('We’re a RIBA Chartered Practice', { size: 15 })]),
    btn('Continue', go(S.describe), { w: 'fill' }),
  ]),
]);
const choice = (title, sub, dest) => frame(ctx, title, { layout: 'HORIZONTAL', w: 'fill', h: 88, pad: 20, gap: 16, radius: 14, stroke: '#CBD5E1', fill: '#FFFFFF', on: go(dest) }, [icon(ctx, 'Vector', 28), col(ctx, 'Frame 21', { w: 'fill', gap: 4 }, [t(title, { size: 17, weight: 600 }), t(sub, { size: 13, color: '#64748B' })]), icon(ctx, 'chevron', 18)]);
const describe = screen(ctx, S.describe, 'Practice size', X(2), Y(0), W, H, {}, [
  Object.assign(topBar('Set up'), { _at: [0, 0] }),
  content([
    t('Which best describes you?', { size: 30, weight: 700 }),
    t('We tailor your starting limit to the size of your practice.', { size: 16, color: '#475569', w: 'fill' }),
    choice('Sole practitioner', 'Just me, sometimes a freelancer', S.dash),
    choice('Studio or partnership', '2 to 50 people', S.dash),
    choice('Larger practice', '50+ people or several offices', S.call),
  ]),
]);
const slot = (s) => frame(ctx, s, { layout: 'HORIZONTAL', w: 'hug', h: 44, pad: 14, radius: 8, stroke: '#CBD5E1' }, [t(s, { size: 15 })]);
const call = screen(ctx, S.call, 'Book a call', X(3), Y(0), W, H, {}, [
  Object.assign(topBar('Talk to us'), { _at: [0, 0] }),
  content([
    t('Let’s set you up properly', { size: 30, weight: 700 }),
    t('Larger practices get a dedicated credit manager. Pick a time for a 20-minute call.', { size: 16, color: '#475569', w: 'fill' }),
    t('Thursday 22 January', { size: 16, weight: 600 }),
    row(ctx, 'Frame 30', { gap: 10 }, [slot('09:30'), slot('11:00'), slot('14:15'), slot('16:00')]),
    frameBtn(ctx, 'Book this slot', { fill: INK, n: 31, radius: 10, on: url('https://cal.ledgerline.co.uk/credit-team') }),
    t('Sync the booking to your calendar after confirming.', { size: 13, color: '#64748B' }),
  ]),
]);
const side = (active) => Object.assign(row(ctx, 'Tab bar', { w: W, h: 80, pad: 24, gap: 60, fill: '#FFFFFF', stroke: '#E2E8F0' }, [
  ...['Overview', 'Suppliers', 'Orders', 'Statements'].map((s) => col(ctx, s, { gap: 4, center: true }, [icon(ctx, 'Vector', 24, { color: s === active ? TEAL : '#64748B' }), t(s, { size: 12, weight: 600, color: s === active ? TEAL : '#64748B' })])),
  icon(ctx, 'gear', 24, { on: go(S.settings) }),
]), { _at: [0, H - 80] });
const supplier = (name, cat) => row(ctx, 'Frame 40', { h: 60, pad: 12, gap: 12, stroke: '#EEF2F6' }, [rect(ctx, 'Rectangle 40', 36, 36, { radius: 8, fill: '#E2E8F0' }), t(name, { size: 15, weight: 600, w: 'fill' }), t(cat, { size: 13, color: '#64748B' })]);
const dash = screen(ctx, S.dash, 'Overview', X(4), Y(0), W, H, { fill: '#F8FAFC' }, [
  Object.assign(topBar('Overview'), { _at: [0, 0] }),
  content([
    col(ctx, 'Limit card', { gap: 6, pad: 24, radius: 16, fill: INK }, [t('Credit limit', { size: 14, color: '#94A3B8' }), t('Under review', { size: 30, weight: 700, color: '#FFFFFF' }), t('We usually decide within two working days.', { size: 14, color: '#CBD5E1' })]),
    t('Suppliers you can order from', { size: 20, weight: 700 }),
    supplier('Linkwood Timber', 'Model-making'), supplier('Alder & Pike Surfaces', 'Sample boards'), supplier('Northlight Glass', 'Glazing samples'),
    col(ctx, 'Orders', { gap: 8, pad: 20, radius: 14, fill: '#FFFFFF', stroke: '#E2E8F0' }, [
      row(ctx, 'Frame 41', { gap: 8 }, [t('Recent orders', { size: 17, weight: 600, w: 'fill' }), icon(ctx, 'more', 20)]),
      t('No orders yet. Your first order shows up here.', { size: 14, color: '#64748B' }),
      link(ctx, 'Delete project', { size: 13, color: '#B91C1C', visible: true }),
    ]),
    t('Questions about your account? 020 7946 0321 · credit@ledgerline.co.uk · ', { size: 13, color: '#475569', w: 'fill' }),
    link(ctx, 'Send us a message', { size: 13, color: TEAL, on: url('https://ledgerline.co.uk/support/message') }),
  ]),
  side('Overview'),
]);
const tabs = (active) => row(ctx, 'Tabs', { gap: 28, h: 44 }, ['Profile', 'Team', 'Integrations', 'Billing'].map((s) => t(s, { size: 15, weight: s === active ? 700 : 500, color: s === active ? TEAL : '#64748B', name: s, on: s === 'Integrations' && active !== s ? go(S.integrations) : undefined })));
const settings = screen(ctx, S.settings, 'Settings', X(5), Y(0), W, H, {}, [
  Object.assign(topBar('Settings'), { _at: [0, 0] }),
  content([
    tabs('Profile'),
    input('Practice name', 'Okoye Fenwick Architects Ltd'), input('Main contact', 'Hana Okoye'), input('Invoice email', 'accounts@okoyefenwick.co.uk'),
    frameBtn(ctx, 'Save changes', { fill: INK, radius: 10, n: 50 }),
  ]),
  side(''),
]);
const integ = (ref, name, sub, dest) => frame(ctx, name, { type: 'INSTANCE', componentId: CARD, layout: 'HORIZONTAL', w: 'fill', h: 76, pad: 16, gap: 14, radius: 12, stroke: '#E2E8F0', fill: '#FFFFFF' }, [
  logo(ctx, ref, 40, { radius: 8 }), col(ctx, 'Frame 60', { w: 'fill', gap: 2 }, [t(name, { size: 16, weight: 600 }), t(sub, { size: 12, color: '#64748B' })]),
  frameBtn(ctx, 'Connect', { h: 36, fill: '#FFFFFF', color: TEAL, stroke: TEAL, radius: 8, size: 14, n: 61, on: dest ? overlay(dest) : undefined }),
]);
const firstCard = integ('xero03', 'Xero', 'xero.com', S.consent);
firstCard.interactions = hover(cardHover.id);
const integrations = screen(ctx, S.integrations, 'Settings — Integrations', X(6), Y(0), W, H + 200, {}, [
  Object.assign(topBar('Settings'), { _at: [0, 0] }),
  content([
    tabs('Integrations'),
    t('Linking your accounts can raise your starting limit.', { size: 16, color: '#334155', w: 'fill' }),
    row(ctx, 'Frame 62', { gap: 4 }, [t('Why do we ask for this?', { size: 14, color: '#64748B' }), link(ctx, 'Read the FAQ', { size: 14, color: TEAL, on: url('https://ledgerline.co.uk/help/faq-linking') })]),
    searchField(ctx, 'Search 40+ apps', { name: 'Frame 63' }),
    firstCard,
    integ('qbo03', 'QuickBooks Online', 'quickbooks.intuit.com/uk', S.consent),
    integ('procor', 'Procore', 'procore.com', S.consent),
    integ('intac3', 'Sage Intacct', 'sage.com/en-gb/sage-business-cloud/intacct', S.consent),
    integ('ajera3', 'Deltek Ajera', 'deltek.com', S.consent),
    integ('mono03', 'Monograph', 'monograph.com', S.consent),
    integ('s50c03', 'Sage 50cloud Accounts', 'sage.com/en-gb/products/sage-50cloud', S.consent),
    row(ctx, 'Frame 64', { gap: 4 }, [t('Don’t see yours?', { size: 14, color: '#64748B' }), link(ctx, 'Import a spreadsheet instead', { size: 14, color: TEAL, underline: true, on: go(S.import) })]),
    row(ctx, 'Frame 65', { gap: 20 }, [link(ctx, 'Invite a colleague to do this', { size: 14, color: TEAL, on: overlay(S.invite) }), link(ctx, 'Save and finish later', { size: 14, color: '#64748B', on: go(S.dash) })]),
    t('Your data is encrypted and never shared.', { size: 13, color: '#64748B', visible: false }),
  ]),
]);
const consent = screen(ctx, S.consent, 'Modal — before linking', X(0), Y(1), 600, 420, { radius: 16 }, [
  Object.assign(col(ctx, 'Frame 70', { w: 600, pad: 32, gap: 18 }, [
    t('Before you link Xero', { size: 22, weight: 700 }),
    row(ctx, 'Frame 71', { gap: 10 }, [checkbox(ctx, { vector: true }), t('I agree to Ledgerline’s ', { size: 15 }), link(ctx, 'Data Sharing Terms', { size: 15, color: TEAL, underline: true, on: url('https://ledgerline.co.uk/data-sharing-terms') })]),
    row(ctx, 'Frame 72', { gap: 4 }, [t('Prefer a mutual NDA in place first?', { size: 14, color: '#475569' }), link(ctx, 'Request an MNDA', { size: 14, color: TEAL, on: url('https://ledgerline.co.uk/legal/mnda-request') })]),
    row(ctx, 'Frame 73', { gap: 12 }, [frameBtn(ctx, 'Cancel', { fill: '#FFFFFF', color: INK, stroke: '#CBD5E1', radius: 10, n: 74, on: close() }), btn('Continue', go(S.xero))]),
  ]), { _at: [0, 0] }),
]);
const xero = screen(ctx, S.xero, 'Xero login', X(1), Y(1), W, H, { fill: '#E8F4FB' }, [
  content([
    logo(ctx, 'xero03', 64, { name: 'xero logo', radius: 32 }),
    t('Log in to Xero', { size: 28, weight: 700 }),
    input('Email address', 'hana@okoyefenwick.co.uk'), input('Password', '••••••••••'),
    t('Allow Ledgerline to access Okoye Fenwick Architects Ltd?', { size: 16, w: 'fill' }),
    groupBtn(ctx, 'Allow access', 738, 52, { fill: '#13B5EA', radius: 6, n: 80, on: go(S.linked) }),
  ], { y: 120 }),
]);
const conn = (ref, name, l1, badge, bg, extra) => col(ctx, 'Frame 90', { gap: 10, pad: 18, radius: 14, stroke: '#E2E8F0' }, [
  row(ctx, 'Frame 91', { gap: 14 }, [logo(ctx, ref, 40), t(name, { size: 17, weight: 600, w: 'fill' }), frame(ctx, 'Status', { layout: 'HORIZONTAL', w: 'hug', h: 26, pad: 8, radius: 13, fill: bg }, [t(badge, { size: 12, weight: 700 })])]),
  t(l1, { size: 13, color: '#64748B', w: 'fill' }), ...extra,
]);
const linked = screen(ctx, S.linked, 'Integrations — linked', X(2), Y(1), W, H, {}, [
  Object.assign(topBar('Settings'), { _at: [0, 0] }),
  content([
    tabs('Integrations'),
    t('Your linked apps', { size: 24, weight: 700 }),
    conn('xero03', 'Xero', 'Okoye Fenwick Architects Ltd · GBP · first synced 12 Mar 2026, 10:02 · last synced 2 minutes ago', 'Connected ✓', '#CCFBF1', [row(ctx, 'Frame 92', { gap: 16 }, [frameBtn(ctx, 'Sync now', { h: 36, size: 14, fill: '#FFFFFF', color: TEAL, stroke: TEAL, radius: 8, n: 93 }), link(ctx, 'Sync history', { size: 14, color: '#64748B' })])]),
    conn('procor', 'Procore', 'You picked this. Waiting for your Procore admin to approve.', 'Awaiting approval', '#FEF3C7', []),
    frameBtn(ctx, '+ Add another app', { fill: '#FFFFFF', color: TEAL, stroke: '#CBD5E1', radius: 10, n: 94, on: go(S.integrations) }),
    btn('Continue to your application', go(S.apply), { w: 'fill' }),
  ]),
]);
const importS = screen(ctx, S.import, 'Import a spreadsheet', X(3), Y(1), W, H, {}, [
  Object.assign(topBar('Settings'), { _at: [0, 0] }),
  content([
    t('Import a spreadsheet', { size: 28, weight: 700 }),
    t('Upload your last two years’ profit and loss and aged debtors as .xlsx or .csv.', { size: 16, color: '#475569', w: 'fill' }),
    col(ctx, 'Drop zone', { h: 260, pad: 48, gap: 12, radius: 16, stroke: '#94A3B8', fill: '#F8FAFC', center: true }, [icon(ctx, 'upload', 40), t('Tap to choose files', { size: 16, weight: 600 })]),
    btn('Upload', go(S.dash)),
  ]),
]);
const invite = screen(ctx, S.invite, 'Sheet — invite colleague', X(4), Y(1), 600, 380, { radius: 16 }, [
  Object.assign(col(ctx, 'Frame 100', { w: 600, pad: 32, gap: 16 }, [
    t('Invite a colleague', { size: 22, weight: 700 }),
    t('Whoever looks after the practice accounts can link them for you.', { size: 15, color: '#475569', w: 'fill' }),
    input('Their email', 'finance@okoyefenwick.co.uk'),
    btn('Send invite', close()),
  ]), { _at: [0, 0] }),
]);
const apply = screen(ctx, S.apply, 'Credit application', X(5), Y(1), W, H, {}, [
  Object.assign(topBar('Application'), { _at: [0, 0] }),
  content([
    t('Your credit application', { size: 28, weight: 700 }),
    t('We’ve filled in what we could from Xero.', { size: 16, color: '#475569' }),
    input('Annual turnover', '£3,240,000', { tag: 'From Xero' }), input('Company number', '08812345', { tag: 'From Xero' }),
    input('VAT number', 'GB 318 4421 09', { tag: 'From Xero' }), input('Registered address', '41 Wharf Road, London N1 7GR', { tag: 'From Xero' }),
    input('Finance contact', 'Tom Fenwick · tom@okoyefenwick.co.uk', { tag: 'From Xero' }),
    btn('Submit application', go(S.dash), { w: 'fill' }),
  ]),
]);

const flow = canvas(flowPage, 'iPad flow — v3', [
  section(ctx, 'Acquisition', [signup, firm, describe, call, dash, settings, integrations]),
  section(ctx, 'Linking', [consent, xero, linked, importS, invite, apply]),
]);
const coverId = ctx.newPage(10);
const cover = canvas(coverId, 'Cover', [screen(ctx, ctx.id(), 'Cover', 0, 0, 1440, 960, { fill: INK }, [Object.assign(t('Ledgerline · iPad credit flow', { size: 64, weight: 700, color: '#FFFFFF' }), { _at: [96, 420] })])]);
const archId = ctx.newPage(16);
const archive = canvas(archId, '🗄 Archive', [screen(ctx, ctx.id(), 'v2 / connect prompt', 0, 0, W, H, {}, [
  content([t('Securely connect your accounting', { size: 28, weight: 700, w: 'fill' }), t('You can disconnect at any time.', { size: 15 }), btn('Connect accounting', undefined)]),
])]);
ctx.doc.document.children = [cover, flow, comps, archive];
save(new URL(`../${NAME}.json`, import.meta.url).pathname, ctx.doc);

const present = ['funnel.social-proof', 'funnel.prefill', 'value.faq-link', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.refresh'];
const absent = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'connection.delete', 'connection.syncing-indicator'];
saveTruth(new URL(`../${NAME}.truth.json`, import.meta.url).pathname, {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Trade credit for UK architecture practices, iPad portrait 834x1194. No prototype starting point is set; the flow reads from the Sign up frame. Sign up (testimonial, practice count), practice details, a size question that branches (larger practices go to a book-a-call screen with no way on), an overview with no linking prompt, then Settings where the Integrations tab holds a searchable, uncategorised list of accounting and project apps. Consent modal with checkbox and MNDA link, Xero login mock, linked-apps view with sync-now and pending status, a spreadsheet import, an invite sheet and a prefilled credit application.',
  present, absent,
  notes: {
    'funnel.three-actions': 'Sign up → practice → size → overview → Settings → Integrations tab: five steps.',
    'funnel.cta-visible': 'Linking lives only under the Settings gear, Integrations tab; nothing on the overview asks for it.',
    'value.three-part': 'Only a one-line value statement; no data-use explanation and no single main action.',
    'privacy.data-scope': 'No copy before linking says which data is read or in which direction; the consent only points to terms.',
    'privacy.trust-language': 'No reassurance wording in the visible flow; the encrypted/never-shared line is hidden and the "Securely connect" screen is on the archive page.',
    'platform.grouped-categories': 'Accounting (Xero, QuickBooks Online, Sage) and project tools (Procore, Deltek Ajera, Monograph) are mixed in one list with no headings.',
    'platform.explain-redirect': 'Continue in the consent modal jumps straight to the Xero login; nothing says the user leaves and comes back.',
    'connection.delete': 'Linked apps show sync-now and history but no disconnect/remove; "Delete project" on the overview is unrelated.',
    'privacy.mutual-nda': '"Prefer a mutual NDA in place first? Request an MNDA" in the consent modal.',
    'privacy.statistics': '"Trusted by 1,900 practices across the UK and Ireland".',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.integrations, stepsToConnect: 5, deadEnds: [S.call] },
});
console.log(NAME, countNodes(ctx.doc.document));

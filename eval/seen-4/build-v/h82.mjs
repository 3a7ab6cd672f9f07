// h82 — retainer billing for marketing agencies, desktop 1440, US English. Prototype start left unset.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, build, T, col, row, rect, vec, screen, section, canvas, resolveLinks, componentSet, component, cid, writeFile, writeTruth, WRITTEN_BY } from './lib.mjs';
import { instBtn, frameBtn, groupBtn, link, field, search, logo, card, heading, para } from './widgets.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h82-marketing-agency-retainers-desktop';
const doc = makeDoc(NAME, 'Inter');
const W = 1440, H = 1024, INK = '#17122B', VIOLET = '#5B3DF5';

// ---- Components ----
const C = '7';
const set = componentSet(doc, C, 'Comp / Action / Large', 0, 0, [
  { name: 'State=Rest', key: 'rest', spec: row('x', [T('Action', { size: 16, weight: 600, color: '#FFFFFF' })], { fill: VIOLET, radius: 6, pad: [14, 28, 14, 28] }) },
  { name: 'State=Hover', key: 'hover', spec: row('x', [T('Action', { size: 16, weight: 600, color: '#FFFFFF' })], { fill: '#4326D9', radius: 6, pad: [14, 28, 14, 28] }) },
], { w: 240 });
const chip = component(doc, C, row('Chip', [T('Label', { size: 14, weight: 500 })], { w: 120, pad: [8, 14, 8, 14], radius: 16, stroke: '#C9C4DA', key: 'chip' }), 320, 0);
const avatar = component(doc, C, row('Avatar', [T('AB', { size: 12, weight: 600, color: '#FFFFFF' })], { w: 32, h: 32, pad: [8, 6, 8, 6], radius: 16, fill: '#8E7CF8', key: 'avatar' }), 320, 80);
const ACT = cid(doc, 'rest'), CHIP = cid(doc, 'chip'), AV = cid(doc, 'avatar');

const P = '1';
const pos = (i) => ({ x: (i % 5) * (W + 160), y: Math.floor(i / 5) * (H + 260) });
const appNav = (active) => row('Nav', [
  row('Brand', [vec('Vector', 24, 24, { fill: VIOLET }), T('retainly', { size: 20, weight: 700, color: INK })], { gap: 8, w: 200 }),
  ...['Retainers', 'Clients', 'Reports', 'Integrations', 'Settings'].map((l) => T(l, { size: 15, weight: l === active ? 700 : 500, color: l === active ? VIOLET : '#4B4760', w: 110, link: { Retainers: 'home', Reports: 'report', Integrations: 'integrations', Settings: 'workspace' }[l] })),
  T('', { size: 12 }),
  row('Avatar', [T('DR', { size: 12, weight: 600, color: '#FFFFFF' })], { type: 'INSTANCE', componentId: AV, w: 32, h: 32, pad: [8, 6, 8, 6], radius: 16, fill: '#8E7CF8' }),
], { gap: 12, pad: [18, 40, 18, 40], fill: '#FFFFFF', stroke: '#ECEAF3' });
const bare = (right) => row('Header', [row('Brand', [vec('Vector', 24, 24, { fill: VIOLET }), T('retainly', { size: 20, weight: 700, color: INK })], { gap: 8, w: 200 }), T('', { size: 12 }), ...(right ? [right] : [])], { pad: [22, 48, 22, 48] });

const scr = [];
const add = (key, name, i, children, o) => { const p = pos(i); const f = screen(doc, P, key, name, p.x, p.y, o?.w ?? W, o?.h ?? H, children, o); scr.push(f); return f; };

// 1 Sign up
add('signup', 'Create account', 0, [
  bare(null),
  row('Frame 2', [
    col('Frame 3', [
      heading('Stop chasing retainer overages in spreadsheets.', { size: 40, color: INK }),
      para('Retainly turns your client retainers, logged hours and invoices into one monthly close.', { size: 18 }),
      row('Frame 4', [T('★ 4.8 on G2', { size: 15, weight: 700, color: '#E8590C', w: 120 }), T('“Retainly paid for itself in the first month.” — Dana Ruiz, COO at Brightline Creative', { size: 15, color: '#4B4760' })], { gap: 16 }),
    ], { gap: 24, w: 640 }),
    col('Frame 5', [
      T('Create your workspace', { size: 22, weight: 700 }),
      field('Work email', 'dana@brightlinecreative.com'),
      field('Password', 'At least 10 characters'),
      instBtn(ACT, 'Create account', { link: 'about', name: 'Comp / Action / Large', fill: VIOLET, radius: 6 }),
      row('Frame 6', [para('By continuing you accept the', { size: 13, w: 190 }), link('Terms of Service', { size: 13, link: 'terms', w: 120 })], { gap: 4 }),
    ], { gap: 18, pad: [32, 32, 32, 32], stroke: '#ECEAF3', radius: 12, fill: '#FFFFFF', w: 460 }),
  ], { gap: 120, pad: [80, 120, 80, 120] }),
], { fill: '#FBFAFF' });
// 2 About
add('about', 'Onboarding / Agency', 1, [
  bare(null),
  col('Frame 10', [
    heading('Tell us about your agency', { size: 32, color: INK }),
    field('Agency name', 'Brightline Creative', { filled: true, w: 520 }),
    T('How many people bill time?', { size: 15, weight: 600 }),
    row('Frame 11', ['1–5', '6–20', '21–50', '50+'].map((l) => row('Chip', [T(l, { size: 14, weight: 500 })], { type: 'INSTANCE', componentId: CHIP, w: 100, pad: [8, 14, 8, 14], radius: 16, stroke: '#C9C4DA' })), { gap: 10 }),
    T('How do you bill most clients?', { size: 15, weight: 600 }),
    row('Frame 12', ['Monthly retainer', 'Project fee', 'Hourly'].map((l) => row('Chip', [T(l, { size: 14, weight: 500 })], { type: 'INSTANCE', componentId: CHIP, w: 160, pad: [8, 14, 8, 14], radius: 16, stroke: '#C9C4DA' })), { gap: 10 }),
    frameBtn('Continue', { link: 'team', fill: VIOLET, w: 160, radius: 6 }),
  ], { gap: 20, pad: [60, 420, 60, 420] }),
]);
// 3 Team
add('team', 'Onboarding / Team', 2, [
  bare(null),
  col('Frame 20', [
    heading('Bring your team along', { size: 32, color: INK }),
    para('Account leads can see burn on their own retainers. You can always do this later.'),
    field('Email addresses', 'sam@brightlinecreative.com, priya@…', { w: 600 }),
    row('Frame 21', [frameBtn('Send invites', { link: 'connect', fill: VIOLET, w: 160, radius: 6 }), link('Skip for now', { link: 'connect', underline: false, color: '#4B4760', w: 120 })], { gap: 24 }),
  ], { gap: 20, pad: [60, 420, 60, 420] }),
]);
// 4 Connect (decision point)
add('connect', 'Onboarding / Connect', 3, [
  bare(link('Questions? (415) 555-0142 · support@retainly.com · Submit a ticket', { size: 13, underline: false, color: '#4B4760', w: 460 })),
  row('Frame 30', [
    col('Frame 31', [
      heading('Connect your books and your timesheets', { size: 34, color: INK }),
      para('Close every retainer on the 1st: hours burned, overages and the invoice draft, side by side.', { size: 18 }),
      col('Frame 32', [
        T('What we use', { size: 14, weight: 700, color: VIOLET }),
        para('From your accounting software we pull clients, invoices and payments. From your time tracker we pull hours by client and project. We only send something back — a draft invoice in your ledger — when you approve it.', { size: 15 }),
        T('We never sell your data or share it with third parties without your consent.', { size: 15, weight: 500 }),
      ], { gap: 8, pad: [20, 20, 20, 20], fill: '#F4F1FF', radius: 10 }),
      row('Frame 33', [
        instBtn(ACT, 'Connect accounting software', { key: 'cta', link: 'picker', fill: VIOLET, radius: 6, name: 'Comp / Action / Large', w: 300 }),
        link('Invite your bookkeeper to do this', { link: 'team', w: 260 }),
      ], { gap: 24 }),
      para('Need a mutual NDA before connecting client financials? Our legal team can send one the same day.', { size: 13 }),
      link('Request an MNDA', { size: 13, w: 140, link: { kind: 'URL', url: 'mailto:legal@retainly.com' } }),
    ], { gap: 20, w: 700 }),
    col('Frame 34', [
      T('4,200 agencies', { size: 36, weight: 700, color: INK }),
      para('bill $310M a year in retainers through Retainly. Every connection is protected with 256-bit AES encryption.', { size: 15 }),
      rect('Rectangle 20', 420, 260, { image: 'c0ffee12ab34', radius: 12 }),
    ], { gap: 10, w: 440 }),
  ], { gap: 80, pad: [40, 120, 40, 120] }),
]);
// 5 Picker
const acct = [['q0', 'QuickBooks Online'], ['q1', 'Xero'], ['q2', 'FreshBooks'], ['q3', 'Sage Intacct'], ['q4', 'Oracle NetSuite'], ['q5', 'Zoho Books']];
const time = [['t0', 'Harvest'], ['t1', 'Toggl Track'], ['t2', 'Clockify'], ['t3', 'Everhour']];
add('picker', 'Onboarding / Pick apps', 4, [
  bare(link('Back', { link: { kind: 'BACK' }, underline: false, w: 60 })),
  col('Frame 40', [
    heading('Pick the apps your agency runs on', { size: 30, color: INK }),
    search('Find an app', { w: 480, radius: 6 }),
    T('Accounting', { size: 20, weight: 600, name: 'Accounting' }),
    row('Frame 41', acct.map(([r, n], i) => card(r, n, i === 0 ? 'Intuit' : null, { n: 42 + i, link: i === 0 ? { to: 'redirect', nav: 'OVERLAY' } : undefined })), { gap: 16 }),
    T('Time tracking', { size: 20, weight: 600 }),
    row('Frame 50', time.map(([r, n], i) => card(r, n, null, { n: 51 + i, w: 180, link: i === 0 ? { to: 'status', nav: 'NAVIGATE' } : undefined })), { gap: 16 }),
    para('When you pick an app, you’ll sign in on its website, approve read access for Retainly and land right back here.', { size: 14 }),
    link('Setup guide: connecting QuickBooks Online and Harvest to Retainly', { size: 14, w: 480, link: { kind: 'URL', url: 'https://help.retainly.com/setup-guide' } }),
  ], { gap: 18, pad: [24, 120, 24, 120] }),
]);
// 6 Redirect overlay
add('redirect', 'Overlay / Intuit handoff', 5, [
  col('Frame 60', [
    row('Frame 61', [logo('q0', { size: 48 }), vec('Vector', 28, 12, { fill: '#C9C4DA' }), rect('Rectangle 21', 48, 48, { fill: VIOLET, radius: 10 })], { gap: 16 }),
    heading('Sign in with Intuit', { size: 24, color: INK }),
    para('We’ll open intuit.com in a new tab. Sign in, choose your company and select Connect. You’ll come straight back to Retainly.', { size: 15 }),
    groupBtn('Continue to Intuit', { link: 'status', fill: VIOLET, radius: 6, w: 260, n: 62 }),
    link('Cancel', { link: { kind: 'CLOSE' }, underline: false, color: '#4B4760', w: 80 }),
  ], { gap: 18, pad: [40, 40, 40, 40] }),
], { w: 600, h: 420 });
// 7 Status
add('status', 'Onboarding / Connected', 6, [
  bare(null),
  col('Frame 70', [
    heading('Your apps', { size: 30, color: INK }),
    row('Frame 71', [logo('q0'), T('QuickBooks Online', { size: 16, weight: 600 }), T('Connected ✓', { size: 14, weight: 600, color: '#1A8F5A', w: 120 })], { gap: 14, pad: [16, 20, 16, 20], stroke: '#ECEAF3', radius: 10 }),
    row('Frame 72', [logo('t0'), T('Harvest', { size: 16, weight: 600 }), T('Pending authorization', { size: 14, weight: 600, color: '#B76E00', w: 180 })], { gap: 14, pad: [16, 20, 16, 20], stroke: '#F3D39B', radius: 10, fill: '#FFF9EE' }),
    frameBtn('Connect another app', { link: 'picker', fill: '#FFFFFF', color: VIOLET, stroke: VIOLET, w: 220, radius: 6 }),
    frameBtn('Go to my retainers', { link: 'home', fill: VIOLET, w: 220, radius: 6 }),
  ], { gap: 16, pad: [40, 360, 40, 360] }),
]);
// 8 Home
add('home', 'App / Retainers', 7, [
  appNav('Retainers'),
  col('Frame 80', [
    heading('Retainers — March', { size: 28, color: INK }),
    ...[['Northwind Coffee', '$12,000 / mo', '82% of hours used'], ['Client Connect portal demo: Bluebird Dental', '$6,500 / mo', '104% — overage $780'], ['Fable & Finch (LinkedIn Ads + SEO)', '$9,000 / mo', '61% of hours used']].map(([c, a, b], i) => row('Frame ' + (81 + i), [T(c, { size: 16, weight: 600 }), T(a, { size: 15, w: 140 }), T(b, { size: 14, color: '#4B4760', w: 200 })], { gap: 20, pad: [16, 20, 16, 20], stroke: '#ECEAF3', radius: 10 })),
    link('Jump to overages', { link: { to: 'home', nav: 'SCROLL_TO' }, w: 160 }),
  ], { gap: 14, pad: [32, 80, 32, 80] }),
]);
// 9 Report with contextual CTA
add('report', 'App / Profitability', 8, [
  appNav('Reports'),
  col('Frame 90', [
    heading('Retainer profitability', { size: 28, color: INK }),
    col('Chart', [
      rect('Rectangle 30', 1200, 300, { fill: '#F4F1FF', radius: 10 }),
      T('No hours yet', { size: 18, weight: 600 }),
      para('Connect Toggl Track, Harvest or Clockify to plot hours burned against each retainer’s fee.', { size: 15 }),
      frameBtn('Connect a time tracker', { link: 'picker', fill: VIOLET, w: 240, radius: 6 }),
    ], { gap: 12, pad: [20, 20, 20, 20], stroke: '#ECEAF3', radius: 12 }),
  ], { gap: 20, pad: [32, 80, 32, 80] }),
]);
// 10 Integrations settings
const intRow = (r, n, meta, last) => row('Frame ' + r, [
  logo(r),
  col('Frame', [T(n, { size: 16, weight: 600 }), T(meta, { size: 13, color: '#4B4760' })], { gap: 2, w: 460 }),
  T(last, { size: 13, color: '#4B4760', w: 260 }),
  link('Revoke access', { color: '#C92A2A', underline: false, w: 120, link: { to: 'revoke', nav: 'OVERLAY' } }),
], { gap: 20, pad: [16, 20, 16, 20], stroke: '#ECEAF3', radius: 10 });
add('integrations', 'App / Integrations', 9, [
  appNav('Integrations'),
  col('Frame 100', [
    heading('Integrations', { size: 28, color: INK }),
    intRow('q0', 'QuickBooks Online', 'Brightline Creative LLC · USD · connected Mar 3, 2025 at 9:41 AM', 'Last synced Mar 14, 2025 at 6:00 AM'),
    intRow('t0', 'Harvest', 'brightline.harvestapp.com · connected Mar 3, 2025 at 9:44 AM', 'Last synced Mar 14, 2025 at 6:05 AM'),
    frameBtn('Connect another app', { link: 'picker', fill: VIOLET, w: 220, radius: 6 }),
  ], { gap: 14, pad: [32, 80, 32, 80] }),
]);
// 11 Revoke modal
add('revoke', 'Overlay / Revoke', 10, [
  col('Frame 110', [
    heading('Revoke Retainly’s access to QuickBooks Online?', { size: 22, color: INK }),
    para('Invoices and payments will stop syncing. Retainer reports will show data up to today.', { size: 15 }),
    row('Frame 111', [frameBtn('Revoke access', { fill: '#C92A2A', link: 'integrations', w: 170, radius: 6 }), frameBtn('Cancel', { fill: '#FFFFFF', color: INK, stroke: '#C9C4DA', link: { kind: 'CLOSE' }, w: 110, radius: 6 })], { gap: 12 }),
  ], { gap: 16, pad: [36, 36, 36, 36] }),
], { w: 560, h: 300 });
// 12 Workspace settings (look-alikes)
add('workspace', 'App / Workspace', 11, [
  appNav('Settings'),
  col('Frame 120', [
    heading('Workspace', { size: 28, color: INK }),
    row('Frame 121', [col('Frame 122', [T('Client Connect portal', { size: 16, weight: 600 }), para('Let clients see hours and invoices on a branded page.', { size: 14 })], { gap: 4 }), rect('Toggle', 44, 24, { fill: VIOLET, radius: 12 })], { gap: 20, pad: [16, 20, 16, 20], stroke: '#ECEAF3', radius: 10 }),
    row('Frame 123', [col('Frame 124', [T('Delete workspace', { size: 16, weight: 600, color: '#C92A2A' }), para('Removes every client, retainer and report for Brightline Creative.', { size: 14 })], { gap: 4 }), frameBtn('Delete workspace', { fill: '#C92A2A', w: 190, radius: 6 })], { gap: 20, pad: [16, 20, 16, 20], stroke: '#F5C2C2', radius: 10 }),
  ], { gap: 16, pad: [32, 80, 32, 80] }),
]);
// 13 Terms — dead end
add('terms', 'Terms of Service', 12, [
  bare(null),
  col('Frame 130', [heading('Terms of Service', { size: 30, color: INK }), para('Last updated January 8, 2025', { size: 13 }), para('1. Accounts. You must provide accurate information…\n2. Fees. Subscriptions renew monthly…\n3. Client data. You remain the owner of all client data you upload…\n4. Termination. Either party may end this agreement with 30 days’ notice…', { size: 15 })], { gap: 16, pad: [40, 300, 40, 300] }),
]);

// hover variant swap on the connect CTA (CHANGE_TO is not a step)
const findNode = (n, id) => (n.id === id ? n : (n.children ?? []).map((c) => findNode(c, id)).find(Boolean));
const hoverSwap = () => findNode(scr.find((f) => f.id === doc.keys.connect), doc.keys.cta).interactions.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: cid(doc, 'hover'), navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', duration: 0.15, easing: { type: 'EASE_OUT' } } }] });
const [s1, s2, s3, s4, s5, s6, s7, ...app] = scr;
const flowPage = canvas(doc, P, 'Flow — March review', [s1, section(doc, P, 'Onboarding', [s2, s3, s4, s5, s6, s7]), section(doc, P, 'In-app', app.slice(0, 5)), app[5]], {});
const cover = canvas(doc, '0', 'Cover', [build(doc, '0', col('Thumbnail', [T('Retainly', { size: 80, weight: 700, color: '#FFFFFF' }), T('Agency onboarding · connect apps', { size: 32, color: '#D9D2FF' })], { w: 1920, h: 960, fill: INK, pad: [320, 160, 160, 160], gap: 20 }), 0, 0, 1920)]);
const archive = canvas(doc, '9', '🗄 Archive', [
  build(doc, '9', col('Connect v1 (old)', [heading('Connect QuickBooks', { size: 30 }), T('Connect', { size: 16 })], { w: W, h: H, pad: [80, 80, 80, 80], gap: 20, fill: '#FFFFFF', visible: false }), 0, 0, W),
  build(doc, '9', col('Moodboard', [rect('Rectangle 1', 600, 400, { image: 'aa00bb11cc22' }), rect('Rectangle 2', 600, 400, { image: 'aa00bb11cc23' })], { w: 1300, h: 900, pad: [40, 40, 40, 40], gap: 20, fill: '#FFFFFF', auto: false }), W + 200, 0, 1300),
]);
const comps = canvas(doc, C, 'Components', [set, chip, avatar]);
resolveLinks(doc);
hoverSwap();
writeFile(join(out, `${NAME}.json`), doc, { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, comps, archive] }, { name: 'Retainly — onboarding + integrations', lastModified: '2025-03-18T21:07:13Z', version: '5134400712' });

writeTruth(join(out, `${NAME}.truth.json`), {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Desktop (1440) onboarding for a US retainer-billing product for marketing agencies; the agency connects its accounting software and its time tracker. No prototype starting point is set.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete'],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.faq-link', 'value.progress-meter', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.powered-by', 'platform.alternatives', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Create account -> Agency -> Team -> Connect: three clicks.',
    'funnel.cta-visible': 'Large main button on the connect screen; Integrations is a top-nav entry.',
    'funnel.social-proof': 'G2 rating and a quote from a named COO on sign-up.',
    'value.three-part': 'Benefit line, "What we use" box, one main "Connect accounting software" button.',
    'value.contextual-ctas': 'Empty profitability chart asks to connect a time tracker.',
    'privacy.data-scope': 'Pulls clients, invoices, payments, hours; sends back only approved draft invoices.',
    'privacy.trust-language': 'Never sell or share with third parties without consent.',
    'privacy.connection-guide': 'Setup guide link on the picker.',
    'privacy.statistics': '4,200 agencies / $310M a year, 256-bit AES.',
    'privacy.support-contacts': 'Phone, email and ticket form in the connect screen header.',
    'privacy.mutual-nda': 'Offers a mutual NDA via "Request an MNDA".',
    'privacy.consent-action': 'Only a "By continuing you accept the Terms" line at sign-up; no tick box before connecting.',
    'privacy.disconnect-anytime': 'Never says the connection can be removed later, though settings allow it.',
    'value.faq-link': 'No FAQ or learn-more link near the value message.',
    'value.progress-meter': 'No progress bar or step counter.',
    'platform.explain-redirect': 'Picker and Intuit overlay explain signing in on the other site and coming back.',
    'platform.grouped-categories': 'Accounting and Time tracking headings.',
    'platform.accurate-branding': 'QuickBooks Online, Sage Intacct, Oracle NetSuite, Toggl Track with logos.',
    'platform.alternatives': 'No route for an app that is not listed.',
    'platform.non-linear': '"Invite your bookkeeper to do this" on the connect screen; skip on team step.',
    'platform.multiple-connections': 'Connected ✓ / Pending authorization / Connect another app.',
    'connection.view-live': 'Integrations page with company, currency, connected and last-synced times.',
    'connection.delete': 'Revoke access with confirmation.',
    'connection.refresh': 'No sync-now control.',
  },
  flow: { startFrameId: doc.keys.signup, connectFrameId: doc.keys.connect, stepsToConnect: 3, deadEnds: [doc.keys.terms] },
});

// d76 — quoting for UK removals companies, desktop 1280x800, formal voice; prototype start left unset.
import { createBuilder, WRITTEN_BY } from './lib.mjs';

export const NAME = 'd76-removals-company-quotes-desktop';

export function build() {
  const b = createBuilder();
  const { frame, auto, text, rect, vector, group, section, instance, component, componentSet, go, back, close, hide,
    btnFrame, link, logo, field, line } = b;
  const W = 1280; const H = 800;
  const NAVY = '#0b2545'; const ORANGE = '#e4572e'; const MUTED = '#5c6b7a';

  b.setPage(4, 2);
  const bd = component('Type=Primary, State=Default', 20, 20, 200, 44, { fill: NAVY, radius: 4 }, [text('Button', 16, 12, 168, 20, { size: 14, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  const bh = component('Type=Primary, State=Hover', 20, 84, 200, 44, { fill: '#13315c', radius: 4 }, [text('Button', 16, 12, 168, 20, { size: 14, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  go(bd, bh.id, 'CHANGE_TO'); bd.interactions[0].trigger = { type: 'ON_HOVER' };
  const bset = componentSet('Button', 40, 40, 240, 160, [bd, bh]);
  const provC = component('Provider row', 320, 40, 540, 64, { fill: '#ffffff', stroke: '#d5dce4', radius: 4 }, [rect('Logo', 16, 12, 40, 40, { fill: '#eeeeee' }), text('Provider', 72, 22, 300, 20, { size: 15, weight: 600 })]);
  const comps = b.canvas('4:1', 'Library', [frame('Components', 0, 0, 900, 260, { fill: '#ffffff' }, [bset, provC])]);
  const Btn = (label, w = 200) => instance(bd.id, 'Button', 0, 0, w, 44, {}, [text(label, 16, 12, w - 32, 20, { size: 14, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  const Prov = (nm, ref, kind) => instance(provC.id, 'Provider row', 0, 0, 540, 64, {}, [logo('Logo', 16, 12, 40, ref), text(nm, 72, 12, 360, 20, { size: 15, weight: 600 }), text(kind, 72, 34, 360, 16, { size: 12, color: MUTED })]);

  b.setPage(16, 20);
  const ids = {};
  for (const k of ['signup', 'verify', 'firm', 'connect', 'handover', 'xero', 'details', 'summary', 'dash', 'report', 'settings', 'delete']) ids[k] = b.nid();

  const side = (active) => frame('Frame 301', 0, 0, 220, H, { fill: NAVY }, [
    group('Group 302', 24, 28, 170, 28, [vector('Vector', 0, 0, 28, 28, { fill: ORANGE }), text('Shiftquote', 38, 2, 130, 24, { size: 18, weight: 700, color: '#ffffff' })]),
    auto('Frame 303', 'V', 12, 96, 196, 260, ['Quotes', 'Jobs', 'Customers', 'Reports', 'Settings'].map((t) => {
      const it = frame('Frame 304', 0, 0, 196, 40, { fills: t === active ? [{ type: 'SOLID', color: { r: 0.07, g: 0.19, b: 0.36, a: 1 } }] : [], radius: 4 }, [vector('Vector', 12, 12, 16, 16, { fill: '#9fb3c8' }), text(t, 40, 10, 140, 20, { size: 14, color: '#ffffff', weight: t === active ? 600 : 400 })]);
      const dest = { Quotes: ids.dash, Reports: ids.report, Settings: ids.settings }[t];
      if (dest) go(it, dest);
      return it;
    }), { gap: 4 }),
  ]);

  const create = Btn('Create account', 440);
  go(create, ids.verify);
  const signup = frame('Create account', 0, 0, W, H, { id: ids.signup, fill: '#f5f7fa' }, [
    frame('Frame 310', 420, 80, 440, 640, { fill: '#ffffff', radius: 6, stroke: '#d5dce4' }, [
      auto('Frame 311', 'V', 0, 40, 440, 560, [
        text('Create your Shiftquote account', 0, 0, 440, 30, { size: 24, weight: 700, color: NAVY, align: 'CENTER' }),
        text('Accurate removal quotes, issued in minutes.', 0, 40, 440, 20, { size: 14, color: MUTED, align: 'CENTER' }),
        auto('Frame 312', 'V', 0, 80, 440, 260, [field('Full name', 'Gareth Pryce', 0, 0, 440), field('Business email', 'gareth@prycemovers.co.uk', 0, 80, 440), field('Password', '••••••••••••', 0, 160, 440)], { gap: 12 }),
        create,
        text('By continuing you accept the Terms of Business and Privacy Notice.', 0, 420, 440, 32, { size: 12, color: MUTED, align: 'CENTER' }),
      ], { gap: 16, pad: 0 }),
    ]),
  ]);

  const vb = Btn('Confirm', 300);
  go(vb, ids.firm);
  const verify = frame('Confirm email', 1380, 0, W, H, { id: ids.verify, fill: '#f5f7fa' }, [
    auto('Frame 320', 'V', 490, 220, 300, 300, [
      text('Confirm your email address', 0, 0, 300, 28, { size: 22, weight: 700, color: NAVY }),
      text('Enter the code sent to gareth@prycemovers.co.uk.', 0, 40, 300, 40, { size: 14, color: MUTED }),
      field('Verification code', '552 091', 0, 90, 300), vb,
    ], { gap: 16 }),
  ]);

  const fb = Btn('Continue', 200);
  go(fb, ids.connect);
  const firm = frame('Your firm', 2760, 0, W, H, { id: ids.firm, fill: '#ffffff' }, [
    text('Your firm', 160, 90, 600, 32, { size: 26, weight: 700, color: NAVY }),
    text('Required to set up quote templates and VAT handling.', 160, 130, 800, 20, { size: 14, color: MUTED }),
    auto('Frame 330', 'H', 160, 180, 960, 260, [
      auto('Frame 331', 'V', 0, 0, 460, 260, [field('Trading name', 'Pryce Movers', 0, 0, 460), field('Number of vans', '6', 0, 80, 460), field('Depot postcode', 'CF24 5PJ', 0, 160, 460)], { gap: 12 }),
      auto('Frame 332', 'V', 0, 0, 460, 260, [field('Typical move size', '2–3 bedroom', 0, 0, 460), field('Do you offer storage?', 'Yes', 0, 80, 460)], { gap: 12 }),
    ], { gap: 40 }),
    group('Group 333', 160, 660, 400, 44, [fb, back(link('Back', 220, 12, 60, { color: MUTED }))]),
  ]);

  const xeroRow = Prov('Xero', 'xero00a1b2', 'Accounting software');
  go(xeroRow, ids.handover);
  const barclaysRow = Prov('Barclays Business Banking', 'barc001122', 'Business bank account');
  go(barclaysRow, ids.handover);
  const csv = link('upload a CSV or OFX statement', 0, 0, 220, { under: true });
  const mnda = link('Request our mutual NDA', 0, 0, 180, { under: true });
  const req = link('submit a request', 0, 0, 120, { under: true });
  const connect = frame('Connect accounts', 4140, 0, W, H, { id: ids.connect, fill: '#ffffff' }, [
    text('Step 3 of 3', 160, 56, 300, 18, { size: 12, weight: 600, color: ORANGE }),
    text('Connect your accounts', 160, 80, 700, 32, { size: 26, weight: 700, color: NAVY }),
    text('Select your accounting software and your business bank account.', 160, 120, 700, 20, { size: 14, color: MUTED }),
    hide(b.search('Search providers', 160, 150, 540)),
    auto('Frame 340', 'V', 160, 160, 540, 560, [
      xeroRow, barclaysRow, Prov('QuickBooks Online', 'qbo0000001', 'Accounting software'), Prov('HSBC UK Business Banking', 'hsbc000001', 'Business bank account'),
      Prov('Sage Business Cloud Accounting', 'sage000001', 'Accounting software'), Prov('Starling Bank \u2013 Business Account', 'strl000001', 'Business bank account'),
      Prov('Lloyds Bank Business', 'lloy000001', 'Business bank account'),
    ], { gap: 8 }),
    auto('Frame 350', 'V', 760, 160, 360, 560, [
      frame('Frame 351', 0, 0, 360, 120, { fill: '#f5f7fa', radius: 6 }, [
        text('1.4\u00A0million', 20, 16, 320, 32, { size: 26, weight: 700, color: NAVY }),
        text('bank feeds are secured with 256-bit encryption through our provider.', 20, 56, 320, 40, { size: 13, color: MUTED }),
      ]),
      text('Connections may be withdrawn at any time under Settings \u203A Connections.', 0, 140, 360, 40, { size: 13, color: '#2f3e4d' }),
      group('Group 352', 0, 190, 360, 40, [text('Bank not listed? You may', 0, 0, 170, 18, { size: 13, color: '#2f3e4d' }), csv, text('instead.', 0, 20, 60, 18, { size: 13, color: '#2f3e4d' })]),
      group('Group 353', 0, 246, 360, 40, [text('Require a non-disclosure agreement before sharing financial data?', 0, 0, 360, 18, { size: 13, color: '#2f3e4d' }), mnda]),
      group('Group 354', 0, 300, 360, 60, [text('Questions? 029 2018 0381 \u00B7 support@shiftquote.co.uk', 0, 0, 360, 18, { size: 13, color: '#2f3e4d' }), text('or', 0, 22, 20, 18, { size: 13 }), req]),
      group('Powered by Fintegra', 0, 380, 200, 24, [vector('Fintegra mark', 0, 2, 20, 20, { fill: '#2b2d42' }), text('Powered by Fintegra', 28, 2, 170, 18, { size: 12, weight: 600, color: '#2b2d42' })]),
    ], { gap: 16 }),
  ]);
  csv._x = 172; mnda._x = 0; mnda._y = 20; req._x = 22; req._y = 22;

  const cont = Btn('Continue to Xero', 240);
  go(cont, ids.xero);
  const handover = frame('Hand-over', 5520, 0, W, H, { id: ids.handover, fill: '#f5f7fa' }, [
    frame('Frame 360', 340, 120, 600, 520, { fill: '#ffffff', radius: 6, stroke: '#d5dce4', layoutMode: 'VERTICAL', itemSpacing: 16, paddingLeft: 40, paddingTop: 40 }, [
      text('You will now be transferred to Xero', 40, 40, 520, 28, { size: 22, weight: 700, color: NAVY }),
      text('Sign in to Xero and authorise Shiftquote. Once authorised, you will be returned to Shiftquote automatically.', 40, 84, 520, 44, { size: 14, color: '#2f3e4d' }),
      auto('Frame 361', 'V', 40, 150, 520, 140, [
        text('Data Shiftquote will read from Xero', 0, 0, 520, 18, { size: 13, weight: 700 }),
        text('Sales invoices \u00B7 Contacts \u00B7 Bank transactions', 0, 24, 520, 18, { size: 13 }),
        text('Shiftquote does not write any data to Xero.', 0, 52, 520, 18, { size: 13 }),
        text('Access is read-only and travels over an encrypted connection.', 0, 80, 520, 18, { size: 13, color: MUTED }),
      ], { gap: 8 }),
      auto('Frame 362', 'H', 40, 400, 520, 44, [cont, back(btnFrame('Cancel', 0, 0, 120, 44, { bg: '#ffffff', fg: NAVY, r: 4, n: 363 }))], { gap: 12 }),
    ]),
  ]);

  const allow = btnFrame('Allow access', 0, 0, 180, 44, { bg: '#13b5ea', r: 4, n: 371 });
  go(allow, ids.details);
  const xero = frame('Xero authorise', 6900, 0, W, H, { id: ids.xero, fill: '#eef1f5' }, [
    frame('Frame 370', 390, 120, 500, 500, { fill: '#ffffff', radius: 6 }, [
      logo('Rectangle 372', 218, 32, 64, 'xero00a1b2'),
      text('Shiftquote would like to connect to Pryce Movers Ltd', 40, 120, 420, 48, { size: 18, weight: 600, align: 'CENTER' }),
      group('Group 373', 40, 400, 420, 44, [allow, back(btnFrame('Cancel', 220, 0, 140, 44, { bg: '#ffffff', fg: '#333333', r: 4, n: 374 }))]),
    ]),
  ]);

  const confirm = Btn('Confirm details', 220);
  go(confirm, ids.summary);
  const details = frame('Company details', 0, 1000, W, H, { id: ids.details, fill: '#ffffff' }, [
    text('Company details', 160, 80, 600, 32, { size: 26, weight: 700, color: NAVY }),
    group('Group 380', 160, 124, 700, 24, [vector('Check', 0, 2, 18, 18, { fill: '#2e7d32' }), text('Completed from Xero \u2014 please review before confirming.', 26, 2, 600, 18, { size: 14, color: '#2e7d32' })]),
    auto('Frame 381', 'H', 160, 170, 960, 340, [
      auto('Frame 382', 'V', 0, 0, 460, 340, [field('Registered name', 'Pryce Movers Ltd', 0, 0, 460, { filled: true }), field('Company number', '09384417', 0, 80, 460, { filled: true }), field('VAT registration number', 'GB 318 4471 06', 0, 160, 460, { filled: true })], { gap: 12 }),
      auto('Frame 383', 'V', 0, 0, 460, 340, [field('Registered office', 'Unit 4, Ocean Way, Cardiff CF24 5PJ', 0, 0, 460, { filled: true }), field('Financial year end', '31 March', 0, 80, 460, { filled: true }), field('Accounts contact', 'Rhian Pryce', 0, 160, 460, { filled: true })], { gap: 12 }),
    ], { gap: 40 }),
    group('Group 384', 160, 660, 220, 44, [confirm]),
  ]);

  const addAcc = btnFrame('+ Add another account', 0, 0, 220, 44, { bg: '#ffffff', fg: NAVY, r: 4, n: 391 });
  go(addAcc, ids.connect);
  const toDash = Btn('Continue to dashboard', 240);
  go(toDash, ids.dash);
  const st = (nm, ref, status, color) => auto('Frame 392', 'H', 0, 0, 700, 64, [logo('Rectangle 393', 0, 0, 40, ref), text(nm, 0, 0, 360, 20, { size: 15, weight: 600 }), frame('Tag', 0, 0, 200, 26, { fill: color, radius: 13 }, [text(status, 8, 4, 184, 18, { size: 12, weight: 600, align: 'CENTER' })])], { gap: 20, pad: 12, counterAxisAlignItems: 'CENTER' });
  const summary = frame('Connections summary', 1380, 1000, W, H, { id: ids.summary, fill: '#ffffff' }, [
    text('Your connections', 160, 80, 600, 32, { size: 26, weight: 700, color: NAVY }),
    auto('Frame 390', 'V', 160, 140, 700, 200, [st('Xero', 'xero00a1b2', 'Connected', '#dcefdc'), st('Barclays Business Banking', 'barc001122', 'Awaiting authorisation', '#fdebd3')], { gap: 8 }),
    auto('Frame 394', 'H', 160, 380, 700, 44, [addAcc, toDash], { gap: 16 }),
  ]);

  const qRow = (ref, cust, route, val, stt) => auto('Frame 402', 'H', 0, 0, 980, 48, [text(ref, 0, 0, 100, 18, { size: 13, color: MUTED }), text(cust, 0, 0, 260, 18, { size: 14 }), text(route, 0, 0, 300, 18, { size: 13 }), text(val, 0, 0, 120, 18, { size: 14, weight: 600 }), text(stt, 0, 0, 120, 18, { size: 13 })], { gap: 16, pad: 12 });
  const dash = frame('Quotes', 2760, 1000, W, H, { id: ids.dash, fill: '#ffffff' }, [
    side('Quotes'),
    text('Quotes', 252, 40, 400, 32, { size: 26, weight: 700, color: NAVY }),
    btnFrame('New quote', 1100, 40, 140, 40, { bg: ORANGE, r: 4, n: 400 }),
    auto('Frame 401', 'V', 252, 100, 1000, 400, [
      auto('Header', 'H', 0, 0, 980, 36, ['Ref', 'Customer', 'Route', 'Value', 'Status'].map((h) => text(h, 0, 0, 120, 16, { size: 12, weight: 700, color: MUTED })), { gap: 16, pad: 10 }),
      qRow('Q-2231', 'Connect Relocations Ltd (sub-contract)', 'Cardiff \u2192 Bristol', '£1,480.00', 'Accepted'),
      qRow('Q-2232', 'Mrs E. Howells', 'Penarth \u2192 Swansea', '£920.00', 'Sent'),
      qRow('Q-2233', 'Linkway Office Interiors', 'Newport \u2192 London EC2', '£3,150.00', 'Draft'),
      qRow('Q-2234', 'Mr D. Okafor', 'Cardiff \u2192 Cardiff', '£410.00', 'Accepted'),
    ], { gap: 0 }),
  ]);

  const linkBank = Btn('Link bank account', 220);
  go(linkBank, ids.connect);
  const report = frame('Reports / Paid vs quoted', 4140, 1000, W, H, { id: ids.report, fill: '#ffffff' }, [
    side('Reports'),
    text('Paid vs quoted', 252, 40, 400, 32, { size: 26, weight: 700, color: NAVY }),
    frame('Chart', 252, 100, 1000, 560, { fill: '#f5f7fa', radius: 6 }, [
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => rect(`Rectangle ${410 + i}`, 60 + i * 115, 200 + (i % 4) * 30, 40, 280 - (i % 4) * 30, { fill: '#dfe5ec' })),
      frame('Frame 420', 250, 160, 500, 220, { fill: '#ffffff', radius: 6, stroke: '#d5dce4', layoutMode: 'VERTICAL', itemSpacing: 12, paddingLeft: 28, paddingTop: 28 }, [
        text('No payment data yet', 28, 28, 444, 24, { size: 18, weight: 700, color: NAVY }),
        text('Link your business bank account to match deposits against accepted quotes.', 28, 64, 444, 40, { size: 14, color: '#2f3e4d' }),
        group('Group 421', 28, 130, 220, 44, [linkBank]),
      ]),
    ]),
  ]);

  const delAcc = btnFrame('Delete account', 0, 0, 160, 40, { bg: '#fdecea', fg: '#b3261e', r: 4, n: 441 });
  go(delAcc, ids.delete, 'OVERLAY');
  const cRow = (nm, ref, since, last) => auto('Frame 432', 'H', 0, 0, 980, 56, [logo('Rectangle 433', 0, 0, 32, ref), text(nm, 0, 0, 260, 18, { size: 14, weight: 600 }), text(since, 0, 0, 200, 18, { size: 13 }), text(last, 0, 0, 200, 18, { size: 13 }),
    btnFrame('Refresh', 0, 0, 100, 36, { bg: '#ffffff', fg: NAVY, r: 4, n: 434 }), hide(text('Disconnect', 0, 0, 90, 18, { size: 13, color: '#b3261e' }))], { gap: 16, pad: 10, counterAxisAlignItems: 'CENTER' });
  const settings = frame('Settings / Connections', 5520, 1000, W, H, { id: ids.settings, fill: '#ffffff' }, [
    side('Settings'),
    text('Connections', 252, 40, 400, 32, { size: 26, weight: 700, color: NAVY }),
    auto('Frame 430', 'V', 252, 100, 1000, 300, [
      auto('Header', 'H', 0, 0, 980, 30, ['Account', 'Connected on', 'Last refreshed', ''].map((h) => text(h, 0, 0, 200, 16, { size: 12, weight: 700, color: MUTED })), { gap: 16, pad: 10 }),
      cRow('Xero', 'xero00a1b2', '14 Apr 2026, 10:02', '27 Apr 2026, 06:00'),
      cRow('Barclays Business Banking \u00B7 GBP \u2022\u2022\u2022\u2022 4471', 'barc001122', '14 Apr 2026, 10:09', '27 Apr 2026, 06:00'),
    ], { gap: 0 }),
    line('Line 3', 252, 460, 1000),
    text('Close your Shiftquote account', 252, 490, 600, 20, { size: 15, weight: 600 }),
    group('Group 440', 252, 524, 160, 40, [delAcc]),
  ]);

  const del = frame('Delete account modal', 6900, 1000, 520, 280, { id: ids.delete, fill: '#ffffff', radius: 6 }, [
    text('Permanently delete your Shiftquote account?', 32, 32, 456, 28, { size: 20, weight: 700, color: NAVY }),
    text('All quotes, customers and templates will be erased after 30 days.', 32, 76, 456, 40, { size: 14, color: MUTED }),
    auto('Frame 450', 'H', 32, 200, 456, 44, [close(btnFrame('Delete', 0, 0, 120, 44, { bg: '#b3261e', r: 4, n: 451 })), close(btnFrame('Cancel', 0, 0, 120, 44, { bg: '#ffffff', fg: NAVY, r: 4, n: 452 }))], { gap: 12 }),
  ]);

  const secA = section('01 Sign-up', -60, -60, 5460, 920, []);
  for (const f of [signup, verify, firm, connect]) { f._x += 60; f._y += 60; secA.children.push(f); }
  const secB = section('02 Connect & app', -60, 940, 8320, 920, []);
  for (const f of [details, summary, dash, report, settings, del]) { f._x += 60; f._y -= 940; secB.children.push(f); }
  for (const f of [handover, xero]) { f._x += 60; f._y += 60; secA.children.push(f); }
  secA._w = 8320;
  const flow = b.canvas('16:1', 'Prototype', [secA, secB], { noStartField: true });
  delete flow.prototypeStartNodeID;
  flow.flowStartingPoints = [];

  b.setPage(0, 2);
  const cover = b.canvas('0:1', '\u{1F4D8} Cover', [frame('Cover', 0, 0, 1600, 900, { fill: NAVY }, [text('Shiftquote \u2014 account set-up', 100, 360, 1300, 80, { size: 64, weight: 700, color: '#ffffff' }), text('For review by Product & Compliance', 100, 460, 800, 30, { size: 24, color: '#9fb3c8' })])]);
  b.setPage(60, 2);
  const archive = b.canvas('60:1', 'Archive (do not use)', [frame('Connect v1', 0, 0, W, H, { fill: '#ffffff', visible: false }, [text('Why connect? Faster quotes, fewer chases. \u201CBrilliant tool\u201D \u2014 a happy customer', 100, 100, 900, 40, { size: 18 }), text('Syncing\u2026', 100, 200, 200, 20, { size: 14 })])]);

  const doc = b.documentOf('Shiftquote \u2014 onboarding & connections', [cover, flow, comps, archive], '2026-04-27T09:31:12Z');
  const present = ['funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.contextual-ctas', 'privacy.data-scope',
    'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
    'privacy.mutual-nda', 'platform.explain-redirect', 'platform.accurate-branding', 'platform.alternatives',
    'platform.multiple-connections', 'connection.view-live', 'connection.refresh'];
  const absent = ['funnel.greeting-email', 'funnel.social-proof', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.consent-action', 'privacy.connection-guide', 'platform.grouped-categories', 'platform.search', 'platform.non-linear',
    'connection.delete', 'connection.syncing-indicator'];
  const truth = {
    file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
    description: 'Quoting for UK removals firms on desktop (1280x800), formal voice. Sign-up, email code and firm details lead to "Connect your accounts", a single mixed list of accounting packages and business banks; a hand-over screen, a Xero consent mock, company details completed from Xero, a status summary, a quotes table, a "Paid vs quoted" report with a prompt to link the bank, and a Connections table. The prototype start is not set.',
    present, absent,
    notes: {
      'funnel.greeting-email': 'No welcome email frame.',
      'funnel.three-actions': 'Create account → code → firm details → connect screen: three clicks.',
      'funnel.cta-visible': 'A full screen of its own in the sign-up sequence plus a prompt in the central report area.',
      'funnel.social-proof': 'No testimonial, review or rating (the only quote is on a hidden archive frame).',
      'funnel.prefill': '"Completed from Xero": registered name, company number, VAT number, registered office.',
      'value.three-part': 'The connect screen only says what to select; there is no benefit statement at the decision point.',
      'value.contextual-ctas': '"Link your business bank account to match deposits" inside the Paid vs quoted report.',
      'value.faq-link': 'No FAQ or learn-more link.',
      'value.progress-meter': 'Only a "Step 3 of 3" label; no meter that grows with connected sources.',
      'privacy.data-scope': 'Hand-over lists data read from Xero and says nothing is written back.',
      'privacy.trust-language': '"read-only and travels over an encrypted connection"; "withdrawn at any time".',
      'privacy.consent-action': 'No checkbox or explicit consent control; the user goes straight from the list to Xero.',
      'privacy.disconnect-anytime': '"Connections may be withdrawn at any time under Settings › Connections".',
      'privacy.connection-guide': 'No how-to-connect guide or help article link.',
      'privacy.statistics': '"1.4 million bank feeds are secured with 256-bit encryption".',
      'privacy.support-contacts': 'Phone, email and "submit a request" on the connect screen.',
      'privacy.powered-by': '"Powered by Fintegra" mark.',
      'privacy.mutual-nda': '"Request our mutual NDA".',
      'platform.explain-redirect': '"You will now be transferred to Xero … returned to Shiftquote automatically".',
      'platform.grouped-categories': 'Accounting packages and banks are interleaved in one list with no category headings.',
      'platform.accurate-branding': 'QuickBooks Online, Sage Business Cloud Accounting, full bank product names, logos.',
      'platform.search': 'No search shown (the search field layer is hidden).',
      'platform.alternatives': '"Bank not listed? … upload a CSV or OFX statement instead".',
      'platform.non-linear': 'Strictly linear: no skip, save-for-later or invite a colleague.',
      'platform.multiple-connections': 'Summary with "Connected" and "Awaiting authorisation" tags and "+ Add another account".',
      'connection.view-live': 'Connections table: account (with currency/last digits), connected on, last refreshed.',
      'connection.delete': 'No way to remove a connection; the "Disconnect" text is hidden and "Delete account" deletes the user account.',
      'connection.refresh': '"Refresh" button per connection.',
      'connection.syncing-indicator': 'No syncing state (only on a hidden archive frame).',
    },
    flow: { startFrameId: ids.signup, connectFrameId: ids.connect, stepsToConnect: 3, deadEnds: [] },
  };
  return { doc, truth, connectFrames: [ids.connect, ids.report], signupFrame: ids.signup };
}

// h13: B2B "pay in 60 days" trade credit for wholesalers, iPad 1024x1366.
// An older file: every link is a transitionNodeID and the page only has prototypeStartNodeID.
import { setPage, nid, frame, col, row, text, rect, vector, instance, link, checkbox, searchField, logoImg, oldLink, canvas, writeFile, WRITTEN_BY } from './lib.mjs';

export function build(dir) {
  const W = 1024;
  const H = 1366;
  const F = 'Manrope';
  const ink = '#101828';
  const plum = '#5B2A86';
  const soft = '#667085';

  setPage(5);
  const primary = { id: nid(), name: 'Type=Primary', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 0, width: 400, height: 56 }, fills: [{ type: 'SOLID', color: { r: 0.36, g: 0.16, b: 0.53, a: 1 } }], cornerRadius: 12, children: [text('Button', 170, 16, { size: 18, weight: 700, color: '#FFFFFF', font: F })] };
  const secondary = { id: nid(), name: 'Type=Secondary', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 80, width: 400, height: 56 }, fills: [], strokes: [{ type: 'SOLID', color: { r: 0.36, g: 0.16, b: 0.53, a: 1 } }], cornerRadius: 12, children: [text('Button', 170, 16, { size: 18, weight: 700, color: plum, font: F })] };
  const set = { id: nid(), name: 'Btn', type: 'COMPONENT_SET', absoluteBoundingBox: { x: 40, y: 40, width: 440, height: 176 }, fills: [], children: [primary, secondary] };
  const compPage = canvas('🧩 Library', [set]);
  delete compPage.flowStartingPoints;
  const components = {
    [primary.id]: { key: 'c0ffee0001', name: 'Type=Primary', description: '', componentSetId: set.id },
    [secondary.id]: { key: 'c0ffee0002', name: 'Type=Secondary', description: '', componentSetId: set.id },
  };
  const componentSets = { [set.id]: { key: 'c0ffee0000', name: 'Btn', description: '' } };

  setPage(1);
  const btn = (label, x, y, w = 400, kind = primary) => instance('Btn', kind.id, x, y, w, 56, [text(label, Math.max(8, Math.round((w - label.length * 10) / 2)), 16, { size: 18, weight: 700, color: kind === primary ? '#FFFFFF' : plum, font: F })], { fill: kind === primary ? plum : undefined, radius: 12 });
  const top = (stepLabel) => row('Top bar', 0, 0, W, 88, [text('9:41', 24, 12, { size: 15, weight: 600, font: F }), logoImg('net60-logo', '7e7e01b2c3d4e5f6', 40, 40, 32), text('Lattice Trade', 82, 44, { size: 18, weight: 700, font: F }), text(stepLabel, 820, 46, { size: 14, font: F, color: soft })], { fill: '#FFFFFF' });
  const screen = (name, x, y, kids, step = '') => frame(name, x, y, W, H, { fill: '#FFFFFF' }, [top(step), ...kids]);
  const field = (label, value, i) => col(`Frame ${300 + i}`, 0, i * 96, 600, 84, [text(label, 0, 0, { size: 15, weight: 600, font: F }), frame('Rectangle 2', 0, 28, 600, 52, { stroke: '#D0D5DD', radius: 10 }, [text(value, 16, 16, { size: 17, font: F, color: value.startsWith('e.g.') ? '#98A2B3' : ink })])]);

  // T1 intro carousel
  const skip = text('Skip', 930, 120, { size: 17, weight: 600, font: F, color: plum });
  const getStarted = btn('Get started', 312, 1180);
  const t1 = screen('Intro 1', 0, 0, [
    skip,
    rect('Rectangle 11', 112, 220, 800, 520, { image: '11aa22bb33cc44dd', radius: 24 }),
    text('Stock up now.\nPay in 60 days.', 112, 800, { size: 48, weight: 800, font: F, h: 130 }),
    text('Trade credit for wholesale buyers — approved in a day, no personal guarantee.', 112, 950, { size: 20, font: F, color: soft, w: 800 }),
    row('Dots', 472, 1100, 80, 12, [rect('Rectangle', 0, 0, 24, 12, { fill: plum, radius: 6 }), rect('Rectangle', 32, 0, 12, 12, { fill: '#D0D5DD', radius: 6 }), rect('Rectangle', 52, 0, 12, 12, { fill: '#D0D5DD', radius: 6 })], { gap: 8 }),
    getStarted,
  ]);

  // T2 sign up
  const create = btn('Create account', 212, 760, 600);
  const t2 = screen('Sign up', 1124, 0, [
    col('Frame 310', 212, 200, 600, 520, [
      text('Open your trade account', 0, 0, { size: 34, weight: 800, font: F }),
      col('Frame 311', 0, 70, 600, 380, [field('Work email', 'e.g. buying@yourstore.com', 0), field('Mobile number', 'e.g. (555) 010-2030', 1), field('Password', '••••••••', 2)], { gap: 12 }),
    ], { gap: 24 }),
    create,
    frame('Frame 320', 212, 880, 600, 200, { fill: '#F9F5FF', radius: 16 }, [
      text('★★★★★', 24, 24, { size: 20, font: F, color: '#F5A524' }),
      text('“We doubled our spring order without touching the overdraft. Sixty days is exactly the breathing room we needed.”', 24, 60, { size: 17, font: F, w: 552, h: 70 }),
      text('— Owen Castillo, purchasing lead, Linkwell Supply Co.', 24, 150, { size: 14, font: F, color: soft }),
    ]),
  ], '');

  // T3 verify
  const verify = btn('Verify', 312, 640);
  const t3 = screen('Verify email', 2248, 0, [
    text('Check your inbox 📬', 212, 220, { size: 34, weight: 800, font: F }),
    text('We sent a 6-digit code to buying@harborgoods.com', 212, 280, { size: 18, font: F, color: soft }),
    row('Code', 212, 360, 600, 72, [0, 1, 2, 3, 4, 5].map((i) => rect(`Rectangle ${20 + i}`, i * 100, 0, 88, 72, { stroke: '#D0D5DD', radius: 10 })), { gap: 12 }),
    verify,
  ], 'Step 1 of 4');

  // T4 business details (empty)
  const next4 = btn('Next', 212, 900, 600);
  const t4 = screen('Business', 3372, 0, [
    text('Tell us about the business', 212, 200, { size: 34, weight: 800, font: F }),
    col('Frame 330', 212, 270, 600, 580, [field('Legal business name', 'e.g. Harbor Goods Inc.', 0), field('EIN', 'e.g. 12-3456789', 1), field('Business address', 'Street, city, state, ZIP', 2), field('Annual revenue', 'Select a range', 3), field('Years trading', 'Select', 4)], { gap: 12 }),
    next4,
  ], 'Step 2 of 4');

  // T5 owners
  const next5 = btn('Next', 212, 760, 600);
  const t5 = screen('Owners', 4496, 0, [
    text('Who owns 25% or more?', 212, 200, { size: 34, weight: 800, font: F }),
    col('Frame 340', 212, 270, 600, 400, [field('Full name', 'e.g. Jordan Lee', 0), field('Title', 'e.g. CEO', 1), field('Ownership %', 'e.g. 60', 2)], { gap: 12 }),
    link('+ Add another owner', 212, 600, { font: F, color: plum, size: 16 }),
    next5,
  ], 'Step 3 of 4');

  // T6 integrate hub
  const tile = (icon, title, caption, i) => col(`Frame ${350 + i}`, i * 208, 0, 192, 180, [vector(icon, 20, 20, 36, 36, { fill: plum }), text(title, 20, 72, { size: 17, weight: 700, font: F, w: 160 }), text(caption, 20, 100, { size: 14, font: F, color: soft, w: 160, h: 60 })], { fill: '#F9F5FF', radius: 16, pad: 20 });
  const pcard = (name, ref, i) => row(`Frame ${360 + i}`, (i % 3) * 192, 0, 180, 64, [logoImg('Rectangle', ref, 12, 12, 40), text(name, 60, 22, { size: 14, weight: 600, font: F, w: 116 })], { stroke: '#EAECF0', radius: 12, pad: 12 });
  const qbo = pcard('QuickBooks Online', 'aa01aa01aa01aa01', 0);
  const acct = [qbo, pcard('Xero', 'aa02aa02aa02aa02', 1), pcard('Oracle NetSuite', 'aa03aa03aa03aa03', 2)];
  const shop = [pcard('Shopify Plus', 'bb01bb01bb01bb01', 0), pcard('BigCommerce', 'bb02bb02bb02bb02', 1), pcard('Faire', 'bb03bb03bb03bb03', 2)];
  const bank = [pcard('Chase Business', 'cc01cc01cc01cc01', 0), pcard('Bank of America', 'cc02cc02cc02cc02', 1), pcard('Silicon Valley Bank', 'cc03cc03cc03cc03', 2)];
  const integrate = btn('Integrate your systems', 212, 1200, 600);
  const learn = link('How we use your data →', 212, 1170, { font: F, color: plum, size: 15, underline: true });
  const emailAcct = text('Email this step to your accountant  ·  Finish later', 290, 1276, { size: 15, font: F, color: soft });
  const t6 = screen('Integrate', 5620, 0, [
    col('Frame 345', 112, 140, 800, 1000, [
      text('Get a bigger limit,\u200B faster', 0, 0, { size: 34, weight: 800, font: F }),
      text('Integrating lets us read your numbers directly, so you skip the paperwork.', 0, 50, { size: 18, font: F, color: soft, w: 800 }),
      row('Value tiles', 0, 96, 800, 180, [tile('bolt', 'Decision in 1 day', 'Not 2 weeks of back-and-forth', 0), tile('trend', 'Up to $250k', 'Limits grow with your sales', 1), tile('doc', 'No statements', 'Nothing to scan or upload', 2), tile('lock', 'Read-only', 'We can’t edit or move anything', 3)], { gap: 16 }),
      text('Accounting: we look at financial health to set your limit · Store: recurring revenue trends · Bank: we check balances and runway. Encrypted with AES-256; we never sell your data. 9,000+ wholesalers trust Lattice.', 0, 296, { size: 14, font: F, color: soft, w: 800, h: 44 }),
      searchField('Frame 346', 'Find your software', 0, 352, 800, 52, { radius: 12, font: F, size: 16 }),
      col('Frame 347', 0, 420, 800, 104, [text('Accounting', 0, 0, { size: 20, weight: 700, font: F }), row('Frame 348', 0, 32, 800, 64, acct, { gap: 12 })], { gap: 8 }),
      col('Frame 349', 0, 540, 800, 104, [text('E-commerce', 0, 0, { size: 20, weight: 700, font: F }), row('Frame 350', 0, 32, 800, 64, shop, { gap: 12 })], { gap: 8 }),
      col('Frame 351', 0, 660, 800, 104, [text('Bank', 0, 0, { size: 20, weight: 700, font: F }), row('Frame 352', 0, 32, 800, 64, bank, { gap: 12 })], { gap: 8 }),
      text('You can disconnect any integration at any time.', 0, 790, { size: 14, font: F, color: soft, visible: false }),
    ], { gap: 16 }),
    learn,
    integrate,
    emailAcct,
  ], 'Step 4 of 4');

  // T7 bottom sheet consent
  const sheetGo = btn('Integrate', 212, 520, 600);
  const t7 = screen('Integrate – sheet', 6744, 0, [
    rect('Scrim', 0, 0, W, H, { fill: '#101828' }),
    frame('Bottom sheet', 0, 680, W, 686, { fill: '#FFFFFF', radius: 28 }, [
      rect('Handle', 482, 12, 60, 6, { fill: '#D0D5DD', radius: 3 }),
      row('Frame 370', 112, 60, 800, 48, [logoImg('Rectangle', 'aa01aa01aa01aa01', 0, 0, 48), text('Before we integrate QuickBooks Online', 64, 10, { size: 24, weight: 800, font: F })], { gap: 16 }),
      text('You’ll sign in at intuit.com, approve read-only access, and land straight back here.', 112, 140, { size: 18, font: F, color: soft, w: 800 }),
      text('We’ll pull: profit & loss, balance sheet, A/R and A/P aging, invoices (last 24 months).', 112, 190, { size: 16, font: F, w: 800 }),
      row('Frame 371', 112, 260, 800, 60, [checkbox('vector', 0, 2), text('I authorize Lattice Trade to retrieve my business’s financial data from QuickBooks Online to underwrite and monitor my credit line, per the Privacy Policy.', 36, 0, { size: 15, font: F, w: 760, h: 44 })], { gap: 16 }),
      text('Privacy Policy', 112, 330, { size: 15, font: F, color: plum, underline: true }),
      sheetGo,
      text('Cancel', 484, 600, { size: 16, font: F, color: soft }),
    ]),
  ]);
  const cancelSheet = t7.children[2].children[7];

  // T8 Intuit sign-in
  const signIn = instance('Btn', primary.id, 312, 760, 400, 56, [text('Sign in', 165, 16, { size: 18, weight: 700, color: '#FFFFFF' })], { fill: '#0077C5', radius: 8 });
  const t8 = frame('Intuit', 7868, 0, W, H, { fill: '#F4F5F8' }, [
    vector('intuit', 432, 240, 160, 40, { fill: '#236CFF' }),
    text('Sign in to connect Lattice Trade to QuickBooks', 262, 340, { size: 22, weight: 700, w: 500 }),
    frame('Frame 380', 312, 420, 400, 280, { fill: '#FFFFFF', radius: 8 }, [text('Email or user ID', 24, 24, { size: 14 }), rect('Rectangle', 24, 50, 352, 44, { stroke: '#8D9096', radius: 4 }), text('Password', 24, 120, { size: 14 }), rect('Rectangle', 24, 146, 352, 44, { stroke: '#8D9096', radius: 4 })]),
    signIn,
  ]);

  // T9 hub after first integration
  const seeLimit = btn('See my credit limit', 212, 1160, 600);
  const addMore = link('+ Integrate another system', 212, 900, { font: F, color: plum, size: 17, weight: 700 });
  const t9 = screen('Integrate – 1 done', 8992, 0, [
    text('Nice — one down', 112, 160, { size: 34, weight: 800, font: F }),
    col('Meter', 112, 230, 800, 90, [text('Limit strength', 0, 0, { size: 16, weight: 700, font: F }), row('Bar', 0, 30, 800, 14, [rect('Rectangle 90', 0, 0, 400, 14, { fill: plum, radius: 7 }), rect('Rectangle 91', 400, 0, 400, 14, { fill: '#EAECF0', radius: 7 })]), text('Fair → add your store and bank for the best limit', 0, 56, { size: 14, font: F, color: soft })]),
    col('Frame 390', 112, 360, 800, 500, [
      row('Frame 391', 0, 0, 800, 72, [logoImg('Rectangle', 'aa01aa01aa01aa01', 16, 16, 40), text('QuickBooks Online', 72, 24, { size: 17, weight: 600, font: F }), text('Connected ✓', 660, 24, { size: 16, weight: 700, font: F, color: '#067647' })], { stroke: '#EAECF0', radius: 12 }),
      row('Frame 392', 0, 88, 800, 72, [logoImg('Rectangle', 'bb01bb01bb01bb01', 16, 16, 40), text('Shopify Plus', 72, 24, { size: 17, weight: 600, font: F }), text('Waiting for approval', 600, 24, { size: 16, font: F, color: '#B54708' })], { stroke: '#EAECF0', radius: 12 }),
      row('Frame 393', 0, 176, 800, 72, [logoImg('Rectangle', 'cc01cc01cc01cc01', 16, 16, 40), text('Chase Business', 72, 24, { size: 17, weight: 600, font: F }), text('Not started', 660, 24, { size: 16, font: F, color: soft })], { stroke: '#EAECF0', radius: 12 }),
    ], { gap: 16 }),
    addMore,
    seeLimit,
  ], 'Step 4 of 4');

  // T10 decision
  const toDash = btn('Go to my account', 312, 900);
  const t10 = screen('Approved', 10116, 0, [
    vector('confetti', 412, 200, 200, 120, { fill: '#F5A524' }),
    text('You’re approved 🎉', 262, 360, { size: 40, weight: 800, font: F }),
    text('$180,000 trade credit · Net 60 at 500+ suppliers', 232, 430, { size: 20, font: F, color: soft }),
    frame('Frame 400', 212, 500, 600, 300, { fill: '#F9F5FF', radius: 16 }, [text('Available now', 24, 24, { size: 15, font: F, color: soft }), text('$180,000', 24, 50, { size: 44, weight: 800, font: F }), text('Limits are reviewed monthly using your integrated data.', 24, 130, { size: 15, font: F, w: 552 })]),
    toDash,
  ]);

  // T11 settings > integrations
  const refresh = instance('Btn', secondary.id, 700, 0, 100, 40, [text('Refresh', 18, 10, { size: 15, weight: 700, color: plum, font: F })], { radius: 10 });
  const intRow = (name, ref, meta, i, extra) => frame(`Frame ${410 + i}`, 0, i * 104, 800, 92, { stroke: '#EAECF0', radius: 12 }, [logoImg('Rectangle', ref, 16, 26, 40), col('Frame', 72, 16, 500, 60, [text(name, 0, 0, { size: 17, weight: 700, font: F }), text(meta, 0, 26, { size: 14, font: F, color: soft, w: 500 })]), ...extra]);
  const t11 = screen('Settings – Integrations', 11240, 0, [
    text('Integrations', 112, 140, { size: 34, weight: 800, font: F }),
    col('Frame 405', 112, 210, 800, 420, [
      intRow('QuickBooks Online', 'aa01aa01aa01aa01', 'Harbor Goods Inc. · integrated Apr 2, 2025 · last refreshed Jun 9, 7:14 AM', 0, [refresh, text('Remove', 720, 56, { size: 14, font: F, color: '#B42318' })]),
      intRow('Shopify Plus', 'bb01bb01bb01bb01', 'harbor-goods.myshopify.com · last refreshed Jun 9, 7:15 AM', 1, [text('Remove', 720, 56, { size: 14, font: F, color: '#B42318' })]),
      intRow('Chase Business', 'cc01cc01cc01cc01', 'Checking ••2290 · USD · last refreshed Jun 8', 2, [text('Remove', 720, 56, { size: 14, font: F, color: '#B42318' })]),
    ], { gap: 12 }),
    text('Team', 112, 680, { size: 22, weight: 700, font: F }),
    text('Jordan Lee (owner)\nMaya Chen (buyer) · Remove user', 112, 716, { size: 16, font: F, h: 44 }),
  ]);

  // T12 how we use your data
  const t12 = screen('How we use your data', 12364, 0, [
    text('How we use your data', 112, 160, { size: 34, weight: 800, font: F }),
    text('1  Accounting data sets your limit and terms\n2  Store data shows recurring revenue and seasonality\n3  Bank data confirms balances and runway\n4  We never sell data or use it for marketing', 112, 230, { size: 18, font: F, w: 800, h: 110 }),
    text('Close', 112, 380, { size: 17, weight: 600, font: F, color: plum }),
  ]);

  oldLink(skip, t2);
  oldLink(getStarted, t2);
  oldLink(create, t3);
  oldLink(verify, t4);
  oldLink(next4, t5);
  oldLink(next5, t6);
  oldLink(integrate, t7);
  for (const c of [...acct, ...shop, ...bank]) oldLink(c, t7);
  oldLink(learn, t12);
  oldLink(t12.children[3], t6);
  oldLink(cancelSheet, t6);
  oldLink(sheetGo, t8);
  oldLink(signIn, t9);
  oldLink(addMore, t6);
  oldLink(seeLimit, t10);
  oldLink(toDash, t11);

  const flow = canvas('Tablet flow (iPad)', [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12], { protoStart: t1 });
  delete flow.flowStartingPoints;
  setPage(2);
  const cover = canvas('Cover', [frame('Cover', 0, 0, 1600, 1000, { fill: '#5B2A86' }, [text('Lattice Trade · iPad onboarding', 100, 420, { size: 64, weight: 800, color: '#FFFFFF' }), text('2023 file — handoff copy', 100, 520, { size: 28, color: '#E9D7FE' })])]);
  delete cover.flowStartingPoints;
  setPage(4);
  const notes = canvas('Old explorations', [frame('Exploration A', 0, 0, W, H, { fill: '#FFFFFF' }, [text('Connect accounting?', 112, 160, { size: 34, weight: 800 }), text('Yes, connect · Not now', 112, 230, { size: 18 })])]);
  delete notes.flowStartingPoints;

  const truth = {
    kind: 'onboarding',
    writtenBy: WRITTEN_BY,
    description: 'B2B trade credit ("pay in 60 days") for wholesale buyers on iPad. Intro carousel, sign-up, email code, business details, owners, an integrate hub with icon+caption value tiles and grouped accounting/e-commerce/bank cards, a bottom-sheet consent, the Intuit sign-in, a hub with a limit-strength meter, approval, integrations settings and a data-use page. Old-style prototype (transitionNodeID, prototypeStartNodeID only).',
    present: ['funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
    absent: ['funnel.three-actions', 'funnel.greeting-email', 'funnel.prefill', 'value.contextual-ctas', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.alternatives', 'connection.syncing-indicator'],
    notes: {
      'funnel.three-actions': 'Intro -> sign-up -> verify -> business -> owners -> integrate: 5 steps (4 from sign-up).',
      'funnel.cta-visible': 'Full-width "Integrate your systems" on the hub.',
      'funnel.social-proof': 'Star rating and quoted purchasing lead on sign-up.',
      'funnel.prefill': 'Business details form is blank and comes before integrating; nothing shown prefilled.',
      'value.three-part': 'Tiles (value), per-type data use line (accounting/store/bank), one main CTA.',
      'value.faq-link': '"How we use your data →" page.',
      'value.progress-meter': '"Limit strength" bar after the first integration.',
      'privacy.data-scope': 'Per-type use on the hub, and what is pulled from QuickBooks Online in the sheet.',
      'privacy.trust-language': '"Encrypted with AES-256; we never sell your data."',
      'privacy.consent-action': 'Checkbox + authorization sentence + Privacy Policy in the bottom sheet.',
      'privacy.disconnect-anytime': 'The only such line is hidden (visible:false).',
      'privacy.statistics': '"9,000+ wholesalers trust Lattice."',
      'privacy.support-contacts': 'No phone, email or chat anywhere.',
      'platform.explain-redirect': '"You’ll sign in at intuit.com … and land straight back here."',
      'platform.grouped-categories': '"Accounting", "E-commerce", "Bank" headings.',
      'platform.accurate-branding': 'QuickBooks Online, Oracle NetSuite, Shopify Plus, with logos.',
      'platform.search': '"Find your software".',
      'platform.alternatives': 'No path for a missing platform.',
      'platform.non-linear': '"Email this step to your accountant · Finish later".',
      'platform.multiple-connections': '"Connected ✓", "Waiting for approval", "+ Integrate another system".',
      'connection.view-live': 'Integrations settings with dates and account currency.',
      'connection.delete': '"Remove" per integration.',
      'connection.refresh': '"Refresh" button.',
      'connection.syncing-indicator': 'No syncing state.',
    },
    flow: { startFrameId: t1.id, connectFrameId: t6.id, stepsToConnect: 5, deadEnds: [] },
  };
  return writeFile(dir, 'h13-trade-credit-tablet', { name: 'Lattice Trade — iPad onboarding (2023)', lastModified: '2023-09-02T21:17:40Z', version: '3110562209' }, [cover, flow, compPage, notes], components, componentSets, truth);
}

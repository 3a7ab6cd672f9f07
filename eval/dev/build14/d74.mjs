// d74 — grant management for food banks, mobile 375x812, US English, older prototype links.
import { createBuilder, WRITTEN_BY } from './lib.mjs';

export const NAME = 'd74-food-bank-grants-mobile';

export function build() {
  const b = createBuilder();
  const { frame, auto, text, rect, vector, ellipse, group, instance, component, componentSet, go, back, url, oldLink, hide,
    btnFrame, btnGroup, link, logo, field, spinner, bar, statusBar } = b;
  const W = 375; const H = 812;
  const PLUM = '#6b2d5c'; const INK = '#2a1f2d'; const SOFT = '#f7f1f5';

  b.setPage(5, 3);
  const v1 = component('Size=Large, State=Default', 20, 20, 327, 52, { fill: PLUM, radius: 26 }, [text('Label', 24, 16, 279, 20, { size: 16, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  const v2 = component('Size=Large, State=Pressed', 20, 92, 327, 52, { fill: '#4d1f42', radius: 26 }, [text('Label', 24, 16, 279, 20, { size: 16, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  go(v1, v2.id, 'CHANGE_TO');
  v1.interactions[0].trigger = { type: 'ON_PRESS' };
  const set = componentSet('Button', 40, 40, 367, 170, [v1, v2]);
  const row = component('List row', 460, 40, 343, 56, { fill: '#ffffff' }, [text('Row', 16, 18, 260, 20, { size: 16 }), vector('Chevron', 315, 22, 8, 12, { fill: '#a08a9b' })]);
  const tabC = component('Tab', 460, 140, 80, 56, { fills: [] }, [vector('Icon', 28, 6, 24, 24, { fill: '#a08a9b' }), text('Tab', 0, 34, 80, 14, { size: 11, align: 'CENTER' })]);
  const comps = b.canvas('5:1', '\u2699\uFE0F Components', [frame('Library', 0, 0, 900, 300, { fill: '#ffffff' }, [set, row, tabC])]);
  const Btn = (label, x, y, w = 327) => instance(v1.id, 'Button/Primary', x, y, w, 52, {}, [text(label, 24, 16, w - 48, 20, { size: 16, weight: 600, color: '#ffffff', align: 'CENTER' })]);
  const Row = (label, x, y, dest) => { const r = instance(row.id, 'List row', x, y, 343, 56, {}, [text(label, 16, 18, 260, 20, { size: 16 }), vector('Chevron', 315, 22, 8, 12, { fill: '#a08a9b' })]); if (dest) oldLink(r, dest); return r; };

  b.setPage(9, 4);
  const ids = {};
  for (const k of ['intro1', 'intro2', 'signup', 'verify', 'about', 'home', 'grant', 'more', 'settings', 'integ', 'choose', 'consent', 'syncing', 'prefill', 'terms']) ids[k] = b.nid();

  const tabbar = (active) => frame('Tab bar', 0, H - 84, W, 84, { fill: '#ffffff', stroke: '#eadde6' }, [
    auto('Frame 7', 'H', 8, 6, 359, 56, ['Grants', 'Reports', 'Donors', 'More'].map((t, i) => {
      const tb = instance(tabC.id, 'Tab', i * 90, 0, 80, 56, {}, [vector('Icon', 28, 6, 24, 24, { fill: t === active ? PLUM : '#a08a9b' }), text(t, 0, 34, 80, 14, { size: 11, align: 'CENTER', color: t === active ? PLUM : '#7d6a78' })]);
      if (t === 'More') oldLink(tb, ids.more);
      if (t === 'Grants') oldLink(tb, ids.home);
      return tb;
    }), { gap: 9 }),
    rect('Home Indicator', 121, 70, 134, 5, { fill: '#000000', radius: 3 }),
  ]);
  const header = (title, withBack = true) => frame('Nav', 0, 44, W, 52, { fills: [] }, [
    withBack ? back(vector('chevron-left', 16, 16, 10, 18, { fill: PLUM })) : null,
    text(title, 48, 14, 279, 24, { size: 17, weight: 600, align: 'CENTER' }),
  ]);
  const screen = (name, id, x, y, kids, bg = '#ffffff') => frame(name, x, y, W, H, { id, fill: bg }, [statusBar(W), ...kids]);

  const skip = text('Skip', 311, 56, 40, 20, { size: 15, weight: 500, color: PLUM });
  oldLink(skip, ids.signup);
  const next1 = btnFrame('Next', 24, 700, 327, 52, { bg: PLUM, r: 26, n: 14 });
  oldLink(next1, ids.intro2);
  const intro1 = screen('Onboarding 1', ids.intro1, 0, 0, [
    skip,
    rect('Illustration', 24, 120, 327, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'e0fb0c0a11' }], radius: 24 }),
    text('Every grant dollar, accounted for.', 24, 460, 327, 72, { size: 28, weight: 700, color: INK }),
    text('Track restricted funds, match spending to each award and keep your board in the loop.', 24, 544, 327, 66, { size: 16, color: '#5e4d5a' }),
    group('Dots', 160, 640, 56, 8, [ellipse('Ellipse 1', 0, 0, 8, 8, { fill: PLUM }), ellipse('Ellipse 2', 16, 0, 8, 8, { fill: '#dccbd7' }), ellipse('Ellipse 3', 32, 0, 8, 8, { fill: '#dccbd7' })]),
    next1,
  ], SOFT);
  const getStarted = btnFrame('Get started', 24, 700, 327, 52, { bg: PLUM, r: 26, n: 15 });
  oldLink(getStarted, ids.signup);
  const intro2 = screen('Onboarding 2', ids.intro2, 475, 0, [
    rect('Illustration', 24, 120, 327, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'e0fb0c0a12' }], radius: 24 }),
    text('Reports your funders will actually enjoy reading', 24, 460, 327, 72, { size: 28, weight: 700, color: INK }),
    text('Quarterly narrative + numbers, in one tap.', 24, 544, 327, 44, { size: 16, color: '#5e4d5a' }),
    getStarted,
  ], SOFT);

  const signupBtn = Btn('Create my account', 24, 560);
  oldLink(signupBtn, ids.verify);
  const termsLink = link('Terms of Service', 96, 636, 140, { under: true, color: '#5e4d5a', size: 12 });
  go(termsLink, ids.terms);
  const signup = screen('Sign up', ids.signup, 950, 0, [
    header('Create account'),
    text('Let\u2019s get you set up', 24, 120, 327, 34, { size: 26, weight: 700, color: INK }),
    auto('Frame 30', 'V', 24, 180, 327, 360, [field('Your name', 'Dana Whitfield', 0, 0, 327), field('Work email', 'dana@northsidepantry.org', 0, 80, 327), field('Password', '••••••••', 0, 160, 327)], { gap: 16 }),
    signupBtn,
    text('By signing up you agree to our', 24, 620, 327, 16, { size: 12, color: '#5e4d5a', align: 'CENTER' }),
    termsLink,
  ]);

  const verifyBtn = Btn('Verify', 24, 420);
  go(verifyBtn, ids.about, 'SWAP');
  const verify = screen('Verify email', ids.verify, 1425, 0, [
    header('Verify'),
    text('Check your inbox \u{1F4EC}', 24, 120, 327, 34, { size: 26, weight: 700, color: INK }),
    text('We sent a 6-digit code to dana@northsidepantry.org', 24, 164, 327, 44, { size: 15, color: '#5e4d5a' }),
    auto('Code', 'H', 24, 240, 327, 56, [0, 1, 2, 3, 4, 5].map((i) => frame('Frame 41', i * 55, 0, 47, 56, { fill: SOFT, radius: 10 }, [text(String((i * 7 + 3) % 10), 0, 14, 47, 28, { size: 22, weight: 600, align: 'CENTER' })])), { gap: 8 }),
    verifyBtn,
  ]);

  const aboutBtn = Btn('Continue', 24, 680);
  oldLink(aboutBtn, ids.home);
  const about = screen('Org details', ids.about, 1900, 0, [
    header('About you'),
    text('Tell us about your food bank', 24, 110, 327, 68, { size: 26, weight: 700, color: INK }),
    auto('Frame 50', 'V', 24, 190, 327, 470, [
      field('Organization name', 'Legal name as filed', 0, 0, 327, { placeholder: true }),
      field('EIN', '00-0000000', 0, 80, 327, { placeholder: true }),
      field('Mailing address', 'Street, city, ZIP', 0, 160, 327, { placeholder: true }),
      field('Fiscal year ends', 'Month', 0, 240, 327, { placeholder: true }),
    ], { gap: 12 }),
    aboutBtn,
  ]);

  const grantCard = (name, funder, pct, y) => frame('Frame 61', 0, y, 327, 104, { fill: '#ffffff', stroke: '#eadde6', radius: 16 }, [
    auto('Frame 62', 'V', 16, 16, 295, 72, [
      text(name, 0, 0, 295, 20, { size: 16, weight: 600 }),
      text(funder, 0, 24, 295, 18, { size: 13, color: '#7d6a78' }),
      bar(0, 52, 295, pct, { color: PLUM }),
    ], { gap: 8 }),
  ]);
  const card1 = grantCard('TEFAP Emergency Food 2026', 'USDA via State Food Bank · $42,000', 0.62, 0);
  oldLink(card1, ids.grant);
  const home = screen('Home', ids.home, 0, 1000, [
    text('Hi, Dana', 24, 60, 250, 34, { size: 28, weight: 700, color: INK }),
    text('3 active grants · 1 report due Friday', 24, 100, 327, 20, { size: 14, color: '#7d6a78' }),
    auto('Frame 60', 'V', 24, 140, 327, 560, [
      card1,
      grantCard('Fresh Produce Access', 'Hollis Family Foundation · $18,500', 0.35, 116),
      grantCard('Cold Storage Upgrade', 'Community Trust · $9,800', 0.9, 232),
    ], { gap: 12 }),
    tabbar('Grants'),
  ], SOFT);

  const grant = screen('Grant detail', ids.grant, 475, 1000, [
    header('TEFAP 2026'),
    text('Spend vs budget', 24, 110, 327, 24, { size: 20, weight: 700, color: INK }),
    frame('Chart', 24, 150, 327, 240, { fill: '#ffffff', radius: 16 }, [
      ...[0.5, 0.7, 0.4, 0.85, 0.6, 0.3].map((h, i) => rect(`Rectangle ${20 + i}`, 20 + i * 50, 200 - Math.round(160 * h), 28, Math.round(160 * h), { fill: i % 2 ? '#c79ab9' : PLUM, radius: 4 })),
      text('Jan   Feb   Mar   Apr   May   Jun', 16, 210, 295, 16, { size: 11, color: '#7d6a78' }),
    ]),
    auto('Frame 70', 'V', 24, 420, 327, 200, [
      text('Food purchases   $18,240', 0, 0, 327, 20, { size: 15 }),
      text('Transport   $4,110', 0, 28, 327, 20, { size: 15 }),
      text('Staff time   $3,600', 0, 56, 327, 20, { size: 15 }),
      text('Remaining   $16,050', 0, 84, 327, 20, { size: 15, weight: 700 }),
    ], { gap: 8 }),
    tabbar('Grants'),
  ], SOFT);

  const more = screen('More', ids.more, 950, 1000, [
    text('More', 24, 60, 327, 34, { size: 28, weight: 700, color: INK }),
    auto('Frame 80', 'V', 16, 120, 343, 400, [Row('Profile', 0, 0), Row('Team members', 0, 56), Row('Settings', 0, 112, ids.settings), Row('Help articles', 0, 168), Row('Log out', 0, 224)], { gap: 0 }),
    tabbar('More'),
  ], SOFT);

  const settings = screen('Settings', ids.settings, 1425, 1000, [
    header('Settings'),
    auto('Frame 90', 'V', 16, 110, 343, 400, [Row('Notifications', 0, 0), Row('Apps & integrations', 0, 56, ids.integ), Row('Fiscal year', 0, 112), Row('Export data', 0, 168)], { gap: 0 }),
    text('Delete account', 24, 560, 200, 20, { size: 15, weight: 600, color: '#c0362c' }),
    tabbar('More'),
  ], SOFT);

  const linkAcc = Btn('Link your accounting\u200B software', 24, 600);
  oldLink(linkAcc, ids.choose);
  const integ = screen('Apps & integrations', ids.integ, 1900, 1000, [
    header('Apps & integrations'),
    frame('Frame 100', 24, 106, 327, 130, { fill: SOFT, radius: 16 }, [
      text('Let your books write the grant reports', 16, 16, 295, 48, { size: 20, weight: 700, color: INK }),
      text('Spend-by-fund totals land in every report on their own, ready for your funders.', 16, 72, 295, 44, { size: 14, color: '#5e4d5a' }),
    ]),
    auto('Frame 101', 'V', 24, 252, 327, 170, [
      text('What we pick up', 0, 0, 327, 18, { size: 13, weight: 700, color: PLUM }),
      text('Expense transactions and fund classes come over from your accounting software, and gift records from your donations platform. We only read — nothing is sent back.', 0, 24, 327, 90, { size: 14, color: INK }),
      text('You can unlink either one whenever you want from this screen.', 0, 120, 327, 40, { size: 13, color: '#7d6a78' }),
    ], { gap: 6 }),
    auto('Frame 102', 'V', 24, 440, 327, 60, [
      text('Setup checklist · 2 of 4 done', 0, 0, 327, 18, { size: 13, weight: 600 }),
      bar(0, 26, 327, 0.5, { color: PLUM }),
    ], { gap: 8 }),
    url(link('How to link, step by step \u2192', 24, 520, 240, { under: true }), 'https://help.pantrygrants.example/linking-guide'),
    linkAcc,
    hide(text('Trusted by 1,200 food banks', 24, 670, 327, 18, { size: 12 })),
  ]);

  const qbTile = frame('Frame 112', 0, 0, 327, 56, { fill: '#ffffff', radius: 12, stroke: '#eadde6' }, [logo('Rectangle 5', 12, 12, 32, 'aa11bb22cc'), text('QuickBooks', 56, 18, 240, 20, { size: 16, weight: 500 })]);
  oldLink(qbTile, ids.consent);
  const plainTile = (nm, ref) => frame('Frame 112', 0, 0, 327, 56, { fill: '#ffffff', radius: 12, stroke: '#eadde6' }, [logo('Rectangle 5', 12, 12, 32, ref), text(nm, 56, 18, 240, 20, { size: 16, weight: 500 })]);
  const choose = screen('Choose software', ids.choose, 2375, 1000, [
    header('Pick your tools'),
    auto('Frame 110', 'V', 24, 110, 327, 620, [
      text('ACCOUNTING', 0, 0, 327, 16, { size: 12, weight: 700, color: '#7d6a78' }),
      qbTile, plainTile('Sage', 'aa11bb22cd'), plainTile('Xero', 'aa11bb22ce'),
      text('DONATIONS', 0, 0, 327, 16, { size: 12, weight: 700, color: '#7d6a78' }),
      plainTile('Donorbox', 'aa11bb22cf'), plainTile('Givebutter', 'aa11bb22d0'), plainTile('Bloomerang', 'aa11bb22d1'),
      group('Group 120', 0, 0, 327, 40, [text('Don\u2019t see yours?', 0, 0, 140, 18, { size: 13, color: '#5e4d5a' }), link('Upload a CSV export instead', 0, 20, 220, { under: true })]),
    ], { gap: 10 }),
  ], SOFT);

  const contBtn = Btn('Continue', 24, 640);
  oldLink(contBtn, ids.syncing);
  const consent = screen('Consent', ids.consent, 2850, 1000, [
    header('QuickBooks'),
    group('Group 130', 24, 110, 327, 64, [logo('Rectangle 131', 0, 0, 64, 'aa11bb22cc'), text('Link QuickBooks to Pantry Grants', 80, 8, 247, 48, { size: 18, weight: 700 })]),
    text('We\u2019ll use your expense transactions and classes to build spend-by-fund totals for each award.', 24, 200, 327, 66, { size: 15, color: '#5e4d5a' }),
    auto('Frame 132', 'H', 24, 300, 327, 44, [
      rect('Rectangle 33', 0, 2, 20, 20, { fills: [], stroke: PLUM, radius: 4 }),
      group('Group 134', 30, 0, 297, 40, [text('I\u2019ve read and agree to the', 0, 0, 180, 18, { size: 13 }), link('Data Sharing Policy', 0, 20, 140, { under: true, size: 13 })]),
    ], { gap: 10 }),
    group('Powered by', 110, 740, 156, 20, [vector('Vector', 0, 2, 16, 16, { fill: '#1b1b1b' }), text('Powered by Fintegra', 22, 0, 134, 18, { size: 12, weight: 500, color: '#4a4a4a' })]),
    contBtn,
  ]);

  const syncBtn = btnGroup('Keep going', 24, 680, 327, 52, { bg: PLUM, r: 26, n: 140 });
  oldLink(syncBtn, ids.prefill);
  const syncing = screen('Syncing', ids.syncing, 3325, 1000, [
    spinner(163, 300, 48),
    text('Syncing your books\u2026', 24, 380, 327, 30, { size: 22, weight: 700, align: 'CENTER' }),
    text('Pulling in the last 18 months. This usually takes under a minute.', 24, 420, 327, 44, { size: 14, color: '#5e4d5a', align: 'CENTER' }),
    syncBtn,
  ]);

  const looksGood = Btn('Looks good', 24, 700);
  go(looksGood, ids.home);
  const prefill = screen('Org details (filled)', ids.prefill, 3800, 1000, [
    header('About you', false),
    text('We filled in what we could \u2728', 24, 110, 327, 34, { size: 24, weight: 700, color: INK }),
    text('From QuickBooks — check it over and fix anything that looks off.', 24, 150, 327, 40, { size: 14, color: '#5e4d5a' }),
    auto('Frame 150', 'V', 24, 200, 327, 480, [
      field('Organization name', 'Northside Community Pantry, Inc.', 0, 0, 327, { filled: true }),
      field('EIN', '47-2918836', 0, 80, 327, { filled: true }),
      field('Mailing address', '1180 Carver St, Dayton, OH 45402', 0, 160, 327, { filled: true }),
      field('Fiscal year ends', 'June', 0, 240, 327, { filled: true }),
      field('Annual revenue', '$1,284,000', 0, 320, 327, { filled: true }),
    ], { gap: 12 }),
    looksGood,
  ]);

  const terms = screen('Terms', ids.terms, 4275, 1000, [
    text('Terms of Service', 24, 60, 327, 34, { size: 26, weight: 700 }),
    text('Last updated March 2, 2026', 24, 100, 327, 18, { size: 12, color: '#7d6a78' }),
    text('1. Using Pantry Grants\nBy creating an account you agree…\n\n2. Your content\nYou own the grant data you add…\n\n3. Billing\nNonprofit plans renew yearly; cancel anytime before renewal.', 24, 140, 327, 500, { size: 14, color: '#3d3340' }),
  ]);

  const flow = b.canvas('9:1', 'Prototype', [intro1, intro2, signup, verify, about, home, grant, more, settings, integ, choose, consent, syncing, prefill, terms],
    { starts: [], startNode: ids.intro1, device: { type: 'PRESET', rotation: 'NONE', presetIdentifier: 'IPHONE_13_MINI' } });
  delete flow.flowStartingPoints;

  b.setPage(1, 2);
  const cover = b.canvas('1:1', 'Cover', [frame('Thumbnail', 0, 0, 1600, 960, { fill: PLUM }, [text('Pantry Grants\nMobile onboarding', 100, 380, 1200, 160, { size: 72, weight: 700, color: '#ffffff' })])]);
  b.setPage(21, 2);
  const archive = b.canvas('21:1', 'Old / parked', [
    frame('Connections (parked)', 0, 0, W, H, { fill: '#ffffff', visible: false }, [text('Connected ✓  ·  Last synced 2h ago  ·  Refresh', 24, 200, 327, 40, { size: 14 }), text('Remove connection', 24, 260, 200, 20, { size: 14, color: '#c0362c' })]),
    frame('Welcome email idea', 500, 0, 600, 700, { fill: '#ffffff', visible: false }, [text('1 Sign up  2 Link your books  3 Send your first report', 40, 40, 520, 60, { size: 16 })]),
  ]);

  const doc = b.documentOf('Pantry Grants \u2014 app', [cover, flow, comps, archive], '2026-03-04T21:17:09Z');
  const present = ['funnel.prefill', 'value.three-part', 'value.progress-meter', 'privacy.data-scope', 'privacy.consent-action',
    'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.powered-by', 'platform.grouped-categories', 'platform.alternatives',
    'connection.syncing-indicator'];
  const absent = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas',
    'value.faq-link', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.explain-redirect',
    'platform.accurate-branding', 'platform.search', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live',
    'connection.delete', 'connection.refresh'];
  const truth = {
    file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
    description: 'Grant management for US food banks on a 375x812 phone. Two marketing slides, sign-up, email code, an organisation form, then the app; linking the accounting and donations software lives only under More › Settings › Apps & integrations. A grouped picker, a consent sheet with a provider mark, a syncing screen and an organisation form filled from the books follow. Older prototype links (transitionNodeID) and a prototypeStartNodeID start.',
    present, absent,
    notes: {
      'funnel.greeting-email': 'No welcome-email frame in the flow; the only email idea is a hidden frame on the parked page.',
      'funnel.three-actions': 'Seven taps from the first slide (four even from sign-up) before any prompt to link.',
      'funnel.cta-visible': 'The prompt to link is buried three levels deep in More › Settings › Apps & integrations.',
      'funnel.social-proof': 'No testimonial or rating; the "Trusted by" line is hidden.',
      'funnel.prefill': '"We filled in what we could" form with name, EIN, address, fiscal year and revenue from QuickBooks.',
      'value.three-part': 'Apps & integrations: benefit (reports fill themselves), data use (expenses/fund classes and gifts, read-only) and one main "Link your accounting software" button.',
      'value.contextual-ctas': 'The grant chart and dashboard have no prompt to link.',
      'value.faq-link': 'Only a step-by-step how-to link; no FAQ or learn-more about the benefits.',
      'value.progress-meter': '"Setup checklist · 2 of 4 done" bar next to the prompt.',
      'privacy.data-scope': 'Names expense transactions, fund classes, gift records and says data is only read.',
      'privacy.consent-action': 'Checkbox with "I\u2019ve read and agree to the Data Sharing Policy" link before continuing.',
      'privacy.disconnect-anytime': '"You can unlink either one whenever you want".',
      'privacy.connection-guide': '"How to link, step by step" link to the app\u2019s help site.',
      'privacy.statistics': 'No figures about customers or encryption (the hidden line does not count).',
      'privacy.support-contacts': 'No phone, email or contact form anywhere; "Help articles" only.',
      'privacy.powered-by': '"Powered by Fintegra" mark on the consent sheet.',
      'privacy.mutual-nda': 'No NDA.',
      'platform.explain-redirect': 'Consent sheet goes straight to syncing; nothing says the user will sign in at QuickBooks and come back.',
      'platform.grouped-categories': '"ACCOUNTING" and "DONATIONS" headings over the tiles.',
      'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" without the product edition.',
      'platform.search': 'No search over the list.',
      'platform.alternatives': '"Don\u2019t see yours? Upload a CSV export instead".',
      'platform.non-linear': 'No save-for-later, invite or skip at the linking step; the only "Skip" is on a marketing slide.',
      'platform.multiple-connections': 'No statuses of linked tools and no add-another; the only status list is a hidden parked frame.',
      'connection.view-live': 'No view of live connections in the flow.',
      'connection.delete': 'No way to unlink shown ("Delete account" is about the user account).',
      'connection.refresh': 'No refresh control in the flow.',
      'connection.syncing-indicator': 'Spinner with "Syncing your books…".',
    },
    flow: { startFrameId: ids.intro1, connectFrameId: ids.integ, stepsToConnect: 7, deadEnds: [ids.terms] },
  };
  return { doc, truth, connectFrames: [ids.integ], signupFrame: ids.signup };
}

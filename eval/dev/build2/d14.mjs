// d14 — Growth Fund portal: grant/loan application wizard, desktop 1280x800, sidebar step list; bank and accounting steps optional (skip / send to accountant).
import { Ctx, T, H, Link, Rect, Vec, Gap, Col, Row, Card, BtnInst, BtnFrame, BtnGroup, Check, Logo, Bar, Screen, componentsPage, coverPage, flowPage, write } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#1D4ED8', font: 'Lato' });
  const cover = coverPage(c, 1, 'Regional Growth Fund — applicant portal', 'Wizard v3 · accessibility reviewed');
  const comp = componentsPage(c, 2, [
    { name: 'Button', set: ['Primary', 'Secondary', 'Primary hover'], hover: true, label: 'Save and continue' },
    { name: 'Accordion item', set: ['Collapsed', 'Expanded'] },
    { name: 'Radio' },
  ]);
  const P = comp['Button'];
  const at = (i, row = 0) => [i * 1400, row * 1200, 1280, 800];
  const steps = (n) => Col([
    T('Your application', { size: 16, weight: 700 }),
    T(['About your business', 'Bank account (optional)', 'Accounting records (optional)', 'Funding request', 'Review and submit'].map((s, i) => `${i + 1}  ${s}${i < n ? '  ✓' : ''}`).join('\n'), { size: 14, color: '#344054', name: 'steps' }),
    Gap(12), T(`Application ${n * 20}% complete`, { size: 12, color: '#667085' }), Bar(n * 20),
    Gap(40), T('Save and exit', { size: 14, color: '#1D4ED8' }),
  ], { pad: 24, gap: 10, fill: '#F8FAFC', h: 800, name: 'Frame 12' });
  const wiz = (n, main) => Row([steps(n), Col(main, { pad: 40, gap: 16, name: 'Frame 13' })], { gap: 0, widths: [280] });
  const acc = (q, a) => Col([Row([T(q, { size: 15, weight: 600 }), Vec({ w: 12, h: 12, name: a ? 'chevron-up' : 'chevron-down' })], { gap: 8, widths: [800] }), a ? T(a, { size: 14, color: '#475467' }) : null].filter(Boolean), { pad: 14, gap: 8, stroke: '#E4E7EC', name: 'Accordion item' });
  const bank = (n, ref, o = {}) => Row([Rect({ w: 20, h: 20, r: 10, fill: '#FFFFFF', name: 'Ellipse 1' }), Logo(ref, { s: 28 }), T(n, { size: 15 })], { gap: 12, widths: [20, 28], pad: 12, stroke: '#E4E7EC', r: 8, w: 420, ...o });
  const footer = T('Helpline 0800 046 1180 (Mon–Fri 9–5)  ·  grants@growthfund.example  ·  Web chat', { size: 12, color: '#667085' });

  const screens = [
    Screen('landing', 'Start', at(0), [Gap(60), H('Apply for a Regional Growth Fund grant or loan', { size: 36 }), T('Grants up to £50,000 and loans up to £250,000 for businesses in the region. Most applications take 20 minutes.', { size: 17, color: '#475467', w: 720 }), BtnInst('Start your application', P, { to: 'elig', w: 260 }), Link('Read the privacy statement', { to: 'privacy' }), footer], { pad: 120 }),
    Screen('elig', 'Frame 2', at(1), [Gap(60), H('Check you’re eligible', { size: 30 }), ...['Trading for at least 12 months', 'Fewer than 250 employees', 'Registered in the region'].map((s) => Row([Rect({ w: 20, h: 20, r: 4, fill: '#FFFFFF' }), T(s)], { gap: 10, widths: [20] })), Row([BtnFrame('I’m eligible', { to: 'about', w: 200, r: 6 }), BtnFrame('I’m not sure', { to: 'notelig', w: 200, r: 6, fill: '#FFFFFF', color: '#1D4ED8' })], { gap: 12 })], { pad: 120 }),
    Screen('about', 'Step 1', at(2), [wiz(0, [H('About your business', { size: 28 }), ...['Registered name', 'Companies House number', 'Postcode'].map((l) => Col([T(l, { size: 13 }), Rect({ h: 44, r: 6, w: 480, fill: '#FFFFFF' })], { gap: 6 })), BtnInst('Save and continue', P, { to: 'bank', w: 220 })])], { pad: 0 }),
    Screen('bank', 'Step 2', at(3), [wiz(1, [
      T('Optional step', { size: 12, weight: 700, color: '#1D4ED8' }),
      H('Link your business bank account', { size: 28 }),
      T('Linking lets assessors check your trading history without paper statements, so you could get a decision weeks sooner. We will read 12 months of transactions and balances from your bank; nothing is ever sent to your bank from this portal.', { size: 15, color: '#344054', w: 820 }),
      Row([bank('Lloyds Bank Business', 'lloyds', { to: 'redirect', nav: 'OVERLAY' }), bank('Santander Business Banking', 'sant')], { gap: 12 }),
      Row([bank('Barclays Business', 'barc'), bank('Tide', 'tide')], { gap: 12 }),
      Link('My bank isn’t listed — upload statements (PDF) instead', { to: 'upload' }),
      Check('rect', null, [T('I consent to the Fund reading my bank data for this application, as set out in the', { size: 14 }), Link('privacy statement', { size: 14, url: 'https://growthfund.example/privacy' })]),
      T('Your data is encrypted in transit and at rest and is shared with the assessment panel only with your consent. You can revoke access at any time from your dashboard.', { size: 13, color: '#475467', w: 820 }),
      Row([BtnGroup('Link bank account', { to: 'redirect', nav: 'OVERLAY', w: 220, r: 6 }), Link('Skip this step', { plain: true, to: 'accounts' }), Link('Send this step to my accountant', { plain: true, to: 'send', nav: 'OVERLAY' })], { gap: 24, widths: [220] }),
      acc('How do I link my bank?', 'Choose your bank, sign in on its website and approve read-only access. Our step-by-step guide (PDF) shows every screen.'),
      acc('Why link rather than upload statements?'),
      Link('More questions? Visit our FAQ', { size: 14, url: 'https://growthfund.example/faq' }),
      footer,
    ])], { pad: 0, cta: true }),
    Screen('redirect', 'Frame 5', at(4), [Gap(220), Card([H('You are leaving the portal', { size: 22 }), T('Next you’ll go to Lloyds Bank’s website to sign in and approve access. Once you’ve approved it, Lloyds will send you back to this step of your application.', { size: 15 }), Row([BtnFrame('Continue to Lloyds', { to: 'lloyds', w: 220, r: 6 }), BtnFrame('Cancel', { close: true, w: 120, r: 6, fill: '#FFFFFF', color: '#344054' })], { gap: 12 })], { pad: 32, w: 560 })], { pad: 360, bg: '#10182880' }),
    Screen('lloyds', 'lloyds', at(5), [Gap(100), Logo('lloyds', { s: 56 }), H('Share your account information', { size: 24 }), T('Regional Growth Fund would like to see: balances, transactions (12 months). Access ends in 90 days.', { size: 15 }), BtnFrame('Approve', { to: 'banked', fill: '#006A4D', w: 200 })], { pad: 440 }),
    Screen('banked', 'Step 2 — linked', at(6), [wiz(2, [H('Bank account', { size: 28 }), Card([Row([Logo('lloyds'), T('Lloyds Bank Business ••5521 (GBP)', { weight: 600 }), T('Linked ✓', { color: '#067647', size: 13 })], { widths: [32, 400], gap: 12 })], { w: 720 }), Link('+ Link another bank account', { to: 'bank' }), BtnInst('Save and continue', P, { to: 'accounts', w: 220 })])], { pad: 0 }),
    Screen('accounts', 'Step 3', at(7), [wiz(2, [
      T('Optional step', { size: 12, weight: 700, color: '#1D4ED8' }), H('Connect your accounting records', { size: 28 }),
      T('Connecting your accounting software lets us pre-fill your turnover and profit figures.', { size: 15 }),
      Row([bank('Xero', 'xero'), bank('QuickBooks Online', 'qbo')], { gap: 12 }), Row([bank('Sage Accounting', 'sage'), bank('FreeAgent', 'fa')], { gap: 12 }),
      Row([BtnFrame('Connect', { to: 'funding', w: 160, r: 6 }), Link('Skip this step', { plain: true, to: 'funding' }), Link('Send to my accountant', { plain: true, to: 'send', nav: 'OVERLAY' })], { gap: 24, widths: [160] }),
      footer,
    ])], { pad: 0 }),
    Screen('send', 'Frame 9', at(0, 1), [Gap(220), Card([H('Send this step to your accountant', { size: 22 }), T('We’ll email them a secure link; you can carry on with the rest of the application meanwhile.', { size: 15 }), Rect({ h: 44, r: 6, fill: '#FFFFFF', name: 'email' }), BtnFrame('Send link', { close: true, w: 160 })], { pad: 32, w: 560 })], { pad: 360, bg: '#10182880' }),
    Screen('funding', 'Step 4', at(1, 1), [wiz(3, [H('Funding request', { size: 28 }), T('We’ve pre-filled these from your linked accounts — please check them.', { size: 15 }), ...[['Annual turnover', '£212,400'], ['Net profit', '£31,900'], ['Registered office', 'Unit 4, Mill Lane, Leeds LS10 1AB']].map(([k, v]) => Row([T(k, { size: 13, color: '#667085' }), T(v, { weight: 600 })], { widths: [200], gap: 16, pad: 12, stroke: '#E4E7EC', r: 6, w: 640 })), Col([T('Amount requested', { size: 13 }), Rect({ h: 44, r: 6, w: 320, fill: '#FFFFFF' })], { gap: 6 }), BtnInst('Save and continue', P, { to: 'review', w: 220 })])], { pad: 0 }),
    Screen('review', 'Step 5', at(2, 1), [wiz(4, [H('Review and submit', { size: 28 }),
      Card([T('Bank account — Lloyds Bank Business: Linked ✓', { size: 14 }), T('Accounting records — sent to your accountant, awaiting authorisation', { size: 14, color: '#B54708' })], { w: 720 }),
      BtnInst('Submit application', P, { to: 'dashboard', w: 220 })])], { pad: 0 }),
    Screen('dashboard', 'Dashboard', at(3, 1), [Gap(20), H('Application GF-2026-0412 submitted', { size: 28 }), T('Status: with assessors', { size: 15 }),
      T('Linked accounts', { size: 20, weight: 700 }),
      Card([Row([Logo('lloyds'), Col([T('Lloyds Bank Business ••5521', { weight: 600 }), T('Linked 3 Nov 2026 · data last read 3 Nov 2026, 14:20 · access ends 1 Feb 2027', { size: 13, color: '#667085' })], { gap: 4 }), BtnFrame('Revoke access', { to: 'revoke', nav: 'OVERLAY', w: 160, fill: '#FFFFFF', color: '#B42318' })], { widths: [32, 620, 160], gap: 12 })], { w: 900 }),
      T('Withdraw application', { size: 13, color: '#B42318' }), footer], { pad: 120 }),
    Screen('revoke', 'Frame 13', at(4, 1), [Gap(260), Card([H('Revoke bank access?', { size: 22 }), T('Assessors will no longer see new transactions from this account.', { size: 15 }), BtnFrame('Revoke', { fill: '#B42318', close: true, w: 140 })], { pad: 32, w: 520 })], { pad: 380, bg: '#10182880' }),
    Screen('upload', 'Frame 14', at(5, 1), [H('Upload bank statements'), Rect({ h: 200, r: 8, fill: '#F8FAFC' }), BtnFrame('Upload', { to: 'accounts', w: 160 })], { pad: 120 }),
    Screen('notelig', 'Not eligible', at(6, 1), [H('You may not be eligible', { size: 30 }), T('Based on your answers, this fund may not be right for you. Other regional schemes are listed on the council website.', { size: 16, w: 720 })], { pad: 120 }),
    Screen('privacy', 'Privacy statement', at(7, 1), [H('Privacy statement'), T('1  Who we are\n2  What we collect\n3  How long we keep it\n4  Your rights', { size: 15 })], { pad: 120 }),
  ];
  const flow = flowPage(c, 3, 'Applicant journey', screens, 'landing');
  c.page(4);
  const archive = { id: '4:0', name: 'Archive', type: 'CANVAS', children: [Screen(null, 'Step 2 (v1)', [0, 0, 1280, 800], [H('Connect your bank'), T('Search banks'), T('Powered by Codat')], { hidden: true })(c)] };
  return write(dir, 'd14-grant-application-desktop', c, { name: 'RGF applicant portal — wizard v3', lastModified: '2026-11-12T10:03:19Z', version: '4378100224' }, [cover, flow, comp.page, archive], {
    kind: 'onboarding',
    description: 'Regional Growth Fund applicant portal (UK grant/loan), desktop 1280x800, plain public-sector copy. Wizard with a left sidebar: the five steps in ONE text ("1  About your business\\n2  Bank account (optional)…" with ✓ marks), "Application n% complete" bar, "Save and exit". Start (privacy-statement link to a dead end) → eligibility ("I’m not sure" → dead-end Not eligible) → step 1 → step 2 "Link your business bank account" (connect frame, 3 steps): optional tag, one-paragraph benefit + data use + direction, radio rows with full bank names, statements-upload fallback, RECTANGLE checkbox + privacy link, encrypted / shared only with consent / revoke-any-time copy, CTA as TEXT over RECTANGLE group, "Skip this step" and "Send this step to my accountant" (modal), an accordion with an expanded "How do I link my bank?" guide answer, FAQ link, helpline/email/web-chat footer → leaving-the-portal modal → Lloyds consent → linked + link another → step 3 accounting (skip / send to accountant) → step 4 prefilled from linked accounts → review (linked / awaiting authorisation) → dashboard with linked account dates and a Revoke access overlay, "Withdraw application" look-alike. No testimonial, figures, search, Powered by, NDA, refresh or syncing state.',
    present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'],
    absent: ['funnel.greeting-email', 'funnel.social-proof', 'value.contextual-ctas', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.refresh', 'connection.syncing-indicator'],
    notes: {
      'platform.grouped-categories': 'Left unlabelled: banks and accounting packages sit on separate wizard steps under their own step titles rather than as category groups on one picker.',
      'value.progress-meter': 'Sidebar "Application n% complete" bar grows as steps, including the linking steps, are completed.',
      'platform.non-linear': '"Skip this step", "Send this step to my accountant", "Save and exit".',
      'privacy.connection-guide': 'Expanded accordion answer "How do I link my bank?" pointing to the step-by-step guide.',
    },
  });
}

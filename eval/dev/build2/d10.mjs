// d10 — Ledgerwise: UK small-business tax filing, desktop 1440, formal copy with long sentences.
import { Ctx, T, H, Link, Rect, Vec, Gap, Divider, Col, Row, Card, BtnInst, BtnFrame, BtnGroup, Check, Logo, Bar, Spinner, Screen, Section, componentsPage, coverPage, flowPage, write } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#0B5FFF', font: 'Source Sans Pro' });
  const cover = coverPage(c, 1, 'Ledgerwise — MTD onboarding', 'Desktop 1440 · Sign-off: compliance & design · v2.3');
  const comp = componentsPage(c, 2, [
    { name: 'Btn/Primary', set: ['Default', 'Hover', 'Disabled'], hover: true, label: 'Continue' },
    { name: 'Checkbox', set: ['Off', 'On'] },
    { name: 'nav-item' },
  ]);
  const P = comp['Btn/Primary'], CB = comp['Checkbox'];
  const W = 1440, HH = 1024;
  const at = (i, row = 0) => [i * 1600, row * 1400, W, HH];
  const side = (active, links = {}) => Col([
    Row([Vec({ w: 28, h: 28, fill: '#0B5FFF' }), T('Ledgerwise', { size: 18, weight: 700 })], { gap: 8, widths: [28] }),
    Gap(16),
    ...['Overview', 'VAT returns', 'Self Assessment', 'Reports', 'Connections', 'Settings'].map((t) => T(t, { size: 15, weight: t === active ? 700 : 400, color: t === active ? '#0B5FFF' : '#344054', to: links[t] })),
  ], { pad: 24, gap: 14, fill: '#F5F7FA', name: 'Sidebar', h: 1024 });
  const shell = (active, links, main) => Row([side(active, links), Col(main, { pad: 40, gap: 20, name: 'Main' })], { gap: 0, widths: [240] });
  const acct = (name, ref) => Row([Logo(ref, { s: 28 }), T(name, { size: 15, weight: 600 })], { gap: 10, widths: [28], pad: 14, r: 8, stroke: '#D0D5DD', w: 300 });
  const nav = { Overview: 'dash', Connections: 'conns', Reports: 'reports' };

  const flowScreens = [
    Screen('register', 'Register', at(0), [
      Row([Col([
        H('Register your business with Ledgerwise', { size: 32 }),
        T('Please provide the details below so that we may establish your account; you will be able to prepare and submit VAT returns under Making Tax Digital once registration is complete.', { size: 16, color: '#475467' }),
        Col([T('Business email address', { size: 13 }), Rect({ h: 44, r: 4, fill: '#FFFFFF' }), T('Password', { size: 13 }), Rect({ h: 44, r: 4, fill: '#FFFFFF' })], { gap: 6 }),
        BtnInst('Register', P, { to: 'verify', w: 240 }),
        Row([Link('Pricing', { to: 'pricing' }), Link('Terms and conditions', { to: 'terms' })], { gap: 24 }),
      ], { gap: 20 }), Card([
        T('“Ledgerwise has spared our clients countless hours at each quarter end; the submissions are accurate and the audit trail is impeccable.”', { size: 18, weight: 500 }),
        T('— Priya Raman ACA, Partner, Connect Accountancy Ltd', { size: 14, color: '#667085' }),
        Rect({ h: 40, w: 120, image: 'icaew01', name: 'image 4' }),
      ], { pad: 32 })], { gap: 64, pad: 80 }),
      Row([T('Trusted by more than 8,000 UK businesses and 260 accountancy practices', { size: 14 })], { hidden: true, name: 'banner (old)' }),
    ], { pad: 0 }),
    Screen('verify', 'Frame 2', at(1), [
      Gap(80), H('Verify your business', { size: 28 }),
      T('Enter your Companies House registration number or, if you trade as a sole trader, your Unique Taxpayer Reference; we shall use it solely to confirm your identity with HMRC.', { size: 16, color: '#475467', w: 640 }),
      Rect({ h: 44, r: 4, w: 400, fill: '#FFFFFF' }),
      BtnFrame('Continue', { to: 'dash', w: 200, r: 4 }),
    ], { pad: 120 }),
    Screen('dash', 'Overview', at(2), [shell('Overview', nav, [
      H('Good morning, Eleanor', { size: 28 }),
      Card([
        Vec({ w: 64, h: 64, fill: '#D1E0FF', name: 'illustration' }),
        T('Your next VAT return is due on 7 August 2026', { size: 20, weight: 600 }),
        T('In order to prepare the return, Ledgerwise requires access to the records held in your accounting software and, optionally, to your business bank feeds.', { size: 15, color: '#475467' }),
        BtnInst('Connect your accounting software', P, { to: 'connect', w: 320 }),
      ], { pad: 40, gap: 16, name: 'empty state' }),
      T('Delete account', { size: 13, color: '#B42318', name: 'Frame 88' }),
    ])], { pad: 0, cta: true }),
    Screen('connect', 'Connect — accounting & bank', at(3), [shell('Connections', nav, [
      Row([Col([T('Return readiness', { size: 13, color: '#475467' }), Bar(40), T('2 of 5 records sources connected', { size: 12, color: '#667085' })], { gap: 6 })], { w: 420 }),
      H('Connect your records', { size: 30 }),
      T('By connecting your accounting software, you will enable Ledgerwise to prepare your VAT return automatically, thereby removing the need to re-key figures and substantially reducing the risk of errors and penalties.\u00a0Ledgerwise shall retrieve your nominal ledger, VAT records and invoices from your accounting software, and transactions from your business bank feed; the information travels in one direction only, into Ledgerwise, and nothing is ever written back to your accounts.', { size: 16, color: '#344054', w: 880 }),
      BtnGroup('Connect accounting software', { to: 'redirect', nav: 'OVERLAY', w: 320, r: 4 }),
      T('Accounting software', { size: 20, weight: 700 }),
      Row([acct('Xero', 'xero'), acct('QuickBooks Online', 'qbo'), acct('Sage Business Cloud Accounting', 'sage')], { gap: 16 }),
      Row([acct('FreeAgent', 'fa'), acct('Zoho Books', 'zoho')], { gap: 16 }),
      T('Bank feeds (Open Banking)', { size: 20, weight: 700 }),
      Row([acct('Barclays Business', 'barc'), acct('HSBC UK Business', 'hsbc'), acct('NatWest Business', 'natw')], { gap: 16 }),
      T('Should your software not appear above, you may instead upload a bridging spreadsheet (CSV or XLSX) containing your VAT figures.', { size: 14 }),
      Link('Upload a bridging spreadsheet', { to: 'upload' }),
      Check('inst', CB, [T('I authorise Ledgerwise to retrieve the records described above for the purpose of preparing my VAT returns, in accordance with the', { size: 14 }), Link('Privacy Notice', { size: 14, url: 'https://ledgerwise.example/privacy' })], { boxName: 'Checkbox' }),
      T('All information is transmitted over an encrypted connection and is never disclosed to any third party without your express consent. You may withdraw this authorisation at any time from the Connections page, whereupon no further data shall be retrieved.', { size: 14, color: '#475467', w: 880 }),
      Row([Link('Read our frequently asked questions', { url: 'https://ledgerwise.example/faq' }), Link('Guide: connecting Sage Business Cloud Accounting', { url: 'https://ledgerwise.example/guides/sage' }), Link('Request a mutual non-disclosure agreement', { url: 'https://ledgerwise.example/mnda' })], { gap: 24 }),
      T('Save and return later  ·  Share this step with your accountant', { size: 14, color: '#0B5FFF' }),
      Row([T('Powered by', { size: 12, color: '#667085' }), Vec({ w: 56, h: 16, fill: '#101828', name: 'codat-wordmark' })], { gap: 6, widths: [70] }),
      Divider(),
      T('Telephone 0300 123 4567 (Mon–Fri, 9:00–17:30)  ·  support@ledgerwise.example  ·  Submit a support request', { size: 13, color: '#667085' }),
    ])], { pad: 0, cta: true }),
    Screen('redirect', 'Modal', at(4), [Gap(260), Card([
      H('You will now be taken to Xero', { size: 22 }),
      T('On the following page you will be asked to sign in to Xero and to grant Ledgerwise access to your organisation. Once access has been granted, Xero will return you to Ledgerwise automatically.', { size: 15 }),
      Row([BtnFrame('Proceed to Xero', { to: 'xero', r: 4, w: 200 }), BtnFrame('Cancel', { close: true, fill: '#FFFFFF', color: '#344054', r: 4, w: 120 })], { gap: 12 }),
    ], { pad: 32, w: 560 })], { bg: '#10182880', pad: 440 }),
    Screen('xero', 'Frame 6', at(5), [Gap(120), Logo('xero', { s: 64 }), H('Ledgerwise would like to access Eleanor Hart Ltd', { size: 22 }), T('Read: accounting transactions, reports, contacts, settings', { size: 15 }), BtnFrame('Allow access', { to: 'conns', fill: '#13B5EA', w: 200 }), Link('Cancel', { back: true, plain: true })], { pad: 520 }),
    Screen('conns', 'Connections', at(6), [shell('Connections', nav, [
      Row([Vec({ w: 16, h: 16, fill: '#12B76A' }), T('Xero has been connected successfully.', { size: 14, color: '#FFFFFF' })], { pad: 14, gap: 8, fill: '#101828', r: 8, w: 420, widths: [16], name: 'toast' }),
      H('Connections', { size: 28 }),
      Card([Row([Logo('xero', { s: 32 }), Col([T('Xero — Eleanor Hart Ltd', { weight: 600 }), T('First synchronised 2 April 2026, 09:14  ·  Most recently synchronised today, 08:02', { size: 13, color: '#667085' })], { gap: 4 }), T('✓ Connected', { color: '#067647', size: 13 })], { gap: 12, widths: [32, 560] }),
        Row([Link('View synchronisation history', { size: 13 }), Link('Revoke access', { size: 13, color: '#B42318', to: 'revoke', nav: 'OVERLAY' })], { gap: 24 })]),
      Card([Row([Logo('barc', { s: 32 }), Col([T('Barclays Business — GBP current account ••4821', { weight: 600 }), Row([Spinner(), T('Synchronising bank transactions…', { size: 13, color: '#667085' })], { gap: 6, widths: [18] })], { gap: 4 }), T('Awaiting authorisation', { color: '#B54708', size: 13 })], { gap: 12, widths: [32, 560] })]),
      BtnFrame('+ Add another connection', { to: 'connect', fill: '#FFFFFF', color: '#0B5FFF', r: 4, w: 260 }),
      BtnInst('Continue to your VAT return', P, { to: 'vat', w: 300 }),
    ])], { pad: 0 }),
    Screen('revoke', 'Frame 8', at(7), [Gap(300), Card([H('Revoke access to Xero?', { size: 20 }), T('Ledgerwise will cease to retrieve data from Xero, and previously retrieved records will be deleted within 30 days.', { size: 15 }), Row([BtnFrame('Revoke', { fill: '#B42318', close: true, w: 140 }), BtnFrame('Keep connection', { fill: '#FFFFFF', color: '#344054', close: true, w: 180 })], { gap: 12 })], { pad: 32, w: 520 })], { bg: '#10182880', pad: 460 }),
    Screen('vat', 'VAT return', at(0, 1), [shell('VAT returns', nav, [
      H('VAT return: April – June 2026', { size: 28 }),
      T('The following details have been populated from Xero; please review them before proceeding.', { size: 15 }),
      ...[['VAT registration number', 'GB 298 1234 56'], ['Unique Taxpayer Reference', '84721 99310'], ['Registered office', '12 Cathedral Walk, Norwich NR1 3JU'], ['Turnover (last 12 months)', '£412,380']].map(([k, v]) => Row([T(k, { size: 14, color: '#667085' }), T(v, { size: 15, weight: 600 })], { widths: [260], gap: 16, pad: 12, stroke: '#EAECF0', r: 4 })),
      BtnInst('Review and submit', P, { to: 'reports', w: 240 }),
    ])], { pad: 0 }),
    Screen('reports', 'Reports', at(1, 1), [shell('Reports', nav, [
      H('Profit and loss', { size: 28 }),
      Rect({ h: 260, r: 8, fill: '#F2F4F7', name: 'chart' }),
      Card([T('Bank reconciliation is unavailable for this period', { weight: 600 }), T('Link a bank feed so that Ledgerwise can match your payments against the ledger.', { size: 14 }), BtnFrame('Link a bank feed', { to: 'connect', w: 200, r: 4 })], { fill: '#EFF4FF' }),
    ])], { pad: 0 }),
    Screen('upload', 'Frame 11', at(2, 1), [H('Upload a bridging spreadsheet'), Rect({ h: 200, r: 8, fill: '#F2F4F7', name: 'Rectangle 40' }), BtnFrame('Upload file', { to: 'conns', w: 180 })], { pad: 120 }),
    Screen('pricing', 'Pricing', at(3, 1), [H('Pricing', { size: 32 }), Row(['Sole trader £9/month', 'Limited company £19/month', 'Practice from £99/month'].map((t) => Card([T(t, { size: 18, weight: 600 })])), { gap: 24 })], { pad: 120 }),
    Screen('terms', 'Terms', at(4, 1), [H('Terms and conditions'), T('1. These terms govern your use of Ledgerwise.\n2. We may update these terms from time to time.\n3. English law applies.', { size: 14 })], { pad: 120 }),
  ];
  const email = Screen('email', 'Email — welcome', [0, 3000, 640, 900], [
    Vec({ w: 120, h: 28, fill: '#0B5FFF', name: 'logo' }),
    T('Dear Eleanor,', { size: 16 }),
    T('Thank you for registering with Ledgerwise. Three short steps stand between you and your first digital VAT return:', { size: 16 }),
    T('1  Verify your business\n2  Connect your accounting software — this is where Ledgerwise begins to save you time\n3  Review and submit your return', { size: 16 }),
    BtnFrame('Connect your software', { url: 'https://app.ledgerwise.example/connect', r: 4, w: 240 }),
    T('Should you have any questions, simply reply to this email.', { size: 14, color: '#667085' }),
  ], { pad: 40 });
  const flow = flowPage(c, 3, 'Flow', [Section('Onboarding — desktop', [-100, -100, 12000, 3000], flowScreens), Section('Emails', [-100, 2900, 900, 1100], [email])], 'register');
  c.page(4);
  const archive = { id: '4:0', name: 'Archive — do not use', type: 'CANVAS', children: [Screen(null, 'Connections v1', [0, 0, 1440, 1024], [H('Connections'), T('Synchronise now'), T('Trusted by 8,000 businesses')])(c)] };
  return write(dir, 'd10-tax-filing-desktop', c, { name: 'Ledgerwise MTD — onboarding (desktop)', lastModified: '2026-11-18T09:41:00Z', version: '4398812230' }, [cover, flow, comp.page, archive], {
    kind: 'onboarding',
    description: 'Ledgerwise, UK small-business tax filing (Making Tax Digital), desktop 1440, formal long-sentence copy. Flow page with an "Onboarding" SECTION and an "Emails" SECTION (welcome email with a numbered 1/2/3 list in one TEXT and a "Connect your software" button). Register (accountant quote from "Connect Accountancy Ltd", Pricing and Terms links to dead ends; a hidden "Trusted by 8,000 UK businesses" banner) → verify business → Overview with an empty-state connect CTA and a permanent "Connections" sidebar entry (connect frame, 2 steps) → connect page (readiness bar, one-paragraph value + one-direction data use, TEXT-over-RECTANGLE main CTA, "Accounting software" / "Bank feeds (Open Banking)" groups with full names, bridging-spreadsheet fallback, checkbox INSTANCE + Privacy Notice, encrypted / never disclosed / withdraw-any-time copy, FAQ, Sage guide and mutual-NDA links, save/share-with-accountant line, "Powered by" + vector wordmark, phone/email/support request footer) → redirect modal overlay → Xero consent → Connections with toast, first/last sync, GBP account metadata, "Synchronising…" spinner, connected/awaiting, add another, Revoke overlay → VAT return prefilled from Xero → Reports with a contextual "Link a bank feed" card. No search; no refresh control.',
    present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.syncing-indicator'],
    absent: ['privacy.statistics', 'platform.search', 'connection.refresh'],
    notes: {
      'privacy.statistics': 'The "8,000 UK businesses" figure is only in a hidden banner and on the archive page.',
      'connection.refresh': '"Synchronise now" exists only on the archive page; the live Connections screen has no refresh control.',
      'funnel.social-proof': 'Partner quote on the register screen; the firm name contains "Connect" (look-alike, not a CTA).',
      'value.progress-meter': '"Return readiness" bar with "2 of 5 records sources connected".',
    },
  });
}

// d12 — Brightline Capital: US business credit line, desktop 1440; value as icon+caption bullets, consent in a modal.
import { Ctx, T, H, Link, Rect, Vec, Gap, Col, Row, Card, BtnInst, BtnFrame, BtnGroup, Check, Search, Logo, Bar, Screen, Section, componentsPage, coverPage, flowPage, write } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#0F766E', font: 'Inter' });
  const cover = coverPage(c, 1, 'Brightline — Apply flow', 'US business credit line · desktop · ready for build');
  const comp = componentsPage(c, 2, [
    { name: 'cta/primary', set: ['Default', 'Hover', 'Loading'], hover: true, label: 'Continue' },
    { name: 'icon/feature' },
    { name: 'Modal' },
  ]);
  const P = comp['cta/primary'];
  const at = (i, row = 0) => [i * 1600, row * 1500, 1440, 1024];
  const feat = (glyph, title, caption) => Col([Vec({ w: 40, h: 40, fill: '#CCFBF1', name: glyph }), T(title, { size: 17, weight: 700 }), T(caption, { size: 14, color: '#475467' })], { gap: 8, w: 300 });
  const inst = (name, ref, o = {}) => Row([Logo(ref, { s: 32 }), T(name, { size: 15, weight: 600 })], { gap: 12, widths: [32], pad: 14, r: 10, stroke: '#E4E7EC', w: 280, ...o });
  const top = Row([Vec({ w: 120, h: 28, fill: '#0F766E', name: 'Brightline logo' }), Gap(1), Link('Help', { plain: true, to: 'help' })], { pad: 20, gap: 24, widths: [120, 1000], name: 'Top bar' });

  const screens = [
    Screen('landing', 'Landing', at(0), [
      top,
      Col([H('A credit line that grows with your business', { size: 44 }),
        T('Up to $250,000 · draw what you need · pay only for what you use', { size: 20, color: '#475467' }),
        Row([BtnInst('Check my rate', P, { to: 'signup', w: 220 }), Link('Rates & terms', { to: 'rates' })], { gap: 24, widths: [220] }),
        Row([T('★★★★★ 4.7 on Trustpilot', { size: 14, weight: 600 }), T('Trusted by 40,000+ US small businesses', { size: 14 })], { gap: 32 }),
        Card([T('“We had a line open in two days. Brightline looked at our real numbers, not just a credit score.”', { size: 17 }), T('Marcus Lee, owner, Lee & Sons Hardware (Austin, TX)', { size: 13, color: '#667085' })], { w: 640 }),
      ], { pad: 80, gap: 24 }),
    ], { pad: 0 }),
    Screen('signup', 'Frame 2', at(1), [Gap(100), H('Create your account', { size: 30 }), Rect({ h: 48, w: 440, r: 8, fill: '#F9FAFB' }), Rect({ h: 48, w: 440, r: 8, fill: '#F9FAFB' }), BtnFrame('Continue', { to: 'basics', w: 440, r: 8 })], { pad: 500 }),
    Screen('basics', 'Frame 3', at(2), [Gap(80), H('Business basics', { size: 30 }), ...['Legal business name', 'Industry', 'Years in business'].map((l) => Col([T(l, { size: 13 }), Rect({ h: 48, w: 440, r: 8, fill: '#F9FAFB' })], { gap: 6 })), BtnFrame('Continue', { to: 'link', w: 440, r: 8 })], { pad: 500 }),
    Screen('link', 'Link accounts', at(3), [
      top,
      Row([Col([
        Row([T('Application strength', { size: 13, weight: 600 }), T('Fair', { size: 13, color: '#B54708' })], { gap: 8 }), Bar(35),
        H('Link your accounts to see your offer', { size: 32 }),
        Row([
          feat('icon/bolt', 'A faster yes', 'Most linked applications get a decision in under 10 minutes.'),
          feat('icon/eye', 'What we look at', '• Bank: balances and transactions, to gauge cash flow and runway\n• Accounting: invoices and P&L, to set your limit\nRead-only — we can’t move money or edit your books.'),
          feat('icon/arrow', 'What’s next', 'Link your main business bank account first; accounting software is optional.'),
        ], { gap: 32 }),
        BtnGroup('Link your bank account', { to: 'consent', nav: 'OVERLAY', w: 300, vector: true }),
        Search('Search 11,000+ banks', { w: 520 }),
        T('Bank accounts', { size: 20, weight: 700 }),
        Row([inst('Chase Business', 'chase', { to: 'consent', nav: 'OVERLAY' }), inst('Bank of America Business', 'boa'), inst('Wells Fargo Business', 'wf'), inst('Mercury', 'merc')], { gap: 12 }),
        T('Accounting software', { size: 20, weight: 700 }),
        Row([inst('QuickBooks Online', 'qbo'), inst('Xero', 'xero'), inst('Oracle NetSuite', 'ns')], { gap: 12 }),
        Link('Don’t see your bank? Upload 3 months of statements instead', { to: 'upload' }),
        Row([T('🔒', { size: 16, w: 20 }), T('256-bit encryption. We never share your data with third parties without your permission.', { size: 14, color: '#475467' })], { gap: 8, widths: [20] }),
        Row([Link('Questions? Read the FAQ', { url: 'https://brightline.example/faq' }), Row([T('Powered by', { size: 12, color: '#667085' }), Rect({ w: 64, h: 18, image: 'codatlogo', name: 'image 7' })], { gap: 6, widths: [70] })], { gap: 40 }),
        T('Call (888) 555-0142  ·  help@brightline.example  ·  Live chat 8am–8pm ET', { size: 13, color: '#667085' }),
      ], { gap: 20, pad: 48 })], { name: 'Content' }),
    ], { pad: 0, cta: true }),
    Screen('consent', 'Modal / consent', at(4), [Gap(200), Card([
      H('Before you link', { size: 24 }),
      T('You’ll be sent to your bank’s own secure site to sign in and approve read-only access. When you’re done, you come straight back to your application.', { size: 15 }),
      Check('vec', null, [T('I agree to Brightline accessing my account data as described in the', { size: 14 }), Link('Data Use Terms', { size: 14, url: 'https://brightline.example/data-use' })]),
      T('You can disconnect at any time.', { size: 13, hidden: true }),
      Row([BtnInst('Agree and continue', P, { to: 'bank', w: 220 }), BtnFrame('Cancel', { close: true, fill: '#FFFFFF', color: '#344054', w: 120 })], { gap: 12 }),
    ], { pad: 32, w: 560, r: 16 })], { pad: 440, bg: '#0C111D99' }),
    Screen('bank', 'chase', at(5), [Gap(120), Logo('chase', { s: 64 }), H('Sign in to Chase', { size: 24 }), Rect({ h: 44, w: 400, r: 6 }), Rect({ h: 44, w: 400, r: 6 }), BtnFrame('Sign in & share', { to: 'linked', fill: '#117ACA', w: 400 })], { pad: 520 }),
    Screen('linked', 'Frame 7', at(6), [
      Gap(40), Row([T('Application strength', { size: 13, weight: 600 }), T('Strong', { size: 13, color: '#067647' })], { gap: 8, w: 400 }), Bar(80),
      H('Accounts linked', { size: 30 }),
      Card([Row([Logo('chase'), T('Chase Business Complete Checking ••2290'), T('Connected ✓', { color: '#067647', size: 13 })], { widths: [32, 420], gap: 12 })], { w: 720 }),
      Card([Row([Logo('qbo'), T('QuickBooks Online'), T('Authorization pending', { color: '#B54708', size: 13 })], { widths: [32, 420], gap: 12 })], { w: 720 }),
      Link('+ Link another account', { to: 'link' }),
      BtnInst('See my offer', P, { to: 'offer', w: 240 }),
    ], { pad: 120 }),
    Screen('offer', 'Offer', at(7), [Gap(40), H('You’re approved for $120,000', { size: 34 }), T('Confirm your details — we filled them in from QuickBooks Online:', { size: 16 }),
      ...[['EIN', '84-2210937'], ['Business address', '1801 Red River St, Austin, TX 78701'], ['Annual revenue', '$1.42M'], ['Primary contact', 'Marcus Lee, owner']].map(([k, v]) => Row([T(k, { size: 13, color: '#667085' }), T(v, { size: 15, weight: 600 })], { widths: [200], gap: 16, pad: 12, r: 8, stroke: '#E4E7EC', w: 720 })),
      BtnInst('Accept offer', P, { to: 'home', w: 240 })], { pad: 120 }),
    Screen('home', 'Dashboard', at(0, 1), [top, Col([H('Available credit: $120,000', { size: 30 }), Rect({ h: 240, r: 12, fill: '#F0FDFA' }), Row([BtnFrame('Draw funds', { w: 180 }), Link('Linked accounts', { to: 'accounts' })], { gap: 24, widths: [180] })], { pad: 48, gap: 20 })], { pad: 0 }),
    Screen('accounts', 'Settings / Linked accounts', at(1, 1), [top, Col([H('Linked accounts', { size: 28 }),
      Card([Row([Logo('chase'), Col([T('Chase Business Complete Checking ••2290 (USD)', { weight: 600 }), T('Linked Mar 4, 2026 · Last updated Nov 25, 2026 6:02 AM', { size: 13, color: '#667085' })], { gap: 4 }), Link('Unlink', { plain: true, color: '#B42318', to: 'unlink', nav: 'OVERLAY' })], { widths: [32, 600], gap: 12 })], { w: 840 }),
      Card([Row([Logo('qbo'), Col([T('QuickBooks Online — Lee & Sons Hardware', { weight: 600 }), T('Linked Mar 4, 2026 · Last updated Nov 24, 2026', { size: 13, color: '#667085' })], { gap: 4 }), Link('Unlink', { plain: true, color: '#B42318' })], { widths: [32, 600], gap: 12 })], { w: 840 }),
      T('Close account', { size: 13, color: '#B42318' }),
    ], { pad: 48, gap: 16 })], { pad: 0 }),
    Screen('unlink', 'Frame 11', at(2, 1), [Gap(300), Card([H('Unlink Chase?', { size: 22 }), T('We’ll stop receiving new transactions; this may affect your credit limit reviews.', { size: 15 }), BtnFrame('Unlink account', { fill: '#B42318', close: true, w: 200 })], { pad: 32, w: 520 })], { pad: 460, bg: '#0C111D99' }),
    Screen('upload', 'Frame 12', at(3, 1), [H('Upload bank statements'), T('PDF statements for the last 3 months', { size: 15 }), Rect({ h: 220, r: 12, fill: '#F9FAFB' }), BtnFrame('Submit statements', { to: 'linked', w: 220 })], { pad: 120 }),
    Screen('rates', 'Rates & terms', at(4, 1), [H('Rates & terms', { size: 30 }), T('Draw fee 1.5%–8% · Weekly or monthly repayment · No prepayment penalty', { size: 16 }), T('Credit lines are issued by First Electronic Bank, Member FDIC.', { size: 13, color: '#667085' })], { pad: 120 }),
    Screen('help', 'Help', at(5, 1), [H('Help center'), Search('Search help articles', { w: 520 }), Link('Back to application', { back: true, plain: true })], { pad: 120 }),
  ];
  const flow = flowPage(c, 3, 'Apply — desktop', [Section('Apply v4', [-200, -200, 13000, 3200], screens)], 'landing');
  c.page(4);
  const archive = { id: '4:0', name: 'Archive', type: 'CANVAS', children: [Screen(null, 'link v3', [0, 0, 1440, 1024], [H('Connect your bank'), T('Mutual NDA available on request'), T('Sync now')], { hidden: true })(c)] };
  return write(dir, 'd12-credit-line-desktop', c, { name: 'Brightline — Apply (desktop)', lastModified: '2026-11-23T21:07:33Z', version: '4420011875' }, [cover, flow, comp.page, archive], {
    kind: 'onboarding',
    description: 'Brightline Capital, US business credit line, desktop 1440. Flow page with one SECTION. Landing (Trustpilot rating, "Trusted by 40,000+ US small businesses", owner quote, Rates & terms link to a dead end) → sign up → business basics → "Link your accounts" (3 steps): application-strength meter, value exchange as three icon+caption columns (benefit, bulleted per-source data use incl. read-only direction, next step), VECTOR-backed main CTA opening a consent MODAL overlay, "Search 11,000+ banks", "Bank accounts" / "Accounting software" groups with full names, statements-upload fallback, encryption / never-shared line, FAQ link, "Powered by" + image logo, phone/email/chat line. Modal explains the redirect to the bank and holds a VECTOR checkbox + Data Use Terms link (disconnect-anytime copy only hidden) → Chase sign-in → accounts linked (connected / pending / link another) → offer prefilled from QuickBooks Online → dashboard → Linked accounts (link date, last updated, USD account, Unlink overlay, "Close account" look-alike). No skip/save/share, no guide, no contextual CTA, no refresh or syncing state.',
    present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'],
    absent: ['funnel.greeting-email', 'value.contextual-ctas', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.mutual-nda', 'platform.non-linear', 'connection.refresh', 'connection.syncing-indicator'],
    notes: {
      'value.three-part': 'Worded as three icon columns with captions and a bullet list, not one paragraph.',
      'privacy.consent-action': 'The checkbox and Data Use Terms link are in the consent modal, opened as an OVERLAY before the bank sign-in.',
      'privacy.disconnect-anytime': 'Only as a hidden layer in the modal.',
      'privacy.mutual-nda': 'Only on the hidden archive frame.',
      'privacy.connection-guide': 'The top-bar "Help" goes to a generic help-centre search, not a connection guide.',
    },
  });
}

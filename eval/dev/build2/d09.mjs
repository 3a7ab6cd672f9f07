// d09 — Floatly: invoice financing for freelancers, iOS 375x812, casual copy with emoji.
import { Ctx, T, H, Link, Rect, Vec, Gap, Divider, Col, Row, Card, BtnInst, BtnFrame, BtnGroup, Chip, Check, Search, Logo, Screen, componentsPage, coverPage, flowPage, write } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#6C3BF5', font: 'Nunito' });
  const cover = coverPage(c, 1, 'Floatly — onboarding v5 📱', 'Freelancer invoice advances · iOS · handoff');
  const comp = componentsPage(c, 2, [
    { name: 'Comp / Action / Large', set: ['Default', 'Hover'], hover: true, label: 'Continue' },
    { name: 'tick', desc: 'checkbox 20' },
    { name: 'Tab bar', w: 375, h: 84 },
  ]);
  const P = comp['Comp / Action / Large'];
  const W = 375, Hh = 812;
  const at = (i, row = 0) => [i * 475, row * 1500, W, Hh];
  const app = (name, ref, right) => Row([Logo(ref, { s: 36 }), T(name, { size: 16, weight: 600 }), right].filter(Boolean), { gap: 12, widths: [36, 190], pad: 12, r: 14, fill: '#FFFFFF', stroke: '#EAE6F8' });
  const tabbar = (active) => Row(['Invoices', 'Get paid', 'Profile'].map((t) => T(t, { size: 11, weight: t === active ? 700 : 400, align: 'CENTER', to: t === 'Profile' && active !== t ? 'settings' : undefined })), { pad: 14, fill: '#FAF9FF', name: 'Tab bar' });

  const screens = [
    Screen('intro', 'Frame 1', at(0), [
      Gap(80), Rect({ h: 220, r: 24, image: 'c0ffee01', name: 'Illustration' }),
      H('Invoices paid in a day, not in 60 🎉', { size: 28 }),
      T('Floatly advances up to 90% of your unpaid invoices. No lengthy forms, no bank manager.', { size: 16, color: '#555' }),
      BtnInst('Let’s go', P, { to: 'signup', w: 327 }),
      Link('Skip', { plain: true, align: 'CENTER', to: 'signup', color: '#888' }),
    ]),
    Screen('signup', 'Sign up', at(1), [
      H('Make an account ✌️'),
      Col([T('Email', { size: 12, color: '#777' }), Rect({ h: 48, r: 12, fill: '#F4F2FB', name: 'Rectangle 3' })], { gap: 6 }),
      Col([T('Password', { size: 12, color: '#777' }), Rect({ h: 48, r: 12, fill: '#F4F2FB' })], { gap: 6 }),
      BtnFrame('Create my account', { to: 'profile', w: 327, name: 'Btn' }),
      Card([T('“Floatly paid my £4k invoice the same afternoon. I actually cried a little.”', { size: 15, weight: 500 }), Row([Rect({ w: 28, h: 28, r: 14, image: 'a1b2c3' }), T('Dani Okafor · motion designer, Bristol', { size: 12, color: '#777' })], { gap: 8, widths: [28] }), T('⭐️⭐️⭐️⭐️⭐️ 4.8 on the App Store', { size: 12 })]),
      Link('How much does it cost?', { to: 'fees', align: 'CENTER' }),
    ]),
    Screen('profile', 'Frame 3', at(2), [
      H('What kind of freelancer are you?'),
      Row([Chip('🎨 Design'), Chip('💻 Dev'), Chip('✍️ Writing')], { gap: 8, layout: true }),
      Row([Chip('📸 Photo'), Chip('🎬 Video'), Chip('Other')], { gap: 8 }),
      Col([T('Roughly how much do you invoice a month?', { size: 14, weight: 600 }), Rect({ h: 48, r: 12, fill: '#F4F2FB' })], { gap: 6 }),
      BtnInst('Next', P, { to: 'connect', w: 327 }),
    ]),
    Screen('connect', 'Frame 4', at(3), [
      H('Hook up your books 📚', { size: 26 }),
      Col([
        Row([T('💸', { size: 20, w: 28 }), T('Get cash for your invoices in 24h — we size your advance from what’s actually owed to you.', { size: 15 })], { gap: 8, widths: [28] }),
        Row([T('👀', { size: 20, w: 28 }), T('We only read your invoices and who’s paid you, from your accounting app into Floatly. Nothing ever gets written back.', { size: 15 })], { gap: 8, widths: [28] }),
      ], { gap: 10, name: 'why' }),
      BtnInst('Connect my accounting app', P, { to: 'sheet', nav: 'OVERLAY', w: 327 }),
      Search('Find your app', { w: 327 }),
      T('Accounting apps', { size: 18, weight: 700 }),
      Col([app('Xero', 'xero01', Vec({ w: 12, h: 12, name: 'chevron' })), app('QuickBooks Online', 'qbo01'), app('FreeAgent', 'fa01')], { gap: 8 }),
      T('Bank', { size: 18, weight: 700 }),
      Col([app('Monzo Business', 'monzo01'), app('Starling Bank (business)', 'starl01')], { gap: 8 }),
      Link('Not using any of these? Upload invoices as PDFs instead', { to: 'upload' }),
      Check('rect', null, [T('I’m happy for Floatly to read my invoices and bank transactions.', { size: 13 }), Link('Privacy policy', { size: 13, url: 'https://floatly.example/privacy' })]),
      Col([T('🔒 Bank-grade encryption. Your data never goes to anyone else unless you say so.', { size: 13, color: '#444' }), T('🤝 12,000+ freelancers already trust us with their books.', { size: 13, color: '#444' }), T('✂️ Change your mind? Unplug it whenever you like from Profile.', { size: 13, color: '#444' })], { gap: 6, name: 'Frame 9' }),
      Row([Link('Wait, how does this work? 🤔', { size: 13, to: 'faq' }), Link('Step-by-step: linking Xero', { size: 13, url: 'https://help.floatly.example/linking-xero' })], { gap: 12 }),
      T('Powered by Codat', { size: 11, hidden: true, color: '#999' }),
      T('Ask my accountant to do this · I’ll finish later', { size: 13, color: '#6C3BF5' }),
    ], { cta: true, gap: 12 }),
    Screen('sheet', 'Bottom sheet', at(4), [
      Gap(360), Col([
        Rect({ w: 40, h: 4, r: 2, fill: '#DDD' }),
        H('Quick heads-up 👋', { size: 22 }),
        T('Next, you’ll pop over to Xero to log in and give us the thumbs up. Once you’ve said yes, Xero sends you straight back here.', { size: 15 }),
        BtnGroup('Open Xero', { to: 'xero', w: 327 }),
        Link('Back', { plain: true, back: true, align: 'CENTER' }),
      ], { pad: 24, gap: 14, fill: '#FFFFFF', r: 24 }),
    ], { bg: '#00000066', pad: 0 }),
    Screen('xero', 'xero login', at(5), [
      Logo('xero01', { s: 56 }), H('Log in to Xero', { size: 22 }), Rect({ h: 44, r: 6 }), Rect({ h: 44, r: 6 }),
      T('Floatly wants to read your organisation’s invoices, contacts and bank transactions.', { size: 14 }),
      BtnFrame('Allow access', { to: 'linked', fill: '#13B5EA', w: 327 }),
      Link('Cancel', { plain: true, back: true }),
    ]),
    Screen('linked', 'Frame 7', at(6), [
      H('Nice one! 🙌'),
      Card([Row([Logo('xero01'), T('Xero', { weight: 600 }), T('✓ Connected', { color: '#12A150', size: 13 })], { widths: [32, 150], gap: 10 })]),
      Card([Row([Logo('monzo01'), T('Monzo Business', { weight: 600 }), T('⏳ Waiting for approval', { color: '#C27803', size: 13 })], { widths: [32, 150], gap: 10 })]),
      Chip('＋ Add another account', { to: 'connect', w: 327 }),
      BtnInst('Looks good', P, { to: 'prefill', w: 327 }),
    ]),
    Screen('prefill', 'Frame 8', at(7), [
      H('We filled this in from Xero ✨', { size: 22 }),
      ...[['Business name', 'Pip Studio Ltd'], ['Company number', '12345678'], ['VAT number', 'GB 123 4567 89'], ['Address', '4 Harbour Rd, Bristol BS1 5TT'], ['Annual turnover', '£84,200']].map(([k, v]) => Col([T(k, { size: 12, color: '#777' }), Row([T(v, { size: 15 })], { pad: 12, r: 12, fill: '#F4F2FB' })], { gap: 4 })),
      BtnInst('All correct', P, { to: 'home', w: 327 }),
    ]),
    Screen('home', 'Frame 9', at(0, 1), [
      H('Your invoices'),
      Card([T('INV-0042 · Acme Ltd · £2,400', { weight: 600 }), T('Due in 38 days', { size: 12, color: '#777' }), Chip('Get paid now ⚡️')]),
      Card([T('Link your bank to unlock same-day payouts 🏦', { weight: 700 }), T('We’ll check incoming payments so repaying happens automatically.', { size: 13 }), BtnFrame('Link bank', { to: 'connect', w: 140 })], { fill: '#F3EEFF' }),
      Gap(220), tabbar('Invoices'),
    ], { pad: 16 }),
    Screen('settings', 'Profile', at(1, 1), [
      H('Profile'),
      T('Connected apps', { size: 18, weight: 700 }),
      Card([Row([Logo('xero01'), Col([T('Xero · Pip Studio Ltd', { weight: 600 }), T('Linked 3 Mar · last synced 2 hours ago', { size: 12, color: '#777' })], { gap: 2 })], { gap: 10, widths: [32] }),
        Row([Link('Refresh', { plain: true, size: 13 }), Link('Disconnect', { plain: true, size: 13, color: '#D92D20', to: 'unplug', nav: 'OVERLAY' })], { gap: 16 })]),
      Divider(),
      Link('Help & support', { plain: true, to: 'help' }),
      T('Delete account', { color: '#D92D20', size: 14 }),
      Gap(160), tabbar('Profile'),
    ], { pad: 16 }),
    Screen('unplug', 'Frame 11', at(2, 1), [Gap(280), Card([H('Disconnect Xero?', { size: 20 }), T('Floatly will stop reading your invoices and delete the copies we hold.', { size: 14 }), BtnFrame('Yes, disconnect', { fill: '#D92D20', close: true }), Link('Keep it', { plain: true, close: true })])], { bg: '#00000055' }),
    Screen('help', 'Frame 12', at(3, 1), [H('Need a hand? 💬'), T('Chat with us in the app, 8am–8pm', { size: 15 }), T('hello@floatly.example', { size: 15 }), T('📞 0117 496 0123', { size: 15 }), Link('Back', { plain: true, back: true })]),
    Screen('faq', 'Frame 13', at(4, 1), [H('How Floatly works'), T('1  Connect your accounting app\n2  Pick an invoice\n3  Cash lands in your account', { size: 15 }), Link('Done', { plain: true, back: true })]),
    Screen('upload', 'Frame 14', at(5, 1), [H('Upload invoices'), Rect({ h: 180, r: 16, fill: '#F4F2FB', name: 'dropzone' }), T('PDF or CSV, up to 10 MB', { size: 13, color: '#777' }), BtnFrame('Upload', { to: 'linked' })]),
    Screen('fees', 'Fees', at(6, 1), [H('Fees'), T('2.5% per invoice advanced, nothing else. No subscriptions, no hidden charges.', { size: 15 }), T('Late repayment: 0.1% a day after 7 days.', { size: 13, color: '#777' })]),
  ];
  const flow = flowPage(c, 3, '✅ Flow — ready for dev', screens, 'intro');
  c.page(4);
  const archive = { id: '4:0', name: 'Archive', type: 'CANVAS', children: [Screen(null, 'connect v2 (old)', [0, 0, 375, 812], [H('Connect'), T('Powered by Codat · your data is secured with 256-bit encryption'), BtnFrame('Connect')], { hidden: true })(c)] };
  return write(dir, 'd09-invoice-factoring-mobile', c, { name: 'Floatly — onboarding v5', lastModified: '2026-11-20T14:02:11Z', version: '4412098811' }, [cover, flow, comp.page, archive], {
    kind: 'onboarding',
    description: 'Floatly, invoice advances for freelancers, iOS 375x812, casual copy with emoji. Intro (marketing "Skip") → sign up (testimonial + App Store rating, fees link to a dead-end Fees screen) → profile chips → "Hook up your books" connect screen (emoji bullets for value and one-direction data use, main INSTANCE CTA opening a bottom-sheet overlay, "Find your app" search, "Accounting apps" / "Bank" groups with full names, PDF upload fallback, RECTANGLE checkbox consent + policy link, encryption / never-shared / 12,000+ freelancers / unplug-anytime lines, FAQ + Xero guide links, accountant/later line; "Powered by Codat" only hidden) → bottom sheet explaining the Xero redirect → Xero login → connected/waiting + add another → details prefilled from Xero → invoices home with a contextual "Link bank" card → Profile (connected app with link date + last sync, Refresh, Disconnect overlay, "Delete account", help screen with chat/email/phone).',
    present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
    absent: ['funnel.greeting-email', 'value.progress-meter', 'privacy.powered-by', 'privacy.mutual-nda', 'connection.syncing-indicator'],
    notes: {
      'privacy.powered-by': 'Only in a hidden layer on the connect screen and in a hidden archived frame; not shown.',
      'funnel.three-actions': 'intro → sign up → profile → connect: 3 steps (the intro "Skip" also goes to sign up).',
      'platform.non-linear': '"Ask my accountant to do this · I’ll finish later" in one text line on the connect screen.',
      'privacy.support-contacts': 'Help screen (from Profile) lists in-app chat, email and phone.',
    },
  });
}

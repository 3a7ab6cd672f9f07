// d13 — Penny: bookkeeping assistant for sole traders, Android 360x800, onboarding as a chat with bubbles and quick-reply chips.
import { Ctx, T, H, Link, Rect, Vec, Gap, Col, Row, BtnInst, BtnFrame, Chip, Check, Search, Logo, Spinner, Screen, componentsPage, coverPage, flowPage, write } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#E11D74', font: 'DM Sans' });
  const cover = coverPage(c, 1, 'Penny 🐷 chat onboarding', 'Android · conversational setup · v7');
  const comp = componentsPage(c, 2, [
    { name: 'Bubble/Bot' }, { name: 'Bubble/Me' },
    { name: 'QuickReply', set: ['Default', 'Pressed'], label: 'Reply' },
    { name: 'check', set: ['off', 'on'] },
  ]);
  const QR = comp['QuickReply'], CK = comp['check'];
  const at = (i, row = 0) => [i * 460, row * 1300, 360, 800];
  const bot = (...lines) => Row([Rect({ w: 28, h: 28, r: 14, image: 'penny-avatar' }), Col(lines.map((l) => (typeof l === 'string' ? T(l, { size: 15 }) : l)), { pad: 12, gap: 6, fill: '#F2F2F7', r: 16, w: 260 })], { gap: 8, widths: [28] });
  const me = (s) => Row([Gap(1), Col([T(s, { size: 15, color: '#FFFFFF' })], { pad: 12, fill: '#E11D74', r: 16 })], { gap: 0, widths: [120] });
  const chips = (...cs) => Row(cs, { gap: 8 });
  const header = (sub) => Row([Rect({ w: 36, h: 36, r: 18, image: 'penny-avatar' }), Col([T('Penny', { size: 16, weight: 700 }), T(sub, { size: 12, color: '#8E8E93' })], { gap: 0 }), Vec({ w: 24, h: 24, name: 'Vector', to: 'settings' })], { pad: 12, gap: 10, widths: [36, 240], fill: '#FFFFFF' });
  const composer = () => Row([Rect({ h: 40, r: 20, fill: '#F2F2F7', name: 'Rectangle 2' }), Vec({ w: 28, h: 28, name: 'send' })], { pad: 10, gap: 8, widths: [290] });

  const screens = [
    Screen('welcome', 'Frame 1', at(0), [
      Gap(120), Rect({ w: 96, h: 96, r: 48, image: 'penny-avatar' }),
      H('Hi, I’m Penny 👋', { size: 28 }), T('I do your bookkeeping while you do the real work.', { size: 16, color: '#636366' }),
      BtnInst('Continue with Google', QR, { to: 'chat1', w: 312, fill: '#FFFFFF', color: '#1C1C1E' }),
      BtnFrame('Sign up with email', { to: 'chat1', w: 312, r: 24 }),
      Col([T('“Penny gave me my Sunday evenings back.”', { size: 14, weight: 600 }), T('Rosa M., café owner · ★★★★★', { size: 12, color: '#8E8E93' })], { gap: 4, pad: 12, r: 12, fill: '#FFF0F6' }),
    ]),
    Screen('chat1', 'Chat 1', at(1), [header('online'), Col([
      bot('Nice to meet you! What’s your business called?'), me('Rosa’s Bakery'),
      bot('Lovely 🥐 And how do you get paid mostly?'),
      chips(Chip('Card & cash', { to: 'chat2' }), Chip('Invoices', { to: 'chat2' }), Chip('Online orders', { to: 'chat2' })),
    ], { pad: 12, gap: 12 }), Gap(200), composer()], { pad: 0, gap: 0 }),
    Screen('chat2', 'Chat 2', at(2), [header('typing…'), Col([
      me('Card & cash'),
      bot('Got it. Here’s the deal: once your books are linked, I sort every transaction into the right category and flag anything odd — most owners save about 5 hours a month.'),
      bot('I’ll only read your bank transactions and your QuickBooks invoices. Nothing gets posted back to your accounts, and you can unlink me whenever you want — just ask.'),
      bot('🔒 It’s all encrypted, and I never hand your data to anyone else without asking you first.'),
      bot('Shall we link your bank or accounting app?'),
      chips(Chip('🔗 Link my books', { to: 'sheet', nav: 'OVERLAY', fill: '#E11D74', color: '#FFFFFF' }), Chip('Not now', { to: 'later' }), Chip('What will you see?', { to: 'what' })),
    ], { pad: 12, gap: 10 }), composer()], { pad: 0, gap: 0, cta: true }),
    Screen('what', 'Frame 4', at(3), [header('online'), Col([me('What will you see?'), bot('Just money in, money out and your invoices — never your passwords.', Link('Read the FAQ', { size: 14, url: 'https://penny.example/faq' })), chips(Chip('OK, link my books', { to: 'sheet', nav: 'OVERLAY' }))], { pad: 12, gap: 10 })], { pad: 0 }),
    Screen('later', 'Frame 5', at(4), [header('online'), Col([me('Not now'), bot('No problem! I’ll nudge you tomorrow. Or I can send a link to your bookkeeper so they can do it.'), chips(Chip('Send to my bookkeeper'), Chip('Remind me tomorrow'), Chip('Actually, let’s do it', { to: 'sheet', nav: 'OVERLAY' }))], { pad: 12, gap: 10 })], { pad: 0 }),
    Screen('sheet', 'Bottom sheet', at(5), [Gap(140), Col([
      Rect({ w: 36, h: 4, r: 2, fill: '#C7C7CC' }),
      T('Link an account', { size: 20, weight: 700 }),
      Search('Find your bank or app'),
      T('Banks', { size: 15, weight: 700, color: '#8E8E93' }),
      ...[['Chase Business', 'chase'], ['Revolut Business', 'rev']].map(([n, r]) => Row([Logo(r), T(n, { size: 15 })], { gap: 12, widths: [32], pad: 8 })),
      T('Accounting', { size: 15, weight: 700, color: '#8E8E93' }),
      ...[['QuickBooks Online', 'qbo'], ['Xero', 'xero'], ['FreshBooks', 'fb']].map(([n, r]) => Row([Logo(r), T(n, { size: 15 })], { gap: 12, widths: [32], pad: 8, to: n === 'QuickBooks Online' ? 'consent' : undefined })),
      T('Can’t find it? Forward me your statements at books@penny.example', { size: 13, color: '#636366' }),
      T('Powered by Codat', { size: 11, color: '#8E8E93', align: 'CENTER' }),
    ], { pad: 20, gap: 10, fill: '#FFFFFF', r: 20 })], { bg: '#00000066', pad: 0 }),
    Screen('consent', 'Chat 3', at(6), [header('online'), Col([
      me('QuickBooks Online'),
      bot('I’ll send you to QuickBooks to log in. Tap “Connect” there and you’ll pop right back into our chat.'),
      bot(Check('inst', CK, [T('I’m OK with Penny reading my transactions and invoices', { size: 14 }), Link('Privacy', { size: 13, url: 'https://penny.example/privacy' })])),
      chips(Chip('Go to QuickBooks', { to: 'qbo', fill: '#E11D74', color: '#FFFFFF' })),
    ], { pad: 12, gap: 10 })], { pad: 0 }),
    Screen('qbo', 'intuit', at(7), [Gap(80), Logo('qbo', { s: 56 }), H('Connect Penny to QuickBooks', { size: 22 }), T('Penny will be able to read your company’s transactions, invoices and company info.', { size: 14 }), BtnFrame('Connect', { to: 'done', fill: '#2CA01C', w: 312 })]),
    Screen('done', 'Chat 4', at(0, 1), [header('online'), Col([
      bot('All set ✅ QuickBooks Online is connected. Revolut Business is still waiting for your approval in the Revolut app.'),
      bot('I found these in QuickBooks — look right?\nRosa’s Bakery LLC\nEIN 47-1182930\n218 Elm St, Portland, ME 04101'),
      chips(Chip('Yes, that’s right', { to: 'insights' }), Chip('➕ Add another account', { to: 'sheet', nav: 'OVERLAY' })),
    ], { pad: 12, gap: 10 })], { pad: 0 }),
    Screen('insights', 'Insights', at(1, 1), [header('online'), Col([
      T('This month', { size: 22, weight: 700 }),
      Rect({ h: 180, r: 12, fill: '#F2F2F7', name: 'chart' }),
      bot('Link Stripe and I’ll show your online sales trend right here.'),
      chips(Chip('Link Stripe', { to: 'sheet', nav: 'OVERLAY' })),
      Link('Talk to a human', { plain: true, to: 'human' }),
    ], { pad: 16, gap: 12 })], { pad: 0 }),
    Screen('settings', 'Frame 11', at(2, 1), [T('Connected accounts', { size: 22, weight: 700 }),
      Col([Row([Logo('qbo'), Col([T('QuickBooks Online', { weight: 600 }), T('Synced 5 min ago · since 12 Feb', { size: 12, color: '#8E8E93' })], { gap: 2 })], { gap: 10, widths: [32] }), Row([Link('Sync now', { plain: true, size: 13 }), Link('Remove connection', { plain: true, size: 13, color: '#FF3B30' })], { gap: 16 })], { gap: 8, pad: 12, r: 12, stroke: '#E5E5EA' }),
      Col([Row([Logo('rev'), Col([T('Revolut Business ••7731 (USD)', { weight: 600 }), Row([Spinner(), T('Syncing…', { size: 12, color: '#8E8E93' })], { gap: 6, widths: [18] })], { gap: 2 })], { gap: 10, widths: [32] })], { pad: 12, r: 12, stroke: '#E5E5EA' }),
      T('Delete my Penny account', { size: 14, color: '#FF3B30' }),
      Link('Back', { plain: true, back: true }),
    ]),
    Screen('human', 'Frame 12', at(3, 1), [header('Support team'), Col([bot('Hi, it’s Sam from the Penny team. How can I help?')], { pad: 12 }), Gap(380), composer()], { pad: 0 }),
  ];
  const flow = flowPage(c, 3, 'Chat onboarding', screens, 'welcome');
  c.page(4);
  const archive = { id: '4:0', name: 'old explorations', type: 'CANVAS', children: [Screen(null, 'form version', [0, 0, 360, 800], [H('Connect your bank'), T('Step 2 of 3'), T('Call us 1-800-555-0199 · help@penny.example')])(c)] };
  return write(dir, 'd13-bookkeeping-chat-mobile', c, { name: 'Penny — chat onboarding', lastModified: '2026-10-30T11:45:02Z', version: '4355120974' }, [cover, flow, comp.page, archive], {
    kind: 'onboarding',
    description: 'Penny, a bookkeeping assistant for sole traders, Android 360x800, onboarding as a chat: bot bubbles (avatar + grey rounded FRAME), user bubbles, quick-reply chips as rounded FRAMEs. Welcome (customer quote) → chat 1 (chips) → chat 2 (connect frame, 2 steps): benefit bubble, data-use + one-direction + unlink-whenever bubble, encrypted/never-shared bubble, "🔗 Link my books" chip opening a bottom sheet, "Not now" (bookkeeper/remind-me chips) and "What will you see?" (FAQ link) → bottom sheet with "Find your bank or app" search, "Banks" / "Accounting" groups with full names, statements-by-email fallback, "Powered by Codat" → chat bubble explaining the QuickBooks redirect with a checkbox INSTANCE + Privacy link → Intuit consent → chat with connected / waiting-for-approval, details found in QuickBooks, add-another chip → Insights with a contextual "Link Stripe" bubble → Connected accounts (header icon): sync date, Sync now, Remove connection, Syncing… spinner, "Delete my Penny account" look-alike. Support is a single in-app chat; no progress meter, no guide, no figures.',
    present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
    absent: ['funnel.greeting-email', 'value.progress-meter', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda'],
    notes: {
      'value.three-part': 'Spread over consecutive bot bubbles in one chat screen, ending in the "Link my books" quick-reply chip.',
      'privacy.consent-action': 'The checkbox sits inside a chat bubble, before the "Go to QuickBooks" chip.',
      'privacy.support-contacts': 'Only "Talk to a human" (one in-app chat channel); phone and email appear only on the old-explorations page.',
      'value.progress-meter': '"Step 2 of 3" exists only on the old-explorations page.',
    },
  });
}

// h07 — Tally: expense-management card for UK small businesses (mobile 375x812), UK English, terse copy.
// Some links use the older `transitionNodeID` form.
import { Builder, btnInst, btnFrame, btnGroup, linkText } from './part2-lib.mjs';

export default function build() {
  const b = new Builder(707);
  b.font = 'DM Sans';
  const INK = '#101828', MUTED = '#667085', LINE = '#EAECF0', BRAND = '#0E9384', BG = '#F9FAFB', RED = '#D92D20', AMBER = '#B54708';
  b.textColor = INK;

  // ---------------------------------------------------------- components
  b.page(3);
  const pri = b.C({ name: 'Type=Primary', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 327, h: 52, fill: BRAND, radius: 26 }, [b.T('Label', { size: 16, weight: 700, color: '#FFFFFF' })]);
  const priP = b.C({ name: 'Type=Primary, Pressed', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 327, h: 52, fill: '#107569', radius: 26 }, [b.T('Label', { size: 16, weight: 700, color: '#FFFFFF' })]);
  const btnSet = b.componentSet('Btn', [pri, priP]);
  const rowC = b.C({ name: 'Row / Platform', layout: 'H', gap: 12, align: 'CENTER', pad: [0, 16], w: 327, h: 56, fill: '#FFFFFF', radius: 12 }, [b.R(32, 32, { radius: 8, fill: '#D0D5DD' }), b.T('Name', { size: 16, weight: 500 })]);
  b.registerComponent(rowC);
  const tabC = b.C({ name: 'Tab bar', layout: 'H', justify: 'SPACE_BETWEEN', pad: [10, 28, 30, 28], w: 375, h: 84, fill: '#FFFFFF', stroke: LINE }, [b.T('Tabs', { size: 11 })]);
  b.registerComponent(tabC);
  const compKids = [b.at(btnSet, 0, 0), b.at(rowC, 0, 160), b.at(tabC, 0, 260)];

  // ---------------------------------------------------------- helpers
  const statusBar = () => b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [14, 24], w: 375, h: 44, name: 'Status bar' }, [b.T('9:41', { size: 15, weight: 600 }), b.V(66, 12, { fill: INK, name: 'Right Side' })]);
  const screen = (id, name, kids, o = {}) => b.F({ id, name, w: 375, h: o.h || 812, fill: o.fill || '#FFFFFF', clip: true }, [
    b.at(statusBar(), 0, 0),
    b.at(b.F({ layout: 'V', gap: o.gap ?? 20, pad: [8, 24, 24, 24], w: 375, name: o.bodyName }, kids), 0, 44),
    ...(o.abs || []),
  ]);
  const input = (label, value, placeholder) => b.F({ layout: 'V', gap: 6, stretch: true }, [
    b.T(label, { size: 13, weight: 500, color: MUTED }),
    b.F({ layout: 'H', align: 'CENTER', pad: [0, 14], h: 48, radius: 10, stroke: '#D0D5DD', stretch: true }, [b.T(value, { size: 16, color: placeholder ? '#98A2B3' : INK })]),
  ]);
  const primary = (label, o = {}) => btnInst(b, pri.id, label, { fill: BRAND, w: 327, h: 52, radius: 26, size: 16, ...o });
  const back = () => { const v = b.V(24, 24, { fill: INK, name: 'chevron-left' }); b.back(v); return v; };
  const logo = (n) => b.R(32, 32, { radius: 8, image: 'uk-' + n, name: b.rnd() < 0.4 ? n : b.auto('Rectangle') });
  const tabBar = (active) => b.I(tabC.id, { layout: 'H', justify: 'SPACE_BETWEEN', pad: [10, 28, 30, 28], w: 375, h: 84, fill: '#FFFFFF', stroke: LINE }, ['Home', 'Expenses', 'Cards', 'Settings'].map((t) =>
    b.F({ layout: 'V', gap: 4, align: 'CENTER', name: t }, [b.V(24, 24, { fill: t === active ? BRAND : '#98A2B3' }), b.T(t, { size: 11, weight: 600, color: t === active ? BRAND : '#98A2B3' })])));
  const tabOf = (bar, t) => bar.children.find((c) => c.name === t);

  // ---------------------------------------------------------- flow page
  b.page(21);
  const S = {}; for (const k of ['intro', 'signup', 'terms', 'verify', 'org', 'director', 'card', 'link', 'picker', 'linked', 'home', 'expenses', 'settings', 'unlink', 'email']) S[k] = b.reserve();

  // Intro carousel (marketing; not reached from the flow start)
  const skip = b.T('Skip', { size: 15, weight: 600, color: BRAND });
  b.go(skip, S.signup);
  const getStarted = primary('Get started');
  b.go(getStarted, S.signup);
  const intro = screen(S.intro, 'Intro 1/3', [
    b.F({ layout: 'H', justify: 'MAX', stretch: true }, [skip]),
    b.R(327, 320, { image: 'intro-cards', radius: 24 }),
    b.T('Spend smarter', { size: 30, weight: 700 }),
    b.T('Cards for the whole team. Receipts sorted.', { size: 16, color: MUTED, w: 327 }),
    b.F({ layout: 'H', gap: 6 }, [b.E(8, 8, { fill: BRAND }), b.E(8, 8, { fill: '#D0D5DD' }), b.E(8, 8, { fill: '#D0D5DD' })]),
    getStarted,
  ]);

  // Sign up
  const cont = primary('Continue');
  b.oldLink(cont, S.verify);
  const terms = linkText(b, 'Terms', { size: 13, color: BRAND });
  b.go(terms, S.terms);
  const signup = screen(S.signup, 'Create account', [
    b.T('Create account', { size: 28, weight: 700 }),
    b.T('For your organisation. Takes 5 minutes.', { size: 15, color: MUTED }),
    input('Work email', 'sam@northfield.co.uk'),
    input('Mobile', '+44 7700 900123'),
    cont,
    b.F({ layout: 'H', gap: 4 }, [b.T('By continuing you accept our', { size: 13, color: MUTED }), terms]),
    b.T('Questions? Call us on 020 7946 0123 or email help@tally.example', { size: 13, color: MUTED, visible: false, name: 'support (hidden for v2)' }),
  ]);

  // Terms (dead end — no way out in the prototype)
  const termsScreen = screen(S.terms, 'Terms', [
    b.T('Terms of use', { size: 24, weight: 700 }),
    b.T('1. About these terms\nThese terms apply to the Tally card and app provided to your organisation.\n\n2. Your account\nYou must be authorised to act for your organisation.\n\n3. Fees\nSee the fees schedule in the app.\n\n4. Ending the agreement\nEither party may end this agreement with 30 days’ notice.', { size: 14, lh: 1.6, w: 327, color: '#344054' }),
  ]);

  // Verify
  const verifyBtn = primary('Verify');
  b.oldLink(verifyBtn.children[0], S.org); // old-style link sitting on the label layer
  const verify = screen(S.verify, 'Verify email', [
    back(),
    b.T('Check your email', { size: 28, weight: 700 }),
    b.T('Enter the 6-digit code sent to sam@northfield.co.uk', { size: 15, color: MUTED, w: 327 }),
    b.F({ layout: 'H', gap: 8 }, ['4', '1', '9', '0', '', ''].map((d) => b.F({ layout: 'H', justify: 'CENTER', align: 'CENTER', w: 48, h: 56, radius: 10, stroke: d ? BRAND : '#D0D5DD' }, [b.T(d || ' ', { size: 22, weight: 600 })]))),
    verifyBtn,
    b.T('Resend code', { size: 14, weight: 600, color: BRAND }),
  ]);

  // Organisation (empty fields — not prefilled)
  const next1 = btnGroup(b, 'Next', { w: 327, h: 52, fill: BRAND, radius: 26, name: b.auto('Group') });
  b.go(next1, S.director);
  const org = screen(S.org, 'Organisation', [
    back(),
    b.T('Your organisation', { size: 28, weight: 700 }),
    input('Legal name', 'e.g. Northfield Joinery Ltd', true),
    input('Companies House number', '8 digits', true),
    input('Type', 'Limited company  ⌄'),
    input('VAT number (optional)', 'GB 123 4567 89', true),
    next1,
  ]);

  // Director
  const next2 = primary('Next');
  b.oldLink(next2, S.card);
  const director = screen(S.director, 'Director', [
    back(),
    b.T('Director details', { size: 28, weight: 700 }),
    input('Full name', 'Sam Okoro'),
    input('Date of birth', 'DD / MM / YYYY', true),
    input('Home postcode', 'e.g. LS1 4AP', true),
    b.T('You must be authorised to act for the organisation.', { size: 13, color: MUTED, w: 327 }),
    next2,
  ]);

  // Order card
  const order = primary('Order card');
  b.go(order, S.link);
  const card = screen(S.card, 'Order card', [
    back(),
    b.T('Your card', { size: 28, weight: 700 }),
    b.F({ layout: 'V', justify: 'SPACE_BETWEEN', pad: 20, w: 327, h: 206, radius: 16, fill: '#0B4A3F', name: 'Card' }, [
      b.T('tally', { size: 20, weight: 700, color: '#FFFFFF' }),
      b.T('SAM OKORO\nNORTHFIELD JOINERY LTD', { size: 13, weight: 600, color: '#D1FADF' }),
    ]),
    input('Name on card', 'SAM OKORO'),
    b.F({ layout: 'H', gap: 12, name: 'Colour' }, ['#0B4A3F', '#101828', '#F4EBFF'].map((c) => b.E(32, 32, { fill: c, stroke: LINE }))),
    b.T('Free for the first card. Fees in app.', { size: 13, color: MUTED }),
    order,
  ]);

  // Link your books (connect prompt)
  const linkCta = primary('Link your books', { name: 'Btn' });
  b.go(linkCta, S.picker);
  const link = screen(S.link, 'Link books', [
    back(),
    b.V(327, 180, { fill: '#CCFBEF', name: 'illustration' }),
    b.T('Link your books', { size: 28, weight: 700 }),
    b.T('Receipts matched. VAT done. No copy-paste.', { size: 16, w: 327 }),
    b.T('Tally reads transactions from your bank and sends coded expenses to your accounting software.', { size: 14, color: MUTED, w: 327 }),
    b.T('🔒 Secure, read-only access to your bank.', { size: 14, w: 327 }),
    b.T('Unlink any time in Settings.', { size: 14, color: MUTED }),
    linkCta,
  ]);

  // Picker — flat list, bare names, no headings, no search
  const names = ['Xero', 'QuickBooks', 'Sage', 'FreeAgent', 'Barclays', 'HSBC UK', 'Starling Bank', 'Monzo Business'];
  const rows = names.map((n) => {
    const r = b.I(rowC.id, { layout: 'H', gap: 12, align: 'CENTER', pad: [0, 16], w: 327, h: 56, fill: '#FFFFFF', radius: 12, name: n }, [logo(n), b.T(n, { size: 16, weight: 500, grow: false }), b.V(16, 16, { fill: '#98A2B3', name: 'chevron' })]);
    if (['Xero', 'QuickBooks', 'Starling Bank'].includes(n)) b.go(r, S.linked);
    return r;
  });
  b.hoverSwap(rows[0], rowC.id);
  const picker = screen(S.picker, 'Choose account', [back(), b.T('Choose one', { size: 24, weight: 700 }), b.F({ layout: 'V', gap: 8 }, rows)], { fill: BG, gap: 16 });

  // Linked
  const another = b.T('+ Link another account', { size: 15, weight: 600, color: BRAND });
  b.go(another, S.picker);
  const done = primary('Done');
  b.go(done, S.home);
  const pill = (t, fill, color) => b.F({ layout: 'H', pad: [2, 8], radius: 99, fill }, [b.T(t, { size: 12, weight: 600, color })]);
  const linked = screen(S.linked, 'Linked', [
    b.V(56, 56, { fill: BRAND, name: 'tick-circle' }),
    b.T('Linked', { size: 28, weight: 700 }),
    b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [0, 16], w: 327, h: 56, radius: 12, stroke: LINE }, [b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [logo('Xero'), b.T('Xero', { size: 16 })]), pill('Linked ✓', '#D1FADF', BRAND)]),
    b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [0, 16], w: 327, h: 56, radius: 12, stroke: LINE }, [b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [logo('Starling Bank'), b.T('Starling Bank', { size: 16 })]), pill('Pending', '#FEF0C7', AMBER)]),
    b.T('Waiting for Starling Bank. We’ll let you know.', { size: 13, color: MUTED }),
    another,
    done,
  ]);

  // Home
  const tbHome = tabBar('Home');
  b.go(tabOf(tbHome, 'Expenses'), S.expenses);
  b.oldLink(tabOf(tbHome, 'Settings'), S.settings);
  const txn = (m, a, d) => b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', w: 327, h: 52 }, [b.F({ layout: 'V', gap: 2 }, [b.T(m, { size: 15, weight: 500 }), b.T(d, { size: 12, color: MUTED })]), b.T(a, { size: 15, weight: 600 })]);
  const home = screen(S.home, 'Home', [
    b.T('Northfield Joinery', { size: 15, color: MUTED }),
    b.F({ layout: 'V', gap: 4, pad: 20, w: 327, radius: 16, fill: '#0B4A3F' }, [b.T('Available', { size: 13, color: '#A6F4C5' }), b.T('£4,210.55', { size: 32, weight: 700, color: '#FFFFFF' })]),
    b.T('Recent', { size: 18, weight: 700 }),
    txn('Screwfix', '−£86.40', 'Today · Receipt ✓'), txn('Shell', '−£62.10', 'Yesterday · Needs receipt'), txn('Travis Perkins', '−£412.00', 'Mon · Receipt ✓'),
  ], { abs: [b.at(tbHome, 0, 728)] });

  // Expenses (contextual link prompt)
  const tbExp = tabBar('Expenses');
  b.go(tabOf(tbExp, 'Home'), S.home);
  const ctx = btnFrame(b, 'Link', { fill: BRAND, w: 80, h: 36, radius: 18 });
  b.go(ctx, S.picker);
  const expenses = screen(S.expenses, 'Expenses', [
    b.T('Expenses', { size: 28, weight: 700 }),
    b.F({ layout: 'H', gap: 12, align: 'CENTER', pad: 16, w: 327, radius: 14, fill: '#F0FDF9', stroke: '#99F6E0' }, [
      b.T('Link your books to match receipts automatically.', { size: 14, w: 203 }), ctx,
    ]),
    txn('Screwfix', '−£86.40', 'Materials · 20% VAT'), txn('Shell', '−£62.10', 'Fuel · 20% VAT'), txn('Pret A Manger', '−£9.85', 'Subsistence · 0% VAT'),
  ], { abs: [b.at(tbExp, 0, 728)] });

  // Settings — connections with last-synced and Unlink (no sync control)
  const tbSet = tabBar('Settings');
  b.go(tabOf(tbSet, 'Home'), S.home);
  const unlinkX = b.T('Unlink', { size: 14, weight: 600, color: RED });
  b.overlay(unlinkX, S.unlink);
  const unlinkS = b.T('Unlink', { size: 14, weight: 600, color: RED });
  b.overlay(unlinkS, S.unlink);
  const conn = (n, meta, u) => b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [10, 16], w: 327, radius: 12, fill: '#FFFFFF', stroke: LINE }, [
    b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [logo(n), b.F({ layout: 'V', gap: 2 }, [b.T(n, { size: 15, weight: 600 }), b.T(meta, { size: 12, color: MUTED })])]), u,
  ]);
  const settings = screen(S.settings, 'Settings', [
    b.T('Settings', { size: 28, weight: 700 }),
    b.T('Organisation', { size: 13, weight: 600, color: MUTED, upper: true }),
    b.T('Northfield Joinery Ltd · 09876543', { size: 15 }),
    b.T('Connections', { size: 13, weight: 600, color: MUTED, upper: true }),
    conn('Xero', 'Last synced 09:42 today', unlinkX),
    conn('Starling Bank', 'GBP ·· 4471 · Last synced 1 hr ago', unlinkS),
    b.T('Cards', { size: 13, weight: 600, color: MUTED, upper: true }),
    b.F({ layout: 'H', justify: 'SPACE_BETWEEN', w: 327 }, [b.T('Sam ·· 8812', { size: 15 }), b.T('Remove card', { size: 14, weight: 600, color: RED })]),
    b.T('Close organisation account', { size: 14, weight: 600, color: RED }),
  ], { abs: [b.at(tbSet, 0, 728)], gap: 14 });

  // Unlink sheet (overlay)
  const unlinkGo = primary('Unlink', { fill: RED });
  b.go(unlinkGo, S.settings);
  const cancel = b.T('Cancel', { size: 15, weight: 600, color: INK, align: 'CENTER' });
  b.close(cancel);
  const unlink = b.F({ id: S.unlink, name: 'Sheet', w: 375, h: 300, fill: '#FFFFFF', radius: 20, layout: 'V', gap: 16, pad: [24, 24, 34, 24], align: 'CENTER' }, [
    b.R(36, 4, { radius: 2, fill: '#D0D5DD', name: 'Handle' }),
    b.T('Unlink Xero?', { size: 22, weight: 700 }),
    b.T('Tally stops sending expenses to Xero.', { size: 14, color: MUTED }),
    unlinkGo, cancel,
  ]);

  // Greeting email
  const emailCta = btnFrame(b, 'Link your books', { fill: BRAND, w: 220, h: 48, radius: 24, name: 'cta' });
  b.url(emailCta, 'https://app.tally.example/link');
  const emailLink2 = linkText(b, 'Or link your bank account →', { color: BRAND });
  b.url(emailLink2, 'https://app.tally.example/link?type=bank');
  const email = b.F({ id: S.email, name: 'Email — welcome', w: 600, h: 860, fill: '#F2F4F7' }, [
    b.at(b.F({ layout: 'V', gap: 20, pad: 40, w: 520, fill: '#FFFFFF', radius: 8 }, [
      b.T('tally', { size: 24, weight: 700, color: BRAND }),
      b.T('Welcome to Tally, Sam', { size: 26, weight: 700 }),
      b.T('Three steps to get going:', { size: 16 }),
      b.T('1  Order your card\n2  Link your books\n3  Invite your team', { size: 16, lh: 1.9 }),
      emailCta,
      emailLink2,
      b.L(440),
      b.T('Tally Financial Ltd, 1 Canal Wharf, Leeds LS11 5PS. Unsubscribe', { size: 11, color: MUTED, w: 440 }),
    ]), 40, 40),
  ]);

  const flowKids = [
    b.at(intro, 0, 0), b.at(signup, 475, 0), b.at(termsScreen, 475, 960), b.at(verify, 950, 0), b.at(org, 1425, 0), b.at(director, 1900, 0), b.at(card, 2375, 0),
    b.at(link, 2850, 0), b.at(picker, 3325, 0), b.at(linked, 3800, 0), b.at(home, 4275, 0), b.at(expenses, 4750, 0), b.at(settings, 5225, 0), b.at(unlink, 5700, 0), b.at(email, 0, 1900),
  ];

  // ---------------------------------------------------------- cover / archive
  b.page(1);
  const cover = b.F({ name: 'Thumbnail', w: 1600, h: 960, fill: '#0B4A3F' }, [
    b.at(b.T('Tally — Onboarding', { size: 80, weight: 700, color: '#FFFFFF' }), 100, 380),
    b.at(b.T('Mobile · iOS · Sprint 41', { size: 28, color: '#A6F4C5' }), 100, 500),
  ]);
  b.page(60);
  const oldLink = b.F({ name: 'link books — old', w: 375, h: 812, fill: '#FFFFFF' }, [
    b.at(b.T('Connect accounting', { size: 24, weight: 700 }), 24, 80),
    b.at(b.T('Xero\nQuickBooks\nSage', { size: 16, lh: 2.5 }), 24, 140),
  ]);

  const pages = [
    b.canvas('0:1', 'Cover', [b.at(cover, 0, 0)]),
    b.canvas('0:2', 'Flow — onboarding', flowKids, { flowStart: [{ nodeId: S.signup, name: 'Sign up → link books' }] }),
    b.canvas('0:3', 'Components', compKids),
    b.canvas('0:4', 'Archive', [b.at(oldLink, 0, 0)]),
  ];
  const file = b.file('Tally app — onboarding (UK)', pages);

  const truth = {
    file: 'h07-expense-banking-mobile.json',
    kind: 'onboarding',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'Tally, an expense card for UK small businesses, mobile 375x812, terse UK-English copy ("organisation", "authorised", "colour", "Unlink"). Four pages (cover, flow, components, archive). Sign-up → email code → organisation details (empty, not prefilled) → director details → order card → "Link your books" screen (value, data use, security and "Unlink any time" lines plus one main CTA) → a flat picker mixing accounting tools and banks with bare names ("QuickBooks", "Sage"), no headings and no search → "Linked" status with Linked ✓ / Pending and "+ Link another account" → home, expenses (in-feature "Link your books" prompt) and Settings with connections ("Last synced …", Unlink with an overlay sheet; look-alikes "Remove card" and "Close organisation account"). A welcome email frame carries the 1-2-3 steps with two link CTAs. The prompt is 5 steps from sign-up. A "Terms" screen reached from sign-up has no way out. An unlinked marketing intro has a "Skip" link; support contacts exist only in a hidden layer. Several links use the old transitionNodeID form.',
    present: [
      'funnel.greeting-email', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime',
      'platform.multiple-connections', 'connection.view-live', 'connection.delete',
    ],
    absent: [
      'funnel.three-actions', 'funnel.social-proof', 'funnel.prefill', 'value.faq-link', 'value.progress-meter',
      'privacy.consent-action', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
      'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories',
      'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear',
      'connection.refresh', 'connection.syncing-indicator',
    ],
    notes: {
      'funnel.three-actions': 'Sign up → Verify → Organisation → Director → Order card → Link books: 5 prototype steps (two of them via transitionNodeID).',
      'funnel.greeting-email': '"Email — welcome" frame: numbered 1-2-3 list with "Link your books" as step 2, a "Link your books" button and an "Or link your bank account" link.',
      'platform.accurate-branding': 'Picker uses bare, ambiguous names "QuickBooks" and "Sage" (no Online/Desktop, no product line).',
      'platform.grouped-categories': 'Banks and accounting tools are mixed in one flat list with no category headings.',
      'platform.non-linear': 'The only "Skip" is on the marketing intro carousel (look-alike); the connect screens offer no save-for-later, invite or skip.',
      'privacy.support-contacts': 'The phone/email support line is a hidden layer (visible:false) on the sign-up screen.',
      'connection.refresh': 'Settings shows "Last synced" times but no sync/refresh control.',
      'connection.delete': '"Unlink" per connection with a confirmation sheet; "Remove card" and "Close organisation account" are look-alikes.',
      'value.progress-meter': 'No progress bar, step counter or strength meter anywhere in the flow (the email list is a numbered list, not a meter).',
      'privacy.trust-language': '"🔒 Secure, read-only access to your bank."',
    },
    flow: { startFrameId: S.signup, connectFrameId: S.link, stepsToConnect: 5, deadEnds: [S.terms] },
  };
  return { slug: 'h07-expense-banking-mobile', file, truth };
}

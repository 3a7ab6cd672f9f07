// h17 — UK business savings account funded from linked current accounts (open banking), 375x812.
import {
  F, R, V, E, G, I, COMP, CSET, T, col, row, go, act, key, hidden, build, write, solid, image, statusBar,
} from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 375;
const H = 812;
const NAVY = '#0B2545';
const MINT = '#13C4A3';
const GREY = '#5C6B7A';
const BG = '#F4F6F8';

const primary = (label, x, y, dest, nav = 'NAVIGATE', w = 327) => {
  const b = I(label, 'c_primary', x, y, w, 52, { fills: solid(NAVY), cornerRadius: 26 }, [
    T(label, 0, 16, w, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
  if (dest) go(b, dest, nav);
  return b;
};
const back = (dest) => {
  const v = V('Vector', 16, 56, 24, 24, { strokes: solid(NAVY), strokeWeight: 2 });
  return dest ? go(v, dest) : act(v, 'BACK');
};
const helpIcon = () => go(G('Group 2', 327, 54, 32, 32, [
  E('Ellipse 1', 0, 0, 32, 32, { strokes: solid(NAVY), fills: [] }),
  T('?', 11, 5, 12, 22, { size: 16, weight: 700, color: NAVY }),
]), 'm_help');
const pill = (variant, x = 0, y = 0) => I('Pill', 'c_pill_' + variant, x, y, 150, 24, {}, [
  T({ linked: 'Linked', pending: 'Waiting for authorisation', updating: 'Updating…' }[variant], 10, 4, 130, 16, {
    size: 11, weight: 600, color: { linked: '#0E6B4F', pending: '#8A5A00', updating: NAVY }[variant],
  }),
]);
const screen = (name, k, x, y, children, bg = '#FFFFFF') =>
  key(F(name, x, y, W, H, { fills: solid(bg), clipsContent: true }, [statusBar(W), ...children]), k);

const bankRow = (name, ref, dest) => {
  const r = F('Frame ' + name.length * 7, 0, 0, 343, 60, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [
    R('Rectangle ' + name.length, 12, 12, 36, 36, { fills: image(ref), cornerRadius: 8 }),
    T(name, 60, 20, 240, 20, { size: 15, weight: 500, color: NAVY }),
    V('Chevron', 315, 24, 8, 12, { strokes: solid(GREY), strokeWeight: 2 }),
  ]);
  return dest ? go(r, dest) : r;
};

// --- screens ---
const splash = screen('Welcome', 'm_splash', 0, 0, [
  R('Rectangle 3', 0, 0, W, 460, { fills: image('5f1a9e0c2d7b46e1aa40') }),
  go(T('Skip', 315, 56, 44, 20, { size: 15, weight: 500, color: '#FFFFFF' }), 'm_signup'),
  col('Auto layout', 24, 488, 327, [
    T('Let spare cash earn 4.10% AER', 0, 0, 327, 64, { size: 26, weight: 700, color: NAVY }),
    T('Easy access savings for limited companies and sole traders. FSCS protected up to £85,000.', 0, 0, 327, 60, { size: 15, color: GREY }),
    row('Frame 5', 0, 0, [
      T('★★★★★', 0, 0, 80, 18, { size: 14, color: '#00B67A' }),
      T('Excellent · 4.7 on Trustpilot (2,310 reviews)', 0, 0, 240, 18, { size: 12, color: GREY }),
    ], { gap: 6 }),
    row('Dots', 0, 0, [0, 1, 2].map((i) => E('Ellipse ' + i, 0, 0, 8, 8, { fills: solid(i === 0 ? NAVY : '#C8D1DA') })), { gap: 6 }),
  ], { gap: 12 }),
  primary('Get started', 24, 720, 'm_signup'),
], BG);

const signup = screen('Create account', 'm_signup', 440, 0, [
  col('Auto layout', 24, 104, 327, [
    T('Open a business savings account', 0, 0, 327, 64, { size: 26, weight: 700, color: NAVY }),
    T('It takes about 5 minutes.', 0, 0, 327, 20, { size: 15, color: GREY }),
    ...['Work email|name@company.co.uk', 'Mobile number|07700 900123', 'Company name|e.g. Fenwick & Daughters Ltd'].map((f) => {
      const [l, p] = f.split('|');
      return col('Frame 8', 0, 0, 327, [
        T(l, 0, 0, 327, 18, { size: 13, weight: 600, color: NAVY }),
        F('Rectangle 9', 0, 0, 327, 48, { fills: solid(BG), cornerRadius: 10 }, [
          T(p, 14, 14, 290, 20, { size: 15, color: '#98A4B0' }),
        ]),
      ], { gap: 6 });
    }),
  ], { gap: 16 }),
  T('By continuing you accept our Terms and Privacy notice.', 24, 650, 327, 36, { size: 12, color: GREY }),
  primary('Continue', 24, 720, 'm_otp'),
]);

const otpBtn = primary('Confirm', 24, 720);
otpBtn._links = [{ kind: 'TRANSITION', dest: 'm_link' }];
const otp = screen('Verify mobile', 'm_otp', 880, 0, [
  back('m_signup'),
  col('Auto layout', 24, 104, 327, [
    T('Enter the code we texted you', 0, 0, 327, 64, { size: 26, weight: 700, color: NAVY }),
    T('Sent to 07700 900123', 0, 0, 327, 20, { size: 15, color: GREY }),
    row('Code', 0, 0, [0, 1, 2, 3, 4, 5].map((i) => F('Frame ' + (20 + i), 0, 0, 46, 56, { fills: solid(BG), cornerRadius: 10 }, [
      T(i < 4 ? String((i * 3 + 2) % 10) : '', 0, 14, 46, 28, { size: 22, weight: 600, color: NAVY, align: 'CENTER' }),
    ])), { gap: 10 }),
    T('Resend code in 0:24', 0, 0, 327, 18, { size: 13, color: GREY }),
  ], { gap: 16 }),
  otpBtn,
]);

const link = screen('Link current account', 'm_link', 1320, 0, [
  helpIcon(),
  col('Auto layout', 24, 104, 327, [
    V('Illustration', 0, 0, 120, 96, { fills: solid(MINT, 0.3) }),
    T('Link your business current account', 0, 0, 327, 64, { size: 26, weight: 700, color: NAVY }),
    T('Your savings are paid in from, and withdrawn to, this account — so money only ever moves between accounts in your company’s name.', 0, 0, 327, 80, { size: 15, color: NAVY }),
    col('Frame 31', 0, 0, 327, [
      row('Frame 32', 0, 0, [
        V('Tick', 0, 2, 16, 16, { fills: solid(MINT) }),
        T('We see the account name, sort code and balance. We can’t move money.', 0, 0, 275, 36, { size: 13, color: GREY }),
      ], { gap: 8 }),
      row('Frame 33', 0, 0, [
        V('Tick', 0, 2, 16, 16, { fills: solid(MINT) }),
        T('Your bank login stays with your bank. We never share your data without asking you first.', 0, 0, 275, 36, { size: 13, color: GREY }),
      ], { gap: 8 }),
      row('Frame 34', 0, 0, [
        V('Tick', 0, 2, 16, 16, { fills: solid(MINT) }),
        T('You can remove our access whenever you like, from Settings or your bank.', 0, 0, 275, 36, { size: 13, color: GREY }),
      ], { gap: 8 }),
    ], { gap: 10, pad: 14, fills: solid(BG), cornerRadius: 12 }),
    T('Used by 60,000+ UK businesses', 0, 0, 327, 18, { size: 13, weight: 600, color: NAVY }),
    T('Why do we ask for this?', 0, 0, 327, 18, { size: 13, weight: 500, color: '#0A6CBF', deco: 'UNDERLINE' }),
  ], { gap: 12 }),
  primary('Choose your bank', 24, 720, 'm_banks'),
]);

const banks = screen('Choose bank', 'm_banks', 1760, 0, [
  back('m_link'),
  helpIcon(),
  col('Auto layout', 16, 100, 343, [
    T('Which bank is it with?', 0, 0, 343, 32, { size: 24, weight: 700, color: NAVY }),
    F('Frame 40', 0, 0, 343, 44, { fills: solid('#FFFFFF'), cornerRadius: 22, strokes: solid('#D5DCE3') }, [
      V('Vector', 14, 14, 16, 16, { strokes: solid(GREY), strokeWeight: 2 }),
      T('Find your bank', 40, 12, 260, 20, { size: 15, color: '#98A4B0' }),
    ]),
    col('List', 0, 0, 343, [
      bankRow('Barclays Business', 'ab01ff00c1d2e3f40001', 'm_redirect'),
      bankRow('HSBC UK Business', 'ab01ff00c1d2e3f40002'),
      bankRow('Lloyds Bank Business', 'ab01ff00c1d2e3f40003'),
      bankRow('NatWest Business', 'ab01ff00c1d2e3f40004'),
      bankRow('Santander Business', 'ab01ff00c1d2e3f40005'),
      bankRow('Starling Bank', 'ab01ff00c1d2e3f40006'),
      bankRow('Monzo Business', 'ab01ff00c1d2e3f40007'),
    ], { gap: 8 }),
    go(T('Can’t see your bank? Pay in by bank transfer instead', 0, 0, 343, 18, { size: 13, weight: 500, color: '#0A6CBF', deco: 'UNDERLINE' }), 'm_transfer'),
    T('Step-by-step guide: linking your account', 0, 0, 343, 18, { size: 13, weight: 500, color: '#0A6CBF', deco: 'UNDERLINE' }),
  ], { gap: 12 }),
], BG);

const redirect = screen('Redirect – Barclays', 'm_redirect', 2200, 0, [
  back('m_banks'),
  col('Auto layout', 24, 120, 327, [
    row('Logos', 0, 0, [
      R('Rectangle 50', 0, 0, 56, 56, { fills: image('9d0e71b2c3a4f5e60011'), cornerRadius: 14 }),
      V('Arrows', 0, 20, 40, 16, { fills: solid(GREY) }),
      R('Rectangle 51', 0, 0, 56, 56, { fills: image('ab01ff00c1d2e3f40001'), cornerRadius: 14 }),
    ], { gap: 16 }),
    T('We’re taking you to Barclays', 0, 0, 327, 64, { size: 26, weight: 700, color: NAVY }),
    T('1  Log in with the Barclays app or online banking\n2  Choose the account and authorise read-only access for 90 days\n3  You’ll be brought straight back here', 0, 0, 327, 100, { size: 15, color: NAVY }),
    T('We won’t see your Barclays login details.', 0, 0, 327, 20, { size: 13, color: GREY }),
  ], { gap: 20 }),
  row('Frame 55', 24, 670, [
    T('Powered by', 0, 2, 80, 16, { size: 12, color: GREY }),
    R('Ferrous logo', 0, 0, 70, 20, { fills: image('fe0051aa77bb33cc2211') }),
    T('· authorised by the FCA', 0, 2, 150, 16, { size: 12, color: GREY }),
  ], { gap: 6 }),
  primary('Continue to Barclays', 24, 720, 'm_waiting'),
]);

const waiting = screen('Waiting', 'm_waiting', 2640, 0, [
  go(E('Spinner', 155, 330, 64, 64, { strokes: solid(MINT), strokeWeight: 5, arcData: { startingAngle: 0, endingAngle: 4.7, innerRadius: 0.85 } }), 'm_accounts', 'NAVIGATE', 'AFTER_TIMEOUT'),
  T('Waiting for Barclays to confirm…', 24, 420, 327, 24, { size: 17, weight: 600, color: NAVY, align: 'CENTER' }),
]);

const acctCard = (bank, ref, detail, variant) => F('Frame ' + bank.length * 3, 0, 0, 343, 92, { fills: solid('#FFFFFF'), cornerRadius: 14 }, [
  R('Rectangle ' + bank.length, 16, 16, 36, 36, { fills: image(ref), cornerRadius: 8 }),
  T(bank, 64, 16, 200, 20, { size: 15, weight: 600, color: NAVY }),
  T(detail, 64, 38, 260, 18, { size: 13, color: GREY }),
  pill(variant, 64, 60),
]);

const accounts = screen('Linked – list', 'm_accounts', 3080, 0, [
  col('Auto layout', 16, 100, 343, [
    T('Your current accounts', 0, 0, 343, 32, { size: 24, weight: 700, color: NAVY }),
    acctCard('Barclays Business', 'ab01ff00c1d2e3f40001', 'Fenwick & Daughters Ltd · ••4821', 'linked'),
    acctCard('HSBC UK Business', 'ab01ff00c1d2e3f40002', 'Finish in the HSBC UK app', 'pending'),
    go(F('Frame 60', 0, 0, 343, 52, { fills: [], strokes: solid(NAVY), cornerRadius: 14, dashPattern: [6, 4] }, [
      T('＋ Link another current account', 0, 16, 343, 20, { size: 15, weight: 600, color: NAVY, align: 'CENTER' }),
    ]), 'm_banks'),
  ], { gap: 12 }),
  primary('Done', 24, 720, 'm_home'),
], BG);

const tabBar = (active) => F('Tab bar', 0, 728, W, 84, { fills: solid('#FFFFFF'), strokes: solid('#E3E8ED') }, [
  ...['Home|m_home', 'Savings|', 'Accounts|m_manage', 'Help|m_help'].map((t, i) => {
    const [label, dest] = t.split('|');
    const g = G('Group ' + (70 + i), 16 + i * 88, 10, 80, 44, [
      V('Icon', 28, 0, 24, 24, { fills: solid(i === active ? NAVY : '#98A4B0') }),
      T(label, 0, 28, 80, 14, { size: 11, weight: 500, color: i === active ? NAVY : '#98A4B0', align: 'CENTER' }),
    ]);
    return dest ? go(g, dest) : g;
  }),
]);

const home = screen('Home', 'm_home', 0, 900, [
  col('Auto layout', 16, 100, 343, [
    T('Good morning, Priya', 0, 0, 343, 28, { size: 20, weight: 600, color: NAVY }),
    F('Balance card', 0, 0, 343, 150, { fills: solid(NAVY), cornerRadius: 18 }, [
      T('Business Savings', 20, 20, 200, 18, { size: 13, color: '#B8C7D9' }),
      T('£48,210.55', 20, 44, 300, 40, { size: 32, weight: 700, color: '#FFFFFF' }),
      T('4.10% AER variable · interest paid monthly', 20, 100, 300, 18, { size: 13, color: '#B8C7D9' }),
    ]),
    row('Frame 80', 0, 0, [
      F('Frame 81', 0, 0, 165, 48, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [T('Pay in', 0, 14, 165, 20, { size: 15, weight: 600, color: NAVY, align: 'CENTER' })]),
      F('Frame 82', 0, 0, 165, 48, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [T('Withdraw', 0, 14, 165, 20, { size: 15, weight: 600, color: NAVY, align: 'CENTER' })]),
    ], { gap: 13 }),
    F('Frame 84', 0, 0, 343, 130, { fills: solid('#E6FAF6'), cornerRadius: 14 }, [
      T('Sweep spare cash automatically', 16, 16, 300, 20, { size: 15, weight: 600, color: NAVY }),
      T('Link your Starling account too and we’ll move anything over your buffer into savings each Friday.', 16, 40, 311, 40, { size: 13, color: GREY }),
      go(T('Link Starling Bank →', 16, 96, 200, 20, { size: 14, weight: 600, color: '#0A6CBF' }), 'm_banks'),
    ]),
    hidden(F('Frame 86', 0, 0, 343, 60, { fills: solid('#FFF4E0'), cornerRadius: 14 }, [
      T('Your HSBC UK link expires in 5 days — re-authorise', 16, 20, 311, 20, { size: 13, color: NAVY }),
    ])),
  ], { gap: 14 }),
  tabBar(0),
], BG);

const manageRow = (bank, ref, meta, variant, unlink) => col('Frame ' + bank.length * 5, 0, 0, 343, [
  row('Frame 90', 0, 0, [
    R('Rectangle ' + bank.length, 0, 0, 36, 36, { fills: image(ref), cornerRadius: 8 }),
    col('Frame 91', 0, 0, 200, [
      T(bank, 0, 0, 200, 20, { size: 15, weight: 600, color: NAVY }),
      T(meta, 0, 0, 200, 32, { size: 12, color: GREY }),
    ], { gap: 2 }),
  ], { gap: 12 }),
  pill(variant),
  row('Frame 93', 0, 0, [
    F('Frame 94', 0, 0, 100, 36, { strokes: solid(NAVY), cornerRadius: 18, fills: [] }, [T('Refresh', 0, 9, 100, 18, { size: 14, weight: 600, color: NAVY, align: 'CENTER' })]),
    unlink,
  ], { gap: 10 }),
], { gap: 10, pad: 16, fills: solid('#FFFFFF'), cornerRadius: 14 });

const manage = screen('Accounts', 'm_manage', 440, 900, [
  col('Auto layout', 16, 100, 343, [
    T('Linked accounts', 0, 0, 343, 32, { size: 24, weight: 700, color: NAVY }),
    manageRow('Barclays Business', 'ab01ff00c1d2e3f40001', 'Sort code 20-••-•• · ••4821 · GBP\nLinked 3 Mar 2026 · Updated today 09:14', 'updating',
      go(F('Frame 95', 0, 0, 100, 36, { strokes: solid('#C0392B'), cornerRadius: 18, fills: [] }, [T('Unlink', 0, 9, 100, 18, { size: 14, weight: 600, color: '#C0392B', align: 'CENTER' })]), 'm_unlink', 'OVERLAY')),
    manageRow('HSBC UK Business', 'ab01ff00c1d2e3f40002', 'Sort code 40-••-•• · ••0937 · GBP\nLinked 3 Mar 2026 · Updated yesterday 18:02', 'linked',
      F('Frame 96', 0, 0, 100, 36, { strokes: solid('#C0392B'), cornerRadius: 18, fills: [] }, [T('Unlink', 0, 9, 100, 18, { size: 14, weight: 600, color: '#C0392B', align: 'CENTER' })])),
    T('Unlinking stops us seeing the account straight away.', 0, 0, 343, 18, { size: 12, color: GREY }),
  ], { gap: 12 }),
  tabBar(2),
], BG);

const unlink = screen('Unlink sheet', 'm_unlink', 880, 900, [
  R('Scrim', 0, 0, W, H, { fills: solid('#000000', 0.4) }),
  F('Sheet', 0, 520, W, 292, { fills: solid('#FFFFFF'), cornerRadius: 20 }, [
    T('Unlink Barclays Business?', 24, 28, 327, 28, { size: 20, weight: 700, color: NAVY }),
    T('You won’t be able to pay in from or withdraw to this account until you link it again.', 24, 64, 327, 40, { size: 14, color: GREY }),
    act(F('Frame 100', 24, 136, 327, 52, { fills: solid('#C0392B'), cornerRadius: 26 }, [T('Unlink account', 0, 16, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]), 'CLOSE'),
    act(T('Keep it', 24, 210, 327, 20, { size: 15, weight: 600, color: NAVY, align: 'CENTER' }), 'CLOSE'),
  ]),
]);

const help = screen('Help', 'm_help', 1320, 900, [
  back(),
  col('Auto layout', 16, 100, 343, [
    T('Help', 0, 0, 343, 32, { size: 24, weight: 700, color: NAVY }),
    ...['How account linking works', 'What we can and can’t see', 'Interest and tax', 'Close your savings account'].map((s) =>
      F('Row', 0, 0, 343, 52, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [
        T(s, 16, 16, 290, 20, { size: 15, color: NAVY }),
        V('Chevron', 315, 20, 8, 12, { strokes: solid(GREY), strokeWeight: 2 }),
      ])),
    T('Talk to us', 0, 0, 343, 22, { size: 17, weight: 600, color: NAVY }),
    T('📞 0330 555 0188 (Mon–Fri 8am–8pm)\n✉️ help@harbourbusiness.co.uk\n💬 Chat in the app', 0, 0, 343, 66, { size: 14, color: NAVY }),
  ], { gap: 10 }),
], BG);

const transfer = screen('Pay in by transfer', 'm_transfer', 1760, 900, [
  back('m_banks'),
  col('Auto layout', 24, 104, 327, [
    T('Pay in by bank transfer', 0, 0, 327, 32, { size: 24, weight: 700, color: NAVY }),
    T('Send money from any UK business account in your company’s name.', 0, 0, 327, 40, { size: 15, color: GREY }),
    ...['Account name|Fenwick & Daughters Ltd', 'Sort code|04-00-75', 'Account number|19283746', 'Reference|HB-55102'].map((s) => {
      const [l, v] = s.split('|');
      return row('Frame 110', 0, 0, [
        T(l, 0, 0, 140, 20, { size: 14, color: GREY }),
        T(v, 0, 0, 180, 20, { size: 14, weight: 600, color: NAVY }),
      ], { gap: 7 });
    }),
  ], { gap: 14 }),
  primary('Copy details', 24, 720),
]);

// --- components ---
const comps = [
  key(COMP('Button/Primary', 'c_primary', 0, 0, 327, 52, { fills: solid(NAVY), cornerRadius: 26 }, [
    T('Label', 0, 16, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]), 'c_primary'),
  key(CSET('Pill', 0, 100, 200, 140, ['linked', 'pending', 'updating'].map((v, i) =>
    key(COMP('Status=' + v, 'c_pill_' + v, 20, 20 + i * 36, 150, 24, {
      fills: solid(['#D7F5EA', '#FFF1D6', '#E3ECF7'][i]), cornerRadius: 12, _setKey: 'cs_pill',
    }, [
      v === 'updating' ? V('Spinner', 8, 5, 14, 14, { strokes: solid(NAVY), strokeWeight: 2 }) : E('Dot', 10, 9, 6, 6, { fills: solid(['#0E6B4F', '#8A5A00'][i]) }),
      T(v, 26, 4, 120, 16, { size: 11, weight: 600 }),
    ]), 'c_pill_' + v)), { fills: [] }), 'cs_pill'),
];

const doc = build({
  name: 'Harbour Business Savings – App onboarding',
  lastModified: '2026-02-19T10:03:51Z',
  version: '4987122016',
  pages: [
    { name: 'Cover', children: [F('Thumbnail', 0, 0, 1600, 960, { fills: solid(NAVY) }, [T('Business Savings · Onboarding & linking', 100, 420, 1400, 80, { size: 60, weight: 700, color: '#FFFFFF' })])] },
    { name: 'App – iOS', children: [splash, signup, otp, link, banks, redirect, waiting, accounts, home, manage, unlink, help, transfer] },
    { name: 'Components', children: comps },
  ],
});
write(OUT, 'h17-business-savings-mobile', doc, {
  kind: 'onboarding',
  description: 'UK business savings app (375x812) funded from linked business current accounts over open banking: welcome, sign-up, code check, a "link your current account" screen, bank picker with search, a full-screen redirect explainer, waiting state, linked-account list with status pills, home, account management with Refresh/Unlink, help. No prototype start is set.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
    'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.prefill', 'value.progress-meter', 'privacy.consent-action',
    'privacy.mutual-nda', 'platform.non-linear',
  ],
  notes: {
    'funnel.three-actions': 'Create account → Verify mobile → Link current account: two steps (the code screen uses an old transitionNodeID).',
    'funnel.social-proof': 'Trustpilot rating on the welcome screen.',
    'value.three-part': 'Why (savings paid in from / out to your own account), what we see (name, sort code, balance, read-only), one CTA "Choose your bank".',
    'value.contextual-ctas': '"Link Starling Bank" inside the sweep card on Home.',
    'value.faq-link': '"Why do we ask for this?" under the value message.',
    'privacy.disconnect-anytime': '"You can remove our access whenever you like" on the link screen.',
    'privacy.consent-action': 'Consent is only implied ("By continuing you accept…"); no tick box before linking.',
    'privacy.statistics': '"Used by 60,000+ UK businesses".',
    'privacy.support-contacts': 'Help screen (reachable from the ? icon on the linking screens) lists phone, email and chat.',
    'privacy.connection-guide': '"Step-by-step guide: linking your account" and "How account linking works".',
    'platform.explain-redirect': 'Full-screen "We’re taking you to Barclays" with numbered steps and the return.',
    'platform.non-linear': 'No later/skip/share option once past the welcome carousel ("Skip" there is marketing).',
    'connection.syncing-indicator': '"Updating…" pill with a spinner on the Barclays row.',
    'connection.delete': '"Unlink" with a confirm sheet; "Close your savings account" is a look-alike.',
  },
  flow: { start: 'm_signup', connect: 'm_link', steps: 2, deadEnds: [] },
});

// h36: payroll for boutique fitness studios, desktop 1280x800.
import {
  reset, setPage, F, G, R, V, T, SEC, COMP, COMPSET, go, hover, back, close, url, btnFrame, btnGroup, btnInst,
  linkText, searchField, logo, checkbox, spinner, screen, canvas, solid, writeFile,
} from './lib.mjs';

reset();
const W = 1280; const H = 800;
const INK = '#17202a'; const MUTED = '#5b6470'; const BRAND = '#e0475b';

// ---------- page 1: cover
setPage(1);
const cover = canvas('Cover', [
  F('Cover', 0, 0, 1920, 1080, { fills: [solid('#1d1b26')] }, [
    T('Rostr — studio onboarding', 120, 380, 1200, { s: 72, w: 700, c: '#ffffff' }),
    T('Payroll for boutique fitness · Q1 2026 · Ready for dev ✅', 120, 500, 1200, { s: 28, c: '#c9c5d6' }),
    R(undefined, 1380, 300, 420, 420, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'c0ver9a1f' }], cornerRadius: 24 }),
  ]),
]);

// ---------- page 2: components
setPage(2);
const btnDefault = COMP('Property 1=Default', 'btnDefault', 0, 0, 200, 44, { fills: [solid(BRAND)], cornerRadius: 8, layoutMode: 'HORIZONTAL' },
  [T('Label', 16, 12, 168, { s: 15, w: 600, c: '#ffffff' })]);
const btnHover = COMP('Property 1=Hover', 'btnHover', 0, 64, 200, 44, { fills: [solid('#c23447')], cornerRadius: 8, layoutMode: 'HORIZONTAL' },
  [T('Label', 16, 12, 168, { s: 15, w: 600, c: '#ffffff' })]);
hover(btnDefault, 'btnHover');
const comps = canvas('🧩 Components', [
  COMPSET('Comp / Action / Large', 80, 80, 200, 108, [btnDefault, btnHover]),
  COMP('Checkbox', 'cbx', 360, 80, 20, 20, { fills: [solid('#ffffff')], strokes: [solid('#98a2b3')], cornerRadius: 4 }, []),
  COMP('tile', 'tile', 440, 80, 220, 72, { fills: [solid('#ffffff')], strokes: [solid('#e4e7ec')], cornerRadius: 12, layoutMode: 'HORIZONTAL' }, [
    R(undefined, 16, 16, 40, 40, { fills: [solid('#dddddd')], cornerRadius: 8 }), T('App name', 68, 26, 140, { s: 15, w: 600 }),
  ], 'Integration tile, logo left'),
]);

// ---------- page 3: flow
setPage(3);
function tile(name, ref, x, y, target, badge) {
  const t = F(undefined, x, y, 250, 64, { fills: [solid('#ffffff')], strokes: [solid('#e4e7ec')], cornerRadius: 10, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 12 }, [
    logo(12, 12, 40, ref),
    T(name, 64, 21, badge ? 100 : 170, { s: 14, w: 600, c: INK }),
    badge ? F(undefined, 172, 20, 70, 24, { fills: [solid(badge.bg)], cornerRadius: 12 }, [T(badge.t, 8, 4, 56, { s: 11, w: 600, c: badge.c })]) : null,
  ]);
  if (target) go(t, target, 'OVERLAY');
  return t;
}
function sideNav(active) {
  const items = ['Overview', 'Pay runs', 'Instructors', 'Integrations', 'Reports', 'Settings'];
  return F('Sidebar', 0, 0, 232, H, { fills: [solid('#1d1b26')], layoutMode: 'VERTICAL', itemSpacing: 4, paddingTop: 24 }, [
    G(undefined, 24, 24, 120, 30, [V('Vector', 0, 0, 28, 28, { fills: [solid(BRAND)] }), T('Rostr', 38, 2, 80, { s: 20, w: 700, c: '#ffffff' })]),
    ...items.map((it, i) => {
      const row = F(undefined, 12, 80 + i * 44, 208, 36, { fills: it === active ? [solid('#ffffff', 0.12)] : [], cornerRadius: 6, layoutMode: 'HORIZONTAL', itemSpacing: 10, paddingLeft: 12 }, [
        V('Vector', 12, 10, 16, 16, { fills: [solid('#c9c5d6')] }), T(it, 38, 8, 150, { s: 14, w: it === active ? 600 : 400, c: '#ffffff' }),
      ]);
      if (it === 'Integrations' && active !== 'Integrations') go(row, 'settingsInt');
      if (it === 'Overview' && active !== 'Overview') go(row, 'dash');
      return row;
    }),
    T('Pulse Cycle House\nowner@pulsecycle.co', 24, 720, 190, { s: 12, c: '#a7a3b5', lines: 2 }),
  ]);
}

// S1 sign up
const ctaCreate = btnInst('Create my studio', 'btnDefault', 0, 392, 400, 48, { bg: BRAND, name: 'cta/primary' });
go(ctaCreate, 'details');
const pricingLink = linkText('See plans & pricing', 0, 470, 200, { c: BRAND });
go(pricingLink, 'pricing');
const signup = screen('01 Sign up', 'signup', 0, 80, W, H, [
  F(undefined, 0, 0, 560, H, { fills: [solid('#1d1b26')], layoutMode: 'VERTICAL', paddingLeft: 64, paddingTop: 96, itemSpacing: 24 }, [
    T('Payroll that already knows\nwho taught what.', 64, 96, 440, { s: 36, w: 700, c: '#ffffff', lines: 2 }),
    F(undefined, 64, 420, 432, 200, { fills: [solid('#ffffff', 0.06)], cornerRadius: 16, layoutMode: 'VERTICAL', paddingLeft: 24, paddingTop: 24, itemSpacing: 12 }, [
      T('★★★★★', 24, 24, 120, { s: 16, c: '#f5c04a' }),
      T('“We used to do instructor pay on a spreadsheet every other Sunday night. Now it’s two clicks and my coaches get paid on time.”', 24, 56, 384, { s: 15, c: '#ffffff', lines: 3 }),
      G(undefined, 24, 140, 300, 40, [
        R(undefined, 0, 0, 40, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'a7dana0c' }], cornerRadius: 20 }),
        T('Dana Whitfield\nOwner, Pulse Cycle House · 3 studios', 52, 0, 248, { s: 12, c: '#c9c5d6', lines: 2 }),
      ]),
    ]),
  ]),
  F(undefined, 720, 140, 400, 520, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    T('Create your studio account', 0, 0, 400, { s: 28, w: 700, c: INK }),
    T('Free for 14 days. No card needed.', 0, 44, 400, { s: 15, c: MUTED }),
    ...[['Work email', 'you@yourstudio.com', 100], ['Full name', 'Dana Whitfield', 180], ['Password', '••••••••••', 260]].map(([l, p, y]) =>
      F(undefined, 0, y, 400, 64, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 6 }, [
        T(l, 0, 0, 400, { s: 13, w: 600, c: INK }),
        F(undefined, 0, 22, 400, 40, { fills: [solid('#ffffff')], strokes: [solid('#d0d5dd')], cornerRadius: 8 }, [T(p, 12, 10, 360, { s: 14, c: '#98a2b3' })]),
      ])),
    ctaCreate,
    T('Already on Rostr? Log in', 0, 444, 400, { s: 14, c: MUTED }),
    pricingLink,
  ]),
]);

// S2 studio details
const cont2 = btnFrame('Continue', 0, 360, 160, 44, { bg: BRAND });
go(cont2, 'hub');
const back2 = linkText('← Back', 0, 0, 80, { c: MUTED });
back(back2);
const details = screen('02 Studio basics', 'details', 1380, 80, W, H, [
  F(undefined, 340, 100, 600, 600, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 20 }, [
    back2,
    T('Step 1 of 3', 0, 40, 200, { s: 13, w: 600, c: BRAND }),
    T('Tell us about your studio', 0, 64, 600, { s: 28, w: 700, c: INK }),
    F(undefined, 0, 120, 600, 220, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
      ...[['Studio name', 'Pulse Cycle House'], ['How many locations?', '3'], ['How do you pay instructors?', 'Per class + per head bonus ▾']].map(([l, v], i) =>
        F(undefined, 0, i * 72, 600, 64, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 6 }, [
          T(l, 0, 0, 600, { s: 13, w: 600, c: INK }),
          F(undefined, 0, 22, 600, 40, { fills: [solid('#ffffff')], strokes: [solid('#d0d5dd')], cornerRadius: 8 }, [T(v, 12, 10, 560, { s: 14, c: INK })]),
        ])),
    ]),
    cont2,
  ]),
]);

// S3 connect hub
const connectMain = btnInst('Connect booking software', 'btnDefault', 0, 0, 260, 44, { bg: BRAND, name: 'Btn' });
go(connectMain, 'redirect', 'OVERLAY');
const faq = linkText('What exactly do we read? →', 280, 12, 220, { c: BRAND, underline: true });
go(faq, 'help');
const laterRow = T('Ask your bookkeeper to do this · Save and finish later', 0, 470, 420, { s: 14, c: MUTED, name: 'Frame 88' });
const hubBody = (connected) => [
  T(connected ? 'Step 2 of 3 · 1 of 3 tools linked' : 'Step 2 of 3 · 0 of 3 tools linked', 0, 0, 400, { s: 13, w: 600, c: BRAND }),
  R(undefined, 0, 24, 360, 6, { fills: [solid('#f1d5da')], cornerRadius: 3 }),
  R(undefined, 0, 24, connected ? 120 : 8, 6, { fills: [solid(BRAND)], cornerRadius: 3 }),
];
function hub(key, name, x, connected) {
  const groups = [
    ['CLASS BOOKING', [['Mindbody', 'mb01'], ['Glofox', 'gf02'], ['Mariana Tek', 'mt03'], ['Momence', 'mo04']]],
    ['PAYROLL', [['Gusto', 'gu05'], ['ADP RUN', 'ad06'], ['Paychex Flex', 'px07']]],
    ['ACCOUNTING', [['QuickBooks Online', 'qb08'], ['Xero', 'xe09'], ['FreshBooks', 'fb10']]],
  ];
  const badges = connected ? { Mindbody: { t: 'Linked ✓', bg: '#dcfae6', c: '#067647' }, Gusto: { t: 'Pending', bg: '#fef0c7', c: '#93370d' } } : {};
  const cbRow = G(undefined, 0, 362, 520, 38, [
    checkbox(0, 0, 'rect'),
    T('I’m OK with Rostr reading the data above as described in the', 30, 1, 400, { s: 13, c: MUTED }),
    linkText('Data Processing Addendum', 30, 20, 200, { s: 13, underline: true, c: INK }),
  ]);
  return screen(name, key, x, 80, W, H, [
    F(undefined, 0, 0, W, H, { fills: [], layoutMode: 'HORIZONTAL' }, [
      F(undefined, 64, 48, 520, 700, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 18 }, [
        F(undefined, 0, 0, 400, 32, { fills: [], layoutMode: 'VERTICAL' }, hubBody(connected)),
        T('Pay instructors straight from your class schedule', 0, 48, 520, { s: 26, w: 700, c: INK, lines: 2 }),
        T('Rostr pulls class rosters, attendance and instructor rates from your booking software, sends finished pay runs to your payroll provider, and posts the wage journal into your books. We only read from your booking system — nothing is written back to it.', 0, 130, 520, { s: 15, c: MUTED, lines: 5 }),
        F(undefined, 0, 250, 520, 96, { fills: [solid('#f7f7fb')], cornerRadius: 12, layoutMode: 'VERTICAL', paddingLeft: 16, paddingTop: 14, itemSpacing: 8 }, [
          G(undefined, 16, 14, 480, 40, [V('Vector', 0, 2, 16, 18, { fills: [solid('#12b76a')] }), T('Read-only, encrypted in transit and at rest. We never pass your studio’s data to anyone else without asking you first.', 26, 0, 454, { s: 13, c: INK, lines: 2 })]),
          T('Changed your mind? Unplug any tool from Settings → Integrations whenever you like.', 16, 62, 480, { s: 13, c: MUTED }),
        ]),
        cbRow,
        F(undefined, 0, 410, 520, 44, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 20 }, [connected ? null : connectMain, connected ? null : faq].filter(Boolean)),
        connected ? null : laterRow,
        T('Powered by Bridgeway', 0, 640, 200, { s: 11, c: MUTED, visible: false }),
        T('Trusted by 4,000+ studios', 0, 660, 200, { s: 11, c: MUTED, visible: false }),
      ]),
      F(undefined, 640, 48, 580, 704, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 14 }, [
        searchField('Search 60+ apps', 0, 0, 540),
        ...groups.map(([g, apps], gi) => F(undefined, 0, 56 + gi * 180, 540, 170, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 8 }, [
          T(g, 0, 0, 300, { s: 12, w: 700, c: MUTED }),
          F(undefined, 0, 24, 540, 140, { fills: [], layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 12, counterAxisSpacing: 12 },
            apps.map(([a, ref], i) => tile(a, ref, (i % 2) * 266, Math.floor(i / 2) * 72, connected ? null : 'redirect', badges[a]))),
        ])),
        connected ? G(undefined, 0, 600, 300, 20, [V('Vector', 0, 2, 14, 14, { fills: [solid(BRAND)] }), T('Add another booking location', 22, 0, 260, { s: 14, w: 600, c: BRAND })]) : null,
        T('Software not on the list? Upload CSV exports instead', 0, 650, 540, { s: 14, c: MUTED, name: 'Can’t find' }),
      ]),
    ]),
  ]);
}
const hubA = hub('hub', '03 Link your tools', 0, false);
const hubB = hub('hubAfter', '03b Link your tools – after Mindbody', 1380, true);
// continue from after-hub
const toReview = btnFrame('Review pay setup', 64, 720, 200, 44, { bg: BRAND });
go(toReview, 'prefill');
hubB.children.push(toReview);

// S4 redirect explainer (overlay)
const goMb = btnGroup('Continue to Mindbody', 32, 220, 416, 48, { bg: BRAND });
go(goMb, 'mbLogin');
const cancel4 = linkText('Not now', 200, 284, 80, { c: MUTED });
close(cancel4);
const redirect = screen('Modal / leaving', 'redirect', 2760, 80, 480, 330, [
  logo(32, 32, 48, 'mb01'),
  T('You’re heading over to Mindbody', 32, 96, 416, { s: 20, w: 700, c: INK }),
  T('Mindbody will ask you to sign in with your site-owner login and approve access for Rostr. As soon as you approve, you’ll land back here automatically.', 32, 130, 416, { s: 14, c: MUTED, lines: 4 }),
  goMb, cancel4,
], { layout: false });

// S5 third-party login
const allow = btnFrame('Allow access', 490, 520, 300, 44, { bg: '#101828', r: 4 });
go(allow, 'syncing');
const mbLogin = screen('Mindbody – sign in (3rd party)', 'mbLogin', 4140, 80, W, H, [
  F(undefined, 440, 120, 400, 520, { fills: [solid('#ffffff')], strokes: [solid('#e4e7ec')], cornerRadius: 4, layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    logo(150, 24, 100, 'mb01'),
    T('Rostr would like to access your Mindbody site', 24, 140, 352, { s: 18, w: 600, c: INK, lines: 2 }),
    T('• View classes, schedules and attendance\n• View staff and pay rates', 24, 200, 352, { s: 14, c: MUTED, lines: 2 }),
    F(undefined, 24, 270, 352, 40, { fills: [solid('#ffffff')], strokes: [solid('#d0d5dd')], cornerRadius: 4 }, [T('Site ID', 12, 10, 300, { s: 14, c: '#98a2b3' })]),
    F(undefined, 24, 320, 352, 40, { fills: [solid('#ffffff')], strokes: [solid('#d0d5dd')], cornerRadius: 4 }, [T('Password', 12, 10, 300, { s: 14, c: '#98a2b3' })]),
  ]),
  allow,
], { bg: '#f2f4f7', layout: false });

// S6 syncing
const syncDone = linkText('Continue', 600, 480, 80, { c: BRAND });
go(syncDone, 'hubAfter');
const syncing = screen('04 Importing', 'syncing', 5520, 80, W, H, [
  spinner(620, 300, 40),
  T('Pulling in 14 months of classes and instructor hours…', 390, 370, 500, { s: 18, w: 600, c: INK, align: 'CENTER' }),
  T('This usually takes under a minute. Feel free to keep going.', 390, 404, 500, { s: 14, c: MUTED, align: 'CENTER' }),
  syncDone,
], { layout: false });

// S7 prefill
const confirmPay = btnInst('Looks right', 'btnDefault', 0, 420, 160, 44, { bg: BRAND });
go(confirmPay, 'dash');
const prefill = screen('05 Pay setup (prefilled)', 'prefill', 6900, 80, W, H, [
  F(undefined, 340, 80, 600, 620, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    T('Step 3 of 3', 0, 0, 200, { s: 13, w: 600, c: BRAND }),
    T('Check your pay setup', 0, 24, 600, { s: 28, w: 700, c: INK }),
    F(undefined, 0, 70, 600, 40, { fills: [solid('#ecfdf3')], cornerRadius: 8 }, [T('✨ We filled these in from Gusto and Mindbody — just check them over.', 12, 10, 570, { s: 14, c: '#067647' })]),
    ...[['Legal business name', 'Pulse Cycle House LLC'], ['Employer EIN', '84-2918837'], ['Pay schedule', 'Every other Friday'], ['Instructors found', '23 (from Mindbody staff list)']].map(([l, v], i) =>
      F(undefined, 0, 126 + i * 70, 600, 62, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 4 }, [
        T(l, 0, 0, 600, { s: 13, w: 600, c: INK }),
        F(undefined, 0, 22, 600, 40, { fills: [solid('#ffffff')], strokes: [solid('#d0d5dd')], cornerRadius: 8 }, [T(v, 12, 10, 560, { s: 14, c: INK })]),
      ])),
    confirmPay,
  ]),
]);

// S8 dashboard
const ctxBtn = btnFrame('Link accounting', 24, 96, 180, 40, { bg: '#101828' });
go(ctxBtn, 'hub');
const tour = linkText('Take the 2-minute tour', 760, 36, 200, { c: BRAND });
go(tour, 'tour', 'OVERLAY');
const dash = screen('06 Overview', 'dash', 0, 80, W, H, [
  F(undefined, 0, 0, W, H, { fills: [], layoutMode: 'HORIZONTAL' }, [
    sideNav('Overview'),
    F(undefined, 232, 0, 1048, H, { fills: [solid('#fafafa')], layoutMode: 'VERTICAL', paddingLeft: 40, paddingTop: 32, itemSpacing: 24 }, [
      T('Good morning, Dana', 40, 32, 500, { s: 24, w: 700, c: INK }),
      tour,
      F(undefined, 40, 90, 968, 150, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 16 }, [
        ...[['Next pay run', 'Fri 20 Mar'], ['Classes this period', '412'], ['Instructor cost', '$18,240']].map(([l, v], i) =>
          F(undefined, i * 240, 0, 224, 150, { fills: [solid('#ffffff')], cornerRadius: 12, layoutMode: 'VERTICAL', paddingLeft: 20, paddingTop: 20 }, [
            T(l, 20, 20, 190, { s: 13, c: MUTED }), T(v, 20, 48, 190, { s: 24, w: 700, c: INK }),
          ])),
      ]),
      F(undefined, 40, 270, 968, 160, { fills: [solid('#fff4f5')], strokes: [solid('#f6c4cb')], cornerRadius: 12, layoutMode: 'VERTICAL', paddingLeft: 24, paddingTop: 20 }, [
        T('Labour costs aren’t in your books yet', 24, 20, 700, { s: 18, w: 600, c: INK }),
        T('Hook up QuickBooks Online or Xero and every approved pay run lands in your ledger as a journal — no re-keying.', 24, 50, 800, { s: 14, c: MUTED }),
        ctxBtn,
      ]),
      F(undefined, 40, 460, 968, 280, { fills: [solid('#ffffff')], cornerRadius: 12 }, [
        T('Instructor hours by week', 24, 20, 400, { s: 16, w: 600, c: INK }),
        V('Vector', 24, 70, 920, 180, { fills: [], strokes: [solid(BRAND)], strokeWeight: 2 }),
      ]),
    ]),
  ]),
]);

// S9 integrations settings
function connRow(name, ref, y, meta, state) {
  const sync = linkText('↻ Sync now', 620, 24, 100, { c: BRAND });
  const disc = btnFrame('Disconnect', 760, 16, 130, 36, { bg: '#ffffff', fg: '#b42318', props: { strokes: [solid('#fda29b')] } });
  go(disc, 'disconnect', 'OVERLAY');
  return F(undefined, 0, y, 968, 68, { fills: [solid('#ffffff')], cornerRadius: 10, layoutMode: 'HORIZONTAL', itemSpacing: 16, paddingLeft: 16 }, [
    logo(16, 14, 40, ref),
    F(undefined, 72, 12, 500, 44, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 2 }, [
      T(name, 0, 0, 500, { s: 15, w: 600, c: INK }), T(meta, 0, 22, 500, { s: 12, c: MUTED }),
    ]),
    state === 'syncing' ? G(undefined, 620, 22, 140, 24, [spinner(0, 0, 20), T('Syncing…', 28, 2, 100, { s: 13, c: MUTED })]) : sync,
    state === 'syncing' ? null : disc,
  ]);
}
const settingsInt = screen('07 Settings / Integrations', 'settingsInt', 1380, 80, W, H, [
  F(undefined, 0, 0, W, H, { fills: [], layoutMode: 'HORIZONTAL' }, [
    sideNav('Integrations'),
    F(undefined, 232, 0, 1048, H, { fills: [solid('#fafafa')], layoutMode: 'VERTICAL', paddingLeft: 40, paddingTop: 32, itemSpacing: 16 }, [
      T('Integrations', 40, 32, 400, { s: 24, w: 700, c: INK }),
      F(undefined, 40, 90, 968, 260, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 }, [
        connRow('Mindbody — Pulse Cycle House (Site 58210)', 'mb01', 0, 'Connected 2 Mar 2026 · Last synced today, 07:42', 'ok'),
        connRow('Gusto', 'gu05', 80, 'Connected 2 Mar 2026 · Last synced 13 Mar 2026, 18:05', 'ok'),
        connRow('Glofox — Camden studio', 'gf02', 160, 'Connected just now', 'syncing'),
      ]),
      T('History', 40, 380, 200, { s: 16, w: 600, c: INK }),
      T('14 Mar 07:42  Mindbody  62 classes, 9 instructors\n13 Mar 18:05  Gusto  pay run #14 sent\n12 Mar 07:40  Mindbody  58 classes, 9 instructors', 40, 410, 800, { s: 13, c: MUTED, lines: 3, font: 'IBM Plex Mono' }),
    ]),
  ]),
]);

// S10 disconnect modal
const revoke = btnFrame('Revoke access', 32, 170, 200, 44, { bg: '#d92d20' });
close(revoke);
const keep = btnFrame('Keep it', 248, 170, 120, 44, { bg: '#ffffff', fg: INK, props: { strokes: [solid('#d0d5dd')] } });
close(keep);
const disconnect = screen('Modal / disconnect', 'disconnect', 2760, 500, 440, 246, [
  T('Disconnect Gusto?', 32, 32, 376, { s: 20, w: 700, c: INK }),
  T('Rostr loses access straight away and stops sending pay runs to Gusto. Past pay runs stay in your history.', 32, 70, 376, { s: 14, c: MUTED, lines: 3 }),
  revoke, keep,
], { layout: false });

// S11 help
const helpBack = linkText('← Back to setup', 64, 40, 200, { c: BRAND });
back(helpBack);
const mail = linkText('help@rostr.app', 0, 30, 200, { c: BRAND, underline: true });
url(mail, 'mailto:help@rostr.app');
const help = screen('08 Help – linking Mindbody', 'help', 4140, 80, W, H, [
  helpBack,
  F(undefined, 64, 90, 700, 640, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 16 }, [
    T('Guides › Integrations', 0, 0, 400, { s: 13, c: MUTED }),
    T('Linking Mindbody to Rostr', 0, 24, 700, { s: 28, w: 700, c: INK }),
    T('1  Make sure you’re signed in to Mindbody as the site owner\n2  In Rostr, choose Mindbody and hit Continue\n3  Approve the two permissions Mindbody shows you\n4  Wait for the first import to finish (usually < 1 min)', 0, 80, 700, { s: 15, c: INK, lines: 4 }),
    T('Which data does Rostr read?', 0, 200, 700, { s: 18, w: 600, c: INK }),
    T('Class schedules, attendance counts, staff names and pay rates. We don’t read client payment cards or member contact details.', 0, 230, 700, { s: 14, c: MUTED, lines: 2 }),
  ]),
  F(undefined, 840, 90, 360, 220, { fills: [solid('#f7f7fb')], cornerRadius: 12, layoutMode: 'VERTICAL', paddingLeft: 20, paddingTop: 20, itemSpacing: 8 }, [
    T('Still stuck?', 20, 20, 300, { s: 16, w: 600, c: INK }),
    F(undefined, 20, 50, 320, 150, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 8 }, [
      T('Call 1-888-555-0199 (Mon–Sat, 6am–8pm ET)', 0, 0, 320, { s: 14, c: INK }),
      mail,
      linkText('Open a support ticket', 0, 60, 200, { c: BRAND }),
      T('💬 Live chat', 0, 90, 200, { s: 14, c: INK }),
    ]),
  ]),
], { layout: false });

// S12 pricing (dead end)
const pricing = screen('Pricing', 'pricing', 5520, 80, W, H, [
  T('Simple pricing for studios of every size', 240, 80, 800, { s: 32, w: 700, c: INK, align: 'CENTER' }),
  F(undefined, 160, 180, 960, 420, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 24 }, [
    ...[['Starter', '$49/mo', '1 location · up to 10 instructors'], ['Studio', '$99/mo', 'Up to 3 locations'], ['Multi-site', 'Let’s talk', 'Franchises & chains']].map(([n, p, d], i) =>
      F(undefined, i * 328, 0, 304, 420, { fills: [solid('#ffffff')], strokes: [solid('#e4e7ec')], cornerRadius: 16, layoutMode: 'VERTICAL', paddingLeft: 24, paddingTop: 24, itemSpacing: 12 }, [
        T(n, 24, 24, 256, { s: 18, w: 600, c: INK }), T(p, 24, 56, 256, { s: 32, w: 700, c: INK }), T(d, 24, 110, 256, { s: 14, c: MUTED }),
      ])),
  ]),
  T('All plans: cancel anytime, no contracts. Prices exclude sales tax.', 240, 640, 800, { s: 14, c: MUTED, align: 'CENTER' }),
], { layout: false });

// S13 product tour overlay (marketing, Skip)
const skip = linkText('Skip', 420, 24, 40, { c: MUTED });
back(skip);
const tourFrame = screen('Tour 1/4', 'tour', 6900, 940, 480, 360, [
  R(undefined, 0, 0, 480, 200, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 't0urh3ro' }] }),
  skip,
  T('New: tip pooling for instructors', 24, 220, 432, { s: 20, w: 700, c: INK }),
  T('Split class tips fairly between lead and assistant coaches.', 24, 256, 432, { s: 14, c: MUTED }),
], { layout: false });

const flowPage = canvas('Onboarding – v3', [
  SEC('Sign-up', 0, 0, 2760, 980, [signup, details]),
  SEC('Connect', 0, 1100, 8280, 1400, [hubA, hubB, redirect, disconnect, mbLogin, help, syncing, pricing, prefill, tourFrame]),
  SEC('In-app', 0, 2400, 2760, 980, [dash, settingsInt]),
], { starts: [['signup', 'Studio onboarding']] });

// ---------- page 4: archive
setPage(4);
const archive = canvas('Archive', [
  F('Sign up v1 (old)', 0, 0, W, H, { fills: [solid('#ffffff')] }, [
    T('Start your free trial', 400, 200, 480, { s: 32, w: 700, c: INK }),
    btnFrame('Get started', 400, 280, 200, 44, { bg: '#444444' }),
  ]),
  F('Delete account – v1', 1380, 0, 600, 400, { fills: [solid('#ffffff')] }, [
    T('Delete account', 32, 32, 400, { s: 22, w: 700, c: INK }),
    T('This permanently removes your studio, staff and all pay history.', 32, 72, 520, { s: 14, c: MUTED }),
    btnFrame('Delete account', 32, 320, 180, 44, { bg: '#d92d20' }),
  ]),
]);

writeFile('h36-fitness-studio-payroll-desktop', [cover, comps, flowPage, archive], '2026-03-16T10:22:41Z', {
  figmaName: 'Rostr — Studio onboarding (payroll)', version: '4128831907', kind: 'onboarding',
  description: 'Desktop (1280x800) onboarding for a payroll product aimed at boutique fitness studios. After sign-up and a studio-details step, a hub asks the owner to link their class-booking software, payroll provider and accounting ledger, grouped by category, with a redirect explainer, a third-party consent screen, an import spinner, a prefilled pay-setup form, a dashboard with an in-context accounting prompt and an integrations settings page.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'Sign-up → studio basics → link-your-tools hub: two clicks.',
    'funnel.cta-visible': 'Main CTA "Connect booking software" sits centrally on the hub, and Integrations is a permanent sidebar entry.',
    'funnel.social-proof': 'Five-star quote from a studio owner on the sign-up panel.',
    'funnel.prefill': 'Pay-setup step shows EIN, legal name, schedule and instructor count filled in from Gusto and Mindbody.',
    'value.three-part': 'Hub: value headline, what is read from booking / sent to payroll / posted to books, and one main CTA.',
    'value.contextual-ctas': 'Dashboard card "Labour costs aren’t in your books yet" with a "Link accounting" button.',
    'value.faq-link': '"What exactly do we read? →" next to the CTA opens the help article.',
    'value.progress-meter': '"0 of 3 tools linked" bar that grows to "1 of 3" after Mindbody.',
    'privacy.data-scope': 'Hub names the data (rosters, attendance, rates, pay runs, wage journal) and direction (read only from booking, nothing written back).',
    'privacy.trust-language': '"Read-only, encrypted in transit and at rest. We never pass your studio’s data to anyone else without asking you first."',
    'privacy.consent-action': '20x20 box beside "I’m OK with Rostr reading the data…" and an underlined Data Processing Addendum link.',
    'privacy.disconnect-anytime': '"Unplug any tool from Settings → Integrations whenever you like."',
    'privacy.connection-guide': 'Help article "Linking Mindbody to Rostr" with numbered steps.',
    'privacy.support-contacts': 'Phone, email, ticket form and chat on the help screen.',
    'privacy.statistics': 'Only a hidden layer carries a customer count; nothing visible.',
    'privacy.powered-by': 'The "Powered by" line is a hidden layer.',
    'platform.explain-redirect': 'Modal: "You’re heading over to Mindbody… you’ll land back here automatically."',
    'platform.grouped-categories': 'Class booking / Payroll / Accounting headings over tiles.',
    'platform.accurate-branding': 'Full names: QuickBooks Online, ADP RUN, Paychex Flex, Mariana Tek, with logo images.',
    'platform.search': '"Search 60+ apps" field above the tiles.',
    'platform.alternatives': '"Software not on the list? Upload CSV exports instead".',
    'platform.non-linear': '"Ask your bookkeeper to do this · Save and finish later".',
    'platform.multiple-connections': 'After Mindbody: "Linked ✓" and "Pending" badges plus "Add another booking location".',
    'connection.view-live': 'Settings list with site id, connected dates, last-synced times and a history log.',
    'connection.delete': 'Disconnect buttons and a "Revoke access" confirmation.',
    'connection.refresh': '"↻ Sync now" per connection.',
    'connection.syncing-indicator': 'Spinner on the import screen and a "Syncing…" row in settings.',
    'funnel.greeting-email': 'No email frame anywhere.',
  },
  start: 'signup', connect: 'hub', steps: 2, deadEnds: ['pricing'], connectFrames: ['hub', 'hubAfter', 'dash'],
});

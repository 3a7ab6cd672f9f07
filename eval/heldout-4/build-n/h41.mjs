// h41 — financing for dental practices, desktop 1440, US English.
import {
  page, node, F, G, R, V, T, AL, go, back, url, solid, image, btnInstance, btnFrame, btnGroup,
  linkText, checkbox, logo, componentSet, canvas, finish, write, countNodes, gname,
} from './lib.mjs';

const NAME = 'h41-dental-practice-finance-desktop';
const W = 1440;
const H = 1024;
const INK = '#14213D';
const TEAL = '#0E7C86';
const MUTED = '#5B6675';

// ---- page 2: components
page(2);
const [btnSet, comps, sets, [BTN_PRIMARY, BTN_HOVER, BTN_GHOST]] = componentSet('Btn', 40, 40, [
  { name: 'Property 1=Default', label: 'Continue', bg: TEAL },
  { name: 'Property 1=Hover', label: 'Continue', bg: '#0A5F67' },
  { name: 'Property 1=Ghost', label: 'Back', bg: '#FFFFFF', color: TEAL },
], 'd41btn');
const [navSet, navComps, navSets, [NAV_ITEM]] = componentSet('Comp / Nav / Item', 360, 40, [
  { name: 'State=Rest', label: 'Overview', bg: '#FFFFFF', color: INK, w: 220, h: 40 },
  { name: 'State=Active', label: 'Overview', bg: '#E6F4F5', color: TEAL, w: 220, h: 40 },
], 'd41nav');
btnSet.children[0].interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: BTN_HOVER, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', duration: 0.2, easing: { type: 'EASE_OUT' } } }] }];
const componentsPage = canvas('🧩 Components', [btnSet, navSet]);

// ---- page 1: flow
page(1);
const col = (i) => i * (W + 200);

function topbar(extra = []) {
  return F(gname('Frame'), 0, 0, W, 72, { fills: solid('#FFFFFF'), strokes: solid('#E3E7EC') }, [
    G('Logo', 40, 22, 170, 28, [
      V('Vector', 0, 0, 28, 28, { fills: solid(TEAL) }),
      T('Cuspid Capital', 38, 3, 140, 18, 700, INK),
    ]),
    ...extra,
  ]);
}

function sidebar(active) {
  const items = ['Overview', 'Funding', 'Cash flow', 'Documents', 'Settings'];
  return AL('VERTICAL', 0, 72, 240, H - 72, items.map((it, i) =>
    node2(it, i, active)), { name: 'Sidebar', fills: solid('#FFFFFF'), paddingTop: 24, paddingLeft: 10 });
}
function node2(it, i, active) {
  const link = it === 'Settings' ? go('settings') : it === 'Overview' ? go('dash') : {};
  return btnInstance(NAV_ITEM, 'Comp / Nav / Item', it, 10, 24 + i * 48, 220, 40, link, it === active ? TEAL : INK);
}

// 1 Sign up
const signup = F('Sign up', col(0), 0, W, H, { fills: solid('#F7F9FB'), _key: 'signup' }, [
  topbar([linkText('Already have an account? Log in', 1160, 26, 240, TEAL)]),
  F(gname('Frame'), 120, 160, 520, 600, {}, [
    T('Funding built for\u00a0dental practices', 0, 0, 520, 44, 700, INK),
    T('Equipment, buildouts and working capital — decisions in about 2 business days.', 0, 130, 480, 18, 400, MUTED),
    T('“We financed our second CEREC machine in a week, without a single trip to the bank.”\n— Dr. Priya Natarajan, DDS, owner at Lakeview Family Dental', 0, 230, 500, 16, 400, INK, { name: 'Quote' }),
  ]),
  AL('VERTICAL', 820, 140, 480, 640, [
    T('Create your account', 40, 40, 400, 26, 700, INK),
    AL('VERTICAL', 40, 100, 400, 300, [
      ['Full name', 'Dr. Marcus Ramos'], ['Work email', 'marcus@brightsmilesdental.com'], ['Password', '••••••••••'],
    ].map(([l, v], i) => AL('VERTICAL', 0, i * 96, 400, 84, [
      T(l, 0, 0, 400, 13, 600, MUTED),
      F(gname('Frame'), 0, 24, 400, 48, { fills: solid('#FFFFFF'), strokes: solid('#CDD3DA'), cornerRadius: 6 }, [T(v, 14, 14, 360, 15, 400, INK)]),
    ], { itemSpacing: 6 })), { itemSpacing: 12 }),
    btnInstance(BTN_PRIMARY, 'Btn', 'Create account', 40, 430, 400, 52, go('practice')),
    T('By signing up you agree to our\u00a0', 40, 500, 230, 13, 400, MUTED),
    linkText('Terms of Service', 262, 500, 130, TEAL, go('terms'), true, 13),
    T('Not ready yet? Delete account requests: privacy@cuspidcapital.com', 40, 540, 400, 12, 400, MUTED, { visible: false }),
  ], { name: 'Card', fills: solid('#FFFFFF'), cornerRadius: 12, paddingLeft: 40, paddingTop: 40 }),
]);

// 2 Practice details
const practice = F('Practice details', col(1), 0, W, H, { fills: solid('#F7F9FB'), _key: 'practice' }, [
  topbar([T('Step 1 of 3', 1240, 26, 120, 14, 600, MUTED)]),
  AL('VERTICAL', 420, 120, 600, 700, [
    T('Tell us about your practice', 0, 0, 600, 28, 700, INK),
    T('Two quick questions so we can tailor your offer.', 0, 48, 600, 16, 400, MUTED),
    AL('HORIZONTAL', 0, 110, 600, 90, ['General dentistry', 'Orthodontics', 'Pediatric', 'Oral surgery'].map((s, i) =>
      F(gname('Frame'), i * 150, 0, 140, 80, { fills: solid(i === 0 ? '#E6F4F5' : '#FFFFFF'), strokes: solid(i === 0 ? TEAL : '#D8DDE3'), cornerRadius: 8 }, [T(s, 12, 28, 116, 14, 600, INK)])), { name: 'Specialty' }),
    T('Operatories', 0, 230, 300, 13, 600, MUTED),
    F(gname('Frame'), 0, 254, 200, 48, { fills: solid('#FFFFFF'), strokes: solid('#CDD3DA'), cornerRadius: 6 }, [T('6', 14, 14, 100, 15, 400, INK)]),
    btnFrame('Continue', 0, 360, 200, 52, TEAL, go('hub')),
    linkText('See rates & pricing', 230, 376, 180, TEAL, go('pricing')),
  ], { itemSpacing: 20 }),
]);

// 3 Connect hub — the decision point
const hub = F('Link software', col(2), 0, W, H, { fills: solid('#F7F9FB'), _key: 'hub' }, [
  topbar([T('Step 2 of 3', 1240, 26, 120, 14, 600, MUTED)]),
  AL('HORIZONTAL', 120, 120, 1200, 760, [
    AL('VERTICAL', 0, 0, 640, 760, [
      T('See your funding offer in minutes', 0, 0, 640, 32, 700, INK),
      AL('VERTICAL', 0, 70, 640, 300, [
        AL('HORIZONTAL', 0, 0, 640, 80, [
          V('Vector', 0, 0, 28, 28, { fills: solid(TEAL) }),
          T('What you get\nA pre-approved line sized to your real production — no tax returns to dig up.', 44, 0, 580, 16, 400, INK),
        ]),
        AL('HORIZONTAL', 0, 96, 640, 100, [
          V('Vector', 0, 0, 28, 28, { fills: solid(TEAL) }),
          T('How we use it\nProduction and collections from your practice software, plus your P&L from accounting, tell us how healthy the practice is. Your bank balance shows us cash runway. We only read — we never post or change anything.', 44, 0, 580, 15, 400, INK),
        ]),
        AL('HORIZONTAL', 0, 210, 640, 60, [
          V('Vector', 0, 0, 28, 28, { fills: solid(TEAL) }),
          T('Next step\nLink your practice software and accounting below.', 44, 0, 580, 16, 400, INK),
        ]),
      ], { itemSpacing: 16, name: 'Value' }),
      AL('HORIZONTAL', 0, 400, 640, 40, [
        checkbox('RECTANGLE', 0, 10),
        T('I authorize Cuspid Capital to access my practice and accounting data as described in the\u00a0', 32, 8, 520, 14, 400, INK),
        linkText('Data Use Policy', 32, 28, 140, TEAL, url('https://cuspidcapital.com/data-use'), true),
      ], { itemSpacing: 10 }),
      btnGroup('Link your software', 0, 470, 300, 56, TEAL, go('platforms'), { name: 'cta/primary' }),
      T('Bank-level 256-bit encryption. We never sell your data or share it with third parties without your written OK.\nChanged your mind? You can unlink any system at any time from Settings › Connections.', 0, 550, 640, 14, 400, MUTED),
      linkText('Want to know more? Read the funding FAQ', 0, 620, 360, TEAL, go('help')),
      T('Powered by Codat', 0, 660, 200, 12, 500, MUTED, { visible: false }),
    ], { itemSpacing: 20 }),
    AL('VERTICAL', 700, 0, 480, 420, [
      T('3,200+ dental practices trust us with their financial data', 24, 24, 420, 20, 700, INK),
      T('★★★★★ 4.9 on Trustpilot', 24, 90, 420, 15, 500, MUTED),
      T('Questions? Call (888) 555-0142 · help@cuspidcapital.com · Open a ticket', 24, 300, 420, 14, 400, INK, { name: 'Support' }),
    ], { name: 'Aside', fills: solid('#FFFFFF'), cornerRadius: 12, paddingLeft: 24, paddingTop: 24 }),
  ], { itemSpacing: 60 }),
]);

// 4 Platform picker
function card(name, ref, x, y, link, badge) {
  return F(gname('Frame'), x, y, 260, 76, { fills: solid('#FFFFFF'), strokes: solid('#D8DDE3'), cornerRadius: 10, layoutMode: 'HORIZONTAL', itemSpacing: 12, ...link }, [
    logo(16, 18, 40, ref),
    T(name, 68, 28, 170, 15, 600, INK),
    ...(badge ? [T(badge, 180, 52, 70, 11, 600, MUTED)] : []),
  ]);
}
function group(title, x, y, items) {
  return AL('VERTICAL', x, y, 840, 130, [
    T(title, 0, 0, 600, 20, 700, INK),
    AL('HORIZONTAL', 0, 40, 840, 80, items.map(([n, r, l], i) => card(n, r, i * 280, 0, l)), { itemSpacing: 20 }),
  ], { itemSpacing: 14 });
}
const platforms = F('Choose systems', col(3), 0, W, H, { fills: solid('#F7F9FB'), _key: 'platforms' }, [
  topbar([T('Step 2 of 3', 1240, 26, 120, 14, 600, MUTED)]),
  AL('VERTICAL', 300, 110, 840, 860, [
    T('Which systems does your practice use?', 0, 0, 840, 28, 700, INK),
    T('Pick everything you use — you can add more later.', 0, 56, 840, 15, 400, MUTED),
    group('Practice management', 0, 130, [['Dentrix Ascend', '9c1f0a', go('redirect', 'OVERLAY')], ['Open Dental', '77ab31', go('redirect', 'OVERLAY')], ['Eaglesoft', 'e1d2f3', go('redirect', 'OVERLAY')]]),
    group('Accounting', 0, 290, [['QuickBooks Online', '2ca01c', go('redirect', 'OVERLAY')], ['QuickBooks Desktop', '2ca01d', {}], ['Xero', '13b5ea', go('redirect', 'OVERLAY')]]),
    group('Bank accounts', 0, 450, [['Chase Business', '117aca', {}], ['Bank of America', 'e31837', {}], ['Wells Fargo', 'd71e28', {}]]),
    AL('HORIZONTAL', 0, 620, 840, 60, [
      V('Vector', 0, 0, 20, 20, { fills: solid(MUTED) }),
      T('Don\u2019t see your system? ', 28, 0, 180, 15, 400, INK),
      linkText('Upload 12 months of P&L and bank statements instead (PDF or CSV)', 210, 0, 520, TEAL, {}, true, 15),
    ]),
    btnInstance(BTN_GHOST, 'Btn', 'Back', 0, 700, 120, 48, back(), TEAL),
  ], { itemSpacing: 24 }),
]);

// 5 Redirect overlay
const redirect = F('Modal / redirect', col(4), 0, 560, 380, { fills: solid('#FFFFFF'), cornerRadius: 16, _key: 'redirect' }, [
  AL('VERTICAL', 40, 40, 480, 300, [
    AL('HORIZONTAL', 0, 0, 480, 48, [logo(0, 0, 48, '2ca01c'), V('Vector', 64, 14, 24, 20, { fills: solid(MUTED) }), V('Vector', 104, 0, 48, 48, { fills: solid(TEAL) })]),
    T('Next, you\u2019ll sign in with Intuit', 0, 70, 480, 22, 700, INK),
    T('We\u2019ll open QuickBooks Online in a new tab. Sign in there and approve read-only access — then you\u2019ll land right back here to keep going.', 0, 110, 480, 15, 400, MUTED),
    AL('HORIZONTAL', 0, 220, 480, 52, [
      btnInstance(BTN_GHOST, 'Btn', 'Cancel', 0, 0, 140, 52, { interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] }] }, TEAL),
      btnInstance(BTN_PRIMARY, 'Btn', 'Continue to Intuit', 160, 0, 240, 52, go('status')),
    ]),
  ], { itemSpacing: 16 }),
]);

// 6 Connection status
function row(name, ref, status, color, y) {
  return F(gname('Frame'), 0, y, 840, 72, { fills: solid('#FFFFFF'), strokes: solid('#E3E7EC'), cornerRadius: 10, layoutMode: 'HORIZONTAL' }, [
    logo(16, 16, 40, ref), T(name, 72, 26, 360, 16, 600, INK), T(status, 620, 26, 200, 14, 600, color),
  ]);
}
const status = F('Systems linked', col(5), 0, W, H, { fills: solid('#F7F9FB'), _key: 'status' }, [
  topbar([T('Step 2 of 3', 1240, 26, 120, 14, 600, MUTED)]),
  AL('VERTICAL', 300, 110, 840, 820, [
    T('Nice — your books are in', 0, 0, 840, 28, 700, INK),
    AL('VERTICAL', 0, 50, 840, 40, [
      T('Application strength', 0, 0, 300, 13, 600, MUTED),
      F(gname('Frame'), 0, 22, 840, 10, { fills: solid('#E3E7EC'), cornerRadius: 5 }, [R(gname('Rectangle'), 0, 0, 560, 10, { fills: solid(TEAL), cornerRadius: 5 })]),
      T('Strong · link your bank to make it excellent', 0, 38, 400, 13, 400, MUTED),
    ], { itemSpacing: 8 }),
    row('QuickBooks Online', '2ca01c', 'Connected \u2713', '#1F8A4C', 140),
    row('Open Dental', '77ab31', 'Waiting on approval', '#B7791F', 220),
    linkText('+ Add another system', 0, 310, 240, TEAL, go('platforms')),
    AL('HORIZONTAL', 0, 360, 840, 40, [
      linkText('Email this step to my office manager', 0, 0, 300, TEAL, {}, true),
      T('\u00b7', 310, 0, 10, 14, 400, MUTED),
      linkText('Save and finish later', 330, 0, 200, TEAL, {}, true),
    ]),
    btnFrame('Continue to application', 0, 440, 280, 52, TEAL, go('application')),
  ], { itemSpacing: 20 }),
]);

// 7 Prefilled application
const application = F('Application', col(6), 0, W, H, { fills: solid('#F7F9FB'), _key: 'application' }, [
  topbar([T('Step 3 of 3', 1240, 26, 120, 14, 600, MUTED)]),
  AL('VERTICAL', 300, 110, 840, 820, [
    T('Review your application', 0, 0, 840, 28, 700, INK),
    F(gname('Frame'), 0, 50, 840, 48, { fills: solid('#E6F4F5'), cornerRadius: 8 }, [T('\u2728 We filled in what we could from QuickBooks Online. Check it and fix anything that\u2019s off.', 16, 14, 800, 14, 500, TEAL)]),
    AL('VERTICAL', 0, 120, 840, 460, [
      ['Legal business name', 'Bright Smiles Dental PLLC'], ['EIN', '84-2917730'], ['Practice address', '2210 Oak Grove Rd, Austin, TX 78745'],
      ['Annual revenue (last 12 months)', '$1,842,300'], ['Owner', 'Marcus Ramos, DDS'],
    ].map(([l, v], i) => AL('VERTICAL', 0, i * 88, 840, 76, [
      T(l, 0, 0, 400, 13, 600, MUTED),
      F(gname('Frame'), 0, 22, 840, 46, { fills: solid('#FFFFFF'), strokes: solid('#CDD3DA'), cornerRadius: 6 }, [T(v, 14, 13, 700, 15, 400, INK)]),
    ], { itemSpacing: 6 })), { itemSpacing: 12 }),
    btnInstance(BTN_PRIMARY, 'Btn', 'Submit application', 0, 620, 260, 52, go('dash')),
  ], { itemSpacing: 20 }),
]);

// 8 Dashboard with contextual prompt
const dash = F('Dashboard', col(7), 0, W, H, { fills: solid('#F7F9FB'), _key: 'dash' }, [
  topbar(), sidebar('Overview'),
  AL('VERTICAL', 280, 100, 1120, 880, [
    T('Good morning, Dr. Ramos', 0, 0, 800, 26, 700, INK),
    AL('HORIZONTAL', 0, 60, 1120, 340, [
      F(gname('Frame'), 0, 0, 540, 320, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [
        T('Offer status', 24, 24, 300, 16, 700, INK),
        T('Under review · usually 2 business days', 24, 60, 400, 14, 400, MUTED),
        btnFrame('Connect with a funding specialist', 24, 240, 320, 48, '#FFFFFF', {}, { color: TEAL }),
      ]),
      F('Cash runway', 560, 0, 540, 320, { fills: solid('#FFFFFF'), cornerRadius: 12 }, [
        T('Cash runway', 24, 24, 300, 16, 700, INK),
        R(gname('Rectangle'), 24, 70, 492, 150, { fills: solid('#EEF1F4'), cornerRadius: 6 }),
        T('Link your business bank account to chart how many months of expenses you can cover.', 40, 110, 460, 14, 400, MUTED),
        btnGroup('Link bank account', 24, 240, 220, 48, TEAL, go('platforms')),
      ]),
    ], { itemSpacing: 20 }),
  ], { itemSpacing: 24 }),
]);

// 9 Settings › Connections
function connRow(name, ref, first, last, y, syncing) {
  return F(gname('Frame'), 0, y, 1080, 84, { fills: solid('#FFFFFF'), strokes: solid('#E3E7EC'), cornerRadius: 10, layoutMode: 'HORIZONTAL' }, [
    logo(16, 22, 40, ref),
    AL('VERTICAL', 72, 16, 360, 52, [T(name, 0, 0, 360, 16, 600, INK), T(`Linked ${first}`, 0, 26, 360, 13, 400, MUTED)], { itemSpacing: 4 }),
    syncing
      ? G(gname('Group'), 480, 30, 160, 24, [V('Vector', 0, 2, 20, 20, { strokes: solid(TEAL), name: 'spinner' }), T('Syncing\u2026', 28, 2, 120, 14, 500, TEAL)])
      : T(`Last synced ${last}`, 480, 32, 220, 13, 400, MUTED),
    linkText('Disconnect', 900, 32, 100, '#C0392B'),
  ]);
}
const settings = F('Settings / Connections', col(8), 0, W, H, { fills: solid('#F7F9FB'), _key: 'settings' }, [
  topbar(), sidebar('Settings'),
  AL('VERTICAL', 280, 100, 1080, 880, [
    T('Connected systems', 0, 0, 800, 24, 700, INK),
    T('What we can see, and when we last looked.', 0, 40, 800, 14, 400, MUTED),
    connRow('QuickBooks Online', '2ca01c', 'Mar 3, 2026 · 9:14 AM', '2 hours ago', 90, false),
    connRow('Open Dental', '77ab31', 'Mar 3, 2026 · 9:20 AM', '', 190, true),
    connRow('Chase Business Checking ••4471 (USD)', '117aca', 'Mar 5, 2026 · 4:02 PM', 'yesterday, 6:00 PM', 290, false),
    F(gname('Frame'), 0, 520, 1080, 120, { strokes: solid('#F2C7C2'), cornerRadius: 10 }, [
      T('Danger zone', 24, 20, 300, 15, 700, '#C0392B'),
      btnFrame('Delete account', 24, 56, 180, 44, '#C0392B'),
    ]),
  ], { itemSpacing: 16 }),
]);

// 10 Help article
const help = F('Help / How linking works', col(9), 0, W, H, { fills: solid('#FFFFFF'), _key: 'help' }, [
  topbar([linkText('\u2190 Back', 1300, 26, 100, TEAL, back())]),
  AL('VERTICAL', 320, 110, 800, 820, [
    T('Funding FAQ', 0, 0, 800, 28, 700, INK),
    T('Why do you need my practice software?\nProduction and collections are the best signal of what a practice can repay.\n\nWill my patients\u2019 records be shared?\nNo. We only pull financial totals, never clinical notes.\n\nHow long does a decision take?\nMost offers are ready within 2 business days.', 0, 60, 800, 16, 400, INK),
  ], { itemSpacing: 20 }),
]);

// 11 Terms — dead end, no way out
const terms = F('Terms of Service', col(10), 0, W, H, { fills: solid('#FFFFFF'), _key: 'terms' }, [
  topbar(),
  T('Terms of Service', 320, 110, 800, 28, 700, INK),
  T('1. Eligibility\u2003Applicants must own a licensed dental practice in the United States.\n2. Credit decisions\u2003Offers are subject to underwriting.\n3. Fees\u2003See your offer for the total cost of capital.', 320, 170, 800, 15, 400, INK),
]);

// 12 Pricing — reachable from step 1, leads on to the hub
const pricing = F('Pricing', col(11), 0, W, H, { fills: solid('#FFFFFF'), _key: 'pricing' }, [
  topbar(),
  T('Simple, fixed-fee pricing', 320, 110, 800, 28, 700, INK),
  T('One flat fee from 4%. No prepayment penalty.', 320, 160, 800, 16, 400, MUTED),
  btnInstance(BTN_PRIMARY, 'Btn', 'Get my offer', 320, 230, 220, 52, go('hub')),
]);

// Welcome email, off the prototype path
const email = F('Email / Welcome', col(0), 1300, 680, 900, { fills: solid('#FFFFFF') }, [
  T('From: Cuspid Capital <hello@cuspidcapital.com>\nSubject: Welcome aboard, Dr. Ramos \u2014 your offer is 3 steps away', 40, 30, 600, 13, 400, MUTED),
  T('Let\u2019s get your practice funded', 40, 120, 600, 26, 700, INK),
  T('1\u2002Tell us about your practice (done!)\n2\u2002Link your practice software and books \u2014 this is what unlocks your offer\n3\u2002Review and accept', 40, 180, 600, 16, 400, INK),
  btnFrame('Link my software', 40, 320, 240, 52, TEAL, {}, { name: 'Button' }),
  T('Or reply to this email \u2014 a real person on our team reads every one.', 40, 400, 600, 14, 400, MUTED),
]);

const section = node('SECTION', 'Onboarding v3 — ready for dev', -40, -80, col(12), H + 120, { fills: solid('#FFFFFF', 0) },
  []);
const flowScreens = [signup, practice, hub, platforms, redirect, status, application, dash, settings, help, terms, pricing];
// section holds the screens; its children are positioned relative to it
for (const s of flowScreens) { s._x += 40; s._y += 80; section.children.push(s); }
const flowPage = canvas('Flow \u2014 Desktop', [section, email], { _start: 'signup', _startName: 'Onboarding' });

// ---- page 3: archive, page 0: cover
page(3);
const archive = canvas('Archive', [
  F('Link software (v1)', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
    T('Connect your accounts', 200, 200, 600, 28, 700, INK),
    btnFrame('Connect', 200, 260, 200, 52, TEAL),
  ]),
  F('Old signup', W + 200, 0, W, H, { fills: solid('#FFFFFF'), visible: false }, [T('Sign up', 200, 200, 400, 28, 700, INK)]),
]);
page(4);
const cover = canvas('Cover', [
  F('Cover', 0, 0, 1920, 960, { fills: solid(INK) }, [
    T('Cuspid Capital \u2014 Practice onboarding', 120, 380, 1400, 64, 700, '#FFFFFF'),
    T('Status: In review \u00b7 Owner: Product design', 120, 500, 1200, 24, 400, '#B8C4D6'),
    R(gname('Rectangle'), 1500, 120, 300, 300, { fills: image('c0ffee41') }),
  ]),
]);

const { doc } = finish({ name: NAME, pages: [cover, flowPage, componentsPage, archive], components: { ...comps, ...navComps }, componentSets: { ...sets, ...navSets } });
write(new URL(`../${NAME}.json`, import.meta.url), doc);
console.log(NAME, countNodes(doc), 'nodes');


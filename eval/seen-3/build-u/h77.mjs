// h77: payroll for US restaurant groups, iPad portrait (834x1194). The flow page
// uses the older prototype fields (transitionNodeID, prototypeStartNodeID).
import { Doc, goOld, go, canvas, finish, WRITTEN_BY } from './lib.mjs';

const d = new Doc(77);
const W = 834;
const H = 1194;
const INK = '#1c1917';
const MUTED = '#6b625c';
const RED = '#c2410c';

// ---- page 3: parts ---------------------------------------------------------
d.setPage(3, 10);
const cPrimary = d.component('Type=Primary', 20, 20, 320, 56, [d.T('Button', 0, 17, { size: 17, weight: 600, color: '#ffffff', w: 320, align: 'CENTER' })], { fill: RED, radius: 28 });
const cSecondary = d.component('Type=Secondary', 20, 96, 320, 56, [d.T('Button', 0, 17, { size: 17, weight: 600, color: RED, w: 320, align: 'CENTER' })], { fill: '#fff7ed', radius: 28 });
const btnSet = d.componentSet('Btn', 40, 40, 360, 172, [cPrimary, cSecondary]);
const cRow = d.component('List row', 20, 20, 754, 88, [d.V('Vector', 20, 24, 40, 40), d.T('Title', 76, 22, { size: 17, weight: 600 }), d.T('Subtitle', 76, 48, { size: 14, color: MUTED })], { fill: '#ffffff', radius: 12 });
const rowSet = d.componentSet('Row', 440, 40, 800, 128, [cRow]);
const partsPage = canvas(d, 'Parts', [btnSet, rowSet], { bg: '#f5f5f5' });

// ---- page 1: flow (older prototype fields) --------------------------------
d.setPage(1);
const scr = (name) => d.F(name, 0, 0, W, H, { fill: '#fffbf7' });
const S1 = scr('Sign up');
const S2 = scr('Group details');
const S3 = scr('Locations');
const T = scr('Terms of Service');
const S4 = scr('Connect data');
const S5 = scr('Pick systems');
const S6 = scr('Toast login');
const S7 = scr('Syncing');
const S8 = scr('Connected systems');
const S9 = scr('Team roster');
const S10 = scr('Payroll home');
const S11 = scr('Integrations');
const S12 = scr('Disconnect sheet');

const statusBar = () => d.G('iPad status bar', 0, 0, W, 24, [
  d.T('9:41 AM  Mon Mar 3', 20, 4, { size: 12, weight: 600, family: 'SF Pro Text' }),
  d.V('Wifi', W - 70, 6, 15, 11, { fill: '#000000' }),
  d.V('Battery', W - 48, 6, 27, 12, { fill: '#000000' }),
]);
const header = (title, sub) => d.AL(d.auto('Frame'), 40, 72, W - 80, 110, 'VERTICAL', { gap: 10 }, [
  d.T(title, 0, 0, { size: 28, weight: 700, color: INK }),
  ...(sub ? [d.T(sub, 0, 48, { size: 16, color: MUTED, w: W - 80 })] : []),
]);
const primary = (label, y, dest) => goOld(d.btnInst(label, cPrimary.id, 40, y, W - 80, 56, { fill: RED, radius: 28, size: 17, name: 'Btn' }), dest);
function tabBar(active, links) {
  const tabs = ['Home', 'Runs', 'People', 'Integrations'];
  return d.F('Tab bar', 0, H - 84, W, 84, { fill: '#ffffff', stroke: '#ece5df', layoutMode: 'HORIZONTAL' }, tabs.map((t, i) => {
    const g = d.G(d.auto('Group'), i * (W / 4), 10, W / 4, 50, [
      d.V('Vector', W / 8 - 12, 0, 24, 24, { fill: t === active ? RED : '#a8a29e' }),
      d.T(t, 0, 30, { size: 12, weight: 500, color: t === active ? RED : '#78716c', w: W / 4, align: 'CENTER' }),
    ]);
    if (links[t]) goOld(g, links[t]);
    return g;
  }));
}

// S1 sign up
{
  const start = d.btnGroup('Get started', 40, 560, W - 80, 56, { fill: RED, radius: 28, vector: true, size: 17 });
  goOld(start, S2);
  const terms = d.T('By continuing you agree to our Terms of Service.', 40, 636, { size: 13, color: MUTED, deco: 'UNDERLINE' });
  goOld(terms, T);
  S1.children.push(statusBar(),
    d.V('Brigade mark', 40, 64, 36, 36, { fill: RED }),
    d.T('Brigade', 84, 68, { size: 22, weight: 800, color: INK }),
    header('Payroll built for the back of house', 'Hours, tips and overtime across every location — ready for payday.'),
    d.AL('Form', 40, 230, W - 80, 310, 'VERTICAL', { gap: 14 }, [
      d.input('Full name', 'Marcus Bell', 0, 0, W - 80, { radius: 10 }),
      d.input('Work email', 'marcus@figandthistle.com', 0, 80, W - 80, { radius: 10 }),
      d.input('Password', '••••••••••••', 0, 160, W - 80, { radius: 10 }),
    ]),
    start, terms,
    d.T('Already have an account? Sign in', 40, 670, { size: 14, color: RED }),
    d.F(d.auto('Frame'), 40, 760, W - 80, 250, { fill: '#fff1e6', radius: 16, layoutMode: 'VERTICAL', itemSpacing: 12, paddingLeft: 24 }, [
      d.T('★★★★★  4.8 average from 1,100 reviews', 24, 24, { size: 14, weight: 600, color: '#b45309' }),
      d.T('“We run payroll for 14 restaurants in under an hour now. Tips used to\ntake my GMs all of Monday.”', 24, 54, { size: 17, weight: 500, color: INK }),
      d.T('Marcus Bell, Director of Operations, Fig & Thistle Hospitality Group', 24, 118, { size: 13, color: MUTED }),
      d.T('3,200 restaurant groups and 410,000 cooks, servers and bartenders are paid through Brigade.', 24, 170, { size: 13, weight: 600, color: INK, w: W - 130 }),
    ]),
    d.T('Free for 30 days — cancel anytime, no card needed.', 40, 1040, { size: 13, color: MUTED }),
  );
}

// T terms (dead end)
T.children.push(statusBar(), header('Terms of Service', 'Last updated January 6, 2025'),
  d.T('1. Acceptance of terms\nBy creating an account you agree to these terms on behalf of your company.\n\n2. Subscription and billing\nPlans renew monthly. You may cancel your subscription anytime from Billing.\n\n3. Payroll responsibilities\nYou remain responsible for the accuracy of hours, tips and tax information…', 40, 200, { size: 15, color: INK, w: W - 80 }),
);

// S2 group details
S2.children.push(statusBar(), header('Tell us about your group', 'We use this to set up tax filings for each state you operate in.'),
  d.AL('Form', 40, 220, W - 80, 420, 'VERTICAL', { gap: 14 }, [
    d.input('Legal business name', 'Fig & Thistle Hospitality LLC', 0, 0, W - 80, { radius: 10 }),
    d.input('EIN', '12-3456789', 0, 80, W - 80, { radius: 10 }),
    d.AL(d.auto('Frame'), 0, 160, W - 80, 66, 'HORIZONTAL', { gap: 16 }, [
      d.input('Locations', '3', 0, 0, 360, { radius: 10 }),
      d.input('Pay frequency', 'Every two weeks', 376, 0, 361, { radius: 10 }),
    ]),
    d.input('First pay date', 'Mar 21, 2025', 0, 240, W - 80, { radius: 10 }),
  ]),
  primary('Next', 1060, S3),
);

// S3 locations
S3.children.push(statusBar(), header('Your locations', 'Add each restaurant that runs payroll under this EIN.'),
  d.AL('List', 40, 220, W - 80, 400, 'VERTICAL', { gap: 12 }, [
    ['Fig & Thistle — Midtown', '210 W 38th St, New York, NY 10018'],
    ['Fig & Thistle — Hoboken', '88 Washington St, Hoboken, NJ 07030'],
    ['Linkwood Tavern', '415 Grove St, Jersey City, NJ 07302'],
  ].map(([n, a], i) => d.I('List row', cRow.id, 0, i * 100, W - 80, 88, [d.V('Vector', 20, 24, 40, 40, { fill: '#fdba74' }), d.T(n, 76, 22, { size: 17, weight: 600, color: INK }), d.T(a, 76, 48, { size: 14, color: MUTED })], { fill: '#ffffff', radius: 12 }))),
  d.T('+ Add location', 40, 540, { size: 16, weight: 600, color: RED }),
  primary('Next', 1060, S4),
);

// S4 connect data (decision point)
{
  const later = d.T('I’ll do this later', 0, 0, { size: 16, weight: 500, color: MUTED, w: W - 80, align: 'CENTER' });
  goOld(later, S10);
  S4.children.push(statusBar(),
    d.V('Illustration', 217, 80, 400, 260, { fill: '#fed7aa' }),
    d.AL('Copy', 40, 380, W - 80, 420, 'VERTICAL', { gap: 18 }, [
      d.T('Let your POS do the timesheets', 0, 0, { size: 28, weight: 700, color: INK }),
      d.T('Every paycheck starts from real hours and real tips — no more re-keying punches on Monday morning.', 0, 48, { size: 17, color: INK, w: W - 80 }),
      d.T('Brigade reads clock-ins, clock-outs, declared tips and net sales from your point of sale, plus scheduled\nshifts from your scheduling app, to calculate gross pay and tip pools. We only read this data — nothing\nis changed in your POS.', 0, 110, { size: 15, color: MUTED, w: W - 80 }),
    ]),
    d.AL(d.auto('Frame'), 40, 900, W - 80, 110, 'VERTICAL', { gap: 16 }, [
      primary('Connect your POS', 0, S5),
      later,
    ]),
    d.T('Questions? Call (888)\u00a0555-0142  ·  Chat with us  ·  payroll@brigadehq.com', 40, 1120, { size: 13, color: MUTED, w: W - 80, align: 'CENTER' }),
  );
  S4.children[3].children[0]._x = 0;
  S4.children[3].children[0]._y = 0;
}

// S5 pick systems
{
  const logo = { 'Toast POS': 'c1a0', 'Square for Restaurants': 'c2a0', Clover: 'c3a0', 'Lightspeed Restaurant (K-Series)': 'c4a0', '7shifts': 'c5a0', HotSchedules: 'c6a0', Homebase: 'c7a0', 'When I Work': 'c8a0' };
  const card = (n, i) => {
    const x = (i % 2) * 385;
    const y = Math.floor(i / 2) * 96;
    const c = d.F(d.auto('Frame'), x, y, 369, 84, { fill: '#ffffff', stroke: '#ece5df', radius: 14 }, [
      d.logoImg(`${logo[n]}77e1d0f3b2`, 18, 18, 48, { radius: 10 }),
      d.T(n, 80, 30, { size: 16, weight: 600, color: INK }),
    ]);
    return c;
  };
  const pos = ['Toast POS', 'Square for Restaurants', 'Clover', 'Lightspeed Restaurant (K-Series)'].map(card);
  goOld(pos[0], S6);
  const sched = ['7shifts', 'HotSchedules', 'Homebase', 'When I Work'].map(card);
  S5.children.push(statusBar(), header('Which systems do you use?', 'Pick your point of sale first. You can add scheduling now or later.'),
    d.AL('Content', 40, 220, W - 80, 800, 'VERTICAL', { gap: 16 }, [
      d.T('Point of sale', 0, 0, { size: 20, weight: 700, color: INK }),
      d.F(d.auto('Frame'), 0, 36, W - 80, 180, { layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 16 }, pos),
      d.T('Scheduling', 0, 240, { size: 20, weight: 700, color: INK }),
      d.F(d.auto('Frame'), 0, 276, W - 80, 180, { layoutMode: 'HORIZONTAL', layoutWrap: 'WRAP', itemSpacing: 16 }, sched),
      d.F(d.auto('Frame'), 0, 480, W - 80, 150, { fill: '#f5f5f4', radius: 14, layoutMode: 'VERTICAL', itemSpacing: 8, paddingLeft: 20 }, [
        d.T('Don’t see your POS?', 20, 20, { size: 16, weight: 600, color: INK }),
        d.T('Upload a timecard export (CSV or XLSX) each pay period instead.', 20, 48, { size: 14, color: MUTED }),
        d.T('Upload file', 20, 82, { size: 15, weight: 600, color: RED, deco: 'UNDERLINE' }),
      ]),
      d.T('Not the one with the logins? Send this step to your GM ›', 0, 660, { size: 15, weight: 500, color: RED }),
    ]),
  );
}

// S6 Toast login (third-party page mock)
S6.fills = [{ blendMode: 'NORMAL', type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 } }];
{
  const cont = d.btnFrame('Continue', 0, 220, 420, 52, { fill: '#ff6a00', radius: 6, size: 16 });
  goOld(cont, S7);
  S6.children.push(statusBar(), d.F('Safari bar', 0, 24, W, 50, { fill: '#f2f2f7' }, [d.T('auth.toasttab.com', 340, 16, { size: 14, color: '#3c3c43' })]),
    d.AL(d.auto('Frame'), 207, 260, 420, 300, 'VERTICAL', { gap: 16 }, [
      d.R(null, 160, 0, 100, 40, { image: 'c1a077e1d0f3b2' }),
      d.T('Log in to Toast', 0, 60, { size: 24, weight: 700, color: '#252525', w: 420, align: 'CENTER' }),
      d.input('Email', 'marcus@figandthistle.com', 0, 100, 420, { radius: 6 }),
      cont,
      d.T('Brigade Payroll would like to view labor and sales data for 2 locations.', 0, 290, { size: 13, color: '#555555', w: 420, align: 'CENTER' }),
    ]),
  );
}

// S7 syncing
{
  const sp = d.G('loading', 377, 480, 80, 80, [d.R('Ellipse', 0, 0, 80, 80, { fill: '#ffedd5', ellipse: true }), d.V('Vector', 40, 0, 40, 40, { fill: RED })]);
  goOld(sp, S8);
  S7.children.push(statusBar(), sp,
    d.T('Pulling shifts and tips from Toast…', 117, 590, { size: 22, weight: 600, color: INK, w: 600, align: 'CENTER' }),
    d.T('This can take a couple of minutes for multiple locations.', 117, 630, { size: 15, color: MUTED, w: 600, align: 'CENTER' }),
  );
}

// S8 connected systems
{
  const add = d.btnInst('+ Add another system', cSecondary.id, 0, 0, W - 80, 56, { fill: '#fff7ed', color: RED, radius: 28, size: 17, name: 'Btn' });
  goOld(add, S5);
  const row = (n, s, c, logo) => d.I('List row', cRow.id, 0, 0, W - 80, 88, [
    d.logoImg(logo, 20, 20, 48, { radius: 10 }),
    d.T(n, 84, 20, { size: 17, weight: 600, color: INK }),
    d.T(s, 84, 48, { size: 14, weight: 600, color: c }),
  ], { fill: '#ffffff', radius: 12 });
  S8.children.push(statusBar(), header('Your systems', 'Fig & Thistle Hospitality Group'),
    d.AL('List', 40, 220, W - 80, 500, 'VERTICAL', { gap: 12 }, [
      row('Toast POS', 'Connected ✓  ·  Midtown, Hoboken', '#15803d', 'c1a077e1d0f3b2'),
      row('7shifts', 'Waiting on your GM to approve', '#b45309', 'c5a077e1d0f3b2'),
      row('Clover — Linkwood Tavern', 'Not connected', '#78716c', 'c3a077e1d0f3b2'),
      add,
    ]),
    primary('Review team', 1060, S9),
  );
}

// S9 team roster prefilled from the POS
{
  const people = [['Dana Ortiz', 'Line Cook · Midtown', '$19.50/hr'], ['Jamal Reed', 'Server · Midtown', '$10.00/hr + tips'], ['Priya Nair', 'Bartender · Hoboken', '$12.00/hr + tips'], ['Luis Hernández', 'Sous Chef · Hoboken', '$64,000/yr'], ['Kim Tran', 'Host · Midtown', '$17.00/hr']];
  S9.children.push(statusBar(), header('Check your team', 'We found 48 employees in Toast and filled in their roles and pay rates. Fix anything that looks off.'),
    d.searchField('Search team', 40, 210, W - 80, 44, { radius: 22 }),
    d.AL('Roster', 40, 270, W - 80, 700, 'VERTICAL', { gap: 0 }, people.map(([n, r, p], i) => d.F(d.auto('Frame'), 0, i * 72, W - 80, 72, { fill: '#ffffff', stroke: '#f0ebe6' }, [
      d.T(n, 16, 14, { size: 16, weight: 600, color: INK }),
      d.T(r, 16, 40, { size: 13, color: MUTED }),
      d.T(p, W - 280, 24, { size: 15, color: INK, w: 180, align: 'RIGHT' }),
    ]))),
    d.T('Imported from Toast POS on Mar 3, 6:14 AM', 40, 1000, { size: 13, color: MUTED }),
    primary('Looks good', 1060, S10),
  );
}

// S10 payroll home with contextual connect prompt
{
  const clover = d.btnFrame('Connect Clover', 24, 110, 200, 44, { fill: RED, radius: 22, size: 15 });
  goOld(clover, S5);
  S10.children.push(statusBar(), header('Good morning, Marcus', null),
    d.AL('Cards', 40, 140, W - 80, 800, 'VERTICAL', { gap: 16 }, [
      d.F(d.auto('Frame'), 0, 0, W - 80, 170, { fill: '#ffffff', radius: 16, stroke: '#ece5df' }, [
        d.T('Next payroll', 24, 20, { size: 14, color: MUTED }),
        d.T('Mar 3 – Mar 16  ·  pays Mar 21', 24, 44, { size: 22, weight: 700, color: INK }),
        d.T('1,912 hours  ·  $41,280 gross  ·  $9,615 tips', 24, 84, { size: 15, color: INK }),
        d.btnGroup('Preview run', 24, 116, 160, 40, { fill: INK, radius: 20, size: 14 }),
      ]),
      d.F(d.auto('Frame'), 0, 186, W - 80, 180, { fill: '#fff7ed', radius: 16 }, [
        d.T('🍽️ Tip pooling', 24, 20, { size: 18, weight: 700, color: INK }),
        d.T('Linkwood Tavern isn’t in your tip pool yet. Connect its Clover register\nso house tips are split on real sales.', 24, 50, { size: 15, color: INK }),
        clover,
      ]),
      d.F(d.auto('Frame'), 0, 382, W - 80, 150, { fill: '#ffffff', radius: 16, stroke: '#ece5df' }, [
        d.T('Overtime watch', 24, 20, { size: 18, weight: 700, color: INK }),
        d.T('3 team members are close to 40 hours this week.', 24, 54, { size: 15, color: MUTED }),
      ]),
    ]),
    tabBar('Home', { Integrations: S11 }),
  );
}

// S11 integrations
{
  const dis = d.T('Disconnect', 0, 0, { size: 15, weight: 600, color: '#b91c1c' });
  goOld(dis, S12);
  const item = (n, meta, last, extra = []) => d.F(d.auto('Frame'), 0, 0, W - 80, 150, { fill: '#ffffff', radius: 14, stroke: '#ece5df', layoutMode: 'VERTICAL', itemSpacing: 6, paddingLeft: 20 }, [
    d.T(n, 20, 18, { size: 18, weight: 700, color: INK }),
    d.T(meta, 20, 46, { size: 14, color: MUTED }),
    d.T(last, 20, 70, { size: 14, color: MUTED }),
    d.AL(d.auto('Frame'), 20, 104, 400, 28, 'HORIZONTAL', { gap: 28 }, [d.T('Sync now', 0, 0, { size: 15, weight: 600, color: RED }), ...extra]),
  ]);
  S11.children.push(statusBar(), header('Integrations', 'Where your hours, tips and schedules come from.'),
    d.AL('List', 40, 200, W - 80, 700, 'VERTICAL', { gap: 14 }, [
      item('Toast POS', 'Midtown, Hoboken  ·  connected Mar 3, 2025', 'Last sync today at 6:02 AM  ·  1,912 punches this period', [dis]),
      item('7shifts', 'All locations  ·  connected Mar 3, 2025', 'Last sync today at 5:58 AM', [d.T('Disconnect', 0, 0, { size: 15, weight: 600, color: '#b91c1c' })]),
    ]),
    d.T('Remove location', 40, 960, { size: 14, color: MUTED }),
    tabBar('Integrations', { Home: S10 }),
  );
}

// S12 disconnect sheet
{
  const yes = d.btnFrame('Disconnect Toast POS', 40, 170, W - 80, 56, { fill: '#b91c1c', radius: 28, size: 17 });
  goOld(yes, S11);
  const no = d.T('Cancel', 40, 246, { size: 17, weight: 600, color: INK, w: W - 80, align: 'CENTER' });
  goOld(no, S11);
  S12.children.push(d.R('Dim', 0, 0, W, H, { fill: '#000000' }), d.F('Sheet', 0, H - 340, W, 340, { fill: '#ffffff', radius: 24 }, [
    d.T('Disconnect Toast POS?', 40, 36, { size: 24, weight: 700, color: INK }),
    d.T('Brigade will lose access to Toast right away. Hours and tips stop syncing, so\nyou’ll need to enter timecards by hand for Midtown and Hoboken.', 40, 80, { size: 15, color: MUTED }),
    yes, no,
  ]));
  S12.children[0].fills[0].color.a = 0.4;
}

const frames = [S1, S2, S3, T, S4, S5, S6, S7, S8, S9, S10, S11, S12];
frames.forEach((f, i) => { f._x = (i % 7) * 1000; f._y = Math.floor(i / 7) * 1400; });
const flowPage = canvas(d, 'Onboarding flow (2023 proto)', frames, { prototypeStart: S1, oldStyle: true, device: 'APPLE_IPAD_PRO_11' });

// ---- page 2: settings redesign, newer interactions, no starting point -----
d.setPage(2);
const v2 = d.F('Integrations v2 (WIP)', 0, 0, W, H, { fill: '#fffbf7' });
const v2detail = d.F('Toast detail v2 (WIP)', 1000, 0, W, H, { fill: '#fffbf7' });
{
  const toastRow = d.I('List row', cRow.id, 40, 200, W - 80, 88, [d.logoImg('c1a077e1d0f3b2', 20, 20, 48, { radius: 10 }), d.T('Toast POS', 84, 20, { size: 17, weight: 600, color: INK }), d.T('Connected ✓ · synced 6:02 AM', 84, 48, { size: 14, color: '#15803d' })], { fill: '#ffffff', radius: 12 });
  go(toastRow, v2detail);
  v2.children.push(statusBar(), header('Integrations', null), toastRow,
    d.T('Sticky note: confirm with eng whether nightly auto-sync replaces “Sync now”.', 40, 900, { size: 13, color: '#92400e' }));
  const bk = d.T('‹ Integrations', 40, 40, { size: 16, color: RED });
  go(bk, v2);
  v2detail.children.push(statusBar(), bk, header('Toast POS', 'Midtown · Hoboken'),
    d.T('Connected Mar 3, 2025, 6:14 AM\nLast sync today at 6:02 AM\nData: time entries, tips, net sales', 40, 220, { size: 15, color: INK }));
}
const wipPage = canvas(d, 'Settings v2 — WIP', [v2, v2detail], { bg: '#2c2c2c' });

const truth = {
  file: 'h77-restaurant-group-payroll-tablet.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iPad portrait onboarding for a US restaurant-group payroll product: sign-up, group details and locations, then connecting a POS (Toast, Square, Clover) and scheduling software; the flow page uses the older transitionNodeID / prototypeStartNodeID fields.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas',
    'privacy.data-scope', 'privacy.statistics', 'privacy.support-contacts',
    'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'value.faq-link', 'value.progress-meter',
    'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.search',
  ],
  notes: {
    'funnel.three-actions': 'Sign up → group details → locations → connect screen: 3 steps.',
    'value.three-part': 'Benefit headline and line, what is read from the POS and why, one "Connect your POS" button.',
    'funnel.prefill': 'Team roster filled in from Toast (roles, pay rates) after connecting.',
    'privacy.statistics': '"3,200 restaurant groups and 410,000 … are paid through Brigade" on sign-up.',
    'platform.non-linear': '"I’ll do this later" and "Send this step to your GM".',
    'privacy.disconnect-anytime': 'Only "cancel anytime" about the subscription trial.',
    'platform.explain-redirect': 'The Toast login page just appears; nothing says the user will be sent to Toast and back.',
    'platform.search': 'Only a team-member search on the roster; the eight systems have no search.',
    'privacy.consent-action': 'No checkbox; only "By continuing you agree to our Terms" on sign-up.',
  },
  flow: { startFrameId: S1.id, connectFrameId: S4.id, stepsToConnect: 3, deadEnds: [T.id] },
};

finish(d, 'Brigade Payroll — iPad onboarding', [flowPage, wipPage, partsPage], '2025-03-04T21:07:55Z', truth);

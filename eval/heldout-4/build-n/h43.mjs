// h43 — payroll and scheduling for cleaning companies, mobile 390x844, UK English.
// Older file: most links are transitionNodeID; the page uses prototypeStartNodeID.
import {
  page, node, F, G, R, V, T, AL, go, back, oldLink, solid, image, btnInstance, btnFrame, btnGroup,
  linkText, checkbox, search, logo, componentSet, canvas, finish, write, countNodes, gname,
} from './lib.mjs';

const NAME = 'h43-cleaning-company-payroll-mobile';
const W = 390;
const H = 844;
const INK = '#102A43';
const MINT = '#12B886';
const MUTED = '#627D98';
const BG = '#F5FAF8';

page(11);
const [btnSet, comps, sets, [CTA, CTA_HOVER]] = componentSet('Button', 40, 40, [
  { name: 'Type=Primary, State=Default', label: 'Continue', bg: MINT, w: 342, h: 52 },
  { name: 'Type=Primary, State=Hover', label: 'Continue', bg: '#0CA678', w: 342, h: 52 },
  { name: 'Type=Primary, State=Disabled', label: 'Continue', bg: '#C3E8DA', w: 342, h: 52 },
], 'c43btn');
btnSet.children[0].interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: CTA_HOVER, navigation: 'CHANGE_TO', transition: null }] }];
const [tabSet, tabComps, tabSets, [TAB]] = componentSet('Tab bar / item', 440, 40, [{ name: 'Active=False', label: 'Rota', bg: '#FFFFFF', color: MUTED, w: 78, h: 56 }], 'c43tab');
const compPage = canvas('Components', [btnSet, tabSet, T('Use Primary for the one main action per screen.', 40, 300, 300, 11, 400, MUTED)]);

page(12);
const sb = () => F(gname('Frame'), 0, 0, W, 44, {}, [T('9:41', 24, 14, 50, 15, 600, INK), V('Vector', 330, 16, 40, 12, { fills: solid(INK) })]);
const hdr = (title, backLink) => F(gname('Frame'), 0, 44, W, 52, {}, [
  ...(backLink ? [V('Vector', 16, 16, 20, 20, { fills: solid(INK), ...backLink })] : []),
  T(title, 56, 14, 280, 17, 600, INK),
]);
const tabs = (active) => AL('HORIZONTAL', 0, H - 84, W, 84, ['Home', 'Rota', 'Pay', 'Settings'].map((t, i) =>
  btnInstance(TAB, 'Tab bar / item', t, i * 97, 0, 97, 56, t === 'Settings' ? oldLink('s09') : t === 'Home' ? oldLink('s08') : {}, t === active ? MINT : MUTED)), { fills: solid('#FFFFFF'), strokes: solid('#E4EBF0'), name: 'Tab bar' });
const field = (l, v, y) => AL('VERTICAL', 0, y, 342, 76, [T(l, 0, 0, 342, 13, 600, MUTED), F(gname('Frame'), 0, 22, 342, 48, { fills: solid('#FFFFFF'), strokes: solid('#D9E2EC'), cornerRadius: 10 }, [T(v, 14, 14, 300, 16, 400, INK)])], { itemSpacing: 6 });

const s01 = F('01 Sign up', 0, 0, W, H, { fills: solid(BG), _key: 's01' }, [
  sb(),
  AL('VERTICAL', 24, 80, 342, 720, [
    G('Logo', 0, 0, 160, 32, [V('Vector', 0, 0, 32, 32, { fills: solid(MINT) }), T('Mopwage', 40, 4, 120, 20, 700, INK)]),
    T('Pay your cleaners right, every time', 0, 60, 342, 26, 700, INK),
    field('Your name', 'Shona McAllister', 150),
    field('Company', 'Linkwell Cleaning Services Ltd', 236),
    field('Email', 'shona@linkwellcleaning.co.uk', 322),
    btnInstance(CTA, 'Type=Primary, State=Default', 'Create my account', 0, 420, 342, 52, oldLink('s02')),
    AL('HORIZONTAL', 0, 490, 342, 20, [T('By continuing you accept our', 0, 0, 200, 12, 400, MUTED), linkText('Terms', 204, 0, 60, MINT, oldLink('s11'), true, 12)], { itemSpacing: 4 }),
  ], { itemSpacing: 16 }),
]);

const s02 = F('02 Verify', W + 80, 0, W, H, { fills: solid(BG), _key: 's02' }, [
  sb(), hdr('Check your phone', back()),
  AL('VERTICAL', 24, 120, 342, 600, [
    T('We\u2019ve texted a 6-digit code to 07700\u00a0900\u00a0418', 0, 0, 342, 16, 400, INK),
    AL('HORIZONTAL', 0, 60, 342, 56, Array.from({ length: 6 }, (_, i) => F(gname('Frame'), i * 56, 0, 48, 56, { fills: solid('#FFFFFF'), strokes: solid(i < 6 ? MINT : '#D9E2EC'), cornerRadius: 8 }, [T(String((i * 7 + 3) % 10), 16, 14, 20, 22, 600, INK)])), { itemSpacing: 8 }),
    btnGroup('Verify', 0, 160, 342, 52, MINT, oldLink('s03'), { radius: 12 }),
  ], { itemSpacing: 24 }),
]);

const s03 = F('03 Connect', 2 * (W + 80), 0, W, H, { fills: solid(BG), _key: 's03' }, [
  sb(), hdr('Set up pay'),
  AL('VERTICAL', 24, 110, 342, 700, [
    R(gname('Rectangle'), 0, 0, 342, 150, { fills: image('c43illo'), cornerRadius: 16 }),
    T('Sync your rotas and payroll in one go', 0, 170, 342, 22, 700, INK),
    AL('VERTICAL', 0, 220, 342, 260, [
      T('\u2705\u2002Hours flow straight from the rota into the pay run \u2014 no more retyping timesheets on a Sunday night.', 0, 0, 342, 15, 400, INK),
      T('\ud83d\udd0d\u2002We read shifts and hours from your rota app and past pay runs from your payroll. Your bank feed lets us check there\u2019s enough in the account to cover wages.', 0, 80, 342, 15, 400, INK),
      T('\ud83d\udc49\u2002Next: connect your rota app, payroll and business bank.', 0, 190, 342, 15, 600, INK),
    ], { itemSpacing: 14 }),
    btnInstance(CTA, 'Type=Primary, State=Default', 'Connect your tools', 0, 520, 342, 52, go('s04', 'OVERLAY')),
    linkText('Why do we ask? Read the FAQs', 0, 590, 342, MINT, oldLink('s10'), true),
    T('Trusted by 2,000+ UK cleaning firms', 0, 630, 342, 13, 600, MUTED, { visible: false }),
  ], { itemSpacing: 16 }),
]);

const s04 = F('04 Consent sheet', 3 * (W + 80), 300, W, 544, { fills: solid('#FFFFFF'), cornerRadius: 20, _key: 's04' }, [
  R(gname('Rectangle'), 171, 10, 48, 5, { fills: solid('#D9E2EC'), cornerRadius: 3 }),
  AL('VERTICAL', 24, 36, 342, 480, [
    T('Before we connect', 0, 0, 342, 20, 700, INK),
    T('Read-only and encrypted end to end. We\u2019ll never pass your data to third parties without asking you first.\n\nYou can revoke access whenever you like in Settings \u203a Connected apps.', 0, 40, 342, 14, 400, INK),
    AL('HORIZONTAL', 0, 220, 342, 60, [
      checkbox('VECTOR', 0, 2, MINT),
      AL('VERTICAL', 32, 0, 310, 60, [
        T('I\u2019m happy for Mopwage to read my rota, payroll and bank data as set out in the', 0, 0, 310, 14, 400, INK),
        linkText('Privacy Notice', 0, 40, 120, MINT, {}, true),
      ], { itemSpacing: 2 }),
    ], { itemSpacing: 12 }),
    btnFrame('Agree & continue', 0, 320, 342, 52, MINT, oldLink('s05'), { radius: 12, name: 'cta/primary' }),
  ], { itemSpacing: 16 }),
]);

const app = (name, ref, y, link) => AL('HORIZONTAL', 0, y, 342, 60, [logo(12, 12, 36, ref), T(name, 60, 20, 220, 15, 600, INK), V('Vector', 310, 22, 10, 16, { fills: solid(MUTED) })], { fills: solid('#FFFFFF'), cornerRadius: 12, paddingLeft: 12, ...link });
const cat = (title, items) => AL('VERTICAL', 0, 0, 342, 40 + items.length * 68, [T(title, 0, 0, 342, 18, 700, INK), ...items.map(([n, r], i) => app(n, r, 34 + i * 68, oldLink('s06')))], { itemSpacing: 8 });
const s05 = F('05 Choose apps', 4 * (W + 80), 0, W, H, { fills: solid(BG), _key: 's05' }, [
  sb(), hdr('Choose your apps', back()),
  AL('VERTICAL', 24, 104, 342, 720, [
    search('Search apps and banks', 0, 0, 342, 44, 'Search'),
    cat('Rota & scheduling', [['Deputy', 'c43d'], ['RotaCloud', 'c43r'], ['When I Work', 'c43w']]),
    cat('Payroll', [['Sage Payroll', 'c43s'], ['Xero Payroll (UK)', 'c43x'], ['BrightPay Cloud', 'c43b']]),
    cat('Bank accounts', [['Starling Bank \u2013 Business', 'c43st'], ['Barclays Business', 'c43ba']]),
    T('Still on spreadsheets? ', 0, 0, 342, 14, 400, INK),
    linkText('Upload a CSV of hours instead', 0, 0, 342, MINT, {}, true),
  ], { itemSpacing: 18 }),
]);

const s06 = F('06 Authorise', 5 * (W + 80), 0, W, H, { fills: solid(BG), _key: 's06' }, [
  sb(), hdr('Starling Bank', back()),
  AL('VERTICAL', 24, 140, 342, 600, [
    AL('HORIZONTAL', 91, 0, 160, 56, [logo(0, 0, 56, 'c43m'), V('Vector', 68, 20, 24, 16, { fills: solid(MUTED) }), logo(104, 0, 56, 'c43st')], { itemSpacing: 12 }),
    T('You\u2019ll be sent to the Starling app to approve access. Once you\u2019ve authorised it, you\u2019ll come straight back here.', 0, 90, 342, 16, 400, INK),
    btnInstance(CTA, 'Type=Primary, State=Default', 'Go to Starling', 0, 240, 342, 52, oldLink('s07')),
  ], { itemSpacing: 24 }),
]);

const stat = (n, r, s, c, y) => AL('HORIZONTAL', 0, y, 342, 60, [logo(12, 12, 36, r), T(n, 60, 20, 170, 15, 600, INK), T(s, 232, 22, 100, 12, 600, c)], { fills: solid('#FFFFFF'), cornerRadius: 12, paddingLeft: 12 });
const s07 = F('07 Your apps', 6 * (W + 80), 0, W, H, { fills: solid(BG), _key: 's07' }, [
  sb(), hdr('Your apps'),
  AL('VERTICAL', 24, 110, 342, 700, [
    AL('VERTICAL', 0, 0, 342, 40, [T('2 of 3 connected', 0, 0, 342, 13, 600, MUTED), F(gname('Frame'), 0, 22, 342, 8, { fills: solid('#E4EBF0'), cornerRadius: 4 }, [R(gname('Rectangle'), 0, 0, 228, 8, { fills: solid(MINT), cornerRadius: 4 })])], { itemSpacing: 6 }),
    stat('Deputy', 'c43d', 'Connected', MINT, 60),
    stat('Starling Bank', 'c43st', 'Connected', MINT, 128),
    stat('Sage Payroll', 'c43s', 'Awaiting approval', '#D9480F', 196),
    linkText('+ Add another', 0, 270, 200, MINT, oldLink('s05')),
    T('Payroll not yours to sort? Ask a teammate \u00b7 Finish later', 0, 310, 342, 14, 500, MINT),
    btnInstance(CTA, 'Type=Primary, State=Default', 'Go to dashboard', 0, 380, 342, 52, oldLink('s08')),
  ], { itemSpacing: 14 }),
]);

const s08 = F('08 Home', 7 * (W + 80), 0, W, H, { fills: solid(BG), _key: 's08' }, [
  sb(), hdr('Hiya, Shona'),
  AL('VERTICAL', 24, 110, 342, 620, [
    F(gname('Frame'), 0, 0, 342, 140, { fills: solid(INK), cornerRadius: 16 }, [T('Next pay run', 16, 16, 300, 13, 500, '#BCCCDC'), T('Fri 28 Nov \u00b7 \u00a314,280.50', 16, 44, 310, 22, 700, '#FFFFFF'), T('23 cleaners \u00b7 412 hours', 16, 90, 300, 13, 400, '#BCCCDC')]),
    F(gname('Frame'), 0, 160, 342, 110, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [T('This week\u2019s rota', 16, 16, 300, 15, 700, INK), T('3 shifts unfilled \u00b7 Tue, Wed, Sat', 16, 48, 300, 13, 400, MUTED)]),
    F(gname('Frame'), 0, 290, 342, 70, { fills: solid('#FFF4E6'), cornerRadius: 12 }, [T('Free trial: 12 days left. Plans from \u00a39/month \u2013 cancel anytime.', 16, 14, 310, 13, 500, '#D9480F')]),
  ], { itemSpacing: 20 }),
  tabs('Home'),
]);

const row = (n, r, a, b, y, syncing) => AL('VERTICAL', 0, y, 342, 120, [
  AL('HORIZONTAL', 0, 0, 342, 40, [logo(0, 0, 36, r), T(n, 48, 8, 200, 15, 700, INK)], { itemSpacing: 12 }),
  T(`Connected ${a}`, 0, 46, 342, 12, 400, MUTED),
  syncing ? G(gname('Group'), 0, 66, 160, 18, [V('Vector', 0, 0, 16, 16, { strokes: solid(MINT), name: 'Loader' }), T('Syncing\u2026', 22, 0, 120, 12, 600, MINT)]) : T(`Last sync ${b}`, 0, 66, 342, 12, 400, MUTED),
  AL('HORIZONTAL', 0, 90, 342, 24, [linkText('\u21bb Refresh', 0, 0, 100, MINT), linkText('Remove', 120, 0, 80, '#E03131')], { itemSpacing: 20 }),
], { fills: solid('#FFFFFF'), cornerRadius: 12, paddingLeft: 14, paddingTop: 12, itemSpacing: 4 });
const s09 = F('09 Settings / Connected apps', 8 * (W + 80), 0, W, H, { fills: solid(BG), _key: 's09' }, [
  sb(), hdr('Connected apps'),
  AL('VERTICAL', 24, 104, 342, 640, [
    row('Deputy', 'c43d', '4 Feb 2026', 'today 09:15', 0, false),
    row('Starling Bank \u2022\u20229921 (GBP)', 'c43st', '4 Feb 2026', '', 136, true),
    row('Sage Payroll', 'c43s', '6 Feb 2026', 'yesterday 18:40', 272, false),
    linkText('Delete account', 0, 430, 200, '#E03131', {}, true, 13),
  ], { itemSpacing: 14 }),
  tabs('Settings'),
]);

const s10 = F('10 Help', 9 * (W + 80), 0, W, H, { fills: solid('#FFFFFF'), _key: 's10' }, [
  sb(), hdr('Help', back()),
  AL('VERTICAL', 24, 110, 342, 700, [
    T('Connecting your apps', 0, 0, 342, 22, 700, INK),
    AL('VERTICAL', 0, 40, 342, 240, ['Connecting RotaCloud: step-by-step', 'Connecting Sage Payroll', 'Connecting your bank with Open Banking', 'Why does Mopwage need my hours?'].map((t, i) =>
      AL('HORIZONTAL', 0, i * 56, 342, 48, [T(t, 0, 14, 300, 15, 500, INK), V('Vector', 324, 16, 10, 16, { fills: solid(MUTED) })], { strokes: solid('#E4EBF0') })), { itemSpacing: 8 }),
    F(gname('Frame'), 0, 320, 342, 150, { fills: solid(BG), cornerRadius: 12 }, [
      T('Still stuck?', 16, 16, 300, 15, 700, INK),
      T('Ring us on 0161 496 0123 (Mon\u2013Fri 8\u20136)\nhelp@mopwage.co.uk', 16, 44, 310, 14, 400, INK),
      linkText('Raise a ticket', 16, 110, 200, MINT, {}, true),
    ]),
  ], { itemSpacing: 16 }),
]);

const s11 = F('11 Terms', 10 * (W + 80), 0, W, H, { fills: solid('#FFFFFF'), _key: 's11' }, [
  sb(),
  T('Terms of use', 24, 70, 342, 22, 700, INK),
  T('1\u2002These terms apply to Mopwage Ltd, registered in England & Wales.\n2\u2002You are responsible for the accuracy of hours submitted.\n3\u2002Subscriptions renew monthly.', 24, 120, 342, 14, 400, INK),
]);

const section = node('SECTION', 'Onboarding \u2014 iOS', 0, 0, 11 * (W + 80), H + 100, { fills: solid('#FFFFFF', 0) }, [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11]);
const email = F('Welcome email', 0, H + 300, 600, 760, { fills: solid('#FFFFFF') }, [
  T('Subject: Welcome to Mopwage, Shona \ud83d\udc4b', 40, 30, 520, 14, 600, INK),
  T('You\u2019re three short steps from your first stress-free pay run:', 40, 80, 520, 17, 400, INK),
  T('1\u2002Add your company details\n2\u2002Connect your rota app and payroll (this is where the magic happens)\n3\u2002Run your first pay', 40, 140, 520, 16, 400, INK),
  btnFrame('Connect now', 40, 280, 200, 48, MINT, {}, { radius: 12 }),
  T('Cheers,\nThe Mopwage team', 40, 360, 400, 14, 400, MUTED),
]);
const flowPage = canvas('App \u2014 onboarding', [section, email], { _startId: 's01' });

page(13);
const archive = canvas('\ud83d\uddc4 Archive', [F('03 Connect (old)', 0, 0, W, H, { fills: solid(BG), visible: false }, [T('Link your accounts', 24, 100, 342, 22, 700, INK), btnFrame('Link', 24, 200, 342, 52, MINT)])]);
page(14);
const cover = canvas('Cover', [F('Cover', 0, 0, 1440, 900, { fills: solid(MINT) }, [T('Mopwage \u2014 mobile onboarding', 80, 380, 1200, 60, 700, '#FFFFFF'), T('Ready for review', 80, 470, 600, 22, 500, INK)])]);

const { doc } = finish({ name: NAME, pages: [cover, flowPage, compPage, archive], components: { ...comps, ...tabComps }, componentSets: { ...sets, ...tabSets } });
write(new URL(`../${NAME}.json`, import.meta.url), doc);
console.log(NAME, countNodes(doc), 'nodes');

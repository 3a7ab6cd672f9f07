// h126: deposits and invoicing for wedding florists, iPhone 375x812, UK copy.
// Older prototype fields: transitionNodeID on nodes, prototypeStartNodeID on the page.
import { builder, solid, image, old, go, writeFile, WRITTEN_BY } from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const B = builder();
const { id, setPage, F, T, R, V, G, I, col, row, screen } = B;
const W = 375;
const H = 812;
const ROSE = '#b34a64';
const INK = '#2b2124';
const MUTED = '#7a6a6e';

// ---------- page 2: components ----------
setPage(2);
const cvComponents = id();
const cBtn = id();
const cChipDefault = id();
const cChipHover = id();
const cTab = id();
const componentsPage = [
  F('Components', 0, 0, 900, 500, { fills: solid('#fafafa') }, [
    { ...F('Btn', 40, 40, 327, 52, { id: cBtn, cornerRadius: 26, fills: solid(ROSE) }, [T('Label', 120, 16, 90, 20, 16, 600, '#ffffff')]), type: 'COMPONENT' },
    {
      ...F('Chip', 40, 140, 300, 60, { fills: [] }, [
        go({ ...F('Property 1=Default', 0, 0, 140, 40, { id: cChipDefault, cornerRadius: 20, strokes: solid('#d8c7cb'), fills: solid('#ffffff') }, [T('Chip', 16, 10, 100, 20, 14, 500, INK)]), type: 'COMPONENT' }, cChipHover, 'CHANGE_TO', 'ON_HOVER'),
        { ...F('Property 1=Hover', 160, 0, 140, 40, { id: cChipHover, cornerRadius: 20, fills: solid('#f6e3e8') }, [T('Chip', 16, 10, 100, 20, 14, 500, ROSE)]), type: 'COMPONENT' },
      ]),
      type: 'COMPONENT_SET',
    },
    { ...F('tab-item', 40, 240, 75, 49, { id: cTab, fills: [] }, [V('icon', 26, 4, 22, 22, MUTED), T('Tab', 0, 30, 75, 14, 10, 500, MUTED)]), type: 'COMPONENT' },
    T('Petal Pay UI kit — v3 (Dec)', 420, 40, 400, 30, 22, 700, INK),
  ]),
];

// ---------- page 3: onboarding flow ----------
setPage(3);
const cvFlow = id();
const S = {};
for (const k of ['signup', 'studio', 'hub', 'pick', 'consent', 'connected', 'details', 'home', 'settings', 'upload', 'help', 'pricing']) S[k] = id();

const status = () => F('Status Bar', 0, 0, W, 44, { fills: [] }, [T('9:41', 24, 14, 50, 18, 15, 600, INK, { family: 'SF Pro Text' }), V('Cellular', 292, 18, 18, 11, INK), V('Wifi', 314, 18, 16, 11, INK), R('Battery', 336, 17, 25, 12, INK, 3)]);
const header = (title) => F('Frame 12', 0, 44, W, 44, { fills: [] }, [V('Vector', 16, 12, 10, 18, INK), T(title, 48, 12, 280, 20, 16, 600, INK)]);
const btnInstance = (label, w = 327) => I('Btn', cBtn, 0, 0, w, 52, [T(label, 0, 16, w, 20, 16, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]);
const btnFrame = (label, w = 327, fill = ROSE, color = '#ffffff') => F('Frame 88', 0, 0, w, 52, { cornerRadius: 26, fills: solid(fill) }, [T(label, 0, 16, w, 20, 16, 600, color, { textAlignHorizontal: 'CENTER' })]);
const btnGroup = (label, w = 327) => G('Group 8', 0, 0, w, 52, [R('Rectangle 12', 0, 0, w, 52, ROSE, 26), T(label, 0, 16, w, 20, 16, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]);
const input = (label, value, placeholder = true) => col('Auto layout', 0, 0, 327, [T(label, 0, 0, 295, 16, 12, 500, MUTED), F('Frame 31', 0, 0, 327, 44, { cornerRadius: 10, strokes: solid('#e4d9dc'), fills: solid('#ffffff') }, [T(value, 14, 12, 290, 20, 15, 400, placeholder ? '#b8aaad' : INK)])], 6, 0);
const helpLink = () => old(T('Need a hand? We\u2019re here \u2192', 0, 0, 327, 18, 13, 500, ROSE), S.help);
const tabBar = (active, linkTab, dest) => F('Tab bar', 0, H - 83, W, 83, { fills: solid('#ffffff'), strokes: solid('#efe6e8') }, ['Weddings', 'Deposits', 'Invoices', 'Settings'].map((t, i) => {
  const tab = I(t === active ? 'tab-item / active' : 'tab-item', cTab, i * 94, 6, 75, 49, [V('icon', 26, 4, 22, 22, t === active ? ROSE : MUTED), T(t, 0, 30, 75, 14, 10, 500, t === active ? ROSE : MUTED)]);
  return t === linkTab ? old(tab, dest) : tab;
}));
const logo = (name, ref, size = 40) => R(name, 0, 0, size, size, image(ref), 8);
const card = (brand, sub, ref) => F('Frame 4' + brand.length, 0, 0, 327, 64, { cornerRadius: 12, strokes: solid('#eadfe2'), fills: solid('#ffffff'), layoutMode: 'HORIZONTAL' }, [
  { ...logo(brand + ' logo', ref), _x: 12, _y: 12 }, T(brand, 64, 12, 220, 20, 15, 600, INK), T(sub, 64, 34, 220, 16, 12, 400, MUTED), V('chevron', 300, 26, 8, 12, MUTED),
]);
const checkbox = (ticked) => R(ticked ? 'Rectangle 40' : 'Rectangle 41', 0, 2, 20, 20, ticked ? ROSE : '#ffffff', 4, { strokes: solid(ROSE) });

let sx = 0;
const at = () => { const x = sx; sx += W + 100; return x; };

// 1. sign up
const signupCta = old(btnInstance('Let\u2019s get growing'), S.studio);
const signup = screen('Sign up', S.signup, at(), 0, W, H, [
  status(),
  col('Auto layout', 8, 64, 359, [
    R('Rectangle 2', 0, 0, 48, 48, image('9f2c1a0e77petal'), 12),
    T('Hello, lovely! \ud83c\udf38', 0, 0, 327, 34, 26, 700, INK, { family: 'Fraunces' }),
    T('Take wedding deposits, send gorgeous invoices and stop chasing brides-to-be for balances.', 0, 0, 327, 60, 15, 400, MUTED),
    input('Your name', 'Hattie Brook'),
    input('Email', 'you@yourstudio.co.uk'),
    input('Password', '\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022'),
    signupCta,
    F('Frame 207', 0, 0, 327, 96, { cornerRadius: 12, fills: solid('#fbf3f5') }, [
      T('\u201cPetal Pay sorted my whole season\u2019s deposits in one evening. I actually look forward to invoicing now.\u201d', 14, 12, 299, 54, 13, 400, INK, { fontStyle: 'italic' }),
      T('Hattie \u00b7 Wildflower & Wren, Ludlow', 14, 70, 299, 16, 12, 600, ROSE),
    ]),
    row('Frame 19', 0, 0, 20, [old(T('See plans & pricing', 0, 0, 130, 18, 13, 500, ROSE, { deco: 'UNDERLINE' }), S.pricing), T('\u00b7', 0, 0, 8, 18, 13, 400, MUTED), old(T('Need a hand?', 0, 0, 100, 18, 13, 500, ROSE), S.help)], 8),
  ], 14, 16),
]);

// 2. studio
const studio = screen('About your studio', S.studio, at(), 0, W, H, [
  status(), header('Your studio'),
  col('Auto layout', 8, 96, 359, [
    T('Tell us a little about your studio', 0, 0, 327, 30, 22, 700, INK),
    input('Studio name', 'e.g. Wildflower & Wren'),
    input('Postcode', 'SY8 1AA'),
    T('Where do you usually buy stems?', 0, 0, 327, 18, 13, 600, INK),
    row('Frame 61', 0, 0, 40, [
      I('Chip', cChipDefault, 0, 0, 120, 40, [T('New Covent Garden', 10, 10, 100, 20, 12, 500, INK)]),
      I('Chip', cChipDefault, 0, 0, 150, 40, [T('FloraConnect Wholesale', 10, 10, 130, 20, 12, 500, INK)]),
    ], 8),
    row('Frame 62', 0, 0, 40, [
      I('Chip', cChipDefault, 0, 0, 110, 40, [T('Local growers', 10, 10, 90, 20, 12, 500, INK)]),
      I('Chip', cChipDefault, 0, 0, 90, 40, [T('Dutch auction', 10, 10, 70, 20, 12, 500, INK)]),
    ], 8),
    input('Weddings a year (roughly)', '25\u201340'),
    old(btnFrame('Next'), S.hub),
  ], 14, 16),
]);

// 3. connect hub (the decision point)
const hub = screen('Bring it all together', S.hub, at(), 0, W, H, [
  status(),
  col('Auto layout', 8, 52, 359, [
    row('Frame 5', 0, 0, 24, [T('Step 2 of 4', 0, 0, 80, 18, 12, 600, ROSE), F('Progress', 0, 6, 200, 6, { cornerRadius: 3, fills: solid('#f1e3e7') }, [R('Rectangle 7', 0, 0, 100, 6, ROSE, 3)])], 16),
    T('Let\u2019s bring your books and card takings together', 0, 0, 327, 60, 22, 700, INK),
    col('Frame 90', 0, 0, 327, [
      row('Frame 91', 0, 0, 40, [V('Vector', 0, 8, 24, 24, ROSE), T('Deposits matched to each wedding automatically \u2014 no more spreadsheet evenings.', 0, 0, 270, 40, 14, 400, INK)], 12),
      row('Frame 92', 0, 0, 56, [V('Vector', 0, 8, 24, 24, ROSE), T('We read your invoices and contacts from your accounting software, and payouts from your card machine, to see which couples have paid what.', 0, 0, 270, 56, 14, 400, INK)], 12),
      row('Frame 93', 0, 0, 40, [V('Vector', 0, 8, 24, 24, ROSE), T('Pick your software next \u2014 it takes about two minutes.', 0, 0, 270, 40, 14, 400, INK)], 12),
    ], 12, 0),
    old(btnInstance('Connect\u00a0your accounts'), S.pick),
    T('We link up securely and only ever read \u2014 your numbers never go to anyone else unless you say so.', 0, 0, 327, 36, 12, 400, MUTED),
    T('You can unplug either link whenever you like in Settings.', 0, 0, 327, 18, 12, 400, MUTED),
    T('Why do we ask? Read the FAQs \u2192', 0, 0, 327, 18, 13, 600, ROSE, { deco: 'UNDERLINE' }),
    T('Not your department? Send to my bookkeeper \u00b7 Finish later', 0, 0, 327, 18, 13, 500, ROSE),
    helpLink(),
    G('Group 14', 0, 0, 327, 20, [T('Trusted by 3,200 florists \u00b7 bank-level encryption', 0, 0, 327, 20, 12, 500, MUTED)], { visible: false }),
  ], 14, 16),
]);

// 4. pick software
const xeroCard = old(card('Xero', 'Accounting \u00b7 xero.com', 'a11xero'), S.consent);
const qboCard = old(card('QuickBooks Online', 'Accounting \u00b7 quickbooks.intuit.com', 'a12qbo'), S.consent);
const pick = screen('Choose your software', S.pick, at(), 0, W, H, [
  status(), header('Choose your software'),
  col('Auto layout', 8, 92, 359, [
    F('Frame 70', 0, 0, 327, 44, { cornerRadius: 22, fills: solid('#f6eff1') }, [V('Vector', 14, 13, 18, 18, MUTED), T('Search 40+ apps', 42, 12, 250, 20, 15, 400, '#a8979b')]),
    T('\ud83d\udcd2 Accounting', 0, 0, 327, 24, 18, 700, INK),
    xeroCard, qboCard,
    card('FreeAgent', 'Accounting \u00b7 freeagent.com', 'a13fa'),
    card('Sage Business Cloud Accounting', 'Accounting \u00b7 sage.com/en-gb', 'a14sage'),
    T('Card payments', 0, 0, 327, 24, 18, 700, INK),
    old(card('Stripe', 'Online card payments \u00b7 stripe.com', 'b21stripe'), S.consent),
    card('SumUp', 'Card readers \u00b7 sumup.co.uk', 'b22sumup'),
    card('Square', 'Card readers \u00b7 squareup.com/gb', 'b23square'),
    old(T('Can\u2019t see yours? Upload a spreadsheet of invoices instead', 0, 0, 327, 36, 13, 600, ROSE, { deco: 'UNDERLINE' }), S.upload),
  ], 10, 16),
]);

// 5. consent + redirect explanation
const consent = screen('Before we pop over to Xero', S.consent, at(), 0, W, H, [
  status(), header(''),
  col('Auto layout', 8, 92, 359, [
    row('Frame 81', 0, 0, 48, [R('Rectangle 2', 0, 0, 48, 48, image('9f2c1a0e77petal'), 12), V('Vector', 0, 18, 24, 12, MUTED), R('Rectangle 3', 0, 0, 48, 48, image('a11xero'), 24)], 12),
    T('Before we pop over to Xero', 0, 0, 327, 30, 22, 700, INK),
    T('We\u2019ll open Xero so you can log in and give us the nod. Once you\u2019ve said yes, you\u2019ll land right back here.', 0, 0, 327, 60, 15, 400, INK),
    F('Frame 300', 0, 0, 327, 110, { cornerRadius: 12, fills: solid('#fbf3f5') }, [
      T('What we\u2019ll look at', 14, 12, 299, 18, 13, 700, INK),
      T('Invoices, contacts and payments \u2014 read from Xero into Petal Pay. We never write anything back to your books.', 14, 34, 299, 60, 13, 400, INK),
    ]),
    row('Frame 301', 0, 0, 60, [checkbox(false), T('I\u2019m happy for Petal Pay to read this information from Xero, as set out in the Privacy notice.', 0, 0, 290, 54, 13, 400, INK)], 12),
    T('Privacy notice', 32, 0, 120, 18, 13, 600, ROSE, { deco: 'UNDERLINE' }),
    old(btnGroup('Continue to Xero'), S.connected),
    T('Powered by Codat', 0, 0, 327, 16, 11, 500, MUTED, { visible: false }),
    helpLink(),
  ], 14, 16),
]);

// 6. connected / add another
const connected = screen('Linked', S.connected, at(), 0, W, H, [
  status(),
  col('Auto layout', 8, 64, 359, [
    V('Vector', 0, 0, 56, 56, '#4c9a6a'),
    T('Lovely \u2014 Xero is linked!', 0, 0, 327, 30, 22, 700, INK),
    F('Frame 410', 0, 0, 327, 64, { cornerRadius: 12, strokes: solid('#eadfe2') }, [R('Rectangle 3', 12, 12, 40, 40, image('a11xero'), 8), T('Xero', 64, 12, 150, 20, 15, 600, INK), T('\u2713 Linked', 240, 20, 70, 18, 13, 600, '#4c9a6a')]),
    F('Frame 411', 0, 0, 327, 64, { cornerRadius: 12, strokes: solid('#e8b86a') }, [R('Rectangle 4', 12, 12, 40, 40, image('b21stripe'), 8), T('Stripe', 64, 12, 150, 20, 15, 600, INK), T('Waiting for you to finish on Stripe', 64, 34, 250, 16, 12, 400, '#a8741a')]),
    old(T('+ Add another', 0, 0, 327, 20, 15, 600, ROSE), S.pick),
    old(btnInstance('Carry on'), S.details),
  ], 14, 16),
]);

// 7. details prefilled from Xero
const details = screen('Check your details', S.details, at(), 0, W, H, [
  status(), header('Check your details'),
  col('Auto layout', 8, 92, 359, [
    F('Frame 55', 0, 0, 327, 40, { cornerRadius: 8, fills: solid('#eef6f0') }, [V('Vector', 12, 12, 16, 16, '#4c9a6a'), T('We\u2019ve filled these in from Xero \u2014 just give them a once-over.', 36, 4, 280, 32, 12, 500, '#2f6b46')]),
    input('Trading name', 'Wildflower & Wren Ltd', false),
    input('Company number', '11873204', false),
    input('VAT number', 'GB 302 4471 86', false),
    input('Registered address', '4 Corve Street, Ludlow SY8 1DA', false),
    input('Accounts contact', 'hattie@wildflowerwren.co.uk', false),
    old(btnFrame('Looks right'), S.home),
  ], 12, 16),
]);

// 8. home (contextual prompt for the card processor)
const home = screen('Deposits', S.home, at(), 0, W, H, [
  status(),
  col('Auto layout', 8, 52, 359, [
    T('Deposits', 0, 0, 327, 34, 28, 700, INK),
    F('Frame 500', 0, 0, 327, 200, { cornerRadius: 16, fills: solid('#fbf3f5') }, [
      T('Deposits in vs balances due', 16, 14, 290, 18, 14, 600, INK),
      R('Rectangle 20', 16, 44, 24, 80, '#e9c9d2', 4), R('Rectangle 21', 50, 64, 24, 60, '#e9c9d2', 4), R('Rectangle 22', 84, 34, 24, 90, '#e9c9d2', 4),
      R('Rectangle 23', 118, 84, 24, 40, '#f1e3e7', 4, { strokes: solid('#d8c7cb'), strokeDashes: [4, 4] }),
      T('Card deposits will show here once Stripe is linked.', 16, 136, 290, 18, 12, 400, MUTED),
      old(F('Frame 501', 16, 158, 130, 32, { cornerRadius: 16, fills: solid(ROSE) }, [T('Link Stripe', 0, 7, 130, 18, 13, 600, '#ffffff', { textAlignHorizontal: 'CENTER' })]), S.pick),
    ]),
    T('Coming up', 0, 0, 327, 24, 18, 700, INK),
    ...['Amelia & Tom \u00b7 14 June \u00b7 deposit paid', 'Priya & Sam \u00b7 21 June \u00b7 \u00a3350 due', 'Rosie & Kit \u00b7 5 July \u00b7 deposit paid'].map((s) => F('Frame 52', 0, 0, 327, 48, { cornerRadius: 10, strokes: solid('#efe6e8') }, [T(s, 14, 14, 300, 20, 14, 500, INK)])),
  ], 12, 16),
  tabBar('Deposits', 'Settings', S.settings),
]);

// 9. settings: live connections
const settings = screen('Settings', S.settings, at(), 0, W, H, [
  status(),
  col('Auto layout', 8, 52, 359, [
    T('Settings', 0, 0, 327, 34, 28, 700, INK),
    T('Linked apps', 0, 0, 327, 22, 16, 700, INK),
    F('Frame 600', 0, 0, 327, 150, { cornerRadius: 12, strokes: solid('#eadfe2') }, [
      R('Rectangle 3', 14, 14, 36, 36, image('a11xero'), 8),
      T('Xero', 60, 12, 200, 20, 15, 600, INK),
      T('Linked 3 May 2026 \u00b7 Last synced today, 14:02', 60, 34, 255, 16, 12, 400, MUTED),
      T('214 invoices \u00b7 96 contacts \u00b7 GBP', 60, 52, 255, 16, 12, 400, MUTED),
      F('Frame 601', 14, 92, 140, 40, { cornerRadius: 20, strokes: solid(ROSE) }, [V('Vector', 14, 12, 16, 16, ROSE), T('Sync now', 38, 10, 90, 20, 14, 600, ROSE)]),
      F('Frame 602', 170, 92, 140, 40, { cornerRadius: 20, fills: solid('#fff1f1') }, [T('Disconnect', 0, 10, 140, 20, 14, 600, '#c0392b', { textAlignHorizontal: 'CENTER' })]),
    ]),
    F('Frame 603', 0, 0, 327, 64, { cornerRadius: 12, strokes: solid('#eadfe2') }, [R('Rectangle 4', 14, 14, 36, 36, image('b21stripe'), 8), T('Stripe', 60, 12, 150, 20, 15, 600, INK), T('Not linked yet', 60, 34, 150, 16, 12, 400, MUTED)]),
    T('Studio', 0, 0, 327, 22, 16, 700, INK),
    ...['Studio details', 'Invoice template', 'Notifications', 'Plan & billing'].map((s) => F('Frame 61', 0, 0, 327, 44, { fills: [] }, [T(s, 0, 12, 280, 20, 15, 400, INK), V('chevron', 312, 16, 8, 12, MUTED)])),
    T('Delete account', 0, 0, 327, 20, 15, 600, '#c0392b'),
  ], 12, 16),
  tabBar('Settings', 'Deposits', S.home),
]);

// 10. upload alternative
const upload = screen('Upload instead', S.upload, at(), 0, W, H, [
  status(), header('Upload a spreadsheet'),
  col('Auto layout', 8, 92, 359, [
    T('No problem \u2014 pop in a CSV or Excel export of your invoices and we\u2019ll take it from there.', 0, 0, 327, 60, 15, 400, INK),
    F('Frame 700', 0, 0, 327, 160, { cornerRadius: 16, strokes: solid('#d8c7cb'), strokeDashes: [6, 4] }, [V('Vector', 148, 50, 32, 32, ROSE), T('Tap to choose a file', 0, 96, 327, 20, 14, 600, ROSE, { textAlignHorizontal: 'CENTER' })]),
    old(btnFrame('Upload'), S.details),
  ], 14, 16),
]);

// 11. help sheet
const help = screen('Help sheet', S.help, at(), 0, W, H, [
  R('Rectangle 90', 0, 0, W, H, solid('#000000', 0.4)),
  F('Frame 800', 0, 420, W, 392, { cornerRadius: 20, fills: solid('#ffffff') }, [
    R('Rectangle 91', 167, 8, 40, 4, '#d8c7cb', 2),
    col('Auto layout', 8, 20, 359, [
      T('We\u2019re here to help', 0, 0, 327, 28, 20, 700, INK),
      row('Frame 801', 0, 0, 24, [V('Phone', 0, 2, 20, 20, ROSE), T('Give us a ring: 0161 496 0732 (Mon\u2013Sat)', 0, 2, 280, 20, 14, 500, INK)], 12),
      row('Frame 802', 0, 0, 24, [V('Mail', 0, 2, 20, 20, ROSE), T('hello@petalpay.co.uk', 0, 2, 280, 20, 14, 500, INK)], 12),
      row('Frame 803', 0, 0, 24, [V('Chat', 0, 2, 20, 20, ROSE), T('Send us a message from the app', 0, 2, 280, 20, 14, 500, INK)], 12),
      btnFrame('Close', 327, '#f6eff1', INK),
    ], 16, 16),
  ]),
]);

// 12. pricing (no way forward)
const pricing = screen('Plans', S.pricing, at(), 0, W, H, [
  status(), header('Plans & pricing'),
  col('Auto layout', 8, 92, 359, [
    ...[['Seedling', 'Free', 'Up to 5 weddings a year'], ['Bloom', '\u00a312/month', 'Unlimited weddings, deposit reminders'], ['Full Bouquet', '\u00a324/month', 'Team logins, contracts & e-signatures']].map(([a, b, c]) => F('Frame 900', 0, 0, 327, 96, { cornerRadius: 14, strokes: solid('#eadfe2') }, [T(a, 16, 14, 200, 22, 17, 700, INK), T(b, 220, 14, 95, 22, 17, 700, ROSE), T(c, 16, 46, 290, 36, 13, 400, MUTED)])),
    T('No contracts \u2014 cancel anytime. Prices include VAT.', 0, 0, 327, 18, 12, 400, MUTED),
  ], 14, 16),
]);

const flowCanvas = {
  id: cvFlow, name: '\ud83c\udf38 Onboarding v3', type: 'CANVAS', backgroundColor: hexBg('#f2eeee'),
  prototypeStartNodeID: S.signup,
  children: [signup, studio, hub, pick, consent, connected, details, home, settings, upload, help, pricing],
};
function hexBg(h) { return solid(h)[0].color; }

// ---------- page 1: cover ----------
setPage(1);
const cvCover = id();
const cover = F('Cover', 0, 0, 1920, 1080, { fills: solid('#fbf3f5') }, [
  T('Petal Pay', 120, 360, 1200, 120, 110, 700, ROSE, { family: 'Fraunces' }),
  T('Onboarding \u2014 linking books & card payments', 120, 500, 1200, 60, 44, 500, INK),
  T('Status: ready for dev review \u00b7 Owner: Bea', 120, 590, 800, 30, 22, 400, MUTED),
]);

// ---------- page 4: archive ----------
setPage(4);
const cvArchive = id();
const archive = [
  F('Old splash v1', 0, 0, W, H, { fills: solid(ROSE) }, [
    T('Wedding season, minus the admin.', 24, 420, 327, 80, 30, 700, '#ffffff'),
    T('Skip', 310, 56, 50, 20, 15, 600, '#ffffff'),
    R('Rectangle 1', 24, 640, 327, 52, '#ffffff', 26), T('Get started', 24, 656, 327, 20, 16, 600, ROSE, { textAlignHorizontal: 'CENTER' }),
  ]),
  F('Old hub (do not use)', 475, 0, W, H, { visible: false }, [T('Connect Xero to continue', 24, 200, 327, 30, 22, 700, INK), R('Rectangle 5', 24, 260, 327, 52, ROSE, 26)]),
];

const doc = {
  name: 'Petal Pay \u2014 onboarding (florists)',
  lastModified: '2026-02-11T16:42:05Z',
  version: '4418827311',
  role: 'viewer',
  editorType: 'figma',
  schemaVersion: 0,
  thumbnailUrl: 'https://s3-alpha.figma.com/thumbnails/petalpay',
  document: {
    id: '0:0', type: 'DOCUMENT', name: 'Document',
    children: [
      { id: cvCover, name: 'Cover', type: 'CANVAS', backgroundColor: hexBg('#ffffff'), prototypeStartNodeID: null, children: [cover] },
      { id: cvComponents, name: 'Components', type: 'CANVAS', backgroundColor: hexBg('#ffffff'), prototypeStartNodeID: null, children: componentsPage },
      flowCanvas,
      { id: cvArchive, name: '\ud83d\uddc4 Archive', type: 'CANVAS', backgroundColor: hexBg('#ffffff'), prototypeStartNodeID: null, children: archive },
    ],
  },
  components: {
    [cBtn]: { key: 'c1b7e2a0f4d5btn', name: 'Btn', description: 'Primary pill' },
    [cChipDefault]: { key: 'c1b7e2a0f4d5chd', name: 'Property 1=Default', description: '', componentSetId: '2:2005' },
    [cChipHover]: { key: 'c1b7e2a0f4d5chh', name: 'Property 1=Hover', description: '', componentSetId: '2:2005' },
    [cTab]: { key: 'c1b7e2a0f4d5tab', name: 'tab-item', description: '' },
  },
  componentSets: {},
  styles: {},
};
// record the component set id (the COMPONENT_SET node) properly
const setNode = componentsPage[0].children[1];
doc.componentSets[setNode.id] = { key: 'c1b7e2a0f4d5set', name: 'Chip', description: '' };
doc.components[cChipDefault].componentSetId = setNode.id;
doc.components[cChipHover].componentSetId = setNode.id;

const truth = {
  file: 'h126-wedding-florist-deposits-mobile.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'Petal Pay, deposits and invoicing for UK wedding florists (iPhone 375x812). Warm copy; the florist links accounting software (Xero, QuickBooks Online, FreeAgent, Sage Business Cloud Accounting) and a card processor (Stripe, SumUp, Square). Older prototype fields (transitionNodeID, prototypeStartNodeID).',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh',
  ],
  absent: [
    'funnel.greeting-email', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.three-actions': 'Sign up -> About your studio -> "Connect your accounts" hub: two taps.',
    'funnel.cta-visible': 'Full-width primary pill "Connect your accounts" in the middle of the hub screen; "Link Stripe" on the home chart.',
    'funnel.social-proof': 'Quoted testimonial from a named florist on the sign-up screen.',
    'funnel.prefill': '"Check your details" shows company number, VAT number and address filled in from Xero.',
    'value.three-part': 'Hub: benefit (deposits matched per wedding), data use (invoices/contacts from accounting, payouts from card machine), one main CTA.',
    'value.contextual-ctas': 'Home deposits chart has a ghost bar and a "Link Stripe" button.',
    'value.faq-link': '"Why do we ask? Read the FAQs" under the hub CTA.',
    'value.progress-meter': '"Step 2 of 4" with a progress bar on the hub.',
    'privacy.data-scope': 'Consent screen: invoices, contacts and payments read from Xero, nothing written back.',
    'privacy.trust-language': '"We link up securely and only ever read... never go to anyone else unless you say so."',
    'privacy.consent-action': 'Unticked 20x20 box beside consent wording and an underlined Privacy notice link before "Continue to Xero".',
    'privacy.disconnect-anytime': '"You can unplug either link whenever you like in Settings."',
    'privacy.support-contacts': 'Help sheet lists phone, email and in-app message; "Need a hand?" link on sign-up, hub and consent screens.',
    'privacy.powered-by': 'The only "Powered by" text is a hidden layer on the consent screen.',
    'privacy.statistics': 'The "Trusted by 3,200 florists" line is a hidden group; nothing visible carries a figure.',
    'privacy.connection-guide': 'Only FAQs and a privacy notice; no how-to-connect guide.',
    'funnel.greeting-email': 'No welcome email frame anywhere in the file.',
    'connection.syncing-indicator': 'No spinner or syncing state; the linked screen only shows done/pending.',
    'platform.explain-redirect': '"We\'ll open Xero so you can log in and give us the nod... you\'ll land right back here."',
    'platform.grouped-categories': '"Accounting" and "Card payments" headings over the cards.',
    'platform.accurate-branding': 'Full names with image logos and site addresses (QuickBooks Online, Sage Business Cloud Accounting).',
    'platform.search': 'Rounded "Search 40+ apps" field with magnifier above the list.',
    'platform.alternatives': '"Can\'t see yours? Upload a spreadsheet of invoices instead" leads to an upload screen.',
    'platform.non-linear': '"Send to my bookkeeper \u00b7 Finish later" on the hub.',
    'platform.multiple-connections': 'Linked screen: Xero "\u2713 Linked", Stripe pending, "+ Add another".',
    'connection.view-live': 'Settings > Linked apps: Xero with linked date, last synced time, counts and currency.',
    'connection.delete': '"Disconnect" button on the Xero row ("Delete account" at the bottom is about the user account).',
    'connection.refresh': '"Sync now" button on the Xero row.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.hub, stepsToConnect: 2, deadEnds: [S.pricing] },
};

writeFile(OUT, 'h126-wedding-florist-deposits-mobile', doc, truth);

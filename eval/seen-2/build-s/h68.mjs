// h68-builders-merchant-trade-mobile: trade credit account at a UK builders' merchant, 375x812.
// Older prototype: links are transitionNodeID on the node, the page uses prototypeStartNodeID.
import { frame, group, rect, vector, ellipse, text, instance, component, canvas, finish, write, image } from './lib.mjs';

const W = 375, H = 812;
const ORANGE = '#F26A1B', CHAR = '#1F1F1F', STONE = '#6B6B6B', SAND = '#F4F1EC', RULE = '#DDD8D0';
const t = (s, x, y, w, h, o = {}) => text(s, x, y, w, h, { family: 'Roboto', size: 14, color: CHAR, ...o });
const h1 = (s, y = 100, size = 24) => t(s, 20, y, 335, Math.round(size * 2.6), { size, weight: 700, family: 'Roboto Condensed' });
const status = () => group('iOS/Status bar', 0, 0, W, 44, [t('9:41', 24, 14, 40, 16, { size: 14, weight: 600 }), vector('Right side', 300, 17, 58, 12, { fill: CHAR })]);
const header = (title, backTo, arrow = !!backTo, help = false) => frame('Header', 0, 44, W, 52, { fill: '#FFFFFF', stroke: RULE }, [
  ...(arrow ? [vector('chevron-left', 16, 16, 12, 20, { fill: CHAR, old: backTo })] : []),
  t(title, 48, 15, 279, 22, { size: 16, weight: 600, align: 'CENTER' }),
  ...(help ? [t('Help', 315, 16, 44, 20, { size: 14, weight: 600, color: ORANGE, align: 'RIGHT', old: 'help' })] : []),
]);
const cta = (label, y, to, o = {}) => instance(o.name ?? 'Button/Primary', o.secondary ? 'btnSecondary' : 'btnPrimary', 20, y, 335, 52, { fill: o.secondary ? '#FFFFFF' : ORANGE, radius: 4, stroke: o.secondary ? CHAR : undefined, old: to }, [t(label, 16, 15, 303, 22, { size: 16, weight: 700, color: o.secondary ? CHAR : '#FFFFFF', align: 'CENTER' })]);
const field = (label, value, x, y, w = 335, o = {}) => frame('Input field', x, y, w, 72, { layout: 'VERTICAL', gap: 6 }, [
  t(label, 0, 0, w, 18, { size: 13, weight: 500, color: STONE }),
  frame('Frame 9', 0, 24, w, 46, { fill: '#FFFFFF', radius: 4, stroke: o.stroke ?? RULE }, [t(value, 12, 13, w - 24, 20, { size: 15, color: o.placeholder ? '#A3A3A3' : CHAR }), ...(o.tag ? [t(o.tag, w - 80, 15, 70, 16, { size: 11, weight: 600, color: '#13B5EA', align: 'RIGHT' })] : [])]),
]);
const screen = (name, i, key, kids, o = {}) => frame(name, i * (W + 80), o.row ? 1000 : 0, W, o.h ?? H, { fill: o.fill ?? '#FFFFFF', key, clip: true }, [status(), ...kids]);

// ---------- Components
const compPage = canvas('Components', [
  component('Button/Primary', 0, 0, 335, 52, { key: 'btnPrimary', fill: ORANGE, radius: 4, description: 'Full width CTA' }, [t('Button', 16, 15, 303, 22, { size: 16, weight: 700, color: '#FFFFFF' })]),
  component('Button/Secondary', 0, 80, 335, 52, { key: 'btnSecondary', fill: '#FFFFFF', radius: 4, stroke: CHAR }, [t('Button', 16, 15, 303, 22, { size: 16, weight: 700 })]),
  component('Checkbox/Off', 400, 0, 20, 20, { key: 'cbOff', radius: 2, stroke: CHAR, strokeWeight: 2 }),
  component('Software row', 400, 80, 335, 64, { key: 'swRow', fill: '#FFFFFF' }, [rect('Logo', 16, 12, 40, 40, { fill: SAND }), t('Name', 68, 21, 220, 22)]),
]);

// ---------- Flow
const splash = screen('01 Splash', 0, 'splash', [
  rect('hero', 0, 0, W, 470, { fill: image('yardforklift') }),
  frame('Carousel copy', 20, 490, 335, 160, { layout: 'VERTICAL', gap: 10 }, [
    t('TRADE ACCOUNT', 0, 0, 335, 16, { size: 12, weight: 700, color: ORANGE }),
    h1('30 days to pay. Up to £25k credit. Trade prices in every branch.', 0, 22),
    group('Dots', 0, 140, 44, 8, [ellipse('Ellipse', 0, 0, 8, 8, { fill: CHAR }), ellipse('Ellipse', 18, 0, 8, 8, { fill: RULE }), ellipse('Ellipse', 36, 0, 8, 8, { fill: RULE })]),
  ]),
  cta('Apply for a trade account', 680, 'details'),
  t('Skip', 300, 56, 55, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'RIGHT', old: 'details' }),
  t('Already trade? Log in', 20, 748, 335, 20, { size: 14, color: CHAR, align: 'CENTER', deco: 'UNDERLINE' }),
]);

const details = screen('02 Your details', 1, 'details', [
  header('Apply for credit', 'splash'),
  frame('Form', 20, 112, 335, 560, { layout: 'VERTICAL', gap: 14 }, [
    h1('Let\u2019s start with you', 0, 22),
    field('Full name', 'Darren Pike', 0, 0),
    field('Mobile', '07700 900461', 0, 0),
    field('Email', 'darren@pikeandsonsbuild.co.uk', 0, 0),
    frame('Frame 14', 0, 0, 335, 40, { layout: 'HORIZONTAL', gap: 4 }, [t('By continuing you accept our', 0, 0, 190, 18, { size: 12, color: STONE }), t('Terms & Conditions', 194, 0, 130, 18, { size: 12, color: CHAR, deco: 'UNDERLINE', old: 'terms' })]),
  ]),
  cta('Continue', 720, 'business'),
]);

const terms = screen('Terms & Conditions', 2, 'terms', [
  frame('Header', 0, 44, W, 52, { fill: '#FFFFFF', stroke: RULE }, [t('Terms & Conditions', 48, 15, 279, 22, { size: 16, weight: 600, align: 'CENTER' })]),
  t('Harlow & Tate Trade Credit Terms\n\n1. Credit limits are at our discretion…\n2. Payment is due by the end of the month following invoice…\n3. Late payment interest is charged under the Late Payment of Commercial Debts (Interest) Act 1998…\n4. Retention of title…', 20, 112, 335, 600, { size: 13, color: STONE }),
]);

const business = screen('03 Your business', 3, 'business', [
  header('Apply for credit', undefined, true),
  frame('Form', 20, 112, 335, 600, { layout: 'VERTICAL', gap: 14 }, [
    h1('About the business', 0, 22),
    frame('Search', 0, 0, 335, 72, { layout: 'VERTICAL', gap: 6 }, [
      t('Company name or number', 0, 0, 335, 18, { size: 13, weight: 500, color: STONE }),
      frame('Frame 21', 0, 24, 335, 46, { fill: '#FFFFFF', radius: 4, stroke: CHAR, layout: 'HORIZONTAL', padX: 12, gap: 8 }, [vector('Vector', 12, 13, 18, 18, { fill: STONE }), t('Pike & Sons Building Ltd', 38, 13, 280, 20, { size: 15 })]),
    ]),
    frame('Result', 0, 0, 335, 64, { fill: SAND, radius: 4 }, [t('PIKE & SONS BUILDING LTD\n09882145 · Active · Incorporated 2016', 12, 10, 311, 44, { size: 12, color: CHAR })]),
    t('What kind of work?', 0, 0, 335, 20, { size: 14, weight: 600 }),
    frame('Trades', 0, 0, 335, 80, { layout: 'HORIZONTAL', gap: 8 }, ['Groundworks', 'Extensions', 'Roofing', 'Kitchens'].map((c, i) => frame('Tag', 0, 0, 100 + (i % 2) * 10, 34, { radius: 17, stroke: i === 1 ? ORANGE : RULE, fill: i === 1 ? '#FDEBDD' : '#FFFFFF' }, [t(c, 0, 8, 100 + (i % 2) * 10, 18, { size: 13, align: 'CENTER' })]))),
  ]),
  cta('Continue', 720, 'credit'),
]);

const credit = screen('04 Credit decision', 4, 'credit', [
  header('Credit check', 'business', true, true),
  frame('Body', 20, 112, 335, 580, { layout: 'VERTICAL', gap: 16 }, [
    h1('Get your credit limit today, not next week', 0, 22),
    frame('Frame 30', 0, 0, 335, 230, { fill: SAND, radius: 6, layout: 'VERTICAL', padX: 14, padY: 14, gap: 10 }, [
      t('⚡ Link your bookkeeping software and most applications are decided within the hour. Without it, a manual check takes 5–7 working days.', 0, 0, 307, 72, { size: 14 }),
      t('🔍 We only look: 12 months of sales, what you\u2019re owed and what you owe, and your bank balance as recorded in your books. We can\u2019t post, edit or delete anything.', 0, 0, 307, 72, { size: 14 }),
      t('Why do we ask for this?', 0, 0, 307, 18, { size: 13, weight: 600, color: ORANGE, deco: 'UNDERLINE' }),
    ]),
  ]),
  cta('Link accounting software', 600, 'choose', { name: 'Btn' }),
  t('Your accountant looks after the books? Send them the link', 20, 664, 335, 36, { size: 13, color: CHAR, align: 'CENTER', deco: 'UNDERLINE', old: 'accountant' }),
  t('No software? Upload your last two years\u2019 accounts instead', 20, 716, 335, 36, { size: 13, color: CHAR, align: 'CENTER', deco: 'UNDERLINE', old: 'upload' }),
]);

const swRow = (nm, sub, y, to) => instance('Software row', 'swRow', 0, y, 335, 64, { fill: '#FFFFFF', old: to }, [
  rect(nm, 16, 12, 40, 40, { fill: image('sw' + nm.replace(/\W/g, '').toLowerCase()), radius: 8 }),
  t(nm + (sub ? '\n' + sub : ''), 68, 12, 230, 40, { size: 15 }),
  vector('chevron', 311, 24, 8, 14, { fill: STONE }),
]);
const choose = screen('05 Choose software', 5, 'choose', [
  header('Link software', 'credit', true, true),
  frame('Body', 0, 96, W, 700, { layout: 'VERTICAL', gap: 0 }, [
    frame('Search', 20, 16, 335, 48, { fill: SAND, radius: 24, layout: 'HORIZONTAL', padX: 16, gap: 10 }, [vector('magnifier', 16, 15, 18, 18, { fill: STONE }), t('Search e.g. Sage, Xero', 44, 14, 260, 20, { size: 15, color: '#9A9A9A' })]),
    t('Popular with the trade', 20, 80, 335, 20, { size: 13, weight: 600, color: STONE }),
    frame('List', 20, 110, 335, 400, { layout: 'VERTICAL', gap: 1, fill: RULE }, [
      swRow('Xero', '', 0, 'authorise'),
      swRow('QuickBooks Online', '', 0),
      swRow('Sage Business Cloud Accounting', '', 0),
      swRow('Sage 50cloud Accounts', 'desktop, via Sage Drive', 0),
      swRow('FreeAgent', '', 0),
      swRow('KashFlow', '', 0),
    ]),
    t('Can\u2019t see yours? Upload accounts instead', 20, 0, 335, 40, { size: 13, weight: 600, color: ORANGE, align: 'CENTER', old: 'upload' }),
  ]),
]);

const authorise = screen('06 Authorise', 6, 'authorise', [
  header('Link Xero', 'choose', true, true),
  frame('Body', 20, 112, 335, 560, { layout: 'VERTICAL', gap: 16 }, [
    group('Logos', 0, 0, 160, 48, [rect('Xero', 0, 0, 48, 48, { fill: image('swxero'), radius: 24 }), vector('arrows', 64, 16, 32, 16, { fill: STONE }), rect('H&T', 112, 0, 48, 48, { fill: ORANGE, radius: 4 })]),
    t('You\u2019ll be taken to Xero to log in and approve read-only access. Once you\u2019ve approved, you\u2019ll come straight back here to finish your application.', 0, 0, 335, 78, { size: 14 }),
    t('🔒 Connections are encrypted (256-bit) and your figures are used only for this credit assessment — never sold or passed on.', 0, 0, 335, 58, { size: 13, color: STONE }),
    frame('Consent', 0, 0, 335, 64, { layout: 'HORIZONTAL', gap: 12 }, [
      vector('Rectangle 7', 0, 2, 20, 20, { stroke: CHAR, strokeWeight: 2 }),
      frame('Frame 33', 32, 0, 303, 60, { layout: 'VERTICAL', gap: 2 }, [
        t('I agree to Harlow & Tate using data from my accounting software to assess trade credit, as set out in the', 0, 0, 303, 40, { size: 13 }),
        t('Privacy Notice', 0, 42, 120, 18, { size: 13, weight: 600, deco: 'UNDERLINE' }),
      ]),
    ]),
  ]),
  cta('Continue to Xero', 720, 'xero'),
]);

const xero = screen('07 login.xero.com', 7, 'xero', [
  frame('Safari bar', 0, 44, W, 44, { fill: '#F2F2F2' }, [t('🔒 login.xero.com', 0, 12, W, 20, { size: 14, align: 'CENTER' })]),
  frame('Card', 20, 140, 335, 440, { layout: 'VERTICAL', gap: 14 }, [
    rect('xero-logo', 137, 0, 60, 60, { fill: image('swxero'), radius: 30 }),
    t('Harlow & Tate wants to access Pike & Sons Building Ltd', 0, 0, 335, 44, { size: 16, weight: 600, align: 'CENTER' }),
    t('• View your business transactions\n• View your reports\n• View your contacts', 0, 0, 335, 64, { size: 14, color: STONE }),
    frame('Allow access', 0, 0, 335, 48, { fill: '#13B5EA', radius: 4, old: 'figures' }, [t('Allow access', 0, 14, 335, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
]);

const figures = screen('08 Check figures', 8, 'figures', [
  header('Nearly done', 'authorise'),
  frame('Body', 20, 112, 335, 600, { layout: 'VERTICAL', gap: 12 }, [
    h1('Check these look right', 0, 22),
    t('Filled in from Xero. Change anything that\u2019s wrong.', 0, 0, 335, 20, { size: 13, color: STONE }),
    field('Annual turnover', '£1,240,000', 0, 0, 335, { tag: 'from Xero' }),
    field('Financial year end', '31 March', 0, 0, 335, { tag: 'from Xero' }),
    field('VAT number', 'GB 318 4471 20', 0, 0, 335, { tag: 'from Xero' }),
    field('Monthly spend with us (estimate)', 'e.g. £4,000', 0, 0, 335, { placeholder: true }),
  ]),
  cta('Submit application', 720, 'decision'),
]);

const upload = screen('09 Upload accounts', 9, 'upload', [
  header('Upload accounts', 'credit'),
  frame('Body', 20, 112, 335, 500, { layout: 'VERTICAL', gap: 16 }, [
    h1('Upload your accounts', 0, 22),
    t('Your last two sets of filed accounts or management accounts (PDF, up to 20 MB each). A manual review takes 5–7 working days.', 0, 0, 335, 60, { size: 14, color: STONE }),
    frame('Drop', 0, 0, 335, 160, { radius: 6, stroke: RULE, fill: SAND }, [vector('upload', 151, 48, 32, 32, { fill: ORANGE }), t('Choose files', 0, 96, 335, 20, { size: 15, weight: 600, align: 'CENTER' })]),
  ]),
  cta('Send for review', 720, 'decision'),
]);

const accountant = screen('10 Send to accountant', 10, 'accountant', [
  header('Ask your accountant', 'credit'),
  frame('Body', 20, 112, 335, 500, { layout: 'VERTICAL', gap: 14 }, [
    h1('We\u2019ll email them a secure link', 0, 22),
    t('They can link the books for you. Your application is saved — pick it up any time from the app.', 0, 0, 335, 40, { size: 14, color: STONE }),
    field('Accountant\u2019s email', 'name@practice.co.uk', 0, 0, 335, { placeholder: true }),
    field('Note (optional)', 'Hi Sue, can you link Xero for the H&T account?', 0, 0, 335),
  ]),
  cta('Send link', 660, 'credit'),
  cta('Save and finish later', 724, undefined, { secondary: true }),
]);

const decision = screen('11 Decision', 11, 'decision', [
  frame('Body', 20, 200, 335, 360, { layout: 'VERTICAL', gap: 14 }, [
    ellipse('tick', 137, 0, 60, 60, { fill: '#1E8E3E' }),
    h1('You\u2019re approved', 0, 22),
    t('Credit limit £15,000 · 30 days end of month\nAccount no. 4471-2209', 0, 0, 335, 44, { size: 15 }),
    t('We\u2019ll post your trade card to the registered office within 3 working days.', 0, 0, 335, 40, { size: 13, color: STONE }),
  ]),
  cta('Go to my account', 720, 'home'),
]);

const home = screen('12 Account', 12, 'home', [
  frame('Header', 0, 44, W, 52, { fill: CHAR }, [t('Harlow & Tate', 20, 15, 200, 22, { size: 17, weight: 700, color: '#FFFFFF' })]),
  frame('Body', 20, 112, 335, 600, { layout: 'VERTICAL', gap: 12 }, [
    frame('Card', 0, 0, 335, 150, { fill: ORANGE, radius: 8, layout: 'VERTICAL', padX: 16, padY: 16, gap: 4 }, [
      t('Available credit', 16, 16, 300, 18, { size: 13, color: '#FFFFFF' }),
      t('£13,412.60', 16, 38, 300, 40, { size: 32, weight: 700, color: '#FFFFFF' }),
      t('of £15,000 · statement due 31 May', 16, 84, 300, 18, { size: 13, color: '#FFFFFF' }),
    ]),
    frame('Row', 0, 0, 335, 56, { fill: SAND, radius: 6 }, [t('Invoices & statements', 16, 18, 260, 20, { size: 15 }), vector('chevron', 311, 21, 8, 14, { fill: STONE })]),
    frame('Row', 0, 0, 335, 56, { fill: SAND, radius: 6, old: 'linked' }, [t('Accounting software', 16, 18, 260, 20, { size: 15 }), vector('chevron', 311, 21, 8, 14, { fill: STONE })]),
    frame('Row', 0, 0, 335, 56, { fill: SAND, radius: 6 }, [t('TradeLink rewards · 2,140 pts', 16, 18, 260, 20, { size: 15 }), vector('chevron', 311, 21, 8, 14, { fill: STONE })]),
    frame('Row', 0, 0, 335, 56, { fill: SAND, radius: 6, old: 'help' }, [t('Help & contact', 16, 18, 260, 20, { size: 15 }), vector('chevron', 311, 21, 8, 14, { fill: STONE })]),
    t('Connect with your branch: Harlow & Tate Chelmsford, 01245 000 118', 0, 0, 335, 36, { size: 13, color: STONE }),
    t('Close trade account', 0, 0, 335, 20, { size: 13, color: '#B3261E', align: 'CENTER' }),
  ]),
]);

const linked = screen('13 Accounting software', 13, 'linked', [
  header('Accounting software', 'home'),
  frame('Body', 20, 112, 335, 560, { layout: 'VERTICAL', gap: 14 }, [
    frame('Software card', 0, 0, 335, 200, { fill: '#FFFFFF', radius: 8, stroke: RULE, layout: 'VERTICAL', padX: 16, padY: 16, gap: 8 }, [
      frame('Frame 41', 16, 16, 303, 40, { layout: 'HORIZONTAL', gap: 12 }, [rect('Xero', 0, 0, 40, 40, { fill: image('swxero'), radius: 20 }), t('Xero · Pike & Sons Building Ltd', 52, 10, 250, 20, { size: 15, weight: 600 })]),
      t('Linked 14 Jan 2026 · last refreshed today 12:03\nUsed for: credit limit reviews every 3 months', 16, 64, 303, 40, { size: 13, color: STONE }),
      frame('Actions', 16, 120, 303, 44, { layout: 'HORIZONTAL', gap: 10 }, [
        frame('Refresh now', 0, 0, 150, 44, { radius: 4, stroke: CHAR }, [t('Refresh now', 0, 12, 150, 20, { size: 14, weight: 600, align: 'CENTER' })]),
        frame('Unlink', 160, 0, 143, 44, { radius: 4, fill: '#FCE8E6' }, [t('Unlink Xero', 0, 12, 143, 20, { size: 14, weight: 600, color: '#B3261E', align: 'CENTER' })]),
      ]),
    ]),
    t('Unlinking stops future credit limit increases based on your books.', 0, 0, 335, 36, { size: 12, color: STONE }),
  ]),
]);

const help = screen('14 Help', 14, 'help', [
  header('Help & contact', 'home'),
  frame('Body', 20, 112, 335, 560, { layout: 'VERTICAL', gap: 12 }, [
    t('Credit team', 0, 0, 335, 22, { size: 17, weight: 700 }),
    t('📞 0330\u00A0123\u00A04471 (Mon–Fri 7am–5pm, Sat 8am–12pm)\n✉️ credit@harlowtate.co.uk', 0, 0, 335, 44, { size: 14 }),
    frame('Callback', 0, 0, 335, 52, { radius: 4, stroke: CHAR }, [t('Request a callback', 0, 15, 335, 22, { size: 15, weight: 600, align: 'CENTER' })]),
    t('Your branch', 0, 0, 335, 22, { size: 17, weight: 700 }),
    t('Chelmsford · Unit 4, Widford Industrial Estate\nOpen 6:30am–5pm', 0, 0, 335, 40, { size: 14, color: STONE }),
  ]),
]);

const email = frame('Welcome email', 15 * (W + 80), 0, 600, 1100, { fill: '#FFFFFF', key: 'email' }, [
  frame('Email header', 0, 0, 600, 80, { fill: CHAR }, [t('HARLOW & TATE', 32, 28, 300, 24, { size: 18, weight: 700, color: '#FFFFFF' })]),
  frame('Email body', 40, 120, 520, 900, { layout: 'VERTICAL', gap: 18 }, [
    t('Subject: Darren, your trade account application is saved', 0, 0, 520, 20, { size: 13, color: STONE }),
    t('Thanks for starting your trade account, Darren.', 0, 0, 520, 32, { size: 22, weight: 700, family: 'Roboto Condensed' }),
    t('1  Your details ✓\n2  Link your accounts software — get a decision in about an hour\n3  Get your credit limit and start buying at trade prices', 0, 0, 520, 90, { size: 15 }),
    frame('Button', 0, 0, 260, 48, { fill: ORANGE, radius: 4 }, [t('Link my software', 0, 13, 260, 22, { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER' })]),
    t('Prefer to upload your accounts? Reply to this email or call 0330 123 4471.', 0, 0, 520, 40, { size: 13, color: STONE }),
    t('Harlow & Tate Ltd · Registered in England & Wales 01234567 · Unsubscribe', 0, 0, 520, 36, { size: 11, color: '#9A9A9A' }),
  ]),
]);

const flowPage = canvas('Mobile flow', [splash, details, terms, business, credit, choose, authorise, xero, figures, upload, accountant, decision, home, linked, help, email], { startOld: 'splash' });
const cover = canvas('Cover', [frame('Thumbnail', 0, 0, 1600, 960, { fill: ORANGE }, [t('Trade Account App — Credit application', 80, 400, 1400, 80, { size: 64, weight: 700, color: '#FFFFFF', family: 'Roboto Condensed' }), t('Status: Ready for dev · Jan 2026', 80, 500, 800, 32, { size: 24, color: '#FFFFFF' })])]);
const archive = canvas('Archive', [screen('OLD 04 Credit check (v1)', 0, undefined, [header('Credit check'), h1('We need to run a credit check', 120), cta('Start credit check', 720)])]);

const file = finish('h68-builders-merchant-trade-mobile', [cover, flowPage, compPage, archive], { name: 'H&T Trade App – credit application', lastModified: '2026-01-19T11:25:08Z', version: '4877102265' });

write('h68-builders-merchant-trade-mobile', file, {
  kind: 'onboarding',
  description: 'Harlow & Tate, a UK builders\u2019 merchant: applying for a trade credit account on a 375x812 phone, linking accounting software (Xero, QuickBooks Online, Sage, FreeAgent, KashFlow) for a same-day credit decision. Splash, details, business lookup, a credit-check screen with the value message and fallbacks (upload accounts, send to accountant), software list with search, consent and redirect screen, a mock Xero approval, figures prefilled from Xero, decision, account home, linked-software management, help and a welcome email. Older prototype: transitionNodeID links and prototypeStartNodeID.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.social-proof', 'value.contextual-ctas', 'value.progress-meter', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.multiple-connections', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Welcome email frame: numbered 1-2-3 list with linking the software as step 2 and a "Link my software" button.',
    'funnel.three-actions': '01 Splash → 02 Your details → 03 Your business → 04 Credit decision: three taps.',
    'funnel.prefill': '08 Check figures: turnover, year end and VAT number tagged "from Xero".',
    'value.three-part': '04 Credit decision: faster decision (value), what is read and read-only (use), "Link accounting software" (next).',
    'value.faq-link': '"Why do we ask for this?" inside the value panel.',
    'privacy.consent-action': '20x20 box beside the Privacy Notice sentence on 06 Authorise.',
    'platform.alternatives': 'Upload last two years\u2019 accounts, from the credit screen and under the software list.',
    'platform.non-linear': 'Send the link to the accountant; "Save and finish later".',
    'privacy.disconnect-anytime': 'Unlink exists in the account, but nothing in the application says the link can be removed later.',
    'platform.multiple-connections': 'One accounting link only; no add-another or pending states.',
    'connection.refresh': '"Refresh now" on the linked-software card.',
    'privacy.support-contacts': 'Help in the header of the credit, software and authorise screens leads to phone, email and a callback request.',
  },
  flow: { start: 'splash', connect: 'credit', steps: 3, deadEnds: ['terms'] },
});

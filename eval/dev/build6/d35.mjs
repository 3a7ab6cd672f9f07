// d35-nonprofit-grants-tablet: grant reporting for small UK charities, iPad portrait 834x1194, wizard step.
import { begin, usePage, canvas, writeFile, F, G, S, R, V, E, L, T, C, CS, registerComponent, btnFrame, btnGroup, btnInst, link, logo, checkbox, go, back, close, url } from './lib.mjs';

begin();
const W = 834; const H = 1194;
const INK = '#1F2933'; const MUTED = '#52606D'; const BRAND = '#B8461B'; const SOFT = '#FFF4EC';

usePage(3);
const b1 = registerComponent('btn', C('Type=Primary, State=Rest', 0, 0, 240, 52, { fill: BRAND, radius: 26, int: [go('cmpPressed', 'CHANGE_TO', 'ON_PRESS')] }, [T('Label', 0, 15, 240, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const b2 = registerComponent('btnPressed', C('Type=Primary, State=Pressed', 0, 70, 240, 52, { fill: '#8F3414', radius: 26, ref: 'cmpPressed' }, [T('Label', 0, 15, 240, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const rowC = registerComponent('row', C('List row', 300, 0, 400, 64, { fill: '#FFFFFF', layout: 'HORIZONTAL', gap: 12, pad: 16 }, [T('Row', 16, 20, 300), V('chevron', 360, 22, 20, 20)]));
const comps = canvas(3, 'Library bits', [CS('Button', -20, -20, 280, 160, [b1, b2]), rowC], { bg: '#FFFFFF' });

usePage(1);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1920, 1080, { fill: SOFT }, [T('Grantwell', 160, 360, 1200, { size: 96, weight: 700, color: BRAND }), T('iPad onboarding · round 2 · for review', 160, 500, 1200, { size: 32, color: MUTED })])]);

usePage(6);
const help = (y) => F('Help footer', 0, y, W, 70, { fill: '#F7F3F0', layout: 'HORIZONTAL', pad: 24 }, [
  T('Stuck? Ring us on 0161 496 0732 (weekdays 9–5), email hello@grantwell.org.uk, or', 24, 14, 620, { size: 13, color: MUTED, lines: 2 }),
  link('send us a message', 560, 33, 160, { size: 13, underline: true, int: [url('https://grantwell.org.uk/contact')] }),
]);
const header = (title, stepNo) => F('Frame 2', 0, 0, W, 140, { layout: 'VERTICAL', gap: 12, pad: 40 }, [
  G('Group 3', 40, 40, 200, 32, [V('Vector', 0, 0, 32, 32, { fill: BRAND }), T('Grantwell', 42, 4, 150, { size: 20, weight: 700 })]),
  ...(stepNo ? [F('Frame 4', 40, 88, 754, 32, { layout: 'VERTICAL', gap: 6 }, [
    T(`Step ${stepNo} of 4 · ${title}`, 0, 0, 754, { size: 13, weight: 600, color: MUTED }),
    G('Group 5', 0, 22, 754, 6, [R('Rectangle 6', 0, 0, 754, 6, { radius: 3, fill: '#EADFD7' }), R('Rectangle 7', 0, 0, Math.round(754 * stepNo / 4), 6, { radius: 3, fill: BRAND })]),
  ])] : []),
]);
const input = (label, value, x, y, o = {}) => F('Auto layout', x, y, 754, 76, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, 754, { size: 14, weight: 500, color: MUTED }),
  F('Frame 8', 0, 26, 754, 50, { fill: o.pre ? '#FFF8F2' : '#FFFFFF', stroke: '#CBC3BC', radius: 10, layout: 'HORIZONTAL', pad: 14 }, [T(value, 14, 14, 700, { color: o.ph ? '#9AA5B1' : INK })]),
]);
const scr = (name, x, y, ref, kids, fill = '#FFFFFF') => F(name, x, y, W, H, { fill, ref }, kids);

const signup = scr('Sign up', 0, 0, 'signup', [
  header(),
  F('Auto layout', 40, 180, 754, 800, { layout: 'VERTICAL', gap: 18 }, [
    T('Grant reports, without the late nights', 0, 0, 754, { size: 28, weight: 700 }),
    T('Grantwell helps small charities keep track of every grant and pull together reports for funders in a fraction of the time.', 0, 48, 754, { size: 17, color: MUTED, lines: 2 }),
    input('Your name', 'Helen Marsh', 0, 120, { ph: true }),
    input('Email address', 'you@yourcharity.org.uk', 0, 214, { ph: true }),
    input('Create a password', 'At least 10 characters', 0, 308, { ph: true }),
    btnInst('btn', 'Create my account', 0, 410, 754, 52, { name: 'Type=Primary, State=Rest', fill: BRAND, radius: 26, int: [go('welcome')] }),
    btnGroup('Continue with LinkedIn', 0, 478, 754, 52, { fill: '#FFFFFF', color: '#0A66C2', radius: 26, name: 'Group 11' }),
    G('Group 12', 0, 550, 754, 22, [
      T('By signing up you accept our', 180, 0, 220, { size: 13, color: MUTED }),
      link('terms of use', 400, 0, 120, { size: 13, underline: true, int: [go('terms')] }),
    ]),
    F('Quote', 0, 600, 754, 150, { fill: SOFT, radius: 16, layout: 'VERTICAL', gap: 10, pad: 24 }, [
      T('“We used to lose a whole week to every end-of-grant report. Now it’s an afternoon, and our funders say the reports are clearer than ever.”', 24, 24, 706, { size: 16, weight: 500, lines: 3 }),
      T('— Helen Okoye, Treasurer, Riverside Food Bank', 24, 104, 706, { size: 13, color: MUTED }),
    ]),
  ]),
  help(1124),
]);

const terms = scr('Terms of use', 0, 1300, 'terms', [
  link('‹ Back', 40, 40, 100, { color: MUTED, int: [back()] }),
  T('Terms of use', 40, 100, 754, { size: 28, weight: 700 }),
  T('1  Who we are\n2  Your account\n3  Fair use\n4  Fees and cancellation\n5  Governing law (England and Wales)', 40, 160, 754, { size: 16, color: MUTED, lines: 5 }),
  R('Rectangle 20', 40, 300, 754, 700, { fill: '#F5F5F5' }),
]);

const welcome = scr('Welcome', 934, 0, 'welcome', [
  header(),
  F('Auto layout', 40, 300, 754, 420, { layout: 'VERTICAL', gap: 20 }, [
    T('Hello Helen, and a very warm welcome 👋', 0, 0, 754, { size: 30, weight: 700 }),
    T('Setting things up takes about ten minutes. You can stop at any point and pick up exactly where you left off — we’ll keep your place.', 0, 56, 754, { size: 18, color: MUTED, lines: 3 }),
    btnFrame('Let’s begin', 0, 180, 240, 52, { fill: BRAND, radius: 26, int: [go('step1')] }),
  ]),
  help(1124),
]);

const step1 = scr('Wizard / 1', 0, 0, 'step1', [
  header('A little about you', 1),
  F('Auto layout', 40, 180, 754, 600, { layout: 'VERTICAL', gap: 18 }, [
    T('First, a little about you', 0, 0, 754, { size: 26, weight: 700 }),
    input('Your role', 'Treasurer', 0, 56),
    input('Charity name', 'Riverside Food Bank', 0, 150),
    btnFrame('Next', 0, 260, 200, 52, { fill: BRAND, radius: 26, int: [go('step2')] }),
  ]),
  help(1124),
]);

const softwareRow = (name, img, y, int) => F('Frame 40', 0, y, 754, 68, { fill: '#FFFFFF', stroke: '#E4DDD6', radius: 12, layout: 'HORIZONTAL', gap: 14, pad: 14, int }, [
  logo(14, 14, 40, img, 'Rectangle 41'), T(name, 68, 22, 600, { size: 17, weight: 500 }), V('chevron', 716, 24, 20, 20, { fill: MUTED }),
]);
const step2 = scr('Wizard / 2', 934, 0, 'step2', [
  header('Bring in your books', 2),
  F('Auto layout', 40, 170, 754, 950, { layout: 'VERTICAL', gap: 16 }, [
    T('Let’s bring in your books', 0, 0, 754, { size: 28, weight: 700 }),
    T('Linking your accounting software means your grant reports practically write themselves: spending is matched against each grant for you, so there’s no more copying figures into spreadsheets late at night.', 0, 46, 754, { size: 16, color: INK, lines: 3 }),
    T('We’ll only read your income, expenditure and tracking categories from your software. We never write anything back to it.', 0, 122, 754, { size: 16, color: MUTED, lines: 2 }),
    T('Choose your software below to get started.', 0, 176, 754, { size: 16, weight: 600 }),
    F('List', 0, 212, 754, 440, { layout: 'VERTICAL', gap: 6 }, [
      softwareRow('Xero', 'img-xero', 0, [go('redirect', 'OVERLAY')]),
      softwareRow('QuickBooks', 'img-qb', 74),
      softwareRow('Sage', 'img-sage', 148),
      softwareRow('FreeAgent', 'img-freeagent', 222),
      softwareRow('Starling', 'img-starling', 296),
      softwareRow('CAF Bank', 'img-caf', 370),
    ]),
    F('Frame 60', 0, 668, 754, 96, { fill: SOFT, radius: 12, layout: 'VERTICAL', gap: 6, pad: 16 }, [
      T('🔒\u00A0Your data is kept safe and encrypted, and we’ll never pass it on to funders or anyone else without your say-so.', 16, 14, 722, { size: 14, lines: 2 }),
      T('You’re in charge — you can unlink your software whenever you wish, from Settings.', 16, 58, 722, { size: 14, color: MUTED }),
    ]),
    G('Group 61', 0, 780, 754, 24, [
      T('Keep your accounts in spreadsheets? No problem —', 0, 0, 380, { size: 14, color: MUTED }),
      link('upload a CSV instead', 384, 0, 200, { size: 14, underline: true, int: [go('upload')] }),
    ]),
    F('Frame 62', 0, 816, 754, 24, { layout: 'HORIZONTAL', gap: 24 }, [
      link('Want to know more? Read our FAQs', 0, 0, 260, { size: 14, int: [url('https://grantwell.org.uk/faqs')] }),
      link('Our step-by-step guide to linking your software', 284, 0, 360, { size: 14, int: [go('guide')] }),
    ]),
    F('Frame 63', 0, 856, 754, 24, { layout: 'HORIZONTAL', gap: 24 }, [
      link('Save and come back later', 0, 0, 200, { size: 14, color: MUTED, int: [go('dash')] }),
      link('Ask your treasurer or bookkeeper to do this bit', 224, 0, 360, { size: 14, color: MUTED, int: [go('share', 'OVERLAY')] }),
    ]),
  ]),
  help(1124),
]);

const redirect = F('Sheet / Xero', 5700, 0, 620, 520, { fill: '#FFFFFF', radius: 20, ref: 'redirect' }, [
  G('Group 70', 32, 32, 240, 48, [logo(0, 0, 48, 'img-xero', 'Xero'), T('Xero', 60, 12, 160, { size: 22, weight: 700 })]),
  T('What happens next', 32, 104, 556, { size: 22, weight: 700 }),
  T('We’ll pop you over to Xero’s website, where you sign in as usual and give us permission to read your figures. Xero then sends you straight back here, and we’ll carry on from where you were.', 32, 144, 556, { size: 16, color: MUTED, lines: 4 }),
  btnFrame('Take me to Xero', 32, 300, 556, 52, { fill: BRAND, radius: 26, int: [go('step3')] }),
  btnGroup('Not just now', 32, 368, 556, 52, { fill: '#F3EEEA', color: INK, radius: 26, int: [close()] }),
]);

const share = F('Sheet / Share', 5700, 620, 620, 460, { fill: '#FFFFFF', radius: 20, ref: 'share' }, [
  T('Pass this step to someone else', 32, 32, 556, { size: 22, weight: 700 }),
  T('We’ll email them a secure link to link the accounting software. Everything else you’ve done is saved.', 32, 76, 556, { size: 15, color: MUTED, lines: 2 }),
  input('Their email', 'treasurer@yourcharity.org.uk', 32, 140, { ph: true }),
  btnFrame('Send the link', 32, 260, 240, 52, { fill: BRAND, radius: 26, int: [close()] }),
]);

const step3 = scr('Wizard / 3', 1868, 0, 'step3', [
  header('Your charity details', 3),
  F('Auto layout', 40, 170, 754, 900, { layout: 'VERTICAL', gap: 14 }, [
    T('Do these details look right?', 0, 0, 754, { size: 26, weight: 700 }),
    F('Frame 80', 0, 44, 754, 40, { fill: '#EEF7EE', radius: 10, layout: 'HORIZONTAL', gap: 8, pad: 10 }, [V('Vector', 10, 10, 20, 20, { fill: '#2F7D32' }), T('We’ve filled in what we could from Xero — do change anything that isn’t quite right.', 38, 10, 700, { size: 14, color: '#2F5D31' })]),
    input('Registered charity number', '1187654', 0, 100, { pre: true }),
    input('Registered address', 'Unit 4, Mill Lane, Hebden Bridge HX7 8AB', 0, 190, { pre: true }),
    input('Financial year end', '31 March', 0, 280, { pre: true }),
    input('Total income last year', '£148,200', 0, 370, { pre: true }),
    btnFrame('That’s all correct', 0, 470, 260, 52, { fill: BRAND, radius: 26, int: [go('step4')] }),
  ]),
  help(1124),
]);
step3._rel = [0, 0, W, H];

const step4 = scr('Wizard / 4', 2802, 0, 'step4', [
  header('Invite your team', 4),
  F('Auto layout', 40, 170, 754, 600, { layout: 'VERTICAL', gap: 16 }, [
    T('Who else helps with grants?', 0, 0, 754, { size: 26, weight: 700 }),
    input('Email', 'trustee@yourcharity.org.uk', 0, 50, { ph: true }),
    link('+ Add someone else', 0, 140, 200, { size: 14 }),
    btnFrame('Finish', 0, 190, 200, 52, { fill: BRAND, radius: 26, int: [go('dash')] }),
    link('I’ll do this later', 0, 260, 200, { size: 14, color: MUTED, int: [go('dash')] }),
  ]),
  help(1124),
]);

const navBar = (active) => F('Tab bar', 0, 1104, W, 90, { fill: '#FFFFFF', stroke: '#E4DDD6', layout: 'HORIZONTAL', gap: 0 }, ['Home', 'Grants', 'Reports', 'Settings'].map((t, i) =>
  F('Frame 90', i * 208, 0, 208, 90, { layout: 'VERTICAL', gap: 4, pad: 14, int: [go({ Home: 'dash', Grants: 'dash', Reports: 'report', Settings: 'settings' }[t])] }, [V('Icon', 92, 14, 24, 24, { fill: t === active ? BRAND : MUTED }), T(t, 0, 44, 208, { size: 12, align: 'CENTER', color: t === active ? BRAND : MUTED })])));
const grantCard = (name, amt, spent, y) => F('Frame 95', 40, y, 754, 110, { fill: '#FFFFFF', stroke: '#E4DDD6', radius: 14, layout: 'VERTICAL', gap: 8, pad: 18 }, [
  T(name, 18, 18, 600, { size: 17, weight: 600 }), T(`${amt} awarded · ${spent} spent`, 18, 46, 600, { color: MUTED }),
  G('Group 96', 18, 80, 718, 8, [R('Rectangle 97', 0, 0, 718, 8, { radius: 4, fill: '#EADFD7' }), R('Rectangle 98', 0, 0, 300, 8, { radius: 4, fill: '#3E7C59' })]),
]);
const dash = scr('Home', 0, 1300, 'dash', [
  header(),
  T('Your grants', 40, 150, 754, { size: 24, weight: 700 }),
  grantCard('National Lottery Community Fund — Warm Spaces', '£20,000', '£8,450', 200),
  grantCard('Calderdale Council — Holiday Meals', '£6,500', '£6,120', 326),
  grantCard('Two Ridings Community Foundation', '£4,000', '£900', 452),
  F('Plan', 40, 600, 754, 90, { fill: '#F7F3F0', radius: 14, layout: 'HORIZONTAL', gap: 10, pad: 18 }, [T('Grantwell Community plan · £12 a month, cancel anytime', 18, 34, 700, { size: 14, color: MUTED })]),
  help(1034),
  navBar('Home'),
]);
dash._rel = [934, 1300, W, H];

const report = scr('Reports / Lottery', 1868, 1300, 'report', [
  header(),
  T('Warm Spaces — end-of-grant report', 40, 150, 754, { size: 24, weight: 700 }),
  F('Chart card', 40, 210, 754, 420, { fill: '#FFFFFF', stroke: '#E4DDD6', radius: 14 }, [
    T('Spending by budget line', 24, 24, 400, { size: 17, weight: 600 }),
    ...[0, 1, 2, 3].map((i) => R(`Rectangle ${110 + i}`, 60 + i * 170, 200, 100, 160, { fill: '#F1ECE8', radius: 6 })),
    G('Group 120', 110, 120, 534, 80, [
      T('Your spending by budget line will appear here once you', 0, 0, 534, { size: 15, color: MUTED, align: 'CENTER' }),
      link('link your accounts', 180, 24, 174, { size: 15, underline: true, int: [go('step2')] }),
      T('— it only takes a couple of minutes.', 0, 48, 534, { size: 15, color: MUTED, align: 'CENTER' }),
    ]),
  ]),
  help(1034),
  navBar('Reports'),
]);

const settings = scr('Settings / Linked software', 2802, 1300, 'settings', [
  header(),
  T('Linked software', 40, 150, 754, { size: 24, weight: 700 }),
  F('Frame 130', 40, 200, 754, 120, { fill: '#FFFFFF', stroke: '#E4DDD6', radius: 14, layout: 'HORIZONTAL', gap: 16, pad: 20 }, [
    logo(20, 36, 48, 'img-xero'),
    F('Frame 131', 84, 20, 480, 80, { layout: 'VERTICAL', gap: 4 }, [
      T('Xero · Riverside Food Bank', 0, 0, 480, { size: 17, weight: 600 }),
      T('Linked on 4 Feb 2026 · figures last brought in today at 14:05\nFinancial year: April–March · GBP', 0, 28, 480, { size: 13, color: MUTED, lines: 2 }),
    ]),
    btnGroup('Unlink', 620, 38, 100, 44, { fill: '#FFFFFF', color: '#B42318', name: 'Btn' }),
  ]),
  T('Team', 40, 360, 754, { size: 20, weight: 700 }),
  F('Frame 140', 40, 400, 754, 64, { fill: '#FFFFFF', stroke: '#E4DDD6', radius: 12, layout: 'HORIZONTAL', gap: 12, pad: 16 }, [E('Ellipse 1', 16, 12, 40, 40), T('Sam Greaves — Trustee', 68, 22, 400), link('Remove from team', 560, 22, 170, { color: '#B42318' })]),
  help(1034),
  navBar('Settings'),
]);

const upload = scr('Upload CSV', 2802, 0, 'upload', [
  link('‹ Back', 40, 40, 100, { color: MUTED, int: [back()] }),
  T('Upload your accounts as a spreadsheet', 40, 100, 754, { size: 26, weight: 700 }),
  T('Export a CSV of your income and spending from your spreadsheet and drop it here. We’ll match it against your grants just the same.', 40, 150, 754, { size: 16, color: MUTED, lines: 2 }),
  F('Dropzone', 40, 240, 754, 260, { fill: SOFT, radius: 16, stroke: '#E8B79E' }, [V('Vector', 357, 90, 40, 40, { fill: BRAND }), T('Drop a .csv file or tap to browse', 0, 150, 754, { align: 'CENTER', color: BRAND })]),
  btnFrame('Use this file', 40, 540, 240, 52, { fill: BRAND, radius: 26, int: [go('step3')] }),
  help(1124),
]);
upload._rel = [4670, 1300, W, H];

const guide = scr('Guide / Linking', 3736, 1300, 'guide', [
  link('‹ Back', 40, 40, 100, { color: MUTED, int: [back()] }),
  T('How to link your accounting software', 40, 100, 754, { size: 26, weight: 700 }),
  T('1  Check you’re an admin in Xero, QuickBooks or Sage\n2  Choose your software in Grantwell\n3  Sign in on their website and say yes to read-only access\n4  Come back — your grants will fill in over a few minutes', 40, 160, 754, { size: 16, lines: 5 }),
  R('Rectangle 150', 40, 320, 754, 400, { radius: 14, fill: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'd35guideshot' }] }),
  help(1124),
]);

const email = F('Email / Welcome', 6420, 0, 640, 1000, { fill: '#F4F1EE', ref: 'email' }, [
  F('Body', 40, 40, 560, 920, { fill: '#FFFFFF', radius: 8, layout: 'VERTICAL', gap: 14, pad: 32 }, [
    T('Welcome to Grantwell, Helen', 32, 32, 496, { size: 24, weight: 700 }),
    T('Three small steps to get going:', 32, 76, 496, { size: 15, color: MUTED }),
    T('1\u00A0\u00A0Tell us a bit about your charity\n2\u00A0\u00A0Link your accounting software — this is the bit that saves you hours\n3\u00A0\u00A0Add your first grant', 32, 106, 496, { size: 15, lines: 4 }),
    btnFrame('Link my accounts', 32, 220, 240, 48, { fill: BRAND, radius: 24, int: [url('https://app.grantwell.org.uk/setup/books')] }),
    T('Questions? Just reply, or ring 0161 496 0732.', 32, 290, 496, { size: 13, color: MUTED }),
    L('Line 1', 32, 860, 496),
    T('Grantwell Ltd · Hebden Bridge · Unsubscribe', 32, 874, 496, { size: 11, color: '#9AA5B1' }),
  ]),
]);

const flowPage = canvas(6, 'iPad flow', [
  signup, terms, welcome,
  S('Set-up wizard', 1868, -100, 3800, 1400, [step1, step2, step3, step4].map((f, i) => { f._rel = [i * 934, 100, W, H]; return f; })),
  redirect, share, dash, report, settings, upload, guide, email,
], { flows: [['signup', 'New charity']] });

usePage(8);
const archive = canvas(8, '🗄 Archive', [
  F('Wizard / 2 (v1)', 0, 0, W, H, { fill: '#FFFFFF' }, [
    T('Connect QuickBooks', 40, 100, 754, { size: 28, weight: 700 }),
    checkbox('rect', 40, 200), T('I agree to share my data', 72, 200, 600),
    T('Trusted by 1,200 charities', 40, 260, 600, { color: MUTED }),
  ]),
]);

writeFile('d35-nonprofit-grants-tablet', { name: 'Grantwell — iPad onboarding', lastModified: '2026-01-27T10:41:12Z', version: '4870021456' }, [cover, flowPage, comps, archive], {
  kind: 'onboarding',
  description: 'Grant reporting for small UK charities on iPad portrait (834x1194), with warm, wordy copy. Sign-up (with a treasurer’s quote), a welcome screen and a four-step wizard whose second step "Let’s bring in your books" carries the value/data/next-step message and a flat list of software; a redirect explainer sheet, a share-this-step sheet, CSV upload and guide screens, prefilled charity details, then a home screen, a report with an in-paragraph link, and linked-software settings.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.alternatives', 'platform.non-linear', 'connection.view-live', 'connection.delete'],
  absent: ['privacy.consent-action', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.multiple-connections', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'Welcome email with a 1/2/3 list, linking accounting as step 2, and a "Link my accounts" button.',
    'funnel.three-actions': 'Sign up → Welcome → Step 1 → Step 2 (bring in your books): 3 taps.',
    'funnel.cta-visible': 'The connect step is a full wizard step; the software list is the main content.',
    'funnel.social-proof': 'Treasurer’s quote on the sign-up screen.',
    'funnel.prefill': 'Step 3 charity number, address, year end and income filled in from Xero.',
    'value.three-part': 'Benefit (reports write themselves), data use (reads income, expenditure, tracking categories), next step (choose your software).',
    'value.contextual-ctas': 'Report chart empty state with an in-paragraph "link your accounts" link.',
    'value.progress-meter': '"Step n of 4" label with a progress bar on every wizard step.',
    'privacy.consent-action': 'No checkbox or policy acknowledgement before "Take me to Xero" (the checkbox exists only on the archive page).',
    'privacy.statistics': 'No figures; the "Trusted by 1,200 charities" line is only on the archive page.',
    'privacy.disconnect-anytime': '"you can unlink your software whenever you wish, from Settings".',
    'privacy.connection-guide': '"Our step-by-step guide to linking your software" leads to a guide screen.',
    'privacy.support-contacts': 'Footer on every screen: phone, email and a message form.',
    'platform.explain-redirect': 'Sheet: "We’ll pop you over to Xero’s website… Xero then sends you straight back here".',
    'platform.grouped-categories': 'Accounting packages and banks (Starling, CAF Bank) mixed in one list without headings.',
    'platform.accurate-branding': 'Bare ambiguous names "QuickBooks" and "Sage".',
    'platform.alternatives': '"Keep your accounts in spreadsheets? … upload a CSV instead".',
    'platform.non-linear': '"Save and come back later" and "Ask your treasurer or bookkeeper to do this bit" share sheet.',
    'platform.multiple-connections': 'One connection only; no add-another, no connected/pending badges.',
    'connection.view-live': 'Linked software card: Xero, org name, linked date, last import time, currency.',
    'connection.delete': '"Unlink" button on the linked software card ("Remove from team" is a different thing).',
    'connection.refresh': 'No refresh or sync-now control.',
  },
  flow: { startFrameId: 'signup', connectFrameId: 'step2', stepsToConnect: 3, deadEnds: ['terms'] },
});

// h117: scheduling and payments for window cleaners, mobile 375x812, UK. Prototype start left unset.
import { Doc, F, G, R, V, E, T, COMP, CSET, INST, IMG, go, back, url, row, writeTruth, WRITER } from './lib.mjs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'h117-window-cleaner-scheduling-mobile';
const ref = (s) => Array.from({ length: 40 }, (_, i) => 'fedcba9876543210'[(s * 17 + i * 5 + (s & i)) % 16]).join('');
const SKY = '#0B6FB8', NAVY = '#0E2A47', GREY = '#66758A', LINE = '#DCE3EB', BG = '#F4F8FB';

const chipDef = COMP('State=Default', { layout: 'H', pad: [8, 14], radius: 18, fill: '#FFFFFF', stroke: LINE, x: 0, y: 0 }, [T('Chip', { size: 14 })]);
const chipPressed = COMP('State=Pressed', { layout: 'H', pad: [8, 14], radius: 18, fill: '#D6E9F7', stroke: SKY, x: 0, y: 60 }, [T('Chip', { size: 14 })]);
const chipSet = CSET('chip', { x: 0, y: 0 }, [chipDef, chipPressed]);
const pillDef = COMP('Btn', { layout: 'H', pad: [14, 24], radius: 26, fill: SKY, x: 300, y: 0, justify: 'CENTER' }, [T('Label', { color: '#FFFFFF', weight: 600, size: 16 })]);

const scr = (name, kids, o = {}) => F(name, { w: 375, h: 812, fill: BG, clip: true, ...o }, kids);
const status = () => F('Status bar', { x: 0, y: 0, w: 375, h: 44, layout: 'H', pad: [0, 24], justify: 'SPACE_BETWEEN' }, [T('9:41', { size: 15, weight: 600 }), V('Vector', { w: 66, h: 12, fill: NAVY })]);
// button drawn as a rectangle with centred text in a group
const gbtn = (label, w = 327, fill = SKY, color = '#FFFFFF') => G(label, [R('Rectangle 4', { x: 0, y: 0, w, h: 52, radius: 26, fill }), T(label, { x: Math.round(w / 2 - label.length * 4.3), y: 15, size: 16, weight: 600, color })]);
const fbtn = (label, o = {}) => F(o.name ?? 'Frame 2', { layout: 'H', w: o.w ?? 327, pad: [15, 20], justify: 'CENTER', radius: 26, fill: o.fill ?? SKY, stroke: o.stroke }, [T(label, { size: 16, weight: 600, color: o.color ?? '#FFFFFF' })]);
const ibtn = (label) => INST(label, pillDef, { layout: 'H', w: 327, pad: [14, 24], radius: 26, fill: SKY, justify: 'CENTER' }, [T(label, { color: '#FFFFFF', weight: 600, size: 16 })]);
const lnk = (s, o = {}) => T(s, { size: 14, color: SKY, weight: 500, ...o });
const input = (label, val, filled) => F('Input', { layout: 'V', gap: 6, w: 327 }, [T(label, { size: 13, color: GREY }),
  F('Frame 9', { layout: 'H', pad: [13, 14], w: 327, radius: 10, fill: '#FFFFFF', stroke: LINE }, [T(val, { size: 15, color: filled ? NAVY : '#9AA6B4' })])]);
const col = (kids, o = {}) => F(o.name ?? 'Auto layout', { x: 24, y: o.y ?? 80, w: 327, layout: 'V', gap: o.gap ?? 16 }, kids);
const supportLine = () => T('Stuck? Ring 0161 496 0732 \u00b7 help@roundsheet.co.uk \u00b7 Live chat', { size: 12, color: GREY, w: 327 });
const logo = (nm, s) => IMG(nm, 32, 32, ref(s), { radius: 8 });

// marketing carousel
const skip1 = lnk('Skip');
const next1 = gbtn('Next');
const m1 = scr('Onboarding 1', [status(), F('Frame 30', { x: 295, y: 52, w: 60, layout: 'H', justify: 'CENTER' }, [skip1]),
  IMG('Rectangle 7', 327, 300, ref(2), { x: 24, y: 110, radius: 20 }),
  col([T('Your round, sorted.', { size: 28, weight: 700, color: NAVY }), T('Every house, every four weeks, in the right order \u2014 even when it rains.', { size: 16, color: GREY, w: 327 })], { y: 440 }),
  F('Frame 31', { x: 24, y: 716, w: 327, layout: 'V' }, [next1])]);
const skip2 = lnk('Skip');
const next2 = gbtn('Get started');
const m2 = scr('Onboarding 2', [status(), F('Frame 30', { x: 295, y: 52, w: 60, layout: 'H', justify: 'CENTER' }, [skip2]),
  IMG('Rectangle 7', 327, 300, ref(3), { x: 24, y: 110, radius: 20 }),
  col([T('Get paid on the doorstep', { size: 28, weight: 700, color: NAVY, w: 327 }), T('Card, cash or bank transfer \u2014 chase nobody.', { size: 16, color: GREY, w: 327 })], { y: 440 }),
  F('Frame 31', { x: 24, y: 716, w: 327, layout: 'V' }, [next2])]);

// sign up (start, no starting point set)
const create = gbtn('Create account');
const termsLink = T('Terms of use', { size: 13, color: SKY, deco: 'UNDERLINE' });
const signup = scr('Create your account', [status(), col([
  T('Create your account', { size: 26, weight: 700, color: NAVY }),
  input('Your name', 'e.g. Dean Shaw'), input('Mobile', '07700 900123'), input('Email', 'dean@clearview.co.uk'), input('Password', 'At least 8 characters'),
  create,
  F('Auto layout', { layout: 'H', gap: 4 }, [T('By signing up you agree to our', { size: 13, color: GREY }), termsLink]),
  F('Review', { layout: 'V', gap: 6, pad: 16, w: 327, radius: 14, fill: '#FFFFFF' }, [T('\u2605\u2605\u2605\u2605\u2605', { color: '#F2B01E' }),
    T('\u201cSaved me three hours every week. The round just runs itself now.\u201d', { size: 14, color: NAVY, w: 295 }), T('Dean, Clear View Cleaning, Leeds', { size: 12, color: GREY })]),
  supportLine(),
], { y: 64, gap: 14 })]);

const verifyGo = fbtn('Verify');
const verify = scr('Frame 2033', [status(), col([
  back(lnk('\u2039 Back')),
  T('Check your texts', { size: 26, weight: 700, color: NAVY }),
  T('We sent a 6-digit code to 07700 900123.', { size: 15, color: GREY }),
  F('Code', { layout: 'H', gap: 8 }, [1, 2, 3, 4, 5, 6].map((i) => R(`Rectangle ${40 + i}`, { w: 48, h: 56, radius: 10, fill: '#FFFFFF', stroke: LINE }))),
  lnk('Resend code'),
  verifyGo,
])]);

const bizGo = fbtn('Continue');
const chipI = (s) => INST(s, chipDef, { layout: 'H', pad: [8, 14], radius: 18, fill: '#FFFFFF', stroke: LINE }, [T(s, { size: 14 })]);
const solePress = chipI('Sole trader');
const biz = scr('Frame 2034', [status(), col([
  back(lnk('\u2039 Back')),
  T('About your business', { size: 26, weight: 700, color: NAVY }),
  input('Business name', 'Clear View Cleaning'),
  F('Frame 12', { layout: 'V', gap: 8 }, [T('Set up as', { size: 13, color: GREY }), F('Auto layout', { layout: 'H', gap: 8 }, [solePress, chipI('Ltd company'), chipI('Partners')])]),
  input('Roughly how many customers?', '250'),
  bizGo,
])]);

const daysGo = fbtn('Continue');
const day = (d, on) => F(d, { layout: 'H', w: 44, h: 44, justify: 'CENTER', radius: 22, fill: on ? SKY : '#FFFFFF', stroke: LINE }, [T(d, { size: 14, weight: 600, color: on ? '#FFFFFF' : NAVY })]);
const days = scr('Frame 2035', [status(), col([
  back(lnk('\u2039 Back')),
  T('Which days are you out?', { size: 26, weight: 700, color: NAVY }),
  F('Days', { layout: 'H', gap: 3 }, [day('M', true), day('T', true), day('W', true), day('T', true), day('F', true), day('S'), day('S')]),
  T('We\u2019ll spread your round across these days and move jobs when it\u2019s too wet to work.', { size: 14, color: GREY, w: 327 }),
  input('Start time', '08:00'),
  daysGo,
])]);

// connect screen
const tile = (nm, s) => F(nm, { layout: 'H', gap: 10, pad: [10, 12], w: 158, radius: 12, fill: '#FFFFFF', stroke: LINE }, [logo(`${nm} logo`, s), T(nm, { size: 14, weight: 600, color: NAVY })]);
const xeroTile = tile('Xero', 21);
const sumupTile = tile('SumUp', 25);
const linkAcc = fbtn('Link accounting software', { name: 'Frame 2042' });
const later = lnk('I\u2019ll do this later', { name: 'Frame 2043' });
const connect = scr('Frame 2041', [status(), F('Scroll', { x: 0, y: 44, w: 375, layout: 'V', gap: 18, pad: [12, 24, 24, 24] }, [
  F('Progress', { layout: 'V', gap: 6, w: 327 }, [T('Setup 60% done', { size: 12, color: GREY }), F('Bar', { layout: 'H', w: 327 }, [R('Rectangle 60', { w: 196, h: 6, radius: 3, fill: SKY }), R('Rectangle 61', { w: 131, h: 6, radius: 3, fill: LINE })])]),
  T('Link your books & card reader', { size: 24, weight: 700, color: NAVY, w: 327 }),
  T('Doorstep payments drop straight into your books \u2014 no more Sunday-night spreadsheets.', { size: 15, color: NAVY, w: 327 }),
  T('We send paid invoices, customer names and card takings to your accounting software. We don\u2019t read your bank balance.', { size: 13, color: GREY, w: 327 }),
  F('Group', { layout: 'V', gap: 10 }, [T('Accounting', { size: 18, weight: 700, color: NAVY }),
    F('Auto layout', { layout: 'H', gap: 11 }, [xeroTile, tile('QuickBooks', 22)]), F('Auto layout', { layout: 'H', gap: 11 }, [tile('Sage', 23), tile('FreeAgent', 24)])]),
  F('Group', { layout: 'V', gap: 10 }, [T('Card readers', { size: 18, weight: 700, color: NAVY }),
    F('Auto layout', { layout: 'H', gap: 11 }, [sumupTile, tile('Zettle', 26)]), tile('Square', 27)]),
  F('Consent', { layout: 'H', gap: 10, w: 327, align: 'START' }, [V('Vector 3', { w: 20, h: 20, stroke: SKY, strokeW: 2, fill: '#FFFFFF' }),
    T('I\u2019m happy for RoundSheet to share invoices with my accounting software. Read our privacy notice', { size: 13, color: NAVY, w: 297 })]),
  T('\uD83D\uDD12 Encrypted end to end. We never hand your details to anyone else without asking you first.', { size: 13, color: GREY, w: 327 }),
  T('6,400 UK window cleaners link their books with RoundSheet', { size: 13, weight: 600, color: NAVY, w: 327 }),
  linkAcc,
  F('Frame 2044', { layout: 'H', w: 327, justify: 'CENTER' }, [later]),
  T('Don\u2019t use accounting software? We\u2019ll email you a monthly CSV instead.', { size: 13, color: SKY, deco: 'UNDERLINE', w: 327 }),
  F('Powered', { layout: 'H', gap: 6, w: 327, justify: 'CENTER' }, [T('Powered by', { size: 11, color: GREY }), V('Vector', { w: 14, h: 14, fill: NAVY }), T('Linkwell', { size: 12, weight: 700, color: NAVY })]),
  supportLine(),
])], { h: 1140 });

// xero mock login
const allow = F('Frame 2060', { layout: 'H', w: 295, pad: [12, 0], justify: 'CENTER', radius: 6, fill: '#13B5EA' }, [T('Allow access', { color: '#FFFFFF', weight: 600 })]);
const xero = scr('Xero \u2013 mock', [status(), F('Card', { x: 24, y: 140, w: 327, layout: 'V', gap: 14, pad: 16, radius: 12, fill: '#FFFFFF' }, [
  logo('Rectangle 70', 21), T('RoundSheet wants to access Clear View Cleaning', { size: 17, weight: 600, w: 295 }),
  T('\u2022 Create invoices\n\u2022 Read contacts', { size: 14, color: GREY }), allow,
])], { fill: '#EEF1F4' });

// linked
const checkDetails = ibtn('Check your details');
const linkReader = lnk('+ Link a card reader');
const linked = scr('Frame 2050', [status(), col([
  F('Progress', { layout: 'V', gap: 6, w: 327 }, [T('Setup 80% done', { size: 12, color: GREY }), F('Bar', { layout: 'H', w: 327 }, [R('Rectangle 60', { w: 262, h: 6, radius: 3, fill: SKY }), R('Rectangle 61', { w: 65, h: 6, radius: 3, fill: LINE })])]),
  T('Xero is linked \uD83C\uDF89', { size: 26, weight: 700, color: NAVY }),
  F('Row', { layout: 'H', gap: 10, pad: 14, w: 327, radius: 12, fill: '#FFFFFF' }, [logo('Xero logo', 21), T('Xero', { w: 160, weight: 600 }), T('\u2713 Linked', { size: 13, color: '#1E8E3E', weight: 600 })]),
  F('Row', { layout: 'H', gap: 10, pad: 14, w: 327, radius: 12, fill: '#FFFFFF' }, [V('Vector', { w: 32, h: 32, fill: LINE }), F('Frame 7', { layout: 'V', w: 170 }, [T('Card reader', { weight: 600 }), T('Not linked yet', { size: 12, color: GREY })])]),
  linkReader,
  checkDetails,
], { y: 64 })]);

// prefill
const looksRight = gbtn('Looks right');
const prefill = scr('Check your details', [status(), col([
  T('Check your details', { size: 26, weight: 700, color: NAVY }),
  T('We\u2019ve filled these in from Xero \u2014 change anything that\u2019s out of date.', { size: 14, color: GREY, w: 327 }),
  input('Trading name', 'Clear View Cleaning Ltd', true), input('VAT number', 'GB 284 5521 90', true), input('Registered address', '14 Mill Lane, Leeds LS6 2QR', true), input('Accounts contact', 'Jo Shaw \u00b7 jo@clearview.co.uk', true),
  looksRight,
], { y: 64, gap: 12 })]);

// home + tabs
const tabbar = (active, targets) => F('Tab bar', { x: 0, y: 728, w: 375, h: 84, layout: 'H', pad: [10, 12, 24, 12], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: LINE }, ['Today', 'Round', 'Payments', 'More'].map((s) => {
  const t = F(s, { layout: 'V', gap: 4, w: 76, align: 'CENTER' }, [V('Vector', { w: 22, h: 22, fill: s === active ? SKY : GREY }), T(s, { size: 11, color: s === active ? SKY : GREY })]);
  if (targets[s]) go(t, targets[s]);
  return t;
}));
const job = (addr, t, paid) => F('Job', { layout: 'H', gap: 12, pad: 14, w: 327, radius: 12, fill: '#FFFFFF' }, [E('Ellipse 2', { w: 10, h: 10, fill: paid ? '#1E8E3E' : '#F2B01E' }), F('Frame 8', { layout: 'V', w: 200 }, [T(addr, { weight: 600, size: 14 }), T(t, { size: 12, color: GREY })]), T(paid ? 'Paid' : '\u00a318', { size: 13, weight: 600 })]);
const home = scr('Today', [status(), col([T('Tuesday', { size: 13, color: GREY }), T('14 houses today', { size: 26, weight: 700, color: NAVY }),
  job('12 Ash Grove', '08:10 \u00b7 front & back', true), job('3 Kirkstall Rd', '08:35 \u00b7 front only'), job('The Old Vicarage', '09:00 \u00b7 conservatory'), job('27 Ash Grove', '09:40 \u00b7 front & back')], { y: 64, gap: 12 })]);
const payLink = fbtn('Link a card reader', { w: 295 });
const payments = scr('Payments', [status(), col([T('Payments', { size: 26, weight: 700, color: NAVY }),
  F('Promo', { layout: 'V', gap: 10, pad: 16, w: 327, radius: 14, fill: '#D6E9F7' }, [T('Take cards on the doorstep', { size: 17, weight: 700, color: NAVY }),
    T('Tap-to-pay takings land against the right house and in your books the same day.', { size: 14, color: NAVY, w: 295 }), payLink]),
  T('Owed to you', { size: 18, weight: 700, color: NAVY }), job('3 Kirkstall Rd', '2 cleans overdue'), job('Flat 4, Moor View', '1 clean overdue')], { y: 64, gap: 14 })]);
const linkedAppsRow = F('Linked apps', { layout: 'H', pad: 16, w: 327, justify: 'SPACE_BETWEEN', radius: 12, fill: '#FFFFFF' }, [T('Linked apps', { size: 15 }), T('\u203a', { size: 18, color: GREY })]);
const more = scr('More', [status(), col([T('More', { size: 26, weight: 700, color: NAVY }),
  F('Profile', { layout: 'H', pad: 16, w: 327, radius: 12, fill: '#FFFFFF' }, [T('Business profile', { size: 15 })]),
  linkedAppsRow,
  F('Row', { layout: 'H', pad: 16, w: 327, radius: 12, fill: '#FFFFFF' }, [T('Reminders & texts', { size: 15 })]),
  url(F('Row', { layout: 'H', pad: 16, w: 327, radius: 12, fill: '#FFFFFF' }, [T('Help centre', { size: 15 })]), 'https://help.roundsheet.co.uk'),
  T('Delete account', { size: 15, color: '#C5221F' }),
], { y: 64, gap: 10 })]);
const unlink = T('Unlink', { size: 14, weight: 600, color: '#C5221F' });
const apps = scr('Linked apps', [status(), col([back(lnk('\u2039 More')), T('Linked apps', { size: 26, weight: 700, color: NAVY }),
  F('App', { layout: 'V', gap: 8, pad: 16, w: 327, radius: 12, fill: '#FFFFFF' }, [
    F('Auto layout', { layout: 'H', gap: 10 }, [logo('Xero logo', 21), T('Xero', { weight: 700, w: 190 }), unlink]),
    T('Linked 12 Apr 2026 \u00b7 last synced today, 08:12', { size: 12, color: GREY }),
    T('Sends: paid invoices, customers', { size: 12, color: GREY }),
  ]),
  F('App', { layout: 'H', gap: 10, pad: 16, w: 327, radius: 12, fill: '#FFFFFF' }, [V('Vector', { w: 32, h: 32, fill: LINE }), T('Card reader \u2014 not linked', { size: 14, color: GREY })]),
], { y: 64, gap: 12 })]);
const terms = scr('Terms', [status(), col([T('Terms of use', { size: 24, weight: 700, color: NAVY }),
  T('1. About these terms\nThese terms apply to your use of RoundSheet\u2026\n\n2. Your account\nYou\u2019re responsible for keeping your login safe\u2026\n\n3. Payments\nCard payments are processed by our payment partner\u2026', { size: 13, color: NAVY, w: 327 })], { y: 64 })]);

for (const s of [home, payments, more, apps]) s.kids.push(tabbar(s === home ? 'Today' : s === payments ? 'Payments' : 'More', { Today: home, Payments: payments, More: more }));

go(skip1, signup); go(next1, m2); go(skip2, signup); go(next2, signup);
go(create, verify); go(termsLink, terms); go(verifyGo, biz); go(bizGo, days); go(daysGo, connect);
go(solePress, chipPressed, 'CHANGE_TO'); solePress.o.trigger = 'ON_PRESS';
go(linkAcc, xero); go(xeroTile, xero); go(sumupTile, linked); go(later, home); go(allow, linked);
go(linkReader, connect); go(checkDetails, prefill); go(looksRight, home); go(payLink, connect); go(linkedAppsRow, apps);

const doc = new Doc('RoundSheet app \u2013 onboarding (UK)', '2026-04-14T09:03:51Z');
doc.page('Cover', [F('Thumbnail', { x: 0, y: 0, w: 1920, h: 1080, fill: SKY, layout: 'V', pad: 140, gap: 20 }, [
  T('RoundSheet', { size: 96, weight: 700, color: '#FFFFFF' }), T('Mobile onboarding \u00b7 April', { size: 36, color: '#D6E9F7' })])]);
doc.page('Flow \u2013 new user', row([m1, m2, signup, verify, biz, days, connect, xero, linked, prefill, home, payments, more, apps, terms], 0, 0, 80));
doc.page('Components', [chipSet, pillDef]);
doc.page('\u2014\u2014 old', [F('Connect (v1)', { x: 0, y: 0, w: 375, h: 812, fill: '#FFFFFF', layout: 'V', pad: 24, gap: 12 }, [T('Connect Xero', { size: 22, weight: 700 }), T('old screen', { size: 12, color: GREY })])]);
const { nodes } = doc.build(`${OUT}${NAME}.json`);

writeTruth(`${OUT}${NAME}.truth.json`, {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITER,
  description: 'UK mobile onboarding for a round-scheduling and payments app for window cleaners: marketing carousel, sign-up, text-code check, business and working-day questions, a screen to link accounting software and a card reader, a mocked Xero approval, a linked-status screen, details prefilled from Xero, and the app\'s Today / Payments / More / Linked apps screens. No prototype starting point is set.',
  present: ['funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'platform.grouped-categories', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'value.faq-link', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Sign-up -> code -> business -> working days -> link screen: four taps.',
    'funnel.prefill': '"We\'ve filled these in from Xero": trading name, VAT number, address, accounts contact.',
    'value.three-part': 'Value (payments land in the books, no spreadsheets), data use (invoices, customer names, card takings sent to accounting) and the main button "Link accounting software".',
    'value.contextual-ctas': 'Payments tab promo "Take cards on the doorstep" with "Link a card reader".',
    'value.progress-meter': '"Setup 60% done" bar rising to 80% after Xero is linked.',
    'privacy.consent-action': '20x20 vector box beside consent wording that mentions the privacy notice.',
    'privacy.statistics': '"6,400 UK window cleaners link their books with RoundSheet".',
    'privacy.support-contacts': 'Phone, email and live chat line on the sign-up and link screens.',
    'privacy.powered-by': '"Powered by Linkwell" mark at the foot of the link screen.',
    'platform.explain-redirect': 'Tapping a tile goes straight to the Xero page; nothing says the user will leave and come back.',
    'platform.accurate-branding': 'Bare names "QuickBooks" and "Sage" with no product edition.',
    'platform.non-linear': '"I\'ll do this later" skips to the app.',
    'platform.multiple-connections': '"Linked" badge for Xero, card reader "Not linked yet" and "+ Link a card reader".',
    'connection.delete': '"Unlink" on the Linked apps screen ("Delete account" on More is the account, not the connection).',
    'connection.refresh': 'Last-synced time shown but no way to sync now.',
  },
  flow: { startFrameId: signup.id, connectFrameId: connect.id, stepsToConnect: 4, deadEnds: [terms.id] },
});
console.log(NAME, nodes);

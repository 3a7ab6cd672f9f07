// d38-tradesperson-quotes-mobile: UK quotes & invoices app for trades, 375x812.
// Connect step: an inline set-up checklist on the home screen, then a bottom sheet picker.
import { F, T, R, V, E, G, S, I, C, CS, V_, H_, auto, reseed, image, finalize, write, WRITTEN_BY } from './lib.mjs';

reseed(38);
const OUT = new URL('..', import.meta.url).pathname;
const W = 375; const H = 812; const BRAND = '#F2640F'; const INK = '#16202C'; const MUTED = '#6A7380';

const statusBar = () => G(auto('Group'), 0, 0, W, 44, [T('9:41', 24, 14, 40, 18, { size: 15, weight: 600 }), V('Vector', 300, 16, 52, 12, { fill: INK })]);
const btnI = (label, x, y, w, p = {}) => I('Btn', 'btn', x, y, w, 48, { r: 10, fill: BRAND, ...p }, [T(label, 0, 14, w, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const btnF = (label, x, y, w, p = {}) => F(auto('Frame'), x, y, w, 44, { fill: INK, r: 8, ...p }, [T(label, 0, 12, w, 20, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const btnG = (label, x, y, w, p = {}) => G(auto('Group'), x, y, w, 44, [R(auto('Rectangle'), 0, 0, w, 44, { r: 22, fill: '#FFFFFF', stroke: '#C9CED6' }), T(label, 0, 12, w, 20, { size: 15, weight: 500, align: 'CENTER' })], p);
const link = (label, x, y, w, p = {}) => T(label, x, y, w, 20, { size: 14, weight: 500, color: BRAND, deco: 'UNDERLINE', ...p });
const back = () => V('Vector', 20, 56, 12, 20, { fill: INK, go: { back: true } });
const tabBar = (active) => I('Property 1=Default', 'tabs', 0, H - 84, W, 84, { fill: '#FFFFFF' },
  ['Jobs', 'Quotes', 'Money', 'Me'].map((t, i) => G(auto('Group'), 16 + i * 88, 10, 80, 44, [V('Vector', 28, 0, 24, 24, { fill: t === active ? BRAND : MUTED }), T(t, 0, 28, 80, 16, { size: 11, align: 'CENTER', color: t === active ? BRAND : MUTED })])));
const screen = (name, i, kids, p = {}) => F(name, 40 + i * 455, 80, W, H, { fill: '#FAFAF7', ...p }, [statusBar(), ...kids]);
const logo = (ref, x, y) => R(auto('Rectangle'), x, y, 36, 36, { r: 8, fills: [image(ref)] });

// ---------- components page
const components = [
  CS('Button', 0, 0, 400, 200, [
    C('Property 1=Default', 'btn', 20, 20, 335, 48, { r: 10, fill: BRAND }, [T('Label', 0, 14, 335, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    C('Property 1=Hover', 'btnHover', 20, 100, 335, 48, { r: 10, fill: '#D4530A' }, [T('Label', 0, 14, 335, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
  C('Tab bar', 'tabs', 500, 0, W, 84, {}, [R(auto('Rectangle'), 0, 0, W, 1, { fill: '#E3E5E8' })]),
  C('Badge/Linked', 'badgeOk', 0, 260, 84, 24, { r: 12, fill: '#E3F5E9' }, [T('Linked ✓', 8, 4, 68, 16, { size: 12, weight: 600, color: '#1C7C3A' })]),
  C('Badge/Pending', 'badgePend', 120, 260, 120, 24, { r: 12, fill: '#FFF3D6' }, [T('Waiting on you', 8, 4, 104, 16, { size: 12, weight: 600, color: '#8A5A00' })]),
];

// ---------- flow screens
const welcome = screen('Welcome', 0, [
  R(auto('Rectangle'), 0, 44, W, 380, { fills: [image('a1f3c9e2d4b5a6978812aa01')] }),
  V_('Auto layout', 24, 460, 327, 300, { gap: 16 }, [
    T('Quotes out the door before you\u2019ve left the driveway', 0, 0, 327, 68, { size: 26, weight: 700, color: INK }),
    T('Price a job, send it, get paid. Built for sparkies, plumbers and heating engineers.', 0, 0, 327, 44, { size: 15, color: MUTED }),
    btnI('Get started', 0, 0, 327, { go: { to: 'signup' } }),
    link('See plans & pricing', 0, 0, 327, { align: 'CENTER', go: { to: 'pricing' } }),
  ]),
], { key: 'welcome' });

const pricing = screen('Pricing', 1, [
  V('Vector', 335, 56, 16, 16, { fill: INK, go: { back: true } }),
  T('Plans', 24, 90, 300, 34, { size: 28, weight: 700 }),
  V_('Auto layout', 24, 150, 327, 520, { gap: 14 }, [
    F('Card', 0, 0, 327, 150, { r: 12, stroke: '#E3E5E8' }, [T('Sole trader', 16, 16, 200, 22, { size: 18, weight: 700 }), T('£12 a month + VAT\nUnlimited quotes and invoices', 16, 46, 290, 44, { size: 14, color: MUTED })]),
    F('Card', 0, 0, 327, 150, { r: 12, stroke: '#E3E5E8' }, [T('Crew', 16, 16, 200, 22, { size: 18, weight: 700 }), T('£29 a month + VAT\nUp to 6 engineers, job scheduling', 16, 46, 290, 44, { size: 14, color: MUTED })]),
    T('Monthly rolling \u2014 cancel anytime, no contract.', 0, 0, 327, 20, { size: 13, color: MUTED }),
  ]),
], { key: 'pricing' });

const signup = screen('Sign up', 2, [
  back(),
  T('Create your account', 24, 96, 327, 32, { size: 24, weight: 700 }),
  V_('Auto layout', 24, 150, 327, 560, { gap: 12 }, [
    ...['Your name', 'Mobile or email', 'What\u2019s your trade?'].map((ph) => F(auto('Frame'), 0, 0, 327, 52, { r: 8, stroke: '#C9CED6' }, [T(ph, 14, 16, 280, 20, { size: 15, color: '#9AA1AB' })])),
    H_(auto('Frame'), 0, 0, 327, 40, { gap: 10 }, [R(auto('Rectangle'), 0, 2, 20, 20, { r: 4, fill: '#FFFFFF', stroke: '#9AA1AB' }), T('Send me the odd tip for running my business', 0, 0, 290, 40, { size: 13, color: MUTED })]),
    btnI('Create account', 0, 0, 327, { go: { to: 'home' } }),
    T('Already got an account? Log in', 0, 0, 327, 20, { size: 14, align: 'CENTER', color: MUTED }),
  ]),
], { key: 'signup' });

const checklistRow = (done, label, sub, cta) => F(auto('Frame'), 0, 0, 311, cta ? 112 : 56, { fill: null, layout: 'HORIZONTAL', gap: 12 }, [
  E(auto('Ellipse'), 0, 4, 22, 22, { fill: done ? '#1C7C3A' : '#FFFFFF', stroke: done ? undefined : '#9AA1AB' }),
  V_(auto('Frame'), 0, 0, 270, cta ? 112 : 56, { gap: 4 }, [
    T(label, 0, 0, 270, 20, { size: 15, weight: 600, color: done ? MUTED : INK }),
    T(sub, 0, 0, 270, 18, { size: 13, color: MUTED }),
    ...(cta ? [cta] : []),
  ]),
]);
const home = screen('Home', 3, [
  T('Morning, Dan', 24, 60, 250, 30, { size: 22, weight: 700 }),
  E('Avatar', 311, 56, 40, 40, { fills: [image('b7d2e6f19c3a4b5d6e7f8091')], go: { to: 'settings' } }),
  V_('Auto layout', 16, 110, 343, 620, { gap: 16 }, [
    V_('Set-up card', 0, 0, 343, 390, { fill: '#FFFFFF', r: 14, pad: 16, gap: 12 }, [
      H_(auto('Frame'), 0, 0, 311, 22, { gap: 8 }, [T('Finish setting up', 0, 0, 200, 22, { size: 18, weight: 700 }), T('1 of 3 done', 0, 2, 100, 18, { size: 13, color: MUTED, align: 'RIGHT' })]),
      G('Progress', 0, 0, 311, 6, [R(auto('Rectangle'), 0, 0, 311, 6, { r: 3, fill: '#EEF0F2' }), R(auto('Rectangle'), 0, 0, 104, 6, { r: 3, fill: BRAND })]),
      checklistRow(true, 'Add your logo and VAT details', 'Done \u2014 looking sharp'),
      checklistRow(false, 'Link your books and your bank', 'Invoices land in your accounts and paid jobs tick themselves off', btnI('Link now', 0, 0, 140, { go: [{ to: 'why' }, { trigger: 'ON_HOVER', to: 'c-btnHover', nav: 'CHANGE_TO' }] })),
      checklistRow(false, 'Send your first quote', 'Takes about two minutes'),
    ]),
    F('Card', 0, 0, 343, 120, { r: 14, fill: '#FFFFFF' }, [T('This week', 16, 14, 200, 20, { size: 15, weight: 600 }), T('£0.00 quoted  \u00b7  £0.00 paid', 16, 44, 300, 24, { size: 20, weight: 700 }), link('+ New quote', 16, 84, 120, { go: { to: 'quote' } })]),
  ]),
  tabBar('Jobs'),
], { key: 'home' });

const why = screen('Why link', 4, [
  back(),
  V_('Auto layout', 24, 96, 327, 660, { gap: 18 }, [
    G(auto('Group'), 0, 0, 120, 48, [logo('c1aa0e77f0b24d8a9e31a001', 0, 6), V('Vector', 50, 18, 20, 12), R(auto('Rectangle'), 84, 6, 36, 36, { r: 8, fill: BRAND })]),
    T('Stop typing every invoice in twice', 0, 0, 327, 64, { size: 26, weight: 700 }),
    V_(auto('Frame'), 0, 0, 327, 236, { gap: 12 }, [
      T('\u{1F4B7}  Paid jobs mark themselves as paid when the money hits your bank', 0, 0, 327, 40, { size: 15 }),
      T('\u{1F4D2}  What we use: we send your invoices and customers to your accounting software, and read incoming payments from your business bank. We never move money.', 0, 0, 327, 80, { size: 15 }),
      T('\u{1F512}  Securely linked with bank-grade encryption. We won\u2019t share your figures with anyone else unless you say so.', 0, 0, 327, 60, { size: 15 }),
      T('Changed your mind? Unlink whenever you like in Me \u203a Linked accounts.', 0, 0, 327, 40, { size: 13, color: MUTED }),
    ]),
    T('Trusted by 40,000+ UK tradespeople', 0, 0, 327, 18, { size: 13, color: MUTED, hidden: true }),
    btnI('Choose your software', 0, 0, 327, { go: { to: 'sheet', nav: 'OVERLAY' } }),
    link('What do I get out of linking? Read the FAQs', 0, 0, 327, { align: 'CENTER', go: { url: 'https://help.sparkjob.co.uk/faq/linking-benefits' } }),
    H_(auto('Frame'), 100, 0, 130, 20, { gap: 6 }, [T('Powered by', 0, 2, 70, 16, { size: 11, color: MUTED }), V('Ledgerlink logo', 0, 2, 54, 14, { fill: '#3B4250' })]),
  ]),
], { key: 'why' });

const tile = (nm, ref, go) => F(auto('Frame'), 0, 0, 343, 56, { r: 10, stroke: '#E3E5E8', go }, [logo(ref, 12, 10), T(nm, 60, 18, 240, 20, { size: 15, weight: 500 }), V('Vector', 315, 22, 8, 12)]);
const sheet = F('Bottom sheet', 40 + 5 * 455, 80, W, H, { fill: '#00000066', key: 'sheet' }, [
  V_('Sheet', 0, 96, W, 716, { fill: '#FFFFFF', r: 20, pad: 16, gap: 10 }, [
    R('Handle', 150, 0, 40, 4, { r: 2, fill: '#C9CED6' }),
    H_(auto('Frame'), 0, 0, 343, 28, { gap: 8 }, [T('Pick what to link', 0, 0, 300, 26, { size: 20, weight: 700 }), V('Close', 0, 4, 16, 16, { fill: INK, go: { close: true } })]),
    T('Accounting software', 0, 0, 343, 20, { size: 13, weight: 700, color: MUTED }),
    tile('Xero', 'd9001', { to: 'redirect' }), tile('QuickBooks Online', 'd9002', { to: 'redirect' }), tile('FreeAgent', 'd9003', { to: 'redirect' }), tile('Sage Business Cloud Accounting', 'd9004', { to: 'redirect' }),
    T('Business bank account', 0, 0, 343, 20, { size: 13, weight: 700, color: MUTED }),
    tile('Starling Bank', 'd9005', { to: 'redirect' }), tile('Monzo Business', 'd9006', { to: 'redirect' }), tile('Tide', 'd9007', { to: 'redirect' }),
    T('Not on the list? Upload a CSV export from your software instead', 0, 0, 343, 36, { size: 14, color: BRAND, deco: 'UNDERLINE' }),
    T('Send this to my bookkeeper \u00b7 Do it later', 0, 0, 343, 20, { size: 14, color: MUTED, align: 'CENTER', go: { to: 'home' } }),
  ]),
]);

const redirect = screen('Redirect', 6, [
  back(),
  V_('Auto layout', 24, 200, 327, 420, { gap: 18 }, [
    logo('d9001', 145, 0),
    T('Off to Xero for a moment', 0, 0, 327, 30, { size: 22, weight: 700, align: 'CENTER' }),
    T('We\u2019ll open Xero so you can log in and approve Sparkjob. When you\u2019re done it drops you right back here.', 0, 0, 327, 66, { size: 15, color: MUTED, align: 'CENTER' }),
    btnI('Continue to Xero', 0, 0, 327, { go: { to: 'xero' } }),
  ]),
], { key: 'redirect' });

const xero = screen('Xero consent (3rd party)', 7, [
  R(auto('Rectangle'), 0, 44, W, 60, { fill: '#13B5EA' }),
  T('Sparkjob would like to access your organisation', 24, 140, 327, 56, { size: 20, weight: 600 }),
  T('Organisation: D. Hughes Electrical Ltd\nView invoices, contacts, bank transactions', 24, 210, 327, 44, { size: 14, color: MUTED }),
  F(auto('Frame'), 24, 680, 327, 48, { fill: '#13B5EA', r: 4, go: { to: 'links' } }, [T('Allow access', 0, 14, 327, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
], { key: 'xero' });

const row = (nm, ref, badge, meta, extra = []) => F(auto('Frame'), 0, 0, 343, 104, { r: 12, fill: '#FFFFFF' }, [
  logo(ref, 14, 14), T(nm, 62, 14, 180, 20, { size: 15, weight: 600 }), badge, T(meta, 62, 40, 270, 34, { size: 12, color: MUTED }),
  link('Unlink', 62, 78, 60, { color: '#B3261E', go: { to: 'unlink', nav: 'OVERLAY' } }), ...extra,
]);
const links = screen('Linked accounts', 8, [
  back(),
  T('Linked accounts', 24, 90, 300, 30, { size: 24, weight: 700 }),
  V_('Auto layout', 16, 140, 343, 520, { gap: 12 }, [
    row('Xero', 'd9001', I('Badge', 'badgeOk', 250, 14, 84, 24, {}, [T('Linked ✓', 8, 4, 68, 16, { size: 12, weight: 600, color: '#1C7C3A' })]), 'First linked 3 Mar 2026, 08:15\nLast pulled today, 09:42 \u00b7 212 invoices'),
    row('Starling Bank', 'd9005', I('Badge', 'badgePend', 214, 14, 120, 24, {}, [T('Waiting on you', 8, 4, 104, 16, { size: 12, weight: 600, color: '#8A5A00' })]), 'Business current account \u00b7 GBP\nApprove in the Starling app to finish', [T('Syncing\u2026', 250, 78, 80, 16, { size: 12, color: MUTED }), E('Spinner', 230, 78, 14, 14, { fill: null, stroke: BRAND })]),
    F(auto('Frame'), 0, 0, 343, 52, { r: 12, stroke: '#C9CED6', go: { to: 'sheet', nav: 'OVERLAY' } }, [T('+ Link another account', 0, 16, 343, 20, { size: 15, weight: 600, color: BRAND, align: 'CENTER' })]),
    btnF('Next: check your business details', 0, 0, 343, { go: { to: 'details' } }),
  ]),
], { key: 'links' });

const field = (label, value) => V_(auto('Frame'), 0, 0, 327, 66, { gap: 4 }, [T(label, 0, 0, 327, 16, { size: 12, color: MUTED }), F(auto('Frame'), 0, 0, 327, 44, { r: 8, stroke: '#C9CED6' }, [T(value, 12, 12, 300, 20, { size: 15 })])]);
const details = screen('Business details', 9, [
  back(),
  T('Your business details', 24, 90, 327, 30, { size: 24, weight: 700 }),
  F(auto('Frame'), 24, 128, 327, 36, { r: 8, fill: '#E8F4FD' }, [T('\u2728 We\u2019ve filled these in from Xero \u2014 give them a once-over', 10, 9, 310, 18, { size: 13 })]),
  V_('Auto layout', 24, 176, 327, 520, { gap: 8 }, [
    field('Trading name', 'D. Hughes Electrical Ltd'), field('Companies House number', '09876543'), field('VAT number', 'GB 293 8841 02'),
    field('Registered address', '14 Mill Lane, Stockport SK4 2AB'), field('Accounts contact', 'Sarah Hughes \u00b7 sarah@dhughes-electrical.co.uk'),
  ]),
  btnI('Looks right', 24, 720, 327, { go: { to: 'home' } }),
], { key: 'details' });

const settings = screen('Me', 10, [
  T('Me', 24, 60, 200, 30, { size: 24, weight: 700 }),
  V_('Auto layout', 16, 110, 343, 560, { gap: 1, fill: '#FFFFFF', r: 12 }, [
    ...['Business profile', 'Linked accounts', 'Quote templates', 'Notifications'].map((t) => F(auto('Frame'), 0, 0, 343, 52, { fill: '#FFFFFF', go: t === 'Linked accounts' ? { to: 'links' } : undefined }, [T(t, 16, 16, 280, 20, { size: 15 }), V('Vector', 320, 20, 8, 12)])),
    V_('Help', 0, 0, 343, 130, { pad: 16, gap: 6 }, [
      T('Stuck? We\u2019re real people', 0, 0, 311, 20, { size: 15, weight: 600 }),
      T('Ring 0161 496 0321 (8am\u20136pm)\nhelp@sparkjob.co.uk \u00b7 Live chat in the app', 0, 0, 311, 40, { size: 14, color: MUTED }),
    ]),
    F(auto('Frame'), 0, 0, 343, 52, { fill: '#FFFFFF' }, [T('Delete account', 16, 16, 200, 20, { size: 15, color: '#B3261E' })]),
  ]),
  tabBar('Me'),
], { key: 'settings' });

const unlink = F('Unlink modal', 40 + 11 * 455, 80, W, H, { fill: '#00000080', key: 'unlink' }, [
  V_('Dialog', 24, 280, 327, 230, { fill: '#FFFFFF', r: 16, pad: 20, gap: 12 }, [
    T('Unlink Xero?', 0, 0, 287, 26, { size: 20, weight: 700 }),
    T('Sparkjob will stop sending invoices to Xero and lose access straight away. Nothing already in Xero is deleted.', 0, 0, 287, 60, { size: 14, color: MUTED }),
    H_(auto('Frame'), 0, 0, 287, 44, { gap: 11 }, [btnG('Keep it', 0, 0, 138, { go: { back: true } }), btnF('Revoke access', 0, 0, 138, { fill: '#B3261E', go: { to: 'links' } })]),
  ]),
]);

const quote = screen('New quote', 12, [
  back(),
  T('New quote', 24, 90, 300, 30, { size: 24, weight: 700 }),
  T('Customer\nJob\n1  Consumer unit swap \u2014 £420\n2  Labour, 6 hrs \u2014 £270\n3  Certificate \u2014 £45', 24, 140, 327, 130, { size: 15 }),
  btnI('Send quote', 24, 720, 327, { go: { to: 'home' } }),
], { key: 'quote' });

const email = F('Email \u2014 Welcome', 40, 80, 600, 980, {}, [
  R(auto('Rectangle'), 0, 0, 600, 80, { fill: BRAND }),
  V_('Auto layout', 48, 120, 504, 820, { gap: 18 }, [
    T('Welcome aboard, Dan \u{1F44B}', 0, 0, 504, 36, { size: 28, weight: 700 }),
    T('Three quick jobs and Sparkjob is earning its keep:', 0, 0, 504, 22, { size: 16 }),
    T('1  Pop your logo on your quotes\n2  Link your books and bank \u2014 this is where the hours come back\n3  Send your first quote from the van', 0, 0, 504, 90, { size: 16 }),
    I('Btn', 'btn', 0, 0, 240, 48, { r: 10 }, [T('Link my accounts', 0, 14, 240, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    T('Questions? Just reply to this email.', 0, 0, 504, 20, { size: 14, color: MUTED }),
  ]),
]);

const flowChildren = [
  S('Onboarding \u2014 v3', 0, 0, 40 + 13 * 455, 980, [welcome, pricing, signup, home, why, sheet, redirect, xero, links, details, settings, unlink, quote]),
  S('Emails', 0, 1100, 700, 1160, [email]),
];

const cover = [F('Cover', 0, 0, 1600, 960, { fill: '#16202C' }, [
  T('Sparkjob \u2014 onboarding & linking', 120, 360, 1200, 80, { size: 64, weight: 700, color: '#FFFFFF' }),
  T('Status: ready for review \u00b7 owner: product design', 120, 470, 1000, 30, { size: 24, color: '#C9CED6' }),
])];
const archive = [
  F('Welcome (old)', 0, 0, W, H, { fill: '#FFFFFF' }, [statusBar(), T('Sparkjob', 24, 300, 327, 40, { size: 32, weight: 700 }), T('Quoting for trades', 24, 350, 327, 20, { size: 16, color: MUTED })]),
  F('Quote v1', 460, 0, W, H, { fill: '#FFFFFF' }, [statusBar(), T('Quote #0001', 24, 90, 300, 30, { size: 22, weight: 700 })]),
];

const built = finalize({ name: 'Sparkjob \u2014 Onboarding v3 (UK)', lastModified: '2026-11-18T10:22:41Z', version: '4411920733' }, [
  { name: 'Cover', prefix: 1, children: cover },
  { name: '\u{1F4F1} Flow \u2014 onboarding', prefix: 14, first: 3, children: flowChildren, start: [{ key: 'welcome', name: 'New user' }] },
  { name: 'Components', prefix: 203, children: components },
  { name: '\u{1F5C4} Archive', prefix: 311, children: archive },
]);
const id = built.res;
write(OUT, 'd38-tradesperson-quotes-mobile', built, {
  file: 'd38-tradesperson-quotes-mobile.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'UK quoting and invoicing app for trades (375x812). Home screen carries an inline set-up checklist whose second item links the books and bank; a value screen leads to a bottom-sheet picker grouped by accounting and business bank, a redirect explainer, a mocked Xero consent, a linked-accounts list with badges, a prefilled details form and a welcome email.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator'],
  absent: ['funnel.social-proof', 'value.contextual-ctas', 'privacy.consent-action', 'privacy.statistics', 'privacy.mutual-nda', 'platform.search', 'connection.refresh'],
  notes: {
    'funnel.greeting-email': 'Email frame: numbered 1-2-3 list with linking as step 2 and a "Link my accounts" button.',
    'funnel.three-actions': 'Welcome → Sign up → Home (checklist with "Link now"): 2 steps.',
    'funnel.social-proof': 'The only "Trusted by 40,000+" line is a hidden layer.',
    'privacy.statistics': 'Encryption claim has no figure; the customer count is hidden.',
    'privacy.consent-action': 'Only checkbox is a marketing opt-in at sign-up; linking needs no consent tick.',
    'value.contextual-ctas': 'Linking is offered only in the set-up checklist/value screen; the money card and quote screen carry no link prompt.',
    'connection.refresh': 'Linked accounts shows last pull and a syncing state but no sync-now control.',
    'platform.non-linear': '"Send this to my bookkeeper · Do it later" in the sheet.',
    'privacy.connection-guide': 'Left unlabelled: the FAQ link is about benefits, not a how-to-connect guide.',
  },
  flow: { startFrameId: id('welcome'), connectFrameId: id('home'), stepsToConnect: 2, deadEnds: [id('pricing')] },
});

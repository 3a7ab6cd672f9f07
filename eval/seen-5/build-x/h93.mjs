// h93: payouts for guesthouses, iPad landscape (1194x834), UK English; channel manager/PMS + accounting.
// Older file: links use transitionNodeID and the flow page has no prototype starting point.
import { T, R, V, F, S, C, E, buildFile, writeOut, back, close, hover, WRITTEN_BY } from './lib.mjs';
import { btnInst, btnFrame, btnGroup, link, checkRow, searchField, logo } from './ui.mjs';

const W = 1194, H = 834;
const INK = '#1C1917', MUTED = '#78716C', TEAL = '#0F766E';
const dir = new URL('..', import.meta.url).pathname;

const topBar = (title, settings) => F('Top bar', { x: 0, y: 0, w: W, h: 64, fill: '#FFFFFF', stroke: '#E7E5E4', layout: 'HORIZONTAL', padX: 32, padY: 20, gap: 16, align: 'CENTER' }, [
  V('Vector', { w: 24, h: 24, fill: TEAL, radius: 12 }), T('lodgeledger', { size: 18, weight: 700, color: TEAL, w: 140 }), T(title, { size: 15, color: MUTED, w: 600 }),
  settings ? T('Settings', { size: 14, weight: 600, color: TEAL, legacy: settings }) : null,
]);
const page = (name, key, x, y, body, o = {}) => F(name, { key, x, y, w: W, h: H, fill: '#FAFAF9', clips: true }, [
  F('Status bar', { x: 0, y: 0, w: W, h: 24, layout: 'HORIZONTAL', padX: 20, padY: 4, justify: 'SPACE_BETWEEN' }, [T('09:41  Tue 6 May', { size: 12, weight: 600, w: 140 }), T('100% ▮', { size: 12, weight: 600, w: 60 })]),
  F('Frame 2', { x: 0, y: 24, w: W, h: 64 }, [topBar(o.title ?? '', o.settings)]),
  F('Content', { x: 0, y: 88, w: W, layout: o.cols ? 'HORIZONTAL' : 'VERTICAL', padX: 48, padY: 28, gap: o.gap ?? 20 }, body),
]);
const input = (label, value, w = 460) => F('Frame 31', { w, layout: 'VERTICAL', gap: 6 }, [T(label, { size: 13, weight: 600, color: MUTED, w }), F('Rectangle 4', { w, h: 46, radius: 10, stroke: '#D6D3D1', fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 14, padY: 13 }, [T(value, { size: 15, color: '#A8A29E', w: w - 28 })])]);

const components = { name: 'Components', children: [
  C('Button/Primary', { key: 'c_btn', x: 0, y: 0, w: 240, h: 48, fill: TEAL, radius: 24 }, [T('Label', { x: 20, y: 14, w: 200, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  C('Button/Primary – hover', { key: 'c_btn_h', x: 0, y: 80, w: 240, h: 48, fill: '#115E59', radius: 24 }, [T('Label', { x: 20, y: 14, w: 200, size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  C('Tick', { key: 'c_tick', x: 300, y: 0, w: 20, h: 20, radius: 4, stroke: '#57534E' }, []),
  C('Row / payout', { key: 'c_row', x: 0, y: 160, w: 1000, h: 52, fill: '#FFFFFF' }, [T('Row', { x: 16, y: 16, size: 14 })]),
  C('Row / payout – hover', { key: 'c_row_h', x: 0, y: 240, w: 1000, h: 52, fill: '#F5F5F4' }, [T('Row', { x: 16, y: 16, size: 14 })]),
] };

const signup = page('Create account', 'f_signup', 0, 0, [
  F('Frame 40', { w: 520, layout: 'VERTICAL', gap: 18 }, [
    T('Get your payouts sorted', { size: 28, weight: 700, color: INK, w: 520 }),
    T('Booking.com, Airbnb and Expedia payouts, matched to your bank and ready for your accountant.', { size: 16, color: MUTED, w: 500 }),
    input('Full name', 'Helen Ashworth'),
    input('Email', 'helen@harbourrooms.co.uk'),
    input('Create a password', '••••••••••'),
    btnInst('Create account', 'c_btn', { w: 460, h: 50, fill: TEAL, radius: 25, name: 'Btn', legacy: 'f_property' }),
    F('Frame 41', { w: 460, layout: 'HORIZONTAL', gap: 6 }, [T('£0 setup fee · 14 days free ·', { size: 13, color: MUTED, w: 190 }), link('See pricing', { size: 13, color: TEAL, legacy: 'f_pricing' })]),
  ]),
  F('Frame 42', { w: 520, layout: 'VERTICAL', pad: 32, gap: 16, radius: 20, fill: '#CCFBF1' }, [
    R('image 3', { w: 456, h: 220, image: 'harbour_rooms_whitby_jpg', radius: 14 }),
    T('“It used to take me a Sunday every month to tie Booking.com payouts to the bank. Now I just glance at it.”', { size: 18, weight: 500, color: INK, w: 456 }),
    T('Helen, owner — The Harbour Rooms, Whitby (7 rooms)', { size: 13, color: MUTED, w: 456 }),
  ]),
], { cols: true, gap: 56 });

const property = page('About your property', 'f_property', 1294, 0, [
  T('Tell us about your property', { size: 26, weight: 700, color: INK }),
  input('Property name', 'The Harbour Rooms'),
  F('Frame 50', { w: 700, layout: 'HORIZONTAL', gap: 20 }, [input('Number of rooms', '7', 220), input('VAT registered?', 'Yes — standard rate', 300)]),
  input('Postcode', 'YO21 3PU', 220),
  btnGroup('Continue', { w: 240, h: 48, radius: 24, fill: TEAL, name: 'Group 21', legacy: 'f_connect' }),
], { title: 'Your property' });

const pcard = (nm, ref, legacy) => F('Frame 61', { w: 260, h: 58, radius: 12, stroke: '#E7E5E4', fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 12, padY: 11, gap: 10, align: 'CENTER', legacy }, [logo(ref, { s: 34 }), T(nm, { size: 14, weight: 600, w: 190, color: INK })]);
const connect = page('Link your systems', 'f_connect', 2588, 0, [
  F('Left', { w: 520, layout: 'VERTICAL', gap: 14 }, [
    T('Link your booking system\u200b and your books', { size: 26, weight: 700, color: INK, w: 520 }),
    T('See every OTA payout land in your bank, matched to its bookings and ready for your accountant — no more Sunday spreadsheets.', { size: 15, color: INK, w: 520 }),
    F('Frame 62', { w: 520, layout: 'VERTICAL', pad: 16, gap: 8, radius: 12, fill: '#F5F5F4' }, [
      T('What we use', { size: 13, weight: 700, color: MUTED, w: 488 }),
      T('From your channel manager we read bookings, OTA commission and payout amounts.\nTo your accounting software we post one sales invoice per payout, with the commission as an expense.', { size: 13, color: INK, w: 488 }),
    ]),
    T('🔐 Your data is encrypted and never passed to third parties without your permission. You can unlink either system at any time from Settings.', { size: 13, color: MUTED, w: 520 }),
    checkRow('', { kind: 'instance', comp: 'c_tick', w: 520, parts: [F('Frame 63', { w: 490, layout: 'VERTICAL', gap: 2 }, [T('I authorise lodgeledger to access this data and accept the', { size: 13, color: INK, w: 490 }), link('Privacy Notice', { size: 13, color: TEAL })])] }),
    btnInst('Link channel manager', 'c_btn', { w: 300, h: 50, fill: TEAL, radius: 25, name: 'Button/Primary', legacy: 'f_redirect' }),
    F('Frame 64', { w: 520, layout: 'HORIZONTAL', gap: 18 }, [link('Step-by-step: linking Little Hotelier', { size: 13, color: TEAL, legacy: 'f_help' }), link('Send to my bookkeeper', { size: 13, color: TEAL, legacy: 'f_share' })]),
    T('Stuck? Ring 0113 496 0721, email hello@lodgeledger.co.uk or chat with us (9–6, Mon–Sat).', { size: 12, color: MUTED, w: 520 }),
  ]),
  F('Right', { w: 540, layout: 'VERTICAL', pad: 20, gap: 12, radius: 16, fill: '#FFFFFF', stroke: '#E7E5E4' }, [
    T('Channel manager & PMS', { size: 18, weight: 700, color: INK, w: 500 }),
    F('Frame 70', { w: 540, layout: 'HORIZONTAL', gap: 12 }, [pcard('Little Hotelier', 'lh_logo', 'f_redirect'), pcard('Cloudbeds', 'cb_logo', 'f_redirect')]),
    F('Frame 71', { w: 540, layout: 'HORIZONTAL', gap: 12 }, [pcard('eviivo suite', 'ev_logo', 'f_redirect'), pcard('Guestline Rezlynx', 'gl_logo', 'f_redirect')]),
    F('Frame 72', { w: 540, layout: 'HORIZONTAL', gap: 12 }, [pcard('Sirvoy', 'sv_logo', 'f_redirect')]),
    T('Accounting', { size: 18, weight: 700, color: INK, w: 500 }),
    F('Frame 73', { w: 540, layout: 'HORIZONTAL', gap: 12 }, [pcard('Xero', 'xero_logo', 'f_redirect'), pcard('QuickBooks Online', 'qbo_logo', 'f_redirect')]),
    F('Frame 74', { w: 540, layout: 'HORIZONTAL', gap: 12 }, [pcard('FreeAgent', 'fa_logo', 'f_redirect'), pcard('Sage Business Cloud Accounting', 'sage_logo', 'f_redirect')]),
    link('Using something else? Upload your payout report (CSV)', { size: 13, color: TEAL, legacy: 'f_upload' }),
  ]),
], { cols: true, gap: 40, title: 'Link accounts' });

const redirect = F('Leaving for Little Hotelier', { key: 'f_redirect', x: 3882, y: 0, w: W, h: H, fill: '#1C1917', opacity: 0.45 }, [
  F('Dialog', { x: 347, y: 250, w: 500, layout: 'VERTICAL', pad: 32, gap: 16, radius: 20, fill: '#FFFFFF' }, [
    F('Frame 80', { w: 436, layout: 'HORIZONTAL', gap: 14, align: 'CENTER' }, [logo('lh_logo', { s: 40 }), V('Vector', { w: 20, h: 12 }), V('Vector', { w: 40, h: 40, fill: TEAL, radius: 10 })]),
    T("We'll open Little Hotelier so you can sign in and approve access. You'll come straight back here afterwards.", { size: 16, color: INK, w: 436 }),
    F('Frame 81', { w: 436, layout: 'HORIZONTAL', gap: 12 }, [
      btnFrame('Not now', { w: 212, h: 46, fill: '#FFFFFF', color: INK, stroke: '#D6D3D1', radius: 23, on: close() }),
      btnInst('Continue', 'c_btn', { w: 212, h: 46, fill: TEAL, radius: 23, legacy: 'f_linked' }),
    ]),
  ]),
]);

const badge = (t, ok) => F('Frame 91', { radius: 12, fill: ok ? '#CCFBF1' : '#FEF3C7', layout: 'HORIZONTAL', padX: 10, padY: 4 }, [T(t, { size: 12, weight: 600, color: ok ? TEAL : '#92400E' })]);
const linked = page('Linked', 'f_linked', 5176, 0, [
  T('Little Hotelier is linked', { size: 26, weight: 700, color: INK }),
  F('Frame 90', { w: 700, h: 72, radius: 14, fill: '#FFFFFF', stroke: '#E7E5E4', layout: 'HORIZONTAL', padX: 18, padY: 18, gap: 14, align: 'CENTER' }, [
    logo('lh_logo'), T('Little Hotelier · The Harbour Rooms', { size: 15, weight: 600, w: 300 }), badge('Linked ✓', true),
    F('Frame 92', { layout: 'HORIZONTAL', gap: 6, align: 'CENTER' }, [E('spinner', { w: 14, h: 14, stroke: TEAL }), T('Syncing bookings…', { size: 12, color: MUTED })]),
  ]),
  F('Frame 93', { w: 700, h: 72, radius: 14, fill: '#FFFFFF', stroke: '#E7E5E4', layout: 'HORIZONTAL', padX: 18, padY: 18, gap: 14, align: 'CENTER' }, [
    logo('xero_logo'), T('Xero', { size: 15, weight: 600, w: 300 }), badge('Not linked yet', false),
    link('Link Xero', { size: 14, color: TEAL, legacy: 'f_redirect' }),
  ]),
  link('+ Link another property', { size: 14, color: TEAL, underline: false, weight: 600, legacy: 'f_connect' }),
  btnInst('Go to payouts', 'c_btn', { w: 240, h: 48, fill: TEAL, radius: 24, legacy: 'f_payouts' }),
], { title: 'Link accounts' });

function prow(a, b, c, d) {
  return F('Row / payout', { w: 1098, h: 52, fill: '#FFFFFF', stroke: '#F5F5F4', layout: 'HORIZONTAL', padX: 16, padY: 16, on: hover('c_row_h') }, [T(a, { size: 14, w: 260 }), T(b, { size: 14, w: 260 }), T(c, { size: 14, w: 260 }), T(d, { size: 14, weight: 600, w: 200 })]);
}
const payouts = page('Payouts', 'f_payouts', 0, 1000, [
  F('Frame 100', { w: 1098, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [T('Payouts', { size: 26, weight: 700, w: 300 }), searchField('Search bookings', { w: 320, radius: 10, fill: '#FFFFFF', stroke: '#D6D3D1' })]),
  F('Banner', { w: 1098, layout: 'HORIZONTAL', pad: 16, gap: 16, radius: 12, fill: '#FFFBEB', stroke: '#FDE68A', align: 'CENTER' }, [
    V('Vector', { w: 20, h: 20, color: '#B45309' }),
    T('6 payouts are waiting to be matched. Link your accounting software and we’ll reconcile them for you.', { size: 14, w: 760 }),
    btnFrame('Link Xero or QuickBooks', { w: 230, h: 40, radius: 20, fill: TEAL, size: 14, legacy: 'f_connect' }),
  ]),
  F('Frame 101', { w: 1098, layout: 'HORIZONTAL', padX: 16, padY: 10, fill: '#F5F5F4' }, ['Channel', 'Arrival', 'Paid out', 'Amount'].map((t) => T(t, { size: 12, weight: 600, color: MUTED, w: t === 'Amount' ? 200 : 260 }))),
  prow('Booking.com', '2 May · Room 4 · 3 nights', '5 May', '£312.40'),
  prow('Airbnb', '1 May · Attic suite · 2 nights', '3 May', '£248.00'),
  prow('Expedia', '28 Apr · Room 2 · 4 nights', '2 May', '£401.15'),
  prow('Direct (Stripe)', '27 Apr · Room 6 · 1 night', '28 Apr', '£96.00'),
], { title: 'Payouts', settings: 'f_settings' });

const srow = (nm, ref, meta1, meta2) => F('Frame 111', { w: 800, layout: 'HORIZONTAL', pad: 18, gap: 16, radius: 14, fill: '#FFFFFF', stroke: '#E7E5E4', align: 'CENTER' }, [
  logo(ref), F('Frame 112', { w: 520, layout: 'VERTICAL', gap: 4 }, [T(nm, { size: 15, weight: 600, w: 520 }), T(meta1, { size: 12, color: MUTED, w: 520 }), T(meta2, { size: 12, color: MUTED, w: 520 })]),
  T('Revoke access', { size: 14, weight: 600, color: '#B91C1C' }),
]);
const settings = page('Settings – linked systems', 'f_settings', 1294, 1000, [
  T('Linked systems', { size: 26, weight: 700 }),
  srow('Little Hotelier', 'lh_logo', 'The Harbour Rooms · property ID 48213', 'Linked 3 Mar 2025 · last update today 10:05'),
  srow('Xero', 'xero_logo', 'Harbour Rooms Ltd · GBP', 'Linked 3 Mar 2025 · last update today 09:58'),
  R('Rectangle 120', { w: 800, h: 1, fill: '#E7E5E4' }),
  T('Close account', { size: 14, weight: 600, color: '#B91C1C' }),
], { title: 'Settings' });

const pricing = page('Pricing', 'f_pricing', 2588, 1000, [
  V('Back', { w: 12, h: 20, on: back() }),
  T('One simple price', { size: 28, weight: 700 }),
  T('£12 a month per property, VAT included. Cancel anytime.', { size: 18, color: INK, w: 700 }),
  T('Includes unlimited payouts, all channels and your accountant’s login.', { size: 15, color: MUTED, w: 700 }),
], { title: 'Pricing' });

const help = page('Help – linking Little Hotelier', 'f_help', 3882, 1000, [
  V('Back', { w: 12, h: 20, on: back() }),
  T('Linking Little Hotelier', { size: 26, weight: 700 }),
  T('1  In lodgeledger, tap Link channel manager and choose Little Hotelier.\n2  Sign in with your Little Hotelier owner login.\n3  Approve “Read reservations and payouts”.\n4  You’re returned here; your last 90 days of bookings import.', { size: 15, w: 800 }),
], { title: 'Help centre' });

const upload = page('Upload payout report', 'f_upload', 5176, 1000, [
  V('Back', { w: 12, h: 20, on: back() }),
  T('Upload a payout report', { size: 26, weight: 700 }),
  F('Drop zone', { w: 700, h: 220, radius: 16, stroke: '#A8A29E', layout: 'VERTICAL', pad: 40, gap: 10 }, [V('Vector', { w: 32, h: 32 }), T('Drag a CSV from your channel manager here', { size: 15, w: 620, align: 'CENTER' })]),
], { title: 'Upload' });

const share = F('Send to bookkeeper', { key: 'f_share', x: 6470, y: 1000, w: W, h: H, fill: '#1C1917', opacity: 0.45 }, [
  F('Dialog', { x: 347, y: 260, w: 500, layout: 'VERTICAL', pad: 28, gap: 14, radius: 20, fill: '#FFFFFF' }, [
    T('Send this step to your bookkeeper', { size: 20, weight: 700, w: 444 }),
    input('Their email', 'accounts@whitbybooks.co.uk', 444),
    F('Frame 130', { w: 444, layout: 'HORIZONTAL', gap: 12 }, [btnFrame('Cancel', { w: 216, h: 44, fill: '#FFFFFF', color: INK, stroke: '#D6D3D1', radius: 22, on: close() }), btnFrame('Send link', { w: 216, h: 44, fill: TEAL, radius: 22, on: close() })]),
  ]),
]);

const flowPage = { name: 'iPad – onboarding', children: [
  S('Onboarding', { x: 0, y: 0, w: 6470, h: 900 }, [signup, property, connect, redirect, linked]),
  payouts, settings, pricing, help, upload, share,
] };

const cover = { name: 'Cover', children: [F('Cover', { x: 0, y: 0, w: 1600, h: 960, fill: TEAL }, [T('lodgeledger · iPad onboarding', { x: 100, y: 400, size: 64, weight: 800, color: '#FFFFFF', w: 1200 })])] };
const archive = { name: 'Old explorations', children: [
  F('Link v0', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [T('Link your channel manager', { x: 48, y: 120, size: 26, weight: 700 }), T('Trusted by 1,800 B&Bs', { x: 48, y: 170, size: 14, visible: false })]),
] };

const built = buildFile({ name: 'lodgeledger iPad', lastModified: '2024-11-19T14:03:51Z', version: '4411902273', pages: [cover, flowPage, components, archive] });

writeOut(dir, 'h93-guesthouse-channel-payouts-tablet', built, {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iPad landscape (1194x834, UK English) onboarding for a payouts and reconciliation app for guesthouses and B&Bs; links a channel manager/PMS (Little Hotelier, Cloudbeds, eviivo, Guestline Rezlynx, Sirvoy) and accounting software (Xero, QuickBooks Online, FreeAgent, Sage Business Cloud Accounting). Older-style prototype links and no starting point set.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'value.progress-meter', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'Create account -> About your property -> Link your systems: 2 taps.',
    'funnel.cta-visible': 'Primary "Link channel manager" button in the centre of its own step.',
    'funnel.social-proof': 'Quote from a named guesthouse owner on the sign-up screen.',
    'value.three-part': 'Benefit (payouts matched and ready for the accountant), data use ("What we use"), one main CTA.',
    'value.contextual-ctas': 'Payouts banner: "Link your accounting software and we’ll reconcile them for you" with a link button.',
    'privacy.data-scope': 'Reads bookings, commission and payouts from the channel manager; posts one sales invoice per payout to accounting.',
    'privacy.trust-language': '"encrypted and never passed to third parties without your permission".',
    'privacy.consent-action': 'Tick box "I authorise … and accept the Privacy Notice" above the button.',
    'privacy.disconnect-anytime': '"You can unlink either system at any time from Settings."',
    'privacy.connection-guide': '"Step-by-step: linking Little Hotelier" opens a help-centre article.',
    'privacy.support-contacts': 'Phone, email and chat on the link step.',
    'platform.explain-redirect': 'Dialog: "We\'ll open Little Hotelier so you can sign in and approve access. You\'ll come straight back here."',
    'platform.grouped-categories': '"Channel manager & PMS" and "Accounting" headings over their cards.',
    'platform.accurate-branding': 'Full names with logos, e.g. Guestline Rezlynx, Sage Business Cloud Accounting, QuickBooks Online.',
    'platform.alternatives': '"Using something else? Upload your payout report (CSV)".',
    'platform.non-linear': '"Send to my bookkeeper" shares the step with someone else.',
    'platform.multiple-connections': '"Linked ✓" and "Not linked yet" badges, "+ Link another property".',
    'connection.view-live': 'Settings lists each system with account, currency, link date and last update.',
    'connection.delete': '"Revoke access" on each linked system.',
    'connection.syncing-indicator': 'Spinner with "Syncing bookings…" after linking.',
    'funnel.greeting-email': 'No welcome email frame.',
    'funnel.prefill': 'No form shown filled from connected data.',
    'value.progress-meter': 'No progress bar, step counter or meter.',
    'privacy.statistics': 'No figures; "£0 setup fee · 14 days free" is pricing and the "Trusted by" line sits hidden on an old exploration.',
    'privacy.powered-by': 'No provider mark.',
    'privacy.mutual-nda': 'No NDA.',
    'platform.search': 'Nine cards with no search over them; "Search bookings" on Payouts searches bookings.',
    'connection.refresh': 'No refresh or sync-now control.',
  },
  flow: { startFrameId: 'f_signup', connectFrameId: 'f_connect', stepsToConnect: 2, deadEnds: ['f_pricing'] },
}, { connectCandidates: ['f_connect', 'f_linked', 'f_payouts'], signUp: 'f_signup' });

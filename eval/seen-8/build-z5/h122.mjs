// h122: equipment finance for US roofing contractors, mobile 375x812, terse copy.
// Older-style prototype: prototypeStartNodeID on the page and transitionNodeID on some nodes.
import { newDoc, page, finish, write, F, G, R, V, T, I, C, E, WRITTEN_BY } from './lib.mjs';
import { btnInst, btnFrame, btnGroup, link, checkbox, logo, spinner } from './kit.mjs';

newDoc('Ridgeline Capital – App – Apply flow', '2024-10-02T13:05:51Z');
const NAVY = '#0F2A44', ORANGE = '#F26A21', GREY = '#667085', INK = '#101828';
const W = 375, H = 812;

const cover = page('Cover');
cover.children.push(F('Thumbnail', 0, 0, 1600, 960, { fill: NAVY }, [
  T('Ridgeline Capital', 100, 100, 1000, 72, 700, { color: '#FFFFFF' }),
  T('iOS · Apply + link flow · Oct', 100, 220, 1000, 32, 500, { color: '#C8D3E0' }),
  R('Rectangle 2', 900, 300, 560, 560, { img: 'heroroof01', radius: 32 }),
]));

const comps = page('Components');
comps.children.push(
  C('Btn', 'btn', 0, 0, 327, 52, { fill: ORANGE, radius: 26 }, [T('Label', 0, 16, 327, 16, 600, { center: true, color: '#FFFFFF', h: 20 })], 'Primary pill'),
  C('Tab bar', 'tabs', 0, 100, 375, 84, { fill: '#FFFFFF', stroke: '#EAECF0' }, []),
  C('Row', 'row', 0, 220, 343, 64, { fill: '#FFFFFF', radius: 12 }, []),
  C('Help', 'help', 400, 0, 32, 32, { fill: '#F2F4F7', radius: 16 }, [T('?', 0, 6, 32, 16, 700, { center: true })]),
);

const flow = page('iOS – Apply');
flow._start = 'splash';

const status = () => G('Status Bar', 0, 0, W, 44, [T('9:41', 24, 14, 60, 15, 600), V('Vector', 300, 16, 52, 12, { fill: INK })]);
const head = (title, back = true) => F('Nav', 0, 44, W, 52, { layout: 'HORIZONTAL', pad: 16 }, [
  back ? V('Vector', 16, 16, 20, 20, { fill: INK, back: true }) : null,
  T(title, 48, 14, 260, 17, 600, { center: false }),
  I('Help', 'help', 327, 10, 32, 32, { go: 'help' }, [T('?', 0, 6, 32, 16, 700, { center: true })]),
]);
const input = (label, value, y, i) => F('Frame ' + (20 + i), 24, y, 327, 70, { layout: 'VERTICAL', gap: 6 }, [
  T(label, 0, 0, 327, 13, 500, { color: GREY }),
  F('Frame ' + (40 + i), 0, 22, 327, 46, { fill: '#FFFFFF', stroke: '#D0D5DD', radius: 10 }, [T(value, 14, 13, 300, 16, 400, { color: value.startsWith('e.g') ? '#98A2B3' : INK })]),
]);
const meter = (label, pct, y) => F('Frame 88', 24, y, 327, 56, { fill: '#F2F4F7', radius: 12, layout: 'VERTICAL', pad: 12, gap: 8 }, [
  T(label, 12, 10, 300, 13, 600),
  R('Rectangle 5', 12, 34, 303, 8, { fill: '#E4E7EC', radius: 4 }),
  R('Rectangle 6', 12, 34, Math.round(303 * pct), 8, { fill: ORANGE, radius: 4 }),
]);

const splash = F('iPhone 13 mini - 1', 0, 0, W, H, { fill: NAVY, key: 'splash' }, [
  status(),
  link('Skip', 307, 56, 44, '#C8D3E0', { tnid: 'signup' }),
  R('Rectangle 1', 0, 110, W, 300, { img: 'truckridge7' }),
  T('Finance your next rig.', 24, 440, 327, 30, 700, { color: '#FFFFFF' }),
  T('Trucks, trailers, lifts. Up to $250k.', 24, 520, 327, 16, 400, { color: '#C8D3E0' }),
  F('Frame 3', 24, 570, 327, 90, { fill: '#173A5C', radius: 12, layout: 'VERTICAL', pad: 14, gap: 6 }, [
    T('“Trailer funded in 2 days.”', 14, 12, 300, 15, 600, { color: '#FFFFFF' }),
    T('— Mike R., owner, LinkPoint Roofing · Tulsa, OK  ★★★★★', 14, 40, 300, 12, 400, { color: '#C8D3E0' }),
  ]),
  btnInst('Get started', 'btn', 24, 700, 327, 52, { name: 'Btn', tnid: 'signup' }),
]);

const signup = F('iPhone 13 mini - 2', 440, 0, W, H, { fill: '#FFFFFF', key: 'signup' }, [
  status(), head('Create account'),
  input('Email', 'mike@linkpointroofing.com', 120, 1), input('Mobile', '(918) 555-0187', 200, 2), input('Password', '••••••••', 280, 3),
  T('By continuing you agree to our', 24, 380, 230, 12, 400, { color: GREY }),
  link('Terms', 210, 380, 60, ORANGE, { size: 12, underline: true, go: 'terms' }),
  btnInst('Continue', 'btn', 24, 720, 327, 52, { go: 'biz' }),
]);

const terms = F('iPhone 13 mini - 3', 440, 900, W, H, { fill: '#FFFFFF', key: 'terms' }, [
  status(), F('Nav', 0, 44, W, 52, {}, [V('Vector', 16, 16, 20, 20, { fill: INK, back: true }), T('Terms', 48, 14, 200, 17, 600)]),
  T('Ridgeline Capital LLC Terms of Use\n\n1. Eligibility. You must be 18+ and own a business in the US.\n2. Credit checks. Applying may include a soft pull.\n3. Communications. We may text you about your application.\n4. Arbitration. Disputes are resolved by binding arbitration.', 24, 110, 327, 14, 400),
]);

const biz = F('iPhone 13 mini - 4', 880, 0, W, H, { fill: '#FFFFFF', key: 'biz' }, [
  status(), head('Your business'),
  input('Legal name', 'e.g. Acme Roofing LLC', 120, 4), input('EIN', 'e.g. 12-3456789', 200, 5), input('Years in business', '7', 280, 6), input('State', 'Oklahoma', 360, 7),
  btnInst('Next', 'btn', 24, 720, 327, 52, { go: 'owner' }),
]);

const owner = F('iPhone 13 mini - 5', 1320, 0, W, H, { fill: '#FFFFFF', key: 'owner' }, [
  status(), head('Owner'),
  input('Full name', 'Mike Ramirez', 120, 8), input('Date of birth', 'e.g. 04/18/1981', 200, 9), input('SSN (last 4)', 'e.g. 1234', 280, 10), input('Ownership %', '100', 360, 11),
  btnInst('Next', 'btn', 24, 720, 327, 52, { go: 'amount' }),
]);

const amount = F('iPhone 13 mini - 6', 1760, 0, W, H, { fill: '#FFFFFF', key: 'amount' }, [
  status(), head('How much?'),
  T('$85,000', 24, 130, 327, 40, 700),
  G('Slider', 24, 200, 327, 24, [R('Rectangle 7', 0, 10, 327, 4, { fill: '#E4E7EC', radius: 2 }), R('Rectangle 8', 0, 10, 110, 4, { fill: ORANGE, radius: 2 }), E('Ellipse 2', 100, 0, 24, 24, { fill: '#FFFFFF', stroke: ORANGE, sw: 2 })]),
  input('Equipment', 'Dump trailer, 14 ft', 260, 12), input('Term', '48 months', 340, 13),
  btnInst('Next', 'btn', 24, 720, 327, 52, { go: 'connect' }),
]);

const connect = F('iPhone 13 mini - 7', 2200, 0, W, H, { fill: '#FFFFFF', key: 'connect' }, [
  status(), head('Speed up approval'),
  meter('Application strength: Fair', 0.4, 110),
  F('Auto layout', 24, 190, 327, 330, { layout: 'VERTICAL', gap: 14 }, [
    F('Frame 61', 0, 0, 327, 70, { layout: 'HORIZONTAL', gap: 12 }, [V('Vector', 0, 4, 24, 24, { fill: ORANGE }), F('Frame 62', 36, 0, 291, 70, { layout: 'VERTICAL', gap: 4 }, [T('Decide faster', 0, 0, 291, 16, 700), T('Decision in 24h, not 5 days.', 0, 26, 291, 14, 400, { color: GREY })])]),
    F('Frame 63', 0, 84, 327, 90, { layout: 'HORIZONTAL', gap: 12 }, [V('Vector', 0, 4, 24, 24, { fill: ORANGE }), F('Frame 64', 36, 0, 291, 90, { layout: 'VERTICAL', gap: 4 }, [T('What we read', 0, 0, 291, 16, 700), T('P&L, invoices + 12 mo. of bank activity, to size your line. Read-only — nothing written back.', 0, 26, 291, 14, 400, { color: GREY })])]),
    F('Frame 65', 0, 188, 327, 70, { layout: 'HORIZONTAL', gap: 12 }, [V('Vector', 0, 4, 24, 24, { fill: ORANGE }), F('Frame 66', 36, 0, 291, 70, { layout: 'VERTICAL', gap: 4 }, [T('Your call', 0, 0, 291, 16, 700), T('Unlink anytime in Accounts.', 0, 26, 291, 14, 400, { color: GREY })])]),
  ]),
  btnInst('Link accounts', 'btn', 24, 660, 327, 52, { go: 'picker' }),
  T('No thanks — review manually (5–7 days)', 24, 728, 327, 13, 500, { center: true, color: GREY }),
]);

const pcard = (name, y, i) => I('Row', 'row', 16, y, 343, 56, { overlay: 'sheet' }, [
  logo(12, 12, 32, name, { radius: 6 }), T(name, 56, 18, 240, 15, 500), V('Vector', 315, 20, 12, 16, { fill: '#98A2B3', name: 'chevron' + i }),
]);
const picker = F('iPhone 13 mini - 8', 2640, 0, W, 1180, { fill: '#F9FAFB', key: 'picker' }, [
  status(), head('Link accounts'),
  T('Accounting', 24, 110, 300, 13, 700, { color: GREY }),
  ...['QuickBooks Online', 'QuickBooks Desktop', 'Xero', 'FreshBooks', 'Sage 50 Accounting'].map((n, i) => pcard(n, 136 + i * 62, i)),
  T('Bank', 24, 460, 300, 13, 700, { color: GREY }),
  ...['Chase', 'Bank of America', 'Wells Fargo', 'Other bank'].map((n, i) => pcard(n, 486 + i * 62, 10 + i)),
  G('Group 9', 24, 750, 327, 24, [T('Bank links powered by', 0, 4, 170, 12, 400, { color: GREY }), R('image 22', 160, 0, 64, 24, { img: 'plaidlogo01' })]),
  F('Frame 90', 16, 800, 343, 80, { fill: '#FFFFFF', stroke: '#EAECF0', radius: 12, layout: 'VERTICAL', pad: 14, gap: 4 }, [
    T('Don’t see yours?', 14, 12, 300, 15, 600), link('Upload statements (PDF) →', 14, 40, 300, ORANGE, { go: 'upload' }),
  ]),
]);

const sheet = F('Sheet', 3080, 300, W, 512, { fill: '#FFFFFF', radius: 20, key: 'sheet' }, [
  R('Rectangle 11', 163, 8, 48, 5, { fill: '#D0D5DD', radius: 3 }),
  T('Heads up', 24, 30, 327, 20, 700),
  T('You’ll leave Ridgeline to sign in to QuickBooks. Approve access, then you’re back here.', 24, 66, 327, 15, 400),
  T('🔒 Bank-level encryption. We never sell or share your data.', 24, 150, 327, 13, 500, { color: GREY }),
  G('Group 12', 24, 210, 327, 44, [checkbox(0, 2, 'vector'), T('I agree to the', 32, 2, 110, 14, 400), link('Data Use Terms', 132, 2, 160, ORANGE, { underline: true, url: 'https://ridgeline.example/data-use' })]),
  btnInst('Continue', 'btn', 24, 400, 327, 52, { go: 'linked' }),
  link('Cancel', 24, 470, 327, GREY, { center: true, close: true }),
]);

const linked = F('iPhone 13 mini - 9', 3520, 0, W, H, { fill: '#FFFFFF', key: 'linked' }, [
  status(), head('Linked'),
  meter('Application strength: Strong', 0.8, 110),
  ...[['QuickBooks Online', 'Linked ✓', '#12B76A'], ['Chase', 'Pending — finish in Chase', '#F79009']].map(([n, s, c], i) =>
    F('Frame ' + (70 + i), 24, 190 + i * 76, 327, 64, { fill: '#F9FAFB', radius: 12, layout: 'HORIZONTAL', pad: 12, gap: 12 }, [logo(12, 12, 40, n), T(n, 64, 12, 240, 15, 600), T(s, 64, 36, 240, 12, 500, { color: c })])),
  btnGroup('+ Add bank', 24, 360, 327, 48, '#FFF4ED', { go: 'picker', radius: 24 }, ORANGE),
  btnInst('Continue', 'btn', 24, 720, 327, 52, { go: 'review' }),
]);

const review = F('iPhone 13 mini - 10', 3960, 0, W, H, { fill: '#FFFFFF', key: 'review' }, [
  status(), head('Review'),
  T('Pulled from QuickBooks. Edit if wrong.', 24, 104, 327, 13, 500, { color: '#12B76A' }),
  input('Legal name', 'LinkPoint Roofing LLC', 130, 14), input('EIN', '73-4418820', 210, 15), input('Address', '2210 E 11th St, Tulsa, OK 74104', 290, 16), input('Annual revenue', '$1,840,000', 370, 17), input('Employees', '11', 450, 18),
  btnInst('Submit', 'btn', 24, 720, 327, 52, { go: 'home' }),
]);

const tabbar = (active) => I('Tab bar', 'tabs', 0, 728, W, 84, {}, ['Home', 'Loans', 'Accounts', 'More'].map((t, i) =>
  G('Group ' + (30 + i), 14 + i * 90, 10, 76, 50, [V('Vector', 26, 0, 24, 24, { fill: t === active ? ORANGE : '#98A2B3' }), T(t, 0, 30, 76, 11, 500, { center: true, color: t === active ? ORANGE : GREY, go: t === 'Accounts' ? 'accounts' : t === 'Home' ? 'home' : undefined })])));

const home = F('iPhone 13 mini - 11', 4400, 0, W, H, { fill: '#F9FAFB', key: 'home' }, [
  status(), T('Hi, Mike', 24, 60, 300, 24, 700),
  F('Frame 100', 16, 110, 343, 120, { fill: NAVY, radius: 16, layout: 'VERTICAL', pad: 16 }, [T('Application', 16, 16, 300, 13, 500, { color: '#C8D3E0' }), T('In review · $85,000', 16, 40, 300, 20, 700, { color: '#FFFFFF' }), T('Decision by Thu', 16, 80, 300, 13, 400, { color: '#C8D3E0' })]),
  F('Frame 101', 16, 250, 343, 200, { fill: '#FFFFFF', radius: 16, layout: 'VERTICAL', pad: 16, gap: 8 }, [
    T('Cash-flow forecast', 16, 16, 300, 16, 700),
    R('Rectangle 12', 16, 48, 311, 80, { fill: '#F2F4F7', radius: 8 }),
    T('Link your bank to see 90 days ahead.', 16, 136, 311, 13, 400, { color: GREY }),
    btnFrame('Link bank', 16, 160, 120, 32, ORANGE, { go: 'picker', radius: 16, size: 13 }),
  ]),
  tabbar('Home'),
]);

const accounts = F('iPhone 13 mini - 12', 4840, 0, W, H, { fill: '#F9FAFB', key: 'accounts' }, [
  status(), F('Frame 110', 0, 44, W, 56, { layout: 'HORIZONTAL', pad: 16 }, [T('Accounts', 24, 12, 200, 24, 700), V('Vector', 330, 18, 22, 22, { fill: INK, name: 'refresh' })]),
  ...[['QuickBooks Online', 'Linked Sep 12 · Synced 2h ago'], ['Chase Business ••4821', 'USD · Linked Sep 12 · Syncing…']].map(([n, s], i) =>
    F('Frame ' + (111 + i), 16, 116 + i * 84, 343, 72, { fill: '#FFFFFF', radius: 12, layout: 'HORIZONTAL', pad: 12, gap: 12, go: i === 1 ? 'acct' : undefined }, [
      logo(12, 16, 40, n), T(n, 64, 14, 230, 15, 600), T(s, 64, 38, 230, 12, 400, { color: GREY }), i === 1 ? spinner(310, 28) : V('Vector', 316, 28, 12, 16, { fill: '#98A2B3' }),
    ])),
  btnGroup('Refresh all', 16, 300, 343, 44, '#FFFFFF', { stroke: '#D0D5DD', radius: 22 }, INK),
  tabbar('Accounts'),
]);

const acct = F('iPhone 13 mini - 13', 5280, 0, W, H, { fill: '#FFFFFF', key: 'acct' }, [
  status(), head('Chase Business ••4821'),
  ...[['Type', 'Checking'], ['Currency', 'USD'], ['Linked', 'Sep 12, 2024 10:02 AM'], ['Last sync', 'Today 7:15 AM'], ['Data', 'Balances, transactions (12 mo.)']].map(([a, b], i) =>
    F('Frame ' + (120 + i), 24, 110 + i * 52, 327, 44, { layout: 'HORIZONTAL' }, [T(a, 0, 12, 120, 14, 400, { color: GREY }), T(b, 130, 12, 197, 14, 500)])),
  btnGroup('Sync now', 24, 400, 327, 48, '#F2F4F7', { radius: 24 }, INK),
  btnGroup('Unlink account', 24, 460, 327, 48, '#FEF3F2', { radius: 24 }, '#D92D20'),
  T('Stops access to this account. Past data is kept for your application.', 24, 520, 327, 12, 400, { color: GREY }),
]);

const help = F('iPhone 13 mini - 14', 5720, 0, W, H, { fill: '#FFFFFF', key: 'help' }, [
  status(), F('Nav', 0, 44, W, 52, {}, [V('Vector', 16, 16, 20, 20, { fill: INK, back: true }), T('Help', 48, 14, 200, 17, 600)]),
  ...[['Call', '(800) 555-0142 · M–F 7a–7p CT'], ['Text', '(918) 555-0100'], ['Email', 'help@ridgelinecap.com'], ['Chat', 'Avg reply 3 min']].map(([a, b], i) =>
    F('Frame ' + (130 + i), 16, 110 + i * 76, 343, 64, { fill: '#F9FAFB', radius: 12, layout: 'HORIZONTAL', pad: 12, gap: 12 }, [V('Vector', 12, 20, 24, 24, { fill: ORANGE }), T(a, 48, 10, 250, 15, 600), T(b, 48, 34, 270, 13, 400, { color: GREY })])),
  link('Delete my Ridgeline profile', 24, 700, 327, '#D92D20', { size: 13 }),
]);

const upload = F('iPhone 13 mini - 15', 6160, 0, W, H, { fill: '#FFFFFF', key: 'upload' }, [
  status(), head('Upload statements'),
  T('Last 3 months. PDF.', 24, 110, 327, 15, 400, { color: GREY }),
  F('Frame 140', 24, 150, 327, 180, { stroke: '#D0D5DD', radius: 12, layout: 'VERTICAL', align: 'CENTER' }, [V('Vector', 146, 50, 36, 36, { fill: '#98A2B3' }), T('Tap to add files', 0, 100, 327, 14, 500, { center: true })]),
  btnInst('Done', 'btn', 24, 720, 327, 52, { go: 'linked' }),
]);

flow.children.push(splash, signup, terms, biz, owner, amount, connect, picker, sheet, linked, review, home, accounts, acct, help, upload);

const arch = page('Archive');
arch.children.push(F('old splash', 0, 0, W, H, { fill: '#FFFFFF', opacity: 0.5 }, [T('Equipment loans for roofers', 24, 300, 327, 24, 700)]));

const keys = finish();
write('h122-roofing-contractor-finance-mobile', {
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iPhone (375x812) application flow for equipment finance aimed at US roofing contractors, terse copy. Splash with a customer quote, sign-up, business, owner and amount steps, then a "Speed up approval" screen with a strength meter, a picker grouping accounting packages and banks, a redirect/consent sheet, linked status, a prefilled review, home, Accounts with sync state and an account detail with unlink, help and a statement-upload fallback. Terms screen is a dead end.',
  present: ['funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'value.faq-link', 'privacy.statistics', 'privacy.connection-guide', 'privacy.mutual-nda', 'platform.search', 'platform.non-linear'],
  notes: {
    'funnel.three-actions': 'Sign-up → business → owner → amount → link screen: four steps after sign-up (five from the splash).',
    'value.three-part': '"Decision in 24h, not 5 days" (value), "P&L, invoices + 12 mo. of bank activity, to size your line" (use), one "Link accounts" button (next).',
    'value.progress-meter': '"Application strength" bar at 40% before linking and 80% after.',
    'privacy.powered-by': '"Bank links powered by" with a logo image on the picker.',
    'platform.accurate-branding': 'QuickBooks Online and QuickBooks Desktop listed separately; Sage 50 Accounting in full.',
    'privacy.support-contacts': 'A "?" on every step header opens Help with phone, text, email and chat.',
    'platform.search': 'Nine rows, no search field.',
    'platform.non-linear': 'No save-for-later, share or invite; the only alternative is a slower manual review.',
    'privacy.statistics': '"Bank-level encryption" carries no figure; the splash quote is a testimonial, not a count.',
    'connection.syncing-indicator': 'Chase row on Accounts reads "Syncing…" with a spinner.',
  },
  flow: { startFrameId: 'splash', connectFrameId: 'connect', stepsToConnect: 5, deadEnds: ['terms'] },
}, keys);

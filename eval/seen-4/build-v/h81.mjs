// h81 — payouts for dog kennels and daycares, iPad landscape, UK English.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, build, T, col, row, rect, vec, screen, section, canvas, resolveLinks, componentSet, component, cid, writeFile, writeTruth, WRITTEN_BY } from './lib.mjs';
import { instBtn, frameBtn, groupBtn, link, field, checkbox, search, logo, card, heading, para } from './widgets.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h81-kennel-bookings-payouts-tablet';
const doc = makeDoc(NAME, 'DM Sans');
const W = 1180, H = 820, GREEN = '#1B5E4B';

// ---- Components page (built first so instances can point at it) ----
const C = '3';
const btnSet = componentSet(doc, C, 'Btn', 100, 100, [
  { name: 'Property 1=Default', key: 'btnDefault', spec: row('x', [T('Button', { size: 16, weight: 600, color: '#FFFFFF' })], { fill: GREEN, radius: 10, pad: [14, 24, 14, 24] }) },
  { name: 'Property 1=Hover', key: 'btnHover', spec: row('x', [T('Button', { size: 16, weight: 600, color: '#FFFFFF' })], { fill: '#14473A', radius: 10, pad: [14, 24, 14, 24] }) },
  { name: 'Property 1=Disabled', key: 'btnDisabled', spec: row('x', [T('Button', { size: 16, weight: 600, color: '#FFFFFF' })], { fill: '#A9C2BA', radius: 10, pad: [14, 24, 14, 24] }) },
], { description: 'Primary action' });
const tick = component(doc, C, row('Tickbox/on', [vec('Vector', 12, 9, { fill: '#FFFFFF' })], { w: 20, h: 20, pad: [5, 4, 5, 4], fill: GREEN, radius: 4, key: 'tick' }), 460, 100);
const navItem = component(doc, C, row('Nav item', [vec('Icon', 20, 20, { fill: '#5A6070' }), T('Label', { size: 15 })], { w: 200, gap: 12, pad: [10, 14, 10, 14], key: 'nav' }), 460, 200);
const BTN = cid(doc, 'btnDefault'), TICK = cid(doc, 'tick'), NAV = cid(doc, 'nav');

// ---- Flow page ----
const P = '1';
const at = (i) => ({ x: (i % 4) * (W + 120), y: Math.floor(i / 4) * (H + 220) });
const topBar = (right) => row('Top bar', [row('Logo', [vec('Vector', 28, 28, { fill: GREEN }), T('Pawroll', { size: 20, weight: 700, color: GREEN })], { gap: 8, w: 180 }), T('', { size: 12 }), ...(right ? [right] : [])], { pad: [20, 40, 20, 40], fill: '#FFFFFF', h: 72 });
const navRail = (active) => col('Sidebar', [
  row('Logo', [vec('Vector', 28, 28, { fill: GREEN }), T('Pawroll', { size: 20, weight: 700, color: GREEN })], { gap: 8 }),
  ...['Home', 'Payouts', 'Bookings', 'Connections', 'Settings'].map((l) => row(l === active ? 'Nav item / active' : 'Nav item', [vec('Icon', 20, 20, { fill: '#5A6070' }), T(l, { size: 15, weight: l === active ? 700 : 400 })], { type: 'INSTANCE', componentId: NAV, gap: 12, pad: [10, 14, 10, 14], fill: l === active ? '#E6F0EC' : undefined, radius: 8, link: l === 'Connections' ? 'conns' : l === 'Settings' ? 'account' : l === 'Home' ? 'dash' : undefined })),
], { w: 230, h: H, gap: 6, pad: [28, 14, 28, 14], fill: '#F6F7F4' });

const s = [];
// 1 Sign up
s.push(screen(doc, P, 'signup', 'Sign up', at(0).x, at(0).y, W, H, [
  row('Frame 12', [
    rect('Rectangle 2', 540, H, { image: 'b7c1f0a2d4e6' }),
    col('Frame 14', [
      row('Logo', [vec('Vector', 28, 28, { fill: GREEN }), T('Pawroll', { size: 20, weight: 700, color: GREEN })], { gap: 8 }),
      heading('Get paid for every stay, not just the ones you remember to invoice', { size: 26 }),
      para('Create your account in under a minute.'),
      field('Work email', 'you@yourkennel.co.uk'),
      field('Password', '••••••••'),
      field('Kennel or daycare name', 'e.g. Muddy Paws Daycare'),
      instBtn(BTN, 'Create account', { link: 'welcome', name: 'Btn' }),
      T('Sign up with Gingr', { size: 14, visible: false, name: 'sso (old)' }),
      row('Frame 19', [para('Already using Pawroll?', { size: 14 }), link('Log in', { w: 60 }), T('·', { size: 14, w: 10 }), link('See pricing', { link: 'pricing', w: 90 })], { gap: 8 }),
    ], { gap: 18, pad: [60, 60, 40, 60], w: W - 540 }),
  ], { h: H }),
]));
// 2 Welcome
s.push(screen(doc, P, 'welcome', 'Welcome', at(1).x, at(1).y, W, H, [
  topBar(T('Step 1 of 3', { size: 13, color: '#7A8090', w: 100 })),
  row('Frame 31', [
    col('Frame 32', [
      heading('Welcome aboard, Sam 👋', { size: 28 }),
      para('Three quick bits and your first payout is on its way:'),
      T('1  Tell us a little about your kennel\n2  Plug in the booking system you already use\n3  Add the bank account you get paid into', { size: 17, weight: 500, name: 'steps' }),
      frameBtn("Let's go", { link: 'connect', fill: GREEN, w: 160, n: 33 }),
    ], { gap: 20, w: 560 }),
    col('Frame 40', [
      T('★★★★★', { size: 18, color: '#E9A23B' }),
      T('“Our Christmas boarding deposits landed in the bank before the last dog went home. I\u00a0haven’t opened a spreadsheet since.”', { size: 17, weight: 500 }),
      row('Frame 41', [rect('Ellipse 1', 44, 44, { image: 'a1f9d0c3e2b4', radius: 22 }), col('Frame 42', [T('Hannah Okafor', { size: 14, weight: 600 }), T('Owner, The Barking Lot, Bristol', { size: 13, color: '#7A8090' })], { gap: 2 })], { gap: 12 }),
    ], { gap: 14, pad: [28, 28, 28, 28], fill: '#F2F6F4', radius: 16 }),
  ], { gap: 60, pad: [60, 60, 40, 60] }),
]));
// 3 Connect booking software (decision point)
s.push(screen(doc, P, 'connect', 'Connect – booking software', at(2).x, at(2).y, W, H, [
  topBar(row('Meter', [T('Payout readiness', { size: 13, color: '#5A6070', w: 120 }), row('Frame 51', [rect('Rectangle 5', 64, 8, { fill: GREEN, radius: 4 }), rect('Rectangle 6', 96, 8, { fill: '#DDE5E1', radius: 4 })], { w: 160, gap: 0 }), T('40%', { size: 13, weight: 700, w: 40 })], { gap: 10, w: 340 })),
  row('Frame 52', [
    col('Frame 53', [
      T('STEP 2 OF 3', { size: 12, weight: 700, color: GREEN }),
      heading('Plug in your booking software', { size: 28 }),
      para('See tonight’s deposits as tomorrow’s payout, without copying a single booking across by hand.', { size: 17 }),
      col('Frame 54', [
        row('Frame 55', [vec('Vector', 18, 18, { fill: GREEN }), para('Pawroll reads your bookings, deposits and cancellations from your booking system to work out what you’re owed. We never write anything back to your diary.', { size: 14 })], { gap: 10 }),
        row('Frame 56', [vec('Vector', 18, 18, { fill: GREEN }), para('🔒 Encrypted in transit and at rest. Your kennel’s data is never passed to anyone else unless you say so.', { size: 14 })], { gap: 10 }),
        row('Frame 57', [vec('Vector', 18, 18, { fill: GREEN }), para('Changed your mind later? Unplug it whenever you like from Settings › Connections.', { size: 14 })], { gap: 10 }),
      ], { gap: 12 }),
      checkbox([T('I agree to Pawroll reading my booking data as set out in the ', { size: 14, w: 380 }), link('Data Privacy Policy', { w: 140 })], { componentId: TICK, name: 'consent' }),
      instBtn(BTN, 'Choose booking software', { link: 'picker', w: 280 }),
      row('Frame 59', [link('Why does Pawroll need this?', { w: 200, link: { kind: 'URL', url: 'https://help.pawroll.co.uk/why-connect' } }), T('Ask a teammate · Finish later', { size: 14, color: '#2F5BD6', link: 'status', name: 'Ask a teammate · Finish later' })], { gap: 24 }),
    ], { gap: 18, w: 640 }),
    col('Frame 60', [rect('Rectangle 8', 360, 300, { image: '99de0c1a7b3f', radius: 16 }), T('Stuck? Ring us on 0161 496 0958 · help@pawroll.co.uk · Live chat 8am–8pm', { size: 13, color: '#5A6070' })], { gap: 16 }),
  ], { gap: 60, pad: [32, 60, 32, 60] }),
]));
// 4 Picker
const booking = [['e1a0', 'Gingr'], ['e1a1', 'Kennel Connection'], ['e1a2', 'PetExec'], ['e1a3', 'Revelation Pets'], ['e1a4', 'DaySmart Pet'], ['e1a5', 'Kennel Booker']];
const banks = [['f2b0', 'Barclays Business'], ['f2b1', 'Starling Bank'], ['f2b2', 'Monzo Business'], ['f2b3', 'NatWest'], ['f2b4', 'HSBC UK Business'], ['f2b5', 'Lloyds Bank Business']];
s.push(screen(doc, P, 'picker', 'Choose software', at(3).x, at(3).y, W, H, [
  topBar(link('Back', { w: 60, link: { kind: 'BACK' }, underline: false })),
  col('Frame 70', [
    heading('Which system do you use?', { size: 24 }),
    para('Pick one and we’ll open its sign-in page so you can approve access. Once that’s done you come straight back here.', { size: 14 }),
    search('Search booking systems and banks', { w: 520 }),
    T('Booking & diary software', { size: 18, weight: 600 }),
    row('Frame 71', booking.map(([r, n], i) => card(r, n, null, { n: 72 + i, logo: 32, size: 14, link: i === 0 ? { to: 'redirect', nav: 'OVERLAY' } : undefined })), { gap: 12 }),
    T('Bank accounts', { size: 18, weight: 600 }),
    row('Frame 79', banks.map(([r, n], i) => card(r, n, null, { n: 80 + i, logo: 32, size: 14 })), { gap: 12 }),
    row('Frame 88', [para('Can’t see yours?', { size: 14, w: 120 }), link('Upload a CSV export instead', { link: 'upload', w: 220 })], { gap: 6 }),
  ], { gap: 14, pad: [20, 60, 20, 60] }),
]));
// 5 Redirect overlay
s.push(screen(doc, P, 'redirect', 'Modal / leaving', at(4).x, at(4).y, 560, 380, [
  col('Frame 90', [
    row('Frame 91', [logo('e1a0', { size: 44 }), vec('Vector', 24, 12, { fill: '#9AA0AE' }), rect('Rectangle 9', 44, 44, { fill: GREEN, radius: 10 })], { gap: 14 }),
    heading('Heading over to Gingr', { size: 22 }),
    para('A Gingr window will open. Sign in there and tap Allow — we’ll bring you back here automatically.', { size: 15 }),
    instBtn(BTN, 'Continue to Gingr', { link: 'status', w: 220 }),
    link('Not now', { link: { kind: 'CLOSE' }, underline: false, color: '#5A6070' }),
  ], { gap: 16, pad: [36, 36, 36, 36] }),
], { fill: '#FFFFFF' }));
// 6 Status
s.push(screen(doc, P, 'status', 'Connections – in progress', at(5).x, at(5).y, W, H, [
  topBar(row('Meter', [T('Payout readiness', { size: 13, color: '#5A6070', w: 120 }), row('Frame 101', [rect('Rectangle 10', 128, 8, { fill: GREEN, radius: 4 }), rect('Rectangle 11', 32, 8, { fill: '#DDE5E1', radius: 4 })], { w: 160 }), T('80%', { size: 13, weight: 700, w: 40 })], { gap: 10, w: 340 })),
  col('Frame 102', [
    heading('Nearly there', { size: 26 }),
    col('Frame 103', [
      row('Frame 104', [logo('e1a0', { size: 36 }), T('Gingr', { size: 16, weight: 600 }), T('✓ Connected', { size: 14, weight: 600, color: GREEN, w: 120 })], { gap: 14, pad: [14, 18, 14, 18], stroke: '#E1E4EA', radius: 12 }),
      row('Frame 105', [logo('f2b0', { size: 36 }), T('Barclays Business', { size: 16, weight: 600 }), T('Waiting for you to approve in the Barclays app', { size: 14, color: '#B26A00', w: 320 })], { gap: 14, pad: [14, 18, 14, 18], stroke: '#F0C98A', radius: 12, fill: '#FFF8EC' }),
      frameBtn('+ Add another account', { link: 'picker', fill: '#FFFFFF', color: GREEN, stroke: GREEN, w: 240, n: 106 }),
    ], { gap: 12, w: 720 }),
    row('Frame 107', [instBtn(BTN, 'Continue', { link: 'details', w: 160 }), link('Send this step to a colleague', { w: 230 }), link('I’ll finish this later', { w: 180, link: 'dash' })], { gap: 24 }),
  ], { gap: 22, pad: [32, 60, 32, 60] }),
]));
// 7 Upload
s.push(screen(doc, P, 'upload', 'Upload export', at(6).x, at(6).y, W, H, [
  topBar(link('Back', { w: 60, link: { kind: 'BACK' }, underline: false })),
  col('Frame 110', [
    heading('Upload your bookings instead', { size: 24 }),
    para('Export your bookings from your system as a CSV or Excel file and drop it here. We’ll match deposits to payouts for you.'),
    col('Dropzone', [vec('Vector', 40, 40, { fill: '#9AA0AE' }), T('Drag a file here or browse', { size: 15, weight: 600, align: 'CENTER' }), T('CSV or XLSX · up to 20\u00a0MB', { size: 13, color: '#7A8090', align: 'CENTER' })], { gap: 10, pad: [60, 40, 60, 40], stroke: '#B8C0CC', radius: 16, center: true }),
    groupBtn('Upload file', { link: 'status', fill: GREEN, n: 111 }),
  ], { gap: 18, pad: [32, 200, 32, 200] }),
]));
// 8 Prefilled details
s.push(screen(doc, P, 'details', 'Kennel details', at(7).x, at(7).y, W, H, [
  topBar(T('Step 3 of 3', { size: 13, color: '#7A8090', w: 100 })),
  col('Frame 120', [
    heading('Check your kennel’s details', { size: 24 }),
    para('We’ve filled these in from Barclays Business and Companies House. Tweak anything that looks off.', { size: 14 }),
    row('Frame 121', [field('Registered name', 'The Waggy Tail Ltd', { filled: true }), field('Company number', '11840276', { filled: true })], { gap: 20 }),
    row('Frame 122', [field('VAT number', 'GB 318 4402 17', { filled: true }), field('Main contact', 'Sam Whitfield', { filled: true })], { gap: 20 }),
    field('Registered address', '14 Mill Lane, Harrogate HG1 2QT', { filled: true }),
    instBtn(BTN, 'Looks good', { link: 'dash', w: 160 }),
  ], { gap: 18, pad: [32, 160, 32, 160] }),
]));
// 9 Dashboard
s.push(screen(doc, P, 'dash', 'Home', at(8).x, at(8).y, W, H, [
  row('Frame 130', [
    navRail('Home'),
    col('Frame 131', [
      heading('Morning, Sam', { size: 26 }),
      row('Frame 132', [
        col('Frame 133', [T('Paid out this week', { size: 13, color: '#7A8090' }), T('£3,482.50', { size: 28, weight: 700 })], { gap: 6, pad: [20, 20, 20, 20], stroke: '#E1E4EA', radius: 12 }),
        col('Frame 134', [T('Deposits held', { size: 13, color: '#7A8090' }), T('£1,120.00', { size: 28, weight: 700 })], { gap: 6, pad: [20, 20, 20, 20], stroke: '#E1E4EA', radius: 12 }),
      ], { gap: 16 }),
      col('Chart card', [
        T('Next 14 days of payouts', { size: 17, weight: 600 }),
        rect('Rectangle 13', 800, 180, { fill: '#F2F4F7', radius: 8 }),
        para('Add the bank you get paid into and we’ll forecast each Friday’s payout here.', { size: 14 }),
        frameBtn('Link your bank', { link: 'picker', fill: GREEN, w: 180, n: 135 }),
      ], { gap: 12, pad: [20, 20, 20, 20], stroke: '#E1E4EA', radius: 12 }),
    ], { gap: 20, pad: [32, 40, 32, 40] }),
  ], { h: H }),
]));
// 10 Connections settings
const connRow = (ref, nm, meta, last) => row('Frame ' + ref, [
  logo(ref, { size: 36 }),
  col('Frame', [T(nm, { size: 15, weight: 600 }), T(meta, { size: 13, color: '#7A8090' })], { gap: 2, w: 360 }),
  T(last, { size: 13, color: '#5A6070', w: 200 }),
  frameBtn('Sync now', { fill: '#FFFFFF', color: GREEN, stroke: '#CDD2DC', w: 110, n: 140 }),
  link('Disconnect', { color: '#C0392B', underline: false, w: 90, link: { to: 'revoke', nav: 'OVERLAY' } }),
], { gap: 16, pad: [14, 16, 14, 16], stroke: '#E1E4EA', radius: 12 });
s.push(screen(doc, P, 'conns', 'Settings / Connections', at(9).x, at(9).y, W, H, [
  row('Frame 150', [
    navRail('Connections'),
    col('Frame 151', [
      heading('Connections', { size: 26 }),
      para('Everything Pawroll reads from. Linked apps sync every hour.', { size: 14 }),
      connRow('e1a0', 'Gingr', 'Booking software · linked 3 Mar 2025, 09:14', 'Last sync today, 07:02'),
      connRow('f2b0', 'Barclays Business', 'Business current account ••4821 · GBP · linked 3 Mar 2025', 'Last sync today, 06:58'),
      link('View sync history', { w: 160 }),
      frameBtn('+ Add connection', { link: 'picker', fill: GREEN, w: 190, n: 152 }),
    ], { gap: 16, pad: [32, 40, 32, 40] }),
  ], { h: H }),
]));
// 11 Revoke modal
s.push(screen(doc, P, 'revoke', 'Modal / revoke', at(10).x, at(10).y, 520, 320, [
  col('Frame 160', [
    heading('Disconnect Gingr?', { size: 22 }),
    para('Pawroll will stop reading new bookings straight away and Gingr will no longer share data with us. Bookings we’ve already imported stay until you delete them.', { size: 14 }),
    row('Frame 161', [frameBtn('Revoke access', { fill: '#C0392B', link: 'conns', w: 170, n: 162 }), frameBtn('Keep it', { fill: '#FFFFFF', color: '#1F2430', stroke: '#CDD2DC', link: { kind: 'CLOSE' }, w: 120, n: 163 })], { gap: 12 }),
  ], { gap: 16, pad: [32, 32, 32, 32] }),
]));
// 12 Account settings (look-alikes)
s.push(screen(doc, P, 'account', 'Settings / Account', at(11).x, at(11).y, W, H, [
  row('Frame 170', [
    navRail('Settings'),
    col('Frame 171', [
      heading('Account', { size: 26 }),
      col('Plan', [T('Pawroll Plus · £29 a month', { size: 16, weight: 600 }), para('Billed monthly, cancel anytime. Your next invoice is on 1 April.', { size: 14 })], { gap: 6, pad: [20, 20, 20, 20], stroke: '#E1E4EA', radius: 12 }),
      col('Danger zone', [T('Delete account', { size: 16, weight: 600 }), para('Permanently removes your kennel, team and payout history.', { size: 14 }), frameBtn('Delete account', { fill: '#C0392B', w: 170, n: 172 })], { gap: 8, pad: [20, 20, 20, 20], stroke: '#F2C4BE', radius: 12 }),
    ], { gap: 20, pad: [32, 40, 32, 40] }),
  ], { h: H }),
]));
// 13 Pricing — dead end
s.push(screen(doc, P, 'pricing', 'Pricing', at(12).x, at(12).y, W, H, [
  topBar(null),
  col('Frame 180', [
    heading('Simple pricing for busy kennels', { size: 28, align: 'CENTER' }),
    row('Frame 181', [
      col('Frame 182', [T('Starter', { size: 18, weight: 600 }), T('£0', { size: 32, weight: 700 }), para('1% per payout. Up to 40 kennels or runs.', { size: 14 })], { gap: 8, pad: [24, 24, 24, 24], stroke: '#E1E4EA', radius: 16 }),
      col('Frame 183', [T('Plus', { size: 18, weight: 600 }), T('£29/mo', { size: 32, weight: 700 }), para('0.5% per payout. Unlimited runs, multi-site.', { size: 14 })], { gap: 8, pad: [24, 24, 24, 24], stroke: GREEN, radius: 16 }),
    ], { gap: 24 }),
    para('Prices exclude VAT.', { size: 12, align: 'CENTER' }),
  ], { gap: 24, pad: [40, 160, 40, 160] }),
]));
// 14 Welcome email (not on the prototype path)
s.push(screen(doc, P, 'email', 'Email — welcome', at(13).x, at(13).y, 640, H, [
  col('Frame 190', [
    T('From: Pawroll <hello@pawroll.co.uk>\nSubject: Your Pawroll account is ready 🐾', { size: 13, color: '#7A8090' }),
    heading('You’re in, Sam!', { size: 24 }),
    para('Here’s how to get your first payout out of the door:'),
    T('1. Tell us about your kennel ✔\n2. Plug in your booking software — this is where Pawroll starts working out what you’re owed\n3. Add the bank you get paid into', { size: 15, weight: 500 }),
    groupBtn('Plug in my booking software', { fill: GREEN, w: 300, n: 191, link: { kind: 'URL', url: 'https://app.pawroll.co.uk/setup/booking' } }),
    para('Prefer to do it on the phone? Reply to this email or call 0161 496 0958.', { size: 13 }),
  ], { gap: 16, pad: [40, 40, 40, 40] }),
], { fill: '#FAFAF7' }));

const [signup, ...rest] = s;
const flowPage = canvas(doc, P, '🐾 Onboarding v3', [section(doc, P, 'Onboarding – iPad', rest.slice(0, 11)), signup, rest[11], rest[12]], { starts: [['signup', 'Kennel sign-up']] });

// ---- Cover & archive ----
const cover = canvas(doc, '0', 'Cover', [build(doc, '0', col('Cover', [T('Pawroll — Onboarding (iPad)', { size: 64, weight: 700, color: '#FFFFFF' }), T('Status: Ready for dev · v3 · March', { size: 28, color: '#CFE3DA' })], { w: 1920, h: 960, fill: GREEN, pad: [300, 160, 160, 160], gap: 24 }), 0, 0, 1920)]);
const archive = canvas(doc, '4', 'Archive', [
  build(doc, '4', col('Sign up (v1)', [heading('Sign up', { size: 28 }), field('Email', 'you@example.com'), T('Continue', { size: 16 })], { w: W, h: H, pad: [80, 80, 80, 80], gap: 20, fill: '#FFFFFF' }), 0, 0, W),
  build(doc, '4', col('Old dashboard', [heading('Dashboard', { size: 28 }), rect('Rectangle 1', 800, 300, { fill: '#EEEEEE' })], { w: W, h: H, pad: [80, 80, 80, 80], gap: 20, fill: '#FFFFFF' }), W + 120, 0, W),
]);
const comps = canvas(doc, C, 'Components', [btnSet, tick, navItem]);
resolveLinks(doc);
writeFile(join(out, `${NAME}.json`), doc, { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, comps, archive] }, { name: 'Pawroll – iPad onboarding', lastModified: '2025-03-14T10:22:41Z', version: '5120345988' });

writeTruth(join(out, `${NAME}.truth.json`), {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'iPad landscape onboarding for a UK payouts product for dog kennels and daycares; the kennel plugs in its booking software and the bank it is paid into.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'privacy.connection-guide', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'The "Email — welcome" frame lists three numbered steps with plugging in booking software second and a button to do it.',
    'funnel.three-actions': 'Sign up -> Welcome -> booking-software prompt: two clicks.',
    'funnel.cta-visible': 'Main button on the connect screen; "Connections" is a permanent sidebar entry.',
    'funnel.social-proof': 'Five-star quote from a named kennel owner on the welcome screen.',
    'funnel.prefill': 'Kennel details screen is prefilled from the bank and Companies House (company number, VAT, address, contact).',
    'value.three-part': 'Benefit line, what is read and that nothing is written back, then one main button.',
    'value.contextual-ctas': 'Payout forecast chart on Home carries a "Link your bank" button.',
    'value.faq-link': '"Why does Pawroll need this?" link beside the CTA.',
    'value.progress-meter': '"Payout readiness" meter grows from 40% to 80% as sources are added.',
    'privacy.data-scope': 'Names bookings, deposits and cancellations, read from the booking system, nothing written back.',
    'privacy.trust-language': 'Encrypted, never passed to anyone else unless you say so.',
    'privacy.consent-action': 'Tick box with agreement text and a Data Privacy Policy link above the button.',
    'privacy.disconnect-anytime': '"Unplug it whenever you like from Settings › Connections."',
    'privacy.support-contacts': 'Phone number, email and live chat on the connect screen.',
    'privacy.statistics': 'No figures about customers or encryption anywhere.',
    'privacy.powered-by': 'No provider mark.',
    'privacy.connection-guide': 'Only a privacy policy and a "why" link; no how-to-connect guide.',
    'platform.explain-redirect': 'Picker and the Gingr modal say a sign-in window opens and you come back.',
    'platform.grouped-categories': '"Booking & diary software" and "Bank accounts" headings over card groups.',
    'platform.accurate-branding': 'Full product names with logos (Barclays Business, HSBC UK Business, Lloyds Bank Business, Kennel Connection...).',
    'platform.alternatives': '"Can’t see yours? Upload a CSV export instead" leads to an upload screen.',
    'platform.non-linear': '"Ask a teammate · Finish later", "Send this step to a colleague", "I’ll finish this later".',
    'platform.multiple-connections': 'Status screen: Connected tick, bank awaiting approval, "+ Add another account".',
    'connection.view-live': 'Settings / Connections lists each platform with linked date, last sync and account currency.',
    'connection.delete': 'Disconnect link and a revoke-access modal.',
    'connection.refresh': '"Sync now" per connection.',
    'connection.syncing-indicator': 'No spinner or syncing state is drawn.',
  },
  flow: { startFrameId: doc.keys.signup, connectFrameId: doc.keys.connect, stepsToConnect: 2, deadEnds: [doc.keys.pricing] },
});

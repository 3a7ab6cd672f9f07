// d63 — veterinary practice payments, iPad landscape, UK English.
import { setPage, reseed, F, S, T, R, V, I, C, G, E, canvas, finish, countNodes, flowFacts, writeOut, fileShell, WRITTEN_BY, btnFrame, btnGroup, btnInst, link, check, field, logo, spinner, divider, auto } from './lib.mjs';

const NAME = 'd63-veterinary-practice-payments-tablet';
const W = 1194, H = 834;
reseed(63);
const GREEN = '#1F6F5C', INK = '#17211E', MUTED = '#5E6B67';

// Components page first so instance ids are known.
setPage(5, 1);
const cPrimary = C('COMPONENT', 'Type=Primary', [0, 0, 240, 48], { fill: GREEN, radius: 10 }, [T('Button', [16, 14, 208, 20], { s: 15, w: 600, c: '#FFFFFF', align: 'CENTER' })]);
const cSecondary = C('COMPONENT', 'Type=Secondary', [0, 72, 240, 48], { stroke: GREEN, radius: 10 }, [T('Button', [16, 14, 208, 20], { s: 15, w: 600, c: GREEN, align: 'CENTER' })]);
const cSet = C('COMPONENT_SET', 'Comp / Action / Large', [40, 40, 280, 160], { stroke: '#9747FF' }, [cPrimary, cSecondary]);
const cTile = C('COMPONENT', 'tile/integration', [400, 40, 260, 88], { fill: '#FFFFFF', stroke: '#DDE3E1', radius: 12 }, [R('logo', [16, 20, 48, 48], { fill: '#EEEEEE', radius: 8 }), T('Name', [80, 32, 160, 22], { s: 16, w: 600 })]);
const cNav = C('COMPONENT', 'nav-item', [700, 40, 220, 44], { radius: 8 }, [V('Vector', [12, 12, 20, 20], { fill: MUTED }), T('Label', [44, 12, 160, 20], { s: 15 })]);
const compPage = canvas('5:1', 'Components', [cSet, cTile, cNav]);
const components = {};
for (const [c, d] of [[cPrimary, 'Main action'], [cSecondary, 'Outline'], [cTile, 'Integration tile with logo'], [cNav, 'Sidebar item']]) components[c.id] = { key: `k${c.id.replace(':', 'x')}a63`, name: c.name, description: d, ...(c.name.startsWith('Type=') ? { componentSetId: cSet.id } : {}), documentationLinks: [] };
const componentSets = { [cSet.id]: { key: 'ks63set', name: cSet.name, description: '' } };
const P = cPrimary.id, SEC = cSecondary.id, TILE = cTile.id, NAV = cNav.id;

setPage(1, 1);
const footerSupport = (y) => F(auto('Frame'), [48, y, W - 96, 40], { layout: 'HORIZONTAL', gap: 24 }, [
  T('Stuck? Ring us on 0161 496 0734 · help@pawlinkpay.co.uk · Live chat 8am–8pm', [0, 10, 700, 20], { s: 13, c: MUTED }),
]);
const header = (title, sub) => F(auto('Frame'), [48, 40, 700, 90], { layout: 'VERTICAL', gap: 8 }, [
  T(title, [0, 0, 700, 40], { s: 28, w: 700, c: INK }),
  ...(sub ? [T(sub, [0, 48, 700, 40], { s: 16, c: MUTED })] : []),
]);
const sidebar = (active) => F('Sidebar', [0, 0, 240, H], { fill: '#F2F5F4', layout: 'VERTICAL', padX: 12, padY: 24, gap: 4 }, [
  V('Vector', [20, 24, 120, 28], { fill: GREEN, name: 'PawLink logo' }),
  ...['Today', 'Payments', 'Reconciliation', 'Integrations', 'Settings'].map((l, i) => I('nav-item', [12, 80 + i * 48, 216, 44], NAV, { fill: l === active ? '#DCEBE6' : undefined, go: l === 'Integrations' ? ['integrations'] : l === 'Settings' ? ['account'] : undefined }, [V('Vector', [12, 12, 20, 20], { fill: MUTED }), T(l, [44, 12, 160, 20], { s: 15, w: l === active ? 600 : 400 })])),
]);

// 1 sign-up
const signup = F('Sign up', [0, 0, W, H], { key: 'signup', fill: '#FFFFFF' }, [
  F(auto('Frame'), [0, 0, 500, H], { fill: '#E8F1EE' }, [
    V('Vector', [48, 48, 150, 34], { fill: GREEN }),
    T('PawLink Payments', [48, 96, 360, 32], { s: 22, w: 700, c: GREEN }),
    T('Card, phone and pay-by-link payments built for vet practices.', [48, 140, 380, 60], { s: 17, c: INK }),
    R(auto('Rectangle'), [48, 260, 400, 420], { fill: { type: 'IMAGE', scaleMode: 'FILL', imageRef: 'a63hero0dogcat' }, radius: 16 }),
    G(auto('Group'), [48, 700, 400, 90], [
      T('“Since we moved over, reception closes the till in ten minutes.”', [0, 0, 400, 48], { s: 15, c: INK }),
      T('— Practice manager, Hollybank Veterinary Centre', [0, 56, 400, 20], { s: 13, c: MUTED }),
    ], { hidden: true }),
  ]),
  F(auto('Frame'), [580, 120, 520, 600], { layout: 'VERTICAL', gap: 20 }, [
    T('Create your practice account', [0, 0, 520, 36], { s: 26, w: 700, c: INK }),
    field('Practice name', 'e.g. Bramble Lane Vets', [0, 60, 520, 68], { placeholder: true }),
    field('Work email', 'you@practice.co.uk', [0, 148, 520, 68], { placeholder: true }),
    field('Password', '••••••••••', [0, 236, 520, 68]),
    btnInst('Create account', [0, 330, 520, 52], P, { go: ['about'] }),
    T('By continuing you accept our Terms of Service.', [0, 400, 520, 20], { s: 13, c: MUTED }),
    link('See plans and pricing', [0, 436, 200, 20], GREEN, { go: ['pricing'] }),
  ]),
]);

// 2 pricing (dead end, only BACK)
const pricing = F('Pricing', [0, 0, W, H], { key: 'pricing', fill: '#FFFFFF' }, [
  header('Plans for every size of practice', 'Simple monthly pricing. Cancel anytime — no exit fees.'),
  ...['Surgery|£49/mo|1–3 vets', 'Hospital|£129/mo|4–12 vets', 'Group|Talk to us|13+ vets'].map((s, i) => {
    const [n, p, v] = s.split('|');
    return F(auto('Frame'), [48 + i * 360, 200, 340, 380], { fill: '#F7FAF9', stroke: '#DDE3E1', radius: 16, layout: 'VERTICAL', padX: 24, padY: 24, gap: 12 }, [
      T(n, [24, 24, 292, 28], { s: 20, w: 700 }), T(p, [24, 64, 292, 36], { s: 28, w: 700, c: GREEN }), T(v, [24, 112, 292, 20], { s: 14, c: MUTED }),
      T('1.4% + 20p per card payment\nFree pay-by-link\nNext-day payouts', [24, 150, 292, 70], { s: 14 }),
    ]);
  }),
  link('← Back', [48, 760, 80, 20], GREEN, { back: true, u: false }),
]);

// 3 about the practice
const about = F('Frame 12', [0, 0, W, H], { key: 'about', fill: '#FFFFFF' }, [
  header('Tell us about your practice', 'Two quick questions, then we’ll get you taking payments.'),
  F(auto('Frame'), [48, 170, 600, 400], { layout: 'VERTICAL', gap: 24 }, [
    field('How many vets work at the practice?', '4', [0, 0, 600, 68]),
    T('Which animals do you mostly see?', [0, 92, 600, 20], { s: 13, w: 500, c: MUTED }),
    F(auto('Frame'), [0, 120, 600, 44], { layout: 'HORIZONTAL', gap: 8 }, ['Small animal', 'Equine', 'Farm', 'Exotics'].map((t, i) => F(auto('Frame'), [i * 140, 0, 130, 44], { stroke: '#C6D0CD', radius: 22, fill: i === 0 ? '#DCEBE6' : '#FFFFFF' }, [T(t, [12, 12, 106, 20], { s: 14, align: 'CENTER' })]))),
    btnFrame('Continue', [0, 200, 240, 52], GREEN, { go: ['connect'] }),
  ]),
]);

// 4 connect prompt with three-part value message laid out as a numbered list
const connect = F('link systems', [0, 0, W, H], { key: 'connect', fill: '#FFFFFF' }, [
  F(auto('Frame'), [48, 48, 640, 700], { layout: 'VERTICAL', gap: 20 }, [
    T('Let PawLink do the end-of-day reconciling', [0, 0, 640, 72], { s: 28, w: 700, c: INK }),
    F(auto('Frame'), [0, 92, 640, 330], { layout: 'VERTICAL', gap: 16 }, [
      F(auto('Frame'), [0, 0, 640, 96], { layout: 'HORIZONTAL', gap: 16 }, [
        E(auto('Ellipse'), [0, 0, 32, 32], { fill: '#DCEBE6' }), T('1', [11, 6, 10, 20], { s: 15, w: 700, c: GREEN }),
        T('Every card and phone payment is matched to its consult, and your takings land in your books already balanced.', [48, 0, 590, 48], { s: 16 }),
      ]),
      F(auto('Frame'), [0, 112, 640, 96], { layout: 'HORIZONTAL', gap: 16 }, [
        E(auto('Ellipse'), [0, 0, 32, 32], { fill: '#DCEBE6' }), T('2', [11, 6, 10, 20], { s: 15, w: 700, c: GREEN }),
        T('We read invoices and client balances from your practice management system and your sales ledger from your accounting package. Data only flows into PawLink; we never write back to your records.', [48, 0, 590, 72], { s: 16 }),
      ]),
      F(auto('Frame'), [0, 224, 640, 96], { layout: 'HORIZONTAL', gap: 16 }, [
        E(auto('Ellipse'), [0, 0, 32, 32], { fill: '#DCEBE6' }), T('3', [11, 6, 10, 20], { s: 15, w: 700, c: GREEN }),
        T('Link your practice software now — it takes about two minutes.', [48, 0, 590, 48], { s: 16 }),
      ]),
    ]),
    btnInst('Link practice software', [0, 440, 320, 52], P, { name: 'cta/primary', go: ['pick'] }),
    btnInst('I’ll do this later', [0, 508, 320, 48], SEC, { go: ['dashboard'] }, GREEN),
    link('Why link? Read the FAQs', [0, 574, 260, 20], GREEN, { url: 'https://help.pawlinkpay.co.uk/faqs/why-link' }),
  ]),
  F(auto('Frame'), [760, 48, 386, 520], { fill: '#F2F5F4', radius: 16, layout: 'VERTICAL', padX: 24, padY: 24, gap: 16 }, [
    V('Vector', [24, 24, 28, 32], { fill: GREEN, name: 'shield' }),
    T('Your data stays safe', [24, 72, 338, 26], { s: 18, w: 600 }),
    T('Protected with bank-grade 256-bit encryption, end to end. We never pass your clients’ details to anyone else without your permission, and you decide what gets shared.', [24, 108, 338, 120], { s: 15, c: MUTED }),
    T('0 breaches across 38 million synced records since 2019.', [24, 244, 338, 44], { s: 15, w: 600, c: GREEN }),
  ]),
  footerSupport(780),
]);

// 5 platform picker, grouped by category
const tile = (label, ref, x, y, to) => I(label, [x, y, 260, 88], TILE, { go: to ? [to] : undefined }, [logo([16, 20, 48, 48], ref), T(label, [80, 32, 170, 22], { s: 16, w: 600 })]);
const pick = F('Frame 431', [0, 0, W, H], { key: 'pick', fill: '#FFFFFF' }, [
  header('Which systems does your practice use?', 'Pick one to start. You can add the rest afterwards.'),
  F(auto('Frame'), [48, 150, 1100, 520], { layout: 'VERTICAL', gap: 28 }, [
    F(auto('Frame'), [0, 0, 1100, 220], { layout: 'VERTICAL', gap: 12 }, [
      T('Practice management', [0, 0, 400, 26], { s: 20, w: 700, c: INK }),
      F(auto('Frame'), [0, 40, 1100, 180], { layout: 'HORIZONTAL', gap: 16 }, [
        tile('ezyVet', 'img63ezyvet', 0, 0, 'consent'), tile('Provet Cloud', 'img63provet', 276, 0, 'consent'), tile('RxWorks', 'img63rxworks', 552, 0, 'consent'), tile('VetSolutions Robovet', 'img63robovet', 828, 0, 'consent'),
      ]),
    ]),
    F(auto('Frame'), [0, 248, 1100, 160], { layout: 'VERTICAL', gap: 12 }, [
      T('Accounting', [0, 0, 400, 26], { s: 20, w: 700, c: INK }),
      F(auto('Frame'), [0, 40, 1100, 100], { layout: 'HORIZONTAL', gap: 16 }, [
        tile('Xero', 'img63xero', 0, 0, 'consent'), tile('QuickBooks Online', 'img63qbo', 276, 0, 'consent'), tile('Sage Business Cloud Accounting', 'img63sagebca', 552, 0, 'consent'), tile('FreeAgent', 'img63freeagent', 828, 0, 'consent'),
      ]),
    ]),
  ]),
  F(auto('Frame'), [48, 680, 1100, 60], { layout: 'HORIZONTAL', gap: 32 }, [
    link('Don’t see your system? Upload a CSV export instead', [0, 20, 420, 20], GREEN, { go: ['upload'] }),
    link('Not your job? Send this step to a colleague', [460, 20, 360, 20], GREEN, { go: [['share', 'OVERLAY']] }),
  ]),
  footerSupport(780),
]);

// 6 share overlay
const share = F('Property 1=Share', [0, 0, 520, 360], { key: 'share', fill: '#FFFFFF', radius: 16 }, [
  T('Pass this step to a colleague', [32, 32, 456, 28], { s: 20, w: 700 }),
  T('We’ll email them a secure link to finish linking. Your progress is saved.', [32, 72, 456, 44], { s: 15, c: MUTED }),
  field('Their email', 'accounts@practice.co.uk', [32, 136, 456, 68], { placeholder: true }),
  btnFrame('Send invite', [32, 240, 200, 48], GREEN, { close: true }),
  link('Cancel', [260, 254, 80, 20], MUTED, { close: true, u: false }),
]);

// 7 consent before redirect
const consent = F('Frame 433', [0, 0, W, H], { key: 'consent', fill: '#FFFFFF' }, [
  header('Before you link ezyVet', null),
  F(auto('Frame'), [48, 120, 620, 560], { layout: 'VERTICAL', gap: 18 }, [
    T('What we’ll read', [0, 0, 620, 24], { s: 18, w: 600 }),
    T('•  Invoices and payments taken\n•  Client account balances\n•  Consult dates and attending vet', [0, 34, 620, 80], { s: 15 }),
    T('Read-only: data travels from ezyVet to PawLink. Nothing is changed in ezyVet.', [0, 124, 620, 44], { s: 15, c: MUTED }),
    T('What happens next', [0, 186, 620, 24], { s: 18, w: 600 }),
    T('ezyVet will open in a new window. Sign in there and approve access, then you’ll be brought straight back to PawLink.', [0, 220, 620, 44], { s: 15, c: MUTED }),
    F(auto('Frame'), [0, 290, 620, 48], { layout: 'HORIZONTAL', gap: 12 }, [
      check([0, 2, 20, 20]),
      T('I agree that PawLink may access this data as described in the Data Privacy Notice.', [32, 0, 560, 44], { s: 14 }),
    ]),
    link('Data Privacy Notice', [32, 346, 160, 20], GREEN, { url: 'https://pawlinkpay.co.uk/privacy' }),
    btnInst('Continue to ezyVet', [0, 390, 300, 52], P, { go: ['syncing'] }),
    link('Back', [0, 460, 60, 20], MUTED, { back: true, u: false }),
  ]),
  footerSupport(780),
]);

// 8 syncing (old-style transitionNodeID)
const syncing = F('Frame 434', [0, 0, W, H], { key: 'syncing', fill: '#FFFFFF' }, [
  F(auto('Frame'), [347, 260, 500, 260], { layout: 'VERTICAL', gap: 20, old: 'linked' }, [
    spinner([226, 0, 48, 48]),
    T('Syncing with ezyVet…', [0, 72, 500, 30], { s: 22, w: 600, align: 'CENTER' }),
    T('Pulling in the last 90 days of invoices. You can leave this page; we’ll keep going.', [0, 112, 500, 44], { s: 15, c: MUTED, align: 'CENTER' }),
  ]),
]);

// 9 linked list, multiple connections
const row = (name, ref, status, colour, y, extra = []) => F(auto('Frame'), [0, y, 700, 72], { fill: '#FFFFFF', stroke: '#DDE3E1', radius: 12, layout: 'HORIZONTAL', padX: 16, gap: 16 }, [
  logo([16, 16, 40, 40], ref), T(name, [72, 24, 300, 24], { s: 16, w: 600 }),
  F(auto('Frame'), [520, 22, 164, 28], { fill: colour, radius: 14 }, [T(status, [10, 4, 144, 20], { s: 13, w: 600, align: 'CENTER' })]),
  ...extra,
]);
const linked = F('Frame 435', [0, 0, W, H], { key: 'linked', fill: '#FFFFFF' }, [
  header('Nice — ezyVet is linked', 'Add your accounting package too so payouts reconcile in both places.'),
  F(auto('Frame'), [48, 170, 700, 300], { layout: 'VERTICAL', gap: 12 }, [
    row('ezyVet', 'img63ezyvet', 'Linked ✓', '#DCEBE6', 0),
    row('Xero', 'img63xero', 'Awaiting approval', '#FFF1D6', 84),
    btnGroup('+  Link another system', [0, 168, 260, 48], '#FFFFFF', { stroke: GREEN, go: ['pick'] }, GREEN),
  ]),
  btnInst('Continue', [48, 520, 240, 52], P, { go: ['details'] }),
  footerSupport(780),
]);

// 10 prefilled practice details
const details = F('Frame 436', [0, 0, W, H], { key: 'details', fill: '#FFFFFF' }, [
  header('Check your practice details', 'We’ve filled these in from Xero. Change anything that’s out of date.'),
  F(auto('Frame'), [48, 170, 1000, 420], { layout: 'VERTICAL', gap: 16 }, [
    F(auto('Frame'), [0, 0, 1000, 68], { layout: 'HORIZONTAL', gap: 24 }, [field('Registered company name', 'Bramble Lane Veterinary Ltd', [0, 0, 488, 68], { bg: '#F4FAF7' }), field('Companies House number', '09876543', [512, 0, 488, 68], { bg: '#F4FAF7' })]),
    F(auto('Frame'), [0, 84, 1000, 68], { layout: 'HORIZONTAL', gap: 24 }, [field('VAT number', 'GB 123 4567 89', [0, 0, 488, 68], { bg: '#F4FAF7' }), field('Annual turnover', '£1,240,000', [512, 0, 488, 68], { bg: '#F4FAF7' })]),
    field('Registered address', '14 Bramble Lane, Macclesfield SK10 2AB', [0, 168, 1000, 68], { bg: '#F4FAF7' }),
    field('Practice manager', 'Dana Whitfield · dana@bramblelanevets.co.uk', [0, 252, 1000, 68], { bg: '#F4FAF7' }),
    T('✓ Auto-filled from Xero', [0, 336, 300, 20], { s: 13, w: 600, c: GREEN }),
  ]),
  btnFrame('Looks right', [48, 620, 220, 52], GREEN, { go: ['dashboard'] }),
]);

// 11 dashboard with contextual prompt
const dashboard = F('Dashboard', [0, 0, W, H], { key: 'dashboard', fill: '#FAFBFB' }, [
  sidebar('Today'),
  F(auto('Frame'), [272, 32, 890, 770], { layout: 'VERTICAL', gap: 20 }, [
    T('Good morning, Dana', [0, 0, 600, 34], { s: 26, w: 700 }),
    F(auto('Frame'), [0, 56, 890, 120], { layout: 'HORIZONTAL', gap: 16 }, ['Taken today|£3,482.10', 'Pending payouts|£9,120.55', 'Failed|2'].map((s, i) => F(auto('Frame'), [i * 296, 0, 280, 120], { fill: '#FFFFFF', stroke: '#E3E8E6', radius: 12 }, [T(s.split('|')[0], [20, 20, 240, 20], { s: 14, c: MUTED }), T(s.split('|')[1], [20, 52, 240, 36], { s: 28, w: 700 })]))),
    F(auto('Frame'), [0, 196, 890, 360], { fill: '#FFFFFF', stroke: '#E3E8E6', radius: 12 }, [
      T('Matched vs unmatched payouts', [24, 24, 500, 24], { s: 18, w: 600 }),
      R(auto('Rectangle'), [24, 72, 842, 200], { fill: '#F2F5F4', radius: 8 }),
      V('Vector', [60, 120, 770, 100], { stroke: '#C6D0CD', opacity: 0.6 }),
      T('Link your accounting package to see which payouts have landed in your books.', [120, 150, 650, 24], { s: 15, align: 'CENTER', c: MUTED }),
      btnFrame('Link accounting', [345, 290, 200, 44], GREEN, { go: ['pick'] }),
    ]),
    T('Help: 0161 496 0734 · help@pawlinkpay.co.uk · Raise a ticket', [0, 580, 800, 20], { s: 13, c: MUTED }),
  ]),
]);

// 12 integrations view (live connections, refresh; disconnect is hidden)
const liveRow = (name, ref, first, last, y) => F(auto('Frame'), [0, y, 860, 96], { fill: '#FFFFFF', stroke: '#E3E8E6', radius: 12, layout: 'HORIZONTAL', padX: 20, gap: 20 }, [
  logo([20, 24, 48, 48], ref),
  F(auto('Frame'), [88, 18, 420, 64], { layout: 'VERTICAL', gap: 4 }, [T(name, [0, 0, 420, 22], { s: 17, w: 600 }), T(`First synced ${first}\nLast synced ${last}`, [0, 26, 420, 40], { s: 13, c: MUTED })]),
  btnFrame('↻ Sync now', [560, 26, 140, 44], '#FFFFFF', { stroke: GREEN }, GREEN),
  btnFrame('Disconnect', [720, 26, 120, 44], '#FFFFFF', { stroke: '#B42318', hidden: true }, '#B42318'),
]);
const integrations = F('Integrations', [0, 0, W, H], { key: 'integrations', fill: '#FAFBFB' }, [
  sidebar('Integrations'),
  F(auto('Frame'), [272, 32, 890, 770], { layout: 'VERTICAL', gap: 16 }, [
    T('Integrations', [0, 0, 600, 34], { s: 26, w: 700 }),
    liveRow('ezyVet', 'img63ezyvet', '3 Mar 2026, 09:14', '5 minutes ago', 60),
    liveRow('Xero', 'img63xero', '3 Mar 2026, 09:21', 'today, 07:02', 172),
    F(auto('Frame'), [0, 284, 860, 56], { fill: '#EEF5FF', radius: 10, layout: 'HORIZONTAL', padX: 16, gap: 12 }, [spinner([16, 16, 24, 24]), T('Xero — syncing 1,204 transactions…', [52, 18, 600, 20], { s: 14 })]),
    btnInst('Link another system', [0, 360, 260, 48], SEC, { go: ['pick'] }, GREEN),
  ]),
]);

// 13 account settings with look-alike delete
const account = F('Settings', [0, 0, W, H], { key: 'account', fill: '#FAFBFB' }, [
  sidebar('Settings'),
  F(auto('Frame'), [272, 32, 890, 770], { layout: 'VERTICAL', gap: 16 }, [
    T('Practice settings', [0, 0, 600, 34], { s: 26, w: 700 }),
    field('Trading name', 'Bramble Lane Vets', [0, 60, 600, 68]),
    field('Payout account', 'Barclays ••••4471', [0, 144, 600, 68]),
    T('Danger zone', [0, 250, 300, 24], { s: 18, w: 600, c: '#B42318' }),
    T('Closing your PawLink account stops all payments and cannot be undone.', [0, 282, 600, 20], { s: 14, c: MUTED }),
    btnFrame('Delete account', [0, 316, 180, 44], '#B42318'),
  ]),
]);

// 14 upload alternative
const upload = F('Frame 438', [0, 0, W, H], { key: 'upload', fill: '#FFFFFF' }, [
  header('Upload your day sheets', 'Export a CSV from your practice system and drop it here. We’ll match payments from the file instead.'),
  F(auto('Frame'), [48, 180, 700, 260], { stroke: '#9FB5AE', radius: 16, fill: '#F7FAF9' }, [
    V('Vector', [334, 80, 32, 32], { fill: GREEN }),
    T('Drag a .csv here or browse', [0, 130, 700, 24], { s: 16, align: 'CENTER' }),
  ]),
  btnFrame('Upload file', [48, 470, 200, 52], GREEN, { go: ['linked'] }),
  link('Back to the list', [280, 486, 140, 20], GREEN, { back: true }),
]);

// 15 welcome email (greeting)
const email = F('Email / welcome', [0, 0, 640, 900], { fill: '#FFFFFF' }, [
  V('Vector', [40, 40, 130, 30], { fill: GREEN }),
  T('Welcome to PawLink, Dana 🐾', [40, 100, 560, 34], { s: 24, w: 700 }),
  T('Three steps and you’re ready for your first client:', [40, 150, 560, 22], { s: 16 }),
  T('1  Confirm your practice details\n2  Link your practice software — this is what switches on automatic reconciliation\n3  Take a test payment on the card reader', [40, 190, 560, 110], { s: 16 }),
  btnFrame('Link my practice software', [40, 320, 300, 52], GREEN, { url: 'https://app.pawlinkpay.co.uk/link' }),
  T('Prefer to do it from the app? Open PawLink on your iPad and tap “Link practice software”.', [40, 396, 560, 44], { s: 14, c: MUTED }),
  link('Link your accounting package too', [40, 456, 300, 20], GREEN, { url: 'https://app.pawlinkpay.co.uk/link/accounting' }),
  divider([40, 500, 560, 1]),
  T('PawLink Payments Ltd · 3 Hardman St, Manchester · Unsubscribe', [40, 520, 560, 20], { s: 12, c: '#8A9490' }),
]);

const flowPage = canvas('1:1', 'Flow — iPad v3', [
  S('Onboarding', [0, 0, 6 * (W + 100) + 100, H + 200], [signup, pricing, about, connect, pick, consent, syncing, linked, details, upload].map((f, i) => { f._b = [100 + (i % 6) * (W + 100), 100 + Math.floor(i / 6) * 0, W, H]; return f; })),
  S('In app', [0, H + 400, 4 * (W + 100) + 100, H + 200], [dashboard, integrations, account].map((f, i) => { f._b = [100 + i * (W + 100), 100, W, H]; return f; })),
  (() => { share._b = [100, 2 * H + 900, 520, 360]; return share; })(),
  (() => { email._b = [800, 2 * H + 900, 640, 900]; return email; })(),
], { flowStartingPoints: [{ nodeId: signup.id, name: 'Onboarding' }], prototypeStartNodeID: signup.id });
// keep onboarding frames from overlapping
[signup, pricing, about, connect, pick, consent, syncing, linked, details, upload].forEach((f, i) => { f._b = [100 + i * (W + 100), 100, W, H]; });
flowPage.children[0]._b = [0, 0, 10 * (W + 100) + 100, H + 200];

setPage(0, 1);
const cover = canvas('0:1', 'Cover', [F('Cover', [0, 0, 1920, 1080], { fill: GREEN }, [
  T('PawLink — iPad onboarding', [120, 400, 1200, 80], { s: 64, w: 700, c: '#FFFFFF' }),
  T('Status: ready for dev · v3 · owner: Product design', [120, 500, 1200, 30], { s: 24, c: '#DCEBE6' }),
])]);
setPage(9, 1);
const archive = canvas('9:1', 'Archive', [F('v1 link screen (old)', [0, 0, W, H], { fill: '#FFFFFF' }, [
  T('Connect your software', [48, 48, 600, 36], { s: 28, w: 700 }),
  T('Trusted by 2,000 practices', [48, 100, 600, 22], { s: 16 }),
  btnFrame('Connect', [48, 150, 200, 48], '#333333'),
])]);

const document = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [cover, flowPage, compPage, archive] };
finish(document);
const facts = flowFacts(flowPage, signup.id, connect.id);
const file = fileShell(NAME, '2026-03-04T10:12:44Z', document, components, componentSets);

const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.refresh', 'connection.syncing-indicator'];
const absent = ['funnel.social-proof', 'value.progress-meter', 'privacy.disconnect-anytime', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.delete'];
const notes = {
  'funnel.greeting-email': 'Separate "Email / welcome" frame: numbered 1-2-3 list with linking as step 2 and two link calls to action.',
  'funnel.three-actions': 'Sign up -> practice questions -> link screen: two steps.',
  'value.three-part': 'Numbered 1/2/3 block on the link screen: benefit (reconciled takings), data use (invoices, balances, sales ledger, read-only), next step with the main button.',
  'value.faq-link': '"Why link? Read the FAQs" under the buttons.',
  'value.contextual-ctas': 'Dashboard payout chart empty state has a "Link accounting" button.',
  'privacy.statistics': '"0 breaches across 38 million synced records since 2019."',
  'privacy.support-contacts': 'Phone, email and live chat / ticket in footers of most screens.',
  'platform.non-linear': '"I\'ll do this later" and "Send this step to a colleague" overlay.',
  'platform.alternatives': 'CSV day-sheet upload for unlisted systems.',
  'connection.refresh': '"↻ Sync now" on each live connection.',
  'connection.delete': 'The Disconnect buttons on the Integrations screen are hidden layers; "Delete account" in settings closes the PawLink account, not a connection.',
  'privacy.disconnect-anytime': 'Nothing tells the practice it can unlink later; "Cancel anytime" on Pricing is about the subscription.',
  'funnel.social-proof': 'Only testimonial is a hidden layer on sign-up; "Trusted by" text sits on the Archive page only.',
  'privacy.powered-by': 'No provider mark anywhere.',
  'platform.search': 'Eight tiles, no search field.',
};
const truth = {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Card and phone payments for UK vet practices on iPad (landscape). The practice links its practice-management system (ezyVet, Provet Cloud, RxWorks, VetSolutions Robovet) and its accounting package (Xero, QuickBooks Online, Sage Business Cloud Accounting, FreeAgent). Numbered value block on the link screen, consent checkbox, prefilled details from Xero, in-app Integrations list with sync-now; no disconnect control visible.',
  present, absent, notes,
  flow: { startFrameId: signup.id, connectFrameId: connect.id, stepsToConnect: facts.stepsToConnect, deadEnds: facts.deadEnds },
};
writeOut(new URL('..', import.meta.url).pathname, NAME, file, truth);
console.log(NAME, 'nodes', countNodes(document), 'flow', JSON.stringify(truth.flow));

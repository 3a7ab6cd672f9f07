// h147 — taproom sales insights for craft breweries, iPad landscape 1194x834, UK English.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  at, hidden, frame, section, rect, vector, ellipse, instance, component, componentSet,
  text, go, close, oldLink, vstack, hstack, btnInstance, btnFrame, btnGroup, linkText,
  logo, spinner, screen, canvas, finalize, write, countNodes, solid,
} from './lib.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h147-craft-brewery-taproom-tablet';
const W = 1194;
const H = 834;
const INK = '#1C1917';
const MUTED = '#78716C';
const AMBER = '#D97706';
const DARK = '#292524';
const FONT = 'DM Sans';
const t = (s, o = {}) => text(s, { family: FONT, color: INK, ...o });

// ---------------------------------------------------------------- components
const pLabel = at(t('Label', { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER', w: 176 }), 12, 14);
const pillDefault = component('State=Default, Size=L', 'c:pill', 200, 52, { fills: [solid(AMBER)], cornerRadius: 26 }, [pLabel]);
const pillPressed = component('State=Pressed, Size=L', 'c:pillPressed', 200, 52, { fills: [solid('#B45309')], cornerRadius: 26 }, [at(t('Label', { size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER', w: 176 }), 12, 14)]);
go(pillDefault, 'c:pillPressed', 'CHANGE_TO');
const pillSet = componentSet('Pill button', 'cs:pill', 460, 92, [at(pillDefault, 20, 20), at(pillPressed, 240, 20)]);
const railItem = component('rail/item', 'c:rail', 72, 64, {}, [at(vector('Vector', 24, 24, { fills: [solid('#A8A29E')] }), 24, 8), at(t('Item', { size: 11, color: '#A8A29E', w: 72, align: 'CENTER' }), 0, 40)]);
const tile = component('Tile', 'c:tile', 200, 96, { fills: [solid('#FFFFFF')], cornerRadius: 14, strokes: [solid('#E7E5E4')] }, [at(rect('Rectangle 5', 40, 40), 20, 28)]);
const componentsPage = canvas('Components', [
  at(frame('Buttons', 520, 140, { fills: [solid('#FFFFFF')] }, [at(pillSet, 30, 24)]), 0, 0),
  at(frame('Rail', 200, 140, { fills: [solid(DARK)] }, [at(railItem, 60, 38)]), 560, 0),
  at(frame('Tiles', 280, 160, { fills: [solid('#FAFAF9')] }, [at(tile, 40, 32)]), 800, 0),
]);

// ---------------------------------------------------------------- shared
function rail(active) {
  const items = ['Insights', 'Tap list', 'Stock', 'Connections', 'Settings'];
  return frame('Frame 9', 88, H, { fills: [solid(DARK)], layoutMode: 'VERTICAL', itemSpacing: 12 }, [
    at(vector('Vector', 36, 36, { fills: [solid(AMBER)] }), 26, 28),
    at(vstack('Frame 10', items.map((l) => {
      const it = instance('rail/item', 'c:rail', 72, 64, {}, [
        at(vector('Vector', 24, 24, { fills: [solid(l === active ? AMBER : '#A8A29E')] }), 24, 8),
        at(t(l, { size: 11, weight: l === active ? 700 : 400, color: l === active ? '#FFFFFF' : '#A8A29E', w: 72, align: 'CENTER' }), 0, 40),
      ]);
      if (l === 'Connections') go(it, 'connections');
      if (l === 'Insights') go(it, 'insights');
      if (l === 'Tap list') go(it, 'taplist');
      return it;
    }), { gap: 10 }), 8, 110),
  ]);
}
function topBar(title) {
  return hstack('Frame 11', [
    vector('Vector', 28, 28, { fills: [solid(AMBER)] }),
    t(title, { size: 15, weight: 700 }),
  ], { gap: 10 });
}
function field(label, value, w = 420, filled = false) {
  return vstack('Frame 30', [
    t(label, { size: 13, weight: 600, color: MUTED }),
    frame('Rectangle 12', w, 48, { fills: [solid(filled ? '#FFFBEB' : '#FFFFFF')], strokes: [solid('#D6D3D1')], cornerRadius: 10 }, [at(t(value, { size: 16, color: filled ? INK : '#A8A29E' }), 14, 13)]),
  ], { gap: 6 });
}

// ---------------------------------------------------------------- screens
// 1 Welcome / marketing carousel
const getStarted = oldLink(btnInstance('Get started', 'c:pill', 260, 56, { name: 'Pill button' }), 'signup');
const welcome = screen('welcome', 'iPad / Welcome', W, H, [
  at(rect('Rectangle 1', W, H, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img-taproom-hero-0c4' }] }), 0, 0),
  at(rect('Rectangle 2', W, H, { fills: [solid('#000000', 0.55)] }), 0, 0),
  at(go(t('Skip', { size: 16, weight: 600, color: '#FFFFFF' }), 'signup'), 1110, 30),
  at(vstack('Frame 3', [
    t('Know what’s pouring.', { size: 44, weight: 700, color: '#FFFFFF' }),
    t('Tapwise turns every pint, flight and crowler you sell into taproom insights you can act on before Friday.', { size: 20, color: '#E7E5E4', w: 560 }),
    getStarted,
    hstack('Frame 4', [ellipse('Ellipse 1', 8, 8, { fills: [solid('#FFFFFF')] }), ellipse('Ellipse 2', 8, 8, { fills: [solid('#FFFFFF', 0.4)] }), ellipse('Ellipse 3', 8, 8, { fills: [solid('#FFFFFF', 0.4)] })], { gap: 8 }),
  ], { gap: 24 }), 80, 360),
  at(frame('Frame 5', 340, 56, { fills: [solid('#FFFFFF', 0.12)], cornerRadius: 12 }, [
    at(t('🍻 Meet us at BrewConnect 2026, Manchester · Stand 14', { size: 13, color: '#FFFFFF', w: 310 }), 16, 10),
  ]), 80, 720),
]);

// 2 Create account
const signup = screen('signup', 'iPad / Create account', W, H, [
  at(topBar('Tapwise'), 48, 32),
  at(vstack('Frame 20', [
    t('Create your Tapwise account', { size: 30, weight: 700 }),
    field('Your name', 'e.g. Sam Okafor'),
    field('Work email', 'sam@yourbrewery.co.uk'),
    field('Password', 'At least 10 characters'),
    oldLink(btnFrame('Create account', 420, 52, { fill: AMBER, radius: 26, size: 16, name: 'Frame 24' }), 'brewery'),
    hstack('Frame 25', [t('By creating an account you accept our', { size: 13, color: MUTED }), go(linkText('Terms', { size: 13, color: AMBER, underline: true }), 'terms')], { gap: 4 }),
  ], { gap: 16 }), 80, 120),
  at(vstack('Frame 26', [
    t('★★★★★', { size: 22, color: AMBER }),
    t('“We spotted our hazy pale was outselling the stout three to one on Fridays, so we swapped the tap list round and stopped dumping stale kegs.”', { size: 20, weight: 500, w: 420 }),
    hstack('Frame 27', [rect('Rectangle 28', 48, 48, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img-brewer-portrait' }], cornerRadius: 24 }), vstack('Frame 28', [t('Priya Nair', { size: 15, weight: 700 }), t('Head brewer, Harbour Lane Brewing Co.', { size: 13, color: MUTED })], { gap: 2 })], { gap: 12 }),
  ], { gap: 16, pad: 36, fill: '#FEF3C7', radius: 20, w: 500 }), 620, 160),
], { bg: '#FAFAF9' });

// 3 Brewery details
const brewery = screen('brewery', 'iPad / About your brewery', W, H, [
  at(topBar('Set-up'), 48, 32),
  at(vstack('Frame 40', [
    t('Tell us about the brewery', { size: 30, weight: 700 }),
    field('Brewery name', 'Harbour Lane Brewing Co.', 520, true),
    hstack('Frame 41', [field('Taps on the bar', '12', 250, true), field('Cask lines', '4', 250, true)], { gap: 20 }),
    vstack('Frame 42', [
      t('What do you run?', { size: 13, weight: 600, color: MUTED }),
      hstack('Frame 43', ['Taproom', 'Bottle shop', 'Both'].map((o, i) => frame(`Chip ${i}`, 160, 44, { fills: [solid(i === 2 ? '#FDE68A' : '#FFFFFF')], strokes: [solid('#D6D3D1')], cornerRadius: 22 }, [at(t(o, { size: 15, w: 140, align: 'CENTER' }), 10, 12)])), { gap: 12 }),
    ], { gap: 8 }),
    go(btnInstance('Next', 'c:pill', 200, 52, { name: 'Pill button' }), 'hours'),
  ], { gap: 20 }), 300, 120),
], { bg: '#FAFAF9' });

// 4 Opening hours
const hours = screen('hours', 'iPad / Opening hours', W, H, [
  at(topBar('Set-up'), 48, 32),
  at(vstack('Frame 50', [
    t('When is the taproom open?', { size: 30, weight: 700 }),
    t('We’ll line your sales up against opening hours so quiet sessions stand out.', { size: 17, color: MUTED, w: 560 }),
    vstack('Frame 51', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d, i) => hstack(`Row ${i + 1}`, [
      t(d, { size: 15, weight: 600, w: 60 }),
      frame('Toggle', 44, 26, { fills: [solid(i > 2 ? AMBER : '#D6D3D1')], cornerRadius: 13 }, [at(ellipse('Knob', 22, 22, { fills: [solid('#FFFFFF')] }), i > 2 ? 20 : 2, 2)]),
      t(i > 2 ? (i > 4 ? '12:00 – 23:00' : '16:00 – 23:00') : 'Closed', { size: 15, color: i > 2 ? INK : MUTED }),
    ], { gap: 20 })), { gap: 10 }),
    go(btnInstance('Next', 'c:pill', 200, 52, { name: 'Pill button' }), 'connect'),
  ], { gap: 20 }), 300, 110),
], { bg: '#FAFAF9' });

// 5 Connect (value message + main action)
const connectCard = vstack('Auto layout', [
  hstack('Frame 61', [
    frame('Frame 62', 260, 8, { fills: [solid('#E7E5E4')], cornerRadius: 4 }, []),
    t('0 of 2 connected', { size: 13, weight: 600, color: MUTED }),
  ], { gap: 12 }),
  t('Plug in your till and your accounts', { size: 30, weight: 700 }),
  t('See which beers earn their tap: pints poured by hour, margin per keg and your busiest sessions, updated through the day.', { size: 18, color: '#44403C', w: 640 }),
  vstack('Frame 63', [
    t('🍺  From your till we pull sales, product lines and refunds. Read-only — we never change anything on it.', { size: 15, w: 640 }),
    t('📒  From your accounts we pull cost of goods and beer duty so we can work out margin per pint. Nothing goes back the other way.', { size: 15, w: 640 }),
  ], { gap: 10, pad: 20, fill: '#FFFBEB', radius: 14, w: 680 }),
  hstack('Frame 64', [
    go(btnGroup('Connect your till', 260, 56, { shape: 'VECTOR', fill: AMBER, name: 'Group 14', shapeName: 'Vector 3' }), 'picker'),
    go(btnFrame('Send to my bookkeeper', 240, 56, { fill: null, stroke: '#D6D3D1', color: INK, radius: 28 }), 'bookkeeper'),
    go(linkText('I’ll do this later', { size: 15, color: MUTED }), 'insights'),
  ], { gap: 16 }),
  t('🔒 Bank-grade encryption. We’ll never pass your figures to anyone else without asking you first.\nChanged your mind? Unlink from Settings whenever you like.', { size: 13, color: MUTED, w: 640 }),
  t('By tapping Connect you accept our Terms of Service.', { size: 12, color: '#A8A29E' }),
  hstack('Frame 66', [
    t('Trusted by 1,400+\u00A0UK breweries, bars and bottle shops', { size: 13, weight: 600, color: '#44403C' }),
    t('·', { size: 13, color: MUTED }),
    t('Secure connections powered by', { size: 12, color: MUTED }),
    rect('Rectangle 67', 64, 18, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img-provider-logo-wordmark' }] }),
  ], { gap: 8 }),
], { gap: 18, w: 720 });
const connect = screen('connect', 'iPad / Connect', W, H, [
  at(topBar('Set-up'), 48, 32),
  at(connectCard, 236, 96),
  at(hidden(t('Need a hand? Ring us on 0161 496 0823 or email help@tapwise.co.uk', { size: 13, color: MUTED })), 236, 790),
], { bg: '#FAFAF9' });

// 6 Picker
function tileBtn(name, ref, dest, useVector) {
  const mark = useVector ? vector('Vector', 40, 40, { fills: [solid('#57534E')] }) : logo(ref, 40, { radius: 10 });
  const n = instance('Tile', 'c:tile', 200, 96, { fills: [solid('#FFFFFF')], cornerRadius: 14, strokes: [solid('#E7E5E4')] }, [
    at(mark, 20, 28),
    at(t(name, { size: 16, weight: 600 }), 72, 36),
  ]);
  if (dest) oldLink(n, dest);
  return n;
}
const picker = screen('picker', 'iPad / Pick systems', W, H, [
  at(topBar('Set-up'), 48, 32),
  at(vstack('Frame 70', [
    t('What do you use?', { size: 30, weight: 700 }),
    t('Till / EPOS', { size: 20, weight: 700 }),
    hstack('Frame 71', [['Square', 'img-sq'], ['Lightspeed', 'img-ls'], ['SumUp', 'img-su'], ['Zettle', 'img-zt'], ['Epos Now', 'img-en']].map(([n, r], i) => tileBtn(n, r, 'redirect', i === 3)), { gap: 14 }),
    t('Accounts', { size: 20, weight: 700 }),
    hstack('Frame 72', [['QuickBooks', 'img-qb'], ['Sage', 'img-sage'], ['Xero', 'img-xero'], ['FreeAgent', 'img-fa']].map(([n, r], i) => tileBtn(n, r, 'redirect', i === 1)), { gap: 14 }),
    hstack('Frame 73', [t('Using something else?', { size: 15, weight: 600 }), linkText('Upload a CSV export from your till', { size: 15, color: AMBER, underline: true })], { gap: 8 }),
  ], { gap: 20 }), 64, 100),
], { bg: '#FAFAF9' });

// 7 Redirect explainer (overlay)
const redirect = screen('redirect', 'iPad / Sheet – heading to Square', W, H, [
  at(rect('Rectangle 80', W, H, { fills: [solid('#000000', 0.4)] }), 0, 0),
  at(vstack('Frame 81', [
    hstack('Frame 82', [logo('img-sq', 44, { radius: 10 }), t('→', { size: 20, color: MUTED }), vector('Vector', 44, 44, { fills: [solid(AMBER)] })], { gap: 16 }),
    t('Next up: Square', { size: 26, weight: 700 }),
    t('We’ll open Square in a new window. Log in, tap Allow, and you’ll pop straight back here to Tapwise.', { size: 17, color: '#44403C', w: 480 }),
    go(btnInstance('Open Square', 'c:pill', 240, 52, { name: 'Pill button' }), 'syncing'),
    close(linkText('Not now', { size: 15, color: MUTED })),
  ], { gap: 18, pad: 36, fill: '#FFFFFF', radius: 24, w: 560 }), 317, 200),
]);

// 8 Syncing
const syncing = screen('syncing', 'iPad / Syncing', W, H, [
  at(vstack('Frame 90', [
    spinner(56, AMBER),
    t('Syncing 3,214 sales from Square…', { size: 26, weight: 700 }),
    t('Pulling the last 12 months. Grab a half while you wait.', { size: 16, color: MUTED }),
    go(btnFrame('Carry on', 200, 52, { fill: AMBER, radius: 26 }), 'status'),
  ], { gap: 18 }), 380, 280),
], { bg: '#FAFAF9' });

// 9 Status
function statusTile(name, ref, badge, col, sub) {
  return frame('Frame 101', 640, 80, { fills: [solid('#FFFFFF')], strokes: [solid('#E7E5E4')], cornerRadius: 14 }, [
    at(logo(ref, 44, { radius: 10 }), 18, 18),
    at(vstack('Frame 102', [t(name, { size: 17, weight: 700 }), t(sub, { size: 13, color: MUTED })], { gap: 2 }), 76, 18),
    at(frame('Frame 103', 170, 28, { fills: [solid(col)], cornerRadius: 14 }, [at(t(badge, { size: 13, weight: 700, w: 150, align: 'CENTER' }), 10, 5)]), 450, 26),
  ]);
}
const status = screen('status', 'iPad / Connected', W, H, [
  at(topBar('Set-up'), 48, 32),
  at(vstack('Frame 100', [
    hstack('Frame 104', [
      frame('Frame 105', 260, 8, { fills: [solid('#E7E5E4')], cornerRadius: 4 }, [at(rect('Rectangle 106', 130, 8, { fills: [solid(AMBER)], cornerRadius: 4 }), 0, 0)]),
      t('1 of 2 connected', { size: 13, weight: 600, color: MUTED }),
    ], { gap: 12 }),
    t('Nice one — your till’s in', { size: 30, weight: 700 }),
    statusTile('Square', 'img-sq', 'Connected ✓', '#D1FAE5', 'Main bar till · 3,214 sales'),
    statusTile('QuickBooks', 'img-qb', 'Waiting on you', '#FEF3C7', 'Log-in started, not yet allowed'),
    go(linkText('+ Add another till or account', { size: 15, weight: 600, color: AMBER }), 'picker'),
    go(btnInstance('Carry on', 'c:pill', 200, 52, { name: 'Pill button' }), 'details'),
  ], { gap: 18 }), 276, 100),
], { bg: '#FAFAF9' });

// 10 Company details filled from accounts
const details = screen('details', 'iPad / Your details', W, H, [
  at(topBar('Set-up'), 48, 32),
  at(vstack('Frame 110', [
    t('Check your company details', { size: 30, weight: 700 }),
    t('We’ve filled these in from your accounts. Tweak anything that looks off.', { size: 16, color: MUTED }),
    hstack('Frame 111', [field('Registered name', 'Harbour Lane Brewing Co Ltd', 330, true), field('Company number', '11234567', 330, true)], { gap: 20 }),
    hstack('Frame 112', [field('VAT number', 'GB 123 4567 89', 330, true), field('Financial year end', '31 March', 330, true)], { gap: 20 }),
    field('Registered address', 'Unit 4, Quayside Works, Bristol BS1 6XN', 680, true),
    go(btnInstance('Looks good', 'c:pill', 200, 52, { name: 'Pill button' }), 'insights'),
  ], { gap: 16 }), 240, 100),
], { bg: '#FAFAF9' });

// 11 Insights home
const insights = screen('insights', 'iPad / Insights', W, H, [
  at(rail('Insights'), 0, 0),
  at(vstack('Frame 120', [
    t('This week at the taproom', { size: 26, weight: 700 }),
    hstack('Frame 121', [['Pints poured', '2,486'], ['Busiest hour', 'Fri 19:00'], ['Top seller', 'Lantern Hazy Pale']].map(([l, v], i) => vstack(`Frame ${122 + i}`, [t(l, { size: 13, color: MUTED }), t(v, { size: 24, weight: 700 })], { gap: 6, pad: 20, fill: '#FFFFFF', stroke: '#E7E5E4', radius: 14, w: 300 })), { gap: 16 }),
    frame('Frame 126', 940, 220, { fills: [solid('#FFFFFF')], strokes: [solid('#E7E5E4')], cornerRadius: 14 }, [
      at(t('Pints by hour', { size: 18, weight: 700 }), 20, 16),
      ...[40, 70, 90, 130, 160, 120, 80].map((h, i) => at(rect(`Rectangle ${130 + i}`, 60, h, { fills: [solid(AMBER)], cornerRadius: 4 }), 40 + i * 120, 200 - h)),
    ]),
    frame('Frame 140', 940, 160, { fills: [solid('#FFFBEB')], strokes: [solid('#FDE68A')], cornerRadius: 14 }, [
      at(t('Margin per pint', { size: 18, weight: 700 }), 20, 16),
      at(t('Connect your accounts so we can put cost of goods and duty against every pour.', { size: 15, color: '#44403C', w: 560 }), 20, 48),
      at(go(btnFrame('Connect accounts', 200, 44, { fill: AMBER, radius: 22, size: 15 }), 'picker'), 20, 96),
    ]),
  ], { gap: 18 }), 120, 32),
], { bg: '#FAFAF9' });

// 12 Connections
function liveTile(name, ref, l1, l2) {
  return frame('Frame 151', 940, 88, { fills: [solid('#FFFFFF')], strokes: [solid('#E7E5E4')], cornerRadius: 14 }, [
    at(logo(ref, 44, { radius: 10 }), 18, 22),
    at(vstack('Frame 152', [t(name, { size: 17, weight: 700 }), t(l1, { size: 13, color: MUTED }), t(l2, { size: 13, color: MUTED })], { gap: 2 }), 76, 14),
    at(linkText('Unlink', { size: 15, weight: 600, color: '#B91C1C' }), 860, 32),
  ]);
}
const connections = screen('connections', 'iPad / Connections', W, H, [
  at(rail('Connections'), 0, 0),
  at(vstack('Frame 150', [
    t('Connections', { size: 26, weight: 700 }),
    liveTile('Square', 'img-sq', 'Main bar till · connected 12 Sep 2026, 10:04', 'Last synced today 14:32 · 41,877 sales since connecting'),
    liveTile('Xero', 'img-xero', 'Harbour Lane Brewing Co Ltd · connected 12 Sep 2026, 10:11', 'Last synced today 06:00 · GBP · Business current account ••2210'),
    go(btnFrame('Add a connection', 200, 48, { fill: AMBER, radius: 24 }), 'picker'),
    t('Unlinking stops new data coming in and removes our access straight away.', { size: 13, color: MUTED }),
  ], { gap: 16 }), 120, 32),
], { bg: '#FAFAF9' });

// 13 Tap list (look-alike destructive actions)
const taplist = screen('taplist', 'iPad / Tap list', W, H, [
  at(rail('Tap list'), 0, 0),
  at(vstack('Frame 160', [
    t('Tap list', { size: 26, weight: 700 }),
    ...[['1', 'Lantern Hazy Pale 5.2%', '62% left'], ['2', 'Dock Street Stout 4.6%', '18% left'], ['3', 'Saison du Quai 6.1%', 'Empty']].map(([n, b, l], i) => frame(`Row ${i + 1}`, 940, 64, { fills: [solid('#FFFFFF')], strokes: [solid('#E7E5E4')], cornerRadius: 12 }, [
      at(t(n, { size: 18, weight: 700, color: AMBER }), 20, 20),
      at(t(b, { size: 16, weight: 600 }), 60, 20),
      at(t(l, { size: 14, color: MUTED }), 520, 22),
      at(linkText(i === 2 ? 'Remove keg from line' : 'Delete tap', { size: 14, color: '#B91C1C' }), 740, 22),
    ])),
  ], { gap: 12 }), 120, 32),
], { bg: '#FAFAF9' });

// 14 Share with bookkeeper
const bookkeeper = screen('bookkeeper', 'iPad / Send to bookkeeper', W, H, [
  at(topBar('Set-up'), 48, 32),
  at(vstack('Frame 170', [
    t('Hand this bit over', { size: 30, weight: 700 }),
    t('We’ll email your bookkeeper a link so they can connect the accounts side. You can crack on with the till in the meantime.', { size: 16, color: MUTED, w: 560 }),
    field('Bookkeeper’s email', 'accounts@harbourlane.co.uk', 560),
    go(btnInstance('Send link', 'c:pill', 200, 52, { name: 'Pill button' }), 'connect'),
  ], { gap: 18 }), 300, 140),
], { bg: '#FAFAF9' });

// 15 Terms (dead end)
const terms = screen('terms', 'iPad / Terms', W, H, [
  at(topBar('Terms of Service'), 48, 32),
  at(vstack('Frame 180', [
    t('Terms of Service', { size: 28, weight: 700 }),
    t('1  About these terms\n2  Your account\n3  Fees and payment\n4  Your data and our licence to use it\n5  Ending the agreement', { size: 16, w: 700 }),
    t('These terms were last updated on 1 October 2026. Tapwise Ltd is registered in England and Wales (No. 14400012).', { size: 14, color: MUTED, w: 700 }),
  ], { gap: 18 }), 100, 110),
]);

const flowPage = canvas('📱 Taproom app — onboarding', [
  at(section('Section 1', 5 * 1300, 1000, [at(welcome, 60, 80), at(signup, 1360, 80), at(brewery, 2660, 80), at(hours, 3960, 80), at(terms, 5260, 80)]), 0, 0),
  at(section('Connect', 6 * 1300, 1000, [at(connect, 60, 80), at(picker, 1360, 80), at(redirect, 2660, 80), at(syncing, 3960, 80), at(status, 5260, 80), at(bookkeeper, 6560, 80)]), 0, 1100),
  at(section('App', 4 * 1300, 1000, [at(details, 60, 80), at(insights, 1360, 80), at(connections, 2660, 80), at(taplist, 3960, 80)]), 0, 2200),
], { start: 'welcome', startName: 'First run' });

const cover = canvas('Cover', [
  at(frame('Thumbnail', 1600, 960, { fills: [solid(AMBER)] }, [
    at(t('Tapwise', { size: 96, weight: 700, color: '#FFFFFF' }), 100, 320),
    at(t('First-run + connections · iPad', { size: 36, color: '#FFFFFF' }), 100, 450),
  ]), 0, 0),
]);
const archive = canvas('🗄 Archive', [
  at(frame('Old welcome (Aug)', W, H, { fills: [solid('#FAFAF9')] }, [
    at(t('Welcome to Tapwise', { size: 40, weight: 700 }), 100, 300),
    at(btnFrame('Start', 200, 52, { fill: AMBER, radius: 26 }), 100, 380),
  ]), 0, 0),
]);

const file = finalize({ name: 'Tapwise iPad — first run', lastModified: '2026-10-30T09:12:44Z', version: '4981203377', salt: 'tw' }, [cover, flowPage, componentsPage, archive]);
write(join(out, `${NAME}.json`), file);

const ids = {};
for (const cv of file.document.children) for (const c of cv.children) for (const f of c.type === 'SECTION' ? c.children : [c]) ids[f.name] = f.id;
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'held-out writer Q4 (from the checklist facts and the REST format only; repository not read)',
  description: 'iPad landscape (1194x834, UK English) first-run flow for Tapwise, taproom sales insights for craft breweries. A marketing welcome, account creation and two set-up screens lead to a screen asking the brewery to connect its till (EPOS) and its accounting software; a picker groups tills and accounts, a sheet explains the hand-off to Square, then syncing, a status screen, company details filled from the accounts, the insights home with an in-context prompt, a Connections screen and a tap list.',
  present: [
    'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.three-actions', 'funnel.greeting-email', 'value.faq-link', 'privacy.consent-action', 'privacy.connection-guide',
    'privacy.support-contacts', 'privacy.mutual-nda', 'platform.accurate-branding', 'platform.search', 'connection.refresh',
  ],
  notes: {
    'funnel.three-actions': 'Welcome → create account → brewery → opening hours → connect: four taps before the connect prompt.',
    'funnel.cta-visible': 'Connect is its own onboarding screen with a large main button, and "Connections" is a permanent rail entry.',
    'funnel.social-proof': 'Five-star quote from a named head brewer at a customer brewery on the sign-up screen.',
    'funnel.prefill': 'Company name, number, VAT number, year end and address shown filled in "from your accounts".',
    'funnel.greeting-email': 'No email is designed.',
    'value.three-part': 'Benefit line, what is pulled from the till and from the accounts, then one main "Connect your till" button.',
    'value.contextual-ctas': '"Margin per pint" card on the insights home asks to connect the accounts.',
    'value.faq-link': 'No FAQ or learn-more link anywhere near the value message.',
    'value.progress-meter': '"0 of 2 connected" and "1 of 2 connected" bars.',
    'privacy.data-scope': 'Names sales/product lines/refunds and cost of goods/duty, read-only, nothing goes back.',
    'privacy.trust-language': 'Bank-grade encryption; figures never passed on without asking.',
    'privacy.consent-action': 'Only a passive "By tapping Connect you accept our Terms" line; no checkbox or explicit consent step.',
    'privacy.disconnect-anytime': '"Changed your mind? Unlink from Settings whenever you like."',
    'privacy.connection-guide': 'No guide or help article link for connecting.',
    'privacy.statistics': '"Trusted by 1,400+ UK breweries, bars and bottle shops" beside the connect action.',
    'privacy.support-contacts': 'The only phone/email line is a hidden layer; no chat or contact link is visible.',
    'privacy.powered-by': '"Secure connections powered by" with the provider wordmark.',
    'privacy.mutual-nda': 'No NDA offered.',
    'platform.explain-redirect': 'Sheet: Square opens in a new window, log in, tap Allow, come back to Tapwise.',
    'platform.grouped-categories': '"Till / EPOS" and "Accounts" headings over the tiles.',
    'platform.accurate-branding': 'Bare names only: "QuickBooks", "Sage", "Lightspeed" without the product (Online/Desktop, Business Cloud, K-Series etc.).',
    'platform.search': 'No search over the systems.',
    'platform.alternatives': '"Using something else? Upload a CSV export from your till".',
    'platform.non-linear': '"Send to my bookkeeper" and "I’ll do this later".',
    'platform.multiple-connections': 'Status shows Connected ✓ and Waiting on you, with "+ Add another till or account".',
    'connection.view-live': 'Connections screen lists each with connection date/time, last sync time, currency and account.',
    'connection.delete': '"Unlink" per connection, removes access straight away.',
    'connection.refresh': 'No sync-now or refresh control.',
    'connection.syncing-indicator': 'Spinner with "Syncing 3,214 sales from Square…".',
  },
  flow: { startFrameId: ids['iPad / Welcome'], connectFrameId: ids['iPad / Connect'], stepsToConnect: 4, deadEnds: [ids['iPad / Terms']] },
};
write(join(out, `${NAME}.truth.json`), truth);
console.log(NAME, countNodes(file.document));

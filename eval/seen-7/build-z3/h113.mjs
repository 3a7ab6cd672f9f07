// h113 — grant reporting for small theatre companies (iPad landscape 1194x834), links accounting + ticketing.
// No prototype starting point is set on any page.
import {
  reset, onPage, frame, group, rect, ellipse, vector, line, instance, section, text,
  component, componentSet, canvas, writeFile, writeTruth, WRITTEN_BY,
} from './lib.mjs';

reset();
const W = 1194;
const H = 834;
const PLUM = '#4B1D52';
const GOLD = '#E2A93B';
const SOFT = '#6E6A73';

onPage(3);
const primary = component('Button/Primary', 0, 0, 220, 52, { fill: PLUM, radius: 10 }, [text('Action', 0, 16, 220, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
const tileOff = component('Type=Platform, Selected=False', 0, 80, 240, 96, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12 }, []);
const tileOn = component('Type=Platform, Selected=True', 260, 80, 240, 96, { fill: '#F6EEF7', stroke: PLUM, strokeWeight: 2, radius: 12 }, []);
const tileSet = componentSet('Tile', 0, 80, 520, 110, [tileOff, tileOn]);
const chip = component('chip', 0, 220, 120, 28, { fill: '#EEF7EE', radius: 14 }, [text('Chip', 10, 5, 100, 18, { size: 13 })]);

onPage(2);
const btn = (label, x, y, w, go) => instance('Button/Primary', primary.id, x, y, w, 52, { go }, [
  text(label, 0, 16, w, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
]);
const inputBox = (ph, x, y, w) => frame('Input', x, y, w, 52, { fill: '#FFFFFF', stroke: '#CFC8D3', radius: 10, layout: 'HORIZONTAL', padX: 16, padY: 16 }, [
  text(ph, 16, 16, w - 32, 20, { size: 16, color: '#9C96A0' }),
]);
const ipadBar = () => frame('iPad status', 0, 0, W, 24, {}, [
  text('09:41  Tue 10 Mar', 20, 4, 160, 16, { size: 12, weight: 600, family: 'SF Pro Text' }),
  vector('Vector', 1110, 6, 60, 12, { fill: '#1C1A1E' }),
]);
const appNav = (active) => frame('Frame 5', 0, 24, 88, H - 24, { fill: PLUM, layout: 'VERTICAL', padY: 24, gap: 20 }, [
  vector('Vector', 28, 24, 32, 32, { fill: GOLD, name: 'Stagebook mark' }),
  ...['Reports', 'Grants', 'Settings'].map((t, i) => frame('Frame ' + (11 + i), 8, 96 + i * 72, 72, 60, {
    layout: 'VERTICAL', gap: 4, fill: t === active ? '#6A3573' : undefined, radius: 10,
    go: t === 'Settings' && active !== 'Settings' ? 'settings' : (t === 'Reports' && active !== 'Reports' ? 'draft' : undefined),
  }, [
    vector('Vector', 24, 8, 24, 24, { fill: '#FFFFFF' }),
    text(t, 0, 38, 72, 16, { size: 11, color: '#FFFFFF', align: 'CENTER' }),
  ])),
]);
const scr = (name, key, x, y, kids, fill = '#FBF9FC') => frame(name, x, y, W, H, { fill, key, clip: true }, [ipadBar(), ...kids]);

const signup = scr('Sign up', 'signup', 0, 0, [
  frame('Frame 20', 0, 24, 520, H - 24, { fill: PLUM, layout: 'VERTICAL', padX: 48, padY: 64, gap: 24 }, [
    text('Stagebook', 48, 64, 300, 32, { size: 26, weight: 700, color: GOLD }),
    text('Grant reports that write themselves — well, almost.', 48, 120, 424, 80, { size: 28, weight: 700, color: '#FFFFFF' }),
    text('“Our Arts Council return used to eat a fortnight every spring. This year it took an afternoon and our relationship manager said it was the clearest she’d had.”', 48, 300, 424, 120, { size: 17, color: '#F3E6F5', family: 'Georgia' }),
    text('— Hannah Morrow, Executive Director, Lantern Street Theatre, Bristol', 48, 440, 424, 40, { size: 14, weight: 600, color: '#F3E6F5' }),
  ]),
  frame('Auto layout', 600, 120, 500, 560, { layout: 'VERTICAL', gap: 16 }, [
    text('Set up your company', 0, 0, 500, 34, { size: 26, weight: 700 }),
    inputBox('Company or charity name', 0, 56, 500),
    inputBox('Your email', 0, 124, 500),
    inputBox('Create a password', 0, 192, 500),
    btn('Create account', 0, 272, 500, 'checkEmail'),
    frame('Frame 27', 0, 344, 500, 20, { layout: 'HORIZONTAL', gap: 16 }, [
      text('See plans and pricing', 0, 0, 200, 20, { size: 14, color: PLUM, deco: 'UNDERLINE', go: 'pricing' }),
      text('Already using Stagebook? Log in', 230, 0, 260, 20, { size: 14, color: PLUM }),
    ]),
  ]),
]);

const checkEmail = scr('Check your email', 'checkEmail', 1294, 0, [
  frame('Auto layout', 347, 220, 500, 360, { layout: 'VERTICAL', gap: 18 }, [
    vector('Vector', 222, 0, 56, 44, { fill: GOLD }),
    text('Check your email', 0, 64, 500, 32, { size: 26, weight: 700, align: 'CENTER' }),
    text('We’ve sent a confirmation link to hannah@lanternstreet.org.uk.\u00A0Tap it on this iPad to carry on.', 0, 108, 500, 48, { size: 16, color: SOFT, align: 'CENTER' }),
    btn('I’ve confirmed', 140, 190, 220, 'company'),
  ]),
]);

const company = scr('About your company', 'company', 2588, 0, [
  frame('Auto layout', 200, 80, 794, 680, { layout: 'VERTICAL', gap: 18 }, [
    text('About your company', 0, 0, 794, 34, { size: 26, weight: 700 }),
    text('Which describes you best?', 0, 52, 794, 22, { size: 16, color: SOFT }),
    frame('Frame 31', 0, 90, 794, 200, { layout: 'HORIZONTAL', gap: 16 }, ['Touring company', 'Building-based', 'Producing house', 'Festival'].map((t, i) =>
      frame('Frame ' + (32 + i), (i % 2) * 400, Math.floor(i / 2) * 104, 388, 88, { fill: '#FFFFFF', stroke: i === 0 ? PLUM : '#DCD6DF', strokeWeight: i === 0 ? 2 : 1, radius: 12, layout: 'HORIZONTAL', padX: 20 }, [
        text(t, 20, 32, 340, 22, { size: 17, weight: 600 }),
      ]))),
    inputBox('Roughly how many productions a year?', 0, 312, 400),
    btn('Next', 0, 400, 200, 'grants'),
  ]),
]);

const grants = scr('Your grants', 'grants', 3882, 0, [
  frame('Auto layout', 200, 80, 794, 680, { layout: 'VERTICAL', gap: 18 }, [
    text('Which grant are you reporting on?', 0, 0, 794, 34, { size: 26, weight: 700 }),
    ...[
      ['Arts Council England — National Portfolio 2023–26', 'Annual data return due 30 Jun'],
      ['National Lottery Project Grant #PG-44182', 'Activity report due 15 Apr'],
      ['Bristol City Council — Cultural Investment Programme', 'Monitoring form due 1 May'],
    ].map(([t, d], i) => frame('Frame ' + (41 + i), 0, 60 + i * 104, 794, 88, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12, layout: 'VERTICAL', padX: 20, padY: 18, gap: 6, go: i === 0 ? 'workspace' : undefined }, [
      text(t, 20, 18, 700, 22, { size: 17, weight: 600 }),
      text(d, 20, 48, 700, 18, { size: 14, color: SOFT }),
    ])),
    text('+ Add a grant manually', 0, 390, 300, 20, { size: 15, weight: 600, color: PLUM }),
  ]),
]);

const sectionCard = (title, status, body, action, i) => frame('Frame ' + (51 + i), 0, i * 148, 700, 132, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12 }, [
  text(title, 20, 18, 460, 22, { size: 17, weight: 600 }),
  instance('chip', chip.id, 560, 18, 120, 28, {}, [text(status, 10, 5, 100, 18, { size: 13 })]),
  text(body, 20, 52, 520, 40, { size: 14, color: SOFT }),
  ...(action ? [btn(action, 480, 64, 200, 'sources')] : []),
]);
const workspace = scr('Report workspace', 'workspace', 0, 934, [
  appNav('Reports'),
  frame('Auto layout', 128, 56, 1030, 760, { layout: 'VERTICAL', gap: 16 }, [
    text('Arts Council England — annual data return', 0, 0, 900, 32, { size: 24, weight: 700 }),
    frame('Frame 49', 0, 44, 700, 32, { layout: 'HORIZONTAL', gap: 10 }, [
      text('Sources linked', 0, 6, 120, 18, { size: 13, color: SOFT }),
      ...[0, 1].map((i) => ellipse('Ellipse ' + i, 130 + i * 20, 8, 14, 14, { fill: '#DCD6DF' })),
      text('0 of 2', 180, 6, 80, 18, { size: 13, weight: 600 }),
    ]),
    frame('Frame 50', 0, 90, 700, 600, { layout: 'VERTICAL', gap: 16 }, [
      sectionCard('Audiences & box office', 'Empty', 'Fill this from your ticketing system: performances, tickets sold, income by show.', 'Link ticketing', 0),
      sectionCard('Income & expenditure', 'Empty', 'Fill this from your accounts instead of copying lines across by hand.', 'Link accounts', 1),
      sectionCard('Activity & participants', 'In progress', 'Workshops, schools sessions and outreach you ran this year.', null, 2),
    ]),
  ]),
]);

const platTile = (nm, img, i, go) => instance('Tile', tileOff.id, (i % 3) * 256, Math.floor(i / 3) * 108, 240, 96, { go }, [
  rect('Rectangle 7', 16, 24, 48, 48, { fill: 'img:' + img, radius: 10 }),
  text(nm, 80, 36, 150, 22, { size: 16, weight: 600 }),
]);
const sources = scr('Add sources', 'sources', 1294, 934, [
  appNav('Reports'),
  frame('Auto layout', 128, 56, 780, 760, { layout: 'VERTICAL', gap: 14 }, [
    text('Pull your numbers in', 0, 0, 780, 32, { size: 24, weight: 700 }),
    text('Save days at report time — audience and money sections fill themselves.', 0, 42, 780, 22, { size: 15, color: SOFT }),
    text('Accounts', 0, 84, 300, 24, { size: 19, weight: 700 }),
    frame('Frame 61', 0, 116, 780, 96, { layout: 'HORIZONTAL', gap: 16 }, [
      platTile('Xero', 'x01', 0, 'xero'), platTile('QuickBooks', 'q02', 1, 'xero'), platTile('Sage', 's03', 2, 'xero'),
    ]),
    text('Ticketing & box office', 0, 232, 400, 24, { size: 19, weight: 700 }),
    frame('Frame 62', 0, 264, 780, 204, { layout: 'HORIZONTAL', gap: 16 }, [
      platTile('Spektrix', 'sp04', 0, 'xero'), platTile('Ticketsolve', 'ts05', 1, 'xero'),
      platTile('TicketSource', 'tso06', 2, 'xero'), platTile('Eventbrite', 'eb07', 3, 'xero'),
    ]),
    text('Box office on a spreadsheet? Import a CSV or .xlsx instead', 0, 490, 780, 20, { size: 15, color: PLUM, deco: 'UNDERLINE' }),
    text('Your figures stay private: we never share them with funders or anyone else unless you export and send a report yourself.', 0, 526, 780, 40, { size: 14, color: SOFT }),
    text('You can disconnect at any time from Settings.', 0, 570, 780, 20, { size: 14, color: SOFT, hidden: true }),
  ]),
  frame('Frame 70', 930, 80, 240, 400, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12, layout: 'VERTICAL', padX: 18, padY: 18, gap: 14 }, [
    text('Someone else holds the logins?', 18, 18, 204, 44, { size: 15, weight: 600 }),
    text('Invite your treasurer or box-office manager to link their part.', 18, 68, 204, 60, { size: 14, color: SOFT }),
    text('Send invite', 18, 136, 204, 20, { size: 14, weight: 600, color: PLUM, deco: 'UNDERLINE' }),
    line(18, 172, 204),
    text('Do this later', 18, 188, 204, 20, { size: 14, weight: 600, color: PLUM, go: 'draft' }),
    line(18, 224, 204),
    text('How importing works — step-by-step guide', 18, 240, 204, 40, { size: 14, color: PLUM, deco: 'UNDERLINE', url: 'https://help.stagebook.example/importing' }),
    text('Questions? Read the importing FAQ', 18, 292, 204, 40, { size: 14, color: PLUM, deco: 'UNDERLINE', url: 'https://help.stagebook.example/faq' }),
  ]),
]);

const xero = scr('Xero – allow access', 'xero', 2588, 934, [
  frame('Frame 80', 0, 24, W, 56, { fill: '#FFFFFF', stroke: '#E0E0E0' }, [
    text('Cancel', 20, 18, 60, 20, { size: 16, color: '#0A84FF', back: true }),
    text('login.xero.com', 520, 18, 160, 20, { size: 14, color: SOFT, align: 'CENTER' }),
  ]),
  frame('Auto layout', 397, 140, 400, 520, { layout: 'VERTICAL', gap: 18 }, [
    rect('xero logo', 160, 0, 80, 80, { fill: 'img:x01', radius: 40 }),
    text('Stagebook would like to access Lantern Street Theatre', 0, 100, 400, 52, { size: 20, weight: 600, align: 'CENTER' }),
    text('View your organisation, contacts and transactions', 0, 170, 400, 44, { size: 15, color: SOFT, align: 'CENTER' }),
    frame('Frame 81', 0, 240, 400, 48, { fill: '#13B5EA', radius: 6, go: 'importing' }, [text('Allow access', 0, 14, 400, 20, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
  ]),
], '#F2F4F5');

const importing = scr('Importing', 'importing', 3882, 934, [
  frame('Auto layout', 397, 260, 400, 260, { layout: 'VERTICAL', gap: 18 }, [
    ellipse('Ellipse 4', 176, 0, 48, 48, { stroke: PLUM, strokeWeight: 4, name: 'loader' }),
    text('Bringing in Xero…', 0, 70, 400, 28, { size: 22, weight: 700, align: 'CENTER' }),
    text('1,204 transactions so far', 0, 108, 400, 20, { size: 15, color: SOFT, align: 'CENTER' }),
    frame('Frame 90', 100, 150, 200, 44, { go: 'status', radius: 10, stroke: PLUM }, [text('Carry on', 0, 12, 200, 20, { size: 15, weight: 600, color: PLUM, align: 'CENTER' })]),
  ]),
]);

const srcRow = (nm, img, badge, col, sub, i) => frame('Frame ' + (101 + i), 0, i * 96, 780, 84, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12, layout: 'HORIZONTAL', padX: 18, gap: 16 }, [
  rect('Rectangle 7', 18, 18, 48, 48, { fill: 'img:' + img, radius: 10 }),
  frame('Frame 9', 82, 18, 440, 48, { layout: 'VERTICAL', gap: 4 }, [
    text(nm, 0, 0, 440, 22, { size: 16, weight: 600 }),
    text(sub, 0, 26, 440, 18, { size: 13, color: SOFT }),
  ]),
  frame('Frame 10', 600, 28, 160, 28, { fill: col, radius: 14 }, [text(badge, 0, 5, 160, 18, { size: 13, weight: 600, align: 'CENTER' })]),
]);
const status = scr('Sources', 'status', 5176, 934, [
  appNav('Reports'),
  frame('Auto layout', 128, 56, 780, 700, { layout: 'VERTICAL', gap: 16 }, [
    text('Sources for this report', 0, 0, 780, 32, { size: 24, weight: 700 }),
    frame('Frame 99', 0, 44, 700, 32, { layout: 'HORIZONTAL', gap: 10 }, [
      text('Sources linked', 0, 6, 120, 18, { size: 13, color: SOFT }),
      ellipse('Ellipse 0', 130, 8, 14, 14, { fill: PLUM }),
      ellipse('Ellipse 1', 150, 8, 14, 14, { fill: '#DCD6DF' }),
      text('1 of 2', 180, 6, 80, 18, { size: 13, weight: 600 }),
    ]),
    frame('Frame 100', 0, 90, 780, 200, { layout: 'VERTICAL', gap: 12 }, [
      srcRow('Xero', 'x01', 'Connected', '#E2F3E4', 'Lantern Street Theatre Ltd', 0),
      srcRow('Spektrix', 'sp04', 'Waiting on Sam', '#FCEFD6', 'Invite sent to sam@lanternstreet.org.uk', 1),
    ]),
    text('+ Add another source', 0, 310, 300, 20, { size: 15, weight: 600, color: PLUM, go: 'sources' }),
    btn('Open the draft', 0, 360, 240, 'draft'),
  ]),
]);

const draft = scr('Report draft', 'draft', 0, 1868, [
  appNav('Reports'),
  frame('Auto layout', 128, 56, 1030, 760, { layout: 'VERTICAL', gap: 16 }, [
    text('Annual data return — draft', 0, 0, 800, 32, { size: 24, weight: 700 }),
    frame('Organisation profile', 0, 48, 1030, 220, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12, layout: 'VERTICAL', padX: 20, padY: 18, gap: 8 }, [
      text('Organisation profile · filled from Xero', 20, 18, 600, 22, { size: 17, weight: 600 }),
      text('Registered charity no.\u00A01098765   Company no.\u00A004567890\n12 Old Market Street, Bristol BS2 0EZ\nFinance contact: Priya Nair, finance@lanternstreet.org.uk\nTotal income 2024/25: £612,400', 20, 50, 990, 110, { size: 15 }),
    ]),
    frame('Frame 130', 0, 284, 1030, 160, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12 }, [
      text('Income & expenditure', 20, 18, 600, 22, { size: 17, weight: 600 }),
      text('Earned income  £214,900 · Grants  £352,000 · Donations  £45,500\nStaff costs  £301,220 · Production  £158,040 · Overheads  £96,310', 20, 52, 990, 60, { size: 15 }),
    ]),
    text('Connect with other companies in the Stagebook community forum', 0, 470, 700, 20, { size: 14, color: PLUM, deco: 'UNDERLINE', url: 'https://community.stagebook.example' }),
  ]),
]);

const settings = scr('Settings / Integrations', 'settings', 1294, 1868, [
  appNav('Settings'),
  frame('Frame 140', 88, 24, 220, H - 24, { fill: '#F3EFF4', layout: 'VERTICAL', padX: 12, padY: 24, gap: 4 }, ['General', 'Team', 'Integrations', 'Billing'].map((t, i) =>
    frame('Frame ' + (141 + i), 12, 24 + i * 44, 196, 40, { radius: 8, fill: t === 'Integrations' ? '#E4D8E7' : undefined }, [text(t, 12, 10, 170, 20, { size: 15, weight: t === 'Integrations' ? 600 : 400 })]))),
  frame('Auto layout', 340, 56, 820, 720, { layout: 'VERTICAL', gap: 16 }, [
    text('Integrations', 0, 0, 600, 32, { size: 24, weight: 700 }),
    ...[
      ['Xero', 'x01', 'Connected 4 Feb 2026, 14:20 · Last import 2 hours ago · 3,918 transactions'],
      ['Spektrix', 'sp04', 'Connected 6 Feb 2026, 10:02 · Last import yesterday, 23:00 · 41 performances'],
    ].map(([nm, img, meta], i) => frame('Frame ' + (150 + i), 0, 48 + i * 104, 820, 88, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 12, layout: 'HORIZONTAL', padX: 18, gap: 16 }, [
      rect('Rectangle 7', 18, 20, 48, 48, { fill: 'img:' + img, radius: 10 }),
      frame('Frame 9', 82, 18, 520, 52, { layout: 'VERTICAL', gap: 4 }, [
        text(nm, 0, 0, 520, 22, { size: 16, weight: 600 }),
        text(meta, 0, 26, 520, 18, { size: 13, color: SOFT }),
      ]),
      frame('Frame 12', 650, 22, 150, 44, { stroke: PLUM, radius: 10 }, [text('Re-import', 0, 12, 150, 20, { size: 15, weight: 600, color: PLUM, align: 'CENTER' })]),
    ])),
    text('+ Add integration', 0, 270, 300, 20, { size: 15, weight: 600, color: PLUM, go: 'sources' }),
    line(0, 320, 820),
    text('Delete account and all reports', 0, 344, 400, 20, { size: 14, color: '#B3261E' }),
  ]),
]);

const pricing = scr('Pricing', 'pricing', 2588, 1868, [
  frame('Auto layout', 160, 80, 874, 600, { layout: 'VERTICAL', gap: 20 }, [
    text('Plans', 0, 0, 600, 36, { size: 30, weight: 700 }),
    frame('Frame 160', 0, 60, 874, 300, { layout: 'HORIZONTAL', gap: 24 }, [
      ['Solo', '£0', 'One grant, one user'], ['Company', '£24 / month', 'Unlimited grants · cancel anytime'], ['Network', 'Talk to us', 'For venues & consortia'],
    ].map(([a, b, c], i) => frame('Frame ' + (161 + i), i * 290, 0, 270, 280, { fill: '#FFFFFF', stroke: '#DCD6DF', radius: 14, layout: 'VERTICAL', padX: 20, padY: 24, gap: 12 }, [
      text(a, 20, 24, 230, 24, { size: 19, weight: 700 }),
      text(b, 20, 60, 230, 34, { size: 26, weight: 700, color: PLUM }),
      text(c, 20, 110, 230, 40, { size: 14, color: SOFT }),
    ]))),
  ]),
]);

onPage(1);
const cover = frame('Cover', 0, 0, 1600, 1000, { fill: PLUM }, [
  text('Stagebook · iPad onboarding + first report', 100, 420, 1400, 70, { size: 56, weight: 700, color: '#FFFFFF' }),
  text('🟡 In review', 100, 520, 400, 30, { size: 24, color: GOLD }),
]);
onPage(4);
const archived = frame('Sources v0 (do not use)', 0, 0, W, H, { fill: '#FFFFFF' }, [
  text('Integrations', 40, 60, 600, 32, { size: 24, weight: 700 }),
  text('Disconnect at any time', 40, 110, 600, 20, { size: 14 }),
  group('Group 2', 40, 160, 240, 52, [rect('Rectangle 1', 0, 0, 240, 52, { fill: PLUM, radius: 10 }), text('Connect', 0, 16, 240, 20, { size: 16, color: '#FFFFFF', align: 'CENTER' })]),
]);

writeFile('h113-theatre-company-grants-tablet.json', {
  name: 'Stagebook iPad', lastModified: '2026-02-27T09:41:00Z', version: '2985510044',
}, [
  canvas(1, '📕 Cover', [cover]),
  canvas(2, 'iPad — onboarding', [
    section('Before the app', 0, 0, 5176, 834, [signup, checkEmail, company, grants]),
    workspace, sources, xero, importing, status, draft, settings, pricing,
  ]),
  canvas(3, 'Components', [primary, tileSet, chip]),
  canvas(4, 'Archive', [archived]),
]);

writeTruth('h113-theatre-company-grants-tablet.truth.json', {
  file: 'h113-theatre-company-grants-tablet.json',
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iPad landscape (1194x834) grant-reporting app for small UK theatre companies; the company links its accounting package and its ticketing/box-office platform so funder returns fill in. No prototype starting point set; the sign-up frame is the start. Sign-up with testimonial, email check, company type, grant choice, report workspace with link prompts, grouped source picker, Xero consent mock, importing spinner, source status, prefilled draft, settings integrations and a dead-end pricing page.',
  present: [
    'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.trust-language', 'privacy.connection-guide',
    'platform.grouped-categories', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'value.three-part',
    'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics',
    'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'connection.delete',
  ],
  notes: {
    'funnel.three-actions': 'Create account → confirmed → Next → choose grant: the first link prompt is 4 steps in.',
    'funnel.cta-visible': 'Link buttons sit in the middle of the report workspace; Integrations also in settings.',
    'funnel.social-proof': 'Executive director quote on the sign-up panel.',
    'funnel.prefill': 'Draft shows charity/company numbers, address, finance contact and total income filled from Xero.',
    'value.three-part': 'Benefit and buttons are shown but nowhere says how the data will be used.',
    'value.contextual-ctas': 'Report sections "Audiences & box office" / "Income & expenditure" carry Link buttons.',
    'value.progress-meter': '"Sources linked" dots 0 of 2 → 1 of 2.',
    'privacy.data-scope': 'No statement of which data is read or in which direction (the Xero mock is the third party\'s own screen).',
    'privacy.disconnect-anytime': 'The disconnect line on Add sources is a hidden layer; the archive page does not count.',
    'privacy.support-contacts': 'No phone, email or support form anywhere in the flow.',
    'platform.grouped-categories': '"Accounts" and "Ticketing & box office" headings.',
    'platform.accurate-branding': 'Bare "QuickBooks" and "Sage" tiles.',
    'platform.alternatives': 'CSV/.xlsx import for spreadsheet box offices.',
    'platform.non-linear': 'Invite treasurer/box-office manager, "Do this later".',
    'platform.multiple-connections': '"Connected" and "Waiting on Sam" badges with "+ Add another source".',
    'connection.view-live': 'Integrations list with connected date, last import time and counts.',
    'connection.refresh': '"Re-import" per integration.',
    'connection.delete': 'No way to remove an integration; only "Delete account and all reports".',
    'connection.syncing-indicator': 'Loader with "Bringing in Xero… 1,204 transactions so far".',
  },
  flow: { startFrameId: signup.id, connectFrameId: workspace.id, stepsToConnect: 4, deadEnds: [pricing.id] },
});

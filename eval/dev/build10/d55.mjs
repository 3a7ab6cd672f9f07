// d55: stock financing for independent pharmacies, mobile 375x812, warm copy, UK.
// No prototype start is set on any page; the flow starts at the sign-up screen.
import { builder, componentsPage, finishFile, truth, write } from './lib.mjs';

const base = 'd55-pharmacy-stock-financing-mobile';
const b = builder();
const W = 375;
const H = 812;
const green = '#0E7C66';
const cream = '#FFF8F0';

b.page();
const comp = componentsPage(b, 'Library', [
  { key: 'pill', name: 'Buttons/Pill', label: 'Label', w: 327, h: 52, fill: green, hover: '#0B6654', radius: 26, desc: 'Main pill button' },
], [
  { key: 'box', name: 'Property 1=Off', w: 20, h: 20 },
  { key: 'tab', name: 'tabbar', w: 375, h: 83, fill: '#FFFFFF' },
]);

const tabs = (active, links = {}) => b.instance('tabbar', [0, H - 83, W, 83], comp.ids.tab, { fill: '#FFFFFF', stroke: '#EDE7DF' },
  ['Home', 'Insights', 'Orders', 'Me'].map((t, i) => b.group('Group ' + (i + 30), [i * 94 + 10, 10, 74, 44], [
    b.vector('Vector', [25, 0, 24, 24], { fill: t === active ? green : '#A8A29E' }),
    b.text(t, [0, 28, 74, 14], { size: 11, align: 'CENTER', color: t === active ? green : '#78716C' }),
  ], { click: links[t] ? { to: links[t] } : undefined })));
const chat = () => b.chat([W - 72, H - 160, 52, 52], { fill: green });
const input = (label, ph, y) => b.al('Frame ' + (100 + y), [24, y, 327, 70], 'VERTICAL', { gap: 6 }, [
  b.text(label, [0, 0, 327, 18], { size: 13, weight: 500, color: '#57534E' }),
  b.frame('Frame ' + (101 + y), [0, 24, 327, 46], { fill: '#FFFFFF', stroke: '#E7E5E4', radius: 12 }, [b.text(ph, [14, 13, 300, 20], { size: 15, color: '#A8A29E' })]),
]);
const screen = (name, key, i, kids, fill = cream) => b.frame(name, [(i % 7) * (W + 100), Math.floor(i / 7) * (H + 160), W, H], { fill, key, clips: true }, [b.statusBar(W), ...kids]);

b.page();
const signup = screen('Create your account', 'signup', 0, [
  b.rect('Rectangle 1', [0, 44, W, 260], { image: 'ph4rm4c1' }),
  b.al('Auto layout', [0, 320, W, 440], 'VERTICAL', { padX: 24, gap: 14 }, [
    b.text('Hello, pharmacist 👋', [24, 0, 327, 32], { size: 26, weight: 700 }),
    b.text('Stock up for flu season without squeezing your cash.', [24, 40, 327, 44], { size: 15, color: '#57534E' }),
    input('Email', 'you@yourpharmacy.co.uk', 90),
    b.btnInst('Let\u2019s go', [24, 190, 327, 52], comp.ids.pill, { name: 'Buttons/Pill', fill: green, radius: 26, click: { to: 'about' } }),
  ]),
]);
const about = screen('About your pharmacy', 'about', 1, [
  b.al('Auto layout', [0, 80, W, 600], 'VERTICAL', { padX: 24, gap: 14 }, [
    b.text('Tell us a little about you', [24, 0, 327, 30], { size: 22, weight: 700 }),
    input('Pharmacy name', 'e.g. Hollins Chemist', 50),
    input('GPhC premises number', '7 digits', 130),
    input('Branches', '1', 210),
    b.btnFrame('Next', [24, 320, 327, 52], { fill: green, radius: 26, click: { to: 'home' } }),
  ]),
]);
const home = screen('Home', 'home', 2, [
  b.al('Auto layout', [0, 60, W, 660], 'VERTICAL', { padX: 20, gap: 16 }, [
    b.text('Morning, Hollins Chemist ☀️', [20, 0, 335, 28], { size: 20, weight: 700 }),
    b.frame('Frame 120', [20, 44, 335, 120], { fill: '#FDE68A', radius: 16, click: { to: 'sheet', nav: 'OVERLAY' } }, [
      b.text('Your stock budget is waiting 💊', [16, 18, 300, 22], { size: 16, weight: 700 }),
      b.text('See how much you could have ready for winter →', [16, 48, 290, 40], { size: 14, color: '#57534E' }),
    ]),
    b.al('Frame 121', [20, 180, 335, 96], 'VERTICAL', { fill: '#FFFFFF', radius: 14, padX: 16, padY: 14, gap: 6 }, [
      b.text('Next ConnectRx Wholesale delivery', [16, 14, 300, 18], { size: 13, color: '#78716C' }),
      b.text('Tue 10:00 · 14 totes', [16, 40, 300, 24], { size: 18, weight: 600 }),
    ]),
    b.al('Frame 122', [20, 290, 335, 96], 'VERTICAL', { fill: '#FFFFFF', radius: 14, padX: 16, padY: 14, gap: 6 }, [
      b.text('Flu jabs booked', [16, 14, 300, 18], { size: 13, color: '#78716C' }),
      b.text('38 this week', [16, 40, 300, 24], { size: 18, weight: 600 }),
    ]),
  ]),
  chat(),
  tabs('Home', { Me: 'me' }),
]);
// Overlay sheet: the decision point
const sheet = b.frame('Sheet', [3 * (W + 100), 0, W, 640], { fill: '#FFFFFF', radius: 24, key: 'sheet' }, [
  b.rect('Rectangle 9', [163, 10, 48, 5], { fill: '#D6D3D1', radius: 3 }),
  b.vector('Vector', [W - 44, 24, 20, 20], { stroke: '#57534E', click: { close: true } }),
  b.al('Auto layout', [0, 52, W, 570], 'VERTICAL', { padX: 24, gap: 14 }, [
    b.text('Let\u2019s find your number', [24, 0, 327, 30], { size: 22, weight: 700 }),
    b.al('Frame 140', [24, 44, 327, 200], 'VERTICAL', { gap: 12 }, [
      b.al('Frame 141', [0, 0, 327, 56], 'HORIZONTAL', { gap: 10 }, [b.text('🌱', [0, 0, 24, 24], { size: 18 }), b.text('A stock line shaped around your busy months, so the shelves are full when the queues are long.', [34, 0, 293, 56], { size: 14 })]),
      b.al('Frame 142', [0, 68, 327, 56], 'HORIZONTAL', { gap: 10 }, [b.text('🔍', [0, 0, 24, 24], { size: 18 }), b.text('We look at your till takings and bank balance to spot your seasonal dips — nothing else.', [34, 0, 293, 56], { size: 14 })]),
      b.al('Frame 143', [0, 136, 327, 40], 'HORIZONTAL', { gap: 10 }, [b.text('👉', [0, 0, 24, 24], { size: 18 }), b.text('Link your till and bank to see it.', [34, 0, 293, 40], { size: 14, weight: 600 })]),
    ]),
    b.btnInst('Link my till & bank', [24, 260, 327, 52], comp.ids.pill, { name: 'Buttons/Pill', fill: green, radius: 26, click: { to: 'picker' } }),
    b.link('Curious how it all works?', [24, 326, 327, 20], { color: green, underline: true, align: 'CENTER' }),
    b.text('You can unlink whenever you like — no hard feelings.', [24, 356, 327, 20], { size: 13, color: '#78716C', align: 'CENTER' }),
    b.al('Frame 144', [24, 396, 327, 110], 'VERTICAL', { fill: cream, radius: 14, padX: 16, padY: 14, gap: 6 }, [
      b.text('“Had the cash for our winter order in two days. Lovely people, too.”', [16, 14, 295, 40], { size: 14, font: 'Georgia' }),
      b.text('Aisha Rahman, owner, Rahman\u2019s Pharmacy, Bolton', [16, 64, 295, 16], { size: 12, color: '#78716C' }),
    ]),
  ]),
]);
const tile = (name, ref, y, sub) => b.logo(name, [0, y, 327, 60], { ref, sub, click: { to: 'consent' } });
const picker = screen('Pick yours', 'picker', 4, [
  b.vector('Vector', [20, 56, 24, 24], { stroke: '#1C1917', click: { back: true } }),
  b.al('Auto layout', [24, 96, 327, 660], 'VERTICAL', { gap: 12 }, [
    b.text('Which ones are yours?', [0, 0, 327, 28], { size: 22, weight: 700 }),
    b.text('Your till', [0, 44, 327, 22], { size: 16, weight: 600 }),
    b.al('Frame 160', [0, 72, 327, 204], 'VERTICAL', { gap: 10 }, [
      tile('Square Point of Sale', 'p1', 0), tile('Lightspeed Retail (X-Series)', 'p2', 70), tile('Shopify POS', 'p3', 140),
    ]),
    b.text('Bank accounts', [0, 292, 327, 22], { size: 16, weight: 600 }),
    b.al('Frame 161', [0, 320, 327, 134], 'VERTICAL', { gap: 10 }, [tile('Barclays Business', 'p4', 0), tile('NatWest Business', 'p5', 70)]),
    b.link('Can\u2019t see yours? Upload 3 months of statements instead', [0, 470, 327, 40], { color: green, underline: true, click: { to: 'upload' } }),
    b.link('Not the one who looks after the bank? Send this bit to them', [0, 516, 327, 40], { color: green, click: { to: 'share', nav: 'OVERLAY' } }),
    b.text('3,400+ pharmacies link safely with us every month.', [0, 566, 327, 20], { size: 12, color: '#78716C' }),
    b.group('Group 80', [0, 596, 180, 20], [b.text('Powered by', [0, 2, 70, 16], { size: 11, color: '#A8A29E' }), b.vector('Vector', [74, 0, 80, 20], { fill: '#57534E', name: 'provider mark' })]),
  ]),
]);
const consent = screen('Just checking', 'consent', 5, [
  b.al('Auto layout', [24, 80, 327, 680], 'VERTICAL', { gap: 14 }, [
    b.group('Group 90', [0, 0, 220, 44], [b.rect('square', [0, 0, 44, 44], { image: 'p1', radius: 10 }), b.text('Square Point of Sale', [56, 12, 160, 20], { size: 15, weight: 600 })]),
    b.text('What we\u2019ll look at', [0, 60, 327, 22], { size: 16, weight: 600 }),
    b.text('Your daily takings and refunds from Square, for the last 12 months. We only read — we never change anything in Square.', [0, 88, 327, 60], { size: 14 }),
    b.text('Everything travels safely, encrypted, and we\u2019ll never share it with anyone else without asking you first.', [0, 160, 327, 60], { size: 14, color: '#57534E' }),
    b.text('Next, Square will open so you can sign in and say yes. Then you\u2019ll pop straight back here.', [0, 232, 327, 44], { size: 14, color: '#57534E' }),
    b.checkbox('', [0, 296, 327, 44], { parts: [b.text('I\u2019m happy to share this. Our', [30, 0, 200, 20], { size: 13 }), b.link('privacy notice', [30, 20, 120, 20], { size: 13, underline: true, color: green })] }),
    b.btnInst('Sounds good', [0, 360, 327, 52], comp.ids.pill, { name: 'Buttons/Pill', fill: green, radius: 26, click: { to: 'gathering' } }),
  ]),
]);
const gathering = screen('Gathering', 'gathering', 6, [
  b.spinner([163, 330, 48, 48]),
  b.text('Gathering your takings…', [24, 400, 327, 26], { size: 18, weight: 600, align: 'CENTER', trans: 'linked' }),
  b.text('This usually takes under a minute. Put the kettle on ☕', [24, 434, 327, 40], { size: 14, color: '#78716C', align: 'CENTER' }),
], '#FFFFFF');
const acct = (name, ref, word, color, meta, y, extra = []) => b.al('Frame ' + (200 + y), [0, y, 327, 84], 'HORIZONTAL', { fill: '#FFFFFF', radius: 14, padX: 14, gap: 12 }, [
  b.rect('logo', [14, 20, 40, 40], { image: ref, radius: 10 }),
  b.al('Frame ' + (201 + y), [66, 14, 180, 56], 'VERTICAL', { gap: 4 }, [
    b.text(name, [0, 0, 180, 20], { size: 15, weight: 600 }),
    b.text(meta, [0, 22, 180, 32], { size: 11, color: '#78716C' }),
    b.dot(word, [0, 40, 120, 16], color),
  ]),
  ...extra,
]);
const linked = screen('Linked accounts', 'linked', 7, [
  b.al('Auto layout', [24, 70, 327, 640], 'VERTICAL', { gap: 12 }, [
    b.text('Linked accounts', [0, 0, 327, 28], { size: 22, weight: 700 }),
    acct('Square Point of Sale', 'p1', 'Linked', '#16A34A', 'Since 3 Mar 2026 · last update 10:42', 44, [b.link('Unlink', [270, 32, 50, 20], { color: '#DC2626', size: 13 })]),
    acct('Barclays Business', 'p4', 'Waiting for you', '#F59E0B', 'Chosen, not yet approved', 140),
    b.frame('Frame 230', [0, 240, 327, 52], { stroke: green, radius: 26, click: { to: 'picker' } }, [b.text('+ Link \u200Banother', [0, 16, 327, 20], { size: 15, weight: 600, color: green, align: 'CENTER' })]),
    b.btnFrame('See my offer', [0, 306, 327, 52], { fill: green, radius: 26, click: { to: 'offer' } }),
    b.text('Need a hand? Call 0113 496 0251 or email hello@shelfwise.co.uk', [0, 380, 327, 36], { size: 12, color: '#78716C' }),
  ]),
  chat(),
  tabs('Me', { Home: 'home', Insights: 'insights', Me: 'me' }),
]);
const offer = screen('Your offer', 'offer', 8, [
  b.al('Auto layout', [24, 90, 327, 600], 'VERTICAL', { gap: 12 }, [
    b.text('Good news 🎉', [0, 0, 327, 30], { size: 24, weight: 700 }),
    b.text('£24,000 stock line', [0, 44, 327, 40], { size: 32, weight: 700, color: green }),
    b.text('Draw what you need for wholesaler orders. Repay from takings over 6 months.', [0, 96, 327, 44], { size: 14, color: '#57534E' }),
    b.btnFrame('Accept offer', [0, 170, 327, 52], { fill: green, radius: 26 }),
  ]),
  chat(),
]);
const insights = screen('Insights', 'insights', 9, [
  b.al('Auto layout', [20, 70, 335, 620], 'VERTICAL', { gap: 14 }, [
    b.text('Insights', [0, 0, 335, 28], { size: 22, weight: 700 }),
    b.frame('Frame 250', [0, 44, 335, 260], { fill: '#FFFFFF', radius: 16 }, [
      b.vector('Vector', [16, 20, 303, 120], { stroke: '#E7E5E4' }),
      b.text('Your best sellers will show up here', [16, 150, 303, 22], { size: 15, weight: 600 }),
      b.text('Link your till and we\u2019ll chart which lines fly off the shelf each week.', [16, 176, 303, 36], { size: 13, color: '#78716C' }),
      b.btnGroup('Link till', [16, 216, 140, 36], { fill: green, radius: 18, click: { to: 'picker' } }),
    ]),
  ]),
  tabs('Insights', { Home: 'home', Me: 'me' }),
]);
const me = screen('Me', 'me', 10, [
  b.al('Auto layout', [24, 70, 327, 600], 'VERTICAL', { gap: 16 }, [
    b.text('Me', [0, 0, 327, 28], { size: 22, weight: 700 }),
    b.text('Shelfwise Plus · £9/month · cancel anytime', [0, 44, 327, 20], { size: 14 }),
    b.link('Linked accounts', [0, 80, 327, 20], { color: '#1C1917', click: { to: 'linked' } }),
    b.link('Notifications', [0, 112, 327, 20], { color: '#1C1917' }),
    b.link('Delete account', [0, 170, 327, 20], { color: '#DC2626' }),
  ]),
  tabs('Me', { Home: 'home', Insights: 'insights' }),
]);
const upload = screen('Upload statements', 'upload', 11, [
  b.al('Auto layout', [24, 90, 327, 500], 'VERTICAL', { gap: 14 }, [
    b.text('Upload instead', [0, 0, 327, 28], { size: 22, weight: 700 }),
    b.text('PDF statements from any bank are fine — the last 3 months.', [0, 40, 327, 40], { size: 14, color: '#57534E' }),
    b.frame('Frame 270', [0, 96, 327, 160], { stroke: '#D6D3D1', radius: 16 }, [b.vector('Vector', [143, 50, 40, 40], { fill: green }), b.text('Tap to choose files', [0, 104, 327, 20], { size: 14, align: 'CENTER' })]),
    b.btnFrame('Send', [0, 280, 327, 52], { fill: green, radius: 26, click: { to: 'offer' } }),
  ]),
]);
const share = b.frame('Send to a colleague', [12 * (W + 100) - 6 * (W + 100), H + 160 + 400, W, 420], { fill: '#FFFFFF', radius: 24, key: 'share' }, [
  b.al('Auto layout', [24, 32, 327, 360], 'VERTICAL', { gap: 14 }, [
    b.text('Pass it on', [0, 0, 327, 28], { size: 22, weight: 700 }),
    b.text('We\u2019ll send them a link to finish just the bank part. Everything else stays saved.', [0, 40, 327, 40], { size: 14, color: '#57534E' }),
    input('Their email', 'name@yourpharmacy.co.uk', 96),
    b.btnFrame('Send link', [0, 190, 327, 52], { fill: green, radius: 26, click: { close: true } }),
  ]),
]);
const email = b.frame('Email — welcome', [0, 2 * (H + 160), 600, 900], { fill: '#FFFFFF', key: 'email' }, [
  b.al('Auto layout', [40, 40, 520, 820], 'VERTICAL', { gap: 18 }, [
    b.rect('Rectangle 40', [0, 0, 140, 40], { image: 'sh3lfw1se', name: 'logo' }),
    b.text('Welcome to Shelfwise, Hollins Chemist!', [0, 60, 520, 34], { size: 24, weight: 700 }),
    b.text('Three little steps and you\u2019ll see your stock budget:', [0, 108, 520, 22], { size: 15 }),
    b.text('1  Tell us about your pharmacy ✓\n2  Link your till and bank (2 minutes)\n3  See your offer and order', [0, 140, 520, 72], { size: 15, weight: 500 }),
    b.btnFrame('Link my till & bank', [0, 232, 260, 48], { fill: green, radius: 24, click: { url: 'https://app.shelfwise.co.uk/link' } }),
    b.link('Or reply to this email — a real person reads it.', [0, 300, 520, 20], { color: green }),
  ]),
]);

const flowPage = b.canvas('Onboarding', [signup, about, home, sheet, picker, consent, gathering, linked, offer, insights, me, upload, share, email], null);
b.page();
const cover = b.canvas('Cover', [b.frame('Cover', [0, 0, 1600, 960], { fill: green }, [
  b.text('Shelfwise · mobile onboarding', [100, 420, 1400, 70], { size: 60, weight: 700, color: '#FFFFFF' }),
])]);
b.page();
const archive = b.canvas('Archive', [
  screen('Intro carousel (cut)', 'intro', 0, [
    b.text('Stock up. Breathe out.', [24, 500, 327, 60], { size: 28, weight: 700 }),
    b.dots([160, 600, 60, 8], 3, 0, green),
    b.link('Skip', [300, 60, 50, 20], { color: green }),
  ]),
]);

const file = finishFile(b, 'Shelfwise — pharmacy onboarding (iOS)', [cover, flowPage, comp.canvas, archive], comp.components, comp.componentSets);
const t = truth(b, base, 'onboarding',
  'Stock financing for independent UK pharmacies, iPhone 375x812, warm copy. A home banner opens a bottom sheet with an emoji-led three-line value message and a pharmacist\u2019s quote; the sheet leads to a grouped till/bank picker, a consent screen, a gathering spinner and a linked-accounts list. A welcome email frame lists three numbered steps. No prototype start is set.',
  ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas',
    'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics',
    'privacy.support-contacts', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete',
    'connection.syncing-indicator'],
  ['funnel.prefill', 'value.progress-meter', 'privacy.connection-guide', 'privacy.mutual-nda', 'platform.search', 'connection.refresh'],
  {
    'funnel.greeting-email': 'Welcome email with steps 1-2-3, linking till and bank second, and a link button.',
    'funnel.three-actions': 'Create account → About your pharmacy → Home → banner opens the sheet asking to link: three steps.',
    'funnel.cta-visible': 'The banner is the first card on Home and opens the link sheet.',
    'funnel.social-proof': 'Quote from a pharmacy owner on the sheet.',
    'value.three-part': 'Sheet: shaped stock line (value), takings and balance for seasonal dips (use), "Link my till & bank" (next).',
    'value.contextual-ctas': 'Insights chart empty state: "Link till".',
    'value.faq-link': '"Curious how it all works?" link under the button.',
    'privacy.data-scope': 'Consent names takings and refunds, 12 months, read only from Square.',
    'privacy.trust-language': '"safely, encrypted … never share it with anyone else without asking you first".',
    'privacy.consent-action': 'Checkbox with privacy notice link before "Sounds good".',
    'privacy.disconnect-anytime': '"You can unlink whenever you like."',
    'privacy.statistics': '"3,400+ pharmacies link safely with us every month."',
    'privacy.support-contacts': 'Chat bubble plus phone and email on Linked accounts.',
    'privacy.powered-by': '"Powered by" with a provider mark on the picker.',
    'platform.explain-redirect': '"Square will open so you can sign in and say yes. Then you\u2019ll pop straight back here."',
    'platform.grouped-categories': '"Your till" and "Bank accounts" headings.',
    'platform.accurate-branding': 'Full names with logos: Square Point of Sale, Lightspeed Retail (X-Series), Barclays Business.',
    'platform.alternatives': 'Upload three months of statements instead.',
    'platform.non-linear': 'Send the bank part to a colleague.',
    'platform.multiple-connections': 'Linked / Waiting for you dots and "+ Link another".',
    'connection.view-live': 'Linked accounts with since-date and last update time.',
    'connection.delete': '"Unlink" on the linked till.',
    'connection.syncing-indicator': 'Spinner with "Gathering your takings…".',
    'funnel.prefill': 'Pharmacy details are typed in by hand; nothing is shown filled from linked data.',
    'value.progress-meter': 'No meter or step counter for linking (the dots sit only on a cut intro carousel in the archive).',
    'privacy.connection-guide': 'Only a privacy notice; no guide to linking.',
    'platform.search': 'Short list, no search.',
    'connection.refresh': 'No refresh/update-now control.',
  },
  { start: 'signup', connect: 'sheet', steps: 3, deadEnds: [] });
write(base, file, t, { connectCandidates: [sheet.id, picker.id, insights.id, email.id], signup: signup.id, flowPage: 'Onboarding' });

// d53: payroll for courier fleets, iPad landscape, UK, terse copy. Connect prompt = a home card.
import { builder, componentsPage, finishFile, truth, write } from './lib.mjs';

const base = 'd53-courier-fleet-payroll-tablet';
const b = builder();
const W = 1194;
const H = 834;

b.page();
const comp = componentsPage(b, '🧩 Components', [
  { key: 'primary', name: 'cta/primary', label: 'Button', w: 200, h: 48, fill: '#F97316', hover: '#EA580C', desc: 'Primary action' },
  { key: 'ghost', name: 'Btn', label: 'Button', w: 160, h: 44, fill: '#FFFFFF', color: '#111827', hover: '#F4F4F5' },
], [
  { key: 'tick', name: 'tick box', w: 20, h: 20 },
  { key: 'nav', name: 'Comp / Nav / Item', w: 200, h: 40, fill: '#0F172A' },
]);

const accent = '#F97316';
const side = (active, links = {}) => b.al('Frame 18', [0, 0, 220, H], 'VERTICAL', { fill: '#0F172A', padX: 16, padY: 24, gap: 4 }, [
  b.group('Group 3', [16, 24, 140, 28], [
    b.vector('Vector', [0, 2, 24, 24], { fill: accent }),
    b.text('ridepay', [32, 2, 100, 24], { size: 18, weight: 700, color: '#FFFFFF' }),
  ]),
  ...['Home', 'Pay runs', 'Riders', 'Mileage', 'Settings'].map((label, i) => b.instance(label === active ? 'Comp / Nav / Item' : 'Property 1=Default', [16, 80 + i * 44, 188, 40], comp.ids.nav,
    { fill: label === active ? '#1E293B' : '#0F172A', radius: 6, click: links[label] ? { to: links[label] } : undefined },
    [b.text(label, [14, 10, 160, 20], { size: 14, weight: label === active ? 600 : 400, color: '#E2E8F0' })])),
  b.chat([20, H - 84, 48, 48], { name: 'Group 44' }),
]);
const appLinks = { Home: 'home', 'Pay runs': 'runs', Mileage: 'mileage', Settings: 'settings' };
const field = (label, value, y, w = 420) => b.al('Frame ' + (60 + y), [0, y, w, 68], 'VERTICAL', { gap: 6 }, [
  b.text(label, [0, 0, w, 18], { size: 13, weight: 500, color: '#52525B' }),
  b.frame('Frame ' + (61 + y), [0, 24, w, 44], { fill: '#FFFFFF', stroke: '#D4D4D8', radius: 8 }, [
    b.text(value, [12, 12, w - 24, 20], { size: 15, color: value ? '#A1A1AA' : '#18181B' }),
  ]),
]);

b.page();
// 1 sign-up
const signup = b.frame('Sign up', [0, 0, W, H], { fill: '#FFFFFF', key: 'signup' }, [
  b.rect('Rectangle 4', [0, 0, 520, H], { image: 'f3a9c1e07d', name: 'hero' }),
  b.text('Every drop paid right.', [48, 620, 420, 40], { size: 28, weight: 700, color: '#FFFFFF' }),
  b.text('Trusted by 2,000+ UK fleets', [48, 670, 420, 22], { size: 15, color: '#FFFFFF', visible: false }),
  b.al('Auto layout', [600, 160, 480, 480], 'VERTICAL', { gap: 18 }, [
    b.text('Create account', [0, 0, 480, 34], { size: 26, weight: 700 }),
    b.text('Payroll for courier fleets.', [0, 44, 480, 22], { size: 15, color: '#52525B' }),
    field('Work email', 'you@fleet.co.uk', 90, 480),
    field('Password', '••••••••', 176, 480),
    b.btnInst('Create account', [0, 270, 480, 48], comp.ids.primary, { fill: accent, click: { to: 'details' } }),
    b.al('Frame 9', [0, 340, 480, 22], 'HORIZONTAL', { gap: 6 }, [
      b.text('Have an account?', [0, 0, 130, 20], { size: 14, color: '#52525B' }),
      b.link('Log in', [134, 0, 60, 20], { color: accent }),
      b.link('Pricing', [400, 0, 80, 20], { color: '#52525B', underline: true, click: { to: 'pricing' } }),
    ]),
  ]),
]);
// 2 company details (empty fields, nothing prefilled)
const details = b.frame('Company', [W + 120, 0, W, H], { fill: '#FAFAFA', key: 'details' }, [
  b.al('Auto layout', [357, 120, 480, 560], 'VERTICAL', { gap: 16 }, [
    b.text('Your fleet', [0, 0, 480, 34], { size: 24, weight: 700 }),
    field('Trading name', '', 50),
    field('Companies House no.', '', 128),
    field('Riders on payroll', '', 206),
    b.frame('Frame 31', [0, 290, 480, 40], { layout: 'HORIZONTAL', gap: 12 }, [
      b.text('Vans', [0, 10, 60, 20], { size: 14 }),
      b.text('Bikes', [70, 10, 60, 20], { size: 14 }),
      b.text('Cargo bikes', [140, 10, 100, 20], { size: 14 }),
    ]),
    b.btnFrame('Next', [0, 360, 480, 48], { fill: accent, click: { to: 'home' } }),
  ]),
]);
// 3 home: the connect prompt is a card in the middle of the dashboard
const home = b.frame('Home', [2 * (W + 120), 0, W, H], { fill: '#F8FAFC', key: 'home' }, [
  side('Home', appLinks),
  b.al('Auto layout', [260, 40, 894, 760], 'VERTICAL', { gap: 24 }, [
    b.text('Morning, Dan', [0, 0, 600, 34], { size: 26, weight: 700 }),
    b.al('Frame 40', [0, 60, 894, 300], 'HORIZONTAL', { fill: '#FFFFFF', radius: 14, stroke: '#E2E8F0', padX: 32, padY: 28, gap: 32 }, [
      b.al('Frame 41', [32, 28, 480, 244], 'VERTICAL', { gap: 12 }, [
        b.text('🔌 Hook up your rota + books', [0, 0, 480, 30], { size: 22, weight: 700 }),
        b.text('Pay runs in 4 mins, not 4 hours.', [0, 42, 480, 22], { size: 16, weight: 500 }),
        b.text('We read shifts, drops and mileage from your rota. We post pay journals into your books.', [0, 72, 480, 44], { size: 14, color: '#475569' }),
        b.al('Frame 42', [0, 140, 480, 48], 'HORIZONTAL', { gap: 16 }, [
          b.btnInst('Hook up', [0, 0, 180, 48], comp.ids.primary, { fill: accent, click: { to: 'picker' } }),
          b.link('Not now', [196, 14, 80, 20], { color: '#64748B' }),
        ]),
      ]),
      b.rect('Rectangle 19', [544, 28, 318, 244], { image: '7bd20c4ae1', radius: 10 }),
    ]),
    b.al('Frame 43', [0, 384, 894, 150], 'HORIZONTAL', { gap: 16 }, [
      ...[['Next pay run', 'Fri 14 Jun'], ['Riders', '—'], ['Drops this week', '—']].map(([k, v], i) =>
        b.al('Frame ' + (44 + i), [i * 298, 0, 282, 150], 'VERTICAL', { fill: '#FFFFFF', radius: 12, padX: 20, padY: 20, gap: 8 }, [
          b.text(k, [20, 20, 240, 18], { size: 13, color: '#64748B' }),
          b.text(v, [20, 46, 240, 34], { size: 26, weight: 700 }),
        ])),
    ]),
  ]),
]);
// 4 source picker: grouped, full product names
const tile = (name, logoRef, x, y, sub) => b.logo(name, [x, y, 260, 64], { ref: logoRef, sub, click: { to: 'consent' } });
const picker = b.frame('Choose source', [3 * (W + 120), 0, W, H], { fill: '#F8FAFC', key: 'picker' }, [
  side('Home', appLinks),
  b.al('Auto layout', [260, 40, 894, 760], 'VERTICAL', { gap: 20 }, [
    b.group('Group 61', [0, 0, 300, 24], [
      b.vector('Vector', [0, 4, 16, 16], { stroke: '#0F172A', click: { back: true } }),
      b.text('Back', [22, 2, 60, 20], { size: 14 }),
    ]),
    b.text('Pick a source', [0, 40, 600, 34], { size: 26, weight: 700 }),
    b.al('Frame 62', [0, 96, 894, 140], 'VERTICAL', { gap: 12 }, [
      b.text('Rota & dispatch', [0, 0, 400, 26], { size: 18, weight: 600 }),
      b.al('Frame 63', [0, 40, 894, 64], 'HORIZONTAL', { gap: 16 }, [
        tile('Deputy', 'a01', 0, 0, 'Shifts + timesheets'),
        tile('Rotaready', 'a02', 276, 0, 'Rotas'),
        tile('Onfleet', 'a03', 552, 0, 'Drops + mileage'),
      ]),
    ]),
    b.al('Frame 64', [0, 260, 894, 140], 'VERTICAL', { gap: 12 }, [
      b.text('Books', [0, 0, 400, 26], { size: 18, weight: 600 }),
      b.al('Frame 65', [0, 40, 894, 64], 'HORIZONTAL', { gap: 16 }, [
        tile('Xero', 'a04', 0, 0, 'UK'),
        tile('QuickBooks Online', 'a05', 276, 0),
        tile('Sage Business Cloud Accounting', 'a06', 552, 0),
      ]),
    ]),
  ]),
]);
// 5 consent
const consent = b.frame('Allow access', [0, H + 200, W, H], { fill: '#F8FAFC', key: 'consent' }, [
  side('Home', appLinks),
  b.al('Auto layout', [420, 100, 560, 620], 'VERTICAL', { fill: '#FFFFFF', radius: 16, padX: 32, padY: 32, gap: 16 }, [
    b.group('Group 70', [32, 32, 200, 40], [
      b.rect('xero logo', [0, 0, 40, 40], { image: 'a04', radius: 20 }),
      b.text('Xero', [52, 8, 140, 24], { size: 20, weight: 700 }),
    ]),
    b.text('What moves', [32, 90, 480, 24], { size: 16, weight: 600 }),
    b.text('From Xero → us: chart of accounts, tracking categories.\nFrom us → Xero: pay journals after each run.\nNothing else.', [32, 120, 480, 66], { size: 14, color: '#334155' }),
    b.text('Encrypted end to end. Never sold or passed to third parties without your OK.', [32, 200, 480, 40], { size: 14, color: '#334155' }),
    b.checkbox('', [32, 260, 480, 24], { kind: 'vector', parts: [
      b.text('I accept the', [30, 2, 90, 20], { size: 14 }),
      b.link('data terms', [122, 2, 90, 20], { underline: true, color: accent }),
    ] }),
    b.btnInst('Continue', [32, 310, 480, 48], comp.ids.primary, { fill: accent, click: { to: 'redirect' } }),
    b.link('Cancel', [32, 374, 480, 20], { color: '#64748B', click: { back: true } }),
  ]),
]);
// 6 redirect explainer
const redirect = b.frame('Handoff', [W + 120, H + 200, W, H], { fill: '#F8FAFC', key: 'redirect' }, [
  side('Home', appLinks),
  b.al('Auto layout', [420, 200, 560, 360], 'VERTICAL', { fill: '#FFFFFF', radius: 16, padX: 32, padY: 32, gap: 16 }, [
    b.text('Off to Xero', [32, 32, 480, 30], { size: 22, weight: 700 }),
    b.text('Xero opens in a new tab.\nSign in → tap Allow → you land back here.', [32, 76, 480, 44], { size: 15, color: '#334155' }),
    b.btnFrame('Open Xero', [32, 150, 480, 48], { fill: '#13B5EA', click: { to: 'sources' } }),
  ]),
]);
// 7 sources list
const row = (name, ref, word, color, meta, y, extra = []) => b.al('Frame ' + (80 + y), [0, y, 894, 72], 'HORIZONTAL', { fill: '#FFFFFF', radius: 10, padX: 20, gap: 16 }, [
  b.rect('image ' + ref, [20, 18, 36, 36], { image: ref, radius: 8 }),
  b.al('Frame ' + (81 + y), [72, 14, 360, 44], 'VERTICAL', { gap: 2 }, [
    b.text(name, [0, 0, 360, 22], { size: 15, weight: 600 }),
    b.text(meta, [0, 24, 360, 18], { size: 12, color: '#64748B' }),
  ]),
  b.dot(word, [450, 26, 80, 20], color),
  ...extra,
]);
const sources = b.frame('Sources', [2 * (W + 120), H + 200, W, H], { fill: '#F8FAFC', key: 'sources' }, [
  side('Settings', appLinks),
  b.al('Auto layout', [260, 40, 894, 760], 'VERTICAL', { gap: 14 }, [
    b.text('Sources', [0, 0, 600, 34], { size: 26, weight: 700 }),
    row('Deputy', 'a01', 'Live', '#22C55E', 'Linked 2 Jun 2025 · last pull 08:14 today', 60, [
      b.btnFrame('Pull\u00A0now', [560, 16, 110, 40], { fill: '#FFFFFF', color: '#0F172A', stroke: '#CBD5E1' }),
      b.link('Unhook', [700, 26, 80, 20], { color: '#DC2626' }),
    ]),
    row('Xero', 'a04', 'Waiting', '#F59E0B', 'Allow pending in Xero', 146, [
      b.link('Finish in Xero', [560, 26, 140, 20], { color: accent }),
    ]),
    b.frame('Frame 95', [0, 240, 894, 56], { stroke: '#CBD5E1', radius: 10, click: { to: 'picker' } }, [
      b.text('＋ Add another', [20, 18, 300, 20], { size: 15, weight: 600, color: accent }),
    ]),
    b.btnInst('Run pay', [0, 320, 200, 48], comp.ids.primary, { fill: accent, click: { to: 'runs' } }),
    b.text('Stuck? Chat, call 0161 496 0732 or email help@ridepay.co.uk', [0, 700, 700, 20], { size: 13, color: '#64748B' }),
  ]),
]);
// 8 mileage: empty state with a contextual prompt
const mileage = b.frame('Mileage', [3 * (W + 120), H + 200, W, H], { fill: '#F8FAFC', key: 'mileage' }, [
  side('Mileage', appLinks),
  b.al('Auto layout', [260, 40, 894, 760], 'VERTICAL', { gap: 20 }, [
    b.text('Mileage', [0, 0, 600, 34], { size: 26, weight: 700 }),
    b.frame('Frame 101', [0, 60, 894, 380], { fill: '#FFFFFF', radius: 14 }, [
      b.vector('Vector', [40, 40, 814, 240], { stroke: '#E2E8F0' }),
      b.text('No drops yet', [40, 290, 400, 24], { size: 18, weight: 600 }),
      b.text('Plug in dispatch to fill this.', [40, 318, 400, 20], { size: 14, color: '#64748B' }),
      b.btnGroup('Plug in Onfleet', [600, 300, 220, 44], { fill: accent, click: { to: 'picker' } }),
    ]),
  ]),
]);
// 9 pay runs
const runs = b.frame('Pay runs', [0, 2 * (H + 200), W, H], { fill: '#F8FAFC', key: 'runs' }, [
  side('Pay runs', appLinks),
  b.al('Auto layout', [260, 40, 894, 760], 'VERTICAL', { gap: 10 }, [
    b.text('Pay runs', [0, 0, 600, 34], { size: 26, weight: 700 }),
    ...[['Wk 23', '£18,402.10', 'Paid'], ['Wk 22', '£17,955.00', 'Paid'], ['Wk 24', '—', 'Draft']].map(([w, amt, st], i) =>
      b.al('Frame ' + (110 + i), [0, 60 + i * 60, 894, 52], 'HORIZONTAL', { fill: '#FFFFFF', radius: 8, padX: 16, gap: 24 }, [
        b.text(w, [16, 16, 120, 20], { size: 15, weight: 600 }),
        b.text(amt, [200, 16, 160, 20], { size: 15 }),
        b.dot(st, [420, 16, 80, 20], st === 'Paid' ? '#22C55E' : '#94A3B8'),
      ])),
  ]),
]);
// 10 settings: look-alikes only
const settings = b.frame('Settings', [W + 120, 2 * (H + 200), W, H], { fill: '#F8FAFC', key: 'settings' }, [
  side('Settings', appLinks),
  b.al('Auto layout', [260, 40, 894, 760], 'VERTICAL', { gap: 16 }, [
    b.text('Settings', [0, 0, 600, 34], { size: 26, weight: 700 }),
    b.al('Frame 120', [0, 60, 894, 200], 'VERTICAL', { fill: '#FFFFFF', radius: 12, padX: 20, padY: 20, gap: 12 }, [
      b.text('Plan: Fleet 25 · £49/mo · cancel anytime', [20, 20, 600, 20], { size: 14 }),
      b.link('Team', [20, 56, 200, 20]),
      b.link('Sources', [20, 88, 200, 20], { click: { to: 'sources' } }),
      b.link('Delete account', [20, 140, 200, 20], { color: '#DC2626' }),
    ]),
  ]),
]);
// 11 pricing: a dead end
const pricing = b.frame('Pricing', [2 * (W + 120), 2 * (H + 200), W, H], { fill: '#FFFFFF', key: 'pricing' }, [
  b.text('Pricing', [80, 60, 400, 40], { size: 28, weight: 700 }),
  ...[['Fleet 10', '£29/mo'], ['Fleet 25', '£49/mo'], ['Fleet 100', 'Talk to us']].map(([p, c], i) =>
    b.al('Frame ' + (130 + i), [80 + i * 350, 140, 320, 420], 'VERTICAL', { stroke: '#E4E4E7', radius: 14, padX: 24, padY: 24, gap: 12 }, [
      b.text(p, [24, 24, 260, 26], { size: 20, weight: 700 }),
      b.text(c, [24, 60, 260, 30], { size: 24, weight: 600, color: accent }),
      b.text('Unlimited pay runs\nRider app\nHMRC RTI', [24, 110, 260, 66], { size: 14, color: '#52525B' }),
    ])),
]);

const flowPage = b.canvas('Flow — v3', [
  b.section('Onboarding', [-60, -100, 4 * (W + 120) + 60, H + 160], [signup, details, home, picker]),
  consent, redirect, sources, mileage, runs, settings, pricing,
], { flows: [['signup', 'Onboarding']] });

b.page();
const cover = b.canvas('Cover', [
  b.frame('Cover', [0, 0, 1920, 1080], { fill: '#0F172A' }, [
    b.text('ridepay — onboarding', [120, 420, 1200, 80], { size: 72, weight: 700, color: '#FFFFFF' }),
    b.text('iPad · v3 · ready for dev', [120, 520, 800, 30], { size: 24, color: '#94A3B8' }),
  ]),
]);
b.page();
const archive = b.canvas('Archive', [
  b.frame('Splash (old)', [0, 0, W, H], { fill: '#F97316' }, [
    b.text('Get your riders paid.', [120, 320, 800, 50], { size: 40, weight: 700, color: '#FFFFFF' }),
    b.btnFrame('Skip', [W - 180, 40, 120, 44], { fill: '#FFFFFF', color: '#111827' }),
  ]),
  b.frame('Home v1', [W + 100, 0, W, H], { fill: '#F8FAFC', visible: false }, [
    b.text('Connect Xero', [300, 300, 300, 30], { size: 22, weight: 700 }),
  ]),
]);

const file = finishFile(b, 'ridepay iPad onboarding', [cover, flowPage, comp.canvas, archive], comp.components, comp.componentSets);
const t = truth(b, base, 'onboarding',
  'Payroll for UK courier fleets on iPad (landscape). A dashboard card hooks up a rota/dispatch system and the accounting books; a grouped source picker, a consent card, a handoff explainer and a sources list with status dots follow. Terse copy.',
  ['funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.trust-language',
    'privacy.consent-action', 'privacy.support-contacts', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding',
    'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  ['funnel.greeting-email', 'funnel.social-proof', 'funnel.prefill', 'value.faq-link', 'value.progress-meter', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'platform.alternatives',
    'platform.non-linear', 'connection.syncing-indicator'],
  {
    'funnel.three-actions': 'Sign up → Your fleet → Home, whose central card asks to hook up the rota and books: two steps.',
    'funnel.cta-visible': 'The hook-up card is the first, largest card in the middle of Home.',
    'value.three-part': 'Card: benefit (pay runs in 4 mins), data use (shifts, drops, mileage read; pay journals posted), one main "Hook up" button.',
    'value.contextual-ctas': 'The empty Mileage chart offers "Plug in Onfleet".',
    'privacy.data-scope': 'Allow access lists what moves in each direction between Xero and the app.',
    'privacy.trust-language': '"Encrypted end to end. Never sold or passed to third parties without your OK."',
    'privacy.consent-action': 'A tick box with "I accept the data terms" link before Continue.',
    'privacy.support-contacts': 'Chat bubble on every app screen plus phone and email on Sources.',
    'platform.explain-redirect': '"Xero opens in a new tab. Sign in → tap Allow → you land back here."',
    'platform.grouped-categories': '"Rota & dispatch" and "Books" headings over their tiles.',
    'platform.accurate-branding': 'Logos with full names such as QuickBooks Online and Sage Business Cloud Accounting.',
    'platform.multiple-connections': 'Sources shows Live/Waiting dots and an "Add another" row.',
    'connection.view-live': 'Sources rows give the platform, link date and last pull time.',
    'connection.delete': '"Unhook" beside the live source.',
    'connection.refresh': '"Pull now" button.',
    'funnel.social-proof': 'The only "trusted by" line is a hidden layer.',
    'privacy.statistics': 'The fleet count exists only in a hidden layer.',
    'privacy.disconnect-anytime': 'Unhook exists, but nowhere before connecting does the copy say you can undo it later.',
    'privacy.connection-guide': 'Only a "data terms" link; no how-to-connect guide or FAQ.',
    'platform.non-linear': 'No save-for-later, skip to another source, or hand-off to a colleague; "Not now" only dismisses the card.',
    'platform.search': 'Six tiles, no search field.',
    'funnel.prefill': 'Company fields are empty, and nothing is shown filled from the books.',
    'connection.syncing-indicator': 'No spinner or syncing state.',
  },
  { start: 'signup', connect: 'home', steps: 2, deadEnds: ['pricing'] });
write(base, file, t, { connectCandidates: [home.id, mileage.id, picker.id], signup: signup.id, flowPage: 'Flow — v3' });

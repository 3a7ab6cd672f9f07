// d54: grant and tax-credit applications for indie game studios, desktop 1440, a long wizard.
// The page uses prototypeStartNodeID only (no flowStartingPoints).
import { builder, componentsPage, finishFile, truth, write } from './lib.mjs';

const base = 'd54-game-studio-grants-desktop';
const b = builder();
const W = 1440;
const H = 900;
const ink = '#1B1B3A';
const pop = '#7C3AED';

b.page();
const comp = componentsPage(b, 'Components', [
  { key: 'large', name: 'Comp / Action / Large', label: 'Continue', w: 240, h: 52, fill: pop, hover: '#6D28D9', desc: 'Wizard primary' },
  { key: 'quiet', name: 'Comp / Action / Quiet', label: 'Back', w: 140, h: 44, fill: '#FFFFFF', color: ink, hover: '#F5F3FF' },
], [
  { key: 'chip', name: 'chip/source', w: 180, h: 32, fill: '#F5F3FF' },
]);

const STEPS = ['Account', 'Studio', 'Project', 'Eligibility', 'Numbers', 'Details', 'Submit'];
const rail = (active) => b.al('Frame 12', [0, 0, 320, H], 'VERTICAL', { fill: ink, padX: 32, padY: 40, gap: 20 }, [
  b.text('grantly.gg', [32, 40, 200, 28], { size: 20, weight: 700, color: '#FFFFFF' }),
  b.dots([32, 96, 120, 8], 7, active, '#A78BFA'),
  b.text(`${active + 1}/7`, [160, 90, 60, 18], { size: 12, color: '#C4B5FD' }),
  b.al('Frame 13', [32, 140, 256, 320], 'VERTICAL', { gap: 14 }, STEPS.map((s, i) =>
    b.text((i < active ? '✓ ' : '') + s, [0, i * 36, 256, 22], { size: 15, weight: i === active ? 700 : 400, color: i === active ? '#FFFFFF' : '#A5A3C9' }))),
]);
const field = (label, value, x, y, w = 520, tag) => b.al('Frame ' + (300 + y + x), [x, y, w, 72], 'VERTICAL', { gap: 6 }, [
  b.al('Frame ' + (301 + y + x), [0, 0, w, 20], 'HORIZONTAL', { gap: 8 }, [
    b.text(label, [0, 0, 260, 18], { size: 13, weight: 500, color: '#4B5563' }),
    tag ? b.instance('chip/source', [w - 150, 0, 150, 20], comp.ids.chip, { fill: '#F5F3FF', radius: 10 }, [
      b.vector('Vector', [8, 4, 12, 12], { fill: pop }),
      b.text(tag, [24, 2, 120, 16], { size: 11, weight: 600, color: pop }),
    ]) : null,
  ]),
  b.frame('Frame ' + (302 + y + x), [0, 26, w, 46], { fill: '#FFFFFF', stroke: '#D1D5DB', radius: 8 }, [
    b.text(value, [14, 13, w - 28, 20], { size: 15, color: tag ? '#111827' : '#9CA3AF' }),
  ]),
]);
const wizard = (name, key, x, y, active, title, sub, body, next) => b.frame(name, [x, y, W, H], { fill: '#FBFAFF', key }, [
  rail(active),
  b.al('Auto layout', [400, 64, 960, 780], 'VERTICAL', { gap: 24 }, [
    b.text(title, [0, 0, 900, 40], { size: 30, weight: 700, color: ink }),
    sub ? b.text(sub, [0, 50, 900, 24], { size: 16, color: '#4B5563' }) : null,
    ...body,
    next ? b.al('Frame 90', [0, 700, 960, 52], 'HORIZONTAL', { gap: 16 }, [
      b.btnInst('Back', [0, 4, 140, 44], comp.ids.quiet, { name: 'Comp / Action / Quiet', fill: '#FFFFFF', color: ink, stroke: '#D1D5DB', click: { back: true } }),
      b.btnInst(next.label ?? 'Continue', [720, 0, 240, 52], comp.ids.large, { fill: pop, click: { to: next.to, nav: next.nav } }),
    ]) : null,
  ]),
]);
const gx = (i) => (i % 4) * (W + 160);
const gy = (i) => Math.floor(i / 4) * (H + 240);

b.page();
const signup = b.frame('01 Sign up', [gx(0), gy(0), W, H], { fill: '#FFFFFF', key: 'signup' }, [
  b.rect('Rectangle 2', [0, 0, 720, H], { image: '9e2f7a01cc' }),
  b.text('Fund the game you actually want to make.', [64, 640, 600, 90], { size: 36, weight: 700, color: '#FFFFFF' }),
  b.al('Auto layout', [820, 200, 520, 500], 'VERTICAL', { gap: 18 }, [
    b.text('Start an application', [0, 0, 520, 40], { size: 30, weight: 700, color: ink }),
    field('Email', 'you@studio.games', 0, 60),
    field('Password', 'At least 10 characters', 0, 150),
    b.btnFrame('Create account', [0, 250, 520, 52], { fill: pop, radius: 10, click: { to: 'studio' } }),
    b.text('Already applying? Sign in', [0, 320, 520, 20], { size: 14, color: '#6B7280' }),
  ]),
]);
const studio = wizard('02 Studio', 'studio', gx(1), gy(0), 1, 'Your studio', 'Who is applying?', [
  field('Studio name', 'e.g. Lanternfish Games', 0, 90),
  field('Companies House number', '8 digits', 0, 180),
  field('Headcount', '', 0, 270),
], { to: 'project' });
const project = wizard('03 Project', 'project', gx(2), gy(0), 2, 'The project', null, [
  field('Working title', 'e.g. Tidepool', 0, 60),
  b.al('Frame 140', [0, 150, 960, 120], 'VERTICAL', { gap: 10 }, [
    b.text('Engine', [0, 0, 200, 18], { size: 13, weight: 500, color: '#4B5563' }),
    b.al('Frame 141', [0, 28, 960, 40], 'HORIZONTAL', { gap: 10 }, ['Unity', 'Unreal Engine 5', 'Godot', 'Custom'].map((e, i) =>
      b.frame('Frame ' + (142 + i), [i * 150, 0, 140, 40], { stroke: '#D1D5DB', radius: 20 }, [b.text(e, [16, 10, 110, 20], { size: 14 })]))),
  ]),
  field('Publisher (if any)', 'Linkbridge Publishing Ltd', 0, 290),
], { to: 'eligibility' });
const eligibility = wizard('04 Eligibility', 'eligibility', gx(3), gy(0), 3, 'Quick eligibility check', 'Three questions. No wrong answers.', [
  ...['Is the game intended for release to the public?', 'Is at least 10% of core spend in the UK?', 'Is the studio a UK company liable to Corporation Tax?'].map((q, i) =>
    b.al('Frame ' + (150 + i), [0, 100 + i * 70, 960, 56], 'HORIZONTAL', { fill: '#FFFFFF', radius: 10, padX: 20, gap: 20 }, [
      b.text(q, [20, 18, 640, 20], { size: 15 }),
      b.text('Yes   No', [800, 18, 120, 20], { size: 15, weight: 600, color: pop }),
    ])),
  b.link('Read the full VGEC rules', [0, 330, 300, 20], { underline: true, click: { to: 'rules' } }),
], { to: 'numbers' });

// 05: the connect step
const tile = (name, ref, x, y) => b.logo(name, [x, y, 220, 56], { ref, click: { to: 'consent' } });
const numbers = b.frame('05 Bring in your numbers', [gx(0), gy(1), W, H], { fill: '#FBFAFF', key: 'numbers' }, [
  rail(4),
  b.al('Auto layout', [400, 48, 980, 820], 'HORIZONTAL', { gap: 40 }, [
    b.al('Frame 200', [0, 0, 400, 820], 'VERTICAL', { gap: 18 }, [
      b.text('Bring in your numbers', [0, 0, 400, 40], { size: 28, weight: 700, color: ink }),
      b.al('Frame 201', [0, 60, 400, 260], 'VERTICAL', { fill: '#FFFFFF', radius: 12, padX: 20, padY: 20, gap: 14 }, [
        b.text('①  Claim the full credit, not a guess — most studios under-claim staff costs by a third.', [20, 20, 360, 44], { size: 14 }),
        b.text('②  We only read your profit & loss and payroll cost per role, to work out qualifying spend. Read-only.', [20, 76, 360, 44], { size: 14 }),
        b.text('③  Pick your bookkeeping and payroll tools on the right.', [20, 132, 360, 22], { size: 14, weight: 600 }),
        b.link('Why do we ask for this?', [20, 170, 360, 20], { underline: true }),
      ]),
      b.al('Frame 202', [0, 340, 400, 110], 'VERTICAL', { fill: '#F5F3FF', radius: 12, padX: 20, padY: 16, gap: 8 }, [
        b.text('Evidence strength', [20, 16, 200, 18], { size: 13, weight: 600 }),
        b.frame('Frame 203', [20, 42, 360, 10], { fill: '#E5E7EB', radius: 5 }, [b.rect('Rectangle 7', [0, 0, 60, 10], { fill: '#F59E0B', radius: 5 })]),
        b.text('Weak — each source you add makes the claim harder to query.', [20, 62, 360, 36], { size: 12, color: '#6B7280' }),
      ]),
      b.al('Frame 204', [0, 470, 400, 130], 'VERTICAL', { gap: 6 }, [
        b.text('“We had our VGEC claim drafted in an afternoon instead of a fortnight.”', [0, 0, 400, 44], { size: 15, font: 'Georgia', color: ink }),
        b.text('— Priya Natarajan, Studio Director, Lanternfish Games', [0, 52, 400, 18], { size: 12, color: '#6B7280' }),
      ]),
      b.text('🔒 1,900 studios have linked their books through our 256-bit encrypted connection. You can cut the link whenever you like.', [0, 620, 400, 40], { size: 13, color: '#4B5563' }),
      b.text('Unannounced project? Ask us for a mutual NDA before you share anything.', [0, 676, 400, 36], { size: 13, color: '#4B5563' }),
      b.group('Group 9', [0, 740, 200, 24], [
        b.text('Powered by', [0, 4, 72, 16], { size: 11, color: '#9CA3AF' }),
        b.rect('codat-wordmark', [76, 0, 80, 24], { image: 'c0da7' }),
      ]),
    ]),
    b.al('Frame 210', [440, 0, 540, 820], 'VERTICAL', { gap: 16 }, [
      b.search('Find your software…', [0, 0, 540, 44]),
      b.text('Bookkeeping', [0, 64, 300, 24], { size: 18, weight: 600 }),
      b.al('Frame 211', [0, 96, 540, 128], 'VERTICAL', { gap: 12 }, [
        b.al('Frame 212', [0, 0, 540, 56], 'HORIZONTAL', { gap: 12 }, [tile('Xero', 'b1', 0, 0), tile('QuickBooks Online', 'b2', 232, 0)]),
        b.al('Frame 213', [0, 68, 540, 56], 'HORIZONTAL', { gap: 12 }, [tile('FreeAgent', 'b3', 0, 0), tile('Sage Business Cloud Accounting', 'b4', 232, 0)]),
      ]),
      b.text('Payroll', [0, 248, 300, 24], { size: 18, weight: 600 }),
      b.al('Frame 214', [0, 280, 540, 56], 'HORIZONTAL', { gap: 12 }, [tile('BrightPay', 'b5', 0, 0), tile('Xero Payroll', 'b6', 232, 0)]),
      b.frame('Frame 215', [0, 360, 540, 64], { stroke: '#C4B5FD', radius: 10, click: { to: 'upload' } }, [
        b.text('Not listed? Drop in your P&L and payroll CSVs instead →', [20, 22, 500, 20], { size: 14, weight: 500, color: pop }),
      ]),
      b.al('Frame 216', [0, 450, 540, 24], 'HORIZONTAL', { gap: 20 }, [
        b.link('Pass this step to your producer', [0, 0, 260, 20], { click: { to: 'invite', nav: 'OVERLAY' } }),
        b.text('·', [266, 0, 10, 20], { size: 14, color: '#9CA3AF' }),
        b.link('Finish later', [282, 0, 120, 20], { color: '#6B7280' }),
      ]),
      b.text('Tip: linking is optional on the free tier.', [0, 500, 540, 20], { size: 13, color: '#9CA3AF', visible: false }),
    ]),
  ]),
]);
const consent = wizard('06 Permission', 'consent', gx(1), gy(1), 4, 'Link FreeAgent', null, [
  b.al('Frame 230', [0, 60, 720, 420], 'VERTICAL', { fill: '#FFFFFF', radius: 14, padX: 28, padY: 28, gap: 14 }, [
    b.group('Group 20', [28, 28, 260, 40], [b.rect('freeagent', [0, 0, 40, 40], { image: 'b3', radius: 8 }), b.text('FreeAgent', [52, 8, 200, 24], { size: 18, weight: 700 })]),
    b.text('We read, FreeAgent keeps: profit & loss, nominal ledger, payroll cost by role for the last 2 years. Nothing is written back.', [28, 84, 660, 44], { size: 14 }),
    b.text('Your data is encrypted in transit and at rest and is never handed to anyone else without your say-so.', [28, 140, 660, 40], { size: 14, color: '#4B5563' }),
    b.text('We\u2019ll send you to FreeAgent to sign in and approve read access, then bring you straight back here.', [28, 194, 660, 40], { size: 14, color: '#4B5563' }),
    b.checkbox('', [28, 250, 660, 24], { parts: [
      b.text('I agree to grantly.gg using this data as set out in the', [30, 2, 380, 20], { size: 14 }),
      b.link('privacy notice', [414, 2, 120, 20], { underline: true }),
    ] }),
    b.link('Step-by-step: linking FreeAgent (guide)', [28, 300, 400, 20], { underline: true }),
  ]),
], { to: 'reading', label: 'Go to FreeAgent' });
const reading = b.frame('07 Reading', [gx(2), gy(1), W, H], { fill: '#FBFAFF', key: 'reading' }, [
  rail(4),
  b.al('Auto layout', [700, 300, 440, 240], 'VERTICAL', { gap: 16 }, [
    b.spinner([196, 0, 48, 48]),
    b.text('Reading your 2024 ledgers…', [0, 70, 440, 30], { size: 22, weight: 600, align: 'CENTER' }),
    b.text('62% · about a minute', [0, 110, 440, 20], { size: 14, color: '#6B7280', align: 'CENTER', trans: 'linked' }),
  ]),
]);
const linked = wizard('08 Sources', 'linked', gx(3), gy(1), 4, 'Sources added', 'Add the rest now or carry on.', [
  ...[['FreeAgent', 'b3', 'Linked', '#10B981'], ['BrightPay', 'b5', 'Awaiting approval', '#F59E0B']].map(([nm, ref, st, c], i) =>
    b.al('Frame ' + (250 + i), [0, 90 + i * 76, 720, 64], 'HORIZONTAL', { fill: '#FFFFFF', radius: 10, padX: 20, gap: 16 }, [
      b.rect('logo', [20, 14, 36, 36], { image: ref, radius: 8 }),
      b.text(nm, [72, 22, 300, 20], { size: 15, weight: 600 }),
      b.dot(st, [480, 22, 200, 20], c),
    ])),
  b.frame('Frame 260', [0, 250, 720, 56], { stroke: '#C4B5FD', radius: 10, click: { to: 'numbers', nav: 'SWAP' } }, [
    b.text('+ Add another source', [20, 18, 400, 20], { size: 15, weight: 600, color: pop }),
  ]),
  b.al('Frame 261', [0, 330, 720, 60], 'VERTICAL', { gap: 8 }, [
    b.text('Evidence strength', [0, 0, 200, 18], { size: 13, weight: 600 }),
    b.frame('Frame 262', [0, 26, 360, 10], { fill: '#E5E7EB', radius: 5 }, [b.rect('Rectangle 8', [0, 0, 240, 10], { fill: '#10B981', radius: 5 })]),
  ]),
], { to: 'prefilled' });
const prefilled = wizard('09 Check your details', 'prefilled', gx(0), gy(2), 5, 'Check your details', 'We filled these from FreeAgent. Fix anything that looks off.', [
  b.al('Frame 270', [0, 90, 960, 400], 'VERTICAL', { gap: 12 }, [
    field('Registered name', 'Lanternfish Games Ltd', 0, 0, 520, 'From FreeAgent'),
    field('Companies House number', '11839204', 0, 84, 520, 'From FreeAgent'),
    field('VAT number', 'GB 302 1188 47', 0, 168, 520, 'From FreeAgent'),
    field('Turnover (FY24)', '£1,240,000', 0, 252, 520, 'From FreeAgent'),
    field('Finance contact', 'Sam Okafor · sam@lanternfish.games', 0, 336, 520, 'From FreeAgent'),
  ]),
], { to: 'review' });
const review = wizard('10 Review', 'review', gx(1), gy(2), 6, 'Review & submit', null, [
  b.text('Claim: Video Games Expenditure Credit\nQualifying spend: £412,880\nEstimated credit: £140,379', [0, 80, 700, 70], { size: 16 }),
  b.text('Questions? Call 0800 014 8822', [0, 180, 700, 20], { size: 14, visible: false }),
], { to: 'submitted', label: 'Submit claim' });
const submitted = b.frame('11 Submitted', [gx(2), gy(2), W, H], { fill: '#FBFAFF', key: 'submitted' }, [
  rail(6),
  b.text('🎉 Sent to HMRC', [400, 300, 800, 50], { size: 36, weight: 700, color: ink }),
  b.text('We\u2019ll email you when it lands. Usually 4–6 weeks.', [400, 370, 800, 24], { size: 16, color: '#4B5563' }),
]);
const upload = wizard('05b Upload', 'upload', gx(3), gy(2), 4, 'Upload instead', 'CSV or XLSX exports from any package.', [
  b.frame('Frame 280', [0, 80, 720, 200], { stroke: '#C4B5FD', radius: 12 }, [
    b.vector('Vector', [340, 50, 40, 40], { fill: pop }),
    b.text('Drag files here or browse', [0, 110, 720, 20], { size: 15, align: 'CENTER' }),
  ]),
], { to: 'prefilled' });
const rules = b.frame('Eligibility rules', [gx(0), gy(3), W, H], { fill: '#FFFFFF', key: 'rules' }, [
  b.text('Video Games Expenditure Credit — rules', [120, 80, 1000, 40], { size: 30, weight: 700 }),
  b.text('1  The game must be intended for supply to the general public.\n2  At least 10% of core expenditure must be on goods or services used or consumed in the UK.\n3  Only costs incurred during development qualify.', [120, 150, 1000, 120], { size: 16, color: '#374151' }),
]);
const invite = b.frame('Invite producer', [gx(1), gy(3), 560, 360], { fill: '#FFFFFF', radius: 16, key: 'invite' }, [
  b.al('Auto layout', [32, 32, 496, 296], 'VERTICAL', { gap: 14 }, [
    b.text('Hand this to your producer', [0, 0, 496, 28], { size: 20, weight: 700 }),
    b.text('They get a link to this step only. Your answers so far are saved.', [0, 40, 496, 40], { size: 14, color: '#4B5563' }),
    field('Their email', 'producer@studio.games', 0, 90, 496),
    b.btnFrame('Send link', [0, 190, 496, 48], { fill: pop, click: { close: true } }),
  ]),
]);

const flowPage = b.canvas('Application flow', [signup, studio, project, eligibility, numbers, consent, reading, linked, prefilled, review, submitted, upload, rules, invite], { proto: 'signup' });
b.page();
const cover = b.canvas('Cover', [b.frame('Thumbnail', [0, 0, 1600, 960], { fill: ink }, [
  b.text('grantly.gg — application wizard', [100, 400, 1400, 80], { size: 64, weight: 700, color: '#FFFFFF' }),
])]);
b.page();
const archive = b.canvas('🗄 Old explorations', [
  b.frame('Landing v0', [0, 0, W, H], { fill: '#FFFFFF' }, [
    b.text('Grants for games, minus the paperwork.', [120, 300, 1000, 50], { size: 40, weight: 700 }),
    b.btnFrame('Skip intro', [W - 220, 40, 160, 44], { fill: '#E5E7EB', color: ink }),
  ]),
]);

const file = finishFile(b, 'Grantly — Studio application (desktop)', [cover, flowPage, comp.canvas, archive], comp.components, comp.componentSets);
const t = truth(b, base, 'onboarding',
  'Grant and tax-credit (VGEC) applications for indie game studios, desktop 1440. A seven-step wizard with progress dots; step 5 asks the studio to bring in bookkeeping and payroll data, with a numbered value panel, an evidence-strength meter, search, grouped tiles, an upload fallback and a producer hand-off; later steps show prefilled details.',
  ['funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories',
    'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.syncing-indicator'],
  ['funnel.greeting-email', 'funnel.three-actions', 'value.contextual-ctas', 'privacy.support-contacts', 'connection.delete', 'connection.refresh'],
  {
    'funnel.three-actions': 'Sign up → Studio → Project → Eligibility → Bring in your numbers: four steps before the prompt.',
    'funnel.cta-visible': 'The connect step fills the main area of its wizard step.',
    'funnel.social-proof': 'A studio director\u2019s quote beside the value panel.',
    'funnel.prefill': 'Step 9 shows registration, VAT, turnover and contact fields tagged "From FreeAgent".',
    'value.three-part': 'Numbered panel: full credit (value), read-only P&L and payroll per role (use), pick your tools (next).',
    'value.faq-link': '"Why do we ask for this?" under the panel.',
    'value.progress-meter': '"Evidence strength" bar that grows as sources are added.',
    'privacy.data-scope': 'Permission step names the data and says it is read, nothing written back.',
    'privacy.trust-language': 'Encrypted in transit and at rest, never handed to anyone else without your say-so.',
    'privacy.consent-action': 'Checkbox with the privacy notice link before "Go to FreeAgent".',
    'privacy.disconnect-anytime': '"You can cut the link whenever you like."',
    'privacy.connection-guide': '"Step-by-step: linking FreeAgent (guide)".',
    'privacy.statistics': '1,900 studios linked through a 256-bit encrypted connection.',
    'privacy.powered-by': '"Powered by" plus a provider wordmark.',
    'privacy.mutual-nda': 'Offers a mutual NDA for unannounced projects.',
    'platform.explain-redirect': 'Sent to FreeAgent to sign in and approve, then brought back.',
    'platform.grouped-categories': '"Bookkeeping" and "Payroll" headings.',
    'platform.search': '"Find your software…" field over the tiles.',
    'platform.alternatives': 'CSV upload for studios whose package is not listed.',
    'platform.non-linear': 'Hand the step to a producer, or finish later.',
    'platform.multiple-connections': 'Sources added: Linked / Awaiting approval dots and "Add another source".',
    'connection.syncing-indicator': 'Spinner with "Reading your 2024 ledgers…".',
    'value.contextual-ctas': 'Connecting is asked only inside the wizard; no feature screen carries a prompt.',
    'privacy.support-contacts': 'No phone, email or chat anywhere visible; the only phone line is a hidden layer.',
    'connection.delete': 'No way to remove a linked source is shown.',
    'connection.refresh': 'No refresh or sync-now control.',
  },
  { start: 'signup', connect: 'numbers', steps: 4, deadEnds: ['rules'] });
write(base, file, t, { connectCandidates: [numbers.id, consent.id, linked.id], signup: signup.id, flowPage: 'Application flow' });

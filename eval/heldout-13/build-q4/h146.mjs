// h146 — optometry practice billing, desktop web 1280x800, US English.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  at, hidden, frame, section, rect, vector, ellipse, line, instance, component, componentSet,
  text, go, close, url, vstack, hstack, btnInstance, btnFrame, btnGroup, linkText, searchField,
  logo, spinner, screen, canvas, finalize, write, countNodes, solid,
} from './lib.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h146-optometrist-billing-desktop';
const W = 1280;
const H = 800;
const INK = '#0F172A';
const MUTED = '#64748B';
const TEAL = '#0E7490';

// ---------------------------------------------------------------- components page
const btnDefault = component('Property 1=Default', 'c:btn', 160, 44, { fills: [solid(TEAL)], cornerRadius: 6 }, [
  at(text('Label', { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER', w: 136 }), 12, 12),
]);
const btnHover = component('Property 1=Hover', 'c:btnHover', 160, 44, { fills: [solid('#155E75')], cornerRadius: 6 }, [
  at(text('Label', { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER', w: 136 }), 12, 12),
]);
go(btnDefault, 'c:btnHover', 'CHANGE_TO');
const btnSet = componentSet('Comp / Action / Large', 'cs:btn', 400, 84, [at(btnDefault, 20, 20), at(btnHover, 220, 20)]);
const checkComp = component('checkbox/off', 'c:check', 20, 20, { fills: [solid('#FFFFFF')], strokes: [solid('#94A3B8')], strokeWeight: 1.5, cornerRadius: 4 });
const navComp = component('Nav item', 'c:nav', 200, 36, { cornerRadius: 6 }, [
  at(vector('Vector', 16, 16), 10, 10), at(text('Item', { size: 14, color: '#CBD5E1' }), 36, 8),
]);
const badgeComp = component('Badge', 'c:badge', 90, 22, { fills: [solid('#DCFCE7')], cornerRadius: 11 }, [
  at(text('Status', { size: 12, weight: 600, color: '#166534', w: 70, align: 'CENTER' }), 10, 3),
]);
const componentsPage = canvas('🧩 Components', [
  at(frame('Buttons', 460, 140, { fills: [solid('#FFFFFF')] }, [at(btnSet, 30, 30)]), 0, 0),
  at(frame('Form controls', 300, 140, { fills: [solid('#FFFFFF')] }, [at(checkComp, 30, 30), at(badgeComp, 30, 80)]), 500, 0),
  at(frame('Navigation', 300, 140, { fills: [solid('#FFFFFF')] }, [at(navComp, 30, 30)]), 840, 0),
]);

// ---------------------------------------------------------------- shared pieces
function brandBar() {
  return hstack('Frame 41', [
    vector('Vector', 24, 24, { fills: [solid(TEAL)] }),
    text('ClearSight Billing', { size: 17, weight: 700, color: INK }),
  ], { gap: 8 });
}

function sidebar(active) {
  const items = ['Claims', 'Patient balances', 'Deposits', 'Reports', 'Integrations', 'Settings'];
  const nav = vstack('Frame 88', items.map((label) => {
    const it = instance(label === active ? 'Nav item' : 'Nav item', 'c:nav', 200, 36, label === active ? { fills: [solid('#1E293B')] } : {}, [
      at(vector('Vector', 16, 16, { fills: [solid('#94A3B8')] }), 10, 10),
      at(text(label, { size: 14, weight: label === active ? 600 : 400, color: label === active ? '#FFFFFF' : '#CBD5E1' }), 36, 8),
    ]);
    if (label === 'Integrations') go(it, 'settings');
    if (label === 'Claims') go(it, 'dash');
    return it;
  }), { gap: 4 });
  const help = vstack('Frame 90', [
    text('Questions about billing?', { size: 13, weight: 600, color: '#E2E8F0' }),
    text('📞 (888) 555‑0142\n✉️ support@clearsightbilling.com', { size: 12, color: '#94A3B8', w: 200 }),
    linkText('Chat with a billing specialist', { size: 12, color: '#67E8F9', underline: true }),
  ], { gap: 6 });
  return frame('Sidebar', 240, H, { fills: [solid(INK)], layoutMode: 'VERTICAL' }, [
    at(hstack('Frame 40', [vector('Vector', 22, 22, { fills: [solid('#67E8F9')] }), text('ClearSight', { size: 16, weight: 700, color: '#FFFFFF' })], { gap: 8 }), 20, 22),
    at(nav, 20, 90),
    at(help, 20, 660),
  ]);
}

function onboardingSteps(current) {
  const labels = ['Account', 'Practice', 'Link systems', 'Review'];
  const steps = labels.map((l, i) => hstack(`Frame ${300 + i}`, [
    ellipse('Ellipse 2', 22, 22, { fills: [solid(i < current ? TEAL : i === current ? '#FFFFFF' : '#E2E8F0')], strokes: [solid(TEAL)] }),
    text(i < current ? `✓ ${l}` : l, { size: 13, weight: i === current ? 600 : 400, color: i <= current ? INK : MUTED }),
  ], { gap: 8 }));
  return vstack('Auto layout', [
    hstack('Frame 299', steps, { gap: 28 }),
    text(`Step ${current + 1} of 4`, { size: 12, color: MUTED }),
  ], { gap: 6 });
}

function footerHelp() {
  return text('Stuck? Call (888) 555‑0142 · support@clearsightbilling.com · Live chat, weekdays 7am–7pm CT', { size: 12, color: MUTED });
}

// ---------------------------------------------------------------- screens
// 1 Sign up (start)
const createBtn = go(btnInstance('Create account', 'c:btn', 360, 46, { name: 'Btn' }), 'practice');
const signupForm = vstack('Frame 14', [
  text('Start your free 30-day trial', { size: 26, weight: 700, color: INK }),
  text('Billing, claims follow-up and patient statements built for optometry.', { size: 15, color: MUTED, w: 360 }),
  vstack('Frame 15', ['Practice name', 'Work email', 'Password'].map((l, i) => vstack(`Input ${i + 1}`, [
    text(l, { size: 13, weight: 500, color: INK }),
    frame(`Rectangle ${20 + i}`, 360, 40, { fills: [solid('#FFFFFF')], strokes: [solid('#CBD5E1')], cornerRadius: 6 }, [
      at(text(['e.g. Bayview Family Eye Care', 'you@practice.com', '••••••••••'][i], { size: 14, color: '#94A3B8' }), 12, 10),
    ]),
  ], { gap: 6 })), { gap: 14 }),
  createBtn,
  hstack('Frame 17', [
    text('Already have an account?', { size: 13, color: MUTED }),
    linkText('Sign in', { size: 13 }),
    text('·', { size: 13, color: MUTED }),
    go(linkText('See plans & pricing', { size: 13 }), 'pricing'),
  ], { gap: 6 }),
], { gap: 18, w: 380 });
const quotePanel = frame('Frame 16', 560, H, { fills: [solid('#ECFEFF')] }, [
  at(vstack('Auto layout', [
    text('“', { size: 64, weight: 700, color: TEAL }),
    text('We used to chase vision-plan claims on sticky notes. Within one quarter our 60-day A/R was basically gone.', { size: 22, weight: 500, color: INK, w: 440 }),
    hstack('Frame 19', [
      rect('Rectangle 31', 44, 44, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'a3f1c0e7headshot' }], cornerRadius: 22 }),
      vstack('Frame 20', [
        text('Dr. Renee Alvarado, OD', { size: 15, weight: 600, color: INK }),
        text('Owner, Bayview Family Eye Care · Tacoma, WA', { size: 13, color: MUTED }),
      ], { gap: 2 }),
    ], { gap: 12 }),
  ], { gap: 16 }), 60, 220),
]);
const signup = screen('signup', 'Sign up', W, H, [
  at(brandBar(), 60, 40),
  at(signupForm, 100, 150),
  at(quotePanel, 720, 0),
]);

// 2 Practice details
const practice = screen('practice', 'Onboarding / 02 practice', W, H, [
  at(brandBar(), 60, 40),
  at(onboardingSteps(1), 60, 100),
  at(vstack('Frame 51', [
    text('Tell us about your practice', { size: 24, weight: 700, color: INK }),
    text('We use this to set up your fee schedules and statements.', { size: 15, color: MUTED }),
    hstack('Frame 52', ['Number of locations', 'Doctors (ODs/MDs)'].map((l, i) => vstack(`Frame ${53 + i}`, [
      text(l, { size: 13, weight: 500, color: INK }),
      frame(`Rectangle ${40 + i}`, 260, 40, { fills: [solid('#FFFFFF')], strokes: [solid('#CBD5E1')], cornerRadius: 6 }, [
        at(text(i ? '3' : '1', { size: 14, color: INK }), 12, 10),
        at(vector('Vector', 12, 8), 236, 16),
      ]),
    ], { gap: 6 })), { gap: 24 }),
    vstack('Frame 55', [
      text('Which vision plans do you bill most?', { size: 13, weight: 500, color: INK }),
      hstack('Frame 56', ['VSP', 'EyeMed', 'Davis Vision', 'Spectera', 'Medicare'].map((p, i) => frame(`Chip ${i + 1}`, 110, 32, { strokes: [solid('#CBD5E1')], cornerRadius: 16, fills: [solid(i < 2 ? '#CFFAFE' : '#FFFFFF')] }, [
        at(text(p, { size: 13, color: INK, w: 90, align: 'CENTER' }), 10, 7),
      ])), { gap: 8 }),
    ], { gap: 8 }),
    go(btnFrame('Continue', 180, 44, { fill: TEAL, radius: 6, name: 'Frame 60' }), 'hub'),
  ], { gap: 22 }), 260, 200),
  at(footerHelp(), 260, 740),
]);

// 3 Connect hub (the call to action to link systems)
const consentRow = hstack('Frame 77', [
  instance('checkbox/off', 'c:check', 20, 20, {}),
  text('I authorize ClearSight to read data from the systems I link, as described in the ', { size: 13, color: INK, w: 300 }),
  linkText('Data Access Terms', { size: 13, underline: true }),
  text('and', { size: 13, color: INK }),
  linkText('HIPAA Notice of Privacy Practices', { size: 13, underline: true }),
], { gap: 6 });
const hubCard = vstack('Card', [
  text('Bring your practice data into ClearSight', { size: 26, weight: 700, color: INK }),
  text('Every open claim, copay and insurance deposit in one worklist, so your front desk knows exactly who to call back today.', { size: 16, color: '#334155', w: 620 }),
  vstack('Frame 71', [
    hstack('Frame 72', [vector('Vector', 18, 18, { fills: [solid(TEAL)] }), text('From your practice management / EHR we read appointments, claims and patient payments.', { size: 14, color: INK, w: 580 })], { gap: 10 }),
    hstack('Frame 73', [vector('Vector', 18, 18, { fills: [solid(TEAL)] }), text('From your accounting software we read bank deposits and your chart of accounts. Nothing is posted back to your books unless you approve it.', { size: 14, color: INK, w: 580 })], { gap: 10 }),
    hstack('Frame 74', [vector('Vector', 18, 18, { fills: [solid(TEAL)] }), text('Read-only access, encrypted in transit and at rest. We never sell practice data or share it with third parties without your written OK.', { size: 14, color: INK, w: 580 })], { gap: 10 }),
  ], { gap: 10 }),
  consentRow,
  hstack('Frame 78', [
    go(btnInstance('Link practice software', 'c:btn', 240, 48, { name: 'cta/primary' }), 'picker'),
    go(btnFrame('Finish later', 140, 48, { fill: null, stroke: '#CBD5E1', color: INK, radius: 6 }), 'dash'),
  ], { gap: 12 }),
  text('You can unlink either system whenever you like from Settings → Integrations.', { size: 13, color: MUTED }),
  hstack('Frame 79', [
    text('Want to know\u00A0more?', { size: 13, color: MUTED }),
    linkText('Read the integrations FAQ', { size: 13, underline: true }),
  ], { gap: 6 }),
  text('Need a BAA or a mutual NDA signed before linking patient data? Request one from our compliance team at compliance@clearsightbilling.com.', { size: 12, color: MUTED, w: 620 }),
], { gap: 18, pad: 40, fill: '#FFFFFF', radius: 12, stroke: '#E2E8F0', w: 720 });
const hub = screen('hub', 'Onboarding / 03 link', W, H, [
  at(brandBar(), 60, 40),
  at(onboardingSteps(2), 60, 100),
  at(hubCard, 280, 150),
  at(footerHelp(), 280, 760),
], { bg: '#F8FAFC' });

// 4 Platform picker
function card(name, ref, sub, dest) {
  const c = frame('Frame 120', 250, 72, { fills: [solid('#FFFFFF')], strokes: [solid('#E2E8F0')], cornerRadius: 8, layoutMode: 'HORIZONTAL', itemSpacing: 12 }, [
    at(logo(ref, 40), 16, 16),
    at(vstack('Frame 121', [text(name, { size: 14, weight: 600, color: INK }), text(sub, { size: 12, color: MUTED })], { gap: 2 }), 68, 16),
  ]);
  if (dest) go(c, dest, 'OVERLAY');
  return c;
}
const pmCards = [
  ['RevolutionEHR', 'img-rev-ehr-7c1', 'Cloud EHR & PM'],
  ['Compulink Advantage', 'img-compulink-02b', 'Optometry EHR/PM'],
  ['OfficeMate Enterprise', 'img-officemate-91a', 'by Eyefinity'],
  ['Crystal Practice Management', 'img-crystalpm-5d', 'Crystal PM'],
  ['MaximEyes SQL', 'img-maximeyes-33', 'First Insight'],
  ['Eyefinity EHR', 'img-eyefinity-e0', 'Eyefinity'],
];
const acctCards = [
  ['QuickBooks Online', 'img-qbo-1f', 'Intuit'],
  ['QuickBooks Desktop Pro 2024', 'img-qbd-8e', 'Intuit · via Web Connector'],
  ['Xero', 'img-xero-aa', 'Xero Limited'],
  ['Sage Intacct', 'img-sage-intacct-4', 'Sage'],
];
const grid = (cards) => vstack('Frame 130', [
  hstack('Frame 131', cards.slice(0, 3).map(([n, r, s]) => card(n, r, s, 'redirect')), { gap: 16 }),
  hstack('Frame 132', cards.slice(3, 6).map(([n, r, s]) => card(n, r, s, 'redirect')), { gap: 16 }),
], { gap: 16 });
const picker = screen('picker', 'Onboarding / 04 choose system', W, H, [
  at(brandBar(), 60, 40),
  at(onboardingSteps(2), 60, 100),
  at(vstack('Frame 110', [
    hstack('Frame 111', [
      text('Which systems does your practice use?', { size: 24, weight: 700, color: INK, w: 520 }),
      searchField('Search EHR, PM and accounting systems', 320, { name: 'Frame 212' }),
    ], { gap: 40 }),
    text('Practice management & EHR', { size: 20, weight: 600, color: INK }),
    grid(pmCards),
    text('Accounting', { size: 20, weight: 600, color: INK }),
    grid(acctCards),
    hstack('Frame 140', [
      text('Can’t find yours?', { size: 13, weight: 600, color: INK }),
      linkText('Upload a day sheet or ledger export (CSV or XLSX) instead', { size: 13, underline: true }),
      text('·', { size: 13, color: MUTED }),
      linkText('Step-by-step guide: linking your EHR ↗', { size: 13, underline: true }),
    ], { gap: 6 }),
  ], { gap: 16 }), 180, 150),
  at(footerHelp(), 180, 760),
], { bg: '#F8FAFC' });

// 5 Redirect modal (overlay)
const redirectModal = vstack('Modal', [
  hstack('Frame 150', [logo('img-rev-ehr-7c1', 36), vector('Vector', 20, 12), vector('Vector', 36, 36, { fills: [solid(TEAL)] })], { gap: 14 }),
  text('You’re heading to RevolutionEHR', { size: 22, weight: 700, color: INK }),
  text('1  RevolutionEHR opens in a new tab.\n2  Sign in with an admin login and approve ClearSight’s read-only access.\n3  You’ll land back here automatically once it’s done.', { size: 14, color: '#334155', w: 460 }),
  hstack('Frame 151', [
    go(btnInstance('Continue to RevolutionEHR', 'c:btn', 260, 46, { name: 'Btn' }), 'syncing'),
    close(linkText('Cancel', { size: 14, color: MUTED })),
  ], { gap: 20 }),
  hidden(hstack('Frame 152', [text('Powered by', { size: 11, color: MUTED }), rect('Rectangle 55', 60, 16, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img-provider-mark' }] })], { gap: 6 })),
], { gap: 18, pad: 32, fill: '#FFFFFF', radius: 12, w: 540 });
const redirect = screen('redirect', 'Modal – leaving ClearSight', W, H, [
  at(rect('Rectangle 60', W, H, { fills: [solid('#0F172A', 0.5)] }), 0, 0),
  at(redirectModal, 370, 220),
], { bg: '#F8FAFC' });

// 6 Importing (syncing state)
const syncing = screen('syncing', 'Onboarding / 05 importing', W, H, [
  at(brandBar(), 60, 40),
  at(vstack('Frame 160', [
    spinner(48, TEAL),
    text('Importing claims from RevolutionEHR…', { size: 22, weight: 700, color: INK }),
    text('38% · 5,402 of 14,212 claims', { size: 14, color: MUTED }),
    frame('Frame 161', 420, 8, { fills: [solid('#E2E8F0')], cornerRadius: 4 }, [at(rect('Rectangle 62', 160, 8, { fills: [solid(TEAL)], cornerRadius: 4 }), 0, 0)]),
    text('This usually takes 2–4 minutes. You can keep working; we’ll email you when it’s done.', { size: 13, color: MUTED, w: 420 }),
    go(btnFrame('Keep going', 160, 44, { fill: TEAL, radius: 6, name: 'Frame 163' }), 'status'),
  ], { gap: 16 }), 430, 230),
]);

// 7 Link status (several connections)
function statusRow(name, ref, badge, badgeFill, badgeInk, extra) {
  return frame('Frame 171', 640, 68, { fills: [solid('#FFFFFF')], strokes: [solid('#E2E8F0')], cornerRadius: 8, layoutMode: 'HORIZONTAL' }, [
    at(logo(ref, 36), 16, 16),
    at(vstack('Frame 172', [text(name, { size: 15, weight: 600, color: INK }), text(extra, { size: 12, color: MUTED })], { gap: 2 }), 66, 14),
    at(instance('Badge', 'c:badge', 150, 24, { fills: [solid(badgeFill)], cornerRadius: 12 }, [at(text(badge, { size: 12, weight: 600, color: badgeInk, w: 130, align: 'CENTER' }), 10, 4)]), 470, 22),
  ]);
}
const status = screen('status', 'Onboarding / 06 review', W, H, [
  at(brandBar(), 60, 40),
  at(onboardingSteps(3), 60, 100),
  at(vstack('Frame 170', [
    text('Your linked systems', { size: 24, weight: 700, color: INK }),
    hstack('Frame 173', [
      frame('Frame 174', 300, 8, { fills: [solid('#E2E8F0')], cornerRadius: 4 }, [at(rect('Rectangle 63', 150, 8, { fills: [solid(TEAL)], cornerRadius: 4 }), 0, 0)]),
      text('1 of 2 systems linked — add your accounting software to unlock deposit matching', { size: 13, color: MUTED }),
    ], { gap: 12 }),
    statusRow('RevolutionEHR', 'img-rev-ehr-7c1', 'Linked ✓', '#DCFCE7', '#166534', 'Practice management & EHR'),
    statusRow('QuickBooks Online', 'img-qbo-1f', 'Awaiting approval', '#FEF3C7', '#92400E', 'Accounting · approval not finished in Intuit'),
    go(linkText('+ Add another system', { size: 14, weight: 600 }), 'picker'),
    hstack('Frame 176', [
      go(btnInstance('Go to dashboard', 'c:btn', 200, 46), 'dash'),
      go(btnFrame('Ask your office manager to finish', 290, 46, { fill: null, stroke: '#CBD5E1', color: INK, radius: 6 }), 'invite'),
    ], { gap: 12 }),
  ], { gap: 16 }), 280, 160),
  at(footerHelp(), 280, 760),
]);

// 8 Invite teammate
const invite = screen('invite', 'Onboarding / 06b invite', W, H, [
  at(brandBar(), 60, 40),
  at(vstack('Frame 180', [
    text('Send this step to someone else', { size: 24, weight: 700, color: INK }),
    text('Your office manager or outside bookkeeper can sign in to QuickBooks Online and approve access. We’ll save where you left off.', { size: 15, color: '#334155', w: 520 }),
    text('Their email', { size: 13, weight: 500, color: INK }),
    frame('Rectangle 81', 520, 40, { fills: [solid('#FFFFFF')], strokes: [solid('#CBD5E1')], cornerRadius: 6 }, [at(text('manager@bayvieweyecare.com', { size: 14, color: '#94A3B8' }), 12, 10)]),
    frame('Rectangle 82', 520, 90, { fills: [solid('#FFFFFF')], strokes: [solid('#CBD5E1')], cornerRadius: 6 }, [at(text('Hi Dana — could you finish linking our QuickBooks? Takes 2 minutes.', { size: 14, color: INK, w: 490 }), 12, 10)]),
    go(btnGroup('Send invite', 160, 44, { fill: TEAL, name: 'Group 8' }), 'status'),
  ], { gap: 12 }), 380, 170),
]);

// 9 Dashboard with in-context link prompt
const chartEmpty = vstack('Frame 201', [
  text('Deposits vs. posted claims', { size: 18, weight: 600, color: INK }),
  frame('Frame 202', 560, 200, { fills: [solid('#F8FAFC')], strokes: [solid('#E2E8F0')], cornerRadius: 8 }, [
    at(vector('Vector', 520, 120, { fills: [], strokes: [solid('#CBD5E1')], strokeDashes: [4, 4] }), 20, 20),
    at(text('No deposit data yet', { size: 14, weight: 600, color: INK }), 200, 120),
    at(text('Link QuickBooks Online or Xero to match insurance deposits to claims.', { size: 12, color: MUTED, w: 420, align: 'CENTER' }), 70, 142),
    at(go(btnFrame('Link accounting', 150, 34, { fill: TEAL, size: 13, radius: 6 }), 'picker'), 205, 162),
  ]),
], { gap: 10 });
const dash = screen('dash', 'App / Claims dashboard', W, H, [
  at(sidebar('Claims'), 0, 0),
  at(vstack('Frame 200', [
    text('Good morning, Bayview', { size: 24, weight: 700, color: INK }),
    hstack('Frame 205', [
      ['Open claims', '412'], ['Over 60 days', '37'], ['Patient balances', '$18,240'],
    ].map(([l, v], i) => vstack(`Frame ${206 + i}`, [text(l, { size: 13, color: MUTED }), text(v, { size: 26, weight: 700, color: INK })], { gap: 4, pad: 16, fill: '#FFFFFF', stroke: '#E2E8F0', radius: 8, w: 200 })), { gap: 16 }),
    chartEmpty,
    vstack('Frame 210', [
      text('Worklist', { size: 18, weight: 600, color: INK }),
      ...['VSP · Jamal Reed · $148.00 · 42 days', 'EyeMed · Ana Ortiz · $96.50 · 61 days', 'Medicare · Lee Chong · $212.30 · 75 days'].map((r) => text(r, { size: 14, color: INK })),
    ], { gap: 8 }),
  ], { gap: 22 }), 280, 36),
], { bg: '#F8FAFC' });

// 10 Settings › Integrations
function liveRow(name, ref, l1, l2) {
  return frame('Frame 231', 900, 76, { fills: [solid('#FFFFFF')], strokes: [solid('#E2E8F0')], cornerRadius: 8 }, [
    at(logo(ref, 40), 16, 18),
    at(vstack('Frame 232', [text(name, { size: 15, weight: 600, color: INK }), text(l1, { size: 12, color: MUTED }), text(l2, { size: 12, color: MUTED })], { gap: 2 }), 70, 10),
    at(hidden(btnFrame('Sync now', 110, 34, { fill: null, stroke: '#CBD5E1', color: INK, size: 13 })), 640, 21),
    at(btnFrame('Unlink', 110, 34, { fill: null, stroke: '#FCA5A5', color: '#B91C1C', size: 13, radius: 6 }), 770, 21),
  ]);
}
const settings = screen('settings', 'App / Settings / Integrations', W, H, [
  at(sidebar('Integrations'), 0, 0),
  at(vstack('Frame 230', [
    text('Integrations', { size: 24, weight: 700, color: INK }),
    text('Systems ClearSight reads from. Unlinking stops all imports and revokes our access token immediately.', { size: 14, color: MUTED }),
    liveRow('RevolutionEHR', 'img-rev-ehr-7c1', 'Practice management & EHR · linked Oct 2, 2026, 9:41 AM by Renee A.', 'Last import Nov 26, 2026, 6:02 AM · 14,212 claims · 3 locations'),
    liveRow('QuickBooks Online', 'img-qbo-1f', 'Accounting · linked Oct 2, 2026, 10:15 AM · company “Bayview Family Eye Care PLLC”', 'Last import Nov 26, 2026, 6:04 AM · Operating account ••4471 (USD)'),
    go(btnFrame('+ Add integration', 170, 40, { fill: TEAL, size: 14, radius: 6 }), 'picker'),
    line('Line 4', 900),
    text('Danger zone', { size: 16, weight: 600, color: '#B91C1C' }),
    hstack('Frame 240', [
      text('Delete practice account and all billing history', { size: 14, color: INK, w: 520 }),
      btnFrame('Delete account', 150, 36, { fill: '#DC2626', size: 13, radius: 6 }),
    ], { gap: 40 }),
  ], { gap: 16 }), 280, 36),
], { bg: '#F8FAFC' });

// 11 Pricing (dead end: no way back)
const pricing = screen('pricing', 'Pricing', W, H, [
  at(brandBar(), 60, 40),
  at(vstack('Frame 250', [
    text('Simple per-location pricing', { size: 28, weight: 700, color: INK }),
    hstack('Frame 251', [['Essentials', '$149', 'Claims worklist, statements'], ['Practice', '$249', 'Adds deposit matching & reports'], ['Group', 'Let’s talk', '5+ locations, dedicated rep']].map(([t, p, d], i) => vstack(`Frame ${252 + i}`, [
      text(t, { size: 18, weight: 600, color: INK }),
      text(p === 'Let’s talk' ? p : `${p}/mo per location`, { size: 22, weight: 700, color: TEAL }),
      text(d, { size: 13, color: MUTED }),
    ], { gap: 8, pad: 24, fill: '#FFFFFF', stroke: '#E2E8F0', radius: 10, w: 280 })), { gap: 20 }),
    text('Billed monthly. Cancel anytime — no long-term contract.', { size: 13, color: MUTED }),
  ], { gap: 24 }), 200, 160),
]);

// 12 Verification email (no call to link anything)
const email = screen('email', 'Email – verify address', 640, 720, [
  at(vstack('Frame 270', [
    vector('Vector', 28, 28, { fills: [solid(TEAL)] }),
    text('Confirm your email', { size: 22, weight: 700, color: INK }),
    text('Hi Renee,\nTap below to confirm renee@bayvieweyecare.com and activate your ClearSight trial.', { size: 15, color: '#334155', w: 520 }),
    url(btnFrame('Confirm email', 180, 44, { fill: TEAL, radius: 6 }), 'https://app.clearsightbilling.com/verify'),
    text('Didn’t sign up? Ignore this message.\nClearSight Billing · 1200 Pacific Ave, Tacoma, WA', { size: 12, color: MUTED }),
  ], { gap: 18, pad: 40 }), 0, 0),
], { bg: '#FFFFFF' });

const flowPage = canvas('Flow — onboarding v3', [
  at(section('Onboarding', 6 * 1400, 1000, [
    at(signup, 100, 100), at(practice, 1480, 100), at(hub, 2860, 100), at(picker, 4240, 100),
    at(redirect, 5620, 100), at(syncing, 7000, 100),
  ]), 0, 0),
  at(section('After linking', 5 * 1400, 1000, [
    at(status, 100, 100), at(invite, 1480, 100), at(dash, 2860, 100), at(settings, 4240, 100), at(pricing, 5620, 100),
  ]), 0, 1200),
  at(email, 0, 2400),
  at(hidden(frame('Old consent copy (do not ship)', 600, 200, { fills: [solid('#FFFFFF')] }, [
    at(text('Powered by our data partner · 2,300+ practices trust us with their data', { size: 13, color: MUTED }), 20, 20),
  ])), 800, 2400),
], { start: 'signup', startName: 'Onboarding v3' });

// ---------------------------------------------------------------- cover + archive
const cover = canvas('Cover', [
  at(frame('Cover', 1920, 960, { fills: [solid('#083344')] }, [
    at(text('ClearSight Billing', { size: 72, weight: 700, color: '#FFFFFF' }), 120, 300),
    at(text('Onboarding v3 · linking practice systems', { size: 32, color: '#A5F3FC' }), 120, 400),
    at(frame('Frame 3', 200, 48, { fills: [solid('#22C55E')], cornerRadius: 24 }, [at(text('Ready for dev', { size: 18, weight: 600, color: '#FFFFFF', w: 160, align: 'CENTER' }), 20, 12)]), 120, 500),
  ]), 0, 0),
]);
const archive = canvas('Archive (v2)', [
  at(frame('v2 / sign up', W, H, { fills: [solid('#FFFFFF')] }, [
    at(text('Create your ClearSight account', { size: 26, weight: 700, color: INK }), 100, 150),
    at(btnFrame('Continue with Google', 300, 44, { fill: null, stroke: '#CBD5E1', color: INK }), 100, 220),
    at(btnFrame('Continue with email', 300, 44, { fill: TEAL }), 100, 280),
  ]), 0, 0),
  at(frame('v2 / empty claims', W, H, { fills: [solid('#FFFFFF')] }, [
    at(text('No claims yet', { size: 22, weight: 700, color: INK }), 500, 360),
    at(text('Add your first claim to get started.', { size: 14, color: MUTED }), 500, 400),
  ]), 1400, 0),
]);

const file = finalize({ name: 'ClearSight — Onboarding v3', lastModified: '2026-11-19T16:42:08Z', version: '5120448811', salt: 'cs' }, [cover, flowPage, componentsPage, archive]);
write(join(out, `${NAME}.json`), file);

const ids = {};
for (const cv of file.document.children) for (const c of cv.children) {
  const list = c.type === 'SECTION' ? c.children : [c];
  for (const f of list) ids[f.name] = f.id;
}
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'held-out writer Q4 (from the checklist facts and the REST format only; repository not read)',
  description: 'Desktop web (1280x800, US) onboarding for ClearSight Billing, a billing and claims follow-up product for optometry practices. The practice signs up, gives basic practice details, then is asked to link its practice-management/EHR system and its accounting software; a picker groups EHR/PM and accounting systems, an overlay explains the redirect, an import screen shows progress, a review screen lists linked and pending systems, and the app has an Integrations settings page.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.prefill', 'privacy.statistics', 'privacy.powered-by', 'connection.refresh',
  ],
  notes: {
    'funnel.three-actions': 'Sign up → practice details → link screen: two clicks on the prototype path.',
    'funnel.cta-visible': 'Link screen is a central onboarding step and "Integrations" is a permanent sidebar entry.',
    'funnel.social-proof': 'Sign-up side panel quotes a named optometrist who owns a practice.',
    'funnel.greeting-email': 'The only email frame is an address confirmation with no call to link anything and no numbered steps.',
    'funnel.prefill': 'No setup form is shown filled from linked data.',
    'value.three-part': 'Link screen: benefit headline, what is read from EHR and from accounting, then one main "Link practice software" button.',
    'value.contextual-ctas': 'Empty "Deposits vs. posted claims" chart on the dashboard asks to link accounting.',
    'value.faq-link': '"Want to know more? Read the integrations FAQ" under the main button.',
    'value.progress-meter': 'Onboarding stepper "Step n of 4" and a "1 of 2 systems linked" bar on the review screen.',
    'privacy.data-scope': 'Names the data read from each system and says nothing is posted back to the books without approval.',
    'privacy.trust-language': 'Read-only, encrypted in transit and at rest, never shared with third parties without written OK.',
    'privacy.consent-action': 'Checkbox (component instance) beside authorization wording with Data Access Terms and HIPAA notice links.',
    'privacy.disconnect-anytime': '"You can unlink either system whenever you like from Settings → Integrations."',
    'privacy.connection-guide': '"Step-by-step guide: linking your EHR" link on the picker.',
    'privacy.statistics': 'No customer or security figures; the only such line sits in a hidden frame.',
    'privacy.support-contacts': 'Phone, email and live chat in the onboarding footer and the app sidebar.',
    'privacy.powered-by': 'The "Powered by" mark in the redirect modal is a hidden layer.',
    'privacy.mutual-nda': 'Offers a BAA or mutual NDA before linking patient data.',
    'platform.explain-redirect': 'Overlay lists: opens RevolutionEHR in a new tab, sign in and approve, land back here.',
    'platform.grouped-categories': 'Headings "Practice management & EHR" and "Accounting" over card groups.',
    'platform.accurate-branding': 'Full product names with logos: QuickBooks Online vs QuickBooks Desktop Pro 2024, Sage Intacct, OfficeMate Enterprise.',
    'platform.search': 'Search field with magnifier over the systems list.',
    'platform.alternatives': '"Can’t find yours? Upload a day sheet or ledger export (CSV or XLSX) instead".',
    'platform.non-linear': '"Finish later" on the link screen and "Ask your office manager to finish" invite flow.',
    'platform.multiple-connections': 'Review lists Linked ✓ and Awaiting approval badges with "+ Add another system".',
    'connection.view-live': 'Integrations settings show each system with link date/time, last import time and account metadata.',
    'connection.delete': '"Unlink" on each integration row, stated to revoke access.',
    'connection.refresh': 'The "Sync now" buttons in settings are hidden layers; nothing else refreshes on demand.',
    'connection.syncing-indicator': 'Importing screen with spinner, percentage and progress bar.',
  },
  flow: { startFrameId: ids['Sign up'], connectFrameId: ids['Onboarding / 03 link'], stepsToConnect: 2, deadEnds: [ids.Pricing] },
};
write(join(out, `${NAME}.truth.json`), truth);
console.log(NAME, countNodes(file.document));

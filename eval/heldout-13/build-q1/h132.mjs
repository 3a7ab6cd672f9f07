// h132 — disbursement funding for small US law firms, desktop 1440.
// Connects practice management and accounting. No prototype start is set.
import {
  Doc, frame, auto, group, section, text, rect, ellipse, vec, line, inst, compNode, compSet,
  go, back, close, url, truthOut,
} from './lib.mjs';

const W = 1440;
const H = 1024;
const NAVY = '#14213D';
const GOLD = '#C8963E';
const INK = '#111827';
const GREY = '#6B7280';
const NBSP = '\u00A0';

// Lays frames out in a row inside a SECTION (children boxes are section-relative).
function sec(name, x, y, frames, gap = 160) {
  let cx = 100;
  let maxH = 0;
  for (const f of frames) {
    f._box = [cx, 140, f._box[2], f._box[3]];
    cx += f._box[2] + gap;
    maxH = Math.max(maxH, f._box[3]);
  }
  return section(name, [x, y, cx - gap + 100, maxH + 240], frames);
}

function input(label, value, x, y, w, opts = {}) {
  return auto('Frame ' + (x + y), [x, y, w, 72], 'v', [
    text(label, [0, 0, w, 18], { size: 13, weight: 500, color: '#374151' }),
    frame('Input', [0, 24, w, 44], { radius: 6, stroke: '#D1D5DB' }, [
      text(value, [12, 12, w - 24, 20], { size: 15, color: opts.ph ? '#9CA3AF' : INK }),
      ...(opts.tag ? [auto('Frame 77', [w - 110, 10, 100, 24], 'h', [
        vec('Vector', [0, 4, 12, 12], { fill: '#1D4ED8' }),
        text(opts.tag, [16, 2, 70, 16], { size: 11, weight: 600, color: '#1D4ED8' }),
      ], { gap: 4, pad: 4, fill: '#DBEAFE', radius: 4 })] : []),
    ]),
  ], { gap: 6 });
}

function navyButton(label, x, y, w, link) {
  // plain FRAME with a fill + radius containing TEXT
  return frame('Frame ' + (x % 1000), [x, y, w, 48], { fill: NAVY, radius: 6, link }, [
    text(label, [0, 14, w, 20], { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
}

function topBar() {
  return group('Header', [0, 0, W, 72], [
    rect('Rectangle 1', [0, 0, W, 72], { fill: '#FFFFFF' }),
    vec('Vector', [48, 22, 28, 28], { fill: NAVY }),
    text('Docket Advance', [86, 24, 200, 24], { size: 18, weight: 700, color: NAVY, family: 'Source Serif Pro' }),
    line('Line 1', [0, 71, W, 0]),
  ]);
}

function stepper(active) {
  const steps = ['Firm profile', 'Ownership', 'Connect', 'Review'];
  return auto('Stepper', [420, 104, 600, 32], 'h', steps.map((s, i) => auto('Frame ' + (700 + i), [i * 150, 0, 140, 32], 'h', [
    ellipse('Ellipse ' + (i + 1), [0, 4, 24, 24], { fill: i <= active ? NAVY : '#E5E7EB' }),
    text(`${i + 1}`, [0, 8, 24, 16], { size: 12, weight: 600, color: i <= active ? '#FFFFFF' : GREY, align: 'CENTER' }),
    text(s, [32, 6, 100, 20], { size: 14, weight: i === active ? 600 : 400, color: i <= active ? INK : GREY }),
  ], { gap: 8 })), { gap: 10 });
}

function sidebar(active, linkIntegrations) {
  const items = ['Overview', 'Advances', 'Matters', 'Repayments', 'Integrations', 'Settings'];
  return auto('Sidebar', [0, 0, 240, H], 'v', [
    auto('Frame 12', [24, 24, 192, 32], 'h', [
      vec('Vector', [0, 0, 28, 28], { fill: '#FFFFFF' }),
      text('Docket Advance', [36, 4, 150, 22], { size: 16, weight: 700, color: '#FFFFFF', family: 'Source Serif Pro' }),
    ], { gap: 8 }),
    ...items.map((it, i) => auto(it === active ? 'nav-item/active' : 'Frame ' + (20 + i), [16, 80 + i * 44, 208, 40], 'h', [
      vec('Vector', [12, 12, 16, 16], { fill: it === active ? GOLD : '#9CA3AF' }),
      text(it, [40, 10, 150, 20], { size: 15, weight: it === active ? 600 : 400, color: it === active ? '#FFFFFF' : '#D1D5DB' }),
    ], { gap: 12, pad: 10, fill: it === active ? '#1F2F56' : null, radius: 6, link: it === 'Integrations' ? linkIntegrations : undefined })),
  ], { gap: 4, pad: 16, fill: NAVY });
}

function platformCard(nm, sub, x, y, color, link, extra = []) {
  return auto('Frame ' + (x + y), [x, y, 250, 72], 'h', [
    vec('Vector', [16, 20, 32, 32], { fill: color }),
    auto('Frame ' + (x + y + 1), [60, 16, 170, 40], 'v', [
      text(nm, [0, 0, 170, 20], { size: 16, weight: 600, color: INK }),
      text(sub, [0, 22, 170, 16], { size: 12, color: GREY }),
    ], { gap: 2 }),
    ...extra,
  ], { gap: 12, pad: 16, fill: '#FFFFFF', radius: 8, stroke: '#E5E7EB', link });
}

export function build() {
  const d = new Doc({ name: 'Docket Advance — Firm onboarding (desktop)', lastModified: '2025-04-02T21:07:44Z', version: '6120049921' });
  d.component('cta', 'Button/Primary/Large', 'Navy primary');
  d.component('cbOff', 'State=Off', '', 'cb');
  d.component('cbOn', 'State=On', '', 'cb');
  d.componentSet('cb', 'checkbox', '20x20');

  d.page('Cover', [
    frame('Thumbnail', [0, 0, 1600, 960], { fill: NAVY }, [
      text('Docket Advance', [100, 340, 1200, 110], { size: 96, weight: 700, color: '#FFFFFF', family: 'Source Serif Pro' }),
      text('Firm onboarding · Q2 release · handoff', [100, 470, 1200, 44], { size: 36, color: GOLD }),
    ]),
  ]);

  // ----- 01 Sign up & firm details -----
  const signup = frame('01 — Create account', [0, 0, W, H], { key: 'signup' }, [
    frame('Frame 2', [0, 0, 620, H], { fill: NAVY }, [
      vec('Vector', [64, 56, 32, 32], { fill: '#FFFFFF' }),
      text('Docket Advance', [106, 60, 240, 26], { size: 20, weight: 700, color: '#FFFFFF', family: 'Source Serif Pro' }),
      text('Front the costs. Win the case.', [64, 300, 480, 120], { size: 44, weight: 700, color: '#FFFFFF', family: 'Source Serif Pro' }),
      text('Filing fees, experts, depositions — funded in a day, repaid when the matter settles.', [64, 440, 480, 60], { size: 18, color: '#CBD5E1' }),
      auto('Frame 9', [64, 700, 492, 180], 'v', [
        text('“We took on two contingency cases we would have turned away. The advance was in our operating account the next morning.”', [24, 24, 444, 84], { size: 17, color: '#FFFFFF', family: 'Source Serif Pro' }),
        auto('Frame 10', [24, 120, 444, 40], 'h', [
          ellipse('Ellipse 1', [0, 0, 40, 40], { fill: GOLD }),
          text(`Andrea Reyes\nManaging Partner, Reyes${NBSP}&${NBSP}Holt LLP`, [52, 0, 380, 40], { size: 14, weight: 600, color: '#E5E7EB' }),
        ], { gap: 12 }),
      ], { gap: 12, pad: 24, fill: '#1F2F56', radius: 12 }),
    ]),
    text('Open your firm\u2019s account', [740, 200, 560, 40], { size: 32, weight: 700, color: INK }),
    text('Takes about 8 minutes. You\u2019ll need your EIN.', [740, 248, 560, 24], { size: 16, color: GREY }),
    input('Full name', 'Maria Delgado', 740, 300, 560),
    input('Work email', 'maria@delgadolawgroup.com', 740, 388, 560),
    input('Firm name', 'Delgado Law Group, PLLC', 740, 476, 560),
    input('Password', '••••••••••••', 740, 564, 560),
    navyButton('Create account', 740, 668, 560, go('verify')),
    text('By creating an account you agree to our Terms of Service and Privacy Policy.', [740, 736, 560, 20], { size: 13, color: GREY }),
    text('Terms of Service', [1012, 736, 110, 20], { size: 13, color: NAVY, deco: 'UNDERLINE', link: go('terms') }),
    text('Privacy Policy', [1152, 736, 100, 20], { size: 13, color: NAVY, deco: 'UNDERLINE', link: url('https://docketadvance.com/privacy') }),
  ]);

  const verify = frame('02 — Verify email', [0, 0, W, H], { key: 'verify', fill: '#F9FAFB' }, [
    topBar(),
    auto('Card', [470, 220, 500, 420], 'v', [
      vec('Vector', [218, 40, 64, 48], { fill: GOLD }),
      text('Check your inbox', [40, 110, 420, 36], { size: 28, weight: 700, color: INK, align: 'CENTER' }),
      text('We sent a 6-digit code to maria@delgadolawgroup.com', [40, 154, 420, 24], { size: 15, color: GREY, align: 'CENTER' }),
      auto('Frame 31', [70, 206, 360, 56], 'h', [0, 1, 2, 3, 4, 5].map((i) => frame('Rectangle ' + (11 + i), [i * 62, 0, 52, 56], { radius: 6, stroke: '#D1D5DB' }, [
        text(['4', '8', '1', '0', '9', '3'][i], [0, 14, 52, 28], { size: 24, weight: 600, color: INK, align: 'CENTER' }),
      ])), { gap: 10 }),
      navyButton('Verify', 40, 290, 420, go('profile')),
      text('Didn\u2019t get it? Resend code', [40, 360, 420, 20], { size: 14, color: NAVY, align: 'CENTER' }),
    ], { gap: 16, pad: 40, fill: '#FFFFFF', radius: 12, stroke: '#E5E7EB' }),
  ]);

  const profile = frame('03 — Firm profile', [0, 0, W, H], { key: 'profile', fill: '#F9FAFB' }, [
    topBar(),
    stepper(0),
    text('Tell us about the firm', [420, 170, 600, 36], { size: 28, weight: 700, color: INK }),
    input('Legal name', 'Delgado Law Group, PLLC', 420, 226, 600),
    input('EIN', 'XX-XXXXXXX', 420, 314, 290, { ph: true }),
    input('State of formation', 'Texas', 730, 314, 290),
    input('Office address', '1201 Main St, Suite 400, Houston, TX 77002', 420, 402, 600),
    input('Primary practice areas', 'Personal injury, Employment', 420, 490, 600),
    navyButton('Continue', 420, 620, 600, go('owners')),
    text('Back', [420, 690, 600, 20], { size: 14, color: GREY, align: 'CENTER', link: back() }),
  ]);

  const owners = frame('04 — Ownership', [0, 0, W, H], { key: 'owners', fill: '#F9FAFB' }, [
    topBar(),
    stepper(1),
    text('Who owns the firm?', [420, 170, 600, 36], { size: 28, weight: 700, color: INK }),
    input('Principal attorney', 'Maria Delgado', 420, 226, 400),
    input('Ownership %', '100', 840, 226, 180),
    input('Bar number & state', '24088312 · TX', 420, 314, 600),
    text('+ Add a partner', [420, 400, 200, 20], { size: 14, weight: 600, color: NAVY }),
    text('Do you hold client funds in an IOLTA account?', [420, 450, 600, 22], { size: 15, weight: 500, color: INK }),
    auto('Frame 44', [420, 482, 300, 24], 'h', [
      ellipse('Ellipse 9', [0, 2, 18, 18], { fill: NAVY }),
      text('Yes', [26, 2, 40, 20], { size: 15, color: INK }),
      ellipse('Ellipse 10', [90, 2, 18, 18], { fill: null, stroke: '#9CA3AF' }),
      text('No', [116, 2, 40, 20], { size: 15, color: INK }),
    ], { gap: 8 }),
    navyButton('Continue', 420, 620, 600, go('connect')),
  ]);

  // ----- 02 Connect -----
  const connect = frame('05 — Connect systems', [0, 0, W, H], { key: 'connect', fill: '#F9FAFB' }, [
    topBar(),
    stepper(2),
    auto('Frame 60', [200, 170, 1040, 180], 'h', [
      auto('Frame 61', [0, 0, 640, 180], 'v', [
        text('Get case costs advanced within 24 hours', [0, 0, 640, 40], { size: 28, weight: 700, color: INK }),
        text('Your matter list and your books tell us what\u2019s outstanding and what\u2019s coming in, so we can size a disbursement line without a stack of statements. Open matters and expenses estimate the costs to fund; receivables and cash flow set your limit.', [0, 52, 640, 72], { size: 15, color: '#374151', lh: 24 }),
        inst('cta', 'Button/Primary/Large', [0, 132, 300, 48], { fill: NAVY, radius: 6, link: go('auth', 'OVERLAY') }, [
          text('Connect practice management', [0, 14, 300, 20], { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
        ]),
      ], { gap: 12 }),
      auto('Strength', [680, 0, 360, 150], 'v', [
        text('Application strength', [20, 20, 320, 20], { size: 14, weight: 600, color: INK }),
        group('Group 7', [20, 50, 320, 10], [
          rect('Rectangle 30', [0, 0, 320, 10], { fill: '#E5E7EB', radius: 5 }),
          rect('Rectangle 31', [0, 0, 112, 10], { fill: GOLD, radius: 5 }),
        ]),
        text('35%  ·  +30% with practice management  ·  +25% with accounting', [20, 72, 320, 36], { size: 13, color: GREY }),
      ], { gap: 10, pad: 20, fill: '#FFFFFF', radius: 10, stroke: '#E5E7EB' }),
    ], { gap: 40 }),
    auto('Platforms', [200, 380, 1080, 196], 'h', [auto('Column', [0, 0, 520, 196], 'v', [
    text('Practice management', [0, 0, 520, 26], { size: 20, weight: 700, color: INK }),
    auto('Frame 70', [0, 36, 520, 160], 'h', [
      platformCard('Clio', 'Matters, time & expenses', 0, 0, '#0070E0', go('auth', 'OVERLAY')),
      platformCard('MyCase', 'Cases & billing', 266, 0, '#2D9CDB', go('auth', 'OVERLAY')),
      platformCard('PracticePanther', 'Matters & trust', 0, 88, '#1B4F72', go('auth', 'OVERLAY')),
      platformCard('Smokeball', 'Matters & billing', 266, 88, '#E4572E', go('auth', 'OVERLAY')),
    ], { gap: 16, layoutWrap: 'WRAP', counterAxisSpacing: 16 }),
    ], { gap: 10 }), auto('Column', [560, 0, 520, 196], 'v', [
    text('Accounting', [0, 0, 520, 26], { size: 20, weight: 700, color: INK }),
    auto('Frame 71', [0, 36, 520, 160], 'h', [
      platformCard('QuickBooks', 'Books & receivables', 0, 0, '#2CA01C', go('auth', 'OVERLAY')),
      platformCard('Xero', 'Books & receivables', 266, 0, '#13B5EA', go('auth', 'OVERLAY')),
      platformCard('Sage', 'Books & receivables', 0, 88, '#00D639', go('auth', 'OVERLAY')),
    ], { gap: 16, layoutWrap: 'WRAP', counterAxisSpacing: 16 }),
    ], { gap: 10 })], { gap: 40 }),
    auto('Frame 80', [200, 608, 1040, 120], 'v', [
      text('🔒 Read-only: we pull matters, expenses and invoices from your systems. We never write anything back. 256-bit encryption; we never sell or share firm or client data.', [0, 0, 1040, 22], { size: 14, color: '#374151' }),
      text('Not listed? Upload 12 months of cost and receivables reports (CSV, XLSX)', [0, 32, 600, 20], { size: 14, color: NAVY, deco: 'UNDERLINE' }),
      text('Your bookkeeper handles QuickBooks? Invite them to connect it', [0, 62, 600, 20], { size: 14, color: NAVY, deco: 'UNDERLINE' }),
      text('Need a mutual NDA before sharing firm data? Request an MNDA', [0, 92, 600, 20], { size: 14, color: NAVY, deco: 'UNDERLINE', link: url('mailto:legal@docketadvance.com') }),
    ], { gap: 10 }),
    group('Group 81', [200, 760, 260, 24], [
      text('Connections powered by', [0, 3, 160, 18], { size: 12, color: GREY }),
      vec('Codat logo', [164, 2, 60, 20], { fill: '#1A1A1A' }),
    ]),
    text('Trusted by 1,200+ firms', [1000, 760, 240, 20], { size: 12, color: GREY, visible: false }),
    line('Line 9', [0, 940, W, 0]),
    text(`Questions? (415)${NBSP}555-0142 · support@docketadvance.com · Live chat, weekdays 8–8 CT`, [200, 968, 1040, 20], { size: 13, color: GREY, align: 'CENTER' }),
  ]);

  const auth = frame('06 — Modal / Connect Clio', [0, 0, 560, 560], { key: 'auth', radius: 12 }, [
    text('Connect Clio', [40, 36, 440, 32], { size: 24, weight: 700, color: INK }),
    vec('Close', [500, 40, 20, 20], { fill: GREY, link: close() }),
    text('You\u2019ll be taken to Clio to sign in and approve access. Once you approve, you\u2019ll land back here automatically.', [40, 84, 480, 48], { size: 15, color: '#374151' }),
    auto('Frame 90', [40, 150, 480, 150], 'v', [
      text('1  Sign in to Clio\n2  Review the access request\n3  Click Allow — we\u2019ll bring you back', [20, 20, 440, 84], { size: 15, color: INK, lh: 28 }),
    ], { pad: 20, fill: '#F3F4F6', radius: 8 }),
    group('Group 92', [40, 330, 480, 44], [
      inst('cbOff', 'Checkbox', [0, 2, 20, 20], { fill: '#FFFFFF', radius: 4 }),
      text('I authorize Docket Advance to access my firm\u2019s Clio data as described in the Data Use Policy.', [32, 0, 448, 44], { size: 14, color: INK }),
    ]),
    text('Data Use Policy', [328, 352, 110, 20], { size: 14, color: NAVY, deco: 'UNDERLINE', link: url('https://docketadvance.com/data-use') }),
    navyButton('Continue to Clio', 40, 420, 480, go('clio')),
    text('Cancel', [40, 488, 480, 20], { size: 14, color: GREY, align: 'CENTER', link: close() }),
  ]);

  const clio = frame('07 — Clio consent (3rd party)', [0, 0, W, H], { key: 'clio', fill: '#EEF2F7' }, [
    rect('Rectangle 100', [0, 0, W, 64], { fill: '#0070E0' }),
    text('clio', [48, 16, 100, 32], { size: 26, weight: 700, color: '#FFFFFF' }),
    auto('Frame 101', [470, 200, 500, 380], 'v', [
      text('Docket Advance would like to access your Clio account', [32, 32, 436, 60], { size: 22, weight: 600, color: INK }),
      text('This app will be able to:\n• View matters and contacts\n• View activities, expenses and bills', [32, 108, 436, 100], { size: 15, color: '#374151', lh: 26 }),
      auto('Frame 102', [32, 300, 436, 48], 'h', [
        frame('Frame 103', [0, 0, 210, 48], { radius: 4, stroke: '#9CA3AF', link: back() }, [
          text('Deny', [0, 14, 210, 20], { size: 15, color: INK, align: 'CENTER' }),
        ]),
        frame('Frame 104', [226, 0, 210, 48], { fill: '#0070E0', radius: 4, link: go('status') }, [
          text('Allow access', [0, 14, 210, 20], { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
        ]),
      ], { gap: 16 }),
    ], { gap: 16, pad: 32, fill: '#FFFFFF', radius: 8 }),
  ]);

  const status = frame('08 — Connection status', [0, 0, W, H], { key: 'status', fill: '#F9FAFB' }, [
    topBar(),
    stepper(2),
    text('Clio is connected', [420, 170, 600, 36], { size: 28, weight: 700, color: INK }),
    text('Add your accounting system to raise your limit, or continue and add it later.', [420, 214, 600, 24], { size: 15, color: GREY }),
    auto('Frame 110', [420, 260, 600, 240], 'v', [
      auto('Row', [0, 0, 600, 64], 'h', [
        vec('Vector', [16, 16, 32, 32], { fill: '#0070E0' }),
        text('Clio', [64, 20, 300, 24], { size: 16, weight: 600, color: INK }),
        auto('Badge', [470, 20, 110, 26], 'h', [
          vec('Vector', [0, 5, 12, 12], { fill: '#047857' }),
          text('Connected', [16, 4, 80, 18], { size: 13, weight: 600, color: '#047857' }),
        ], { gap: 4, pad: 4, fill: '#D1FAE5', radius: 13 }),
      ], { gap: 16, pad: 16, fill: '#FFFFFF', radius: 8, stroke: '#E5E7EB' }),
      auto('Row', [0, 76, 600, 64], 'h', [
        vec('Vector', [16, 16, 32, 32], { fill: '#2CA01C' }),
        text('QuickBooks — invite sent to dana@ledgerlinebookkeeping.com', [64, 20, 380, 24], { size: 15, color: INK }),
        auto('Badge', [470, 20, 110, 26], 'h', [
          text('Awaiting', [8, 4, 80, 18], { size: 13, weight: 600, color: '#B45309' }),
        ], { pad: 4, fill: '#FEF3C7', radius: 13 }),
      ], { gap: 16, pad: 16, fill: '#FFFFFF', radius: 8, stroke: '#E5E7EB' }),
      frame('Frame 115', [0, 152, 600, 56], { fill: null, radius: 8, stroke: '#9CA3AF', link: go('connect') }, [
        text('+ Add another system', [0, 18, 600, 20], { size: 15, weight: 600, color: NAVY, align: 'CENTER' }),
      ]),
    ], { gap: 12 }),
    auto('Strength', [420, 520, 600, 70], 'v', [
      text('Application strength  65%', [16, 12, 568, 20], { size: 14, weight: 600, color: INK }),
      group('Group 8', [16, 42, 568, 10], [
        rect('Rectangle 32', [0, 0, 568, 10], { fill: '#E5E7EB', radius: 5 }),
        rect('Rectangle 33', [0, 0, 369, 10], { fill: GOLD, radius: 5 }),
      ]),
    ], { gap: 10, pad: 16, fill: '#FFFFFF', radius: 8 }),
    navyButton('Continue to application', 420, 620, 600, go('apply')),
  ]);

  const apply = frame('09 — Funding application', [0, 0, W, H], { key: 'apply', fill: '#F9FAFB' }, [
    topBar(),
    stepper(3),
    text('Review your application', [420, 170, 600, 36], { size: 28, weight: 700, color: INK }),
    text('We filled in 9 fields from Clio. Check them and edit anything that\u2019s off.', [420, 214, 600, 24], { size: 15, color: GREY }),
    input('Open matters', '48', 420, 256, 290, { tag: 'From Clio' }),
    input('Avg. cost per matter (12 mo)', '$3,240', 730, 256, 290, { tag: 'From Clio' }),
    input('Firm address', '1201 Main St, Suite 400, Houston, TX 77002', 420, 344, 600, { tag: 'From Clio' }),
    input('Attorneys', 'Maria Delgado, Owen Park', 420, 432, 600, { tag: 'From Clio' }),
    input('Requested line', '$150,000', 420, 520, 600),
    navyButton('Submit application', 420, 640, 600, go('dash')),
  ]);

  // ----- 03 In product -----
  const dash = frame('10 — Overview', [0, 0, W, H], { key: 'dash', fill: '#F3F4F6' }, [
    sidebar('Overview', go('integrations')),
    text('Overview', [288, 40, 600, 36], { size: 28, weight: 700, color: INK }),
    auto('Frame 130', [288, 100, 1104, 130], 'h', [
      auto('Stat', [0, 0, 352, 130], 'v', [
        text('Available line', [20, 20, 300, 18], { size: 13, color: GREY }),
        text('$150,000', [20, 44, 300, 40], { size: 32, weight: 700, color: INK }),
      ], { gap: 6, pad: 20, fill: '#FFFFFF', radius: 10 }),
      auto('Stat', [376, 0, 352, 130], 'v', [
        text('Advanced to date', [20, 20, 300, 18], { size: 13, color: GREY }),
        text('$18,420', [20, 44, 300, 40], { size: 32, weight: 700, color: INK }),
      ], { gap: 6, pad: 20, fill: '#FFFFFF', radius: 10 }),
      auto('Stat', [752, 0, 352, 130], 'v', [
        text('Next repayment', [20, 20, 300, 18], { size: 13, color: GREY }),
        text('On settlement', [20, 44, 300, 40], { size: 32, weight: 700, color: INK }),
      ], { gap: 6, pad: 20, fill: '#FFFFFF', radius: 10 }),
    ], { gap: 24 }),
    frame('Frame 140', [288, 254, 700, 360], { radius: 10 }, [
      text('90-day cash-flow forecast', [24, 24, 500, 24], { size: 18, weight: 600, color: INK }),
      rect('Rectangle 141', [24, 64, 652, 260], { fill: '#F9FAFB', radius: 8 }),
      vec('Vector', [320, 130, 60, 40], { fill: '#D1D5DB' }),
      text('Connect your accounting system to see money in and out across open matters.', [144, 184, 412, 44], { size: 15, color: GREY, align: 'CENTER' }),
      frame('Frame 142', [250, 244, 200, 40], { fill: NAVY, radius: 6, link: go('connect') }, [
        text('Connect accounting', [0, 11, 200, 18], { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
      ]),
    ]),
    frame('Frame 150', [1012, 254, 380, 360], { radius: 10 }, [
      text('Recent advances', [24, 24, 300, 24], { size: 18, weight: 600, color: INK }),
      text('Ruiz v. Gulf Freight · expert fee · $6,500\nOkafor v. Metro Transit · deposition · $2,120\nHale Estate · filing fees · $980', [24, 64, 332, 90], { size: 14, color: INK, lh: 30 }),
      text('Connect with a funding specialist', [24, 300, 332, 20], { size: 14, color: NAVY, deco: 'UNDERLINE', link: url('https://docketadvance.com/book-a-call') }),
    ]),
  ]);

  const integrations = frame('11 — Settings / Integrations', [0, 0, W, H], { key: 'integrations', fill: '#F3F4F6' }, [
    sidebar('Integrations', go('integrations')),
    text('Integrations', [288, 40, 600, 36], { size: 28, weight: 700, color: INK }),
    frame('Table', [288, 100, 1104, 260], { radius: 10 }, [
      auto('Header row', [0, 0, 1104, 48], 'h', ['System', 'Connected on', 'Last sync', 'Status', ''].map((h, i) => text(h, [24 + i * 216, 14, 200, 18], { size: 12, weight: 600, color: GREY })), { gap: 16, pad: 14, fill: '#F9FAFB' }),
      auto('Row 1', [0, 48, 1104, 64], 'h', [
        text('Clio', [24, 22, 200, 20], { size: 15, weight: 600, color: INK }),
        text('Mar 4, 2025, 2:10 PM', [240, 22, 200, 20], { size: 14, color: INK }),
        text('Today, 11:02 AM', [456, 22, 200, 20], { size: 14, color: INK }),
        text('Active', [672, 22, 200, 20], { size: 14, color: '#047857' }),
        text('Disconnect', [888, 22, 120, 20], { size: 14, weight: 600, color: '#B91C1C', link: go('disconnect', 'OVERLAY') }),
      ], { gap: 16, pad: 22 }),
      line('Line 20', [0, 112, 1104, 0]),
      auto('Row 2', [0, 112, 1104, 64], 'h', [
        text('QuickBooks', [24, 22, 200, 20], { size: 15, weight: 600, color: INK }),
        text('—', [240, 22, 200, 20], { size: 14, color: GREY }),
        text('—', [456, 22, 200, 20], { size: 14, color: GREY }),
        text('Invite pending', [672, 22, 200, 20], { size: 14, color: '#B45309' }),
        text('Resend invite', [888, 22, 120, 20], { size: 14, weight: 600, color: NAVY }),
      ], { gap: 16, pad: 22 }),
    ]),
    frame('Danger zone', [288, 400, 1104, 120], { radius: 10, stroke: '#FCA5A5' }, [
      text('Close firm account', [24, 24, 400, 22], { size: 16, weight: 600, color: INK }),
      text('Permanently delete the firm account once all advances are repaid.', [24, 52, 700, 20], { size: 14, color: GREY }),
      group('Group 160', [900, 36, 180, 44], [
        rect('Rectangle 161', [0, 0, 180, 44], { fill: '#FEE2E2', radius: 6 }),
        text('Delete account', [0, 12, 180, 20], { size: 14, weight: 600, color: '#B91C1C', align: 'CENTER' }),
      ]),
    ]),
  ]);

  const disconnect = frame('12 — Modal / Disconnect', [0, 0, 520, 300], { key: 'disconnect', radius: 12 }, [
    text('Disconnect Clio?', [32, 32, 456, 30], { size: 22, weight: 700, color: INK }),
    text('We\u2019ll revoke Docket Advance\u2019s access and stop pulling matters and expenses. Your existing advances aren\u2019t affected.', [32, 76, 456, 66], { size: 15, color: '#374151' }),
    frame('Frame 171', [32, 200, 220, 48], { radius: 6, stroke: '#9CA3AF', link: close() }, [
      text('Keep connected', [0, 14, 220, 20], { size: 15, color: INK, align: 'CENTER' }),
    ]),
    frame('Frame 172', [268, 200, 220, 48], { fill: '#B91C1C', radius: 6, link: close() }, [
      text('Disconnect', [0, 14, 220, 20], { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]),
  ]);

  const email = frame('E1 — Welcome email', [0, 0, 640, 980], { key: 'email', fill: '#FFFFFF' }, [
    rect('Rectangle 180', [0, 0, 640, 96], { fill: NAVY }),
    text('Docket Advance', [40, 34, 300, 28], { size: 22, weight: 700, color: '#FFFFFF', family: 'Source Serif Pro' }),
    text('Welcome aboard, Maria', [40, 136, 560, 36], { size: 28, weight: 700, color: INK }),
    text('Three steps to your first advance:', [40, 188, 560, 24], { size: 16, color: '#374151' }),
    text('1  Create your firm account  ✓\n2  Connect Clio and your books — this is what sets your limit\n3  Request your first advance', [40, 228, 560, 96], { size: 16, color: INK, lh: 30 }),
    frame('Frame 181', [40, 356, 260, 52], { fill: GOLD, radius: 6 }, [
      text('Connect my systems', [0, 16, 260, 20], { size: 16, weight: 700, color: NAVY, align: 'CENTER' }),
    ]),
    text('Most firms connect in under 5 minutes. Rather hand it to your bookkeeper? Forward this email — the link works for them too.', [40, 440, 560, 48], { size: 15, color: '#374151' }),
    text('Connect now →', [40, 510, 200, 20], { size: 15, weight: 600, color: NAVY, deco: 'UNDERLINE' }),
    line('Line 30', [40, 880, 560, 0]),
    text('Docket Advance, Inc. · 500 Howard St, San Francisco, CA · Unsubscribe', [40, 900, 560, 18], { size: 12, color: GREY }),
  ]);

  const terms = frame('Terms of Service', [0, 0, W, H], { key: 'terms' }, [
    topBar(),
    text('Terms of Service', [320, 120, 800, 44], { size: 36, weight: 700, color: INK }),
    text('Last updated March 1, 2025', [320, 172, 800, 20], { size: 14, color: GREY }),
    text('1. Eligibility. Docket Advance provides disbursement funding to law firms organized in the United States…\n\n2. Advances. Each advance is tied to a matter and repaid from the fee earned on that matter…\n\n3. Fees. A flat fee is charged per advance; there is no subscription, and you may close the account when no advances are outstanding…', [320, 220, 800, 400], { size: 16, color: '#374151', lh: 28 }),
  ]);

  const s1 = sec('Sign-up', 0, 0, [signup, verify, profile, owners]);
  const s2 = sec('Connect', 0, 1500, [connect, auth, clio, status, apply]);
  const s3 = sec('In product', 0, 3000, [dash, integrations, disconnect]);
  const s4 = sec('Emails', 0, 4500, [email]);
  terms._box = [6700, 140, W, H];

  d.page('Flows', [s1, s2, s3, s4, terms]);

  d.page('Design system', [
    compNode('cta', 'Button/Primary/Large', [0, 0, 300, 48], { fill: NAVY, radius: 6 }, [
      text('Button', [0, 14, 300, 20], { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]),
    compSet('cb', 'checkbox', [400, 0, 120, 60], [
      compNode('cbOff', 'State=Off', [420, 20, 20, 20], { fill: '#FFFFFF', radius: 4 }),
      compNode('cbOn', 'State=On', [470, 20, 20, 20], { fill: NAVY, radius: 4 }, [
        vec('Vector', [4, 5, 12, 10], { fill: '#FFFFFF' }),
      ]),
    ]),
  ]);

  d.page('Archive', [
    frame('Old connect (v1)', [0, 0, W, H], {}, [
      text('Sync your practice software', [200, 200, 800, 40], { size: 30, weight: 700, color: INK }),
      text('Refresh', [200, 260, 100, 20], { size: 14, color: NAVY }),
    ]),
  ]);

  const { json, keyToId } = d.finish();
  const k = (s) => keyToId[s];
  const present = [
    'funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.support-contacts',
    'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.alternatives', 'platform.non-linear',
    'platform.multiple-connections',
    'connection.view-live', 'connection.delete',
  ];
  const absent = [
    'funnel.three-actions', 'value.faq-link', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'platform.accurate-branding', 'platform.search', 'connection.refresh',
    'connection.syncing-indicator',
  ];
  const notes = {
    'funnel.greeting-email': 'E1 welcome email: numbered 1-2-3 list with connecting as step 2, a "Connect my systems" button and a "Connect now" link.',
    'funnel.three-actions': 'Create account → Verify → Firm profile → Ownership → Connect systems is four steps.',
    'funnel.cta-visible': 'Connect systems leads with a large primary "Connect practice management" button; Integrations is a permanent sidebar entry.',
    'funnel.social-proof': 'Quote from a managing partner of Reyes & Holt LLP on the sign-up screen.',
    'funnel.prefill': 'Funding application shows fields filled "From Clio" after connecting.',
    'value.three-part': 'Headline benefit, how matter list and books are used, and one main connect button together.',
    'value.contextual-ctas': 'Overview → empty 90-day cash-flow forecast with a "Connect accounting" button.',
    'value.progress-meter': '"Application strength" bar growing from 35% to 65% as systems are connected.',
    'privacy.data-scope': '"Read-only: we pull matters, expenses and invoices from your systems. We never write anything back."',
    'privacy.trust-language': '"256-bit encryption; we never sell or share firm or client data."',
    'privacy.consent-action': 'Connect Clio modal: checkbox with authorization wording and a Data Use Policy link before continuing.',
    'privacy.support-contacts': 'Footer on the connect screen: phone, support email and live chat.',
    'privacy.powered-by': '"Connections powered by" with the provider logo.',
    'privacy.mutual-nda': '"Need a mutual NDA before sharing firm data? Request an MNDA".',
    'platform.explain-redirect': 'Modal: "You\u2019ll be taken to Clio to sign in and approve access… you\u2019ll land back here".',
    'platform.grouped-categories': 'Cards grouped under "Practice management" and "Accounting".',
    'platform.alternatives': '"Not listed? Upload 12 months of cost and receivables reports".',
    'platform.non-linear': 'Invite the bookkeeper to connect QuickBooks; status screen lets the firm continue and add accounting later.',
    'platform.multiple-connections': 'Status screen: Connected / Awaiting badges and "+ Add another system".',
    'connection.view-live': 'Settings / Integrations table with system, connected-on date and last sync time.',
    'connection.delete': '"Disconnect" with a revoke-access confirmation modal.',
    'value.faq-link': 'No FAQ or learn-more link anywhere near the value message.',
    'privacy.disconnect-anytime': 'Nothing in the onboarding tells the firm it can disconnect later.',
    'privacy.connection-guide': 'No connection guide or help-centre link; only a privacy policy and a data-use policy.',
    'privacy.statistics': 'The only figure ("Trusted by 1,200+ firms") is a hidden layer.',
    'platform.accurate-branding': 'Bare, ambiguous names: "QuickBooks" (Online or Desktop?), "Sage", "Clio"; vector placeholders instead of logos and no site addresses.',
    'platform.search': 'No search over the platform cards.',
    'connection.refresh': 'No refresh / sync-now control in Integrations.',
    'connection.syncing-indicator': 'No syncing state shown anywhere.',
  };
  const flow = { startFrameId: k('signup'), connectFrameId: k('connect'), stepsToConnect: 4, deadEnds: [k('terms')] };
  const truth = truthOut('h132-law-firm-disbursements-desktop.json', 'onboarding',
    'Desktop (1440) onboarding for a US disbursement-funding product for small law firms. After sign-up, email verification and two firm-detail steps, the firm connects practice management (Clio, MyCase, PracticePanther, Smokeball) and accounting (QuickBooks, Xero, Sage). No prototype starting point is set; the flow starts at "01 — Create account".',
    present, absent, notes, flow);
  return { name: 'h132-law-firm-disbursements-desktop', json, truth, connectCandidates: [k('connect'), k('auth'), k('status'), k('dash'), k('email')] };
}

// h61: equipment financing for US dental practices, desktop 1440.
import * as L from './lib.mjs';
const { text, rect, vector, ellipse, frame, group, vstack, hstack, at, click, back, close, url, auto } = L;

export function build() {
  L.resetRegistry();
  L.setSeed(61);
  const NAVY = '#0E2A47';
  const TEAL = '#0F766E';
  const GREY = '#5B6470';

  // ---- Components page (3:x) ----
  L.setPage(3);
  const vDefault = L.component('Property 1=Default', { x: 20, y: 20, w: 220, h: 48, fill: TEAL, radius: 6 }, [at(text('Label', { size: 15, weight: 600, color: '#FFFFFF' }), 88, 14)]);
  const vHover = L.component('Property 1=Hover', { x: 20, y: 88, w: 220, h: 48, fill: '#0B5D57', radius: 6 }, [at(text('Label', { size: 15, weight: 600, color: '#FFFFFF' }), 88, 14)]);
  const vGhost = L.component('Property 1=Secondary', { x: 20, y: 156, w: 220, h: 48, fill: '#FFFFFF', stroke: TEAL, radius: 6 }, [at(text('Label', { size: 15, weight: 600, color: TEAL }), 88, 14)]);
  const btnSet = L.componentSet('Comp / Action / Large', { x: 0, y: 0, w: 260, h: 224 }, [vDefault, vHover, vGhost], 'Primary action, 48px');
  const inputC = L.component('Input / Default', { x: 320, y: 0, w: 360, h: 64 }, [
    at(text('Label', { size: 13, weight: 500, color: GREY }), 0, 0),
    at(rect({ w: 360, h: 40, radius: 6, stroke: '#C9CFD6', fill: '#FFFFFF' }), 0, 22),
  ]);
  const chk = L.component('Check / Off', { x: 720, y: 0, w: 20, h: 20, stroke: '#6B7280', radius: 3, fill: '#FFFFFF' }, [], 'Checkbox');
  const componentsPage = L.canvas('Components', { id: '0:3', bg: '#F5F5F5' }, [btnSet, inputC, chk]);

  const primary = (label, o = {}) => L.btnInst(label, vDefault.id, { fill: TEAL, w: 240, h: 48, radius: 6, name: auto('Frame'), ...o });
  const secondary = (label, o = {}) => L.btnInst(label, vGhost.id, { fill: '#FFFFFF', stroke: TEAL, color: TEAL, w: 240, h: 48, radius: 6, name: 'Btn', ...o });
  const field = (label, value, tag) =>
    frame(auto('Frame'), { type: 'INSTANCE', componentId: inputC.id, w: 420, h: tag ? 86 : 66 }, [
      at(text(label, { size: 13, weight: 500, color: GREY }), 0, 0),
      at(rect({ w: 420, h: 42, radius: 6, stroke: '#C9CFD6', fill: '#FFFFFF' }), 0, 22),
      at(text(value, { size: 15, color: value.startsWith('e.g.') ? '#9AA3AD' : '#1B1F24' }), 12, 33),
      ...(tag ? [at(text(tag, { size: 12, color: TEAL, weight: 500 }), 0, 68)] : []),
    ]);

  // ---- Flow page (2:x) ----
  L.setPage(2);
  const W = 1440;
  const H = 1024;
  const nav = (links = []) =>
    frame(auto('Frame'), { w: W, h: 72, fill: '#FFFFFF', stroke: '#E4E7EB' }, [
      at(L.vecLogo(TEAL, 28), 48, 22),
      at(text('Crestline Practice Finance', { size: 18, weight: 700, color: NAVY }), 86, 24),
      ...links.map((l, i) => at(l, 960 + i * 150, 26)),
    ]);
  const footer = () =>
    frame(auto('Frame'), { y: H - 64, w: W, h: 64, fill: '#F4F6F8' }, [
      at(text('Questions? Call (888) 555-0142, Mon–Fri 8 a.m.–6 p.m. CT  ·  financing@crestlinepf.com  ·  Submit a support request', { size: 13, color: GREY, w: 900 }), 48, 22),
      at(text('© 2026 Crestline Practice Finance, LLC. Loans made or arranged pursuant to a California Finance Lenders Law license.', { size: 11, color: '#8A939E', w: 420 }), 970, 16),
    ]);
  const screen = (key, name, x, y, kids, o = {}) => frame(name, { key, x, y, w: o.w ?? W, h: o.h ?? H, fill: o.fill ?? '#FFFFFF', clips: true }, kids);

  // 1 sign-up
  const ratesLink = L.linkText('Rates & Terms', { color: NAVY });
  click(ratesLink, '@rates');
  const createBtn = primary('Create account', { w: 420 });
  click(createBtn, '@details');
  L.hoverSwap(createBtn, vHover.id);
  const quote = vstack(auto('Frame'), { w: 520, pad: 28, gap: 16, fill: '#FFFFFF', radius: 10, stroke: '#E4E7EB' }, [
    text('★★★★★', { size: 18, color: '#E5A50A' }),
    text('“We financed two operatories and a new intraoral scanner without touching our line of credit. They read our practice numbers directly and we had an approval the next morning.”', { size: 17, w: 464, color: NAVY }),
    hstack(auto('Frame'), { gap: 12 }, [
      L.imgLogo('5f1e0c2ad9b3e4f7a1c6b8d2e0f9a3c4b5d6e7f8', 44, { radius: 22 }),
      vstack(auto('Frame'), { gap: 2 }, [text('Dr. Anita Morales, DDS', { size: 14, weight: 600 }), text('Owner, Morales Family Dentistry · Tucson, AZ', { size: 13, color: GREY })]),
    ]),
  ]);
  const signup = screen('signup', 'Sign up / Create account', 0, 0, [
    nav([L.linkText('Equipment', { color: NAVY }), ratesLink, L.linkText('Sign in', { color: NAVY })]),
    at(frame(auto('Frame'), { w: 620, h: 888, fill: '#EEF6F5' }, [
      at(text('Finance the chair, the scanner\nand the CBCT — on your terms.', { size: 36, weight: 700, color: NAVY, w: 540 }), 48, 80),
      at(text('Fixed-rate equipment financing built for general and specialty dental practices.', { size: 17, color: GREY, w: 520 }), 48, 210),
      at(quote, 48, 300),
    ]), 0, 72),
    at(vstack('Form', { w: 420, gap: 20 }, [
      text('Create your account', { size: 28, weight: 700, color: NAVY }),
      text('Takes about two minutes. No hard credit inquiry to see your offer.', { size: 15, color: GREY, w: 420 }),
      field('Practice legal name', 'e.g. Bright Smiles Dental, PLLC'),
      field('Work email', 'e.g. office@brightsmiles.com'),
      field('Password', '••••••••••'),
      createBtn,
      text('Already have an account? Sign in', { size: 14, color: GREY }),
    ]), 760, 180),
    footer(),
  ]);

  // 2 practice details
  const contBtn = L.btnFrame('Continue', { w: 200, h: 48, fill: TEAL, radius: 6 });
  click(contBtn, '@connect');
  const backArrow = L.linkText('‹ Back', { color: GREY });
  back(backArrow);
  const details = screen('details', 'Onboarding / 01 Practice', 1540, 0, [
    nav([]),
    at(vstack(auto('Auto layout'), { w: 860, gap: 20 }, [
      text('Step 1 of 3  ·  Your practice', { size: 13, weight: 600, color: TEAL }),
      text('Tell us about your practice', { size: 28, weight: 700, color: NAVY }),
      field('Practice name (as shown on your tax return)', 'Morales Family Dentistry, PLLC'),
      field('Type 2 NPI', 'e.g. 1234567890'),
      hstack(auto('Frame'), { gap: 20 }, [field('Operatories', '4'), field('State', 'Arizona')]),
      field('Equipment you are financing', 'CEREC Primescan + 2 operatory packages'),
      hstack(auto('Frame'), { gap: 24 }, [backArrow, contBtn]),
    ]), 290, 140),
    footer(),
  ]);

  // 3 connect decision point
  const linkBtn = primary('Link practice systems', { w: 320, name: 'cta/primary' });
  click(linkBtn, '@platforms');
  const faq = L.linkText('Questions about sharing records? Read the data-sharing FAQ', { underline: true, color: TEAL });
  url(faq, 'https://crestlinepf.com/help/data-sharing-faq');
  const later = L.linkText('Save and finish later', { color: GREY });
  const delegate = L.linkText('Send this step to your office manager', { color: GREY });
  const meter = vstack('Application strength', { w: 420, gap: 8, pad: 20, fill: '#F4F6F8', radius: 8 }, [
    hstack(auto('Frame'), { gap: 8 }, [text('Application strength', { size: 14, weight: 600 }), text('Fair', { size: 14, weight: 600, color: '#B7791F' })]),
    hstack(auto('Frame'), { gap: 4 }, [0, 1, 2, 3].map((i) => rect({ w: 92, h: 8, radius: 4, fill: i < 2 ? '#B7791F' : '#D9DEE3' }))),
    text('Linking both your practice-management and accounting systems raises this to Strong.', { size: 13, color: GREY, w: 380 }),
  ]);
  const part = (head, body) => vstack(auto('Frame'), { w: 560, gap: 6 }, [text(head, { size: 16, weight: 600, color: NAVY }), text(body, { size: 15, color: '#2F3944', w: 560 })]);
  const connect = screen('connect', 'Onboarding / 02 Records', 3080, 0, [
    nav([]),
    at(vstack(auto('Auto layout'), { w: 600, gap: 22 }, [
      text('Step 2 of 3  ·  Practice records', { size: 13, weight: 600, color: TEAL }),
      text('Strengthen your application with verified practice data', { size: 28, weight: 700, color: NAVY, w: 600 }),
      part('What you gain', 'Applications supported by linked records are typically decided within one business day, often at a higher approved amount, and without uploading tax returns.'),
      part('How your records are used', 'We read production, collections and payer mix from your practice-management system, and your profit and loss and balance sheet from your accounting software, to assess repayment capacity. Access is read-only: nothing is written back to your systems.'),
      part('Next step', 'Select your practice-management and accounting systems and authorize read-only access.'),
      linkBtn,
      hstack(auto('Frame'), { gap: 20 }, [later, text('·', { color: GREY }), delegate]),
      faq,
    ]), 140, 130),
    at(vstack(auto('Frame'), { w: 460, gap: 20 }, [
      meter,
      vstack(auto('Frame'), { w: 460, gap: 10, pad: 20, radius: 8, stroke: '#E4E7EB' }, [
        hstack(auto('Frame'), { gap: 10 }, [vector({ w: 18, h: 20, fill: TEAL }), text('Your records are protected', { size: 15, weight: 600 })]),
        text('Records travel over a 256-bit encrypted connection and are never sold or disclosed to third parties without your written consent.', { size: 14, color: GREY, w: 420 }),
        text('You may withdraw access at any time under Settings › Connections. Withdrawing access does not affect an offer you have already accepted.', { size: 14, color: GREY, w: 420 }),
        text('More than 4,200 dental practices have securely shared their records with Crestline.', { size: 14, weight: 600, color: NAVY, w: 420 }),
        text('Powered by Bridgeway Data', { size: 12, color: GREY, visible: false, name: 'powered-by (hidden until contract)' }),
      ]),
    ]), 840, 180),
    footer(),
  ]);

  // 4 platform selection
  const card = (name, sub, logo, key) => {
    const c = hstack(auto('Frame'), { w: 300, h: 72, pad: [0, 16, 0, 16], gap: 12, radius: 8, stroke: '#D5DAE0', fill: '#FFFFFF' }, [
      logo,
      vstack(auto('Frame'), { gap: 2 }, [text(name, { size: 15, weight: 600 }), text(sub, { size: 12, color: GREY })]),
    ]);
    if (key) click(c, key, 'OVERLAY');
    return c;
  };
  const grid = (cards) => vstack(auto('Frame'), { gap: 16 }, [hstack(auto('Frame'), { gap: 16 }, cards.slice(0, 3)), hstack(auto('Frame'), { gap: 16 }, cards.slice(3))]);
  const upload = L.linkText('Don’t see your system? Upload reports instead (PDF or CSV)', { underline: true, color: TEAL });
  click(upload, '@upload');
  const platforms = screen('platforms', 'Onboarding / 02b Choose systems', 4620, 0, [
    nav([]),
    at(vstack(auto('Auto layout'), { w: 960, gap: 24 }, [
      text('Choose the systems your practice uses', { size: 28, weight: 700, color: NAVY }),
      text('After you choose a system you will be redirected to its own sign-in page to approve read-only access, then returned to Crestline automatically.', { size: 15, color: GREY, w: 900 }),
      text('Practice management', { size: 20, weight: 600, color: NAVY }),
      grid([
        card('Dentrix G7', 'Henry Schein One · on-premise', L.imgLogo('a1d4e8f20b7c6e5d4c3b2a1f0e9d8c7b6a5f4e3d', 36), '@consent'),
        card('Dentrix Ascend', 'Henry Schein One · cloud', L.imgLogo('b2e5f9031c8d7f6e5d4c3b2a1f0e9d8c7b6a5f4e', 36), '@consent'),
        card('Eaglesoft', 'Patterson Dental', L.imgLogo('c3f6a0142d9e8a7f6e5d4c3b2a1f0e9d8c7b6a5f', 36), '@consent'),
        card('Open Dental', 'Open Dental Software', L.imgLogo('d4a7b1253e0f9b8a7f6e5d4c3b2a1f0e9d8c7b6a', 36), '@consent'),
        card('Curve Hero', 'Curve Dental · cloud', L.imgLogo('e5b8c2364f1a0c9b8a7f6e5d4c3b2a1f0e9d8c7b', 36), '@consent'),
        card('Denticon', 'Planet DDS · cloud', L.imgLogo('f6c9d3475a2b1d0c9b8a7f6e5d4c3b2a1f0e9d8c', 36), '@consent'),
      ]),
      text('Accounting', { size: 20, weight: 600, color: NAVY }),
      grid([
        card('QuickBooks Online', 'Intuit', L.imgLogo('07dae4586b3c2e1d0c9b8a7f6e5d4c3b2a1f0e9d', 36), '@consent'),
        card('QuickBooks Desktop', 'Intuit · Pro, Premier, Enterprise', L.imgLogo('18ebf5697c4d3f2e1d0c9b8a7f6e5d4c3b2a1f0e', 36), '@consent'),
        card('Xero', 'Xero Limited', L.imgLogo('29fc067a8d5e4a3f2e1d0c9b8a7f6e5d4c3b2a1f', 36), '@consent'),
        card('Sage Intacct', 'Sage Group', L.imgLogo('3a0d178b9e6f5b4a3f2e1d0c9b8a7f6e5d4c3b2a', 36), '@consent'),
      ]),
      upload,
    ]), 240, 120),
    footer(),
  ]);

  // 5 consent overlay
  const box = L.checkbox('VECTOR');
  const goDentrix = primary('Continue to Dentrix', { w: 220 });
  click(goDentrix, '@syncing');
  const cancel = L.btnShape('Cancel', { w: 120, h: 48, fill: '#FFFFFF', stroke: '#C9CFD6', color: NAVY, shape: 'RECTANGLE' });
  close(cancel);
  const consent = screen('consent', 'Modal / Authorize', 0, 1300, [
    at(vstack(auto('Frame'), { w: 480, gap: 18 }, [
      hstack(auto('Frame'), { gap: 12 }, [L.imgLogo('a1d4e8f20b7c6e5d4c3b2a1f0e9d8c7b6a5f4e3d', 40), text('Authorize access to Dentrix G7', { size: 22, weight: 700, color: NAVY })]),
      text('Crestline will receive, read-only: monthly production, collections, adjustments and payer mix for the past 36 months.', { size: 15, color: '#2F3944', w: 480 }),
      hstack(auto('Frame'), { gap: 12, align: 'start' }, [
        box,
        vstack(auto('Frame'), { gap: 4 }, [
          text('I authorize Crestline Practice Finance to retrieve the practice reports described above for the purpose of evaluating this application.', { size: 14, w: 430 }),
          L.linkText('Data Use Policy', { underline: true, size: 14 }),
        ]),
      ]),
      hstack(auto('Frame'), { gap: 12 }, [cancel, goDentrix]),
    ]), 40, 40),
  ], { w: 560, h: 420 });

  // 6 syncing
  const spinner = group('Spinner', {}, [ellipse({ w: 56, h: 56, stroke: '#D9DEE3', strokeWeight: 5 }), vector({ w: 28, h: 28, stroke: TEAL, strokeWeight: 5, name: 'Vector' })]);
  const syncing = screen('syncing', 'Onboarding / 02c Retrieving', 700, 1300, [
    nav([]),
    at(vstack(auto('Frame'), { w: 520, gap: 18, align: 'center' }, [
      spinner,
      text('Retrieving your records…', { size: 24, weight: 700, color: NAVY }),
      text('Syncing production data from Dentrix G7 — 62% complete. This usually takes under a minute; you can leave this page.', { size: 15, color: GREY, w: 480, align: 'CENTER' }),
    ]), 460, 360),
    footer(),
  ]);
  L.act(syncing, { type: 'NODE', destinationId: '@summary', navigation: 'NAVIGATE', transition: null }, 'AFTER_TIMEOUT');
  syncing.interactions[0].trigger.timeout = 2.5;

  // 7 summary
  const another = L.linkText('+ Link another system', { weight: 600, color: TEAL });
  click(another, '@platforms');
  const finishQbo = secondary('Finish authorizing', { w: 200, h: 40 });
  click(finishQbo, '@consent', 'OVERLAY');
  const reviewBtn = primary('Review prefilled application', { w: 300 });
  click(reviewBtn, '@prefill');
  const row = (logo, name, status, colour, extra) =>
    hstack(auto('Frame'), { w: 760, h: 76, pad: [0, 20, 0, 20], gap: 16, radius: 8, stroke: '#E4E7EB' }, [
      logo,
      vstack(auto('Frame'), { w: 360, gap: 2 }, [text(name, { size: 16, weight: 600 }), text(status, { size: 13, color: colour })]),
      ...(extra ? [extra] : []),
    ]);
  const summary = screen('summary', 'Onboarding / 02d Linked systems', 2240, 1300, [
    nav([]),
    at(vstack(auto('Auto layout'), { w: 760, gap: 16 }, [
      text('Your linked systems', { size: 28, weight: 700, color: NAVY }),
      row(L.imgLogo('a1d4e8f20b7c6e5d4c3b2a1f0e9d8c7b6a5f4e3d', 40), 'Dentrix G7', 'Connected ✓  ·  36 months of production retrieved', TEAL),
      row(L.imgLogo('07dae4586b3c2e1d0c9b8a7f6e5d4c3b2a1f0e9d', 40), 'QuickBooks Online', 'Awaiting your authorization', '#B7791F', finishQbo),
      another,
      reviewBtn,
    ]), 340, 140),
    footer(),
  ]);

  // 8 prefilled application
  const submit = primary('Submit application', { w: 260 });
  click(submit, '@offer');
  const prefill = screen('prefill', 'Onboarding / 03 Review application', 3780, 1300, [
    nav([]),
    at(vstack(auto('Auto layout'), { w: 880, gap: 18 }, [
      text('Step 3 of 3  ·  Review', { size: 13, weight: 600, color: TEAL }),
      text('Review your application', { size: 28, weight: 700, color: NAVY }),
      text('We completed these fields from your linked systems. Please confirm or correct them.', { size: 15, color: GREY }),
      hstack(auto('Frame'), { gap: 24, align: 'start' }, [
        vstack(auto('Frame'), { gap: 14 }, [
          field('Legal business name', 'Morales Family Dentistry, PLLC', 'From QuickBooks Online'),
          field('EIN', '86-1234567', 'From QuickBooks Online'),
          field('Business address', '2150 E Speedway Blvd, Suite 104, Tucson, AZ 85719', 'From QuickBooks Online'),
        ]),
        vstack(auto('Frame'), { gap: 14 }, [
          field('Trailing 12-month collections', '$1,284,300', 'From Dentrix G7'),
          field('Active patients', '3,912', 'From Dentrix G7'),
          field('Primary contact', 'Dr. Anita Morales · (520) 555-0187', 'From QuickBooks Online'),
        ]),
      ]),
      submit,
    ]), 280, 130),
    footer(),
  ]);

  // 9 offer / dashboard with contextual prompt
  const chartLink = primary('Link QuickBooks Online', { w: 240, h: 44 });
  click(chartLink, '@platforms');
  const settingsNav = L.linkText('Settings', { color: NAVY });
  click(settingsNav, '@settings');
  const chart = frame(auto('Frame'), { w: 620, h: 320, radius: 10, stroke: '#E4E7EB', fill: '#FFFFFF' }, [
    at(text('Monthly cash flow vs. equipment payment', { size: 17, weight: 600, color: NAVY }), 24, 20),
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => at(rect({ w: 40, h: 40 + ((i * 37) % 90), fill: '#E3E8ED', radius: 3 }), 40 + i * 68, 250 - (40 + ((i * 37) % 90)))),
    at(vstack(auto('Frame'), { w: 380, gap: 12, pad: 20, fill: '#FFFFFF', radius: 8, stroke: '#D5DAE0', align: 'center' }, [
      text('Link your accounting software to chart cash flow against your new monthly payment.', { size: 14, w: 340, align: 'CENTER' }),
      chartLink,
    ]), 120, 90),
  ]);
  const offer = screen('offer', 'App / Offer + dashboard', 5320, 1300, [
    nav([L.linkText('Dashboard', { color: NAVY }), L.linkText('Documents', { color: NAVY }), settingsNav]),
    at(vstack(auto('Auto layout'), { gap: 24 }, [
      text('Your financing offer', { size: 28, weight: 700, color: NAVY }),
      hstack(auto('Frame'), { gap: 24, align: 'start' }, [
        vstack(auto('Frame'), { w: 420, gap: 10, pad: 24, radius: 10, fill: '#EEF6F5' }, [
          text('$148,000', { size: 36, weight: 700, color: NAVY }),
          text('84 months · 7.9% APR · $2,301/mo', { size: 16 }),
          text('Vendor: ConnectDent Imaging Supply · quote #Q-22917', { size: 13, color: GREY }),
          primary('Accept offer', { w: 200 }),
        ]),
        chart,
      ]),
    ]), 140, 130),
    footer(),
  ]);

  // 10 settings › connections
  const side = (label, active) => text(label, { size: 15, weight: active ? 600 : 400, color: active ? TEAL : NAVY });
  const disc = L.linkText('Disconnect', { color: '#B42318', size: 14 });
  click(disc, '@disconnect', 'OVERLAY');
  const disc2 = L.linkText('Disconnect', { color: '#B42318', size: 14 });
  click(disc2, '@disconnect', 'OVERLAY');
  const cell = (s, w, o = {}) => text(s, { size: 14, w, ...o });
  const trow = (name, linked, last, data, dz) =>
    hstack(auto('Frame'), { w: 980, h: 56, pad: [0, 16, 0, 16], gap: 16, stroke: '#EEF0F2' }, [
      cell(name, 170, { weight: 600 }), cell(linked, 140), cell(last, 170), cell(data, 220),
      L.btnFrame('Sync now', { w: 100, h: 34, fill: '#FFFFFF', stroke: '#C9CFD6', color: NAVY, size: 13 }), dz,
    ]);
  const settings = screen('settings', 'Settings / Connections', 0, 2600, [
    nav([L.linkText('Dashboard', { color: NAVY }), L.linkText('Documents', { color: NAVY }), L.linkText('Settings', { color: TEAL })]),
    at(vstack(auto('Frame'), { w: 220, gap: 18, pad: 32, h: 888, fill: '#F7F8FA' }, [side('Profile'), side('Practice'), side('Connections', true), side('Billing'), side('Security')]), 0, 72),
    at(vstack(auto('Auto layout'), { w: 980, gap: 12 }, [
      text('Connections', { size: 26, weight: 700, color: NAVY }),
      text('Systems you have authorized Crestline to read. Data is refreshed nightly.', { size: 15, color: GREY }),
      hstack(auto('Frame'), { w: 980, h: 40, pad: [0, 16, 0, 16], gap: 16, fill: '#F4F6F8' }, [cell('System', 170, { weight: 600, color: GREY }), cell('Linked on', 140, { weight: 600, color: GREY }), cell('Last sync', 170, { weight: 600, color: GREY }), cell('Data retrieved', 220, { weight: 600, color: GREY })]),
      trow('Dentrix G7', 'Mar 4, 2026', 'Today, 9:12 a.m.', 'Production, collections, payer mix', disc),
      trow('QuickBooks Online', 'Mar 4, 2026', 'Yesterday, 6:00 p.m.', 'Profit & loss, balance sheet', disc2),
      L.linkText('View sync history', { underline: true, color: TEAL }),
      vstack(auto('Frame'), { w: 980, gap: 8, pad: 20, radius: 8, stroke: '#E4E7EB' }, [
        text('Crestline Practice Insights', { size: 16, weight: 600 }),
        text('Benchmark your production against similar practices. $29/month — cancel anytime.', { size: 14, color: GREY }),
      ]),
      vstack(auto('Frame'), { w: 980, gap: 8, pad: 20, radius: 8, stroke: '#F3C7C3' }, [
        text('Delete account', { size: 16, weight: 600, color: '#B42318' }),
        text('Permanently remove your Crestline login and documents. Active loans are not affected.', { size: 14, color: GREY }),
      ]),
    ]), 300, 120),
    footer(),
  ]);

  // 11 disconnect confirm
  const keep = L.btnShape('Keep connected', { w: 170, h: 44, fill: '#FFFFFF', stroke: '#C9CFD6', color: NAVY });
  close(keep);
  const confirmDisc = L.btnShape('Disconnect', { w: 150, h: 44, fill: '#B42318' });
  close(confirmDisc);
  const disconnect = screen('disconnect', 'Modal / Disconnect', 1540, 2600, [
    at(vstack(auto('Frame'), { w: 440, gap: 16 }, [
      text('Disconnect Dentrix G7?', { size: 22, weight: 700, color: NAVY }),
      text('Crestline will stop retrieving data from Dentrix G7 and delete stored reports within 30 days. Your approved offer is not affected.', { size: 15, color: GREY, w: 440 }),
      hstack(auto('Frame'), { gap: 12 }, [keep, confirmDisc]),
    ]), 40, 40),
  ], { w: 520, h: 300 });

  // 12 upload alternative
  const upBtn = primary('Upload and continue', { w: 240 });
  click(upBtn, '@summary');
  const uploadScreen = screen('upload', 'Onboarding / 02e Upload reports', 2160, 2600, [
    nav([]),
    at(vstack(auto('Auto layout'), { w: 720, gap: 20 }, [
      text('Upload your reports', { size: 28, weight: 700, color: NAVY }),
      text('1  Production & collections summary, last 24 months\n2  Profit & loss statement, last 2 fiscal years\n3  Most recent balance sheet', { size: 15, w: 640 }),
      frame(auto('Frame'), { w: 720, h: 200, radius: 10, stroke: '#9AA3AD', fill: '#F7F8FA' }, [at(vector({ w: 32, h: 32, fill: GREY }), 344, 60), at(text('Drag files here or browse  ·  PDF, CSV, XLSX up to 25 MB', { size: 14, color: GREY }), 190, 110)]),
      upBtn,
    ]), 360, 140),
    footer(),
  ]);

  // 13 rates & terms (no way forward)
  const rates = screen('rates', 'Rates & Terms', 3700, 2600, [
    nav([]),
    at(vstack(auto('Auto layout'), { w: 820, gap: 16 }, [
      text('Rates & Terms', { size: 28, weight: 700, color: NAVY }),
      text('Representative example: $100,000 financed over 84 months at 8.49% APR, 84 monthly payments of $1,578. Rates from 6.99% to 17.99% APR depending on credit profile, time in practice and equipment type.', { size: 15, w: 820 }),
      text('Terms from 24 to 120 months. No prepayment penalty after month 12. Documentation fee of $295 is included in the amount financed. All loans are subject to credit approval.', { size: 15, w: 820 }),
    ]), 300, 150),
    footer(),
  ]);

  // Greeting email
  const emailCta = L.btnFrame('Link my practice systems', { w: 280, h: 48, fill: TEAL, radius: 6 });
  click(emailCta, '@connect');
  const email = frame('Email — Welcome', { key: 'email', x: 40, y: 60, w: 640, h: 860, fill: '#FFFFFF' }, [
    at(L.vecLogo(TEAL, 28), 40, 40),
    at(vstack(auto('Frame'), { w: 560, gap: 18 }, [
      text('Welcome to Crestline, Dr. Morales', { size: 24, weight: 700, color: NAVY, w: 560 }),
      text('Three short steps stand between your practice and a firm financing offer:', { size: 15, w: 560 }),
      text('1  Tell us about your practice (done)\n2  Link your practice-management and accounting systems — this is what lets us firm up your rate\n3  Review and accept your offer', { size: 15, w: 560 }),
      emailCta,
      text('Prefer to talk it through? Call (888) 555-0142 or reply to this email.', { size: 13, color: GREY, w: 560 }),
    ]), 40, 100),
  ]);
  const emails = frame('Emails', { type: 'SECTION', x: 0, y: 3900, w: 720, h: 980, fill: '#F2F2F2' }, [email]);

  const flowPage = L.canvas('Onboarding — desktop', { id: '0:2', bg: '#1E1E1E', flows: [['@signup', 'Apply — new practice']] }, [
    signup, details, connect, platforms, consent, syncing, summary, prefill, offer, settings, disconnect, uploadScreen, rates, emails,
  ]);

  // ---- Cover (1:x) and archive (4:x) ----
  L.setPage(1);
  const cover = L.canvas('Cover', { id: '0:1', bg: '#FFFFFF' }, [
    frame('Cover', { x: 0, y: 0, w: 1920, h: 1080, fill: NAVY }, [
      at(text('Crestline — Practice onboarding', { size: 72, weight: 700, color: '#FFFFFF', w: 1400 }), 120, 380),
      at(text('Status: Ready for dev  ·  Owner: Product Design  ·  Oct 2026', { size: 28, color: '#B8C4D0', w: 1200 }), 120, 520),
    ]),
  ]);
  L.setPage(4);
  const archive = L.canvas('Archive', { id: '0:4', bg: '#E5E5E5' }, [
    frame('OLD — Sign up v1', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
      at(text('Apply for equipment financing', { size: 32, weight: 700, color: NAVY }), 120, 120),
      at(text('Upload two years of tax returns and three months of bank statements to begin.', { size: 16, w: 700 }), 120, 190),
    ]),
  ]);

  const document = { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, componentsPage, archive] };
  const file = L.fileShell('Crestline — Practice financing onboarding (desktop)', document, L.registry.components, L.registry.componentSets);
  const keys = L.finish(file);
  const ids = (...k) => k.map((x) => keys.get(x));
  const flow = L.flowFacts(flowPage, keys.get('signup'), ids('connect', 'platforms', 'summary', 'offer', 'email'));
  return { file, flowPage, flow, ctaFrames: ids('connect', 'platforms', 'summary', 'offer', 'email') };
}

export const truthBody = {
  kind: 'onboarding',
  description:
    'Desktop (1440) onboarding for a US lender of dental-equipment financing. A practice signs up, enters practice details, is asked to link its practice-management system (Dentrix, Eaglesoft, Open Dental …) and accounting software, authorizes access, sees a prefilled application and an offer, and manages linked systems under Settings › Connections. Formal copy.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search'],
  notes: {
    'funnel.greeting-email': 'An "Email — Welcome" frame in the Emails section lists three numbered steps, linking systems second, with a "Link my practice systems" button.',
    'funnel.three-actions': 'Sign-up → practice details → records screen: two clicks to the link prompt.',
    'funnel.social-proof': 'Five-star quote from a named dentist on the sign-up screen.',
    'funnel.prefill': 'The review screen shows EIN, address, collections and contact filled "From QuickBooks Online" / "From Dentrix G7".',
    'value.three-part': 'Records screen: "What you gain", "How your records are used" and "Next step" with one primary "Link practice systems" button.',
    'value.contextual-ctas': 'The cash-flow chart on the offer screen asks the user to link accounting software to populate it.',
    'value.faq-link': 'Underlined data-sharing FAQ link under the value message.',
    'value.progress-meter': '"Application strength" segmented meter that rises when both systems are linked.',
    'privacy.data-scope': 'Names production/collections/payer mix and P&L/balance sheet, read-only, nothing written back; the authorize modal repeats it.',
    'privacy.consent-action': 'Authorize modal has a checkbox with consent wording and a Data Use Policy link before "Continue to Dentrix".',
    'privacy.statistics': '"More than 4,200 dental practices have securely shared their records".',
    'privacy.support-contacts': 'Footer on every screen: phone, email and a support request form.',
    'privacy.powered-by': 'Only a hidden layer carries a "Powered by" line.',
    'privacy.connection-guide': 'There is an FAQ about data sharing but no guide on how to connect each system.',
    'platform.search': 'Ten cards, no search field.',
    'platform.accurate-branding': 'Dentrix G7 vs Dentrix Ascend, QuickBooks Online vs Desktop, Sage Intacct, each with its vendor.',
    'platform.non-linear': '"Save and finish later" and "Send this step to your office manager".',
    'platform.multiple-connections': 'Linked-systems screen: Connected ✓, "Awaiting your authorization", "+ Link another system".',
    'connection.delete': 'Disconnect per row with a confirm dialog; "Delete account" is a separate look-alike.',
    'connection.refresh': '"Sync now" per connection.',
    'connection.syncing-indicator': 'Spinner with "Syncing production data … 62%".',
  },
};

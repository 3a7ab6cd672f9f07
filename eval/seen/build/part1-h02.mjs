// h02-payroll-desktop: UK payroll product, desktop 1440x1024, terse copy, British spelling.
// Some prototype links use the old transitionNodeID form.
import { Builder, ui, image, finish } from './part1-lib.mjs';

export function build() {
  const b = new Builder(202);
  const T = { primary: '#0E7C66', link: '#0E7C66' };
  const u = ui(b, T);

  // ---------------- Components ----------------
  b.setPrefix(7);
  b.registerComponentSet('set.btn', 'btn');
  b.registerComponent('cmp.btnSm', 'variant=primary, size=sm', { setKey: 'set.btn' });
  b.registerComponent('cmp.btnLg', 'variant=primary, size=lg', { setKey: 'set.btn' });
  b.registerComponent('cmp.btnGhost', 'variant=ghost, size=lg', { setKey: 'set.btn' });
  b.registerComponent('cmp.navItem', 'Sidebar / Item');
  b.registerComponent('cmp.step', '.stepper/step');
  const comps = {
    id: '7:0', name: '❖ Components',
    children: [
      b.componentSet('set.btn', 'btn', { x: 0, y: 0, layout: 'H', gap: 24, pad: 24, stroke: '#9747FF', radius: 5 }, [
        b.component('cmp.btnSm', 'variant=primary, size=sm', { layout: 'H', justify: 'CENTER', align: 'CENTER', pad: [8, 16], fill: T.primary, radius: 6 }, [b.text('Label', { size: 14, weight: 600, color: '#FFFFFF', hug: true })]),
        b.component('cmp.btnLg', 'variant=primary, size=lg', { layout: 'H', justify: 'CENTER', align: 'CENTER', pad: [12, 24], fill: T.primary, radius: 6 }, [b.text('Label', { size: 16, weight: 600, color: '#FFFFFF', hug: true })]),
        b.component('cmp.btnGhost', 'variant=ghost, size=lg', { layout: 'H', justify: 'CENTER', align: 'CENTER', pad: [12, 24], stroke: '#D0D5DD', radius: 6 }, [b.text('Label', { size: 16, weight: 600, color: '#344054', hug: true })]),
      ]),
      b.component('cmp.navItem', 'Sidebar / Item', { x: 0, y: 160, layout: 'H', gap: 10, pad: [10, 12], w: 216, radius: 6 }, [b.vector(null, 18, 18, { fill: '#667085' }), b.text('Item', { size: 14, hug: true })]),
      b.component('cmp.step', '.stepper/step', { x: 260, y: 160, layout: 'H', gap: 8 }, [b.ellipse(null, 24, 24, { fill: T.primary }), b.text('Step', { size: 14, hug: true })]),
    ],
  };

  // ---------------- Flow page ----------------
  b.setPrefix(21);
  const W = 1440, H = 1024;
  const screen = (key, name, o, children) => b.frame(name, { id: b.fid(key), x: o.x, y: o.y, w: W, h: H, fill: o.fill ?? '#FFFFFF', clip: true, visible: o.visible }, children);
  const logo = () => b.row(b.auto('Frame'), { gap: 8, hug: true }, [b.vector('Logo', 24, 24, { fill: T.primary }), b.text('Payline', { size: 20, weight: 700, hug: true })]);
  const topBar = (right = []) => b.row('Header', { x: 0, y: 0, w: W, h: 72, pad: [0, 40], justify: 'SPACE_BETWEEN', stroke: '#EAECF0' }, [logo(), b.row(b.auto('Frame'), { gap: 24, hug: true }, right)]);
  const stepper = (active) => {
    const labels = ['Account', 'Organisation', 'Pay schedule', 'Accounting', 'Done'];
    return b.col(b.auto('Frame'), { gap: 10, w: 640 }, [
      b.row(b.auto('Frame'), { gap: 16 }, labels.map((l, i) => b.instance(b.auto('Frame'), 'cmp.step', { layout: 'H', gap: 8, hug: true }, [
        b.ellipse(null, 24, 24, { fill: i <= active ? T.primary : '#EAECF0' }),
        b.text(i < active ? `${l} ✓` : l, { size: 13, weight: i === active ? 600 : 400, color: i <= active ? '#101828' : '#98A2B3', hug: true }),
      ]))),
      b.text(`Step ${active + 1} of 5`, { size: 13, color: '#667085' }),
      u.progress((active + 1) / 5, 640, { h: 6 }),
    ]);
  };
  const field = (label, ph, o = {}) => u.input(label, ph, { placeholder: o.placeholder ?? true, ...o });

  // 1. Sign-up (start)
  const pricing = b.text('Pricing', { size: 15, weight: 500, color: '#344054', hug: true });
  b.go(pricing, 'pricing');
  const createBtn = u.btnFrame('Create account', { name: 'cta/primary', w: 440, h: 48, radius: 6 });
  b.legacy(createBtn, 'verify');
  const signup = screen('signup', 'Sign up', { x: 0, y: 0 }, [
    b.col('Left', { x: 0, y: 0, w: 640, h: H, fill: '#0B3B32', pad: [160, 72], gap: 24 }, [
      b.text('Payroll, sorted.', { size: 48, weight: 700, color: '#FFFFFF' }),
      b.text('Pay staff. File RTI. Post journals to your books.', { size: 20, color: '#A6F4C5' }),
      b.rect(null, 496, 300, { fill: image('3c9f0d44e1a2b7'), radius: 12 }),
      b.col('Quote', { visible: false, gap: 8 }, [
        b.text('“Payline halved our month-end payroll admin.”', { size: 20, italic: true, color: '#FFFFFF' }),
        b.text('— Priya Shah, Finance Director, Northwind Ltd', { size: 14, color: '#A6F4C5' }),
      ]),
    ]),
    b.row(b.auto('Frame'), { x: 640, y: 0, w: 800, h: 72, pad: [0, 40], justify: 'MAX', gap: 28 }, [pricing, b.text('Log in', { size: 15, weight: 500, color: '#344054', hug: true })]),
    b.col('Form', { x: 820, y: 220, w: 440, gap: 20 }, [
      b.text('Create account', { size: 28, weight: 700 }),
      b.text('Free for 30 days.', { size: 16, color: '#667085' }),
      field('Work email', 'name@company.co.uk'),
      field('Password', '8+ characters'),
      b.row(b.auto('Frame'), { gap: 10 }, [u.checkbox('vector'), b.text('I agree to the Terms and Privacy Policy', { size: 14, color: '#344054', grow: true })]),
      createBtn,
    ]),
  ]);

  // 1b. Pricing — dead end
  const backP = b.text('← Back', { size: 15, weight: 500, color: '#344054', hug: true });
  b.back(backP);
  const demo = u.btnInstance('Book a demo', 'cmp.btnGhost', { color: '#344054', fill: '#FFFFFF', stroke: '#D0D5DD', radius: 6, h: 44 });
  b.url(demo, 'https://payline.example.co.uk/demo');
  const plan = (name, price, lines) => b.col(b.auto('Frame'), { w: 360, pad: 32, gap: 14, stroke: '#EAECF0', radius: 12 }, [
    b.text(name, { size: 18, weight: 600 }), b.text(price, { size: 36, weight: 700 }), b.text(lines, { size: 14, color: '#475467', lh: 1.8 }),
  ]);
  const pricingFrame = screen('pricing', 'Pricing', { x: 0, y: 1200 }, [
    topBar([backP]),
    b.col(b.auto('Frame'), { x: 0, y: 140, w: W, align: 'CENTER', gap: 40 }, [
      b.text('Pricing', { size: 40, weight: 700, hug: true }),
      b.row(b.auto('Frame'), { gap: 24, hug: true, align: 'MIN' }, [
        plan('Starter', '£5\u00A0/ employee', 'Monthly and weekly pay runs\nRTI and auto-enrolment\nEmail support'),
        plan('Growth', '£8\u00A0/ employee', 'Everything in Starter\nJournals to accounting\nPriority support'),
      ]),
      demo,
    ]),
  ]);

  // 2. Verify email
  const verifyBtn = u.btnInstance('Verify', 'cmp.btnLg', { w: 440, h: 48, radius: 6, name: b.auto('Frame') });
  b.legacy(verifyBtn, 'org');
  const verify = screen('verify', 'Verify email', { x: 1600, y: 0 }, [
    topBar([]),
    b.col(b.auto('Frame'), { x: 500, y: 240, w: 440, gap: 20 }, [
      b.text('Check your inbox', { size: 28, weight: 700 }),
      b.text('Enter the 6-digit code sent to priya@northwind.co.uk.', { size: 16, color: '#667085' }),
      b.row(b.auto('Frame'), { gap: 12 }, Array.from({ length: 6 }, (_, i) => b.frame(null, { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 56, h: 64, stroke: '#D0D5DD', radius: 8 }, i < 3 ? [b.text(String([4, 1, 9][i]), { size: 28, weight: 600, hug: true })] : []))),
      verifyBtn,
      u.link('Resend code', { underline: false }),
    ]),
  ]);

  // 3. Organisation
  const orgNext = u.btnInstance('Continue', 'cmp.btnLg', { w: 160, h: 48, radius: 6 });
  b.legacy(orgNext, 'schedule');
  const orgBack = u.btnInstance('Back', 'cmp.btnGhost', { w: 120, h: 48, fill: '#FFFFFF', stroke: '#D0D5DD', color: '#344054', radius: 6 });
  b.back(orgBack);
  const wizard = (key, name, pos, active, title, body, actions) => screen(key, name, pos, [
    topBar([b.text('Save and exit', { size: 15, weight: 500, color: '#344054', hug: true })]),
    b.col('Content', { x: 400, y: 120, w: 640, gap: 32 }, [
      stepper(active),
      b.col(b.auto('Frame'), { gap: 8 }, [b.text(title, { size: 28, weight: 700 }), ...(body.sub ? [b.text(body.sub, { size: 16, color: '#667085' })] : [])]),
      b.col(b.auto('Frame'), { gap: 20 }, body.fields),
      b.row(b.auto('Frame'), { gap: 12, justify: 'MAX' }, actions),
    ]),
  ]);
  const org = wizard('org', 'Organisation', { x: 3200, y: 0 }, 1, 'Your organisation', {
    fields: [
      field('Organisation name', 'e.g. Northwind Ltd'),
      b.row(b.auto('Frame'), { gap: 16, align: 'MIN' }, [
        b.col(b.auto('Frame'), { grow: true }, [field('Companies House number', '8 digits')]),
        b.col(b.auto('Frame'), { grow: true }, [field('Employees', 'e.g. 24')]),
      ]),
      field('Employer PAYE reference', '123/AB45678'),
      field('Accounts Office reference', '123PA00045678'),
    ],
  }, [orgBack, orgNext]);

  // 4. Pay schedule
  const schNext = u.btnInstance('Continue', 'cmp.btnLg', { w: 160, h: 48, radius: 6 });
  b.go(schNext, 'connect');
  const schBack = u.btnInstance('Back', 'cmp.btnGhost', { w: 120, h: 48, fill: '#FFFFFF', stroke: '#D0D5DD', color: '#344054', radius: 6 });
  b.back(schBack);
  const radio = (label, on) => b.row(b.auto('Frame'), { gap: 12, pad: 16, stroke: on ? T.primary : '#EAECF0', radius: 8 }, [b.ellipse(null, 18, 18, { stroke: on ? T.primary : '#D0D5DD', strokeWeight: on ? 5 : 1 }), b.text(label, { size: 15, grow: true })]);
  const schedule = wizard('schedule', 'Pay schedule', { x: 4800, y: 0 }, 2, 'Pay schedule', {
    fields: [radio('Monthly', true), radio('Four-weekly', false), radio('Weekly', false), field('First pay date', 'DD/MM/YYYY')],
  }, [schBack, schNext]);

  // 5. Connect accounting — connect frame
  const card = (name, ref, dest) => {
    const btn = u.btnInstance('Connect', 'cmp.btnSm', { h: 36, size: 14, radius: 6, name: 'Btn' });
    if (dest) b.overlay(btn, dest);
    return b.col(b.auto('Frame'), { w: 308, pad: 20, gap: 16, stroke: '#EAECF0', radius: 10 }, [
      b.row(b.auto('Frame'), { gap: 12 }, [u.logo('image', ref, 40), b.text(name, { size: 16, weight: 600, grow: true })]),
      btn,
    ]);
  };
  const invite = b.text('Invite your accountant · Save and exit', { size: 14, color: T.link });
  b.overlay(invite, 'invite');
  const guides = u.link('Connection guides', { size: 14 });
  b.url(guides, 'https://help.payline.example.co.uk/guides/connect-accounting');
  const faqs = u.link('Integration FAQs', { size: 14 });
  b.url(faqs, 'https://help.payline.example.co.uk/faq/integrations');
  const nda = u.link('Need an MNDA for your security review? Request one', { size: 14 });
  b.url(nda, 'https://payline.example.co.uk/legal/mutual-nda');
  const footer = b.col('Footer', { gap: 10 }, [
    b.row(b.auto('Frame'), { gap: 24 }, [guides, faqs, nda]),
    b.text('Help: 0330 088 1234 · support@payline.co.uk · Live chat, 9–5:30 Mon–Fri', { size: 13, color: '#667085' }),
  ]);
  const jump = u.link('Guides ↓', { size: 13, underline: false });
  const connect = screen('connect', 'Accounting', { x: 6400, y: 0 }, [
    topBar([b.text('Save and exit', { size: 15, weight: 500, color: '#344054', hug: true })]),
    b.col('Content', { x: 400, y: 120, w: 640, gap: 28 }, [
      stepper(3),
      b.row(b.auto('Frame'), { justify: 'SPACE_BETWEEN' }, [b.text('Connect accounting software', { size: 28, weight: 700, hug: true }), jump]),
      u.search('Find your software', { radius: 8, stroke: '#D0D5DD', h: 44 }),
      b.col('Grid', { gap: 24 }, [
        b.row(b.auto('Frame'), { gap: 24, align: 'MIN' }, [card('Xero', 'a1x0e5r0', 'authorise'), card('QuickBooks Online', 'b2q8b0o1', 'authorise')]),
        b.row(b.auto('Frame'), { gap: 24, align: 'MIN' }, [card('Sage Business Cloud Accounting', 'c3s4g5e6', 'authorise'), card('FreeAgent', 'd4f7a8g9', 'authorise')]),
      ]),
      invite,
      footer,
      b.row('Powered by', { visible: false, gap: 6 }, [b.text('Powered by', { size: 12, color: '#98A2B3', hug: true }), b.vector('Codat', 52, 14, { fill: '#98A2B3' })]),
    ]),
  ]);
  b.scrollTo(jump, footer.id);

  // 6. Authorise modal (overlay)
  const goXero = u.btnInstance('Continue to Xero', 'cmp.btnLg', { w: 492, h: 48, radius: 6 });
  b.go(goXero, 'xeroLogin');
  const cancel = u.btnInstance('Cancel', 'cmp.btnGhost', { w: 492, h: 48, fill: '#FFFFFF', stroke: '#D0D5DD', color: '#344054', radius: 6 });
  b.close(cancel);
  const authorise = b.col('Modal/Authorise', { id: b.fid('authorise'), x: 8000, y: 200, w: 560, pad: 34, gap: 20, fill: '#FFFFFF', radius: 12 }, [
    b.row(b.auto('Frame'), { gap: 12 }, [u.logo('image', 'a1x0e5r0', 48), b.text('Authorise Payline in Xero', { size: 22, weight: 700, grow: true })]),
    b.text("You'll be sent to Xero to sign in and authorise access. You'll then return to Payline.", { size: 15, color: '#475467', lh: 1.5 }),
    b.col(b.auto('Frame'), { gap: 6, pad: 16, fill: '#F9FAFB', radius: 8 }, [
      b.text('Payline will read: chart of accounts, tracking categories, employees', { size: 14 }),
      b.text('Payline will write: payroll journals', { size: 14 }),
    ]),
    goXero, cancel,
    b.text('Help: 0330 088 1234 · support@payline.co.uk', { size: 12, color: '#667085' }),
  ]);
  authorise.overlayPositionType = 'CENTER';
  authorise.overlayBackground = { type: 'SOLID_COLOR', color: { r: 0.06, g: 0.09, b: 0.16, a: 0.6 } };

  // 7. Xero (third-party) consent
  const allow = u.btnFrame('Allow access', { fill: '#13B5EA', w: 400, h: 48, radius: 4, name: b.auto('Frame') });
  b.go(allow, 'done');
  const xeroLogin = screen('xeroLogin', 'Xero — allow access', { x: 9600, y: 0, fill: '#F4F6F8' }, [
    b.col(b.auto('Frame'), { x: 500, y: 180, w: 440, pad: 20, gap: 20, fill: '#FFFFFF', radius: 8, align: 'CENTER' }, [
      u.logo('image', 'a1x0e5r0', 64),
      b.text('Payline wants access to Northwind Ltd', { size: 20, weight: 600, align: 'CENTER' }),
      b.text('login.xero.com', { size: 13, color: '#667085', align: 'CENTER' }),
      allow,
    ]),
  ]);

  // 8. Done
  const toDash = u.btnInstance('Go to dashboard', 'cmp.btnLg', { h: 48, radius: 6 });
  b.go(toDash, 'dashboard');
  const done = screen('done', 'Done', { x: 11200, y: 0 }, [
    topBar([]),
    b.col('Content', { x: 400, y: 120, w: 640, gap: 28 }, [
      stepper(4),
      b.row(b.auto('Frame'), { gap: 12 }, [b.vector('check', 28, 28, { fill: '#12B76A' }), b.text('Xero connected', { size: 28, weight: 700, grow: true })]),
      b.text('Accounting · Northwind Ltd', { size: 16, color: '#667085' }),
      b.row(b.auto('Frame'), {}, [toDash]),
    ]),
  ]);

  // 9. Dashboard (app shell)
  const sidebar = (active) => {
    const item = (label, dest) => { const i = b.instance(b.auto('Frame'), 'cmp.navItem', { layout: 'H', gap: 10, pad: [10, 12], w: 216, radius: 6, fill: label === active ? '#ECFDF3' : undefined }, [b.vector(null, 18, 18, { fill: '#667085' }), b.text(label, { size: 14, weight: label === active ? 600 : 400, hug: true })]); if (dest && label !== active) b.go(i, dest); return i; };
    return b.col('Sidebar', { x: 0, y: 0, w: 248, h: H, pad: [24, 16], gap: 4, fill: '#F9FAFB', stroke: '#EAECF0' }, [
      b.row(b.auto('Frame'), { pad: [0, 0, 24, 0] }, [logo()]),
      item('Pay runs', 'dashboard'), item('Employees'), item('Pensions'), item('Reports'), item('Settings', 'integrations'),
    ]);
  };
  const tr = (cells, head) => b.row(b.auto('Frame'), { h: 52, pad: [0, 16], gap: 16, stroke: '#EAECF0', fill: head ? '#F9FAFB' : undefined }, cells.map((c) => b.text(c, { size: head ? 12 : 14, weight: head ? 600 : 400, color: head ? '#475467' : '#101828', w: 180 })));
  const dashboard = screen('dashboard', 'Pay runs', { x: 0, y: 2400 }, [
    sidebar('Pay runs'),
    b.col('Main', { x: 248, y: 0, w: 1192, pad: [32, 40], gap: 24 }, [
      b.row(b.auto('Frame'), { justify: 'SPACE_BETWEEN' }, [b.text('Pay runs', { size: 28, weight: 700, hug: true }), u.btnInstance('New pay run', 'cmp.btnLg', { h: 44, radius: 6 })]),
      b.col('Table', { stroke: '#EAECF0', radius: 8 }, [
        tr(['Period', 'Employees', 'Gross pay', 'Status'], true),
        tr(['September 2026', '24', '£61,204.18', 'Draft']),
        tr(['August 2026', '24', '£60,877.40', 'Paid']),
        tr(['July 2026', '23', '£58,112.05', 'Paid']),
      ]),
    ]),
  ]);

  // 10. Settings › Integrations
  const remove = u.btnFrame('Remove connection', { fill: '#FFFFFF', color: '#B42318', stroke: '#FDA29B', h: 36, size: 14, radius: 6, name: 'Btn' });
  b.overlay(remove, 'removeConfirm');
  const integrations = screen('integrations', 'Settings / Integrations', { x: 1600, y: 2400 }, [
    sidebar('Settings'),
    b.col('Main', { x: 248, y: 0, w: 1192, pad: [32, 40], gap: 24 }, [
      b.text('Settings', { size: 28, weight: 700 }),
      b.row(b.auto('Frame'), { gap: 24 }, ['Organisation', 'Integrations', 'Users', 'Billing'].map((t) => b.text(t, { size: 14, weight: t === 'Integrations' ? 600 : 400, color: t === 'Integrations' ? T.primary : '#475467', hug: true }))),
      b.col('Table', { stroke: '#EAECF0', radius: 8 }, [
        b.row(b.auto('Frame'), { h: 44, pad: [0, 16], gap: 16, fill: '#F9FAFB' }, ['Software', 'Organisation', 'Connected', 'Last sync', 'Status', 'Actions'].map((c) => b.text(c, { size: 12, weight: 600, color: '#475467', w: 150 }))),
        b.row(b.auto('Frame'), { h: 64, pad: [0, 16], gap: 16 }, [
          b.row(b.auto('Frame'), { w: 150, gap: 8 }, [u.logo('image', 'a1x0e5r0', 24), b.text('Xero', { size: 14, weight: 600, hug: true })]),
          b.text('Northwind Ltd', { size: 14, w: 150 }), b.text('3 Sep 2026', { size: 14, w: 150 }), b.text('Today, 09:12', { size: 14, w: 150 }),
          b.row(b.auto('Frame'), { w: 150 }, [u.badge('Active', '#027A48', '#ECFDF3')]),
          remove,
        ]),
      ]),
    ]),
  ]);

  // 11. Remove confirm
  const rYes = u.btnFrame('Remove', { fill: '#D92D20', w: 180, h: 44, radius: 6 });
  b.close(rYes);
  const rNo = u.btnInstance('Cancel', 'cmp.btnGhost', { w: 180, h: 44, fill: '#FFFFFF', stroke: '#D0D5DD', color: '#344054', radius: 6 });
  b.close(rNo);
  const removeConfirm = b.col('Modal/Remove', { id: b.fid('removeConfirm'), x: 3200, y: 2600, w: 440, pad: 28, gap: 16, fill: '#FFFFFF', radius: 12 }, [
    b.text('Remove connection?', { size: 20, weight: 700 }),
    b.text('Payline will stop posting journals to Xero. Access will be revoked.', { size: 14, color: '#475467' }),
    b.row(b.auto('Frame'), { gap: 12, justify: 'MAX' }, [rNo, rYes]),
  ]);
  removeConfirm.overlayPositionType = 'CENTER';

  // 12. Invite accountant (overlay from connect)
  const send = u.btnInstance('Send invite', 'cmp.btnLg', { w: 392, h: 44, radius: 6 });
  b.close(send);
  const inviteFrame = b.col('Modal/Invite', { id: b.fid('invite'), x: 8000, y: 900, w: 440, pad: 24, gap: 16, fill: '#FFFFFF', radius: 12 }, [
    b.text('Invite your accountant', { size: 20, weight: 700 }),
    b.text('They can finish this step for you.', { size: 14, color: '#475467' }),
    field('Email', 'accountant@firm.co.uk'),
    send,
  ]);
  inviteFrame.overlayPositionType = 'CENTER';

  const flowPage = {
    id: '21:0', name: 'Flow — onboarding',
    children: [
      b.section('Sign-up', { x: -100, y: -100, w: 3340, h: 2424 }, [
        Object.assign(signup, { _x: 100, _y: 100 }), Object.assign(pricingFrame, { _x: 100, _y: 1300 }), Object.assign(verify, { _x: 1700, _y: 100 }),
      ]),
      org, schedule, connect, authorise, inviteFrame, xeroLogin, done,
      b.section('App', { x: -100, y: 2300, w: 3840, h: 1224, fill: '#EEF4FF' }, [
        Object.assign(dashboard, { _x: 100, _y: 100 }), Object.assign(integrations, { _x: 1700, _y: 100 }), Object.assign(removeConfirm, { _x: 3300, _y: 300 }),
      ]),
    ],
    flowStartingPoints: [{ nodeId: b.fid('signup'), name: 'Onboarding (desktop)' }],
    device: { type: 'PRESET', size: { width: 1440, height: 1024 }, presetIdentifier: 'MACBOOK_PRO_14', rotation: 'NONE' },
  };

  // ---------------- Cover + archive ----------------
  b.setPrefix(2);
  const cover = {
    id: '0:1', name: 'Cover',
    children: [b.frame('Thumbnail', { x: 0, y: 0, w: 1600, h: 960, fill: '#ECFDF3', layout: 'V', pad: 100, gap: 20 }, [
      b.text('Payline', { size: 80, weight: 800, color: '#0B3B32' }),
      b.text('Onboarding · accounting integration · v2.4', { size: 36, color: '#0E7C66' }),
    ])],
  };
  b.setPrefix(40);
  const archive = {
    id: '40:0', name: '🗄 Archive',
    children: [
      b.frame('Sign up (2025)', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
        b.col(b.auto('Frame'), { x: 500, y: 200, w: 440, gap: 16 }, [b.text('Sign up to Payline', { size: 28, weight: 700 }), field('Email', 'Email'), field('Password', 'Password'), u.btnFrame('Sign up', { w: 440, h: 48 })]),
      ]),
      b.frame('Verify (2025)', { x: 1600, y: 0, w: W, h: H, fill: '#FFFFFF' }, [
        b.col(b.auto('Frame'), { x: 500, y: 200, w: 440, gap: 16 }, [b.text('Verify your email', { size: 28, weight: 700 }), b.text('We sent a link to your inbox.', { size: 16 })]),
      ]),
    ],
  };

  const file = finish(b, { name: 'Payline — Onboarding (desktop)', pages: [cover, flowPage, comps, archive] });
  const f = (k) => b.fid(k);
  const truth = {
    file: 'h02-payroll-desktop.json',
    kind: 'onboarding',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'UK payroll product ("Payline"), desktop 1440x1024 frames, terse copy with British spelling. Sign-up (terms checkbox, hidden testimonial) → verify email code → organisation details → pay schedule → "Connect accounting software" screen, so the connect prompt is 4 prototype steps from sign-up (three of those links use the old transitionNodeID form). The connect screen has a 5-step stepper, a "Find your software" search and four image-logo cards with full product names (Xero, QuickBooks Online, Sage Business Cloud Accounting, FreeAgent), "Invite your accountant · Save and exit", links to connection guides, integration FAQs and a mutual NDA, and phone/email/live-chat help; a hidden "Powered by" row. An authorise modal explains the redirect to Xero and lists what is read and written; a mock Xero consent screen, a "Xero connected" screen, a pay-runs dashboard and Settings › Integrations (software, connected date, last sync, Remove connection + confirm) follow. A Pricing screen reached from sign-up is a dead end.',
    present: [
      'funnel.cta-visible', 'value.faq-link', 'value.progress-meter',
      'privacy.data-scope', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
      'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'platform.non-linear',
      'connection.view-live', 'connection.delete',
    ],
    absent: [
      'funnel.greeting-email', 'funnel.three-actions', 'funnel.social-proof', 'funnel.prefill',
      'value.three-part', 'value.contextual-ctas',
      'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by',
      'platform.alternatives',
      'connection.refresh', 'connection.syncing-indicator',
    ],
    notes: {
      'funnel.three-actions': 'Sign up → Verify email → Organisation → Pay schedule → Accounting: 4 steps (three via transitionNodeID).',
      'funnel.social-proof': 'The only testimonial ("Quote" frame on the sign-up screen) is hidden.',
      'privacy.powered-by': 'The "Powered by" row on the connect screen is hidden.',
      'privacy.consent-action': 'The only checkbox is "I agree to the Terms and Privacy Policy" at sign-up; nothing asks for consent to share accounting data before connecting.',
      'value.three-part': 'Terse: a heading, a search and cards; no statement of the benefit or of how the data will be used near the CTA (the read/write list only appears later in the authorise modal).',
      'value.progress-meter': 'Wizard stepper with "Step 4 of 5" and a progress bar on the connect screen.',
      'privacy.data-scope': 'Authorise modal: "Payline will read: chart of accounts, tracking categories, employees" / "will write: payroll journals".',
      'privacy.disconnect-anytime': 'Removal is only possible in settings; no copy tells the user up front that they can disconnect later.',
      'funnel.prefill': 'Organisation fields are blank placeholders entered before connecting; nothing is shown prefilled from Xero.',
      'platform.alternatives': 'No upload or other path for a user whose software is not listed.',
      'connection.refresh': 'Integrations table shows "Last sync" but has no sync-now / refresh control.',
      'platform.grouped-categories': 'Unlabelled: only one integration type (accounting), so grouping does not apply.',
      'platform.multiple-connections': 'Unlabelled: a single connection with an "Active" / "Xero connected" status, but no add-another control.',
    },
    flow: { startFrameId: f('signup'), connectFrameId: f('connect'), stepsToConnect: 4, deadEnds: [f('pricing')] },
  };
  return { file, truth };
}

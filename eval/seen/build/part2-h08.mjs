// h08 — Thrive at Work: workplace-wellness benefits for small employers (mobile 375x812).
// Mixed domain: payroll connection (Gusto, ADP Workforce Now…) for the admin, Apple Health for employees.
// The flow page uses the older CANVAS.prototypeStartNodeID (no flowStartingPoints).
import { Builder, btnInst, btnFrame, btnGroup, linkText } from './part2-lib.mjs';

export default function build() {
  const b = new Builder(808);
  b.font = 'Nunito Sans';
  const INK = '#1B1F3B', MUTED = '#6B7094', LINE = '#E6E8F2', BRAND = '#7C3AED', SOFT = '#F5F3FF', BG = '#FAFAFD', RED = '#E11D48', GREEN = '#059669';
  b.textColor = INK;
  const NBSP = '\u00A0', ZWSP = '\u200B';

  // ---------------------------------------------------------- components
  b.page(5);
  const cBtn = b.C({ name: 'Size=L, Kind=Filled', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 327, h: 52, fill: BRAND, radius: 14 }, [b.T('Action', { size: 16, weight: 700, color: '#FFFFFF' })]);
  const cBtn2 = b.C({ name: 'Size=L, Kind=Ghost', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 327, h: 52, radius: 14 }, [b.T('Action', { size: 16, weight: 700, color: BRAND })]);
  const setBtn = b.componentSet('action', [cBtn, cBtn2]);
  const cCard = b.C({ name: 'provider card', layout: 'H', gap: 14, align: 'CENTER', pad: [14, 16], w: 327, radius: 14, fill: '#FFFFFF', stroke: LINE }, [b.R(40, 40, { radius: 10, fill: '#DDD' }), b.T('Provider', { size: 16, weight: 700 })]);
  b.registerComponent(cCard);
  const compKids = [b.at(setBtn, 0, 0), b.at(cCard, 0, 160)];

  // ---------------------------------------------------------- helpers
  const statusBar = (dark) => b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [14, 24], w: 375, h: 44 }, [b.T('9:41', { size: 15, weight: 700, color: dark ? '#FFFFFF' : INK }), b.V(66, 12, { fill: dark ? '#FFFFFF' : INK })]);
  const screen = (id, name, kids, o = {}) => b.F({ id, name, w: 375, h: 812, fill: o.fill || '#FFFFFF', clip: true }, [
    b.at(statusBar(), 0, 0),
    b.at(b.F({ layout: 'V', gap: o.gap ?? 18, pad: [12, 24, 24, 24], w: 375 }, kids), 0, 44),
    ...(o.abs || []),
  ]);
  const input = (label, value, o = {}) => b.F({ layout: 'V', gap: 6, stretch: true }, [
    b.T(label, { size: 13, weight: 700, color: MUTED }),
    b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [0, 14], h: 48, radius: 12, stroke: '#D4D7E5', fill: '#FFFFFF', stretch: true }, [
      b.T(value, { size: 15, color: o.placeholder ? '#A3A7C2' : INK }),
      o.tag ? b.T(o.tag, { size: 11, weight: 700, color: BRAND }) : null,
    ]),
  ]);
  const logo = (n) => b.R(40, 40, { radius: 10, image: 'payroll-' + n, name: b.auto('Rectangle') });
  const filled = (label, o = {}) => btnInst(b, cBtn.id, label, { fill: BRAND, w: 327, h: 52, radius: 14, size: 16, ...o });

  // ---------------------------------------------------------- flow page
  b.page(30);
  const S = {}; for (const k of ['signup', 'basics', 'why', 'payroll', 'redirect', 'invite', 'upload', 'connected', 'dash', 'settings', 'remove', 'health', 'empHome']) S[k] = b.reserve();

  // Sign up
  const create = btnFrame(b, 'Create account', { fill: BRAND, w: 327, h: 52, radius: 14, size: 16 });
  b.go(create, S.basics);
  const signup = screen(S.signup, 'Sign up', [
    b.V(40, 40, { fill: BRAND, name: 'logo' }),
    b.T('Wellness benefits your team will actually use', { size: 26, weight: 800, w: 327 }),
    b.T('Set up Thrive for your company in a few minutes.', { size: 15, color: MUTED, w: 327 }),
    input('Work email', 'dana@peakroasters.com'),
    input('Company name', 'Peak Roasters'),
    input('Password', '••••••••'),
    create,
    b.T('By creating an account you accept the Terms of Service and Privacy Notice.', { size: 12, color: MUTED, w: 327 }),
  ]);

  // Company basics
  const why = linkText(b, 'Why we ask', { size: 13, color: BRAND });
  b.go(why, S.why);
  const cont = filled('Continue', { name: 'cta/primary' });
  b.go(cont, S.payroll, 'NAVIGATE', { type: 'PUSH', direction: 'LEFT', easing: { type: 'EASE_IN_AND_OUT' }, duration: 0.3 });
  const chip = (t, on) => b.F({ layout: 'H', pad: [10, 16], radius: 99, fill: on ? SOFT : '#FFFFFF', stroke: on ? BRAND : LINE }, [b.T(t, { size: 14, weight: 700, color: on ? BRAND : INK })]);
  const basics = screen(S.basics, 'Company basics', [
    b.T('About your company', { size: 26, weight: 800 }),
    b.T('How many employees?', { size: 14, weight: 700 }),
    b.F({ layout: 'H', gap: 8 }, [chip('1–10', false), chip('11–50', true), chip('51–200', false)]),
    input('Where are you based?', 'Colorado  ⌄'),
    input('Benefits budget per person / month', '$40'),
    why,
    cont,
  ]);

  // Why we ask (BACK only → dead end by definition)
  const whyBack = b.T('‹ Back', { size: 15, weight: 700, color: BRAND });
  b.back(whyBack);
  const whyScreen = screen(S.why, 'Why we ask', [
    whyBack,
    b.T('Why we ask', { size: 24, weight: 800 }),
    b.T('Team size and location decide which wellness partners and tax rules apply to your plan. We don’t share this with anyone.', { size: 15, color: MUTED, w: 327 }),
  ]);

  // Connect payroll (connect prompt)
  const mainCta = btnGroup(b, `Connect${NBSP}payroll`, { w: 327, h: 52, fill: BRAND, radius: 14, shape: 'rect', name: b.auto('Group') });
  b.overlay(mainCta, S.redirect);
  const prov = (n, sel) => {
    const c = b.I(cCard.id, { layout: 'H', gap: 14, align: 'CENTER', pad: [14, 16], w: 327, radius: 14, fill: sel ? SOFT : '#FFFFFF', stroke: sel ? BRAND : LINE, name: sel ? 'provider card' : b.auto('Frame') }, [
      logo(n), b.T(n, { size: 16, weight: 700, w: 200 }), b.E(20, 20, { stroke: sel ? BRAND : '#C5C8DA', strokeWeight: sel ? 6 : 2 }),
    ]);
    return c;
  };
  const cards = ['Gusto', 'ADP Workforce Now', 'Paychex Flex', 'Rippling'].map((n, i) => prov(n, i === 0));
  b.overlay(cards[0], S.redirect); b.overlay(cards[1], S.redirect);
  const sheetLink = linkText(b, 'Don’t use payroll software? Add employees with a spreadsheet', { size: 13, color: BRAND, w: 327 });
  b.go(sheetLink, S.upload);
  const inviteLink = linkText(b, 'Not the payroll admin? Invite them to connect', { size: 13, color: BRAND });
  b.overlay(inviteLink, S.invite);
  const faq = linkText(b, 'Want to know more? Read our payroll FAQ', { size: 13, color: BRAND });
  b.url(faq, 'https://help.thriveatwork.example/payroll-faq');
  const payroll = screen(S.payroll, 'Connect payroll', [
    b.T('Connect payroll', { size: 26, weight: 800 }),
    b.T('Add your whole team in one go — new starters get their benefits automatically.', { size: 15, w: 327 }),
    b.T('We import names, work emails and start dates from your payroll provider. We never see salaries or bank details.', { size: 13, color: MUTED, w: 327 }),
    b.F({ layout: 'V', gap: 10 }, cards),
    mainCta,
    b.T('🔒 Secured with 256-bit encryption. Never sold, never shared without your consent.', { size: 12, color: MUTED, w: 327 }),
    faq, inviteLink, sheetLink,
  ], { gap: 14 });

  // Redirect sheet with consent (overlay)
  const agree = b.V(20, 20, { stroke: '#A3A7C2', strokeWeight: 1.5, name: 'Vector' });
  const dpt = linkText(b, 'Data Processing Terms', { size: 13, color: BRAND });
  b.url(dpt, 'https://thriveatwork.example/dpa');
  const toGusto = filled(`Continue to Gusto${ZWSP}`);
  b.go(toGusto, S.connected);
  const notNow = b.T('Cancel', { size: 15, weight: 700, color: MUTED });
  b.close(notNow);
  const redirect = b.F({ id: S.redirect, name: 'Sheet / redirect', w: 375, h: 470, fill: '#FFFFFF', radius: 24, layout: 'V', gap: 14, pad: [28, 24, 34, 24] }, [
    b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [logo('Gusto'), b.V(24, 10, { fill: MUTED }), b.V(40, 40, { fill: BRAND })]),
    b.T('You’ll be taken to Gusto', { size: 22, weight: 800 }),
    b.T('Log in to Gusto and approve access. We’ll bring you straight back to Thrive.', { size: 14, color: MUTED, w: 327 }),
    b.T('You can disconnect payroll at any time in Settings.', { size: 13, color: MUTED, w: 327 }),
    b.F({ layout: 'H', gap: 10 }, [agree, b.F({ layout: 'V', gap: 2 }, [b.T('I agree to Thrive’s', { size: 13 }), dpt])]),
    toGusto,
    b.F({ layout: 'H', justify: 'CENTER', stretch: true }, [notNow]),
  ]);

  // Invite admin (overlay)
  const send = filled('Send invite');
  b.close(send);
  const invite = b.F({ id: S.invite, name: 'Sheet / invite', w: 375, h: 340, fill: '#FFFFFF', radius: 24, layout: 'V', gap: 14, pad: [28, 24, 34, 24] }, [
    b.T('Invite your payroll admin', { size: 22, weight: 800 }),
    b.T('We’ll email them a secure link to connect payroll. You can carry on setting up.', { size: 14, color: MUTED, w: 327 }),
    input('Their work email', 'admin@peakroasters.com', { placeholder: true }),
    send,
  ]);

  // Spreadsheet upload
  const upCont = btnFrame(b, 'Continue', { fill: BRAND, w: 327, h: 52, radius: 14, size: 16 });
  b.go(upCont, S.dash);
  const upBack = b.V(24, 24, { fill: INK, name: 'chevron-left' });
  b.back(upBack);
  const upload = screen(S.upload, 'Upload team', [
    upBack,
    b.T('Upload your team', { size: 26, weight: 800 }),
    b.F({ layout: 'V', gap: 8, align: 'CENTER', justify: 'CENTER', w: 327, h: 180, radius: 16, stroke: '#C5C8DA', dash: true, fill: BG }, [b.V(32, 32, { fill: MUTED }), b.T('Drop a .csv or .xlsx file', { size: 15, weight: 700 }), b.T('or browse', { size: 13, color: BRAND })]),
    linkText(b, 'Download the template', { size: 13, color: BRAND }),
    upCont,
  ]);

  // Connected + prefilled details
  const ok = filled('Looks right');
  b.go(ok, S.dash);
  const connected = screen(S.connected, 'Payroll connected', [
    b.F({ layout: 'H', gap: 10, align: 'CENTER' }, [logo('Gusto'), b.T('Gusto connected ✓', { size: 20, weight: 800, color: GREEN })]),
    b.T('We found 14 employees. Check the details we pulled in:', { size: 14, color: MUTED, w: 327 }),
    input('Legal name', 'Peak Roasters LLC', { tag: 'Gusto' }),
    input('EIN', '46-3018845', { tag: 'Gusto' }),
    input('HQ address', '2210 Larimer St, Denver, CO 80205', { tag: 'Gusto' }),
    input('Benefits contact', 'Dana Whitfield', { tag: 'Gusto' }),
    ok,
  ], { gap: 14 });

  // Admin dashboard
  const tab = (t, on) => b.F({ layout: 'V', gap: 4, align: 'CENTER', name: t }, [b.V(24, 24, { fill: on ? BRAND : '#A3A7C2' }), b.T(t, { size: 11, weight: 700, color: on ? BRAND : '#A3A7C2' })]);
  const tabs = (active) => b.F({ layout: 'H', justify: 'SPACE_BETWEEN', pad: [10, 28, 30, 28], w: 375, h: 84, fill: '#FFFFFF', stroke: LINE, name: 'tabbar' }, ['Home', 'People', 'Rewards', 'Settings'].map((t) => tab(t, t === active)));
  const dTabs = tabs('Home');
  b.go(dTabs.children[3], S.settings);
  const ctx = btnFrame(b, 'Connect payroll', { fill: BRAND, w: 160, h: 40, radius: 12 });
  b.go(ctx, S.payroll);
  const stat = (l, v) => b.F({ layout: 'V', gap: 4, pad: 16, w: 155, radius: 14, fill: '#FFFFFF', stroke: LINE }, [b.T(l, { size: 12, color: MUTED }), b.T(v, { size: 22, weight: 800 })]);
  const dash = screen(S.dash, 'Admin home', [
    b.T('Good morning, Dana', { size: 24, weight: 800 }),
    b.F({ layout: 'H', gap: 16 }, [stat('Enrolled', '9 / 14'), stat('Points this month', '12,480')]),
    b.F({ layout: 'V', gap: 10, pad: 16, w: 327, radius: 14, fill: '#FFFFFF', stroke: LINE }, [
      b.T('Participation by week', { size: 15, weight: 800 }),
      b.F({ layout: 'H', gap: 14, align: 'MAX', h: 90 }, [30, 52, 44, 70, 66, 80].map((h) => b.R(28, h, { radius: 6, fill: '#DDD6FE' }))),
    ]),
    b.F({ layout: 'V', gap: 10, pad: 16, w: 327, radius: 14, fill: SOFT }, [
      b.T('Benefit deductions', { size: 15, weight: 800 }),
      b.T('Connect payroll to push benefit deductions to payslips automatically.', { size: 13, color: MUTED, w: 295 }),
      ctx,
    ]),
  ], { fill: BG, abs: [b.at(dTabs, 0, 728)] });

  // Settings › Integrations
  const sTabs = tabs('Settings');
  b.go(sTabs.children[0], S.dash);
  const rm = b.T('Remove connection', { size: 14, weight: 700, color: RED });
  b.overlay(rm, S.remove);
  const settings = screen(S.settings, 'Settings', [
    b.T('Settings', { size: 26, weight: 800 }),
    b.T('Integrations', { size: 18, weight: 800 }),
    b.F({ layout: 'V', gap: 8, pad: 16, w: 327, radius: 14, fill: '#FFFFFF', stroke: LINE }, [
      b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [logo('Gusto'), b.F({ layout: 'V', gap: 2 }, [b.T('Gusto', { size: 16, weight: 800 }), b.T('Payroll · 14 employees', { size: 12, color: MUTED })])]),
      b.T('Connected 3 Oct 2026 · Last sync today, 06:00', { size: 13, color: MUTED }),
      rm,
    ]),
    b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: 16, w: 327, radius: 14, fill: '#FFFFFF', stroke: LINE }, [
      b.F({ layout: 'V', gap: 2 }, [b.T('Apple Health (employee app)', { size: 15, weight: 700 }), b.T('Employees choose to turn this on', { size: 12, color: MUTED })]),
      b.F({ w: 44, h: 26, radius: 13, fill: GREEN, name: 'toggle' }, [b.at(b.E(22, 22, { fill: '#FFFFFF' }), 20, 2)]),
    ]),
    b.T('Company', { size: 18, weight: 800 }),
    b.T('Peak Roasters LLC · Plan: Team', { size: 14 }),
    b.T('Deactivate company account', { size: 14, weight: 700, color: RED }),
  ], { fill: BG, abs: [b.at(sTabs, 0, 728)] });

  // Remove dialog (overlay)
  const keep = b.T('Keep', { size: 15, weight: 700, color: INK });
  b.close(keep);
  const rmGo = btnFrame(b, 'Remove', { fill: RED, w: 120, h: 44, radius: 12 });
  b.go(rmGo, S.settings);
  const remove = b.F({ id: S.remove, name: 'Dialog', w: 320, h: 220, fill: '#FFFFFF', radius: 20, layout: 'V', gap: 12, pad: 24 }, [
    b.T('Remove Gusto connection?', { size: 18, weight: 800 }),
    b.T('Thrive will stop importing employee changes from Gusto.', { size: 14, color: MUTED, w: 272 }),
    b.F({ layout: 'H', gap: 16, justify: 'MAX', align: 'CENTER', stretch: true }, [keep, rmGo]),
  ]);

  // Employee app: Apple Health (plain text over vectors; no layer named button; no prototype links)
  const pill = b.V(311, 50, { fill: '#FF2D55', name: 'Vector' });
  const connectTxt = b.T('Connect', { size: 17, weight: 700, color: '#FFFFFF', align: 'CENTER' });
  const grp = b.G({}, [pill, b.at(connectTxt, Math.round((311 - connectTxt._w) / 2), 15)]);
  b.at(pill, 0, 0);
  const health = b.F({ id: S.health, name: 'Employee — health', w: 375, h: 812, fill: '#FFFFFF', clip: true }, [
    b.at(statusBar(), 0, 0),
    b.at(b.F({ layout: 'V', gap: 16, pad: [24, 32], w: 375, align: 'CENTER' }, [
      b.V(72, 64, { fill: '#FF2D55', name: 'Vector' }),
      b.T('Connect with Apple Health', { size: 24, weight: 800, align: 'CENTER' }),
      b.T('Sync steps, sleep and workouts to earn wellness points. Your employer only sees team totals, never your health details.', { size: 15, color: MUTED, w: 311, align: 'CENTER' }),
      b.T('🔒 Encrypted and never shared with your employer.', { size: 13, color: MUTED }),
      b.F({ w: 311, h: 8 }, []),
      grp,
      b.T('Later', { size: 16, weight: 700, color: MUTED, align: 'CENTER' }),
      b.T('You can turn this off any time in Settings.', { size: 12, color: MUTED }),
    ]), 0, 120),
  ]);
  const empHome = b.F({ id: S.empHome, name: 'Employee — rewards', w: 375, h: 812, fill: BG, clip: true }, [
    b.at(statusBar(), 0, 0),
    b.at(b.F({ layout: 'V', gap: 14, pad: [12, 24], w: 375 }, [
      b.T('Hi Luis 👋', { size: 24, weight: 800 }),
      b.F({ layout: 'V', gap: 6, pad: 16, w: 327, radius: 14, fill: BRAND }, [b.T('1,240 points', { size: 28, weight: 800, color: '#FFFFFF' }), b.T('Redeem for gym passes, massages and more', { size: 13, color: '#EDE9FE' })]),
      b.T('This week', { size: 16, weight: 800 }),
      b.T('Team step challenge — 3rd of 5 teams', { size: 14 }),
      b.T('Mindful minutes — 40 / 60', { size: 14 }),
    ]), 0, 44),
  ]);

  const adminSec = b.SECTION({ name: 'Admin onboarding' }, [
    b.at(signup, 0, 0), b.at(basics, 475, 0), b.at(whyScreen, 475, 900), b.at(payroll, 950, 0), b.at(redirect, 1425, 0), b.at(invite, 1425, 560), b.at(upload, 950, 900),
    b.at(connected, 1900, 0), b.at(dash, 2375, 0), b.at(settings, 2850, 0), b.at(remove, 3325, 0),
  ]);
  const empSec = b.SECTION({ name: 'Employee app' }, [b.at(health, 0, 0), b.at(empHome, 475, 0)]);
  const flowKids = [b.at(adminSec, 0, 0), b.at(empSec, 0, 2000)];

  // ---------------------------------------------------------- cover / archive
  b.page(1);
  const cover = b.F({ name: 'Cover', w: 1600, h: 960, fill: SOFT }, [
    b.at(b.T('Thrive at Work', { size: 80, weight: 800, color: BRAND }), 100, 360),
    b.at(b.T('Employer onboarding + employee health sync · Q4', { size: 28, color: MUTED }), 100, 480),
  ]);
  b.page(90);
  const oldPayroll = b.F({ name: 'payroll v1', w: 375, h: 812, fill: '#FFFFFF' }, [
    b.at(b.T('Import employees', { size: 24, weight: 800 }), 24, 80),
    b.at(b.T('Gusto\nADP Workforce Now\nPaychex Flex', { size: 16, lh: 2.4 }), 24, 140),
  ]);
  const pages = [
    b.canvas('0:1', 'Cover', [b.at(cover, 0, 0)]),
    b.canvas('0:2', 'Prototype', flowKids, { prototypeStart: S.signup }),
    b.canvas('0:3', 'Components', compKids),
    b.canvas('0:4', 'Archive', [b.at(oldPayroll, 0, 0)]),
  ];
  const file = b.file('Thrive at Work — employer onboarding', pages);

  const truth = {
    file: 'h08-health-data-mobile.json',
    kind: 'onboarding',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'Thrive at Work, a workplace-wellness benefits app for small employers, mobile 375x812, mixed domain. The prototype page (start set with CANVAS.prototypeStartNodeID, no flowStartingPoints) holds two SECTIONs. Admin: sign-up → company basics ("Why we ask" opens a screen whose only action is BACK) → "Connect payroll" screen (value line, data-use line naming imported fields, provider cards for Gusto, ADP Workforce Now, Paychex Flex and Rippling, one main CTA built as text over a rectangle in a group, encryption/consent copy, FAQ link, invite-the-admin link and a spreadsheet alternative) → redirect sheet ("You’ll be taken to Gusto…", a 20x20 vector checkbox + Data Processing Terms link, "disconnect payroll at any time") → "Gusto connected ✓" with company details prefilled from Gusto → admin home with an in-feature "Connect payroll" card → Settings › Integrations (connected date, last sync, "Remove connection" with a dialog; look-alike "Deactivate company account"). Employee app section: "Connect with Apple Health" where "Connect" and "Later" are plain text over vector shapes with no prototype links, plus a rewards screen. No social proof, figures, support contacts, powered-by mark, search, refresh or syncing state.',
    present: [
      'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
      'value.three-part', 'value.contextual-ctas', 'value.faq-link',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
      'platform.explain-redirect', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear',
      'connection.view-live', 'connection.delete',
    ],
    absent: [
      'funnel.greeting-email', 'funnel.social-proof', 'value.progress-meter',
      'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
      'platform.search', 'connection.refresh', 'connection.syncing-indicator',
    ],
    notes: {
      'funnel.three-actions': 'Sign up → Company basics → Connect payroll: 2 prototype steps. The Apple Health screen has no incoming or outgoing links and does not affect the flow.',
      'value.three-part': 'Value ("whole team in one go…"), data use ("We import names, work emails and start dates…") and one main "Connect payroll" CTA (text over a rectangle in a GROUP, with a no-break space).',
      'privacy.consent-action': '20x20 VECTOR checkbox beside "I agree to Thrive’s" + underlined "Data Processing Terms" link on the redirect sheet.',
      'platform.non-linear': '"Not the payroll admin? Invite them to connect" (overlay) on the connect screen, and "Later" on the Apple Health screen.',
      'platform.alternatives': '"Don’t use payroll software? Add employees with a spreadsheet" leading to an upload screen.',
      'privacy.connection-guide': 'Unlabelled: only an FAQ link; no dedicated how-to-connect guide, but the checklist lets FAQs count toward this item.',
      'platform.grouped-categories': 'Unlabelled: payroll and health data are on separate screens/apps; there is no single multi-type picker to group.',
      'platform.multiple-connections': 'Unlabelled: "Gusto connected ✓" status is shown but there is no add-another or pending state.',
      'connection.view-live': 'Settings › Integrations: "Gusto", "Connected 3 Oct 2026 · Last sync today, 06:00", "14 employees".',
      'connection.refresh': 'No sync-now / refresh control anywhere.',
    },
    flow: { startFrameId: S.signup, connectFrameId: S.payroll, stepsToConnect: 2, deadEnds: [S.why] },
  };
  return { slug: 'h08-health-data-mobile', file, truth };
}

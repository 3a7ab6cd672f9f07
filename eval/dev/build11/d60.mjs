import { begin, setPrefix, setFont, g, solid, image, frame, rect, vector, ellipse, text, group, section, vstack, hstack, component, componentSet, instance, link, act, button, field, checkbox, logo, line, hide, statusBar, canvas, documentOf } from './lib.mjs';
import { truthOf } from './truth.mjs';

export const NAME = 'd60-hotel-revenue-insights-tablet';

export function build() {
  begin(6003, 2);
  setFont('Inter');
  const W = 834;
  const H = 1194;
  const navy = '#1B2A4A';
  const coral = '#E4572E';
  const muted = '#5D6B82';

  setPrefix(5);
  const primary = component('Button/Primary', 320, 56, { fills: solid(coral), cornerRadius: 28 }, [text('Label', 130, 17, 60, { size: 16, weight: 600, color: '#FFFFFF' })]);
  const secondary = component('Button/Secondary', 320, 56, { fills: [], strokes: solid(navy), cornerRadius: 28 }, [text('Label', 130, 17, 60, { size: 16, weight: 600, color: navy })]);
  const set = componentSet('Button', 40, 40, [primary, secondary]);
  const tileC = component('Property 1=Default', 236, 96, { fills: solid('#FFFFFF'), strokes: solid('#D8DEE9'), cornerRadius: 12 }, [text('System', 70, 36, 150, { size: 15 })]);
  const tileSel = component('Property 1=Selected', 236, 96, { fills: solid('#FFF4F0'), strokes: solid(coral), cornerRadius: 12 }, [text('System', 70, 36, 150, { size: 15 })]);
  const tileSet = componentSet('System tile', 460, 40, [tileC, tileSel]);
  const compPage = canvas('Components', [set, tileSet], { prefix: 5 });

  setPrefix(8);
  const screen = (name, kids, bg = '#FFFFFF') => frame(name, 0, 0, W, H, { fills: solid(bg) }, [statusBar(W), ...kids]);
  const dots = (active) => hstack('Stepper', 277, 70, 280, { gap: 12 }, ['Your hotel', 'Systems', 'Check'].map((s, i) => vstack(g('Frame'), 0, 0, 84, { gap: 6 }, [rect(g('Rectangle'), 0, 0, 84, 4, { fills: solid(i <= active ? coral : '#D8DEE9'), cornerRadius: 2 }), text(s, 0, 0, 84, { size: 11, color: muted, align: 'CENTER' })])));

  // T1 sign up
  const t1Go = button('inst', 'Start free trial', 0, 0, 480, 56, { comp: primary, bg: coral, radius: 28 });
  const t1 = screen('Sign up', [
    vector('Vector', 60, 80, 40, 40, { fills: solid(coral) }),
    text('Occupa', 110, 86, 200, { size: 22, weight: 700, color: navy }),
    rect('hero', 0, 150, W, 380, { fills: image('7d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796') }),
    vstack('Auto layout', 177, 580, 480, { gap: 18 }, [
      text('Know tonight’s numbers before the morning meeting', 0, 0, 480, { size: 28, weight: 700, color: navy }),
      field('Work email', 'name@yourhotel.com', 0, 0, 480, { radius: 10, h: 48 }),
      field('Password', 'Choose a password', 0, 0, 480, { radius: 10, h: 48 }),
      t1Go,
      text('14 days free. No card needed.', 0, 0, 480, { size: 13, color: muted, align: 'CENTER' }),
    ]),
    hide(text('Trusted by 3,000 independent hotels', 177, 1100, 480, { size: 13, color: muted, align: 'CENTER' })),
  ]);

  // T2 wizard: your hotel
  const t2Go = button('frame', 'Next', 0, 0, 200, 52, { bg: coral, radius: 26 });
  const t2 = screen('Wizard 1 – Your hotel', [
    dots(0),
    vstack('Auto layout', 117, 160, 600, { gap: 20 }, [
      text('Tell us about your hotel', 0, 0, 600, { size: 28, weight: 700, color: navy }),
      field('Hotel name', 'e.g. The Harbour View', 0, 0, 600, { radius: 10, h: 48 }),
      hstack('Auto layout', 0, 0, 600, { gap: 16 }, [field('Rooms', '0', 0, 0, 292, { radius: 10, h: 48 }), field('Currency', 'GBP £', 0, 0, 292, { radius: 10, h: 48, filled: true })]),
      hstack('Auto layout', 0, 0, 600, { gap: 12, pad: 16, fill: '#F4F6FA', radius: 12 }, [
        rect('toggle', 0, 0, 44, 24, { fills: solid('#D8DEE9'), cornerRadius: 12 }),
        text('Link adjoining rooms (sell interconnecting rooms as one family unit)', 0, 2, 500, { size: 14 }),
      ]),
      t2Go,
    ]),
  ]);

  // T3 wizard: systems (the connect step)
  const sysTile = (name, kind, ref, color, variant) => instance(variant || tileC, name.length > 12 ? 'System tile' : g('Frame'), 0, 0, 288, 80, { fills: solid(variant === tileSel ? '#FFF4F0' : '#FFFFFF'), strokes: solid(variant === tileSel ? coral : '#D8DEE9'), cornerRadius: 12 }, [logo(kind === 'image' ? g('Rectangle') : 'Vector', 16, 20, 40, 40, kind, ref, color), text(name, 68, 22, 210, { size: 15, weight: 500 })]);
  const mews = sysTile('Mews', 'image', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', null, tileSel);
  const t3Cta = button('inst', 'Connect property system', 0, 0, 600, 56, { comp: primary, bg: coral, radius: 28 });
  const sendColleague = button('link', 'Not the person with the PMS login? Send this step to a colleague', 0, 0, 600, { size: 14, color: coral, deco: 'UNDERLINE' });
  const caption = (icon, head, body) => vstack(g('Frame'), 0, 0, 190, { gap: 8 }, [vector('Vector', 0, 0, 32, 32, { fills: solid(icon) }), text(head, 0, 0, 190, { size: 15, weight: 600, color: navy }), text(body, 0, 0, 190, { size: 13, color: muted })]);
  const t3 = screen('Wizard 2 – Systems', [
    dots(1),
    vstack('Auto layout', 57, 130, 720, { gap: 22 }, [
      text('Plug in your systems', 0, 0, 720, { size: 28, weight: 700, color: navy }),
      rect('Illustration', 0, 0, 720, 200, { fills: image('5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d'), cornerRadius: 16 }),
      hstack('Captions', 0, 0, 720, { gap: 30 }, [
        caption('#F2A541', 'Your numbers, daily', 'Tomorrow’s RevPAR, ADR and pick-up waiting for you every morning, without exporting a single report.'),
        caption('#3C91E6', 'Read-only access', 'We read reservations, room rates and occupancy from your PMS, and costs from your accounting. Nothing is ever written back.'),
        caption(coral, 'Next: pick your PMS', 'Choose your property system below, then connect it. Accounting can follow later.'),
      ]),
      text('Property management system', 0, 0, 720, { size: 18, weight: 600, color: navy }),
      hstack('Auto layout', 0, 0, 720, { gap: 12 }, [mews, sysTile('Cloudbeds', 'vector', null, '#2F6DE1')]),
      hstack('Auto layout', 0, 0, 720, { gap: 12 }, [sysTile('Little Hotelier by SiteMinder', 'image', '1f2e3d4c5b6a79880796a5b4c3d2e1f0a9b8c7d6'), sysTile('Oracle OPERA Cloud', 'vector', null, '#C74634')]),
      text('Accounting', 0, 0, 720, { size: 18, weight: 600, color: navy }),
      hstack('Auto layout', 0, 0, 720, { gap: 12 }, [sysTile('Xero', 'image', 'b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8'), sysTile('QuickBooks Online', 'vector', null, '#2CA01C')]),
      sysTile('Sage Business Cloud Accounting', 'vector', null, '#00D639'),
      hstack('Auto layout', 0, 0, 720, { gap: 12 }, [checkbox('vector', 0, 0), text('I agree to Occupa reading my property and accounting data as described in the Privacy Notice', 0, 0, 660, { size: 14 })]),
      text('Encrypted end to end. We never pass guest or financial data to third parties, and you can unlink either system whenever you want from Settings.', 0, 0, 720, { size: 13, color: muted }),
      t3Cta,
      sendColleague,
      hstack('Auto layout', 0, 0, 720, { gap: 24 }, [
        text('Stuck? Call +44\u00a020 7946 0321 · help@occupa.io · Live chat', 0, 0, 480, { size: 13, color: muted }),
        group('Powered by', 0, 0, [text('Powered by', 0, 2, 80, { size: 12, color: muted }), vector('Vector', 86, 0, 18, 18, { fills: solid(navy) }), text('Conduit', 110, 0, 70, { size: 14, weight: 700, color: navy })]),
      ]),
    ]),
  ], '#FAFBFD');

  // T4 overlay: redirect
  const goMews = button('group', 'Continue to Mews', 0, 0, 260, 52, { bg: navy });
  const notNow = button('link', 'Not now', 0, 0, 80, { color: muted });
  const t4 = frame('Overlay – Opening Mews', 0, 0, 560, 420, { fills: solid('#FFFFFF'), cornerRadius: 20 }, [
    vstack('Auto layout', 40, 40, 480, { gap: 18 }, [
      hstack('Auto layout', 0, 0, 480, { gap: 14 }, [logo(g('Rectangle'), 0, 0, 48, 'image', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'), vector('arrow', 0, 18, 28, 12, { fills: solid('#A0AABB') }), vector('Vector', 0, 0, 48, 48, { fills: solid(coral) })]),
      text('Next stop: Mews', 0, 0, 480, { size: 24, weight: 700, color: navy }),
      text('You’ll be taken to Mews to sign in and approve read access for Occupa. As soon as you approve, Mews sends you straight back here to finish.', 0, 0, 480, { size: 15 }),
      hstack('Auto layout', 0, 0, 480, { gap: 24 }, [goMews, notNow]),
    ]),
  ]);

  // T5 prefilled check
  const t5Go = button('inst', 'Looks right', 0, 0, 320, 56, { comp: primary, bg: coral, radius: 28 });
  const t5 = screen('Wizard 3 – Check details', [
    dots(2),
    vstack('Auto layout', 117, 160, 600, { gap: 20 }, [
      text('We filled these in from Mews', 0, 0, 600, { size: 28, weight: 700, color: navy }),
      text('Check they look right — you can change anything later.', 0, 0, 600, { size: 15, color: muted }),
      field('Legal name', 'Harbour View Hotel Ltd', 0, 0, 600, { radius: 10, h: 48, filled: true }),
      field('VAT number', 'GB 293 8812 04', 0, 0, 600, { radius: 10, h: 48, filled: true }),
      field('Address', '12 Quay Street, Whitby YO21 3PR', 0, 0, 600, { radius: 10, h: 48, filled: true }),
      hstack('Auto layout', 0, 0, 600, { gap: 16 }, [field('Rooms', '42', 0, 0, 292, { radius: 10, h: 48, filled: true }), field('Room types', '6', 0, 0, 292, { radius: 10, h: 48, filled: true })]),
      t5Go,
    ]),
  ]);

  // App chrome
  const tabs = (active) => {
    const items = ['Overview', 'Reports', 'Settings'].map((t) => text(t, 0, 0, 120, { size: 15, weight: t === active ? 700 : 400, color: t === active ? coral : muted, align: 'CENTER' }));
    return { bar: hstack('Auto layout', 237, 60, 360, { gap: 0, pad: 8, fill: '#F4F6FA', radius: 20 }, items), items };
  };

  // T6 dashboard with contextual prompt
  const dTabs = tabs('Overview');
  const connectAcc = button('frame', 'Connect accounting', 0, 0, 220, 48, { bg: navy, radius: 24 });
  const bars = Array.from({ length: 14 }, (_, i) => rect(g('Rectangle'), 20 + i * 48, 240 - (60 + ((i * 37) % 120)), 28, 60 + ((i * 37) % 120), { fills: solid('#3C91E6'), cornerRadius: 4 }));
  const t6 = screen('Dashboard', [
    dTabs.bar,
    text('Harbour View · Tue 11 March', 40, 130, 600, { size: 14, color: muted }),
    hstack('Auto layout', 40, 160, 754, { gap: 14 }, ['Occupancy|86%', 'ADR|£142', 'RevPAR|£122'].map((k) => {
      const [a, b] = k.split('|');
      return vstack(g('Frame'), 0, 0, 242, { gap: 6, pad: 18, fill: '#F4F6FA', radius: 14 }, [text(a, 0, 0, 200, { size: 13, color: muted }), text(b, 0, 0, 200, { size: 28, weight: 700, color: navy })]);
    })),
    frame('Chart card', 40, 300, 754, 300, { fills: solid('#FFFFFF'), strokes: solid('#D8DEE9'), cornerRadius: 16 }, [text('Pick-up, next 14 nights', 20, 16, 400, { size: 16, weight: 600, color: navy }), group(g('Group'), 0, 40, bars)]),
    vstack('Chart card', 40, 630, 754, { gap: 14, pad: 28, fill: '#FFF4F0', radius: 16 }, [
      text('Profit per available room', 0, 0, 600, { size: 16, weight: 600, color: navy }),
      rect('empty chart', 0, 0, 698, 140, { fills: solid('#FBE3DA'), cornerRadius: 8 }),
      text('Connect your accounting software to fill this chart with your costs per room, week by week.', 0, 0, 640, { size: 14 }),
      connectAcc,
    ]),
  ]);

  // T8 accounting picker overlay
  const closeAcc = vector('close', 492, 30, 18, 18, { fills: solid(muted) });
  const xeroPick = sysTile('Xero', 'image', 'b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8');
  const t8 = frame('Overlay – Accounting', 0, 0, 540, 520, { fills: solid('#FFFFFF'), cornerRadius: 20 }, [
    vstack('Auto layout', 40, 40, 460, { gap: 14 }, [
      text('Which accounting software do you use?', 0, 0, 440, { size: 22, weight: 700, color: navy }),
      xeroPick,
      sysTile('QuickBooks Online', 'vector', null, '#2CA01C'),
      sysTile('Sage Business Cloud Accounting', 'vector', null, '#00D639'),
    ]),
    closeAcc,
  ]);

  // T9 reports
  const rTabs = tabs('Reports');
  const t9 = screen('Reports', [
    rTabs.bar,
    text('Reports', 40, 130, 400, { size: 28, weight: 700, color: navy }),
    vstack('Auto layout', 40, 190, 754, { gap: 12 }, ['Pace vs last year', 'Channel mix', 'Length of stay', 'Cancellations'].map((r) => hstack(g('Frame'), 0, 0, 754, { gap: 16, pad: 20, fill: '#F4F6FA', radius: 12 }, [vector('Vector', 0, 0, 28, 28, { fills: solid('#3C91E6') }), text(r, 0, 4, 600, { size: 16 })]))),
  ]);

  // T10 settings
  const sTabs = tabs('Settings');
  const t10 = screen('Settings', [
    sTabs.bar,
    text('Settings', 40, 130, 400, { size: 28, weight: 700, color: navy }),
    vstack('Auto layout', 40, 190, 754, { gap: 0, fill: '#FFFFFF', radius: 12, stroke: '#D8DEE9' }, ['Hotel profile', 'Users & roles', 'Notifications', 'Billing'].map((r) => hstack(g('Frame'), 0, 0, 754, { gap: 0, pad: 20 }, [text(r, 0, 0, 680, { size: 16 }), vector('chevron', 0, 2, 8, 14, { fills: solid(muted) })]))),
    line('Line 2', 40, 560, 754),
    text('Delete account', 40, 590, 300, { size: 16, weight: 600, color: '#C0392B' }),
    text('Removes your Occupa login and reports. This can’t be undone.', 40, 620, 600, { size: 13, color: muted }),
  ], '#FAFBFD');

  // T11 welcome email
  const mailCta = button('frame', 'Connect your PMS', 0, 0, 240, 48, { bg: coral, radius: 24 });
  const t11 = frame('Welcome email', 0, 0, 640, 900, { fills: solid('#FFFFFF') }, [
    frame('header', 0, 0, 640, 90, { fills: solid(navy) }, [text('Occupa', 40, 30, 200, { size: 22, weight: 700, color: '#FFFFFF' })]),
    vstack('Auto layout', 40, 130, 560, { gap: 20 }, [
      text('Welcome to Occupa 👋', 0, 0, 560, { size: 26, weight: 700, color: navy }),
      text('Three things and your morning numbers are sorted:', 0, 0, 560, { size: 15 }),
      vstack(g('Frame'), 0, 0, 560, { gap: 10 }, [
        hstack(g('Frame'), 0, 0, 560, { gap: 12 }, [group(g('Group'), 0, 0, [ellipse('Ellipse 2', 0, 0, 28, 28, { fills: solid('#F4F6FA') }), text('1', 4, 4, 20, { size: 14, weight: 700, align: 'CENTER' })]), text('Tell us about your hotel', 0, 4, 480, { size: 15 })]),
        hstack(g('Frame'), 0, 0, 560, { gap: 12 }, [group(g('Group'), 0, 0, [ellipse('Ellipse 3', 0, 0, 28, 28, { fills: solid(coral) }), text('2', 4, 4, 20, { size: 14, weight: 700, color: '#FFFFFF', align: 'CENTER' })]), text('Connect your PMS — this is the step that switches on your daily numbers', 0, 4, 480, { size: 15, weight: 600 })]),
        hstack(g('Frame'), 0, 0, 560, { gap: 12 }, [group(g('Group'), 0, 0, [ellipse('Ellipse 4', 0, 0, 28, 28, { fills: solid('#F4F6FA') }), text('3', 4, 4, 20, { size: 14, weight: 700, align: 'CENTER' })]), text('Invite your revenue manager', 0, 4, 480, { size: 15 })]),
      ]),
      mailCta,
      text('Questions? Just reply, or call us on +44 20 7946 0321.', 0, 0, 560, { size: 14, color: muted }),
    ]),
  ]);

  const place = (f, x, y) => {
    f._x = x;
    f._y = y;
    return f;
  };
  const secA = section('Wizard', 0, 0, 4 * 934 + 100, H + 200, [place(t1, 100, 100), place(t2, 1034, 100), place(t3, 1968, 100), place(t4, 2902, 100), place(t5, 3536, 100)]);
  const secB = section('App', 0, H + 400, 4 * 934 + 700, H + 200, [place(t6, 100, 100), place(t8, 1034, 100), place(t9, 1674, 100), place(t10, 2608, 100)]);
  place(t11, 0, 2 * H + 800);

  link(t1Go, t2);
  link(t2Go, t3);
  link(mews, t4, 'OVERLAY');
  link(t3Cta, t4, 'OVERLAY');
  act(sendColleague, 'URL', { url: 'mailto:?subject=Connect%20our%20PMS%20to%20Occupa' });
  link(goMews, t5);
  act(notNow, 'CLOSE');
  link(t5Go, t6);
  link(connectAcc, t8, 'OVERLAY');
  act(closeAcc, 'CLOSE');
  act(xeroPick, 'URL', { url: 'https://login.xero.com' });
  link(dTabs.items[1], t9);
  link(dTabs.items[2], t10);
  link(rTabs.items[0], t6);
  link(rTabs.items[2], t10);
  link(sTabs.items[0], t6);
  link(sTabs.items[1], t9);
  act(mailCta, 'URL', { url: 'https://app.occupa.io/setup/systems' });

  const flowPage = canvas('Onboarding – iPad', [secA, secB, t11], { prefix: 8 });
  setPrefix(1);
  const cover = canvas('📘 Cover', [frame('Cover', 0, 0, 1600, 1000, { fills: solid(navy) }, [text('Occupa · iPad onboarding', 100, 420, 1300, { size: 72, weight: 700, color: '#FFFFFF' }), text('v2.3 — in review', 100, 530, 600, { size: 28, color: '#F2A541' })])], { prefix: 1 });
  setPrefix(11);
  const archive = canvas('Archive', [frame('Systems – old', 0, 0, W, H, { fills: solid('#FFFFFF') }, [text('Connect Mews', 60, 200, 600, { size: 28, weight: 700 }), button('frame', 'Connect', 60, 280, 200, 52, { bg: coral })])], { prefix: 11 });

  const doc = documentOf({ name: 'Occupa — iPad onboarding', lastModified: '2025-03-11T08:05:44Z', version: '5710023398' }, [cover, flowPage, compPage, archive]);

  const P = (w) => ['P', w];
  const A = (w) => ['A', w];
  const truth = truthOf(`${NAME}.json`, 'onboarding',
    'iPad portrait (834x1194) onboarding for Occupa, revenue insights for small hotels. Sign-up, a three-step wizard whose second step connects a property-management system or accounting software (illustration with three captions, tiles grouped by category, consent tick box), a redirect overlay, a prefilled details step, a dashboard with a contextual accounting prompt, reports and settings, plus a welcome email. The prototype has no starting point set.',
    {
      'funnel.greeting-email': P('Welcome email: numbered 1-2-3 with "Connect your PMS" as step 2 and a "Connect your PMS" button.'),
      'funnel.three-actions': P('Sign-up → wizard step 1 → wizard step 2 (connect): 2 steps.'),
      'funnel.cta-visible': P('Connecting is the whole of wizard step 2 with a large main button; also a prompt on the dashboard.'),
      'funnel.social-proof': A('No testimonial, review or rating.'),
      'funnel.prefill': P('"We filled these in from Mews": legal name, VAT number, address, rooms shown filled.'),
      'value.three-part': P('Illustration with three captions: daily numbers (value), read-only reservations/rates/occupancy and costs (data use), pick your PMS (next step) above the main button.'),
      'value.contextual-ctas': P('Dashboard "Profit per available room" card: connect accounting to fill this chart.'),
      'value.faq-link': A('No FAQ or learn-more link.'),
      'privacy.data-scope': P('"We read reservations, room rates and occupancy from your PMS, and costs from your accounting. Nothing is ever written back."'),
      'privacy.trust-language': P('"Encrypted end to end. We never pass guest or financial data to third parties".'),
      'privacy.consent-action': P('Tick box beside "I agree to Occupa reading my property and accounting data as described in the Privacy Notice".'),
      'privacy.disconnect-anytime': P('"you can unlink either system whenever you want from Settings".'),
      'privacy.connection-guide': A('No guide or help article on connecting.'),
      'privacy.statistics': A('No figures; "Trusted by 3,000 independent hotels" is a hidden layer.'),
      'privacy.support-contacts': P('Phone, email and live chat on the connect step; phone in the email.'),
      'privacy.powered-by': P('"Powered by Conduit" mark on the connect step.'),
      'privacy.mutual-nda': A('No NDA.'),
      'platform.explain-redirect': P('Overlay: taken to Mews to sign in and approve access, then sent straight back.'),
      'platform.grouped-categories': P('"Property management system" and "Accounting" headings over the tiles.'),
      'platform.accurate-branding': P('Full names with logos: Little Hotelier by SiteMinder, Oracle OPERA Cloud, QuickBooks Online, Sage Business Cloud Accounting.'),
      'platform.search': A('No search over the systems.'),
      'platform.alternatives': A('No upload or other route when the PMS is not listed.'),
      'platform.non-linear': P('"Not the person with the PMS login? Send this step to a colleague"; accounting can follow later.'),
      'platform.multiple-connections': A('No add-another control and no connected/pending status anywhere.'),
      'connection.view-live': A('No list of connections; Settings has profile, users, notifications, billing only.'),
      'connection.delete': A('No disconnect control; "Delete account" removes the Occupa login.'),
      'connection.refresh': A('No refresh or sync-now control.'),
      'connection.syncing-indicator': A('No syncing state or spinner.'),
    },
    { startFrameId: t1.id, connectFrameId: t3.id, stepsToConnect: 2, deadEnds: [] });
  return { doc, truth, ctaFrames: [t3.id, t4.id, t6.id, t8.id, t11.id] };
}

import { begin, setPrefix, setFont, g, solid, frame, rect, vector, text, group, vstack, hstack, component, instance, act, oldLink, button, field, checkbox, search, line, hide, statusBar, homeIndicator, canvas, documentOf } from './lib.mjs';
import { truthOf } from './truth.mjs';

export const NAME = 'd59-cleaning-company-expenses-mobile';

export function build() {
  begin(5902, 2);
  setFont('SF Pro Text');
  const W = 375;
  const H = 812;
  const teal = '#0E9384';
  const muted = '#667085';

  setPrefix(4);
  const tabComp = component('Tab bar', W, 83, { fills: solid('#FFFFFF'), strokes: solid('#EAECF0') }, [text('Tabs', 20, 10, 100, { size: 10 })], 'Bottom navigation');
  const rowComp = component('List / Row', W, 56, { fills: solid('#FFFFFF') }, [text('Label', 16, 18, 200, { size: 16 })]);
  const compPage = canvas('Components', [frame('Library', 0, 0, 800, 400, { fills: solid('#FFFFFF') }, [tabComp, rowComp])], { prefix: 4 });
  rowComp._y = 120;

  setPrefix(9);
  const screen = (name, kids, bg = '#FFFFFF') => frame(name, 0, 0, W, H, { fills: solid(bg), clipsContent: true }, [statusBar(W), ...kids, homeIndicator(W, H)]);
  const header = (title, backable) => {
    const kids = [text(title, 56, 12, 263, { size: 17, weight: 600, align: 'CENTER' })];
    let back = null;
    if (backable) {
      back = vector('chevron-left', 16, 14, 12, 20, { fills: solid(teal) });
      kids.push(back);
    }
    return { bar: frame(g('Frame'), 0, 44, W, 48, {}, kids), back };
  };
  const tabbar = (active) => {
    const names = ['Home', 'Cards', 'Receipts', 'Settings'];
    const items = names.map((n, i) => group(g('Group'), 14 + i * 90, 8, [vector('Vector', 30, 0, 24, 24, { fills: solid(n === active ? teal : '#98A2B3') }), text(n, 0, 28, 84, { size: 10, weight: 500, color: n === active ? teal : '#98A2B3', align: 'CENTER' })]));
    const bar = instance(tabComp, 'Tab bar', 0, H - 83, W, 83, { fills: solid('#FFFFFF'), strokes: solid('#EAECF0') }, items);
    return { bar, items };
  };
  const cta = (label, y, kind = 'group') => button(kind, label, 16, y, W - 32, 50, { bg: teal, radius: 12, size: 17 });

  // M1 sign up
  const m1Go = cta('Continue', 560);
  const m1Terms = button('link', 'Terms', 16, 740, 60, { color: muted, size: 12, deco: 'UNDERLINE' });
  const m1 = screen('Sign up', [
    vector('Vector', 16, 120, 40, 40, { fills: solid(teal) }),
    text('Sweepcard', 64, 126, 200, { size: 22, weight: 700 }),
    text('Cards for your crew.\nReceipts sorted.', 16, 190, 343, { size: 28, weight: 700, lines: 2 }),
    field('Email', 'you@company.com', 16, 300, 343, { radius: 10, h: 48 }),
    field('Password', '8+ characters', 16, 390, 343, { radius: 10, h: 48 }),
    m1Go,
    text('Have an account? Log in', 16, 630, 343, { size: 14, color: muted, align: 'CENTER' }),
    m1Terms,
  ]);

  // M2 verify
  const m2Go = cta('Verify', 400, 'frame');
  const m2 = screen('Verify email', [
    header('', false).bar,
    text('Check your email', 16, 110, 343, { size: 24, weight: 700 }),
    text('Enter the 6-digit code we sent.', 16, 150, 343, { size: 15, color: muted }),
    hstack('Auto layout', 16, 200, 343, { gap: 9 }, Array.from({ length: 6 }, () => rect(g('Rectangle'), 0, 0, 49, 56, { fills: solid('#F2F4F7'), cornerRadius: 8 }))),
    text('Resend code', 16, 280, 343, { size: 14, color: teal }),
    m2Go,
  ]);

  // M3 company (blank)
  const m3Go = cta('Next', 680);
  const m3 = screen('Company', [
    header('', true).bar,
    rect(g('Rectangle'), 16, 96, 343, 4, { fills: solid('#EAECF0'), cornerRadius: 2 }),
    rect(g('Rectangle'), 16, 96, 172, 4, { fills: solid(teal), cornerRadius: 2 }),
    text('Your company', 16, 116, 343, { size: 24, weight: 700 }),
    vstack('Auto layout', 16, 170, 343, { gap: 16 }, [
      field('Business name', 'Acme Cleaning LLC', 0, 0, 343, { radius: 10, h: 48 }),
      field('EIN', 'XX-XXXXXXX', 0, 0, 343, { radius: 10, h: 48 }),
      field('Address', 'Street, city, state', 0, 0, 343, { radius: 10, h: 48 }),
      field('Crew size', '1–5', 0, 0, 343, { radius: 10, h: 48 }),
    ]),
    m3Go,
  ]);

  // M4 crew
  const m4Go = cta('Next', 680);
  const crew = ['Maria G.', 'Dwayne P.', 'Lupe R.'].map((n) => hstack(g('Frame'), 0, 0, 343, { gap: 12, pad: 12, fill: '#F9FAFB', radius: 10 }, [rect(g('Rectangle'), 0, 0, 36, 36, { fills: solid('#D1FADF'), cornerRadius: 18 }), text(n, 0, 8, 200, { size: 16 }), text('$200/wk', 0, 8, 70, { size: 14, color: muted })]));
  const m4 = screen('Crew', [
    header('', true).bar,
    rect(g('Rectangle'), 16, 96, 343, 4, { fills: solid(teal), cornerRadius: 2 }),
    text('Add your crew', 16, 116, 343, { size: 24, weight: 700 }),
    text('Each cleaner gets a card with a weekly limit.', 16, 152, 343, { size: 15, color: muted }),
    vstack('Auto layout', 16, 200, 343, { gap: 10 }, [...crew, text('+ Add cleaner', 0, 0, 200, { size: 15, weight: 600, color: teal })]),
    m4Go,
  ]);

  // M5 home
  const homeTabs = tabbar('Home');
  const cardTap = rect('Card', 16, 150, 343, 200, { fills: solid('#0B4F47'), cornerRadius: 16 });
  const m5 = screen('Home', [
    text('SparkLink Cleaning Co.', 16, 60, 280, { size: 13, color: muted }),
    text('Home', 16, 80, 200, { size: 28, weight: 700 }),
    cardTap,
    text('•••• 2210', 36, 300, 120, { size: 15, color: '#FFFFFF' }),
    text('$0.00 spent this week', 16, 370, 343, { size: 20, weight: 600 }),
    hstack('Auto layout', 16, 410, 343, { gap: 8, pad: 12, fill: '#F0FDF9', radius: 10 }, [text('Pro · $12/mo · cancel anytime', 0, 0, 300, { size: 13, color: teal })]),
    text('Recent', 16, 470, 343, { size: 17, weight: 600 }),
    vstack('Auto layout', 16, 500, 343, { gap: 0 }, ['Home Depot|$84.12', 'Shell|$41.00', 'Costco|$126.55'].map((r) => {
      const [a, b] = r.split('|');
      return hstack(g('Frame'), 0, 0, 343, { gap: 0, pad: 12 }, [text(a, 0, 0, 240, { size: 15 }), text(b, 0, 0, 79, { size: 15, align: 'RIGHT' })]);
    })),
    homeTabs.bar,
  ]);

  // M12 card detail
  const m12Head = header('Card', true);
  const m12 = screen('Card detail', [
    m12Head.bar,
    rect('Card', 16, 110, 343, 200, { fills: solid('#0B4F47'), cornerRadius: 16 }),
    vstack('Auto layout', 16, 330, 343, { gap: 0 }, ['Weekly limit|$200', 'Spent|$0.00', 'Freeze card|Off'].map((r) => {
      const [a, b] = r.split('|');
      return hstack(g('Frame'), 0, 0, 343, { gap: 0, pad: 14 }, [text(a, 0, 0, 240, { size: 16 }), text(b, 0, 0, 75, { size: 16, color: muted, align: 'RIGHT' })]);
    })),
  ]);

  // M6 receipts
  const recTabs = tabbar('Receipts');
  const m6 = screen('Receipts', [
    text('Receipts', 16, 80, 200, { size: 28, weight: 700 }),
    text('3 missing', 16, 124, 200, { size: 15, color: '#B42318' }),
    vstack('Auto layout', 16, 160, 343, { gap: 10 }, ['Home Depot · Mar 3', 'Shell · Mar 2', 'Costco · Feb 28'].map((r) => hstack(g('Frame'), 0, 0, 343, { gap: 12, pad: 12, fill: '#F9FAFB', radius: 10 }, [rect(g('Rectangle'), 0, 0, 40, 40, { fills: solid('#EAECF0'), cornerRadius: 6 }), text(r, 0, 10, 220, { size: 15 }), text('Add', 0, 10, 40, { size: 15, weight: 600, color: teal })]))),
    button('frame', '📷\u00a0Snap receipt', 16, 640, 343, 50, { bg: teal, radius: 12 }),
    recTabs.bar,
  ]);

  // M7 settings
  const setTabs = tabbar('Settings');
  const rows = ['Profile', 'Team', 'Cards', 'Integrations', 'Notifications', 'Plan'].map((r) => instance(rowComp, r === 'Integrations' ? 'List / Row' : g('Frame'), 0, 0, W, 52, { fills: solid('#FFFFFF') }, [text(r, 16, 15, 250, { size: 16 }), vector('chevron', W - 28, 19, 8, 14, { fills: solid('#98A2B3') })]));
  const m7 = screen('Settings', [
    text('Settings', 16, 80, 200, { size: 28, weight: 700 }),
    vstack('Auto layout', 0, 130, W, { gap: 0 }, rows),
    text('Delete account', 16, 480, 200, { size: 16, color: '#D92D20' }),
    setTabs.bar,
  ], '#F9FAFB');

  // M8 integrations list
  const m8Head = header('Integrations', true);
  const listRow = (name, color) => {
    const b = button('outline', 'Connect', 0, 0, 86, 32, { stroke: teal, fg: teal, radius: 16, size: 14 });
    const r = hstack(g('Frame'), 0, 0, 343, { gap: 12, pad: 12 }, [vector('Vector', 0, 0, 32, 32, { fills: solid(color) }), text(name, 0, 6, 190, { size: 16 }), b]);
    return { r, b };
  };
  const rBank = listRow('Bank', '#344054');
  const rQbo = listRow('QuickBooks', '#2CA01C');
  const rXero = listRow('Xero', '#13B5EA');
  const rSage = listRow('Sage', '#00D639');
  const rNs = listRow('NetSuite', '#1B3A5C');
  const m8 = screen('Integrations', [
    m8Head.bar,
    search(16, 100, 343, 'Search', { radius: 10 }),
    vstack('Auto layout', 16, 160, 343, { gap: 4 }, [rBank.r, line('Line 1', 0, 0, 343), rQbo.r, line('Line 2', 0, 0, 343), rXero.r, line('Line 3', 0, 0, 343), rSage.r, line('Line 4', 0, 0, 343), rNs.r]),
    hide(text('Disconnect anytime.', 16, 560, 343, { size: 13, color: muted })),
  ]);

  // M9 bank consent
  const m9Head = header('Connect bank', true);
  const m9Go = cta('Agree & connect', 680, 'frame');
  const m9 = screen('Bank consent', [
    m9Head.bar,
    vector('Vector', 155, 120, 64, 64, { fills: solid(teal) }),
    text('Connect bank', 16, 200, 343, { size: 24, weight: 700, align: 'CENTER' }),
    text('Bank-grade encryption.\u200b We never sell your data.', 16, 240, 343, { size: 15, color: muted, align: 'CENTER' }),
    text('Trusted by 9,000+ cleaning companies', 16, 300, 343, { size: 13, weight: 600, color: teal, align: 'CENTER' }),
    hstack('Auto layout', 16, 580, 343, { gap: 10 }, [checkbox('rect', 0, 0), text('I agree to the Privacy Policy.', 0, 0, 300, { size: 14 })]),
    text('Privacy Policy', 166, 580, 100, { size: 14, color: teal, deco: 'UNDERLINE', name: 'Privacy Policy' }),
    group('powered', 120, 630, [text('Powered by', 0, 2, 76, { size: 11, color: muted }), vector('Vector', 80, 0, 16, 16, { fills: solid('#101828') }), text('Conduit', 100, 0, 60, { size: 13, weight: 700 })]),
    m9Go,
  ]);

  // M10 integrations after
  const m10Head = header('Integrations', true);
  const doneBtn = cta('Done', 680);
  const m10 = screen('Integrations – bank linked', [
    m10Head.bar,
    text('Setup strength', 16, 104, 200, { size: 13, weight: 600, color: muted }),
    rect(g('Rectangle'), 16, 126, 343, 8, { fills: solid('#EAECF0'), cornerRadius: 4 }),
    rect(g('Rectangle'), 16, 126, 172, 8, { fills: solid(teal), cornerRadius: 4 }),
    text('1 of 2 connected', 16, 140, 200, { size: 13, color: muted }),
    vstack('Auto layout', 16, 180, 343, { gap: 10 }, [
      vstack(g('Frame'), 0, 0, 343, { gap: 6, pad: 14, fill: '#F9FAFB', radius: 12 }, [
        hstack(g('Frame'), 0, 0, 315, { gap: 10 }, [vector('Vector', 0, 0, 28, 28, { fills: solid('#117ACA') }), text('Chase ••4821', 0, 4, 180, { size: 16, weight: 600 })]),
        text('USD · Linked Mar 3 · Last sync 9:41 AM', 0, 0, 315, { size: 13, color: muted }),
        hstack(g('Frame'), 0, 0, 315, { gap: 24 }, [text('Sync now', 0, 0, 80, { size: 14, weight: 600, color: teal }), text('Unlink', 0, 0, 60, { size: 14, weight: 600, color: '#D92D20' })]),
      ]),
      hstack(g('Frame'), 0, 0, 343, { gap: 12, pad: 14, fill: '#F9FAFB', radius: 12 }, [vector('Vector', 0, 0, 28, 28, { fills: solid('#2CA01C') }), text('QuickBooks', 0, 4, 180, { size: 16 }), text('Connect', 0, 4, 70, { size: 14, weight: 600, color: teal })]),
    ]),
    doneBtn,
  ]);

  // M11 terms: dead end
  const m11 = screen('Terms', [
    text('Terms of Service', 16, 70, 343, { size: 24, weight: 700 }),
    text('Last updated Jan 2, 2025', 16, 110, 343, { size: 13, color: muted }),
    text('1. Accounts. You must be 18+ and authorized to act for your business.\n2. Cards. Cards are issued by our partner bank. Limits apply.\n3. Fees. Plan fees are billed monthly.\n4. Termination. We may suspend accounts for misuse.', 16, 140, 343, { size: 14, lines: 12 }),
  ]);

  const place = (f, x, y) => {
    f._x = x;
    f._y = y;
    return f;
  };
  const order = [m1, m2, m3, m4, m5, m12, m6, m7, m8, m9, m10, m11];
  order.forEach((f, i) => place(f, (i % 6) * 475, Math.floor(i / 6) * 1012));

  // older-style links
  oldLink(m1Go, m2);
  oldLink(m1Terms, m11);
  oldLink(m2Go, m3);
  oldLink(m3Go, m4);
  oldLink(m4Go, m5);
  oldLink(cardTap, m12);
  oldLink(homeTabs.items[2], m6);
  oldLink(homeTabs.items[3], m7);
  oldLink(recTabs.items[0], m5);
  oldLink(recTabs.items[3], m7);
  oldLink(setTabs.items[0], m5);
  oldLink(setTabs.items[2], m6);
  oldLink(rows[3], m8);
  oldLink(rBank.b, m9);
  act(rQbo.b, 'URL', { url: 'https://appcenter.intuit.com' });
  oldLink(m9Go, m10);
  oldLink(doneBtn, m5);
  for (const h of [m12Head, m8Head, m9Head, m10Head]) act(h.back, 'BACK');

  const flowPage = canvas('Flows', order, { prefix: 9, start: m1.id, device: { type: 'PRESET', rotation: 'NONE', presetIdentifier: 'APPLE_IPHONE_13_MINI' } });
  setPrefix(1);
  const cover = canvas('Cover', [frame('Thumbnail', 0, 0, 1600, 960, { fills: solid(teal) }, [text('Sweepcard\nOnboarding', 100, 360, 1200, { size: 96, weight: 700, color: '#FFFFFF', lines: 2 })])], { prefix: 1 });
  setPrefix(14);
  const old = canvas('Old explorations', [
    frame('Home v0', 0, 0, W, H, { fills: solid('#FFFFFF') }, [text('Connect your bank to get started', 16, 200, 343, { size: 22, weight: 700 }), button('group', 'Connect', 16, 300, 343, 50, { bg: teal })]),
    frame('Integrations v0', 475, 0, W, H, { fills: solid('#FFFFFF') }, [text('Accounting', 16, 100, 343, { size: 17, weight: 600 }), text('Banks', 16, 300, 343, { size: 17, weight: 600 })]),
  ], { prefix: 14 });

  const doc = documentOf({ name: 'Sweepcard — onboarding', lastModified: '2025-01-09T17:22:51Z', version: '4408812207' }, [cover, flowPage, compPage, old]);

  const P = (w) => ['P', w];
  const A = (w) => ['A', w];
  const truth = truthOf(`${NAME}.json`, 'onboarding',
    'iPhone (375x812) onboarding for Sweepcard, expense cards for US cleaning companies, terse copy. Sign-up, email code, company form, crew invite, home; connecting the bank or QuickBooks is only reachable through Settings › Integrations (flat list with search), then a bank consent screen and an integrations screen with sync status. Prototype uses old transitionNodeID links and prototypeStartNodeID.',
    {
      'funnel.greeting-email': A('No email frame.'),
      'funnel.three-actions': A('Six steps from sign-up to the Integrations screen (verify, company, crew, home, settings, integrations).'),
      'funnel.cta-visible': A('Connecting lives only under Settings › Integrations; home, cards and receipts carry no connect entry.'),
      'funnel.social-proof': A('No testimonial, review or rating.'),
      'funnel.prefill': A('Company form is blank and nothing is shown filled from the bank or books.'),
      'value.three-part': A('Integrations list is names and Connect buttons only; consent screen gives no benefit or data-use message.'),
      'value.contextual-ctas': A('Home and Receipts have no connect prompts.'),
      'value.faq-link': A('No FAQ or learn-more link.'),
      'value.progress-meter': P('"Setup strength" bar with "1 of 2 connected" after linking the bank.'),
      'privacy.data-scope': A('No screen says which data is read or in which direction.'),
      'privacy.trust-language': P('"Bank-grade encryption. We never sell your data."'),
      'privacy.consent-action': P('Checkbox beside "I agree to the Privacy Policy." before "Agree & connect".'),
      'privacy.disconnect-anytime': A('Only a hidden layer says "Disconnect anytime."; "cancel anytime" on home is about the plan.'),
      'privacy.connection-guide': A('No how-to-connect guide or help link.'),
      'privacy.statistics': P('"Trusted by 9,000+ cleaning companies" on the bank consent screen.'),
      'privacy.support-contacts': A('No phone, email, chat or support form anywhere.'),
      'privacy.powered-by': P('"Powered by Conduit" mark on the consent screen.'),
      'privacy.mutual-nda': A('No NDA.'),
      'platform.explain-redirect': A('Nothing says the user will be sent to the bank or QuickBooks to sign in and come back.'),
      'platform.grouped-categories': A('Bank and accounting packages sit in one flat list without category headings.'),
      'platform.accurate-branding': A('Bare names: "Bank", "QuickBooks", "Sage" with no product edition.'),
      'platform.search': P('Search field above the integrations list.'),
      'platform.alternatives': A('No upload or other route for an unlisted platform.'),
      'platform.non-linear': A('No save-for-later, invite or share; a single linear path.'),
      'connection.view-live': P('Linked bank row: Chase ••4821, USD, linked date and last sync time.'),
      'connection.delete': P('"Unlink" on the linked bank row.'),
      'connection.refresh': P('"Sync now" on the linked bank row.'),
      'connection.syncing-indicator': A('No spinner or syncing state; consent goes straight to the linked list.'),
    },
    { startFrameId: m1.id, connectFrameId: m8.id, stepsToConnect: 6, deadEnds: [m11.id] });
  return { doc, truth, ctaFrames: [m8.id, m9.id, m10.id] };
}

import { begin, setPrefix, setFont, g, solid, frame, rect, vector, ellipse, text, group, section, vstack, hstack, component, instance, link, act, button, field, search, logo, line, hide, spinner, canvas, documentOf } from './lib.mjs';
import { truthOf } from './truth.mjs';

export const NAME = 'd61-marketplace-sales-tax-desktop';

export function build() {
  begin(6104, 2);
  setFont('Manrope');
  const W = 1280;
  const H = 800;
  const green = '#12715B';
  const ink = '#0F1F1A';
  const muted = '#5F6F69';

  setPrefix(6);
  const btnC = component('Btn', 180, 44, { fills: solid(green), cornerRadius: 8 }, [text('Button', 60, 12, 60, { size: 14, weight: 700, color: '#FFFFFF' })]);
  const tileC = component('Channel card', 272, 132, { fills: solid('#FFFFFF'), strokes: solid('#DCE5E1'), cornerRadius: 12 }, [text('Channel', 20, 70, 200, { size: 15 })], 'Integration tile in the marketplace grid');
  tileC._x = 240;
  const compPage = canvas('Components', [frame('Library', 0, 0, 700, 300, { fills: solid('#FFFFFF') }, [btnC, tileC])], { prefix: 6 });

  setPrefix(10);
  const nav = (active) => {
    const items = ['Filings', 'Integrations', 'Settings'].map((t) => text(t, 0, 0, 110, { size: 14, weight: t === active ? 700 : 500, color: t === active ? green : muted }));
    const bar = frame(g('Frame'), 0, 0, W, 64, { fills: solid('#FFFFFF'), strokes: solid('#DCE5E1') }, [
      group(g('Group'), 32, 18, [vector('Vector', 0, 0, 28, 28, { fills: solid(green) }), text('Levy', 36, 2, 80, { size: 20, weight: 800 })]),
      hstack('Auto layout', 200, 20, 400, { gap: 24 }, items),
      ellipse('avatar', W - 64, 14, 36, 36, { fills: solid('#CDE8DF') }),
    ]);
    return { bar, items };
  };
  const appScreen = (name, n, kids) => frame(name, 0, 0, W, H, { fills: solid('#F6F8F7'), clipsContent: true }, [n.bar, ...kids]);

  // D1 sign up
  const toPricing = button('link', 'Pricing', W - 120, 28, 60, { color: muted });
  const createBtn = button('inst', 'Create account', 0, 0, 400, 48, { comp: btnC, bg: green });
  const d1 = frame('Sign up', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
    group(g('Group'), 48, 24, [vector('Vector', 0, 0, 28, 28, { fills: solid(green) }), text('Levy', 36, 2, 80, { size: 20, weight: 800 })]),
    toPricing,
    vstack('Auto layout', 100, 140, 400, { gap: 18 }, [
      text('Sales tax for marketplace sellers, on autopilot', 0, 0, 400, { size: 28, weight: 800, color: ink }),
      field('Email', 'you@yourshop.com', 0, 0, 400, { radius: 8, h: 44 }),
      field('Password', '••••••••', 0, 0, 400, { radius: 8, h: 44 }),
      createBtn,
      text('By creating an account you agree to our Terms.', 0, 0, 400, { size: 12, color: muted }),
    ]),
    vstack('Auto layout', 700, 140, 480, { gap: 16, pad: 36, fill: '#EAF5F1', radius: 20 }, [
      text('★★★★★  4.8 on Capterra · 1,900 reviews', 0, 0, 400, { size: 14, weight: 700, color: green }),
      text('“Levy saved my Etsy shop from a nexus nightmare. I connected everything on a Sunday night and filed in three states by Monday.”', 0, 0, 408, { size: 18, weight: 500, color: ink }),
      hstack(g('Frame'), 0, 0, 408, { gap: 12 }, [rect(g('Rectangle'), 0, 0, 40, 40, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: '2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e' }], cornerRadius: 20 }), text('Dana Ruiz\nOwner, Juniper Goods', 0, 0, 300, { size: 13, color: muted, lines: 2 })]),
      line('Line 7', 0, 0, 408),
      text('38,000 marketplace sellers filed with Levy last quarter', 0, 0, 408, { size: 14, weight: 700 }),
    ]),
  ]);

  // D2 what's new (marketing) with Skip
  const skip = button('link', 'Skip', W - 100, 28, 50, { color: muted });
  const tour = button('frame', 'Take the tour', 0, 0, 200, 48, { bg: green });
  const d2 = frame('What’s new', 0, 0, W, H, { fills: solid('#0F1F1A') }, [
    skip,
    vstack('Auto layout', 340, 220, 600, { gap: 20 }, [
      text('NEW', 0, 0, 60, { size: 12, weight: 800, color: '#7FE0C1' }),
      text('1099-K reconciliation is here', 0, 0, 600, { size: 36, weight: 800, color: '#FFFFFF' }),
      text('Match the 1099-K forms your marketplaces send against your own records, line by line.', 0, 0, 600, { size: 17, color: '#B8CCC4' }),
      tour,
    ]),
  ]);

  // D3 integrations marketplace
  const n3 = nav('Integrations');
  const chTile = (name, kind, ref, color, status) => {
    const kids = [logo(kind === 'image' ? g('Rectangle') : 'Vector', 20, 20, 40, 40, kind, ref, color), text(name, 20, 72, 232, { size: 15, weight: 600 })];
    if (status) kids.push(text(status, 20, 100, 232, { size: 12, weight: 700, color: status.startsWith('Connected') ? green : '#B54708' }));
    else kids.push(text('Connect', 20, 100, 100, { size: 13, weight: 700, color: green }));
    return instance(tileC, name.includes(' ') ? 'Channel card' : g('Frame'), 0, 0, 272, 132, { fills: solid('#FFFFFF'), strokes: solid('#DCE5E1'), cornerRadius: 12 }, kids);
  };
  const grid = (tiles) => hstack('Auto layout', 0, 0, 1152, { gap: 20 }, tiles);
  const cell = (t, w, o = {}) => frame(g('Frame'), 0, 0, w, 56, { fills: o.head ? solid('#EAF5F1') : [] }, [text(t, 14, 10, w - 28, { size: 13, weight: o.head ? 700 : 400, color: o.head ? ink : '#33413C', lines: 2 })]);
  const trow = (a, b, c, head) => hstack(g('Frame'), 0, 0, 1152, { gap: 0 }, [cell(a, 280, { head: true }), cell(b, 436, { head }), cell(c, 436, { head })]);
  const ebay3 = chTile('eBay', 'image', 'e1b2a3y4e5b6a7y8e9b0a1y2e3b4a5y6e7b8a9y0');
  const mainCta = button('frame', 'Connect a sales channel', 0, 0, 260, 48, { bg: green, name: 'cta/primary' });
  const grid3 = vstack('Channel grid', 0, 0, 1152, { gap: 16 }, [
    search(0, 0, 560, 'Search 40+ marketplaces and accounting apps', { radius: 8, stroke: '#DCE5E1', bg: '#FFFFFF' }),
    text('Marketplaces', 0, 0, 400, { size: 20, weight: 700, color: ink }),
    grid([chTile('Amazon Seller Central', 'image', 'a9m8a7z6o5n4a3m2a1z0o9n8a7m6a5z4o3n2a1m0'), ebay3, chTile('Etsy', 'vector', null, '#F1641E'), chTile('Walmart Marketplace', 'vector', null, '#0071DC')]),
    text('Accounting', 0, 0, 400, { size: 20, weight: 700, color: ink }),
    grid([chTile('QuickBooks Online', 'vector', null, '#2CA01C'), chTile('Xero', 'image', 'x1e2r3o4x5e6r7o8x9e0r1o2x3e4r5o6x7e8r9o0'), chTile('Oracle NetSuite', 'vector', null, '#1B3A5C')]),
    text('Can’t find your channel? Upload a sales report (CSV or XLSX)', 0, 0, 600, { size: 14, weight: 600, color: green, deco: 'UNDERLINE' }),
  ]);
  const d3 = appScreen('Integrations', n3, [
    frame(g('Frame'), 0, 64, W, 1536, {}, [
      vstack('Auto layout', 64, 40, 1152, { gap: 24 }, [
        text('Bring in your sales', 0, 0, 800, { size: 30, weight: 800, color: ink }),
        vstack('Comparison', 0, 0, 1152, { gap: 0, fill: '#FFFFFF', radius: 12, stroke: '#DCE5E1' }, [
          trow('', 'Filing by hand', 'With connected channels', true),
          trow('Getting your sales data', 'Download a CSV from every marketplace, every month', 'Orders imported for you every night'),
          trow('Marketplace facilitator tax', 'Work out what Amazon and Etsy already collected', 'Separated automatically, so you never pay it twice'),
          trow('What we use', '—', 'Orders, ship-to states and tax collected, pulled from each channel into Levy'),
        ]),
        hstack('Auto layout', 0, 0, 1152, { gap: 24 }, [
          mainCta,
          text('How connecting works — setup guide', 0, 14, 280, { size: 14, color: green, deco: 'UNDERLINE' }),
          text('FAQ: what does Levy pull from my store?', 0, 14, 300, { size: 14, color: green }),
        ]),
        grid3,
        line('Line 9', 0, 0, 1152),
        hstack('Footer', 0, 0, 1152, { gap: 32 }, [
          text('Working with an agency or CPA? Request a mutual NDA', 0, 0, 380, { size: 13, color: muted }),
          text('Plans from $29/mo · cancel anytime', 0, 0, 260, { size: 13, color: muted }),
          text('Follow us on LinkedIn', 0, 0, 180, { size: 13, color: muted }),
        ]),
        hide(text('Disconnect whenever you like — your past filings stay put.', 0, 0, 600, { size: 13, color: muted })),
      ]),
    ]),
    group('chat', W - 88, H - 88, [ellipse('Ellipse 9', 0, 0, 56, 56, { fills: solid(green) }), text('Chat', 12, 18, 32, { size: 12, weight: 700, color: '#FFFFFF' })]),
  ]);

  // D4 overlay redirect
  const contEbay = button('inst', 'Continue to eBay', 0, 0, 220, 48, { comp: btnC, bg: green });
  const cancel4 = button('outline', 'Cancel', 0, 0, 120, 48, {});
  const d4 = frame('Overlay / eBay', 0, 0, 520, 360, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [
    vstack('Auto layout', 36, 36, 448, { gap: 18 }, [
      logo(g('Rectangle'), 0, 0, 48, 'image', 'e1b2a3y4e5b6a7y8e9b0a1y2e3b4a5y6e7b8a9y0'),
      text('Connect eBay', 0, 0, 448, { size: 22, weight: 800, color: ink }),
      text('Next, eBay opens in a new window. Sign in with your seller account and select Agree — we’ll bring you back here automatically.', 0, 0, 448, { size: 15 }),
      hstack('Auto layout', 0, 0, 448, { gap: 12 }, [contEbay, cancel4]),
    ]),
  ]);

  // D5 syncing
  const d5 = appScreen('Importing eBay', nav('Integrations'), [
    vstack('Auto layout', 390, 260, 500, { gap: 16, pad: 40, fill: '#FFFFFF', radius: 16 }, [
      spinner(0, 0, 44, green),
      text('Importing your eBay orders from January 2022 to today…', 0, 0, 420, { size: 18, weight: 700 }),
      text('About 14,200 orders so far', 0, 0, 420, { size: 14, color: muted }),
    ]),
  ]);

  // D6 integrations after
  const n6 = nav('Integrations');
  const manage = button('link', 'Manage connections →', 0, 0, 200, { color: green, weight: 700 });
  const review = button('frame', 'Review business profile', 0, 0, 240, 44, { bg: green });
  const addTile = frame(g('Frame'), 0, 0, 272, 132, { fills: [], strokes: solid('#12715B'), strokeWeight: 1, strokeDashes: [6, 4], cornerRadius: 12 }, [text('+ Add another channel', 40, 54, 200, { size: 15, weight: 700, color: green })]);
  const d6 = appScreen('Integrations – 2 connected', n6, [
    vstack('Auto layout', 64, 104, 1152, { gap: 20 }, [
      hstack('Auto layout', 0, 0, 1152, { gap: 24 }, [text('Your channels', 0, 0, 700, { size: 28, weight: 800 }), manage]),
      vstack(g('Frame'), 0, 0, 560, { gap: 8 }, [
        text('2 of 5 channels connected', 0, 0, 400, { size: 14, weight: 700 }),
        group(g('Group'), 0, 0, [rect(g('Rectangle'), 0, 0, 560, 10, { fills: solid('#DCE5E1'), cornerRadius: 5 }), rect(g('Rectangle'), 0, 0, 224, 10, { fills: solid(green), cornerRadius: 5 })]),
        text('Connect every place you sell for an accurate filing.', 0, 0, 500, { size: 13, color: muted }),
      ]),
      grid([chTile('Amazon Seller Central', 'image', 'a9m8a7z6o5n4a3m2a1z0o9n8a7m6a5z4o3n2a1m0', null, 'Connected ✓'), chTile('eBay', 'image', 'e1b2a3y4e5b6a7y8e9b0a1y2e3b4a5y6e7b8a9y0', null, 'Connected ✓'), chTile('Etsy', 'vector', null, '#F1641E', 'Awaiting authorization'), addTile]),
      review,
    ]),
  ]);

  // D7 settings connections table
  const n7 = nav('Settings');
  const th = (t, w) => text(t, 0, 0, w, { size: 12, weight: 700, color: muted });
  const td = (t, w, c) => text(t, 0, 0, w, { size: 14, color: c || ink });
  const rowT = (kids) => hstack(g('Frame'), 0, 0, 1152, { gap: 16, pad: 16 }, kids);
  const d7 = appScreen('Settings › Connections', n7, [
    vstack('Auto layout', 64, 104, 1152, { gap: 0, fill: '#FFFFFF', radius: 12, stroke: '#DCE5E1' }, [
      rowT([th('CHANNEL', 220), th('ACCOUNT', 200), th('CONNECTED', 150), th('LAST SYNC', 200), th('', 280)]),
      line('Line 10', 0, 0, 1152),
      rowT([td('Amazon Seller Central', 220), td('JuniperGoods-US', 200), td('Feb 2, 2025', 150), td('Today, 6:02 AM', 200), hstack(g('Frame'), 0, 0, 280, { gap: 20 }, [td('Sync now', 90, green), td('Revoke access', 120, '#B42318')])]),
      rowT([td('eBay', 220), td('juniper_goods', 200), td('Mar 4, 2025', 150), hstack(g('Frame'), 0, 0, 200, { gap: 8 }, [spinner(0, 0, 16, green), td('Syncing…', 150, muted)]), hstack(g('Frame'), 0, 0, 280, { gap: 20 }, [td('Sync now', 90, '#A3B1AB'), td('Revoke access', 120, '#B42318')])]),
      rowT([td('Etsy', 220), td('JuniperGoodsCo', 200), td('—', 150), td('Pending authorization', 200, '#B54708'), td('Finish connecting', 280, green)]),
    ]),
  ]);
  d7.children.unshift(text('Connections', 64, 76, 400, { size: 13, color: muted }));

  // D8 prefilled profile
  const n8 = nav('Settings');
  const toFilings = button('frame', 'Save and go to filings', 0, 0, 240, 44, { bg: green });
  const d8 = appScreen('Business profile', n8, [
    vstack('Auto layout', 340, 104, 600, { gap: 16, pad: 32, fill: '#FFFFFF', radius: 16 }, [
      text('Business profile', 0, 0, 536, { size: 24, weight: 800 }),
      text('ℹ️ Pre-filled from your Amazon Seller Central account — check and save.', 0, 0, 536, { size: 13, color: green }),
      field('Legal business name', 'Juniper Goods LLC', 0, 0, 536, { filled: true }),
      field('EIN', '84-2231907', 0, 0, 536, { filled: true }),
      field('Business address', '2140 SE Division St, Portland, OR 97202', 0, 0, 536, { filled: true }),
      field('States where you ship most', 'CA, WA, TX, NY', 0, 0, 536, { filled: true }),
      toFilings,
    ]),
  ]);

  // D9 filings
  const n9 = nav('Filings');
  const d9 = appScreen('Filings', n9, [
    vstack('Auto layout', 64, 104, 1152, { gap: 12 }, [
      text('Upcoming filings', 0, 0, 600, { size: 28, weight: 800 }),
      ...['California · Q1 2025 · due Apr 30|Ready to review', 'Washington · March 2025 · due Apr 25|Drafting', 'Texas · Q1 2025 · due Apr 20|Ready to review'].map((r) => {
        const [a, b] = r.split('|');
        return hstack(g('Frame'), 0, 0, 1152, { gap: 16, pad: 20, fill: '#FFFFFF', radius: 12 }, [text(a, 0, 0, 800, { size: 15 }), text(b, 0, 0, 200, { size: 13, weight: 700, color: green })]);
      }),
    ]),
    text('Levy Inc. · Follow us on LinkedIn · Careers', 64, H - 40, 600, { size: 12, color: muted }),
  ]);

  // D10 pricing dead end
  const d10 = frame('Pricing', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
    text('Pricing', 0, 100, W, { size: 36, weight: 800, align: 'CENTER' }),
    hstack('Auto layout', 240, 220, 800, { gap: 24 }, ['Starter|$29/mo|Up to 3 states', 'Growth|$79/mo|Unlimited states, 1099-K tools'].map((p) => {
      const [a, b, c] = p.split('|');
      return vstack(g('Frame'), 0, 0, 388, { gap: 10, pad: 28, fill: '#EAF5F1', radius: 16 }, [text(a, 0, 0, 300, { size: 20, weight: 800 }), text(b, 0, 0, 300, { size: 30, weight: 800, color: green }), text(c, 0, 0, 300, { size: 14, color: muted })]);
    })),
    text('Cancel anytime. Filing fees charged by states are passed through at cost.', 0, 520, W, { size: 13, color: muted, align: 'CENTER' }),
  ]);

  const place = (f, x, y) => {
    f._x = x;
    f._y = y;
    return f;
  };
  const s1 = section('Sign-up', 0, 0, 3 * 1380 + 100, H + 200, [place(d1, 100, 100), place(d2, 1480, 100), place(d10, 2860, 100)]);
  const s2 = section('Connect channels', 0, H + 400, 3 * 1380 + 100, 2 * H + 1000, [place(d3, 100, 100), place(d4, 1480, 100), place(d5, 2100, 100), place(d6, 100, H + 900), place(d7, 1480, H + 900)]);
  place(d8, 0, 3 * H + 1700);
  place(d9, 1380, 3 * H + 1700);

  link(toPricing, d10);
  link(createBtn, d2);
  link(skip, d3);
  link(tour, d3);
  mainCta.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: grid3.id, navigation: 'SCROLL_TO', transition: null }] }];
  link(ebay3, d4, 'OVERLAY');
  link(contEbay, d5);
  act(cancel4, 'CLOSE');
  d5.interactions = [{ trigger: { type: 'AFTER_TIMEOUT', timeout: 3 }, actions: [{ type: 'NODE', destinationId: d6.id, navigation: 'NAVIGATE', transition: null }] }];
  link(manage, d7);
  link(review, d8);
  link(addTile, d3);
  link(toFilings, d9);
  for (const [nv, self] of [[n3, d3], [n6, d6], [n7, d7], [n8, d8], [n9, d9]]) {
    if (self !== d9) link(nv.items[0], d9);
    if (self !== d3) link(nv.items[1], d3);
    if (self !== d7) link(nv.items[2], d7);
  }

  const flowPage = canvas('Prototype – onboarding', [s1, s2, d8, d9], { prefix: 10, flows: [{ nodeId: d1.id, name: 'New seller' }, { nodeId: d9.id, name: 'Returning seller' }] });
  setPrefix(1);
  const cover = canvas('Cover', [frame('Cover', 0, 0, 1920, 1080, { fills: solid(green) }, [text('Levy — seller onboarding', 120, 440, 1500, { size: 80, weight: 800, color: '#FFFFFF' })])], { prefix: 1 });
  setPrefix(13);
  const archive = canvas('Archive', [frame('Integrations v1 (list)', 0, 0, W, H, { fills: solid('#FFFFFF') }, [text('Link Amazon', 64, 100, 400, { size: 24, weight: 800 }), text('Link Etsy', 64, 160, 400, { size: 24, weight: 800 })])], { prefix: 13 });

  const doc = documentOf({ name: 'Levy · Onboarding (desktop)', lastModified: '2025-03-20T15:30:12Z', version: '5893302115' }, [cover, flowPage, compPage, archive]);

  const P = (w) => ['P', w];
  const A = (w) => ['A', w];
  const truth = truthOf(`${NAME}.json`, 'onboarding',
    'Desktop (1280x800) onboarding for Levy, sales-tax filing for US marketplace sellers. Sign-up with rating and testimonial, a marketing "What’s new" splash with Skip, then an Integrations marketplace: comparison table, search, a tile grid of Amazon, eBay, Etsy, Walmart and accounting apps; eBay redirect overlay, import spinner, channels view with connected/pending states, a Settings connections table, a prefilled business profile and filings.',
    {
      'funnel.greeting-email': A('No email frame.'),
      'funnel.three-actions': P('Sign-up → What’s new (Skip) → Integrations: 2 steps.'),
      'funnel.cta-visible': P('Integrations is a permanent top-menu entry and the marketplace with its "Connect a sales channel" button fills the main area.'),
      'funnel.social-proof': P('Capterra rating and a testimonial from a shop owner on sign-up.'),
      'funnel.prefill': P('Business profile "Pre-filled from your Amazon Seller Central account": legal name, EIN, address, states.'),
      'value.three-part': P('Comparison table (by hand vs connected), a "What we use" row, and the main "Connect a sales channel" button under it.'),
      'value.contextual-ctas': A('The Filings screen has no connect prompt; connecting lives only on Integrations.'),
      'value.faq-link': P('"FAQ: what does Levy pull from my store?" beside the main button.'),
      'value.progress-meter': P('"2 of 5 channels connected" bar.'),
      'privacy.data-scope': P('"Orders, ship-to states and tax collected, pulled from each channel into Levy".'),
      'privacy.trust-language': A('No reassurance about security, third parties or withdrawing consent; the only disconnect line is hidden.'),
      'privacy.consent-action': A('No tick box or consent step before connecting eBay.'),
      'privacy.disconnect-anytime': A('"Disconnect whenever you like" is a hidden layer; "cancel anytime" is about the plan.'),
      'privacy.connection-guide': P('"How connecting works — setup guide" link.'),
      'privacy.statistics': P('"38,000 marketplace sellers filed with Levy last quarter".'),
      'privacy.powered-by': A('No "Powered by" mark.'),
      'privacy.mutual-nda': P('"Working with an agency or CPA? Request a mutual NDA".'),
      'platform.explain-redirect': P('eBay overlay: eBay opens in a new window, sign in and select Agree, brought back automatically.'),
      'platform.grouped-categories': P('"Marketplaces" and "Accounting" headings over the tile grid.'),
      'platform.accurate-branding': P('Full names and logos: Amazon Seller Central, Walmart Marketplace, QuickBooks Online, Oracle NetSuite.'),
      'platform.search': P('"Search 40+ marketplaces and accounting apps" above the grid.'),
      'platform.alternatives': P('"Can’t find your channel? Upload a sales report (CSV or XLSX)".'),
      'platform.multiple-connections': P('Channels view: "Connected ✓" on Amazon and eBay, Etsy "Awaiting authorization", "+ Add another channel".'),
      'connection.view-live': P('Settings connections table with channel, account, connected date and last sync.'),
      'connection.delete': P('"Revoke access" on each connection row.'),
      'connection.refresh': P('"Sync now" on each connection row.'),
      'connection.syncing-indicator': P('Import spinner and a "Syncing…" spinner in the eBay row.'),
    },
    { startFrameId: d1.id, connectFrameId: d3.id, stepsToConnect: 2, deadEnds: [d10.id] });
  return { doc, truth, ctaFrames: [d3.id, d4.id, d6.id, d7.id] };
}

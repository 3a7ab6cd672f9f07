// h62: card payments and payouts for UK food trucks, mobile 375x812. Prototype start left unset.
import * as L from './lib.mjs';
const { text, rect, vector, ellipse, frame, group, vstack, hstack, at, click, back, close, auto } = L;

export function build() {
  L.resetRegistry();
  L.setSeed(62);
  const INK = '#141414';
  const ORANGE = '#FF5A1F';
  const MUTED = '#6E6E73';
  const W = 375;
  const H = 812;

  // ---- Components (3:x) ----
  L.setPage(3);
  const tOn = L.component('State=On', { x: 0, y: 0, w: 44, h: 26, fill: ORANGE, radius: 13 }, [at(ellipse({ w: 22, h: 22, fill: '#FFFFFF' }), 20, 2)]);
  const tOff = L.component('State=Off', { x: 0, y: 40, w: 44, h: 26, fill: '#D1D1D6', radius: 13 }, [at(ellipse({ w: 22, h: 22, fill: '#FFFFFF' }), 2, 2)]);
  const toggleSet = L.componentSet('Toggle', { x: 0, y: 0, w: 84, h: 86 }, [tOn, tOff]);
  const rowC = L.component('Row / Chevron', { x: 140, y: 0, w: 343, h: 56, fill: '#FFFFFF' }, [at(text('Title', { size: 16 }), 16, 17), at(vector({ w: 8, h: 14, stroke: MUTED }), 320, 21)]);
  const tabC = L.component('Tab bar', { x: 140, y: 100, w: 375, h: 83, fill: '#FFFFFF', stroke: '#E5E5EA' }, []);
  const helpC = L.component('Icon / Help', { x: 520, y: 0, w: 24, h: 24 }, [ellipse({ w: 24, h: 24, stroke: INK, strokeWeight: 2 })]);
  const componentsPage = L.canvas('Components', { id: '0:3', bg: '#F5F5F5' }, [toggleSet, rowC, tabC, helpC]);

  // ---- Flow (2:x) ----
  L.setPage(2);
  const status = () => frame('Status Bar', { w: W, h: 44 }, [at(text('9:41', { size: 15, weight: 600 }), 24, 13), at(vector({ w: 66, h: 12, fill: INK, name: 'Right Side' }), 290, 16)]);
  const help = () => {
    const h = frame(auto('Frame'), { type: 'INSTANCE', componentId: helpC.id, w: 24, h: 24 }, [ellipse({ w: 24, h: 24, stroke: INK, strokeWeight: 2 }), at(text('?', { size: 14, weight: 700 }), 8, 2)]);
    return click(h, '@help', 'OVERLAY');
  };
  const topBar = (title, withBack = true) => {
    const kids = [];
    if (withBack) {
      const b = vector({ w: 10, h: 18, stroke: INK, strokeWeight: 2, name: 'chevron-left' });
      back(b);
      kids.push(at(b, 16, 13));
    }
    if (title) kids.push(at(text(title, { size: 17, weight: 600 }), withBack ? 44 : 16, 11));
    kids.push(at(help(), 335, 10));
    return frame(auto('Frame'), { y: 44, w: W, h: 44 }, kids);
  };
  const btn = (label, o = {}) => L.btnShape(label, { w: 343, h: 52, fill: ORANGE, radius: 12, size: 17, ...o });
  const screen = (key, name, x, y, kids, o = {}) => frame(name, { key, x, y, w: W, h: H, fill: o.fill ?? '#FFFFFF', clips: true }, [status(), ...kids]);
  const input = (label, value) =>
    vstack(auto('Frame'), { w: 343, gap: 6 }, [
      text(label, { size: 13, weight: 500, color: MUTED }),
      hstack(auto('Frame'), { w: 343, h: 48, pad: [0, 14, 0, 14], radius: 10, stroke: '#D1D1D6' }, [text(value, { size: 16, color: value.startsWith('e.g') ? '#AEAEB2' : INK })]),
    ]);
  const listRow = (label, sub, logo, dest, nav = 'NAVIGATE') => {
    const r = frame(auto('Frame'), { type: 'INSTANCE', componentId: rowC.id, w: 343, h: 60, fill: '#FFFFFF' }, [
      at(logo, 0, 14),
      at(text(label, { size: 16, weight: 500 }), 48, sub ? 10 : 19),
      ...(sub ? [at(text(sub, { size: 13, color: MUTED }), 48, 32)] : []),
      at(vector({ w: 8, h: 14, stroke: MUTED }), 330, 23),
    ]);
    if (dest) click(r, dest, nav);
    return r;
  };
  const tile = (letter, colour) => group(auto('Group'), {}, [rect({ w: 32, h: 32, radius: 8, fill: colour }), at(text(letter, { size: 15, weight: 700, color: '#FFFFFF' }), 10, 6)]);

  // 1 marketing splash
  const skip = text('Skip', { size: 16, weight: 500, color: MUTED });
  click(skip, '@signup');
  const next = btn('Get started');
  click(next, '@signup');
  const splash = screen('splash', 'Onboarding carousel 1', 0, 0, [
    at(skip, 315, 56),
    at(rect({ w: 343, h: 300, radius: 20, fills: [L.image('9be2a1c07d4f3e8b6a5c1d2e0f9b8a7c6d5e4f3a')] }), 16, 110),
    at(vstack(auto('Frame'), { w: 343, gap: 12 }, [
      text('Take cards at the hatch.', { size: 30, weight: 700, w: 343 }),
      text('Tap, chip, phone. Money in your bank next morning.', { size: 17, color: MUTED, w: 343 }),
      hstack(auto('Frame'), { gap: 6 }, [text('★★★★★', { size: 14, color: ORANGE }), text('4.8 from street-food traders', { size: 14, weight: 500 })]),
      text('“Queue moves quicker, payouts land before I’m back at the unit.” — Dev, Bao Down, Leeds', { size: 14, color: MUTED, w: 343 }),
    ]), 16, 430),
    at(group(auto('Group'), {}, [0, 1, 2].map((i) => at(ellipse({ w: 8, h: 8, fill: i === 0 ? INK : '#D1D1D6' }), i * 16, 0))), 163, 680),
    at(next, 16, 720),
  ]);

  // 2 sign-up
  const cont = btn('Continue');
  click(cont, '@verify');
  const signup = screen('signup', 'Sign up', 440, 0, [
    topBar('', false),
    at(vstack(auto('Auto layout'), { w: 343, gap: 16 }, [
      text('Create account', { size: 28, weight: 700 }),
      input('Mobile', 'e.g. 07700 900123'),
      input('Email', 'e.g. you@yourtruck.co.uk'),
      input('Trading name', 'e.g. Bao Down'),
      text('By continuing you accept our Terms.', { size: 12, color: MUTED }),
    ]), 16, 104),
    at(cont, 16, 720),
  ]);

  // 3 verify
  const verifyBtn = btn('Verify');
  click(verifyBtn, '@connect');
  const verify = screen('verify', 'Verify phone', 880, 0, [
    topBar(''),
    at(vstack(auto('Auto layout'), { w: 343, gap: 16 }, [
      text('Enter code', { size: 28, weight: 700 }),
      text('Sent to 07700 900123', { size: 15, color: MUTED }),
      hstack(auto('Frame'), { gap: 10 }, [1, 2, 3, 4, 5, 6].map(() => rect({ w: 48, h: 56, radius: 10, stroke: '#D1D1D6', fill: '#FFFFFF' }))),
      text('Resend in 0:24', { size: 14, color: MUTED }),
    ]), 16, 104),
    at(verifyBtn, 16, 720),
  ]);

  // 4 connect prompt (terse; the "why" block is hidden)
  const linkTill = btn('Link till');
  click(linkTill, '@tills');
  const laterL = text('Do this later', { size: 16, weight: 500, color: MUTED, align: 'CENTER', w: 343 });
  click(laterL, '@home');
  const connect = screen('connect', 'Link till', 1320, 0, [
    topBar(''),
    at(vstack(auto('Auto layout'), { w: 343, gap: 14 }, [
      group(auto('Group'), {}, [rect({ w: 96, h: 96, radius: 24, fill: '#FFF1EB' }), at(vector({ w: 48, h: 40, fill: ORANGE }), 24, 28)]),
      text('Link your till', { size: 28, weight: 700 }),
      text('Square, SumUp, Zettle and more.', { size: 17, color: MUTED, w: 343 }),
      vstack(auto('Frame'), { visible: false, gap: 6, name: 'why-link (cut v3)' }, [
        text('Every sale in one place', { size: 15, weight: 600 }),
        text('We read your takings from the till to work out your payout.', { size: 15, w: 343 }),
      ]),
    ]), 16, 140),
    at(linkTill, 16, 664),
    at(laterL, 16, 732),
  ]);

  // 5 till picker
  const csv = text('Can’t see yours? Upload a sales CSV', { size: 15, weight: 500, color: ORANGE, underline: true });
  click(csv, '@csv');
  const tills = screen('tills', 'Pick till', 1760, 0, [
    topBar('Your till'),
    at(vstack(auto('Auto layout'), { w: 343, gap: 4 }, [
      L.searchField('Search tills', { w: 343 }),
      listRow('Square', null, tile('■', INK), '@consent', 'OVERLAY'),
      listRow('SumUp', null, tile('S', '#2F2F2F'), '@consent', 'OVERLAY'),
      listRow('Zettle', null, tile('Z', '#1A4FD6'), '@consent', 'OVERLAY'),
      listRow('Lightspeed', null, tile('L', '#E0312A'), '@consent', 'OVERLAY'),
      listRow('Clover', null, tile('C', '#1F8A3C'), '@consent', 'OVERLAY'),
      listRow('Epos Now', null, tile('E', '#0D6E9A'), '@consent', 'OVERLAY'),
      csv,
    ]), 16, 100),
  ]);

  // 6 consent sheet (overlay)
  const tick = L.checkbox('VECTOR', { checked: false });
  const allow = btn('Allow');
  click(allow, '@banks');
  const notNow = text('Not now', { size: 16, color: MUTED, align: 'CENTER', w: 343 });
  close(notNow);
  const consent = screen('consent', 'Sheet / Allow SumUp', 0, 1000, [
    at(rect({ w: W, h: H, fill: '#000000', opacity: 0.4, name: 'Scrim' }), 0, 0),
    at(frame(auto('Frame'), { w: W, h: 560, fill: '#FFFFFF', radius: 20 }, [
      at(rect({ w: 36, h: 5, radius: 3, fill: '#D1D1D6' }), 170, 8),
      at(vstack(auto('Auto layout'), { w: 343, gap: 12 }, [
        hstack(auto('Frame'), { gap: 10 }, [tile('S', '#2F2F2F'), text('→', { size: 18 }), vector({ w: 32, h: 32, fill: ORANGE }), text('SumUp → Kerbside', { size: 18, weight: 700 })]),
        text('Shares: sales, refunds, payouts.\nRead-only. We can’t change anything in SumUp.', { size: 15, w: 343 }),
        text('You’ll hop to SumUp to log in, then bounce back here.', { size: 15, w: 343 }),
        text('🔒 Encrypted. We never sell or pass on your data.', { size: 14, color: MUTED, w: 343 }),
        text('Unlink any time in Settings.', { size: 14, color: MUTED }),
        hstack(auto('Frame'), { gap: 10, align: 'start' }, [tick, text('I agree to the Privacy notice', { size: 14, w: 300 })]),
        allow,
        notNow,
        text('Powered by Railyard Open Data', { size: 12, color: '#AEAEB2', align: 'CENTER', w: 343 }),
      ]), 16, 28),
    ]), 0, 252),
  ], { fill: '#FFFFFF' });

  // 7 bank picker
  const banks = screen('banks', 'Pick bank', 440, 1000, [
    topBar('Payouts to'),
    at(vstack(auto('Auto layout'), { w: 343, gap: 4 }, [
      text('Where should we send your money?', { size: 22, weight: 700, w: 343 }),
      listRow('Starling', 'Business account', tile('S', '#6935D3'), '@linking'),
      listRow('Tide', null, tile('T', '#1C2A4A'), '@linking'),
      listRow('Monzo Business', null, tile('M', '#14233C'), '@linking'),
      listRow('Barclays', null, tile('B', '#00AEEF'), '@linking'),
      listRow('Other bank', 'Enter sort code + account no.', tile('£', '#8E8E93'), '@linking'),
    ]), 16, 100),
  ]);

  // 8 linking spinner
  const linking = screen('linking', 'Linking…', 880, 1000, [
    at(vstack(auto('Frame'), { w: 343, gap: 16, align: 'center' }, [
      group('spinner', {}, [ellipse({ w: 48, h: 48, stroke: '#F2F2F7', strokeWeight: 5 }), vector({ w: 24, h: 24, stroke: ORANGE, strokeWeight: 5 })]),
      text('Linking…', { size: 20, weight: 600 }),
    ]), 16, 340),
  ]);
  L.act(linking, { type: 'NODE', destinationId: '@done', navigation: 'NAVIGATE', transition: { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.3 } }, 'AFTER_TIMEOUT');
  linking.interactions[0].trigger.timeout = 1.5;

  // 9 all set
  const addTill = text('+ Add another till', { size: 16, weight: 600, color: ORANGE });
  click(addTill, '@tills');
  const openApp = btn('Open Kerbside');
  click(openApp, '@home');
  const done = screen('done', 'All set', 1320, 1000, [
    at(vstack(auto('Auto layout'), { w: 343, gap: 12 }, [
      text('You’re set', { size: 28, weight: 700 }),
      listRow('Till', 'SumUp  ✓ Linked', tile('S', '#2F2F2F')),
      listRow('Bank', 'Starling  ✓ Linked', tile('S', '#6935D3')),
      addTill,
    ]), 16, 120),
    at(openApp, 16, 720),
  ]);

  // 10 home
  const payCard = vstack(auto('Frame'), { w: 343, gap: 8, pad: 16, radius: 14, fill: '#FFF1EB' }, [
    text('Payouts', { size: 15, weight: 600 }),
    text('Link a bank to see when money lands.', { size: 14, w: 311 }),
  ]);
  const payBtn = L.btnShape('Link bank', { w: 120, h: 36, fill: INK, radius: 18, size: 14 });
  click(payBtn, '@banks');
  payCard.children.push(at(payBtn, 16, payCard._h));
  payCard._h += 48;
  const tab = (label, dest, active) => {
    const t = vstack(auto('Frame'), { w: 93, gap: 4, align: 'center' }, [vector({ w: 24, h: 24, fill: active ? ORANGE : '#8E8E93' }), text(label, { size: 11, color: active ? ORANGE : '#8E8E93' })]);
    if (dest) click(t, dest);
    return t;
  };
  const tabs = (active) => frame('Tab bar', { type: 'INSTANCE', componentId: tabC.id, y: H - 83, w: W, h: 83, fill: '#FFFFFF', stroke: '#E5E5EA' }, [
    at(tab('Today', '@home', active === 0), 0, 8), at(tab('Payouts', null, active === 1), 94, 8), at(tab('Reader', null, false), 188, 8), at(tab('Settings', '@settings', active === 3), 282, 8),
  ]);
  const home = screen('home', 'Today', 1760, 1000, [
    at(vstack(auto('Auto layout'), { w: 343, gap: 16 }, [
      hstack(auto('Frame'), { w: 343, gap: 8 }, [text('Today', { size: 28, weight: 700, w: 200 }), hstack(auto('Frame'), { gap: 6, pad: [4, 10, 4, 10], radius: 12, fill: '#F2F2F7' }, [ellipse({ w: 12, h: 12, stroke: ORANGE, strokeWeight: 2 }), text('Syncing sales…', { size: 12, color: MUTED })])]),
      vstack(auto('Frame'), { w: 343, gap: 4, pad: 16, radius: 14, fill: INK }, [text('Takings', { size: 13, color: '#AEAEB2' }), text('£1,284.50', { size: 34, weight: 700, color: '#FFFFFF' }), text('142 sales · avg £9.05', { size: 13, color: '#AEAEB2' })]),
      payCard,
      hstack(auto('Frame'), { w: 343, gap: 12, pad: 16, radius: 14, stroke: '#E5E5EA' }, [rect({ w: 44, h: 44, radius: 8, fills: [L.image('7acd11e0f2b3a4c5d6e7f8091a2b3c4d5e6f7a8b')] }), text('TapLink Mini reader — £29\nOrder a spare for the window', { size: 14, w: 240 })]),
    ]), 16, 60),
    tabs(0),
  ]);

  // 11 settings
  const refresh = L.btnShape('Refresh', { w: 96, h: 34, fill: '#F2F2F7', color: INK, radius: 17, size: 14 });
  const unlink = text('Unlink', { size: 15, weight: 500, color: '#D70015' });
  click(unlink, '@unlink', 'OVERLAY');
  const tipsToggle = frame('Toggle', { type: 'INSTANCE', componentId: tOff.id, w: 44, h: 26, fill: '#D1D1D6', radius: 13 }, [at(ellipse({ w: 22, h: 22, fill: '#FFFFFF' }), 2, 2)]);
  L.act(tipsToggle, { type: 'NODE', destinationId: tOn.id, navigation: 'CHANGE_TO', transition: null });
  const helpRow = listRow('Help', 'Chat, phone, email', tile('?', '#8E8E93'), '@help', 'OVERLAY');
  const settings = screen('settings', 'Settings', 0, 2000, [
    at(vstack(auto('Auto layout'), { w: 343, gap: 14 }, [
      text('Settings', { size: 28, weight: 700 }),
      text('LINKED', { size: 12, weight: 600, color: MUTED }),
      vstack(auto('Frame'), { w: 343, gap: 8, pad: 14, radius: 14, stroke: '#E5E5EA' }, [
        hstack(auto('Frame'), { gap: 10 }, [tile('S', '#2F2F2F'), vstack(auto('Frame'), { gap: 2 }, [text('SumUp', { size: 16, weight: 600 }), text('Linked 3 Jun · synced 2 min ago', { size: 13, color: MUTED })])]),
        hstack(auto('Frame'), { gap: 16 }, [refresh, unlink]),
      ]),
      vstack(auto('Frame'), { w: 343, gap: 8, pad: 14, radius: 14, stroke: '#E5E5EA' }, [
        hstack(auto('Frame'), { gap: 10 }, [tile('S', '#6935D3'), vstack(auto('Frame'), { gap: 2 }, [text('Starling Business ••4411', { size: 16, weight: 600 }), text('Payouts · linked 3 Jun', { size: 13, color: MUTED })])]),
      ]),
      hstack(auto('Frame'), { w: 343, gap: 8 }, [text('Tips on receipts', { size: 16, w: 280 }), tipsToggle]),
      text('Plan: Street · £9/mo. No contract — cancel anytime.', { size: 14, color: MUTED, w: 343 }),
      helpRow,
      text('Delete account', { size: 16, color: '#D70015' }),
    ]), 16, 60),
    tabs(3),
  ]);

  // 12 unlink confirm
  const yes = btn('Unlink SumUp', { fill: '#D70015' });
  back(yes);
  const unlinkSheet = screen('unlink', 'Sheet / Unlink', 440, 2000, [
    at(rect({ w: W, h: H, fill: '#000000', opacity: 0.4, name: 'Scrim' }), 0, 0),
    at(frame(auto('Frame'), { w: W, h: 260, fill: '#FFFFFF', radius: 20 }, [
      at(vstack(auto('Frame'), { w: 343, gap: 12 }, [text('Unlink SumUp?', { size: 20, weight: 700 }), text('New sales stop showing in Kerbside. Past payouts stay.', { size: 15, w: 343 }), yes]), 16, 28),
    ]), 0, 552),
  ]);

  // 13 help
  const helpX = vector({ w: 14, h: 14, stroke: INK, strokeWeight: 2, name: 'close' });
  close(helpX);
  const helpScreen = screen('help', 'Help', 880, 2000, [
    at(helpX, 340, 60),
    at(vstack(auto('Auto layout'), { w: 343, gap: 12 }, [
      text('Stuck?', { size: 28, weight: 700 }),
      listRow('Chat with us', '7am–11pm, every day', tile('💬', ORANGE)),
      listRow('Call 0161 496 0123', 'Mon–Sat 8–8', tile('☎', INK)),
      listRow('hello@kerbside.co.uk', 'Replies within a day', tile('@', '#8E8E93')),
    ]), 16, 100),
  ]);

  // 14 CSV upload
  const upBtn = btn('Upload');
  click(upBtn, '@home');
  const csvScreen = screen('csv', 'Upload CSV', 1320, 2000, [
    topBar('Upload sales'),
    at(vstack(auto('Auto layout'), { w: 343, gap: 12 }, [
      text('Export sales from your till as CSV, then drop it here.', { size: 15, w: 343 }),
      frame(auto('Frame'), { w: 343, h: 180, radius: 14, stroke: '#AEAEB2' }, [at(vector({ w: 28, h: 28, fill: MUTED }), 157, 60), at(text('Choose file', { size: 15, color: ORANGE }), 132, 100)]),
    ]), 16, 110),
    at(upBtn, 16, 720),
  ]);

  const flowPage = L.canvas('📱 Flow', { id: '0:2', bg: '#2C2C2C' }, [splash, signup, verify, connect, tills, consent, banks, linking, done, home, settings, unlinkSheet, helpScreen, csvScreen]);

  L.setPage(1);
  const cover = L.canvas('Cover', { id: '0:1' }, [frame('Thumbnail', { w: 1600, h: 960, fill: ORANGE }, [at(text('Kerbside — trader onboarding', { size: 80, weight: 700, color: '#FFFFFF', w: 1300 }), 100, 400)])]);

  const document = { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, componentsPage] };
  const file = L.fileShell('Kerbside app — onboarding + settings', document, L.registry.components, L.registry.componentSets);
  const keys = L.finish(file);
  const cta = ['connect', 'tills', 'banks', 'done', 'home'].map((k) => keys.get(k));
  const flow = L.flowFacts(flowPage, keys.get('signup'), cta);
  return { file, flowPage, flow, ctaFrames: cta };
}

export const truthBody = {
  kind: 'onboarding',
  description:
    'Mobile (375x812) onboarding for a UK card-payments app for food trucks. After a marketing carousel, sign-up and phone verification, the trader is asked to link a till (Square, SumUp, Zettle …) and then a business bank for payouts; settings list linked accounts with refresh and unlink. Terse copy; buttons are mostly text over vectors. No prototype starting point is set; the sign-up screen is the start.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.contextual-ctas',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.statistics', 'privacy.connection-guide', 'privacy.mutual-nda', 'platform.accurate-branding',
  ],
  notes: {
    'funnel.three-actions': 'Sign-up → verify code → "Link your till": two taps.',
    'funnel.social-proof': 'Star rating and a named trader’s quote on the first carousel card.',
    'value.three-part': 'The link prompt only says "Square, SumUp, Zettle and more."; the benefit/data-use copy is in a hidden layer.',
    'value.contextual-ctas': 'Payouts card on the Today screen: "Link a bank to see when money lands" with a Link bank button.',
    'privacy.data-scope': 'Consent sheet: "Shares: sales, refunds, payouts. Read-only", direction SumUp → Kerbside.',
    'privacy.support-contacts': 'Help sheet (from the ? icon on every onboarding screen): chat, phone and email.',
    'privacy.powered-by': '"Powered by Railyard Open Data" at the foot of the consent sheet.',
    'platform.explain-redirect': '"You’ll hop to SumUp to log in, then bounce back here."',
    'platform.alternatives': '"Can’t see yours? Upload a sales CSV" and "Other bank — enter sort code".',
    'platform.non-linear': '"Do this later" on the link prompt.',
    'platform.accurate-branding': 'Bare names ("Lightspeed", "Square", "Clover") with letter tiles, no product editions or logos.',
    'platform.multiple-connections': '"You’re set" lists till and bank as ✓ Linked with "+ Add another till".',
    'connection.view-live': 'Settings › Linked: SumUp "Linked 3 Jun · synced 2 min ago", Starling account ••4411.',
    'connection.syncing-indicator': '"Syncing sales…" pill with a ring on Today.',
  },
};

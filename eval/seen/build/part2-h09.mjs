// h09 — NEGATIVE: "Rider Connect", a ride-hailing passenger app (mobile 375x812). No account connection.
import { Builder, btnInst, btnFrame } from './part2-lib.mjs';

export default function build() {
  const b = new Builder(909);
  b.font = 'Roboto';
  b.instanceChildIds = true;
  const INK = '#111111', MUTED = '#6B6B6B', LINE = '#EEEEEE', BRAND = '#00A86B', RED = '#E53935', BG = '#F6F6F6';
  b.textColor = INK;

  // components
  b.page(4);
  const cFilled = b.C({ name: 'btn/filled', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 343, h: 52, fill: INK, radius: 8 }, [b.T('Label', { size: 16, weight: 500, color: '#FFFFFF' })]);
  b.registerComponent(cFilled);
  const cItem = b.C({ name: 'list-item', layout: 'H', gap: 16, align: 'CENTER', pad: [0, 16], w: 375, h: 56 }, [b.V(24, 24, { fill: INK }), b.T('Title', { size: 16 })]);
  b.registerComponent(cItem);
  const compKids = [b.at(cFilled, 0, 0), b.at(cItem, 0, 100)];

  const statusBar = () => b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [14, 24], w: 375, h: 44 }, [b.T('9:41', { size: 15, weight: 500 }), b.V(66, 12, { fill: INK })]);
  const appBar = (title, o = {}) => b.F({ layout: 'H', gap: 16, align: 'CENTER', pad: [0, 16], w: 375, h: 56, fill: '#FFFFFF', name: 'App bar' }, [o.left || b.V(24, 24, { fill: INK, name: 'menu' }), b.T(title, { size: 20, weight: 500 })]);
  const screen = (id, name, kids, o = {}) => b.F({ id, name, w: 375, h: 812, fill: o.fill || '#FFFFFF', clip: true }, [
    b.at(statusBar(), 0, 0), ...(o.bar ? [b.at(o.bar, 0, 44)] : []),
    b.at(b.F({ layout: 'V', gap: o.gap ?? 16, pad: [16, 16], w: 375 }, kids), 0, o.bar ? 100 : 44),
    ...(o.abs || []),
  ]);
  const filled = (label, o = {}) => btnInst(b, cFilled.id, label, { fill: INK, w: 343, h: 52, size: 16, ...o });
  const item = (t, sub, o = {}) => b.I(cItem.id, { layout: 'H', gap: 16, align: 'CENTER', pad: [0, 8], w: 343, h: sub ? 64 : 56, name: o.name }, [b.V(24, 24, { fill: o.color || INK }), b.F({ layout: 'V', gap: 2 }, [b.T(t, { size: 16, color: o.color || INK }), sub ? b.T(sub, { size: 13, color: MUTED }) : null])]);
  const backArrow = () => { const v = b.V(24, 24, { fill: INK, name: 'arrow_back' }); b.back(v); return v; };

  b.page(50);
  const S = {}; for (const k of ['welcome', 'otp', 'home', 'ride', 'trip', 'rate', 'courier', 'account', 'payment', 'addCard', 'help', 'settings', 'delete', 'promos']) S[k] = b.reserve();

  const cont = filled('Continue');
  b.go(cont, S.otp);
  const welcome = screen(S.welcome, 'Welcome', [
    b.F({ layout: 'H', gap: 8, align: 'CENTER' }, [b.V(32, 32, { fill: BRAND, name: 'logo' }), b.T('Rider Connect', { size: 22, weight: 700 })]),
    b.R(343, 260, { image: 'city-ride', radius: 16 }),
    b.T('Get there. Together.', { size: 28, weight: 700 }),
    b.F({ layout: 'H', gap: 8, align: 'CENTER', pad: [10, 12], radius: 8, fill: '#E8F7F0' }, [
      ...Array.from({ length: 5 }, () => b.V(14, 14, { fill: '#F5A623', name: 'star' })),
      b.T('Trusted by 2 million riders', { size: 14, weight: 500 }),
    ]),
    b.F({ layout: 'H', align: 'CENTER', gap: 8, pad: [0, 14], h: 52, w: 343, radius: 8, fill: BG }, [b.T('🇺🇸 +1', { size: 16 }), b.T('(555) 013-2290', { size: 16 })]),
    cont,
    b.T('By continuing you agree to the Terms of Use and Privacy Policy.', { size: 12, color: MUTED, w: 343 }),
  ]);

  const verify = filled('Verify');
  b.go(verify, S.home);
  const otp = screen(S.otp, 'Verify phone', [
    backArrow(),
    b.T('Enter the 4-digit code sent to +1 (555) 013-2290', { size: 20, weight: 500, w: 343 }),
    b.F({ layout: 'H', gap: 12 }, ['7', '3', '0', '5'].map((d) => b.F({ layout: 'H', justify: 'CENTER', align: 'CENTER', w: 56, h: 56, radius: 8, fill: BG }, [b.T(d, { size: 22, weight: 500 })]))),
    b.T('Resend code in 0:24', { size: 14, color: MUTED }),
    verify,
  ]);

  // Home with map and "Where to?" destination search
  const menu = b.V(24, 24, { fill: INK, name: 'menu' });
  b.go(menu, S.account);
  const whereTo = b.F({ layout: 'H', gap: 12, align: 'CENTER', pad: [0, 16], w: 343, h: 52, radius: 26, fill: '#FFFFFF', shadow: true }, [b.V(18, 18, { stroke: INK, strokeWeight: 2, name: 'Vector' }), b.T('Where to?', { size: 17, weight: 500, color: MUTED })]);
  b.go(whereTo, S.ride);
  const pkg = b.F({ layout: 'H', gap: 8, align: 'CENTER', pad: [8, 14], radius: 20, fill: '#FFFFFF' }, [b.V(18, 18, { fill: INK }), b.T('Send a package', { size: 14, weight: 500 })]);
  b.go(pkg, S.courier);
  const home = b.F({ id: S.home, name: 'Home / map', w: 375, h: 812, image: 'map-sf', clip: true }, [
    b.at(statusBar(), 0, 0),
    b.at(appBar('Rider Connect', { left: menu }), 0, 44),
    b.at(b.F({ layout: 'V', gap: 12, pad: [16, 16, 34, 16], w: 375, fill: '#FFFFFF', radius: 16 }, [
      whereTo,
      b.F({ layout: 'H', gap: 8 }, [
        b.F({ layout: 'H', gap: 8, align: 'CENTER', pad: [8, 14], radius: 20, fill: BG }, [b.V(18, 18, { fill: INK }), b.T('Home', { size: 14 })]),
        b.F({ layout: 'H', gap: 8, align: 'CENTER', pad: [8, 14], radius: 20, fill: BG }, [b.V(18, 18, { fill: INK }), b.T('Work', { size: 14 })]),
        pkg,
      ]),
      b.T('Recent: 1 Ferry Building, San Francisco', { size: 14, color: MUTED }),
    ]), 0, 560),
  ]);

  const opt = (n, eta, price, sel) => b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [12, 16], w: 343, radius: 10, stroke: sel ? INK : LINE, strokeWeight: sel ? 2 : 1 }, [
    b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [b.R(56, 36, { image: 'car-' + n }), b.F({ layout: 'V', gap: 2 }, [b.T(n, { size: 16, weight: 500 }), b.T(eta, { size: 13, color: MUTED })])]), b.T(price, { size: 16, weight: 500 }),
  ]);
  const confirm = filled('Confirm Economy');
  b.go(confirm, S.trip);
  const ride = screen(S.ride, 'Choose a ride', [
    b.T('Choose a ride', { size: 22, weight: 700 }),
    opt('Economy', '4 min away', '$12.40', true), opt('Comfort', '6 min away', '$16.10'), opt('XL', '9 min away', '$21.85'),
    b.F({ layout: 'H', justify: 'SPACE_BETWEEN', w: 343 }, [b.T('Visa •••• 4242', { size: 15 }), b.T('Change', { size: 15, weight: 500, color: BRAND })]),
    confirm,
  ], { bar: appBar('Ride options', { left: backArrow() }) });

  const endTrip = b.T('Trip finished? Rate your driver', { size: 14, weight: 500, color: BRAND });
  b.go(endTrip, S.rate);
  const trip = screen(S.trip, 'On trip', [
    b.R(343, 300, { image: 'map-route', radius: 12 }),
    b.T('Marcus is 3 min away', { size: 22, weight: 700 }),
    b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [b.E(48, 48, { image: 'driver-marcus' }), b.F({ layout: 'V', gap: 2 }, [b.T('Marcus · 4.9 ★', { size: 16, weight: 500 }), b.T('Toyota Prius · 7KDL204', { size: 13, color: MUTED })])]),
    b.F({ layout: 'H', gap: 12 }, [btnFrame(b, 'Message', { fill: BG, color: INK, w: 165 }), btnFrame(b, 'Call', { fill: BG, color: INK, w: 165 })]),
    b.T('Share trip status', { size: 15, weight: 500, color: BRAND }),
    endTrip,
    b.T('Cancel ride', { size: 15, weight: 500, color: RED }),
  ]);

  const submit = filled('Submit');
  b.go(submit, S.home);
  const rate = screen(S.rate, 'Rate trip', [
    b.T('How was your ride with Marcus?', { size: 22, weight: 700, w: 343 }),
    b.F({ layout: 'H', gap: 8 }, Array.from({ length: 5 }, (_, i) => b.V(40, 40, { fill: i < 4 ? '#F5A623' : '#DDDDDD', name: 'star' }))),
    b.T('Add a tip', { size: 16, weight: 500 }),
    b.F({ layout: 'H', gap: 8 }, ['$1', '$2', '$5', 'Custom'].map((t) => b.F({ layout: 'H', pad: [8, 16], radius: 18, fill: BG }, [b.T(t, { size: 15 })]))),
    submit,
  ]);

  const request = filled('Request courier');
  b.close(request);
  const courier = screen(S.courier, 'Package delivery', [
    b.T('Package delivery', { size: 22, weight: 700 }),
    b.T('Pickup: 1 Ferry Building\nDrop-off: 42 Harbor Rd, Apt 3', { size: 15, lh: 1.7 }),
    b.T('Note for courier', { size: 13, weight: 500, color: MUTED }),
    b.F({ layout: 'V', pad: 14, w: 343, radius: 8, fill: BG }, [b.T('“Please leave it with the front desk, not in the mailbox. Thanks!”', { size: 15, italic: true, w: 315 })]),
    b.T('— Jordan', { size: 13, color: MUTED }),
    b.T('Small package · up to 10 lb · $8.20', { size: 14 }),
    request,
  ], { bar: appBar('Send', { left: backArrow() }) });

  const acctItems = [['Payment', null, S.payment], ['Your trips', null, null], ['Promotions', null, S.promos], ['Support & Help Center', null, S.help], ['Settings', null, S.settings]].map(([t, s, d]) => { const it = item(t, s); if (d) b.go(it, d); return it; });
  const account = screen(S.account, 'Account menu', [
    b.F({ layout: 'H', gap: 14, align: 'CENTER' }, [b.E(56, 56, { image: 'rider-jordan' }), b.F({ layout: 'V', gap: 2 }, [b.T('Jordan Lee', { size: 20, weight: 700 }), b.T('4.95 ★ rider rating', { size: 13, color: MUTED })])]),
    b.F({ layout: 'V', gap: 0, pad: [8, 0] }, acctItems),
    b.T('Rider Connect v8.14.2', { size: 12, color: MUTED }),
  ], { bar: appBar('Account', { left: backArrow() }), gap: 8 });

  const addPm = filled('Add payment method', { name: 'btn/filled' });
  b.overlay(addPm, S.addCard);
  const payment = screen(S.payment, 'Payment', [
    b.T('Payment methods', { size: 22, weight: 700 }),
    item('Visa •••• 4242', 'Default · exp 08/28'), item('Mastercard •••• 1881', 'exp 02/27'), item('Cash', 'Pay the driver directly'),
    addPm,
    b.T('Ride credits: $4.00', { size: 15 }),
  ], { bar: appBar('Wallet', { left: backArrow() }), gap: 6 });

  const saveCard = filled('Save card');
  b.close(saveCard);
  const addCard = b.F({ id: S.addCard, name: 'Add card sheet', w: 375, h: 420, fill: '#FFFFFF', radius: 16, layout: 'V', gap: 14, pad: [24, 16, 34, 16] }, [
    b.T('Add card', { size: 22, weight: 700 }),
    b.F({ layout: 'H', align: 'CENTER', pad: [0, 14], h: 52, w: 343, radius: 8, fill: BG }, [b.T('Card number', { size: 16, color: MUTED })]),
    b.F({ layout: 'H', gap: 11 }, [b.F({ layout: 'H', align: 'CENTER', pad: [0, 14], h: 52, w: 166, radius: 8, fill: BG }, [b.T('MM / YY', { size: 16, color: MUTED })]), b.F({ layout: 'H', align: 'CENTER', pad: [0, 14], h: 52, w: 166, radius: 8, fill: BG }, [b.T('CVC', { size: 16, color: MUTED })])]),
    b.F({ layout: 'H', align: 'CENTER', pad: [0, 14], h: 52, w: 343, radius: 8, fill: BG }, [b.T('ZIP code', { size: 16, color: MUTED })]),
    saveCard,
  ]);

  const help = screen(S.help, 'Help', [
    b.T('Support & Help Center', { size: 22, weight: 700 }),
    b.T('Popular topics', { size: 14, weight: 500, color: MUTED }),
    item('I lost an item', null), item('Review my fare', null), item('My driver was unprofessional', null), item('Account and payment options', null),
  ], { bar: appBar('Help', { left: backArrow() }), gap: 6 });

  const del = b.T('Delete account', { size: 16, weight: 500, color: RED });
  b.overlay(del, S.delete);
  const settings = screen(S.settings, 'Settings', [
    item('Notifications', 'Trip updates, offers'), item('Privacy', 'Location sharing, ad preferences'), item('Language', 'English (US)'), item('Saved places', 'Home, Work'),
    b.F({ layout: 'H', pad: [16, 16] }, [del]),
  ], { bar: appBar('Settings', { left: backArrow() }), gap: 4 });

  const delGo = filled('Delete', { fill: RED, w: 303 });
  b.go(delGo, S.welcome);
  const delCancel = b.T('Cancel', { size: 16, weight: 500, align: 'CENTER' });
  b.close(delCancel);
  const delDialog = b.F({ id: S.delete, name: 'Dialog', w: 343, h: 250, fill: '#FFFFFF', radius: 12, layout: 'V', gap: 14, pad: 20, align: 'CENTER' }, [
    b.T('Delete account?', { size: 20, weight: 700 }),
    b.T('This permanently deletes your Rider Connect account and trip history.', { size: 14, color: MUTED, w: 303 }),
    b.F({ layout: 'V', gap: 8, align: 'CENTER' }, [delGo, delCancel]),
  ]);

  const promos = screen(S.promos, 'Promotions', [
    b.F({ layout: 'V', gap: 8, pad: 20, w: 343, radius: 12, fill: '#E8F7F0' }, [
      b.T('Trusted by 2 million riders', { size: 18, weight: 700 }),
      b.T('Invite friends to Rider Connect. You both get $10 off your next ride.', { size: 14, w: 303 }),
      b.T('Your code: RIDE-JL10', { size: 16, weight: 700, color: BRAND }),
    ]),
    btnFrame(b, 'Share invite link', { fill: INK, w: 343, h: 52 }),
    b.T('Enter promo code', { size: 15, weight: 500, color: BRAND }),
  ], { bar: appBar('Promotions', { left: backArrow() }) });

  const flowKids = [welcome, otp, home, ride, trip, rate, courier, account, payment, addCard, help, settings, delDialog, promos].map((f, i) => b.at(f, (i % 7) * 475, Math.floor(i / 7) * 960));

  b.page(1);
  const cover = b.F({ name: 'Cover', w: 1600, h: 960, fill: INK }, [
    b.at(b.T('Rider Connect', { size: 88, weight: 700, color: '#FFFFFF' }), 100, 360),
    b.at(b.T('Passenger app · booking, wallet, account', { size: 28, color: '#BBBBBB' }), 100, 480),
  ]);
  const pages = [
    b.canvas('0:1', 'Cover', [b.at(cover, 0, 0)]),
    b.canvas('0:2', 'Passenger app', flowKids, { flowStart: [{ nodeId: S.welcome, name: 'Book a ride' }] }),
    b.canvas('0:3', 'Components', compKids),
  ];
  const file = b.file('Rider Connect — passenger', pages);

  const all = [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ];
  const truth = {
    file: 'h09-negative-ride-hailing.json',
    kind: 'negative',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'Rider Connect, a ride-hailing passenger app, mobile 375x812, three pages (cover, app, components). Phone sign-in → code → map home with a "Where to?" destination search → ride options → trip → rating; a package-delivery screen with a courier note in quotation marks; account menu (Payment, Promotions, "Support & Help Center", Settings); wallet with "Add payment method" (cards and cash only); Settings with "Delete account" and a confirmation dialog; a promotions card "Trusted by 2 million riders" with an invite-friends code. The app never asks the user to connect or link any accounting, banking or commerce software, so no connection flow exists.',
    present: [],
    absent: all,
    notes: {
      'funnel.cta-visible': '"Rider Connect" is the app name in the app bar, not a connect call to action.',
      'funnel.social-proof': '"Trusted by 2 million riders" is a ride-service promo; there is no connection funnel for it to support. The quoted courier note is a delivery instruction, not a testimonial.',
      'privacy.statistics': 'The "2 million riders" promo figure is not about data protection or connected customers; no connection flow exists.',
      'privacy.support-contacts': '"Support & Help Center" opens a list of help topics only; no phone, email or request form, and no connection flow to support.',
      'connection.delete': '"Delete account" deletes the rider account, not a data connection.',
      'platform.multiple-connections': '"Add payment method" adds a card, not a connection to software.',
      'platform.search': '"Where to?" searches destinations, not integrations.',
      'platform.non-linear': '"Invite friends" / "Share trip status" are referral and safety features, not sharing a connection flow.',
    },
    flow: { startFrameId: S.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  return { slug: 'h09-negative-ride-hailing', file, truth };
}

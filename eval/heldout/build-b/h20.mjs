// h20 — negative: a parking app (375x812). No business-software connection.
import {
  F, R, V, E, G, T, col, row, go, act, key, build, write, solid, image, statusBar,
} from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const W = 375;
const H = 812;
const INK = '#101828';
const GREY = '#667085';
const GREEN = '#00A86B';
const BG = '#F2F4F7';

// button: text centred over a sibling rectangle, in a group
const gbtn = (label, x, y, dest, opts = {}) => {
  const w = opts.w ?? 327;
  const g = G('Group ' + (label.length + 10), x, y, w, 52, [
    R('Rectangle 2', 0, 0, w, 52, { fills: solid(opts.bg ?? GREEN), cornerRadius: 14 }),
    T(label, 0, 16, w, 20, { size: 16, weight: 700, color: opts.ink ?? '#FFFFFF', align: 'CENTER' }),
  ]);
  if (dest) g._links = [{ kind: 'TRANSITION', dest }];
  return g;
};
const screen = (name, k, x, y, children, bg = '#FFFFFF') =>
  key(F(name, x, y, W, H, { fills: solid(bg), clipsContent: true }, [...children, statusBar(W, bg === INK)]), k);
const back = () => act(V('chevron-left', 16, 56, 24, 24, { strokes: solid(INK), strokeWeight: 2 }), 'BACK');
const input = (label, ph) => col('Frame 6', 0, 0, 327, [
  T(label, 0, 0, 327, 18, { size: 13, weight: 600, color: INK }),
  F('Rectangle 7', 0, 0, 327, 50, { fills: solid(BG), cornerRadius: 12 }, [T(ph, 14, 15, 290, 20, { size: 16, color: '#98A2B3' })]),
], { gap: 6 });

const welcome = screen('Welcome', 'p_welcome', 0, 0, [
  R('Rectangle 1', 0, 0, W, 812, { fills: image('ab12cd34ef56ab78cd90') }),
  R('Gradient', 0, 400, W, 412, { fills: [{ type: 'GRADIENT_LINEAR', gradientStops: [{ position: 0, color: { r: 0.06, g: 0.09, b: 0.16, a: 0 } }, { position: 1, color: { r: 0.06, g: 0.09, b: 0.16, a: 1 } }], gradientHandlePositions: [{ x: 0.5, y: 0 }, { x: 0.5, y: 1 }, { x: 0, y: 0 }] }] }),
  col('Auto layout', 24, 520, 327, [
    T('Park in seconds.\nPay from your phone.', 0, 0, 327, 72, { size: 28, weight: 800, color: '#FFFFFF' }),
    T('Trusted by 1M drivers in 400+ cities', 0, 0, 327, 20, { size: 15, color: '#D0D5DD' }),
  ], { gap: 12 }),
  gbtn('Get started', 24, 716, 'p_signup'),
], INK);

const signup = screen('Phone', 'p_signup', 440, 0, [
  back(),
  col('Auto layout', 24, 100, 327, [
    T('What’s your number?', 0, 0, 327, 34, { size: 26, weight: 800, color: INK }),
    T('We’ll text you a code. No password needed.', 0, 0, 327, 20, { size: 15, color: GREY }),
    input('Mobile number', '+1 (555) 000-0000'),
  ], { gap: 14 }),
  gbtn('Send code', 24, 716, 'p_vehicle'),
]);

const vehicle = screen('Add vehicle', 'p_vehicle', 880, 0, [
  back(),
  col('Auto layout', 24, 100, 327, [
    T('Add your vehicle', 0, 0, 327, 34, { size: 26, weight: 800, color: INK }),
    input('Licence plate', '8ABC123'),
    input('State', 'California'),
    input('Nickname (optional)', 'e.g. Work van'),
  ], { gap: 14 }),
  gbtn('Save vehicle', 24, 716, 'p_card'),
]);

const card = screen('Payment', 'p_card', 1320, 0, [
  back(),
  col('Auto layout', 24, 100, 327, [
    T('Link a payment card', 0, 0, 327, 34, { size: 26, weight: 800, color: INK }),
    T('Parking is charged when your session ends.', 0, 0, 327, 20, { size: 15, color: GREY }),
    F('Apple Pay', 0, 0, 327, 52, { fills: solid('#000000'), cornerRadius: 14 }, [T(' Pay', 0, 15, 327, 22, { size: 18, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
    T('or enter card details', 0, 0, 327, 18, { size: 13, color: GREY, align: 'CENTER' }),
    input('Card number', '1234 1234 1234 1234'),
    row('Frame 20', 0, 0, [
      col('Frame 21', 0, 0, 155, [T('Expiry', 0, 0, 155, 18, { size: 13, weight: 600, color: INK }), F('Rectangle 22', 0, 0, 155, 50, { fills: solid(BG), cornerRadius: 12 }, [T('MM / YY', 14, 15, 120, 20, { size: 16, color: '#98A2B3' })])], { gap: 6 }),
      col('Frame 23', 0, 0, 155, [T('CVC', 0, 0, 155, 18, { size: 13, weight: 600, color: INK }), F('Rectangle 24', 0, 0, 155, 50, { fills: solid(BG), cornerRadius: 12 }, [T('123', 14, 15, 120, 20, { size: 16, color: '#98A2B3' })])], { gap: 6 }),
    ], { gap: 17 }),
  ], { gap: 14 }),
  gbtn('Add card', 24, 716, 'p_map'),
]);

const map = screen('Map', 'p_map', 0, 900, [
  R('Map', 0, 0, W, H, { fills: image('9a8b7c6d5e4f3a2b1c0d') }),
  ...[[90, 210], [230, 300], [150, 420]].map(([x, y], i) => V('Pin ' + (i + 1), x, y, 28, 36, { fills: solid(GREEN) })),
  F('Frame 30', 16, 56, 343, 50, { fills: solid('#FFFFFF'), cornerRadius: 25 }, [
    V('Vector', 16, 17, 16, 16, { strokes: solid(GREY), strokeWeight: 2 }),
    T('Enter zone number or address', 42, 15, 280, 20, { size: 15, color: '#98A2B3' }),
  ]),
  F('Frame 32', 87, 120, 200, 36, { fills: solid(INK, 0.85), cornerRadius: 18 }, [
    E('Spinner', 12, 10, 16, 16, { strokes: solid('#FFFFFF'), strokeWeight: 2, fills: [] }),
    T('Updating your location…', 34, 9, 160, 18, { size: 13, color: '#FFFFFF' }),
  ]),
  F('Sheet', 0, 560, W, 252, { fills: solid('#FFFFFF'), cornerRadius: 20 }, [
    T('Zone 4127 · Main St & 3rd', 24, 24, 327, 24, { size: 18, weight: 700, color: INK }),
    T('$2.50/hr · max 2 hrs · until 6 PM', 24, 54, 327, 20, { size: 14, color: GREY }),
    gbtn('Park here', 24, 150, 'p_session'),
  ]),
  go(R('Menu hotspot', 320, 500, 40, 40, { fills: solid('#FFFFFF'), cornerRadius: 20 }), 'p_menu'),
]);

const session = screen('Start parking', 'p_session', 440, 900, [
  back(),
  col('Auto layout', 24, 100, 327, [
    T('How long?', 0, 0, 327, 34, { size: 26, weight: 800, color: INK }),
    row('Durations', 0, 0, ['30 min', '1 hr', '2 hr'].map((d, i) => F('Frame ' + (40 + i), 0, 0, 101, 56, { fills: solid(i === 1 ? GREEN : BG), cornerRadius: 12 }, [
      T(d, 0, 18, 101, 20, { size: 16, weight: 600, color: i === 1 ? '#FFFFFF' : INK, align: 'CENTER' }),
    ])), { gap: 12 }),
    F('Frame 44', 0, 0, 327, 64, { fills: solid(BG), cornerRadius: 12 }, [
      T('Work van · 8ABC123', 16, 12, 250, 20, { size: 15, weight: 600, color: INK }),
      row('Frame 45', 16, 36, [E('Dot', 0, 4, 8, 8, { fills: solid(GREEN) }), T('Connected to car (Bluetooth)', 0, 0, 250, 16, { size: 12, color: GREY })], { gap: 6 }),
    ]),
    T('Total $2.50 + $0.35 service fee', 0, 0, 327, 20, { size: 15, color: INK }),
  ], { gap: 16 }),
  gbtn('Start session', 24, 716, 'p_active'),
]);

const active = screen('Active session', 'p_active', 880, 900, [
  col('Auto layout', 24, 120, 327, [
    T('You’re parked', 0, 0, 327, 34, { size: 26, weight: 800, color: INK, align: 'CENTER' }),
    E('Ring', 63, 0, 200, 200, { strokes: solid(GREEN), strokeWeight: 10, fills: [] }),
    T('58:12 left', 0, 0, 327, 40, { size: 32, weight: 800, color: INK, align: 'CENTER' }),
    T('Zone 4127 · ends 3:41 PM', 0, 0, 327, 20, { size: 14, color: GREY, align: 'CENTER' }),
  ], { gap: 16 }),
  gbtn('Extend', 24, 640, null, { bg: BG, ink: INK }),
  gbtn('End parking', 24, 716, 'p_map'),
]);

const plus = screen('ParkPal Plus', 'p_plus', 1320, 900, [
  back(),
  col('Auto layout', 24, 100, 327, [
    T('ParkPal Plus', 0, 0, 327, 34, { size: 26, weight: 800, color: INK }),
    T('$4.99/month', 0, 0, 327, 28, { size: 22, weight: 700, color: GREEN }),
    T('✓ No service fees\n✓ Reminders 10 min before expiry\n✓ Up to 5 vehicles', 0, 0, 327, 72, { size: 15, color: INK }),
    T('Cancel anytime in Settings. Renews monthly.', 0, 0, 327, 20, { size: 13, color: GREY }),
  ], { gap: 14 }),
  gbtn('Try free for 30 days', 24, 716),
]);

const vehicles = screen('My vehicles', 'p_vehicles', 0, 1800, [
  back(),
  col('Auto layout', 16, 100, 343, [
    T('My vehicles', 0, 0, 343, 34, { size: 26, weight: 800, color: INK }),
    ...['Work van · 8ABC123', 'Civic · 7XYZ882'].map((v) => F('Frame 60', 0, 0, 343, 96, { fills: solid(BG), cornerRadius: 14 }, [
      T(v, 16, 16, 300, 20, { size: 16, weight: 600, color: INK }),
      T('California', 16, 40, 300, 18, { size: 13, color: GREY }),
      T('Remove vehicle', 16, 66, 200, 18, { size: 13, weight: 600, color: '#D92D20' }),
    ])),
    go(T('+ Add vehicle', 0, 0, 343, 20, { size: 15, weight: 600, color: GREEN }), 'p_vehicle'),
  ], { gap: 12 }),
]);

const menu = screen('Menu', 'p_menu', 440, 1800, [
  back(),
  col('Auto layout', 16, 100, 343, [
    T('Account', 0, 0, 343, 34, { size: 26, weight: 800, color: INK }),
    ...[['My vehicles', 'p_vehicles'], ['Payment methods', null], ['ParkPal Plus', 'p_plus'], ['Parking history', null], ['Help', 'p_help']].map(([l, d]) => {
      const r = F('Row', 0, 0, 343, 52, { fills: solid(BG), cornerRadius: 12 }, [T(l, 16, 16, 280, 20, { size: 15, color: INK })]);
      return d ? go(r, d) : r;
    }),
  ], { gap: 10 }),
]);

const help = screen('Help', 'p_help', 880, 1800, [
  back(),
  col('Auto layout', 16, 100, 343, [
    T('Help', 0, 0, 343, 34, { size: 26, weight: 800, color: INK }),
    ...['I got a ticket', 'Refund a session', 'Change my plate'].map((s) => F('Row', 0, 0, 343, 52, { fills: solid(BG), cornerRadius: 12 }, [T(s, 16, 16, 280, 20, { size: 15, color: INK })])),
    gbtn('Contact support', 0, 0, null, { w: 343 }),
  ], { gap: 10 }),
]);

const doc = build({
  name: 'ParkPal iOS — core flows',
  lastModified: '2025-12-09T14:51:30Z',
  version: '4711920385',
  pages: [
    { name: 'Flows', children: [welcome, signup, vehicle, card, map, session, active, plus, vehicles, menu, help], startId: 'p_welcome' },
    { name: 'Old explorations', children: [F('Map v0', 0, 0, W, H, { fills: solid(BG) }, [T('Find parking near you', 24, 100, 327, 34, { size: 26, weight: 800, color: INK })])] },
  ],
});
write(OUT, 'h20-negative-parking-app', doc, {
  kind: 'negative',
  description: 'Consumer parking app (375x812): welcome with "Trusted by 1M drivers", phone sign-up, "Add your vehicle", "Link a payment card", a map with an "Updating your location…" spinner, start-parking with "Connected to car (Bluetooth)", active session, a ParkPal Plus subscription that says "Cancel anytime", "My vehicles" with "Remove vehicle", and Help with "Contact support". Nothing connects business software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 1M drivers" is marketing social proof for a consumer app, with no connect funnel.',
    'privacy.statistics': 'Left unlabelled: "1M drivers" is a figure about users, not trust in a data connection.',
    'funnel.cta-visible': '"Link a payment card" adds a card, not business software.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the subscription.',
    'privacy.support-contacts': 'A single "Contact support" button in Help, unrelated to any connection.',
    'connection.view-live': '"Connected to car (Bluetooth)" is a device status.',
    'connection.delete': '"Remove vehicle" only.',
    'connection.syncing-indicator': 'The spinner is "Updating your location…".',
    'platform.search': 'Zone/address search on the map.',
  },
  flow: { start: 'p_welcome', connect: null, steps: null, deadEnds: [] },
});

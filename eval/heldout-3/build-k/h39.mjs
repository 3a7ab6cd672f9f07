// h39 (negative): consumer weather app, mobile 390x844. No business-software connection.
import {
  reset, setPage, F, G, R, V, T, COMP, COMPSET, go, hover, back, close, btnFrame, btnGroup, btnInst,
  linkText, searchField, logo, spinner, divider, screen, canvas, solid, writeFile,
} from './lib.mjs';

reset();
const W = 390; const H = 844;
const INK = '#0f1b2d'; const MUTED = '#5d6b82'; const SKY = '#1a73e8';

setPage(1);
const cover = canvas('Cover', [F('Cover', 0, 0, 1440, 960, { fills: [solid('#0b3d91')] }, [T('Nimbus 5.0 — redesign', 100, 420, 1200, { s: 64, w: 700, c: '#ffffff' })])]);

setPage(2);
const pillA = COMP('State=Default', 'pillA', 0, 0, 160, 44, { fills: [solid(SKY)], cornerRadius: 22 }, [T('Pill', 20, 12, 120, { s: 15, w: 600, c: '#ffffff' })]);
const pillB = COMP('State=Pressed', 'pillB', 0, 60, 160, 44, { fills: [solid('#1557b0')], cornerRadius: 22 }, [T('Pill', 20, 12, 120, { s: 15, w: 600, c: '#ffffff' })]);
hover(pillA, 'pillB');
const comps = canvas('Components', [COMPSET('Pill button', 0, 0, 160, 104, [pillA, pillB])]);

setPage(3);
const status = () => F(undefined, 0, 0, W, 47, { fills: [], layoutMode: 'HORIZONTAL', paddingLeft: 28 }, [T('9:41', 28, 14, 60, { s: 16, w: 600, c: INK })]);
function tabs(active) {
  return F('Tabs', 0, H - 82, W, 82, { fills: [solid('#ffffff')], strokes: [solid('#e6ebf2')], layoutMode: 'HORIZONTAL' },
    ['Today', 'Radar', 'Places', 'Settings'].map((t, i) => {
      const n = F(undefined, 8 + i * 94, 8, 90, 50, { fills: [], layoutMode: 'VERTICAL', counterAxisAlignItems: 'CENTER' }, [
        V('Vector', 33, 0, 24, 24, { fills: [solid(t === active ? SKY : '#a7b3c6')] }), T(t, 0, 28, 90, { s: 11, c: t === active ? SKY : MUTED, align: 'CENTER' }),
      ]);
      if (t !== active) go(n, { Today: 'today', Radar: 'radar', Places: 'places', Settings: 'settings' }[t]);
      return n;
    }));
}

// 1 welcome
const allow = btnInst('Allow location access', 'pillA', 24, 690, 342, 52, { bg: SKY, r: 26 });
go(allow, 'today');
const notNow = linkText('Not now', 160, 760, 70, { c: MUTED });
go(notNow, 'places');
const welcome = screen('Welcome', 'welcome', 0, 0, W, H, [
  status(),
  R(undefined, 0, 47, W, 360, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'cl0udsky' }] }),
  T('Hyperlocal forecasts,\nminute by minute ☔', 24, 440, 342, { s: 28, w: 700, c: INK, lines: 2 }),
  T('Trusted by 10M users · ★ 4.7 in the App Store', 24, 526, 342, { s: 14, w: 600, c: MUTED }),
  T('We use your location only to show the weather where you are. We never sell it.', 24, 560, 342, { s: 13, c: MUTED, lines: 2 }),
  allow, notNow,
], { layout: false });

// 2 today
const stationCard = F(undefined, 24, 600, 342, 96, { fills: [solid('#eef4ff')], cornerRadius: 16, layoutMode: 'VERTICAL', paddingLeft: 16, paddingTop: 14 }, [
  T('Got a backyard weather station?', 16, 14, 310, { s: 15, w: 700, c: INK }),
  T('Connect your weather station to see its readings here.', 16, 40, 310, { s: 13, c: MUTED }),
  linkText('Connect station →', 16, 64, 200, { s: 13, c: SKY, w: 700 }),
]);
go(stationCard.children[2], 'station');
const today = screen('Today', 'today', 490, 0, W, H, [
  status(),
  F(undefined, 0, 47, W, 520, { fills: [], layoutMode: 'VERTICAL', paddingLeft: 24, itemSpacing: 8 }, [
    T('Portland, OR', 24, 20, 342, { s: 18, w: 600, c: INK }),
    T('54°', 24, 50, 200, { s: 96, w: 300, c: INK, h: 120 }),
    T('Light rain until 3 pm · Feels like 51°', 24, 180, 342, { s: 15, c: MUTED }),
    F(undefined, 24, 220, 342, 120, { fills: [solid('#f5f8fc')], cornerRadius: 16, layoutMode: 'HORIZONTAL', itemSpacing: 4, paddingLeft: 12 },
      ['Now', '1p', '2p', '3p', '4p', '5p'].map((h, i) => F(undefined, 12 + i * 54, 12, 50, 96, { fills: [], layoutMode: 'VERTICAL', counterAxisAlignItems: 'CENTER', itemSpacing: 6 }, [
        T(h, 0, 0, 50, { s: 12, c: MUTED, align: 'CENTER' }), V('Vector', 13, 24, 24, 24, { fills: [solid('#7aa7f0')] }), T(`${54 - i}°`, 0, 60, 50, { s: 14, w: 600, c: INK, align: 'CENTER' }),
      ]))),
    linkText('10-day forecast ›', 24, 360, 200, { c: SKY, w: 600 }),
  ]),
  stationCard,
  tabs('Today'),
]);
go(today.children[1].children[4], 'tenday');

// 3 ten-day
const tdBack = V('Vector', 20, 58, 24, 24, { fills: [solid(INK)] });
back(tdBack);
const tenday = screen('10-day', 'tenday', 980, 0, W, H, [
  status(), tdBack,
  T('Next 10 days', 24, 96, 342, { s: 24, w: 700, c: INK }),
  F(undefined, 24, 140, 342, 600, { fills: [], layoutMode: 'VERTICAL' },
    ['Today', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d, i) => F(undefined, 0, i * 58, 342, 58, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 12 }, [
      T(d, 0, 18, 60, { s: 15, c: INK }), V('Vector', 80, 17, 24, 24, { fills: [solid('#7aa7f0')] }), T(`${44 + (i % 4)}° – ${55 + (i % 5)}°`, 200, 18, 140, { s: 15, c: INK }), divider(0, 57, 342),
    ]))),
], { layout: false });

// 4 radar
const radar = screen('Radar', 'radar', 1470, 0, W, H, [
  status(),
  R(undefined, 0, 47, W, 715, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'r4darmap' }] }),
  F(undefined, 24, 650, 342, 56, { fills: [solid('#ffffff')], cornerRadius: 28, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 16 }, [
    V('Vector', 16, 16, 24, 24, { fills: [solid(INK)] }), R(undefined, 56, 26, 220, 4, { fills: [solid('#c8d6ee')], cornerRadius: 2 }), T('Now', 290, 18, 40, { s: 13, c: INK }),
  ]),
  tabs('Radar'),
], { layout: false });

// 5 places
const placeRow = (name, temp, y) => F(undefined, 0, y, 342, 72, { fills: [solid('#f5f8fc')], cornerRadius: 14, layoutMode: 'HORIZONTAL', paddingLeft: 16 }, [
  F(undefined, 16, 14, 220, 44, { fills: [], layoutMode: 'VERTICAL' }, [T(name, 0, 0, 220, { s: 16, w: 600, c: INK }), T('Cloudy', 0, 24, 220, { s: 12, c: MUTED })]),
  T(temp, 250, 20, 40, { s: 22, w: 300, c: INK }),
  T('Remove location', 0, 0, 1, { s: 1, c: '#d93025', visible: false, name: 'swipe action' }),
]);
const syncPlaces = G(undefined, 24, 600, 342, 24, [spinner(0, 0, 20), T('Syncing locations across your devices…', 30, 2, 300, { s: 13, c: MUTED })]);
const places = screen('Places', 'places', 1960, 0, W, H, [
  status(),
  T('Places', 24, 60, 342, { s: 28, w: 700, c: INK }),
  searchField('Search for a city or ZIP', 24, 110, 342, { r: 12, h: 44 }),
  F(undefined, 24, 174, 342, 400, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 10 }, [
    placeRow('Portland, OR', '54°', 0), placeRow('Bend, OR', '41°', 82), placeRow('Honolulu, HI', '79°', 164),
    F(undefined, 0, 246, 342, 72, { fills: [solid('#fde8e6')], cornerRadius: 14 }, [T('🗑  Remove location', 200, 26, 140, { s: 13, w: 600, c: '#d93025' })]),
  ]),
  syncPlaces,
  tabs('Places'),
]);

// 6 station
const stBack = V('Vector', 20, 58, 24, 24, { fills: [solid(INK)] });
back(stBack);
const stationTile = (name, ref, y) => F(undefined, 24, y, 342, 68, { fills: [solid('#ffffff')], strokes: [solid('#e6ebf2')], cornerRadius: 14, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 14 }, [
  logo(14, 14, 40, ref), T(name, 66, 24, 250, { s: 15, w: 600, c: INK }),
]);
const station = screen('Weather station', 'station', 490, 944, W, H, [
  status(), stBack,
  T('Connect your weather station', 24, 96, 342, { s: 24, w: 700, c: INK, lines: 2 }),
  T('See temperature, rain and wind from your own backyard sensors right next to the forecast.', 24, 168, 342, { s: 14, c: MUTED, lines: 3 }),
  stationTile('Netatmo Smart Weather Station', 'ntm1', 250),
  stationTile('Ambient Weather Network', 'amb2', 330),
  stationTile('Davis WeatherLink', 'dav3', 410),
  T('Readings refresh every 5 minutes.', 24, 500, 342, { s: 13, c: MUTED }),
], { layout: false });

// 7 pro paywall
const trial = btnFrame('Start 7-day free trial', 24, 650, 342, 52, { bg: '#f9ab00', fg: INK, r: 26 });
close(trial);
const closePaywall = V('Vector', 346, 58, 20, 20, { fills: [solid(MUTED)] });
close(closePaywall);
const pro = screen('Paywall – Pro', 'pro', 980, 944, W, H, [
  status(), closePaywall,
  T('Nimbus Pro', 24, 120, 342, { s: 32, w: 800, c: INK }),
  T('✓ No ads\n✓ Severe-weather push alerts\n✓ 72-hour radar loop\n✓ Pollen & air quality', 24, 180, 342, { s: 16, c: INK, lines: 4 }),
  T('Pro — $2.99/month, cancel anytime', 24, 600, 342, { s: 14, w: 600, c: MUTED, align: 'CENTER' }),
  trial,
], { layout: false });

// 8 settings
const goPro = btnGroup('Go Pro', 24, 120, 342, 48, { bg: '#f9ab00', fg: INK, r: 24 });
go(goPro, 'pro', 'OVERLAY');
const settings = screen('Settings', 'settings', 2450, 0, W, H, [
  status(),
  T('Settings', 24, 60, 342, { s: 28, w: 700, c: INK }),
  goPro,
  F(undefined, 24, 190, 342, 480, { fills: [], layoutMode: 'VERTICAL' },
    ['Units  °F ▾', 'Severe weather alerts', 'Sync locations  ●', 'Widgets', 'Privacy', 'Contact us', 'Delete account'].map((t, i) => {
      const row = F(undefined, 0, i * 56, 342, 56, { fills: [], layoutMode: 'HORIZONTAL' }, [T(t, 0, 18, 320, { s: 16, c: t === 'Delete account' ? '#d93025' : INK }), divider(0, 55, 342)]);
      if (t === 'Severe weather alerts') go(row, 'alerts');
      return row;
    })),
  tabs('Settings'),
], { layout: false });

// 9 alerts
const alBack = V('Vector', 20, 58, 24, 24, { fills: [solid(INK)] });
back(alBack);
const alerts = screen('Alerts', 'alerts', 2450, 944, W, H, [
  status(), alBack,
  T('Severe weather alerts', 24, 96, 342, { s: 24, w: 700, c: INK }),
  F(undefined, 24, 150, 342, 88, { fills: [solid('#fff4e5')], cornerRadius: 14 }, [
    T('⚠️ Wind Advisory', 16, 14, 300, { s: 15, w: 700, c: INK }), T('Until 8 PM PST · Gusts to 45 mph', 16, 42, 300, { s: 13, c: MUTED }),
  ]),
], { layout: false });

const flow = canvas('App', [welcome, today, tenday, radar, places, settings, station, pro, alerts], { starts: [['welcome', 'First launch']] });

writeFile('h39-negative-weather-app', [cover, comps, flow], '2026-02-02T08:15:27Z', {
  figmaName: 'Nimbus Weather 5.0', version: '3999184410', kind: 'negative',
  description: 'Mobile (390x844) consumer weather app: first-launch permission screen, today view, 10-day list, radar, saved places with city search and cross-device location sync, a screen for hooking up a personal backyard weather station, a Pro paywall, settings and severe-weather alerts. Nothing asks a business to connect accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 10M users" is app-store social proof, not about connecting business data.',
    'privacy.statistics': 'Left unlabelled: the 10M figure is a user count for a weather app.',
    'privacy.trust-language': 'Left unlabelled: "We never sell it" concerns location, not connected business data.',
    'funnel.cta-visible': '"Connect station" is a personal weather-station link, not business software.',
    'platform.search': 'The search field looks up cities.',
    'connection.delete': '"Remove location" removes a saved city.',
    'connection.syncing-indicator': 'The spinner syncs saved places between devices.',
    'privacy.support-contacts': 'A single "Contact us" row.',
  },
  start: 'welcome', connect: null, steps: null, deadEnds: [], connectFrames: [],
});

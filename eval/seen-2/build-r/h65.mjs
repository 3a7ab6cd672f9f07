// h65 (negative): a smart-home app. Pairing devices, linking a voice assistant, energy graph.
import * as L from './lib.mjs';
import { kit } from './mobile.mjs';
const { text, rect, vector, ellipse, frame, group, vstack, hstack, at, click, close, auto } = L;

export function build() {
  L.resetRegistry();
  L.setSeed(65);
  const INK = '#101828';
  const AMBER = '#F59E0B';
  const MUTED = '#667085';
  const W = 393;
  const H = 852;

  L.setPage(3);
  const tileC = L.component('Device tile', { x: 0, y: 0, w: 165, h: 110, fill: '#F9FAFB', radius: 18 }, [at(vector({ w: 28, h: 28, fill: AMBER }), 16, 16), at(text('Device', { size: 15, weight: 600 }), 16, 60)]);
  const stepC = L.component('Stepper', { x: 200, y: 0, w: 120, h: 6 }, []);
  const componentsPage = L.canvas('Library', { id: '0:3' }, [tileC, stepC]);

  L.setPage(2);
  const k = kit({ W, H, INK, ACCENT: INK, MUTED });
  const tile = (name, state, on) => frame(auto('Frame'), { type: 'INSTANCE', componentId: tileC.id, w: 165, h: 110, fill: on ? '#FFF7E6' : '#F9FAFB', radius: 18 }, [
    at(vector({ w: 28, h: 28, fill: on ? AMBER : '#98A2B3' }), 16, 16),
    at(text(name, { size: 15, weight: 600, color: INK }), 16, 58),
    at(text(state, { size: 13, color: MUTED }), 16, 80),
  ]);
  const stepper = (n) => frame(auto('Frame'), { type: 'INSTANCE', componentId: stepC.id, w: W - 48, h: 6 }, [0, 1, 2, 3].map((i) => at(rect({ w: (W - 48 - 18) / 4, h: 6, radius: 3, fill: i < n ? AMBER : '#EAECF0' }), i * ((W - 48 - 18) / 4 + 6), 0)));

  const getStarted = k.pillBtn('Get started');
  click(getStarted, '@signin');
  const welcome = k.screen('welcome', 'Splash', 0, 0, [
    at(rect({ w: W, h: 460, fills: [L.image('5ca1ab1e00ddba11c0ffee00feedbeef12345678')], name: 'hero' }), 0, 0),
    at(vstack(auto('Frame'), { w: W - 48, gap: 12 }, [
      text('Your whole home,\none tap away.', { size: 30, weight: 700, color: INK }),
      text('Lights, heating, plugs and cameras — from any brand, in one app.', { size: 16, color: MUTED, w: W - 48 }),
      text('Trusted by 1M homes across the UK and Ireland', { size: 14, weight: 600, color: AMBER, w: W - 48 }),
    ]), 24, 490),
    at(getStarted, 24, 740),
  ]);

  const signInBtn = k.pillBtn('Sign in');
  click(signInBtn, '@home');
  const signin = k.screen('signin', 'Sign in', 440, 0, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14 }, [
      text('Welcome home', { size: 28, weight: 700, color: INK }),
      vstack(auto('Frame'), { w: W - 48, gap: 6 }, [text('Email', { size: 13, color: MUTED }), hstack(auto('Frame'), { w: W - 48, h: 50, pad: [0, 14, 0, 14], radius: 12, stroke: '#D0D5DD' }, [text('alex@example.com', { size: 16 })])]),
      vstack(auto('Frame'), { w: W - 48, gap: 6 }, [text('Password', { size: 13, color: MUTED }), hstack(auto('Frame'), { w: W - 48, h: 50, pad: [0, 14, 0, 14], radius: 12, stroke: '#D0D5DD' }, [text('••••••••', { size: 16 })])]),
      text('Forgot password?', { size: 14, color: AMBER }),
    ]), 24, 110),
    at(signInBtn, 24, 740),
  ]);

  const plus = group('Add', {}, [ellipse({ w: 40, h: 40, fill: INK }), at(vector({ w: 16, h: 16, stroke: '#FFFFFF', strokeWeight: 2 }), 12, 12)]);
  click(plus, '@add');
  const energyCard = hstack(auto('Frame'), { w: W - 48, gap: 12, pad: 16, radius: 18, fill: '#F0FDF4' }, [vector({ w: 24, h: 24, fill: '#16A34A' }), text('Energy this week · 41 kWh', { size: 15, weight: 600, w: 260 })]);
  click(energyCard, '@energy');
  const plug = tile('Kitchen plug', 'On · 12 W', true);
  click(plug, '@device');
  const settingsRow = k.row('Home settings', 'Alexa, members, hub');
  click(settingsRow, '@alexa');
  const home = k.screen('home', 'Home', 880, 0, [
    at(hstack(auto('Frame'), { w: W - 48, gap: 8 }, [text('Flat 3, Ashgrove', { size: 24, weight: 700, w: W - 100 }), plus]), 24, 60),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14 }, [
      text('Living room', { size: 18, weight: 600, color: INK }),
      hstack(auto('Frame'), { gap: 14 }, [tile('Ceiling light', 'On · 70%', true), tile('Thermostat', '19.5°', false)]),
      text('Kitchen', { size: 18, weight: 600, color: INK }),
      hstack(auto('Frame'), { gap: 14 }, [plug, tile('Camera', 'Offline', false)]),
      energyCard,
      settingsRow,
    ]), 24, 120),
  ]);

  const cat = (label, sub, dest) => {
    const r = k.row(label, sub);
    if (dest) click(r, dest);
    return r;
  };
  const add = k.screen('add', 'Add a device', 1320, 0, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 10 }, [
      text('Add a device', { size: 28, weight: 700, color: INK }),
      L.searchField('Search brands or devices', { w: W - 48 }),
      text('LIGHTING', { size: 12, weight: 600, color: MUTED }),
      cat('Bulbs & strips', 'Hue, LIFX, Nanoleaf', '@pairing'),
      cat('Switches', null, '@pairing'),
      text('POWER', { size: 12, weight: 600, color: MUTED }),
      cat('Smart plugs', 'Meross, TP-Link Tapo', '@pairing'),
      text('SECURITY', { size: 12, weight: 600, color: MUTED }),
      cat('Cameras', null, '@pairing'),
      cat('Door locks', null, '@pairing'),
      text('Can’t find it? Add by QR code', { size: 14, weight: 500, color: AMBER }),
    ]), 24, 100),
  ]);

  const spinner = group('spinner', {}, [ellipse({ w: 64, h: 64, stroke: '#EAECF0', strokeWeight: 6 }), vector({ w: 32, h: 32, stroke: AMBER, strokeWeight: 6 })]);
  const cancelPair = k.ghost('Cancel');
  close(cancelPair);
  const pairing = k.screen('pairing', 'Pairing — step 2', 1760, 0, [
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 18 }, [
      stepper(2),
      text('Step 2 of 4', { size: 13, weight: 600, color: MUTED }),
      text('Connecting to hub…', { size: 26, weight: 700, color: INK }),
      text('Keep the plug within 2 metres of your hub. The light will flash blue, then turn solid.', { size: 16, color: MUTED, w: W - 48 }),
    ]), 24, 80),
    at(spinner, 164, 400),
    at(cancelPair, 24, 760),
  ]);
  L.act(pairing, { type: 'NODE', destinationId: '@added', navigation: 'NAVIGATE', transition: null }, 'AFTER_TIMEOUT');
  pairing.interactions[0].trigger.timeout = 3;

  const another = k.pillBtn('Add another device', { fill: '#FFFFFF', stroke: '#D0D5DD', color: INK });
  click(another, '@add');
  const doneBtn = k.pillBtn('Done');
  click(doneBtn, '@home');
  const added = k.screen('added', 'Device added', 0, 1000, [
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14, align: 'center' }, [
      stepper(4),
      group(auto('Group'), {}, [ellipse({ w: 96, h: 96, fill: '#ECFDF3' }), at(vector({ w: 40, h: 30, stroke: '#16A34A', strokeWeight: 5 }), 28, 33)]),
      text('Kitchen plug added ✓', { size: 24, weight: 700, color: INK }),
      text('It’s in Kitchen. You can rename it or move it to another room later.', { size: 15, color: MUTED, w: 320, align: 'CENTER' }),
    ]), 24, 90),
    at(another, 24, 672),
    at(doneBtn, 24, 740),
  ]);

  const alexaBtn = k.pillBtn('Link with Amazon', { fill: '#00A8E1' });
  L.url(alexaBtn, 'https://alexa.amazon.example/skills/nestway');
  const alexa = k.screen('alexa', 'Voice assistants', 440, 1000, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14 }, [
      hstack(auto('Frame'), { gap: 12 }, [rect({ w: 56, h: 56, radius: 14, fills: [L.image('a1e7a1e7a1e7a1e7a1e7a1e7a1e7a1e7a1e7a1e7')] }), text('Link your Alexa account', { size: 22, weight: 700, w: 260 })]),
      text('Say “Alexa, turn off the kitchen plug”. You’ll be taken to Amazon to sign in, then brought back here.', { size: 16, color: MUTED, w: W - 48 }),
      text('Google Home · coming soon', { size: 14, color: MUTED }),
    ]), 24, 110),
    at(alexaBtn, 24, 740),
  ]);

  const removeBtn = text('Remove device', { size: 16, weight: 600, color: '#D92D20', align: 'CENTER', w: W - 48 });
  close(removeBtn);
  const supportRow = k.row('Contact support', 'Phone, email or chat');
  click(supportRow, '@support');
  const device = k.screen('device', 'Device settings', 880, 1000, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 8 }, [
      text('Kitchen plug', { size: 28, weight: 700, color: INK }),
      k.row('Room', 'Kitchen'),
      k.row('Schedule', 'Off 23:00 – 06:30'),
      k.row('Firmware', '1.4.2 · up to date'),
      k.row('Wi-Fi', 'Ashgrove-5G · strong'),
      supportRow,
    ]), 24, 110),
    at(removeBtn, 24, 760),
  ]);

  const support = k.screen('support', 'Contact support', 1320, 1000, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 10 }, [
      text('We’re here to help', { size: 26, weight: 700, color: INK }),
      k.row('Call 0800 048 7721', 'Every day 8am–10pm'),
      k.row('help@nestway.example', 'Reply within 24 hours'),
      k.row('Live chat', 'Average wait 2 min'),
    ]), 24, 110),
  ]);

  const meterBtn = L.btnShape('Link a smart meter', { w: 200, h: 44, fill: '#16A34A', radius: 22, size: 15 });
  click(meterBtn, '@add');
  const energy = k.screen('energy', 'Energy', 1760, 1000, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14 }, [
      text('Energy', { size: 28, weight: 700, color: INK }),
      frame(auto('Frame'), { w: W - 48, h: 240, radius: 18, fill: '#F9FAFB' }, [
        ...[0, 1, 2, 3, 4, 5, 6].map((i) => at(rect({ w: 28, h: 30 + ((i * 29) % 80), radius: 4, fill: '#D1FADF' }), 20 + i * 46, 200 - (30 + ((i * 29) % 80)))),
        at(text('Plugs only · whole-home usage needs a meter', { size: 13, color: MUTED }), 20, 16),
      ]),
      text('Link a smart meter to see whole-home usage and cost.', { size: 15, color: INK, w: W - 48 }),
      meterBtn,
    ]), 24, 110),
  ]);

  const flowPage = L.canvas('Flows', { id: '0:2', bg: '#E5E5E5', flows: [['@welcome', 'New user'], ['@add', 'Add device']] }, [welcome, signin, home, add, pairing, added, alexa, device, support, energy]);
  L.setPage(1);
  const cover = L.canvas('Cover', { id: '0:1' }, [frame('Cover', { w: 1600, h: 900, fill: INK }, [at(text('Nestway app — Q4', { size: 96, weight: 700, color: '#FFFFFF', w: 1200 }), 100, 360)])]);

  const document = { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, componentsPage] };
  const file = L.fileShell('Nestway — home app flows', document, L.registry.components, L.registry.componentSets);
  const keys = L.finish(file);
  const flow = L.flowFacts(flowPage, keys.get('welcome'), []);
  return { file, flowPage, flow, ctaFrames: [] };
}

export const truthBody = {
  kind: 'negative',
  description:
    'Consumer smart-home app (393x852): splash, sign-in, rooms with device tiles, "Add a device" with categories and search, a 4-step pairing flow, linking an Alexa account, device settings with "Remove device", a support screen and an energy graph. Nothing connects a business’s accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'privacy.statistics': '"Trusted by 1M homes" is marketing for a consumer app, not a trust figure in a business-data connection flow.',
    'platform.explain-redirect': 'The Amazon sign-in redirect links a voice assistant, not business software.',
    'platform.grouped-categories': 'Device categories (lighting, power, security) with a search field group hardware, not integrations.',
    'platform.multiple-connections': '"Add another device" after pairing a plug.',
    'value.progress-meter': '"Step 2 of 4" and a stepper track device pairing.',
    'connection.syncing-indicator': '"Connecting to hub…" spinner is device pairing.',
    'connection.delete': '"Remove device" removes hardware.',
    'value.contextual-ctas': '"Link a smart meter" on the energy graph adds a device.',
  },
};

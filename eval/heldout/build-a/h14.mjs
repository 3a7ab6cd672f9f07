// h14 (negative): a smart-home app for lights and thermostats, iPhone 390x844.
import { setPage, nid, frame, col, row, text, rect, vector, instance, btnFrame, btnGroup, btnInstance, link, checkbox, searchField, logoImg, spinner, go, back, url, hoverChange, canvas, section, writeFile, WRITTEN_BY } from './lib.mjs';

export function build(dir) {
  const W = 390;
  const H = 844;
  const F = 'Inter';
  const ink = '#0B1220';
  const amber = '#F59E0B';
  const muted = '#64748B';

  setPage(3);
  const pillOff = { id: nid(), name: 'Toggle/Off', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 0, width: 52, height: 32 }, fills: [{ type: 'SOLID', color: { r: 0.89, g: 0.91, b: 0.94, a: 1 } }], cornerRadius: 16, children: [] };
  const pillOn = { id: nid(), name: 'Toggle/On', type: 'COMPONENT', absoluteBoundingBox: { x: 80, y: 0, width: 52, height: 32 }, fills: [{ type: 'SOLID', color: { r: 0.96, g: 0.62, b: 0.04, a: 1 } }], cornerRadius: 16, children: [] };
  hoverChange(pillOff, pillOn);
  const cta = { id: nid(), name: 'Button', type: 'COMPONENT', absoluteBoundingBox: { x: 0, y: 80, width: 342, height: 54 }, fills: [{ type: 'SOLID', color: { r: 0.04, g: 0.07, b: 0.13, a: 1 } }], cornerRadius: 14, children: [text('Label', 150, 16, { size: 17, weight: 600, color: '#FFFFFF' })] };
  const compPage = canvas('Components', [frame('Kit', 0, 0, 400, 200, { fill: '#FFFFFF' }, [pillOff, pillOn, cta])]);
  const components = {
    [pillOff.id]: { key: 'de11a1', name: 'Toggle/Off', description: '' },
    [pillOn.id]: { key: 'de11a2', name: 'Toggle/On', description: '' },
    [cta.id]: { key: 'de11a3', name: 'Button', description: '' },
  };

  setPage(1);
  const sb = () => row('Status Bar', 0, 0, W, 47, [text('9:41', 32, 14, { size: 17, weight: 600, font: 'SF Pro Text' })]);
  const screen = (name, x, kids, fill = '#FFFFFF') => frame(name, x, 0, W, H, { fill }, [sb(), ...kids]);
  const mainBtn = (label, y) => btnInstance('Button', cta.id, label, 24, y, 342, 54, { fill: ink, radius: 14, size: 17 });
  const toggle = (x, y, on) => instance(on ? 'Toggle/On' : 'Toggle/Off', on ? pillOn.id : pillOff.id, x, y, 52, 32, [], { fill: on ? amber : '#E2E8F0', radius: 16 });

  // N1 tour
  const skipTour = text('Skip tour', 290, 60, { size: 15, weight: 600, font: F, color: muted });
  const tourNext = mainBtn('Next', 716);
  const n1 = screen('Tour 1', 0, [
    skipTour,
    rect('Rectangle 4', 24, 120, 342, 342, { image: '5a5a5a5a11112222', radius: 32 }),
    text('Every light, one tap 💡', 24, 500, { size: 28, weight: 700, font: F }),
    text('Dim the whole house from the couch, or set it all to sunrise at 6:30.', 24, 546, { size: 16, font: F, color: muted, w: 342, h: 44 }),
    text('Trusted by 4M homes', 24, 620, { size: 14, weight: 600, font: F, color: amber }),
    tourNext,
  ], '#FFFBEB');

  // N2 create account
  const createBtn = mainBtn('Create account', 600);
  const n2 = screen('Frame 12', 430, [
    text('Make your Glowhaus account', 24, 96, { size: 26, weight: 700, font: F }),
    col('Auto layout', 24, 150, 342, 200, [
      frame('Frame 13', 0, 0, 342, 52, { stroke: '#CBD5E1', radius: 12 }, [text('Email', 16, 16, { size: 16, font: F, color: muted })]),
      frame('Frame 14', 0, 64, 342, 52, { stroke: '#CBD5E1', radius: 12 }, [text('Password', 16, 16, { size: 16, font: F, color: muted })]),
    ], { gap: 12 }),
    row('Frame 15', 24, 300, 342, 44, [checkbox('rect', 0, 2), text('I agree to the Terms of Use and Privacy Notice', 32, 0, { size: 14, font: F, w: 300, h: 40 })], { gap: 12 }),
    btnFrame('Frame 16', ' Continue with Apple', 24, 380, 342, 54, { fill: '#000000', radius: 14, font: F }),
    createBtn,
  ]);

  // N3 connect your devices
  const scanBtn = mainBtn('Start scanning', 716);
  const n3 = screen('Connect devices', 860, [
    text('Connect your devices', 24, 96, { size: 28, weight: 700, font: F }),
    text('Turn on your bulbs and thermostat, stay near them, and keep Bluetooth on.', 24, 140, { size: 16, font: F, color: muted, w: 342, h: 44 }),
    vector('radar', 95, 240, 200, 200, { stroke: amber }),
    text('1  Plug in the hub\n2  Wait for the light to pulse blue\n3  Tap “Start scanning”', 24, 480, { size: 16, font: F, w: 342, h: 70 }),
    scanBtn,
  ]);

  // N4 device found
  const addBtn = mainBtn('Add to Home', 716);
  const found = (name, room, y) => row(`Frame ${20 + y}`, 0, y, 342, 64, [vector('bulb', 16, 20, 24, 24, { fill: amber }), col('Auto layout', 56, 12, 200, 40, [text(name, 0, 0, { size: 16, weight: 600, font: F }), text(room, 0, 20, { size: 13, font: F, color: muted })]), rect('Rectangle', 306, 22, 20, 20, { stroke: ink, radius: 10 })], { stroke: '#E2E8F0', radius: 14, pad: 12 });
  const n4 = screen('Found', 1290, [
    back(vector('chevron', 16, 58, 12, 20, { stroke: ink })),
    text('We found 4 devices ✨', 24, 96, { size: 26, weight: 700, font: F }),
    col('Auto layout', 24, 150, 342, 300, [found('Glow A19 Bulb', 'Living room', 0), found('Glow A19 Bulb', 'Living room', 76), found('Glow Strip', 'Kitchen', 152), found('Therma T3 Thermostat', 'Hallway', 228)], { gap: 12 }),
    addBtn,
  ]);

  // N5 voice assistants
  const doneBtn = mainBtn('Done', 716);
  const alexa = btnGroup('Group 5', 'Link Alexa', 24, 260, 342, 54, { fill: '#00A8E1', radius: 14, font: F });
  const ghome = btnGroup('Group 6', 'Link Google Home', 24, 330, 342, 54, { fill: '#FFFFFF', color: ink, stroke: '#CBD5E1', radius: 14, font: F });
  const n5 = screen('Voice', 1720, [
    text('Talk to your lights 🗣️', 24, 96, { size: 26, weight: 700, font: F }),
    text('Link Alexa / Google Home to say “Hey Google, dim the kitchen”.', 24, 140, { size: 16, font: F, color: muted, w: 342, h: 44 }),
    alexa,
    ghome,
    link('Maybe later', 150, 420, { font: F, color: muted }),
    doneBtn,
  ]);

  // N6 home dashboard
  const tile = (name, state, x, y, on) => frame(`Frame ${30 + x + y}`, x, y, 165, 120, { fill: on ? '#FEF3C7' : '#F1F5F9', radius: 20 }, [vector('icon', 16, 16, 28, 28, { fill: on ? amber : muted }), text(name, 16, 60, { size: 15, weight: 600, font: F }), text(state, 16, 84, { size: 13, font: F, color: muted }), toggle(100, 14, on)]);
  const thermoTile = tile('Hallway', '21° · Heating', 177, 140, true);
  const n6 = screen('Home', 2150, [
    text('Good evening 🌙', 24, 64, { size: 26, weight: 700, font: F }),
    searchField('Frame 40', 'Search devices', 24, 104, 342, 44, { font: F }),
    frame('Rooms', 24, 160, 342, 400, {}, [tile('Living room', '2 lights · 60%', 0, 0, true), tile('Kitchen', 'Off', 177, 0, false), tile('Bedroom', 'Off', 0, 140, false), thermoTile, tile('Porch', 'Sunset → 23:00', 0, 280, true)]),
    row('Tab bar', 0, 760, W, 84, [text('Home', 40, 20, { size: 12, font: F }), text('Scenes', 130, 20, { size: 12, font: F }), text('Members', 220, 20, { size: 12, font: F }), text('Settings', 320, 20, { size: 12, font: F })], { fill: '#FFFFFF', stroke: '#E2E8F0' }),
  ]);
  const membersTab = n6.children[n6.children.length - 1].children[2];
  const settingsTab = n6.children[n6.children.length - 1].children[3];

  // N7 thermostat
  const gear = vector('gear', 342, 100, 24, 24, { stroke: ink });
  const n7 = screen('Thermostat', 2580, [
    back(vector('chevron', 16, 58, 12, 20, { stroke: ink })),
    text('Hallway', 24, 96, { size: 26, weight: 700, font: F }),
    gear,
    vector('dial', 45, 160, 300, 300, { stroke: amber }),
    text('21°', 150, 270, { size: 64, weight: 700, font: F }),
    row('Frame 50', 24, 500, 342, 40, [spinner(0, 10), text('Syncing schedules…', 32, 10, { size: 15, font: F, color: muted })], { gap: 12 }),
    text('Weekdays  06:30 21° · 08:30 17° · 17:30 21° · 22:30 16°', 24, 560, { size: 14, font: F, w: 342, h: 40 }),
    text('Eco mode', 24, 620, { size: 16, font: F }),
    toggle(314, 614, false),
  ]);

  // N8 device settings
  const n8 = screen('Device settings', 3010, [
    back(vector('chevron', 16, 58, 12, 20, { stroke: ink })),
    text('Therma T3 Thermostat', 24, 96, { size: 24, weight: 700, font: F }),
    col('Auto layout', 24, 150, 342, 300, ['Name', 'Room', 'Firmware 4.2.1 — up to date', 'Wi-Fi: Casa-5G'].map((t, i) => row(`Frame ${60 + i}`, 0, i * 60, 342, 52, [text(t, 16, 16, { size: 15, font: F })], { stroke: '#E2E8F0', radius: 12 })), { gap: 8 }),
    text('Remove device', 24, 480, { size: 16, weight: 600, font: F, color: '#DC2626' }),
  ]);

  // N9 members
  const n9 = screen('Home members', 3440, [
    text('Home members', 24, 96, { size: 26, weight: 700, font: F }),
    col('Auto layout', 24, 150, 342, 220, [['Alex (you)', 'Owner'], ['Sam', 'Can control'], ['Grandma Jo', 'Guest · until Sunday']].map(([n, r], i) => row(`Frame ${70 + i}`, 0, i * 70, 342, 60, [logoImg('Avatar', `aa9${i}00bb11cc22dd`, 12, 10, 40), text(n, 64, 10, { size: 16, weight: 600, font: F }), text(r, 64, 32, { size: 13, font: F, color: muted })], { stroke: '#E2E8F0', radius: 14 })), { gap: 10 }),
    btnFrame('Frame 80', '+ Invite someone', 24, 400, 342, 50, { fill: '#F1F5F9', color: ink, radius: 14, font: F }),
  ]);

  // N10 plan
  const n10 = screen('Glowhaus+', 3870, [
    text('Glowhaus+ ⭐', 24, 96, { size: 28, weight: 700, font: F }),
    text('Away mode, 30-day energy history and unlimited scenes.', 24, 140, { size: 16, font: F, color: muted, w: 342, h: 44 }),
    frame('Frame 90', 24, 210, 342, 150, { fill: '#FEF3C7', radius: 20 }, [text('$2.99 / month', 20, 20, { size: 26, weight: 700, font: F }), text('7-day free trial. Cancel your plan anytime.', 20, 70, { size: 14, font: F, w: 300 })]),
    text('“Our heating bill dropped 18% the first winter.” — a Glowhaus+ member', 24, 390, { size: 14, font: F, color: muted, w: 342, h: 40 }),
    mainBtn('Start free trial', 716),
  ]);

  go(skipTour, n2);
  go(tourNext, n2);
  go(createBtn, n3);
  go(scanBtn, n4);
  go(addBtn, n5);
  url(alexa, 'https://alexa.amazon.com/spa/index.html#skills');
  go(ghome, n6);
  go(doneBtn, n6);
  go(thermoTile, n7);
  go(gear, n8);
  go(membersTab, n9);
  go(settingsTab, n10);

  const flow = canvas('App – v2', [section('Setup', 0, 0, 4300, 900, [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10])], { starts: [[n1, 'First launch']] });
  setPage(2);
  const cover = canvas('Cover', [frame('Cover', 0, 0, 1600, 960, { fill: '#FFFBEB' }, [text('Glowhaus app v2', 100, 400, { size: 72, weight: 700 })])]);

  const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    kind: 'negative',
    writtenBy: WRITTEN_BY,
    description: 'Smart-home app (lights, thermostat) on iPhone: tour, account creation, connecting devices over Bluetooth, voice-assistant linking, home dashboard, thermostat with a schedule sync spinner, device settings, home members and a subscription plan. No business software is connected anywhere.',
    present: [],
    absent: IDS,
    notes: {
      'funnel.cta-visible': '"Connect your devices" is device pairing, not linking business software.',
      'platform.search': '"Search devices" searches the user’s own bulbs, not integrations.',
      'connection.delete': '"Remove device" removes hardware, not a data connection.',
      'connection.syncing-indicator': '"Syncing schedules…" is thermostat schedules, not connected business data.',
      'privacy.consent-action': 'The sign-up checkbox accepts terms of use, not consent to share business data.',
      'platform.non-linear': '"Skip tour" / "Maybe later" are not a connection flow.',
    },
    flow: { startFrameId: n1.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  return writeFile(dir, 'h14-negative-smart-home', { name: 'Glowhaus — app v2', lastModified: '2025-01-22T08:31:12Z', version: '4410029881' }, [cover, flow, compPage], components, {}, truth);
}

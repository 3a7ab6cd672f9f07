// h50 (negative): a smart-garden app, Android 360x800. Pairs soil sensors and a smart-home hub;
// no business software anywhere.
import { builder, C, rgb, solid, go, act, canvas, file, btnInst, btnFrame, btnGroup, link, checkbox } from './lib.mjs';

const W = 360;
const H = 800;
const leaf = rgb('#2E7D32');
const moss = rgb('#E8F5E9');
const muted = rgb('#5F6368');

export const name = 'h50-negative-smart-garden';

export function build() {
  const B = builder();
  B.setPage(3);
  const fab = B.component('fab', 0, 0, 56, 56, { fills: solid(leaf), cornerRadius: 16 }, [B.vec('Vector', 18, 18, 20, 20, { fills: solid(C.white) })]);
  const pillC = B.component('Comp / Action / Large', 100, 0, 312, 48, { fills: solid(leaf), cornerRadius: 24 }, [B.text('Label', 16, 14, 280, 20, { color: C.white, weight: 600 })]);
  const comps = canvas(B, 'Library', [fab, pillC]);

  B.setPage(2);
  const ids = {};
  const frames = [];
  const pend = [];
  const to = (n, k, nav = 'NAVIGATE') => { pend.push([n, k, nav]); return n; };
  const scr = (key, title, col, row, kids, bg = C.white) => {
    const f = B.frame(title, col * (W + 80), row * (H + 100), W, H, { fills: solid(bg), clipsContent: true }, kids);
    ids[key] = f.id; frames.push(f); return f;
  };
  const appbar = (t) => B.auto('Auto layout', 'HORIZONTAL', 0, 24, W, 56, { paddingLeft: 16, itemSpacing: 16, counterAxisAlignItems: 'CENTER' }, [B.vec('Vector', 16, 16, 24, 24, { fills: solid(C.ink) }), B.text(t, 56, 16, 260, 24, { size: 20, weight: 500, font: 'Roboto' })]);

  const skip = link(B, 'Skip tour', 270, 40, 80, leaf, { weight: 600 });
  to(skip, 'home');
  const nextT = btnInst(B, pillC.id, 'Next', 24, 700, 312, 48, { name: 'Comp / Action / Large' });
  to(nextT, 'pair');
  scr('tour', 'Frame 1', 0, 0, [
    skip,
    B.rect('Rectangle 2', 24, 100, 312, 312, { fills: [{ type: 'IMAGE', scaleMode: 'FIT', imageRef: 'tomato-illustration' }] }),
    B.text('Know when your tomatoes are thirsty', 24, 440, 312, 64, { size: 24, weight: 700, font: 'Roboto' }),
    B.text('Moisture, light and temperature — straight from the soil.', 24, 516, 312, 40, { size: 15, color: muted, font: 'Roboto' }),
    B.auto('Auto layout', 'HORIZONTAL', 150, 640, 60, 8, { itemSpacing: 8 }, [B.ellipse('Ellipse 1', 0, 0, 8, 8, { fills: solid(leaf) }), B.ellipse('Ellipse 2', 16, 0, 8, 8), B.ellipse('Ellipse 3', 32, 0, 8, 8)]),
    nextT,
  ], moss);

  const pairGo = btnInst(B, pillC.id, 'Connect your sensor', 24, 700, 312, 48, { name: 'Comp / Action / Large' });
  to(pairGo, 'pairing');
  scr('pair', 'Frame 2', 1, 0, [
    appbar('Add a sensor'),
    B.text('Step 1 of 3', 24, 100, 312, 16, { size: 12, color: muted }),
    B.text('1  Push the stake into moist soil\n2  Hold the button until the light blinks blue\n3  Keep your phone within 2 m', 24, 130, 312, 90, { size: 15, font: 'Roboto' }),
    B.rect('Rectangle 5', 80, 250, 200, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FIT', imageRef: 'sensor-stake' }] }),
    B.auto('Auto layout', 'HORIZONTAL', 24, 600, 312, 24, { itemSpacing: 10 }, [checkbox(B, 0, 2, 'RECT'), B.text('Allow Bluetooth and location', 30, 2, 270, 18, { size: 14 })]),
    pairGo,
  ]);

  const found = B.frame('Frame 31', 24, 300, 312, 72, { strokes: solid(leaf), cornerRadius: 12 }, [B.vec('Vector', 16, 20, 32, 32, { fills: solid(leaf) }), B.text('GroSense Stake · 4F2A', 64, 16, 230, 20, { weight: 600 }), B.text('Signal: strong', 64, 40, 200, 16, { size: 12, color: muted })]);
  to(found, 'name');
  scr('pairing', 'Frame 3', 2, 0, [
    appbar('Add a sensor'),
    B.text('Step 2 of 3', 24, 100, 312, 16, { size: 12, color: muted }),
    B.ellipse('Ellipse 10', 140, 140, 80, 80, { fills: [], strokes: solid(leaf), strokeWeight: 4, arcData: { startingAngle: 0, endingAngle: 4.5, innerRadius: 0.9 } }),
    B.text('Looking for sensors nearby…', 24, 240, 312, 20, { align: 'CENTER', color: muted }),
    found,
  ]);

  const saveN = btnInst(B, pillC.id, 'Save', 24, 700, 312, 48, { name: 'Comp / Action / Large' });
  to(saveN, 'gh');
  scr('name', 'Frame 4', 3, 0, [
    appbar('Add a sensor'),
    B.text('Step 3 of 3', 24, 100, 312, 16, { size: 12, color: muted }),
    B.text('What’s growing here?', 24, 130, 312, 28, { size: 22, weight: 700 }),
    B.frame('Frame 41', 24, 180, 312, 56, { strokes: solid(C.line), cornerRadius: 8 }, [B.text('Raised bed 1 — tomatoes', 16, 18, 280, 20)]),
    B.frame('Frame 42', 24, 250, 312, 56, { strokes: solid(C.line), cornerRadius: 8 }, [B.text('Outdoor · full sun', 16, 18, 280, 20)]),
    saveN,
  ]);

  const ghGo = btnGroup(B, 'Link to Google Home', 24, 600, 312, 48, C.white, { color: C.ink, stroke: C.line, radius: 24 });
  act(ghGo, { type: 'URL', url: 'https://home.google.com/link/grosense' });
  const ghLater = link(B, 'Not now', 150, 670, 80, leaf, { weight: 600 });
  to(ghLater, 'home');
  scr('gh', 'Frame 5', 4, 0, [
    B.vec('Vector', 140, 140, 80, 80, { fills: solid(rgb('#4285F4')) }),
    B.text('Water with your voice', 24, 260, 312, 30, { size: 24, weight: 700 }),
    B.text('“Hey Google, is the basil dry?” Works with Google Home and Alexa.', 24, 300, 312, 40, { size: 15, color: muted }),
    ghGo, ghLater,
  ]);

  const plantCard = (t, m, y) => {
    const f = B.frame(`Frame ${y}`, 0, y, 312, 88, { cornerRadius: 16, fills: solid(C.white) }, [
      B.rect('Rectangle 60', 12, 12, 64, 64, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: `plant-${y}` }], cornerRadius: 12 }),
      B.text(t, 88, 18, 200, 20, { weight: 600 }), B.text(m, 88, 46, 200, 18, { size: 13, color: muted }),
    ]);
    to(f, 'plant');
    return f;
  };
  const menu = B.vec('Vector', 16, 40, 24, 24, { fills: solid(C.ink), name: 'menu' });
  to(menu, 'drawer', 'OVERLAY');
  const add = B.inst(fab.id, 'fab', 280, 700, 56, 56, {});
  to(add, 'pair');
  scr('home', 'Home', 0, 1, [
    menu,
    B.text('My garden', 56, 36, 260, 30, { size: 24, weight: 700 }),
    B.auto('Auto layout', 'HORIZONTAL', 24, 90, 312, 24, { itemSpacing: 8, counterAxisAlignItems: 'CENTER' }, [B.ellipse('Ellipse 20', 0, 4, 16, 16, { fills: [], strokes: solid(leaf), strokeWeight: 2 }), B.text('Syncing readings…', 24, 2, 200, 18, { size: 13, color: leaf })]),
    B.auto('Auto layout', 'VERTICAL', 24, 130, 312, 400, { itemSpacing: 12 }, [
      plantCard('Tomatoes', '💧 41% · ☀️ 6.2 h', 0),
      plantCard('Basil', '💧 18% — water today', 100),
      plantCard('Lemon tree', '💧 55% · 🌡 19 °C', 200),
    ]),
    add,
  ], moss);

  const rm = link(B, 'Remove plant', 24, 720, 200, rgb('#C62828'), { size: 14 });
  to(rm, 'home');
  const refresh = btnFrame(B, 'Refresh', 236, 100, 100, 36, leaf, { radius: 18 });
  to(refresh, 'plant', 'SWAP');
  scr('plant', 'Frame 7', 1, 1, [
    appbar('Basil'),
    refresh,
    B.text('Soil moisture', 24, 160, 200, 18, { size: 13, color: muted }),
    B.text('18%', 24, 184, 200, 48, { size: 40, weight: 700 }),
    B.rect('Rectangle 70', 24, 250, 312, 160, { fills: solid(moss), cornerRadius: 12 }),
    B.text('Last reading 2 min ago · Sensor 4F2A · battery 82%', 24, 424, 312, 18, { size: 12, color: muted }),
    B.text('Tips: water at the base in the morning; pinch off flower buds.', 24, 470, 312, 40, { size: 14 }),
    rm,
  ]);

  const helpItem = B.text('Help & support', 24, 360, 220, 20, { size: 15 });
  to(helpItem, 'help');
  const devItem = B.text('Devices', 24, 240, 220, 20, { size: 15 });
  to(devItem, 'devices');
  const drawerClose = B.rect('Rectangle 80', 280, 0, 80, H, { fills: solid({ r: 0, g: 0, b: 0, a: 0.3 }) });
  act(drawerClose, { type: 'CLOSE' });
  scr('drawer', 'Frame 8', 2, 1, [
    B.frame('Frame 81', 0, 0, 280, H, {}, [
      B.text('GroSense', 24, 60, 200, 28, { size: 22, weight: 700, color: leaf }),
      B.text('Garden', 24, 200, 220, 20, { size: 15 }),
      devItem,
      B.text('Watering schedule', 24, 280, 220, 20, { size: 15 }),
      B.text('Notifications', 24, 320, 220, 20, { size: 15 }),
      helpItem,
      B.text('Premium — cancel anytime', 24, 400, 220, 20, { size: 13, color: muted }),
    ]),
    drawerClose,
  ]);

  const unpair = link(B, 'Forget device', 240, 26, 100, rgb('#C62828'), { size: 13 });
  to(unpair, 'devices', 'SWAP');
  scr('devices', 'Devices', 3, 1, [
    appbar('Devices'),
    B.frame('Frame 91', 24, 100, 312, 72, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('GroSense Stake · 4F2A\nPaired 12 Apr · last seen 2 min ago', 16, 14, 220, 40, { size: 13 }), unpair]),
    B.frame('Frame 92', 24, 184, 312, 72, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('Google Home\nLinked · 3 routines', 16, 14, 220, 40, { size: 13 })]),
    B.text('Firmware 2.4.1 — up to date', 24, 280, 312, 18, { size: 12, color: muted }),
  ]);

  scr('help', 'Help', 4, 1, [
    appbar('Help & support'),
    B.text('Sensor not showing up?\nWhy is my reading 0%?\nBattery and charging', 24, 100, 312, 80, { size: 15 }),
    B.text('Browse the community forum', 24, 220, 312, 20, { size: 14, color: leaf, deco: 'UNDERLINE' }),
  ]);

  for (const [n, k, nav] of pend) go(n, ids[k], nav);
  const flowPage = canvas(B, 'Android', frames, { flows: [{ nodeId: ids.tour, name: 'Onboarding' }, { nodeId: ids.home, name: 'Home' }] });
  B.setPage(1);
  const cover = canvas(B, 'Cover', [B.frame('Cover', 0, 0, 1600, 960, { fills: solid(leaf) }, [B.text('GroSense · Android', 100, 400, 1400, 80, { size: 64, weight: 700, color: C.white })])]);
  const doc = file(B, 'GroSense app', '2025-07-22T19:48:03Z', [cover, flowPage, comps]);

  const all = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    file: `${name}.json`,
    kind: 'negative',
    description: 'GroSense, a smart-garden app for Android (360x800). Tour with "Skip tour", a three-step sensor pairing flow ("Connect your sensor", "Step n of 3", a Bluetooth permission tick box), a "Link to Google Home" screen, the garden home with "Syncing readings…", a plant detail with Refresh and "Remove plant", a drawer with "Help & support", devices with "Forget device", and help articles. No business software is connected anywhere.',
    present: [],
    absent: all,
    notes: {
      'value.progress-meter': '"Step n of 3" counts sensor pairing steps.',
      'privacy.consent-action': 'The tick box grants Bluetooth/location permission, not data-sharing consent for business data.',
      'connection.syncing-indicator': '"Syncing readings…" is sensor telemetry.',
      'connection.refresh': 'Refresh reloads plant readings.',
      'privacy.support-contacts': '"Help & support" is only articles and a forum link, and not about a business connection.',
      'platform.non-linear': '"Skip tour" and "Not now" skip marketing/smart-home steps.',
    },
  };
  return { doc, truth, candidates: [] };
}

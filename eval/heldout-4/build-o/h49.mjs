// h49 (negative): a consumer trip planner, mobile 390x844. Connects personal mail, calendar and airline
// loyalty accounts — never business accounting, banking or commerce software.
import { builder, C, rgb, solid, go, act, canvas, file, btnInst, btnFrame, btnGroup, link, search, logo } from './lib.mjs';

const W = 390;
const H = 844;
const sea = rgb('#0E7C86');
const sand = rgb('#F7F1E8');
const muted = rgb('#6B7280');

export const name = 'h49-negative-travel-planner';

export function build() {
  const B = builder();
  B.setPage(4);
  const btn = B.component('Property 1=Primary', 0, 0, 342, 52, { fills: solid(sea), cornerRadius: 14 }, [B.text('Label', 16, 16, 310, 20, { color: C.white, weight: 600 })]);
  const btn2 = B.component('Property 1=Pressed', 0, 70, 342, 52, { fills: solid(rgb('#0A5F66')), cornerRadius: 14 }, [B.text('Label', 16, 16, 310, 20, { color: C.white, weight: 600 })]);
  go(btn, btn2.id, 'CHANGE_TO', 'ON_PRESS');
  const set = B.componentSet('Button', 40, 40, 380, 140, [btn, btn2]);
  const comps = canvas(B, 'Components', [set]);

  B.setPage(2);
  const ids = {};
  const frames = [];
  const pend = [];
  const to = (n, k, nav = 'NAVIGATE') => { pend.push([n, k, nav]); return n; };
  const scr = (key, title, col, kids, bg = C.white) => {
    const f = B.frame(title, col * (W + 100), 0, W, H, { fills: solid(bg), clipsContent: true }, kids);
    ids[key] = f.id; frames.push(f); return f;
  };
  const back = () => { const v = B.vec('Vector', 20, 60, 24, 24, { fills: solid(C.ink) }); act(v, { type: 'BACK' }); return v; };

  const start = btnInst(B, btn.id, 'Plan a trip', 24, 700, 342, 52, { name: 'Button' });
  to(start, 'signup');
  scr('welcome', 'Frame 1', 0, [
    B.rect('Rectangle 1', 0, 0, W, 520, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'lisbon-tram' }] }),
    B.text('Every booking, one itinerary.', 24, 550, 342, 70, { size: 28, weight: 700 }),
    B.text('⭐ 4.9 · Trusted by 3M travellers', 24, 630, 342, 20, { size: 14, color: muted }),
    start,
  ], sand);

  const suGo = btnInst(B, btn.id, 'Create account', 24, 420, 342, 52, { name: 'Button' });
  to(suGo, 'gmail');
  const google = btnGroup(B, 'Continue with Google', 24, 490, 342, 52, C.white, { color: C.ink, stroke: C.line, radius: 14 });
  to(google, 'gmail');
  scr('signup', 'Sign up', 1, [
    back(),
    B.auto('Auto layout', 'VERTICAL', 24, 120, 342, 280, { itemSpacing: 14 }, [
      B.text('Create your account', 0, 0, 342, 34, { size: 26, weight: 700 }),
      B.frame('Frame 3', 0, 50, 342, 52, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('Email', 16, 16, 300, 20, { color: muted })]),
      B.frame('Frame 4', 0, 114, 342, 52, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('Password', 16, 16, 300, 20, { color: muted })]),
    ]),
    suGo, google,
  ]);

  const gCta = btnFrame(B, 'Connect Gmail', 24, 640, 342, 52, sea, { radius: 14 });
  to(gCta, 'trips');
  const gSkip = link(B, 'I’ll forward emails instead', 24, 712, 342, sea, { size: 14 });
  to(gSkip, 'trips');
  scr('gmail', 'Frame 5', 2, [
    back(),
    B.auto('Auto layout', 'VERTICAL', 24, 120, 342, 460, { itemSpacing: 16 }, [
      B.auto('Auto layout', 'HORIZONTAL', 0, 0, 342, 48, { itemSpacing: 12 }, [logo(B, 'gmail-logo', 0, 0, 48), logo(B, 'outlook-logo', 60, 0, 48)]),
      B.text('Connect your Gmail to import bookings', 0, 64, 342, 64, { size: 24, weight: 700 }),
      B.text('We look only for flight, hotel and car-hire confirmations and turn them into trips. Your personal mail stays private.', 0, 144, 342, 80, { size: 15, color: muted }),
      B.text('✈︎  Flights\u2003🏨  Stays\u2003🚗  Cars\u2003🎟  Events', 0, 240, 342, 20, { size: 14 }),
    ]),
    gCta, gSkip,
  ]);

  const tab = (y) => {
    const items = ['Trips', 'Explore', 'Profile'];
    return B.frame('Frame 80', 0, y, W, 84, { strokes: solid(C.line) }, items.map((t, i) => {
      const g = B.text(t, 30 + i * 120, 20, 90, 18, { size: 12, align: 'CENTER' });
      to(g, t === 'Trips' ? 'trips' : t === 'Explore' ? 'explore' : 'profile');
      return g;
    }));
  };
  const tripCard = (t, d, y) => {
    const f = B.frame(`Frame ${y}`, 0, y, 342, 120, { cornerRadius: 16, fills: solid(C.white), strokes: solid(C.line) }, [
      B.rect('Rectangle 9', 0, 0, 110, 120, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: `trip-${y}` }], cornerRadius: 16 }),
      B.text(t, 124, 20, 200, 22, { size: 17, weight: 700 }), B.text(d, 124, 48, 200, 18, { size: 13, color: muted }),
    ]);
    to(f, 'trip');
    return f;
  };
  scr('trips', 'Trips', 3, [
    B.text('Your trips', 24, 60, 342, 34, { size: 28, weight: 700 }),
    B.auto('Auto layout', 'VERTICAL', 24, 120, 342, 420, { itemSpacing: 14 }, [
      tripCard('Lisbon & Porto', 'Jun 4 – 12 · 3 bookings', 0),
      tripCard('Kyoto', 'Oct 18 – 27 · 5 bookings', 134),
      tripCard('Cape Cod', 'Aug 1 – 4 · 1 booking', 268),
    ]),
    B.text('Imported 2 new bookings from Gmail', 24, 570, 342, 18, { size: 13, color: sea, visible: false }),
    tab(H - 84),
  ], sand);

  const cal = btnGroup(B, '📅 Sync to calendar', 24, 660, 163, 44, C.white, { color: sea, stroke: sea, radius: 12 });
  act(cal, { type: 'URL', url: 'webcal://trips.example/lisbon.ics' });
  const share = btnGroup(B, 'Share trip', 203, 660, 163, 44, C.white, { color: sea, stroke: sea, radius: 12 });
  to(share, 'share', 'OVERLAY');
  const del = link(B, 'Delete trip', 24, 730, 120, rgb('#C0392B'), { size: 14 });
  to(del, 'trips');
  const air = link(B, 'Link your airline account to add seats & miles', 24, 560, 342, sea, { deco: 'UNDERLINE', size: 14 });
  to(air, 'airline');
  scr('trip', 'Frame 9', 4, [
    back(),
    B.text('Lisbon & Porto', 24, 100, 342, 32, { size: 26, weight: 700 }),
    B.text('4 of 6 days planned', 24, 140, 342, 18, { size: 13, color: muted }),
    B.group('Group 4', 24, 166, 342, 6, [B.rect('Rectangle 10', 0, 0, 342, 6, { fills: solid(C.line), cornerRadius: 3 }), B.rect('Rectangle 11', 0, 0, 228, 6, { fills: solid(sea), cornerRadius: 3 })]),
    B.auto('Auto layout', 'VERTICAL', 24, 196, 342, 340, { itemSpacing: 12 }, [
      B.text('Tue 4 Jun', 0, 0, 342, 20, { size: 15, weight: 700 }),
      B.text('07:10  TP 1346  BOS → LIS\n15:00  Check in · Memmo Alfama\n20:30  Dinner · Taberna da Rua das Flores', 0, 26, 342, 70, { size: 14 }),
      B.text('Wed 5 Jun', 0, 110, 342, 20, { size: 15, weight: 700 }),
      B.text('10:00  Tram 28 · Jerónimos\n16:00  Free', 0, 136, 342, 50, { size: 14 }),
    ]),
    air, cal, share, del,
  ]);

  const airGo = btnInst(B, btn.id, 'Sign in with TAP Miles&Go', 24, 640, 342, 52, { name: 'Button' });
  to(airGo, 'trip');
  scr('airline', 'Frame 10', 5, [
    back(),
    B.text('Link your airline account', 24, 100, 342, 32, { size: 24, weight: 700 }),
    search(B, 'Search airlines', 24, 150, 342, 48, { radius: 12 }),
    B.auto('Auto layout', 'VERTICAL', 24, 220, 342, 300, { itemSpacing: 10 }, [
      B.text('TAP Air Portugal — Miles&Go', 0, 0, 342, 20, { weight: 600 }),
      B.text('Delta SkyMiles', 0, 30, 342, 20, { weight: 600 }),
      B.text('United MileagePlus', 0, 60, 342, 20, { weight: 600 }),
      B.text('British Airways Executive Club', 0, 90, 342, 20, { weight: 600 }),
    ]),
    airGo,
  ]);

  const proBtn = btnInst(B, btn.id, 'Start 7-day free trial', 24, 640, 342, 52, { name: 'Button' });
  to(proBtn, 'trips');
  const proX = B.vec('Vector', 346, 60, 20, 20);
  act(proX, { type: 'CLOSE' });
  scr('pro', 'Paywall', 6, [
    proX,
    B.text('Trip Pro', 24, 120, 342, 36, { size: 30, weight: 800 }),
    B.text('• Live flight alerts\n• Offline maps\n• Shared trips with unlimited friends\n• Lounge finder', 24, 180, 342, 110, { size: 16 }),
    B.text('“Saved me in Frankfurt when my connection was cancelled.” — Priya, frequent flyer', 24, 320, 342, 60, { size: 14, color: muted }),
    B.text('Pro — $4.99/month, cancel anytime', 24, 600, 342, 20, { size: 13, color: muted, align: 'CENTER' }),
    proBtn,
  ], sand);

  const goPro = link(B, 'Upgrade to Pro', 24, 520, 200, sea, { weight: 600, size: 15 });
  to(goPro, 'pro', 'OVERLAY');
  const rmGmail = link(B, 'Remove', 300, 22, 60, rgb('#C0392B'), { size: 13 });
  to(rmGmail, 'profile', 'SWAP');
  const delAcct = link(B, 'Delete account', 24, 700, 200, rgb('#C0392B'), { size: 14 });
  scr('profile', 'Profile', 7, [
    B.text('Profile', 24, 60, 342, 34, { size: 28, weight: 700 }),
    B.text('Connected', 24, 120, 342, 18, { size: 13, weight: 700, color: muted }),
    B.frame('Frame 20', 24, 146, 342, 64, { strokes: solid(C.line), cornerRadius: 12 }, [logo(B, 'gmail-logo', 14, 16, 32), B.text('Gmail · alex@gmail.com\nLast import 12 min ago', 56, 12, 230, 40, { size: 13 }), rmGmail]),
    B.frame('Frame 21', 24, 220, 342, 64, { strokes: solid(C.line), cornerRadius: 12 }, [B.vec('Vector', 14, 16, 32, 32, { fills: solid(rgb('#4285F4')) }), B.text('Google Calendar · syncing', 56, 22, 260, 20, { size: 13 })]),
    B.text('Home airport: BOS\nCurrency: USD\nUnits: miles', 24, 320, 342, 70, { size: 14 }),
    goPro, delAcct,
    tab(H - 84),
  ]);

  scr('explore', 'Explore', 8, [
    B.text('Explore', 24, 60, 342, 34, { size: 28, weight: 700 }),
    search(B, 'Where to next?', 24, 110, 342, 48, { radius: 24 }),
    B.text('Weekend escapes', 24, 190, 342, 24, { size: 20, weight: 700 }),
    B.auto('Auto layout', 'HORIZONTAL', 24, 226, 342, 160, { itemSpacing: 12 }, [
      B.rect('Rectangle 30', 0, 0, 160, 160, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'montreal' }], cornerRadius: 16 }),
      B.rect('Rectangle 31', 172, 0, 160, 160, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'savannah' }], cornerRadius: 16 }),
    ]),
    tab(H - 84),
  ], sand);

  const shClose = link(B, 'Done', 320, 20, 50, sea, { weight: 600 });
  act(shClose, { type: 'CLOSE' });
  scr('share', 'Frame 12', 9, [
    B.rect('Rectangle 40', 0, 0, W, H, { fills: solid({ r: 0, g: 0, b: 0, a: 0.4 }) }),
    B.frame('Frame 41', 0, 500, W, 344, { cornerRadius: 20 }, [
      shClose,
      B.text('Invite travel buddies', 24, 24, 280, 24, { size: 18, weight: 700 }),
      B.text('They can add bookings and vote on plans.', 24, 56, 342, 18, { size: 14, color: muted }),
      B.text('Copy link · Messages · WhatsApp', 24, 100, 342, 20, { size: 14 }),
    ]),
  ]);

  for (const [n, k, nav] of pend) go(n, ids[k], nav);
  const flowPage = canvas(B, 'iOS flow', frames, { flows: [{ nodeId: ids.welcome, name: 'First run' }] });
  B.setPage(1);
  const cover = canvas(B, 'Cover', [B.frame('Cover', 0, 0, 1600, 960, { fills: solid(sea) }, [B.text('Wayfarer iOS — 2025 refresh', 100, 400, 1400, 80, { size: 64, weight: 700, color: C.white })])]);
  const doc = file(B, 'Wayfarer iOS', '2025-03-09T08:15:40Z', [cover, flowPage, comps]);

  const all = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    file: `${name}.json`,
    kind: 'negative',
    description: 'Wayfarer, a consumer trip planner for iPhone (390x844). Welcome with a traveller rating, sign-up, a "Connect your Gmail to import bookings" screen, trips list, a trip itinerary with "Sync to calendar", "Link your airline account" and "Delete trip", an airline loyalty picker with search, a Pro paywall ("cancel anytime"), a profile listing Gmail/Google Calendar with Remove and "Delete account", explore and a share sheet. Nothing connects a business’s accounting, banking or commerce software.',
    present: [],
    absent: all,
    notes: {
      'funnel.social-proof': 'Left unlabelled: "Trusted by 3M travellers" and a traveller quote are real social proof, but for a consumer app with no business-software connection.',
      'connection.view-live': 'Profile lists Gmail and Google Calendar, personal accounts, not business software.',
      'connection.delete': '"Remove" on Gmail and "Delete trip"/"Delete account" are not about business connections.',
      'platform.search': 'The search boxes look up airlines and destinations.',
      'value.progress-meter': '"4 of 6 days planned" measures trip planning, not connected sources.',
      'privacy.data-scope': 'Describes which personal emails are read, not business data.',
    },
  };
  return { doc, truth, candidates: [] };
}

// h24 — negative: a photo-sharing app (iPhone). No business-software connection anywhere.
import { reset, page, F, G, R, V, E, I, T, COMP, img, go, back, act, canvas, buildFile, writeOut, statusBar, homeIndicator } from './lib.mjs';

reset();
const W = 375, H = 812;
const INK = '#111111', MUTED = '#8A8A8A', ACCENT = '#3D5AFE', BG = '#FFFFFF';
const t = (s) => ({ font: 'Manrope', color: INK, size: 15, ...s });

page(9);
const btnComp = COMP('Button/Large', [0, 0, 327, 52], { fill: ACCENT, r: 26 }, [T('Label', [16, 15, 295, 22], t({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const toggleOn = COMP('Toggle / On', [360, 0, 51, 31], { fill: '#34C759', r: 16 }, [E('Knob', [22, 2, 27, 27], { fill: '#FFFFFF' })]);
const componentsPage = canvas('Library', [btnComp, toggleOn]);

page(31);
const scr = (name, x, kids, y = 0) => F(name, [x, y, W, H], { fill: BG, clips: true }, [statusBar(W), ...kids, homeIndicator(W, H)]);
const big = (label) => I('Button/Large', [0, 0, 327, 52], btnComp.id, { fill: ACCENT, r: 26 }, [T(label, [16, 15, 295, 22], t({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const photo = (x, y, w, h, ref) => R('Rectangle', [x, y, w, h], { fills: [img(ref)], r: 4 });
const tabs = (a) => F('Tabbar', [0, H - 83, W, 83], { fill: '#FFFFFF', layout: 'HORIZONTAL', pad: 10 }, ['Feed', 'Explore', 'Add', 'Activity', 'You'].map((n, i) => G(n, [10 + i * 71, 8, 71, 48], [V('Vector', [23, 2, 24, 24], { fill: i === a ? INK : MUTED }), T(n, [0, 30, 71, 14], t({ size: 10, align: 'CENTER', color: i === a ? INK : MUTED }))])));

// 1 welcome with quote
const getStarted = big('Get started');
const s1 = scr('Welcome', 0, [
  photo(0, 0, W, 520, 'f1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0'),
  F('Frame 3', [24, 540, 327, 240], { layout: 'VERTICAL', gap: 14 }, [
    T('\u201CPhotography is the story I fail to put into words.\u201D', [0, 0, 327, 56], t({ size: 20, weight: 600, font: 'Playfair Display' })),
    T('\u2014 Destin Sparks, landscape photographer', [0, 66, 327, 18], t({ size: 13, color: MUTED })),
    F('Frame 4', [0, 110, 327, 52], {}, [getStarted]),
    T('I already have an account', [0, 180, 327, 20], t({ size: 14, color: ACCENT, align: 'CENTER' })),
  ]),
]);
// 2 sign up
const createBtn = big('Create account');
const s2 = scr('Create account', 475, [
  F('Frame 6', [24, 90, 327, 600], { layout: 'VERTICAL', gap: 14 }, [
    T('Join Aperture', [0, 0, 327, 34], t({ size: 28, weight: 800 })),
    ...['Name', 'Username', 'Email', 'Password'].map((p, i) => F('Frame', [0, 50 + i * 64, 327, 52], { stroke: '#E2E2E2', r: 12, pad: 14 }, [T(p, [14, 15, 299, 22], t({ color: MUTED }))])),
    F('Frame 7', [0, 330, 327, 52], {}, [createBtn]),
  ]),
]);
// 3 camera roll
const allowBtn = big('Sync my camera roll');
const notNow3 = T('Not now', [0, 0, 327, 22], t({ color: MUTED, align: 'CENTER' }));
const s3 = scr('Camera roll', 950, [
  F('Frame 9', [24, 110, 327, 620], { layout: 'VERTICAL', gap: 16 }, [
    G('Group 1', [64, 0, 200, 200], [photo(0, 20, 120, 160, 'a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0'), photo(80, 0, 120, 160, 'b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0')]),
    T('Sync your camera roll', [0, 220, 327, 30], t({ size: 24, weight: 800 })),
    T('New photos show up in your private Drafts automatically. Nothing is posted until you say so.', [0, 260, 327, 66], t({ color: MUTED })),
    F('Frame 10', [0, 350, 327, 44], { layout: 'HORIZONTAL', gap: 12 }, [T('Back up over Wi-Fi only', [0, 10, 260, 22], t({})), I('Toggle / On', [276, 6, 51, 31], toggleOn.id, { fill: '#34C759', r: 16 }, [E('Knob', [22, 2, 27, 27], { fill: '#FFFFFF' })])]),
    F('Frame 11', [0, 480, 327, 52], {}, [allowBtn]),
    F('Frame 12', [0, 550, 327, 22], {}, [notNow3]),
  ]),
]);
// 4 import
const gp = G('Google Photos', [0, 0, 327, 60], [R('Rectangle 20', [0, 0, 327, 60], { stroke: '#E2E2E2', r: 14 }), R('logo', [14, 14, 32, 32], { fills: [img('c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9')] }), T('Import from Google Photos', [58, 19, 250, 22], t({ weight: 600 }))]);
const skip4 = T('Skip', [300, 56, 60, 22], t({ color: MUTED, align: 'RIGHT' }));
const s4 = scr('Import', 1425, [
  skip4,
  F('Frame 14', [24, 110, 327, 600], { layout: 'VERTICAL', gap: 12 }, [
    T('Bring your best shots', [0, 0, 327, 30], t({ size: 24, weight: 800 })),
    T('Pick albums to import. Originals stay where they are.', [0, 40, 327, 44], t({ color: MUTED })),
    gp,
    G('iCloud Photos', [0, 172, 327, 60], [R('Rectangle 21', [0, 0, 327, 60], { stroke: '#E2E2E2', r: 14 }), V('cloud', [14, 18, 32, 24], { fill: '#5AC8FA' }), T('Import from iCloud Photos', [58, 19, 250, 22], t({ weight: 600 }))]),
    G('Dropbox', [0, 244, 327, 60], [R('Rectangle 22', [0, 0, 327, 60], { stroke: '#E2E2E2', r: 14 }), V('box', [14, 14, 32, 32], { fill: '#0061FF' }), T('Import from Dropbox', [58, 19, 250, 22], t({ weight: 600 }))]),
  ]),
]);
// 5 albums picker (after google)
const importBtn = big('Import 3 albums');
const s5 = scr('Choose albums', 1900, [
  F('Frame 16', [24, 90, 327, 640], { layout: 'VERTICAL', gap: 12 }, [
    T('Your Google Photos albums', [0, 0, 327, 30], t({ size: 22, weight: 800 })),
    ...['Lisbon 2024', 'Film scans', 'Dog \uD83D\uDC36', 'Wedding \u2014 Mara & Jo'].map((a, i) => F(`Frame ${17 + i}`, [0, 44 + i * 76, 327, 64], { layout: 'HORIZONTAL', gap: 12 }, [photo(0, 0, 64, 64, `d${i}e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9`), T(a, [76, 20, 200, 22], t({})), R('Rectangle', [303, 20, 24, 24], { fill: i < 3 ? ACCENT : undefined, stroke: i < 3 ? undefined : '#CCCCCC', r: 12 })])),
    T('Importing 312 photos \u00B7 about 4 minutes', [0, 380, 327, 20], t({ size: 13, color: MUTED })),
    F('Frame 22', [0, 560, 327, 52], {}, [importBtn]),
  ]),
]);
// 6 friends
const findBtn = big('Find friends from contacts');
const skip6 = T('Skip for now', [0, 0, 327, 22], t({ color: MUTED, align: 'CENTER' }));
const s6 = scr('Friends', 2375, [
  F('Frame 24', [24, 90, 327, 660], { layout: 'VERTICAL', gap: 14 }, [
    T('Connect with friends', [0, 0, 327, 30], t({ size: 24, weight: 800 })),
    T('See what the people you know are shooting.', [0, 40, 327, 22], t({ color: MUTED })),
    ...['noor.frames', 'kasper_35mm', 'lenslily'].map((u, i) => F(`Frame ${25 + i}`, [0, 80 + i * 64, 327, 52], { layout: 'HORIZONTAL', gap: 12 }, [E('Avatar', [0, 4, 44, 44], { fills: [img(`e${i}f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9`)] }), T(u, [56, 15, 180, 22], t({ weight: 600 })), F('Follow', [247, 10, 80, 32], { fill: ACCENT, r: 16 }, [T('Follow', [0, 7, 80, 18], t({ size: 13, color: '#FFFFFF', weight: 700, align: 'CENTER' }))])])),
    F('Frame 28', [0, 480, 327, 52], {}, [findBtn]),
    F('Frame 29', [0, 550, 327, 22], {}, [skip6]),
  ]),
]);
// 7 feed with sync progress
const youTab = tabs(0);
const s7 = scr('Feed', 0, [
  F('Header', [0, 44, W, 52], { layout: 'HORIZONTAL', pad: 16 }, [T('Aperture', [16, 12, 200, 28], t({ size: 22, weight: 800, font: 'Playfair Display' }))]),
  F('Sync banner', [16, 100, 343, 44], { fill: '#F2F4FF', r: 12, layout: 'HORIZONTAL', gap: 8, pad: 12 }, [E('Spinner', [12, 13, 18, 18], { stroke: ACCENT, sw: 2 }), T('Syncing camera roll\u2026 34 of 120', [38, 12, 280, 20], t({ size: 13, color: ACCENT }))]),
  F('Post', [0, 156, W, 560], { layout: 'VERTICAL', gap: 8 }, [
    F('Frame 31', [16, 0, 343, 40], { layout: 'HORIZONTAL', gap: 10 }, [E('Avatar', [0, 4, 32, 32], { fills: [img('aa11bb22cc33dd44ee55ff66aa77bb88cc99dd00')] }), T('noor.frames', [42, 10, 200, 20], t({ weight: 700, size: 14 }))]),
    photo(0, 48, W, 400, 'bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11'),
    T('\u2665 1,204 \u00B7 Blue hour over Alfama', [16, 460, 343, 20], t({ size: 14 })),
  ]),
  youTab,
]);
const youBtn = youTab.children[4];
// 8 profile
const gear = V('Settings gear', [330, 56, 24, 24], { fill: INK });
const s8 = scr('Profile', 475, [
  gear,
  F('Frame 40', [24, 96, 327, 600], { layout: 'VERTICAL', gap: 12 }, [
    E('Avatar', [131, 0, 64, 64], { fills: [img('cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22')] }),
    T('Sam Okafor', [0, 76, 327, 24], t({ size: 20, weight: 800, align: 'CENTER' })),
    T('212 posts \u00B7 1.8k followers \u00B7 340 following', [0, 106, 327, 20], t({ size: 13, color: MUTED, align: 'CENTER' })),
    G('Grid', [0, 150, 327, 327], [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => photo((i % 3) * 110, Math.floor(i / 3) * 110, 107, 107, `${i}c33dd44ee55ff66aa77bb88cc99dd00ee11ff2`))),
  ]),
  tabs(4),
]);
// 9 settings
const proRow = T('Aperture Pro', [14, 15, 260, 22], t({}));
const settingsBack = V('chevron-left', [16, 56, 24, 24], { fill: INK });
const row = (label, y, color = INK, node) => F(`Frame ${50 + y}`, [0, y, 327, 52], { layout: 'HORIZONTAL', pad: 14 }, [node || T(label, [14, 15, 260, 22], t({ color }))]);
const s9 = scr('Settings', 950, [
  settingsBack,
  F('Frame 50', [24, 96, 327, 620], { layout: 'VERTICAL', gap: 4 }, [
    T('Settings', [0, 0, 327, 30], t({ size: 24, weight: 800 })),
    row('', 40, INK, proRow), row('Camera roll sync: Wi-Fi only', 96), row('Google Photos import: On', 152), row('Privacy', 208), row('Help center', 264), row('Log out', 376, MUTED), row('Delete account', 432, '#E53935'),
  ]),
]);
// 10 Pro paywall
const closePro = V('close', [335, 56, 24, 24], { fill: INK });
const s10 = scr('Pro', 1425, [
  closePro,
  F('Frame 60', [24, 110, 327, 600], { layout: 'VERTICAL', gap: 14 }, [
    T('Aperture Pro', [0, 0, 327, 34], t({ size: 28, weight: 800 })),
    T('Full-resolution uploads, RAW support and unlimited storage.', [0, 46, 327, 44], t({ color: MUTED })),
    T('\u20AC4.99/month \u2014 cancel anytime', [0, 110, 327, 22], t({ weight: 700 })),
    F('Frame 61', [0, 480, 327, 52], {}, [big('Start 7-day trial')]),
  ]),
]);

go(getStarted, s2);
go(createBtn, s3);
go(allowBtn, s4);
go(notNow3, s4);
go(gp, s5);
go(skip4, s6);
go(importBtn, s6);
go(findBtn, s7);
go(skip6, s7);
go(youBtn, s8);
go(gear, s9);
go(proRow, s10, 'OVERLAY');
back(settingsBack);
act(closePro, { type: 'CLOSE' });

const flowPage = canvas('Flow', [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10].map((s, i) => { s._rel = [(i % 6) * 475, Math.floor(i / 6) * 912, W, H]; return s; }), { flows: [[s1, 'New user']] });
page(70);
const cover = canvas('Cover', [F('Cover', [0, 0, 1600, 960], { fill: '#000000' }, [T('Aperture \u2014 v2 onboarding', [100, 420, 1300, 90], t({ size: 72, weight: 800, color: '#FFFFFF' }))])]);
const file = buildFile('Aperture \u2013 iOS v2', [cover, flowPage, componentsPage], '2025-04-02T08:51:19Z');
const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const leaveOut = ['connection.syncing-indicator'];
writeOut('h24-negative-photo-sharing', file, {
  kind: 'negative',
  description: 'iPhone onboarding and a few in-app screens for a consumer photo-sharing app: welcome with a photographer\u2019s quote, sign-up, camera-roll sync, import from Google Photos / iCloud / Dropbox, follow friends, feed with a camera-roll sync banner, profile, settings with "Delete account", and a Pro paywall ("cancel anytime"). Nothing connects a business\u2019s accounting, banking or commerce software.',
  present: [],
  absent: ALL.filter((id) => !leaveOut.includes(id)),
  notes: {
    'funnel.social-proof': 'The welcome quote is a general line about photography by a photographer, not a review of the product.',
    'connection.delete': '"Delete account" deletes the user\u2019s profile; no business-data connection exists to remove.',
    'privacy.disconnect-anytime': '"cancel anytime" is about the Pro subscription.',
    'connection.syncing-indicator': 'Left out: a spinner with "Syncing camera roll…" is shown, but it syncs photos, not a business connection.',
    'platform.multiple-connections': 'Import sources are photo libraries, not business platforms.',
  },
  flow: { startFrameId: s1.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, { flowPage: flowPage.id, connectCandidates: [], fallbackStart: null });

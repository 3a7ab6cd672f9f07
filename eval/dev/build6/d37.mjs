// d37-negative-smart-lock: a smart-lock app with connect/link/sync look-alikes but no business-software connection.
import { begin, usePage, canvas, writeFile, F, S, R, V, E, T, C, CS, I, registerComponent, btnFrame, btnGroup, btnInst, link, logo, go, back, close } from './lib.mjs';

begin();
const W = 390; const H = 844;
const INK = '#0F172A'; const MUTED = '#64748B'; const BRAND = '#0EA5E9';

usePage(2);
const locked = registerComponent('lockOn', C('State=Locked', 0, 0, 200, 200, { fill: BRAND, radius: 100, int: [go('cmpUnlocked', 'CHANGE_TO')] }, [V('padlock', 70, 60, 60, 80, { fill: '#FFFFFF' })]));
const unlocked = registerComponent('lockOff', C('State=Unlocked', 240, 0, 200, 200, { fill: '#E2E8F0', radius: 100, ref: 'cmpUnlocked', int: [go('cmpLocked', 'CHANGE_TO')] }, [V('padlock-open', 70, 60, 60, 80, { fill: INK })]));
locked.name = 'State=Locked';
const primary = registerComponent('primary', C('Property 1=Default', 480, 0, 342, 52, { fill: BRAND, radius: 14, ref: 'cmpLocked' }, [T('Button', 0, 15, 342, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const comps = canvas(2, 'Components', [CS('Lock toggle', -20, -20, 480, 240, [locked, unlocked]), primary], { bg: '#FFFFFF' });

usePage(1);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1600, 960, { fill: INK }, [T('Keyloft app 3.0', 100, 380, 1200, { size: 72, weight: 700, color: '#FFFFFF' }), T('Pairing, sharing and Plus', 100, 490, 1200, { size: 28, color: '#7DD3FC' })])]);

usePage(5);
const status = () => F('Status bar', 0, 0, W, 47, {}, [T('9:41', 24, 14, 60, { size: 15, weight: 600 }), V('Vector', 300, 16, 66, 14, { fill: INK })]);
const bar = (title) => F('Frame 10', 0, 47, W, 52, { layout: 'HORIZONTAL', gap: 8, pad: 16 }, [V('chevron-left', 16, 16, 20, 20, { fill: INK, int: [back()] }), T(title, 48, 14, 294, { size: 17, weight: 600, align: 'CENTER' })]);
const scr = (name, x, y, ref, kids) => F(name, x, y, W, H, { fill: '#FFFFFF', ref, clipsContent: true }, [status(), ...kids]);
const tabs = () => F('Tab bar', 0, 760, W, 84, { fill: '#FFFFFF', stroke: '#E2E8F0', layout: 'HORIZONTAL' }, ['Home', 'Access', 'Activity', 'Settings'].map((t, i) =>
  F('Frame 90', i * 97, 0, 97, 84, { layout: 'VERTICAL', gap: 4, pad: 10, int: [go({ Home: 'home', Access: 'codes', Activity: 'activity', Settings: 'settings' }[t])] }, [V('Icon', 36, 10, 24, 24, { fill: MUTED }), T(t, 0, 40, 97, { size: 11, align: 'CENTER', color: MUTED })])));

const welcome = scr('Welcome', 0, 0, 'welcome', [
  R('Rectangle 2', 0, 47, W, 420, { fill: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'd37door' }] }),
  T('Your front door,\nin your pocket', 24, 500, 342, { size: 30, weight: 700 }),
  T('Trusted by 500k homes', 24, 590, 342, { size: 15, color: MUTED }),
  btnInst('primary', 'Get started', 24, 700, 342, 52, { name: 'Property 1=Default', fill: BRAND, radius: 14, int: [go('signup')] }),
  link('I already have an account', 24, 770, 342, { color: MUTED }),
]);

const signup = scr('Sign up', 440, 0, 'signup', [
  bar('Create account'),
  F('Auto layout', 24, 120, 342, 400, { layout: 'VERTICAL', gap: 14 }, [
    T('Create your Keyloft account', 0, 0, 342, { size: 24, weight: 700 }),
    F('Frame 11', 0, 48, 342, 48, { fill: '#F8FAFC', stroke: '#CBD5E1', radius: 12, layout: 'HORIZONTAL', pad: 14 }, [T('Email', 14, 14, 300, { color: '#94A3B8' })]),
    F('Frame 12', 0, 110, 342, 48, { fill: '#F8FAFC', stroke: '#CBD5E1', radius: 12, layout: 'HORIZONTAL', pad: 14 }, [T('Password', 14, 14, 300, { color: '#94A3B8' })]),
    btnFrame('Continue', 0, 180, 342, 52, { fill: BRAND, radius: 14, int: [go('pair')] }),
  ]),
]);

const pair = scr('Connect your lock', 880, 0, 'pair', [
  bar('Add a lock'),
  E('Pulse', 95, 160, 200, 200, { fill: solidBlue(0.15) }),
  V('Lock illustration', 155, 210, 80, 100, { fill: BRAND }),
  T('Connect your lock', 24, 400, 342, { size: 24, weight: 700, align: 'CENTER' }),
  T('Hold your phone near the lock and press the Keyloft button until the light blinks blue.', 24, 444, 342, { color: MUTED, align: 'CENTER', lines: 3 }),
  E('Spinner', 179, 530, 32, 32, { fill: [], stroke: BRAND, arcData: { startingAngle: 0, endingAngle: 4.5, innerRadius: 0.8 } }),
  T('Searching via Bluetooth…', 24, 574, 342, { size: 13, color: MUTED, align: 'CENTER' }),
  btnGroup('Pair lock', 24, 700, 342, 52, { fill: BRAND, radius: 14, int: [go('home')] }),
]);

const home = scr('Home', 1320, 0, 'home', [
  T('Front door', 24, 70, 342, { size: 24, weight: 700 }),
  T('Locked · battery 82% · synced 2 min ago', 24, 106, 342, { size: 13, color: MUTED }),
  I('lockOn', 'State=Locked', 95, 180, 200, 200, {}, [V('padlock', 70, 60, 60, 80, { fill: '#FFFFFF' })]),
  F('Quick actions', 24, 430, 342, 200, { layout: 'VERTICAL', gap: 10 }, [
    F('Frame 30', 0, 0, 342, 56, { fill: '#F1F5F9', radius: 14, layout: 'HORIZONTAL', gap: 12, pad: 14, int: [go('alexa')] }, [
      logo(14, 12, 32, 'img-alexa'), T('Link to Alexa', 58, 17, 220, { weight: 600 }), V('chevron', 306, 18, 20, 20, { fill: MUTED }),
    ]),
    F('Frame 31', 0, 66, 342, 56, { fill: '#F1F5F9', radius: 14, layout: 'HORIZONTAL', gap: 12, pad: 14, int: [go('family')] }, [
      V('Vector', 14, 14, 28, 28, { fill: BRAND }), T('Share access with family', 58, 17, 240, { weight: 600 }),
    ]),
    F('Frame 32', 0, 132, 342, 56, { fill: '#F1F5F9', radius: 14, layout: 'HORIZONTAL', gap: 12, pad: 14, int: [go('plus')] }, [
      V('Vector', 14, 14, 28, 28, { fill: '#F59E0B' }), T('Try Keyloft Plus', 58, 17, 240, { weight: 600 }),
    ]),
  ]),
  tabs(),
]);

const alexa = scr('Link to Alexa', 1760, 0, 'alexa', [
  bar('Voice assistants'),
  logo(155, 140, 80, 'img-alexa', 'Alexa logo'),
  T('Link Keyloft to Alexa', 24, 250, 342, { size: 22, weight: 700, align: 'CENTER' }),
  T('Say “Alexa, lock the front door”. Unlocking by voice needs your 4-digit PIN.', 24, 292, 342, { color: MUTED, align: 'CENTER', lines: 2 }),
  btnFrame('Link account', 24, 700, 342, 52, { fill: '#232F3E', radius: 14, int: [close()] }),
  link('Google Home instead', 24, 770, 342, { color: MUTED }),
]);

const codes = scr('Access codes', 0, 944, 'codes', [
  T('Access codes', 24, 70, 342, { size: 24, weight: 700 }),
  F('List', 24, 120, 342, 300, { layout: 'VERTICAL', gap: 10 }, [
    ...[['Cleaner', 'Tue & Fri · 9–12'], ['Dog walker', 'Weekdays · 12–14'], ['Airbnb guest', '12–15 Jun']].map(([n, d], i) =>
      F('Frame 40', 0, i * 70, 342, 60, { fill: '#F8FAFC', radius: 12, layout: 'HORIZONTAL', gap: 10, pad: 12 }, [T(n, 12, 10, 200, { weight: 600 }), T(d, 12, 32, 200, { size: 12, color: MUTED }), T('••••', 260, 18, 60)])),
  ]),
  T('Sync access codes to your lock so they work offline.', 24, 440, 342, { size: 13, color: MUTED, lines: 2 }),
  btnFrame('Sync codes now', 24, 490, 342, 48, { fill: BRAND, radius: 14 }),
  link('+ New code', 24, 560, 342, {}),
  tabs(),
]);

const family = scr('Share access', 440, 944, 'family', [
  bar('Share access'),
  T('Share access with family', 24, 120, 342, { size: 22, weight: 700 }),
  T('They’ll get their own digital key. You can take it back any time.', 24, 160, 342, { color: MUTED, lines: 2 }),
  F('Frame 50', 24, 220, 342, 48, { fill: '#F8FAFC', stroke: '#CBD5E1', radius: 12, layout: 'HORIZONTAL', pad: 14 }, [T('Phone number or email', 14, 14, 300, { color: '#94A3B8' })]),
  btnFrame('Send invite', 24, 290, 342, 48, { fill: BRAND, radius: 14, int: [go('home')] }),
]);

const activity = scr('Activity', 880, 944, 'activity', [
  T('Activity', 24, 70, 342, { size: 24, weight: 700 }),
  T('Today\n08:02  Unlocked by Sam (app)\n08:04  Locked automatically\n12:31  Unlocked by Dog walker (code)\n12:40  Locked by Dog walker', 24, 120, 342, { size: 14, lines: 5, name: 'log' }),
  tabs(),
]);

const settings = scr('Lock settings', 1320, 944, 'settings', [
  T('Front door', 24, 70, 342, { size: 24, weight: 700 }),
  F('List', 24, 120, 342, 360, { layout: 'VERTICAL', gap: 0 }, ['Auto-lock after 2 min', 'Door-ajar alerts', 'Firmware 3.4.1', 'Help & guides'].map((t, i) => F('Frame 60', 0, i * 56, 342, 56, { stroke: '#E2E8F0', layout: 'HORIZONTAL', pad: 14 }, [T(t, 0, 18, 300)]))),
  btnGroup('Remove lock', 24, 520, 342, 48, { fill: '#FEE2E2', color: '#B91C1C', radius: 14 }),
  tabs(),
]);

const plus = scr('Keyloft Plus', 1760, 944, 'plus', [
  bar('Keyloft Plus'),
  T('Keyloft Plus', 24, 120, 342, { size: 26, weight: 700 }),
  T('✓ 90-day activity history\n✓ Unlimited guest codes\n✓ Tamper alerts', 24, 170, 342, { size: 15, lines: 3 }),
  T('$2.99 a month. Cancel plan anytime.', 24, 260, 342, { color: MUTED }),
  btnFrame('Start free trial', 24, 700, 342, 52, { fill: '#F59E0B', radius: 14, color: INK }),
]);

const flowPage = canvas(5, 'App flow', [
  S('Onboarding', -40, -60, 2190, 964, [welcome, signup, pair, home, alexa].map((f) => { f._rel[0] += 40; f._rel[1] += 60; return f; })),
  codes, family, activity, settings, plus,
], { flows: [['welcome', 'First run']] });

usePage(7);
const archive = canvas(7, 'Archive', [F('Home – old', 0, 0, W, H, { fill: '#FFFFFF' }, [status(), T('Front door', 24, 70, 342, { size: 24, weight: 700 }), T('Connect your Wi-Fi bridge', 24, 120, 342, { color: MUTED })])]);

function solidBlue(a) { return [{ type: 'SOLID', color: { r: 0.055, g: 0.647, b: 0.914, a } }]; }

writeFile('d37-negative-smart-lock', { name: 'Keyloft – app 3.0', lastModified: '2026-03-02T16:55:09Z', version: '5049912870' }, [cover, flowPage, comps, archive], {
  kind: 'negative',
  description: 'Smart-lock consumer app, iPhone 390x844. Welcome, sign-up, Bluetooth pairing ("Connect your lock"), a home screen with "Link to Alexa" and "Share access with family", access codes with "Sync codes now", activity log, lock settings with "Remove lock" and a Plus upsell ("Cancel plan anytime"). Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 500k homes" is social proof for the lock app, not for connecting business software.',
    'privacy.statistics': 'Left unlabelled: the 500k figure is a consumer trust claim with no data/encryption context.',
    'funnel.cta-visible': '"Connect your lock" is Bluetooth pairing of a device, not a business-software connection.',
    'connection.delete': '"Remove lock" removes a device.',
    'connection.refresh': '"Sync codes now" pushes door codes to the lock.',
    'connection.syncing-indicator': 'The spinner is Bluetooth discovery.',
    'privacy.disconnect-anytime': '"Cancel plan anytime" is about a subscription; "take it back any time" is about a family key.',
    'platform.non-linear': '"Share access with family" shares a door key, not the connection flow.',
  },
  flow: { startFrameId: 'welcome', connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

// d87 (negative): consumer plant-care app, iPhone 390x844. No business-software connection.
import { Doc, screen, componentsPage, topBar, go, back, writeOut, WRITTEN_BY } from './lib.js';

const NAME = 'd87-negative-plant-care';
const d = new Doc('Leafy – app v2 onboarding', '2026-08-19T14:55:00Z');
const C = componentsPage(d, 'Design system', { primary: '#166534', hover: '#14532D', btnName: 'Btn', setName: 'Button' });

const flow = d.page('Prototype', 20);
const W = 390, H = 844, GAP = 70;
let n = 0;
const S = (name, o = {}) => { const s = screen(d, flow, name, n * (W + GAP), 0, W, H, { statusBar: C.status.id, pad: 24, ...o }); n += 1; return s; };
const step = (st, k) => { st.text(`Step ${k} of 4`, { size: 12, weight: 600, color: '#166534' }); st.bar(k / 4, { color: '#22C55E' }); };

// 1 welcome
const w1 = S('iPhone 14 - 1', { bg: '#ECFDF5' });
w1.st.rect(300, { imageRef: '5c1e0f9a2b', radius: 24, name: 'monstera' });
w1.st.text('Never forget to water again 🌿', { size: 28, weight: 700 });
w1.st.text('Trusted by 900k plant parents', { size: 15, weight: 600, color: '#166534' });
const start = w1.st.btnInst('Get growing', C.base.id, { fill: '#166534', name: 'Property 1=Default' });
start.interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: C.hover.id, navigation: 'CHANGE_TO', transition: null }] }];
const skip = w1.st.link('Skip', { color: '#6B7280' });

// 2 sign up
const w2 = S('iPhone 14 - 2');
topBar(w2.st, '');
w2.st.text('Make an account', { size: 26, weight: 700 });
for (const ph of ['Email', 'Password']) w2.st.box(48, { stroke: '#D1D5DB', radius: 12, layout: 'HORIZONTAL' }).text(ph, { size: 15, color: '#9CA3AF' });
const w2go = w2.st.btnFrame('Sign up', { fill: '#166534', radius: 24 });
w2.st.text('or continue with Apple', { size: 13, color: '#6B7280', align: 'CENTER' });

// 3 step 1: plants
const w3 = S('iPhone 14 - 3');
step(w3.st, 1);
w3.st.text('Which plants do you have?', { size: 22, weight: 700 });
w3.st.search('Search 12,000 species');
for (const p of ['Monstera deliciosa', 'Fiddle-leaf fig', 'Snake plant']) w3.st.logoRow(p, { h: 52, trailing: '+', trailColor: '#166534' });
const w3go = w3.st.btnFrame('Next', { fill: '#166534', radius: 24 });

// 4 step 2: rooms
const w4 = S('iPhone 14 - 4');
step(w4.st, 2);
w4.st.text('Where do they live?', { size: 22, weight: 700 });
w4.st.text('☀️ South-facing window\n⛅ Bright, indirect\n🌥 Low light corner', { size: 15 });
const w4go = w4.st.btnFrame('Next', { fill: '#166534', radius: 24 });

// 5 step 3: smart pot
const w5 = S('iPhone 14 - 5');
step(w5.st, 3);
w5.st.text('Connect your smart pot', { size: 22, weight: 700 });
w5.st.text('Turn on Bluetooth and hold your phone near the pot. We’ll read soil moisture and light every hour.', { size: 14, color: '#4B5563' });
w5.st.logoRow('Leafy Pot S', { sub: 'Searching…', spinner: true });
const w5go = w5.st.btnGroup('Pair pot', { fill: '#166534', radius: 24 });
const w5skip = w5.st.link('I don’t have one', { color: '#6B7280' });

// 6 step 4: calendar
const w6 = S('iPhone 14 - 6');
step(w6.st, 4);
w6.st.text('Sync reminders to your calendar', { size: 22, weight: 700 });
w6.st.text('Watering and repotting reminders show up next to your plans.', { size: 14, color: '#4B5563' });
w6.st.logoRow('Apple Calendar', { h: 52, trailing: 'Add', trailColor: '#166534' });
w6.st.logoRow('Google Calendar', { h: 52, trailing: 'Add', trailColor: '#166534' });
const w6go = w6.st.btnFrame('Finish', { fill: '#166534', radius: 24 });

// 7 home
const w7 = S('iPhone 14 - 7');
w7.st.text('My jungle', { size: 28, weight: 700 });
const cards = [];
for (const [p, s] of [['Monstera', 'Water today 💧'], ['Fiddle-leaf fig', 'Happy — next drink Thu'], ['Snake plant', 'Happy — next drink in 9 days']]) {
  const c = w7.st.box(72, { fill: '#F0FDF4', radius: 14, gap: 2 });
  c.text(p, { size: 16, weight: 600 });
  c.text(s, { size: 13, color: '#166534' });
  cards.push(c.f);
}
w7.st.text('Local weather powered by OpenWeather', { size: 11, color: '#9CA3AF' });
const tabs = w7.st.box(56, { layout: 'HORIZONTAL', fill: '#FFFFFF', name: 'Tab bar' });
tabs.text('Plants · Friends · Premium · Me', { size: 12, color: '#6B7280' });

// 8 friend garden
const w8 = S('iPhone 14 - 8');
const w8b = topBar(w8.st, 'Friends');
w8.st.text('Link a friend’s garden', { size: 22, weight: 700 });
w8.st.text('Swap cuttings, cover watering while they’re away, and see their plants’ moods.', { size: 14, color: '#4B5563' });
w8.st.btnFrame('Share invite link', { fill: '#166534', radius: 24 });

// 9 premium
const w9 = S('iPhone 14 - 9', { bg: '#052E16' });
const w9b = topBar(w9.st, '');
w9.st.text('Leafy Premium', { size: 28, weight: 700, color: '#FFFFFF' });
w9.st.text('✓ Unlimited plants\n✓ Pest & disease scanner\n✓ Expert chat', { size: 15, color: '#DCFCE7' });
w9.st.btnFrame('Try 7 days free', { fill: '#22C55E', color: '#052E16', radius: 24 });
w9.st.text('£3.99/month after trial — cancel anytime', { size: 12, color: '#86EFAC', align: 'CENTER' });

// 10 me / settings
const w10 = S('iPhone 14 - 10');
w10.st.text('Me', { size: 28, weight: 700 });
for (const r of ['Notifications', 'Paired pots — Leafy Pot S (forget pot)', 'Calendar sync', 'Help']) w10.st.box(50, { stroke: '#E5E7EB', radius: 12, layout: 'HORIZONTAL' }).text(r, { size: 15 });
w10.st.link('Log out', { color: '#111827' });
w10.st.link('Delete account', { color: '#DC2626' });
const w10b = topBar(w10.st, '');

go(start, w2.frame);
go(skip, w2.frame);
go(w2go, w3.frame);
go(w3go, w4.frame);
go(w4go, w5.frame);
go(w5go, w6.frame, 'SWAP');
go(w5skip, w6.frame);
go(w6go, w7.frame);
const tabText = tabs.f.children[0];
go(tabText, w8.frame);
go(cards[0], w9.frame, 'OVERLAY');
go(cards[1], w10.frame);
back(w8b);
back(w9b);
back(w10b);

flow.flowStartingPoints = [{ nodeId: w1.frame.id, name: 'First launch' }];

const json = d.toJSON(['Prototype', 'Design system']);
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const truth = {
  file: `${NAME}.json`,
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Consumer plant-care app (iPhone 390x844): welcome, sign-up, a four-step set-up (plants, rooms, smart-pot pairing, calendar sync), home, friends, Premium paywall and a Me/settings screen. Nothing connects a business’s accounting, banking or commerce software.',
  present: [],
  absent: IDS,
  notes: {
    'funnel.cta-visible': '"Connect your smart pot" is Bluetooth device pairing, not business software.',
    'value.progress-meter': '"Step 1 of 4" bars track the plant set-up, not connected data sources.',
    'platform.search': '"Search 12,000 species" searches plants, not integrations.',
    'platform.non-linear': '"Skip" on the welcome screen and "I don’t have one" skip device pairing only.',
    'privacy.powered-by': '"Local weather powered by OpenWeather" is a data credit, not a connection provider.',
    'privacy.support-contacts': 'A single "Help" row only.',
    'connection.delete': '"Delete account" and "forget pot" are not revoking a software connection.',
    'connection.syncing-indicator': '"Searching…" spinner is Bluetooth discovery.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the Premium subscription.',
    'platform.multiple-connections': '"Link a friend’s garden" is a social feature.',
    'funnel.social-proof': 'Left unlabelled: "Trusted by 900k plant parents" is social proof for the app, not for connecting software (same for privacy.statistics).',
  },
  flow: { startFrameId: w1.frame.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
writeOut(NAME, json, truth);

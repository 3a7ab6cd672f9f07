// d102: negative file — a stargazing app with device, calendar and import look-alikes, mobile 390x844.
import { Doc, T, col, row, fixedW, rect, btnFrame, btnGroup, link, searchField, field, screen, section, solid, countNodes } from './lib.mjs';
import { writeFileSync } from 'node:fs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'd102-negative-stargazing';
const d = new Doc('Nightfall – stargazing app', { font: 'Manrope' });
const W = 390, H = 844;
const INK = '#0B1026', GOLD = '#F2C14E';
const B = (label, o = {}) => btnFrame(label, { fill: GOLD, color: INK, radius: 28, h: 52, ...o });
const B2 = (label, o = {}) => btnGroup(label, { fill: '#1E2650', color: '#FFFFFF', radius: 28, h: 48, ...o });
const Tw = (s, o = {}) => T(s, { color: '#E8EAF6', ...o });

d.newPage(1);
const F = {}; for (const k of ['welcome', 'interests', 'location', 'scope', 'calendar', 'sky', 'import', 'log', 'premium', 'profile', 'contact']) F[k] = d.id();
const bar = (dd, x, y, w) => row({ name: 'Status bar', h: 44, pad: 0 }, [Tw('21:47', { size: 15, weight: 600 }), fixedW(70, Tw('\u25B2 \u25AE', { size: 12, align: 'RIGHT' }))])(dd, x + 20, y + 4, w - 40);
const sc = (name, key, items, o = {}) => screen(d, name, 0, 0, W, H, F[key], items, { fill: INK, top: 64, pad: 24, before: [bar], ...o });
const s = [];
s.push(sc('Welcome', 'welcome', [
  rect('Rectangle 1', 342, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'milkyway' }], radius: 20 }),
  Tw('Find Saturn tonight 🪐', { size: 28, weight: 700 }),
  Tw('Trusted by 100k astronomers', { size: 14, color: GOLD }),
  B('Get started', { to: F.interests }),
  Tw('Skip', { size: 15, align: 'CENTER', color: '#9AA3C7', to: F.sky }),
]));
s.push(sc('Interests', 'interests', [
  Tw('Step 1 of 5', { size: 13, color: GOLD }),
  Tw('What do you like to observe?', { size: 24, weight: 700 }),
  ...['Planets', 'Deep-sky objects', 'Meteor showers', 'The Moon'].map((t) => row({ name: 'Frame 4', gap: 12, pad: 14, fill: '#161D3F', radius: 14 }, [rect('Vector', 24, 24, { vector: true, fill: GOLD }), Tw(t, { size: 16 })])),
  B('Next', { to: F.location }),
]));
s.push(sc('Location', 'location', [
  Tw('Step 2 of 5', { size: 13, color: GOLD }),
  Tw('Where are you stargazing?', { size: 24, weight: 700 }),
  searchField('Search a town or dark-sky park'),
  B('Use my location', { to: F.scope }),
]));
s.push(sc('Telescope', 'scope', [
  Tw('Step 3 of 5', { size: 13, color: GOLD }),
  Tw('Connect your telescope', { size: 24, weight: 700 }),
  Tw('Pair a GoTo mount over Bluetooth and Nightfall can point it for you.', { size: 15, color: '#B8BEDD' }),
  ...['Celestron NexStar 8SE', 'Sky-Watcher Star Adventurer GTi', 'Unistellar eVscope 2'].map((t) => row({ name: 'Frame 5', gap: 12, pad: 14, fill: '#161D3F', radius: 14 }, [rect('img', 36, 36, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: t.slice(0, 4) }], radius: 8 }), Tw(t, { size: 15 })])),
  Tw('Celestron NexStar 8SE · Connected ✓', { size: 14, color: '#7CE0A3' }),
  B('Continue', { to: F.calendar }),
  Tw('I don\u2019t have a telescope', { size: 14, color: '#9AA3C7', align: 'CENTER', deco: 'UNDERLINE', to: F.calendar }),
]));
s.push(sc('Calendar', 'calendar', [
  Tw('Step 4 of 5', { size: 13, color: GOLD }),
  Tw('Sync with your calendar', { size: 24, weight: 700 }),
  Tw('We\u2019ll add clear-sky nights, eclipses and meteor peaks to your calendar.', { size: 15, color: '#B8BEDD' }),
  B2('Add to Apple Calendar', { to: F.sky }),
  B2('Add to Google Calendar', { to: F.sky }),
  Tw('Not now', { size: 14, color: '#9AA3C7', align: 'CENTER', to: F.sky }),
]));
s.push(sc('Tonight', 'sky', [
  Tw('Tonight · Bortle 4 · 12% cloud', { size: 14, color: GOLD }),
  rect('Sky map', 342, 320, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'skymap' }], radius: 16 }),
  Tw('Best targets', { size: 20, weight: 700 }),
  Tw('1  Saturn — rises 20:14\n2  M31 Andromeda — high by 22:00\n3  Perseids — peak after midnight', { size: 15 }),
  row({ name: 'Frame 8', gap: 12 }, [B2('Log an observation', { to: F.log, h: 44, size: 13 }), B2('Go Premium', { to: F.premium, h: 44, size: 13 })]),
  Tw('Profile', { size: 14, color: '#9AA3C7', to: F.profile }),
]));
s.push(sc('Import', 'import', [
  Tw('Import observations', { size: 24, weight: 700 }),
  Tw('Bring your logbook from SkySafari or a CSV file.', { size: 15, color: '#B8BEDD' }),
  rect('Rectangle 9', 342, 160, { fill: '#161D3F', radius: 14, stroke: '#3A4275' }),
  B('Choose file', { to: F.log }),
]));
s.push(sc('Logbook', 'log', [
  Tw('Logbook', { size: 24, weight: 700 }),
  ...['Aug 12 · Perseids · 41 meteors/hr', 'Aug 3 · Saturn · rings tilted, Titan visible', 'Jul 28 · M13 · resolved outer stars'].map((t) => col({ name: 'Frame 10', gap: 4, pad: 14, fill: '#161D3F', radius: 12 }, [Tw(t, { size: 14 })])),
  link('Import observations', { color: GOLD, to: F.import }),
  Tw('Sync now', { size: 14, color: '#9AA3C7' }),
]));
s.push(sc('Premium', 'premium', [
  Tw('Nightfall Premium', { size: 26, weight: 700 }),
  Tw('• Cloud forecasts 7 days out\n• Offline star charts\n• Satellite pass alerts', { size: 15 }),
  Tw('$4.99/month — cancel anytime', { size: 16, weight: 600, color: GOLD }),
  B('Start free week', { act: { action: { type: 'BACK' } } }),
]));
s.push(sc('Profile', 'profile', [
  Tw('Profile', { size: 24, weight: 700 }),
  field('Name', 'Ravi Menon'),
  Tw('Telescope: Celestron NexStar 8SE · Disconnect', { size: 14 }),
  link('Contact us', { color: GOLD, to: F.contact }),
  Tw('Delete account', { size: 14, color: '#FF6B6B' }),
]));
s.push(sc('Contact', 'contact', [
  Tw('Contact us', { size: 24, weight: 700 }),
  field('Message', 'Tell us what\u2019s up', { placeholder: true }),
  B('Send', { act: { action: { type: 'BACK' } } }),
]));
// lay screens out in a grid
s.forEach((n, i) => { const dx = (i % 6) * 440, dy = Math.floor(i / 6) * 940; const mv = (m) => { m.absoluteBoundingBox.x += dx; m.absoluteBoundingBox.y += dy; (m.children || []).forEach(mv); }; mv(n); });
d.addPage('Flow', [section(d, 'First run', -40, -40, 2680, 1880, s)], { flowStartingPoints: [{ nodeId: F.welcome, name: 'First run' }] });
d.newPage(2);
d.addPage('Cover', [d.node('FRAME', 'Cover', 0, 0, 1600, 960, { fills: solid(INK), children: [d.text('Nightfall ✦ first-run flow', 100, 400, 1200, { size: 64, weight: 700, color: '#FFFFFF' }), d.text('Connect Bluetooth mounts · calendar sync', 100, 520, 1000, { size: 24, color: GOLD, visible: false })] })]);

const out = d.write(`${OUT}${NAME}.json`);
const IDS = 'funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.prefill value.three-part value.contextual-ctas value.faq-link privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide privacy.powered-by privacy.mutual-nda platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives platform.non-linear platform.multiple-connections connection.view-live connection.delete connection.refresh connection.syncing-indicator'.split(' ');
const truth = {
  file: `${NAME}.json`, kind: 'negative', writtenBy: 'dev writer W (from the checklist facts and the REST format only; repository not read)',
  description: 'Stargazing app first-run flow (mobile 390x844): interests, location search, pairing a GoTo telescope, calendar sync, tonight\u2019s sky, observation import, logbook, premium upsell, profile and contact form. No business software or financial account is ever connected.',
  present: [], absent: IDS,
  notes: {
    'funnel.cta-visible': '"Connect your telescope" pairs a Bluetooth mount; no business-software connection prompt exists.',
    'platform.search': 'Search is for a town or dark-sky park, not integrations.',
    'platform.alternatives': '"Import observations" from a CSV is an astronomy logbook import, not a fallback for missing software.',
    'connection.delete': '"Disconnect" on the profile refers to the telescope; "Delete account" is the user account.',
    'connection.refresh': '"Sync now" on the logbook is not a connected business platform.',
    'privacy.disconnect-anytime': '"cancel anytime" is about the Premium subscription.',
    'platform.non-linear': '"Skip" and "Not now" skip marketing and calendar steps; nothing about connecting software.',
  },
  flow: { startFrameId: F.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
writeFileSync(`${OUT}${NAME}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
console.log(NAME, countNodes(out.document));

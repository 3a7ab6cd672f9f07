// h119 (negative): a charity-run fundraising app for individual runners. No business-software connection.
import { Doc, F, R, V, E, T, COMP, INST, IMG, go, back, url, row, writeTruth, WRITER } from './lib.mjs';

const OUT = new URL('../', import.meta.url).pathname;
const NAME = 'h119-negative-fundraising-runner';
const ref = (s) => Array.from({ length: 40 }, (_, i) => '0a1b2c3d4e5f6789'[(s * 7 + i * 3 + (i % (s + 2))) % 16]).join('');
const PINK = '#E0245E', INK = '#1D1B20', GREY = '#6E6A75', LINE = '#E7E3EA';
const scr = (name, kids, o = {}) => F(name, { w: 390, h: 844, fill: '#FFFFFF', clip: true, ...o }, kids);
const col = (kids, y = 72, gap = 16) => F('Auto layout', { x: 24, y, w: 342, layout: 'V', gap }, kids);
const big = (label, fill = PINK, color = '#FFFFFF') => F('Frame 5', { layout: 'H', w: 342, pad: [16, 0], justify: 'CENTER', radius: 12, fill }, [T(label, { size: 16, weight: 700, color })]);
const pill = COMP('Property 1=Primary', { layout: 'H', pad: [16, 24], radius: 12, fill: PINK, x: 0, y: 0 }, [T('Button', { color: '#FFFFFF', weight: 700 })]);
const ib = (label, fill = PINK) => INST(label, pill, { layout: 'H', w: 342, pad: [16, 0], justify: 'CENTER', radius: 12, fill }, [T(label, { size: 16, weight: 700, color: '#FFFFFF' })]);
const input = (label, ph) => F('Input', { layout: 'V', gap: 6, w: 342 }, [T(label, { size: 13, color: GREY }), F('Frame 9', { layout: 'H', pad: [14, 14], w: 342, radius: 10, stroke: LINE }, [T(ph, { size: 15, color: '#A8A3AE' })])]);

const start = ib('Get started');
const welcome = scr('Welcome', [IMG('Rectangle 1', 390, 460, ref(1)), col([
  T('Run for something\nthat matters', { size: 30, weight: 800, color: INK }),
  T('Set a target, log your training and watch the sponsorship roll in.', { size: 16, color: GREY, w: 342 }),
  F('Auto layout', { layout: 'H', gap: 8 }, [T('\u2605\u2605\u2605\u2605\u2605', { color: '#F5A623' }), T('Trusted by 1M runners', { size: 14, weight: 600 })]),
  start, F('Frame 6', { layout: 'H', w: 342, justify: 'CENTER' }, [T('I already have an account', { size: 14, color: PINK })]),
], 484)]);
const create = big('Create account');
const signup = scr('Frame 3', [col([back(T('\u2190', { size: 20 })), T('Create your runner profile', { size: 26, weight: 800, w: 342 }),
  input('First name', 'Aisha'), input('Email', 'aisha@example.com'), input('Password', '8+ characters'), create,
  T('By continuing you agree to our Terms and Privacy Policy.', { size: 12, color: GREY, w: 342 })])]);
const charity = (nm, s) => F(nm, { layout: 'H', gap: 12, pad: 12, w: 342, radius: 12, stroke: LINE }, [IMG(`Rectangle ${s}`, 44, 44, ref(s), { radius: 8 }), F('Frame 7', { layout: 'V', w: 250 }, [T(nm, { weight: 700, size: 15 }), T('Registered charity', { size: 12, color: GREY })])]);
const mind = charity('Mind', 11);
const cause = scr('Pick your cause', [col([T('Who are you running for?', { size: 26, weight: 800, w: 342 }),
  F('Search', { layout: 'H', gap: 10, pad: [12, 14], w: 342, radius: 24, fill: '#F4F1F6' }, [V('Vector', { w: 16, h: 16, fill: GREY }), T('Search 180,000 charities', { size: 15, color: '#A8A3AE' })]),
  T('Popular this month', { size: 18, weight: 700 }), mind, charity('Cancer Research UK', 12), charity('Macmillan', 13), charity('British Heart Foundation', 14)])]);
const tgt = (s, on) => F(s, { layout: 'H', pad: [10, 18], radius: 20, fill: on ? PINK : '#FFFFFF', stroke: on ? PINK : LINE }, [T(s, { weight: 600, color: on ? '#FFFFFF' : INK })]);
const tgo = big('Next');
const target = scr('Your target', [col([T('Set your target', { size: 26, weight: 800 }), T('Most half-marathon runners raise around \u00a3400.', { size: 15, color: GREY, w: 342 }),
  F('Auto layout', { layout: 'H', gap: 8 }, [tgt('\u00a3100'), tgt('\u00a3250'), tgt('\u00a3500', true), tgt('Other')]),
  input('Event', 'Great North Run \u00b7 13 Sep'), tgo])]);
const stravaBtn = F('Btn', { layout: 'H', gap: 10, w: 342, pad: [15, 0], justify: 'CENTER', radius: 12, fill: '#FC4C02' }, [V('Vector', { w: 18, h: 18, fill: '#FFFFFF' }), T('Connect Strava', { size: 16, weight: 700, color: '#FFFFFF' })]);
const notNow = T('Not now', { size: 15, color: GREY });
const strava = scr('Frame 8', [col([IMG('Rectangle 20', 342, 220, ref(20), { radius: 16 }), T('Count every training mile', { size: 26, weight: 800, w: 342 }),
  T('Link your running app and your supporters see each run on your page \u2014 no screenshots needed.', { size: 15, color: GREY, w: 342 }),
  stravaBtn, F('Frame 9', { layout: 'H', w: 342, justify: 'CENTER' }, [notNow])])]);
const authorize = F('Frame 30', { layout: 'H', w: 302, pad: [12, 0], justify: 'CENTER', radius: 6, fill: '#FC4C02' }, [T('Authorize', { weight: 700, color: '#FFFFFF' })]);
const stravaMock = scr('strava auth', [F('Card', { x: 24, y: 180, w: 342, layout: 'V', gap: 14, pad: 20, radius: 12, fill: '#FFFFFF', stroke: LINE }, [
  T('Authorize RunForIt to connect to Strava', { size: 18, weight: 700, w: 302 }), T('\u2022 View data about your activities\n\u2022 View your profile', { size: 14, color: GREY }), authorize])], { fill: '#F7F7FA' });
const cont = big('Continue');
const syncing = scr('Syncing', [col([E('Spinner', { w: 56, h: 56, stroke: PINK, strokeW: 4, fill: '#FFFFFF' }), T('Syncing your miles\u2026', { size: 24, weight: 800 }),
  T('Pulling in your last 30 days of runs.', { size: 15, color: GREY }), cont], 300, 18)]);
const linkJg = big('Link my page');
const skipJg = T('Skip', { size: 15, color: GREY });
const jg = scr('Link your JustGiving page', [col([T('Already fundraising?', { size: 26, weight: 800 }),
  T('Link your JustGiving page so donations made there show up here too.', { size: 15, color: GREY, w: 342 }),
  input('JustGiving page address', 'justgiving.com/page/aisha-runs'), linkJg, F('Frame 10', { layout: 'H', w: 342, justify: 'CENTER' }, [skipJg])])]);
const shareBtn = url(big('Share my page'), 'https://runforit.app/share');
const gear = V('Settings icon', { w: 24, h: 24, fill: INK });
const donor = (nm, amt, msg) => F('Donor', { layout: 'H', gap: 12, pad: [10, 0], w: 342 }, [E('Ellipse 4', { w: 36, h: 36, fill: '#F4D3DE' }), F('Frame 11', { layout: 'V', w: 230 }, [T(nm, { weight: 700, size: 14 }), T(msg, { size: 13, color: GREY, w: 230 })]), T(amt, { weight: 700 })]);
const page = scr('My page', [F('Top', { x: 0, y: 0, w: 390, h: 64, layout: 'H', pad: [0, 24], justify: 'SPACE_BETWEEN' }, [T('RunForIt', { size: 18, weight: 800, color: PINK }), gear]),
  col([T('Aisha runs the Great North for Mind', { size: 22, weight: 800, w: 342 }),
    F('Progress', { layout: 'V', gap: 6, w: 342 }, [T('\u00a31,240 raised of \u00a32,000', { weight: 700 }), F('Bar', { layout: 'H', w: 342 }, [R('Rectangle 40', { w: 212, h: 10, radius: 5, fill: PINK }), R('Rectangle 41', { w: 130, h: 10, radius: 5, fill: LINE })])]),
    T('86 miles run in training \u00b7 14 runs', { size: 14, color: GREY }),
    shareBtn, T('Supporters', { size: 18, weight: 700 }),
    donor('Tom', '\u00a320', 'Go on Aish!! \uD83C\uDFC3\u200D\u2640\uFE0F'), donor('Grandma Pat', '\u00a350', 'So proud of you x'), donor('Anonymous', '\u00a310', '')], 80, 14)]);
const row2 = (s, o = {}) => F(s, { layout: 'H', pad: [16, 0], w: 342, justify: 'SPACE_BETWEEN' }, [T(s, { size: 15, ...o }), T('\u203a', { color: GREY })]);
const contact = url(row2('Contact us'), 'mailto:hello@runforit.app');
const settings = scr('Settings', [col([back(T('\u2190', { size: 20 })), T('Settings', { size: 26, weight: 800 }),
  F('Strava', { layout: 'H', gap: 12, pad: [12, 0], w: 342 }, [IMG('Rectangle 50', 32, 32, ref(50), { radius: 6 }), T('Strava \u00b7 synced 2h ago', { size: 14, w: 200 }), T('Disconnect', { size: 14, color: PINK })]),
  row2('Notifications'), row2('Privacy policy'), contact, row2('Delete account', { color: '#C4001A' }),
  T('Signed in as aisha@example.com', { size: 12, color: GREY, hidden: true })], 72, 8)]);

go(start, signup); go(create, cause); go(mind, target); go(tgo, strava); go(stravaBtn, stravaMock); go(notNow, jg);
go(authorize, syncing); go(cont, jg); go(linkJg, page); go(skipJg, page); go(gear, settings);

const doc = new Doc('RunForIt \u2014 app v2', '2026-05-02T11:27:10Z');
doc.page('Cover', [F('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: PINK, layout: 'V', pad: 120, gap: 16 }, [T('RunForIt', { size: 72, weight: 800, color: '#FFFFFF' }), T('Runner onboarding', { size: 28, color: '#FFE3EC' })])]);
doc.page('Onboarding', row([welcome, signup, cause, target, strava, stravaMock, syncing, jg, page, settings], 0, 0, 80), { starts: [[welcome, 'New runner']] });
doc.page('Components', [pill]);
const { nodes } = doc.build(`${OUT}${NAME}.json`);

const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
writeTruth(`${OUT}${NAME}.truth.json`, {
  file: `${NAME}.json`, kind: 'negative', writtenBy: WRITER,
  description: 'Mobile app for individuals running a charity event: welcome, sign-up, charity picker, fundraising target, linking a personal running app and a personal fundraising page, a syncing state, the runner\'s page and settings. Nobody connects accounting, banking or commerce software.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 1M runners" with stars is endorsement copy, but for a consumer fitness app, not a business connecting its software.',
    'privacy.statistics': 'Left unlabelled: the 1M figure is a user count, not a trust claim about a business-data connection.',
    'connection.delete': 'The Strava "Disconnect" is a personal fitness app, not a business connection.',
    'connection.syncing-indicator': '"Syncing your miles..." is a personal activity import.',
    'platform.search': 'The search field looks up charities, not integrations.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log(NAME, nodes);

// h75 (negative): a dating app, iPhone 375x812, UK copy. Instagram and Spotify
// linking, bank-card identity check, a paywall; no business-software connection.
import { F, V, H, G, R, VEC, E, I, C, CS, T, img, build, write, auto, resetAuto, WRITTEN_BY } from './lib.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

resetAuto(823);
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = 'h75-negative-dating-app';
const INK = '#231F20';
const MUTED = '#7A7274';
const ROSE = '#E8436A';
const BLUSH = '#FFF0F3';

const statusBar = () => F('Status Bar', { w: 375, h: 44 }, [T('9:41', { x: 28, y: 13, size: 15, weight: 600 }), VEC('Right Side', { x: 293, y: 17, w: 67, h: 12, fill: INK })]);
const screen = (name, ref, body, extra = [], bg = '#FFFFFF') => F(name, { ref, w: 375, h: 812, fill: bg, clip: true }, [statusBar(), V(auto('Frame'), { x: 0, y: 44, w: 375, pad: [12, 24, 16, 24], gap: 18 }, body), ...extra]);
const pill = (label, p = {}) => I('pillBtn', p.name ?? auto('Button'), { w: 'fill', h: 52, r: 26, fill: ROSE, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 17, weight: 700, color: '#FFFFFF' })]);
const plain = (label, p = {}) => H(auto('Frame'), { w: 'fill', h: 52, r: 26, fill: p.bg ?? INK, justify: 'CENTER', align: 'CENTER', ...p }, [T(label, { size: 16, weight: 600, color: '#FFFFFF' })]);
const txt = (c, p = {}) => T(c, { size: 15, ...p });
const sub = (c, p = {}) => T(c, { size: 14, color: MUTED, w: 'fill', ...p });
const steps = (n) => H('progress', { w: 'fill', gap: 8, align: 'CENTER' }, [
  G(auto('Group'), { w: 250, h: 4 }, [R(auto('Rectangle'), { x: 0, y: 0, w: 250, h: 4, r: 2, fill: '#F1E4E7' }), R(auto('Rectangle'), { x: 0, y: 0, w: 50 * n, h: 4, r: 2, fill: ROSE })]),
  T(`Step ${n} of 5`, { size: 12, weight: 600, color: MUTED }),
]);
const skip = (to) => T('Skip', { size: 15, weight: 600, color: MUTED, go: to });
const inputBox = (ph) => H(auto('Frame'), { w: 'fill', h: 52, pad: [0, 16, 0, 16], r: 12, stroke: '#E3D9DB', align: 'CENTER' }, [T(ph, { size: 16, color: '#A79FA1' })]);

const welcome = screen('Splash', 'welcome', [
  R(auto('Rectangle'), { w: 'fill', h: 380, r: 24, fills: [img('0fa1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3')] }),
  txt('Find someone worth texting back.', { size: 30, weight: 800, w: 'fill' }),
  pill('Create account', { go: 'phone', hover: 'pillHover' }),
  T('Sign in', { size: 15, weight: 600, color: ROSE }),
  sub('By tapping Create account you agree to our Terms. See how we use your data in our Privacy Policy.', { size: 11 }),
]);
const phone = screen('Phone', 'phone', [
  VEC('back', { w: 10, h: 18, fill: INK, on: [{ type: 'BACK' }] }),
  txt('What\u2019s your number?', { size: 28, weight: 800 }),
  H(auto('Frame'), { w: 'fill', gap: 10 }, [H(auto('Frame'), { w: 84, h: 52, r: 12, stroke: '#E3D9DB', justify: 'CENTER', align: 'CENTER' }, [txt('\ud83c\uddec\ud83c\udde7 +44')]), H(auto('Frame'), { w: 'fill', h: 52, pad: [0, 16, 0, 16], r: 12, stroke: '#E3D9DB', align: 'CENTER' }, [T('07700 900123', { size: 16, color: '#A79FA1' })])]),
  sub('We\u2019ll text you a code. Message and data rates may apply.'),
  plain('Next', { go: 'code' }),
]);
const code = screen('Code', 'code', [
  VEC('back', { w: 10, h: 18, fill: INK, on: [{ type: 'BACK' }] }),
  txt('Enter your code', { size: 28, weight: 800 }),
  H(auto('Frame'), { gap: 10 }, [0, 1, 2, 3, 4, 5].map(() => R(auto('Rectangle'), { w: 44, h: 56, r: 10, stroke: '#E3D9DB' }))),
  T('Resend code', { size: 14, weight: 600, color: ROSE }),
  plain('Continue', { go: 'p1' }),
]);
const p1 = screen('Profile 1', 'p1', [
  steps(1),
  txt('First, the basics', { size: 28, weight: 800 }),
  inputBox('First name'), inputBox('Birthday  DD / MM / YYYY'),
  sub('Your age is shown on your profile. Your birthday isn\u2019t.', { size: 13 }),
  pill('Next', { go: 'p2' }),
]);
const tile = () => R(auto('Rectangle'), { w: 101, h: 130, r: 12, fill: BLUSH, stroke: '#F4C6D1' });
const p2 = screen('Profile 2', 'p2', [
  steps(2),
  txt('Add your best photos', { size: 28, weight: 800, w: 'fill' }),
  V(auto('Frame'), { gap: 10 }, [H(auto('Frame'), { gap: 10 }, [tile(), tile(), tile()]), H(auto('Frame'), { gap: 10 }, [tile(), tile(), tile()])]),
  H(auto('Frame'), { w: 'fill', pad: 14, gap: 12, r: 14, fill: '#FAFAFA', align: 'CENTER' }, [
    R(auto('Rectangle'), { w: 32, h: 32, r: 8, fills: [img('a0b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d')] }),
    V(auto('Frame'), { w: 'fill', gap: 2 }, [txt('Link your Instagram', { size: 15, weight: 600 }), sub('We\u2019ll open Instagram so you can log in and allow access. Your latest 12 posts show on your profile.', { size: 12 })]),
  ]),
  pill('Next', { go: 'p3' }),
]);
const p3 = screen('Profile 3', 'p3', [
  H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [steps(3), skip('verify')]),
  txt('What are you listening to?', { size: 28, weight: 800, w: 'fill' }),
  R(auto('Rectangle'), { w: 'fill', h: 200, r: 20, fills: [img('b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e')] }),
  sub('Show your top artists and an anthem. Matches love a conversation starter.'),
  plain('Connect Spotify', { bg: '#1DB954', on: [{ type: 'URL', url: 'https://accounts.spotify.com/authorize' }] }),
  T('Maybe later', { size: 15, weight: 600, color: MUTED, go: 'verify' }),
]);
const verify = screen('Verify', 'verify', [
  H(auto('Frame'), { w: 'fill', justify: 'SPACE_BETWEEN', align: 'CENTER' }, [steps(4), skip('paywall')]),
  H(auto('Frame'), { gap: 8, align: 'CENTER' }, [VEC('blue tick', { w: 22, h: 22, fill: '#1D9BF0' }), txt('Get the blue tick', { size: 15, weight: 600 })]),
  txt('Verify with your bank card', { size: 28, weight: 800, w: 'fill' }),
  sub('We run a \u00a30 check to confirm you\u2019re over 18 and a real person. Nothing is charged.'),
  inputBox('Card number'),
  H(auto('Frame'), { w: 'fill', gap: 10 }, [H(auto('Frame'), { w: 'fill', h: 52, pad: [0, 16, 0, 16], r: 12, stroke: '#E3D9DB', align: 'CENTER' }, [T('MM/YY', { size: 16, color: '#A79FA1' })]), H(auto('Frame'), { w: 'fill', h: 52, pad: [0, 16, 0, 16], r: 12, stroke: '#E3D9DB', align: 'CENTER' }, [T('CVC', { size: 16, color: '#A79FA1' })])]),
  pill('Verify me', { go: 'p5' }),
]);
const p5 = screen('Profile 5', 'p5', [
  steps(5),
  txt('A few prompts', { size: 28, weight: 800 }),
  V(auto('Frame'), { w: 'fill', gap: 10 }, ['My ideal Sunday\u2026', 'I\u2019m weirdly good at\u2026', 'Green flag I look for\u2026'].map((q) => H(auto('Frame'), { w: 'fill', h: 56, pad: [0, 16, 0, 16], r: 12, fill: BLUSH, align: 'CENTER' }, [txt(q, { size: 15, weight: 600 })]))),
  pill('Finish', { go: 'paywall' }),
]);
const paywall = screen('Gold paywall', 'paywall', [
  H(auto('Frame'), { w: 'fill', justify: 'MAX' }, [skip('discover')]),
  txt('Tandem Gold', { size: 30, weight: 800, color: '#B8860B' }),
  txt('\u2728 See who likes you\n\u2728 Unlimited likes\n\u2728 Rewind your last swipe', { size: 16, w: 'fill' }),
  V(auto('Frame'), { w: 'fill', pad: 16, gap: 4, r: 14, stroke: '#B8860B' }, [txt('3 months', { size: 14, weight: 600 }), txt('\u00a314.99/mo', { size: 22, weight: 800 })]),
  plain('Continue', { bg: '#B8860B', go: 'discover' }),
  sub('Auto-renews. Cancel in your Apple ID settings.', { size: 12 }),
], [], '#FFFBEF');
const tabBar = () => H('tabs', { x: 0, y: 728, w: 375, h: 84, pad: [8, 30, 30, 30], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: '#F1E4E7' }, [['Discover', 'discover'], ['Likes'], ['Chats'], ['Me', 'settings']].map(([l, to]) => V(auto('Frame'), { w: 60, h: 46, gap: 4, align: 'CENTER', ...(to ? { go: to } : {}) }, [VEC('icon', { w: 22, h: 22, fill: MUTED }), T(l, { size: 11, color: MUTED })])));
const discover = screen('Discover', 'discover', [
  G('Card stack', { w: 327, h: 520 }, [
    R(auto('Rectangle'), { x: 8, y: 8, w: 311, h: 512, r: 24, fill: '#F1E4E7' }),
    R(auto('Rectangle'), { x: 0, y: 0, w: 327, h: 500, r: 24, fills: [img('c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f')] }),
    T('Maya, 29', { x: 20, y: 420, size: 26, weight: 800, color: '#FFFFFF' }),
    T('\ud83c\udfb5 Phoebe Bridgers \u00b7 3 mutual friends', { x: 20, y: 458, size: 13, color: '#FFFFFF' }),
  ]),
  H(auto('Frame'), { w: 'fill', gap: 40, justify: 'CENTER' }, [E('nope', { w: 60, h: 60, stroke: '#E3D9DB' }), E('like', { w: 60, h: 60, fill: ROSE })]),
], [tabBar()]);
const srow = (l, r, p = {}) => H(auto('Frame'), { w: 'fill', h: 48, align: 'CENTER', justify: 'SPACE_BETWEEN', stroke: '#F6EEF0' }, [txt(l, p), ...(r ? [T(r, { size: 14, weight: 600, color: ROSE })] : [])]);
const settings = screen('Me / Settings', 'settings', [
  txt('Settings', { size: 28, weight: 800 }),
  sub('LINKED ACCOUNTS', { size: 12 }),
  V(auto('Frame'), { w: 'fill' }, [srow('Instagram \u00b7 @maya.draws', 'Unlink'), srow('Spotify', 'Connected')]),
  sub('ACCOUNT', { size: 12 }),
  V(auto('Frame'), { w: 'fill' }, [srow('Pause my profile'), srow('Help centre'), srow('Log out'), srow('Delete account', null, { color: '#C62828' })]),
], [tabBar()]);

const lay = (fs, x0, y0) => fs.map((f, i) => Object.assign(f, { x: x0 + (i % 6) * 455, y: y0 + Math.floor(i / 6) * 1000 }));
const flowPage = {
  name: 'Sign-up & profile', prefix: '22', first: 4,
  startNode: 'welcome',
  children: lay([welcome, phone, code, p1, p2, p3, verify, p5, paywall, discover, settings], 0, 0),
};
const coverPage = { name: '\ud83d\udc98 Cover', prefix: '0', first: 2, children: [F('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: ROSE }, [T('Tandem \u2014 new sign-up', { x: 100, y: 380, size: 64, weight: 800, color: '#FFFFFF' })])] };
const compPage = {
  name: 'Components', prefix: '9', first: 11,
  children: [CS('Pill', { x: 0, y: 0, w: 380, h: 160, stroke: '#9747FF' }, [
    C('State=Default', { ref: 'pillBtn', x: 20, y: 20, w: 327, h: 52, r: 26, fill: ROSE, layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Label', { size: 17, weight: 700, color: '#FFFFFF' })]),
    C('State=Hover', { ref: 'pillHover', x: 20, y: 90, w: 327, h: 52, r: 26, fill: '#C7284F', layout: 'HORIZONTAL', justify: 'CENTER', align: 'CENTER' }, [T('Label', { size: 17, weight: 700, color: '#FFFFFF' })]),
  ])],
};

const { file, refs } = build({ name: 'Tandem \u2014 Sign-up v2', lastModified: '2025-01-30T11:08:19Z', version: '4980021775', pages: [coverPage, flowPage, compPage] });
const ALL = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill value.three-part value.contextual-ctas value.faq-link value.progress-meter privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives platform.non-linear platform.multiple-connections connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(' ');
const truth = {
  file: BASE + '.json', kind: 'negative', writtenBy: WRITTEN_BY,
  description: 'Tandem, a UK dating app (iPhone 375x812). Splash, phone number and code, a five-step profile set-up with a "Step n of 5" bar, "Link your Instagram", "Connect Spotify", "Verify with your bank card" identity check, a Gold paywall with "Skip", a discover card stack and settings with linked accounts, Help centre and Delete account. No business accounting, banking or commerce connection.',
  present: [],
  absent: ALL.filter((id) => id !== 'privacy.support-contacts'),
  notes: {
    'value.progress-meter': '"Step 2 of 5" tracks profile set-up, not connecting business data sources.',
    'platform.explain-redirect': 'The Instagram line explains a redirect for a personal social account, not a business platform.',
    'platform.non-linear': '"Skip" buttons move past profile steps and a paywall, not a business connection flow.',
    'connection.delete': '"Unlink" removes a personal Instagram link, not a business data connection.',
    'privacy.consent-action': 'No consent checkbox; the bank-card step is an identity check, not consent to share data.',
  },
  flow: { startFrameId: refs.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};
write(OUT, BASE, file, truth);

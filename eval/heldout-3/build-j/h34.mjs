// h34-negative-pet-care: consumer pet-care app, Android 360x800. No business-software connection.
import { createDoc, writeJson } from './lib.mjs';

const NAME = 'h34-negative-pet-care';
const D = createDoc({ name: 'Pawpal — app v5', lastModified: '2026-08-11T19:30:02Z', version: '3799120456', thumb: '2f9a0c77-pawpal' });
const t = (c, o = {}) => D.text(c, { font: 'Nunito', maxW: 312, ...o });
const INK = '#232042';
const MUTED = '#6F6C8F';
const PURPLE = '#6C4CF1';
const BG = '#F7F5FF';
const W = 360;
const H = 800;

D.page(3);
const chipC = D.component('Property 1=Default', { x: 0, y: 0, w: 312, h: 52, fill: PURPLE, radius: 16 }, [t('Label', { x: 120, y: 15, color: '#FFFFFF', weight: 700 })]);
const chipH = D.component('Property 1=Variant2', { x: 0, y: 80, w: 312, h: 52, fill: '#5436D6', radius: 16 }, [t('Label', { x: 120, y: 15, color: '#FFFFFF', weight: 700 })]);
const set = D.componentSet('Button', { x: 40, y: 40, w: 352, h: 172, stroke: '#9747FF' }, [chipC, chipH]);
const comps = D.canvas('Components', [set]);

D.page(2);
const btn = (label, to, o = {}) => D.instance(chipC.id, 'Button', { x: o.x ?? 24, y: o.y ?? 716, w: 312, h: 52, fill: PURPLE, radius: 16, layout: 'HORIZONTAL', pad: 14, justify: 'CENTER', alignItems: 'CENTER', to, actions: o.actions }, [t(label, { color: '#FFFFFF', weight: 700, size: 16 })]);
const bar = () => D.frame('Status', { x: 0, y: 0, w: W, h: 32, layout: 'HORIZONTAL', padX: 16, padY: 8, gap: 250 }, [t('12:30', { size: 13 }), D.vector('Vector', { w: 48, h: 12, fill: INK })]);
const row = (a, b, to, o = {}) => D.frame('Frame 61', { w: 312, fill: '#FFFFFF', radius: 14, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, alignItems: 'CENTER', to }, [o.img ? D.rect('Rectangle 8', { w: 40, h: 40, img: o.img, radius: 20 }) : D.vector('Vector', { w: 24, h: 24, fill: PURPLE }), D.frame('Frame 62', { layout: 'VERTICAL', gap: 2, w: o.right ? 170 : 220 }, [t(a, { weight: 700, size: 15 }), b ? t(b, { size: 12, color: MUTED }) : null]), o.right ? t(o.right, { size: 13, weight: 700, color: o.rc ?? PURPLE }) : null]);
const nav = (active, links) => D.frame('Bottom nav', { x: 0, y: H - 72, w: W, h: 72, fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 28, padY: 12, gap: 44 }, ['Today', 'Health', 'Walks', 'Me'].map((n) => D.frame('Frame 90', { layout: 'VERTICAL', gap: 2, alignItems: 'CENTER', to: links[n] }, [D.vector('Vector', { w: 22, h: 22, fill: n === active ? PURPLE : '#B9B6D3' }), t(n, { size: 11, color: n === active ? PURPLE : MUTED })])));

const welcome = D.frame('Onboarding / 1', { key: 'welcome', x: 0, y: 0, w: W, h: H, img: 'aa0011bb2233cc4455dd6677ee8899ff00112233' }, [
  bar(),
  t('Skip', { x: 300, y: 48, color: '#FFFFFF', weight: 700, to: 'signup' }),
  t('Every walk, meal and jab — in one place 🐾', { x: 24, y: 520, size: 28, weight: 800, color: '#FFFFFF', w: 312 }),
  btn('Get started', 'signup'),
]);
const signup = D.frame('Sign up', { key: 'signup', x: 460, y: 0, w: W, h: H, fill: BG }, [
  bar(),
  D.frame('Auto layout', { x: 24, y: 80, layout: 'VERTICAL', gap: 14, w: 312 }, [
    t('Create your Pawpal account', { size: 24, weight: 800 }),
    D.frame('Frame 20', { w: 312, h: 52, stroke: '#D9D5F2', radius: 16, layout: 'HORIZONTAL', pad: 14, gap: 10, justify: 'CENTER', alignItems: 'CENTER' }, [D.vector('Vector', { w: 18, h: 20, fill: '#000000' }), t('Continue with Apple', { weight: 700 })]),
    D.frame('Frame 21', { w: 312, h: 52, stroke: '#D9D5F2', radius: 16, layout: 'HORIZONTAL', pad: 14, gap: 10, justify: 'CENTER', alignItems: 'CENTER' }, [D.vector('Vector', { w: 18, h: 18, fill: '#4285F4' }), t('Continue with Google', { weight: 700 })]),
    D.frame('Frame 22', { w: 312, h: 52, fill: '#FFFFFF', stroke: '#D9D5F2', radius: 16, layout: 'HORIZONTAL', padX: 14, padY: 15 }, [t('Email address', { color: '#A9A6C6' })]),
  ]),
  btn('Continue', 'pet'),
]);
const pet = D.frame('Add your pet', { key: 'pet', x: 920, y: 0, w: W, h: H, fill: BG }, [
  bar(),
  D.frame('Auto layout', { x: 24, y: 80, layout: 'VERTICAL', gap: 14, w: 312 }, [
    t('Who’s the good boy or girl?', { size: 24, weight: 800 }),
    D.ellipse('Photo', { w: 96, h: 96, fill: '#E6E1FF' }),
    D.frame('Frame 30', { w: 312, h: 52, fill: '#FFFFFF', radius: 16, layout: 'HORIZONTAL', padX: 14, padY: 15 }, [t('Biscuit', {})]),
    D.frame('Frame 31', { layout: 'HORIZONTAL', gap: 8 }, ['🐶 Dog', '🐱 Cat', '🐰 Other'].map((c, i) => D.frame('Chip', { padX: 14, padY: 8, radius: 18, fill: i === 0 ? PURPLE : '#FFFFFF', layout: 'HORIZONTAL' }, [t(c, { size: 14, color: i === 0 ? '#FFFFFF' : INK })]))),
    D.frame('Frame 32', { w: 312, h: 52, fill: '#FFFFFF', radius: 16, layout: 'HORIZONTAL', padX: 14, padY: 15 }, [t('Cavoodle · 3 yrs · 8.2 kg', {})]),
  ]),
  btn('Next', 'vet'),
]);
const vet = D.frame('Connect your vet', { key: 'vet', x: 1380, y: 0, w: W, h: H, fill: BG }, [
  bar(),
  D.frame('Auto layout', { x: 24, y: 64, layout: 'VERTICAL', gap: 12, w: 312 }, [
    t('Connect your vet', { size: 24, weight: 800 }),
    t('We’ll pull Biscuit’s vaccination history and send you reminders before boosters are due.', { size: 14, color: MUTED, w: 312 }),
    D.frame('Search', { w: 312, h: 44, radius: 22, fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 8 }, [D.vector('Vector', { w: 16, h: 16, stroke: MUTED }), t('Search clinics near you', { color: '#A9A6C6' })]),
    row('Greencross Vets Richmond', '1.2 km · Open till 7pm', 'tracker', { img: '0123abcd4567ef890123abcd4567ef890123abcd' }),
    row('Lort Smith Animal Hospital', '3.8 km · 24 hours', 'tracker', { img: '1234bcde5678f0901234bcde5678f0901234bcde' }),
    row('Brunswick Vet Clinic', '4.1 km', 'tracker', { img: '2345cdef6789a1012345cdef6789a1012345cdef' }),
    t('My vet isn’t listed', { size: 14, color: PURPLE, weight: 700, deco: 'UNDERLINE' }),
  ]),
  t('Maybe later', { x: 130, y: 740, color: MUTED, weight: 700, to: 'tracker' }),
]);
const tracker = D.frame('Link a pet tracker', { key: 'tracker', x: 1840, y: 0, w: W, h: H, fill: BG }, [
  bar(),
  D.frame('Auto layout', { x: 24, y: 64, layout: 'VERTICAL', gap: 12, w: 312 }, [
    t('Link a pet tracker', { size: 24, weight: 800 }),
    t('See Biscuit’s walks and where he’s napping, live.', { size: 14, color: MUTED, w: 312 }),
    row('Fi Series 3 collar', 'Bluetooth + LTE', 'reminders', { right: 'Pair' }),
    row('Tractive GPS Dog 4', 'Bluetooth', 'reminders', { right: 'Pair' }),
    row('Apple AirTag', 'Find My', 'reminders', { right: 'Pair' }),
  ]),
  btn('Skip for now', 'reminders'),
]);
const reminders = D.frame('Reminders', { key: 'reminders', x: 2300, y: 0, w: W, h: H, fill: BG }, [
  bar(),
  D.frame('Auto layout', { x: 24, y: 64, layout: 'VERTICAL', gap: 12, w: 312 }, [
    t('Sync vaccination reminders', { size: 24, weight: 800, w: 312 }),
    t('Add Biscuit’s boosters, flea and worming doses to your calendar so nothing sneaks up on you.', { size: 14, color: MUTED, w: 312 }),
    row('Google Calendar', null, null, { right: 'Sync' }),
    row('Outlook', null, null, { right: 'Sync' }),
    D.frame('Frame 71', { layout: 'HORIZONTAL', gap: 10, alignItems: 'CENTER' }, [D.rect('Rectangle 72', { w: 20, h: 20, stroke: MUTED, radius: 5 }), t('Also remind me by SMS', { size: 14 })]),
  ]),
  btn('Continue', 'premium'),
]);
const premium = D.frame('Premium', { key: 'premium', x: 2760, y: 0, w: W, h: H, fill: INK }, [
  bar(),
  D.vector('Close', { x: 316, y: 48, w: 20, h: 20, stroke: '#FFFFFF', to: 'today' }),
  t('Pawpal Premium', { x: 24, y: 120, size: 28, weight: 800, color: '#FFFFFF' }),
  t('✓ Unlimited pets\n✓ 24/7 vet chat\n✓ Walk heat-maps\n✓ Lost-pet alerts', { x: 24, y: 180, size: 16, color: '#E6E1FF' }),
  t('7 days free, then $6.99/month. Cancel anytime.', { x: 24, y: 620, size: 13, color: '#B9B6D3' }),
  btn('Start free trial', 'today', { y: 660 }),
  t('Not now', { x: 150, y: 730, color: '#B9B6D3', to: 'today' }),
]);
const today = D.frame('Today', { key: 'today', x: 0, y: 1000, w: W, h: H, fill: BG }, [
  bar(),
  t('Hi Sam 👋', { x: 24, y: 48, size: 22, weight: 800 }),
  D.frame('Auto layout', { x: 24, y: 96, layout: 'VERTICAL', gap: 12, w: 312 }, [
    D.frame('Frame 80', { w: 312, layout: 'VERTICAL', gap: 6, pad: 16, fill: '#FFFFFF', radius: 16 }, [t('Next up', { size: 12, color: MUTED }), t('C5 booster · due in 9 days', { weight: 700 }), t('Greencross Vets Richmond', { size: 12, color: MUTED })]),
    D.frame('Frame 81', { w: 312, layout: 'VERTICAL', gap: 6, pad: 16, fill: '#FFFFFF', radius: 16 }, [t('Today’s walks', { size: 12, color: MUTED }), t('2 walks · 3.4 km', { weight: 700 })]),
    D.frame('Frame 82', { w: 312, layout: 'VERTICAL', gap: 8, pad: 16, fill: '#EDE8FF', radius: 16 }, [t('★★★★★  Trusted by 900k pet parents', { size: 13, weight: 700, color: PURPLE }), t('“Pawpal reminded me about Luna’s heartworm dose on a chaotic week. Lifesaver.” — Jess, Geelong', { size: 13, w: 280 })]),
  ]),
  nav('Today', { Me: 'me' }),
]);
const me = D.frame('Me', { key: 'me', x: 460, y: 1000, w: W, h: H, fill: BG }, [
  bar(),
  t('Settings', { x: 24, y: 48, size: 22, weight: 800 }),
  D.frame('Auto layout', { x: 24, y: 96, layout: 'VERTICAL', gap: 10, w: 312 }, [
    row('Fi Series 3 collar', 'Paired · battery 64%', null, { right: 'Unpair', rc: '#C7372F' }),
    row('Greencross Vets Richmond', 'Records updated 2 days ago', null, { right: 'Change' }),
    row('Help centre', null, 'help'),
    row('Notifications', null, null),
    D.frame('Frame 95', { w: 312, h: 48, stroke: '#C7372F', radius: 14, layout: 'HORIZONTAL', pad: 12, justify: 'CENTER', alignItems: 'CENTER' }, [t('Delete account', { color: '#C7372F', weight: 700 })]),
  ]),
  nav('Me', { Today: 'today' }),
]);
const help = D.frame('Help centre', { key: 'help', x: 920, y: 1000, w: W, h: H, fill: BG }, [
  bar(),
  D.vector('back', { x: 20, y: 48, w: 12, h: 20, stroke: INK, actions: [{ type: 'BACK' }] }),
  t('Help centre', { x: 24, y: 80, size: 22, weight: 800 }),
  t('How do I pair a collar?\nWhy is my vet missing?\nChanging your plan\nLost pet — what to do now', { x: 24, y: 130, size: 15, w: 312 }),
]);

const flow = D.canvas('Mobile', [welcome, signup, pet, vet, tracker, reminders, premium, today, me, help], { starts: [{ key: 'welcome', name: 'First launch' }] });
D.page(1);
const cover = D.canvas('Cover', [D.frame('Cover', { x: 0, y: 0, w: 1600, h: 960, fill: PURPLE }, [t('Pawpal v5', { x: 120, y: 400, size: 96, weight: 800, color: '#FFFFFF', maxW: 900 })])]);

writeJson(new URL(`../${NAME}.json`, import.meta.url), D.build([cover, flow, comps]));

const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
writeJson(new URL(`../${NAME}.truth.json`, import.meta.url), {
  file: `${NAME}.json`,
  kind: 'negative',
  writtenBy: 'held-out writer J (from the checklist facts and the REST format only; repository not read)',
  description: 'Pawpal, a consumer pet-care app on Android 360x800: welcome carousel, sign-up with Apple/Google, add a pet, connect your vet (clinic search), link a pet tracker, sync vaccination reminders to a calendar, Premium paywall, Today home with a rating banner, settings with Delete account, help centre. Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent: IDS,
  notes: {
    'funnel.social-proof': 'Left unlabelled: a consumer "Trusted by 900k pet parents" banner and review exist, but not in any business-connection context.',
    'privacy.statistics': 'Left unlabelled: the 900k figure is a user count, not about data protection for a connection.',
    'platform.search': 'The search is over vet clinics, not software integrations.',
    'connection.delete': '"Unpair" a collar and "Delete account" are not about revoking a business-software connection.',
  },
  flow: { startFrameId: welcome.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log('wrote', NAME);

// d72 — negative: a pet-sitting app (mobile 390x844). No business-software connection anywhere.
import { makeDoc, screen, canvas, component, save, saveTruth, countNodes, layoutScreen, go, overlay, close, back, hover, WRITTEN_BY } from './lib.mjs';
import { text, frame, row, col, rect, ellipse, instBtn, frameBtn, groupBtn, link, checkbox, icon, avatar, searchField, vlogo } from './kit.mjs';

const NAME = 'd72-negative-pet-sitting';
const ctx = makeDoc({ name: 'PawPal — app v5', lastModified: '2026-02-02T13:27:40Z', version: '3998120455' });
const t = (s, o) => text(ctx, s, o);
const W = 390; const H = 844; const INK = '#2B2118'; const GREEN = '#2F9E6B';

const compPage = ctx.newPage(30);
const set = ctx.id();
const pDef = component(ctx, frame(ctx, 'Property 1=Default', { layout: 'HORIZONTAL', w: 342, h: 54, pad: 14, fill: GREEN, radius: 16 }, [t('Button', { size: 17, weight: 700, color: '#FFFFFF' })]), '77c0aa12b1', '', set);
const pHov = component(ctx, frame(ctx, 'Property 1=Hover', { layout: 'HORIZONTAL', w: 342, h: 54, pad: 14, fill: '#23805A', radius: 16 }, [t('Button', { size: 17, weight: 700, color: '#FFFFFF' })]), '77c0aa12b2', '', set);
pDef.interactions = hover(pHov.id);
layoutScreen(pDef, 100, 100); layoutScreen(pHov, 100, 180);
ctx.doc.componentSets[set] = { key: '3f2e1d0c9b', name: 'Primary', description: '' };
const comps = canvas(compPage, 'Components', [{ id: set, name: 'Primary', type: 'COMPONENT_SET', children: [pDef, pHov], absoluteBoundingBox: { x: 80, y: 80, width: 380, height: 170 } }]);
const PRIMARY = pDef.id;

const flowPage = ctx.newPage(31);
const S = {};
for (const k of ['welcome', 'signup', 'pet', 'vet', 'home', 'sitter', 'book', 'photos', 'me', 'help']) S[k] = ctx.id();
const at = (n, x, y) => Object.assign(n, { _at: [x, y] });
const sb = () => at(row(ctx, 'Status Bar', { w: W, h: 47, pad: 22, gap: 8 }, [t('9:41', { size: 16, weight: 600 }), frame(ctx, 'Frame 1', { w: 'fill', h: 4 }, []), icon(ctx, 'Vector', 16), rect(ctx, 'Battery', 26, 12, { radius: 3, fill: INK })]), 0, 0);
const body = (children, y = 60, gap = 18) => at(col(ctx, 'Frame 10', { w: W, pad: 24, gap }, children), 0, y);
const primary = (label, on) => instBtn(ctx, PRIMARY, label, { w: 342, h: 54, fill: GREEN, radius: 16, size: 17, name: 'Property 1=Default', on });
const tabBar = () => at(row(ctx, 'Tab bar', { w: W, h: 84, pad: 32, gap: 64, fill: '#FFFFFF', stroke: '#EFE7DD' }, [icon(ctx, 'home', 26, { on: go(S.home) }), icon(ctx, 'calendar', 26), icon(ctx, 'image', 26, { on: go(S.photos) }), icon(ctx, 'user', 26, { on: go(S.me) })]), 0, H - 84);
const X = (i) => i * 490;

const welcome = screen(ctx, S.welcome, 'Welcome', X(0), 0, W, H, { fill: '#FFF6EC' }, [
  sb(),
  at(link(ctx, 'Skip', { size: 15, color: INK, on: go(S.signup) }), 336, 60),
  body([
    rect(ctx, 'hero', 342, 320, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'dogcat01' }], radius: 28 }),
    t('Happy pets, happy you 🐾', { size: 28, weight: 800, color: INK, w: 'fill' }),
    t('Find a loving sitter nearby, get photo updates and pay in one tap.', { size: 16, color: '#6B5B4B', w: 'fill' }),
    row(ctx, 'Frame 11', { gap: 6 }, [t('★★★★★', { size: 14, color: '#F5A524' }), t('Trusted by 1M pet parents', { size: 14, weight: 600 })]),
    primary('Get started', go(S.signup)),
  ], 110),
]);
const signup = screen(ctx, S.signup, 'Sign up', X(1), 0, W, H, {}, [
  sb(),
  body([
    icon(ctx, 'chevron-left', 24, { on: back() }),
    t('Create your account', { size: 26, weight: 800 }),
    groupBtn(ctx, ' Continue with Apple', 342, 54, { fill: '#000000', radius: 16, n: 20, on: go(S.pet) }),
    t('or', { size: 14, color: '#9A8B7A', w: 'fill', align: 'CENTER' }),
    row(ctx, 'Input', { h: 54, pad: 16, radius: 14, stroke: '#E3D8CA' }, [t('Email', { size: 16, color: '#9A8B7A' })]),
    row(ctx, 'Input', { h: 54, pad: 16, radius: 14, stroke: '#E3D8CA' }, [t('Password', { size: 16, color: '#9A8B7A' })]),
    row(ctx, 'Frame 21', { gap: 10 }, [checkbox(ctx), t('I agree to the ', { size: 13 }), link(ctx, 'Terms', { size: 13, color: GREEN, underline: true })]),
    primary('Continue', go(S.pet)),
  ]),
]);
const pet = screen(ctx, S.pet, 'Pet profile', X(2), 0, W, H, {}, [
  sb(),
  body([
    t('Who are we looking after?', { size: 26, weight: 800, w: 'fill' }),
    frame(ctx, 'photo', { layout: 'VERTICAL', w: 'fill', center: true }, [ellipse(ctx, 'Ellipse 4', 120, 120, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'biscuit1' }] })]),
    row(ctx, 'Input', { h: 54, pad: 16, radius: 14, stroke: '#E3D8CA' }, [t('Biscuit', { size: 16 })]),
    row(ctx, 'Input', { h: 54, pad: 16, radius: 14, stroke: '#E3D8CA' }, [t('Cocker spaniel · 3 yrs', { size: 16 })]),
    link(ctx, '+ Add another pet', { color: GREEN }),
    primary('Next', go(S.vet)),
  ]),
]);
const clinic = (name, dist) => row(ctx, 'Frame 30', { w: 'fill', h: 64, pad: 12, gap: 12, radius: 14, stroke: '#EFE7DD' }, [rect(ctx, 'Rectangle 30', 40, 40, { radius: 10, fill: '#E8F5EE' }), col(ctx, 'Frame 31', { w: 'fill', gap: 2 }, [t(name, { size: 15, weight: 600 }), t(dist, { size: 12, color: '#9A8B7A' })])]);
const vet = screen(ctx, S.vet, 'Link your vet', X(3), 0, W, H, {}, [
  sb(),
  body([
    t('Link your vet', { size: 26, weight: 800 }),
    t('Sitters can see Biscuit’s vaccinations and call the right clinic in an emergency.', { size: 15, color: '#6B5B4B', w: 'fill' }),
    searchField(ctx, 'Search clinics near you', { name: 'Frame 32' }),
    clinic('Greenway Veterinary Clinic', '0.8 mi · open until 7 pm'), clinic('Hillside Animal Hospital', '1.9 mi · 24 hours'), clinic('Paws & Claws Vets', '2.4 mi'),
    primary('Link vet', go(S.home)),
    link(ctx, 'Not now', { color: INK, on: go(S.home) }),
  ]),
]);
const sitterCard = (ref, name, meta, dest) => row(ctx, name, { w: 'fill', h: 84, pad: 12, gap: 12, radius: 18, fill: '#FFFFFF', stroke: '#EFE7DD', on: dest ? go(dest) : undefined }, [avatar(ctx, ref, 56), col(ctx, 'Frame 40', { w: 'fill', gap: 2 }, [t(name, { size: 16, weight: 700 }), t(meta, { size: 12, color: '#9A8B7A' })]), t('$32/night', { size: 14, weight: 700, color: GREEN })]);
const home = screen(ctx, S.home, 'Home', X(4), 0, W, H, { fill: '#FFF6EC' }, [
  sb(),
  body([
    t('Hi Sam 👋', { size: 16, color: '#6B5B4B' }),
    t('Connect with sitters near you', { size: 24, weight: 800, w: 'fill' }),
    row(ctx, 'chips', { gap: 8 }, ['Overnight', 'Drop-in', 'Dog walking'].map((s, i) => frame(ctx, s, { layout: 'HORIZONTAL', w: 'hug', h: 34, pad: 12, radius: 17, fill: i === 0 ? INK : '#FFFFFF' }, [t(s, { size: 13, weight: 600, color: i === 0 ? '#FFFFFF' : INK })]))),
    sitterCard('sit001', 'Maya R.', '★ 4.9 (212) · 0.6 mi', S.sitter), sitterCard('sit002', 'Jordan P.', '★ 4.8 (97) · 1.2 mi', S.sitter), sitterCard('sit003', 'Alex K.', '★ 5.0 (41) · 1.5 mi', S.sitter),
  ]),
  tabBar(),
]);
const sitter = screen(ctx, S.sitter, 'Sitter profile', X(5), 0, W, H, {}, [
  sb(),
  body([
    icon(ctx, 'chevron-left', 24, { on: back() }),
    row(ctx, 'Frame 50', { gap: 14 }, [avatar(ctx, 'sit001', 72), col(ctx, 'Frame 51', { gap: 4 }, [t('Maya R.', { size: 22, weight: 800 }), t('★ 4.9 · 212 stays · ID checked', { size: 13, color: '#6B5B4B' })])]),
    t('Retired vet nurse with a big garden and two friendly greyhounds.', { size: 15, w: 'fill' }),
    col(ctx, 'review', { gap: 6, pad: 14, radius: 14, fill: '#FFF6EC' }, [t('“Biscuit came home happier than he left!” — Priti, Oct 2025', { size: 14, w: 'fill' })]),
    row(ctx, 'Frame 52', { gap: 10 }, [icon(ctx, 'message', 22), t('Message Maya', { size: 15, weight: 600, color: GREEN })]),
    primary('Request a stay', go(S.book)),
  ]),
]);
const book = screen(ctx, S.book, 'Booking', X(6), 0, W, H, {}, [
  sb(),
  body([
    t('Your booking', { size: 26, weight: 800 }),
    row(ctx, 'Frame 60', { w: 'fill', h: 64, pad: 14, gap: 12, radius: 14, stroke: '#EFE7DD' }, [icon(ctx, 'calendar', 22), t('Fri 13 – Sun 15 Mar · 2 nights', { size: 15, w: 'fill' })]),
    row(ctx, 'Frame 61', { gap: 8 }, [t('2 nights × $32', { size: 15, w: 'fill' }), t('$64.00', { size: 15 })]),
    row(ctx, 'Frame 62', { gap: 8 }, [t('Service fee', { size: 15, w: 'fill' }), t('$6.40', { size: 15 })]),
    row(ctx, 'Frame 63', { gap: 8 }, [t('Total', { size: 17, weight: 800, w: 'fill' }), t('$70.40', { size: 17, weight: 800 })]),
    t('Free cancellation up to 48 hours before the stay.', { size: 13, color: '#6B5B4B', w: 'fill' }),
    groupBtn(ctx, 'Pay with  Apple Pay', 342, 54, { fill: '#000000', radius: 12, n: 64, vector: true, on: go(S.photos) }),
  ]),
]);
const photos = screen(ctx, S.photos, 'Updates', X(7), 0, W, H, { fill: '#FFF6EC' }, [
  sb(),
  body([
    t('Biscuit’s stay', { size: 24, weight: 800 }),
    row(ctx, 'Frame 70', { gap: 10, pad: 12, radius: 12, fill: '#FFFFFF' }, [ellipse(ctx, 'Ellipse 9', 20, 20, { fills: [], stroke: GREEN, strokeWeight: 3 }), t('Syncing photos…', { size: 14, color: '#6B5B4B' })]),
    row(ctx, 'grid', { gap: 8 }, [rect(ctx, 'photo 1', 108, 108, { radius: 10, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'walk0001' }] }), rect(ctx, 'photo 2', 108, 108, { radius: 10, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'walk0002' }] }), rect(ctx, 'photo 3', 108, 108, { radius: 10, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'walk0003' }] })]),
    t('Maya: Long walk on the heath this morning, he’s snoozing now 😴', { size: 14, w: 'fill' }),
  ]),
  tabBar(),
]);
const meRow = (s, o = {}) => row(ctx, s, { w: 'fill', h: 54, pad: 4, gap: 12, on: o.on }, [icon(ctx, 'Vector', 22), t(s, { size: 16, color: o.color || INK, w: 'fill' })]);
const me = screen(ctx, S.me, 'Profile', X(8), 0, W, H, {}, [
  sb(),
  body([
    row(ctx, 'Frame 80', { gap: 12 }, [avatar(ctx, 'sam0001', 56), t('Sam Ortega', { size: 20, weight: 800 })]),
    meRow('My pets'), meRow('Payment methods'), meRow('Notifications'), meRow('Help', { on: overlay(S.help) }), meRow('Sign out'), meRow('Delete account', { color: '#C2410C' }),
  ], 60, 6),
  tabBar(),
]);
const help = screen(ctx, S.help, 'Help sheet', X(9), 300, W, 544, { radius: 24 }, [
  body([
    t('Help', { size: 22, weight: 800 }),
    t('How do I change my booking dates?\nWhat if my pet needs a vet during a stay?\nHow are sitters checked?', { size: 15, w: 'fill' }),
    frameBtn(ctx, 'Done', { fill: INK, radius: 14, n: 90, on: close() }),
  ], 20),
]);

const flow = canvas(flowPage, '📱 App flow', [welcome, signup, pet, vet, home, sitter, book, photos, me, help], { flows: [{ nodeId: S.welcome, name: 'New pet parent' }] });
const coverId = ctx.newPage(29);
const cover = canvas(coverId, 'Cover', [screen(ctx, ctx.id(), 'Cover', 0, 0, 1600, 960, { fill: GREEN }, [at(row(ctx, 'Frame 1', { gap: 20 }, [vlogo(ctx, '#FFFFFF', 80), t('PawPal v5', { size: 80, weight: 800, color: '#FFFFFF' })]), 120, 400)])]);
ctx.doc.document.children = [cover, flow, comps];
save(new URL(`../${NAME}.json`, import.meta.url).pathname, ctx.doc);

const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const unlabelled = ['funnel.social-proof', 'privacy.statistics', 'privacy.support-contacts'];
saveTruth(new URL(`../${NAME}.truth.json`, import.meta.url).pathname, {
  file: `${NAME}.json`, kind: 'negative', writtenBy: WRITTEN_BY,
  description: 'Consumer pet-sitting app, mobile 390x844: welcome with "Trusted by 1M pet parents", sign-up with Apple, pet profile, "Link your vet" clinic search, "Connect with sitters near you" home, sitter profile with a review, booking paid with Apple Pay, a stay-updates screen with "Syncing photos…", a profile tab with Help and Delete account, and a help sheet. Nothing connects a business’s accounting, banking or commerce software.',
  present: [],
  absent: ALL.filter((id) => !unlabelled.includes(id)),
  notes: {
    'funnel.social-proof': 'Left out: "Trusted by 1M pet parents" and a sitter review are real social proof, but not in any account-connection funnel.',
    'privacy.statistics': 'Left out: the 1M figure is a customer count, unrelated to trusting a data connection.',
    'privacy.support-contacts': 'Left out: a Help sheet exists but there is no connection flow to support.',
    'platform.search': 'The search field finds vet clinics, not integrations.',
    'connection.syncing-indicator': '"Syncing photos…" is photo upload from a sitter, not a data connection.',
    'connection.delete': '"Delete account" removes the user’s account, not a connection.',
    'platform.multiple-connections': '"Add another pet" is not another connection.',
  },
  flow: { startFrameId: S.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.log(NAME, countNodes(ctx.doc.document));

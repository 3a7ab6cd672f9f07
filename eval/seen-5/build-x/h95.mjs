// h95 (negative): a meal-kit subscription app, iPhone 390x844, US English.
import { T, R, V, F, S, C, CS, E, buildFile, writeOut, go, back, url, WRITTEN_BY } from './lib.mjs';
import { statusBar, btnInst, btnFrame, btnGroup, link, searchField, logo, homeIndicator } from './ui.mjs';

const W = 390, H = 844;
const OR = '#EA580C', INK = '#1C1917', MUTED = '#78716C';
const dir = new URL('..', import.meta.url).pathname;
const ALL = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];

const screen = (name, key, x, body, extra = [], bg = '#FFFBF5') => F(name, { key, x, y: 0, w: W, h: H, fill: bg, clips: true }, [
  statusBar(W),
  F('Auto layout', { x: 0, y: 47, w: W, layout: 'VERTICAL', padX: 24, padY: 16, gap: 16 }, body),
  ...extra,
  F('Frame 4', { x: 0, y: H - 34, w: W, h: 34 }, [homeIndicator(W)]),
]);
const CW = W - 48;
const head = (t) => T(t, { size: 26, weight: 700, color: INK, w: CW, font: 'Recoleta' });
const p = (t) => T(t, { size: 15, color: MUTED, w: CW });
const arrow = () => V('chevron-left', { w: 10, h: 18, color: INK, on: back() });
const recipe = (nm, meta, ref) => F('Frame 60', { w: CW, layout: 'HORIZONTAL', gap: 12, padY: 6, align: 'CENTER' }, [
  R('image 7', { w: 72, h: 72, image: ref, radius: 10 }),
  F('Frame 61', { w: CW - 120, layout: 'VERTICAL', gap: 4 }, [T(nm, { size: 15, weight: 600, w: CW - 120 }), F('Frame 62', { layout: 'HORIZONTAL', gap: 6, align: 'CENTER' }, [
    T(meta, { size: 12, color: MUTED }),
    F('Frame 63', { layout: 'HORIZONTAL', padX: 6, padY: 2, radius: 4, fill: '#DCFCE7' }, [T(ref === 'r3' || ref === 'r4' ? 'Veggie' : 'Quick', { size: 10, weight: 600, color: '#166534' })]),
  ])]),
  E('Ellipse 8', { w: 24, h: 24, stroke: OR }),
]);

const components = { name: 'Components', children: [
  CS('Button', { x: 0, y: 0, w: 400, h: 160, stroke: '#9747FF' }, [
    C('Property 1=Default', { key: 'c_btn', x: 20, y: 20, w: 342, h: 52, fill: OR, radius: 26 }, [T('Button', { x: 20, y: 16, w: 302, size: 16, weight: 700, color: '#FFFFFF', align: 'CENTER' })]),
    C('Property 1=Ghost', { key: 'c_btn_g', x: 20, y: 90, w: 342, h: 52, radius: 26, stroke: OR }, [T('Button', { x: 20, y: 16, w: 302, size: 16, weight: 700, color: OR, align: 'CENTER' })]),
  ]),
] };

const landing = screen('Landing', 'f_landing', 0, [
  R('hero', { w: CW, h: 260, image: 'hero_bowls_jpg', radius: 20 }),
  head('Dinner, minus the planning'),
  p('Chef-designed recipes and pre-portioned ingredients at your door every week.'),
  F('Frame 20', { w: CW, layout: 'HORIZONTAL', gap: 6, align: 'CENTER' }, [T('★ 4.8', { size: 14, weight: 700, color: OR }), T('Rated 4.8 by 50k cooks', { size: 13, color: MUTED })]),
  btnInst('Get started', 'c_btn', { w: CW, h: 52, fill: OR, radius: 26, on: go('f_plan') }),
  T('Already cooking with us? Log in', { size: 14, color: MUTED, w: CW, align: 'CENTER' }),
]);

const opt = (t, sel) => F('Frame 31', { w: 100, h: 44, radius: 22, fill: sel ? OR : '#FFFFFF', stroke: sel ? OR : '#D6D3D1', layout: 'HORIZONTAL', padX: 12, padY: 12 }, [T(t, { size: 14, weight: 600, color: sel ? '#FFFFFF' : INK, w: 76, align: 'CENTER' })]);
const plan = screen('Choose plan', 'f_plan', 470, [
  arrow(), head('Build your box'),
  T('People', { size: 14, weight: 600 }), F('Frame 30', { w: CW, layout: 'HORIZONTAL', gap: 10 }, [opt('2', true), opt('4'), opt('6')]),
  T('Recipes per week', { size: 14, weight: 600 }), F('Frame 32', { w: CW, layout: 'HORIZONTAL', gap: 10 }, [opt('3', true), opt('4'), opt('5')]),
  F('Frame 33', { w: CW, layout: 'VERTICAL', pad: 14, gap: 4, radius: 12, fill: '#FFEDD5' }, [T('$10.99 per serving · $65.94/week', { size: 15, weight: 700, w: CW - 28 }), T('Pause or cancel anytime.', { size: 13, color: MUTED, w: CW - 28 })]),
  btnFrame('Continue', { w: CW, h: 52, fill: OR, radius: 26, on: go('f_signup') }),
]);

const input = (label, value) => F('Frame 40', { w: CW, layout: 'VERTICAL', gap: 6 }, [T(label, { size: 13, weight: 600 }), F('Rectangle 41', { w: CW, h: 46, radius: 10, stroke: '#D6D3D1', fill: '#FFFFFF', layout: 'HORIZONTAL', padX: 14, padY: 13 }, [T(value, { size: 15, color: '#A8A29E', w: CW - 28 })])]);
const signup = screen('Sign up', 'f_signup', 940, [
  arrow(), head('Where should we deliver?'),
  input('Email', 'sam@example.com'), input('Street address', '2210 Linden Ave'), input('ZIP code', '97214'),
  btnInst('Continue to recipes', 'c_btn', { w: CW, h: 52, fill: OR, radius: 26, on: go('f_menu') }),
]);

const menu = screen('Pick recipes', 'f_menu', 1410, [
  arrow(), head('Pick 3 recipes'),
  searchField('Search recipes', { w: CW, fill: '#FFFFFF', stroke: '#E7E5E4' }),
  T('Quick (under 20 min)', { size: 18, weight: 700 }),
  recipe('Gochujang chicken rice bowls', '15 min · 610 cal', 'r1'),
  recipe('Lemony shrimp orzo', '18 min · 540 cal', 'r2'),
  T('Veggie', { size: 18, weight: 700 }),
  recipe('Crispy chickpea shawarma wraps', '25 min · 680 cal', 'r3'),
  recipe('Mushroom & farro risotto', '35 min · 590 cal', 'r4'),
  btnGroup('Checkout (3/3)', { w: CW, h: 52, fill: OR, radius: 26, on: go('f_checkout') }),
]);

const checkout = screen('Checkout', 'f_checkout', 1880, [
  arrow(), head('Checkout'),
  input('Card number', '4242 4242 4242 4242'),
  F('Frame 50', { w: CW, layout: 'VERTICAL', gap: 6 }, [['Subtotal', '$65.94'], ['Shipping', '$9.99'], ['First box discount', '−$30.00']].map(([a, b]) => F('Frame 51', { w: CW, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN' }, [T(a, { size: 14, w: 200 }), T(b, { size: 14 })]))),
  T('Payments are encrypted. You can skip a week or cancel before the weekly cutoff.', { size: 12, color: MUTED, w: CW }),
  btnInst('Place order', 'c_btn', { w: CW, h: 52, fill: OR, radius: 26, on: go('f_oven') }),
]);

const oven = screen('Smart oven', 'f_oven', 2350, [
  R('illustration', { w: CW, h: 200, image: 'oven_illus_png', radius: 20 }),
  head('Connect your smart oven'),
  p('Send cook programs straight from each recipe card to your oven.'),
  ...[['June Oven', 'june'], ['Anova Precision Oven', 'anova'], ['Tovala Smart Oven', 'tovala']].map(([n, r]) => F('Frame 70', { w: CW, h: 60, radius: 12, fill: '#FFFFFF', stroke: '#E7E5E4', layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 12, align: 'CENTER', on: go('f_pairing') }, [logo(r, { s: 36 }), T(n, { size: 15, weight: 600, w: 220 })])),
  link('Skip', { color: MUTED, w: CW, align: 'CENTER', on: go('f_week') }),
]);

const pairing = screen('Pairing', 'f_pairing', 2820, [
  F('Frame 80', { w: CW, h: 500, layout: 'VERTICAL', padY: 180, gap: 14 }, [E('Ellipse 81', { w: 44, h: 44, stroke: OR }), T('Pairing with your oven…', { size: 18, weight: 600, w: CW, align: 'CENTER' }), T('Keep your phone near the oven and Wi‑Fi on.', { size: 13, color: MUTED, w: CW, align: 'CENTER' })]),
  btnFrame('Done', { w: CW, h: 52, fill: OR, radius: 26, on: go('f_week') }),
]);

const tabs = () => F('Tab bar', { x: 0, y: H - 84, w: W, h: 50, fill: '#FFFFFF', stroke: '#E7E5E4', layout: 'HORIZONTAL' }, [['This week', 'f_week'], ['Menu', 'f_menu'], ['Account', 'f_account']].map(([t, d]) =>
  F('Frame 90', { w: 130, h: 50, layout: 'VERTICAL', padY: 6, gap: 4, on: go(d) }, [V('Vector', { w: 22, h: 22, color: MUTED }), T(t, { size: 11, w: 118, align: 'CENTER', color: MUTED })])));
const week = screen('This week', 'f_week', 0, [
  T('Hi Sam 👋', { size: 15, color: MUTED }),
  head('Arriving Thursday'),
  recipe('Gochujang chicken rice bowls', 'Thu · 15 min', 'r1'),
  recipe('Lemony shrimp orzo', 'Fri · 18 min', 'r2'),
  recipe('Crispy chickpea shawarma wraps', 'Sat · 25 min', 'r3'),
  F('Frame 100', { w: CW, layout: 'HORIZONTAL', gap: 10 }, [
    btnFrame('Skip this week', { w: 166, h: 44, fill: '#FFFFFF', color: INK, stroke: '#D6D3D1', radius: 22, size: 14 }),
    btnFrame('🛒 Sync shopping list', { w: 166, h: 44, fill: '#FFEDD5', color: OR, radius: 22, size: 14 }),
  ]),
  link('Help', { color: OR, on: go('f_help') }),
], [tabs()]);

const account = screen('Account', 'f_account', 470, [
  head('Account'),
  ...['Delivery address', 'Payment method', 'Manage subscription', 'Connected devices', 'Notifications'].map((t) => F('Frame 110', { w: CW, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', padY: 12, stroke: '#F5F5F4' }, [T(t, { size: 15, w: 250 }), V('Vector', { w: 8, h: 14 })])),
  T('Delete account', { size: 15, weight: 600, color: '#B91C1C' }),
], [tabs()]);

const help = screen('Help', 'f_help', 940, [
  arrow(), head('Help'),
  ...['How do I skip a delivery?', 'When is the weekly cutoff?', 'What if an ingredient is missing?', 'How do I pause my plan?'].map((q) => F('Frame 120', { w: CW, layout: 'HORIZONTAL', justify: 'SPACE_BETWEEN', padY: 14, stroke: '#F5F5F4' }, [T(q, { size: 15, w: 290 }), T('+', { size: 18, color: OR })])),
  link('Visit the help center', { color: OR, on: url('https://help.forkful.example/') }),
]);

const flowPage = { name: 'Flow – new subscriber', startKey: 'f_landing', children: [
  S('Signup & first box', { x: 0, y: 0, w: 3200, h: 950 }, [landing, plan, signup, menu, checkout, oven, pairing]),
  S('Returning', { x: 3290, y: 0, w: 1400, h: 950 }, [week, account, help]),
] };
const cover = { name: 'Cover', children: [F('Cover', { x: 0, y: 0, w: 1200, h: 800, fill: OR }, [T('Forkful — iOS 3.2', { x: 80, y: 340, size: 64, weight: 800, color: '#FFFFFF', w: 1000 })])] };

const built = buildFile({ name: 'Forkful iOS 3.2', lastModified: '2025-08-08T18:27:31Z', version: '7310045522', pages: [cover, flowPage, components] });
const omitted = ['funnel.social-proof', 'privacy.statistics'];
writeOut(dir, 'h95-negative-recipe-box', built, {
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Negative: a meal-kit subscription app (iPhone 390x844, US). Consumers pick recipes, pay and can pair a smart oven; no business connects accounting, banking or commerce software.',
  present: [],
  absent: ALL.filter((i) => !omitted.includes(i)),
  notes: {
    'funnel.cta-visible': '"Connect your smart oven" pairs a kitchen appliance, not business software.',
    'platform.non-linear': '"Skip" on the oven screen and "Skip this week" are about appliances and deliveries.',
    'privacy.disconnect-anytime': '"Pause or cancel anytime" is about the subscription.',
    'connection.refresh': '"Sync shopping list" exports groceries; no connection to refresh.',
    'platform.grouped-categories': '"Quick"/"Veggie" headings group recipes, not integrations.',
    'platform.search': 'The search field searches recipes.',
    'value.faq-link': 'Help lists delivery FAQs, not the benefits of connecting software.',
    'privacy.trust-language': '"Payments are encrypted" is about the card payment.',
    'connection.syncing-indicator': 'The spinner is oven pairing, not data syncing from a connected platform.',
    'connection.delete': '"Delete account" removes the user account.',
    'funnel.social-proof': 'Omitted: "Rated 4.8 by 50k cooks" is social proof for the meal kit, not for connecting.',
    'privacy.statistics': 'Omitted: "50k cooks" is a figure, though not about trust in a data connection.',
  },
  flow: { startFrameId: 'f_landing', connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, { connectCandidates: [] });

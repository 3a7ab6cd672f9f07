// h134 — negative: a consumer meal planner (iPhone 390x844). It links a
// grocery account and a calendar and imports recipes; no business software.
import {
  Doc, frame, auto, group, text, rect, ellipse, vec, line, inst, compNode,
  go, back, close, url, statusBar, truthOut,
} from './lib.mjs';

const W = 390;
const H = 844;
const GREEN = '#2F7D4F';
const CREAM = '#FFF8EE';
const INK = '#222222';
const GREY = '#7A7A7A';
const ZW = '\u200B';

function greenBtn(label, y, link) {
  return frame('Frame ' + y, [24, y, 342, 54], { fill: GREEN, radius: 14, link }, [
    text(label, [0, 16, 342, 22], { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
}

function tabs(active) {
  return inst('tabs', 'tabbar', [0, H - 84, W, 84], { fill: '#FFFFFF' }, [
    line('Line', [0, 0, W, 0]),
    auto('Auto layout', [0, 8, W, 50], 'h', ['Plan', 'Recipes', 'List', 'Me'].map((t, i) => auto('Frame ' + (50 + i), [i * 97.5, 0, 97.5, 50], 'v', [
      vec('Vector', [37, 0, 24, 24], { fill: t === active ? GREEN : '#B0B0B0' }),
      text(t, [0, 30, 97.5, 14], { size: 10, weight: 500, color: t === active ? GREEN : '#B0B0B0', align: 'CENTER' }),
    ], { gap: 4 })), { gap: 0 }),
  ]);
}

function storeRow(name, img, y) {
  return group('Group ' + y, [24, y, 342, 64], [
    rect('Rectangle ' + y, [0, 0, 342, 64], { fill: '#FFFFFF', radius: 14, stroke: '#EADFCF' }),
    rect(name, [14, 12, 40, 40], { image: img, radius: 8 }),
    text(name, [66, 22, 220, 20], { size: 16, weight: 600, color: INK }),
    ellipse('Ellipse ' + y, [306, 22, 20, 20], { fill: null, stroke: '#B0B0B0' }),
  ]);
}

export function build() {
  const d = new Doc({ name: 'Forkcast — app onboarding', lastModified: '2025-01-27T12:03:18Z', version: '3390182274' });
  d.component('tabs', 'tabbar', '');
  d.component('chip', 'chip/selected=false', '');

  const splash = frame('Welcome carousel', [0, 0, W, H], { key: 'splash', fill: CREAM }, [
    statusBar(W),
    text('Skip', [320, 58, 50, 20], { size: 15, color: GREY, link: go('signup') }),
    rect('Rectangle 1', [24, 110, 342, 320], { image: '5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e', radius: 24 }),
    text('Dinner, sorted for the week', [24, 460, 342, 70], { size: 30, weight: 700, color: INK }),
    text('Pick what you fancy, we build the plan and the shopping list.', [24, 540, 342, 44], { size: 16, color: GREY }),
    text('⭐ 4.8  ·  Trusted by 500k cooks', [24, 604, 342, 20], { size: 14, weight: 600, color: GREEN }),
    group('Group 3', [171, 650, 48, 8], [
      ellipse('Ellipse 1', [0, 0, 8, 8], { fill: GREEN }),
      ellipse('Ellipse 2', [20, 0, 8, 8], { fill: '#D6CBB8' }),
      ellipse('Ellipse 3', [40, 0, 8, 8], { fill: '#D6CBB8' }),
    ]),
    greenBtn('Get started', 720, go('signup')),
  ]);

  const signup = frame('Sign up', [0, 0, W, H], { key: 'signup', fill: CREAM }, [
    statusBar(W),
    text('Create your account', [24, 100, 342, 36], { size: 28, weight: 700, color: INK }),
    group('Group 10', [24, 170, 342, 54], [
      rect('Rectangle 10', [0, 0, 342, 54], { fill: '#000000', radius: 14 }),
      vec('Vector', [110, 17, 18, 20], { fill: '#FFFFFF' }),
      text('Continue with Apple', [136, 16, 180, 22], { size: 17, weight: 600, color: '#FFFFFF' }),
    ], { link: go('prefs') }),
    text('or', [24, 244, 342, 20], { size: 14, color: GREY, align: 'CENTER' }),
    frame('Frame 12', [24, 280, 342, 52], { radius: 12, stroke: '#D6CBB8' }, [
      text('Email', [16, 15, 300, 20], { size: 16, color: '#A0A0A0' }),
    ]),
    frame('Frame 13', [24, 344, 342, 52], { radius: 12, stroke: '#D6CBB8' }, [
      text('Password', [16, 15, 300, 20], { size: 16, color: '#A0A0A0' }),
    ]),
    greenBtn('Sign up', 420, go('prefs')),
  ]);

  const prefs = frame('Tastes', [0, 0, W, H], { key: 'prefs', fill: CREAM }, [
    statusBar(W),
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    text('How do you eat?', [24, 100, 342, 36], { size: 28, weight: 700, color: INK }),
    auto('Frame 20', [24, 160, 342, 200], 'h', ['Anything', 'Vegetarian', 'Vegan', 'Pescatarian', 'Gluten-free', 'Low carb', 'Dairy-free'].map((c, i) => inst('chip', c, [(i % 3) * 110, Math.floor(i / 3) * 50, 100, 40], { fill: i === 1 ? GREEN : '#FFFFFF', radius: 20 }, [
      text(c, [12, 10, 80, 20], { size: 15, color: i === 1 ? '#FFFFFF' : INK }),
    ])), { gap: 10, layoutWrap: 'WRAP', counterAxisSpacing: 10 }),
    text('Cooking for', [24, 390, 342, 20], { size: 15, weight: 600, color: INK }),
    text('–   2   +', [24, 420, 140, 30], { size: 22, color: INK }),
    greenBtn('Next', 720, go('grocery')),
  ]);

  const grocery = frame('Grocery', [0, 0, W, H], { key: 'grocery', fill: CREAM }, [
    statusBar(W),
    text('🛒 Connect your grocery account', [24, 100, 342, 72], { size: 28, weight: 700, color: INK }),
    text('Send your shopping list straight to your cart in one tap.', [24, 180, 342, 44], { size: 16, color: GREY }),
    storeRow('Instacart', '6e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f', 250),
    storeRow('Walmart', '7f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a', 326),
    storeRow('Kroger', '8a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b', 402),
    greenBtn('Connect Instacart', 690, go('calendar')),
    text('Not now', [24, 762, 342, 20], { size: 15, color: GREY, align: 'CENTER', link: go('calendar') }),
  ]);

  const calendar = frame('Calendar', [0, 0, W, H], { key: 'calendar', fill: CREAM }, [
    statusBar(W),
    rect('Rectangle 40', [115, 110, 160, 160], { image: '9b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c', radius: 32 }),
    text('Sync with Google Calendar', [24, 300, 342, 36], { size: 26, weight: 700, color: INK, align: 'CENTER' }),
    text('We\u2019ll add tonight\u2019s dinner and prep reminders to your calendar.', [24, 346, 342, 44], { size: 16, color: GREY, align: 'CENTER' }),
    greenBtn('Sync calendar', 690, go('importer')),
    text(`Maybe${ZW} later`, [24, 762, 342, 20], { size: 15, color: GREY, align: 'CENTER', link: go('importer') }),
  ]);

  const importer = frame('Import', [0, 0, W, H], { key: 'importer', fill: CREAM }, [
    statusBar(W),
    text('Import recipes', [24, 100, 342, 36], { size: 28, weight: 700, color: INK }),
    text('Bring the favourites you already have.', [24, 142, 342, 22], { size: 16, color: GREY }),
    frame('Frame 50', [24, 190, 342, 52], { radius: 12, stroke: '#D6CBB8' }, [
      text('Paste a recipe link', [16, 15, 300, 20], { size: 16, color: '#A0A0A0' }),
    ]),
    auto('Frame 51', [24, 266, 342, 180], 'v', [
      text('From Paprika', [0, 0, 342, 24], { size: 16, color: INK }),
      text('From a Pinterest board', [0, 40, 342, 24], { size: 16, color: INK }),
      text('From a photo of a cookbook page', [0, 80, 342, 24], { size: 16, color: INK }),
    ], { gap: 16 }),
    greenBtn('Finish', 720, go('plan')),
  ]);

  const plan = frame('Plan', [0, 0, W, H], { key: 'plan', fill: '#FFFFFF' }, [
    statusBar(W),
    text('This week', [24, 60, 240, 34], { size: 28, weight: 700, color: INK }),
    frame('Frame 60', [24, 108, 342, 44], { fill: '#F4EFE6', radius: 22 }, [
      vec('Vector', [14, 13, 18, 18], { fill: GREY }),
      text('Search recipes', [42, 12, 260, 20], { size: 15, color: '#A0A0A0' }),
    ]),
    auto('Week', [24, 170, 342, 480], 'v', [auto('Frame 61', [0, 0, 342, 480], 'v', [
      ['Mon', 'Lemon orzo with peas', 'recipe'], ['Tue', 'Black bean tacos', null], ['Wed', 'Miso salmon traybake', null], ['Thu', 'Leftovers', null], ['Fri', 'Homemade pizza', null],
    ].map(([dd, m, l], i) => auto('Frame ' + (62 + i), [0, i * 92, 342, 80], 'h', [
      rect('Rectangle ' + (62 + i), [0, 0, 80, 80], { image: 'ab6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4' + i, radius: 12 }),
      auto('Frame ' + (70 + i), [92, 16, 240, 48], 'v', [
        text(dd, [0, 0, 240, 16], { size: 12, weight: 600, color: GREY }),
        text(m, [0, 20, 240, 22], { size: 17, weight: 600, color: INK }),
      ], { gap: 4 }),
    ], { gap: 12, link: l ? go(l) : undefined })), { gap: 12 })], { gap: 0 }),
    text('Go Premium', [24, 690, 342, 20], { size: 15, weight: 600, color: GREEN, link: go('premium', 'OVERLAY') }),
    tabs('Plan'),
    rect('Hotspot', [292, H - 76, 98, 50], { fill: null, link: go('me') }),
  ]);

  const recipe = frame('Recipe', [0, 0, W, H], { key: 'recipe', fill: '#FFFFFF' }, [
    rect('Rectangle 80', [0, 0, W, 300], { image: 'bc7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d' }),
    vec('Vector', [24, 56, 12, 20], { fill: '#FFFFFF', link: back() }),
    text('Lemon orzo with peas', [24, 324, 342, 34], { size: 26, weight: 700, color: INK }),
    text('25 min · 2 servings · vegetarian', [24, 364, 342, 20], { size: 14, color: GREY }),
    text('1  Toast the orzo in butter\n2  Add stock, simmer 10 min\n3  Stir in peas, lemon and parmesan', [24, 410, 342, 100], { size: 16, color: INK, lh: 30 }),
    greenBtn('Add to shopping list', 720, go('plan')),
  ]);

  const premium = frame('Premium', [0, 0, W, 600], { key: 'premium', fill: CREAM, radius: 24 }, [
    text('Forkcast Premium', [24, 40, 342, 34], { size: 26, weight: 700, color: INK }),
    text('• Unlimited plans\n• Nutrition info\n• Family sharing', [24, 96, 342, 90], { size: 16, color: INK, lh: 28 }),
    text('$4.99/month after a 7-day free trial. Cancel anytime.', [24, 210, 342, 44], { size: 15, color: GREY }),
    greenBtn('Start free trial', 440, close()),
    text('Restore purchase', [24, 520, 342, 20], { size: 14, color: GREY, align: 'CENTER' }),
  ]);

  const me = frame('Me', [0, 0, W, H], { key: 'me', fill: '#FFFFFF' }, [
    statusBar(W),
    text('Me', [24, 60, 240, 34], { size: 28, weight: 700, color: INK }),
    text('Notifications\nUnits: metric\nHelp\nSign out', [24, 120, 342, 140], { size: 17, color: INK, lh: 34 }),
    rect('Hotspot', [24, 188, 342, 34], { fill: null, link: go('help') }),
    text('Delete account', [24, 300, 342, 22], { size: 17, color: '#C0392B' }),
    tabs('Me'),
  ]);

  const help = frame('Help', [0, 0, W, H], { key: 'help', fill: '#FFFFFF' }, [
    statusBar(W),
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    text('Help', [24, 96, 342, 34], { size: 28, weight: 700, color: INK }),
    auto('Frame 100', [24, 150, 342, 260], 'v', [
      'How do I share my list with my partner?', 'Why is a recipe missing its photo?', 'Can I swap a meal for leftovers?', 'How does the free trial work?',
    ].map((q, i) => auto('Frame ' + (101 + i), [0, i * 64, 342, 52], 'h', [
      text(q, [0, 14, 300, 22], { size: 16, color: INK }),
      vec('chevron', [330, 20, 8, 12], { fill: GREY }),
    ], { gap: 8 })), { gap: 12 }),
    text('Send feedback', [24, 460, 342, 20], { size: 15, color: GREEN, deco: 'UNDERLINE', link: url('mailto:hello@forkcast.app') }),
  ]);

  const frames = [splash, signup, prefs, grocery, calendar, importer, plan, recipe, premium, me, help];
  frames.forEach((f, i) => { f._box = [i * 490, 0, f._box[2], f._box[3]]; });
  d.page('App — onboarding', frames, { starts: [['splash', 'First run']] });
  d.page('Components', [
    compNode('tabs', 'tabbar', [0, 0, W, 84], { fill: '#FFFFFF' }, [line('Line', [0, 0, W, 0])]),
    compNode('chip', 'chip/selected=false', [0, 140, 100, 40], { fill: '#FFFFFF', radius: 20 }, [
      text('Chip', [12, 10, 80, 20], { size: 15, color: INK }),
    ]),
  ]);

  const { json, keyToId } = d.finish();
  const k = (s) => keyToId[s];
  const absent = [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ];
  const notes = {
    'funnel.cta-visible': '"Connect your grocery account" and "Sync with Google Calendar" link personal consumer services, not a business\u2019s accounting, banking or commerce software.',
    'platform.search': '"Search recipes" searches recipes, not integrations.',
    'platform.alternatives': '"Import recipes" imports cooking content, not a fallback for a missing business platform.',
    'connection.delete': 'Only "Delete account" (the user\u2019s own account); no connection management.',
  };
  const flow = { startFrameId: k('splash'), connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const truth = truthOut('h134-negative-recipe-planner.json', 'negative',
    'Negative: consumer meal-planning app (iPhone 390x844). First-run screens connect a grocery delivery account, sync Google Calendar and import recipes; there is a "Trusted by 500k cooks" rating, a Premium paywall ("Cancel anytime") and a Help screen. No business software is connected. Social proof, statistics and support items are left unlabelled.',
    [], absent, notes, flow);
  return { name: 'h134-negative-recipe-planner', json, truth, connectCandidates: [] };
}

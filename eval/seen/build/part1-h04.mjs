// h04-negative-food-tracker: calorie / meal tracker, iOS 390x844. No account-connection flow at all.
import { Builder, ui, image, finish } from './part1-lib.mjs';

export function build() {
  const b = new Builder(404);
  const T = { primary: '#16A34A', link: '#15803D' };
  const u = ui(b, T);

  b.setPrefix(14);
  b.registerComponentSet('set.button', 'Button');
  b.registerComponent('cmp.primary', 'Style=Filled', { setKey: 'set.button' });
  b.registerComponent('cmp.outline', 'Style=Outline', { setKey: 'set.button' });
  b.registerComponent('cmp.mealRow', 'List / Meal row');
  const comps = {
    id: '14:0', name: 'Components',
    children: [
      b.componentSet('set.button', 'Button', { x: 0, y: 0, layout: 'V', gap: 16, pad: 16, stroke: '#9747FF', radius: 5 }, [
        b.component('cmp.primary', 'Style=Filled', { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 342, h: 52, fill: T.primary, radius: 14 }, [b.text('Button', { size: 16, weight: 600, color: '#FFFFFF', hug: true })]),
        b.component('cmp.outline', 'Style=Outline', { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 342, h: 52, stroke: T.primary, radius: 14 }, [b.text('Button', { size: 16, weight: 600, color: T.primary, hug: true })]),
      ]),
      b.component('cmp.mealRow', 'List / Meal row', { x: 420, y: 0, layout: 'H', gap: 12, w: 342, pad: 12 }, [b.rect(null, 44, 44, { fill: '#E5E7EB', radius: 10 }), b.text('Meal', { size: 15, grow: true })]),
    ],
  };

  b.setPrefix(1);
  const btn = (label, key = 'cmp.primary', o = {}) => u.btnInstance(label, key, { w: 342, radius: 14, ...o });
  const header = (title, back = true) => {
    const a = b.vector(null, 10, 18, { fill: '#111827' });
    if (back) b.back(a);
    return b.row(b.auto('Frame'), { h: 44, justify: 'SPACE_BETWEEN' }, [back ? a : b.rect(null, 10, 18, { opacity: 0 }), b.text(title, { size: 17, weight: 600, hug: true }), b.rect(null, 10, 18, { opacity: 0 })]);
  };
  const tabBar = (active) => {
    const t = (label, dest) => { const n = b.col(b.auto('Frame'), { align: 'CENTER', gap: 4, w: 72 }, [b.vector(null, 22, 22, { fill: label === active ? T.primary : '#9CA3AF' }), b.text(label, { size: 11, color: label === active ? T.primary : '#6B7280', hug: true })]); if (dest && label !== active) b.go(n, dest); return n; };
    return b.row('Tabbar', { x: 0, y: 764, w: 390, h: 80, pad: [8, 20, 16, 20], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: '#E5E7EB' }, [t('Today', 'home'), t('Log', 'log'), t('Progress', 'progress'), t('Me', 'settings')]);
  };

  // 1. Welcome / sign-up (flow start)
  const apple = u.btnFrame(' Continue with Apple', { w: 342, fill: '#000000', radius: 14, name: b.auto('Frame') });
  b.go(apple, 'goals');
  const emailBtn = btn('Sign up with email', 'cmp.outline', { fill: '#FFFFFF', stroke: T.primary, color: T.primary });
  b.go(emailBtn, 'goals');
  const welcome = u.mobile('welcome', 'Welcome', { x: 0, y: 0, fill: '#F0FDF4' }, [
    b.rect(null, 342, 300, { fill: image('f00d1e55aa'), radius: 24 }),
    u.heading('Eat well without the guesswork', { size: 28 }),
    u.body('Log meals in seconds, snap a photo to count calories, and see your week at a glance.'),
    apple, emailBtn,
    b.text('Already have an account? Log in', { size: 14, color: T.link, align: 'CENTER' }),
  ]);

  // 2. Goals (onboarding progress look-alike)
  const next = btn('Continue');
  b.go(next, 'paywall');
  const goal = (label, on) => b.row(b.auto('Frame'), { gap: 12, pad: 16, radius: 14, stroke: on ? T.primary : '#E5E7EB', fill: on ? '#F0FDF4' : '#FFFFFF' }, [b.text(label, { size: 16, weight: 500, grow: true }), b.ellipse(null, 20, 20, { stroke: on ? T.primary : '#D1D5DB', strokeWeight: on ? 6 : 1.5 })]);
  const goals = u.mobile('goals', 'Goal', { x: 470, y: 0 }, [
    header('', true),
    b.col(b.auto('Frame'), { gap: 6 }, [b.text('2 of 4', { size: 13, weight: 600, color: T.primary }), u.progress(0.5, 342)]),
    u.heading("What's your goal?"),
    goal('Lose weight', true), goal('Maintain weight', false), goal('Build muscle', false), goal('Just eat healthier', false),
    next,
  ]);

  // 3. Paywall with Skip
  const skip = b.text('Skip', { size: 15, weight: 600, color: '#6B7280', hug: true });
  b.go(skip, 'home');
  const trial = u.btnGroup('Start 7-day free trial', { w: 342, radius: 14 });
  b.go(trial, 'home');
  const paywall = u.mobile('paywall', 'Paywall', { x: 940, y: 0 }, [
    b.row(b.auto('Frame'), { h: 44, justify: 'MAX' }, [skip]),
    u.heading('Unlock Nibble Premium', { size: 28 }),
    b.text('✓ Photo calorie counting\n✓ Macro and micronutrient targets\n✓ Weekly reports\n✓ No ads', { size: 16, lh: 1.9 }),
    b.col(b.auto('Frame'), { gap: 4, pad: 16, radius: 16, stroke: T.primary, fill: '#F0FDF4' }, [b.text('Yearly · $59.99', { size: 17, weight: 700 }), b.text('$5.00 / month, billed annually', { size: 13, color: '#4B5563' })]),
    trial,
    b.text('You can cancel your subscription at any time.', { size: 12, color: '#6B7280', align: 'CENTER' }),
  ]);

  // 4. Home (today) with tip quote
  const fab = b.frame('FAB', { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 56, h: 56, radius: 28, fill: T.primary, x: 310, y: 690 }, [b.text('+', { size: 28, weight: 500, color: '#FFFFFF', hug: true })]);
  b.go(fab, 'log');
  const meal = (name, kcal) => b.instance(b.auto('Frame'), 'cmp.mealRow', { layout: 'H', gap: 12, pad: 12, radius: 12, fill: '#F9FAFB' }, [b.rect(null, 44, 44, { fill: image('meal' + kcal), radius: 10 }), b.text(name, { size: 15, grow: true }), b.text(`${kcal} kcal`, { size: 14, color: '#6B7280', hug: true })]);
  const home = u.mobile('home', 'Today', { x: 1410, y: 0 }, [
    b.text('Today', { size: 28, weight: 700 }),
    b.row(b.auto('Frame'), { gap: 16, pad: 16, radius: 20, fill: '#F0FDF4' }, [
      b.group('Ring', {}, [b.ellipse(null, 96, 96, { x: 0, y: 0, stroke: '#DCFCE7', strokeWeight: 10 }), b.ellipse(null, 96, 96, { x: 0, y: 0, stroke: T.primary, strokeWeight: 10, arc: { startingAngle: -1.57, endingAngle: 2.3, innerRadius: 0.8 } })]),
      b.col(b.auto('Frame'), { gap: 4, grow: true }, [b.text('1,240 of 2,000 kcal', { size: 18, weight: 700 }), b.text('760 kcal left · Protein 62 g · Carbs 140 g', { size: 13, color: '#4B5563' })]),
    ]),
    b.col(b.auto('Frame'), { gap: 8 }, [b.text('Meals', { size: 17, weight: 700 }), meal('Oatmeal with berries', 320), meal('Chicken wrap', 540), meal('Greek yogurt', 150)]),
    b.col('Tip of the day', { gap: 6, pad: 16, radius: 16, stroke: '#E5E7EB' }, [
      b.text('“Aim to fill half your plate with vegetables at every meal, and you will rarely need to count anything.”', { size: 14, italic: true }),
      b.text('— Dr. Lena Ortiz, RD, registered dietitian', { size: 12, weight: 600, color: '#4B5563' }),
    ]),
  ], [fab, tabBar('Today')]);

  // 5. Log a meal: search foods
  const photoBtn = btn('Scan a photo');
  b.go(photoBtn, 'photo');
  const log = u.mobile('log', 'Log meal', { x: 1880, y: 0 }, [
    header('Add to lunch'),
    u.search('Search foods and brands'),
    b.text('Recent', { size: 17, weight: 700 }),
    meal('Banana', 105), meal('Avocado toast', 290), meal('Iced latte', 130), meal('Caesar salad', 470),
    photoBtn,
  ], [tabBar('Log')]);

  // 6. Photo upload with "Enter manually"
  const take = b.frame('Shutter', { layout: 'H', w: 72, h: 72, radius: 36, stroke: '#FFFFFF', strokeWeight: 4 }, []);
  b.go(take, 'analyzing');
  const manual = u.link('Enter manually', { color: '#FFFFFF' });
  b.go(manual, 'log');
  const gallery = b.text('Upload from gallery', { size: 14, color: '#FFFFFF', hug: true });
  b.go(gallery, 'analyzing');
  const photo = b.frame('Camera', { id: b.fid('photo'), x: 2350, y: 0, w: 390, h: 844, fill: '#000000', clip: true }, [
    b.rect(null, 390, 600, { x: 0, y: 60, fill: image('c4m3r4f33d') }),
    b.text('Point your camera at your plate', { x: 60, y: 80, size: 15, color: '#FFFFFF', w: 270, align: 'CENTER' }),
    b.row(b.auto('Frame'), { x: 24, y: 700, w: 342, justify: 'SPACE_BETWEEN' }, [gallery, take, manual]),
  ]);

  // 7. Analyzing (loading spinner layer)
  const analyzing = u.mobile('analyzing', 'Analyzing', { x: 2820, y: 0 }, [
    b.col(b.auto('Frame'), { h: 700, justify: 'CENTER', align: 'CENTER', gap: 16 }, [
      u.spinner(56, { name: 'loading spinner' }),
      b.text('Analyzing your meal…', { size: 20, weight: 700, hug: true }),
      b.text('Estimating portions and calories', { size: 14, color: '#6B7280', hug: true }),
    ]),
  ]);
  b.after(analyzing, 'result', 2000);

  // 8. Result
  const add = btn('Add to lunch');
  b.go(add, 'home');
  const result = u.mobile('result', 'Result', { x: 3290, y: 0 }, [
    header('Result'),
    b.rect(null, 342, 220, { fill: image('s4l4d'), radius: 20 }),
    u.heading('Grilled chicken salad', { size: 24 }),
    b.text('420 kcal · Protein 38 g · Carbs 18 g · Fat 22 g', { size: 15, color: '#4B5563' }),
    u.input('Portion', '1 bowl (350 g)', {}),
    add,
  ]);

  // 9. Progress
  const progress = u.mobile('progress', 'Progress', { x: 3760, y: 0 }, [
    b.text('Progress', { size: 28, weight: 700 }),
    b.col(b.auto('Frame'), { gap: 8, pad: 16, radius: 16, stroke: '#E5E7EB' }, [
      b.text('Weight', { size: 15, weight: 600 }),
      b.group(b.auto('Group'), {}, [b.rect(null, 310, 140, { x: 0, y: 0, fill: '#F9FAFB', radius: 8 }), b.vector(null, 290, 80, { x: 10, y: 30, stroke: T.primary, strokeWeight: 2 })]),
      b.text('−2.4 kg in 6 weeks', { size: 14, color: '#15803D' }),
    ]),
    b.col(b.auto('Frame'), { gap: 8, pad: 16, radius: 16, stroke: '#E5E7EB' }, [b.text('Weekly report', { size: 15, weight: 600 }), b.text('You hit your calorie goal 5 of 7 days this week.', { size: 14, color: '#4B5563' })]),
  ], [tabBar('Progress')]);

  // 10. Settings: delete account, cancel subscription, hidden Apple Health row
  const item = (label, o = {}) => b.row(b.auto('Frame'), { h: 50, justify: 'SPACE_BETWEEN', visible: o.visible }, [b.text(label, { size: 15, color: o.color ?? '#111827', hug: true }), o.right ?? b.vector(null, 7, 12, { fill: '#9CA3AF' })]);
  const settings = u.mobile('settings', 'Me', { x: 4230, y: 0 }, [
    b.text('Me', { size: 28, weight: 700 }),
    b.col(b.auto('Frame'), {}, [
      item('Profile'), item('Goals & targets'), item('Units'), item('Reminders'),
      item('Connect Apple Health', { visible: false }),
      item('Manage subscription'),
    ]),
    b.text('You can cancel your subscription at any time in the App Store.', { size: 12, color: '#6B7280' }),
    b.col(b.auto('Frame'), {}, [item('Log out'), item('Delete account', { color: '#DC2626' })]),
  ], [tabBar('Me')]);

  const flowPage = {
    id: '1:0', name: 'App',
    children: [b.section('Onboarding + core', { x: -40, y: -60, w: 4700, h: 1000 }, [welcome, goals, paywall, home, log, photo, analyzing, result, progress, settings].map((f, i) => Object.assign(f, { _x: 40 + i * 470, _y: 60 })))],
    flowStartingPoints: [{ nodeId: b.fid('welcome'), name: 'First launch' }],
  };
  b.setPrefix(2);
  const cover = { id: '0:1', name: 'Cover', children: [b.frame('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: '#16A34A', layout: 'V', pad: 96, gap: 12 }, [b.text('Nibble', { size: 96, weight: 800, color: '#FFFFFF' }), b.text('iOS · v5 redesign', { size: 32, color: '#DCFCE7' })])] };
  b.setPrefix(12);
  const archive = { id: '12:0', name: 'Archive', children: [b.frame('Today (v4)', { x: 0, y: 0, w: 390, h: 844, fill: '#FFFFFF' }, [b.col(b.auto('Frame'), { x: 0, y: 60, w: 390, pad: 24, gap: 12 }, [b.text('Today', { size: 28, weight: 700 }), b.text('1,100 / 1,900 kcal', { size: 18 })])])] };

  const file = finish(b, { name: 'Nibble — app v5', pages: [cover, flowPage, comps, archive] });
  const all = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    file: 'h04-negative-food-tracker.json',
    kind: 'negative',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'Food / calorie tracker ("Nibble"), iOS 390x844, with no account-connection flow: welcome with "Continue with Apple" / email sign-up, a goal picker with a "2 of 4" progress bar, a premium paywall with "Skip" and "You can cancel your subscription at any time", a Today screen with a calorie ring, meal list and a dietitian\'s nutrition tip in quotation marks, a food log with a "Search foods and brands" field, a camera screen with "Upload from gallery" and "Enter manually", an "Analyzing your meal…" loading-spinner screen, a result, a progress chart and a settings screen with "Delete account". A "Connect Apple Health" settings row exists only as a hidden layer.',
    present: [],
    absent: all,
    notes: {
      'funnel.cta-visible': 'No connect CTA; the only "Connect Apple Health" row is hidden.',
      'funnel.social-proof': 'The quoted dietitian gives a nutrition tip; it is not a review or endorsement of the product.',
      'value.progress-meter': 'The "2 of 4" bar and calorie ring track onboarding and food intake, not connections.',
      'platform.search': '"Search foods and brands" searches foods, not integrations.',
      'platform.alternatives': '"Enter manually" is an alternative to photo logging, not to connecting a platform.',
      'platform.non-linear': '"Skip" skips the paywall.',
      'privacy.disconnect-anytime': 'Only "cancel your subscription at any time".',
      'connection.delete': '"Delete account" deletes the user account.',
      'connection.syncing-indicator': 'The spinner shows photo analysis, not data syncing.',
    },
    flow: { startFrameId: b.fid('welcome'), connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  return { file, truth };
}

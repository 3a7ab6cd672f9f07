// h05-negative-dating-app: dating app, iOS 390x844. No account-connection flow; "connect"-style wording about people.
// No flowStartingPoints and no prototypeStartNodeID: the start is the frame that reads as sign-up.
import { Builder, ui, image, finish } from './part1-lib.mjs';

export function build() {
  const b = new Builder(505);
  const T = { primary: '#E11D48', link: '#E11D48' };
  const u = ui(b, T);

  b.setPrefix(6);
  b.registerComponent('cmp.pill', 'Pill button');
  b.registerComponent('cmp.iconBtn', 'Icon button / 64');
  b.registerComponent('cmp.listItem', 'ListItem');
  const comps = {
    id: '6:0', name: 'Components',
    children: [
      b.component('cmp.pill', 'Pill button', { x: 0, y: 0, layout: 'H', justify: 'CENTER', align: 'CENTER', w: 342, h: 56, fill: T.primary, radius: 28 }, [b.text('Label', { size: 17, weight: 700, color: '#FFFFFF', hug: true })]),
      b.component('cmp.iconBtn', 'Icon button / 64', { x: 380, y: 0, w: 64, h: 64, radius: 32, fill: '#FFFFFF', stroke: '#E5E7EB' }, [b.vector(null, 28, 28, { x: 18, y: 18, fill: T.primary })]),
      b.component('cmp.listItem', 'ListItem', { x: 0, y: 100, layout: 'H', w: 342, h: 52, justify: 'SPACE_BETWEEN' }, [b.text('Item', { size: 16, hug: true }), b.vector(null, 7, 12, { fill: '#9CA3AF' })]),
    ],
  };

  b.setPrefix(3);
  const pill = (label, o = {}) => u.btnInstance(label, 'cmp.pill', { w: 342, h: 56, radius: 28, size: 17, ...o });
  const head = (title, back = true, right) => {
    const a = b.vector(null, 10, 18, { fill: '#111827' });
    if (back) b.back(a);
    return b.row(b.auto('Frame'), { h: 44, justify: 'SPACE_BETWEEN' }, [back ? a : b.rect(null, 10, 18, { opacity: 0 }), b.text(title, { size: 17, weight: 700, hug: true }), right ?? b.rect(null, 10, 18, { opacity: 0 })]);
  };
  const tabs = (active) => {
    const t = (label, dest) => { const n = b.col(b.auto('Frame'), { align: 'CENTER', gap: 4, w: 72 }, [b.vector(null, 24, 24, { fill: label === active ? T.primary : '#9CA3AF' }), b.text(label, { size: 11, color: label === active ? T.primary : '#6B7280', hug: true })]); if (dest && label !== active) b.go(n, dest); return n; };
    return b.row('Tab bar', { x: 0, y: 764, w: 390, h: 80, pad: [8, 20, 16, 20], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: '#F3F4F6' }, [t('Discover', 'discover'), t('Connections', 'matches'), t('Premium', 'premium'), t('Profile', 'settings')]);
  };

  // 0. Splash (marketing)
  const start = pill('Get started');
  b.go(start, 'signup');
  const splash = b.frame('Splash', { id: b.fid('splash'), w: 390, h: 844, fill: [image('c0up13s')], clip: true }, [
    b.rect(null, 390, 844, { x: 0, y: 0, fill: '#000000', opacity: 0.35 }),
    b.col(b.auto('Frame'), { x: 0, y: 520, w: 390, pad: 24, gap: 16 }, [
      b.text('Sparkd', { size: 40, weight: 800, color: '#FFFFFF' }),
      b.text('Connect with people near you who actually want to meet.', { size: 20, weight: 600, color: '#FFFFFF' }),
      start,
    ]),
  ]);

  // 1. Sign up (start: reads as sign-up)
  const cont = pill('Continue');
  b.go(cont, 'code');
  const signup = u.mobile('signup', 'Sign up', {}, [
    head('', false),
    u.heading('Sign up', { size: 30 }),
    u.body("What's your phone number? We'll text you a code."),
    b.row(b.auto('Frame'), { gap: 8 }, [
      b.row(b.auto('Frame'), { h: 52, pad: [0, 12], radius: 12, stroke: '#D1D5DB', hug: true }, [b.text('🇺🇸 +1', { size: 16, hug: true })]),
      b.row(b.auto('Frame'), { h: 52, pad: [0, 12], radius: 12, stroke: '#D1D5DB', grow: true }, [b.text('(555) 123-4567', { size: 16, color: '#9CA3AF', grow: true })]),
    ]),
    cont,
    b.text('By signing up you agree to our Terms. See how we use your data in our Privacy Policy.', { size: 12, color: '#6B7280' }),
  ]);

  // 2. Code
  const verify = pill('Verify');
  b.go(verify, 'photos');
  const code = u.mobile('code', 'Code', {}, [
    head(''),
    u.heading('Enter your code'),
    b.row(b.auto('Frame'), { gap: 10 }, Array.from({ length: 6 }, () => b.rect(null, 48, 56, { radius: 10, stroke: '#D1D5DB' }))),
    verify,
    u.link('Resend code', { underline: false }),
  ]);

  // 3. Photos (profile setup)
  const slot = (filled) => b.frame(null, { w: 104, h: 136, radius: 14, fill: filled ? [image('p' + filled)] : '#F3F4F6', stroke: filled ? undefined : '#D1D5DB', layout: 'H', justify: 'CENTER', align: 'CENTER' }, filled ? [] : [b.text('+', { size: 28, color: '#9CA3AF', hug: true })]);
  const nextP = pill('Next');
  b.go(nextP, 'prefs');
  const photos = u.mobile('photos', 'Add photos', {}, [
    head('Profile'),
    u.heading('Add your best photos'),
    u.body('Add at least 2. Profiles with 4+ photos get more likes.'),
    b.col(b.auto('Frame'), { gap: 12 }, [b.row(b.auto('Frame'), { gap: 12 }, [slot(1), slot(2), slot(0)]), b.row(b.auto('Frame'), { gap: 12 }, [slot(0), slot(0), slot(0)])]),
    nextP,
  ]);

  // 4. Preferences
  const nextPr = pill('Start matching');
  b.go(nextPr, 'discover');
  const chip = (l, on) => b.row(b.auto('Frame'), { pad: [10, 16], radius: 999, hug: true, fill: on ? '#FFE4E6' : '#FFFFFF', stroke: on ? T.primary : '#E5E7EB' }, [b.text(l, { size: 15, hug: true, color: on ? T.primary : '#111827' })]);
  const prefs = u.mobile('prefs', 'Preferences', {}, [
    head('Profile'),
    u.heading('Who do you want to meet?'),
    b.row(b.auto('Frame'), { gap: 8 }, [chip('Women', true), chip('Men', false), chip('Everyone', false)]),
    b.text('Distance: up to 25 km', { size: 15, weight: 600 }),
    u.progress(0.4, 342, { h: 4 }),
    b.text('Looking for', { size: 15, weight: 600 }),
    b.row(b.auto('Frame'), { gap: 8 }, [chip('Something serious', true), chip('Not sure yet', false)]),
    nextPr,
  ]);

  // 5. Discover
  const nope = b.instance(b.auto('Frame'), 'cmp.iconBtn', { w: 64, h: 64, radius: 32, fill: '#FFFFFF', stroke: '#E5E7EB' }, [b.vector(null, 24, 24, { x: 20, y: 20, fill: '#6B7280' })]);
  const like = b.instance(b.auto('Frame'), 'cmp.iconBtn', { w: 64, h: 64, radius: 32, fill: '#FFFFFF', stroke: '#E5E7EB' }, [b.vector(null, 28, 28, { x: 18, y: 18, fill: T.primary })]);
  const card = b.frame('Card', { w: 342, h: 500, radius: 24, fill: [image('an4')], clip: true }, [
    b.col(b.auto('Frame'), { x: 0, y: 380, w: 342, pad: 20, gap: 4 }, [b.text('Ana, 29', { size: 26, weight: 700, color: '#FFFFFF' }), b.text('2 km away · Loves climbing and bad puns', { size: 14, color: '#FFFFFF' })]),
  ]);
  b.go(card, 'profileView');
  const discover = u.mobile('discover', 'Discover', {}, [
    head('Sparkd', false),
    card,
    b.row(b.auto('Frame'), { gap: 32, justify: 'CENTER' }, [nope, like]),
  ], [tabs('Discover')]);

  // 6. Someone's profile: Block / Report
  const block = b.text('Block', { size: 16, weight: 600, color: '#DC2626', align: 'CENTER' });
  b.back(block);
  const profileView = u.mobile('profileView', 'Profile / Ana', {}, [
    head('Ana'),
    b.rect(null, 342, 360, { fill: image('an4'), radius: 20 }),
    b.text('About me', { size: 17, weight: 700 }),
    u.body('Weekend climber, weekday product designer. Looking for someone to split dumplings with.'),
    b.col(b.auto('Frame'), { gap: 12, pad: [12, 0] }, [block, b.text('Report', { size: 16, weight: 600, color: '#6B7280', align: 'CENTER' })]),
  ]);

  // 7. Connections (matches) list with Unmatch
  const match = (name, sub) => b.row(b.auto('Frame'), { gap: 12, pad: [10, 0] }, [b.ellipse(null, 52, 52, { fill: image('m' + name) }), b.col(b.auto('Frame'), { gap: 2, grow: true }, [b.text(name, { size: 16, weight: 600 }), b.text(sub, { size: 13, color: '#6B7280' })]), b.text('Unmatch', { size: 13, color: '#9CA3AF', hug: true })]);
  const invite = b.text('Invite a friend', { size: 15, weight: 600, color: T.primary });
  b.go(invite, 'invite', 'OVERLAY');
  const matches = u.mobile('matches', 'Connections', {}, [
    head('Your connections (12)', false),
    match('Ana', 'Matched Sep 12 · Active 2h ago'),
    match('Priya', 'Matched Sep 10 · Active yesterday'),
    match('Lou', 'Matched Sep 3 · Active last week'),
    invite,
  ], [tabs('Connections')]);

  // 8. Premium upsell with couple testimonial
  const notNow = b.text('Not now', { size: 15, weight: 600, color: '#6B7280', align: 'CENTER' });
  b.close(notNow);
  const buy = u.btnGroup('Get Premium · $19.99/mo', { w: 342, h: 56, radius: 28, name: 'Btn' });
  const premium = u.mobile('premium', 'Premium', { fill: '#FFF1F2' }, [
    head('Sparkd Premium', false),
    b.text('See who likes you\nUnlimited likes\n5 Super Sparks a week\nTravel mode', { size: 17, weight: 500, lh: 1.9 }),
    b.col('Testimonial', { gap: 8, pad: 16, radius: 16, fill: '#FFFFFF' }, [
      b.row(b.auto('Frame'), { gap: 10 }, [b.ellipse(null, 44, 44, { fill: image('c0up13') }), b.text('Sam & Jordan', { size: 15, weight: 700, grow: true })]),
      b.text('“We matched on a rainy Tuesday and got married last June. Thank you, Sparkd!”', { size: 15, italic: true }),
    ]),
    b.text('Trusted by 3 million singles', { size: 13, weight: 600, color: '#9F1239', visible: false }),
    buy,
    notNow,
    b.text('Cancel anytime in your App Store settings.', { size: 12, color: '#6B7280', align: 'CENTER' }),
  ], [tabs('Premium')]);

  // 9. Invite (overlay)
  const share = pill('Share invite link');
  b.close(share);
  const inviteFrame = b.col('Invite sheet', { id: b.fid('invite'), w: 390, pad: 24, gap: 14, fill: '#FFFFFF', radius: 20 }, [
    u.heading('Invite a friend', { size: 22 }),
    u.body('Know someone who should be on Sparkd? Send them a link and you both get a free Super Spark.'),
    share,
  ]);
  inviteFrame.overlayPositionType = 'BOTTOM_CENTER';

  // 10. Settings
  const item = (label, o = {}) => { const i = b.instance(b.auto('Frame'), 'cmp.listItem', { layout: 'H', h: 52, justify: 'SPACE_BETWEEN' }, [b.text(label, { size: 16, color: o.color ?? '#111827', hug: true }), b.vector(null, 7, 12, { fill: '#9CA3AF' })]); if (o.dest) b.go(i, o.dest); return i; };
  const settings = u.mobile('settings', 'Settings', {}, [
    head('Settings', false),
    b.col(b.auto('Frame'), {}, [
      item('Edit profile', { dest: 'editPhotos' }), item('Notifications'), item('Privacy'), item('Blocked users'), item('Help Center & Support'),
    ]),
    b.col(b.auto('Frame'), {}, [item('Log out'), item('Delete account', { color: '#DC2626' })]),
  ], [tabs('Profile')]);

  // 11. Edit photos: Remove photo
  const removeP = b.text('Remove photo', { size: 16, weight: 600, color: '#DC2626', align: 'CENTER' });
  b.back(removeP);
  const editPhotos = u.mobile('editPhotos', 'Edit photo', {}, [
    head('Edit photo'),
    b.rect(null, 342, 440, { fill: image('p1'), radius: 20 }),
    b.text('Set as main photo', { size: 16, weight: 600, align: 'CENTER' }),
    removeP,
  ]);

  const frames = [splash, signup, code, photos, prefs, discover, profileView, matches, premium, inviteFrame, settings, editPhotos];
  const flowPage = {
    id: '3:0', name: 'Screens',
    children: [
      b.section('Onboarding', { x: 0, y: 0, w: 2390, h: 1000 }, frames.slice(0, 5).map((f, i) => Object.assign(f, { _x: 20 + i * 470, _y: 80 }))),
      b.section('Core', { x: 0, y: 1100, w: 3330, h: 1000, fill: '#FDF2F8' }, frames.slice(5).map((f, i) => Object.assign(f, { _x: 20 + i * 470, _y: 80 }))),
    ],
  };
  b.setPrefix(2);
  const cover = { id: '0:1', name: 'Cover', children: [b.frame('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: '#E11D48', layout: 'V', pad: 96, gap: 12 }, [b.text('Sparkd', { size: 96, weight: 800, color: '#FFFFFF' }), b.text('App redesign — handoff', { size: 32, color: '#FFE4E6' })])] };
  b.setPrefix(8);
  const archive = { id: '8:0', name: 'Archive', children: [b.frame('Discover (old)', { x: 0, y: 0, w: 390, h: 844, fill: '#FFFFFF' }, [b.col(b.auto('Frame'), { x: 0, y: 60, w: 390, pad: 24, gap: 12 }, [b.text('Discover', { size: 28, weight: 700 }), b.rect(null, 342, 480, { fill: image('old1'), radius: 12 })])])] };

  const file = finish(b, { name: 'Sparkd – App', pages: [cover, flowPage, comps, archive] });
  const all = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
    'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
  const truth = {
    file: 'h05-negative-dating-app.json',
    kind: 'negative',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'Dating app ("Sparkd"), iOS 390x844, with no account-connection flow. No prototype starting point is set; the start is the "Sign up" frame (phone number). A splash says "Connect with people near you", then code entry, photo upload, preferences (with a distance slider), a discover card, another member\'s profile with Block/Report, a "Your connections (12)" matches list with "Matched …/Active …" lines, "Unmatch" and "Invite a friend", a premium upsell with a couple\'s testimonial, "Not now" and "Cancel anytime", an invite sheet, settings with "Help Center & Support" and "Delete account", and a photo editor with "Remove photo".',
    present: [],
    absent: all,
    notes: {
      'funnel.social-proof': 'Unlabelled: the premium screen has a genuine couple testimonial for the dating product, but there is no connection funnel for it to support.',
      'funnel.cta-visible': '"Connect with people near you" is about meeting people; there is no CTA to connect software or accounts.',
      'connection.view-live': '"Your connections (12)" lists matched people, not connected platforms.',
      'connection.delete': '"Unmatch", "Block", "Remove photo" and "Delete account" do not remove a data connection.',
      'platform.non-linear': '"Invite a friend" is a referral, not sharing a connection flow with a colleague.',
      'privacy.support-contacts': 'Only one "Help Center & Support" settings row; no phone number, support email or request form.',
      'value.progress-meter': 'The only bar is a distance slider.',
    },
    flow: { startFrameId: b.fid('signup'), connectFrameId: null, stepsToConnect: null, deadEnds: [] },
  };
  return { file, truth };
}

// d45-negative-dating-premium: dating app with consumer "connect"/"link" look-alikes; no business software anywhere.
import { Builder, emit } from './lib.mjs';
import { buildApp, IDS } from './neglib.mjs';

const b = new Builder();
const cover = b.canvas('Cover');
cover.children.push(b.frame('Thumbnail', 0, 0, 1600, 960, { fill: '#FF4F7B' }, [b.text('Spark — onboarding & Premium', 100, 400, { size: 72, weight: 700, color: '#FFFFFF', w: 1400 })]));
const lib = b.canvas('Library');
const cta = b.comp('cta/primary', 0, 0, 350, 52, { fill: '#FF4F7B', radius: 26 }, [b.text('Label', 20, 16, { size: 16, weight: 600, color: '#FFFFFF', w: 310 })]);
lib.children.push(cta);

const page = b.canvas('Flow 🔥');
const theme = { primary: '#FF4F7B', bg: '#FFF7F9', text: '#1B1230', muted: '#6C6480', radius: 26 };
const tabs = (active) => ['Discover', 'Likes', 'Chats', 'Me'].map((l) => ({ label: l, active: l === active, to: { Discover: 'discover', Likes: 'premium', Chats: 'discover', Me: 'me' }[l] }));
const s = buildApp(b, page, {
  W: 390, H: 844, theme, buttonComponentId: cta.id,
  screens: [
    { key: 'welcome', name: 'Welcome', items: [
      { t: 'img', ref: 'heroCouple01', h: 280 },
      { t: 'h', text: 'Find someone who gets your playlist', size: 28 },
      { t: 'btn', text: 'Continue with Google', how: 'frame', fill: '#FFFFFF', color: '#1B1230', stroke: '#DAD5E3', to: 'verify' },
      { t: 'btn', text: ' Continue with Apple', how: 'frame', fill: '#000000', to: 'verify' },
      { t: 'link', text: 'Use my phone number instead', to: 'verify' },
      { t: 'p', text: 'Trusted by 5M\u00A0singles · ★ 4.7 from 210k ratings' },
      { t: 'p', text: 'By tapping Continue you agree to our Terms and Privacy Policy.', size: 11 },
    ] },
    { key: 'verify', name: 'Verify', items: [
      { t: 'p', text: 'Step 1 of 3' },
      { t: 'h', text: 'Get your blue tick' },
      { t: 'p', text: '1  Add your number\n2  Snap a quick selfie\n3  We check it’s really you', color: '#1B1230' },
      { t: 'row', items: [{ t: 'btn', text: '4', how: 'frame', fill: '#FFFFFF', color: '#1B1230', stroke: '#DAD5E3', h: 56 }, { t: 'btn', text: '7', how: 'frame', fill: '#FFFFFF', color: '#1B1230', stroke: '#DAD5E3', h: 56 }, { t: 'btn', text: '2', how: 'frame', fill: '#FFFFFF', color: '#1B1230', stroke: '#DAD5E3', h: 56 }, { t: 'btn', text: '', how: 'frame', fill: '#FFFFFF', color: '#1B1230', stroke: '#DAD5E3', h: 56 }] },
      { t: 'btn', text: 'Verify', how: 'inst', to: 'basics' },
      { t: 'link', text: 'Resend code', size: 13 },
    ] },
    { key: 'basics', name: 'About you', items: [
      { t: 'bar', value: 0.4 },
      { t: 'h', text: 'The basics' },
      { t: 'card', items: [{ t: 'p', text: 'First name' }, { t: 'p', text: 'Birthday  DD / MM / YYYY' }, { t: 'p', text: 'I’m looking for…' }] },
      { t: 'check', text: 'Show my age on my profile', checked: true },
      { t: 'btn', text: 'Next', how: 'group', to: 'photos' },
      { t: 'link', text: 'Skip for now', to: 'photos', color: '#6C6480' },
    ] },
    { key: 'photos', name: 'Photos', items: [
      { t: 'bar', value: 0.6 },
      { t: 'h', text: 'Show your best side' },
      { t: 'row', items: [{ t: 'img', ref: 'p1', h: 140 }, { t: 'img', ref: 'p2', h: 140 }, { t: 'img', ref: 'p3', h: 140 }] },
      { t: 'card', items: [{ t: 'logo', text: 'Connect with Instagram', fill: '#C13584' }, { t: 'p', text: 'Pull in your latest 6 posts — we never post for you.' }, { t: 'btn', text: 'Connect Instagram', how: 'frame', fill: '#C13584', to: 'anthem' }] },
      { t: 'btn', text: 'Continue', how: 'inst', to: 'anthem' },
    ] },
    { key: 'anthem', name: 'Anthem', items: [
      { t: 'bar', value: 0.8 },
      { t: 'h', text: 'Link Spotify to show your anthem' },
      { t: 'search', text: 'Search songs or artists' },
      { t: 'list', rows: [{ text: 'Dreams — Fleetwood Mac', sub: 'Rumours' }, { text: 'Linkin Park — Numb', sub: 'Meteora' }, { text: 'Connection — OneRepublic', sub: 'Single' }] },
      { t: 'btn', text: 'Link Spotify', how: 'frame', fill: '#1DB954', to: 'discover' },
      { t: 'p', text: 'Also sync your top artists so matches can see what you’re into.' },
      { t: 'link', text: 'Not now', to: 'discover', color: '#6C6480' },
    ] },
    { key: 'discover', name: 'Discover', tabs: tabs('Discover'), items: [
      { t: 'img', ref: 'cardMaya', h: 460, name: 'Card' },
      { t: 'h', text: 'Maya, 29 · 3 km away', size: 20 },
      { t: 'row', items: [{ t: 'btn', text: '✕', how: 'frame', fill: '#FFFFFF', color: '#6C6480', stroke: '#DAD5E3' }, { t: 'btn', text: '★ Boost', how: 'frame', fill: '#7B61FF', to: 'premium', nav: 'OVERLAY' }, { t: 'btn', text: '♥', how: 'frame' }] },
    ] },
    { key: 'premium', name: 'Premium', items: [
      { t: 'h', text: 'Spark Premium\u200B — cancel anytime' },
      { t: 'p', text: '✓ See who likes you\n✓ Unlimited rewinds\n✓ 5 Super Sparks a week', color: '#1B1230' },
      { t: 'row', items: [{ t: 'card', items: [{ t: 'p', text: '1 month' }, { t: 'h', text: '£14.99', size: 18 }] }, { t: 'card', stroke: '#FF4F7B', items: [{ t: 'p', text: '6 months' }, { t: 'h', text: '£8.33/mo', size: 18 }] }] },
      { t: 'btn', text: 'Start 7-day free trial', how: 'inst' },
      { t: 'p', text: 'Renews automatically. Cancel anytime in Settings at least 24 hours before renewal.', size: 11 },
      { t: 'p', text: '“Met my fiancé in week two of Premium.” — Aisha, 31', size: 13 },
      { t: 'link', text: 'Maybe later', action: 'CLOSE', color: '#6C6480' },
    ] },
    { key: 'me', name: 'Me', tabs: tabs('Me'), items: [
      { t: 'ring', text: '80%' },
      { t: 'p', text: 'Profile strength — add a prompt to reach 100%', color: '#1B1230' },
      { t: 'list', name: 'Linked accounts', rows: [{ text: 'Instagram', sub: 'Connected ✓ · @maya.ok', action: 'Disconnect', actionColor: '#D13B3B' }, { text: 'Spotify', sub: 'Anthem: Dreams', action: 'Unlink', actionColor: '#D13B3B' }] },
      { t: 'btn', text: 'Settings', how: 'frame', fill: '#FFFFFF', color: '#1B1230', stroke: '#DAD5E3', to: 'settings' },
    ] },
    { key: 'settings', name: 'Settings', items: [
      { t: 'link', text: '← Back', action: 'BACK', color: '#6C6480' },
      { t: 'h', text: 'Settings' },
      { t: 'list', rows: [
        { text: 'Sync contacts', sub: 'Hide people you already know', action: 'Turn on' },
        { text: 'Pause my profile', sub: 'Stop appearing in Discover' },
        { text: 'Help & safety', sub: 'Chat with our safety team · safety@spark.app', to: 'safety' },
        { text: 'Manage subscription', sub: 'Premium · renews 12 Apr', to: 'premium' },
      ] },
      { t: 'btn', text: 'Delete account', how: 'frame', fill: '#FFFFFF', color: '#D13B3B', stroke: '#D13B3B', to: 'delete', nav: 'OVERLAY' },
    ] },
    { key: 'safety', name: 'Safety centre', items: [
      { t: 'link', text: '← Back', action: 'BACK', color: '#6C6480' },
      { t: 'h', text: 'We’ve got your back' },
      { t: 'p', text: 'Meeting someone new? Share your date plans with a friend and read our safety tips.' },
      { t: 'btn', text: 'Chat with us', how: 'group' },
      { t: 'p', text: 'Call 0800 048 1234 (24/7) · safety@spark.app' },
      { t: 'link', text: 'Safety tips & FAQs', underline: true, url: 'https://spark.app/safety' },
    ] },
    { key: 'delete', name: 'Delete account?', items: [
      { t: 'h', text: 'Delete your account?' },
      { t: 'p', text: 'Your matches, chats and photos will be removed for good. Premium won’t renew.' },
      { t: 'btn', text: 'Delete forever', how: 'frame', fill: '#D13B3B', action: 'CLOSE' },
      { t: 'link', text: 'Pause instead', action: 'CLOSE' },
    ] },
  ],
});
page.flowStartingPoints = [{ nodeId: s.welcome.id, name: 'First launch' }];

emit(b, 'd45-negative-dating-premium', { title: 'Spark — onboarding + Premium', lastModified: '2026-02-17T21:03:55Z', version: '4501877690' }, {
  kind: 'negative',
  description: 'Mobile dating app: social sign-in, phone/selfie verification in three numbered steps, profile basics, "Connect with Instagram" for photos, "Link Spotify to show your anthem", discover cards, a Premium paywall you can cancel anytime, a profile-strength ring with linked social accounts, settings with contact sync and Delete account, and a safety centre. Nothing connects a business’s accounting, banking or commerce software.',
  present: [],
  absent: IDS,
  notes: {
    'funnel.social-proof': '"Trusted by 5M singles" and a dating testimonial sell the dating app, not trust in sharing business data.',
    'funnel.greeting-email': 'No email frame; the "1 2 3" list is identity verification.',
    'value.progress-meter': 'The bars and 80% ring track profile completion, not connected data sources.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the Premium subscription.',
    'privacy.statistics': '5M singles and 210k ratings are app-store popularity figures, not trust in encrypted business connections.',
    'privacy.support-contacts': 'Safety chat and a phone line exist, but there is no business connection flow for them to support.',
    'connection.view-live': 'The Me screen lists Instagram and Spotify: consumer social accounts, not business software connections.',
    'connection.delete': '"Disconnect"/"Unlink" act on Instagram/Spotify; "Delete account" removes the dating profile.',
    'platform.search': 'The search field looks up songs.',
    'platform.non-linear': '"Skip for now" and "Pause my profile" are dating-profile controls.',
  },
});

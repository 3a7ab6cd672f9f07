// d46-negative-fitness-coach: coaching app with health/wearable "connect" and "sync" look-alikes; no business software.
import { Builder, emit } from './lib.mjs';
import { buildApp, IDS } from './neglib.mjs';

const b = new Builder();
const lib = b.canvas('Components');
const btn = b.comp('Comp / Action / Large', 0, 0, 350, 52, { fill: '#00B37E', radius: 14 }, [b.text('Label', 20, 16, { size: 16, weight: 600, color: '#FFFFFF', w: 310 })]);
lib.children.push(btn);

const page = b.canvas('Onboarding + Today');
const theme = { primary: '#00B37E', bg: '#0F1A17', text: '#F2FFF9', muted: '#9FB8AE', radius: 14 };
const tabs = (active) => ['Today', 'Plan', 'Coach', 'Profile'].map((l) => ({ label: l, active: l === active, to: { Today: 'today', Plan: 'plan', Coach: 'coach', Profile: 'profile' }[l], nav: 'SWAP' }));
const s = buildApp(b, page, {
  W: 390, H: 844, theme, buttonComponentId: btn.id,
  screens: [
    { key: 'welcome', name: 'Welcome', items: [
      { t: 'img', ref: 'runnerHero', h: 320 },
      { t: 'h', text: 'Your coach, in your pocket', size: 28 },
      { t: 'btn', text: 'Continue with Google', how: 'frame', fill: '#FFFFFF', color: '#0F1A17', to: 'goals', nav: 'LEGACY' },
      { t: 'btn', text: 'Sign up with email', how: 'inst', to: 'goals' },
      { t: 'p', text: 'Trusted by 250,000 athletes · 4.9 ★ on the App Store' },
    ] },
    { key: 'goals', name: 'Goals', items: [
      { t: 'p', text: 'Step 2 of 4' },
      { t: 'bar', value: 0.5 },
      { t: 'h', text: 'What are you training for?' },
      { t: 'list', rows: [{ text: '🏃 First 10K' }, { text: '💪 Build strength' }, { text: '🧘 Move more, stress less' }] },
      { t: 'btn', text: 'Next', how: 'group', to: 'health' },
    ] },
    { key: 'health', name: 'Apple Health', items: [
      { t: 'p', text: 'Step 3 of 4' },
      { t: 'bar', value: 0.75 },
      { t: 'logo', text: 'Connect Apple Health', fill: '#FF2D55' },
      { t: 'p', text: 'Share steps, heart rate and sleep so your coach can adjust your plan. You can change this in the Health app any time.' },
      { t: 'btn', text: 'Connect Apple Health', how: 'inst', to: 'devices' },
      { t: 'link', text: 'Skip', to: 'devices', color: '#9FB8AE' },
    ] },
    { key: 'devices', name: 'Devices & apps', items: [
      { t: 'p', text: 'Step 4 of 4' },
      { t: 'h', text: 'Bring your training history' },
      { t: 'list', rows: [
        { text: 'Sync with Garmin', sub: 'Connected ✓ · Forerunner 265', action: 'Sync now' },
        { text: 'Import workouts from Strava', sub: '212 activities found', action: 'Import' },
        { text: 'Polar Flow', sub: 'Not connected', action: 'Connect' },
        { text: 'WHOOP', sub: 'Connected ✓', action: 'Remove', actionColor: '#FF6B6B' },
      ] },
      { t: 'card', fill: '#17261F', stroke: '#23382E', items: [{ t: 'p', text: '⟳  Syncing workouts… 84 of 212' }, { t: 'bar', value: 0.4 }] },
      { t: 'btn', text: 'Finish setup', how: 'frame', to: 'today' },
    ] },
    { key: 'today', name: 'Today', tabs: tabs('Today'), items: [
      { t: 'h', text: 'Good morning, Sam' },
      { t: 'ring', text: '3/5' },
      { t: 'p', text: 'Workouts this week — two to go to keep your streak 🔥' },
      { t: 'card', fill: '#17261F', stroke: '#23382E', items: [{ t: 'p', text: 'Today · Tempo run 35 min', color: '#F2FFF9' }, { t: 'btn', text: 'Start workout', how: 'frame' }] },
    ] },
    { key: 'plan', name: 'Plan', tabs: tabs('Plan'), items: [
      { t: 'h', text: 'Week 3 of 8' },
      { t: 'list', rows: [{ text: 'Mon · Easy 5K', sub: 'Done ✓' }, { text: 'Wed · Intervals 6×400m', sub: 'Done ✓' }, { text: 'Fri · Tempo 35 min', sub: 'Today' }, { text: 'Sun · Long run 12K', sub: 'Planned' }] },
      { t: 'p', text: '“Sam went from couch to a 52-minute 10K.” — Coach Lena', size: 13 },
    ] },
    { key: 'coach', name: 'Coach', tabs: tabs('Coach'), items: [
      { t: 'logo', text: 'Coach Lena · replies in about an hour', image: 'lenaAvatar' },
      { t: 'card', fill: '#17261F', stroke: '#23382E', items: [{ t: 'p', text: 'How did the intervals feel? Shall we push Friday to Saturday?', color: '#F2FFF9' }] },
      { t: 'search', text: 'Message your coach…' },
      { t: 'btn', text: 'Chat with your coach', how: 'group' },
    ] },
    { key: 'profile', name: 'Profile', tabs: tabs('Profile'), items: [
      { t: 'h', text: 'Sam Okafor' },
      { t: 'list', rows: [
        { text: 'Membership', sub: 'Pro · £19.99 / month', to: 'membership' },
        { text: 'Devices & apps', sub: 'Garmin, WHOOP, Apple Health', to: 'devices' },
        { text: 'Help centre', sub: 'FAQs · email · call us', to: 'help' },
        { text: 'Invite a friend', sub: 'Give a month, get a month' },
      ] },
      { t: 'btn', text: 'Delete account', how: 'frame', fill: '#0F1A17', color: '#FF6B6B', stroke: '#FF6B6B' },
    ] },
    { key: 'membership', name: 'Membership', items: [
      { t: 'link', text: '← Profile', action: 'BACK', color: '#9FB8AE' },
      { t: 'h', text: 'Pro membership' },
      { t: 'p', text: 'Your plan renews on 1 May. Cancel membership anytime — you keep access until the end of the period.' },
      { t: 'btn', text: 'Switch to yearly and save 30%', how: 'inst' },
      { t: 'link', text: 'Cancel membership', color: '#FF6B6B', underline: true },
    ] },
    { key: 'help', name: 'Help centre', items: [
      { t: 'link', text: '← Back', action: 'BACK', color: '#9FB8AE' },
      { t: 'h', text: 'How can we help?' },
      { t: 'search', text: 'Search help articles' },
      { t: 'list', rows: [{ text: 'My Garmin won’t sync' }, { text: 'Connecting Apple Health' }, { text: 'Changing my training days' }] },
      { t: 'p', text: 'Still stuck? hello@pacecoach.app · 020 7946 0321 · Live chat 8am–8pm' },
      { t: 'card', hidden: true, items: [{ t: 'p', text: 'Powered by Railgate' }] },
    ] },
  ],
});
page.prototypeStartNodeID = s.welcome.id;

emit(b, 'd46-negative-fitness-coach', { title: 'Pace Coach — app v2', lastModified: '2026-01-28T08:15:02Z', version: '4399012456' }, {
  kind: 'negative',
  description: 'Mobile fitness-coaching app (dark theme): social sign-in, numbered goal steps with a bar, "Connect Apple Health", a devices screen with "Sync with Garmin", "Import workouts from Strava", sync-now/remove controls and a syncing bar, a weekly progress ring, coach chat, a cancellable membership and a help centre. The prototype start is set with prototypeStartNodeID. Nothing connects business software.',
  present: [],
  absent: IDS,
  notes: {
    'funnel.social-proof': '"Trusted by 250,000 athletes" and a coach quote promote a fitness app, not trust in a business data connection.',
    'value.progress-meter': 'Step bars and the 3/5 ring track onboarding and workouts.',
    'platform.multiple-connections': 'Wearables show "Connected ✓", but they are personal devices, not business platforms.',
    'connection.view-live': 'The devices list covers personal fitness apps and wearables.',
    'connection.refresh': '"Sync now" refreshes a Garmin watch.',
    'connection.delete': '"Remove" drops a WHOOP strap; "Delete account" removes the user.',
    'connection.syncing-indicator': '"Syncing workouts…" is about workout history.',
    'privacy.disconnect-anytime': '"Cancel membership anytime" is about the subscription; the Apple Health line concerns health permissions.',
    'privacy.support-contacts': 'Help centre contacts serve a fitness app with no business connection flow.',
    'privacy.powered-by': 'The only "Powered by" card is hidden.',
  },
});

// h144 (negative): a baby journal app, iPhone 390x844. Partner invites, photo sync, premium — no business software.
import { Doc, solid, go, act, write } from './lib.mjs';

const NAME = 'h144-negative-parenting-journal';
const d = new Doc('Little Pages — baby journal (onboarding + settings)', '2025-02-07T08:31:12Z');
const INK = '#3b2f2f'; const MUTED = '#8a7b74'; const ROSE = '#e06c75'; const W = 390; const H = 844;
const T = (s, x, y, w, o) => d.text(s, x, y, w, o);

d.newPage(2);
const big = d.component('Property 1=Default', 342, 54, [T('Button', 0, 16, 342, { size: 17, weight: 600, color: '#ffffff', align: 'CENTER' })], { fill: ROSE, radius: 27 });
const bigHover = d.component('Property 1=Pressed', 342, 54, [T('Button', 0, 16, 342, { size: 17, weight: 600, color: '#ffffff', align: 'CENTER' })], { fill: '#c2545d', radius: 27 });
bigHover.absoluteBoundingBox.y = 80;
go(big, bigHover, 'CHANGE_TO', 'ON_PRESS');
const set = d.node('COMPONENT_SET', 'Button', 0, 0, 360, 160, { fills: [] }, [big, bigHover]);
d.registerSet(set); d.components[big.id].componentSetId = set.id; d.components[bigHover.id].componentSetId = set.id;
const compChildren = [set];

d.newPage(1);
const bar = () => d.frame('Status Bar', 0, 0, W, 47, {}, [T('9:41', 32, 16, 60, { size: 16, weight: 600, color: INK }), d.vector('Vector', 300, 18, 66, 12, { fills: solid(INK) })]);
const screen = (name, kids, bg = '#fffaf5') => d.screen(name, 0, 0, W, H, [bar(), ...kids, d.rect('Home Indicator', 128, 830, 134, 5, { fills: solid(INK), cornerRadius: 3 })], bg);
const primary = (l) => d.btnInstance(l, big.id, 342, 54, { name: 'Button', fill: ROSE, radius: 27, size: 17 });
const at = (n, x, y) => { n.absoluteBoundingBox.x = x; n.absoluteBoundingBox.y = y; return n; };

const start = at(primary('Get started'), 24, 740);
const S1 = screen('Welcome', [
  d.ellipse('Ellipse 1', 45, 120, 300, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img_baby_feet_2c' }] }),
  d.col('Frame 2', 24, 460, 342, [T('Little Pages', 0, 0, 342, { size: 34, weight: 700, color: INK, align: 'CENTER' }),
    T('A journal for the tiny years — first smiles, first foods, first everything.', 0, 0, 342, { size: 16, color: MUTED, align: 'CENTER', lines: 2 }),
    T('⭐ Trusted by 1M parents', 0, 0, 342, { size: 14, weight: 600, color: ROSE, align: 'CENTER' })], { gap: 12 }),
  start,
]);
const signUp = primary('Create account');
const S2 = screen('Sign up', [d.col('Auto layout', 24, 80, 342, [
  T('Create your journal', 0, 0, 342, { size: 28, weight: 700, color: INK }),
  d.btnFrame('Continue with Apple', 342, 50, { fill: '#000000', radius: 25 }),
  d.rect('Rectangle 5', 0, 0, 342, 50, { fills: solid('#ffffff'), strokes: solid('#e8dcd4'), strokeWeight: 1, cornerRadius: 12 }),
  d.rect('Rectangle 6', 0, 0, 342, 50, { fills: solid('#ffffff'), strokes: solid('#e8dcd4'), strokeWeight: 1, cornerRadius: 12 }),
  signUp,
  T('By signing up you agree to our Terms and Privacy Policy.', 0, 0, 342, { size: 12, color: MUTED }),
], { gap: 14 })]);
const babyNext = primary('Next');
const S3 = screen('Baby details', [d.col('Auto layout', 24, 80, 342, [
  T('Who’s the star? 👶', 0, 0, 342, { size: 28, weight: 700, color: INK }),
  ...['Baby’s name', 'Birthday (or due date)', 'Your name'].map((l) => d.col('Frame ' + (10 + d.n), 0, 0, 342, [T(l, 0, 0, 342, { size: 13, color: MUTED }),
    d.rect('Rectangle ' + (11 + d.n), 0, 0, 342, 48, { fills: solid('#ffffff'), strokes: solid('#e8dcd4'), strokeWeight: 1, cornerRadius: 12 })], { gap: 6 })),
  babyNext,
], { gap: 16 })]);
const sendInv = primary('Send invite');
const skip4 = d.link('Skip', 40, { color: MUTED, size: 15 });
const S4 = screen('Connect your partner', [d.col('Auto layout', 24, 80, 342, [
  T('Connect your partner 💞', 0, 0, 342, { size: 28, weight: 700, color: INK }),
  T('Invite your co-parent so you can both add memories and see every update.', 0, 0, 342, { size: 15, color: MUTED, lines: 2 }),
  d.rect('Rectangle 20', 0, 0, 342, 48, { fills: solid('#ffffff'), strokes: solid('#e8dcd4'), strokeWeight: 1, cornerRadius: 12 }),
  d.row('Frame 21', 0, 0, 40, [d.btnFrame('Messages', 104, 40, { fill: '#ffffff', color: INK, stroke: '#e8dcd4', radius: 20, size: 14 }), d.btnFrame('WhatsApp', 104, 40, { fill: '#ffffff', color: INK, stroke: '#e8dcd4', radius: 20, size: 14 }), d.btnFrame('Copy link', 104, 40, { fill: '#ffffff', color: INK, stroke: '#e8dcd4', radius: 20, size: 14 })], { gap: 15 }),
  sendInv, skip4,
], { gap: 16 })]);
const allow = primary('Allow access');
const gp = d.btnGroup('Import from Google Photos', 342, 50, { fill: '#ffffff', color: INK, radius: 12 });
gp.children[0].strokes = solid('#e8dcd4');
const S5 = screen('Sync photos', [d.col('Auto layout', 24, 80, 342, [
  T('Sync photos 📸', 0, 0, 342, { size: 28, weight: 700, color: INK }),
  T('We’ll find baby photos on your phone and drop them onto the right day.', 0, 0, 342, { size: 15, color: MUTED, lines: 2 }),
  d.row('Frame 30', 0, 0, 52, [d.vector('Vector', 0, 0, 24, 24, { fills: solid(ROSE) }), T('Camera Roll', 0, 0, 220, { size: 16, color: INK }), d.rect('Toggle', 0, 0, 51, 31, { fills: solid('#34c759'), cornerRadius: 16 })], { gap: 16, w: 342 }),
  gp,
  T('Your photos stay private — only people you invite can see them.', 0, 0, 342, { size: 13, color: MUTED, lines: 2 }),
  allow,
], { gap: 16 })]);
const S6 = screen('Importing', [d.col('Frame 40', 24, 320, 342, [
  d.spinner(0, 0, 40), T('Syncing photos… 124 of 480', 0, 0, 342, { size: 17, weight: 600, color: INK, align: 'CENTER' }),
  T('You can keep using the app while we finish.', 0, 0, 342, { size: 14, color: MUTED, align: 'CENTER' })], { gap: 14, center: true })]);
const tabs = (active) => {
  const t = ['Journal', 'Milestones', 'Family', 'Settings'].map((l) => d.col('Frame ' + (50 + d.n), 0, 0, 80, [d.vector('Vector', 0, 0, 24, 24, { fills: solid(l === active ? ROSE : '#c9bbb3') }), T(l, 0, 0, 80, { size: 11, color: l === active ? ROSE : MUTED, align: 'CENTER' })], { gap: 4, center: true }));
  return { f: d.row('Tab Bar', 0, 760, 84, t, { w: W, pad: 19, gap: 8, fill: '#ffffff' }), t };
};
const tbJ = tabs('Journal');
const addMem = d.btnGroup('+', 56, 56, { fill: ROSE, radius: 28, size: 24 });
const S7 = screen('Journal', [d.col('Auto layout', 24, 60, 342, [
  T('Olive’s journal', 0, 0, 342, { size: 26, weight: 700, color: INK }),
  ...[['Today', 'Rolled over for the first time!! 🎉'], ['Tue', 'First taste of banana — not a fan'], ['Sun', 'Grandma visited 💕']].map(([a, b]) => d.col('Frame ' + (60 + d.n), 0, 0, 342, [T(a, 0, 0, 310, { size: 12, weight: 600, color: MUTED }), T(b, 0, 0, 310, { size: 15, color: INK }),
    d.rect('Rectangle ' + (61 + d.n), 0, 0, 310, 140, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img_memory_' + d.n }], cornerRadius: 12 })], { gap: 6, pad: 16, fill: '#ffffff', radius: 16 })),
], { gap: 12 }), at(addMem, 310, 690), tbJ.f]);
const tbS = tabs('Settings');
const prem = d.link('Upgrade to Premium', 200, { color: ROSE, size: 16 });
const help = d.link('Help', 60, { color: INK, size: 16 });
const S8 = screen('Settings', [d.col('Auto layout', 24, 60, 342, [
  T('Settings', 0, 0, 342, { size: 28, weight: 700, color: INK }),
  d.col('Frame 70', 0, 0, 342, [T('Account', 0, 0, 310, { size: 13, weight: 600, color: MUTED }), T('jess@example.com', 0, 0, 310, { size: 16, color: INK }), prem], { gap: 10, pad: 16, fill: '#ffffff', radius: 16 }),
  d.col('Frame 71', 0, 0, 342, [T('Photos', 0, 0, 310, { size: 13, weight: 600, color: MUTED }),
    d.row('Frame 72', 0, 0, 40, [T('Google Photos · synced today 8:02', 0, 0, 220, { size: 15, color: INK }), T('Disconnect', 0, 0, 80, { size: 14, color: ROSE })], { gap: 8, w: 310 }),
    T('Sync photos on Wi-Fi only', 0, 0, 310, { size: 15, color: INK })], { gap: 10, pad: 16, fill: '#ffffff', radius: 16 }),
  d.col('Frame 73', 0, 0, 342, [T('Family', 0, 0, 310, { size: 13, weight: 600, color: MUTED }), T('Sam (partner) · can edit', 0, 0, 310, { size: 15, color: INK }), T('Invite grandparents', 0, 0, 310, { size: 15, color: ROSE })], { gap: 10, pad: 16, fill: '#ffffff', radius: 16 }),
  help,
  T('Delete account', 0, 0, 342, { size: 16, color: '#d14343' }),
], { gap: 14 }), tbS.f]);
const closeP = d.vector('Vector', 340, 60, 24, 24, { fills: solid(INK), name: 'close' });
const S9 = screen('Premium', [closeP, d.col('Auto layout', 24, 110, 342, [
  T('Little Pages Premium', 0, 0, 342, { size: 28, weight: 700, color: INK }),
  T('Unlimited videos · Printed yearbook discount · Family sharing for 6', 0, 0, 342, { size: 15, color: MUTED, lines: 2 }),
  d.col('Frame 80', 0, 0, 342, [T('“The yearbook made me cry in the best way.” — Aisha, mum of two', 0, 0, 310, { size: 14, color: INK, lines: 2 })], { pad: 16, fill: '#fdecee', radius: 16 }),
  primary('Try 7 days free'),
  T('Premium — $4.99/month after trial, cancel anytime', 0, 0, 342, { size: 13, color: MUTED, align: 'CENTER' }),
], { gap: 16 })]);
act(closeP, { type: 'CLOSE' });
const helpBack = d.vector('Vector', 24, 60, 12, 20, { fills: solid(INK), name: 'chevron-left' });
const S10 = screen('Help', [helpBack, d.col('Auto layout', 24, 100, 342, [
  T('Help', 0, 0, 342, { size: 28, weight: 700, color: INK }),
  T('How do I add a milestone?\nCan my partner see private notes?\nHow do I order a printed book?\nHow do I export my journal?', 0, 0, 342, { size: 15, color: INK }),
  T('Still stuck? Email hello@littlepages.app', 0, 0, 342, { size: 14, color: MUTED }),
], { gap: 16 })]);
act(helpBack, { type: 'BACK' });

const frames = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10];
frames.forEach((f, i) => at(f, (i % 5) * 490, Math.floor(i / 5) * 1000));
go(start, S2); go(signUp, S3); go(babyNext, S4); go(sendInv, S5); go(skip4, S5); go(allow, S6);
go(S6, S7, 'NAVIGATE', 'AFTER_TIMEOUT');
go(tbJ.t[3], S8); go(tbS.t[0], S7); go(prem, S9, 'OVERLAY'); go(help, S10);
d.canvas('Onboarding', frames, { flow: [S1] });
d.page = 2;
d.canvas('Components', compChildren);

const ids = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
write(new URL('..', import.meta.url).pathname, NAME, d.doc(), {
  kind: 'negative',
  description: 'Baby journal app, iPhone 390x844. Welcome, sign-up, baby details, partner invite, photo sync from the camera roll or Google Photos, importing, journal, settings, premium paywall and help. Nothing connects business accounting, banking or commerce software.',
  present: [],
  absent: ids,
  notes: {
    'connection.syncing-indicator': '"Syncing photos…" is a photo import, not business data.',
    'connection.view-live': 'Google Photos row in settings is a personal photo source, not a connected business platform.',
    'connection.delete': '"Disconnect" Google Photos and "Delete account" are not about business-software connections.',
    'platform.non-linear': '"Skip" on the partner invite is not about connecting business platforms.',
    'funnel.cta-visible': '"Connect your partner" invites a person.',
    'privacy.support-contacts': 'One email line in Help; no connection support.',
  },
  flow: { startFrameId: S1.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});

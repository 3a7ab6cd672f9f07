// h54 (negative): a language-exchange app, mobile 390x844. No business software is connected anywhere.
import { makeIds, makeBuilder, canvas, writeDoc, buttonSet, plainComponent, click, hover, go, back, close, url, image, solid } from './lib.mjs';

const dir = new URL('..', import.meta.url).pathname;
const nextId = makeIds();
const components = {}, componentSets = {};
const W = 390, H = 844;
const TEAL = '#00a6a6', INK = '#1b1f24', MUTED = '#6b7280', LINE = '#e5e7eb';

const C = makeBuilder('20', nextId);
const pri = buttonSet(C, 'button/large', 40, 40, solid(TEAL), '#ffffff', components, componentSets);
const tgl = plainComponent(C, 'toggle', 40, 160, 44, 26, [C.rect('track', { w: 44, h: 26, radius: 13, fill: '#d1d5db' }), C.ellipse('knob', { x: 2, y: 2, w: 22, h: 22, fill: '#ffffff' })], components);
const compPage = canvas('20:0', 'Components', [pri.set, tgl.comp]);

const B = makeBuilder('21', nextId);
const { text, col, row } = B;
const S = {};
for (const k of ['intro', 'signup', 'langs', 'contacts', 'home', 'profile', 'chat', 'lessons', 'premium', 'settings', 'report']) S[k] = B.id();
const scr = (k, name, kids, o = {}) => col(name, { id: S[k], w: W, h: H, pad: [56, 20, 24, 20], gap: o.gap ?? 16, fill: o.fill ?? '#ffffff', clips: true }, kids);
const btn = (label, on, o = {}) => B.instance('button/large', pri.defId, { w: 350, h: 52, fill: solid(o.fill ?? TEAL), radius: 14, layout: 'HORIZONTAL', pad: [16, 20], align: 'CENTER', on }, [text(label, { s: 16, wt: 600, c: o.c ?? '#ffffff', w: 310, align: 'CENTER' })]);
const pill = (label, on, o = {}) => row('Frame 7', { h: 40, pad: [10, 18], radius: 20, fill: o.fill ?? TEAL, align: 'CENTER', on }, [text(label, { s: 14, wt: 600, c: o.c ?? '#ffffff' })]);
const link = (label, on, o = {}) => text(label, { s: o.s ?? 15, wt: 500, c: o.c ?? TEAL, deco: o.deco, on });
const toggle = (on) => B.instance('toggle', tgl.id, { w: 44, h: 26 }, [B.rect('track', { w: 44, h: 26, radius: 13, fill: on ? TEAL : '#d1d5db' }), B.ellipse('knob', { x: on ? 20 : 2, y: 2, w: 22, h: 22, fill: '#ffffff' })]);
const tabs = () => row('Tab bar', { w: 350, h: 60, pad: [8, 10], gap: 40, fill: '#ffffff' }, [['Partners', S.home], ['Lessons', S.lessons], ['Chats', S.chat], ['Me', S.settings]].map(([t, d]) => col('Frame 9', { w: 50, gap: 4, align: 'CENTER', on: click(go(d)) }, [B.vec('Vector', { w: 22, h: 22 }), text(t, { s: 11 })])));

const intro = scr('intro', 'Onboarding 1', [
  B.rect('illustration', { w: 350, h: 360, radius: 20, fill: image('1a2b3c4d5e6f') }),
  text('Connect with native speakers', { s: 28, wt: 800, c: INK, w: 350 }),
  text('Swap 15-minute conversations: you help with your language, they help with theirs.', { s: 16, c: MUTED, w: 350 }),
  text('Loved by 1M learners in 160 countries ⭐ 4.7', { s: 14, wt: 600, c: INK, w: 350 }),
  btn('Get started', click(go(S.signup))),
  link('Skip', click(go(S.signup)), { c: MUTED }),
], { gap: 18 });

const signup = scr('signup', 'Sign up', [
  text('Create your profile', { s: 26, wt: 700 }),
  ...['First name', 'Email', 'Password'].map((p) => row('Frame 31', { w: 350, h: 52, pad: [15, 16], radius: 12, stroke: LINE }, [text(p, { s: 16, c: '#9ca3af', w: 310 })])),
  row('Frame 33', { w: 350, gap: 12 }, [B.rect('Rectangle 4', { w: 20, h: 20, radius: 5, stroke: '#9ca3af' }), text('I agree to the Community Guidelines and I’m 16 or older.', { s: 14, w: 318 })]),
  btn('Continue', click(go(S.langs))),
  text('or', { s: 13, c: MUTED, w: 350, align: 'CENTER' }),
  btn('Continue with Apple', undefined, { fill: INK }),
]);

const langs = scr('langs', 'Languages', [
  text('What do you speak?', { s: 24, wt: 700 }),
  row('Frame 41', { w: 350, h: 48, pad: [13, 14], gap: 10, radius: 24, fill: '#f3f4f6', align: 'CENTER' }, [B.vec('magnifier', { w: 16, h: 16 }), text('Search languages', { s: 15, c: '#9ca3af', w: 280 })]),
  text('Native', { s: 18, wt: 600 }),
  row('Frame 43', { gap: 8 }, ['🇬🇧 English', '🇵🇱 Polish'].map((l) => pill(l, undefined))),
  text('Learning', { s: 18, wt: 600 }),
  row('Frame 44', { gap: 8 }, ['🇯🇵 Japanese', '🇪🇸 Spanish', '🇵🇹 Portuguese'].map((l) => pill(l, undefined, { fill: '#e6f6f6', c: TEAL }))),
  btn('Next', click(go(S.contacts))),
]);

const contacts = scr('contacts', 'Find friends', [
  text('Practise with people you know', { s: 24, wt: 700, w: 350 }),
  text('Import contacts to see which friends already use Tandemly. We only match phone numbers and don’t store your address book.', { s: 15, c: MUTED, w: 350 }),
  btn('Import contacts', click(go(S.home))),
  link('Not now', click(go(S.home)), { c: MUTED }),
]);

const partner = (nm, langsTxt, ref) => row('Frame 51', { w: 350, pad: 12, gap: 12, radius: 16, stroke: LINE, align: 'CENTER', on: click(go(S.profile)) }, [B.ellipse('Ellipse 1', { w: 48, h: 48, fill: image(ref) }), col('Frame 52', { w: 200, gap: 2 }, [text(nm, { s: 16, wt: 600 }), text(langsTxt, { s: 13, c: MUTED, w: 200 })]), pill('Say hi', hover(go(pri.hovId, 'CHANGE_TO')), { fill: '#e6f6f6', c: TEAL })]);
const home = scr('home', 'Partners', [
  text('Partners for you', { s: 24, wt: 700 }),
  partner('Yuki, Osaka', 'Speaks 🇯🇵 · learning 🇬🇧', 'aa01'),
  partner('Lucía, Valencia', 'Speaks 🇪🇸 · learning 🇵🇱', 'aa02'),
  partner('João, Porto', 'Speaks 🇵🇹 · learning 🇬🇧', 'aa03'),
  col('Frame 58', { w: 350, pad: 14, gap: 6, radius: 16, fill: '#fff7e6' }, [text('“I went from textbook Spanish to ordering tapas like a local in two months.” — Priya, London', { s: 14, w: 322 })]),
  tabs(),
], { gap: 12 });

const profile = scr('profile', 'Profile – Yuki', [
  row('Frame 60', { on: click(back()) }, [B.vec('chevron-left', { w: 12, h: 20, c: INK })]),
  B.ellipse('avatar', { w: 96, h: 96, fill: image('aa01') }),
  text('Yuki · Osaka', { s: 22, wt: 700 }),
  text('Teaches Japanese · 312 exchanges', { s: 14, c: MUTED }),
  btn('Start a chat', click(go(S.chat))),
  row('Frame 62', { gap: 24 }, [link('Block user', undefined, { c: '#dc2626' }), link('Report', click(go(S.report, 'OVERLAY')), { c: '#dc2626' })]),
]);

const chat = scr('chat', 'Chat', [
  text('Yuki', { s: 18, wt: 700 }),
  ...['こんにちは! Ready for our exchange?', 'Yes! 10 minutes English, then Japanese?', 'Perfect 👍'].map((m, i) => row('bubble', { pad: [10, 14], radius: 16, fill: i % 2 ? '#e6f6f6' : '#f3f4f6' }, [text(m, { s: 15, w: 240 })])),
  row('composer', { w: 350, h: 48, pad: [13, 14], radius: 24, stroke: LINE }, [text('Message…', { s: 15, c: '#9ca3af', w: 300 })]),
  tabs(),
]);

const lessons = scr('lessons', 'Lessons', [
  text('Your lessons', { s: 24, wt: 700 }),
  col('Frame 71', { w: 350, pad: 14, gap: 8, radius: 16, stroke: LINE }, [text('Japanese · Level 2', { s: 16, wt: 600 }), row('bar', { w: 322, h: 8, radius: 4, fill: '#e5e7eb' }, [B.rect('fill', { w: 190, h: 8, radius: 4, fill: TEAL })]), text('12 of 20 lessons', { s: 13, c: MUTED })]),
  row('Frame 73', { w: 350, gap: 12, align: 'CENTER' }, [text('Sync lessons to calendar', { s: 15, w: 294 }), toggle(true)]),
  text('Adds booked exchanges to your phone’s calendar.', { s: 13, c: MUTED, w: 350 }),
  pill('Go Premium', click(go(S.premium))),
  tabs(),
]);

const premium = scr('premium', 'Premium', [
  link('✕', click(back()), { c: INK, s: 20 }),
  text('Tandemly Premium', { s: 28, wt: 800 }),
  text('Unlimited partners · translation in chat · no ads', { s: 15, c: MUTED, w: 350 }),
  text('$7.99/month — cancel anytime in the App Store.', { s: 15, wt: 600, w: 350 }),
  btn('Try 7 days free', click(url('https://apps.apple.com/account/subscriptions'))),
], { fill: '#f0fbfb' });

const settings = scr('settings', 'Me / Settings', [
  text('Settings', { s: 24, wt: 700 }),
  ...['Notifications', 'Privacy', 'Blocked users', 'Help centre'].map((t) => row('Frame 81', { w: 350, h: 52, pad: [15, 4], align: 'CENTER' }, [text(t, { s: 16, w: 330 })])),
  row('Frame 82', { w: 350, gap: 12, align: 'CENTER' }, [text('Sync lessons to calendar', { s: 16, w: 294 }), toggle(false)]),
  link('Log out', undefined, { c: INK }),
  link('Delete my account', undefined, { c: '#dc2626' }),
  tabs(),
]);

const report = col('Report sheet', { id: S.report, w: W, h: 380, pad: 24, gap: 12, radius: 24, fill: '#ffffff' }, [
  text('What’s wrong?', { s: 20, wt: 700 }),
  ...['Spam', 'Inappropriate messages', 'Not here to learn'].map((t) => row('Frame 91', { w: 342, h: 48, pad: [13, 4] }, [text(t, { s: 16 })])),
  btn('Submit report', click(close())),
]);

const fr = [intro, signup, langs, contacts, home, profile, chat, lessons, premium, settings, report];
fr.forEach((f, i) => { f._x = i * 470; f._y = 0; });
const page = canvas('21:0', 'App', fr, { flows: [{ nodeId: S.intro, name: 'First run' }], start: S.intro });
const cover = canvas('22:0', 'Cover', [makeBuilder('22', nextId).frame('Cover', { w: 1600, h: 960, fill: TEAL })]);

const nodes = writeDoc(dir, 'h54-negative-language-exchange', { title: 'Tandemly – app', lastModified: '2025-05-02T11:15:00Z', version: '5400112233' }, [cover, page, compPage], components, componentSets, {
  kind: 'negative',
  description: 'Mobile (390x844) first run and core screens of a consumer language-exchange app: intro, sign-up, languages with a search field, contact import, partner list, profile with block/report, chat, lessons with progress and a calendar-sync toggle, a Premium paywall and settings. Nothing connects accounting, banking or commerce software.',
  present: [],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Loved by 1M learners" and a learner quote are social proof for the app, but there is no connection funnel.',
    'privacy.statistics': 'Left unlabelled: "1M learners" is a figure, but not about trusting data protection.',
    'funnel.cta-visible': '"Connect with native speakers" is about people, not software.',
    'platform.search': 'The search field filters languages, not integrations.',
    'value.progress-meter': 'The progress bar tracks lessons, not connected sources.',
    'connection.delete': '"Block user" and "Delete my account" are not connection removal.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the Premium subscription.',
  },
  flow: { startFrameId: S.intro, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.warn('h54 nodes', nodes);

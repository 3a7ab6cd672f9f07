// h55 (negative): a consumer home-insurance app, mobile 375x812, UK. No business software is connected.
import { makeIds, makeBuilder, canvas, writeDoc, buttonSet, click, go, back, close, url, image, solid } from './lib.mjs';

const dir = new URL('..', import.meta.url).pathname;
const nextId = makeIds();
const components = {}, componentSets = {};
const W = 375, H = 812;
const NAVY = '#14213d', AMBER = '#fca311', INK = '#111827', MUTED = '#6b7280', LINE = '#e5e7eb';

const C = makeBuilder('30', nextId);
const pri = buttonSet(C, 'Button / Primary', 40, 40, solid(NAVY), '#ffffff', components, componentSets);
const compPage = canvas('30:0', 'Design system', [pri.set]);

const B = makeBuilder('31', nextId);
const { text, col, row } = B;
const S = {};
for (const k of ['welcome', 'address', 'quote', 'card', 'policy', 'alarm', 'alarmDone', 'claim', 'help', 'settings', 'docs']) S[k] = B.id();
const scr = (k, name, kids, o = {}) => col(name, { id: S[k], w: W, h: H, pad: [54, 20, 24, 20], gap: o.gap ?? 16, fill: o.fill ?? '#f9fafb', clips: true }, kids);
const btn = (label, on, o = {}) => B.instance('Button / Primary', pri.defId, { w: 335, h: 50, fill: solid(o.fill ?? NAVY), radius: 10, layout: 'HORIZONTAL', pad: [15, 20], align: 'CENTER', on }, [text(label, { s: 16, wt: 600, c: o.c ?? '#ffffff', w: 295, align: 'CENTER' })]);
const gbtn = (label, on) => B.group('Group 3', { w: 335, h: 50, on }, [B.rect('Rectangle 7', { w: 335, h: 50, radius: 10, fill: AMBER }), text(label, { s: 16, wt: 700, c: NAVY, x: 20, y: 14, w: 295, align: 'CENTER' })]);
const link = (label, on, o = {}) => text(label, { s: o.s ?? 15, wt: 500, c: o.c ?? NAVY, deco: o.deco ?? 'UNDERLINE', on });
const input = (label, ph) => col('Frame 20', { w: 335, gap: 6 }, [text(label, { s: 13, c: MUTED }), row('Frame 21', { w: 335, h: 48, pad: [14, 14], radius: 8, fill: '#ffffff', stroke: LINE }, [text(ph, { s: 15, c: '#9ca3af', w: 300 })])]);
const nav = () => row('Bottom nav', { w: 335, h: 56, pad: [6, 12], gap: 44 }, [['Policy', S.policy], ['Claims', S.claim], ['Help', S.help], ['Account', S.settings]].map(([t, d]) => col('Frame 99', { w: 44, gap: 3, align: 'CENTER', on: click(go(d)) }, [B.vec('Vector', { w: 20, h: 20 }), text(t, { s: 10 })])));

const welcome = scr('welcome', 'Welcome', [
  B.rect('house illustration', { w: 335, h: 300, radius: 16, fill: image('9f8e7d6c5b4a') }),
  text('Home cover that actually answers the phone', { s: 26, wt: 800, c: NAVY, w: 335 }),
  text('Trusted by 600k homeowners · Defaqto 5★', { s: 14, wt: 600, w: 335 }),
  btn('Get a quote', click(go(S.address))),
  link('I already have a policy', click(go(S.policy)), { deco: 'NONE' }),
], { fill: '#ffffff' });

const address = scr('address', 'Your home', [
  row('Frame 30', { on: click(back()) }, [B.vec('chevron-left', { w: 10, h: 18, c: INK })]),
  text('Where do you live?', { s: 24, wt: 700 }),
  input('Postcode', 'e.g. LS6 2AB'), input('House number or name', '14'), input('Year built', 'Roughly is fine'),
  btn('See my price', click(go(S.quote))),
]);

const quote = scr('quote', 'Quote', [
  text('Your quote', { s: 24, wt: 700 }),
  col('Frame 40', { w: 335, pad: 18, gap: 8, radius: 14, fill: NAVY }, [text('£14.20 a month', { s: 28, wt: 800, c: '#ffffff' }), text('Buildings + contents · £250 excess', { s: 14, c: '#cbd5e1' })]),
  text('1  Accidental damage included\n2  New-for-old on contents\n3  24/7 emergency line', { s: 15, w: 335 }),
  text('Cancel policy anytime — no cancellation fee in the first 14 days.', { s: 13, c: MUTED, w: 335 }),
  gbtn('Buy this cover', click(go(S.card))),
]);

const card = scr('card', 'Add a payment card', [
  row('Frame 50', { on: click(back()) }, [B.vec('chevron-left', { w: 10, h: 18, c: INK })]),
  text('Add a payment card', { s: 24, wt: 700 }),
  input('Card number', '1234 5678 9012 3456'),
  row('Frame 52', { gap: 15 }, [col('Frame 53', { w: 160, gap: 6 }, [text('Expiry', { s: 13, c: MUTED }), row('Frame 54', { w: 160, h: 48, radius: 8, stroke: LINE, fill: '#ffffff' }, [])]), col('Frame 55', { w: 160, gap: 6 }, [text('CVC', { s: 13, c: MUTED }), row('Frame 56', { w: 160, h: 48, radius: 8, stroke: LINE, fill: '#ffffff' }, [])])]),
  row('Frame 57', { w: 335, gap: 10 }, [B.rect('Rectangle 8', { w: 20, h: 20, radius: 4, stroke: '#9ca3af' }), text('I’ve read the policy summary and Insurance Product Information Document.', { s: 13, w: 305 })]),
  text('🔒 Payments are processed securely by our card partner.', { s: 13, c: MUTED, w: 335 }),
  btn('Pay £14.20 and start cover', click(go(S.policy))),
]);

const policy = scr('policy', 'My policy', [
  text('Hi Amira', { s: 24, wt: 700 }),
  col('Frame 60', { w: 335, pad: 16, gap: 6, radius: 14, fill: '#ffffff', stroke: LINE }, [text('Buildings + contents', { s: 16, wt: 600 }), text('Policy HX-2291-774 · renews 3 June 2026', { s: 13, c: MUTED, w: 303 })]),
  col('Frame 62', { w: 335, pad: 16, gap: 8, radius: 14, fill: '#fff7e6' }, [text('Save up to 10% with a smart alarm', { s: 16, wt: 600, w: 303 }), text('Link your smart alarm and we’ll knock money off at renewal.', { s: 14, w: 303 }), row('Frame 63', { h: 40, pad: [10, 16], radius: 8, fill: AMBER, on: click(go(S.alarm)) }, [text('Link your smart alarm', { s: 14, wt: 700, c: NAVY })])]),
  link('Policy documents', click(go(S.docs)), { deco: 'NONE' }),
  nav(),
]);

const device = (nm, ref) => row('Frame 71', { w: 335, h: 64, pad: [12, 14], gap: 12, radius: 12, fill: '#ffffff', stroke: LINE, align: 'CENTER', on: click(go(S.alarmDone)) }, [B.rect('Rectangle 12', { w: 40, h: 40, radius: 8, fill: image(ref) }), text(nm, { s: 16, wt: 500, w: 240 })]);
const alarm = scr('alarm', 'Smart alarm', [
  row('Frame 70', { on: click(back()) }, [B.vec('chevron-left', { w: 10, h: 18, c: INK })]),
  text('Which alarm do you have?', { s: 24, wt: 700, w: 335 }),
  device('Ring Alarm', 'd01'), device('SimpliSafe', 'd02'), device('Yale Sync', 'd03'), device('Hive', 'd04'),
  text('We only check that the alarm is armed at night. Unlink it whenever you like.', { s: 13, c: MUTED, w: 335 }),
]);

const alarmDone = scr('alarmDone', 'Alarm linked', [
  B.ellipse('tick', { w: 72, h: 72, fill: '#dcfce7' }),
  text('Ring Alarm linked ✓', { s: 24, wt: 700 }),
  text('Your renewal discount will show on next year’s quote.', { s: 15, c: MUTED, w: 335 }),
  btn('Done', click(go(S.policy))),
]);

const claim = scr('claim', 'Make a claim', [
  text('Make a claim', { s: 24, wt: 700 }),
  ...['💧 Escape of water', '🔥 Fire or smoke', '🔓 Theft', '🌧 Storm damage'].map((t) => row('Frame 81', { w: 335, h: 56, pad: [16, 16], radius: 12, fill: '#ffffff', stroke: LINE }, [text(t, { s: 16, w: 300 })])),
  nav(),
]);

const help = scr('help', 'Help', [
  text('Need us?', { s: 24, wt: 700 }),
  gbtn('Call us', click(url('tel:+443300000000'))),
  text('Lines open 8am–8pm, 24/7 for emergencies.', { s: 13, c: MUTED }),
  nav(),
]);

const settings = scr('settings', 'Account', [
  text('Account', { s: 24, wt: 700 }),
  ...['Personal details', 'Payment card ••1881', 'Marketing preferences'].map((t) => row('Frame 91', { w: 335, h: 52, pad: [15, 4] }, [text(t, { s: 16, w: 320 })])),
  link('Cancel policy', undefined, { c: '#b91c1c' }),
  link('Delete account', click(go(S.help)), { c: '#b91c1c' }),
  nav(),
]);

const docs = col('Documents', { id: S.docs, w: W, h: 420, pad: 20, gap: 12, radius: 20, fill: '#ffffff' }, [
  text('Your documents', { s: 20, wt: 700 }),
  ...['Policy schedule (PDF)', 'Policy wording (PDF)', 'IPID (PDF)'].map((t) => link(t, click(url('https://example.com/docs')), { deco: 'NONE' })),
  btn('Close', click(close())),
]);

const sec = B.frame('Buy journey', { type: 'SECTION', x: 0, y: 0, w: 4 * 455 + 40, h: 940, fill: '#ffffff' }, [welcome, address, quote, card].map((f, i) => { f._x = 40 + i * 455; f._y = 80; return f; }));
const rest = [policy, alarm, alarmDone, claim, help, settings, docs];
rest.forEach((f, i) => { f._x = i * 455; f._y = 1100; });
const page = canvas('31:0', 'Screens', [sec, ...rest], { flows: [{ nodeId: S.welcome, name: 'New customer' }, { nodeId: S.policy, name: 'Existing customer' }], start: S.welcome });

const nodes = writeDoc(dir, 'h55-negative-home-insurance-consumer', { title: 'Hearthwise home insurance', lastModified: '2025-06-09T16:30:27Z', version: '5512340098' }, [page, compPage], components, componentSets, {
  kind: 'negative',
  description: 'Mobile (375x812) consumer home-insurance app, UK: welcome, address, quote, add a payment card, policy home with a smart-alarm discount, linking a smart alarm, claims, help with a call button, account settings and a documents sheet. Nothing connects accounting, banking or commerce software.',
  present: [],
  absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 600k homeowners" is social proof for the insurer, but there is no connection funnel.',
    'privacy.statistics': 'Left unlabelled: the 600k figure is about customers, not about data protection of a connection.',
    'funnel.cta-visible': '"Link your smart alarm" links a consumer device, not business software.',
    'privacy.support-contacts': 'Only a single "Call us" button; no connection flow to support.',
    'privacy.disconnect-anytime': '"Cancel policy anytime" is about the insurance policy; "unlink it whenever you like" concerns the alarm.',
    'connection.delete': '"Delete account" and "Cancel policy" are not connection removal.',
    'privacy.trust-language': '"Processed securely" is about paying by card.',
  },
  flow: { startFrameId: S.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
console.warn('h55 nodes', nodes);

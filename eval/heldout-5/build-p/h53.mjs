// h53: bookkeeping for wedding venues, iPad landscape (1194x834).
// Older file: the page uses prototypeStartNodeID only and several links use transitionNodeID.
import { makeIds, makeBuilder, canvas, writeDoc, buttonSet, click, go, close, url, image, solid } from './lib.mjs';

const dir = new URL('..', import.meta.url).pathname;
const nextId = makeIds();
const components = {}, componentSets = {};
const W = 1194, H = 834;
const PLUM = '#5b2a58', INK = '#2a2130', MUTED = '#7a6f80', LINE = '#eadfe8', BG = '#fbf8f6';

const C = makeBuilder('10', nextId);
const main = buttonSet(C, 'Btn', 40, 40, solid(PLUM), '#ffffff', components, componentSets);
const compPage = canvas('10:0', 'Library', [main.set]);

const B = makeBuilder('11', nextId);
const { text, col, row } = B;
const S = {};
for (const k of ['signup', 'pricing', 'venue', 'team', 'plan', 'hub', 'pick', 'redirect', 'status', 'csv', 'dash', 'settings', 'email', 'invite']) S[k] = B.id();

const btn = (label, o = {}) => B.instance(o.name ?? 'Btn', main.defId, { w: o.w ?? 240, h: 48, fill: solid(o.fill ?? PLUM), radius: 24, layout: 'HORIZONTAL', pad: [14, 20], align: 'CENTER', on: o.on, tn: o.tn }, [text(label, { s: 16, wt: 600, c: o.c ?? '#ffffff', w: (o.w ?? 240) - 40, align: 'CENTER' })]);
const fbtn = (label, o = {}) => row(o.name ?? 'Frame 3', { h: 44, pad: [12, 22], radius: 22, fill: o.fill ?? '#ffffff', stroke: o.stroke ?? PLUM, align: 'CENTER', on: o.on, tn: o.tn }, [text(label, { s: 15, wt: 600, c: o.c ?? PLUM })]);
const link = (label, o = {}) => text(label, { s: o.s ?? 14, wt: 500, c: o.c ?? PLUM, deco: o.deco, on: o.on, tn: o.tn, name: o.name });
const field = (label, ph, w = 480) => col('Frame 17', { w, gap: 6 }, [text(label, { s: 13, wt: 500, c: MUTED }), row('Input', { w, h: 46, pad: [13, 14], radius: 10, fill: '#ffffff', stroke: LINE }, [text(ph, { s: 15, c: '#b3a9b8', w: w - 28 })])]);
const simple = (key, name, kids, o = {}) => col(name, { id: S[key], w: W, h: H, pad: o.pad ?? [64, 300], gap: o.gap ?? 20, fill: o.fill ?? BG }, kids);
const logo = (ref) => B.rect('Rectangle 12', { w: 44, h: 44, radius: 10, fill: image(ref) });
const side = (active) => col('Frame 40', { w: 220, h: H, pad: [28, 16], gap: 4, fill: '#ffffff', stroke: LINE }, [
  text('Veil & Ledger', { s: 18, wt: 700, c: PLUM }), B.rect('Rectangle 41', { w: 188, h: 20 }),
  ...[['Overview', S.dash], ['Weddings', null], ['Expenses', null], ['Integrations', S.settings], ['Team', null]].map(([m, d]) => row(m === active ? 'menu-item selected' : 'Auto layout', { w: 188, h: 40, pad: [10, 12], gap: 10, radius: 8, fill: m === active ? '#f3e8f1' : undefined, align: 'CENTER', tn: d ?? undefined }, [B.vec('Vector', { w: 18, h: 18, c: PLUM }), text(m, { s: 14, c: INK })])),
]);

const signup = row('Sign up', { id: S.signup, w: W, h: H, fill: BG }, [
  B.rect('venue photo', { w: 520, h: H, fill: image('e7c3a0b1d2f4') }),
  col('Frame 5', { w: 674, h: H, pad: [90, 96], gap: 18 }, [
    text('Veil & Ledger', { s: 20, wt: 700, c: PLUM }),
    text('Books that keep up with wedding season', { s: 28, wt: 700, c: INK, w: 480 }),
    field('Venue email', 'events@yourvenue.com'), field('Create a password', 'At least 10 characters'),
    btn('Start free trial', { w: 480, tn: S.venue }),
    row('Frame 6', { gap: 6 }, [text('Not sure yet?', { s: 14, c: MUTED }), link('See pricing', { deco: 'UNDERLINE', tn: S.pricing })]),
    col('quote', { w: 480, pad: 18, gap: 8, radius: 14, fill: '#f3e8f1' }, [text('“Deposits, final balances, caterer invoices — finally in one place. Our accountant actually smiled in January.”', { s: 15, c: INK, w: 444, font: 'Playfair Display' }), text('Sofia Marchetti, owner · Larkspur Barn, Napa', { s: 13, c: MUTED })]),
  ]),
]);

const pricing = simple('pricing', 'Pricing', [
  text('Pricing', { s: 28, wt: 700, c: INK }),
  row('Frame 8', { gap: 20 }, [['Solo venue', '$49/mo'], ['Multi-site', '$119/mo']].map(([a, b]) => col('Frame 9', { w: 280, pad: 24, gap: 8, radius: 14, fill: '#ffffff', stroke: LINE }, [text(a, { s: 18, wt: 600 }), text(b, { s: 26, wt: 700, c: PLUM }), text('Billed monthly · cancel anytime', { s: 13, c: MUTED })]))),
]);

const venue = simple('venue', 'Venue details', [
  text('Tell us about your venue', { s: 26, wt: 700, c: INK }),
  field('Venue name', 'e.g. Larkspur Barn', 594), field('Weddings per year', 'e.g. 60', 594), field('Season starts', 'Month', 594),
  btn('Next', { tn: S.team }),
]);

const team = simple('team', 'Invite team', [
  text('Who else handles the money?', { s: 26, wt: 700, c: INK }),
  text('Add your co-owner or events manager. They’ll get their own login.', { s: 15, c: MUTED, w: 594 }),
  field('Email address', 'name@yourvenue.com', 594),
  row('Frame 21', { gap: 16, align: 'CENTER' }, [btn('Send invite', { on: click(go(S.plan)) }), link('Skip', { c: MUTED, on: click(go(S.plan)) })]),
]);

const plan = simple('plan', 'Choose plan', [
  text('Pick a plan for after your trial', { s: 26, wt: 700, c: INK }),
  row('Frame 30', { gap: 20 }, ['Solo venue · $49/mo', 'Multi-site · $119/mo'].map((t) => col('Frame 31', { w: 287, pad: 20, gap: 10, radius: 14, fill: '#ffffff', stroke: LINE }, [text(t, { s: 17, wt: 600 }), text('14 days free, then monthly. Cancel anytime from Billing.', { s: 13, c: MUTED, w: 247 })]))),
  btn('Continue', { on: click(go(S.hub)) }),
  link('Compare plans', { on: click(go(S.pricing)) }),
]);

const hub = row('Connect hub', { id: S.hub, w: W, h: H, fill: BG }, [
  col('Frame 50', { w: 700, h: H, pad: [56, 64], gap: 18 }, [
    text('Let your tools do the bookkeeping', { s: 28, wt: 700, c: INK, w: 572 }),
    text('Hook up your booking platform, Stripe and your accounting software and every deposit, balance payment and refund lands against the right wedding — no more copying from spreadsheets.', { s: 16, c: INK, w: 572 }),
    col('how data is used', { w: 572, pad: 20, gap: 10, radius: 14, fill: '#ffffff', stroke: LINE }, [
      text('How we use what you share', { s: 15, wt: 600 }),
      text('Bookings: event dates, packages and balances due are read in.\nStripe: your payouts and fees are read in so we can see what has actually been paid.\nAccounting: we read your chart of accounts and write reconciled entries back to it.', { s: 14, c: MUTED, w: 532 }),
    ]),
    text('Connections are encrypted end to end, and we never hand your data to anyone else without asking you first. Disconnect any tool whenever you want from Integrations.', { s: 14, c: INK, w: 572 }),
    row('Frame 55', { gap: 16, align: 'CENTER' }, [btn('Connect your tools', { on: click(go(S.pick)) }), link('Skip for now', { c: MUTED, on: click(go(S.dash)) })]),
    text('By connecting you agree to our Privacy Notice.', { s: 12, c: MUTED }),
    row('Frame 57', { gap: 8, align: 'CENTER' }, [text('Powered by', { s: 12, c: MUTED }), B.vec('codat mark', { w: 16, h: 16, c: '#1d2b5c' }), text('Codat', { s: 13, wt: 700, c: '#1d2b5c' })]),
  ]),
  col('Frame 60', { w: 494, h: H, pad: [56, 40], gap: 16, fill: '#f3e8f1' }, [
    text('4,100 venues', { s: 30, wt: 700, c: PLUM }),
    text('keep their books with us — every connection protected with AES-256 encryption.', { s: 14, c: INK, w: 414 }),
    text('Want to know more?', { s: 16, wt: 600, c: INK }),
    link('Questions venues ask before connecting', { deco: 'UNDERLINE', on: click(url('https://help.veilandledger.example/faq')) }),
    link('Connection guide: Tripleseat, HoneyBook, Stripe, Xero', { deco: 'UNDERLINE', on: click(url('https://help.veilandledger.example/guides/connecting')) }),
    link('Let your accountant do this →', { on: click(go(S.invite, 'OVERLAY')) }),
    B.rect('Rectangle 61', { w: 414, h: 1, fill: LINE }),
    text('Legal team asking questions? We’re happy to sign a mutual NDA before you share anything.', { s: 13, c: MUTED, w: 414 }),
    link('Request an MNDA', { s: 13, deco: 'UNDERLINE', on: click(url('mailto:legal@veilandledger.example')) }),
    text('Talk to us: (415) 555-0172 · hello@veilandledger.example · Send a request', { s: 13, c: MUTED, w: 414 }),
  ]),
]);

const pcard = (nm, ref) => row('Frame 71', { w: 260, h: 76, pad: [16, 16], gap: 12, radius: 12, fill: '#ffffff', stroke: LINE, align: 'CENTER', on: click(go(S.redirect, 'OVERLAY')) }, [logo(ref), text(nm, { s: 15, wt: 600, c: INK, w: 170 })]);
const grp = (h, cards) => col('Frame 70', { w: 820, gap: 10 }, [text(h, { s: 19, wt: 600, c: INK }), row('Frame 72', { gap: 16 }, cards)]);
const pick = simple('pick', 'Pick platforms', [
  text('Which tools run your venue?', { s: 26, wt: 700, c: INK }),
  grp('Bookings', [pcard('Tripleseat', 'a1'), pcard('HoneyBook', 'a2'), pcard('Planning Pod', 'a3')]),
  grp('Card payments', [pcard('Stripe', 'b1')]),
  grp('Accounting', [pcard('Xero', 'c1'), pcard('QuickBooks Online', 'c2'), pcard('FreshBooks', 'c3')]),
  row('Frame 79', { gap: 6 }, [text('Still on spreadsheets?', { s: 14, c: MUTED }), link('Import a CSV instead', { deco: 'UNDERLINE', on: click(go(S.csv)) })]),
], { pad: [48, 187], gap: 18 });

const redirect = col('Heading to Stripe', { id: S.redirect, w: 480, h: 320, pad: 32, gap: 16, radius: 20, fill: '#ffffff' }, [
  row('Frame 81', { gap: 10, align: 'CENTER' }, [logo('b1'), B.vec('arrow', { w: 20, h: 10 }), logo('d0')]),
  text('Heading to Stripe', { s: 22, wt: 700 }),
  text('Stripe will ask you to log in and allow read access. When that’s done you’ll come back here automatically.', { s: 15, c: MUTED, w: 416 }),
  row('Frame 83', { gap: 12 }, [btn('Go to Stripe', { w: 180, on: click(go(S.status)) }), fbtn('Not now', { on: click(close()) })]),
]);

const srow = (nm, ref, badge, tone) => row('Frame 91', { w: 660, h: 72, pad: [14, 18], gap: 14, radius: 12, fill: '#ffffff', stroke: LINE, align: 'CENTER' }, [logo(ref), text(nm, { s: 15, wt: 600, w: 380 }), row('badge', { pad: [4, 10], radius: 12, fill: tone }, [text(badge, { s: 12, wt: 600 })])]);
const status = simple('status', 'Connected', [
  text('Nice — Stripe is in', { s: 26, wt: 700 }),
  srow('Stripe', 'b1', 'Connected ✓', '#e4f5ea'),
  srow('Tripleseat', 'a1', 'Needs your approval', '#fff1d6'),
  srow('Xero', 'c1', 'Not connected', '#f1f1f1'),
  row('Frame 95', { gap: 8, on: click(go(S.pick)) }, [text('+', { s: 16, c: PLUM }), link('Connect another tool')]),
  btn('Go to my dashboard', { tn: S.dash }),
], { pad: [64, 267] });

const csv = simple('csv', 'Import CSV', [
  text('Import from a spreadsheet', { s: 26, wt: 700 }),
  text('Export your bookings as CSV and drop the file here — we’ll map the columns with you.', { s: 15, c: MUTED, w: 594 }),
  col('dropzone', { w: 594, h: 200, pad: 70, radius: 16, stroke: '#cbb8c7', align: 'CENTER' }, [text('Drop a .csv file or browse', { s: 15, c: PLUM })]),
  btn('Upload', { on: click(go(S.status)) }),
]);

const dash = row('Dashboard', { id: S.dash, w: W, h: H, fill: BG }, [side('Overview'), col('Frame 100', { w: W - 220, pad: [32, 32], gap: 20 }, [
  text('This season', { s: 24, wt: 700 }),
  row('Frame 101', { gap: 16 }, ['Booked revenue $412,800', 'Collected $268,150', 'Upcoming weddings 23'].map((t) => col('Frame 102', { w: 294, pad: 18, radius: 12, fill: '#ffffff', stroke: LINE }, [text(t, { s: 16, wt: 600, w: 258 })]))),
  col('Profit per wedding', { w: 914, h: 330, pad: 24, gap: 14, radius: 14, fill: '#ffffff', stroke: LINE }, [
    text('Profit per wedding', { s: 17, wt: 600 }),
    B.rect('chart placeholder', { w: 866, h: 160, radius: 8, fill: '#f6f0f5' }),
    text('Connect your booking platform to see margin for each event.', { s: 14, c: MUTED }),
    fbtn('Connect bookings', { on: click(go(S.pick)) }),
  ]),
])]);

const irow = (nm, ref, meta) => row('Frame 111', { w: 914, h: 84, pad: [16, 18], gap: 14, radius: 12, fill: '#ffffff', stroke: LINE, align: 'CENTER' }, [logo(ref), col('Frame 112', { w: 520, gap: 4 }, [text(nm, { s: 15, wt: 600 }), text(meta, { s: 12, c: MUTED, w: 520 })]), fbtn('Refresh', { name: 'Property 1=Default' }), link('Revoke access', { c: '#b3261e' })]);
const settings = row('Settings – Integrations', { id: S.settings, w: W, h: H, fill: BG }, [side('Integrations'), col('Frame 110', { w: W - 220, pad: [32, 32], gap: 14 }, [
  text('Integrations', { s: 24, wt: 700 }),
  irow('Stripe', 'b1', 'Connected 12 Apr 2025, 10:02 · Last sync 12 min ago · USD payouts'),
  irow('Tripleseat', 'a1', 'Connected 12 Apr 2025, 10:09 · Last sync 1 hr ago · 214 events'),
  irow('QuickBooks Online', 'c2', 'Connected 13 Apr 2025, 08:30 · Last sync today 06:00 · Larkspur Barn LLC'),
  row('Frame 118', { gap: 8, on: click(go(S.pick)) }, [text('+', { s: 16, c: PLUM }), link('Add an integration')]),
  B.rect('Rectangle 119', { w: 914, h: 1, fill: LINE }),
  text('Team', { s: 16, wt: 600 }),
  row('Frame 120', { gap: 14, align: 'CENTER' }, [text('Dana Whitfield · Events manager', { s: 14 }), link('Remove from team', { c: '#b3261e' })]),
])]);

const email = col('Welcome email', { id: S.email, w: 640, h: 760, pad: [40, 48], gap: 18, fill: '#ffffff' }, [
  text('From: Veil & Ledger <hello@veilandledger.example>\nSubject: You’re in! Three quick things to set up', { s: 12, c: MUTED, w: 544 }),
  B.rect('header image', { w: 544, h: 140, radius: 12, fill: image('f0e1d2c3b4a5') }),
  text('Welcome to Veil & Ledger 💐', { s: 24, wt: 700, w: 544 }),
  text('1  Tell us about your venue (done!)\n2  Connect Stripe and your booking platform\n3  See profit for every wedding, automatically', { s: 16, c: INK, w: 544 }),
  btn('Connect my tools', { on: click(url('https://app.veilandledger.example/connect')) }),
  text('Prefer a hand? Reply to this email or call (415) 555-0172.', { s: 14, c: MUTED, w: 544 }),
  link('Connect later from Integrations', { s: 13, on: click(url('https://app.veilandledger.example/integrations')) }),
]);

const invite = col('Invite accountant', { id: S.invite, w: 460, h: 300, pad: 28, gap: 14, radius: 20, fill: '#ffffff' }, [
  text('Hand this to your accountant', { s: 20, wt: 700 }),
  text('We’ll email them a secure link so they can connect your accounting software for you.', { s: 14, c: MUTED, w: 404 }),
  field('Accountant’s email', 'name@firm.com', 404),
  row('Frame 131', { gap: 12 }, [btn('Send link', { w: 160, on: click(close()) }), fbtn('Cancel', { on: click(close()) })]),
]);

const app = [signup, pricing, venue, team, plan, hub, pick, redirect, status, csv, dash, settings, invite];
app.forEach((f, i) => { f._x = (i % 6) * 1294; f._y = Math.floor(i / 6) * 1000; });
const emails = B.frame('Emails', { type: 'SECTION', x: 0, y: 2100, w: 800, h: 900, fill: '#ffffff' }, [email]);
email._x = 80; email._y = 80;
const flowPage = canvas('11:0', 'iPad flow', [...app, emails], { start: S.signup });

const A = makeBuilder('12', nextId);
const archive = canvas('12:0', 'Archive – do not use', [A.col('Old hub', { w: W, h: H, pad: 64, gap: 16, fill: '#ffffff', visible: false }, [A.text('Sync your accounts in one tap', { s: 26, wt: 700 }), A.text('Securely link QuickBooks and Stripe.', { s: 15 })])]);
const cover = canvas('9:0', 'Cover', [makeBuilder('9', nextId).col('Cover', { w: 1600, h: 960, pad: 160, gap: 20, fill: PLUM }, [makeBuilder('9', nextId).text('Veil & Ledger · iPad onboarding', { s: 56, wt: 700, c: '#ffffff' })])]);

const nodes = writeDoc(dir, 'h53-wedding-venue-bookkeeping-tablet', { title: 'Veil & Ledger — iPad', lastModified: '2025-04-28T09:41:10Z', version: '5309876610' }, [cover, flowPage, compPage, archive], components, componentSets, {
  kind: 'onboarding',
  description: 'iPad landscape (1194x834) onboarding for a bookkeeping product for wedding venues: sign-up, venue details, team invite, plan choice, then a hub asking the venue to connect its booking platform, Stripe and accounting software, a grouped platform picker, a redirect overlay, an invite-your-accountant overlay, connection status, CSV import, a dashboard with an in-chart prompt, integrations settings, and a welcome email in its own section. The page start is set with prototypeStartNodeID and several links are old transitionNodeID links.',
  present: ['funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.three-actions', 'funnel.prefill', 'value.progress-meter', 'privacy.consent-action', 'platform.search', 'connection.syncing-indicator'],
  notes: {
    'funnel.three-actions': 'Sign up → Venue details → Invite team → Choose plan → Connect hub: four taps.',
    'funnel.greeting-email': 'Welcome email section: numbered 1–3 list with connecting as step 2 and a "Connect my tools" button.',
    'privacy.consent-action': 'Only "By connecting you agree to our Privacy Notice." — no checkbox or explicit agreement step.',
    'funnel.cta-visible': '"Connect your tools" is the main button of the hub; "Integrations" is a permanent sidebar entry.',
    'platform.non-linear': '"Skip for now" and "Let your accountant do this"; free return to the picker.',
    'connection.delete': '"Revoke access" per integration; "Remove from team" is a look-alike.',
    'connection.syncing-indicator': 'Only past sync times; no spinner or syncing state.',
    'value.progress-meter': 'No step counter, progress bar or strength meter.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.hub, stepsToConnect: 4, deadEnds: [S.pricing] },
});
console.warn('h53 nodes', nodes);

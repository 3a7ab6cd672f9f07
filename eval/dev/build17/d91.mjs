// d91 — trust accounting for small law practices, desktop 1280x800, US English. Start via prototypeStartNodeID only.
import { reseed, idPage, gname, T, R, F, G, col, row, go, act, old, btnI, btnF, btnG, link, logo, logoV, divider, canvas, finish, comp, compNode, compSet, compMap, reserve, field, card } from './lib.mjs';

reseed(91);
const W = 1280; const H = 800; const NBSP = '\u00A0';
const navy = '#1C2B4A'; const gold = '#B8862B';

idPage(4, 20);
const setId = reserve();
const pDef = comp('Type=Primary, State=Default', '', setId);
const pHov = comp('Type=Primary, State=Hover', '', setId);
const sDef = comp('Type=Secondary, State=Default', '', setId);
const a = go(compNode(pDef, 16, 16, 180, 44, { fill: navy, radius: 4 }, [T('Button', 16, 12, 148, { size: 14, weight: 600, color: '#FFFFFF', h: 20, align: 'CENTER' })]), 'pHov', 'CHANGE_TO', 'ON_HOVER');
const b = compNode(pHov, 16, 76, 180, 44, { fill: '#2A3F6B', radius: 4 }, [T('Button', 16, 12, 148, { size: 14, weight: 600, color: '#FFFFFF', h: 20, align: 'CENTER' })]);
b._key = 'pHov';
const c = compNode(sDef, 16, 136, 180, 44, { fill: '#FFFFFF', radius: 4 }, [T('Button', 16, 12, 148, { size: 14, weight: 600, color: navy, h: 20, align: 'CENTER' })]);
const componentsPage = canvas(4, '⚙︎ Library', [compSet(setId, 'Button', 0, 0, 212, 196, [a, b, c])]);
const components = compMap([pDef, pHov, sDef]);
const componentSets = { [setId]: { key: '3f6e9d2c1b0a4f5e6d7c8b9a0f1e2d3c4b5a6978', name: 'Button', description: 'Primary / secondary', remote: false, documentationLinks: [] } };
const primary = (label, w, key, o = {}) => { const n = btnI(label, 0, 0, w, 44, pDef, { fill: navy, radius: 4, size: 14, ...o }); return key ? go(n, key) : n; };
const secondary = (label, w) => btnI(label, 0, 0, w, 44, sDef, { fill: '#FFFFFF', color: navy, radius: 4, size: 14 });

idPage(1, 300);
const scr = (x, y, name, key, kids, h = H) => F(name, x, y, W, h, { fill: '#FAFAF7', clip: true, key }, kids);
const mark = () => row(gname('Frame'), 0, 0, [logoV(0, 0, 24, gold), T('TrustLedger', 0, 0, 130, { size: 17, weight: 700, color: navy, h: 24, family: 'Libre Baskerville' })], { gap: 8 });
const side = (active) => col('Nav', 0, 0, 220, [mark(), ...[['Dashboard', 'dashboard'], ['Client ledgers', null], ['Reconciliation', 'recon'], ['Connections', 'connections'], ['Reports', null]].map(([l, k]) => {
  const t = T(l, 0, 0, 188, { size: 14, weight: l === active ? 700 : 400, color: l === active ? gold : '#D5DBE6', h: 20 });
  return k ? go(t, k) : t;
})], { gap: 18, pad: 16, fill: navy, h: H });
const wrap = (kids, w = 720, x = 280, y = 64, gap = 18) => col('Auto layout', x, y, w, kids, { gap });

// Onboarding section
const dx = W + 100;
const signup = scr(0, 0, 'Sign up', 'signup', [
  wrap([mark(), T('Trust accounting that keeps you bar-compliant', 0, 0, 560, { size: 28, weight: 700, color: navy }),
    field('Name', 'Priya Nadar', 560), field('Firm email', 'priya@nadarwebb.law', 560), field('Password', '•••••••••••', 560),
    old(primary('Create account', 560), 'firm'),
    row(gname('Frame'), 0, 0, [T('By signing up you agree to the', 0, 0, 220, { size: 12, color: '#5C6476', h: 18 }), old(link('Terms of Service', 0, 0, 120, { size: 12, h: 18 }), 'terms')], { gap: 4 }),
  ], 560, 360, 120),
]);
const firm = scr(dx, 0, 'Firm details', 'firm', [
  wrap([T('Step 2 of 4', 0, 0, 560, { size: 12, weight: 700, color: gold }),
    T('About your firm', 0, 0, 560, { size: 26, weight: 700, color: navy }),
    field('Firm name', 'Nadar & Webb LLP', 560), row(gname('Frame'), 0, 0, [field('State bar', 'California', 268), field('Attorneys', '4', 268)], { gap: 24 }),
    field('Practice areas', 'Family law, estate planning', 560),
    row(gname('Frame'), 0, 0, [primary('Continue', 200, 'trust'), go(link('Compare plans', 0, 0, 120, { h: 20 }), 'plans')], { gap: 24 }),
  ], 560, 360, 100),
]);
const trust = scr(dx * 2, 0, 'Trust account setup', 'trust', [
  wrap([T('Step 3 of 4', 0, 0, 560, { size: 12, weight: 700, color: gold }),
    T('Your trust accounts', 0, 0, 560, { size: 26, weight: 700, color: navy }),
    T('Tell us how client money is held so we can apply your state’s rules.', 0, 0, 560, { size: 15, color: '#5C6476' }),
    field('Account type', 'Pooled IOLTA', 560), field('Reconciliation cadence', 'Monthly (three-way)', 560),
    old(primary('Continue', 200), 'invite'),
  ], 560, 360, 100),
]);
const invite = scr(dx * 3, 0, 'Invite your team', 'invite', [
  wrap([T('Step 4 of 4', 0, 0, 560, { size: 12, weight: 700, color: gold }),
    T('Invite your team', 0, 0, 560, { size: 26, weight: 700, color: navy }),
    T('Add the attorneys and paralegals who record client payments.', 0, 0, 560, { size: 15, color: '#5C6476' }),
    field('Email', 'dwebb@nadarwebb.law', 560), field('Email', 'paralegal@nadarwebb.law', 560),
    row(gname('Frame'), 0, 0, [primary('Send invites', 200, 'connect'), secondary('I’ll do this later', 200)], { gap: 16 }),
  ], 560, 360, 100),
]);
const terms = scr(dx * 4, 0, 'Terms of Service', 'terms', [
  wrap([T('Terms of Service', 0, 0, 760, { size: 26, weight: 700, color: navy }),
    T('1  Acceptance of terms\n2  Your account and firm data\n3  Fees and billing\n4  Limitation of liability\n5  Governing law (California)', 0, 0, 760, { size: 14, color: '#5C6476' }),
    T('Last updated January 12, 2026', 0, 0, 760, { size: 12, color: '#8A91A0' }),
  ], 760, 260, 80),
]);
const plans = scr(dx * 5, 0, 'Plans', 'plans', [
  act(T('← Back', 40, 30, 80, { size: 14, color: navy }), { type: 'BACK' }),
  wrap([T('Plans', 0, 0, 760, { size: 26, weight: 700, color: navy }),
    row(gname('Frame'), 0, 0, [['Solo', '$39/mo', 'One attorney · unlimited client ledgers'], ['Firm', '$89/mo', 'Up to 10 users · audit-ready reports']].map(([n, pr, d]) => col(gname('Frame'), 0, 0, 340, [T(n, 0, 0, 300, { size: 18, weight: 700 }), T(pr, 0, 0, 300, { size: 26, weight: 700, color: gold }), T(d, 0, 0, 300, { size: 13, color: '#5C6476' })], { gap: 6, pad: 20, fill: '#FFFFFF', stroke: '#E1E4EA', radius: 6 })), { gap: 24 }),
    T(`Billed monthly.${NBSP}Cancel any time.`, 0, 0, 760, { size: 13, color: '#5C6476' }),
  ], 760, 260, 80),
]);
const sOnb = F('Onboarding', 0, 0, dx * 6 - 100 + 120, H + 120, { type: 'SECTION', fill: '#FFFFFF' }, [signup, firm, trust, invite, terms, plans].map((f) => { f._r[0] += 60; f._r[1] += 60; return f; }));

// Connect and app (directly on the canvas)
const y2 = H + 300;
const plat = (nm, ref, sub) => go(card(nm, logo(0, 0, 36, ref), 360, { sub, size: 14 }), 'status');
const connect = scr(0, y2, 'Connect accounts', 'connect', [
  col('Auto layout', 160, 40, 960, [
    mark(),
    T('Connect your accounts', 0, 0, 960, { size: 26, weight: 700, color: navy }),
    primary('Connect accounts', 260, 'status', { name: 'Primary' }),
    row(gname('Frame'), 0, 0, [
      col(gname('Frame'), 0, 0, 360, [
        plat('Clio Manage', 'aa01bb02cc03dd04ee05ff06aa07bb08cc09dd10', 'clio.com'),
        plat('MyCase', 'bb02cc03dd04ee05ff06aa07bb08cc09dd10ee11', 'mycase.com'),
        plat('PracticePanther Legal Software', 'cc03dd04ee05ff06aa07bb08cc09dd10ee11ff12', 'practicepanther.com'),
        plat('Chase for Business', 'dd04ee05ff06aa07bb08cc09dd10ee11ff12aa13', 'chase.com/business'),
        plat('Bank of America Business Advantage', 'ee05ff06aa07bb08cc09dd10ee11ff12aa13bb14', 'bankofamerica.com/smallbusiness'),
        plat('Wells Fargo Business Checking', 'ff06aa07bb08cc09dd10ee11ff12aa13bb14cc15', 'wellsfargo.com/biz'),
      ], { gap: 10 }),
      col(gname('Frame'), 0, 0, 520, [
        T('When you click Connect, the provider’s sign-in page opens in a new window. Once you approve access there, you’ll land back here automatically.', 0, 0, 520, { size: 14, color: '#3A4357' }),
        T('Protected with bank-grade encryption. We never pass your firm’s information to anyone else without your written OK.', 0, 0, 520, { size: 14, color: '#3A4357' }),
        go(link('Bank not listed? Import a CSV or OFX statement', 0, 0, 520), 'connections'),
        F(gname('Frame'), 0, 0, 520, 110, { fill: '#F3EFE6', radius: 6 }, [
          T('“Set-up took five minutes, and I trust it with our clients’ money.”', 20, 16, 480, { size: 15, family: 'Libre Baskerville', color: navy }),
          T('— Priya Nadar, Managing Partner, Nadar & Webb LLP', 20, 72, 480, { size: 12, color: '#5C6476' }),
        ]),
        link('Step-by-step: how to connect Clio Manage', 0, 0, 520),
        link('Want to know more? Trust-accounting FAQ', 0, 0, 520),
        go(link('Need a mutual NDA before connecting matter data? Request one', 0, 0, 520), 'nda', 'OVERLAY'),
        T('Questions? (415) 555-0134 · help@trustledger.com · Chat with us', 0, 0, 520, { size: 13, color: '#5C6476' }),
        row('Powered by', 0, 0, [T('Powered by', 0, 0, 76, { size: 11, color: '#8A91A0', h: 16 }), logo(0, 0, 16, '1122334455667788990011223344556677889900'), T('Ledgerlink', 0, 0, 80, { size: 11, weight: 700, color: '#5C6476', h: 16 })], { gap: 6 }),
      ], { gap: 16 }),
    ], { gap: 80 }),
  ], { gap: 20 }),
], 960);
const pill = (t, bg, fg) => F(gname('Frame'), 0, 0, 170, 26, { fill: bg, radius: 13 }, [T(t, 8, 4, 154, { size: 12, weight: 600, color: fg, h: 18, align: 'CENTER' })]);
const status = scr(dx, y2, 'Connections — status', 'status', [
  wrap([T('Your connections', 0, 0, 720, { size: 26, weight: 700, color: navy }),
    card('Clio Manage', logo(0, 0, 36, 'aa01bb02cc03dd04ee05ff06aa07bb08cc09dd10'), 520, { sub: 'Nadar & Webb LLP · 212 open matters', badge: pill('Connected ✓', '#E5F4EA', '#1E6B3A') }),
    card('Chase for Business', logo(0, 0, 36, 'dd04ee05ff06aa07bb08cc09dd10ee11ff12aa13'), 520, { sub: 'IOLTA ••4410 — approve in Chase to finish', badge: pill('Pending authorization', '#FFF2D9', '#8A5A00') }),
    go(btnF('+ Connect another account', 0, 0, 240, 40, { fill: '#FFFFFF', color: navy, stroke: navy, radius: 4 }), 'connect'),
    primary('Go to dashboard', 220, 'dashboard'),
  ], 720, 280, 80),
]);
const dashboard = scr(dx * 2, y2, 'Dashboard', 'dashboard', [side('Dashboard'),
  wrap([T('Dashboard', 0, 0, 960, { size: 24, weight: 700, color: navy }),
    row(gname('Frame'), 0, 0, [['Trust balance', '$284,610.22'], ['Client ledgers', '212'], ['Unreconciled items', '3']].map(([l, v]) => col(gname('Frame'), 0, 0, 300, [T(l, 0, 0, 260, { size: 13, color: '#5C6476' }), T(v, 0, 0, 260, { size: 24, weight: 700, color: navy })], { gap: 6, pad: 20, fill: '#FFFFFF', stroke: '#E1E4EA', radius: 6 })), { gap: 20 }),
    T('Recent trust activity', 0, 0, 960, { size: 16, weight: 700 }),
    T('Apr 2  Retainer deposit — Alvarez (Matter 2026-014)   +$5,000.00\nApr 1  Court filing fee — Chen (2025-221)   −$435.00\nMar 31  Earned fees transfer — Okafor (2025-198)   −$2,150.00', 0, 0, 960, { size: 13, family: 'IBM Plex Mono' }),
  ], 960, 260, 48),
]);
const recon = scr(dx * 3, y2, 'Reconciliation', 'recon', [side('Reconciliation'),
  wrap([T('Three-way reconciliation', 0, 0, 960, { size: 24, weight: 700, color: navy }),
    F(gname('Frame'), 0, 0, 960, 300, { fill: '#FFFFFF', stroke: '#E1E4EA', radius: 6 }, [
      R(gname('Rectangle'), 24, 24, 912, 160, { fill: '#F1F2F5', radius: 4 }),
      T('Bank side missing', 24, 200, 600, { size: 16, weight: 700 }),
      T('Connect your IOLTA bank account so each month’s bank balance lines up against client ledgers and your book balance.', 24, 226, 640, { size: 13, color: '#5C6476' }),
      go(btnF('Connect trust account', 720, 220, 210, 44, { fill: navy, radius: 4 }), 'connect'),
    ]),
  ], 960, 260, 48),
]);
const liveRow = (nm, ref, meta) => row(gname('Frame'), 0, 0, [logo(0, 0, 32, ref), col(gname('Frame'), 0, 0, 520, [T(nm, 0, 0, 520, { size: 15, weight: 600 }), T(meta, 0, 0, 520, { size: 12, color: '#5C6476' })], { gap: 2 }),
  btnF('Refresh now', 0, 0, 120, 34, { fill: '#FFFFFF', color: navy, stroke: '#C9CFDA', radius: 4, size: 13 }),
  go(btnF('Revoke access', 0, 0, 130, 34, { fill: '#FFFFFF', color: '#A12A1E', stroke: '#E8B7B1', radius: 4, size: 13 }), 'revoke', 'OVERLAY')], { gap: 16, pad: 14, fill: '#FFFFFF', stroke: '#E1E4EA', radius: 6 });
const connections = scr(dx * 4, y2, 'Connections', 'connections', [side('Connections'),
  wrap([T('Connections', 0, 0, 960, { size: 24, weight: 700, color: navy }),
    liveRow('Clio Manage', 'aa01bb02cc03dd04ee05ff06aa07bb08cc09dd10', 'Connected Mar 3, 2026 · last sync today 8:15 AM · 212 matters'),
    liveRow('Chase for Business — IOLTA ••4410', 'dd04ee05ff06aa07bb08cc09dd10ee11ff12aa13', 'Connected Mar 3, 2026 · last sync today 8:16 AM · USD'),
    liveRow('Chase for Business — Operating ••2291', 'dd04ee05ff06aa07bb08cc09dd10ee11ff12aa13', 'Connected Mar 9, 2026 · last sync today 8:16 AM · USD'),
    go(btnF('+ Connect another account', 0, 0, 240, 40, { fill: '#FFFFFF', color: navy, stroke: navy, radius: 4 }), 'connect'),
  ], 960, 260, 48),
]);
const modal = (x, y, name, key, kids) => scr(x, y, name, key, [R('Scrim', 0, 0, W, H, { fill: '#0B1324' }), col(gname('Frame'), 400, 220, 480, kids, { gap: 14, pad: 32, fill: '#FFFFFF', radius: 8 })]);
const revoke = modal(dx * 5, y2, 'Modal — revoke', 'revoke', [
  T('Revoke access to Clio Manage?', 0, 0, 416, { size: 20, weight: 700 }),
  T('TrustLedger will stop reading matters and client contacts from Clio, and the access token is deleted.', 0, 0, 416, { size: 14, color: '#3A4357' }),
  row(gname('Frame'), 0, 0, [act(btnF('Cancel', 0, 0, 150, 40, { fill: '#FFFFFF', color: navy, stroke: '#C9CFDA' }), { type: 'CLOSE' }), go(btnF('Revoke', 0, 0, 150, 40, { fill: '#A12A1E' }), 'connections')], { gap: 12 }),
]);
const nda = modal(dx * 6, y2, 'Modal — MNDA', 'nda', [
  T('Request a mutual NDA', 0, 0, 416, { size: 20, weight: 700 }),
  T('We’ll send our mutual non-disclosure agreement for e-signature before any matter data is connected.', 0, 0, 416, { size: 14, color: '#3A4357' }),
  act(btnF('Send me the MNDA', 0, 0, 416, 44, { fill: navy }), { type: 'CLOSE' }),
]);

const email = scr(60, 0, 'Email — welcome', 'email', [
  col('Email', 340, 40, 600, [mark(),
    T('Welcome to TrustLedger, Priya', 0, 0, 536, { size: 22, weight: 700, color: navy }),
    T('Three quick steps to your first clean reconciliation:', 0, 0, 536, { size: 15 }),
    T('1. Confirm your firm details\n2. Connect Clio Manage and your IOLTA account\n3. Run your first three-way reconciliation', 0, 0, 536, { size: 15, color: navy }),
    go(btnG('Connect my accounts', 0, 0, 240, 46, { fill: navy, radius: 4 }), 'connect'),
    T('TrustLedger Inc. · 548 Market St, San Francisco, CA', 0, 0, 536, { size: 11, color: '#8A91A0' }),
  ], { gap: 16, pad: 32, fill: '#FFFFFF' }),
]);
const sEmail = F('Emails', 0, (y2 + 960) + 300, W + 120, H + 60, { type: 'SECTION', fill: '#FFFFFF' }, [email]);
email._r[1] = 30;

const flowPage = canvas(1, 'Flow', [sOnb, connect, status, dashboard, recon, connections, revoke, nda, sEmail], { start: signup.id });

idPage(6, 2);
const cover = canvas(6, 'Cover', [F('Cover', 0, 0, 1600, 900, { fill: navy }, [T('TrustLedger · Onboarding', 100, 360, 1400, { size: 72, weight: 700, color: '#FFFFFF', family: 'Libre Baskerville' }), T('Desktop 1280 · ready for dev', 100, 470, 1400, { size: 28, color: '#D5DBE6' })])]);
idPage(8, 2);
const archive = canvas(8, 'Archive', [F('Connect — v2 (old)', 0, 0, W, H, { fill: '#FFFFFF' }, [
  T('Connect', 80, 80, 400, { size: 24, weight: 700 }),
  G(gname('Group'), 80, 140, 600, 120, [T('Accounting', 0, 0, 200, { size: 16, weight: 700 }), T('Bank accounts', 0, 60, 200, { size: 16, weight: 700 })], { hidden: true }),
  divider(400),
])]);

const present = ['funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'value.contextual-ctas', 'value.faq-link',
  'privacy.trust-language', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.accurate-branding', 'platform.alternatives', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh'];
const absent = ['funnel.three-actions', 'funnel.prefill', 'value.three-part', 'value.progress-meter', 'privacy.data-scope', 'privacy.consent-action',
  'privacy.disconnect-anytime', 'privacy.statistics', 'platform.grouped-categories', 'platform.search', 'platform.non-linear', 'connection.syncing-indicator'];
finish({
  name: 'TrustLedger — onboarding + connections', fileName: 'd91-law-practice-trust-accounting-desktop', lastModified: '2026-04-06T14:09:50Z', version: '4471100236',
  pages: [cover, flowPage, componentsPage, archive], components, componentSets,
  truth: {
    kind: 'onboarding',
    description: 'Trust (IOLTA) accounting for small US law practices, desktop 1280x800. Sign-up, three numbered setup steps (firm, trust accounts, invite your team), then one flat list of practice-management and bank platforms. Connection status, dashboard, a reconciliation screen with an in-context connect prompt, a connections page with refresh and revoke, an MNDA request, a welcome email, and dead-end Terms and Plans screens. Start set with prototypeStartNodeID only; several links use transitionNodeID.',
    present, absent,
    notes: {
      'funnel.greeting-email': 'Welcome email with a 1/2/3 list (step 2 connect Clio Manage and the IOLTA account) and a "Connect my accounts" button.',
      'funnel.three-actions': 'Four steps: Sign up → Firm → Trust accounts → Invite → Connect.',
      'funnel.cta-visible': '"Connect accounts" primary button at the top of the connect screen; "Connections" in the main navigation.',
      'funnel.social-proof': 'Managing partner’s quote on the connect screen.',
      'funnel.prefill': 'No setup form filled from connected data.',
      'value.three-part': 'No value or data-use message at the decision point, only a heading, a button and the platform list.',
      'value.contextual-ctas': 'Reconciliation screen: "Connect your IOLTA bank account…" with "Connect trust account".',
      'value.faq-link': '"Want to know more? Trust-accounting FAQ".',
      'value.progress-meter': '"Step 2/3/4 of 4" labels belong to the setup forms, not to connecting sources.',
      'privacy.data-scope': 'No copy says which data is read or in which direction before connecting (only the revoke modal mentions matters and contacts).',
      'privacy.trust-language': '"Protected with bank-grade encryption. We never pass your firm’s information to anyone else without your written OK."',
      'privacy.consent-action': 'No checkbox or consent step.',
      'privacy.disconnect-anytime': 'Nothing tells the user they can disconnect later; "Cancel any time" is about the subscription.',
      'privacy.connection-guide': '"Step-by-step: how to connect Clio Manage".',
      'privacy.statistics': 'No figures about customers or encryption.',
      'privacy.support-contacts': 'Phone, email and chat.',
      'privacy.powered-by': '"Powered by Ledgerlink" mark.',
      'privacy.mutual-nda': 'MNDA request link and modal.',
      'platform.explain-redirect': '"The provider’s sign-in page opens in a new window… you’ll land back here".',
      'platform.grouped-categories': 'Practice-management and bank platforms in one list with no headings (the grouped version is hidden on the archive page).',
      'platform.accurate-branding': 'Clio Manage, MyCase, PracticePanther Legal Software, Chase for Business, Bank of America Business Advantage, Wells Fargo Business Checking with logos and addresses.',
      'platform.search': 'No search field.',
      'platform.alternatives': '"Bank not listed? Import a CSV or OFX statement".',
      'platform.non-linear': 'No save, skip or share on the connect step; "Invite your team" invites staff to the app.',
      'platform.multiple-connections': 'Connected ✓ and "Pending authorization" badges, "+ Connect another account".',
      'connection.view-live': 'Connections page with connected date, last sync, currency and account mask.',
      'connection.delete': '"Revoke access" per connection with a confirmation modal.',
      'connection.refresh': '"Refresh now" per connection.',
      'connection.syncing-indicator': 'No syncing state.',
    },
    flow: { start: 'signup', connect: 'connect', steps: 4, deadEnds: ['terms', 'plans'] },
  },
  meta: { connectCandidates: ['connect', 'status', 'recon', 'connections', 'email'], signup: 'signup' },
});

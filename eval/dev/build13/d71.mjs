// d71 — analytics for subscription-box businesses, desktop 1280x800, US English.
import { makeDoc, screen, section, canvas, component, save, saveTruth, countNodes, layoutScreen, go, overlay, close, back, url, hover, WRITTEN_BY } from './lib.mjs';
import { text, frame, row, col, rect, vec, instBtn, frameBtn, groupBtn, link, checkbox, logo, icon, divider, bar, searchField, vlogo } from './kit.mjs';

const NAME = 'd71-subscription-box-analytics-desktop';
const ctx = makeDoc({ name: 'Boxly — activation flow', lastModified: '2026-02-24T20:51:17Z', version: '4102266051' });
const t = (s, o) => text(ctx, s, o);
const W = 1280; const H = 800; const INK = '#1E1B4B'; const VIOLET = '#6D28D9';

// components page
const compPage = ctx.newPage(20);
const bset = ctx.id();
const bDef = component(ctx, frame(ctx, 'Size=md, Variant=primary, State=default', { layout: 'HORIZONTAL', w: 180, h: 40, pad: 12, fill: VIOLET, radius: 8 }, [t('Action', { size: 14, weight: 600, color: '#FFFFFF' })]), '0d9c7a11e0', '', bset);
const bHov = component(ctx, frame(ctx, 'Size=md, Variant=primary, State=hover', { layout: 'HORIZONTAL', w: 180, h: 40, pad: 12, fill: '#5B21B6', radius: 8 }, [t('Action', { size: 14, weight: 600, color: '#FFFFFF' })]), '0d9c7a11e1', '', bset);
bDef.interactions = hover(bHov.id);
layoutScreen(bDef, 100, 100); layoutScreen(bHov, 320, 100);
ctx.doc.componentSets[bset] = { key: 'e1aa72b3c4', name: 'button', description: 'Primary/secondary buttons' };
const spin = component(ctx, frame(ctx, 'loader', { layout: 'none', w: 24, h: 24 }, [vec(ctx, 'Vector', 24, 24, { fills: [], stroke: VIOLET, at: [0, 0] })]), '0d9c7a11f0', 'Indeterminate spinner');
layoutScreen(spin, 100, 200);
const comps = canvas(compPage, '⚙️ Components', [{ id: bset, name: 'button', type: 'COMPONENT_SET', children: [bDef, bHov], absoluteBoundingBox: { x: 80, y: 80, width: 440, height: 80 } }, spin]);
const BTN = bDef.id; const SPIN = spin.id;

// flow page
const flowPage = ctx.newPage(22);
const S = {};
for (const k of ['signup', 'connect', 'store', 'shopify', 'sources', 'stripe', 'dash', 'settings', 'revoke', 'email', 'waitlist', 'terms']) S[k] = ctx.id();
const btn = (label, on, o = {}) => instBtn(ctx, BTN, label, { h: o.h || 40, fill: VIOLET, radius: 8, size: 14, on, name: o.name || 'button', w: o.w });
const ghost = (label, on, n) => frameBtn(ctx, label, { h: 36, fill: '#FFFFFF', color: INK, stroke: '#DDD6FE', radius: 8, size: 14, n, on });
const top = (crumb) => row(ctx, 'Header', { w: W, h: 56, pad: 20, gap: 10, fill: '#FFFFFF', stroke: '#EDE9FE' }, [vlogo(ctx, VIOLET, 24), t('Boxly', { size: 17, weight: 700, color: INK }), t(crumb, { size: 13, color: '#6B7280', w: 'fill' }), rect(ctx, 'avatar', 28, 28, { radius: 14, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'mara001' }] })]);
const at = (n, x, y) => Object.assign(n, { _at: [x, y] });
const X = (i) => (i % 6) * 1380; const Y = (i) => Math.floor(i / 6) * 1000;

const signup = screen(ctx, S.signup, 'Trial sign-up', X(0), Y(0), W, H, { fill: '#F5F3FF' }, [
  at(col(ctx, 'Frame 1', { w: 520, gap: 18 }, [
    row(ctx, 'Frame 2', { gap: 8 }, [vlogo(ctx, VIOLET, 28), t('Boxly', { size: 20, weight: 700, color: INK })]),
    t('Know which boxes keep subscribers, and which ones lose them.', { size: 34, weight: 700, color: INK, w: 'fill' }),
    t('14-day free trial · cancel anytime · no card needed', { size: 15, color: '#6B7280' }),
  ]), 96, 200),
  at(col(ctx, 'Frame 3', { w: 420, pad: 32, gap: 14, radius: 16, fill: '#FFFFFF' }, [
    t('Create your workspace', { size: 22, weight: 700 }),
    row(ctx, 'Input', { h: 44, pad: 12, radius: 8, stroke: '#D1D5DB' }, [t('Work email', { size: 14, color: '#9CA3AF' })]),
    row(ctx, 'Input', { h: 44, pad: 12, radius: 8, stroke: '#D1D5DB' }, [t('Brand name', { size: 14, color: '#9CA3AF' })]),
    row(ctx, 'Frame 4', { gap: 10 }, [checkbox(ctx, { name: 'Rectangle 12' }), t('Send me the monthly subscription benchmarks', { size: 13, color: '#4B5563' })]),
    groupBtn(ctx, 'Start free trial', 356, 44, { fill: VIOLET, radius: 8, n: 5, on: go(S.connect) }),
    row(ctx, 'Frame 6', { gap: 4 }, [t('By continuing you accept the', { size: 12, color: '#6B7280' }), link(ctx, 'Terms', { size: 12, color: VIOLET, underline: true, on: go(S.terms) })]),
  ]), 760, 160),
]);

const card = (ref, name, sub, o = {}) => row(ctx, o.nm || 'Frame 30', { w: 'fill', h: 64, pad: 14, gap: 12, radius: 10, stroke: '#E5E7EB', fill: '#FFFFFF', on: o.on }, [logo(ctx, ref, 32), col(ctx, 'Frame 31', { w: 'fill', gap: 2 }, [t(name, { size: 14, weight: 600 }), t(sub, { size: 12, color: '#6B7280' })]), t(o.cta || 'Connect', { size: 13, weight: 600, color: VIOLET })]);
const group3 = (title, cards) => col(ctx, title, { w: 'fill', gap: 10 }, [t(title, { size: 18, weight: 600, color: INK }), ...cards]);
const connect = screen(ctx, S.connect, 'Connect your stack', X(1), Y(0), W, 980, {}, [
  at(top('Setup'), 0, 0),
  at(col(ctx, 'Left', { w: 520, gap: 16 }, [
    t('Connect your stack', { size: 28, weight: 700, color: INK }),
    t('See MRR, churn and lifetime value by box plan in one dashboard, refreshed every hour.', { size: 16, color: '#374151', w: 'fill' }),
    t('What we pull in: orders, subscriptions and cancellations from Shopify and Recharge; payouts, fees and failed charges from Stripe; cost of goods from your accounting software. Boxly only reads. We never write back to any of them.', { size: 14, color: '#4B5563', w: 'fill' }),
    col(ctx, 'coverage', { gap: 8, pad: 16, radius: 12, fill: '#F5F3FF' }, [row(ctx, 'Frame 20', { gap: 8 }, [t('Data coverage', { size: 13, weight: 600, w: 'fill' }), t('0 of 4 sources', { size: 13, color: VIOLET })]), bar(ctx, 0.02, 488, { color: VIOLET })]),
    row(ctx, 'Frame 21', { gap: 12 }, [btn('I sell on Shopify', go(S.store), { h: 44, name: 'cta/primary' }), link(ctx, 'I’m on another platform', { size: 14, color: '#4B5563', underline: true, on: go(S.waitlist) })]),
    row(ctx, 'Frame 22', { gap: 8, pad: 12, radius: 10, fill: '#F9FAFB' }, [icon(ctx, 'lock', 16), t('Read-only, encrypted access. We never share your store data with third parties without your permission, and you can disconnect any source whenever you want from Settings › Sources.', { size: 12, color: '#4B5563', w: 'fill' })]),
    link(ctx, '📘 Setup guide: connecting Shopify, Recharge and Stripe', { size: 13, color: VIOLET, on: url('https://help.boxly.io/guides/connect-your-stack') }),
    row(ctx, 'Frame 23', { gap: 6 }, [t('Powered by', { size: 11, color: '#9CA3AF' }), vec(ctx, 'Vector', 14, 14, { fill: '#0F172A' }), t('Tessellate', { size: 12, weight: 700, color: '#0F172A' })]),
  ]), 64, 96),
  at(col(ctx, 'Right', { w: 560, gap: 18 }, [
    searchField(ctx, 'Search integrations', { name: 'search' }),
    group3('Revenue streams', [card('shpfy1', 'Shopify', 'Orders & customers', { on: go(S.store) }), card('rchg01', 'Recharge', 'Subscriptions & cancellations', { on: go(S.sources) })]),
    group3('Payments', [card('strp01', 'Stripe', 'Payouts, fees & failed charges', { on: go(S.stripe) })]),
    group3('Accounting', [card('qbo004', 'QuickBooks Online', 'Cost of goods'), card('xero04', 'Xero', 'Cost of goods'), card('sbca04', 'Sage Business Cloud Accounting', 'Cost of goods')]),
  ]), 656, 96),
]);

const store = screen(ctx, S.store, 'Shopify — store address', X(2), Y(0), W, H, {}, [
  at(top('Setup › Shopify'), 0, 0),
  at(col(ctx, 'Frame 40', { w: 480, gap: 16 }, [
    logo(ctx, 'shpfy1', 48),
    t('What’s your store address?', { size: 24, weight: 700 }),
    row(ctx, 'Input', { h: 48, pad: 12, gap: 0, radius: 8, stroke: VIOLET }, [t('boxly-snacks', { size: 15 }), t('.myshopify.com', { size: 15, color: '#9CA3AF' })]),
    btn('Continue', go(S.shopify), { w: 'fill', h: 44 }),
    icon(ctx, 'arrow-left', 20, { on: back() }),
  ]), 400, 180),
]);
const shopify = screen(ctx, S.shopify, 'shopify install (mock)', X(3), Y(0), W, H, { fill: '#F1F2F4' }, [
  at(col(ctx, 'Frame 50', { w: 560, pad: 32, gap: 16, radius: 12, fill: '#FFFFFF' }, [
    row(ctx, 'Frame 51', { gap: 10 }, [logo(ctx, 'shpfy1', 32), t('boxly-snacks', { size: 15, weight: 600 })]),
    t('Install Boxly', { size: 22, weight: 700 }),
    t('Boxly will be able to view orders, products and customers.', { size: 14, color: '#303030', w: 'fill' }),
    frameBtn(ctx, 'Install app', { fill: '#303030', radius: 8, n: 52, on: go(S.sources) }),
  ]), 360, 200),
]);

const src = (ref, name, meta, right) => row(ctx, 'Frame 60', { w: 'fill', h: 72, pad: 16, gap: 14, radius: 12, stroke: '#E5E7EB' }, [logo(ctx, ref, 36), col(ctx, 'Frame 61', { w: 'fill', gap: 2 }, [t(name, { size: 15, weight: 600 }), t(meta, { size: 12, color: '#6B7280' })]), ...right]);
const pillTag = (s, bg) => frame(ctx, 'Tag', { layout: 'HORIZONTAL', w: 'hug', h: 24, pad: 8, radius: 12, fill: bg }, [t(s, { size: 12, weight: 600 })]);
const sources = screen(ctx, S.sources, 'Sources — after Shopify', X(4), Y(0), W, H, {}, [
  at(top('Setup'), 0, 0),
  at(col(ctx, 'Frame 62', { w: 760, gap: 14 }, [
    t('Your sources', { size: 26, weight: 700, color: INK }),
    col(ctx, 'coverage', { gap: 8 }, [t('Data coverage · 1 of 4 sources', { size: 13, weight: 600, color: VIOLET }), bar(ctx, 0.25, 760, { color: VIOLET })]),
    src('shpfy1', 'Shopify', 'boxly-snacks.myshopify.com · connected Feb 24, 2026 8:41 PM', [frame(ctx, 'Frame 63', { layout: 'HORIZONTAL', w: 'hug', gap: 8 }, [frame(ctx, 'loader', { type: 'INSTANCE', componentId: SPIN, layout: 'none', w: 24, h: 24 }, [vec(ctx, 'Vector', 24, 24, { fills: [], stroke: VIOLET, at: [0, 0] })]), t('Syncing 14,210 orders…', { size: 13, color: VIOLET })]), pillTag('Connected ✓', '#DCFCE7')]),
    src('rchg01', 'Recharge', 'Selected: approve Boxly in your Recharge admin to finish', [pillTag('Waiting for approval', '#FEF3C7')]),
    src('strp01', 'Stripe', 'Not connected', [ghost('Connect', go(S.stripe), 64)]),
    src('qbo004', 'Accounting', 'QuickBooks Online, Xero or Sage Business Cloud Accounting', [ghost('Choose', go(S.connect), 65)]),
    row(ctx, 'Frame 66', { gap: 16 }, [link(ctx, '+ Add another source', { size: 14, color: VIOLET, on: go(S.connect) }), frame(ctx, 'Frame 67', { w: 'fill', h: 4 }, []), btn('Go to dashboard', go(S.dash))]),
  ]), 260, 96),
]);
const stripe = screen(ctx, S.stripe, 'stripe connect (mock)', X(5), Y(0), W, H, { fill: '#F6F9FC' }, [
  at(col(ctx, 'Frame 70', { w: 460, pad: 32, gap: 16, radius: 10, fill: '#FFFFFF' }, [
    logo(ctx, 'strp01', 40), t('Connect Boxly to your Stripe account', { size: 20, weight: 600, w: 'fill' }),
    row(ctx, 'Frame 71', { h: 44, pad: 12, radius: 6, stroke: '#E3E8EE' }, [t('Boxly Snacks Inc. · acct ••9F2Q', { size: 14 })]),
    groupBtn(ctx, 'Connect', 396, 40, { fill: '#635BFF', radius: 6, n: 72, vector: true, on: go(S.sources) }),
  ]), 410, 200),
]);

const nav = (s, active, dest) => row(ctx, s, { w: 'fill', h: 36, pad: 8, gap: 10, radius: 6, fill: active ? '#EDE9FE' : undefined, on: dest ? go(dest) : undefined }, [icon(ctx, 'Vector', 18), t(s, { size: 14, weight: active ? 600 : 500, color: active ? VIOLET : '#374151' })]);
const sidebar = (active) => at(col(ctx, 'Sidebar', { w: 220, h: H - 56, pad: 12, gap: 4, fill: '#FAFAFF', stroke: '#EDE9FE' }, [nav('Dashboard', active === 'Dashboard'), nav('Cohorts'), nav('Box plans'), nav('Sources', active === 'Sources', S.settings), nav('Settings')]), 0, 56);
const chart = (title, inner) => col(ctx, title, { w: 'fill', h: 300, pad: 18, gap: 12, radius: 12, stroke: '#E5E7EB' }, [t(title, { size: 15, weight: 600 }), ...inner]);
const dash = screen(ctx, S.dash, 'Dashboard', X(0), Y(1), W, H, {}, [
  at(top('Dashboard'), 0, 0), sidebar('Dashboard'),
  at(col(ctx, 'Main', { w: 1000, gap: 18 }, [
    row(ctx, 'KPIs', { gap: 16 }, [
      col(ctx, 'Frame 80', { w: 'fill', pad: 16, gap: 4, radius: 12, fill: '#F5F3FF' }, [t('MRR', { size: 12, color: '#6B7280' }), t('$84,210', { size: 26, weight: 700 })]),
      col(ctx, 'Frame 81', { w: 'fill', pad: 16, gap: 4, radius: 12, fill: '#F5F3FF' }, [t('Active subscribers', { size: 12, color: '#6B7280' }), t('2,318', { size: 26, weight: 700 })]),
      col(ctx, 'Frame 82', { w: 'fill', pad: 16, gap: 4, radius: 12, fill: '#F5F3FF' }, [t('Monthly churn', { size: 12, color: '#6B7280' }), t('—', { size: 26, weight: 700 })]),
    ]),
    row(ctx, 'Charts', { w: 'fill', gap: 16 }, [
      chart('Revenue by box plan', [rect(ctx, 'chart', 440, 200, { fill: '#EDE9FE', radius: 6 })]),
      chart('Churn by cohort', [
        vec(ctx, 'empty-illustration', 64, 64, { fill: '#E5E7EB' }),
        t('No subscription data yet', { size: 14, weight: 600 }),
        t('Connect Recharge to see which cohorts cancel and when.', { size: 13, color: '#6B7280', w: 'fill' }),
        ghost('Connect Recharge', go(S.sources), 83),
      ]),
    ]),
    chart('Gross margin per box', [t('Link QuickBooks Online, Xero or Sage to see margin after cost of goods.', { size: 13, color: '#6B7280', w: 'fill' }), link(ctx, 'Link accounting', { size: 13, color: VIOLET, on: go(S.connect) })]),
  ]), 250, 80),
]);
const trow = (ref, name, acct, first, last) => row(ctx, 'Row', { w: 'fill', h: 60, pad: 12, gap: 14, stroke: '#F3F4F6' }, [
  logo(ctx, ref, 28), col(ctx, 'Frame 90', { w: 'fill', gap: 2 }, [t(name, { size: 14, weight: 600 }), t(acct, { size: 12, color: '#6B7280' })]),
  t(first, { size: 13, color: '#4B5563', w: 170 }), t(last, { size: 13, color: '#4B5563', w: 150 }),
  row(ctx, 'Refresh', { w: 'hug', gap: 4 }, [icon(ctx, 'rotate-cw', 14, { color: VIOLET }), t('Refresh', { size: 13, color: VIOLET })]),
  link(ctx, 'Disconnect', { size: 13, color: '#B91C1C', on: overlay(S.revoke) }),
]);
const settings = screen(ctx, S.settings, 'Settings / Sources', X(1), Y(1), W, H, {}, [
  at(top('Settings › Sources'), 0, 0), sidebar('Sources'),
  at(col(ctx, 'Main', { w: 1000, gap: 12 }, [
    row(ctx, 'Frame 91', { gap: 12 }, [t('Sources', { size: 24, weight: 700, w: 'fill' }), btn('+ Add source', go(S.connect))]),
    row(ctx, 'Head', { w: 'fill', h: 28, pad: 12, gap: 14 }, [t('Source', { size: 12, weight: 600, color: '#6B7280', w: 'fill' }), t('First sync', { size: 12, weight: 600, color: '#6B7280', w: 170 }), t('Last sync', { size: 12, weight: 600, color: '#6B7280', w: 150 }), t(' ', { size: 12, w: 160 })]),
    trow('shpfy1', 'Shopify', 'boxly-snacks.myshopify.com · USD', 'Feb 24, 2026 · 8:41 PM', '12 min ago'),
    trow('strp01', 'Stripe', 'acct ••9F2Q · USD', 'Feb 24, 2026 · 9:02 PM', '12 min ago'),
    trow('rchg01', 'Recharge', 'boxly-snacks · 2,318 subscriptions', 'Feb 25, 2026 · 7:15 AM', '1 hr ago'),
  ]), 250, 80),
]);
const revoke = screen(ctx, S.revoke, 'Dialog / revoke', X(2), Y(1), 480, 260, { radius: 12 }, [
  at(col(ctx, 'Frame 100', { w: 480, pad: 28, gap: 14 }, [
    t('Revoke Boxly’s access to Stripe?', { size: 19, weight: 700 }),
    t('We’ll stop pulling payouts and delete the Stripe data we hold within 30 days.', { size: 14, color: '#4B5563', w: 'fill' }),
    row(ctx, 'Frame 101', { gap: 10 }, [ghost('Cancel', close(), 102), frameBtn(ctx, 'Revoke access', { h: 36, size: 14, fill: '#DC2626', radius: 8, n: 103, on: close() })]),
  ]), 0, 0),
]);
const email = screen(ctx, S.email, 'Email — welcome', X(3), Y(1), 600, 900, { fill: '#F5F3FF' }, [
  at(col(ctx, 'Frame 110', { w: 520, pad: 32, gap: 16, radius: 12, fill: '#FFFFFF' }, [
    t('Welcome to Boxly 📦', { size: 24, weight: 700, color: INK }),
    t('You’re three steps from your first cohort chart:', { size: 15 }),
    t('1.  Create your workspace ✓\n2.  Connect Shopify and Recharge (your churn charts fill themselves in)\n3.  Invite your team', { size: 15, color: '#374151', w: 'fill' }),
    btn('Connect your store', url('https://app.boxly.io/setup/stack'), { name: 'Btn' }),
    row(ctx, 'Frame 111', { gap: 4 }, [t('Take payments through Stripe?', { size: 14, color: '#4B5563' }), link(ctx, 'Add Stripe in one click', { size: 14, color: VIOLET, on: url('https://app.boxly.io/setup/stripe') })]),
    divider(ctx),
    t('Your trial ends March 10. Cancel anytime.\u00A0·\u00A0Unsubscribe', { size: 12, color: '#9CA3AF', w: 'fill' }),
  ]), 40, 40),
]);
const waitlist = screen(ctx, S.waitlist, 'Not on Shopify', X(4), Y(1), W, H, {}, [
  at(top('Setup'), 0, 0),
  at(col(ctx, 'Frame 120', { w: 520, gap: 16 }, [
    t('We’re Shopify-only for now', { size: 26, weight: 700 }),
    t('WooCommerce and BigCommerce are on the roadmap. Leave your email and we’ll tell you the day they land.', { size: 15, color: '#4B5563', w: 'fill' }),
    row(ctx, 'Input', { h: 44, pad: 12, radius: 8, stroke: '#D1D5DB' }, [t('you@brand.com', { size: 14, color: '#9CA3AF' })]),
    row(ctx, 'Frame 121', { gap: 12 }, [btn('Join the waitlist', undefined), ghost('Back', back(), 122)]),
  ]), 380, 200),
]);
const terms = screen(ctx, S.terms, 'Terms of Service', X(5), Y(1), W, H, {}, [
  at(col(ctx, 'Frame 130', { w: 760, gap: 14 }, [
    t('Terms of Service', { size: 28, weight: 700 }),
    t('Last updated January 5, 2026', { size: 13, color: '#6B7280' }),
    t('1. Your account\u2003You are responsible for activity under your workspace.\n2. Trials and billing\u2003Paid plans renew monthly; you can cancel anytime before renewal.\n3. Acceptable use\u2003Do not reverse engineer the service or resell reports.\n4. Liability\u2003The service is provided as is.', { size: 14, color: '#374151', w: 'fill' }),
  ]), 260, 80),
]);
const hiddenDraft = screen(ctx, ctx.id(), 'Connect — variant B (parked)', X(0), Y(2), W, H, { visible: false }, [
  at(col(ctx, 'Frame 140', { w: 600, gap: 12 }, [t('Trusted by 3,000 subscription brands', { size: 18, weight: 600 }), t('Questions? Call (415) 555-0199 or email help@boxly.io', { size: 14 })]), 64, 96),
]);
hiddenDraft.visible = false;

const flow = canvas(flowPage, 'Flow — activation', [
  section(ctx, 'Activation', [signup, connect, store, shopify, sources, stripe]),
  section(ctx, 'Product', [dash, settings, revoke, email, waitlist, terms]),
  hiddenDraft,
], { flows: [{ nodeId: S.signup, name: 'Trial → first data' }, { nodeId: S.email, name: 'Welcome email' }] });
const coverId = ctx.newPage(18);
const cover = canvas(coverId, 'Cover', [screen(ctx, ctx.id(), 'Cover', 0, 0, 1600, 900, { fill: INK }, [at(t('Boxly · activation', { size: 80, weight: 800, color: '#FFFFFF' }), 100, 380)])]);
const archId = ctx.newPage(25);
const archive = canvas(archId, 'Archive', [screen(ctx, ctx.id(), 'old onboarding checklist', 0, 0, W, H, {}, [
  at(col(ctx, 'Frame 1', { w: 600, gap: 12 }, [t('Getting started', { size: 24, weight: 700 }), t('☐ Sync Shopify\n☐ Sync Stripe\n☐ Invite teammates', { size: 15, w: 'fill' }), t('Need an NDA? Ask us.', { size: 14, visible: false })]), 80, 80),
])]);
ctx.doc.document.children = [cover, flow, comps, archive];
save(new URL(`../${NAME}.json`, import.meta.url).pathname, ctx.doc);

const present = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.powered-by', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const absent = ['funnel.social-proof', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.alternatives'];
saveTruth(new URL(`../${NAME}.truth.json`, import.meta.url).pathname, {
  file: `${NAME}.json`, kind: 'onboarding', writtenBy: WRITTEN_BY,
  description: 'Analytics for US subscription-box brands, desktop 1280x800. Trial sign-up leads straight to a two-column "Connect your stack" screen: value, data use, a coverage meter and a Shopify/other-platform branch on the left; search and sources grouped as revenue streams, payments and accounting on the right. Store address, Shopify install mock, a sources hub with syncing spinner, connected and waiting badges, a Stripe mock, a dashboard whose empty churn and margin charts ask for Recharge and accounting, a Sources settings table with refresh and disconnect, a revoke dialog, a welcome email, a Shopify-only waitlist and a Terms dead end.',
  present, absent,
  notes: {
    'funnel.three-actions': 'Trial sign-up → Connect your stack: one click.',
    'funnel.greeting-email': 'Welcome email with a 1-2-3 list where connecting is step 2, plus "Connect your store" and "Add Stripe" calls.',
    'value.contextual-ctas': 'Empty "Churn by cohort" and "Gross margin" charts carry Connect Recharge / Link accounting.',
    'funnel.social-proof': 'No testimonial or trusted-by copy in view; the "Trusted by 3,000" line sits in a hidden parked frame.',
    'privacy.support-contacts': 'No phone, email or contact form in the visible flow; the support line is only in the hidden parked frame.',
    'privacy.consent-action': 'The only checkbox opts into benchmark emails; there is no consent to share data before connecting.',
    'platform.explain-redirect': 'Store address → Shopify install with no word that the user goes to Shopify and comes back.',
    'platform.alternatives': 'Non-Shopify stores only get a waitlist; no file upload or other way in.',
    'privacy.mutual-nda': 'The NDA line is hidden on the archive page.',
  },
  flow: { startFrameId: S.signup, connectFrameId: S.connect, stepsToConnect: 1, deadEnds: [S.terms] },
});
console.log(NAME, countNodes(ctx.doc.document));

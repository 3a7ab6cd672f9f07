// d18: wholesale marketplace onboarding a brand, desktop 1280x800; store catalog import + QuickBooks Online invoices.
import { reseed, F, G, SEC, R, V, T, COMP, CSET, col, row, btnFrame, btnInst, btnGroup, link, checkRow, logo, screen, build } from './lib.mjs';

reseed(1818);
const W = 1280; const H = 800; const CX = 360; const CW = 720;
const ink = '#1D1B16'; const sub = '#6E6A60'; const acc = '#C2410C';
const steps = ['Your brand', 'Shipping', 'Payouts', 'Terms', 'Catalog', 'Go live'];
const side = (n) => F(null, [0, 0, 300, H], [
  T('crateful', [32, 28, 160, 28], { fs: 22, fw: 700, c: acc, ff: 'Fraunces' }),
  T(`Step ${n} of 6`, [32, 96, 200, 18], { fs: 13, c: sub }),
  R(null, [32, 122, 236, 4], { fill: '#E8E2D6', r: 2 }),
  R(null, [32, 122, (236 * n) / 6, 4], { fill: acc, r: 2 }),
  col(null, 32, 150, 236, 14, steps.map((s, i) => row(null, 0, 0, 22, 10, [
    F(null, [0, 0, 22, 22], [T(i + 1 < n ? '✓' : String(i + 1), [0, 3, 22, 16], { fs: 12, fw: 600, c: i + 1 <= n ? '#FFFFFF' : sub, align: 'CENTER' })], { r: 11, fill: i + 1 <= n ? acc : '#E8E2D6' }),
    T(s, [0, 2, 180, 18], { fs: 14, fw: i + 1 === n ? 600 : 400, c: i + 1 === n ? ink : sub }),
  ]))),
], { fill: '#FBF8F2' });
const field = (l, v = '') => F(null, [0, 0, 460, 64], [
  T(l, [0, 0, 400, 18], { fs: 13, fw: 500, c: ink }),
  F(null, [0, 24, 460, 40], [T(v || ' ', [12, 10, 420, 20], { fs: 14, c: ink })], { r: 6, stroke: '#D6D0C4', fill: '#FFFFFF' }),
]);
const stepPage = (key, name, i, n, title, parts, o = {}) => screen(key, name, i * (W + 120), 0, W, H, [
  side(n),
  col('Content', CX, 72, CW, o.gap ?? 20, [T(title, [0, 0, CW, 36], { fs: 28, fw: 700, c: ink, ff: 'Fraunces' }), ...parts]),
  ...(o.extra ?? []),
]);
const plat = (name, ref, by, go) => F(null, [0, 0, 168, 120], [
  logo([16, 16, 40, 40], ref),
  T(name, [16, 66, 140, 20], { fs: 15, fw: 600, c: ink }),
  T(by, [16, 88, 140, 18], { fs: 12, c: sub }),
], { r: 10, stroke: '#D6D0C4', fill: '#FFFFFF', go });
const nav = (active) => F(null, [0, 0, 240, H], [
  T('crateful', [24, 24, 160, 28], { fs: 22, fw: 700, c: acc, ff: 'Fraunces' }),
  col(null, 16, 80, 208, 4, ['Orders', 'Products', 'Retailers', 'Integrations', 'Payouts', 'Help'].map((l) => F(null, [0, 0, 208, 36], [
    T(l, [12, 9, 180, 18], { fs: 14, fw: l === active ? 600 : 400, c: l === active ? acc : ink }),
  ], { r: 6, fill: l === active ? '#FCEBDD' : undefined, go: { Orders: [{ to: 's_dash' }], Integrations: [{ to: 's_integ' }], Help: [{ to: 's_help' }] }[l] }))),
], { fill: '#FBF8F2' });

const flow = [
  SEC('Brand onboarding', [-60, -80, 7 * (W + 120) + 60, H + 160], [
    screen('s_signup', 'Apply', 0, 0, W, H, [
      R(null, [0, 0, 560, H], { fill: 'img:4be0aa19c7' }),
      col(null, 640, 140, 460, 16, [
        T('Sell to 40,000 independent shops', [0, 0, 460, 72], { fs: 32, fw: 700, c: ink, ff: 'Fraunces' }),
        field('Brand name'), field('Work email'), field('Password'),
        btnInst('Apply to sell', 'c_btn', [0, 0, 460, 48], { fill: ink, go: [{ to: 's_profile' }] }),
        F(null, [0, 0, 460, 96], [
          T('“We opened 140 new stockists in our first season — the catalog import did half the work.”', [16, 12, 428, 44], { fs: 14, c: ink }),
          T('— Priya Nair, founder, Juniper & Salt', [16, 64, 428, 18], { fs: 13, c: sub }),
        ], { r: 8, fill: '#FBF8F2' }),
      ]),
    ]),
    stepPage('s_profile', 'Brand profile', 1, 1, 'Tell retailers who you are', [
      field('Brand display name'), field('Website'), field('Year founded'), field('Headquarters'),
      btnInst('Continue', 'c_btn', [0, 0, 160, 44], { fill: ink, go: [{ to: 's_ship' }] }),
    ]),
    stepPage('s_ship', 'Shipping', 2, 2, 'Shipping & lead times', [
      field('Ships from (ZIP)'), field('Typical lead time', '3–5 business days'), field('Order minimum', '$150'),
      btnInst('Continue', 'c_btn', [0, 0, 160, 44], { fill: ink, go: [{ to: 's_pay' }] }),
    ]),
    stepPage('s_pay', 'Payouts', 3, 3, 'Where should we send payouts?', [
      field('Routing number'), field('Account number'),
      F(null, [0, 0, CW, 72], [
        T('Crateful Plus · $29/mo', [16, 12, 400, 20], { fs: 15, fw: 600, c: ink }),
        T('Lower commission on reorders. Cancel anytime.', [16, 38, 500, 18], { fs: 13, c: sub }),
      ], { r: 8, stroke: '#D6D0C4' }),
      btnInst('Continue', 'c_btn', [0, 0, 160, 44], { fill: ink, go: [{ to: 's_terms' }] }),
    ]),
    stepPage('s_terms', 'Terms', 4, 4, 'Terms of sale', [
      T('Retailers pay in 60 days; you are paid on shipment, minus a 15% first-order commission.', [0, 0, CW, 44], { fs: 15, c: sub }),
      checkRow('I agree to the Crateful Wholesale Terms of Sale', [0, 0, 460, 24], { inst: 'c_check' }),
      link('How commission works', [0, 0, 200, 20], { go: [{ to: 's_fees' }] }),
      btnInst('Accept & continue', 'c_btn', [0, 0, 200, 44], { fill: ink, go: [{ to: 's_catalog' }] }),
    ]),
    stepPage('s_catalog', 'Catalog', 5, 5, 'Bring in your catalog', [
      row(null, 0, 0, 470, 24, [
        col(null, 0, 0, 300, 12, [
          T('Connect the store you already run and we copy it over.', [0, 0, 300, 44], { fs: 15, c: ink }),
          T('•  No retyping: products, variants, photos and stock arrive in minutes\n•  We only read your catalog and inventory; paid wholesale orders go to QuickBooks Online as invoices\n•  Pick your platform on the right to start', [0, 0, 300, 150], { fs: 14, c: sub }),
          link('Want to know more? Catalog import FAQ', [0, 0, 300, 20], { u: true, go: [{ to: 's_help' }] }),
        ]),
        col(null, 0, 0, 396, 12, [
          T('Where you sell', [0, 0, 396, 22], { fs: 16, fw: 600, c: ink }),
          row(null, 0, 0, 120, 12, [
            plat('Shopify', 'shp1', 'shopify.com', [{ to: 's_redirect', nav: 'OVERLAY' }]),
            plat('BigCommerce', 'bgc2', 'bigcommerce.com', [{ to: 's_redirect', nav: 'OVERLAY' }]),
          ]),
          plat('WooCommerce', 'woo3', 'woocommerce.com', [{ to: 's_redirect', nav: 'OVERLAY' }]),
          T('Where you invoice', [0, 0, 396, 22], { fs: 16, fw: 600, c: ink }),
          plat('QuickBooks Online', 'qbo4', 'Intuit', [{ to: 's_redirect', nav: 'OVERLAY' }]),
        ]),
      ]),
      row(null, 0, 0, 24, 24, [
        link('Upload a CSV instead', [0, 2, 160, 20], { go: [{ to: 's_csv' }] }),
        link('Add products by hand', [0, 2, 160, 20], { c: sub }),
        link('Save & finish later', [0, 2, 150, 20], { c: sub, go: [{ to: 's_dash' }] }),
        link('Invite a teammate', [0, 2, 140, 20], { c: sub }),
      ]),
    ], { gap: 16 }),
    screen('s_redirect', 'Modal / Shopify', 6 * (W + 120), 0, W, H, [
      R(null, [0, 0, W, H], { fill: '#1D1B16' }),
      F(null, [390, 200, 500, 360], [
        G(null, [32, 32, 300, 40], [logo([0, 0, 40, 40], 'shp1'), T('Shopify', [52, 8, 200, 24], { fs: 20, fw: 600, c: ink })]),
        T('Shopify opens in a new tab. Sign in, approve the Crateful app, and you’ll come straight back here.', [32, 96, 436, 48], { fs: 15, c: ink }),
        T('We read: products, variants, images, inventory levels.\nWe never change prices or stock in your store.', [32, 156, 436, 44], { fs: 13, c: sub }),
        T('Connection is encrypted end to end.', [32, 214, 436, 18], { fs: 13, c: sub }),
        T('You can disconnect at any time from Integrations.', [32, 232, 436, 14], { fs: 11, c: sub, hidden: true }),
        link('Step-by-step: connecting Shopify', [32, 246, 300, 20], { u: true, go: [{ to: 's_help' }] }),
        btnGroup('Open Shopify', [32, 290, 200, 44], { fill: ink, r: 8, go: [{ to: 's_importing' }] }),
        T('Cancel', [256, 302, 80, 20], { fs: 14, c: sub, go: [{ close: 1 }] }),
      ], { fill: '#FFFFFF', r: 14 }),
    ], { fill: '#00000000' }),
  ]),
  SEC('After connect', [-60, H + 240, 6 * (W + 120) + 60, H + 160], [
    screen('s_importing', 'Importing', 0, 0, W, H, [
      side(5),
      col(null, CX, 200, 560, 16, [
        T('Importing 212 of 480 products…', [0, 0, 560, 32], { fs: 24, fw: 700, c: ink }),
        R(null, [0, 0, 560, 8], { fill: '#E8E2D6', r: 4 }),
        T('You can leave this page; we’ll email you when it’s done.', [0, 0, 560, 20], { fs: 14, c: sub, legacy: 's_integ' }),
      ]),
    ]),
    screen('s_integ', 'Integrations', 1 * (W + 120), 0, W, H, [
      nav('Integrations'),
      col(null, 280, 48, 940, 16, [
        row(null, 0, 0, 40, 16, [
          T('Integrations', [0, 4, 580, 32], { fs: 26, fw: 700, c: ink }),
          btnFrame('Add another store', [0, 0, 180, 40], { fill: ink, fs: 14, go: [{ to: 's_catalog' }] }),
          btnFrame('Re-import now', [0, 0, 140, 40], { fill: '#FFFFFF', tc: ink, stroke: '#D6D0C4', fs: 14 }),
        ]),
        F('Table', [0, 0, 940, 200], [
          row(null, 0, 0, 40, 0, ['Source', 'Used for', 'Products', 'Last import', 'Status', ''].map((h2) => T(h2, [0, 12, 156, 18], { fs: 12, fw: 600, c: sub })), { fill: '#FBF8F2', w: 940 }),
          ...[['Shopify · juniperandsalt.myshopify.com', 'Catalog', '480', 'Today 10:42 AM', 'Connected ✓'], ['QuickBooks Online', 'Invoices', '—', '—', 'Awaiting approval']].map((r2, ri) => row(null, 0, 40 + ri * 60, 60, 0, [
            ...r2.map((c2, ci) => (ci === 4 ? F(null, [0, 18, 130, 24], [T(c2, [10, 4, 110, 16], { fs: 12, fw: 600, c: ri ? '#92400E' : '#166534' })], { r: 12, fill: ri ? '#FEF3C7' : '#DCFCE7' }) : T(c2, [0, 20, ci ? 156 : 176, 20], { fs: 14, c: ink }))),
            T('⋯', [0, 18, 30, 24], { fs: 18, c: sub, go: ri ? undefined : [{ to: 's_disc', nav: 'OVERLAY' }] }),
          ], { w: 940 })),
        ], { r: 10, stroke: '#E8E2D6' }),
      ]),
    ]),
    screen('s_disc', 'Menu / disconnect', 2 * (W + 120), 0, W, H, [
      F(null, [900, 180, 240, 150], [
        T('View import log', [16, 16, 200, 20], { fs: 14, c: ink }),
        T('Pause syncing', [16, 52, 200, 20], { fs: 14, c: ink }),
        T('Disconnect Shopify', [16, 88, 200, 20], { fs: 14, fw: 600, c: '#B91C1C', go: [{ to: 's_integ' }] }),
      ], { r: 8, fill: '#FFFFFF', stroke: '#E8E2D6' }),
    ], { fill: '#00000000' }),
    stepPage('s_csv', 'CSV upload', 3, 5, 'Upload your catalog', [
      F(null, [0, 0, CW, 220], [
        V('Vector', [340, 60, 40, 40], { stroke: sub }),
        T('Drop a .csv or .xlsx here, or browse', [180, 120, 360, 20], { fs: 15, c: ink, align: 'CENTER' }),
        link('Download our template', [280, 156, 160, 20], { u: true }),
      ], { r: 12, stroke: '#D6D0C4', fill: '#FBF8F2' }),
      btnInst('Upload', 'c_btn', [0, 0, 160, 44], { fill: ink, go: [{ to: 's_dash' }] }),
    ]),
    screen('s_dash', 'Orders', 4 * (W + 120), 0, W, H, [
      nav('Orders'),
      col(null, 280, 48, 940, 14, [
        T('Orders', [0, 0, 400, 32], { fs: 26, fw: 700, c: ink }),
        ...[['#W-10482', 'LinkLane Goods · Portland, OR', '$412.00', 'To ship'], ['#W-10479', 'Fern & Field Market', '$186.50', 'Shipped']].map((r2) => row(null, 0, 0, 52, 0, r2.map((c2) => T(c2, [0, 16, 235, 20], { fs: 14, c: ink })), { stroke: '#E8E2D6', w: 940 })),
      ]),
    ]),
    screen('s_help', 'Help', 5 * (W + 120), 0, W, H, [
      nav('Help'),
      col(null, 280, 48, 700, 16, [
        T('Brand support', [0, 0, 700, 32], { fs: 26, fw: 700, c: ink }),
        T('Catalog import FAQ', [0, 0, 700, 22], { fs: 18, fw: 600, c: ink }),
        T('Which fields come across from Shopify, BigCommerce and WooCommerce?\nWhat happens to products I edit on Crateful?\nHow do invoices reach QuickBooks Online?', [0, 0, 700, 72], { fs: 14, c: sub }),
        link('Guide: connecting your store, step by step', [0, 0, 400, 20], { u: true }),
        T('Still stuck? brands@crateful.co · Chat with us (weekdays 9–6 ET)', [0, 0, 700, 20], { fs: 14, c: ink }),
        link('Back to catalog setup', [0, 0, 300, 20], { go: [{ to: 's_catalog' }] }),
      ]),
    ]),
  ]),
  stepPage('s_fees', 'Commission', 0, 4, 'How commission works', [
    T('15% on a retailer’s first order, 5% on reorders. Reorders through your own referral link: 0%.', [0, 0, CW, 44], { fs: 15, c: sub }),
  ], { extra: [] }),
];
flow[flow.length - 1].b[1] = 2 * (H + 240) + 40;

const emails = [F('Email / Welcome', [0, 0, 640, 900], [
  col(null, 40, 40, 560, 18, [
    T('crateful', [0, 0, 160, 28], { fs: 22, fw: 700, c: acc, ff: 'Fraunces' }),
    T('You’re in, Juniper & Salt 🎉', [0, 0, 560, 36], { fs: 26, fw: 700, c: ink }),
    T('Three things and you’re live for 40,000 shops:\n1  Finish your brand profile\n2  Bring in your catalog from Shopify, BigCommerce or WooCommerce — it’s what gets you in front of buyers\n3  Set your wholesale prices', [0, 0, 560, 130], { fs: 15, c: ink }),
    btnFrame('Import my catalog', [0, 0, 220, 48], { fill: acc }),
    T('Questions? Reply to this email.', [0, 0, 560, 20], { fs: 13, c: sub }),
  ]),
], { fill: '#FFFFFF' })];

const comps = [
  CSET('Comp / Action / Large', [0, 0, 460, 120], [
    COMP('State=Rest', [20, 20, 200, 44], [T('Action', [16, 12, 168, 20], { fs: 15, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_btn', fill: ink, r: 6, go: [{ to: 'c_btn_h', nav: 'CHANGE_TO', hover: 1 }] }),
    COMP('State=Hover', [240, 20, 200, 44], [T('Action', [16, 12, 168, 20], { fs: 15, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_btn_h', fill: acc, r: 6 }),
  ]),
  COMP('Checkbox', [0, 160, 20, 20], [R(null, [0, 0, 20, 20], { stroke: sub, r: 4 })], { key: 'c_check' }),
];

const r = build('d18-wholesale-marketplace-desktop', {
  name: 'Crateful — Brand onboarding (web)', lastModified: '2026-10-30T09:15:40Z', font: 'Inter',
  pages: [
    { name: 'Cover', prefix: 0, kids: [F('Thumbnail', [0, 0, 1920, 960], [T('Brand onboarding', [120, 120, 1200, 90], { fs: 72, fw: 700 })], { fill: '#FBF8F2' })] },
    { name: 'Web flow', prefix: 5, kids: flow, starts: [['s_signup', 'Brand sign-up']] },
    { name: '✉️ Emails', prefix: 22, kids: emails },
    { name: 'Components', prefix: 27, kids: comps },
  ],
}, {
  kind: 'onboarding', flowPage: 1,
  description: 'Wholesale marketplace onboarding a consumer brand on desktop: five setup steps, then a catalog step where the brand connects Shopify, BigCommerce or WooCommerce (catalog import) and QuickBooks Online (invoices), an import progress screen, an integrations table and help.',
  connectCandidates: ['s_catalog', 's_redirect', 's_integ'],
  present: ['funnel.greeting-email', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.three-actions', 'funnel.prefill', 'value.contextual-ctas', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.search'],
  notes: {
    'funnel.greeting-email': 'Welcome email on the Emails page: numbered 1–3 list with catalog import as step 2 and an "Import my catalog" button.',
    'funnel.three-actions': 'Apply → profile → shipping → payouts → terms → catalog: five steps before the first connect prompt.',
    'funnel.social-proof': 'Founder testimonial on the apply screen.',
    'value.three-part': 'Three bullets beside the platform cards: what you get (no retyping), how data is used (catalog and inventory read, paid orders to QuickBooks Online as invoices), what to do (pick your platform).',
    'value.faq-link': '"Want to know more? Catalog import FAQ" under the bullets.',
    'value.progress-meter': '"Step 5 of 6" with a progress bar and stepper.',
    'privacy.data-scope': 'Data read from the store and invoices sent to QuickBooks Online; the modal lists the records read and says prices/stock are never changed.',
    'privacy.consent-action': 'The only checkbox accepts the wholesale terms of sale, two steps earlier; the connect modal has no consent control.',
    'privacy.connection-guide': '"Step-by-step: connecting Shopify" and "Guide: connecting your store" links.',
    'privacy.support-contacts': 'Support email plus chat on the help screen.',
    'platform.grouped-categories': '"Where you sell" and "Where you invoice" headings.',
    'platform.alternatives': '"Upload a CSV instead" and "Add products by hand".',
    'platform.non-linear': '"Save & finish later" and "Invite a teammate".',
    'platform.multiple-connections': 'Integrations table with "Connected ✓" and "Awaiting approval" pills and "Add another store".',
    'connection.view-live': 'Table with source, use, product count, last import time and status.',
    'connection.delete': '"Disconnect Shopify" in the row menu.',
    'connection.refresh': '"Re-import now".',
    'connection.syncing-indicator': '"Importing 212 of 480 products…" with a bar.',
    'value.contextual-ctas': 'The Orders and other app screens carry no connect prompt; "LinkLane Goods" is a retailer name.',
    'platform.search': 'Four platforms, no search field.',
  },
});
console.log(JSON.stringify(r));

// d20: shipping insurance for online stores, desktop 1440; one-screen sign-up + connect with a modal picker.
import { reseed, F, G, SEC, R, V, E, T, COMP, CSET, col, row, btnFrame, btnInst, btnGroup, link, search, logo, screen, build } from './lib.mjs';

reseed(2020);
const W = 1440; const H = 900;
const ink = '#101828'; const sub = '#667085'; const blue = '#2E5BFF';
const sidebar = (active) => F(null, [0, 0, 232, H], [
  G(null, [24, 24, 150, 28], [V('Vector', [0, 2, 24, 24], { fill: blue }), T('Harbor', [32, 2, 110, 24], { fs: 20, fw: 700, c: ink })]),
  col(null, 12, 84, 208, 2, ['Overview', 'Claims', 'Stores', 'Billing', 'Settings'].map((l) => F(null, [0, 0, 208, 40], [
    V('Vector', [12, 12, 16, 16], { stroke: l === active ? blue : sub }),
    T(l, [40, 11, 150, 18], { fs: 14, fw: l === active ? 600 : 500, c: l === active ? blue : '#344054' }),
  ], { r: 6, fill: l === active ? '#EEF2FF' : undefined, go: { Overview: [{ to: 's_dash' }], Claims: [{ to: 's_claim' }], Stores: [{ to: 's_stores' }], Settings: [{ to: 's_settings' }] }[l] }))),
], { fill: '#F9FAFB', stroke: '#EAECF0' });
const app = (key, name, x, y, active, kids) => screen(key, name, x * (W + 160) + 40, y, W, H, [sidebar(active), ...kids]);
const tile = (emoji, head, body) => F(null, [0, 0, 200, 190], [
  F(null, [20, 20, 40, 40], [T(emoji, [8, 8, 24, 24], { fs: 20 })], { r: 20, fill: '#EEF2FF' }),
  T(head, [20, 76, 160, 44], { fs: 16, fw: 600, c: ink }),
  T(body, [20, 124, 160, 56], { fs: 13, c: sub }),
], { r: 12, stroke: '#EAECF0', fill: '#FFFFFF' });
const platCard = (name, ref, site) => F(null, [0, 0, 170, 120], [
  logo([16, 16, 36, 36], ref), T(name, [16, 62, 150, 20], { fs: 14, fw: 600, c: ink }), T(site, [16, 86, 150, 16], { fs: 12, c: sub }),
], { r: 10, stroke: '#EAECF0', go: [{ to: 's_approve' }] });
const pillStore = (name, domain, state, tone) => F(null, [0, 0, 920, 72], [
  logo([16, 18, 36, 36], name.slice(0, 4).toLowerCase() + 'L'),
  T(name, [68, 16, 400, 20], { fs: 15, fw: 600, c: ink }), T(domain, [68, 40, 400, 18], { fs: 13, c: sub }),
  F(null, [560, 24, 220, 26], [T(state, [10, 5, 200, 16], { fs: 12, fw: 600, c: tone[0] })], { r: 13, fill: tone[1] }),
  T('Disconnect', [820, 26, 84, 20], { fs: 14, fw: 600, c: '#B42318', go: [{ to: 's_remove', nav: 'OVERLAY' }] }),
], { r: 12, stroke: '#EAECF0' });

const flow = [
  screen('s_start', 'Sign up + connect', 0, 0, W, H, [
    F(null, [0, 0, 560, H], [
      G(null, [64, 48, 150, 28], [V('Vector', [0, 2, 24, 24], { fill: blue }), T('Harbor', [32, 2, 110, 24], { fs: 20, fw: 700, c: ink })]),
      col(null, 64, 180, 400, 16, [
        T('Create your account', [0, 0, 400, 36], { fs: 28, fw: 700, c: ink }),
        ...['Work email', 'Store name', 'Password'].map((l) => F(null, [0, 0, 400, 44], [T(l, [14, 12, 360, 20], { fs: 15, c: '#98A2B3' })], { r: 8, stroke: '#D0D5DD' })),
        T('Already insured with us? Log in', [0, 0, 400, 20], { fs: 14, c: sub }),
      ]),
    ], { fill: '#FFFFFF' }),
    F(null, [560, 0, 880, H], [
      col(null, 80, 140, 720, 28, [
        T('Lost, stolen or smashed in transit — we pay, you reship', [0, 0, 720, 80], { fs: 32, fw: 700, c: ink }),
        row(null, 0, 0, 190, 20, [
          tile('🛡️', 'Every parcel covered', 'Claims paid in 2 days, not 2 months.'),
          tile('📦', 'We watch your tracking', 'Order and tracking events tell us when a parcel goes missing.'),
          tile('🔌', 'Plug in your store', 'Connect below and cover starts with your next order.'),
        ]),
        row(null, 0, 0, 52, 20, [
          btnInst('Connect your store', 'c_btn', [0, 0, 240, 52], { fill: blue, go: [{ to: 's_modal', nav: 'OVERLAY' }] }),
          link('How does it work?', [0, 16, 160, 20], { u: true, go: [{ to: 's_faq' }] }),
        ]),
        link('No store platform? Enter your volumes by hand', [0, 0, 400, 20], { c: sub, go: [{ to: 's_manual' }] }),
      ]),
    ], { fill: '#F5F7FF' }),
  ]),
  screen('s_modal', 'Modal — platforms', 1 * (W + 160), 0, W, H, [
    R(null, [0, 0, W, H], { fill: '#101828' }),
    F(null, [400, 120, 640, 620], [
      T('Where do you sell?', [32, 28, 400, 28], { fs: 22, fw: 700, c: ink }),
      V('Vector', [592, 32, 16, 16], { stroke: sub, go: [{ close: 1 }] }),
      search('Search 30+ store platforms', [32, 72, 576, 44]),
      col(null, 32, 136, 576, 16, [
        row(null, 0, 0, 120, 33, [platCard('Shopify', 'shopL', 'shopify.com'), platCard('BigCommerce', 'bigcL', 'bigcommerce.com'), platCard('WooCommerce', 'woocL', 'woocommerce.com')]),
        row(null, 0, 0, 120, 33, [platCard('Wix eCommerce', 'wixeL', 'wix.com'), platCard('Squarespace Commerce', 'sqspL', 'squarespace.com'), platCard('Adobe Commerce (Magento)', 'adobL', 'business.adobe.com')]),
      ]),
      T('Next you’ll approve Harbor inside your store’s admin, then you’re sent right back here.', [32, 420, 576, 40], { fs: 13, c: sub }),
      T('🔒 Securely connected. We never share your order data with third parties.', [32, 468, 576, 20], { fs: 13, c: sub, hidden: true }),
    ], { r: 16, fill: '#FFFFFF' }),
  ], { fill: '#00000000' }),
  screen('s_approve', 'Approving', 2 * (W + 160), 0, W, H, [
    col(null, 470, 300, 500, 20, [
      E(null, [226, 0, 48, 48], { stroke: blue }),
      T('Waiting for Shopify…', [0, 0, 500, 32], { fs: 24, fw: 700, c: ink, align: 'CENTER' }),
      T('Approve the Harbor app in the Shopify tab, then come back.', [0, 0, 500, 20], { fs: 15, c: sub, align: 'CENTER' }),
      btnGroup('I’ve approved it', [150, 0, 200, 44], { fill: blue, r: 8, go: [{ to: 's_plan' }] }),
    ]),
  ]),
  screen('s_manual', 'Manual volumes', 3 * (W + 160), 0, W, H, [
    col(null, 470, 160, 500, 18, [
      T('Tell us roughly what you ship', [0, 0, 500, 32], { fs: 24, fw: 700, c: ink }),
      ...['Orders per month', 'Average order value (USD)', 'Main carrier'].map((l) => F(null, [0, 0, 500, 44], [T(l, [14, 12, 460, 20], { fs: 15, c: '#98A2B3' })], { r: 8, stroke: '#D0D5DD' })),
      btnFrame('See my price', [0, 0, 180, 44], { fill: blue, go: [{ to: 's_plan' }] }),
    ]),
  ]),
  screen('s_plan', 'Plan', 4 * (W + 160), 0, W, H, [
    col(null, 420, 140, 600, 18, [
      T('Auto-cover every order', [0, 0, 600, 36], { fs: 28, fw: 700, c: ink }),
      T('1.2% of order value · billed monthly · cancel anytime', [0, 0, 600, 20], { fs: 15, c: sub }),
      F(null, [0, 0, 600, 120], [T('Estimated: $318/mo on ~2,650 orders', [24, 24, 540, 24], { fs: 18, fw: 600, c: ink }), T('Covers loss, theft and damage up to $5,000 per parcel.', [24, 60, 540, 20], { fs: 14, c: sub })], { r: 12, stroke: '#EAECF0' }),
      btnInst('Start coverage', 'c_btn', [0, 0, 200, 48], { fill: blue, go: [{ to: 's_dash' }] }),
    ]),
  ]),
  SEC('App', [-40, H + 100, 5 * (W + 160) + 40, H + 140], [
    app('s_dash', 'Overview', 0, 60, 'Overview', [
      col(null, 272, 40, 1128, 20, [
        T('Overview', [0, 0, 600, 32], { fs: 26, fw: 700, c: ink }),
        row(null, 0, 0, 110, 20, ['Orders covered|2,641', 'Open claims|3', 'Paid this month|$1,204.88'].map((s) => F(null, [0, 0, 362, 110], [T(s.split('|')[0], [20, 20, 300, 18], { fs: 14, c: sub }), T(s.split('|')[1], [20, 48, 300, 36], { fs: 28, fw: 700, c: ink })], { r: 12, stroke: '#EAECF0' }))),
        F(null, [0, 0, 1128, 96], [
          T('File claims without lifting a finger', [24, 20, 700, 22], { fs: 17, fw: 600, c: ink }),
          T('Manual stores send us claims by hand. Connect your store and we spot stuck parcels from tracking and open the claim for you.', [24, 48, 760, 40], { fs: 14, c: sub }),
          btnFrame('Connect store', [920, 26, 180, 44], { fill: blue, go: [{ to: 's_modal', nav: 'OVERLAY' }] }),
        ], { r: 12, fill: '#EEF2FF' }),
        R(null, [0, 0, 1128, 260], { fill: '#F9FAFB', r: 12, name: 'Chart' }),
      ]),
    ]),
    app('s_stores', 'Stores', 1, 60, 'Stores', [
      col(null, 272, 40, 920, 16, [
        row(null, 0, 0, 44, 16, [T('Connected stores', [0, 6, 700, 32], { fs: 26, fw: 700, c: ink }), btnFrame('+ Add another store', [0, 0, 204, 44], { fill: blue, fs: 14, go: [{ to: 's_modal', nav: 'OVERLAY' }] })]),
        pillStore('Shopify', 'northloop-outdoors.myshopify.com', '● Live · synced 2 min ago', ['#067647', '#ECFDF3']),
        pillStore('WooCommerce', 'shop.northloop.co', '⟳ Syncing orders…', ['#175CD3', '#EFF8FF']),
        pillStore('BigCommerce', 'northloop-wholesale.mybigcommerce.com', 'Pending approval', ['#B54708', '#FFFAEB']),
      ]),
    ]),
    screen('s_remove', 'Confirm disconnect', 2 * (W + 160) + 40, 60, W, H, [
      F(null, [520, 330, 400, 200], [
        T('Disconnect WooCommerce?', [24, 24, 352, 24], { fs: 18, fw: 700, c: ink }),
        T('New orders from this store won’t be covered.', [24, 60, 352, 20], { fs: 14, c: sub }),
        btnFrame('Disconnect', [216, 132, 160, 44], { fill: '#D92D20', go: [{ to: 's_stores' }] }),
        T('Cancel', [130, 144, 70, 20], { fs: 14, fw: 600, c: sub, go: [{ close: 1 }] }),
      ], { r: 12, fill: '#FFFFFF' }),
    ], { fill: '#00000000' }),
    app('s_claim', 'Claims', 3, 60, 'Claims', [
      col(null, 272, 40, 1000, 14, [
        T('Claims', [0, 0, 600, 32], { fs: 26, fw: 700, c: ink }),
        ...[['#4471', 'UPS 1Z…93A', 'Lost', '$86.00'], ['#4398', 'USPS 9400…221', 'Damaged', '$42.50']].map((r2) => row(null, 0, 0, 48, 0, r2.map((c2) => T(c2, [0, 14, 250, 20], { fs: 14, c: ink })), { stroke: '#EAECF0', w: 1000 })),
        btnFrame('File a claim', [0, 0, 160, 44], { fill: blue }),
      ]),
    ]),
    app('s_settings', 'Settings', 4, 60, 'Settings', [
      col(null, 272, 40, 700, 18, [
        T('Settings', [0, 0, 600, 32], { fs: 26, fw: 700, c: ink }),
        ...['Company details', 'Team members', 'Notify me on Slack when a claim is paid'].map((t) => T(t, [0, 0, 700, 20], { fs: 15, c: '#344054' })),
        T('Delete account', [0, 0, 700, 20], { fs: 15, fw: 600, c: '#B42318' }),
      ]),
    ]),
  ]),
  screen('s_faq', 'How it works', 5 * (W + 160), 0, W, H, [
    col(null, 360, 100, 720, 20, [
      T('How Harbor works', [0, 0, 720, 36], { fs: 28, fw: 700, c: ink }),
      T('Which stores can I connect?\nWhat does it cost?\nHow fast are claims paid?', [0, 0, 720, 72], { fs: 16, c: ink }),
      link('← Back to sign-up', [0, 0, 200, 20], { go: [{ to: 's_start' }] }),
    ]),
  ]),
];

const comps = [CSET('Btn', [0, 0, 560, 120], [
  COMP('Property 1=Default', [20, 20, 240, 52], [T('Button', [16, 16, 208, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_btn', fill: blue, r: 8, go: [{ to: 'c_btn_h', nav: 'CHANGE_TO', hover: 1 }] }),
  COMP('Property 1=Hover', [300, 20, 240, 52], [T('Button', [16, 16, 208, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_btn_h', fill: '#1D3FCC', r: 8 }),
])];

const r = build('d20-ecommerce-insurance-desktop', {
  name: 'Harbor — web onboarding', lastModified: '2026-11-12T22:31:05Z', font: 'Inter',
  pages: [
    { name: 'Flow 🖥', prefix: 1, kids: flow, startProp: 's_start' },
    { name: 'Components', prefix: 4, kids: comps },
    { name: '🗄 Archive', prefix: 8, kids: [F('v0 landing', [0, 0, W, H], [T('Ship worry-free', [100, 100, 800, 60], { fs: 48, fw: 700 }), T('Skip', [1300, 40, 60, 20], { fs: 14 })], { fill: '#FFFFFF' })] },
  ],
}, {
  kind: 'onboarding', flowPage: 0,
  description: 'Shipping insurance for online stores on desktop: sign-up and the store connection share one screen, with a modal platform picker, an approval wait, a manual-volumes route, a plan screen, an overview with a connect prompt, and a connected-stores list with status pills. The page uses prototypeStartNodeID.',
  connectCandidates: ['s_start', 's_modal', 's_dash', 's_stores'],
  present: ['funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'platform.explain-redirect', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.social-proof', 'funnel.prefill', 'value.progress-meter', 'privacy.trust-language', 'privacy.consent-action',
    'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.non-linear', 'connection.refresh'],
  notes: {
    'funnel.three-actions': 'The start screen itself carries "Connect your store": zero steps.',
    'value.three-part': 'Three icon tiles: claims paid fast (value), order and tracking events used to spot missing parcels (use of data), "Plug in your store… connect below" (next step) above one main button.',
    'value.contextual-ctas': 'Overview carries a "Connect store" prompt tied to automatic claim filing.',
    'value.faq-link': '"How does it work?" beside the main button.',
    'platform.explain-redirect': 'Modal: approve Harbor inside the store admin, then sent back.',
    'platform.accurate-branding': 'Logos with full names and sites: Wix eCommerce, Squarespace Commerce, Adobe Commerce (Magento).',
    'platform.search': '"Search 30+ store platforms" field in the modal.',
    'platform.alternatives': '"No store platform? Enter your volumes by hand".',
    'platform.multiple-connections': 'Connected stores list with "+ Add another store" and a "Pending approval" pill.',
    'connection.view-live': 'Status pills "● Live · synced 2 min ago" with store domains.',
    'connection.syncing-indicator': '"⟳ Syncing orders…" pill.',
    'connection.delete': '"Disconnect" per store with a confirmation.',
    'connection.refresh': 'No sync-now or refresh control.',
    'privacy.consent-action': 'No checkbox or consent wording before connecting.',
    'privacy.support-contacts': 'No phone, email or chat anywhere.',
    'platform.non-linear': 'No skip, save or share on the connect path; "Skip" appears only on an archived landing page.',
    'funnel.social-proof': 'No testimonial or rating.',
  },
});
console.log(JSON.stringify(r));

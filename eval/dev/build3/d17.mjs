// d17: fuel cards for small fleets, Android 412x915, US; links accounting + bank.
import { reseed, F, G, SEC, R, V, E, T, COMP, CSET, col, row, btnFrame, btnInst, btnGroup, link, checkRow, search, logo, statusBar, screen, build } from './lib.mjs';

reseed(1717);
const W = 412; const H = 915; const CW = 364;
const ink = '#15202B'; const sub = '#5B6673'; const brand = '#0B7A4B';
const appBar = (title, backTo) => F(null, [0, 28, W, 56], [
  V('Vector', [16, 16, 24, 24], { stroke: ink, go: backTo ? [{ back: 1 }] : undefined }),
  T(title, [60, 16, 300, 24], { fs: 20, fw: 500, c: ink }),
], { layout: 'HORIZONTAL', fill: '#FFFFFF' });
const page = (key, name, i, title, parts, o = {}) => screen(key, name, i * (W + 80), 0, W, H, [
  statusBar(W, '8:12'),
  appBar(title, o.back),
  col(null, 24, 100, CW, o.gap ?? 16, parts),
  ...(o.extra ?? []),
]);
const bottomNav = (active) => row(null, 0, H - 72, 72, 0, ['Home', 'Cards', 'Spend', 'Help'].map((l, i) => F(null, [0, 0, W / 4, 72], [
  V('Vector', [W / 8 - 12, 12, 24, 24], { fill: l === active ? brand : sub }),
  T(l, [0, 42, W / 4, 16], { fs: 12, fw: l === active ? 600 : 400, c: l === active ? brand : sub, align: 'CENTER' }),
], { go: [{ to: ['s_home', 'cards', 's_spend', 's_help'][i] === 'cards' ? 's_home' : ['s_home', 'cards', 's_spend', 's_help'][i] }] })), { fill: '#FFFFFF', stroke: '#E3E6EA', w: W });
const tile = (name, ref, sub2, go) => F(null, [0, 0, CW, 64], [
  logo([12, 12, 40, 40], ref),
  T(name, [64, 12, 240, 20], { fs: 16, fw: 500, c: ink }),
  T(sub2, [64, 34, 240, 18], { fs: 13, c: sub }),
  V('Vector', [CW - 28, 24, 16, 16], { stroke: sub }),
], { r: 12, stroke: '#E3E6EA', layout: 'HORIZONTAL', go });

const flow = [
  screen('s_intro', 'Intro 2/3', 0, -1100, W, H, [
    statusBar(W),
    R(null, [0, 28, W, 460], { fill: 'img:7f3e1c0a9b2d44e1' }),
    T('Save up to 7¢/gal at 14,000+ stations', [24, 520, CW, 68], { fs: 26, fw: 700, c: ink }),
    T('One card per driver. Limits by day, vehicle and fuel grade.', [24, 596, CW, 44], { fs: 15, c: sub }),
    T('Skip', [24, 840, 60, 22], { fs: 15, fw: 600, c: brand, go: [{ to: 's_signup' }] }),
    btnFrame('Next', [292, 828, 96, 44], { fill: brand, r: 22 }),
  ]),
  SEC('Onboarding v3', [-40, -60, 8 * (W + 80) + 40, H + 120], [
    page('s_signup', 'Sign up', 0.08, 'Create account', [
      T('Fuel cards for your crew, in about 5 minutes', [0, 0, CW, 60], { fs: 22, fw: 700, c: ink }),
      ...['Work email', 'Mobile number', 'Password'].map((l) => F(null, [0, 0, CW, 56], [T(l, [16, 18, 300, 20], { fs: 15, c: '#8A94A0' })], { r: 4, stroke: '#8A94A0' })),
      btnInst('Continue', 'c_btn', [0, 0, CW, 48], { fill: brand, go: [{ to: 's_biz' }] }),
      T('Already have an account? Sign in', [0, 0, CW, 20], { fs: 14, c: sub, align: 'CENTER' }),
      link('See card pricing', [0, 0, 200, 20], { go: [{ to: 's_pricing' }] }),
    ]),
    page('s_biz', 'Business basics', 1.08, 'Your fleet', [
      T('Tell us about the business', [0, 0, CW, 30], { fs: 22, fw: 700, c: ink }),
      ...['Business name', 'How many vehicles?', 'Home state'].map((l) => F(null, [0, 0, CW, 56], [T(l, [16, 18, 300, 20], { fs: 15, c: '#8A94A0' })], { r: 4, stroke: '#8A94A0' })),
      btnInst('Next', 'c_btn', [0, 0, CW, 48], { fill: brand, go: [{ to: 's_home' }] }),
      T('Finish later', [0, 0, CW, 20], { fs: 14, c: sub, align: 'CENTER', hidden: true }),
    ], { back: true }),
    screen('s_home', 'Home', 2.08 * (W + 80), 0, W, H, [
      statusBar(W, '8:14'),
      T('Morning, Dana', [24, 44, 300, 30], { fs: 24, fw: 700, c: ink }),
      col(null, 24, 96, CW, 14, [
        F(null, [0, 0, CW, 236], [
          T('Finish setting up', [16, 16, 300, 22], { fs: 18, fw: 600, c: ink }),
          T('1 of 3 done', [CW - 110, 18, 94, 18], { fs: 13, c: sub, align: 'RIGHT' }),
          R(null, [16, 50, CW - 32, 6], { fill: '#E3E6EA', r: 3 }),
          R(null, [16, 50, (CW - 32) / 3, 6], { fill: brand, r: 3 }),
          col(null, 16, 70, CW - 32, 10, [
            T('✓  Order driver cards', [0, 0, CW - 32, 20], { fs: 14, c: sub }),
            T('2  Link your books & bank so every fill-up reconciles itself', [0, 0, CW - 32, 40], { fs: 14, fw: 600, c: ink }),
            btnFrame('Link accounts', [0, 0, 180, 40], { fill: brand, r: 20, fs: 14, go: [{ to: 's_why' }] }),
            T('3  Set spend limits', [0, 0, CW - 32, 20], { fs: 14, c: sub }),
          ]),
        ], { r: 16, fill: '#F2F7F4' }),
        F(null, [0, 0, CW, 96], [
          T('This week', [16, 14, 200, 18], { fs: 13, c: sub }),
          T('$2,418.60', [16, 36, 200, 32], { fs: 26, fw: 700, c: ink }),
          T('412.3 gal · 9 drivers', [16, 70, 200, 18], { fs: 13, c: sub }),
        ], { r: 16, stroke: '#E3E6EA' }),
        F(null, [0, 0, CW, 72], [
          logo([16, 16, 40, 40], 'a1fe0c55e9'),
          T('Pair FleetConnect GPS trackers to flag off-route fill-ups', [68, 14, 270, 40], { fs: 13, c: ink }),
        ], { r: 16, stroke: '#E3E6EA', name: 'promo/telematics' }),
      ]),
      V('Vector', [W - 48, 44, 24, 24], { fill: ink, go: [{ to: 's_settings' }] }),
      bottomNav('Home'),
    ]),
    page('s_why', 'Why link', 3.08, '', [
      R(null, [0, 0, CW, 180], { fill: 'img:0c9d1e77ab34' }),
      T('Stop keying in fuel receipts', [0, 0, CW, 64], { fs: 26, fw: 700, c: ink }),
      T('Link QuickBooks or Xero and your business checking so every fill-up lands in the right expense account on its own. We read your chart of accounts and card payments to match transactions — your books stay yours. Then tap Get started and pick your software.', [0, 0, CW, 140], { fs: 15, c: sub }),
      T('🔒 Bank-level encryption. We never sell your data or share it without your OK.', [0, 0, CW, 40], { fs: 13, c: sub }),
      btnInst('Get started', 'c_btn', [0, 0, CW, 48], { fill: brand, go: [{ to: 's_pick' }] }),
    ], { back: true }),
    page('s_pick', 'Pick software', 4.08, 'Link an account', [
      search('Search 40+ apps and banks', [0, 0, CW, 48], { r: 24 }),
      T('Accounting software', [0, 0, CW, 24], { fs: 18, fw: 600, c: ink }),
      tile('QuickBooks Online', 'qbo01', 'Intuit', [{ to: 's_consent', nav: 'OVERLAY' }]),
      tile('Xero', 'xero02', 'Xero Limited', [{ to: 's_consent', nav: 'OVERLAY' }]),
      tile('Sage Business Cloud Accounting', 'sbca03', 'Sage', [{ to: 's_consent', nav: 'OVERLAY' }]),
      T('Bank accounts', [0, 0, CW, 24], { fs: 18, fw: 600, c: ink }),
      tile('Chase Business Complete Banking', 'chase04', 'JPMorgan Chase', [{ to: 's_consent', nav: 'OVERLAY' }]),
      tile('Wells Fargo Business Checking', 'wf05', 'Wells Fargo', [{ to: 's_consent', nav: 'OVERLAY' }]),
    ], { back: true, gap: 12 }),
    screen('s_consent', 'Sheet / consent', 5.08 * (W + 80), 0, W, H, [
      R(null, [0, 0, W, H], { fill: '#000000' }),
      F(null, [0, 395, W, 520], [
        R(null, [186, 8, 40, 4], { fill: '#C4C9CF', r: 2 }),
        col(null, 24, 28, CW, 14, [
          G(null, [0, 0, CW, 40], [logo([0, 0, 40, 40], 'qbo01'), T('QuickBooks Online', [52, 10, 260, 22], { fs: 18, fw: 600, c: ink })]),
          T('What Tankwise will see\n• Read-only: invoices, bills, vendors and your chart of accounts\n• Nothing is written back to QuickBooks, and we never move money', [0, 0, CW, 96], { fs: 14, c: ink }),
          T('Next, Intuit opens so you can sign in and approve access. When you’re done you land back here.', [0, 0, CW, 40], { fs: 13, c: sub }),
          checkRow('I agree that Tankwise may access this data under its Privacy Notice. You can disconnect at any time in Settings.', [0, 0, CW, 56], { inst: 'c_check' }),
          link('Privacy Notice', [30, 0, 120, 18], { u: true, fs: 13 }),
          btnInst('Continue to Intuit', 'c_btn', [0, 0, CW, 48], { fill: brand, go: [{ to: 's_sync' }] }),
        ]),
      ], { fill: '#FFFFFF', r: 20 }),
    ], { fill: '#00000000' }),
    page('s_sync', 'Syncing', 6.08, '', [
      E(null, [150, 0, 64, 64], { stroke: brand }),
      T('Pulling in your QuickBooks Online data…', [0, 0, CW, 56], { fs: 20, fw: 600, c: ink, align: 'CENTER' }),
      T('This usually takes under a minute.', [0, 0, CW, 20], { fs: 14, c: sub, align: 'CENTER', legacy: 's_prefill' }),
    ]),
    page('s_prefill', 'Prefilled', 7.08, 'Check your details', [
      T('We filled these in from QuickBooks Online', [0, 0, CW, 56], { fs: 20, fw: 600, c: ink }),
      ...[['Legal name', 'Halvorsen Hauling LLC'], ['EIN', '84-2291076'], ['Billing address', '1180 Quarry Rd, Boise, ID 83709'], ['AP contact', 'Mia Ortiz · ap@halvorsenhauling.com']].map(([l, v]) => F(null, [0, 0, CW, 64], [
        T(l, [16, 8, 300, 16], { fs: 12, c: sub }), T(v, [16, 28, 330, 22], { fs: 16, c: ink }),
      ], { r: 4, stroke: '#8A94A0' })),
      btnInst('Looks good', 'c_btn', [0, 0, CW, 48], { fill: brand, go: [{ to: 's_conns' }] }),
    ]),
  ]),
  SEC('Manage', [-40, H + 200, 8 * (W + 80), H + 120], [
    page('s_conns', 'Linked accounts', 0.08, 'Linked accounts', [
      ...[['QuickBooks Online', 'qbo01', 'Connected · Updated 4 min ago'], ['Chase Business Complete Banking ••4410', 'chase04', 'USD · Last synced today 8:02 AM']].map(([n, r, s]) => F(null, [0, 0, CW, 72], [
        logo([12, 16, 40, 40], r), T(n, [64, 14, 260, 20], { fs: 15, fw: 500, c: ink }), T(s, [64, 38, 260, 18], { fs: 13, c: brand }),
      ], { r: 12, stroke: '#E3E6EA', go: [{ to: 's_manage' }] })),
      row(null, 0, 0, 24, 8, [V('Vector', [0, 4, 16, 16], { stroke: brand }), T('Sync now', [0, 2, 100, 20], { fs: 14, fw: 600, c: brand })]),
      btnFrame('+ Add another bank', [0, 0, CW, 48], { fill: '#FFFFFF', tc: brand, stroke: brand, r: 24, go: [{ to: 's_pick' }] }),
    ], { back: true }),
    page('s_manage', 'QuickBooks Online detail', 1.08, 'QuickBooks Online', [
      ...[['Status', 'Connected'], ['First synced', 'Nov 2, 2026, 3:41 PM'], ['Last synced', 'Today, 8:10 AM'], ['Company', 'Halvorsen Hauling LLC']].map(([l, v]) => row(null, 0, 0, 24, 0, [T(l, [0, 0, 150, 20], { fs: 14, c: sub }), T(v, [0, 0, 214, 20], { fs: 14, c: ink })], { w: CW })),
      T('You can unlink at any time — we stop reading from QuickBooks right away.', [0, 0, CW, 40], { fs: 13, c: sub }),
      T('Disconnect QuickBooks Online', [0, 0, CW, 22], { fs: 15, fw: 600, c: '#C62828', go: [{ to: 's_disc', nav: 'OVERLAY' }] }),
    ], { back: true }),
    screen('s_disc', 'Dialog', 2.08 * (W + 80), 0, W, H, [
      F(null, [32, 330, 348, 220], [
        T('Revoke access?', [24, 24, 300, 28], { fs: 22, fw: 500, c: ink }),
        T('Tankwise will no longer see your QuickBooks Online data.', [24, 64, 300, 40], { fs: 14, c: sub }),
        T('KEEP', [170, 168, 60, 20], { fs: 14, fw: 600, c: brand, go: [{ back: 1 }] }),
        T('DISCONNECT', [240, 168, 90, 20], { fs: 14, fw: 600, c: '#C62828', go: [{ to: 's_conns' }] }),
      ], { fill: '#FFFFFF', r: 28 }),
    ], { fill: '#00000066' }),
    screen('s_spend', 'Spend', 3.08 * (W + 80), 0, W, H, [
      statusBar(W),
      T('Spend', [24, 44, 200, 30], { fs: 24, fw: 700, c: ink }),
      col(null, 24, 96, CW, 14, [
        R(null, [0, 0, CW, 180], { fill: '#EEF1F4', r: 12, name: 'chart' }),
        F(null, [0, 0, CW, 112], [
          T('312 fill-ups aren’t matched to your books yet', [16, 14, 330, 40], { fs: 15, fw: 600, c: ink }),
          btnGroup('Link QuickBooks', [16, 60, 170, 40], { fill: brand, r: 20, go: [{ to: 's_pick' }] }),
        ], { r: 12, fill: '#FFF7E6' }),
        ...['Diesel · $1,902.11', 'Unleaded · $516.49'].map((t) => T(t, [0, 0, CW, 22], { fs: 15, c: ink })),
      ]),
      bottomNav('Spend'),
    ]),
    page('s_help', 'Help', 4.08, 'Need a hand?', [
      T('Real people, 6am–10pm CT, 7 days', [0, 0, CW, 24], { fs: 16, c: sub }),
      F(null, [0, 0, CW, 56], [V('Vector', [16, 16, 24, 24], { fill: brand }), T('Call (844) 555-0142', [56, 17, 260, 22], { fs: 16, c: ink })], { r: 12, stroke: '#E3E6EA' }),
      F(null, [0, 0, CW, 56], [V('Vector', [16, 16, 24, 24], { fill: brand }), T('Chat with us', [56, 17, 260, 22], { fs: 16, c: ink })], { r: 12, stroke: '#E3E6EA' }),
    ], { extra: [bottomNav('Help')] }),
    page('s_settings', 'Settings', 5.08, 'Settings', [
      ...['Linked accounts', 'Drivers & cards', 'Notifications'].map((t, i) => T(t, [0, 0, CW, 24], { fs: 16, c: ink, go: i === 0 ? [{ to: 's_conns' }] : undefined })),
      T('Delete account', [0, 0, CW, 24], { fs: 16, c: '#C62828' }),
      T('Log out', [0, 0, CW, 24], { fs: 16, c: ink }),
    ], { extra: [bottomNav('Home')] }),
    page('s_pricing', 'Pricing', 6.08, 'Card pricing', [
      T('$0 per card. No annual fee.', [0, 0, CW, 32], { fs: 22, fw: 700, c: ink }),
      T('Out-of-network fill-ups: $2.00 each\nReplacement cards: free\nSame-day virtual cards: free', [0, 0, CW, 72], { fs: 15, c: sub }),
    ]),
  ]),
];

const comps = [
  CSET('Button', [0, 0, 420, 120], [
    COMP('Property 1=Default', [20, 20, 180, 48], [T('Label', [16, 14, 148, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_btn', fill: brand, r: 8, desc: 'Filled, 48dp', go: [{ to: 'c_btn_h', nav: 'CHANGE_TO', hover: 1 }] }),
    COMP('Property 1=Hover', [220, 20, 180, 48], [T('Label', [16, 14, 148, 20], { fs: 16, fw: 600, c: '#FFFFFF', align: 'CENTER' })], { key: 'c_btn_h', fill: '#09643D', r: 8 }),
  ], { stroke: '#9747FF' }),
  COMP('Checkbox', [0, 160, 20, 20], [R(null, [0, 0, 20, 20], { stroke: '#5B6673', r: 2 })], { key: 'c_check', desc: 'Unchecked' }),
  COMP('Icon/Chevron', [60, 160, 16, 16], [V('Vector', [0, 0, 16, 16], { stroke: ink })]),
];
const archive = [
  screen('old_bank', 'Bank link (Q2)', 0, 0, W, H, [
    statusBar(W),
    T('Connect your bank', [24, 60, CW, 30], { fs: 22, fw: 700 }),
    btnFrame('Continue', [24, 800, CW, 48], { legacy: 'old_done' }),
  ]),
  screen('old_done', 'Done (Q2)', W + 80, 0, W, H, [T('All set', [24, 60, CW, 30], { fs: 22, fw: 700 })]),
];

const r = build('d17-fleet-fuel-card-mobile', {
  name: 'Tankwise — Android onboarding', lastModified: '2026-11-19T17:42:11Z', font: 'Roboto',
  pages: [
    { name: 'Cover', prefix: 0, kids: [F('Cover', [0, 0, 1600, 960], [T('Tankwise · Fleet onboarding v3', [80, 80, 1200, 80], { fs: 64, fw: 700 }), T('Status: ready for dev', [80, 200, 600, 30], { fs: 24 }), R(null, [80, 300, 1440, 560], { fill: 'img:cc01d9e2' })], { fill: '#F2F7F4' })] },
    { name: '📱 Flow — Android', prefix: 12, kids: flow, starts: [['s_signup', 'New fleet sign-up']] },
    { name: 'Components', prefix: 31, kids: comps },
    { name: 'Archive', prefix: 40, kids: archive, starts: [['old_bank', 'Old']] },
  ],
}, {
  kind: 'onboarding', flowPage: 1,
  description: 'Fuel-card app for small US fleets on Android: sign-up, fleet basics, a home checklist that asks the owner to link accounting software and a business bank, a picker, a consent sheet, prefilled company details and a linked-accounts manager.',
  connectCandidates: ['s_home', 's_why', 's_pick', 's_consent', 's_conns', 's_spend'],
  present: ['funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.greeting-email', 'funnel.social-proof', 'value.faq-link', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.alternatives', 'platform.non-linear', 'privacy.connection-guide'],
  notes: {
    'funnel.three-actions': 'Sign up → fleet basics → home, whose setup card carries "Link accounts": two steps.',
    'funnel.prefill': 'After linking, legal name, EIN, address and AP contact are shown filled in from QuickBooks Online.',
    'value.three-part': 'One paragraph on the "Why link" screen: the benefit (receipts reconcile themselves), how data is used (chart of accounts and card payments read to match), what to do next ("tap Get started"), with one main button.',
    'value.contextual-ctas': 'The Spend screen carries a "Link QuickBooks" prompt beside unmatched fill-ups.',
    'value.progress-meter': '"1 of 3 done" with a progress bar on the home setup card.',
    'privacy.data-scope': 'Consent sheet lists read-only invoices, bills, vendors and chart of accounts, nothing written back, no money moved.',
    'privacy.consent-action': 'Checkbox instance beside agreement text and an underlined Privacy Notice link before "Continue to Intuit".',
    'privacy.support-contacts': 'Help screen offers a phone number and chat.',
    'platform.explain-redirect': '"Next, Intuit opens so you can sign in and approve access… you land back here."',
    'platform.grouped-categories': '"Accounting software" and "Bank accounts" headings over platform tiles.',
    'platform.accurate-branding': 'Full product names with image logos: QuickBooks Online, Sage Business Cloud Accounting, Chase Business Complete Banking.',
    'platform.multiple-connections': 'Linked accounts list shows connected status and "+ Add another bank".',
    'connection.view-live': 'List with platform names, "Updated 4 min ago", currency, first/last synced on the detail screen.',
    'connection.syncing-indicator': 'Spinner screen "Pulling in your QuickBooks Online data…".',
    'platform.non-linear': 'The only "Finish later" text is a hidden layer; no skip, share or save-for-later on the connect path ("Skip" is on the marketing intro).',
    'platform.alternatives': 'No upload or manual route for a missing platform.',
    'connection.delete': 'Red "Disconnect QuickBooks Online" on the detail screen with a "Revoke access?" dialog; "Delete account" in Settings is about the user account.',
    'funnel.social-proof': 'No testimonial or rating; "14,000+ stations" is a network size claim on marketing.',
  },
});
console.log(JSON.stringify(r));

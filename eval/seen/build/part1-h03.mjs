// h03-insurance-mobile: small-business insurance quote app linking commerce + banking, iOS 390x844.
// Canvas uses prototypeStartNodeID (no flowStartingPoints). Wording: link / sync / import from.
import { Builder, ui, image, finish } from './part1-lib.mjs';

export function build() {
  const b = new Builder(303);
  const T = { primary: '#5B3DF5', link: '#5B3DF5' };
  const u = ui(b, T);
  const NB = '\u00A0';

  // ---------------- Components ----------------
  b.setPrefix(9);
  b.registerComponentSet('set.chip', 'Chip');
  b.registerComponent('cmp.chipOff', 'State=Default', { setKey: 'set.chip' });
  b.registerComponent('cmp.chipOn', 'State=Selected', { setKey: 'set.chip' });
  b.registerComponent('cmp.cta', 'CTA');
  b.registerComponent('cmp.checkbox', 'Checkbox');
  b.registerComponent('cmp.tile', 'Tile / Platform');
  const comps = {
    id: '9:0', name: 'Components',
    children: [
      b.componentSet('set.chip', 'Chip', { x: 0, y: 0, layout: 'H', gap: 16, pad: 16, stroke: '#9747FF', radius: 5 }, [
        b.component('cmp.chipOff', 'State=Default', { layout: 'H', pad: [8, 14], radius: 999, stroke: '#D4D4D8' }, [b.text('Chip', { size: 14, hug: true })]),
        b.component('cmp.chipOn', 'State=Selected', { layout: 'H', pad: [8, 14], radius: 999, fill: '#EDE9FE', stroke: T.primary }, [b.text('Chip', { size: 14, weight: 600, color: T.primary, hug: true })]),
      ]),
      b.component('cmp.cta', 'CTA', { x: 0, y: 120, layout: 'H', justify: 'CENTER', align: 'CENTER', w: 342, h: 54, fill: T.primary, radius: 27 }, [b.text('Button', { size: 16, weight: 600, color: '#FFFFFF', hug: true })]),
      b.component('cmp.checkbox', 'Checkbox', { x: 380, y: 120, w: 20, h: 20, radius: 4, stroke: '#71717A' }, []),
      b.component('cmp.tile', 'Tile / Platform', { x: 0, y: 220, layout: 'V', align: 'CENTER', gap: 8, w: 100, pad: 12, radius: 12, stroke: '#E4E4E7' }, [b.rect(null, 40, 40, { fill: '#E4E4E7', radius: 8 }), b.text('Name', { size: 12, hug: true })]),
    ],
  };

  // ---------------- Flow ----------------
  b.setPrefix(5);
  const top = (title, o = {}) => {
    const arrow = b.vector(null, 10, 18, { fill: '#18181B' });
    if (o.back !== false) b.back(arrow);
    return b.row(b.auto('Frame'), { h: 44, justify: 'SPACE_BETWEEN' }, [
      o.back === false ? b.rect(null, 10, 18, { opacity: 0 }) : arrow,
      b.text(title ?? 'Covera', { size: 17, weight: 700, hug: true }),
      b.rect(null, 10, 18, { opacity: 0 }),
    ]);
  };
  const cta = (label, o = {}) => b.instance(o.name ?? b.auto('Frame'), 'cmp.cta', { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 342, h: 54, fill: T.primary, radius: 27 }, [b.text(label, { size: 16, weight: 600, color: '#FFFFFF', hug: true })]);

  // 0. Marketing intro (not in the prototype path; "Skip" look-alike)
  const skip = b.text('Skip', { size: 16, weight: 600, color: '#71717A', hug: true });
  b.go(skip, 'signup');
  const next0 = cta('Next');
  b.go(next0, 'signup');
  const intro = u.mobile('intro', 'Intro / 1', { x: 0, y: 0, fill: '#FAFAFF' }, [
    b.row(b.auto('Frame'), { h: 44, justify: 'MAX' }, [skip]),
    b.rect(b.auto('Rectangle'), 342, 320, { fill: image('9e0f3aa1c4d2'), radius: 24 }),
    u.heading('Insurance built for the way you sell', { size: 28 }),
    u.body('Cover for shops, studios and online stores, priced in minutes.'),
    b.row(b.auto('Frame'), { gap: 6, justify: 'CENTER' }, [b.ellipse(null, 8, 8, { fill: T.primary }), b.ellipse(null, 8, 8, { fill: '#D4D4D8' }), b.ellipse(null, 8, 8, { fill: '#D4D4D8' })]),
    next0,
  ]);

  // 1. Sign-up (start)
  const create = u.btnGroup('Create account', { w: 342, h: 54, radius: 27, name: 'Btn' });
  b.go(create, 'business');
  const signup = u.mobile('signup', 'Sign up', { x: 470, y: 0 }, [
    top('Covera', { back: false }),
    u.heading('Get a quote in minutes', { size: 28 }),
    u.body('Create an account to save your quote.'),
    u.input('Email', 'you@yourstore.com', { placeholder: true }),
    u.input('Mobile number', '(555) 000-0000', { placeholder: true }),
    create,
    b.col(b.auto('Frame'), { gap: 6, pad: 16, radius: 16, fill: '#F4F4F5' }, [
      b.row(b.auto('Frame'), { gap: 6 }, [b.text('4.9', { size: 20, weight: 700, hug: true }), b.text('★★★★★', { size: 14, color: '#F59E0B', hug: true }), b.text('12,400 reviews', { size: 12, color: '#71717A', hug: true })]),
      b.text('“Covera found us cover in one afternoon and beat our old premium.”', { size: 14, italic: true }),
      b.text('Dev Patel · Patel’s Print Shop, Austin TX', { size: 12, weight: 600, color: '#52525B' }),
    ]),
  ]);

  // 2. Business
  const chip = (label, on) => {
    const c = b.instance(b.auto('Frame'), on ? 'cmp.chipOn' : 'cmp.chipOff', { layout: 'H', pad: [8, 14], radius: 999, fill: on ? '#EDE9FE' : undefined, stroke: on ? T.primary : '#D4D4D8', hug: true }, [b.text(label, { size: 14, weight: on ? 600 : 400, color: on ? T.primary : '#18181B', hug: true })]);
    if (!on) b.change(c, b.fid('cmp.chipOn'));
    return c;
  };
  const nextBiz = cta('Next');
  b.go(nextBiz, 'coverage');
  const business = u.mobile('business', 'About business', { x: 940, y: 0 }, [
    top(),
    u.heading('About your business'),
    b.text('Industry', { size: 13, weight: 500, color: '#3F3F46' }),
    b.col(b.auto('Frame'), { gap: 8 }, [
      b.row(b.auto('Frame'), { gap: 8 }, [chip('Retail', false), chip('E-commerce', true), chip('Food & drink', false)]),
      b.row(b.auto('Frame'), { gap: 8 }, [chip('Services', false), chip('Wholesale', false)]),
    ]),
    u.input('Annual revenue (estimate)', '$', { placeholder: true }),
    u.input('ZIP code', '78701', { placeholder: true }),
    nextBiz,
  ]);

  // 3. Coverage
  const covCard = (title, sub, on) => b.row(b.auto('Frame'), { gap: 12, pad: 16, radius: 14, stroke: on ? T.primary : '#E4E4E7', fill: on ? '#F5F3FF' : '#FFFFFF', align: 'MIN' }, [
    b.col(b.auto('Frame'), { gap: 4, grow: true }, [b.text(title, { size: 16, weight: 600 }), b.text(sub, { size: 13, color: '#71717A' })]),
    u.checkbox('instance', { compKey: 'cmp.checkbox', checked: on }),
  ]);
  const nextCov = u.btnFrame('Next', { w: 342, h: 54, radius: 27 });
  b.go(nextCov, 'connect');
  const coverage = u.mobile('coverage', 'Coverage', { x: 1410, y: 0 }, [
    top(),
    u.heading('What do you want to cover?'),
    covCard('General liability', 'Customer injuries and property damage', true),
    covCard('Business property', 'Stock, equipment and fixtures', false),
    covCard('Cyber', 'Data breaches and online fraud', true),
    nextCov,
  ]);

  // 4. Link prompt — connect frame
  const notice = u.link('Privacy Notice', { size: 13 });
  b.overlay(notice, 'privacy');
  const linkCta = cta(`Link${NB}accounts`, { name: 'Comp / Action / Large' });
  b.go(linkCta, 'platforms');
  const connect = u.mobile('connect', 'Link accounts', { x: 1880, y: 0 }, [
    top(),
    u.heading('Link your sales and bank accounts for a sharper quote', { size: 24 }),
    u.body('Businesses that link their accounts save an average of 18% on their premium.', { size: 15, weight: 500, color: '#18181B' }),
    u.body('We sync 12 months of sales from your store or payment provider to estimate your recurring revenue, and read balances and transactions from your bank account to check it. Access is read-only: data flows from those platforms to Covera, never the other way.', { size: 14 }),
    u.body('Tap Link accounts to choose your platforms.', { size: 14 }),
    b.col(b.auto('Frame'), { gap: 6, pad: 14, radius: 14, fill: '#F4F4F5' }, [
      b.text('🔒 Secured with 256-bit encryption', { size: 13, weight: 600 }),
      b.text('We never sell your data or share it with third parties without your consent. You can unlink any account at any time.', { size: 12, color: '#52525B', lh: 1.45 }),
      b.text('38,000+ businesses have securely linked their accounts with Covera.', { size: 12, color: '#52525B' }),
    ]),
    b.row(b.auto('Frame'), { gap: 10, align: 'MIN' }, [
      u.checkbox('instance', { compKey: 'cmp.checkbox' }),
      b.col(b.auto('Frame'), { gap: 2, grow: true }, [b.text('I consent to Covera importing my sales and bank data for this quote. Read the', { size: 13, color: '#3F3F46' }), notice]),
    ]),
    linkCta,
    b.row(b.auto('Frame'), { gap: 6, justify: 'CENTER' }, [b.text('Powered by', { size: 11, color: '#A1A1AA', hug: true }), b.vector('Codat', 46, 12, { fill: '#A1A1AA' })]),
  ], []);
  connect.overflowDirection = 'VERTICAL_SCROLLING';

  // 4o. Privacy notice (overlay, CLOSE only)
  const closeN = b.text('Close', { size: 16, weight: 600, color: T.primary, align: 'CENTER' });
  b.close(closeN);
  const privacy = b.col('Overlay', { id: b.fid('privacy'), x: 1880, y: 980, w: 390, pad: 24, gap: 14, fill: '#FFFFFF', radius: 20 }, [
    u.heading('Privacy Notice', { size: 20 }),
    u.body('Covera Insurance Services, Inc. collects the information you provide and, if you choose, data imported from platforms you link. We use it to price and service your policy. See covera.example/privacy for the full notice, your state privacy rights and how to make a request.', { size: 13 }),
    closeN,
  ]);
  privacy.overlayPositionType = 'BOTTOM_CENTER';

  // 5. Platform selection
  const tile = (name, logoRef, dest) => {
    const t = b.instance(b.auto('Frame'), 'cmp.tile', { layout: 'V', align: 'CENTER', gap: 8, w: 104, pad: 12, radius: 12, stroke: '#E4E4E7' }, [u.logo('image', logoRef, 40), b.text(name, { size: 12, weight: 500, align: 'CENTER' })]);
    if (dest) b.go(t, dest);
    return t;
  };
  const uploadLink = u.link("Don't see your platform? Upload sales reports (CSV or PDF) instead", { hug: false, size: 14 });
  b.go(uploadLink, 'upload');
  const platforms = u.mobile('platforms', 'Choose platforms', { x: 2350, y: 0 }, [
    top(),
    u.heading('Choose what to link'),
    b.col(b.auto('Frame'), { gap: 12 }, [
      b.text('Revenue streams', { size: 20, weight: 700 }),
      b.row(b.auto('Frame'), { gap: 12, align: 'MIN' }, [tile('Shopify', 'shp01', 'shopify'), tile('Stripe', 'str02', null), tile('Square', 'sq03', null)]),
      b.row(b.auto('Frame'), { gap: 12, align: 'MIN' }, [tile('Amazon Seller Central', 'amz04', null)]),
    ]),
    b.col(b.auto('Frame'), { gap: 12 }, [
      b.text('Bank accounts', { size: 20, weight: 700 }),
      b.row(b.auto('Frame'), { gap: 12, align: 'MIN' }, [tile('Chase', 'chs05', null), tile('Bank of America', 'boa06', null), tile('Mercury', 'mer07', null)]),
    ]),
    uploadLink,
  ], []);
  platforms.overflowDirection = 'VERTICAL_SCROLLING';

  // 5b. Upload alternative
  const upl = cta('Upload reports');
  b.go(upl, 'linked');
  const upload = u.mobile('upload', 'Upload reports', { x: 2350, y: 980 }, [
    top(),
    u.heading('Upload sales reports'),
    u.body('Export the last 12 months of sales from your platform and add the files here.'),
    b.col(b.auto('Frame'), { h: 160, justify: 'CENTER', align: 'CENTER', gap: 6, radius: 16, stroke: '#C4B5FD', fill: '#FAF5FF' }, [b.vector(null, 28, 28, { fill: T.primary }), b.text('Choose files', { size: 15, weight: 600, color: T.primary, hug: true })]),
    upl,
  ]);

  // 6. Third-party Shopify login (no explanation beforehand)
  const logIn = u.btnFrame('Log in', { w: 342, h: 48, fill: '#008060', radius: 8 });
  b.go(logIn, 'importing');
  const shopify = u.mobile('shopify', 'Shopify login', { x: 2820, y: 0, fill: '#F6F6F7' }, [
    b.row(b.auto('Frame'), { h: 44, justify: 'CENTER' }, [b.text('accounts.shopify.com', { size: 13, color: '#6D7175', hug: true })]),
    b.row(b.auto('Frame'), { gap: 8, justify: 'CENTER', pad: [24, 0] }, [u.logo('image', 'shp01', 48)]),
    u.heading('Log in', { size: 24 }),
    b.text('Continue to Shopify', { size: 15, color: '#6D7175' }),
    u.input('Email', 'dev@patelprint.com', {}),
    logIn,
  ]);

  // 7. Importing (spinner)
  const importing = u.mobile('importing', 'Importing', { x: 3290, y: 0 }, [
    top(null, { back: false }),
    b.col(b.auto('Frame'), { h: 560, justify: 'CENTER', align: 'CENTER', gap: 18 }, [
      u.spinner(52, { name: 'Loader' }),
      b.text('Importing from Shopify…', { size: 20, weight: 700, hug: true }),
      b.text('Syncing 12 months of orders. This can take a minute.', { size: 14, color: '#71717A', align: 'CENTER' }),
    ]),
  ]);
  b.after(importing, 'linked', 3000);

  // 8. Linked status (multiple connections)
  const another = b.text('+ Link another account', { size: 15, weight: 600, color: T.primary });
  b.go(another, 'platforms', 'SWAP');
  const getQuote = cta('Get my quote');
  b.go(getQuote, 'quote');
  const lrow = (name, ref, sub, badge) => b.row(b.auto('Frame'), { gap: 12, pad: 14, radius: 14, stroke: '#E4E4E7' }, [u.logo('image', ref, 36), b.col(b.auto('Frame'), { grow: true, gap: 2 }, [b.text(name, { size: 15, weight: 600 }), b.text(sub, { size: 12, color: '#71717A' })]), badge]);
  const linked = u.mobile('linked', 'Linked', { x: 3760, y: 0 }, [
    top(),
    u.heading('Your linked accounts'),
    lrow('Shopify', 'shp01', 'Revenue · 12 months imported', u.badge('Synced ✓', '#15803D', '#DCFCE7')),
    lrow('Stripe', 'str02', 'Revenue · finish signing in to Stripe', u.badge('Waiting for authorization', '#B45309', '#FEF3C7')),
    another,
    getQuote,
  ]);

  // 9. Quote with contextual CTA
  const tabs = (active) => {
    const t = (label, dest) => { const n = b.col(b.auto('Frame'), { align: 'CENTER', gap: 4, w: 80 }, [b.vector(null, 22, 22, { fill: label === active ? T.primary : '#A1A1AA' }), b.text(label, { size: 11, color: label === active ? T.primary : '#71717A', hug: true })]); if (dest) b.go(n, dest); return n; };
    return b.row(b.auto('Frame'), { x: 0, y: 764, w: 390, h: 80, pad: [8, 30, 16, 30], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: '#E4E4E7' }, [t('Quote', active === 'Quote' ? null : 'quote'), t('Policies'), t('Account', active === 'Account' ? null : 'account')]);
  };
  const linkBank = u.btnGroup('Link bank account', { w: 294, h: 44, radius: 22, size: 15 });
  b.go(linkBank, 'platforms');
  const quote = u.mobile('quote', 'Quote', { x: 4230, y: 0 }, [
    top('Your quote', { back: false }),
    b.col(b.auto('Frame'), { gap: 4, pad: 20, radius: 20, fill: '#18181B' }, [
      b.text('General liability + Cyber', { size: 13, color: '#A1A1AA' }),
      b.text('$84/mo', { size: 40, weight: 800, color: '#FFFFFF' }),
      b.text('$1M per occurrence · $2M aggregate', { size: 13, color: '#D4D4D8' }),
    ]),
    b.col(b.auto('Frame'), { gap: 10, pad: 16, radius: 16, stroke: '#DDD6FE', fill: '#F5F3FF' }, [
      b.text('Unlock a lower rate', { size: 16, weight: 700 }),
      b.text('Link your business bank account so we can confirm your revenue. It could take up to $12 off each month.', { size: 13, color: '#52525B' }),
      linkBank,
    ]),
    cta('Buy this policy'),
  ], [tabs('Quote')]);

  // 10. Account: linked accounts with sync dates, Resync, hidden Unlink, Delete account
  const resync = (_t) => { const r = u.link('Resync', { size: 14, underline: false }); return r; };
  const acctRow = (name, ref, meta) => b.col(b.auto('Frame'), { gap: 8, pad: 14, radius: 14, stroke: '#E4E4E7' }, [
    b.row(b.auto('Frame'), { gap: 10 }, [u.logo('image', ref, 28), b.text(name, { size: 15, weight: 600, grow: true }), resync()]),
    b.text(meta, { size: 12, color: '#71717A' }),
    b.text('Unlink', { size: 14, weight: 600, color: '#DC2626', visible: false }),
  ]);
  const item = (label, c) => b.row(b.auto('Frame'), { h: 48, justify: 'SPACE_BETWEEN' }, [b.text(label, { size: 15, color: c ?? '#18181B', hug: true }), b.vector(null, 7, 12, { fill: '#A1A1AA' })]);
  const account = u.mobile('account', 'Account', { x: 4700, y: 0 }, [
    top('Account', { back: false }),
    b.text('Linked accounts', { size: 17, weight: 700 }),
    acctRow('Shopify', 'shp01', 'Linked Sep 14, 2026 · Last synced 2 hours ago'),
    acctRow('Stripe', 'str02', 'Linked Sep 14, 2026 · Last synced yesterday, 6:10 PM'),
    b.col(b.auto('Frame'), {}, [item('Policy documents'), item('Payment method'), item('Notifications'), item('Delete account', '#DC2626')]),
  ], [tabs('Account')]);

  // Hidden draft: welcome email
  const emailCta = cta('Link your accounts');
  b.go(emailCta, 'connect');
  const emailDraft = b.col('Welcome email (draft)', { id: b.fid('email'), x: 0, y: 1000, w: 390, pad: 24, gap: 16, fill: '#FFFFFF', visible: false }, [
    u.heading('Welcome to Covera 👋', { size: 24 }),
    b.text('1  Get a quote\n2  Link your accounts\n3  Get covered', { size: 16, lh: 1.8 }),
    emailCta,
  ]);

  const flowPage = {
    id: '5:0', name: 'Quote flow',
    children: [
      intro,
      b.section('Quote & link', { x: 450, y: -60, w: 2400, h: 2000 }, [
        Object.assign(signup, { _x: 20, _y: 60 }), Object.assign(business, { _x: 490, _y: 60 }), Object.assign(coverage, { _x: 960, _y: 60 }),
        Object.assign(connect, { _x: 1430, _y: 60 }), Object.assign(privacy, { _x: 1430, _y: 1040 }), Object.assign(platforms, { _x: 1900, _y: 60 }), Object.assign(upload, { _x: 1900, _y: 1040 }),
      ]),
      shopify, importing, linked, quote, account, emailDraft,
    ],
    prototypeStartNodeID: b.fid('signup'),
    flowStartingPoints: [],
  };

  b.setPrefix(2);
  const cover = { id: '0:1', name: '📔 Cover', children: [b.frame('Cover', { x: 0, y: 0, w: 1440, h: 900, fill: '#5B3DF5', layout: 'V', pad: 96, gap: 16 }, [b.text('Covera — quote & link', { size: 72, weight: 800, color: '#FFFFFF' }), b.text('Mobile · Q4 2026', { size: 32, color: '#DDD6FE' })])] };
  b.setPrefix(11);
  const archive = {
    id: '11:0', name: 'Archive',
    children: [b.frame('Quote v1', { x: 0, y: 0, w: 390, h: 844, fill: '#FFFFFF' }, [
      b.col(b.auto('Frame'), { x: 0, y: 60, w: 390, pad: 24, gap: 12 }, [u.heading('Your quote'), b.text('$96/mo', { size: 36, weight: 800 }), u.btnFrame('Buy now', { w: 342 })]),
    ])],
  };

  const file = finish(b, { name: 'Covera – Quote flow (mobile)', pages: [cover, flowPage, comps, archive] });
  const f = (k) => b.fid(k);
  const truth = {
    file: 'h03-insurance-mobile.json',
    kind: 'onboarding',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'Small-business insurance quote app ("Covera"), iOS 390x844, link/sync/import wording. The canvas uses prototypeStartNodeID (no flowStartingPoints). Sign-up with a rating and customer quote → about your business → coverage → a "Link your sales and bank accounts" screen (3 steps) with benefit, data-use and next-step copy, encryption/no-sharing/unlink-any-time copy, a "38,000+ businesses" figure, a consent checkbox instance with a Privacy Notice overlay, a "Link accounts" CTA and a "Powered by" mark. Platform tiles are grouped into "Revenue streams" and "Bank accounts" with image logos and full names, no search, and an upload-reports alternative. Tapping Shopify goes straight to a mock Shopify login (no redirect explanation), then an importing spinner, a linked-accounts status list (Synced ✓ / Waiting for authorization, "+ Link another account"), a quote with an in-feature "Link bank account" prompt and an account screen listing linked accounts with dates and "Resync"; the "Unlink" controls are hidden layers and "Delete account" deletes the user account. A marketing intro with "Skip" sits outside the prototype path and a welcome-email draft frame is hidden.',
    present: [
      'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
      'value.three-part', 'value.contextual-ctas',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.powered-by',
      'platform.grouped-categories', 'platform.accurate-branding', 'platform.alternatives', 'platform.multiple-connections',
      'connection.view-live', 'connection.refresh', 'connection.syncing-indicator',
    ],
    absent: [
      'funnel.greeting-email', 'funnel.prefill',
      'value.faq-link', 'value.progress-meter',
      'privacy.connection-guide', 'privacy.support-contacts', 'privacy.mutual-nda',
      'platform.explain-redirect', 'platform.search',
      'connection.delete',
    ],
    notes: {
      'funnel.three-actions': 'Sign up → About business → Coverage → Link accounts: exactly 3 steps.',
      'funnel.greeting-email': 'The only welcome-email frame is hidden (visible: false).',
      'connection.delete': 'The "Unlink" texts on the account screen are hidden layers; "Delete account" deletes the user account, not a connection.',
      'privacy.disconnect-anytime': '"You can unlink any account at any time" on the link screen (even though no visible unlink control exists).',
      'privacy.connection-guide': 'The only link near the CTA is the Privacy Notice; there is no connection guide or FAQ.',
      'platform.explain-redirect': 'Tapping the Shopify tile goes straight to the Shopify login screen; no copy explains the redirect and return.',
      'platform.search': 'Eight tiles, no search input.',
      'platform.non-linear': 'Unlabelled: no save-for-later or invite, but the tiles and "Link another account" allow moving between integrations; the "Skip" is on a marketing intro outside the path.',
      'funnel.prefill': 'Nothing is shown prefilled from the linked data; the revenue field is an empty estimate entered before linking.',
      'connection.refresh': '"Resync" link on each linked account.',
      'value.progress-meter': 'No progress bar, step counter or strength meter; the only indicator is the carousel page dots on the marketing intro, outside the prototype path.',
    },
    flow: { startFrameId: f('signup'), connectFrameId: f('connect'), stepsToConnect: 3, deadEnds: [] },
  };
  return { file, truth };
}

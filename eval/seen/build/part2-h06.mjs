// h06 — StockPilot: inventory & profit analytics add-on for online sellers (desktop 1440x900).
import { Builder, btnInst, btnFrame, btnGroup, linkText } from './part2-lib.mjs';

export default function build() {
  const b = new Builder(606);
  b.font = 'Inter';
  b.textColor = '#0F172A';
  b.instanceChildIds = true; // sublayers of instances get "I<inst>;<id>" ids, as Figma does
  const INK = '#0F172A', MUTED = '#64748B', LINE = '#E2E8F0', BRAND = '#4F46E5', BG = '#F8FAFC', GREEN = '#16A34A', AMBER = '#D97706', RED = '#DC2626';

  // ------------------------------------------------------------ components page
  b.page(7);
  const vPri = b.C({ name: 'Variant=Primary, State=Default', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 200, h: 48, fill: BRAND, radius: 8 }, [b.T('Label', { size: 15, weight: 600, color: '#FFFFFF' })]);
  const vPriH = b.C({ name: 'Variant=Primary, State=Hover', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 200, h: 48, fill: '#4338CA', radius: 8 }, [b.T('Label', { size: 15, weight: 600, color: '#FFFFFF' })]);
  const vSec = b.C({ name: 'Variant=Secondary, State=Default', layout: 'H', justify: 'CENTER', align: 'CENTER', w: 200, h: 48, fill: '#FFFFFF', stroke: LINE, radius: 8 }, [b.T('Label', { size: 15, weight: 600 })]);
  const setBtn = b.componentSet('Comp / Action / Large', [vPri, vPriH, vSec], 'Main action. Use one per view.');
  const tileD = b.C({ name: 'State=Default', layout: 'V', gap: 10, pad: 16, w: 200, fill: '#FFFFFF', stroke: LINE, radius: 12 }, [b.R(40, 40, { radius: 8, fill: '#CBD5E1' }), b.T('Platform', { size: 15, weight: 600 }), b.T('Connect', { size: 13, weight: 600, color: BRAND })]);
  const tileH = b.C({ name: 'State=Hover', layout: 'V', gap: 10, pad: 16, w: 200, fill: '#EEF2FF', stroke: BRAND, radius: 12 }, [b.R(40, 40, { radius: 8, fill: '#CBD5E1' }), b.T('Platform', { size: 15, weight: 600 }), b.T('Connect', { size: 13, weight: 600, color: BRAND })]);
  const setTile = b.componentSet('integration-tile', [tileD, tileH]);
  const chk = b.C({ name: 'tick', w: 20, h: 20, stroke: '#94A3B8', radius: 4 }, []);
  b.registerComponent(chk, { description: 'Checkbox 20' });
  const navC = b.C({ name: 'sidebar/item', layout: 'H', gap: 10, pad: [10, 12], w: 216, radius: 6 }, [b.V(18, 18, { fill: MUTED }), b.T('Item', { size: 14, weight: 500 })]);
  b.registerComponent(navC);
  const badge = b.C({ name: 'pill', layout: 'H', pad: [3, 10], radius: 99, fill: '#DCFCE7' }, [b.T('Status', { size: 12, weight: 600, color: GREEN })]);
  b.registerComponent(badge);
  const compPage = [
    b.at(setBtn, 0, 0), b.at(setTile, 0, 160), b.at(b.F({ name: 'Misc', layout: 'H', gap: 40, pad: 24 }, [chk, navC, badge]), 0, 420),
  ];

  // ------------------------------------------------------------ helpers
  const logo = (name, size = 40) => b.R(size, size, { image: 'logo-' + name, radius: 8, name: b.rnd() < 0.5 ? `${name.toLowerCase().replace(/\s+/g, '-')}.png` : b.auto('Rectangle') });
  const brandMark = () => b.F({ layout: 'H', gap: 8, align: 'CENTER' }, [b.V(28, 28, { fill: BRAND }), b.T('StockPilot', { size: 18, weight: 700 })]);
  const field = (label, value, o = {}) => b.F({ layout: 'V', gap: 6, stretch: true, name: o.name }, [
    b.T(label, { size: 13, weight: 500, color: '#334155' }),
    b.F({ layout: 'H', align: 'CENTER', gap: 8, pad: [0, 14], h: 44, stroke: '#CBD5E1', radius: 8, fill: '#FFFFFF', stretch: true }, [
      b.T(value, { size: 15, color: o.placeholder ? '#94A3B8' : INK }),
      o.tag ? b.F({ layout: 'H', pad: [2, 8], radius: 99, fill: '#EEF2FF' }, [b.T(o.tag, { size: 11, weight: 600, color: BRAND })]) : null,
    ]),
  ]);
  const tile = (name, o = {}) => {
    const t = b.I(tileD.id, { layout: 'V', gap: 10, pad: 16, w: 196, fill: '#FFFFFF', stroke: LINE, radius: 12, name: o.layerName }, [
      logo(name), b.T(name, { size: 15, weight: 600, w: 164 }), b.T(o.cta || 'Connect', { size: 13, weight: 600, color: BRAND }),
    ]);
    return t;
  };
  const sidebar = (active) => b.F({ layout: 'V', gap: 4, pad: [24, 16], w: 248, h: 900, fill: '#FFFFFF', stroke: LINE, name: 'Sidebar' }, [
    b.F({ layout: 'H', pad: [0, 8, 24, 8] }, [brandMark()]),
    ...['Overview', 'Inventory', 'Orders', 'Profit', 'Connections', 'Settings'].map((label) =>
      b.I(navC.id, { layout: 'H', gap: 10, pad: [10, 12], w: 216, radius: 6, fill: label === active ? '#EEF2FF' : undefined }, [b.V(18, 18, { fill: label === active ? BRAND : MUTED }), b.T(label, { size: 14, weight: 500, color: label === active ? BRAND : '#334155' })])),
  ]);
  const navByLabel = (sb, label) => sb.children.find((c) => c.children && c.children.some((t) => t.characters === label));

  // ------------------------------------------------------------ flow page
  b.page(12);
  const S = { signup: b.reserve(), about: b.reserve(), pricing: b.reserve(), connect: b.reserve(), redirect: b.reserve(), connected: b.reserve(), guide: b.reserve(), details: b.reserve(), dash: b.reserve(), settings: b.reserve(), disconnect: b.reserve(), wip: b.reserve() };

  // 1. Sign up
  const createBtn = btnInst(b, vPri.id, 'Create account', { fill: BRAND, stretch: true, name: 'cta/primary' });
  b.go(createBtn, S.about, 'NAVIGATE', { type: 'SLIDE_IN', direction: 'LEFT', easing: { type: 'EASE_OUT' }, duration: 0.3 });
  b.hoverSwap(createBtn, vPriH.id);
  const pricingLink = linkText(b, 'See pricing', { color: BRAND });
  b.go(pricingLink, S.pricing);
  const termsLink = linkText(b, 'Terms of Service', { size: 12, color: MUTED });
  b.url(termsLink, 'https://stockpilot.example/terms');
  const signup = b.F({ id: S.signup, name: 'Sign up', w: 1440, h: 900, fill: '#FFFFFF', clip: true }, [
    b.at(b.F({ layout: 'V', gap: 40, pad: [64, 64], w: 640, h: 900, fill: INK, name: 'Left' }, [
      b.F({ layout: 'H', gap: 8, align: 'CENTER' }, [b.V(28, 28, { fill: '#A5B4FC' }), b.T('StockPilot', { size: 18, weight: 700, color: '#FFFFFF' })]),
      b.T('Know your true profit on every order.', { size: 40, weight: 700, color: '#FFFFFF', w: 480 }),
      b.F({ layout: 'V', gap: 16, pad: 24, radius: 16, fill: '#1E293B', w: 512 }, [
        b.T('“StockPilot cut our stock-outs in half in the first quarter. I finally know which SKUs make money.”', { size: 18, color: '#E2E8F0', w: 464 }),
        b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [
          b.E(40, 40, { image: 'avatar-maya' }),
          b.F({ layout: 'V', gap: 2 }, [b.T('Maya Okafor', { size: 14, weight: 600, color: '#FFFFFF' }), b.T('Founder, Loom & Thread', { size: 13, color: '#94A3B8' })]),
        ]),
      ]),
      b.F({ layout: 'H', gap: 4, align: 'CENTER', name: 'rating' }, [
        ...Array.from({ length: 5 }, () => b.V(16, 16, { fill: '#FBBF24', name: 'Star' })),
        b.T('  4.8 out of 5 · 1,200+ reviews on the Shopify App Store', { size: 13, color: '#CBD5E1' }),
      ]),
    ]), 0, 0),
    b.at(b.F({ layout: 'V', gap: 20, w: 400 }, [
      b.T('Create your account', { size: 28, weight: 700 }),
      b.T('Start your 14-day free trial. No card required.', { size: 15, color: MUTED, w: 400 }),
      field('Work email', 'you@yourstore.com', { placeholder: true }),
      field('Password', '••••••••••', {}),
      createBtn,
      b.F({ layout: 'H', gap: 4, name: 'legal' }, [b.T('By signing up you agree to our', { size: 12, color: MUTED }), termsLink]),
      b.F({ layout: 'H', gap: 16 }, [b.T('Already have an account? Log in', { size: 14, color: MUTED }), pricingLink]),
    ]), 840, 220),
  ]);

  // 2. About your store
  const contBtn = btnFrame(b, 'Continue', { fill: BRAND, w: 160, h: 48 });
  b.go(contBtn, S.connect);
  const backBtn = btnFrame(b, 'Back', { fill: '#FFFFFF', stroke: LINE, color: INK, w: 100, h: 48 });
  b.back(backBtn);
  const chip = (label, on) => b.F({ layout: 'H', gap: 8, align: 'CENTER', pad: [10, 14], radius: 8, stroke: on ? BRAND : LINE, fill: on ? '#EEF2FF' : '#FFFFFF' }, [b.R(18, 18, { radius: 4, fill: on ? BRAND : '#FFFFFF', stroke: '#94A3B8' }), b.T(label, { size: 14 })]);
  const about = b.F({ id: S.about, name: 'About your store', w: 1440, h: 900, fill: BG }, [
    b.at(b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [0, 40], w: 1440, h: 72, fill: '#FFFFFF', stroke: LINE }, [brandMark(), b.T('Need help? Chat with us', { size: 14, color: MUTED })]), 0, 0),
    b.at(b.T('1  Tell us about your store\n2  Connect your sales channels\n3  See your true profit', { size: 15, lh: 2, color: MUTED, name: 'steps' }), 120, 160),
    b.at(b.F({ layout: 'V', gap: 24, pad: 40, w: 640, fill: '#FFFFFF', radius: 16, stroke: LINE }, [
      b.T('Tell us about your store', { size: 28, weight: 700 }),
      field('Store name', 'Loom & Thread'),
      b.T('Where do you sell?', { size: 13, weight: 500, color: '#334155' }),
      b.F({ layout: 'H', gap: 12 }, [chip('Online store', true), chip('Marketplaces', true), chip('Wholesale', false)]),
      field('Orders per month', '500–2,000  ▾'),
      b.F({ layout: 'H', gap: 12 }, [backBtn, contBtn]),
    ]), 520, 120),
  ]);

  // 3. Pricing (dead end)
  const plan = (name, price, feats, hl) => b.F({ layout: 'V', gap: 16, pad: 32, w: 340, radius: 16, fill: hl ? INK : '#FFFFFF', stroke: LINE }, [
    b.T(name, { size: 20, weight: 600, color: hl ? '#FFFFFF' : INK }),
    b.T(price, { size: 36, weight: 700, color: hl ? '#FFFFFF' : INK }),
    b.T(feats.map((f) => '✓ ' + f).join('\n'), { size: 14, lh: 1.8, color: hl ? '#CBD5E1' : MUTED }),
    btnFrame(b, 'Start free trial', { fill: hl ? BRAND : '#F1F5F9', color: hl ? '#FFFFFF' : INK, stretch: true }),
  ]);
  const pricing = b.F({ id: S.pricing, name: 'Pricing', w: 1440, h: 900, fill: BG }, [
    b.at(b.F({ layout: 'H', pad: [0, 40], align: 'CENTER', w: 1440, h: 72, fill: '#FFFFFF', stroke: LINE }, [brandMark()]), 0, 0),
    b.at(b.T('Simple pricing that grows with you', { size: 36, weight: 700 }), 400, 130),
    b.at(b.F({ layout: 'H', gap: 24 }, [
      plan('Starter', '$29/mo', ['1 sales channel', 'Daily sync', 'Email support']),
      plan('Growth', '$79/mo', ['5 sales channels', 'Hourly sync', 'Profit by SKU'], true),
      plan('Scale', '$199/mo', ['Unlimited channels', 'Multi-currency', 'Priority support']),
    ]), 192, 230),
  ]);

  // 4. Connect your sales channels (the connect prompt)
  const mainCta = btnInst(b, vPri.id, 'Connect Shopify', { fill: BRAND, w: 220, icon: true, name: 'Comp / Action / Large' });
  b.overlay(mainCta, S.redirect);
  const tiles = {
    rev: ['Shopify', 'WooCommerce', 'Amazon Seller Central', 'Etsy'].map((n) => tile(n)),
    acc: ['QuickBooks Online', 'Xero', 'FreshBooks'].map((n) => tile(n)),
    bank: ['Chase for Business', 'Bank of America', 'Mercury'].map((n) => tile(n)),
  };
  for (const t of [tiles.rev[0], tiles.rev[1], tiles.rev[2], tiles.acc[0], tiles.acc[1], tiles.bank[0]]) b.overlay(t, S.redirect);
  b.hoverSwap(tiles.rev[0], tileH.id); b.hoverSwap(tiles.acc[0], tileH.id);
  const group = (heading, list) => b.F({ layout: 'V', gap: 12, name: heading }, [b.T(heading, { size: 20, weight: 600 }), b.F({ layout: 'H', gap: 16 }, list)]);
  const guideLink = linkText(b, 'How to connect: step-by-step guide', { color: BRAND });
  b.go(guideLink, S.guide);
  const faqLink = linkText(b, 'Want to know more? Read the FAQ', { color: BRAND });
  b.url(faqLink, 'https://help.stockpilot.example/faq/connecting');
  const csvLink = linkText(b, 'Can’t find your platform? Upload a CSV of your orders instead', { color: BRAND, underline: true });
  const seg = (on) => b.R(100, 8, { radius: 4, fill: on ? AMBER : '#E2E8F0' });
  const connect = b.F({ id: S.connect, name: 'Connect — sales channels', w: 1440, h: 1180, fill: BG, clip: true }, [
    b.at(b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: [0, 40], w: 1440, h: 72, fill: '#FFFFFF', stroke: LINE, name: 'Header' }, [
      brandMark(),
      b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [b.T('Step 2 of 3', { size: 13, color: MUTED }), b.G({}, [b.R(160, 6, { radius: 3, fill: '#E2E8F0', x: 0, y: 0 }), b.R(107, 6, { radius: 3, fill: BRAND, x: 0, y: 0 })])]),
    ]), 0, 0),
    b.at(b.F({ layout: 'V', gap: 28, w: 900, name: 'Main' }, [
      b.F({ layout: 'V', gap: 12, stretch: true, name: 'Intro' }, [
        b.T('Connect your sales channels', { size: 28, weight: 700 }),
        b.T('See true profit per SKU: revenue, fees, refunds and cost of goods in one place, updated every hour.', { size: 16, color: '#334155', w: 720 }),
        b.T('StockPilot reads orders, refunds, fees and payouts from the platforms you connect. Access is read-only: we never change anything in your store or your books.', { size: 14, color: MUTED, w: 720 }),
        b.F({ layout: 'H', gap: 16, align: 'CENTER' }, [mainCta, b.T('Recommended: most sellers start with their store', { size: 13, color: MUTED })]),
      ]),
      b.F({ layout: 'H', gap: 10, align: 'CENTER', pad: [0, 14], h: 44, w: 420, radius: 10, fill: '#FFFFFF', stroke: '#CBD5E1' }, [b.V(16, 16, { stroke: MUTED, strokeWeight: 2 }), b.T('Search 40+ apps', { size: 14, color: '#94A3B8' })]),
      group('Revenue streams', tiles.rev),
      group('Accounting', tiles.acc),
      group('Bank accounts', tiles.bank),
      b.F({ layout: 'V', gap: 10 }, [
        csvLink,
        b.T('Not the right person? Invite a colleague · Save and finish later', { size: 14, color: BRAND }),
      ]),
    ]), 80, 120),
    b.at(b.F({ layout: 'V', gap: 20, pad: 24, w: 380, fill: '#FFFFFF', radius: 16, stroke: LINE, name: 'Aside' }, [
      b.T('Profit accuracy', { size: 16, weight: 600 }),
      b.F({ layout: 'H', gap: 6 }, [seg(true), seg(false), seg(false)]),
      b.T('Basic · connect accounting and a bank account to reach Complete', { size: 13, color: MUTED, w: 332 }),
      b.L(332),
      b.T('🔒 Bank-level 256-bit encryption. We never share your data with third parties without your consent.', { size: 14, w: 332 }),
      b.T('12,000+ sellers trust StockPilot with their store data.', { size: 14, weight: 600, w: 332 }),
      b.T('You can disconnect any platform at any time from Settings › Connections.', { size: 14, color: MUTED, w: 332 }),
      b.L(332),
      faqLink,
      guideLink,
      b.T('Stuck? Call +1 (415) 555-0134, email support@stockpilot.io or open a support request.', { size: 13, color: MUTED, w: 332 }),
      b.F({ layout: 'H', gap: 6, align: 'CENTER', visible: false, name: 'powered' }, [b.T('Powered by', { size: 11, color: MUTED }), b.V(64, 14, { fill: MUTED, name: 'conduit-wordmark' }), b.T('Conduit', { size: 11, weight: 600 })]),
    ]), 1010, 120),
  ]);

  // 5. Redirect explainer (overlay)
  const cancel = btnFrame(b, 'Cancel', { fill: '#FFFFFF', stroke: LINE, color: INK, w: 120, h: 48 });
  b.close(cancel);
  const goShopify = btnGroup(b, 'Continue to Shopify', { w: 260, h: 48, fill: BRAND, size: 15, radius: 8 });
  b.go(goShopify.children[0], S.connected); // link sits on the rectangle, as often happens
  const policy = linkText(b, 'Data Privacy Policy', { size: 13, color: BRAND });
  b.url(policy, 'https://stockpilot.example/privacy');
  const redirect = b.F({ id: S.redirect, name: 'Modal / redirect', w: 560, h: 520, fill: '#FFFFFF', radius: 16, shadow: true, layout: 'V', gap: 20, pad: 32 }, [
    b.F({ layout: 'H', gap: 16, align: 'CENTER' }, [logo('Shopify', 48), b.V(32, 12, { fill: '#94A3B8', name: 'arrows' }), b.V(48, 48, { fill: BRAND })]),
    b.T('Connect Shopify', { size: 24, weight: 700 }),
    b.T('You’ll be redirected to Shopify to sign in and approve read-only access. When you’re done, you’ll come straight back to StockPilot.', { size: 15, color: '#334155', w: 496 }),
    b.T('You can disconnect Shopify at any time.', { size: 14, color: MUTED }),
    b.F({ layout: 'H', gap: 12, name: 'consent' }, [
      b.I(chk.id, { w: 20, h: 20, stroke: '#94A3B8', radius: 4 }, []),
      b.F({ layout: 'V', gap: 4 }, [b.T('I agree to StockPilot’s Data Privacy Policy and allow read access to my Shopify order data.', { size: 13, w: 440 }), policy]),
    ]),
    b.F({ layout: 'H', gap: 12, justify: 'MAX', stretch: true }, [cancel, goShopify]),
  ]);

  // 6. Connected / status
  const addAnother = linkText(b, '+ Add another sales channel', { color: BRAND, underline: false, weight: 600 });
  b.go(addAnother, S.connect);
  const toDetails = btnInst(b, vPri.id, 'Continue', { fill: BRAND, w: 180, name: 'Btn' });
  b.go(toDetails, S.details);
  const statusRow = (name, pill, pillFill, pillColor, extra) => b.F({ layout: 'H', align: 'CENTER', justify: 'SPACE_BETWEEN', pad: [14, 18], w: 640, radius: 12, fill: '#FFFFFF', stroke: LINE }, [
    b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [logo(name, 32), b.T(name, { size: 15, weight: 600 })]),
    b.F({ layout: 'H', gap: 12, align: 'CENTER' }, [extra, b.I(badge.id, { layout: 'H', pad: [3, 10], radius: 99, fill: pillFill }, [b.T(pill, { size: 12, weight: 600, color: pillColor })])]),
  ]);
  const connected = b.F({ id: S.connected, name: 'Connected', w: 1440, h: 900, fill: BG }, [
    b.at(b.F({ layout: 'H', pad: [0, 40], align: 'CENTER', w: 1440, h: 72, fill: '#FFFFFF', stroke: LINE }, [brandMark()]), 0, 0),
    b.at(b.F({ layout: 'V', gap: 16, w: 640 }, [
      b.T('Shopify is connected', { size: 28, weight: 700 }),
      b.T('We’re importing your last 12 months of orders. You can keep going while this runs.', { size: 15, color: MUTED, w: 640 }),
      statusRow('Shopify', 'Connected ✓', '#DCFCE7', GREEN, null),
      statusRow('Amazon Seller Central', 'Pending authorization', '#FEF3C7', AMBER, linkText(b, 'Finish', { size: 13, color: BRAND })),
      statusRow('WooCommerce', 'Not connected', '#F1F5F9', MUTED, null),
      addAnother,
      toDetails,
    ]), 400, 140),
  ]);

  // 7. Connection guide (BACK only)
  const guideBack = linkText(b, '‹ Back', { color: BRAND, underline: false });
  b.back(guideBack);
  const guide = b.F({ id: S.guide, name: 'Help — how to connect', w: 1440, h: 900, fill: '#FFFFFF' }, [
    b.at(b.F({ layout: 'V', gap: 20, w: 720 }, [
      guideBack,
      b.T('How to connect Amazon Seller Central', { size: 28, weight: 700 }),
      b.T('1  Sign in to Seller Central as the primary account owner\n2  Approve the StockPilot developer ID when asked\n3  Pick the marketplaces you sell in (US, CA, UK…)\n4  Return here — we start syncing right away', { size: 16, lh: 2 }),
      b.R(720, 360, { image: 'guide-screenshot', radius: 12 }),
    ]), 360, 80),
  ]);

  // 8. Prefilled business details
  const looksGood = btnFrame(b, 'Looks good', { fill: BRAND, w: 160, h: 48, name: 'Auto layout' });
  b.go(looksGood, S.dash);
  const details = b.F({ id: S.details, name: 'Business details (prefilled)', w: 1440, h: 900, fill: BG }, [
    b.at(b.F({ layout: 'H', pad: [0, 40], align: 'CENTER', w: 1440, h: 72, fill: '#FFFFFF', stroke: LINE }, [brandMark()]), 0, 0),
    b.at(b.F({ layout: 'V', gap: 18, pad: 40, w: 680, fill: '#FFFFFF', radius: 16, stroke: LINE }, [
      b.T('Check your business details', { size: 28, weight: 700 }),
      b.T('We filled these in from Shopify. Edit anything that looks wrong.', { size: 15, color: MUTED }),
      field('Legal business name', 'Loom & Thread LLC', { tag: 'from Shopify' }),
      field('EIN', '84-2219034', { tag: 'from Shopify' }),
      field('Business address', '1208 Alder St, Portland, OR 97205', { tag: 'from Shopify' }),
      field('Main contact', 'Maya Okafor · maya@loomandthread.com', { tag: 'from Shopify' }),
      field('Annual revenue (last 12 months)', '$1,214,380', { tag: 'from Shopify' }),
      looksGood,
    ]), 380, 110),
  ]);

  // 9. Dashboard (contextual connect CTA)
  const sbDash = sidebar('Overview');
  b.go(navByLabel(sbDash, 'Connections'), S.settings);
  b.go(navByLabel(sbDash, 'Settings'), S.settings);
  const ctxBtn = btnFrame(b, 'Connect accounting', { fill: BRAND, w: 200 });
  b.overlay(ctxBtn, S.redirect);
  const kpi = (label, value) => b.F({ layout: 'V', gap: 6, pad: 20, w: 340, radius: 12, fill: '#FFFFFF', stroke: LINE }, [b.T(label, { size: 13, color: MUTED }), b.T(value, { size: 28, weight: 700 })]);
  const dash = b.F({ id: S.dash, name: 'Dashboard', w: 1440, h: 900, fill: BG }, [
    b.at(sbDash, 0, 0),
    b.at(b.F({ layout: 'V', gap: 24, w: 1112 }, [
      b.F({ layout: 'H', justify: 'SPACE_BETWEEN', stretch: true }, [b.T('Overview', { size: 28, weight: 700 }), b.T('Last 30 days ▾', { size: 14, color: MUTED })]),
      b.F({ layout: 'H', gap: 24 }, [kpi('Revenue', '$84,210'), kpi('Units sold', '3,914'), kpi('Stock-outs', '3')]),
      b.F({ layout: 'V', gap: 16, pad: 24, radius: 12, fill: '#FFFFFF', stroke: LINE, stretch: true, name: 'chart card' }, [
        b.T('Profit by channel', { size: 18, weight: 600 }),
        b.F({ layout: 'H', gap: 24, align: 'MAX', h: 180 }, [120, 80, 150, 60, 100, 40].map((h) => b.R(56, h, { fill: '#E0E7FF', radius: 4 }))),
        b.F({ layout: 'V', gap: 10, pad: 20, radius: 12, fill: '#F8FAFC', stroke: LINE, dash: true, stretch: true }, [
          b.T('Add fees and cost of goods', { size: 16, weight: 600 }),
          b.T('Connect QuickBooks Online or Xero to see true net profit per channel here.', { size: 14, color: MUTED }),
          ctxBtn,
        ]),
      ]),
    ]), 288, 32),
  ]);

  // 10. Settings › Connections
  const sbSet = sidebar('Connections');
  b.go(navByLabel(sbSet, 'Overview'), S.dash);
  const spinner = () => b.G({ name: 'spinner' }, [b.E(16, 16, { stroke: '#E2E8F0', strokeWeight: 2, x: 0, y: 0 }), b.V(16, 16, { stroke: BRAND, strokeWeight: 2, x: 0, y: 0, name: 'arc' })]);
  const col = (t, w, _o = {}) => b.F({ layout: 'H', gap: 8, align: 'CENTER', w }, [t]);
  const disc = (label) => { const t = b.T(label, { size: 14, weight: 600, color: RED }); return t; };
  const rows = [
    ['Shopify', 'loomandthread.myshopify.com', '12 Mar 2026, 09:14', 'Today, 10:02'],
    ['Amazon Seller Central', 'Seller ID A2X9T…', '14 Mar 2026, 16:40', null],
    ['QuickBooks Online', 'Company 9130 3548 · USD', '2 Apr 2026, 11:05', 'Yesterday, 23:50'],
  ].map(([name, meta, first, last]) => {
    const d = disc('Disconnect');
    if (name === 'Shopify') b.overlay(d, S.disconnect);
    const syncNow = linkText(b, 'Sync now', { size: 14, color: BRAND, underline: false, weight: 600 });
    return b.F({ layout: 'H', align: 'CENTER', pad: [14, 20], h: 68, stretch: true, stroke: LINE }, [
      b.F({ layout: 'H', gap: 12, align: 'CENTER', w: 330 }, [logo(name, 32), b.F({ layout: 'V', gap: 2 }, [b.T(name, { size: 14, weight: 600 }), b.T(meta, { size: 12, color: MUTED })])]),
      col(b.T(first, { size: 14 }), 190),
      last ? col(b.T(last, { size: 14 }), 190) : b.F({ layout: 'H', gap: 8, align: 'CENTER', w: 190 }, [spinner(), b.T('Syncing…', { size: 14, color: BRAND })]),
      b.F({ layout: 'H', gap: 20, align: 'CENTER' }, [last ? syncNow : null, d]),
    ]);
  });
  const addConn = btnInst(b, vSec.id, '+ Add connection', { fill: '#FFFFFF', color: INK, w: 180, h: 40, name: 'Comp / Action / Large' });
  b.go(addConn, S.connect);
  const delAcct = btnFrame(b, 'Delete account', { fill: '#FEE2E2', color: RED, w: 160 });
  const settings = b.F({ id: S.settings, name: 'Settings / Connections', w: 1440, h: 900, fill: BG }, [
    b.at(sbSet, 0, 0),
    b.at(b.F({ layout: 'V', gap: 20, w: 1112 }, [
      b.T('Settings', { size: 28, weight: 700 }),
      b.F({ layout: 'H', gap: 28 }, ['Profile', 'Billing', 'Connections', 'Team'].map((t) => b.T(t, { size: 14, weight: 600, color: t === 'Connections' ? BRAND : MUTED }))),
      b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', stretch: true }, [b.T('Connections', { size: 20, weight: 600 }), addConn]),
      b.F({ layout: 'V', radius: 12, fill: '#FFFFFF', stroke: LINE, stretch: true, clip: true, name: 'Table' }, [
        b.F({ layout: 'H', pad: [10, 20], fill: '#F1F5F9', stretch: true }, [col(b.T('Platform', { size: 12, weight: 600, color: MUTED }), 330), col(b.T('Connected on', { size: 12, weight: 600, color: MUTED }), 190), col(b.T('Last synced', { size: 12, weight: 600, color: MUTED }), 190)]),
        ...rows,
      ]),
      b.T('Need a hand? Call +1 (415) 555-0134 · support@stockpilot.io · Contact support', { size: 13, color: MUTED }),
      b.F({ layout: 'H', justify: 'SPACE_BETWEEN', align: 'CENTER', pad: 20, radius: 12, stroke: '#FECACA', fill: '#FFFFFF', stretch: true, name: 'Danger zone' }, [
        b.F({ layout: 'V', gap: 4 }, [b.T('Delete account', { size: 15, weight: 600 }), b.T('Permanently delete your StockPilot account, reports and team members.', { size: 13, color: MUTED })]),
        delAcct,
      ]),
    ]), 288, 32),
  ]);

  // 11. Disconnect confirmation (overlay)
  const keep = btnFrame(b, 'Cancel', { fill: '#FFFFFF', stroke: LINE, color: INK, w: 110 });
  b.close(keep);
  const doDisc = btnFrame(b, 'Disconnect', { fill: RED, w: 140 });
  b.go(doDisc, S.settings);
  const disconnect = b.F({ id: S.disconnect, name: 'Modal / disconnect', w: 480, h: 260, fill: '#FFFFFF', radius: 16, shadow: true, layout: 'V', gap: 16, pad: 28 }, [
    b.T('Disconnect Shopify?', { size: 22, weight: 700 }),
    b.T('StockPilot will stop syncing orders from Shopify and its access will be revoked. Reports you already have stay available.', { size: 14, color: '#334155', w: 424 }),
    b.F({ layout: 'H', gap: 12, justify: 'MAX', stretch: true }, [keep, doDisc]),
  ]);

  // Hidden WIP frame (not part of the deliverable)
  const wip = b.F({ id: S.wip, name: 'Connect v4 (WIP — do not review)', w: 1440, h: 900, fill: '#FFFFFF', visible: false }, [
    b.at(b.T('Prefer a mutual NDA before connecting? Request one', { size: 16 }), 100, 100),
    b.at(b.T('Powered by Conduit', { size: 12, color: MUTED }), 100, 140),
  ]);

  const sec1 = b.SECTION({ name: '01 — Sign up' }, [b.at(signup, 0, 0), b.at(about, 1540, 0), b.at(pricing, 0, 1000)]);
  const sec2 = b.SECTION({ name: '02 — Connect' }, [b.at(connect, 0, 0), b.at(redirect, 1540, 0), b.at(connected, 1540, 620), b.at(guide, 0, 1280)]);
  const sec3 = b.SECTION({ name: '03 — In app' }, [b.at(details, 0, 0), b.at(dash, 1540, 0), b.at(settings, 3080, 0), b.at(disconnect, 4620, 0)]);
  const flowKids = [b.at(sec1, 0, 0), b.at(sec2, 3300, 0), b.at(sec3, 0, 2200), b.at(wip, 6800, 0)];

  // ------------------------------------------------------------ cover
  b.page(1);
  const cover = b.F({ name: 'Cover', w: 1920, h: 1080, fill: INK }, [
    b.at(b.T('StockPilot', { size: 32, weight: 700, color: '#A5B4FC' }), 120, 120),
    b.at(b.T('Onboarding & connections — v3', { size: 72, weight: 700, color: '#FFFFFF' }), 120, 400),
    b.at(b.T('Status: Ready for dev · Owner: Priya N. · Last review 28 Sep 2026', { size: 24, color: '#94A3B8' }), 120, 520),
  ]);

  // ------------------------------------------------------------ archive
  b.page(40);
  const oldConnect = b.F({ name: 'OLD connect (v2)', w: 1440, h: 900, fill: '#FFFFFF' }, [
    b.at(b.T('Integrations', { size: 24, weight: 700 }), 80, 80),
    b.at(b.F({ layout: 'V', gap: 12 }, ['Shopify', 'WooCommerce', 'Amazon Seller Central', 'QuickBooks Online', 'Xero'].map((n) =>
      b.F({ layout: 'H', gap: 12, align: 'CENTER', pad: 12, w: 600, stroke: LINE, radius: 8 }, [logo(n, 28), b.T(n, { size: 15 }), b.T('Connect', { size: 14, color: BRAND })]))), 80, 140),
  ]);
  const oldSettings = b.F({ name: 'OLD settings (v2)', w: 1440, h: 900, fill: '#FFFFFF' }, [
    b.at(b.T('Connected apps', { size: 24, weight: 700 }), 80, 80),
    b.at(b.T('Shopify — connected\nQuickBooks Online — connected', { size: 15, lh: 2 }), 80, 140),
  ]);

  const pages = [
    b.canvas('0:1', 'Cover', [b.at(cover, 0, 0)]),
    b.canvas('0:2', '🧩 Components', compPage.map((n) => n)),
    b.canvas('0:3', 'Onboarding flow', flowKids, { flowStart: [{ nodeId: S.signup, name: 'Onboarding' }] }),
    b.canvas('0:4', 'Archive', [b.at(oldConnect, 0, 0), b.at(oldSettings, 1540, 0)]),
  ];
  const file = b.file('StockPilot — Onboarding v3', pages);

  const truth = {
    file: 'h06-ecommerce-addon-desktop.json',
    kind: 'onboarding',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'StockPilot, an inventory and profit-analytics add-on for online sellers, desktop 1440x900. Four pages (cover, components, flow, archive); the flow page holds three SECTIONs. Sign-up (testimonial + app-store rating) → store questions → a connect screen with a three-part value message, one main "Connect Shopify" CTA, a "Search 40+ apps" field and platform tiles grouped under "Revenue streams", "Accounting" and "Bank accounts", a profit-accuracy strength meter, trust/statistics/disconnect copy, FAQ and guide links and support contacts → redirect-explainer overlay with a consent checkbox → status view (Connected ✓ / Pending authorization / + Add another) → business details prefilled from Shopify → dashboard with an in-feature "Connect accounting" empty state → Settings › Connections table with first/last sync dates, Sync now, Syncing… spinner and Disconnect (plus a look-alike "Delete account" danger zone). A "See pricing" link on sign-up leads to a Pricing screen with no way forward. "Powered by Conduit" and an NDA offer exist only in hidden layers / a hidden frame.',
    present: [
      'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
      'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
      'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
      'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
      'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
      'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
    ],
    absent: ['funnel.greeting-email', 'privacy.powered-by', 'privacy.mutual-nda'],
    notes: {
      'funnel.three-actions': 'Sign up → About your store → Connect: 2 prototype steps.',
      'funnel.greeting-email': 'No email frame anywhere in the file.',
      'privacy.powered-by': '"Powered by Conduit" only exists in a hidden layer (visible:false) in the connect aside and in a hidden WIP frame.',
      'privacy.mutual-nda': 'The NDA offer is only in the hidden WIP frame.',
      'value.progress-meter': '"Profit accuracy" three-segment strength meter that grows with each connected source (beside the connect prompt).',
      'value.three-part': 'Value line (true profit per SKU), data-use line (reads orders, refunds, fees, payouts; read-only) and one main "Connect Shopify" CTA.',
      'privacy.statistics': '"12,000+ sellers trust StockPilot with their store data" next to the encryption claim.',
      'connection.delete': '"Disconnect" per connection in Settings › Connections with a confirmation overlay; the separate "Delete account" danger zone is a look-alike and not the evidence.',
      'platform.non-linear': 'Single text "Not the right person? Invite a colleague · Save and finish later" under the platform groups.',
      'funnel.cta-visible': 'Main CTA centred on the connect screen and a permanent "Connections" sidebar entry in the app.',
    },
    flow: { startFrameId: S.signup, connectFrameId: S.connect, stepsToConnect: 2, deadEnds: [S.pricing] },
  };
  return { slug: 'h06-ecommerce-addon-desktop', file, truth };
}

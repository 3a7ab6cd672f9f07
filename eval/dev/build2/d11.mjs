// d11 — ShelfSight: marketplace seller analytics, tablet landscape 1366x1024; connections managed in a table. Older file: transitionNodeID + prototypeStartNodeID only.
import { Ctx, T, H, Link, Rect, Vec, Gap, Row, Card, BtnInst, BtnFrame, BtnGroup, Chip, Search, Logo, Spinner, Screen, componentsPage, coverPage, flowPage, write } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#F97316', font: 'Roboto' });
  const cover = coverPage(c, 1, 'ShelfSight iPad', 'Seller analytics · onboarding + channels · Q4');
  const comp = componentsPage(c, 2, [
    { name: 'button / filled', set: ['default', 'pressed'], label: 'Next' },
    { name: 'table / row' },
    { name: 'status pill', set: ['ok', 'pending', 'syncing'] },
  ]);
  const B = comp['button / filled'];
  const at = (i, row = 0) => [i * 1500, row * 1300, 1366, 1024];
  const old = (to) => ({ to, old: true });
  const tile = (name, ref, label = 'Connect', o = {}) => Card([Row([Logo(ref, { s: 40 }), T(name, { size: 17, weight: 600 })], { gap: 12, widths: [40] }), Chip(label, { ...o, w: 120 })], { w: 280, gap: 12 });
  const cell = (s, o = {}) => T(s, { size: 14, ...o });
  const tr = (cells, o = {}) => Row(cells, { pad: 14, gap: 16, widths: [300, 220, 260], stroke: '#EDEDED', name: o.name || 'table / row', ...o });

  const screens = [
    Screen('landing', 'Landing', at(0), [
      Gap(80), H('Know what every channel really earns.', { size: 40 }),
      T('Fees, refunds, ad spend and stock — ShelfSight puts your Amazon, eBay and Etsy numbers on one screen.', { size: 20, color: '#52525B', w: 760 }),
      BtnGroup('Start free trial', { ...old('signup'), w: 240, fill: '#F97316' }),
      Link('Skip tour', { plain: true, ...old('signup'), color: '#71717A' }),
      Rect({ h: 420, r: 20, image: 'hero88', name: 'image 12' }),
    ], { pad: 80 }),
    Screen('signup', 'Frame 2', at(1), [Gap(120), H('Create your ShelfSight account', { size: 30 }), Rect({ h: 52, w: 480, r: 8, fill: '#F4F4F5' }), Rect({ h: 52, w: 480, r: 8, fill: '#F4F4F5' }), BtnInst('Create account', B, { ...old('verify'), w: 480 })], { pad: 440 }),
    Screen('verify', 'Frame 3', at(2), [Gap(160), H('Check your inbox 📬', { size: 30 }), T('We sent a 6-digit code to sam@northloom.example', { size: 16 }), Row([0, 1, 2, 3, 4, 5].map(() => Rect({ w: 56, h: 64, r: 8, fill: '#F4F4F5' })), { gap: 12 }), BtnInst('Verify', B, { ...old('store'), w: 480 })], { pad: 440 }),
    Screen('store', 'Frame 4', at(3), [Gap(120), H('Tell us about your store', { size: 30 }), T('Store name', { size: 13 }), Rect({ h: 52, w: 480, r: 8, fill: '#F4F4F5' }), T('Monthly orders', { size: 13 }), Row([Chip('< 500'), Chip('500–5k'), Chip('5k+')], { gap: 8 }), BtnInst('Next', B, { ...old('picker'), w: 480 })], { pad: 440 }),
    Screen('picker', 'Channels', at(4), [
      Row([T('Step 2 of 4 channels added', { size: 13, color: '#71717A' }), Row([Rect({ w: 60, h: 6, r: 3, fill: '#F97316' }), Rect({ w: 60, h: 6, r: 3, fill: '#F97316' }), Rect({ w: 60, h: 6, r: 3 }), Rect({ w: 60, h: 6, r: 3 })], { gap: 6 })], { gap: 16, widths: [220] }),
      H('Plug in your\u200B sales channels', { size: 32 }),
      T('See true profit per channel in one dashboard.', { size: 18, color: '#52525B' }),
      Row([Search('Search 60+ channels', { w: 420 }), Link('Channel not listed? Import a CSV of orders', { ...old('csv') })], { gap: 24, widths: [420] }),
      T('Marketplaces', { size: 22, weight: 700 }),
      Row([tile('Amazon', 'amz', 'Connect', old('redirect')), tile('eBay', 'ebay'), tile('Etsy', 'etsy'), tile('Walmart', 'wmt')], { gap: 16 }),
      T('Storefronts', { size: 22, weight: 700 }),
      Row([tile('Shopify', 'shop'), tile('WooCommerce', 'woo'), tile('BigCommerce', 'bigc')], { gap: 16 }),
      T('Accounting', { size: 22, weight: 700 }),
      Row([tile('QuickBooks', 'qb'), tile('Xero', 'xero'), tile('Sage', 'sage')], { gap: 16 }),
      T('🔐 Secure, encrypted connection. We never sell or share your store data.', { size: 14, color: '#52525B' }),
      T('4,500+ sellers · $2B in sales analysed', { size: 14, weight: 600 }),
      Row([Link('Setup guide: connecting Amazon Seller Central', { url: 'https://help.shelfsight.example/amazon' }), Link('Invite a teammate to connect', { plain: true })], { gap: 32 }),
      BtnInst('Continue', B, { ...old('dash'), w: 240 }),
    ], { pad: 48, gap: 18, cta: true }),
    Screen('redirect', 'Frame 6', at(5), [Gap(300), Card([H('Heading to Amazon', { size: 24 }), T('We’ll open Amazon Seller Central in a new tab. Sign in, approve ShelfSight, and you’ll land right back here.', { size: 17 }), BtnFrame('Open Seller Central', { ...old('amazon'), w: 260 }), Link('Not now', { plain: true, close: true })], { pad: 40, w: 560 })], { pad: 400, bg: '#18181B99' }),
    Screen('amazon', 'amazon consent', at(6), [Gap(160), Logo('amz', { s: 72 }), H('Authorize ShelfSight', { size: 26 }), T('ShelfSight is requesting access to orders, inventory, fees and reports for Northloom Goods.', { size: 16 }), BtnFrame('Confirm', { ...old('picked'), fill: '#FF9900', color: '#111111', w: 200 })], { pad: 440 }),
    Screen('picked', 'Channels (1 connected)', at(7), [
      H('Plug in your sales channels', { size: 32 }),
      Row([Card([T('Amazon', { weight: 600 }), T('✓ Connected', { color: '#16A34A', size: 13 })], { w: 280 }), Card([T('Etsy', { weight: 600 }), T('Pending authorization', { color: '#CA8A04', size: 13 })], { w: 280, stroke: '#CA8A04' }), Card([Vec({ w: 24, h: 24, name: 'plus' }), T('Add channel', { weight: 600 })], { w: 280, ...old('picker') })], { gap: 16 }),
      BtnInst('Go to dashboard', B, { ...old('dash'), w: 240 }),
    ], { pad: 48 }),
    Screen('dash', 'Dashboard', at(0, 1), [
      Row([T('Overview', { size: 15, weight: 700 }), T('Products', { size: 15 }), T('Channels', { size: 15, ...old('table') }), T('Reports', { size: 15 })], { gap: 32, pad: 20, fill: '#FAFAFA' }),
      H('Net profit, last 30 days', { size: 24 }),
      Rect({ h: 300, r: 12, fill: '#FFF7ED', name: 'chart' }),
      Card([T('eBay fees aren’t showing yet', { weight: 700 }), T('Connect eBay to break down final value fees and promoted-listing costs.', { size: 14 }), BtnFrame('Connect eBay', { ...old('picker'), w: 180 })], { w: 520, fill: '#FFF7ED' }),
      T('Delete workspace', { size: 13, color: '#DC2626', hidden: false }),
    ], { pad: 40 }),
    Screen('table', 'Channels table', at(1, 1), [
      H('Connected channels', { size: 28 }),
      tr([cell('Platform', { weight: 700 }), cell('Status', { weight: 700 }), cell('Last sync', { weight: 700 }), cell('Actions', { weight: 700 })], { fill: '#FAFAFA', name: 'header' }),
      tr([Row([Logo('amz', { s: 24 }), cell('Amazon · UK store')], { gap: 8, widths: [24] }), cell('● Live', { color: '#16A34A' }), cell('Today 09:12 · first synced 4 Jun'), Row([Link('Sync', { plain: true, size: 14 }), Link('Disconnect', { plain: true, size: 14, color: '#DC2626', ...old('unlink') })], { gap: 16 })]),
      tr([Row([Logo('etsy', { s: 24 }), cell('Etsy · NorthloomCo')], { gap: 8, widths: [24] }), Row([Spinner(), cell('Syncing…')], { gap: 6, widths: [18] }), cell('In progress'), Row([Link('Disconnect', { plain: true, size: 14, color: '#DC2626' })])]),
      tr([Row([Logo('shop', { s: 24 }), cell('Shopify · northloom.com')], { gap: 8, widths: [24] }), cell('Pending authorization', { color: '#CA8A04' }), cell('—'), Row([Link('Resume', { plain: true, size: 14 })])]),
      BtnFrame('+ Add channel', { ...old('picker'), w: 180, fill: '#FFFFFF', color: '#F97316' }),
    ], { pad: 40, gap: 0 }),
    Screen('unlink', 'Frame 11', at(2, 1), [Gap(320), Card([H('Disconnect Amazon?', { size: 22 }), T('ShelfSight will stop importing orders from this store. Existing reports stay.', { size: 16 }), BtnFrame('Disconnect', { fill: '#DC2626', close: true, w: 200 })], { pad: 32, w: 520 })], { pad: 420, bg: '#18181B99' }),
    Screen('csv', 'Frame 12', at(3, 1), [H('Import orders from CSV'), Rect({ h: 240, r: 12, fill: '#FAFAFA' }), BtnFrame('Choose file', { ...old('picked'), w: 180 })], { pad: 80 }),
  ];
  const flow = flowPage(c, 3, 'iPad flow', screens, 'landing', { legacy: true });
  c.page(4);
  const archive = { id: '4:0', name: '_archive', type: 'CANVAS', children: [Screen(null, 'old picker', [0, 0, 1366, 1024], [H('Connect'), T('Amazon Seller Central · eBay · Etsy'), T('Powered by Codat')])(c)] };
  return write(dir, 'd11-marketplace-seller-tablet', c, { name: 'ShelfSight — iPad onboarding', lastModified: '2025-06-03T16:20:45Z', version: '3120044987' }, [cover, flow, comp.page, archive], {
    kind: 'onboarding',
    description: 'ShelfSight, marketplace seller analytics, iPad landscape 1366x1024, short punchy copy; an older file whose prototype uses transitionNodeID only and a page with prototypeStartNodeID only. Landing (marketing "Skip tour") → sign up → email code → store details → channel picker (4 steps: segmented "2 of 4" bar, one-line value, "Search 60+ channels", CSV import link, "Marketplaces" / "Storefronts" / "Accounting" tile groups with bare names "Amazon", "Walmart", "QuickBooks", "Sage", encrypted/never-shared line, "4,500+ sellers" figure, Amazon setup guide, invite a teammate) → Seller Central redirect modal → Amazon consent → picker with connected / pending / add-channel tiles → dashboard with a contextual "Connect eBay" card → channels TABLE (Platform / Status / Last sync / Actions with Sync, Disconnect, a Syncing… spinner row and a pending row) → disconnect dialog. No testimonial, consent checkbox, data-use copy, disconnect-anytime copy, support contacts, Powered-by (only on the archive page) or FAQ.',
    present: ['funnel.cta-visible', 'value.contextual-ctas', 'value.progress-meter', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
    absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.faq-link', 'privacy.data-scope', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.accurate-branding'],
    notes: {
      'funnel.three-actions': 'landing → sign up → verify → store → channel picker: 4 steps.',
      'value.three-part': 'Only the benefit line and the CTAs; nothing says how the data will be used.',
      'platform.accurate-branding': 'Tiles use bare names ("Amazon", "Walmart", "QuickBooks", "Sage"); the full "Amazon Seller Central" appears only in the guide link and the modal.',
      'privacy.powered-by': 'Only on the archive page.',
    },
  });
}

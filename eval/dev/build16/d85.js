// d85: demand forecasting for bakery chains, iPad landscape (1194x834), UK English.
import { Doc, Stack, screen, componentsPage, topBar, go, back, oldLink, url, writeOut, solid, WRITTEN_BY } from './lib.js';

const NAME = 'd85-bakery-chain-forecasting-tablet';
const d = new Doc('Proofd iPad — first run', '2026-09-28T11:03:19Z');

const cover = d.page('Cover', 3);
const cf = d.node(cover, 'FRAME', 'Thumbnail', 0, 0, 1600, 960, { fills: [solid('#FDF6EC')] });
d.text(cf, 100, 380, 1200, '🥐 Proofd — first run (iPad)', { size: 64, weight: 700, color: '#7C2D12' });

const C = componentsPage(d, 'Library', { primary: '#B45309', hover: '#92400E', btnName: 'btn / filled', frameName: 'Library' });

const flow = d.page('Flows', 300);
const W = 1194, H = 834, GAP = 100;
let col = 0;
const S = (name, o = {}) => { const s = screen(d, flow, name, (col % 7) * (W + GAP), Math.floor(col / 7) * (H + 200), W, H, { pad: 40, ...o }); col += 1; return s; };
function withSide(name, active) {
  const sc = S(name, { side: 220, bg: '#FFFBF5' });
  const sb = d.node(sc.frame, 'FRAME', 'Frame 19', 0, 0, 220, H, { fills: [solid('#7C2D12')], layoutMode: 'VERTICAL' });
  const n = new Stack(d, sb, { pad: 24, gap: 18 });
  n.text('Proofd', { size: 20, weight: 700, color: '#FFFFFF' });
  const items = {};
  for (const it of ['Forecast', 'Production plan', 'Waste', 'Settings']) items[it] = n.text(it, { size: 15, color: it === active ? '#FFFFFF' : '#FED7AA', weight: it === active ? 700 : 400 });
  return { ...sc, items };
}
const panel = (sc, h, w = 560) => sc.st.box(h, { x: (sc.st.w - w) / 2, w, pad: 32, gap: 14, fill: '#FFFFFF', radius: 18, stroke: '#F1E4D3' });

// sign up (reads as start; no prototype start set on this page)
const su = S('iPad - Sign up', { bg: '#FDF6EC' });
su.st.space(60);
const sp = panel(su, 520);
sp.text('Bake to demand, not to guesswork', { size: 26, weight: 700 });
sp.text('Create your Proofd account', { size: 15, color: '#6B7280' });
for (const ph of ['Business name', 'Your email', 'Choose a password']) sp.box(44, { stroke: '#E5E7EB', radius: 10, layout: 'HORIZONTAL' }).text(ph, { size: 15, color: '#9CA3AF' });
const suGo = sp.btnInst('Create account', C.base.id, { fill: '#B45309', name: 'Property 1=Default' });
suGo.interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: C.hover.id, navigation: 'CHANGE_TO', transition: null }] }];

// verify
const vf = S('iPad - Verify code', { bg: '#FDF6EC' });
vf.st.space(100);
const vp = panel(vf, 300);
vp.text('Enter the code we emailed you', { size: 22, weight: 700 });
vp.box(56, { stroke: '#E5E7EB', radius: 10, layout: 'HORIZONTAL' }).text('0  0  0  0', { size: 24, align: 'CENTER' });
const vfGo = vp.btnFrame('Confirm', { fill: '#B45309' });

// shops
const sh = S('iPad - Your shops', { bg: '#FDF6EC' });
sh.st.text('Where do you bake and sell?', { size: 28, weight: 700 });
for (const s of ['Central kitchen — Hackney Wick', 'Shop — Broadway Market', 'Shop — Stoke Newington', 'Kiosk — Liverpool St (weekdays)']) {
  const r = sh.st.box(56, { stroke: '#E5E7EB', radius: 12, layout: 'HORIZONTAL', fill: '#FFFFFF', w: 700 });
  r.text(`${s}\u2003\u2003Delete location`, { size: 15 });
}
sh.st.link('+ Add a location', { weight: 600, color: '#B45309' });
const shHelp = sh.st.link('How do forecasts use my shops?', { underline: true, size: 13, color: '#6B7280' });
const shGo = sh.st.btnGroup('Continue', { fill: '#B45309', w: 240, vector: true });

// forecast home (sample data)
const hm = withSide('iPad - Forecast home', 'Forecast');
hm.st.text('Tomorrow’s bake — sample data', { size: 26, weight: 700 });
const tbl = hm.st.box(260, { fill: '#FFFFFF', radius: 14, gap: 6 });
tbl.text('Item\u2003\u2003\u2003\u2003Broadway\u2003Stokey\u2003Liverpool St', { size: 13, weight: 700, color: '#6B7280' });
tbl.text('Sourdough loaf\u2003\u200342\u2003\u2003\u200328\u2003\u2003\u20030\nCroissant\u2003\u2003\u2003\u2003\u2003120\u2003\u2003\u200385\u2003\u2003\u200360\nCardamom bun\u2003\u2003\u200364\u2003\u2003\u200340\u2003\u2003\u200322', { size: 14 });
hm.st.text('Forecast accuracy last week: 94%', { size: 14, weight: 600, color: '#15803D' });
const coach = hm.st.box(90, { fill: '#1F2937', radius: 12, w: 360, gap: 6 });
coach.text('Tap any item to see why we predicted it.', { size: 13, color: '#FFFFFF' });
coach.text('Skip tour', { size: 13, weight: 600, color: '#FBBF24' });

// settings
const se = withSide('iPad - Settings', 'Settings');
se.st.text('Settings', { size: 26, weight: 700 });
const rowsS = {};
for (const r of ['Account', 'Shops', 'Team', 'Data sources', 'Billing — Proofd Plus, pause or cancel any time']) {
  rowsS[r] = se.st.box(52, { stroke: '#F1E4D3', radius: 10, fill: '#FFFFFF', layout: 'HORIZONTAL', w: 640 });
  rowsS[r].text(r, { size: 15 });
}

// data sources (connect frame)
const ds = withSide('iPad - Data sources', 'Settings');
const dsBack = topBar(ds.st, 'Data sources');
const vm = ds.st.box(250, { fill: '#FFFFFF', radius: 16, gap: 10, w: 560, stroke: '#F1E4D3' });
vm.text('Fewer leftover loaves, fewer sold-out shelves', { size: 20, weight: 700 });
vm.text('Your forecast learns from each shop’s hour-by-hour sales.', { size: 14 });
vm.text('Once a day we pull item-level sales from your till system — read-only. We never change prices, menus or stock in your EPOS.', { size: 13, color: '#4B5563' });
vm.checkbox('I agree to Proofd processing my sales data under the Data Processing Notice', { kind: 'VECTOR' });
const dsCta = vm.btnInst('Connect your till system', C.btn.id, { fill: '#B45309', name: 'btn / filled' });
const side = d.node(ds.st.f, 'FRAME', 'Frame 77', 600, 0, 330, 560, { fills: [], layoutMode: 'VERTICAL' });
const sideSt = new Stack(d, side, { pad: 8, gap: 10 });
const quote = sideSt.box(140, { fill: '#FEF3C7', radius: 14, gap: 6 });
quote.text('“We stopped binning trays of almond croissants on Mondays within a fortnight.”', { size: 14, font: 'Georgia' });
quote.text('— Marta Ruiz, Head of Operations, Crumb & Co', { size: 12, weight: 600 });
sideSt.text('Secure, read-only access. We never share your sales with third parties, and you can disconnect at any time from this page.', { size: 12, color: '#4B5563' });
const guide = sideSt.link('Step-by-step: connecting your till', { underline: true, size: 13, color: '#B45309' });
sideSt.link('Questions? Read the FAQ', { size: 13, color: '#B45309' });
sideSt.text('Talk to a baker-friendly human:\n☎ 020 7946 0321 · bakers@proofd.io · Send us a request', { size: 12, color: '#4B5563' });
sideSt.text('Powered by Codat', { size: 11, color: '#9CA3AF' });
sideSt.link('Save and finish later', { size: 13, visible: false });
side.children[side.children.length - 1].visible = false;

// choose till
const ct = S('iPad - Choose till', { bg: '#FFFFFF' });
const ctBack = topBar(ct.st, 'Choose your software');
ct.st.search('Search tills, EPOS and accounting');
ct.st.text('Tills & EPOS', { size: 17, weight: 700, color: '#7C2D12' });
const tills = [];
for (const t of ['Lightspeed Restaurant (K-Series)', 'Square Point of Sale', 'Toast POS', 'Epos Now', 'Tevalis']) tills.push(ct.st.logoRow(t, { h: 48 }).row);
ct.st.text('Accounting', { size: 17, weight: 700, color: '#7C2D12' });
const accA = [];
for (const t of ['Xero', 'QuickBooks Online', 'Sage Accounting']) accA.push(ct.st.logoRow(t, { h: 48 }).row);
const notListed = ct.st.link('Till not listed? Upload a sales export (CSV) instead', { underline: true, size: 13 });

// redirect (overlay)
const rd = S('iPad - Redirect sheet', { bg: '#FFFFFF', pad: 48 });
rd.st.text('Sign in to Lightspeed', { size: 24, weight: 700 });
rd.st.text('A Lightspeed window will open. Sign in, approve read-only access for Proofd, and you’ll come straight back here.', { size: 15, color: '#4B5563' });
const rdGo = rd.st.btnFrame('Continue to Lightspeed', { fill: '#B45309', w: 320 });

// upload
const up = S('iPad - Upload CSV', { bg: '#FFFFFF' });
const upBack = topBar(up.st, 'Upload a sales export');
up.st.text('Export last 12 weeks of item sales from your till as CSV. One file per shop is fine.', { size: 15, color: '#4B5563' });
up.st.box(220, { stroke: '#D6D3D1', radius: 16, w: 700 }).text('Drop files here', { size: 16, align: 'CENTER' });
const upGo = up.st.btnFrame('Upload', { fill: '#B45309', w: 200 });

// accounting (second connect)
const ac = S('iPad - Accounting', { bg: '#FFFFFF' });
ac.st.logoRow('Lightspeed Restaurant (K-Series)', { sub: 'Connected ✓ — 3 shops', subColor: '#15803D' });
const addTill = ac.st.link('+ Add another till system', { size: 13, weight: 600, color: '#B45309' });
ac.st.text('Now bring in your costs', { size: 24, weight: 700 });
ac.st.text('Connect your accounting so forecasts can weigh ingredient costs against margin.', { size: 15, color: '#4B5563' });
const xr = ac.st.logoRow('Xero', { trailing: 'Connect', trailColor: '#B45309' });
ac.st.logoRow('QuickBooks Online', { trailing: 'Connect', trailColor: '#B45309' });
ac.st.logoRow('Sage Accounting', { trailing: 'Connect', trailColor: '#B45309' });

// sources overview (connections)
const ov = withSide('iPad - Sources overview', 'Settings');
ov.st.text('Connected sources', { size: 26, weight: 700 });
const ls = ov.st.box(120, { fill: '#FFFFFF', radius: 14, stroke: '#F1E4D3', gap: 4, w: 700 });
ls.text('Lightspeed Restaurant (K-Series) · 3 shops · GBP', { size: 15, weight: 700 });
ls.text('First import 2 Nov 2026, 06:00\nLast import today, 06:02  ·  Import history', { size: 13, color: '#6B7280' });
ov.st.logoRow('Xero — Hackney Bakehouse Ltd', { sub: 'Importing…', spinner: true });
const sync = ov.st.btnFrame('Sync now', { fill: '#FFFFFF', color: '#B45309', w: 160, h: 40 });
const ovDone = ov.st.link('Back to forecast', { size: 14 });

// help article (dead end)
const hp = S('iPad - Help article', { bg: '#FFFFFF', pad: 80 });
const hpBack = topBar(hp.st, 'Help centre');
hp.st.text('How Proofd builds a forecast', { size: 30, weight: 700 });
hp.st.text('Each morning we look at the same weekday over recent weeks, local weather, school holidays and events near each shop. Locations with fewer than four weeks of history use the closest similar shop until they have enough data.', { size: 16 });

// production plan
const pp = withSide('iPad - Production plan', 'Production plan');
pp.st.text('Production plan — Thu', { size: 26, weight: 700 });
pp.st.text('Mix 1 (04:00)  · 86 sourdough, 40 rye\nLamination (05:15) · 265 croissant, 120 pain au chocolat', { size: 15 });

// prototype
go(suGo, vf.frame);
go(vfGo, sh.frame);
go(shGo, hm.frame);
go(shHelp, hp.frame);
back(hpBack);
go(hm.items.Settings, se.frame);
go(hm.items['Production plan'], pp.frame);
go(pp.items.Forecast, hm.frame);
oldLink(rowsS['Data sources'].f, ds.frame);
go(se.items.Forecast, hm.frame);
back(dsBack);
go(dsCta, ct.frame);
url(guide, 'https://help.proofd.io/connect-your-till');
back(ctBack);
go(tills[0], rd.frame, 'OVERLAY');
for (const t of tills.slice(1)) go(t, rd.frame, 'OVERLAY');
for (const a of accA) go(a, ov.frame);
go(notListed, up.frame);
back(upBack);
go(upGo, ac.frame);
go(rdGo, ac.frame, 'SWAP');
go(addTill, ct.frame);
go(xr.row, ov.frame);
go(ovDone, hm.frame);
go(ov.items.Settings, se.frame);
sync.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: sync.id, navigation: 'SCROLL_TO', transition: null }] }];

const arch = d.page('Archive', 5000);
const old = screen(d, arch, 'iPad - Data sources (v1, rejected)', 0, 0, W, H, { pad: 40 });
old.st.text('Sync your sales', { size: 24, weight: 700 });
old.st.btnFrame('Disconnect Square', { fill: '#DC2626', w: 240 });

const json = d.toJSON(['Cover', 'Flows', 'Library', 'Archive']);
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: WRITTEN_BY,
  description: 'iPad landscape first run for a bakery-chain demand-forecasting app. Sign-up, code, shop locations, a sample-data forecast, then Settings > Data sources holds the till connection pitch; a searchable, grouped picker, a Lightspeed redirect sheet, a CSV fallback, an accounting step and a connected-sources page follow. No prototype start is set.',
  present: [
    'funnel.social-proof', 'value.three-part', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
    'privacy.support-contacts', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
    'platform.multiple-connections', 'connection.view-live', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.statistics', 'privacy.mutual-nda', 'platform.non-linear', 'connection.delete',
  ],
  notes: {
    'funnel.three-actions': 'Sign-up -> code -> shops -> forecast -> Settings -> Data sources: 5 taps.',
    'funnel.cta-visible': 'The only way in is Settings > Data sources; no prompt on the forecast screen or main menu.',
    'funnel.social-proof': 'Named quote from an operations head at another bakery beside the pitch.',
    'value.three-part': 'Benefit headline, read-only daily pull of item-level sales, and one "Connect your till system" button.',
    'value.contextual-ctas': 'Sample-data forecast has no connect prompt.',
    'privacy.connection-guide': '"Step-by-step: connecting your till" link.',
    'privacy.support-contacts': 'Phone, email and a request form on Data sources.',
    'privacy.statistics': '"Forecast accuracy 94%" is a product metric, not a trust figure.',
    'platform.non-linear': '"Save and finish later" is a hidden layer; "Skip tour" is a coach mark.',
    'platform.grouped-categories': '"Tills & EPOS" and "Accounting" headings in one picker.',
    'platform.multiple-connections': 'Lightspeed "Connected ✓" with "+ Add another till system".',
    'connection.view-live': 'First/last import, shops, currency, import history.',
    'connection.delete': 'No disconnect control on Connected sources; "Delete location" is about shops; the red disconnect button is only on the Archive page.',
    'connection.refresh': '"Sync now" button.',
    'connection.syncing-indicator': 'Xero row "Importing…" with spinner.',
  },
  flow: { startFrameId: su.frame.id, connectFrameId: ds.frame.id, stepsToConnect: 5, deadEnds: [hp.frame.id] },
};
writeOut(NAME, json, truth);

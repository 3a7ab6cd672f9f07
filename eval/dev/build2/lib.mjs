// Node builders for the d09–d16 dev files (Figma REST `GET /v1/files/:key` shape).
// Deterministic, dependency-free. Elements are functions (ctx, x, y, w) => node; containers stack them.
import { writeFileSync } from 'node:fs';

export const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

export const rgb = (hex, a = 1) => ({
  r: +(parseInt(hex.slice(1, 3), 16) / 255).toFixed(3),
  g: +(parseInt(hex.slice(3, 5), 16) / 255).toFixed(3),
  b: +(parseInt(hex.slice(5, 7), 16) / 255).toFixed(3),
  a,
});
export const solid = (hex) => [{ type: 'SOLID', color: rgb(hex) }];
const box = (x, y, width, height) => ({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) });

export class Ctx {
  constructor(prefix, opts = {}) {
    this.prefix = prefix; // page number
    this.n = 1;
    this.font = opts.font || 'Inter';
    this.accent = opts.accent || '#3355FF';
    this.keys = {}; // symbolic screen key -> id
    this.components = {};
    this.componentSets = {};
    this.cta = new Set();
  }
  page(p) { this.prefix = p; this.n = 1; }
  id() { return `${this.prefix}:${this.n++}`; }
}

function actFor(o) {
  const out = [];
  if (o.to) out.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: '@' + o.to, navigation: o.nav || 'NAVIGATE', transition: null }] });
  if (o.back) out.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
  if (o.close) out.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
  if (o.url) out.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: o.url }] });
  if (o.scroll) out.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: '@' + o.scroll, navigation: 'SCROLL_TO', transition: null }] });
  return out;
}
function decorate(node, o) {
  if (o.hidden) node.visible = false;
  const acts = actFor(o);
  if (o.old && o.to) node.transitionNodeID = '@' + o.to;
  else if (acts.length) node.interactions = acts;
  return node;
}
function lines(chars, size, w) {
  return chars.split('\n').reduce((s, l) => s + Math.max(1, Math.ceil((l.length * size * 0.52) / Math.max(w, 40))), 0);
}

// ---- leaf elements
export const T = (chars, o = {}) => (c, x, y, w) => {
  const size = o.size || 14;
  const tw = o.w ? Math.min(o.w, w) : w;
  const h = Math.round(lines(chars, size, tw) * size * 1.4);
  const style = { fontFamily: o.font || c.font, fontSize: size, fontWeight: o.weight || 400, lineHeightPx: Math.round(size * 1.4) };
  if (o.deco) style.textDecoration = o.deco;
  if (o.align) style.textAlignHorizontal = o.align;
  return decorate({ id: c.id(), name: o.name || chars.slice(0, 40), type: 'TEXT', absoluteBoundingBox: box(x, y, tw, h), fills: solid(o.color || '#1B1F2A'), characters: chars, style }, o);
};
export const H = (chars, o = {}) => T(chars, { size: 24, weight: 700, ...o });
export const Link = (chars, o = {}) => (c, x, y, w) => T(chars, { color: c.accent, size: 14, weight: 500, deco: o.plain ? undefined : 'UNDERLINE', ...o })(c, x, y, w);
export const Rect = (o = {}) => (c, x, y, w) => decorate({ id: c.id(), name: o.name || `Rectangle ${c.n + 3}`, type: 'RECTANGLE', absoluteBoundingBox: box(x, y, o.w || w, o.h || 1), fills: o.image ? [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: o.image }] : solid(o.fill || '#E4E7EC'), ...(o.r ? { cornerRadius: o.r } : {}) }, o);
export const Vec = (o = {}) => (c, x, y, w) => decorate({ id: c.id(), name: o.name || 'Vector', type: 'VECTOR', absoluteBoundingBox: box(x, y, o.w || Math.min(w, 24), o.h || 24), fills: solid(o.fill || '#1B1F2A'), ...(o.stroke ? { strokes: solid(o.stroke), strokeWeight: 1.5 } : {}) }, o);
export const Gap = (h) => (c, x, y, w) => ({ id: c.id(), name: `Rectangle ${c.n + 11}`, type: 'RECTANGLE', absoluteBoundingBox: box(x, y, w, h), fills: [] });
export const Divider = () => Rect({ h: 1, fill: '#E4E7EC', name: 'Line' });

// ---- containers
function stack(dir, name, items, o) {
  return (c, x, y, w) => {
    const id = c.id();
    const pad = o.pad ?? 0, gap = o.gap ?? 12;
    const kids = [];
    let cx = x + pad, cy = y + pad, maxH = 0;
    const fw = o.w ? Math.min(o.w, w) : w;
    const inner = fw - 2 * pad;
    const live = items.filter(Boolean);
    const fixed = (o.widths || []).slice(0, live.length);
    const freeN = live.length - fixed.length;
    const share = dir === 'H' ? (inner - gap * (live.length - 1) - fixed.reduce((a, b) => a + b, 0)) / Math.max(1, freeN) : inner;
    for (const [i, it] of live.entries()) {
      const k = it(c, cx, cy, dir === 'H' && i < fixed.length ? fixed[i] : share);
      kids.push(k);
      const b = k.absoluteBoundingBox;
      if (dir === 'H') { cx += b.width + gap; maxH = Math.max(maxH, b.height); } else { cy += b.height + gap; }
    }
    const h = o.h || (dir === 'H' ? maxH + 2 * pad : Math.max(0, cy - gap - y) + pad);
    const node = { id, name: o.name || name, type: o.type || 'FRAME', absoluteBoundingBox: box(x, y, fw, h), children: kids };
    if (node.type === 'FRAME' || node.type === 'INSTANCE' || node.type === 'COMPONENT') {
      node.fills = o.fill ? solid(o.fill) : [];
      if (o.layout !== false) { node.layoutMode = dir === 'H' ? 'HORIZONTAL' : 'VERTICAL'; node.itemSpacing = gap; node.paddingLeft = node.paddingRight = node.paddingTop = node.paddingBottom = pad; }
      if (o.r) node.cornerRadius = o.r;
      if (o.stroke) { node.strokes = solid(o.stroke); node.strokeWeight = 1; }
    }
    if (o.componentId) node.componentId = o.componentId;
    return decorate(node, o);
  };
}
let autoN = 400;
export const Col = (items, o = {}) => stack('V', o.name || `Frame ${autoN++}`, items, o);
export const Row = (items, o = {}) => stack('H', o.name || `Frame ${autoN++}`, items, o);
export const Group = (items, o = {}) => stack('V', o.name || `Group ${autoN++ % 40}`, items, { ...o, type: 'GROUP', layout: false, gap: 0 });
export const Card = (items, o = {}) => Col(items, { pad: 16, gap: 8, fill: '#FFFFFF', r: 12, stroke: '#E4E7EC', ...o });

// ---- buttons: four constructions
export const BtnInst = (label, comp, o = {}) => (c, x, y, w) => {
  const bw = o.w || Math.min(w, 320);
  const node = { id: c.id(), name: o.name || comp.name, type: 'INSTANCE', componentId: comp.id, absoluteBoundingBox: box(x, y, bw, 48), fills: solid(o.fill || c.accent), cornerRadius: 8, layoutMode: 'HORIZONTAL', children: [] };
  node.children.push(T(label, { color: o.color || '#FFFFFF', weight: 600, size: 16, align: 'CENTER' })(c, x + 16, y + 13, bw - 32));
  return decorate(node, o);
};
export const BtnFrame = (label, o = {}) => (c, x, y, w) => {
  const bw = o.w || Math.min(w, 280);
  const node = { id: c.id(), name: o.name || `Frame ${autoN++}`, type: 'FRAME', absoluteBoundingBox: box(x, y, bw, o.h || 44), fills: solid(o.fill || c.accent), cornerRadius: o.r ?? 10, layoutMode: 'HORIZONTAL', paddingLeft: 16, paddingRight: 16, children: [] };
  node.children.push(T(label, { color: o.color || '#FFFFFF', weight: 600, size: o.size || 15, align: 'CENTER', name: o.textName })(c, x + 16, y + 12, bw - 32));
  return decorate(node, o);
};
export const BtnGroup = (label, o = {}) => (c, x, y, w) => {
  const bw = o.w || Math.min(w, 300);
  const node = { id: c.id(), name: o.name || `Group ${autoN++ % 50}`, type: 'GROUP', absoluteBoundingBox: box(x, y, bw, 48), children: [] };
  const shape = o.vector
    ? { id: c.id(), name: 'Vector', type: 'VECTOR', absoluteBoundingBox: box(x, y, bw, 48), fills: solid(o.fill || c.accent) }
    : { id: c.id(), name: `Rectangle ${autoN++ % 90}`, type: 'RECTANGLE', absoluteBoundingBox: box(x, y, bw, 48), fills: solid(o.fill || c.accent), cornerRadius: o.r ?? 24 };
  node.children.push(shape);
  node.children.push(T(label, { color: o.color || '#FFFFFF', weight: 600, size: 16, align: 'CENTER' })(c, x + 12, y + 14, bw - 24));
  return decorate(node, o);
};
export const Chip = (label, o = {}) => BtnFrame(label, { fill: o.fill || '#EEF1FF', color: o.color || '#2A3BB7', r: 999, h: 36, size: 14, w: o.w || Math.max(80, label.length * 8 + 32), ...o });

// ---- composite controls
export const Check = (kind, comp, textItems, o = {}) => (c, x, y, w) => {
  const box20 = kind === 'inst'
    ? (cc, xx, yy) => ({ id: cc.id(), name: o.boxName || 'Frame', type: 'INSTANCE', componentId: comp.id, absoluteBoundingBox: box(xx, yy, 20, 20), fills: [], children: [] })
    : kind === 'vec'
      ? Vec({ w: 20, h: 20, fill: '#FFFFFF', stroke: '#98A2B3', name: o.boxName })
      : Rect({ w: 20, h: 20, r: 4, fill: '#FFFFFF', name: o.boxName });
  return Row([box20, Col(textItems, { gap: 2 })], { gap: 10, widths: [20, w - 30], name: o.name, hidden: o.hidden })(c, x, y, w);
};
export const Search = (placeholder, o = {}) => Row([Vec({ w: 16, h: 16, fill: '#667085', name: o.iconName || 'Vector' }), T(placeholder, { color: '#98A2B3', size: 15 })], { pad: 12, gap: 8, r: 22, stroke: '#D0D5DD', fill: '#FFFFFF', widths: [16], name: o.name, w: o.w });
export const Logo = (ref, o = {}) => o.vector ? Vec({ w: o.s || 32, h: o.s || 32, fill: o.fill || '#13B5EA', name: o.name }) : Rect({ w: o.s || 32, h: o.s || 32, r: 6, image: ref, name: o.name });
export const Bar = (pct, o = {}) => (c, x, y, w) => ({ id: c.id(), name: o.name || `Frame ${autoN++}`, type: 'FRAME', absoluteBoundingBox: box(x, y, w, 8), fills: solid('#E4E7EC'), cornerRadius: 4, children: [Rect({ w: Math.round((w * pct) / 100), h: 8, r: 4, fill: c.accent })(c, x, y, w)] });
export const Spinner = (o = {}) => Vec({ w: 18, h: 18, fill: '#667085', name: o.name || 'Ellipse 3', stroke: '#3355FF' });

// ---- screens and pages
export const Screen = (key, name, [x, y, w, h], items, o = {}) => (c) => {
  const body = Col(items, { pad: o.pad ?? 24, gap: o.gap ?? 16, name: o.bodyName || 'Auto layout' });
  const id = c.id();
  if (key) c.keys[key] = id;
  if (o.cta) c.cta.add(id);
  const kids = [body(c, x, y + (o.top || 0), w)];
  const bodyH = kids[0].absoluteBoundingBox.height + (o.top || 0);
  if (o.overlay) kids.push(...o.overlay.map((f) => f(c, x, y, w)));
  return decorate({ id, name, type: 'FRAME', absoluteBoundingBox: box(x, y, w, Math.max(h, bodyH)), fills: solid(o.bg || '#FFFFFF'), clipsContent: true, children: kids }, o);
};
export const Section = (name, [x, y, w, h], frames) => (c) => ({ id: c.id(), name, type: 'SECTION', absoluteBoundingBox: box(x, y, w, h), children: frames.map((f) => f(c)) });

export function componentsPage(c, pageNo, specs) {
  // specs: [{ name, set?: [variant names], desc }] -> returns map name -> { id, name }
  c.page(pageNo);
  const canvasKids = [];
  const out = {};
  let y = 0;
  for (const s of specs) {
    if (s.set) {
      const setId = c.id();
      const variants = s.set.map((v, i) => {
        const id = c.id();
        const name = `State=${v}`;
        c.components[id] = { key: `k${id.replace(':', 'x')}`, name, description: s.desc || '', componentSetId: setId };
        const node = { id, name, type: 'COMPONENT', absoluteBoundingBox: box(i * 200, y, 180, 48), fills: solid(i ? '#2438C9' : c.accent), cornerRadius: 8, children: [T(s.label || 'Label', { color: '#FFFFFF' })(c, i * 200 + 16, y + 14, 148)] };
        return node;
      });
      if (s.hover && variants[1]) variants[0].interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: variants[1].id, navigation: 'CHANGE_TO', transition: null }] }];
      c.componentSets[setId] = { key: `ks${setId.replace(':', 'x')}`, name: s.name, description: s.desc || '' };
      canvasKids.push({ id: setId, name: s.name, type: 'COMPONENT_SET', absoluteBoundingBox: box(0, y, 200 * s.set.length, 48), children: variants });
      out[s.name] = { id: variants[0].id, name: s.name };
    } else {
      const id = c.id();
      c.components[id] = { key: `k${id.replace(':', 'x')}`, name: s.name, description: s.desc || '' };
      canvasKids.push({ id, name: s.name, type: 'COMPONENT', absoluteBoundingBox: box(0, y, s.w || 180, s.h || 48), fills: solid('#FFFFFF'), children: [] });
      out[s.name] = { id, name: s.name };
    }
    y += 100;
  }
  return Object.assign({ page: { id: `${pageNo}:0`, name: '🧩 Components', type: 'CANVAS', children: canvasKids } }, out);
}

export function coverPage(c, pageNo, title, subtitle) {
  c.page(pageNo);
  const f = Screen(null, 'Cover', [0, 0, 1920, 960], [Gap(200), H(title, { size: 64 }), T(subtitle, { size: 24, color: '#667085' })], { pad: 120, bg: '#F2F4F7' })(c);
  return { id: `${pageNo}:0`, name: 'Cover', type: 'CANVAS', children: [f] };
}

export function flowPage(c, pageNo, name, builders, start, { legacy = false } = {}) {
  c.page(pageNo);
  const children = builders.map((b) => b(c));
  const canvas = { id: `${pageNo}:0`, name, type: 'CANVAS', children };
  if (start) {
    const sid = c.keys[start];
    if (!legacy) canvas.flowStartingPoints = [{ nodeId: sid, name: 'Onboarding' }];
    canvas.prototypeStartNodeID = sid;
  }
  return canvas;
}

export function resolve(c, node) {
  if (Array.isArray(node)) return node.forEach((n) => resolve(c, n));
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === 'string' && v.startsWith('@') && (k === 'destinationId' || k === 'transitionNodeID')) {
      if (!c.keys[v.slice(1)]) throw new Error(`unknown destination ${v}`);
      node[k] = c.keys[v.slice(1)];
    } else if (typeof v === 'object') resolve(c, v);
  }
}

// ---- flow facts
function walk(n, f) { f(n); (n.children || []).forEach((k) => walk(k, f)); }
export function flowFacts(doc, ctaIds) {
  let page = null, start = null;
  for (const p of doc.children) {
    const s = (p.flowStartingPoints && p.flowStartingPoints[0] && p.flowStartingPoints[0].nodeId) || p.prototypeStartNodeID;
    if (s) { page = p; start = s; break; }
  }
  if (!page) return { startFrameId: null, connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const frames = [];
  for (const k of page.children) {
    if (k.visible === false) continue;
    if (k.type === 'FRAME') frames.push(k);
    if (k.type === 'SECTION') for (const f of k.children) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const ids = new Set(frames.map((f) => f.id));
  const edges = {};
  for (const f of frames) {
    edges[f.id] = new Set();
    walk(f, (n) => {
      if (n.visible === false) return;
      if (n.transitionNodeID && ids.has(n.transitionNodeID)) edges[f.id].add(n.transitionNodeID);
      for (const it of n.interactions || []) for (const a of it.actions || []) {
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation) && ids.has(a.destinationId)) edges[f.id].add(a.destinationId);
      }
    });
  }
  const bfs = (s) => { const d = { [s]: 0 }; const order = [s]; for (let i = 0; i < order.length; i++) for (const t of edges[order[i]] || []) if (!(t in d)) { d[t] = d[order[i]] + 1; order.push(t); } return { d, order }; };
  const fromStart = bfs(start);
  const connect = fromStart.order.find((id) => ctaIds.has(id)) || null;
  if (!connect) return { startFrameId: start, connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const fromConnect = bfs(connect);
  const dead = fromStart.order.filter((id) => !(id in fromConnect.d) && !(connect in bfs(id).d));
  return { startFrameId: start, connectFrameId: connect, stepsToConnect: fromStart.d[connect], deadEnds: dead };
}

// ---- assemble, validate, write
export function write(dir, base, c, meta, pages, truth) {
  resolve(c, pages);
  const doc = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages };
  const file = { name: meta.name, lastModified: meta.lastModified, version: meta.version, role: 'editor', editorType: 'figma', schemaVersion: 0, thumbnailUrl: `https://s3-alpha.figma.com/thumbnails/${base}.png`, document: doc, components: c.components, componentSets: c.componentSets, styles: {} };
  const flow = truth.kind === 'negative' ? { startFrameId: flowFacts(doc, new Set()).startFrameId, connectFrameId: null, stepsToConnect: null, deadEnds: [] } : flowFacts(doc, c.cta);
  const t = { file: `${base}.json`, kind: truth.kind, writtenBy: 'dev-split writer (from the checklist and REST format; detector source not read)', description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow };
  validate(file, t);
  writeFileSync(`${dir}/${base}.json`, JSON.stringify(file, null, 1) + '\n');
  writeFileSync(`${dir}/${base}.truth.json`, JSON.stringify(t, null, 2) + '\n');
  let count = 0; walk(doc, () => count++);
  return { base, nodes: count, screens: countScreens(doc), present: t.present.length, absent: t.absent.length, flow };
}
function countScreens(doc) {
  const p = doc.children.find((pg) => pg.flowStartingPoints || pg.prototypeStartNodeID) || doc.children[0];
  let n = 0; for (const k of p.children) { if (k.type === 'FRAME') n++; if (k.type === 'SECTION') n += k.children.filter((f) => f.type === 'FRAME').length; }
  return n;
}
export function validate(file, t) {
  const seen = new Set(), dests = [];
  walk(file.document, (n) => {
    if (seen.has(n.id)) throw new Error(`duplicate id ${n.id}`);
    seen.add(n.id);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.destinationId) dests.push(a.destinationId);
    if (n.componentId && !file.components[n.componentId]) throw new Error(`missing component ${n.componentId}`);
  });
  for (const d of dests) if (!seen.has(d)) throw new Error(`missing destination ${d}`);
  for (const id of [...t.present, ...t.absent, ...Object.keys(t.notes)]) if (!IDS.includes(id)) throw new Error(`bad truth id ${id}`);
  for (const id of t.present) if (t.absent.includes(id)) throw new Error(`both present and absent ${id}`);
  if (new Set([...t.present, ...t.absent]).size !== t.present.length + t.absent.length) throw new Error('duplicate truth id');
  if (t.present.length + t.absent.length < 24) throw new Error(`only ${t.present.length + t.absent.length} labelled`);
  JSON.parse(JSON.stringify(file));
}

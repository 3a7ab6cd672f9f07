// Small deterministic builder for Figma REST-shaped documents (no dependencies).
import { writeFileSync } from 'node:fs';

export function hex(c) {
  const n = parseInt(c.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a: 1 };
}
export const solid = (c) => [{ type: 'SOLID', color: hex(c) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export function makeDoc(meta) {
  let page = 0;
  let n = 0;
  const doc = {
    name: meta.name,
    lastModified: meta.lastModified,
    version: meta.version,
    role: 'editor',
    editorType: 'figma',
    schemaVersion: 0,
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [] },
    components: {},
    componentSets: {},
    styles: {},
  };
  const ctx = {
    doc,
    newPage(p) { page = p; n = 1; return `${page}:${n++}`; },
    id() { return `${page}:${n++}`; },
  };
  return ctx;
}

// ---- node constructors: layout hints live in keys starting with "_" and are stripped on save
export function text(ctx, chars, o = {}) {
  const node = {
    id: o.id || ctx.id(),
    name: o.name || chars.replace(/\n/g, ' ').slice(0, 40),
    type: 'TEXT',
    characters: chars,
    style: { fontFamily: o.font || 'Inter', fontSize: o.size || 14, fontWeight: o.weight || 400 },
    fills: solid(o.color || '#1B1F24'),
    _w: o.w || 'hug',
  };
  if (o.deco) node.style.textDecoration = o.deco;
  if (o.align) node.style.textAlignHorizontal = o.align;
  if (o.visible === false) node.visible = false;
  if (o.on) node.interactions = o.on;
  if (o.transition) node.transitionNodeID = o.transition;
  return node;
}

export function frame(ctx, name, o = {}, children = []) {
  const node = {
    id: o.id || ctx.id(),
    name,
    type: o.type || 'FRAME',
    children,
    fills: o.fill ? solid(o.fill) : (o.fills || []),
    _w: o.w == null ? 'fill' : o.w,
    _h: o.h == null ? 'hug' : o.h,
    _pad: o.pad == null ? 0 : o.pad,
    _gap: o.gap == null ? 0 : o.gap,
    _center: !!o.center,
  };
  if (o.layout !== 'none') node.layoutMode = o.layout || 'VERTICAL';
  if (o.layout === 'none') node._abs = true;
  if (o.radius) node.cornerRadius = o.radius;
  if (o.stroke) { node.strokes = solid(o.stroke); node.strokeWeight = 1; }
  if (o.visible === false) node.visible = false;
  if (o.componentId) node.componentId = o.componentId;
  if (o.on) node.interactions = o.on;
  if (o.transition) node.transitionNodeID = o.transition;
  if (o.props) node.componentProperties = o.props;
  return node;
}
export const col = (ctx, name, o, ch) => frame(ctx, name, { ...o, layout: 'VERTICAL' }, ch);
export const row = (ctx, name, o, ch) => frame(ctx, name, { ...o, layout: 'HORIZONTAL' }, ch);

export function shape(ctx, type, name, w, h, o = {}) {
  const node = { id: o.id || ctx.id(), name, type, fills: o.fills || solid(o.fill || '#D0D5DD'), _w: w, _h: h };
  if (o.radius) node.cornerRadius = o.radius;
  if (o.stroke) { node.strokes = solid(o.stroke); node.strokeWeight = o.strokeWeight || 1.5; }
  if (o.visible === false) node.visible = false;
  if (o.on) node.interactions = o.on;
  if (o.at) node._at = o.at;
  return node;
}
export const rect = (ctx, name, w, h, o) => shape(ctx, 'RECTANGLE', name, w, h, o);
export const vec = (ctx, name, w, h, o) => shape(ctx, 'VECTOR', name, w, h, o);
export const ellipse = (ctx, name, w, h, o) => shape(ctx, 'ELLIPSE', name, w, h, o);

// GROUP whose children are placed with _at offsets; size = union
export function group(ctx, name, children, o = {}) {
  const node = { id: o.id || ctx.id(), name, type: 'GROUP', children, _group: true };
  if (o.on) node.interactions = o.on;
  if (o.visible === false) node.visible = false;
  return node;
}

// ---- prototype helpers
export const go = (dest, navigation = 'NAVIGATE') => [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: dest, navigation, transition: null }] }];
export const overlay = (dest) => go(dest, 'OVERLAY');
export const swap = (dest) => go(dest, 'SWAP');
export const back = () => [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] }];
export const close = () => [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] }];
export const url = (u) => [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] }];
export const hover = (dest) => [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: dest, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.2 } }] }];
export const scrollTo = (dest) => [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: dest, navigation: 'SCROLL_TO', transition: null }] }];

// ---- layout
function estTextW(node) {
  const s = node.style.fontSize;
  const longest = Math.max(...node.characters.split('\n').map((l) => l.length));
  return Math.ceil(longest * s * 0.53);
}
function measure(node, availW) {
  if (node.type === 'TEXT') {
    const s = node.style.fontSize;
    const w = node._w === 'fill' ? availW : typeof node._w === 'number' ? node._w : Math.min(estTextW(node), availW);
    let lines = 0;
    for (const l of node.characters.split('\n')) lines += Math.max(1, Math.ceil((l.length * s * 0.53) / Math.max(w, 1)));
    node._mw = Math.max(1, Math.round(w));
    node._mh = Math.round(lines * s * 1.35);
    return;
  }
  if (node._group) {
    let mw = 0; let mh = 0;
    for (const c of node.children) {
      measure(c, availW);
      const [ax, ay] = c._at || [0, 0];
      mw = Math.max(mw, ax + c._mw); mh = Math.max(mh, ay + c._mh);
    }
    node._mw = mw; node._mh = mh;
    return;
  }
  if (!node.children) {
    node._mw = node._w === 'fill' ? availW : node._w; node._mh = node._h;
    return;
  }
  const pad = node._pad; const gap = node._gap;
  let w = node._w === 'fill' ? availW : typeof node._w === 'number' ? node._w : null;
  const kids = node.children;
  if (node._abs) {
    for (const c of kids) measure(c, (w || availW) - 2 * pad);
    node._mw = w || availW;
    node._mh = typeof node._h === 'number' ? node._h : Math.max(0, ...kids.map((c) => (c._at ? c._at[1] : 0) + c._mh)) + pad;
    return;
  }
  if (node.layoutMode === 'VERTICAL') {
    const inner = (w == null ? availW : w) - 2 * pad;
    for (const c of kids) measure(c, inner);
    if (w == null) w = Math.max(0, ...kids.map((c) => c._mw)) + 2 * pad;
    const vis = kids;
    const h = vis.reduce((a, c) => a + c._mh, 0) + gap * Math.max(0, vis.length - 1) + 2 * pad;
    node._mw = w; node._mh = typeof node._h === 'number' ? node._h : h;
    return;
  }
  // HORIZONTAL
  const inner = (w == null ? availW : w) - 2 * pad - gap * Math.max(0, kids.length - 1);
  let used = 0; const fills = [];
  for (const c of kids) {
    if (c._w === 'fill') { fills.push(c); continue; }
    measure(c, inner - used); used += c._mw;
  }
  const share = fills.length ? Math.max(20, (inner - used) / fills.length) : 0;
  for (const c of fills) { measure(c, share); }
  if (w == null) w = kids.reduce((a, c) => a + c._mw, 0) + gap * Math.max(0, kids.length - 1) + 2 * pad;
  node._mw = w;
  node._mh = typeof node._h === 'number' ? node._h : Math.max(0, ...kids.map((c) => c._mh)) + 2 * pad;
}
function place(node, x, y) {
  node.absoluteBoundingBox = { x: Math.round(x), y: Math.round(y), width: Math.round(node._mw), height: Math.round(node._mh) };
  if (!node.children) return;
  const pad = node._pad || 0; const gap = node._gap || 0;
  if (node._group || node._abs) {
    for (const c of node.children) { const [ax, ay] = c._at || [pad, pad]; place(c, x + ax, y + ay); }
    return;
  }
  if (node.layoutMode === 'VERTICAL') {
    let cy = y + pad;
    for (const c of node.children) {
      const cx = node._center ? x + (node._mw - c._mw) / 2 : x + pad;
      place(c, cx, cy); cy += c._mh + gap;
    }
    return;
  }
  let cx = x + pad;
  for (const c of node.children) { place(c, cx, y + (node._mh - c._mh) / 2); cx += c._mw + gap; }
}
export function layoutScreen(node, x, y) { measure(node, node._w); place(node, x, y); return node; }

// a screen: fixed-size FRAME on a canvas; content column inside
export function screen(ctx, id, name, x, y, w, h, o, children) {
  const f = frame(ctx, name, { id, w, h, fill: o.fill || '#FFFFFF', layout: o.layout || 'none', pad: 0, ...o }, children);
  if (f.layoutMode === undefined) delete f.layoutMode;
  f.clipsContent = true;
  return layoutScreen(f, x, y);
}

export function countNodes(n) { return 1 + (n.children || []).reduce((a, c) => a + countNodes(c), 0); }

export function save(path, doc) {
  const json = JSON.stringify(doc, (k, v) => (k.startsWith('_') ? undefined : v), 2);
  writeFileSync(path, json + '\n');
}
export function saveTruth(path, truth) { writeFileSync(path, JSON.stringify(truth, null, 2) + '\n'); }
export const WRITTEN_BY = 'dev writer Q (from the checklist facts and the REST format only; repository not read)';

export function section(ctx, name, frames, o = {}) {
  const xs = frames.map((f) => f.absoluteBoundingBox);
  const x = Math.min(...xs.map((b) => b.x)) - 80; const y = Math.min(...xs.map((b) => b.y)) - 120;
  const r = Math.max(...xs.map((b) => b.x + b.width)) + 80; const btm = Math.max(...xs.map((b) => b.y + b.height)) + 80;
  return { id: o.id || ctx.id(), name, type: 'SECTION', fills: solid('#F5F5F5'), children: frames, absoluteBoundingBox: { x, y, width: r - x, height: btm - y } };
}
export function canvas(id, name, children, o = {}) {
  const c = { id, name, type: 'CANVAS', backgroundColor: { r: 0.96, g: 0.96, b: 0.96, a: 1 }, children, flowStartingPoints: o.flows || [] };
  if (o.start) c.prototypeStartNodeID = o.start;
  return c;
}
// registers a COMPONENT node in the top-level map
export function component(ctx, node, key, desc = '', setId) {
  node.type = 'COMPONENT';
  ctx.doc.components[node.id] = { key, name: node.name, description: desc, ...(setId ? { componentSetId: setId } : {}) };
  return node;
}

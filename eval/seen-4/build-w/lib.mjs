// Small, dependency-free helpers that build Figma REST-shaped documents.
// Nodes are written with relative positions (x, y) or inside auto layout; finalize()
// turns them into absolute bounding boxes, assigns "page:n" ids and resolves "@key" refs.
import { writeFileSync } from 'node:fs';

export function rgb(hex) {
  const h = hex.replace('#', '');
  const n = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: n(0), g: n(2), b: n(4), a: 1 };
}
export const solid = (hex, opacity) => (opacity == null ? { type: 'SOLID', color: rgb(hex) } : { type: 'SOLID', color: rgb(hex), opacity });
export const image = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function estimateWidth(line, size) {
  return Math.ceil(line.length * size * 0.52);
}

/** TEXT node. o: size, weight, color, w, family, deco, name, x, y, key, visible, align */
export function T(chars, o = {}) {
  const size = o.size ?? 14;
  const paragraphs = chars.split('\n');
  const natural = Math.max(...paragraphs.map((p) => estimateWidth(p, size)), 4);
  const w = o.w ?? Math.min(natural, o.maxW ?? 520);
  const lines = paragraphs.reduce((acc, p) => acc + Math.max(1, Math.ceil(estimateWidth(p, size) / w)), 0);
  const style = { fontFamily: o.family ?? 'Inter', fontSize: size, fontWeight: o.weight ?? 400, lineHeightPx: Math.round(size * 1.4) };
  if (o.deco) style.textDecoration = o.deco;
  if (o.align) style.textAlignHorizontal = o.align;
  return {
    type: 'TEXT',
    name: o.name ?? chars.replace(/\n/g, ' ').slice(0, 60),
    characters: chars,
    style,
    fills: [solid(o.color ?? '#1A1D24')],
    w,
    h: o.h ?? Math.round(lines * size * 1.4),
    ...pick(o, ['x', 'y', 'key', 'visible', 'interactions', 'transitionNodeID', 'transitionDuration', 'transitionEasing']),
  };
}

function pick(o, keys) {
  const out = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const COMMON = ['x', 'y', 'w', 'h', 'key', 'visible', 'interactions', 'transitionNodeID', 'transitionDuration', 'transitionEasing', 'componentId', 'cornerRadius', 'strokes', 'strokeWeight', 'effects', 'opacity', 'clipsContent', 'layoutWrap', 'exportSettings'];

/** Container node (FRAME, GROUP, INSTANCE, COMPONENT, COMPONENT_SET, SECTION). o.layout 'V'|'H', o.pad, o.gap, o.align ('CENTER'), o.justify */
export function N(type, name, o = {}, children = []) {
  const node = { type, name, ...pick(o, COMMON), children: children.filter(Boolean) };
  if (o.fill) node.fills = Array.isArray(o.fill) ? o.fill : [typeof o.fill === 'string' ? solid(o.fill) : o.fill];
  else if (type !== 'GROUP') node.fills = [];
  if (o.stroke) {
    node.strokes = [solid(o.stroke)];
    node.strokeWeight = o.strokeWeight ?? 1;
  }
  if (o.radius != null) node.cornerRadius = o.radius;
  if (o.layout) {
    node.layoutMode = o.layout === 'V' ? 'VERTICAL' : 'HORIZONTAL';
    const p = o.pad ?? 0;
    const [pt, pr, pb, pl] = Array.isArray(p) ? p : [p, p, p, p];
    Object.assign(node, { paddingTop: pt, paddingRight: pr, paddingBottom: pb, paddingLeft: pl, itemSpacing: o.gap ?? 0 });
    node.counterAxisAlignItems = o.align ?? (o.layout === 'H' ? 'CENTER' : 'MIN');
    node.primaryAxisAlignItems = o.justify ?? 'MIN';
  }
  return node;
}
export const F = (name, o, children) => N('FRAME', name, o, children);
export const G = (name, children, o = {}) => N('GROUP', name, o, children);
export const I = (name, componentId, o, children) => N('INSTANCE', name, { ...o, componentId }, children);
export function R(name, o = {}) {
  const n = N('RECTANGLE', name, o);
  delete n.children;
  return n;
}
export function V(name, o = {}) {
  const n = N('VECTOR', name, o);
  delete n.children;
  return n;
}

// Prototype helpers
export const go = (to, navigation = 'NAVIGATE') => ({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: to, navigation, transition: navigation === 'NAVIGATE' ? { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } : null }] });
export const back = () => ({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
export const close = () => ({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
export const url = (u) => ({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] });
export const hover = (to) => ({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: to, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', duration: 0.2, easing: { type: 'EASE_IN_AND_OUT' } } }] });

// ---------- layout ----------
function measure(n) {
  if (!n.children) return;
  n.children.forEach(measure);
  const vis = n.children;
  if (n.layoutMode) {
    const v = n.layoutMode === 'VERTICAL';
    const main = vis.reduce((a, c) => a + (v ? c.h : c.w), 0) + Math.max(0, vis.length - 1) * n.itemSpacing;
    const cross = Math.max(0, ...vis.map((c) => (v ? c.w : c.h)));
    const natW = (v ? cross : main) + n.paddingLeft + n.paddingRight;
    const natH = (v ? main : cross) + n.paddingTop + n.paddingBottom;
    if (n.w == null) n.w = natW;
    if (n.h == null) n.h = natH;
  } else if (n.w == null || n.h == null) {
    const r = Math.max(0, ...vis.map((c) => (c.x ?? 0) + c.w));
    const b = Math.max(0, ...vis.map((c) => (c.y ?? 0) + c.h));
    if (n.w == null) n.w = r;
    if (n.h == null) n.h = b;
  }
}

function place(n, ax, ay) {
  n.absoluteBoundingBox = { x: ax, y: ay, width: n.w, height: n.h };
  if (!n.children) return;
  if (n.layoutMode) {
    const v = n.layoutMode === 'VERTICAL';
    let cur = v ? n.paddingTop : n.paddingLeft;
    const innerCross = v ? n.w - n.paddingLeft - n.paddingRight : n.h - n.paddingTop - n.paddingBottom;
    const mainTotal = n.children.reduce((a, c) => a + (v ? c.h : c.w), 0) + Math.max(0, n.children.length - 1) * n.itemSpacing;
    const innerMain = v ? n.h - n.paddingTop - n.paddingBottom : n.w - n.paddingLeft - n.paddingRight;
    if (n.primaryAxisAlignItems === 'CENTER') cur += Math.max(0, (innerMain - mainTotal) / 2);
    if (n.primaryAxisAlignItems === 'MAX') cur += Math.max(0, innerMain - mainTotal);
    for (const c of n.children) {
      const cs = v ? c.w : c.h;
      let off = 0;
      if (n.counterAxisAlignItems === 'CENTER') off = Math.max(0, (innerCross - cs) / 2);
      if (n.counterAxisAlignItems === 'MAX') off = Math.max(0, innerCross - cs);
      const cx = v ? n.paddingLeft + off : cur;
      const cy = v ? cur : n.paddingTop + off;
      place(c, ax + Math.round(cx), ay + Math.round(cy));
      cur += (v ? c.h : c.w) + n.itemSpacing;
    }
  } else {
    for (const c of n.children) place(c, ax + (c.x ?? 0), ay + (c.y ?? 0));
  }
}

function strip(n) {
  for (const k of ['x', 'y', 'w', 'h', 'key']) delete n[k];
  if (n.children) n.children.forEach(strip);
}

function hash40(s) {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < s.length; i++) h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619) >>> 0;
    h1 = Math.imul(h1 ^ round, 2246822519) >>> 0;
    out += h1.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * pages: [{ name, base, children: [top-level nodes with x,y], flowStarts?: [{key,name}], startKey? }]
 */
export function buildFile({ name, lastModified, version, pages }) {
  const keys = new Map();
  const canvases = [];
  pages.forEach((p, pi) => {
    let n = 1;
    const assign = (node) => {
      node.id = node.id ?? `${p.base}:${n++}`;
      if (node.key) {
        if (keys.has(node.key)) throw new Error(`duplicate key ${node.key}`);
        keys.set(node.key, node.id);
      }
      (node.children ?? []).forEach(assign);
    };
    p.children.forEach((c) => {
      measure(c);
      place(c, c.x ?? 0, c.y ?? 0);
      assign(c);
    });
    const canvas = { id: `0:${pi + 1}`, name: p.name, type: 'CANVAS', backgroundColor: rgb(p.bg ?? '#E5E5E5'), children: p.children, flowStartingPoints: [], prototypeDevice: p.device ?? { type: 'NONE', rotation: 'NONE' } };
    if (p.flowStarts) canvas.flowStartingPoints = p.flowStarts.map((f) => ({ nodeId: '@' + f.key, name: f.name }));
    if (p.startKey) canvas.prototypeStartNodeID = '@' + p.startKey;
    if (p.noFlowField) delete canvas.flowStartingPoints;
    canvases.push(canvas);
  });
  const resolve = (v) => {
    if (typeof v !== 'string' || !v.startsWith('@')) return v;
    const id = keys.get(v.slice(1));
    if (!id) throw new Error(`unresolved ref ${v}`);
    return id;
  };
  const components = {};
  const componentSets = {};
  const walk = (node, parent) => {
    if (node.componentId) node.componentId = resolve(node.componentId);
    if (node.transitionNodeID) node.transitionNodeID = resolve(node.transitionNodeID);
    for (const it of node.interactions ?? []) for (const a of it.actions) if (a.destinationId) a.destinationId = resolve(a.destinationId);
    if (node.type === 'COMPONENT') {
      components[node.id] = { key: hash40(name + node.id), name: node.name, description: node.description ?? '', remote: false, documentationLinks: [] };
      if (parent && parent.type === 'COMPONENT_SET') components[node.id].componentSetId = parent.id;
    }
    if (node.type === 'COMPONENT_SET') componentSets[node.id] = { key: hash40(name + 'set' + node.id), name: node.name, description: node.description ?? '' };
    (node.children ?? []).forEach((c) => walk(c, node));
  };
  for (const c of canvases) {
    c.children.forEach((ch) => walk(ch, c));
    if (c.flowStartingPoints) c.flowStartingPoints.forEach((f) => (f.nodeId = resolve(f.nodeId)));
    if (c.prototypeStartNodeID) c.prototypeStartNodeID = resolve(c.prototypeStartNodeID);
    c.children.forEach(strip);
  }
  const doc = {
    name,
    lastModified,
    thumbnailUrl: '',
    version,
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: canvases },
    components,
    componentSets,
    styles: {},
  };
  return { doc, keys };
}

export function countNodes(n) {
  return 1 + (n.children ?? []).reduce((a, c) => a + countNodes(c), 0);
}

export function save(dir, base, doc, truth) {
  writeFileSync(`${dir}/${base}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${base}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
}

export const WRITTEN_BY = 'held-out writer W (from the checklist facts and the REST format only; repository not read)';

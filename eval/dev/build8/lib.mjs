// Small deterministic helpers for writing Figma REST-format files (no dependencies).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY = 'dev writer L (from the checklist facts and the REST format only; repository not read)';

export function col(hex) {
  const h = hex.replace('#', '');
  const v = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: v(0), g: v(2), b: v(4), a: 1 };
}
export const solid = (hex) => [{ type: 'SOLID', color: col(hex) }];
const box = (x, y, width, height) => ({ x, y, width, height });

export function bboxOf(children, pad = 0) {
  const xs = children.map((c) => c.absoluteBoundingBox);
  const x0 = Math.min(...xs.map((b) => b.x)) - pad;
  const y0 = Math.min(...xs.map((b) => b.y)) - pad;
  const x1 = Math.max(...xs.map((b) => b.x + b.width)) + pad;
  const y1 = Math.max(...xs.map((b) => b.y + b.height)) + pad;
  return box(x0, y0, x1 - x0, y1 - y0);
}

export class Builder {
  constructor() {
    this.page = 0;
    this.n = 1;
    this.components = {};
    this.componentSets = {};
    this.pages = [];
    this.connectFrames = new Set();
  }
  id() { return `${this.page}:${this.n++}`; }
  canvas(name, extra = {}) {
    this.page += 1;
    this.n = 1;
    const c = { id: `0:${this.page}`, name, type: 'CANVAS', children: [], backgroundColor: col('#E5E5E5'), ...extra };
    this.pages.push(c);
    return c;
  }
  text(chars, x, y, o = {}) {
    const size = o.size ?? 14;
    const maxW = o.w ?? 320;
    const lines = chars.split('\n');
    const longest = Math.max(...lines.map((l) => l.length));
    const est = longest * size * 0.52;
    const wraps = lines.reduce((n, l) => n + Math.max(1, Math.ceil((l.length * size * 0.52) / maxW)), 0);
    const width = o.w ?? Math.min(maxW, Math.max(8, Math.round(est)));
    const node = {
      id: this.id(), name: o.name ?? chars.slice(0, 40), type: 'TEXT', absoluteBoundingBox: box(x, y, width, Math.round(wraps * size * 1.35)),
      characters: chars,
      style: { fontFamily: o.font ?? 'Inter', fontSize: size, fontWeight: o.weight ?? 400, textAlignHorizontal: o.align ?? 'LEFT', lineHeightPx: Math.round(size * 1.35) },
      fills: solid(o.color ?? '#1D2433'),
    };
    if (o.underline) node.style.textDecoration = 'UNDERLINE';
    if (o.visible === false) node.visible = false;
    return node;
  }
  rect(name, x, y, w, h, o = {}) {
    const node = { id: this.id(), name, type: o.type ?? 'RECTANGLE', absoluteBoundingBox: box(x, y, w, h), fills: o.image ? [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: o.image }] : solid(o.fill ?? '#E8ECF2') };
    if (o.radius) node.cornerRadius = o.radius;
    if (o.stroke) { node.strokes = solid(o.stroke); node.strokeWeight = 1; }
    if (o.visible === false) node.visible = false;
    return node;
  }
  vec(name, x, y, w, h, o = {}) { return this.rect(name, x, y, w, h, { ...o, type: 'VECTOR', fill: o.fill ?? '#5B6475' }); }
  frame(name, x, y, w, h, o = {}, children = []) {
    const node = { id: o.id ?? this.id(), name, type: o.type ?? 'FRAME', absoluteBoundingBox: box(x, y, w, h), fills: o.fill === null ? [] : solid(o.fill ?? '#FFFFFF'), children };
    if (o.radius) node.cornerRadius = o.radius;
    if (o.layoutMode) { node.layoutMode = o.layoutMode; node.itemSpacing = o.gap ?? 8; node.paddingLeft = node.paddingRight = node.paddingTop = node.paddingBottom = o.pad ?? 0; }
    if (o.stroke) { node.strokes = solid(o.stroke); node.strokeWeight = 1; }
    if (o.visible === false) node.visible = false;
    if (o.componentId) node.componentId = o.componentId;
    return node;
  }
  // auto-layout wrapper sized from its children
  al(name, children, mode = 'VERTICAL', o = {}) {
    const pad = o.pad ?? 0;
    const b = bboxOf(children, pad);
    return this.frame(name, b.x, b.y, b.width, b.height, { fill: o.fill ?? null, layoutMode: mode, pad, gap: o.gap, radius: o.radius, stroke: o.stroke, visible: o.visible }, children);
  }
  group(name, children, o = {}) {
    const b = bboxOf(children);
    const node = { id: this.id(), name, type: 'GROUP', absoluteBoundingBox: b, children };
    if (o.visible === false) node.visible = false;
    return node;
  }
  // ---- controls built several ways ----
  btnFrame(label, x, y, w, h, o = {}) {
    const t = this.text(label, x + 16, y + (h - 20) / 2, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER', w: w - 32, name: label });
    return this.frame(o.name ?? 'Frame ' + (400 + this.n), x, y, w, h, { fill: o.fill ?? '#1F5EFF', radius: o.radius ?? 8, layoutMode: 'HORIZONTAL', pad: 12, stroke: o.stroke }, [t]);
  }
  btnInst(label, x, y, w, h, componentId, o = {}) {
    const t = this.text(label, x + 16, y + (h - 20) / 2, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER', w: w - 32, name: o.textName ?? label });
    return this.frame(o.name ?? this.components[componentId]?.name ?? 'Instance', x, y, w, h, { type: 'INSTANCE', componentId, fill: o.fill ?? '#1F5EFF', radius: 8, layoutMode: 'HORIZONTAL', pad: 12 }, [t]);
  }
  btnGroup(label, x, y, w, h, o = {}) {
    const shape = (o.shape === 'VECTOR' ? this.vec : this.rect).call(this, o.shapeName ?? (o.shape === 'VECTOR' ? 'Vector' : 'Rectangle ' + this.n), x, y, w, h, { fill: o.fill ?? '#1F5EFF', radius: o.radius ?? 10 });
    const t = this.text(label, x + 12, y + (h - 20) / 2, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER', w: w - 24 });
    return this.group(o.name ?? 'Group ' + this.n, [shape, t]);
  }
  link(label, x, y, o = {}) { return this.text(label, x, y, { size: o.size ?? 14, weight: o.weight ?? 500, color: o.color ?? '#1F5EFF', underline: o.underline, w: o.w, name: o.name }); }
  checkbox(x, y, kind = 'RECTANGLE', o = {}) {
    if (kind === 'INSTANCE') return this.frame(o.name ?? 'Property 1=Unchecked', x, y, 20, 20, { type: 'INSTANCE', componentId: o.componentId, fill: '#FFFFFF', radius: 4, stroke: '#8A93A6' }, []);
    const node = this.rect(o.name ?? (kind === 'VECTOR' ? 'Vector' : 'Rectangle ' + this.n), x, y, 20, 20, { type: kind, fill: o.checked ? '#1F5EFF' : '#FFFFFF', radius: 4, stroke: '#8A93A6' });
    return node;
  }
  searchField(placeholder, x, y, w, o = {}) {
    const icon = this.vec('Vector', x + 14, y + 14, 16, 16, { fill: '#8A93A6' });
    const t = this.text(placeholder, x + 40, y + 12, { size: 14, color: '#8A93A6', w: w - 56 });
    return this.frame(o.name ?? 'Frame ' + (300 + this.n), x, y, w, 44, { fill: '#F4F6FA', radius: 22, stroke: '#D5DAE3', layoutMode: 'HORIZONTAL', pad: 12 }, [icon, t]);
  }
  logo(x, y, s, ref, o = {}) {
    if (o.vector) return this.vec(o.name ?? 'Vector', x, y, s, s, { fill: o.fill ?? '#2CA01C' });
    return this.rect(o.name ?? 'image ' + this.n, x, y, s, s, { image: ref, radius: o.radius ?? 6 });
  }
  comp(name, x, y, w, h, o = {}, children = []) {
    const node = this.frame(name, x, y, w, h, { ...o, type: 'COMPONENT' }, children);
    this.components[node.id] = { key: 'k' + node.id.replace(':', 'x') + 'a7f3', name, description: o.description ?? '' };
    return node;
  }
}

// ---- prototype wiring ----
export function go(node, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: dest.id ?? dest, navigation, transition: navigation === 'NAVIGATE' ? { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } : null, preserveScrollPosition: false }] });
  return node;
}
export function back(node) { node.interactions = [...(node.interactions ?? []), { trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] }]; return node; }
export function close(node) { node.interactions = [...(node.interactions ?? []), { trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] }]; return node; }
export function url(node, u) { node.interactions = [...(node.interactions ?? []), { trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] }]; return node; }
export function legacy(node, dest) { node.transitionNodeID = dest.id ?? dest; node.transitionDuration = 300; node.transitionEasing = 'EASE_OUT'; return node; }

// ---- flow facts, computed from the links ----
function walk(n, f) { f(n); for (const c of n.children ?? []) walk(c, f); }
export function flowFacts(doc, startOverride, connectId) {
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints?.length ?? 0) > 0 || p.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!start) { start = startOverride; page = pages.find((p) => { let hit = false; walk(p, (n) => { if (n.id === startOverride) hit = true; }); return hit; }); }
  if (!page) return { startFrameId: null, connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const frames = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    if (c.type === 'SECTION') for (const f of c.children ?? []) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const owner = new Map();
  for (const f of frames) walk(f, (n) => owner.set(n.id, f.id));
  const adj = new Map(frames.map((f) => [f.id, new Set()]));
  for (const f of frames) walk(f, (n) => {
    const dests = [];
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) if (owner.has(d)) adj.get(f.id).add(owner.get(d));
  });
  const bfs = (s) => { const dist = new Map([[s, 0]]); const q = [s]; const order = [s]; while (q.length) { const u = q.shift(); for (const v of adj.get(u) ?? []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); order.push(v); } } return { dist, order }; };
  const fromStart = bfs(start);
  let connect = connectId;
  if (connect === undefined) connect = null;
  const steps = connect && fromStart.dist.has(connect) ? fromStart.dist.get(connect) : null;
  let deadEnds = [];
  if (connect && steps !== null) {
    const fromConnect = bfs(connect).dist;
    deadEnds = [...fromStart.dist.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).dist.has(connect));
  }
  return { startFrameId: start, connectFrameId: steps === null ? null : connect, stepsToConnect: steps, deadEnds, order: fromStart.order, dist: fromStart.dist };
}

export function emit(b, name, meta, truth) {
  const doc = { name: meta.title, lastModified: meta.lastModified, thumbnailUrl: '', version: meta.version, role: 'editor', editorType: 'figma', linkAccess: 'view', schemaVersion: 0, document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: b.pages }, components: b.components, componentSets: b.componentSets, styles: meta.styles ?? {} };
  let count = 0;
  walk(doc.document, () => { count += 1; });
  let flow = { startFrameId: null, connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  if (truth.kind === 'onboarding') {
    const pre = flowFacts(doc, meta.startOverride, null);
    const connect = pre.order.find((f) => b.connectFrames.has(f)) ?? null;
    const f = flowFacts(doc, meta.startOverride, connect);
    flow = { startFrameId: f.startFrameId, connectFrameId: f.connectFrameId, stepsToConnect: f.stepsToConnect, deadEnds: f.deadEnds };
  } else {
    flow.startFrameId = flowFacts(doc, meta.startOverride, null).startFrameId;
  }
  const t = { file: `${name}.json`, kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow };
  writeFileSync(join(OUT, `${name}.json`), JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(join(OUT, `${name}.truth.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(name, 'nodes', count, 'present', t.present.length, 'absent', t.absent.length, JSON.stringify(flow));
  return { doc, truth: t, count };
}
export { walk };

// A screen with a vertical cursor for stacking content.
export class Screen {
  constructor(b, name, x, y, w, h, o = {}) {
    this.b = b; this.x = x; this.y = y; this.w = w; this.h = h;
    this.node = b.frame(name, x, y, w, h, { fill: o.fill ?? '#FFFFFF', layoutMode: o.layoutMode, pad: o.pad ?? 0 });
    this.px = x + (o.pad ?? 24);
    this.cy = y + (o.top ?? 24);
  }
  add(n, gap = 16) {
    this.node.children.push(n);
    const bb = n.absoluteBoundingBox;
    this.cy = Math.max(this.cy, bb.y + bb.height + gap);
    return n;
  }
  put(n) { this.node.children.push(n); return n; }
}

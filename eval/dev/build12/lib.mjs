// Small deterministic helpers for writing Figma REST-shaped files by hand.
// Coordinates given to the helpers are relative to the parent; finish() turns
// them into absolute bounding boxes.
import { writeFileSync } from 'node:fs';

const ctx = { page: 0, n: 0 };

export function setPage(num, start = 1) {
  ctx.page = num;
  ctx.n = start;
}

function nid() {
  ctx.n += 1;
  return `${ctx.page}:${ctx.n}`;
}

export function rgb(hex, a = 1) {
  const h = hex.replace('#', '');
  const v = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: v(0), g: v(2), b: v(4), a };
}

export const solid = (hex, opacity) => {
  const f = { blendMode: 'NORMAL', type: 'SOLID', color: rgb(hex) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};

export const image = (ref) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function base(type, name, b, p) {
  const n = { id: nid(), name, type };
  if (p.hidden) n.visible = false;
  n._b = b;
  if (p.key) n._key = p.key;
  if (p.fill !== undefined) n.fills = p.fill === null ? [] : [typeof p.fill === 'string' ? solid(p.fill) : p.fill];
  else if (type !== 'TEXT' && type !== 'GROUP' && type !== 'SECTION') n.fills = [];
  if (p.stroke) {
    n.strokes = [solid(p.stroke)];
    n.strokeWeight = p.sw || 1;
  }
  if (p.radius !== undefined) n.cornerRadius = p.radius;
  if (p.layout) {
    n.layoutMode = p.layout;
    n.itemSpacing = p.gap ?? 8;
    n.paddingLeft = n.paddingRight = p.padX ?? 0;
    n.paddingTop = n.paddingBottom = p.padY ?? 0;
    n.primaryAxisSizingMode = 'AUTO';
    n.counterAxisSizingMode = 'FIXED';
  }
  if (p.opacity !== undefined) n.opacity = p.opacity;
  if (p.go) n._go = Array.isArray(p.go[0]) ? p.go : [p.go];
  if (p.old) n._old = p.old;
  if (p.back) n._back = true;
  if (p.close) n._close = true;
  if (p.url) n._url = p.url;
  if (p.hover) n._hover = p.hover;
  if (p.scroll) n._scroll = p.scroll;
  return n;
}

export function F(name, b, p = {}, kids = []) {
  const n = base('FRAME', name, b, p);
  n.clipsContent = p.clip ?? false;
  n.children = kids;
  return n;
}

export function S(name, b, kids = []) {
  const n = base('SECTION', name, b, {});
  n.fills = [solid('#F5F5F5')];
  n.children = kids;
  return n;
}

export function G(name, b, kids = [], p = {}) {
  const n = base('GROUP', name, b, p);
  n.children = kids;
  return n;
}

export function R(name, b, p = {}) {
  return base('RECTANGLE', name, b, p);
}

export function E(name, b, p = {}) {
  return base('ELLIPSE', name, b, p);
}

export function V(name, b, p = {}) {
  return base('VECTOR', name, b, p);
}

export function I(name, b, componentId, p = {}, kids = []) {
  const n = base('INSTANCE', name, b, p);
  n.componentId = componentId;
  n.children = kids;
  return n;
}

export function C(type, name, b, p = {}, kids = []) {
  const n = base(type, name, b, p);
  n.children = kids;
  return n;
}

// Text: chars, box, { s: size, w: weight, c: colour, u: underline, f: family, name, align }
export function T(chars, b, o = {}) {
  const name = o.name ?? chars.replace(/\n/g, ' ').slice(0, 60);
  const n = base('TEXT', name, b, o);
  n.characters = chars;
  n.style = {
    fontFamily: o.f || 'Inter',
    fontPostScriptName: null,
    fontWeight: o.w || 400,
    fontSize: o.s || 14,
    textAlignHorizontal: o.align || 'LEFT',
    textAlignVertical: 'TOP',
    letterSpacing: 0,
    lineHeightPx: Math.round((o.s || 14) * 1.4 * 100) / 100,
  };
  if (o.u) n.style.textDecoration = 'UNDERLINE';
  n.fills = [solid(o.c || '#1A1A1A')];
  return n;
}

function walk(node, fn, parent) {
  fn(node, parent);
  for (const k of node.children || []) walk(k, fn, node);
}

// Resolve keys, absolute boxes and interactions. Returns map key -> id.
export function finish(document) {
  const keys = {};
  walk(document, (n) => {
    if (n._key) keys[n._key] = n.id;
  });
  const resolve = (k) => {
    if (!keys[k]) throw new Error(`unknown key ${k}`);
    return keys[k];
  };
  const place = (n, ox, oy) => {
    if (n._b) {
      const [x, y, w, h] = n._b;
      n.absoluteBoundingBox = { x: ox + x, y: oy + y, width: w, height: h };
      delete n._b;
    }
    const bb = n.absoluteBoundingBox || { x: 0, y: 0 };
    for (const k of n.children || []) place(k, bb.x, bb.y);
  };
  for (const page of document.children) for (const k of page.children) place(k, 0, 0);
  walk(document, (n) => {
    const inter = [];
    for (const [to, nav] of n._go || []) {
      inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: resolve(to), navigation: nav || 'NAVIGATE', transition: nav === 'OVERLAY' ? null : { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.3 }, preserveScrollPosition: false }] });
    }
    if (n._hover) inter.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: resolve(n._hover), navigation: 'CHANGE_TO', transition: null }] });
    if (n._scroll) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: resolve(n._scroll), navigation: 'SCROLL_TO', transition: null }] });
    if (n._back) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
    if (n._close) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
    if (n._url) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: n._url }] });
    if (inter.length) n.interactions = inter;
    if (n._old) n.transitionNodeID = resolve(n._old);
    for (const k of ['_go', '_old', '_back', '_close', '_url', '_hover', '_scroll', '_key']) delete n[k];
  });
  return keys;
}

export function canvas(id, name, kids, start) {
  const c = { id, name, type: 'CANVAS', children: kids, backgroundColor: rgb('#E5E5E5') };
  if (start) Object.assign(c, start);
  else {
    c.flowStartingPoints = [];
    c.prototypeStartNodeID = null;
  }
  return c;
}

export function countNodes(n) {
  let c = 1;
  for (const k of n.children || []) c += countNodes(k);
  return c;
}

// Breadth-first flow facts over the in-scope frames of one page.
export function flowFacts(page, startId, connectId) {
  const frames = [];
  for (const k of page.children) {
    if (k.visible === false) continue;
    if (k.type === 'FRAME') frames.push(k);
    if (k.type === 'SECTION') for (const f of k.children) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const owner = {};
  for (const f of frames) walk(f, (n) => { owner[n.id] = f.id; });
  const edges = {};
  for (const f of frames) {
    edges[f.id] = new Set();
    walk(f, (n) => {
      for (const it of n.interactions || []) for (const a of it.actions || []) {
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation) && owner[a.destinationId]) edges[f.id].add(owner[a.destinationId]);
      }
      if (n.transitionNodeID && owner[n.transitionNodeID]) edges[f.id].add(owner[n.transitionNodeID]);
    });
  }
  const bfs = (s) => {
    const d = { [s]: 0 };
    const q = [s];
    while (q.length) {
      const c = q.shift();
      for (const t of edges[c] || []) if (!(t in d)) { d[t] = d[c] + 1; q.push(t); }
    }
    return d;
  };
  const fromStart = bfs(startId);
  if (!connectId) return { reach: fromStart, stepsToConnect: null, deadEnds: [] };
  const fromConnect = bfs(connectId);
  const dead = Object.keys(fromStart).filter((f) => !(f in fromConnect) && !(connectId in bfs(f)));
  return { reach: fromStart, stepsToConnect: connectId in fromStart ? fromStart[connectId] : null, deadEnds: dead };
}

export const WRITTEN_BY = 'dev writer P (from the checklist facts and the REST format only; repository not read)';

export function writeOut(dir, name, file, truth) {
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(file, null, 1) + '\n');
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
}

export function fileShell(name, lastModified, document, components, componentSets = {}) {
  return { name, lastModified, thumbnailUrl: '', version: String(4000000000 + name.length * 7919), role: 'owner', editorType: 'figma', linkAccess: 'view', schemaVersion: 0, document, components, componentSets, styles: {} };
}

// ---- generic auto-names and small UI shapes ----
let seed = 7;
export function reseed(s) { seed = s; }
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
const counters = { Frame: 300, Rectangle: 10, Group: 4, Vector: 0, Ellipse: 1 };
export function auto(kind) {
  counters[kind] = (counters[kind] || 0) + 1 + rnd(9);
  return kind === 'Vector' ? 'Vector' : `${kind} ${counters[kind]}`;
}

export function btnFrame(label, b, fill, p = {}, tc = '#FFFFFF') {
  const [, , w, h] = b;
  return F(p.name || auto('Frame'), b, { fill, radius: p.radius ?? 8, layout: 'HORIZONTAL', padX: 20, padY: 10, ...p }, [
    T(label, [20, Math.round((h - 20) / 2), w - 40, 20], { s: p.s || 15, w: 600, c: tc, align: 'CENTER' }),
  ]);
}

export function btnGroup(label, b, fill, p = {}, tc = '#FFFFFF') {
  const [, , w, h] = b;
  return G(p.name || auto('Group'), b, [
    R(auto('Rectangle'), [0, 0, w, h], { fill, radius: p.radius ?? 6, stroke: p.stroke }),
    T(label, [12, Math.round((h - 20) / 2), w - 24, 20], { s: p.s || 15, w: 600, c: tc, align: 'CENTER' }),
  ], p);
}

export function btnVectorGroup(label, b, fill, p = {}, tc = '#FFFFFF') {
  const [, , w, h] = b;
  return G(p.name || auto('Group'), b, [
    V('Vector', [0, 0, w, h], { fill }),
    T(label, [12, Math.round((h - 20) / 2), w - 24, 20], { s: p.s || 15, w: 600, c: tc, align: 'CENTER' }),
  ], p);
}

export function btnInst(label, b, compId, p = {}, tc = '#FFFFFF') {
  const [, , w, h] = b;
  return I(p.name || 'Property 1=Default', b, compId, p, [
    T(label, [16, Math.round((h - 20) / 2), w - 32, 20], { s: p.s || 15, w: 600, c: tc, align: 'CENTER' }),
  ]);
}

export function link(label, b, c = '#2255CC', p = {}) {
  return T(label, b, { s: 14, w: 500, c, u: p.u ?? true, ...p });
}

export function check(b, p = {}) {
  const kind = p.kind || 'RECTANGLE';
  if (kind === 'INSTANCE') return I(p.name || 'checkbox', b, p.compId, p, [R(auto('Rectangle'), [0, 0, b[2], b[3]], { stroke: '#8A8F98', radius: 4, fill: '#FFFFFF' })]);
  if (kind === 'VECTOR') return V('Vector', b, { stroke: '#8A8F98', fill: '#FFFFFF' });
  return R(p.name || auto('Rectangle'), b, { stroke: '#8A8F98', radius: 4, fill: '#FFFFFF', sw: 1.5 });
}

export function field(label, value, b, p = {}) {
  const [, , w] = b;
  return F(p.name || auto('Frame'), b, { layout: 'VERTICAL', gap: 6 }, [
    T(label, [0, 0, w, 18], { s: 13, w: 500, c: '#555B66' }),
    F(auto('Frame'), [0, 24, w, 44], { fill: p.bg || '#FFFFFF', stroke: '#D0D4DA', radius: 8, layout: 'HORIZONTAL', padX: 12, padY: 12 }, [
      T(value, [12, 12, w - 24, 20], { s: 15, c: p.placeholder ? '#9AA0A8' : '#1A1A1A' }),
    ]),
  ]);
}

export function logo(b, ref, p = {}) {
  return R(p.name || auto('Rectangle'), b, { fill: image(ref), radius: p.radius ?? 6, ...p });
}

export function searchBox(placeholder, b, p = {}) {
  const [, , w, h] = b;
  return F(p.name || auto('Frame'), b, { fill: '#FFFFFF', stroke: '#C9CED6', radius: h / 2, layout: 'HORIZONTAL', padX: 14, gap: 10 }, [
    V('Vector', [14, Math.round((h - 16) / 2), 16, 16], { stroke: '#6B7280', sw: 2 }),
    T(placeholder, [40, Math.round((h - 20) / 2), w - 56, 20], { s: 15, c: '#9AA0A8' }),
  ]);
}

export function spinner(b) {
  return G(auto('Group'), b, [
    E(auto('Ellipse'), [0, 0, b[2], b[3]], { stroke: '#E3E6EA', sw: 3 }),
    V('Vector', [b[2] / 2, 0, b[2] / 2, b[3] / 2], { stroke: '#3B6FE0', sw: 3 }),
  ]);
}

export function divider(b, c = '#E6E8EB') {
  return R(auto('Rectangle'), b, { fill: c });
}

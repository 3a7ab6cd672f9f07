// Small builder for Figma REST-format documents. Nodes are built with positions relative to
// their parent (_x/_y/_w/_h); finish() turns them into absoluteBoundingBox values.
import { writeFileSync } from 'node:fs';

let page = 1;
let counter = 1;
let seed = 7;

export function setPage(p, start = 1) {
  page = p;
  counter = start;
}
export function setSeed(s) {
  seed = s;
}
export const nid = () => `${page}:${counter++}`;

/** Deterministic "auto" layer names such as "Frame 427". */
export function auto(kind) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return `${kind} ${(seed % 900) + 3}`;
}

export function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  const c = (v) => Math.round((v / 255) * 10000) / 10000;
  return { r: c((n >> 16) & 255), g: c((n >> 8) & 255), b: c(n & 255), a: 1 };
}
export const solid = (hex, opacity) => (opacity == null ? { type: 'SOLID', color: rgb(hex) } : { type: 'SOLID', color: rgb(hex), opacity });
export const image = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function base(type, name, o) {
  const n = { id: o.id || nid(), name, type };
  if (o.visible === false) n.visible = false;
  n._x = o.x ?? 0;
  n._y = o.y ?? 0;
  n._w = o.w ?? 0;
  n._h = o.h ?? 0;
  if (o.key) n._key = o.key;
  return n;
}

function paint(n, o) {
  if (o.fill) n.fills = [solid(o.fill, o.opacity)];
  else if (o.fills) n.fills = o.fills;
  else n.fills = [];
  if (o.stroke) {
    n.strokes = [solid(o.stroke)];
    n.strokeWeight = o.strokeWeight ?? 1;
  }
  if (o.radius != null) n.cornerRadius = o.radius;
  if (o.effects) n.effects = o.effects;
  return n;
}

export function at(node, x, y) {
  node._x = x;
  node._y = y;
  return node;
}

export function text(chars, o = {}) {
  const size = o.size ?? 14;
  const lh = Math.round(size * 1.4);
  const lines = String(chars).split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  const w = o.w ?? Math.min(o.maxW ?? 560, Math.ceil(longest * size * 0.55) + 2);
  const perLine = Math.max(1, Math.floor(w / (size * 0.53)));
  const count = lines.reduce((s, l) => s + Math.max(1, Math.ceil(l.length / perLine)), 0);
  const n = base('TEXT', o.name ?? String(chars).slice(0, 60), { ...o, w, h: o.h ?? count * lh });
  n.characters = chars;
  n.style = {
    fontFamily: o.font ?? 'Inter',
    fontSize: size,
    fontWeight: o.weight ?? 400,
    textAlignHorizontal: o.align ?? 'LEFT',
    lineHeightPx: lh,
  };
  if (o.underline) n.style.textDecoration = 'UNDERLINE';
  n.fills = [solid(o.color ?? '#1B1F24')];
  return n;
}

export function rect(o = {}) {
  return paint(base('RECTANGLE', o.name ?? auto('Rectangle'), o), o);
}
export function vector(o = {}) {
  return paint(base('VECTOR', o.name ?? 'Vector', o), o);
}
export function ellipse(o = {}) {
  return paint(base('ELLIPSE', o.name ?? auto('Ellipse'), o), o);
}

export function frame(name, o = {}, kids = []) {
  const n = paint(base(o.type ?? 'FRAME', name ?? auto('Frame'), o), o);
  if (o.componentId) n.componentId = o.componentId;
  if (o.clips) n.clipsContent = true;
  n.children = kids;
  return n;
}

export function group(name, o = {}, kids = []) {
  const n = base('GROUP', name ?? auto('Group'), o);
  n._w = Math.max(0, ...kids.map((k) => k._x + k._w));
  n._h = Math.max(0, ...kids.map((k) => k._y + k._h));
  n.children = kids;
  return n;
}

function stack(dir, name, o, kids) {
  const gap = o.gap ?? 8;
  const pad = o.pad ?? 0;
  const [pt, pr, pb, pl] = Array.isArray(pad) ? pad : [pad, pad, pad, pad];
  const shown = kids.filter((k) => k.visible !== false);
  let pos = dir === 'V' ? pt : pl;
  for (const k of shown) {
    if (dir === 'V') k._y = pos;
    else k._x = pos;
    pos += (dir === 'V' ? k._h : k._w) + gap;
  }
  pos -= shown.length ? gap : 0;
  const cross = Math.max(0, ...shown.map((k) => (dir === 'V' ? k._w : k._h)));
  const w = o.w ?? (dir === 'V' ? cross + pl + pr : pos + pr);
  const h = o.h ?? (dir === 'V' ? pos + pb : cross + pt + pb);
  for (const k of kids) {
    if (dir === 'V') {
      k._x = o.align === 'center' ? Math.round((w - k._w) / 2) : pl;
      if (k.visible === false) k._y = pt;
    } else {
      k._y = o.align === 'start' ? pt : Math.round((h - k._h) / 2);
      if (k.visible === false) k._x = pl;
    }
  }
  const n = frame(name, { ...o, w, h }, kids);
  n.layoutMode = dir === 'V' ? 'VERTICAL' : 'HORIZONTAL';
  n.itemSpacing = gap;
  n.paddingTop = pt;
  n.paddingRight = pr;
  n.paddingBottom = pb;
  n.paddingLeft = pl;
  if (o.align === 'center') n.counterAxisAlignItems = 'CENTER';
  return n;
}
export const vstack = (name, o, kids) => stack('V', name, o, kids);
export const hstack = (name, o, kids) => stack('H', name, o, kids);

function centre(label, w, h, o) {
  const t = text(label, { size: o.size ?? 15, weight: o.weight ?? 600, color: o.color ?? '#FFFFFF', align: 'CENTER' });
  t._x = Math.round((w - t._w) / 2);
  t._y = Math.round((h - t._h) / 2);
  return t;
}

/** Button as an instance of a component, with a TEXT label child. */
export function btnInst(label, componentId, o = {}) {
  const w = o.w ?? 200;
  const h = o.h ?? 44;
  const n = frame(o.name ?? 'Button', { ...o, type: 'INSTANCE', componentId, w, h, fill: o.fill ?? '#1F5EFF', radius: o.radius ?? 8 }, [centre(label, w, h, o)]);
  return n;
}
/** Button as a plain frame with a fill and radius. */
export function btnFrame(label, o = {}) {
  const w = o.w ?? 200;
  const h = o.h ?? 44;
  return frame(o.name ?? auto('Frame'), { ...o, w, h, fill: o.fill ?? '#1F5EFF', radius: o.radius ?? 8 }, [centre(label, w, h, o)]);
}
/** Button as text centred over a sibling vector or rectangle inside a group. */
export function btnShape(label, o = {}) {
  const w = o.w ?? 200;
  const h = o.h ?? 44;
  const shapeO = { w, h, fill: o.fill ?? '#1F5EFF', radius: o.radius ?? 8, stroke: o.stroke };
  const shape = o.shape === 'RECTANGLE' ? rect(shapeO) : vector(shapeO);
  return group(o.name ?? auto('Group'), o, [shape, centre(label, w, h, o)]);
}
export function linkText(label, o = {}) {
  return text(label, { color: '#1F5EFF', size: 14, weight: 500, ...o });
}

export function checkbox(kind = 'RECTANGLE', o = {}) {
  const box = { w: 20, h: 20, stroke: '#6B7280', radius: 4, fill: o.checked ? '#1F5EFF' : '#FFFFFF', ...o };
  if (kind === 'VECTOR') return vector(box);
  if (kind === 'INSTANCE') return frame(o.name ?? 'Property 1=Off', { ...box, type: 'INSTANCE', componentId: o.componentId }, []);
  return rect(box);
}

export function searchField(placeholder, o = {}) {
  const w = o.w ?? 320;
  const mag = vector({ w: 16, h: 16, stroke: '#6B7280', name: 'Vector' });
  const t = text(placeholder, { size: 14, color: '#8A9099' });
  return hstack(o.name ?? auto('Frame'), { w, h: 40, pad: [0, 12, 0, 12], gap: 8, radius: 20, fill: o.fill ?? '#F2F4F7', stroke: '#D0D5DD', ...o }, [mag, t]);
}

export function imgLogo(ref, size = 32, o = {}) {
  return rect({ w: size, h: size, radius: o.radius ?? 6, fills: [image(ref)], name: o.name ?? auto('Rectangle') });
}
export function vecLogo(colour, size = 32) {
  return vector({ w: size, h: size, fill: colour });
}

// ---- prototype ------------------------------------------------------------------
export function click(node, dest, navigation = 'NAVIGATE') {
  node.interactions = [
    ...(node.interactions ?? []),
    { trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: dest, navigation, transition: null }] },
  ];
  return node;
}
export function act(node, action, trigger = 'ON_CLICK') {
  node.interactions = [...(node.interactions ?? []), { trigger: { type: trigger }, actions: [action] }];
  return node;
}
export const back = (node) => act(node, { type: 'BACK' });
export const close = (node) => act(node, { type: 'CLOSE' });
export const url = (node, u) => act(node, { type: 'URL', url: u });
export const hoverSwap = (node, dest) =>
  act(node, { type: 'NODE', destinationId: dest, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.2 } }, 'ON_HOVER');
export function oldLink(node, dest) {
  node.transitionNodeID = dest;
  node.transitionDuration = 300;
  node.transitionEasing = 'EASE_OUT';
  return node;
}

// ---- finishing --------------------------------------------------------------------
export function canvas(name, o, kids) {
  const c = { id: o.id ?? nid(), name, type: 'CANVAS', backgroundColor: rgb(o.bg ?? '#E5E5E5'), children: kids };
  if (o.flows) c.flowStartingPoints = o.flows.map(([nodeId, fname]) => ({ nodeId, name: fname }));
  if (o.start) c.prototypeStartNodeID = o.start;
  return c;
}

export function finish(doc) {
  const keys = new Map();
  const walk = (n, ox, oy) => {
    if (n._key) keys.set(n._key, n.id);
    if ('_x' in n) {
      const ax = ox + n._x;
      const ay = oy + n._y;
      n.absoluteBoundingBox = { x: Math.round(ax), y: Math.round(ay), width: Math.round(n._w), height: Math.round(n._h) };
      for (const k of ['_x', '_y', '_w', '_h', '_key']) delete n[k];
      for (const c of n.children ?? []) walk(c, ax, ay);
    } else for (const c of n.children ?? []) walk(c, 0, 0);
  };
  walk(doc.document, 0, 0);
  const fix = (v) => (typeof v === 'string' && v.startsWith('@') ? keys.get(v.slice(1)) ?? v : v);
  const walk2 = (n) => {
    for (const it of n.interactions ?? []) for (const a of it.actions) if (a.destinationId) a.destinationId = fix(a.destinationId);
    if (n.transitionNodeID) n.transitionNodeID = fix(n.transitionNodeID);
    if (n.prototypeStartNodeID) n.prototypeStartNodeID = fix(n.prototypeStartNodeID);
    for (const f of n.flowStartingPoints ?? []) f.nodeId = fix(f.nodeId);
    for (const c of n.children ?? []) walk2(c);
  };
  walk2(doc.document);
  return keys;
}

// ---- flow facts (same rules as the truth files) -----------------------------------------
export function topFrames(cv) {
  const out = [];
  for (const c of cv.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') out.push(c);
    if (c.type === 'SECTION') for (const f of c.children ?? []) if (f.type === 'FRAME' && f.visible !== false) out.push(f);
  }
  return out;
}

export function linkGraph(cv) {
  const frames = topFrames(cv);
  const owner = new Map();
  const own = (n, f) => {
    owner.set(n.id, f.id);
    for (const c of n.children ?? []) own(c, f);
  };
  for (const f of frames) own(f, f);
  const edges = new Map(frames.map((f) => [f.id, new Set()]));
  const steps = (n, f) => {
    const dests = [];
    for (const it of n.interactions ?? [])
      for (const a of it.actions ?? [])
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) if (owner.has(d)) edges.get(f.id).add(owner.get(d));
    for (const c of n.children ?? []) steps(c, f);
  };
  for (const f of frames) steps(f, f);
  return { frames, edges };
}

export function bfs(edges, from) {
  const dist = new Map([[from, 0]]);
  const q = [from];
  while (q.length) {
    const cur = q.shift();
    for (const nx of edges.get(cur) ?? []) {
      if (dist.has(nx)) continue;
      dist.set(nx, dist.get(cur) + 1);
      q.push(nx);
    }
  }
  return dist;
}

export function flowFacts(cv, startId, ctaIds) {
  const { edges } = linkGraph(cv);
  const fromStart = bfs(edges, startId);
  const order = [...fromStart.entries()].sort((a, b) => a[1] - b[1]);
  const hit = order.find(([id]) => ctaIds.includes(id));
  if (!hit) return { startFrameId: startId, connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const connect = hit[0];
  const fromConnect = bfs(edges, connect);
  const dead = [];
  for (const id of fromStart.keys()) {
    if (fromConnect.has(id)) continue;
    if (bfs(edges, id).has(connect)) continue;
    dead.push(id);
  }
  return { startFrameId: startId, connectFrameId: connect, stepsToConnect: hit[1], deadEnds: dead };
}

export function countNodes(n) {
  return 1 + (n.children ?? []).reduce((s, c) => s + countNodes(c), 0);
}

export function fileShell(name, document, components, componentSets = {}) {
  return {
    name,
    lastModified: '2026-10-14T15:22:08Z',
    thumbnailUrl: '',
    version: '4318870112',
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document,
    components,
    componentSets,
    styles: {},
  };
}

export function writeOut(dir, name, file, truth) {
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(file, null, 1) + '\n');
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
}

// ---- components --------------------------------------------------------------------
export const registry = { components: {}, componentSets: {} };
export function resetRegistry() {
  registry.components = {};
  registry.componentSets = {};
}
export function component(name, o, kids, description = '', setId) {
  const n = frame(name, { ...o, type: 'COMPONENT' }, kids);
  registry.components[n.id] = { key: keyFor(n.id, name), name, description, ...(setId ? { componentSetId: setId } : {}) };
  return n;
}
export function componentSet(name, o, variants, description = '') {
  const n = frame(name, { ...o, type: 'COMPONENT_SET', stroke: '#9747FF', radius: 5 }, variants);
  registry.componentSets[n.id] = { key: keyFor(n.id, name), name, description };
  for (const v of variants) registry.components[v.id].componentSetId = n.id;
  return n;
}
function keyFor(id, name) {
  let h = 2166136261;
  for (const ch of id + name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (h.toString(16) + (h * 31).toString(16) + 'a7c3e9b1d5f2').slice(0, 40).padEnd(40, '0');
}

// Small deterministic helpers for writing Figma REST-format files by hand.
// Children are created with coordinates relative to their parent; finish() turns
// them into absolute coordinates.
import { writeFileSync } from 'node:fs';

let pageNo = 1;
let counter = 1;

export function setPage(p) {
  pageNo = p;
  counter = 1;
}
export function nid() {
  return `${pageNo}:${counter++}`;
}

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}
export const solid = (h) => [{ type: 'SOLID', color: hex(h) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

function box(x, y, w, h) {
  return { x, y, width: w, height: h };
}

export function frame(name, x, y, w, h, opts = {}, children = []) {
  const n = { id: nid(), name, type: 'FRAME', absoluteBoundingBox: box(x, y, w, h) };
  if (opts.visible === false) n.visible = false;
  n.fills = opts.fill ? solid(opts.fill) : [];
  if (opts.stroke) n.strokes = solid(opts.stroke);
  if (opts.radius) n.cornerRadius = opts.radius;
  if (opts.layout) {
    n.layoutMode = opts.layout;
    n.itemSpacing = opts.gap ?? 8;
    n.paddingLeft = n.paddingRight = opts.pad ?? 0;
    n.paddingTop = n.paddingBottom = opts.pad ?? 0;
  }
  n.children = children;
  return n;
}

// Auto-layout stack
export const col = (name, x, y, w, h, children, opts = {}) => frame(name, x, y, w, h, { layout: 'VERTICAL', ...opts }, children);
export const row = (name, x, y, w, h, children, opts = {}) => frame(name, x, y, w, h, { layout: 'HORIZONTAL', ...opts }, children);

export function text(chars, x, y, opts = {}) {
  const size = opts.size ?? 14;
  const lines = chars.split('\n').length;
  const w = opts.w ?? Math.min(Math.round(Math.max(...chars.split('\n').map((l) => l.length)) * size * 0.55) + 4, opts.max ?? 900);
  const h = opts.h ?? Math.round(size * 1.35 * lines);
  const n = {
    id: nid(),
    name: opts.name ?? chars.slice(0, 40),
    type: 'TEXT',
    absoluteBoundingBox: box(x, y, w, h),
    characters: chars,
    style: { fontFamily: opts.font ?? 'Inter', fontSize: size, fontWeight: opts.weight ?? 400 },
    fills: solid(opts.color ?? '#1A1A1A'),
  };
  if (opts.underline) n.style.textDecoration = 'UNDERLINE';
  if (opts.visible === false) n.visible = false;
  return n;
}

export function rect(name, x, y, w, h, opts = {}) {
  const n = { id: nid(), name, type: 'RECTANGLE', absoluteBoundingBox: box(x, y, w, h) };
  n.fills = opts.image ? image(opts.image) : opts.fill ? solid(opts.fill) : [];
  if (opts.stroke) n.strokes = solid(opts.stroke);
  if (opts.radius) n.cornerRadius = opts.radius;
  if (opts.visible === false) n.visible = false;
  return n;
}

export function vector(name, x, y, w, h, opts = {}) {
  const n = { id: nid(), name, type: 'VECTOR', absoluteBoundingBox: box(x, y, w, h), fills: opts.fill ? solid(opts.fill) : [] };
  if (opts.stroke) n.strokes = solid(opts.stroke);
  return n;
}

export function ellipse(name, x, y, w, h, opts = {}) {
  return { id: nid(), name, type: 'ELLIPSE', absoluteBoundingBox: box(x, y, w, h), fills: opts.fill ? solid(opts.fill) : [], strokes: opts.stroke ? solid(opts.stroke) : [] };
}

export function group(name, x, y, w, h, children, opts = {}) {
  const n = { id: nid(), name, type: 'GROUP', absoluteBoundingBox: box(x, y, w, h), children };
  if (opts.visible === false) n.visible = false;
  return n;
}

export function instance(name, componentId, x, y, w, h, children = [], opts = {}) {
  const n = { id: nid(), name, type: 'INSTANCE', componentId, absoluteBoundingBox: box(x, y, w, h), fills: opts.fill ? solid(opts.fill) : [], children };
  if (opts.radius) n.cornerRadius = opts.radius;
  return n;
}

// Buttons, three constructions. Child coordinates relative to the button.
export function btnInstance(name, compId, label, x, y, w, h, opts = {}) {
  const size = opts.size ?? 16;
  const t = text(label, 0, 0, { size, weight: 600, color: opts.color ?? '#FFFFFF', font: opts.font });
  t.absoluteBoundingBox.x = Math.max(0, Math.round((w - t.absoluteBoundingBox.width) / 2));
  t.absoluteBoundingBox.y = Math.round((h - t.absoluteBoundingBox.height) / 2);
  return instance(name, compId, x, y, w, h, [t], { fill: opts.fill ?? '#111111', radius: opts.radius ?? 12 });
}
export function btnFrame(name, label, x, y, w, h, opts = {}) {
  const size = opts.size ?? 16;
  const t = text(label, 0, 0, { size, weight: opts.weight ?? 600, color: opts.color ?? '#FFFFFF', font: opts.font });
  t.absoluteBoundingBox.x = Math.max(0, Math.round((w - t.absoluteBoundingBox.width) / 2));
  t.absoluteBoundingBox.y = Math.round((h - t.absoluteBoundingBox.height) / 2);
  return frame(name, x, y, w, h, { fill: opts.fill ?? '#111111', radius: opts.radius ?? 8, layout: 'HORIZONTAL', stroke: opts.stroke }, [t]);
}
export function btnGroup(name, label, x, y, w, h, opts = {}) {
  const size = opts.size ?? 16;
  const bg = opts.vector ? vector(opts.bgName ?? 'Vector', 0, 0, w, h, { fill: opts.fill ?? '#111111' }) : rect(opts.bgName ?? 'Rectangle', 0, 0, w, h, { fill: opts.fill ?? '#111111', radius: opts.radius ?? 8, stroke: opts.stroke });
  const t = text(label, 0, 0, { size, weight: 600, color: opts.color ?? '#FFFFFF', font: opts.font });
  t.absoluteBoundingBox.x = Math.max(0, Math.round((w - t.absoluteBoundingBox.width) / 2));
  t.absoluteBoundingBox.y = Math.round((h - t.absoluteBoundingBox.height) / 2);
  return group(name, x, y, w, h, [bg, t]);
}
export function link(label, x, y, opts = {}) {
  return text(label, x, y, { size: opts.size ?? 14, weight: opts.weight ?? 500, color: opts.color ?? '#2457F5', underline: opts.underline, name: opts.name, font: opts.font, w: opts.w });
}
export function checkbox(kind, x, y, compId) {
  if (kind === 'instance') return instance('Property 1=Off', compId, x, y, 20, 20, [rect('Rectangle', 0, 0, 20, 20, { stroke: '#8A8F98', radius: 4 })]);
  if (kind === 'vector') return vector('Vector', x, y, 20, 20, { stroke: '#8A8F98' });
  return rect('Rectangle 7', x, y, 20, 20, { stroke: '#8A8F98', radius: 4, fill: '#FFFFFF' });
}
export function searchField(name, placeholder, x, y, w, h, opts = {}) {
  return frame(name, x, y, w, h, { fill: opts.fill ?? '#F2F3F5', radius: opts.radius ?? 10, layout: 'HORIZONTAL', stroke: opts.stroke }, [
    vector('Vector', 12, Math.round(h / 2 - 8), 16, 16, { stroke: '#6B7280' }),
    text(placeholder, 38, Math.round(h / 2 - 10), { size: opts.size ?? 15, color: '#8A8F98', font: opts.font }),
  ]);
}
export function logoImg(name, ref, x, y, s = 40) {
  return rect(name, x, y, s, s, { image: ref, radius: 8 });
}
export function spinner(x, y, s = 20) {
  return group('Group 31', x, y, s, s, [ellipse('Ellipse 4', 0, 0, s, s, { stroke: '#D0D4DB' }), vector('Vector', 0, 0, s / 2, s / 2, { stroke: '#2457F5' })]);
}

// Prototype wiring
export function go(node, dest, navigation = 'NAVIGATE') {
  (node.interactions ??= []).push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: dest.id ?? dest, navigation, transition: navigation === 'NAVIGATE' ? null : { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } }] });
  return node;
}
export function back(node) {
  (node.interactions ??= []).push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
  return node;
}
export function closeOv(node) {
  (node.interactions ??= []).push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
  return node;
}
export function url(node, u) {
  (node.interactions ??= []).push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] });
  return node;
}
export function hoverChange(node, dest) {
  (node.interactions ??= []).push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: dest.id ?? dest, navigation: 'CHANGE_TO', transition: null }] });
  return node;
}
export function oldLink(node, dest) {
  node.transitionNodeID = dest.id ?? dest;
  node.transitionDuration = 300;
  node.transitionEasing = 'EASE_OUT';
  return node;
}

// Convert relative coordinates to absolute, parent-first.
export function absolutize(node, px = 0, py = 0) {
  const b = node.absoluteBoundingBox;
  if (b) {
    b.x += px;
    b.y += py;
  }
  for (const c of node.children ?? []) absolutize(c, b ? b.x : px, b ? b.y : py);
  return node;
}

export function canvas(name, children, opts = {}) {
  for (const c of children) absolutize(c);
  const n = { id: nid(), name, type: 'CANVAS', backgroundColor: hex('#E5E5E5'), children };
  if (opts.starts) n.flowStartingPoints = opts.starts.map(([f, nm]) => ({ nodeId: f.id, name: nm }));
  else n.flowStartingPoints = [];
  if (opts.protoStart) n.prototypeStartNodeID = opts.protoStart.id;
  return n;
}

export function section(name, x, y, w, h, children) {
  return { id: nid(), name, type: 'SECTION', absoluteBoundingBox: box(x, y, w, h), fills: solid('#F5F5F5'), children };
}

export function countNodes(n) {
  return 1 + (n.children ?? []).reduce((a, c) => a + countNodes(c), 0);
}

export function writeFile(dir, name, meta, pages, components, componentSets, truth) {
  const doc = {
    name: meta.name,
    lastModified: meta.lastModified,
    thumbnailUrl: '',
    version: meta.version,
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages },
    components,
    componentSets,
    styles: {},
  };
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify({ file: `${name}.json`, ...truth }, null, 2) + '\n');
  return countNodes(doc.document);
}

export const WRITTEN_BY = 'held-out writer A (from the checklist facts and the REST format only; repository not read)';

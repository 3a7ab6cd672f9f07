// Tiny deterministic builder for Figma REST-style file JSON.
// Children are placed relative to their parent; absolute boxes are filled in by finish().
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

let pageNo = 1;
let counter = 2;
const registry = new Map();
const components = {};
const componentSets = {};

export function reset() {
  pageNo = 1;
  counter = 2;
  registry.clear();
  for (const k of Object.keys(components)) delete components[k];
  for (const k of Object.keys(componentSets)) delete componentSets[k];
}

export function onPage(p) {
  pageNo = p;
  counter = 2;
}

function nextId() {
  return `${pageNo}:${counter++}`;
}

export function rgb(hex) {
  const h = hex.replace('#', '');
  const v = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: v(0), g: v(2), b: v(4), a: 1 };
}

function paint(spec) {
  if (!spec) return [];
  if (spec.startsWith('img:')) return [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: spec.slice(4) }];
  return [{ type: 'SOLID', color: rgb(spec) }];
}

function makeNode(type, name, x, y, w, h, o = {}, kids = []) {
  const n = { id: nextId(), name, type };
  if (o.hidden) n.visible = false;
  n._rel = [x, y, w, h];
  if (type !== 'GROUP' && type !== 'TEXT') {
    n.fills = paint(o.fill);
  }
  if (o.stroke) {
    n.strokes = paint(o.stroke);
    n.strokeWeight = o.strokeWeight || 1;
  }
  if (o.radius !== undefined) n.cornerRadius = o.radius;
  if (o.layout) {
    n.layoutMode = o.layout;
    n.itemSpacing = o.gap ?? 8;
    n.paddingLeft = n.paddingRight = o.padX ?? 0;
    n.paddingTop = n.paddingBottom = o.padY ?? 0;
  }
  if (o.clip) n.clipsContent = true;
  if (o.comp) n.componentId = o.comp;
  if (o.key) registry.set(o.key, n);
  if (o.go || o.back || o.close || o.url || o.change || o.old || o.scroll) n._links = o;
  if (kids.length) n.children = kids;
  return n;
}

export const frame = (name, x, y, w, h, o, kids) => makeNode('FRAME', name, x, y, w, h, o, kids);
export const group = (name, x, y, w, h, kids, o = {}) => makeNode('GROUP', name, x, y, w, h, o, kids);
export const rect = (name, x, y, w, h, o) => makeNode('RECTANGLE', name, x, y, w, h, o);
export const ellipse = (name, x, y, w, h, o) => makeNode('ELLIPSE', name, x, y, w, h, o);
export const vector = (name, x, y, w, h, o) => makeNode('VECTOR', name, x, y, w, h, o);
export const line = (x, y, w, o = {}) => makeNode('LINE', o.name || 'Line', x, y, w, 0, { stroke: o.color || '#E3E5E8' });
export const instance = (name, comp, x, y, w, h, o = {}, kids = []) =>
  makeNode('INSTANCE', name, x, y, w, h, { ...o, comp }, kids);
export const section = (name, x, y, w, h, kids, o = {}) => makeNode('SECTION', name, x, y, w, h, o, kids);

export function text(chars, x, y, w, h, o = {}) {
  const n = makeNode('TEXT', o.name || chars.slice(0, 60), x, y, w, h ?? Math.round((o.size || 14) * 1.4), o);
  n.characters = chars;
  n.style = {
    fontFamily: o.family || 'Inter',
    fontSize: o.size || 14,
    fontWeight: o.weight || 400,
    textAlignHorizontal: o.align || 'LEFT',
  };
  if (o.deco) n.style.textDecoration = o.deco;
  n.fills = paint(o.color || '#1B1D21');
  return n;
}

export function component(name, x, y, w, h, o, kids, description = '') {
  const n = makeNode('COMPONENT', name, x, y, w, h, o, kids);
  components[n.id] = { key: `k${n.id.replace(':', 'x')}${name.length}`, name, description };
  return n;
}

export function componentSet(name, x, y, w, h, kids, o = {}) {
  const n = makeNode('COMPONENT_SET', name, x, y, w, h, o, kids);
  componentSets[n.id] = { key: `ks${n.id.replace(':', 'x')}`, name, description: '' };
  for (const k of kids) components[k.id].componentSetId = n.id;
  return n;
}

function dest(key) {
  const n = registry.get(key);
  if (!n) throw new Error(`unknown link target ${key}`);
  return n.id;
}

function finish(n, ox, oy) {
  const [x, y, w, h] = n._rel;
  delete n._rel;
  const ax = ox + x;
  const ay = oy + y;
  n.absoluteBoundingBox = { x: ax, y: ay, width: w, height: h };
  if (n._links) {
    const o = n._links;
    delete n._links;
    const acts = [];
    if (o.go) {
      const [k, nav] = Array.isArray(o.go) ? o.go : [o.go, 'NAVIGATE'];
      acts.push({ type: 'NODE', destinationId: dest(k), navigation: nav, transition: nav === 'OVERLAY' ? null : { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } });
    }
    if (o.scroll) acts.push({ type: 'NODE', destinationId: dest(o.scroll), navigation: 'SCROLL_TO', transition: null });
    if (o.back) acts.push({ type: 'BACK' });
    if (o.close) acts.push({ type: 'CLOSE' });
    if (o.url) acts.push({ type: 'URL', url: o.url });
    if (acts.length) n.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: acts }];
    if (o.change) {
      n.interactions = n.interactions || [];
      n.interactions.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: dest(o.change), navigation: 'CHANGE_TO', transition: null }] });
    }
    if (o.old) n.transitionNodeID = dest(o.old);
  }
  for (const c of n.children || []) finish(c, ax, ay);
}

export function canvas(p, name, kids, o = {}) {
  const c = { id: `0:${p}`, name, type: 'CANVAS', children: kids, backgroundColor: rgb(o.bg || '#F5F5F5') };
  c._start = o.start;
  c.flowStartingPoints = [];
  return c;
}

function count(n) {
  return 1 + (n.children || []).reduce((s, c) => s + count(c), 0);
}

export function writeFile(fileName, meta, pages) {
  for (const p of pages) {
    for (const k of p.children) finish(k, 0, 0);
    const st = p._start;
    delete p._start;
    if (st && st.flow) p.flowStartingPoints = st.flow.map(([k, nm]) => ({ nodeId: dest(k), name: nm }));
    if (st && st.flow && st.flow.length) p.prototypeStartNodeID = dest(st.flow[0][0]);
    if (st && st.legacy) p.prototypeStartNodeID = dest(st.legacy);
    if (!st || (!st.flow && !st.legacy)) p.prototypeStartNodeID = null;
  }
  const doc = {
    name: meta.name,
    lastModified: meta.lastModified,
    thumbnailUrl: '',
    version: meta.version,
    role: 'viewer',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages },
    components: { ...components },
    componentSets: { ...componentSets },
    styles: {},
  };
  writeFileSync(join(OUT_DIR, fileName), JSON.stringify(doc, null, 1) + '\n');
  const total = pages.reduce((s, p) => s + count(p), 0);
  console.log(`${fileName}: ${total} nodes`);
  return doc;
}

export function writeTruth(fileName, truth) {
  writeFileSync(join(OUT_DIR, fileName), JSON.stringify(truth, null, 2) + '\n');
}

export const WRITTEN_BY = 'held-out writer Z3 (from the checklist facts and the REST format only; repository not read)';

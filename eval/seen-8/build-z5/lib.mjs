// Small deterministic builder for Figma REST-style file JSON. Coordinates passed to the
// node helpers are relative to the parent; place() turns them into absoluteBoundingBox.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');

let D = null;

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  const c = (i) => Math.round((parseInt(v.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: c(0), g: c(2), b: c(4), a };
}
const solid = (h) => [{ type: 'SOLID', color: hex(h) }];

export function newDoc(name, lastModified) {
  D = { name, lastModified, pages: [], components: {}, componentSets: {}, pg: 0, n: 1, compKeys: {}, seed: name.length * 7919 };
  return D;
}

function nid() {
  return `${D.pg}:${D.n++}`;
}

function fakeKey() {
  D.seed = (D.seed * 1103515245 + 12345) % 2147483648;
  return (D.seed.toString(16) + 'a3f9c2e1b7d4' + D.n.toString(16)).padEnd(40, '0').slice(0, 40);
}

function interactionsFor(o) {
  const acts = [];
  const node = (to, navigation, trigger = 'ON_CLICK') =>
    acts.push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: to, navigation, transition: navigation === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null }] });
  if (o.go) node(o.go, 'NAVIGATE');
  if (o.swap) node(o.swap, 'SWAP');
  if (o.overlay) node(o.overlay, 'OVERLAY');
  if (o.scroll) node(o.scroll, 'SCROLL_TO');
  if (o.change) node(o.change, 'CHANGE_TO', 'ON_HOVER');
  if (o.back) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
  if (o.close) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
  if (o.url) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: o.url }] });
  return acts;
}

function base(type, name, x, y, w, h, o = {}, children) {
  const n = { id: nid(), name, type };
  if (o.hidden) n.visible = false;
  n._b = [x, y, w, h];
  if (o.key) n._key = o.key;
  if (o.fill) n.fills = solid(o.fill);
  else if (o.img) n.fills = [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: o.img }];
  else if (type !== 'TEXT') n.fills = [];
  if (o.stroke) { n.strokes = solid(o.stroke); n.strokeWeight = o.sw || 1; }
  if (o.radius) n.cornerRadius = o.radius;
  if (o.opacity !== undefined) n.opacity = o.opacity;
  if (o.layout) {
    n.layoutMode = o.layout;
    n.itemSpacing = o.gap ?? 8;
    const p = o.pad ?? 0;
    Object.assign(n, { paddingLeft: p, paddingRight: p, paddingTop: p, paddingBottom: p });
    if (o.align) n.primaryAxisAlignItems = o.align;
  }
  if (type === 'FRAME' || type === 'COMPONENT' || type === 'INSTANCE' || type === 'COMPONENT_SET') n.clipsContent = !!o.clip;
  const acts = interactionsFor(o);
  if (acts.length) n.interactions = acts;
  if (o.tnid) n.transitionNodeID = o.tnid;
  if (children) n.children = children.filter(Boolean);
  return n;
}

export const F = (name, x, y, w, h, o, kids) => base('FRAME', name, x, y, w, h, o, kids || []);
export const G = (name, x, y, w, h, kids, o = {}) => base('GROUP', name, x, y, w, h, o, kids);
export const S = (name, x, y, w, h, kids, o = {}) => base('SECTION', name, x, y, w, h, { fill: '#F5F5F5', ...o }, kids);
export const R = (name, x, y, w, h, o) => base('RECTANGLE', name, x, y, w, h, o);
export const E = (name, x, y, w, h, o) => base('ELLIPSE', name, x, y, w, h, o);
export const V = (name, x, y, w, h, o) => base('VECTOR', name, x, y, w, h, { fill: '#333333', ...o });
export const LINE = (x, y, w, o = {}) => base('LINE', 'Line', x, y, w, 0, { stroke: '#E2E2E2', ...o });

export function T(chars, x, y, w, size = 14, weight = 400, o = {}) {
  const lines = chars.split('\n').reduce((a, l) => a + Math.max(1, Math.ceil((l.length * size * 0.52) / w)), 0);
  const h = o.h || Math.round(lines * size * 1.4);
  const n = base('TEXT', o.name || chars.replace(/\n/g, ' ').slice(0, 60), x, y, w, h, { ...o, fill: undefined, img: undefined });
  n.characters = chars;
  n.style = { fontFamily: o.font || D.font || 'Inter', fontSize: size, fontWeight: weight, textAlignHorizontal: o.center ? 'CENTER' : 'LEFT', lineHeightPx: Math.round(size * 1.4) };
  if (o.underline) n.style.textDecoration = 'UNDERLINE';
  n.fills = solid(o.color || '#1A1A1A');
  return n;
}

export function I(name, ckey, x, y, w, h, o, kids) {
  const n = base('INSTANCE', name, x, y, w, h, o, kids || []);
  n._comp = ckey;
  return n;
}

export function C(name, ckey, x, y, w, h, o, kids, description = '') {
  const n = base('COMPONENT', name, x, y, w, h, o, kids || []);
  n._ckey = ckey;
  n._desc = description;
  return n;
}

export function CS(name, x, y, w, h, o, kids) {
  const n = base('COMPONENT_SET', name, x, y, w, h, o, kids);
  n._set = true;
  return n;
}

export function page(name) {
  D.pg += 1;
  const p = { id: `0:${D.pg}`, name, type: 'CANVAS', children: [], backgroundColor: hex('#E5E5E5') };
  D.pages.push(p);
  return p;
}

function place(n, ox, oy) {
  const [x, y, w, h] = n._b;
  delete n._b;
  n.absoluteBoundingBox = { x: ox + x, y: oy + y, width: w, height: h };
  for (const c of n.children || []) place(c, ox + x, oy + y);
}

function walk(n, f, parent) {
  f(n, parent);
  for (const c of n.children || []) walk(c, f, n);
}

export function finish() {
  const keys = {};
  for (const p of D.pages) {
    for (const c of p.children) place(c, 0, 0);
    walk(p, (n) => {
      if (n._key) { keys[n._key] = n.id; delete n._key; }
      if (n._ckey) { D.compKeys[n._ckey] = n.id; }
    });
  }
  for (const p of D.pages) {
    walk(p, (n, parent) => {
      if (n._ckey) {
        D.components[n.id] = { key: fakeKey(), name: n.name, description: n._desc, remote: false, documentationLinks: [] };
        if (parent && parent._set) D.components[n.id].componentSetId = parent.id;
        delete n._ckey; delete n._desc;
      }
    });
    walk(p, (n) => {
      if (n._set) { D.componentSets[n.id] = { key: fakeKey(), name: n.name, description: '', remote: false, documentationLinks: [] }; delete n._set; }
      if (n._comp) {
        if (!D.compKeys[n._comp]) throw new Error('no component ' + n._comp);
        n.componentId = D.compKeys[n._comp]; delete n._comp;
      }
      for (const it of n.interactions || []) for (const a of it.actions) {
        if (a.destinationId && !/^\d+:\d+$/.test(a.destinationId)) {
          if (!keys[a.destinationId]) throw new Error('no key ' + a.destinationId);
          a.destinationId = keys[a.destinationId];
        }
      }
      if (n.transitionNodeID && !/^\d+:\d+$/.test(n.transitionNodeID)) n.transitionNodeID = keys[n.transitionNodeID];
    });
    if (p._flows) { p.flowStartingPoints = p._flows.map(([k, name]) => ({ nodeId: keys[k], name })); delete p._flows; }
    if (p._start) { p.prototypeStartNodeID = keys[p._start]; delete p._start; }
  }
  return keys;
}

export function write(file, truth, keys) {
  const doc = {
    name: D.name,
    lastModified: D.lastModified,
    thumbnailUrl: '',
    version: String(3000000000 + D.n * 17),
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: D.pages },
    components: D.components,
    componentSets: D.componentSets,
    styles: {},
  };
  let count = 0;
  for (const p of D.pages) walk(p, () => count++);
  const f = truth.flow;
  const k = (v) => (v && keys[v]) || v || null;
  truth.flow = { startFrameId: k(f.startFrameId), connectFrameId: k(f.connectFrameId), stepsToConnect: f.stepsToConnect, deadEnds: f.deadEnds.map(k) };
  writeFileSync(join(OUT, file + '.json'), JSON.stringify(doc, null, 2) + '\n');
  writeFileSync(join(OUT, file + '.truth.json'), JSON.stringify({ file: file + '.json', ...truth }, null, 2) + '\n');
  console.log(file, 'nodes', count);
}

export const WRITTEN_BY = 'held-out writer Z5 (from the checklist facts and the REST format only; repository not read)';

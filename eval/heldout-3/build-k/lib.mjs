// Small deterministic builder for Figma REST-format files (no dependencies).
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY =
  'held-out writer K (from the checklist facts and the REST format only; repository not read)';

let page = 1;
let counter = 0;
let generic = 211;
let keys = {};
let components = {};
let componentSets = {};

export function reset() {
  page = 1; counter = 0; generic = 211; keys = {}; components = {}; componentSets = {};
}
export function setPage(p) { page = p; counter = 0; }
const nid = () => `${page}:${++counter}`;
export function auto(kind) { generic += 7; return `${kind} ${generic}`; }

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  const r = parseInt(v.slice(0, 2), 16) / 255;
  const g = parseInt(v.slice(2, 4), 16) / 255;
  const b = parseInt(v.slice(4, 6), 16) / 255;
  return { r: +r.toFixed(4), g: +g.toFixed(4), b: +b.toFixed(4), a };
}
export const solid = (h, a = 1) => ({ type: 'SOLID', color: hex(h, a) });
export const image = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function node(type, name, x, y, w, h, props = {}, children) {
  const n = { id: nid(), name, type };
  const { key, ...rest } = props;
  if (key) keys[key] = n.id;
  Object.assign(n, rest);
  n._r = { x, y, width: w, height: h };
  if (children) n.children = children.filter(Boolean);
  return n;
}

export const F = (name, x, y, w, h, props, children) =>
  node('FRAME', name ?? auto('Frame'), x, y, w, h, props, children ?? []);
export const G = (name, x, y, w, h, children, props = {}) =>
  node('GROUP', name ?? auto('Group'), x, y, w, h, props, children);
export const R = (name, x, y, w, h, props = {}) =>
  node('RECTANGLE', name ?? auto('Rectangle'), x, y, w, h, props);
export const V = (name, x, y, w, h, props = {}) =>
  node('VECTOR', name ?? 'Vector', x, y, w, h, props);
export const E = (x, y, w, h, props = {}) =>
  node('ELLIPSE', auto('Ellipse'), x, y, w, h, props);
export const SEC = (name, x, y, w, h, children) =>
  node('SECTION', name, x, y, w, h, { fills: [solid('#f5f5f5')] }, children);
export const I = (name, compKey, x, y, w, h, props, children) => {
  const n = node('INSTANCE', name, x, y, w, h, props, children ?? []);
  n.componentId = `@${compKey}`;
  return n;
};
export const COMP = (name, compKey, x, y, w, h, props, children, description = '') => {
  const n = node('COMPONENT', name, x, y, w, h, props, children ?? []);
  keys[compKey] = n.id;
  components[n.id] = { key: `k${n.id.replace(':', 'x')}${compKey.length}a9`, name, description };
  return n;
};
export const COMPSET = (name, x, y, w, h, children) => {
  const n = node('COMPONENT_SET', name, x, y, w, h, { fills: [] }, children);
  componentSets[n.id] = { key: `s${n.id.replace(':', 'x')}f3`, name, description: '' };
  for (const c of children) components[c.id].componentSetId = n.id;
  return n;
};

export function T(chars, x, y, w, o = {}) {
  const size = o.s ?? 14;
  const lines = o.lines ?? Math.max(1, chars.split('\n').length);
  const h = o.h ?? Math.round(size * 1.4 * lines);
  const style = { fontFamily: o.font ?? 'Inter', fontSize: size, fontWeight: o.w ?? 400 };
  if (o.deco) style.textDecoration = o.deco;
  if (o.align) style.textAlignHorizontal = o.align;
  const props = { characters: chars, style, fills: [solid(o.c ?? '#1a1a1a')] };
  if (o.visible === false) props.visible = false;
  if (o.key) props.key = o.key;
  const name = o.name ?? chars.replace(/\s+/g, ' ').slice(0, 40);
  return node('TEXT', name, x, y, w, h, props);
}

// Prototype helpers
export function go(n, key, navigation = 'NAVIGATE') {
  n.interactions = n.interactions ?? [];
  n.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: `@${key}`, navigation, transition: navigation === 'OVERLAY' ? null : { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } }] });
  return n;
}
export function hover(n, key) {
  n.interactions = n.interactions ?? [];
  n.interactions.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: `@${key}`, navigation: 'CHANGE_TO', transition: null }] });
  return n;
}
export function act(n, action) {
  n.interactions = n.interactions ?? [];
  n.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [action] });
  return n;
}
export const back = (n) => act(n, { type: 'BACK' });
export const close = (n) => act(n, { type: 'CLOSE' });
export const url = (n, u) => act(n, { type: 'URL', url: u });
export function old(n, key) { n.transitionNodeID = `@${key}`; return n; }

// Common widgets
export function btnFrame(label, x, y, w, h, o = {}) {
  const size = o.s ?? 15;
  return F(o.name, x, y, w, h, {
    fills: [solid(o.bg ?? '#2f54eb')], cornerRadius: o.r ?? 8, layoutMode: 'HORIZONTAL',
    primaryAxisAlignItems: 'CENTER', counterAxisAlignItems: 'CENTER', paddingLeft: 16, paddingRight: 16,
    ...(o.props ?? {}),
  }, [T(label, 16, Math.round((h - size * 1.4) / 2), w - 32, { s: size, w: 600, c: o.fg ?? '#ffffff', align: 'CENTER' })]);
}
export function btnGroup(label, x, y, w, h, o = {}) {
  const size = o.s ?? 15;
  return G(o.name, x, y, w, h, [
    (o.vector ? V : R)(o.vector ? 'Vector' : undefined, 0, 0, w, h, { fills: [solid(o.bg ?? '#111111')], cornerRadius: o.r ?? 6 }),
    T(label, 12, Math.round((h - size * 1.4) / 2), w - 24, { s: size, w: 600, c: o.fg ?? '#ffffff', align: 'CENTER' }),
  ], o.props ?? {});
}
export function btnInst(label, compKey, x, y, w, h, o = {}) {
  const size = o.s ?? 15;
  return I(o.name ?? auto('Frame'), compKey, x, y, w, h, { fills: [solid(o.bg ?? '#2f54eb')], cornerRadius: o.r ?? 8, ...(o.props ?? {}) },
    [T(label, 12, Math.round((h - size * 1.4) / 2), w - 24, { s: size, w: 600, c: o.fg ?? '#ffffff', align: 'CENTER' })]);
}
export const linkText = (label, x, y, w, o = {}) =>
  T(label, x, y, w, { s: o.s ?? 14, w: o.w ?? 500, c: o.c ?? '#2f54eb', deco: o.underline ? 'UNDERLINE' : undefined, ...o });

export function searchField(placeholder, x, y, w, o = {}) {
  const h = o.h ?? 40;
  return F(o.name, x, y, w, h, {
    fills: [solid('#ffffff')], strokes: [solid('#d0d5dd')], strokeWeight: 1, cornerRadius: o.r ?? 8, layoutMode: 'HORIZONTAL', itemSpacing: 8, paddingLeft: 12,
  }, [
    V('Vector', 12, (h - 16) / 2, 16, 16, { strokes: [solid('#667085')], strokeWeight: 1.5, fills: [] }),
    T(placeholder, 36, (h - 20) / 2, w - 48, { s: 14, c: '#98a2b3' }),
  ]);
}
export function logo(x, y, s, ref, kind = 'rect') {
  if (kind === 'vector') return V('Vector', x, y, s, s, { fills: [solid('#0b5394')] });
  return R(auto('Rectangle'), x, y, s, s, { fills: [image(ref)], cornerRadius: Math.round(s / 5) });
}
export function checkbox(x, y, kind, compKey) {
  if (kind === 'instance') return I('Property 1=Unchecked', compKey, x, y, 20, 20, { fills: [solid('#ffffff')], strokes: [solid('#98a2b3')], cornerRadius: 4 }, [R(auto('Rectangle'), 0, 0, 20, 20, { fills: [], strokes: [solid('#98a2b3')], cornerRadius: 4 })]);
  if (kind === 'vector') return V('Vector', x, y, 20, 20, { fills: [solid('#ffffff')], strokes: [solid('#667085')], strokeWeight: 1.5 });
  return R(auto('Rectangle'), x, y, 20, 20, { fills: [solid('#ffffff')], strokes: [solid('#667085')], strokeWeight: 1.5, cornerRadius: 3 });
}
export function spinner(x, y, s = 32) {
  return G(auto('Group'), x, y, s, s, [
    E(0, 0, s, s, { fills: [], strokes: [solid('#e4e7ec')], strokeWeight: 4 }),
    V('Vector', 0, 0, s, s / 2, { fills: [], strokes: [solid('#2f54eb')], strokeWeight: 4 }),
  ]);
}
export function divider(x, y, w) { return R('Line', x, y, w, 1, { fills: [solid('#eaecf0')] }); }

export function screen(name, key, x, y, w, h, children, o = {}) {
  return F(name, x, y, w, h, {
    key, fills: [solid(o.bg ?? '#ffffff')], clipsContent: true,
    ...(o.layout === false ? {} : { layoutMode: 'VERTICAL', itemSpacing: 0 }),
    ...(o.visible === false ? { visible: false } : {}),
  }, children);
}
export function canvas(name, children, o = {}) {
  const c = { id: `${page}:0`, name, type: 'CANVAS', backgroundColor: hex('#e5e5e5'), children };
  c.flowStartingPoints = (o.starts ?? []).map(([k, n]) => ({ nodeId: `@${k}`, name: n }));
  c.prototypeStartNodeID = o.protoStart ? `@${o.protoStart}` : null;
  return c;
}

function absolutize(n, ox, oy) {
  if (n._r) {
    n.absoluteBoundingBox = { x: ox + n._r.x, y: oy + n._r.y, width: n._r.width, height: n._r.height };
    delete n._r;
  }
  const b = n.absoluteBoundingBox ?? { x: 0, y: 0 };
  for (const c of n.children ?? []) absolutize(c, b.x, b.y);
}
function resolve(v) {
  if (typeof v === 'string' && v.startsWith('@')) {
    const id = keys[v.slice(1)];
    if (!id) throw new Error(`unresolved ref ${v}`);
    return id;
  }
  return v;
}
function resolveAll(n) {
  if (n.componentId) n.componentId = resolve(n.componentId);
  if (n.transitionNodeID) n.transitionNodeID = resolve(n.transitionNodeID);
  for (const i of n.interactions ?? []) for (const a of i.actions) if (a.destinationId) a.destinationId = resolve(a.destinationId);
  if (n.flowStartingPoints) for (const s of n.flowStartingPoints) s.nodeId = resolve(s.nodeId);
  if (n.prototypeStartNodeID) n.prototypeStartNodeID = resolve(n.prototypeStartNodeID);
  for (const c of n.children ?? []) resolveAll(c);
}
export const idOf = (k) => keys[k];

export function writeFile(name, pages, lastModified, truth) {
  const doc = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages };
  for (const p of pages) { for (const c of p.children) absolutize(c, 0, 0); resolveAll(p); }
  const file = {
    name: truth.figmaName, lastModified, version: truth.version, role: 'viewer', editorType: 'figma',
    thumbnailUrl: 'https://s3-alpha.figma.com/thumbnails/placeholder', schemaVersion: 0,
    document: doc, components, componentSets, styles: {},
  };
  writeFileSync(join(OUT_DIR, `${name}.json`), JSON.stringify(file, null, 1) + '\n');
  const flow = {
    startFrameId: truth.start ? resolve(`@${truth.start}`) : null,
    connectFrameId: truth.connect ? resolve(`@${truth.connect}`) : null,
    stepsToConnect: truth.steps,
    deadEnds: (truth.deadEnds ?? []).map((k) => resolve(`@${k}`)),
  };
  const out = {
    file: `${name}.json`, kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description,
    present: truth.present, absent: truth.absent, notes: truth.notes, flow,
  };
  writeFileSync(join(OUT_DIR, `${name}.truth.json`), JSON.stringify(out, null, 2) + '\n');
  // Sidecar for the validator only: which frames carry a connect call to action.
  writeFileSync(join(OUT_DIR, 'build-k', `${name}.connect-frames.json`), JSON.stringify({
    connectFrames: (truth.connectFrames ?? []).map((k) => resolve(`@${k}`)),
    signUpFrame: truth.signUp ? resolve(`@${truth.signUp}`) : null,
  }, null, 2) + '\n');
}

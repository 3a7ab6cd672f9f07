// Small deterministic builder for Figma REST-shaped documents (no dependencies).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY = 'dev writer H (from the checklist facts and the REST format only; repository not read)';

let ctx = null;

export function begin() {
  ctx = { prefix: 1, counter: 1, refs: {}, components: {}, componentSets: {}, compIds: {} };
}

export function usePage(prefix) {
  ctx.prefix = prefix;
  ctx.counter = 1;
}

function nextId() {
  const id = `${ctx.prefix}:${ctx.counter}`;
  ctx.counter += 1;
  return id;
}

export function rgb(hex, a = 1) {
  const h = hex.replace('#', '');
  const v = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: v(0), g: v(2), b: v(4), a };
}

export const solid = (hex, a = 1) => [{ type: 'SOLID', color: rgb(hex, a) }];

function node(type, name, box, props = {}, kids = []) {
  const n = { id: nextId(), name, type };
  const { ref, hidden, fill, radius, stroke, layout, gap, pad, int, trans, ...rest } = props;
  if (ref) ctx.refs[ref] = n.id;
  if (hidden) n.visible = false;
  n._rel = box;
  if (fill !== undefined) n.fills = typeof fill === 'string' ? solid(fill) : fill;
  if (stroke) n.strokes = solid(stroke);
  if (stroke) n.strokeWeight = 1;
  if (radius !== undefined) n.cornerRadius = radius;
  if (layout) {
    n.layoutMode = layout;
    n.itemSpacing = gap ?? 8;
    const p = pad ?? 0;
    n.paddingLeft = p; n.paddingRight = p; n.paddingTop = p; n.paddingBottom = p;
  }
  Object.assign(n, rest);
  if (int) n.interactions = int;
  if (trans) n.transitionNodeID = `@${trans}`;
  if (kids.length || ['FRAME', 'GROUP', 'SECTION', 'INSTANCE', 'COMPONENT', 'COMPONENT_SET'].includes(type)) {
    n.children = kids.filter(Boolean);
  }
  return n;
}

// interactions
export const go = (to, navigation = 'NAVIGATE', trigger = 'ON_CLICK') => ({
  trigger: { type: trigger },
  actions: [{ type: 'NODE', destinationId: `@${to}`, navigation, transition: navigation === 'NAVIGATE' ? { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } : null }],
});
export const back = () => ({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
export const close = () => ({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
export const url = (u) => ({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] });

export const F = (name, x, y, w, h, props, kids) => node('FRAME', name, [x, y, w, h], { fill: props?.fill ?? [], ...props }, kids);
export const G = (name, x, y, w, h, kids, props) => node('GROUP', name, [x, y, w, h], props || {}, kids);
export const S = (name, x, y, w, h, kids, props) => node('SECTION', name, [x, y, w, h], { fill: '#F5F5F5', ...props }, kids);
export const R = (name, x, y, w, h, props) => node('RECTANGLE', name, [x, y, w, h], { fill: '#E6E6E6', ...props });
export const V = (name, x, y, w, h, props) => node('VECTOR', name, [x, y, w, h], { fill: '#333333', ...props });
export const E = (name, x, y, w, h, props) => node('ELLIPSE', name, [x, y, w, h], { fill: '#DDDDDD', ...props });
export const L = (name, x, y, w, props) => node('LINE', name, [x, y, w, 0], { stroke: '#E3E3E3', fill: [], ...props });

export function T(chars, x, y, w, o = {}) {
  const size = o.size ?? 14;
  const lines = o.lines ?? Math.max(1, chars.split('\n').length);
  const h = o.h ?? Math.ceil(size * 1.4 * lines);
  const style = { fontFamily: o.font ?? 'Inter', fontPostScriptName: null, fontWeight: o.weight ?? 400, fontSize: size, textAlignHorizontal: o.align ?? 'LEFT', textAlignVertical: 'TOP', lineHeightPx: Math.round(size * 1.4 * 10) / 10 };
  if (o.deco) style.textDecoration = o.deco;
  const props = { fill: o.color ?? '#1B1B1F', characters: chars, style, ref: o.ref, hidden: o.hidden, int: o.int };
  return node('TEXT', o.name ?? chars.slice(0, 40).replace(/\n/g, ' '), [x, y, w, h], props);
}

export function registerComponent(key, comp, description = '') {
  ctx.compIds[key] = comp.id;
  ctx.components[comp.id] = { key: `k${comp.id.replace(':', 'x')}${key.length}`, name: comp.name, description, documentationLinks: [] };
  return comp;
}
export const C = (name, x, y, w, h, props, kids) => node('COMPONENT', name, [x, y, w, h], { fill: props?.fill ?? [], ...props }, kids);
export function CS(name, x, y, w, h, kids, description = '') {
  const n = node('COMPONENT_SET', name, [x, y, w, h], { fill: [] }, kids);
  ctx.componentSets[n.id] = { key: `set${n.id.replace(':', 'x')}`, name, description };
  for (const k of kids) if (ctx.components[k.id]) ctx.components[k.id].componentSetId = n.id;
  return n;
}
export const I = (key, name, x, y, w, h, props, kids) => {
  if (!ctx.compIds[key]) throw new Error(`unknown component ${key}`);
  return node('INSTANCE', name, [x, y, w, h], { fill: [], componentId: ctx.compIds[key], ...props }, kids);
};

// Buttons built in several ways
export function btnFrame(label, x, y, w, h, o = {}) {
  return F(o.name ?? 'Frame', x, y, w, h, { fill: o.fill ?? '#2F5BEA', radius: o.radius ?? 8, layout: 'HORIZONTAL', gap: 6, pad: 12, primaryAxisAlignItems: 'CENTER', counterAxisAlignItems: 'CENTER', int: o.int, ref: o.ref }, [
    T(label, 12, (h - Math.ceil((o.size ?? 15) * 1.4)) / 2, w - 24, { size: o.size ?? 15, weight: o.weight ?? 600, color: o.color ?? '#FFFFFF', align: 'CENTER' }),
  ]);
}
export function btnGroup(label, x, y, w, h, o = {}) {
  const shape = o.vector
    ? V(o.shapeName ?? 'Vector', 0, 0, w, h, { fill: o.fill ?? '#111111' })
    : R(o.shapeName ?? 'Rectangle 12', 0, 0, w, h, { fill: o.fill ?? '#111111', radius: o.radius ?? 6 });
  return G(o.name ?? 'Group 8', x, y, w, h, [
    shape,
    T(label, 0, (h - Math.ceil((o.size ?? 15) * 1.4)) / 2, w, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' }),
  ], { int: o.int, ref: o.ref });
}
export function btnInst(key, label, x, y, w, h, o = {}) {
  return I(key, o.name ?? 'Btn', x, y, w, h, { int: o.int, ref: o.ref }, [
    R('bg', 0, 0, w, h, { fill: o.fill ?? '#2F5BEA', radius: o.radius ?? 8 }),
    T(label, 0, (h - 21) / 2, w, { size: 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' }),
  ]);
}
export const link = (chars, x, y, w, o = {}) => T(chars, x, y, w, { color: o.color ?? '#2F5BEA', deco: o.underline ? 'UNDERLINE' : undefined, size: o.size ?? 14, weight: o.weight ?? 500, int: o.int, name: o.name, ref: o.ref, hidden: o.hidden });
export const logo = (x, y, s, ref, name = 'Rectangle') => R(name, x, y, s, s, { radius: 6, fill: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }] });
export function searchField(placeholder, x, y, w, o = {}) {
  return F(o.name ?? 'Frame 311', x, y, w, 44, { fill: '#FFFFFF', stroke: '#CFd3DA'.toUpperCase(), radius: o.radius ?? 10, layout: 'HORIZONTAL', gap: 8, pad: 12 }, [
    V('Vector', 12, 13, 18, 18, { fill: '#7A7F8A' }),
    T(placeholder, 38, 12, w - 50, { size: 14, color: '#8A8F99' }),
  ]);
}
export const checkbox = (kind, x, y, name) => kind === 'vector'
  ? V(name ?? 'Vector', x, y, 20, 20, { fill: [], stroke: '#5B6170' })
  : R(name ?? 'Rectangle 40', x, y, 20, 20, { fill: '#FFFFFF', stroke: '#5B6170', radius: 4 });

// finalize: absolute coordinates, refs resolved
function finalize(n, ox, oy) {
  const [x, y, w, h] = n._rel;
  delete n._rel;
  const ax = ox + x; const ay = oy + y;
  if (n.type !== 'CANVAS' && n.type !== 'DOCUMENT') n.absoluteBoundingBox = { x: ax, y: ay, width: w, height: h };
  if (n.children) for (const c of n.children) finalize(c, ax, ay);
}

function resolve(v) {
  if (typeof v === 'string' && v.startsWith('@')) {
    const id = ctx.refs[v.slice(1)];
    if (!id) throw new Error(`unresolved ref ${v}`);
    return id;
  }
  if (Array.isArray(v)) return v.map(resolve);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, val] of Object.entries(v)) o[k] = resolve(val);
    return o;
  }
  return v;
}

export function canvas(prefix, name, kids, o = {}) {
  const c = { id: `${prefix}:0`, name, type: 'CANVAS', backgroundColor: rgb(o.bg ?? '#E5E5E5'), children: kids };
  for (const k of kids) finalize(k, 0, 0);
  if (o.flows) c.flowStartingPoints = o.flows.map(([to, nm]) => ({ nodeId: `@${to}`, name: nm }));
  if (o.start) c.prototypeStartNodeID = `@${o.start}`;
  else c.prototypeStartNodeID = null;
  return c;
}

export const ref = (name) => ctx.refs[name];

export function countNodes(n) {
  let k = 1;
  for (const c of n.children ?? []) k += countNodes(c);
  return k;
}

export function writeFile(fileName, meta, pages, truth) {
  const doc = resolve({
    name: meta.name,
    lastModified: meta.lastModified,
    thumbnailUrl: '',
    version: meta.version,
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: pages },
    components: ctx.components,
    componentSets: ctx.componentSets,
    styles: meta.styles ?? {},
  });
  writeFileSync(join(OUT_DIR, `${fileName}.json`), `${JSON.stringify(doc, null, 1)}\n`);
  const t = resolve({ file: `${fileName}.json`, writtenBy: WRITTEN_BY, ...truth });
  if (t.flow) {
    for (const k of ['startFrameId', 'connectFrameId']) if (t.flow[k] && !t.flow[k].includes(':')) t.flow[k] = ctx.refs[t.flow[k]];
    t.flow.deadEnds = (t.flow.deadEnds ?? []).map((d) => (d.includes(':') ? d : ctx.refs[d]));
  }
  const ordered = { file: t.file, kind: t.kind, writtenBy: t.writtenBy, description: t.description, present: t.present, absent: t.absent, notes: t.notes, flow: t.flow };
  writeFileSync(join(OUT_DIR, `${fileName}.truth.json`), `${JSON.stringify(ordered, null, 2)}\n`);
  console.log(`${fileName}: ${countNodes(doc.document)} nodes`);
}

// Small deterministic helpers for writing Figma REST-shaped JSON by hand.
// Coordinates are given relative to the parent and turned into absolute
// boxes by finish(). Links are given as screen keys and resolved at the end.
import { writeFileSync } from 'node:fs';

const ctx = { page: 1, n: 1, gen: 300 };

export function page(p) {
  ctx.page = p;
  ctx.n = 1;
}

function nid() {
  return `${ctx.page}:${ctx.n++}`;
}

// Generic auto-names as Figma gives them ("Frame 417", "Rectangle 23").
export function gname(kind) {
  ctx.gen += 7;
  return `${kind} ${ctx.gen % 997}`;
}

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  return {
    r: +(parseInt(v.slice(0, 2), 16) / 255).toFixed(4),
    g: +(parseInt(v.slice(2, 4), 16) / 255).toFixed(4),
    b: +(parseInt(v.slice(4, 6), 16) / 255).toFixed(4),
    a,
  };
}

export const solid = (h, a) => [{ type: 'SOLID', color: hex(h, a) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

const CONTAINERS = new Set(['FRAME', 'GROUP', 'INSTANCE', 'COMPONENT', 'COMPONENT_SET', 'SECTION', 'CANVAS']);

export function node(type, name, x, y, w, h, props = {}, children) {
  const n = { id: nid(), name, type, _x: x, _y: y, _w: w, _h: h, ...props };
  if (children || CONTAINERS.has(type)) n.children = children || [];
  return n;
}

export const F = (name, x, y, w, h, props, children) => node('FRAME', name, x, y, w, h, props, children);
export const G = (name, x, y, w, h, children, props = {}) => node('GROUP', name, x, y, w, h, props, children);
export const R = (name, x, y, w, h, props) => node('RECTANGLE', name, x, y, w, h, props);
export const V = (name, x, y, w, h, props) => node('VECTOR', name, x, y, w, h, props);

export function T(chars, x, y, w, size = 14, weight = 400, color = '#1B1F24', extra = {}) {
  const lines = chars.split('\n').length + Math.floor(chars.length / Math.max(8, w / (size * 0.55)));
  const { name, deco, family, ...rest } = extra;
  const style = { fontFamily: family || 'Inter', fontSize: size, fontWeight: weight };
  if (deco) style.textDecoration = deco;
  return node('TEXT', name || chars.slice(0, 40), x, y, w, Math.round(lines * size * 1.4), {
    characters: chars,
    style,
    fills: solid(color),
    ...rest,
  });
}

// Auto-layout frame.
export function AL(dir, x, y, w, h, children, props = {}) {
  const { name, ...rest } = props;
  return F(name || 'Auto layout', x, y, w, h, { layoutMode: dir, itemSpacing: 12, ...rest }, children);
}

// prototype links (resolved by finish)
export const go = (key, navigation = 'NAVIGATE') => ({ _go: [key, navigation] });
export const back = () => ({ interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] }] });
export const close = () => ({ interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] }] });
export const url = (u) => ({ interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] }] });
export const oldLink = (key) => ({ _tn: key });

// Buttons, several constructions.
export function btnInstance(compId, name, label, x, y, w, h, link = {}, color = '#FFFFFF') {
  return node('INSTANCE', name, x, y, w, h, { componentId: compId, ...link }, [
    T(label, 16, Math.round(h / 2 - 10), w - 32, 15, 600, color),
  ]);
}

export function btnFrame(label, x, y, w, h, bg, link = {}, opts = {}) {
  return F(opts.name || gname('Frame'), x, y, w, h, { fills: solid(bg), cornerRadius: opts.radius ?? 8, ...link }, [
    T(label, 12, Math.round(h / 2 - 10), w - 24, opts.size || 15, 600, opts.color || '#FFFFFF'),
  ]);
}

export function btnGroup(label, x, y, w, h, bg, link = {}, opts = {}) {
  return G(opts.name || gname('Group'), x, y, w, h, [
    (opts.vector ? V : R)(opts.vector ? 'Vector' : gname('Rectangle'), 0, 0, w, h, { fills: solid(bg), cornerRadius: opts.radius ?? 6 }),
    T(label, 14, Math.round(h / 2 - 10), w - 28, opts.size || 15, 600, opts.color || '#FFFFFF'),
  ], link);
}

export function linkText(label, x, y, w, color, link = {}, underline = false, size = 14) {
  return T(label, x, y, w, size, 500, color, { deco: underline ? 'UNDERLINE' : undefined, ...link });
}

export function checkbox(kind, x, y, stroke = '#8A93A0', extra = {}) {
  const props = { fills: solid('#FFFFFF'), strokes: solid(stroke), strokeWeight: 1.5, cornerRadius: 4, ...extra };
  return kind === 'VECTOR' ? V('Vector', x, y, 20, 20, props) : R(gname('Rectangle'), x, y, 20, 20, props);
}

export function search(placeholder, x, y, w, h = 44, name) {
  return F(name || gname('Frame'), x, y, w, h, { fills: solid('#FFFFFF'), strokes: solid('#C9CED6'), cornerRadius: h / 2 > 14 ? 10 : 6 }, [
    V('Vector', 14, Math.round(h / 2 - 8), 16, 16, { strokes: solid('#6B7280') }),
    T(placeholder, 40, Math.round(h / 2 - 10), w - 56, 15, 400, '#8C939D'),
  ]);
}

export function logo(x, y, size, ref) {
  return R(gname('Rectangle'), x, y, size, size, { fills: image(ref), cornerRadius: 6 });
}

// A component set with variants on a components page; returns [node, components, sets].
export function componentSet(name, x, y, variants, key) {
  const comps = {};
  const kids = variants.map((v, i) => {
    const c = node('COMPONENT', v.name, 20, 20 + i * 72, v.w || 200, v.h || 48, { fills: solid(v.bg || '#2F5BEA'), cornerRadius: 8 }, [
      T(v.label || 'Label', 16, 14, (v.w || 200) - 32, 15, 600, v.color || '#FFFFFF'),
    ]);
    return c;
  });
  const set = node('COMPONENT_SET', name, x, y, 260, 40 + variants.length * 72, { strokes: solid('#9747FF') }, kids);
  kids.forEach((c, i) => {
    comps[c.id] = { key: `${key}${i}`.padEnd(40, '0'), name: c.name, description: '', componentSetId: set.id };
  });
  const sets = { [set.id]: { key: `${key}set`.padEnd(40, 'f'), name, description: '' } };
  return [set, comps, sets, kids.map((k) => k.id)];
}

// ---- finishing -------------------------------------------------------------

function walk(n, fn, parent) {
  fn(n, parent);
  for (const c of n.children || []) walk(c, fn, n);
}

function place(n, ox, oy) {
  if (n._x === undefined) return;
  const ax = ox + n._x;
  const ay = oy + n._y;
  n.absoluteBoundingBox = { x: ax, y: ay, width: n._w, height: n._h };
  delete n._x; delete n._y; delete n._w; delete n._h;
  for (const c of n.children || []) place(c, ax, ay);
}

export function finish({ name, pages, components, componentSets }) {
  const keys = {};
  for (const p of pages) {
    for (const c of p.children) place(c, 0, 0);
    walk(p, (n) => { if (n._key) keys[n._key] = n.id; });
  }
  for (const p of pages) {
    walk(p, (n) => {
      if (n._go) {
        const [k, nav] = n._go;
        if (!keys[k]) throw new Error(`unknown key ${k}`);
        n.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: keys[k], navigation: nav, transition: nav === 'OVERLAY' || nav === 'SWAP' ? null : { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } }, preserveScrollPosition: false }] }];
        delete n._go;
      }
      if (n._tn) {
        if (!keys[n._tn]) throw new Error(`unknown key ${n._tn}`);
        n.transitionNodeID = keys[n._tn];
        n.transitionDuration = 300;
        n.transitionEasing = 'EASE_OUT';
        delete n._tn;
      }
      if (n._start) {
        n.flowStartingPoints = [{ nodeId: keys[n._start], name: n._startName || 'Flow 1' }];
        delete n._start; delete n._startName;
      }
      if (n._startId) {
        n.prototypeStartNodeID = keys[n._startId];
        delete n._startId;
      }
      delete n._key;
    });
  }
  const doc = {
    name,
    lastModified: '2026-10-14T09:12:44Z',
    thumbnailUrl: '',
    version: '4' + String(name.length * 7919).padStart(9, '0'),
    role: 'viewer',
    editorType: 'figma',
    schemaVersion: 0,
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages },
    components: components || {},
    componentSets: componentSets || {},
    styles: {},
  };
  return { doc, keys };
}

export function canvas(name, children, props = {}) {
  return { id: nid(), name, type: 'CANVAS', backgroundColor: { r: 0.96, g: 0.96, b: 0.96, a: 1 }, children, ...props };
}

export function write(path, obj) {
  writeFileSync(path, JSON.stringify(obj, null, 1) + '\n');
}

export function countNodes(doc) {
  let c = 0;
  walk(doc.document, () => { c++; });
  return c;
}

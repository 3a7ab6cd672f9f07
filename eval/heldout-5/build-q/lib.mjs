// Small node-builder helpers for writing Figma REST-format JSON by hand.
// Coordinates passed to builders are relative to the parent; finish() makes them absolute.
import { writeFileSync } from 'node:fs';

let page = 1;
let counter = 1;

export function onPage(p) {
  page = p;
  counter = 1;
}

function nid() {
  const v = `${page}:${counter}`;
  counter += 1;
  return v;
}

export function rgb(hex, a = 1) {
  const h = hex.replace('#', '');
  return {
    r: Math.round((parseInt(h.slice(0, 2), 16) / 255) * 1000) / 1000,
    g: Math.round((parseInt(h.slice(2, 4), 16) / 255) * 1000) / 1000,
    b: Math.round((parseInt(h.slice(4, 6), 16) / 255) * 1000) / 1000,
    a,
  };
}

export const solid = (hex) => [{ type: 'SOLID', color: rgb(hex) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

function node(type, name, x, y, w, h, props = {}, children) {
  const n = { id: nid(), name, type, _x: x, _y: y, _w: w, _h: h, ...props };
  if (children) n.children = children.filter(Boolean);
  return n;
}

export const F = (name, x, y, w, h, props, children) => node('FRAME', name, x, y, w, h, props, children ?? []);
export const R = (name, x, y, w, h, props) => node('RECTANGLE', name, x, y, w, h, props);
export const V = (name, x, y, w, h, props) => node('VECTOR', name, x, y, w, h, props);
export const E = (name, x, y, w, h, props) => node('ELLIPSE', name, x, y, w, h, props);
export const SEC = (name, x, y, w, h, children) => node('SECTION', name, x, y, w, h, { fills: solid('F5F5F5') }, children);
export const I = (name, componentId, x, y, w, h, props, children) =>
  node('INSTANCE', name, x, y, w, h, { componentId, ...props }, children ?? []);
export const C = (name, x, y, w, h, props, children) => node('COMPONENT', name, x, y, w, h, props, children ?? []);
export const CS = (name, x, y, w, h, props, children) => node('COMPONENT_SET', name, x, y, w, h, props, children ?? []);

/** TEXT; height from line count unless given. */
export function T(chars, x, y, w, size = 14, weight = 400, props = {}) {
  const lines = chars.split('\n').length;
  const { color = '1F2430', family = 'Inter', deco, name, h, ...rest } = props;
  const style = { fontFamily: family, fontSize: size, fontWeight: weight, lineHeightPx: Math.round(size * 1.4) };
  if (deco) style.textDecoration = deco;
  return node('TEXT', name ?? chars.slice(0, 40), x, y, w, h ?? Math.round(lines * size * 1.4), {
    characters: chars,
    style,
    fills: solid(color),
    ...rest,
  });
}

/** GROUP: children relative to the group's origin; size is the union of children. */
export function G(name, x, y, children, props = {}) {
  const kids = children.filter(Boolean);
  let w = 0;
  let h = 0;
  for (const k of kids) {
    w = Math.max(w, k._x + k._w);
    h = Math.max(h, k._y + k._h);
  }
  // Figma groups have no own coordinate space; finish() handles them like frames.
  return node('GROUP', name, x, y, w, h, props, kids);
}

/** Auto-layout stack: repositions children along the axis. */
export function stack(name, dir, x, y, w, children, { gap = 8, pad = 0, h, ...props } = {}) {
  const kids = children.filter(Boolean);
  let pos = pad;
  let cross = 0;
  for (const k of kids) {
    if (dir === 'VERTICAL') {
      k._x = pad + (k._x || 0);
      k._y = pos;
      pos += k._h + gap;
      cross = Math.max(cross, k._x + k._w);
    } else {
      k._y = pad + (k._y || 0);
      k._x = pos;
      pos += k._w + gap;
      cross = Math.max(cross, k._y + k._h);
    }
  }
  pos = pos - (kids.length ? gap : 0) + pad;
  const width = dir === 'VERTICAL' ? w : Math.max(w, pos);
  const height = h ?? (dir === 'VERTICAL' ? pos : cross + pad);
  return node('FRAME', name, x, y, width, height, {
    layoutMode: dir,
    itemSpacing: gap,
    paddingLeft: pad,
    paddingRight: pad,
    paddingTop: pad,
    paddingBottom: pad,
    fills: [],
    ...props,
  }, kids);
}
export const VS = (name, x, y, w, children, opts) => stack(name, 'VERTICAL', x, y, w, children, opts);
export const HS = (name, x, y, children, opts) => stack(name, 'HORIZONTAL', x, y, 0, children, opts);

/** Add a prototype link. dest is '@Frame name' (resolved later) or an id. */
export function go(n, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  n.interactions = n.interactions ?? [];
  n.interactions.push({
    trigger: { type: trigger },
    actions: [{ type: 'NODE', destinationId: dest, navigation, transition: null }],
  });
  return n;
}
export function act(n, action, trigger = 'ON_CLICK') {
  n.interactions = n.interactions ?? [];
  n.interactions.push({ trigger: { type: trigger }, actions: [action] });
  return n;
}
export function oldLink(n, dest) {
  n.transitionNodeID = dest;
  return n;
}

/** Button built as an INSTANCE with a TEXT label. */
export function btnI(label, compId, x, y, w, h = 44, name = 'Button', props = {}) {
  return I(name, compId, x, y, w, h, { fills: solid(props.bg ?? '2746E0'), cornerRadius: 8, ...props.extra }, [
    T(label, 16, Math.round((h - 20) / 2), w - 32, 15, 600, { color: props.fg ?? 'FFFFFF', textAlignHorizontal: 'CENTER' }),
  ]);
}
/** Button built as a plain FRAME with fill and radius. */
export function btnF(label, x, y, w, h = 44, name, props = {}) {
  return F(name ?? `Frame ${(x * 7 + y * 3) % 900 + 100}`, x, y, w, h, {
    fills: solid(props.bg ?? '2746E0'),
    cornerRadius: props.r ?? 8,
    strokes: props.stroke ? solid(props.stroke) : [],
    layoutMode: 'HORIZONTAL',
    primaryAxisAlignItems: 'CENTER',
    counterAxisAlignItems: 'CENTER',
  }, [T(label, 12, Math.round((h - 20) / 2), w - 24, props.size ?? 15, 600, { color: props.fg ?? 'FFFFFF', textAlignHorizontal: 'CENTER' })]);
}
/** Button built as a GROUP of a RECTANGLE/VECTOR with a TEXT centred over it. */
export function btnG(label, x, y, w, h = 44, name, props = {}) {
  const shape = props.vector
    ? V('Vector', 0, 0, w, h, { fills: solid(props.bg ?? '2746E0') })
    : R(`Rectangle ${(x + y) % 97 + 3}`, 0, 0, w, h, { fills: solid(props.bg ?? '2746E0'), cornerRadius: props.r ?? 8 });
  return G(name ?? `Group ${(x + 2 * y) % 60 + 2}`, x, y, [
    shape,
    T(label, 10, Math.round((h - 20) / 2), w - 20, props.size ?? 15, 600, { color: props.fg ?? 'FFFFFF', textAlignHorizontal: 'CENTER' }),
  ]);
}
export function link(label, x, y, w, props = {}) {
  return T(label, x, y, w, props.size ?? 14, props.weight ?? 500, { color: props.color ?? '2746E0', deco: props.underline === false ? undefined : 'UNDERLINE', ...props.extra });
}
export function checkbox(x, y, kind = 'rect', compId) {
  if (kind === 'instance') return I('Property 1=Unchecked', compId, x, y, 20, 20, { fills: solid('FFFFFF') }, [R('Rectangle', 0, 0, 20, 20, { strokes: solid('8A8FA3'), cornerRadius: 4, fills: [] })]);
  if (kind === 'vector') return V('Vector', x, y, 20, 20, { strokes: solid('8A8FA3'), strokeWeight: 1.5, fills: solid('FFFFFF') });
  return R(`Rectangle ${x % 40 + 10}`, x, y, 20, 20, { strokes: solid('8A8FA3'), cornerRadius: 4, fills: solid('FFFFFF') });
}
export function searchField(placeholder, x, y, w, name) {
  return F(name ?? 'Frame 61', x, y, w, 40, { cornerRadius: 20, strokes: solid('C9CCD6'), fills: solid('FFFFFF'), layoutMode: 'HORIZONTAL', itemSpacing: 8 }, [
    V('Vector', 14, 12, 16, 16, { strokes: solid('6B7080'), strokeWeight: 2, fills: [] }),
    T(placeholder, 40, 10, w - 56, 14, 400, { color: '8A8FA3' }),
  ]);
}
export function logo(ref, x, y, s = 32, name) {
  return R(name ?? `Rectangle ${s + x % 17}`, x, y, s, s, { fills: image(ref), cornerRadius: 6 });
}

/** Make coordinates absolute, resolve '@name' destinations, count nodes. */
export function finish(file) {
  const byName = new Map();
  const all = [];
  function walk(n, ox, oy) {
    all.push(n);
    if (n._x !== undefined) {
      const ax = ox + n._x;
      const ay = oy + n._y;
      n.absoluteBoundingBox = { x: ax, y: ay, width: n._w, height: n._h };
      delete n._x;
      delete n._y;
      delete n._w;
      delete n._h;
      if (['FRAME', 'SECTION', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'GROUP'].includes(n.type)) {
        if (!byName.has(n.name)) byName.set(n.name, n.id);
      }
      for (const c of n.children ?? []) walk(c, ax, ay);
    } else {
      for (const c of n.children ?? []) walk(c, 0, 0);
    }
  }
  walk(file.document, 0, 0);
  const resolve = (d) => {
    if (typeof d === 'string' && d.startsWith('@')) {
      const id = byName.get(d.slice(1));
      if (!id) throw new Error(`unresolved ${d}`);
      return id;
    }
    return d;
  };
  for (const n of all) {
    if (n.transitionNodeID) n.transitionNodeID = resolve(n.transitionNodeID);
    for (const it of n.interactions ?? []) for (const a of it.actions) if (a.destinationId) a.destinationId = resolve(a.destinationId);
    if (n.prototypeStartNodeID) n.prototypeStartNodeID = resolve(n.prototypeStartNodeID);
    for (const fsp of n.flowStartingPoints ?? []) fsp.nodeId = resolve(fsp.nodeId);
  }
  return { file, count: all.length - 1, idOf: (name) => byName.get(name) };
}

export function doc(name, lastModified, canvases, components, componentSets) {
  return {
    name,
    lastModified,
    version: String(1000000000 + name.length * 7919),
    role: 'owner',
    editorType: 'figma',
    schemaVersion: 0,
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: canvases },
    components,
    componentSets,
    styles: {},
  };
}
export function canvas(p, name, children, extra = {}) {
  return { id: `${p}:0`, name, type: 'CANVAS', backgroundColor: rgb('E5E5E5'), children, flowStartingPoints: [], prototypeStartNodeID: null, ...extra };
}

export const WRITTEN_BY = 'held-out writer Q (from the checklist facts and the REST format only; repository not read)';

export function writeOut(dir, base, fileObj, truth) {
  writeFileSync(`${dir}/${base}.json`, JSON.stringify(fileObj, null, 1) + '\n');
  writeFileSync(`${dir}/${base}.truth.json`, JSON.stringify({ file: `${base}.json`, kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow: truth.flow }, null, 2) + '\n');
}

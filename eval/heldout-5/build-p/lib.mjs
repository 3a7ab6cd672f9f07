// Small helpers for writing Figma REST-format documents by hand.
// Nodes are built with coordinates relative to their parent; finalize() turns
// them into absolute bounding boxes the way the REST API reports them.
import { writeFileSync } from 'node:fs';

export function makeIds() {
  const counters = new Map();
  return (page) => {
    const n = (counters.get(page) ?? 0) + 1;
    counters.set(page, n);
    return `${page}:${n}`;
  };
}

export function rgb(hex, a = 1) {
  const h = hex.replace('#', '');
  const v = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: v(0), g: v(2), b: v(4), a };
}
export const solid = (hex, a = 1) => [{ type: 'SOLID', color: rgb(hex, a) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

// prototype actions
export const go = (dest, navigation = 'NAVIGATE') => ({ type: 'NODE', destinationId: dest, navigation, transition: navigation === 'NAVIGATE' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null });
export const click = (...actions) => [{ trigger: { type: 'ON_CLICK' }, actions }];
export const hover = (...actions) => [{ trigger: { type: 'ON_HOVER' }, actions }];
export const back = () => ({ type: 'BACK' });
export const close = () => ({ type: 'CLOSE' });
export const url = (u) => ({ type: 'URL', url: u });

export function makeBuilder(page, nextId) {
  const id = () => nextId(page);
  const base = (type, name, o = {}) => {
    const n = { id: o.id ?? id(), name, type };
    if (o.visible === false) n.visible = false;
    n._x = o.x ?? 0; n._y = o.y ?? 0; n._w = o.w ?? 100; n._h = o.h ?? 20;
    if (o.fill) n.fills = typeof o.fill === 'string' ? solid(o.fill) : o.fill; else if (type !== 'TEXT') n.fills = [];
    if (o.stroke) { n.strokes = solid(o.stroke); n.strokeWeight = o.strokeWeight ?? 1; }
    if (o.radius !== undefined) n.cornerRadius = o.radius;
    if (o.on) n.interactions = o.on;
    if (o.tn) n.transitionNodeID = o.tn;
    if (o.opacity !== undefined) n.opacity = o.opacity;
    return n;
  };
  const B = {
    id,
    text(chars, o = {}) {
      const s = o.s ?? 14;
      const w = o.w ?? Math.min(560, Math.ceil(chars.length * s * 0.52) + 4);
      const lines = chars.split('\n').reduce((acc, l) => acc + Math.max(1, Math.ceil((l.length * s * 0.5) / w)), 0);
      const n = base('TEXT', o.name ?? chars.slice(0, 60), { ...o, w, h: o.h ?? Math.ceil(lines * s * 1.4) });
      n.characters = chars;
      n.style = { fontFamily: o.font ?? 'Inter', fontWeight: o.wt ?? 400, fontSize: s, textAlignHorizontal: o.align ?? 'LEFT', lineHeightPx: Math.round(s * 1.4) };
      if (o.deco) n.style.textDecoration = o.deco;
      n.fills = solid(o.c ?? '#1c1c1e');
      return n;
    },
    rect(name, o = {}) { return base('RECTANGLE', name, o); },
    vec(name, o = {}) { const n = base('VECTOR', name, o); if (!o.fill) n.fills = solid(o.c ?? '#6b7280'); return n; },
    ellipse(name, o = {}) { return base('ELLIPSE', name, o); },
    frame(name, o = {}, kids = []) { const n = base(o.type ?? 'FRAME', name, o); if (o.clips) n.clipsContent = true; n.children = kids; return n; },
    group(name, o = {}, kids = []) { const n = base('GROUP', name, o); delete n.fills; n.children = kids; return n; },
    instance(name, componentId, o = {}, kids = []) { const n = base('INSTANCE', name, o); n.componentId = componentId; n.children = kids; if (o.layout) layoutProps(n, o.layout, o); return n; },
    // auto layout column: positions children top to bottom
    col(name, o = {}, kids = []) { return stack(B.frame(name, o, kids), 'VERTICAL', o); },
    row(name, o = {}, kids = []) { return stack(B.frame(name, o, kids), 'HORIZONTAL', o); },
  };
  return B;
}

function layoutProps(n, mode, o) {
  n.layoutMode = mode;
  const p = pads(o.pad);
  n.paddingTop = p[0]; n.paddingRight = p[1]; n.paddingBottom = p[2]; n.paddingLeft = p[3];
  n.itemSpacing = o.gap ?? 0;
  n.primaryAxisSizingMode = o.h ? 'FIXED' : 'AUTO';
  n.counterAxisSizingMode = 'FIXED';
  if (o.align) n.counterAxisAlignItems = o.align;
}
const pads = (p) => (p === undefined ? [0, 0, 0, 0] : typeof p === 'number' ? [p, p, p, p] : p.length === 2 ? [p[0], p[1], p[0], p[1]] : p);

function stack(n, mode, o) {
  layoutProps(n, mode, o);
  const [t, r, b, l] = pads(o.pad);
  const gap = o.gap ?? 0;
  const visibleKids = n.children.filter((k) => k.visible !== false);
  if (mode === 'VERTICAL') {
    let y = t;
    const inner = (o.w ?? 0) - l - r;
    for (const k of n.children) {
      k._y = y;
      k._x = o.align === 'CENTER' && inner > 0 ? l + Math.max(0, Math.round((inner - k._w) / 2)) : l;
      if (k.visible !== false) y += k._h + gap;
    }
    if (o.w === undefined) n._w = Math.max(0, ...visibleKids.map((k) => k._w)) + l + r;
    n._h = o.h ?? y - (visibleKids.length ? gap : 0) + b;
  } else {
    let x = l;
    const maxH = Math.max(0, ...visibleKids.map((k) => k._h));
    for (const k of n.children) {
      k._x = x;
      k._y = o.align === 'CENTER' ? t + Math.round((maxH - k._h) / 2) : t;
      if (k.visible !== false) x += k._w + gap;
    }
    if (o.w === undefined) n._w = x - (visibleKids.length ? gap : 0) + r;
    n._h = o.h ?? maxH + t + b;
  }
  return n;
}

export function finalize(n, px = 0, py = 0) {
  const x = px + n._x, y = py + n._y;
  n.absoluteBoundingBox = { x, y, width: n._w, height: n._h };
  delete n._x; delete n._y; delete n._w; delete n._h;
  for (const k of n.children ?? []) finalize(k, x, y);
  return n;
}

export function canvas(id, name, kids, o = {}) {
  const c = { id, name, type: 'CANVAS', children: kids.map((k) => finalize(k)), backgroundColor: rgb('#e5e5e5') };
  c.flowStartingPoints = o.flows ?? [];
  c.prototypeStartNodeID = o.start ?? null;
  return c;
}

export function countNodes(n) { return 1 + (n.children ?? []).reduce((a, k) => a + countNodes(k), 0); }

export function writeDoc(dir, name, meta, pages, components, componentSets, truth) {
  const doc = {
    name: meta.title, lastModified: meta.lastModified, thumbnailUrl: '', version: meta.version, role: 'viewer', editorType: 'figma', schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: pages },
    components, componentSets, styles: {},
  };
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify({ file: `${name}.json`, kind: truth.kind, writtenBy: 'held-out writer P (from the checklist facts and the REST format only; repository not read)', description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow: truth.flow }, null, 2) + '\n');
  return countNodes(doc.document);
}

// a COMPONENT_SET with Default/Hover variants, hover wired with CHANGE_TO
export function buttonSet(B, name, x, y, fill, labelColor, components, componentSets) {
  const setId = B.id();
  const defId = B.id();
  const hovId = B.id();
  const mk = (vid, variant, f) => B.frame(`Property 1=${variant}`, { id: vid, type: 'COMPONENT', x: variant === 'Default' ? 20 : 200, y: 20, w: 160, h: 44, fill: f, radius: 8, on: variant === 'Default' ? hover(go(hovId, 'CHANGE_TO')) : undefined }, [B.text('Label', { s: 15, wt: 600, c: labelColor, x: 56, y: 12, w: 48 })]);
  const set = B.frame(name, { id: setId, type: 'COMPONENT_SET', x, y, w: 380, h: 84, stroke: '#9747ff' }, [mk(defId, 'Default', fill), mk(hovId, 'Hover', fill)]);
  const key = (s) => [...s].reduce((a, ch) => ((a * 31 + ch.charCodeAt(0)) >>> 0), 7).toString(16).padStart(8, '0') + 'a1b2c3d4e5f60718293a4b5c6d7e8f90'.slice(0, 32);
  componentSets[setId] = { key: key(setId + name), name, description: '' };
  components[defId] = { key: key(defId), name: 'Property 1=Default', description: '', componentSetId: setId };
  components[hovId] = { key: key(hovId), name: 'Property 1=Hover', description: '', componentSetId: setId };
  return { set, defId, hovId };
}
export function plainComponent(B, name, x, y, w, h, kids, components, desc = '') {
  const cid = B.id();
  const c = B.frame(name, { id: cid, type: 'COMPONENT', x, y, w, h }, kids);
  components[cid] = { key: cid.replace(':', 'c') + 'f00d' + name.length, name, description: desc };
  return { comp: c, id: cid };
}

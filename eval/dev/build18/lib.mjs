import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// Small deterministic builders for Figma REST-shaped files (no dependencies).
// Nodes are written with coordinates relative to their parent; finalize() turns
// them into absolute bounding boxes, assigns ids and resolves prototype links.

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: +(((n >> 16) & 255) / 255).toFixed(4), g: +(((n >> 8) & 255) / 255).toFixed(4), b: +((n & 255) / 255).toFixed(4), a };
}
export const solid = (h, a = 1) => ({ type: 'SOLID', color: hex(h, a) });
export const image = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function apply(n, o) {
  if (o.key) n._key = o.key;
  if (o.visible === false) n.visible = false;
  if (o.fill) n.fills = [solid(o.fill)];
  if (o.fills) n.fills = o.fills;
  if (o.stroke) { n.strokes = [solid(o.stroke)]; n.strokeWeight = o.sw ?? 1; }
  if (o.radius !== undefined) n.cornerRadius = o.radius;
  if (o.layout) { n.layoutMode = o.layout; n.itemSpacing = o.gap ?? 8; n.paddingLeft = n.paddingRight = o.px ?? 0; n.paddingTop = n.paddingBottom = o.py ?? 0; }
  if (o.to) n._links = [[o.to, o.navType ?? 'NAVIGATE']];
  if (o.links) n._links = o.links;
  if (o.actions) n._actions = o.actions;
  if (o.old) n._old = o.old;
  if (o.comp) n._comp = o.comp;
  return n;
}

export function node(type, name, x, y, w, h, o = {}, children) {
  const n = { name, type, _r: [x, y, w, h] };
  if (children) n.children = children.filter(Boolean);
  return apply(n, o);
}
export const F = (name, x, y, w, h, o = {}, kids = []) => node('FRAME', name, x, y, w, h, o, kids);
export const G = (name, x, y, w, h, kids, o = {}) => node('GROUP', name, x, y, w, h, o, kids);
export const R = (name, x, y, w, h, o = {}) => node('RECTANGLE', name, x, y, w, h, o);
export const V = (name, x, y, w, h, o = {}) => node('VECTOR', name, x, y, w, h, o);
export const E = (name, x, y, w, h, o = {}) => node('ELLIPSE', name, x, y, w, h, o);
export function T(chars, x, y, w, h, o = {}) {
  const style = { fontFamily: o.font ?? 'Inter', fontSize: o.size ?? 14, fontWeight: o.weight ?? 400, lineHeightPx: Math.round((o.size ?? 14) * 1.4) };
  if (o.underline) style.textDecoration = 'UNDERLINE';
  if (o.align) style.textAlignHorizontal = o.align;
  const n = node('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 48), x, y, w, h, { ...o, fill: undefined });
  n.characters = chars;
  n.style = style;
  n.fills = [solid(o.color ?? '#1C1C1E')];
  return n;
}
export const I = (name, comp, x, y, w, h, o = {}, kids = []) => node('INSTANCE', name, x, y, w, h, { ...o, comp }, kids);

// Button built as a plain frame with a fill and a centred label.
export const btnFrame = (label, x, y, w, h, o = {}) => F(o.name ?? 'Frame ' + (o.n ?? 12), x, y, w, h, { fill: o.bg ?? '#111111', radius: o.radius ?? 8, layout: 'HORIZONTAL', px: 16, py: 10, ...o },
  [T(label, 16, (h - 20) / 2, w - 32, 20, { size: o.size ?? 15, weight: 600, color: o.fg ?? '#FFFFFF', align: 'CENTER' })]);
// Button built as a group: a rectangle (or vector) with text centred over it.
export const btnGroup = (label, x, y, w, h, o = {}) => G(o.name ?? 'Group ' + (o.n ?? 8), x, y, w, h, [
  (o.vector ? V : R)(o.vector ? 'Vector' : 'Rectangle ' + (o.n ?? 4), 0, 0, w, h, { fill: o.bg ?? '#111111', radius: o.vector ? undefined : (o.radius ?? 8) }),
  T(label, 12, (h - 20) / 2, w - 24, 20, { size: o.size ?? 15, weight: 600, color: o.fg ?? '#FFFFFF', align: 'CENTER' }),
], { to: o.to, navType: o.navType, links: o.links, key: o.key, visible: o.visible });
// Button as a component instance with a text label child.
export const btnInst = (label, comp, x, y, w, h, o = {}) => I(o.name ?? 'Property 1=Default', comp, x, y, w, h, { fill: o.bg ?? '#111111', radius: o.radius ?? 8, ...o },
  [T(label, 12, (h - 20) / 2, w - 24, 20, { size: o.size ?? 15, weight: 600, color: o.fg ?? '#FFFFFF', align: 'CENTER' })]);
export const link = (label, x, y, w, o = {}) => T(label, x, y, w, 18, { size: 14, color: o.color ?? '#2F5BD3', ...o });
export const checkbox = (x, y, o = {}) => (o.kind === 'vector' ? V : R)(o.name ?? (o.kind === 'vector' ? 'Vector' : 'Rectangle 31'), x, y, 20, 20, { stroke: '#6B6B6B', sw: 1.5, radius: o.kind === 'vector' ? undefined : 4, fills: [], ...o });
export const search = (ph, x, y, w, h, o = {}) => F(o.name ?? 'Frame 88', x, y, w, h, { fill: '#F3F4F6', radius: h / 2, layout: 'HORIZONTAL', gap: 8, px: 12, ...o }, [
  V('Vector', 14, (h - 16) / 2, 16, 16, { stroke: '#8A8A8E', sw: 1.5, fills: [] }),
  T(ph, 38, (h - 18) / 2, w - 50, 18, { size: 14, color: '#8A8A8E' }),
]);
export const logo = (ref, x, y, s, o = {}) => R(o.name ?? 'image ' + ref.slice(0, 3), x, y, s, s, { fills: [image(ref)], radius: o.radius ?? 8, ...o });
export const divider = (x, y, w) => R('Line', x, y, w, 1, { fill: '#E5E5EA' });
export const pill = (label, x, y, w, bg, fg) => F('Frame ' + (w + 300), x, y, w, 22, { fill: bg, radius: 11, layout: 'HORIZONTAL', px: 8 }, [T(label, 8, 3, w - 16, 16, { size: 12, weight: 600, color: fg, align: 'CENTER' })]);
export const statusBar = (w) => G('Status bar', 0, 0, w, 44, [
  T('9:41', 24, 14, 40, 18, { size: 15, weight: 600 }),
  V('Cellular', w - 80, 18, 18, 11, { fill: '#000000' }), V('Wifi', w - 58, 18, 16, 11, { fill: '#000000' }), R('Battery', w - 36, 17, 25, 12, { stroke: '#000000', radius: 3, fills: [] }),
]);

// Build the REST document. pages: [{ name, children, start: key|null, startMode: 'flow'|'proto' }]
export function finalize(meta, pages, compDefs = {}) {
  const ids = {}; const byKey = {}; const all = [];
  let pageNo = 0;
  const canvases = pages.map((p) => {
    pageNo += 1; let c = 0;
    const pid = pageNo === 1 ? '0:1' : `${pageNo * 7 + 10}:0`;
    const pref = pageNo === 1 ? 1 : pageNo * 7 + 10;
    const walk = (n, ox, oy) => {
      c += 1; n.id = `${pref}:${c + (pageNo === 1 ? 1 : 0)}`;
      if (ids[n.id]) throw new Error('dup ' + n.id);
      ids[n.id] = n; all.push(n);
      const [x, y, w, h] = n._r; delete n._r;
      n.absoluteBoundingBox = { x: ox + x, y: oy + y, width: w, height: h };
      if (n._key) { if (byKey[n._key]) throw new Error('dup key ' + n._key); byKey[n._key] = n; }
      (n.children || []).forEach((k) => walk(k, ox + x, oy + y));
      // reorder keys: id, name, type first
      const copy = { id: n.id, name: n.name, type: n.type };
      for (const k of Object.keys(n)) if (!(k in copy)) copy[k] = n[k];
      for (const k of Object.keys(n)) delete n[k];
      Object.assign(n, copy);
    };
    p.children.forEach((k) => walk(k, 0, 0));
    const canvas = { id: pid, name: p.name, type: 'CANVAS', children: p.children, backgroundColor: hex(p.bg ?? '#F5F5F5') };
    canvas._start = p.start; canvas._mode = p.startMode;
    return canvas;
  });
  const components = {}; const componentSets = {};
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed.toString(16).padStart(8, '0'); };
  for (const n of all) {
    if (n.type === 'COMPONENT') components[n.id] = { key: rnd() + rnd() + rnd(), name: n.name, description: compDefs[n.name] ?? '' };
    if (n.type === 'COMPONENT_SET') componentSets[n.id] = { key: rnd() + rnd() + rnd(), name: n.name, description: '' };
  }
  for (const n of all) {
    if (n._comp) { const t = byKey[n._comp]; if (!t) throw new Error('no comp ' + n._comp); n.componentId = t.id; delete n._comp; }
    if (n._links || n._actions) {
      const acts = (n._links || []).map(([to, nav]) => {
        const t = byKey[to]; if (!t) throw new Error('no dest ' + to);
        return { trigger: { type: nav === 'CHANGE_TO' ? 'ON_HOVER' : 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: t.id, navigation: nav, transition: nav === 'CHANGE_TO' ? null : { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.3 } }] };
      });
      for (const a of n._actions || []) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [a] });
      n.interactions = acts; delete n._links; delete n._actions;
    }
    if (n._old) { const t = byKey[n._old]; if (!t) throw new Error('no dest ' + n._old); n.transitionNodeID = t.id; delete n._old; }
    delete n._key;
  }
  for (const cv of canvases) {
    if (cv._start) {
      const t = byKey[cv._start];
      if (cv._mode === 'proto') cv.prototypeStartNodeID = t.id;
      else { cv.flowStartingPoints = [{ nodeId: t.id, name: cv._flowName ?? 'Flow 1' }]; cv.prototypeStartNodeID = t.id; }
    } else cv.flowStartingPoints = [];
    delete cv._start; delete cv._mode;
  }
  const doc = {
    name: meta.name, lastModified: meta.lastModified, thumbnailUrl: '', version: meta.version, role: 'viewer', editorType: 'figma', schemaVersion: 0,
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: canvases },
    components, componentSets, styles: {},
  };
  const id = (k) => { if (!byKey[k]) throw new Error('no key ' + k); return byKey[k].id; };
  return { doc, id, count: all.length + canvases.length + 1 };
}

export const WRITER = 'dev writer V (from the checklist facts and the REST format only; repository not read)';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
export function writeOut(name, doc, truth) {
  writeFileSync(join(OUT, name + '.json'), JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(join(OUT, name + '.truth.json'), JSON.stringify(truth, null, 2) + '\n');
}

// Small deterministic helpers for writing Figma REST-shaped JSON by hand.
// Coordinates passed to the helpers are relative to the parent; finish()
// turns them into absoluteBoundingBox values.
import { writeFileSync } from 'node:fs';

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}
export const solid = (h, a = 1) => [{ type: 'SOLID', color: hex(h, a) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export function builder() {
  let page = 0;
  let n = 0;
  const id = () => `${page}:${++n}`;
  const setPage = (p) => { page = p; n = p * 1000; };
  const box = (node, x, y, w, h) => Object.assign(node, { _x: x, _y: y, _w: w, _h: h });

  const F = (name, x, y, w, h, props = {}, kids = []) => box({ id: props.id || id(), name, type: 'FRAME', ...strip(props), children: kids }, x, y, w, h);
  const T = (chars, x, y, w, h, size = 14, weight = 400, color = '#1d1d1f', extra = {}) => {
    const { deco, name, family, ...rest } = extra;
    const style = { fontFamily: family || 'Inter', fontSize: size, fontWeight: weight };
    if (deco) style.textDecoration = deco;
    return box({ id: id(), name: name || chars.slice(0, 40), type: 'TEXT', characters: chars, style, fills: solid(color), ...rest }, x, y, w, h);
  };
  const R = (name, x, y, w, h, fill = '#eeeeee', radius = 0, extra = {}) => {
    const node = { id: id(), name, type: 'RECTANGLE', fills: typeof fill === 'string' ? solid(fill) : fill, ...extra };
    if (radius) node.cornerRadius = radius;
    return box(node, x, y, w, h);
  };
  const V = (name, x, y, w, h, fill = '#1d1d1f', extra = {}) => box({ id: id(), name, type: 'VECTOR', fills: typeof fill === 'string' ? solid(fill) : fill, ...extra }, x, y, w, h);
  const G = (name, x, y, w, h, kids, extra = {}) => box({ id: id(), name, type: 'GROUP', ...extra, children: kids }, x, y, w, h);
  const I = (name, componentId, x, y, w, h, kids = [], extra = {}) => box({ id: id(), name, type: 'INSTANCE', componentId, ...extra, children: kids }, x, y, w, h);
  const SEC = (name, x, y, w, h, kids) => box({ id: id(), name, type: 'SECTION', children: kids }, x, y, w, h);
  const E = (name, x, y, w, h, fill = '#d9d9d9') => box({ id: id(), name, type: 'ELLIPSE', fills: solid(fill) }, x, y, w, h);

  // auto-layout stacks: children positioned in order
  const col = (name, x, y, w, kids, gap = 12, pad = 16, props = {}) => {
    let cy = pad;
    for (const k of kids) { k._x += pad; k._y = cy; cy += k._h + gap; }
    const h = kids.length ? cy - gap + pad : pad * 2;
    return F(name, x, y, w, h, { layoutMode: 'VERTICAL', itemSpacing: gap, paddingLeft: pad, paddingRight: pad, paddingTop: pad, paddingBottom: pad, ...props }, kids);
  };
  const row = (name, x, y, h, kids, gap = 8, pad = 0, props = {}) => {
    let cx = pad;
    for (const k of kids) { k._x = cx; k._y += pad; cx += k._w + gap; }
    const w = kids.length ? cx - gap + pad : pad * 2;
    return F(name, x, y, w, h, { layoutMode: 'HORIZONTAL', itemSpacing: gap, paddingLeft: pad, paddingRight: pad, ...props }, kids);
  };
  const screen = (name, sid, x, y, w, h, kids, props = {}) => F(name, x, y, w, h, { id: sid, fills: solid(props.bg || '#ffffff'), clipsContent: true, ...props }, kids);

  return { id, setPage, F, T, R, V, G, I, SEC, E, col, row, screen };
}

function strip(p) {
  const { id: _drop, bg: _bg, ...rest } = p;
  void _drop; void _bg;
  return rest;
}

// prototype links
export function go(node, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  node.interactions = node.interactions || [];
  node.interactions.push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: dest, navigation, transition: navigation === 'CHANGE_TO' ? null : { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } }] });
  return node;
}
export function act(node, action) {
  node.interactions = node.interactions || [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [action] });
  return node;
}
export function old(node, dest) { node.transitionNodeID = dest; node.transitionDuration = 300; node.transitionEasing = 'EASE_OUT'; return node; }

export function finish(node, ox = 0, oy = 0) {
  const x = ox + node._x;
  const y = oy + node._y;
  node.absoluteBoundingBox = { x, y, width: node._w, height: node._h };
  delete node._x; delete node._y; delete node._w; delete node._h;
  if (node.children) for (const c of node.children) finish(c, x, y);
  return node;
}

export function count(node) {
  let k = 1;
  for (const c of node.children || []) k += count(c);
  return k;
}

export function writeFile(dir, name, doc, truth) {
  for (const canvas of doc.document.children) for (const c of canvas.children) finish(c);
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
  console.log(name, 'nodes', count(doc.document));
}

export const WRITTEN_BY = 'held-out writer Z6 (from the checklist facts and the REST format only; repository not read)';

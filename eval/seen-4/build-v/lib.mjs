// Small deterministic helpers that emit Figma REST-style JSON (no dependencies).
import { writeFileSync } from 'node:fs';

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}
export const solid = (h, opacity) => {
  const f = { blendMode: 'NORMAL', type: 'SOLID', color: hex(h) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};
export const imageFill = (ref) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

export function makeDoc(fileName, font = 'Inter') {
  return { fileName, font, counters: {}, keys: {}, pending: [], components: {}, componentSets: {} };
}

export function nid(doc, page) {
  doc.counters[page] = (doc.counters[page] || 0) + 1;
  return `${page}:${doc.counters[page] + 10}`;
}

function textHeight(chars, size, w) {
  const lines = String(chars).split('\n');
  const perLine = Math.max(1, Math.floor(w / (size * 0.52)));
  let n = 0;
  for (const l of lines) n += Math.max(1, Math.ceil(l.length / perLine));
  return Math.round(n * size * 1.4);
}

function box(x, y, w, h) {
  return { x: Math.round(x), y: Math.round(y), width: Math.round(w), height: Math.round(h) };
}

function common(doc, page, spec, type, x, y, w, h) {
  const n = { id: nid(doc, page), name: spec.name, type };
  if (spec.visible === false) n.visible = false;
  n.absoluteBoundingBox = box(x, y, w, h);
  if (spec.key) doc.keys[spec.key] = n.id;
  if (spec.link) doc.pending.push({ node: n, link: spec.link });
  return n;
}

// Build a node tree from a compact spec at absolute x,y with available width.
export function build(doc, page, spec, x, y, availW) {
  const w = spec.w ?? availW;
  if (spec.t === 'text') {
    const size = spec.size ?? 14;
    const h = spec.h ?? textHeight(spec.chars, size, w);
    const n = common(doc, page, { name: spec.name ?? spec.chars.slice(0, 40), ...spec }, 'TEXT', x, y, w, h);
    n.characters = spec.chars;
    n.style = { fontFamily: spec.family ?? doc.font, fontSize: size, fontWeight: spec.weight ?? 400, textAlignHorizontal: spec.align ?? 'LEFT', lineHeightPx: Math.round(size * 1.4) };
    if (spec.deco) n.style.textDecoration = spec.deco;
    n.fills = [solid(spec.color ?? '#1F2430')];
    return n;
  }
  if (spec.t === 'rect' || spec.t === 'vec' || spec.t === 'ellipse') {
    const type = spec.t === 'rect' ? 'RECTANGLE' : spec.t === 'vec' ? 'VECTOR' : 'ELLIPSE';
    const n = common(doc, page, spec, type, x, y, w, spec.h ?? w);
    n.fills = spec.image ? [imageFill(spec.image)] : spec.fill === null ? [] : [solid(spec.fill ?? '#C4C4C4')];
    if (spec.stroke) { n.strokes = [solid(spec.stroke)]; n.strokeWeight = spec.strokeWeight ?? 1.5; }
    if (spec.radius) n.cornerRadius = spec.radius;
    return n;
  }
  if (spec.t === 'overlay') {
    // children share one origin; text children are centred within the box
    const h = spec.h;
    const n = common(doc, page, spec, spec.type ?? 'GROUP', x, y, w, h);
    n.children = spec.children.map((c) => {
      if (c.t === 'text') {
        const size = c.size ?? 14;
        const tw = c.w ?? Math.min(w, Math.round(c.chars.length * size * 0.55));
        const th = textHeight(c.chars, size, tw);
        return build(doc, page, { ...c, w: tw, h: th }, x + (w - tw) / 2, y + (h - th) / 2, tw);
      }
      return build(doc, page, { ...c, w: c.w ?? w, h: c.h ?? h }, x + (c.dx ?? 0), y + (c.dy ?? 0), c.w ?? w);
    });
    finishContainer(n, spec);
    return n;
  }
  // containers: col / row
  const pad = spec.pad ?? [0, 0, 0, 0];
  const gap = spec.gap ?? 0;
  const type = spec.type ?? 'FRAME';
  const n = common(doc, page, spec, type, x, y, w, 0);
  const inner = w - pad[1] - pad[3];
  const kids = [];
  if (spec.t === 'col') {
    let cy = y + pad[0];
    for (const c of spec.children) {
      const cw = c.w ?? inner;
      const cx = spec.center ? x + pad[3] + (inner - cw) / 2 : x + pad[3];
      const k = build(doc, page, c, cx, cy, cw);
      kids.push(k);
      cy += k.absoluteBoundingBox.height + gap;
    }
    const contentH = spec.children.length ? cy - gap - y + pad[2] : pad[0] + pad[2];
    n.absoluteBoundingBox.height = Math.round(spec.h ?? contentH);
  } else {
    const fixed = spec.children.reduce((s, c) => s + (c.w ?? 0), 0);
    const flex = spec.children.filter((c) => c.w === undefined).length;
    const fw = flex ? (inner - fixed - gap * (spec.children.length - 1)) / flex : 0;
    let cx = x + pad[3];
    let maxH = 0;
    const built = [];
    for (const c of spec.children) {
      const cw = c.w ?? fw;
      const k = build(doc, page, c, cx, y + pad[0], cw);
      built.push(k);
      maxH = Math.max(maxH, k.absoluteBoundingBox.height);
      cx += cw + gap;
    }
    // centre children vertically
    for (const k of built) shiftY(k, (maxH - k.absoluteBoundingBox.height) / 2);
    kids.push(...built);
    n.absoluteBoundingBox.height = Math.round(spec.h ?? maxH + pad[0] + pad[2]);
  }
  n.children = kids;
  if (type !== 'GROUP' && spec.auto !== false) {
    n.layoutMode = spec.t === 'col' ? 'VERTICAL' : 'HORIZONTAL';
    n.itemSpacing = gap;
    n.paddingTop = pad[0]; n.paddingRight = pad[1]; n.paddingBottom = pad[2]; n.paddingLeft = pad[3];
  }
  finishContainer(n, spec);
  return n;
}

function shiftY(node, dy) {
  if (!dy) return;
  node.absoluteBoundingBox.y = Math.round(node.absoluteBoundingBox.y + dy);
  for (const c of node.children ?? []) shiftY(c, dy);
}

function finishContainer(n, spec) {
  if (n.type !== 'GROUP') {
    n.fills = spec.fill ? [solid(spec.fill)] : [];
    if (spec.stroke) { n.strokes = [solid(spec.stroke)]; n.strokeWeight = 1; }
    if (spec.radius) n.cornerRadius = spec.radius;
    n.clipsContent = !!spec.clip;
  }
  if (spec.componentId) n.componentId = spec.componentId;
}

// ---- compact spec helpers ----
export const T = (chars, o = {}) => ({ t: 'text', chars, ...o });
export const col = (name, children, o = {}) => ({ t: 'col', name, children, ...o });
export const row = (name, children, o = {}) => ({ t: 'row', name, children, ...o });
export const rect = (name, w, h, o = {}) => ({ t: 'rect', name, w, h, ...o });
export const vec = (name, w, h, o = {}) => ({ t: 'vec', name, w, h, ...o });

// Resolve links after every screen was built: keys -> ids.
export function resolveLinks(doc) {
  for (const { node, link } of doc.pending) {
    const l = typeof link === 'string' ? { to: link } : link;
    if (l.old) { node.transitionNodeID = id(doc, l.to); node.transitionDuration = 300; node.transitionEasing = 'EASE_OUT'; continue; }
    let action;
    if (l.kind === 'BACK') action = { type: 'BACK' };
    else if (l.kind === 'CLOSE') action = { type: 'CLOSE' };
    else if (l.kind === 'URL') action = { type: 'URL', url: l.url };
    else action = { type: 'NODE', destinationId: id(doc, l.to), navigation: l.nav ?? 'NAVIGATE', transition: l.nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null, preserveScrollPosition: false };
    node.interactions = node.interactions ?? [];
    node.interactions.push({ trigger: { type: l.trigger ?? 'ON_CLICK' }, actions: [action] });
  }
}
function id(doc, key) {
  if (!doc.keys[key]) throw new Error(`unknown key ${key}`);
  return doc.keys[key];
}

export function canvas(doc, page, name, children, o = {}) {
  const c = { id: `${page}:1`, name, type: 'CANVAS', children, backgroundColor: hex(o.bg ?? '#E5E5E5') };
  c.flowStartingPoints = o.starts ? o.starts.map(([key, nm]) => ({ nodeId: doc.keys[key], name: nm })) : [];
  c.prototypeStartNodeID = o.protoStart ? doc.keys[o.protoStart] : null;
  return c;
}

export function section(doc, page, name, frames, o = {}) {
  const xs = frames.map((f) => f.absoluteBoundingBox);
  const minX = Math.min(...xs.map((b) => b.x)) - 80, minY = Math.min(...xs.map((b) => b.y)) - 120;
  const maxX = Math.max(...xs.map((b) => b.x + b.width)) + 80, maxY = Math.max(...xs.map((b) => b.y + b.height)) + 80;
  const s = { id: nid(doc, page), name, type: 'SECTION', children: frames, absoluteBoundingBox: box(minX, minY, maxX - minX, maxY - minY), fills: [solid(o.fill ?? '#FFFFFF')] };
  if (o.key) doc.keys[o.key] = s.id;
  return s;
}

// Screen (top-level frame) at canvas position
export function screen(doc, page, key, name, x, y, w, h, children, o = {}) {
  const spec = col(name, children, { key, w, h, fill: o.fill ?? '#FFFFFF', pad: o.pad ?? [0, 0, 0, 0], gap: o.gap ?? 0, clip: true, auto: o.auto ?? true, visible: o.visible });
  return build(doc, page, spec, x, y, w);
}

export function countNodes(n) {
  let c = 1;
  for (const k of n.children ?? []) c += countNodes(k);
  return c;
}

export function writeFile(path, doc, documentNode, meta) {
  const out = {
    name: meta.name, lastModified: meta.lastModified, thumbnailUrl: '', version: meta.version, role: 'editor', editorType: 'figma', linkAccess: 'inherit', schemaVersion: 0,
    document: documentNode, components: doc.components, componentSets: doc.componentSets, styles: meta.styles ?? {},
  };
  writeFileSync(path, JSON.stringify(out, null, 1) + '\n');
  return out;
}

export function writeTruth(path, truth) {
  writeFileSync(path, JSON.stringify(truth, null, 2) + '\n');
}

export const WRITTEN_BY = 'held-out writer V (from the checklist facts and the REST format only; repository not read)';

function fakeKey(s) {
  let h = 2166136261;
  for (const ch of s) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return (h.toString(16).padStart(8, '0') + (h ^ 0x5bd1e995).toString(16).padStart(8, '0')).repeat(3).slice(0, 40);
}

// A component set with variants; variants: [{name, fill, label}] -> registers ids under keys
export function componentSet(doc, page, setName, x, y, variants, o = {}) {
  const specs = variants.map((v) => ({ ...v.spec, name: v.name, type: 'COMPONENT', key: v.key }));
  const setSpec = col(setName, specs, { type: 'COMPONENT_SET', gap: 20, pad: [20, 20, 20, 20], stroke: '#9747FF', radius: 5, key: o.key });
  const n = build(doc, page, setSpec, x, y, o.w ?? 260);
  doc.componentSets[n.id] = { key: fakeKey(setName + n.id), name: setName, description: o.description ?? '' };
  for (const c of n.children) doc.components[c.id] = { key: fakeKey(c.name + c.id), name: c.name, description: '', componentSetId: n.id };
  return n;
}
export function component(doc, page, spec, x, y, description = '') {
  const n = build(doc, page, { ...spec, type: 'COMPONENT' }, x, y, spec.w);
  doc.components[n.id] = { key: fakeKey(n.name + n.id), name: n.name, description };
  return n;
}
export const cid = (doc, key) => {
  if (!doc.keys[key]) throw new Error(`unknown component key ${key}`);
  return doc.keys[key];
};

// Small builder for Figma REST-format documents. Children are laid out relative to
// their parent's origin; finalize() turns that into absolute coordinates and ids.
import { writeFileSync } from 'node:fs';

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}
export const solid = (h, opacity) => {
  const f = { type: 'SOLID', color: hex(h) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};
export const image = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function base(type, name, o = {}) {
  const n = { type, name };
  if (o.key) n._key = o.key;
  if (o.visible === false) n.visible = false;
  n._box = { x: o.x ?? 0, y: o.y ?? 0, width: o.w ?? 0, height: o.h ?? 0 };
  if (o.on) n._on = Array.isArray(o.on) ? o.on : [o.on];
  if (o.legacy) n._legacy = o.legacy;
  return n;
}

function lineCount(text, size, w) {
  const per = Math.max(1, Math.floor(w / (size * 0.52)));
  return text.split('\n').reduce((s, l) => s + Math.max(1, Math.ceil([...l].length / per)), 0);
}

/** TEXT node. */
export function T(text, o = {}) {
  const size = o.size ?? 14;
  const w = o.w ?? Math.min(o.maxW ?? 320, Math.ceil([...text.split('\n')[0]].length * size * 0.55) + 4);
  const n = base('TEXT', o.name ?? text.slice(0, 40).replace(/\n/g, ' '), { ...o, w });
  n._box.height = o.h ?? Math.ceil(lineCount(text, size, w) * size * 1.35);
  n.characters = text;
  n.style = { fontFamily: o.font ?? 'Inter', fontSize: size, fontWeight: o.weight ?? 400, lineHeightPx: Math.round(size * 1.35) };
  if (o.deco) n.style.textDecoration = o.deco;
  if (o.align) n.style.textAlignHorizontal = o.align;
  n.fills = [solid(o.color ?? '#1A1A1A')];
  return n;
}

function paint(n, o) {
  if (o.image) n.fills = [image(o.image)];
  else if (o.fill) n.fills = [solid(o.fill, o.opacity)];
  else n.fills = [];
  if (o.stroke) { n.strokes = [solid(o.stroke)]; n.strokeWeight = o.strokeW ?? 1; }
  if (o.radius !== undefined) n.cornerRadius = o.radius;
}

export function R(name, o = {}) { const n = base('RECTANGLE', name, o); paint(n, o); return n; }
export function V(name, o = {}) { const n = base('VECTOR', name, o); paint(n, o); if (!o.fill && !o.image) n.fills = [solid(o.color ?? '#5B6470')]; return n; }
export function E(name, o = {}) { const n = base('ELLIPSE', name, o); paint(n, o); return n; }

function container(type, name, o, children) {
  const n = base(type, name, o);
  if (type !== 'GROUP' && type !== 'SECTION') paint(n, o);
  if (type === 'SECTION') n.fills = [solid('#F4F4F4')];
  n.children = children.filter(Boolean);
  if (o.clips) n.clipsContent = true;
  if (o.layout) {
    const pad = o.pad ?? 0; const gap = o.gap ?? 0;
    const padX = o.padX ?? pad; const padY = o.padY ?? pad;
    n.layoutMode = o.layout;
    n.itemSpacing = gap;
    n.paddingLeft = padX; n.paddingRight = padX; n.paddingTop = padY; n.paddingBottom = padY;
    if (o.align) n.counterAxisAlignItems = o.align;
    let cur = o.layout === 'VERTICAL' ? padY : padX;
    let cross = 0;
    for (const c of n.children) {
      if (c.visible === false) continue;
      if (o.layout === 'VERTICAL') {
        c._box.y = cur; c._box.x = padX + (c._indent ?? 0);
        if (o.w && o.stretch !== false && c.type !== 'TEXT' && c._fixedW !== true) c._box.width = c._box.width || o.w - 2 * padX;
        if (c.type === 'TEXT' && o.w && c._box.width > o.w - 2 * padX) { c._box.width = o.w - 2 * padX; c._box.height = Math.ceil(lineCount(c.characters, c.style.fontSize, c._box.width) * c.style.fontSize * 1.35); }
        cur += c._box.height + gap; cross = Math.max(cross, c._box.width);
      } else {
        c._box.x = cur; cur += c._box.width + gap; cross = Math.max(cross, c._box.height);
      }
    }
    cur = cur - gap + (o.layout === 'VERTICAL' ? padY : padX);
    if (o.layout === 'HORIZONTAL') {
      for (const c of n.children) if (c.visible !== false) c._box.y = padY + (o.align === 'CENTER' ? Math.round((cross - c._box.height) / 2) : 0);
      if (!o.w) n._box.width = cur;
      if (!o.h) n._box.height = cross + 2 * padY;
      if (o.justify === 'SPACE_BETWEEN' && o.w && n.children.length > 1) {
        const vis = n.children.filter((c) => c.visible !== false);
        const last = vis[vis.length - 1];
        last._box.x = o.w - padX - last._box.width;
        n.primaryAxisAlignItems = 'SPACE_BETWEEN';
      }
    } else {
      if (!o.h) n._box.height = cur;
      if (!o.w) n._box.width = cross + 2 * padX;
    }
  } else if (type === 'GROUP' && children.length) {
    // groups take the union of their children; children are given relative to the group's parent
    const xs = n.children.map((c) => c._box.x), ys = n.children.map((c) => c._box.y);
    const x0 = Math.min(...xs), y0 = Math.min(...ys);
    const x1 = Math.max(...n.children.map((c) => c._box.x + c._box.width));
    const y1 = Math.max(...n.children.map((c) => c._box.y + c._box.height));
    n._box = { x: (o.x ?? 0) + x0, y: (o.y ?? 0) + y0, width: x1 - x0, height: y1 - y0 };
    for (const c of n.children) { c._box.x -= x0; c._box.y -= y0; }
  }
  return n;
}
export const F = (name, o, children = []) => container('FRAME', name, o, children);
export const G = (name, o, children = []) => container('GROUP', name, o, children);
export const S = (name, o, children = []) => container('SECTION', name, o, children);
export const C = (name, o, children = []) => container('COMPONENT', name, o, children);
export const CS = (name, o, children = []) => container('COMPONENT_SET', name, o, children);
export function I(name, comp, o, children = []) { const n = container('INSTANCE', name, o, children); n._comp = comp; return n; }

/** click interaction helpers */
export const go = (dest, nav = 'NAVIGATE') => ({ dest, nav });
export const back = () => ({ kind: 'BACK' });
export const close = () => ({ kind: 'CLOSE' });
export const url = (u) => ({ kind: 'URL', url: u });
export const hover = (dest) => ({ dest, nav: 'CHANGE_TO', trigger: 'ON_HOVER' });

/** Build the file: pages = [{ name, children, starts: [[key,name]], startKey, bg }] */
export function buildFile({ name, lastModified, version, pages, componentMeta = {} }) {
  const keyToId = {};
  const comps = {};
  const sets = {};
  const all = [];
  let pageNo = 0;
  const canvases = pages.map((p) => {
    pageNo += 1;
    let counter = 0;
    const canvasId = `${pageNo}:0`;
    const walk = (n, ox, oy, parentSet) => {
      counter += 1 + (counter % 7 === 3 ? 2 : 0);
      n.id = `${pageNo}:${counter}`;
      if (n._key) keyToId[n._key] = n.id;
      n.absoluteBoundingBox = { x: ox + n._box.x, y: oy + n._box.y, width: n._box.width, height: n._box.height };
      all.push(n);
      if (n.type === 'COMPONENT') {
        const m = componentMeta[n.name] ?? {};
        comps[n.id] = { key: fakeKey(n.name), name: n.name, description: m.description ?? '' };
        if (parentSet) comps[n.id].componentSetId = parentSet;
      }
      if (n.type === 'COMPONENT_SET') sets[n.id] = { key: fakeKey(n.name + 'set'), name: n.name, description: '' };
      for (const c of n.children ?? []) walk(c, n.absoluteBoundingBox.x, n.absoluteBoundingBox.y, n.type === 'COMPONENT_SET' ? n.id : null);
    };
    for (const c of p.children) walk(c, 0, 0, null);
    const canvas = { id: canvasId, name: p.name, type: 'CANVAS', children: p.children, backgroundColor: hex(p.bg ?? '#E5E5E5') };
    canvas._starts = p.starts ?? [];
    canvas._startKey = p.startKey;
    return canvas;
  });
  const resolve = (k) => {
    if (!(k in keyToId)) throw new Error(`unknown key ${k} in ${name}`);
    return keyToId[k];
  };
  for (const n of all) {
    if (n._on) {
      n.interactions = n._on.map((a) => {
        const trigger = { type: a.trigger ?? 'ON_CLICK' };
        if (a.kind === 'BACK' || a.kind === 'CLOSE') return { trigger, actions: [{ type: a.kind }] };
        if (a.kind === 'URL') return { trigger, actions: [{ type: 'URL', url: a.url }] };
        return { trigger, actions: [{ type: 'NODE', destinationId: resolve(a.dest), navigation: a.nav, transition: a.nav === 'CHANGE_TO' ? { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.2 } : null, preserveScrollPosition: false }] };
      });
    }
    if (n._legacy) n.transitionNodeID = resolve(n._legacy);
    if (n._comp) n.componentId = resolve(n._comp);
  }
  for (const c of canvases) {
    c.flowStartingPoints = c._starts.map(([k, nm]) => ({ nodeId: resolve(k), name: nm }));
    if (c._startKey) c.prototypeStartNodeID = resolve(c._startKey);
    else if (c.flowStartingPoints.length) c.prototypeStartNodeID = c.flowStartingPoints[0].nodeId;
    else c.prototypeStartNodeID = null;
    delete c._starts; delete c._startKey;
  }
  const clean = (n) => {
    for (const k of Object.keys(n)) if (k.startsWith('_')) delete n[k];
    for (const c of n.children ?? []) clean(c);
  };
  for (const c of canvases) clean(c);
  // key order: id, name, type first
  const order = (n) => {
    const { id, name: nm, type, ...rest } = n;
    const out = { id, name: nm, type, ...rest };
    if (out.children) out.children = out.children.map(order);
    return out;
  };
  const doc = {
    name, lastModified, thumbnailUrl: '', version, role: 'viewer', editorType: 'figma', schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: canvases.map(order) },
    components: comps, componentSets: sets, styles: {},
  };
  return { doc, keyToId, nodeCount: all.length + canvases.length + 1 };
}

function fakeKey(s) {
  let h = 2166136261;
  for (const ch of s) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  let out = '';
  for (let i = 0; i < 5; i += 1) { h = Math.imul(h ^ (h >>> 13), 2654435761) >>> 0; out += h.toString(16).padStart(8, '0'); }
  return out;
}

export function writeOut(dir, base, built, truth, meta) {
  writeFileSync(`${dir}/${base}.json`, JSON.stringify(built.doc, null, 1) + '\n');
  const t = { file: `${base}.json`, ...truth };
  const flow = t.flow;
  for (const k of ['startFrameId', 'connectFrameId']) if (flow[k]) flow[k] = built.keyToId[flow[k]] ?? flow[k];
  flow.deadEnds = flow.deadEnds.map((k) => built.keyToId[k] ?? k);
  writeFileSync(`${dir}/${base}.truth.json`, JSON.stringify(t, null, 2) + '\n');
  const m = { connectCandidates: (meta.connectCandidates ?? []).map((k) => built.keyToId[k]), signUp: meta.signUp ? built.keyToId[meta.signUp] : null };
  writeFileSync(`${dir}/build-x/${base}.meta.json`, JSON.stringify(m, null, 2) + '\n');
  console.log(`${base}: ${built.nodeCount} nodes`);
}

export const WRITTEN_BY = 'held-out writer X (from the checklist facts and the REST format only; repository not read)';

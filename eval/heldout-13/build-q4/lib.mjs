// Small deterministic helpers for writing Figma REST-format JSON by hand.
// Nodes are built with coordinates relative to their parent; finalize() turns
// them into absolute boxes, assigns "page:n" ids and resolves prototype links.
import { writeFileSync } from 'node:fs';

export const hex = (h, a = 1) => {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
};
export const solid = (h, opacity) => {
  const f = { blendMode: 'NORMAL', type: 'SOLID', color: hex(h) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};
export const image = (ref) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function base(type, name, w, h, props = {}, children) {
  const n = { type, name, _x: 0, _y: 0, _w: w, _h: h, ...props };
  if (children) n.children = children;
  return n;
}

export const at = (n, x, y) => { n._x = x; n._y = y; return n; };
export const hidden = (n) => { n.visible = false; return n; };
export const key = (n, k) => { n._key = k; return n; };

export function frame(name, w, h, props = {}, children = []) {
  return base('FRAME', name, w, h, { fills: [], strokes: [], ...props }, children);
}
export function group(name, w, h, children = [], props = {}) {
  return base('GROUP', name, w, h, { ...props }, children);
}
export function section(name, w, h, children = []) {
  return base('SECTION', name, w, h, { fills: [solid('#F5F5F5')] }, children);
}
export function rect(name, w, h, props = {}) {
  return base('RECTANGLE', name, w, h, { fills: [solid('#E5E7EB')], strokes: [], ...props });
}
export function vector(name, w, h, props = {}) {
  return base('VECTOR', name, w, h, { fills: [solid('#6B7280')], strokes: [], ...props });
}
export function ellipse(name, w, h, props = {}) {
  return base('ELLIPSE', name, w, h, { fills: [solid('#D1D5DB')], strokes: [], ...props });
}
export function line(name, w, props = {}) {
  return base('LINE', name, w, 0, { strokes: [solid('#E5E7EB')], strokeWeight: 1, ...props });
}
export function instance(name, compKey, w, h, props = {}, children = []) {
  return base('INSTANCE', name, w, h, { _comp: compKey, fills: [], ...props }, children);
}
export function component(name, compKey, w, h, props = {}, children = []) {
  return base('COMPONENT', name, w, h, { _key: compKey, fills: [], ...props }, children);
}
export function componentSet(name, setKey, w, h, children = []) {
  return base('COMPONENT_SET', name, w, h, { _key: setKey, _set: true, fills: [], strokes: [solid('#9747FF')] }, children);
}

// Text. Height is estimated from the number of lines when not given.
export function text(chars, opts = {}) {
  const size = opts.size ?? 14;
  const lines = chars.split('\n').length;
  const w = opts.w ?? Math.min(520, Math.ceil(chars.length * size * 0.55) + 4);
  const wrapLines = opts.w ? Math.max(lines, Math.ceil((chars.length * size * 0.52) / opts.w)) : lines;
  const h = opts.h ?? Math.ceil(wrapLines * size * 1.4);
  const style = {
    fontFamily: opts.family ?? 'Inter',
    fontPostScriptName: null,
    fontWeight: opts.weight ?? 400,
    fontSize: size,
    textAlignHorizontal: opts.align ?? 'LEFT',
    textAlignVertical: 'TOP',
    letterSpacing: 0,
    lineHeightPx: Math.round(size * 1.4),
  };
  if (opts.deco) style.textDecoration = opts.deco;
  const n = base('TEXT', opts.name ?? chars.slice(0, 40), w, h, {
    characters: chars,
    style,
    fills: [solid(opts.color ?? '#111827')],
  });
  if (opts.visible === false) n.visible = false;
  return n;
}

// Interactions, resolved in finalize().
export function go(n, dest, navigation = 'NAVIGATE') {
  (n._acts ??= []).push({ kind: 'NODE', dest, navigation });
  return n;
}
export function back(n) { (n._acts ??= []).push({ kind: 'BACK' }); return n; }
export function close(n) { (n._acts ??= []).push({ kind: 'CLOSE' }); return n; }
export function url(n, u) { (n._acts ??= []).push({ kind: 'URL', url: u }); return n; }
export function oldLink(n, dest) { n._trans = dest; return n; }

// Auto-layout stacks: children are placed one after another.
export function stack(dir, name, children, opts = {}) {
  const gap = opts.gap ?? 8;
  const pad = opts.pad ?? 0;
  let pos = pad;
  let cross = 0;
  for (const c of children) {
    if (dir === 'V') { c._x = pad; c._y = pos; pos += c._h + gap; cross = Math.max(cross, c._w); }
    else { c._x = pos; c._y = pad + (opts.center ? Math.max(0, ((opts.h ?? c._h) - c._h) / 2 - pad) : 0); pos += c._w + gap; cross = Math.max(cross, c._h); }
  }
  const main = children.length ? pos - gap + pad : pad * 2;
  const w = opts.w ?? (dir === 'V' ? cross + pad * 2 : main);
  const h = opts.h ?? (dir === 'V' ? main : cross + pad * 2);
  return frame(name, w, h, {
    layoutMode: dir === 'V' ? 'VERTICAL' : 'HORIZONTAL',
    itemSpacing: gap,
    paddingLeft: pad, paddingRight: pad, paddingTop: pad, paddingBottom: pad,
    primaryAxisSizingMode: 'AUTO',
    counterAxisSizingMode: opts.w || opts.h ? 'FIXED' : 'AUTO',
    fills: opts.fill ? [solid(opts.fill)] : [],
    ...(opts.radius ? { cornerRadius: opts.radius } : {}),
    ...(opts.stroke ? { strokes: [solid(opts.stroke)], strokeWeight: 1 } : {}),
    ...(opts.props ?? {}),
  }, children);
}
export const vstack = (name, children, opts) => stack('V', name, children, opts);
export const hstack = (name, children, opts) => stack('H', name, children, opts);

// Buttons built in different ways.
export function btnInstance(label, compKey, w = 160, h = 44, opts = {}) {
  const t = text(label, { size: opts.size ?? 15, weight: 600, color: opts.color ?? '#FFFFFF', align: 'CENTER', w: w - 24 });
  at(t, 12, Math.round((h - t._h) / 2));
  return instance(opts.name ?? 'Button', compKey, w, h, {}, [t]);
}
export function btnFrame(label, w = 160, h = 44, opts = {}) {
  const t = text(label, { size: opts.size ?? 15, weight: opts.weight ?? 600, color: opts.color ?? '#FFFFFF', align: 'CENTER', w: w - 24 });
  at(t, 12, Math.round((h - t._h) / 2));
  return frame(opts.name ?? label, w, h, {
    fills: opts.fill === null ? [] : [solid(opts.fill ?? '#2563EB')],
    strokes: opts.stroke ? [solid(opts.stroke)] : [],
    cornerRadius: opts.radius ?? 8,
    layoutMode: 'HORIZONTAL',
    primaryAxisAlignItems: 'CENTER',
    counterAxisAlignItems: 'CENTER',
  }, [t]);
}
export function btnGroup(label, w = 160, h = 44, opts = {}) {
  const shape = opts.shape === 'VECTOR'
    ? vector(opts.shapeName ?? 'Vector', w, h, { fills: [solid(opts.fill ?? '#111827')] })
    : rect(opts.shapeName ?? 'Rectangle 12', w, h, { fills: [solid(opts.fill ?? '#111827')], cornerRadius: opts.radius ?? 8 });
  const t = text(label, { size: opts.size ?? 15, weight: 600, color: opts.color ?? '#FFFFFF', align: 'CENTER', w: w - 20 });
  at(shape, 0, 0);
  at(t, 10, Math.round((h - t._h) / 2));
  return group(opts.name ?? 'Group 8', w, h, [shape, t]);
}
export function linkText(label, opts = {}) {
  return text(label, { size: opts.size ?? 14, weight: opts.weight ?? 500, color: opts.color ?? '#2563EB', deco: opts.underline ? 'UNDERLINE' : undefined, w: opts.w, name: opts.name });
}
export function checkbox(kind = 'RECTANGLE', opts = {}) {
  if (kind === 'INSTANCE') return instance(opts.name ?? 'Checkbox', opts.comp, 20, 20, {});
  const mk = kind === 'VECTOR' ? vector : rect;
  return mk(opts.name ?? (kind === 'VECTOR' ? 'Vector' : 'Rectangle 3'), 20, 20, {
    fills: [solid('#FFFFFF')], strokes: [solid('#9CA3AF')], strokeWeight: 1.5, cornerRadius: 4,
  });
}
export function searchField(placeholder, w, opts = {}) {
  const icon = at(vector('Vector', 16, 16, { fills: [], strokes: [solid('#6B7280')], strokeWeight: 1.5 }), 12, 12);
  const t = at(text(placeholder, { size: 14, color: '#9CA3AF', w: w - 48 }), 36, 10);
  return frame(opts.name ?? 'Frame 212', w, 40, {
    fills: [solid('#FFFFFF')], strokes: [solid('#D1D5DB')], strokeWeight: 1, cornerRadius: opts.radius ?? 8,
    layoutMode: 'HORIZONTAL', itemSpacing: 8,
  }, [icon, t]);
}
export function logo(refName, size = 32, opts = {}) {
  return rect(opts.name ?? 'Rectangle 7', size, size, { fills: [image(refName)], cornerRadius: opts.radius ?? 6 });
}
export function spinner(size = 24, color = '#2563EB') {
  return vector('Ellipse 9', size, size, { fills: [], strokes: [solid(color)], strokeWeight: 3 });
}

export function screen(k, name, w, h, children, opts = {}) {
  return key(frame(name, w, h, { fills: [solid(opts.bg ?? '#FFFFFF')], clipsContent: true, ...(opts.props ?? {}) }, children), k);
}

export function canvas(name, children, opts = {}) {
  return { type: 'CANVAS', name, children, _start: opts.start ?? null, _startName: opts.startName, _protoOnly: !!opts.protoOnly, _bg: opts.bg ?? '#E5E5E5' };
}

// ---------------------------------------------------------------- finalize
export function finalize(meta, pages) {
  const keyToId = new Map();
  const compNodes = [];
  const pending = [];
  let pageNo = 0;
  const doc = { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [] };
  for (const p of pages) {
    pageNo += 1;
    let n = 0;
    const prefix = pageNo;
    const nextId = () => `${prefix}:${(n += 1)}`;
    const cv = { id: `${prefix}:0`, name: p.name, type: 'CANVAS', children: [], backgroundColor: hex(p._bg), flowStartingPoints: [], prototypeStartNodeID: null };
    const walk = (node, ox, oy, parentSet) => {
      node.id = nextId();
      const ax = ox + node._x;
      const ay = oy + node._y;
      node.absoluteBoundingBox = { x: ax, y: ay, width: node._w, height: node._h };
      node.absoluteRenderBounds = { ...node.absoluteBoundingBox };
      if (node._key) keyToId.set(node._key, node.id);
      if (node.type === 'COMPONENT') compNodes.push({ node, parentSet });
      pending.push(node);
      for (const c of node.children ?? []) walk(c, ax, ay, node._set ? node : parentSet);
    };
    for (const c of p.children) { walk(c, 0, 0, null); cv.children.push(c); }
    cv._start = p._start; cv._startName = p._startName; cv._protoOnly = p._protoOnly;
    doc.children.push(cv);
  }
  const compMap = {};
  const setMap = {};
  for (const { node, parentSet } of compNodes) {
    compMap[node.id] = { key: `k${node.id.replace(':', '')}${meta.salt}`, name: node.name, description: node._desc ?? '', remote: false, documentationLinks: [] };
    if (parentSet) {
      compMap[node.id].componentSetId = parentSet.id;
      setMap[parentSet.id] = { key: `s${parentSet.id.replace(':', '')}${meta.salt}`, name: parentSet.name, description: '', remote: false };
    }
  }
  const resolve = (k) => {
    const id = keyToId.get(k);
    if (!id) throw new Error(`unresolved key ${k}`);
    return id;
  };
  for (const node of pending) {
    if (node._comp) node.componentId = resolve(node._comp);
    if (node._trans) node.transitionNodeID = resolve(node._trans);
    if (node._acts) {
      node.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: node._acts.map((a) => {
        if (a.kind === 'NODE') return { type: 'NODE', destinationId: resolve(a.dest), navigation: a.navigation, transition: a.navigation === 'CHANGE_TO' ? { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.2 } : null, preserveScrollPosition: false };
        if (a.kind === 'URL') return { type: 'URL', url: a.url };
        return { type: a.kind };
      }) }];
    }
  }
  for (const cv of doc.children) {
    if (cv._start) {
      const id = resolve(cv._start);
      if (!cv._protoOnly) cv.flowStartingPoints = [{ nodeId: id, name: cv._startName ?? 'Flow 1' }];
      cv.prototypeStartNodeID = id;
    }
    delete cv._start; delete cv._startName; delete cv._protoOnly;
  }
  const strip = (node) => {
    for (const k of Object.keys(node)) if (k.startsWith('_')) delete node[k];
    for (const c of node.children ?? []) strip(c);
  };
  for (const cv of doc.children) for (const c of cv.children) strip(c);
  // Put id/name/type first for readability.
  const order = (node) => {
    const { id, name, type, ...rest } = node;
    const out = { id, name, type, ...rest };
    if (out.children) out.children = out.children.map(order);
    return out;
  };
  const document = order(doc);
  return {
    name: meta.name,
    lastModified: meta.lastModified,
    thumbnailUrl: '',
    version: meta.version,
    role: 'viewer',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document,
    components: compMap,
    componentSets: setMap,
    styles: {},
  };
}

export function countNodes(n) {
  return 1 + (n.children ?? []).reduce((s, c) => s + countNodes(c), 0);
}

export function write(path, obj) {
  writeFileSync(path, JSON.stringify(obj, null, 1) + '\n');
}

// Tiny deterministic builder for Figma REST-format documents (no dependencies).
// Children are positioned relative to their parent frame; groups are transparent
// (their children use the group's parent coordinates). Absolute boxes are computed at the end.
import { writeFileSync } from 'node:fs';

export function hex(c, a = 1) {
  const n = parseInt(c.replace('#', ''), 16);
  return { r: +(((n >> 16) & 255) / 255).toFixed(4), g: +(((n >> 8) & 255) / 255).toFixed(4), b: +((n & 255) / 255).toFixed(4), a };
}
export const solid = (c, opacity) => {
  const f = { blendMode: 'NORMAL', type: 'SOLID', color: hex(c) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};
export const image = (ref) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

export function createDoc(meta) {
  let page = 0;
  let counter = 1;
  const keyed = new Map();
  const components = {};
  const componentSets = {};
  const nextId = () => `${page}:${counter++}`;

  const base = (type, name, o = {}) => {
    const n = { id: nextId(), name, type };
    if (o.visible === false) n.visible = false;
    n._x = o.x ?? 0;
    n._y = o.y ?? 0;
    n._w = o.w;
    n._h = o.h;
    if (o.key) keyed.set(o.key, n);
    if (o.to) n._links = (Array.isArray(o.to) ? o.to : [o.to]).map((t) => (typeof t === 'string' ? { key: t } : t));
    if (o.actions) n._actions = o.actions;
    return n;
  };

  const api = {
    page(p) {
      page = p;
      counter = 1;
    },
    get(key) {
      return keyed.get(key);
    },
    text(chars, o = {}) {
      const n = base('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 60), o);
      const size = o.size ?? 14;
      const est = Math.round([...chars].length * size * 0.52);
      n._w = o.w ?? Math.min(est + 2, o.maxW ?? 560);
      const lines = chars.split('\n').reduce((s, l) => s + Math.max(1, Math.ceil(([...l].length * size * 0.52) / n._w)), 0);
      n._h = o.h ?? Math.round(lines * size * 1.4);
      n.characters = chars;
      n.style = { fontFamily: o.font ?? 'Inter', fontPostScriptName: null, fontWeight: o.weight ?? 400, fontSize: size, textAlignHorizontal: o.align ?? 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0, lineHeightPx: size * 1.4 };
      if (o.deco) n.style.textDecoration = o.deco;
      n.fills = [solid(o.color ?? '#1B1D21')];
      return n;
    },
    rect(name, o = {}) {
      const n = base('RECTANGLE', name, o);
      n.fills = o.img ? [image(o.img)] : o.fill ? [solid(o.fill, o.opacity)] : [];
      if (o.stroke) n.strokes = [solid(o.stroke)];
      if (o.radius !== undefined) n.cornerRadius = o.radius;
      return n;
    },
    ellipse(name, o = {}) {
      const n = base('ELLIPSE', name, o);
      n.fills = o.fill ? [solid(o.fill)] : [];
      if (o.stroke) n.strokes = [solid(o.stroke)];
      return n;
    },
    vector(name, o = {}) {
      const n = base('VECTOR', name, o);
      n.fills = o.fill ? [solid(o.fill)] : [];
      n.strokes = o.stroke ? [solid(o.stroke)] : [];
      if (o.radius !== undefined) n.cornerRadius = o.radius;
      return n;
    },
    frame(name, o = {}, children = [], type = 'FRAME') {
      const n = base(type, name, o);
      n.fills = o.img ? [image(o.img)] : o.fill ? [solid(o.fill)] : [];
      if (o.stroke) n.strokes = [solid(o.stroke)];
      if (o.radius !== undefined) n.cornerRadius = o.radius;
      if (o.layout) {
        n.layoutMode = o.layout;
        n.itemSpacing = o.gap ?? 0;
        n.paddingLeft = n.paddingRight = o.padX ?? o.pad ?? 0;
        n.paddingTop = n.paddingBottom = o.padY ?? o.pad ?? 0;
        n.primaryAxisAlignItems = o.justify ?? 'MIN';
        n.counterAxisAlignItems = o.alignItems ?? 'MIN';
      }
      n.clipsContent = type === 'FRAME' ? !!o.clip : undefined;
      if (o.componentId) n.componentId = o.componentId;
      n.children = children.filter(Boolean);
      return n;
    },
    group(name, children, o = {}) {
      const n = base('GROUP', name, o);
      n._group = true;
      n.children = children.filter(Boolean);
      return n;
    },
    instance(componentId, name, o = {}, children = []) {
      return api.frame(name, { ...o, componentId }, children, 'INSTANCE');
    },
    component(name, o = {}, children = [], description = '') {
      const n = api.frame(name, o, children, 'COMPONENT');
      components[n.id] = { key: `k${n.id.replace(':', 'x')}${name.length}`, name, description };
      return n;
    },
    componentSet(name, o, variants) {
      const n = api.frame(name, o, variants, 'COMPONENT_SET');
      componentSets[n.id] = { key: `s${n.id.replace(':', 'x')}`, name, description: '' };
      for (const v of variants) components[v.id].componentSetId = n.id;
      return n;
    },
    section(name, o, children) {
      return api.frame(name, o, children, 'SECTION');
    },
    canvas(name, children, o = {}) {
      const n = { id: `${page}:0`, name, type: 'CANVAS', children, backgroundColor: hex(o.bg ?? '#E5E5E5') };
      n.flowStartingPoints = (o.starts ?? []).map((s) => ({ nodeId: keyed.get(s.key).id, name: s.name }));
      n.prototypeStartNodeID = o.protoStart ? keyed.get(o.protoStart).id : null;
      return n;
    },
    build(canvases, { legacy = false } = {}) {
      for (const c of canvases) for (const ch of c.children) measure(ch);
      for (const c of canvases) for (const ch of c.children) place(ch, 0, 0);
      const resolve = (node) => {
        if (node._links) {
          const acts = node._links.map((l) => {
            const d = keyed.get(l.key);
            if (!d) throw new Error(`missing link target ${l.key}`);
            return { type: 'NODE', destinationId: d.id, navigation: l.nav ?? 'NAVIGATE', transition: l.nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null, resetVideoPosition: false };
          });
          if (legacy || node._legacy) {
            node.transitionNodeID = acts[0].destinationId;
            node.transitionDuration = 300;
            node.transitionEasing = 'EASE_OUT';
          } else {
            node.interactions = [{ trigger: { type: node._hover ? 'ON_HOVER' : 'ON_CLICK' }, actions: acts }];
          }
        }
        if (node._actions) {
          node.interactions = node.interactions ?? [];
          node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: node._actions });
        }
        for (const k of Object.keys(node)) if (k.startsWith('_')) delete node[k];
        if (node.clipsContent === undefined) delete node.clipsContent;
        for (const ch of node.children ?? []) resolve(ch);
      };
      for (const c of canvases) for (const ch of c.children) resolve(ch);
      return {
        name: meta.name,
        lastModified: meta.lastModified,
        thumbnailUrl: `https://s3-alpha.figma.com/thumbnails/${meta.thumb}`,
        version: meta.version,
        role: 'owner',
        editorType: 'figma',
        linkAccess: 'view',
        schemaVersion: 0,
        document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: canvases },
        components,
        componentSets,
        styles: meta.styles ?? {},
      };
    },
    legacy(node) {
      node._legacy = true;
      return node;
    },
    hover(node) {
      node._hover = true;
      return node;
    },
  };
  return api;
}

// Bottom-up sizing: auto-layout frames hug their children when no size is given.
function measure(n) {
  for (const c of n.children ?? []) measure(c);
  if (n._group) {
    const cs = n.children;
    const x0 = Math.min(...cs.map((c) => c._x));
    const y0 = Math.min(...cs.map((c) => c._y));
    n._gx = x0;
    n._gy = y0;
    n._w = Math.max(...cs.map((c) => c._x + c._w)) - x0;
    n._h = Math.max(...cs.map((c) => c._y + c._h)) - y0;
    return;
  }
  if (n.layoutMode) {
    const vis = n.children;
    const vert = n.layoutMode === 'VERTICAL';
    const main = vis.reduce((s, c) => s + (vert ? c._h : c._w), 0) + n.itemSpacing * Math.max(0, vis.length - 1);
    const cross = Math.max(0, ...vis.map((c) => (vert ? c._w : c._h)));
    if (n._w === undefined) n._w = vert ? cross + n.paddingLeft * 2 : main + n.paddingLeft * 2;
    if (n._h === undefined) n._h = vert ? main + n.paddingTop * 2 : cross + n.paddingTop * 2;
    let cur = vert ? n.paddingTop : n.paddingLeft;
    for (const c of vis) {
      if (vert) {
        c._y = cur;
        c._x = n.counterAxisAlignItems === 'CENTER' ? Math.round((n._w - c._w) / 2) : n.paddingLeft;
        cur += c._h + n.itemSpacing;
      } else {
        c._x = cur;
        c._y = n.counterAxisAlignItems === 'CENTER' ? Math.round((n._h - c._h) / 2) : n.paddingTop;
        cur += c._w + n.itemSpacing;
      }
      if (c._group) {
        // shift the group's children so that the group box lands at (c._x, c._y)
        const dx = c._x - c._gx;
        const dy = c._y - c._gy;
        shiftGroup(c, dx, dy);
      }
    }
  }
  if (n._w === undefined) n._w = 100;
  if (n._h === undefined) n._h = 40;
}
function shiftGroup(g, dx, dy) {
  for (const c of g.children) {
    c._x += dx;
    c._y += dy;
    if (c._group) shiftGroup(c, dx, dy);
  }
  g._gx += dx;
  g._gy += dy;
}

function place(n, px, py) {
  if (n._group) {
    for (const c of n.children) place(c, px, py);
    n.absoluteBoundingBox = { x: px + n._gx, y: py + n._gy, width: n._w, height: n._h };
    return;
  }
  const ax = px + n._x;
  const ay = py + n._y;
  n.absoluteBoundingBox = { x: ax, y: ay, width: n._w, height: n._h };
  for (const c of n.children ?? []) place(c, ax, ay);
}

export function writeJson(path, obj) {
  writeFileSync(path, JSON.stringify(obj, null, 1) + '\n');
}

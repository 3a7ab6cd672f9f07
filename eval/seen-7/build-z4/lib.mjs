// Small deterministic builder for Figma REST-shaped JSON files (no dependencies).
import { writeFileSync } from 'node:fs';

const hex = (h) => {
  const s = h.replace('#', '');
  const a = s.length === 8 ? parseInt(s.slice(6, 8), 16) / 255 : 1;
  return {
    r: +(parseInt(s.slice(0, 2), 16) / 255).toFixed(4),
    g: +(parseInt(s.slice(2, 4), 16) / 255).toFixed(4),
    b: +(parseInt(s.slice(4, 6), 16) / 255).toFixed(4),
    a: +a.toFixed(4),
  };
};
export const solid = (h) => [{ type: 'SOLID', color: hex(h) }];

const mk = (type, name, o = {}, kids = []) => ({ type, name, o, kids: kids.filter(Boolean), ix: [] });

/** Frame. o: x,y,w,h, fill, radius, stroke, layout 'V'|'H', gap, pad, align, justify, hidden */
export const F = (name, o, kids) => mk('FRAME', name, o, kids);
export const G = (name, kids, o = {}) => mk('GROUP', name, o, kids);
export const SEC = (name, o, kids) => mk('SECTION', name, o, kids);
export const R = (name, o) => mk('RECTANGLE', name, o);
export const V = (name, o) => mk('VECTOR', name, o);
export const E = (name, o) => mk('ELLIPSE', name, o);
export const COMP = (name, o, kids) => mk('COMPONENT', name, o, kids);
export const CSET = (name, o, kids) => mk('COMPONENT_SET', name, o, kids);
export const INST = (name, comp, o, kids) => { const n = mk('INSTANCE', name, o, kids); n.comp = comp; return n; };
export const IMG = (name, w, h, ref, o = {}) => mk('RECTANGLE', name, { ...o, w, h, image: ref });

/** Text. o: size, weight, color, w, deco, family, name, x, y, hidden, align */
export const T = (chars, o = {}) => {
  const n = mk('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 60), o);
  n.chars = chars;
  return n;
};

export const go = (node, dest, nav = 'NAVIGATE') => { node.ix.push({ kind: 'NODE', dest, nav }); return node; };
export const back = (node) => { node.ix.push({ kind: 'BACK' }); return node; };
export const closeIx = (node) => { node.ix.push({ kind: 'CLOSE' }); return node; };
export const url = (node, u) => { node.ix.push({ kind: 'URL', url: u }); return node; };
export const oldLink = (node, dest) => { node.old = dest; return node; };

const pad4 = (p) => (p == null ? [0, 0, 0, 0] : typeof p === 'number' ? [p, p, p, p] : p.length === 2 ? [p[0], p[1], p[0], p[1]] : p);

function textSize(n) {
  const size = n.o.size ?? 14;
  const lines = n.chars.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  const perChar = size * 0.52;
  const w = n.o.w ?? Math.ceil(Math.max(8, longest * perChar));
  let count = 0;
  for (const l of lines) count += Math.max(1, Math.ceil((l.length * perChar) / w));
  return [w, n.o.h ?? Math.ceil(count * size * 1.4)];
}

function layout(n) {
  for (const k of n.kids) layout(k);
  const o = n.o;
  if (n.type === 'TEXT') { [n.w, n.h] = textSize(n); return; }
  const shown = n.kids.filter((k) => !k.o.hidden);
  if (o.layout) {
    const [pt, pr, pb, pl] = pad4(o.pad);
    const gap = o.gap ?? 0;
    if (o.layout === 'V') {
      const inner = Math.max(0, ...shown.map((k) => k.w));
      n.w = o.w ?? inner + pl + pr;
      let y = pt;
      for (const k of shown) {
        if (k.o.fillW) { k.w = n.w - pl - pr; if (k.type === 'TEXT') [, k.h] = textSize({ ...k, o: { ...k.o, w: k.w } }); }
        k.rx = o.align === 'CENTER' ? Math.round((n.w - k.w) / 2) : pl;
        k.ry = y; y += k.h + gap;
      }
      n.h = o.h ?? (shown.length ? y - gap : y) + pb;
    } else {
      let x = pl;
      const inner = Math.max(0, ...shown.map((k) => k.h));
      n.h = o.h ?? inner + pt + pb;
      const total = shown.reduce((s, k) => s + k.w, 0) + gap * Math.max(0, shown.length - 1);
      n.w = o.w ?? total + pl + pr;
      if (o.justify === 'CENTER') x = Math.round((n.w - total) / 2);
      if (o.justify === 'SPACE_BETWEEN' && shown.length > 1) {
        const g2 = (n.w - pl - pr - shown.reduce((s, k) => s + k.w, 0)) / (shown.length - 1);
        for (const k of shown) { k.rx = Math.round(x); k.ry = Math.round((n.h - k.h) / 2); x += k.w + g2; }
      } else {
        for (const k of shown) { k.rx = x; k.ry = o.align === 'START' ? pt : Math.round((n.h - k.h) / 2); x += k.w + gap; }
      }
    }
    for (const k of n.kids.filter((kk) => kk.o.hidden)) { k.rx = k.o.x ?? pad4(o.pad)[3]; k.ry = k.o.y ?? pad4(o.pad)[0]; }
    return;
  }
  for (const k of n.kids) { k.rx = k.o.x ?? 0; k.ry = k.o.y ?? 0; }
  if (n.type === 'GROUP' || n.type === 'SECTION' || (o.w == null && n.kids.length)) {
    const minx = Math.min(...n.kids.map((k) => k.rx));
    const miny = Math.min(...n.kids.map((k) => k.ry));
    const maxx = Math.max(...n.kids.map((k) => k.rx + k.w));
    const maxy = Math.max(...n.kids.map((k) => k.ry + k.h));
    if (n.type === 'GROUP') {
      for (const k of n.kids) { k.rx -= minx; k.ry -= miny; }
      n.w = maxx - minx; n.h = maxy - miny;
      if (o.x == null) { n.o.x = minx; n.o.y = miny; }
      return;
    }
    const m = n.type === 'SECTION' ? 80 : 0;
    for (const k of n.kids) { k.rx += m; k.ry += m; }
    n.w = o.w ?? maxx + 2 * m; n.h = o.h ?? maxy + 2 * m;
    return;
  }
  n.w = o.w ?? 24; n.h = o.h ?? 24;
}

export class Doc {
  constructor(name, lastModified) {
    this.name = name; this.lastModified = lastModified; this.pages = [];
  }
  page(name, kids, opts = {}) { const p = { name, kids, opts }; this.pages.push(p); return p; }
  build(path) {
    let seq = 1;
    const all = [];
    const components = {}; const componentSets = {};
    const walk = (n, pageNo, ax, ay) => {
      n.id = `${pageNo}:${seq++}`; n.ax = ax; n.ay = ay; all.push(n);
      for (const k of n.kids) walk(k, pageNo, ax + k.rx, ay + k.ry);
    };
    this.pages.forEach((p, i) => {
      p.id = `0:${i + 1}`;
      for (const k of p.kids) { layout(k); k.rx = k.o.x ?? 0; k.ry = k.o.y ?? 0; }
      for (const k of p.kids) walk(k, i + 1, k.rx, k.ry);
    });
    let key = 0x3f1a;
    for (const n of all) {
      if (n.type === 'COMPONENT_SET') componentSets[n.id] = { key: `cs${(key++).toString(16)}a91e`, name: n.name, description: n.o.desc ?? '' };
    }
    const setOf = new Map();
    for (const n of all) if (n.type === 'COMPONENT_SET') for (const k of n.kids) setOf.set(k, n.id);
    for (const n of all) {
      if (n.type === 'COMPONENT') {
        components[n.id] = { key: `c${(key++).toString(16)}7be2`, name: n.name, description: n.o.desc ?? '' };
        if (setOf.has(n)) components[n.id].componentSetId = setOf.get(n);
      }
    }
    const out = (n) => {
      const o = n.o;
      const r = { id: n.id, name: n.name, type: n.type };
      if (o.hidden) r.visible = false;
      r.absoluteBoundingBox = { x: Math.round(n.ax), y: Math.round(n.ay), width: Math.round(n.w), height: Math.round(n.h) };
      if (n.type === 'TEXT') {
        r.characters = n.chars;
        r.style = { fontFamily: o.family ?? 'Inter', fontSize: o.size ?? 14, fontWeight: o.weight ?? 400, textAlignHorizontal: o.talign ?? 'LEFT', lineHeightPx: Math.round((o.size ?? 14) * 1.4) };
        if (o.deco) r.style.textDecoration = o.deco;
        r.fills = solid(o.color ?? '#1B1B1F');
      } else if (o.image) {
        r.fills = [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: o.image }];
      } else if (o.fill) {
        r.fills = Array.isArray(o.fill) ? o.fill : solid(o.fill);
      } else if (n.type === 'FRAME' || n.type === 'INSTANCE' || n.type === 'COMPONENT' || n.type === 'GROUP') {
        r.fills = [];
      } else if (n.type === 'VECTOR' || n.type === 'RECTANGLE' || n.type === 'ELLIPSE') {
        r.fills = solid('#C9CCD3');
      }
      if (o.stroke) { r.strokes = solid(o.stroke); r.strokeWeight = o.strokeW ?? 1; }
      if (o.radius != null) r.cornerRadius = o.radius;
      if (o.layout) {
        const [pt, pr, pb, pl] = pad4(o.pad);
        r.layoutMode = o.layout === 'V' ? 'VERTICAL' : 'HORIZONTAL';
        r.itemSpacing = o.gap ?? 0;
        Object.assign(r, { paddingTop: pt, paddingRight: pr, paddingBottom: pb, paddingLeft: pl });
        r.primaryAxisAlignItems = o.justify ?? 'MIN';
        r.counterAxisAlignItems = o.align ?? 'MIN';
      }
      if (n.type === 'FRAME' && o.clip !== false && n.kids.length) r.clipsContent = !!o.clip;
      if (n.comp) r.componentId = n.comp.id;
      if (n.ix.length) {
        r.interactions = [{
          trigger: { type: o.trigger ?? 'ON_CLICK' },
          actions: n.ix.map((a) => (a.kind === 'NODE'
            ? { type: 'NODE', destinationId: a.dest.id, navigation: a.nav, transition: a.nav === 'SWAP' || a.nav === 'OVERLAY' ? { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.2 } : null, preserveScrollPosition: false }
            : a.kind === 'URL' ? { type: 'URL', url: a.url } : { type: a.kind })),
        }];
      }
      if (n.old) r.transitionNodeID = n.old.id;
      if (n.kids.length) r.children = n.kids.map(out);
      return r;
    };
    const doc = {
      name: this.name, lastModified: this.lastModified, thumbnailUrl: '', version: String(2091400000 + this.name.length * 7919), role: 'viewer',
      editorType: 'figma', linkAccess: 'inherit', schemaVersion: 0,
      document: {
        id: '0:0', type: 'DOCUMENT', name: 'Document',
        children: this.pages.map((p) => {
          const c = { id: p.id, name: p.name, type: 'CANVAS', backgroundColor: hex(p.opts.bg ?? '#F5F5F5'), children: p.kids.map(out) };
          c.flowStartingPoints = (p.opts.starts ?? []).map(([node, nm]) => ({ nodeId: node.id, name: nm }));
          if (p.opts.startNode) c.prototypeStartNodeID = p.opts.startNode.id;
          else if (c.flowStartingPoints.length) c.prototypeStartNodeID = c.flowStartingPoints[0].nodeId;
          else c.prototypeStartNodeID = null;
          return c;
        }),
      },
      components, componentSets, styles: {},
    };
    writeFileSync(path, JSON.stringify(doc, null, 1) + '\n');
    return { nodes: all.length, doc };
  }
}

/** Lay screens out in a row on the canvas (or inside a section). */
export function row(frames, x0 = 0, y0 = 0, gap = 120) {
  let x = x0;
  for (const f of frames) { f.o.x = x; f.o.y = y0; x += (f.o.w ?? 375) + gap; }
  return frames;
}

export function writeTruth(path, t) { writeFileSync(path, JSON.stringify(t, null, 2) + '\n'); }
export const WRITER = 'held-out writer Z4 (from the checklist facts and the REST format only; repository not read)';

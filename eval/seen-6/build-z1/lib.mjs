// Small deterministic builder for Figma REST-format documents.
// Nodes are created with positions relative to their parent; `finish` runs a
// simple auto-layout pass and then writes absolute bounding boxes.
import { writeFileSync } from 'node:fs';

let P = 1;
let N = 1;
let FONT = 'Inter';

export function page(p, start = 1) {
  P = p;
  N = start;
}
export function setFont(f) {
  FONT = f;
}
export const nid = () => `${P}:${N++}`;

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  const c = (i) => Math.round((parseInt(v.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: c(0), g: c(2), b: c(4), a };
}
export const solid = (h, opacity) =>
  opacity == null ? { type: 'SOLID', color: hex(h) } : { type: 'SOLID', opacity, color: hex(h) };
export const img = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

// prototype actions
const nodeAct = (navigation) => (destinationId) => ({
  type: 'NODE',
  destinationId,
  navigation,
  transition: navigation === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null,
});
export const nav = nodeAct('NAVIGATE');
export const swap = nodeAct('SWAP');
export const overlay = nodeAct('OVERLAY');
export const scrollTo = nodeAct('SCROLL_TO');
export const changeTo = nodeAct('CHANGE_TO');
export const BACK = { type: 'BACK' };
export const CLOSE = { type: 'CLOSE' };
export const url = (u) => ({ type: 'URL', url: u });

function base(type, name, o = {}) {
  const n = { id: o.id ?? nid(), name, type };
  if (o.visible === false) n.visible = false;
  n._x = o.x;
  n._y = o.y;
  n._w = o.w;
  n._h = o.h;
  n._hug = o.hug;
  n._grow = o.grow;
  if (o.fill) n.fills = [typeof o.fill === 'string' ? solid(o.fill) : o.fill];
  else if (o.fills) n.fills = o.fills;
  else if (type !== 'TEXT') n.fills = [];
  if (o.stroke) {
    n.strokes = [solid(o.stroke)];
    n.strokeWeight = o.sw ?? 1;
  }
  if (o.r != null) n.cornerRadius = o.r;
  if (o.opacity != null) n.opacity = o.opacity;
  const ix = [];
  if (o.on) ix.push({ trigger: { type: 'ON_CLICK' }, actions: o.on });
  if (o.hover) ix.push({ trigger: { type: 'ON_HOVER' }, actions: o.hover });
  if (ix.length) n.interactions = ix;
  if (o.tid) n.transitionNodeID = o.tid;
  return n;
}

function setLayout(n, o, mode) {
  n.layoutMode = mode;
  const p = o.pad ?? 0;
  const [pt, pr, pb, pl] = Array.isArray(p)
    ? p.length === 2
      ? [p[0], p[1], p[0], p[1]]
      : p
    : [p, p, p, p];
  Object.assign(n, { paddingTop: pt, paddingRight: pr, paddingBottom: pb, paddingLeft: pl });
  n.itemSpacing = o.gap ?? 0;
  n.primaryAxisAlignItems = o.main ?? 'MIN';
  n.counterAxisAlignItems = o.cross ?? (mode === 'HORIZONTAL' ? 'CENTER' : 'MIN');
  n.primaryAxisSizingMode = o.h != null && mode === 'VERTICAL' ? 'FIXED' : 'AUTO';
  n.counterAxisSizingMode = 'FIXED';
}

export function T(chars, o = {}) {
  const n = base('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 48), o);
  n.characters = chars;
  const size = o.size ?? 14;
  n.style = {
    fontFamily: o.font ?? FONT,
    fontWeight: o.weight ?? 400,
    fontSize: size,
    textAlignHorizontal: o.align ?? 'LEFT',
    lineHeightPx: Math.round(size * 1.4),
  };
  if (o.deco) n.style.textDecoration = o.deco;
  n.fills = [solid(o.color ?? '#1B1B1F')];
  n._text = true;
  return n;
}
export function F(name, o = {}, kids = []) {
  const n = base(o.type ?? 'FRAME', name, o);
  if (o.cid) n.componentId = o.cid;
  if (o.clip) n.clipsContent = true;
  n.children = kids;
  return n;
}
export const col = (name, o = {}, kids = []) => {
  const n = F(name, o, kids);
  setLayout(n, o, 'VERTICAL');
  return n;
};
export const row = (name, o = {}, kids = []) => {
  const n = F(name, o, kids);
  setLayout(n, o, 'HORIZONTAL');
  return n;
};
export const I = (cid, name, o = {}, kids = []) => {
  const mk = o.layout === 'H' ? row : o.layout === 'V' ? col : F;
  return mk(name, { ...o, type: 'INSTANCE', cid }, kids);
};
export const G = (name, kids, o = {}) => F(name, { ...o, type: 'GROUP' }, kids);
export const R = (name, o = {}) => base('RECTANGLE', name, o);
export const V = (name, o = {}) => base('VECTOR', name, o);
export const E = (name, o = {}) => base('ELLIPSE', name, o);
export const L = (name, o = {}) => base('LINE', name, { h: 0, ...o });

function lines(n) {
  const s = n.style.fontSize;
  const cw = s * (n.style.fontWeight >= 600 ? 0.56 : 0.52);
  return { cw, lh: n.style.lineHeightPx, paras: n.characters.split('\n') };
}
function measureText(n, avail) {
  const { cw, lh, paras } = lines(n);
  const natural = Math.ceil(Math.max(...paras.map((p) => p.length)) * cw) + 2;
  let w = n._w ?? (avail != null && !n._hug ? avail : natural);
  if (n._w == null && avail != null && n._hug) w = Math.min(natural, avail);
  const count = paras.reduce((a, p) => a + Math.max(1, Math.ceil((p.length * cw) / w)), 0);
  n._w = w;
  n._h = n._h ?? count * lh;
}

function measure(n, avail) {
  if (n._text) return measureText(n, avail);
  const kids = n.children ?? [];
  if (n.layoutMode === 'VERTICAL') {
    const pl = n.paddingLeft;
    const pr = n.paddingRight;
    let w = n._w ?? (n._hug ? undefined : avail);
    const inner = w != null ? w - pl - pr : undefined;
    for (const c of kids) {
      if (c._w == null && !c._hug && inner != null) c.layoutAlign = 'STRETCH';
      measure(c, inner);
    }
    if (w == null) w = Math.max(0, ...kids.map((c) => c._w)) + pl + pr;
    const innerW = w - pl - pr;
    let y = n.paddingTop;
    for (const c of kids) {
      c._x =
        n.counterAxisAlignItems === 'CENTER'
          ? pl + Math.round((innerW - c._w) / 2)
          : n.counterAxisAlignItems === 'MAX'
            ? pl + innerW - c._w
            : pl;
      c._y = y;
      y += c._h + n.itemSpacing;
    }
    const contentH = (kids.length ? y - n.itemSpacing : y) + n.paddingBottom;
    const h = n._h ?? contentH;
    if (n._h != null && n.primaryAxisAlignItems === 'CENTER') {
      const off = Math.round((h - contentH) / 2);
      for (const c of kids) c._y += off;
    }
    n._w = w;
    n._h = h;
    return;
  }
  if (n.layoutMode === 'HORIZONTAL') {
    const pl = n.paddingLeft;
    const pr = n.paddingRight;
    let w = n._w ?? (n._hug ? undefined : avail);
    for (const c of kids) if (!c._grow) measure(c, undefined);
    const fixed = kids.filter((c) => !c._grow).reduce((a, c) => a + c._w, 0);
    const gaps = n.itemSpacing * Math.max(0, kids.length - 1);
    const growers = kids.filter((c) => c._grow);
    if (growers.length) {
      const rem = w != null ? Math.max(20, (w - pl - pr - fixed - gaps) / growers.length) : 120;
      for (const c of growers) {
        c.layoutGrow = 1;
        c._w = c._w ?? Math.floor(rem);
        measure(c, c._w);
      }
    }
    const total = kids.reduce((a, c) => a + c._w, 0) + gaps;
    if (w == null) w = total + pl + pr;
    const maxH = Math.max(0, ...kids.map((c) => c._h));
    const h = n._h ?? maxH + n.paddingTop + n.paddingBottom;
    let x = pl;
    let gap = n.itemSpacing;
    if (n.primaryAxisAlignItems === 'SPACE_BETWEEN' && kids.length > 1)
      gap = (w - pl - pr - (total - gaps)) / (kids.length - 1);
    if (n.primaryAxisAlignItems === 'CENTER') x = pl + Math.round((w - pl - pr - total) / 2);
    if (n.primaryAxisAlignItems === 'MAX') x = w - pr - total;
    const innerH = h - n.paddingTop - n.paddingBottom;
    for (const c of kids) {
      c._x = Math.round(x);
      c._y =
        n.counterAxisAlignItems === 'MIN'
          ? n.paddingTop
          : n.paddingTop + Math.round((innerH - c._h) / 2);
      x += c._w + gap;
    }
    n._w = w;
    n._h = h;
    return;
  }
  // absolute positioning (frames, groups, instances, sections, shapes)
  const w0 = n._w ?? (n.type === 'GROUP' || n._hug ? undefined : avail);
  for (const c of kids) {
    const cAvail = c._text && w0 != null ? w0 - (c._x ?? 0) * 2 : w0 != null && !c._w ? w0 - (c._x ?? 0) * 2 : undefined;
    measure(c, c._text ? (c._w ?? (c._hug ? undefined : cAvail)) : c._w == null ? cAvail : undefined);
    c._x = c._x ?? 0;
    c._y = c._y ?? 0;
  }
  n._w = w0 ?? Math.max(1, ...kids.map((c) => c._x + c._w));
  n._h = n._h ?? Math.max(1, ...kids.map((c) => c._y + c._h));
}

function place(n, ax, ay) {
  const x = Math.round(ax);
  const y = Math.round(ay);
  n.absoluteBoundingBox = { x, y, width: Math.round(n._w), height: Math.round(n._h) };
  for (const c of n.children ?? []) place(c, x + c._x, y + c._y);
  for (const k of ['_x', '_y', '_w', '_h', '_hug', '_grow', '_text']) delete n[k];
  // keep a stable key order: id, name, type first, children last
  if (n.children) {
    const ch = n.children;
    delete n.children;
    n.children = ch;
  }
}

// a top-level frame (screen) or section, at absolute canvas coordinates
export function screen(id, name, x, y, w, h, o, kids) {
  const mk = o.layout === 'V' ? col : o.layout === 'H' ? row : F;
  const n = mk(name, { fill: '#FFFFFF', ...o, id, w, h, clip: true }, kids);
  n._x = x;
  n._y = y;
  return n;
}
export function section(name, x, y, w, h, kids, o = {}) {
  const n = F(name, { ...o, type: 'SECTION', w, h }, kids);
  n._x = x;
  n._y = y;
  delete n.clipsContent;
  return n;
}

export function canvas(id, name, kids, o = {}) {
  const c = { id, name, type: 'CANVAS', backgroundColor: hex(o.bg ?? '#E5E5E5') };
  for (const k of kids) {
    measure(k, undefined);
    place(k, k._x ?? 0, k._y ?? 0);
  }
  c.children = kids;
  c.flowStartingPoints = (o.flows ?? []).map(([nodeId, name]) => ({ nodeId, name }));
  if (o.start) c.prototypeStartNodeID = o.start;
  else if (o.flows && o.flows.length) c.prototypeStartNodeID = o.flows[0][0];
  else c.prototypeStartNodeID = null;
  if (o.noFlowKey) delete c.flowStartingPoints;
  return c;
}

export function countNodes(n) {
  return 1 + (n.children ?? []).reduce((a, c) => a + countNodes(c), 0);
}

export function writeFile(dir, name, meta, canvases, comps = {}, sets = {}) {
  const doc = {
    name: meta.title,
    lastModified: meta.lastModified,
    thumbnailUrl: '',
    version: meta.version,
    role: meta.role ?? 'editor',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: canvases },
    components: comps,
    componentSets: sets,
    styles: meta.styles ?? {},
  };
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(doc, null, 1) + '\n');
  return countNodes(doc.document);
}

export function writeTruth(dir, name, t) {
  const truth = {
    file: `${name}.json`,
    kind: t.kind,
    writtenBy:
      'held-out writer Z1 (from the checklist facts and the REST format only; repository not read)',
    description: t.description,
    present: t.present,
    absent: t.absent,
    notes: t.notes,
    flow: t.flow,
  };
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
}

// common shapes, built the ways designers build them
export function btnFrame(label, o = {}) {
  const { name = 'Frame ' + (o.num ?? 12), size = 16, color = '#FFFFFF', weight = 600, ...rest } = o;
  return row(name, { pad: [12, 20], main: 'CENTER', r: 8, ...rest }, [T(label, { size, color, weight, hug: true })]);
}
export function btnGroup(label, w, h, o = {}) {
  const { name = 'Group ' + (o.num ?? 3), fill = '#111111', color = '#FFFFFF', size = 15, r = 6, on, vector = false } = o;
  const shape = vector
    ? V('Vector', { w, h, fill, r })
    : R(o.rectName ?? 'Rectangle ' + (o.num ?? 4), { w, h, fill, r });
  const t = T(label, { size, color, weight: 600, align: 'CENTER', w: w - 24, x: 12, on });
  t._y = Math.round((h - Math.round(size * 1.4)) / 2);
  return G(name, [shape, t], { x: o.x, y: o.y });
}
export const linkText = (s, o = {}) => T(s, { size: 14, color: '#2B59C3', hug: true, ...o });
export function box20(kind = 'RECTANGLE', o = {}) {
  const mk = kind === 'VECTOR' ? V : R;
  return mk(o.name ?? (kind === 'VECTOR' ? 'Vector' : 'Rectangle 7'), { w: 20, h: 20, stroke: o.stroke ?? '#6B6B75', sw: 1.5, r: 4, fill: o.fill });
}
export const logoImg = (ref, size = 40, o = {}) =>
  R(o.name ?? 'image ' + ref.slice(0, 3), { w: size, h: size, r: o.r ?? 8, fills: [img(ref)], ...o });
export const spacer = (h, name = 'Frame') => F(name, { h, fills: [] }, []);

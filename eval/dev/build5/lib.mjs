// Small deterministic helpers for writing Figma REST-format files by hand.
// No dependencies. Every node gets a page-scoped id "page:n".
import { writeFileSync } from 'node:fs';

let PAGE = 1;
let SEQ = 1;
const COMPONENTS = {};
const COMPONENT_SETS = {};

export function reset() {
  PAGE = 1;
  SEQ = 1;
  for (const k of Object.keys(COMPONENTS)) delete COMPONENTS[k];
  for (const k of Object.keys(COMPONENT_SETS)) delete COMPONENT_SETS[k];
}
export function page(n) {
  PAGE = n;
  SEQ = 1;
}
const nid = () => `${PAGE}:${SEQ++}`;

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  const c = (i) => Math.round((parseInt(v.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: c(0), g: c(2), b: c(4), a };
}
export const solid = (h, opacity) => {
  const f = { type: 'SOLID', color: hex(h) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};
export const img = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

// TEXT
export function T(chars, o = {}) {
  const n = {
    id: nid(),
    name: o.name ?? chars.replace(/\n/g, ' ').slice(0, 40),
    type: 'TEXT',
    characters: chars,
    style: {
      fontFamily: o.font ?? 'Inter',
      fontSize: o.size ?? 14,
      fontWeight: o.weight ?? 400,
      textAlignHorizontal: o.talign ?? 'LEFT',
      lineHeightPx: Math.round((o.size ?? 14) * 1.4),
    },
    fills: [solid(o.color ?? '#1F2430')],
  };
  if (o.underline) n.style.textDecoration = 'UNDERLINE';
  if (o.hidden) n.visible = false;
  n._w = o.w;
  n._x = o.x;
  n._y = o.y;
  n._hug = o.hug;
  return n;
}

function base(type, name, o) {
  const n = { id: nid(), name, type };
  if (o.hidden) n.visible = false;
  if (o.fill) n.fills = [typeof o.fill === 'string' ? solid(o.fill) : o.fill];
  else if (type !== 'GROUP' && type !== 'SECTION') n.fills = [];
  if (o.stroke) {
    n.strokes = [solid(o.stroke)];
    n.strokeWeight = o.strokeWeight ?? 1;
  }
  if (o.radius !== undefined) n.cornerRadius = o.radius;
  if (o.effects) n.effects = o.effects;
  n._w = o.w;
  n._h = o.h;
  n._x = o.x;
  n._y = o.y;
  n._grow = o.grow;
  n._fillW = o.fillW;
  return n;
}

// FRAME. o.dir: 'V' | 'H' (auto layout) or undefined (absolute children).
export function F(name, o = {}, children = []) {
  const n = base(o.type ?? 'FRAME', name, o);
  if (o.dir) {
    n.layoutMode = o.dir === 'V' ? 'VERTICAL' : 'HORIZONTAL';
    n.itemSpacing = o.gap ?? 8;
    const p = o.pad ?? 0;
    const [pv, ph] = Array.isArray(p) ? p : [p, p];
    n.paddingTop = pv;
    n.paddingBottom = pv;
    n.paddingLeft = ph;
    n.paddingRight = ph;
    n.primaryAxisAlignItems = o.justify ?? 'MIN';
    n.counterAxisAlignItems = o.align ?? (o.dir === 'H' ? 'CENTER' : 'MIN');
  }
  if (n.type === 'FRAME' || n.type === 'COMPONENT' || n.type === 'INSTANCE') n.clipsContent = o.clip ?? false;
  if (o.componentId) n.componentId = o.componentId;
  n.children = children.filter(Boolean);
  return n;
}
export const R = (name, o = {}) => base('RECTANGLE', name, o);
export const Vec = (name, o = {}) => base('VECTOR', name, o);
export const E = (name, o = {}) => base('ELLIPSE', name, o);
export const L = (name, o = {}) => {
  const n = base('LINE', name, { ...o, h: o.h ?? 0 });
  n.strokes = [solid(o.color ?? '#E3E6EC')];
  n.strokeWeight = 1;
  return n;
};
export const G = (name, children, o = {}) => {
  const n = base('GROUP', name, o);
  n.children = children.filter(Boolean);
  return n;
};
export const S = (name, o, children) => F(name, { ...o, type: 'SECTION' }, children);

// Components
export function C(name, o = {}, children = [], meta = {}) {
  const n = F(name, { ...o, type: 'COMPONENT' }, children);
  COMPONENTS[n.id] = { key: keyOf(n.id + name), name, description: meta.description ?? '' };
  if (meta.setId) COMPONENTS[n.id].componentSetId = meta.setId;
  return n;
}
export function CS(name, o, variants) {
  const n = F(name, { ...o, type: 'COMPONENT_SET' }, variants);
  COMPONENT_SETS[n.id] = { key: keyOf(n.id + name), name, description: '' };
  for (const v of variants) COMPONENTS[v.id].componentSetId = n.id;
  return n;
}
export const I = (comp, name, o = {}, children = []) => F(name, { ...o, type: 'INSTANCE', componentId: comp.id }, children);
function keyOf(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (h.toString(16) + 'a3f9c1e07b5d2468').slice(0, 16) + (h ^ 0x5bd1e995).toString(16).padStart(8, '0');
}

// Prototype links
export function go(node, dest, navigation = 'NAVIGATE') {
  node.interactions = node.interactions ?? [];
  node.interactions.push({
    trigger: { type: 'ON_CLICK' },
    actions: [{ type: 'NODE', destinationId: dest.id, navigation, transition: navigation === 'NAVIGATE' ? null : { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } }],
  });
  return node;
}
export function hover(node, dest) {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: dest.id, navigation: 'CHANGE_TO', transition: null }] });
  return node;
}
export function back(node) {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
  return node;
}
export function close(node) {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
  return node;
}
export function url(node, u) {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] });
  return node;
}
export function oldLink(node, dest) {
  node.transitionNodeID = dest.id;
  node.transitionDuration = 300;
  node.transitionEasing = 'EASE_IN_AND_OUT';
  return node;
}

// ---- layout ----
const textW = (n) => Math.ceil(Math.max(...n.characters.split('\n').map((l) => l.length)) * n.style.fontSize * 0.52);
function lay(n, avail) {
  if (n.type === 'TEXT') {
    const natural = textW(n);
    n._cw = n._w ?? (avail !== undefined && !n._hug ? avail : natural);
    let lines = 0;
    for (const l of n.characters.split('\n')) lines += Math.max(1, Math.ceil((l.length * n.style.fontSize * 0.52) / Math.max(n._cw, 1)));
    n._ch = lines * n.style.lineHeightPx;
    return;
  }
  const kids = n.children ?? [];
  if (n.layoutMode) {
    const pl = n.paddingLeft;
    const pt = n.paddingTop;
    const w0 = n._w ?? (n._fillW && avail !== undefined ? avail : undefined);
    if (n.layoutMode === 'VERTICAL') {
      const inner = w0 !== undefined ? w0 - 2 * pl : undefined;
      for (const c of kids) lay(c, c.type === 'TEXT' || c._fillW ? inner : undefined);
      const vis = kids.filter((c) => c.visible !== false);
      const cw = Math.max(0, ...vis.map((c) => c._cw));
      n._cw = w0 ?? cw + 2 * pl;
      const content = vis.reduce((s, c) => s + c._ch, 0) + Math.max(0, vis.length - 1) * n.itemSpacing;
      n._ch = Math.max(n._h ?? 0, content + 2 * pt);
      let y = pt + (n.primaryAxisAlignItems === 'CENTER' ? Math.max(0, (n._ch - 2 * pt - content) / 2) : 0);
      for (const c of kids) {
        c._rx = n.counterAxisAlignItems === 'CENTER' ? Math.round((n._cw - c._cw) / 2) : pl;
        c._ry = c.visible === false ? pt : Math.round(y);
        if (c.visible !== false) y += c._ch + n.itemSpacing;
      }
    } else {
      for (const c of kids) if (!c._grow) lay(c, undefined);
      const vis = kids.filter((c) => c.visible !== false);
      const fixed = vis.filter((c) => !c._grow).reduce((s, c) => s + c._cw, 0) + Math.max(0, vis.length - 1) * n.itemSpacing;
      const growers = vis.filter((c) => c._grow);
      if (growers.length) {
        const rest = w0 !== undefined ? Math.max(40, w0 - 2 * pl - fixed) : 200;
        for (const c of growers) lay(c, Math.floor(rest / growers.length));
        for (const c of growers) c._cw = Math.floor(rest / growers.length);
      }
      const used = vis.reduce((s, c) => s + c._cw, 0) + Math.max(0, vis.length - 1) * n.itemSpacing;
      n._cw = w0 ?? used + 2 * pl;
      n._ch = Math.max(n._h ?? 0, Math.max(0, ...vis.map((c) => c._ch)) + 2 * pt);
      let x = pl;
      let gap = n.itemSpacing;
      if (n.primaryAxisAlignItems === 'CENTER') x = Math.max(pl, (n._cw - used) / 2);
      if (n.primaryAxisAlignItems === 'SPACE_BETWEEN' && vis.length > 1) gap = (n._cw - 2 * pl - (used - (vis.length - 1) * n.itemSpacing)) / (vis.length - 1);
      for (const c of kids) {
        c._rx = Math.round(x);
        c._ry = n.counterAxisAlignItems === 'CENTER' ? Math.round((n._ch - c._ch) / 2) : pt;
        if (c.visible !== false) x += c._cw + gap;
      }
    }
    return;
  }
  // absolute children
  for (const c of kids) {
    lay(c, c._w);
    c._rx = c._x ?? 0;
    c._ry = c._y ?? 0;
  }
  if (n.type === 'GROUP') {
    const minx = Math.min(...kids.map((c) => c._rx));
    const miny = Math.min(...kids.map((c) => c._ry));
    for (const c of kids) {
      c._rx -= minx;
      c._ry -= miny;
    }
    n._cw = Math.max(...kids.map((c) => c._rx + c._cw));
    n._ch = Math.max(...kids.map((c) => c._ry + c._ch));
    n._gx = minx;
    n._gy = miny;
  } else {
    n._cw = n._w ?? (n._fillW && avail !== undefined ? avail : Math.max(0, ...kids.map((c) => c._rx + c._cw)));
    n._ch = n._h ?? Math.max(0, ...kids.map((c) => c._ry + c._ch));
  }
}
function place(n, ax, ay) {
  const x = ax + (n._rx ?? 0) + (n._gx ?? 0);
  const y = ay + (n._ry ?? 0) + (n._gy ?? 0);
  n.absoluteBoundingBox = { x, y, width: n._cw, height: n._ch };
  if (n.type !== 'TEXT') n.absoluteRenderBounds = { ...n.absoluteBoundingBox };
  for (const c of n.children ?? []) place(c, x, y);
  for (const k of Object.keys(n)) if (k.startsWith('_')) delete n[k];
  if (n.type === 'TEXT' || n.type === 'RECTANGLE' || n.type === 'VECTOR' || n.type === 'ELLIPSE' || n.type === 'LINE') delete n.children;
}

// A CANVAS with top-level frames placed at explicit positions (x,y on each child).
export function canvas(id, name, children, extra = {}) {
  const c = { id, name, type: 'CANVAS', backgroundColor: hex('#E5E5E5'), children: children.filter(Boolean), ...extra };
  if (!c.flowStartingPoints) c.flowStartingPoints = [];
  for (const k of c.children) {
    lay(k, k._w);
    k._rx = k._x ?? 0;
    k._ry = k._y ?? 0;
    place(k, 0, 0);
  }
  return c;
}

export function docOf(name, lastModified, pages) {
  return {
    name,
    lastModified,
    thumbnailUrl: 'https://s3-alpha.figma.com/thumbnails/' + keyOf(name),
    version: String(4000000000 + (keyOf(name).charCodeAt(3) * 7919)),
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'inherit',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: pages },
    components: { ...COMPONENTS },
    componentSets: { ...COMPONENT_SETS },
    styles: {},
  };
}

export const WRITTEN_BY = 'dev writer E (from the checklist facts and the REST format only; repository not read)';

export function save(dir, base, doc, truth) {
  writeFileSync(`${dir}/${base}.json`, JSON.stringify(doc, null, 1) + '\n');
  const t = { file: `${base}.json`, kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow: truth.flow };
  writeFileSync(`${dir}/${base}.truth.json`, JSON.stringify(t, null, 2) + '\n');
}

// tiny building blocks reused by every file
export const ZW = '\u200B';
export const NB = '\u00A0';
export function row(name, o, kids) {
  return F(name, { dir: 'H', gap: 8, ...o }, kids);
}
export function col(name, o, kids) {
  return F(name, { dir: 'V', gap: 8, ...o }, kids);
}

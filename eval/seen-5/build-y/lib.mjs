// Tiny deterministic builder for Figma REST-format files (no dependencies).
// Nodes are declared with coordinates relative to their parent; finish() turns
// them into absolute bounding boxes, assigns ids and resolves prototype links.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY =
  'held-out writer Y (from the checklist facts and the REST format only; repository not read)';

export function solid(hex, opacity) {
  const h = hex.replace('#', '');
  const c = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  const f = { type: 'SOLID', color: { r: c(0), g: c(2), b: c(4), a: 1 } };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
}

export function image(ref) {
  return { type: 'IMAGE', scaleMode: 'FILL', imageRef: ref };
}

function apply(n, o) {
  if (o.fill) n.fills = [solid(o.fill)];
  if (o.img) n.fills = [image(o.img)];
  if (o.stroke) {
    n.strokes = [solid(o.stroke)];
    n.strokeWeight = o.sw || 1;
  }
  if (o.r !== undefined) n.cornerRadius = o.r;
  if (o.layout) {
    n.layoutMode = o.layout;
    n.itemSpacing = o.gap ?? 8;
    n.paddingLeft = n.paddingRight = o.px ?? 0;
    n.paddingTop = n.paddingBottom = o.py ?? 0;
  }
  if (o.hidden) n.visible = false;
  if (o.key) n._key = o.key;
  if (o.go) n._go = Array.isArray(o.go) ? o.go : [[o.go, o.nav || 'NAVIGATE']];
  if (o.old) n._old = o.old;
  if (o.back) n._back = true;
  if (o.close) n._close = true;
  if (o.url) n._url = o.url;
  if (o.hover) n._hover = o.hover;
  if (o.scrollTo) n._scroll = o.scrollTo;
  if (o.clip !== undefined) n.clipsContent = o.clip;
  if (o.opacity !== undefined) n.opacity = o.opacity;
  return n;
}

function mk(type, name, x, y, w, h, children, o = {}) {
  const n = { name, type, _r: [x, y, w, h] };
  if (children) n.children = children;
  if (type === 'FRAME' || type === 'COMPONENT' || type === 'INSTANCE' || type === 'SECTION')
    n.fills = n.fills || [];
  return apply(n, o);
}

export const F = (name, x, y, w, h, ch = [], o = {}) => mk('FRAME', name, x, y, w, h, ch, o);
export const G = (name, x, y, w, h, ch = [], o = {}) => mk('GROUP', name, x, y, w, h, ch, o);
export const S = (name, x, y, w, h, ch = [], o = {}) => mk('SECTION', name, x, y, w, h, ch, o);
export const R = (name, x, y, w, h, o = {}) => mk('RECTANGLE', name, x, y, w, h, null, o);
export const V = (name, x, y, w, h, o = {}) => mk('VECTOR', name, x, y, w, h, null, o);
export const E = (name, x, y, w, h, o = {}) => mk('ELLIPSE', name, x, y, w, h, null, o);
export const L = (name, x, y, w, o = {}) =>
  mk('LINE', name, x, y, w, 0, null, { stroke: o.stroke || '#E3E3E3', ...o });
export const C = (name, key, x, y, w, h, ch = [], o = {}) => {
  const n = mk('COMPONENT', name, x, y, w, h, ch, o);
  n._comp = key;
  if (o.desc) n._desc = o.desc;
  return n;
};
export const CS = (name, x, y, w, h, ch = [], o = {}) => {
  const n = mk('COMPONENT_SET', name, x, y, w, h, ch, o);
  n._set = true;
  return n;
};
export const I = (name, comp, x, y, w, h, ch = [], o = {}) => {
  const n = mk('INSTANCE', name, x, y, w, h, ch, o);
  n._inst = comp;
  return n;
};

// Text: height estimated from line count and a rough glyph width.
export function T(chars, x, y, w, size = 14, weight = 400, o = {}) {
  const lines = chars
    .split('\n')
    .reduce((a, l) => a + Math.max(1, Math.ceil((l.length * size * 0.52) / Math.max(w, 1))), 0);
  const h = Math.round(lines * size * 1.35);
  const n = {
    name: o.name || chars.replace(/\n/g, ' ').slice(0, 48),
    type: 'TEXT',
    _r: [x, y, w, h],
    characters: chars,
    style: {
      fontFamily: o.font || 'Inter',
      fontSize: size,
      fontWeight: weight,
      textAlignHorizontal: o.align || 'LEFT',
      lineHeightPx: Math.round(size * 1.35),
    },
    fills: [solid(o.color || '#1B1B1F')],
  };
  if (o.u) n.style.textDecoration = 'UNDERLINE';
  const rest = { ...o };
  delete rest.color;
  delete rest.fill;
  return apply(n, rest);
}

let hexSeed = 7;
function hex40() {
  let s = '';
  for (let i = 0; i < 40; i++) {
    hexSeed = (hexSeed * 1103515245 + 12345) % 2147483648;
    s += '0123456789abcdef'[hexSeed % 16];
  }
  return s;
}

// pages: [{ name, prefix, children, flowStarts?: [[key, name]], protoStart?: key, bg? }]
export function finish(fileName, pages, meta = {}) {
  hexSeed = fileName.length * 97 + 13;
  const keyToId = {};
  const compKeyToId = {};
  const components = {};
  const componentSets = {};
  const all = [];
  const doc = { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [] };
  pages.forEach((p, pi) => {
    let n = p.start || 2;
    const canvas = {
      id: `0:${pi + 1}`,
      name: p.name,
      type: 'CANVAS',
      children: p.children,
      backgroundColor: { r: 0.96, g: 0.96, b: 0.96, a: 1 },
      prototypeStartNodeID: null,
      flowStartingPoints: [],
    };
    const walk = (node, ox, oy, setId) => {
      node.id = `${p.prefix}:${n}`;
      n += 1 + (n % 3 === 0 ? 1 : 0);
      const [x, y, w, h] = node._r;
      node.absoluteBoundingBox = { x: ox + x, y: oy + y, width: w, height: h };
      if (node._key) keyToId[node._key] = node.id;
      if (node._comp) {
        compKeyToId[node._comp] = node.id;
        components[node.id] = { key: hex40(), name: node.name, description: node._desc || '' };
        if (setId) components[node.id].componentSetId = setId;
      }
      if (node._set)
        componentSets[node.id] = { key: hex40(), name: node.name, description: '' };
      all.push(node);
      (node.children || []).forEach((c) =>
        walk(c, ox + x, oy + y, node._set ? node.id : undefined),
      );
    };
    p.children.forEach((c) => walk(c, 0, 0));
    canvas._p = p;
    doc.children.push(canvas);
  });
  const id = (k) => {
    if (!keyToId[k]) throw new Error(`${fileName}: unknown key ${k}`);
    return keyToId[k];
  };
  for (const node of all) {
    const inter = [];
    for (const [k, nav] of node._go || [])
      inter.push({
        trigger: { type: 'ON_CLICK' },
        actions: [{ type: 'NODE', destinationId: id(k), navigation: nav, transition: nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null, preserveScrollPosition: false }],
      });
    if (node._back) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
    if (node._close) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
    if (node._url) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: node._url }] });
    if (node._scroll)
      inter.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: id(node._scroll), navigation: 'SCROLL_TO', transition: null }] });
    if (node._hover)
      inter.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: id(node._hover), navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', duration: 0.15, easing: { type: 'EASE_OUT' } } }] });
    if (inter.length) node.interactions = inter;
    if (node._old) node.transitionNodeID = id(node._old);
    if (node._inst) {
      if (!compKeyToId[node._inst]) throw new Error(`${fileName}: unknown component ${node._inst}`);
      node.componentId = compKeyToId[node._inst];
    }
    for (const k of Object.keys(node)) if (k.startsWith('_')) delete node[k];
  }
  for (const c of doc.children) {
    const p = c._p;
    delete c._p;
    if (p.flowStarts) c.flowStartingPoints = p.flowStarts.map(([k, nm]) => ({ nodeId: id(k), name: nm }));
    if (p.protoStart) c.prototypeStartNodeID = id(p.protoStart);
  }
  const file = {
    name: meta.title || fileName,
    lastModified: meta.lastModified || '2026-03-11T10:42:17Z',
    thumbnailUrl: '',
    version: meta.version || '5123456789',
    role: 'owner',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: doc,
    components,
    componentSets,
    styles: {},
  };
  return { file, id, count: all.length };
}

export function write(name, file, truth) {
  writeFileSync(join(OUT_DIR, `${name}.json`), JSON.stringify(file, null, 1) + '\n');
  writeFileSync(join(OUT_DIR, `${name}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
}

export const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

// truth helper: notes map id -> [present(bool)|null, why]
export function truth(name, kind, description, notes, flow) {
  const present = [];
  const absent = [];
  const n = {};
  for (const [k, [p, why]] of Object.entries(notes)) {
    if (!IDS.includes(k)) throw new Error(`bad id ${k}`);
    if (p === true) present.push(k);
    else if (p === false) absent.push(k);
    n[k] = why;
  }
  return { file: `${name}.json`, kind, writtenBy: WRITTEN_BY, description, present, absent, notes: n, flow };
}

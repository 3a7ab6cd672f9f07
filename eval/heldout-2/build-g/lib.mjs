// Small deterministic helpers for writing Figma REST-format documents by hand.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, '..');
export const WRITTEN_BY = 'held-out writer G (from the checklist facts and the REST format only; repository not read)';

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  return {
    r: +(parseInt(v.slice(0, 2), 16) / 255).toFixed(4),
    g: +(parseInt(v.slice(2, 4), 16) / 255).toFixed(4),
    b: +(parseInt(v.slice(4, 6), 16) / 255).toFixed(4),
    a,
  };
}
export const solid = (h, a = 1) => [{ type: 'SOLID', color: hex(h, a) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export function createDoc(name, opts = {}) {
  let page = 0;
  let n = 0;
  const components = {};
  const componentSets = {};
  const doc = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [] };
  const id = () => `${page}:${++n}`;

  function base(type, name, props = {}) {
    const { x = 0, y = 0, w = 0, h = 0, visible, ...rest } = props;
    const node = { id: id(), name, type };
    if (visible === false) node.visible = false;
    Object.assign(node, rest);
    Object.defineProperty(node, '_g', { value: { x, y, w, h }, writable: true, enumerable: false });
    return node;
  }

  const api = {
    canvas(name, opts2 = {}) {
      page += 1;
      n = 0;
      const c = { id: `${page}:0`, name, type: 'CANVAS', children: [], backgroundColor: hex(opts2.bg || '#E5E5E5') };
      c.flowStartingPoints = [];
      doc.children.push(c);
      return c;
    },
    frame(name, props = {}, kids = []) {
      const node = base('FRAME', name, props);
      if (!node.fills) node.fills = [];
      node.children = kids;
      return node;
    },
    section(name, props = {}, kids = []) {
      const node = base('SECTION', name, props);
      node.children = kids;
      return node;
    },
    rect(name, props = {}) {
      const node = base('RECTANGLE', name, props);
      if (!node.fills) node.fills = solid('#E6E8EC');
      return node;
    },
    vector(name, props = {}) {
      const node = base('VECTOR', name, props);
      if (!node.fills) node.fills = [];
      return node;
    },
    ellipse(name, props = {}) {
      return base('ELLIPSE', name, props);
    },
    text(chars, props = {}) {
      const { size = 14, weight = 400, color = '#1B1F24', family = 'Inter', deco, align, name, lh, ...rest } = props;
      const lines = chars.split('\n');
      const longest = Math.max(...lines.map((l) => l.length));
      const w = rest.w ?? Math.max(8, Math.round(longest * size * 0.56));
      const h = rest.h ?? Math.round(lines.length * size * (lh || 1.4));
      const node = base('TEXT', name || chars.replace(/\n/g, ' ').slice(0, 40), { ...rest, w, h });
      node.characters = chars;
      node.style = { fontFamily: family, fontSize: size, fontWeight: weight, lineHeightPx: Math.round(size * (lh || 1.4)) };
      if (deco) node.style.textDecoration = deco;
      if (align) node.style.textAlignHorizontal = align;
      node.fills = solid(color);
      return node;
    },
    group(name, kids, props = {}) {
      const node = base('GROUP', name, props);
      node.children = kids;
      let w = 0;
      let h = 0;
      for (const k of kids) {
        w = Math.max(w, k._g.x + k._g.w);
        h = Math.max(h, k._g.y + k._g.h);
      }
      node._g.w = props.w ?? w;
      node._g.h = props.h ?? h;
      return node;
    },
    instance(componentNode, name, props = {}, kids = []) {
      const node = base('INSTANCE', name, props);
      node.componentId = componentNode.id;
      if (!node.fills) node.fills = [];
      node.children = kids;
      return node;
    },
    component(name, props = {}, kids = [], description = '') {
      const node = base('COMPONENT', name, props);
      if (!node.fills) node.fills = [];
      node.children = kids;
      components[node.id] = { key: keyOf(name + node.id), name, description };
      return node;
    },
    componentSet(name, props = {}, kids = [], description = '') {
      const node = base('COMPONENT_SET', name, props);
      node.children = kids;
      componentSets[node.id] = { key: keyOf(name + node.id), name, description };
      for (const k of kids) if (components[k.id]) components[k.id].componentSetId = node.id;
      return node;
    },
    // auto layout: vertical / horizontal stacks with computed child positions
    col(name, kids, props = {}) {
      const { gap = 8, pad = 0, ...rest } = props;
      let y = pad;
      let w = 0;
      for (const k of kids) {
        k._g.x = pad;
        k._g.y = y;
        y += k._g.h + gap;
        w = Math.max(w, k._g.w);
      }
      const node = api.frame(name, { ...rest, w: rest.w ?? w + pad * 2, h: rest.h ?? Math.max(0, y - gap) + pad }, kids);
      node.layoutMode = 'VERTICAL';
      node.itemSpacing = gap;
      node.paddingLeft = node.paddingRight = node.paddingTop = node.paddingBottom = pad;
      return node;
    },
    row(name, kids, props = {}) {
      const { gap = 8, pad = 0, center = true, ...rest } = props;
      let x = pad;
      let h = 0;
      for (const k of kids) h = Math.max(h, k._g.h);
      const H = rest.h ?? h + pad * 2;
      for (const k of kids) {
        k._g.x = x;
        k._g.y = center ? Math.round((H - k._g.h) / 2) : pad;
        x += k._g.w + gap;
      }
      const node = api.frame(name, { ...rest, w: rest.w ?? Math.max(0, x - gap) + pad, h: H }, kids);
      node.layoutMode = 'HORIZONTAL';
      node.itemSpacing = gap;
      node.paddingLeft = node.paddingRight = node.paddingTop = node.paddingBottom = pad;
      if (center) node.counterAxisAlignItems = 'CENTER';
      return node;
    },
    at(node, x, y) {
      node._g.x = x;
      node._g.y = y;
      return node;
    },
    size(node) {
      return node._g;
    },
    link(node, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
      node.interactions = node.interactions || [];
      node.interactions.push({
        trigger: { type: trigger },
        actions: [{ type: 'NODE', destinationId: dest.id, navigation, transition: navigation === 'CHANGE_TO' ? null : { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } }],
      });
      return node;
    },
    action(node, act, trigger = 'ON_CLICK') {
      node.interactions = node.interactions || [];
      node.interactions.push({ trigger: { type: trigger }, actions: [act] });
      return node;
    },
    oldLink(node, dest) {
      node.transitionNodeID = dest.id;
      node.transitionDuration = 300;
      node.transitionEasing = 'EASE_OUT';
      return node;
    },
    finish() {
      for (const c of doc.children) for (const k of c.children) place(k, 0, 0);
      return {
        name,
        lastModified: opts.lastModified || '2026-03-02T10:15:00Z',
        thumbnailUrl: '',
        version: opts.version || '4012345678',
        role: 'editor',
        editorType: 'figma',
        linkAccess: 'view',
        schemaVersion: 0,
        document: doc,
        components,
        componentSets,
        styles: {},
      };
    },
  };
  return api;
}

function keyOf(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (h.toString(16) + 'a3f9c1e2b7d40586').slice(0, 40).padEnd(40, '0');
}

function place(node, px, py) {
  const g = node._g;
  if (!g) return;
  const x = px + g.x;
  const y = py + g.y;
  node.absoluteBoundingBox = { x, y, width: g.w, height: g.h };
  if (node.children) for (const k of node.children) place(k, x, y);
}

export function countNodes(node) {
  let c = 1;
  for (const k of node.children || []) c += countNodes(k);
  return c;
}

export function write(fileBase, figma, truth, meta) {
  writeFileSync(join(OUT, `${fileBase}.json`), JSON.stringify(figma, null, 1) + '\n');
  writeFileSync(join(OUT, `${fileBase}.truth.json`), JSON.stringify({ file: `${fileBase}.json`, ...truth }, null, 2) + '\n');
  mkdirSync(join(HERE, 'meta'), { recursive: true });
  writeFileSync(join(HERE, 'meta', `${fileBase}.json`), JSON.stringify(meta, null, 2) + '\n');
  console.log(fileBase, 'nodes', countNodes(figma.document));
}

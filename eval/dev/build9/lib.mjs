// Shared helpers for the d48–d52 dev files: build Figma REST-shaped nodes with
// coordinates relative to the parent, then convert them to absolute boxes.
import { writeFileSync } from 'node:fs';

export function rgb(hex) {
  const h = hex.replace('#', '');
  const n = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: n(0), g: n(2), b: n(4), a: 1 };
}
const solid = (hex) => [{ type: 'SOLID', color: rgb(hex) }];

export function makeDoc(fileName) {
  let page = 0;
  let n = 0;
  const components = {};
  const componentSets = {};
  const pages = [];
  const nid = () => `${page}:${++n}`;

  function base(type, name, x, y, w, h, o = {}) {
    const node = { id: nid(), name, type };
    if (o.visible === false) node.visible = false;
    node._rel = { x, y, width: w, height: h };
    if (o.fill) node.fills = solid(o.fill);
    else if (o.image) node.fills = [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: o.image }];
    else node.fills = [];
    if (o.stroke) node.strokes = solid(o.stroke);
    if (o.r !== undefined) node.cornerRadius = o.r;
    if (o.layout) {
      node.layoutMode = o.layout;
      node.itemSpacing = o.gap ?? 8;
      node.paddingLeft = node.paddingRight = o.pad ?? 0;
      node.paddingTop = node.paddingBottom = o.pad ?? 0;
    }
    return node;
  }
  const F = (name, x, y, w, h, o = {}, kids = []) => {
    const node = base(o.type || 'FRAME', name, x, y, w, h, o);
    node.children = kids;
    return node;
  };
  const T = (chars, x, y, w, h, o = {}) => {
    const node = base('TEXT', o.name ?? chars.slice(0, 40), x, y, w, h, { ...o, fill: o.color || '#1A1A1A' });
    node.characters = chars;
    node.style = { fontFamily: o.font || 'Inter', fontSize: o.size || 14, fontWeight: o.weight || 400, textAlignHorizontal: o.align || 'LEFT' };
    if (o.underline) node.style.textDecoration = 'UNDERLINE';
    return node;
  };
  const R = (name, x, y, w, h, o = {}) => base('RECTANGLE', name, x, y, w, h, o);
  const V = (name, x, y, w, h, o = {}) => base('VECTOR', name, x, y, w, h, o);
  const E = (name, x, y, w, h, o = {}) => base('ELLIPSE', name, x, y, w, h, o);
  const G = (name, kids, o = {}) => {
    const node = { id: nid(), name, type: 'GROUP', children: kids, fills: [] };
    if (o.visible === false) node.visible = false;
    node._group = true;
    return node;
  };
  const I = (name, comp, x, y, w, h, o = {}, kids = []) => {
    const node = F(name, x, y, w, h, o, kids);
    node.type = 'INSTANCE';
    node.componentId = comp.id;
    return node;
  };
  const S = (name, x, y, w, h, kids) => {
    const node = F(name, x, y, w, h, { fill: '#F4F4F4' }, kids);
    node.type = 'SECTION';
    return node;
  };
  function act(node, action) {
    node.interactions = node.interactions || [];
    node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [action] });
    return node;
  }
  const go = (node, dest, navigation = 'NAVIGATE') =>
    act(node, { type: 'NODE', destinationId: dest.id, navigation, transition: null });
  const hover = (node, dest) => {
    node.interactions = node.interactions || [];
    node.interactions.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: dest.id, navigation: 'CHANGE_TO', transition: null }] });
    return node;
  };
  const back = (node) => act(node, { type: 'BACK' });
  const close = (node) => act(node, { type: 'CLOSE' });
  const url = (node, u) => act(node, { type: 'URL', url: u });
  const old = (node, dest) => { node.transitionNodeID = dest.id; return node; };

  function component(name, description, x, y, w, h, o = {}, kids = [], setId) {
    const node = F(name, x, y, w, h, o, kids);
    node.type = 'COMPONENT';
    components[node.id] = { key: `k${node.id.replace(':', 'x')}${name.length}`, name, description };
    if (setId) components[node.id].componentSetId = setId;
    return node;
  }
  function componentSet(name, x, y, w, h, variants) {
    const node = F(name, x, y, w, h, { stroke: '#9747FF', r: 5 }, []);
    node.type = 'COMPONENT_SET';
    componentSets[node.id] = { key: `s${node.id.replace(':', 'x')}`, name, description: '' };
    for (const v of variants) {
      node.children.push(v);
      components[v.id].componentSetId = node.id;
    }
    return node;
  }
  function newPage() { page += 1; n = 0; }
  function addPage(name, kids, start) {
    const canvas = { id: `${page}:0`, name, type: 'CANVAS', backgroundColor: rgb('#E5E5E5'), children: kids };
    if (start?.flows) canvas.flowStartingPoints = start.flows.map((f) => ({ nodeId: f.node.id, name: f.name }));
    else canvas.flowStartingPoints = [];
    if (start?.startNode) canvas.prototypeStartNodeID = start.startNode.id;
    pages.push(canvas);
    return canvas;
  }

  // ---- composite widgets ----
  const chip = (label, x, y, o = {}) => {
    const w = o.w || Math.max(48, label.length * 7 + 24);
    return F(o.name || 'Frame', x, y, w, 28, { fill: o.fill || '#EEF1F6', r: 14, layout: 'HORIZONTAL', pad: 10 }, [
      T(label, 10, 6, w - 20, 16, { size: 12, weight: 500, color: o.color || '#33415C' }),
    ]);
  };
  const btnFrame = (label, x, y, w, h = 44, o = {}) =>
    F(o.name || 'Frame', x, y, w, h, { fill: o.fill || '#1D4ED8', r: o.r ?? 8, layout: 'HORIZONTAL', pad: 12 }, [
      T(label, 12, (h - 18) / 2, w - 24, 18, { size: o.size || 15, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER' }),
    ]);
  const btnInst = (label, comp, x, y, w, h = 44, o = {}) =>
    I(o.name || comp.name, comp, x, y, w, h, { fill: o.fill || '#111827', r: 8 }, [
      T(label, 12, (h - 18) / 2, w - 24, 18, { size: 15, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER' }),
    ]);
  const btnGroup = (label, x, y, w, h = 44, o = {}) =>
    G(o.name || 'Group', [
      R(o.rect || 'Rectangle', x, y, w, h, { fill: o.fill || '#0F766E', r: o.r ?? 6 }),
      T(label, x + 12, y + (h - 18) / 2, w - 24, 18, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]);
  const linkText = (label, x, y, w, o = {}) =>
    T(label, x, y, w, 18, { size: o.size || 13, weight: 500, color: o.color || '#2563EB', underline: o.underline });
  const checkbox = (x, y, text, w, o = {}) => {
    const box = o.kind === 'vector' ? V('Vector', x, y, 20, 20, { stroke: '#64748B' })
      : o.kind === 'instance' ? I('Property 1=Off', o.comp, x, y, 20, 20, { stroke: '#64748B', r: 4 })
        : R('Rectangle', x, y, 20, 20, { stroke: '#64748B', r: 4, fill: '#FFFFFF' });
    return F('Frame', 0, 0, 0, 0, { layout: 'HORIZONTAL', gap: 10 }, [box, T(text, x + 30, y, w - 30, o.h || 40, { size: 13 })]);
  };
  const searchField = (placeholder, x, y, w) =>
    F('Frame', x, y, w, 40, { fill: '#FFFFFF', stroke: '#CBD5E1', r: 20, layout: 'HORIZONTAL', pad: 12 }, [
      V('Vector', 14, 12, 16, 16, { stroke: '#64748B' }),
      T(placeholder, 40, 11, w - 56, 18, { size: 14, color: '#94A3B8' }),
    ]);
  const logo = (name, x, y, kind = 'image', size = 32) =>
    kind === 'image'
      ? R(name ? `${name}` : 'Rectangle', x, y, size, size, { image: `img${name.replace(/\W/g, '').toLowerCase().slice(0, 10)}`, r: 6 })
      : V('Vector', x, y, size, size, { fill: '#0EA5E9' });

  // convert relative boxes to absolute
  function absolutize(node, ox, oy) {
    if (node._group) {
      for (const c of node.children) absolutize(c, ox, oy);
      const bs = node.children.map((c) => c.absoluteBoundingBox);
      const x0 = Math.min(...bs.map((b) => b.x)); const y0 = Math.min(...bs.map((b) => b.y));
      const x1 = Math.max(...bs.map((b) => b.x + b.width)); const y1 = Math.max(...bs.map((b) => b.y + b.height));
      node.absoluteBoundingBox = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
      delete node._group;
      return;
    }
    const r = node._rel;
    delete node._rel;
    // frames given 0x0 (layout wrappers) take the box of their content
    if (r.width === 0 && node.children?.length) {
      for (const c of node.children) absolutize(c, ox, oy);
      const bs = node.children.map((c) => c.absoluteBoundingBox);
      const x0 = Math.min(...bs.map((b) => b.x)); const y0 = Math.min(...bs.map((b) => b.y));
      const x1 = Math.max(...bs.map((b) => b.x + b.width)); const y1 = Math.max(...bs.map((b) => b.y + b.height));
      node.absoluteBoundingBox = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
      return;
    }
    node.absoluteBoundingBox = { x: ox + r.x, y: oy + r.y, width: r.width, height: r.height };
    node._h = r.height;
    if (node.layoutMode && node.children) stack(node);
    delete node._h;
    for (const c of node.children || []) absolutize(c, ox + r.x, oy + r.y);
  }

  // auto-layout frames place sized children one after another
  function stack(node) {
    const pad = node.paddingLeft || 0;
    let at = pad;
    for (const c of node.children) {
      if (!c._rel || c._rel.width === 0 || c.visible === false) continue;
      if (node.layoutMode === 'VERTICAL') { c._rel.x = pad; c._rel.y = at; at += c._rel.height + node.itemSpacing; }
      else { c._rel.x = at; c._rel.y = Math.max(0, Math.round((node._h - c._rel.height) / 2)); at += c._rel.width + node.itemSpacing; }
    }
  }

  function write(path, meta) {
    for (const p of pages) for (const c of p.children) absolutize(c, 0, 0);
    const out = {
      name: meta.name, lastModified: meta.lastModified, thumbnailUrl: '', version: meta.version,
      role: 'owner', editorType: 'figma', linkAccess: 'view', schemaVersion: 0,
      document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: pages },
      components, componentSets, styles: {},
    };
    writeFileSync(path, JSON.stringify(out, null, 1) + '\n');
    return out;
  }

  return { F, T, R, V, E, G, I, S, go, hover, back, close, url, old, component, componentSet, newPage, addPage,
    chip, btnFrame, btnInst, btnGroup, linkText, checkbox, searchField, logo, write, fileName };
}

export function writeTruth(path, truth) {
  writeFileSync(path, JSON.stringify(truth, null, 2) + '\n');
}

export const WRITTEN_BY = 'dev writer M (from the checklist facts and the REST format only; repository not read)';

// Tiny deterministic builder for Figma REST-format files (no dependencies).
// Elements are closures (x, y, w) => node so that auto-layout stacks can place them
// with absolute coordinates that stay consistent with their parents.
import { writeFileSync } from 'node:fs';

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  return {
    r: +(parseInt(v.slice(0, 2), 16) / 255).toFixed(4),
    g: +(parseInt(v.slice(2, 4), 16) / 255).toFixed(4),
    b: +(parseInt(v.slice(4, 6), 16) / 255).toFixed(4),
    a,
  };
}
const solid = (h) => [{ type: 'SOLID', color: hex(h) }];

export function createKit(fileName) {
  let major = 1;
  let n = 1;
  const keys = {};
  const components = {};
  const componentSets = {};
  const pages = [];
  const K = { keys, components, componentSets };

  K.id = () => `${major}:${n++}`;
  K.startPage = (m) => { major = m; n = 1; };

  function base(type, name, x, y, w, h, o = {}) {
    const nd = { id: K.id(), name, type };
    if (o.visible === false) nd.visible = false;
    nd.absoluteBoundingBox = { x: Math.round(x), y: Math.round(y), width: Math.round(w), height: Math.round(h) };
    if (o.fill) nd.fills = solid(o.fill);
    else if (o.fills) nd.fills = o.fills;
    else if (type !== 'TEXT' && type !== 'GROUP') nd.fills = [];
    if (o.stroke) { nd.strokes = solid(o.stroke); nd.strokeWeight = 1; }
    if (o.radius) nd.cornerRadius = o.radius;
    if (o.key) keys[o.key] = nd.id;
    if (o.to) nd.interactions = [click(o.to, o.nav || 'NAVIGATE')];
    if (o.back) nd.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] }];
    if (o.close) nd.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] }];
    if (o.url) nd.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: o.url }] }];
    if (o.legacy) nd.transitionNodeID = `@${o.legacy}`;
    if (o.interactions) nd.interactions = o.interactions;
    return nd;
  }
  function click(to, nav) {
    return { trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: `@${to}`, navigation: nav, transition: nav === 'SWAP' || nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null }] };
  }
  K.click = click;

  // ---- leaf elements -------------------------------------------------------
  K.t = (chars, o = {}) => (x, y, w) => {
    const size = o.size || 14;
    const width = o.w || w || 200;
    const cpl = Math.max(4, Math.floor(width / (size * 0.52)));
    const lines = chars.split('\n').reduce((s, p) => s + Math.max(1, Math.ceil(p.length / cpl)), 0);
    const nd = base('TEXT', o.name || chars.replace(/\n/g, ' ').slice(0, 48), x, y, width, Math.ceil(lines * size * 1.35), { ...o, fill: undefined });
    nd.characters = chars;
    nd.style = { fontFamily: o.font || 'Inter', fontSize: size, fontWeight: o.weight || 400, textAlignHorizontal: o.align || 'LEFT', lineHeightPx: Math.round(size * 1.35) };
    if (o.underline) nd.style.textDecoration = 'UNDERLINE';
    nd.fills = solid(o.color || '#1F2328');
    return nd;
  };
  K.rect = (name, h, o = {}) => (x, y, w) => base('RECTANGLE', name, x, y, o.w || w, h, o);
  K.vec = (name, s, o = {}) => (x, y) => base('VECTOR', name, x, y, o.w || s, s, { fill: '#57606A', ...o });
  K.ellipse = (name, s, o = {}) => (x, y) => {
    const nd = base('ELLIPSE', name, x, y, s, s, o);
    if (o.arc) nd.arcData = { startingAngle: 0, endingAngle: 4.7, innerRadius: 0.8 };
    return nd;
  };
  K.divider = (o = {}) => K.rect(o.name || 'Line', 1, { fill: '#E3E6EA', ...o });
  K.logo = (kind, s, o = {}) => (x, y) => {
    if (kind === 'img') return base('RECTANGLE', o.name || 'image 3', x, y, s, s, { radius: 6, fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: o.ref || 'a1b2c3' }], ...o });
    return base('VECTOR', o.name || 'Vector', x, y, s, s, { fill: o.fill || '#2CA01C', ...o });
  };
  K.checkbox = (kind = 'rect', o = {}) => (x, y) => {
    if (kind === 'inst') {
      const nd = base('INSTANCE', o.name || 'Property 1=Off', x, y, 20, 20, { stroke: '#8C959F', radius: 4, ...o });
      nd.componentId = `@${o.comp}`;
      return nd;
    }
    return base(kind === 'vec' ? 'VECTOR' : 'RECTANGLE', o.name || (kind === 'vec' ? 'Vector' : 'Rectangle 41'), x, y, 20, 20, { stroke: '#8C959F', radius: 4, ...o });
  };

  // ---- buttons ---------------------------------------------------------------
  // kind: inst | frame | group | link
  K.btn = (label, o = {}) => (x, y, w) => {
    const kind = o.kind || 'frame';
    const size = o.size || 15;
    if (kind === 'link') {
      return K.t(label, { size, weight: o.weight || 500, color: o.color || '#0B6BCB', underline: o.underline, w: o.w || Math.ceil(label.length * size * 0.55) + 4, name: o.name, to: o.to, nav: o.nav, back: o.back, close: o.close, url: o.url, legacy: o.legacy, key: o.key, visible: o.visible })(x, y);
    }
    const bw = o.w || w || 200;
    const bh = o.h || 48;
    const fg = o.fg || '#FFFFFF';
    const label$ = (lx, ly) => K.t(label, { size, weight: 600, color: fg, align: 'CENTER', w: bw - 32 })(lx, ly);
    if (kind === 'group') {
      const g = base('GROUP', o.name || 'Group 12', x, y, bw, bh, { to: o.to, nav: o.nav, legacy: o.legacy, key: o.key, visible: o.visible });
      g.children = [
        base(o.shape || 'RECTANGLE', o.shapeName || 'Rectangle 7', x, y, bw, bh, { fill: o.bg || '#1F6FEB', radius: o.radius ?? 8, stroke: o.stroke }),
        label$(x + 16, y + (bh - size * 1.35) / 2),
      ];
      return g;
    }
    const nd = base(kind === 'inst' ? 'INSTANCE' : 'FRAME', o.name || (kind === 'inst' ? 'Button' : 'Frame 88'), x, y, bw, bh, { fill: o.bg || '#1F6FEB', radius: o.radius ?? 8, stroke: o.stroke, to: o.to, nav: o.nav, legacy: o.legacy, key: o.key, visible: o.visible, back: o.back, close: o.close, url: o.url });
    if (kind === 'inst') nd.componentId = `@${o.comp}`;
    nd.layoutMode = 'HORIZONTAL';
    nd.primaryAxisAlignItems = 'CENTER';
    nd.counterAxisAlignItems = 'CENTER';
    nd.children = [];
    if (o.icon) nd.children.push(base('VECTOR', 'Vector', x + 14, y + (bh - 16) / 2, 16, 16, { fill: fg }));
    nd.children.push(label$(x + 16, y + (bh - size * 1.35) / 2));
    return nd;
  };

  K.search = (ph, o = {}) => (x, y, w) => {
    const bw = o.w || w;
    const nd = base('FRAME', o.name || 'Frame 301', x, y, bw, 44, { fill: '#F6F8FA', radius: 22, stroke: '#D0D7DE', key: o.key });
    nd.layoutMode = 'HORIZONTAL';
    nd.children = [
      base('VECTOR', 'Vector', x + 14, y + 14, 16, 16, { fill: '#6E7781', name: o.iconName }),
      K.t(ph, { color: '#8C959F', w: bw - 60 })(x + 40, y + 12),
    ];
    return nd;
  };

  // ---- containers ---------------------------------------------------------------
  function wrapBox(type, name, x, y, w, h, kids, o) {
    const nd = base(type, name, x, y, w, h, o);
    if (type !== 'GROUP' && o.layout !== false) {
      nd.layoutMode = o.dir || 'VERTICAL';
      nd.itemSpacing = o.gap ?? 8;
      nd.paddingLeft = nd.paddingRight = o.padX ?? o.pad ?? 0;
      nd.paddingTop = nd.paddingBottom = o.pad ?? 0;
    }
    nd.children = kids;
    return nd;
  }
  K.col = (name, items, o = {}) => (x, y, w) => {
    const pad = o.pad ?? 0;
    const padX = o.padX ?? pad;
    const gap = o.gap ?? 8;
    const width = o.w || w;
    let cy = y + pad;
    const kids = [];
    for (const it of items.filter(Boolean)) {
      const c = it(x + padX, cy, width - 2 * padX);
      kids.push(c);
      cy += c.absoluteBoundingBox.height + gap;
    }
    const h = o.h || Math.max(0, cy - gap - y) + pad;
    return wrapBox(o.type || 'FRAME', name, x, y, width, h, kids, { ...o, dir: 'VERTICAL' });
  };
  K.row = (name, items, o = {}) => (x, y, w) => {
    const pad = o.pad ?? 0;
    const padX = o.padX ?? pad;
    const gap = o.gap ?? 8;
    const width = o.w || w;
    const list = items.filter(Boolean);
    const widths = o.widths || list.map(() => (width - 2 * padX - gap * (list.length - 1)) / list.length);
    let cx = x + padX;
    const kids = [];
    let mh = 0;
    list.forEach((it, i) => {
      const c = it(cx, y + pad, widths[i]);
      kids.push(c);
      cx += (widths[i] ?? c.absoluteBoundingBox.width) + gap;
      mh = Math.max(mh, c.absoluteBoundingBox.height);
    });
    return wrapBox(o.type || 'FRAME', name, x, y, width, o.h || mh + 2 * pad, kids, { ...o, dir: 'HORIZONTAL' });
  };
  K.group = (name, items, o = {}) => K.col(name, items, { ...o, type: 'GROUP', layout: false });
  K.hide = (el) => (x, y, w) => { const nd = el(x, y, w); nd.visible = false; return nd; };

  // A top-level screen: a FRAME with fixed size whose content is stacked vertically.
  K.screen = (key, name, x, y, w, h, items, o = {}) => {
    const nd = K.col(name, items, { pad: o.pad ?? 0, gap: o.gap ?? 0, fill: o.fill || '#FFFFFF', w, key, ...o })(x, y, w);
    nd.absoluteBoundingBox.height = h;
    nd.clipsContent = true;
    return nd;
  };
  K.section = (name, x, y, w, h, kids) => {
    const nd = base('SECTION', name, x, y, w, h, { fill: '#F5F5F5' });
    nd.children = kids;
    return nd;
  };
  K.component = (key, name, x, y, w, h, kids, o = {}) => {
    const nd = base('COMPONENT', name, x, y, w, h, { fill: o.fill || '#1F6FEB', radius: o.radius ?? 8, key, interactions: o.interactions });
    nd.children = kids;
    components[nd.id] = { key: `c${nd.id.replace(':', 'x')}f${fileName.length}`, name, description: o.description || '' };
    if (o.setId) components[nd.id].componentSetId = o.setId;
    return nd;
  };
  K.componentSet = (name, x, y, w, h, kids, o = {}) => {
    const nd = base('COMPONENT_SET', name, x, y, w, h, { key: o.key });
    nd.children = kids;
    componentSets[nd.id] = { key: `s${nd.id.replace(':', 'x')}`, name, description: o.description || '' };
    for (const k of kids) if (components[k.id]) components[k.id].componentSetId = nd.id;
    return nd;
  };
  K.page = (name, children, o = {}) => {
    const pg = { id: `0:${pages.length + 1}`, name, type: 'CANVAS', backgroundColor: hex('#E5E5E5'), children };
    if (o.start) pg.flowStartingPoints = o.start.map(([k, nm]) => ({ nodeId: `@${k}`, name: nm }));
    if (o.startNode) pg.prototypeStartNodeID = `@${o.startNode}`;
    else if (o.start && o.start.length) pg.prototypeStartNodeID = `@${o.start[0][0]}`;
    pages.push(pg);
    return pg;
  };

  K.finish = (outPath, meta) => {
    const doc = {
      name: meta.name,
      lastModified: meta.lastModified,
      thumbnailUrl: `https://s3-alpha.figma.com/thumbnails/${meta.thumb || 'placeholder'}`,
      version: meta.version,
      role: 'owner',
      editorType: 'figma',
      linkAccess: 'view',
      schemaVersion: 0,
      document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages },
      components,
      componentSets,
      styles: meta.styles || {},
    };
    const resolve = (v) => {
      if (typeof v !== 'string' || !v.startsWith('@')) return v;
      const id = keys[v.slice(1)];
      if (!id) throw new Error(`${fileName}: unresolved key ${v}`);
      return id;
    };
    const walk = (nd) => {
      if (Array.isArray(nd)) { nd.forEach(walk); return; }
      if (!nd || typeof nd !== 'object') return;
      for (const k of ['destinationId', 'transitionNodeID', 'componentId', 'nodeId', 'prototypeStartNodeID']) {
        if (k in nd) nd[k] = resolve(nd[k]);
      }
      for (const v of Object.values(nd)) if (v && typeof v === 'object') walk(v);
    };
    walk(doc.document);
    writeFileSync(outPath, `${JSON.stringify(doc, null, 1)}\n`);
    return doc;
  };
  return K;
}

export function countNodes(nd) {
  return 1 + (nd.children || []).reduce((s, c) => s + countNodes(c), 0);
}

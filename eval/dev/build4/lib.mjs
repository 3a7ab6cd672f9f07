// Small deterministic builder for Figma REST-shaped files (no dependencies).
import { writeFileSync } from 'node:fs';

export const hex = (h, a = 1) => {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: +(((n >> 16) & 255) / 255).toFixed(4), g: +(((n >> 8) & 255) / 255).toFixed(4), b: +((n & 255) / 255).toFixed(4), a };
};
export const solid = (h, a = 1) => [{ type: 'SOLID', color: hex(h, a) }];
const keyOf = (s) => {
  let h1 = 2166136261;
  let out = '';
  for (let round = 0; round < 5; round += 1) {
    for (const ch of `${s}#${round}`) h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h1.toString(16).padStart(8, '0');
  }
  return out;
};

function applyOpts(node, o) {
  if (o.id) node.id = o.id;
  if (o.hidden) node.visible = false;
  if (o.fill) node.fills = solid(o.fill, o.alpha ?? 1);
  if (o.img) node.fills = [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: o.img }];
  if (o.stroke) { node.strokes = solid(o.stroke); node.strokeWeight = o.sw ?? 1; }
  if (o.r !== undefined) node.cornerRadius = o.r;
  if (o.layout) { node.layoutMode = o.layout; node.itemSpacing = o.gap ?? 8; node.paddingLeft = node.paddingRight = o.pad ?? 0; node.paddingTop = node.paddingBottom = o.pad ?? 0; }
  if (o.opacity !== undefined) node.opacity = o.opacity;
  const acts = [];
  if (o.go) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: o.go, navigation: o.nav ?? 'NAVIGATE', transition: o.nav === 'OVERLAY' ? null : { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } }] });
  if (o.back) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
  if (o.close) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
  if (o.url) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: o.url }] });
  if (o.scroll) acts.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: o.scroll, navigation: 'SCROLL_TO', transition: null }] });
  if (o.change) acts.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: o.change, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', duration: 0.2, easing: { type: 'EASE_IN_AND_OUT' } } }] });
  if (acts.length) node.interactions = acts;
  if (o.tn) { node.transitionNodeID = o.tn; node.transitionDuration = 300; node.transitionEasing = 'EASE_OUT'; }
  return node;
}

export function unionBox(kids) {
  const xs = kids.map((k) => k.absoluteBoundingBox);
  const x = Math.min(...xs.map((b) => b.x));
  const y = Math.min(...xs.map((b) => b.y));
  const x2 = Math.max(...xs.map((b) => b.x + b.width));
  const y2 = Math.max(...xs.map((b) => b.y + b.height));
  return { x, y, width: x2 - x, height: y2 - y };
}

export function shift(node, dx, dy) {
  const b = node.absoluteBoundingBox;
  if (b) { b.x += dx; b.y += dy; }
  for (const k of node.children ?? []) shift(k, dx, dy);
  return node;
}

export class Doc {
  constructor(name) {
    this.name = name;
    this.pages = [];
    this.components = {};
    this.componentSets = {};
    this.base = 1;
    this.n = 0;
  }

  page(name, base, o = {}) {
    this.base = base;
    this.n = 0;
    const c = { id: `${base}:0`, name, type: 'CANVAS', backgroundColor: hex(o.bg ?? '#E5E5E5'), children: [], flowStartingPoints: [] };
    this.pages.push(c);
    this.cur = c;
    return c;
  }

  id() { this.n += 1; return `${this.base}:${this.n}`; }

  ids(names) { return Object.fromEntries(names.map((k) => [k, this.id()])); }

  node(type, name, box, o = {}, kids) {
    const [x, y, width, height] = box;
    const n = { id: o.id ?? this.id(), name, type };
    if (o.hidden) n.visible = false;
    n.absoluteBoundingBox = { x, y, width, height };
    if (kids) n.children = kids;
    return applyOpts(n, o);
  }

  F(name, box, o = {}, kids = []) { const n = this.node('FRAME', name, box, { clip: true, ...o }, kids); n.clipsContent = true; if (!n.fills) n.fills = []; return n; }
  R(name, box, o = {}) { const n = this.node('RECTANGLE', name, box, o); if (!n.fills) n.fills = solid('#D9D9D9'); return n; }
  V(name, box, o = {}) { const n = this.node('VECTOR', name, box, o); if (!n.fills) n.fills = solid(o.color ?? '#1F2937'); return n; }
  E(name, box, o = {}) { const n = this.node('ELLIPSE', name, box, o); if (!n.fills) n.fills = solid('#D9D9D9'); return n; }
  L(name, box, o = {}) { const n = this.node('LINE', name, box, o); n.strokes = solid(o.color ?? '#E5E7EB'); n.strokeWeight = 1; n.fills = []; return n; }
  G(name, kids, o = {}) { const b = unionBox(kids); const n = this.node('GROUP', name, [b.x, b.y, b.width, b.height], o, kids); n.fills = []; return n; }
  SEC(name, kids, o = {}) { const b = unionBox(kids); const n = this.node('SECTION', name, [b.x - 80, b.y - 120, b.width + 160, b.height + 200], o, kids); n.fills = solid('#F5F5F5'); return n; }

  T(chars, box, o = {}) {
    const n = this.node('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 48), box, o);
    n.characters = chars;
    n.style = { fontFamily: o.font ?? 'Inter', fontPostScriptName: null, fontWeight: o.w ?? 400, fontSize: o.s ?? 14, textAlignHorizontal: o.align ?? 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0, lineHeightPx: Math.round((o.s ?? 14) * 1.4) };
    if (o.deco) n.style.textDecoration = o.deco;
    n.fills = solid(o.color ?? '#111827');
    return n;
  }

  I(compId, name, box, o = {}, kids = []) {
    if (!this.components[compId]) throw new Error(`no component ${compId}`);
    const n = this.node('INSTANCE', name, box, o, kids);
    n.componentId = compId;
    if (!n.fills) n.fills = [];
    return n;
  }

  component(name, box, o = {}, kids = [], description = '') {
    const n = this.node('COMPONENT', name, box, o, kids);
    if (!n.fills) n.fills = [];
    this.components[n.id] = { key: keyOf(n.id + name), name, description, remote: false, documentationLinks: [] };
    return n;
  }

  componentSet(name, variants, description = '') {
    const b = unionBox(variants);
    const n = this.node('COMPONENT_SET', name, [b.x - 20, b.y - 20, b.width + 40, b.height + 40], { stroke: '#9747FF' }, variants);
    n.fills = [];
    this.componentSets[n.id] = { key: keyOf(n.id + name), name, description, remote: false };
    for (const v of variants) this.components[v.id].componentSetId = n.id;
    return n;
  }

  // paragraph: height estimated from the text length
  P(chars, x, y, w, o = {}) {
    const s = o.s ?? 14;
    const lines = chars.split('\n').reduce((a, l) => a + Math.max(1, Math.ceil((l.length * s * 0.52) / w)), 0);
    return this.T(chars, [x, y, w, Math.round(lines * s * 1.4)], o);
  }

  // widgets ---------------------------------------------------------------
  // kind: 'frame' | 'group' | 'vgroup' | 'inst' | 'link'
  btn(kind, label, box, o = {}) {
    const [x, y, w, h] = box;
    const fg = o.fg ?? '#FFFFFF';
    const bg = o.bg ?? '#2563EB';
    const ts = o.s ?? 15;
    const lab = () => this.T(label, [x + 12, y + (h - ts * 1.4) / 2, w - 24, Math.round(ts * 1.4)], { s: ts, w: o.w ?? 600, color: fg, align: 'CENTER' });
    const ia = { go: o.go, nav: o.nav, back: o.back, url: o.url, close: o.close, change: o.change, tn: o.tn, scroll: o.scroll, hidden: o.hidden };
    if (kind === 'frame') return this.F(o.name ?? `Frame ${o.num ?? 1}`, box, { fill: bg, r: o.r ?? 8, layout: 'HORIZONTAL', pad: 12, stroke: o.stroke, ...ia }, [lab()]);
    if (kind === 'group' || kind === 'vgroup') {
      const shape = kind === 'group' ? this.R(o.shapeName ?? `Rectangle ${o.num ?? 4}`, box, { fill: bg, r: o.r ?? 8, stroke: o.stroke }) : this.V(o.shapeName ?? 'Vector', box, { fill: bg, stroke: o.stroke });
      return this.G(o.name ?? `Group ${o.num ?? 7}`, [shape, lab()], ia);
    }
    if (kind === 'inst') return this.I(o.comp, o.name ?? 'Button', box, { fill: bg, r: o.r ?? 8, ...ia }, [lab()]);
    if (kind === 'link') return this.T(label, box, { s: ts, w: o.w ?? 500, color: o.fg ?? '#2563EB', deco: o.deco, name: o.name, ...ia });
    throw new Error(kind);
  }

  checkbox(kind, box, o = {}) {
    const [x, y] = box;
    if (kind === 'inst') return this.I(o.comp, o.name ?? 'Property 1=Unchecked', [x, y, 20, 20], { stroke: '#6B7280', r: 4 });
    if (kind === 'vector') return this.V(o.name ?? 'Vector', [x, y, 20, 20], { fill: '#FFFFFF', stroke: '#6B7280' });
    return this.R(o.name ?? 'Rectangle 31', [x, y, 20, 20], { fill: '#FFFFFF', stroke: '#6B7280', r: 4 });
  }

  searchField(placeholder, box, o = {}) {
    const [x, y, w, h] = box;
    return this.F(o.name ?? 'Frame 88', box, { fill: '#F3F4F6', r: o.r ?? h / 2, layout: 'HORIZONTAL', gap: 8, pad: 12, stroke: '#E5E7EB' }, [
      this.V(o.iconName ?? 'Vector', [x + 14, y + (h - 16) / 2, 16, 16], { color: '#6B7280' }),
      this.T(placeholder, [x + 38, y + (h - 20) / 2, w - 52, 20], { s: 14, color: '#9CA3AF' }),
    ]);
  }

  logo(kind, box, ref = 'img') {
    if (kind === 'image') return this.R(`Rectangle ${box[2] | 0}`, box, { img: keyOf(ref).slice(0, 40), r: 6 });
    if (kind === 'vector') return this.V('Vector', box, { fill: '#0F766E' });
    return this.R('Rectangle', box, { fill: '#E5E7EB', r: 6 });
  }

  statusBar(w, o = {}) {
    const c = o.color ?? '#111827';
    return this.F(o.name ?? 'Status bar', [0, 0, w, o.h ?? 24], { layout: 'HORIZONTAL' }, [
      this.T(o.time ?? '9:41', [16, 4, 40, 16], { s: 13, w: 600, color: c, name: 'Time' }),
      this.V('Vector', [w - 70, 6, 16, 12], { color: c }),
      this.V('Vector', [w - 50, 6, 16, 12], { color: c }),
      this.V('Vector', [w - 30, 6, 20, 12], { color: c, name: 'Battery' }),
    ]);
  }

  screen(name, w, h, kids, o = {}) {
    return this.F(name, [0, 0, w, h], { fill: o.bg ?? '#FFFFFF', layout: o.layout, id: o.id }, kids);
  }

  place(canvas, nodes, x0 = 0, y0 = 0, gap = 120) {
    let x = x0;
    for (const n of nodes) {
      shift(n, x - n.absoluteBoundingBox.x, y0 - n.absoluteBoundingBox.y);
      x += n.absoluteBoundingBox.width + gap;
    }
    canvas.children.push(...nodes);
    return nodes;
  }

  toJSON(meta) {
    return {
      name: meta.name,
      lastModified: meta.lastModified,
      thumbnailUrl: '',
      version: meta.version,
      role: 'viewer',
      editorType: 'figma',
      linkAccess: 'view',
      schemaVersion: 0,
      document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: this.pages },
      components: this.components,
      componentSets: this.componentSets,
      styles: {},
    };
  }
}

export function writeOut(dir, name, json, truth) {
  writeFileSync(`${dir}/${name}.json`, `${JSON.stringify(json, null, 1)}\n`);
  writeFileSync(`${dir}/${name}.truth.json`, `${JSON.stringify(truth, null, 2)}\n`);
}

export const WRITTEN_BY = 'dev writer D (from the checklist facts and the REST format only; repository not read)';

export const bottomOf = (n) => n.absoluteBoundingBox.y + n.absoluteBoundingBox.height;

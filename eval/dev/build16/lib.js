/* global console */
// Small deterministic helpers for writing Figma REST-format files.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY = 'dev writer T (from the checklist facts and the REST format only; repository not read)';

export function solid(hex, a = 1) {
  const h = hex.replace('#', '');
  const c = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { type: 'SOLID', color: { r: c(0), g: c(2), b: c(4), a } };
}

export function image(ref) {
  return { type: 'IMAGE', scaleMode: 'FILL', imageRef: ref };
}

export class Doc {
  constructor(name, lastModified) {
    this.name = name;
    this.lastModified = lastModified;
    this.pages = [];
    this.components = {};
    this.componentSets = {};
    this.pageSeq = 0;
  }

  page(name, start = 1) {
    this.pageSeq += 1;
    const p = { id: `${this.pageSeq}:0`, name, type: 'CANVAS', children: [], backgroundColor: { r: 0.9, g: 0.9, b: 0.9, a: 1 } };
    Object.defineProperty(p, 'seq', { value: { page: this.pageSeq, n: start }, enumerable: false });
    this.pages.push(p);
    this.cur = p;
    return p;
  }

  id() {
    const s = this.cur.seq;
    const v = `${s.page}:${s.n}`;
    s.n += 1 + (s.n % 7 === 3 ? 2 : 0);
    return v;
  }

  node(parent, type, name, x, y, w, h, extra = {}) {
    const base = parent.absoluteBoundingBox || { x: 0, y: 0 };
    const n = { id: this.id(), name, type, ...extra, absoluteBoundingBox: { x: base.x + x, y: base.y + y, width: w, height: h } };
    if (!parent.children) parent.children = [];
    parent.children.push(n);
    return n;
  }

  text(parent, x, y, w, chars, o = {}) {
    const size = o.size || 14;
    const h = o.h || textHeight(chars, size, w);
    const style = { fontFamily: o.font || 'Inter', fontSize: size, fontWeight: o.weight || 400, lineHeightPx: Math.round(size * 1.4) };
    if (o.deco) style.textDecoration = o.deco;
    if (o.align) style.textAlignHorizontal = o.align;
    const extra = { characters: chars, style, fills: [solid(o.color || '#1B1D21')] };
    if (o.visible === false) extra.visible = false;
    return this.node(parent, 'TEXT', o.name || chars.replace(/\n/g, ' ').slice(0, 48), x, y, w, h, extra);
  }

  component(parent, name, x, y, w, h, o = {}) {
    const c = this.node(parent, 'COMPONENT', name, x, y, w, h, {
      fills: o.fills || [solid(o.fill || '#1F5EFF')], cornerRadius: o.radius ?? 8, layoutMode: 'HORIZONTAL',
    });
    if (o.label) this.text(c, 16, (h - 20) / 2, w - 32, o.label, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' });
    this.components[c.id] = { key: hashKey(this.name + c.id), name, description: o.description || '' };
    if (o.setId) this.components[c.id].componentSetId = o.setId;
    return c;
  }

  componentSet(parent, name, x, y, w, h) {
    const s = this.node(parent, 'COMPONENT_SET', name, x, y, w, h, { fills: [], strokes: [solid('#9747FF')] });
    this.componentSets[s.id] = { key: hashKey(this.name + s.id), name, description: '' };
    return s;
  }

  toJSON(order) {
    const pages = order ? order.map((n) => this.pages.find((p) => p.name === n)) : this.pages;
    return {
      name: this.name,
      lastModified: this.lastModified,
      thumbnailUrl: '',
      version: String(1900000000 + (hashKey(this.name).charCodeAt(0) * 7919)),
      role: 'owner',
      editorType: 'figma',
      linkAccess: 'view',
      schemaVersion: 0,
      document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages },
      components: this.components,
      componentSets: this.componentSets,
      styles: {},
    };
  }
}

export function textHeight(chars, size, w) {
  const perLine = Math.max(4, Math.floor(w / (size * 0.52)));
  const lines = chars.split('\n').reduce((a, l) => a + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return lines * Math.round(size * 1.4);
}

function hashKey(s) {
  let h = 2166136261;
  for (const ch of s) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return (h.toString(16) + 'a3f9c2e1b7d4').padEnd(40, '0').slice(0, 40);
}

// Vertical stack writer: places children top to bottom inside a frame.
export class Stack {
  constructor(d, frame, o = {}) {
    this.d = d;
    this.f = frame;
    this.pad = o.pad ?? 16;
    this.gap = o.gap ?? 12;
    this.y = o.top ?? this.pad;
    this.w = frame.absoluteBoundingBox.width - 2 * this.pad;
  }

  take(h) { const y = this.y; this.y += h + this.gap; return y; }

  space(h) { this.y += h; }

  text(chars, o = {}) {
    const h = o.h || textHeight(chars, o.size || 14, o.w || this.w);
    return this.d.text(this.f, this.pad + (o.x || 0), this.take(h), o.w || this.w, chars, { ...o, h });
  }

  // nested auto-layout frame; returns a Stack over it
  box(h, o = {}) {
    const fr = this.d.node(this.f, o.type || 'FRAME', o.name || 'Frame', this.pad + (o.x || 0), this.take(h), o.w || this.w, h, {
      fills: o.fill ? [solid(o.fill)] : [], cornerRadius: o.radius ?? 0, layoutMode: o.layout || 'VERTICAL',
      ...(o.stroke ? { strokes: [solid(o.stroke)], strokeWeight: 1 } : {}),
      ...(o.visible === false ? { visible: false } : {}),
    });
    return new Stack(this.d, fr, { pad: o.pad ?? 12, gap: o.gap ?? 8 });
  }

  // button variants
  btnFrame(label, o = {}) {
    const h = o.h || 48;
    const fr = this.d.node(this.f, 'FRAME', o.name || 'Frame', this.pad, this.take(h), o.w || this.w, h, {
      fills: [solid(o.fill || '#1F5EFF')], cornerRadius: o.radius ?? 10, layoutMode: 'HORIZONTAL', primaryAxisAlignItems: 'CENTER',
    });
    this.d.text(fr, 12, (h - 21) / 2, (o.w || this.w) - 24, label, { size: 15, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER', h: 21 });
    return fr;
  }

  btnInst(label, componentId, o = {}) {
    const h = o.h || 48;
    const inst = this.d.node(this.f, 'INSTANCE', o.name || 'Comp / Action / Large', this.pad, this.take(h), o.w || this.w, h, {
      componentId, fills: [solid(o.fill || '#1F5EFF')], cornerRadius: o.radius ?? 8,
    });
    this.d.text(inst, 16, (h - 21) / 2, (o.w || this.w) - 32, label, { size: 15, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER', h: 21 });
    return inst;
  }

  btnGroup(label, o = {}) {
    const h = o.h || 46;
    const w = o.w || this.w;
    const y = this.take(h);
    const g = this.d.node(this.f, 'GROUP', o.name || 'Group', this.pad, y, w, h, {});
    this.d.node(g, o.vector ? 'VECTOR' : 'RECTANGLE', o.vector ? 'Vector' : 'Rectangle', 0, 0, w, h, {
      fills: [solid(o.fill || '#111827')], cornerRadius: o.radius ?? 23,
    });
    this.d.text(g, 0, (h - 21) / 2, w, label, { size: 15, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER', h: 21 });
    return g;
  }

  link(label, o = {}) {
    return this.text(label, { size: o.size || 14, weight: o.weight || 500, color: o.color || '#1F5EFF', deco: o.underline ? 'UNDERLINE' : undefined, w: o.w, x: o.x, name: o.name });
  }

  checkbox(label, o = {}) {
    const h = Math.max(24, textHeight(label, 13, this.w - 32));
    const row = this.d.node(this.f, 'FRAME', o.name || 'Frame', this.pad, this.take(h), this.w, h, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 10 });
    const kind = o.kind || 'RECTANGLE';
    this.d.node(row, kind, kind === 'INSTANCE' ? 'Property 1=Unchecked' : kind === 'VECTOR' ? 'Vector' : 'Rectangle 12', 0, 2, 20, 20, {
      fills: [solid('#FFFFFF')], strokes: [solid('#8A8F98')], strokeWeight: 1.5, cornerRadius: 4,
      ...(kind === 'INSTANCE' ? { componentId: o.componentId } : {}),
    });
    this.d.text(row, 30, 0, this.w - 32, label, { size: 13, color: '#3A3F47', h });
    return row;
  }

  search(placeholder, o = {}) {
    const fr = this.d.node(this.f, 'FRAME', o.name || 'Frame', this.pad, this.take(44), this.w, 44, {
      fills: [solid('#F3F4F6')], cornerRadius: 22, strokes: [solid('#D1D5DB')], layoutMode: 'HORIZONTAL',
    });
    this.d.node(fr, 'VECTOR', 'Vector', 14, 13, 18, 18, { strokes: [solid('#6B7280')], strokeWeight: 2, fills: [] });
    this.d.text(fr, 42, 12, this.w - 60, placeholder, { size: 14, color: '#9CA3AF', h: 20 });
    return fr;
  }

  // a row with a logo, a name (and optional sub line) and an optional trailing label/button
  logoRow(name, o = {}) {
    const h = o.h || 56;
    const row = this.d.node(this.f, 'FRAME', o.frameName || name, this.pad, this.take(h), this.w, h, {
      fills: [solid(o.fill || '#FFFFFF')], strokes: [solid('#E5E7EB')], cornerRadius: o.radius ?? 10, layoutMode: 'HORIZONTAL',
    });
    if (o.vectorLogo) this.d.node(row, 'VECTOR', 'Vector', 12, (h - 32) / 2, 32, 32, { fills: [solid(o.logoColor || '#13B5EA')] });
    else this.d.node(row, 'RECTANGLE', o.logoName || 'Rectangle', 12, (h - 32) / 2, 32, 32, { fills: [image(o.imageRef || 'img' + name.length)], cornerRadius: 6 });
    const tw = this.w - 56 - (o.trailing ? 120 : 0);
    this.d.text(row, 54, o.sub ? 8 : (h - 20) / 2, tw, name, { size: 15, weight: 600, h: 20 });
    if (o.sub) this.d.text(row, 54, 30, tw, o.sub, { size: 12, color: o.subColor || '#6B7280', h: 17 });
    let trail = null;
    if (o.trailing) {
      trail = this.d.text(row, this.w - 120, (h - 20) / 2, 108, o.trailing, { size: 13, weight: 600, color: o.trailColor || '#1F5EFF', align: 'RIGHT', h: 20, deco: o.trailDeco });
    }
    if (o.spinner) this.d.node(row, 'VECTOR', 'Ellipse 3', this.w - 150, (h - 18) / 2, 18, 18, { strokes: [solid('#1F5EFF')], strokeWeight: 2, fills: [] });
    return { row, trail };
  }

  bar(pct, o = {}) {
    const fr = this.d.node(this.f, 'FRAME', o.name || 'Frame', this.pad, this.take(8), this.w, 8, { fills: [solid('#E5E7EB')], cornerRadius: 4 });
    this.d.node(fr, 'RECTANGLE', 'Rectangle', 0, 0, Math.round(this.w * pct), 8, { fills: [solid(o.color || '#16A34A')], cornerRadius: 4 });
    return fr;
  }

  rect(h, o = {}) {
    return this.d.node(this.f, o.type || 'RECTANGLE', o.name || 'Rectangle', this.pad, this.take(h), o.w || this.w, h, {
      fills: o.imageRef ? [image(o.imageRef)] : [solid(o.fill || '#E5E7EB')], cornerRadius: o.radius ?? 0,
      ...(o.visible === false ? { visible: false } : {}),
    });
  }
}

// A screen: top-level frame with the usual wrappers (auto layout inside auto layout).
export function screen(d, parent, name, x, y, w, h, o = {}) {
  const f = d.node(parent, 'FRAME', name, x, y, w, h, { fills: [solid(o.bg || '#FFFFFF')], clipsContent: true });
  if (o.statusBar) {
    const sb = d.node(f, 'INSTANCE', 'Status Bar / iPhone', 0, 0, w, 44, { componentId: o.statusBar, fills: [] });
    d.text(sb, 24, 14, 60, '9:41', { size: 15, weight: 600, h: 18 });
  }
  const top = o.statusBar ? 44 : 0;
  const side = o.side || 0;
  const outer = d.node(f, 'FRAME', 'Auto layout', side, top, w - side, h - top, { fills: [], layoutMode: 'VERTICAL' });
  const inner = d.node(outer, 'FRAME', o.innerName || 'Frame 427', 0, 0, w - side, h - top, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 12 });
  return { frame: f, st: new Stack(d, inner, { pad: o.pad ?? 20, gap: o.gap ?? 12 }) };
}

// prototype helpers
export function go(node, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  if (!node.interactions) node.interactions = [];
  node.interactions.push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: dest.id, navigation, transition: navigation === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null, preserveScrollPosition: false }] });
  return node;
}
export function back(node) {
  if (!node.interactions) node.interactions = [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
  return node;
}
export function close(node) {
  if (!node.interactions) node.interactions = [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
  return node;
}
export function url(node, u) {
  if (!node.interactions) node.interactions = [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] });
  return node;
}
export function oldLink(node, dest) {
  node.transitionNodeID = dest.id;
  node.transitionDuration = 300;
  node.transitionEasing = 'EASE_OUT';
  return node;
}

export function countNodes(n) {
  return 1 + (n.children || []).reduce((a, c) => a + countNodes(c), 0);
}

export function writeOut(name, json, truth) {
  writeFileSync(join(OUT_DIR, `${name}.json`), JSON.stringify(json, null, 1) + '\n');
  writeFileSync(join(OUT_DIR, `${name}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(name, 'nodes', countNodes(json.document));
}

// shared: a components page with a few components and a hover set
export function componentsPage(d, pageName, o = {}) {
  const p = d.page(pageName, o.start || 1);
  const sec = d.node(p, 'FRAME', o.frameName || 'Components', 0, 0, 1200, 700, { fills: [solid('#FFFFFF')] });
  const set = d.componentSet(sec, o.setName || 'Button', 40, 40, 420, 160);
  const base = d.component(set, 'Property 1=Default', 20, 20, 360, 48, { label: 'Button', setId: set.id, fill: o.primary });
  const hover = d.component(set, 'Property 1=Hover', 20, 90, 360, 48, { label: 'Button', setId: set.id, fill: o.hover || '#1746C4' });
  const btn = d.component(sec, o.btnName || 'Btn', 520, 40, 320, 48, { label: 'Label', fill: o.primary });
  const ghost = d.component(sec, 'Comp / Action / Large', 520, 120, 320, 48, { label: 'Label', fill: '#FFFFFF', description: 'secondary' });
  const status = d.component(sec, 'Status Bar / iPhone', 40, 260, 375, 44, { fills: [] });
  const check = d.component(sec, 'Property 1=Unchecked', 40, 340, 20, 20, { fill: '#FFFFFF', radius: 4 });
  const badge = d.component(sec, 'tag/success', 520, 200, 96, 24, { fill: '#DCFCE7', radius: 12 });
  d.text(sec, 40, 420, 600, 'Use Default for primary actions. Hover swaps on mouse-over.', { size: 13, color: '#6B7280' });
  return { page: p, base, hover, btn, ghost, status, check, badge };
}

// a nav bar with a back chevron (VECTOR) and a title; returns the chevron
export function topBar(st, title, o = {}) {
  const bar = st.box(o.h || 44, { name: o.name || 'Frame', layout: 'HORIZONTAL', pad: 0, gap: 0 });
  const chev = st.d.node(bar.f, 'VECTOR', 'Vector', 0, 12, 20, 20, { strokes: [solid('#1B1D21')], strokeWeight: 2, fills: [] });
  if (title) st.d.text(bar.f, 32, 10, bar.w - 64, title, { size: 17, weight: 600, h: 24 });
  return chev;
}

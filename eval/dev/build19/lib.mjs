// Small helpers to write Figma REST-format documents with absolute coordinates.
import { writeFileSync } from 'node:fs';

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}
export const solid = (h, a = 1) => [{ type: 'SOLID', color: hex(h, a) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export class Doc {
  constructor(name, opts = {}) {
    this.name = name;
    this.page = 0;
    this.n = 1;
    this.pages = [];
    this.components = {};
    this.componentSets = {};
    this.oldProto = !!opts.oldProto;
    this.font = opts.font || 'Inter';
  }
  id() { return `${this.page}:${this.n++}`; }
  newPage(num) { this.page = num; this.n = 1; }
  node(type, name, x, y, w, h, extra = {}) {
    const nd = { id: extra.id || this.id(), name, type };
    delete extra.id;
    if (extra.visible === false) nd.visible = false;
    delete extra.visible;
    nd.absoluteBoundingBox = { x: Math.round(x), y: Math.round(y), width: Math.round(w), height: Math.round(h) };
    const to = extra.to; const nav = extra.nav; const act = extra.act;
    delete extra.to; delete extra.nav; delete extra.act;
    Object.assign(nd, extra);
    if (to) {
      if (this.oldProto) nd.transitionNodeID = to;
      else nd.interactions = [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: to, navigation: nav || 'NAVIGATE', transition: null }] }];
    }
    if (act) nd.interactions = [{ trigger: { type: act.trigger || 'ON_CLICK' }, actions: [act.action] }];
    return nd;
  }
  text(s, x, y, w, o = {}) {
    const size = o.size || 14;
    const lines = s.split('\n').reduce((acc, l) => acc + Math.max(1, Math.ceil((l.length * size * 0.52) / Math.max(w, 10))), 0);
    const h = Math.round(lines * size * 1.35);
    const style = { fontFamily: o.font || this.font, fontSize: size, fontWeight: o.weight || 400 };
    if (o.deco) style.textDecoration = o.deco;
    if (o.align) style.textAlignHorizontal = o.align;
    return this.node('TEXT', o.name || s.slice(0, 40), x, y, o.w || w, o.h || h, {
      characters: s, style, fills: solid(o.color || '#1B1D21'), visible: o.visible, to: o.to, nav: o.nav, act: o.act, id: o.id,
    });
  }
  component(id, name, description = '') {
    this.components[id] = { key: `k${id.replace(':', 'x')}${name.length}`, name, description };
  }
  addPage(name, children, extra = {}) {
    this.pages.push({ id: `${this.page}:0`, name, type: 'CANVAS', backgroundColor: hex('#E5E5E5'), children, ...extra });
  }
  write(path) {
    const out = {
      name: this.name, lastModified: '2026-10-14T09:12:00Z', version: '4471902211', role: 'editor', editorType: 'figma', schemaVersion: 0,
      document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: this.pages },
      components: this.components, componentSets: this.componentSets, styles: {},
    };
    writeFileSync(path, JSON.stringify(out, null, 1));
    return out;
  }
}

// Layout items: functions (d, x, y, w) => node
export const T = (s, o = {}) => (d, x, y, w) => d.text(s, x, y, o.w || w, o);

export function col(o, items) {
  return (d, x, y, w) => {
    const W = o.w || w;
    const pad = o.pad ?? 0;
    const gap = o.gap ?? 12;
    const id = o.id || d.id();
    let cy = y + pad;
    const kids = [];
    for (const it of items.filter(Boolean)) {
      const k = it(d, x + pad, cy, W - 2 * pad);
      kids.push(k);
      cy += k.absoluteBoundingBox.height + gap;
    }
    const H = o.h || Math.max(cy - gap + pad - y, 2 * pad);
    const extra = { id, children: kids, visible: o.visible, to: o.to, nav: o.nav };
    if (o.layout !== false) Object.assign(extra, { layoutMode: 'VERTICAL', itemSpacing: gap, paddingLeft: pad, paddingRight: pad, paddingTop: pad, paddingBottom: pad });
    extra.fills = o.fill ? solid(o.fill) : [];
    if (o.radius) extra.cornerRadius = o.radius;
    if (o.stroke) { extra.strokes = solid(o.stroke); extra.strokeWeight = 1; }
    return d.node(o.type || 'FRAME', o.name || 'Frame', x, y, W, H, extra);
  };
}
export function row(o, items) {
  return (d, x, y, w) => {
    const W = o.w || w;
    const gap = o.gap ?? 12;
    const pad = o.pad ?? 0;
    const list = items.filter(Boolean);
    const fixed = list.filter((f) => f.fw).reduce((a, f) => a + f.fw, 0);
    const flex = list.filter((f) => !f.fw).length;
    const each = flex ? (W - 2 * pad - fixed - gap * (list.length - 1)) / flex : 0;
    const id = o.id || d.id();
    let cx = x + pad;
    const kids = list.map((it) => {
      const k = it(d, cx, y + pad, it.fw || each);
      cx += (it.fw || each) + gap;
      return k;
    });
    const H = o.h || Math.max(...kids.map((k) => k.absoluteBoundingBox.height)) + 2 * pad;
    const extra = { id, children: kids, fills: o.fill ? solid(o.fill) : [], visible: o.visible, to: o.to, nav: o.nav };
    if (o.layout !== false) Object.assign(extra, { layoutMode: 'HORIZONTAL', itemSpacing: gap, counterAxisAlignItems: 'CENTER', paddingLeft: pad, paddingRight: pad });
    if (o.radius) extra.cornerRadius = o.radius;
    if (o.stroke) { extra.strokes = solid(o.stroke); extra.strokeWeight = 1; }
    return d.node(o.type || 'FRAME', o.name || 'Frame', x, y, W, H, extra);
  };
}
export const fixedW = (w, f) => { f.fw = w; return f; };

export const rect = (name, w, h, o = {}) => fixedW(w, (d, x, y) => d.node(o.vector ? 'VECTOR' : 'RECTANGLE', name, x, y, w, h, {
  fills: o.fills || solid(o.fill || '#D9D9D9'), cornerRadius: o.radius, strokes: o.stroke ? solid(o.stroke) : undefined, visible: o.visible, to: o.to, nav: o.nav,
}));
export const logo = (name, ref, s = 32) => rect(name, s, s, { fills: image(ref), radius: 6 });
export const checkbox = (name = 'Rectangle 7', checked = false) => (d, x, y) => d.node(checked ? 'VECTOR' : 'RECTANGLE', name, x, y, 20, 20, {
  fills: checked ? solid('#2B59FF') : [], strokes: solid('#8A8F98'), strokeWeight: 1.5, cornerRadius: 4,
});

// Buttons in several builds
export function btnFrame(label, o = {}) {
  const f = (d, x, y, w) => {
    const W = o.w || w; const H = o.h || 48;
    const t = d.text(label, x + 16, y + (H - (o.size || 16) * 1.35) / 2, W - 32, { size: o.size || 16, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER' });
    return d.node('FRAME', o.name || label, x, y, W, H, { fills: solid(o.fill || '#2B59FF'), cornerRadius: o.radius ?? 8, layoutMode: 'HORIZONTAL', primaryAxisAlignItems: 'CENTER', children: [t], to: o.to, nav: o.nav, act: o.act });
  };
  if (o.w) f.fw = o.w;
  return f;
}
export function btnInstance(label, compId, o = {}) {
  const f = (d, x, y, w) => {
    const W = o.w || w; const H = o.h || 48;
    const t = d.text(label, x + 16, y + (H - 21) / 2, W - 32, { size: o.size || 16, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER', name: o.textName || 'Label' });
    return d.node('INSTANCE', o.name || 'Button', x, y, W, H, { componentId: compId, fills: solid(o.fill || '#2B59FF'), cornerRadius: o.radius ?? 10, children: [t], to: o.to, nav: o.nav, act: o.act });
  };
  if (o.w) f.fw = o.w;
  return f;
}
export function btnGroup(label, o = {}) {
  const f = (d, x, y, w) => {
    const W = o.w || w; const H = o.h || 44;
    const bg = d.node(o.vector ? 'VECTOR' : 'RECTANGLE', o.bgName || 'Rectangle 3', x, y, W, H, { fills: solid(o.fill || '#7A1E3A'), cornerRadius: o.radius ?? 6 });
    const t = d.text(label, x + 12, y + (H - 20) / 2, W - 24, { size: o.size || 15, weight: 600, color: o.color || '#FFFFFF', align: 'CENTER' });
    return d.node('GROUP', o.name || 'Group ' + (d.n + 3), x, y, W, H, { children: [bg, t], to: o.to, nav: o.nav, visible: o.visible });
  };
  if (o.w) f.fw = o.w;
  return f;
}
export const link = (label, o = {}) => T(label, { color: o.color || '#2B59FF', deco: o.plain ? undefined : 'UNDERLINE', size: o.size || 14, weight: o.weight || 500, ...o });

export function searchField(placeholder, o = {}) {
  return (d, x, y, w) => {
    const H = 44;
    const mag = d.node('VECTOR', 'Vector', x + 14, y + 13, 18, 18, { strokes: solid('#6B7280'), strokeWeight: 2, fills: [] });
    const t = d.text(placeholder, x + 42, y + 12, w - 56, { size: 15, color: '#9AA0A6' });
    return d.node('FRAME', o.name || 'Frame 88', x, y, w, H, { fills: solid('#FFFFFF'), strokes: solid('#D0D4DA'), strokeWeight: 1, cornerRadius: o.radius ?? 22, layoutMode: 'HORIZONTAL', itemSpacing: 10, children: [mag, t], visible: o.visible });
  };
}
export function field(label, value, o = {}) {
  return col({ name: o.name || 'Auto layout', gap: 6 }, [
    T(label, { size: 13, color: '#5F6570', weight: 500 }),
    (d, x, y, w) => {
      const t = d.text(value, x + 12, y + 12, w - 24, { size: 15, color: o.placeholder ? '#A0A4AB' : '#1B1D21' });
      return d.node('FRAME', o.boxName || 'Input', x, y, w, 44, { fills: solid(o.bg || '#FFFFFF'), strokes: solid('#CDD1D7'), strokeWeight: 1, cornerRadius: 6, children: [t] });
    },
  ]);
}
export function screen(d, name, x, y, w, h, id, items, o = {}) {
  const pad = o.pad ?? 24;
  const inner = col({ name: o.innerName || (o.flat ? 'Group 1' : 'Content'), gap: o.gap ?? 16, pad: 0, type: o.flat ? 'GROUP' : 'FRAME', layout: !o.flat }, items)(d, x + (o.left ?? pad), y + (o.top ?? 24), w - (o.left ?? pad) - pad);
  const kids = (o.before || []).map((f) => f(d, x, y, w)).concat([inner], (o.after || []).map((f) => f(d, x, y, w)));
  return d.node('FRAME', name, x, y, w, h, { id, fills: solid(o.fill || '#FFFFFF'), children: kids, clipsContent: true, visible: o.visible });
}
export const section = (d, name, x, y, w, h, children) => d.node('SECTION', name, x, y, w, h, { children, fills: solid('#F4F4F4') });
export const countNodes = (n) => 1 + (n.children || []).reduce((a, c) => a + countNodes(c), 0);

// Held-out corpus part 2 (h06–h10): tiny Figma-REST-shaped document builder.
// Written from the checklist and the public Figma REST file format only.
// Plain JS, no dependencies. Deterministic: same input -> same output.

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  const f = (v) => Math.round((v / 255) * 10000) / 10000;
  return { r: f((n >> 16) & 255), g: f((n >> 8) & 255), b: f(n & 255), a };
}
export const solid = (h, a = 1) => ({ blendMode: 'NORMAL', type: 'SOLID', color: hex(h, a) });

function strHash(s) {
  let h1 = 0x811c9dc5, h2 = 0x1234567;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 + c, 2654435761) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(3).slice(0, 40);
}
export const imageFill = (seed) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: strHash('img:' + seed) });

const CHAR_W = 0.53;
function lineCount(chars, size, w) {
  return chars.split('\n').reduce((s, l) => s + Math.max(1, Math.ceil((Array.from(l).length * size * CHAR_W) / Math.max(w, 1))), 0);
}

export class Builder {
  constructor(seed = 1) {
    this.s = seed >>> 0;
    this.prefix = 1;
    this.cnt = {};
    this.autoN = {};
    this.components = {};
    this.componentSets = {};
    this.font = 'Inter';
    this.textColor = '#111827';
    this.instanceChildIds = false;
  }
  rnd() { // mulberry32
    let t = (this.s += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  page(prefix) { this.prefix = prefix; }
  nid() { const p = this.prefix; this.cnt[p] = (this.cnt[p] || 1) + 1; return `${p}:${this.cnt[p]}`; }
  reserve() { return this.nid(); }
  auto(kind) {
    if (this.autoN[kind] == null) this.autoN[kind] = 2 + Math.floor(this.rnd() * 400);
    this.autoN[kind] += 1 + Math.floor(this.rnd() * 6);
    return `${kind} ${this.autoN[kind]}`;
  }

  // ---- leaves -------------------------------------------------------------
  T(chars, o = {}) {
    const size = o.size || 14;
    const lh = Math.round(size * (o.lh || 1.4));
    const natural = Math.max(...chars.split('\n').map((l) => Math.ceil(Array.from(l).length * size * CHAR_W)), 4);
    const w = o.w ?? natural;
    const n = {
      id: o.id || this.nid(),
      name: o.name ?? (chars.length > 48 ? chars.slice(0, 48) : chars),
      type: 'TEXT',
      characters: chars,
      style: {
        fontFamily: o.font || this.font,
        fontPostScriptName: null,
        fontWeight: o.weight || 400,
        fontSize: size,
        textAlignHorizontal: o.align || 'LEFT',
        textAlignVertical: 'TOP',
        letterSpacing: 0,
        lineHeightPx: lh,
        lineHeightUnit: 'PIXELS',
      },
      fills: [solid(o.color || this.textColor)],
      strokes: [],
      effects: [],
      characterStyleOverrides: [],
      styleOverrideTable: {},
      _w: w, _h: lineCount(chars, size, w) * lh, _text: { size, lh },
    };
    if (o.italic) n.style.italic = true;
    if (o.decoration) n.style.textDecoration = o.decoration;
    if (o.upper) n.style.textCase = 'UPPER';
    return this._common(n, o);
  }
  _shape(type, w, h, o, defName) {
    const n = { id: o.id || this.nid(), name: o.name || defName, type, blendMode: 'PASS_THROUGH' };
    n.fills = o.image ? [imageFill(o.image)] : o.fill ? [solid(o.fill, o.fillA ?? 1)] : [];
    n.strokes = o.stroke ? [solid(o.stroke)] : [];
    if (o.stroke) { n.strokeWeight = o.strokeWeight || 1; n.strokeAlign = 'INSIDE'; }
    if (o.dash) n.strokeDashes = [6, 4];
    if (o.radius != null) n.cornerRadius = o.radius;
    n.effects = [];
    n._w = w; n._h = h;
    return this._common(n, o);
  }
  R(w, h, o = {}) { return this._shape('RECTANGLE', w, h, o, this.auto('Rectangle')); }
  V(w, h, o = {}) { return this._shape('VECTOR', w, h, o, 'Vector'); }
  E(w, h, o = {}) { return this._shape('ELLIPSE', w, h, o, this.auto('Ellipse')); }
  L(w, o = {}) { return this._shape('LINE', w, 0, { stroke: o.stroke || '#E5E7EB', ...o }, 'Line'); }

  _common(n, o) {
    if (o.visible === false) n.visible = false;
    if (o.x != null) n._x = o.x;
    if (o.y != null) n._y = o.y;
    if (o.stretch) n._stretch = true;
    if (o.grow) n._grow = true;
    return n;
  }

  // ---- containers ---------------------------------------------------------
  F(o = {}, kids = []) { return this._box('FRAME', o, kids, o.name || this.auto('Frame')); }
  C(o = {}, kids = []) { return this._box('COMPONENT', o, kids, o.name || 'Component'); }
  I(compId, o = {}, kids = []) {
    const meta = this.components[compId];
    if (!meta) throw new Error('unknown component ' + compId);
    const n = this._box('INSTANCE', o, kids, o.name || meta.setName || meta.name);
    n.componentId = compId;
    if (this.instanceChildIds) {
      const walk = (c) => { c.id = `I${n.id};${c.id}`; (c.children || []).forEach(walk); };
      (n.children || []).forEach(walk);
    }
    return n;
  }
  _box(type, o, kids, name) {
    kids = kids.flat(5).filter(Boolean);
    const n = { id: o.id || this.nid(), name, type, blendMode: 'PASS_THROUGH' };
    const pad = o.pad == null ? [0, 0, 0, 0] : typeof o.pad === 'number' ? [o.pad, o.pad, o.pad, o.pad] : o.pad.length === 2 ? [o.pad[0], o.pad[1], o.pad[0], o.pad[1]] : o.pad;
    const [pt, pr, pb, pl] = pad;
    const gap = o.gap || 0;
    n.clipsContent = !!o.clip;
    n.fills = o.image ? [imageFill(o.image)] : o.fill ? [solid(o.fill, o.fillA ?? 1)] : [];
    n.strokes = o.stroke ? [solid(o.stroke)] : [];
    if (o.stroke) { n.strokeWeight = o.strokeWeight || 1; n.strokeAlign = 'INSIDE'; }
    if (o.dash) n.strokeDashes = [6, 4];
    if (o.radius != null) n.cornerRadius = o.radius;
    n.effects = o.shadow ? [{ type: 'DROP_SHADOW', visible: true, color: hex('#000000', 0.12), blendMode: 'NORMAL', offset: { x: 0, y: 4 }, radius: 16, showShadowBehindNode: false }] : [];
    if (o.description) n.description = o.description;
    const lm = o.layout === 'V' ? 'VERTICAL' : o.layout === 'H' ? 'HORIZONTAL' : null;
    const vis = kids.filter((k) => k.visible !== false);
    if (lm) {
      n.layoutMode = lm;
      n.itemSpacing = gap;
      n.paddingLeft = pl; n.paddingRight = pr; n.paddingTop = pt; n.paddingBottom = pb;
      n.primaryAxisAlignItems = o.justify || 'MIN';
      n.counterAxisAlignItems = o.align || 'MIN';
      n.primaryAxisSizingMode = (lm === 'VERTICAL' ? o.h : o.w) != null ? 'FIXED' : 'AUTO';
      n.counterAxisSizingMode = (lm === 'VERTICAL' ? o.w : o.h) != null ? 'FIXED' : 'AUTO';
      const innerW = o.w != null ? o.w - pl - pr : null;
      const innerH = o.h != null ? o.h - pt - pb : null;
      if (lm === 'VERTICAL' && innerW != null) {
        for (const k of kids) if (k._stretch) this.resize(k, innerW);
      }
      if (lm === 'HORIZONTAL' && innerW != null) {
        const growers = vis.filter((k) => k._grow);
        if (growers.length) {
          const used = vis.filter((k) => !k._grow).reduce((s, k) => s + k._w, 0) + gap * (vis.length - 1);
          const each = Math.max(20, Math.floor((innerW - used) / growers.length));
          for (const k of growers) this.resize(k, each);
        }
      }
      if (lm === 'HORIZONTAL' && innerH != null) {
        for (const k of kids) if (k._stretch) k._h = innerH;
      }
      for (const k of kids) { k.layoutAlign = k._stretch ? 'STRETCH' : 'INHERIT'; k.layoutGrow = k._grow ? 1 : 0; }
      const sumMain = vis.reduce((s, k) => s + (lm === 'VERTICAL' ? k._h : k._w), 0) + gap * Math.max(0, vis.length - 1);
      const maxCross = Math.max(0, ...vis.map((k) => (lm === 'VERTICAL' ? k._w : k._h)));
      n._w = o.w ?? (lm === 'VERTICAL' ? maxCross : sumMain) + pl + pr;
      n._h = o.h ?? (lm === 'VERTICAL' ? sumMain : maxCross) + pt + pb;
      n._lm = lm; n._pad = pad; n._gap = gap;
    } else {
      for (const k of kids) k.constraints = { vertical: 'TOP', horizontal: 'LEFT' };
      n._w = o.w ?? Math.max(1, ...kids.map((k) => (k._x || 0) + k._w));
      n._h = o.h ?? Math.max(1, ...kids.map((k) => (k._y || 0) + k._h));
    }
    n.children = kids;
    return this._common(n, o);
  }
  G(o = {}, kids = []) {
    kids = kids.flat(5).filter(Boolean);
    const n = { id: o.id || this.nid(), name: o.name || this.auto('Group'), type: 'GROUP', blendMode: 'PASS_THROUGH', fills: [], strokes: [], effects: [] };
    n._w = Math.max(1, ...kids.map((k) => (k._x || 0) + k._w));
    n._h = Math.max(1, ...kids.map((k) => (k._y || 0) + k._h));
    n.children = kids;
    return this._common(n, o);
  }
  SECTION(o = {}, kids = []) {
    const n = { id: o.id || this.nid(), name: o.name || 'Section', type: 'SECTION', sectionContentsHidden: false, fills: [solid('#F3F4F6')], strokes: [] };
    n._w = Math.max(1, ...kids.map((k) => (k._x || 0) + k._w)) + 80;
    n._h = Math.max(1, ...kids.map((k) => (k._y || 0) + k._h)) + 80;
    n.children = kids;
    return this._common(n, o);
  }
  resize(k, w) {
    k._w = w;
    if (k._text) k._h = lineCount(k.characters, k._text.size, w) * k._text.lh;
  }
  at(n, x, y) { n._x = x; n._y = y; return n; }

  // ---- prototype ----------------------------------------------------------
  _act(n, action, trigger = 'ON_CLICK') {
    (n.interactions ||= []).push({ trigger: { type: trigger }, actions: [action] });
    return n;
  }
  go(n, dest, navigation = 'NAVIGATE', transition = null) {
    return this._act(n, { type: 'NODE', destinationId: dest, navigation, transition, resetVideoPosition: false });
  }
  overlay(n, dest) { return this.go(n, dest, 'OVERLAY', { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.2 }); }
  hoverSwap(n, variantId) {
    return this._act(n, { type: 'NODE', destinationId: variantId, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.15 } }, 'ON_HOVER');
  }
  back(n) { return this._act(n, { type: 'BACK' }); }
  close(n) { return this._act(n, { type: 'CLOSE' }); }
  url(n, u) { return this._act(n, { type: 'URL', url: u }); }
  scrollTo(n, dest) { return this._act(n, { type: 'NODE', destinationId: dest, navigation: 'SCROLL_TO', transition: null }); }
  oldLink(n, dest) { n.transitionNodeID = dest; n.transitionDuration = 300; n.transitionEasing = 'EASE_OUT'; return n; }

  // ---- components ---------------------------------------------------------
  registerComponent(node, { description = '', setId = null, setName = null } = {}) {
    this.components[node.id] = { key: strHash('key:' + node.id + node.name), name: node.name, description, remote: false, documentationLinks: [] };
    if (setId) this.components[node.id].componentSetId = setId;
    Object.defineProperty(this.components[node.id], 'setName', { value: setName, enumerable: false });
    return node.id;
  }
  componentSet(name, variants, description = '') {
    // variants: array of COMPONENT nodes (already built, laid out with x/y)
    const id = this.nid();
    const set = this._box('COMPONENT_SET', { name, id, pad: 20, layout: 'H', gap: 24, stroke: '#9747FF', dash: true, radius: 5 }, variants, name);
    this.componentSets[id] = { key: strHash('set:' + id + name), name, description, remote: false, documentationLinks: [] };
    for (const v of variants) this.registerComponent(v, { setId: id, setName: name, description });
    return set;
  }

  // ---- finalize -----------------------------------------------------------
  place(n, ax, ay) {
    const w = Math.round(n._w), h = Math.round(n._h);
    n.absoluteBoundingBox = { x: ax, y: ay, width: w, height: h };
    n.absoluteRenderBounds = n.visible === false ? null : { x: ax, y: ay, width: w, height: h };
    const kids = n.children || [];
    if (n._lm) {
      const [pt, pr, pb, pl] = n._pad;
      const V = n._lm === 'VERTICAL';
      const vis = kids.filter((k) => k.visible !== false);
      const innerMain = (V ? n._h - pt - pb : n._w - pl - pr);
      const innerCross = (V ? n._w - pl - pr : n._h - pt - pb);
      const content = vis.reduce((s, k) => s + (V ? k._h : k._w), 0) + n._gap * Math.max(0, vis.length - 1);
      let cur = 0, gap = n._gap;
      if (n.primaryAxisAlignItems === 'CENTER') cur = Math.max(0, (innerMain - content) / 2);
      if (n.primaryAxisAlignItems === 'MAX') cur = Math.max(0, innerMain - content);
      if (n.primaryAxisAlignItems === 'SPACE_BETWEEN' && vis.length > 1) gap = n._gap + Math.max(0, (innerMain - content) / (vis.length - 1));
      for (const k of kids) {
        const cm = V ? k._w : k._h;
        let cross = 0;
        if (n.counterAxisAlignItems === 'CENTER') cross = (innerCross - cm) / 2;
        if (n.counterAxisAlignItems === 'MAX') cross = innerCross - cm;
        const x = V ? pl + cross : pl + cur;
        const y = V ? pt + cur : pt + cross;
        const main = V ? k._h : k._w;
        this.place(k, Math.round(ax + x), Math.round(ay + y));
        if (k.visible !== false) cur += main + gap;
      }
    } else {
      const offX = n.type === 'SECTION' ? 40 : 0, offY = n.type === 'SECTION' ? 40 : 0;
      for (const k of kids) this.place(k, ax + offX + (k._x || 0), ay + offY + (k._y || 0));
    }
    for (const key of Object.keys(n)) if (key.startsWith('_')) delete n[key];
    return n;
  }
  canvas(id, name, kids, { flowStart = [], prototypeStart = null, bg = '#E5E5E5' } = {}) {
    const c = { id, name, type: 'CANVAS', children: kids, backgroundColor: hex(bg), prototypeStartNodeID: prototypeStart, flowStartingPoints: flowStart, prototypeDevice: { type: 'NONE', rotation: 'NONE' } };
    for (const k of kids) this.place(k, k._x || 0, k._y || 0);
    return c;
  }
  file(name, pages) {
    return {
      name,
      lastModified: '2026-10-01T10:00:00Z',
      thumbnailUrl: '',
      version: '1',
      role: 'viewer',
      editorType: 'figma',
      linkAccess: 'inherit',
      schemaVersion: 0,
      document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: pages },
      components: this.components,
      componentSets: this.componentSets,
      styles: {},
    };
  }
}

// ---- shared widget helpers (each takes the builder) -----------------------
// Button made from a component instance whose child TEXT is the label.
export function btnInst(b, compId, label, o = {}) {
  return b.I(compId, { layout: 'H', justify: 'CENTER', align: 'CENTER', w: o.w, h: o.h || 48, pad: [0, 20], fill: o.fill || '#111827', radius: o.radius ?? 8, name: o.name, stretch: o.stretch, x: o.x, y: o.y, visible: o.visible }, [
    o.icon ? b.V(16, 16, { fill: o.color || '#FFFFFF' }) : null,
    b.T(label, { size: o.size || 15, weight: 600, color: o.color || '#FFFFFF', name: o.textName }),
  ]);
}
// Button made from a plain auto-layout FRAME with a fill + radius.
export function btnFrame(b, label, o = {}) {
  return b.F({ layout: 'H', justify: 'CENTER', align: 'CENTER', w: o.w, h: o.h || 44, pad: [0, 18], fill: o.fill || '#111827', stroke: o.stroke, radius: o.radius ?? 8, name: o.name, stretch: o.stretch, x: o.x, y: o.y }, [
    b.T(label, { size: o.size || 14, weight: o.weight || 600, color: o.color || '#FFFFFF', name: o.textName }),
  ]);
}
// Button made from a TEXT centred over a sibling RECTANGLE/VECTOR inside a GROUP.
export function btnGroup(b, label, o = {}) {
  const w = o.w || 327, h = o.h || 52, size = o.size || 16;
  const bg = (o.shape === 'vector' ? b.V : b.R).call(b, w, h, { fill: o.fill || '#111827', radius: o.shape === 'vector' ? undefined : (o.radius ?? 12), name: o.bgName, x: 0, y: 0 });
  const t = b.T(label, { size, weight: o.weight || 600, color: o.color || '#FFFFFF', align: 'CENTER', name: o.textName });
  b.at(t, Math.round((w - t._w) / 2), Math.round((h - t._h) / 2));
  return b.G({ name: o.name, x: o.x, y: o.y, stretch: o.stretch }, [bg, t]);
}
export function linkText(b, label, o = {}) {
  return b.T(label, { size: o.size || 14, weight: o.weight || 500, color: o.color || '#2563EB', decoration: o.underline === false ? undefined : 'UNDERLINE', name: o.name, x: o.x, y: o.y, w: o.w, visible: o.visible });
}

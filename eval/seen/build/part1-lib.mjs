// Held-out corpus, part 1 (h01–h05): a tiny builder for Figma REST file responses.
// Plain JS, no dependencies. Written from the checklist and the public REST format only.
// Nodes are created with sizes/positions relative to their parent; finish() runs a small
// auto-layout pass and converts everything to absolute canvas coordinates.

export function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}

export function color(hex, a = 1) {
  const h = hex.replace('#', '');
  const c = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 10000) / 10000;
  return { r: c(0), g: c(2), b: c(4), a };
}
export const solid = (hex, a = 1) => ({ blendMode: 'NORMAL', type: 'SOLID', color: color(hex, a) });
export const image = (ref) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function fnvHex(str, len = 40) {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < len; round++) {
    for (const ch of str + ':' + round) { h ^= ch.charCodeAt(0); h = Math.imul(h, 0x01000193) >>> 0; }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, len);
}

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\uFEFF/;

export class Builder {
  constructor(seed = 1) {
    this.rand = rng(seed);
    this.prefix = 1;
    this.n = 1;
    this.keys = {};
    this.components = {};
    this.componentSets = {};
    this.usedNums = new Set();
  }
  setPrefix(p) { this.prefix = p; this.n = 1; }
  id() { return `${this.prefix}:${this.n++}`; }
  /** Stable id for a keyed node (frames referenced by prototype links before they are built). */
  fid(key) { if (!this.keys[key]) this.keys[key] = this.id(); return this.keys[key]; }
  /** Figma-style auto name: "Frame 427". */
  auto(base) {
    let k;
    do { k = Math.floor(this.rand() * 980) + 3; } while (this.usedNums.has(base + k) && this.usedNums.size < 900);
    this.usedNums.add(base + k);
    return `${base} ${k}`;
  }
  pick(arr) { return arr[Math.floor(this.rand() * arr.length)]; }

  _base(type, name, o) {
    const n = { id: o.id ?? this.id(), name, type };
    if (o.visible === false) n.visible = false;
    n._x = o.x; n._y = o.y; n._w = o.w; n._h = o.h;
    n._grow = o.grow; n._hug = o.hug;
    if (o.opacity != null) n.opacity = o.opacity;
    return n;
  }
  _paint(n, o) {
    n.fills = o.fill == null ? [] : Array.isArray(o.fill) ? o.fill : typeof o.fill === 'string' ? [solid(o.fill)] : [o.fill];
    if (o.stroke) { n.strokes = [solid(o.stroke)]; n.strokeWeight = o.strokeWeight ?? 1; n.strokeAlign = 'INSIDE'; }
    else n.strokes = [];
    if (o.radius != null) n.cornerRadius = o.radius;
  }
  _layout(n, o) {
    if (!o.layout) return;
    n.layoutMode = o.layout === 'V' ? 'VERTICAL' : 'HORIZONTAL';
    n.itemSpacing = o.gap ?? 0;
    const p = o.pad == null ? [0, 0, 0, 0] : typeof o.pad === 'number' ? [o.pad, o.pad, o.pad, o.pad]
      : o.pad.length === 2 ? [o.pad[0], o.pad[1], o.pad[0], o.pad[1]] : o.pad;
    n.paddingTop = p[0]; n.paddingRight = p[1]; n.paddingBottom = p[2]; n.paddingLeft = p[3];
    n.primaryAxisAlignItems = o.justify ?? 'MIN';
    n.counterAxisAlignItems = o.align ?? 'MIN';
    n.primaryAxisSizingMode = (n.layoutMode === 'VERTICAL' ? o.h : o.w) != null ? 'FIXED' : 'AUTO';
    n.counterAxisSizingMode = (n.layoutMode === 'VERTICAL' ? o.w : o.h) != null ? 'FIXED' : 'AUTO';
  }
  _kids(n, children) { n.children = (children || []).filter(Boolean); return n; }

  text(chars, o = {}) {
    const n = this._base('TEXT', o.name ?? (chars || 'Text'), o);
    const size = o.size ?? 14;
    n.characters = chars;
    n.style = {
      fontFamily: o.font ?? 'Inter', fontPostScriptName: null, fontWeight: o.weight ?? 400, fontSize: size,
      textAlignHorizontal: o.align ?? 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0,
      lineHeightPx: Math.round(size * (o.lh ?? 1.4) * 100) / 100, lineHeightUnit: 'PIXELS',
    };
    if (o.deco) n.style.textDecoration = o.deco;
    if (o.italic) n.style.italic = true;
    n.fills = [solid(o.color ?? '#111827')];
    n._text = true;
    return n;
  }
  frame(name, o = {}, children = []) {
    const n = this._base(o.type ?? 'FRAME', name ?? this.auto('Frame'), o);
    this._paint(n, o);
    n.clipsContent = o.clip ?? false;
    this._layout(n, o);
    if (o.effects) n.effects = o.effects;
    return this._kids(n, children);
  }
  /** Auto-layout shorthands. */
  col(name, o = {}, children = []) { return this.frame(name, { layout: 'V', ...o }, children); }
  row(name, o = {}, children = []) { return this.frame(name, { layout: 'H', align: 'CENTER', ...o }, children); }
  group(name, o = {}, children = []) {
    const n = this._base('GROUP', name ?? this.auto('Group'), o);
    n.fills = [];
    return this._kids(n, children);
  }
  section(name, o = {}, children = []) {
    const n = this._base('SECTION', name, o);
    n.fills = [solid(o.fill ?? '#F5F5F5')];
    n.sectionContentsHidden = false;
    return this._kids(n, children);
  }
  rect(name, w, h, o = {}) {
    const n = this._base('RECTANGLE', name ?? this.auto('Rectangle'), { ...o, w, h });
    this._paint(n, o);
    return n;
  }
  vector(name, w, h, o = {}) {
    const n = this._base('VECTOR', name ?? 'Vector', { ...o, w, h });
    this._paint(n, o);
    return n;
  }
  ellipse(name, w, h, o = {}) {
    const n = this._base('ELLIPSE', name ?? this.auto('Ellipse'), { ...o, w, h });
    this._paint(n, o);
    if (o.arc) n.arcData = o.arc;
    return n;
  }
  line(name, w, o = {}) {
    const n = this._base('LINE', name ?? this.auto('Line'), { ...o, w, h: 0 });
    n.fills = []; n.strokes = [solid(o.color ?? '#E5E7EB')]; n.strokeWeight = 1;
    return n;
  }
  /** Registers a component (metadata under top-level `components`). */
  registerComponent(key, name, { description = '', setKey = null, remote = false } = {}) {
    const id = this.fid(key);
    this.components[id] = { key: fnvHex('c:' + key + name), name, description, remote, documentationLinks: [] };
    if (setKey) this.components[id].componentSetId = this.fid(setKey);
    return id;
  }
  registerComponentSet(key, name, description = '') {
    const id = this.fid(key);
    this.componentSets[id] = { key: fnvHex('s:' + key + name), name, description, remote: false };
    return id;
  }
  component(key, name, o = {}, children = []) {
    return this.frame(name, { ...o, id: this.fid(key), type: 'COMPONENT' }, children);
  }
  componentSet(key, name, o = {}, children = []) {
    return this.frame(name, { ...o, id: this.fid(key), type: 'COMPONENT_SET' }, children);
  }
  /** INSTANCE; descendants get Figma-style "I<instance>;<inner>" ids. */
  instance(name, compKey, o = {}, children = []) {
    const n = this.frame(name, { ...o, type: 'INSTANCE' }, children);
    n.componentId = this.fid(compKey);
    let k = 1;
    const rename = (c) => { c.id = `I${n.id};${900 + (this.prefix % 50)}:${k++}`; (c.children || []).forEach(rename); };
    n.children.forEach(rename);
    return n;
  }

  // ---------- prototype helpers ----------
  _push(node, action, trigger = { type: 'ON_CLICK' }) {
    node.interactions = node.interactions || [];
    node.interactions.push({ trigger, actions: [action] });
    return node;
  }
  go(node, key, navigation = 'NAVIGATE', transition = null) {
    return this._push(node, { type: 'NODE', destinationId: this.fid(key), navigation, transition, preserveScrollPosition: false });
  }
  overlay(node, key) { return this.go(node, key, 'OVERLAY', { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } }); }
  after(node, key, ms = 1500) {
    return this._push(node, { type: 'NODE', destinationId: this.fid(key), navigation: 'NAVIGATE', transition: null, preserveScrollPosition: false },
      { type: 'AFTER_TIMEOUT', timeout: ms / 1000 });
  }
  back(node) { return this._push(node, { type: 'BACK' }); }
  close(node) { return this._push(node, { type: 'CLOSE' }); }
  url(node, u) { return this._push(node, { type: 'URL', url: u }); }
  scrollTo(node, id) { return this._push(node, { type: 'NODE', destinationId: id, navigation: 'SCROLL_TO', transition: null }); }
  change(node, id) { return this._push(node, { type: 'NODE', destinationId: id, navigation: 'CHANGE_TO', transition: null }); }
  /** Old-style prototype link. */
  legacy(node, key) { node.transitionNodeID = this.fid(key); node.transitionDuration = 300; node.transitionEasing = 'EASE_OUT'; return node; }
}

// ---------- layout ----------
function textWidth(n) {
  const size = n.style.fontSize;
  const lines = n.characters.split('\n');
  let max = 0;
  for (const l of lines) {
    let w = 0;
    for (const ch of Array.from(l)) {
      if (ZERO_WIDTH.test(ch)) continue;
      const cp = ch.codePointAt(0);
      w += cp > 0x2000 && cp > 0x1F000 ? size * 1.1 : /[A-Z0-9@]/.test(ch) ? size * 0.62 : ch === ' ' ? size * 0.28 : size * 0.52;
    }
    max = Math.max(max, w);
  }
  return Math.ceil(max * (n.style.fontWeight >= 600 ? 1.05 : 1));
}
function textHeight(n, w) {
  const lh = n.style.lineHeightPx;
  let lines = 0;
  for (const l of n.characters.split('\n')) {
    const one = textWidth({ characters: l, style: n.style });
    lines += Math.max(1, Math.ceil(one / Math.max(1, w)));
  }
  return Math.round(lines * lh);
}
function pads(n) { return [n.paddingTop ?? 0, n.paddingRight ?? 0, n.paddingBottom ?? 0, n.paddingLeft ?? 0]; }

function measure(n, availW, parentMode) {
  if (n._text) {
    if (n._w == null) {
      const est = textWidth(n);
      n._w = availW == null ? est : parentMode === 'VERTICAL' && !n._hug ? availW : Math.min(est, availW);
      if (parentMode === 'VERTICAL' && !n._hug) n.layoutAlign = 'STRETCH';
    }
    if (n._h == null) n._h = textHeight(n, n._w);
    return;
  }
  const kids = n.children || [];
  if (n._w == null && parentMode === 'VERTICAL' && availW != null && !n._hug && n.type !== 'GROUP') { n._w = availW; n.layoutAlign = 'STRETCH'; }
  const mode = n.layoutMode;
  const [pt, pr, pb, pl] = pads(n);
  const inner = n._w != null ? n._w - pl - pr : null;
  const _all = kids;
  if (mode === 'HORIZONTAL') {
    const fixed = kids.filter((k) => !k._grow);
    fixed.forEach((k) => measure(k, inner, 'HORIZONTAL'));
    const growKids = kids.filter((k) => k._grow);
    if (growKids.length) {
      const used = fixed.reduce((s, k) => s + k._w, 0) + (n.itemSpacing ?? 0) * (kids.length - 1);
      const each = inner != null ? Math.max(20, (inner - used) / growKids.length) : 120;
      growKids.forEach((k) => { k._w = Math.round(each); k.layoutGrow = 1; measure(k, k._w, 'GROW'); });
    }
  } else if (mode === 'VERTICAL') {
    kids.forEach((k) => measure(k, inner, 'VERTICAL'));
  } else {
    kids.forEach((k) => measure(k, inner != null ? Math.max(20, inner - (k._x ?? 0)) : null, 'NONE'));
  }
  const gap = n.itemSpacing ?? 0;
  if (mode) { const vis = kids.filter((k) => k.visible !== false); return hug(n, vis, gap, pt, pr, pb, pl, mode); }
  if (n._w == null) {
    if (mode === 'HORIZONTAL') n._w = pl + pr + kids.reduce((s, k) => s + k._w, 0) + gap * Math.max(0, kids.length - 1);
    else if (mode === 'VERTICAL') n._w = pl + pr + Math.max(0, ...kids.map((k) => k._w));
    else n._w = Math.max(0, ...kids.map((k) => (k._x ?? 0) + k._w));
  }
  if (n._h == null) {
    if (mode === 'VERTICAL') n._h = pt + pb + kids.reduce((s, k) => s + k._h, 0) + gap * Math.max(0, kids.length - 1);
    else if (mode === 'HORIZONTAL') n._h = pt + pb + Math.max(0, ...kids.map((k) => k._h));
    else n._h = Math.max(0, ...kids.map((k) => (k._y ?? 0) + k._h));
  }
}

function hug(n, kids, gap, pt, pr, pb, pl, mode) {
  if (n._w == null) {
    if (mode === 'HORIZONTAL') n._w = pl + pr + kids.reduce((s, k) => s + k._w, 0) + gap * Math.max(0, kids.length - 1);
    else n._w = pl + pr + Math.max(0, ...kids.map((k) => k._w));
  }
  if (n._h == null) {
    if (mode === 'VERTICAL') n._h = pt + pb + kids.reduce((s, k) => s + k._h, 0) + gap * Math.max(0, kids.length - 1);
    else n._h = pt + pb + Math.max(0, ...kids.map((k) => k._h));
  }
}

function place(n, ax, ay) {
  n.absoluteBoundingBox = { x: Math.round(ax), y: Math.round(ay), width: Math.round(n._w), height: Math.round(n._h) };
  const kids = n.children || [];
  const mode = n.layoutMode;
  const [pt, pr, pb, pl] = pads(n);
  const gap = n.itemSpacing ?? 0;
  if (mode === 'VERTICAL' || mode === 'HORIZONTAL') {
    const V = mode === 'VERTICAL';
    const hidden = kids.filter((k) => k.visible === false);
    const shown = kids.filter((k) => k.visible !== false);
    const innerMain = V ? n._h - pt - pb : n._w - pl - pr;
    const innerCross = V ? n._w - pl - pr : n._h - pt - pb;
    const total = shown.reduce((s, k) => s + (V ? k._h : k._w), 0);
    let cursor = 0; let g = gap;
    if (n.primaryAxisAlignItems === 'CENTER') cursor = (innerMain - total - gap * (shown.length - 1)) / 2;
    if (n.primaryAxisAlignItems === 'MAX') cursor = innerMain - total - gap * (shown.length - 1);
    if (n.primaryAxisAlignItems === 'SPACE_BETWEEN' && shown.length > 1) g = (innerMain - total) / (shown.length - 1);
    for (const k of hidden) place(k, ax + pl, ay + pt);
    for (const k of shown) {
      const size = V ? k._w : k._h;
      let cross = 0;
      if (n.counterAxisAlignItems === 'CENTER') cross = (innerCross - size) / 2;
      if (n.counterAxisAlignItems === 'MAX') cross = innerCross - size;
      const x = V ? ax + pl + cross : ax + pl + cursor;
      const y = V ? ay + pt + cursor : ay + pt + cross;
      place(k, x, y);
      cursor += (V ? k._h : k._w) + g;
    }
  } else {
    for (const k of kids) place(k, ax + (k._x ?? 0), ay + (k._y ?? 0));
  }
}

function strip(n) {
  const out = {};
  const order = ['id', 'name', 'type', 'visible'];
  for (const k of order) if (n[k] !== undefined) out[k] = n[k];
  for (const [k, v] of Object.entries(n)) {
    if (k.startsWith('_') || order.includes(k) || k === 'children') continue;
    out[k] = v;
  }
  if (n.type !== 'TEXT' && !['RECTANGLE', 'VECTOR', 'ELLIPSE', 'LINE'].includes(n.type)) {
    out.blendMode = 'PASS_THROUGH';
  }
  if (n.type !== 'SECTION') out.constraints = { vertical: 'TOP', horizontal: 'LEFT' };
  if (n.children) out.children = n.children.map(strip);
  return out;
}

/** pages: [{ id, name, children (top-level nodes with absolute x,y), flowStartingPoints?, prototypeStartNodeID?, backgroundColor? }] */
export function finish(b, { name, pages }) {
  const canvases = pages.map((p) => {
    for (const top of p.children) { measure(top, null, 'NONE'); place(top, top._x ?? 0, top._y ?? 0); }
    return {
      id: p.id, name: p.name, type: 'CANVAS',
      children: p.children.map(strip),
      backgroundColor: p.backgroundColor ?? color('#E5E5E5'),
      prototypeStartNodeID: p.prototypeStartNodeID ?? null,
      flowStartingPoints: p.flowStartingPoints ?? [],
      prototypeDevice: p.device ?? { type: 'NONE', rotation: 'NONE' },
    };
  });
  return {
    name, lastModified: '2026-10-01T10:00:00Z', thumbnailUrl: 'https://example.invalid/thumb.png', version: '1',
    role: 'viewer', editorType: 'figma', linkAccess: 'view', schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: canvases },
    components: b.components, componentSets: b.componentSets, styles: {},
  };
}

// ---------- shared UI pieces (deliberately built in several different ways) ----------
export function ui(b, theme) {
  const T = theme;
  const api = {
    /** iOS status bar: a group of text + vectors. */
    statusBar(w = 390) {
      return b.group(b.pick(['Status Bar', 'Group', b.auto('Group')]), { x: 0, y: 0, w, h: 44 }, [
        b.text('9:41', { x: 24, y: 13, size: 15, weight: 600, name: 'Time' }),
        b.vector(null, 18, 11, { x: w - 90, y: 17, fill: '#111827' }),
        b.vector(null, 16, 11, { x: w - 66, y: 17, fill: '#111827' }),
        b.rect(null, 25, 12, { x: w - 44, y: 16, stroke: '#111827', radius: 3 }),
      ]);
    },
    /** Button as component INSTANCE with a TEXT child label. */
    btnInstance(label, compKey, o = {}) {
      return b.instance(o.name ?? b.pick(['Button', 'Primary', b.auto('Frame')]), compKey,
        { layout: 'H', justify: 'CENTER', align: 'CENTER', w: o.w, h: o.h ?? 52, pad: [14, 20], fill: o.fill ?? T.primary, radius: o.radius ?? 12, stroke: o.stroke },
        [b.text(label, { size: o.size ?? 16, weight: 600, color: o.color ?? '#FFFFFF', hug: true, align: 'CENTER' })]);
    },
    /** Button as a plain auto-layout FRAME with a fill. */
    btnFrame(label, o = {}) {
      return b.frame(o.name ?? b.auto('Frame'), { layout: 'H', justify: 'CENTER', align: 'CENTER', w: o.w, h: o.h ?? 52, pad: [12, 24], fill: o.fill ?? T.primary, radius: o.radius ?? 10, stroke: o.stroke },
        [b.text(label, { size: o.size ?? 16, weight: 600, color: o.color ?? '#FFFFFF', hug: true })]);
    },
    /** Button as a GROUP: RECTANGLE (or VECTOR) with a TEXT centred over it. */
    btnGroup(label, o = {}) {
      const w = o.w ?? 327, h = o.h ?? 52, size = o.size ?? 16;
      const t = b.text(label, { size, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' });
      const tw = Math.min(w - 16, textWidth(t));
      t._w = tw; t._x = Math.round((w - tw) / 2); t._y = Math.round((h - size * 1.4) / 2);
      const shape = o.vector
        ? b.vector(null, w, h, { x: 0, y: 0, fill: o.fill ?? T.primary })
        : b.rect(o.rectName ?? null, w, h, { x: 0, y: 0, fill: o.fill ?? T.primary, radius: o.radius ?? 12, stroke: o.stroke });
      return b.group(o.name ?? null, { x: o.x, y: o.y }, [shape, t]);
    },
    /** Link: short coloured (optionally underlined) text. */
    link(label, o = {}) {
      return b.text(label, { size: o.size ?? 14, weight: o.weight ?? 500, color: o.color ?? T.link, deco: o.underline === false ? undefined : 'UNDERLINE', hug: o.hug ?? true, name: o.name, x: o.x, y: o.y, visible: o.visible });
    },
    /** Text input: label + rounded box with value or placeholder. */
    input(label, value, o = {}) {
      return b.col(o.name ?? b.auto('Frame'), { gap: 6 }, [
        b.text(label, { size: 13, weight: 500, color: '#374151' }),
        b.row(b.auto('Frame'), { h: 48, pad: [0, 14], fill: '#FFFFFF', stroke: o.filled ? T.primary : '#D1D5DB', radius: 10 }, [
          b.text(value, { size: 15, color: o.placeholder ? '#9CA3AF' : '#111827', grow: true, name: o.textName }),
          ...(o.trailing ? [o.trailing] : []),
        ]),
      ]);
    },
    /** Checkbox drawn three ways: 'rect' | 'vector' | 'instance'. */
    checkbox(kind, o = {}) {
      const checked = o.checked ?? false;
      if (kind === 'instance') return b.instance(b.pick(['Checkbox', 'check', b.auto('Frame')]), o.compKey, { w: 20, h: 20, fill: checked ? T.primary : '#FFFFFF', stroke: checked ? undefined : '#9CA3AF', radius: 4 }, []);
      if (kind === 'vector') return b.vector(null, 20, 20, { fill: '#FFFFFF', stroke: '#6B7280', strokeWeight: 1.5 });
      return b.rect(null, 20, 20, { fill: '#FFFFFF', stroke: '#6B7280', radius: 4, strokeWeight: 1.5 });
    },
    /** Search field: rounded frame + magnifier vector + placeholder text. */
    search(placeholder, o = {}) {
      return b.row(o.name ?? b.auto('Frame'), { h: o.h ?? 44, gap: 10, pad: [0, 14], fill: '#F3F4F6', radius: o.radius ?? 22, stroke: o.stroke }, [
        b.group(b.auto('Group'), {}, [b.ellipse(null, 12, 12, { x: 0, y: 0, stroke: '#6B7280', strokeWeight: 2 }), b.vector(null, 5, 5, { x: 11, y: 11, stroke: '#6B7280' })]),
        b.text(placeholder, { size: 15, color: '#9CA3AF', grow: true }),
      ]);
    },
    /** Logo: RECTANGLE with IMAGE fill, or a VECTOR mark. */
    logo(kind, ref, size = 40) {
      if (kind === 'image') return b.rect(b.pick([b.auto('Rectangle'), 'image 12', 'logo']), size, size, { fill: image(ref), radius: 8 });
      return b.vector(null, size, size, { fill: ref });
    },
    heading(textv, o = {}) { return b.text(textv, { size: o.size ?? 24, weight: o.weight ?? 700, color: o.color ?? '#0F172A', lh: 1.25, name: o.name }); },
    body(textv, o = {}) { return b.text(textv, { size: o.size ?? 15, color: o.color ?? '#4B5563', lh: 1.5, name: o.name, weight: o.weight, visible: o.visible }); },
    badge(textv, fg, bg, o = {}) {
      return b.row(o.name ?? b.auto('Frame'), { hug: true, pad: [4, 10], fill: bg, radius: 999, gap: 4 }, [b.text(textv, { size: 12, weight: 600, color: fg, hug: true })]);
    },
    /** A determinate spinner: ellipse track + arc. */
    spinner(size = 48, o = {}) {
      return b.group(o.name ?? b.auto('Group'), { visible: o.visible }, [
        b.ellipse(null, size, size, { x: 0, y: 0, stroke: '#E5E7EB', strokeWeight: 4 }),
        b.ellipse(null, size, size, { x: 0, y: 0, stroke: T.primary, strokeWeight: 4, arc: { startingAngle: 0, endingAngle: 1.9, innerRadius: 0.86 } }),
      ]);
    },
    progress(pct, w, o = {}) {
      return b.group(o.name ?? b.auto('Group'), {}, [
        b.rect(null, w, o.h ?? 8, { x: 0, y: 0, fill: '#E5E7EB', radius: 4 }),
        b.rect(null, Math.round(w * pct), o.h ?? 8, { x: 0, y: 0, fill: o.fill ?? T.primary, radius: 4 }),
      ]);
    },
    divider(w) { return b.rect(null, w, 1, { fill: '#E5E7EB' }); },
    /** Mobile screen: fixed 390x844 frame with a status bar and a vertical content stack. */
    mobile(key, name, o, content, extras = []) {
      const body = b.col(o.contentName ?? b.pick(['Auto layout', 'Content', b.auto('Frame')]), { x: 0, y: 44, w: 390, pad: o.pad ?? [8, 24, 24, 24], gap: o.gap ?? 20 }, content);
      return b.frame(name, { id: b.fid(key), x: o.x, y: o.y, w: 390, h: o.h ?? 844, fill: o.fill ?? '#FFFFFF', clip: true, visible: o.visible }, [api.statusBar(), body, ...extras]);
    },
  };
  return api;
}

export function countNodes(doc) {
  let c = 0;
  const walk = (n) => { c++; (n.children || []).forEach(walk); };
  doc.document.children.forEach(walk);
  return c;
}

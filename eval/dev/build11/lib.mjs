// Small deterministic helpers for writing Figma REST-format files.
// Children are positioned relative to their parent; finalize() turns that into
// absolute bounding boxes, as the REST API returns them.

let ctx = null;

export function begin(seed, firstPrefix) {
  ctx = { seed, prefix: firstPrefix, n: 1, names: {}, components: {}, componentSets: {} };
}

export function setPrefix(p) {
  ctx.prefix = p;
  ctx.n = 1;
}

export function rnd() {
  ctx.seed = (ctx.seed * 1103515245 + 12345) % 2147483648;
  return ctx.seed / 2147483648;
}

export function pick(arr) {
  return arr[Math.floor(rnd() * arr.length)];
}

function nid() {
  ctx.n += 1 + Math.floor(rnd() * 3);
  return `${ctx.prefix}:${ctx.n}`;
}

// "Frame 427", "Rectangle 12" ... auto names as Figma gives them
export function g(base) {
  ctx.names[base] = (ctx.names[base] || Math.floor(rnd() * 400) + 3) + 1 + Math.floor(rnd() * 6);
  return `${base} ${ctx.names[base]}`;
}

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  const c = (i) => Math.round((parseInt(v.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: c(0), g: c(2), b: c(4), a };
}

export const solid = (h, opacity) => {
  const f = { blendMode: 'NORMAL', type: 'SOLID', color: hex(h) };
  if (opacity !== undefined) f.opacity = opacity;
  return [f];
};

export const image = (ref) => [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

function node(type, name, x, y, w, h, props = {}, children) {
  const n = { id: nid(), name, type, _x: x, _y: y, _w: w, _h: h, ...props };
  if (children) n.children = children;
  return n;
}

export const frame = (name, x, y, w, h, props, kids = []) => node('FRAME', name, x, y, w, h, { fills: [], ...props }, kids);
export const rect = (name, x, y, w, h, props) => node('RECTANGLE', name, x, y, w, h, { fills: solid('#D9D9D9'), ...props });
export const vector = (name, x, y, w, h, props) => node('VECTOR', name, x, y, w, h, { fills: solid('#1E1E1E'), ...props });
export const ellipse = (name, x, y, w, h, props) => node('ELLIPSE', name, x, y, w, h, { fills: solid('#D9D9D9'), ...props });
export const line = (name, x, y, w, props) => node('LINE', name, x, y, w, 0, { fills: [], strokes: solid('#E2E2E2'), strokeWeight: 1, ...props });
export const section = (name, x, y, w, h, kids) => node('SECTION', name, x, y, w, h, { fills: solid('#F5F5F5') }, kids);

export function group(name, x, y, kids, props = {}) {
  let w = 0;
  let h = 0;
  for (const k of kids) {
    w = Math.max(w, k._x + k._w);
    h = Math.max(h, k._y + k._h);
  }
  return node('GROUP', name, x, y, w, h, { fills: [], _group: true, ...props }, kids);
}

export let FONT = 'Inter';
export function setFont(f) {
  FONT = f;
}

// TEXT node; height from line count when not given
export function text(chars, x, y, w, o = {}) {
  const size = o.size || 14;
  const lines = o.lines || chars.split('\n').length + Math.floor(chars.length * size * 0.5 / Math.max(w, 1) / 1.15);
  const h = o.h || Math.round(lines * size * 1.4);
  const style = {
    fontFamily: o.font || FONT,
    fontPostScriptName: null,
    fontWeight: o.weight || 400,
    fontSize: size,
    textAlignHorizontal: o.align || 'LEFT',
    textAlignVertical: 'TOP',
    letterSpacing: 0,
    lineHeightPx: Math.round(size * 1.4 * 100) / 100,
  };
  if (o.deco) style.textDecoration = o.deco;
  const props = { characters: chars, style, fills: solid(o.color || '#1A1A1A') };
  if (o.visible === false) props.visible = false;
  return node('TEXT', o.name || chars.split('\n')[0].slice(0, 40), x, y, w, h, props);
}

export function hide(n) {
  n.visible = false;
  return n;
}

// Auto-layout stacks: positions children one after another
export function stack(dir, name, x, y, w, o, kids) {
  const pad = o.pad ?? 0;
  const gap = o.gap ?? 8;
  let cur = pad;
  let cross = 0;
  for (const k of kids) {
    if (dir === 'VERTICAL') {
      k._y = cur;
      k._x = pad + (k._x || 0);
      cur += k._h + gap;
      cross = Math.max(cross, k._w);
    } else {
      k._x = cur;
      k._y = pad + (k._y || 0);
      cur += k._w + gap;
      cross = Math.max(cross, k._h);
    }
  }
  const main = kids.length ? cur - gap + pad : pad * 2;
  const props = {
    layoutMode: dir,
    itemSpacing: gap,
    paddingLeft: pad, paddingRight: pad, paddingTop: pad, paddingBottom: pad,
    primaryAxisSizingMode: 'AUTO',
    counterAxisSizingMode: 'FIXED',
    fills: o.fill ? solid(o.fill) : [],
  };
  if (o.radius) props.cornerRadius = o.radius;
  if (o.stroke) {
    props.strokes = solid(o.stroke);
    props.strokeWeight = 1;
  }
  if (dir === 'VERTICAL') return frame(name, x, y, w ?? cross + pad * 2, o.h ?? main, props, kids);
  return frame(name, x, y, w ?? main, o.h ?? cross + pad * 2, props, kids);
}
export const vstack = (name, x, y, w, o, kids) => stack('VERTICAL', name, x, y, w, o, kids);
export const hstack = (name, x, y, w, o, kids) => stack('HORIZONTAL', name, x, y, w, o, kids);

// Components
export function component(name, w, h, props, kids, description = '') {
  const c = node('COMPONENT', name, 0, 0, w, h, { fills: [], ...props }, kids);
  ctx.components[c.id] = { key: keyOf(c.id + name), name, description, remote: false, documentationLinks: [] };
  return c;
}
export function componentSet(name, x, y, variants) {
  let wd = 0;
  let ht = 0;
  variants.forEach((v, i) => {
    v._x = 20;
    v._y = 20 + i * (v._h + 20);
    wd = Math.max(wd, v._w + 40);
    ht = v._y + v._h + 20;
  });
  const s = node('COMPONENT_SET', name, x, y, wd, ht, { fills: [], strokes: solid('#9747FF'), strokeWeight: 1 }, variants);
  ctx.componentSets[s.id] = { key: keyOf(s.id + name), name, description: '' };
  for (const v of variants) ctx.components[v.id].componentSetId = s.id;
  return s;
}
function keyOf(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < 5; i++) {
    h = Math.imul(h ^ (h >>> 13), 2654435761) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}
export const instance = (comp, name, x, y, w, h, props, kids = []) =>
  node('INSTANCE', name, x, y, w, h, { componentId: comp.id, fills: [], ...props }, kids);

// Prototype links
export function link(from, to, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  from.interactions = from.interactions || [];
  from.interactions.push({
    trigger: { type: trigger },
    actions: [{ type: 'NODE', destinationId: to.id, navigation, transition: navigation === 'OVERLAY' ? { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.2 } : null, preserveScrollPosition: false }],
  });
  return from;
}
export function act(from, type, extra = {}) {
  from.interactions = from.interactions || [];
  from.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type, ...extra }] });
  return from;
}
export function oldLink(from, to) {
  from.transitionNodeID = to.id;
  from.transitionDuration = 300;
  from.transitionEasing = 'EASE_OUT';
  return from;
}

// Buttons of several constructions
export function button(kind, label, x, y, w, h, o = {}) {
  const bg = o.bg || '#1F6FEB';
  const fg = o.fg || '#FFFFFF';
  const size = o.size || 15;
  const lbl = (lw) => text(label, (w - lw) / 2, (h - size * 1.4) / 2, lw, { size, weight: o.weight || 600, color: fg, align: 'CENTER', lines: 1 });
  const lw = Math.min(w - 16, Math.round(label.length * size * 0.56) + 4);
  if (kind === 'inst') {
    return instance(o.comp, o.name || o.comp.name, x, y, w, h, { fills: solid(bg), cornerRadius: o.radius ?? 8 }, [lbl(lw)]);
  }
  if (kind === 'frame') {
    const t = lbl(lw);
    return frame(o.name || g('Frame'), x, y, w, h, { fills: solid(bg), cornerRadius: o.radius ?? 6, layoutMode: 'HORIZONTAL', primaryAxisAlignItems: 'CENTER', counterAxisAlignItems: 'CENTER', paddingLeft: 16, paddingRight: 16 }, [t]);
  }
  if (kind === 'group') {
    const shape = o.vector ? vector('Vector', 0, 0, w, h, { fills: solid(bg) }) : rect(g('Rectangle'), 0, 0, w, h, { fills: solid(bg), cornerRadius: o.radius ?? 8 });
    return group(o.name || g('Group'), x, y, [shape, lbl(lw)]);
  }
  if (kind === 'outline') {
    return frame(o.name || g('Frame'), x, y, w, h, { fills: [], strokes: solid(o.stroke || '#C9CED6'), strokeWeight: 1, cornerRadius: o.radius ?? 6 }, [
      text(label, (w - lw) / 2, (h - size * 1.4) / 2, lw, { size, weight: 500, color: o.fg || '#1A1A1A', align: 'CENTER', lines: 1 }),
    ]);
  }
  // link: coloured / underlined text
  return text(label, x, y, w, { size: o.size || 14, weight: o.weight || 500, color: o.color || '#1F6FEB', deco: o.deco, name: o.name, lines: o.lines || 1 });
}

export function field(label, value, x, y, w, o = {}) {
  const kids = [
    text(label, 0, 0, w, { size: 12, weight: 500, color: '#5B6470', lines: 1 }),
    frame(g('Frame'), 0, 20, w, o.h || 40, { fills: solid('#FFFFFF'), strokes: solid('#D0D5DD'), strokeWeight: 1, cornerRadius: o.radius ?? 6 }, [
      text(value, 12, 10, w - 24, { size: 14, color: o.filled ? '#1A1A1A' : '#98A2B3', lines: 1 }),
    ]),
  ];
  return frame(o.name || g('Frame'), x, y, w, 20 + (o.h || 40), { layoutMode: 'VERTICAL', itemSpacing: 4 }, kids);
}

export function checkbox(kind, x, y, checked = false, comp = null) {
  const fills = checked ? solid('#1F6FEB') : solid('#FFFFFF');
  const props = { fills, strokes: solid('#98A2B3'), strokeWeight: 1.5, cornerRadius: 4 };
  if (kind === 'vector') return vector('Vector', x, y, 20, 20, props);
  if (kind === 'inst') return instance(comp, checked ? 'Property 1=On' : 'Property 1=Off', x, y, 20, 20, props);
  return rect(g('Rectangle'), x, y, 20, 20, props);
}

export function search(x, y, w, placeholder, o = {}) {
  return frame(o.name || g('Frame'), x, y, w, o.h || 44, { fills: solid(o.bg || '#F2F4F7'), cornerRadius: o.radius ?? 22, strokes: o.stroke ? solid(o.stroke) : [], layoutMode: 'HORIZONTAL', itemSpacing: 8, paddingLeft: 14 }, [
    group(g('Group'), 14, 12, [ellipse('Ellipse 1', 0, 0, 14, 14, { fills: [], strokes: solid('#667085'), strokeWeight: 2 }), vector('Vector', 11, 11, 6, 6, { fills: [], strokes: solid('#667085'), strokeWeight: 2 })]),
    text(placeholder, 40, 12, w - 56, { size: 14, color: '#98A2B3', lines: 1 }),
  ]);
}

export function logo(name, x, y, size, kind, ref, color) {
  if (kind === 'image') return rect(name, x, y, size, size, { fills: image(ref), cornerRadius: Math.round(size / 5) });
  return vector(name, x, y, size, size, { fills: solid(color || '#13B5EA') });
}

export function spinner(x, y, size, color = '#1F6FEB') {
  return group(g('Group'), x, y, [
    ellipse('Ellipse 4', 0, 0, size, size, { fills: [], strokes: solid('#E4E7EC'), strokeWeight: 4 }),
    ellipse('Ellipse 5', 0, 0, size, size, { fills: [], strokes: solid(color), strokeWeight: 4, arcData: { startingAngle: 0, endingAngle: 1.9, innerRadius: 0.85 } }),
  ]);
}

export function statusBar(w, dark = false) {
  const c = dark ? '#FFFFFF' : '#000000';
  return frame('Status Bar', 0, 0, w, 44, {}, [
    text('9:41', 24, 14, 54, { size: 15, weight: 600, color: c, font: 'SF Pro Text', lines: 1 }),
    group('Right Side', w - 90, 16, [vector('Mobile Signal', 0, 2, 17, 11, { fills: solid(c) }), vector('Wifi', 22, 1, 15, 11, { fills: solid(c) }), rect('Battery', 42, 0, 25, 12, { fills: [], strokes: solid(c), cornerRadius: 3 })]),
  ]);
}

export function homeIndicator(w, h) {
  return rect('Home Indicator', (w - 134) / 2, h - 13, 134, 5, { fills: solid('#000000'), cornerRadius: 100 });
}

// Convert relative layout into the REST shape
export function finalize(n, ox = 0, oy = 0) {
  const abs = { x: ox + n._x, y: oy + n._y, width: n._w, height: n._h };
  const out = { id: n.id, name: n.name, type: n.type };
  if (n.visible === false) out.visible = false;
  for (const [k, v] of Object.entries(n)) {
    if (k.startsWith('_') || ['id', 'name', 'type', 'visible', 'children'].includes(k)) continue;
    out[k] = v;
  }
  if (n.type !== 'CANVAS' && n.type !== 'DOCUMENT') {
    out.absoluteBoundingBox = abs;
    out.absoluteRenderBounds = abs;
    out.constraints = { vertical: 'TOP', horizontal: 'LEFT' };
    if (!('strokes' in out)) out.strokes = [];
    if (!('strokeWeight' in out)) out.strokeWeight = 1;
    out.strokeAlign = out.type === 'TEXT' ? 'OUTSIDE' : 'INSIDE';
    out.effects = out.effects || [];
  }
  if (n.children) out.children = n.children.map((c) => finalize(c, abs.x, abs.y));
  return out;
}

export function canvas(name, kids, o = {}) {
  const c = { id: `${o.prefix}:1`, name, type: 'CANVAS', _x: 0, _y: 0, _w: 0, _h: 0, children: kids, backgroundColor: hex(o.bg || '#E5E5E5'), flowStartingPoints: o.flows || [], prototypeDevice: o.device || { type: 'NONE', rotation: 'NONE' } };
  if (o.start) c.prototypeStartNodeID = o.start;
  return c;
}

export function documentOf(meta, pages) {
  return {
    name: meta.name,
    lastModified: meta.lastModified,
    thumbnailUrl: `https://s3-alpha.figma.com/thumbnails/${keyOf(meta.name)}`,
    version: meta.version,
    role: 'editor',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: pages.map((p) => finalize(p)) },
    components: ctx.components,
    componentSets: ctx.componentSets,
    styles: {},
  };
}

export function countNodes(n) {
  return 1 + (n.children || []).reduce((s, c) => s + countNodes(c), 0);
}

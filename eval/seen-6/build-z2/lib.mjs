// Small deterministic helpers that write Figma REST-shaped JSON.
// Nodes are described with coordinates relative to their parent; finalize()
// assigns ids, absolute bounding boxes and resolves "@ref" links.
import { writeFileSync } from 'node:fs';

export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function hexColor(c, a = 1) {
  const n = parseInt(c.slice(1), 16);
  const f = (v) => Math.round((v / 255) * 10000) / 10000;
  return { r: f((n >> 16) & 255), g: f((n >> 8) & 255), b: f(n & 255), a };
}

export const solid = (c, opacity) => {
  const f = { blendMode: 'NORMAL', type: 'SOLID', color: hexColor(c) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};
export const image = (ref) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: imageHash(ref) });
function imageHash(ref) {
  if (/^[0-9a-f]{40}$/.test(ref)) return ref;
  let h = 2166136261;
  let out = '';
  for (let i = 0; out.length < 40; i++) {
    h = Math.imul(h ^ ref.charCodeAt(i % ref.length) ^ i, 16777619) >>> 0;
    out += (h >>> 8).toString(16).padStart(6, '0').slice(0, 5);
  }
  return out.slice(0, 40);
}

const autoNums = {};
export function auto(base) {
  const prev = autoNums[base] ?? (base.length * 53) % 300 + 7;
  const next = prev + 1 + (prev % 4);
  autoNums[base] = next;
  return `${base} ${next}`;
}

export function node(type, name, x, y, w, h, props = {}, children) {
  const n = { type, name, _x: x, _y: y, _w: w, _h: h, ...props };
  if (children) n.children = children.filter(Boolean);
  return n;
}

export const frame = (name, x, y, w, h, props = {}, children = []) =>
  node('FRAME', name ?? auto('Frame'), x, y, w, h, { fills: [solid('#FFFFFF')], clipsContent: true, ...props }, children);
export const section = (name, x, y, w, h, children) =>
  node('SECTION', name, x, y, w, h, { fills: [solid('#F5F5F5')] }, children);
export const group = (name, x, y, w, h, children, props = {}) =>
  node('GROUP', name ?? auto('Group'), x, y, w, h, { fills: [], ...props }, children);
export const rect = (name, x, y, w, h, props = {}) =>
  node('RECTANGLE', name ?? auto('Rectangle'), x, y, w, h, { fills: [solid('#E5E7EB')], ...props });
export const ellipse = (name, x, y, w, h, props = {}) =>
  node('ELLIPSE', name ?? auto('Ellipse'), x, y, w, h, { fills: [solid('#E5E7EB')], ...props });
export const vector = (name, x, y, w, h, props = {}) =>
  node('VECTOR', name ?? 'Vector', x, y, w, h, { fills: [], strokes: [solid('#374151')], strokeWeight: 1.5, ...props });
export const line = (x, y, w, color = '#E5E7EB') =>
  node('LINE', auto('Line'), x, y, w, 0, { strokes: [solid(color)], strokeWeight: 1 });

export function text(chars, x, y, w, st = {}, props = {}) {
  const size = st.size ?? 14;
  const lines = chars
    .split('\n')
    .reduce((a, l) => a + Math.max(1, Math.ceil((l.length * size * 0.52) / w)), 0);
  const style = {
    fontFamily: st.font ?? 'Inter',
    fontWeight: st.weight ?? 400,
    fontSize: size,
    textAlignHorizontal: st.align ?? 'LEFT',
    textAlignVertical: 'TOP',
    letterSpacing: 0,
    lineHeightPx: Math.round(size * 1.4),
  };
  if (st.deco) style.textDecoration = st.deco;
  if (st.italic) style.italic = true;
  const { name, ...rest } = props;
  return node('TEXT', name ?? chars.slice(0, 80), x, y, w, st.h ?? Math.round(lines * size * 1.4), {
    characters: chars,
    style,
    fills: [solid(st.color ?? '#111827')],
    ...rest,
  });
}

// Prototype helpers (spread into a node's props)
const trans = { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.3 };
export const click = (to, navigation = 'NAVIGATE') => ({
  interactions: [
    {
      trigger: { type: 'ON_CLICK' },
      actions: [
        {
          type: 'NODE',
          destinationId: '@' + to,
          navigation,
          transition: navigation === 'NAVIGATE' || navigation === 'OVERLAY' ? trans : null,
          preserveScrollPosition: false,
        },
      ],
    },
  ],
});
export const back = () => ({ interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] }] });
export const close = () => ({ interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] }] });
export const openUrl = (u) => ({
  interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] }],
});
export const hoverTo = (to) => ({
  interactions: [
    {
      trigger: { type: 'ON_HOVER' },
      actions: [{ type: 'NODE', destinationId: '@' + to, navigation: 'CHANGE_TO', transition: null }],
    },
  ],
});
export const legacy = (to) => ({ transitionNodeID: '@' + to, transitionDuration: 300, transitionEasing: 'EASE_OUT' });

// Stacks (auto layout). Children may use 'fill' as width.
export function vstack(name, x, y, w, children, o = {}) {
  const { gap = 8, pad = 0, padX = pad, padY = pad, align = 'MIN', ...props } = o;
  const kids = children.filter(Boolean);
  let cy = padY;
  for (const c of kids) {
    if (c._w === 'fill') c._w = w - 2 * padX;
    c._x = align === 'CENTER' ? Math.round((w - c._w) / 2) : padX;
    c._y = cy;
    cy += c._h + gap;
  }
  const h = kids.length ? cy - gap + padY : 2 * padY;
  return node(
    'FRAME',
    name ?? auto('Frame'),
    x,
    y,
    w,
    h,
    {
      fills: [],
      layoutMode: 'VERTICAL',
      itemSpacing: gap,
      paddingLeft: padX,
      paddingRight: padX,
      paddingTop: padY,
      paddingBottom: padY,
      primaryAxisSizingMode: 'AUTO',
      counterAxisAlignItems: align,
      ...props,
    },
    kids,
  );
}

export function hstack(name, x, y, children, o = {}) {
  const { gap = 8, pad = 0, padX = pad, padY = pad, h: fixedH, w: fixedW, justify, ...props } = o;
  const kids = children.filter(Boolean);
  const maxH = Math.max(0, ...kids.map((c) => c._h));
  const h = fixedH ?? maxH + 2 * padY;
  const total = kids.reduce((a, c) => a + c._w, 0);
  let g = gap;
  if (justify === 'SPACE_BETWEEN' && fixedW && kids.length > 1) g = Math.floor((fixedW - 2 * padX - total) / (kids.length - 1));
  let cx = padX;
  for (const c of kids) {
    c._x = cx;
    c._y = Math.round((h - c._h) / 2);
    cx += c._w + g;
  }
  const w = fixedW ?? cx - g + padX;
  return node(
    'FRAME',
    name ?? auto('Frame'),
    x,
    y,
    w,
    h,
    {
      fills: [],
      layoutMode: 'HORIZONTAL',
      itemSpacing: g,
      paddingLeft: padX,
      paddingRight: padX,
      paddingTop: padY,
      paddingBottom: padY,
      counterAxisAlignItems: 'CENTER',
      primaryAxisAlignItems: justify ?? 'MIN',
      ...props,
    },
    kids,
  );
}

// Button shapes
export function btnInstance(comp, label, w, h, o = {}) {
  const { color = '#FFFFFF', size = 15, name, ...props } = o;
  const t = text(label, 0, 0, w - 24, { size, weight: 600, color, align: 'CENTER' });
  t._x = 12;
  t._y = Math.round((h - t._h) / 2);
  return node('INSTANCE', name ?? comp.replace(/^c\./, ''), 0, 0, w, h, { componentId: '@' + comp, ...props }, [t]);
}
export function btnFrame(label, w, h, o = {}) {
  const { bg = '#111827', color = '#FFFFFF', radius = 8, size = 15, name, stroke, ...props } = o;
  const t = text(label, 0, 0, w - 24, { size, weight: 600, color, align: 'CENTER' });
  t._x = 12;
  t._y = Math.round((h - t._h) / 2);
  const extra = stroke ? { strokes: [solid(stroke)], strokeWeight: 1 } : {};
  return node(
    'FRAME',
    name ?? auto('Frame'),
    0,
    0,
    w,
    h,
    {
      fills: bg ? [solid(bg)] : [],
      cornerRadius: radius,
      layoutMode: 'HORIZONTAL',
      primaryAxisAlignItems: 'CENTER',
      counterAxisAlignItems: 'CENTER',
      paddingLeft: 12,
      paddingRight: 12,
      ...extra,
      ...props,
    },
    [t],
  );
}
export function btnGroup(label, w, h, o = {}) {
  const { bg = '#111827', color = '#FFFFFF', radius = 10, size = 15, shape = 'RECTANGLE', name, ...props } = o;
  const t = text(label, 0, 0, w - 24, { size, weight: 600, color, align: 'CENTER' });
  t._x = 12;
  t._y = Math.round((h - t._h) / 2);
  const bgNode =
    shape === 'VECTOR'
      ? vector(null, 0, 0, w, h, { fills: [solid(bg)], strokes: [] })
      : rect(null, 0, 0, w, h, { fills: [solid(bg)], cornerRadius: radius });
  return node('GROUP', name ?? auto('Group'), 0, 0, w, h, { fills: [], ...props }, [bgNode, t]);
}
export function link(label, w, o = {}) {
  const { color = '#2563EB', size = 14, underline = false, weight = 500, ...props } = o;
  return text(label, 0, 0, w, { size, color, weight, deco: underline ? 'UNDERLINE' : undefined }, props);
}
export function checkbox(kind = 'RECTANGLE', o = {}) {
  const { checked = false, comp, ...props } = o;
  if (kind === 'INSTANCE')
    return node('INSTANCE', checked ? 'Checkbox/On' : 'Property 1=Default', 0, 0, 20, 20, { componentId: '@' + comp, ...props }, [
      rect(null, 0, 0, 20, 20, { fills: [solid('#FFFFFF')], strokes: [solid('#9CA3AF')], strokeWeight: 1.5, cornerRadius: 4 }),
    ]);
  if (kind === 'VECTOR')
    return vector(null, 0, 0, 20, 20, { strokes: [solid('#6B7280')], fills: checked ? [solid('#111827')] : [], ...props });
  return rect(null, 0, 0, 20, 20, {
    fills: [solid(checked ? '#0F766E' : '#FFFFFF')],
    strokes: [solid('#9CA3AF')],
    strokeWeight: 1.5,
    cornerRadius: 4,
    ...props,
  });
}
export function searchField(placeholder, w, h = 44, o = {}) {
  const { radius = 22, bg = '#F3F4F6', name } = o;
  return hstack(name ?? auto('Frame'), 0, 0, [vector(null, 0, 0, 16, 16), text(placeholder, 0, 0, w - 60, { size: 14, color: '#9CA3AF' })], {
    w,
    h,
    padX: 14,
    gap: 10,
    fills: [solid(bg)],
    cornerRadius: radius,
    strokes: [solid('#D1D5DB')],
    strokeWeight: 1,
  });
}
export const logo = (ref, size = 40, name) =>
  rect(name ?? auto('image'), 0, 0, size, size, { fills: [image(ref)], cornerRadius: 8 });
export function spinner(size = 20) {
  return group(auto('Group'), 0, 0, size, size, [
    ellipse(null, 0, 0, size, size, { fills: [], strokes: [solid('#E5E7EB')], strokeWeight: 2 }),
    vector(null, 0, 0, size, size / 2, { strokes: [solid('#2563EB')], strokeWeight: 2 }),
  ]);
}
export const icon = (w = 20, h = 20, name) => vector(name ?? 'Vector', 0, 0, w, h);
export const place = (n, x, y) => {
  n._x = x;
  n._y = y;
  return n;
};

// finalize: ids, boxes, refs, components map
const LINK_KEYS = new Set(['destinationId', 'transitionNodeID', 'componentId', 'prototypeStartNodeID', 'nodeId']);

export function finalize(spec) {
  const R = rng(spec.seed);
  const refs = {};
  const components = {};
  const componentSets = {};
  const canvases = spec.pages.map((pg, pi) => {
    const prefix = pi === 0 ? 1 : pi * 17 + Math.floor(R() * 9) + 2;
    let n = 2 + Math.floor(R() * 40);
    const walk = (nd, px, py, parent) => {
      n += 1 + Math.floor(R() * 3);
      const id = `${prefix}:${n}`;
      const { _x, _y, _w, _h, ref, type, name, visible, children, ...rest } = nd;
      if (ref) {
        if (refs[ref]) throw new Error('dup ref ' + ref);
        refs[ref] = id;
      }
      const ax = px + _x;
      const ay = py + _y;
      const out = { id, name, type };
      if (visible === false) out.visible = false;
      if (type === 'FRAME' || type === 'COMPONENT' || type === 'INSTANCE' || type === 'COMPONENT_SET') out.blendMode = 'PASS_THROUGH';
      Object.assign(out, rest);
      out.absoluteBoundingBox = { x: ax, y: ay, width: _w, height: _h };
      out.constraints = { vertical: 'TOP', horizontal: 'LEFT' };
      if (children) out.children = children.map((c) => walk(c, ax, ay, out));
      if (type === 'COMPONENT') {
        components[id] = { key: keyOf(R), name, description: nd.description ?? '', remote: false, documentationLinks: [] };
        if (parent && parent.type === 'COMPONENT_SET') components[id].componentSetId = parent.id;
      }
      if (type === 'COMPONENT_SET') componentSets[id] = { key: keyOf(R), name, description: '', remote: false };
      return out;
    };
    const children = pg.children.map((c) => walk(c, 0, 0, null));
    const canvas = {
      id: `0:${pi + 1}`,
      name: pg.name,
      type: 'CANVAS',
      children,
      backgroundColor: hexColor(pg.bg ?? '#E5E5E5'),
      prototypeStartNodeID: pg.protoStart ? '@' + pg.protoStart : null,
      flowStartingPoints: (pg.flowStarts ?? []).map((f) => ({ nodeId: '@' + f.ref, name: f.name })),
    };
    if (pg.noFlowField) delete canvas.flowStartingPoints;
    return canvas;
  });
  const resolve = (o) => {
    if (Array.isArray(o)) return o.forEach(resolve);
    if (o && typeof o === 'object')
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'string' && LINK_KEYS.has(k) && v.startsWith('@')) {
          if (!refs[v.slice(1)]) throw new Error('unknown ref ' + v);
          o[k] = refs[v.slice(1)];
        } else resolve(v);
      }
  };
  resolve(canvases);
  const doc = {
    name: spec.name,
    lastModified: spec.lastModified,
    thumbnailUrl: '',
    version: spec.version,
    role: 'editor',
    editorType: 'figma',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: canvases },
    components,
    componentSets,
    styles: spec.styles ?? {},
  };
  return { doc, refs };
}

function keyOf(R) {
  let s = '';
  for (let i = 0; i < 40; i++) s += '0123456789abcdef'[Math.floor(R() * 16)];
  return s;
}

export const WRITTEN_BY = 'held-out writer Z2 (from the checklist facts and the REST format only; repository not read)';

export function writeOut(dir, base, doc, truth, refs) {
  const r = (x) => {
    if (x === null) return null;
    if (!refs[x]) throw new Error('truth ref ' + x);
    return refs[x];
  };
  const t = {
    file: base + '.json',
    kind: truth.kind,
    writtenBy: WRITTEN_BY,
    description: truth.description,
    present: truth.present,
    absent: truth.absent,
    notes: truth.notes,
    flow: {
      startFrameId: r(truth.flow.start),
      connectFrameId: truth.flow.connect ? r(truth.flow.connect) : null,
      stepsToConnect: truth.flow.steps,
      deadEnds: truth.flow.deadEnds.map(r),
    },
  };
  writeFileSync(`${dir}/${base}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${base}.truth.json`, JSON.stringify(t, null, 2) + '\n');
}

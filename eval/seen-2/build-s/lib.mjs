// Small helpers to write Figma REST-shaped JSON by hand. Coordinates are given
// relative to the parent while building; `finish` turns them into absolute boxes,
// gives every node a "page:n" id and resolves "@key" references.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY = 'held-out writer S (from the checklist facts and the REST format only; repository not read)';

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: +(((n >> 16) & 255) / 255).toFixed(4), g: +(((n >> 8) & 255) / 255).toFixed(4), b: +((n & 255) / 255).toFixed(4), a };
}
export const solid = (h, a = 1) => [{ type: 'SOLID', color: hex(h, a) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

function base(type, name, x, y, w, h, o = {}) {
  const n = { name, type, _x: x, _y: y, _w: w, _h: h };
  if (o.visible === false) n.visible = false;
  if (o.key) n._key = o.key;
  if (o.fill) n.fills = Array.isArray(o.fill) ? o.fill : solid(o.fill);
  else if (type !== 'TEXT') n.fills = [];
  if (o.stroke) { n.strokes = solid(o.stroke); n.strokeWeight = o.strokeWeight ?? 1; }
  if (o.radius !== undefined) n.cornerRadius = o.radius;
  if (o.layout) {
    n.layoutMode = o.layout;
    n.itemSpacing = o.gap ?? 8;
    n.paddingLeft = n.paddingRight = o.padX ?? 0;
    n.paddingTop = n.paddingBottom = o.padY ?? 0;
    if (o.layout === 'HORIZONTAL') n.counterAxisAlignItems = 'CENTER';
  }
  if (o.on) n.interactions = [].concat(o.on);
  if (o.old) { n.transitionNodeID = '@' + o.old; n.transitionDuration = 300; n.transitionEasing = 'EASE_OUT'; }
  if (o.opacity !== undefined) n.opacity = o.opacity;
  return n;
}

export function frame(name, x, y, w, h, o = {}, kids = []) {
  const n = base('FRAME', name, x, y, w, h, o);
  if (o.clip !== undefined) n.clipsContent = o.clip;
  n.children = kids;
  return n;
}
export function section(name, x, y, w, h, kids = [], o = {}) {
  const n = base('SECTION', name, x, y, w, h, o);
  n.children = kids;
  return n;
}
export function group(name, x, y, w, h, kids = [], o = {}) {
  const n = base('GROUP', name, x, y, w, h, o);
  n.children = kids;
  return n;
}
export function rect(name, x, y, w, h, o = {}) { return base('RECTANGLE', name, x, y, w, h, o); }
export function vector(name, x, y, w, h, o = {}) { return base('VECTOR', name, x, y, w, h, o); }
export function ellipse(name, x, y, w, h, o = {}) { return base('ELLIPSE', name, x, y, w, h, o); }
export function line(name, x, y, w, o = {}) { return base('LINE', name, x, y, w, 0, { stroke: o.stroke ?? '#E3E3E8', ...o }); }
export function text(chars, x, y, w, h, o = {}) {
  const name = o.name ?? chars.replace(/\s+/g, ' ').slice(0, 60);
  const n = base('TEXT', name, x, y, w, h, o);
  n.characters = chars;
  n.style = { fontFamily: o.family ?? 'Inter', fontSize: o.size ?? 14, fontWeight: o.weight ?? 400, textAlignHorizontal: o.align ?? 'LEFT', lineHeightPx: Math.round((o.size ?? 14) * 1.4) };
  if (o.deco) n.style.textDecoration = o.deco;
  n.fills = solid(o.color ?? '#1B1B1F');
  return n;
}
export function instance(name, compKey, x, y, w, h, o = {}, kids = []) {
  const n = base('INSTANCE', name, x, y, w, h, o);
  n.componentId = '@' + compKey;
  n.children = kids;
  return n;
}
export function component(name, x, y, w, h, o = {}, kids = []) {
  const n = base('COMPONENT', name, x, y, w, h, o);
  n._component = o.description ?? '';
  n.children = kids;
  return n;
}
export function componentSet(name, x, y, w, h, o = {}, kids = []) {
  const n = base('COMPONENT_SET', name, x, y, w, h, o);
  n._set = o.description ?? '';
  n.children = kids;
  return n;
}

// Prototype actions.
const act = (a, trigger) => ({ trigger: { type: trigger }, actions: [a] });
export const go = (key, trigger = 'ON_CLICK') => act({ type: 'NODE', destinationId: '@' + key, navigation: 'NAVIGATE', transition: trigger === 'ON_CLICK' ? { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } : null }, trigger);
export const swap = (key) => act({ type: 'NODE', destinationId: '@' + key, navigation: 'SWAP', transition: null }, 'ON_CLICK');
export const overlay = (key) => act({ type: 'NODE', destinationId: '@' + key, navigation: 'OVERLAY', transition: { type: 'MOVE_IN', direction: 'TOP', duration: 0.3, easing: { type: 'EASE_IN_AND_OUT' } } }, 'ON_CLICK');
export const scrollTo = (key) => act({ type: 'NODE', destinationId: '@' + key, navigation: 'SCROLL_TO', transition: null }, 'ON_CLICK');
export const changeTo = (key, trigger = 'ON_HOVER') => act({ type: 'NODE', destinationId: '@' + key, navigation: 'CHANGE_TO', transition: null }, trigger);
export const back = () => act({ type: 'BACK' }, 'ON_CLICK');
export const close = () => act({ type: 'CLOSE' }, 'ON_CLICK');
export const url = (u) => act({ type: 'URL', url: u }, 'ON_CLICK');
export const afterDelay = (key, ms = 1800) => ({ trigger: { type: 'AFTER_TIMEOUT', timeout: ms / 1000 }, actions: [{ type: 'NODE', destinationId: '@' + key, navigation: 'NAVIGATE', transition: null }] });

export function canvas(name, kids, o = {}) {
  return { name, type: 'CANVAS', _canvas: true, children: kids, backgroundColor: hex(o.bg ?? '#F0F0F0'), _start: o.start, _startOld: o.startOld };
}

// Turn the tree into REST JSON: ids, absolute boxes, resolved references.
export function finish(fileName, pages, meta = {}) {
  const keys = {};
  const components = {};
  const componentSets = {};
  let prefix = 1;
  const order = (n) => {
    const { name, type, ...rest } = n;
    return { id: n.id, name, type, ...rest };
  };
  function assign(n, counter, ox, oy) {
    n.id = `${prefix}:${counter.n++}`;
    if (n._key) { if (keys[n._key]) throw new Error('dup key ' + n._key); keys[n._key] = n.id; }
    const ax = ox + n._x, ay = oy + n._y;
    n.absoluteBoundingBox = { x: ax, y: ay, width: n._w, height: n._h };
    for (const c of n.children ?? []) assign(c, counter, ax, ay);
  }
  // Auto layout: stack children along the axis (wrapping rows when too wide) and hug the height.
  function layout(n) {
    for (const c of n.children ?? []) layout(c);
    if (!n.layoutMode || !n.children?.length) return;
    const kids = n.children.filter((c) => c.visible !== false);
    const gap = n.itemSpacing, pl = n.paddingLeft, pt = n.paddingTop;
    if (n.layoutMode === 'VERTICAL') {
      let y = pt;
      for (const c of kids) { c._x = pl; c._y = y; y += c._h + gap; }
      n._h = Math.max(n._h, y - gap + n.paddingBottom);
    } else {
      let x = pl, y = pt, rowH = 0, wrapped = false;
      for (const c of kids) {
        if (x > pl && x + c._w > n._w - n.paddingRight) { x = pl; y += rowH + gap; rowH = 0; wrapped = true; }
        c._x = x; rowH = Math.max(rowH, c._h); x += c._w + gap;
        c._y = y;
      }
      const inner = y - pt + rowH;
      if (!wrapped) for (const c of kids) c._y = pt + Math.max(0, Math.round((Math.max(n._h - pt - n.paddingBottom, inner) - c._h) / 2));
      else n.layoutWrap = 'WRAP';
      n._h = Math.max(n._h, inner + pt + n.paddingBottom);
    }
    for (const c of n.children) if (c.visible === false && !kids.includes(c)) { c._x = pl; c._y = pt; }
  }
  pages.forEach((p) => p.children.forEach(layout));
  pages.forEach((p, i) => {
    prefix = i * 10 + 1;
    p.id = i === 0 ? '0:1' : `${prefix}:0`;
    const counter = { n: 1 };
    for (const c of p.children) assign(c, counter, 0, 0);
  });
  const resolve = (v) => {
    if (typeof v !== 'string' || !v.startsWith('@')) return v;
    const k = v.slice(1);
    if (!keys[k]) throw new Error('unknown key ' + k);
    return keys[k];
  };
  function clean(n) {
    if (n.interactions) n.interactions = n.interactions.map((it) => ({ ...it, actions: it.actions.map((a) => (a.destinationId ? { ...a, destinationId: resolve(a.destinationId) } : a)) }));
    if (n.transitionNodeID) n.transitionNodeID = resolve(n.transitionNodeID);
    if (n.componentId) n.componentId = resolve(n.componentId);
    if (n._component !== undefined) components[n.id] = { key: createHash('sha1').update(fileName + n.id).digest('hex'), name: n.name, description: n._component, remote: false };
    if (n._set !== undefined) componentSets[n.id] = { key: createHash('sha1').update('set' + fileName + n.id).digest('hex'), name: n.name, description: n._set, remote: false };
    for (const k of ['_x', '_y', '_w', '_h', '_key', '_component', '_set']) delete n[k];
    if (n.children) n.children = n.children.map(clean);
    return order(n);
  }
  const doc = {
    id: '0:0', name: 'Document', type: 'DOCUMENT',
    children: pages.map((p) => {
      const c = { id: p.id, name: p.name, type: 'CANVAS', children: p.children.map(clean), backgroundColor: p.backgroundColor };
      if (p._start) c.flowStartingPoints = p._start.map(([k, nm]) => ({ nodeId: resolve('@' + k), name: nm }));
      if (p._start || p._startOld) c.prototypeStartNodeID = p._start ? resolve('@' + p._start[0][0]) : resolve('@' + p._startOld);
      else c.prototypeStartNodeID = null;
      if (!p._start && !p._startOld) c.flowStartingPoints = [];
      return c;
    }),
  };
  return {
    name: meta.name ?? fileName,
    lastModified: meta.lastModified ?? '2026-03-02T10:14:00Z',
    thumbnailUrl: '',
    version: meta.version ?? '4012345678',
    role: 'owner',
    editorType: 'figma',
    linkAccessPerm: 'view',
    schemaVersion: 0,
    document: doc,
    components,
    componentSets,
    styles: meta.styles ?? {},
    _keys: keys,
  };
}

export function write(name, file, truth) {
  const keys = file._keys;
  delete file._keys;
  writeFileSync(join(OUT_DIR, name + '.json'), JSON.stringify(file, null, 1) + '\n');
  const t = { file: name + '.json', kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow: {
    startFrameId: truth.flow.start ? keys[truth.flow.start] : null,
    connectFrameId: truth.flow.connect ? keys[truth.flow.connect] : null,
    stepsToConnect: truth.flow.steps,
    deadEnds: (truth.flow.deadEnds ?? []).map((k) => keys[k]),
  } };
  writeFileSync(join(OUT_DIR, name + '.truth.json'), JSON.stringify(t, null, 2) + '\n');
  let count = 0;
  const walk = (n) => { count++; (n.children ?? []).forEach(walk); };
  walk(file.document);
  console.log(name, 'nodes', count);
}

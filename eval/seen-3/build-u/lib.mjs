// Small deterministic helpers for writing Figma REST-format files by hand.
// Positions given to the builders are relative to the parent; finish()
// turns them into absolute bounding boxes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export function hex(h, a = 1) {
  const n = parseInt(h.slice(1), 16);
  const r = Math.round((((n >> 16) & 255) / 255) * 1000) / 1000;
  const g = Math.round((((n >> 8) & 255) / 255) * 1000) / 1000;
  const b = Math.round(((n & 255) / 255) * 1000) / 1000;
  return { r, g, b, a };
}
export const solid = (h, a = 1) => [{ blendMode: 'NORMAL', type: 'SOLID', color: hex(h, a) }];
export const image = (ref) => [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export class Doc {
  constructor(seed = 7) {
    this.page = 0;
    this.n = 1;
    this.seed = seed;
    this.components = {};
    this.componentSets = {};
    this.styles = {};
  }
  setPage(p, start = 1) {
    this.page = p;
    this.n = start;
  }
  id() {
    return `${this.page}:${this.n++}`;
  }
  rnd() {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    return this.seed / 2147483648;
  }
  auto(kind) {
    return `${kind} ${Math.floor(this.rnd() * 900) + 3}`;
  }
  node(type, name, x, y, w, h, props = {}, children) {
    const o = { id: this.id(), name, type };
    Object.assign(o, props);
    o._x = x;
    o._y = y;
    o._w = w;
    o._h = h;
    if (children) o.children = children;
    return o;
  }

  // ---- primitives ----
  F(name, x, y, w, h, props = {}, children = []) {
    const p = { blendMode: 'PASS_THROUGH', clipsContent: true, fills: [], ...props };
    if (p.fill) { p.fills = solid(p.fill); delete p.fill; }
    if (p.radius !== undefined) { p.cornerRadius = p.radius; delete p.radius; }
    if (p.stroke) { p.strokes = solid(p.stroke); p.strokeWeight = 1; delete p.stroke; }
    return this.node('FRAME', name ?? this.auto('Frame'), x, y, w, h, p, children);
  }
  AL(name, x, y, w, h, dir, props = {}, children = []) {
    return this.F(name ?? 'Auto layout', x, y, w, h, {
      layoutMode: dir, itemSpacing: props.gap ?? 8, paddingLeft: props.pad ?? 0, paddingRight: props.pad ?? 0,
      paddingTop: props.pad ?? 0, paddingBottom: props.pad ?? 0, primaryAxisSizingMode: 'AUTO',
      counterAxisSizingMode: 'FIXED', ...props, gap: undefined, pad: undefined,
    }, children);
  }
  T(chars, x, y, o = {}) {
    const size = o.size ?? 14;
    const lines = chars.split('\n').length;
    const w = o.w ?? Math.min(1100, Math.ceil(Math.max(...chars.split('\n').map((l) => l.length)) * size * 0.52));
    const h = o.h ?? Math.ceil(lines * size * 1.35);
    const style = {
      fontFamily: o.family ?? 'Inter', fontPostScriptName: null, fontWeight: o.weight ?? 400, fontSize: size,
      textAlignHorizontal: o.align ?? 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0, lineHeightPx: Math.round(size * 1.35),
    };
    if (o.deco) style.textDecoration = o.deco;
    const props = { characters: chars, style, fills: solid(o.color ?? '#1d2329') };
    if (o.visible === false) props.visible = false;
    return this.node('TEXT', o.name ?? chars.replace(/\n/g, ' '), x, y, w, h, props);
  }
  R(name, x, y, w, h, o = {}) {
    const props = { fills: o.image ? image(o.image) : solid(o.fill ?? '#e6e9ee') };
    if (o.radius !== undefined) props.cornerRadius = o.radius;
    if (o.stroke) { props.strokes = solid(o.stroke); props.strokeWeight = o.sw ?? 1; }
    if (o.visible === false) props.visible = false;
    return this.node(o.ellipse ? 'ELLIPSE' : 'RECTANGLE', name ?? this.auto(o.ellipse ? 'Ellipse' : 'Rectangle'), x, y, w, h, props);
  }
  V(name, x, y, w, h, o = {}) {
    const props = { fills: o.fill === null ? [] : solid(o.fill ?? '#5b6572') };
    if (o.stroke) { props.strokes = solid(o.stroke); props.strokeWeight = 1.5; }
    return this.node('VECTOR', name ?? 'Vector', x, y, w, h, props);
  }
  G(name, x, y, w, h, children, o = {}) {
    const props = {};
    if (o.visible === false) props.visible = false;
    return this.node('GROUP', name ?? this.auto('Group'), x, y, w, h, props, children);
  }
  I(name, componentId, x, y, w, h, children = [], o = {}) {
    const props = { componentId, fills: o.fill ? solid(o.fill) : [] };
    if (o.radius !== undefined) props.cornerRadius = o.radius;
    if (o.visible === false) props.visible = false;
    return this.node('INSTANCE', name, x, y, w, h, props, children);
  }
  SECTION(name, x, y, w, h, children) {
    return this.node('SECTION', name, x, y, w, h, { fills: solid('#ffffff') }, children);
  }
  component(name, x, y, w, h, children, o = {}) {
    const n = this.node('COMPONENT', name, x, y, w, h, { fills: o.fill ? solid(o.fill) : [], cornerRadius: o.radius ?? 0 }, children);
    this.components[n.id] = { key: keyOf(n.id, name), name, description: o.description ?? '', ...(o.set ? { componentSetId: o.set } : {}), documentationLinks: [] };
    return n;
  }
  componentSet(name, x, y, w, h, children) {
    const n = this.node('COMPONENT_SET', name, x, y, w, h, { fills: [] }, children);
    this.componentSets[n.id] = { key: keyOf(n.id, name), name, description: '' };
    for (const c of children) if (this.components[c.id]) this.components[c.id].componentSetId = n.id;
    return n;
  }
  remoteComponent(id, name, description = '') {
    this.components[id] = { key: keyOf(id, name), name, description, remote: true, documentationLinks: [] };
    return id;
  }

  // ---- composite shapes ----
  // Button as a filled, rounded frame holding a text label.
  btnFrame(label, x, y, w, h, o = {}) {
    const size = o.size ?? 15;
    const t = this.T(label, 0, Math.round((h - size * 1.35) / 2), { size, weight: o.weight ?? 600, color: o.color ?? '#ffffff', w, align: 'CENTER' });
    return this.F(o.name ?? this.auto('Frame'), x, y, w, h, { fill: o.fill ?? '#1f4fd1', radius: o.radius ?? 8, ...(o.stroke ? { stroke: o.stroke } : {}) }, [t]);
  }
  // Button as a text centred over a sibling rectangle or vector in a group.
  btnGroup(label, x, y, w, h, o = {}) {
    const size = o.size ?? 15;
    const bg = o.vector ? this.V('Vector', 0, 0, w, h, { fill: o.fill ?? '#1f4fd1' }) : this.R(this.auto('Rectangle'), 0, 0, w, h, { fill: o.fill ?? '#1f4fd1', radius: o.radius ?? 8 });
    const t = this.T(label, 0, Math.round((h - size * 1.35) / 2), { size, weight: o.weight ?? 600, color: o.color ?? '#ffffff', w, align: 'CENTER' });
    return this.G(o.name ?? this.auto('Group'), x, y, w, h, [bg, t]);
  }
  // Button as a component instance with a text child.
  btnInst(label, compId, x, y, w, h, o = {}) {
    const size = o.size ?? 15;
    const t = this.T(label, 0, Math.round((h - size * 1.35) / 2), { size, weight: o.weight ?? 600, color: o.color ?? '#ffffff', w, align: 'CENTER', name: o.labelName ?? 'Label' });
    return this.I(o.name ?? 'Button', compId, x, y, w, h, [t], { fill: o.fill ?? '#1f4fd1', radius: o.radius ?? 8 });
  }
  link(label, x, y, o = {}) {
    return this.T(label, x, y, { size: o.size ?? 14, weight: o.weight ?? 500, color: o.color ?? '#1f4fd1', deco: o.underline === false ? undefined : 'UNDERLINE', ...o });
  }
  checkbox(x, y, o = {}) {
    if (o.componentId) return this.I(o.name ?? 'Property 1=Unchecked', o.componentId, x, y, 20, 20, [this.R('Rectangle', 0, 0, 20, 20, { fill: '#ffffff', stroke: '#8a94a3', radius: 4 })]);
    if (o.vector) return this.V('Vector', x, y, 20, 20, { fill: '#ffffff', stroke: '#8a94a3' });
    return this.R(o.name ?? this.auto('Rectangle'), x, y, 20, 20, { fill: '#ffffff', stroke: '#8a94a3', radius: 4 });
  }
  searchField(placeholder, x, y, w, h, o = {}) {
    return this.F(o.name ?? this.auto('Frame'), x, y, w, h, { fill: o.fill ?? '#f3f5f8', radius: o.radius ?? 8, stroke: '#d5dae1', layoutMode: 'HORIZONTAL', itemSpacing: 8, paddingLeft: 12 }, [
      this.V('Vector', 12, Math.round(h / 2 - 8), 16, 16, { fill: null, stroke: '#6b7684' }),
      this.T(placeholder, 36, Math.round(h / 2 - 10), { size: o.size ?? 14, color: '#8a94a3' }),
    ]);
  }
  input(label, value, x, y, w, o = {}) {
    return this.AL(o.name ?? this.auto('Frame'), x, y, w, 66, 'VERTICAL', { gap: 6 }, [
      this.T(label, 0, 0, { size: 13, weight: 500, color: '#444c56' }),
      this.F(this.auto('Frame'), 0, 22, w, 42, { fill: '#ffffff', stroke: '#c9d0d8', radius: o.radius ?? 6 }, [
        this.T(value, 12, 11, { size: 14, color: o.placeholder ? '#9aa3ad' : '#1d2329' }),
      ]),
    ]);
  }
  logoImg(ref, x, y, s = 40, o = {}) {
    return this.R(o.name ?? this.auto('Rectangle'), x, y, s, s, { image: ref, radius: o.radius ?? 8 });
  }
  statusBar(w) {
    return this.G('Status bar', 0, 0, w, 44, [
      this.T('9:41', 24, 14, { size: 15, weight: 600, family: 'SF Pro Text' }),
      this.V('Cellular', w - 80, 18, 18, 11, { fill: '#000000' }),
      this.V('Wifi', w - 58, 18, 16, 11, { fill: '#000000' }),
      this.V('Battery', w - 36, 17, 25, 12, { fill: '#000000' }),
    ]);
  }
}

function keyOf(id, name) {
  let h = 2166136261;
  for (const ch of id + name) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return (h.toString(16) + (h * 31 >>> 0).toString(16) + id.replace(':', '')).padEnd(40, 'a3f7').slice(0, 40);
}

// Interactions -------------------------------------------------------------
export function go(node, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  node.interactions = node.interactions ?? [];
  const transition = navigation === 'OVERLAY' ? { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.2 } : navigation === 'CHANGE_TO' ? null : { type: 'SMART_ANIMATE', easing: { type: 'EASE_IN_AND_OUT' }, duration: 0.3 };
  node.interactions.push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: dest.id, navigation, transition, preserveScrollPosition: false }] });
  return node;
}
export function goOld(node, dest) {
  node.transitionNodeID = dest.id;
  node.transitionDuration = 300;
  node.transitionEasing = 'EASE_IN_AND_OUT';
  return node;
}
export function back(node) {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'BACK' }] });
  return node;
}
export function close(node) {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] });
  return node;
}
export function url(node, u) {
  node.interactions = node.interactions ?? [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'URL', url: u }] });
  return node;
}

// Finishing -----------------------------------------------------------------
function absolutise(node, px, py) {
  if (node._x !== undefined) {
    const x = px + node._x;
    const y = py + node._y;
    node.absoluteBoundingBox = { x, y, width: node._w, height: node._h };
    node.absoluteRenderBounds = { x, y, width: node._w, height: node._h };
    delete node._x; delete node._y; delete node._w; delete node._h;
    for (const c of node.children ?? []) absolutise(c, x, y);
  } else {
    for (const c of node.children ?? []) absolutise(c, px, py);
  }
}
export function canvas(doc, name, children, o = {}) {
  const c = { id: `${doc.page}:0`, name, type: 'CANVAS', children, backgroundColor: hex(o.bg ?? '#e5e5e5'), prototypeStartNodeID: null, flowStartingPoints: [], prototypeDevice: { type: o.device ?? 'NONE', rotation: 'NONE' } };
  if (o.starts) c.flowStartingPoints = o.starts.map(([n, f]) => ({ nodeId: f.id, name: n }));
  if (o.prototypeStart) c.prototypeStartNodeID = o.prototypeStart.id;
  if (o.oldStyle) delete c.flowStartingPoints;
  return c;
}
export function count(node) {
  return 1 + (node.children ?? []).reduce((s, c) => s + count(c), 0);
}
export function finish(doc, name, pages, lastModified, truth) {
  for (const p of pages) absolutise(p, 0, 0);
  const file = {
    name, lastModified, thumbnailUrl: '', version: String(4000000000 + Math.floor(doc.rnd() * 900000000)), role: 'viewer', editorType: 'figma', linkAccess: 'view', schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: pages },
    components: doc.components, componentSets: doc.componentSets, styles: doc.styles,
  };
  const base = truth.file.replace(/\.json$/, '');
  writeFileSync(join(OUT_DIR, truth.file), JSON.stringify(file, null, 1) + '\n');
  writeFileSync(join(OUT_DIR, `${base}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  const nodes = pages.reduce((s, p) => s + count(p), 0);
  console.log(`${truth.file}: ${nodes} nodes`);
  return file;
}

export const WRITTEN_BY = 'held-out writer U (from the checklist facts and the REST format only; repository not read)';

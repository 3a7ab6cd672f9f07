// Tiny deterministic builder for Figma REST (GET /v1/files/:key) documents. No dependencies.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const hkey = (s) => createHash('sha1').update(s).digest('hex');
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

// ---------- colours ----------
export const hex = (h, a = 1) => {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: +(((n >> 16) & 255) / 255).toFixed(4), g: +(((n >> 8) & 255) / 255).toFixed(4), b: +((n & 255) / 255).toFixed(4), a };
};
export const solid = (h, opacity) => (opacity === undefined ? { type: 'SOLID', color: hex(h) } : { type: 'SOLID', color: hex(h), opacity });
export const image = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

const bb = (x, y, width, height) => ({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) });

// ---------- interactions ----------
// to: '@key' | { dest:'@key', nav } | { back:true } | { close:true } | { url } | { change:'#variantKey' } | array of these
function interactionsFor(to) {
  const list = Array.isArray(to) ? to : [to];
  const out = [];
  for (const t of list) {
    let action;
    let trigger = { type: 'ON_CLICK' };
    if (typeof t === 'string') action = { type: 'NODE', destinationId: t, navigation: 'NAVIGATE', transition: null };
    else if (t.back) action = { type: 'BACK' };
    else if (t.close) action = { type: 'CLOSE' };
    else if (t.url) action = { type: 'URL', url: t.url };
    else if (t.change) { action = { type: 'NODE', destinationId: t.change, navigation: 'CHANGE_TO', transition: { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.2 } }; trigger = { type: 'ON_HOVER' }; }
    else action = { type: 'NODE', destinationId: t.dest, navigation: t.nav || 'NAVIGATE', transition: t.nav === 'OVERLAY' ? { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.3 } : null, ...(t.nav === 'OVERLAY' ? { overlayRelativePosition: { x: 0, y: 0 } } : {}) };
    if (t && t.trigger) trigger = { type: t.trigger };
    out.push({ trigger, actions: [action] });
  }
  return out;
}

function decorate(node, o) {
  if (o.visible === false) node.visible = false;
  if (o.to !== undefined) {
    if (o.legacy && typeof o.to === 'string') node.transitionNodeID = o.to;
    else node.interactions = interactionsFor(o.to);
  }
  if (o.key) node._key = o.key;
  if (o.extra) Object.assign(node, o.extra);
  return node;
}

// ---------- leaf builders: each returns (x, y, w) => node ----------
export function t(chars, o = {}) {
  return (x, y, w) => {
    const size = o.size || 14;
    const width = o.w || w;
    const lines = chars.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil((l.length * size * 0.52) / Math.max(width, 40))), 0);
    const h = o.h || Math.round(lines * size * 1.4);
    const style = { fontFamily: o.font || 'Inter', fontPostScriptName: null, fontWeight: o.weight || 400, fontSize: size, textAlignHorizontal: o.align || 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0, lineHeightPx: Math.round(size * 1.4) };
    if (o.underline) style.textDecoration = 'UNDERLINE';
    const name = o.name || (chars.length > 60 ? chars.slice(0, 60) : chars).replace(/\n/g, ' ');
    const node = { id: null, name, type: 'TEXT', absoluteBoundingBox: bb(x + (o.dx || 0), y, width, h), fills: [solid(o.color || '#1A1D23')], characters: chars, style };
    return decorate(node, o);
  };
}

export function rect(h, o = {}) {
  return (x, y, w) => {
    const node = { id: null, name: o.name || 'Rectangle', type: o.type || 'RECTANGLE', absoluteBoundingBox: bb(x + (o.dx || 0), y, o.w || w, h), fills: o.fills || [solid(o.fill || '#E6E8EC')] };
    if (o.radius) node.cornerRadius = o.radius;
    if (o.stroke) { node.strokes = [solid(o.stroke)]; node.strokeWeight = 1; }
    return decorate(node, o);
  };
}
export const vec = (w, h, o = {}) => rect(h, { type: 'VECTOR', w, name: 'Vector', fill: '#5B6270', ...o });

// container: stacks children (builders or numbers = extra gap) vertically or horizontally
export function box(children, o = {}) {
  return (x, y, w) => {
    const dir = o.dir || 'V';
    const pad = o.pad ?? 0;
    const gap = o.gap ?? 8;
    const width = o.w || w;
    const inner = width - 2 * pad;
    const kids = [];
    let cx = x + pad, cy = y + pad, maxH = 0, extra = 0;
    const real = children.filter((c) => typeof c === 'function');
    const fixed = (o.widths || []);
    let i = 0;
    for (const c of children) {
      if (c == null || c === false) continue;
      if (typeof c === 'number') { extra += c; continue; }
      if (dir === 'V') {
        cy += extra; extra = 0;
        const n = c(cx, cy, inner);
        kids.push(n); cy += n.absoluteBoundingBox.height + gap;
      } else {
        cx += extra; extra = 0;
        const defd = real.map((_, j) => fixed[j]).filter((v) => v !== undefined);
        const flex = real.length - defd.length;
        const cw = fixed[i] ?? Math.floor((inner - gap * (real.length - 1) - defd.reduce((a, b) => a + b, 0)) / Math.max(flex, 1));
        const n = c(cx, cy, cw);
        kids.push(n); cx += n.absoluteBoundingBox.width + gap; maxH = Math.max(maxH, n.absoluteBoundingBox.height);
      }
      i++;
    }
    let h = dir === 'V' ? cy - gap - y + pad : maxH + 2 * pad;
    if (!kids.length) h = 2 * pad;
    if (o.h) h = o.h;
    const type = o.type || 'FRAME';
    const node = { id: null, name: o.name || 'Frame', type, absoluteBoundingBox: bb(x + (o.dx || 0), y, width, h) };
    if (type !== 'GROUP') {
      node.fills = o.fill ? [solid(o.fill)] : (o.fills || []);
      if (o.radius) node.cornerRadius = o.radius;
      if (o.stroke) { node.strokes = [solid(o.stroke)]; node.strokeWeight = 1; }
      if (o.layout !== false) {
        node.layoutMode = dir === 'V' ? 'VERTICAL' : 'HORIZONTAL';
        node.itemSpacing = gap; node.paddingLeft = node.paddingRight = node.paddingTop = node.paddingBottom = pad;
        node.primaryAxisSizingMode = 'AUTO'; node.counterAxisSizingMode = 'FIXED';
        if (o.align) node.counterAxisAlignItems = o.align;
      }
      node.clipsContent = false;
    }
    if (o.componentId) node.componentId = o.componentId;
    node.children = kids;
    return decorate(node, o);
  };
}
export const col = (children, o = {}) => box(children, { ...o, dir: 'V' });
export const row = (children, o = {}) => box(children, { ...o, dir: 'H' });

// overlay: children positioned at same origin (GROUP of rect + centred text etc.)
export function stack(children, o = {}) {
  return (x, y, w) => {
    const kids = children.map((c) => c(x, y, o.w || w));
    const h = Math.max(...kids.map((k) => k.absoluteBoundingBox.y + k.absoluteBoundingBox.height)) - y;
    const node = { id: null, name: o.name || 'Group', type: o.type || 'GROUP', absoluteBoundingBox: bb(x, y, o.w || w, h), children: kids };
    if (node.type !== 'GROUP') { node.fills = o.fill ? [solid(o.fill)] : []; if (o.radius) node.cornerRadius = o.radius; }
    if (o.componentId) node.componentId = o.componentId;
    return decorate(node, o);
  };
}

// ---------- composite builders ----------
// kinds: 'instance' (component instance with TEXT child), 'frame' (solid fill + radius), 'group' (TEXT over RECTANGLE), 'vector' (TEXT over VECTOR), 'link'
export function btn(label, o = {}) {
  const kind = o.kind || 'frame';
  const h = o.h || 48;
  const fill = o.fill || '#2453FF';
  const tc = o.textColor || (o.secondary ? '#2453FF' : '#FFFFFF');
  const size = o.size || 16;
  return (x, y, w) => {
    const bw = o.w || Math.min(w, Math.max(120, label.length * size * 0.6 + 48));
    const lx = (xx) => t(label, { size, weight: o.weight || 600, color: tc, align: 'CENTER', w: bw - 32, h: Math.round(size * 1.4), name: o.labelName })(xx + 16, y + Math.round((h - size * 1.4) / 2), bw - 32);
    const dx = o.center ? Math.round((w - bw) / 2) : 0;
    const bx = x + dx;
    let node;
    if (kind === 'link') {
      return t(label, { size: o.size || 14, weight: o.weight || 500, color: o.color || '#2453FF', underline: o.underline !== false, name: o.name, to: o.to, legacy: o.legacy, w: o.w || Math.min(w, label.length * (o.size || 14) * 0.56 + 8), visible: o.visible, key: o.key, dx })(x, y, w);
    }
    if (kind === 'group' || kind === 'vector') {
      const bg = { id: null, name: kind === 'group' ? (o.bgName || 'Rectangle 12') : 'Vector', type: kind === 'group' ? 'RECTANGLE' : 'VECTOR', absoluteBoundingBox: bb(bx, y, bw, h), fills: o.secondary ? [] : [solid(fill)], cornerRadius: o.radius ?? 8 };
      if (o.secondary) { bg.strokes = [solid(fill)]; bg.strokeWeight = 1; }
      node = { id: null, name: o.name || 'Group 8', type: 'GROUP', absoluteBoundingBox: bb(bx, y, bw, h), children: [bg, lx(bx)] };
    } else {
      node = { id: null, name: o.name || (kind === 'instance' ? 'Button' : 'Frame 427'), type: kind === 'instance' ? 'INSTANCE' : 'FRAME', absoluteBoundingBox: bb(bx, y, bw, h), fills: o.secondary ? [] : [solid(fill)], cornerRadius: o.radius ?? 8, layoutMode: 'HORIZONTAL', primaryAxisAlignItems: 'CENTER', counterAxisAlignItems: 'CENTER', paddingLeft: 16, paddingRight: 16, itemSpacing: 8, children: [] };
      if (o.secondary) { node.strokes = [solid(fill)]; node.strokeWeight = 1; }
      if (kind === 'instance') node.componentId = o.componentId || '#btn';
      if (o.icon) node.children.push({ id: null, name: 'Vector', type: 'VECTOR', absoluteBoundingBox: bb(bx + 16, y + h / 2 - 8, 16, 16), fills: [solid(tc)] });
      node.children.push(lx(bx));
    }
    return decorate(node, o);
  };
}
export const link = (label, o = {}) => btn(label, { ...o, kind: 'link' });

// checkbox + consent text. kind: 'rect' | 'vector' | 'instance'
export function check(text, o = {}) {
  const kind = o.kind || 'rect';
  const box20 = (x, y) => {
    const n = { id: null, name: o.boxName || (kind === 'instance' ? 'Checkbox' : kind === 'vector' ? 'Vector' : 'Rectangle 3'), type: kind === 'instance' ? 'INSTANCE' : kind === 'vector' ? 'VECTOR' : 'RECTANGLE', absoluteBoundingBox: bb(x, y + 2, 20, 20), fills: o.checked ? [solid('#2453FF')] : [solid('#FFFFFF')], strokes: [solid('#8A919E')], strokeWeight: 1.5, cornerRadius: 4 };
    if (kind === 'instance') { n.componentId = o.componentId || '#check'; n.children = []; }
    return n;
  };
  return row([(x, y) => box20(x, y), col([t(text, { size: o.size || 13, color: '#3B414D' }), ...(o.links || []).map((l) => link(l.label, { size: 13, to: l.to, legacy: o.legacy }))], { gap: 2, name: o.textName || 'Frame 51' })], { gap: 10, widths: [20], name: o.name || 'Auto layout', visible: o.visible });
}

export function search(placeholder, o = {}) {
  return row([vec(18, 18, { name: o.iconName || 'Vector', fill: '#8A919E' }), t(placeholder, { size: 15, color: '#8A919E' })], { pad: 12, gap: 10, widths: [18], radius: o.radius ?? 24, fill: '#F3F4F6', stroke: '#D5D8DE', name: o.name || 'Frame 88', visible: o.visible });
}

// platform card: logo (IMAGE rect or vector) + name (+ sub, + badge)
export function card(name, o = {}) {
  const logo = o.vectorLogo ? vec(32, 32, { name: o.logoName || 'Vector', fill: o.logoFill || '#13B5EA' }) : rect(32, { w: 32, name: o.logoName || name.split(' ')[0].toLowerCase() + '-logo', fills: [image(o.imageRef || ('img' + name.replace(/[^a-z]/gi, '').toLowerCase()))], radius: 6 });
  const texts = [t(name, { size: o.size || 15, weight: 600 })];
  if (o.sub) texts.push(t(o.sub, { size: 12, color: '#6B7280' }));
  const parts = [logo, col(texts, { gap: 2, name: 'Frame 19' })];
  if (o.badge) parts.push(t(o.badge, { size: 12, weight: 600, color: o.badgeColor || '#0E8A4F', w: o.badgeW || 110 }));
  return row(parts, { pad: 14, gap: 12, widths: o.badge ? [32, undefined, o.badgeW || 110] : [32], radius: 10, stroke: '#E1E4EA', fill: '#FFFFFF', name: o.name || 'Frame 6' + (name.length % 10), to: o.to, legacy: o.legacy, type: o.type, componentId: o.componentId, h: o.h });
}

// fix widths array for card with badge (middle flexible)
export function screen(key, name, x, y, w, h, children, o = {}) {
  return () => {
    const inner = col(children, { pad: o.pad ?? 24, gap: o.gap ?? 16, name: o.innerName || 'Auto layout', w })(x, y, w);
    const node = { id: null, name, type: 'FRAME', absoluteBoundingBox: bb(x, y, w, h), fills: [solid(o.bg || '#FFFFFF')], clipsContent: true, layoutMode: 'NONE', children: [inner, ...(o.floating || []).map((f) => f(x, y, w))] };
    if (o.visible === false) node.visible = false;
    node._key = key;
    if (o.to) node.interactions = interactionsFor(o.to);
    return node;
  };
}

// ---------- document ----------
export class Doc {
  constructor(name, opts = {}) {
    this.name = name; this.opts = opts; this.pages = []; this.componentsMeta = {};
  }
  page(name, prefix, children, o = {}) { this.pages.push({ name, prefix, children, o }); }
  component(key, name, desc = '') { this.componentsMeta[key] = { name, description: desc }; }
  build() {
    const keyToId = {}; const pending = []; let nodes = 0;
    const assign = (n, prefix, ctr) => {
      n.id = `${prefix}:${ctr.n++}`; nodes++;
      if (n._key) { if (keyToId[n._key]) throw new Error('dup key ' + n._key); keyToId[n._key] = n.id; delete n._key; }
      pending.push(n);
      for (const c of n.children || []) assign(c, prefix, ctr);
    };
    const canvases = this.pages.map((p, i) => {
      const ctr = { n: p.o.startAt || 1 };
      const kids = p.children.map((c) => (typeof c === 'function' ? c() : c));
      kids.forEach((k) => assign(k, p.prefix, ctr));
      const cv = { id: `0:${i + 1}`, name: p.name, type: 'CANVAS', children: kids, backgroundColor: hex('#F5F5F5'), prototypeStartNodeID: p.o.start || null, flowStartingPoints: p.o.flows || [] };
      if (p.o.noFlows) delete cv.flowStartingPoints;
      return cv;
    });
    // Figma-style auto names: "Frame 12", "Rectangle 7", "Group 3"; instances take their main component's (set) name
    let auto = 1;
    const setName = Object.fromEntries((this.opts.sets || []).map((s) => [s.key, s.name]));
    for (const n of pending) {
      if (['Frame', 'Rectangle', 'Group'].includes(n.name)) n.name = `${n.name} ${(auto++ * 37) % 900 + 1}`;
      if (n.type === 'INSTANCE' && ['Button', 'Checkbox'].includes(n.name) && n.componentId) {
        const m = this.componentsMeta[n.componentId];
        if (m) n.name = m.set ? setName[m.set] || m.name : m.name;
      }
    }
    const res = (v) => (typeof v === 'string' && (v[0] === '@' || v[0] === '#') ? (keyToId[v] || (() => { throw new Error('unresolved ' + v); })()) : v);
    for (const n of pending) {
      if (n.transitionNodeID) n.transitionNodeID = res(n.transitionNodeID);
      if (n.componentId) n.componentId = res(n.componentId);
      for (const it of n.interactions || []) for (const a of it.actions) if (a.destinationId) a.destinationId = res(a.destinationId);
    }
    for (const cv of canvases) {
      if (cv.prototypeStartNodeID) cv.prototypeStartNodeID = res(cv.prototypeStartNodeID);
      for (const f of cv.flowStartingPoints || []) f.nodeId = res(f.nodeId);
    }
    const components = {};
    for (const [k, m] of Object.entries(this.componentsMeta)) {
      const id = res(k);
      components[id] = { key: hkey(this.name + k), name: m.name, description: m.description, remote: false, documentationLinks: [] };
      if (m.set) components[id].componentSetId = res(m.set);
    }
    const componentSets = {};
    for (const k of this.opts.sets || []) componentSets[res(k.key)] = { key: hkey(this.name + k.key), name: k.name, description: '' };
    this.keyToId = keyToId; this.nodeCount = nodes;
    return {
      name: this.name, lastModified: this.opts.lastModified || '2026-11-20T09:00:00Z', thumbnailUrl: 'https://s3-alpha.figma.com/thumbnails/' + this.name.replace(/\W+/g, '-').toLowerCase() + '.png',
      version: this.opts.version || '3012345678', role: 'editor', editorType: 'figma', linkAccess: 'org_view', schemaVersion: 0,
      document: { id: '0:0', type: 'DOCUMENT', name: 'Document', scrollBehavior: 'SCROLLS', children: canvases },
      components, componentSets, styles: this.opts.styles || {},
    };
  }
}

// ---------- validation and flow ----------
export function validate(file) {
  const ids = new Map(); const errs = [];
  const walk = (n, _parent) => { if (ids.has(n.id)) errs.push('dup id ' + n.id); ids.set(n.id, n); for (const c of n.children || []) walk(c, n); };
  walk(file.document);
  for (const n of ids.values()) {
    for (const it of n.interactions || []) for (const a of it.actions) if (a.destinationId && !ids.has(a.destinationId)) errs.push('bad dest ' + a.destinationId);
    if (n.transitionNodeID && !ids.has(n.transitionNodeID)) errs.push('bad transition ' + n.transitionNodeID);
    if (n.componentId && !file.components[n.componentId]) errs.push('instance without component meta ' + n.id);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') errs.push('text w/o chars ' + n.id);
  }
  if (errs.length) throw new Error(errs.join('\n'));
  return ids.size;
}

export function flowFacts(file, connectId) {
  // page with a start
  const pages = file.document.children;
  const page = pages.find((p) => (p.flowStartingPoints && p.flowStartingPoints.length) || p.prototypeStartNodeID);
  const start = page.flowStartingPoints && page.flowStartingPoints.length ? page.flowStartingPoints[0].nodeId : page.prototypeStartNodeID;
  const frames = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    if (c.type === 'SECTION') for (const f of c.children || []) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const fid = new Set(frames.map((f) => f.id));
  const edges = new Map(frames.map((f) => [f.id, new Set()]));
  const walk = (n, owner) => {
    if (n.visible === false) return;
    for (const it of n.interactions || []) for (const a of it.actions) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation) && fid.has(a.destinationId)) edges.get(owner).add(a.destinationId);
    if (n.transitionNodeID && fid.has(n.transitionNodeID)) edges.get(owner).add(n.transitionNodeID);
    for (const c of n.children || []) walk(c, owner);
  };
  frames.forEach((f) => walk(f, f.id));
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u) || []) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); } } return d; };
  const fromStart = bfs(start);
  if (!connectId) return { startFrameId: start, connectFrameId: null, stepsToConnect: null, deadEnds: [], order: [...fromStart.keys()] };
  const fromConnect = bfs(connectId);
  const deadEnds = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(connectId));
  return { startFrameId: start, connectFrameId: connectId, stepsToConnect: fromStart.has(connectId) ? fromStart.get(connectId) : null, deadEnds, order: [...fromStart.keys()] };
}

export function emit(base, doc, truth) {
  const file = doc.build();
  const count = validate(file);
  const k = (key) => doc.keyToId[key];
  const flow = flowFacts(file, truth.connect ? k(truth.connect) : null);
  const kind = truth.kind;
  if (kind === 'negative') { flow.deadEnds = []; }
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) throw new Error('bad truth id ' + id);
  const both = truth.present.filter((x) => truth.absent.includes(x));
  if (both.length) throw new Error('both ' + both);
  if (truth.present.length + truth.absent.length < 24) throw new Error(base + ' only ' + (truth.present.length + truth.absent.length) + ' labelled');
  if (truth.expectSteps !== undefined && truth.expectSteps !== flow.stepsToConnect) throw new Error(base + ' steps ' + flow.stepsToConnect + ' != ' + truth.expectSteps);
  if (truth.expectDead && truth.expectDead.map(k).sort().join() !== flow.deadEnds.slice().sort().join()) throw new Error(base + ' dead ' + flow.deadEnds + ' vs ' + truth.expectDead.map(k));
  const out = {
    file: base + '.json', kind, writtenBy: 'dev-split writer (from the checklist and REST format; detector source not read)', description: truth.description,
    present: truth.present, absent: truth.absent, notes: truth.notes,
    flow: { startFrameId: flow.startFrameId, connectFrameId: flow.connectFrameId, stepsToConnect: flow.stepsToConnect, deadEnds: flow.deadEnds },
  };
  writeFileSync(join(OUT, base + '.json'), JSON.stringify(file, null, 2) + '\n');
  writeFileSync(join(OUT, base + '.truth.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`${base}: ${count} nodes (incl. document/canvases), present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(out.flow)}, bfs order ${flow.order.join(' ')}`);
  return { file, out, count };
}

// ---------- shared components page ----------
// names: { set: 'Button', def: 'State=Default', hover: 'State=Hover', check: 'Checkbox', card: 'Card/Platform', extra: [[key,name,desc]] }
export function componentLib(doc, n = {}) {
  doc.sets = doc.sets || [];
  doc.opts.sets = doc.opts.sets || [];
  doc.opts.sets.push({ key: '#btnset', name: n.set || 'Button' });
  doc.component('#btn', n.def || 'State=Default, Size=Large', 'Primary action');
  doc.component('#btnHover', n.hover || 'State=Hover, Size=Large', 'Primary action, hover');
  doc.componentsMeta['#btn'].set = '#btnset'; doc.componentsMeta['#btnHover'].set = '#btnset';
  doc.component('#check', n.check || 'Checkbox', '');
  doc.component('#card', n.card || 'Card/Platform', 'Integration tile');
  for (const [k, nm, d] of n.extra || []) doc.component(k, nm, d || '');
  const label = (s, c = '#FFFFFF') => t(s, { size: 16, weight: 600, color: c, align: 'CENTER' });
  const comp = (key, name, kids, o = {}) => box(kids, { type: 'COMPONENT', key, name, pad: 12, gap: 8, radius: 8, dir: 'H', ...o });
  return [
    () => box([
      comp('#btn', n.def || 'State=Default, Size=Large', [label('Label')], { fill: '#2453FF', w: 200 }),
      comp('#btnHover', n.hover || 'State=Hover, Size=Large', [label('Label')], { fill: '#1B3FCC', w: 200 }),
    ], { type: 'COMPONENT_SET', key: '#btnset', name: n.set || 'Button', dir: 'H', pad: 20, gap: 20, stroke: '#9747FF', w: 460 })(0, 0, 460),
    () => comp('#check', n.check || 'Checkbox', [rect(20, { w: 20, radius: 4, fill: '#FFFFFF', stroke: '#8A919E' })], { w: 44, pad: 12 })(0, 200, 44),
    () => comp('#card', n.card || 'Card/Platform', [rect(32, { w: 32, radius: 6, fills: [image('placeholder')] }), t('Platform name', { size: 15, weight: 600 })], { w: 320, stroke: '#E1E4EA', fill: '#FFFFFF' })(0, 300, 320),
    ...(n.extra || []).map(([k, nm], i) => () => comp(k, nm, [t(nm, { size: 14 })], { w: 240 })(0, 420 + i * 80, 240)),
  ];
}

export function cover(title, sub) {
  return [
    () => col([t(title, { size: 96, weight: 700, name: 'Title' }), t(sub, { size: 32, color: '#6B7280' }), rect(400, { fills: [image('cover' + title.length)], name: 'Image' })], { pad: 120, gap: 24, fill: '#FFFFFF', name: 'Cover', w: 1920, h: 1080, layout: false })(0, 0, 1920),
  ];
}

export function field(label, value, o = {}) {
  return col([t(label, { size: 12, weight: 500, color: '#4B5260' }), row([t(value, { size: 15, color: o.placeholder ? '#9AA0AA' : '#1A1D23' })], { pad: 12, radius: 8, stroke: '#CDD1D8', fill: '#FFFFFF', name: o.inputName || 'Frame 31' })], { gap: 6, name: o.name || 'Frame 30', w: o.w, visible: o.visible });
}
export const divider = (o = {}) => rect(1, { fill: '#E5E7EB', name: o.name || 'Line 4', ...o });

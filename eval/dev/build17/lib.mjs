// Small deterministic builders for Figma REST-shaped JSON (dev writer U, d88–d92).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, '..');

let seed = 1;
export function reseed(s) { seed = s; }
export function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
export function gname(kind) { return `${kind} ${Math.floor(rnd() * 900) + 12}`; }

let P = 1;
let N = 1;
export function idPage(p, start) { P = p; N = start; }
const nid = () => `${P}:${N++}`;

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  const c = (i) => Math.round((parseInt(v.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: c(0), g: c(2), b: c(4), a };
}
export const solid = (h, opacity) => (opacity === undefined
  ? { type: 'SOLID', blendMode: 'NORMAL', color: hex(h) }
  : { type: 'SOLID', blendMode: 'NORMAL', opacity, color: hex(h) });
export const imageFill = (ref) => ({ type: 'IMAGE', blendMode: 'NORMAL', scaleMode: 'FILL', imageRef: ref });

export function node(type, name, x, y, w, h, extra = {}, children) {
  const n = { id: nid(), name, type, ...extra, _r: [x, y, w, h] };
  if (children) n.children = children.filter(Boolean);
  return n;
}

export function textH(chars, size, w) {
  let lines = 0;
  for (const l of String(chars).split('\n')) lines += Math.max(1, Math.ceil((l.length * size * 0.52) / Math.max(w, 20)));
  return Math.ceil(lines * size * 1.4);
}

// TEXT. o: size, weight, color, deco, family, name, h, align, hidden
export function T(chars, x, y, w, o = {}) {
  const size = o.size ?? 14;
  const style = { fontFamily: o.family ?? 'Inter', fontWeight: o.weight ?? 400, fontSize: size, textAlignHorizontal: o.align ?? 'LEFT', letterSpacing: 0, lineHeightPx: Math.round(size * 1.4) };
  if (o.deco) style.textDecoration = o.deco;
  const extra = { characters: chars, style, fills: [solid(o.color ?? '#1F2430')] };
  if (o.hidden) extra.visible = false;
  return node('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 60), x, y, w, o.h ?? textH(chars, size, w), extra);
}

export function R(name, x, y, w, h, o = {}) {
  const extra = { fills: o.fills ?? [solid(o.fill ?? '#E6E8EE')] };
  if (o.radius !== undefined) extra.cornerRadius = o.radius;
  if (o.stroke) extra.strokes = [solid(o.stroke)];
  if (o.stroke) extra.strokeWeight = 1;
  if (o.hidden) extra.visible = false;
  return node(o.type ?? 'RECTANGLE', name, x, y, w, h, extra);
}
export const V = (name, x, y, w, h, o = {}) => R(name, x, y, w, h, { ...o, type: 'VECTOR' });

export function F(name, x, y, w, h, o = {}, children) {
  const extra = { fills: o.fills ?? (o.fill ? [solid(o.fill)] : []), clipsContent: o.clip ?? false };
  if (o.radius !== undefined) extra.cornerRadius = o.radius;
  if (o.stroke) { extra.strokes = [solid(o.stroke)]; extra.strokeWeight = 1; }
  if (o.layout) { extra.layoutMode = o.layout; extra.itemSpacing = o.gap ?? 0; extra.paddingLeft = o.pad ?? 0; extra.paddingRight = o.pad ?? 0; extra.paddingTop = o.pad ?? 0; extra.paddingBottom = o.pad ?? 0; }
  if (o.hidden) extra.visible = false;
  const n = node(o.type ?? 'FRAME', name, x, y, w, h, extra, children);
  if (o.key) n._key = o.key;
  return n;
}
export function G(name, x, y, w, h, children, o = {}) {
  const n = node('GROUP', name, x, y, w, h, o.hidden ? { visible: false } : {}, children);
  return n;
}

// Stack children vertically (or horizontally); sets child positions and own size.
export function stack(name, dir, x, y, w, children, o = {}) {
  const pad = o.pad ?? 0; const gap = o.gap ?? 0;
  const kids = children.filter(Boolean);
  let cur = pad; let cross = 0;
  for (const k of kids) {
    if (dir === 'VERTICAL') { k._r[0] = pad + (o.indent ?? 0); k._r[1] = cur; cur += k._r[3] + gap; cross = Math.max(cross, k._r[2]); }
    else { k._r[0] = cur; k._r[1] = pad; cur += k._r[2] + gap; cross = Math.max(cross, k._r[3]); }
  }
  if (kids.length) cur -= gap;
  cur += pad;
  const W = dir === 'VERTICAL' ? Math.max(w, cross + pad * 2 + (o.indent ?? 0)) : (o.w ?? cur);
  const H = dir === 'VERTICAL' ? (o.h ?? cur) : (o.h ?? cross + pad * 2);
  return F(name, x, y, W, H, { ...o, layout: dir }, kids);
}
export const col = (name, x, y, w, children, o) => stack(name, 'VERTICAL', x, y, w, children, o);
export const row = (name, x, y, children, o) => stack(name, 'HORIZONTAL', x, y, 0, children, o);

// Prototype wiring by key, resolved at finish().
export function go(n, key, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  n._to = n._to ?? [];
  n._to.push({ key, navigation, trigger });
  return n;
}
export function act(n, action, trigger = 'ON_CLICK') { n._acts = n._acts ?? []; n._acts.push({ trigger, action }); return n; }
export function old(n, key) { n._old = key; return n; }

// Buttons, built several ways.
export function btnI(label, x, y, w, h, comp, o = {}) {
  return node('INSTANCE', o.name ?? comp.name, x, y, w, h, { componentId: comp.id, fills: [solid(o.fill ?? '#3B5BDB')], cornerRadius: o.radius ?? 8 },
    [T(label, 16, Math.round((h - 20) / 2), w - 32, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER', h: 20 })]);
}
export function btnF(label, x, y, w, h, o = {}) {
  return F(o.name ?? gname('Frame'), x, y, w, h, { fill: o.fill ?? '#111827', radius: o.radius ?? 6, layout: 'HORIZONTAL', pad: 12, stroke: o.stroke },
    [T(label, 12, Math.round((h - 20) / 2), w - 24, { size: o.size ?? 14, weight: o.weight ?? 600, color: o.color ?? '#FFFFFF', align: 'CENTER', h: 20 })]);
}
export function btnG(label, x, y, w, h, o = {}) {
  const bg = o.vector ? V('Vector', 0, 0, w, h, { fill: o.fill ?? '#0F766E', radius: o.radius ?? 10 }) : R(gname('Rectangle'), 0, 0, w, h, { fill: o.fill ?? '#0F766E', radius: o.radius ?? 10, stroke: o.stroke });
  return G(o.name ?? gname('Group'), x, y, w, h, [bg, T(label, 8, Math.round((h - 20) / 2), w - 16, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER', h: 20 })]);
}
export const link = (label, x, y, w, o = {}) => T(label, x, y, w, { size: o.size ?? 14, color: o.color ?? '#2F5BD3', deco: o.under === false ? undefined : 'UNDERLINE', weight: o.weight ?? 500, ...o });

export function checkbox(x, y, kind = 'RECTANGLE', comp) {
  if (kind === 'INSTANCE') return node('INSTANCE', comp.name, x, y, 20, 20, { componentId: comp.id, fills: [], strokes: [solid('#8A94A6')], strokeWeight: 1.5, cornerRadius: 4 });
  return node(kind, kind === 'VECTOR' ? 'Vector' : gname('Rectangle'), x, y, 20, 20, { fills: [solid('#FFFFFF')], strokes: [solid('#8A94A6')], strokeWeight: 1.5, cornerRadius: 4 });
}
export function searchBox(x, y, w, placeholder, o = {}) {
  return F(o.name ?? gname('Frame'), x, y, w, 44, { fill: '#FFFFFF', stroke: '#CBD2DC', radius: o.radius ?? 22, layout: 'HORIZONTAL', gap: 8, pad: 12 },
    [V('Vector', 12, 13, 18, 18, { fill: '#6B7280' }), T(placeholder, 38, 12, w - 60, { size: 14, color: '#9AA3B2', h: 20 })]);
}
export const logo = (x, y, s, ref, o = {}) => R(o.name ?? gname('Rectangle'), x, y, s, s, { fills: [imageFill(ref)], radius: o.radius ?? 6 });
export const logoV = (x, y, s, fill, o = {}) => V(o.name ?? 'Vector', x, y, s, s, { fill, radius: o.radius });
export const divider = (w) => R('Line', 0, 0, w, 1, { fill: '#E5E7EB' });

// Document assembly ----------------------------------------------------------
export function canvas(p, name, children, o = {}) {
  const c = { id: `${p}:0`, name, type: 'CANVAS', backgroundColor: hex(o.bg ?? '#F0F1F4'), children: children.filter(Boolean), flowStartingPoints: o.flows ?? [], prototypeStartNodeID: o.start ?? null };
  return c;
}

function absolutize(n, ox, oy) {
  if (n._r) {
    const [x, y, w, h] = n._r; delete n._r;
    n.absoluteBoundingBox = { x: ox + x, y: oy + y, width: w, height: h };
    ox += x; oy += y;
  }
  for (const c of n.children ?? []) absolutize(c, ox, oy);
}
function collect(n, keys) {
  if (n._key) keys[n._key] = n.id;
  for (const c of n.children ?? []) collect(c, keys);
}
function wire(n, keys) {
  const ints = [];
  for (const t of n._to ?? []) {
    if (!keys[t.key]) throw new Error(`unknown key ${t.key}`);
    ints.push({ trigger: { type: t.trigger }, actions: [{ type: 'NODE', destinationId: keys[t.key], navigation: t.navigation, transition: t.navigation === 'CHANGE_TO' ? { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.2 } : null, resetVideoPosition: false }] });
  }
  for (const a of n._acts ?? []) ints.push({ trigger: { type: a.trigger }, actions: [a.action] });
  if (ints.length) n.interactions = ints;
  if (n._old) { n.transitionNodeID = keys[n._old]; n.transitionDuration = 300; n.transitionEasing = 'EASE_IN_AND_OUT'; }
  delete n._to; delete n._acts; delete n._old; delete n._key;
  for (const c of n.children ?? []) wire(c, keys);
}
function count(n) { let k = 1; for (const c of n.children ?? []) k += count(c); return k; }

export function finish({ name, fileName, pages, components, componentSets, truth, meta, lastModified, version }) {
  const doc = { id: '0:0', type: 'DOCUMENT', name: 'Document', children: pages };
  const keys = {};
  collect(doc, keys);
  for (const p of pages) for (const c of p.children) absolutize(c, 0, 0);
  wire(doc, keys);
  const file = { name, lastModified, thumbnailUrl: '', version, role: 'owner', editorType: 'figma', linkAccess: 'view', schemaVersion: 0, document: doc, components, componentSets: componentSets ?? {}, styles: {} };
  const k = (key) => (key === null ? null : keys[key]);
  const t = {
    file: `${fileName}.json`, kind: truth.kind,
    writtenBy: 'dev writer U (from the checklist facts and the REST format only; repository not read)',
    description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes,
    flow: { startFrameId: k(truth.flow.start), connectFrameId: k(truth.flow.connect), stepsToConnect: truth.flow.steps, deadEnds: truth.flow.deadEnds.map(k) },
  };
  writeFileSync(join(OUT, `${fileName}.json`), JSON.stringify(file, null, 1) + '\n');
  writeFileSync(join(OUT, `${fileName}.truth.json`), JSON.stringify(t, null, 2) + '\n');
  mkdirSync(join(HERE, 'meta'), { recursive: true });
  writeFileSync(join(HERE, 'meta', `${fileName}.meta.json`), JSON.stringify({ connectCandidates: meta.connectCandidates.map(k), signupFrameId: k(meta.signup) }, null, 2) + '\n');
  console.log(fileName, 'nodes', count(doc), 'present', t.present.length, 'absent', t.absent.length);
  return { keys };
}

export function comp(name, description = '', setId) {
  const id = nid();
  const key = Array.from({ length: 40 }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const meta = { key, name, description, remote: false, documentationLinks: [] };
  if (setId) meta.componentSetId = setId;
  return { id, name, meta };
}
export function compNode(c, x, y, w, h, o = {}, children = []) {
  return { id: c.id, name: c.name, type: 'COMPONENT', fills: o.fill ? [solid(o.fill)] : [], cornerRadius: o.radius ?? 0, layoutMode: 'HORIZONTAL', _r: [x, y, w, h], children };
}
export const reserve = () => nid();
export function compSet(id, name, x, y, w, h, children) {
  return { id, name, type: 'COMPONENT_SET', fills: [], strokes: [solid('#9747FF')], _r: [x, y, w, h], children };
}
export function compMap(list) { const m = {}; for (const c of list) m[c.id] = c.meta; return m; }

// A labelled input: label text over a bordered frame holding a value or placeholder.
export function field(label, value, w, o = {}) {
  return col(o.name ?? gname('Frame'), 0, 0, w, [
    T(label, 0, 0, w, { size: 13, weight: 500, color: '#4B5563' }),
    F(gname('Frame'), 0, 0, w, o.h ?? 44, { fill: o.bg ?? '#FFFFFF', stroke: '#D1D5DB', radius: o.radius ?? 8, layout: 'HORIZONTAL', pad: 12 },
      [T(value, 12, 12, w - 24, { size: 15, color: o.placeholder ? '#9CA3AF' : '#111827', h: 20 })]),
  ], { gap: 6 });
}
// A platform card: logo + name (+ optional sub line / badge).
export function card(nameText, logoNode, w, o = {}) {
  const kids = [logoNode, col(gname('Frame'), 0, 0, w - 96, [
    T(nameText, 0, 0, w - 96, { size: o.size ?? 15, weight: 600 }),
    o.sub ? T(o.sub, 0, 0, w - 96, { size: 12, color: o.subColor ?? '#6B7280' }) : null,
  ], { gap: 2 })];
  if (o.badge) kids.push(o.badge);
  const c = row(o.name ?? gname('Frame'), 0, 0, kids, { pad: 14, gap: 12, fill: '#FFFFFF', stroke: '#E3E6EC', radius: o.radius ?? 10 });
  c._r[2] = Math.max(c._r[2], w);
  return c;
}
export function spinner(x, y, s, color = '#3B5BDB') {
  return G(gname('Group'), x, y, s, s, [V('Ellipse', 0, 0, s, s, { fill: '#E5E7EB', radius: s / 2 }), V('Vector', 0, 0, s, s / 2, { fill: color })]);
}

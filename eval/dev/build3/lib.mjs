// Shared builders for the d17–d22 dev files: nodes are written with boxes relative to
// their parent and turned into Figma REST JSON (absolute boxes, page-prefixed ids) here.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY = 'dev writer C (from the checklist facts and the REST format only; repository not read)';

let state = 7;
const rnd = () => {
  state ^= state << 13; state >>>= 0; state ^= state >> 17; state ^= state << 5; state >>>= 0;
  return state / 4294967296;
};
let autoN = 100;
export function reseed(s) { state = s >>> 0 || 1; autoN = 20 + Math.floor(rnd() * 400); }
export const auto = (base) => `${base} ${(autoN += 1 + Math.floor(rnd() * 7))}`;
const hex40 = () => Array.from({ length: 40 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');

export function color(h, a = 1) {
  const n = parseInt(h.slice(1, 7), 16);
  return { r: +(((n >> 16) & 255) / 255).toFixed(4), g: +(((n >> 8) & 255) / 255).toFixed(4), b: +((n & 255) / 255).toFixed(4), a };
}
const paint = (f) => (f.startsWith('img:')
  ? { blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: f.slice(4) }
  : { blendMode: 'NORMAL', type: 'SOLID', color: color(f) });

const node = (type, name, b, o = {}, kids = []) => ({ type, name, b: [...b], o, kids });
export const F = (name, b, kids = [], o = {}) => node('FRAME', name ?? auto('Frame'), b, o, kids);
export const G = (name, b, kids = [], o = {}) => node('GROUP', name ?? auto('Group'), b, o, kids);
export const SEC = (name, b, kids = [], o = {}) => node('SECTION', name ?? auto('Section'), b, o, kids);
export const R = (name, b, o = {}) => node('RECTANGLE', name ?? auto('Rectangle'), b, o);
export const V = (name, b, o = {}) => node('VECTOR', name ?? 'Vector', b, o);
export const E = (name, b, o = {}) => node('ELLIPSE', name ?? auto('Ellipse'), b, o);
export const I = (name, comp, b, kids = [], o = {}) => node('INSTANCE', name, b, { ...o, comp }, kids);
export const COMP = (name, b, kids = [], o = {}) => node('COMPONENT', name, b, o, kids);
export const CSET = (name, b, kids = [], o = {}) => node('COMPONENT_SET', name, b, o, kids);
export const T = (chars, b, o = {}) => ({ ...node('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 48), b, o), chars });

/** Vertical auto-layout: places parts top to bottom (their own y ignored). */
export function col(name, x, y, w, gap, parts, o = {}) {
  let cy = o.pad ?? 0;
  for (const p of parts) { p.b[1] = cy; cy += p.b[3] + gap; }
  const h = parts.length ? cy - gap + (o.pad ?? 0) : 0;
  return F(name, [x, y, w, o.h ?? h], parts, { layout: 'VERTICAL', gap, ...o });
}
/** Horizontal auto-layout: places parts left to right. */
export function row(name, x, y, h, gap, parts, o = {}) {
  let cx = o.pad ?? 0;
  for (const p of parts) { p.b[0] = cx; cx += p.b[2] + gap; }
  return F(name, [x, y, o.w ?? cx - gap + (o.pad ?? 0), h], parts, { layout: 'HORIZONTAL', gap, ...o });
}

// ---- small UI kits (still generic shapes, mostly auto names) ----
export const btnFrame = (label, b, o = {}) => F(o.name ?? null, b, [
  T(label, [12, (b[3] - 20) / 2, b[2] - 24, 20], { fs: o.fs ?? 16, fw: 600, c: o.tc ?? '#FFFFFF', align: 'CENTER' }),
], { fill: o.fill ?? '#1F5EFF', r: o.r ?? 8, layout: 'HORIZONTAL', ...o });
export const btnInst = (label, comp, b, o = {}) => I(o.name ?? 'Property 1=Default', comp, b, [
  T(label, [16, (b[3] - 20) / 2, b[2] - 32, 20], { fs: o.fs ?? 16, fw: 600, c: o.tc ?? '#FFFFFF', align: 'CENTER', name: o.lname }),
], o);
export const btnGroup = (label, b, o = {}) => G(o.name ?? null, b, [
  R(null, [0, 0, b[2], b[3]], { fill: o.fill ?? '#111111', r: o.r ?? 24 }),
  T(label, [10, (b[3] - 20) / 2, b[2] - 20, 20], { fs: o.fs ?? 15, fw: 600, c: o.tc ?? '#FFFFFF', align: 'CENTER' }),
], o);
export const link = (label, b, o = {}) => T(label, b, { fs: 14, fw: 500, c: o.c ?? '#1F5EFF', u: o.u, ...o });
export const checkRow = (text, b, o = {}) => G(null, b, [
  o.inst ? I('Checkbox', o.inst, [0, 2, 20, 20]) : R(null, [0, 2, 20, 20], { stroke: '#8A8F98', r: 4, fill: '#FFFFFF' }),
  T(text, [30, 0, b[2] - 30, b[3]], { fs: 13, c: '#3C4048' }),
], o);
export const search = (ph, b, o = {}) => F(null, b, [
  V('Vector', [12, (b[3] - 16) / 2, 16, 16], { stroke: '#6B7280' }),
  T(ph, [36, (b[3] - 18) / 2, b[2] - 48, 18], { fs: 14, c: '#9AA0A6' }),
], { r: o.r ?? 10, fill: '#F3F4F6', stroke: '#D1D5DB', layout: 'HORIZONTAL', ...o });
export const logo = (b, ref, o = {}) => R(o.name ?? null, b, { fill: `img:${ref}`, r: o.r ?? 6 });
export const statusBar = (w, t = '9:41') => G(null, [0, 0, w, 28], [
  T(t, [16, 6, 40, 16], { fs: 12, fw: 600 }),
  V('Vector', [w - 70, 9, 14, 10], { fill: '#000000' }),
  V('Vector', [w - 50, 9, 14, 10], { fill: '#000000' }),
  R(null, [w - 32, 9, 20, 10], { fill: '#000000', r: 2 }),
]);
/** A top-level screen frame. */
export const screen = (key, name, x, y, w, h, kids, o = {}) => F(name, [x, y, w, h], kids, { key, fill: o.fill ?? '#FFFFFF', clip: true, ...o });

// ---- emit ----
function emit(n, px, py, ctx) {
  ctx.next += 1 + Math.floor(rnd() * 3);
  const id = `${ctx.prefix}:${ctx.next}`;
  const [x, y, w, h] = n.b; const ax = px + x; const ay = py + y;
  const o = n.o;
  if (o.key) { if (ctx.keys[o.key]) throw new Error(`dup key ${o.key}`); ctx.keys[o.key] = id; }
  const out = { id, name: n.name, type: n.type };
  if (o.hidden) out.visible = false;
  if (n.type !== 'GROUP' && n.type !== 'SECTION') out.blendMode = 'PASS_THROUGH';
  out.absoluteBoundingBox = { x: ax, y: ay, width: w, height: h };
  out.constraints = { vertical: 'TOP', horizontal: 'LEFT' };
  const fills = [];
  if (o.fill) fills.push(paint(o.fill));
  if (n.type === 'TEXT') fills.push(paint(o.c ?? '#1A1A1A'));
  out.fills = fills;
  out.strokes = o.stroke ? [paint(o.stroke)] : [];
  if (o.stroke) { out.strokeWeight = 1; out.strokeAlign = 'INSIDE'; }
  if (o.r) out.cornerRadius = o.r;
  if (o.clip) out.clipsContent = true;
  if (o.layout) {
    out.layoutMode = o.layout; out.itemSpacing = o.gap ?? 8;
    out.primaryAxisSizingMode = 'AUTO'; out.counterAxisSizingMode = 'FIXED';
    const p = o.pad ?? 0; Object.assign(out, { paddingLeft: p, paddingRight: p, paddingTop: p, paddingBottom: p });
  }
  if (o.desc !== undefined) ctx.compDescs[id] = o.desc;
  if (n.type === 'TEXT') {
    out.characters = n.chars;
    out.style = { fontFamily: o.ff ?? ctx.font, fontWeight: o.fw ?? 400, fontSize: o.fs ?? 14, textAlignHorizontal: o.align ?? 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0, lineHeightPx: Math.round((o.fs ?? 14) * 1.4) };
    if (o.u) out.style.textDecoration = 'UNDERLINE';
  }
  if (n.type === 'INSTANCE') ctx.fix.push(() => { out.componentId = ref(ctx, o.comp); });
  if (o.go) {
    ctx.fix.push(() => {
      out.interactions = o.go.map((g) => {
        const trigger = { type: g.hover ? 'ON_HOVER' : 'ON_CLICK' };
        if (g.back) return { trigger, actions: [{ type: 'BACK' }] };
        if (g.close) return { trigger, actions: [{ type: 'CLOSE' }] };
        if (g.url) return { trigger, actions: [{ type: 'URL', url: g.url }] };
        return { trigger, actions: [{ type: 'NODE', destinationId: ref(ctx, g.to), navigation: g.nav ?? 'NAVIGATE', transition: g.nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null, preserveScrollPosition: false }] };
      });
    });
  }
  if (o.legacy) ctx.fix.push(() => { out.transitionNodeID = ref(ctx, o.legacy); out.transitionDuration = 300; out.transitionEasing = 'EASE_OUT'; });
  if (n.type !== 'TEXT' && n.type !== 'RECTANGLE' && n.type !== 'VECTOR' && n.type !== 'ELLIPSE') out.children = n.kids.map((k) => emit(k, ax, ay, ctx));
  ctx.all.push(out);
  return out;
}
function ref(ctx, key) { const id = ctx.keys[key]; if (!id) throw new Error(`missing key ${key}`); return id; }

/**
 * spec: { name, lastModified, font, pages: [{ name, prefix, kids, starts: [[key, name]], startProp: key, bg }] }
 * truth: { kind, description, present, absent, notes, signupKey, connectCandidates, flowPage }
 */
export function build(file, spec, truth) {
  const ctx = { keys: {}, fix: [], all: [], compDescs: {}, font: spec.font ?? 'Inter', prefix: 0, next: 0 };
  const canvases = spec.pages.map((p) => {
    ctx.prefix = p.prefix; ctx.next = 0;
    const cid = `${p.prefix}:${p.prefix === 0 ? 1 : 0}`; ctx.next = 1;
    const c = { id: cid, name: p.name, type: 'CANVAS', children: p.kids.map((k) => emit(k, 0, 0, ctx)), backgroundColor: color(p.bg ?? '#E5E5E5') };
    ctx.fix.push(() => {
      c.flowStartingPoints = (p.starts ?? []).map(([k, nm]) => ({ nodeId: ref(ctx, k), name: nm }));
      c.prototypeStartNodeID = p.startProp ? ref(ctx, p.startProp) : null;
    });
    return c;
  });
  ctx.fix.forEach((f) => f());
  const components = {}; const componentSets = {};
  const walk = (nd, setId) => {
    if (nd.type === 'COMPONENT_SET') componentSets[nd.id] = { key: hex40(), name: nd.name, description: ctx.compDescs[nd.id] ?? '', remote: false };
    if (nd.type === 'COMPONENT') components[nd.id] = { key: hex40(), name: nd.name, description: ctx.compDescs[nd.id] ?? '', remote: false, ...(setId ? { componentSetId: setId } : {}), documentationLinks: [] };
    (nd.children ?? []).forEach((k) => walk(k, nd.type === 'COMPONENT_SET' ? nd.id : undefined));
  };
  canvases.forEach((c) => walk(c));
  const doc = {
    name: spec.name, lastModified: spec.lastModified, thumbnailUrl: `https://s3-alpha.figma.com/thumbnails/${hex40().slice(0, 32)}`,
    version: String(1000000000 + Math.floor(rnd() * 900000000)), role: 'editor', editorType: 'figma', linkAccess: 'view', schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: canvases },
    components, componentSets, styles: {},
  };
  // flow facts
  const page = canvases[truth.flowPage];
  const startId = page.flowStartingPoints[0]?.nodeId ?? page.prototypeStartNodeID ?? ref(ctx, truth.signupKey);
  const flow = flowFacts(page, startId, (truth.connectCandidates ?? []).map((k) => ref(ctx, k)));
  if (truth.kind === 'negative') { flow.connectFrameId = null; flow.stepsToConnect = null; flow.deadEnds = []; }
  const present = truth.present; const absent = truth.absent;
  const t = { file: `${file}.json`, kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description, present, absent, notes: truth.notes, flow };
  writeFileSync(join(OUT, `${file}.json`), JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(join(OUT, `${file}.truth.json`), JSON.stringify(t, null, 2) + '\n');
  return { nodes: ctx.all.length + canvases.length + 1, flow, present: present.length, absent: absent.length };
}

export function flowFacts(page, startId, candidates) {
  const frames = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    if (c.type === 'SECTION') for (const k of c.children) if (k.type === 'FRAME' && k.visible !== false) frames.push(k);
  }
  const owner = {}; const inScope = new Set(frames.map((f) => f.id));
  const edges = {};
  for (const f of frames) {
    edges[f.id] = [];
    const stack = [f]; const inner = [];
    while (stack.length) { const n = stack.shift(); inner.push(n); owner[n.id] = f.id; (n.children ?? []).forEach((k) => stack.push(k)); }
    f._inner = inner;
  }
  for (const f of frames) {
    for (const n of f._inner) {
      const dests = [];
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
      for (const d of dests) if (owner[d] && inScope.has(owner[d])) edges[f.id].push(owner[d]);
    }
    delete f._inner;
  }
  const bfs = (s) => { const dist = { [s]: 0 }; const order = [s]; for (let i = 0; i < order.length; i++) for (const d of edges[order[i]] ?? []) if (!(d in dist)) { dist[d] = dist[order[i]] + 1; order.push(d); } return { dist, order }; };
  const { dist, order } = bfs(startId);
  const connect = order.find((id) => candidates.includes(id)) ?? null;
  if (!connect) return { startFrameId: startId, connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const fromConnect = bfs(connect).dist;
  const deadEnds = order.filter((id) => !(id in fromConnect) && !(connect in bfs(id).dist));
  return { startFrameId: startId, connectFrameId: connect, stepsToConnect: dist[connect], deadEnds };
}

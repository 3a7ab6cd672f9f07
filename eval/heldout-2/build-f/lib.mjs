// Small deterministic helpers for writing Figma REST-format files by hand.
// Coordinates are given relative to the parent and turned into absoluteBoundingBox at the end.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WRITTEN_BY = 'held-out writer F (from the checklist facts and the REST format only; repository not read)';

let prefix = 1;
let counter = 1;
let canvasCounter = 1;
let components = {};
let componentSets = {};

export function reset() {
  prefix = 1; counter = 1; canvasCounter = 1; components = {}; componentSets = {};
}
export function page(p) { prefix = p; counter = 1; }
function nid() { return `${prefix}:${counter++}`; }

function keyOf(s) {
  let h = 2166136261;
  for (const c of s) { h ^= c.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return (h.toString(16).padStart(8, '0') + (h ^ 0x5bd1e995).toString(16).padStart(8, '0')).repeat(2).slice(0, 40);
}
const hex = (h) => {
  const n = parseInt(h.slice(1, 7), 16);
  return { r: +(((n >> 16) & 255) / 255).toFixed(4), g: +(((n >> 8) & 255) / 255).toFixed(4), b: +((n & 255) / 255).toFixed(4), a: 1 };
};
export const solid = (h, opacity) => (opacity == null ? { blendMode: 'NORMAL', type: 'SOLID', color: hex(h) } : { blendMode: 'NORMAL', type: 'SOLID', opacity, color: hex(h) });
export const img = (ref) => ({ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function node(type, name, box, p = {}, children) {
  const n = { id: nid(), name, type };
  if (p.visible === false) n.visible = false;
  Object.defineProperty(n, '_rel', { value: box, enumerable: false, writable: true });
  if (p.componentId) n.componentId = p.componentId;
  if (p.fill) n.fills = [solid(p.fill, p.opacity)];
  else if (p.fills) n.fills = p.fills;
  else n.fills = [];
  if (p.stroke) { n.strokes = [solid(p.stroke)]; n.strokeWeight = p.sw ?? 1; n.strokeAlign = 'INSIDE'; } else n.strokes = [];
  if (p.r != null) n.cornerRadius = p.r;
  if (p.layout) {
    n.layoutMode = p.layout;
    n.itemSpacing = p.gap ?? 8;
    const pad = p.pad ?? 0;
    n.paddingLeft = pad; n.paddingRight = pad; n.paddingTop = pad; n.paddingBottom = pad;
    n.primaryAxisSizingMode = 'AUTO'; n.counterAxisSizingMode = 'FIXED';
  }
  if (type === 'FRAME' || type === 'INSTANCE' || type === 'COMPONENT') n.clipsContent = p.clips ?? false;
  if (p.effects) n.effects = p.effects;
  if (children) n.children = children;
  return n;
}
export const F = (name, box, p = {}, ch = []) => node('FRAME', name, box, p, ch);
export const G = (name, box, ch = []) => node('GROUP', name, box, {}, ch);
export const R = (name, box, p = {}) => node('RECTANGLE', name, box, p);
export const V = (name, box, p = {}) => node('VECTOR', name, box, p);
export const E = (name, box, p = {}) => node('ELLIPSE', name, box, p);
export const L = (name, box, color = '#E4E4E4') => node('LINE', name, box, { stroke: color });
export const I = (name, box, componentId, p = {}, ch = []) => node('INSTANCE', name, box, { ...p, componentId }, ch);
export const SEC = (name, box, ch = []) => node('SECTION', name, box, { fill: '#F2F2F2' }, ch);
export function T(chars, box, s = {}, name) {
  const n = node('TEXT', name ?? chars, box, { fill: s.color || '#1B1B1B', visible: s.visible });
  n.characters = chars;
  n.style = {
    fontFamily: s.font || 'Inter', fontPostScriptName: null, fontWeight: s.weight || 400, fontSize: s.size || 14,
    textAlignHorizontal: s.align || 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0,
    lineHeightPx: Math.round((s.size || 14) * 1.35), lineHeightUnit: 'PIXELS',
  };
  if (s.deco) n.style.textDecoration = s.deco;
  return n;
}
export function COMP(name, box, p = {}, ch = [], description = '') {
  const n = node('COMPONENT', name, box, p, ch);
  components[n.id] = { key: keyOf(n.id + name), name, description, remote: false, documentationLinks: [] };
  return n;
}
export function SET(name, box, variants, description = '') {
  const n = node('COMPONENT_SET', name, box, { stroke: '#9747FF' }, variants);
  componentSets[n.id] = { key: keyOf(n.id + name), name, description, remote: false };
  for (const v of variants) if (components[v.id]) components[v.id].componentSetId = n.id;
  return n;
}
/** a library component used only by instances (no node in this file) */
export function remoteComponent(id, name, description = '') {
  components[id] = { key: keyOf(id + name), name, description, remote: true, documentationLinks: [] };
  return id;
}

export function go(n, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  const transition = navigation === 'NAVIGATE' ? { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.3 } : navigation === 'OVERLAY' ? { type: 'MOVE_IN', direction: 'BOTTOM', matchLayers: false, easing: { type: 'EASE_OUT' }, duration: 0.3 } : null;
  (n.interactions ||= []).push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: dest.id, navigation, transition, preserveScrollPosition: false }] });
  return n;
}
export function act(n, action, trigger = 'ON_CLICK') {
  (n.interactions ||= []).push({ trigger: { type: trigger }, actions: [action] });
  return n;
}
export const back = (n) => act(n, { type: 'BACK' });
export const close = (n) => act(n, { type: 'CLOSE' });
export const url = (n, u) => act(n, { type: 'URL', url: u });
export function oldLink(n, dest) { n.transitionNodeID = dest.id; n.transitionDuration = 300; n.transitionEasing = 'EASE_OUT'; return n; }

export function canvas(name, children, opts = {}) {
  const c = { id: `0:${canvasCounter++}`, name, type: 'CANVAS', backgroundColor: { r: 0.96, g: 0.96, b: 0.96, a: 1 }, children };
  c.flowStartingPoints = (opts.flows || []).map(([nd, nm]) => ({ nodeId: nd.id, name: nm }));
  c.prototypeStartNodeID = opts.start ? opts.start.id : null;
  c.prototypeDevice = { type: 'PRESET', size: { width: opts.w || 375, height: opts.h || 812 }, presetIdentifier: opts.device || 'APPLE_IPHONE_13_PRO', rotation: opts.rotation || 'NONE' };
  return c;
}

function place(n, ox, oy) {
  if (n._rel) {
    const [x, y, w, h] = n._rel;
    n.absoluteBoundingBox = { x: ox + x, y: oy + y, width: w, height: h };
    n.absoluteRenderBounds = { ...n.absoluteBoundingBox };
    n.constraints = { vertical: 'TOP', horizontal: 'LEFT' };
  }
  const bx = n.absoluteBoundingBox ? n.absoluteBoundingBox.x : 0;
  const by = n.absoluteBoundingBox ? n.absoluteBoundingBox.y : 0;
  for (const c of n.children || []) place(c, bx, by);
}

export function countNodes(n) { return 1 + (n.children || []).reduce((a, c) => a + countNodes(c), 0); }

export function buildFile(name, canvases, lastModified) {
  for (const c of canvases) place(c, 0, 0);
  return {
    name, lastModified, thumbnailUrl: '', version: String(4000000000 + (keyOf(name).charCodeAt(0) * 977)), role: 'owner',
    editorType: 'figma', linkAccess: 'inherit', schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS', children: canvases },
    components, componentSets, styles: {},
  };
}

export function writeOut(base, file, truth, meta) {
  writeFileSync(join(OUT_DIR, `${base}.json`), JSON.stringify(file, null, 1) + '\n');
  writeFileSync(join(OUT_DIR, `${base}.truth.json`), JSON.stringify({ file: `${base}.json`, kind: truth.kind, writtenBy: WRITTEN_BY, ...truth }, null, 2) + '\n');
  writeFileSync(join(OUT_DIR, 'build-f', 'meta', `${base}.meta.json`), JSON.stringify(meta, null, 2) + '\n');
  console.log(`${base}: ${countNodes(file.document)} nodes`);
}

// ---- recurring chrome ----
export function statusBar(w, dark = false) {
  const c = dark ? '#FFFFFF' : '#111111';
  return G('Status Bar', [0, 0, w, 44], [
    T('9:41', [21, 14, 54, 20], { size: 15, weight: 600, color: c, font: 'SF Pro Text', align: 'CENTER' }, 'Time'),
    V('Cellular Connection', [w - 80, 18, 17, 11], { fill: c }),
    V('Wifi', [w - 58, 18, 15, 11], { fill: c }),
    G('Battery', [w - 37, 17, 25, 12], [R('Border', [0, 0, 22, 12], { stroke: c, r: 3 }), R('Capacity', [2, 2, 18, 8], { fill: c, r: 1 })]),
  ]);
}
export function homeIndicator(w, h) {
  return R('Home Indicator', [(w - 134) / 2, h - 13, 134, 5], { fill: '#111111', r: 100 });
}

// Tiny helpers for writing Figma REST-format files by hand.
// Nodes are written with sizes relative to their parent; `build` lays out
// auto-layout frames, assigns ids and absolute boxes, and resolves `ref`s.
import { writeFileSync } from 'node:fs';

export const hex = (h, a = 1) => {
  const n = parseInt(h.slice(1, 7), 16);
  const c = (v) => Math.round((v / 255) * 10000) / 10000;
  return { r: c((n >> 16) & 255), g: c((n >> 8) & 255), b: c(n & 255), a };
};
export const solid = (h, opacity) => ({ type: 'SOLID', color: hex(h), ...(opacity !== undefined ? { opacity } : {}) });
export const img = (imageRef) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef });

const mk = (type, name, p = {}, children) => ({ type, name, ...p, ...(children ? { children } : {}) });
export const F = (name, p, ch) => mk('FRAME', name, p, ch);
export const V = (name, p, ch) => mk('FRAME', name, { layout: 'VERTICAL', ...p }, ch);
export const H = (name, p, ch) => mk('FRAME', name, { layout: 'HORIZONTAL', ...p }, ch);
export const G = (name, p, ch) => mk('GROUP', name, p, ch);
export const R = (name, p) => mk('RECTANGLE', name, p);
export const VEC = (name, p) => mk('VECTOR', name, p);
export const E = (name, p) => mk('ELLIPSE', name, p);
export const LINE = (name, p) => mk('LINE', name, { h: 1, ...p });
export const I = (comp, name, p, ch) => mk('INSTANCE', name, { comp, ...p }, ch);
export const C = (name, p, ch) => mk('COMPONENT', name, p, ch);
export const CS = (name, p, ch) => mk('COMPONENT_SET', name, p, ch);
export const S = (name, p, ch) => mk('SECTION', name, p, ch);
export const T = (chars, p = {}) => mk('TEXT', p.name ?? chars.replace(/\s+/g, ' ').trim().slice(0, 60), { chars, ...p });

const charW = (t) => (t.size ?? 14) * ((t.weight ?? 400) >= 600 ? 0.58 : 0.53);
const hugText = (t) => Math.ceil(Math.max(...t.chars.split('\n').map((l) => l.length)) * charW(t)) + 2;
function textH(t) {
  const per = Math.max(1, Math.floor(t.w / charW(t)));
  const lines = t.chars.split('\n').reduce((s, l) => s + Math.max(1, Math.ceil(l.length / per)), 0);
  return Math.round(lines * (t.size ?? 14) * 1.35);
}
const pads = (n) => {
  const p = n.pad ?? 0;
  return Array.isArray(p) ? { t: p[0], r: p[1], b: p[2], l: p[3] } : { t: p, r: p, b: p, l: p };
};

function measure(n, avail) {
  if (n.w === 'fill' || (n.w === undefined && n.type === 'TEXT')) n.w = n.w === 'fill' ? avail : Math.min(hugText(n), avail ?? 1e9);
  if (n.type === 'TEXT') { n.h ??= textH(n); return; }
  const kids = n.children ?? [];
  const p = pads(n);
  const gap = n.gap ?? 0;
  if (n.layout === 'VERTICAL') {
    const inner = n.w !== undefined ? n.w - p.l - p.r : undefined;
    kids.forEach((k) => measure(k, inner));
    n.w ??= Math.max(0, ...kids.map((k) => k.w)) + p.l + p.r;
    n.h ??= kids.reduce((s, k) => s + k.h, 0) + gap * Math.max(0, kids.length - 1) + p.t + p.b;
  } else if (n.layout === 'HORIZONTAL') {
    const fixed = kids.filter((k) => k.w !== 'fill');
    const inner = n.w !== undefined ? n.w - p.l - p.r : undefined;
    fixed.forEach((k) => measure(k, inner));
    const used = fixed.reduce((s, k) => s + k.w, 0) + gap * Math.max(0, kids.length - 1);
    const fills = kids.filter((k) => k.w === 'fill');
    fills.forEach((k) => measure(k, Math.max(20, Math.floor(((inner ?? used) - used) / fills.length))));
    n.w ??= kids.reduce((s, k) => s + k.w, 0) + gap * Math.max(0, kids.length - 1) + p.l + p.r;
    n.h ??= Math.max(0, ...kids.map((k) => k.h)) + p.t + p.b;
  } else {
    kids.forEach((k) => measure(k, n.w));
    if (n.w === undefined || n.h === undefined) {
      n.w ??= Math.max(0, ...kids.map((k) => (k.x ?? 0) + k.w));
      n.h ??= Math.max(0, ...kids.map((k) => (k.y ?? 0) + k.h));
    }
  }
}

function place(n, ax, ay) {
  n.box = { x: ax, y: ay, width: n.w, height: n.h };
  const kids = n.children ?? [];
  const p = pads(n);
  const gap = n.gap ?? 0;
  if (n.layout === 'VERTICAL') {
    let cy = p.t;
    if (n.justify === 'CENTER') cy = (n.h - (kids.reduce((s, k) => s + k.h, 0) + gap * (kids.length - 1))) / 2;
    for (const k of kids) {
      const cx = n.align === 'CENTER' ? (n.w - k.w) / 2 : p.l;
      place(k, ax + Math.round(cx), ay + Math.round(cy));
      cy += k.h + gap;
    }
  } else if (n.layout === 'HORIZONTAL') {
    const tot = kids.reduce((s, k) => s + k.w, 0) + gap * Math.max(0, kids.length - 1);
    let cx = n.justify === 'CENTER' ? (n.w - tot) / 2 : n.justify === 'SPACE_BETWEEN' ? p.l : p.l;
    const between = n.justify === 'SPACE_BETWEEN' && kids.length > 1 ? (n.w - p.l - p.r - kids.reduce((s, k) => s + k.w, 0)) / (kids.length - 1) : gap;
    for (const k of kids) {
      const cy = n.align === 'CENTER' ? (n.h - k.h) / 2 : p.t;
      place(k, ax + Math.round(cx), ay + Math.round(cy));
      cx += k.w + between;
    }
  } else {
    for (const k of kids) place(k, ax + (k.x ?? 0), ay + (k.y ?? 0));
  }
}

const keyOf = (s) => {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (h.toString(16) + (h * 31 >>> 0).toString(16) + 'a3f0c9e1b2d4').slice(0, 40).padEnd(40, '0');
};

// pages: [{ name, prefix, children, starts:[{ref,name}], startNode:'ref' }]
export function build({ name, lastModified, version, pages, remoteComponents = {}, styles = {} }) {
  const refs = {};
  const components = {};
  const componentSets = {};
  const canvases = pages.map((pg) => {
    let ctr = pg.first ?? 2;
    const assign = (n) => {
      n.id = `${pg.prefix}:${ctr}`;
      ctr += n.type === 'TEXT' ? 1 : 1 + (ctr % 3 === 0 ? 1 : 0);
      if (n.ref) { if (refs[n.ref]) throw new Error('dup ref ' + n.ref); refs[n.ref] = n.id; }
      (n.children ?? []).forEach(assign);
    };
    pg.children.forEach((top) => {
      assign(top);
      if (top.type === 'SECTION') {
        top.children.forEach((k) => measure(k));
        measure(top);
        place(top, top.x ?? 0, top.y ?? 0);
      } else {
        measure(top);
        place(top, top.x ?? 0, top.y ?? 0);
      }
    });
    return pg;
  });
  const R_ = (r) => { if (!refs[r]) throw new Error('missing ref ' + r); return refs[r]; };
  const act = (a) => (a.type && a.type !== 'NODE' ? a : { type: 'NODE', destinationId: R_(a.to), navigation: a.nav ?? 'NAVIGATE', transition: a.nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : a.smart ? { type: 'SMART_ANIMATE', duration: 0.3, easing: { type: 'EASE_IN_AND_OUT' } } : null, preserveScrollPosition: false });
  const out = (n) => {
    const o = { id: n.id, name: n.name, type: n.type };
    if (n.visible === false) o.visible = false;
    if (n.type === 'COMPONENT') components[n.id] = { key: keyOf(n.id + n.name), name: n.name, description: n.desc ?? '', ...(n.set ? { componentSetId: n.set } : {}), documentationLinks: [] };
    if (n.type === 'COMPONENT_SET') {
      componentSets[n.id] = { key: keyOf(n.id + n.name), name: n.name, description: n.desc ?? '', documentationLinks: [] };
      n.children.forEach((k) => { k.set = n.id; });
    }
    o.absoluteBoundingBox = n.box;
    if (n.type !== 'TEXT') o.absoluteRenderBounds = n.box;
    if (n.type === 'TEXT') {
      o.characters = n.chars;
      o.style = {
        fontFamily: n.font ?? 'Inter', fontPostScriptName: null, fontWeight: n.weight ?? 400, fontSize: n.size ?? 14,
        textAlignHorizontal: n.talign ?? 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0,
        lineHeightPx: Math.round((n.size ?? 14) * 1.35 * 100) / 100, lineHeightUnit: 'INTRINSIC_%',
        ...(n.deco ? { textDecoration: n.deco } : {}), ...(n.italic ? { italic: true } : {}),
      };
      o.fills = [solid(n.color ?? '#1B1F23')];
      o.characterStyleOverrides = [];
      o.styleOverrideTable = {};
    } else {
      o.fills = n.fills ?? (n.fill ? [solid(n.fill, n.fillOpacity)] : []);
      o.strokes = n.stroke ? [solid(n.stroke)] : [];
      if (n.stroke) { o.strokeWeight = n.sw ?? 1; o.strokeAlign = 'INSIDE'; }
      if (n.r !== undefined) o.cornerRadius = n.r;
      if (n.shadow) o.effects = [{ type: 'DROP_SHADOW', visible: true, color: hex('#000000', 0.08), offset: { x: 0, y: 2 }, radius: 8, spread: 0, blendMode: 'NORMAL' }];
    }
    if (['FRAME', 'COMPONENT', 'INSTANCE', 'COMPONENT_SET'].includes(n.type)) {
      o.clipsContent = n.clip ?? false;
      if (n.layout) {
        const p = pads(n);
        Object.assign(o, {
          layoutMode: n.layout, itemSpacing: n.gap ?? 0, paddingLeft: p.l, paddingRight: p.r, paddingTop: p.t, paddingBottom: p.b,
          primaryAxisAlignItems: n.justify ?? 'MIN', counterAxisAlignItems: n.align ?? 'MIN',
          primaryAxisSizingMode: 'FIXED', counterAxisSizingMode: 'FIXED',
        });
      }
    }
    if (n.type === 'INSTANCE') o.componentId = n.comp.includes(':') ? n.comp : R_(n.comp);
    if (n.type === 'CANVAS') return o;
    const inter = [];
    if (n.go) inter.push({ trigger: { type: 'ON_CLICK' }, actions: [act({ to: n.go, smart: n.smart })] });
    if (n.on) inter.push({ trigger: { type: n.trigger ?? 'ON_CLICK' }, actions: n.on.map(act) });
    if (n.hover) inter.push({ trigger: { type: 'ON_HOVER' }, actions: [act({ to: n.hover, nav: 'CHANGE_TO' })] });
    if (inter.length) o.interactions = inter;
    if (n.tx) { o.transitionNodeID = R_(n.tx); o.transitionDuration = 300; o.transitionEasing = 'EASE_OUT'; }
    if (n.children) o.children = n.children.map(out);
    return o;
  };
  const document = {
    id: '0:0', name: 'Document', type: 'DOCUMENT', scrollBehavior: 'SCROLLS',
    children: canvases.map((pg) => {
      const c = { id: `${pg.prefix}:${pg.canvasNum ?? 1}`, name: pg.name, type: 'CANVAS', scrollBehavior: 'SCROLLS', backgroundColor: hex(pg.bg ?? '#E5E5E5'), prototypeStartNodeID: pg.startNode ? R_(pg.startNode) : null, flowStartingPoints: (pg.starts ?? []).map((s) => ({ nodeId: R_(s.ref), name: s.name })), prototypeDevice: pg.device ?? { type: 'NONE', rotation: 'NONE' } };
      c.children = pg.children.map(out);
      return c;
    }),
  };
  Object.assign(components, remoteComponents);
  return { file: { name, lastModified, thumbnailUrl: '', version, role: 'owner', editorType: 'figma', linkAccess: 'view', schemaVersion: 0, document, components, componentSets, styles }, refs };
}

export function write(dir, base, file, truth) {
  writeFileSync(`${dir}/${base}.json`, JSON.stringify(file, null, 1) + '\n');
  writeFileSync(`${dir}/${base}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
}

export const WRITTEN_BY = 'held-out writer T (from the checklist facts and the REST format only; repository not read)';

// Auto-style layer names ("Frame 412"), deterministic per run.
let autoSeed = 97;
export const auto = (t = 'Frame') => { autoSeed = (autoSeed * 37 + 11) % 997; return `${t} ${autoSeed + 3}`; };
export const resetAuto = (s) => { autoSeed = s; };

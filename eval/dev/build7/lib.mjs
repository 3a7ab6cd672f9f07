// Small builder for Figma REST-format files (dev writer I). Coordinates given to the
// helpers are relative to the parent; finalize() turns them into absolute boxes,
// assigns ids page by page and resolves prototype links written as keys.
import { writeFileSync } from 'node:fs';

let seed = 1;
export function reseed(s) { seed = s; }
export function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
export function pick(arr) { return arr[Math.floor(rnd() * arr.length)]; }
export function auto(kind) { return `${kind} ${Math.floor(rnd() * 900) + 12}`; }

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  const c = (i) => Math.round((parseInt(v.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: c(0), g: c(2), b: c(4), a };
}
export const solid = (h, a = 1) => ({ type: 'SOLID', color: hex(h, a) });
export const image = (ref) => ({ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref });

function base(type, name, x, y, w, h, p = {}) {
  const n = { type, name, _x: x, _y: y, _w: w, _h: h };
  if (p.hidden) n.visible = false;
  if (p.fill !== undefined) n.fills = p.fill === null ? [] : [typeof p.fill === 'string' ? solid(p.fill) : p.fill];
  if (p.fills) n.fills = p.fills;
  if (p.stroke) n.strokes = [solid(p.stroke)];
  if (p.r !== undefined) n.cornerRadius = p.r;
  if (p.key) n._key = p.key;
  if (p.go) n._go = Array.isArray(p.go) ? p.go : [p.go];
  if (p.tnid) n._tnid = p.tnid;
  if (p.props) Object.assign(n, p.props);
  return n;
}
export function F(name, x, y, w, h, p = {}, kids = []) {
  const n = base('FRAME', name, x, y, w, h, { fill: '#FFFFFF', ...p });
  if (p.layout) { n.layoutMode = p.layout; n.itemSpacing = p.gap ?? 8; n.paddingLeft = n.paddingRight = n.paddingTop = n.paddingBottom = p.pad ?? 0; }
  n.children = kids; return n;
}
export function T(chars, x, y, w, h, p = {}) {
  const n = base('TEXT', p.name ?? chars.replace(/\n/g, ' ').slice(0, 48), x, y, w, h, { ...p, fill: undefined });
  n.characters = chars;
  n.style = { fontFamily: p.font ?? 'Inter', fontSize: p.size ?? 14, fontWeight: p.weight ?? 400, textAlignHorizontal: p.align ?? 'LEFT' };
  if (p.deco) n.style.textDecoration = p.deco;
  n.fills = [solid(p.color ?? '#1B1D21')];
  return n;
}
export const R = (name, x, y, w, h, p = {}) => base('RECTANGLE', name, x, y, w, h, { fill: '#E6E8EC', ...p });
export const V = (name, x, y, w, h, p = {}) => base('VECTOR', name, x, y, w, h, { fill: '#5B6270', ...p });
export const E = (name, x, y, w, h, p = {}) => base('ELLIPSE', name, x, y, w, h, { fill: '#D9DCE1', ...p });
export function G(name, x, y, w, h, kids, p = {}) { const n = base('GROUP', name, x, y, w, h, p); n.children = kids; return n; }
export function S(name, x, y, w, h, kids, p = {}) { const n = base('SECTION', name, x, y, w, h, { fill: '#F4F4F4', ...p }); n.children = kids; return n; }
export function I(name, comp, x, y, w, h, p = {}, kids = []) {
  const n = base('INSTANCE', name, x, y, w, h, p); n._comp = comp; n.children = kids; return n;
}
export function C(name, key, x, y, w, h, p = {}, kids = []) {
  const n = base('COMPONENT', name, x, y, w, h, { fill: '#FFFFFF', ...p }); n._ckey = key; n.children = kids; return n;
}
export function CS(name, x, y, w, h, kids, p = {}) { const n = base('COMPONENT_SET', name, x, y, w, h, { fill: null, ...p }); n.children = kids; return n; }

/** Auto-layout stack: places kids one after another (kid _x/_y become cross-axis offsets). */
export function stack(name, dir, x, y, w, h, p, kids) {
  const n = F(name, x, y, w, h, { fill: null, ...p, layout: dir }, kids);
  const pad = p.pad ?? 0; const gap = p.gap ?? 8;
  let at = pad;
  for (const k of kids) {
    if (dir === 'VERTICAL') { k._x = pad + k._x; k._y = at; at += k._h + gap; }
    else { k._y = pad + k._y; k._x = at; at += k._w + gap; }
  }
  return n;
}
export const V_ = (name, x, y, w, h, p, kids) => stack(name, 'VERTICAL', x, y, w, h, p, kids);
export const H_ = (name, x, y, w, h, p, kids) => stack(name, 'HORIZONTAL', x, y, w, h, p, kids);

/** Builds the REST document. pages: [{ name, prefix, children, start?: [{key,name}], startId?: key }] */
export function finalize(meta, pages) {
  const keyToId = new Map(); const compKeyToId = new Map(); const all = [];
  const components = {}; const componentSets = {};
  const canvases = pages.map((pg, i) => {
    let counter = pg.first ?? 2;
    const assign = (n, ox, oy) => {
      n.id = `${pg.prefix}:${counter}`; counter += 1 + Math.floor(rnd() * 3);
      n.absoluteBoundingBox = { x: ox + n._x, y: oy + n._y, width: n._w, height: n._h };
      if (n._key) { if (keyToId.has(n._key)) throw new Error('dup key ' + n._key); keyToId.set(n._key, n.id); }
      if (n._ckey) { compKeyToId.set(n._ckey, n); keyToId.set('c-' + n._ckey, n.id); }
      all.push(n);
      for (const k of n.children ?? []) assign(k, ox + n._x, oy + n._y);
    };
    for (const k of pg.children) assign(k, 0, 0);
    return { pg, canvas: { id: i === 0 ? '0:1' : `${pg.prefix}:0`, name: pg.name, type: 'CANVAS', backgroundColor: hex('#E5E5E5'), children: pg.children } };
  });
  let h = 0x5a17;
  const hk = (s) => { for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) >>> 0; return (h.toString(16) + 'c0ffee1234567890').repeat(3).slice(0, 40); };
  for (const n of all) {
    if (n._comp) {
      const c = compKeyToId.get(n._comp); if (!c) throw new Error('no component ' + n._comp);
      n.componentId = c.id;
    }
    if (n.type === 'COMPONENT') components[n.id] = { key: hk(n.id), name: n.name, description: '' };
    if (n.type === 'COMPONENT_SET') componentSets[n.id] = { key: hk(n.id), name: n.name, description: '' };
  }
  const res = (k) => { const id = keyToId.get(k); if (!id) throw new Error('no key ' + k); return id; };
  for (const n of all) {
    if (n._go) {
      n.interactions = n._go.map((g) => {
        const trig = { type: g.trigger ?? 'ON_CLICK' };
        if (g.back) return { trigger: trig, actions: [{ type: 'BACK' }] };
        if (g.close) return { trigger: trig, actions: [{ type: 'CLOSE' }] };
        if (g.url) return { trigger: trig, actions: [{ type: 'URL', url: g.url }] };
        return { trigger: trig, actions: [{ type: 'NODE', destinationId: res(g.to), navigation: g.nav ?? 'NAVIGATE', transition: g.nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null, preserveScrollPosition: false }] };
      });
    }
    if (n._tnid) n.transitionNodeID = res(n._tnid);
    for (const k of ['_x', '_y', '_w', '_h', '_key', '_go', '_tnid', '_comp', '_ckey']) delete n[k];
  }
  const document = {
    id: '0:0', name: 'Document', type: 'DOCUMENT',
    children: canvases.map(({ pg, canvas }) => {
      if (pg.start) canvas.flowStartingPoints = pg.start.map((s) => ({ nodeId: res(s.key), name: s.name }));
      else canvas.flowStartingPoints = [];
      if (pg.startId) canvas.prototypeStartNodeID = res(pg.startId);
      return canvas;
    }),
  };
  return { file: { name: meta.name, lastModified: meta.lastModified, thumbnailUrl: '', version: meta.version, role: 'viewer', editorType: 'figma', linkAccess: 'view', schemaVersion: 0, document, components, componentSets, styles: {} }, res, count: all.length };
}

export function write(dir, fname, built, truth) {
  writeFileSync(`${dir}/${fname}.json`, JSON.stringify(built.file, null, 1) + '\n');
  writeFileSync(`${dir}/${fname}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
  console.log(`${fname}: ${built.count} nodes`);
}
export const WRITTEN_BY = 'dev writer I (from the checklist facts and the REST format only; repository not read)';

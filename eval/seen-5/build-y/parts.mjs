// Reusable shapes built several different ways (instances, plain frames, groups, text links).
import { F, G, R, V, T, I, E } from './lib.mjs';

const nav = (o) => ({ go: o.go, nav: o.nav, close: o.close, back: o.back, url: o.url, hidden: o.hidden, old: o.old });

// Component instance with a centred text label.
export function btnI(label, comp, x, y, w, h = 44, o = {}) {
  const size = o.size || 15;
  return I(o.name || 'Btn', comp, x, y, w, h, [
    T(label, 0, Math.round((h - size * 1.35) / 2), w, size, 600, { color: o.color || '#FFFFFF', align: 'CENTER' }),
  ], { fill: o.fill || '#0B5D4B', r: o.r ?? 8, ...nav(o), ...o.io });
}

// Plain frame with solid fill and radius (auto layout) holding a text label.
export function btnF(label, x, y, w, h = 44, o = {}) {
  const size = o.size || 15;
  return F(o.name || 'Frame ' + (100 + label.length * 7), x, y, w, h, [
    T(label, 0, Math.round((h - size * 1.35) / 2), w, size, o.weight || 600, { color: o.color || '#FFFFFF', align: 'CENTER' }),
  ], { fill: o.fill || '#0B5D4B', r: o.r ?? 8, stroke: o.stroke, layout: 'HORIZONTAL', px: 16, py: 10, ...nav(o), ...o.fo });
}

// Group: a text centred over a sibling rectangle (or vector) of button size.
export function btnG(label, x, y, w, h = 44, o = {}) {
  const size = o.size || 15;
  const bg = o.vector
    ? V('Vector', 0, 0, w, h, { fill: o.fill || '#0B5D4B' })
    : R('Rectangle ' + (10 + label.length), 0, 0, w, h, { fill: o.fill || '#0B5D4B', r: o.r ?? 8, stroke: o.stroke });
  return G(o.name || 'Group ' + (3 + label.length), x, y, w, h, [
    bg,
    T(label, 0, Math.round((h - size * 1.35) / 2), w, size, 600, { color: o.color || '#FFFFFF', align: 'CENTER' }),
  ], { ...nav(o), old: o.old });
}

export function link(label, x, y, w, o = {}) {
  return T(label, x, y, w, o.size || 14, o.weight || 500, { color: o.color || '#1F5FD1', u: o.u !== false, ...o });
}

// Text field: rounded frame, optional label above and placeholder/value inside.
export function field(label, value, x, y, w, o = {}) {
  const kids = [];
  if (label) kids.push(T(label, 0, 0, w, 13, 500, { color: '#4A4A55' }));
  const top = label ? 22 : 0;
  kids.push(
    F('Input', 0, top, w, 42, [
      T(value, 12, 11, w - 24, 15, 400, { color: o.filled ? '#1B1B1F' : '#8C8C99' }),
    ], { fill: '#FFFFFF', stroke: '#C9CCD3', r: o.r ?? 6 }),
  );
  return F(o.name || 'Auto layout', x, y, w, top + 42, kids, { layout: 'VERTICAL', gap: 6 });
}

export function searchBox(placeholder, x, y, w, o = {}) {
  return F(o.name || 'Frame ' + (300 + w), x, y, w, 44, [
    G('Group', 14, 13, 18, 18, [E('Ellipse 4', 0, 0, 13, 13, { stroke: '#6B6F7B', sw: 2 }), V('Vector 7', 11, 11, 6, 6, { stroke: '#6B6F7B', sw: 2 })]),
    T(placeholder, 42, 12, w - 56, 15, 400, { color: '#8C8C99' }),
  ], { fill: '#FFFFFF', stroke: '#C9CCD3', r: 22 });
}

export function tick(x, y, o = {}) {
  if (o.comp) return I(o.name || 'Property 1=Off', o.comp, x, y, 20, 20, [], { stroke: '#5B5F6B', r: 4 });
  if (o.vector) return V(o.name || 'Vector', x, y, 20, 20, { stroke: '#5B5F6B', sw: 1.5 });
  return R(o.name || 'Rectangle 12', x, y, 20, 20, { stroke: '#5B5F6B', r: 4, fill: '#FFFFFF' });
}

// Logo as an image-filled rectangle or as a vector mark.
export function logo(ref, x, y, s = 40, o = {}) {
  if (o.vector) return V(o.name || 'Vector', x, y, s, s, { fill: o.fill || '#13B5EA' });
  return R(o.name || 'image ' + ref.slice(0, 4), x, y, s, s, { img: ref, r: o.r ?? 8 });
}

export function statusBar(w, dark) {
  const c = dark ? '#FFFFFF' : '#111111';
  return F('Status bar', 0, 0, w, 44, [
    T('9:41', 24, 14, 60, 15, 600, { color: c }),
    V('Cellular', w - 88, 18, 18, 11, { fill: c }),
    V('Wifi', w - 64, 18, 16, 11, { fill: c }),
    R('Battery', w - 42, 17, 25, 12, { stroke: c, r: 3 }),
  ]);
}

// Reusable pieces built the several ways real files build them.
import { F, G, R, V, T, I, E } from './lib.mjs';

// Component instance with a text label.
export const btnInst = (label, ckey, x, y, w, h, o = {}, color = '#FFFFFF') =>
  I(o.name || 'Button', ckey, x, y, w, h, o, [T(label, 0, (h - 20) / 2, w, 15, 600, { center: true, color, h: 20 })]);

// Plain frame with a fill and radius holding text.
export const btnFrame = (label, x, y, w, h, fill, o = {}, color = '#FFFFFF') =>
  F(o.name || 'Frame ' + (100 + label.length * 3), x, y, w, h, { fill, radius: o.radius ?? 8, layout: 'HORIZONTAL', pad: 12, align: 'CENTER', ...o }, [
    T(label, 12, (h - 20) / 2, w - 24, o.size || 15, 600, { center: true, color, h: 20 }),
  ]);

// Text centred over a sibling rectangle/vector in a group.
export const btnGroup = (label, x, y, w, h, fill, o = {}, color = '#FFFFFF') =>
  G(o.name || 'Group ' + (10 + label.length), x, y, w, h, [
    (o.vector ? V : R)(o.vector ? 'Vector' : 'Rectangle ' + (20 + label.length), 0, 0, w, h, { fill, radius: o.radius ?? 6, stroke: o.stroke }),
    T(label, 0, (h - 20) / 2, w, o.size || 15, 600, { center: true, color, h: 20 }),
  ], o);

export const link = (label, x, y, w, color, o = {}) => T(label, x, y, w, o.size || 14, o.weight || 500, { color, ...o });

export const checkbox = (x, y, kind = 'rect', ckey) => {
  if (kind === 'inst') return I('checkbox', ckey, x, y, 20, 20, {}, [R('Rectangle 3', 0, 0, 20, 20, { stroke: '#8A8A8A', radius: 4, fill: '#FFFFFF' })]);
  if (kind === 'vector') return V('Vector', x, y, 20, 20, { fill: '#FFFFFF', stroke: '#7A7A7A', sw: 1.5 });
  return R('Rectangle ' + (40 + Math.round(x) % 50), x, y, 20, 20, { fill: '#FFFFFF', stroke: '#9A9A9A', radius: 3, sw: 1.5 });
};

export const searchField = (placeholder, x, y, w, h = 44, o = {}) =>
  F(o.name || 'Frame ' + (300 + Math.round(w) % 97), x, y, w, h, { fill: '#FFFFFF', stroke: '#D0D0D0', radius: h / 2, layout: 'HORIZONTAL', gap: 8, pad: 12 }, [
    G('Group 2', 14, (h - 18) / 2, 18, 18, [E('Ellipse 1', 0, 0, 14, 14, { stroke: '#777777', sw: 2 }), V('Vector', 11, 11, 7, 7, { fill: '#777777' })]),
    T(placeholder, 42, (h - 20) / 2, w - 60, 15, 400, { color: '#8C8C8C', h: 20 }),
  ]);

let imgN = 0;
export const logo = (x, y, s, tag, o = {}) =>
  R(o.name || 'image ' + (++imgN), x, y, s, s, { img: tag.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12) + (4000 + imgN * 37).toString(16), radius: o.radius ?? 8 });

export const vlogo = (x, y, s, fill) => V('Vector', x, y, s, s, { fill });

export const spinner = (x, y, s = 16) =>
  G('Group 77', x, y, s, s, [E('Ellipse 4', 0, 0, s, s, { stroke: '#DADADA', sw: 2 }), V('Vector', s / 2, 0, s / 2, s / 2, { fill: '#3B6EF5' })]);

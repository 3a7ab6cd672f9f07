// Everyday UI pieces, built the way they tend to appear in real files:
// mostly auto-generated layer names, several ways of making a button.
import { T, F, G, I, R, V, image } from './lib.mjs';

let auto = 400;
export const fr = () => `Frame ${auto++}`;
let rect = 10;
export const rc = () => `Rectangle ${rect++}`;
let grp = 3;
export const gp = () => `Group ${grp++}`;

/** Instance button with a child TEXT label. */
export function btnI(label, comp, o = {}) {
  return I(o.name ?? 'Btn', comp, { layout: 'H', pad: [o.py ?? 10, 20, o.py ?? 10, 20], justify: 'CENTER', fill: o.fill ?? '#2454D6', radius: o.radius ?? 8, w: o.w, interactions: o.interactions, transitionNodeID: o.transitionNodeID, transitionDuration: o.transitionDuration, transitionEasing: o.transitionEasing, key: o.key }, [
    T(label, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF' }),
  ]);
}
/** Plain frame with a fill and radius holding a text. */
export function btnF(label, o = {}) {
  return F(o.name ?? fr(), { layout: 'H', pad: [o.py ?? 11, 18, o.py ?? 11, 18], justify: 'CENTER', fill: o.fill ?? '#111827', stroke: o.stroke, radius: o.radius ?? 6, w: o.w, interactions: o.interactions, transitionNodeID: o.transitionNodeID, transitionDuration: o.transitionDuration, transitionEasing: o.transitionEasing, key: o.key }, [
    T(label, { size: o.size ?? 14, weight: o.weight ?? 600, color: o.color ?? '#FFFFFF' }),
  ]);
}
/** Text centred over a sibling rectangle (or vector) inside a group. */
export function btnG(label, o = {}) {
  const w = o.w ?? 220;
  const h = o.h ?? 44;
  const size = o.size ?? 15;
  const t = T(label, { size, weight: 600, color: o.color ?? '#FFFFFF' });
  t.x = Math.max(0, Math.round((w - t.w) / 2));
  t.y = Math.round((h - t.h) / 2);
  const shape = (o.vector ? V : R)(o.vector ? 'Vector' : rc(), { x: 0, y: 0, w, h, fill: o.fill ?? '#0F766E', radius: o.vector ? undefined : o.radius ?? 10 });
  return G(o.name ?? gp(), [shape, t], { interactions: o.interactions, transitionNodeID: o.transitionNodeID, transitionDuration: o.transitionDuration, transitionEasing: o.transitionEasing, key: o.key, x: o.x, y: o.y });
}
/** Link as short coloured or underlined text. */
export function link(label, o = {}) {
  return T(label, { size: o.size ?? 14, weight: o.weight ?? 500, color: o.color ?? '#2454D6', deco: o.underline === false ? undefined : 'UNDERLINE', ...o });
}
/** Labelled form field. */
export function field(label, value, o = {}) {
  return F(fr(), { layout: 'V', gap: 6, w: o.w ?? 360 }, [
    T(label, { size: 13, weight: 500, color: '#4B5563' }),
    F(o.name ?? fr(), { layout: 'H', pad: [10, 12, 10, 12], gap: 8, w: o.w ?? 360, stroke: '#D1D5DB', radius: 6, fill: '#FFFFFF' }, [
      T(value, { size: 14, color: o.placeholder ? '#9CA3AF' : '#111827', w: (o.w ?? 360) - (o.tag ? 170 : 26) }),
      o.tag ? F(fr(), { layout: 'H', pad: [2, 8, 2, 8], radius: 10, fill: '#E0F2FE' }, [T(o.tag, { size: 11, weight: 500, color: '#0369A1' })]) : null,
    ]),
  ]);
}
/** 20x20 checkbox shape beside consent text. kind: 'rect' | 'vector' | instance comp key */
export function checkbox(kind, textNodes, o = {}) {
  const box = kind === 'rect' ? R(rc(), { w: 20, h: 20, stroke: '#6B7280', strokeWeight: 1.5, radius: 4, fill: '#FFFFFF' })
    : kind === 'vector' ? V('Vector', { w: 20, h: 20, stroke: '#6B7280', strokeWeight: 1.5 })
    : I('Property 1=Unchecked', kind, { w: 20, h: 20 }, [R(rc(), { x: 0, y: 0, w: 20, h: 20, stroke: '#6B7280', radius: 4 })]);
  return F(o.name ?? fr(), { layout: 'H', gap: 10, align: 'MIN', w: o.w, visible: o.visible }, [box, F(fr(), { layout: 'H', gap: 4, align: 'MIN' }, textNodes)]);
}
/** Rounded frame with a magnifier vector and placeholder text. */
export function search(placeholder, w, o = {}) {
  return F(o.name ?? fr(), { layout: 'H', pad: [10, 14, 10, 14], gap: 10, w, radius: o.radius ?? 20, fill: '#F3F4F6', stroke: '#E5E7EB' }, [
    G(gp(), [V('Vector', { x: 0, y: 0, w: 12, h: 12, stroke: '#6B7280', strokeWeight: 2 }), V('Vector', { x: 11, y: 11, w: 5, h: 5, stroke: '#6B7280', strokeWeight: 2 })]),
    T(placeholder, { size: 14, color: '#9CA3AF' }),
  ]);
}
/** Logo as an image-filled rectangle. */
export const logoImg = (ref, size = 40, name) => R(name ?? rc(), { w: size, h: size, radius: 8, fill: image(ref) });
/** Logo as a vector mark. */
export const logoVec = (hex, size = 28) => V('Vector', { w: size, h: size, fill: hex });
/** Horizontal divider. */
export const hr = (w) => R('Line', { w, h: 1, fill: '#E5E7EB' });
/** Spinner made of a ring vector and an arc vector. */
export const spinner = (size = 18) => G(gp(), [V('Ellipse', { x: 0, y: 0, w: size, h: size, stroke: '#D1D5DB', strokeWeight: 2 }), V('Vector', { x: size / 2, y: 0, w: size / 2, h: size / 2, stroke: '#2454D6', strokeWeight: 2 })]);
/** Small pill badge. */
export const badge = (label, bg, fg) => F(fr(), { layout: 'H', pad: [3, 10, 3, 10], radius: 12, fill: bg }, [T(label, { size: 12, weight: 600, color: fg })]);

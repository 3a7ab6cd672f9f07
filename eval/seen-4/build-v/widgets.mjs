// Reusable UI fragments built several different ways, as real files do.
import { T, col, row, rect, vec } from './lib.mjs';

// Component instance button: INSTANCE with a TEXT label child
export const instBtn = (componentId, label, o = {}) => row(o.name ?? 'Btn', [T(label, { size: o.size ?? 16, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER', w: o.tw })], {
  type: 'INSTANCE', componentId, w: o.w, fill: o.fill ?? '#1B5E4B', radius: o.radius ?? 10, pad: [14, 24, 14, 24], link: o.link, key: o.key, visible: o.visible,
});
// Plain frame with fill + radius containing text
export const frameBtn = (label, o = {}) => row(o.name ?? 'Frame ' + (o.n ?? 212), [T(label, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' })], {
  w: o.w, fill: o.fill ?? '#2F3BD6', radius: o.radius ?? 8, pad: [12, 20, 12, 20], link: o.link, key: o.key, stroke: o.stroke, auto: o.auto,
});
// Group: rectangle (or vector) + centred text, overlapping
export const groupBtn = (label, o = {}) => ({
  t: 'overlay', name: o.name ?? 'Group ' + (o.n ?? 8), w: o.w ?? 240, h: o.h ?? 48, link: o.link, key: o.key,
  children: [
    o.shape === 'vec' ? vec('Vector', o.w ?? 240, o.h ?? 48, { fill: o.fill ?? '#111111' }) : rect(o.rectName ?? 'Rectangle ' + (o.n ?? 12), o.w ?? 240, o.h ?? 48, { fill: o.fill ?? '#111111', radius: o.radius ?? 24 }),
    T(label, { size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' }),
  ],
});
export const link = (label, o = {}) => T(label, { size: o.size ?? 14, weight: o.weight ?? 500, color: o.color ?? '#2F5BD6', deco: o.underline === false ? undefined : 'UNDERLINE', link: o.link, key: o.key, w: o.w, name: o.name, visible: o.visible });

export const field = (label, value, o = {}) => col(o.name ?? 'Auto layout', [
  T(label, { size: 13, weight: 500, color: '#5A6070' }),
  row(o.inputName ?? 'Frame 97', [T(value, { size: 15, color: o.filled ? '#1F2430' : '#9AA0AE' })], { stroke: '#CDD2DC', radius: 8, pad: [12, 14, 12, 14], fill: '#FFFFFF' }),
], { gap: 6, w: o.w });

export const checkbox = (consent, o = {}) => row(o.name ?? 'Frame 61', [
  o.componentId ? row(o.boxName ?? 'Checkbox', [vec('Vector', 12, 9, { fill: '#FFFFFF' })], { type: 'INSTANCE', componentId: o.componentId, w: 20, h: 20, pad: [5, 4, 5, 4], fill: '#1B5E4B', radius: 4 })
    : rect(o.boxName ?? 'Rectangle 31', 20, 20, { fill: '#FFFFFF', stroke: '#7A8090', radius: 4 }),
  ...consent,
], { gap: 10 });

export const search = (placeholder, o = {}) => row(o.name ?? 'Frame 88', [
  vec(o.iconName ?? 'Vector', 16, 16, { fill: '#7A8090' }),
  T(placeholder, { size: 15, color: '#9AA0AE' }),
], { gap: 10, stroke: '#CDD2DC', radius: o.radius ?? 22, pad: [12, 16, 12, 16], fill: '#FFFFFF', w: o.w });

export const logo = (ref, o = {}) => rect(o.name ?? 'image ' + (o.n ?? 4), o.size ?? 36, o.size ?? 36, { image: ref, radius: o.radius ?? 8 });

export const card = (ref, title, sub, o = {}) => col(o.name ?? 'Frame ' + (o.n ?? 300), [
  logo(ref, { n: o.n, size: o.logo ?? 40 }),
  T(title, { size: o.size ?? 15, weight: 600 }),
  ...(sub ? [T(sub, { size: 12, color: '#7A8090' })] : []),
], { gap: 8, pad: [16, 16, 16, 16], stroke: '#E1E4EA', radius: 12, fill: '#FFFFFF', w: o.w, link: o.link, key: o.key });

export const heading = (text, o = {}) => T(text, { size: o.size ?? 24, weight: o.weight ?? 700, color: o.color ?? '#141820', name: o.name, w: o.w, align: o.align });
export const para = (text, o = {}) => T(text, { size: o.size ?? 15, color: o.color ?? '#4A5060', name: o.name, w: o.w, align: o.align, visible: o.visible });
export const spinner = (name = 'Ellipse 3') => ({ t: 'ellipse', name, w: 18, h: 18, fill: null, stroke: '#1B5E4B', strokeWeight: 3 });

// Reusable pieces drawn the way product designers tend to draw them (mostly unnamed layers).
import { T, R, V, F, G, I } from './lib.mjs';

export function statusBar(w, dark = false) {
  const c = dark ? '#FFFFFF' : '#111111';
  return F('Status Bar', { w, h: 44, layout: 'HORIZONTAL', padX: 20, padY: 14, justify: 'SPACE_BETWEEN', align: 'CENTER' }, [
    T('9:41', { size: 15, weight: 600, color: c, w: 40 }),
    G('Group 3', {}, [V('Vector', { x: 0, y: 0, w: 17, h: 11, color: c }), V('Vector', { x: 22, y: 0, w: 15, h: 11, color: c }), R('Rectangle', { x: 42, y: 0, w: 25, h: 12, radius: 3, stroke: c })]),
  ]);
}

/** button drawn as a component instance with a text child */
export function btnInst(label, comp, o = {}) {
  const w = o.w ?? 335, h = o.h ?? 48;
  return I(o.name ?? 'Button', comp, { w, h, fill: o.fill ?? '#1F6F43', radius: o.radius ?? 10, key: o.key, on: o.on, visible: o.visible, legacy: o.legacy }, [
    T(label, { x: 16, y: (h - 20) / 2, w: w - 32, size: o.size ?? 16, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' }),
  ]);
}
/** button drawn as a plain frame with a fill */
export function btnFrame(label, o = {}) {
  const w = o.w ?? 335, h = o.h ?? 48;
  return F(o.name ?? 'Frame 212', { w, h, fill: o.fill ?? '#1F6F43', radius: o.radius ?? 8, key: o.key, on: o.on, stroke: o.stroke, visible: o.visible, legacy: o.legacy }, [
    T(label, { x: 12, y: (h - (o.size ?? 15) * 1.35) / 2, w: w - 24, size: o.size ?? 15, weight: o.weight ?? 600, color: o.color ?? '#FFFFFF', align: 'CENTER' }),
  ]);
}
/** button drawn as text over a rectangle in a group */
export function btnGroup(label, o = {}) {
  const w = o.w ?? 335, h = o.h ?? 48;
  const bg = o.vector ? V('Vector', { x: 0, y: 0, w, h, fill: o.fill ?? '#1F6F43', radius: o.radius ?? 24 }) : R(o.rectName ?? 'Rectangle 12', { x: 0, y: 0, w, h, fill: o.fill ?? '#1F6F43', radius: o.radius ?? 24, stroke: o.stroke });
  const t = T(label, { x: 12, y: (h - (o.size ?? 15) * 1.35) / 2, w: w - 24, size: o.size ?? 15, weight: 600, color: o.color ?? '#FFFFFF', align: 'CENTER' });
  return G(o.name ?? 'Group 8', { key: o.key, on: o.on, visible: o.visible, legacy: o.legacy }, [bg, t]);
}
export function link(label, o = {}) {
  return T(label, { size: o.size ?? 14, weight: o.weight ?? 500, color: o.color ?? '#1F6F43', deco: o.underline === false ? undefined : 'UNDERLINE', key: o.key, on: o.on, w: o.w, name: o.name, visible: o.visible, align: o.align, legacy: o.legacy });
}
export function checkRow(text, o = {}) {
  const box = o.kind === 'vector' ? V('Vector', { w: 20, h: 20, stroke: '#6B7280', fill: '#FFFFFF', radius: 4 })
    : o.kind === 'instance' ? I('Property 1=Default', o.comp, { w: 20, h: 20, stroke: '#6B7280', radius: 4 }, [])
      : R(o.boxName ?? 'Rectangle 40', { w: 20, h: 20, stroke: '#6B7280', radius: 4, fill: '#FFFFFF' });
  box._fixedW = true;
  return F(o.name ?? 'Frame 88', { w: o.w ?? 335, layout: 'HORIZONTAL', gap: 10, padY: 2, key: o.key }, [
    box,
    ...(o.parts ?? [T(text, { w: (o.w ?? 335) - 30, size: o.size ?? 13, color: '#374151' })]),
  ]);
}
export function searchField(placeholder, o = {}) {
  const w = o.w ?? 335;
  return F(o.name ?? 'Frame 51', { w, h: o.h ?? 44, radius: o.radius ?? 22, fill: o.fill ?? '#F3F4F6', stroke: o.stroke, layout: 'HORIZONTAL', padX: 14, padY: 12, gap: 8, align: 'CENTER' }, [
    V(o.iconName ?? 'Vector', { w: 16, h: 16, color: '#6B7280' }),
    T(placeholder, { size: 14, color: '#9CA3AF', w: w - 60 }),
  ]);
}
export function logo(ref, o = {}) {
  const s = o.s ?? 36;
  return o.vector ? V(o.name ?? 'Vector', { w: s, h: s, fill: o.fill ?? '#2CA01C', radius: o.radius ?? 8 }) : R(o.name ?? 'image 14', { w: s, h: s, image: ref, radius: o.radius ?? 8 });
}
export function homeIndicator(w) {
  return R('Home Indicator', { x: (w - 134) / 2, y: 0, w: 134, h: 5, radius: 3, fill: '#111111' });
}
export const range = (n) => [...Array(n).keys()];

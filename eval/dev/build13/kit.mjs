// Reusable widget shapes built the ways design teams build them.
import { text, frame, row, col, rect, vec, ellipse, group, image, solid } from './lib.mjs';

// INSTANCE of a button component with a child TEXT label (override)
export function instBtn(ctx, componentId, label, o = {}) {
  return frame(ctx, o.name || 'Btn', {
    type: 'INSTANCE', componentId, layout: 'HORIZONTAL', w: o.w || 'hug', h: o.h || 44, pad: o.pad == null ? 12 : o.pad,
    fill: o.fill || '#1F4FD8', radius: o.radius || 8, on: o.on, transition: o.transition, visible: o.visible, center: true,
  }, [text(ctx, label, { size: o.size || 15, weight: 600, color: o.color || '#FFFFFF', name: o.textName || label })]);
}
// plain FRAME with solid fill + radius holding a TEXT
export function frameBtn(ctx, label, o = {}) {
  return frame(ctx, o.name || 'Frame ' + (o.n || 12), {
    layout: 'HORIZONTAL', w: o.w || 'hug', h: o.h || 44, pad: o.pad == null ? 14 : o.pad, fill: o.fill || '#111827',
    radius: o.radius == null ? 6 : o.radius, stroke: o.stroke, on: o.on, transition: o.transition, visible: o.visible,
  }, [text(ctx, label, { size: o.size || 15, weight: o.weight || 600, color: o.color || '#FFFFFF' })]);
}
// TEXT centred over a sibling RECTANGLE/VECTOR in a GROUP
export function groupBtn(ctx, label, w, h, o = {}) {
  const size = o.size || 15;
  const th = Math.round(size * 1.35);
  const bg = (o.vector ? vec : rect)(ctx, o.bgName || (o.vector ? 'Vector' : 'Rectangle ' + (o.n || 4)), w, h, { fill: o.fill || '#0E7C66', radius: o.radius || 10, at: [0, 0] });
  const t = text(ctx, label, { size, weight: 600, color: o.color || '#FFFFFF', w: w - 16, align: 'CENTER' });
  t._at = [8, Math.round((h - th) / 2)];
  return group(ctx, o.name || 'Group ' + (o.n || 8), [bg, t], { on: o.on });
}
export function link(ctx, label, o = {}) {
  return text(ctx, label, { size: o.size || 14, weight: o.weight || 500, color: o.color || '#1F4FD8', deco: o.underline ? 'UNDERLINE' : undefined, on: o.on, transition: o.transition, name: o.name, visible: o.visible });
}
export function checkbox(ctx, o = {}) {
  if (o.instance) {
    return frame(ctx, o.name || 'Property 1=Unchecked', { type: 'INSTANCE', componentId: o.instance, layout: 'none', w: 20, h: 20, radius: 4, stroke: '#667085' }, []);
  }
  return (o.vector ? vec : rect)(ctx, o.name || (o.vector ? 'Vector' : 'Rectangle 31'), 20, 20, { fills: [], radius: 4, stroke: o.stroke || '#667085', on: o.on });
}
export function searchField(ctx, placeholder, o = {}) {
  return row(ctx, o.name || 'Frame 88', { w: o.w || 'fill', h: 44, pad: 12, gap: 8, radius: 22, fill: '#F2F4F7', stroke: '#D0D5DD' }, [
    vec(ctx, 'Vector', 16, 16, { fills: [], stroke: '#667085' }),
    text(ctx, placeholder, { size: 14, color: '#98A2B3' }),
  ]);
}
export function logo(ctx, ref, size = 32, o = {}) {
  return rect(ctx, o.name || 'image ' + ref.slice(0, 4), size, size, { fills: image(ref), radius: o.radius || 6 });
}
export function vlogo(ctx, color, size = 28) { return vec(ctx, 'Vector', size, size, { fill: color }); }
export function spinner(ctx, o = {}) {
  return group(ctx, o.name || 'Group 5', [
    ellipse(ctx, 'Ellipse 3', 24, 24, { fills: [], stroke: '#E4E7EC', strokeWeight: 3, at: [0, 0] }),
    vec(ctx, 'Vector', 12, 12, { fills: [], stroke: o.color || '#1F4FD8', strokeWeight: 3, at: [12, 0] }),
  ]);
}
export function bar(ctx, frac, w, o = {}) {
  return frame(ctx, o.name || 'Frame 61', { layout: 'none', w, h: 8, radius: 4, fill: '#EAECF0' }, [
    rect(ctx, 'Rectangle 9', Math.round(w * frac), 8, { fill: o.color || '#12B76A', radius: 4, at: [0, 0] }),
  ]);
}
export function divider(ctx, w = 'fill') { return rect(ctx, 'Line 4', w, 1, { fill: '#EAECF0' }); }
export function icon(ctx, name, size = 20, o = {}) { return vec(ctx, name || 'Vector', size, size, { fills: [], stroke: o.color || '#344054', on: o.on }); }
export function avatar(ctx, ref, size = 40) { return ellipse(ctx, 'Ellipse 7', size, size, { fills: image(ref) }); }
export { text, frame, row, col, rect, vec, ellipse, group, solid };

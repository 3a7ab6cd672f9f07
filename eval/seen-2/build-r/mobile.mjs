// Shared pieces for the two negative mobile files.
import * as L from './lib.mjs';
const { text, vector, frame, at, auto } = L;

export function kit({ W, H, INK, ACCENT, MUTED }) {
  const status = () => frame('Status Bar', { w: W, h: 47 }, [at(text('9:41', { size: 16, weight: 600, color: INK }), 30, 14), at(vector({ w: 68, h: 13, fill: INK, name: 'Right Side' }), W - 92, 17)]);
  const screen = (key, name, x, y, kids, o = {}) => frame(name, { key, x, y, w: W, h: H, fill: o.fill ?? '#FFFFFF', clips: true }, [status(), ...kids]);
  const pillBtn = (label, o = {}) => L.btnShape(label, { w: W - 48, h: 54, fill: ACCENT, radius: 27, size: 17, ...o });
  const ghost = (label, o = {}) => text(label, { size: 16, weight: 500, color: MUTED, align: 'CENTER', w: W - 48, ...o });
  const backChevron = () => L.back(vector({ w: 10, h: 18, stroke: INK, strokeWeight: 2, name: 'chevron.left' }));
  const row = (label, sub, o = {}) =>
    L.hstack(auto('Frame'), { w: W - 48, h: 60, gap: 14, pad: [0, 4, 0, 4], stroke: o.stroke ?? '#EEEEEE' }, [
      o.icon ?? vector({ w: 24, h: 24, fill: o.iconColour ?? ACCENT }),
      L.vstack(auto('Frame'), { gap: 2, w: W - 140 }, [text(label, { size: 16, weight: 500, color: o.colour ?? INK }), ...(sub ? [text(sub, { size: 13, color: MUTED })] : [])]),
      vector({ w: 8, h: 14, stroke: MUTED, name: 'chevron.right' }),
    ]);
  return { status, screen, pillBtn, ghost, backChevron, row };
}

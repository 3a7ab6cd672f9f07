/**
 * Draws a frame of the sample as a miniature of its layers: boxes with their fills, text at
 * its position, image placeholders, scaled to fit a fixed box. Each drawn layer carries its
 * node id, so the canvas can outline exactly the layers the plugin selects ("Show").
 */
import type { FakeNode } from '../fake-figma';

/** The miniature fits this box (CSS pixels). */
export const DRAWING_BOX = { width: 220, height: 180 };

/** Text below this size cannot be read; the miniature keeps it legible and clips it instead. */
const MIN_FONT_PX = 6;
const TEXT_SIZE = 14;

interface SolidPaintLike {
  type: 'SOLID';
  color: { r: number; g: number; b: number };
  opacity?: number;
  visible?: boolean;
}

function fillsOf(node: FakeNode): readonly { type: string; visible?: boolean }[] {
  const fills = (node as unknown as { _fills?: unknown })._fills;
  return Array.isArray(fills) ? (fills as { type: string; visible?: boolean }[]).filter((f) => f.visible !== false) : [];
}

function cssColor(paint: SolidPaintLike): string {
  const c = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 255);
  return `rgba(${c(paint.color.r)}, ${c(paint.color.g)}, ${c(paint.color.b)}, ${paint.opacity ?? 1})`;
}

function solidFill(node: FakeNode): string | null {
  const solid = fillsOf(node).find((f): f is SolidPaintLike => f.type === 'SOLID');
  return solid ? cssColor(solid) : null;
}

/** An image layer: an image fill, or a shape named for a picture (the samples carry no bitmaps). */
function isImage(node: FakeNode): boolean {
  if (fillsOf(node).some((f) => f.type === 'IMAGE')) return true;
  return (node.rawType === 'RECTANGLE' || node.rawType === 'ELLIPSE') && /logo|image|photo|avatar|picture|illustration/i.test(node._name);
}

function layerElement(node: FakeNode, x: number, y: number, scale: number): HTMLElement {
  const el = document.createElement('span');
  el.dataset.nodeId = node.rawId;
  el.className = 'layer';
  el.style.left = `${x * scale}px`;
  el.style.top = `${y * scale}px`;
  el.style.width = `${Math.max(1, node._width * scale)}px`;
  el.style.height = `${Math.max(1, node._height * scale)}px`;
  const fill = solidFill(node);
  if (node.rawType === 'TEXT') {
    el.classList.add('layer--text');
    el.textContent = (node as unknown as { _characters?: string })._characters ?? '';
    el.style.fontSize = `${Math.max(MIN_FONT_PX, TEXT_SIZE * scale)}px`;
    if (fill) el.style.color = fill;
  } else if (isImage(node)) {
    el.classList.add('layer--image');
    el.title = node._name;
  } else if (node.rawType === 'VECTOR' || node.rawType === 'LINE') {
    el.classList.add('layer--vector');
    if (fill) el.style.background = fill;
  } else {
    el.classList.add('layer--box');
    if (fill) el.style.background = fill;
  }
  return el;
}

/**
 * The frame's miniature and, per drawn node id, its element. Layers are drawn in paint order
 * (children after their parent), positioned from their offsets within the frame.
 */
export function drawFrame(frame: FakeNode): { screen: HTMLElement; layers: Map<string, HTMLElement> } {
  const scale = Math.min(DRAWING_BOX.width / Math.max(1, frame._width), DRAWING_BOX.height / Math.max(1, frame._height));
  const screen = document.createElement('span');
  screen.className = 'screen';
  screen.style.width = `${Math.round(frame._width * scale)}px`;
  screen.style.height = `${Math.round(frame._height * scale)}px`;
  const background = solidFill(frame);
  if (background) screen.style.background = background;
  screen.setAttribute('aria-hidden', 'true');
  const layers = new Map<string, HTMLElement>();
  const visit = (node: FakeNode, x: number, y: number): void => {
    for (const child of node._children) {
      if (!child._visible) continue;
      const cx = x + child._x;
      const cy = y + child._y;
      const el = layerElement(child, cx, cy, scale);
      screen.append(el);
      layers.set(child.rawId, el);
      visit(child, cx, cy);
    }
  };
  visit(frame, 0, 0);
  return { screen, layers };
}

/**
 * The snapshot: plain, serialisable data about the onboarding frames under review.
 * Built by two adapters (live Figma nodes in the sandbox, REST file JSON in the CLI);
 * read by the engine. Nothing here may reference `figma` or the DOM.
 */

/** A visible layer inside a frame. Hidden layers are never part of a snapshot. */
export interface SnapshotNode {
  id: string;
  /** Figma node type as written by Figma ("TEXT", "INSTANCE", "FRAME", "GROUP", …). */
  type: string;
  name: string;
  /** Id of the parent layer; the frame's own id for its direct children. */
  parentId: string;
  /** Nesting depth below the frame (direct children are 1). */
  depth: number;
  /** Characters of a TEXT node. */
  text?: string;
  /** For an INSTANCE: its main component's name (a variant's set name first, e.g. "Checkbox/State=On"). For a COMPONENT: its own name. */
  componentName?: string;
  /** Bounds relative to the frame's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * Visual facts, so detectors recognise controls by how they look rather than by layer names.
   * Adapters read them only where the engine asks (see readsPaint): shapes, control-sized
   * frames, short texts. Absent means "not read". Instances are left out: their main-component
   * lookup already uses the layer's read budget, and their children carry the paint.
   */
  /** Top visible paint: a solid colour, an image (a logo or photo), or none. For a text: its colour. */
  fill?: PaintKind;
  /** The solid paint is a saturated colour (a brand, button or link colour), not white, black or grey. */
  accent?: boolean;
  /** A short text is underlined (a link). */
  underline?: boolean;
  /** Type size (px) of a short text: headings read larger than the cards under them. */
  fontSize?: number;
}

export interface SnapshotFrame {
  id: string;
  name: string;
  /** FRAME, COMPONENT, INSTANCE… : whatever top-level node is reviewed as a screen. */
  type: string;
  pageId: string;
  pageName: string;
  /** Absolute position on the canvas, for canvas-order sorting. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Visible descendants in document (pre-)order, the frame itself excluded. */
  nodes: SnapshotNode[];
}

/** A prototype link: clicking `sourceNodeId` (inside `sourceFrameId`) navigates to `destinationFrameId`. */
export interface PrototypeLink {
  sourceNodeId: string;
  sourceFrameId: string;
  destinationFrameId: string;
}

/** A page's prototype flow starting point. */
export interface FlowStart {
  frameId: string;
  name: string;
}

export interface Snapshot {
  fileName: string;
  frames: SnapshotFrame[];
  links: PrototypeLink[];
  flowStarts: FlowStart[];
}

export type PaintKind = 'solid' | 'image' | 'none';

/** The only paint fields summarisePaints reads (REST JSON and plugin paints both have them). */
export interface PaintLike {
  type?: unknown;
  visible?: unknown;
  opacity?: unknown;
  color?: unknown;
}

/** Below this channel spread a colour reads as grey (white and black included). */
const MIN_SATURATION = 0.25;

function channel(color: Record<string, unknown>, key: string): number {
  const value = color[key];
  return typeof value === 'number' && isFinite(value) ? value : 0;
}

/**
 * The top visible paint of a node, as the two adapters read it: what a reader sees is the
 * last visible, non-transparent paint in the list (Figma lists paints bottom to top).
 */
export function summarisePaints(paints: readonly unknown[]): { fill: PaintKind; accent: boolean } {
  for (let at = paints.length - 1; at >= 0; at--) {
    const paint = paints[at] as PaintLike | null;
    if (typeof paint !== 'object' || paint === null || paint.visible === false || paint.opacity === 0) continue;
    if (paint.type === 'IMAGE' || paint.type === 'VIDEO') return { fill: 'image', accent: false };
    if (typeof paint.type === 'string' && paint.type.indexOf('GRADIENT') === 0) return { fill: 'solid', accent: true };
    if (paint.type !== 'SOLID') continue;
    const color = typeof paint.color === 'object' && paint.color !== null ? (paint.color as Record<string, unknown>) : {};
    if ('a' in color && channel(color, 'a') === 0) continue;
    const r = channel(color, 'r');
    const g = channel(color, 'g');
    const b = channel(color, 'b');
    return { fill: 'solid', accent: Math.max(r, g, b) - Math.min(r, g, b) >= MIN_SATURATION };
  }
  return { fill: 'none', accent: false };
}

/** Frames this size or smaller may be a control (a button, a field, a chip): their paint is read. */
export const CONTROL_MAX_HEIGHT = 72;
export const CONTROL_MAX_WIDTH = 480;
/** Texts of this many words or fewer may be a control label, a link or a heading: their colour, underline and size are read. */
export const SHORT_TEXT_WORDS = 5;

export function isShortText(characters: string): boolean {
  const trimmed = characters.trim();
  return trimmed !== '' && trimmed.length <= 48 && trimmed.split(/\s+/).length <= SHORT_TEXT_WORDS;
}

/** Leaf shapes whose paint is always read: button backgrounds, logos, checkboxes. */
export const SHAPE_TYPES: readonly string[] = ['RECTANGLE', 'ELLIPSE', 'VECTOR', 'BOOLEAN_OPERATION', 'STAR', 'REGULAR_POLYGON', 'POLYGON'];

/**
 * Whether an adapter reads a node's paint: always for shapes, for frames and components only
 * at control size, for texts only when short (a text's colour, underline and size come in one
 * styled-segments read). One extra read at most per layer.
 */
export function readsPaint(type: string, width: number, height: number, characters?: string): boolean {
  if (type === 'TEXT') return characters !== undefined && isShortText(characters);
  if (SHAPE_TYPES.indexOf(type) >= 0) return true;
  return (type === 'FRAME' || type === 'COMPONENT') && height <= CONTROL_MAX_HEIGHT && width <= CONTROL_MAX_WIDTH;
}

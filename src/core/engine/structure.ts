/**
 * Structural questions about nodes: what a layer is and where it sits. Controls are read from
 * the design (short text centred on a filled, button-sized shape; short coloured text), the
 * layer and component names are a hint on top.
 */
import type { RoleName } from '../checklist/lexicon-types';
import { SHAPE_TYPES } from '../model/snapshot';
import { ancestorsOf, childrenOf, type IndexedNode, type SnapshotIndex } from './snapshot-index';
import type { LexiconMatchers } from './text/lexicon-matchers';

export function hasRole(lexicon: LexiconMatchers, node: IndexedNode, role: RoleName): boolean {
  return node.name !== ' ' && lexicon.roles[role].test(node.name);
}

/** The node itself, or one of its nearest `levels` ancestors, is named as `role`. */
export function roleNearby(lexicon: LexiconMatchers, index: SnapshotIndex, node: IndexedNode, role: RoleName, levels: number): IndexedNode | null {
  if (hasRole(lexicon, node, role)) return node;
  return ancestorsOf(index, node, levels).find((ancestor) => hasRole(lexicon, ancestor, role)) ?? null;
}

/** Labels longer than this read as copy, not as a control. */
export const MAX_CONTROL_WORDS = 7;
const CONTROL_MIN_HEIGHT = 20;
const CONTROL_MAX_HEIGHT = 80;
const CONTROL_MAX_WIDTH = 560;

function boxCentre(node: IndexedNode): { x: number; y: number } {
  return { x: node.node.x + node.node.width / 2, y: node.node.y + node.node.height / 2 };
}

/** A filled, button-sized shape or container that the text sits centred on. */
function isButtonShape(shape: IndexedNode, label: IndexedNode, container: boolean): boolean {
  const { width, height, type, fill } = shape.node;
  if (height < CONTROL_MIN_HEIGHT || height > CONTROL_MAX_HEIGHT || width > CONTROL_MAX_WIDTH) return false;
  if (width < label.node.width || height < label.node.height) return false;
  const isShape = SHAPE_TYPES.indexOf(type) >= 0;
  if (!isShape && type !== 'FRAME' && type !== 'INSTANCE' && type !== 'COMPONENT') return false;
  // A transparent layout frame wraps text all the time; an image is a photo or logo, not a button.
  if (fill === 'none' || fill === 'image') return false;
  // Frames report their paint at this size: unknown paint on a plain frame is a layout wrapper.
  if (type === 'FRAME' && fill === undefined && !container) return false;
  const a = boxCentre(shape);
  const b = boxCentre(label);
  const inside = label.node.x >= shape.node.x - 1 && label.node.x + label.node.width <= shape.node.x + width + 1
    && label.node.y >= shape.node.y - 1 && label.node.y + label.node.height <= shape.node.y + height + 1;
  // Centred both ways: a field's placeholder sits at the left, a button's label in the middle.
  return inside && Math.abs(a.y - b.y) <= height * 0.25 && Math.abs(a.x - b.x) <= Math.max(8, width * 0.12);
}

/** Looks like a button: centred on a filled control-sized parent, or on a shape drawn just behind it. */
export function looksLikeButton(index: SnapshotIndex, label: IndexedNode): boolean {
  if (label.words === 0 || label.words > MAX_CONTROL_WORDS) return false;
  const parents = ancestorsOf(index, label, 2);
  if (parents.some((parent) => parent.node.type !== 'FRAME' && isButtonShape(parent, label, true))) return true;
  if (parents[0] && parents[0].node.type === 'FRAME' && parents[0].node.fill === 'solid' && isButtonShape(parents[0], label, true)) return true;
  // A shape behind the label: an earlier sibling in the same parent.
  for (const sibling of childrenOf(index, label.frame.id, label.node.parentId)) {
    if (sibling.node.id === label.node.id) break;
    if (sibling.words === 0 && isButtonShape(sibling, label, false)) return true;
  }
  return false;
}

/** Looks like a link: short text in a brand colour, or underlined. */
export function looksLikeLink(label: IndexedNode): boolean {
  if (label.words === 0 || label.words > MAX_CONTROL_WORDS) return false;
  return label.node.underline === true || (label.node.fill === 'solid' && label.node.accent === true);
}

/**
 * Clickable: the source of a prototype link (itself or a near parent), drawn as a button or a
 * link, or named like a button (the hint when the file carries no paint).
 */
export function isClickable(lexicon: LexiconMatchers, index: SnapshotIndex, node: IndexedNode): boolean {
  if (index.linkSources.has(node.node.id) || hasRole(lexicon, node, 'button')) return true;
  if (ancestorsOf(index, node, 3).some((ancestor) => index.linkSources.has(ancestor.node.id) || hasRole(lexicon, ancestor, 'button'))) return true;
  return node.node.text !== undefined && (looksLikeButton(index, node) || looksLikeLink(node));
}

/** Vertical centre distance: how far apart two nodes sit on the frame. */
export function verticalGap(a: IndexedNode, b: IndexedNode): number {
  return Math.abs(a.node.y + a.node.height / 2 - (b.node.y + b.node.height / 2));
}

/** On the same row: centres within `tolerance` px vertically. */
export function sameRow(a: IndexedNode, b: IndexedNode, tolerance = 24): boolean {
  return verticalGap(a, b) <= tolerance;
}

/**
 * A table cell under its column header: the cell starts below the header, within `reach` px,
 * and the two overlap horizontally.
 */
export function underHeader(header: IndexedNode, cell: IndexedNode, reach = 480): boolean {
  const below = cell.node.y - (header.node.y + header.node.height);
  if (below < 0 || below > reach) return false;
  return cell.node.x < header.node.x + Math.max(header.node.width, 1) && header.node.x < cell.node.x + Math.max(cell.node.width, 1);
}

export function isTextNode(node: IndexedNode): boolean {
  return node.node.text !== undefined && node.words > 0;
}

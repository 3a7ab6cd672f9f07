/** Structural questions about nodes: what a layer is (by its name), and where it sits. */
import type { RoleName } from '../checklist/lexicon-types';
import { ancestorsOf, type IndexedNode, type SnapshotIndex } from './snapshot-index';
import { lexiconMatchers } from './text/lexicon-matchers';

export function hasRole(node: IndexedNode, role: RoleName): boolean {
  return node.name !== ' ' && lexiconMatchers().roles[role].test(node.name);
}

/** The node itself, or one of its nearest `levels` ancestors, is named as `role`. */
export function roleNearby(index: SnapshotIndex, node: IndexedNode, role: RoleName, levels: number): IndexedNode | null {
  if (hasRole(node, role)) return node;
  return ancestorsOf(index, node, levels).find((ancestor) => hasRole(ancestor, role)) ?? null;
}

/** Clickable: named like a button, or the source of a prototype link (itself or a near parent). */
export function isClickable(index: SnapshotIndex, node: IndexedNode): boolean {
  if (index.linkSources.has(node.node.id) || hasRole(node, 'button')) return true;
  return ancestorsOf(index, node, 3).some((ancestor) => index.linkSources.has(ancestor.node.id) || hasRole(ancestor, 'button'));
}

/** Vertical centre distance: how far apart two nodes sit on the frame. */
export function verticalGap(a: IndexedNode, b: IndexedNode): number {
  return Math.abs(a.node.y + a.node.height / 2 - (b.node.y + b.node.height / 2));
}

export function isTextNode(node: IndexedNode): boolean {
  return node.node.text !== undefined && node.words > 0;
}

/**
 * The live nodes a review lives on, resolved once (the only awaits), and the stored review
 * read from them synchronously. Reading and then writing in one synchronous stretch is what
 * keeps two reviewers' saves from acting on each other's half-read state.
 */
import { readStoredReview } from '../../core/review/read';
import type { StoredNodeData, StoredReview } from '../../core/review/types';
import { readNodeData } from './node-data';

export interface ReviewNodes {
  root: BaseNode;
  /** Screens by id: the scope's plus every frame the document record lists. */
  frames: Map<string, BaseNode>;
}

export async function nodeById(id: string): Promise<BaseNode | null> {
  try {
    const node = await figma.getNodeByIdAsync(id);
    return node && !node.removed ? node : null;
  } catch {
    return null;
  }
}

/** Frames listed by the document record that are not resolved yet. */
function missingFrames(nodes: ReviewNodes, listed: readonly string[], checked: Set<string>): string[] {
  return listed.filter((id) => !nodes.frames.has(id) && !checked.has(id));
}

/** Resolve the root, the scope's screens and the frames the stored review lists. */
export async function resolveReviewNodes(scopeIds: readonly string[]): Promise<ReviewNodes> {
  const nodes: ReviewNodes = { root: figma.root, frames: new Map() };
  const checked = new Set<string>();
  let pending = scopeIds.slice();
  // The document record may gain frames while we resolve (another reviewer's save): look again.
  for (let round = 0; round < 4; round++) {
    for (const id of pending) {
      if (checked.has(id)) continue;
      checked.add(id);
      const node = await nodeById(id);
      if (node && node.type !== 'DOCUMENT' && node.type !== 'PAGE') nodes.frames.set(id, node);
    }
    pending = missingFrames(nodes, readReviewNow(nodes).document?.frameIds ?? [], checked);
    if (pending.length === 0) break;
  }
  return nodes;
}

/** The stored review as it is right now on the resolved nodes (synchronous). */
export function readReviewNow(nodes: ReviewNodes): StoredReview {
  const data: StoredNodeData[] = [readNodeData(nodes.root)];
  nodes.frames.forEach((node) => {
    if (!node.removed) data.push(readNodeData(node));
  });
  return readStoredReview(data);
}

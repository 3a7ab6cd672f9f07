/**
 * Everything stored about the review that touches the given screens: the document record
 * on the root, the screens' records, and the records on screens the review listed before.
 */
import { readStoredReview } from '../../core/review/read';
import type { StoredNodeData, StoredReview } from '../../core/review/types';
import { readNodeData } from './node-data';

export interface LoadedReview {
  stored: StoredReview;
  /** Live nodes by id, for everything that was read. */
  nodes: Map<string, BaseNode>;
}

async function nodeById(id: string): Promise<BaseNode | null> {
  try {
    return await figma.getNodeByIdAsync(id);
  } catch {
    return null;
  }
}

export async function loadReview(screenIds: readonly string[]): Promise<LoadedReview> {
  const nodes = new Map<string, BaseNode>();
  const data: StoredNodeData[] = [];
  const add = (node: BaseNode): void => {
    if (nodes.has(node.id)) return;
    nodes.set(node.id, node);
    data.push(readNodeData(node));
  };
  add(figma.root);
  const first = readStoredReview(data);
  const ids = screenIds.slice();
  for (const id of first.document?.frameIds ?? []) if (ids.indexOf(id) < 0) ids.push(id);
  for (const id of ids) {
    const node = await nodeById(id);
    if (node && node.type !== 'DOCUMENT' && node.type !== 'PAGE') add(node);
  }
  return { stored: readStoredReview(data), nodes };
}

/**
 * Remove everything this plugin stored about the review: item verdicts, frame records, the
 * document's scope and order, relaunch buttons and our annotations. Entries we cannot read
 * are someone's data and stay; annotations written by others stay.
 */
import { ProtocolError } from '../../core/protocol/channel';
import { FRAME_KEY, isItemKey, REVIEW_KEY } from '../../core/review/keys';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';
import { canCarryAnnotations } from '../annotations/carrier';
import { mergeAnnotations } from '../annotations/merge';
import type { OurKey } from '../annotations/marker';
import type { AnnotationInput } from '../annotations/merge';
import { loadReview } from './load-review';
import { isWritable } from './node-data';
import { RELAUNCH_COMMAND } from './relaunch';

export interface ResetOutcome {
  clearedItems: number;
  clearedFrames: number;
  /** Nodes whose annotations could not be cleaned, with the reason. */
  annotationFailures: string[];
}

const NONE: ReadonlyMap<OurKey, AnnotationInput> = new Map();

async function resolve(id: string): Promise<BaseNode | null> {
  try {
    return await figma.getNodeByIdAsync(id);
  } catch {
    return null;
  }
}

export async function resetReview(scopeIds: readonly string[], extraNodeIds: readonly string[]): Promise<ResetOutcome> {
  const { stored, nodes } = await loadReview(scopeIds);
  if (stored.readOnly) {
    const newer = stored.problems.find((p) => p.kind === 'newer-version');
    throw new ProtocolError('read-only', newer ? newer.message : 'This review is read-only.');
  }
  const annotated = new Map<string, BaseNode>();
  const candidates = (stored.document?.annotatedNodeIds ?? []).concat(extraNodeIds);
  for (const id of candidates) {
    if (nodes.has(id) || annotated.has(id)) continue;
    const node = await resolve(id);
    if (node) annotated.set(id, node);
  }
  nodes.forEach((node, id) => annotated.set(id, node));

  // Everything is resolved: the removal itself runs in one synchronous stretch.
  let clearedItems = 0;
  let clearedFrames = 0;
  nodes.forEach((node) => {
    for (const key of node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)) {
      const ours = isItemKey(key) || key === FRAME_KEY || key === REVIEW_KEY;
      if (!ours || !isWritable(node, key)) continue;
      if (node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key) === '') continue;
      node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, '');
      if (isItemKey(key)) clearedItems++;
      else if (key === FRAME_KEY) clearedFrames++;
    }
    if (node.type !== 'DOCUMENT' && node.type !== 'PAGE') clearRelaunch(node);
  });
  const annotationFailures: string[] = [];
  annotated.forEach((node) => {
    if (!canCarryAnnotations(node)) return;
    try {
      const merged = mergeAnnotations(node.annotations, NONE);
      if (merged.changed) node.annotations = merged.next;
    } catch (error) {
      annotationFailures.push(`${node.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { clearedItems, clearedFrames, annotationFailures };
}

function clearRelaunch(node: BaseNode): void {
  try {
    const data = node.getRelaunchData();
    if (data[RELAUNCH_COMMAND] === undefined) return;
    const rest: { [command: string]: string } = {};
    for (const command of Object.keys(data)) if (command !== RELAUNCH_COMMAND) rest[command] = data[command] ?? '';
    node.setRelaunchData(rest);
  } catch {
    // A node that refuses relaunch data never had ours.
  }
}

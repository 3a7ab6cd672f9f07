/**
 * Bring what the plugin derives from the stored review (our annotations, relaunch buttons,
 * the list of nodes carrying ours) in line with the review as stored right now. Lookups
 * happen first; then one synchronous step reads the stored review and writes every node,
 * so the result is a pure function of the stored review whatever another reviewer's save
 * did in between. A reset removes our records in that same step.
 */
import type { ItemId } from '../../core/checklist/types';
import type { ReviewFindings } from '../../core/model/findings';
import { FRAME_KEY, isItemKey, REVIEW_KEY } from '../../core/review/keys';
import { serialiseDocumentRecord } from '../../core/review/serialise';
import type { StoredReview } from '../../core/review/types';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';
import { canCarryAnnotations, carrierFor } from '../annotations/carrier';
import type { CategoryIds } from '../annotations/categories';
import { ensureAreaCategories } from '../annotations/categories';
import type { OurKey } from '../annotations/marker';
import type { AnnotationInput } from '../annotations/merge';
import { mergeAnnotations } from '../annotations/merge';
import { areasNeedingCategories, wantedAnnotations } from '../annotations/wanted';
import type { Placement } from '../annotations/wanted';
import { isWritable } from '../storage/node-data';
import { syncRelaunch } from '../storage/relaunch';
import type { ReviewNodes } from '../storage/review-nodes';
import { nodeById, readReviewNow } from '../storage/review-nodes';

export interface ReconcileOptions {
  findings: ReviewFindings | null;
  /** Nodes that may carry ours besides the ones the stored review names. */
  extraNodeIds?: readonly string[];
  /** Remove our records (items, frames, document) in the same step: the review is reset. */
  reset?: boolean;
}

export interface ReconcileOutcome {
  /** Nodes whose annotations changed. */
  written: number;
  failures: string[];
  clearedItems: number;
  clearedFrames: number;
  /** The stored review the derived state now matches. */
  stored: StoredReview;
}

const NONE: ReadonlyMap<OurKey, AnnotationInput> = new Map();

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One lookup per scan: the findings never change after it, and a removed carrier is noticed where it is used. */
const carriersByFindings = new WeakMap<ReviewFindings, Map<ItemId, SceneNode>>();

/** The carrier of each item's first evidence, as the findings place it. */
async function evidenceCarriers(findings: ReviewFindings | null): Promise<Map<ItemId, SceneNode>> {
  if (!findings) return new Map();
  const cached = carriersByFindings.get(findings);
  if (cached) return cached;
  const out = new Map<ItemId, SceneNode>();
  for (const finding of findings.items) {
    const nodeId = finding.evidence[0]?.nodeId;
    if (nodeId === undefined) continue;
    const carrier = await carrierFor(nodeId);
    if (carrier) out.set(finding.itemId, carrier);
  }
  carriersByFindings.set(findings, out);
  return out;
}

/** The nearest node at or above `node` that can carry annotations (synchronous: parents are loaded). */
export function carrierAbove(node: BaseNode | undefined): BaseNode | null {
  let current: BaseNode | null = node ?? null;
  while (current && current.type !== 'PAGE' && current.type !== 'DOCUMENT') {
    if (canCarryAnnotations(current)) return current;
    current = current.parent;
  }
  return null;
}

export function placementFor(nodes: ReviewNodes, carriers: ReadonlyMap<ItemId, BaseNode>, categoryIds: CategoryIds): Placement {
  return {
    noteCarrier(itemId, holderId) {
      const carrier = carriers.get(itemId);
      if (carrier && !carrier.removed) return carrier.id;
      return carrierAbove(nodes.frames.get(holderId))?.id ?? null;
    },
    categoryIds,
  };
}

export async function reconcileReview(nodes: ReviewNodes, options: ReconcileOptions): Promise<ReconcileOutcome> {
  const failures: string[] = [];
  const carriers = await evidenceCarriers(options.findings);
  let categories: CategoryIds = {};
  if (!options.reset) {
    try {
      categories = await ensureAreaCategories(areasNeedingCategories(readReviewNow(nodes)), nodes);
    } catch (error) {
      failures.push(`annotation categories: ${message(error)}`);
    }
  }
  const extra = new Map<string, BaseNode>();
  const tried = new Set<string>();
  const known = (id: string): boolean => nodes.frames.has(id) || extra.has(id) || tried.has(id);
  for (const id of options.extraNodeIds ?? []) {
    if (known(id)) continue;
    tried.add(id);
    const node = await nodeById(id);
    if (node) extra.set(id, node);
  }
  // Resolve whatever the stored review names that is not resolved yet, then apply in one step.
  for (let round = 0; ; round++) {
    const stored = readReviewNow(nodes);
    const frames = (stored.document?.frameIds ?? []).filter((id) => !known(id));
    const annotated = (stored.document?.annotatedNodeIds ?? []).filter((id) => !known(id));
    if (round >= 3 || frames.length + annotated.length === 0) {
      return applyNow(nodes, carriers, extra, categories, options.reset === true, failures);
    }
    for (const id of frames) {
      tried.add(id);
      const node = await nodeById(id);
      if (node && node.type !== 'DOCUMENT' && node.type !== 'PAGE') nodes.frames.set(id, node);
    }
    for (const id of annotated) {
      if (known(id)) continue;
      tried.add(id);
      const node = await nodeById(id);
      if (node) extra.set(id, node);
    }
  }
}

function removeRecords(nodes: ReviewNodes): { items: number; frames: number } {
  let items = 0;
  let frames = 0;
  const clear = (node: BaseNode): void => {
    if (node.removed) return;
    for (const key of node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)) {
      const ours = isItemKey(key) || key === FRAME_KEY || key === REVIEW_KEY;
      // An entry we cannot read is someone's data: it stays.
      if (!ours || !isWritable(node, key) || node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key) === '') continue;
      node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, '');
      if (isItemKey(key)) items++;
      else if (key === FRAME_KEY) frames++;
    }
  };
  nodes.frames.forEach(clear);
  clear(nodes.root);
  return { items, frames };
}

/** Synchronous from the read to the last write. */
function applyNow(
  nodes: ReviewNodes,
  carriers: ReadonlyMap<ItemId, BaseNode>,
  extra: ReadonlyMap<string, BaseNode>,
  ensured: CategoryIds,
  reset: boolean,
  failures: string[],
): ReconcileOutcome {
  const cleared = reset ? removeRecords(nodes) : { items: 0, frames: 0 };
  const stored = readReviewNow(nodes);
  // Ids stored in the record are the ones every reviewer uses.
  const categoryIds: CategoryIds = { ...ensured, ...(stored.document?.annotationCategoryIds ?? {}) };
  const wanted = wantedAnnotations(stored, placementFor(nodes, carriers, categoryIds));

  const visit = new Map<string, BaseNode>();
  nodes.frames.forEach((node, id) => visit.set(id, node));
  carriers.forEach((node) => {
    if (!node.removed) visit.set(node.id, node);
  });
  extra.forEach((node, id) => visit.set(id, node));

  let written = 0;
  const carrying: string[] = [];
  visit.forEach((node, id) => {
    if (node.removed || !canCarryAnnotations(node)) return;
    const forNode = wanted.get(id) ?? NONE;
    try {
      const merged = mergeAnnotations(node.annotations, forNode);
      if (merged.changed) {
        node.annotations = merged.next;
        written++;
      }
      if (forNode.size > 0) carrying.push(id);
    } catch (error) {
      failures.push(`${node.name}: ${message(error)}`);
      // Ours may still be there: keep the node listed so a later save cleans it up.
      carrying.push(id);
    }
  });
  nodes.frames.forEach((node, id) => syncRelaunch(node, stored, id));
  rememberAnnotated(nodes, stored, visit, carrying);
  return { written, failures, clearedItems: cleared.items, clearedFrames: cleared.frames, stored };
}

function rememberAnnotated(nodes: ReviewNodes, stored: StoredReview, visited: ReadonlyMap<string, BaseNode>, carrying: string[]): void {
  const document = stored.document;
  if (!document) return;
  const next = (document.annotatedNodeIds ?? []).filter((id) => !visited.has(id) && carrying.indexOf(id) < 0).concat(carrying);
  if (JSON.stringify(next) === JSON.stringify(document.annotatedNodeIds ?? [])) return;
  try {
    if (isWritable(nodes.root, REVIEW_KEY)) {
      nodes.root.setSharedPluginData(PLUGIN_DATA_NAMESPACE, REVIEW_KEY, serialiseDocumentRecord({ ...document, annotatedNodeIds: next }));
    }
  } catch {
    // Dev Mode may refuse plugin data writes; the next save finds ours by their signature on the same nodes.
  }
}

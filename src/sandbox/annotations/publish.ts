/**
 * Bring the annotations in the file in line with the stored review: a summary on each
 * reviewed frame, a note for each needs-work item on its evidence (or its frame), and none
 * of ours left where they no longer apply. Failures are collected, never thrown: the
 * review in plugin data is the source of truth and stays saved.
 */
import type { ItemId } from '../../core/checklist/types';
import { ITEM_IDS } from '../../core/checklist/types';
import { getItem } from '../../core/checklist';
import type { ReviewFindings } from '../../core/model/findings';
import type { AnnotationOutcome } from '../../core/protocol/messages';
import type { StoredReview } from '../../core/review/types';
import { canCarryAnnotations, carrierFor } from './carrier';
import { ensureAreaCategories } from './categories';
import { itemAnnotation, summaryAnnotation } from './content';
import type { OurKey } from './marker';
import { keyOfItem } from './marker';
import type { AnnotationInput } from './merge';
import { mergeAnnotations } from './merge';
import { reviewedCount } from '../storage/relaunch';

export interface PublishInput {
  stored: StoredReview;
  findings: ReviewFindings | null;
  /** Frames that get a summary. */
  reviewedFrameIds: readonly string[];
  /** Nodes that carried our annotations after the last publish (to clean up). */
  previousNodeIds: readonly string[];
}

export interface PublishOutcome {
  /** Nodes whose annotations changed. */
  written: number;
  /** Nodes that carry (or may still carry) our annotations now. */
  nodeIds: string[];
  outcome: AnnotationOutcome;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function publishAnnotations(input: PublishInput): Promise<PublishOutcome> {
  const failures: string[] = [];
  let categories: Record<string, string> | null = null;
  try {
    categories = await ensureAreaCategories();
  } catch (error) {
    failures.push(`annotation categories: ${message(error)}`);
  }

  const wanted = new Map<string, Map<OurKey, AnnotationInput>>();
  const want = (nodeId: string, key: OurKey, annotation: AnnotationInput): void => {
    const forNode = wanted.get(nodeId) ?? new Map<OurKey, AnnotationInput>();
    forNode.set(key, annotation);
    wanted.set(nodeId, forNode);
  };

  if (reviewedCount(input.stored) > 0) {
    const summary = summaryAnnotation(input.stored);
    for (const frameId of input.reviewedFrameIds) want(frameId, 'summary', summary);
  }
  for (const itemId of ITEM_IDS as readonly ItemId[]) {
    const verdict = input.stored.verdicts[itemId];
    if (!verdict || verdict.record.status !== 'needs-work') continue;
    const evidenceId = input.findings?.items.find((f) => f.itemId === itemId)?.evidence[0]?.nodeId;
    const carrier = (evidenceId !== undefined ? await carrierFor(evidenceId) : null) ?? (await carrierFor(verdict.holderId));
    if (!carrier) continue;
    want(carrier.id, keyOfItem(itemId), itemAnnotation(verdict.record, categories?.[getItem(itemId).area]));
  }

  const visit: string[] = [];
  wanted.forEach((_, id) => visit.push(id));
  for (const id of input.previousNodeIds) if (visit.indexOf(id) < 0) visit.push(id);

  let written = 0;
  const nodeIds: string[] = [];
  for (const id of visit) {
    const forNode = wanted.get(id) ?? new Map<OurKey, AnnotationInput>();
    let node: BaseNode | null;
    try {
      node = await figma.getNodeByIdAsync(id);
    } catch {
      node = null;
    }
    if (!node || !canCarryAnnotations(node)) continue;
    try {
      const merged = mergeAnnotations(node.annotations, forNode);
      if (merged.changed) {
        node.annotations = merged.next;
        written++;
      }
      if (forNode.size > 0) nodeIds.push(id);
    } catch (error) {
      failures.push(`${node.name}: ${message(error)}`);
      // Ours may still be there: keep the node listed so a later publish cleans it up.
      nodeIds.push(id);
    }
  }
  const outcome: AnnotationOutcome = failures.length
    ? { ok: false, message: `Annotations were not fully written (the review itself is saved): ${failures.slice(0, 3).join('; ')}` }
    : { ok: true };
  return { written, nodeIds, outcome };
}

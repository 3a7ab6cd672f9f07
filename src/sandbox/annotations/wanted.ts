/**
 * Our annotations as a pure function of the stored review: a summary on each frame with
 * its own review record (when anything is reviewed) and a note for each needs-work item
 * on the node that shows it. Whatever order saves ran in, the file ends up with exactly this.
 */
import { getItem } from '../../core/checklist';
import type { AreaId, ItemId } from '../../core/checklist/types';
import { ITEM_IDS } from '../../core/checklist/types';
import type { StoredReview } from '../../core/review/types';
import { reviewedCount } from '../storage/relaunch';
import { itemAnnotation, summaryAnnotation } from './content';
import type { OurKey } from './marker';
import { keyOfItem } from './marker';
import type { AnnotationInput } from './merge';

export interface Placement {
  /** Node that carries the note of an item: its evidence's carrier, else its holder frame's. */
  noteCarrier(itemId: ItemId, holderId: string): string | null;
  /** Our category per area (missing: the note goes without one). */
  categoryIds: Partial<Record<AreaId, string>>;
}

export type WantedAnnotations = Map<string, Map<OurKey, AnnotationInput>>;

export function wantedAnnotations(stored: StoredReview, placement: Placement): WantedAnnotations {
  const wanted: WantedAnnotations = new Map();
  const want = (nodeId: string, key: OurKey, annotation: AnnotationInput): void => {
    const forNode = wanted.get(nodeId) ?? new Map<OurKey, AnnotationInput>();
    forNode.set(key, annotation);
    wanted.set(nodeId, forNode);
  };
  if (reviewedCount(stored) > 0) {
    const summary = summaryAnnotation(stored);
    for (const frameId of Object.keys(stored.frames).sort()) {
      const frame = stored.frames[frameId];
      if (frame && !frame.copied) want(frameId, 'summary', summary);
    }
  }
  for (const itemId of ITEM_IDS as readonly ItemId[]) {
    const verdict = stored.verdicts[itemId];
    if (!verdict || verdict.record.status !== 'needs-work') continue;
    const carrier = placement.noteCarrier(itemId, verdict.holderId);
    if (carrier === null) continue;
    want(carrier, keyOfItem(itemId), itemAnnotation(verdict.record, placement.categoryIds[getItem(itemId).area]));
  }
  return wanted;
}

/** Areas that need a category: those with a needs-work note. */
export function areasNeedingCategories(stored: StoredReview): AreaId[] {
  const areas: AreaId[] = [];
  for (const itemId of ITEM_IDS as readonly ItemId[]) {
    const verdict = stored.verdicts[itemId];
    if (!verdict || verdict.record.status !== 'needs-work') continue;
    const area = getItem(itemId).area;
    if (areas.indexOf(area) < 0) areas.push(area);
  }
  return areas;
}

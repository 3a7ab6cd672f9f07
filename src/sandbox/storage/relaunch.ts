import { ITEM_IDS } from '../../core/checklist/types';
import type { StoredReview } from '../../core/review/types';

export const RELAUNCH_COMMAND = 'open-review';

export function reviewedCount(stored: StoredReview): number {
  let count = 0;
  for (const id of ITEM_IDS) {
    const verdict = stored.verdicts[id];
    if (verdict && verdict.record.status !== 'unreviewed') count++;
  }
  return count;
}

/** The relaunch button on a reviewed frame reopens the plugin on its review. */
export function setReviewRelaunch(node: BaseNode, stored: StoredReview): void {
  node.setRelaunchData({ [RELAUNCH_COMMAND]: `${reviewedCount(stored)} of ${ITEM_IDS.length} reviewed` });
}

export function clearReviewRelaunch(node: BaseNode): void {
  node.setRelaunchData({});
}

/** What the document's stored review holds, for the start screen ("Resume: 12 of 29 reviewed"). */
import { ITEM_IDS } from '../../core/checklist/types';
import type { ExistingReviewSummary } from '../../core/protocol/messages';
import { loadReview } from './load-review';

export async function existingReviewSummary(): Promise<ExistingReviewSummary | null> {
  try {
    // Only the frames the document record lists: no traversal, a handful of lookups.
    const { stored } = await loadReview([]);
    if (!stored.document) return null;
    let reviewed = 0;
    let needsWork = 0;
    for (const itemId of ITEM_IDS) {
      const status = stored.verdicts[itemId]?.record.status;
      if (status === undefined || status === 'unreviewed') continue;
      reviewed++;
      if (status === 'needs-work') needsWork++;
    }
    return { reviewed, needsWork, total: ITEM_IDS.length };
  } catch {
    // The start screen works without it.
    return null;
  }
}

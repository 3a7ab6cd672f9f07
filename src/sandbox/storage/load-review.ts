/**
 * Everything stored about the review that touches the given screens: the document record
 * on the root, the screens' records, and the records on screens the review listed before.
 */
import type { StoredReview } from '../../core/review/types';
import type { ReviewNodes } from './review-nodes';
import { readReviewNow, resolveReviewNodes } from './review-nodes';

export interface LoadedReview {
  stored: StoredReview;
  nodes: ReviewNodes;
}

export async function loadReview(screenIds: readonly string[]): Promise<LoadedReview> {
  const nodes = await resolveReviewNodes(screenIds);
  return { stored: readReviewNow(nodes), nodes };
}

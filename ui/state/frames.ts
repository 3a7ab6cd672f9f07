import type { FrameReviewState, ScanResult } from '../../src/core/protocol/messages';
import type { ItemFinding } from '../../src/core/model/findings';
import type { LocalVerdict } from './store';

export function frameName(review: ScanResult | null, frameId: string): string {
  const frame = review?.frames.find((f) => f.id === frameId) ?? review?.scope.frames.find((f) => f.id === frameId);
  return frame?.name ?? frameId;
}

/** Frames whose content changed after the item was judged: the verdict may be out of date. */
export function changedFramesFor(
  finding: ItemFinding | undefined,
  verdict: LocalVerdict,
  frameStates: readonly FrameReviewState[],
): string[] {
  if (verdict.status === 'unreviewed') return [];
  const related = new Set<string>();
  for (const e of finding?.evidence ?? []) related.add(e.frameId);
  if (verdict.frameId) related.add(verdict.frameId);
  return frameStates.filter((f) => f.changedSinceReview && related.has(f.frameId)).map((f) => f.frameId);
}

import type { FrameReviewState, ScanResult } from '../../src/core/protocol/messages';
import type { ItemFinding } from '../../src/core/model/findings';
import type { LocalVerdict } from './verdicts';

export function frameName(review: ScanResult | null, frameId: string): string {
  const frame = review?.frames.find((f) => f.id === frameId) ?? review?.scope.frames.find((f) => f.id === frameId);
  return frame?.name ?? frameId;
}

/** The frames an item's verdict rests on: where its evidence is, and where it is stored. */
export function relatedFrames(finding: ItemFinding | undefined, verdict: LocalVerdict): string[] {
  const related = new Set<string>();
  for (const e of finding?.evidence ?? []) related.add(e.frameId);
  if (verdict.frameId) related.add(verdict.frameId);
  return [...related];
}

/**
 * Frames whose content changed after the item was judged: the verdict may be out of date.
 * `acknowledged` are changed frames the reviewer has judged the item against since.
 */
export function changedFramesFor(
  finding: ItemFinding | undefined,
  verdict: LocalVerdict,
  frameStates: readonly FrameReviewState[],
  acknowledged: readonly string[] = [],
): string[] {
  if (verdict.status === 'unreviewed') return [];
  const related = new Set(relatedFrames(finding, verdict));
  const seen = new Set(acknowledged);
  return frameStates.filter((f) => f.changedSinceReview && related.has(f.frameId) && !seen.has(f.frameId)).map((f) => f.frameId);
}

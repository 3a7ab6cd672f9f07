/**
 * Fingerprints of the scanned frames that carry their own review record (only those are
 * compared, to flag edits since review), one frame at a time so a scan of many reviewed
 * frames does not hash them all in one synchronous stretch.
 */
import type { Snapshot } from '../../core/model/snapshot';
import { fingerprintFrame } from '../../core/review/fingerprint';
import type { StoredReview } from '../../core/review/types';
import type { Slicer } from './slicer';

export async function fingerprintReviewedFrames(snapshot: Snapshot, stored: StoredReview, slicer: Slicer): Promise<Map<string, string>> {
  const fingerprints = new Map<string, string>();
  for (const frame of snapshot.frames) {
    const record = stored.frames[frame.id];
    if (!record || record.copied) continue;
    if (slicer.due()) await slicer.yieldNow();
    fingerprints.set(frame.id, fingerprintFrame(frame));
  }
  return fingerprints;
}

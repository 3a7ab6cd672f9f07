/**
 * Fingerprints of the scanned frames that carry their own review record (only those are
 * compared, to flag edits since review), one frame at a time so a scan of many reviewed
 * frames does not hash them all in one synchronous stretch.
 */
import type { StoredReview } from '../../core/review/types';
import type { ScanContext } from '../session/session';
import { fingerprintOf } from '../session/session';
import type { Slicer } from './slicer';

/** Fills `context.fingerprints` for the frames that carry their own review record. */
export async function fingerprintReviewedFrames(context: ScanContext, stored: StoredReview, slicer: Slicer): Promise<void> {
  for (const frame of context.snapshot.frames) {
    const record = stored.frames[frame.id];
    if (!record || record.copied) continue;
    if (slicer.due()) await slicer.yieldNow();
    fingerprintOf(context, frame);
  }
}

/** Writing frame and document records as part of a save. */
import { FRAME_KEY, REVIEW_KEY } from '../../core/review/keys';
import { serialiseDocumentRecord, serialiseFrameRecord } from '../../core/review/serialise';
import type { DocumentRecord, FrameRecord, StoredReview } from '../../core/review/types';
import { RECORD_VERSION } from '../../core/review/types';
import { isWritable, writeEntry } from './node-data';

export function newReviewId(now: Date): string {
  return `r${now.getTime().toString(36)}${Math.floor(Math.random() * 0x100000).toString(36)}`;
}

/** Record how the frame looked in the scan it was just reviewed in. */
export function writeFrameRecord(node: BaseNode, fingerprint: string, reviewId: string, by: string | null, at: string): void {
  const record: FrameRecord = {
    schemaVersion: RECORD_VERSION,
    reviewId,
    frameId: node.id,
    fingerprint,
    reviewedAt: at,
    reviewedBy: by,
  };
  writeEntry(node, FRAME_KEY, serialiseFrameRecord(record));
}

/** Frames in scope join the review once; their fingerprint is only refreshed when one of their items is saved. */
export function hasOwnFrameRecord(stored: StoredReview, nodeId: string): boolean {
  const frame = stored.frames[nodeId];
  return frame !== undefined && !frame.copied;
}

export function writeDocumentRecord(root: BaseNode, record: DocumentRecord): boolean {
  if (!isWritable(root, REVIEW_KEY)) return false;
  writeEntry(root, REVIEW_KEY, serialiseDocumentRecord(record));
  return true;
}

export function documentRecord(
  previous: DocumentRecord | null,
  fields: { reviewId: string; frameIds: string[]; startFrameId: string | null; connectFrameId: string | null; at: string; by: string | null },
): DocumentRecord {
  const record: DocumentRecord = {
    schemaVersion: RECORD_VERSION,
    reviewId: fields.reviewId,
    frameIds: fields.frameIds,
    startFrameId: fields.startFrameId,
    connectFrameId: fields.connectFrameId,
    updatedAt: fields.at,
    updatedBy: fields.by,
  };
  if (previous?.annotatedNodeIds) record.annotatedNodeIds = previous.annotatedNodeIds.slice();
  if (previous?.annotationCategoryIds) record.annotationCategoryIds = { ...previous.annotationCategoryIds };
  return record;
}

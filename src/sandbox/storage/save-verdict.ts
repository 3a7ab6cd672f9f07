/**
 * Store one verdict: the item's record on its anchor frame (the same item's records on
 * other frames go), the frame's record with its fingerprint, and the document's scope and
 * flow order. `unreviewed` clears the verdict instead; clearing the last one removes the
 * frame and document records too, so nothing claims a review that no longer exists.
 *
 * All or nothing: every entry the save would replace is checked (readable, not newer, the
 * new text within the entry limit) before anything is written, and the checks and the
 * writes run in one synchronous stretch on freshly read data, so a save that raced another
 * reviewer's never builds on a stale read.
 */
import type { ItemId } from '../../core/checklist/types';
import type { SnapshotFrame } from '../../core/model/snapshot';
import { ProtocolError } from '../../core/protocol/channel';
import { FRAME_KEY, itemKey, REVIEW_KEY } from '../../core/review/keys';
import { nextItemRecord, RecordTooLargeError, serialiseDocumentRecord, serialiseFrameRecord, serialiseItemRecord } from '../../core/review/serialise';
import type { DocumentRecord, FrameRecord, ItemRecord, ItemStatus, StoredReview } from '../../core/review/types';
import { PLUGIN_DATA_NAMESPACE, RECORD_VERSION } from '../../core/review/types';
import type { ScanContext } from '../session/session';
import { fingerprintOf } from '../session/session';
import { chooseAnchor } from './anchor';
import { upgradeLegacyEntry } from './legacy';
import { assertWritable, isWritable } from './node-data';
import { documentRecord, hasOwnFrameRecord, newReviewId } from './records';
import type { ReviewNodes } from './review-nodes';
import { readReviewNow, resolveReviewNodes } from './review-nodes';

export interface VerdictInput {
  itemId: ItemId;
  status: ItemStatus;
  note: string;
}

export interface SavedVerdict {
  /** The new record; null when the verdict was cleared. */
  record: ItemRecord | null;
  anchorId: string;
  at: string;
  /** The review as stored right after the save. */
  stored: StoredReview;
  nodes: ReviewNodes;
  /** Nodes that carried our annotations before the save (a cleared review must still clean them). */
  annotatedBefore: string[];
}

function readOnlyMessage(stored: StoredReview): string {
  const newer = stored.problems.find((p) => p.kind === 'newer-version');
  return newer ? newer.message : 'This review is read-only.';
}

function sized<T>(serialise: (record: T) => string, record: T): string {
  try {
    return serialise(record);
  } catch (error) {
    if (error instanceof RecordTooLargeError) throw new ProtocolError('storage-failed', `${error.message} Nothing was saved.`);
    throw error;
  }
}

export async function saveVerdict(context: ScanContext, input: VerdictInput, by: string | null, now: Date): Promise<SavedVerdict> {
  const nodes = await resolveReviewNodes(context.order);
  return commitVerdict(nodes, context, input, by, now);
}

interface Write {
  node: BaseNode;
  key: string;
  value: string;
}

/** Check, then write: synchronous from the fresh read to the last write. */
export function commitVerdict(nodes: ReviewNodes, context: ScanContext, input: VerdictInput, by: string | null, now: Date): SavedVerdict {
  const at = now.toISOString();
  const stored = readReviewNow(nodes);
  if (stored.readOnly) throw new ProtocolError('read-only', readOnlyMessage(stored));

  const anchorId = chooseAnchor(input.itemId, context.findings, context.order);
  if (anchorId === null) throw new ProtocolError('not-found', 'There is no frame in the review to store this verdict on.');
  const anchor = nodes.frames.get(anchorId);
  if (!anchor || anchor.removed) throw new ProtocolError('not-found', 'The frame for this verdict no longer exists; scan again.');
  const anchorFrame = context.snapshot.frames.find((f) => f.id === anchorId);
  if (!anchorFrame) throw new ProtocolError('not-found', 'The frame for this verdict is not in the last scan; scan again.');

  const key = itemKey(input.itemId);
  const root = nodes.root;
  const clearing = input.status === 'unreviewed';
  const writes: Write[] = [];
  const removals: Write[] = [];

  // Checks: the entries this save would replace must be ours and readable.
  assertWritable(anchor, key);
  // Clearing writes no frame record (and removes only the readable ones).
  if (!clearing) assertWritable(anchor, FRAME_KEY);
  assertWritable(root, REVIEW_KEY);

  let record: ItemRecord | null = null;
  if (!clearing) {
    const previous = stored.verdicts[input.itemId]?.record ?? null;
    record = nextItemRecord(previous, { itemId: input.itemId, frameId: anchorId, status: input.status, note: input.note, by, at }, RECORD_VERSION);
    writes.push({ node: anchor, key, value: sized(serialiseItemRecord, record) });
  }

  const remaining = Object.keys(stored.verdicts).filter((id) => id !== input.itemId).length;
  const emptied = clearing && remaining === 0;
  const reviewId = stored.document?.reviewId ?? newReviewId(now);
  if (emptied) {
    nodes.frames.forEach((node, id) => {
      if (hasOwnFrameRecord(stored, id) && isWritable(node, FRAME_KEY)) removals.push({ node, key: FRAME_KEY, value: '' });
    });
    if (stored.document) removals.push({ node: root, key: REVIEW_KEY, value: '' });
  } else {
    if (!clearing) {
      writes.push({ node: anchor, key: FRAME_KEY, value: sized(serialiseFrameRecord, frameRecord(anchorId, currentFingerprint(context, anchorFrame), reviewId, by, at)) });
      for (const id of context.order) {
        const node = nodes.frames.get(id);
        const frame = context.snapshot.frames.find((f) => f.id === id);
        // Frames in scope join the review once; an unreadable frame entry stays as it is.
        if (!node || !frame || id === anchorId || hasOwnFrameRecord(stored, id) || !isWritable(node, FRAME_KEY)) continue;
        writes.push({ node, key: FRAME_KEY, value: sized(serialiseFrameRecord, frameRecord(id, currentFingerprint(context, frame), reviewId, by, at)) });
      }
    }
    const document: DocumentRecord = documentRecord(stored.document, {
      reviewId,
      frameIds: mergedScope(context.order, stored.document),
      startFrameId: context.findings.flow.startFrameId,
      connectFrameId: context.findings.flow.connectFrameId,
      at,
      by,
    });
    writes.push({ node: root, key: REVIEW_KEY, value: sized(serialiseDocumentRecord, document) });
  }

  // All checks passed: write. A version 1 entry becomes per-item records first, so the
  // item's own records on other frames (found next) include the ones it held.
  for (const id of context.order) {
    const node = nodes.frames.get(id);
    if (node) upgradeLegacyEntry(node);
  }
  // The item's own records on other frames go (a copy on a duplicate waits for resolve-copy).
  nodes.frames.forEach((node, id) => {
    if (!clearing && id === anchorId) return;
    if (ownItemRecordOn(node, key) && isWritable(node, key)) removals.unshift({ node, key, value: '' });
  });
  for (const write of removals.concat(writes)) {
    try {
      write.node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, write.key, write.value);
    } catch (error) {
      throw new ProtocolError('storage-failed', `Could not save the review: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { record, anchorId, at, stored: readReviewNow(nodes), nodes, annotatedBefore: (stored.document?.annotatedNodeIds ?? []).slice() };
}

/** How the frame looks now: read again after an edit seen while the panel was open, else as scanned. */
function currentFingerprint(context: ScanContext, frame: SnapshotFrame): string {
  return context.live?.get(frame.id) ?? fingerprintOf(context, frame);
}

function frameRecord(frameId: string, fingerprint: string, reviewId: string, by: string | null, at: string): FrameRecord {
  return { schemaVersion: RECORD_VERSION, reviewId, frameId, fingerprint, reviewedAt: at, reviewedBy: by };
}

/** The scope of this scan, then frames another reviewer's scope added (kept, not dropped). */
function mergedScope(order: readonly string[], previous: DocumentRecord | null): string[] {
  const ids = order.slice();
  for (const id of previous?.frameIds ?? []) if (ids.indexOf(id) < 0) ids.push(id);
  return ids;
}

function ownItemRecordOn(node: BaseNode, key: string): boolean {
  const raw = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
  if (raw === '') return false;
  try {
    const value = JSON.parse(raw) as { frameId?: unknown };
    return value !== null && typeof value === 'object' && value.frameId === node.id;
  } catch {
    return false;
  }
}

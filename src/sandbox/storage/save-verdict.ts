/**
 * Store one verdict: the item's record on its anchor frame (the same item's records on
 * other frames in scope go), the frame's record with its fingerprint, and the document's
 * scope and flow order. Refuses (and writes nothing) when the review is read-only or an
 * entry it would replace cannot be read.
 */
import type { ItemId } from '../../core/checklist/types';
import { ProtocolError } from '../../core/protocol/channel';
import { itemKey } from '../../core/review/keys';
import { parseEntry } from '../../core/review/parse-entry';
import { nextItemRecord, RecordTooLargeError, serialiseItemRecord } from '../../core/review/serialise';
import type { ItemRecord, ItemStatus, StoredReview } from '../../core/review/types';
import { PLUGIN_DATA_NAMESPACE, RECORD_VERSION } from '../../core/review/types';
import type { ScanContext } from '../session/session';
import { fingerprintOf } from '../session/session';
import { chooseAnchor } from './anchor';
import { upgradeLegacyEntry } from './legacy';
import { loadReview } from './load-review';
import { assertWritable, removeEntry, writeEntry } from './node-data';
import { documentRecord, hasOwnFrameRecord, newReviewId, writeDocumentRecord, writeFrameRecord } from './records';

export interface VerdictInput {
  itemId: ItemId;
  status: ItemStatus;
  note: string;
}

export interface SavedVerdict {
  record: ItemRecord;
  anchorId: string;
  /** The review as stored after the save. */
  stored: StoredReview;
  nodes: Map<string, BaseNode>;
}

function readOnlyMessage(stored: StoredReview): string {
  const newer = stored.problems.find((p) => p.kind === 'newer-version');
  return newer ? newer.message : 'This review is read-only.';
}

export async function saveVerdict(context: ScanContext, input: VerdictInput, by: string | null, now: Date): Promise<SavedVerdict> {
  const at = now.toISOString();
  const { stored, nodes } = await loadReview(context.order);
  if (stored.readOnly) throw new ProtocolError('read-only', readOnlyMessage(stored));

  const anchorId = chooseAnchor(input.itemId, context.findings, context.order);
  if (anchorId === null) throw new ProtocolError('not-found', 'There is no frame in the review to store this verdict on.');
  const anchor = nodes.get(anchorId) ?? (await figma.getNodeByIdAsync(anchorId));
  if (!anchor) throw new ProtocolError('not-found', 'The frame for this verdict no longer exists; scan again.');
  const anchorFrame = context.snapshot.frames.find((f) => f.id === anchorId);
  if (!anchorFrame) throw new ProtocolError('not-found', 'The frame for this verdict is not in the last scan; scan again.');

  const key = itemKey(input.itemId);
  assertWritable(anchor, key);
  const previous = stored.verdicts[input.itemId]?.record ?? null;
  const record = nextItemRecord(
    previous,
    { itemId: input.itemId, frameId: anchorId, status: input.status, note: input.note, by, at },
    RECORD_VERSION,
  );
  let serialised: string;
  try {
    serialised = serialiseItemRecord(record);
  } catch (error) {
    if (error instanceof RecordTooLargeError) throw new ProtocolError('storage-failed', error.message);
    throw error;
  }

  const root = figma.root;
  const reviewId = stored.document?.reviewId ?? newReviewId(now);
  const scopeNodes: BaseNode[] = [];
  for (const id of context.order) {
    const node = nodes.get(id);
    if (node) scopeNodes.push(node);
  }

  // All checks passed: write.
  for (const node of scopeNodes) upgradeLegacyEntry(node);
  writeEntry(anchor, key, serialised);
  for (const node of scopeNodes) {
    if (node.id === anchorId) continue;
    const raw = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
    if (raw === '') continue;
    const outcome = parseEntry(node.id, key, raw);
    // Only the frame's own record moves; a copy on a duplicate waits for resolve-copy.
    if (outcome.ok && outcome.records.some((r) => r.kind === 'item' && r.record.frameId === node.id)) removeEntry(node, key);
  }
  writeFrameRecord(anchor, fingerprintOf(context, anchorFrame), reviewId, by, at);
  for (const node of scopeNodes) {
    if (node.id === anchorId || hasOwnFrameRecord(stored, node.id)) continue;
    const frame = context.snapshot.frames.find((f) => f.id === node.id);
    if (frame) {
      try {
        writeFrameRecord(node, fingerprintOf(context, frame), reviewId, by, at);
      } catch {
        // An unreadable frame entry stays as it is; the verdict itself is saved.
      }
    }
  }
  writeDocumentRecord(
    root,
    documentRecord(stored.document, {
      reviewId,
      frameIds: context.order.slice(),
      startFrameId: context.findings.flow.startFrameId,
      connectFrameId: context.findings.flow.connectFrameId,
      at,
      by,
    }),
  );
  const after = await loadReview(context.order);
  return { record, anchorId, stored: after.stored, nodes: after.nodes };
}

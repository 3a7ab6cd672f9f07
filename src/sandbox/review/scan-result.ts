/** The scan's answer to the panel: findings plus the stored review, as plain data. */
import { ITEM_IDS } from '../../core/checklist/types';
import type { FrameInfo, FrameReviewState, ItemVerdictDTO, ScanResult } from '../../core/protocol/messages';
import { changedSince } from '../../core/review/fingerprint';
import type { StoredReview } from '../../core/review/types';
import type { ScanContext } from '../session/session';
import { fingerprintOf } from '../session/session';
import { selectionInfo } from '../scan/scope';
import { readFileLink } from '../storage/file-link';

export function verdictsOf(stored: StoredReview): ItemVerdictDTO[] {
  return ITEM_IDS.map((itemId) => {
    const verdict = stored.verdicts[itemId];
    if (!verdict) return { itemId, status: 'unreviewed', note: '', by: null, at: null, frameId: null };
    const { record } = verdict;
    return { itemId, status: record.status, note: record.note, by: record.by, at: record.at, frameId: verdict.holderId };
  });
}

export function frameStatesOf(context: ScanContext, stored: StoredReview): FrameReviewState[] {
  return context.order.map((frameId) => {
    const frame = context.snapshot.frames.find((f) => f.id === frameId);
    const record = stored.frames[frameId];
    const copiedItem = stored.copiedVerdicts.find((v) => v.holderId === frameId);
    const own = record && !record.copied ? record : null;
    return {
      frameId,
      changedSinceReview: own !== null && frame !== undefined && changedSince(own.record.fingerprint, context.live?.get(frameId) ?? fingerprintOf(context, frame)),
      reviewedAt: own ? own.record.reviewedAt : null,
      copiedFrom: record && record.copied ? record.record.frameId : copiedItem ? copiedItem.record.frameId : null,
    };
  });
}

/** Verdicts that show up in annotations (every reviewed item counts in the frames' summaries). */
export function publishableCount(stored: StoredReview): number {
  let count = 0;
  for (const itemId of ITEM_IDS) {
    const verdict = stored.verdicts[itemId];
    if (verdict && verdict.record.status !== 'unreviewed') count++;
  }
  return count;
}

export function buildScanResult(context: ScanContext, stored: StoredReview, nodeCount: number): ScanResult {
  const infoById = new Map<string, FrameInfo>();
  for (const frame of context.snapshot.frames) infoById.set(frame.id, { id: frame.id, name: frame.name, type: frame.type });
  const frames: FrameInfo[] = [];
  for (const id of context.order) {
    const info = infoById.get(id);
    if (info) frames.push(info);
  }
  return {
    scope: selectionInfo(context.scope),
    frames,
    nodeCount,
    findings: context.findings,
    verdicts: verdictsOf(stored),
    frameStates: frameStatesOf(context, stored),
    problems: stored.problems,
    readOnly: stored.readOnly,
    publishable: publishableCount(stored),
    fileLink: readFileLink(),
  };
}

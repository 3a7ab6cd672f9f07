/** Gather everything stored about a review from the shared plugin data of a set of nodes. */
import type { ItemId } from '../checklist/types';
import { FILE_LINK_KEY } from '../figma-link/stored-file-key';
import { parseEntry } from './parse-entry';
import type { DocumentRecord, StoredNodeData, StoredReview, StoredVerdict } from './types';

function time(at: string): number {
  const parsed = Date.parse(at);
  return Number.isNaN(parsed) ? -Infinity : parsed;
}

/** True when `a` was written after `b`; ties go to the lower holder id so the result never depends on read order. */
export function isNewer(a: StoredVerdict, b: StoredVerdict): boolean {
  const ta = time(a.record.at);
  const tb = time(b.record.at);
  if (ta !== tb) return ta > tb;
  if (a.record.at !== b.record.at) return a.record.at > b.record.at;
  return a.holderId < b.holderId;
}

/** Never throws: unusable entries come back as problems with their raw strings. */
export function readStoredReview(nodes: StoredNodeData[]): StoredReview {
  const review: StoredReview = { document: null, verdicts: {}, copiedVerdicts: [], frames: {}, problems: [], readOnly: false };
  let documentAt = -Infinity;
  for (const node of nodes) {
    const keys = Object.keys(node.entries).sort();
    for (const key of keys) {
      const raw = node.entries[key];
      // The document's file link is its own record, read on its own (core/figma-link).
      if (typeof raw !== 'string' || key === FILE_LINK_KEY) continue;
      const outcome = parseEntry(node.nodeId, key, raw);
      if (!outcome.ok) {
        review.problems.push(outcome.problem);
        if (outcome.problem.kind === 'newer-version') review.readOnly = true;
        continue;
      }
      for (const parsed of outcome.records) {
        if (parsed.kind === 'document') {
          const at = time(parsed.record.updatedAt);
          if (review.document === null || at > documentAt) {
            review.document = parsed.record as DocumentRecord;
            documentAt = at;
          }
        } else if (parsed.kind === 'frame') {
          review.frames[node.nodeId] = {
            record: parsed.record,
            holderId: node.nodeId,
            copied: parsed.record.frameId !== node.nodeId,
          };
        } else {
          const verdict: StoredVerdict = { record: parsed.record, holderId: node.nodeId };
          if (parsed.record.frameId !== node.nodeId) {
            review.copiedVerdicts.push(verdict);
            continue;
          }
          const itemId: ItemId = parsed.record.itemId;
          const current = review.verdicts[itemId];
          if (!current || isNewer(verdict, current)) review.verdicts[itemId] = verdict;
        }
      }
    }
  }
  return review;
}

/** Publish the stored review as annotations and remember where ours now are. */
import type { ReviewFindings } from '../../core/model/findings';
import type { AnnotationOutcome } from '../../core/protocol/messages';
import { REVIEW_KEY } from '../../core/review/keys';
import { serialiseDocumentRecord } from '../../core/review/serialise';
import type { StoredReview } from '../../core/review/types';
import { isWritable } from '../storage/node-data';
import { hasOwnFrameRecord } from '../storage/records';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';
import { publishAnnotations } from './publish';

export interface SyncResult {
  written: number;
  outcome: AnnotationOutcome;
}

export async function syncAnnotations(stored: StoredReview, findings: ReviewFindings | null, scopeIds: readonly string[]): Promise<SyncResult> {
  const frameIds = scopeIds.slice();
  for (const id of stored.document?.frameIds ?? []) if (frameIds.indexOf(id) < 0) frameIds.push(id);
  const result = await publishAnnotations({
    stored,
    findings,
    reviewedFrameIds: frameIds.filter((id) => hasOwnFrameRecord(stored, id)),
    previousNodeIds: stored.document?.annotatedNodeIds ?? [],
  });
  const document = stored.document;
  const before = JSON.stringify(document?.annotatedNodeIds ?? []);
  if (document && before !== JSON.stringify(result.nodeIds)) {
    try {
      if (isWritable(figma.root, REVIEW_KEY)) {
        figma.root.setSharedPluginData(PLUGIN_DATA_NAMESPACE, REVIEW_KEY, serialiseDocumentRecord({ ...document, annotatedNodeIds: result.nodeIds }));
      }
    } catch {
      // Dev Mode may refuse plugin data writes; the next publish finds ours by their signature on the same nodes.
    }
  }
  return { written: result.written, outcome: result.outcome };
}

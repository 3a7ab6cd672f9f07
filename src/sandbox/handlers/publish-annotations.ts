import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { annotationOutcome } from '../review/outcome';
import { reconcileReview } from '../review/reconcile';
import { publishableCount } from '../review/scan-result';
import type { Session } from '../session/session';
import { readReviewNow, resolveReviewNodes } from '../storage/review-nodes';

/**
 * (Re)write the stored review's annotations: the Dev Mode action, and the retry after a
 * failed write. With nothing to publish and none of ours to clean up it does nothing at
 * all: no categories, no undo step.
 */
export function publishAnnotationsHandler(session: Session): Handler<'publish-annotations'> {
  return async () => {
    const context = session.last;
    if (!context) throw new ProtocolError('bad-request', 'Scan the selection before publishing annotations.');
    const nodes = await resolveReviewNodes(context.order);
    const stored = readReviewNow(nodes);
    if (publishableCount(stored) === 0 && (stored.document?.annotatedNodeIds ?? []).length === 0) {
      return { written: 0, annotations: { ok: true } };
    }
    try {
      const outcome = await reconcileReview(nodes, { findings: context.findings });
      return { written: outcome.written, annotations: annotationOutcome(outcome.failures) };
    } finally {
      figma.commitUndo();
    }
  };
}

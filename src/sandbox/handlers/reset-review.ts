import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { annotationOutcome } from '../review/outcome';
import { reconcileReview } from '../review/reconcile';
import { verdictsOf } from '../review/scan-result';
import { assertCanEditReview } from '../session/editor';
import type { Session } from '../session/session';
import { readReviewNow, resolveReviewNodes } from '../storage/review-nodes';

/**
 * Remove our stored records (verdicts, frame records, the document's scope and order), our
 * relaunch buttons and our annotations; entries we cannot read and others' annotations
 * stay. One undo step.
 */
export function resetReviewHandler(session: Session): Handler<'reset-review'> {
  return async () => {
    assertCanEditReview();
    const context = session.last;
    session.writing++;
    let outcome;
    try {
      const nodes = await resolveReviewNodes(context?.order ?? []);
      const before = readReviewNow(nodes);
      if (before.readOnly) {
        const newer = before.problems.find((p) => p.kind === 'newer-version');
        throw new ProtocolError('read-only', newer ? newer.message : 'This review is read-only.');
      }
      try {
        outcome = await reconcileReview(nodes, { findings: context?.findings ?? null, reset: true });
      } finally {
        figma.commitUndo();
      }
      session.known = verdictsOf(outcome.stored);
    } finally {
      session.writing--;
    }
    return {
      clearedItems: outcome.clearedItems,
      clearedFrames: outcome.clearedFrames,
      annotations: annotationOutcome(outcome.failures, 'Some annotations could not be removed'),
    };
  };
}

import type { Handler } from '../../core/protocol/channel';
import { assertCanEditReview } from '../session/editor';
import type { Session } from '../session/session';
import { resetReview } from '../storage/reset-review';

/** Remove the stored review, its relaunch buttons and our annotations: one undo step. */
export function resetReviewHandler(session: Session): Handler<'reset-review'> {
  return async () => {
    assertCanEditReview();
    const context = session.last;
    const evidence: string[] = [];
    for (const item of context?.findings.items ?? []) for (const e of item.evidence) evidence.push(e.nodeId);
    try {
      const outcome = await resetReview(context?.order ?? [], evidence);
      return {
        clearedItems: outcome.clearedItems,
        clearedFrames: outcome.clearedFrames,
        annotations: outcome.annotationFailures.length
          ? { ok: false, message: `Some annotations could not be removed: ${outcome.annotationFailures.slice(0, 3).join('; ')}` }
          : { ok: true },
      };
    } finally {
      figma.commitUndo();
    }
  };
}

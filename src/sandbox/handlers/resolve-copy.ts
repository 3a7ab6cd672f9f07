import type { Handler } from '../../core/protocol/channel';
import { verdictsOf } from '../review/scan-result';
import { assertCanEditReview } from '../session/editor';
import type { Session } from '../session/session';
import { resolveCopy } from '../storage/resolve-copy';
import { readReviewNow, resolveReviewNodes } from '../storage/review-nodes';

export function resolveCopyHandler(session: Session): Handler<'resolve-copy'> {
  return async ({ frameId, action }) => {
    assertCanEditReview();
    session.writing++;
    try {
      try {
        await resolveCopy(frameId, action);
      } finally {
        figma.commitUndo();
      }
      // This panel's own change: not news when the document reports it.
      const context = session.last;
      if (context) session.known = verdictsOf(readReviewNow(await resolveReviewNodes(context.order)));
    } finally {
      session.writing--;
    }
    return { frameId };
  };
}

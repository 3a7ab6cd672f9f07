import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { syncAnnotations } from '../annotations/sync';
import { assertCanEditReview, reviewerName } from '../session/editor';
import type { Session } from '../session/session';
import { hasOwnFrameRecord } from '../storage/records';
import { setReviewRelaunch } from '../storage/relaunch';
import { saveVerdict } from '../storage/save-verdict';

/** Save a verdict, refresh relaunch buttons and annotations: one undo step. */
export function setVerdictHandler(session: Session, clock: () => Date = () => new Date()): Handler<'set-verdict'> {
  return async (params) => {
    assertCanEditReview();
    const context = session.last;
    if (!context) throw new ProtocolError('bad-request', 'Scan the selection before recording verdicts.');
    const now = clock();
    const by = reviewerName();
    try {
      const saved = await saveVerdict(context, params, by, now);
      saved.nodes.forEach((node, id) => {
        if (hasOwnFrameRecord(saved.stored, id)) setReviewRelaunch(node, saved.stored);
      });
      const annotations = await syncAnnotations(saved.stored, context.findings, context.order);
      return {
        verdict: {
          itemId: saved.record.itemId,
          status: saved.record.status,
          note: saved.record.note,
          by: saved.record.by,
          at: saved.record.at,
          frameId: saved.anchorId,
        },
        savedAt: saved.record.at,
        annotations: annotations.outcome,
      };
    } finally {
      figma.commitUndo();
    }
  };
}

import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { annotationOutcome } from '../review/outcome';
import { reconcileReview } from '../review/reconcile';
import { frameStatesOf, verdictsOf } from '../review/scan-result';
import { assertCanEditReview, reviewerName } from '../session/editor';
import type { Session } from '../session/session';
import { saveVerdict } from '../storage/save-verdict';

/**
 * Save a verdict (or clear it), then bring relaunch buttons and annotations in line with
 * the review as stored: one undo step. A refused save writes nothing and commits nothing.
 */
export function setVerdictHandler(session: Session, clock: () => Date = () => new Date()): Handler<'set-verdict'> {
  return async (params, { emit }) => {
    assertCanEditReview();
    const context = session.last;
    if (!context) throw new ProtocolError('bad-request', 'Scan the selection before recording verdicts.');
    const now = clock();
    const by = reviewerName();
    session.writing++;
    let saved;
    let reconciled;
    try {
      saved = await saveVerdict(context, params, by, now);
      try {
        reconciled = await reconcileReview(saved.nodes, { findings: context.findings, extraNodeIds: saved.annotatedBefore });
      } finally {
        figma.commitUndo();
      }
      // What this panel now knows: our own save is not news when the document reports it.
      session.known = verdictsOf(reconciled.stored);
    } finally {
      session.writing--;
    }
    // The frame just judged was judged against the design as it is now.
    emit('frames-changed', { frameStates: frameStatesOf(context, reconciled.stored) });
    const record = saved.record;
    return {
      verdict: record
        ? { itemId: record.itemId, status: record.status, note: record.note, by: record.by, at: record.at, frameId: saved.anchorId }
        : { itemId: params.itemId, status: 'unreviewed', note: '', by, at: saved.at, frameId: null },
      savedAt: saved.at,
      annotations: annotationOutcome(reconciled.failures),
    };
  };
}

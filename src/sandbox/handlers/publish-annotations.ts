import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { syncAnnotations } from '../annotations/sync';
import type { Session } from '../session/session';
import { loadReview } from '../storage/load-review';

/** (Re)write the stored review's annotations: the Dev Mode action, and the retry after a failed write. */
export function publishAnnotationsHandler(session: Session): Handler<'publish-annotations'> {
  return async () => {
    const context = session.last;
    if (!context) throw new ProtocolError('bad-request', 'Scan the selection before publishing annotations.');
    const { stored } = await loadReview(context.order);
    try {
      const result = await syncAnnotations(stored, context.findings, context.order);
      return { written: result.written, annotations: result.outcome };
    } finally {
      figma.commitUndo();
    }
  };
}

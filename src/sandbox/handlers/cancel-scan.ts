import type { Handler } from '../../core/protocol/channel';
import type { Session } from '../session/session';

/** Ask the running scan to stop at its next yield; it then fails with `cancelled`. */
export function cancelScanHandler(session: Session): Handler<'cancel-scan'> {
  return () => {
    const run = session.running;
    if (!run || run.cancelled) return { cancelled: false };
    run.cancelled = true;
    return { cancelled: true };
  };
}

import type { ItemId } from '../../../src/core/checklist/types';
import type { HandlerContext } from '../../../src/core/protocol/channel';
import type { ItemStatus } from '../../../src/core/review/types';
import { setVerdictHandler } from '../../../src/sandbox/handlers/set-verdict';
import type { Session } from '../../../src/sandbox/session/session';

const quiet: HandlerContext = { emit: () => undefined };

/** Call the set-verdict handler as the bridge would, with a controllable clock. */
export function verdictSetter(session: Session, start = Date.parse('2026-11-26T09:00:00.000Z')) {
  let tick = 0;
  const handler = setVerdictHandler(session, () => new Date(start + 1000 * tick++));
  return (itemId: ItemId, status: ItemStatus, note = '') => handler({ itemId, status, note }, quiet);
}

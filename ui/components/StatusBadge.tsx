import type { ItemStatus } from '../../src/core/protocol/messages';
import { STATUS_WORDS } from '../text/status';

const TONE: Record<ItemStatus, string> = {
  pass: 'success',
  'needs-work': 'warning',
  'not-applicable': 'neutral',
  unreviewed: 'muted',
};

export function StatusBadge({ status }: { status: ItemStatus }) {
  return <span class={`badge badge--${TONE[status]}`}>{STATUS_WORDS[status]}</span>;
}

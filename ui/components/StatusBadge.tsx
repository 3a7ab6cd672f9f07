import type { ItemStatus } from '../../src/core/protocol/messages';

const TEXT: Record<ItemStatus, string> = {
  pass: 'Pass',
  'needs-work': 'Needs work',
  'not-applicable': 'Not applicable',
  unreviewed: 'Not reviewed',
};
const TONE: Record<ItemStatus, string> = {
  pass: 'success',
  'needs-work': 'warning',
  'not-applicable': 'neutral',
  unreviewed: 'muted',
};

export function StatusBadge({ status }: { status: ItemStatus }) {
  return <span class={`badge badge--${TONE[status]}`}>{TEXT[status]}</span>;
}

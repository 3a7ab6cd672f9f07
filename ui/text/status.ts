import type { ItemStatus } from '../../src/core/protocol/messages';

/** How each status reads in a sentence and on a badge. */
export const STATUS_WORDS: Record<ItemStatus, string> = {
  pass: 'Pass',
  'needs-work': 'Needs work',
  'not-applicable': 'Not applicable',
  unreviewed: 'Not reviewed',
};

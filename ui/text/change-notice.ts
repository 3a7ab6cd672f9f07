import { getItem } from '../../src/core/checklist';
import type { ReviewChange } from '../../src/core/protocol/messages';
import { plural } from './plural';
import { STATUS_WORDS } from './status';

/**
 * What the live region says when the stored review changed outside this panel:
 * "Ben marked “Explicit consent before connecting” Needs work." for one change (another
 * reviewer's save, or an undo), a count for several.
 */
export function changeNotice(changes: readonly ReviewChange[], remote: boolean): string | null {
  const [first] = changes;
  if (!first) return null;
  if (changes.length > 1) return `${plural(changes.length, 'item')} changed ${remote ? 'by another reviewer' : 'by undo'}.`;
  const title = getItem(first.itemId).title;
  if (!remote) return first.status === 'unreviewed' ? `Undo cleared “${title}”.` : `Undo set “${title}” to ${STATUS_WORDS[first.status]}.`;
  const who = first.by ?? 'Another reviewer';
  return first.status === 'unreviewed' ? `${who} cleared “${title}”.` : `${who} marked “${title}” ${STATUS_WORDS[first.status]}.`;
}

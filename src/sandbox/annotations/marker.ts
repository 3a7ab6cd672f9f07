/**
 * Our annotations carry a short visible signature ("Auth Flow Review · <key>"): the only
 * thing that survives in an annotation, so later saves find theirs and leave others alone.
 */
import type { ItemId } from '../../core/checklist/types';

const SIGNATURE = 'Auth Flow Review · ';
// Only the last line: the signature always ends our annotations, and a reviewer's note above it
// may quote a signature of its own, which must not make the annotation read as another key.
const PATTERN = /(?:^|\n)[_*]?Auth Flow Review · (summary|[a-z]+\.[a-z0-9-]+)[_*]?\s*$/;

export type OurKey = 'summary' | `item:${ItemId}`;

export function signature(key: 'summary' | ItemId): string {
  return `_${SIGNATURE}${key}_`;
}

export function keyOfItem(itemId: ItemId): OurKey {
  return `item:${itemId}`;
}

/** Our key for an annotation we wrote, or null for anyone else's. */
export function ourKeyOf(annotation: Annotation): OurKey | null {
  const text = annotation.labelMarkdown ?? annotation.label ?? '';
  const match = PATTERN.exec(text);
  if (!match || match[1] === undefined) return null;
  return match[1] === 'summary' ? 'summary' : (`item:${match[1]}` as OurKey);
}

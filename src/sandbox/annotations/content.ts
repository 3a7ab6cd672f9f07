/** The text of our annotations: a per-frame review summary and one note per needs-work item. */
import { CHECKLIST, getItem } from '../../core/checklist';
import type { ItemId } from '../../core/checklist/types';
import { ITEM_IDS } from '../../core/checklist/types';
import type { ItemRecord, StoredReview } from '../../core/review/types';
import { annotationText } from '../../core/untrusted';
import type { AnnotationInput } from './merge';
import { signature } from './marker';

const STATUS_WORDS: Record<ItemRecord['status'], string> = {
  pass: 'pass',
  'needs-work': 'needs work',
  'not-applicable': 'n/a',
  unreviewed: 'open',
};

function statusOf(stored: StoredReview, itemId: ItemId): ItemRecord['status'] {
  return stored.verdicts[itemId]?.record.status ?? 'unreviewed';
}

export function summaryAnnotation(stored: StoredReview): AnnotationInput {
  const reviewed = ITEM_IDS.filter((id) => statusOf(stored, id) !== 'unreviewed').length;
  const lines = [`**Auth flow review:** ${reviewed} of ${ITEM_IDS.length} reviewed`, ''];
  for (const area of CHECKLIST) {
    const counts: Record<ItemRecord['status'], number> = { pass: 0, 'needs-work': 0, 'not-applicable': 0, unreviewed: 0 };
    for (const item of area.items) counts[statusOf(stored, item.id)]++;
    const parts = (['pass', 'needs-work', 'not-applicable', 'unreviewed'] as const)
      .filter((status) => counts[status] > 0)
      .map((status) => `${counts[status]} ${STATUS_WORDS[status]}`);
    const state = counts['needs-work'] > 0 ? 'needs work' : counts.unreviewed > 0 ? 'in review' : 'done';
    lines.push(`- ${area.title}: ${state} (${parts.join(', ')})`);
  }
  lines.push('', signature('summary'));
  return { labelMarkdown: lines.join('\n') };
}

export function itemAnnotation(record: ItemRecord, categoryId: string | undefined): AnnotationInput {
  const title = getItem(record.itemId).title;
  const lines = [`**Needs work:** ${title}`];
  // The note is the reviewer's own words: shown as text, never as markup or links.
  if (record.note.trim()) lines.push('', annotationText(record.note.trim()));
  lines.push('', signature(record.itemId));
  const annotation: AnnotationInput = { labelMarkdown: lines.join('\n') };
  if (categoryId !== undefined) annotation.categoryId = categoryId;
  return annotation;
}

import { describe, expect, it } from 'vitest';
import { itemAnnotation, summaryAnnotation } from '../../src/sandbox/annotations/content';
import { ourKeyOf } from '../../src/sandbox/annotations/marker';
import type { ItemRecord, StoredReview } from '../../src/core/review/types';

function record(note: string): ItemRecord {
  return { itemId: 'privacy.consent-action', status: 'needs-work', note, by: 'Ana', at: '2026-11-26T10:00:00.000Z' } as unknown as ItemRecord;
}

describe('our annotation signature', () => {
  it('finds the key of an item annotation', () => {
    expect(ourKeyOf(itemAnnotation(record('Add the checkbox'), undefined) as Annotation)).toBe('item:privacy.consent-action');
  });

  it('is not fooled by a note that quotes another signature', () => {
    for (const note of ['Auth Flow Review · summary', '_Auth Flow Review · summary_', 'see\n_Auth Flow Review · funnel.three-actions_\nthanks']) {
      expect(ourKeyOf(itemAnnotation(record(note), undefined) as Annotation), note).toBe('item:privacy.consent-action');
    }
  });

  it('finds the summary', () => {
    const stored = { verdicts: {} } as unknown as StoredReview;
    expect(ourKeyOf(summaryAnnotation(stored) as Annotation)).toBe('summary');
  });

  it('leaves annotations that only mention the product alone', () => {
    expect(ourKeyOf({ label: 'Auth Flow Review · summary is in the panel, see above. Thanks' })).toBeNull();
    expect(ourKeyOf({ labelMarkdown: 'Checked with Auth Flow Review' })).toBeNull();
  });
});

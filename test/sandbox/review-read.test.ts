import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStoredReview } from '../../src/core/review/read';
import { ITEM_IDS } from '../../src/core/checklist/types';
import type { ItemRecord, StoredNodeData } from '../../src/core/review/types';
import { RECORD_VERSION } from '../../src/core/review/types';

function item(frameId: string, itemId: ItemRecord['itemId'], status: ItemRecord['status'], at: string, note = ''): string {
  const record: ItemRecord = { schemaVersion: RECORD_VERSION, itemId, frameId, status, note, by: 'Dana', at, history: [] };
  return JSON.stringify(record);
}

describe('readStoredReview', () => {
  it('keeps the newest verdict per item across frames', () => {
    const nodes: StoredNodeData[] = [
      { nodeId: '1:1', entries: { 'item:funnel.cta-visible': item('1:1', 'funnel.cta-visible', 'pass', '2026-11-01T10:00:00.000Z') } },
      { nodeId: '1:2', entries: { 'item:funnel.cta-visible': item('1:2', 'funnel.cta-visible', 'needs-work', '2026-11-02T10:00:00.000Z', 'too small') } },
    ];
    const review = readStoredReview(nodes);
    expect(review.verdicts['funnel.cta-visible']?.record.status).toBe('needs-work');
    expect(review.verdicts['funnel.cta-visible']?.holderId).toBe('1:2');
    // Read order must not matter.
    expect(readStoredReview(nodes.slice().reverse()).verdicts['funnel.cta-visible']?.holderId).toBe('1:2');
    expect(review.problems).toEqual([]);
  });

  it('migrates a version 1 frame review into item records', () => {
    const raw = JSON.stringify({
      version: 1,
      frameId: '1:5',
      savedAt: '2025-03-01T09:00:00.000Z',
      items: { 'funnel.three-actions': { status: 'fix', note: 'four clicks' }, 'privacy.powered-by': { status: 'ok' }, 'privacy.mutual-nda': { status: 'na' } },
    });
    const review = readStoredReview([{ nodeId: '1:5', entries: { review: raw } }]);
    expect(review.problems).toEqual([]);
    expect(review.verdicts['funnel.three-actions']?.record).toMatchObject({ status: 'needs-work', note: 'four clicks', schemaVersion: 2, frameId: '1:5' });
    expect(review.verdicts['privacy.powered-by']?.record.status).toBe('pass');
    expect(review.verdicts['privacy.mutual-nda']?.record.status).toBe('not-applicable');
    expect(review.document).toBeNull();
  });

  it('reports a newer schema as read-only and keeps the raw text', () => {
    const raw = JSON.stringify({ schemaVersion: RECORD_VERSION + 1, itemId: 'funnel.prefill', anything: [1, 2] });
    const review = readStoredReview([{ nodeId: '1:9', entries: { 'item:funnel.prefill': raw } }]);
    expect(review.readOnly).toBe(true);
    expect(review.problems).toEqual([expect.objectContaining({ kind: 'newer-version', raw, nodeId: '1:9', key: 'item:funnel.prefill' })]);
    expect(review.problems[0]?.message).toMatch(/newer version/);
  });

  it('reports corrupt JSON and wrong shapes with the raw text verbatim', () => {
    const corrupt = '{"schemaVersion":2,"itemId":"funnel.prefill"';
    const wrong = JSON.stringify({ schemaVersion: 2, itemId: 'funnel.prefill', status: 'great' });
    const mismatched = item('1:1', 'funnel.search' as never, 'pass', '2026-01-01T00:00:00.000Z');
    const review = readStoredReview([
      { nodeId: '1:1', entries: { 'item:funnel.prefill': corrupt, 'item:funnel.social-proof': wrong, 'item:platform.search': mismatched } },
    ]);
    const kinds = review.problems.map((p) => [p.key, p.kind, p.raw]);
    expect(kinds).toContainEqual(['item:funnel.prefill', 'corrupt', corrupt]);
    expect(kinds).toContainEqual(['item:funnel.social-proof', 'invalid', wrong]);
    expect(review.readOnly).toBe(false);
    expect(review.verdicts).toEqual({});
  });

  it('treats records written for another node as a copy, not a verdict', () => {
    const frame = JSON.stringify({ schemaVersion: 2, reviewId: 'r1', frameId: '1:1', fingerprint: 'v1:abc', reviewedAt: '2026-01-01T00:00:00.000Z', reviewedBy: null });
    const review = readStoredReview([
      { nodeId: '7:7', entries: { frame, 'item:value.faq-link': item('1:1', 'value.faq-link', 'pass', '2026-01-02T00:00:00.000Z') } },
    ]);
    expect(review.frames['7:7']).toMatchObject({ copied: true, holderId: '7:7' });
    expect(review.verdicts['value.faq-link']).toBeUndefined();
    expect(review.copiedVerdicts).toHaveLength(1);
    expect(review.copiedVerdicts[0]?.record.frameId).toBe('1:1');
  });

  it('never throws and never loses a raw entry, whatever is stored', () => {
    const keys = fc.oneof(fc.constantFrom('review', 'frame', ...ITEM_IDS.map((id) => `item:${id}`)), fc.string());
    const values = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom(item('1:1', 'funnel.prefill', 'pass', 'x')),
      fc.record({ schemaVersion: fc.integer(), itemId: fc.constantFrom(...ITEM_IDS) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ nodeId: fc.string({ minLength: 1 }), entries: fc.dictionary(keys, values) }), { maxLength: 5 }), (nodes) => {
        const review = readStoredReview(nodes);
        let used = 0;
        for (const node of nodes) used += Object.keys(node.entries).length;
        // Every entry is either understood or reported with its raw string.
        for (const problem of review.problems) expect(nodes.some((n) => n.entries[problem.key] === problem.raw)).toBe(true);
        expect(review.problems.length).toBeLessThanOrEqual(used);
        expect(review.readOnly).toBe(review.problems.some((p) => p.kind === 'newer-version'));
      }),
      { numRuns: 300 },
    );
  });
});

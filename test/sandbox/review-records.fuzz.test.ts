/**
 * Fuzzing stored review records the way files damage them: valid records with a field
 * dropped, retyped or given an odd value, a wrong or future schema version, extra keys,
 * truncated JSON. Each of our entries must end up either used (a verdict, a copied verdict,
 * a frame or the document) or reported as a problem carrying its raw string verbatim —
 * never both, never neither — and reading never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../src/core/checklist/types';
import { readStoredReview } from '../../src/core/review/read';
import type { DocumentRecord, FrameRecord, ItemRecord, StoredReview } from '../../src/core/review/types';
import { RECORD_VERSION } from '../../src/core/review/types';

const NODE = '4:2';
const AT = '2026-11-20T10:00:00.000Z';

const validItem = (itemId: (typeof ITEM_IDS)[number]): ItemRecord => ({
  schemaVersion: RECORD_VERSION,
  itemId,
  frameId: NODE,
  status: 'needs-work',
  note: 'Button too small',
  by: 'Dana',
  at: AT,
  history: [{ status: 'pass', by: null, at: '2026-11-19T10:00:00.000Z' }],
});
const validFrame: FrameRecord = { schemaVersion: RECORD_VERSION, reviewId: 'r1', frameId: NODE, fingerprint: 'v1:0011223344556677', reviewedAt: AT, reviewedBy: null };
const validDocument: DocumentRecord = {
  schemaVersion: RECORD_VERSION,
  reviewId: 'r1',
  frameIds: [NODE],
  startFrameId: NODE,
  connectFrameId: null,
  updatedAt: AT,
  updatedBy: 'Dana',
  annotatedNodeIds: [NODE],
};

type Mutation =
  | { kind: 'none' }
  | { kind: 'drop'; field: number }
  | { kind: 'set'; field: number; value: unknown }
  | { kind: 'version'; value: number }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'truncate'; at: number }
  | { kind: 'replace'; raw: string };

const oddValue = fc.oneof(fc.jsonValue(), fc.constantFrom('', 'pass', '1:1', '2026-13-45T99:00:00Z', -1, 1e308, [], {}, null));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('drop' as const), field: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), field: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant('version' as const), value: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(RECORD_VERSION + 1)) }),
  fc.record({ kind: fc.constant('extra' as const), key: fc.string({ maxLength: 8 }), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), raw: fc.oneof(fc.string(), fc.json()) }),
);

function apply(record: object, change: Mutation): string {
  const copy: Record<string, unknown> = { ...record };
  const fields = Object.keys(copy);
  const field = (index: number): string => fields[index % fields.length] as string;
  switch (change.kind) {
    case 'none':
      return JSON.stringify(copy);
    case 'drop':
      delete copy[field(change.field)];
      return JSON.stringify(copy);
    case 'set':
      copy[field(change.field)] = change.value;
      return JSON.stringify(copy);
    case 'version':
      copy.schemaVersion = change.value;
      return JSON.stringify(copy);
    case 'extra':
      // Object.defineProperty: a key named "__proto__" must become a real own key, as JSON.parse makes it.
      Object.defineProperty(copy, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      return JSON.stringify(copy);
    case 'truncate': {
      const json = JSON.stringify(copy);
      return json.slice(0, change.at % json.length);
    }
    case 'replace':
      return change.raw;
  }
}

/** Is the entry under `key` on NODE used by the review? */
function used(review: StoredReview, key: string): boolean {
  if (key === 'review') return review.document !== null;
  if (key === 'frame') return review.frames[NODE] !== undefined;
  const itemId = key.slice('item:'.length) as (typeof ITEM_IDS)[number];
  return review.verdicts[itemId]?.holderId === NODE || review.copiedVerdicts.some((v) => v.holderId === NODE && v.record.itemId === itemId);
}

describe('stored review records fuzz', () => {
  it('uses each entry or reports it with its raw string, never both, never neither, and never throws', () => {
    const entries = fc.record({
      item: fc.tuple(fc.constantFrom(...ITEM_IDS), mutation),
      frame: mutation,
      review: mutation,
    });
    // Both outcomes must actually occur, or the property proves nothing.
    const seen = { used: 0, reported: 0 };
    fc.assert(
      fc.property(entries, ({ item: [itemId, itemChange], frame, review: documentChange }) => {
        const raw: Record<string, string> = {
          [`item:${itemId}`]: apply(validItem(itemId), itemChange),
          frame: apply(validFrame, frame),
          review: apply(validDocument, documentChange),
        };
        const review = readStoredReview([{ nodeId: NODE, entries: raw }]);
        for (const [key, value] of Object.entries(raw)) {
          const problems = review.problems.filter((p) => p.nodeId === NODE && p.key === key);
          expect(problems.length).toBeLessThanOrEqual(1);
          const reported = problems.length === 1;
          if (reported) expect(problems[0]?.raw).toBe(value);
          expect(used(review, key) !== reported).toBe(true);
          seen[reported ? 'reported' : 'used']++;
        }
        expect(review.readOnly).toBe(review.problems.some((p) => p.kind === 'newer-version'));
      }),
      { numRuns: 500 },
    );
    expect(seen.used).toBeGreaterThan(50);
    expect(seen.reported).toBeGreaterThan(50);
  });

  it('leaves unmutated records fully usable', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ITEM_IDS), (itemId) => {
        const review = readStoredReview([
          { nodeId: NODE, entries: { [`item:${itemId}`]: JSON.stringify(validItem(itemId)), frame: JSON.stringify(validFrame), review: JSON.stringify(validDocument) } },
        ]);
        expect(review.problems).toEqual([]);
        expect(review.verdicts[itemId]?.record).toEqual(validItem(itemId));
        expect(review.document).toEqual(validDocument);
      }),
    );
  });
});

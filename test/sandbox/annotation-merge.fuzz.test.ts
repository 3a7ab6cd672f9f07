/**
 * Fuzzing the annotation merge with whatever a file may already hold: any foreign entries
 * (any text, markdown, properties, categories, in the shape Figma reads them back: label and
 * labelMarkdown together) mixed with ours, duplicates of ours included (a copied frame).
 * Foreign entries must come out byte-for-byte and in order, ours exactly as wanted, each once,
 * in place; and merging again what was written changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../src/core/checklist/types';
import type { AnnotationInput } from '../../src/sandbox/annotations/merge';
import { copyAnnotation, mergeAnnotations } from '../../src/sandbox/annotations/merge';
import type { OurKey } from '../../src/sandbox/annotations/marker';
import { keyOfItem, ourKeyOf, signature } from '../../src/sandbox/annotations/marker';

const KEYS: OurKey[] = ['summary', ...ITEM_IDS.slice(0, 6).map(keyOfItem)];
const PROPERTY_TYPES: AnnotationPropertyType[] = ['width', 'height', 'fills', 'fontSize', 'opacity', 'mainComponent', 'padding'];

const signatureOf = (key: OurKey): string => signature(key === 'summary' ? 'summary' : (key.slice('item:'.length) as (typeof ITEM_IDS)[number]));

/** Text of any kind: unicode, markdown, newlines, near-misses of our signature. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('**Bold** _it_ `code`', 'Auth Flow Review', 'Auth Flow Review ·', 'auth flow review · summary', '', '\n\n', '→ see [spec](https://x.y)'),
);

/** A foreign annotation as Figma reads it back (markdown entries also report their plain text as `label`). */
const foreign: fc.Arbitrary<Annotation> = fc
  .record(
    {
      label: text,
      labelMarkdown: text,
      properties: fc.array(fc.constantFrom(...PROPERTY_TYPES).map((type) => ({ type })), { maxLength: 3 }),
      categoryId: fc.oneof(fc.constant('preset:development'), fc.string({ maxLength: 12 })),
    },
    { requiredKeys: [] },
  )
  .filter((a) => ourKeyOf(a as Annotation) === null)
  .map((a) => Object.freeze(a) as Annotation);

const ourEntry = (key: OurKey, body: string, categoryId: string): AnnotationInput => ({ labelMarkdown: `${signatureOf(key)}\n${body}`, categoryId });

/** One of our earlier annotations as read back (it may be stale: another body, another category). */
const ours: fc.Arbitrary<Annotation> = fc
  .record({ key: fc.constantFrom(...KEYS), body: text, categoryId: fc.string({ maxLength: 8 }) })
  .map(({ key, body, categoryId }) => {
    const entry = ourEntry(key, body, categoryId);
    return Object.freeze({ ...entry, label: entry.labelMarkdown }) as Annotation;
  });

const existing = fc.array(fc.oneof({ weight: 3, arbitrary: foreign }, { weight: 2, arbitrary: ours }), { maxLength: 12 });
const wanted = fc
  .dictionary(fc.constantFrom(...KEYS), fc.record({ body: text, categoryId: fc.string({ maxLength: 8 }) }), { maxKeys: KEYS.length })
  .map((byKey) => new Map(Object.entries(byKey).map(([key, { body, categoryId }]) => [key as OurKey, ourEntry(key as OurKey, body, categoryId)])));

type Labelled = Pick<AnnotationInput, 'label' | 'labelMarkdown'>;
const isOurs = (a: Labelled): boolean => ourKeyOf(a as Annotation) !== null;
/** Read back what was written, as Figma would return it. */
const readBack = (written: AnnotationInput[]): Annotation[] =>
  written.map((a) => Object.freeze(a.labelMarkdown !== undefined ? { ...a, label: a.labelMarkdown } : { ...a }) as Annotation);

describe('annotation merge fuzz', () => {
  it('keeps foreign annotations byte-for-byte and in order, and writes each wanted one of ours exactly once', () => {
    fc.assert(
      fc.property(existing, wanted, (before, want) => {
        const { next, changed } = mergeAnnotations(before, want);
        const foreignBefore = before.filter((a) => !isOurs(a));
        expect(JSON.stringify(next.filter((a) => !isOurs(a)))).toBe(JSON.stringify(foreignBefore.map(copyAnnotation)));
        // Figma refuses an entry with both: the copy keeps the markdown when there is one.
        foreignBefore.forEach((a, i) => {
          const copy = next.filter((n) => !isOurs(n))[i];
          expect(copy?.labelMarkdown ?? copy?.label).toBe(a.labelMarkdown ?? a.label);
          expect(copy && 'label' in copy && 'labelMarkdown' in copy).toBe(false);
        });
        const oursAfter = next.filter(isOurs);
        expect(oursAfter.map((a) => ourKeyOf(a as Annotation)).sort()).toEqual([...want.keys()].sort());
        for (const entry of oursAfter) expect(entry).toBe(want.get(ourKeyOf(entry as Annotation) as OurKey));
        expect(changed).toBe(JSON.stringify(before.map(copyAnnotation)) !== JSON.stringify(next));
      }),
      { numRuns: 500 },
    );
  });

  it('updates ours in place: an annotation that stays keeps its position among the foreign ones', () => {
    fc.assert(
      fc.property(existing, wanted, (before, want) => {
        const { next } = mergeAnnotations(before, want);
        const foreignBeforeIndex = (list: readonly Labelled[], index: number): number => list.slice(0, index).filter((a) => !isOurs(a)).length;
        for (const key of want.keys()) {
          const was = before.findIndex((a) => ourKeyOf(a) === key);
          if (was < 0) continue;
          const now = next.findIndex((a) => ourKeyOf(a as Annotation) === key);
          expect(foreignBeforeIndex(next, now)).toBe(foreignBeforeIndex(before, was));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: merging what was written again changes nothing', () => {
    fc.assert(
      fc.property(existing, wanted, (before, want) => {
        const first = mergeAnnotations(before, want);
        const second = mergeAnnotations(readBack(first.next), want);
        expect(second.changed).toBe(false);
        expect(JSON.stringify(second.next)).toBe(JSON.stringify(first.next));
      }),
      { numRuns: 300 },
    );
  });

  it('removing all of ours (every item reset) leaves exactly the foreign annotations', () => {
    fc.assert(
      fc.property(existing, (before) => {
        const { next } = mergeAnnotations(before, new Map());
        expect(JSON.stringify(next)).toBe(JSON.stringify(before.filter((a) => !isOurs(a)).map(copyAnnotation)));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Fuzzing the annotation merge with whatever a file may already hold: any foreign entries
 * (any text, markdown, properties, categories, in the shape Figma reads them back: label and
 * labelMarkdown together) mixed with ours, duplicates of ours included (a copied frame).
 * Foreign entries must come out byte-for-byte and in order, ours exactly as wanted, each once,
 * in place; and merging again what was written changes nothing. The expected result comes
 * from a model written here, not from the implementation's own helpers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../src/core/checklist/types';
import type { AnnotationInput } from '../../src/sandbox/annotations/merge';
import { mergeAnnotations } from '../../src/sandbox/annotations/merge';
import type { OurKey } from '../../src/sandbox/annotations/marker';
import { keyOfItem, ourKeyOf, signature } from '../../src/sandbox/annotations/marker';

const KEYS: OurKey[] = ['summary', ...ITEM_IDS.slice(0, 6).map(keyOfItem)];
const PROPERTY_TYPES: AnnotationPropertyType[] = ['width', 'height', 'fills', 'fontSize', 'opacity', 'mainComponent', 'padding'];

const signatureOf = (key: OurKey): string => signature(key === 'summary' ? 'summary' : (key.slice('item:'.length) as (typeof ITEM_IDS)[number]));

/** Text of any kind: unicode, markdown, newlines, near-misses of our signature. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('**Bold** _it_ `code`', 'Auth Flow Review', 'Auth Flow Review ·', 'auth flow review · summary', '_Auth Flow Review · summary_', '', '\n\n', '→ see [spec](https://x.y)'),
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

// As the plugin writes them: any body (a reviewer's note included), the signature on the last line.
const ourEntry = (key: OurKey, body: string, categoryId: string): AnnotationInput => ({ labelMarkdown: `${body}\n${signatureOf(key)}`, categoryId });

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

// ---- the model --------------------------------------------------------------

/** Our signature, as the model recognises it on the last line: "Auth Flow Review · summary" or "… · area.item", maybe emphasised. */
const MODEL_SIGNATURE = /^[_*]?Auth Flow Review \u00b7 (summary|[a-z]+\.[a-z0-9-]+)[_*]?$/;

function modelKey(annotation: Labelled): OurKey | null {
  const text = (annotation.labelMarkdown ?? annotation.label ?? '').replace(/\s+$/, '');
  const match = MODEL_SIGNATURE.exec(text.slice(text.lastIndexOf('\n') + 1));
  if (!match) return null;
  return match[1] === 'summary' ? 'summary' : (`item:${match[1]}` as OurKey);
}

/** What Figma accepts back for an annotation it returned: markdown if any (else the label), properties by type, the category. */
function modelCopy(annotation: Annotation): AnnotationInput {
  const out: AnnotationInput = {};
  if (typeof annotation.labelMarkdown === 'string') out.labelMarkdown = annotation.labelMarkdown;
  else if (typeof annotation.label === 'string') out.label = annotation.label;
  if (annotation.properties !== undefined) out.properties = annotation.properties.map((property) => ({ type: property.type }));
  if (annotation.categoryId !== undefined) out.categoryId = annotation.categoryId;
  return out;
}

/** Foreign entries kept in order; the first of ours per wanted key replaced in place, other copies dropped; the rest appended. */
function modelMerge(before: readonly Annotation[], want: ReadonlyMap<OurKey, AnnotationInput>): { next: AnnotationInput[]; changed: boolean } {
  const next: AnnotationInput[] = [];
  const done: OurKey[] = [];
  for (const annotation of before) {
    const key = modelKey(annotation);
    if (key === null) next.push(modelCopy(annotation));
    else if (want.has(key) && done.indexOf(key) < 0) {
      next.push(want.get(key) as AnnotationInput);
      done.push(key);
    }
  }
  want.forEach((annotation, key) => {
    if (done.indexOf(key) < 0) next.push(annotation);
  });
  const copies = before.map(modelCopy);
  const same = copies.length === next.length && copies.every((copy, i) => sameEntry(copy, next[i] as AnnotationInput));
  return { next, changed: !same };
}

function sameEntry(a: AnnotationInput, b: AnnotationInput): boolean {
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return JSON.stringify(keysA) === JSON.stringify(keysB) && keysA.every((k) => JSON.stringify(a[k as keyof AnnotationInput]) === JSON.stringify(b[k as keyof AnnotationInput]));
}

type Labelled = Pick<AnnotationInput, 'label' | 'labelMarkdown'>;
const isOurs = (a: Labelled): boolean => modelKey(a) !== null;
/** Read back what was written, as Figma would return it. */
const readBack = (written: AnnotationInput[]): Annotation[] =>
  written.map((a) => Object.freeze(a.labelMarkdown !== undefined ? { ...a, label: a.labelMarkdown } : { ...a }) as Annotation);

describe('annotation merge fuzz', () => {
  it('keeps foreign annotations byte-for-byte and in order, and writes each wanted one of ours exactly once', () => {
    fc.assert(
      fc.property(existing, wanted, (before, want) => {
        const { next, changed } = mergeAnnotations(before, want);
        const model = modelMerge(before, want);
        expect(next).toEqual(model.next);
        expect(changed).toBe(model.changed);
        // Figma refuses an entry with both label and markdown.
        for (const entry of next) expect('label' in entry && 'labelMarkdown' in entry).toBe(false);
        // Each wanted one of ours is there exactly once, as the very object asked for.
        const oursAfter = next.filter((a) => modelKey(a) !== null);
        expect(oursAfter.map((a) => modelKey(a)).sort()).toEqual([...want.keys()].sort());
        for (const entry of oursAfter) expect(entry).toBe(want.get(modelKey(entry) as OurKey));
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
          const was = before.findIndex((a) => modelKey(a) === key);
          if (was < 0) continue;
          const now = next.findIndex((a) => modelKey(a) === key);
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
        expect(next).toEqual(before.filter((a) => modelKey(a) === null).map(modelCopy));
      }),
      { numRuns: 300 },
    );
  });
});

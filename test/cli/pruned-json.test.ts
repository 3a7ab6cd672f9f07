import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRestBytes } from '../../src/cli/load-input';
import { JsonSyntaxError, lineAndColumn, readPrunedJson } from '../../src/cli/pruned-json';
import { UsageError } from '../../src/cli/usage-error';
import { REST_FILE_FIELDS, type FieldShape } from '../../src/core/rest/read-fields';
import { snapshotFromRest, storedDataFromRest } from '../../src/core/rest';

const bytes = (text: string) => Buffer.from(text, 'utf8');

/**
 * JSON.parse's verdict on the text as a file holds it (UTF-8 bytes read back as text, as the
 * CLI used to read files): the value, or that it throws.
 */
function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(bytes(text).toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

function scanned(text: string, shape: FieldShape | null): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: readPrunedJson(bytes(text), shape) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The shape semantics written the slow, obvious way over JSON.parse's result. */
function project(value: unknown, shape: FieldShape | null): unknown {
  if (shape === null) return value;
  const isPlainObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isPlainObject && shape.fields) {
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
      if (Object.prototype.hasOwnProperty.call(shape.fields, key)) {
        Object.defineProperty(out, key, { value: project((value as Record<string, unknown>)[key], shape.fields[key] ?? null), enumerable: true, writable: true, configurable: true });
      } else void sub;
    }
    return out;
  }
  if (isPlainObject && shape.entries !== undefined) {
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
      Object.defineProperty(out, key, { value: project(sub, shape.entries), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (Array.isArray(value) && shape.items !== undefined) return value.map((item) => project(item, shape.items ?? null));
  return value;
}

const anyJson = fc.jsonValue({ maxDepth: 6, stringUnit: 'binary' });

/** Figma-like nodes mixing the fields the review reads with arbitrary other ones, and wrong types. */
const restLike = fc.letrec((tie) => ({
  node: fc.record({
    id: fc.oneof(fc.string({ maxLength: 6 }), anyJson),
    name: fc.oneof(fc.string({ maxLength: 12, unit: 'grapheme' }), anyJson),
    type: fc.constantFrom('FRAME', 'TEXT', 'INSTANCE', 'GROUP', 'SECTION', 'CANVAS', 'COMPONENT'),
    visible: fc.oneof(fc.boolean(), anyJson),
    characters: fc.string({ maxLength: 20, unit: 'grapheme' }),
    componentId: fc.string({ maxLength: 5 }),
    absoluteBoundingBox: fc.oneof(fc.record({ x: fc.double(), y: fc.integer(), width: fc.nat(), height: anyJson, z: anyJson }), anyJson),
    interactions: fc.oneof(fc.array(fc.record({ trigger: anyJson, actions: fc.oneof(fc.array(fc.record({ type: fc.constantFrom('NODE', 'URL'), destinationId: fc.string({ maxLength: 5 }), extra: anyJson })), anyJson) })), anyJson),
    fills: anyJson,
    effects: anyJson,
    sharedPluginData: fc.oneof(fc.record({ authflowreview: fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), anyJson)), other: anyJson }), anyJson),
    children: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), anyJson),
  }, { requiredKeys: ['id', 'type'] }),
  file: fc.record({
    name: fc.string(),
    document: fc.record({ id: fc.constant('0:0'), type: fc.constant('DOCUMENT'), children: fc.array(tie('node'), { maxLength: 3 }) }),
    components: fc.oneof(fc.dictionary(fc.string({ maxLength: 5 }), fc.record({ name: fc.string(), componentSetId: fc.string(), key: anyJson })), anyJson),
    styles: anyJson,
  }, { requiredKeys: ['document'] }),
}));

/** A valid text with one character inserted, deleted or replaced: mostly invalid, sometimes not. */
const mutated = fc.tuple(anyJson, fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...'{}[]",:0-.eE+ \\tnu\u0001x'.split(''))).map(
  ([value, at, how, char]) => {
    const text = JSON.stringify(value);
    const i = at % (text.length + 1);
    if (how === 'insert') return text.slice(0, i) + char + text.slice(i);
    if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + char + text.slice(i + 1);
  },
);

describe('readPrunedJson', () => {
  it('reads any JSON value exactly as JSON.parse does when keeping everything', () => {
    fc.assert(fc.property(anyJson, fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      expect(readPrunedJson(bytes(text), null)).toEqual(JSON.parse(text));
    }), { numRuns: 400 });
  });

  it('keeps exactly the fields of the REST shape, as JSON.parse would have built them', () => {
    fc.assert(fc.property(fc.oneof(restLike.file, anyJson), (value) => {
      const text = JSON.stringify(value);
      expect(readPrunedJson(bytes(text), REST_FILE_FIELDS)).toEqual(project(JSON.parse(text), REST_FILE_FIELDS));
    }), { numRuns: 300 });
  });

  it('gives the REST adapters the same snapshot, stored data or error as the full tree', () => {
    const outcome = (run: () => unknown) => {
      try {
        return { value: run() };
      } catch (error) {
        return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
      }
    };
    fc.assert(fc.property(restLike.file, (value) => {
      const text = JSON.stringify(value);
      const full = JSON.parse(text) as unknown;
      const pruned = readPrunedJson(bytes(text), REST_FILE_FIELDS);
      expect(outcome(() => snapshotFromRest(pruned))).toEqual(outcome(() => snapshotFromRest(full)));
      expect(outcome(() => storedDataFromRest(pruned))).toEqual(outcome(() => storedDataFromRest(full)));
    }), { numRuns: 200 });
  });

  it('accepts what JSON.parse accepts and rejects what it rejects, on mutated and arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(mutated, fc.string({ maxLength: 12 })), fc.constantFrom<FieldShape | null>(null, REST_FILE_FIELDS), (text, shape) => {
      const expected = reference(text);
      const actual = scanned(text, shape);
      expect(actual.ok).toBe(expected.ok);
      if (expected.ok && actual.ok) expect(actual.value).toEqual(project(expected.value, shape));
      if (!actual.ok) {
        expect(actual.error).toBeInstanceOf(JsonSyntaxError);
        const { offset } = actual.error as JsonSyntaxError;
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(bytes(text).length);
      }
    }), { numRuns: 1500 });
  });

  it.each([
    ['', 'end of input'], ['{"a":1,}', 'property name'], ['[1,]', 'unexpected "]"'], ['{"a" 1}', 'expected ":"'],
    ['"tab\there"', 'control character'], ['"\\x"', 'bad escape'], ['"\\u12"', 'bad \\u escape'], ['01', 'unexpected "1"'],
    ['1.', 'bad number'], ['-', 'bad number'], ['1e+', 'bad number'], ['tru', 'unexpected "t"'], ['\uFEFF{}', 'unexpected byte 0xef'],
    ['{"a":[1,2}', 'unexpected "}"'], ['"open', 'unterminated string'], ['{} {}', 'unexpected "{"'],
  ])('rejects %j: %s', (text, problem) => {
    expect(reference(text).ok).toBe(false);
    expect(() => readPrunedJson(bytes(text), REST_FILE_FIELDS)).toThrow(problem);
    expect(() => readPrunedJson(bytes(text), null)).toThrow(problem);
  });

  it('keeps "__proto__" as an own property, as JSON.parse does', () => {
    const text = '{"__proto__":{"polluted":true},"components":{"__proto__":{"name":"X"}}}';
    expect(readPrunedJson(bytes(text), null)).toEqual(JSON.parse(text));
    const pruned = readPrunedJson(bytes(text), REST_FILE_FIELDS) as { components: Record<string, unknown> };
    expect(Object.getPrototypeOf(pruned.components)).toBe(Object.prototype);
    expect(Object.keys(pruned.components)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decodes escaped keys before matching them against the shape', () => {
    const text = '{"\\u006eame":"file","document":{"i\\u0064":"0:0","children":[]}}';
    expect(readPrunedJson(bytes(text), REST_FILE_FIELDS)).toEqual({ name: 'file', document: { id: '0:0', children: [] } });
  });
});

describe('parseRestBytes', () => {
  it('names the line and column of a syntax error in one message', () => {
    const text = '{\n  "name": "x",\n  "document": { "id": 1, }\n}';
    expect(() => parseRestBytes(bytes(text), 'file.json')).toThrow(UsageError);
    expect(() => parseRestBytes(bytes(text), 'file.json')).toThrow(/^file\.json is not valid JSON \(expected a property name in double quotes at line 3, column 26\)$/);
  });

  it('falls back to JSON.parse for kept data nested deeper than the call stack', () => {
    const depth = 200_000;
    const text = `{"document":${'{"children":['.repeat(depth)}${']}'.repeat(depth)}}`;
    const tree = parseRestBytes(bytes(text), 'deep.json') as { document: { children: unknown[] } };
    expect(Array.isArray(tree.document.children)).toBe(true);
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn(bytes('ab\ncd'), 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn(bytes(''), 0)).toEqual({ line: 1, column: 1 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPrunedJson } from '../../src/cli/pruned-json';

const read = (text: string): unknown => readPrunedJson(Buffer.from(text, 'utf8'), null);

/** Number texts as files write them: coordinates, colours, long fractions, exponents, signs. */
const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).chain((value) => fc.integer({ min: 0, max: 20 }).map((digits) => value.toFixed(digits))),
  fc.tuple(fc.boolean(), fc.stringMatching(/^(0|[1-9][0-9]{0,20})$/), fc.stringMatching(/^[0-9]{1,20}$/)).map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}.${fraction}`),
  fc.integer().map(String),
);

describe('readPrunedJson numbers', () => {
  it('reads every number exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        expect(Object.is(read(text), JSON.parse(text))).toBe(true);
        expect(read(`[${text},{"x":${text}}]`)).toEqual(JSON.parse(`[${text},{"x":${text}}]`));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the sign of zero and the edges of exact digits', () => {
    for (const text of ['-0', '-0.0', '0.000', '999999999999999', '9999999999999999', '0.1', '0.3', '123456789012345.6', '1.7976931348623157e308', '5e-324', '-2.5E+3']) {
      expect(Object.is(read(text), JSON.parse(text))).toBe(true);
    }
  });
});

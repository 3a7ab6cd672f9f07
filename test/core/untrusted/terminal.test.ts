import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../../src/core/untrusted';
import { hostileText } from './hostile-text';

/** C0 and C1 controls (but line feed and tab), DEL, bidi marks, embeddings, overrides and isolates, lone surrogates. */
function unsafeUnits(text: string): number[] {
  const out: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    const next = text.charCodeAt(at + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      at++;
      continue;
    }
    const control = (code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f);
    const bidi = code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    if (control || bidi || high || low) out.push(code);
  }
  return out;
}

describe('terminalText', () => {
  it('spells out escape sequences and bidi controls', () => {
    expect(terminalText('a\u001b[31mred\u001b[0m\u202egnp.exe\r\u0085\u009b2J')).toBe('a\\u001b[31mred\\u001b[0m\\u202egnp.exe\\u000d\\u0085\\u009b2J');
    expect(terminalText('\ud800 \ud83d\ude00')).toBe('\\ud800 \ud83d\ude00');
  });

  it('keeps line feeds, tabs and ordinary text', () => {
    expect(terminalText('Ready?\n\tyes — café ✅')).toBe('Ready?\n\tyes — café ✅');
  });

  it('finds what it must spell out in the attack strings', () => {
    expect(unsafeUnits('\u001b[1m\u202e\ud800\u0085')).toEqual([0x1b, 0x202e, 0xd800, 0x85]);
  });

  it('never lets a control, escape or bidi character through, for any text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(unsafeUnits(terminalText(text))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a JSON document valid and equal in meaning', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const json = JSON.stringify({ note: text }, null, 2);
        expect(JSON.parse(terminalText(json))).toEqual({ note: text });
      }),
      { numRuns: 1000 },
    );
  });
});

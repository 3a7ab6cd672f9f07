/**
 * Text bound for a terminal (or a log viewer that acts like one): control characters and
 * escape sequences, bidirectional overrides and isolates, and lone surrogates are spelled
 * out (`\u001b`, `\u202e`) so file content can neither drive the terminal nor reorder what
 * the reader sees. Line feeds and tabs are layout and stay.
 */
import { mapCodeUnits, visibleCodeUnit } from './visible';

function unsafe(code: number): boolean {
  if (code === 0x0a || code === 0x09) return false;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  // Arabic letter mark, LRM/RLM, embeddings and overrides, isolates.
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

export function terminalText(text: string): string {
  return mapCodeUnits(text, (code, lone) => (lone || unsafe(code) ? visibleCodeUnit(code) : undefined));
}

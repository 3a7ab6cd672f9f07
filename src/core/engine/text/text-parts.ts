/**
 * One text layer often holds several things a reader sees apart: links joined by a middle
 * dot ("Invite a colleague · Save and finish later"), lines, or a numbered list
 * ("1 Tell us… 2 Connect… 3 Get your offer"). Detectors judge each part on its own.
 */
const SEPARATORS = /\s*(?:[\n\r\u2028\u2029·•|]|\s[–—-]\s)\s*/;
/** A step number at a word boundary: "1 ", "2. ", "3) ". */
const STEP_NUMBER = /(^|\s)([1-9])[.):]?\s+(?=\S)/g;

/** Splits at step numbers when they count up from 1 (a list, not a figure in a sentence). */
function splitNumbered(piece: string): string[] {
  const starts: number[] = [];
  let expected = 0;
  STEP_NUMBER.lastIndex = 0;
  for (let match = STEP_NUMBER.exec(piece); match !== null; match = STEP_NUMBER.exec(piece)) {
    const digit = Number(match[2]);
    if (expected === 0 ? digit === 1 : digit === expected) {
      starts.push(match.index + match[1]!.length);
      expected = digit + 1;
    }
  }
  if (starts.length < 2) return [piece];
  const parts: string[] = [piece.slice(0, starts[0]).trim()];
  for (let at = 0; at < starts.length; at++) parts.push(piece.slice(starts[at], starts[at + 1]).trim());
  return parts;
}

/** The parts of a text, or an empty list when it is one part. */
export function textParts(raw: string): string[] {
  const pieces = raw.split(SEPARATORS).map((piece) => piece.trim()).filter((piece) => piece !== '');
  const parts: string[] = [];
  for (const piece of pieces) for (const part of splitNumbered(piece)) if (part !== '') parts.push(part);
  return parts.length >= 2 ? parts : [];
}

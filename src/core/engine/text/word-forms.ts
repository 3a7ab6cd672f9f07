/**
 * Word forms: "connected", "connecting" and "connection" all read as "connect", British and
 * American spellings as one ("authorise" / "authorize"), using the Porter stemmer rather than
 * hand-written suffix rules. Works on normalised text (see normalise.ts) and keeps its form:
 * words separated by one space, padded on both sides.
 */
import { stemmer } from 'stemmer';

/** Entries a memo keeps before it starts afresh (see snapshot-index.ts). */
const MEMO_LIMIT = 8192;

export type WordForms = (normalised: string) => string;

/**
 * `spellings` maps a variant spelling to the one the stemmer is given; `unstemmed` words are kept
 * whole because their stem is another word's (lexicon data).
 */
export function createWordForms(spellings: Readonly<Record<string, string>>, unstemmed: readonly string[] = []): WordForms {
  const whole = new Set(unstemmed);
  const stems = new Map<string, string>();
  const stemOf = (word: string): string => {
    // Digits and short words ("4.8", "a") are kept as they are, and not remembered: numbers are many and distinct.
    if (word.length < 3 || /^[0-9]/.test(word)) return word;
    let stem = stems.get(word);
    if (stem === undefined) {
      stem = whole.has(word) ? word : stemmer(Object.prototype.hasOwnProperty.call(spellings, word) ? spellings[word]! : word);
      if (stems.size >= MEMO_LIMIT) stems.clear();
      stems.set(word, stem);
    }
    return stem;
  };
  const texts = new Map<string, string>();
  return (normalised) => {
    if (normalised === ' ') return normalised;
    let out = texts.get(normalised);
    if (out === undefined) {
      out = ` ${normalised.trim().split(' ').map(stemOf).join(' ')} `;
      // Bounded: the plugin process lives long and sees many files, and a small map rehashes quickly.
      if (texts.size >= MEMO_LIMIT) texts.clear();
      texts.set(normalised, out);
    }
    return out;
  };
}

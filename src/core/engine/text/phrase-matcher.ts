import { normaliseText } from './normalise';
import { flatMap } from '../../util/es2017';
import { LETTER_OR_DIGIT } from './word-class';

/** Matches a list of phrases as whole words in normalised text (see normaliseText). */
export interface PhraseMatcher {
  /** True when some phrase occurs. */
  test(normalised: string): boolean;
  /** The first phrase occurrence (normalised, no padding), or null. */
  find(normalised: string): string | null;
  /** True when the whole text is one of the phrases. */
  isWhole(normalised: string): boolean;
}

/**
 * Distinct texts remembered per matcher: mockups repeat the same labels on many screens and
 * every detector asks its lists about every text. Bounded, since the plugin process lives long.
 */
const MEMO_LIMIT = 20000;

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const WORD_CHARS = `[${LETTER_OR_DIGIT}]*`;

function phraseSource(phrase: string): string | null {
  const words = flatMap(phrase.trim().split(/\s+/), (word) => {
    const prefix = word.endsWith('*');
    const core = normaliseText(prefix ? word.slice(0, -1) : word).trim();
    if (core === '') return [];
    const parts = core.split(' ').map((part) => part.replace(REGEX_SPECIALS, '\\$&'));
    if (prefix) parts[parts.length - 1] += WORD_CHARS;
    return parts;
  });
  return words.length === 0 ? null : words.join(' ');
}

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const sources = phrases.map(phraseSource).filter((source): source is string => source !== null);
  // Longest first, so find() reports "connect your" rather than "connect".
  sources.sort((a, b) => b.length - a.length);
  const body = sources.length === 0 ? '(?!)' : sources.join('|');
  const anywhere = new RegExp(` (${body})(?= )`, 'u');
  const whole = new RegExp(`^ (?:${body}) $`, 'u');
  const seen = new Map<string, boolean>();
  return {
    test: (normalised) => {
      let found = seen.get(normalised);
      if (found === undefined) {
        if (seen.size >= MEMO_LIMIT) seen.clear();
        found = anywhere.test(normalised);
        seen.set(normalised, found);
      }
      return found;
    },
    find: (normalised) => anywhere.exec(normalised)?.[1] ?? null,
    isWhole: (normalised) => whole.test(normalised),
  };
}

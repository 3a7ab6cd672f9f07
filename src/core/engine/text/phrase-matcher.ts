import { normaliseText } from './normalise';
import { flatMap } from '../../util/es2017';
import { LETTER_OR_DIGIT } from './word-class';
import type { WordForms } from './word-forms';

/** Matches a list of phrases as whole words in normalised, stemmed text (see word-forms.ts). */
export interface PhraseMatcher {
  /** True when some phrase occurs. */
  test(text: string): boolean;
  /** The first phrase occurrence (as stems, no padding), or null. */
  find(text: string): string | null;
  /** True when the whole text is one of the phrases. */
  isWhole(text: string): boolean;
  /** True when the text starts with one of the phrases. */
  startsWith(text: string): boolean;
}

/**
 * Distinct texts remembered per matcher: mockups repeat the same labels on many screens and
 * every detector asks its lists about every text. Bounded, since the plugin process lives long.
 */
const MEMO_LIMIT = 20000;

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const WORD_CHARS = `[${LETTER_OR_DIGIT}]*`;

/** A phrase as regex source over stems; a trailing * on a word matches any ending of its stem. */
function phraseSource(phrase: string, forms: WordForms): string | null {
  const words = flatMap(phrase.trim().split(/\s+/), (word) => {
    const prefix = word.endsWith('*');
    const normalised = normaliseText(prefix ? word.slice(0, -1) : word);
    const core = (prefix ? normalised : forms(normalised)).trim();
    if (core === '') return [];
    const parts = core.split(' ').map((part) => part.replace(REGEX_SPECIALS, '\\$&'));
    if (prefix) parts[parts.length - 1] += WORD_CHARS;
    return parts;
  });
  return words.length === 0 ? null : words.join(' ');
}

export function compilePhrases(phrases: readonly string[], forms: WordForms): PhraseMatcher {
  const sources = phrases.map((phrase) => phraseSource(phrase, forms)).filter((source): source is string => source !== null);
  // Longest first, so find() reports "connect your" rather than "connect".
  sources.sort((a, b) => b.length - a.length);
  const body = sources.length === 0 ? '(?!)' : sources.join('|');
  const anywhere = new RegExp(` (${body})(?= )`, 'u');
  const whole = new RegExp(`^ (?:${body}) $`, 'u');
  const start = new RegExp(`^ (?:${body})(?= )`, 'u');
  const seen = new Map<string, boolean>();
  return {
    test: (text) => {
      let found = seen.get(text);
      if (found === undefined) {
        if (seen.size >= MEMO_LIMIT) seen.clear();
        found = anywhere.test(text);
        seen.set(text, found);
      }
      return found;
    },
    find: (text) => anywhere.exec(text)?.[1] ?? null,
    isWhole: (text) => whole.test(text),
    startsWith: (text) => start.test(text),
  };
}

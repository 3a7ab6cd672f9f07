import { LETTER_OR_DIGIT } from './word-class';

/**
 * One normal form for everything the detectors compare: lower case, accents and apostrophes
 * dropped ("can't" → "cant"), invisible characters removed, any other punctuation a word
 * break, padded with one space on each side so a phrase can be matched as whole words with a
 * plain " phrase " search.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`]/g;
/**
 * Zero-width spaces and joiners, soft hyphens, word joiners, byte-order marks and direction
 * marks: pasted copy carries them inside words, where they would split "Con\u200bnect" in two.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const NON_WORD = new RegExp(`[^${LETTER_OR_DIGIT}]+`, 'gu');
// Most mockup text is plain printable ASCII: no accents to strip, and letters and digits are [a-z0-9] once lower-cased.
const NON_ASCII = /[^ -~\t\n\r]/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
// "SearchBar" and "iconRefresh" are two words to a reader.
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;

/** "Profit & loss", "Payroll & HR": a spaced ampersand reads as "and". */
const SPACED_AMPERSAND = /\s&\s/g;

export function normaliseText(raw: string): string {
  if (raw === '') return ' ';
  const text = raw.indexOf('&') === -1 ? raw : raw.replace(SPACED_AMPERSAND, ' and ');
  if (!NON_ASCII.test(text)) {
    const ascii = text.toLowerCase().replace(APOSTROPHES, '').replace(ASCII_NON_WORD, ' ').trim();
    return ascii === '' ? ' ' : ` ${ascii} `;
  }
  const words = text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_WORD, ' ')
    .trim();
  return words === '' ? ' ' : ` ${words} `;
}

/** Layer and component names: also split camelCase before normalising. */
export function normaliseName(name: string): string {
  return normaliseText(name.replace(CAMEL_BOUNDARY, '$1 $2'));
}

/** Words are separated by exactly one space in normalised text, which is padded on both sides. */
export function wordCount(normalised: string): number {
  let spaces = 0;
  for (let at = normalised.indexOf(' '); at !== -1; at = normalised.indexOf(' ', at + 1)) spaces++;
  return spaces <= 1 ? 0 : spaces - 1;
}

/** No-break and other wide spaces read as plain spaces in raw text (patterns run on it). */
const WIDE_SPACES = /[\u00a0\u2007\u202f\u3000]/g;
/** Leading symbols and emoji ("🔒 Secure", "✓ Connected", "→ Next") are decoration, not words. */
const LEADING_DECORATION = new RegExp(`^[^${LETTER_OR_DIGIT}"“”'‘’«(\\[+#@£$€]+`, 'u');

/**
 * Raw text as patterns should see it: invisible characters gone, spaces plain, leading decoration
 * dropped, unless the decoration is all there is (a row of "⭐️" is a rating).
 */
export function cleanRaw(text: string): string {
  if (!NON_ASCII.test(text)) return text.trim();
  const plain = text.replace(INVISIBLE, '').replace(WIDE_SPACES, ' ').trim();
  const words = plain.replace(LEADING_DECORATION, '');
  return words === '' ? plain : words;
}

/**
 * One normal form for everything the detectors compare: lower case, accents and apostrophes
 * dropped ("can't" → "cant"), any other punctuation a word break, padded with one space on
 * each side so a phrase can be matched as whole words with a plain " phrase " search.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// "SearchBar" and "iconRefresh" are two words to a reader.
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;

export function normaliseText(text: string): string {
  if (text === '') return ' ';
  const words = text
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

export function wordCount(normalised: string): number {
  const trimmed = normalised.trim();
  return trimmed === '' ? 0 : trimmed.split(' ').length;
}

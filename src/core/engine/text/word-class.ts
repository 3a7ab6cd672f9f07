/**
 * The character class "a letter or digit of any script", as regex source.
 *
 * Unicode property escapes (`\p{L}`) are ES2018 regex syntax. The plugin's main code is parsed
 * by Figma's sandbox, which rejects syntax newer than ES2017, so a property escape may never
 * appear as a regex literal in code that reaches `dist/code.js` (the bundle check enforces
 * this). Instead the class is built at run time: with property escapes where the engine has
 * them (Node, browsers), else with explicit ranges covering the scripts mockups are written in.
 */

const PROPERTY_CLASS = '\\p{L}\\p{N}';

// Letters and digits by range: Latin (with its extensions), Greek, Cyrillic, Armenian, Hebrew,
// Arabic, Devanagari and other Indic blocks, Thai, Georgian, Hangul, kana, CJK ideographs and
// full-width Latin. Marks inside these blocks count as word characters here; the property
// class does not, a difference that only splits words in scripts the lexicon never matches.
const RANGE_CLASS = [
  '0-9A-Za-z',
  '\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be',
  '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4',
  '\\u0370-\\u0373\\u0376\\u0377\\u037b-\\u037d\\u037f\\u0386\\u0388-\\u03ff',
  '\\u0400-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u0561-\\u0587',
  '\\u05d0-\\u05ea\\u05f0-\\u05f2\\u0620-\\u064a\\u0660-\\u0669\\u066e-\\u06d3\\u06f0-\\u06fc',
  '\\u0900-\\u0963\\u0966-\\u096f\\u0971-\\u0dff\\u0e01-\\u0e30\\u0e32\\u0e33\\u0e40-\\u0e46\\u0e50-\\u0e59',
  '\\u10a0-\\u10ff\\u1100-\\u11ff\\u1e00-\\u1fbc\\u1fc2-\\u1fcc\\u1fd0-\\u1fdb\\u1fe0-\\u1fec\\u1ff2-\\u1ffc',
  '\\u2070\\u2071\\u2074-\\u2079\\u207f-\\u2089\\u2090-\\u209c\\u2150-\\u2189\\u2460-\\u249b\\u24ea-\\u24ff',
  '\\u3005-\\u3007\\u3021-\\u3029\\u3041-\\u3096\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff',
  '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff',
  '\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc',
].join('');

function supportsPropertyEscapes(): boolean {
  try {
    // Built from a string, so an ES2017 parser never sees the escape as syntax.
    return new RegExp(`[${PROPERTY_CLASS}]`, 'u').test('é');
  } catch {
    return false;
  }
}

/** Inside-the-brackets source of the class; use it with the `u` flag. */
export const LETTER_OR_DIGIT: string = supportsPropertyEscapes() ? PROPERTY_CLASS : RANGE_CLASS;

/** Exposed for tests, which compare the two forms on text from many scripts. */
export const LETTER_OR_DIGIT_FALLBACK: string = RANGE_CLASS;

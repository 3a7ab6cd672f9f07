/**
 * Breaks up what a reader would turn into a link on sight: `http://…` and other schemes,
 * `www.…` and e-mail addresses. GFM readers (cmark-gfm, remark) and Figma find these in the
 * text after parsing, so escaping cannot stop them; a WORD JOINER (U+2060, no width, no line
 * break) before the scheme's colon, after `www` and around `@` does, and the text reads the same.
 */
export const LINK_BREAKER = '\u2060';

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

export function defuseLinks(text: string): string {
  let out = '';
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    const next = text[at + 1];
    const scheme = char === ':' && isAsciiLetter(text[at - 1]) && next !== undefined && !/^\s$/.test(next);
    const www = char === '.' && at >= 3 && text.slice(at - 3, at).toLowerCase() === 'www';
    if (scheme || www || char === '@') out += LINK_BREAKER;
    out += char;
    // After `@` too: GitHub would otherwise turn `@name` into a mention that notifies someone.
    if (char === '@') out += LINK_BREAKER;
  }
  return out;
}

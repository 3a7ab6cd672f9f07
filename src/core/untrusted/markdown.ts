/**
 * Untrusted text (reviewer notes, file and frame names, mockup copy) inside a Markdown
 * document, for CommonMark and GitHub Flavored Markdown readers: it renders as the same
 * text, never as markup. It is always written on one line, its line breaks shown as ` ⏎ `,
 * so it can neither end a table row or heading nor start a block of its own. HTML's special
 * characters become character references; emphasis, code, link, image, strikethrough, table,
 * heading and math markers are backslash-escaped; a start that could open a block (list,
 * setext underline, a CI runner's `::` command) is escaped; bare URLs, `www.` and e-mail
 * addresses are broken up (links.ts) so GFM does not link them; whitespace a reader would
 * trim at either end is written as a reference.
 */
import { joinLines } from './line-breaks';
import { defuseLinks } from './links';
import { visibleCodeUnit } from './visible';

const ALWAYS_ESCAPED = '\\`*_[]~|!#$';
const REFERENCES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
const START_ESCAPED = '-+=:';

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t';
}

export function markdownInline(text: string): string {
  const line = defuseLinks(joinLines(text));
  const ordered = /^[0-9]{1,9}[.)]/.exec(line);
  let out = '';
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    const reference = REFERENCES[char];
    if ((at === 0 || at === line.length - 1) && isBlank(char)) out += char === '\t' ? '&#9;' : '&#32;';
    else if (reference !== undefined) out += reference;
    else if (ALWAYS_ESCAPED.indexOf(char) >= 0) out += `\\${char}`;
    else if (at === 0 && START_ESCAPED.indexOf(char) >= 0) out += `\\${char}`;
    else if (ordered !== null && at === ordered[0].length - 1) out += `\\${char}`;
    // A Markdown reader turns NUL into U+FFFD: show it instead.
    else if (char === '\u0000') out += `\\${visibleCodeUnit(0)}`;
    else out += char;
  }
  return out;
}

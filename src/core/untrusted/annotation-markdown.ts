/**
 * Untrusted text inside a Figma annotation's `labelMarkdown`. Figma renders a small subset
 * of Markdown there (paragraphs, numbered and bulleted lists, `##` headings, bold, italic,
 * strikethrough, links, inline code and code blocks) and no HTML. Every marker of that
 * subset is backslash-escaped (and `<`, `>`, `&`, `|`, which other Markdown readers treat as
 * markup), a line start that would open a list, heading or setext underline too, and bare
 * URLs, `www.` and e-mail addresses are broken up (links.ts) so no reader turns them into
 * links. Each line of the note stays a line (Figma shows it as a paragraph), trimmed, since
 * leading spaces would open a code block and trailing ones a line break.
 */
import { defuseLinks } from './links';
import { visibleCodeUnit } from './visible';

const ALWAYS_ESCAPED = '\\`*_[]~<>!#&|';
const LINE_START_ESCAPED = '-+=';

function escapeLine(text: string): string {
  const line = defuseLinks(text.replace(/^[ \t]+|[ \t]+$/g, ''));
  const ordered = /^[0-9]{1,9}[.)]/.exec(line);
  let out = '';
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (ALWAYS_ESCAPED.indexOf(char) >= 0) out += `\\${char}`;
    else if (at === 0 && LINE_START_ESCAPED.indexOf(char) >= 0) out += `\\${char}`;
    else if (ordered !== null && at === ordered[0].length - 1) out += `\\${char}`;
    // A Markdown reader turns NUL into U+FFFD: show it instead.
    else if (char === '\u0000') out += `\\${visibleCodeUnit(0)}`;
    else out += char;
  }
  return out;
}

export function annotationText(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeLine).join('\n');
}

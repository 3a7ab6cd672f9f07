// Does dist/code.js parse as ES2017, the level the plugin sandbox is built for?
//
// Decision on regexes: Unicode property escapes (\p{L}, \P{…}; ES2018) are allowed. The
// engine's word splitting needs them for every script, they are a regex feature rather
// than new syntax, and esbuild cannot lower them. Every other ES2018+ feature, in code or in
// a regex (lookbehind, named groups, the s flag …), fails the check. To enforce this, regex
// literals containing property escapes are swapped for a neutral regex of the same length
// before the ES2017 parse, and each such pattern is checked at ES2017 with the escapes
// replaced, so nothing else newer can hide inside them.
import * as acorn from 'acorn';

const PROPERTY_ESCAPE = /\\[pP]\{[^}]*\}/g;

function parsesAt2017(source) {
  try {
    acorn.parse(source, { ecmaVersion: 2017, sourceType: 'script' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** @returns {{ ok: boolean, problem: string | null, propertyEscapeRegexes: number }} */
export function checkEs2017(code) {
  const regexes = [];
  try {
    acorn.parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      onToken: (token) => {
        if (token.type.label === 'regexp') regexes.push(token);
      },
    });
  } catch (error) {
    return { ok: false, problem: `does not parse at all: ${error instanceof Error ? error.message : String(error)}`, propertyEscapeRegexes: 0 };
  }
  let sanitised = code;
  let allowed = 0;
  // From the end, so earlier offsets stay valid.
  for (const token of regexes.slice().reverse()) {
    const { pattern, flags } = token.value;
    if (!PROPERTY_ESCAPE.test(pattern)) continue;
    PROPERTY_ESCAPE.lastIndex = 0;
    const rest = `/${pattern.replace(PROPERTY_ESCAPE, 'a')}/${flags}`;
    const problem = parsesAt2017(rest);
    if (problem) return { ok: false, problem: `regex ${code.slice(token.start, token.end)} uses more than property escapes beyond ES2017: ${problem}`, propertyEscapeRegexes: allowed };
    allowed++;
    const length = token.end - token.start;
    const filler = `/${'a'.repeat(Math.max(1, length - 2))}/`.slice(0, Math.max(3, length));
    sanitised = sanitised.slice(0, token.start) + filler + sanitised.slice(token.end);
  }
  const problem = parsesAt2017(sanitised);
  return { ok: problem === null, problem: problem && `not ES2017: ${problem}`, propertyEscapeRegexes: allowed };
}

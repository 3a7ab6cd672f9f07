// Does dist/code.js parse as ES2017, the level Figma's plugin sandbox parses main code at?
//
// No exceptions: the sandbox rejects newer syntax while parsing, so a single ES2018 regex
// (property escapes, lookbehind, named groups, the s flag) keeps the whole plugin from
// starting. Code that needs such a pattern builds it at run time behind a feature test
// (see docs/architecture.md, "ES2017 in the sandbox").
import * as acorn from 'acorn';

/** @returns {{ ok: boolean, problem: string | null }} */
export function checkEs2017(code) {
  try {
    acorn.parse(code, { ecmaVersion: 2017, sourceType: 'script' });
    return { ok: true, problem: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = error && typeof error === 'object' && 'pos' in error && typeof error.pos === 'number' ? error.pos : null;
    const context = at === null ? '' : ` near \`${code.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}\``;
    return { ok: false, problem: `not ES2017: ${message}${context}` };
  }
}

/**
 * A code unit that must not reach its reader raw, spelled out as `\uXXXX`. The JSON-style
 * spelling keeps a JSON report valid (and equal in meaning) when it is shown this way.
 */
export function visibleCodeUnit(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Rewrites a string one code unit at a time, keeping surrogate pairs together: `replace`
 * returns the text for a unit (or a lone surrogate), or undefined to keep it as it is.
 * No regex with the `u` flag, so the same code runs in the ES2017 sandbox.
 */
export function mapCodeUnits(text: string, replace: (code: number, lone: boolean) => string | undefined): string {
  let out = '';
  let kept = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isHighSurrogate(code) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) {
      at++;
      continue;
    }
    const lone = isHighSurrogate(code) || isLowSurrogate(code);
    const replacement = replace(code, lone);
    if (replacement === undefined) continue;
    out += text.slice(kept, at) + replacement;
    kept = at + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/// <reference types="node" />
// Vitest empties CSS imports, so the style sheets are read as files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string): string => readFileSync(new URL(`../../ui/styles/${name}`, import.meta.url), 'utf8');

function definedIn(css: string, selector: string): Set<string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Set([...block.matchAll(/(--figma-color-[a-z-]+)\s*:/g)].map((m) => m[1]!));
}

describe('theme fallbacks', () => {
  it('defines a light and a dark fallback for every Figma colour variable the panel uses', () => {
    const theme = read('theme.css');
    const used = new Set([...read('app.css').matchAll(/var\((--figma-color-[a-z-]+)\)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(10);
    const light = definedIn(theme, ':where(:root)');
    const dark = definedIn(theme, ':where(html.figma-dark)');
    expect([...used].filter((v) => !light.has(v))).toEqual([]);
    expect([...used].filter((v) => !dark.has(v))).toEqual([]);
  });

  it('keeps the fallbacks below the host’s specificity so Figma’s injected values win', () => {
    const theme = read('theme.css').replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...theme.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim());
    expect(selectors).toEqual([':where(:root)', ':where(html.figma-dark)']);
  });

  it('colours the panel only through theme variables', () => {
    const app = read('app.css').replace(/\/\*[\s\S]*?\*\//g, '');
    const literal = [...app.matchAll(/(?:^|[\s:])(?:color|background|border(?:-[a-z]+)?)\s*:[^;]*(#[0-9a-f]{3,8}|rgb\()/gim)].map((m) => m[0].trim());
    expect(literal).toEqual([]);
  });
});

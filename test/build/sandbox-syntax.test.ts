// The plugin's main code must parse as ES2017 with no exceptions (docs/architecture.md).
// Each probe is bundled the way build.mjs bundles the sandbox, then checked like dist/code.js.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkEs2017 } from '../../scripts/bundle-syntax.mjs';
import { LETTER_OR_DIGIT, LETTER_OR_DIGIT_FALLBACK } from '../../src/core/engine/text/word-class';
import { normaliseText } from '../../src/core/engine/text/normalise';

async function bundleLikeSandbox(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, loader: 'ts', resolveDir: process.cwd() },
    bundle: true,
    write: false,
    target: 'es2017',
    format: 'iife',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('sandbox bundle syntax check', () => {
  it.each([
    ['a Unicode property escape', '(globalThis as any).words = /[^\\p{L}\\p{N}]+/gu;'],
  ])('fails sandbox code with %s, which esbuild leaves as a literal inside a class', async (_, source) => {
    const verdict = checkEs2017(await bundleLikeSandbox(source));
    expect(verdict.ok).toBe(false);
    expect(verdict.problem).toMatch(/not ES2017/);
  });

  it.each([
    ['object spread', 'var merged = { ...a, b: 1 };'],
    ['async iteration', 'async function f(xs) { for await (const x of xs) g(x); }'],
    ['optional catch binding', 'try { f(); } catch { g(); }'],
  ])('fails unlowered %s', (_, code) => {
    expect(checkEs2017(code).ok).toBe(false);
  });

  it('passes the ES2018 regex features esbuild can lower (lookbehind, named groups, s flag)', async () => {
    const code = await bundleLikeSandbox('export const a = /(?<=x)y/; export const b = /(?<year>\\d{4})/; export const c = /a.b/s;');
    expect(checkEs2017(code)).toEqual({ ok: true, problem: null });
  });

  it('passes the word-splitting code the engine ships', async () => {
    const code = await bundleLikeSandbox("export { normaliseText } from './src/core/engine/text/normalise'; export { compilePhrases } from './src/core/engine/text/phrase-matcher';");
    expect(checkEs2017(code)).toEqual({ ok: true, problem: null });
  });
});

describe('letter-or-digit class without property escapes', () => {
  const samples = [
    'Connect your accounting software',
    'Café Zoë — naïve façade',
    'Ελληνικά κείμενα', 'Подключите бухгалтерию', 'שלום עולם', 'مرحبا بالعالم 123',
    '会計ソフトを接続', '회계 소프트웨어 연결', '连接您的会计软件', 'ｆｕｌｌ ｗｉｄｔｈ １２３',
    '🔒 Bank-level encryption', '1 · 2 • 3 | 4 — 5', 'Price: $20/month (VAT incl.)',
  ];
  it('splits text into the same words as the property-escape class', () => {
    const property = new RegExp(`[^${LETTER_OR_DIGIT}]+`, 'gu');
    const fallback = new RegExp(`[^${LETTER_OR_DIGIT_FALLBACK}]+`, 'gu');
    for (const text of samples) {
      const prepared = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      expect(prepared.replace(fallback, ' ').trim(), text).toBe(prepared.replace(property, ' ').trim());
    }
  });
  it('the engine normalises non-ASCII text into words', () => {
    expect(normaliseText('🔒 Sécurisé — Connectez')).toBe(' securise connectez ');
  });
});

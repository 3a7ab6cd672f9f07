/**
 * ES2019 helpers written for ES2017: shared code also runs in the Figma plugin sandbox,
 * which is built for ES2017 (esbuild lowers syntax, but cannot add missing built-ins).
 */

export function flatMap<T, U>(items: readonly T[], map: (item: T, index: number) => readonly U[]): U[] {
  const out: U[] = [];
  items.forEach((item, index) => {
    for (const value of map(item, index)) out.push(value);
  });
  return out;
}

export function fromEntries<K extends string, V>(entries: ReadonlyArray<readonly [K, V]>): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

export function trimEnd(text: string): string {
  return text.replace(/\s+$/, '');
}

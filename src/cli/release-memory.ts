/**
 * Frees the file's bytes as soon as the reader is done with them. The Buffer lives outside the
 * JS heap and young-generation collections never free it, so without a full collection it stays
 * resident until exit and the process peaks at the whole file plus everything built after it.
 * Node exposes no such collection without a flag, so the flag is set here and `gc` taken from a
 * fresh context (the global object is left as it was). One collection of the small pruned
 * tree takes milliseconds; if the runtime refuses, memory is simply released later.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbageNow(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/**
 * Keeps V8's nursery (the young generation) at its starting size for the whole run. It
 * normally grows to tens of megabytes as allocation goes on, which on a file of a few
 * thousand small frames is most of the process's peak; here most objects built (the tree,
 * the snapshot, the engine's index) live to the end anyway, so a larger nursery saves
 * little collection work. Set before the file is read; a runtime that refuses keeps its default.
 */
export function keepNurserySmall(): void {
  try {
    setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // Only the peak memory depends on it.
  }
}


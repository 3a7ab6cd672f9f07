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

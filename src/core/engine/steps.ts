/**
 * Resumable engine work. The engine's passes are generators that yield after a bounded
 * amount of work, so the plugin can spread one review over many short time slices (Figma
 * freezes while the sandbox computes), while the CLI, the preview and the tests drain the
 * same generators in one go: one code path, the same results.
 */

/** A computation that yields (no value) between bounded chunks of work and returns a T. */
export type Steps<T> = Generator<void, T, undefined>;

/**
 * Units of work (a node or a text looked at) between yields. A unit costs about a
 * microsecond, so a chunk stays far below a slice, and the yields are too rare to cost
 * the CLI anything measurable.
 */
export const DEFAULT_CHUNK = 500;

export interface MeterOptions {
  /** Units of work between yields. */
  chunk?: number;
  /** Test hook: called for every unit of work, to check how much runs between yields. */
  onUnit?(): void;
}

/** Counts units of work and says when a chunk is done and the pass should yield. */
export class WorkMeter {
  private sinceYield = 0;
  private readonly chunk: number;
  private readonly onUnit: (() => void) | undefined;

  constructor(options: MeterOptions = {}) {
    this.chunk = Math.max(1, options.chunk ?? DEFAULT_CHUNK);
    this.onUnit = options.onUnit;
  }

  /** Count one unit; true when the chunk is spent (the caller yields, and a new chunk starts). */
  tick(): boolean {
    this.onUnit?.();
    if (++this.sinceYield < this.chunk) return false;
    this.sinceYield = 0;
    return true;
  }

  /** The pass yielded for another reason (a phase ended): the next chunk starts from zero. */
  restart(): void {
    this.sinceYield = 0;
  }
}

/** Array.prototype.filter that yields between chunks. */
export function* filterSteps<T>(meter: WorkMeter, items: readonly T[], keep: (item: T) => boolean): Steps<T[]> {
  const out: T[] = [];
  for (const item of items) {
    if (keep(item)) out.push(item);
    if (meter.tick()) yield;
  }
  return out;
}

/** Array.prototype.find that yields between chunks. */
export function* findSteps<T>(meter: WorkMeter, items: readonly T[], test: (item: T) => boolean): Steps<T | undefined> {
  for (const item of items) {
    if (test(item)) return item;
    if (meter.tick()) yield;
  }
  return undefined;
}

/** Array.prototype.some that yields between chunks. */
export function* someSteps<T>(meter: WorkMeter, items: readonly T[], test: (item: T) => boolean): Steps<boolean> {
  for (const item of items) {
    if (test(item)) return true;
    if (meter.tick()) yield;
  }
  return false;
}

/** Runs the computation to the end at once (CLI, preview, tests). */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

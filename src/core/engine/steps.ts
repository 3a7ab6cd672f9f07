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
export const DEFAULT_CHUNK = 250;

export interface MeterOptions {
  /** Units of work between yields. */
  chunk?: number;
  /** Test hook: told of every unit of work done, to check how much runs between yields. */
  onWork?(units: number): void;
}

/** Counts units of work and says when a chunk is done and the pass should yield. */
export class WorkMeter {
  private sinceYield = 0;
  private readonly chunk: number;
  private readonly onWork: ((units: number) => void) | undefined;

  constructor(options: MeterOptions = {}) {
    this.chunk = Math.max(1, options.chunk ?? DEFAULT_CHUNK);
    this.onWork = options.onWork;
  }

  /** How many of the `remaining` units fit in the current chunk (at least one). */
  room(remaining: number): number {
    return Math.min(remaining, this.chunk - this.sinceYield);
  }

  /** Count units done; true when the chunk is spent (the caller yields, and a new chunk starts). */
  spend(units: number): boolean {
    this.onWork?.(units);
    this.sinceYield += units;
    if (this.sinceYield < this.chunk) return false;
    this.sinceYield = 0;
    return true;
  }

  /** The pass yielded for another reason (a phase ended): the next chunk starts from zero. */
  restart(): void {
    this.sinceYield = 0;
  }
}

/*
 * The list helpers run each chunk as a plain inner loop and resume the generator only
 * between chunks: a suspension point inside the per-item loop made the CLI measurably slower.
 */

/** Array.prototype.forEach that yields between chunks. */
export function* eachSteps<T>(meter: WorkMeter, items: readonly T[], visit: (item: T) => void): Steps<void> {
  let at = 0;
  while (at < items.length) {
    const start = at;
    const end = at + meter.room(items.length - at);
    for (; at < end; at++) visit(items[at]!);
    if (meter.spend(end - start)) yield;
  }
}

const NEVER_ENOUGH = () => false;

/**
 * Array.prototype.filter that yields between chunks. `enough` may end the pass early once the
 * kept items suffice (a detector that quotes a few lines as evidence needs no more of them).
 */
export function* filterSteps<T>(meter: WorkMeter, items: readonly T[], keep: (item: T) => boolean, enough: (kept: T) => boolean = NEVER_ENOUGH): Steps<T[]> {
  const out: T[] = [];
  let at = 0;
  while (at < items.length) {
    const start = at;
    const end = at + meter.room(items.length - at);
    for (; at < end; at++) {
      const item = items[at]!;
      if (keep(item)) {
        out.push(item);
        if (enough(item)) {
          meter.spend(at + 1 - start);
          return out;
        }
      }
    }
    if (meter.spend(end - start)) yield;
  }
  return out;
}

/** Index of the first item that passes, or -1; yields between chunks. */
function* findIndexSteps<T>(meter: WorkMeter, items: readonly T[], test: (item: T) => boolean): Steps<number> {
  let at = 0;
  while (at < items.length) {
    const start = at;
    const end = at + meter.room(items.length - at);
    for (; at < end; at++) {
      if (test(items[at]!)) {
        meter.spend(at + 1 - start);
        return at;
      }
    }
    if (meter.spend(end - start)) yield;
  }
  return -1;
}

/** Array.prototype.find that yields between chunks. */
export function* findSteps<T>(meter: WorkMeter, items: readonly T[], test: (item: T) => boolean): Steps<T | undefined> {
  const found = yield* findIndexSteps(meter, items, test);
  return found < 0 ? undefined : items[found];
}

/** Array.prototype.some that yields between chunks. */
export function* someSteps<T>(meter: WorkMeter, items: readonly T[], test: (item: T) => boolean): Steps<boolean> {
  return (yield* findIndexSteps(meter, items, test)) >= 0;
}

/** Runs the computation to the end at once (CLI, preview, tests). */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

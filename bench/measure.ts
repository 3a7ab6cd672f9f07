/** Small measuring tools shared by the benchmark parts: a clock, heap sampling and GC. */
import { performance } from 'node:perf_hooks';

export const now = (): number => performance.now();

/** Collect garbage when node runs with --expose-gc, so heap figures start from a clean baseline. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Peak heap while `work` runs, sampled on a timer and at every explicit `sample()` call
 * (synchronous slices never let the timer fire, so callers sample at their own yields).
 */
export class HeapPeak {
  private base = 0;
  private peak = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  start(): void {
    collectGarbage();
    this.base = process.memoryUsage().heapUsed;
    this.peak = this.base;
    this.timer = setInterval(() => this.sample(), 5);
  }

  sample(): void {
    const used = process.memoryUsage().heapUsed;
    if (used > this.peak) this.peak = used;
  }

  /** Stop sampling; returns the peak above the starting heap and the absolute peak, in MB. */
  stop(): { aboveBaseMb: number; peakMb: number } {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const mb = (bytes: number): number => bytes / (1024 * 1024);
    return { aboveBaseMb: mb(this.peak - this.base), peakMb: mb(this.peak) };
  }
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * The lengths of the synchronous stretches a scan holds Figma's main thread: from the
 * request to the first yield, between yields, and from the last yield to the reply.
 * The handler's own slicer stats miss work done outside its loop (engine, fingerprints),
 * so the benchmark times every yield itself.
 */
import { now } from './measure';

export class SliceTimeline {
  private sliceStart = 0;
  readonly slices: number[] = [];
  /** Called at each yield (e.g. to sample the heap while the thread is free). */
  onYield: () => void = () => {};

  begin(): void {
    this.sliceStart = now();
  }

  /** The yieldToHost the scan uses: closes the slice, really yields (a timer turn), opens the next one. */
  readonly yieldToHost = async (): Promise<void> => {
    this.slices.push(now() - this.sliceStart);
    this.onYield();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = now();
  };

  end(): void {
    this.slices.push(now() - this.sliceStart);
  }

  get longestMs(): number {
    return this.slices.reduce((max, length) => Math.max(max, length), 0);
  }

  /** Slice length that `share` of the slices stay under (e.g. 0.99). */
  percentileMs(share: number): number {
    if (this.slices.length === 0) return 0;
    const sorted = this.slices.slice().sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  }
}

/**
 * The lengths of the synchronous stretches a scan holds Figma's main thread: from the
 * request to the first yield, between yields, and from the last yield to the reply.
 * The handler's own slicer stats miss work done outside its loop (engine, fingerprints),
 * so the benchmark times every yield itself. Garbage-collection pauses are recorded too,
 * so a long slice can be told apart from long work.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { now } from './measure';

interface Span {
  start: number;
  end: number;
}

/** CPU time the process has used so far (all its threads), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export class SliceTimeline {
  private sliceStart = 0;
  private sliceCpuStart = 0;
  readonly slices: number[] = [];
  /**
   * CPU time the process used during each slice. On a loaded machine the thread is
   * descheduled mid-slice and the wall-clock length grows with no more work done: a long
   * slice with little CPU time in it was the machine, not the scan.
   */
  readonly sliceCpu: number[] = [];
  private readonly spans: Span[] = [];
  private readonly gcPauses: Span[] = [];
  private observer: PerformanceObserver | null = null;
  /** Called at each yield (e.g. to sample the heap while the thread is free). */
  onYield: () => void = () => {};

  begin(): void {
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.gcPauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    });
    this.observer.observe({ entryTypes: ['gc'] });
    this.sliceStart = now();
    this.sliceCpuStart = cpuMs();
  }

  private close(): void {
    const end = now();
    this.slices.push(end - this.sliceStart);
    this.sliceCpu.push(cpuMs() - this.sliceCpuStart);
    this.spans.push({ start: this.sliceStart, end });
  }

  /** The yieldToHost the scan uses: closes the slice, really yields (a timer turn), opens the next one. */
  readonly yieldToHost = async (): Promise<void> => {
    this.close();
    this.onYield();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = now();
    this.sliceCpuStart = cpuMs();
  };

  /** Closes the last slice; GC entries arrive asynchronously, so this waits one turn for them. */
  async end(): Promise<void> {
    this.close();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.observer?.disconnect();
    this.observer = null;
  }

  get longestMs(): number {
    return this.slices.reduce((max, length) => Math.max(max, length), 0);
  }

  /** Slice length that `share` of the slices stay under (e.g. 0.5, 0.99). */
  percentileMs(share: number): number {
    if (this.slices.length === 0) return 0;
    const sorted = this.slices.slice().sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  }

  /** CPU time used during the longest slice (see sliceCpu). */
  get cpuInLongestMs(): number {
    let longest = -1;
    for (let i = 0; i < this.slices.length; i++) if (longest < 0 || this.slices[i]! > this.slices[longest]!) longest = i;
    return longest < 0 ? 0 : this.sliceCpu[longest]!;
  }

  /** The most CPU time any one slice used. */
  get mostCpuInOneSliceMs(): number {
    return this.sliceCpu.reduce((max, ms) => Math.max(max, ms), 0);
  }

  /** Milliseconds of garbage collection inside the longest slice. */
  get gcInLongestMs(): number {
    let longest: Span | null = null;
    for (const span of this.spans) if (!longest || span.end - span.start > longest.end - longest.start) longest = span;
    if (!longest) return 0;
    let total = 0;
    for (const pause of this.gcPauses) total += Math.max(0, Math.min(pause.end, longest.end) - Math.max(pause.start, longest.start));
    return total;
  }

  /** GC pauses that fell inside a slice, and the longest of them. */
  get gcSummary(): { pauses: number; longestMs: number; totalMs: number } {
    let longestMs = 0;
    let totalMs = 0;
    for (const pause of this.gcPauses) {
      longestMs = Math.max(longestMs, pause.end - pause.start);
      totalMs += pause.end - pause.start;
    }
    return { pauses: this.gcPauses.length, longestMs, totalMs };
  }
}

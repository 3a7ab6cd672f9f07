/**
 * Cooperative time slicing: work runs until the slice budget is spent, then yields to
 * Figma (setTimeout 0) so the editor stays responsive, and checks for cancellation.
 */
import { ProtocolError } from '../../core/protocol/channel';

export interface SliceOptions {
  budgetMs: number;
  now(): number;
  yieldToHost(): Promise<void>;
  isCancelled(): boolean;
  /** Called after each yield (progress reporting). */
  onYield?(): void;
}

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
}

export const DEFAULT_SLICE_BUDGET_MS = 4;

export const yieldWithTimeout = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Slicer {
  private sliceStart: number;
  readonly stats: SliceStats = { slices: 0, longestSliceMs: 0 };

  constructor(private readonly options: SliceOptions) {
    this.sliceStart = options.now();
  }

  private throwIfCancelled(): void {
    if (this.options.isCancelled()) throw new ProtocolError('cancelled', 'The scan was cancelled.');
  }

  /**
   * True once the slice budget is spent. Hot loops test this per unit of work and await
   * yieldNow() only when it is true: an awaited checkpoint per node would allocate a
   * promise per node, and the garbage it makes shows up as long GC pauses mid-slice.
   */
  due(): boolean {
    return this.options.now() - this.sliceStart >= this.options.budgetMs;
  }

  /** Call between units of work: yields once the budget is spent. */
  async checkpoint(): Promise<void> {
    if (this.due()) await this.yieldNow();
  }

  async yieldNow(): Promise<void> {
    this.closeSlice();
    await this.options.yieldToHost();
    this.throwIfCancelled();
    this.sliceStart = this.options.now();
    this.options.onYield?.();
  }

  /** Record the current slice (call once at the end too). */
  closeSlice(): void {
    const length = this.options.now() - this.sliceStart;
    this.stats.slices++;
    if (length > this.stats.longestSliceMs) this.stats.longestSliceMs = length;
  }
}

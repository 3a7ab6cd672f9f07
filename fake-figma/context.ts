/**
 * State shared by every node of one fake document: the id counter, the node registry,
 * the read counter the benchmark uses, and settings that change how nodes behave.
 */
import type { FakeNode } from './nodes';

interface Clock {
  now(): number;
}

function highResolutionClock(): Clock {
  const perf = (globalThis as { performance?: Clock }).performance;
  return perf && typeof perf.now === 'function' ? perf : { now: () => Date.now() };
}

export class FakeContext {
  readonly mixed: symbol = Symbol('figma.mixed');
  readonly nodes = new Map<string, FakeNode>();
  /** Property reads per node id, counted while `counting` is on. */
  readonly reads = new Map<string, number>();
  counting = true;
  /** Busy-wait this many microseconds on every counted read, to model a slow document. */
  readCostMicros = 0;
  skipInvisibleInstanceChildren = false;
  /** The plugin instance whose write is running (null: the document's own instance). */
  writer: object | null = null;
  private nextId = 1;
  private readonly clock = highResolutionClock();

  newId(): string {
    for (;;) {
      const id = `${1 + Math.floor(this.nextId / 1000)}:${this.nextId++ % 1000}`;
      if (!this.nodes.has(id)) return id;
    }
  }

  /** Ids loaded from a file keep their value; keep generated ones from colliding with them. */
  reserveId(id: string): void {
    if (this.nodes.has(id)) throw new Error(`Duplicate node id ${id}`);
  }

  touch(nodeId: string): void {
    if (!this.counting) return;
    this.reads.set(nodeId, (this.reads.get(nodeId) ?? 0) + 1);
    if (this.readCostMicros > 0) {
      const until = this.clock.now() + this.readCostMicros / 1000;
      while (this.clock.now() < until) {
        // Busy-wait: the cost of a read in a large real document.
      }
    }
  }

  resetReads(): void {
    this.reads.clear();
  }

  totalReads(): number {
    let total = 0;
    for (const count of this.reads.values()) total += count;
    return total;
  }
}

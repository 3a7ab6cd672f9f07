/**
 * The screens to read, in order, growing as the prototype is read: a component becomes a
 * screen when a starting point or a step read so far leads to it (to it or to one of its
 * variants). Both adapters drive it the same way (next, read the screen, follow its steps),
 * so the plugin and the CLI review the same screens in the same order.
 */
import type { ScopeNode, ScreenCandidates } from './types';

export class ScreenQueue {
  private readonly queue: ScopeNode[] = [];
  private head = 0;
  /** Waiting components by every id a link may target: the component and its variants. */
  private readonly waiting = new Map<string, ScopeNode>();
  private readonly queued = new Set<string>();

  constructor(candidates: ScreenCandidates, startIds: Iterable<string>) {
    for (const screen of candidates.screens) this.add(screen);
    for (const candidate of candidates.linkOnly) {
      if (this.queued.has(candidate.id)) continue;
      this.waiting.set(candidate.id, candidate);
      for (const variant of candidate.children ?? []) if (!this.waiting.has(variant.id)) this.waiting.set(variant.id, candidate);
    }
    this.follow(startIds);
  }

  private add(node: ScopeNode): void {
    if (this.queued.has(node.id)) return;
    this.queued.add(node.id);
    this.queue.push(node);
  }

  /** The next screen to read, or undefined when every screen so far is read. */
  next(): ScopeNode | undefined {
    return this.head < this.queue.length ? this.queue[this.head++] : undefined;
  }

  /** Destinations of the steps (or starting points) just read: the components they reach become screens. */
  follow(destinationIds: Iterable<string>): void {
    for (const id of destinationIds) this.followOne(id);
  }

  followOne(destinationId: string): void {
    const candidate = this.waiting.get(destinationId);
    if (candidate !== undefined) this.add(candidate);
  }

  /** Screens known so far (read or waiting to be). */
  get size(): number {
    return this.queue.length;
  }
}

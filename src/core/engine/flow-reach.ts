/**
 * Which screens the prototype reaches, and how: the questions the engine asks of the flow beyond
 * the facts every review computes (start, connect prompt, path, dead ends).
 */
import type { PrototypeLink } from '../model/snapshot';
import type { DetectorContext } from './context';

/** Frame id → the frames its links lead to. */
export type LinkGraph = Map<string, string[]>;

export function linkGraph(links: readonly PrototypeLink[]): LinkGraph {
  const next: LinkGraph = new Map();
  for (const link of links) {
    const list = next.get(link.sourceFrameId);
    if (list) list.push(link.destinationFrameId);
    else next.set(link.sourceFrameId, [link.destinationFrameId]);
  }
  return next;
}

/** Frames `start` reaches without passing through `avoid`. */
export function reachableAvoiding(graph: LinkGraph, start: string | null, avoid: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  if (start === null || avoid.has(start)) return seen;
  const queue = [start];
  seen.add(start);
  while (queue.length > 0) {
    for (const to of graph.get(queue.shift()!) ?? []) {
      if (seen.has(to) || avoid.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}

/** Frames within `steps` steps after `from` (itself included). */
export function framesWithin(graph: LinkGraph, from: string, steps: number): Set<string> {
  const reached = new Set<string>([from]);
  let edge = [from];
  for (let step = 0; step < steps && edge.length > 0; step++) {
    const following: string[] = [];
    for (const frame of edge) {
      for (const to of graph.get(frame) ?? []) {
        if (reached.has(to)) continue;
        reached.add(to);
        following.push(to);
      }
    }
    edge = following;
  }
  return reached;
}

/** The screens that links open from the screens `from` picks. */
export function framesOpenedFrom(context: DetectorContext, from: (frameId: string) => boolean): Set<string> {
  const opened = new Set<string>();
  for (const link of context.index.snapshot.links) if (from(link.sourceFrameId)) opened.add(link.destinationFrameId);
  return opened;
}

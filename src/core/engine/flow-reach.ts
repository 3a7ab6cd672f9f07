/**
 * Which screens the prototype reaches, and how: the questions a detector asks of the flow beyond
 * the facts every review computes (start, connect prompt, path, dead ends).
 */
import type { DetectorContext } from './context';

function nextFrames(context: DetectorContext): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const link of context.index.snapshot.links) {
    const list = next.get(link.sourceFrameId);
    if (list) list.push(link.destinationFrameId);
    else next.set(link.sourceFrameId, [link.destinationFrameId]);
  }
  return next;
}

/** Frames the start reaches without passing through `avoid`. */
export function reachableAvoiding(context: DetectorContext, avoid: ReadonlySet<string>): Set<string> {
  const start = context.flow.startFrameId;
  const seen = new Set<string>();
  if (start === null || avoid.has(start)) return seen;
  const next = nextFrames(context);
  const queue = [start];
  seen.add(start);
  while (queue.length > 0) {
    for (const to of next.get(queue.shift()!) ?? []) {
      if (seen.has(to) || avoid.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}

/**
 * Flow analysis over prototype links (the flow terms in docs/checklist.md):
 * - start: the page's prototype starting point when set, else the frame that reads as sign-up;
 * - connect: the first frame breadth-first from the start that presents a connect CTA;
 * - steps: transitions on the shortest path between them (null without links);
 * - order: reachable frames breadth-first, then the rest in canvas order;
 * - dead ends: reachable frames, not downstream of the connect frame, that cannot reach it.
 *   Without a connect frame there is nothing to reach, so there are no dead ends to report.
 */
import type { FlowFacts } from '../model/findings';
import type { Snapshot, SnapshotFrame } from '../model/snapshot';
import { canvasOrder } from './canvas-order';
import type { SnapshotIndex } from './snapshot-index';
import { eachSteps, findSteps, someSteps, type Steps, type WorkMeter } from './steps';
import type { LexiconMatchers } from './text/lexicon-matchers';

type Graph = Map<string, string[]>;

function* buildGraphs(snapshot: Snapshot, frameIds: Set<string>, meter: WorkMeter): Steps<{ forward: Graph; backward: Graph }> {
  const forward: Graph = new Map();
  const backward: Graph = new Map();
  const add = (graph: Graph, from: string, to: string) => {
    const list = graph.get(from);
    if (!list) graph.set(from, [to]);
    else list.push(to);
  };
  // Each pair of frames once. Looked up in a set per source: searching the lists made a screen
  // that every other one links to (a navigation bar's Home) quadratic in the number of frames,
  // and a joined key per link was garbage on files with many links.
  const seen = new Map<string, Set<string>>();
  yield* eachSteps(meter, snapshot.links, (link) => {
    if (!frameIds.has(link.sourceFrameId) || !frameIds.has(link.destinationFrameId)) return;
    if (link.sourceFrameId === link.destinationFrameId) return;
    let targets = seen.get(link.sourceFrameId);
    if (targets === undefined) {
      targets = new Set();
      seen.set(link.sourceFrameId, targets);
    } else if (targets.has(link.destinationFrameId)) {
      return;
    }
    targets.add(link.destinationFrameId);
    add(forward, link.sourceFrameId, link.destinationFrameId);
    add(backward, link.destinationFrameId, link.sourceFrameId);
  });
  return { forward, backward };
}

/** Breadth-first distances from `from`; insertion order of the map is the visiting order. */
function breadthFirst(graph: Graph, from: string): Map<string, { distance: number; previous: string | null }> {
  const seen = new Map<string, { distance: number; previous: string | null }>([[from, { distance: 0, previous: null }]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    const distance = seen.get(current)!.distance;
    for (const next of graph.get(current) ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, { distance: distance + 1, previous: current });
      queue.push(next);
    }
  }
  return seen;
}

function* readsAsSignUp(index: SnapshotIndex, lexicon: LexiconMatchers, frames: readonly SnapshotFrame[], meter: WorkMeter): Steps<SnapshotFrame | null> {
  const { signUp } = lexicon.phrases;
  const byName = frames.find((frame) => signUp.test(index.frameNames.get(frame.id) ?? ' '));
  if (byName) return byName;
  // A frame whose heading-like short text says "Create your account" reads as sign-up too.
  for (const frame of frames) {
    const nodes = index.byFrame.get(frame.id) ?? [];
    if (yield* someSteps(meter, nodes, (node) => node.words > 0 && node.words <= 5 && signUp.test(node.text))) return frame;
  }
  return null;
}

function* findStart(snapshot: Snapshot, index: SnapshotIndex, lexicon: LexiconMatchers, ordered: readonly SnapshotFrame[], meter: WorkMeter): Steps<string | null> {
  const declared = yield* findSteps(meter, snapshot.flowStarts, (start) => index.framesById.has(start.frameId));
  if (declared) return declared.frameId;
  return (yield* readsAsSignUp(index, lexicon, ordered, meter))?.id ?? null;
}

export function* analyseFlow(index: SnapshotIndex, lexicon: LexiconMatchers, ctaFrames: ReadonlySet<string>, meter: WorkMeter): Steps<FlowFacts> {
  const { snapshot } = index;
  const ordered = canvasOrder(snapshot.frames);
  const frameIds = new Set(ordered.map((frame) => frame.id));
  const { forward, backward } = yield* buildGraphs(snapshot, frameIds, meter);
  const hasLinks = forward.size > 0;
  const startFrameId = yield* findStart(snapshot, index, lexicon, ordered, meter);
  if (startFrameId === null) {
    return {
      startFrameId, connectFrameId: null, stepsToConnect: null, pathToConnect: [],
      order: ordered.map((frame) => frame.id), deadEnds: [], hasLinks,
    };
  }
  const reached = breadthFirst(forward, startFrameId);
  const reachedIds = [...reached.keys()];
  const connectFrameId = reachedIds.find((id) => ctaFrames.has(id)) ?? null;
  const order = [...reachedIds, ...ordered.map((frame) => frame.id).filter((id) => !reached.has(id))];

  let pathToConnect: string[] = [];
  let stepsToConnect: number | null = null;
  let deadEnds: string[];
  if (connectFrameId !== null) {
    for (let at: string | null = connectFrameId; at !== null; at = reached.get(at)?.previous ?? null) pathToConnect.unshift(at);
    // Without links there is no path to count: the start itself presents the CTA.
    if (hasLinks) stepsToConnect = pathToConnect.length - 1;
    else pathToConnect = [];
    const downstream = breadthFirst(forward, connectFrameId);
    const canReach = breadthFirst(backward, connectFrameId);
    deadEnds = reachedIds.filter((id) => !downstream.has(id) && !canReach.has(id));
  } else {
    deadEnds = [];
  }
  return { startFrameId, connectFrameId, stepsToConnect, pathToConnect, order, deadEnds, hasLinks };
}

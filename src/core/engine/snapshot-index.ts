/**
 * Everything the detectors ask about the snapshot, computed once per run: each node's
 * normalised text and name, lookups by id and by frame, and which nodes are clickable.
 * Detectors then scan lists instead of re-normalising or searching the tree.
 */
import type { Snapshot, SnapshotFrame, SnapshotNode } from '../model/snapshot';
import { eachSteps, type Steps, type WorkMeter } from './steps';
import { normaliseName, normaliseText, wordCount } from './text/normalise';

export interface IndexedNode {
  node: SnapshotNode;
  frame: SnapshotFrame;
  /** Normalised characters of a TEXT node; " " for other nodes. */
  text: string;
  /** Number of words in `text`. */
  words: number;
  /** Normalised layer name plus component name. */
  name: string;
}

export interface SnapshotIndex {
  snapshot: Snapshot;
  nodes: IndexedNode[];
  /**
   * Nodes by id, one map per frame: parents are only looked up within a frame, and one map
   * of every node stalls for tens of milliseconds each time it grows past a power of two.
   */
  byIdInFrame: Map<SnapshotFrame, Map<string, IndexedNode>>;
  byFrame: Map<string, IndexedNode[]>;
  framesById: Map<string, SnapshotFrame>;
  /** Normalised frame names by frame id. */
  frameNames: Map<string, string>;
  /** Ids of nodes that start a prototype link. */
  linkSources: Set<string>;
  /** Nodes with at least one word of text, in document order: most detectors scan only these. */
  texts: IndexedNode[];
}

/** Normalises each distinct string once: mockups repeat labels, names and component names a lot. */
function memoised(normalise: (raw: string) => string): (raw: string) => string {
  const seen = new Map<string, string>();
  return (raw) => {
    let out = seen.get(raw);
    if (out === undefined) {
      out = normalise(raw);
      seen.set(raw, out);
    }
    return out;
  };
}

export function* indexSnapshot(snapshot: Snapshot, meter: WorkMeter): Steps<SnapshotIndex> {
  const nodes: IndexedNode[] = [];
  const byIdInFrame = new Map<SnapshotFrame, Map<string, IndexedNode>>();
  const byFrame = new Map<string, IndexedNode[]>();
  const framesById = new Map<string, SnapshotFrame>();
  const frameNames = new Map<string, string>();
  const texts: IndexedNode[] = [];
  const text = memoised(normaliseText);
  const name = memoised(normaliseName);
  for (const frame of snapshot.frames) {
    framesById.set(frame.id, frame);
    frameNames.set(frame.id, name(frame.name));
    const inFrame: IndexedNode[] = [];
    const byId = new Map<string, IndexedNode>();
    byIdInFrame.set(frame, byId);
    yield* eachSteps(meter, frame.nodes, (node) => {
      const normalised = node.text === undefined ? ' ' : text(node.text);
      const indexed: IndexedNode = {
        node,
        frame,
        text: normalised,
        words: normalised === ' ' ? 0 : wordCount(normalised),
        name: name(node.componentName === undefined ? node.name : `${node.name} ${node.componentName}`),
      };
      nodes.push(indexed);
      if (indexed.words > 0) texts.push(indexed);
      inFrame.push(indexed);
      byId.set(node.id, indexed);
    });
    byFrame.set(frame.id, inFrame);
  }
  const linkSources = new Set<string>();
  yield* eachSteps(meter, snapshot.links, (link) => linkSources.add(link.sourceNodeId));
  return { snapshot, nodes, byIdInFrame, byFrame, framesById, frameNames, linkSources, texts };
}

/** The node's parents up to (not including) its frame, nearest first. */
export function ancestorsOf(index: SnapshotIndex, node: IndexedNode, maxLevels = Infinity): IndexedNode[] {
  const out: IndexedNode[] = [];
  const byId = index.byIdInFrame.get(node.frame);
  if (!byId) return out;
  let parent = byId.get(node.node.parentId);
  // The depth bound also guards against a malformed snapshot whose parent ids form a cycle.
  let guard = node.node.depth;
  while (parent && parent.frame === node.frame && out.length < maxLevels && guard-- > 0) {
    out.push(parent);
    parent = byId.get(parent.node.parentId);
  }
  return out;
}

/** The frame's visible nodes in document order. */
export function nodesOfFrame(index: SnapshotIndex, frameId: string): IndexedNode[] {
  return index.byFrame.get(frameId) ?? [];
}

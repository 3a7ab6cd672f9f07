/**
 * Everything the detectors ask about the snapshot, computed once per run: each node's
 * normalised text and name, lookups by id and by frame, and which nodes are clickable.
 * Detectors then scan lists instead of re-normalising or searching the tree.
 */
import type { Snapshot, SnapshotFrame, SnapshotNode } from '../model/snapshot';
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
  byId: Map<string, IndexedNode>;
  byFrame: Map<string, IndexedNode[]>;
  framesById: Map<string, SnapshotFrame>;
  /** Normalised frame names by frame id. */
  frameNames: Map<string, string>;
  /** Ids of nodes that start a prototype link. */
  linkSources: Set<string>;
}

export function indexSnapshot(snapshot: Snapshot): SnapshotIndex {
  const nodes: IndexedNode[] = [];
  const byId = new Map<string, IndexedNode>();
  const byFrame = new Map<string, IndexedNode[]>();
  const framesById = new Map<string, SnapshotFrame>();
  const frameNames = new Map<string, string>();
  for (const frame of snapshot.frames) {
    framesById.set(frame.id, frame);
    frameNames.set(frame.id, normaliseName(frame.name));
    const inFrame: IndexedNode[] = [];
    for (const node of frame.nodes) {
      const text = node.text === undefined ? ' ' : normaliseText(node.text);
      const componentName = node.componentName === undefined ? '' : ` ${node.componentName}`;
      const indexed: IndexedNode = {
        node,
        frame,
        text,
        words: wordCount(text),
        name: normaliseName(node.name + componentName),
      };
      nodes.push(indexed);
      inFrame.push(indexed);
      byId.set(node.id, indexed);
    }
    byFrame.set(frame.id, inFrame);
  }
  const linkSources = new Set(snapshot.links.map((link) => link.sourceNodeId));
  return { snapshot, nodes, byId, byFrame, framesById, frameNames, linkSources };
}

/** The node's parents up to (not including) its frame, nearest first. */
export function ancestorsOf(index: SnapshotIndex, node: IndexedNode, maxLevels = Infinity): IndexedNode[] {
  const out: IndexedNode[] = [];
  let parent = index.byId.get(node.node.parentId);
  // The depth bound also guards against a malformed snapshot whose parent ids form a cycle.
  let guard = node.node.depth;
  while (parent && parent.frame === node.frame && out.length < maxLevels && guard-- > 0) {
    out.push(parent);
    parent = index.byId.get(parent.node.parentId);
  }
  return out;
}

/** The frame's visible nodes in document order. */
export function nodesOfFrame(index: SnapshotIndex, frameId: string): IndexedNode[] {
  return index.byFrame.get(frameId) ?? [];
}

/**
 * Everything the detectors ask about the snapshot, computed once per run: each node's
 * normalised text (as word forms) and name, lookups by id and by frame, which nodes are
 * clickable, and the parts of texts that hold several things (see text-parts.ts).
 * Detectors then scan lists instead of re-normalising or searching the tree.
 */
import type { Snapshot, SnapshotFrame, SnapshotNode } from '../model/snapshot';
import { eachSteps, type Steps, type WorkMeter } from './steps';
import { cleanRaw, normaliseName, normaliseText, wordCount } from './text/normalise';
import { textParts } from './text/text-parts';
import type { WordForms } from './text/word-forms';

export interface IndexedNode {
  node: SnapshotNode;
  frame: SnapshotFrame;
  /** Normalised word forms of a TEXT node (or of this part of it); " " for other nodes. */
  text: string;
  /** Number of words in `text`. */
  words: number;
  /** The raw characters (of this part), without invisible characters or leading emoji; "" for other nodes. */
  raw: string;
  /** Set on a part of a text that holds several (the node itself is indexed whole in `nodes`). */
  part?: true;
  /** Normalised layer name plus component name, as word forms. */
  name: string;
}

export interface SnapshotIndex {
  snapshot: Snapshot;
  /** Every node, whole, in document order. */
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
  /** Texts with at least one word, in document order, split into their parts: most detectors scan only these. */
  texts: IndexedNode[];
  textsByFrame: Map<string, IndexedNode[]>;
}

/**
 * Entries a memo keeps before it starts afresh. A large file has tens of thousands of distinct
 * texts, and a map that grows past a power of two rehashes everything at once: kept small,
 * each rehash costs a fraction of a time slice. Repeated labels are still met again soon.
 */
const MEMO_LIMIT = 8192;

/** Normalises each distinct string once: mockups repeat labels, names and component names a lot. */
function memoised<T>(normalise: (raw: string) => T): (raw: string) => T {
  let seen = new Map<string, T>();
  return (raw) => {
    let out = seen.get(raw);
    if (out === undefined) {
      out = normalise(raw);
      if (seen.size >= MEMO_LIMIT) seen = new Map();
      seen.set(raw, out);
    }
    return out;
  };
}

interface TextFacts {
  text: string;
  words: number;
  raw: string;
}

const NO_TEXT: TextFacts = { text: ' ', words: 0, raw: '' };

export function* indexSnapshot(snapshot: Snapshot, forms: WordForms, meter: WorkMeter): Steps<SnapshotIndex> {
  const nodes: IndexedNode[] = [];
  const byIdInFrame = new Map<SnapshotFrame, Map<string, IndexedNode>>();
  const byFrame = new Map<string, IndexedNode[]>();
  const textsByFrame = new Map<string, IndexedNode[]>();
  const framesById = new Map<string, SnapshotFrame>();
  const frameNames = new Map<string, string>();
  const texts: IndexedNode[] = [];
  const text = memoised((raw) => forms(normaliseText(raw)));
  const name = memoised((raw) => forms(normaliseName(raw)));
  const parts = memoised(textParts);
  // Everything read from a node's characters, once per distinct text.
  const textFacts = memoised((raw): TextFacts => {
    const normalised = text(raw);
    return { text: normalised, words: normalised === ' ' ? 0 : wordCount(normalised), raw: cleanRaw(raw) };
  });
  // Layer and component names by component, then layer name: no joined string built per node.
  const withComponent = new Map<string, (layerName: string) => string>();
  const nameOf = (node: SnapshotNode): string => {
    if (node.componentName === undefined) return name(node.name);
    let named = withComponent.get(node.componentName);
    if (named === undefined) {
      const componentName = node.componentName;
      named = memoised((layerName) => name(`${layerName} ${componentName}`));
      if (withComponent.size >= MEMO_LIMIT) withComponent.clear();
      withComponent.set(componentName, named);
    }
    return named(node.name);
  };
  for (const frame of snapshot.frames) {
    framesById.set(frame.id, frame);
    frameNames.set(frame.id, name(frame.name));
    const inFrame: IndexedNode[] = [];
    const textsInFrame: IndexedNode[] = [];
    const byId = new Map<string, IndexedNode>();
    byIdInFrame.set(frame, byId);
    yield* eachSteps(meter, frame.nodes, (node) => {
      const facts = node.text === undefined ? NO_TEXT : textFacts(node.text);
      const indexed: IndexedNode = { node, frame, text: facts.text, words: facts.words, raw: facts.raw, name: nameOf(node) };
      nodes.push(indexed);
      inFrame.push(indexed);
      byId.set(node.id, indexed);
      if (indexed.words === 0) return;
      const split = indexed.words > 2 ? parts(node.text!) : [];
      if (split.length === 0) {
        texts.push(indexed);
        textsInFrame.push(indexed);
        return;
      }
      for (const piece of split) {
        const partText = text(piece);
        if (partText === ' ') continue;
        const part: IndexedNode = { node, frame, text: partText, words: wordCount(partText), raw: cleanRaw(piece), part: true, name: indexed.name };
        texts.push(part);
        textsInFrame.push(part);
      }
    });
    byFrame.set(frame.id, inFrame);
    textsByFrame.set(frame.id, textsInFrame);
  }
  const linkSources = new Set<string>();
  yield* eachSteps(meter, snapshot.links, (link) => linkSources.add(link.sourceNodeId));
  return { snapshot, nodes, byIdInFrame, byFrame, framesById, frameNames, linkSources, texts, textsByFrame };
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

/** The whole text a part was cut from, as the index read it (the node itself when it is whole). */
export function wholeText(index: SnapshotIndex, node: IndexedNode): IndexedNode {
  return node.part ? index.byIdInFrame.get(node.frame)?.get(node.node.id) ?? node : node;
}

/** Whether the node, or one of its nearest `levels` ancestors, has an id `test` accepts (a link's source, say). */
export function isOrUnder(index: SnapshotIndex, node: IndexedNode, levels: number, test: (nodeId: string) => boolean): boolean {
  return test(node.node.id) || ancestorsOf(index, node, levels).some((ancestor) => test(ancestor.node.id));
}

const childrenCache = new WeakMap<SnapshotIndex, Map<string, Map<string, IndexedNode[]>>>();

/**
 * The children of `parentId` inside one frame, in document order. Built per frame on first
 * use: only the few frames with a candidate control ever need it.
 */
export function childrenOf(index: SnapshotIndex, frameId: string, parentId: string): IndexedNode[] {
  let frames = childrenCache.get(index);
  if (!frames) {
    frames = new Map();
    childrenCache.set(index, frames);
  }
  let byParent = frames.get(frameId);
  if (!byParent) {
    byParent = new Map();
    for (const node of index.byFrame.get(frameId) ?? []) {
      const list = byParent.get(node.node.parentId);
      if (list) list.push(node);
      else byParent.set(node.node.parentId, [node]);
    }
    frames.set(frameId, byParent);
  }
  return byParent.get(parentId) ?? [];
}

/** The frame's visible nodes in document order. */
export function nodesOfFrame(index: SnapshotIndex, frameId: string): IndexedNode[] {
  return index.byFrame.get(frameId) ?? [];
}

/** The frame's texts (split into parts) in document order. */
export function textsOfFrame(index: SnapshotIndex, frameId: string): IndexedNode[] {
  return index.textsByFrame.get(frameId) ?? [];
}

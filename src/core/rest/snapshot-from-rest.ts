/**
 * Figma REST file JSON (GET /v1/files/:key, or /nodes) → Snapshot of the screens in scope
 * (core/scope: the prototyped pages by default). Reads the parsed tree in place:
 * no deep copies, text strings shared with the parsed JSON, an explicit stack instead of
 * recursion so deep trees cannot overflow. Anything unreadable raises a RestInputError
 * naming the node path; nothing else is ever thrown.
 */
import { readsPaint, summarisePaints, type PrototypeLink, type Snapshot, type SnapshotFrame, type SnapshotNode } from '../model/snapshot';
import { chosenCandidates, nothingToReview, pageCandidates, pagesInScope, ScopeError, ScreenQueue, stepDestination, type ScopeRequest } from '../scope';
import { componentNamer } from './components';
import { RestInputError } from './errors';
import { arrayField, boundingBox, finiteNumber, isObject, pathLabel, stringField, type JsonObject } from './read-node';
import { readResponse } from './response';
import { readRestPages, type PlacedNode } from './scope-from-rest';
import { flatMap } from '../util/es2017';

export interface RestOptions extends ScopeRequest {
  /** Review only these top-level frames or sections (ids as in the file). */
  frameIds?: string[];
}

interface RawLink {
  sourceNodeId: string;
  sourceFrameId: string;
  destinationId: string;
}

function requireId(node: JsonObject, path: string): string {
  const id = stringField(node, 'id');
  if (id === undefined || id === '') throw new RestInputError(path, 'node has no id');
  return id;
}

/**
 * Where a node's prototype takes the customer (core/scope/flow-step.ts): the steps among the
 * NODE actions of its interactions. The older transitionNodeID (a plain navigation) counts
 * unless it mirrors one of the interactions' destinations: Figma writes it as a copy of an
 * interaction, which may be a variant change that is no step at all.
 */
function destinationsOf(node: JsonObject): string[] {
  const out: string[] = [];
  const mirrored = new Set<string>();
  for (const interaction of arrayField(node, 'interactions')) {
    if (!isObject(interaction)) continue;
    for (const action of arrayField(interaction, 'actions')) {
      if (!isObject(action)) continue;
      const any = stringField(action, 'destinationId');
      if (any !== undefined) mirrored.add(any);
      const destination = stepDestination(action);
      if (destination !== null && out.indexOf(destination) < 0) out.push(destination);
    }
  }
  const legacy = stringField(node, 'transitionNodeID');
  if (legacy && !mirrored.has(legacy) && out.indexOf(legacy) < 0) out.push(legacy);
  return out;
}

/**
 * Where a node sits, for error messages only: found again by walking down from the screen the
 * way the read does, only when something is wrong (keeping a trail per node cost more than the
 * rest of the read). The read stops at the first bad node in document order, so the first
 * match in that order is the one.
 */
function pathOf(rootPath: string, root: JsonObject, target: unknown): string {
  const found = trailTo(root, target);
  return found.length === 0 ? rootPath : `${rootPath} > ${found.map(pathLabel).join(' > ')}`;
}

function trailTo(root: JsonObject, target: unknown): unknown[] {
  const stack: { node: unknown; trail: unknown[] }[] = [];
  const pushChildren = (parent: JsonObject, trail: unknown[]) => {
    const children = arrayField(parent, 'children');
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], trail: [...trail, children[i]] });
  };
  pushChildren(root, []);
  while (stack.length > 0) {
    const { node, trail } = stack.pop()!;
    if (node === target) return trail;
    if (!isObject(node) || node.visible === false) continue;
    pushChildren(node, trail);
  }
  return [];
}

/** The top paint of a shape, a control-sized frame or a short text (see SnapshotNode.fill). */
function readPaint(node: JsonObject, into: SnapshotNode): void {
  // Hand-written files may leave paints out: unknown, not "no paint".
  if (!Array.isArray(node.fills)) return;
  const { fill, accent } = summarisePaints(node.fills);
  into.fill = fill;
  if (accent) into.accent = true;
}

/** Underline and size of a short text (REST keeps them in `style`). */
function readTextStyle(node: JsonObject, into: SnapshotNode): void {
  const style = node.style;
  if (!isObject(style)) return;
  if (style.textDecoration === 'UNDERLINE') into.underline = true;
  if (typeof style.fontSize === 'number' && Number.isFinite(style.fontSize)) into.fontSize = style.fontSize;
}

/**
 * Layers still to read, as parallel stacks rather than an object per layer: a large file has
 * hundreds of thousands of layers, and the per-layer garbage is collection time.
 */
interface Pending {
  nodes: unknown[];
  parentIds: string[];
  depths: number[];
}

function pushChildren(pending: Pending, parent: JsonObject, parentId: string, depth: number): void {
  const children = parent.children;
  if (!Array.isArray(children)) return;
  for (let i = children.length - 1; i >= 0; i--) {
    pending.nodes.push(children[i]);
    pending.parentIds.push(parentId);
    pending.depths.push(depth);
  }
}

function readFrame(
  screen: PlacedNode,
  nameComponent: (id: string) => string | undefined,
  rawLinks: RawLink[],
): SnapshotFrame {
  const { node: root, path: rootPath } = screen;
  const frameId = requireId(root, rootPath);
  const origin = boundingBox(root);
  const nodes: SnapshotNode[] = [];
  for (const destinationId of destinationsOf(root)) rawLinks.push({ sourceNodeId: frameId, sourceFrameId: frameId, destinationId });

  const pending: Pending = { nodes: [], parentIds: [], depths: [] };
  pushChildren(pending, root, frameId, 1);
  while (pending.nodes.length > 0) {
    const node = pending.nodes.pop();
    const parentId = pending.parentIds.pop()!;
    const depth = pending.depths.pop()!;
    if (!isObject(node)) throw new RestInputError(pathOf(rootPath, root, node), 'expected a node object');
    // Named property reads (not stringField's keyed ones) stay fast on tens of thousands of nodes.
    const id = node.id;
    if (typeof id !== 'string' || id === '') throw new RestInputError(pathOf(rootPath, root, node), 'node has no id');
    if (node.visible === false) continue;
    const type = typeof node.type === 'string' ? node.type : 'UNKNOWN';
    const box = node.absoluteBoundingBox;
    const known = isObject(box);
    const width = known ? finiteNumber(box.width) : 0;
    const height = known ? finiteNumber(box.height) : 0;
    const snapshotNode: SnapshotNode = {
      id, type, name: typeof node.name === 'string' ? node.name : '', parentId, depth,
      x: (known ? finiteNumber(box.x) : 0) - origin.x, y: (known ? finiteNumber(box.y) : 0) - origin.y, width, height,
    };
    if (type === 'TEXT') {
      const characters = node.characters;
      if (typeof characters === 'string') snapshotNode.text = characters;
    }
    if (readsPaint(type, width, height, snapshotNode.text)) {
      readPaint(node, snapshotNode);
      if (type === 'TEXT') readTextStyle(node, snapshotNode);
    }
    if (type === 'INSTANCE') {
      const componentId = node.componentId;
      const componentName = typeof componentId === 'string' ? nameComponent(componentId) : undefined;
      if (componentName !== undefined) snapshotNode.componentName = componentName;
    } else if (type === 'COMPONENT') {
      snapshotNode.componentName = snapshotNode.name;
    }
    nodes.push(snapshotNode);
    if (node.interactions !== undefined || node.transitionNodeID !== undefined) {
      for (const destinationId of destinationsOf(node)) rawLinks.push({ sourceNodeId: id, sourceFrameId: frameId, destinationId });
    }
    pushChildren(pending, node, id, depth + 1);
  }
  return {
    id: frameId, name: stringField(root, 'name') ?? '', type: stringField(root, 'type') ?? 'FRAME',
    pageId: screen.page.id, pageName: screen.page.name,
    x: origin.x, y: origin.y, width: origin.width, height: origin.height, nodes,
  };
}

/**
 * Which screen holds each layer a link lands on or a flow starts from (a link may point at a
 * layer inside a screen: the screen is where the customer lands). Only those ids are kept: a
 * map of every layer costs more than the rest of the read. Later screens win, as a map of
 * every layer filled in reading order would have it.
 */
function ownersOf(frames: readonly SnapshotFrame[], wanted: ReadonlySet<string>): Map<string, string> {
  const owner = new Map<string, string>();
  for (const frame of frames) {
    if (wanted.has(frame.id)) owner.set(frame.id, frame.id);
    const { nodes } = frame;
    for (let i = 0; i < nodes.length; i++) {
      const id = nodes[i]!.id;
      if (wanted.has(id)) owner.set(id, frame.id);
    }
  }
  return owner;
}

function readSnapshot(file: unknown, options: RestOptions): Snapshot {
  const response = readResponse(file);
  const { pages, placed, starts } = readRestPages(response.pages);
  const frameIds = options.frameIds ?? options.frames;
  const inScope = frameIds !== undefined ? pages : pagesInScope(pages, options);
  const candidates = frameIds !== undefined ? chosenCandidates(pages, frameIds) : pageCandidates(inScope);
  const queue = new ScreenQueue(candidates, flatMap(inScope, (page) => page.startIds));
  const nameComponent = componentNamer({ components: response.components, componentSets: response.componentSets });
  const rawLinks: RawLink[] = [];
  const frames: SnapshotFrame[] = [];
  for (let next = queue.next(); next !== undefined; next = queue.next()) {
    const linksBefore = rawLinks.length;
    frames.push(readFrame(placed.get(next.id)!, nameComponent, rawLinks));
    for (let at = linksBefore; at < rawLinks.length; at++) queue.followOne(rawLinks[at]!.destinationId);
  }
  if (frames.length === 0) throw nothingToReview(inScope);

  const startsInScope = flatMap(inScope, (page) => starts.get(page.id) ?? []);
  const wanted = new Set<string>();
  for (const raw of rawLinks) wanted.add(raw.destinationId);
  for (const start of startsInScope) wanted.add(start.nodeId);
  const owner = ownersOf(frames, wanted);
  const links: PrototypeLink[] = [];
  for (const raw of rawLinks) {
    const destinationFrameId = owner.get(raw.destinationId);
    if (destinationFrameId !== undefined) links.push({ sourceNodeId: raw.sourceNodeId, sourceFrameId: raw.sourceFrameId, destinationFrameId });
  }
  const frameSet = new Set(frames.map((frame) => frame.id));
  const flowStarts = startsInScope.filter((start) => frameSet.has(owner.get(start.nodeId) ?? ''))
    .map((start) => ({ frameId: owner.get(start.nodeId)!, name: start.name }));
  return { fileName: response.name, frames, links, flowStarts };
}

export function snapshotFromRest(file: unknown, options: RestOptions = {}): Snapshot {
  try {
    return readSnapshot(file, options);
  } catch (error) {
    if (error instanceof RestInputError || error instanceof ScopeError) throw error;
    // Only pathological input gets here (e.g. a stack exhausted by a hostile tree): keep the promise of one error type.
    throw new RestInputError('file', `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

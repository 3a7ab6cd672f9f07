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
import { arrayField, boundingBox, isObject, pathLabel, stringField, type JsonObject } from './read-node';
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
 * NODE actions of its interactions. The older transitionNodeID (a plain navigation) counts only
 * on a node without interactions: where both are written, it mirrors one of the interactions,
 * which may be a variant change that is no step at all.
 */
function destinationsOf(node: JsonObject): string[] {
  const out: string[] = [];
  const interactions = arrayField(node, 'interactions');
  for (const interaction of interactions) {
    if (!isObject(interaction)) continue;
    for (const action of arrayField(interaction, 'actions')) {
      const destination = isObject(action) ? stepDestination(action) : null;
      if (destination !== null && out.indexOf(destination) < 0) out.push(destination);
    }
  }
  const legacy = interactions.length === 0 ? stringField(node, 'transitionNodeID') : undefined;
  if (legacy) out.push(legacy);
  return out;
}

/**
 * Where a node sits, for error messages only: a chain up to the screen, turned into a path
 * string only when something is wrong (building one per node cost more than the rest of the read).
 */
interface Trail {
  node: unknown;
  up: Trail | null;
}

function pathOf(rootPath: string, trail: Trail | null): string {
  const labels: string[] = [];
  for (let at = trail; at !== null; at = at.up) labels.push(pathLabel(at.node));
  return labels.length === 0 ? rootPath : `${rootPath} > ${labels.reverse().join(' > ')}`;
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

function readFrame(
  screen: PlacedNode,
  nameComponent: (id: string) => string | undefined,
  owner: Map<string, string>,
  rawLinks: RawLink[],
): SnapshotFrame {
  const { node: root, path: rootPath } = screen;
  const frameId = requireId(root, rootPath);
  const origin = boundingBox(root);
  const nodes: SnapshotNode[] = [];
  owner.set(frameId, frameId);
  for (const destinationId of destinationsOf(root)) rawLinks.push({ sourceNodeId: frameId, sourceFrameId: frameId, destinationId });

  const stack: { trail: Trail; parentId: string; depth: number }[] = [];
  const pushChildren = (parent: JsonObject, parentId: string, depth: number, up: Trail | null) => {
    const children = arrayField(parent, 'children');
    for (let i = children.length - 1; i >= 0; i--) stack.push({ trail: { node: children[i], up }, parentId, depth });
  };
  pushChildren(root, frameId, 1, null);
  while (stack.length > 0) {
    const { trail, parentId, depth } = stack.pop()!;
    const node = trail.node;
    if (!isObject(node)) throw new RestInputError(pathOf(rootPath, trail), 'expected a node object');
    // Named property reads (not stringField's keyed ones) stay fast on tens of thousands of nodes.
    const id = node.id;
    if (typeof id !== 'string' || id === '') throw new RestInputError(pathOf(rootPath, trail), 'node has no id');
    if (node.visible === false) continue;
    const type = typeof node.type === 'string' ? node.type : 'UNKNOWN';
    const box = boundingBox(node);
    const snapshotNode: SnapshotNode = {
      id, type, name: typeof node.name === 'string' ? node.name : '', parentId, depth,
      x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height,
    };
    if (type === 'TEXT') {
      const characters = node.characters;
      if (typeof characters === 'string') snapshotNode.text = characters;
    }
    if (readsPaint(type, box.width, box.height, snapshotNode.text)) {
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
    owner.set(id, frameId);
    if (node.interactions !== undefined || node.transitionNodeID !== undefined) {
      for (const destinationId of destinationsOf(node)) rawLinks.push({ sourceNodeId: id, sourceFrameId: frameId, destinationId });
    }
    pushChildren(node, id, depth + 1, trail);
  }
  return {
    id: frameId, name: stringField(root, 'name') ?? '', type: stringField(root, 'type') ?? 'FRAME',
    pageId: screen.page.id, pageName: screen.page.name,
    x: origin.x, y: origin.y, width: origin.width, height: origin.height, nodes,
  };
}

function readSnapshot(file: unknown, options: RestOptions): Snapshot {
  const response = readResponse(file);
  const { pages, placed, starts } = readRestPages(response.pages);
  const frameIds = options.frameIds ?? options.frames;
  const inScope = frameIds !== undefined ? pages : pagesInScope(pages, options);
  const candidates = frameIds !== undefined ? chosenCandidates(pages, frameIds) : pageCandidates(inScope);
  const queue = new ScreenQueue(candidates, flatMap(inScope, (page) => page.startIds));
  const nameComponent = componentNamer({ components: response.components, componentSets: response.componentSets });
  const owner = new Map<string, string>();
  const rawLinks: RawLink[] = [];
  const frames: SnapshotFrame[] = [];
  for (let next = queue.next(); next !== undefined; next = queue.next()) {
    const linksBefore = rawLinks.length;
    frames.push(readFrame(placed.get(next.id)!, nameComponent, owner, rawLinks));
    for (let at = linksBefore; at < rawLinks.length; at++) queue.followOne(rawLinks[at]!.destinationId);
  }
  if (frames.length === 0) throw nothingToReview(inScope);

  // A link may point at a layer inside a screen: the screen is where the customer lands.
  const links: PrototypeLink[] = [];
  for (const raw of rawLinks) {
    const destinationFrameId = owner.get(raw.destinationId);
    if (destinationFrameId !== undefined) links.push({ sourceNodeId: raw.sourceNodeId, sourceFrameId: raw.sourceFrameId, destinationFrameId });
  }
  const frameSet = new Set(frames.map((frame) => frame.id));
  const flowStarts = flatMap(inScope, (page) => starts.get(page.id) ?? []).filter((start) => frameSet.has(owner.get(start.nodeId) ?? ''))
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

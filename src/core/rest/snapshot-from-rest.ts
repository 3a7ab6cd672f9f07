/**
 * Figma REST file JSON (GET /v1/files/:key) → Snapshot. Reads the parsed tree in place:
 * no deep copies, text strings shared with the parsed JSON, an explicit stack instead of
 * recursion so deep trees cannot overflow. Anything unreadable raises a RestInputError
 * naming the node path; nothing else is ever thrown.
 */
import { readsPaint, summarisePaints, type PrototypeLink, type Snapshot, type SnapshotFrame, type SnapshotNode } from '../model/snapshot';
import { componentNamer } from './components';
import { RestInputError } from './errors';
import { arrayField, boundingBox, isObject, pathLabel, stringField, type JsonObject } from './read-node';
import { flatMap } from '../util/es2017';

const SCREEN_TYPES = new Set(['FRAME', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE']);

export interface RestOptions {
  /** Review only these top-level frames (ids as in the file). */
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

function requireObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw new RestInputError(path, 'expected a node object');
  return value;
}

/** Prototype destinations of a node: NODE actions of its interactions, and the older transitionNodeID. */
function destinationsOf(node: JsonObject): string[] {
  const out: string[] = [];
  for (const interaction of arrayField(node, 'interactions')) {
    if (!isObject(interaction)) continue;
    for (const action of arrayField(interaction, 'actions')) {
      if (!isObject(action) || action.type !== 'NODE') continue;
      const destination = stringField(action, 'destinationId');
      if (destination) out.push(destination);
    }
  }
  const legacy = stringField(node, 'transitionNodeID');
  if (legacy && !out.includes(legacy)) out.push(legacy);
  return out;
}

interface TopLevel {
  node: JsonObject;
  path: string;
  page: { id: string; name: string };
}

/** Screens of a page: its top-level frames, also those inside (nested) sections. */
function collectScreens(page: JsonObject, pagePath: string, pageRef: { id: string; name: string }, out: TopLevel[]): void {
  const stack: { node: unknown; path: string }[] = arrayField(page, 'children')
    .map((child) => ({ node: child, path: `${pagePath} > ${pathLabel(child)}` }))
    .reverse();
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    const object = requireObject(node, path);
    requireId(object, path);
    if (object.visible === false) continue;
    const type = stringField(object, 'type');
    if (type === 'SECTION') {
      const children = arrayField(object, 'children');
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], path: `${path} > ${pathLabel(children[i])}` });
    } else if (type !== undefined && SCREEN_TYPES.has(type)) {
      out.push({ node: object, path, page: pageRef });
    }
  }
}

function readPages(document: JsonObject): TopLevel[] {
  const screens: TopLevel[] = [];
  for (const page of arrayField(document, 'children')) {
    const pagePath = `document > ${pathLabel(page)}`;
    const object = requireObject(page, pagePath);
    const id = requireId(object, pagePath);
    if (stringField(object, 'type') !== 'CANVAS') continue;
    collectScreens(object, pagePath, { id, name: stringField(object, 'name') ?? '' }, screens);
  }
  return screens;
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

function readFrame(
  screen: TopLevel,
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
    if (readsPaint(type, box.width, box.height, snapshotNode.text)) readPaint(node, snapshotNode);
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

function selectScreens(screens: TopLevel[], frameIds: string[] | undefined): TopLevel[] {
  if (frameIds === undefined) return screens;
  const byId = new Map(screens.map((screen) => [stringField(screen.node, 'id'), screen]));
  return frameIds.map((id) => {
    const screen = byId.get(id);
    if (!screen) throw new RestInputError('frames', `no top-level frame with id ${id}`);
    return screen;
  });
}

function readSnapshot(file: unknown, options: RestOptions): Snapshot {
  if (!isObject(file)) throw new RestInputError('file', 'expected a JSON object (a Figma REST file response)');
  const document = file.document;
  if (!isObject(document)) throw new RestInputError('file', 'has no document: is this a GET /v1/files/:key response?');
  if (!Array.isArray(document.children)) throw new RestInputError('document', 'has no pages');
  const screens = selectScreens(readPages(document), options.frameIds);
  const nameComponent = componentNamer(file);
  const owner = new Map<string, string>();
  const rawLinks: RawLink[] = [];
  const frames = screens.map((screen) => readFrame(screen, nameComponent, owner, rawLinks));

  // A link may point at a layer inside a screen: the screen is where the customer lands.
  const links: PrototypeLink[] = [];
  for (const raw of rawLinks) {
    const destinationFrameId = owner.get(raw.destinationId);
    if (destinationFrameId !== undefined) links.push({ sourceNodeId: raw.sourceNodeId, sourceFrameId: raw.sourceFrameId, destinationFrameId });
  }
  const frameSet = new Set(frames.map((frame) => frame.id));
  const flowStarts = flatMap(
    flatMap(arrayField(document, 'children'), (page) => (isObject(page) ? arrayField(page, 'flowStartingPoints') : [])),
    (start) => {
    if (!isObject(start)) return [];
    const nodeId = stringField(start, 'nodeId');
    const frameId = nodeId === undefined ? undefined : owner.get(nodeId);
    return frameId !== undefined && frameSet.has(frameId) ? [{ frameId, name: stringField(start, 'name') ?? '' }] : [];
  });
  return { fileName: stringField(file, 'name') ?? '', frames, links, flowStarts };
}

export function snapshotFromRest(file: unknown, options: RestOptions = {}): Snapshot {
  try {
    return readSnapshot(file, options);
  } catch (error) {
    if (error instanceof RestInputError) throw error;
    // Only pathological input gets here (e.g. a stack exhausted by a hostile tree): keep the promise of one error type.
    throw new RestInputError('file', `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * One screen → SnapshotFrame and its prototype links. Each needed property is read once
 * per node; hidden layers (and their subtrees) are skipped; a node that fails to read
 * (removed meanwhile, odd kinds) is left out instead of failing the scan.
 */
import { readsPaint, summarisePaints, type PrototypeLink, type SnapshotFrame, type SnapshotNode } from '../../core/model/snapshot';
import { stepDestination } from '../../core/scope/flow-step';
import type { ComponentNames } from './component-names';
import type { ScreenNode } from './scope';
import type { Slicer } from './slicer';

/**
 * Adds a link for each flow step among a node's reactions (`actions`, or the deprecated single
 * `action`; the step rule is core/scope/flow-step.ts), each destination once per source.
 * Pushes straight into `links`: most layers have no reactions, and a scan visits hundreds of
 * thousands of them, so nothing is allocated for those.
 */
export function addStepLinks(reactions: ReadonlyArray<Reaction>, sourceNodeId: string, sourceFrameId: string, links: PrototypeLink[]): void {
  const firstOfNode = links.length;
  for (const reaction of reactions) {
    if (reaction.actions) {
      for (const action of reaction.actions) addStep(stepDestination(action), sourceNodeId, sourceFrameId, links, firstOfNode);
    } else if (reaction.action) {
      addStep(stepDestination(reaction.action), sourceNodeId, sourceFrameId, links, firstOfNode);
    }
  }
}

function addStep(destination: string | null, sourceNodeId: string, sourceFrameId: string, links: PrototypeLink[], firstOfNode: number): void {
  if (destination === null) return;
  for (let i = firstOfNode; i < links.length; i++) if (links[i]!.destinationFrameId === destination) return;
  links.push({ sourceNodeId, sourceFrameId, destinationFrameId: destination });
}

const NO_REACTIONS: ReadonlyArray<Reaction> = [];

function readReactions(node: SceneNode): ReadonlyArray<Reaction> {
  if (!('reactions' in node)) return NO_REACTIONS;
  const reactions = node.reactions;
  return Array.isArray(reactions) ? reactions : NO_REACTIONS;
}

/**
 * Layers still to read, as three parallel stacks rather than an object per layer: on a
 * large file the per-layer garbage is what makes the collector pause mid-slice.
 */
class PendingLayers {
  private readonly nodes: SceneNode[] = [];
  private readonly parentIds: string[] = [];
  private readonly depths: number[] = [];
  node: SceneNode | null = null;
  parentId = '';
  depth = 0;

  get size(): number {
    return this.nodes.length;
  }

  /** Children pushed in reverse, so popping gives document pre-order without recursion. */
  pushChildren(children: ReadonlyArray<SceneNode>, parentId: string, depth: number): void {
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (!child) continue;
      this.nodes.push(child);
      this.parentIds.push(parentId);
      this.depths.push(depth);
    }
  }

  /** Moves the top layer into node / parentId / depth. */
  pop(): void {
    this.node = this.nodes.pop() ?? null;
    this.parentId = this.parentIds.pop() ?? '';
    this.depth = this.depths.pop() ?? 0;
  }
}

function finite(value: number | undefined): number {
  return typeof value === 'number' && isFinite(value) ? value : 0;
}

export interface FrameReadResult {
  frame: SnapshotFrame;
  links: PrototypeLink[];
}

export async function readFrame(
  screen: ScreenNode,
  page: { id: string; name: string },
  names: ComponentNames,
  slicer: Slicer,
  onNode: () => void,
): Promise<FrameReadResult> {
  const frameId = screen.id;
  const box = screen.absoluteBoundingBox;
  const originX = finite(box?.x);
  const originY = finite(box?.y);
  const frame: SnapshotFrame = {
    id: frameId,
    name: screen.name,
    type: screen.type,
    pageId: page.id,
    pageName: page.name,
    x: originX,
    y: originY,
    width: finite(box?.width),
    height: finite(box?.height),
    nodes: [],
  };
  const links: PrototypeLink[] = [];
  addStepLinks(readReactions(screen), frameId, frameId, links);

  const pending = new PendingLayers();
  pending.pushChildren(screen.children, frameId, 1);

  while (pending.size > 0) {
    pending.pop();
    let lookup: Promise<void> | undefined;
    try {
      lookup = readNode(pending, frame, links, names, originX, originY);
    } catch {
      // A node that cannot be read (removed during the scan, unsupported kind) is left out.
    }
    // Only instances wait (for their main component); other layers stay synchronous.
    if (lookup) await lookup;
    onNode();
    if (slicer.due()) await slicer.yieldNow();
  }
  return { frame, links };
}

const LEAF_TYPES: readonly string[] = ['TEXT', 'RECTANGLE', 'ELLIPSE', 'VECTOR', 'STAR', 'REGULAR_POLYGON', 'POLYGON', 'LINE'];

/** One read (fills), only for the layers readsPaint names. */
function readPaint(node: MinimalFillsMixin, entry: SnapshotNode): void {
  const fills = node.fills;
  // figma.mixed (a text with several colours) is not an array: left unknown.
  if (!Array.isArray(fills)) return;
  const { fill, accent } = summarisePaints(fills);
  entry.fill = fill;
  if (accent) entry.accent = true;
}

/** Colour, underline and size of a short text in one read: its first styled segment. */
function readTextLook(node: TextNode, entry: SnapshotNode): void {
  const segment = node.getStyledTextSegments(['fills', 'textDecoration', 'fontSize'])[0];
  if (!segment) return;
  const { fill, accent } = summarisePaints(segment.fills);
  entry.fill = fill;
  if (accent) entry.accent = true;
  if (segment.textDecoration === 'UNDERLINE') entry.underline = true;
  if (typeof segment.fontSize === 'number') entry.fontSize = segment.fontSize;
}

/** Reads one layer into the frame; returns a promise only when an instance's component name is still being looked up. */
function readNode(
  pending: PendingLayers,
  frame: SnapshotFrame,
  links: PrototypeLink[],
  names: ComponentNames,
  originX: number,
  originY: number,
): Promise<void> | undefined {
  const { node, parentId, depth } = pending;
  if (node === null || !node.visible) return undefined;
  const id = node.id;
  const type = node.type;
  const box = node.absoluteBoundingBox;
  const entry: SnapshotNode = {
    id,
    type,
    name: node.name,
    parentId,
    depth,
    x: finite(box?.x) - originX,
    y: finite(box?.y) - originY,
    width: finite(box?.width),
    height: finite(box?.height),
  };
  let lookup: Promise<void> | undefined;
  if (type === 'TEXT') {
    const characters = node.characters;
    entry.text = typeof characters === 'string' ? characters : '';
  }
  if (readsPaint(type, entry.width, entry.height, entry.text)) {
    if (type === 'TEXT') readTextLook(node as TextNode, entry);
    else readPaint(node as MinimalFillsMixin, entry);
  }
  if (type === 'INSTANCE') {
    // ComponentNames.of never rejects: a broken link just gives no name.
    lookup = names.of(node).then((componentName) => {
      if (componentName !== undefined) entry.componentName = componentName;
    });
  } else if (type === 'COMPONENT') {
    entry.componentName = entry.name;
  }
  frame.nodes.push(entry);
  addStepLinks(readReactions(node), id, frame.id, links);
  // Texts and leaf shapes have no children: not asking saves a read for their paint.
  if (LEAF_TYPES.indexOf(type) < 0 && 'children' in node) pending.pushChildren(node.children, id, depth + 1);
  return lookup;
}

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

interface Pending {
  node: SceneNode;
  parentId: string;
  depth: number;
}

/**
 * Where a node's reactions (`actions`, or the deprecated single `action`) take the customer:
 * only the actions that are steps of the flow (core/scope/flow-step.ts), each destination once.
 */
export function destinationsOf(reactions: ReadonlyArray<Reaction>): string[] {
  const out: string[] = [];
  for (const reaction of reactions) {
    const actions = reaction.actions ?? (reaction.action ? [reaction.action] : []);
    for (const action of actions) {
      const destination = stepDestination(action);
      if (destination !== null && out.indexOf(destination) < 0) out.push(destination);
    }
  }
  return out;
}

function readReactions(node: SceneNode): ReadonlyArray<Reaction> {
  if (!('reactions' in node)) return [];
  const reactions = node.reactions;
  return Array.isArray(reactions) ? reactions : [];
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
  for (const destination of destinationsOf(readReactions(screen))) {
    links.push({ sourceNodeId: frameId, sourceFrameId: frameId, destinationFrameId: destination });
  }

  // Explicit stack (children pushed in reverse) gives document pre-order without recursion.
  const stack: Pending[] = [];
  const pushChildren = (children: ReadonlyArray<SceneNode>, parentId: string, depth: number): void => {
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, parentId, depth });
    }
  };
  pushChildren(screen.children, frameId, 1);

  while (stack.length > 0) {
    const pending = stack.pop() as Pending;
    let lookup: Promise<void> | undefined;
    try {
      lookup = readNode(pending, frame, links, names, originX, originY, pushChildren);
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

/** Reads one layer into the frame; returns a promise only when an instance's component name is still being looked up. */
function readNode(
  { node, parentId, depth }: Pending,
  frame: SnapshotFrame,
  links: PrototypeLink[],
  names: ComponentNames,
  originX: number,
  originY: number,
  pushChildren: (children: ReadonlyArray<SceneNode>, parentId: string, depth: number) => void,
): Promise<void> | undefined {
  if (!node.visible) return undefined;
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
  if (readsPaint(type, entry.width, entry.height, entry.text)) readPaint(node as MinimalFillsMixin, entry);
  if (type === 'INSTANCE') {
    // ComponentNames.of never rejects: a broken link just gives no name.
    lookup = names.of(node).then((componentName) => {
      if (componentName !== undefined) entry.componentName = componentName;
    });
  } else if (type === 'COMPONENT') {
    entry.componentName = entry.name;
  }
  frame.nodes.push(entry);
  for (const destination of destinationsOf(readReactions(node))) {
    links.push({ sourceNodeId: id, sourceFrameId: frame.id, destinationFrameId: destination });
  }
  // Texts and leaf shapes have no children: not asking saves a read for their paint.
  if (LEAF_TYPES.indexOf(type) < 0 && 'children' in node) pushChildren(node.children, id, depth + 1);
  return lookup;
}

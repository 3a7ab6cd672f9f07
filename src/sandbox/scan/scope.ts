/**
 * What the review covers: the selected screens (sections expand to their screens, a layer
 * inside a screen stands for its screen), or the current page's screens when nothing is selected.
 */
import type { FrameInfo, SelectionInfo } from '../../core/protocol/messages';

export type ScreenNode = FrameNode | ComponentNode | InstanceNode;

export interface ResolvedScope {
  source: 'selection' | 'page';
  page: PageNode;
  screens: ScreenNode[];
  ignoredCount: number;
}

/** Containers whose children are screens, rather than screens themselves. */
function isScreenContainer(type: NodeType): boolean {
  return type === 'SECTION' || type === 'COMPONENT_SET';
}

function isScreen(node: BaseNode): node is ScreenNode {
  return node.type === 'FRAME' || node.type === 'COMPONENT' || node.type === 'INSTANCE';
}

/** Climb from any layer to the screen that holds it (the node just below the page or a section). */
function screenOf(node: BaseNode): ScreenNode | null {
  let current: BaseNode = node;
  for (;;) {
    const parent: BaseNode | null = current.parent;
    if (!parent) return null;
    if (parent.type === 'PAGE' || isScreenContainer(parent.type)) break;
    current = parent;
  }
  return isScreen(current) ? current : null;
}

function collect(node: SceneNode, into: ScreenNode[], seen: Set<string>): boolean {
  if (isScreenContainer(node.type) && 'children' in node) {
    let any = false;
    for (const child of node.children) any = collect(child, into, seen) || any;
    return any;
  }
  const screen = screenOf(node);
  if (!screen) return false;
  if (!seen.has(screen.id)) {
    seen.add(screen.id);
    into.push(screen);
  }
  return true;
}

export function resolveScope(page: PageNode = figma.currentPage): ResolvedScope {
  const selection = page.selection;
  const screens: ScreenNode[] = [];
  const seen = new Set<string>();
  if (selection.length === 0) {
    for (const child of page.children) collect(child, screens, seen);
    return { source: 'page', page, screens, ignoredCount: 0 };
  }
  let ignoredCount = 0;
  for (const node of selection) if (!collect(node, screens, seen)) ignoredCount++;
  return { source: 'selection', page, screens, ignoredCount };
}

export function frameInfo(screen: ScreenNode): FrameInfo {
  return { id: screen.id, name: screen.name, type: screen.type };
}

export function selectionInfo(scope: ResolvedScope): SelectionInfo {
  return { source: scope.source, pageName: scope.page.name, frames: scope.screens.map(frameInfo), ignoredCount: scope.ignoredCount };
}

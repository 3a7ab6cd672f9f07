/**
 * What the review covers, decided by the same rule as the CLI (core/scope): with nothing
 * selected, the current page's screens (frames, also inside sections; components only when the
 * prototype leads to them; hidden frames left out). A selection names screens itself: a
 * section stands for its screens, a layer inside a screen for its screen.
 */
import type { FrameInfo, SelectionInfo } from '../../core/protocol/messages';
import { ScreenQueue, chosenCandidates, screenCandidates, type ScopeNode, type ScopePage, type ScreenCandidates } from '../../core/scope';

export type ScreenNode = FrameNode | ComponentNode | ComponentSetNode | InstanceNode;

export interface ResolvedScope {
  source: 'selection' | 'page';
  page: PageNode;
  /** The screens known before reading: frames, and the components a starting point leads to. */
  screens: ScreenNode[];
  /** What the scan starts from; components join as the prototype read leads to them. */
  candidates: ScreenCandidates;
  /** The page's starting points (node ids): flows, then the older single start. */
  startIds: string[];
  /** Live nodes of the candidates by id. */
  nodes: Map<string, ScreenNode>;
  ignoredCount: number;
}

const SCREEN_TYPES: { [type: string]: boolean } = { FRAME: true, COMPONENT: true, COMPONENT_SET: true, INSTANCE: true };

function isScreen(node: BaseNode): node is ScreenNode {
  return SCREEN_TYPES[node.type] === true;
}

/** The node as the scope rule sees it; sections are looked into, a component set's variants listed. */
function scopeNode(node: SceneNode, live: Map<string, ScreenNode>): ScopeNode {
  const out: ScopeNode = { id: node.id, type: node.type, visible: node.visible };
  if (isScreen(node)) live.set(node.id, node);
  if (node.type === 'SECTION') out.children = node.children.map((child) => scopeNode(child, live));
  else if (node.type === 'COMPONENT_SET') out.children = node.children.map((variant) => ({ id: variant.id, type: variant.type, visible: variant.visible }));
  return out;
}

/** Climb from any layer to the node just below the page or a section. */
function topLevelOf(node: BaseNode): BaseNode | null {
  let current: BaseNode = node;
  for (;;) {
    const parent: BaseNode | null = current.parent;
    if (!parent) return null;
    if (parent.type === 'PAGE' || parent.type === 'SECTION') return current;
    current = parent;
  }
}

/** The page's starting points: flows first, then the older single start (kept by files made before flows). */
export function startIdsOf(page: PageNode): string[] {
  const ids = (page.flowStartingPoints ?? []).map((point) => point.nodeId);
  // Hosts without the older field (the in-memory figma) read it as undefined.
  const legacy = page.prototypeStartNode as PageNode['prototypeStartNode'] | undefined;
  if (legacy && ids.indexOf(legacy.id) < 0) ids.push(legacy.id);
  return ids;
}

/** The selection as top-level nodes (sections kept whole), and how many selected nodes name no screen. */
function selectedTopLevel(selection: ReadonlyArray<SceneNode>, live: Map<string, ScreenNode>): { ids: string[]; pages: ScopePage[]; ignored: number } {
  const chosen: ScopeNode[] = [];
  const ids: string[] = [];
  let ignored = 0;
  for (const node of selection) {
    const top = node.type === 'SECTION' ? node : topLevelOf(node);
    if (top === null || (top.type !== 'SECTION' && !isScreen(top))) {
      ignored++;
      continue;
    }
    if (ids.indexOf(top.id) >= 0) continue;
    ids.push(top.id);
    chosen.push(scopeNode(top as SceneNode, live));
  }
  // The chosen nodes stand as a page of their own, so the rule can find them by id.
  return { ids, pages: [{ id: 'selection', name: 'selection', startIds: [], children: chosen }], ignored };
}

export function resolveScope(page: PageNode = figma.currentPage): ResolvedScope {
  const selection = page.selection;
  const nodes = new Map<string, ScreenNode>();
  const startIds = startIdsOf(page);
  let candidates: ScreenCandidates;
  let ignoredCount = 0;
  let source: ResolvedScope['source'];
  if (selection.length === 0) {
    candidates = screenCandidates(page.children.map((child) => scopeNode(child, nodes)));
    source = 'page';
  } else {
    const selected = selectedTopLevel(selection, nodes);
    candidates = chosenCandidates(selected.pages, selected.ids);
    ignoredCount = selected.ignored;
    source = 'selection';
  }
  const known = new ScreenQueue(candidates, startIds);
  const screens: ScreenNode[] = [];
  for (let next = known.next(); next !== undefined; next = known.next()) screens.push(nodes.get(next.id)!);
  return { source, page, screens, candidates, startIds, nodes, ignoredCount };
}

export function frameInfo(screen: ScreenNode): FrameInfo {
  return { id: screen.id, name: screen.name, type: screen.type };
}

export function selectionInfo(scope: ResolvedScope): SelectionInfo {
  return { source: scope.source, pageName: scope.page.name, frames: scope.screens.map(frameInfo), ignoredCount: scope.ignoredCount };
}

/**
 * Which top-level nodes are screens. Frames (and top-level instances) are; sections are
 * looked into; a component or component set is a screen only when the prototype leads to it,
 * since a page's components are usually definitions, not steps of the flow. Hidden nodes are
 * left out.
 */
import type { ScopeNode, ScopePage, ScreenCandidates } from './types';
import { ScopeError } from './types';

const SCREEN_TYPES: { [type: string]: boolean } = { FRAME: true, INSTANCE: true };
const LINK_ONLY_TYPES: { [type: string]: boolean } = { COMPONENT: true, COMPONENT_SET: true };

export function isSection(node: ScopeNode): boolean {
  return node.type === 'SECTION';
}

function sort(nodes: readonly ScopeNode[], into: ScreenCandidates): void {
  // An explicit stack keeps the reading order without recursion: sections nest.
  const stack: ScopeNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node.visible) continue;
    if (isSection(node)) {
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } else if (SCREEN_TYPES[node.type] === true) {
      into.screens.push(node);
    } else if (LINK_ONLY_TYPES[node.type] === true) {
      into.linkOnly.push(node);
    }
  }
}

/** The screens of some pages (or of a section's or selection's nodes), in reading order. */
export function screenCandidates(nodes: readonly ScopeNode[]): ScreenCandidates {
  const out: ScreenCandidates = { screens: [], linkOnly: [] };
  sort(nodes, out);
  return out;
}

export function pageCandidates(pages: readonly ScopePage[]): ScreenCandidates {
  const out: ScreenCandidates = { screens: [], linkOnly: [] };
  for (const page of pages) sort(page.children, out);
  return out;
}

/** Top-level nodes (sections looked into), each with its page, by id. */
function topLevelIndex(pages: readonly ScopePage[]): Map<string, ScopeNode> {
  const byId = new Map<string, ScopeNode>();
  for (const page of pages) {
    const stack = page.children.slice();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!byId.has(node.id)) byId.set(node.id, node);
      if (isSection(node)) for (const child of node.children ?? []) stack.push(child);
    }
  }
  return byId;
}

/**
 * Screens named by id: a frame (or any top-level node, as asked) is a screen; a section
 * stands for its screens under the usual rule. Unknown ids are an error, named.
 */
export function chosenCandidates(pages: readonly ScopePage[], ids: readonly string[]): ScreenCandidates {
  const byId = topLevelIndex(pages);
  const out: ScreenCandidates = { screens: [], linkOnly: [] };
  const seen = new Set<string>();
  for (const id of ids) {
    const node = byId.get(id);
    if (node === undefined) throw new ScopeError(`no top-level frame or section with id ${id}`);
    if (!isSection(node) && SCREEN_TYPES[node.type] !== true && LINK_ONLY_TYPES[node.type] !== true) {
      throw new ScopeError(`${id} is a ${node.type.toLowerCase()}, not a frame or section`);
    }
    const found = isSection(node) ? screenCandidates(node.children ?? []) : { screens: [node], linkOnly: [] };
    for (const screen of found.screens) {
      if (seen.has(screen.id)) continue;
      seen.add(screen.id);
      out.screens.push(screen);
    }
    // Duplicates and components also named as screens are dropped by the queue.
    for (const candidate of found.linkOnly) out.linkOnly.push(candidate);
  }
  return out;
}

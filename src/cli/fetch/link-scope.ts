/**
 * What a link's node-id asks to review. Figma puts the current page's id in the address bar
 * when nothing is selected, and the id of whatever layer is selected otherwise, so the id
 * is looked up in the fetched file: a page is reviewed as a page, a top-level frame or a
 * section as itself, and a layer inside a screen as that screen.
 */
import { UsageError } from '../usage-error';

export type LinkScope = { frameIds: string[] } | { pages: string[] };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Json): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

export function scopeForLinkedNode(file: unknown, nodeId: string, fileKey: string): LinkScope {
  // An unreadable file is the audit's to report, in its own words.
  if (!isObject(file) || !isObject(file.document)) return { frameIds: [nodeId] };
  for (const page of childrenOf(file.document)) {
    if (!isObject(page)) continue;
    if (page.id === nodeId) return { pages: [nodeId] };
    // screen: the top-level frame a node belongs to; null while still among the page's sections.
    const stack: { node: unknown; screen: string | null }[] = childrenOf(page).map((node) => ({ node, screen: null }));
    while (stack.length > 0) {
      const { node, screen } = stack.pop()!;
      if (!isObject(node)) continue;
      const id = typeof node.id === 'string' ? node.id : null;
      if (id === nodeId) return { frameIds: [screen ?? id] };
      const owner = screen ?? (node.type === 'SECTION' ? null : id);
      for (const child of childrenOf(node)) stack.push({ node: child, screen: owner });
    }
  }
  throw new UsageError(`the link's node-id ${nodeId} is not in file ${fileKey} (deleted since the link was copied?)`);
}

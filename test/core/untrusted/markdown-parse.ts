/** A real GFM reader (micromark + mdast), as remark-based wikis and docs sites read Markdown. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root } from 'mdast';

export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Node types anywhere in the tree, positions left out. */
export function nodeTypes(tree: Nodes): string[] {
  const out: string[] = [];
  const visit = (node: Nodes) => {
    out.push(node.type);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return out;
}

/** Strips positions so trees compare by content. */
export function shape(node: Nodes): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

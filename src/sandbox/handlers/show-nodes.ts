import type { Handler } from '../../core/protocol/channel';

function pageOf(node: BaseNode): PageNode | null {
  let current: BaseNode | null = node;
  while (current && current.type !== 'PAGE') current = current.parent;
  return current;
}

/** Select and zoom to nodes; ids that no longer exist (or are on another page than the first found) are reported. */
export function showNodesHandler(): Handler<'show-nodes'> {
  return async ({ nodeIds }) => {
    const found: SceneNode[] = [];
    const missing: string[] = [];
    let page: PageNode | null = null;
    for (const id of nodeIds) {
      const node = await figma.getNodeByIdAsync(id);
      const nodePage = node ? pageOf(node) : null;
      if (!node || !nodePage || node.type === 'PAGE' || node.type === 'DOCUMENT' || (page && nodePage.id !== page.id)) {
        missing.push(id);
        continue;
      }
      page = nodePage;
      found.push(node as SceneNode);
    }
    if (page && found.length > 0) {
      if (page.id !== figma.currentPage.id) await figma.setCurrentPageAsync(page);
      page.selection = found;
      figma.viewport.scrollAndZoomIntoView(found);
    }
    return { shown: found.map((n) => n.id), missing };
  };
}

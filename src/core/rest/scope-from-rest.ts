/**
 * The REST file's pages as the scope rule sees them (core/scope), and where each top-level
 * node sits, for reading the screens the rule picks and for error paths.
 */
import type { ScopeNode, ScopePage } from '../scope';
import { RestInputError } from './errors';
import { arrayField, isObject, pathLabel, stringField, type JsonObject } from './read-node';

export interface PlacedNode {
  node: JsonObject;
  path: string;
  page: { id: string; name: string };
}

export interface RestPages {
  pages: ScopePage[];
  /** Top-level nodes (sections looked into) by id. */
  placed: Map<string, PlacedNode>;
  /** Starting points by page id, with their names, for the snapshot's flow starts. */
  starts: Map<string, { nodeId: string; name: string }[]>;
}

function requireObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw new RestInputError(path, 'expected a node object');
  return value;
}

function requireId(node: JsonObject, path: string): string {
  const id = stringField(node, 'id');
  if (id === undefined || id === '') throw new RestInputError(path, 'node has no id');
  return id;
}

/** A page's starting points: the flows first, then the older single start (files saved before flows). */
function startsOf(page: JsonObject): { nodeId: string; name: string }[] {
  const out: { nodeId: string; name: string }[] = [];
  for (const point of arrayField(page, 'flowStartingPoints')) {
    if (!isObject(point)) continue;
    const nodeId = stringField(point, 'nodeId');
    if (nodeId !== undefined && nodeId !== '') out.push({ nodeId, name: stringField(point, 'name') ?? '' });
  }
  const legacy = stringField(page, 'prototypeStartNodeID');
  if (legacy !== undefined && legacy !== '' && !out.some((point) => point.nodeId === legacy)) out.push({ nodeId: legacy, name: stringField(page, 'name') ?? '' });
  return out;
}

/** A component set's variants, by id only: a link to a variant leads to the set. */
function variantsOf(node: JsonObject): ScopeNode[] {
  const out: ScopeNode[] = [];
  for (const child of arrayField(node, 'children')) {
    const id = isObject(child) ? stringField(child, 'id') : undefined;
    if (id !== undefined && id !== '') out.push({ id, type: stringField(child as JsonObject, 'type') ?? 'UNKNOWN', visible: (child as JsonObject).visible !== false });
  }
  return out;
}

export function readRestPages(documentChildren: readonly unknown[]): RestPages {
  const pages: ScopePage[] = [];
  const placed = new Map<string, PlacedNode>();
  const starts = new Map<string, { nodeId: string; name: string }[]>();
  for (const rawPage of documentChildren) {
    const pagePath = `document > ${pathLabel(rawPage)}`;
    const page = requireObject(rawPage, pagePath);
    const pageId = requireId(page, pagePath);
    // Only canvases hold screens; anything else a future API adds beside pages is ignored.
    if (stringField(page, 'type') !== 'CANVAS') continue;
    const pageRef = { id: pageId, name: stringField(page, 'name') ?? '' };
    const pageStarts = startsOf(page);
    starts.set(pageId, pageStarts);
    const place = (raw: unknown, path: string): ScopeNode => {
      const node = requireObject(raw, path);
      const id = requireId(node, path);
      const type = stringField(node, 'type') ?? 'UNKNOWN';
      if (!placed.has(id)) placed.set(id, { node, path, page: pageRef });
      const scopeNode: ScopeNode = { id, type, visible: node.visible !== false };
      if (type === 'SECTION') scopeNode.children = arrayField(node, 'children').map((child) => place(child, `${path} > ${pathLabel(child)}`));
      else if (type === 'COMPONENT_SET') scopeNode.children = variantsOf(node);
      return scopeNode;
    };
    pages.push({
      id: pageId,
      name: pageRef.name,
      startIds: pageStarts.map((point) => point.nodeId),
      children: arrayField(page, 'children').map((child) => place(child, `${pagePath} > ${pathLabel(child)}`)),
      ...(page.children === undefined ? { layersLeftOut: true } : {}),
    });
  }
  return { pages, placed, starts };
}

/**
 * The two REST response shapes, as one: `GET /v1/files/:key` (`{ name, document, components,
 * componentSets }`, also with `ids=`, `depth=` or `geometry=paths`) and `GET
 * /v1/files/:key/nodes` (`{ name, nodes: { "1:2": { document, components, componentSets } } }`).
 * A nodes response has no document: its pages are the requested pages, and any other requested
 * nodes (frames, sections…) are gathered on one page named after the file, as the designer
 * picked them.
 */
import { RestInputError } from './errors';
import { arrayField, isObject, stringField, type JsonObject } from './read-node';

export interface RestFileView {
  name: string;
  /** The document's children in file order (pages; anything else is checked and skipped later). */
  pages: unknown[];
  /** Where stored review data may sit: the document (files endpoint) or each requested node. */
  roots: JsonObject[];
  components: JsonObject;
  componentSets: JsonObject;
}

/** Page id of the requested nodes of a nodes response that are not pages themselves. */
export const REQUESTED_NODES_PAGE_ID = 'requested-nodes';

function merge(into: JsonObject, from: unknown): void {
  if (!isObject(from)) return;
  for (const key of Object.keys(from)) if (!(key in into)) into[key] = from[key];
}

function fromDocument(document: JsonObject, path: string): unknown[] {
  if (!Array.isArray(document.children)) throw new RestInputError(path, 'has no pages');
  return arrayField(document, 'children');
}

function fromNodes(file: JsonObject, nodes: JsonObject): RestFileView {
  const name = stringField(file, 'name') ?? '';
  const pages: unknown[] = [];
  const loose: unknown[] = [];
  const roots: JsonObject[] = [];
  const components: JsonObject = {};
  const componentSets: JsonObject = {};
  const ids = Object.keys(nodes);
  for (const id of ids) {
    const entry = nodes[id];
    // The API answers null for an id it does not know.
    if (entry === null) continue;
    if (!isObject(entry)) throw new RestInputError(`nodes > ${id}`, 'expected an object with a document');
    const document = entry.document;
    if (!isObject(document)) throw new RestInputError(`nodes > ${id}`, 'has no document');
    roots.push(document);
    merge(components, entry.components);
    merge(componentSets, entry.componentSets);
    const type = stringField(document, 'type');
    if (type === 'DOCUMENT') pages.push(...fromDocument(document, `nodes > ${id}`));
    else if (type === 'CANVAS') pages.push(document);
    else loose.push(document);
  }
  if (roots.length === 0) throw new RestInputError('nodes', ids.length === 0 ? 'is empty: no node was requested' : `none of the requested nodes exist (${ids.join(', ')})`);
  // The requested frames come first: they are what the designer asked for.
  if (loose.length > 0) pages.unshift({ id: REQUESTED_NODES_PAGE_ID, type: 'CANVAS', name: name === '' ? 'Requested nodes' : `${name} (requested nodes)`, children: loose });
  return { name, pages, roots, components, componentSets };
}

export function readResponse(file: unknown): RestFileView {
  if (!isObject(file)) throw new RestInputError('file', 'expected a JSON object (a Figma REST file response)');
  const document = file.document;
  if (isObject(document)) {
    return {
      name: stringField(file, 'name') ?? '',
      pages: fromDocument(document, 'document'),
      roots: [document],
      components: isObject(file.components) ? file.components : {},
      componentSets: isObject(file.componentSets) ? file.componentSets : {},
    };
  }
  if (isObject(file.nodes)) return fromNodes(file, file.nodes);
  throw new RestInputError('file', 'has no document or nodes: is this a GET /v1/files/:key (or /nodes) response?');
}

/**
 * The saved review in a REST file (fetched with ?plugin_data=shared): each node's shared
 * plugin data in our namespace, the document node included. Visits every node, hidden ones
 * too, since a record's holder may be hidden; entries that are not strings are ignored here
 * and left to the review reader's own validation of what is present. A nodes response holds
 * the data of the requested nodes and what is inside them.
 */
import { PLUGIN_DATA_NAMESPACE, type StoredNodeData } from '../review/types';
import { isObject } from './read-node';
import { readResponse } from './response';

export function storedDataFromRest(file: unknown): StoredNodeData[] {
  const out: StoredNodeData[] = [];
  const stack: unknown[] = readResponse(file).roots.slice().reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    // Named property reads: this visits every node of the file, and most have no stored data.
    const shared = node.sharedPluginData;
    const ours = shared !== undefined && isObject(shared) ? shared[PLUGIN_DATA_NAMESPACE] : undefined;
    const nodeId = node.id;
    if (ours !== undefined && isObject(ours) && typeof nodeId === 'string') {
      const entries: Record<string, string> = {};
      let count = 0;
      for (const [key, value] of Object.entries(ours)) {
        if (typeof value === 'string') {
          entries[key] = value;
          count++;
        }
      }
      if (count > 0) out.push({ nodeId, entries });
    }
    const children = node.children;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

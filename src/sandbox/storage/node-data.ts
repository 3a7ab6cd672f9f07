/** Reading and guarded writing of our shared plugin data entries on live nodes. */
import { ProtocolError } from '../../core/protocol/channel';
import { parseEntry } from '../../core/review/parse-entry';
import type { StoredNodeData } from '../../core/review/types';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';

export function readNodeData(node: BaseNode): StoredNodeData {
  const entries: Record<string, string> = {};
  for (const key of node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)) {
    const value = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
    if (value !== '') entries[key] = value;
  }
  return { nodeId: node.id, entries };
}

/** An existing entry we cannot read is someone's data: refuse to replace it. */
export function assertWritable(node: BaseNode, key: string): void {
  const raw = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
  if (raw === '') return;
  const outcome = parseEntry(node.id, key, raw);
  if (outcome.ok) return;
  if (outcome.problem.kind === 'newer-version') throw new ProtocolError('read-only', outcome.problem.message);
  throw new ProtocolError('storage-failed', `${outcome.problem.message} Saving here would overwrite it, so nothing was saved.`);
}

/** True when the entry is absent or readable (safe to replace or remove). */
export function isWritable(node: BaseNode, key: string): boolean {
  try {
    assertWritable(node, key);
    return true;
  } catch {
    return false;
  }
}

export function writeEntry(node: BaseNode, key: string, value: string): void {
  assertWritable(node, key);
  try {
    node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, value);
  } catch (error) {
    throw new ProtocolError('storage-failed', `Could not save the review on "${nodeLabel(node)}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function removeEntry(node: BaseNode, key: string): void {
  if (!isWritable(node, key)) return;
  node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, '');
}

function nodeLabel(node: BaseNode): string {
  try {
    return node.name;
  } catch {
    return node.id;
  }
}

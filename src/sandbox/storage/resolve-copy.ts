/**
 * A duplicated frame carries records written for its original. Adopting makes them this
 * frame's own (they then count like any verdict); discarding removes them.
 */
import { ProtocolError } from '../../core/protocol/channel';
import { parseEntry } from '../../core/review/parse-entry';
import type { ParsedRecord } from '../../core/review/parse-entry';
import { serialiseFrameRecord, serialiseItemRecord } from '../../core/review/serialise';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';
import { removeEntry, writeEntry } from './node-data';

function copiedRecord(node: BaseNode, key: string): ParsedRecord | null {
  const raw = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
  if (raw === '') return null;
  const outcome = parseEntry(node.id, key, raw);
  if (!outcome.ok || outcome.migratedFrom !== null || outcome.records.length !== 1) return null;
  const record = outcome.records[0];
  if (!record || record.kind === 'document' || record.record.frameId === node.id) return null;
  return record;
}

export async function resolveCopy(frameId: string, action: 'adopt' | 'discard'): Promise<number> {
  const node = await figma.getNodeByIdAsync(frameId);
  if (!node) throw new ProtocolError('not-found', 'That frame no longer exists.');
  let changed = 0;
  for (const key of node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)) {
    const record = copiedRecord(node, key);
    if (!record) continue;
    if (action === 'discard') removeEntry(node, key);
    else if (record.kind === 'item') writeEntry(node, key, serialiseItemRecord({ ...record.record, frameId: node.id }));
    else if (record.kind === 'frame') writeEntry(node, key, serialiseFrameRecord({ ...record.record, frameId: node.id }));
    changed++;
  }
  if (changed === 0) throw new ProtocolError('not-found', 'This frame carries no copied review.');
  return changed;
}

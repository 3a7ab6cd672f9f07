/**
 * Persist the migration of a version 1 review entry on a frame (one `review` entry holding
 * every item) into one record per item, before the first version 2 save touches that frame.
 */
import { isNewer } from '../../core/review/read';
import { parseEntry } from '../../core/review/parse-entry';
import { itemKey, REVIEW_KEY } from '../../core/review/keys';
import { serialiseItemRecord } from '../../core/review/serialise';
import type { ItemRecord } from '../../core/review/types';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';
import { isWritable, removeEntry, writeEntry } from './node-data';

export function upgradeLegacyEntry(node: BaseNode): boolean {
  if (node.type === 'DOCUMENT') return false;
  const raw = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, REVIEW_KEY);
  if (raw === '') return false;
  const outcome = parseEntry(node.id, REVIEW_KEY, raw);
  if (!outcome.ok || outcome.migratedFrom === null) return false;
  const items = outcome.records.filter((r): r is { kind: 'item'; record: ItemRecord } => r.kind === 'item');
  for (const { record } of items) {
    const key = itemKey(record.itemId);
    if (!isWritable(node, key)) continue;
    const currentRaw = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
    const current = currentRaw === '' ? null : parseEntry(node.id, key, currentRaw);
    const currentRecord = current && current.ok ? current.records[0] : undefined;
    if (
      currentRecord?.kind === 'item' &&
      isNewer({ record: currentRecord.record, holderId: node.id }, { record, holderId: node.id })
    ) {
      continue;
    }
    writeEntry(node, key, serialiseItemRecord(record));
  }
  removeEntry(node, REVIEW_KEY);
  return true;
}

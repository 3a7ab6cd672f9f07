/** One raw shared plugin data entry → validated current-version records, or a problem. */
import * as v from 'valibot';
import { describeIssues, DocumentRecordSchema, FrameRecordSchema, ItemRecordSchema } from './schema';
import { FRAME_KEY, isItemKey, itemIdOfKey, REVIEW_KEY } from './keys';
import { entryVersion, MigrationError, migrateToCurrent } from './migrate';
import type { DocumentRecord, FrameRecord, ItemRecord, StoredProblem, StoredProblemKind } from './types';
import { RECORD_VERSION } from './types';

export type ParsedRecord =
  | { kind: 'item'; record: ItemRecord }
  | { kind: 'frame'; record: FrameRecord }
  | { kind: 'document'; record: DocumentRecord };

export type EntryOutcome =
  | { ok: true; records: ParsedRecord[]; migratedFrom: number | null }
  | { ok: false; problem: StoredProblem };

function problem(nodeId: string, key: string, raw: string, kind: StoredProblemKind, message: string): EntryOutcome {
  return { ok: false, problem: { nodeId, key, kind, message, raw } };
}

function validate(key: string, value: unknown): ParsedRecord | string {
  if (isItemKey(key)) {
    const parsed = v.safeParse(ItemRecordSchema, value);
    if (!parsed.success) return describeIssues(parsed.issues);
    if (itemIdOfKey(key) !== parsed.output.itemId) return `the record is for "${parsed.output.itemId}", not for its key`;
    return { kind: 'item', record: parsed.output };
  }
  if (key === FRAME_KEY) {
    const parsed = v.safeParse(FrameRecordSchema, value);
    return parsed.success ? { kind: 'frame', record: parsed.output } : describeIssues(parsed.issues);
  }
  if (key === REVIEW_KEY) {
    const parsed = v.safeParse(DocumentRecordSchema, value);
    return parsed.success ? { kind: 'document', record: parsed.output } : describeIssues(parsed.issues);
  }
  return 'this version does not know this entry';
}

/** Never throws: every failure becomes a problem that carries the raw string unchanged. */
export function parseEntry(nodeId: string, key: string, raw: string): EntryOutcome {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return problem(nodeId, key, raw, 'corrupt', `Stored entry "${key}" on ${nodeId} is not readable JSON; it is kept untouched.`);
  }
  const version = entryVersion(value);
  if (version === null) {
    return problem(nodeId, key, raw, 'invalid', `Stored entry "${key}" on ${nodeId} has no schema version; it is kept untouched.`);
  }
  if (version > RECORD_VERSION) {
    return problem(
      nodeId,
      key,
      raw,
      'newer-version',
      `Stored entry "${key}" on ${nodeId} was written by a newer version of the plugin (schema ${version}); update the plugin to edit this review.`,
    );
  }
  let migrated;
  try {
    migrated = migrateToCurrent({ key, version, value });
  } catch (error) {
    const reason = error instanceof MigrationError ? error.message : 'migration failed';
    return problem(nodeId, key, raw, 'invalid', `Stored entry "${key}" on ${nodeId} could not be upgraded: ${reason}`);
  }
  const records: ParsedRecord[] = [];
  for (const entry of migrated) {
    const result = validate(entry.key, entry.value);
    if (typeof result === 'string') {
      return problem(nodeId, key, raw, 'invalid', `Stored entry "${key}" on ${nodeId} is not a valid record (${result}); it is kept untouched.`);
    }
    records.push(result);
  }
  return { ok: true, records, migratedFrom: version < RECORD_VERSION ? version : null };
}

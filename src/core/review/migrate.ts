/**
 * Upgrades stored entries written by earlier versions, one version step at a time, so a
 * future version adds one step to MIGRATIONS and nothing else changes.
 */
import * as v from 'valibot';
import { ITEM_IDS } from '../checklist/types';
import type { ItemId } from '../checklist/types';
import { describeIssues } from './schema';
import { itemKey, REVIEW_KEY } from './keys';
import { clampNote } from './note';
import type { ItemRecord, ItemStatus } from './types';
import { RECORD_VERSION } from './types';

/** One stored entry at a known schema version, before validation against that version's schema. */
export interface VersionedEntry {
  key: string;
  version: number;
  value: unknown;
}

/** A step cannot make sense of an entry: the entry is reported as invalid and kept untouched. */
export class MigrationError extends Error {}

type Step = (entry: VersionedEntry) => VersionedEntry[];

/** The schema version an entry declares: version 1 wrote `version`, later ones `schemaVersion`. */
export function entryVersion(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { schemaVersion?: unknown; version?: unknown };
  const declared = record.schemaVersion !== undefined ? record.schemaVersion : record.version;
  return typeof declared === 'number' && Number.isInteger(declared) && declared >= 1 ? declared : null;
}

const V1_STATUS: Record<'ok' | 'fix' | 'na', ItemStatus> = { ok: 'pass', fix: 'needs-work', na: 'not-applicable' };

const V1ReviewSchema = v.object({
  version: v.literal(1),
  frameId: v.pipe(v.string(), v.minLength(1)),
  savedAt: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  items: v.record(
    v.picklist(ITEM_IDS),
    v.object({ status: v.picklist(['ok', 'fix', 'na'] as const), note: v.optional(v.string()) }),
  ),
});

/** Version 1 kept a frame's whole review in one `review` entry; version 2 keeps one record per item. */
function fromV1(entry: VersionedEntry): VersionedEntry[] {
  if (entry.key !== REVIEW_KEY) throw new MigrationError(`Version 1 wrote no "${entry.key}" entries.`);
  const parsed = v.safeParse(V1ReviewSchema, entry.value);
  if (!parsed.success) throw new MigrationError(`Not a version 1 review: ${describeIssues(parsed.issues)}.`);
  const { frameId, savedAt, items } = parsed.output;
  return (Object.keys(items) as ItemId[]).map((itemId) => {
    const old = items[itemId];
    const record: ItemRecord = {
      schemaVersion: 2,
      itemId,
      frameId,
      status: old ? V1_STATUS[old.status] : 'unreviewed',
      note: clampNote(old?.note ?? ''),
      by: null,
      at: savedAt,
      history: [],
    };
    return { key: itemKey(itemId), version: 2, value: record };
  });
}

/** Step from version N to N+1, by N. */
export const MIGRATIONS: Readonly<Record<number, Step>> = { 1: fromV1 };

/** Run every step from the entry's version up to RECORD_VERSION. Throws MigrationError. */
export function migrateToCurrent(entry: VersionedEntry): VersionedEntry[] {
  let entries = [entry];
  for (let version = entry.version; version < RECORD_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new MigrationError(`No migration from schema version ${version}.`);
    const next: VersionedEntry[] = [];
    for (const current of entries) next.push(...step(current));
    entries = next;
  }
  return entries;
}

/**
 * The one schema of stored review records, shared by the plugin and the CLI.
 * Validation is strict about what the reader relies on and strips unknown fields.
 */
import * as v from 'valibot';
import { AREA_IDS, ITEM_IDS } from '../checklist/types';
import type { AreaId } from '../checklist/types';
import type { DocumentRecord, FrameRecord, ItemRecord, StatusChange } from './types';
import { HISTORY_LIMIT, ITEM_STATUSES, MAX_NOTE_LENGTH, RECORD_VERSION } from './types';

const Timestamp = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const NodeId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Person = v.nullable(v.pipe(v.string(), v.maxLength(200)));
const Status = v.picklist(ITEM_STATUSES as readonly ItemRecord['status'][]);
const Version = v.literal(RECORD_VERSION);
const CategoryId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

export const StatusChangeSchema: v.GenericSchema<unknown, StatusChange> = v.object({
  status: Status,
  by: Person,
  at: Timestamp,
});

export const ItemRecordSchema: v.GenericSchema<unknown, ItemRecord> = v.object({
  schemaVersion: Version,
  itemId: v.picklist(ITEM_IDS),
  frameId: NodeId,
  status: Status,
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  by: Person,
  at: Timestamp,
  history: v.pipe(v.array(StatusChangeSchema), v.maxLength(HISTORY_LIMIT)),
});

export const FrameRecordSchema: v.GenericSchema<unknown, FrameRecord> = v.object({
  schemaVersion: Version,
  reviewId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  frameId: NodeId,
  fingerprint: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  reviewedAt: Timestamp,
  reviewedBy: Person,
});

export const DocumentRecordSchema: v.GenericSchema<unknown, DocumentRecord> = v.object({
  schemaVersion: Version,
  reviewId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  frameIds: v.array(NodeId),
  startFrameId: v.nullable(NodeId),
  connectFrameId: v.nullable(NodeId),
  updatedAt: Timestamp,
  updatedBy: Person,
  annotatedNodeIds: v.optional(v.array(NodeId)),
  annotationCategoryIds: v.optional(v.partial(v.object(categoryFields()))),
});

function categoryFields(): Record<AreaId, typeof CategoryId> {
  const fields = {} as Record<AreaId, typeof CategoryId>;
  for (const area of AREA_IDS) fields[area] = CategoryId;
  return fields;
}

/** First validation issue as "path: message", for problem messages a person can act on. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

export { readStoredReview, isNewer } from './read';
export { parseEntry } from './parse-entry';
export type { EntryOutcome, ParsedRecord } from './parse-entry';
export { changedSince, fingerprintFrame } from './fingerprint';
export { migrateToCurrent, MIGRATIONS, entryVersion } from './migrate';
export { clampNote } from './note';
export { FRAME_KEY, REVIEW_KEY, itemKey, itemIdOfKey, isItemKey } from './keys';
export {
  serialiseItemRecord,
  serialiseFrameRecord,
  serialiseDocumentRecord,
  nextItemRecord,
  utf8Length,
  RecordTooLargeError,
  SAFE_ENTRY_BYTES,
} from './serialise';
export { ItemRecordSchema, FrameRecordSchema, DocumentRecordSchema } from './schema';
export * from './types';

/** Records → the strings stored in shared plugin data, refusing anything near Figma's entry limit. */
import { HISTORY_LIMIT, PLUGIN_DATA_ENTRY_LIMIT } from './types';
import type { DocumentRecord, FrameRecord, ItemRecord, ItemStatus, StatusChange } from './types';
import { clampNote } from './note';

/** Stay well clear of the limit: what Figma counts may include more than our UTF-8 bytes. */
export const SAFE_ENTRY_BYTES = Math.floor(PLUGIN_DATA_ENTRY_LIMIT * 0.8);

export class RecordTooLargeError extends Error {}

/** UTF-8 byte length without TextEncoder (the plugin sandbox may lack it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function serialise(record: ItemRecord | FrameRecord | DocumentRecord, what: string): string {
  const text = JSON.stringify(record);
  const size = utf8Length(text);
  if (size > SAFE_ENTRY_BYTES) throw new RecordTooLargeError(`The ${what} would take ${size} bytes, over the ${SAFE_ENTRY_BYTES}-byte budget per entry.`);
  return text;
}

export const serialiseItemRecord = (record: ItemRecord): string => serialise(record, `record of ${record.itemId}`);
export const serialiseFrameRecord = (record: FrameRecord): string => serialise(record, 'frame record');
export const serialiseDocumentRecord = (record: DocumentRecord): string => serialise(record, 'review record');

export interface VerdictChange {
  itemId: ItemRecord['itemId'];
  frameId: string;
  status: ItemStatus;
  note: string;
  by: string | null;
  at: string;
}

/** The next record for an item: the previous state goes to the front of the bounded history. */
export function nextItemRecord(previous: ItemRecord | null, change: VerdictChange, version: number): ItemRecord {
  const history: StatusChange[] = previous
    ? [{ status: previous.status, by: previous.by, at: previous.at }, ...previous.history].slice(0, HISTORY_LIMIT)
    : [];
  return {
    schemaVersion: version,
    itemId: change.itemId,
    frameId: change.frameId,
    status: change.status,
    note: clampNote(change.note),
    by: change.by,
    at: change.at,
    history,
  };
}

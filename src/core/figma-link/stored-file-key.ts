/**
 * The file's key as the panel saves it on the document root (shared plugin data, key
 * `file`), so the plugin's and the CLI's hand-offs can link back to the design: a plugin
 * cannot read its own file's key. Only the key is kept, never the pasted link, whose query
 * may carry tokens. Its own small record, apart from the review's, with its own version.
 */
import * as v from 'valibot';
import type { StoredNodeData } from '../review/types';

export const FILE_LINK_KEY = 'file';
export const FILE_LINK_VERSION = 1;

/** The document's file link as the panel shows it. */
export interface FileLinkInfo {
  /** The saved key, or null when none is saved (or the entry cannot be read). */
  fileKey: string | null;
  /** Why the stored entry cannot be used; it is then kept as it is. */
  problem: string | null;
  /** The entry was written by a newer version of the plugin: shown, never replaced. */
  newer: boolean;
}

const FileLinkSchema = v.object({
  schemaVersion: v.literal(FILE_LINK_VERSION),
  fileKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]+$/), v.maxLength(128)),
});

export const NO_FILE_LINK: FileLinkInfo = { fileKey: null, problem: null, newer: false };

export function serialiseFileLink(fileKey: string): string {
  return JSON.stringify({ schemaVersion: FILE_LINK_VERSION, fileKey });
}

/** Never throws: an entry of another shape comes back as a problem, for the caller to keep. */
export function readFileLinkEntry(raw: string): FileLinkInfo {
  if (raw === '') return NO_FILE_LINK;
  const unreadable = (why: string): FileLinkInfo => ({
    fileKey: null,
    problem: `The file link saved in this document ${why}; it is kept as it is.`,
    newer: false,
  });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return unreadable('is not readable JSON');
  }
  const version = typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > FILE_LINK_VERSION) {
    return {
      fileKey: null,
      problem: `The file link saved in this document was written by a newer version of the plugin (schema ${version}); update the plugin to change it.`,
      newer: true,
    };
  }
  const parsed = v.safeParse(FileLinkSchema, value);
  return parsed.success ? { fileKey: parsed.output.fileKey, problem: null, newer: false } : unreadable('is not a file link record');
}

/** The key saved on the document among a file's stored data (the CLI reads it from REST). */
export function storedFileKey(nodes: readonly StoredNodeData[]): string | null {
  for (const node of nodes) {
    const raw = node.entries[FILE_LINK_KEY];
    if (typeof raw !== 'string') continue;
    const info = readFileLinkEntry(raw);
    if (info.fileKey !== null) return info.fileKey;
  }
  return null;
}

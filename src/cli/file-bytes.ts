/**
 * What may wrap the JSON text of a saved response: a UTF-8 byte order mark (some editors and
 * Windows tools write one) and gzip (`curl --compressed -o`, `.json.gz` archives). Both are
 * recognised by their bytes, whatever the file is called.
 */
import { gunzipSync } from 'node:zlib';
import { UsageError } from './usage-error';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Inflated bytes of a gzip file, or the bytes as they are. */
export function inflate(bytes: Buffer, source: string): Buffer {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${source} is gzip-compressed but could not be inflated (${reason})`);
  }
}

/** The JSON text without a leading UTF-8 byte order mark (a view, not a copy). */
export function withoutBom(bytes: Buffer): Buffer {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * Reads the REST file as bytes and keeps only the fields the review reads (see
 * core/rest/read-fields.ts): a real file is mostly paint, effects and geometry, and building
 * all of it with JSON.parse costs several times the file size in memory.
 */
import { readFileSync } from 'node:fs';
import { REST_FILE_FIELDS } from '../core/rest/read-fields';
import { inflate, withoutBom } from './file-bytes';
import { JsonSyntaxError, lineAndColumn, readPrunedJson } from './pruned-json';
import { collectGarbageNow } from './release-memory';
import { UsageError } from './usage-error';

export function parseRestBytes(raw: Buffer, source: string): unknown {
  const bytes = withoutBom(inflate(raw, source));
  if (bytes.every(isWhitespace)) throw new UsageError(`${source} is empty: expected a Figma REST file response (JSON)`);
  try {
    return readPrunedJson(bytes, REST_FILE_FIELDS);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const { line, column } = lineAndColumn(bytes, error.offset);
      throw new UsageError(`${source} is not valid JSON (${error.message} at line ${line}, column ${column})`);
    }
    // Kept fields nested deeper than the call stack allows (only a hostile file does that):
    // JSON.parse has no such limit, and the adapters read its tree the same way.
    if (error instanceof RangeError) return parseWhole(bytes, source);
    throw error;
  }
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function parseWhole(bytes: Buffer, source: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The tree, with the file's bytes already given back (see release-memory.ts). */
export function loadFile(path: string): unknown {
  let bytes: Buffer | null = readBytes(path);
  const tree = parseRestBytes(bytes, path);
  // Cleared by hand: the frame would otherwise keep the last reference alive through the collection.
  // eslint-disable-next-line no-useless-assignment -- the assignment is the point: it drops the reference
  bytes = null;
  collectGarbageNow();
  return tree;
}

function readBytes(path: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? 'unreadable';
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
  return bytes;
}

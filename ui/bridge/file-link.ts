import type { FileLinkInfo } from '../../src/core/figma-link/stored-file-key';
import { isFileKey } from '../../src/core/report/links';

/** The file link as the sandbox sent it; anything malformed reads as none saved. */
export function fileLinkOf(value: unknown): FileLinkInfo {
  if (value === null || typeof value !== 'object') return { fileKey: null, problem: null, newer: false };
  const f = value as Partial<FileLinkInfo>;
  return {
    fileKey: typeof f.fileKey === 'string' && isFileKey(f.fileKey) ? f.fileKey : null,
    problem: typeof f.problem === 'string' ? f.problem : null,
    newer: f.newer === true,
  };
}

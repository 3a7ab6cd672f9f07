/** The file from the Figma API as the review reads it: fetched, scanned, its bytes given back. */
import { parseRestBytes } from '../load-input';
import { collectGarbageNow } from '../release-memory';
import { systemFetchDeps, type FetchDeps } from './fetch-deps';
import { fetchFigmaFile } from './fetch-figma-file';
import type { FigmaFileRequest } from './file-request';

export async function loadFromFigma(request: FigmaFileRequest, deps: FetchDeps = systemFetchDeps): Promise<unknown> {
  const fetched = await fetchFigmaFile(request, deps);
  let bytes: Buffer | null = fetched.bytes!;
  fetched.bytes = null;
  // The network chunks the body was copied from are garbage now; freed before the tree is built.
  collectGarbageNow();
  const tree = parseRestBytes(bytes, `the Figma API response for file ${request.fileKey}`);
  // eslint-disable-next-line no-useless-assignment -- drops the reference before the collection, as in loadFile
  bytes = null;
  collectGarbageNow();
  return tree;
}

/** Names of the file's top-level frames (sections looked into), for naming a frame outside the review. */
import { stringField } from './read-node';
import { readResponse } from './response';
import { readRestPages } from './scope-from-rest';

export function topLevelNames(file: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const { placed } = readRestPages(readResponse(file).pages);
  placed.forEach((entry, id) => {
    out[id] = stringField(entry.node, 'name') ?? id;
  });
  return out;
}

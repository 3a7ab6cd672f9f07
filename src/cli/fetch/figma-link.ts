/** The shared link rule (src/core/figma-link), with its failures as the CLI's usage errors. */
import { FigmaLinkError, parseFileReference as parseReference, type FileReference } from '../../core/figma-link/parse';
import { UsageError } from '../usage-error';

export { looksLikeFigmaLink, type FileReference } from '../../core/figma-link/parse';

export function parseFileReference(input: string): FileReference {
  try {
    return parseReference(input);
  } catch (error) {
    if (error instanceof FigmaLinkError) throw new UsageError(error.message);
    throw error;
  }
}

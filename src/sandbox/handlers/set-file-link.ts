import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { FigmaLinkError, parseFigmaLink } from '../../core/figma-link/parse';
import { writeFileLink } from '../storage/file-link';

/** Keep the key of a pasted Figma file link (never the link itself); an empty link clears it. One undo step. */
export function setFileLinkHandler(): Handler<'set-file-link'> {
  return ({ link, replace }) => {
    let fileKey: string | null = null;
    if (link.trim() !== '') {
      try {
        fileKey = parseFigmaLink(link).fileKey;
      } catch (error) {
        if (error instanceof FigmaLinkError) throw new ProtocolError('bad-request', error.message);
        throw error;
      }
    }
    const saved = writeFileLink(fileKey, replace === true);
    figma.commitUndo();
    return saved;
  };
}

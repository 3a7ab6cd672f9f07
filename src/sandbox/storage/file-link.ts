/** The document's file link (its key only) in shared plugin data on the root. */
import { ProtocolError } from '../../core/protocol/channel';
import { FILE_LINK_KEY, NO_FILE_LINK, readFileLinkEntry, serialiseFileLink, type FileLinkInfo } from '../../core/figma-link/stored-file-key';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';

export function readFileLink(): FileLinkInfo {
  try {
    return readFileLinkEntry(figma.root.getSharedPluginData(PLUGIN_DATA_NAMESPACE, FILE_LINK_KEY));
  } catch {
    // The panel works without links.
    return NO_FILE_LINK;
  }
}

/**
 * Save (or, with null, clear) the key. An entry this version cannot read is someone's data:
 * it is replaced only when the reviewer chose to, and never when a newer version wrote it.
 */
export function writeFileLink(fileKey: string | null, replaceUnreadable: boolean): FileLinkInfo {
  const before = readFileLink();
  if (before.newer) throw new ProtocolError('read-only', before.problem ?? 'A newer version of the plugin saved this file link.');
  if (before.problem !== null && !replaceUnreadable) {
    throw new ProtocolError('storage-failed', `${before.problem} Saving would replace it, so nothing was saved.`);
  }
  try {
    figma.root.setSharedPluginData(PLUGIN_DATA_NAMESPACE, FILE_LINK_KEY, fileKey === null ? '' : serialiseFileLink(fileKey));
  } catch (error) {
    throw new ProtocolError('storage-failed', `Could not save the file link: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { fileKey, problem: null, newer: false };
}

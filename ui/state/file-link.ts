import { signal } from '@preact/signals';
import type { Client } from '../../src/core/protocol/channel';
import type { FileLinkInfo } from '../../src/core/figma-link/stored-file-key';
import { FigmaLinkError, looksLikeFigmaLink, parseFigmaLink } from '../../src/core/figma-link/parse';
import { messageOf } from './notices';
import { SAVE_TIMEOUT_MS } from './verdicts';

/** Why the text is not a Figma file link, in the panel's words; null when it is one (or empty: clears). */
export function fileLinkProblem(text: string): string | null {
  const link = text.trim();
  if (link === '') return null;
  const paste = 'Paste the file’s link from the address bar or Share → Copy link (https://www.figma.com/design/…).';
  if (!looksLikeFigmaLink(link)) return paste;
  try {
    parseFigmaLink(link);
    return null;
  } catch (error) {
    if (!(error instanceof FigmaLinkError)) return messageOf(error);
    return error.kind === 'not-figma' ? `Not a Figma link. ${paste}` : `Not a Figma file link: ${error.message}.`;
  }
}

export interface FileLinkDeps {
  client: Client;
  initial: FileLinkInfo;
}

/**
 * The file's key saved in the document, which the hand-off uses to link back to the design.
 * A plugin cannot read its own file's key, so the reviewer pastes the file's link once.
 */
export function createFileLink(deps: FileLinkDeps) {
  const fileLink = signal<FileLinkInfo>(deps.initial);
  const saving = signal(false);

  /** Save (or, with an empty link, remove) the key; resolves to the message to show, or null when saved. */
  const saveFileLink = async (text: string): Promise<string | null> => {
    const problem = fileLinkProblem(text);
    if (problem !== null) return problem;
    const current = fileLink.value;
    saving.value = true;
    try {
      // Replacing an unreadable entry is what the field's "Replace" button says it does.
      const replace = current.problem !== null && !current.newer;
      const result = await deps.client.request('set-file-link', { link: text.trim(), ...(replace ? { replace } : {}) }, { timeoutMs: SAVE_TIMEOUT_MS });
      fileLink.value = result;
      return null;
    } catch (error) {
      return `Couldn’t save the file link: ${messageOf(error)}`;
    } finally {
      saving.value = false;
    }
  };

  /** Each scan reads the document again (another reviewer may have set it). */
  const replace = (info: FileLinkInfo): void => {
    fileLink.value = info;
  };

  return { fileLink, saving, saveFileLink, replace };
}

export type FileLinkState = ReturnType<typeof createFileLink>;

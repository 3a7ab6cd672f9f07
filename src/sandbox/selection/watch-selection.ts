/** Selection (and page) changes, debounced, as 'selection-changed' events for the panel. */
import type { SelectionInfo } from '../../core/protocol/messages';
import { resolveScope, selectionInfo } from '../scan/scope';

export const SELECTION_DEBOUNCE_MS = 50;

export function currentSelectionInfo(): SelectionInfo {
  return selectionInfo(resolveScope(figma.currentPage));
}

export function watchSelection(onChange: (info: SelectionInfo) => void): () => void {
  let timer: number | null = null;
  const fire = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      try {
        onChange(currentSelectionInfo());
      } catch {
        // A selection that vanished mid-change is picked up by the next event.
      }
    }, SELECTION_DEBOUNCE_MS);
  };
  figma.on('selectionchange', fire);
  figma.on('currentpagechange', fire);
  return () => {
    if (timer !== null) clearTimeout(timer);
    figma.off('selectionchange', fire);
    figma.off('currentpagechange', fire);
  };
}

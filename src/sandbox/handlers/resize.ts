import type { Handler } from '../../core/protocol/channel';
import { clampPrefs, savePrefs } from '../session/prefs';

export function resizeHandler(): Handler<'resize'> {
  return async (requested) => {
    const prefs = clampPrefs(requested);
    figma.ui.resize(prefs.width, prefs.height);
    try {
      await savePrefs(prefs);
    } catch {
      // Remembering the size is a nicety; the resize itself happened.
    }
    return prefs;
  };
}

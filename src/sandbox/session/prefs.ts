import type { UiPrefs } from '../../core/protocol/messages';

const PREFS_KEY = 'ui-prefs';
export const DEFAULT_PREFS: UiPrefs = { width: 360, height: 560 };

/** Keep the panel usable whatever was asked or stored. */
export function clampPrefs(prefs: UiPrefs): UiPrefs {
  const clamp = (value: number, min: number, max: number, fallback: number): number =>
    typeof value === 'number' && isFinite(value) ? Math.round(Math.min(max, Math.max(min, value))) : fallback;
  return { width: clamp(prefs.width, 280, 1200, DEFAULT_PREFS.width), height: clamp(prefs.height, 320, 1400, DEFAULT_PREFS.height) };
}

export async function loadPrefs(): Promise<UiPrefs> {
  try {
    const stored = (await figma.clientStorage.getAsync(PREFS_KEY)) as Partial<UiPrefs> | undefined;
    if (!stored || typeof stored !== 'object') return DEFAULT_PREFS;
    return clampPrefs({ width: Number(stored.width), height: Number(stored.height) });
  } catch {
    return DEFAULT_PREFS;
  }
}

export async function savePrefs(prefs: UiPrefs): Promise<void> {
  await figma.clientStorage.setAsync(PREFS_KEY, prefs);
}

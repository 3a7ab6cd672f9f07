/**
 * Keeps what the plugin wrote into the fake document (plugin data, annotations, client
 * storage) in localStorage, so reloading the preview reopens the review like reopening a
 * file in Figma. One entry per sample: Design and Dev Mode read the same document, as in Figma.
 */
import type { FakeFigma, MutableState } from '../fake-figma';
import type { EditorMode, SampleName } from './options';

const PREFIX = 'afr-preview:';

export function storageKey(sample: SampleName): string {
  return `${PREFIX}${sample}`;
}

/** Where earlier previews kept a sample's review (one copy per editor mode): read once, never lost. */
export function legacyStorageKey(sample: SampleName, mode: EditorMode): string {
  return `${PREFIX}${sample}:${mode}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Enough of a shape check that importing it cannot throw half-way through. */
function isMutableState(value: unknown): value is MutableState {
  return (
    isRecord(value) &&
    value.version === 1 &&
    isRecord(value.pluginData) &&
    Object.values(value.pluginData).every((spaces) => isRecord(spaces) && Object.values(spaces).every(isRecord)) &&
    isRecord(value.annotations) &&
    Object.values(value.annotations).every(Array.isArray) &&
    Array.isArray(value.categories) &&
    isRecord(value.relaunchData) &&
    Object.values(value.relaunchData).every(isRecord) &&
    isRecord(value.clientStorage)
  );
}

/**
 * Restore the saved state into the fake. Returns a message for the page when something
 * stored could not be used (the sample then opens as shipped); never throws.
 */
export function restoreReview(fake: FakeFigma, key: string, storage: Storage = localStorage, fallbackKey?: string): string | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
    // An older preview kept the Design copy under its own key: adopt it.
    if (raw === null && fallbackKey !== undefined) raw = storage.getItem(fallbackKey);
  } catch (error) {
    console.warn('Preview: localStorage is unavailable; the review will not survive a reload.', error);
    return 'This browser blocks localStorage: the review will not be kept across reloads.';
  }
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isMutableState(parsed)) throw new Error('not a saved preview review (version 1)');
    fake.importMutableState(parsed);
    return null;
  } catch (error) {
    console.warn(`Preview: ignored the saved review under "${key}":`, error);
    return 'A saved review in this browser could not be read and was ignored; the sample opened as shipped.';
  }
}

/** Save after a burst of messages settles (a walkthrough sends many). */
export function createReviewSaver(
  fake: FakeFigma,
  key: string,
  options: { delayMs?: number; storage?: Storage; onPendingChange?: (pending: boolean) => void } = {},
) {
  const { delayMs = 150, storage = localStorage, onPendingChange } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const saveNow = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    onPendingChange?.(false);
    if (stopped) return;
    try {
      storage.setItem(key, JSON.stringify(fake.exportMutableState()));
    } catch (error) {
      console.warn('Preview: could not save the review to localStorage.', error);
    }
  };
  return {
    schedule(): void {
      if (stopped) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(saveNow, delayMs);
      onPendingChange?.(true);
    },
    saveNow,
    /** Save now if a save is waiting (leaving the page); an idle page writes nothing. */
    flush(): void {
      if (timer !== null) saveNow();
    },
    /** Forget the saved review and stop saving (the page reloads right after). */
    clear(): void {
      // The panel flushes notes as the page unloads: nothing may write the review back.
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      for (const k of Object.keys(storage)) if (k.startsWith(PREFIX)) storage.removeItem(k);
    },
  };
}

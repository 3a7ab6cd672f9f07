import { signal } from '@preact/signals';
import type { ItemId, ItemStatus, SaveResult } from '../../src/core/protocol/messages';
import { ProtocolError } from '../../src/core/protocol/channel';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaverDeps {
  send(itemId: ItemId, status: ItemStatus, note: string): Promise<SaveResult>;
  /** The item's current local value, read when the save actually goes out (so the latest wins). */
  read(itemId: ItemId): { status: ItemStatus; note: string };
  onSaved?(result: SaveResult): void;
  debounceMs?: number;
}

export function describeSaveError(error: unknown): string {
  if (error instanceof ProtocolError) {
    if (error.code === 'read-only') return 'This review is read-only.';
    if (error.code === 'timeout') return 'Figma did not answer in time.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Saves verdicts as they are made: status changes at once, note typing after a pause.
 * One save per item is in flight at a time; a change made meanwhile goes out right after,
 * so the stored value always ends as the last thing the reviewer did.
 */
export function createSaver(deps: SaverDeps) {
  const debounceMs = deps.debounceMs ?? 400;
  const timers = new Map<ItemId, ReturnType<typeof setTimeout>>();
  const inflight = new Map<ItemId, Promise<void>>();
  const rerun = new Set<ItemId>();
  const failed = new Map<ItemId, string>();
  let everSaved = false;

  const state = signal<SaveState>('idle');
  const error = signal<string | null>(null);
  /** Why annotations could not be written on the last save; the review itself was saved. */
  const annotationWarning = signal<string | null>(null);
  const lastSavedAt = signal<string | null>(null);

  const refresh = (): void => {
    if (inflight.size > 0) state.value = 'saving';
    else if (failed.size > 0) state.value = 'error';
    else if (timers.size > 0) state.value = 'pending';
    else state.value = everSaved ? 'saved' : 'idle';
    const firstError = failed.values().next();
    error.value = firstError.done ? null : firstError.value;
  };

  const start = (itemId: ItemId): void => {
    const { status, note } = deps.read(itemId);
    const run = deps
      .send(itemId, status, note)
      .then(
        (result) => {
          everSaved = true;
          failed.delete(itemId);
          lastSavedAt.value = result.savedAt;
          annotationWarning.value = result.annotations.ok ? null : (result.annotations.message ?? 'Annotations could not be updated.');
          deps.onSaved?.(result);
        },
        (reason: unknown) => {
          failed.set(itemId, describeSaveError(reason));
        },
      )
      .then(() => {
        inflight.delete(itemId);
        if (rerun.delete(itemId)) start(itemId);
        refresh();
      });
    inflight.set(itemId, run);
    refresh();
  };

  const saveNow = (itemId: ItemId): void => {
    const timer = timers.get(itemId);
    if (timer !== undefined) {
      clearTimeout(timer);
      timers.delete(itemId);
    }
    if (inflight.has(itemId)) rerun.add(itemId);
    else start(itemId);
    refresh();
  };

  const saveLater = (itemId: ItemId): void => {
    const timer = timers.get(itemId);
    if (timer !== undefined) clearTimeout(timer);
    timers.set(
      itemId,
      setTimeout(() => {
        timers.delete(itemId);
        saveNow(itemId);
      }, debounceMs),
    );
    refresh();
  };

  /** Send every pending note now (synchronously posts the messages: safe in pagehide). */
  const flushNow = (): void => {
    for (const itemId of [...timers.keys()]) saveNow(itemId);
  };

  /** Flush, then wait until nothing is in flight. */
  const flush = async (): Promise<void> => {
    flushNow();
    while (inflight.size > 0) await Promise.all([...inflight.values()]);
  };

  const retry = (): void => {
    for (const itemId of [...failed.keys()]) saveNow(itemId);
  };

  const hasPending = (itemId: ItemId): boolean => timers.has(itemId) || inflight.has(itemId);

  /** Closing the panel must not lose typing: whatever waits goes out now. */
  const dispose = (): void => {
    flushNow();
  };

  return { state, error, annotationWarning, lastSavedAt, saveNow, saveLater, flushNow, flush, retry, hasPending, dispose };
}

export type Saver = ReturnType<typeof createSaver>;

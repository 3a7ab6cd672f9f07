import { signal } from '@preact/signals';
import type { SelectionInfo } from '../../src/core/protocol/messages';

/** How long after a "Show" its own selection change is still expected from the sandbox. */
const SHOW_SETTLE_MS = 1500;

/**
 * What the canvas selection is, and whether it moved away from what the loaded review
 * covers. A "Show" selects evidence on the canvas: the selection change it causes is the
 * panel's own doing, not the reviewer picking other frames.
 */
export function createSelection(initial: SelectionInfo | null, now: () => number = Date.now) {
  /** Null until known (the host injected no initial state and nothing has been scanned yet). */
  const selection = signal<SelectionInfo | null>(initial);
  /** The selection moved away from what the loaded review covers. */
  const selectionChanged = signal(false);
  let showingUntil = 0;

  /** A "Show" is under way (call again when its reply arrives: the event follows shortly). */
  const expectShow = (): void => {
    showingUntil = now() + SHOW_SETTLE_MS;
  };

  /** Whether this selection event is the echo of a "Show" inside the reviewed frames (consumes the window). */
  const isShowEcho = (payload: SelectionInfo, reviewedFrameIds: ReadonlySet<string>): boolean => {
    const echo =
      now() < showingUntil && payload.source === 'selection' && payload.frames.length > 0 && payload.frames.every((f) => reviewedFrameIds.has(f.id));
    if (echo) showingUntil = 0;
    return echo;
  };

  /** A scan now covers `scope`. */
  const covered = (scope: SelectionInfo): void => {
    selection.value = scope;
    selectionChanged.value = false;
  };

  return { selection, selectionChanged, expectShow, isShowEcho, covered };
}

export type SelectionState = ReturnType<typeof createSelection>;

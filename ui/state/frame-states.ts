import { signal } from '@preact/signals';
import type { FrameReviewState, ItemId } from '../../src/core/protocol/messages';

/**
 * Which reviewed frames changed since their review, and which of those changes each item's
 * verdict has already taken into account: judging an item after its frame changed answers
 * "does the verdict still hold", so that item no longer shows the frame as changed.
 */
export function createFrameStates() {
  const frameStates = signal<FrameReviewState[]>([]);
  /** Per item: changed frames the reviewer judged it against (since the last scan). */
  const acknowledged = signal<Partial<Record<ItemId, readonly string[]>>>({});

  /** A scan read the stored review afresh. */
  const replace = (states: FrameReviewState[]): void => {
    frameStates.value = states;
    acknowledged.value = {};
  };

  /**
   * The sandbox reported new frame states while the panel is open. An acknowledgement
   * stands while its frame stays changed; a frame that recovered and changed again is news.
   */
  const update = (states: FrameReviewState[]): void => {
    const stillChanged = new Set(states.filter((s) => s.changedSinceReview).map((s) => s.frameId));
    const next: Partial<Record<ItemId, readonly string[]>> = {};
    for (const [itemId, frames] of Object.entries(acknowledged.value) as [ItemId, readonly string[]][]) {
      const kept = frames.filter((f) => stillChanged.has(f));
      if (kept.length > 0) next[itemId] = kept;
    }
    // Frames the update does not mention keep their last known state.
    const byId = new Map(frameStates.value.map((s) => [s.frameId, s]));
    for (const s of states) byId.set(s.frameId, s);
    frameStates.value = [...byId.values()];
    acknowledged.value = next;
  };

  /** The reviewer just saved `itemId`, judged against the design as it is now. */
  const acknowledge = (itemId: ItemId, frameIds: readonly string[]): void => {
    const changedNow = new Set(frameStates.value.filter((s) => s.changedSinceReview).map((s) => s.frameId));
    const frames = frameIds.filter((f) => changedNow.has(f));
    const previous = acknowledged.value[itemId] ?? [];
    acknowledged.value = { ...acknowledged.value, [itemId]: [...new Set([...previous, ...frames])] };
  };

  /** Forget everything the review said about frames (the review was reset). */
  const clear = (): void => {
    frameStates.value = frameStates.value.map((s) => ({ ...s, changedSinceReview: false, reviewedAt: null, copiedFrom: null }));
    acknowledged.value = {};
  };

  return { frameStates, acknowledged, replace, update, acknowledge, clear };
}

export type FrameStates = ReturnType<typeof createFrameStates>;

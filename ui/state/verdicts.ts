import { signal } from '@preact/signals';
import type { Client } from '../../src/core/protocol/channel';
import type { ItemId, ItemStatus, ItemVerdictDTO, SaveResult } from '../../src/core/protocol/messages';
import { MAX_NOTE_LENGTH } from '../../src/core/review/types';
import { createSaver } from './saver';

export interface LocalVerdict {
  status: ItemStatus;
  note: string;
  by: string | null;
  at: string | null;
  /** Frame the verdict is stored on (null until first saved). */
  frameId: string | null;
}

export type Verdicts = Partial<Record<ItemId, LocalVerdict>>;

export const UNREVIEWED: LocalVerdict = { status: 'unreviewed', note: '', by: null, at: null, frameId: null };

/** A save is one undo step plus annotation writes: allow a slow file before calling it failed. */
export const SAVE_TIMEOUT_MS = 15000;

export function verdictsFrom(list: readonly ItemVerdictDTO[]): Verdicts {
  const next: Verdicts = {};
  for (const v of list) next[v.itemId] = { status: v.status, note: v.note, by: v.by, at: v.at, frameId: v.frameId };
  return next;
}

export interface VerdictDeps {
  client: Client;
  /** Whether the reviewer may edit now (not read-only, not Dev Mode). */
  canEdit(): boolean;
  /** The reviewer changed an item: it is judged against the design as it is now. */
  onJudged?(itemId: ItemId): void;
  onSaved?(result: SaveResult): void;
  debounceMs?: number;
}

/** The reviewer's verdicts as the panel shows them, and their saving. */
export function createVerdicts(deps: VerdictDeps) {
  const verdicts = signal<Verdicts>({});
  /** Notes typed or pasted over the stored limit: shown in full, never saved cut. */
  const drafts = signal<Partial<Record<ItemId, string>>>({});

  const verdictOf = (itemId: ItemId): LocalVerdict => verdicts.value[itemId] ?? UNREVIEWED;

  const saver = createSaver({
    send: (itemId, status, note) => deps.client.request('set-verdict', { itemId, status, note }, { timeoutMs: SAVE_TIMEOUT_MS }),
    read: (itemId) => verdictOf(itemId),
    debounceMs: deps.debounceMs,
    onSaved: (result) => {
      const current = verdictOf(result.verdict.itemId);
      // Keep the local status and note: the reviewer may have changed them while the save was in flight.
      verdicts.value = { ...verdicts.value, [result.verdict.itemId]: { ...current, by: result.verdict.by, at: result.verdict.at, frameId: result.verdict.frameId } };
      deps.onSaved?.(result);
    },
  });

  /** A new status; `'unreviewed'` clears the verdict. */
  const setStatus = (itemId: ItemId, status: ItemStatus): void => {
    if (!deps.canEdit()) return;
    const current = verdictOf(itemId);
    if (current.status === status) return;
    verdicts.value = { ...verdicts.value, [itemId]: { ...current, status } };
    deps.onJudged?.(itemId);
    saver.saveNow(itemId);
  };

  const setNote = (itemId: ItemId, note: string): void => {
    if (!deps.canEdit()) return;
    const { [itemId]: _previousDraft, ...otherDrafts } = drafts.value;
    if (note.length > MAX_NOTE_LENGTH) {
      // The stored note stays the last one that fit; the field keeps all of the text.
      drafts.value = { ...otherDrafts, [itemId]: note };
      return;
    }
    if (_previousDraft !== undefined) drafts.value = otherDrafts;
    const current = verdictOf(itemId);
    verdicts.value = { ...verdicts.value, [itemId]: { ...current, note } };
    // A note is stored with a verdict: on an item not judged yet it waits (the field says so)
    // and goes out with the status the reviewer picks.
    if (current.status !== 'unreviewed' || saver.hasPending(itemId)) saver.saveLater(itemId);
  };

  /** The note as the field shows it: an over-limit draft, else the verdict's note. */
  const noteTextOf = (itemId: ItemId): string => drafts.value[itemId] ?? verdictOf(itemId).note;

  /** A scan read the stored review: it replaces everything. */
  const replace = (list: readonly ItemVerdictDTO[]): void => {
    verdicts.value = verdictsFrom(list);
    drafts.value = {};
  };

  /**
   * The stored review changed outside the panel. Items the reviewer is still saving keep
   * their local value: it goes out next and ends as the stored one.
   */
  const merge = (list: readonly ItemVerdictDTO[]): void => {
    const next = verdictsFrom(list);
    for (const [itemId, local] of Object.entries(verdicts.value) as [ItemId, LocalVerdict][]) {
      if (saver.hasPending(itemId)) next[itemId] = local;
    }
    verdicts.value = next;
  };

  /** The review was reset: nothing is judged any more. */
  const clear = (): void => {
    verdicts.value = {};
    drafts.value = {};
  };

  return { verdicts, drafts, saver, verdictOf, noteTextOf, setStatus, setNote, replace, merge, clear };
}

export type VerdictState = ReturnType<typeof createVerdicts>;

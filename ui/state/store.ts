import { batch, signal } from '@preact/signals';
import type { Client } from '../../src/core/protocol/channel';
import { ProtocolError } from '../../src/core/protocol/channel';
import type {
  AreaId,
  EditorType,
  FrameReviewState,
  ItemId,
  ItemStatus,
  ScanResult,
  SelectionInfo,
  UiPrefs,
} from '../../src/core/protocol/messages';
import type { BootState } from '../bridge/initial-state';
import { createSaver } from './saver';

export type View = 'start' | 'overview' | AreaId | 'summary';

export interface ScanProgress {
  scannedNodes: number;
  doneFrames: number;
  totalFrames: number;
}

export type ScanPhase =
  | { kind: 'idle' }
  | { kind: 'scanning'; progress: ScanProgress | null }
  | { kind: 'failed'; message: string };

export interface LocalVerdict {
  status: ItemStatus;
  note: string;
  by: string | null;
  at: string | null;
  /** Frame the verdict is stored on (null until first saved). */
  frameId: string | null;
}

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'info';
  text: string;
}

export type Verdicts = Partial<Record<ItemId, LocalVerdict>>;

const UNREVIEWED: LocalVerdict = { status: 'unreviewed', note: '', by: null, at: null, frameId: null };

/** A save is one undo step plus annotation writes: allow a slow file before calling it failed. */
const SAVE_TIMEOUT_MS = 15000;
const SHORT_TIMEOUT_MS = 10000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** All panel state and the actions that change it; one per mounted panel. */
export function createStore(client: Client, boot: BootState) {
  const editorType = signal<EditorType>(boot.state.editorType);
  const user = signal(boot.state.user);
  const prefs = signal<UiPrefs>(boot.state.prefs);
  /** Null until known (the host injected no initial state and nothing has been scanned yet). */
  const selection = signal<SelectionInfo | null>(boot.injected ? boot.state.selection : null);
  const phase = signal<ScanPhase>({ kind: 'idle' });
  const review = signal<ScanResult | null>(null);
  const verdicts = signal<Verdicts>({});
  const frameStates = signal<FrameReviewState[]>([]);
  const view = signal<View>('start');
  const focusedItem = signal<ItemId | null>(null);
  const notices = signal<Notice[]>([]);
  /** Why the stored review changed outside the panel, until the reviewer reloads it. */
  const stale = signal<string | null>(null);
  /** The selection moved away from what the loaded review covers. */
  const selectionChanged = signal(false);
  const announcement = signal('');
  const helpOpen = signal(false);
  const published = signal<string | null>(null);
  let noticeId = 0;
  let rescanQueued = false;
  /**
   * Set while a "Show" is selecting evidence on the canvas: the selection change it causes is
   * the panel's own doing, not the reviewer picking other frames, so it must neither flag the
   * review as covering another selection nor (in Dev Mode) narrow it to the evidence's frame.
   */
  let showingUntil = 0;
  const SHOW_SETTLE_MS = 1500;

  const verdictOf = (itemId: ItemId): LocalVerdict => verdicts.value[itemId] ?? UNREVIEWED;

  const saver = createSaver({
    send: (itemId, status, note) => client.request('set-verdict', { itemId, status, note }, { timeoutMs: SAVE_TIMEOUT_MS }),
    read: (itemId) => verdictOf(itemId),
    onSaved: (result) => {
      const current = verdictOf(result.verdict.itemId);
      // Keep the local note: the reviewer may have typed on while the save was in flight.
      verdicts.value = { ...verdicts.value, [result.verdict.itemId]: { ...current, by: result.verdict.by, at: result.verdict.at, frameId: result.verdict.frameId } };
    },
  });

  const announce = (text: string): void => {
    // Re-setting the same text would not be read again; clear first.
    announcement.value = '';
    queueMicrotask(() => (announcement.value = text));
  };

  const notify = (tone: Notice['tone'], text: string): void => {
    noticeId += 1;
    notices.value = [...notices.value, { id: noticeId, tone, text }];
  };
  const dismissNotice = (id: number): void => {
    notices.value = notices.value.filter((n) => n.id !== id);
  };

  const applyResult = (result: ScanResult): void => {
    const next: Verdicts = {};
    for (const v of result.verdicts) next[v.itemId] = { status: v.status, note: v.note, by: v.by, at: v.at, frameId: v.frameId };
    batch(() => {
      review.value = result;
      verdicts.value = next;
      frameStates.value = result.frameStates;
      selection.value = result.scope;
      selectionChanged.value = false;
      stale.value = null;
      phase.value = { kind: 'idle' };
      if (view.value === 'start') view.value = 'overview';
    });
  };

  const scan = async (): Promise<void> => {
    if (phase.value.kind === 'scanning') {
      rescanQueued = true;
      return;
    }
    phase.value = { kind: 'scanning', progress: null };
    // Nothing typed may be lost: pending notes go out before the review is replaced.
    await saver.flush();
    try {
      const result = await client.request('scan', {});
      applyResult(result);
      const n = result.frames.length;
      announce(`Review loaded: ${n} ${n === 1 ? 'frame' : 'frames'}.`);
    } catch (error) {
      if (error instanceof ProtocolError && error.code === 'cancelled') {
        phase.value = { kind: 'idle' };
        announce('Scan cancelled.');
      } else {
        phase.value = { kind: 'failed', message: messageOf(error) };
      }
    }
    if (rescanQueued) {
      rescanQueued = false;
      void scan();
    }
  };

  const cancelScan = async (): Promise<void> => {
    rescanQueued = false;
    try {
      await client.request('cancel-scan', {}, { timeoutMs: SHORT_TIMEOUT_MS });
    } catch (error) {
      notify('error', `Couldn’t cancel the scan: ${messageOf(error)}`);
    }
  };

  const readOnly = (): boolean => review.value?.readOnly ?? true;

  const setStatus = (itemId: ItemId, status: ItemStatus): void => {
    if (readOnly() || editorType.value === 'dev') return;
    const current = verdictOf(itemId);
    if (current.status === status) return;
    verdicts.value = { ...verdicts.value, [itemId]: { ...current, status } };
    saver.saveNow(itemId);
  };

  const setNote = (itemId: ItemId, note: string): void => {
    if (readOnly() || editorType.value === 'dev') return;
    const current = verdictOf(itemId);
    verdicts.value = { ...verdicts.value, [itemId]: { ...current, note } };
    saver.saveLater(itemId);
  };

  const showNodes = async (nodeIds: string[]): Promise<void> => {
    if (nodeIds.length === 0) return;
    showingUntil = Date.now() + SHOW_SETTLE_MS;
    try {
      const result = await client.request('show-nodes', { nodeIds }, { timeoutMs: SHORT_TIMEOUT_MS });
      // The selection event (debounced by the sandbox) follows shortly: keep the window open past the reply.
      showingUntil = Date.now() + SHOW_SETTLE_MS;
      if (result.missing.length > 0) {
        const n = result.missing.length;
        notify('warning', `${n} ${n === 1 ? 'layer no longer exists' : 'layers no longer exist'} on the canvas. Rescan to refresh the evidence.`);
      }
    } catch (error) {
      notify('error', `Couldn’t show the layers: ${messageOf(error)}`);
    }
  };

  const resolveCopy = async (frameId: string, action: 'adopt' | 'discard'): Promise<void> => {
    try {
      await saver.flush();
      await client.request('resolve-copy', { frameId, action }, { timeoutMs: SAVE_TIMEOUT_MS });
      frameStates.value = frameStates.value.map((f) => (f.frameId === frameId ? { ...f, copiedFrom: null } : f));
      announce(action === 'adopt' ? 'Copied review adopted.' : 'Copied review discarded.');
      // Adopting or dropping a copy changes which verdicts apply: read them back.
      await scan();
    } catch (error) {
      notify('error', `Couldn’t ${action} the copied review: ${messageOf(error)}`);
    }
  };

  const publishAnnotations = async (): Promise<void> => {
    published.value = null;
    try {
      const result = await client.request('publish-annotations', {}, { timeoutMs: SAVE_TIMEOUT_MS });
      if (result.annotations.ok) {
        published.value = `Published ${result.written} ${result.written === 1 ? 'annotation' : 'annotations'}.`;
        announce(published.value);
      } else {
        notify('error', `Couldn’t publish annotations: ${result.annotations.message ?? 'unknown reason'}`);
      }
    } catch (error) {
      notify('error', `Couldn’t publish annotations: ${messageOf(error)}`);
    }
  };

  const resize = async (size: UiPrefs): Promise<void> => {
    prefs.value = size;
    try {
      await client.request('resize', size, { timeoutMs: SHORT_TIMEOUT_MS });
    } catch {
      // Resizing is cosmetic; the next drag tries again.
    }
  };

  const copyNotify = (message: string): void => {
    client.request('notify', { message }, { timeoutMs: SHORT_TIMEOUT_MS }).catch(() => undefined);
  };

  const unsubscribe = [
    client.on('selection-changed', (payload) => {
      saver.flushNow();
      const reviewed = new Set(review.value?.frames.map((f) => f.id) ?? []);
      const causedByShow =
        Date.now() < showingUntil && payload.source === 'selection' && payload.frames.length > 0 && payload.frames.every((f) => reviewed.has(f.id));
      if (causedByShow) {
        showingUntil = 0;
        // The canvas now shows part of the reviewed flow; the review itself is unchanged.
        return;
      }
      batch(() => {
        selection.value = payload;
        if (review.value) selectionChanged.value = true;
      });
      // Engineers in Dev Mode only read: follow their selection.
      if (editorType.value === 'dev' && payload.frames.length > 0) void scan();
    }),
    client.on('scan-progress', (payload) => {
      if (phase.value.kind === 'scanning') phase.value = { kind: 'scanning', progress: payload };
    }),
    client.on('review-stale', (payload) => {
      saver.flushNow();
      stale.value = payload.reason;
    }),
  ];

  const dispose = (): void => {
    saver.dispose();
    for (const stop of unsubscribe) stop();
  };

  /** Open with the review of what the designer selected before running the plugin. */
  const start = (): void => {
    const sel = selection.value;
    if (!sel || sel.frames.length === 0) return;
    if (sel.source === 'selection' || editorType.value === 'dev') void scan();
  };

  return {
    client,
    editorType,
    user,
    prefs,
    selection,
    phase,
    review,
    verdicts,
    frameStates,
    view,
    focusedItem,
    notices,
    stale,
    selectionChanged,
    announcement,
    helpOpen,
    published,
    saver,
    verdictOf,
    readOnly,
    announce,
    notify,
    dismissNotice,
    scan,
    cancelScan,
    setStatus,
    setNote,
    showNodes,
    resolveCopy,
    publishAnnotations,
    resize,
    copyNotify,
    start,
    dispose,
  };
}

export type Store = ReturnType<typeof createStore>;

import { signal } from '@preact/signals';
import type { Client } from '../../src/core/protocol/channel';
import type { AreaId, EditorType, ItemId, ScanResult, UiPrefs } from '../../src/core/protocol/messages';
import type { ItemFinding } from '../../src/core/model/findings';
import type { BootState } from '../bridge/initial-state';
import { plural } from '../text/plural';
import { changedFramesFor, relatedFrames } from './frames';
import { createFileLink } from './file-link';
import { createFrameStates } from './frame-states';
import { listenToSandbox } from './live-events';
import { createReviewActions } from './review-actions';
import { createNotices, messageOf } from './notices';
import { createScan } from './scan';
import { createSelection } from './selection';
import type { StepEntry } from './steps';
import { createVerdicts, SAVE_TIMEOUT_MS } from './verdicts';

export type { Notice } from './notices';
export type { ScanPhase, ScanProgress } from './scan';
export type { LocalVerdict, Verdicts } from './verdicts';

export type View = 'start' | 'overview' | AreaId | 'summary';

const SHORT_TIMEOUT_MS = 10000;

/**
 * All panel state and the actions that change it; one per mounted panel. Each concern
 * lives in its own module (scan, verdicts, frame states, notices, selection); this wires
 * them to each other and to the sandbox's events.
 */
export function createStore(client: Client, boot: BootState) {
  const editorType = signal<EditorType>(boot.state.editorType);
  const user = signal(boot.state.user);
  const prefs = signal<UiPrefs>(boot.state.prefs);
  /** What the document's stored review holds before any scan (the start screen's "Resume"). */
  const existingReview = signal(boot.state.existingReview);
  const view = signal<View>('start');
  /** How the next step opens (read once by the view that renders it). */
  let stepEntry: StepEntry = 'heading';
  const focusedItem = signal<ItemId | null>(null);
  /** Why the stored review changed outside the panel, until the reviewer reloads it. */
  const stale = signal<string | null>(null);
  const helpOpen = signal(false);

  const noticeState = createNotices();
  const { announce, notify } = noticeState;
  const selectionState = createSelection(boot.injected ? boot.state.selection : null);
  const frames = createFrameStates();
  const fileLinkState = createFileLink({ client, initial: boot.state.fileLink });

  const readOnly = (): boolean => scanState.review.value?.readOnly ?? true;
  const findingOf = (itemId: ItemId): ItemFinding | undefined => scanState.review.value?.findings.items.find((f) => f.itemId === itemId);

  const verdictState = createVerdicts({
    client,
    canEdit: () => !readOnly() && editorType.value !== 'dev',
    onJudged: (itemId) => frames.acknowledge(itemId, relatedFrames(findingOf(itemId), verdictState.verdictOf(itemId))),
    onSaved: (result) => {
      // The stored frame is known only once saved: it too was judged as it is now.
      const itemId = result.verdict.itemId;
      frames.acknowledge(itemId, relatedFrames(findingOf(itemId), verdictState.verdictOf(itemId)));
    },
  });
  const { saver, verdictOf } = verdictState;

  const scanState = createScan({
    client,
    notices: noticeState,
    beforeScan: () => saver.flush(),
    onResult: (result: ScanResult) => {
      verdictState.replace(result.verdicts);
      frames.replace(result.frameStates);
      selectionState.covered(result.scope);
      fileLinkState.replace(result.fileLink);
      stale.value = null;
      if (view.value === 'start') view.value = 'overview';
    },
  });
  const { scan, review } = scanState;

  /** Frames changed since this item was judged, apart from changes the reviewer already judged it against. */
  const changedFramesOf = (itemId: ItemId): string[] =>
    changedFramesFor(findingOf(itemId), verdictOf(itemId), frames.frameStates.value, frames.acknowledged.value[itemId]);

  const showNodes = async (nodeIds: string[]): Promise<void> => {
    if (nodeIds.length === 0) return;
    selectionState.expectShow();
    try {
      const result = await client.request('show-nodes', { nodeIds }, { timeoutMs: SHORT_TIMEOUT_MS });
      // The selection event (debounced by the sandbox) follows shortly: keep the window open past the reply.
      selectionState.expectShow();
      if (result.missing.length > 0) {
        const n = result.missing.length;
        notify('warning', `${plural(n, 'layer')} no longer ${n === 1 ? 'exists' : 'exist'} on the canvas. Rescan to refresh the evidence.`);
      }
    } catch (error) {
      notify('error', `Couldn’t show the layers: ${messageOf(error)}`);
    }
  };

  const resolveCopy = async (frameId: string, action: 'adopt' | 'discard'): Promise<void> => {
    try {
      await saver.flush();
      await client.request('resolve-copy', { frameId, action }, { timeoutMs: SAVE_TIMEOUT_MS });
      frames.frameStates.value = frames.frameStates.value.map((f) => (f.frameId === frameId ? { ...f, copiedFrom: null } : f));
      announce(action === 'adopt' ? 'Copied review adopted.' : 'Copied review discarded.');
      // Adopting or dropping a copy changes which verdicts apply: read them back.
      await scan();
    } catch (error) {
      notify('error', `Couldn’t ${action} the copied review: ${messageOf(error)}`);
    }
  };

  const actions = createReviewActions({
    client,
    notices: noticeState,
    verdicts: verdictState,
    frames,
    review,
    existingReview,
    stale,
    onReset: () => (view.value = 'overview'),
  });

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

  /** Open a step; it starts at its top, with focus on its heading or its first item. */
  const goTo = (next: View, entry: StepEntry = 'heading'): void => {
    stepEntry = entry;
    view.value = next;
  };
  const takeStepEntry = (): StepEntry => {
    const entry = stepEntry;
    stepEntry = 'heading';
    return entry;
  };

  const unsubscribe = listenToSandbox({
    client,
    editorType,
    review,
    stale,
    selection: selectionState,
    verdicts: verdictState,
    frames,
    progress: scanState.progress,
    scan,
    announce,
  });

  const dispose = (): void => {
    saver.dispose();
    for (const stop of unsubscribe) stop();
  };

  /** Open with the review of what the designer selected before running the plugin. */
  const start = (): void => {
    const sel = selectionState.selection.value;
    if (!sel || sel.frames.length === 0) return;
    if (sel.source === 'selection' || editorType.value === 'dev') void scan();
  };

  return {
    client,
    editorType,
    user,
    prefs,
    existingReview,
    selection: selectionState.selection,
    selectionChanged: selectionState.selectionChanged,
    phase: scanState.phase,
    review,
    verdicts: verdictState.verdicts,
    frameStates: frames.frameStates,
    view,
    goTo,
    takeStepEntry,
    focusedItem,
    notices: noticeState.notices,
    stale,
    announcement: noticeState.announcement,
    helpOpen,
    published: actions.published,
    saver,
    verdictOf,
    noteTextOf: verdictState.noteTextOf,
    changedFramesOf,
    readOnly,
    announce,
    notify,
    dismissNotice: noticeState.dismissNotice,
    scan,
    cancelScan: scanState.cancelScan,
    setStatus: verdictState.setStatus,
    setNote: verdictState.setNote,
    showNodes,
    resolveCopy,
    publishable: actions.publishable,
    publishAnnotations: actions.publishAnnotations,
    resetReview: actions.resetReview,
    resize,
    copyNotify,
    fileLink: fileLinkState.fileLink,
    savingFileLink: fileLinkState.saving,
    saveFileLink: fileLinkState.saveFileLink,
    start,
    dispose,
  };
}

export type Store = ReturnType<typeof createStore>;

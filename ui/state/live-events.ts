import { batch } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { Client } from '../../src/core/protocol/channel';
import type { EditorType, ScanResult } from '../../src/core/protocol/messages';
import { changeNotice } from '../text/change-notice';
import type { FrameStates } from './frame-states';
import type { ScanProgress } from './scan';
import type { SelectionState } from './selection';
import type { VerdictState } from './verdicts';

export interface LiveEventDeps {
  client: Client;
  editorType: Signal<EditorType>;
  review: Signal<ScanResult | null>;
  /** Why the stored review changed outside the panel, until the reviewer reloads it. */
  stale: Signal<string | null>;
  selection: Pick<SelectionState, 'selection' | 'selectionChanged' | 'isShowEcho'>;
  verdicts: Pick<VerdictState, 'merge' | 'saver'>;
  frames: Pick<FrameStates, 'update'>;
  progress(payload: ScanProgress): void;
  scan(): Promise<void>;
  announce(text: string): void;
}

/**
 * What the sandbox tells the open panel: selection changes, scan progress, the stored review
 * changing elsewhere (another reviewer, an undo), reviewed frames edited. Returns the
 * unsubscribe functions.
 */
export function listenToSandbox(deps: LiveEventDeps): (() => void)[] {
  const { client, review, selection, verdicts, frames } = deps;
  const devMode = (): boolean => deps.editorType.value === 'dev';
  return [
    client.on('selection-changed', (payload) => {
      verdicts.saver.flushNow();
      const reviewed = new Set(review.value?.frames.map((f) => f.id) ?? []);
      // A "Show" only points at part of the reviewed flow; the review itself is unchanged.
      if (selection.isShowEcho(payload, reviewed)) return;
      batch(() => {
        selection.selection.value = payload;
        if (review.value) selection.selectionChanged.value = true;
      });
      // Engineers in Dev Mode only read: follow their selection.
      if (devMode() && payload.frames.length > 0) void deps.scan();
    }),
    client.on('scan-progress', (payload) => deps.progress(payload)),
    client.on('review-stale', (payload) => {
      verdicts.saver.flushNow();
      deps.stale.value = payload.reason;
    }),
    client.on('review-changed', (payload) => {
      if (!review.value) return;
      batch(() => {
        verdicts.merge(payload.verdicts);
        frames.update(payload.frameStates);
      });
      const notice = changeNotice(payload.changes, payload.remote);
      if (notice) deps.announce(notice);
      // Dev Mode shows what would be published: read the stored review again.
      if (devMode()) void deps.scan();
    }),
    client.on('frames-changed', (payload) => frames.update(payload.frameStates)),
  ];
}

/**
 * Live awareness while the plugin is open: another reviewer's save (or reset, or an undo)
 * reaches this panel as `review-changed`, and a designer's edit to a reviewed frame as
 * `frames-changed`, without a rescan. Only reads: nothing is ever written in response
 * to a change, so two open panels never answer each other. Uses the current page's
 * `nodechange` (no loadAllPagesAsync under dynamic-page) and follows page switches.
 */
import type { EventMap, EventName, ReviewChange } from '../../core/protocol/messages';
import type { ItemVerdictDTO } from '../../core/protocol/messages';
import { frameStatesOf, verdictsOf } from '../review/scan-result';
import type { ScanContext, Session } from '../session/session';
import type { StoredReview } from '../../core/review/types';
import { hasOwnFrameRecord } from '../storage/records';
import { readReviewNow, resolveReviewNodes } from '../storage/review-nodes';
import { currentFingerprint } from './refingerprint';

type Emit = <E extends EventName>(name: E, payload: EventMap[E]) => void;

export interface WatchOptions {
  /** Quiet time before reacting, so a burst of edits is one re-read. */
  debounceMs?: number;
}

/** Properties the plugin itself writes: never a design change. */
const OUR_PROPERTIES: ReadonlySet<string> = new Set(['pluginData', 'relaunchData', 'annotations']);

const frameIndexes = new WeakMap<ScanContext, Map<string, string>>();

/** Node id → id of the scanned frame it belongs to. */
function frameIndex(context: ScanContext): Map<string, string> {
  let index = frameIndexes.get(context);
  if (!index) {
    index = new Map();
    for (const frame of context.snapshot.frames) {
      index.set(frame.id, frame.id);
      for (const node of frame.nodes) index.set(node.id, frame.id);
    }
    frameIndexes.set(context, index);
  }
  return index;
}

function frameOf(change: NodeChange, context: ScanContext): string | null {
  const index = frameIndex(context);
  const known = index.get(change.id);
  if (known !== undefined) return known;
  if (change.type === 'DELETE' || change.node.removed) return null;
  // A layer added since the scan: its frame is an ancestor.
  try {
    for (let node: BaseNode | null = change.node.parent; node && node.type !== 'PAGE'; node = node.parent) {
      const frameId = index.get(node.id);
      if (frameId !== undefined) return frameId;
    }
  } catch {
    // Removed meanwhile.
  }
  return null;
}

export function verdictChanges(before: readonly ItemVerdictDTO[] | null, after: readonly ItemVerdictDTO[]): ReviewChange[] {
  const previous = new Map((before ?? []).map((v) => [v.itemId, v]));
  const changes: ReviewChange[] = [];
  for (const verdict of after) {
    const old = previous.get(verdict.itemId);
    const same = old && old.status === verdict.status && old.note === verdict.note && old.by === verdict.by && old.at === verdict.at;
    if (!same && (old || verdict.status !== 'unreviewed')) changes.push({ itemId: verdict.itemId, status: verdict.status, by: verdict.by });
  }
  return changes;
}

/** Changes a merge of verdicts cannot show: the panel should scan again. */
function staleReason(context: ScanContext, frames: ReadonlyMap<string, BaseNode>, stored: StoredReview, knownProblems: number): string | null {
  const gone = context.order.filter((id) => !frames.has(id));
  if (gone.length > 0) return gone.length === 1 ? 'A frame in this review was deleted.' : `${gone.length} frames in this review were deleted.`;
  if (stored.readOnly) return 'A newer version of the plugin changed this review.';
  if (stored.problems.length > knownProblems) return 'Some of the stored review can no longer be read.';
  return null;
}

export function watchReview(session: Session, emit: Emit, options: WatchOptions = {}): () => void {
  const delay = options.debounceMs ?? 500;
  let page: PageNode | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let reviewTouched = false;
  let remote = false;
  let staleFor: ScanContext | null = null;
  const changedFrames = new Set<string>();

  const schedule = (): void => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
  };

  const onChange = (event: NodeChangeEvent): void => {
    const context = session.last;
    if (!context) return;
    let relevant = false;
    for (const change of event.nodeChanges) {
      const frameId = frameOf(change, context);
      const properties: readonly string[] = change.type === 'PROPERTY_CHANGE' ? change.properties : [];
      if (properties.indexOf('pluginData') >= 0 || (change.type === 'DELETE' && frameId === change.id)) {
        // Our own writes come back as LOCAL changes; they only matter if the stored review
        // then differs from what this panel knows (an undo), which the re-read tells.
        reviewTouched = true;
        if (change.origin === 'REMOTE') remote = true;
        relevant = true;
      }
      const designChange = change.type !== 'PROPERTY_CHANGE' || properties.some((p) => !OUR_PROPERTIES.has(p));
      if (designChange && frameId !== null) {
        changedFrames.add(frameId);
        relevant = true;
      }
    }
    if (relevant) schedule();
  };

  const flush = async (): Promise<void> => {
    const context = session.last;
    if (!context || stopped) return;
    // A save of ours is under way: its own result is not news; look again once it is done.
    if (session.writing > 0) {
      schedule();
      return;
    }
    const touched = reviewTouched;
    const wasRemote = remote;
    const frames = Array.from(changedFrames);
    reviewTouched = false;
    remote = false;
    changedFrames.clear();

    const nodes = await resolveReviewNodes(context.order);
    const stored = readReviewNow(nodes);
    for (const frameId of frames) {
      const node = nodes.frames.get(frameId);
      if (!node || !hasOwnFrameRecord(stored, frameId)) continue;
      const fingerprint = await currentFingerprint(node);
      if (fingerprint === null) continue;
      if (!context.live) context.live = new Map();
      context.live.set(frameId, fingerprint);
    }
    if (stopped || session.last !== context) return;
    if (session.writing > 0) {
      // Started a save while we read: read again afterwards.
      reviewTouched = reviewTouched || touched;
      remote = remote || wasRemote;
      for (const id of frames) changedFrames.add(id);
      schedule();
      return;
    }
    const frameStates = frameStatesOf(context, stored);
    const stale = staleFor === context ? null : staleReason(context, nodes.frames, stored, session.knownProblems);
    if (stale !== null) {
      // Once per scan: the panel offers to scan again.
      staleFor = context;
      session.knownProblems = stored.problems.length;
      emit('review-stale', { reason: stale });
    }
    if (touched) {
      const verdicts = verdictsOf(stored);
      const changes = verdictChanges(session.known, verdicts);
      if (changes.length > 0) {
        session.known = verdicts;
        emit('review-changed', { verdicts, frameStates, changes, remote: wasRemote });
      }
    }
    if (frames.length > 0) emit('frames-changed', { frameStates: frameStates.filter((s) => frames.indexOf(s.frameId) >= 0) });
  };

  const attach = (): void => {
    if (page) page.off('nodechange', onChange);
    page = figma.currentPage;
    page.on('nodechange', onChange);
  };
  attach();
  figma.on('currentpagechange', attach);

  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    if (page) page.off('nodechange', onChange);
    figma.off('currentpagechange', attach);
  };
}

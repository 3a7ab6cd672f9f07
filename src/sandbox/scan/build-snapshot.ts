/** The scope's screens → a Snapshot for the engine, in time slices with progress and cancel. */
import type { FlowStart, PrototypeLink, Snapshot, SnapshotFrame } from '../../core/model/snapshot';
import { ComponentNames } from './component-names';
import { readFrame } from './read-frame';
import type { ResolvedScope } from './scope';
import type { SliceStats } from './slicer';
import { DEFAULT_SLICE_BUDGET_MS, Slicer, yieldWithTimeout } from './slicer';

export interface ScanProgress {
  scannedNodes: number;
  doneFrames: number;
  totalFrames: number;
}

export interface BuildOptions {
  isCancelled(): boolean;
  onProgress?(progress: ScanProgress): void;
  budgetMs?: number;
  now?(): number;
  yieldToHost?(): Promise<void>;
}

export interface BuildResult {
  snapshot: Snapshot;
  nodeCount: number;
  stats: SliceStats;
  /** The scan's slicer, so the work after the traversal keeps to the same slices. */
  slicer: Slicer;
}

function flowStartsOf(page: PageNode, frameIds: ReadonlySet<string>): FlowStart[] {
  const points = page.flowStartingPoints;
  const out: FlowStart[] = [];
  for (const point of points ?? []) if (frameIds.has(point.nodeId)) out.push({ frameId: point.nodeId, name: point.name });
  return out;
}

export async function buildSnapshot(scope: ResolvedScope, options: BuildOptions): Promise<BuildResult> {
  const progress: ScanProgress = { scannedNodes: 0, doneFrames: 0, totalFrames: scope.screens.length };
  const report = (): void => options.onProgress?.({ ...progress });
  const slicer = new Slicer({
    budgetMs: options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS,
    now: options.now ?? (() => Date.now()),
    yieldToHost: options.yieldToHost ?? yieldWithTimeout,
    isCancelled: options.isCancelled,
    onYield: report,
  });
  const names = new ComponentNames();
  const page = { id: scope.page.id, name: scope.page.name };
  const frames: SnapshotFrame[] = [];
  const links: PrototypeLink[] = [];
  report();
  for (const screen of scope.screens) {
    let result;
    try {
      result = await readFrame(screen, page, names, slicer, () => progress.scannedNodes++);
    } catch (error) {
      // Cancellation ends the scan; a screen removed mid-scan is just left out.
      if (options.isCancelled()) throw error;
      if (error instanceof Error && error.name === 'ProtocolError') throw error;
      progress.doneFrames++;
      continue;
    }
    frames.push(result.frame);
    links.push(...result.links);
    progress.doneFrames++;
    if (slicer.due()) await slicer.yieldNow();
  }
  // Count the open slice in the stats; a caller that goes on with the slicer extends it.
  slicer.closeSlice();
  const frameIds = new Set(frames.map((f) => f.id));
  const snapshot: Snapshot = {
    fileName: figma.root.name,
    frames,
    // Links to screens outside the scope cannot take part in the flow under review.
    links: links.filter((link) => frameIds.has(link.destinationFrameId)),
    flowStarts: flowStartsOf(scope.page, frameIds),
  };
  report();
  return { snapshot, nodeCount: progress.scannedNodes, stats: slicer.stats, slicer };
}

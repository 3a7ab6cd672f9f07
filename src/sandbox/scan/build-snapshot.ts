/** The scope's screens → a Snapshot for the engine, in time slices with progress and cancel. */
import type { FlowStart, PrototypeLink, Snapshot, SnapshotFrame } from '../../core/model/snapshot';
import { ScreenQueue } from '../../core/scope/screen-queue';
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

/** The page's starting points that land on a screen under review (the older single start named after the page). */
function flowStartsOf(page: PageNode, startIds: readonly string[], owner: ReadonlyMap<string, string>): FlowStart[] {
  const names = new Map<string, string>();
  for (const point of page.flowStartingPoints ?? []) if (!names.has(point.nodeId)) names.set(point.nodeId, point.name);
  const out: FlowStart[] = [];
  for (const nodeId of startIds) {
    const frameId = owner.get(nodeId);
    if (frameId !== undefined) out.push({ frameId, name: names.get(nodeId) ?? page.name });
  }
  return out;
}

/**
 * Which screen holds each layer that a link lands on or a flow starts from: a link may land
 * on a layer, and the customer lands on its screen. Only those ids are kept (a map of every
 * layer stalls for tens of milliseconds each time it grows past a power of two), and the
 * walk over the layers yields between screens.
 */
async function ownersOf(frames: readonly SnapshotFrame[], wanted: ReadonlySet<string>, slicer: Slicer): Promise<Map<string, string>> {
  const owner = new Map<string, string>();
  for (const frame of frames) {
    if (wanted.has(frame.id)) owner.set(frame.id, frame.id);
    const { nodes } = frame;
    for (let i = 0; i < nodes.length; i++) {
      const id = nodes[i]!.id;
      if (wanted.has(id)) owner.set(id, frame.id);
    }
    if (slicer.due()) await slicer.yieldNow();
  }
  return owner;
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
  // Components join the scan as the prototype read so far leads to them (core/scope).
  const queue = new ScreenQueue(scope.candidates, scope.startIds);
  for (let next = queue.next(); next !== undefined; next = queue.next()) {
    const screen = scope.nodes.get(next.id)!;
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
    queue.follow(result.links.map((link) => link.destinationFrameId));
    progress.totalFrames = Math.max(progress.totalFrames, queue.size);
    progress.doneFrames++;
    if (slicer.due()) await slicer.yieldNow();
  }
  const wanted = new Set<string>(scope.startIds);
  for (const link of links) wanted.add(link.destinationFrameId);
  const owner = await ownersOf(frames, wanted, slicer);
  // Count the open slice in the stats; a caller that goes on with the slicer extends it.
  slicer.closeSlice();
  const landed: PrototypeLink[] = [];
  for (const link of links) {
    // Links to screens outside the scope cannot take part in the flow under review.
    const destinationFrameId = owner.get(link.destinationFrameId);
    if (destinationFrameId !== undefined) landed.push({ sourceNodeId: link.sourceNodeId, sourceFrameId: link.sourceFrameId, destinationFrameId });
  }
  const snapshot: Snapshot = {
    fileName: figma.root.name,
    frames,
    links: landed,
    flowStarts: flowStartsOf(scope.page, scope.startIds, owner),
  };
  report();
  return { snapshot, nodeCount: progress.scannedNodes, stats: slicer.stats, slicer };
}

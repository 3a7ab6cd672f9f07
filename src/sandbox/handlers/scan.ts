import { runEngineSteps } from '../../core/engine';
import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { buildScanResult, verdictsOf } from '../review/scan-result';
import { buildSnapshot } from '../scan/build-snapshot';
import type { BuildOptions } from '../scan/build-snapshot';
import { fingerprintReviewedFrames } from '../scan/fingerprint-frames';
import { runInSlices } from '../scan/run-in-slices';
import { resolveScope } from '../scan/scope';
import type { ScanContext, Session } from '../session/session';
import { loadReview } from '../storage/load-review';

export type ScanTuning = Pick<BuildOptions, 'budgetMs' | 'now' | 'yieldToHost'>;

/** Inspect the selection (or page), run the engine and load the stored review. */
export function scanHandler(session: Session, tuning: ScanTuning = {}): Handler<'scan'> {
  return async (_params, { emit }) => {
    if (session.running) throw new ProtocolError('busy', 'A scan is already running.');
    const run = { cancelled: false };
    session.running = run;
    try {
      const scope = resolveScope(figma.currentPage);
      const built = await buildSnapshot(scope, {
        ...tuning,
        isCancelled: () => run.cancelled,
        onProgress: (progress) => emit('scan-progress', progress),
      });
      const { slicer } = built;
      // The engine yields after small chunks of work, so it keeps to the same slices (and
      // cancel) as the traversal instead of freezing Figma for the whole review.
      const findings = await runInSlices(runEngineSteps(built.snapshot), slicer);
      const known = new Set(built.snapshot.frames.map((f) => f.id));
      const order = findings.flow.order.filter((id) => known.has(id));
      const inOrder = new Set(order);
      for (const frame of built.snapshot.frames) if (!inOrder.has(frame.id)) order.push(frame.id);
      const context: ScanContext = { scope, snapshot: built.snapshot, findings, order, fingerprints: new Map() };
      const { stored } = await loadReview(order);
      await fingerprintReviewedFrames(context, stored, slicer);
      if (run.cancelled) throw new ProtocolError('cancelled', 'The scan was cancelled.');
      session.last = context;
      session.known = verdictsOf(stored);
      session.knownProblems = stored.problems.length;
      const result = buildScanResult(context, stored, built.nodeCount);
      slicer.closeSlice();
      return result;
    } finally {
      if (session.running === run) session.running = null;
    }
  };
}

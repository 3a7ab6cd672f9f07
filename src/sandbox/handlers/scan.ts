import { runEngine } from '../../core/engine';
import type { Handler } from '../../core/protocol/channel';
import { ProtocolError } from '../../core/protocol/channel';
import { buildScanResult } from '../review/scan-result';
import { buildSnapshot } from '../scan/build-snapshot';
import type { BuildOptions } from '../scan/build-snapshot';
import { fingerprintReviewedFrames } from '../scan/fingerprint-frames';
import { resolveScope } from '../scan/scope';
import type { Session } from '../session/session';
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
      // The engine is one synchronous pass over the whole snapshot: start it on a fresh
      // slice, and give Figma a turn right after it (this also honours a cancel).
      await slicer.yieldNow();
      const findings = runEngine(built.snapshot);
      await slicer.yieldNow();
      const known = new Set(built.snapshot.frames.map((f) => f.id));
      const order = findings.flow.order.filter((id) => known.has(id));
      const inOrder = new Set(order);
      for (const frame of built.snapshot.frames) if (!inOrder.has(frame.id)) order.push(frame.id);
      const context = { scope, snapshot: built.snapshot, findings, order };
      const { stored } = await loadReview(order);
      const fingerprints = await fingerprintReviewedFrames(built.snapshot, stored, slicer);
      if (run.cancelled) throw new ProtocolError('cancelled', 'The scan was cancelled.');
      session.last = context;
      const result = buildScanResult(context, stored, built.nodeCount, fingerprints);
      slicer.closeSlice();
      return result;
    } finally {
      if (session.running === run) session.running = null;
    }
  };
}

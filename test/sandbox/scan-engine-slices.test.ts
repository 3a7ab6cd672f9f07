/**
 * The engine runs inside the scan's time slices: after the traversal the scan keeps
 * yielding to Figma while it reviews, and a cancel then stops it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../src/core/checklist/types';
import type { HandlerContext } from '../../src/core/protocol/channel';
import { scanHandler } from '../../src/sandbox/handlers/scan';
import type { ScanProgress } from '../../src/sandbox/scan/build-snapshot';
import { Session } from '../../src/sandbox/session/session';
import { installFakeFigma } from '../../fake-figma';
import type { FakeFigmaHandle } from '../../fake-figma';
import { sampleFlow } from './helpers/sample-flow';

let handle: FakeFigmaHandle | null = null;
afterEach(() => {
  handle?.uninstall();
  handle = null;
});

/**
 * A clock that moves a millisecond on every reading, with a 1 ms budget: every slice is
 * due at its first check, so the scan yields wherever it checks the slicer. Counts the
 * yields after the traversal reported its last frame.
 */
function forcedSlices(session: Session, onYieldAfterTraversal?: (count: number) => void) {
  let clock = 0;
  let traversalDone = false;
  let yieldsAfterTraversal = 0;
  const scan = scanHandler(session, {
    budgetMs: 1,
    now: () => ++clock,
    yieldToHost: async () => {
      if (!traversalDone) return;
      yieldsAfterTraversal++;
      onYieldAfterTraversal?.(yieldsAfterTraversal);
    },
  });
  const context: HandlerContext = {
    emit: (name, payload) => {
      if (name !== 'scan-progress') return;
      const progress = payload as ScanProgress;
      if (progress.totalFrames > 0 && progress.doneFrames === progress.totalFrames) traversalDone = true;
    },
  };
  return {
    run: () => scan({} as Record<string, never>, context),
    yieldsAfterTraversal: () => yieldsAfterTraversal,
  };
}

/** Phases of the engine's context that end in a yield of their own (index, CTAs, flow, platforms). */
const CONTEXT_PHASES = 4;

describe('scan: engine phase', () => {
  it('yields to Figma while the engine reviews, at least once per detector', async () => {
    handle = installFakeFigma(sampleFlow().fake);
    const session = new Session();
    const scan = forcedSlices(session);
    const result = await scan.run();
    expect(result.frames.length).toBeGreaterThan(0);
    expect(scan.yieldsAfterTraversal()).toBeGreaterThanOrEqual(CONTEXT_PHASES + ITEM_IDS.length);
    expect(session.last?.findings.items).toHaveLength(ITEM_IDS.length);
  });

  it('stops with a cancelled error when cancelled while the engine runs', async () => {
    handle = installFakeFigma(sampleFlow().fake);
    const session = new Session();
    const cancelAt = 10;
    const scan = forcedSlices(session, (count) => {
      if (count === cancelAt && session.running) session.running.cancelled = true;
    });
    await expect(scan.run()).rejects.toMatchObject({ code: 'cancelled' });
    // Stopped at the first yield after the cancel, well before the engine would have finished.
    expect(scan.yieldsAfterTraversal()).toBe(cancelAt);
    expect(cancelAt).toBeLessThan(CONTEXT_PHASES + ITEM_IDS.length);
    expect(session.last).toBeNull();
    expect(session.running).toBeNull();
  });
});

/**
 * Drives resumable engine work (runEngineSteps) inside the scan's time slices: it resumes
 * the work until the slice budget is spent, then yields to Figma, which also honours a
 * cancel (the slicer throws the 'cancelled' ProtocolError after the yield).
 */
import type { Steps } from '../../core/engine';
import type { Slicer } from './slicer';

export async function runInSlices<T>(steps: Steps<T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer.due()) await slicer.yieldNow();
  }
}

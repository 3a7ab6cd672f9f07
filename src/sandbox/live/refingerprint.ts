/** A reviewed frame's fingerprint as it looks now, read like a scan reads it (only reads). */
import { fingerprintFrame } from '../../core/review/fingerprint';
import { ComponentNames } from '../scan/component-names';
import { readFrame } from '../scan/read-frame';
import type { ScreenNode } from '../scan/scope';
import { DEFAULT_SLICE_BUDGET_MS, Slicer, yieldWithTimeout } from '../scan/slicer';

const SCREEN_TYPES: ReadonlySet<string> = new Set(['FRAME', 'COMPONENT', 'INSTANCE']);

export async function currentFingerprint(node: BaseNode): Promise<string | null> {
  if (node.removed || !SCREEN_TYPES.has(node.type)) return null;
  const page = pageOf(node);
  if (!page) return null;
  const slicer = new Slicer({
    budgetMs: DEFAULT_SLICE_BUDGET_MS,
    now: () => Date.now(),
    yieldToHost: yieldWithTimeout,
    isCancelled: () => false,
  });
  try {
    const { frame } = await readFrame(node as ScreenNode, { id: page.id, name: page.name }, new ComponentNames(), slicer, () => undefined);
    return fingerprintFrame(frame);
  } catch {
    // Removed while being read: the next change reports it.
    return null;
  }
}

function pageOf(node: BaseNode): PageNode | null {
  let current: BaseNode | null = node;
  while (current && current.type !== 'PAGE') current = current.parent;
  return current && current.type === 'PAGE' ? current : null;
}

import { ITEM_IDS } from '../../core/checklist/types';
import type { StoredReview } from '../../core/review/types';
import { hasOwnFrameRecord } from './records';

export const RELAUNCH_COMMAND = 'open-review';

export function reviewedCount(stored: StoredReview): number {
  let count = 0;
  for (const id of ITEM_IDS) {
    const verdict = stored.verdicts[id];
    if (verdict && verdict.record.status !== 'unreviewed') count++;
  }
  return count;
}

/** The relaunch text a frame should carry for the stored review; null when it should carry none. */
export function relaunchTextFor(stored: StoredReview, frameId: string): string | null {
  const count = reviewedCount(stored);
  if (count === 0 || !hasOwnFrameRecord(stored, frameId)) return null;
  return `${count} of ${ITEM_IDS.length} reviewed`;
}

/** The relaunch button on a reviewed frame reopens the plugin on its review; others carry none of ours. */
export function syncRelaunch(node: BaseNode, stored: StoredReview, frameId: string): void {
  if (node.removed || node.type === 'DOCUMENT' || node.type === 'PAGE') return;
  try {
    const current = node.getRelaunchData();
    const text = relaunchTextFor(stored, frameId);
    if (text === null) {
      if (current[RELAUNCH_COMMAND] === undefined) return;
      const rest: { [command: string]: string } = {};
      for (const command of Object.keys(current)) if (command !== RELAUNCH_COMMAND) rest[command] = current[command] ?? '';
      node.setRelaunchData(rest);
    } else if (current[RELAUNCH_COMMAND] !== text) {
      node.setRelaunchData({ ...current, [RELAUNCH_COMMAND]: text });
    }
  } catch {
    // Some nodes (and Dev Mode) refuse relaunch data; the review itself is saved.
  }
}

import type { ItemId } from '../../core/checklist/types';
import type { ReviewFindings } from '../../core/model/findings';

/** Where a verdict lives: the frame of its first evidence, else the connect frame, else the first frame in flow order. */
export function chooseAnchor(itemId: ItemId, findings: ReviewFindings, order: readonly string[]): string | null {
  const evidenceFrame = findings.items.find((f) => f.itemId === itemId)?.evidence[0]?.frameId;
  if (evidenceFrame !== undefined && order.indexOf(evidenceFrame) >= 0) return evidenceFrame;
  const connect = findings.flow.connectFrameId;
  if (connect !== null && order.indexOf(connect) >= 0) return connect;
  return order[0] ?? null;
}

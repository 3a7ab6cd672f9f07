import type { SnapshotFrame } from '../model/snapshot';

/** Frames in reading order on the canvas: page order, then top to bottom, then left to right. */
export function canvasOrder(frames: readonly SnapshotFrame[]): SnapshotFrame[] {
  const pageRank = new Map<string, number>();
  for (const frame of frames) if (!pageRank.has(frame.pageId)) pageRank.set(frame.pageId, pageRank.size);
  return [...frames].sort(
    (a, b) => (pageRank.get(a.pageId) ?? 0) - (pageRank.get(b.pageId) ?? 0) || a.y - b.y || a.x - b.x,
  );
}

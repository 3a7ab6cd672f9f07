import type { ItemVerdictDTO } from '../../core/protocol/messages';
import type { ReviewFindings } from '../../core/model/findings';
import type { Snapshot, SnapshotFrame } from '../../core/model/snapshot';
import { fingerprintFrame } from '../../core/review/fingerprint';
import type { ResolvedScope } from '../scan/scope';

/** What the last scan saw: saves anchor verdicts and annotations on it. */
export interface ScanContext {
  scope: ResolvedScope;
  snapshot: Snapshot;
  findings: ReviewFindings;
  /** Screen ids in flow order. */
  order: string[];
  /**
   * Fingerprints of this scan's frames by id, filled as they are needed: the snapshot never
   * changes after the scan, so the scan (in slices) and every later save share one hash per frame.
   */
  fingerprints: Map<string, string>;
  /**
   * Fingerprints of frames the designer changed while the plugin was open (read again
   * after their change), so "changed since review" shows without a rescan.
   */
  live?: Map<string, string>;
}

/** The frame's fingerprint as this scan saw it, hashed at most once per scan. */
export function fingerprintOf(context: ScanContext, frame: SnapshotFrame): string {
  let fingerprint = context.fingerprints.get(frame.id);
  if (fingerprint === undefined) {
    fingerprint = fingerprintFrame(frame);
    context.fingerprints.set(frame.id, fingerprint);
  }
  return fingerprint;
}

/** State that lives as long as the plugin window: the running scan and the last scan's context. */
export class Session {
  running: { cancelled: boolean } | null = null;
  last: ScanContext | null = null;
  /** The verdicts this panel last heard of, so a change made elsewhere can be told apart. */
  known: ItemVerdictDTO[] | null = null;
  /** Unreadable stored entries the last scan reported (more later means the review went stale). */
  knownProblems = 0;
  /** Saves and resets of this panel under way (their own writes are not news to it). */
  writing = 0;
}

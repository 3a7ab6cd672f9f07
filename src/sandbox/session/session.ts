import type { ReviewFindings } from '../../core/model/findings';
import type { Snapshot } from '../../core/model/snapshot';
import type { ResolvedScope } from '../scan/scope';

/** What the last scan saw: saves anchor verdicts and annotations on it. */
export interface ScanContext {
  scope: ResolvedScope;
  snapshot: Snapshot;
  findings: ReviewFindings;
  /** Screen ids in flow order. */
  order: string[];
}

/** State that lives as long as the plugin window: the running scan and the last scan's context. */
export class Session {
  running: { cancelled: boolean } | null = null;
  last: ScanContext | null = null;
}

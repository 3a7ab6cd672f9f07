/**
 * The audit report: the CLI's public JSON contract (DESIGN.md), also what the panel exports.
 * Changing a field name here breaks CI pipelines that parse it.
 */
import type { AreaId, ItemId } from '../checklist/types';
import type { Detection, ReviewFindings } from '../model/findings';
import type { ItemStatus } from '../review/types';

export const REPORT_SCHEMA_VERSION = 1;

export interface ReportItem {
  id: ItemId;
  area: AreaId;
  detection: Detection;
  evidence: string[];
  status: ItemStatus;
  note: string | null;
}

export interface ReportSummary {
  found: number;
  missing: number;
  manual: number;
  pass: number;
  needsWork: number;
  notApplicable: number;
  unreviewed: number;
  /** Core (non-bonus) items that are not pass or not-applicable. */
  coreOpen: number;
  /** Every core item is pass or not-applicable. */
  readyForEngineers: boolean;
}

export interface AuditReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  file: { name: string };
  frames: { id: string; name: string }[];
  flow: {
    startFrameId: string | null;
    connectFrameId: string | null;
    stepsToConnect: number | null;
    deadEnds: string[];
  };
  items: ReportItem[];
  summary: ReportSummary;
}

/** What a report is built from: the same in the CLI (REST file) and the panel (live scan). */
export interface ReportInput {
  fileName: string;
  /** Frames in flow order. */
  frames: { id: string; name: string }[];
  findings: ReviewFindings;
  verdicts: Partial<Record<ItemId, { status: ItemStatus; note: string }>>;
}

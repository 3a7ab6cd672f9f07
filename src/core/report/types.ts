/**
 * The audit report: the CLI's public JSON contract (docs/report.md, docs/report.schema.json),
 * also what the panel exports. Fields are only ever added: a renamed or removed field breaks
 * CI pipelines that parse it.
 */
import type { AreaId, ItemId } from '../checklist/types';
import type { Detection, ReviewFindings } from '../model/findings';
import type { ItemStatus } from '../review/types';

export const REPORT_SCHEMA_VERSION = 1;

/** A frame of the file; `url` opens it in Figma when the file's key is known. */
export interface ReportFrame {
  id: string;
  name: string;
  url?: string;
}

/** A layer that shows what the engine detected. */
export interface ReportEvidence {
  /** The layer's node id. */
  id: string;
  /** Id of the frame that holds it. */
  frame: string;
  /** The mockup text it reads (shortened), or its layer name when it has no text. */
  text: string;
  url?: string;
}

export interface ReportItem {
  id: ItemId;
  area: AreaId;
  detection: Detection;
  /** Why the engine decided as it did, in one sentence. */
  reason: string;
  evidence: ReportEvidence[];
  /** Frames the item concerns: its evidence's frames, or the frame a stored verdict sits on. */
  frames: ReportFrame[];
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
  /** `key` and `url` when the file's key is known. */
  file: { name: string; key?: string; url?: string };
  frames: ReportFrame[];
  flow: {
    startFrameId: string | null;
    connectFrameId: string | null;
    stepsToConnect: number | null;
    deadEnds: string[];
  };
  items: ReportItem[];
  summary: ReportSummary;
}

/** A reviewer's stored verdict on an item, and the frame it is stored on when known. */
export interface ReportVerdict {
  status: ItemStatus;
  note: string;
  frameId?: string;
}

/** What a report is built from: the same in the CLI (REST file) and the panel (live scan). */
export interface ReportInput {
  fileName: string;
  /** The file's key (from its link), so frames and evidence link back to the design. */
  fileKey?: string | null;
  /** Frames in flow order. */
  frames: { id: string; name: string }[];
  /** Names of other frames a stored verdict may sit on, when they are not among `frames`. */
  otherFrameNames?: Readonly<Record<string, string>>;
  findings: ReviewFindings;
  verdicts: Partial<Record<ItemId, ReportVerdict>>;
}

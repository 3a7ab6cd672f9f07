/** The audit itself, free of process I/O so tests can call it directly. */
import { runEngine } from '../core/engine';
import { buildReport, strictFailures, type AuditReport, type ReportVerdict } from '../core/report';
import { snapshotFromRest, storedDataFromRest, topLevelNames, RestInputError } from '../core/rest';
import { readStoredReview } from '../core/review/read';
import { storedFileKey } from '../core/figma-link/stored-file-key';
import { ScopeError } from '../core/scope';
import type { ItemId } from '../core/checklist/types';
import type { OutputFormat } from './args';
import { renderOutput } from './render-output';
import { UsageError } from './usage-error';

export interface AuditOutcome {
  report: AuditReport;
  output: string;
  exitCode: 0 | 1;
}

export interface AuditOptions {
  format: OutputFormat;
  strict: boolean;
  /** The audited file's path as given, for formats that point back at it (github). */
  sourcePath?: string;
  /** Top-level frame or section ids; pages are then ignored. */
  frameIds?: string[];
  /** Page names or ids (default: the pages holding a prototype starting point, else the first). */
  pages?: string[];
  allPages?: boolean;
  /**
   * The file's key, so the report links frames and evidence back to the design; without it,
   * the key the plugin saved in the document (when the file was fetched with its plugin data).
   */
  fileKey?: string | null;
}

export function audit(file: unknown, options: AuditOptions): AuditOutcome {
  let snapshot;
  let stored;
  try {
    snapshot = snapshotFromRest(file, {
      ...(options.frameIds === undefined ? {} : { frameIds: options.frameIds }),
      ...(options.pages === undefined ? {} : { pages: options.pages }),
      ...(options.allPages === true ? { allPages: true } : {}),
    });
    stored = storedDataFromRest(file);
  } catch (error) {
    if (error instanceof RestInputError) throw new UsageError(`not a readable Figma file: ${error.message}`);
    if (error instanceof ScopeError) throw new UsageError(error.message);
    throw error;
  }
  const findings = runEngine(snapshot);
  const review = readStoredReview(stored);
  const verdicts: Partial<Record<ItemId, ReportVerdict>> = {};
  for (const [itemId, verdict] of Object.entries(review.verdicts) as [ItemId, NonNullable<(typeof review.verdicts)[ItemId]>][]) {
    verdicts[itemId] = { status: verdict.record.status, note: verdict.record.note, frameId: verdict.holderId };
  }
  const frameNames = new Map(snapshot.frames.map((frame) => [frame.id, frame.name]));
  // A verdict may sit on a frame outside the review: its name is looked up only then.
  const outside = Object.keys(verdicts).some((id) => !frameNames.has(verdicts[id as ItemId]!.frameId ?? ''));
  const report = buildReport({
    fileName: snapshot.fileName,
    fileKey: options.fileKey ?? storedFileKey(stored),
    frames: findings.flow.order.map((id) => ({ id, name: frameNames.get(id) ?? id })),
    otherFrameNames: outside ? topLevelNames(file) : {},
    findings,
    verdicts,
  });
  const output = renderOutput(report, options.format, options);
  const exitCode = options.strict && strictFailures(report).length > 0 ? 1 : 0;
  return { report, output, exitCode };
}

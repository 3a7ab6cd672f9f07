/** The audit itself, free of process I/O so tests can call it directly. */
import { runEngine } from '../core/engine';
import { buildReport, renderMarkdown, strictFailures, type AuditReport } from '../core/report';
import { snapshotFromRest, storedDataFromRest, RestInputError } from '../core/rest';
import { readStoredReview } from '../core/review/read';
import type { ItemId } from '../core/checklist/types';
import type { ItemStatus } from '../core/review/types';
import type { OutputFormat } from './args';
import { UsageError } from './usage-error';

export interface AuditOutcome {
  report: AuditReport;
  output: string;
  exitCode: 0 | 1;
}

export function audit(file: unknown, options: { format: OutputFormat; frameIds?: string[]; strict: boolean }): AuditOutcome {
  let snapshot;
  let stored;
  try {
    snapshot = snapshotFromRest(file, options.frameIds === undefined ? {} : { frameIds: options.frameIds });
    stored = storedDataFromRest(file);
  } catch (error) {
    if (error instanceof RestInputError) throw new UsageError(`not a readable Figma file: ${error.message}`);
    throw error;
  }
  const findings = runEngine(snapshot);
  const review = readStoredReview(stored);
  const verdicts: Partial<Record<ItemId, { status: ItemStatus; note: string }>> = {};
  for (const [itemId, verdict] of Object.entries(review.verdicts) as [ItemId, NonNullable<(typeof review.verdicts)[ItemId]>][]) {
    verdicts[itemId] = { status: verdict.record.status, note: verdict.record.note };
  }
  const names = new Map(snapshot.frames.map((frame) => [frame.id, frame.name]));
  const report = buildReport({
    fileName: snapshot.fileName,
    frames: findings.flow.order.map((id) => ({ id, name: names.get(id) ?? id })),
    findings,
    verdicts,
  });
  const output = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report);
  const exitCode = options.strict && strictFailures(report).length > 0 ? 1 : 0;
  return { report, output, exitCode };
}

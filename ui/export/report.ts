import type { ItemId, ItemStatus, ScanResult } from '../../src/core/protocol/messages';
import type { AuditReport } from '../../src/core/report/types';
import { buildReport } from '../../src/core/report/build-report';
import { renderMarkdown } from '../../src/core/report/markdown';
import type { Verdicts } from '../state/verdicts';

/** The same report the CLI prints, from the panel's live scan and the reviewer's verdicts. */
export function panelReport(review: ScanResult, verdicts: Verdicts): AuditReport {
  const input: Partial<Record<ItemId, { status: ItemStatus; note: string }>> = {};
  for (const [id, v] of Object.entries(verdicts) as [ItemId, { status: ItemStatus; note: string }][]) {
    input[id] = { status: v.status, note: v.note };
  }
  return buildReport({
    // The protocol carries no file name; the page name is what the reviewer recognises.
    fileName: review.scope.pageName || 'Untitled',
    frames: review.frames.map((f) => ({ id: f.id, name: f.name })),
    findings: review.findings,
    verdicts: input,
  });
}

export function reportJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function reportMarkdown(report: AuditReport): string {
  return renderMarkdown(report);
}

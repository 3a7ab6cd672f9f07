import type { ItemId, ScanResult } from '../../src/core/protocol/messages';
import type { AuditReport, ReportVerdict } from '../../src/core/report/types';
import { buildReport } from '../../src/core/report/build-report';
import { renderMarkdown } from '../../src/core/report/markdown';
import type { LocalVerdict, Verdicts } from '../state/verdicts';

/**
 * The same report the CLI prints, from the panel's live scan and the reviewer's verdicts;
 * with the file's key saved in the document, frames and evidence link back to the design.
 */
export function panelReport(review: ScanResult, verdicts: Verdicts, fileKey: string | null = null): AuditReport {
  const input: Partial<Record<ItemId, ReportVerdict>> = {};
  for (const [id, v] of Object.entries(verdicts) as [ItemId, LocalVerdict][]) {
    // The frame a verdict is stored on stands for an item without evidence, as in the CLI.
    input[id] = v.frameId === null ? { status: v.status, note: v.note } : { status: v.status, note: v.note, frameId: v.frameId };
  }
  return buildReport({
    // The protocol carries no file name; the page name is what the reviewer recognises.
    fileName: review.scope.pageName || 'Untitled',
    fileKey,
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

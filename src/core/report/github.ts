/**
 * The audit as GitHub Actions workflow commands: one annotation per core item that fails
 * the strict check (marked needs work, or not found and not marked not applicable), as an
 * error when the run is strict (the job fails on them) and as a warning otherwise, then one
 * plain summary line. Reviewer notes travel in the message, encoded so they stay inside it.
 */
import { getItem } from '../checklist';
import { workflowCommand } from '../untrusted';
import { strictFailures } from './strict';
import type { AuditReport, ReportItem } from './types';

export interface GithubOptions {
  strict: boolean;
  /** The audited file's path as given, so annotations point at it; absent for a file fetched from Figma. */
  file?: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function annotation(item: ReportItem, options: GithubOptions): string {
  const content = getItem(item.id);
  const needsWork = item.status === 'needs-work';
  const title = `${needsWork ? 'Needs work' : 'Not found'}: ${content.title}`;
  const message = needsWork
    ? `${item.id} is marked needs work${item.note === null ? '.' : `. Reviewer's note:\n${item.note}`}`
    : `${item.id} was not found in the mockups and is not marked not applicable. ${content.hint}`;
  const properties: [string, string][] = [['title', title]];
  if (options.file !== undefined) properties.push(['file', options.file]);
  return workflowCommand(options.strict ? 'error' : 'warning', properties, message);
}

function summaryLine(report: AuditReport, failures: readonly ReportItem[], strict: boolean): string {
  const needsWork = failures.filter((item) => item.status === 'needs-work').length;
  const { summary } = report;
  const outcome = failures.length === 0
    ? 'no core item fails the strict check'
    : `${plural(failures.length, 'core item')} ${strict ? 'fail' : 'would fail'} the strict check (${needsWork} needs work, ${failures.length - needsWork} not found)`;
  return `Auth flow review: ${outcome}; ${summary.pass} pass, ${summary.needsWork} needs work, ${summary.notApplicable} not applicable, ${summary.unreviewed} unreviewed of ${report.items.length} items; ready for engineers: ${summary.readyForEngineers ? 'yes' : 'no'}.`;
}

export function renderGithub(report: AuditReport, options: GithubOptions): string {
  const failures = strictFailures(report);
  const lines = failures.map((item) => annotation(item, options));
  lines.push(summaryLine(report, failures, options.strict));
  return `${lines.join('\n')}\n`;
}

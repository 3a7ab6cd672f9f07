/** The report in the format asked for on the command line. */
import { renderMarkdown, type AuditReport } from '../core/report';
import { renderGithub } from '../core/report/github';
import { renderJunit } from '../core/report/junit';
import type { OutputFormat } from './args';

export function renderOutput(report: AuditReport, format: OutputFormat, options: { strict: boolean; sourcePath?: string }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return renderMarkdown(report);
    case 'github':
      return renderGithub(report, { strict: options.strict, ...(options.sourcePath === undefined ? {} : { file: options.sourcePath }) });
    case 'junit':
      return renderJunit(report);
  }
}

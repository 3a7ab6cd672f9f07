/** What fails a CI run with --strict: a core item not seen and not waived, or one a reviewer marked needs-work. */
import { getItem } from '../checklist';
import type { AuditReport, ReportItem } from './types';

export function strictFailures(report: AuditReport): ReportItem[] {
  return report.items.filter((item) => {
    if (item.status === 'needs-work') return true;
    if (getItem(item.id).bonus) return false;
    return item.detection === 'missing' && item.status !== 'not-applicable';
  });
}

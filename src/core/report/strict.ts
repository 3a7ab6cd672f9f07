/**
 * What fails a CI run with --strict (docs/report.md): a core item that was not seen and not marked
 * not-applicable, or a core item a reviewer marked needs-work. Bonus items never fail a build.
 */
import { getItem } from '../checklist';
import type { AuditReport, ReportItem } from './types';

export function strictFailures(report: AuditReport): ReportItem[] {
  return report.items.filter((item) => {
    if (getItem(item.id).bonus) return false;
    if (item.status === 'needs-work') return true;
    return item.detection === 'missing' && item.status !== 'not-applicable';
  });
}

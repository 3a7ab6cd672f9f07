import type { ChecklistArea } from '../../src/core/checklist/types';
import type { ItemStatus } from '../../src/core/protocol/messages';
import type { Verdicts } from './verdicts';

export interface AreaProgress {
  total: number;
  reviewed: number;
  pass: number;
  needsWork: number;
  notApplicable: number;
  unreviewed: number;
}

export function statusOf(verdicts: Verdicts, itemId: keyof Verdicts): ItemStatus {
  return verdicts[itemId]?.status ?? 'unreviewed';
}

export function areaProgress(area: ChecklistArea, verdicts: Verdicts): AreaProgress {
  const p: AreaProgress = { total: area.items.length, reviewed: 0, pass: 0, needsWork: 0, notApplicable: 0, unreviewed: 0 };
  for (const item of area.items) {
    const status = statusOf(verdicts, item.id);
    if (status === 'pass') p.pass += 1;
    else if (status === 'needs-work') p.needsWork += 1;
    else if (status === 'not-applicable') p.notApplicable += 1;
    else p.unreviewed += 1;
  }
  p.reviewed = p.total - p.unreviewed;
  return p;
}

/** Core items still open: not pass and not not-applicable. Empty means ready for engineers. */
export function openCoreItems(areas: readonly ChecklistArea[], verdicts: Verdicts): string[] {
  const open: string[] = [];
  for (const area of areas) {
    for (const item of area.items) {
      const status = statusOf(verdicts, item.id);
      if (!item.bonus && status !== 'pass' && status !== 'not-applicable') open.push(item.id);
    }
  }
  return open;
}

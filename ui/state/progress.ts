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

export interface CoreBlockers {
  /** Core items judged and marked Needs work. */
  needsWork: string[];
  /** Core items nobody has judged yet. */
  unreviewed: string[];
}

/**
 * What stands between the review and "ready for engineers": core items that need work, and
 * core items not reviewed yet (two different things: one is judged, the other is not).
 */
export function coreBlockers(areas: readonly ChecklistArea[], verdicts: Verdicts): CoreBlockers {
  const blockers: CoreBlockers = { needsWork: [], unreviewed: [] };
  for (const area of areas) {
    for (const item of area.items) {
      if (item.bonus) continue;
      const status = statusOf(verdicts, item.id);
      if (status === 'needs-work') blockers.needsWork.push(item.id);
      else if (status === 'unreviewed') blockers.unreviewed.push(item.id);
    }
  }
  return blockers;
}

export function isReady(blockers: CoreBlockers): boolean {
  return blockers.needsWork.length === 0 && blockers.unreviewed.length === 0;
}

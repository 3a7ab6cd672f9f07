import { plural } from './plural';

/** "1 needs work", "3 need work": items marked Needs work are judged, not open. */
export function needsWorkText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'needs' : 'need'} work`;
}

/** "4 not reviewed yet": the items nobody has judged. */
export function notReviewedText(n: number): string {
  return `${n.toLocaleString('en-US')} not reviewed yet`;
}

/** "12 of 29 reviewed". */
export function reviewedText(reviewed: number, total: number): string {
  return `${reviewed.toLocaleString('en-US')} of ${plural(total, 'item')} reviewed`;
}

/** "2 core items need work, 3 not reviewed yet": why the review is not ready for engineers. */
export function notReadyTitle(needsWork: number, unreviewed: number): string {
  const parts: string[] = [];
  if (needsWork > 0) parts.push(`${plural(needsWork, 'core item')} ${needsWork === 1 ? 'needs' : 'need'} work`);
  if (unreviewed > 0) parts.push(needsWork > 0 ? notReviewedText(unreviewed) : `${plural(unreviewed, 'core item')} not reviewed yet`);
  return parts.join(', ');
}

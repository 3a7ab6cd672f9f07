/** The audit report as a handoff document for a ticket or pull request. */
import { CHECKLIST, getItem } from '../checklist';
import type { Detection } from '../model/findings';
import type { ItemStatus } from '../review/types';
import type { AuditReport, ReportItem } from './types';
import { trimEnd } from '../util/es2017';

const TARGET_STEPS = 3;

const STATUS_LABEL: Record<ItemStatus, string> = {
  pass: '✅ Pass',
  'needs-work': '⚠️ Needs work',
  'not-applicable': '➖ Not applicable',
  unreviewed: '○ Unreviewed',
};

const DETECTION_LABEL: Record<Detection, string> = {
  found: 'Found',
  missing: 'Not found',
  manual: 'Needs a human',
};

/** Keep table cells on one row: pipes and line breaks would break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function frameName(report: AuditReport, id: string | null): string {
  if (id === null) return 'none found';
  return report.frames.find((frame) => frame.id === id)?.name ?? id;
}

function flowSection(report: AuditReport): string[] {
  const { flow } = report;
  const steps = flow.stepsToConnect === null
    ? 'unknown (no prototype path)'
    : `${flow.stepsToConnect} (target ${TARGET_STEPS} or fewer${flow.stepsToConnect > TARGET_STEPS ? ' — over target' : ''})`;
  const deadEnds = flow.deadEnds.length === 0 ? 'none' : flow.deadEnds.map((id) => frameName(report, id)).join(', ');
  return [
    '## Flow',
    '',
    `- Start: ${frameName(report, flow.startFrameId)}`,
    `- Connect prompt: ${frameName(report, flow.connectFrameId)}`,
    `- Steps from start to connect: ${steps}`,
    `- Dead ends: ${deadEnds}`,
    `- Frames in flow order: ${report.frames.length === 0 ? 'none' : report.frames.map((frame) => frame.name).join(' → ')}`,
  ];
}

function itemTitle(item: ReportItem): string {
  const content = getItem(item.id);
  return `${content.title}${content.bonus ? ' (bonus)' : ''}`;
}

function needsWorkSection(report: AuditReport): string[] {
  const items = report.items.filter((item) => item.status === 'needs-work');
  if (items.length === 0) return [];
  return [
    '## Needs work',
    '',
    ...items.map((item) => `- **${itemTitle(item)}** (\`${item.id}\`)${item.note === null ? '' : `: ${item.note.replace(/\r?\n/g, ' ')}`}`),
  ];
}

function areaSection(report: AuditReport, areaId: ReportItem['area']): string[] {
  const area = CHECKLIST.find((entry) => entry.id === areaId)!;
  const rows = report.items
    .filter((item) => item.area === areaId)
    .map((item) => `| ${cell(itemTitle(item))} | ${STATUS_LABEL[item.status]} | ${DETECTION_LABEL[item.detection]} | ${cell(item.note ?? '')} |`);
  return [`### ${area.title}`, '', `_${area.impact}_`, '', '| Item | Status | Detection | Note |', '|---|---|---|---|', ...rows];
}

export function renderMarkdown(report: AuditReport): string {
  const { summary } = report;
  const ready = summary.readyForEngineers
    ? '**Ready for engineers:** yes — every core item passes or does not apply.'
    : `**Ready for engineers:** not yet — ${summary.coreOpen} core item${summary.coreOpen === 1 ? '' : 's'} still open.`;
  const lines = [
    `# Auth flow review: ${report.file.name || 'untitled file'}`,
    '',
    ready,
    '',
    `Reviewer verdicts: ${summary.pass} pass, ${summary.needsWork} needs work, ${summary.notApplicable} not applicable, ${summary.unreviewed} unreviewed. ` +
      `Detection: ${summary.found} found, ${summary.missing} not found, ${summary.manual} need a human.`,
    '',
    ...flowSection(report),
    '',
  ];
  const needsWork = needsWorkSection(report);
  if (needsWork.length > 0) lines.push(...needsWork, '');
  lines.push('## Checklist', '');
  for (const area of CHECKLIST) lines.push(...areaSection(report, area.id), '');
  return `${trimEnd(lines.join('\n'))}\n`;
}

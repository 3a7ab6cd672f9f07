/**
 * The audit report as a handoff document for a ticket or pull request. Every piece of text
 * that comes from the file or a reviewer (file and frame names, mockup text, notes) goes
 * through `untrusted` and nothing else, so the way such text is made safe for Markdown is
 * decided in that one place; table cells go through `cell` on top of it.
 */
import { CHECKLIST, getItem } from '../checklist';
import type { Detection } from '../model/findings';
import type { ItemStatus } from '../review/types';
import type { AuditReport, ReportFrame, ReportItem } from './types';
import { markdownInline } from '../untrusted';
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

/**
 * Text from the file or a reviewer, as it may appear in the document: on one line, its line
 * breaks shown as ` ⏎ `, every Markdown and HTML construct escaped, bare links broken up.
 */
export function untrusted(text: string): string {
  return markdownInline(text);
}

/** Untrusted text in a table cell: `untrusted` already escapes the pipes that would split it. */
function cell(text: string): string {
  return untrusted(text);
}

/** A frame by name, linked to the design when the report has its link. */
function frameLink(frame: ReportFrame): string {
  const name = untrusted(frame.name);
  // The link is built by the report from a checked file key and node ids, never taken from the file.
  return frame.url === undefined ? name : `[${name}](${frame.url})`;
}

/** Frames by id, looked up once per report: a flow may have thousands of dead ends. */
function frameNamer(report: AuditReport): (id: string | null) => string {
  const byId = new Map<string, ReportFrame>();
  for (const frame of report.frames) byId.set(frame.id, frame);
  return (id) => {
    if (id === null) return 'none found';
    const frame = byId.get(id);
    return frame === undefined ? untrusted(id) : frameLink(frame);
  };
}

function flowSection(report: AuditReport): string[] {
  const { flow } = report;
  const steps = flow.stepsToConnect === null
    ? 'unknown (no prototype path)'
    : `${flow.stepsToConnect} (target ${TARGET_STEPS} or fewer${flow.stepsToConnect > TARGET_STEPS ? ' — over target' : ''})`;
  const frameById = frameNamer(report);
  const deadEnds = flow.deadEnds.length === 0 ? 'none' : flow.deadEnds.map(frameById).join(', ');
  return [
    '## Flow',
    '',
    `- Start: ${frameById(flow.startFrameId)}`,
    `- Connect prompt: ${frameById(flow.connectFrameId)}`,
    `- Steps from start to connect: ${steps}`,
    `- Dead ends: ${deadEnds}`,
    `- Frames in flow order: ${report.frames.length === 0 ? 'none' : report.frames.map((frame) => untrusted(frame.name)).join(' → ')}`,
  ];
}

function itemTitle(item: ReportItem): string {
  const content = getItem(item.id);
  return `${content.title}${content.bonus ? ' (bonus)' : ''}`;
}

/** One needs-work item: where to look (linked frames), the reviewer's note, what was detected. */
function needsWorkEntry(item: ReportItem): string[] {
  const where = item.frames.length === 0 ? '' : ` in ${item.frames.map(frameLink).join(', ')}`;
  const lines = [`- **${itemTitle(item)}** (\`${item.id}\`)${where}${item.note === null ? '' : `: ${untrusted(item.note)}`}`];
  lines.push(`  - ${DETECTION_LABEL[item.detection]}: ${untrusted(item.reason)}`);
  if (item.evidence.length > 0) {
    const shown = item.evidence.map((entry) => {
      const quote = `“${untrusted(entry.text)}”`;
      return entry.url === undefined ? quote : `[${quote}](${entry.url})`;
    });
    lines.push(`  - Evidence: ${shown.join(', ')}`);
  }
  return lines;
}

function needsWorkSection(report: AuditReport): string[] {
  const items = report.items.filter((item) => item.status === 'needs-work');
  if (items.length === 0) return [];
  const lines = ['## Needs work', ''];
  for (const item of items) lines.push(...needsWorkEntry(item));
  return lines;
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
  const fileName = untrusted(report.file.name) || 'untitled file';
  const lines = [
    `# Auth flow review: ${fileName}`,
    '',
    ...(report.file.url === undefined ? [] : [`Design: [${fileName}](${report.file.url})`, '']),
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

/** Findings + stored verdicts → the audit report (the CLI's JSON contract, also the panel's export). */
import { ALL_ITEMS } from '../checklist';
import type { ItemStatus } from '../review/types';
import { REPORT_SCHEMA_VERSION, type AuditReport, type ReportInput, type ReportItem, type ReportSummary } from './types';

function summarise(items: readonly ReportItem[]): ReportSummary {
  const count = (predicate: (item: ReportItem) => boolean) => items.filter(predicate).length;
  const bonus = new Set(ALL_ITEMS.filter((item) => item.bonus).map((item) => item.id));
  const settled = (status: ItemStatus) => status === 'pass' || status === 'not-applicable';
  const coreOpen = count((item) => !bonus.has(item.id) && !settled(item.status));
  return {
    found: count((item) => item.detection === 'found'),
    missing: count((item) => item.detection === 'missing'),
    manual: count((item) => item.detection === 'manual'),
    pass: count((item) => item.status === 'pass'),
    needsWork: count((item) => item.status === 'needs-work'),
    notApplicable: count((item) => item.status === 'not-applicable'),
    unreviewed: count((item) => item.status === 'unreviewed'),
    coreOpen,
    readyForEngineers: coreOpen === 0,
  };
}

export function buildReport(input: ReportInput): AuditReport {
  const findings = new Map(input.findings.items.map((finding) => [finding.itemId, finding]));
  const items: ReportItem[] = ALL_ITEMS.map((item) => {
    const finding = findings.get(item.id);
    const verdict = input.verdicts[item.id];
    const note = verdict?.note.trim() ?? '';
    return {
      id: item.id,
      area: item.area,
      // An item the engine did not judge is left to a person.
      detection: finding?.detection ?? 'manual',
      evidence: finding ? finding.evidence.map((ref) => ref.nodeId) : [],
      status: verdict?.status ?? 'unreviewed',
      note: note === '' ? null : verdict!.note,
    };
  });
  const { flow } = input.findings;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    file: { name: input.fileName },
    frames: input.frames.map((frame) => ({ id: frame.id, name: frame.name })),
    flow: {
      startFrameId: flow.startFrameId,
      connectFrameId: flow.connectFrameId,
      stepsToConnect: flow.stepsToConnect,
      deadEnds: [...flow.deadEnds],
    },
    items,
    summary: summarise(items),
  };
}

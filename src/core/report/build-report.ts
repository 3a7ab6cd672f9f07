/** Findings + stored verdicts → the audit report (the CLI's JSON contract, also the panel's export). */
import { ALL_ITEMS } from '../checklist';
import type { ItemFinding } from '../model/findings';
import type { ItemStatus } from '../review/types';
import { isFileKey, fileUrl, nodeUrl } from './links';
import { REPORT_SCHEMA_VERSION, type AuditReport, type ReportEvidence, type ReportFrame, type ReportInput, type ReportItem, type ReportSummary, type ReportVerdict } from './types';

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

/** Builds the link-aware pieces once per report: a frame reference by id, a layer's link. */
function linker(input: ReportInput): { frame(id: string): ReportFrame; url(nodeId: string): string | undefined } {
  const key = input.fileKey !== undefined && input.fileKey !== null && isFileKey(input.fileKey) ? input.fileKey : null;
  const names = new Map<string, string>();
  for (const id of Object.keys(input.otherFrameNames ?? {})) names.set(id, input.otherFrameNames![id]!);
  for (const frame of input.frames) names.set(frame.id, frame.name);
  const url = (nodeId: string) => (key === null ? undefined : nodeUrl(key, nodeId));
  return {
    frame(id) {
      const out: ReportFrame = { id, name: names.get(id) ?? id };
      const link = url(id);
      if (link !== undefined) out.url = link;
      return out;
    },
    url,
  };
}

function evidenceOf(finding: ItemFinding | undefined, url: (nodeId: string) => string | undefined): ReportEvidence[] {
  if (!finding) return [];
  return finding.evidence.map((ref) => {
    const out: ReportEvidence = { id: ref.nodeId, frame: ref.frameId, text: ref.label };
    const link = url(ref.nodeId);
    if (link !== undefined) out.url = link;
    return out;
  });
}

/** The evidence's frames in order of first mention, else the frame a stored verdict sits on. */
function framesOf(evidence: readonly ReportEvidence[], verdict: ReportVerdict | undefined, frame: (id: string) => ReportFrame): ReportFrame[] {
  const ids: string[] = [];
  for (const entry of evidence) if (ids.indexOf(entry.frame) < 0) ids.push(entry.frame);
  if (ids.length === 0 && verdict?.frameId !== undefined) ids.push(verdict.frameId);
  return ids.map(frame);
}

export function buildReport(input: ReportInput): AuditReport {
  const findings = new Map(input.findings.items.map((finding) => [finding.itemId, finding]));
  const links = linker(input);
  const items: ReportItem[] = ALL_ITEMS.map((item) => {
    const finding = findings.get(item.id);
    const verdict = input.verdicts[item.id];
    const note = verdict?.note.trim() ?? '';
    const evidence = evidenceOf(finding, links.url);
    return {
      id: item.id,
      area: item.area,
      // An item the engine did not judge is left to a person.
      detection: finding?.detection ?? 'manual',
      reason: finding?.reason ?? 'The engine does not judge this item: a person has to.',
      evidence,
      frames: framesOf(evidence, verdict, links.frame),
      status: verdict?.status ?? 'unreviewed',
      note: note === '' ? null : verdict!.note,
    };
  });
  const { flow } = input.findings;
  const key = input.fileKey !== undefined && input.fileKey !== null && isFileKey(input.fileKey) ? input.fileKey : null;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    file: key === null ? { name: input.fileName } : { name: input.fileName, key, url: fileUrl(key) },
    frames: input.frames.map((frame) => links.frame(frame.id)),
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

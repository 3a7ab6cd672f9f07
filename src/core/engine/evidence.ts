import type { AreaId, ItemId } from '../checklist/types';
import type { Detection, EvidenceRef, ItemFinding } from '../model/findings';
import type { Detector, DetectorContext } from './context';
import type { IndexedNode } from './snapshot-index';
import type { Steps } from './steps';

const LABEL_LIMIT = 80;

function shorten(label: string): string {
  const oneLine = label.replace(/\s+/g, ' ').trim();
  return oneLine.length > LABEL_LIMIT ? `${oneLine.slice(0, LABEL_LIMIT - 1)}…` : oneLine;
}

/** Straight or curly quotes around a whole label are the mockup's own: the report adds its own. */
const WRAPPING_QUOTES = /^["“”'‘’«»]+|["“”'‘’«»]+$/g;

/**
 * What a reviewer reads as evidence: the words the mockup shows (this part of a text, when
 * the text holds several), and the layer name only for a layer without text.
 */
export function evidenceOf(node: IndexedNode): EvidenceRef {
  const text = node.part ? node.raw : node.node.text;
  const label = text !== undefined && text.trim() !== '' ? shorten(text).replace(WRAPPING_QUOTES, '') : shorten(node.node.name);
  return { nodeId: node.node.id, frameId: node.frame.id, label };
}

/** How many nodes a finding quotes at most, so a report stays readable. */
export const EVIDENCE_LIMIT = 8;

/**
 * For filterSteps: enough once the kept texts cover EVIDENCE_LIMIT distinct nodes, all a
 * finding will quote. A fresh one per pass.
 */
export function enoughForEvidence(): (kept: IndexedNode) => boolean {
  const nodes = new Set<string>();
  return (kept) => {
    nodes.add(kept.node.id);
    return nodes.size >= EVIDENCE_LIMIT;
  };
}

/** Evidence for distinct nodes, first occurrence wins, capped so a report stays readable. */
export function evidenceList(nodes: readonly IndexedNode[], limit = EVIDENCE_LIMIT): EvidenceRef[] {
  const seen = new Set<string>();
  const out: EvidenceRef[] = [];
  for (const node of nodes) {
    if (seen.has(node.node.id)) continue;
    seen.add(node.node.id);
    out.push(evidenceOf(node));
    if (out.length >= limit) break;
  }
  return out;
}

export function finding(itemId: ItemId, detection: Detection, reason: string, evidence: EvidenceRef[] = []): ItemFinding {
  const area = itemId.slice(0, itemId.indexOf('.')) as AreaId;
  return { itemId, area, detection, evidence, reason };
}

/** Quote what a node shows in a reason sentence (single quotes, as the panel shows evidence). */
export function quoted(node: IndexedNode): string {
  return `'${evidenceOf(node).label}'`;
}

/** A frame's name in a reason sentence. */
export function frameName(name: string): string {
  return `'${name}'`;
}

/** The three outcomes of one detector, already bound to its item. */
export interface Verdict {
  found(reason: string, nodes?: readonly IndexedNode[]): ItemFinding;
  missing(reason: string, nodes?: readonly IndexedNode[]): ItemFinding;
  manual(reason: string, nodes?: readonly IndexedNode[]): ItemFinding;
}

/** Declares a detector: its item id once, and its rule, which answers through the verdict. */
export function detector(id: ItemId, run: (context: DetectorContext, verdict: Verdict) => ItemFinding | Steps<ItemFinding>): Detector {
  const verdict: Verdict = {
    found: (reason, nodes = []) => finding(id, 'found', reason, evidenceList(nodes)),
    missing: (reason, nodes = []) => finding(id, 'missing', reason, evidenceList(nodes)),
    manual: (reason, nodes = []) => finding(id, 'manual', reason, evidenceList(nodes)),
  };
  return { id, run: (context) => run(context, verdict) };
}

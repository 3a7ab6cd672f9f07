import type { AreaId, ItemId } from '../checklist/types';
import type { Detection, EvidenceRef, ItemFinding } from '../model/findings';
import type { IndexedNode } from './snapshot-index';

const LABEL_LIMIT = 80;

function shorten(label: string): string {
  const oneLine = label.replace(/\s+/g, ' ').trim();
  return oneLine.length > LABEL_LIMIT ? `${oneLine.slice(0, LABEL_LIMIT - 1)}…` : oneLine;
}

export function evidenceOf(node: IndexedNode): EvidenceRef {
  const text = node.node.text;
  const label = text !== undefined && text.trim() !== '' ? text : node.node.name;
  return { nodeId: node.node.id, frameId: node.frame.id, label: shorten(label) };
}

/** Evidence for distinct nodes, first occurrence wins, capped so a report stays readable. */
export function evidenceList(nodes: readonly IndexedNode[], limit = 8): EvidenceRef[] {
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

/** Quote a piece of text in a reason sentence. */
export function quoted(node: IndexedNode): string {
  return `"${evidenceOf(node).label}"`;
}

/**
 * What must hold in the shared document whatever order two reviewers' saves ran in: every
 * stored entry readable, our annotations exactly what the stored review implies (placed on
 * the evidence's nearest carrier, else on the holder frame), relaunch texts likewise, at most
 * one category per area and the one every note uses, and others' annotations untouched.
 */
import { expect } from 'vitest';
import { CHECKLIST, getItem } from '../../../src/core/checklist';
import type { ItemId } from '../../../src/core/checklist/types';
import type { ReviewFindings } from '../../../src/core/model/findings';
import { readStoredReview } from '../../../src/core/review/read';
import type { StoredNodeData, StoredReview } from '../../../src/core/review/types';
import { PLUGIN_DATA_NAMESPACE } from '../../../src/core/review/types';
import { wantedAnnotations } from '../../../src/sandbox/annotations/wanted';
import { RELAUNCH_COMMAND, relaunchTextFor } from '../../../src/sandbox/storage/relaunch';
import type { FakeFigma, FakeNode, StoredAnnotation } from '../../../fake-figma';

const CARRIERS = new Set(['FRAME', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'TEXT', 'RECTANGLE', 'ELLIPSE', 'VECTOR', 'LINE', 'POLYGON', 'STAR', 'BOOLEAN_OPERATION']);

export const isOurs = (a: StoredAnnotation): boolean => /Auth Flow Review · /.test(a.labelMarkdown ?? a.label ?? '');

export function storedReviewOf(doc: FakeFigma): StoredReview {
  const data: StoredNodeData[] = [];
  for (const node of doc.ctx.nodes.values()) {
    const entries: Record<string, string> = {};
    for (const [key, value] of node._pluginData.get(PLUGIN_DATA_NAMESPACE) ?? new Map<string, string>()) entries[key] = value;
    if (Object.keys(entries).length > 0) data.push({ nodeId: node.rawId, entries });
  }
  return readStoredReview(data);
}

function carrierOf(doc: FakeFigma, id: string | undefined): string | null {
  let node: FakeNode | null = id === undefined ? null : (doc.ctx.nodes.get(id) ?? null);
  while (node && node.rawType !== 'PAGE' && node.rawType !== 'DOCUMENT') {
    if (CARRIERS.has(node.rawType)) return node.rawId;
    node = node._parent;
  }
  return null;
}

/** Foreign annotations per node id, to compare against later. */
export function foreignAnnotations(doc: FakeFigma): Map<string, StoredAnnotation[]> {
  const out = new Map<string, StoredAnnotation[]>();
  for (const node of doc.ctx.nodes.values()) out.set(node.rawId, node.storedAnnotations.filter((a) => !isOurs(a)).map((a) => ({ ...a })));
  return out;
}

const sortKey = (a: object): string => JSON.stringify(a);

export function expectReviewConsistent(doc: FakeFigma, findings: ReviewFindings, foreignBefore: Map<string, StoredAnnotation[]>, context = ''): StoredReview {
  const stored = storedReviewOf(doc);
  expect(stored.problems, `${context}: stored entries readable`).toEqual([]);

  // Categories: one per area at most, and the record names the one that exists.
  const categoryIds = stored.document?.annotationCategoryIds ?? {};
  for (const area of CHECKLIST) {
    const same = doc.categories.categories.filter((c) => c.label === `Auth flow: ${area.title}`);
    expect(same.length, `${context}: categories for ${area.title}`).toBeLessThanOrEqual(1);
    const needed = Object.values(stored.verdicts).some((v) => v && v.record.status === 'needs-work' && getItem(v.record.itemId).area === area.id);
    if (needed) expect(same.map((c) => c.id), `${context}: the stored category of ${area.title}`).toEqual([categoryIds[area.id]]);
  }

  const evidenceOf = (itemId: ItemId): string | undefined => findings.items.find((f) => f.itemId === itemId)?.evidence[0]?.nodeId;
  const wanted = wantedAnnotations(stored, {
    noteCarrier: (itemId, holderId) => carrierOf(doc, evidenceOf(itemId)) ?? carrierOf(doc, holderId),
    categoryIds,
  });
  for (const node of doc.ctx.nodes.values()) {
    const ours = node.storedAnnotations.filter(isOurs).map((a) => sortKey(a)).sort();
    const expected = Array.from(wanted.get(node.rawId)?.values() ?? []).map((a) => sortKey(a)).sort();
    expect(ours, `${context}: our annotations on ${node.rawId} (${node._name})`).toEqual(expected);
    expect(node.storedAnnotations.filter((a) => !isOurs(a)), `${context}: others' annotations on ${node.rawId}`).toEqual(foreignBefore.get(node.rawId) ?? []);
    if (node.rawType === 'FRAME') {
      expect(node._relaunchData[RELAUNCH_COMMAND] ?? null, `${context}: relaunch text on ${node._name}`).toBe(relaunchTextFor(stored, node.rawId));
    }
  }
  return stored;
}

/**
 * A scan context without the engine: the snapshot is scanned for real, the findings are
 * written by the test (which item has evidence where), so storage and annotation tests
 * depend only on the findings contract.
 */
import { ITEM_IDS } from '../../../src/core/checklist/types';
import type { ItemId } from '../../../src/core/checklist/types';
import { getItem } from '../../../src/core/checklist';
import type { ReviewFindings } from '../../../src/core/model/findings';
import type { Snapshot } from '../../../src/core/model/snapshot';
import { buildSnapshot } from '../../../src/sandbox/scan/build-snapshot';
import { resolveScope } from '../../../src/sandbox/scan/scope';
import type { ScanContext } from '../../../src/sandbox/session/session';

export function findingsFor(snapshot: Snapshot, evidence: Partial<Record<ItemId, string[]>>, connectFrameId: string | null = null): ReviewFindings {
  const frameOf = (nodeId: string): string =>
    snapshot.frames.find((f) => f.id === nodeId || f.nodes.some((n) => n.id === nodeId))?.id ?? nodeId;
  const order = snapshot.frames.map((f) => f.id);
  return {
    items: ITEM_IDS.map((itemId) => {
      const nodes = evidence[itemId] ?? [];
      return {
        itemId,
        area: getItem(itemId).area,
        detection: nodes.length ? 'found' : 'missing',
        evidence: nodes.map((nodeId) => ({ nodeId, frameId: frameOf(nodeId), label: nodeId })),
        reason: nodes.length ? 'shown in the mockup' : 'not seen',
      };
    }),
    flow: {
      startFrameId: order[0] ?? null,
      connectFrameId,
      stepsToConnect: null,
      pathToConnect: [],
      order,
      deadEnds: [],
      hasLinks: snapshot.links.length > 0,
    },
  };
}

export async function scanContext(evidence: Partial<Record<ItemId, string[]>> = {}, connectFrameId: string | null = null): Promise<ScanContext> {
  const scope = resolveScope(figma.currentPage);
  const built = await buildSnapshot(scope, { isCancelled: () => false });
  const findings = findingsFor(built.snapshot, evidence, connectFrameId);
  return { scope, snapshot: built.snapshot, findings, order: findings.flow.order.slice(), fingerprints: new Map() };
}

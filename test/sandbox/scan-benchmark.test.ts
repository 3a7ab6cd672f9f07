/**
 * Measurement on a large generated document: property reads per node (deterministic, so
 * asserted) and the longest slice between yields (reported, not asserted: wall-clock).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/sandbox/scan/build-snapshot';
import { resolveScope } from '../../src/sandbox/scan/scope';
import { generateLargeDocument, installFakeFigma } from '../../fake-figma';
import type { FakeFigmaHandle } from '../../fake-figma';

let handle: FakeFigmaHandle | null = null;
afterEach(() => {
  handle?.uninstall();
  handle = null;
});

/** Reads a scan needs per visited node: id, type, name, visible, absoluteBoundingBox, reactions, children, plus characters or the main component. */
const MAX_READS_PER_NODE = 8;

describe('scan on a large document', () => {
  it('reads each needed property once per node and yields in short slices', async () => {
    const fake = generateLargeDocument({ frames: 60, nodesPerFrame: 400, depth: 6, readCostMicros: 1 });
    handle = installFakeFigma(fake);
    figma.skipInvisibleInstanceChildren = true;
    const scope = resolveScope(figma.currentPage);
    const clock = (globalThis as unknown as { performance: { now(): number } }).performance;
    const scan = () => buildSnapshot(scope, { isCancelled: () => false, now: () => clock.now() });
    // The first run includes JIT warm-up; both are reported.
    const cold = await scan();
    fake.ctx.resetReads();
    const { nodeCount, stats, snapshot } = await scan();
    let reads = 0;
    let visited = 0;
    fake.ctx.reads.forEach((count) => {
      reads += count;
      visited++;
    });
    // Main components are read once per instance that uses them (their id keys the name cache); layers are read once.
    let maxPerNode = 0;
    let componentReads = 0;
    fake.ctx.reads.forEach((count, id) => {
      if (fake.node(id).rawType === 'COMPONENT') componentReads += count;
      else maxPerNode = Math.max(maxPerNode, count);
    });
    const perNode = reads / nodeCount;
    console.log(
      `[scan benchmark] ${snapshot.frames.length} frames, ${nodeCount} nodes visited, ${reads} reads ` +
        `(${perNode.toFixed(2)} per node, ${visited} distinct nodes read, at most ${maxPerNode} on one layer, ${componentReads} on main components), ${stats.slices} slices, ` +
        `longest slice ${stats.longestSliceMs.toFixed(2)} ms (cold run: ${cold.stats.longestSliceMs.toFixed(2)} ms)`,
    );
    expect(snapshot.frames).toHaveLength(60);
    expect(nodeCount).toBeGreaterThan(60 * 400);
    expect(fake.ctx.reads.size).toBeGreaterThan(nodeCount);
    expect(maxPerNode).toBeLessThanOrEqual(MAX_READS_PER_NODE);
    expect((reads - componentReads) / nodeCount).toBeLessThanOrEqual(MAX_READS_PER_NODE);
    expect(componentReads).toBeLessThanOrEqual(nodeCount * 0.5);
    expect(stats.slices).toBeGreaterThan(1);
  });
});

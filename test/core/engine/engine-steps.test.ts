import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../../src/core/checklist/types';
import { runEngine, runEngineSteps } from '../../../src/core/engine';
import type { MeterOptions } from '../../../src/core/engine';
import type { ReviewFindings } from '../../../src/core/model/findings';
import type { Snapshot, SnapshotFrame } from '../../../src/core/model/snapshot';
import { snapshotFromRest } from '../../../src/core/rest';

function sample(name: string): Snapshot {
  const file: unknown = JSON.parse(readFileSync(new URL(`../../../samples/${name}`, import.meta.url), 'utf8'));
  return snapshotFromRest(file);
}

/** The sample's screens repeated `copies` times with fresh ids: a large file whose text the detectors do match. */
function enlarge(snapshot: Snapshot, copies: number): Snapshot {
  const frames: SnapshotFrame[] = [];
  const links: Snapshot['links'] = [];
  for (let copy = 0; copy < copies; copy++) {
    const id = (raw: string) => (copy === 0 ? raw : `${raw}~${copy}`);
    for (const frame of snapshot.frames) {
      frames.push({
        ...frame, id: id(frame.id), x: frame.x + copy * 20000,
        nodes: frame.nodes.map((node) => ({ ...node, id: id(node.id), parentId: id(node.parentId) })),
      });
    }
    for (const link of snapshot.links) {
      links.push({ ...link, sourceNodeId: id(link.sourceNodeId), sourceFrameId: id(link.sourceFrameId), destinationFrameId: id(link.destinationFrameId) });
    }
  }
  return { ...snapshot, frames, links };
}

interface Drained {
  findings: ReviewFindings;
  yields: number;
  units: number;
  /** Most units of work done between two yields. */
  maxUnitsBetweenYields: number;
}

/** Drives the generator by hand, counting units of work (the meter's test hook) between yields. */
function drive(snapshot: Snapshot, options: MeterOptions = {}): Drained {
  let sinceYield = 0;
  let units = 0;
  let maxUnitsBetweenYields = 0;
  const steps = runEngineSteps(snapshot, { ...options, onWork: (done) => { sinceYield += done; units += done; } });
  let yields = 0;
  for (;;) {
    const step = steps.next();
    maxUnitsBetweenYields = Math.max(maxUnitsBetweenYields, sinceYield);
    sinceYield = 0;
    if (step.done) return { findings: step.value, yields, units, maxUnitsBetweenYields };
    yields++;
  }
}

const nodeCount = (snapshot: Snapshot) => snapshot.frames.reduce((sum, frame) => sum + frame.nodes.length, 0);

/** Phases of building the context that end with a yield of their own: the start, the lexicon, index, platform mentions, frames about connecting, CTAs, flow, scope. */
const CONTEXT_PHASES = 8;

describe('runEngineSteps', () => {
  const strong = sample('strong-onboarding.json');
  const weak = sample('weak-onboarding.json');
  const large = enlarge(strong, 60);

  it.each([
    ['strong sample', strong],
    ['weak sample', weak],
    ['large generated file', large],
  ])('gives the same findings as runEngine on the %s, whatever the chunk size', (_label, snapshot) => {
    const expected = runEngine(snapshot);
    expect(drive(snapshot).findings).toEqual(expected);
    expect(drive(snapshot, { chunk: 7 }).findings).toEqual(expected);
  });

  it('yields after each phase and each detector even when no chunk fills up', () => {
    const { yields } = drive(strong, { chunk: Number.MAX_SAFE_INTEGER });
    expect(yields).toBe(CONTEXT_PHASES + ITEM_IDS.length);
  });

  it('does a bounded amount of work between yields on a large file', () => {
    const chunk = 200;
    const run = drive(large, { chunk });
    expect(nodeCount(large)).toBeGreaterThan(20 * chunk);
    expect(run.maxUnitsBetweenYields).toBeLessThanOrEqual(chunk);
    // Indexing alone looks at every node once, and most detectors at every node or text again.
    expect(run.units).toBeGreaterThan(nodeCount(large) * 5);
    expect(run.yields).toBeGreaterThanOrEqual(Math.floor(run.units / chunk));
  });
});

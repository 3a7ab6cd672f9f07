/** The rule engine alone on a snapshot: time per frame and nodes per second, plus its longest single run. */
import { ITEM_IDS } from '../src/core/checklist/types';
import { runEngine } from '../src/core/engine';
import type { Snapshot } from '../src/core/model/snapshot';
import { now } from './measure';

export interface EngineFigures {
  frames: number;
  nodes: number;
  runs: number;
  msPerRun: number;
  msPerFrame: number;
  nodesPerSecond: number;
  longestRunMs: number;
}

export function benchEngine(snapshot: Snapshot, minRuns: number, minMs: number): EngineFigures {
  const nodes = snapshot.frames.reduce((sum, frame) => sum + frame.nodes.length, 0);
  // One run to warm up the JIT; it is not counted.
  let checksum = runEngine(snapshot).items.length;
  let runs = 0;
  let longestRunMs = 0;
  const started = now();
  while (runs < minRuns || now() - started < minMs) {
    const runStart = now();
    checksum += runEngine(snapshot).items.length;
    longestRunMs = Math.max(longestRunMs, now() - runStart);
    runs++;
  }
  const totalMs = now() - started;
  if (checksum !== (runs + 1) * ITEM_IDS.length) throw new Error(`The engine returned an unexpected number of items (${checksum}).`);
  const msPerRun = totalMs / runs;
  return {
    frames: snapshot.frames.length,
    nodes,
    runs,
    msPerRun,
    msPerFrame: msPerRun / snapshot.frames.length,
    nodesPerSecond: nodes / (msPerRun / 1000),
    longestRunMs,
  };
}

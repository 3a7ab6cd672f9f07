/**
 * The sandbox scan on the typed fake figma, driven through the real scan handler (traversal,
 * engine, stored review, scan result) with a per-read cost that models a slow document.
 */
import type { Snapshot } from '../src/core/model/snapshot';
import { Session } from '../src/sandbox/session/session';
import { scanHandler } from '../src/sandbox/handlers/scan';
import { DEFAULT_SLICE_BUDGET_MS } from '../src/sandbox/scan/slicer';
import { generateLargeDocument, installFakeFigma } from '../fake-figma';
import type { LargeDocumentOptions } from '../fake-figma';
import { HeapPeak, now } from './measure';
import { SliceTimeline } from './slice-timeline';

export interface ScanCase {
  label: string;
  document: LargeDocumentOptions;
}

export interface ScanRun {
  totalMs: number;
  slices: number;
  sliceMaxMs: number;
  sliceP50Ms: number;
  sliceP99Ms: number;
  /** Garbage collection inside the longest slice: how much of it was not the scan's own work. */
  gcInLongestSliceMs: number;
  /** CPU time the process used in the longest slice: far below its length means the machine was busy elsewhere. */
  cpuInLongestSliceMs: number;
  /** The most CPU time any one slice used. */
  sliceMaxCpuMs: number;
  gcPauses: number;
  gcLongestPauseMs: number;
}

export interface ScanFigures {
  label: string;
  frames: number;
  nodes: number;
  budgetMs: number;
  /** The first scan in a fresh plugin (JIT cold): what a designer meets first. */
  cold: ScanRun;
  warm: ScanRun;
  msPer1000Nodes: number;
  /** All property reads in the warm scan per node visited (scope, traversal, stored review). */
  readsPerNode: number;
  /** The same without reads of main components (instances share them; the name cache is keyed by their id). */
  layerReadsPerNode: number;
  /** Most reads any one node received in the warm run, main components excluded (a screen: scope, traversal and stored review each read it). */
  maxReadsOnOneLayer: number;
  heapPeakMb: number;
}

async function scanOnce(session: Session, heap: HeapPeak | null): Promise<{ run: ScanRun; nodes: number; frames: number }> {
  const timeline = new SliceTimeline();
  if (heap) timeline.onYield = () => heap.sample();
  const scan = scanHandler(session, { budgetMs: DEFAULT_SLICE_BUDGET_MS, now, yieldToHost: timeline.yieldToHost });
  const started = now();
  timeline.begin();
  const result = await scan({} as Record<string, never>, { emit: () => {} });
  await timeline.end();
  const totalMs = now() - started;
  return {
    run: {
      totalMs,
      slices: timeline.slices.length,
      sliceMaxMs: timeline.longestMs,
      sliceP50Ms: timeline.percentileMs(0.5),
      sliceP99Ms: timeline.percentileMs(0.99),
      gcInLongestSliceMs: timeline.gcInLongestMs,
      cpuInLongestSliceMs: timeline.cpuInLongestMs,
      sliceMaxCpuMs: timeline.mostCpuInOneSliceMs,
      gcPauses: timeline.gcSummary.pauses,
      gcLongestPauseMs: timeline.gcSummary.longestMs,
    },
    nodes: result.nodeCount,
    frames: result.frames.length,
  };
}

/** The figures, and the warm scan's snapshot (the engine benchmark reuses it). */
export async function benchScan({ label, document }: ScanCase): Promise<{ figures: ScanFigures; snapshot: Snapshot }> {
  const fake = generateLargeDocument(document);
  const handle = installFakeFigma(fake);
  try {
    // As startPlugin does: hidden layers inside instances are never reviewed.
    figma.skipInvisibleInstanceChildren = true;
    const session = new Session();
    const cold = await scanOnce(session, null);
    fake.ctx.resetReads();
    const heap = new HeapPeak();
    heap.start();
    const warm = await scanOnce(session, heap);
    const { aboveBaseMb } = heap.stop();
    let maxReadsOnOneLayer = 0;
    let componentReads = 0;
    fake.ctx.reads.forEach((count, id) => {
      if (fake.node(id).rawType === 'COMPONENT') componentReads += count;
      else maxReadsOnOneLayer = Math.max(maxReadsOnOneLayer, count);
    });
    if (!session.last) throw new Error('The scan kept no context.');
    const figures: ScanFigures = {
      label,
      frames: warm.frames,
      nodes: warm.nodes,
      budgetMs: DEFAULT_SLICE_BUDGET_MS,
      cold: cold.run,
      warm: warm.run,
      msPer1000Nodes: (warm.run.totalMs / warm.nodes) * 1000,
      readsPerNode: fake.ctx.totalReads() / warm.nodes,
      layerReadsPerNode: (fake.ctx.totalReads() - componentReads) / warm.nodes,
      maxReadsOnOneLayer,
      heapPeakMb: aboveBaseMb,
    };
    return { figures, snapshot: session.last.snapshot };
  } finally {
    handle.uninstall();
  }
}

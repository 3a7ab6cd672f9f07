/**
 * `npm run bench [-- --smoke] [-- --json]`: the sandbox scan on the fake figma, the CLI
 * audit of a large REST file, and the engine alone. Figures are per unit or ratios within
 * this run, since machines differ; with --json the last line is one JSON object.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchCli, type CliBenchFigures } from './cli-bench';
import { benchEngine } from './engine-bench';
import { machineInfo } from './machine';
import { round } from './measure';
import { parseOptions } from './options';
import { benchScan } from './scan-bench';
import type { ScanFigures } from './scan-bench';
import type { Row } from './table';
import { fixed, renderTable } from './table';

/**
 * The performance targets (README, "Measured performance"). Reads: the properties a scan needs per layer (id, type, name, visible,
 * absoluteBoundingBox, reactions, children, plus characters or the main component; see
 * test/sandbox/scan-benchmark.test.ts). The figures are reported, never asserted: wall-clock
 * numbers vary by machine, so `npm test` only checks the harness runs.
 */
const TARGETS = { sliceMaxMs: 16, readsPerNode: 8, cliParseRatio: 1.5, cliMemRatio: 3 };

const verdict = (ok: boolean, target: string): string => `${ok ? 'ok' : 'OVER'} (target ${target})`;

function scanRows(scan: ScanFigures): Row[] {
  return [
    ['frames / nodes visited', `${scan.frames} / ${scan.nodes}`],
    ['time per 1,000 nodes', `${fixed(scan.msPer1000Nodes)} ms`, 'warm scan, 1 µs per property read'],
    ['longest slice, cold', `${fixed(scan.cold.sliceMaxMs)} ms`, verdict(scan.cold.sliceMaxMs <= TARGETS.sliceMaxMs, `≤ ${TARGETS.sliceMaxMs} ms; budget ${scan.budgetMs} ms`)],
    ['longest slice, warm', `${fixed(scan.warm.sliceMaxMs)} ms`, `p50 ${fixed(scan.warm.sliceP50Ms)} ms, p99 ${fixed(scan.warm.sliceP99Ms)} ms over ${scan.warm.slices} slices`],
    ['  of which garbage collection', `${fixed(scan.warm.gcInLongestSliceMs)} ms`, `${scan.warm.gcPauses} GC pauses, longest ${fixed(scan.warm.gcLongestPauseMs)} ms`],
    ['  CPU time in it', `${fixed(scan.warm.cpuInLongestSliceMs)} ms`, `most CPU in one slice ${fixed(scan.warm.sliceMaxCpuMs)} ms (cold ${fixed(scan.cold.sliceMaxCpuMs)} ms); process CPU, all threads`],
    ['property reads per node', fixed(scan.readsPerNode), 'all reads, main components included'],
    ['  without main components', fixed(scan.layerReadsPerNode), verdict(scan.layerReadsPerNode <= TARGETS.readsPerNode, `≤ ${TARGETS.readsPerNode}, the properties a layer needs`)],
    ['most reads on one node', String(scan.maxReadsOnOneLayer), 'a screen: scope, traversal, stored review'],
    ['peak heap above start', `${fixed(scan.heapPeakMb, 1)} MB`],
  ];
}

function cliRows(cli: CliBenchFigures): Row[] {
  return [
    ['file size', `${fixed(cli.fileMb, 1)} MB`, `${cli.frames} frames, ${cli.nodes} nodes`],
    ['bare JSON.parse', `${fixed(cli.parseMs, 0)} ms`],
    ['audit total', `${fixed(cli.auditMs, 0)} ms`, 'whole process, node start-up included'],
    ['audit / JSON.parse', fixed(cli.cliParseRatio), verdict(cli.cliParseRatio <= TARGETS.cliParseRatio, `≤ ${TARGETS.cliParseRatio}`)],
    ['peak memory / file size', fixed(cli.cliMemRatio), verdict(cli.cliMemRatio <= TARGETS.cliMemRatio, `≤ ${TARGETS.cliMemRatio}`)],
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const scans: ScanFigures[] = [];
  let engineSnapshot = null;
  for (const scanCase of options.scanCases) {
    const { figures, snapshot } = await benchScan(scanCase);
    scans.push(figures);
    engineSnapshot ??= snapshot;
  }
  if (!engineSnapshot) throw new Error('No scan case ran.');
  if (options.scanOnly) {
    console.log(scans.map((scan) => renderTable(`Sandbox scan: ${scan.label} (fake figma)`, scanRows(scan))).join('\n\n'));
    if (options.json) console.log(JSON.stringify({ date: startedAt.toISOString(), scan: scans.map((s) => ({ label: s.label, cold: s.cold, warm: s.warm })) }));
    return;
  }
  const engine = benchEngine(engineSnapshot, options.engineMinRuns, options.engineMinMs);

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'afr-bench-'));
  const clis: CliBenchFigures[] = [];
  try {
    for (const cliCase of options.cliCases) clis.push(await benchCli({ cliCase, workDir }));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const cli = clis[0];
  if (!cli) throw new Error('No CLI case ran.');

  const main = scans[0];
  if (!main) throw new Error('No scan case ran.');
  const sliceMaxMs = Math.max(...scans.map((s) => Math.max(s.cold.sliceMaxMs, s.warm.sliceMaxMs)));
  const readsPerNode = Math.max(...scans.map((s) => s.readsPerNode));

  const sections = [
    ...scans.map((scan) => renderTable(`Sandbox scan: ${scan.label} (fake figma)`, scanRows(scan))),
    ...clis.map((figures) => renderTable(`CLI audit of a generated REST file: ${figures.label}`, cliRows(figures))),
    renderTable('Engine alone (snapshot of the large scan)', [
      ['frames / nodes', `${engine.frames} / ${engine.nodes}`],
      ['time per frame', `${fixed(engine.msPerFrame, 3)} ms`, `${engine.runs} runs`],
      ['nodes per second', Math.round(engine.nodesPerSecond).toLocaleString('en')],
      ['longest single run', `${fixed(engine.longestRunMs)} ms`],
    ]),
  ];
  const machine = machineInfo();
  console.log(`Auth Flow Review benchmark${options.smoke ? ' (smoke sizes)' : ''} — ${startedAt.toISOString()}, ${machine.cpuModel} ×${machine.cpus}, node ${machine.node}\n`);
  console.log(sections.join('\n\n'));

  if (options.json) {
    const summary = {
      date: startedAt.toISOString(),
      smoke: options.smoke,
      machine,
      sliceMaxMs: round(sliceMaxMs),
      readsPerNode: round(readsPerNode),
      cliParseRatio: round(cli.cliParseRatio),
      cliMemRatio: round(cli.cliMemRatio),
      nodesPerSecond: Math.round(engine.nodesPerSecond),
      msPer1000Nodes: round(main.msPer1000Nodes),
      heapPeakMb: round(main.heapPeakMb, 1),
      engineMsPerFrame: round(engine.msPerFrame, 3),
      targets: TARGETS,
      scan: scans.map((s) => ({
        label: s.label,
        frames: s.frames,
        nodes: s.nodes,
        budgetMs: s.budgetMs,
        coldSliceMaxMs: round(s.cold.sliceMaxMs),
        warmSliceMaxMs: round(s.warm.sliceMaxMs),
        warmSliceP50Ms: round(s.warm.sliceP50Ms),
        warmSliceP99Ms: round(s.warm.sliceP99Ms),
        warmGcInLongestSliceMs: round(s.warm.gcInLongestSliceMs),
        warmCpuInLongestSliceMs: round(s.warm.cpuInLongestSliceMs),
        warmSliceMaxCpuMs: round(s.warm.sliceMaxCpuMs),
        coldSliceMaxCpuMs: round(s.cold.sliceMaxCpuMs),
        coldSliceP50Ms: round(s.cold.sliceP50Ms),
        coldSliceP99Ms: round(s.cold.sliceP99Ms),
        slices: s.warm.slices,
        msPer1000Nodes: round(s.msPer1000Nodes),
        readsPerNode: round(s.readsPerNode),
        layerReadsPerNode: round(s.layerReadsPerNode),
        maxReadsOnOneLayer: s.maxReadsOnOneLayer,
        heapPeakMb: round(s.heapPeakMb, 1),
      })),
      cli: {
        fileMb: round(cli.fileMb, 1),
        parseMs: round(cli.parseMs),
        auditMs: round(cli.auditMs),
        parsePeakMb: round(cli.parsePeakMb, 1),
        auditPeakMb: round(cli.auditPeakMb, 1),
        frames: cli.frames,
        nodes: cli.nodes,
      },
      cliCases: clis.map((figures) => ({
        label: figures.label,
        fileMb: round(figures.fileMb, 1),
        frames: figures.frames,
        nodes: figures.nodes,
        parseMs: round(figures.parseMs),
        auditMs: round(figures.auditMs),
        cliParseRatio: round(figures.cliParseRatio),
        cliMemRatio: round(figures.cliMemRatio),
      })),
      engine: { ...engine, msPerRun: round(engine.msPerRun), msPerFrame: round(engine.msPerFrame, 3), nodesPerSecond: Math.round(engine.nodesPerSecond), longestRunMs: round(engine.longestRunMs) },
    };
    // Last line, one object: CI and the README read it.
    console.log(JSON.stringify(summary));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});

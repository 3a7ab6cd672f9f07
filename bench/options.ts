/** Benchmark sizes: the full run (the sizes the targets are set for) and a smoke run that only proves the harness works. */
import type { CliCase } from './cli-bench';
import type { ScanCase } from './scan-bench';

export interface BenchOptions {
  json: boolean;
  smoke: boolean;
  /** Only the sandbox scans: quick runs while working on slice lengths. */
  scanOnly: boolean;
  scanCases: ScanCase[];
  /** CLI audits: large frames up to a size, then many small top-level frames (per-frame costs). */
  cliCases: CliCase[];
  engineMinRuns: number;
  engineMinMs: number;
}

/** Microseconds of busy-wait per property read in the fake: a document that is slow to read, as large real ones are. */
const READ_COST_MICROS = 1;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const known = new Set(['--json', '--smoke', '--scan-only']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')} (use --json, --smoke, --scan-only).`);
  const smoke = argv.includes('--smoke');
  const scanCases: ScanCase[] = smoke
    ? [
        { label: 'large', document: { frames: 5, nodesPerFrame: 200, depth: 4, readCostMicros: READ_COST_MICROS } },
        { label: 'deep instances', document: { frames: 2, nodesPerFrame: 40, depth: 20, readCostMicros: READ_COST_MICROS } },
      ]
    : [
        { label: 'large', document: { frames: 50, nodesPerFrame: 2000, depth: 6, readCostMicros: READ_COST_MICROS } },
        { label: 'deep instances', document: { frames: 10, nodesPerFrame: 200, depth: 60, readCostMicros: READ_COST_MICROS } },
      ];
  return {
    json: argv.includes('--json'),
    smoke,
    scanOnly: argv.includes('--scan-only'),
    scanCases,
    cliCases: smoke
      ? [
          { label: 'large frames', generate: { targetBytes: 2e6 } },
          { label: '200 top-level frames', generate: { targetBytes: 1e9, layout: 'top-level', maxFrames: 200 } },
        ]
      : [
          { label: 'large frames', generate: { targetBytes: 50e6 } },
          { label: '5,000 top-level frames', generate: { targetBytes: 1e9, layout: 'top-level', maxFrames: 5000 } },
          { label: '20,000 top-level frames', generate: { targetBytes: 1e9, layout: 'top-level', maxFrames: 20000 } },
        ],
    engineMinRuns: smoke ? 2 : 5,
    engineMinMs: smoke ? 0 : 2000,
  };
}

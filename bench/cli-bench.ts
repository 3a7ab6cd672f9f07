/**
 * The CLI audit of a large generated REST file against a bare JSON.parse of the same file,
 * each in its own node process so neither inherits the other's heap.
 *
 * Time: `parseMs` is readFileSync + JSON.parse timed inside its process (startup excluded);
 * `auditMs` is the whole CLI process from its start to its exit (node startup, module load,
 * reading, engine, report), so the ratio is if anything unfavourable to the CLI. Each is the
 * fastest of a few alternating runs: on a shared machine noise only ever adds time.
 *
 * Memory: peak resident set size (`process.resourceUsage().maxRSS`, read in an exit hook)
 * minus that of an idle node process started the same way, so node's own ~40 MB does not
 * count against the file. RSS covers what the heap figure misses: the file's bytes as a
 * Buffer, strings, code. The largest of the runs is reported. MB are 10^6 bytes throughout.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRestFile, type GenerateOptions } from './generate-rest-file';

/** One generated file shape: large frames in sections up to a size, or many small top-level frames. */
export interface CliCase {
  label: string;
  generate: Omit<GenerateOptions, 'path'>;
}

export interface CliBenchFigures {
  label: string;
  fileMb: number;
  parseMs: number;
  auditMs: number;
  cliParseRatio: number;
  parsePeakMb: number;
  auditPeakMb: number;
  cliMemRatio: number;
  frames: number;
  nodes: number;
}

const MB = 1e6;

/** Preloaded into every measured process: reports its peak RSS and lifetime when it exits. */
const EXIT_HOOK = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const out = process.env.AFR_BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, lifetimeMs: performance.now() }));
});
`;

const BARE_PARSE = `import { readFileSync, writeFileSync } from 'node:fs';
const started = performance.now();
const value = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ms = performance.now() - started;
if (typeof value !== 'object' || value === null) throw new Error('not a JSON object');
writeFileSync(process.env.AFR_BENCH_PARSE_OUT, JSON.stringify({ ms }));
`;

interface ProcessFigures {
  maxRssKb: number;
  lifetimeMs: number;
  stdout: string;
}

/** The repository root: where dist/cli.js is (the bench runs bundled from dist/ or from sources). */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'dist/cli.js'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function measure(args: string[], workDir: string, label: string, env: NodeJS.ProcessEnv = {}): Promise<ProcessFigures> {
  const hook = path.join(workDir, 'exit-hook.mjs');
  const out = path.join(workDir, `${label}.figures.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', hook, ...args], {
      env: { ...process.env, ...env, AFR_BENCH_OUT: out },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${label} exited ${code}: ${Buffer.concat(stderr).toString('utf8').trim()}`));
        return;
      }
      const figures = JSON.parse(readFileSync(out, 'utf8')) as { maxRssKb: number; lifetimeMs: number };
      resolve({ ...figures, stdout: Buffer.concat(stdout).toString('utf8') });
    });
  });
}

const rssMb = (kb: number): number => (kb * 1024) / MB;

export async function benchCli(options: { cliCase: CliCase; workDir: string }): Promise<CliBenchFigures> {
  const { workDir, cliCase } = options;
  const file = path.join(workDir, `generated-${cliCase.label.replace(/[^a-z0-9]+/gi, '-')}.json`);
  const generated = generateRestFile({ ...cliCase.generate, path: file });
  const fileMb = statSync(file).size / MB;
  writeFileSync(path.join(workDir, 'exit-hook.mjs'), EXIT_HOOK);
  const bareParse = path.join(workDir, 'bare-parse.mjs');
  writeFileSync(bareParse, BARE_PARSE);
  const cli = path.join(repoRoot(), 'dist/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build the CLI first (node build.mjs --cli-only)`);

  const idle = await measure(['-e', ''], workDir, 'idle');
  const runs = fileMb >= 20 ? 3 : 2;
  let parseMs = Infinity;
  let auditMs = Infinity;
  let parseRssKb = 0;
  let auditRssKb = 0;
  for (let run = 0; run < runs; run++) {
    const parseOut = path.join(workDir, 'parse-ms.json');
    const parse = await measure([bareParse, file], workDir, 'parse', { AFR_BENCH_PARSE_OUT: parseOut });
    parseMs = Math.min(parseMs, (JSON.parse(readFileSync(parseOut, 'utf8')) as { ms: number }).ms);
    parseRssKb = Math.max(parseRssKb, parse.maxRssKb);

    const audit = await measure([cli, 'audit', file, '--format', 'json'], workDir, 'audit');
    const report = JSON.parse(audit.stdout) as { schemaVersion?: unknown; frames?: unknown[] };
    if (report.schemaVersion !== 1 || !Array.isArray(report.frames) || report.frames.length !== generated.frames) {
      throw new Error(`the CLI report does not list the ${generated.frames} generated frames`);
    }
    auditMs = Math.min(auditMs, audit.lifetimeMs);
    auditRssKb = Math.max(auditRssKb, audit.maxRssKb);
  }

  const parsePeakMb = rssMb(parseRssKb - idle.maxRssKb);
  const auditPeakMb = rssMb(auditRssKb - idle.maxRssKb);
  return {
    label: cliCase.label,
    fileMb,
    parseMs,
    auditMs,
    cliParseRatio: auditMs / parseMs,
    parsePeakMb,
    auditPeakMb,
    cliMemRatio: auditPeakMb / fileMb,
    frames: generated.frames,
    nodes: generated.nodes,
  };
}

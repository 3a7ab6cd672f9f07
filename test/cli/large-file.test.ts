/**
 * The CLI reads files with a pruning byte scanner; the plugin-side path is JSON.parse +
 * snapshotFromRest + runEngine. On a realistic generated file (paint, effects, geometry,
 * instances, prototype links) and on the samples, both must give the same report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliInto } from './build-cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRestFile, type GeneratedFile } from '../../bench/generate-rest-file';
import { audit } from '../../src/cli/audit';
import { parseRestBytes } from '../../src/cli/load-input';
import { snapshotFromRest, storedDataFromRest } from '../../src/core/rest';
import { expectValidReport } from './report-schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'afr-large-'));
// Its own build of the CLI, so this file never races another test file rebuilding dist/cli.js.
const cli = join(scratch, 'cli.mjs');
let generated: GeneratedFile;
let manyFrames: GeneratedFile;

beforeAll(async () => {
  await buildCliInto(cli);
  generated = generateRestFile({ path: join(scratch, 'large.json'), targetBytes: 3e6, seed: 11, framesPerSection: 4, sectionsPerPage: 2 });
  manyFrames = generateRestFile({ path: join(scratch, 'many-frames.json'), targetBytes: 1e9, seed: 5, layout: 'top-level', framesPerPage: 400, maxFrames: 900 });
}, 60000);

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The report the in-memory path gives: the whole tree from JSON.parse, then the shared adapters. */
function inMemory(path: string, options: { format: 'json' | 'markdown'; frameIds?: string[] }): string {
  return audit(JSON.parse(readFileSync(path, 'utf8')), { strict: false, ...options }).output;
}

describe('the CLI on a large generated file', () => {
  it('is a realistic multi-page file with many frames, links and nested layers', () => {
    expect(generated.bytes).toBeGreaterThan(3e6);
    expect(generated.pages).toBeGreaterThan(1);
    expect(generated.frames).toBeGreaterThan(10);
    expect(generated.nodes / generated.frames).toBeGreaterThan(50);
  });

  it('prints exactly the report of JSON.parse + snapshotFromRest + runEngine', () => {
    const { code, stdout, stderr } = runCli(['audit', generated.path, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(inMemory(generated.path, { format: 'json' }));
    const report = expectValidReport(JSON.parse(stdout));
    expect(report.frames).toHaveLength(generated.frames);
    expect(report.flow.startFrameId).not.toBeNull();
  });

  it('reads many small top-level frames on several pages, as the in-memory path does', () => {
    expect(manyFrames.frames).toBe(900);
    expect(manyFrames.pages).toBe(3);
    const { code, stdout, stderr } = runCli(['audit', manyFrames.path]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(inMemory(manyFrames.path, { format: 'json' }));
    expect(expectValidReport(JSON.parse(stdout)).frames).toHaveLength(900);
  });

  it('agrees on a --frames selection in Markdown too', () => {
    const frames = (JSON.parse(inMemory(generated.path, { format: 'json' })) as { frames: { id: string }[] }).frames.slice(3, 9).map((frame) => frame.id);
    const { code, stdout } = runCli(['audit', generated.path, '--format', 'markdown', '--frames', frames.join(',')]);
    expect(code).toBe(0);
    expect(stdout).toBe(inMemory(generated.path, { format: 'markdown', frameIds: frames }));
  });

  it.each(['strong-onboarding.json', 'weak-onboarding.json'])('reads the same snapshot and saved review from %s', (name) => {
    const path = join(root, 'samples', name);
    const full = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const pruned = parseRestBytes(readFileSync(path), path);
    expect(snapshotFromRest(pruned)).toEqual(snapshotFromRest(full));
    expect(storedDataFromRest(pruned)).toEqual(storedDataFromRest(full));
  });

  it('rejects a truncated large file with one line naming the position', () => {
    const whole = readFileSync(generated.path);
    const truncated = join(scratch, 'truncated.json');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const { code, stdout, stderr } = runCli(['audit', truncated]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^auth-flow-review: .*truncated\.json is not valid JSON \(.* at line 1, column \d+\)\n$/);
  });
});

import { spawnSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../src/core/checklist/types';
import { expectValidReport } from './report-schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const strong = join(root, 'samples/strong-onboarding.json');
const weak = join(root, 'samples/weak-onboarding.json');
const scratch = mkdtempSync(join(tmpdir(), 'afr-cli-'));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'build.mjs'), '--cli-only'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 60000);

describe('audit --format json', () => {
  it.each([['strong', strong], ['weak', weak]])('prints one report that matches the contract for the %s sample', (_name, path) => {
    const { code, stdout, stderr } = run(['audit', path, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = expectValidReport(JSON.parse(stdout));
    expect(report.items.map((item) => item.id)).toEqual([...ITEM_IDS]);
  });

  it('reads the saved statuses and notes from shared plugin data', () => {
    const report = expectValidReport(JSON.parse(run(['audit', strong]).stdout));
    const byId = new Map(report.items.map((item) => [item.id, item]));
    expect(byId.get('privacy.consent-action')).toMatchObject({ status: 'pass', note: 'Checkbox is unticked by default: good.' });
    expect(byId.get('value.progress-meter')?.status).toBe('needs-work');
    expect(report.summary).toMatchObject({ pass: 3, needsWork: 1, unreviewed: 25 });
    expect(report.flow).toEqual({ startFrameId: '1:10', connectFrameId: '1:80', stepsToConnect: 2, deadEnds: [] });
    expect(report.file.name).toBe('Fundly onboarding v3');
  });

  it('reviews only the frames given with --frames', () => {
    const report = expectValidReport(JSON.parse(run(['audit', weak, '--frames', '3:240,3:10']).stdout));
    expect(report.frames.map((frame) => frame.id)).toEqual(['3:10', '3:240']);
  });

  it('takes a section id in --frames as its screens', () => {
    const report = expectValidReport(JSON.parse(run(['audit', weak, '--frames', '3:1']).stdout));
    expect(report.frames.map((frame) => frame.id).sort()).toEqual(['3:10', '3:120', '3:40', '3:80']);
  });

  it('reviews the prototyped pages by default, and others with --page or --all-pages', () => {
    const pagesOf = (args: string[]) => expectValidReport(JSON.parse(run(['audit', strong, ...args]).stdout)).frames.map((frame) => frame.id);
    expect(pagesOf([])).toContain('2:10');
    expect(pagesOf(['--page', 'Emails'])).toEqual(['2:10']);
    expect(pagesOf(['--page', '0:1'])).not.toContain('2:10');
    expect(pagesOf(['--all-pages'])).toEqual(pagesOf([]));
  });

  it('explains each item: the reason, evidence as quoted text in a frame, and the frames it concerns', () => {
    const report = expectValidReport(JSON.parse(run(['audit', strong]).stdout));
    const found = report.items.find((item) => item.detection === 'found' && item.evidence.length > 0)!;
    expect(found.reason.length).toBeGreaterThan(10);
    const frameIds = new Set(report.frames.map((frame) => frame.id));
    for (const entry of found.evidence) expect(frameIds.has(entry.frame)).toBe(true);
    expect(found.frames.map((frame) => frame.id)).toEqual([...new Set(found.evidence.map((entry) => entry.frame))]);
    // A stored verdict without evidence points at the frame it is stored on.
    const flagged = report.items.find((item) => item.id === 'value.progress-meter')!;
    expect(flagged.frames.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain('figma.com');
  });

  it('links the file, frames and evidence to the design with --file-key, and the Markdown links needs-work items to their frames', () => {
    const report = expectValidReport(JSON.parse(run(['audit', strong, '--file-key', 'AbC123']).stdout));
    expect(report.file).toMatchObject({ key: 'AbC123', url: 'https://www.figma.com/design/AbC123/' });
    expect(report.frames[0]!.url).toBe(`https://www.figma.com/design/AbC123/?node-id=${report.frames[0]!.id.replace(':', '-')}`);
    const withEvidence = report.items.find((item) => item.evidence.length > 0)!;
    expect(withEvidence.evidence[0]!.url).toMatch(/^https:\/\/www\.figma\.com\/design\/AbC123\/\?node-id=\d+-\d+$/);
    const markdown = run(['audit', strong, '--file-key', 'https://www.figma.com/design/AbC123/Fundly', '--format', 'markdown']).stdout;
    const needsWork = markdown.slice(markdown.indexOf('## Needs work'), markdown.indexOf('## Checklist'));
    expect(needsWork).toMatch(/- \*\*.+\*\* \(`value\.progress-meter`\) in \[[^\]]+\]\(https:\/\/www\.figma\.com\/design\/AbC123\/\?node-id=\d+-\d+\)/);
  });
});

describe('exit codes', () => {
  it('--strict exits 1 on the weak sample and 0 on the strong one', () => {
    expect(run(['audit', weak, '--strict']).code).toBe(1);
    expect(run(['audit', strong, '--strict']).code).toBe(0);
  });

  const bad = join(scratch, 'bad.json');
  const wrong = join(scratch, 'wrong.json');
  writeFileSync(bad, '{"document": ');
  writeFileSync(wrong, JSON.stringify({ document: { id: '0:0', children: [{ id: '0:1', type: 'CANVAS', name: 'P', children: [{ type: 'FRAME', name: 'Sign up' }] }] } }));
  it.each([
    ['a missing file', ['audit', join(scratch, 'nope.json')], /cannot read .*nope.json: no such file/],
    ['malformed JSON', ['audit', bad], /is not valid JSON/],
    ['the wrong shape', ['audit', wrong], /document > P > Sign up: node has no id/],
    ['an unknown frame id', ['audit', strong, '--frames', '9:99'], /no top-level frame or section with id 9:99/],
    ['an unknown page', ['audit', strong, '--page', 'Archive'], /no page named "Archive" \(the file has "Onboarding", "Emails"\)/],
    ['a bad format', ['audit', strong, '--format', 'yaml'], /--format must be json or markdown/],
    ['an unknown flag', ['audit', strong, '--fast'], /unknown option --fast/],
    ['no input', ['audit'], /missing input/],
  ])('exits 2 with one line on stderr for %s', (_name, args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('audit --format markdown', () => {
  it('writes the handoff document', () => {
    const { code, stdout } = run(['audit', weak, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('# Auth flow review: Ledgerly onboarding (draft)');
    expect(stdout).toContain('- Steps from start to connect: 6 (target 3 or fewer — over target)');
    expect(stdout).toContain('- Dead ends: Pricing plans');
  });

  it('documents the default format in --help', () => {
    expect(run(['--help']).stdout).toMatch(/json \(default/);
  });
});

describe('audit --file-key', () => {
  let server: Server;
  let base = '';
  const seen: { url?: string; token?: string } = {};
  beforeAll(async () => {
    const body = readFileSync(strong);
    server = createServer((request, response) => {
      seen.url = request.url;
      seen.token = request.headers['x-figma-token'] as string | undefined;
      if (request.url?.startsWith('/v1/files/KEY123')) { response.writeHead(200, { 'content-type': 'application/json' }); response.end(body); }
      else { response.writeHead(404); response.end('{"status":404,"err":"Not found"}'); }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the file with shared plugin data and the token header', async () => {
    const { code, stdout } = await runAsync(['audit', '--file-key', 'KEY123'], { FIGMA_API_BASE: base, FIGMA_TOKEN: 'secret-token' });
    expect(code).toBe(0);
    expect(seen).toEqual({ url: '/v1/files/KEY123?plugin_data=shared', token: 'secret-token' });
    expect(expectValidReport(JSON.parse(stdout)).summary.pass).toBe(3);
  });

  it('exits 2 with one line when the API refuses or no token is set', async () => {
    const refused = await runAsync(['audit', '--file-key', 'OTHER'], { FIGMA_API_BASE: base, FIGMA_TOKEN: 't' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/answered 404/);
    const noToken = await runAsync(['audit', '--file-key', 'KEY123'], { FIGMA_API_BASE: base, FIGMA_TOKEN: '' });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

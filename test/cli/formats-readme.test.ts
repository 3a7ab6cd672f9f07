/**
 * The README's CI job, run as written: its `run:` command with its `env:` (the token from a
 * stand-in secret, the pasted file link) against a local stand-in for the Figma API, whose
 * file holds a saved review with hostile notes. The output is checked line by line as the
 * GitHub runner reads it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getItem } from '../../src/core/checklist';
import type { ItemId } from '../../src/core/checklist/types';
import { readRunnerOutput } from '../core/untrusted/workflow-command-parse';
import { hostileSample, INJECTED_NOTE } from './formats-sample';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'figd_stand-in-secret';

interface Step {
  env: Record<string, string>;
  run: string;
}

/** The steps of the README's "In CI" section that run the CLI, read from its YAML blocks. */
function readmeSteps(): Step[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### In CI (GitHub Actions)'), readme.indexOf('\n## ', readme.indexOf('### In CI (GitHub Actions)')));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const steps: Step[] = [];
  for (const block of blocks) {
    for (const step of block.split(/\n(?= *- (?:name|uses|run):)/)) {
      const run = /^ *run: (.*auth-flow-review audit.*)$/m.exec(step)?.[1];
      if (run === undefined) continue;
      const env: Record<string, string> = {};
      for (const match of step.matchAll(/^ {10}([A-Z_]+): (.+)$/gm)) env[match[1]!] = match[2]!;
      steps.push({ env, run });
    }
  }
  return steps;
}

/** The step's environment as the runner would set it, with the stand-in secret. */
function environment(step: Step, apiBase: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FIGMA_API_BASE: apiBase };
  delete env.FIGMA_OAUTH_TOKEN;
  for (const [name, value] of Object.entries(step.env)) env[name] = value === '${{ secrets.FIGMA_TOKEN }}' ? TOKEN : value;
  return env;
}

function runShell(command: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let server: Server;
let apiBase = '';
const requests: { url: string; token: string | undefined }[] = [];
const sample = JSON.stringify(hostileSample(root));

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(root, 'build.mjs'), '--cli-only'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', token: request.headers['x-figma-token'] as string | undefined });
    if (request.headers['x-figma-token'] !== TOKEN) {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end('{"status":403,"err":"Invalid token"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(sample);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  apiBase = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the README's CI job", () => {
  it('has the GitHub step and the JUnit variant, with the token from a secret and a pasted link', () => {
    const steps = readmeSteps();
    expect(steps.map((step) => step.run)).toEqual([
      'npx auth-flow-review audit "$FIGMA_FILE_URL" --format github --strict',
      'npx auth-flow-review audit "$FIGMA_FILE_URL" --format junit --strict > auth-flow-review.xml',
    ]);
    for (const step of steps) {
      expect(step.env.FIGMA_TOKEN).toBe('${{ secrets.FIGMA_TOKEN }}');
      expect(step.env.FIGMA_FILE_URL).toMatch(/^https:\/\/www\.figma\.com\/design\/[A-Za-z0-9]+\//);
    }
  });

  it('prints, line by line, one error per failing core item and a summary, and fails the job', async () => {
    const [step] = readmeSteps();
    const fileKey = /\/design\/([A-Za-z0-9]+)\//.exec(step!.env.FIGMA_FILE_URL!)![1];
    const { code, stdout, stderr } = await runShell(step!.run, environment(step!, apiBase));
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(requests.at(-1)).toEqual({ url: `/v1/files/${fileKey}?plugin_data=shared`, token: TOKEN });

    // What the same file gives as a JSON report, read from disk.
    const saved = join(mkdtempSync(join(tmpdir(), 'afr-readme-')), 'file.json');
    writeFileSync(saved, sample);
    const local = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'audit', saved, '--format', 'json'], { encoding: 'utf8' });
    expect(local.status).toBe(0);
    const items = (JSON.parse(local.stdout) as { items: { id: ItemId; detection: string; status: string; note: string | null }[] }).items;
    const failing = items.filter((item) => !getItem(item.id).bonus && (item.status === 'needs-work' || (item.detection === 'missing' && item.status !== 'not-applicable')));

    const lines = readRunnerOutput(stdout);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(failing.length + 1);
    failing.forEach((item, index) => {
      const line = lines[index]!;
      expect(line.kind).toBe('command');
      if (line.kind !== 'command') return;
      const needsWork = item.status === 'needs-work';
      expect(line.command.name).toBe('error');
      expect(line.command.properties).toEqual({ title: `${needsWork ? 'Needs work' : 'Not found'}: ${getItem(item.id).title}` });
      expect(line.command.message.startsWith(`${item.id} `)).toBe(true);
      if (needsWork && item.note !== null) expect(line.command.message.endsWith(`\n${item.note}`)).toBe(true);
    });
    expect(lines.some((line) => line.kind === 'command' && line.command.message.endsWith(INJECTED_NOTE))).toBe(true);
    const summary = lines[lines.length - 1]!;
    expect(summary.kind === 'text' && summary.text).toBe(
      `Auth flow review: ${failing.length} core items fail the strict check (${failing.filter((item) => item.status === 'needs-work').length} needs work, ${failing.filter((item) => item.status !== 'needs-work').length} not found); ` +
        `${items.filter((item) => item.status === 'pass').length} pass, ${items.filter((item) => item.status === 'needs-work').length} needs work, ${items.filter((item) => item.status === 'not-applicable').length} not applicable, ${items.filter((item) => item.status === 'unreviewed').length} unreviewed of 29 items; ready for engineers: no.`,
    );
  });

  it('writes JUnit XML with the JUnit variant', async () => {
    const step = readmeSteps()[1]!;
    // The command as written, its output read from the pipe instead of the file it names.
    const command = step.run.replace(/ > auth-flow-review\.xml$/, '');
    const { code, stdout } = await runShell(command, environment(step, apiBase));
    expect(code).toBe(1);
    const doc = new DOMParser().parseFromString(stdout, 'text/xml');
    expect(doc.getElementsByTagName('testcase')).toHaveLength(29);
    expect(Number(doc.documentElement!.getAttribute('failures'))).toBeGreaterThan(0);
  });
});

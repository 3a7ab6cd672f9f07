/**
 * The real CLI entry against a local stand-in for the Figma API: every way the API can
 * misbehave ends in one line and exit 2 within the time limit, and the token never shows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliInto } from './build-cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestServer, type TestServer } from './fetch-test-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'afr-fetch-'));
// Its own build of the CLI entry, so this file never races another test file rebuilding dist/cli.js.
const cli = join(scratch, 'cli.mjs');
const TOKEN = 'tok-cli-7c4a8d09ca3762af';
const OAUTH = 'oauth-cli-e99a18c428cb38d5';
const sample = readFileSync(join(root, 'samples/strong-onboarding.json'));
const outputs: string[] = [];
let server: TestServer;

beforeAll(async () => {
  await buildCliInto(cli);
  server = await startTestServer();
}, 60000);
afterAll(() => server.close());

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'audit', ...args], {
      env: { ...process.env, FIGMA_API_BASE: server.base, FIGMA_TOKEN: TOKEN, FIGMA_OAUTH_TOKEN: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('close', (code) => {
      outputs.push(stdout, stderr);
      resolve({ code, stdout, stderr });
    });
  });
}

function oneLineFailure(result: { code: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('a Figma link instead of a key', () => {
  it('fetches the file of a design link and reviews only the node-id frame', async () => {
    server.handle((_request, response) => json(response, 200, sample));
    const result = await run(['https://www.figma.com/design/KeyFromLink/Fundly-onboarding?node-id=1-40&t=AbC-1']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(server.requests.map((seen) => seen.url)).toEqual(['/v1/files/KeyFromLink?plugin_data=shared']);
    expect((JSON.parse(result.stdout) as { frames: { id: string; name: string }[] }).frames.map(({ id, name }) => ({ id, name }))).toEqual([{ id: '1:40', name: 'Welcome' }]);
  });

  it('audits the branch of a branch link, also through --file-key, with an encoded node-id', async () => {
    server.handle((_request, response) => json(response, 200, sample));
    const result = await run(['--file-key', 'https://figma.com/file/MainKey/branch/BranchKey/Name?node-id=1%3A10', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(server.requests.map((seen) => seen.url)).toEqual(['/v1/files/BranchKey?plugin_data=shared']);
    expect(result.stdout).toContain('Sign up');
    expect(result.stdout).not.toContain('Choose platform');
  });

  const frameIdsOf = (stdout: string) => (JSON.parse(stdout) as { frames: { id: string }[] }).frames.map((frame) => frame.id);

  it('reviews the page of a link copied with nothing selected, and the frame holding a linked layer', async () => {
    server.handle((_request, response) => json(response, 200, sample));
    const page = await run(['https://www.figma.com/design/K6/Fundly?node-id=0-2']);
    expect(page.stderr).toBe('');
    expect(frameIdsOf(page.stdout)).toEqual(['2:10']);
    const layer = await run(['https://www.figma.com/design/K6/Fundly?node-id=1-94']);
    expect(layer.stderr).toBe('');
    expect(frameIdsOf(layer.stdout)).toEqual(['1:80']);
  });

  it('lets --frames win over the link and refuses a node the file does not have', async () => {
    server.handle((_request, response) => json(response, 200, sample));
    const given = await run(['https://www.figma.com/design/K6/Fundly?node-id=0-2', '--frames', '1:10']);
    expect(frameIdsOf(given.stdout)).toEqual(['1:10']);
    oneLineFailure(await run(['https://www.figma.com/design/K6/Fundly?node-id=77-1']), /the link's node-id 77:1 is not in file K6/);
  });

  it('rejects a link that is not to a Figma file', async () => {
    oneLineFailure(await run(['https://www.figma.com/community/plugin/123/x']), /not a link to a Figma file/);
  });
});

describe('credentials and versions', () => {
  it('sends an OAuth token as a bearer and asks for a saved version', async () => {
    server.handle((_request, response) => json(response, 200, sample));
    const result = await run(['--file-key', 'K2', '--version-id', '4815162342'], { FIGMA_TOKEN: '', FIGMA_OAUTH_TOKEN: OAUTH });
    expect(result.code).toBe(0);
    expect(server.requests).toEqual([
      { url: '/v1/files/K2?plugin_data=shared&version=4815162342', token: undefined, authorization: `Bearer ${OAUTH}`, acceptEncoding: 'gzip' },
    ]);
  });

  it('names both token variables when neither is set', async () => {
    oneLineFailure(await run(['--file-key', 'K2'], { FIGMA_TOKEN: '' }), /set FIGMA_TOKEN .* or FIGMA_OAUTH_TOKEN/);
  });
});

describe('answers that end the run with one line and exit 2', () => {
  it.each([
    ['403', 403, '{"status":403,"err":"Invalid token"}', 'application/json', /answered 403 Forbidden for file K3: Invalid token \(check that FIGMA_TOKEN/],
    ['404', 404, '{"status":404,"err":"Not found"}', 'application/json', /answered 404 Not Found for file K3: Not found \(no such file/],
    ['an HTML page', 200, '<!doctype html><title>Sign in - Corporate proxy</title>', 'text/html', /answered 200 with text\/html instead of JSON \("Sign in - Corporate proxy"\)/],
    ['truncated JSON', 200, sample.subarray(0, 700).toString(), 'application/json', /the Figma API response for file K3 is not valid JSON \(.* at line \d+, column \d+\)/],
  ])('%s', async (_name, status, body, type, message) => {
    server.handle((_request, response) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    });
    oneLineFailure(await run(['--file-key', 'K3', '--timeout', '5']), message);
    expect(server.requests).toHaveLength(1);
  });

  it('a refused connection', async () => {
    const port = await freePort();
    oneLineFailure(await run(['--file-key', 'K3'], { FIGMA_API_BASE: `http://127.0.0.1:${port}` }), new RegExp(`cannot reach the Figma API at 127\\.0\\.0\\.1:${port}: connection refused`));
  });
});

describe('time limits', () => {
  it('a server that accepts the connection and never answers: headers timeout', async () => {
    server.handle(() => undefined);
    oneLineFailure(await run(['--file-key', 'K4', '--timeout', '0.3']), /the Figma API at 127\.0\.0\.1:\d+ timed out: no response headers within 0\.3 s \(headers timeout; --timeout SECONDS raises it\)/);
  });

  it('a body that stalls halfway: body timeout, with how much arrived', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(sample.length) });
      response.write(sample.subarray(0, sample.length / 2));
    });
    // A second, not 0.3 s: on a busy machine the headers must have arrived when the limit hits.
    oneLineFailure(await run(['--file-key', 'K4', '--timeout', '1']), /timed out: the body stopped arriving after \d+\.\d kB, 1 s in all \(body timeout/);
  });
});

describe('rate limits in the log', () => {
  it('announces the wait on stderr and goes on to print the report', async () => {
    server.handle((_request, response, hit) => {
      if (hit === 1) json(response, 429, '{"status":429,"err":"Rate limit exceeded"}', { 'retry-after': '0' });
      else json(response, 200, sample);
    });
    const result = await run(['--file-key', 'K5']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('auth-flow-review: Figma API answered 429; waiting 0 s (attempt 2 of 4)\n');
    expect((JSON.parse(result.stdout) as { file: { name: string } }).file.name).toBe('Fundly onboarding v3');
  });
});

describe('the tokens', () => {
  it('are hidden even when an unrelated message would carry one', async () => {
    oneLineFailure(await run([join(scratch, `${TOKEN}.json`)]), /cannot read .*\[redacted\]\.json: no such file/);
  });

  it('appear nowhere in stdout or stderr of any run', () => {
    expect(outputs.length).toBeGreaterThanOrEqual(28);
    for (const text of outputs) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(OAUTH);
    }
  });
});

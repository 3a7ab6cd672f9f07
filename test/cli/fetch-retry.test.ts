/**
 * The fetch loop in-process against a local server, with a fake clock, sleep and dice: the
 * waits are recorded instead of slept, so the retry schedule is checked without waiting.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchDeps } from '../../src/cli/fetch/fetch-deps';
import { fetchFigmaFile } from '../../src/cli/fetch/fetch-figma-file';
import { figmaFileRequest } from '../../src/cli/fetch/file-request';
import { describeNetworkError } from '../../src/cli/fetch/describe-failure';
import { downloadProgress } from '../../src/cli/fetch/download-progress';
import { HttpNetworkError, HttpTimeout, httpGet } from '../../src/cli/fetch/http-get';
import { loadFromFigma } from '../../src/cli/fetch/load-from-figma';
import { json, startTestServer, type TestServer } from './fetch-test-server';

const TOKEN = 'tok-retry-5d41402abc4b2a76';
const sample = readFileSync(fileURLToPath(new URL('../../samples/strong-onboarding.json', import.meta.url)));
const everything: string[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function fakeDeps(options: { tty?: boolean; tick?: number } = {}) {
  const waits: number[] = [];
  let clock = Date.parse('2026-11-26T22:00:00Z');
  const stderr: string[] = [];
  const deps: FetchDeps = {
    sleep: (ms) => {
      waits.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    now: () => (clock += options.tick ?? 0),
    stderr: {
      isTTY: options.tty ?? false,
      write: (text: string) => {
        stderr.push(text);
        everything.push(text);
        return true;
      },
    },
  };
  return { deps, waits, stderr };
}

function request(timeoutSeconds = 2) {
  return figmaFileRequest({ fileRef: 'KEY1', versionId: null, timeoutSeconds }, { FIGMA_TOKEN: TOKEN, FIGMA_API_BASE: server.base });
}

async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    const message = (error as Error).message;
    everything.push(message);
    return message;
  }
  throw new Error('expected the fetch to fail');
}

describe('rate limits', () => {
  it('waits what Retry-After says, announcing each wait, then reads the file', async () => {
    server.handle((_request, response, hit) => {
      if (hit <= 2) json(response, 429, '{"status":429,"err":"Rate limit exceeded"}', { 'retry-after': hit === 1 ? '12' : '3' });
      else json(response, 200, sample);
    });
    const { deps, waits, stderr } = fakeDeps();
    const { bytes } = await fetchFigmaFile(request(), deps);
    expect(bytes?.equals(sample)).toBe(true);
    expect(waits).toEqual([12000, 3000]);
    expect(stderr).toEqual([
      'auth-flow-review: Figma API answered 429; waiting 12 s (attempt 2 of 4)\n',
      'auth-flow-review: Figma API answered 429; waiting 3 s (attempt 3 of 4)\n',
    ]);
    expect(server.requests).toHaveLength(3);
  });

  it('reads an HTTP-date Retry-After against the clock', async () => {
    server.handle((_request, response, hit) => {
      if (hit === 1) json(response, 429, '{}', { 'retry-after': 'Thu, 26 Nov 2026 22:00:20 GMT' });
      else json(response, 200, sample);
    });
    const { deps, waits } = fakeDeps();
    await fetchFigmaFile(request(), deps);
    expect(waits).toEqual([20000]);
  });

  it('backs off without Retry-After and gives up after four attempts with the last status', async () => {
    server.handle((_request, response) => json(response, 429, '{"status":429,"err":"Rate limit exceeded"}'));
    const { deps, waits, stderr } = fakeDeps();
    const message = await failure(fetchFigmaFile(request(), deps));
    expect(waits).toEqual([2500, 5000, 10000]);
    expect(stderr).toHaveLength(3);
    expect(message).toBe('the Figma API answered 429 Too Many Requests for file KEY1 (4 attempts): Rate limit exceeded');
    expect(server.requests).toHaveLength(4);
  });

  it('stops at once when Figma asks for a wait longer than a CI job should take', async () => {
    server.handle((_request, response) => json(response, 429, '{}', { 'retry-after': '259200', 'x-figma-rate-limit-type': 'low' }));
    const { deps, waits } = fakeDeps();
    const message = await failure(fetchFigmaFile(request(), deps));
    expect(waits).toEqual([]);
    expect(message).toMatch(/rate limit for file KEY1 is used up: it asks to wait 3 days, more than the 60 s this CLI waits; .*low/);
  });
});

describe('server errors and dropped connections', () => {
  it('retries a 500 with backoff and reads the file from the 200 that follows', async () => {
    server.handle((_request, response, hit) => {
      if (hit === 1) json(response, 500, '{"status":500,"err":"Internal error"}');
      else json(response, 200, sample);
    });
    const { deps, waits, stderr } = fakeDeps();
    const tree = await loadFromFigma(request(), deps);
    expect((tree as { name: string }).name).toBe('Fundly onboarding v3');
    expect(waits).toEqual([500]);
    expect(stderr).toEqual(['auth-flow-review: Figma API answered 500; waiting 0.5 s (attempt 2 of 4)\n']);
  });

  it('waits what a 503 asks for in Retry-After', async () => {
    server.handle((_request, response, hit) => {
      if (hit === 1) json(response, 503, '{}', { 'retry-after': '7' });
      else json(response, 200, sample);
    });
    const { deps, waits } = fakeDeps();
    await fetchFigmaFile(request(), deps);
    expect(waits).toEqual([7000]);
  });

  it('gives up on a server that keeps failing with the last status', async () => {
    server.handle((_request, response, hit) => {
      response.writeHead(hit < 4 ? 500 : 502, { 'content-type': 'text/html' });
      response.end('<html><head><title>502 Bad Gateway</title></head></html>');
    });
    const { deps, waits } = fakeDeps();
    const message = await failure(fetchFigmaFile(request(), deps));
    expect(waits).toEqual([500, 1000, 2000]);
    expect(message).toBe('the Figma API answered 502 Bad Gateway for file KEY1 (4 attempts): 502 Bad Gateway');
  });

  it('retries a connection dropped before the answer (socket hang up) and one dropped mid-body', async () => {
    server.handle((request, response, hit) => {
      if (hit === 1) request.socket.destroy();
      else if (hit === 2) {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(sample.length) });
        response.write(sample.subarray(0, 100), () => request.socket.destroy());
      } else json(response, 200, sample);
    });
    const { deps, stderr } = fakeDeps();
    const { bytes } = await fetchFigmaFile(request(), deps);
    expect(bytes?.equals(sample)).toBe(true);
    expect(stderr).toEqual([
      'auth-flow-review: Figma API connection dropped (ECONNRESET); waiting 0.5 s (attempt 2 of 4)\n',
      'auth-flow-review: Figma API connection dropped (ECONNRESET); waiting 1 s (attempt 3 of 4)\n',
    ]);
  });

  it('says what kind of network failure ended the run', () => {
    const describe = (code: string, detail: string) => describeNetworkError(request(), new HttpNetworkError('connect', code, detail), 1);
    expect(describe('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'))
      .toMatch(/^no secure connection to the Figma API at 127\.0\.0\.1:\d+: self-signed certificate .*NODE_EXTRA_CA_CERTS/);
    expect(describe('EHOSTUNREACH', 'connect EHOSTUNREACH 10.0.0.1:443')).toMatch(/^cannot reach the Figma API at .*: connect EHOSTUNREACH/);
    expect(describe('ECONNRESET', 'socket hang up')).toMatch(/dropped the connection before answering: ECONNRESET, socket hang up$/);
  });

  it('does not retry a 403 or a 404', async () => {
    server.handle((_request, response) => json(response, 404, '{"status":404,"err":"Not found"}'));
    const { deps, waits } = fakeDeps();
    expect(await failure(fetchFigmaFile(request(), deps))).toMatch(/answered 404 Not Found for file KEY1: Not found \(no such file/);
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the body', () => {
  it('asks for gzip and inflates it to the same bytes', async () => {
    server.handle((_request, response) => json(response, 200, gzipSync(sample), { 'content-encoding': 'gzip' }));
    const { bytes } = await fetchFigmaFile(request(), fakeDeps().deps);
    expect(server.requests[0]!.acceptEncoding).toBe('gzip');
    expect(bytes?.equals(sample)).toBe(true);
  });

  it('reports a damaged gzip body as unreadable, once', async () => {
    server.handle((_request, response) => json(response, 200, gzipSync(sample).subarray(0, 200), { 'content-encoding': 'gzip' }));
    const { deps, waits } = fakeDeps();
    expect(await failure(fetchFigmaFile(request(), deps))).toMatch(/sent an unreadable answer: the gzip body is damaged/);
    expect(waits).toEqual([]);
  });

  it('shows download progress on a terminal once it takes over 2 s, and clears the line', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(sample.length) });
      const step = Math.ceil(sample.length / 5);
      let at = 0;
      const next = () => {
        response.write(sample.subarray(at, at + step));
        at += step;
        if (at < sample.length) setTimeout(next, 5);
        else response.end();
      };
      next();
    });
    // Each clock reading moves 2.1 s on, so even a body that arrives in one read shows the line.
    const tty = fakeDeps({ tty: true, tick: 2100 });
    expect((await fetchFigmaFile(request(), tty.deps)).bytes?.equals(sample)).toBe(true);
    const shown = tty.stderr.join('');
    expect(shown).toMatch(/^\rDownloading… \d+\.\d kB of \d+\.\d kB/);
    expect(shown.endsWith('\r\x1b[K')).toBe(true);

    const log = fakeDeps({ tty: false, tick: 2100 });
    await fetchFigmaFile(request(), log.deps);
    expect(log.stderr).toEqual([]);
  });
});

describe('the progress line', () => {
  it('waits 2 s, redraws at most every 250 ms, and erases itself', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = downloadProgress({ isTTY: true, write: (text: string) => written.push(text) }, () => clock);
    for (const [at, bytes] of [[1000, 1e6], [1999, 2e6], [2000, 3e6], [2100, 4e6], [2250, 12.34e6]] as const) {
      clock = at;
      progress.update(bytes, 50e6);
    }
    progress.done();
    expect(written).toEqual(['\rDownloading… 3.0 MB of 50.0 MB', '\rDownloading… 12.3 MB of 50.0 MB', '\r\x1b[K']);
  });

  it('writes nothing when nothing was shown', () => {
    const written: string[] = [];
    const progress = downloadProgress({ isTTY: true, write: (text: string) => written.push(text) }, () => 0);
    progress.update(1e6, undefined);
    progress.done();
    expect(written).toEqual([]);
  });
});

describe('time limits', () => {
  it('names the connect phase when connecting hangs (here: a resolver that never answers)', async () => {
    const attempt = httpGet({
      url: new URL('http://figma-api.invalid/v1/files/K'),
      headers: {},
      connectTimeoutMs: 50,
      totalTimeoutMs: 5000,
      lookup: () => undefined,
    });
    await expect(attempt).rejects.toBeInstanceOf(HttpTimeout);
    await expect(attempt).rejects.toMatchObject({ phase: 'connect', limitMs: 50 });
  });

  it('does not retry a timeout', async () => {
    server.handle(() => undefined);
    const { deps, waits } = fakeDeps();
    const message = await failure(fetchFigmaFile(request(0.2), deps));
    expect(message).toMatch(/^the Figma API at 127\.0\.0\.1:\d+ timed out: no response headers within 0\.2 s \(headers timeout/);
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the token', () => {
  it('is sent as X-Figma-Token on every attempt', () => {
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((seen) => seen.token === TOKEN)).toBe(true);
  });

  it('appears in no message or wait line, even when the server echoes it back', async () => {
    server.handle((_request, response) => json(response, 403, JSON.stringify({ status: 403, err: `Invalid token ${TOKEN}` })));
    const message = await failure(fetchFigmaFile(request(), fakeDeps().deps));
    expect(message).toMatch(/answered 403 Forbidden for file KEY1: Invalid token \[redacted\] \(check that FIGMA_TOKEN/);
    expect(everything.length).toBeGreaterThan(10);
    for (const text of everything) expect(text).not.toContain(TOKEN);
  });
});

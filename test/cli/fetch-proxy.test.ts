/**
 * The CLI behind an HTTP proxy (HTTPS_PROXY, NO_PROXY): a CONNECT tunnel to a local HTTPS
 * stand-in for the Figma API, trusted through NODE_EXTRA_CA_CERTS like a company's own CA.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliInto } from './build-cli';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { proxyFor } from '../../src/cli/fetch/proxy-setting';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/cli/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'afr-proxy-'));
const cli = join(scratch, 'cli.mjs');
const TOKEN = 'tok-proxy-0cc175b9c0f1b6a8';
const PROXY_PASSWORD = 'proxy-pass-92eb5ffee6ae';
const sample = readFileSync(join(root, 'samples/strong-onboarding.json'));

let api: Server;
let proxy: Server;
let apiPort = 0;
let proxyPort = 0;
const outputs: string[] = [];
const seen = {
  api: [] as { url: string; token: string | undefined }[],
  connects: [] as { target: string; authorization: string | undefined }[],
  /** Everything the proxy relayed towards the API: TLS, so never the token in clear. */
  relayed: [] as Buffer[],
};
let proxyMode: 'tunnel' | 'require-auth' | 'hang' = 'tunnel';
/** Tunnels leave the proxy server's own bookkeeping, so closing it would wait for them forever. */
const tunnels = new Set<Socket>();

function portOf(server: { address(): unknown }): number {
  const address = server.address() as { port: number } | null;
  return address?.port ?? 0;
}

beforeAll(async () => {
  await buildCliInto(cli);
  api = createHttpsServer({ key: readFileSync(join(fixtures, 'localhost-key.pem')), cert: readFileSync(join(fixtures, 'localhost-cert.pem')) }, (request, response) => {
    seen.api.push({ url: request.url ?? '', token: request.headers['x-figma-token'] as string | undefined });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(sample);
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiPort = portOf(api);

  proxy = createHttpServer((_request, response) => {
    response.writeHead(405);
    response.end();
  });
  proxy.on('connect', (request, client: Socket, head: Buffer) => {
    seen.connects.push({ target: request.url ?? '', authorization: request.headers['proxy-authorization'] });
    tunnels.add(client);
    if (proxyMode === 'hang') return;
    const expected = `Basic ${Buffer.from(`ci:${PROXY_PASSWORD}`).toString('base64')}`;
    if (proxyMode === 'require-auth' && request.headers['proxy-authorization'] !== expected) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      return;
    }
    const [host, port] = (request.url ?? '').split(':');
    // The stand-in API listens on 127.0.0.1; "localhost" is what its certificate names.
    const upstream = connect(Number(port), host === 'localhost' ? '127.0.0.1' : host!);
    tunnels.add(upstream);
    upstream.on('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      client.on('data', (chunk: Buffer) => seen.relayed.push(chunk));
      client.pipe(upstream);
      upstream.pipe(client);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyPort = portOf(proxy);
}, 60000);

afterAll(async () => {
  for (const socket of tunnels) socket.destroy();
  for (const server of [api, proxy]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

beforeEach(() => {
  proxyMode = 'tunnel';
  seen.api.length = 0;
  seen.connects.length = 0;
  seen.relayed.length = 0;
});

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'audit', ...args], {
      env: {
        ...process.env,
        FIGMA_API_BASE: `https://localhost:${apiPort}`,
        FIGMA_TOKEN: TOKEN,
        NODE_EXTRA_CA_CERTS: join(fixtures, 'localhost-cert.pem'),
        HTTPS_PROXY: '', https_proxy: '', NO_PROXY: '', no_proxy: '',
        ...env,
      },
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

describe('through HTTPS_PROXY', () => {
  it('tunnels to the API with CONNECT; the proxy sees only TLS, never the token', async () => {
    const result = await run(['--file-key', 'ViaProxy'], { HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seen.connects).toEqual([{ target: `localhost:${apiPort}`, authorization: undefined }]);
    expect(seen.api).toEqual([{ url: '/v1/files/ViaProxy?plugin_data=shared', token: TOKEN }]);
    expect(Buffer.concat(seen.relayed).includes(TOKEN)).toBe(false);
    expect((JSON.parse(result.stdout) as { file: { name: string } }).file.name).toBe('Fundly onboarding v3');
  });

  it('sends the credentials of the proxy URL, and names the fix when the proxy asks for them', async () => {
    proxyMode = 'require-auth';
    const withCredentials = await run(['--file-key', 'K'], { https_proxy: `http://ci:${PROXY_PASSWORD}@127.0.0.1:${proxyPort}` });
    expect(withCredentials.code).toBe(0);
    const without = await run(['--file-key', 'K'], { https_proxy: `http://127.0.0.1:${proxyPort}` });
    expect(without.code).toBe(2);
    expect(without.stderr).toBe(`auth-flow-review: cannot reach the Figma API at localhost:${apiPort} through the proxy at 127.0.0.1:${proxyPort}: the proxy answered 407 Proxy Authentication Required to CONNECT localhost:${apiPort} (put the proxy's user and password in HTTPS_PROXY: http://user:password@host:port)\n`);
  });

  it('goes direct for a host in NO_PROXY', async () => {
    const result = await run(['--file-key', 'K'], { HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'example.com, localhost' });
    expect(result.code).toBe(0);
    expect(seen.connects).toEqual([]);
    expect(seen.api).toHaveLength(1);
  });

  it('says when the proxy itself cannot be reached', async () => {
    const closed = createNetServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = portOf(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await run(['--file-key', 'K'], { HTTPS_PROXY: `http://127.0.0.1:${port}` });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`auth-flow-review: cannot reach the proxy at 127.0.0.1:${port} (HTTPS_PROXY): connection refused\n`);
  });

  it('counts a tunnel that never opens as connecting, and times it out', async () => {
    proxyMode = 'hang';
    const result = await run(['--file-key', 'K', '--timeout', '0.5'], { HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/timed out: no connection within 0\.5 s through the proxy at 127\.0\.0\.1:\d+ \(connect timeout/);
  });

  it('never prints the token or the proxy password', () => {
    expect(outputs.length).toBeGreaterThanOrEqual(12);
    for (const text of outputs) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(PROXY_PASSWORD);
    }
  });
});

describe('which proxy', () => {
  const target = new URL('https://api.figma.com/v1/files/K');
  it('reads https_proxy before HTTPS_PROXY, with the default port and credentials', () => {
    expect(proxyFor(target, { https_proxy: 'http://a:b@lower:3128', HTTPS_PROXY: 'http://upper:8080' }))
      .toEqual({ host: 'lower', port: 3128, label: 'lower:3128', authorization: `Basic ${Buffer.from('a:b').toString('base64')}` });
    expect(proxyFor(target, { HTTPS_PROXY: 'proxy.corp' })).toEqual({ host: 'proxy.corp', port: 80, label: 'proxy.corp:80', authorization: null });
  });

  it.each([
    ['*', true], ['figma.com', true], ['.figma.com', true], ['*.figma.com', true], ['api.figma.com:443', true],
    ['api.figma.com:8443', false], ['other.com,localhost', false], ['ma.com', false],
  ])('NO_PROXY=%s bypasses it: %s', (noProxy, bypassed) => {
    expect(proxyFor(target, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy }) === null).toBe(bypassed);
  });

  it('never proxies plain http (this machine only), and refuses what it cannot use without echoing it', () => {
    expect(proxyFor(new URL('http://127.0.0.1:9/v1'), { HTTPS_PROXY: 'http://proxy:3128' })).toBeNull();
    expect(() => proxyFor(target, { HTTPS_PROXY: 'https://proxy:443' })).toThrow(/https: proxies are not supported/);
    expect(() => proxyFor(target, { HTTPS_PROXY: 'http://us er:secret@[bad' })).toThrow(/^HTTPS_PROXY is not a proxy URL \(expected http:\/\/host:port\)$/);
  });
});

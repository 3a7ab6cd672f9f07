import { describe, expect, it, vi } from 'vitest';
import { createClient, createMemoryTransportPair, createServer, ProtocolError } from '../../src/core/protocol/channel';
import type { Handlers } from '../../src/core/protocol/channel';
import type { ScanResult } from '../../src/core/protocol/messages';

function unexpected(): never {
  throw new ProtocolError('internal', 'not used in this test');
}

function handlers(overrides: Partial<Handlers>): Handlers {
  return {
    scan: unexpected,
    'cancel-scan': () => ({ cancelled: false }),
    'set-verdict': unexpected,
    'show-nodes': ({ nodeIds }) => ({ shown: nodeIds, missing: [] }),
    'publish-annotations': unexpected,
    'resolve-copy': unexpected,
    resize: (size) => size,
    notify: () => ({}),
    ...overrides,
  } as Handlers;
}

describe('protocol channel', () => {
  it('answers a typed request through one handler', async () => {
    const [panelSide, sandboxSide] = createMemoryTransportPair();
    createServer(sandboxSide, handlers({}));
    const client = createClient(panelSide);
    await expect(client.request('show-nodes', { nodeIds: ['1:2'] })).resolves.toEqual({ shown: ['1:2'], missing: [] });
  });

  it('rejects malformed params with a typed bad-request error', async () => {
    const [panelSide, sandboxSide] = createMemoryTransportPair();
    createServer(sandboxSide, handlers({}));
    const client = createClient(panelSide);
    const bad = client.request('resize', { width: -5, height: 'tall' } as never);
    await expect(bad).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('rejects unknown methods with unknown-method', async () => {
    const [panelSide, sandboxSide] = createMemoryTransportPair();
    createServer(sandboxSide, handlers({}));
    const client = createClient(panelSide);
    await expect(client.request('explode' as never, {} as never)).rejects.toMatchObject({ code: 'unknown-method' });
  });

  it('passes handler ProtocolErrors through with their code, and other throws as internal', async () => {
    const [panelSide, sandboxSide] = createMemoryTransportPair();
    createServer(
      sandboxSide,
      handlers({
        scan: () => {
          throw new ProtocolError('cancelled', 'Scan cancelled.');
        },
        notify: () => {
          throw new Error('boom');
        },
      }),
    );
    const client = createClient(panelSide);
    await expect(client.request('scan', {})).rejects.toMatchObject({ code: 'cancelled', message: 'Scan cancelled.' });
    await expect(client.request('notify', { message: 'hi' })).rejects.toMatchObject({ code: 'internal', message: 'boom' });
  });

  it('holds events until the panel is ready, then delivers them in order', async () => {
    const [panelSide, sandboxSide] = createMemoryTransportPair();
    const server = createServer(sandboxSide, handlers({}));
    server.emit('scan-progress', { scannedNodes: 1, doneFrames: 0, totalFrames: 2 });
    server.emit('scan-progress', { scannedNodes: 9, doneFrames: 1, totalFrames: 2 });
    const client = createClient(panelSide);
    const seen: number[] = [];
    client.on('scan-progress', (p) => seen.push(p.scannedNodes));
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([]);
    client.ready();
    // Delivery hops through several zero-delay timers; a fixed wait races them on a busy machine.
    await vi.waitFor(() => expect(seen).toEqual([1, 9]));
  });

  it('times out a request that gets no answer', async () => {
    const [panelSide] = createMemoryTransportPair();
    const client = createClient(panelSide);
    await expect(client.request('scan', {}, { timeoutMs: 10 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('resolves concurrent requests by id, whatever order the replies come in', async () => {
    const [panelSide, sandboxSide] = createMemoryTransportPair();
    let release: (r: ScanResult) => void = () => undefined;
    createServer(
      sandboxSide,
      handlers({ scan: () => new Promise<ScanResult>((resolve) => (release = resolve)) }),
    );
    const client = createClient(panelSide);
    const slow = client.request('scan', {});
    const fast = client.request('resize', { width: 320, height: 480 });
    await expect(fast).resolves.toEqual({ width: 320, height: 480 });
    release({ frames: [] } as unknown as ScanResult);
    await expect(slow).resolves.toMatchObject({ frames: [] });
  });
});

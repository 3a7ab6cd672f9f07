import { describe, expect, it, vi } from 'vitest';
import { createClient, createMemoryTransportPair, createServer, ProtocolError } from '../../../src/core/protocol/channel';
import type { Handlers } from '../../../src/core/protocol/channel';
import { createNotices } from '../../../ui/state/notices';
import { createScan } from '../../../ui/state/scan';
import { scanResult } from '../helpers/fixtures';

function setup(scan: () => unknown) {
  const [panelSide, sandboxSide] = createMemoryTransportPair();
  let calls = 0;
  createServer(sandboxSide, {
    scan: () => {
      calls += 1;
      return scan();
    },
  } as unknown as Handlers);
  const order: string[] = [];
  const notices = createNotices();
  const s = createScan({
    client: createClient(panelSide),
    notices,
    beforeScan: async () => {
      order.push('flush');
    },
    onResult: () => order.push('result'),
  });
  return { s, order, notices, calls: () => calls };
}

describe('scan', () => {
  it('flushes pending saves first, then applies the result and announces it', async () => {
    const { s, order, notices } = setup(() => scanResult());
    await s.scan();
    expect(order).toEqual(['flush', 'result']);
    expect(s.review.value?.frames).toHaveLength(4);
    expect(s.phase.value).toEqual({ kind: 'idle' });
    await Promise.resolve();
    expect(notices.announcement.value).toBe('Review loaded: 4 frames.');
  });

  it('queues one more scan when asked during a scan', async () => {
    const { s, calls } = setup(() => scanResult());
    const first = s.scan();
    void s.scan();
    void s.scan();
    await first;
    // The two extra requests made during the scan become one more scan, not two.
    await vi.waitFor(() => expect(s.phase.value).toEqual({ kind: 'idle' }));
    await vi.waitFor(() => expect(calls()).toBe(2));
    expect(s.phase.value).toEqual({ kind: 'idle' });
  });

  it('reports a failure, and a cancel as idle', async () => {
    let error: Error = new Error('Figma is busy');
    const { s } = setup(() => {
      throw error;
    });
    await s.scan();
    expect(s.phase.value).toEqual({ kind: 'failed', message: 'Figma is busy' });
    error = new ProtocolError('cancelled', 'Cancelled');
    await s.scan();
    expect(s.phase.value).toEqual({ kind: 'idle' });
  });
});

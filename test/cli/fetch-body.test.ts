import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BodyBuffer } from '../../src/cli/fetch/body-buffer';

function collect(chunks: Buffer[], expected?: number): Buffer {
  const body = new BodyBuffer(expected);
  for (const chunk of chunks) body.push(chunk);
  return body.finish();
}

describe('the body buffer', () => {
  const data = randomBytes(300_000);
  const chunks = [0, 1, 65_536, 70_000, 200_000, 300_000].slice(1).map((end, at, ends) => data.subarray(at === 0 ? 0 : ends[at - 1], end));

  it('gives the bytes back in order, whatever the announced size', () => {
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    for (const expected of [undefined, data.length, 1000, data.length * 2]) {
      expect(collect(chunks, expected).equals(data)).toBe(true);
    }
  });

  it('copies into one buffer of the announced size, so the chunks can go', () => {
    const body = collect(chunks, data.length);
    expect(body.buffer.byteLength).toBe(data.length);
    for (const chunk of chunks) expect(body.buffer).not.toBe(chunk.buffer);
  });

  it('is empty when nothing arrived, and lets go of the bytes once finished', () => {
    expect(collect([]).length).toBe(0);
    const body = new BodyBuffer(10);
    body.push(Buffer.from('0123456789'));
    expect(body.finish().toString()).toBe('0123456789');
    expect(body.finish().length).toBe(0);
  });
});

/**
 * Collects a response body as it arrives into one Buffer for the byte scanner, copying each
 * chunk in and letting it go, so the body is held once. With the size announced the buffer
 * has that size from the start; otherwise it doubles as needed. Pages past the written end
 * are never touched, so the slack of a doubled buffer costs address space, not memory.
 */
import { constants } from 'node:buffer';
import { collectGarbageNow } from '../release-memory';

/**
 * Each network or inflate chunk is a fresh Buffer outside the JS heap, garbage once copied;
 * V8 collects them late, so a 50 MB download would peak at the body plus most of its chunks.
 * A collection every few MB keeps that garbage small (a few ms each on the small heap).
 */
const COLLECT_EVERY_BYTES = 8e6;
const FIRST_CAPACITY = 64 * 1024;

export class BodyBuffer {
  private buffer: Buffer | null = null;
  private collectedAt = 0;
  length = 0;

  constructor(expectedBytes?: number) {
    if (expectedBytes !== undefined && expectedBytes > 0 && expectedBytes <= constants.MAX_LENGTH) {
      this.buffer = Buffer.allocUnsafe(expectedBytes);
    }
  }

  push(chunk: Buffer): void {
    const end = this.length + chunk.length;
    if (this.buffer === null || end > this.buffer.length) this.grow(end);
    chunk.copy(this.buffer!, this.length);
    this.length = end;
    if (this.length - this.collectedAt >= COLLECT_EVERY_BYTES) {
      this.collectedAt = this.length;
      collectGarbageNow();
    }
  }

  /** The body; the collector lets go of it, so only the caller holds it (the stream may linger). */
  finish(): Buffer {
    const buffer = this.buffer;
    this.buffer = null;
    if (buffer === null) return Buffer.alloc(0);
    return this.length === buffer.length ? buffer : buffer.subarray(0, this.length);
  }

  private grow(needed: number): void {
    let capacity = Math.max(FIRST_CAPACITY, (this.buffer?.length ?? 0) * 2);
    while (capacity < needed) capacity *= 2;
    capacity = Math.min(capacity, constants.MAX_LENGTH);
    if (capacity < needed) throw new RangeError(`a response body over ${constants.MAX_LENGTH} bytes`);
    const next = Buffer.allocUnsafe(capacity);
    this.buffer?.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}

/**
 * Collects a response body as it arrives into one Buffer for the byte scanner. When the size
 * is known up front the chunks are copied straight into a buffer of that size, so the body
 * is held once; otherwise the chunks are joined at the end.
 */
import { constants } from 'node:buffer';
import { collectGarbageNow } from '../release-memory';

/**
 * Each network or inflate chunk is a fresh Buffer outside the JS heap, garbage once copied;
 * V8 collects them late, so a 50 MB download would peak at the body plus most of its chunks.
 * A collection every few MB keeps that garbage small (a few ms each on the small heap).
 */
const COLLECT_EVERY_BYTES = 8e6;

export class BodyBuffer {
  private whole: Buffer | null = null;
  private chunks: Buffer[] = [];
  private collectedAt = 0;
  length = 0;

  constructor(expectedBytes?: number) {
    if (expectedBytes !== undefined && expectedBytes > 0 && expectedBytes <= constants.MAX_LENGTH) {
      this.whole = Buffer.allocUnsafe(expectedBytes);
    }
  }

  push(chunk: Buffer): void {
    if (this.whole !== null) {
      if (this.length + chunk.length <= this.whole.length) {
        chunk.copy(this.whole, this.length);
        this.length += chunk.length;
        if (this.length - this.collectedAt >= COLLECT_EVERY_BYTES) {
          this.collectedAt = this.length;
          collectGarbageNow();
        }
        return;
      }
      // More than announced: keep what arrived and carry on joining chunks.
      this.chunks.push(this.whole.subarray(0, this.length));
      this.whole = null;
    }
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** The body; the collector lets go of it, so only the caller holds it (the stream may linger). */
  finish(): Buffer {
    const whole = this.whole;
    this.whole = null;
    if (whole !== null) return this.length === whole.length ? whole : whole.subarray(0, this.length);
    const only = this.chunks.length === 1 ? this.chunks[0] : undefined;
    const body = only ?? Buffer.concat(this.chunks, this.length);
    this.chunks = [];
    return body;
  }
}

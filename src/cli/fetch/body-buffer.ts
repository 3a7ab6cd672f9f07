/**
 * Collects a response body as it arrives into one Buffer for the byte scanner. When the size
 * is known up front the chunks are copied straight into a buffer of that size, so the body
 * is held once; otherwise the chunks are joined at the end.
 */
import { constants } from 'node:buffer';

export class BodyBuffer {
  private whole: Buffer | null = null;
  private chunks: Buffer[] = [];
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
        return;
      }
      // More than announced: keep what arrived and carry on joining chunks.
      this.chunks.push(this.whole.subarray(0, this.length));
      this.whole = null;
    }
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  finish(): Buffer {
    if (this.whole !== null) return this.length === this.whole.length ? this.whole : this.whole.subarray(0, this.length);
    const only = this.chunks.length === 1 ? this.chunks[0] : undefined;
    const body = only ?? Buffer.concat(this.chunks, this.length);
    this.chunks = [];
    return body;
  }
}

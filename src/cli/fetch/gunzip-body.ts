/**
 * Inflates a gzip body into a buffer of its final size. A gzip member ends with the
 * uncompressed size (mod 2^32); with it the output is written once instead of being joined
 * from chunks, which would briefly hold the file twice.
 */
import { constants } from 'node:buffer';
import { createGunzip } from 'node:zlib';
import { BodyBuffer } from './body-buffer';

/** Deflate cannot do better than about 1032:1; a larger trailer is not this body's size. */
const MAX_RATIO = 1100;

/**
 * Calls back rather than resolving a promise: the inflate stream lives on until the event loop
 * turns, and through a promise's stored value it would keep the body alive that long.
 */
export function gunzipBody(compressed: Buffer, done: (error: Error | null, body: Buffer | null) => void): void {
  const trailer = compressed.length >= 18 ? compressed.readUInt32LE(compressed.length - 4) : 0;
  const plausible = trailer > 0 && trailer <= compressed.length * MAX_RATIO && trailer <= constants.MAX_LENGTH;
  const out = new BodyBuffer(plausible ? trailer : undefined);
  const gunzip = createGunzip();
  gunzip.on('data', (chunk: Buffer) => out.push(chunk));
  gunzip.on('end', () => done(null, out.finish()));
  gunzip.on('error', (error) => done(error, null));
  gunzip.end(compressed);
}

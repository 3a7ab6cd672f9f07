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

export function gunzipBody(compressed: Buffer): Promise<Buffer> {
  const trailer = compressed.length >= 18 ? compressed.readUInt32LE(compressed.length - 4) : 0;
  const plausible = trailer > 0 && trailer <= compressed.length * MAX_RATIO && trailer <= constants.MAX_LENGTH;
  const out = new BodyBuffer(plausible ? trailer : undefined);
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    gunzip.on('data', (chunk: Buffer) => out.push(chunk));
    gunzip.on('end', () => resolve(out.finish()));
    gunzip.on('error', reject);
    gunzip.end(compressed);
  });
}

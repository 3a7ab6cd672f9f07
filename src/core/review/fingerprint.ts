/**
 * A short, stable digest of how a frame looks and reads, so a frame edited after its
 * review can be flagged. Ids are left out (duplicates and re-created layers keep their
 * fingerprint); sizes are rounded so sub-pixel noise does not count as an edit.
 */
import type { SnapshotFrame } from '../model/snapshot';

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value) : 0;
}

/** Two independent 32-bit FNV-1a style lanes: 64 bits is plenty to tell edits apart. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  const hex = (n: number): string => ('0000000' + (n >>> 0).toString(16)).slice(-8);
  return hex(a) + hex(b);
}

export function fingerprintFrame(frame: SnapshotFrame): string {
  const parts: string[] = [`${frame.type}|${round(frame.width)}x${round(frame.height)}`];
  for (const node of frame.nodes) {
    parts.push(
      [node.depth, node.type, node.name, node.text ?? '', node.componentName ?? '', `${round(node.width)}x${round(node.height)}`].join('\u001f'),
    );
  }
  return 'v1:' + hash(parts.join('\u001e'));
}

function schemeOf(fingerprint: string): string | null {
  const colon = fingerprint.indexOf(':');
  return colon > 0 ? fingerprint.slice(0, colon) : null;
}

/**
 * Whether a frame's design changed since the fingerprint stored at its review. A stored
 * fingerprint from another scheme (an older or newer digest, or one written by another
 * tool) cannot tell, and saying "changed" for every frame would only be noise.
 */
export function changedSince(stored: string, current: string): boolean {
  const scheme = schemeOf(stored);
  if (scheme === null || scheme !== schemeOf(current)) return false;
  return stored !== current;
}

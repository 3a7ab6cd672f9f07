import { describe, expect, it } from 'vitest';
import { fingerprintFrame } from '../../src/core/review/fingerprint';
import type { SnapshotFrame } from '../../src/core/model/snapshot';

const frame = (text: string, width = 120.2, idPrefix = '1'): SnapshotFrame => ({
  id: `${idPrefix}:1`,
  name: 'Connect',
  type: 'FRAME',
  pageId: '0:1',
  pageName: 'Onboarding',
  x: 0,
  y: 0,
  width: 375,
  height: 812,
  nodes: [
    { id: `${idPrefix}:2`, type: 'TEXT', name: 'Title', parentId: `${idPrefix}:1`, depth: 1, text, x: 10, y: 10, width, height: 20 },
    { id: `${idPrefix}:3`, type: 'INSTANCE', name: 'Button', parentId: `${idPrefix}:1`, depth: 1, componentName: 'Button/Primary', x: 10, y: 50, width: 200, height: 44 },
  ],
});

describe('fingerprintFrame', () => {
  it('ignores ids and sub-pixel size noise', () => {
    expect(fingerprintFrame(frame('Connect your bank'))).toBe(fingerprintFrame(frame('Connect your bank', 120.4, '9')));
  });
  it('changes when text or sizes change', () => {
    const base = fingerprintFrame(frame('Connect your bank'));
    expect(fingerprintFrame(frame('Connect your bank account'))).not.toBe(base);
    expect(fingerprintFrame(frame('Connect your bank', 160))).not.toBe(base);
  });
});

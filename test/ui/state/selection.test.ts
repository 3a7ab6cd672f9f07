import { describe, expect, it } from 'vitest';
import type { SelectionInfo } from '../../../src/core/protocol/messages';
import { createSelection } from '../../../ui/state/selection';

const sel = (...ids: string[]): SelectionInfo => ({ source: 'selection', pageName: 'P', frames: ids.map((id) => ({ id, name: id, type: 'FRAME' })), ignoredCount: 0 });

describe('selection', () => {
  it('treats the selection a Show causes inside the reviewed frames as its echo, once', () => {
    let now = 1000;
    const s = createSelection(null, () => now);
    const reviewed = new Set(['1:1', '1:2']);
    s.expectShow();
    now += 10;
    expect(s.isShowEcho(sel('1:1'), reviewed)).toBe(true);
    // Consumed: the next selection is the reviewer's own.
    expect(s.isShowEcho(sel('1:1'), reviewed)).toBe(false);
  });

  it('never treats a selection outside the reviewed frames, or a late one, as an echo', () => {
    let now = 1000;
    const s = createSelection(null, () => now);
    s.expectShow();
    expect(s.isShowEcho(sel('9:9'), new Set(['1:1']))).toBe(false);
    s.expectShow();
    now += 60000;
    expect(s.isShowEcho(sel('1:1'), new Set(['1:1']))).toBe(false);
  });

  it('marks the selection as covered by a scan', () => {
    const s = createSelection(sel('1:1'));
    s.selectionChanged.value = true;
    s.covered(sel('1:2'));
    expect(s.selectionChanged.value).toBe(false);
    expect(s.selection.value?.frames[0]?.id).toBe('1:2');
  });
});

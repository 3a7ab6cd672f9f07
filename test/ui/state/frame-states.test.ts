import { describe, expect, it } from 'vitest';
import type { FrameReviewState } from '../../../src/core/protocol/messages';
import { createFrameStates } from '../../../ui/state/frame-states';

const state = (frameId: string, changed: boolean): FrameReviewState => ({ frameId, changedSinceReview: changed, reviewedAt: '2026-11-20T10:00:00.000Z', copiedFrom: null });

describe('frame states', () => {
  it('remembers the changed frames an item was judged against, until a scan', () => {
    const f = createFrameStates();
    f.replace([state('1:1', true), state('1:2', false)]);
    f.acknowledge('funnel.cta-visible', ['1:1', '1:2']);
    // Only frames that were changed at the time are acknowledged.
    expect(f.acknowledged.value['funnel.cta-visible']).toEqual(['1:1']);
    f.replace([state('1:1', true)]);
    expect(f.acknowledged.value).toEqual({});
  });

  it('keeps an acknowledgement while its frame stays changed, and drops it once the frame recovers', () => {
    const f = createFrameStates();
    f.replace([state('1:1', true)]);
    f.acknowledge('funnel.cta-visible', ['1:1']);
    f.update([state('1:1', true)]);
    expect(f.acknowledged.value['funnel.cta-visible']).toEqual(['1:1']);
    f.update([state('1:1', false)]);
    expect(f.acknowledged.value['funnel.cta-visible']).toBeUndefined();
    // A new change after that is news again.
    f.update([state('1:1', true)]);
    expect(f.acknowledged.value['funnel.cta-visible']).toBeUndefined();
  });

  it('merges partial updates into the known states', () => {
    const f = createFrameStates();
    f.replace([state('1:1', false), state('1:2', false)]);
    f.update([state('1:2', true)]);
    expect(f.frameStates.value.map((s) => [s.frameId, s.changedSinceReview])).toEqual([
      ['1:1', false],
      ['1:2', true],
    ]);
  });

  it('forgets every review mark when the review is reset', () => {
    const f = createFrameStates();
    f.replace([{ ...state('1:1', true), copiedFrom: '1:9' }]);
    f.clear();
    expect(f.frameStates.value).toEqual([{ frameId: '1:1', changedSinceReview: false, reviewedAt: null, copiedFrom: null }]);
  });
});

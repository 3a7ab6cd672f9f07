import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createClient, createMemoryTransportPair, createServer, ProtocolError } from '../../../src/core/protocol/channel';
import type { Handlers } from '../../../src/core/protocol/channel';
import type { ExistingReviewSummary, ScanResult } from '../../../src/core/protocol/messages';
import { createFrameStates } from '../../../ui/state/frame-states';
import { createNotices } from '../../../ui/state/notices';
import { createReviewActions } from '../../../ui/state/review-actions';
import { createVerdicts } from '../../../ui/state/verdicts';
import { scanResult, verdict } from '../helpers/fixtures';

function setup(handlers: Partial<Handlers>) {
  const [panelSide, sandboxSide] = createMemoryTransportPair();
  const order: string[] = [];
  createServer(sandboxSide, {
    'set-verdict': (p: { itemId: 'funnel.prefill'; status: 'pass'; note: string }) => {
      order.push('set-verdict');
      return { verdict: { ...p, by: 'Ada', at: 'now', frameId: '1:1' }, savedAt: 'now', annotations: { ok: true } };
    },
    ...handlers,
  } as unknown as Handlers);
  const client = createClient(panelSide);
  const notices = createNotices();
  const verdicts = createVerdicts({ client, canEdit: () => true, debounceMs: 1000 });
  const frames = createFrameStates();
  const review = signal<ScanResult | null>(scanResult({ verdicts: [verdict('funnel.prefill', 'pass')] }));
  const existingReview = signal<ExistingReviewSummary | null>({ reviewed: 1, needsWork: 0, total: 29 });
  let resets = 0;
  const actions = createReviewActions({ client, notices, verdicts, frames, review, existingReview, stale: signal(null), onReset: () => (resets += 1) });
  return { actions, verdicts, review, existingReview, notices, order, resets: () => resets };
}

describe('review actions', () => {
  it('sends waiting notes first, then resets and forgets the review locally', async () => {
    const t = setup({
      'reset-review': () => {
        t.order.push('reset-review');
        return { clearedItems: 1, clearedFrames: 1, annotations: { ok: true } };
      },
    });
    t.verdicts.replace([verdict('funnel.prefill', 'pass')]);
    t.verdicts.setNote('funnel.prefill', 'typed just before');
    expect(await t.actions.resetReview()).toBe(true);
    expect(t.order).toEqual(['set-verdict', 'reset-review']);
    expect(t.verdicts.verdicts.value).toEqual({});
    expect(t.existingReview.value).toBeNull();
    expect(t.review.value?.publishable).toBe(0);
    expect(t.resets()).toBe(1);
  });

  it('keeps everything when the reset fails, and says why', async () => {
    const t = setup({
      'reset-review': () => {
        throw new ProtocolError('read-only', 'This review is read-only.');
      },
    });
    t.verdicts.replace([verdict('funnel.prefill', 'pass')]);
    expect(await t.actions.resetReview()).toBe(false);
    expect(t.verdicts.verdictOf('funnel.prefill').status).toBe('pass');
    expect(t.notices.notices.value.map((n) => n.text)).toEqual(['Couldn’t reset the review: This review is read-only.']);
  });

  it('publishes and reports how many annotations were written', async () => {
    const t = setup({ 'publish-annotations': () => ({ written: 1, annotations: { ok: true } }) });
    expect(t.actions.publishable()).toBe(1);
    await t.actions.publishAnnotations();
    expect(t.actions.published.value).toBe('Published 1 annotation.');
  });
});

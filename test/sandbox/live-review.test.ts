/**
 * While the plugin is open: another reviewer's save reaches this panel as review-changed
 * (who changed what), a designer's edit of a reviewed frame as frames-changed, a deleted
 * frame as review-stale; the plugin's own writes are never news and never count as edits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/core/checklist/types';
import type { EventMap, ScanResult } from '../../src/core/protocol/messages';
import { chooseAnchor } from '../../src/sandbox/storage/anchor';
import { FakeFigma } from '../../fake-figma';
import type { FakeNode } from '../../fake-figma';
import { sampleFlow } from './helpers/sample-flow';
import type { Reviewer, TwoReviewers } from './helpers/two-reviewers';
import { openTwoReviewers } from './helpers/two-reviewers';

let open: TwoReviewers | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const DEBOUNCE = 20;

/** Wait until `ready` holds (events arrive after the debounce and a re-read), failing after a generous bound. */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !ready(); i++) await wait(DEBOUNCE);
  expect(ready()).toBe(true);
}

function eventsOf<E extends keyof EventMap>(reviewer: Reviewer, name: E): EventMap[E][] {
  return reviewer.events.filter((e) => e.name === name).map((e) => e.payload as EventMap[E]);
}

async function twoOnSample(): Promise<{ two: TwoReviewers; flow: ReturnType<typeof sampleFlow>; scan: ScanResult }> {
  const flow = sampleFlow(new FakeFigma());
  const two = await openTwoReviewers(flow.fake, ['Ana', 'Ben'], { live: { debounceMs: DEBOUNCE } });
  open = two;
  const scan = await two.a.client.request('scan', {});
  await two.b.client.request('scan', {});
  return { two, flow, scan };
}

describe('live awareness', () => {
  it("shows another reviewer's save in the open panel without a rescan", async () => {
    const { two } = await twoOnSample();
    await two.b.client.request('set-verdict', { itemId: 'privacy.trust-language', status: 'needs-work', note: 'Say how' });
    await until(() => eventsOf(two.a, 'review-changed').length > 0);
    await wait(DEBOUNCE * 5);
    const changed = eventsOf(two.a, 'review-changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.remote).toBe(true);
    expect(changed[0]?.changes).toEqual([{ itemId: 'privacy.trust-language', status: 'needs-work', by: 'Ben' }]);
    expect(changed[0]?.verdicts.find((v) => v.itemId === 'privacy.trust-language')).toMatchObject({ status: 'needs-work', note: 'Say how', by: 'Ben' });
    // The saver's own panel hears nothing about its own save.
    expect(eventsOf(two.b, 'review-changed')).toEqual([]);
  });

  it('tells the panel when another reviewer resets the review', async () => {
    const { two } = await twoOnSample();
    await two.a.client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' });
    await until(() => eventsOf(two.b, 'review-changed').length > 0);
    await two.b.client.request('reset-review', {});
    await until(() => eventsOf(two.a, 'review-changed').length > 0);
    const last = eventsOf(two.a, 'review-changed').pop();
    expect(last?.changes).toEqual([{ itemId: 'value.faq-link', status: 'unreviewed', by: null }]);
    expect(last?.verdicts.every((v) => v.status === 'unreviewed')).toBe(true);
  });

  it("tells the reviewer's own panel when an undo takes a save back", async () => {
    const { two, flow } = await twoOnSample();
    const saved = await two.a.client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' });
    await wait(DEBOUNCE * 5);
    expect(eventsOf(two.a, 'review-changed')).toEqual([]);
    // What Figma's undo does to plugin data: the reviewer's own (LOCAL) change, not made by the plugin.
    const holder = flow.fake.node(saved.verdict.frameId as string);
    two.a.fake.asWriter(() => holder.setSharedPluginData('authflowreview', 'item:value.faq-link', ''));
    await until(() => eventsOf(two.a, 'review-changed').length > 0);
    expect(eventsOf(two.a, 'review-changed')[0]).toMatchObject({ remote: false, changes: [{ itemId: 'value.faq-link', status: 'unreviewed', by: null }] });
  });

  it("never counts the plugin's own writes as design changes, but does count a designer's edit", async () => {
    const { two, flow } = await twoOnSample();
    await two.a.client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' });
    await two.a.client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' });
    await wait(DEBOUNCE * 10);
    for (const reviewer of [two.a, two.b]) {
      for (const event of eventsOf(reviewer, 'frames-changed')) expect(event.frameStates.filter((s) => s.changedSinceReview)).toEqual([]);
    }
    const heading = flow.connect.findByName('Connect your accounting software') as FakeNode & { characters: string };
    heading.characters = 'Link your bank';
    const flagged = (reviewer: Reviewer): boolean =>
      eventsOf(reviewer, 'frames-changed').some((e) => e.frameStates.some((s) => s.frameId === flow.connect.rawId && s.changedSinceReview));
    await until(() => flagged(two.a) && flagged(two.b));
    for (const reviewer of [two.a, two.b]) {
      const last = eventsOf(reviewer, 'frames-changed').pop();
      expect(last?.frameStates.find((s) => s.frameId === flow.connect.rawId)?.changedSinceReview).toBe(true);
    }
  });

  it('a verdict given after the edit is judged against the design as it is now', async () => {
    const { two, flow, scan } = await twoOnSample();
    const onConnect = (['funnel.cta-visible', 'privacy.trust-language', 'privacy.disconnect-anytime'] as ItemId[]).find(
      (id) => chooseAnchor(id, scan.findings, scan.frames.map((f) => f.id)) === flow.connect.rawId,
    ) as ItemId;
    await two.a.client.request('set-verdict', { itemId: onConnect, status: 'pass', note: '' });
    const heading = flow.connect.findByName('Connect your accounting software') as FakeNode & { characters: string };
    heading.characters = 'Link your bank';
    const connectState = (reviewer: Reviewer) => eventsOf(reviewer, 'frames-changed').pop()?.frameStates.find((s) => s.frameId === flow.connect.rawId);
    await until(() => connectState(two.a)?.changedSinceReview === true);
    await two.a.client.request('set-verdict', { itemId: onConnect, status: 'needs-work', note: 'The new heading hides the value' });
    await until(() => connectState(two.a)?.changedSinceReview === false);
  });

  it('sends review-stale when a frame of the review is deleted', async () => {
    const { two, flow } = await twoOnSample();
    await two.a.client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' });
    flow.done.remove();
    await until(() => eventsOf(two.a, 'review-stale').length > 0);
    expect(eventsOf(two.a, 'review-stale')).toEqual([{ reason: 'A frame in this review was deleted.' }]);
  });

  it('follows the reviewer to another page', async () => {
    const { two, flow } = await twoOnSample();
    const library = flow.fake.document._children[1] as FakeNode;
    expect(two.a.fake.nodeChangeListenerCount(flow.fake.currentPage.rawId)).toBe(1);
    await two.a.fake.invoke(() => void figma.setCurrentPageAsync(two.a.fake.view(library) as unknown as PageNode));
    await until(() => two.a.fake.nodeChangeListenerCount(library.rawId) === 1);
    expect(two.a.fake.nodeChangeListenerCount(flow.fake.currentPage.rawId)).toBe(0);
    expect(two.a.fake.nodeChangeListenerCount(library.rawId)).toBe(1);
  });
});

/**
 * What a reviewer must be able to trust: a verdict just given is not flagged as stale,
 * cleared verdicts and a reset leave nothing behind that claims a review, a refused save
 * writes nothing, and publishing with nothing to publish changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/core/checklist/types';
import type { EventMap } from '../../src/core/protocol/messages';
import { FRAME_KEY, itemKey, REVIEW_KEY } from '../../src/core/review/keys';
import { PLUGIN_DATA_NAMESPACE } from '../../src/core/review/types';
import { chooseAnchor } from '../../src/sandbox/storage/anchor';
import { RELAUNCH_COMMAND } from '../../src/sandbox/storage/relaunch';
import { FakeFigma } from '../../fake-figma';
import type { FakeNode, StoredAnnotation } from '../../fake-figma';
import { openPlugin } from './helpers/panel';
import type { OpenPlugin } from './helpers/panel';
import { sampleFlow } from './helpers/sample-flow';

let open: OpenPlugin | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

const FOREIGN = [{ label: 'Spec: 16px padding' }];
const isOurs = (a: StoredAnnotation): boolean => /Auth Flow Review · /.test(a.labelMarkdown ?? a.label ?? '');

function ourEntries(fake: FakeFigma): string[] {
  const out: string[] = [];
  for (const node of fake.ctx.nodes.values()) {
    for (const key of node._pluginData.get(PLUGIN_DATA_NAMESPACE)?.keys() ?? []) out.push(`${node.rawId} ${key}`);
  }
  return out.sort();
}

function relaunchTexts(fake: FakeFigma): string[] {
  const out: string[] = [];
  for (const node of fake.ctx.nodes.values()) if (node._relaunchData[RELAUNCH_COMMAND] !== undefined) out.push(`${node._name}: ${node._relaunchData[RELAUNCH_COMMAND]}`);
  return out;
}

function ourAnnotationCount(fake: FakeFigma): number {
  let count = 0;
  for (const node of fake.ctx.nodes.values()) count += node.storedAnnotations.filter(isOurs).length;
  return count;
}

async function scanned(fake?: FakeFigma) {
  const flow = sampleFlow(fake ?? new FakeFigma());
  flow.connect.setStoredAnnotations(FOREIGN);
  open = await openPlugin(flow.fake, { live: { debounceMs: 600000 } });
  const events: { name: string; payload: unknown }[] = [];
  open.client.on('frames-changed', (payload) => events.push({ name: 'frames-changed', payload }));
  const scan = await open.client.request('scan', {});
  return { flow, scan, events, client: open.client };
}

describe('a verdict just given is not stale', () => {
  it('does not flag a frame whose stored fingerprint comes from another scheme', async () => {
    const flow = sampleFlow(new FakeFigma());
    const record = { schemaVersion: 2, reviewId: 'r1', frameId: flow.connect.rawId, fingerprint: 'fp-1-80', reviewedAt: '2026-01-01T00:00:00.000Z', reviewedBy: 'Maya' };
    flow.connect.setSharedPluginData(PLUGIN_DATA_NAMESPACE, FRAME_KEY, JSON.stringify(record));
    open = await openPlugin(flow.fake, { live: { debounceMs: 600000 } });
    const scan = await open.client.request('scan', {});
    expect(scan.frameStates.find((s) => s.frameId === flow.connect.rawId)).toMatchObject({ changedSinceReview: false, reviewedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('reports the judged frame as unchanged right after the save, without a rescan', async () => {
    const flow = sampleFlow(new FakeFigma());
    // Reviewed before, in a design that has changed since.
    const record = { schemaVersion: 2, reviewId: 'r1', frameId: flow.connect.rawId, fingerprint: 'v1:00000000deadbeef', reviewedAt: '2026-01-01T00:00:00.000Z', reviewedBy: 'Maya' };
    flow.connect.setSharedPluginData(PLUGIN_DATA_NAMESPACE, FRAME_KEY, JSON.stringify(record));
    open = await openPlugin(flow.fake, { live: { debounceMs: 600000 } });
    const changed: EventMap['frames-changed'][] = [];
    open.client.on('frames-changed', (payload) => changed.push(payload));
    const scan = await open.client.request('scan', {});
    expect(scan.frameStates.find((s) => s.frameId === flow.connect.rawId)?.changedSinceReview).toBe(true);
    const itemId = (['funnel.cta-visible', 'privacy.trust-language', 'privacy.disconnect-anytime'] as ItemId[]).find(
      (id) => chooseAnchor(id, scan.findings, scan.frames.map((f) => f.id)) === flow.connect.rawId,
    ) as ItemId;
    await open.client.request('set-verdict', { itemId, status: 'pass', note: '' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changed.pop()?.frameStates.find((s) => s.frameId === flow.connect.rawId)?.changedSinceReview).toBe(false);
  });
});

describe('clearing and resetting', () => {
  it('clearing every verdict through the protocol leaves no records, relaunch buttons or annotations of ours', async () => {
    const { flow, client } = await scanned();
    await client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' });
    await client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' });
    expect(relaunchTexts(flow.fake).length).toBeGreaterThan(0);
    await client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'unreviewed', note: '' });
    expect(relaunchTexts(flow.fake)).toContain('Sign up: 1 of 29 reviewed');
    const cleared = await client.request('set-verdict', { itemId: 'value.faq-link', status: 'unreviewed', note: '' });
    expect(cleared.verdict).toMatchObject({ itemId: 'value.faq-link', status: 'unreviewed', frameId: null });
    expect(ourEntries(flow.fake)).toEqual([]);
    expect(relaunchTexts(flow.fake)).toEqual([]);
    expect(ourAnnotationCount(flow.fake)).toBe(0);
    expect(flow.connect.storedAnnotations).toEqual(FOREIGN);
    const again = await client.request('scan', {});
    expect(again.frameStates.every((s) => s.reviewedAt === null)).toBe(true);
  });

  it('reset-review removes our records, relaunch buttons and annotations, keeps others, in one undo step', async () => {
    const { flow, client } = await scanned();
    await client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' });
    await client.request('set-verdict', { itemId: 'privacy.trust-language', status: 'needs-work', note: 'Encryption?' });
    await client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' });
    // Someone's entry we cannot read stays.
    flow.done.setSharedPluginData(PLUGIN_DATA_NAMESPACE, itemKey('connection.delete'), '{broken');
    const undoSteps = flow.fake.commitUndoCount;
    const result = await client.request('reset-review', {});
    expect(result).toEqual({ clearedItems: 3, clearedFrames: 4, annotations: { ok: true } });
    expect(flow.fake.commitUndoCount).toBe(undoSteps + 1);
    expect(ourEntries(flow.fake)).toEqual([`${flow.done.rawId} item:connection.delete`]);
    expect(relaunchTexts(flow.fake)).toEqual([]);
    expect(ourAnnotationCount(flow.fake)).toBe(0);
    expect(flow.connect.storedAnnotations).toEqual(FOREIGN);
    const again = await client.request('scan', {});
    expect(again.verdicts.filter((v) => v.status !== 'unreviewed')).toEqual([]);
  });
});

describe('a refused save', () => {
  it('writes nothing and commits no undo step when the anchor frame holds a corrupt record', async () => {
    const { flow, scan, client } = await scanned();
    const itemId: ItemId = 'funnel.cta-visible';
    const anchorId = chooseAnchor(itemId, scan.findings, scan.frames.map((f) => f.id)) as string;
    const anchor = flow.fake.node(anchorId) as FakeNode;
    anchor.setSharedPluginData(PLUGIN_DATA_NAMESPACE, FRAME_KEY, '{"schemaVersion":2,"reviewId":');
    const before = ourEntries(flow.fake);
    const undoSteps = flow.fake.commitUndoCount;
    await expect(client.request('set-verdict', { itemId, status: 'pass', note: '' })).rejects.toMatchObject({ code: 'storage-failed' });
    expect(ourEntries(flow.fake)).toEqual(before);
    expect(anchor.getSharedPluginData(PLUGIN_DATA_NAMESPACE, itemKey(itemId))).toBe('');
    expect(flow.fake.commitUndoCount).toBe(undoSteps);
    expect(relaunchTexts(flow.fake)).toEqual([]);
    const again = await client.request('scan', {});
    expect(again.verdicts.find((v) => v.itemId === itemId)?.status).toBe('unreviewed');
  });

  it('writes nothing when the document record cannot be read', async () => {
    const { flow, client } = await scanned();
    flow.fake.document.setSharedPluginData(PLUGIN_DATA_NAMESPACE, REVIEW_KEY, 'not json');
    await expect(client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' })).rejects.toMatchObject({ code: 'storage-failed' });
    expect(ourEntries(flow.fake)).toEqual([`${flow.fake.document.rawId} review`]);
  });
});

describe('publishing with nothing to publish', () => {
  it('in Dev Mode on an unreviewed file creates no categories and no undo step', async () => {
    const { flow, client, scan } = await scanned(new FakeFigma({ editorType: 'dev' }));
    expect(scan.publishable).toBe(0);
    const categories = flow.fake.categories.categories.length;
    const result = await client.request('publish-annotations', {});
    expect(result).toEqual({ written: 0, annotations: { ok: true } });
    expect(flow.fake.categories.categories.length).toBe(categories);
    expect(flow.fake.commitUndoCount).toBe(0);
    expect(ourEntries(flow.fake)).toEqual([]);
  });
});

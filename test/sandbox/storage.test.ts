import { afterEach, describe, expect, it } from 'vitest';
import { readStoredReview } from '../../src/core/review/read';
import { utf8Length } from '../../src/core/review/serialise';
import { PLUGIN_DATA_NAMESPACE, RECORD_VERSION, MAX_NOTE_LENGTH, HISTORY_LIMIT } from '../../src/core/review/types';
import { buildScanResult } from '../../src/sandbox/review/scan-result';
import { Session } from '../../src/sandbox/session/session';
import { loadReview } from '../../src/sandbox/storage/load-review';
import { resolveCopyHandler } from '../../src/sandbox/handlers/resolve-copy';
import { FakeFigma, installFakeFigma, PLUGIN_DATA_LIMIT_BYTES } from '../../fake-figma';
import type { FakeFigmaHandle, FakeNode } from '../../fake-figma';
import { scanContext } from './helpers/context';
import { sampleFlow } from './helpers/sample-flow';
import type { SampleFlow } from './helpers/sample-flow';
import { verdictSetter } from './helpers/verdicts';

let handle: FakeFigmaHandle | null = null;
afterEach(() => {
  handle?.uninstall();
  handle = null;
});

async function setup(options: { editorType?: 'figma' | 'dev' } = {}) {
  const flow = sampleFlow(new FakeFigma({ editorType: options.editorType }));
  handle = installFakeFigma(flow.fake);
  const session = new Session();
  const connectText = flow.connect.findByName('Connect your accounting software') as FakeNode;
  session.last = await scanContext(
    { 'privacy.trust-language': [flow.trustGroup.rawId], 'funnel.cta-visible': [flow.connectButton.rawId], 'value.three-part': [connectText.rawId] },
    flow.connect.rawId,
  );
  return { flow, session, set: verdictSetter(session) };
}

const entries = (node: FakeNode): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const key of node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)) out[key] = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
  return out;
};

function allEntries(flow: SampleFlow): string[] {
  const out: string[] = [];
  for (const node of flow.fake.ctx.nodes.values()) for (const value of Object.values(entries(node))) out.push(value);
  return out;
}

describe('review storage', () => {
  it('anchors a verdict on its evidence frame, one undo step per save, with a relaunch button', async () => {
    const { flow, set } = await setup();
    const result = await set('funnel.cta-visible', 'needs-work', 'Make it bigger');
    expect(result.verdict).toMatchObject({ itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Make it bigger', by: 'Dana Designer', frameId: flow.connect.rawId });
    expect(flow.fake.commitUndoCount).toBe(1);
    const stored = JSON.parse(entries(flow.connect)['item:funnel.cta-visible'] ?? '{}');
    expect(stored).toMatchObject({ schemaVersion: RECORD_VERSION, frameId: flow.connect.rawId, status: 'needs-work', history: [] });
    expect(flow.connect.getRelaunchData()).toEqual({ 'open-review': '1 of 29 reviewed' });
    // Items without evidence go to the connect frame; the document lists the scope in flow order.
    await set('privacy.mutual-nda', 'not-applicable');
    expect(entries(flow.connect)['item:privacy.mutual-nda']).toBeDefined();
    expect(flow.fake.commitUndoCount).toBe(2);
    const document = JSON.parse(entries(flow.fake.document as unknown as FakeNode).review ?? '{}');
    expect(document.frameIds).toEqual([flow.signUp, flow.value, flow.connect, flow.done].map((n) => n.rawId));
    expect(flow.signUp.getRelaunchData()).toEqual({ 'open-review': '2 of 29 reviewed' });
  });

  it('restores everything after the file is reopened', async () => {
    const { flow, set } = await setup();
    await set('funnel.cta-visible', 'pass', 'Clear');
    await set('privacy.trust-language', 'needs-work', 'Say "encrypted"');
    await set('funnel.cta-visible', 'needs-work', 'Moved below the fold');
    const saved = flow.fake.exportMutableState();
    handle?.uninstall();

    const reopened = sampleFlow(new FakeFigma());
    reopened.fake.importMutableState(JSON.parse(JSON.stringify(saved)));
    handle = installFakeFigma(reopened.fake);
    const context = await scanContext();
    const { stored } = await loadReview(context.order);
    const result = buildScanResult(context, stored, 0);
    const byId = new Map(result.verdicts.map((v) => [v.itemId, v]));
    expect(result.verdicts).toHaveLength(29);
    expect(byId.get('funnel.cta-visible')).toMatchObject({ status: 'needs-work', note: 'Moved below the fold', frameId: reopened.connect.rawId });
    expect(byId.get('privacy.trust-language')).toMatchObject({ status: 'needs-work', note: 'Say "encrypted"' });
    expect(byId.get('funnel.prefill')).toMatchObject({ status: 'unreviewed', at: null });
    expect(stored.verdicts['funnel.cta-visible']?.record.history.map((h) => h.status)).toEqual(['pass']);
    expect(result.problems).toEqual([]);
    expect(result.frameStates.every((s) => !s.changedSinceReview && s.reviewedAt !== null)).toBe(true);
  });

  it('flags a frame edited after its review', async () => {
    const { flow, set } = await setup();
    await set('funnel.cta-visible', 'pass');
    (flow.connect.findByName('Disconnect at any time') as FakeNode & { characters: string }).characters = 'You can disconnect later';
    const context = await scanContext();
    const { stored } = await loadReview(context.order);
    const states = buildScanResult(context, stored, 0).frameStates;
    expect(states.find((s) => s.frameId === flow.connect.rawId)?.changedSinceReview).toBe(true);
    expect(states.find((s) => s.frameId === flow.signUp.rawId)?.changedSinceReview).toBe(false);
  });

  it('moves an item’s record when its anchor changes, leaving one record per item', async () => {
    const { flow, session, set } = await setup();
    await set('value.faq-link', 'pass');
    expect(entries(flow.connect)['item:value.faq-link']).toBeDefined();
    const faq = flow.value.findByName('Want to know more? Read the FAQ') as FakeNode;
    session.last = await scanContext({ 'value.faq-link': [faq.rawId] }, flow.connect.rawId);
    await set('value.faq-link', 'needs-work', 'Link is tiny');
    expect(entries(flow.connect)['item:value.faq-link']).toBeUndefined();
    expect(JSON.parse(entries(flow.value)['item:value.faq-link'] ?? '{}')).toMatchObject({ status: 'needs-work', history: [{ status: 'pass' }] });
  });

  it('migrates a version 1 review and upgrades it in place on the next save', async () => {
    const { flow, set } = await setup();
    const legacy = JSON.stringify({ version: 1, frameId: flow.signUp.rawId, savedAt: '2025-05-01T10:00:00.000Z', items: { 'funnel.greeting-email': { status: 'fix', note: 'No email frame' }, 'funnel.prefill': { status: 'ok' } } });
    flow.signUp.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'review', legacy);
    const before = await loadReview((await scanContext()).order);
    expect(before.stored.verdicts['funnel.greeting-email']?.record).toMatchObject({ status: 'needs-work', note: 'No email frame' });
    await set('funnel.cta-visible', 'pass');
    const after = entries(flow.signUp);
    expect(after.review).toBeUndefined();
    expect(JSON.parse(after['item:funnel.greeting-email'] ?? '{}')).toMatchObject({ schemaVersion: 2, status: 'needs-work', note: 'No email frame', at: '2025-05-01T10:00:00.000Z' });
    expect(JSON.parse(after['item:funnel.prefill'] ?? '{}')).toMatchObject({ status: 'pass' });
  });

  it('shows a newer version read-only and never writes over it', async () => {
    const { flow, set } = await setup();
    const newer = JSON.stringify({ schemaVersion: RECORD_VERSION + 1, itemId: 'funnel.cta-visible', shape: 'unknown to us' });
    flow.connect.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'item:funnel.cta-visible', newer);
    await expect(set('funnel.social-proof', 'pass')).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/newer version/) });
    expect(entries(flow.connect)).toEqual({ 'item:funnel.cta-visible': newer });
    const { stored } = await loadReview((await scanContext()).order);
    expect(stored.readOnly).toBe(true);
    expect(stored.problems[0]?.raw).toBe(newer);
  });

  it('keeps a corrupt entry byte-for-byte and refuses only the save that would overwrite it', async () => {
    const { flow, set } = await setup();
    const corrupt = '{"schemaVersion":2,"itemId":"funnel.cta-visible","status":"pa\u0000';
    flow.connect.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'item:funnel.cta-visible', corrupt);
    await expect(set('funnel.cta-visible', 'pass')).rejects.toMatchObject({ code: 'storage-failed', message: expect.stringMatching(/not readable JSON.*nothing was saved/) });
    await set('funnel.social-proof', 'pass');
    expect(entries(flow.connect)['item:funnel.cta-visible']).toBe(corrupt);
    expect(entries(flow.connect)['item:funnel.social-proof']).toBeDefined();
    const { stored } = await loadReview((await scanContext()).order);
    expect(stored.problems).toEqual([expect.objectContaining({ kind: 'corrupt', raw: corrupt })]);
  });

  it('stays far below the 100 kB entry limit with long notes and long histories', async () => {
    const { flow, set } = await setup();
    const worst = '"\u0001😀\\'.repeat(30000);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      const result = await set('privacy.trust-language', i % 2 ? 'pass' : 'needs-work', worst + i);
      expect(result.verdict.note.length).toBe(MAX_NOTE_LENGTH);
    }
    for (const item of ['funnel.cta-visible', 'value.three-part', 'privacy.data-scope'] as const) await set(item, 'needs-work', worst);
    const values = allEntries(flow);
    expect(values.length).toBeGreaterThan(4);
    const largest = Math.max(...values.map((v) => utf8Length(v)));
    expect(largest).toBeLessThan(PLUGIN_DATA_LIMIT_BYTES / 2);
    const record = JSON.parse(entries(flow.connect)['item:privacy.trust-language'] ?? '{}');
    expect(record.history).toHaveLength(HISTORY_LIMIT);
    expect(readStoredReview([{ nodeId: flow.connect.rawId, entries: entries(flow.connect) }]).problems).toEqual([]);
  });

  it('recognises a duplicated frame’s copied review and lets the reviewer adopt or discard it', async () => {
    const { flow, set } = await setup();
    await set('funnel.cta-visible', 'pass');
    const page = flow.fake.currentPage;
    page.frame('Connect copy', undefined, { x: 1600 });
    const copy = page.lastChild as FakeNode;
    for (const [key, value] of Object.entries(entries(flow.connect))) copy.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, value);
    const context = await scanContext();
    const { stored } = await loadReview(context.order);
    expect(stored.frames[copy.rawId]?.copied).toBe(true);
    expect(stored.verdicts['funnel.cta-visible']?.holderId).toBe(flow.connect.rawId);
    const state = buildScanResult(context, stored, 0).frameStates.find((s) => s.frameId === copy.rawId);
    expect(state).toMatchObject({ copiedFrom: flow.connect.rawId, reviewedAt: null, changedSinceReview: false });

    const resolve = resolveCopyHandler(new Session());
    await resolve({ frameId: copy.rawId, action: 'adopt' }, { emit: () => undefined });
    const adopted = JSON.parse(entries(copy)['item:funnel.cta-visible'] ?? '{}');
    expect(adopted.frameId).toBe(copy.rawId);
    expect((await loadReview(context.order)).stored.frames[copy.rawId]?.copied).toBe(false);

    for (const [key, value] of Object.entries(entries(flow.connect))) copy.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, value);
    await resolve({ frameId: copy.rawId, action: 'discard' }, { emit: () => undefined });
    expect(entries(copy)).toEqual({});
    await expect(resolve({ frameId: copy.rawId, action: 'discard' }, { emit: () => undefined })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('does not edit the review in Dev Mode', async () => {
    const { flow, set } = await setup({ editorType: 'dev' });
    await expect(set('funnel.cta-visible', 'pass')).rejects.toMatchObject({ code: 'read-only' });
    expect(allEntries(flow)).toEqual([]);
  });
});

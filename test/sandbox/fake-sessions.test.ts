/**
 * The in-memory figma's support for several plugin instances on one file: shared nodes and
 * data, each instance's own `figma`, nodechange with LOCAL and REMOTE origins, and a
 * scheduler that holds async calls until a test lets them run.
 */
import { describe, expect, it } from 'vitest';
import { FakeFigma } from '../../fake-figma';
import type { FakeNode } from '../../fake-figma';
import { sampleFlow } from './helpers/sample-flow';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface Recorded {
  id: string;
  origin: string;
  type: string;
  properties?: string[];
}

function listen(session: FakeFigma): Recorded[] {
  const seen: Recorded[] = [];
  const page = session.api.currentPage;
  page.on('nodechange', (event: NodeChangeEvent) => {
    for (const change of event.nodeChanges) {
      const entry: Recorded = { id: change.id, origin: change.origin, type: change.type };
      if (change.type === 'PROPERTY_CHANGE') entry.properties = change.properties.slice();
      seen.push(entry);
    }
  });
  return seen;
}

describe('fake figma sessions', () => {
  it('shares nodes and plugin data; a write is LOCAL for its instance and REMOTE for the others', async () => {
    const flow = sampleFlow(new FakeFigma());
    const ana = flow.fake.session({ user: { id: 'a', name: 'Ana' } });
    const ben = flow.fake.session({ user: { id: 'b', name: 'Ben' } });
    const seenByAna = listen(ana);
    const seenByBen = listen(ben);
    const connectForAna = (await ana.api.getNodeByIdAsync(flow.connect.rawId)) as FrameNode;
    connectForAna.setSharedPluginData('ns', 'k', 'v');
    await tick();
    expect(flow.connect.getSharedPluginData('ns', 'k')).toBe('v');
    const connectForBen = (await ben.api.getNodeByIdAsync(flow.connect.rawId)) as FrameNode;
    expect(connectForBen.getSharedPluginData('ns', 'k')).toBe('v');
    expect(seenByAna).toEqual([{ id: flow.connect.rawId, origin: 'LOCAL', type: 'PROPERTY_CHANGE', properties: ['pluginData'] }]);
    expect(seenByBen).toEqual([{ id: flow.connect.rawId, origin: 'REMOTE', type: 'PROPERTY_CHANGE', properties: ['pluginData'] }]);
    // Each instance sees one stable view per node, and its own user.
    expect(await ana.api.getNodeByIdAsync(flow.connect.rawId)).toBe(connectForAna);
    expect(connectForAna.parent).toBe(ana.api.currentPage);
    expect(ben.api.currentUser?.name).toBe('Ben');
  });

  it('reports creations, deletions and design edits, batched after the code that made them', async () => {
    const flow = sampleFlow(new FakeFigma());
    const ana = flow.fake.session({ user: { id: 'a', name: 'Ana' } });
    const seen = listen(ana);
    (flow.done as FakeNode).text('Back to dashboard');
    const created = flow.done.lastChild as FakeNode;
    flow.value.resize(390, 844);
    flow.signUp.remove();
    expect(seen).toEqual([]);
    await tick();
    expect(seen).toEqual([
      { id: created.rawId, origin: 'REMOTE', type: 'CREATE' },
      { id: flow.value.rawId, origin: 'REMOTE', type: 'PROPERTY_CHANGE', properties: ['width', 'height'] },
      { id: flow.signUp.rawId, origin: 'REMOTE', type: 'DELETE' },
    ]);
  });

  it('holds every async call of an instance until the scheduler runs it', async () => {
    const flow = sampleFlow(new FakeFigma());
    const ana = flow.fake.session({ user: { id: 'a', name: 'Ana' } });
    const held: { label: string; run: () => unknown; resolve: (v: unknown) => void }[] = [];
    ana.scheduler = (call, run) => new Promise((resolve) => held.push({ label: call.label, run, resolve }));
    const lookup = ana.api.getNodeByIdAsync(flow.connect.rawId);
    const created = ana.api.annotations.addAnnotationCategoryAsync({ label: 'Mine', color: 'blue' });
    let settled = false;
    void lookup.then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    expect(held.map((h) => h.label)).toEqual([`getNodeByIdAsync ${flow.connect.rawId}`, 'addAnnotationCategoryAsync Mine']);
    // The effect happens when the call is let through, not when it is made.
    expect(flow.fake.categories.categories.some((c) => c.label === 'Mine')).toBe(false);
    for (const call of held) call.resolve(call.run());
    expect((await lookup)?.id).toBe(flow.connect.rawId);
    expect((await created).label).toBe('Mine');
    expect(flow.fake.categories.categories.some((c) => c.label === 'Mine')).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import strongSample from '../../samples/strong-onboarding.json';
import weakSample from '../../samples/weak-onboarding.json';
import { buildSnapshot } from '../../src/sandbox/scan/build-snapshot';
import { resolveScope } from '../../src/sandbox/scan/scope';
import { fakeFigmaFromRest, installFakeFigma } from '../../fake-figma';
import type { FakeFigmaHandle, RestFile } from '../../fake-figma';

let handle: FakeFigmaHandle | null = null;
afterEach(() => {
  handle?.uninstall();
  handle = null;
});

const file: RestFile = {
  name: 'Onboarding',
  document: {
    id: '0:0',
    type: 'DOCUMENT',
    children: [
      {
        id: '0:1',
        type: 'CANVAS',
        name: 'Flow',
        flowStartingPoints: [{ nodeId: '1:1', name: 'Start' }],
        children: [
          {
            id: '1:1',
            type: 'FRAME',
            name: 'Sign up',
            absoluteBoundingBox: { x: 100, y: 50, width: 375, height: 812 },
            sharedPluginData: { authflowreview: { frame: '{"broken' } },
            annotations: [{ label: 'plain', labelMarkdown: '**plain**', categoryId: 'cat:spec' }],
            children: [
              { id: '1:2', type: 'TEXT', name: 'Title', characters: 'Create account', absoluteBoundingBox: { x: 120, y: 80, width: 200, height: 24 } },
              { id: '1:3', type: 'INSTANCE', name: 'Button', componentId: 'C:1', absoluteBoundingBox: { x: 120, y: 700, width: 300, height: 44 }, interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: '2:1' }] }] },
              { id: '1:4', type: 'TEXT', name: 'Hidden', characters: 'secret', visible: false },
            ],
          },
          { id: '2:1', type: 'FRAME', name: 'Connect', absoluteBoundingBox: { x: 600, y: 50, width: 375, height: 812 }, transitionNodeID: '1:1', children: [] },
        ],
      },
    ],
  },
  components: { 'C:1': { name: 'State=Primary', componentSetId: 'S:1' } },
  componentSets: { 'S:1': { name: 'Button' } },
};

describe('fakeFigmaFromRest', () => {
  it('builds pages, frames, remote components, links, plugin data and annotations from a REST file', async () => {
    const fake = fakeFigmaFromRest(file);
    handle = installFakeFigma(fake);
    const { snapshot } = await buildSnapshot(resolveScope(figma.currentPage), { isCancelled: () => false });
    expect(snapshot.fileName).toBe('Onboarding');
    expect(snapshot.flowStarts).toEqual([{ frameId: '1:1', name: 'Start' }]);
    const signUp = snapshot.frames[0];
    expect(signUp).toMatchObject({ id: '1:1', x: 100, y: 50, width: 375 });
    expect(signUp?.nodes.map((n) => [n.id, n.x, n.y, n.text ?? n.componentName])).toEqual([
      ['1:2', 20, 30, 'Create account'],
      ['1:3', 20, 650, 'Button/State=Primary'],
    ]);
    expect(snapshot.links).toEqual([
      { sourceNodeId: '1:3', sourceFrameId: '1:1', destinationFrameId: '2:1' },
      { sourceNodeId: '2:1', sourceFrameId: '2:1', destinationFrameId: '1:1' },
    ]);
    expect(fake.node('1:1').getSharedPluginData('authflowreview', 'frame')).toBe('{"broken');
    expect(fake.node('1:1').storedAnnotations).toEqual([{ labelMarkdown: '**plain**', categoryId: 'cat:spec' }]);
  });

  it('round-trips mutable state for a preview that persists across reloads', () => {
    const fake = fakeFigmaFromRest(file, { selection: ['1:2'] });
    expect(fake.currentPage.selection.map((n) => n.rawId)).toEqual(['1:2']);
    fake.node('2:1').setSharedPluginData('authflowreview', 'item:funnel.prefill', '{"x":1}');
    fake.node('2:1').setRelaunchData({ 'open-review': '1 of 29 reviewed' });
    fake.clientStorage.set('ui-prefs', { width: 400, height: 600 });
    const state = JSON.parse(JSON.stringify(fake.exportMutableState()));
    const reloaded = fakeFigmaFromRest(file);
    reloaded.importMutableState(state);
    expect(reloaded.exportMutableState()).toEqual(state);
    expect(reloaded.node('2:1').getRelaunchData()).toEqual({ 'open-review': '1 of 29 reviewed' });
  });

  it('loads the bundled sample files', async () => {
    for (const sample of [strongSample, weakSample]) {
      const fake = fakeFigmaFromRest(sample as unknown as RestFile);
      handle = installFakeFigma(fake);
      const { snapshot } = await buildSnapshot(resolveScope(figma.currentPage), { isCancelled: () => false });
      expect(snapshot.frames.length).toBeGreaterThan(1);
      handle.uninstall();
      handle = null;
    }
  });
});

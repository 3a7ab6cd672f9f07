/**
 * The plugin and the CLI review the same screens and find the same things: the plugin's scan
 * runs on the in-memory figma built from a REST file, the CLI's adapter reads the same file,
 * and both snapshots go through the engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import strongSample from '../../samples/strong-onboarding.json';
import weakSample from '../../samples/weak-onboarding.json';
import { runEngine } from '../../src/core/engine';
import type { Snapshot } from '../../src/core/model/snapshot';
import { snapshotFromRest, type RestOptions } from '../../src/core/rest';
import { buildSnapshot } from '../../src/sandbox/scan/build-snapshot';
import { resolveScope, selectionInfo } from '../../src/sandbox/scan/scope';
import { fakeFigmaFromRest, installFakeFigma } from '../../fake-figma';
import type { FakeFigmaHandle, RestFile, RestNode } from '../../fake-figma';

let handle: FakeFigmaHandle | null = null;
afterEach(() => {
  handle?.uninstall();
  handle = null;
});

async function pluginSnapshot(file: RestFile, pageId: string, selection?: string[]): Promise<Snapshot> {
  handle = installFakeFigma(fakeFigmaFromRest(file, { currentPageId: pageId, ...(selection ? { selection } : {}) }));
  const { snapshot } = await buildSnapshot(resolveScope(figma.currentPage), { isCancelled: () => false });
  return snapshot;
}

async function expectSameReview(file: RestFile, pageId: string, cli: RestOptions, selection?: string[]): Promise<Snapshot> {
  const plugin = await pluginSnapshot(file, pageId, selection);
  const rest = snapshotFromRest(file, cli);
  expect(plugin.frames.map((frame) => frame.id)).toEqual(rest.frames.map((frame) => frame.id));
  expect(plugin.links).toEqual(rest.links);
  expect(plugin.flowStarts).toEqual(rest.flowStarts);
  expect(runEngine(plugin)).toEqual(runEngine(rest));
  return rest;
}

const box = (x: number) => ({ x, y: 0, width: 375, height: 812 });
const text = (id: string, characters: string, extra: Partial<RestNode> = {}): RestNode => ({ id, type: 'TEXT', name: characters, characters, absoluteBoundingBox: { x: 0, y: 0, width: 200, height: 20 }, ...extra });
const go = (destinationId: string, navigation: string, trigger = 'ON_CLICK'): Partial<RestNode> => ({ interactions: [{ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId, navigation }] }] });

/** A file as designers organise them: a cover, a component library, the flow, an archive. */
const organised: RestFile = {
  name: 'Ledger onboarding',
  document: {
    id: '0:0', type: 'DOCUMENT', children: [
      { id: '0:1', type: 'CANVAS', name: 'Cover', children: [{ id: '9:1', type: 'FRAME', name: 'Cover', absoluteBoundingBox: box(0), children: [text('9:2', 'Ledger — onboarding v2')] }] },
      { id: '0:2', type: 'CANVAS', name: 'Components', children: [
        { id: '5:1', type: 'COMPONENT_SET', name: 'Button', absoluteBoundingBox: box(0), children: [
          { id: '5:2', type: 'COMPONENT', name: 'State=Default', absoluteBoundingBox: box(0), children: [text('5:3', 'Connect')] },
          { id: '5:4', type: 'COMPONENT', name: 'State=Hover', absoluteBoundingBox: box(0), children: [text('5:5', 'Connect')] },
        ] },
      ] },
      { id: '0:3', type: 'CANVAS', name: 'Flow', prototypeStartNodeID: '1:1', children: [
        { id: '1:0', type: 'SECTION', name: 'Sign-up', children: [
          { id: '1:1', type: 'FRAME', name: 'Account', absoluteBoundingBox: box(0), children: [
            text('1:2', 'Create your account'),
            text('1:3', 'Continue', go('2:1', 'NAVIGATE')),
            text('1:4', 'Need help?', go('7:1', 'OVERLAY')),
          ] },
        ] },
        { id: '2:1', type: 'FRAME', name: 'Welcome', absoluteBoundingBox: box(400), children: [
          text('2:2', 'Back', go('1:1', 'NAVIGATE')),
          { id: '2:3', type: 'INSTANCE', name: 'Button', componentId: '5:2', absoluteBoundingBox: box(400), children: [text('2:4', 'Connect your bank')], ...go('5:4', 'CHANGE_TO', 'ON_HOVER') },
          text('2:5', 'Plans', go('3:1', 'NAVIGATE')),
        ] },
        { id: '3:1', type: 'FRAME', name: 'Plans', absoluteBoundingBox: box(800), children: [text('3:2', 'Pro plan', go('2:1', 'SCROLL_TO'))] },
        { id: '4:1', type: 'FRAME', name: 'Welcome (old)', visible: false, absoluteBoundingBox: box(1200), children: [] },
        { id: '7:1', type: 'COMPONENT', name: 'Help sheet', absoluteBoundingBox: box(1600), children: [text('7:2', 'Chat with us'), text('7:3', 'Close', { interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'CLOSE' }] }] })] },
        { id: '7:5', type: 'COMPONENT', name: 'Unused card', absoluteBoundingBox: box(2000), children: [] },
      ] },
      { id: '0:4', type: 'CANVAS', name: 'Archive', children: [{ id: '8:1', type: 'FRAME', name: 'Sign up v1', absoluteBoundingBox: box(0), children: [text('8:2', 'Sign up')] }] },
    ],
  },
  components: { '5:2': { name: 'State=Default', componentSetId: '5:1' } },
  componentSets: { '5:1': { name: 'Button' } },
};

describe('the plugin and the CLI review the same screens', () => {
  it('on a file with a cover, components, the flow and an archive (the CLI default is the flow page)', async () => {
    const rest = await expectSameReview(organised, '0:3', {});
    expect(rest.frames.map((frame) => frame.name)).toEqual(['Account', 'Welcome', 'Plans', 'Help sheet']);
    const findings = runEngine(rest);
    expect(findings.flow.startFrameId).toBe('1:1');
    expect(findings.flow.order).not.toContain('5:1');
  });

  it('shows the panel the screens it will review before the scan', async () => {
    handle = installFakeFigma(fakeFigmaFromRest(organised, { currentPageId: '0:3' }));
    expect(selectionInfo(resolveScope(figma.currentPage)).frames.map((frame) => frame.id)).toEqual(['1:1', '2:1', '3:1']);
  });

  it('on a section selected in the plugin and named with --frames', async () => {
    await expectSameReview(organised, '0:3', { frameIds: ['1:0'] }, ['1:0']);
  });

  it('on a layer selected inside a screen and the screen named with --frames', async () => {
    await expectSameReview(organised, '0:3', { frameIds: ['2:1'] }, ['2:4']);
  });

  it('on the bundled samples, page by page', async () => {
    await expectSameReview(strongSample as RestFile, '0:1', { pages: ['Onboarding'] });
    await expectSameReview(strongSample as RestFile, '0:2', { pages: ['0:2'] });
    await expectSameReview(weakSample as RestFile, '0:1', {});
  });
});

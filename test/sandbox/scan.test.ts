import { afterEach, describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/core/protocol/channel';
import { buildSnapshot } from '../../src/sandbox/scan/build-snapshot';
import { resolveScope, selectionInfo } from '../../src/sandbox/scan/scope';
import { FakeFigma, installFakeFigma } from '../../fake-figma';
import type { FakeFigmaHandle, FakeFrame } from '../../fake-figma';
import { sampleFlow } from './helpers/sample-flow';

let handle: FakeFigmaHandle | null = null;
afterEach(() => {
  handle?.uninstall();
  handle = null;
});

const scanNow = (onProgress?: (p: { scannedNodes: number }) => void) =>
  buildSnapshot(resolveScope(figma.currentPage), { isCancelled: () => false, onProgress });

describe('scope', () => {
  it('takes the page’s screens when nothing is selected, expanding sections', () => {
    const fake = new FakeFigma();
    const page = fake.page('Onboarding');
    page.section('Flow', (s) => s.frame('A').frame('B')).frame('C').rect('Loose shape');
    handle = installFakeFigma(fake);
    const info = selectionInfo(resolveScope());
    expect(info).toEqual({ source: 'page', pageName: 'Onboarding', frames: ['A', 'B', 'C'].map((name) => expect.objectContaining({ name, type: 'FRAME' })), ignoredCount: 0 });
  });

  it('maps a selected layer to its screen, keeps instances and components as screens and counts strays', () => {
    const fake = new FakeFigma();
    const page = fake.page('Onboarding');
    page.component('Card', (c) => c.text('Inside card')).frame('Screen', (f) => f.group('G', (g) => g.text('Deep text'))).rect('Stray');
    const card = fake.byName('Card') as FakeFrame;
    page.instance('Card instance', card);
    handle = installFakeFigma(fake);
    fake.select(fake.byName('Deep text'), fake.byName('Screen'), fake.byName('Card instance'), fake.byName('Inside card'), fake.byName('Stray'));
    const info = selectionInfo(resolveScope());
    expect(info.source).toBe('selection');
    expect(info.frames.map((f) => [f.name, f.type])).toEqual([['Screen', 'FRAME'], ['Card instance', 'INSTANCE'], ['Card', 'COMPONENT']]);
    expect(info.ignoredCount).toBe(1);
  });
});

describe('live adapter', () => {
  it('reads texts, component names, positions and prototype links of a flow', async () => {
    const flow = sampleFlow();
    handle = installFakeFigma(flow.fake);
    const { snapshot } = await scanNow();
    expect(snapshot.frames.map((f) => f.name)).toEqual(['Sign up', 'Why connect', 'Connect', 'Done']);
    const connect = snapshot.frames[2];
    expect(connect?.nodes.find((n) => n.type === 'INSTANCE')).toMatchObject({ name: 'Connect button', componentName: 'Button', depth: 1, parentId: connect?.id });
    expect(connect?.nodes.filter((n) => n.text !== undefined).map((n) => n.text)).toContain('Disconnect at any time');
    expect(snapshot.links).toContainEqual({ sourceNodeId: flow.connectButton.rawId, sourceFrameId: flow.connect.rawId, destinationFrameId: flow.done.rawId });
    expect(snapshot.flowStarts).toEqual([{ frameId: flow.signUp.rawId, name: 'Onboarding' }]);
  });

  it('survives every odd node kind: mixed fonts, media fills, hidden and locked layers, broken and failing component links, variants', async () => {
    const fake = new FakeFigma();
    const page = fake.page('Odd');
    page.componentSet('Checkbox', (set) => set.component('State=On', (c) => c.text('✓')));
    const variant = fake.byName('State=On') as FakeFrame;
    page.frame('Odd screen', (f) =>
      f
        .text('Mixed styles', { mixedFont: true })
        .rect('Hero video', { fills: [{ type: 'VIDEO', videoHash: null, scaleMode: 'FILL' } as unknown as Paint] })
        .rect('Photo', { fills: [{ type: 'IMAGE', imageHash: null, scaleMode: 'FILL' }] })
        .text('Hidden copy', { visible: false })
        .group('Hidden group', (g) => g.text('Inside hidden group'), { visible: false })
        .text('Locked copy', { locked: true })
        .instance('Variant', variant)
        .instance('Broken', null, (i) => i.text('Broken label'))
        .instance('Failing', 'throws')
        .instance('Hidden inside', variant, (i) => i.text('Invisible override', { visible: false }))
        .section('Nested section', (s) => s.text('In section')),
    );
    handle = installFakeFigma(fake);
    figma.skipInvisibleInstanceChildren = true;
    fake.select(fake.byName('Odd screen'));
    const { snapshot } = await scanNow();
    const nodes = snapshot.frames[0]?.nodes ?? [];
    const names = nodes.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Mixed styles', 'Hero video', 'Photo', 'Locked copy', 'Variant', 'Broken', 'Broken label', 'Failing', 'In section']));
    expect(names).not.toContain('Hidden copy');
    expect(names).not.toContain('Inside hidden group');
    expect(names).not.toContain('Invisible override');
    expect(nodes.find((n) => n.name === 'Variant')?.componentName).toBe('Checkbox/State=On');
    expect(nodes.find((n) => n.name === 'Broken')?.componentName).toBeUndefined();
    expect(nodes.find((n) => n.name === 'Failing')?.componentName).toBeUndefined();
    expect(nodes.find((n) => n.name === 'Mixed styles')?.text).toBe('Mixed styles');
  });

  it('leaves out a screen removed before it is read and layers removed mid-scan', async () => {
    const flow = sampleFlow();
    handle = installFakeFigma(flow.fake);
    const scope = resolveScope(figma.currentPage);
    flow.done.remove();
    let removed = false;
    const { snapshot } = await buildSnapshot(scope, {
      isCancelled: () => false,
      budgetMs: 0,
      onProgress: () => {
        if (!removed) {
          removed = true;
          flow.trustGroup.remove();
        }
      },
    });
    expect(snapshot.frames.map((f) => f.name)).toEqual(['Sign up', 'Why connect', 'Connect']);
  });

  it('reports progress between slices and stops on cancel with a cancelled error', async () => {
    const flow = sampleFlow();
    handle = installFakeFigma(flow.fake);
    const progress: number[] = [];
    let cancelled = false;
    const run = buildSnapshot(resolveScope(figma.currentPage), {
      isCancelled: () => cancelled,
      budgetMs: 0,
      onProgress: (p) => {
        progress.push(p.scannedNodes);
        if (p.scannedNodes >= 3) cancelled = true;
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    await expect(run).rejects.toBeInstanceOf(ProtocolError);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual(progress.slice().sort((a, b) => a - b));
  });

  it('uses only async node APIs (dynamic-page): the sync getters throw in the fake', async () => {
    const flow = sampleFlow();
    handle = installFakeFigma(flow.fake);
    expect(() => (flow.fake.byName('Connect button') as unknown as InstanceNode).mainComponent).toThrow(/dynamic-page/);
    await expect(scanNow()).resolves.toBeTruthy();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_STATE_GLOBAL } from '../../src/core/protocol/initial-state';
import type { InitialState } from '../../src/core/protocol/messages';
import { FakeFigma } from '../../fake-figma';
import { openPlugin } from './helpers/panel';
import type { OpenPlugin } from './helpers/panel';
import { sampleFlow } from './helpers/sample-flow';

let open: OpenPlugin | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function initialStateOf(html: string | null): InitialState {
  const match = new RegExp(`window\\.${INITIAL_STATE_GLOBAL}=(.*?);</script>`).exec(html ?? '');
  return JSON.parse(match?.[1] ?? 'null') as InitialState;
}

describe('plugin over the bridge', () => {
  it('opens the panel with its first state inside the HTML and the remembered size', async () => {
    const flow = sampleFlow();
    flow.fake.clientStorage.set('ui-prefs', { width: 420, height: 640 });
    open = await openPlugin(flow.fake);
    expect(flow.fake.ui.options).toMatchObject({ themeColors: true, width: 420, height: 640 });
    const state = initialStateOf(flow.fake.ui.html);
    expect(state).toMatchObject({ editorType: 'figma', user: { name: 'Dana Designer' }, prefs: { width: 420, height: 640 } });
    expect(state.selection).toMatchObject({ source: 'page', pageName: 'Onboarding' });
    expect(state.selection.frames.map((f) => f.name)).toEqual(['Sign up', 'Why connect', 'Connect', 'Done']);
    expect(figma.skipInvisibleInstanceChildren).toBe(true);
  });

  it('scans with progress, returns findings in flow order and all 29 verdicts, then saves one', async () => {
    const flow = sampleFlow();
    open = await openPlugin(flow.fake);
    const progress: number[] = [];
    open.client.on('scan-progress', (p) => progress.push(p.doneFrames));
    const result = await open.client.request('scan', {});
    expect(result.frames.map((f) => f.name)).toEqual(['Sign up', 'Why connect', 'Connect', 'Done']);
    expect(result.verdicts).toHaveLength(29);
    expect(result.findings.items).toHaveLength(29);
    expect(result.nodeCount).toBeGreaterThan(10);
    expect(result.readOnly).toBe(false);
    expect(progress[progress.length - 1]).toBe(4);
    const saved = await open.client.request('set-verdict', { itemId: 'privacy.disconnect-anytime', status: 'pass', note: 'Clear' });
    expect(saved.verdict.status).toBe('pass');
    expect(result.frames.map((f) => f.id)).toContain(saved.verdict.frameId);
    const again = await open.client.request('scan', {});
    expect(again.verdicts.find((v) => v.itemId === 'privacy.disconnect-anytime')).toMatchObject({ status: 'pass', note: 'Clear', by: 'Dana Designer' });
  });

  it('tells the start screen what the stored review holds', async () => {
    const flow = sampleFlow();
    open = await openPlugin(flow.fake);
    expect(initialStateOf(flow.fake.ui.html).existingReview).toBeNull();
    await open.client.request('scan', {});
    await open.client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' });
    await open.client.request('set-verdict', { itemId: 'value.faq-link', status: 'pass', note: '' });
    const state = flow.fake.exportMutableState();
    open.close();
    const again = sampleFlow();
    again.fake.importMutableState(state);
    open = await openPlugin(again.fake);
    expect(initialStateOf(again.fake.ui.html).existingReview).toEqual({ reviewed: 2, needsWork: 1, total: 29 });
    const scan = await open.client.request('scan', {});
    expect(scan.publishable).toBe(2);
  });

  it('cancels a running scan', async () => {
    const flow = sampleFlow(new FakeFigma({ readCostMicros: 3000 }));
    open = await openPlugin(flow.fake);
    const scan = open.client.request('scan', {});
    const settled = scan.then(() => 'done', (error: { code?: string }) => error.code);
    await new Promise<void>((resolve) => open?.client.on('scan-progress', () => resolve()));
    await expect(open.client.request('cancel-scan', {})).resolves.toEqual({ cancelled: true });
    expect(await settled).toBe('cancelled');
    await expect(open.client.request('cancel-scan', {})).resolves.toEqual({ cancelled: false });
  });

  it('tells the panel about selection changes, debounced', async () => {
    const flow = sampleFlow();
    open = await openPlugin(flow.fake);
    const seen: string[][] = [];
    open.client.on('selection-changed', (info) => seen.push(info.frames.map((f) => f.name)));
    flow.fake.select(flow.signUp);
    flow.fake.select(flow.connectButton);
    flow.fake.select(flow.connect, flow.done);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(seen).toEqual([['Connect', 'Done']]);
  });

  it('shows nodes, resizes with remembered prefs and notifies', async () => {
    const flow = sampleFlow();
    open = await openPlugin(flow.fake);
    const shown = await open.client.request('show-nodes', { nodeIds: [flow.connectButton.rawId, '99:99'] });
    expect(shown).toEqual({ shown: [flow.connectButton.rawId], missing: ['99:99'] });
    expect(flow.fake.currentPage.selection.map((n) => n.rawId)).toEqual([flow.connectButton.rawId]);
    expect(flow.fake.zoomedTo).toEqual([[flow.connectButton.rawId]]);
    await expect(open.client.request('resize', { width: 5000, height: 500 })).resolves.toEqual({ width: 1200, height: 500 });
    expect(flow.fake.ui.size).toEqual({ width: 1200, height: 500 });
    expect(flow.fake.clientStorage.get('ui-prefs')).toEqual({ width: 1200, height: 500 });
    await open.client.request('notify', { message: 'Copied' });
    expect(flow.fake.notifications).toEqual([{ message: 'Copied', error: false }]);
  });

  it('in Dev Mode shows the stored review and publishes annotations, but does not edit', async () => {
    const flow = sampleFlow();
    open = await openPlugin(flow.fake);
    await open.client.request('scan', {});
    await open.client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' });
    const state = flow.fake.exportMutableState();
    open.close();

    const dev = sampleFlow(new FakeFigma({ editorType: 'dev' }));
    dev.fake.importMutableState(state);
    for (const node of dev.fake.ctx.nodes.values()) node.setStoredAnnotations([]);
    open = await openPlugin(dev.fake);
    const scan = await open.client.request('scan', {});
    expect(scan.verdicts.find((v) => v.itemId === 'funnel.cta-visible')).toMatchObject({ status: 'needs-work', note: 'Too low' });
    await expect(open.client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'pass', note: '' })).rejects.toMatchObject({ code: 'read-only' });
    const published = await open.client.request('publish-annotations', {});
    expect(published.annotations.ok).toBe(true);
    expect(published.written).toBeGreaterThan(0);
  });
});

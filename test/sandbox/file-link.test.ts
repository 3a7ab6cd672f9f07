import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_STATE_GLOBAL } from '../../src/core/protocol/initial-state';
import type { InitialState } from '../../src/core/protocol/messages';
import { PLUGIN_DATA_NAMESPACE } from '../../src/core/review/types';
import { FakeFigma } from '../../fake-figma';
import { openPlugin } from './helpers/panel';
import type { OpenPlugin } from './helpers/panel';
import { sampleFlow } from './helpers/sample-flow';

let open: OpenPlugin | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

const stored = (): string => figma.root.getSharedPluginData(PLUGIN_DATA_NAMESPACE, 'file');
const none = { fileKey: null, problem: null, newer: false };

function initialStateOf(html: string | null): InitialState {
  const match = new RegExp(`window\\.${INITIAL_STATE_GLOBAL}=(.*?);</script>`).exec(html ?? '');
  return JSON.parse(match?.[1] ?? 'null') as InitialState;
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  return promise.then(
    () => ({}),
    (error: { code?: string; message?: string }) => error,
  );
}

describe('set-file-link', () => {
  it('keeps only the key of a pasted link on the document, as one undo step, and every scan and the next start know it', async () => {
    const flow = sampleFlow();
    open = await openPlugin(flow.fake);
    expect(initialStateOf(flow.fake.ui.html).fileLink).toEqual(none);
    expect((await open.client.request('scan', {})).fileLink).toEqual(none);
    const undoBefore = flow.fake.commitUndoCount;
    const result = await open.client.request('set-file-link', { link: 'https://www.figma.com/design/AbC123xyz/Onboarding?node-id=12-34&t=SeCrEt-1' });
    expect(result).toEqual({ fileKey: 'AbC123xyz', problem: null, newer: false });
    expect(JSON.parse(stored())).toEqual({ schemaVersion: 1, fileKey: 'AbC123xyz' });
    expect(stored()).not.toContain('SeCrEt');
    expect(flow.fake.commitUndoCount).toBe(undoBefore + 1);
    expect((await open.client.request('scan', {})).fileLink).toEqual({ fileKey: 'AbC123xyz', problem: null, newer: false });

    const state = flow.fake.exportMutableState();
    open.close();
    const again = sampleFlow();
    again.fake.importMutableState(state);
    open = await openPlugin(again.fake);
    expect(initialStateOf(again.fake.ui.html).fileLink).toEqual({ fileKey: 'AbC123xyz', problem: null, newer: false });
  });

  it('takes branch and proto links, and an empty link clears the key', async () => {
    open = await openPlugin(sampleFlow().fake);
    await expect(open.client.request('set-file-link', { link: 'figma.com/design/Main1/branch/BrAnCh2/Onboarding' })).resolves.toMatchObject({ fileKey: 'BrAnCh2' });
    await expect(open.client.request('set-file-link', { link: 'https://www.figma.com/proto/PrOtO3/Flow?page-id=0%3A1' })).resolves.toMatchObject({ fileKey: 'PrOtO3' });
    await expect(open.client.request('set-file-link', { link: '  ' })).resolves.toEqual(none);
    expect(stored()).toBe('');
  });

  it('refuses what is not a Figma file link, leaving the saved key as it was', async () => {
    open = await openPlugin(sampleFlow().fake);
    await open.client.request('set-file-link', { link: 'https://www.figma.com/design/Keep1/x' });
    for (const [link, message] of [
      ['AbC123xyz', 'is not a Figma link'],
      ['https://evil.example/design/AbC123xyz/x', 'https://evil.example is not a Figma link'],
      ['https://www.figma.com/community/file/123/x', 'is not a link to a Figma file'],
      ['https://www.figma.com/design/Ab-C/x', 'is not a Figma file key'],
    ] as const) {
      const error = await rejection(open.client.request('set-file-link', { link }));
      expect(error.code).toBe('bad-request');
      expect(error.message).toContain(message);
    }
    expect((await rejection(open.client.request('set-file-link', { link: 42 } as never))).code).toBe('bad-request');
    expect(JSON.parse(stored())).toEqual({ schemaVersion: 1, fileKey: 'Keep1' });
  });

  it('never overwrites an unreadable entry unless asked to, and never one a newer version wrote', async () => {
    const flow = sampleFlow();
    open = await openPlugin(flow.fake);
    figma.root.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'file', 'not json {');
    const scanned = await open.client.request('scan', {});
    expect(scanned.fileLink).toMatchObject({ fileKey: null, newer: false, problem: expect.stringContaining('is not readable JSON; it is kept as it is') });
    // The review itself is unaffected by the entry.
    expect(scanned.problems).toEqual([]);
    const refused = await rejection(open.client.request('set-file-link', { link: 'https://www.figma.com/design/AbC1/x' }));
    expect(refused).toMatchObject({ code: 'storage-failed', message: expect.stringContaining('nothing was saved') });
    expect(stored()).toBe('not json {');
    await expect(open.client.request('set-file-link', { link: 'https://www.figma.com/design/AbC1/x', replace: true })).resolves.toMatchObject({ fileKey: 'AbC1' });

    figma.root.setSharedPluginData(PLUGIN_DATA_NAMESPACE, 'file', JSON.stringify({ schemaVersion: 9, fileKey: 'Future1', extra: true }));
    const newer = await rejection(open.client.request('set-file-link', { link: 'https://www.figma.com/design/AbC1/x', replace: true }));
    expect(newer).toMatchObject({ code: 'read-only', message: expect.stringContaining('newer version of the plugin (schema 9)') });
    expect(JSON.parse(stored())).toMatchObject({ schemaVersion: 9, fileKey: 'Future1' });
    expect((await open.client.request('scan', {})).fileLink).toMatchObject({ fileKey: null, newer: true });
  });

  it('is kept apart from the review: verdicts read cleanly beside it and a reset leaves it', async () => {
    open = await openPlugin(sampleFlow().fake);
    await open.client.request('scan', {});
    await open.client.request('set-file-link', { link: 'https://www.figma.com/design/AbC123xyz/x' });
    await open.client.request('set-verdict', { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' });
    const scanned = await open.client.request('scan', {});
    expect(scanned.problems).toEqual([]);
    expect(scanned.verdicts.find((v) => v.itemId === 'funnel.cta-visible')?.status).toBe('needs-work');
    await open.client.request('reset-review', {});
    expect(JSON.parse(stored())).toEqual({ schemaVersion: 1, fileKey: 'AbC123xyz' });
  });
});

describe('set-file-link in Dev Mode', () => {
  it('saves the link there too, where engineers take the hand-off', async () => {
    const flow = sampleFlow(new FakeFigma({ editorType: 'dev' }));
    open = await openPlugin(flow.fake);
    await expect(open.client.request('set-file-link', { link: 'https://www.figma.com/design/DeV42/x' })).resolves.toMatchObject({ fileKey: 'DeV42' });
    expect((await open.client.request('scan', {})).fileLink.fileKey).toBe('DeV42');
  });
});

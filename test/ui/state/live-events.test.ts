import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createClient, createMemoryTransportPair, createServer } from '../../../src/core/protocol/channel';
import type { Handlers } from '../../../src/core/protocol/channel';
import type { EditorType, ScanResult } from '../../../src/core/protocol/messages';
import { createFrameStates } from '../../../ui/state/frame-states';
import { listenToSandbox } from '../../../ui/state/live-events';
import { createSelection } from '../../../ui/state/selection';
import { createVerdicts } from '../../../ui/state/verdicts';
import { changeNotice } from '../../../ui/text/change-notice';
import { FRAMES, scanResult, selectionOf, verdict } from '../helpers/fixtures';

async function setup(editor: EditorType = 'figma') {
  const [panelSide, sandboxSide] = createMemoryTransportPair();
  const server = createServer(sandboxSide, {} as Handlers);
  const client = createClient(panelSide);
  client.ready();
  const review = signal<ScanResult | null>(scanResult());
  const stale = signal<string | null>(null);
  const selection = createSelection(selectionOf(FRAMES));
  const verdicts = createVerdicts({ client, canEdit: () => true });
  const frames = createFrameStates();
  const said: string[] = [];
  let scans = 0;
  listenToSandbox({
    client,
    editorType: signal(editor),
    review,
    stale,
    selection,
    verdicts,
    frames,
    progress: () => undefined,
    scan: async () => {
      scans += 1;
    },
    announce: (text) => said.push(text),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  // The sandbox holds events until the panel's ready handshake has arrived.
  await settle();
  return { server, review, stale, selection, verdicts, frames, said, scans: () => scans, settle };
}

describe('live events', () => {
  it('applies another reviewer’s verdicts and says what changed', async () => {
    const t = await setup();
    t.server.emit('review-changed', {
      verdicts: [verdict('privacy.consent-action', 'needs-work', 'Add a checkbox')],
      frameStates: [],
      changes: [{ itemId: 'privacy.consent-action', status: 'needs-work', by: 'Ben' }],
      remote: true,
    });
    await t.settle();
    expect(t.verdicts.verdictOf('privacy.consent-action').note).toBe('Add a checkbox');
    expect(t.said).toEqual(['Ben marked “Explicit consent before connecting” Needs work.']);
    expect(t.scans()).toBe(0);
  });

  it('marks the selection as changed, but not for the echo of a Show', async () => {
    const t = await setup();
    t.selection.expectShow();
    t.server.emit('selection-changed', selectionOf(FRAMES.slice(0, 1)));
    await t.settle();
    expect(t.selection.selectionChanged.value).toBe(false);
    t.server.emit('selection-changed', selectionOf(FRAMES.slice(1, 2)));
    await t.settle();
    expect(t.selection.selectionChanged.value).toBe(true);
  });

  it('follows the selection and re-reads the review in Dev Mode', async () => {
    const t = await setup('dev');
    t.server.emit('selection-changed', selectionOf(FRAMES.slice(1, 2)));
    t.server.emit('review-changed', { verdicts: [], frameStates: [], changes: [], remote: true });
    await t.settle();
    expect(t.scans()).toBe(2);
    expect(t.said).toEqual([]);
  });

  it('keeps frame states and the stale reason current', async () => {
    const t = await setup();
    t.server.emit('frames-changed', { frameStates: [{ frameId: '1:2', changedSinceReview: true, reviewedAt: null, copiedFrom: null }] });
    t.server.emit('review-stale', { reason: 'An undo restored earlier verdicts.' });
    await t.settle();
    expect(t.frames.frameStates.value.find((f) => f.frameId === '1:2')?.changedSinceReview).toBe(true);
    expect(t.stale.value).toBe('An undo restored earlier verdicts.');
  });
});

describe('change notice', () => {
  it('says who did what, an undo, a clear, or how many', () => {
    expect(changeNotice([{ itemId: 'funnel.prefill', status: 'pass', by: null }], true)).toMatch(/^Another reviewer marked “.+” Pass\.$/);
    expect(changeNotice([{ itemId: 'funnel.prefill', status: 'unreviewed', by: 'Ben' }], true)).toMatch(/^Ben cleared “.+”\.$/);
    expect(changeNotice([{ itemId: 'funnel.prefill', status: 'needs-work', by: null }], false)).toMatch(/^Undo set “.+” to Needs work\.$/);
    expect(
      changeNotice(
        [
          { itemId: 'funnel.prefill', status: 'pass', by: 'Ben' },
          { itemId: 'funnel.cta-visible', status: 'pass', by: 'Ben' },
        ],
        true,
      ),
    ).toBe('2 items changed by another reviewer.');
    expect(changeNotice([], true)).toBeNull();
  });
});

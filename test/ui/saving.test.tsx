// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/core/protocol/channel';
import type { SaveResult } from '../../src/core/protocol/messages';
import { FRAMES, scanResult, selectionOf, verdict } from './helpers/fixtures';
import { deferred, openStep, renderLoadedPanel, screen, waitFor } from './helpers/panel';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function noteOf(itemId: string): Promise<HTMLTextAreaElement> {
  const card = await screen.findByTestId(`item-${itemId}`);
  return within(card).getByRole('textbox') as HTMLTextAreaElement;
}

/** Notes are stored with a verdict: these items already have one. */
const judged = () =>
  scanResult({ verdicts: ['funnel.social-proof', 'funnel.cta-visible', 'value.faq-link', 'funnel.prefill'].map((id) => verdict(id as 'funnel.prefill', 'needs-work')) });

describe('saving', () => {
  it('keeps a note on an item not judged yet until a status is picked, then saves both', async () => {
    const panel = await renderLoadedPanel();
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.three-actions');
    fireEvent.input(within(card).getByRole('textbox'), { target: { value: 'Fewer fields' } });
    expect(within(card).getByTestId('note-funnel.three-actions-waiting').textContent).toBe('Pick Pass, Needs work or Not applicable to save this note.');
    await sleep(500);
    expect(panel.callsOf('set-verdict')).toHaveLength(0);
    fireEvent.click(within(card).getByRole('radio', { name: 'Needs work' }));
    await waitFor(() => expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'funnel.three-actions', status: 'needs-work', note: 'Fewer fields' }]));
    expect(within(card).queryByTestId('note-funnel.three-actions-waiting')).toBeNull();
  });

  it('debounces note typing into one save with the last text', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: judged } });
    await openStep(/^1\. The funnel/);
    const note = await noteOf('funnel.social-proof');
    fireEvent.input(note, { target: { value: 'Add a' } });
    fireEvent.input(note, { target: { value: 'Add a quote' } });
    expect(screen.getByTestId('save-state').textContent).toBe('Saving…');
    await sleep(150);
    expect(panel.callsOf('set-verdict')).toHaveLength(0);
    await waitFor(() => expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'funnel.social-proof', status: 'needs-work', note: 'Add a quote' }]));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
  });

  it('sends a pending note at once when the panel is hidden or closed', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: judged } });
    await openStep(/^1\. The funnel/);
    const note = await noteOf('funnel.cta-visible');
    fireEvent.input(note, { target: { value: 'Move the button up' } });
    window.dispatchEvent(new Event('pagehide'));
    // Well before the 400 ms debounce would have sent it.
    await waitFor(() => expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Move the button up' }]), { timeout: 250 });
    await sleep(500);
    expect(panel.callsOf('set-verdict')).toHaveLength(1);

    fireEvent.input(note, { target: { value: 'Move the button up, and make it blue' } });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await waitFor(() => expect(panel.callsOf('set-verdict').at(-1)?.note).toBe('Move the button up, and make it blue'), { timeout: 250 });
  });

  it('sends a pending note before the selection changes and before a rescan', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: judged } });
    await openStep(/^2\. The value exchange/);
    const note = await noteOf('value.faq-link');
    fireEvent.input(note, { target: { value: 'Link the FAQ' } });
    panel.server.emit('selection-changed', selectionOf(FRAMES.slice(0, 1)));
    await waitFor(() => expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'value.faq-link', status: 'needs-work', note: 'Link the FAQ' }]), { timeout: 250 });
    expect((await screen.findByText('The selection changed')).closest('[role=status]')?.textContent).toContain('1 frame is now selected');

    fireEvent.input(note, { target: { value: 'Link the FAQ page' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review the new selection' }));
    await waitFor(() => expect(panel.callsOf('scan')).toHaveLength(2));
    // The reviewer keeps their place after a rescan.
    await screen.findByRole('heading', { level: 2, name: 'The value exchange' });
    const order = panel.calls.map((c) => c.method).filter((m) => m === 'set-verdict' || m === 'scan');
    expect(order).toEqual(['scan', 'set-verdict', 'set-verdict', 'scan']);
    expect(panel.callsOf('set-verdict').at(-1)?.note).toBe('Link the FAQ page');
  });

  it('shows a failed save with a retry that saves the current value', async () => {
    let attempts = 0;
    const panel = await renderLoadedPanel({
      handlers: {
        'set-verdict': (p) => {
          attempts += 1;
          if (attempts === 1) throw new ProtocolError('storage-failed', 'The file is locked.');
          return { verdict: { ...p, by: 'Ada', at: 'now', frameId: '1:1' }, savedAt: 'now', annotations: { ok: true } };
        },
      },
    });
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.three-actions');
    fireEvent.click(within(card).getByRole('radio', { name: 'Pass' }));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Couldn’t save: The file is locked.'));
    // The choice stays on screen: nothing is lost while the save is pending.
    expect(within(card).getByRole('radio', { name: 'Pass' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    expect(panel.callsOf('set-verdict')).toEqual([
      { itemId: 'funnel.three-actions', status: 'pass', note: '' },
      { itemId: 'funnel.three-actions', status: 'pass', note: '' },
    ]);
  });

  it('counts the review as saved when only the annotations failed, and says so', async () => {
    await renderLoadedPanel({
      handlers: {
        'set-verdict': (p) => ({
          verdict: { ...p, by: 'Ada', at: 'now', frameId: '1:1' },
          savedAt: 'now',
          annotations: { ok: false, message: 'Annotations are not available here.' },
        }),
      },
    });
    await openStep(/^1\. The funnel/);
    fireEvent.click(within(await screen.findByTestId('item-funnel.three-actions')).getByRole('radio', { name: 'Pass' }));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved · annotations not updated: Annotations are not available here.'));
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('sends a change made during a save right after it, so the last choice wins', async () => {
    const first = deferred<SaveResult>();
    let calls = 0;
    const panel = await renderLoadedPanel({
      handlers: {
        'set-verdict': (p) => {
          calls += 1;
          const result: SaveResult = { verdict: { ...p, by: 'Ada', at: 'now', frameId: '1:1' }, savedAt: 'now', annotations: { ok: true } };
          return calls === 1 ? first.promise.then(() => result) : result;
        },
      },
    });
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.three-actions');
    fireEvent.click(within(card).getByRole('radio', { name: 'Pass' }));
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(1));
    fireEvent.click(within(card).getByRole('radio', { name: 'Needs work' }));
    fireEvent.click(within(card).getByRole('radio', { name: 'Not applicable' }));
    await sleep(30);
    expect(panel.callsOf('set-verdict')).toHaveLength(1);
    first.resolve({} as SaveResult);
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(2));
    expect(panel.callsOf('set-verdict')[1]).toEqual({ itemId: 'funnel.three-actions', status: 'not-applicable', note: '' });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
  });

  it('sends a pending note when the panel unmounts', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: judged } });
    await openStep(/^1\. The funnel/);
    fireEvent.input(await noteOf('funnel.prefill'), { target: { value: 'Prefill the VAT number' } });
    panel.unmount();
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(1), { timeout: 250 });
    expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'funnel.prefill', status: 'needs-work', note: 'Prefill the VAT number' }]);
  });

  it('offers to reload when the stored review changed outside the panel', async () => {
    const panel = await renderLoadedPanel();
    panel.server.emit('review-stale', { reason: 'An undo restored earlier verdicts.' });
    const banner = (await screen.findByText('The review changed outside this panel')).closest('[role=status]') as HTMLElement;
    expect(banner.textContent).toContain('An undo restored earlier verdicts.');
    fireEvent.click(within(banner).getByRole('button', { name: 'Reload review' }));
    await waitFor(() => expect(panel.callsOf('scan')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText('The review changed outside this panel')).toBeNull());
  });
});

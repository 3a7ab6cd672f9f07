// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getItem } from '../../src/core/checklist';
import type { FrameReviewState } from '../../src/core/protocol/messages';
import { FRAMES, scanResult, verdict } from './helpers/fixtures';
import { openStep, renderLoadedPanel, screen, waitFor } from './helpers/panel';

const states = (changed: string[]): FrameReviewState[] =>
  FRAMES.map((f) => ({ frameId: f.id, changedSinceReview: changed.includes(f.id), reviewedAt: '2026-11-20T10:00:00.000Z', copiedFrom: null }));

const liveText = () => document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent ?? '';

describe('changes from outside the panel', () => {
  it('never flags the item just judged as changed, even on a frame changed since its review', async () => {
    // The greeting item's evidence is on 1:2, which changed since it was last reviewed.
    const panel = await renderLoadedPanel({ handlers: { scan: () => scanResult({ frameStates: states(['1:2']) }) } });
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.greeting-email');
    fireEvent.click(within(card).getByRole('radio', { name: 'Pass' }));
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    expect(card.textContent).not.toContain('Changed since review');
    // The sandbox's next report still lists 1:2 as changed (the change predates the verdict).
    panel.server.emit('frames-changed', { frameStates: states(['1:2']) });
    await new Promise((r) => setTimeout(r, 10));
    expect(card.textContent).not.toContain('Changed since review');
  });

  it('shows "changed since review" while open when a reviewed frame changes', async () => {
    const panel = await renderLoadedPanel({
      handlers: { scan: () => scanResult({ verdicts: [verdict('funnel.greeting-email', 'pass', '', '1:2')], frameStates: states([]) }) },
    });
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.greeting-email');
    expect(card.textContent).not.toContain('Changed since review');
    panel.server.emit('frames-changed', { frameStates: states(['1:2']) });
    await waitFor(() => expect(card.textContent).toContain('Changed since review: Welcome email. Check the verdict still holds.'));
  });

  it('applies another reviewer’s verdict without a rescan and says who changed what', async () => {
    const panel = await renderLoadedPanel();
    await openStep(/^3\. Privacy/);
    const title = getItem('privacy.consent-action').title;
    panel.server.emit('review-changed', {
      verdicts: [verdict('privacy.consent-action', 'needs-work', 'Add a checkbox')],
      frameStates: states([]),
      changes: [{ itemId: 'privacy.consent-action', status: 'needs-work', by: 'Ben' }],
      remote: true,
    });
    const card = await screen.findByTestId('item-privacy.consent-action');
    await waitFor(() => expect(within(card).getByRole('radio', { name: 'Needs work' }).getAttribute('aria-checked')).toBe('true'));
    expect((within(card).getByRole('textbox') as HTMLTextAreaElement).value).toBe('Add a checkbox');
    await waitFor(() => expect(liveText()).toBe(`Ben marked “${title}” Needs work.`));
    expect(panel.callsOf('scan')).toHaveLength(1);
  });
});

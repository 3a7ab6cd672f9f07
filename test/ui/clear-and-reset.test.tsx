// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { scanResult, verdict } from './helpers/fixtures';
import { openStep, renderLoadedPanel, screen, waitFor } from './helpers/panel';

const judged = () => scanResult({ verdicts: [verdict('funnel.greeting-email', 'pass'), verdict('funnel.cta-visible', 'needs-work', 'Bigger')] });

describe('going back', () => {
  it('clears a verdict back to not reviewed from the card, and with the 0 key', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: judged } });
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.greeting-email');
    expect(within(screen.getByTestId('item-funnel.three-actions')).queryByRole('button', { name: /^Clear/ })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: /^Clear the verdict on/ }));
    await waitFor(() => expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'funnel.greeting-email', status: 'unreviewed', note: '' }]));
    expect(within(card).getAllByRole('radio').map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false']);
    // Keyboard: focus the needs-work item and press 0.
    const second = screen.getByTestId('item-funnel.cta-visible');
    second.focus();
    fireEvent.focusIn(second);
    fireEvent.keyDown(second, { key: '0' });
    await waitFor(() => expect(panel.callsOf('set-verdict').at(-1)).toEqual({ itemId: 'funnel.cta-visible', status: 'unreviewed', note: 'Bigger' }));
  });

  it('asks before resetting the review: focus on Cancel, Escape cancels, Tab stays inside', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: judged } });
    await openStep('Summary');
    const open = await screen.findByRole('button', { name: 'Reset review…' });
    open.focus();
    fireEvent.click(open);
    const dialog = screen.getByRole('alertdialog', { name: 'Reset this review?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('2 verdicts');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    const confirm = within(dialog).getByRole('button', { name: 'Reset review' });
    expect(document.activeElement).toBe(cancel);
    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    // Shortcuts do not leak out of the dialog.
    fireEvent.keyDown(confirm, { key: '1' });
    fireEvent.keyDown(confirm, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(panel.callsOf('reset-review')).toHaveLength(0);
    expect(panel.callsOf('set-verdict')).toHaveLength(0);
  });

  it('resets the review after confirmation: every verdict cleared, reported politely', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: judged } });
    await openStep('Summary');
    fireEvent.click(await screen.findByRole('button', { name: 'Reset review…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset review' }));
    await waitFor(() => expect(panel.callsOf('reset-review')).toEqual([{}]));
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    expect(screen.getByTestId('area-funnel').textContent).toContain('0/5 reviewed');
    await waitFor(() => expect(document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent).toBe('Review reset: 3 verdicts cleared.'));
  });
});

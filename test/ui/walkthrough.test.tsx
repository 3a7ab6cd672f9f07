// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CHECKLIST, getItem } from '../../src/core/checklist';
import { FRAMES, scanResult, verdict } from './helpers/fixtures';
import { openStep, renderLoadedPanel, screen, waitFor } from './helpers/panel';

describe('area walkthrough', () => {
  it('marks the first rendered item list once for the load-time measurement', async () => {
    performance.clearMarks('afr:first-items');
    await renderLoadedPanel();
    expect(performance.getEntriesByName('afr:first-items')).toHaveLength(0);
    await openStep(/^1\. The funnel/);
    await screen.findByTestId('item-funnel.greeting-email');
    await openStep(/^2\. The value exchange/);
    await screen.findByTestId('item-value.faq-link');
    expect(performance.getEntriesByName('afr:first-items', 'mark')).toHaveLength(1);
  });

  it('shows each item with its title, hint, why it matters and the detector’s suggestion', async () => {
    const panel = await renderLoadedPanel();
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.greeting-email');
    const item = getItem('funnel.greeting-email');
    expect(within(card).getByRole('heading', { name: item.title })).toBeTruthy();
    expect(card.textContent).toContain(item.hint);
    // "Why it matters" is the area's, said once in its heading, not repeated on every card.
    expect(card.textContent).not.toContain('Why it matters');
    const head = screen.getByRole('heading', { level: 2, name: 'The funnel' }).parentElement!;
    expect(head.textContent).toContain('Why it matters: A short, well-built path');
    expect(document.body.textContent!.split('Why it matters').length - 1).toBe(1);
    expect(card.textContent).toContain('Found');
    expect(card.textContent).toContain('The welcome email has a numbered setup list with a connect button.');
    expect(card.textContent).toContain('Connect your accounting');
    // Quoted once, never twice.
    expect(card.textContent).not.toMatch(/["“'‘]["“'‘]Connect your accounting/);
    expect(card.textContent).not.toContain('Bonus');
    fireEvent.click(within(card).getByRole('button', { name: `Show evidence for “${item.title}”` }));
    await waitFor(() => expect(panel.callsOf('show-nodes')).toEqual([{ nodeIds: ['2:1'] }]));
    expect(screen.getAllByRole('article')).toHaveLength(5);
  });

  it('marks bonus items and says when the detector found nothing', async () => {
    await renderLoadedPanel();
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.prefill');
    expect(within(card).getByText('Bonus')).toBeTruthy();
    expect(card.textContent).toContain('Not found');
    expect(card.textContent).toContain('No setup form shows prefilled company data.');
    expect(within(card).queryByRole('button', { name: /Show evidence/ })).toBeNull();
    const manual = screen.getByTestId('item-funnel.social-proof');
    expect(manual.textContent).toContain('Needs your judgement');
  });

  it('saves a status at once through set-verdict and shows it saved', async () => {
    const panel = await renderLoadedPanel();
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.cta-visible');
    const group = within(card).getByRole('radiogroup');
    const needsWork = within(group).getByRole('radio', { name: 'Needs work' });
    fireEvent.click(needsWork);
    expect(needsWork.getAttribute('aria-checked')).toBe('true');
    await waitFor(() => expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'funnel.cta-visible', status: 'needs-work', note: '' }]));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    const nav = screen.getByRole('navigation', { name: 'Review steps' });
    expect(within(nav).getByRole('button', { name: '1. The funnel, 1 of 5 reviewed, 1 needs work' })).toBeTruthy();
  });

  it('moves and selects with arrow keys inside the radio group (one tab stop)', async () => {
    const panel = await renderLoadedPanel();
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.social-proof');
    const radios = within(card).getAllByRole('radio');
    expect(radios.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    radios[0]!.focus();
    fireEvent.keyDown(radios[0]!, { key: 'ArrowRight' });
    await waitFor(() => expect(panel.callsOf('set-verdict').at(-1)).toEqual({ itemId: 'funnel.social-proof', status: 'needs-work', note: '' }));
    expect(document.activeElement).toBe(radios[1]);
    expect(radios.map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(radios[1]!, { key: 'ArrowLeft' });
    fireEvent.keyDown(radios[0]!, { key: 'ArrowLeft' });
    await waitFor(() => expect(radios[2]!.getAttribute('aria-checked')).toBe('true'));
    await waitFor(() => expect(panel.callsOf('set-verdict').at(-1)?.status).toBe('not-applicable'));
    // The item did not move: arrows belonged to the group.
    expect(card.className).toContain('item--focused');
  });

  it('restores stored verdicts and flags frames changed since the review', async () => {
    await renderLoadedPanel({
      handlers: {
        scan: () =>
          scanResult({
            verdicts: [verdict('funnel.greeting-email', 'pass', 'Looks right', '1:2')],
            frameStates: FRAMES.map((f) => ({ frameId: f.id, changedSinceReview: f.id === '1:2', reviewedAt: '2026-11-20T10:00:00.000Z', copiedFrom: null })),
          }),
      },
    });
    expect(within(screen.getByTestId('frame-strip')).getByRole('button', { name: /Welcome email/ }).textContent).toContain('Changed');
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.greeting-email');
    expect(within(card).getByRole('radio', { name: 'Pass' }).getAttribute('aria-checked')).toBe('true');
    expect((within(card).getByRole('textbox') as HTMLTextAreaElement).value).toBe('Looks right');
    expect(within(card).getByRole('note').textContent).toContain('Changed since review: Welcome email');
    expect(screen.getByTestId('item-funnel.three-actions').textContent).not.toContain('Changed since review');
  });

  it('disables editing of a read-only review and says why', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: () => scanResult({ readOnly: true, verdicts: [verdict('funnel.cta-visible', 'pass')] }) } });
    expect(screen.getByTestId('read-only').textContent).toContain('saved by a newer version');
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.cta-visible');
    for (const radio of within(card).getAllByRole('radio')) expect((radio as HTMLButtonElement).disabled).toBe(true);
    expect((within(card).getByRole('textbox') as HTMLTextAreaElement).disabled).toBe(true);
    fireEvent.keyDown(card, { key: '2' });
    await new Promise((r) => setTimeout(r, 20));
    expect(panel.callsOf('set-verdict')).toHaveLength(0);
    expect(screen.getByTestId('save-state').textContent).toBe('Read-only');
  });

  it('lists stored entries that could not be read as a readable banner', async () => {
    await renderLoadedPanel({
      handlers: {
        scan: () =>
          scanResult({
            problems: [
              { nodeId: '1:2', key: 'item:funnel.cta-visible', kind: 'corrupt', message: 'Not valid JSON.', raw: '{oops' },
              { nodeId: '1:3', key: 'frame', kind: 'invalid', message: 'fingerprint is missing.', raw: '{}' },
            ],
          }),
      },
    });
    const banner = screen.getByTestId('problems');
    expect(banner.textContent).toContain('2 stored entries could not be read');
    expect(banner.textContent).toContain('item:funnel.cta-visible on layer 1:2 is unreadable: Not valid JSON.');
    expect(banner.textContent).toContain('frame on layer 1:3 is not in the expected shape: fingerprint is missing.');
  });

  it('offers to adopt or discard a review copied onto a duplicated frame', async () => {
    let copied = true;
    const panel = await renderLoadedPanel({
      handlers: {
        scan: () =>
          scanResult({
            frameStates: FRAMES.map((f) => ({ frameId: f.id, changedSinceReview: false, reviewedAt: null, copiedFrom: copied && f.id === '1:4' ? '1:3' : null })),
          }),
        'resolve-copy': ({ frameId }) => {
          copied = false;
          return { frameId };
        },
      },
    });
    const banner = screen.getByTestId('copied-1:4');
    expect(banner.textContent).toContain('“Pricing” carries a copied review');
    expect(banner.textContent).toContain('duplicated from Connect accounts');
    fireEvent.click(within(banner).getByRole('button', { name: 'Adopt the copied review on “Pricing”' }));
    await waitFor(() => expect(panel.callsOf('resolve-copy')).toEqual([{ frameId: '1:4', action: 'adopt' }]));
    await waitFor(() => expect(screen.queryByTestId('copied-1:4')).toBeNull());
    await waitFor(() => expect(panel.callsOf('scan')).toHaveLength(2));
    expect(screen.queryByTestId('copied-1:4')).toBeNull();
  });

  it('discards a copied review', async () => {
    const panel = await renderLoadedPanel({
      handlers: {
        scan: () => scanResult({ frameStates: [{ frameId: '1:2', changedSinceReview: false, reviewedAt: null, copiedFrom: '1:1' }] }),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Discard the copied review on “Welcome email”' }));
    await waitFor(() => expect(panel.callsOf('resolve-copy')).toEqual([{ frameId: '1:2', action: 'discard' }]));
  });

  it('steps through the areas with Back and Next, then reaches the summary', async () => {
    await renderLoadedPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Start the walkthrough' }));
    for (const area of CHECKLIST) {
      await screen.findByRole('heading', { level: 2, name: area.title });
      expect(screen.getAllByRole('article')).toHaveLength(area.items.length);
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
  });
});

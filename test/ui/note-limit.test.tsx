// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../src/core/review/types';
import { plural } from '../../ui/text/plural';
import { openStep, renderLoadedPanel, screen, waitFor } from './helpers/panel';

describe('note length', () => {
  it('shows a counter from 80% of the limit', async () => {
    await renderLoadedPanel();
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.cta-visible');
    const note = within(card).getByRole('textbox');
    fireEvent.input(note, { target: { value: 'x'.repeat(Math.ceil(MAX_NOTE_LENGTH * 0.8) - 1) } });
    expect(within(card).queryByTestId('note-funnel.cta-visible-count')).toBeNull();
    fireEvent.input(note, { target: { value: 'x'.repeat(3200) } });
    expect(within(card).getByTestId('note-funnel.cta-visible-count').textContent).toBe('3,200 / 4,000 characters');
    expect(note.getAttribute('aria-describedby')).toBe('note-funnel.cta-visible-count');
  });

  it('keeps a pasted 10,000-character note whole, says it is too long, and saves nothing cut', async () => {
    const panel = await renderLoadedPanel();
    await openStep(/^1\. The funnel/);
    const card = await screen.findByTestId('item-funnel.cta-visible');
    fireEvent.click(within(card).getByRole('radio', { name: 'Needs work' }));
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(1));
    const note = within(card).getByRole('textbox') as HTMLTextAreaElement;
    expect(note.maxLength).toBe(-1);
    fireEvent.input(note, { target: { value: 'Keep this.' } });
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(2));
    const pasted = 'y'.repeat(10000);
    fireEvent.input(note, { target: { value: pasted } });
    expect(note.value).toHaveLength(10000);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByTestId('note-funnel.cta-visible-count').textContent).toBe(
      '10,000 / 4,000 characters. Shorten it by 6,000 to save it; until then the last saved note is kept.',
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(panel.callsOf('set-verdict').map((p) => p.note)).toEqual(['', 'Keep this.']);
  });
});

describe('plural', () => {
  it('pairs each count with the right form', () => {
    expect(plural(1, 'frame')).toBe('1 frame');
    expect(plural(0, 'frame')).toBe('0 frames');
    expect(plural(2, 'stored entry', 'stored entries')).toBe('2 stored entries');
    expect(plural(10000, 'layer')).toBe('10,000 layers');
  });
});

// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderLoadedPanel, screen, waitFor } from './helpers/panel';

const press = (key: string, target: Element = document.activeElement ?? document.body) => fireEvent.keyDown(target, { key });

describe('keyboard', () => {
  it('walks items and sets statuses with shortcuts', async () => {
    const panel = await renderLoadedPanel();
    press(']');
    await screen.findByRole('heading', { level: 2, name: 'The funnel' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('item-funnel.greeting-email')));

    press('j');
    expect(document.activeElement).toBe(screen.getByTestId('item-funnel.three-actions'));
    press('2');
    await waitFor(() => expect(panel.callsOf('set-verdict')).toEqual([{ itemId: 'funnel.three-actions', status: 'needs-work', note: '' }]));
    press('ArrowDown');
    expect(document.activeElement).toBe(screen.getByTestId('item-funnel.cta-visible'));
    press('3');
    press('k');
    press('k');
    press('ArrowUp');
    expect(document.activeElement).toBe(screen.getByTestId('item-funnel.greeting-email'));
    press('1');
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(3));
    expect(panel.callsOf('set-verdict').map((p) => [p.itemId, p.status])).toEqual([
      ['funnel.three-actions', 'needs-work'],
      ['funnel.cta-visible', 'not-applicable'],
      ['funnel.greeting-email', 'pass'],
    ]);
    const radio = within(screen.getByTestId('item-funnel.greeting-email')).getByRole('radio', { name: 'Pass' });
    expect(radio.getAttribute('aria-checked')).toBe('true');
  });

  it('shows evidence with s, and moves between steps with [ and ]', async () => {
    const panel = await renderLoadedPanel();
    press(']');
    await screen.findByRole('heading', { level: 2, name: 'The funnel' });
    press('s');
    await waitFor(() => expect(panel.callsOf('show-nodes')).toEqual([{ nodeIds: ['2:1'] }]));
    press(']');
    await screen.findByRole('heading', { level: 2, name: 'The value exchange' });
    press('[');
    press('[');
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
  });

  it('focuses the note with n and never fires shortcuts while typing', async () => {
    const panel = await renderLoadedPanel();
    press(']');
    await screen.findByRole('heading', { level: 2, name: 'The funnel' });
    press('j');
    press('n');
    const note = within(screen.getByTestId('item-funnel.three-actions')).getByRole('textbox');
    expect(document.activeElement).toBe(note);
    for (const key of ['j', '1', ']', 's', '?']) press(key, note);
    await new Promise((r) => setTimeout(r, 30));
    expect(panel.callsOf('set-verdict')).toHaveLength(0);
    expect(panel.callsOf('show-nodes')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2, name: 'The funnel' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    press('Escape', note);
    expect(document.activeElement).toBe(screen.getByTestId('item-funnel.three-actions'));
    press('1');
    await waitFor(() => expect(panel.callsOf('set-verdict')).toHaveLength(1));
  });

  it('documents the shortcuts in a help popover opened with ? or its button', async () => {
    await renderLoadedPanel();
    press('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const action of ['Next item', 'Previous item', 'Pass', 'Needs work', 'Not applicable', 'Write a note on the item', 'Show the evidence on the canvas', 'Previous step', 'Next step']) {
      expect(within(dialog).getByText(action)).toBeTruthy();
    }
    expect(document.activeElement).toBe(dialog);
    press('Escape', dialog);
    expect(screen.queryByRole('dialog')).toBeNull();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    button.focus();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Close shortcuts' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('resizes the panel from the grip with the keyboard and with a pointer drag', async () => {
    const panel = await renderLoadedPanel();
    const grip = screen.getByRole('button', { name: 'Resize panel' });
    press('ArrowRight', grip);
    await waitFor(() => expect(panel.callsOf('resize')).toEqual([{ width: 376, height: 560 }]));
    fireEvent.pointerDown(grip, { clientX: 100, clientY: 100, pointerId: 1 });
    fireEvent.pointerMove(grip, { clientX: 150, clientY: 140, pointerId: 1 });
    fireEvent.pointerUp(grip, { clientX: 160, clientY: 160, pointerId: 1 });
    await waitFor(() => expect(panel.callsOf('resize').at(-1)).toEqual({ width: 436, height: 620 }));
  });
});

// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { openStep, renderLoadedPanel, screen, waitFor } from './helpers/panel';

const nav = () => screen.getByRole('navigation', { name: 'Review steps' });
const stepButtons = () => within(nav()).getAllByRole('button');

describe('stepper', () => {
  it('offers every step at once: Overview, the five numbered areas with their progress, Summary', async () => {
    await renderLoadedPanel();
    expect(stepButtons().map((b) => b.textContent?.replace(/\d\. .*$/, '').trim())).toHaveLength(7);
    const names = stepButtons().map((b) => b.querySelector('.visually-hidden')?.textContent);
    expect(names).toEqual([
      'Overview',
      '1. The funnel, 0 of 5 reviewed',
      '2. The value exchange, 0 of 4 reviewed',
      '3. Privacy, trust and support, 0 of 9 reviewed',
      '4. Platform selection, 0 of 7 reviewed',
      '5. Connection management, 0 of 4 reviewed',
      'Summary',
    ]);
    const progress = within(nav()).getByRole('progressbar', { name: 'Items reviewed' });
    expect(progress.getAttribute('aria-valuetext')).toBe('0 of 29 items reviewed');
  });

  it('is one tab stop: arrows, Home and End move focus, Enter opens, aria-current follows', async () => {
    await renderLoadedPanel();
    const buttons = stepButtons();
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[6]);
    fireEvent.keyDown(buttons[6]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowLeft' });
    fireEvent.keyDown(buttons[6]!, { key: 'Home' });
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    fireEvent.keyDown(buttons[1]!, { key: 'ArrowRight' });
    fireEvent.click(document.activeElement!);
    await screen.findByRole('heading', { level: 2, name: 'The value exchange' });
    expect(stepButtons()[2]!.getAttribute('aria-current')).toBe('step');
    expect(stepButtons().map((b) => b.tabIndex)).toEqual([-1, -1, 0, -1, -1, -1, -1]);
  });

  it('opens each step at its top with focus on its heading', async () => {
    await renderLoadedPanel();
    const main = document.getElementById('main')!;
    await openStep(/^3\. Privacy/);
    await screen.findByRole('heading', { level: 2, name: 'Privacy, trust and support' });
    main.scrollTop = 1500;
    expect(main.scrollTop).toBe(1500);
    await openStep(/^4\. Platform/);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Platform selection' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(main.scrollTop).toBe(0);
    main.scrollTop = 900;
    await openStep('Summary');
    const summary = await screen.findByRole('heading', { level: 2, name: 'Summary' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(main.scrollTop).toBe(0);
  });
});

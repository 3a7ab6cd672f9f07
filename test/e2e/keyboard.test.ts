// Callbacks passed to evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/** One full review with the keyboard only: Tab into the panel, Enter, then the walkthrough shortcuts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';
import { CHECKLIST, hasAttribute, hasText, noteBox, statusRadio } from './support/walk';

const NOTE = 'Typed without a mouse.';

describe('keyboard-only review', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
  });
  afterAll(async () => {
    await s.close();
  });

  /** Tab (through the host page and into the panel) until the wanted control has focus. */
  async function tabTo(accessibleText: string, maxPresses = 60): Promise<void> {
    const frame = await s.panelFrame();
    for (let i = 0; i < maxPresses; i++) {
      await s.page.keyboard.press('Tab');
      const focused = await frame.evaluate(() => (document.hasFocus() ? (document.activeElement?.textContent ?? '').trim() : ''));
      if (focused === accessibleText) return;
    }
    throw new Error(`"${accessibleText}" was not reached with ${maxPresses} Tab presses`);
  }

  it('sets a status for every item of all five areas and writes a note', async () => {
    await s.open();
    await s.clearSavedReviews();
    await s.open();
    await tabTo('Review 8 frames');
    await s.page.keyboard.press('Enter');
    await hasAttribute(s.step('Overview'), 'aria-current', 'step');

    const statusKeys = ['1', '2', '3'] as const;
    const labels = { '1': 'Pass', '2': 'Needs work', '3': 'Not applicable' } as const;
    let n = 0;
    for (const [index, area] of CHECKLIST.entries()) {
      await s.page.keyboard.press(']');
      await hasAttribute(s.step(`${index + 1}. ${area.title}`), 'aria-current', 'step');
      for (const [i, item] of area.items.entries()) {
        if (i > 0) await s.page.keyboard.press('j');
        const key = statusKeys[n++ % 3]!;
        await s.page.keyboard.press(key);
        await hasAttribute(statusRadio(s.panel, item.title, labels[key]), 'aria-checked', 'true');
      }
      if (index === 0) {
        // n: into the focused item's note; Esc: back out so shortcuts work again.
        await s.page.keyboard.press('n');
        await s.page.keyboard.type(NOTE);
        await s.page.keyboard.press('Escape');
        const last = area.items[area.items.length - 1]!;
        const frame = await s.panelFrame();
        await frame.waitForFunction(([id, text]) => (document.getElementById(id!) as HTMLTextAreaElement | null)?.value === text, [`note-${last.id}`, NOTE]);
        expect(await noteBox(s.panel, last.title).inputValue()).toBe(NOTE);
      }
    }
    await s.page.keyboard.press(']');
    await hasAttribute(s.step('Summary'), 'aria-current', 'step');
    await hasText(s.panel.getByTestId('save-state'), 'Saved');
    const counts = s.panel.getByTestId('summary-counts');
    for (const area of CHECKLIST) {
      await hasText(counts.getByRole('row', { name: new RegExp(`^${area.title}`) }).getByRole('cell').last(), '0');
    }
    await s.panel.getByTestId('needs-work').getByText(NOTE).waitFor();
  });

  it('opens and closes the shortcut help with ? and Esc', async () => {
    await s.page.keyboard.press('?');
    const help = s.panel.getByRole('dialog');
    await help.waitFor();
    await s.page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });
});

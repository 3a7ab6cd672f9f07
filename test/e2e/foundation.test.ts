/** The vertical slice: the preview runs the real plugin on a sample and the panel lists its frames. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';
import { firstPageFrames } from './support/samples';

describe('preview foundation', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
  });
  afterAll(async () => {
    await s.close();
  });

  it('lists the sample frames with their count, on the page the canvas shows', async () => {
    await s.open();
    const expected = firstPageFrames('strong');
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(() => s.panel.getByTestId('frame-list').getByRole('listitem').allTextContents()).toEqual(expected.map((n) => `#${n}`));
    await expect.poll(() => s.panel.getByTestId('selection-count').textContent()).toContain(`${expected.length} frames`);
    await expect.poll(() => s.panel.getByRole('button', { name: `Review ${expected.length} frames` }).isVisible()).toBe(true);
    // The host canvas shows the same frames as cards.
    for (const name of expected) await expect.poll(() => s.page.locator('.card--frame', { hasText: name }).count()).toBeGreaterThan(0);
    await s.screenshot('foundation.png');
  });

  it('follows a selection made on the canvas, and clearing it', async () => {
    await s.page.locator('.card--frame', { hasText: 'Welcome' }).first().click();
    await s.page.locator('.card--frame', { hasText: 'Why connect' }).first().click({ modifiers: ['Shift'] });
    await expect.poll(() => s.panel.getByTestId('selection-count').textContent()).toBe('2 frames selected');
    await expect.poll(() => s.page.locator('#canvas-status').textContent()).toBe('Selected: “Welcome”, “Why connect”');
    await s.page.locator('#canvas').click({ position: { x: 600, y: 600 } });
    await expect.poll(() => s.panel.getByTestId('selection-count').textContent()).toContain('Nothing selected');
  });

  it('resizes the panel iframe when the panel asks, and remembers the size across a reload', async () => {
    const iframe = s.page.locator('#plugin');
    const width = async (): Promise<number> => (await iframe.boundingBox())?.width ?? 0;
    const before = await width();
    await s.panel.getByRole('button', { name: 'Resize panel' }).press('Shift+ArrowRight');
    await expect.poll(width).toBe(before + 64);
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    await expect.poll(width).toBe(before + 64);
    // Back to the default so later screenshots keep their usual layout.
    await s.panel.getByRole('button', { name: 'Resize panel' }).press('Shift+ArrowLeft');
    await expect.poll(width).toBe(before);
  });

  it('ignores an unreadable saved review with a visible note, and still opens the sample', async () => {
    for (const stored of ['{not json', JSON.stringify({ version: 1, pluginData: 'nope' })]) {
      // A save still waiting would write the good review back as the page unloads.
      await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
      await s.page.evaluate((value) => localStorage.setItem('afr-preview:strong', value), stored);
      await s.open();
      await expect.poll(() => s.page.locator('#host-note').textContent()).toContain('could not be read and was ignored');
      await expect.poll(() => s.panel.getByTestId('frame-list').getByRole('listitem').count()).toBe(firstPageFrames('strong').length);
    }
    await s.page.getByRole('button', { name: 'Reset saved review…' }).click();
    await s.page.getByRole('dialog', { name: 'Reset the saved review?' }).getByRole('button', { name: 'Reset saved review' }).click();
    await s.panel.getByTestId('frame-list').waitFor();
    await expect.poll(() => s.page.locator('#host-note').isHidden()).toBe(true);
  });

  it('times the panel from opening the preview to the first rendered item list (printed, not asserted)', async () => {
    // Dev Mode renders its item list with no click; the design editor needs two (start, first area).
    const timings: Record<string, number> = {};
    for (const mode of ['dev', 'figma'] as const) {
      await s.open(mode === 'dev' ? '?mode=dev' : '');
      if (mode === 'figma') {
        await s.startReview();
        await s.step('1.').click();
      }
      await s.panel.getByTestId(/^item-/).first().waitFor();
      const frame = await s.panelFrame();
      const marks = await frame.evaluate(() => {
        const mark = (name: string): number | null => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
        // The panel is a srcdoc iframe with its own time origin: express it on the host page's clock.
        const offset = performance.timeOrigin - window.parent.performance.timeOrigin;
        const boot = mark('afr:boot');
        const items = mark('afr:first-items');
        return { boot: boot === null ? null : boot + offset, items: items === null ? null : items + offset };
      });
      expect(marks.boot).not.toBeNull();
      expect(marks.items).not.toBeNull();
      timings[mode] = Math.round(marks.items ?? 0);
      console.log(
        `[timing] ${mode === 'dev' ? 'Dev Mode (no clicks)' : 'design editor (incl. two clicks)'}: navigation start → afr:boot ${Math.round(marks.boot ?? 0)} ms, → afr:first-items ${timings[mode]} ms`,
      );
    }
  });
});

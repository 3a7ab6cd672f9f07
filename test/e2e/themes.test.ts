// Callbacks passed to page.evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/** Light and dark: the panel follows the Figma theme classes; screenshots are kept as artifacts. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { ARTIFACTS, openPreview } from './support/preview-session';

const panelBackground = async (s: PreviewSession): Promise<string> =>
  (await s.panelFrame()).evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Relative luminance (0 dark … 1 light) of a computed "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('themes', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
  });
  afterAll(async () => {
    await s.close();
  });

  async function openArea(query: string): Promise<void> {
    await s.open(query);
    await s.startReview();
    await s.step('2.').click();
    await s.panel.getByRole('article').first().waitFor();
  }

  it('light theme', async () => {
    await openArea('');
    const root = (await s.panelFrame()).locator('html');
    await expect.poll(() => root.getAttribute('class')).toContain('figma-light');
    expect(luminance(await panelBackground(s))).toBeGreaterThan(0.8);
    await s.page.locator('#plugin').screenshot({ path: join(ARTIFACTS, 'panel-light.png') });
  });

  it('dark theme from ?theme=dark', async () => {
    await openArea('?theme=dark');
    const root = (await s.panelFrame()).locator('html');
    await expect.poll(() => root.getAttribute('class')).toContain('figma-dark');
    expect(luminance(await panelBackground(s))).toBeLessThan(0.3);
    await s.page.locator('#plugin').screenshot({ path: join(ARTIFACTS, 'panel-dark.png') });
    await s.screenshot('preview-dark.png');
  });

  it('the header toggle switches the panel theme without losing the view', async () => {
    await s.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(async () => luminance(await panelBackground(s))).toBeGreaterThan(0.8);
    await expect.poll(() => s.step('2.').getAttribute('aria-current')).toBe('step');
    expect(s.page.url()).not.toContain('theme=dark');
  });
});

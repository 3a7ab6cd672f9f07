// Callbacks passed to evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/**
 * The panel at Figma's narrow widths: every step of the walkthrough in sight, no control
 * clipped, each step opening at its top, and cards compact enough to compare.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';
import { CHECKLIST } from './support/walk';

describe('panel layout', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
    await s.open();
    await s.clearSavedReviews();
    await s.open();
    await s.startReview();
  });
  afterAll(async () => {
    await s.close();
  });

  const setWidth = async (width: number): Promise<void> => {
    await s.page.locator('#plugin').evaluate((el, w) => (el.style.width = `${w}px`), width);
    const frame = await s.panelFrame();
    await frame.waitForFunction((w) => document.documentElement.clientWidth === w, width);
  };

  for (const width of [300, 360]) {
    it(`shows every step and whole status labels at ${width} px`, async () => {
      await setWidth(width);
      await s.step('1.').click();
      const frame = await s.panelFrame();
      const fit = await frame.evaluate(() => {
        const nav = document.querySelector<HTMLElement>('nav.stepper')!;
        const steps = [...nav.querySelectorAll<HTMLElement>('button')].map((b) => {
          const r = b.getBoundingClientRect();
          return { left: r.left, right: r.right };
        });
        const clipped = [...document.querySelectorAll<HTMLElement>('.segmented__option')].filter((o) => o.scrollWidth > o.clientWidth || o.scrollHeight > o.clientHeight);
        return { navOverflow: nav.scrollWidth - nav.clientWidth, steps, viewport: document.documentElement.clientWidth, clipped: clipped.length, options: document.querySelectorAll('.segmented__option').length };
      });
      expect(fit.navOverflow).toBe(0);
      expect(fit.steps).toHaveLength(7);
      for (const step of fit.steps) {
        expect(step.left).toBeGreaterThanOrEqual(0);
        expect(step.right).toBeLessThanOrEqual(fit.viewport);
      }
      expect(fit.options).toBeGreaterThan(0);
      expect(fit.clipped).toBe(0);
    });
  }

  it('opens each step at its top with focus on its heading', async () => {
    await setWidth(360);
    const frame = await s.panelFrame();
    await s.step('3.').click();
    await s.panel.getByRole('heading', { level: 2, name: CHECKLIST[2]!.title }).waitFor();
    await frame.evaluate(() => {
      const main = document.getElementById('main')!;
      main.scrollTop = main.scrollHeight;
    });
    expect(await frame.evaluate(() => document.getElementById('main')!.scrollTop)).toBeGreaterThan(500);
    await s.step('4.').click();
    await s.panel.getByRole('heading', { level: 2, name: CHECKLIST[3]!.title }).waitFor();
    expect(await frame.evaluate(() => document.getElementById('main')!.scrollTop)).toBe(0);
    expect(await frame.evaluate(() => document.activeElement?.textContent?.trim())).toBe(CHECKLIST[3]!.title);
    await frame.evaluate(() => {
      const main = document.getElementById('main')!;
      main.scrollTop = main.scrollHeight;
    });
    await s.step('Summary').click();
    const heading = s.panel.getByRole('heading', { level: 2, name: 'Summary' });
    await heading.waitFor();
    expect(await frame.evaluate(() => document.getElementById('main')!.scrollTop)).toBe(0);
    expect(await heading.evaluate((h) => h.getBoundingClientRect().top >= document.getElementById('main')!.getBoundingClientRect().top)).toBe(true);
  });

  it('says why an area matters once, in its heading, so the cards stay compact', async () => {
    await setWidth(360);
    const heights: number[] = [];
    for (const [index, area] of CHECKLIST.entries()) {
      await s.step(`${index + 1}.`).click();
      await s.panel.getByRole('heading', { level: 2, name: area.title }).waitFor();
      expect(await s.panel.getByText('Why it matters').count()).toBe(1);
      expect(await s.panel.getByRole('article').filter({ hasText: 'Why it matters' }).count()).toBe(0);
      heights.push(...(await s.panel.getByRole('article').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))));
    }
    heights.sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)]!;
    console.log(`[layout] card heights at 360 px: median ${Math.round(median)} px, ${Math.round(heights[0]!)}–${Math.round(heights.at(-1)!)} px`);
    // Two typical cards side by side in a 560 px panel, with room for the header and stepper.
    expect(median).toBeLessThan(280);
  });

  it('words the counts right: needs work is not open, singulars stay singular, quotes are single', async () => {
    await s.step('1.').click();
    const area = CHECKLIST[0]!;
    for (const [i, item] of area.items.entries()) {
      await s.panel.getByRole('radiogroup', { name: `Status of “${item.title}”` }).getByRole('radio', { name: i === 0 ? 'Needs work' : 'Pass', exact: true }).click();
    }
    await expect.poll(() => s.panel.getByTestId('save-state').textContent()).toBe('Saved');
    await s.step('Overview').click();
    await expect.poll(() => s.panel.getByTestId(`area-${area.id}`).textContent()).toContain('1 needs work');
    await s.step('Summary').click();
    const title = (await s.panel.getByTestId('not-ready').locator('strong').textContent()) ?? '';
    expect(title).toMatch(/^Not ready: 1 core item needs work, \d+ not reviewed yet$/);
    const body = (await s.panel.locator('.app').textContent()) ?? '';
    expect(body).not.toMatch(/\b1 (need|items|frames|layers|verdicts)\b/);
    expect(body).not.toMatch(/"“|”"/);
  });
});

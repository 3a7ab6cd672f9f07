// Callbacks passed to evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/** The preview's canvas draws the frames' layers, so "Show" outlines the evidence itself. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';

describe('preview canvas', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
    await s.open();
    await s.clearSavedReviews();
    await s.open();
  });
  afterAll(async () => {
    await s.close();
  });

  it('draws each frame as a miniature of its layers: boxes, text at its place, image placeholders', async () => {
    const drawn = await s.page.evaluate(() => ({
      frames: document.querySelectorAll('.card--frame .screen').length,
      text: [...document.querySelectorAll('.layer--text')].map((t) => t.textContent ?? ''),
      boxes: document.querySelectorAll('.layer--box').length,
      images: document.querySelectorAll('.layer--image').length,
    }));
    expect(drawn.frames).toBeGreaterThanOrEqual(8);
    expect(drawn.text).toContain('Connect your accounting platform');
    expect(drawn.boxes).toBeGreaterThan(10);
    expect(drawn.images).toBeGreaterThan(0);
    // Every miniature fits its box: the screens are scaled, not cropped.
    const sizes = await s.page.locator('.screen').evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]));
    for (const [w, h] of sizes) {
      expect(w).toBeLessThanOrEqual(221);
      expect(h).toBeLessThanOrEqual(181);
    }
  });

  it('outlines exactly the evidence layers "Show" selects, and names them whole or cut at a word', async () => {
    await s.startReview();
    await s.step('1.').click();
    const show = s.panel.getByRole('button', { name: /^Show evidence for “/ }).nth(1);
    await s.afterPanelEvent('selection-changed', () => show.click());
    await expect.poll(() => s.page.locator('.layer--selected').count()).toBeGreaterThan(0);
    const outlined = await s.page.locator('.layer--selected').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.nodeId));
    const status = (await s.page.locator('#canvas-status').textContent()) ?? '';
    const names = [...status.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    const full = (await s.page.locator('#canvas-status').getAttribute('title'))?.split('\n') ?? [];
    expect(full.length).toBe(outlined.length);
    for (const [i, name] of names.entries()) {
      const whole = full[i]!;
      if (name.endsWith('…')) {
        const head = name.slice(0, -1);
        expect(whole.startsWith(head)).toBe(true);
        // Cut between words, never inside one.
        expect(/[\s,;:.·–—-]/.test(whole.charAt(head.length)) || head.length === 0).toBe(true);
      } else {
        expect(name).toBe(whole);
      }
    }
    const overflow = await s.page.locator('#canvas-status').evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow !== 'ellipsis');
    expect(overflow).toBe(false);
  });
});

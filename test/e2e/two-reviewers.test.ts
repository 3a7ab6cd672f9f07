/**
 * Two reviewers with the plugin open on one document (?panels=2): what the second reviewer
 * saves shows up in the first reviewer's open panel without a rescan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';
import { CHECKLIST, statusRadio } from './support/walk';

describe('two reviewers on one document', () => {
  let s: PreviewSession;
  let second: FrameLocator;
  beforeAll(async () => {
    s = await openPreview();
    await s.open('?panels=2');
    await s.clearSavedReviews();
    await s.open('?panels=2');
    second = s.page.frameLocator('#plugin-2');
    await second.getByRole('banner').waitFor();
  });
  afterAll(async () => {
    await s.close();
  });

  async function startReview(panel: FrameLocator): Promise<void> {
    await panel.getByRole('button', { name: /^Review \d+ frames?$/ }).click();
    await panel.getByRole('navigation', { name: 'Review steps' }).waitFor();
    await panel.getByRole('navigation', { name: 'Review steps' }).getByRole('button', { name: /^1\./ }).click();
  }

  it("shows the second reviewer's save in the first reviewer's open panel", async () => {
    await startReview(s.panel);
    await startReview(second);
    const item = CHECKLIST[0]!.items[2]!;
    const firstSees = statusRadio(s.panel, item.title, 'Needs work');
    expect(await firstSees.getAttribute('aria-checked')).not.toBe('true');

    const secondSets = statusRadio(second, item.title, 'Needs work');
    await secondSets.click();
    await expect.poll(() => secondSets.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => second.getByTestId('save-state').textContent()).toBe('Saved');

    // No rescan in the first panel: the change arrives by itself.
    await expect.poll(() => firstSees.getAttribute('aria-checked')).toBe('true');
    await s.screenshot('two-reviewers.png');
  });
});

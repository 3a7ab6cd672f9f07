/** The weak sample: the overview must show the dead end and a path over the 3-step target. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';

describe('weak sample overview', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows more than three steps to the connect prompt and the dead end', async () => {
    await s.open('?sample=weak');
    await s.clearSavedReviews();
    await s.startReview();
    const facts = s.panel.getByTestId('flow-facts');
    await facts.waitFor();
    const stepsText = (await facts.getByRole('definition').first().textContent()) ?? '';
    const steps = Number(/(\d+) steps?/.exec(stepsText)?.[1]);
    expect(steps).toBeGreaterThan(3);
    expect(stepsText).not.toContain('✓');
    const deadEnds = facts.locator('.facts__row', { hasText: 'Dead ends' }).getByRole('button');
    await expect.poll(() => deadEnds.count()).toBeGreaterThan(0);
    const deadEnd = (await deadEnds.first().textContent()) ?? '';
    // The frame strip tags it too.
    await expect.poll(() => s.panel.getByTestId('frame-strip').getByRole('button', { name: new RegExp(deadEnd) }).textContent()).toContain('Dead end');
    // Clicking the dead end shows that frame on the host canvas.
    await deadEnds.first().click();
    await expect.poll(() => s.page.locator('#canvas-status').textContent()).toContain(`“${deadEnd}”`);
    await s.screenshot('weak-overview.png');
  });
});

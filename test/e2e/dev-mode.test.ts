/** Dev Mode: engineers see the review stored in the file, read-only, and can publish it as annotations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';
import { CHECKLIST, statusRadio } from './support/walk';

/** Stored in samples/strong-onboarding.json (shared plugin data on "Why connect"). */
const STORED_NOTE = 'Checkbox is unticked by default: good.';

describe('Dev Mode', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
    await s.open('?mode=dev');
    await s.clearSavedReviews();
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows the stored review read-only', async () => {
    await s.open('?mode=dev');
    const dev = s.panel.getByTestId('dev-mode');
    await dev.waitFor();
    await expect.poll(() => s.panel.getByTestId('save-state').textContent()).toBe('Read-only in Dev Mode');
    await expect.poll(() => s.panel.getByTestId('item-privacy.consent-action').textContent()).toContain(STORED_NOTE);
    await expect.poll(() => s.panel.getByTestId('item-connection.view-live').textContent()).toContain('Pass');
    // Nothing to edit: no status controls, no note fields, no walkthrough; the one field is the hand-off's file link.
    expect(await s.panel.getByRole('radiogroup').count()).toBe(0);
    expect(await s.panel.getByRole('textbox').count()).toBe(1);
    expect(await s.panel.getByRole('textbox', { name: /Figma file link/ }).count()).toBe(1);
    expect(await s.panel.getByRole('navigation', { name: 'Review steps' }).count()).toBe(0);
    await expect.poll(() => s.panel.getByTestId('not-ready').isVisible()).toBe(true);
  });

  it('"Show" selects the evidence on the canvas and keeps the whole review', async () => {
    const header = s.panel.getByRole('banner');
    const before = await header.textContent();
    // Wait for the selection event Show causes to reach the panel, then check nothing narrowed.
    await s.afterPanelEvent('selection-changed', () => s.panel.getByRole('button', { name: /^Show “/ }).first().click());
    await expect.poll(() => s.page.locator('#canvas-status').textContent()).toMatch(/^Selected: “.+” · zoomed to the selection$/);
    expect(await s.panel.getByTestId('scan-progress-text').count()).toBe(0);
    expect(await header.textContent()).toBe(before);
    await expect.poll(() => s.panel.getByTestId('item-privacy.consent-action').textContent()).toContain(STORED_NOTE);
  });

  it('publishes the review as annotations on the frames', async () => {
    expect(await s.page.locator('.card__annotations:visible').count()).toBe(0);
    await s.panel.getByRole('button', { name: 'Publish annotations' }).click();
    const published = s.panel.getByTestId('dev-mode').getByRole('status').filter({ hasText: /^Published/ });
    await expect.poll(() => published.textContent()).toMatch(/^Published \d+ annotations?\.$/);
    expect(await s.panel.getByRole('alert').count()).toBe(0);
    // The host canvas counts the annotations the plugin wrote on each frame.
    await expect.poll(() => s.page.locator('.card__annotations:visible').count()).toBeGreaterThan(0);
    await s.screenshot('dev-mode.png');
  });

  it('reads the same document as Design: a verdict set there shows here', async () => {
    const item = CHECKLIST[0]!.items[1]!;
    await s.open();
    await s.startReview();
    await s.step('1.').click();
    await statusRadio(s.panel, item.title, 'Needs work').click();
    await s.panel.getByRole('textbox', { name: `Note for “${item.title}”` }).fill('Seen by engineers too.');
    await expect.poll(() => s.panel.getByTestId('save-state').textContent()).toBe('Saved');
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open('?mode=dev');
    const row = s.panel.getByTestId(`item-${item.id}`);
    await expect.poll(() => row.textContent()).toContain('Needs work');
    expect(await row.textContent()).toContain('Seen by engineers too.');
  });

  it('offers no publish on an unreviewed file, and the hand-off plus a secondary publish once reviewed', async () => {
    // Clear the review in Design (the panel asks first).
    await s.open();
    await s.startReview();
    await s.step('Summary').click();
    await s.panel.getByRole('button', { name: 'Reset review…' }).click();
    await s.panel.getByRole('alertdialog').getByRole('button', { name: 'Reset review' }).click();
    await s.panel.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();

    await s.open('?mode=dev');
    await s.panel.getByTestId('not-reviewed').waitFor();
    expect(await s.panel.getByRole('button', { name: 'Publish annotations' }).count()).toBe(0);
    expect(await s.panel.getByRole('button', { name: 'Copy Markdown' }).count()).toBe(0);

    await s.open();
    await s.startReview();
    await s.step('1.').click();
    await statusRadio(s.panel, CHECKLIST[0]!.items[0]!.title, 'Pass').click();
    await expect.poll(() => s.panel.getByTestId('save-state').textContent()).toBe('Saved');
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();

    await s.open('?mode=dev');
    const publish = s.panel.getByRole('button', { name: 'Publish annotations' });
    await publish.waitFor();
    expect(await publish.getAttribute('class')).toContain('button--secondary');
    const download = s.page.waitForEvent('download');
    await s.panel.getByRole('button', { name: 'Download .md' }).click();
    expect((await download).suggestedFilename()).toMatch(/^auth-flow-review-.+\.md$/);
    expect(await s.panel.getByRole('button', { name: 'Copy Markdown' }).count()).toBe(1);
  });
});

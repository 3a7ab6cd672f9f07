/**
 * What the designer judged stays as judged: no stale flag on their own saves, verdicts and
 * whole reviews can be taken back (after a question), long notes are never cut, and a reload
 * says where the review stands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';
import { CHECKLIST, article, noteBox, statusRadio } from './support/walk';

const CHANGED = 'Changed since review';

describe('the review as the designer left it', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
    await s.open();
    await s.clearSavedReviews();
  });
  afterAll(async () => {
    await s.close();
  });

  const saved = () => expect.poll(() => s.panel.getByTestId('save-state').textContent()).toBe('Saved');
  const resumeCount = async (): Promise<number> => {
    const text = (await s.panel.getByTestId('existing-review').textContent()) ?? '';
    const match = /^Resume: (\d+) of 29 items reviewed/.exec(text);
    if (!match) throw new Error(`No resume line: "${text}"`);
    return Number(match[1]);
  };

  it('never flags an item just judged as changed, before or after a reload', async () => {
    await s.open();
    await s.startReview();
    for (const [index, area] of CHECKLIST.entries()) {
      await s.step(`${index + 1}. ${area.title}`).click();
      const item = area.items[0]!;
      await statusRadio(s.panel, item.title, 'Pass').click();
      await saved();
      expect(await article(s.panel, item.title).textContent()).not.toContain(CHANGED);
    }
    expect(await s.panel.getByText(CHANGED).count()).toBe(0);
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    await s.startReview();
    for (const [index, area] of CHECKLIST.entries()) {
      await s.step(`${index + 1}. ${area.title}`).click();
      await s.panel.getByRole('heading', { level: 2, name: area.title }).waitFor();
      expect(await s.panel.getByText(CHANGED).count()).toBe(0);
      const item = area.items[1]!;
      await statusRadio(s.panel, item.title, 'Needs work').click();
      await saved();
      expect(await s.panel.getByText(CHANGED).count()).toBe(0);
    }
  });

  it('shows the stored review on the start screen after a reload', async () => {
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    const before = await resumeCount();
    expect(await s.panel.getByTestId('existing-review').textContent()).toMatch(/, \d+ needs? work\.$/);
    await s.startReview();
    const area = CHECKLIST[0]!;
    await s.step(`1. ${area.title}`).click();
    await statusRadio(s.panel, area.items[2]!.title, 'Pass').click();
    await saved();
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    expect(await resumeCount()).toBe(before + 1);
  });

  it('clears a verdict back to not reviewed, and it stays cleared', async () => {
    await s.open();
    await s.startReview();
    const item = CHECKLIST[0]!.items[2]!;
    await s.step(`1. ${CHECKLIST[0]!.title}`).click();
    await statusRadio(s.panel, item.title, 'Not applicable').click();
    await saved();
    await article(s.panel, item.title).getByRole('button', { name: /^Clear the verdict/ }).click();
    await expect.poll(() => statusRadio(s.panel, item.title, 'Not applicable').getAttribute('aria-checked')).toBe('false');
    await saved();
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    await s.startReview();
    await s.step(`1. ${CHECKLIST[0]!.title}`).click();
    for (const label of ['Pass', 'Needs work', 'Not applicable'] as const) {
      expect(await statusRadio(s.panel, item.title, label).getAttribute('aria-checked')).toBe('false');
    }
  });

  it('keeps a pasted 10,000-character note whole in the field and never saves it cut', async () => {
    const item = CHECKLIST[0]!.items[3]!;
    await statusRadio(s.panel, item.title, 'Needs work').click();
    const box = noteBox(s.panel, item.title);
    await box.fill('Short and kept.');
    await saved();
    await box.fill('z'.repeat(10000));
    expect((await box.inputValue()).length).toBe(10000);
    await expect.poll(() => s.panel.getByTestId(`note-${item.id}-count`).textContent()).toBe(
      '10,000 / 4,000 characters. Shorten it by 6,000 to save it; until then the last saved note is kept.',
    );
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    await s.startReview();
    await s.step(`1. ${CHECKLIST[0]!.title}`).click();
    expect(await noteBox(s.panel, item.title).inputValue()).toBe('Short and kept.');
  });

  it('resets the whole review only after the designer confirms', async () => {
    await s.step('Summary').click();
    const open = s.panel.getByRole('button', { name: 'Reset review…' });
    await open.click();
    const dialog = s.panel.getByRole('alertdialog', { name: 'Reset this review?' });
    await dialog.waitFor();
    await expect.poll(() => s.panel.locator(':focus').textContent()).toBe('Cancel');
    expect(await s.axe().then((v) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => x.id))).toEqual([]);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => s.panel.locator(':focus').textContent()).toBe('Reset review…');
    const counts = s.panel.getByTestId('summary-counts');
    const passes = async () => Number((await counts.getByRole('row', { name: /^The funnel/ }).getByRole('cell').first().textContent()) ?? '0');
    expect(await passes()).toBeGreaterThan(0);
    await open.click();
    await dialog.getByRole('button', { name: 'Reset review' }).click();
    await s.panel.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
    await expect.poll(() => s.panel.getByTestId('area-funnel').textContent()).toContain('0/5 reviewed');
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    expect(await s.panel.getByTestId('existing-review').count()).toBe(0);
  });

  it('asks before the preview forgets its saved review, and Escape keeps it', async () => {
    await s.open();
    await s.startReview();
    await s.step(`1. ${CHECKLIST[0]!.title}`).click();
    await statusRadio(s.panel, CHECKLIST[0]!.items[0]!.title, 'Pass').click();
    await saved();
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    const reset = s.page.getByRole('button', { name: 'Reset saved review…' });
    await reset.click();
    const dialog = s.page.getByRole('dialog', { name: 'Reset the saved review?' });
    await dialog.waitFor();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Still the same page and review: nothing reloaded, the verdict is still there.
    expect(await statusRadio(s.panel, CHECKLIST[0]!.items[0]!.title, 'Pass').getAttribute('aria-checked')).toBe('true');
    await reset.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await statusRadio(s.panel, CHECKLIST[0]!.items[0]!.title, 'Pass').getAttribute('aria-checked')).toBe('true');
    await reset.click();
    await dialog.getByRole('button', { name: 'Reset saved review' }).click();
    await s.panel.getByTestId('frame-list').waitFor();
  });
});

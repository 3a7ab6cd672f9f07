/**
 * A designer's full review of the strong sample: five areas, statuses and a note, the save
 * state, the review restored after a reload, the Markdown handoff, and "Show" on the canvas.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';
import { CHECKLIST, noteBox, statusRadio } from './support/walk';

const NEEDS_WORK_ID = 'funnel.social-proof';
const NOTE = 'Add the customer logos above the connect button.';
const NA_ID = 'privacy.mutual-nda';

function verdictFor(itemId: string): 'Pass' | 'Needs work' | 'Not applicable' {
  return itemId === NEEDS_WORK_ID ? 'Needs work' : itemId === NA_ID ? 'Not applicable' : 'Pass';
}

describe('walkthrough of the strong sample', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
    await s.open();
    await s.clearSavedReviews();
  });
  afterAll(async () => {
    await s.close();
  });

  it('walks all five areas, setting a status on every item and writing a note', async () => {
    await s.open();
    await s.startReview();
    await expect.poll(() => s.step('Overview').getAttribute('aria-current')).toBe('step');
    await s.panel.getByRole('button', { name: 'Start the walkthrough' }).click();
    for (const [index, area] of CHECKLIST.entries()) {
      await expect.poll(() => s.step(`${index + 1}. ${area.title}`).getAttribute('aria-current')).toBe('step');
      for (const item of area.items) {
        const radio = statusRadio(s.panel, item.title, verdictFor(item.id));
        await radio.click();
        await expect.poll(() => radio.getAttribute('aria-checked')).toBe('true');
        if (item.id === NEEDS_WORK_ID) await noteBox(s.panel, item.title).fill(NOTE);
      }
      await expect
        .poll(() => s.panel.getByRole('progressbar', { name: `${area.title}: reviewed` }).getAttribute('aria-valuenow'))
        .toBe(String(area.items.length));
      await s.panel.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await expect.poll(() => s.step('Summary').getAttribute('aria-current')).toBe('step');
    await expect.poll(() => s.panel.getByTestId('save-state').textContent()).toBe('Saved');
    // Everything core is pass or n/a except the needs-work item: not ready yet, and it is listed.
    await expect.poll(() => s.panel.getByTestId('not-ready').textContent()).toContain('Not ready: 1 core item needs work');
    await expect.poll(() => s.panel.getByTestId('needs-work').textContent()).toContain(NOTE);
  });

  it('restores the statuses and the note after a reload', async () => {
    await s.page.reload();
    await s.panel.getByRole('banner').waitFor();
    await s.startReview();
    await s.step('1.').click();
    const funnel = CHECKLIST[0]!;
    for (const item of funnel.items) {
      await expect.poll(() => statusRadio(s.panel, item.title, verdictFor(item.id)).getAttribute('aria-checked')).toBe('true');
    }
    const needsWork = funnel.items.find((i) => i.id === NEEDS_WORK_ID)!;
    await expect.poll(() => noteBox(s.panel, needsWork.title).inputValue()).toBe(NOTE);
    await s.step('Summary').click();
    const counts = s.panel.getByTestId('summary-counts');
    // "Open" column: nothing left unreviewed in any area.
    for (const area of CHECKLIST) {
      await expect.poll(() => counts.getByRole('row', { name: new RegExp(`^${area.title}`) }).getByRole('cell').last().textContent()).toBe('0');
    }
  });

  it('downloads a Markdown handoff with the title, the needs-work section and the note', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.panel.getByTestId('export-markdown').click()]);
    expect(download.suggestedFilename()).toMatch(/^auth-flow-review-.+\.md$/);
    const path = await download.path();
    const markdown = await readFile(path, 'utf8');
    expect(markdown).toMatch(/^# Auth flow review: .+/);
    const needsWork = markdown.split('## Needs work')[1]?.split('\n## ')[0] ?? '';
    expect(needsWork).toContain(NEEDS_WORK_ID);
    expect(needsWork).toContain(NOTE);
    expect(markdown).toContain('## Checklist');
    await expect.poll(() => s.panel.getByTestId('export-status').textContent()).toBe('Markdown downloaded.');
  });

  it('links the needs-work item to its frame once the file link is pasted', async () => {
    const field = s.panel.getByRole('textbox', { name: /Figma file link/ });
    await field.fill('figma.com/file/NoT a link');
    await s.panel.getByTestId('file-link-save').click();
    await expect.poll(() => s.panel.getByRole('alert').textContent()).toContain('Not a Figma file link');
    await field.fill('https://www.figma.com/design/E2eKey1/Onboarding?node-id=1-10&t=TokEn-1');
    await field.press('Enter');
    await expect.poll(() => s.panel.getByTestId('file-link-status').textContent()).toBe('Saved: the hand-off links each item to its frame.');
    await expect.poll(() => field.inputValue()).toBe('https://www.figma.com/design/E2eKey1/');
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.panel.getByTestId('export-markdown').click()]);
    const markdown = await readFile(await download.path(), 'utf8');
    const needsWork = markdown.split('## Needs work')[1]?.split('\n## ')[0] ?? '';
    const line = needsWork.split('\n').find((l) => l.includes(NEEDS_WORK_ID)) ?? '';
    expect(line).toMatch(/ in \[[^\]]+\]\(https:\/\/www\.figma\.com\/design\/E2eKey1\/\?node-id=\d+-\d+\)/);
    expect(markdown).not.toContain('TokEn');
    // Kept in the document: a reload still links.
    await s.page.reload();
    await s.panel.getByRole('banner').waitFor();
    await s.startReview();
    await s.step('Summary').click();
    await expect.poll(() => s.panel.getByRole('textbox', { name: /Figma file link/ }).inputValue()).toBe('https://www.figma.com/design/E2eKey1/');
  });

  it('"Show" on an item selects the evidence on the host canvas and zooms to it', async () => {
    await s.step('1.').click();
    const show = s.panel.getByRole('button', { name: /^Show evidence for “/ }).first();
    const label = (await show.getAttribute('aria-label')) ?? '';
    await s.afterPanelEvent('selection-changed', () => show.click());
    await expect.poll(() => s.page.locator('#canvas-status').textContent()).toMatch(/^Selected: “.+” · zoomed to the selection$/);
    // The frame that holds the evidence lights up on the canvas.
    await expect.poll(() => s.page.locator('.card--in-view').count()).toBeGreaterThan(0);
    expect(label).toContain('“');
    // Showing evidence is the panel's own selection: no "selection changed" prompt to rescan.
    expect(await s.panel.getByRole('button', { name: 'Review the new selection' }).count()).toBe(0);
  });
});

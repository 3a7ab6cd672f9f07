/** axe-core inside the panel frame on each kind of view: nothing serious or critical. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeViolation, PreviewSession } from './support/preview-session';
import { openPreview } from './support/preview-session';

function blocking(view: string, violations: AxeViolation[]): string[] {
  for (const v of violations) {
    console.log(`[axe] ${view}: ${v.impact ?? 'unknown'} ${v.id} — ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')})`);
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('accessibility (axe-core)', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
    await s.open();
    await s.clearSavedReviews();
  });
  afterAll(async () => {
    await s.close();
  });

  it('start view', async () => {
    await s.open();
    await s.panel.getByTestId('frame-list').waitFor();
    expect(blocking('start', await s.axe())).toEqual([]);
  });

  it('overview', async () => {
    await s.startReview();
    await s.panel.getByTestId('flow-facts').waitFor();
    expect(blocking('overview', await s.axe())).toEqual([]);
  });

  it('an area with statuses and a note', async () => {
    await s.step('3.').click();
    const first = s.panel.getByRole('radiogroup').first();
    await first.getByRole('radio', { name: 'Needs work' }).click();
    await s.panel.getByRole('textbox').first().fill('Too vague.');
    await s.panel.getByRole('radiogroup').nth(1).getByRole('radio', { name: 'Pass' }).click();
    expect(blocking('area', await s.axe())).toEqual([]);
  });

  it('summary, with the Markdown preview open', async () => {
    await s.step('Summary').click();
    await s.panel.getByRole('button', { name: 'Preview the Markdown' }).click();
    await s.panel.getByRole('textbox', { name: 'Markdown report' }).waitFor();
    expect(blocking('summary', await s.axe())).toEqual([]);
  });

  it('dark theme area view', async () => {
    await s.open('?theme=dark');
    await s.startReview();
    await s.step('1.').click();
    await s.panel.getByRole('article').first().waitFor();
    expect(blocking('area (dark)', await s.axe())).toEqual([]);
  });

  it('each of the five areas, with a note over the limit', async () => {
    await s.open();
    await s.startReview();
    for (const n of [1, 2, 3, 4, 5]) {
      await s.step(`${n}.`).click();
      await s.panel.getByRole('article').first().waitFor();
      if (n === 2) {
        await s.panel.getByRole('radiogroup').first().getByRole('radio', { name: 'Needs work' }).click();
        await s.panel.getByRole('textbox').first().fill('x'.repeat(4100));
      }
      expect(blocking(`area ${n}`, await s.axe())).toEqual([]);
    }
  });

  it('the reset dialog and the shortcut help', async () => {
    await s.step('Summary').click();
    await s.panel.getByRole('button', { name: 'Reset review…' }).click();
    await s.panel.getByRole('alertdialog').waitFor();
    expect(blocking('reset dialog', await s.axe())).toEqual([]);
    await s.page.keyboard.press('Escape');
    await s.panel.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await s.panel.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(blocking('help', await s.axe())).toEqual([]);
    await s.page.keyboard.press('Escape');
  });

  it('the start screen with a review to resume', async () => {
    await s.page.locator('body:not([data-saved-review="pending"])').waitFor();
    await s.open();
    await s.panel.getByTestId('existing-review').waitFor();
    expect(blocking('start (resume)', await s.axe())).toEqual([]);
  });

  it('Dev Mode, light and dark', async () => {
    for (const query of ['?mode=dev', '?mode=dev&theme=dark']) {
      await s.open(query);
      await s.panel.getByTestId('dev-mode').waitFor();
      expect(blocking(`dev mode ${query}`, await s.axe())).toEqual([]);
    }
  });
});

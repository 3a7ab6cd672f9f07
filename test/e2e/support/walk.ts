/** Driving the walkthrough by item, with the checklist as the source of titles. */
import type { FrameLocator, Locator } from 'playwright-core';
import { CHECKLIST } from '../../../src/core/checklist';

export { CHECKLIST };

export const article = (panel: FrameLocator, title: string) => panel.getByRole('article', { name: title, exact: true });
export const statusRadio = (panel: FrameLocator, title: string, label: 'Pass' | 'Needs work' | 'Not applicable') =>
  panel.getByRole('radiogroup', { name: `Status of “${title}”` }).getByRole('radio', { name: label, exact: true });
export const noteBox = (panel: FrameLocator, title: string) => panel.getByRole('textbox', { name: `Note for “${title}”` });

/**
 * Wait until the element has the attribute value: a state, with the same budget as every
 * locator action (a fixed-length poll gives up early on a loaded machine).
 */
export const hasAttribute = (locator: Locator, name: string, value: string): Promise<void> =>
  locator.locator(`:scope[${name}="${value}"]`).waitFor();

/** Wait until the element's text is exactly `text` (same budget as above). */
export const hasText = (locator: Locator, text: string): Promise<void> =>
  locator.filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();

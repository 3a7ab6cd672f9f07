/** Driving the walkthrough by item, with the checklist as the source of titles. */
import type { FrameLocator } from 'playwright-core';
import { CHECKLIST } from '../../../src/core/checklist';

export { CHECKLIST };

export const article = (panel: FrameLocator, title: string) => panel.getByRole('article', { name: title, exact: true });
export const statusRadio = (panel: FrameLocator, title: string, label: 'Pass' | 'Needs work' | 'Not applicable') =>
  panel.getByRole('radiogroup', { name: `Status of “${title}”` }).getByRole('radio', { name: label, exact: true });
export const noteBox = (panel: FrameLocator, title: string) => panel.getByRole('textbox', { name: `Note for “${title}”` });

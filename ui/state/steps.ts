import { AREA_IDS } from '../../src/core/checklist/types';
import type { View } from './store';

/** The stepper's order: overview, the five areas, then the summary. */
export const STEPS: readonly View[] = ['overview', ...AREA_IDS, 'summary'];

export function stepAfter(view: View, delta: 1 | -1): View {
  const index = STEPS.indexOf(view);
  const next = Math.min(STEPS.length - 1, Math.max(0, (index < 0 ? 0 : index) + delta));
  return STEPS[next] ?? 'overview';
}

export function isAreaView(view: View): view is (typeof AREA_IDS)[number] {
  return (AREA_IDS as readonly string[]).includes(view);
}

/** Where focus lands when a step opens: its heading, or (keyboard walkthrough) its first item. */
export type StepEntry = 'heading' | 'first-item';

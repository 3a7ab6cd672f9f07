/** The bundled sample files (Figma REST responses; esbuild's json loader inlines them). */
import type { RestFile } from '../fake-figma';
import strong from '../samples/strong-onboarding.json';
import weak from '../samples/weak-onboarding.json';
import type { SampleName } from './options';

export const SAMPLES: Record<SampleName, { label: string; file: RestFile }> = {
  strong: { label: 'Strong onboarding', file: strong as RestFile },
  weak: { label: 'Weak onboarding', file: weak as RestFile },
};

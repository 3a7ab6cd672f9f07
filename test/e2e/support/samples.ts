/** What the tests expect from the bundled samples, read from the sample files themselves. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface RestNode {
  id: string;
  name?: string;
  type: string;
  children?: RestNode[];
}

export function readSample(name: 'strong' | 'weak'): { name: string; document: RestNode } {
  return JSON.parse(readFileSync(join(process.cwd(), 'samples', `${name}-onboarding.json`), 'utf8')) as { name: string; document: RestNode };
}

/** The frames the plugin reviews when nothing is selected: the first page's screens, sections expanded. */
export function firstPageFrames(name: 'strong' | 'weak'): string[] {
  const page = readSample(name).document.children?.[0];
  const out: string[] = [];
  const visit = (node: RestNode): void => {
    if (node.type === 'SECTION') node.children?.forEach(visit);
    else if (node.type === 'FRAME' || node.type === 'COMPONENT' || node.type === 'INSTANCE') out.push(node.name ?? '');
  };
  page?.children?.forEach(visit);
  return out;
}

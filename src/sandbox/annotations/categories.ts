/**
 * One file-level annotation category per checklist area. Found again by label, created
 * once; colours are only chosen at creation so a colour the user picks later stays.
 */
import { CHECKLIST } from '../../core/checklist';
import type { AreaId } from '../../core/checklist/types';

const COLORS: Record<AreaId, AnnotationCategoryColor> = {
  funnel: 'blue',
  value: 'green',
  privacy: 'violet',
  platform: 'orange',
  connection: 'teal',
};

export function categoryLabel(areaTitle: string): string {
  return `Auth flow: ${areaTitle}`;
}

export async function ensureAreaCategories(): Promise<Record<AreaId, string>> {
  const existing = await figma.annotations.getAnnotationCategoriesAsync();
  const out = {} as Record<AreaId, string>;
  for (const area of CHECKLIST) {
    const label = categoryLabel(area.title);
    const found = existing.find((category) => category.label === label);
    const category = found ?? (await figma.annotations.addAnnotationCategoryAsync({ label, color: COLORS[area.id] }));
    out[area.id] = category.id;
  }
  return out;
}

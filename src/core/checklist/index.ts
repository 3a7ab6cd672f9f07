/**
 * The checklist content (areas, items, hints, impact figures), loaded from JSON and validated
 * once. Wording changes happen in the JSON files, not here. The detectors' lexicon lives in
 * lexicon.ts, which only the engine imports.
 */
import checklistJson from './checklist.json';
import { loadChecklist } from './load';
import type { AreaId, ChecklistArea, ChecklistItem, ItemId } from './types';
import { flatMap } from '../util/es2017';

export const CHECKLIST: readonly ChecklistArea[] = loadChecklist(checklistJson);

/** Every item in checklist order (area by area). */
export const ALL_ITEMS: readonly ChecklistItem[] = flatMap(CHECKLIST, (area) => area.items);

const itemsById = new Map<ItemId, ChecklistItem>(ALL_ITEMS.map((item) => [item.id, item]));
const areasById = new Map<AreaId, ChecklistArea>(CHECKLIST.map((area) => [area.id, area]));

export function getItem(id: ItemId): ChecklistItem {
  const item = itemsById.get(id);
  // loadChecklist guarantees every ItemId is present; reaching this means the build is broken.
  if (!item) throw new Error(`checklist item ${id} is not loaded`);
  return item;
}

export function getArea(id: AreaId): ChecklistArea {
  const area = areasById.get(id);
  if (!area) throw new Error(`checklist area ${id} is not loaded`);
  return area;
}

export { ChecklistContentError, loadChecklist, loadLexicon } from './load';
export type { ChecklistArea, ChecklistItem, AreaId, ItemId } from './types';
export type { Lexicon, KnownPlatform, PhraseListName, RoleName, PatternName, PlatformCategory } from './lexicon-types';

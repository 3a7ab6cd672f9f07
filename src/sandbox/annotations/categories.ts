/**
 * One file-level annotation category per checklist area, created only when a note needs
 * one. Found again by the id kept in the document record (so a category the user renamed is
 * still ours), else by label (the first of several, if earlier runs left duplicates);
 * colours are only chosen at creation so a colour the user picks later stays. Two reviewers
 * creating the same category at once keep the one stored first and drop their own.
 */
import { CHECKLIST } from '../../core/checklist';
import type { AreaId } from '../../core/checklist/types';
import { REVIEW_KEY } from '../../core/review/keys';
import { serialiseDocumentRecord } from '../../core/review/serialise';
import { PLUGIN_DATA_NAMESPACE } from '../../core/review/types';
import { isWritable } from '../storage/node-data';
import type { ReviewNodes } from '../storage/review-nodes';
import { readReviewNow } from '../storage/review-nodes';

const COLORS: Record<AreaId, AnnotationCategoryColor> = {
  funnel: 'blue',
  value: 'green',
  privacy: 'violet',
  platform: 'orange',
  connection: 'teal',
};

export type CategoryIds = Partial<Record<AreaId, string>>;

export function categoryLabel(areaTitle: string): string {
  return `Auth flow: ${areaTitle}`;
}

function labelOf(area: AreaId): string {
  const found = CHECKLIST.find((a) => a.id === area);
  return categoryLabel(found ? found.title : area);
}

function storedIds(nodes: ReviewNodes): CategoryIds {
  return readReviewNow(nodes).document?.annotationCategoryIds ?? {};
}

/** Remember the ids in the document record (read and written in one step). */
function storeIds(nodes: ReviewNodes, ids: CategoryIds, deleted: ReadonlySet<string>): void {
  const document = readReviewNow(nodes).document;
  if (!document) return;
  const merged: CategoryIds = { ...(document.annotationCategoryIds ?? {}) };
  for (const area of Object.keys(ids) as AreaId[]) {
    const current = merged[area];
    // An id someone else stored first stays; one of a deleted category is replaced.
    if (current === undefined || deleted.has(current)) merged[area] = ids[area];
  }
  if (JSON.stringify(merged) === JSON.stringify(document.annotationCategoryIds ?? {})) return;
  try {
    if (isWritable(nodes.root, REVIEW_KEY)) {
      nodes.root.setSharedPluginData(PLUGIN_DATA_NAMESPACE, REVIEW_KEY, serialiseDocumentRecord({ ...document, annotationCategoryIds: merged }));
    }
  } catch {
    // Dev Mode may refuse plugin data writes; the label finds the category next time.
  }
}

export async function ensureAreaCategories(areas: readonly AreaId[], nodes: ReviewNodes): Promise<CategoryIds> {
  const out: CategoryIds = {};
  if (areas.length === 0) return out;
  const existing = await figma.annotations.getAnnotationCategoriesAsync();
  const known = new Set(existing.map((c) => c.id));
  // Ids stored before we listed that the file no longer has: the user deleted them.
  const deleted = new Set<string>();
  const fromRecord = storedIds(nodes);
  for (const area of areas) {
    const id = fromRecord[area];
    if (id !== undefined && known.has(id)) out[area] = id;
    else if (id !== undefined) deleted.add(id);
  }
  for (const area of areas) {
    if (out[area] !== undefined) continue;
    const byLabel = existing.find((c) => c.label === labelOf(area));
    if (byLabel) out[area] = byLabel.id;
  }
  for (const area of areas) {
    if (out[area] !== undefined) continue;
    // Check again right before creating: another reviewer may have created it meanwhile.
    const before = storedIds(nodes)[area];
    if (before !== undefined && !deleted.has(before)) {
      out[area] = before;
      continue;
    }
    const created = await figma.annotations.addAnnotationCategoryAsync({ label: labelOf(area), color: COLORS[area] });
    const after = storedIds(nodes)[area];
    if (after !== undefined && after !== created.id && !deleted.has(after)) {
      // Someone stored theirs while ours was being created: ours was never used, drop it.
      created.remove();
      out[area] = after;
    } else {
      out[area] = created.id;
      storeIds(nodes, { [area]: created.id }, deleted);
    }
  }
  storeIds(nodes, out, deleted);
  return out;
}

import type { ItemId } from '../checklist/types';
import { isItemId } from '../checklist/types';

/** Key of the document record (on the root) and, in version 1, of a frame's whole review. */
export const REVIEW_KEY = 'review';
/** Key of a frame record. */
export const FRAME_KEY = 'frame';
const ITEM_PREFIX = 'item:';

export function itemKey(itemId: ItemId): string {
  return ITEM_PREFIX + itemId;
}

/** The item a key stores, or null when the key is not an item key (or names no known item). */
export function itemIdOfKey(key: string): ItemId | null {
  if (key.slice(0, ITEM_PREFIX.length) !== ITEM_PREFIX) return null;
  const id = key.slice(ITEM_PREFIX.length);
  return isItemId(id) ? id : null;
}

export function isItemKey(key: string): boolean {
  return key.slice(0, ITEM_PREFIX.length) === ITEM_PREFIX;
}

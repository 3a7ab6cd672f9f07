import { useEffect } from 'preact/hooks';
import { getArea } from '../../src/core/checklist';
import type { ItemStatus } from '../../src/core/protocol/messages';
import { itemDomId, noteDomId } from '../components/ItemCard';
import type { Store } from '../state/store';
import { isAreaView, stepAfter } from '../state/steps';

const STATUS_KEYS: Record<string, ItemStatus> = { '1': 'pass', '2': 'needs-work', '3': 'not-applicable', '0': 'unreviewed' };

/** Typing in a field must never trigger a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
  }
  return false;
}

function focusItem(doc: Document, itemId: string): void {
  const el = doc.getElementById(itemDomId(itemId));
  if (!el) return;
  el.focus();
  el.scrollIntoView?.({ block: 'nearest' });
}

/** Document-level shortcuts for the walkthrough (listed in keyboard/shortcut-list.ts). */
export function useShortcuts(store: Store, doc: Document = document): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape' && isTypingTarget(event.target)) {
        // Leave the field so shortcuts work again, without losing the place.
        const card = (event.target as HTMLElement).closest('article');
        if (card instanceof HTMLElement) card.focus();
        return;
      }
      if (isTypingTarget(event.target)) return;

      const handled = handle(event.key);
      if (handled) event.preventDefault();
    };

    const handle = (key: string): boolean => {
      if (key === '?') {
        store.helpOpen.value = !store.helpOpen.value;
        return true;
      }
      if (key === 'Escape' && store.helpOpen.value) {
        store.helpOpen.value = false;
        return true;
      }
      if (!store.review.value || store.editorType.value === 'dev' || store.phase.value.kind === 'scanning') return false;

      const view = store.view.value;
      if (key === '[' || key === ']') {
        const next = stepAfter(view, key === ']' ? 1 : -1);
        if (next === view) return true;
        if (isAreaView(next)) store.focusedItem.value = getArea(next).items[0]?.id ?? null;
        // The step opens on its first item, so the item shortcuts go on from there.
        store.goTo(next, 'first-item');
        return true;
      }
      if (!isAreaView(view)) return false;

      const items = getArea(view).items;
      const index = Math.max(0, items.findIndex((i) => i.id === store.focusedItem.value));
      const current = items[index];
      if (!current) return false;

      if (key === 'j' || key === 'ArrowDown' || key === 'k' || key === 'ArrowUp') {
        const delta = key === 'j' || key === 'ArrowDown' ? 1 : -1;
        const next = items[Math.min(items.length - 1, Math.max(0, index + delta))];
        if (next) {
          store.focusedItem.value = next.id;
          focusItem(doc, next.id);
        }
        return true;
      }
      const status = STATUS_KEYS[key];
      if (status) {
        store.setStatus(current.id, status);
        return true;
      }
      if (key === 'n') {
        const note = doc.getElementById(noteDomId(current.id));
        if (note instanceof HTMLTextAreaElement && !note.disabled) note.focus();
        return true;
      }
      if (key === 's') {
        const evidence = store.review.value.findings.items.find((f) => f.itemId === current.id)?.evidence ?? [];
        if (evidence.length > 0) void store.showNodes(evidence.map((e) => e.nodeId));
        else store.announce('No evidence to show for this item.');
        return true;
      }
      return false;
    };

    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [store, doc]);
}

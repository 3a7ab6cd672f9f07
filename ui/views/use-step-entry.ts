import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { getArea } from '../../src/core/checklist';
import { itemDomId } from '../components/ItemCard';
import { isAreaView } from '../state/steps';
import type { Store } from '../state/store';

/**
 * Each step opens at its top, not at the scroll position of the one before, with focus on
 * its heading (screen readers read where they are) or, in the keyboard walkthrough, on its
 * first item. Runs before paint, so the old position never shows.
 */
export function useStepEntry(store: Store, main: RefObject<HTMLElement | null>): void {
  const view = store.view.value;
  const previous = useRef(view);
  useLayoutEffect(() => {
    if (previous.current === view) return;
    previous.current = view;
    const root = main.current;
    if (!root) return;
    root.scrollTop = 0;
    const entry = store.takeStepEntry();
    const firstItem = isAreaView(view) ? getArea(view).items[0] : undefined;
    const target =
      entry === 'first-item' && firstItem
        ? root.ownerDocument.getElementById(itemDomId(firstItem.id))
        : root.querySelector<HTMLElement>('h2');
    if (!target) return;
    // Headings take focus only programmatically.
    if (target.tagName === 'H2' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [view]);
}

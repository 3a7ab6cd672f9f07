import type { ChecklistArea, ChecklistItem } from '../../src/core/checklist/types';
import type { ItemFinding } from '../../src/core/model/findings';
import { useStore } from '../state/context';
import { frameName } from '../state/frames';
import { NoteField } from './NoteField';
import { StatusRadioGroup } from './StatusRadioGroup';
import { Suggestion } from './Suggestion';

export const itemDomId = (itemId: string): string => `item-${itemId}`;
export const noteDomId = (itemId: string): string => `note-${itemId}`;

export interface ItemCardProps {
  item: ChecklistItem;
  /** The item's area ("Why it matters" is said once, in the area's heading). */
  area: ChecklistArea;
  finding: ItemFinding | undefined;
  index: number;
}

export function ItemCard({ item, finding, index }: ItemCardProps) {
  const store = useStore();
  const verdict = store.verdictOf(item.id);
  const review = store.review.value;
  const disabled = store.readOnly();
  const focused = store.focusedItem.value === item.id;
  const changed = store.changedFramesOf(item.id);
  const titleId = `${itemDomId(item.id)}-title`;

  return (
    <article
      id={itemDomId(item.id)}
      data-testid={itemDomId(item.id)}
      class={`item item--${verdict.status}${focused ? ' item--focused' : ''}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      onFocusIn={() => {
        if (store.focusedItem.value !== item.id) store.focusedItem.value = item.id;
      }}
      onClick={() => {
        if (store.focusedItem.value !== item.id) store.focusedItem.value = item.id;
      }}
    >
      <header class="item__head">
        <span class="item__index" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={titleId} class="item__title">
          {item.title}
        </h3>
        {item.bonus && (
          <span class="badge badge--bonus" title="A recommended extra, not required for go-live">
            Bonus
          </span>
        )}
        {verdict.status !== 'unreviewed' && !disabled && (
          <button
            type="button"
            class="link item__clear"
            aria-label={`Clear the verdict on “${item.title}” (not reviewed)`}
            title="Clear the verdict (0)"
            onClick={() => store.setStatus(item.id, 'unreviewed')}
          >
            Clear
          </button>
        )}
      </header>
      <p class="item__hint">{item.hint}</p>
      <Suggestion itemTitle={item.title} finding={finding} onShow={(ids) => void store.showNodes(ids)} />
      {changed.length > 0 && (
        <p class="item__changed" role="note">
          Changed since review: {changed.map((id) => frameName(review, id)).join(', ')}. Check the verdict still holds.
        </p>
      )}
      <StatusRadioGroup itemTitle={item.title} value={verdict.status} disabled={disabled} onChange={(s) => store.setStatus(item.id, s)} />
      <NoteField
        id={noteDomId(item.id)}
        itemTitle={item.title}
        value={store.noteTextOf(item.id)}
        disabled={disabled}
        waitsForStatus={verdict.status === 'unreviewed'}
        onInput={(note) => store.setNote(item.id, note)}
      />
    </article>
  );
}

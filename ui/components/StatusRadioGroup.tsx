import { useRef } from 'preact/hooks';
import type { ItemStatus } from '../../src/core/protocol/messages';

export const STATUS_OPTIONS: { value: Exclude<ItemStatus, 'unreviewed'>; label: string; shortcut: string }[] = [
  { value: 'pass', label: 'Pass', shortcut: '1' },
  { value: 'needs-work', label: 'Needs work', shortcut: '2' },
  { value: 'not-applicable', label: 'Not applicable', shortcut: '3' },
];

export interface StatusRadioGroupProps {
  itemTitle: string;
  value: ItemStatus;
  disabled: boolean;
  onChange(status: ItemStatus): void;
}

/** A segmented control with radio semantics: one tab stop, arrow keys move and select. */
export function StatusRadioGroup({ itemTitle, value, disabled, onChange }: StatusRadioGroupProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const checkedIndex = STATUS_OPTIONS.findIndex((o) => o.value === value);
  const tabIndexOwner = checkedIndex >= 0 ? checkedIndex : 0;

  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    // Arrows belong to the group here, not to the item-navigation shortcuts.
    event.stopPropagation();
    const next = (index + step + STATUS_OPTIONS.length) % STATUS_OPTIONS.length;
    const option = STATUS_OPTIONS[next];
    if (!option) return;
    refs.current[next]?.focus();
    onChange(option.value);
  };

  return (
    <div class="segmented" role="radiogroup" aria-label={`Status of “${itemTitle}”`} aria-disabled={disabled || undefined}>
      {STATUS_OPTIONS.map((option, index) => (
        <button
          key={option.value}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          role="radio"
          class={`segmented__option segmented__option--${option.value}`}
          aria-checked={value === option.value}
          tabIndex={index === tabIndexOwner ? 0 : -1}
          disabled={disabled}
          title={`${option.label} (${option.shortcut})`}
          onClick={() => onChange(option.value)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

import { MAX_NOTE_LENGTH } from '../../src/core/review/types';
import { noteLimitState } from '../text/note-limit';

export interface NoteFieldProps {
  id: string;
  itemTitle: string;
  /** The text in the field (may be over the limit: it is then not saved). */
  value: string;
  disabled: boolean;
  /** The item has no status yet: a note is kept here until one is picked. */
  waitsForStatus?: boolean;
  onInput(note: string): void;
}

/**
 * The item's note. Nothing is ever cut: from 80% of the limit a counter shows, and text
 * over the limit stays in the field with a message, unsaved, until it is shortened.
 */
export function NoteField({ id, itemTitle, value, disabled, waitsForStatus = false, onInput }: NoteFieldProps) {
  const limit = noteLimitState(value.length, MAX_NOTE_LENGTH);
  const countId = `${id}-count`;
  return (
    <div class="note">
      {/* The placeholder shows what the field is for; the label is for assistive technology. */}
      <label class="visually-hidden" for={id}>
        Note for “{itemTitle}”
      </label>
      <textarea
        id={id}
        class={`note__input${limit.kind === 'over' ? ' note__input--over' : ''}`}
        rows={1}
        value={value}
        disabled={disabled}
        aria-invalid={limit.kind === 'over' || undefined}
        aria-describedby={limit.kind === 'fine' ? undefined : countId}
        placeholder={disabled ? '' : 'Note: what should change? Saved as you type.'}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {limit.kind !== 'fine' && (
        <p id={countId} class={`note__count note__count--${limit.kind}`} data-testid={`${id}-count`}>
          {limit.text}
        </p>
      )}
      {waitsForStatus && value.length > 0 && limit.kind !== 'over' && (
        <p class="note__count note__count--waiting" data-testid={`${id}-waiting`}>
          Pick Pass, Needs work or Not applicable to save this note.
        </p>
      )}
      {/* Announced once when the note goes over the limit, not on every keystroke. */}
      <p class="visually-hidden" role="status">
        {limit.kind === 'over' ? `Note too long to save: ${limit.text}` : ''}
      </p>
    </div>
  );
}

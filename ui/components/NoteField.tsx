import { MAX_NOTE_LENGTH } from '../../src/core/review/types';

export interface NoteFieldProps {
  id: string;
  itemTitle: string;
  value: string;
  disabled: boolean;
  onInput(note: string): void;
}

export function NoteField({ id, itemTitle, value, disabled, onInput }: NoteFieldProps) {
  return (
    <div class="note">
      <label class="note__label" for={id}>
        Note<span class="visually-hidden"> for “{itemTitle}”</span>
      </label>
      <textarea
        id={id}
        class="note__input"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={value}
        disabled={disabled}
        placeholder={disabled ? '' : 'What should change? Saved as you type.'}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

import { MAX_NOTE_LENGTH } from './types';

/** Cut a note to the stored maximum without splitting a surrogate pair. */
export function clampNote(note: string): string {
  if (note.length <= MAX_NOTE_LENGTH) return note;
  let end = MAX_NOTE_LENGTH;
  const last = note.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return note.slice(0, end);
}

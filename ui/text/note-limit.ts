export type NoteLimit = { kind: 'fine' } | { kind: 'near' | 'over'; text: string };

/** From this share of the limit on, the note shows its length. */
export const NOTE_COUNTER_FROM = 0.8;

const n = (value: number): string => value.toLocaleString('en-US');

/** What the note field says about its length. */
export function noteLimitState(length: number, max: number): NoteLimit {
  if (length > max) {
    return {
      kind: 'over',
      text: `${n(length)} / ${n(max)} characters. Shorten it by ${n(length - max)} to save it; until then the last saved note is kept.`,
    };
  }
  if (length >= Math.ceil(max * NOTE_COUNTER_FROM)) return { kind: 'near', text: `${n(length)} / ${n(max)} characters` };
  return { kind: 'fine' };
}

/**
 * "1 frame", "3 frames": every count the panel shows goes through here, so a singular is
 * never paired with a plural noun ("1 need work").
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Just the word for `n` (for phrases that place the number elsewhere). */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

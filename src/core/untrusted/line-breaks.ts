/** Where a one-line output shows a line break of the original text: visible, never a row or line end. */
export const VISIBLE_LINE_BREAK = ' ⏎ ';

const LINE_BREAK = /\r\n|\r|\n/g;

export function joinLines(text: string): string {
  return text.replace(LINE_BREAK, VISIBLE_LINE_BREAK);
}
